# Held-out probe set 43: PERSIAN news, 36 SNIPPETS of 1–3 sentences and 4 WHOLE ARTICLES of 11–12 lines (F04, F19, F31,
# F38: headline, header date line, news code, dateline / body, background lines recalling older dated contacts or
# events, boilerplate / tags / a related link / a copyright line), hand-annotated; 40 cases, F01–F40, publication dates
# 2006–2026 (one to two a year, ids in strict date order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set39 and set41.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes and several dates are invented) in the
# style of ISNA (F01; F16 from Sari; F38 from Tehran with a three-calendar «چهارشنبه ۱۴ خرداد ۱۴۰۴ | ۸ ذی‌الحجه ۱۴۴۶ |
# ۴ ژوئن ۲۰۲۵» header and a Latin-digit news code), Etemad (F02, F27), Iran newspaper (F03, F35), Jam-e Jam Online (F04
# with a «سه‌شنبه ۲۴ مهر ۱۳۸۶ - ۴ شوال ۱۴۲۸ - ۱۸:۵۰» header), YJC (F05; F19 from Moscow with a «سه‌شنبه ۱۷ آذر ۱۳۹۴ - ۲۶
# صفر ۱۴۳۷» header and a «© ۱۳۹۴» line), ILNA (F06, F36), Tabnak (F07), Entekhab (F08), Fararu (F09), DW Persian (F10 with
# «روز چهارشنبه (۲۲ سپتامبر)»), Asr Iran (F11, the outlet name holding «عصر»), Aftab (F12), Eghtesad News (F13), Jamaran
# (F14, F33), IRIB News (F15; F31 from Moscow with a «سه‌شنبه ۲۷ مهر ۱۴۰۰ - ۱۳ ربیع‌الاول ۱۴۴۳ - ۱۱:۴۰» header), VOA
# Persian (F17, no outlet named), Alef (F18), Kayhan (F20), Mizan (F22, the agency name = the Dari month «میزان»), Tejarat
# News (F23, two-digit year «۲۰ آذر ۹۶»), Hawzah News (F24, Eid al-Fitr), IBNA (F25), Sputnik (F26; F40 Sputnik Farsi),
# Nour News (F28), Irdiplomacy (F29), Mashregh (F32 with «۳۱ می»), Independent Persian (F34, no outlet named), Ecoiran
# (F37), Radio Zamaneh (F39, no outlet named), and two Afghan Dari items: Hasht-e Subh (F21: «روزنامه ۸ صبح» is an outlet,
# not a clock time; جدی, «ماه فبروری», گفتگو without ZWNJ) and Etilaatroz (F30: «روزنامه اطلاعات روز», اسد, «آگست»,
# «ولسوالی», «اشتراک»).
# Date forms covered: Persian months with ماه joined («آذرماه», «مردادماه», «شهریورماه», «تیرماه»), apart («آذر ماه»,
# «بهمن ماه گذشته»), with ZWNJ («بهمن‌ماه») and without it («۸ دیماه», «امروز سهشنبه»
# and «رئیسجمهور» F22, a spaced «سه شنبه ۲۰ آذر» F37); two-digit years («فروردین ۸۴», «بهار ۹۲», «سال ۹۴», «۲۰ آذر ۹۶»,
# «اردیبهشت ۹۸»); Hijri qamari dates in headers and in text («اول شوال ۱۴۳۹»); Gregorian months in Persian spellings (اوت /
# آگوست, ژوئیه / جولای, مه / می, ژوئن, فوریه, Dari فبروری / آگست); relative expressions (پریروز, دیروز, روز گذشته, امروز,
# پس‌فردا, هفته پیش, هفته آینده, هفته گذشته, دو روز پیش, سه هفته دیگر, اوایل ماه آینده, پاییز امسال, پارسال joined to a
# month, «اردیبهشت سال آینده», «۱۹ فروردین امسال»); bare weekdays with tense cues («دوشنبه آینده», «از دوشنبه … آغاز شده
# بود», «تا پنجشنبه», «پنجشنبه گذشته», «عصر دوشنبه», «یکشنبه‌شب», «دوشنبه‌شب», «نیمه‌شب دوشنبه», «صبح شنبه»); ranges («از ۱۷
# تا ۱۹ اردیبهشت», «از ۲۲ تا ۲۸ بهمن», «از جولای تا سپتامبر امسال», «سال‌های ۲۰۱۹ تا ۲۰۲۱»); pairs («۲۶ و ۲۷ آذرماه», «۱۶
# و ۱۷ شهریور امسال», «سال‌های ۲۰۲۶ و ۲۰۲۷»); parenthetical equivalents («۱۵ اسفند (۶ مارس)», «۲۸ اوت (۷ شهریور)», «۳۱ مه
# (۱۱ خرداد)», «۱۰ آگست (۱۹ اسد)», «آوریل ۲۰۱۹ (اردیبهشت ۹۸)»); number-word ordinals («روز بیست و هفتم آذر», «اول
# تیرماه», «اول شوال ۱۴۳۹»); an event named by its day («سیل ۵ فروردین»); the original date of a cancelled contact («قرار
# بود ۱۵ آبان») and of a postponed one («قرار بود هفته گذشته»).
# Contacts (27 cases with at least one required row): security (Hosseini-Tash / Igor Ivanov 2006 with an arrival day and
# an expert round «هفته آینده»), atomic energy (AEOI's Saeedi / Atomstroyexport, talks over three days), presidents and
# the Leader (Putin in Tehran 2007 with Khamenei and Ahmadinejad, the Caspian declaration and an undated invitation; Ufa
# 2015 with an arrival day and a Tehran visit planned «پاییز امسال»; the Baku trilateral 2016; the Sochi trilateral 2019
# planned with Tehran 2018 recalled; Samarkand SCO 2022; Putin's condolence messages to Rouhani (Kermanshah earthquake
# 2017) and to Khamenei (Raisi's death 2024); the 2025 treaty recalled), foreign ministers (Mottaki / Lavrov call and a
# planned SCO sideline 2008; the Baku FMs' trilateral 2016; Zarif / Lavrov condolence calls 2017 and 2020; Araghchi /
# Lavrov call 2026 with a visit postponed to «اواسط بهمن‌ماه» and a planned signing), envoys (ambassador Sadovnikov
# handing Gryzlov's invitation to Larijani with the visit planned «آذر ماه»; ambassador Dzhagaryan's credentials to
# Ahmadinejad; Putin's Syria envoy Lavrentiev with Zarif and Khaji, a planned Astana-format round), sector ministers
# (health Vahid-Dastjerdi / Golikova MoU; agriculture Hojjati / Fyodorov and Nouri Ghezeljeh / Lut with a planned Gilan
# governor meeting; ICT Vaezi / Nikiforov and Roscosmos's Komarov planned «فردا»; culture Salehi / Medinsky; roads Ghasemi
# / RZD's Belozyorov; finance Hemmati / Siluanov with a cancelled Siluanov visit), a regional head (Dagestan's
# Abdulatipov / the Mazandaran governor MoU), deputy PM Khusnullin / first VP Mokhber with a planned Gilan visit, Duma
# speaker Volodin / acting president Mokhber, military (Bagheri / Gerasimov and Shoigu 2021, the 2019 meeting recalled by
# month), companies (RZD–RAI MoU by an ordinal day, Tatneft–NIOC MoU), joint commissions (optional).
# General news naming Russia or Iran with NO Russia–Iran contact (13): F02, F05, F07, F10, F12, F14, F17, F21, F24, F27,
# F30, F34, F39.  Traps: third-country contacts (the E3 draft and Churkin's statement F02; Iran–Turkmenistan gas talks
# F05; France's Georgia ceasefire F06; Putin–Lukashenko F12, Lukashenko–Prigozhin F34; Russia–China–Pakistan on
# Afghanistan F21; Putin–Macron call F28; an ECO ministers' meeting F32; a Russia–Uzbekistan–Tajikistan drill F30),
# statements (F02, F10, F34, F39), a decree (F10), UNSC votes (F39), aid (F22, F27), a Russian rocket launching an Iranian
# satellite (F19), SCO membership (F33), an Iran–Russia–China drill in a related link (F31); counts, money, percentages,
# durations («۲۵ میلیون دلاری», «ظرف سه ماه», «ظرف ۱۸ ماه», «۴۹۵ کیلومتری», «یک میلیارد و ۲۰۰ میلیون یورو», «۱۷ درصد»,
# «۶۰ دلار», «۴۵ دقیقه‌ای», «سه‌ساعته», «ظرف شش ماه», «۲۳ سال», «شش‌ماهه», «پنج‌ساله», «۶۰ نفره», «۲۳ استان», «۲۵۰۰ سرباز»,
# «۲۰ کیلومتری», «۲۵ ماده‌ای», «۷.۳ ریشتری», «۲ بر ۱»), clock times («ساعت ۷:۳۰ صبح», header times), model / satellite
# names («اس-۳۰۰», «سینا-۱», «کاسموس-۳ام»), ordinals («دومین», «سومین», «یازدهمین دوره», «چهارمین نشست», «بیست و دومین
# اجلاس»), news codes, «مه غلیظ» (fog, not May, F05), «آذربایجان» (F05, F15, F20, F36: not the month آذر), outlet names
# («عصر ایران», «روزنامه ۸ صبح», «خبرگزاری میزان», «اطلاعات روز»).
# Totals: 161 date lines (151 mentions + 10 ignore lines), 72 contact rows (52 required, 20 optional).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence), without overlaps,
# and every listed span text occurs in its text exactly as many times as it is listed.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set41 as the headers of set39 and set41 state them
#   (set41, the later, wins where they differ).
# Decided here where nothing above says (set43):
#   A weekday with its Gregorian date in parentheses («روز چهارشنبه (۲۲ سپتامبر)», DW style) is one g mention, the
#   parentheses inside (F10).  «سه هفته دیگر» = the Saturday–Friday week containing pub + 21 days (r), as set16's «N هفته
#   پیش» (F15).  «مهرماه پارسال» (a month with a trailing پارسال) is one j mention, like «آبان‌ماه گذشته» (F15).
#   «نیمه‌شب دوشنبه» = Monday (the night OF that weekday, as «دوشنبه‌شب») (F17).  A range whose months are Gregorian with a
#   trailing امسال («از جولای تا سپتامبر امسال») is one g range mention, «از» inside (F35).  «سال‌های ۲۰۲۶ و ۲۰۲۷» is two g
#   year mentions (the first with «سال‌های»), as «۲۶ و ۲۷ آذرماه» (F40).  «هلال ماه شوال» (the crescent, no year) and «سال
#   زراعی گذشته» (a crop year) are ignore lines; «تا پایان سال میلادی» is a deadline by a year → ignore (F24, F38, F33).
#   «امروز، ۱۴ اسد» (a relative word, a comma and a written date) is one j mention, as a weekday before a comma (F30).
#   Contacts: a ministers' talks held over several days («از دوشنبه … بامداد امروز … پایان یافت») carry the interval of
#   those days (F03).  An ambassador's credentials ceremony is a required meet (F11).  A Russian president's condolence
#   message «روز گذشته» is a required message row of that day (F22, F36).  A planned visit by a named Russian official to
#   an Iranian province with no host named → required meet with country-level / provincial names (F35).  Plant-quarantine
#   experts' planned inspection visit → optional institution meet (F15).  A visit postponed to part of a month with a
#   signing announced for it → required meet + required agreement at that interval (F40).  A trilateral declaration signed
#   in person by three presidents → optional agreement beside the required bilateral meet (F20); two ministers who
#   «توافق کرده‌اند» without a signing → optional agreement (F37); a hoped-for finalization of a treaty text → optional
#   undated agreement (F33).  A company MoU whose two CEOs sign in person → required agreement + optional meet (F13, F23).
#   A meeting of two chiefs of staff recalled by a Gregorian month is a required meet with "YYYY-MM" (F31).
PUT, MED, KHA = "Vladimir Putin", "Dmitry Medvedev", "Ali Khamenei"
AHM, ROU, RAI, PEZ = "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, MOT, ZAR = "Sergei Lavrov", "Manouchehr Mottaki", "Mohammad Javad Zarif"
RU, IR = "Russia", "Iran"
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
HTASH = ["Ali Hosseini-Tash", "Ali Hosseini Tash", "Supreme National Security Council", IR]
ASE = ["Atomstroyexport", "Rosatom", RU]
SAEEDI = ["Mohammad Saeedi", "Atomic Energy Organization of Iran", "AEOI", IR]
SADOV = ["Alexander Sadovnikov", RU]
LAR = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
GRY = ["Boris Gryzlov", "State Duma", RU]
GOL = ["Tatyana Golikova", "Ministry of Health and Social Development", RU]
VDAS = ["Marzieh Vahid-Dastjerdi", "Marzieh Vahid Dastjerdi", "Ministry of Health", IR]
DZH = ["Levan Dzhagaryan", RU]
YAK = ["Vladimir Yakunin", "Russian Railways", "RZD", RU]
POUR = ["Mohsen Pourseyed Aghaei", "Islamic Republic of Iran Railways", "RAI", IR]
FYO = ["Nikolai Fyodorov", "Ministry of Agriculture of Russia", RU]
HOJ = ["Mahmoud Hojjati", "Ministry of Agriculture Jihad", IR]
ABD = ["Ramazan Abdulatipov", "Republic of Dagestan", "Dagestan", RU]
TAH = ["Ali Akbar Tahaei", "Governor of Mazandaran", "Mazandaran Province", IR]
NIK = ["Nikolai Nikiforov", "Ministry of Communications and Mass Media", RU]
VAE = ["Mahmoud Vaezi", "Ministry of Information and Communications Technology", IR]
KOM = ["Igor Komarov", "Roscosmos", RU]
TAT = ["Tatneft", "Nail Maganov", RU]
NIOC = ["National Iranian Oil Company", "NIOC", "Ali Kardor", IR]
MEDI = ["Vladimir Medinsky", "Ministry of Culture of Russia", RU]
SALH = ["Abbas Salehi", "Seyed Abbas Salehi", "Ministry of Culture and Islamic Guidance", IR]
LAVR = ["Alexander Lavrentiev", RU]
KHAJI = ["Ali Asghar Khaji", IR]
ARA = "Abbas Araghchi"
GER = ["Valery Gerasimov", "General Staff of the Russian Armed Forces", RU]
SHO = ["Sergei Shoigu", "Ministry of Defence of Russia", RU]
BAG = ["Mohammad Bagheri", "General Staff of the Armed Forces of Iran", IR]
BEL = ["Oleg Belozyorov", "Russian Railways", "RZD", RU]
GHAS = ["Rostam Ghasemi", "Ministry of Roads and Urban Development", IR]
KHU = ["Marat Khusnullin", RU]
MOKH = ["Mohammad Mokhber", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SIL = ["Anton Siluanov", "Ministry of Finance of Russia", RU]
HEM = ["Abdolnaser Hemmati", "Ministry of Economic Affairs and Finance", IR]
LUT = ["Oksana Lut", "Ministry of Agriculture of Russia", RU]
NOURI = ["Gholamreza Nouri Ghezeljeh", "Gholamreza Nouri", "Ministry of Agriculture Jihad", IR]
HAGH = ["Hadi Haghshenas", "Governor of Gilan", "Gilan Province", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="F01", pub="2006-02-21", text=(
     "به گزارش ایسنا، علی حسینی‌تاش، معاون امور بین‌الملل دبیرخانه شورای عالی امنیت ملی، که پریروز در رأس هیئتی کارشناسی وارد مسکو شد، دیروز با ایگور ایوانف، دبیر شورای امنیت روسیه، درباره پیشنهاد مسکو برای تأسیس شرکت مشترک غنی‌سازی اورانیوم در خاک روسیه گفت‌وگو کرد. "
     "دور تازه گفت‌وگوهای کارشناسی دو کشور هفته آینده در تهران برگزار می‌شود. "
     "شورای حکام آژانس بین‌المللی انرژی اتمی ۱۵ اسفند (۶ مارس) برای بررسی گزارش محمد البرادعی درباره پرونده هسته‌ای ایران تشکیل جلسه می‌دهد."),
     dates=[("پریروز", "2006-02-19", "r"), ("دیروز", "2006-02-20", "r"), ("هفته آینده", "2006-02-25/2006-03-03", "r"),
            ("۱۵ اسفند", "2006-03-06", "j"), ("۶ مارس", "2006-03-06", "g")],
     contacts=[C(IVA, HTASH, "meet", "2006-02-20"), C(IVA, HTASH, "meet", "2006-02-19", True),
               C(RU, IR, "meet", "2006-02-25/2006-03-03", True)]),
dict(id="F02", pub="2006-10-25", text=(
     "روزنامه اعتماد- سه کشور اروپایی پیش‌نویس قطعنامه تحریم ایران را هفته پیش میان اعضای شورای امنیت توزیع کردند و بحث درباره متن آن از دوشنبه آینده آغاز می‌شود. "
     "ویتالی چورکین، نماینده روسیه در سازمان ملل، دیروز به خبرنگاران گفت مسکو با تحریم‌هایی که «به انزوای کامل ایران» بینجامد موافق نیست و پیش‌نویس کنونی را «زیاده‌خواهانه» خواند. "
     "مهلت شورای امنیت به تهران برای تعلیق غنی‌سازی ۳۱ اوت (۹ شهریور) به پایان رسیده بود."),
     dates=[("هفته پیش", "2006-10-14/2006-10-20", "r"), ("دوشنبه آینده", "2006-10-30", "r"), ("دیروز", "2006-10-24", "r"),
            ("۳۱ اوت", "2006-08-31", "g"), ("۹ شهریور", "2006-08-31", "j")],
     contacts=[]),
dict(id="F03", pub="2007-03-14", text=(
     "به گزارش روزنامه ایران، مذاکرات هیئت سازمان انرژی اتمی به سرپرستی محمد سعیدی با مدیران شرکت روسی اتم‌استروی‌اکسپورت که از دوشنبه در مسکو آغاز شده بود، بامداد امروز بدون نتیجه قطعی پایان یافت. "
     "طرف روس مدعی است ایران از ژانویه پرداخت‌های ماهانه ۲۵ میلیون دلاری بابت ساخت نیروگاه بوشهر را متوقف کرده؛ ادعایی که سعیدی آن را «کاملاً بی‌پایه» خواند. "
     "بر اساس جدول زمانی پیشین، سوخت نیروگاه باید در ماه مارس تحویل و راه‌اندازی آن سپتامبر ۲۰۰۷ انجام می‌شد."),
     dates=[("دوشنبه", "2007-03-12", "r"), ("بامداد امروز", "2007-03-14", "r"), ("ژانویه", "2007-01", "g"),
            ("ماه مارس", "2007-03", "g"), ("سپتامبر ۲۰۰۷", "2007-09", "g")],
     contacts=[C(ASE, SAEEDI, "meet", "2007-03-12/2007-03-14")]),
dict(id="F04", pub="2007-10-16", text=(
     "پوتین در دیدار با رهبر انقلاب: مسکو به همکاری با تهران پایبند است\n"
     "سه‌شنبه ۲۴ مهر ۱۳۸۶ - ۴ شوال ۱۴۲۸ - ۱۸:۵۰\n"
     "کد مطلب: ۱۰۰۸۷۴۵۲\n"
     "جام‌جم آنلاین: ولادیمیر پوتین، رئیس‌جمهور روسیه، که صبح امروز برای شرکت در دومین اجلاس سران کشورهای ساحلی دریای خزر وارد تهران شد، عصر امروز با حضرت آیت‌الله خامنه‌ای، رهبر معظم انقلاب اسلامی، دیدار و گفت‌وگو کرد.\n"
     "رهبر انقلاب در این دیدار گفت همکاری دو کشور در حوزه انرژی و امنیت منطقه «می‌تواند الگویی برای همسایگان» باشد.\n"
     "پوتین پیش از این دیدار، در حاشیه اجلاس با محمود احمدی‌نژاد گفت‌وگو کرده بود و دو رئیس‌جمهور درباره تکمیل نیروگاه بوشهر و همکاری‌های گازی رایزنی کردند.\n"
     "سران پنج کشور ساحلی در پایان اجلاس بیانیه‌ای ۲۵ ماده‌ای امضا کردند که بر پایه آن هیچ‌یک از کشورهای ساحلی اجازه استفاده از خاک خود برای حمله به دیگری را نمی‌دهد.\n"
     "سخنگوی کرملین روز یکشنبه گزارش‌ها درباره احتمال لغو این سفر به دلیل «تهدیدهای امنیتی» را رد کرده بود.\n"
     "این نخستین سفر یک رهبر کرملین به تهران از زمان کنفرانس سال ۱۹۴۳ است.\n"
     "پوتین در پایان دیدار از احمدی‌نژاد برای سفر به مسکو دعوت کرد؛ زمان این سفر هنوز مشخص نشده است.\n"
     "انتهای خبر/\n"
     "کلیدواژه‌ها: پوتین، اجلاس خزر، روابط تهران و مسکو"),
     dates=[("سه‌شنبه ۲۴ مهر ۱۳۸۶", "2007-10-16", "j"), ("۴ شوال ۱۴۲۸", "2007-10-16", "h"), ("صبح امروز", "2007-10-16", "r"),
            ("عصر امروز", "2007-10-16", "r"), ("روز یکشنبه", "2007-10-14", "r"), ("سال ۱۹۴۳", "1943", "g")],
     contacts=[C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHM, "meet", "2007-10-16"),
               C([PUT, RU], [AHM, IR], "agreement", "2007-10-16", True), C(PUT, AHM, "meet", None, True)]),
