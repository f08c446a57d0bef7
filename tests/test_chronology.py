"""Contacts and the chronology on the seeds: the rows the chronology issue names, and no others."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from timeline.chronology import EVENT_COLUMNS, MENTION_COLUMNS, build_chronology, build_tables
from timeline.contacts import FAMILIES, find_contacts, holder, sentences
from timeline.dates import find_dates
from timeline.documents import Document, read_documents

from .conftest import SEEDS

PUBLISHED = {"000": "2024-10-10", "002": "2024-07-04", "003": "2024-10-12", "004": "2024-07-12"}


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return list(read_documents([str(SEEDS)]))


@pytest.fixture(scope="module")
def events(seed_docs) -> pd.DataFrame:
    return build_chronology(seed_docs)


def rows(events: pd.DataFrame, doc_prefix: str) -> pd.DataFrame:
    return events[events["sources"].str.contains(doc_prefix)]


def test_columns(events):
    assert list(events.columns) == EVENT_COLUMNS
    assert events["event_id"].is_unique


def test_seed_000_is_one_planned_meeting_in_turkmenistan_without_an_invented_date(events):
    r = rows(events, "000_")
    assert len(r) == 1
    row = r.iloc[0]
    assert (row["type"], row["status"], row["russia"], row["iran"]) == (
        "meeting", "planned", "Vladimir Putin", "Masoud Pezeshkian")
    assert row["place"] in ("Turkmenistan", "Ashgabat")
    assert row["date_start"] == "" and row["date_basis"] == "unknown"
    assert row["reported_on"] == "2024-10-07"  # Ushakov on 16 Mehr 1403, before Peskov on 19 Mehr


def test_seed_003_yesterday_meeting_is_undated_and_says_why(events):
    r = rows(events, "003_")
    met = r[(r["status"] == "occurred") & (r["type"] == "meeting")]
    assert len(met) == 1
    row = met.iloc[0]
    assert (row["russia"], row["iran"], row["date_start"]) == ("Vladimir Putin", "Masoud Pezeshkian", "")
    assert "روز گذشته" in row["date_note"] and "no document date" in row["date_note"]


def test_seed_002_putin_meets_acting_president_mokhber(events):
    r = rows(events, "002_")
    assert len(r) == 1
    row = r.iloc[0]
    assert (row["type"], row["status"], row["russia"], row["iran"]) == (
        "meeting", "occurred", "Vladimir Putin", "Mohammad Mokhber")
    assert row["date_start"] == "" and "اليوم الخميس" in row["date_note"]


def test_seed_004_qalibaf_meeting_dated_from_the_page_header(events):
    r = rows(events, "004_")
    row = r[r["type"] == "meeting"].iloc[0]
    assert (row["russia"], row["iran"], row["place"]) == ("Vladimir Putin", "Mohammad Bagher Ghalibaf",
                                                           "Saint Petersburg")
    assert (row["date_start"], row["date_basis"], row["date_jalali"]) == ("2024-11-21", "header-date", "1403-09-01")


def test_seed_001_summit_in_tianjin_and_parade_in_beijing(events):
    r = rows(events, "001_")
    got = {(x["place"], x["date_start"], x["date_end"], x["type"], x["status"]) for _i, x in r.iterrows()}
    assert got == {("Tianjin", "2025-08-31", "2025-09-01", "summit", "planned"),
                   ("Beijing", "2025-09-03", "2025-09-03", "summit", "planned")}
    assert set(r["russia"]) == {"Vladimir Putin"} and set(r["iran"]) == {"Masoud Pezeshkian"}


def test_no_rows_for_other_pairs(events):
    for col in ("russia", "iran"):
        assert not events[col].str.contains("Trump|Erdoğan|Kim|Netanyahu|Zelensky").any()
    evidence = " ".join(events["evidence"])
    for other in ("کره شمالی", "ترامپ", "أردوغان", "تركيا", "انتخاباتی در ایالات متحده"):
        assert other not in evidence


def test_publication_dates_give_the_real_dates(seed_docs):
    docs = [Document(d.id, d.text, dt.date.fromisoformat(PUBLISHED[d.id[:3]]) if d.id[:3] in PUBLISHED else None)
            for d in seed_docs]
    ev = build_chronology(docs)
    assert rows(ev, "002_").iloc[0]["date_start"] == "2024-07-04"
    assert rows(ev, "002_").iloc[0]["date_basis"] == "relative (publication-date)"  # اليوم الخميس
    assert rows(ev, "003_").query("status == 'occurred'").iloc[0]["date_start"] == "2024-10-11"
    assert rows(ev, "004_").query("type == 'meeting'").iloc[0]["date_start"] == "2024-07-11"


def test_reports_from_several_sources_merge_into_one_row():
    a = {"id": "irna", "published": "2024-10-12",
         "text": "پوتین و پزشکیان روز پنجشنبه ۱۹ مهر ۱۴۰۳ در عشق‌آباد دیدار کردند."}
    b = {"id": "tasnim", "published": "2024-10-11",
         "text": "ولادیمیر پوتین امروز در عشق آباد با مسعود پزشکیان دیدار کرد."}
    c = {"id": "alalam", "published": "2024-10-11",
         "text": "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في عشق آباد يوم الخميس."}
    ev = build_chronology([a, b, c])
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["date_start"], row["n_sources"], row["place"]) == ("2024-10-10", 3, "Ashgabat")
    assert row["sources"] == "irna; tasnim; alalam" or set(row["sources"].split("; ")) == {"irna", "tasnim", "alalam"}


def test_titles_resolve_to_the_office_holder_on_the_date():
    assert holder("iran", "president", dt.date(2024, 5, 1)).id == "raisi"
    assert holder("iran", "president", dt.date(2024, 6, 15)).id == "mokhber"
    assert holder("iran", "president", dt.date(2024, 9, 1)).id == "pezeshkian"
    ev = build_chronology([{"id": "a", "published": "2024-06-15",
                            "text": "اتصل الرئيس الروسي هاتفيا بالرئيس الإيراني أمس."}])
    row = ev.iloc[0]
    assert (row["type"], row["russia"], row["iran"], row["date_start"]) == (
        "phone_call", "Vladimir Putin", "Mohammad Mokhber", "2024-06-14")


def test_mentions_table_has_one_row_per_date_mention(seed_docs):
    tables = build_tables(seed_docs)
    assert list(tables.mentions.columns) == MENTION_COLUMNS
    assert len(tables.mentions) == 22


def test_sentences_split_after_words_not_inside_abbreviations():
    text = "رژه برگزار خواهد کرد.به همین منظور دعوت کرد. سال ۱۳۵۰ ه.ش بود"
    assert [text[a:b] for a, b in sentences(text)] == ["رژه برگزار خواهد کرد.", "به همین منظور دعوت کرد.",
                                                       "سال ۱۳۵۰ ه.ش بود"]


def test_undated_reports_merge_across_sources_only_when_reprinted_word_for_word():
    planned = "ولادیمیر پوتین از مسعود پزشکیان برای شرکت در اجلاس بریکس دعوت کرد و قرار است دیدار کنند."
    other = "پوتین و پزشکیان قرار است در آینده دیدار کنند."
    ev = build_chronology([{"id": "a", "text": planned}, {"id": "b", "text": planned}, {"id": "c", "text": other}])
    undated = ev[ev["date_start"] == ""]
    assert sorted(undated["n_sources"]) == [1, 2]
    assert set(undated["sources"]) == {"a; b", "c"}


def _contacts(text: str, published: str) -> list[tuple[str, str, str, str]]:
    """(date_start, type, russia, iran) of each row the text gives, sorted."""
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    return sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"]))


def _one_row(text: str, published: str) -> dict:
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert len(df) == 1, df
    return df.iloc[0].to_dict()


@pytest.mark.parametrize("text,published,expected", [
    # hosting is meeting: "Russia's president will host Pezeshkian next Tuesday"
    ("رئیس‌جمهور روسیه روز سه شنبه آینده میزبان پزشکیان در کرملین خواهد بود.", "2025-01-10",
     ("2025-01-14", "meeting", "planned", "Vladimir Putin", "Masoud Pezeshkian")),
    # the indefinite پیامی is a message
    ("پوتین در اولین روز تیر ماه پیامی برای باقری کنی فرستاد.", "2024-07-05",
     ("2024-06-21", "message", "occurred", "Vladimir Putin", "Ali Bagheri Kani")),
    # a numeric date with spaced dots stays inside its sentence
    ("وصل سيرغي شويغو إلى طهران في 05. 08 . 2024 والتقى بزشكيان.", "2024-08-06",
     ("2024-08-05", "meeting", "occurred", "Sergei Shoigu", "Masoud Pezeshkian")),
    # the Arabic present tense with a date still to come is planned
    ("يزور الرئيس الإيراني روسيا من 22 إلى 24 أكتوبر 2024 ويلتقي الرئيس بوتين.", "2024-10-20",
     ("2024-10-22", "meeting", "planned", "Vladimir Putin", "Masoud Pezeshkian")),
    # "it is said" (می‌شود) does not make a past meeting planned
    ("گفته می شود شویگو روز ۲۷ می ۲۰۲۵ در مسکو با احمدیان دیدار کرد.", "2025-05-29",
     ("2025-05-27", "meeting", "occurred", "Sergei Shoigu", "Ali Akbar Ahmadian")),
    # two clauses: the Russia–Iran contact is the call, dated "the same day" as the meeting before it
    ("التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون يوم 19 يونيو 2024، فيما أجرى "
     "لافروف اتصالا مع باقري كني في اليوم نفسه.", "2024-06-20",
     ("2024-06-19", "phone_call", "occurred", "Sergei Lavrov", "Ali Bagheri Kani")),
    # المنتخب after a title is "elected", not a national team
    ("أجرى بوتين اتصالا هاتفيا بالرئيس الإيراني المنتخب مسعود بزشكيان يوم السبت 6 يوليو 2024.", "2024-07-07",
     ("2024-07-06", "phone_call", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    # a call about the coming summit is a call, and it happened
    ("بحث لافروف مع عراقجي في اتصال هاتفي أمس التحضيرات للقمة المقبلة في قازان.", "2024-09-20",
     ("2024-09-19", "phone_call", "occurred", "Sergei Lavrov", "Abbas Araghchi")),
    # «الذي وقع»: the earthquake "that happened", not a signing
    ("أرسل بوتين اليوم برقية تعزية إلى بزشكيان في ضحايا الزلزال الذي وقع أمس.", "2025-01-10",
     ("2025-01-10", "message", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    # a year in what was said after the meeting is not the meeting's date
    ("لاوروف پس از دیدار با عراقچی در مسکو اعلام کرد نشست بعدی کمیسیون مشترک در سال ۲۰۲۶ برگزار می‌شود.",
     "2025-04-18", ("2025-04-18", "meeting", "occurred", "Sergei Lavrov", "Abbas Araghchi")),
    # talking yesterday about the coming trip: it happened
    ("پوتین و پزشکیان دیروز درباره سفر آینده به تهران گفت‌وگو کردند.", "2025-04-18",
     ("2025-04-17", "visit", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
])
def test_contact_sentences(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["status"], row["russia"], row["iran"]) == expected


def test_a_football_match_between_the_countries_is_not_a_contact():
    text = "تیر دروازه در دیدار فوتبال ایران و روسیه شکست."
    assert build_chronology([{"id": "x", "text": text, "published": "2024-01-10"}]).empty


@pytest.mark.parametrize("text", [
    # a denial with its subject between the verb and what it denies
    "نفى المتحدث باسم الكرملين دميتري بيسكوف، الثلاثاء، تقارير عن لقاء جمع بوتين بلاريجاني في موسكو.",
    "ناصر کنعانی امروز گزارش‌ها درباره دیدار باقری کنی با لاوروف در مسکو را بی‌اساس خواند.",
    # a denial in the present tense (a headline)
    "موسكو تنفي التحضير لقمة بين بوتين وبزشكيان في مايو المقبل",
    "کرملین دیدار پوتین و پزشکیان در ماه آینده را تکذیب می‌کند.",
    # another country's counterpart is a third party: Russia is only what they talked about
    "عراقچی دیروز در پکن با وانگ یی، همتای چینی خود، دیدار و درباره هماهنگی مواضع ایران، چین و روسیه گفت‌وگو کرد.",
    "أجرى ظريف اتصالا هاتفيا بنظيره التركي أمس، بحثا خلاله التحضير لاجتماع ثلاثي مع روسيا.",
    # a treaty being drafted is no signing
    "وقال لافروف إن موسكو وطهران تعملان على إعداد معاهدة جديدة للتعاون الشامل.",
    # the pair of other presidents is not ours
    "التقى الرئيسان الروسي والتركي أمس في سوتشي.",
    # a title with no country, followed by another country's name, is that country's official
    "رئیس‌جمهور ترکیه در تماس تلفنی با پوتین درباره اوکراین گفت‌وگو کرد.",
    # Iran as the topic of a Russian talk with a third party
    "لاوروف در گفت‌وگو با گروسی درباره برنامه هسته‌ای ایران رایزنی کرد.",
    # a denied meeting
    "نفى الكرملين وجود أي خطط لعقد لقاء بين بوتين وبزشكيان.",
    "دیداری میان پوتین و پزشکیان در سفر آینده برنامه‌ریزی نشده است.",
    # Iran named only in what was said after a meeting with a third party: its topic
    "ولادیمیر پوتین دیروز پس از دیدار با جورج بوش گفت موضوع هسته‌ای ایران در صدر دستور کار قرار دارد.",
    "وقال لافروف عقب لقائه نظيره التركي أمس إن الملف النووي الإيراني يتطلب حلا سياسيا.",
    # a person killed before the contact is what it was about, not a party
    "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي مايك بومبيو في اتصال هاتفي مساء أمس اغتيال قاسم سليماني.",
    # ... or killed that day, the call being about it
    "أجرى الرئيس الروسي بوتين اتصالا هاتفيا مع ماكرون مساء الجمعة 3 يناير 2020، أعربا خلاله عن قلقهما من مقتل قاسم سليماني.",
    # a visit reported and denied at the time («وهو ما نفاه الكرملين»)
    "وكانت تقارير غربية قد تحدثت عن زيارة سليماني إلى موسكو في تموز 2015، وهو ما نفاه الكرملين في حينه.",
    # a country named as a route is no side
    "نورالدین عزیزی، سرپرست وزارت تجارت، که هفته گذشته در مسکو بود، گفت این قرارداد به گونه آزمایشی است و محموله‌ها از طریق ترکمنستان و ایران به کشور انتقال می‌یابد.",
    "وقعت روسيا وأذربيجان اتفاقا لنقل الغاز عبر إيران.",
    # the Taliban's foreign minister is not Iran's
    "کابلوف هفته گذشته در کابل با امیرخان متقی، وزیر خارجه طالبان، دیدار کرده بود.",
    # a meeting that did not take place
    "دیدار عراقچی با پوتین که برخی رسانه‌ها از آن خبر داده بودند، انجام نشد.",
    "ولم يعقد اللقاء بين لافروف وعراقجي الذي تحدثت عنه وسائل إعلام إيرانية.",
    # Iran named after "the tension with": a topic of a Russian–Saudi talk
    "بحث ولي العهد السعودي مع بوتين خلال زيارته إلى الرياض التوتر مع إيران.",
])
def test_sentences_that_report_no_russia_iran_contact(text):
    assert build_chronology([{"id": "x", "text": text, "published": "2025-03-20"}]).empty


@pytest.mark.parametrize("text,published,expected", [
    # a continuation names the Iranian side by a title: the holder, not the state
    ("دبیر شورای امنیت روسیه روز دوشنبه وارد تهران شد. وی در این سفر با رئیس‌جمهور کشورمان دیدار کرد.",
     "2024-08-06", ("2024-08-05", "meeting", "occurred", "Sergei Shoigu", "Masoud Pezeshkian")),
    # a treaty named in a meeting is its topic
    ("استقبل الرئيس الإيراني مسعود بزشكيان رئيس الوزراء الروسي ميخائيل ميشوستين في طهران وبحثا تنفيذ المعاهدة.",
     "2025-05-27", ("2025-05-27", "meeting", "occurred", "Mikhail Mishustin", "Masoud Pezeshkian")),
    # an Arabic contact word with an attached pronoun
    ("بحث بوتين وبزشكيان خلال لقائهما في عشق آباد الجمعة ملفات الطاقة.", "2024-10-12",
     ("2024-10-11", "meeting", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    # گفت‌وگو is not the reporting verb گفت: the date before it is the call's
    ("پوتین و پزشکیان روز ۱۶ مهر در گفت‌وگویی تلفنی درباره خاورمیانه رایزنی کردند.", "2024-10-09",
     ("2024-10-07", "phone_call", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    # the speaker is the party when the reported clause names only the other side
    ("رئیس‌جمهور روسیه گفت امیدوار است در اجلاس سران خزر که سال آینده در تهران برگزار می‌شود شرکت کند.",
     "2025-10-10", ("2026-03-21", "summit", "planned", "Vladimir Putin", "Iran")),
    # a title of two followed by both countries names each office holder, by adjective or by name
    ("التقى الرئيسان الروسي والإيراني أمس على هامش قمة بريكس في قازان.", "2024-10-24",
     ("2024-10-23", "meeting", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    ("أجرى وزيرا خارجية روسيا وإيران اتصالا هاتفيا يوم الثلاثاء.", "2024-10-24",
     ("2024-10-22", "phone_call", "occurred", "Sergei Lavrov", "Abbas Araghchi")),
    ("قال الكرملين إن الرئيسين الروسي والإيراني سيلتقيان يوم الاثنين المقبل في عشق آباد.", "2025-12-01",
     ("2025-12-08", "meeting", "planned", "Vladimir Putin", "Masoud Pezeshkian")),
    ("وزرای خارجه ایران و روسیه روز گذشته در مسکو با یکدیگر دیدار کردند.", "2024-10-24",
     ("2024-10-23", "meeting", "occurred", "Sergei Lavrov", "Abbas Araghchi")),
    ("سران ایران، روسیه و ترکیه روز چهارشنبه در تهران دیدار کردند.", "2022-07-21",
     ("2022-07-20", "meeting", "occurred", "Vladimir Putin", "Ebrahim Raisi")),
    # the people a signing was done in the presence of are no parties when the signers' sides are named
    ("ووقع الاتفاقية عن الجانب الإيراني وزير الطرق، وعن الجانب الروسي وزير النقل، بحضور الرئيسين بوتين وبزشكيان أمس.",
     "2025-01-18", ("2025-01-17", "agreement", "occurred", "Russia", "Iran")),
    # … and the parties when no one else is
    ("وقع بوتين وبزشكيان أمس معاهدة الشراكة بحضور وزيري الخارجية لافروف وعراقجي.", "2025-01-18",
     ("2025-01-17", "agreement", "occurred", "Vladimir Putin", "Masoud Pezeshkian")),
    # a special envoy of the president is not the president (and a Dari month with its year)
    ("ضمیر کابلوف، نماینده خاص رئیس‌جمهور روسیه برای افغانستان، روز دوشنبه ۸ اسد ۱۴۰۳ در تهران با حسن کاظمی قمی "
     "دیدار کرد.", "2024-07-30", ("2024-07-29", "meeting", "occurred", "Zamir Kabulov", "Hassan Kazemi Qomi")),
    # a date in a relative clause about a party is not the contact's
    ("کاظم غریب‌آبادی، معاون وزیر امور خارجه، که ۲۴ اسفند در پکن همراه با سرگئی ریابکوف، معاون وزیر خارجه روسیه، در "
     "نشست سه‌جانبه ایران، چین و روسیه درباره پرونده هسته‌ای شرکت کرده بود، امروز در تماس تلفنی با ریابکوف نتایج "
     "آن نشست را بررسی کرد.", "2025-03-30", ("2025-03-30", "phone_call", "occurred", "Sergei Ryabkov", "Kazem Gharibabadi")),
    # … but a contact told in that relative clause takes the clause's own date and tense
    ("ابراهیم رئیسی که دیروز چهارشنبه ۲۹ دی‌ماه در کرملین با ولادیمیر پوتین دیدار کرد، امروز به تهران باز خواهد گشت.",
     "2022-01-20", ("2022-01-19", "meeting", "occurred", "Vladimir Putin", "Ebrahim Raisi")),
    # Dmitry Patrushev, the agriculture minister, is not Nikolai Patrushev, nor his counterpart Ahmadian
    ("بحث وزير الزراعة الروسي دميتري باتروشيف مع نظيره الإيراني محمد علي نيكبخت في موسكو اليوم صادرات القمح.",
     "2023-03-14", ("2023-03-14", "talks", "occurred", "Dmitry Patrushev", "Mohammad Ali Nikbakht")),
    # the speaker is the party where the reported clause names his country only as the venue
    ("أعلن ليخاتشوف اليوم أن بلاده مستعدة لبناء وحدات جديدة في إيران، وذلك عقب لقائه محمد إسلامي في موسكو.",
     "2025-02-18", ("2025-02-18", "meeting", "occurred", "Alexei Likhachev", "Mohammad Eslami")),
    # «في مؤتمر صحفي»: a press conference is no summit, and the day it was held is not the meeting's
    ("قالت زاخاروفا، في مؤتمر صحفي أمس الخميس، إن لافروف سوف يستقبل ظريف في موسكو يوم الاثنين.", "2019-12-27",
     ("2019-12-30", "meeting", "planned", "Sergei Lavrov", "Mohammad Javad Zarif")),
    # a speaker standing before «أن» is not the reported meeting's party
    ("أعلن مساعد الرئيس الروسي يوري أوشاكوف اليوم أن بوتين سيلتقي بزشكيان غدا في عشق آباد.", "2024-10-10",
     ("2024-10-11", "meeting", "planned", "Vladimir Putin", "Masoud Pezeshkian")),
    # their deputies are not the ministers: the countries stand in
    ("عقد نواب وزراء خارجية روسيا وإيران وتركيا اجتماعا في موسكو يوم الاثنين حول سوريا.", "2025-03-12",
     ("2025-03-10", "meeting", "occurred", "Russia", "Iran")),
    # the president who died the day before is what the call was about: the acting president is the party
    ("أجرى بوتين اتصالا هاتفيا مع الرئيس إبراهيم رئيسي ومخبر أمس.", "2024-05-21",
     ("2024-05-20", "phone_call", "occurred", "Vladimir Putin", "Mohammad Mokhber")),
    # «أنه سيلتقي»: the speaker is the subject, the city only the venue
    ("وأعلن وزير الخارجية الإيراني عباس عراقجي أنه سيلتقي نظيره الروسي سيرغي لافروف في طهران الأسبوع المقبل.",
     "2025-01-18", ("2025-01-20", "meeting", "planned", "Sergei Lavrov", "Abbas Araghchi")),
    # a Russian surname's «-ev» written «-يف» where the tables write «-وف»
    ("التقى أليكسي ليخاتشيف رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي أمس في سانت بطرسبورغ.", "2026-04-02",
     ("2026-04-01", "meeting", "occurred", "Alexei Likhachev", "Mohammad Eslami")),
    # the visit it coincided with is a time: its visitor is no party of the meeting
    ("جواد اوجی، وزیر نفت، همزمان با سفر ولادیمیر پوتین به تهران، روز گذشته با الکساندر نواک دیدار کرد.",
     "2022-07-20", ("2022-07-19", "meeting", "occurred", "Alexander Novak", "Javad Owji")),
    ("وكان أوجي قد التقى نوفاك أمس بالتزامن مع زيارة بوتين إلى طهران.", "2022-07-20",
     ("2022-07-19", "meeting", "occurred", "Alexander Novak", "Javad Owji")),
])
def test_more_contact_sentences(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["status"], row["russia"], row["iran"]) == expected


def test_a_relative_clause_about_what_was_discussed_does_not_make_the_talks_planned():
    row = _one_row("علی‌اکبر صالحی صبح امروز پنجشنبه با سرگئی لاوروف درباره دور تازه مذاکرات که قرار است ۲۹ خرداد در مسکو "
                   "برگزار شود، رایزنی کرد.", "2012-06-07")
    assert (row["date_start"], row["status"], row["russia"], row["iran"]) == \
        ("2012-06-07", "occurred", "Sergei Lavrov", "Ali Akbar Salehi")


def test_going_on_about_a_meeting_the_place_of_a_trip_it_speaks_of_is_not_its_place():
    text = ("رئیس‌جمهور دیروز با ولادیمیر پوتین دیدار کرده بود. در این دیدار دو طرف درباره سند همکاری‌های جامع "
            "رایزنی کردند. پوتین در این دیدار گفت: از دعوت شما برای سفر به تهران سپاسگزارم.")
    found = find_contacts(text, find_dates(text, published="2022-01-20"), published=dt.date(2022, 1, 20))
    assert [(c.date_start, c.place) for c in found] == [(dt.date(2022, 1, 19), None)] * 3


def test_lifting_sanctions_is_no_cancelled_contact():
    row = _one_row("پوتین دیروز در مسکو با رئیسی درباره مذاکرات وین برای لغو تحریم‌ها گفت‌وگو کرد.", "2022-01-20")
    assert (row["date_start"], row["status"]) == ("2022-01-19", "occurred")


def test_a_relative_clause_about_a_party_is_background():
    # the arrival in the که-clause is background: the meeting governs, and its day is Monday
    row = _one_row("لاوروف که روز یکشنبه ۱۲ اسفند در سفری رسمی وارد تهران شده بود، دوشنبه با عراقچی دیدار کرد.", "2025-03-04")
    assert (row["date_start"], row["type"], row["russia"], row["iran"]) == \
        ("2025-03-03", "meeting", "Sergei Lavrov", "Abbas Araghchi")


@pytest.mark.parametrize("text,published", [
    ("پوتین و پزشکیان روز جمعه ۲۸ دی در مسکو دیدار کردند و پیمان مشارکت راهبردی را امضا کردند.", "2025-01-18"),
    ("التقى بوتين بزشكيان في الكرملين يوم الجمعة 17 يناير 2025 ووقع الرئيسان معاهدة الشراكة الاستراتيجية.",
     "2025-01-18"),
])
def test_a_meeting_and_a_signing_at_it_are_two_contacts(text, published):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert sorted(zip(df["type"], df["date_start"], df["russia"], df["iran"])) == [
        ("agreement", "2025-01-17", "Vladimir Putin", "Masoud Pezeshkian"),
        ("meeting", "2025-01-17", "Vladimir Putin", "Masoud Pezeshkian")]


def test_a_signing_named_as_a_trip_s_purpose_is_the_trip():
    row = _one_row("پزشکیان قرار است هفته آینده برای امضای پیمان مشارکت به مسکو سفر کند.", "2025-01-08")
    assert (row["date_start"], row["type"], row["status"], row["iran"]) == \
        ("2025-01-11", "visit", "planned", "Masoud Pezeshkian")


@pytest.mark.parametrize("text,published,expected", [
    # the meeting whose clause pairs Putin with Erdoğan does not date the one with Pezeshkian
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان على هامش القمة في أستانا يوم الخميس، "
     "فيما كان قد التقى الرئيس الإيراني بزشكيان يوم الأربعاء.", "2024-07-05",
     ("2024-07-03", "meeting", "Vladimir Putin", "Masoud Pezeshkian")),
])
def test_the_parties_and_the_clause_of_the_contact(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["russia"], row["iran"]) == expected


@pytest.mark.parametrize("text,published,second", [
    ("وصل لافروف إلى طهران يوم الأحد 12 يناير 2025 والتقى عراقجي. كما التقى لافروف الرئيس مسعود بزشكيان.",
     "2025-01-14", ("2025-01-12", "meeting", "Sergei Lavrov", "Masoud Pezeshkian", "narrative-date")),
    ("پوتین روز سه‌شنبه ۲۸ تیر در تهران با رهبر انقلاب دیدار کرد. رئیس‌جمهور روسیه همچنین با رئیسی دیدار و گفت‌وگو کرد.",
     "2022-07-20", ("2022-07-19", "meeting", "Vladimir Putin", "Ebrahim Raisi", "narrative-date")),
])
def test_also_met_takes_the_day_of_the_occasion_just_reported(text, published, second):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    rows = sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"], df["date_basis"]))
    assert len(rows) == 2 and second in rows


def test_also_met_after_dated_background_is_back_on_the_document_day():
    """A past-perfect sentence with a day of its own is background: the «also» after it is the story's."""
    text = ("روحانی امروز در باکو با پوتین دیدار کرد. دو رئیس‌جمهور پیش از آن ۱۸ تیر ۹۴ در اوفا با یکدیگر دیدار کرده "
            "بودند. ظریف و لاوروف نیز دیداری کوتاه داشتند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2016-08-08"}])
    rows = sorted(zip(df["date_start"], df["russia"], df["iran"]))
    assert rows == [("2015-07-09", "Vladimir Putin", "Hassan Rouhani"), ("2016-08-08", "Sergei Lavrov", "Mohammad Javad Zarif"),
                    ("2016-08-08", "Vladimir Putin", "Hassan Rouhani")]


