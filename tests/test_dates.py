"""find_dates on realistic sentences: values, spans, and the fields a mention carries."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import DateMention, find_dates


def values(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, **kw)]


def one(text: str, **kw) -> DateMention:
    mentions = find_dates(text, **kw)
    assert len(mentions) == 1, [(m.text, m.value) for m in mentions]
    return mentions[0]


# -- digits, ordinals and number words ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "این دیدار در ۱۹ مهر ۱۴۰۳ انجام شد.",      # Persian digits
    "این دیدار در ١٩ مهر ١٤٠٣ انجام شد.",      # Arabic-Indic digits
    "این دیدار در 19 مهر 1403 انجام شد.",      # Latin digits
    "این دیدار در ۱۹ مهر 1403 انجام شد.",      # mixed
    "این دیدار در نوزدهم مهر ۱۴۰۳ انجام شد.",  # ordinal word
])
def test_digit_systems_and_ordinal_words(text):
    m = one(text)
    assert m.value == "2024-10-10" and m.native == "1403-07-19" and m.calendar == "jalali" and m.kind == "absolute"


@pytest.mark.parametrize("text,value", [
    ("اجلاس در بیست و یکم مهرماه ۱۴۰۳ برگزار شد.", "2024-10-12"),
    ("عراقچی روز سوم سپتامبر ۲۰۲۴ به مسکو رفت.", "2024-09-03"),
    ("وقعت الاتفاقية في الحادي والعشرين من مايو 2024.", "2024-05-21"),
    ("يبدأ العمل بالقرار في الأول من يناير 2025.", "2025-01-01"),
])
def test_number_words(text, value):
    assert one(text).value == value


# -- Solar Hijri months -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "در ۱۹ مهرماه ۱۴۰۳", "در ۱۹ مهر ماه ۱۴۰۳", "در ۱۹ مهر\u200cماه ۱۴۰۳",  # ماه joined, apart, ZWNJ
])
def test_month_with_maah_joined_or_apart(text):
    assert one(text).value == "2024-10-10"


def test_arabic_yeh_and_kaf_spellings_and_amordad():
    assert one("في ۲۵ شهريور ۱۴۰۳ بدأت المحادثات.", lang="fa").value == "2024-09-15"
    assert one("در ۹ امرداد ۱۴۰۳ سوگند یاد کرد.").value == "2024-07-30"


def test_afghan_solar_months():
    assert one("این قرارداد در ۱۹ حمل ۱۴۰۳ امضا شد.").value == "2024-04-07"
    assert one("جلسه در ۵ جدی ۱۴۰۲ برگزار شد.").value == "2023-12-26"


@pytest.mark.parametrize("marker", ["ه‍.ش", "هجری شمسی", "خورشیدی", "ه.ش"])
def test_solar_year_markers(marker):
    m = one(f"این بنا در سال ۱۳۵۰ {marker} ساخته شد.")
    assert m.value == "1971-03-21/1972-03-20" and m.calendar == "jalali"


def test_two_digit_solar_years():
    assert one("برجام ۲۶ شهریور ۹۴ به مجلس رفت.").value == "2015-09-17"
    assert one("انتخابات سال ۸۸ برگزار شد.").value == "2009-03-21/2010-03-20"


# -- Gregorian months in Persian and Arabic ----------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("سفر در ۲۰ مه ۲۰۲۴ انجام شد.", "2024-05-20"),
    ("سفر در ۲۰ می ۲۰۲۴ انجام شد.", "2024-05-20"),
    ("سفر در ۵ ژوئیه ۲۰۲۴ انجام شد.", "2024-07-05"),
    ("سفر در ۵ جولای ۲۰۲۴ انجام شد.", "2024-07-05"),
    ("سفر در ۳۱ اوت ۲۰۲۴ انجام شد.", "2024-08-31"),
    ("سفر در ۳۱ آگوست ۲۰۲۴ انجام شد.", "2024-08-31"),
    ("وصل الوفد في 5 يوليو 2024.", "2024-07-05"),
    ("وصل الوفد في 5 تموز 2024.", "2024-07-05"),
    ("وصل الوفد في 5 جويلية 2024.", "2024-07-05"),
    ("وصل الوفد في 5 كانون الثاني 2024.", "2024-01-05"),
    ("وصل الوفد في 5 كانون ثاني 2024.", "2024-01-05"),
    ("وصل الوفد في 5 جانفي 2024.", "2024-01-05"),
    ("وصل الوفد في 5 فيفري 2024.", "2024-02-05"),
    ("وصل الوفد في 5 أفريل 2024.", "2024-04-05"),
    ("وصل الوفد في 5 ماي 2024.", "2024-05-05"),
    ("وصل الوفد في 5 جوان 2024.", "2024-06-05"),
    ("وصل الوفد في 5 أوت 2024.", "2024-08-05"),
    ("وصل الوفد في 5 يوليو (تموز) 2024.", "2024-07-05"),
    ("وصل الوفد في 5 أغسطس/آب 2024.", "2024-08-05"),
])
def test_gregorian_month_names(text, value):
    assert one(text).value == value


def test_month_with_year_has_month_precision_and_no_invented_day():
    m = one("وتمت زيارة بوتين السابقة إلى تركيا في يناير 2020.")
    assert (m.value, m.precision, m.first, m.last) == ("2020-01", "month", dt.date(2020, 1, 1), dt.date(2020, 1, 31))


# -- Islamic Hijri ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["١٥ رمضان ١٤٤٥ هـ", "١٥ رمضان ١٤٤٥ه", "۱۵ رمضان ۱۴۴۵ ه.ق", "۱۵ رمضان ۱۴۴۵ قمری"])
def test_hijri_dates(text):
    m = one(text)
    assert m.value == "2024-03-25" and m.calendar == "hijri" and m.native == "1445-09-15"


def test_hijri_month_variants():
    assert one("في 10 ذي الحجة 1445 هـ").value == "2024-06-16"
    assert one("در ۱۰ ذی‌الحجه ۱۴۴۵ هجری قمری").value == "2024-06-16"


def test_hijri_outside_the_table_is_a_warning_and_a_null_value():
    m = one("وتعود هذه الوثيقة إلى 5 محرم 1200 هـ.")
    assert m.value is None and m.warnings and "1343" in m.warnings[0]


def test_whole_hijri_month_named_with_a_gregorian_year():
    assert one("صام المسلمون رمضان 2019.").value == "2019-05-06/2019-06-03"


# -- numeric dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,calendar", [
    ("تاریخ ۱۴۰۳/۰۷/۱۹ ثبت شد", "2024-10-10", "jalali"),
    ("بتاريخ 2024-10-10 صدر القرار", "2024-10-10", "gregorian"),
    ("بتاريخ 10/03/2026 صدر القرار", "2026-03-10", "gregorian"),
    ("اجتمع الطرفان في 05. 08 . 2024 في طهران", "2024-08-05", "gregorian"),
    ("في 14-09-1432 هـ صدر القرار", "2011-08-14", "hijri"),
])
def test_numeric_dates(text, value, calendar):
    m = one(text)
    assert (m.value, m.calendar) == (value, calendar)


# -- weekdays ------------------------------------------------------------------------------------

def test_weekday_that_disagrees_with_the_date_is_a_warning_not_a_fix():
    m = one("این نشست روز شنبه ۱۹ مهر ۱۴۰۳ برگزار شد.")
    assert m.value == "2024-10-10"
    assert m.warnings and "saturday" in m.warnings[0] and "thursday" in m.warnings[0]


def test_weekday_that_agrees_gives_no_warning():
    assert one("این نشست روز پنجشنبه ۱۹ مهر ۱۴۰۳ برگزار شد.").warnings == ()


@pytest.mark.parametrize("text,value", [
    ("پزشکیان جمعه در کرملین با پوتین دیدار کرد.", "2025-01-17"),    # past: on or before
    ("پزشکیان جمعه به مسکو سفر خواهد کرد.", "2025-01-24"),            # future marker خواهد
    ("پزشکیان قرار است جمعه به مسکو برود.", "2025-01-24"),            # قرار است
    ("سيزور الرئيس موسكو الجمعة.", "2025-01-24"),                       # سـ
    ("سوف يزور الرئيس موسكو الجمعة.", "2025-01-24"),                    # سوف
    ("يصل الرئيس الجمعة المقبل إلى موسكو.", "2025-01-24"),              # المقبل
    ("التقى الرئيسان يوم الجمعة في موسكو.", "2025-01-17"),
])
def test_bare_weekdays_follow_the_sentence(text, value):
    assert one(text, published="2025-01-18").value == value  # a Saturday


def test_today_with_the_wrong_weekday_keeps_today_and_warns():
    m = one("وصل الرئيس اليوم الجمعة إلى موسكو.", published="2025-01-18")
    assert m.value == "2025-01-18" and "friday" in m.warnings[0]


def test_prefer_future_for_sentences_without_tense():
    assert one("الثلاثاء", published="2013-02-12", prefer="future").value == "2013-02-19"
    assert one("الثلاثاء", published="2013-02-12").value == "2013-02-12"


# -- relative expressions -----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("امروز", "2024-07-04"), ("دیروز", "2024-07-03"), ("پریروز", "2024-07-02"), ("روز گذشته", "2024-07-03"),
    ("فردا", "2024-07-05"), ("صبح امروز", "2024-07-04"), ("اليوم", "2024-07-04"), ("أمس", "2024-07-03"),
    ("أول أمس", "2024-07-02"), ("البارحة", "2024-07-03"), ("غدا", "2024-07-05"), ("غداً", "2024-07-05"),
    ("مساء اليوم", "2024-07-04"), ("بالأمس", "2024-07-03"),
])
def test_relative_days(text, value):
    lang = "ar" if any(ch in text for ch in "يةأ") or text in ("غدا", "البارحة", "غداً") else "fa"
    m = one(f"گفت {text} آمد" if lang == "fa" else f"قال {text} وصل", published="2024-07-04", lang=lang)
    assert (m.text, m.value, m.kind, m.basis) == (text, value, "relative", "publication-date")


@pytest.mark.parametrize("text,value", [
    ("هفته گذشته", "2024-06-22/2024-06-28"),   # the Iranian week: Saturday to Friday
    ("ماه آینده", "2024-07-22/2024-08-21"),    # a Solar Hijri month in Persian
    ("امسال", "2024-03-20/2025-03-20"),
    ("پارسال", "2023-03-21/2024-03-19"),
    ("سال گذشته", "2023-03-21/2024-03-19"),
    ("سال گذشته میلادی", "2023"),
])
def test_relative_units_in_persian(text, value):
    assert one(f"دو کشور {text} توافق کردند", published="2024-07-04").value == value


@pytest.mark.parametrize("text,value", [
    ("الأسبوع الماضي", "2024-06-24/2024-06-30"),
    ("الشهر الجاري", "2024-07"),
    ("العام المقبل", "2025"),
    ("في يوليو الماضي", "2023-07"),
    ("السنة الهجرية القادمة", "2024-07-07/2025-06-25"),  # 2024-07-04 is 28 Dhu al-Hijjah 1445
])
def test_relative_units_in_arabic(text, value):
    m = one(f"اتفق البلدان {text} على التعاون", published="2024-07-04")
    assert m.value == value


def test_a_week_ago():
    assert one("وصل الوفد قبل اسبوع", published="2024-07-04").value == "2024-06-27"
    assert one("هیئت یک هفته پیش به مسکو رفت", published="2024-07-04").value == "2024-06-27"


# -- named days and calendar phrases -----------------------------------------------------------

@pytest.mark.parametrize("text,published,value", [
    ("پیام تبریک نوروز ۱۴۰۳ ارسال شد", "2024-04-01", "2024-03-20"),
    ("پیام تبریک عید فطر ارسال شد", "2024-04-12", "2024-04-10"),
    ("هنأ الرئيس بعيد الفطر", "2024-04-12", "2024-04-10"),
    ("تبادل الرئيسان التهاني بمناسبة عيد الأضحى", "2024-06-20", "2024-06-16"),
    ("مراسم عاشورا برگزار شد", "2024-07-20", "2024-07-16"),
    ("احتفل المسلمون برأس السنة الهجرية", "2024-07-10", "2024-07-07"),
    ("احتفل المسيحيون بعيد الميلاد", "2024-12-30", "2024-12-25"),
    ("احتفل المسيحيون بعيد الفصح", "2024-04-10", "2024-03-31"),
])
def test_holidays(text, published, value):
    assert one(text, published=published).value == value


@pytest.mark.parametrize("text,lang,value", [
    ("اوایل آبان ۱۴۰۳", "fa", "2024-10-22/2024-10-31"),
    ("اواسط آبان ۱۴۰۳", "fa", "2024-11-01/2024-11-10"),
    ("اواخر آبان ۱۴۰۳", "fa", "2024-11-11/2024-11-20"),
    ("أوائل مارس 2024", "ar", "2024-03-01/2024-03-10"),
    ("منتصف مارس 2024", "ar", "2024-03-11/2024-03-20"),  # the middle ten days, like أواسط
    ("نیمه آبان ۱۴۰۳", "fa", "2024-11-05"),  # «the half»: the 15th
    ("أواخر مارس 2024", "ar", "2024-03-21/2024-03-31"),
])
def test_parts_of_a_month(text, lang, value):
    assert one(text, lang=lang).value == value


def test_ordinal_weekdays():
    assert one("اخر اثنين من شهر اذار", published="2013-02-12", prefer="future").value == "2013-03-25"
    assert one("ثالث ثلاثاء في ايلول 2014").value == "2014-09-16"


# -- partial dates, ranges, coordination, equivalents ------------------------------------------

def test_year_is_inferred_nearest_the_document_date():
    m = one("اجلاس ۲۰ ژانویه برگزار می‌شود", published="2024-12-20")
    assert (m.value, m.kind, m.basis, m.anchor_basis) == ("2025-01-20", "partial", "year-inferred", "publication-date")


def test_coordinated_days_are_two_mentions():
    assert values("اجلاس ۹ و ۱۰ شهریورماه ۱۴۰۴ برگزار شد") == [("۹", "2025-08-31"), ("۱۰ شهریورماه ۱۴۰۴", "2025-09-01")]


@pytest.mark.parametrize("text,value", [
    ("از ۷ تا ۹ فوریه ۲۰۲۴", "2024-02-07/2024-02-09"),
    ("بين 22 و24 أكتوبر 2024", "2024-10-22/2024-10-24"),
    ("من 13 تموز الى 15 تموز 2024", "2024-07-13/2024-07-15"),
])
def test_ranges_are_one_interval(text, value):
    assert one(text).value == value


def test_parenthetical_equivalent_in_the_other_calendar():
    mentions = find_dates("این دیدار ۸ مهر ۱۴۰۳ (۲۹ سپتامبر) انجام شد.")
    assert [(m.text, m.value, m.warnings) for m in mentions] == [
        ("۸ مهر ۱۴۰۳", "2024-09-29", ()), ("۲۹ سپتامبر", "2024-09-29", ())]


def test_disagreeing_equivalent_warns_on_both():
    mentions = find_dates("این دیدار ۸ مهر ۱۴۰۳ (۳۰ سپتامبر) انجام شد.")
    assert [m.value for m in mentions] == ["2024-09-29", "2024-09-30"]
    assert all(m.warnings and "disagree" in m.warnings[0] for m in mentions)


# -- impossible dates and non-dates --------------------------------------------------------------

@pytest.mark.parametrize("text", ["۳۰ اسفند ۱۴۰۴", "۳۱ مهر ۱۴۰۳", "30 فبراير 2024", "31 نوفمبر 2024"])
def test_impossible_dates_are_mentions_with_a_warning_and_no_value(text):
    m = one(f"گفت {text} بود" if "اسفند" in text or "مهر" in text else f"قال {text} كان")
    assert m.value is None and m.warnings and "invalid date" in m.warnings[0]


@pytest.mark.parametrize("text", [
    "در دوران کووید ۱۹ همکاری کاهش یافت.",
    "پزشکیان در سفری ۲ روزه به ترکمنستان رفت.",
    "الصراع المستمر منذ 28 شهرا",
    "این دیدار ۱۰ دقیقه طول کشید.",
    "بلغت نسبة المشاركة 40% في الجولة الأولى.",
    "انتظار می رود قیمت ها کاهش یابد.",
    "مه غلیظ جاده را بست.",
    "به گزارش خبرگزاری مهر، وزیر سخنرانی کرد.",
    "بهمن بازرگان به تهران آمد.",
    "تیر اول به هدف خورد.",
    "فروشگاه در میدان ۱۵ خرداد است.",
    "قال رجب طيب أردوغان إن بلاده مستعدة.",
])
def test_non_dates_are_refused(text):
    assert find_dates(text, published="2024-07-04") == []


def test_latin_dates_inside_the_page():
    assert values("امضای توافق در August 11, 2021 اعلام شد.") == [("August 11, 2021", "2021-08-11")]
    assert values("صدر البيان في 7th, October 2024.") == [("7th, October 2024", "2024-10-07")]


# -- the document date ----------------------------------------------------------------------------

def test_published_argument_beats_everything():
    m = one(" date 2025-08-29 التقى الوزيران اليوم", published="2024-01-01")
    assert m.value == "2024-01-01"


def test_metadata_line_gives_the_publication_date():
    m = one(" date 2025-08-29 التقى الوزيران اليوم في الدوحة")
    assert (m.value, m.basis) == ("2025-08-29", "publication-date")


def test_no_document_date_means_null_and_unanchored():
    m = one("التقى الوزيران أمس في الدوحة")
    assert (m.value, m.basis) == (None, "unanchored")


def test_narrative_date_from_an_earlier_full_date():
    mentions = find_dates("التقى الوزيران في 3 يوليو 2024 في الدوحة. وفي اليوم التالي سافرا إلى موسكو.")
    assert [(m.value, m.basis) for m in mentions] == [("2024-07-03", "explicit"), ("2024-07-04", "narrative-date")]


def test_offsets_refer_to_the_original_text_with_diacritics_and_joiners():
    text = "وصل الوفد غداً\u200f إلى طهرانَ في ١٥ رمضانَ ١٤٤٥ هـ"
    for m in find_dates(text, published="2024-03-01"):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in find_dates(text, published="2024-03-01")] == ["غداً", "١٥ رمضانَ ١٤٤٥ هـ"]


def test_extras_report_durations_sets_and_vague_times_without_values():
    found = [(m.text, m.kind, m.value, m.native) for m in
             find_dates("در سفری ۲ روزه، هر شب و چند سال پیش", published="2024-07-04", extras=True)]
    assert found == [("۲ روزه", "duration", None, "P2D"), ("هر شب", "set", None, None),
                     ("چند سال پیش", "vague", None, None)]


def test_tense_off_lets_prefer_decide():
    text = "سأعود في 1 يناير"
    assert one(text, published="2016-11-07").value == "2017-01-01"
    assert one(text, published="2016-11-07", tense=False).value == "2016-01-01"


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(ValueError, match="prefer"):
        find_dates("امروز", prefer="soon")
    with pytest.raises(ValueError, match="language"):
        find_dates("امروز", lang="de")


@pytest.mark.parametrize("text,published,prefer,expected", [
    # «به گفته» is no past tense, but a past verb after a word ending in «به» (یکشنبه) still is
    ("به گفته ستاد برگزاری، مراسم دوشنبه‌شب برگزار می‌شود.", "2022-08-06", "past", "2022-08-08"),
    ("پوتین روز یکشنبه گفت.", "2024-10-10", "future", "2024-10-06"),
    # a comma before «and» + a verb ends the clause; before a noun in apposition it does not
    ("سيزور لافروف، وزير الخارجية الروسي، طهران يوم الثلاثاء.", "2024-10-10", "past", "2024-10-15"),
])
def test_the_tense_of_a_clause_is_read_past_its_false_friends(text, published, prefer, expected):
    assert [m.value for m in find_dates(text, published=published, prefer=prefer)] == [expected]


def test_no_known_name_reads_as_a_verb_with_the_future_prefix():
    """A name in the actor tables that looks like «سـ» + an imperfect («سيلوانوف», «سنائي») must be listed
    in future_prefix_not, or a past sentence naming him reads as future."""
    import tomllib
    from importlib import resources

    lang = resources.files("timeline.lang")
    tense = tomllib.loads(lang.joinpath("ar.toml").read_text(encoding="utf-8"))["tense"]
    names = tomllib.loads(lang.joinpath("ar.contacts.toml").read_text(encoding="utf-8"))["actors"]
    prefix, letters = tense["future_prefix"], tense["future_prefix_letters"]
    words = {w for forms in names.values() for form in forms for w in form.split()}
    looks_future = {w for w in words if len(w) > 3 and w.startswith(prefix) and w[len(prefix)] in letters}
    assert looks_future <= set(tense["future_prefix_not"])


def test_a_header_date_with_no_era_is_read_in_the_hijri_calendar_that_has_its_day():
    """«١٣٩٣/١٠/٣٠» heads a page with no publication date: day 30 of Shawwal 1393 does not exist, 30 Dey 1393
    does, so the header is Solar and the text's «اليوم» is that day."""
    found = find_dates("رمز الخبر: 1849265 - ١٣٩٣/١٠/٣٠ ١٥:٢٠ وقع الوزيران اليوم")
    assert [(m.text, m.value, m.calendar, m.basis) for m in found] == [
        ("١٣٩٣/١٠/٣٠", "2015-01-20", "jalali", "explicit"), ("اليوم", "2015-01-20", None, "header-date")]