dict(id="F05", pub="2008-01-08", text=(
     "به گزارش باشگاه خبرنگاران جوان، سازمان هواشناسی پیش‌بینی کرده است بارش برف و مه غلیظ در استان‌های آذربایجان شرقی، اردبیل و زنجان تا پنجشنبه ادامه داشته باشد. "
     "صادرات گاز ترکمنستان به ایران از ۸ دیماه قطع شده و به گفته غلامحسین نوذری، وزیر نفت، مذاکره با هیئت ترکمن برای ازسرگیری آن پس‌فردا در تهران انجام می‌شود. "
     "مدارس تبریز و اردبیل امروز سه‌شنبه تعطیل شد."),
     dates=[("پنجشنبه", "2008-01-10", "r"), ("۸ دیماه", "2007-12-29", "j"), ("پس‌فردا", "2008-01-10", "r"),
            ("امروز سه‌شنبه", "2008-01-08", "r")],
     contacts=[]),
dict(id="F06", pub="2008-08-19", text=(
     "به گزارش ایلنا، منوچهر متکی، وزیر امور خارجه، روز گذشته در تماس تلفنی با سرگئی لاوروف، همتای روس خود، از تشدید درگیری‌ها در اوستیای جنوبی ابراز نگرانی کرد و آمادگی تهران برای کمک به حل بحران قفقاز را اعلام داشت. "
     "لاوروف نیز گزارشی از روند اجرای طرح آتش‌بسی ارائه کرد که ۱۲ آگوست با میانجی‌گری فرانسه پذیرفته شد. "
     "دو وزیر توافق کردند در حاشیه نشست سران سازمان همکاری شانگهای که ۲۸ اوت (۷ شهریور) در تاجیکستان برگزار می‌شود، با یکدیگر دیدار کنند."),
     dates=[("روز گذشته", "2008-08-18", "r"), ("۱۲ آگوست", "2008-08-12", "g"), ("۲۸ اوت", "2008-08-28", "g"),
            ("۷ شهریور", "2008-08-28", "j")],
     contacts=[C(LAV, MOT, "phone_call", "2008-08-18"), C(LAV, MOT, "meet", "2008-08-28")]),