@pytest.mark.parametrize("text,published,expected", [
    # «على أن …»: a second contact, planned, whose unnamed side is the first's
    ("التقى أحمديان شويغو في سان بطرسبورغ يوم الأربعاء 11 سبتمبر 2024، على أن يستقبله بوتين اليوم.", "2024-09-12",
     [("2024-09-11", "meeting", "Sergei Shoigu", "Ali Akbar Ahmadian"),
      ("2024-09-12", "meeting", "Vladimir Putin", "Ali Akbar Ahmadian")]),
    # no date of its own, the same people in the sentence just before: the same occasion
    ("استقبل بوتين في الكرملين أمس الاثنين عراقجي. ووصف بوتين الهجوم بأنه غير مبرر، فيما نقل إليه عراقجي رسالة من "
     "المرشد علي خامنئي.", "2025-06-24",
     [("2025-06-23", "meeting", "Vladimir Putin", "Abbas Araghchi"),
      ("2025-06-23", "message", "Vladimir Putin", "Ali Khamenei")]),  # (its author, not the envoy)
    # a semicolon or «، وإن» opens a clause of its own: «the two ministers» met on a day of their own
    ("عراقچی دیروز در تماس تلفنی با لاوروف گفتگو کرد؛ دو وزیر شنبه گذشته نیز در دوحه با یکدیگر دیدار کرده بودند.",
     "2024-12-10", [("2024-12-07", "meeting", "Sergei Lavrov", "Abbas Araghchi"),
                    ("2024-12-09", "phone_call", "Sergei Lavrov", "Abbas Araghchi")]),
    ("قال بقائي اليوم إن عراقجي بحث مع لافروف في اتصال هاتفي يوم 29 ديسمبر العقوبات، وإن الوزيرين سيلتقيان في "
     "موسكو الأسبوع المقبل.", "2026-01-05", [("2025-12-29", "phone_call", "Sergei Lavrov", "Abbas Araghchi"),
                                              ("2026-01-12", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # «، بعد لقائهما الأول …»: their earlier meeting, a contact of its own with its own day
    ("قال أوشاكوف إن بوتين سيعقد لقاءً مع بزشكيان في قازان يوم 23 أكتوبر الجاري، بعد لقائهما الأول في عشق آباد "
     "يوم الجمعة الماضي.", "2024-10-15", [("2024-10-11", "meeting", "Vladimir Putin", "Masoud Pezeshkian"),
                                           ("2024-10-23", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
    # after a semicolon, a clause that names no one is no contact of its own
    ("پوتین روز جمعه ۷ سپتامبر برای شرکت در نشست سه‌جانبه با روحانی به تهران سفر کرد؛ این سومین نشست سران از "
     "نوامبر ۲۰۱۷ است.", "2018-09-08", [("2018-09-07", "visit", "Vladimir Putin", "Hassan Rouhani")]),
    # the Leader's written message, honorifics between: the envoy meets, the Leader writes
    ("عراقچی روز پنجشنبه در مسکو با پوتین دیدار و پیام مکتوب حضرت آیت‌الله خامنه‌ای را به وی تسلیم خواهد کرد.",
     "2025-04-15", [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi"),
                    ("2025-04-17", "message", "Vladimir Putin", "Ali Khamenei")]),
    # «جداگانه»: one meeting with each person named
    ("شویگو روز دوشنبه ۱۵ مرداد ۱۴۰۳ در تهران جداگانه با احمدیان و پزشکیان دیدار کرد.", "2024-08-06",
     [("2024-08-05", "meeting", "Sergei Shoigu", "Ali Akbar Ahmadian"),
      ("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian")]),
    # «the two presidents» with a day of their own: an earlier meeting of the pair
    ("أجرى بوتين اتصالا هاتفيا مع بزشكيان مساء الاثنين. وكان الرئيسان قد التقيا في قازان في 23 أكتوبر الماضي.",
     "2025-01-14", [("2024-10-23", "meeting", "Vladimir Putin", "Masoud Pezeshkian"),
                    ("2025-01-13", "phone_call", "Vladimir Putin", "Masoud Pezeshkian")]),
    # a date inside a relative clause about something else is that thing's, not the meeting's
    ("ظریف امروز چهارشنبه ۲۰ آذر ۱۳۹۲ در مسکو با لاوروف دیدار و درباره اجرای توافق ژنو که ۳ آذر میان ایران و "
     "گروه ۱+۵ حاصل شد، گفت‌وگو کرد.", "2013-12-11", [("2013-12-11", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # … nor does it make «the two sides also talked about …» a contact of its own
    ("غریب‌آبادی روز گذشته در مسکو با ریابکوف دیدار کرد. دو طرف همچنین درباره نشست سران بریکس در کازان که از ۱ تا ۳ "
     "آبان برگزار می‌شود، گفت‌وگو کردند.", "2024-10-16",
     [("2024-10-15", "meeting", "Sergei Ryabkov", "Kazem Gharibabadi")]),
    # Persian ends a clause with its verb: a date after «… دیدار کرده بود و» is the next clause's
    ("رئیس‌جمهور عصر دیروز در کاخ کرملین با ولادیمیر پوتین دیدار کرده بود و امروز بعدازظهر به تهران بازمی‌گردد.",
     "2022-01-20", [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    # … unless that clause tells a contact of its own
    ("پزشکیان روز سه‌شنبه ۱ آبان ۱۴۰۳ وارد کازان شد و قرار است فردا در حاشیه اجلاس با ولادیمیر پوتین دیدار کند.",
     "2024-10-22", [("2024-10-23", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
    # «this is his first visit to …»: the visit going on, not a new one dated by the sentence
    ("سلّم عراقجي أمس الخميس رسالة من خامنئي إلى بوتين، خلال لقاء جمعهما في الكرملين. وتولى عراقجي حقيبة الخارجية في "
     "أغسطس الماضي، وهذه أول زيارة له إلى موسكو.", "2025-04-18",
     [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi"),
      ("2025-04-17", "message", "Vladimir Putin", "Ali Khamenei")]),
    # a parliament's ratification is no contact between the two countries
    ("صادق مجلس الدوما الروسي أمس الثلاثاء بالإجماع على معاهدة الشراكة الاستراتيجية الشاملة مع إيران.", "2025-04-09", []),
    ("مجلس شورای اسلامی امروز معاهده مشارکت راهبردی جامع ایران و روسیه را تصویب کرد.", "2025-05-21", []),
    # a trip began the day before the meeting reported as today: the meeting keeps its own day; a relative
    # clause about the visitor keeps its past; the statement «after the signing» is no second signing
    ("تفاهم‌نامه همکاری نظامی امروز در دیدار حسین دهقان و سرگئی شویگو به امضا رسید. شویگو که شامگاه دوشنبه وارد "
     "فرودگاه مهرآباد تهران شد، نخستین وزیر دفاع روسیه است که پس از ۱۴ سال به ایران سفر می‌کند. دهقان پس از امضای "
     "تفاهم‌نامه گفت: همکاری تهران و مسکو گسترش می‌یابد.", "2015-01-20",
     [("2015-01-20", "agreement", "Sergei Shoigu", "Hossein Dehghan"),
      ("2015-01-20", "meeting", "Sergei Shoigu", "Hossein Dehghan")]),
    # a relative clause that runs to the sentence's end tells of something else too: the press conference
    # «after the meeting» is no meeting of its own on the day Washington acted
    ("أجرى ظريف اليوم الخميس بموسكو مباحثات مع نظيره الروسي سيرغي لافروف. وقال لافروف، في ندوة صحافية عقب اللقاء، "
     "إن بلاده لن تعترف بإعادة فرض العقوبات على طهران، التي أعلنتها واشنطن يوم السبت 19 سبتمبر الجاري.", "2020-09-24",
     [("2020-09-24", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # the Leader named with his first name after «نامه‌ای از سوی» writes the letter; the envoy meets
    ("عراقچی روز جمعه ۲۹ فروردین در مسکو با ولادیمیر پوتین دیدار کرد و نامه‌ای از سوی علی خامنه‌ای را به او "
     "تحویل داد.", "2025-04-18",
     [("2025-04-18", "meeting", "Vladimir Putin", "Abbas Araghchi"),
      ("2025-04-18", "message", "Vladimir Putin", "Ali Khamenei")]),
    # a relative clause with no comma does not swallow the main verb: the cancellation is the contact's
    ("نشست سران ایران و روسیه که قرار بود ۱۰ خرداد در تهران برگزار شود لغو شد.", "2024-05-05",
     [("2024-05-30", "summit", "Vladimir Putin", "Mohammad Mokhber")]),
    # a «related news» list ends at a blank line: the paragraph after it is the article's again
    ("سفر پزشکیان به مسکو\n\nاخبار مرتبط:\nسفر لاریجانی به مسکو\n\nعراقچی روز شنبه با لاوروف در مسکو دیدار کرد.",
     "2024-05-05", [("2024-05-04", "meeting", "Sergei Lavrov", "Abbas Araghchi"),
                    ("2024-05-05", "visit", "Russia", "Masoud Pezeshkian")]),
    # a present-tense denial in another clause does not remove the sentence's contact
    ("وأجرى عراقجي محادثات مع لافروف في موسكو يوم السبت، فيما تنفي طهران تزويد روسيا بالصواريخ.", "2024-05-05",
     [("2024-05-04", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # a visit and a meeting of its next day are one event, across the index's week boundary too
    ("لاوروف روز شنبه ۱۵ اردیبهشت ۱۴۰۳ به تهران سفر کرد. لاوروف روز یکشنبه ۱۶ اردیبهشت ۱۴۰۳ با عراقچی دیدار کرد.",
     "2024-05-09", [("2024-05-05", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # «…، ثم …» with a contact word on each side: two contacts, each with its own day and kind
    ("وكان الرئيس الروسي فلاديمير بوتين قد بعث برقية تهنئة إلى إبراهيم رئيسي في 19 يونيو، ثم أجرى معه أول اتصال "
     "هاتفي بعد تنصيبه في 16 أغسطس.", "2021-10-06",
     [("2021-06-19", "message", "Vladimir Putin", "Ebrahim Raisi"),
      ("2021-08-16", "phone_call", "Vladimir Putin", "Ebrahim Raisi")]),
    # a ratification by «صدق» is one too
    ("صدق مجلس الدوما الروسي يوم الثلاثاء على معاهدة الشراكة الاستراتيجية مع إيران.", "2024-05-05", []),
    # within one report, two days stated relative to its date are two days (no reprint slack between them)
    ("أجرى ظريف اليوم الخميس بموسكو مباحثات مع نظيره الروسي سيرغي لافروف. وكان الوزيران قد التقيا يوم السبت 19 "
     "سبتمبر الجاري في نيويورك.", "2020-09-24",
     [("2020-09-19", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif"),
      ("2020-09-24", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # a signing named as the time of a meeting is no contact of its own
    ("پزشکیان دیروز پیش از امضای معاهده با میخائیل میشوستین، نخست‌وزیر روسیه، دیدار کرد.", "2025-01-18",
     [("2025-01-17", "meeting", "Mikhail Mishustin", "Masoud Pezeshkian")]),
    # the headlines under «related news» are other articles', dated by their own publication
    ("پوتین دیروز در مسکو با رئیسی دیدار کرد.\nاخبار مرتبط\nسفر رئیسی به مسکو آغاز شد ۲۸ دی ۱۴۰۰، ۰۸:۱۵\n"
     "امضای سند همکاری در سفر رئیسی به روسیه ۲۷ دی ۱۴۰۰", "2022-01-20",
     [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    ("التقى بوتين رئيسي أمس في موسكو.\nاقرأ أيضاً: رئيسي يصل إلى موسكو في زيارة رسمية 18 يناير 2022", "2022-01-20",
     [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    # «the two ministers» with one side named only by the place of the trip: the pair of the contact before
    ("امیرعبداللهیان امروز صبح با سرگئی لاوروف دیدار کرد؛ دو وزیر ۱۴ مهرماه امسال نیز در نخستین سفر امیرعبداللهیان به "
     "مسکو با یکدیگر دیدار کرده بودند.", "2022-01-20",
     [("2021-10-06", "meeting", "Sergei Lavrov", "Hossein Amir-Abdollahian"),
      ("2022-01-20", "meeting", "Sergei Lavrov", "Hossein Amir-Abdollahian")]),
    # «Iranians resident in Russia» name no Russian party
    ("رئیس‌جمهور فردا جمعه پس از دیدار با جمعی از ایرانیان مقیم روسیه به تهران بازمی‌گردد.", "2022-01-20", []),
    ("بحث السفير الإيراني مهدي سنائي مع نائب وزير الخارجية الروسي ميخائيل بوغدانوف، الإثنين الماضي، الترتيبات النهائية "
     "للقمة.", "2018-09-07", [("2018-09-03", "talks", "Mikhail Bogdanov", "Mehdi Sanaei")]),
    # a region's head and a province's governor: people of the actor table, or their country
    ("رستم مینیخانوف، رئیس جمهوری تاتارستان، روز سه‌شنبه در تهران با محمدرضا عارف دیدار کرد.", "2025-02-19",
     [("2025-02-18", "meeting", "Rustam Minnikhanov", "Mohammad Reza Aref")]),
    ("فرماندار آستاراخان روز سه‌شنبه ۳۰ مهر در رشت با استاندار گیلان دیدار کرد.", "2019-10-23",
     [("2019-10-22", "meeting", "Russia", "Iran")]),
    ("التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الروسي فلاديمير بوتين أمس الأربعاء في بكين.", "2012-06-07",
     [("2012-06-06", "meeting", "Vladimir Putin", "Mahmoud Ahmadinejad")]),
    # «the two presidents» met when they signed: the meeting and the signing, each its own row
    ("أجرى بوتين اتصالا هاتفيا مع بزشكيان مساء الاثنين. وكان الرئيسان قد التقيا في موسكو يوم 17 يناير الماضي، حين "
     "وقعا معاهدة الشراكة الاستراتيجية.", "2025-09-02",
     [("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2025-01-17", "meeting", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2025-09-01", "phone_call", "Vladimir Putin", "Masoud Pezeshkian")]),
    # the pair of other presidents is no pair of ours
    ("أجرى بوتين اتصالا هاتفيا مع بزشكيان مساء الاثنين. ويتحدث الرئيسان الروسي والتركي بانتظام عبر الهاتف أيضا.",
     "2025-01-14", [("2025-01-13", "phone_call", "Vladimir Putin", "Masoud Pezeshkian")]),
    # going on about the meeting, a later event to come (its day, its place) is not the meeting's
    ("پوتین روز دوشنبه ۸ مرداد ۱۴۰۳ در تهران با پزشکیان دیدار کرد. دو طرف در این دیدار درباره نشست بعدی که قرار است "
     "۱۳ مهر در مسکو برگزار شود گفت‌وگو کردند.", "2024-07-30",
     [("2024-07-29", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
    # «this trip … after the war began on 24 February»: the trip goes on, on its own day
    ("پوتین روز سه‌شنبه ۲۸ تیر وارد تهران شد و با رئیسی دیدار کرد. این سفر پنج ماه پس از آغاز جنگ اوکراین در ۲۴ فوریه "
     "انجام شد.", "2022-07-20", [("2022-07-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    # «he then met the Leader»: وی is Putin, meeting someone new on the same occasion
    ("پوتین روز سه‌شنبه ۲۸ تیر در تهران با رئیسی دیدار کرد. وی سپس با رهبر انقلاب دیدار کرد.", "2022-07-20",
     [("2022-07-19", "meeting", "Vladimir Putin", "Ali Khamenei"),
      ("2022-07-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    # «during the meeting» keeps the meeting's people: the late president is only its topic
    ("التقى لافروف عراقجي في موسكو يوم الاثنين 14 أبريل 2025. وقدم لافروف خلال اللقاء تعازيه بوفاة الرئيس إبراهيم رئيسي.",
     "2025-04-15", [("2025-04-14", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # «then» (سپس): the same occasion's day
    ("شویگو روز دوشنبه ۱۵ مرداد در تهران با احمدیان دیدار کرد. شویگو سپس با پزشکیان دیدار کرد.", "2024-08-06",
     [("2024-08-05", "meeting", "Sergei Shoigu", "Ali Akbar Ahmadian"),
      ("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian")]),
    # «the two presidents» after the foreign ministers' meeting: not its pair, but the presidents of that day
    ("عراقچی پنجشنبه ۲۸ فروردین ۱۴۰۴ در مسکو با لاوروف دیدار کرد. وی گفت: «معاهده‌ای که ۲۸ دی‌ماه به امضای رؤسای "
     "جمهور دو کشور رسید، پایه همکاری‌هاست.»", "2025-04-18",
     [("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2025-04-17", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    ("التقى لافروف عراقجي في موسكو يوم الخميس 17 أبريل 2025. وأشار إلى المعاهدة التي وقعها رئيسا البلدين في 17 يناير.",
     "2025-04-18", [("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian"),
                    ("2025-04-17", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # the presidents of 2018 for a signing of 2018
    ("التقى لافروف عراقجي في موسكو يوم 17 أبريل 2025. وكان الرئيسان قد وقعا اتفاقية في 7 سبتمبر 2018 في طهران.",
     "2025-04-18", [("2018-09-07", "agreement", "Vladimir Putin", "Hassan Rouhani"),
                    ("2025-04-17", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
])
def test_articles_sentences_that_go_on_name_the_pair_or_turn_to_another_contact(text, published, expected):
    assert _contacts(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the envoy who carries the message is the meeting's party; the message is the president's
    ("لاریجانی روز دوشنبه در مسکو با پوتین دیدار و پیام رئیس‌جمهور پزشکیان را به وی تحویل داد.", "2025-03-11",
     [("2025-03-10", "meeting", "Vladimir Putin", "Ali Larijani"),
      ("2025-03-10", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
    # a signing by video link is a signing and a call
    ("سند همکاری راه‌آهن روز چهارشنبه ۲۷ اردیبهشت با حضور رئیسی و پوتین به صورت ویدئو کنفرانس امضا شد.", "2023-05-18",
     [("2023-05-17", "agreement", "Vladimir Putin", "Ebrahim Raisi"),
      ("2023-05-17", "phone_call", "Vladimir Putin", "Ebrahim Raisi")]),
    # "after this meeting" is a new contact on the same day
    ("پوتین روز چهارشنبه ۱۰ آبان در تهران با روحانی دیدار کرد. پوتین پس از این دیدار، به دیدار رهبر انقلاب رفت.",
     "2017-11-02", [("2017-11-01", "meeting", "Vladimir Putin", "Ali Khamenei"),
                    ("2017-11-01", "meeting", "Vladimir Putin", "Hassan Rouhani")]),
    # a call during which a visit was agreed: the call on its own day, the visit planned with the call's people
    ("أجرى وزير الخارجية الروسي سيرغي لافروف الأسبوع الماضي اتصالاً هاتفياً مع نظيره الإيراني عباس عراقجي، اتفقا "
     "خلاله على ترتيب زيارة للافروف إلى طهران في أواخر فبراير.", "2025-02-10",
     [("2025-02-03", "phone_call", "Sergei Lavrov", "Abbas Araghchi"),
      ("2025-02-21", "visit", "Sergei Lavrov", "Abbas Araghchi")]),
])
def test_sentences_that_report_two_contacts(text, published, expected):
    assert _contacts(text, published) == expected


def test_the_anniversary_of_a_signing_is_no_contact():
    text = "اسفندماه امسال بیستمین سالگرد امضای معاهده همکاری ایران و روسیه است."
    assert build_chronology([{"id": "x", "text": text, "published": "2021-01-27"}]).empty


def test_a_state_named_as_a_supporter_is_no_party():
    text = "وجهت القمة دعوة إلى إيران للانضمام إلى المنظمة بدعم من روسيا والصين."
    assert build_chronology([{"id": "x", "text": text, "published": "2025-04-18"}]).empty


@pytest.mark.parametrize("text,published,expected", [
    # a deputy minister is not the minister: the country stands in
    ("معاون وزیر امور خارجه روسیه روز یکشنبه در تهران با عراقچی دیدار کرد.", "2025-02-10",
     ("2025-02-09", "meeting", "occurred", "Russia", "Abbas Araghchi")),
    # who announces the visit is no party to it (the president who receives a president is)
    ("يزور الرئيس الروسي طهران الشهر المقبل، وفق ما أعلنه السفير الإيراني في موسكو كاظم جلالي.", "2025-02-10",
     ("2025-03-01", "visit", "planned", "Vladimir Putin", "Masoud Pezeshkian")),
])
def test_officials_who_are_not_the_party_the_title_names(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["status"], row["russia"], row["iran"]) == expected


def test_a_plan_and_its_happening_merge_when_the_day_agrees():
    plan = {"id": "a", "published": "2024-10-18",
            "text": "قال أوشاكوف إن بوتين سيلتقي الرئيس الإيراني خلال قمة بريكس في قازان من 22 إلى 24 أكتوبر."}
    held = {"id": "b", "published": "2024-10-24",
            "text": "رئیس‌جمهور کشورمان عصر چهارشنبه در حاشیه نشست بریکس در قازان با ولادیمیر پوتین دیدار کرد."}
    events = build_chronology([plan, held])
    assert len(events) == 1, events
    row = events.iloc[0]
    assert (row["status"], row["date_start"], row["n_sources"]) == ("occurred", "2024-10-23", 2)


def test_marks_on_contact_words_do_not_hide_them_and_the_evidence_keeps_them():
    text = "أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع نظيره الإيراني مسعود بزشكيان أمس."
    row = _one_row(text, "2024-08-06")
    assert (row["type"], row["date_start"], row["russia"], row["iran"]) == (
        "phone_call", "2024-08-05", "Vladimir Putin", "Masoud Pezeshkian")
    assert row["evidence"] == text


@pytest.mark.parametrize("text,published,expected", [
    # three states signing: Turkey is a third party, not a sign that Iran is only a topic
    ("وقعت روسيا وإيران وتركيا في أستانا، الخميس 4 أيار/مايو 2017، مذكرة لإنشاء مناطق لخفض التصعيد.",
     "2017-05-05", ("2017-05-04", "agreement", "Russia", "Iran")),
    # a title held by someone the tables know
    ("استقبل الرئيس الروسي في موسكو يوم 12 تموز 2018 مستشار المرشد الإيراني.", "2018-07-13",
     ("2018-07-12", "meeting", "Vladimir Putin", "Ali Akbar Velayati")),
    # a title no one in the tables held that day: the country stands in, the side is never empty
    ("استقبل وزير الخارجية الروسي في موسكو يوم 12 تموز 2005 السفير الإيراني في موسكو.", "2005-07-13",
     ("2005-07-12", "meeting", "Sergei Lavrov", "Iran")),
    # a special envoy of the president is not the president
    ("التقى المبعوث الخاص للرئيس الروسي ألكسندر لافرنتييف علي أصغر خاجي في أستانا يوم 20 حزيران 2023.", "2023-06-21",
     ("2023-06-20", "meeting", "Alexander Lavrentiev", "Ali Asghar Khaji")),
    # a senior assistant of the foreign minister is not the minister
    ("حسین جابری انصاری، دستیار ارشد وزیر امور خارجه، روز دوشنبه در مسکو با بوگدانوف دیدار کرد.", "2019-10-15",
     ("2019-10-14", "meeting", "Mikhail Bogdanov", "Hossein Jaberi Ansari")),
    # a message congratulating on a ratification is a message (no verb says a signing took place)
    ("ولودین در پیامی به قالیباف تصویب پیمان را تبریک گفت.", "2025-05-21",
     ("2025-05-21", "message", "Vyacheslav Volodin", "Mohammad Bagher Ghalibaf")),
    # the national oil company under its other names
    ("ووقعت شركة «غازبروم» الروسية والشركة الوطنية الإيرانية للنفط أمس مذكرة تفاهم.", "2022-07-20",
     ("2022-07-19", "agreement", "Russia", "Iran")),
    ("شرکت ملی نفت و گازپروم دیروز یادداشت تفاهم همکاری امضا کردند.", "2022-07-20",
     ("2022-07-19", "agreement", "Russia", "Iran")),
])
def test_state_level_contacts(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["russia"], row["iran"]) == expected


def test_two_states_in_different_clauses_are_no_contact():
    text = "استضافت الرياض محادثات بين إيران والسعودية، فيما رحبت موسكو بالاتفاق."
    assert build_chronology([{"id": "x", "text": text, "published": "2023-03-11"}]).empty


@pytest.mark.parametrize("text,published,expected", [
    # the headline's meeting is the body's, which tells its day
    ("دیدار لاوروف و عراقچی در مسکو\nسرگئی لاوروف، وزیر خارجه روسیه، روز دوشنبه ۲۵ فروردین ۱۴۰۴ در مسکو با عباس "
     "عراقچی دیدار کرد.", "2025-04-15", [("2025-04-14", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # (a present tense headline: no planned row beside the body's)
    ("بوتين يستقبل عراقجي في الكرملين\nموسكو - استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي "
     "أمس في الكرملين.", "2025-04-18", [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi")]),
    # a headline the body does not repeat keeps its row, on the document date
    ("گفت‌وگوی تلفنی پوتین و پزشکیان\nبه گزارش ایرنا، قیمت نفت امروز افزایش یافت.", "2025-04-15",
     [("2025-04-15", "phone_call", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_a_headline_contact_the_body_reports_is_one_row(text, published, expected):
    assert _contacts(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # messages carried to the meeting the sentence goes on with: one per author, on the meeting's day
    ("علی لاریجانی روز یکشنبه ۲۹ تیر در کرملین با ولادیمیر پوتین دیدار کرد.\nلاریجانی در این دیدار پیام‌هایی از "
     "آیت‌الله خامنه‌ای و مسعود پزشکیان را به رئیس‌جمهور روسیه تسلیم کرد.", "2025-07-21",
     [("2025-07-20", "meeting", "Vladimir Putin", "Ali Larijani"),
      ("2025-07-20", "message", "Vladimir Putin", "Ali Khamenei"),
      ("2025-07-20", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
    # a message handed over in person: its author is the message's side, and the envoy met the recipient
    ("عراقچی روز پنجشنبه ۲۸ فروردین پیام کتبی رهبر انقلاب را در کرملین به پوتین تسلیم کرد.", "2025-04-18",
     [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi"),
      ("2025-04-17", "message", "Vladimir Putin", "Ali Khamenei")]),
    ("سلم عراقجي يوم الخميس 17 أبريل رسالة من المرشد الإيراني علي خامنئي إلى الرئيس الروسي فلاديمير بوتين.",
     "2025-04-18", [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi"),
                    ("2025-04-17", "message", "Vladimir Putin", "Ali Khamenei")]),
    # («رسالة من الرئيس فلاديمير بوتين»: a bare title between the author word and the name)
    ("سلّم السفير الروسي أليكسي ديدوف اليوم الأحد رسالة من الرئيس فلاديمير بوتين إلى الرئيس الإيراني مسعود بزشكيان.",
     "2025-03-02", [("2025-03-02", "meeting", "Alexey Dedov", "Masoud Pezeshkian"),
                    ("2025-03-02", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
    # a message sent, not carried: no meeting
    ("بعث الرئيس الروسي فلاديمير بوتين اليوم الأحد برقية تهنئة إلى الرئيس الإيراني مسعود بزشكيان.",
     "2025-03-02", [("2025-03-02", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_a_message_is_its_author_s(text, published, expected):
    assert _contacts(text, published) == sorted(expected)


@pytest.mark.parametrize("text,published,expected", [
    # dates joined by «then» to a meeting's date: a meeting each, at the place named after its «then»
    ("والتقى بوتين وبزشكيان للمرة الأولى في 11 أكتوبر 2024 في عشق آباد، ثم في قازان في 23 أكتوبر على هامش قمة بريكس.",
     "2025-02-10", [("2024-10-11", "Ashgabat"), ("2024-10-23", "Kazan")]),
    ("پوتین و پزشکیان ۲۰ مهر ۱۴۰۳ در عشق‌آباد و سپس ۲ آبان در کازان دیدار کردند.", "2025-02-10",
     [("2024-10-11", "Ashgabat"), ("2024-10-23", "Kazan")]),
    # «then said on …»: a statement, not a second meeting
    ("التقى لافروف عراقجي في موسكو يوم 14 أبريل، ثم قال في 20 أبريل إن العلاقات جيدة.", "2025-04-25",
     [("2025-04-14", "Moscow")]),
])
def test_a_meeting_on_two_occasions_is_two_rows(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert set(df["type"]) == {"meeting"}
    assert sorted(zip(df["date_start"], df["place"])) == expected


def test_a_planned_meeting_during_a_visit_takes_the_visit_s_day():
    text = ("يصل الرئيس الروسي فلاديمير بوتين إلى طهران اليوم الثلاثاء في زيارة رسمية. ويلتقي بوتين الرئيس إبراهيم "
            "رئيسي قبل القمة الثلاثية.")
    df = build_chronology([{"id": "x", "text": text, "published": "2022-07-19"}])
    meeting = df[df["iran"] == "Ebrahim Raisi"].iloc[0]
    assert (meeting["type"], meeting["status"], meeting["date_start"]) == ("meeting", "planned", "2022-07-19")


@pytest.mark.parametrize("text,published", [
    ("بعث الرئيس الروسي فلاديمير بوتين برقية تهنئة إلى نظيره الإيراني مسعود بزشكيان بمناسبة عيد النوروز.", "2025-03-20"),
    ("پوتین در پیامی به مناسبت فرا رسیدن نوروز به پزشکیان تبریک گفت.", "2025-03-20"),
])
def test_a_holiday_named_as_a_message_s_occasion_is_not_its_day(text, published):
    row = _one_row(text, published)
    assert (row["type"], row["status"], row["date_start"]) == ("message", "occurred", published)


def test_a_summit_named_as_what_a_message_invites_to_is_not_the_contact():
    text = ("پوتین روز شنبه در پیامی به پزشکیان، پیروزی وی در انتخابات را تبریک گفت و از او برای شرکت در اجلاس سران "
            "بریکس در قازان دعوت کرد.")
    row = _one_row(text, "2024-07-07")
    assert (row["type"], row["status"], row["date_start"], row["iran"]) == (
        "message", "occurred", "2024-07-06", "Masoud Pezeshkian")


def test_a_relative_clause_with_an_era_abbreviation_keeps_its_own_date():
    text = ("آیت‌الله رئیسی که پنجشنبه ۱۶ آذر ۱۴۰۲ ه‍.ش در سفری یک‌روزه به مسکو با ولادیمیر پوتین دیدار کرده بود، "
            "بامداد امروز به تهران بازگشت.")
    row = _one_row(text, "2023-12-08")
    assert (row["type"], row["date_start"], row["russia"], row["iran"]) == (
        "meeting", "2023-12-07", "Vladimir Putin", "Ebrahim Raisi")


@pytest.mark.parametrize("text,published,expected", [
    # «his talks»: the speaker's talks with the counterpart, not the 2015 deal he speaks of
    ("قال وزير الخارجية الروسي سيرغي لافروف، عقب محادثاته مع نظيره الإيراني محمد جواد ظريف في موسكو أمس الثلاثاء، إن "
     "على واشنطن العودة إلى الاتفاق النووي المبرم عام 2015.", "2021-01-27",
     [("2021-01-26", "talks", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # «the two leaders» with a day of their own: the pair's earlier meeting
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان مساء أمس في قازان. وكان الزعيمان قد التقيا للمرة "
     "الأولى في عشق آباد يوم 11 أكتوبر الجاري.", "2024-10-24",
     [("2024-10-11", "meeting", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2024-10-23", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_arabic_possessive_talks_and_the_two_leaders(text, published, expected):
    assert _contacts(text, published) == expected


def test_and_the_two_ministers_with_a_day_of_their_own_is_a_second_contact():
    text = ("بقائی گفت گفت‌وگوی تلفنی عراقچی و لاوروف که سه روز پیش انجام شد، بر هماهنگی مواضع متمرکز بود و دو وزیر "
            "قرار است دو هفته دیگر در حاشیه نشست شانگهای با یکدیگر دیدار کنند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-07-01"}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2025-06-28", "phone_call", "Sergei Lavrov", "Abbas Araghchi"),
        ("2025-07-15", "meeting", "Sergei Lavrov", "Abbas Araghchi")]
    assert df.set_index("type").loc["meeting", "status"] == "planned"


@pytest.mark.parametrize("text,published,expected", [
    ("روحانی پیش از دیدار با پوتین، عصر دوشنبه با دیمیتری مدودف، نخست‌وزیر روسیه، دیدار کرده بود.", "2017-03-29",
     ("2017-03-27", "Dmitry Medvedev", "Hassan Rouhani")),
    ("والتقى عراقجي، قبل لقائه مع بوتين، وزير الخارجية سيرغي لافروف يوم الاثنين.", "2025-04-15",
     ("2025-04-14", "Sergei Lavrov", "Abbas Araghchi")),
])
def test_the_person_of_another_contact_named_as_a_time_is_no_party(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["russia"], row["iran"]) == expected


def test_a_deputy_s_meeting_with_a_third_party_before_a_trip_to_moscow_is_no_contact():
    text = ("باقری کنی عصر دیروز در مسکو با سرگئی ریابکوف دیدار کرد. معاون سیاسی وزیر امور خارجه پیش از سفر به مسکو، "
            "دوشنبه در وین با انریکه مورا دیدار کرده بود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2021-12-16"}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == [("2021-12-15", "Sergei Ryabkov", "Ali Bagheri Kani")]


@pytest.mark.parametrize("text,published,expected", [
    # not the start of a "since", nor the day of the predecessor's visit told as a time (a contact of its own)
    ("حل سيرغي شويغو، أمين مجلس الأمن الروسي، يوم الإثنين 5 غشت بطهران، حيث التقى الرئيس الإيراني مسعود بزشكيان "
     "وأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان، في زيارة هي الأولى من نوعها لشويغو منذ تعيينه في منصبه في "
     "ماي الماضي، وبعد زيارة سلفه نيكولاي باتروشيف إلى طهران في نونبر 2022.", "2024-08-06",
     [("2022-11-01", "visit", "Nikolai Patrushev", "Iran"),
      ("2024-08-05", "meeting", "Sergei Shoigu", "Ali Akbar Ahmadian"),
      ("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian")]),
    # the signing during a visit on the day its own part of the sentence names
    ("يبدأ الرئيس الإيراني مسعود بزشكيان اليوم زيارة رسمية إلى روسيا لمدة ثلاثة أيام، يوقع خلالها مع نظيره فلاديمير "
     "بوتين معاهدة الشراكة يوم الجمعة.", "2025-01-16",
     [("2025-01-16", "visit", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian")]),
    # another contact told as a time, a word between («قبيل جولة المحادثات»), is neither the day nor the place
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني أمس في دوشنبه. وبحث الرئيسان الملف النووي قبيل "
     "جولة المحادثات المقررة في جنيف يوم 20 أكتوبر.", "2014-09-13",
     [("2014-09-12", "meeting", "Vladimir Putin", "Hassan Rouhani")]),
])
def test_the_day_of_a_contact_is_not_a_since_or_another_contact_s(text, published, expected):
    assert _contacts(text, published) == expected


def test_a_trip_named_as_a_purpose_is_not_the_contact_when_talks_are_named():
    text = ("سرگئی لاوروف، وزیر خارجه روسیه، فردا شب برای سفری دوروزه وارد تهران می‌شود و روز پنجشنبه با حسین "
            "امیرعبداللهیان درباره برجام گفت‌وگو خواهد کرد.")
    row = _one_row(text, "2022-06-21")
    assert (row["type"], row["status"], row["date_start"], row["iran"]) == (
        "talks", "planned", "2022-06-23", "Hossein Amir-Abdollahian")


@pytest.mark.parametrize("text,published,expected", [
    # the recipient named after «پیامی به», not the late president the condolences are about
    ("ولادیمیر پوتین امروز دوشنبه ۳۱ اردیبهشت ۱۴۰۳ در پیامی به آیت‌الله خامنه‌ای، درگذشت ابراهیم رئیسی در سانحه "
     "روز یکشنبه را تسلیت گفت.", "2024-05-20", ("2024-05-20", "message", "Vladimir Putin", "Ali Khamenei")),
    ("بعث الرئيس الروسي فلاديمير بوتين اليوم برقية تعزية إلى المرشد علي خامنئي والرئيس مسعود بزشكيان بضحايا انفجار "
     "منجم طبس.", "2024-09-23", ("2024-09-23", "message", "Vladimir Putin", "Ali Khamenei; Masoud Pezeshkian")),
])
def test_a_message_goes_to_the_party_named_as_its_recipient(text, published, expected):
    row = _one_row(text, published)
    assert (row["date_start"], row["type"], row["russia"], row["iran"]) == expected


def test_people_met_one_after_another_are_a_meeting_each():
    text = "التقى الرئيس الروسي فلاديمير بوتين في طهران، أمس الثلاثاء، المرشد الإيراني علي خامنئي ثم الرئيس إبراهيم رئيسي."
    df = build_chronology([{"id": "x", "text": text, "published": "2022-07-20"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2022-07-19", "Vladimir Putin", "Ali Khamenei"), ("2022-07-19", "Vladimir Putin", "Ebrahim Raisi")]


def test_a_meeting_right_before_a_dated_statement_is_on_the_statement_s_day():
    text = ("أعلن المدير العام لمؤسسة روساتوم أليكسي ليخاتشوف، أمس، أن بلاده مستعدة لبناء وحدات نووية جديدة في إيران، "
            "وذلك عقب لقائه رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي في موسكو.")
    row = _one_row(text, "2025-02-18")
    assert (row["type"], row["date_start"], row["russia"], row["iran"]) == (
        "meeting", "2025-02-17", "Alexei Likhachev", "Mohammad Eslami")


@pytest.mark.parametrize("text,published,expected", [
    # the signing told in a relative clause about the treaty, on its own day (not the ratification's)
    ("صادق مجلس الدوما الروسي، يوم الثلاثاء 8 أفريل 2025، على معاهدة الشراكة مع إيران، التي وقعها الرئيسان فلاديمير "
     "بوتين ومسعود بزشكيان بموسكو في 17 جانفي الماضي.", "2025-04-09",
     [("2025-01-17", "agreement", "occurred", "Vladimir Putin", "Masoud Pezeshkian")]),
    # a message that recalls a signing: both, each on its day
    ("مسعود پزشکیان امروز در پیامی به ولادیمیر پوتین روز ملی روسیه را تبریک گفت و ابراز امیدواری کرد پیمانی که "
     "دی‌ماه گذشته در مسکو امضا شد، هرچه زودتر اجرا شود.", "2025-06-12",
     [("2024-12-21", "agreement", "occurred", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2025-06-12", "message", "occurred", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_a_signing_recalled_beside_another_act_keeps_its_own_day(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert sorted(zip(df["date_start"], df["type"], df["status"], df["russia"], df["iran"])) == expected


def test_a_clause_after_while_is_its_own_contact_with_its_own_day():
    text = ("احتضنت طهران، اليوم (الجمعة)، قمة ثلاثية. وعقد بوتين وروحاني اجتماعاً ثنائياً قبل انطلاق القمة، فيما "
            "التقى وزيرا الخارجية سيرغي لافروف ومحمد جواد ظريف، أمس (الخميس)، للتحضير للقمة.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-09-07"}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2018-09-06", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif"),
        ("2018-09-07", "meeting", "Vladimir Putin", "Hassan Rouhani")]


@pytest.mark.parametrize("text,published,expected", [
    # «and Putin also …»: a second contact with its own parties and day
    ("پیش‌تر سرگئی شویگو، دبیر شورای امنیت روسیه، ۱۵ مرداد امسال در تهران با رئیس‌جمهور دیدار کرده بود و پوتین نیز "
     "۱۶ تیر با ارسال پیامی پیروزی پزشکیان در انتخابات را به وی تبریک گفته بود.", "2024-10-12",
     [("2024-07-06", "message", "Vladimir Putin", "Masoud Pezeshkian"),
      ("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian")]),
    # a marker and a party inside a relative clause about the subject do not make the contact theirs
    ("پزشکیان و پوتین عصر جمعه در عشق‌آباد دیدار کردند. سید عباس عراقچی، وزیر امور خارجه، که پزشکیان را در این سفر "
     "همراهی می‌کرد، صبح همان روز با سرگئی لاوروف دیدار کرده بود.", "2024-10-12",
     [("2024-10-11", "meeting", "Sergei Lavrov", "Abbas Araghchi"),
      ("2024-10-11", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_a_second_contact_in_one_sentence_and_a_relative_clause_s_party(text, published, expected):
    assert _contacts(text, published) == expected


def test_a_contact_on_an_occasion_keeps_its_day():
    # «on the occasion of» keeps its date for a meeting (it is a message's occasion, not its day)
    row = _one_row("التقى بوتين بزشكيان في موسكو بمناسبة يوم النصر في 9 مايو.", "2025-05-10")
    assert (row["type"], row["date_start"]) == ("meeting", "2025-05-09")


def test_a_headline_is_found_in_the_original_text_even_with_marks():
    kicker = "ـــ".join("عــاجــل مــن مــوســكــو")  # a date line or kicker drawn out with tatweel
    text = (kicker + "\nبوتين يستقبل عراقجي في الكرملين\n"
            "موسكو - استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي أمس في الكرملين.")
    assert _contacts(text, "2025-04-18") == [("2025-04-17", "meeting", "Vladimir Putin", "Abbas Araghchi")]


@pytest.mark.parametrize("text,published,expected", [
    # a «since» date alone does not date the visit the sentence goes on about …
    ("حسن روحانی روز سه‌شنبه ۸ فروردین در کرملین با ولادیمیر پوتین دیدار کرد. این نخستین سفر رسمی روحانی به روسیه "
     "از زمان آغاز ریاست‌جمهوری او در سال ۹۲ است.", "2017-03-29",
     [("2017-03-28", "meeting", "Vladimir Putin", "Hassan Rouhani")]),
    # … but the contact a «since» starts from has its day
    ("وهذه أول زيارة رسمية لرئيس إيراني إلى روسيا منذ زيارة حسن روحاني لموسكو ولقائه بوتين في 28 مارس 2017.",
     "2022-01-20", [("2017-03-28", "visit", "Vladimir Putin", "Hassan Rouhani")]),
])
def test_a_since_date_and_the_contact_it_starts_from(text, published, expected):
    assert [row[:1] + row[2:] for row in _contacts(text, published)] == [row[:1] + row[2:] for row in expected]


@pytest.mark.parametrize("text,published,expected", [
    # a meeting told in a relative clause about the subject, naming the other side, is a row of its own
    ("سید عباس عراقچی که دوشنبه ۲ تیر در کرملین با ولادیمیر پوتین دیدار کرده بود، امروز در تماس تلفنی با سرگئی "
     "لاوروف گفت‌وگو کرد.", "2025-06-24",
     [("2025-06-23", "meeting", "Vladimir Putin", "Abbas Araghchi"),
      ("2025-06-24", "phone_call", "Sergei Lavrov", "Abbas Araghchi")]),
    # «this document» signed by the ministers: on the day of the signing just reported
    ("موافقتنامه راه‌آهن روز چهارشنبه ۲۷ اردیبهشت با حضور رئیسی و پوتین به صورت ویدئوکنفرانس امضا شد. این سند را "
     "مهرداد بذرپاش و ویتالی ساولیف، وزیر حمل‌ونقل روسیه، امضا کردند.", "2023-05-18",
     [("2023-05-17", "agreement", "Vitaly Savelyev", "Mehrdad Bazrpash"),
      ("2023-05-17", "agreement", "Vladimir Putin", "Ebrahim Raisi"),
      ("2023-05-17", "phone_call", "Vladimir Putin", "Ebrahim Raisi")]),
    # the Russian transport minister of the day
    ("بحثت وزيرة الطرق الإيرانية فرزانة صادق مع وزير النقل الروسي في موسكو يوم 20 مايو 2025 مشروع سكة حديد رشت-أستارا.",
     "2025-05-22", [("2025-05-20", "talks", "Roman Starovoit", "Farzaneh Sadegh")]),
])
def test_relative_clause_contacts_signatories_and_ministers_of_the_day(text, published, expected):
    assert _contacts(text, published) == expected


@pytest.mark.parametrize("document", ["موافقت‌نامه", "موافقت نامه", "موافقتنامه"])
def test_an_agreement_written_with_nameh_is_no_letter(document):
    text = (document + " ساخت راه‌آهن امروز چهارشنبه در نشستی ویدئویی با حضور رئیسی و ولادیمیر پوتین به امضای "
            "مهرداد بذرپاش و ویتالی ساولیف رسید.")
    assert {row[1] for row in _contacts(text, "2023-05-17")} <= {"agreement", "phone_call"}


@pytest.mark.parametrize("text,published", [
    ("پوتین در پیامی پیروزی ابراهیم رئیسی در انتخابات را تبریک گفت. پیام پوتین شنبه شب به دفتر رئیس‌جمهور منتخب "
     "تحویل داده شد.", "2021-06-20"),
    ("هنأ بوتين إبراهيم رئيسي بفوزه. وبعث بوتين مساء السبت برقية إلى الرئيس الإيراني المنتخب.", "2021-06-20"),
])
def test_the_president_elect_is_not_the_president_of_the_day(text, published):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert "Hassan Rouhani" not in set(df["iran"])
    assert list(zip(df["type"], df["russia"], df["iran"])) == [("message", "Vladimir Putin", "Ebrahim Raisi")]


@pytest.mark.parametrize("text,published,expected", [
    # a president's visit with no host named: the other president receives him; a minister's: the country
    ("زار الرئيس الإيراني حسن روحاني موسكو يوم 28 مارس 2017.", "2017-03-30",
     [("2017-03-28", "visit", "Vladimir Putin", "Hassan Rouhani")]),
    ("زار وزير الخارجية الإيراني محمد جواد ظريف موسكو يوم 28 مارس 2017.", "2017-03-30",
     [("2017-03-28", "visit", "Russia", "Mohammad Javad Zarif")]),
    # a dated contact told as the time of another is a contact of its own
    ("این دومین دیدار دو رئیس‌جمهور پس از سفر رئیسی به مسکو در ۲۹ دی است.", "2022-06-30",
     [("2022-01-19", "visit", "Vladimir Putin", "Ebrahim Raisi")]),
])
def test_visits_with_no_host_named(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == expected


def test_a_meeting_of_one_with_several_is_a_row_per_pair():
    text = ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران أمس، والتقى اليوم الخميس نظيره الإيراني حسين أمير "
            "عبد اللهيان والرئيس إبراهيم رئيسي.")
    df = build_chronology([{"id": "x", "text": text, "published": "2022-06-23"}])
    rows = sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"]))
    assert rows == [("2022-06-23", "meeting", "Sergei Lavrov", "Ebrahim Raisi"),
                    ("2022-06-23", "meeting", "Sergei Lavrov", "Hossein Amir-Abdollahian")]
    assert df["event_id"].is_unique


def test_a_planned_meeting_with_several_stays_one_row():
    text = "سيلتقي وزير الخارجية الروسي سيرغي لافروف غداً الجمعة الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان."
    df = build_chronology([{"id": "x", "text": text, "published": "2022-06-23"}])
    assert list(zip(df["russia"], df["iran"])) == [("Sergei Lavrov", "Ebrahim Raisi; Hossein Amir-Abdollahian")]


@pytest.mark.parametrize("text,published,expected", [
    # the one a funeral is for is no party; condolences carried are the sender's message
    ("شارك رئيس مجلس الدوما الروسي فياتشيسلاف فولودين، أمس الأربعاء، في مراسم تشييع الرئيس الإيراني الشهيد السيد "
     "إبراهيم رئيسي في طهران، والتقى على هامشها القائم بأعمال رئيس الجمهورية محمد مخبر، ناقلاً إليه تعازي الرئيس "
     "فلاديمير بوتين.", "2024-05-23",
     [("2024-05-22", "meeting", "Vyacheslav Volodin", "Mohammad Mokhber"),
      ("2024-05-22", "message", "Vladimir Putin", "Mohammad Mokhber")]),
    # an epithet is no funeral: «the late president», met when he was alive
    ("وكان ميشوستين قد التقى الرئيس الراحل إبراهيم رئيسي في موسكو يوم 7 ديسمبر 2023.", "2024-10-01",
     [("2023-12-07", "meeting", "Mikhail Mishustin", "Ebrahim Raisi")]),
])
def test_the_mourned_is_no_party(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == sorted(expected)


@pytest.mark.parametrize("text,published,expected", [
    # the name after «adviser to the president» is the one advised when he holds that office on the day
    ("التقى كبير مستشاري الرئيس الروسي فلاديمير بوتين يوري أوشاكوف، أمس في موسكو، وزير الخارجية الإيراني عباس "
     "عراقجي.", "2025-08-20", [("2025-08-19", "Yuri Ushakov", "Abbas Araghchi")]),
    # (a deputy named after his title is the deputy)
    ("بحث نائب وزير الخارجية الإيراني علي باقري كني مع نظيره الروسي سيرغي ريابكوف أول أمس في موسكو الملف النووي.",
     "2023-03-16", [("2023-03-14", "Sergei Ryabkov", "Ali Bagheri Kani")]),
])
def test_the_one_advised_is_no_party(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a video meeting is a call
    ("محمد اسلامی، وزیر راه و شهرسازی، پنجشنبه ۲۱ فروردین در نشستی ویدئویی با یوگنی دیتریش، وزیر حمل‌ونقل روسیه، "
     "گفت‌وگو کرد.", "2020-04-12", [("2020-04-09", "phone_call", "Yevgeny Dietrich", "Mohammad Eslami")]),
    # «به امضای … رسید»: signed by the people named
    ("تفاهم‌نامه همکاری دیروز در تهران به امضای محسن خجسته‌مهر و الکسی میلر رسید.", "2022-07-20",
     [("2022-07-19", "agreement", "Alexei Miller", "Mohsen Khojastehmehr")]),
])
def test_video_meetings_and_signatures(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the trip a message invites to is what it says: the message is the contact
    ("پوتین ۲۶ خرداد در پیامی پیروزی روحانی در انتخابات را تبریک گفته و او را به سفر به مسکو دعوت کرده بود.",
     "2013-09-13", [("2013-06-16", "message", "Vladimir Putin", "Hassan Rouhani")]),
    ("بعث بوتين أمس برقية تهنئة إلى بزشكيان ودعاه إلى زيارة موسكو.", "2024-07-07",
     [("2024-07-06", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
])
def test_an_invitation_in_a_message_is_the_message(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a date of what was talked about is not the contact's day
    ("کاظم جلالی، سفیر ایران در روسیه، روز سه‌شنبه با سرگئی ریابکوف، معاون وزیر امور خارجه روسیه، دیدار و درباره "
     "آینده برجام پس از انتخابات ۳ نوامبر آمریکا گفت‌وگو کرد.", "2020-11-12", [("2020-11-10", "Sergei Ryabkov", "Kazem Jalali")]),
    # (a treaty named in the topic is the topic too)
    ("روز سه‌شنبه کاظم جلالی با سرگئی ریابکوف دیدار و درباره اجرای توافق ۱۴ ژوئیه گفت‌وگو کرد.", "2020-11-12",
     [("2020-11-10", "Sergei Ryabkov", "Kazem Jalali")]),
])
def test_a_date_of_the_topic_is_not_the_contact_s(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == expected


def test_a_message_handed_over_after_a_statement_is_on_the_reception_s_day():
    text = ("استقبل الرئيس الروسي فلاديمير بوتين، أمس الاثنين، وزير الخارجية الإيراني عباس عراقجي. ووصف بوتين الهجمات "
            "بأنها عدوان. وسلّم عراقجي الرئيس الروسي رسالة من الرئيس مسعود بزشكيان.")
    contacts = find_contacts(text, find_dates(text, published="2025-06-24"), doc="x", published=dt.date(2025, 6, 24))
    assert [(c.type, c.date_start) for c in contacts if c.iran_ids == ("araghchi",)] == \
        [("meeting", dt.date(2025, 6, 23))] * 2


def test_an_occasion_that_happened_is_not_a_plan_s_day():
    from timeline.contacts import Contact, _date_of_occasion

    def contact(status, day=None):
        c = Contact(doc="x", evidence="", start=0, end=0, type="meeting", status=status, russia_ids=("putin",),
                    iran_ids=("raisi",), actors_raw=())
        c.date_start = c.date_end = day
        return c
    talks = contact("occurred")
    _date_of_occasion(talks, [(0, contact("occurred", dt.date(2022, 1, 19))), (1, contact("planned", dt.date(2022, 1, 20)))])
    assert talks.date_start == dt.date(2022, 1, 19)


def test_the_meeting_a_message_was_handed_over_at_is_not_with_its_addressee():
    text = "وكان ظريف قد زار موسكو في 21 يوليو الماضي، حيث التقى لافروف وسلمه رسالة شفهية من روحاني إلى بوتين."
    df = build_chronology([{"id": "x", "text": text, "published": "2020-09-24"}])
    rows = sorted(zip(df["type"], df["russia"], df["iran"]))
    assert ("meeting", "Sergei Lavrov", "Mohammad Javad Zarif") in rows
    assert ("meeting", "Vladimir Putin", "Mohammad Javad Zarif") not in rows


def test_at_this_same_meeting_is_its_day():
    text = ("رئیسی عصر چهارشنبه ۲۹ دی در کاخ کرملین با ولادیمیر پوتین دیدار کرد. در همین دیدار، حسین امیرعبداللهیان "
            "پیش‌نویس سند همکاری را به سرگئی لاوروف تحویل داد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2022-01-20"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2022-01-19", "Sergei Lavrov", "Hossein Amir-Abdollahian"), ("2022-01-19", "Vladimir Putin", "Ebrahim Raisi")]


def test_a_verb_and_a_clause_with_a_day_of_its_own_is_another_contact():
    text = ("ولایتی دیروز پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد. او روز چهارشنبه نیز با سرگئی لاوروف دیدار "
            "کرده بود و قرار است امروز با یوری اوشاکوف گفت‌وگو کند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-07-13"}])
    rows = sorted(zip(df["date_start"], df["status"], df["russia"], df["iran"]))
    assert ("2018-07-11", "occurred", "Sergei Lavrov", "Ali Akbar Velayati") in rows
    assert ("2018-07-13", "planned", "Yuri Ushakov", "Ali Akbar Velayati") in rows


def test_a_treaty_ready_to_sign_is_planned():
    df = build_chronology([{"id": "x", "text": "قال بوتين إن معاهدة الشراكة مع بزشكيان «جاهزة للتوقيع».",
                            "published": "2024-10-24"}])
    assert list(zip(df["date_start"], df["type"], df["status"])) == [("", "agreement", "planned")]


def test_a_message_an_envoy_hands_to_a_deputy_goes_to_its_addressee():
    text = ("سلّم السفير الإيراني لدى روسيا مهدي سنائي، أول أمس، نائب وزير الخارجية الروسي ميخائيل بوغدانوف رسالة من "
            "وزير الخارجية محمد جواد ظريف إلى نظيره الروسي سيرغي لافروف، تتعلق بمسار المفاوضات النووية.")
    df = build_chronology([{"id": "x", "text": text, "published": "2014-12-04"}])
    assert sorted(zip(df["date_start"], df["type"], df["status"], df["russia"], df["iran"])) == [
        ("2014-12-02", "meeting", "occurred", "Mikhail Bogdanov", "Mehdi Sanaei"),
        ("2014-12-02", "message", "occurred", "Sergei Lavrov", "Mohammad Javad Zarif")]


def test_reports_of_a_visit_the_kremlin_rejected_are_no_contact():
    text = "کرملین در عین حال گزارش‌ها درباره سفر قریب‌الوقوع پوتین به تهران را رد کرده است."
    assert build_chronology([{"id": "x", "text": text, "published": "2025-04-18"}]).empty


def test_a_call_of_its_own_day_about_the_trip_just_told_is_a_call():
    text = ("اوشاکوف روز پنجشنبه اعلام کرد سفر ولادیمیر پوتین به تهران به تعویق افتاده است. به گفته او، پوتین و مسعود "
            "پزشکیان پریروز در گفت‌وگویی تلفنی بر سر زمان جدید این سفر توافق کردند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2026-02-05"}])
    assert ("2026-02-03", "phone_call", "Vladimir Putin", "Masoud Pezeshkian") in \
        set(zip(df["date_start"], df["type"], df["russia"], df["iran"]))


def test_a_hope_after_a_message_is_a_planned_contact_of_its_own():
    text = ("ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی فرا رسیدن نوروز را به حسن روحانی تبریک گفت و ابراز امیدواری "
            "کرد دو رئیس‌جمهور به زودی در اجلاس سه‌جانبه آستانه دیدار کنند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2019-03-21"}])
    assert sorted(zip(df["date_start"], df["type"], df["status"], df["russia"], df["iran"])) == [
        ("", "meeting", "planned", "Vladimir Putin", "Hassan Rouhani"),
        ("2019-03-21", "message", "occurred", "Vladimir Putin", "Hassan Rouhani")]


def test_talks_still_to_come_do_not_take_the_day_of_a_meeting_already_over():
    text = ("سرگئی تسیویلف، وزیر انرژی روسیه، ماه گذشته در تهران با محسن پاک‌نژاد دیدار کرده بود و قرار است دور بعدی "
            "گفت‌وگوها در مسکو برگزار شود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-05-20"}])
    assert sorted(zip(df["date_start"], df["status"])) == [("", "planned"), ("2025-03-21", "occurred")]


def test_a_common_surname_names_the_person_the_document_names_in_full():
    named_in_full = ("بحث رئيس الأركان الإيراني اللواء عبد الرحيم موسوي مع الجنرال فاليري غيراسيموف، في اتصال مرئي أمس "
                     "الأربعاء، سبل التعاون. ومن المقرر أن يزور موسوي موسكو الأسبوع المقبل.")
    df = build_chronology([{"id": "x", "text": named_in_full, "published": "2026-04-09"}])
    assert sorted(zip(df["type"], df["status"], df["iran"])) == [
        ("phone_call", "occurred", "Abdolrahim Mousavi"), ("visit", "planned", "Abdolrahim Mousavi")]
    # (not named in full: «موسوي» is anybody; two of that name named in full: neither)
    alone = "ومن المقرر أن يزور موسوي موسكو الأسبوع المقبل."
    assert build_chronology([{"id": "x", "text": alone, "published": "2026-04-09"}]).empty
    both = ("التقى علي باقري كني ومحمد باقري في طهران أمس. وقال باقري إنه سيزور موسكو الأسبوع المقبل للقاء "
            "لافروف.")
    df = build_chronology([{"id": "x", "text": both, "published": "2024-04-09"}])
    assert "planned" not in set(df["status"])


def test_no_surname_is_also_a_full_spelling_of_someone():
    """A form in [surnames] must not be an actor's spelling too (the table would read it both ways)."""
    import tomllib
    from importlib import resources

    for code in ("fa", "ar"):
        table = tomllib.loads(resources.files("timeline.lang").joinpath(f"{code}.contacts.toml")
                              .read_text(encoding="utf-8"))
        spellings = {form for forms in table["actors"].values() for form in forms}
        surnames = {form for forms in table["surnames"].values() for form in forms}
        assert surnames and not surnames & spellings


def test_the_one_succeeded_in_office_is_no_party():
    text = ("ومن المقرر أن يزور اللواء عبد الرحيم موسوي موسكو الأسبوع المقبل، في أول زيارة له منذ تعيينه خلفاً "
            "للواء محمد باقري.")
    df = build_chronology([{"id": "x", "text": text, "published": "2026-04-09"}])
    assert list(zip(df["date_start"], df["iran"])) == [("2026-04-13", "Abdolrahim Mousavi")]


def test_the_one_a_report_is_according_to_is_no_party_when_another_of_his_side_is_named():
    text = ("کاظم جلالی، سفیر کشورمان در روسیه، گفت که رئیسی و پوتین روز سه‌شنبه تلفنی گفت‌وگو کرده‌اند. به گفته جلالی، "
            "سفر رئیس‌جمهور به مسکو اواخر دی انجام خواهد شد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2021-12-16"}])
    assert ("2022-01-11", "visit", "Vladimir Putin", "Ebrahim Raisi") in \
        set(zip(df["date_start"], df["type"], df["russia"], df["iran"]))
    assert "Kazem Jalali" not in set(df["iran"])


@pytest.mark.parametrize("text,published,expected", [
    ("قال وزير النفط محسن باك نجاد إن أليكسي ميلر سيزور طهران بعد عيد الفطر.", "2026-03-04", [""]),
    ("ودعا محمد رضا عارف إلى عقد الاجتماع المقبل مع أوفرتشوك في موسكو قبل نهاية العام الجاري.", "2026-03-04", [""]),
    # (a time of day is no «after»: «بعد ظهر اليوم» is this afternoon)
    ("سيصل لافروف إلى طهران بعد ظهر اليوم للقاء عراقجي.", "2025-03-04", ["2025-03-04"]),
])
def test_a_contact_to_come_after_a_day_is_not_on_it(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(df["date_start"]) == expected


@pytest.mark.parametrize("text,published,expected", [
    # the one whose visit was prepared is the topic, not a party
    ("والتقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف، الاثنين، السفير الإيراني في موسكو كاظم جلالي، وبحثا "
     "التحضيرات لزيارة أوفرتشوك.", "2026-03-04", [("2026-03-02", "Mikhail Bogdanov", "Kazem Jalali")]),
    # (the one «with» whom the summit of the trip is held is a party)
    ("ولادیمیر پوتین روز جمعه ۷ سپتامبر برای شرکت در نشست سه‌جانبه با حسن روحانی و رجب طیب اردوغان به تهران سفر کرد.",
     "2018-09-08", [("2018-09-07", "Vladimir Putin", "Hassan Rouhani")]),
])
def test_the_one_whose_trip_is_a_purpose_is_no_party(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == expected


def test_a_signing_told_with_a_meeting_is_on_the_meetings_day():
    text = ("استقبل الإمام السيد علي الخامنئي، أمس الاثنين، الرئيس الروسي فلاديمير بوتين الذي وصل إلى طهران للمشاركة في "
            "قمة الدول المصدرة للغاز. والتقى بوتين على هامش القمة الرئيس الشيخ حسن روحاني، ووقّع وزراء البلدين بحضور "
            "الرئيسين سبع وثائق للتعاون.")
    df = build_chronology([{"id": "x", "text": text, "published": "2015-11-24"}])
    assert sorted(zip(df["date_start"], df["type"], df["iran"])) == [
        ("2015-11-23", "agreement", "Hassan Rouhani"), ("2015-11-23", "meeting", "Ali Khamenei"),
        ("2015-11-23", "meeting", "Hassan Rouhani")]


@pytest.mark.parametrize("text,published,expected", [
    # a relative clause at the end of an Arabic sentence, about the guest: his arrival is background
    ("استقبل الرئيس إبراهيم رئيسي صباح اليوم الخميس وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى طهران مساء أمس "
     "الأربعاء في زيارة رسمية.", "2022-06-23", [("2022-06-23", "meeting")]),
    # (and one after someone who is no party, «الوفد المرافق له»)
    ("استقبل رئيس مجلس الشورى علي لاريجاني اليوم الأحد رئيس مجلس الدوما سيرغي ناريشكين والوفد المرافق له، الذي وصل "
     "إلى طهران مساء أمس في زيارة تستغرق ثلاثة أيام.", "2013-05-19", [("2013-05-19", "meeting")]),
])
def test_an_arrival_told_in_a_relative_clause_does_not_date_the_meeting(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["type"])) == expected


def test_a_comma_and_a_clause_naming_two_other_people_is_a_contact_of_its_own():
    text = ("وكان روحاني قد بعث في 12 شباط/فبراير برقية مماثلة إلى بوتين إثر تحطم طائرة ركاب روسية، وأجرى وزير الخارجية "
            "محمد جواد ظريف في اليوم نفسه اتصالاً هاتفياً بنظيره سيرغي لافروف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-02-19"}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2018-02-12", "message", "Vladimir Putin", "Hassan Rouhani"),
        ("2018-02-12", "phone_call", "Sergei Lavrov", "Mohammad Javad Zarif")]


def test_a_message_handed_over_in_a_clause_of_its_own_is_on_the_meetings_day():
    text = ("التقى رئيس البرلمان الإيراني محمد باقر قاليباف، أمس الثلاثاء، رئيس مجلس الدوما الروسي فياتشيسلاف فولودين في "
            "موسكو، وسلّمه رسالة من المرشد الأعلى علي خامنئي موجهة إلى الرئيس فلاديمير بوتين.")
    df = build_chronology([{"id": "x", "text": text, "published": "2021-02-10"}])
    assert set(zip(df["date_start"], df["type"], df["russia"], df["iran"])) >= {
        ("2021-02-09", "meeting", "Vyacheslav Volodin", "Mohammad Bagher Ghalibaf"),
        ("2021-02-09", "message", "Vladimir Putin", "Ali Khamenei")}


def test_who_says_the_two_leaders_agreed_to_meet_is_no_party_of_theirs():
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني، اليوم الخميس. وقال مساعد الرئيس الروسي يوري "
            "أوشاكوف للصحفيين إن الزعيمين اتفقا على اللقاء مجدداً في طهران في تشرين الثاني/نوفمبر المقبل.")
    df = build_chronology([{"id": "x", "text": text, "published": "2015-07-09"}])
    assert sorted(zip(df["date_start"], df["status"], df["russia"], df["iran"])) == [
        ("2015-07-09", "occurred", "Vladimir Putin", "Hassan Rouhani"),
        ("2015-11-01", "planned", "Vladimir Putin", "Hassan Rouhani")]


def test_the_date_of_a_killing_named_as_a_time_does_not_date_the_meeting():
    text = ("أجرى أمين مجلس الأمن الروسي سيرغي شويغو، اليوم الاثنين، مباحثات في طهران مع علي أكبر أحمديان. كما التقى "
            "شويغو اللواء محمد باقري، بعد أقل من أسبوع من اغتيال رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية في "
            "طهران فجر الأربعاء الماضي.")
    df = build_chronology([{"id": "x", "text": text, "published": "2024-08-05"}])
    assert sorted(zip(df["date_start"], df["iran"])) == [
        ("2024-08-05", "Ali Akbar Ahmadian"), ("2024-08-05", "Mohammad Bagheri")]


def test_the_visit_a_sentence_names_twice_is_its_own_not_the_one_before():
    text = ("كما التقى شويغو اللواء محمد باقري، وبحث معه التعاون العسكري. وكان شويغو قد زار طهران بصفته وزيراً للدفاع "
            "في 20 كانون الثاني/يناير 2015، ووقع خلال الزيارة مع نظيره حسين دهقان اتفاقية للتعاون العسكري.")
    df = build_chronology([{"id": "x", "text": text, "published": "2024-08-05"}])
    assert ("2015-01-20", "agreement", "Hossein Dehghan") in set(zip(df["date_start"], df["type"], df["iran"]))
    assert ("2015-01-20", "Mohammad Bagheri") not in set(zip(df["date_start"], df["iran"]))


def test_this_russian_diplomat_is_the_one_named_before_and_his_day_is_before_the_verb():
    text = ("میخائیل بوگدانوف، معاون وزیر امور خارجه روسیه، دیروز با حسین امیرعبداللهیان دیدار و گفت‌وگو کرد. این دیپلمات "
            "روس قرار است امروز با علی‌اکبر صالحی، وزیر امور خارجه، دیدار کند و فردا تهران را به مقصد دمشق ترک خواهد کرد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2012-02-15"}])
    assert sorted(zip(df["date_start"], df["status"], df["russia"], df["iran"])) == [
        ("2012-02-14", "occurred", "Mikhail Bogdanov", "Hossein Amir-Abdollahian"),
        ("2012-02-15", "planned", "Mikhail Bogdanov", "Ali Akbar Salehi")]


def test_a_meeting_a_message_hopes_for_is_what_it_says():
    text = ("بعث الرئيس الروسي فلاديمير بوتين أمس السبت برقية تهنئة إلى الرئيس الإيراني المنتخب الشيخ حسن روحاني، أعرب "
            "فيها عن ثقته بأن التعاون بين البلدين «سيتعزز»، وعن أمله في لقائه «في أقرب فرصة».")
    df = build_chronology([{"id": "x", "text": text, "published": "2013-06-16"}])
    assert list(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2013-06-15", "message", "Vladimir Putin", "Hassan Rouhani")]


def test_a_call_to_come_in_a_phrase_quoted_is_planned():
    # («در روزهای آینده» is a phrase of the clause, and «گفت» in «گفت‌وگو» no past verb)
    text = ("ولادیمیر پوتین روز شنبه در پیامی به حسن روحانی، پیروزی او را تبریک گفت. به گفته دیمیتری پسکوف، سخنگوی "
            "کرملین، گفت‌وگوی تلفنی دو رئیس‌جمهور «در روزهای آینده» انجام می‌شود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2017-05-21"}])
    assert sorted(zip(df["date_start"], df["type"], df["status"])) == [
        ("", "phone_call", "planned"), ("2017-05-20", "message", "occurred")]


def test_readiness_to_meet_told_in_a_cable_is_what_it_says():
    text = ("بعث الرئيس الروسي فلاديمير بوتين، أمس السبت، برقية تهنئة إلى إبراهيم رئيسي. وأعرب بوتين في برقيته عن ثقته "
            "بأن عمل رئيسي «سيسهم في تطوير العلاقات بين البلدين»، مؤكداً استعداده للقاء الرئيس المنتخب «في أقرب فرصة».")
    df = build_chronology([{"id": "x", "text": text, "published": "2021-06-20"}])
    assert list(zip(df["date_start"], df["type"])) == [("2021-06-19", "message")]


def test_an_invitation_to_visit_one_side_is_no_gathering_both_attend():
    text = ("قال الرئيس الإيراني إبراهيم رئيسي ذلك خلال لقائه الرئيس فلاديمير بوتين مساء أمس الخميس على هامش قمة منظمة "
            "شنغهاي للتعاون في سمرقند. ووفق ما أعلنه مساعد الرئيس الروسي يوري أوشاكوف، فإن بوتين قبل دعوة سلمها له رئيسي "
            "لزيارة طهران مجدداً، بعد زيارته الأخيرة لها في 19 تموز/يوليو الماضي.")
    df = build_chronology([{"id": "x", "text": text, "published": "2022-09-16"}])
    rows = set(zip(df["date_start"], df["type"], df["russia"], df["iran"]))
    assert ("2022-09-15", "meeting", "Vladimir Putin", "Ebrahim Raisi") in rows
    assert ("2022-07-19", "visit", "Vladimir Putin", "Ebrahim Raisi") in rows
    assert "summit" not in set(df["type"]) and "Yuri Ushakov" not in " ".join(df["russia"])


@pytest.mark.parametrize("text,published,expected", [
    ("ولی‌الله سیف، رئیس کل بانک مرکزی، که در هیئت همراه رئیس‌جمهور بود، دیروز با الویرا نابیولینا، رئیس بانک مرکزی "
     "روسیه، دیدار کرد.", "2015-07-10", [("2015-07-09", "Elvira Nabiullina", "Valiollah Seif")]),
    # (the governor's deputy is no governor)
    ("التقى محافظ البنك المركزي الإيراني محمد رضا فرزين في طهران أمس بنائبة رئيسة البنك المركزي الروسي.", "2024-11-26",
     [("2024-11-25", "Russia", "Mohammad Reza Farzin")]),
])
def test_central_bank_governors_by_title_and_name(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == expected


def test_a_meeting_then_one_still_to_come_after_a_comma_and_as_planned():
    text = ("أجرى وفد برلماني إيراني برئاسة حشمت الله فلاحت بيشه، أمس الاثنين، محادثات في مجلس الدوما مع ليونيد سلوتسكي، "
            "ومن المقرر أن يلتقي الوفد اليوم الثلاثاء رئيس لجنة الشؤون الدولية في مجلس الاتحاد قسطنطين كوساتشيف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2019-04-23"}])
    assert sorted(zip(df["date_start"], df["status"], df["russia"], df["iran"])) == [
        ("2019-04-22", "occurred", "Leonid Slutsky", "Heshmatollah Falahatpisheh"),
        ("2019-04-23", "planned", "Konstantin Kosachev", "Heshmatollah Falahatpisheh")]


def test_separate_messages_an_envoy_hands_over_are_each_its_authors():
    text = ("علی‌اکبر ولایتی، مشاور رهبر معظم انقلاب در امور بین‌الملل، امروز پنجشنبه در کاخ کرملین با ولادیمیر پوتین "
            "دیدار و پیام‌های جداگانه حضرت آیت‌الله خامنه‌ای و حسن روحانی را به وی تسلیم کرد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-07-12"}])
    assert sorted(zip(df["type"], df["russia"], df["iran"])) == [
        ("meeting", "Vladimir Putin", "Ali Akbar Velayati"), ("message", "Vladimir Putin", "Ali Khamenei"),
        ("message", "Vladimir Putin", "Hassan Rouhani")]


def test_a_quoted_word_between_a_message_and_its_author():
    text = ("أعلن وزير الخارجية الإيراني محمد جواد ظريف أنه سلّم أمس الثلاثاء في موسكو رسالة «مهمة» من الرئيس حسن روحاني "
            "إلى الرئيس الروسي فلاديمير بوتين، خلال لقائه نظيره سيرغي لافروف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2020-07-22"}])
    assert ("2020-07-21", "message", "Hassan Rouhani") in set(zip(df["date_start"], df["type"], df["iran"]))


def test_a_ratification_and_the_signing_it_recalls():
    text = ("دومای دولتی روسیه دیروز سه‌شنبه ۱۹ فروردین معاهده مشارکت راهبردی جامع ایران و روسیه را تصویب کرد و این سند "
            "پس از تأیید شورای فدراسیون و امضای رئیس‌جمهور روسیه لازم‌الاجرا خواهد شد؛ این معاهده ۲۸ دی ۱۴۰۳ در کاخ "
            "کرملین به امضای مسعود پزشکیان و ولادیمیر پوتین رسیده بود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-04-09"}])
    assert list(zip(df["date_start"], df["type"], df["status"], df["russia"], df["iran"])) == [
        ("2025-01-17", "agreement", "occurred", "Vladimir Putin", "Masoud Pezeshkian")]


def test_ministers_sign_and_a_contract_is_decided_for_later():
    text = ("عباس آخوندی، وزیر راه و شهرسازی، و ماکسیم سوکولوف، وزیر حمل‌ونقل فدراسیون روسیه، ظهر امروز دوشنبه ۳۰ آذر "
            "در تهران یادداشت تفاهمی امضا کردند و مقرر شد قرارداد اجرایی این طرح سال آینده میلادی منعقد شود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2015-12-21"}])
    rows = set(zip(df["date_start"], df["type"], df["status"], df["russia"], df["iran"]))
    assert ("2015-12-21", "agreement", "occurred", "Maxim Sokolov", "Abbas Akhoundi") in rows


def test_a_summit_still_to_come_after_a_ministers_deal_is_the_presidents():
    text = ("وكشف وزير الطرق وبناء المدن الإيراني عباس آخوندي أنه سيوقع مع نظيره الروسي مكسيم سوكولوف اتفاقاً لتمويل خط "
            "سكة حديد رشت - آستارا خلال زيارة إلى موسكو بين 22 و24 آب/أغسطس الجاري، على أن تستضيف طهران القمة الثلاثية "
            "المقبلة عام 2017.")
    df = build_chronology([{"id": "x", "text": text, "published": "2016-08-09"}])
    summits = df[df["type"] == "summit"]
    assert list(zip(summits["russia"], summits["iran"])) == [("Vladimir Putin", "Hassan Rouhani")]


@pytest.mark.parametrize("text,published,expected", [
    # «يتطلع إلى» looks forward: still to come
    ("وقال فولودين إن الرئيس فلاديمير بوتين يتطلع إلى لقاء إبراهيم رئيسي «في أقرب فرصة».", "2021-08-05",
     [("", "meeting", "planned")]),
])
def test_looking_forward_to_a_meeting_is_a_plan(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["type"], df["status"])) == expected


def test_the_leader_named_by_the_office_an_adviser_serves_is_no_party():
    text = "کرملین اعلام کرد ولادیمیر پوتین روز یکشنبه در مسکو با علی لاریجانی، مشاور رهبر جمهوری اسلامی، دیدار کرد."
    df = build_chronology([{"id": "x", "text": text, "published": "2025-07-21"}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == [("2025-07-20", "Vladimir Putin", "Ali Larijani")]


MET = "التقى لافروف ظريف أمس في موسكو. "
MET_FA = "لاوروف و ظریف دیروز در مسکو دیدار کردند. "


@pytest.mark.parametrize("text,expected", [
    # an agreement recalled by its signing's year or day, after a participle or in a relative clause about it
    (MET + "وقال ظريف إن العقد الموقع مع موسكو عام 2007 «ما زال قائماً».", [("2007-01-01", "Russia", "Iran")]),
    (MET + "وقال ظريف إن الجانبين سيمددان معاهدة أسس العلاقات ومبادئ التعاون الموقعة في 12 آذار/مارس 2001.",
     [("2001-03-12", "Russia", "Iran")]),
    (MET + "وقال ظريف إن المحطة تعمل بموجب العقد الذي وقعه البلدان عام 1995.", [("1995-01-01", "Russia", "Iran")]),
    (MET_FA + "قرارداد اس-۳۰۰ که در سال ۲۰۰۷ میان دو کشور امضا شده بود، در سپتامبر ۲۰۱۰ لغو شد.",
     [("2007-01-01", "Russia", "Iran")]),
    (MET_FA + "دو طرف بر اجرای قرارداد امضاشده در سال ۱۳۸۶ تأکید کردند.", [("2007-03-21", "Russia", "Iran")]),
    # a year right after the document's name; a message denied in the sentence is not the treaty
    (MET + "وقال لافروف إن البلدين سيستبدلان معاهدة عام 2001 بمعاهدة جديدة، نافيا أن يكون قد حمل رسالة من بوتين.",
     [("2001-01-01", "Russia", "Iran")]),
    # not one signed with another country, nor the one the sentence reports, nor in a sentence about neither
    (MET + "وقال بوتين إن اتفاق موسكو الموقع مع أنقرة في الخامس من آذار/مارس الماضي يطبق بنجاح.", []),
    (MET + "وأشاد ظريف بالاتفاقية الموقعة أمس في موسكو.", []),
    ("أعلنت وزارة الخارجية المصرية أن العقد الموقع عام 2007 مع الشركة الصينية ما زال قائماً.", []),
])
def test_an_agreement_recalled_by_the_day_it_was_signed(text, expected):
    df = build_chronology([{"id": "x", "text": text, "published": "2015-01-21"}])
    recalled = df[(df["type"] == "agreement") & (df["date_start"] < "2015-01-01")]
    assert list(zip(recalled["date_start"], recalled["russia"], recalled["iran"])) == expected


def test_an_envoy_hands_over_two_letters_from_authors_named_after_honorifics_then_met_another():
    text = ("أفادت وكالة مهر بأن مستشار قائد الثورة الإسلامية علي أكبر ولايتي سلّم الرئيس الروسي فلاديمير بوتين، خلال "
            "لقائهما اليوم الخميس في الكرملين، رسالتين من قائد الثورة آية الله السيد علي خامنئي ورئيس الجمهورية الشيخ "
            "حسن روحاني. وقال ولايتي عقب اللقاء إن الرسالتين تتناولان العلاقات الثنائية، وكان قد التقى أمس الأربعاء "
            "أمين مجلس الأمن القومي الروسي نيكولاي باتروشيف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-07-12"}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2018-07-11", "meeting", "Nikolai Patrushev", "Ali Akbar Velayati"),
        ("2018-07-12", "meeting", "Vladimir Putin", "Ali Akbar Velayati"),
        ("2018-07-12", "message", "Vladimir Putin", "Ali Khamenei"),
        ("2018-07-12", "message", "Vladimir Putin", "Hassan Rouhani")]


def test_officials_of_both_sign_before_the_presidents_according_to_a_minister():
    text = ("التقى بوتين روحاني اليوم الأربعاء في طهران. ووقع مسؤولون روس وإيرانيون بحضور الرئيسين ست وثائق تعاون، "
            "بينها خريطة طريق لمشاريع نفطية، وفق وزير النفط بيجن زنغنه.")
    df = build_chronology([{"id": "x", "text": text, "published": "2017-11-01"}])
    signed = df[df["type"] == "agreement"]
    assert list(zip(signed["date_start"], signed["russia"], signed["iran"])) == [("2017-11-01", "Russia", "Iran")]


def test_a_bare_title_set_off_after_a_person_of_the_other_country_is_his():
    text = ("ولایتی امروز در کاخ کرملین با ولادیمیر پوتین دیدار کرد. مشاور رهبر انقلاب که سه‌شنبه شب وارد مسکو شده بود، "
            "دیروز با سرگئی لاوروف، وزیر امور خارجه، و نیکولای پاتروشف، دبیر شورای امنیت روسیه، به‌طور جداگانه گفت‌وگو کرد. "
            "سفر ولایتی چهار روز پیش از نشست سران روسیه و آمریکا انجام می‌شود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2018-07-12"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2018-07-11", "Nikolai Patrushev", "Ali Akbar Velayati"), ("2018-07-11", "Sergei Lavrov", "Ali Akbar Velayati"),
        ("2018-07-12", "Vladimir Putin", "Ali Akbar Velayati")]


def test_a_summit_told_as_the_time_of_another_is_its_leaders_on_its_own_day():
    text = ("كما عقد بوتين وروحاني جلسة مباحثات ثنائية قبل انطلاق القمة الثلاثية، التي تعد الثانية من نوعها بعد قمة "
            "باكو التي عقدت في الثامن من أغسطس/آب 2016.")
    df = build_chronology([{"id": "x", "text": text, "published": "2017-11-01"}])
    assert ("2016-08-08", "Vladimir Putin", "Hassan Rouhani") in set(zip(df["date_start"], df["russia"], df["iran"]))


@pytest.mark.parametrize("text,published,earlier", [
    # «بعد لقائهما»: their meeting, the two the sentence names, on its own day
    ("استقبل بوتين في الكرملين اليوم الجمعة رئيسي، في ثاني لقاء بينهما هذا العام بعد لقائهما في طهران في 19 "
     "تموز/يوليو الماضي.", "2022-09-23", "2022-07-19"),
    # «دیدارشان»: the same in a clause after «؛», the pair of the clause before
    ("پوتین و رئیسی امروز در سمرقند دیدار کردند؛ این دیدار دو ماه پس از دیدارشان در تهران در ۲۸ تیر انجام شد.",
     "2022-09-15", "2022-07-19"),
])
def test_their_contact_told_as_a_time_is_the_pairs_on_its_own_day(text, published, earlier):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    rows = set(zip(df["date_start"], df["type"], df["russia"], df["iran"]))
    assert (earlier, "meeting", "Vladimir Putin", "Ebrahim Raisi") in rows
    assert (published, "meeting", "Vladimir Putin", "Ebrahim Raisi") in rows


@pytest.mark.parametrize("text", [
    "ميخائيل بوغدانوف يصل إلى طهران مساء أمس الجمعة في زيارة يلتقي خلالها اليوم السبت وزير الخارجية علي أكبر صالحي.",
    "میخائیل بوگدانوف عصر دیروز جمعه برای سفری دو روزه وارد تهران شد و در این سفر امروز شنبه با علی‌اکبر صالحی دیدار "
    "می‌کند.",
])
def test_a_meeting_during_a_visit_is_on_its_own_day_not_the_arrivals(text):
    df = build_chronology([{"id": "x", "text": text, "published": "2012-12-08"}])
    assert list(zip(df["date_start"], df["type"], df["russia"], df["iran"])) == [
        ("2012-12-08", "meeting", "Mikhail Bogdanov", "Ali Akbar Salehi")]


@pytest.mark.parametrize("text", [
    "التقى بوغدانوف اليوم السبت وزير الخارجية علي أكبر صالحي، على أن يتوجه بعد غد الاثنين إلى بيروت.",
    "بوگدانوف امروز شنبه با علی‌اکبر صالحی دیدار کرد و قرار است دوشنبه به بیروت سفر کند.",
])
def test_a_trip_on_to_a_third_countrys_capital_is_no_contact(text):
    df = build_chronology([{"id": "x", "text": text, "published": "2012-12-08"}])
    assert list(zip(df["date_start"], df["type"])) == [("2012-12-08", "meeting")]


@pytest.mark.parametrize("text,date,status", [
    ("أعلنت الخارجية الروسية تأجيل زيارة لافروف إلى طهران إلى 20 مايو الجاري.", "2019-05-20", "planned"),
    ("سفر لاوروف به تهران به ۳۰ اردیبهشت موکول شد.", "2019-05-20", "planned"),
    # put off from the day it was to be, to a day not yet known: the day it was planned for, still planned
    ("سفر لاوروف به تهران که قرار بود ۳۰ اردیبهشت انجام شود به تعویق افتاد.", "2019-05-20", "planned"),
    ("أرجئت زيارة لافروف إلى طهران التي كانت مقررة في 20 مايو الجاري إلى 2 يونيو.", "2019-06-02", "planned"),
    ("ألغى لافروف زيارته إلى طهران التي كانت مقررة في 20 مايو الجاري.", "2019-05-20", "cancelled"),
])
def test_a_contact_put_off_is_still_planned_one_called_off_is_cancelled(text, date, status):
    row = _one_row(text, "2019-05-01")
    assert (row["date_start"], row["type"], row["status"], row["russia"]) == (date, "visit", status, "Sergei Lavrov")


@pytest.mark.parametrize("text,published,expected", [
    # ministers: their holders on the day (told after the dateline's), and their countries when the tables hold
    # no one for that day
    ("موسكو، 2 سبتمبر/أيلول (تاس) - وقّع وزير الاقتصاد الإيراني ووزير التنمية الاقتصادية الروسي، أمس الاثنين في "
     "موسكو، مذكرة تفاهم.", "2014-09-02", ("2014-09-01", "agreement", "Alexei Ulyukayev", "Ali Tayebnia")),
    ("موسكو، 4 سبتمبر/أيلول (تاس) - وقّع وزير الاقتصاد الإيراني ووزير التنمية الاقتصادية الروسي، أمس الاثنين في "
     "موسكو، مذكرة تفاهم.", "2012-09-04", ("2012-09-03", "agreement", "Russia", "Iran")),
    # (and one the tables hold: Manturov, the industry minister then)
    ("وزیر جهاد کشاورزی امروز در مسکو با وزیر صنعت و تجارت روسیه دیدار کرد.", "2014-09-02",
     ("2014-09-02", "meeting", "Denis Manturov", "Mahmoud Hojjati")),
])
def test_a_ministers_title_alone_names_a_side(text, published, expected):
    assert expected in _contacts(text, published)


@pytest.mark.parametrize("text", [
    "قدم السفير الإيراني الجديد لدى روسيا كاظم جلالي اليوم أوراق اعتماده إلى الرئيس فلاديمير بوتين في الكرملين.",
    "کاظم جلالی، سفیر جدید ایران، امروز استوارنامه خود را در کرملین تقدیم ولادیمیر پوتین کرد.",
])
def test_presenting_credentials_is_a_meeting(text):
    assert ("2018-11-28", "meeting", "Vladimir Putin", "Kazem Jalali") in _contacts(text, "2018-11-28")


def test_a_message_handed_over_at_a_meeting_is_of_its_day_not_of_what_it_is_about():
    text = ("استقبل وزير الخارجية علي أكبر صالحي اليوم الاثنين السفير الروسي لدى طهران، الذي سلمه رسالة من وزير "
            "الخارجية الروسي سيرغي لافروف تتناول نتائج المحادثات التي عقدت في إسطنبول يومي 21 و22 كانون الثاني/يناير.")
    rows = _contacts(text, "2011-01-24")
    assert ("2011-01-24", "message", "Sergei Lavrov", "Ali Akbar Salehi") in rows
    assert all(date == "2011-01-24" for date, *_x in rows)


@pytest.mark.parametrize("text,expected", [
    ("وقّع الرئيس الروسي فلاديمير بوتين أمس الاثنين مرسوما يرفع الحظر عن تسليم منظومة إس-300 إلى إيران.", []),
    ("پوتین روز دوشنبه با امضای فرمانی ممنوعیت تحویل سامانه اس-۳۰۰ به ایران را لغو کرد.", []),
    ("بحث دهقان مع شويغو اليوم تسريع تسليم المنظومة بعد المرسوم الذي وقعه الرئيس فلاديمير بوتين الاثنين الماضي.",
     [("2015-04-14", "talks", "Sergei Shoigu", "Hossein Dehghan")]),
    # (a decree in the next sentence is not what was signed)
    ("وقع لافروف وظريف اليوم اتفاقية للتعاون. وصدر مرسوم بذلك.",
     [("2015-04-14", "agreement", "Sergei Lavrov", "Mohammad Javad Zarif")]),
])
def test_a_decree_signed_is_no_agreement(text, expected):
    assert _contacts(text, "2015-04-14") == expected


def test_background_with_its_subject_is_a_clause_of_its_own_and_a_call_for_is_no_plan():
    text = ("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني محمد جواد ظريف في اتصال هاتفي اليوم الجمعة جهود "
            "مكافحة كورونا، ودعا الجانبان إلى رفع العقوبات الأميركية، وكان ظريف قد زار موسكو آخر مرة في 30 "
            "ديسمبر/كانون الأول الماضي.")
    rows = [(d, t, s) for d, t, s, *_x in (
        (r["date_start"], r["type"], r["status"]) for r in build_chronology(
            [{"id": "x", "text": text, "published": "2020-03-20"}]).to_dict("records"))]
    assert rows == [("2019-12-30", "visit", "occurred"), ("2020-03-20", "phone_call", "occurred")]


def test_who_acts_after_before_that_is_no_party_of_the_signing():
    text = ("وكانت موسكو وطهران قد وقعتا عقد الصفقة عام 2007، قبل أن يجمّده الرئيس السابق دميتري ميدفيديف في "
            "أيلول/سبتمبر 2010.")
    assert ("2007-01-01", "agreement", "Russia", "Iran") in _contacts(text, "2015-04-16")


def test_what_a_message_says_is_not_its_tense_or_day():
    text = ("ونقل السفير الروسي إلى قاليباف رسالة من رئيس مجلس الدوما فياتشيسلاف فولودين يدعوه فيها إلى المشاركة في "
            "المنتدى البرلماني المقرر عقده في موسكو العام المقبل.")
    row = _one_row(text, "2020-11-15")
    assert (row["date_start"], row["type"], row["status"], row["russia"]) == ("2020-11-15", "message", "occurred",
                                                                              "Vyacheslav Volodin")


def test_a_past_perfect_contact_with_no_day_is_not_after_the_story_it_is_told_in():
    text = ("وقّعت شركة غازبروم والشركة الوطنية الإيرانية للنفط أمس الثلاثاء مذكرة تفاهم، تزامناً مع زيارة الرئيس فلاديمير "
            "بوتين لطهران. وكان بوتين قد التقى المرشد علي خامنئي قبل أن يشارك في القمة الثلاثية.")
    assert ("2022-07-19", "meeting", "Vladimir Putin", "Ali Khamenei") in _contacts(text, "2022-07-20")


# each a sentence and every row it gives: (date_start, type, russia, iran)
@pytest.mark.parametrize("text,published,rows", [
    # a meeting in a clause of its own after an arrival: its own day
    ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران مساء أمس الاثنين في زيارة رسمية تستمر يومين، والتقى صباح "
     "اليوم الثلاثاء نظيره الإيراني محمد جواد ظريف.",
     "2021-04-13", [("2021-04-13", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # the statement's day, before «أنها», is not the contact's
    ("أعلنت وزيرة الطرق وبناء المدن الإيرانية فرزانة صادق اليوم الثلاثاء أنها ستجري محادثات مع وزير النقل "
     "الروسي في موسكو الأسبوع المقبل.",
     "2025-12-16", [("2025-12-22", "meeting", "Andrei Nikitin", "Farzaneh Sadegh")]),
    # «در آن سفر»: the trip told before, on its day
    ("آخرین سفر رئیس مجلس ایران به روسیه به بهمن ۱۳۸۸ بازمی‌گردد؛ در آن سفر بوریس گریزلوف، رئیس وقت دوما، "
     "میزبان لاریجانی بود.",
     "2012-12-11", [("2010-01-21", "meeting", "Boris Gryzlov", "Ali Larijani")]),
    # a message «for» Putin handed to Lavrov: Rouhani to Putin
    ("محمدجواد ظریف امروز پیام مکتوب روحانی برای پوتین را به لاوروف تحویل داد.",
     "2020-07-21", [("2020-07-21", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif"),
                    ("2020-07-21", "message", "Vladimir Putin", "Hassan Rouhani")]),
    # «، بعد ساعات من …»: after a time, no part of its own
    ("استقبل الرئيس الإيراني إبراهيم رئيسي مساء أمس الخميس، بعد ساعات من أدائه اليمين الدستورية أمام مجلس "
     "الشورى الإسلامي، رئيس مجلس الدوما الروسي فياتشيسلاف فولودين الذي ترأس وفد بلاده إلى مراسم التنصيب، "
     "وسلمه رسالة تهنئة من الرئيس فلاديمير بوتين.",
     "2021-08-06", [("2021-08-05", "meeting", "Vyacheslav Volodin", "Ebrahim Raisi"),
                    ("2021-08-05", "message", "Vladimir Putin", "Ebrahim Raisi")]),
    # «the Iranian minister»: the one minister of Iran the document names; two named, Iran
    ("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني حسين أمير عبد اللهيان في موسكو أمس. ومن المقرر أن "
     "يلتقي الوزير الإيراني اليوم الأربعاء رئيس مجلس الدوما فياتشيسلاف فولودين.",
     "2023-03-29", [("2023-03-28", "talks", "Sergei Lavrov", "Hossein Amir-Abdollahian"),
                    ("2023-03-29", "meeting", "Vyacheslav Volodin", "Hossein Amir-Abdollahian")]),
    ("عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد. وزیر ایرانی فردا با ولادیمیر پوتین دیدار خواهد کرد.",
     "2025-04-17", [("2025-04-17", "meeting", "Sergei Lavrov", "Abbas Araghchi"),
                    ("2025-04-18", "meeting", "Vladimir Putin", "Abbas Araghchi")]),
    ("وصل وزير النفط الإيراني جواد أوجي ووزير الخارجية حسين أمير عبد اللهيان إلى موسكو أمس. ويلتقي الوزير الإيراني "
     "اليوم الرئيس فلاديمير بوتين.",
     "2023-03-29", [("2023-03-29", "meeting", "Vladimir Putin", "Iran")]),
    # people of earlier years: Haddad-Adel (speaker 2004–2008), Aghazadeh (AEOI 1997–2009)
    ("وذكرت وكالة الأنباء الإيرانية أن حداد عادل سيلتقي غريزلوف السبت.",
     "2007-02-07", [("2007-02-10", "meeting", "Boris Gryzlov", "Gholam-Ali Haddad-Adel")]),
    ("غلامرضا آقازاده امروز در مسکو با سرگئی کریینکو دیدار کرد.",
     "2008-02-07", [("2008-02-07", "meeting", "Sergei Kiriyenko", "Gholamreza Aghazadeh")]),
    # Igor Ivanov (security council secretary 2004–2007) and a deputy of the SNSC's secretariat, named
    ("علی حسینی‌تاش، معاون امور بین‌الملل دبیرخانه شورای عالی امنیت ملی، دیروز با ایگور ایوانف، دبیر شورای امنیت "
     "روسیه، گفت‌وگو کرد.", "2006-02-21", [("2006-02-20", "talks", "Igor Ivanov", "Ali Hosseini-Tash")]),
    # Khusnullin (deputy prime minister from 2020), Sadovnikov (ambassador to Iran 2006–2011): named, not the
    # office's other holders
    ("استقبل نائب رئيس الوزراء الروسي مارات خوسنولين اليوم في موسكو محمد مخبر.",
     "2023-10-11", [("2023-10-11", "meeting", "Marat Khusnullin", "Mohammad Mokhber")]),
    ("دیروز الکساندر سادوونیکوف، سفیر روسیه، با منوچهر متکی دیدار کرد.",
     "2009-10-20", [("2009-10-19", "meeting", "Alexander Sadovnikov", "Manouchehr Mottaki")]),
    # «رسمی» (official) between a letter and its author: the letter is still its author's
    ("الکساندر سادوونیکوف، سفیر روسیه، دیروز با علی لاریجانی دیدار و دعوت‌نامه رسمی بوریس گریزلوف را تسلیم او کرد.",
     "2009-10-20", [("2009-10-19", "meeting", "Alexander Sadovnikov", "Ali Larijani"),
                    ("2009-10-19", "message", "Boris Gryzlov", "Ali Larijani")]),
    # an invitation letter handed over at a meeting is a message too
    ("سرگئی شویگو امروز در تهران با مسعود پزشکیان دیدار کرد و دعوت‌نامه ولادیمیر پوتین برای حضور در اجلاس بریکس "
     "را به او تسلیم کرد.", "2024-08-05", [("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian"),
                                           ("2024-08-05", "message", "Vladimir Putin", "Masoud Pezeshkian")]),
    # the one whose taking office tells the time is no party
    ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران اليوم في أول زيارة له منذ تولي الرئيس حسن روحاني منصبه، "
     "وأجرى محادثات مع نظيره محمد جواد ظريف.",
     "2013-12-11", [("2013-12-11", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # the other side as a verb's object pronoun: the one of the contact just before, a venue after it no party
    ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران اليوم وأجرى محادثات مع نظيره محمد جواد ظريف. ومن المنتظر "
     "أن يستقبله روحاني صباح غد الخميس قبل عودته إلى موسكو.",
     "2013-12-11", [("2013-12-11", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif"),
                    ("2013-12-12", "meeting", "Sergei Lavrov", "Hassan Rouhani")]),
    # a company with a country's name in it is no place: «به گفته وی» leaves its sides as named
    ("امیرعبداللهیان گفت رئیسی و پوتین چهارشنبه آینده در عشق‌آباد دیدار خواهند کرد. به گفته وی، شرکت ملی نفت ایران "
     "و گازپروم نیز ماه آینده یادداشت تفاهمی برای توسعه میدان‌های گازی امضا می‌کنند.",
     "2022-06-23", [("2022-06-29", "meeting", "Vladimir Putin", "Ebrahim Raisi"),
                    ("2022-07-23", "agreement", "Russia", "Iran")]),
    # «پس از گفت‌وگویی …» before a signing: the talks are a contact of their own
    ("عباس عراقچی و سرگئی لاوروف امروز در مسکو پس از گفت‌وگویی سه ساعته، برنامه همکاری دو ساله را امضا کردند.",
     "2025-04-17", [("2025-04-17", "agreement", "Sergei Lavrov", "Abbas Araghchi"),
                    ("2025-04-17", "talks", "Sergei Lavrov", "Abbas Araghchi")]),
    # the nuclear deal named is no agreement of the two
    ("لافروف من طهران: نعمل على إحياء الاتفاق النووي بصيغته الأصلية", "2022-06-23", []),
    ("لاوروف در تهران: برای احیای توافق هسته‌ای تلاش می‌کنیم", "2022-06-23", []),
    # two calls («اتصالين هاتفيين»), one of them with Iran
    ("وأجرى بوتين في 13 يونيو اتصالين هاتفيين مع بزشكيان ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
     "2025-06-24", [("2025-06-13", "phone_call", "Vladimir Putin", "Masoud Pezeshkian")]),
    # the G of a Russian name as «ج», the «گ» of a Persian name as «ك»: the same people
    ("التقى نيكولاي شولجينوف اليوم في طهران جواد أوجي.",
     "2022-05-25", [("2022-05-25", "meeting", "Nikolai Shulginov", "Javad Owji")]),
    ("التقى إسحاق جهانكيري اليوم في طهران دميتري ميدفيديف.",
     "2016-04-26", [("2016-04-26", "meeting", "Dmitry Medvedev", "Eshaq Jahangiri")]),
    # a Russian surname in -ov written without its «و»: the same person
    ("میخائیل بوگدانف، معاون وزیر خارجه روسیه، فردا با عباس عراقچی دیدار می‌کند.",
     "2025-03-10", [("2025-03-11", "meeting", "Mikhail Bogdanov", "Abbas Araghchi")]),
    # a «که» clause about the topic ends at its first verb, «و» after it: its day is not the talks'
    ("عباس عراقچی امروز در مسکو با سرگئی لاوروف دیدار کرد. دو وزیر درباره قرارداد گازی که از ۱۰ آذر اجرا "
     "می‌شود و نشست آستانه گفت‌وگو کردند.",
     "2025-11-20", [("2025-11-20", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # two people met, joined by «و» after a long title: both, however far the second is from the verb
    ("وصل أمين مجلس الأمن الروسي سيرغي شويغو اليوم إلى طهران والتقى الرئيس الإيراني مسعود بزشكيان وأمين "
     "المجلس الأعلى للأمن القومي علي أكبر أحمديان.",
     "2024-08-05", [("2024-08-05", "meeting", "Sergei Shoigu", "Ali Akbar Ahmadian"),
                    ("2024-08-05", "meeting", "Sergei Shoigu", "Masoud Pezeshkian")]),
    # a contact with no day of its own, right after a sentence told on a recent day: that day
    ("بدأ خبراء روس وإيرانيون أمس الأحد اختبار المفاعل الثاني في محطة بوشهر. وعقد محمد إسلامي وأليكسي "
     "ليخاتشوف جلسة محادثات في موقع المحطة.",
     "2021-06-14", [("2021-06-13", "meeting", "Alexei Likhachev", "Mohammad Eslami")]),
    ("نمایشگاه مشترک صنایع ایران و روسیه دیروز در تهران گشایش یافت. علی‌اکبر محرابیان و نیکلای شولگینوف در "
     "حاشیه نمایشگاه دیدار و گفت‌وگو کردند.",
     "2023-03-08", [("2023-03-07", "meeting", "Nikolai Shulginov", "Ali Akbar Mehrabian")]),
    # … but not after background in the past perfect, or a sentence that names the document's day too
    ("وكان وزير الخارجية الروسي قد شارك أمس الأحد في اجتماع بأنقرة. والتقى لافروف نظيره الإيراني جواد ظريف.",
     "2021-06-14", [("2021-06-14", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    ("افتتح المعرض الروسي في طهران صباح اليوم بعد أن وصل الوفد الروسي مساء أمس. والتقى لافروف نظيره الإيراني "
     "جواد ظريف في المعرض.",
     "2021-06-14", [("2021-06-14", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # the first months a figure is counted over, in a clause of its own, are no day of the signing …
    ("وقع وزير الطاقة الروسي نيكولاي شولغينوف ونظيره الإيراني علي أكبر محرابيان مذكرة تفاهم، بعد أن ارتفع حجم "
     "التبادل خلال الأشهر التسعة الأولى من العام الجاري.",
     "2023-11-20", [("2023-11-20", "agreement", "Nikolai Shulginov", "Ali Akbar Mehrabian")]),
    # … but in the contact's own clause they are its period
    ("امضای ۵ سند همکاری میان ایران و روسیه در ۹ ماه نخست سال ۲۰۲۳ انجام شد.",
     "2023-11-20", [("2023-01-01", "agreement", "Russia", "Iran")]),
    # a signing told in the past is not on the day still to come of what it starts
    ("التقى وزير الطاقة الروسي سيرغي تسيفيليف نظيره الإيراني محسن باك نجاد أمس في موسكو، ووقع الجانبان اتفاقا "
     "لبدء توريد الغاز مطلع الشهر المقبل.",
     "2025-06-10", [("2025-06-09", "agreement", "Sergei Tsivilev", "Mohsen Paknejad"),
                    ("2025-06-09", "meeting", "Sergei Tsivilev", "Mohsen Paknejad")]),
    # the years a signed plan is for are not the day it was signed on
    ("ظریف دیروز در مسکو با لاوروف دیدار کرد و دو طرف برنامه رایزنی‌های دو وزارت خارجه برای سال ۲۰۲۱ میلادی را "
     "امضا کردند.",
     "2021-01-27", [("2021-01-26", "agreement", "Sergei Lavrov", "Mohammad Javad Zarif"),
                    ("2021-01-26", "meeting", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    ("وقع لافروف وظريف خطة المشاورات بين الوزارتين لعام 2021.",
     "2021-01-27", [("2021-01-27", "agreement", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # the future after a semicolon with no contact word is another clause's, not the signing's
    ("ساداتی‌نژاد دیروز با دمیتری پاتروشف، وزیر کشاورزی روسیه، دیدار کرد و دو طرف یادداشت تفاهم افزایش واردات "
     "گندم را امضا کردند؛ ایران امسال ۲۰ میلیون تن گندم از روسیه وارد خواهد کرد.",
     "2022-02-16", [("2022-02-15", "agreement", "Dmitry Patrushev", "Javad Sadatinejad"),
                    ("2022-02-15", "meeting", "Dmitry Patrushev", "Javad Sadatinejad")]),
    # «رسالة خطية من المرشد علي خامنئي»: the Leader is its author, the envoy who hands it over met the host
    ("سلّم علي لاريجاني، كبير مستشاري المرشد، الرئيس الروسي فلاديمير بوتين أمس رسالة خطية من المرشد علي خامنئي.",
     "2025-07-21", [("2025-07-20", "meeting", "Vladimir Putin", "Ali Larijani"),
                    ("2025-07-20", "message", "Vladimir Putin", "Ali Khamenei")]),
    # two days joined by «and», each at its venue or far apart: two meetings; the days of one event: one
    ("پوتین و رئیسی پیش‌تر ۲۹ دی ۱۴۰۰ در کرملین و ۲۸ تیر در تهران با یکدیگر دیدار کرده بودند.",
     "2022-09-17", [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi"),
                    ("2022-07-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    ("التقى بوتين ورئيسي في 19 كانون الثاني في موسكو و19 تموز في طهران.",
     "2022-09-17", [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi"),
                    ("2022-07-19", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    ("دیدار پوتین و رئیسی در ۹ و ۱۰ شهریور در سمرقند انجام شد.",
     "2022-09-17", [("2022-08-31", "meeting", "Vladimir Putin", "Ebrahim Raisi")]),
    # «… دیدار کرده بودند و هشتم تیرماه نیز … گفت‌وگو کردند»: «and», a day and «also» open another contact
    ("پوتین و رئیسی پیش‌تر ۲۹ دی ۱۴۰۰ در کرملین دیدار کرده بودند و هشتم تیرماه نیز در عشق‌آباد گفت‌وگو کردند.",
     "2022-09-17", [("2022-01-19", "meeting", "Vladimir Putin", "Ebrahim Raisi"),
                    ("2022-06-29", "talks", "Vladimir Putin", "Ebrahim Raisi")]),
    # a contact told as a time, naming no one: the two of the sentence («… پس از دیدار در عشق‌آباد در ۲۰ مهر»)
    ("پزشکیان عصر دیروز در قازان با پوتین دیدار کرد؛ این دیدار دو هفته پس از دیدار در عشق‌آباد در ۲۰ مهر انجام شد.",
     "2024-10-24", [("2024-10-11", "meeting", "Vladimir Putin", "Masoud Pezeshkian"),
                    ("2024-10-23", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
    # … but not a trip elsewhere naming no one («قبل أن يتوجه إلى روما … السبت»)
    ("يعقد عراقجي اليوم الجمعة محادثات مع نظيره الروسي سيرغي لافروف، قبل أن يتوجه إلى روما للمشاركة في الجولة "
     "الثانية من المحادثات مع المبعوث الأمريكي السبت.",
     "2025-04-18", [("2025-04-18", "meeting", "Sergei Lavrov", "Abbas Araghchi")]),
    # a date after the verb and «and», in a clause of a tour that names no side, is the tour's
    ("آندری نیکیتین امروز با مسعود پزشکیان دیدار می‌کند و فردا چهارشنبه از بندر انزلی بازدید خواهد کرد.",
     "2026-02-17", [("2026-02-17", "meeting", "Andrei Nikitin", "Masoud Pezeshkian")]),
    # «the two presidents» signed: the pair told before, not the parliaments of a relative clause about the treaty
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان أمس. وكان الرئيسان قد وقعا في موسكو في 17 "
     "جانفي الماضي معاهدة الشراكة الاستراتيجية الشاملة، التي صادق عليها مجلس الدوما في أفريل ومجلس الشورى الإيراني "
     "في ماي الماضيين.",
     "2025-09-02", [("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian"),
                    ("2025-09-01", "meeting", "Vladimir Putin", "Masoud Pezeshkian")]),
    # «… أوفرتشوك، الذي وقع مع وزيرة الطرق … بروتوكولا»: the visit's meeting, and the visitor's signing told about him
    ("استقبل محمد رضا عارف، النائب الأول للرئيس الإيراني، أمس الثلاثاء في طهران، نائب رئيس الوزراء الروسي أليكسي "
     "أوفرتشوك، الذي وقع مع وزيرة الطرق الإيرانية فرزانة صادق بروتوكولا لتسريع إنجاز خط سكة حديد رشت - أستارا.",
     "2024-12-25", [("2024-12-24", "agreement", "Alexei Overchuk", "Farzaneh Sadegh"),
                    ("2024-12-24", "meeting", "Alexei Overchuk", "Mohammad Reza Aref")]),
])
def test_the_rows_a_sentence_gives(text, published, rows):
    assert _contacts(text, published) == rows


def test_a_relative_clause_after_a_persons_office_is_background():
    text = ("علاءالدین بروجردی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، که دوشنبه گذشته در رأس هیئتی پارلمانی وارد "
            "مسکو شد، دیروز با لئونید اسلوتسکی، رئیس کمیته امور بین‌الملل دومای دولتی روسیه، دیدار کرد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2016-12-08"}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == [("2016-12-07", "Leonid Slutsky", "Alaeddin Boroujerdi")]


def test_a_video_link_recalled_is_a_call():
    text = ("آشتیانی روز سه‌شنبه ۲۴ مرداد در مسکو با سرگئی شویگو، وزیر دفاع روسیه، دیدار کرد. دو وزیر آخرین بار اسفند "
            "سال گذشته در یک ارتباط ویدئویی با یکدیگر گفت‌وگو کرده بودند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2023-08-16"}])
    assert sorted(zip(df["date_start"], df["type"])) == [("2023-02-20", "phone_call"), ("2023-08-15", "meeting")]


def test_a_death_told_at_the_end_of_a_sentence_mourns_no_one_in_the_next():
    text = ("سرگئی شویگو امروز با علی‌اکبر احمدیان دیدار کرد. هنیه بامداد ۱۰ مرداد در محل اقامتش در شمال تهران به شهادت "
            "رسید. احمدیان و شویگو پیش‌تر ۲۰ تیر نیز در تماسی تلفنی گفت‌وگو کرده بودند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2024-08-05"}])
    assert sorted(zip(df["date_start"], df["type"])) == [("2024-07-10", "phone_call"), ("2024-08-05", "meeting")]


def test_a_deal_signed_today_for_supplies_starting_next_year_up_to_an_amount():
    text = ("اختتمت في طهران اليوم الأربعاء أعمال اللجنة المشتركة بين إيران وروسيا. ووقّع الجانبان في ختام الاجتماعات "
            "12 وثيقة، أبرزها عقد بين شركة «غازبروم» والشركة الوطنية الإيرانية للغاز لتوريد ما يصل إلى 2 مليار متر "
            "مكعب من الغاز الروسي سنوياً اعتباراً من العام المقبل.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-12-10"}])
    assert list(zip(df["date_start"], df["type"], df["status"])) == [("2025-12-10", "agreement", "occurred")]


def test_a_dateline_closed_by_a_slash_and_a_day_after_another_contact():
    text = ("طهران/ 24 دي/ إرنا- بحث وزير الخارجية عباس عراقجي مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء "
            "الثلاثاء، آخر المستجدات، وذلك بعد يوم واحد من مشاورات أجراها كاظم غريب آبادي في موسكو يوم الاثنين مع نائب "
            "وزير الخارجية الروسي سيرغي ريابكوف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2026-01-14"}])
    assert sorted(zip(df["date_start"], df["type"], df["russia"])) == [
        ("2026-01-12", "talks", "Sergei Ryabkov"), ("2026-01-13", "phone_call", "Sergei Lavrov")]


def test_a_message_carried_at_a_meeting_according_to_a_spokesman():
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في الكرملين، الأحد، علي لاريجاني، كبير مستشاري المرشد الإيراني علي "
            "خامنئي، في لقاء لم يعلن عنه مسبقاً، ونقل لاريجاني خلاله رسالة من خامنئي تتناول التطورات الإقليمية، وفق ما أعلن "
            "المتحدث باسم الكرملين ديمتري بيسكوف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-07-20"}])
    assert sorted(zip(df["type"], df["russia"], df["iran"])) == [
        ("meeting", "Vladimir Putin", "Ali Larijani"), ("message", "Vladimir Putin", "Ali Khamenei")]


def test_the_two_sides_a_speaker_names_are_those_of_his_contact():
    text = ("أجرى وزير الخارجية عباس عراقجي اليوم محادثات مع نظيره الروسي سيرغي لافروف. ومن المقرر أن يلتقي لافروف غداً "
            "أمين المجلس الأعلى للأمن القومي علي لاريجاني. وأعلن عراقجي في مؤتمر صحفي أن الجانبين وقعا «خطة عمل» لتنفيذ "
            "المعاهدة.")
    df = build_chronology([{"id": "x", "text": text, "published": "2026-01-18"}])
    signed = df[df["type"] == "agreement"]
    assert list(zip(signed["russia"], signed["iran"])) == [("Sergei Lavrov", "Abbas Araghchi")]


def test_the_foreign_ministers_of_the_three_states_are_those_of_both():
    text = ("استضاف بوتين يوم الأربعاء نظيريه الإيراني حسن روحاني والتركي رجب طيب أردوغان في قمة ثلاثية. ومن المقرر أن "
            "يعقد وزراء خارجية الدول الثلاث اجتماعاً تحضيرياً في أنطاليا الشهر المقبل.")
    df = build_chronology([{"id": "x", "text": text, "published": "2017-11-22"}])
    planned = df[df["status"] == "planned"]
    assert list(zip(planned["date_start"], planned["russia"], planned["iran"])) == [
        ("2017-12-01", "Sergei Lavrov", "Mohammad Javad Zarif")]


@pytest.mark.parametrize("text,published,expected", [
    # a message handed over at the last of two meetings told one after another
    ("سرگئی لاوروف، وزیر امور خارجه روسیه، امروز با محمدجواد ظریف دیدار و گفت‌وگو کرد و سپس در دیدار با حسن روحانی، "
     "پیام کتبی ولادیمیر پوتین را به رئیس‌جمهور تسلیم کرد.", "2021-04-13",
     [("meeting", "Sergei Lavrov", "Hassan Rouhani"), ("meeting", "Sergei Lavrov", "Mohammad Javad Zarif"),
      ("message", "Vladimir Putin", "Hassan Rouhani")]),
    # a message condemning an attack on a parade is no gathering
    ("ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی به حسن روحانی حمله تروریستی ۳۱ شهریور به رژه نیروهای مسلح در "
     "اهواز را محکوم کرد.", "2018-09-23", [("message", "Vladimir Putin", "Hassan Rouhani")]),
])
def test_messages_beside_meetings_and_gatherings(text, published, expected):
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert sorted(zip(df["type"], df["russia"], df["iran"])) == expected


def test_they_had_seen_each_other_is_a_meeting():
    text = ("پاتروشف امروز در تهران با علی شمخانی گفت‌وگو کرد. شمخانی و پاتروشف آخرین بار ۳ خرداد در مسکو یکدیگر را "
            "دیده بودند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2022-11-09"}])
    assert sorted(df["date_start"]) == ["2022-05-24", "2022-11-09"]


def test_who_acts_after_but_is_no_party_of_the_contact_before():
    text = ("پوتین دیروز ممنوعیت تحویل سامانه اس-۳۰۰ به ایران را لغو کرد. قرارداد خرید این سامانه در سال ۲۰۰۷ میان تهران و "
            "مسکو امضا شده بود، اما دیمیتری مدودف در سپتامبر ۲۰۱۰ اجرای آن را متوقف کرد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2015-04-14"}])
    signed = df[df["date_start"] < "2010-01-01"]
    assert list(zip(signed["date_start"], signed["russia"], signed["iran"])) == [("2007-01-01", "Russia", "Iran")]


def test_before_this_meeting_is_its_occasion_not_an_earlier_one():
    text = ("ولادیمیر پوتین، رئیس‌جمهور روسیه، عصر دیروز در تهران با حضرت آیت‌الله خامنه‌ای دیدار و گفت‌وگو کرد. پوتین پیش "
            "از این دیدار در مجموعه سعدآباد با حسن روحانی گفت‌وگو کرده بود.")
    df = build_chronology([{"id": "x", "text": text, "published": "2017-11-02"}])
    assert sorted(zip(df["date_start"], df["iran"])) == [("2017-11-01", "Ali Khamenei"), ("2017-11-01", "Hassan Rouhani")]


def test_the_two_ministers_are_never_the_presidents_told_before():
    text = ("محمدجواد ظریف امروز با سرگئی لاوروف دیدار و گفت‌وگو کرد. دو رئیس‌جمهور نیز دیروز تلفنی گفت‌وگو کردند. دو وزیر "
            "۲۱ آبان نیز تلفنی درباره برجام گفت‌وگو کرده بودند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2019-12-30"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2019-11-12", "Sergei Lavrov", "Mohammad Javad Zarif"), ("2019-12-29", "Vladimir Putin", "Hassan Rouhani"),
        ("2019-12-30", "Sergei Lavrov", "Mohammad Javad Zarif")]


@pytest.mark.parametrize("text, published, day", [
    ("التقى بوتين بزشكيان في موسكو يوم 31 ديسمبر 9999.", "9999-12-31", "9999-12-31"),
    ("التقى بوتين بزشكيان في موسكو أمس.", "0001-01-02", "0001-01-01")])
def test_contacts_at_the_ends_of_pythons_dates_are_rows(text, published, day):
    (row,) = build_chronology([{"id": "a", "text": text, "published": published}]).to_dict("records")
    assert (row["type"], row["date_start"], row["date_jalali"]) == ("meeting", day, "")


def test_a_clause_after_bearing_in_mind_that_does_not_date_the_meeting():
    text = ("وكان ريابكوف وغريب آبادي قد عقدا لقاء ثنائيا مساء أمس في مقر السفارة الروسية، علما بأن المسؤول الإيراني "
            "زار موسكو الشهر الماضي.")
    meetings = [r for r in _contacts(text, "2025-03-14") if r[1] == "meeting"]
    assert meetings == [("2025-03-13", "meeting", "Sergei Ryabkov", "Kazem Gharibabadi")]


def test_a_contact_with_someone_who_died_before_the_document_is_undated_not_on_its_day():
    text = "وكان بوتين قد التقى رئيسي في طهران."
    (row,) = build_chronology([{"id": "x", "text": text, "published": "2025-03-01"}]).to_dict("records")
    assert (row["russia"], row["iran"], row["date_start"]) == ("Vladimir Putin", "Ebrahim Raisi", "")
    assert row["date_note"] == "no date stated: before Ebrahim Raisi died on 2024-05-19"


def test_the_two_ministers_are_not_a_minister_and_the_governor_he_meets_next():
    text = ("غلامرضا نوری قزلجه، وزیر جهاد کشاورزی، و اوکسانا لوت، وزیر کشاورزی روسیه، امروز در تهران دیدار کردند. "
            "وزیر کشاورزی روسیه فردا با هادی حق‌شناس، استاندار گیلان، دیدار خواهد کرد. "
            "دو وزیر پیش‌تر ۳۰ بهمن در مسکو با یکدیگر گفت‌وگو کرده بودند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-06-04"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2025-02-18", "Oksana Lut", "Gholamreza Nouri Ghezeljeh"), ("2025-06-04", "Oksana Lut", "Gholamreza Nouri Ghezeljeh"),
        ("2025-06-05", "Oksana Lut", "Hadi Haghshenas")]


def test_the_two_secretaries_are_the_security_council_secretaries_told_before():
    text = "نیکلای پاتروشف امروز در تهران با علی شمخانی دیدار کرد. آخرین دیدار دو دبیر به ۲۶ مرداد امسال بازمی‌گردد."
    df = build_chronology([{"id": "x", "text": text, "published": "2022-11-09"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2022-08-17", "Nikolai Patrushev", "Ali Shamkhani"), ("2022-11-09", "Nikolai Patrushev", "Ali Shamkhani")]


def test_the_two_heads_are_the_pair_told_before():
    text = "ولودین امروز در مسکو با قالیباف دیدار کرد. دو رئیس پیش‌تر ۲۰ خرداد در تهران دیدار کرده بودند."
    df = build_chronology([{"id": "x", "text": text, "published": "2026-01-20"}])
    assert sorted(zip(df["date_start"], df["russia"], df["iran"])) == [
        ("2025-06-10", "Vyacheslav Volodin", "Mohammad Bagher Ghalibaf"),
        ("2026-01-20", "Vyacheslav Volodin", "Mohammad Bagher Ghalibaf")]


def test_a_surname_alone_names_the_person_the_document_named_in_full():
    text = ("موافقت‌نامه تجارت آزاد دیروز به امضای مهدی صفری، معاون دیپلماسی اقتصادی وزارت خارجه، رسید. "
            "صفری امروز با الکسی اورچوک، معاون نخست‌وزیر روسیه، دیدار کرد.")
    df = build_chronology([{"id": "x", "text": text, "published": "2023-12-26"}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == [("2023-12-26", "Alexei Overchuk", "Mehdi Safari")]
    # (not without the full name: a surname many bear)
    assert build_chronology([{"id": "y", "text": "صفری امروز با الکسی اورچوک دیدار کرد.", "published": "2023-12-26"}]).empty


def test_the_two_named_by_a_pair_word_then_a_hope_of_one_of_them_are_two_contacts():
    """«الرئيسان … قد بحثا في اتصال هاتفي …، وأعرب بوتين عن أمله بلقاء نظيره»: the call on its day, and a
    meeting hoped for, still to come."""
    text = ("وكان الرئيسان بوتين وبزشكيان قد بحثا في اتصال هاتفي في 11 آذار الجاري سبل تنفيذ مشاريع الطاقة، وأعرب "
            "بوتين عن أمله بلقاء نظيره الإيراني في وقت لاحق من العام الجاري.")
    df = build_chronology([{"id": "x", "text": text, "published": "2026-03-22"}])
    rows = sorted(zip(df["type"], df["status"], df["date_start"], df["date_end"]))
    assert rows == [("meeting", "planned", "2026-01-01", "2026-12-31"), ("phone_call", "occurred", "2026-03-11", "2026-03-11")]


@pytest.mark.parametrize("text,status", [
    ("زار رئيسي موسكو أمس بدعوة من بوتين.", "occurred"),
    ("رئیسی دیروز به دعوت پوتین به مسکو سفر کرد.", "occurred"),
    ("يزور رئيسي موسكو الأسبوع المقبل بدعوة من بوتين.", "planned"),
    ("وجه بوتين دعوة إلى رئيسي لزيارة موسكو.", "planned"),
])
def test_a_visit_at_someones_invitation_is_not_a_plan_for_that(text, status):
    """«بدعوة من», «به دعوت»: the invitation is the visit's reason; an invitation extended is a plan."""
    df = build_chronology([{"id": "x", "text": text, "published": "2022-01-20"}])
    assert list(df["status"]) == [status]


@pytest.mark.parametrize("text", [
    "اسکندر مؤمنی و ولادیمیر کولوکولتسف روز گذشته موافقت‌نامه امضا کردند. وزیران کشور دو کشور پیش از این در مهر ۱۴۰۳ "
    "در مسکو دیدار کرده بودند.",
    "التقى وزير الداخلية الإيراني إسكندر مؤمني نظيره الروسي فلاديمير كولوكولتسيف أمس في طهران. وكان وزيرا الداخلية "
    "قد التقيا في موسكو في تشرين الأول 2024.",
])
def test_the_interior_ministers_of_the_two_countries_are_a_pair_of_their_office(text):
    df = build_chronology([{"id": "x", "text": text, "published": "2026-01-13"}])
    rows = sorted(zip(df["date_start"], df["type"], df["russia"], df["iran"]))
    assert rows[0][1:] == ("meeting", "Vladimir Kolokoltsev", "Eskandar Momeni") and rows[0][0] < "2024-11-01"


@pytest.mark.parametrize("text", [
    "سفیر روسیه در ایران دیروز در شیراز با استاندار فارس دیدار کرد.",
    "التقى السفير الروسي لدى طهران أمس محافظ فارس في شيراز.",
])
def test_any_iranian_province_named_with_its_head_is_an_iranian_side(text):
    """«استاندار فارس», «محافظ فارس»: every province of Iran is in the tables, named with «استان», «محافظة» …
    (the name alone is not: «فارس» is also an agency)."""
    (row,) = build_chronology([{"id": "x", "text": text, "published": "2016-05-17"}]).to_dict("records")
    assert (row["type"], row["iran"], row["date_start"]) == ("meeting", "Iran", "2016-05-16")
    assert build_chronology([{"id": "y", "text": "سفیر روسیه دیروز به گزارش فارس دیدار کرد.",
                              "published": "2016-05-17"}]).empty


def test_two_ministers_who_meet_about_sport_are_a_contact_but_a_match_is_not():
    """A sport word makes a sentence a match report unless people of both sides are named and the word is in
    another clause, past a semicolon."""
    signed = ("احمد دنیامالی، وزیر ورزش و جوانان، و میخائیل دگتیارف، وزیر ورزش روسیه، دیروز در مسکو دیدار و سند "
              "همکاری را امضا کردند؛ بر اساس این سند، اردوهای مشترک تیم‌های فوتبال از ژانویه آغاز می‌شود.")
    df = build_chronology([{"id": "x", "text": signed, "published": "2024-11-05"}])
    assert sorted(zip(df["type"], df["russia"], df["iran"], df["date_start"])) == [
        ("agreement", "Mikhail Degtyarev", "Ahmad Donyamali", "2024-11-04"),
        ("meeting", "Mikhail Degtyarev", "Ahmad Donyamali", "2024-11-04")]
    match = "تیم ملی فوتبال ایران دیروز در مسکو به مصاف روسیه رفت؛ دیداری که با تساوی به پایان رسید."
    invited = "شویگو دیروز از حاتمی برای اعزام تیم‌های ایرانی به مسابقات ارتش دعوت کرد."
    assert build_chronology([{"id": "y", "text": match, "published": "2024-11-05"},
                             {"id": "z", "text": invited, "published": "2018-04-05"}]).empty


def test_a_verb_and_a_new_subject_naming_both_sides_again_is_a_contact_of_its_own():
    """«… با امضای بذرپاش و ساولیف نهایی شد و رئیسی و پوتین …»: the ministers' signing is its own row (and
    Bazrpash, unnamed by a spelling the tables hold, is the roads minister of that day); «… دیدار کرد و سپس
    … با پوتین دیدار کرد» keeps one subject."""
    text = ("موافقت‌نامه راه‌آهن رشت–آستارا دیروز در تهران با امضای مهرداد بازرپاش، وزیر راه و شهرسازی، و ویتالی "
            "ساولیف، وزیر حمل‌ونقل روسیه، نهایی شد و ابراهیم رئیسی و ولادیمیر پوتین مراسم را به‌صورت ویدئوکنفرانس "
            "دنبال کردند.")
    df = build_chronology([{"id": "x", "text": text, "published": "2023-05-18"}])
    assert ("agreement", "Vitaly Savelyev", "Mehrdad Bazrpash") in set(zip(df["type"], df["russia"], df["iran"]))
    then = ("عراقچی روز جمعه ابتدا با سرگئی لاوروف گفتگو کرد و سپس در کرملین با ولادیمیر پوتین دیدار و پیام کتبی "
            "رهبر انقلاب را تقدیم او کرد.")
    df = build_chronology([{"id": "y", "text": then, "published": "2025-04-19"}])
    assert ("meeting", "Vladimir Putin", "Abbas Araghchi") in set(zip(df["type"], df["russia"], df["iran"]))


def test_a_contact_told_after_the_day_after_is_a_contact_of_its_own_day():
    """«…، غداة تسليمه الرئيس فلاديمير بوتين أمس الخميس رسالة …»: the message on its own day (the contact word
    stands within reach of «غداة» at its start, not at its end)."""
    text = ("أجرى وزير الخارجية الإيراني عباس عراقجي اليوم الجمعة محادثات مع نظيره الروسي سيرغي لافروف في موسكو، "
            "غداة تسليمه الرئيس فلاديمير بوتين أمس الخميس رسالة خطية من المرشد الإيراني علي خامنئي.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-04-18"}])
    rows = set(zip(df["type"], df["russia"], df["iran"], df["date_start"]))
    assert {("meeting", "Sergei Lavrov", "Abbas Araghchi", "2025-04-18"),
            ("message", "Vladimir Putin", "Ali Khamenei", "2025-04-17")} <= rows


@pytest.mark.parametrize("text", ["ويتوجه عراقجي من موسكو إلى روما غدا السبت.",
                                  "عراقچی فردا از مسکو به رم سفر می‌کند."])
def test_where_a_trip_to_a_third_country_sets_out_from_is_no_host(text):
    assert build_chronology([{"id": "x", "text": text, "published": "2025-04-18"}]).empty
    back = text.replace("روما", "طهران").replace(" رم ", " تهران ")  # (the two sides: still a trip)
    assert not build_chronology([{"id": "y", "text": back.replace("عراقجي", "لافروف").replace("عراقچی", "لاوروف"),
                                  "published": "2025-04-18"}]).empty


def test_a_pair_word_before_a_contrast_is_not_the_side_of_a_contact_after_it():
    text = ("بحث لافروف وأمير عبد اللهيان في اتصال هاتفي مساء السبت تطورات غزة. واتفق الوزيران على مواصلة التنسيق، "
            "فيما كان وفد من حركة حماس قد زار موسكو في 26 تشرين الأول الماضي والتقى نائب وزير الخارجية ميخائيل بوغدانوف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2023-11-05"}])
    assert list(zip(df["type"], df["russia"], df["iran"])) == [("phone_call", "Sergei Lavrov", "Hossein Amir-Abdollahian")]


@pytest.mark.parametrize("text,published", [
    ("تهران – سومین نشست سران ایران، روسیه و ترکیه عصر دیروز جمعه در تهران برگزار شد. پوتین پیش از آغاز نشست در "
     "دیداری دوجانبه با روحانی درباره ادامه همکاری دو کشور پس از خروج آمریکا از برجام در ۱۸ اردیبهشت گفت‌وگو کرد.",
     "2018-09-08"),
])
def test_the_day_of_a_withdrawal_named_as_a_time_is_not_a_contacts(text, published):
    """«پس از خروج آمریکا از برجام در ۱۸ اردیبهشت»: the withdrawal's day (an event word, like «ترور»)."""
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert "2018-05-08" not in set(df["date_start"])


def test_the_story_day_is_the_day_told_relative_to_the_document_not_a_date_written_beside_it():
    text = ("وصل الرئيس الإيراني محمود أحمدي نجاد أمس الثلاثاء إلى يكاترينبورغ للمشاركة في قمة شنغهاي، بعد تأجيل سفره "
            "بسبب الاحتجاجات التي أعقبت إعلان فوزه في انتخابات 12 يونيو. والتقى نجاد على هامش القمة نظيره الروسي "
            "ديمتري ميدفيديف.")
    df = build_chronology([{"id": "x", "text": text, "published": "2009-06-17"}])
    assert list(zip(df["russia"], df["iran"], df["date_start"])) == [("Dmitry Medvedev", "Mahmoud Ahmadinejad", "2009-06-16")]


@pytest.mark.parametrize("text,published,day", [
    ("پزشکیان روز جمعه با پوتین دیدار کرد؛ نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد.",
     "2024-10-12", "2024-10-11"),
    ("پزشکیان روز جمعه با پوتین دیدار کرد. این نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد بود.",
     "2024-10-12", "2024-10-11"),
    ("این نخستین دیدار پوتین و پزشکیان پس از انتخابات ۱۵ تیر است.", "2024-10-12", "2024-10-12"),
    ("وهذا هو اللقاء الأول بين بوتين وبزشكيان بعد انتخابات 5 يوليو.", "2024-10-12", "2024-10-12"),
    ("التقى بوتين بزشكيان أمس. وهذا أول لقاء بين الرئيسين بعد الانتخابات الإيرانية 5 يوليو.", "2024-10-12", "2024-10-11"),
])
def test_the_day_a_first_contact_is_told_after_is_not_its_day(text, published, day):
    """«نخستین دیدار … پس از مراسم تنفیذ ۱۲ مرداد»: the day the series starts from (no ceremony, no meeting on it)."""
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    assert list(zip(df["date_start"], df["russia"], df["iran"])) == [(day, "Vladimir Putin", "Masoud Pezeshkian")]


def test_a_date_with_its_own_preposition_after_a_first_contact_is_its_day():
    """«أول اتصال هاتفي بعد تنصيبه في 16 أغسطس»: the call's day, not the inauguration's."""
    text = "وكان بوتين قد أجرى مع إبراهيم رئيسي أول اتصال هاتفي بعد تنصيبه في 16 أغسطس، تناول الملف النووي."
    df = build_chronology([{"id": "x", "text": text, "published": "2021-10-06"}])
    assert list(zip(df["date_start"], df["type"])) == [("2021-08-16", "phone_call")]


@pytest.mark.parametrize("text,pairs", [
    ("استقبل بوتين أمس علي لاريجاني مستشار قائد الثورة علي خامنئي في الكرملين.", [("Vladimir Putin", "Ali Larijani")]),
    ("پوتین دیروز با علی لاریجانی مشاور رهبر انقلاب آیت‌الله خامنه‌ای در کرملین دیدار کرد.",
     [("Vladimir Putin", "Ali Larijani")]),
    ("التقى عراقجي أمس مساعد الرئيس الروسي فلاديمير بوتين يوري أوشاكوف في موسكو.", [("Yuri Ushakov", "Abbas Araghchi")]),
    # (a name after the title that is not the one served is the title's holder)
    ("استقبل بوتين أمس مستشار المرشد الإيراني علي أكبر ولايتي في الكرملين.", [("Vladimir Putin", "Ali Akbar Velayati")]),
])
def test_the_one_an_adviser_or_aide_serves_named_after_the_title_is_no_party(text, pairs):
    """«مستشار قائد الثورة علي خامنئي», «مساعد الرئيس الروسي فلاديمير بوتين»: whose adviser, not who met."""
    df = build_chronology([{"id": "x", "text": text, "published": "2025-07-21"}])
    assert list(zip(df["russia"], df["iran"])) == pairs


def test_the_leader_named_by_his_bare_title_is_a_messages_author():
    """«نقل إليه رسالة من المرشد»: the Leader's message to Putin, besides the envoy's meeting."""
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في الكرملين، أمس الأحد، علي لاريجاني مستشار المرشد الإيراني علي خامنئي، "
            "الذي نقل إليه رسالة من المرشد تتعلق بالتطورات الإقليمية.")
    df = build_chronology([{"id": "x", "text": text, "published": "2025-07-21"}])
    assert sorted(zip(df["type"], df["russia"], df["iran"], df["date_start"])) == [
        ("meeting", "Vladimir Putin", "Ali Larijani", "2025-07-20"),
        ("message", "Vladimir Putin", "Ali Khamenei", "2025-07-20")]


@pytest.mark.parametrize("text,published,day", [
    ("أعلن الكرملين أن بوتين سيزور باكو يوم الخميس المقبل للمشاركة في قمة الدول المطلة على بحر قزوين. "
     "وقال مصدر إن بوتين سيلتقي على هامش القمة الرئيس الإيراني مسعود بزشكيان.", "2025-08-04", "2025-08-07"),
    ("پوتین پنجشنبه آینده برای شرکت در اجلاس کشورهای ساحلی خزر به باکو می‌رود. "
     "پوتین در حاشیه این اجلاس با مسعود پزشکیان دیدار خواهد کرد.", "2025-08-04", "2025-08-07"),
    # (no occasion named again; two days to come before: no day)
    ("أعلن الكرملين أن بوتين سيزور باكو يوم الخميس المقبل للمشاركة في قمة الدول المطلة على بحر قزوين. "
     "وقال مصدر إن بوتين سيلتقي الرئيس الإيراني مسعود بزشكيان.", "2025-08-04", ""),
    ("سيزور بوتين باكو يوم الخميس المقبل ثم أنقرة يوم السبت المقبل. "
     "وقال مصدر إن بوتين سيلتقي على هامش القمة الرئيس الإيراني مسعود بزشكيان.", "2025-08-04", ""),
    # (nor a day that is no longer to come, nor one told with no trip or summit)
    ("وصل بوتين إلى باكو اليوم للمشاركة في قمة الدول المطلة على بحر قزوين. "
     "وقال مصدر إن بوتين سيلتقي على هامش القمة الرئيس الإيراني مسعود بزشكيان.", "2025-08-04", ""),
    ("قال الكرملين إن الأسعار سترتفع يوم الخميس المقبل. "
     "وقال مصدر إن بوتين سيلتقي على هامش القمة الرئيس الإيراني مسعود بزشكيان.", "2025-08-04", ""),
])
def test_a_planned_contact_at_an_occasion_named_again_is_on_its_day(text, published, day):
    """«… سيزور باكو يوم الخميس المقبل للمشاركة في قمة … . … سيلتقي على هامش القمة …»: the summit's day."""
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    rows = df[df["iran"] == "Masoud Pezeshkian"]
    assert list(zip(rows["russia"], rows["status"], rows["date_start"])) == [("Vladimir Putin", "planned", day)]


@pytest.mark.parametrize("text,rows", [
    ("وقال لافروف إن البلدين يعدّان لزيارة يقوم بها الرئيس مسعود بزشكيان إلى موسكو لاحقاً، مشيراً إلى الاتصال الهاتفي "
     "الذي جرى بين الرئيسين فلاديمير بوتين ومسعود بزشكيان في 16 آب.", [("2025-08-16", "phone_call")]),
    # (the call told again is the same one)
    ("أجرى بوتين اتصالا هاتفيا مع بزشكيان أمس. وتناول الاتصال الهاتفي بين الرئيسين العلاقات الثنائية.",
     [("2025-10-06", "phone_call")]),
])
def test_the_phone_call_named_with_its_article_is_a_call(text, rows):
    """«الاتصال الهاتفي الذي جرى … في 16 آب»: a call on its day, not a visit."""
    df = build_chronology([{"id": "x", "text": text, "published": "2025-10-07"}])
    assert list(zip(df["date_start"], df["type"])) == rows


@pytest.mark.parametrize("text,rows", [
    ("هیئتی از جمهوری تاتارستان روسیه به ریاست رستم مینیخانوف دیروز وارد شیراز شد و پس از دیدار او با استاندار فارس، "
     "تفاهم‌نامه همکاری گردشگری به امضا رسید.", [("agreement", "Iran"), ("meeting", "Iran")]),
    ("وصل وفد من جمهورية تتارستان الروسية برئاسة رستم مينيخانوف أمس إلى شيراز، وبعد لقائه محافظ فارس وقعت مذكرة تفاهم "
     "للتعاون السياحي.", [("agreement", "Iran"), ("meeting", "Iran")]),
    # (a province named only as a trip's end is still no side)
    ("هیئتی از جمهوری تاتارستان روسیه به ریاست رستم مینیخانوف دیروز پیش از سفر به استان فارس با وزیر امور خارجه ایران "
     "دیدار کرد.", [("meeting", "Mohammad Javad Zarif")]),
])
def test_a_provinces_head_met_before_a_signing_is_its_side(text, rows):
    """«… پس از دیدار او با استاندار فارس، تفاهم‌نامه … به امضا رسید»: the governor is someone met, not a place."""
    df = build_chronology([{"id": "x", "text": text, "published": "2017-10-25"}])
    assert list(zip(df["type"], df["iran"])) == rows and set(df["russia"]) == {"Rustam Minnikhanov"}
    assert set(df["date_start"]) == {"2017-10-24"}


@pytest.mark.parametrize("text,rows", [
    ("حسن روحانی که روز جمعه در حاشیه اجلاس سران شانگهای با ولادیمیر پوتین دیدار کرده بود، امروز برای شرکت در "
     "چهارمین اجلاس سیکا وارد دوشنبه شد.", [("2019-06-14", "meeting", "Vladimir Putin")]),
    # (the sentence's own contact names its Russian side outside the clause: both)
    ("محمدجواد ظریف که روز جمعه در مسکو با ولادیمیر پوتین دیدار کرده بود، امروز در تماس تلفنی با سرگئی لاوروف "
     "گفت‌وگو کرد.", [("2019-06-14", "meeting", "Vladimir Putin"), ("2019-06-15", "phone_call", "Sergei Lavrov")]),
])
def test_a_side_named_only_in_a_relative_clause_is_that_clauses_contact(text, rows):
    """«روحانی که روز جمعه … با پوتین دیدار کرده بود، امروز … وارد دوشنبه شد»: the clause's meeting, no second one."""
    df = build_chronology([{"id": "x", "text": text, "published": "2019-06-15"}])
    assert list(zip(df["date_start"], df["type"], df["russia"])) == rows


def _rows(text: str, published: str, *cols: str) -> list[tuple]:
    df = build_chronology([{"id": "x", "text": text, "published": published}])
    return list(zip(*(df[c] for c in cols)))


def test_a_year_in_a_documents_name_does_not_date_the_talks():
    """«… في ختام محادثات، لتحل محل معاهدة عام 2001»: the talks are yesterday's; 2001 names the old treaty."""
    text = ("وقع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان أمس الجمعة في موسكو معاهدة التعاون الاقتصادي "
            "والأمني الشامل بين البلدين لمدة عشرين عاماً في ختام محادثات مطولة، لتحل محل معاهدة عام 2001.")
    rows = _rows(text, "2025-01-18", "date_start", "type")
    assert ("2025-01-17", "meeting") in rows and ("2001-01-01", "meeting") not in rows


def test_a_contact_counted_from_takes_its_own_date():
    """«دخلت … اليوم الأحد، بعد ساعات من اجتماع عقده … مساء أمس السبت»: the meeting is Saturday's."""
    text = ("أعلنت الحكومة فجر اليوم الأحد إغلاق الحدود، بعد ساعات من اجتماع عقده وزير الخارجية الروسي سيرغي لافروف "
            "ونظيره الإيراني عباس عراقجي مساء أمس السبت في الدوحة.")
    assert _rows(text, "2024-12-08", "date_start", "type", "russia") == [("2024-12-07", "meeting", "Sergei Lavrov")]


def test_a_video_link_in_another_clause_does_not_make_a_meeting_a_call():
    """«التقى رئيسي … لافروف …، فيما شارك بوتين … عبر تقنية الفيديو»: a meeting."""
    text = ("التقى الرئيس الإيراني إبراهيم رئيسي أمس الخميس في جوهانسبرغ وزير الخارجية الروسي سيرغي لافروف، فيما شارك "
            "الرئيس فلاديمير بوتين في القمة عبر تقنية الفيديو.")
    rows = _rows(text, "2023-08-25", "type", "russia")
    assert ("meeting", "Sergei Lavrov") in rows and not any(kind == "phone_call" for kind, _who in rows)


@pytest.mark.parametrize("text,rows", [
    ("أجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالاً هاتفياً بنظيره الأمريكي، ووصف الرئيس الإيراني حسن روحاني "
     "القرار بأنه خاطئ.", []),
    # (the other side named beside the third one: the call stays)
    ("أجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالاً هاتفياً بنظيره الأمريكي وبنظيره الإيراني محمد جواد ظريف.",
     [("phone_call", "Mohammad Javad Zarif")]),
])
def test_a_call_addressed_to_another_countrys_minister_is_no_contact(text, rows):
    """«اتصالاً هاتفياً بنظيره الأمريكي …، ووصف الرئيس الإيراني …»: a call with the United States."""
    assert _rows(text, "2017-10-14", "type", "iran") == rows


def test_talks_with_two_third_country_counterparts_are_no_contact():
    """«عقب محادثات … مع نظيريه الأرمني والأذربيجاني»: the ministry that welcomed the result is no party."""
    text = ("رحبت الخارجية الإيرانية اليوم الأحد بالهدنة التي أعلنها وزير الخارجية الروسي سيرغي لافروف أمس عقب محادثات "
            "في موسكو مع نظيريه الأرمني والأذربيجاني.")
    assert _rows(text, "2020-10-11", "type") == []


def test_a_headline_told_again_on_the_same_day_is_the_bodys():
    """A headline «… ويلتقي لافروف اليوم» and the body's «من المقرر أن يلتقي … لافروف اليوم»: one row."""
    text = ("لاريجاني يبحث مع شويغو الأمن الإقليمي ويلتقي لافروف اليوم\n"
            "بحث أمين المجلس الأعلى للأمن القومي علي لاريجاني أمس في موسكو مع أمين مجلس الأمن الروسي سيرغي شويغو "
            "الأمن الإقليمي.\n"
            "ومن المقرر أن يلتقي لاريجاني وزير الخارجية الروسي سيرغي لافروف اليوم الأربعاء.")
    assert sorted(_rows(text, "2025-11-12", "date_start", "russia")) == [("2025-11-11", "Sergei Shoigu"),
                                                                        ("2025-11-12", "Sergei Lavrov")]


def test_the_two_sides_are_not_those_of_a_meeting_called_off():
    """«وأُلغي لقاء … بين باقري كني وسلوتسكي … واتفق الجانبان …»: the two who met."""
    text = ("استقبل نائب وزير الخارجية الروسي سيرغي ريابكوف أمس الاثنين كبير المفاوضين الإيرانيين علي باقري كني. "
            "وأُلغي لقاء كان مقرراً اليوم بين باقري كني ورئيس لجنة الشؤون الدولية في مجلس الدوما ليونيد سلوتسكي. "
            "واتفق الجانبان على عقد جولة جديدة من المشاورات في طهران في أكتوبر المقبل.")
    rows = _rows(text, "2022-09-27", "status", "russia")
    assert ("planned", "Sergei Ryabkov") in rows and ("planned", "Leonid Slutsky") not in rows


@pytest.mark.parametrize("text,people", [
    ("أجرى أمين مجلس الأمن الروسي سيرغي شويغو اليوم الاثنين محادثات مع أمين المجلس الأعلى للأمن القومي علي أكبر "
     "أحمديان ورئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري.", {"Ali Akbar Ahmadian", "Mohammad Bagheri"}),
    # (the title first, then the name: others within reach of the name are taken too)
    ("أجرى وزير الدفاع الروسي سيرغي شويغو اليوم الاثنين مباحثات في طهران مع رئيس هيئة الأركان العامة للقوات "
     "المسلحة الإيرانية اللواء محمد باقري، ووزير الدفاع العميد محمد رضا آشتياني.",
     {"Mohammad Bagheri", "Mohammad-Reza Gharaei Ashtiani"}),
])
def test_a_chief_of_staff_is_a_side_with_the_others_named_beside_him(text, people):
    """«… علي أكبر أحمديان ورئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري»: both met."""
    assert {iran for (iran,) in _rows(text, "2024-08-05", "iran")} == people


@pytest.mark.parametrize("text,rows", [
    ("نقل وزير الخارجية الإيراني محمد جواد ظريف رسالة من الرئيس حسن روحاني إلى الرئيس فلاديمير بوتين خلال اتصال هاتفي "
     "أجراه معه مساء أمس.", [("message", "Hassan Rouhani"), ("phone_call", "Mohammad Javad Zarif")]),
    # (a call's own congratulations, or an earlier telegram of the caller: no letter carried; the telegram is a
    # message of its own, on Saturday)
    ("هنأ الرئيس الروسي فلاديمير بوتين في اتصال هاتفي أمس الرئيس الإيراني المنتخب مسعود بزشكيان، بعدما كان قد بعث إليه "
     "ببرقية تهنئة يوم السبت.", [("message", "Masoud Pezeshkian"), ("phone_call", "Masoud Pezeshkian")]),
])
def test_a_letter_read_out_in_a_call_is_a_message_of_its_author(text, rows):
    """«نقل ظريف رسالة من روحاني إلى بوتين خلال اتصال هاتفي»: the call, and Rouhani's message to Putin."""
    assert sorted(_rows(text, "2024-07-10", "type", "iran")) == rows


def test_a_contact_word_addressed_to_another_countrys_minister_does_not_date_the_sides_call():
    """«… في 13 تموز عقب لقائه نظيرته الأميركية …، ثم بحثها هاتفياً مع نظيره الإيراني … في الحادي والعشرين من الشهر
    نفسه»: the call is on the 21st."""
    text = ("وكان وزير الخارجية الروسي سيرغي لافروف قد عرض الخطة في واشنطن في 13 تموز/يوليو الماضي عقب لقائه نظيرته "
            "الأميركية، ثم بحثها هاتفياً مع نظيره الإيراني علي أكبر صالحي في الحادي والعشرين من الشهر نفسه.")
    assert _rows(text, "2011-08-16", "date_start", "type") == [("2011-07-21", "phone_call")]


def test_deputies_who_met_in_a_group_are_a_contact():
    """«… نواب وزراء خارجية الدول الأربع، ومنهم الروسي … والإيراني …، قد اجتمعوا في موسكو في 4 نيسان»."""
    text = ("وكان نواب وزراء خارجية الدول الأربع، ومنهم الروسي ميخائيل بوغدانوف والإيراني علي أصغر حاجي، قد اجتمعوا في "
            "موسكو في 4 نيسان/أبريل الماضي.")
    assert _rows(text, "2023-05-11", "date_start", "russia", "iran") == [("2023-04-04", "Mikhail Bogdanov", "Ali Asghar Khaji")]


def test_a_telegram_and_the_call_after_it_are_two_contacts():
    """«هنأ بوتين روحاني في برقية … يوم 15 حزيران، قبل أن يجري الرئيسان أول اتصال هاتفي … في 8 آب»."""
    text = ("هنأ الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني في برقية يوم 15 حزيران/يونيو، قبل أن يجري "
            "الرئيسان أول اتصال هاتفي بينهما في 8 آب/أغسطس.")
    assert _rows(text, "2013-09-14", "date_start", "type") == [("2013-06-15", "message"), ("2013-08-08", "phone_call")]


def test_a_year_of_a_freeze_does_not_date_the_meeting():
    """«اللقاء الأول بين روحاني وبوتين … بعد فتور إثر تجميد موسكو صفقة الصواريخ عام 2010»: not a meeting of 2010."""
    text = ("التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين أمس الجمعة في بيشكك. ويرى مراقبون أن اللقاء "
            "الأول بين روحاني وبوتين يفتح صفحة جديدة بعد فتور إثر تجميد موسكو صفقة الصواريخ عام 2010.")
    assert {d for (d,) in _rows(text, "2013-09-14", "date_start")} == {"2013-09-13"}


def test_what_was_said_at_the_start_of_the_meeting_goes_on_with_it():
    """«وقال بوتين في مستهل اللقاء إن روسيا ستبذل جهوداً …»: the meeting told before, nothing planned."""
    text = ("استقبل الرئيس الروسي فلاديمير بوتين اليوم الاثنين في الكرملين وزير الخارجية الإيراني عباس عراقجي. "
            "وقال بوتين في مستهل اللقاء إن روسيا «ستبذل جهوداً لمساعدة الشعب الإيراني»، فيما نقل عراقجي إلى بوتين "
            "تحيات المرشد الأعلى علي خامنئي.")
    assert _rows(text, "2025-06-23", "date_start", "status") == [("2025-06-23", "occurred")]


def test_a_signing_recalled_by_the_two_presidents_is_theirs_on_its_day():
    """«وقال بوتين في مستهل اللقاء إن … معاهدة الشراكة … التي وقعها الرئيسان في موسكو في 17 يناير (كانون الثاني) الماضي»:
    the sentence goes on with the meeting, and the signing it recalls is the presidents' of that day (the date may
    run past the reach of «وقعها»)."""
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان أمس الإثنين في تيانجين.\n"
            "وقال بوتين في مستهل اللقاء إن العلاقات تتطور، مشيراً إلى أن معاهدة الشراكة الاستراتيجية الشاملة التي وقعها الرئيسان في "
            "موسكو في 17 يناير (كانون الثاني) الماضي ستدخل حيز التنفيذ في أكتوبر المقبل.")
    rows = _rows(text, "2025-09-02", "date_start", "type", "russia", "iran")
    assert ("2025-01-17", "agreement", "Vladimir Putin", "Masoud Pezeshkian") in rows


@pytest.mark.parametrize("text,published", [
    ("معاهده مشارکت راهبردی جامع ایران و روسیه که ۲۸ دی ۱۴۰۳ در مسکو به امضای مسعود پزشکیان و ولادیمیر پوتین رسید، "
     "از ۱۰ مهر پارسال لازم‌الاجرا شده است.", "2026-04-28"),
    ("وكان الرئيسان فلاديمير بوتين ومسعود بزشكيان قد وقعا معاهدة الشراكة التي دخلت حيز التنفيذ في 2 أكتوبر الماضي.",
     "2025-11-12"),
])
def test_the_day_a_treaty_took_effect_is_no_signing(text, published):
    """«… از ۱۰ مهر پارسال لازم‌الاجرا شده است», «… دخلت حيز التنفيذ في 2 أكتوبر»: not a signing on 2 October 2025."""
    days = [d for d, kind in _rows(text, published, "date_start", "type") if kind == "agreement"]
    assert len(days) == 1 and days != ["2025-10-02"]


@pytest.mark.parametrize("text,signed", [
    ("ایگور کراسنوف، رئیس دیوان عالی روسیه، صبح دیروز با غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، دیدار و گفتگو کرد.\n"
     "در پایان این دیدار، تفاهم‌نامه همکاری قضایی میان دیوان‌های عالی دو کشور به امضا رسید.", True),
    # (companies, or every country of a gathering, signing there: no signing of the two)
    ("ایگور کراسنوف، رئیس دیوان عالی روسیه، صبح دیروز با غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، دیدار و گفتگو کرد.\n"
     "در حاشیه این دیدار، دو شرکت خصوصی تفاهم‌نامه‌ای را امضا کردند.", False),
])
def test_a_signing_at_the_end_of_a_meeting_is_a_contact_of_its_own(text, signed):
    """«در پایان این دیدار، تفاهم‌نامه … میان دیوان‌های عالی دو کشور به امضا رسید»: the meeting's sides signed, that day."""
    rows = _rows(text, "2026-04-28", "date_start", "type", "russia")
    assert (("2026-04-27", "agreement", "Igor Krasnov") in rows) == signed
    assert ("2026-04-27", "meeting", "Igor Krasnov") in rows


@pytest.mark.parametrize("text,place", [
    ("محمود احمدی‌نژاد و دیمیتری مدودف روز پنجشنبه در باکو با یکدیگر دیدار کردند؛ این نخستین دیدار دو رئیس‌جمهور "
     "پس از فرمان شهریورماه مدودف درباره توقف تحویل سامانه اس-۳۰۰ به ایران بود.", "Baku"),
    # (a trip told: where it goes is the venue)
    ("سرگئی لاوروف روز پنجشنبه در سفر به تهران با محمدجواد ظریف دیدار کرد.", "Tehran"),
])
def test_a_place_something_goes_to_is_a_venue_only_of_a_trip(text, place):
    """«… تحویل سامانه اس-۳۰۰ به ایران»: the meeting in Baku is not a second one in Iran; «در سفر به تهران» has Tehran."""
    assert [p or "" for (p,) in _rows(text, "2010-11-20", "place")] == [place]


def test_a_past_perfect_clause_beside_the_storys_day_does_not_hide_it():
    """«نشست … روز چهارشنبه در مسکو برگزار شد و طالبان به آن دعوت نشده بودند. کابلوف در حاشیه این نشست با کاظمی قمی
    دیدار … کرد»: the meeting is on Wednesday, the day of the gathering told just before."""
    text = ("چهارمین نشست فارمت مسکو روز چهارشنبه با حضور نمایندگان ویژه چند کشور در مسکو برگزار شد و طالبان به آن "
            "دعوت نشده بودند. ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه برای افغانستان، در حاشیه این نشست با حسن کاظمی "
            "قمی، نماینده ویژه ایران، دیدار و گفتگو کرد.")
    assert _rows(text, "2022-11-17", "date_start", "russia") == [("2022-11-16", "Zamir Kabulov")]


def test_a_pages_tags_are_no_contact():
    """«برچسب‌ها: روسیه، اجلاس خزر، پوتین، متکی | …»: the tags name a summit, not one of the two."""
    text = ("منوچهر متکی، وزیر امور خارجه، دیشب در گفت‌وگویی تلفنی با سرگئی لاوروف، همتای روس خود، رایزنی کرد.\n"
            "برچسب‌ها: روسیه، اجلاس خزر، پوتین، متکی | © روزنامه قدس ۱۳۸۶")
    assert _rows(text, "2007-10-11", "type") == [("phone_call",)]


@pytest.mark.parametrize("text,leader", [
    ("ولادیمیر پوتین روز سه‌شنبه برای سفری رسمی وارد تهران می‌شود و با محمود احمدی‌نژاد دیدار خواهد کرد.\n"
     "قرار است پوتین در این سفر با رهبر معظم انقلاب نیز دیدار کند.", True),
    # (no «also»: a rumour of the trip, told and denied, goes on with it)
    ("ولادیمیر پوتین روز سه‌شنبه برای سفری رسمی وارد تهران می‌شود و با محمود احمدی‌نژاد دیدار خواهد کرد.\n"
     "برخی رسانه‌ها از احتمال دیدار پوتین با رهبر معظم انقلاب در این سفر خبر داده بودند.", False),
])
def test_also_meeting_someone_new_on_the_trip_is_a_meeting_of_its_own(text, leader):
    """«قرار است پوتین در این سفر با رهبر معظم انقلاب نیز دیدار کند»: a second meeting on the trip, on its day."""
    rows = _rows(text, "2007-10-11", "date_start", "iran")
    assert (("2007-10-16", "Ali Khamenei") in rows) == leader and ("2007-10-16", "Mahmoud Ahmadinejad") in rows


def test_kharrazi_is_irans_foreign_minister_before_mottaki():
    """«… در تماسی تلفنی با کمال خرازی، وزیر امور خارجه کشورمان»: a person of actors.toml, in office in 2005."""
    text = "سرگئی لاوروف، وزیر امور خارجه روسیه، عصر پنجشنبه در تماسی تلفنی با کمال خرازی، وزیر امور خارجه کشورمان، رایزنی کرد."
    assert _rows(text, "2005-05-14", "date_start", "iran") == [("2005-05-12", "Kamal Kharrazi")]


def test_their_first_meeting_told_alone_is_the_pairs():
    """«… این دومین دیدار دو رئیس‌جمهور بود. نخستین دیدار آنها ۲۰ مهر در عشق‌آباد برگزار شده بود»: the two presidents'."""
    text = ("مسعود پزشکیان عصر روز چهارشنبه در قازان با ولادیمیر پوتین دیدار کرد. "
            "نخستین دیدار آنها ۲۰ مهر در عشق‌آباد برگزار شده بود.")
    assert sorted(_rows(text, "2024-10-24", "date_start", "russia", "iran")) == [
        ("2024-10-11", "Vladimir Putin", "Masoud Pezeshkian"), ("2024-10-23", "Vladimir Putin", "Masoud Pezeshkian")]


@pytest.mark.parametrize("text,rows", [
    ("علی لاریجانی امروز با سرگئی شویگو، دبیر شورای امنیت روسیه، دیدار می‌کند و قرار است روز جمعه در همایش "
     "بین‌المللی امنیت در مسکو سخنرانی کند.", [("meeting", "Sergei Shoigu")]),
])
def test_a_speech_at_a_conference_is_no_contact_of_the_presidents(text, rows):
    """«… و قرار است روز جمعه در همایش بین‌المللی امنیت در مسکو سخنرانی کند»: no summit of Putin and Pezeshkian."""
    assert _rows(text, "2026-05-20", "type", "russia") == rows


@pytest.mark.parametrize("text,published,rows", [
    ("متن معاهده جامع همکاری راهبردی ایران و روسیه قرار است تا پایان سال ۲۰۲۴ میلادی نهایی شود.", "2024-09-12", []),
    ("وأكد لافروف أن الخبراء يضعون اللمسات الأخيرة على نص معاهدة الشراكة الشاملة بين روسيا وإيران.", "2024-09-12", []),
    # (its text signed: a signing)
    ("وقع وزيرا خارجية روسيا وإيران اليوم على نص الاتفاقية.", "2024-09-12", [("agreement",)]),
])
def test_a_documents_text_being_drafted_is_no_contact(text, published, rows):
    """«متن معاهده … قرار است تا پایان سال ۲۰۲۴ میلادی نهایی شود»: the text is finalized; no one signs."""
    assert _rows(text, published, "type") == rows


@pytest.mark.parametrize("text,rows", [
    ("به گزارش کیهان، ولادیمیر پوتین با ارسال پیامی به حسن روحانی و سرگئی لاوروف در تماسی تلفنی با محمدجواد ظریف، "
     "روز گذشته جان باختن هموطنان‌مان در زلزله کرمانشاه را تسلیت گفتند.",
     [("2017-11-13", "message", "Vladimir Putin", "Hassan Rouhani"),
      ("2017-11-13", "phone_call", "Sergei Lavrov", "Mohammad Javad Zarif")]),
    # (a list of one side's people after «and»: one meeting)
    ("ویاچسلاو ولودین، رئیس دومای دولتی روسیه، روز گذشته با محمد مخبر، سرپرست ریاست‌جمهوری، و محمدباقر قالیباف، "
     "رئیس مجلس، دیدار و گفت‌وگو کرد.",
     [("2017-11-13", "meeting", "Vyacheslav Volodin", "Mohammad Bagher Ghalibaf"),
      ("2017-11-13", "meeting", "Vyacheslav Volodin", "Mohammad Mokhber")]),
])
def test_and_a_new_subject_of_the_other_side_opens_a_contact_of_its_own(text, rows):
    """«پوتین با ارسال پیامی به روحانی و لاوروف در تماسی تلفنی با ظریف، روز گذشته … تسلیت گفتند»: a message and a call,
    both on the day the shared verb is told."""
    assert sorted(_rows(text, "2017-11-14", "date_start", "type", "russia", "iran")) == rows


@pytest.mark.parametrize("text,day", [
    # (Arabic puts the in-force verb before its date: a date before it is the signing's)
    ("وقعت روسيا وإيران في 5 مايو اتفاقية تدخل حيز التنفيذ فورا.", "2023-05-05"),
    # (a year in a document's name, the sentence's only date: the talks are on the document's day, not in 2001)
    ("وقع بوتين وبزشكيان معاهدة الشراكة الاستراتيجية الشاملة في ختام محادثات موسعة، لتحل محل معاهدة عام 2001.",
     "2024-01-01"),
])
def test_a_signings_own_date_beside_an_in_force_verb_or_an_old_documents_year(text, day):
    """«وقعت روسيا وإيران في 5 مايو اتفاقية تدخل حيز التنفيذ فورا»: signed on 5 May; «… لتحل محل معاهدة عام 2001»: no
    meeting in 2001."""
    rows = _rows(text, "2024-01-01", "date_start", "type")
    assert (day, "agreement") in rows and ("2001-01-01", "meeting") not in rows


@pytest.mark.parametrize("text,published,rows", [
    ("وكان لافروف وظريف قد عقدا في جنيف ليل 23 تشرين الثاني لقاء ثنائيا، قبل ساعات من إعلان الاتفاق، ثم تحادثا "
     "هاتفيا في 3 كانون الأول الجاري لتنسيق المواقف.", "2013-12-12",
     [("2013-11-23", "meeting"), ("2013-12-03", "phone_call")]),
    ("لاوروف و ظریف روز ۲ آبان در مسکو دیدار کرده بودند و سپس روز ۱۰ آبان تلفنی گفت‌وگو کردند.", "2015-11-10",
     [("2015-10-24", "meeting"), ("2015-11-01", "phone_call")]),
])
def test_then_and_a_contact_word_of_its_own_is_a_second_contact(text, published, rows):
    """«… لقاء ثنائيا في 23 تشرين الثاني، … ثم تحادثا هاتفيا في 3 كانون الأول»: a meeting, then a call."""
    assert _rows(text, published, "date_start", "type") == rows


def test_then_and_a_contact_dated_only_by_another_event_stays_one_report():
    """«أجرى شويغو … أمس الاثنين محادثات مع أحمديان، ثم استقبله بزشكيان، وذلك بعد … اغتيال هنية فجر 31 يوليو»."""
    text = ("أجرى أمين مجلس الأمن الروسي سيرغي شويغو في طهران، أمس الاثنين، محادثات مع نظيره الإيراني علي أكبر أحمديان، "
            "ثم استقبله الرئيس مسعود بزشكيان، وذلك بعد أقل من أسبوع على اغتيال إسماعيل هنية في طهران فجر 31 يوليو.")
    assert {d for (d,) in _rows(text, "2024-08-06", "date_start")} == {"2024-08-05"}


def test_a_deal_known_by_its_city_is_no_signing():
    """«التعاون مع روسيا لن يتأثر باتفاق جنيف»: the Geneva deal named, no agreement between the two."""
    text = "قال وزير الخارجية الإيراني محمد جواد ظريف إن التعاون مع روسيا لن يتأثر باتفاق جنيف."
    assert _rows(text, "2013-12-12", "type") == []


@pytest.mark.parametrize("text,published,place", [
    ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف أمس في جنيف.", "2015-03-20", "Geneva"),
    ("لاوروف و ظریف روز گذشته در وین دیدار کردند.", "2015-07-10", "Vienna"),
])
def test_a_meeting_in_a_third_countrys_city_is_held_there(text, published, place):
    assert _rows(text, published, "place") == [(place,)]


def test_an_ambassadors_post_is_no_venue():
    """«… رغم اغتيال السفير الروسي لدى أنقرة …، حيث نقل ظريف في مستهل لقائه الثنائي مع لافروف …»: not in Ankara."""
    text = ("عقد وزيرا الخارجية الروسي سيرغي لافروف والإيراني محمد جواد ظريف اليوم الثلاثاء لقاء ثنائيا رغم اغتيال "
            "السفير الروسي لدى أنقرة أمس.")
    assert _rows(text, "2016-12-20", "date_start", "place") == [("2016-12-20", "")]


def test_a_decision_after_a_meeting_is_a_clause_of_its_own():
    """«والتقى بوتين روحاني … قبل القمة، وتقرر أن تعقد القمة المقبلة في إيران»: the meeting is not in Iran; the
    next summit is a plan of its own."""
    text = ("عقد الرئيسان الروسي فلاديمير بوتين والإيراني حسن روحاني أمس في أنقرة قمة مع الرئيس التركي. والتقى بوتين "
            "روحاني على انفراد قبل القمة، وتقرر أن تعقد القمة المقبلة في إيران في موعد يحدد لاحقا.")
    rows = _rows(text, "2019-09-17", "date_start", "status", "place")
    assert ("2019-09-16", "occurred", "Ankara") in rows and ("2019-09-16", "occurred", "Iran") not in rows
    assert ("", "planned", "Iran") in rows


def test_the_two_countries_considering_a_deal_is_a_plan_of_the_countries():
    """«…، وأن البلدين يدرسان توقيع عقد …»: a planned agreement of Russia and Iran, not of the people met."""
    text = ("أعلن لافروف أن الرئيس فلاديمير بوتين سيستقبل ظريف غدا الجمعة في الكرملين، وأن البلدين يدرسان توقيع عقد "
            "لبناء وحدات جديدة في محطة بوشهر.")
    rows = _rows(text, "2013-12-12", "type", "status", "russia", "iran")
    assert ("agreement", "planned", "Russia", "Iran") in rows
    assert not any(t == "agreement" and r != "Russia" for t, _s, r, _i in rows)


def test_the_tense_and_place_of_a_clause_of_another_event_are_not_the_contacts():
    """«واجتمع بوتين وروحاني على انفراد قبيل القمة، فيما يستقبل الرئيس الروسي غداً … في سانت بطرسبرغ نظيره التركي»:
    the meeting happened, and not in Saint Petersburg."""
    text = ("عقد الرئيسان الروسي فلاديمير بوتين والإيراني حسن روحاني اليوم الاثنين قمة في باكو. واجتمع بوتين وروحاني "
            "على انفراد قبيل القمة، فيما يستقبل الرئيس الروسي غداً الثلاثاء في سانت بطرسبرغ نظيره التركي رجب طيب أردوغان.")
    rows = _rows(text, "2016-08-08", "date_start", "status", "place")
    assert all(status == "occurred" and place != "Saint Petersburg" for _d, status, place in rows)


def test_a_call_stays_told_in_the_past_beside_a_meeting_put_off():
    """«وأجرى عبد اللهيان … اتصالاً هاتفياً بنظيره سيرغي لافروف …، فيما تقرر إرجاء اجتماعات اللجنة … التي كانت مقررة …»."""
    text = ("وأجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان أمس السبت اتصالاً هاتفياً بنظيره الروسي سيرغي لافروف نقل "
            "خلاله تعازي طهران، فيما تقرر إرجاء اجتماعات اللجنة الاقتصادية المشتركة التي كانت مقررة في موسكو إلى أفريل المقبل.")
    assert ("phone_call", "occurred", "2024-03-23") in _rows(text, "2024-03-24", "type", "status", "date_start")


@pytest.mark.parametrize("text,published", [
    ("وقال بوتين بعد لقائه رئيسي إن العمل على معاهدة جديدة للتعاون الشامل بين البلدين «يقترب من نهايته».", "2022-09-16"),
    ("پوتین گفت کار روی معاهده جدید همکاری جامع میان ایران و روسیه رو به پایان است.", "2022-09-16"),
])
def test_work_on_a_treaty_is_no_signing(text, published):
    assert [t for (t,) in _rows(text, published, "type") if t == "agreement"] == []


def test_earlier_meetings_told_by_their_cities_and_days_are_contacts_of_the_two():
    """«… هي الثالثة بينهما هذا العام بعد لقاءي موسكو في 17 يناير وتيانجين في الأول من سبتمبر»: three meetings."""
    text = ("عقد الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، البارحة، محادثات على هامش المنتدى الدولي، "
            "هي الثالثة بينهما هذا العام بعد لقاءي موسكو في 17 يناير وتيانجين في الأول من سبتمبر.")
    assert _rows(text, "2025-12-13", "date_start", "russia", "iran") == [
        ("2025-01-17", "Vladimir Putin", "Masoud Pezeshkian"), ("2025-09-01", "Vladimir Putin", "Masoud Pezeshkian"),
        ("2025-12-12", "Vladimir Putin", "Masoud Pezeshkian")]


def test_a_second_counterpart_met_the_next_day_is_a_contact_of_that_day():
    """«… دوشنبه در مسکو با ریابکوف … رایزنی کرد و روز بعد با بوگدانوف … نیز دیدار کرد»: two meetings, a day apart."""
    text = ("علی باقری کنی، معاون سیاسی وزیر امور خارجه، دوشنبه در مسکو با سرگئی ریابکوف، معاون وزیر خارجه روسیه، درباره "
            "برجام رایزنی کرد و روز بعد با میخائیل بوگدانوف، نماینده ویژه رئیس‌جمهور روسیه در امور خاورمیانه، نیز دیدار کرد.")
    assert _rows(text, "2023-03-01", "date_start", "russia") == [("2023-02-27", "Sergei Ryabkov"),
                                                                  ("2023-02-28", "Mikhail Bogdanov")]


def test_a_trilateral_meeting_of_ministers_is_a_contact_and_a_called_off_trip_joins_no_gathering():
    """«ظریف، لاوروف و المعلم … عصر دیروز در مسکو نشستی سه‌جانبه برگزار کردند … سفر شویگو … به تهران که برای دوشنبه
    آینده برنامه‌ریزی شده بود، لغو شد»: the ministers' meeting; the trip called off is no one's part in it."""
    text = ("محمدجواد ظریف، سرگئی لاوروف و ولید المعلم، وزیران خارجه ایران، روسیه و سوریه، عصر دیروز در مسکو نشستی "
            "سه‌جانبه برگزار کردند. سفر سرگئی شویگو، وزیر دفاع روسیه، به تهران که برای دوشنبه آینده برنامه‌ریزی شده "
            "بود، لغو شد.")
    rows = _rows(text, "2017-04-15", "date_start", "status", "russia", "iran")
    assert ("2017-04-14", "occurred", "Sergei Lavrov", "Mohammad Javad Zarif") in rows
    assert [r for r in rows if r[2] == "Sergei Shoigu"] == [("2017-04-17", "cancelled", "Sergei Shoigu", "Iran")]


def test_and_a_list_of_people_with_also_opens_a_contact_of_their_own():
    """«… دو رئیس‌جمهور … گفت‌وگو کردند و عباس عراقچی و سرگئی لاوروف نیز یادداشت تفاهم … را امضا کردند»: the
    presidents' talks and the ministers' signing."""
    text = ("معاهده مشارکت راهبردی جامع ایران و روسیه دیروز جمعه ۲۸ دی‌ماه در کرملین به امضای مسعود پزشکیان و ولادیمیر "
            "پوتین رسید. پیش از مراسم امضا، دو رئیس‌جمهور حدود سه ساعت گفت‌وگو کردند و عباس عراقچی و سرگئی لاوروف نیز "
            "یادداشت تفاهم همکاری را امضا کردند.")
    rows = {(FAMILIES[t], r, i) for t, r, i in _rows(text, "2025-01-18", "type", "russia", "iran")}
    assert rows == {("meeting", "Vladimir Putin", "Masoud Pezeshkian"), ("agreement", "Vladimir Putin", "Masoud Pezeshkian"),
                    ("agreement", "Sergei Lavrov", "Abbas Araghchi")}


def test_talks_told_as_the_time_of_a_message_are_with_the_carriers_counterpart():
    """«سلّم … عراقجي، أمس الخميس …، رسالة … إلى … بوتين …، وذلك بعد محادثات أجراها في اليوم نفسه مع نظيره الروسي
    سيرغي لافروف»: Araghchi's talks with Lavrov that day too."""
    text = ("سلّم وزير الخارجية الإيراني عباس عراقجي، أمس الخميس في الكرملين، رسالة خطية من المرشد علي خامنئي إلى الرئيس "
            "الروسي فلاديمير بوتين، وذلك بعد محادثات أجراها في اليوم نفسه مع نظيره الروسي سيرغي لافروف.")
    assert ("2025-04-17", "Sergei Lavrov", "Abbas Araghchi") in _rows(text, "2025-04-18", "date_start", "russia", "iran")


def test_people_met_one_after_the_other_in_a_later_part_are_a_contact_each():
    """«لاوروف فردا … وارد تهران می‌شود و روز دوشنبه با عباس عراقچی و سپس با مسعود پزشکیان دیدار خواهد کرد»."""
    text = ("سخنگوی وزارت امور خارجه امروز اعلام کرد سرگئی لاوروف فردا یکشنبه برای سفری دوروزه وارد تهران می‌شود و روز "
            "دوشنبه با عباس عراقچی و سپس با مسعود پزشکیان دیدار خواهد کرد.")
    rows = _rows(text, "2026-02-07", "date_start", "type", "iran")
    assert ("2026-02-09", "meeting", "Abbas Araghchi") in rows and ("2026-02-09", "meeting", "Masoud Pezeshkian") in rows


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية الإيراني محمد جواد ظريف إن معاهدة روسيا وإيران لن تتأثر.",
    "قال وزير الخارجية الإيراني محمد جواد ظريف إن اتفاقية طهران مع روسيا لن تتأثر.",
])
def test_a_document_named_by_a_side_is_no_deal_known_by_a_city(text):
    """«معاهدة روسيا وإيران», «اتفاقية طهران مع روسيا»: named by a side or its capital, not by a third country's city."""
    assert ("agreement",) in _rows(text, "2020-01-01", "type")


@pytest.mark.parametrize("text,expected", [
    # «study» later in the sentence is no plan of the meeting
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو يوم الاثنين، وبحثا الملف النووي الذي "
     "يدرس البرلمان تفاصيله.", ("meeting", "occurred", "Moscow")),
    # «work on» carrying it out, or a document's drafting told by a noun, is no draft instead of the signing
    ("شهد بوتين ورئيسي في موسكو يوم الاثنين توقيع اتفاقية تعاون، واتفقا على العمل على تنفيذها سريعا.",
     ("agreement", "occurred", "Moscow")),
    ("پوتین و رئیسی روز دوشنبه در مسکو شاهد امضای سند همکاری بودند که تهیه آن دو سال طول کشید.",
     ("agreement", "occurred", "Moscow")),
    # a city a call is about is not where it was held
    ("پوتین و رئیسی روز دوشنبه درباره روند مذاکرات در وین تلفنی گفتگو کردند.", ("phone_call", "occurred", "")),
])
def test_review_cases_of_plan_draft_and_venue_words(text, expected):
    assert _rows(text, "2024-05-10", "type", "status", "place") == [expected]


def test_also_and_a_call_after_talks_is_a_second_contact_with_the_message_carried_on_it():
    """«أجرى عراقجي … محادثات مع نظيره الروسي لافروف، كما أجرى اتصالا هاتفيا بالرئيس بوتين، نقل خلاله رسالة هامة من
    الرئيس بزشكيان»: talks with Lavrov, a call with Putin (Araghchi's, not the author's) and Pezeshkian's message."""
    text = ("أجرى وزير الخارجية عباس عراقجي أمس الاثنين في موسكو محادثات مع نظيره الروسي سيرغي لافروف، كما أجرى "
            "اتصالا هاتفيا بالرئيس فلاديمير بوتين، نقل خلاله رسالة هامة من الرئيس مسعود بزشكيان.")
    rows = set(_rows(text, "2025-03-04", "date_start", "type", "russia", "iran"))
    assert rows == {("2025-03-03", "meeting", "Sergei Lavrov", "Abbas Araghchi"),
                    ("2025-03-03", "phone_call", "Vladimir Putin", "Abbas Araghchi"),
                    ("2025-03-03", "message", "Vladimir Putin", "Masoud Pezeshkian")}


def test_a_later_part_whose_own_contact_is_the_message_keeps_its_author_as_the_side():
    """«…، ويسلم رسالة من المرشد علي خامنئي إلى بوتين»: the Leader's message to Putin, no second one from the envoy."""
    text = ("يلتقي وزير الخارجية الإيراني عباس عراقجي نظيره الروسي سيرغي لافروف في موسكو اليوم السبت، ويسلم "
            "رسالة من المرشد علي خامنئي إلى بوتين.")
    assert set(_rows(text, "2025-04-19", "type", "russia", "iran")) == {
        ("meeting", "Sergei Lavrov", "Abbas Araghchi"), ("message", "Vladimir Putin", "Ali Khamenei")}


def test_a_visit_carrying_a_presidents_message_is_also_that_message():
    """«زار … طهران … حاملاً رسالة من الرئيس ديمتري مدفيديف إلى نظيره …»: the first name, however written, is part of
    the author's name."""
    text = ("وكان سكرتير مجلس الأمن الروسي نيكولاي باتروشيف قد زار طهران في 20 أيار/مايو الماضي حاملاً رسالة من "
            "الرئيس ديمتري مدفيديف إلى نظيره محمود أحمدي نجاد.")
    assert set(_rows(text, "2010-07-01", "date_start", "type", "russia", "iran")) == {
        ("2010-05-20", "visit", "Nikolai Patrushev", "Mahmoud Ahmadinejad"),
        ("2010-05-20", "message", "Dmitry Medvedev", "Mahmoud Ahmadinejad")}


def test_a_first_name_spelt_another_way_is_part_of_a_messages_author():
    """«پیام کتبی دمیتری مدودف» (the tables write «دیمیتری»): Medvedev's message, carried by the one who met."""
    text = "نیکلای پاتروشف امروز در تهران با محمود احمدی‌نژاد دیدار کرد و پیام کتبی دمیتری مدودف را به وی تحویل داد."
    assert set(_rows(text, "2010-05-20", "type", "russia", "iran")) == {
        ("meeting", "Nikolai Patrushev", "Mahmoud Ahmadinejad"), ("message", "Dmitry Medvedev", "Mahmoud Ahmadinejad")}


@pytest.mark.parametrize("text,published,expected", [
    # the day after the day told in the sentence before, not after the document date
    ("أجرى نائب وزير الخارجية الإيراني كاظم غريب آبادي ونائب وزير الخارجية الروسي سيرغي ريابكوف، أول أمس في موسكو، "
     "جولة مشاورات. والتقى غريب آبادي في اليوم التالي المبعوث الخاص للرئيس الروسي ألكسندر لافرنتييف.", "2025-03-10",
     ("2025-03-09", "meeting", "occurred", "Alexander Lavrentiev")),
    # the day after a date told as an event's, whoever else is named in a clause of another event
    ("وتحطمت المروحية في 19 أيار الماضي. وكان الرئيس فلاديمير بوتين قد بعث في اليوم التالي برقية تعزية إلى المرشد "
     "علي خامنئي، فيما شارك رئيس مجلس الدوما فياتشيسلاف فولودين في مراسم التشييع في طهران.", "2024-06-12",
     ("2024-05-20", "message", "occurred", "Vladimir Putin")),
])
def test_the_next_day_counts_from_the_day_the_story_told_before(text, published, expected):
    assert expected in _rows(text, published, "date_start", "type", "status", "russia")


@pytest.mark.parametrize("text,published,messages", [
    # several messages: one from each author, a bare title too
    ("علی‌اکبر ولایتی روز پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام‌های رهبر انقلاب و رئیس‌جمهور را به "
     "وی تحویل داد.", "2018-07-13", {"Ali Khamenei", "Hassan Rouhani"}),
    ("استقبل الرئيس الروسي فلاديمير بوتين أمس في الكرملين علي لاريجاني الذي سلمه رسالتين من المرشد علي خامنئي والرئيس "
     "مسعود بزشكيان.", "2025-07-21", {"Ali Khamenei", "Masoud Pezeshkian"}),
    # one message of two authors: one row, both on its side
    ("علی‌اکبر ولایتی روز پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیامی از سوی رهبر انقلاب و رئیس‌جمهور را "
     "به وی تحویل داد.", "2018-07-13", {"Ali Khamenei; Hassan Rouhani"}),
])
def test_messages_carried_from_two_authors_are_two_only_when_the_word_says_several(text, published, messages):
    assert {iran for kind, iran in _rows(text, published, "type", "iran") if kind == "message"} == messages


def test_the_same_day_in_a_later_part_is_the_earlier_parts_day_and_especially_is_no_future():
    """«بحث … مع لافروف أمس الأربعاء …، ولا سيما الاتفاق … الذي وقع في 10 آذار الجاري، ثم التقى في اليوم نفسه
    فولودين»: both on Wednesday, and both happened («سيما» is no future verb)."""
    text = ("بحث وزير الخارجية الإيراني حسين أمير عبد اللهيان مع نظيره الروسي سيرغي لافروف في موسكو أمس الأربعاء "
            "التطورات الإقليمية، ولا سيما الاتفاق الإيراني السعودي الذي وقع في بكين في 10 آذار الجاري، ثم التقى في "
            "اليوم نفسه رئيس مجلس الدوما فياتشيسلاف فولودين.")
    assert set(_rows(text, "2023-03-30", "date_start", "status", "russia")) == {
        ("2023-03-29", "occurred", "Sergei Lavrov"), ("2023-03-29", "occurred", "Vyacheslav Volodin")}


@pytest.mark.parametrize("text,expected", [
    # «the two countries signed» after the two presidents met: an agreement of the two countries, on that day
    ("استقبل الرئيس حسن روحاني أمس في طهران الرئيس الروسي فلاديمير بوتين. وأعلن روحاني أن البلدين وقعا ست وثائق "
     "للتعاون في مجال الطاقة.", ("2017-11-01", "agreement", "Russia", "Iran")),
    ("ولادیمیر پوتین دیروز در تهران با حسن روحانی دیدار کرد. روحانی اعلام کرد دو کشور شش سند همکاری در حوزه انرژی "
     "امضا کردند.", ("2017-11-01", "agreement", "Russia", "Iran")),
    # an agreement written with its accusative ending
    ("التقى ظريف أمس نظيره الروسي لافروف في موسكو. وقال لافروف إن البلدين سيوقعان العام المقبل اتفاقاً لتسهيل السفر.",
     ("2018-01-01", "agreement", "Russia", "Iran")),
])
def test_the_two_countries_sign_in_a_sentence_naming_no_side(text, expected):
    assert expected in _rows(text, "2017-11-02", "date_start", "type", "russia", "iran")


def test_the_two_countries_falling_into_a_trap_sign_nothing():
    text = ("استقبل الرئيس حسن روحاني أمس في طهران الرئيس الروسي فلاديمير بوتين. وقال روحاني إن البلدين وقعا في فخ "
            "العقوبات الغربية.")
    assert [t for t, in _rows(text, "2017-11-02", "type")] == ["meeting"]


@pytest.mark.parametrize("text,days", [
    # «also» and a meeting word with a day of its own: another meeting of the pair
    ("وكان الرئيسان الروسي فلاديمير بوتين والإيراني حسن روحاني قد التقيا في 12 سبتمبر في دوشنبه، كما عقدا أول لقاء "
     "بينهما في بيشكيك في 13 سبتمبر 2013.", {"2014-09-12", "2013-09-13"}),
    # with no day of its own it is the same meeting
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني في 12 سبتمبر في دوشنبه، كما بحثا الملف النووي.",
     {"2014-09-12"}),
])
def test_also_with_a_day_of_its_own_is_another_occasion(text, days):
    assert {d for d, in _rows(text, "2014-09-29", "date_start")} == days


def test_a_later_occasion_told_as_the_next_day_is_the_day_after_the_first():
    """«التقيا في بيشكك يوم الجمعة 14 حزيران …، ثم شاركا في قمة … في اليوم التالي»: the 15th, which happened."""
    text = ("وكان الرئيسان حسن روحاني وفلاديمير بوتين قد التقيا في بيشكك يوم الجمعة 14 حزيران/يونيو على هامش قمة منظمة "
            "شنغهاي للتعاون، ثم شاركا في قمة «سيكا» في دوشنبه في اليوم التالي.")
    assert set(_rows(text, "2019-06-19", "date_start", "status")) == {("2019-06-14", "occurred"),
                                                                      ("2019-06-15", "occurred")}


def test_a_pair_before_a_contrast_clause_of_other_people_keeps_its_call():
    """«وكان الوزيران قد بحثا … في اتصال هاتفي في 14 أيار الماضي، فيما نفى بقائي أن يكون عراقجي قد حمل رسالة …»:
    the two ministers' call; the clause after «فيما» tells another matter."""
    text = ("وقع وزيرا الخارجية الروسي سيرغي لافروف والإيراني عباس عراقجي في موسكو أمس الأربعاء خطة للمشاورات. وكان "
            "الوزيران قد بحثا الملفات نفسها في اتصال هاتفي في 14 أيار/مايو الماضي، فيما نفى المتحدث باسم الخارجية "
            "الإيرانية إسماعيل بقائي أن يكون عراقجي قد حمل رسالة من المرشد إلى الرئيس فلاديمير بوتين.")
    assert ("2026-05-14", "phone_call", "Sergei Lavrov", "Abbas Araghchi") in _rows(
        text, "2026-06-11", "date_start", "type", "russia", "iran")


def test_an_invitation_renewed_is_a_visit_still_to_come():
    """«فيما جدد بوتين دعوته رئيسي لزيارة روسيا»: no visit that happened on the document date."""
    text = ("أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالاً هاتفياً بالرئيس الإيراني إبراهيم رئيسي. واتفق الرئيسان على "
            "اللقاء في دوشنبه منتصف أيلول المقبل، فيما جدد بوتين دعوته رئيسي لزيارة روسيا.")
    assert ("visit", "occurred") not in _rows(text, "2021-08-17", "type", "status")


def test_on_the_eve_of_a_summits_opening_is_a_time_not_a_summit():
    """«… سيعقدان اجتماعاً تحضيرياً في طهران في 5 تشرين الأول، عشية افتتاح القمة»: the ministers' meeting only."""
    text = ("قال المتحدث إن وزيري الخارجية عباس عراقجي وسيرغي لافروف سيعقدان اجتماعاً تحضيرياً في طهران في 5 تشرين "
            "الأول، عشية افتتاح القمة.")
    assert _rows(text, "2026-09-28", "date_start", "type", "russia") == [("2026-10-05", "meeting", "Sergei Lavrov")]


def test_the_speaker_who_handed_over_a_message_is_the_one_who_met():
    """«قال ولايتي إنه سلم الرئيس بوتين أمس رسالة من المرشد …»: Velayati met Putin; Khamenei wrote."""
    text = ("قال مستشار المرشد الإيراني للشؤون الدولية علي أكبر ولايتي إنه سلم الرئيس الروسي فلاديمير بوتين أمس في "
            "الكرملين رسالة من المرشد علي خامنئي.")
    rows = set(_rows(text, "2018-07-13", "type", "russia", "iran"))
    assert ("meeting", "Vladimir Putin", "Ali Akbar Velayati") in rows
    assert ("message", "Vladimir Putin", "Ali Khamenei") in rows and ("meeting", "Vladimir Putin", "Ali Khamenei") not in rows


def test_earlier_in_a_clause_of_another_event_does_not_make_the_meeting_background():
    """«وعقد بوتين وروحاني لقاءً ثنائياً على هامش القمة، بعدما كان الرئيس الروسي قد التقى أردوغان في وقت سابق»:
    the meeting at yesterday's summit; «earlier» is the meeting with Erdogan."""
    text = ("اختتمت في أنقرة أمس الاثنين القمة الثلاثية بشأن سوريا. وعقد بوتين وروحاني لقاءً ثنائياً على هامش القمة، "
            "بعدما كان الرئيس الروسي قد التقى أردوغان في وقت سابق.")
    assert _rows(text, "2019-09-17", "date_start", "type") == [("2019-09-16", "meeting")]


def test_then_a_call_with_a_third_countrys_minister_is_no_russia_iran_call():
    """«… عقدا … لقاء ثنائيا، ثم تحادث عراقجي هاتفيا مع نظيره التركي …»: the meeting only."""
    text = ("وكان لافروف وعراقجي قد عقدا في الدوحة ليل 23 تشرين الثاني لقاء ثنائيا، ثم تحادث عراقجي هاتفيا مع نظيره "
            "التركي هاكان فيدان في 3 كانون الأول.")
    assert _rows(text, "2024-12-05", "date_start", "type") == [("2024-11-23", "meeting")]


def test_after_they_had_talked_by_phone_is_a_call_of_its_own_not_the_meetings_kind():
    """«والتقى عراقجي أمس الثلاثاء نظيره الروسي لافروف …، بعدما كانا قد بحثا هاتفيا في 15 تشرين الأول …»: a meeting
    yesterday (the call is told as its time; before, the two were read as one call)."""
    text = ("والتقى وزير الخارجية الإيراني عباس عراقجي أمس الثلاثاء نظيره الروسي سيرغي لافروف لوضع اللمسات الأخيرة على "
            "جدول أعمال لقاء الرئيسين، بعدما كانا قد بحثا هاتفيا في 15 تشرين الأول/أكتوبر التطورات في لبنان.")
    assert ("2024-10-22", "meeting") in _rows(text, "2024-10-23", "date_start", "type")


def test_a_country_a_call_in_a_later_part_is_about_is_no_third_party():
    """«…، بعدما كانا قد بحثا هاتفيا في 15 تشرين الأول التطورات في لبنان»: the two ministers' call on the 15th."""
    text = ("والتقى وزير الخارجية الإيراني عباس عراقجي أمس الثلاثاء نظيره الروسي سيرغي لافروف، بعدما كانا قد بحثا "
            "هاتفيا في 15 تشرين الأول/أكتوبر التطورات في لبنان.")
    assert set(_rows(text, "2024-10-23", "date_start", "type")) == {("2024-10-22", "meeting"),
                                                                     ("2024-10-15", "phone_call")}


@pytest.mark.parametrize("text,expected", [
    # a report of its own after «، و» and a new speaker: the talks, and the two countries' signing to come
    ("أجرى الرئيس الإيراني إبراهيم رئيسي أول أمس الخميس في الكرملين محادثات مع الرئيس الروسي فلاديمير بوتين، وأعلن "
     "مساعد الرئيس الروسي يوري أوشاكوف أن البلدين سيوقعان «قريباً» المعاهدة الشاملة الجديدة.",
     {("2023-12-07", "meeting", "occurred", "Vladimir Putin"), ("", "agreement", "planned", "Russia")}),
])
def test_a_report_of_a_new_speaker_after_comma_and_is_a_part_of_its_own(text, expected):
    assert set(_rows(text, "2023-12-09", "date_start", "type", "status", "russia")) == expected


def test_the_same_speaker_going_on_after_comma_and_is_no_report_of_its_own():
    """«…، وقال إن البلدين سيوقعان …»: Putin speaks of the signing; no row of the two countries alone."""
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي أول أمس الخميس في الكرملين، وقال إن البلدين "
            "سيوقعان قريباً المعاهدة الشاملة الجديدة.")
    rows = _rows(text, "2023-12-09", "type", "russia")
    assert ("meeting", "Vladimir Putin") in rows and all(russia == "Vladimir Putin" for _t, russia in rows)


@pytest.mark.parametrize("text,published,expected", [
    # «the same day» is the nearest earlier part's day
    ("بحث بوتين مع بزشكيان هاتفيا في 10 أيار العلاقات الثنائية، ثم التقى لافروف عراقجي في 15 أيار في موسكو، ثم "
     "استقبل بوتين عراقجي في اليوم نفسه.", "2024-05-20", ("2024-05-15", "meeting", "Vladimir Putin", "Abbas Araghchi")),
])
def test_the_same_day_is_the_nearest_earlier_parts_day(text, published, expected):
    assert expected in _rows(text, published, "date_start", "type", "russia", "iran")


def test_the_next_day_does_not_count_from_a_since():
    """«… في أول زيارة له منذ توليه المنصب في 9 آذار 2004. والتقى لافروف … في اليوم التالي»: not 10 March 2004."""
    text = ("وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران يوم الجمعة 19 أيار، في أول زيارة له منذ توليه المنصب في 9 "
            "آذار 2004. والتقى لافروف نظيره الإيراني حسين أمير عبد اللهيان في اليوم التالي.")
    assert all(day.startswith("2023-05") for day, in _rows(text, "2023-05-25", "date_start"))


def test_the_two_countries_of_another_story_sign_nothing_of_russia_and_iran():
    """«… زار أردوغان بغداد … وأعلن السوداني أن البلدين وقعا 20 مذكرة تفاهم»: Turkey and Iraq, two sentences after."""
    text = ("التقى لافروف عراقجي أمس في موسكو. من جهة أخرى، زار أردوغان بغداد اليوم والتقى السوداني. وأعلن السوداني أن "
            "البلدين وقعا 20 مذكرة تفاهم.")
    assert "agreement" not in [t for t, in _rows(text, "2024-05-20", "type")]