dict(id="F07", pub="2009-03-29", text=(
     "به گزارش تابناک، تیم ملی فوتبال ایران عصر دیروز در ورزشگاه آزادی با نتیجه ۲ بر ۱ مقابل عربستان شکست خورد تا صعود مستقیمش به جام جهانی ۲۰۱۰ در هاله‌ای از ابهام قرار گیرد. "
     "شاگردان علی دایی چهارشنبه آینده در ابوظبی به مصاف امارات می‌روند. "
     "ایران آخرین بار در فروردین ۸۴ در همین ورزشگاه ژاپن را شکست داده بود."),
     dates=[("عصر دیروز", "2009-03-28", "r"), ("جام جهانی ۲۰۱۰", None, "ignore"), ("چهارشنبه آینده", "2009-04-01", "r"),
            ("فروردین ۸۴", "2005-03-21/2005-04-20", "j")],
     contacts=[]),
dict(id="F08", pub="2009-10-20", text=(
     "به گزارش انتخاب، الکساندر سادوونیکوف، سفیر روسیه در تهران، صبح دیروز با علی لاریجانی، رئیس مجلس شورای اسلامی، دیدار و دعوت‌نامه رسمی بوریس گریزلوف، رئیس دومای دولتی، را تسلیم او کرد. "
     "لاریجانی این دعوت را پذیرفت و قرار شد سفرش به مسکو آذر ماه انجام شود. "
     "به گفته یک منبع آگاه، تأخیر در تحویل سامانه اس-۳۰۰ نیز در این دیدار مطرح شد."),
     dates=[("صبح دیروز", "2009-10-19", "r"), ("آذر ماه", "2009-11-22/2009-12-21", "j")],
     contacts=[C(SADOV, LAR, "meet", "2009-10-19"), C(GRY, LAR, "message", "2009-10-19"),
               C(GRY, LAR, "meet", "2009-11-22/2009-12-21")]),
dict(id="F09", pub="2010-04-21", text=(
     "به گزارش فرارو، مرضیه وحید دستجردی، وزیر بهداشت، درمان و آموزش پزشکی، که برای شرکت در یک همایش بین‌المللی سلامت به مسکو رفته است، روز دوشنبه، ۳۰ فروردین، با تاتیانا گولیکووا، وزیر بهداشت و توسعه اجتماعی روسیه، دیدار کرد و یادداشت تفاهم همکاری در زمینه تولید دارو و واکسن به امضای دو وزیر رسید. "
     "بر اساس این تفاهم‌نامه، کارگروه مشترک دو وزارتخانه ظرف سه ماه تشکیل می‌شود."),
     dates=[("روز دوشنبه، ۳۰ فروردین", "2010-04-19", "j")],
     contacts=[C(GOL, VDAS, "meet", "2010-04-19"), C(GOL, VDAS, "agreement", "2010-04-19"),
               C([GOL[1], RU], [VDAS[3], IR], "meet", None, True)]),
dict(id="F10", pub="2010-09-23", text=(
     "دیمیتری مدودف، رئیس‌جمهور روسیه، روز چهارشنبه (۲۲ سپتامبر) با امضای فرمانی فروش سامانه‌های پدافند هوایی اس-۳۰۰، تانک، هواپیمای جنگی و ناو به جمهوری اسلامی ایران را ممنوع کرد. "
     "احمد وحیدی، وزیر دفاع ایران، امروز گفت کشورش «برای تأمین نیازهای دفاعی به هیچ کشوری وابسته نیست». "
     "اسرائیل و ایالات متحده از ماه‌ها پیش خواستار توقف این معامله بودند."),
     dates=[("روز چهارشنبه (۲۲ سپتامبر)", "2010-09-22", "g"), ("امروز", "2010-09-23", "r"), ("ماه‌ها پیش", None, "ignore")],
     contacts=[]),
dict(id="F11", pub="2011-11-29", text=(
     "به گزارش عصر ایران، لوان جاگاریان، سفیر جدید روسیه در تهران، بعدازظهر دیروز در مراسمی در نهاد ریاست جمهوری استوارنامه خود را تقدیم محمود احمدی‌نژاد کرد. "
     "رئیس‌جمهور در این دیدار گفت روابط تهران و مسکو «نباید تحت تأثیر فشارهای غرب قرار گیرد». "
     "احمدی‌نژاد ابراز امیدواری کرد نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور که قرار است ۲۶ و ۲۷ آذرماه در تهران برگزار شود، به نتایج ملموس برسد."),
     dates=[("بعدازظهر دیروز", "2011-11-28", "r"), ("۲۶", "2011-12-17", "j"), ("۲۷ آذرماه", "2011-12-18", "j")],
     contacts=[C(DZH, AHM, "meet", "2011-11-28"), C(RU, IR, "meet", "2011-12-17/2011-12-18", True)]),
dict(id="F12", pub="2012-05-07", text=(
     "به گزارش آفتاب، ولادیمیر پوتین امروز دوشنبه ۱۸ اردیبهشت در مراسمی در کاخ کرملین برای سومین بار سوگند ریاست جمهوری روسیه یاد کرد و ساعاتی بعد نام دیمیتری مدودف را برای تصدی نخست‌وزیری به دوما فرستاد. "
     "پوتین قرار است ۳۱ مه (۱۱ خرداد) نخستین سفر خارجی دوره جدید ریاست جمهوری خود را به بلاروس انجام دهد و با الکساندر لوکاشنکو دیدار کند."),
     dates=[("امروز دوشنبه ۱۸ اردیبهشت", "2012-05-07", "j"), ("ساعاتی بعد", None, "ignore"), ("۳۱ مه", "2012-05-31", "g"),
            ("۱۱ خرداد", "2012-05-31", "j")],
     contacts=[]),
dict(id="F13", pub="2012-12-18", text=(
     "به گزارش اقتصادنیوز، یادداشت تفاهم همکاری شرکت راه‌آهن روسیه و راه‌آهن جمهوری اسلامی ایران برای برقی‌کردن خط ۴۹۵ کیلومتری گرمسار–اینچه‌برون، روز بیست و هفتم آذر در تهران به امضای ولادیمیر یاکونین و محسن پورسیدآقایی، مدیران عامل دو شرکت، رسید. "
     "بر پایه این تفاهم‌نامه مطالعات فنی طرح ظرف ۱۸ ماه انجام و عملیات اجرایی از بهار ۹۲ آغاز می‌شود. "
     "برآورد اولیه هزینه طرح یک میلیارد و ۲۰۰ میلیون یورو است."),
     dates=[("روز بیست و هفتم آذر", "2012-12-17", "j"), ("بهار ۹۲", "2013-03-21/2013-06-21", "j")],
     contacts=[C(YAK, POUR, "agreement", "2012-12-17"), C(YAK, POUR, "meet", "2012-12-17", True)]),
dict(id="F14", pub="2013-06-16", text=(
     "به گزارش جماران، وزارت کشور نتایج نهایی یازدهمین دوره انتخابات ریاست جمهوری را که جمعه ۲۴ خرداد برگزار شد اعلام کرد؛ بر این اساس حسن روحانی با ۱۸ میلیون و ۶۱۳ هزار رأی در همان دور نخست به پیروزی رسید. "
     "عصر دیروز هزاران نفر از هواداران او در خیابان‌های تهران و شهرهای دیگر جشن گرفتند. "
     "مراسم تنفیذ و تحلیف رئیس‌جمهور منتخب مردادماه برگزار می‌شود."),
     dates=[("جمعه ۲۴ خرداد", "2013-06-14", "j"), ("عصر دیروز", "2013-06-15", "r"), ("مردادماه", "2013-07-23/2013-08-22", "j")],
     contacts=[]),
dict(id="F15", pub="2013-11-26", text=(
     "به گزارش خبرگزاری صدا و سیما، محمود حجتی، وزیر جهاد کشاورزی، و نیکلای فیودوروف، وزیر کشاورزی روسیه، صبح امروز در مسکو دیدار و درباره رفع محدودیت‌های واردات میوه و سبزی ایران به بازار روسیه گفت‌وگو کردند. "
     "فیودوروف اعلام کرد کارشناسان قرنطینه گیاهی روسیه سه هفته دیگر برای بازدید از باغ‌های استان‌های آذربایجان غربی و خراسان رضوی به ایران سفر می‌کنند. "
     "صادرات محصولات کشاورزی ایران به روسیه از مهرماه پارسال حدود ۴۰ درصد کاهش یافته است."),
     dates=[("صبح امروز", "2013-11-26", "r"), ("سه هفته دیگر", "2013-12-14/2013-12-20", "r"),
            ("مهرماه پارسال", "2012-09-22/2012-10-21", "j")],
     contacts=[C(FYO, HOJ, "meet", "2013-11-26"),
               C([FYO[1], "Rosselkhoznadzor", RU], [HOJ[1], IR], "meet", "2013-12-14/2013-12-20", True)]),
dict(id="F16", pub="2014-05-08", text=(
     "ساری- ایسنا- رمضان عبداللطیف‌اف، رئیس جمهوری داغستان، که از ۱۷ تا ۱۹ اردیبهشت در رأس هیئتی ۴۰ نفره در مازندران به سر می‌برد، دیروز با علی‌اکبر طاهایی، استاندار مازندران، دیدار کرد و تفاهم‌نامه راه‌اندازی خط کشتیرانی منظم امیرآباد–ماخاچ‌قلعه به امضای دو طرف رسید. "
     "قرار است نخستین کشتی این خط اوایل ماه آینده از بندر امیرآباد حرکت کند."),
     dates=[("از ۱۷ تا ۱۹ اردیبهشت", "2014-05-07/2014-05-09", "j"), ("دیروز", "2014-05-07", "r"),
            ("اوایل ماه آینده", "2014-05-22/2014-05-31", "r")],
     contacts=[C(ABD, TAH, "meet", "2014-05-07"), C(ABD, TAH, "agreement", "2014-05-07")]),
dict(id="F17", pub="2014-12-17", text=(
     "روبل روسیه روز سه‌شنبه ۱۶ دسامبر با سقوطی کم‌سابقه به پایین‌ترین سطح تاریخی خود در برابر دلار رسید، آن هم پس از آنکه بانک مرکزی روسیه نیمه‌شب دوشنبه نرخ بهره را به ۱۷ درصد افزایش داد. "
     "بهای نفت برنت امروز به کمتر از ۶۰ دلار در هر بشکه رسید؛ کاهشی که لایحه بودجه سال ۹۴ ایران را نیز با کسری جدی روبه‌رو کرده است."),
     dates=[("روز سه‌شنبه ۱۶ دسامبر", "2014-12-16", "g"), ("نیمه‌شب دوشنبه", "2014-12-15", "r"), ("امروز", "2014-12-17", "r"),
            ("سال ۹۴", "2015-03-21/2016-03-19", "j")],
     contacts=[]),
dict(id="F18", pub="2015-07-10", text=(
     "به گزارش الف، حسن روحانی که پریروز برای شرکت در نشست سران سازمان همکاری شانگهای وارد اوفا شد، روز پنجشنبه ۱۸ تیر (۹ ژوئیه) در حاشیه این نشست با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "دو رئیس‌جمهور بر ضرورت افزایش حجم مبادلات تجاری و تسریع در اجرای توافق‌های نفتی تأکید کردند. "
     "یوری اوشاکوف، دستیار رئیس‌جمهور روسیه، گفت پوتین پاییز امسال برای شرکت در اجلاس سران مجمع کشورهای صادرکننده گاز به تهران سفر خواهد کرد و با رهبر انقلاب نیز دیدار می‌کند."),
     dates=[("پریروز", "2015-07-08", "r"), ("روز پنجشنبه ۱۸ تیر", "2015-07-09", "j"), ("۹ ژوئیه", "2015-07-09", "g"),
            ("پاییز امسال", "2015-09-23/2015-12-21", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(PUT, ROU, "meet", "2015-07-08", True),
               C(PUT, [KHA, IR], "meet", "2015-09-23/2015-12-21")]),
dict(id="F19", pub="2015-12-08", text=(
     "توافق تهران و مسکو برای همکاری در ارتباطات و فناوری ماهواره‌ای\n"
     "سه‌شنبه ۱۷ آذر ۱۳۹۴ - ۲۶ صفر ۱۴۳۷ - ۱۴:۲۲\n"
     "کد خبر: ۵۴۱۲۳۸۷\n"
     "مسکو- باشگاه خبرنگاران جوان- محمود واعظی، وزیر ارتباطات و فناوری اطلاعات، که دوشنبه‌شب وارد مسکو شد، امروز با نیکلای نیکیفوروف، وزیر ارتباطات و رسانه‌های جمعی روسیه، دیدار و گفت‌وگو کرد.\n"
     "در پایان این دیدار سند همکاری دو کشور در زمینه امنیت سایبری، پست و ارتباطات ماهواره‌ای به امضای دو وزیر رسید.\n"
     "واعظی در این نشست گفت حجم مبادلات فناوری اطلاعات دو کشور «کمتر از یک درصد ظرفیت موجود» است.\n"
     "وزیر ارتباطات فردا با ایگور کوماروف، رئیس آژانس فضایی روسیه (روس‌کاسموس)، درباره ساخت و پرتاب ماهواره‌های سنجشی ایران گفت‌وگو خواهد کرد.\n"
     "آخرین نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور ۱۶ و ۱۷ شهریور امسال در تهران برگزار شده بود.\n"
     "نخستین ماهواره ایران، «سینا-۱»، ۵ آبان ۱۳۸۴ با پرتابگر روسی کاسموس-۳ام از پایگاه پلستسک به مدار زمین فرستاده شد.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: محمود واعظی، روسیه، ماهواره\n"
     "© ۱۳۹۴ باشگاه خبرنگاران جوان"),
     dates=[("سه‌شنبه ۱۷ آذر ۱۳۹۴", "2015-12-08", "j"), ("۲۶ صفر ۱۴۳۷", "2015-12-08", "h"), ("دوشنبه‌شب", "2015-12-07", "r"),
            ("امروز", "2015-12-08", "r"), ("فردا", "2015-12-09", "r"), ("۱۶", "2015-09-07", "j"),
            ("۱۷ شهریور امسال", "2015-09-08", "j"), ("۵ آبان ۱۳۸۴", "2005-10-27", "j"), ("© ۱۳۹۴", None, "ignore")],
     contacts=[C(NIK, VAE, "meet", "2015-12-08"), C(NIK, VAE, "agreement", "2015-12-08"), C(NIK, VAE, "meet", "2015-12-07", True),
               C(KOM, VAE, "meet", "2015-12-09"), C(RU, IR, "meet", "2015-09-07/2015-09-08", True)]),
dict(id="F20", pub="2016-08-08", text=(
     "به گزارش کیهان، نخستین نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان امروز در باکو با حضور حسن روحانی، ولادیمیر پوتین و الهام علی‌اف برگزار شد و بیانیه مشترک سه کشور درباره کریدور شمال–جنوب و مبارزه با تروریسم به امضای سه رئیس‌جمهور رسید. "
     "روحانی و پوتین پیش از آغاز نشست سه‌جانبه، دیداری ۴۵ دقیقه‌ای داشتند. "
     "وزیران امور خارجه سه کشور نیز ۱۹ فروردین امسال در همین شهر گرد هم آمده بودند."),
     dates=[("امروز", "2016-08-08", "r"), ("۱۹ فروردین امسال", "2016-04-07", "j")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(LAV, ZAR, "meet", "2016-04-07")]),
dict(id="F21", pub="2016-12-28", text=(
     "به گزارش روزنامه ۸ صبح، نمایندگان روسیه، چین و پاکستان روز سه‌شنبه، ۷ جدی، در مسکو درباره وضعیت امنیتی افغانستان گفتگو کردند و خواستار انعطاف در برابر برخی رهبران طالبان شدند. "
     "احمد شکیب مستغنی، سخنگوی وزارت امور خارجه، امروز گفت برگزاری چنین نشستی بدون حضور کابل «قابل قبول نیست». "
     "مسکو اعلام کرده است که دور بعدی این گفتگوها در ماه فبروری با اشتراک نماینده‌ای از افغانستان برگزار می‌شود."),
     dates=[("روز سه‌شنبه، ۷ جدی", "2016-12-27", "j"), ("امروز", "2016-12-28", "r"), ("ماه فبروری", "2017-02", "g")],
     contacts=[]),
dict(id="F22", pub="2017-11-14", text=(
     "به گزارش خبرگزاری میزان، ولادیمیر پوتین، رئیسجمهور روسیه، روز گذشته با ارسال پیامی به حسن روحانی درگذشت صدها تن از هموطنانمان در زمین‌لرزه ۷.۳ ریشتری یکشنبه‌شب در استان کرمانشاه را تسلیت گفت و آمادگی مسکو برای ارسال کمک‌های امدادی را اعلام کرد. "
     "سرگئی لاوروف، وزیر خارجه روسیه، نیز امروز سهشنبه در تماس تلفنی با محمدجواد ظریف با مردم مناطق زلزله‌زده ابراز همدردی کرد. "
     "وزارت شرایط اضطراری روسیه اعلام کرده است نخستین محموله امدادی این کشور پس‌فردا در فرودگاه کرمانشاه به زمین می‌نشیند."),
     dates=[("روز گذشته", "2017-11-13", "r"), ("یکشنبه‌شب", "2017-11-12", "r"), ("امروز سهشنبه", "2017-11-14", "r"),
            ("پس‌فردا", "2017-11-16", "r")],
     contacts=[C(PUT, ROU, "message", "2017-11-13"), C(LAV, ZAR, "phone_call", "2017-11-14")]),
dict(id="F23", pub="2017-12-12", text=(
     "به گزارش تجارت‌نیوز، یادداشت تفاهم مطالعه توسعه میدان‌های نفتی دهلران و چشمه‌خوش میان شرکت ملی نفت ایران و شرکت روسی تات‌نفت صبح دیروز ۲۰ آذر ۹۶ در تهران به امضای علی کاردر، مدیرعامل شرکت ملی نفت، و نائل ماگانوف، مدیرعامل تات‌نفت، رسید. "
     "طرف روس باید نتایج مطالعات خود را ظرف شش ماه ارائه کند. "
     "این سومین سند همکاری نفتی دو کشور از ژانویه ۲۰۱۷ است."),
     dates=[("صبح دیروز ۲۰ آذر ۹۶", "2017-12-11", "j"), ("ژانویه ۲۰۱۷", "2017-01", "g")],
     contacts=[C(TAT, NIOC, "agreement", "2017-12-11"), C(TAT, NIOC, "meet", "2017-12-11", True)]),
dict(id="F24", pub="2018-06-14", text=(
     "به گزارش خبرگزاری حوزه، دفتر رهبر معظم انقلاب اعلام کرد با رؤیت هلال ماه شوال، فردا جمعه ۲۵ خرداد ۱۳۹۷ برابر با اول شوال ۱۴۳۹ و روز عید سعید فطر است. "
     "نماز عید به امامت آیت‌الله خامنه‌ای ساعت ۷:۳۰ صبح در مصلای امام خمینی تهران اقامه می‌شود. "
     "شورای مفتیان روسیه نیز اعلام کرده است مسلمانان این کشور روز جمعه این عید را جشن خواهند گرفت."),
     dates=[("ماه شوال", None, "ignore"), ("فردا جمعه ۲۵ خرداد ۱۳۹۷", "2018-06-15", "j"), ("اول شوال ۱۴۳۹", "2018-06-15", "h"),
            ("عید سعید فطر", None, "ignore"), ("روز جمعه", "2018-06-15", "r")],
     contacts=[]),
dict(id="F25", pub="2018-10-22", text=(
     "به گزارش ایبنا، سید عباس صالحی، وزیر فرهنگ و ارشاد اسلامی، و ولادیمیر مدینسکی، وزیر فرهنگ روسیه، پنجشنبه گذشته در حاشیه افتتاح هفته فرهنگی ایران در مسکو دیدار کردند و برنامه اجرایی همکاری‌های فرهنگی دو کشور برای سال‌های ۲۰۱۹ تا ۲۰۲۱ را امضا کردند. "
     "قرار است هفته فرهنگی روسیه نیز از ۲۲ تا ۲۸ بهمن در تهران برگزار شود. "
     "نمایشگاه بین‌المللی کتاب تهران اردیبهشت سال آینده روسیه را به عنوان مهمان ویژه می‌پذیرد."),
     dates=[("پنجشنبه گذشته", "2018-10-18", "r"), ("سال‌های ۲۰۱۹ تا ۲۰۲۱", "2019-01-01/2021-12-31", "g"),
            ("از ۲۲ تا ۲۸ بهمن", "2019-02-11/2019-02-17", "j"), ("اردیبهشت سال آینده", "2019-04-21/2019-05-21", "j")],
     contacts=[C(MEDI, SALH, "meet", "2018-10-18"), C(MEDI, SALH, "agreement", "2018-10-18")]),
dict(id="F26", pub="2019-02-13", text=(
     "به گزارش اسپوتنیک، حسن روحانی فردا پنجشنبه ۲۵ بهمن (۱۴ فوریه) برای شرکت در چهارمین نشست سه‌جانبه سران ایران، روسیه و ترکیه در چارچوب روند آستانه به سوچی سفر می‌کند و در حاشیه آن با ولادیمیر پوتین و رجب طیب اردوغان دیدارهای جداگانه خواهد داشت. "
     "نشست پیشین سران سه کشور ۱۶ شهریور در تهران برگزار شده بود."),
     dates=[("فردا پنجشنبه ۲۵ بهمن", "2019-02-14", "j"), ("۱۴ فوریه", "2019-02-14", "g"), ("۱۶ شهریور", "2018-09-07", "j")],
     contacts=[C(PUT, ROU, "meet", "2019-02-14"), C(PUT, ROU, "meet", "2018-09-07")]),
dict(id="F27", pub="2019-04-03", text=(
     "روزنامه اعتماد- شمار جان‌باختگان سیلاب‌هایی که از ۲۵ اسفند تاکنون ۲۳ استان کشور را درنوردیده به ۶۲ تن رسید و سیل دو روز پیش بخش‌هایی از خوزستان را نیز زیر آب برد. "
     "صلیب سرخ روسیه نخستین محموله کمک‌های امدادی خود شامل ۱۰ قایق نجات و ۲ هزار چادر را دیروز به فرودگاه اهواز فرستاد. "
     "سیل ۵ فروردین در محدوده دروازه قرآن شیراز ۲۱ قربانی گرفته بود."),
     dates=[("۲۵ اسفند", "2019-03-16", "j"), ("دو روز پیش", "2019-04-01", "r"), ("دیروز", "2019-04-02", "r"),
            ("۵ فروردین", "2019-03-25", "j")],
     contacts=[]),
dict(id="F28", pub="2020-01-04", text=(
     "به گزارش نورنیوز، سرگئی لاوروف، وزیر امور خارجه روسیه، شامگاه جمعه ۱۳ دی در تماس تلفنی با محمدجواد ظریف، ترور سردار قاسم سلیمانی در بامداد همان روز در بغداد را محکوم کرد و آن را «اقدامی ماجراجویانه» خواند. "
     "ولادیمیر پوتین و امانوئل مکرون نیز در گفت‌وگوی تلفنی دیروز درباره پیامدهای این رویداد رایزنی کردند. "
     "مراسم تشییع پیکر سردار سلیمانی از فردا در اهواز، مشهد و تهران برگزار می‌شود."),
     dates=[("شامگاه جمعه ۱۳ دی", "2020-01-03", "j"), ("بامداد همان روز", None, "ignore"), ("دیروز", "2020-01-03", "r"),
            ("فردا", "2020-01-05", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-01-03")]),
dict(id="F29", pub="2020-12-16", text=(
     "به گزارش دیپلماسی ایرانی، الکساندر لاورنتیف، نماینده ویژه رئیس‌جمهور روسیه در امور سوریه، عصر دوشنبه با محمدجواد ظریف دیدار کرد و دیروز نیز با علی‌اصغر خاجی، دستیار ارشد وزیر خارجه در امور ویژه سیاسی، درباره کمیته قانون اساسی سوریه گفت‌وگو کرد. "
     "دور بعدی نشست‌های آستانه در سطح نمایندگان ویژه فوریه ۲۰۲۱ در سوچی برگزار خواهد شد."),
     dates=[("عصر دوشنبه", "2020-12-14", "r"), ("دیروز", "2020-12-15", "r"), ("فوریه ۲۰۲۱", "2021-02", "g")],
     contacts=[C(LAVR, ZAR, "meet", "2020-12-14"), C(LAVR, KHAJI, "meet", "2020-12-15"),
               C([LAVR, RU], [KHAJI, IR], "meet", "2021-02", True)]),
dict(id="F30", pub="2021-08-05", text=(
     "به گزارش روزنامه اطلاعات روز، رزمایش مشترک نظامی روسیه، ازبکستان و تاجیکستان از امروز، ۱۴ اسد، با اشتراک حدود ۲۵۰۰ سرباز در میدان تمرینی حرب‌میدان در ۲۰ کیلومتری مرز افغانستان آغاز شد و تا ۱۰ آگست (۱۹ اسد) ادامه دارد. "
     "وزارت دفاع روسیه گفته است هدف این رزمایش «آمادگی برای مقابله با تهدیدهای احتمالی از خاک افغانستان» است. "
     "طالبان طی دو ماه گذشته ده‌ها ولسوالی را تصرف کرده‌اند."),
     dates=[("امروز، ۱۴ اسد", "2021-08-05", "j"), ("۱۰ آگست", "2021-08-10", "g"), ("۱۹ اسد", "2021-08-10", "j"),
            ("دو ماه گذشته", None, "ignore")],
     contacts=[]),
dict(id="F31", pub="2021-10-19", text=(
     "سرلشکر باقری با رئیس ستاد کل نیروهای مسلح روسیه دیدار کرد\n"
     "سه‌شنبه ۲۷ مهر ۱۴۰۰ - ۱۳ ربیع‌الاول ۱۴۴۳ - ۱۱:۴۰\n"
     "کد خبر: ۳۲۶۵۱۹۰\n"
     "مسکو- خبرگزاری صدا و سیما- سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، که یکشنبه در رأس هیئتی نظامی وارد مسکو شد، صبح امروز با ژنرال والری گراسیموف، رئیس ستاد کل نیروهای مسلح فدراسیون روسیه، دیدار و گفت‌وگو کرد.\n"
     "دو طرف در این دیدار سه‌ساعته درباره گسترش همکاری‌های آموزشی، برگزاری رزمایش‌های مشترک دریایی و مبارزه با تروریسم گفت‌وگو کردند.\n"
     "باقری دیروز نیز با ژنرال سرگئی شویگو، وزیر دفاع روسیه، دیدار کرده بود.\n"
     "رئیس ستاد کل نیروهای مسلح قرار است فردا از یک مرکز آموزش نیروی هوایی در حومه مسکو بازدید کند و پنجشنبه به تهران بازگردد.\n"
     "باقری و گراسیموف پیش‌تر در حاشیه کنفرانس امنیت بین‌المللی مسکو در آوریل ۲۰۱۹ (اردیبهشت ۹۸) با یکدیگر دیدار کرده بودند.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: سرلشکر باقری، روسیه، همکاری نظامی\n"
     "اخبار مرتبط: رزمایش مشترک ایران، روسیه و چین در شمال اقیانوس هند"),
     dates=[("سه‌شنبه ۲۷ مهر ۱۴۰۰", "2021-10-19", "j"), ("۱۳ ربیع‌الاول ۱۴۴۳", "2021-10-19", "h"), ("یکشنبه", "2021-10-17", "r"),
            ("صبح امروز", "2021-10-19", "r"), ("دیروز", "2021-10-18", "r"), ("فردا", "2021-10-20", "r"),
            ("پنجشنبه", "2021-10-21", "r"), ("آوریل ۲۰۱۹", "2019-04", "g"), ("اردیبهشت ۹۸", "2019-04-21/2019-05-21", "j")],
     contacts=[C(GER, BAG, "meet", "2021-10-19"), C(SHO, BAG, "meet", "2021-10-18"), C(SHO, BAG, "meet", "2021-10-17", True),
               C(GER, BAG, "meet", "2019-04")]),
dict(id="F32", pub="2022-05-25", text=(
     "به گزارش مشرق، رستم قاسمی، وزیر راه و شهرسازی، که از یکشنبه برای گفت‌وگو با مقام‌های حمل‌ونقل روسیه در مسکو به سر می‌برد، دیروز با اولگ بلوزیوروف، مدیرعامل راه‌آهن روسیه، دیدار کرد و قرارداد افزایش ترانزیت بار از مسیر شرقی کریدور شمال–جنوب به امضای دو طرف رسید. "
     "بر اساس این قرارداد، قطارهای ترانزیتی از اوایل خرداد به‌طور منظم از چلیابینسک به سوی بندرعباس حرکت می‌کنند. "
     "قاسمی همچنین ۳۱ می (۱۰ خرداد) در اجلاس وزیران حمل‌ونقل کشورهای عضو سازمان همکاری اقتصادی (اکو) در باکو شرکت خواهد کرد."),
     dates=[("یکشنبه", "2022-05-22", "r"), ("دیروز", "2022-05-24", "r"), ("اوایل خرداد", "2022-05-22/2022-05-31", "j"),
            ("۳۱ می", "2022-05-31", "g"), ("۱۰ خرداد", "2022-05-31", "j")],
     contacts=[C(BEL, GHAS, "meet", "2022-05-24"), C(BEL, GHAS, "agreement", "2022-05-24"), C(BEL, GHAS, "meet", "2022-05-22", True)]),
dict(id="F33", pub="2022-09-16", text=(
     "به گزارش جماران، آیت‌الله سید ابراهیم رئیسی و ولادیمیر پوتین عصر پنجشنبه ۲۴ شهریورماه در حاشیه بیست و دومین اجلاس سران سازمان همکاری شانگهای در سمرقند دیدار و گفت‌وگو کردند. "
     "پوتین در این دیدار امضای سند تعهدات ایران برای عضویت دائم در سازمان شانگهای را «نقطه عطفی» در همکاری‌های منطقه‌ای خواند. "
     "دو رئیس‌جمهور همچنین توافق کردند متن معاهده جامع همکاری دو کشور تا پایان سال میلادی نهایی شود."),
     dates=[("عصر پنجشنبه ۲۴ شهریورماه", "2022-09-15", "j"), ("پایان سال میلادی", None, "ignore")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C([PUT, RU], [RAI, IR], "agreement", None, True)]),
dict(id="F34", pub="2023-06-26", text=(
     "یوگنی پریگوژین، رهبر گروه شبه‌نظامی واگنر، که شنبه ۳ تیر (۲۴ ژوئن) نیروهایش را به سوی مسکو روانه کرده بود، پس از میانجی‌گری الکساندر لوکاشنکو، رئیس‌جمهور بلاروس، عقب‌نشینی کرد و به گفته کرملین راهی بلاروس می‌شود. "
     "ناصر کنعانی، سخنگوی وزارت خارجه ایران، روز یکشنبه این رویداد را «موضوعی داخلی» خواند و از «حاکمیت قانون در فدراسیون روسیه» حمایت کرد. "
     "پوتین که ۲۳ سال است بر روسیه حکومت می‌کند، صبح شنبه در پیامی تلویزیونی این شورش را «خیانت» نامیده بود."),
     dates=[("شنبه ۳ تیر", "2023-06-24", "j"), ("۲۴ ژوئن", "2023-06-24", "g"), ("روز یکشنبه", "2023-06-25", "r"),
            ("صبح شنبه", "2023-06-24", "r")],
     contacts=[]),
dict(id="F35", pub="2023-10-11", text=(
     "به گزارش روزنامه ایران، محمد مخبر، معاون اول رئیس‌جمهور، دو روز پیش در تهران با مارات خوسنولین، معاون نخست‌وزیر روسیه، دیدار و درباره تأمین مالی و زمان‌بندی ساخت راه‌آهن رشت–آستارا گفت‌وگو کرد. "
     "خوسنولین در این دیدار گفت نخستین مرحله تملک اراضی مسیر از جولای تا سپتامبر امسال انجام شده است. "
     "قرار است معاون نخست‌وزیر روسیه اوایل ماه آینده برای بازدید از مسیر طرح به گیلان سفر کند."),
     dates=[("دو روز پیش", "2023-10-09", "r"), ("از جولای تا سپتامبر امسال", "2023-07-01/2023-09-30", "g"),
            ("اوایل ماه آینده", "2023-10-23/2023-11-01", "r")],
     contacts=[C(KHU, MOKH, "meet", "2023-10-09"), C(KHU, ["Governor of Gilan", "Gilan Province", IR], "meet", "2023-10-23/2023-11-01")]),
dict(id="F36", pub="2024-05-22", text=(
     "به گزارش ایلنا، ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم بزرگداشت آیت‌الله رئیسی و همراهان او به تهران آمده است، امروز با محمد مخبر، سرپرست ریاست جمهوری، دیدار و گفت‌وگو کرد. "
     "ولادیمیر پوتین نیز روز دوشنبه در پیامی به آیت‌الله خامنه‌ای، جان‌باختن رئیس‌جمهور ایران را تسلیت گفته بود. "
     "بالگرد حامل رئیسی و هیئت همراه عصر یکشنبه ۳۰ اردیبهشت در منطقه ورزقان آذربایجان شرقی سقوط کرد."),
     dates=[("امروز", "2024-05-22", "r"), ("روز دوشنبه", "2024-05-20", "r"), ("عصر یکشنبه ۳۰ اردیبهشت", "2024-05-19", "j")],
     contacts=[C(VOL, MOKH, "meet", "2024-05-22"), C(PUT, KHA, "message", "2024-05-20")]),
dict(id="F37", pub="2024-12-11", text=(
     "به گزارش اکوایران، عبدالناصر همتی، وزیر امور اقتصادی و دارایی، که سه شنبه ۲۰ آذر در مسکو با آنتون سیلوانوف، وزیر دارایی روسیه، دیدار کرد، گفت دو طرف توافق کرده‌اند اتصال کامل شبکه‌های کارت بانکی شتاب و میر از ۱ ژانویه ۲۰۲۵ عملیاتی شود. "
     "سفر سیلوانوف به تهران که قرار بود ۱۵ آبان انجام شود، به دلیل «تداخل برنامه‌ها» لغو شده بود. "
     "همتی امروز به تهران بازگشت."),
     dates=[("سه شنبه ۲۰ آذر", "2024-12-10", "j"), ("۱ ژانویه ۲۰۲۵", "2025-01-01", "g"), ("۱۵ آبان", "2024-11-05", "j"),
            ("امروز", "2024-12-11", "r")],
     contacts=[C(SIL, HEM, "meet", "2024-12-10"), C(SIL, HEM, "agreement", "2024-12-10", True)]),
dict(id="F38", pub="2025-06-04", text=(
     "ایران و روسیه برنامه همکاری پنج‌ساله کشاورزی امضا کردند\n"
     "چهارشنبه ۱۴ خرداد ۱۴۰۴ | ۸ ذی‌الحجه ۱۴۴۶ | ۴ ژوئن ۲۰۲۵\n"
     "کد خبر: 1404031409876\n"
     "تهران- ایسنا- غلامرضا نوری قزلجه، وزیر جهاد کشاورزی، و اوکسانا لوت، وزیر کشاورزی فدراسیون روسیه، صبح امروز در تهران دیدار کردند و برنامه همکاری پنج‌ساله دو کشور در زمینه تجارت غلات، دام و نهاده‌های دامی را امضا کردند.\n"
     "لوت که دیروز در رأس هیئتی ۶۰ نفره از مدیران شرکت‌های کشاورزی روس وارد تهران شد، گفت صادرات گندم روسیه به ایران در سال زراعی گذشته از ۳ میلیون تن فراتر رفته است.\n"
     "نوری قزلجه نیز از راه‌اندازی دالان سبز گمرکی برای صادرات میوه و سبزی ایران از طریق بندر آستاراخان از اول تیرماه خبر داد.\n"
     "وزیر کشاورزی روسیه فردا برای بازدید از بندر انزلی به گیلان می‌رود و با هادی حق‌شناس، استاندار گیلان، دیدار خواهد کرد.\n"
     "دو وزیر پیش‌تر ۳۰ بهمن ماه گذشته در حاشیه نشست کمیسیون مشترک همکاری‌های اقتصادی در مسکو با یکدیگر گفت‌وگو کرده بودند.\n"
     "معاهده مشارکت راهبردی جامع ایران و روسیه ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در مسکو به امضای مسعود پزشکیان و ولادیمیر پوتین رسیده بود.\n"
     "انتهای پیام\n"
     "برچسب‌ها: روسیه، گندم، وزارت جهاد کشاورزی"),
     dates=[("چهارشنبه ۱۴ خرداد ۱۴۰۴", "2025-06-04", "j"), ("۸ ذی‌الحجه ۱۴۴۶", "2025-06-04", "h"), ("۴ ژوئن ۲۰۲۵", "2025-06-04", "g"),
            ("صبح امروز", "2025-06-04", "r"), ("دیروز", "2025-06-03", "r"), ("سال زراعی گذشته", None, "ignore"),
            ("اول تیرماه", "2025-06-22", "j"), ("فردا", "2025-06-05", "r"), ("۳۰ بهمن ماه گذشته", "2025-02-18", "j"),
            ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g")],
     contacts=[C(LUT, NOURI, "meet", "2025-06-04"), C(LUT, NOURI, "agreement", "2025-06-04"), C(LUT, NOURI, "meet", "2025-06-03", True),
               C(LUT, HAGH, "meet", "2025-06-05"), C(LUT, NOURI, "meet", "2025-02-18"),
               C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True)]),
dict(id="F39", pub="2025-09-28", text=(
     "سازوکار بازگشت خودکار تحریم‌های سازمان ملل علیه ایران بامداد یکشنبه ۶ مهر (۲۸ سپتامبر) به وقت تهران فعال شد. "
     "دو روز پیش قطعنامه پیشنهادی روسیه و چین برای تعویق شش‌ماهه این روند در شورای امنیت تنها چهار رأی موافق گرفت. "
     "واسیلی نبنزیا، نماینده روسیه در سازمان ملل، پس از رأی‌گیری گفت مسکو بازگشت تحریم‌ها را «فاقد اعتبار حقوقی» می‌داند."),
     dates=[("بامداد یکشنبه ۶ مهر", "2025-09-28", "j"), ("۲۸ سپتامبر", "2025-09-28", "g"), ("دو روز پیش", "2025-09-26", "r")],
     contacts=[]),
dict(id="F40", pub="2026-01-14", text=(
     "به گزارش اسپوتنیک فارسی، عباس عراقچی، وزیر امور خارجه، شامگاه دوشنبه در گفت‌وگوی تلفنی با سرگئی لاوروف درباره تحولات پس از فعال شدن سازوکار ماشه و برنامه سفر خود به مسکو رایزنی کرد. "
     "سفر عراقچی که قرار بود هفته گذشته انجام شود، به درخواست طرف روس به اواسط بهمن‌ماه موکول شد. "
     "سخنگوی وزارت خارجه روسیه گفت دو وزیر در این سفر برنامه مشورت‌های سیاسی دو کشور برای سال‌های ۲۰۲۶ و ۲۰۲۷ را امضا خواهند کرد."),
     dates=[("شامگاه دوشنبه", "2026-01-12", "r"), ("هفته گذشته", "2026-01-03/2026-01-09", "r"),
            ("اواسط بهمن‌ماه", "2026-01-31/2026-02-09", "j"), ("سال‌های ۲۰۲۶", "2026", "g"), ("۲۰۲۷", "2027", "g")],
     contacts=[C(LAV, ARA, "phone_call", "2026-01-12"), C(LAV, ARA, "meet", "2026-01-31/2026-02-09"),
               C(LAV, ARA, "agreement", "2026-01-31/2026-02-09")]),
]
