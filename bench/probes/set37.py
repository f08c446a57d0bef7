# Held-out probe set 37: PERSIAN news, 36 SNIPPETS of 1–4 sentences and 4 WHOLE ARTICLES of 12 lines (P07, P16, P25,
# P33: headline, header date line, news code, dateline, body, background lines recalling older dated contacts,
# boilerplate / tags / a copyright line), hand-annotated; 40 cases, P01–P40, publication dates 2010–2026 (two or three a
# year, ids in strict date order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set33 and set35 (plus the bare names of set35's top-level assignments, no values).
# The tool was not run and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes and several dates are invented) in the style of Mehr (P01, P09, P14 with the agency مهر beside
# the month «۲۰ مهر», P25 with a «۳۱ تیر ۱۳۹۹، ۱۹:۲۰» header), Donya-e-Eqtesad (P02, P31), IRNA (P03 from Astana; P06 with a
# two-calendar header «سه‌شنبه ۱۰ مرداد ۱۳۹۱ - ۱۱ رمضان ۱۴۳۳ - ۱۲:۴۰»; P10 from Moscow in Arabic-Indic digits; P16 from
# Bushehr with a «شنبه ۲۰ شهریور ۱۳۹۵ - ۸ ذی‌الحجه ۱۴۳۷ - ۱۱:۴۸» header, a Latin-digit news code and a copyright line;
# P28), Fars (P04; P33 with a numeric «۱۴۰۲/۰۸/۰۱ - ۲۰:۱۵» header and a news code that embeds a date), BBC Persian (P05,
# P19), ICANA / Khane-ye Mellat (P07 with a «تاریخ انتشار: سه‌شنبه ۲۱ آذر ۱۳۹۱ ساعت ۱۶:۰۵» header), Khabaronline (P08),
# Tasnim (P11, P17 from Moscow, P24 from Ankara), Eghtesad Online (P12), Radio Farda (P15), ISNA (P20, P39), Entekhab
# (P21 with Latin digits), Shargh (P22), IRIB News (P26), Hamshahri Online (P27), Independent Persian (P29), the
# presidency's site (P30 from Samarkand), Tejarat News (P32), Shana (P35), Tabnak (P36 with a numeric «۱۴۰۳/۰۹/۲۶ -
# ۱۳:۱۰» header), Etemad Online (P37), Iran International (P38), and three Afghan Dari items: Tolonews (P23: دلو,
# «فبروری», «هوتل», «قبل از چاشت»; P40: سرطان, حوت, «میزان تجارت», «حمل و نقل», «دالر») and Pajhwok (P34: «کابل (پژواک،
# ۲۱ حوت ۱۴۰۲):» dateline, «رمضان ۱۴۴۵», حمل, «هلال ماه», «۱۲ چاشت»).  P13 and P18 carry no outlet name.
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Pezeshkian, Khatami, Mokhber / Medvedev, Putin: the
# Astana SCO sidelines 2011, Putin's Tehran visit for the Iran–Russia–Azerbaijan trilateral 2017 with the Leader and
# Rouhani, the Baku trilateral 2016 recalled, the Ankara Astana-format trilateral 2019 with a joint statement and a next
# summit planned «سال آینده», the Sochi trilateral recalled, Samarkand 2022 with an accepted undated invitation, the Tehran
# Astana summit 2022 recalled, a Raisi Moscow visit planned «ماه آینده», Kazan BRICS 2024 recalled, a Putin–Rouhani call,
# Rouhani's congratulation message on Putin's re-election, Putin's condolence message after the Shahid Rajaee port
# explosion, Rouhani's written message handed to Lavrov for Putin, the 2001 treaty and the 2025 treaty recalled, a
# Caspian summit planned twice as a multilateral), foreign ministers and deputies (Mottaki, Salehi, Zarif,
# Amir-Abdollahian, Araghchi, Safari / Lavrov, Bogdanov, Rudenko: calls, Moscow visits with arrival days, the Moscow FMs'
# trilateral with Turkey 2016 and its «بیانیه مسکو», the 3+3 rounds in Moscow 2021 and Tehran 2023 with sideline
# bilaterals, Lavrov received by Raisi, Lavrov's 2022 Tehran visit recalled, a planned deputy-FM consultation dated by
# «هفته آینده», a planned Lavrov visit dated by «هفته دوم بهمن»), security council secretaries (Jalili / Patrushev),
# defence ministers (Dehghan, Hatami, Nasirzadeh / Shoigu, Belousov: the Moscow defence trilateral 2016, the Moscow
# security conference 2015 planned and 2018 held, a phone call, a cancelled Belousov visit), parliament (Larijani /
# Naryshkin, Matviyenko, Gryzlov recalled by month), an ambassador (Dzhagaryan received by the oil minister Ghasemi, the
# joint commission planned), central banks (Seif / Nabiullina and an unnamed deputy; a cancelled Nabiullina visit; an
# undated monetary MoU), atomic energy (Salehi / Komarov at the Bushehr-2 groundbreaking, the 2014 Kiriyenko contract
# recalled, Shmatko at the 2011 grid connection, planned Rosatom–AEOI talks), energy (Owji, Chegeni, Mokhber / Miller:
# the Gazprom–NIGC MoU, a planned Mokhber meeting), economy (Khandouzi / Siluanov: a tax protocol), agriculture (Hojjati /
# Dankvert: an MoU), transport (the roads minister Mohammad Eslami / Ditrich: a video call, a joint commission postponed
# to «نیمه دوم بهمن»); planned, postponed (P26), cancelled (P14, P36) and denied (P29) contacts, and contacts recalled in
# the past perfect.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P05, P09, P12, P15, P19, P22, P23, P29, P32,
# P34, P38, P40.  All other cases (27) have at least one required row.  Traps: third-country contacts (Iran–Turkey–Brazil
# declaration P01; Iran–Kazakhstan grain P02; Russia–China veto P05; Russia–Turkey P17, P24; Iran–Azerbaijan P17, P27;
# Iran–China P21; Iran–Europe P21; Russia–Afghanistan / Taliban P23, P40; Iran–US in Muscat P37; the E3 and the UN P38),
# decrees (P02, P13), deliveries (P15), statements (P05, P19, P22, P29, P38), aid offers (P19, P37), entry into force
# (P10, P39), a denied call (P29), counts, money, percentages («۱۲۰۰ کیلوگرم», «۲۰ درصد», «۱۰.۵ به ۱۷ درصد», «۸۰ روبل»,
# «۸۰۰ میلیون دلار», «۱۰۵۷ مگاوات», «۶۴ هزار زائر», «۴۳۰ نفر», «۱۰۰۰ نفر», «۱.۲ میلیارد دالر»), clock times («ساعت ۲۲:۳۰»,
# «ساعت ۴ بامداد», «ساعت ۱۹», «ساعت ۲۱:۴۸ به وقت محلی», «ساعت ۸:۳۱ به وقت تهران», «ساعت ۵:۳۰ صبح به وقت مسکو», «ساعت
# ۳:۳۰», «ساعت ۱۰ قبل از چاشت», «از ساعت ۸ صبح تا ۱۲ چاشت», header times), flight and resolution numbers («شماره ۳۸۰۱»,
# «پرواز ۷۵۲», «قطعنامه ۲۲۳۱»), model numbers («اس-۳۰۰»), «۳+۳», «۷.۳ ریشتری», «۱۵ ماده‌ای», «نه ماده‌ای», «کووید ۱۹»
# (P25, P26), durations («۴۰ دقیقه», «یک ساعت», «به مدت یک سال», «سه روز عزای عمومی», «دو روزه», «۲۰ ساله», «۳۰ روزه»,
# «شش‌ماهه»), ordinals («یازدهمین اجلاس», «سومین دور»), news codes, the agency مهر (P01, P09, P14, P25), the name «بهمن
# کریمی» beside the month «نیمه دوم بهمن» (P26), وقت and ماه used non-temporally («رئیس‌جمهور وقت», «رئیس وقت دوما»,
# «به وقت محلی», «هلال ماه», «ماهی و میگو»), Dari «میزان تجارت» and «حمل و نقل» (month names as ordinary words, P40).
# Totals: 181 date lines (164 mentions + 17 ignore lines), 84 contact rows (60 required, 24 optional).
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
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set35 as the headers of set33 and set35 state them
#   (set35, the later, wins where they differ): اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month end; «هفته دوم» /
#   «هفته سوم» of a month = days 8–14 / 15–21, «هفته آخر» = the last seven days, «نیمه دوم» = day 16 to month end;
#   Saturday–Friday weeks («هفته آینده»); Persian and Dari relative years / months (امسال, سال گذشته, سال آینده, ماه آینده)
#   are Solar Hijri intervals unless میلادی is written; «N ماه نخست امسال» = 1 Farvardin to the end of the N-th month (r);
#   دیروز / روز گذشته = pub − 1, دیشب = شب گذشته = pub − 1; «چهارشنبه گذشته» = the last such weekday strictly before pub; a
#   bare weekday (also with شامگاه / عصر / بامداد) = the nearest one in the direction of the tense; «یکشنبه شب»,
#   «دوشنبه‌شب» = the evening OF that weekday; «از X تا Y» is one range mention with «از» inside, a start point («از ٣٠
#   دی‌ماه», «از ۴ نوامبر», «از سال ۲۰۰۵», «از ژانویه ۲۰۱۴», «از ۱۰ مهر امسال», «از یکشنبه») keeps «از» outside; a weekday
#   next to its date belongs to it; a relative word joined to a written date («امروز پنجشنبه ٢٦ دی», «دیروز سه‌شنبه ۳۰
#   آذر», «ظهر دیروز شنبه ۶ اردیبهشت») is one mention in the calendar of the written date, a relative word + weekday alone
#   («فردا چهارشنبه», «دیروز جمعه», «ظهر امروز (چهارشنبه)») is r; a relative weekday before a comma and its date
#   («بامداد سه‌شنبه گذشته، ۲۵ آذر») is one j mention; a date written in two calendars is two mentions with one value; a
#   trailing امسال / سال گذشته / سال آینده that fixes the year is inside the span («۱۷ مهر امسال», «مهرماه سال آینده»,
#   «اواخر آذر سال گذشته», «۱۲ سرطان امسال»); a year-less date or month takes the year nearest pub; «در سال ۲۰۰۷ میلادی» →
#   «سال ۲۰۰۷ میلادی»; Y/M/D numeric headers are j, the time after them outside; a header in two calendars is one mention
#   per calendar, the weekday going with the first; a Hijri date equated with a Solar Hijri weekday date carries the
#   text's day (P06, P09, P16); a holiday name beside its own date («عید سعید قربان», «عید سعید فطر») is an ignore line and
#   the date carries the value; an event named by its day («حمله شیمیایی ۲۱ اوت», «راهپیمایی ۲۲ بهمن», «زمین‌لرزه بم در ۵
#   دی ۱۳۸۲») is a mention of the date; counted event-relative phrases («سه هفته پس از آن», «۱۰ سال پس از آغاز عملیات
#   اجرایی», «ساعاتی پس از ورود», «دو روز پیش از دور نخست انتخابات …»), anaphoric «همان روز», deadlines by a month or year
#   («تا پایان شهریور», «تا پایان شهریور ۱۴۰۲»), «تعطیلات نوروزی», copyright years and «N سال / ماه گذشته» counts are
#   ignore lines; a deadline by a relative day («تا ظهر امروز») is a mention of that day with «تا» outside; a time-of-day
#   word before a date is inside the span; news codes get no line; Dari months (دلو, حوت, حمل, سرطان) are Solar Hijri (j),
#   Dari «فبروری» is g; the original date of a cancelled or postponed contact («قرار بود … آذرماه», «آبان‌ماه») is an
#   ordinary mention.
#   Contacts: as set27–set35 (envoy with a message → meet (envoy–host) + message (sender–addressee); trilateral summits and
#   ministers' trilaterals at which the two sides sit together → required, a bilateral the same day is that row, a joint
#   statement issued there → optional agreement; a video call → required phone_call; multilateral meetings (SCO, Caspian,
#   3+3) and joint commissions without a bilateral → optional; planned contacts with a day, week, part of a month, month
#   or year → required, hoped-for or undated ones → optional None; a postponed joint commission → optional at its new
#   date; denied, cancelled → no row; arrival days with no meeting stated that day → optional meet; a minister's MoU with
#   the meeting stated → required meet + required agreement; company MoUs → required agreement; a recalled treaty →
#   required agreement + optional meet; a recalled contract stated only by its date and the two countries → required
#   country-level agreement; a congratulation or condolence message dated by its sentence → that day, with no date →
#   "pub"; an in-person ceremony attended with no meeting stated → optional meet; a named Russian official's visit to
#   Tehran with no host named → required meet with country-level Iranian names; decrees, aid, deliveries, entry into
#   force, denials and statements → no row).
# Decided here where nothing above says (set37):
#   «از یکشنبه گذشته تا پنجشنبه» is one range mention (r): «گذشته» fixes the start, the bare end weekday follows the tense
#   of the sentence (P11).  «از ۲۴ مرداد دست‌کم تا پایان سال میلادی» is a start-point mention («از» outside) plus an ignore
#   line for the deadline «تا پایان سال میلادی» (P02).  «سال گذشته میلادی» = the previous Gregorian year "YYYY" (r, P07),
#   as set31's «سال آینده میلادی».  «۴ ماه نخست امسال» follows set33's «۶ ماه نخست امسال» rule (r, P02).  A weekday with a
#   comma and a year-less Hijri date («شامگاه دوشنبه، ۱۹ رمضان») is one h mention carrying the text's day (P31).
#   «نخستین روز ماه مبارک رمضان ۱۴۴۵ هجری قمری» is a DAY (1 Ramadan, h), a second-calendar mention beside «امروز دوشنبه»,
#   not the month interval (P34); «روز سه‌شنبه اول ماه رمضان» (Iran's sighting, one day after Umm al-Qura) is one h mention
#   of the stated weekday, inside ±1 (P34).  «در این ماه» referring back to Ramadan, «همین دوره», «هفته‌های آینده» and
#   «ماه‌های آینده» are ignore lines (P34, P32, P10, P27).  «هلال ماه» (the moon), «ماهی», «رئیس وقت», «به وقت …», Dari
#   «میزان تجارت» and «حمل و نقل» get no line.
#   Contacts: a condolence spoken to the counterpart at the start of a meeting is part of that meeting row, no message row
#   (P17).  A governor who «hosted the deputy of» a named Russian counterpart → required meet accepting the institution
#   (Bank of Russia) (P14).  An MoU «to be signed during the next visit» with no date → optional agreement None (P14).  A
#   visit stated as a range of days with a meeting on one of them → the meeting row required + an optional meet for the
#   range (P11).  Planned technical talks between Rosatom and the AEOI dated by «ماه آینده» → required meet with the
#   institutions accepted (P16).  A president's written message for the Russian president handed to the Russian foreign
#   minister → meet (Zarif–Lavrov) + message (Rouhani–Putin, the handover day) (P25).  Foreign ministers of a multilateral
#   meeting received together by the host president → required meet (Lavrov–Raisi) (P33).  The next Astana-format summit
#   «سال آینده در ایران» announced in a final statement → required meet dated by that Solar Hijri year (P24); the next 3+3
#   round «سال آینده» → optional (multilateral) (P33).  A denied phone call inside a general item → no row, and the item
#   counts as general (P29).  An Iranian minister's visit to Moscow «and his meeting with Lavrov» dated only by a day →
#   required meet (P25).  A Gazprom–NIGC MoU signed after the Gazprom head met the oil minister → required meet
#   (Miller–Owji) + required agreement (Miller/Gazprom – Chegeni/NIGC) (P35).
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
AHMD, ROU, KHA, RAI, PEZ = "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, MOT, ZAR, AMI, ARA = "Sergei Lavrov", "Manouchehr Mottaki", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
SALF = ["Ali Akbar Salehi", IR]
PAT, JALS = ["Nikolai Patrushev", RU], ["Saeed Jalili", IR]
DZH = ["Levan Dzhagaryan", RU]
GHAS = ["Rostam Ghasemi", "Ministry of Petroleum", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
NAR = ["Sergei Naryshkin", "State Duma", RU]
MAT = ["Valentina Matviyenko", "Federation Council", RU]
GRY = ["Boris Gryzlov", "State Duma", RU]
LAR = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
BOG = ["Mikhail Bogdanov", RU]
SHO, DEH = "Sergei Shoigu", ["Hossein Dehghan", IR]
DAN = ["Sergei Dankvert", "Rosselkhoznadzor", RU]
HOJ = ["Mahmoud Hojjati", "Ministry of Agriculture Jihad", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
SEIF = ["Valiollah Seif", "Central Bank of Iran", "CBI", IR]
KIR, KOM = ["Sergei Kiriyenko", "Rosatom", RU], ["Kirill Komarov", "Rosatom", RU]
SHM = ["Sergei Shmatko", "Russian Ministry of Energy", RU]
SALA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
AEOI = ["Atomic Energy Organization of Iran", "AEOI", IR]
HAT = ["Amir Hatami", IR]
KHAT = ["Mohammad Khatami", IR]
DIT = ["Yevgeny Ditrich", "Russian Ministry of Transport", RU]
ESLR = ["Mohammad Eslami", "Ministry of Roads and Urban Development", IR]
RUD, SAFA = ["Andrei Rudenko", RU], ["Mehdi Safari", IR]
MOKH = "Mohammad Mokhber"
SIL = ["Anton Siluanov", "Russian Ministry of Finance", RU]
KHAN = ["Ehsan Khandouzi", "Ministry of Economic Affairs and Finance", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
NIGC = ["Majid Chegeni", "National Iranian Gas Company", "NIGC", IR]
OWJ = ["Javad Owji", "Ministry of Petroleum", IR]
BEL, NAS = ["Andrei Belousov", RU], ["Aziz Nasirzadeh", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2010–2013 ----------------
dict(id="P01", pub="2010-05-18", text=(
     "به گزارش خبرگزاری مهر، منوچهر متکی، وزیر امور خارجه، شامگاه دوشنبه ۲۷ اردیبهشت در گفت‌وگویی تلفنی با سرگئی لاوروف، همتای روس خود، جزئیات بیانیه سه‌جانبه ایران، ترکیه و برزیل درباره مبادله سوخت راکتور تحقیقاتی تهران را که روز گذشته در تهران به امضا رسید، تشریح کرد. "
     "بر اساس این بیانیه، ایران ۱۲۰۰ کیلوگرم اورانیوم کم‌غنی‌شده خود را در ترکیه امانت می‌گذارد و در مقابل سوخت ۲۰ درصد دریافت می‌کند. "
     "لاوروف در این تماس که حدود ۴۰ دقیقه به طول انجامید، گفت مسکو متن بیانیه را «با دقت» بررسی خواهد کرد."),
     dates=[("شامگاه دوشنبه ۲۷ اردیبهشت", "2010-05-17", "j"), ("روز گذشته", "2010-05-17", "r")],
     contacts=[C(LAV, MOT, "phone_call", "2010-05-17")]),
dict(id="P02", pub="2010-08-09", text=(
     "دنیای اقتصاد- بازار جهانی گندم پس از تصمیم مسکو برای توقف صادرات غلات در التهاب است. "
     "ولادیمیر پوتین، نخست‌وزیر روسیه، پنجشنبه گذشته در پی خشکسالی بی‌سابقه و آتش‌سوزی‌های گسترده اعلام کرد صادرات گندم، جو و ذرت از ۲۴ مرداد دست‌کم تا پایان سال میلادی متوقف می‌شود و قیمت هر تن گندم در بورس شیکاگو در یک روز ۸ درصد بالا رفت. "
     "به گفته یک مقام شرکت بازرگانی دولتی ایران، حدود ۴۰۰ هزار تن گندم خریداری‌شده از بنادر روسیه در معرض توقف قرار دارد و خرید از قزاقستان برای جبران کسری در دستور کار است؛ "
     "ایران در ۴ ماه نخست امسال بیش از یک میلیون تن گندم وارد کرده بود."),
     dates=[("پنجشنبه گذشته", "2010-08-05", "r"), ("۲۴ مرداد", "2010-08-15", "j"), ("تا پایان سال میلادی", None, "ignore"),
            ("۴ ماه نخست امسال", "2010-03-21/2010-07-22", "r")],
     contacts=[]),
dict(id="P03", pub="2011-06-15", text=(
     "آستانه- ایرنا- محمود احمدی‌نژاد، رئیس‌جمهور، ظهر امروز (چهارشنبه) در حاشیه یازدهمین اجلاس سران سازمان همکاری شانگهای در آستانه با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد. "
     "در این دیدار که حدود یک ساعت به طول انجامید، دو رئیس‌جمهور درباره تحولات خاورمیانه، پرونده هسته‌ای ایران و راه‌اندازی نیروگاه بوشهر گفت‌وگو کردند. "
     "اجلاس آستانه همزمان با دهمین سالگرد تأسیس این سازمان در ۱۵ ژوئن ۲۰۰۱ برگزار می‌شود و ایران از سال ۲۰۰۵ عضو ناظر آن است."),
     dates=[("ظهر امروز (چهارشنبه)", "2011-06-15", "r"), ("۱۵ ژوئن ۲۰۰۱", "2001-06-15", "g"), ("سال ۲۰۰۵", "2005", "g")],
     contacts=[C(MED, AHMD, "meet", "2011-06-15")]),
dict(id="P04", pub="2011-08-16", text=(
     "به گزارش خبرگزاری فارس، سعید جلیلی، دبیر شورای عالی امنیت ملی، که از روز دوشنبه در مسکو به سر می‌برد، دیروز با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار کرد و قرار است امروز سه‌شنبه با سرگئی لاوروف نیز گفت‌وگو کند. "
     "محور این گفت‌وگوها طرح «گام‌به‌گام» است که لاوروف تیرماه در سفر به واشنگتن مطرح کرده بود. "
     "جلیلی و پاتروشف پیش از این ۲۱ خرداد در حاشیه نشست دبیران شوراهای امنیت کشورهای عضو شانگهای نیز با یکدیگر دیدار کرده بودند. "
     "دبیر شورای عالی امنیت ملی شامگاه امروز پس از شرکت در ضیافت افطار سفارت ایران، ساعت ۲۲:۳۰ به تهران بازمی‌گردد."),
     dates=[("روز دوشنبه", "2011-08-15", "r"), ("دیروز", "2011-08-15", "r"), ("امروز سه‌شنبه", "2011-08-16", "r"),
            ("تیرماه", "2011-06-22/2011-07-22", "j"), ("۲۱ خرداد", "2011-06-11", "j"), ("شامگاه امروز", "2011-08-16", "r")],
     contacts=[C(PAT, JALS, "meet", "2011-08-15"), C(LAV, JALS, "meet", "2011-08-16"), C(PAT, JALS, "meet", "2011-06-11")]),
dict(id="P05", pub="2012-02-05", text=(
     "روسیه و چین روز شنبه، ۴ فوریه (۱۵ بهمن)، برای دومین بار در کمتر از چهار ماه پیش‌نویس قطعنامه شورای امنیت درباره سوریه را وتو کردند؛ ۱۳ عضو دیگر شورا به این متن رأی مثبت داده بودند. "
     "رامین مهمان‌پرست، سخنگوی وزارت امور خارجه ایران، امروز یکشنبه از این اقدام استقبال کرد و گفت تهران با «هرگونه مداخله خارجی» در سوریه مخالف است. "
     "وتوی پیشین دو کشور ۴ اکتبر ۲۰۱۱ (۱۲ مهر ۱۳۹۰) ثبت شده بود. "
     "مهمان‌پرست همچنین از حضور سفیران خارجی در مراسم راهپیمایی ۲۲ بهمن خبر داد."),
     dates=[("روز شنبه، ۴ فوریه", "2012-02-04", "g"), ("۱۵ بهمن", "2012-02-04", "j"), ("امروز یکشنبه", "2012-02-05", "r"),
            ("۴ اکتبر ۲۰۱۱", "2011-10-04", "g"), ("۱۲ مهر ۱۳۹۰", "2011-10-04", "j"), ("۲۲ بهمن", "2012-02-11", "j")],
     contacts=[]),
dict(id="P06", pub="2012-07-31", text=(
     "سه‌شنبه ۱۰ مرداد ۱۳۹۱ - ۱۱ رمضان ۱۴۳۳ - ۱۲:۴۰\n"
     "تهران- ایرنا- رستم قاسمی، وزیر نفت و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، عصر دیروز در دیدار با لوان جاگاریان، سفیر روسیه در تهران، خواستار برگزاری نهمین اجلاس این کمیسیون در مهرماه امسال شد. "
     "جاگاریان نیز گفت الکساندر نواک، وزیر انرژی روسیه و رئیس بخش روسی کمیسیون، ریاست هیئت کشورش را در این اجلاس بر عهده خواهد داشت."),
     dates=[("سه‌شنبه ۱۰ مرداد ۱۳۹۱", "2012-07-31", "j"), ("۱۱ رمضان ۱۴۳۳", "2012-07-31", "h"), ("عصر دیروز", "2012-07-30", "r"),
            ("مهرماه امسال", "2012-09-22/2012-10-21", "j")],
     contacts=[C(DZH, GHAS, "meet", "2012-07-30"), C(NOV, GHAS, "meet", "2012-09-22/2012-10-21", True)]),
dict(id="P07", pub="2012-12-11", text=(
     "لاریجانی و ناریشکین در مسکو بر گسترش همکاری‌های پارلمانی تأکید کردند\n"
     "تاریخ انتشار: سه‌شنبه ۲۱ آذر ۱۳۹۱ ساعت ۱۶:۰۵\n"
     "کد خبر: ۲۴۸۹۱۷\n"
     "مسکو- خانه ملت- علی لاریجانی، رئیس مجلس شورای اسلامی، که دیروز در رأس هیئتی پارلمانی وارد مسکو شد، صبح امروز در ساختمان دومای دولتی با سرگئی ناریشکین، رئیس دوما، دیدار و گفت‌وگو کرد.\n"
     "در این دیدار دو طرف بر تشکیل گروه دوستی پارلمانی و برگزاری نشست‌های منظم کارشناسی تأکید کردند و ناریشکین گفت حجم مبادلات دو کشور که سال گذشته میلادی از ۳ میلیارد دلار فراتر رفت، «با ظرفیت‌های واقعی فاصله دارد».\n"
     "لاریجانی نیز تحریم‌های یکجانبه غرب را «غیرقانونی» خواند و خواستار استفاده از پول‌های ملی در مبادلات دوجانبه شد.\n"
     "رئیس مجلس قرار است فردا چهارشنبه با والنتینا ماتوینکو، رئیس شورای فدراسیون، دیدار کند و روز پنجشنبه در دانشگاه روابط بین‌الملل مسکو سخنرانی خواهد کرد.\n"
     "آخرین سفر رئیس مجلس ایران به روسیه به بهمن ۱۳۸۸ بازمی‌گردد؛ در آن سفر بوریس گریزلوف، رئیس وقت دوما، میزبان لاریجانی بود.\n"
     "علی‌اکبر صالحی و سرگئی لاوروف، وزیران خارجه دو کشور، نیز ۱۷ مهر امسال در مسکو دیدار و درباره مذاکرات هسته‌ای و بحران سوریه گفت‌وگو کرده بودند.\n"
     "هیئت همراه لاریجانی متشکل از ۱۲ نماینده از کمیسیون‌های امنیت ملی، انرژی و اقتصادی مجلس است.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: علی لاریجانی، دومای دولتی، روسیه"),
     dates=[("سه‌شنبه ۲۱ آذر ۱۳۹۱", "2012-12-11", "j"), ("دیروز", "2012-12-10", "r"), ("صبح امروز", "2012-12-11", "r"),
            ("سال گذشته میلادی", "2011", "r"), ("فردا چهارشنبه", "2012-12-12", "r"), ("روز پنجشنبه", "2012-12-13", "r"),
            ("بهمن ۱۳۸۸", "2010-01-21/2010-02-19", "j"), ("۱۷ مهر امسال", "2012-10-08", "j")],
     contacts=[C(NAR, LAR, "meet", "2012-12-11"), C(NAR, LAR, "meet", "2012-12-10", True), C(MAT, LAR, "meet", "2012-12-12"),
               C(GRY, LAR, "meet", "2010-01-21/2010-02-19"), C(LAV, SALF, "meet", "2012-10-08")]),
dict(id="P08", pub="2013-08-28", text=(
     "به گزارش خبرآنلاین، محمدجواد ظریف، وزیر امور خارجه، شامگاه سه‌شنبه در تماس تلفنی با سرگئی لاوروف، وزیر خارجه روسیه، درباره پیامدهای هرگونه اقدام نظامی آمریکا علیه سوریه هشدار داد. "
     "دو وزیر بر ضرورت روشن شدن نتایج بررسی بازرسان سازمان ملل درباره حمله شیمیایی ۲۱ اوت در غوطه شرقی دمشق تأکید کردند. "
     "به گفته سخنگوی وزارت امور خارجه، حسین امیرعبداللهیان، معاون عربی و آفریقایی وزیر، هفته آینده برای رایزنی با میخائیل بوگدانوف، معاون وزیر خارجه و نماینده ویژه رئیس‌جمهور روسیه در امور خاورمیانه، به مسکو سفر می‌کند."),
     dates=[("شامگاه سه‌شنبه", "2013-08-27", "r"), ("۲۱ اوت", "2013-08-21", "g"), ("هفته آینده", "2013-08-31/2013-09-06", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2013-08-27"), C(BOG, AMI, "meet", "2013-08-31/2013-09-06")]),
dict(id="P09", pub="2013-10-08", text=(
     "به گزارش خبرگزاری مهر، سازمان حج و زیارت اعلام کرد عملیات بازگشت حدود ۶۴ هزار زائر ایرانی از سرزمین وحی از روز شنبه ۲۷ مهر آغاز می‌شود و نخستین پرواز از جده با شماره ۳۸۰۱ ساعت ۴ بامداد در فرودگاه امام خمینی (ره) به زمین می‌نشیند. "
     "به اعلام این سازمان، وقوف در عرفات روز دوشنبه ۲۲ مهر (۹ ذی‌الحجه) است و عید سعید قربان سه‌شنبه ۲۳ مهرماه خواهد بود. "
     "رئیس سازمان حج گفت بیش از ۹۸ درصد زائران ایرانی در هتل‌های منطقه عزیزیه اسکان داده شده‌اند."),
     dates=[("روز شنبه ۲۷ مهر", "2013-10-19", "j"), ("روز دوشنبه ۲۲ مهر", "2013-10-14", "j"), ("۹ ذی‌الحجه", "2013-10-14", "h"),
            ("عید سعید قربان", None, "ignore"), ("سه‌شنبه ۲۳ مهرماه", "2013-10-15", "j")],
     contacts=[]),
dict(id="P10", pub="2014-01-16", text=(
     "مسکو- ایرنا- محمدجواد ظریف، وزیر امور خارجه، امروز پنجشنبه ٢٦ دی در مسکو با سرگئی لاوروف دیدار و درباره اجرای برنامه اقدام مشترک ژنو که از ٣٠ دی‌ماه (٢٠ ژانویه) به اجرا درمی‌آید، گفت‌وگو کرد. "
     "ظریف که شامگاه چهارشنبه وارد مسکو شده بود، گفت تهران و مسکو درباره برگزاری چهارمین اجلاس سران کشورهای ساحلی خزر در مهرماه سال آینده در آستاراخان به تفاهم رسیده‌اند. "
     "به گفته وی، کارگروه‌های دو کشور برای بررسی طرح مبادله نفت در برابر کالا در هفته‌های آینده در تهران تشکیل جلسه می‌دهند."),
     dates=[("امروز پنجشنبه ٢٦ دی", "2014-01-16", "j"), ("٣٠ دی‌ماه", "2014-01-20", "j"), ("٢٠ ژانویه", "2014-01-20", "g"),
            ("شامگاه چهارشنبه", "2014-01-15", "r"), ("مهرماه سال آینده", "2014-09-23/2014-10-22", "j"), ("هفته‌های آینده", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2014-01-16"), C([LAV, RU], ZAR, "meet", "2014-01-15", True),
               C([PUT, RU], [ROU, IR], "meet", "2014-09-23/2014-10-22", True), C(RU, IR, "meet", None, True)]),
dict(id="P11", pub="2014-08-27", text=(
     "به گزارش خبرگزاری تسنیم، سرگئی دانکورت، رئیس سرویس فدرال نظارت دامپزشکی و بهداشت گیاهی روسیه، که از یکشنبه گذشته تا پنجشنبه در تهران به سر می‌برد، دیروز با محمود حجتی، وزیر جهاد کشاورزی، دیدار کرد و دو طرف یادداشت تفاهمی برای تسهیل صادرات لبنیات، میوه و آبزیان ایران به روسیه امضا کردند. "
     "این سفر سه هفته پس از آن انجام می‌شود که مسکو ۱۶ مرداد واردات مواد غذایی از آمریکا، اتحادیه اروپا، استرالیا، کانادا و نروژ را به مدت یک سال ممنوع کرد. "
     "حجتی گفت ۴۰ شرکت ایرانی تا پایان شهریور مجوز صادرات به بازار روسیه را دریافت خواهند کرد."),
     dates=[("از یکشنبه گذشته تا پنجشنبه", "2014-08-24/2014-08-28", "r"), ("دیروز", "2014-08-26", "r"),
            ("سه هفته پس از آن", None, "ignore"), ("۱۶ مرداد", "2014-08-07", "j"), ("تا پایان شهریور", None, "ignore")],
     contacts=[C(DAN, HOJ, "meet", "2014-08-26"), C(DAN, HOJ, "agreement", "2014-08-26"),
               C(DAN, HOJ, "meet", "2014-08-24/2014-08-28", True)]),
dict(id="P12", pub="2014-12-20", text=(
     "اقتصادآنلاین- سقوط روبل، تاجران ایرانی را در بازار روسیه سردرگم کرده است. "
     "بانک مرکزی روسیه بامداد سه‌شنبه گذشته، ۲۵ آذر، در اقدامی غیرمنتظره نرخ بهره پایه را از ۱۰.۵ به ۱۷ درصد رساند، اما روبل در همان روز تا ۸۰ روبل در برابر هر دلار سقوط کرد؛ این ارز از ژانویه ۲۰۱۴ تاکنون نزدیک به نیمی از ارزش خود را از دست داده است. "
     "به گفته دبیرکل اتاق مشترک بازرگانی ایران و روسیه، صادرکنندگان میوه و سبزی که محموله‌های آذرماه خود را به روبل فروخته‌اند، بیش از ۳۰ درصد زیان دیده‌اند."),
     dates=[("بامداد سه‌شنبه گذشته، ۲۵ آذر", "2014-12-16", "j"), ("همان روز", None, "ignore"), ("ژانویه ۲۰۱۴", "2014-01", "g"),
            ("آذرماه", "2014-11-22/2014-12-21", "j")],
     contacts=[]),
dict(id="P13", pub="2015-04-14", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه با امضای فرمانی ممنوعیت تحویل سامانه موشکی اس-۳۰۰ به ایران را لغو کرد؛ ممنوعیتی که دیمیتری مدودف، رئیس‌جمهور وقت، سپتامبر ۲۰۱۰ اعمال کرده بود. "
     "قرارداد خرید پنج آتشبار اس-۳۰۰ به ارزش حدود ۸۰۰ میلیون دلار سال ۲۰۰۷ میلادی میان ایران و روسیه امضا شده بود. "
     "حسین دهقان، وزیر دفاع، که قرار است پنجشنبه ۲۷ فروردین برای شرکت در کنفرانس امنیت بین‌المللی مسکو به روسیه سفر کند، گفت در حاشیه این کنفرانس با سرگئی شویگو درباره زمان تحویل سامانه‌ها گفت‌وگو خواهد کرد."),
     dates=[("روز دوشنبه", "2015-04-13", "r"), ("سپتامبر ۲۰۱۰", "2010-09", "g"), ("سال ۲۰۰۷ میلادی", "2007", "g"),
            ("پنجشنبه ۲۷ فروردین", "2015-04-16", "j")],
     contacts=[C(RU, IR, "agreement", "2007"), C(SHO, DEH, "meet", "2015-04-16")]),
dict(id="P14", pub="2015-10-12", text=(
     "به گزارش خبرگزاری مهر، ولی‌الله سیف، رئیس کل بانک مرکزی، که برای شرکت در مجمع سرمایه‌گذاری «روسیه فرا می‌خواند» به مسکو سفر کرده است، امروز دوشنبه ۲۰ مهر با الویرا نابیولینا، رئیس بانک مرکزی روسیه، دیدار کرد و دو طرف درباره اتصال پیام‌رسان‌های بانکی و گشایش حساب‌های کارگزاری به روبل و ریال گفت‌وگو کردند. "
     "سیف مردادماه نیز در تهران میزبان معاون نابیولینا بود. "
     "قرار بود نابیولینا آذرماه برای امضای یادداشت تفاهم پولی به تهران سفر کند، اما به گفته یک مقام بانک مرکزی این سفر لغو شده و سند در سفر بعدی سیف به مسکو امضا خواهد شد."),
     dates=[("امروز دوشنبه ۲۰ مهر", "2015-10-12", "j"), ("مردادماه", "2015-07-23/2015-08-22", "j"), ("آذرماه", "2015-11-22/2015-12-21", "j")],
     contacts=[C(NAB, SEIF, "meet", "2015-10-12"), C(NAB, SEIF, "meet", "2015-07-23/2015-08-22"),
               C(NAB, SEIF, "agreement", None, True)]),
dict(id="P15", pub="2016-01-17", text=(
     "رادیو فردا- آژانس بین‌المللی انرژی اتمی شامگاه شنبه ۲۶ دی (۱۶ ژانویه) با انتشار گزارشی تأیید کرد که ایران تعهدات خود را اجرا کرده است و به این ترتیب «روز اجرای» برجام فرا رسید. "
     "بخش مهمی از این تعهدات، انتقال حدود ۱۱ تن اورانیوم کم‌غنی‌شده به روسیه با یک کشتی بود که ۷ دی‌ماه بندر عباس را ترک کرد. "
     "حسن روحانی امروز صبح لایحه بودجه سال ۱۳۹۵ را به مجلس برد و گفت لغو تحریم‌ها «صفحه تازه‌ای» در اقتصاد کشور می‌گشاید."),
     dates=[("شامگاه شنبه ۲۶ دی", "2016-01-16", "j"), ("۱۶ ژانویه", "2016-01-16", "g"), ("۷ دی‌ماه", "2015-12-28", "j"),
            ("امروز صبح", "2016-01-17", "r"), ("سال ۱۳۹۵", "2016-03-20/2017-03-20", "j")],
     contacts=[]),
dict(id="P16", pub="2016-09-10", text=(
     "عملیات اجرایی ساخت واحدهای دوم و سوم نیروگاه اتمی بوشهر آغاز شد\n"
     "شنبه ۲۰ شهریور ۱۳۹۵ - ۸ ذی‌الحجه ۱۴۳۷ - ۱۱:۴۸\n"
     "کد خبر: 82226154\n"
     "بوشهر- ایرنا- عملیات اجرایی ساخت واحدهای دوم و سوم نیروگاه اتمی بوشهر صبح امروز با حضور علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و کریل کوماروف، معاون اول مدیرکل شرکت دولتی روس‌اتم، آغاز شد.\n"
     "صالحی و کوماروف پیش از آغاز مراسم در سایت نیروگاه دیدار و درباره زمان‌بندی پروژه گفت‌وگو کردند.\n"
     "بر اساس برنامه، واحد دوم ۱۰ سال پس از آغاز عملیات اجرایی به بهره‌برداری می‌رسد و ظرفیت هر واحد ۱۰۵۷ مگاوات خواهد بود.\n"
     "قرارداد ساخت این دو واحد ۲۰ آبان ۱۳۹۳ در مسکو میان صالحی و سرگئی کریینکو، مدیرکل وقت روس‌اتم، امضا شده بود.\n"
     "نخستین واحد نیروگاه بوشهر ۲۱ شهریور ۱۳۹۰ (۱۲ سپتامبر ۲۰۱۱) در مراسمی با حضور سرگئی شماتکو، وزیر انرژی وقت روسیه، به شبکه سراسری برق متصل شده بود.\n"
     "کوماروف گفت روس‌اتم آماده است ساخت نیروگاه‌های کوچک را نیز در دستور کار قرار دهد و مذاکرات فنی در این باره ماه آینده در تهران ادامه می‌یابد.\n"
     "در این مراسم شماری از نمایندگان مجلس و مقام‌های استان بوشهر نیز حضور داشتند.\n"
     "انتهای پیام\n"
     "کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است - ۲۰۱۶"),
     dates=[("شنبه ۲۰ شهریور ۱۳۹۵", "2016-09-10", "j"), ("۸ ذی‌الحجه ۱۴۳۷", "2016-09-10", "h"), ("صبح امروز", "2016-09-10", "r"),
            ("۱۰ سال پس از آغاز عملیات اجرایی", None, "ignore"), ("۲۰ آبان ۱۳۹۳", "2014-11-11", "j"),
            ("۲۱ شهریور ۱۳۹۰", "2011-09-12", "j"), ("۱۲ سپتامبر ۲۰۱۱", "2011-09-12", "g"), ("ماه آینده", "2016-09-22/2016-10-21", "r"),
            ("۲۰۱۶", None, "ignore")],
     contacts=[C(KOM, SALA, "meet", "2016-09-10"), C(KIR, SALA, "agreement", "2014-11-11"), C(KIR, SALA, "meet", "2014-11-11", True),
               C(SHM, AEOI, "meet", "2011-09-12", True), C(KOM, SALA, "meet", "2016-09-22/2016-10-21")]),
dict(id="P17", pub="2016-12-21", text=(
     "مسکو- تسنیم- وزیران امور خارجه و دفاع ایران، روسیه و ترکیه دیروز سه‌شنبه ۳۰ آذر در دو نشست جداگانه در مسکو گفت‌وگو کردند و در پایان نشست وزیران خارجه، محمدجواد ظریف، سرگئی لاوروف و مولود چاووش‌اوغلو «بیانیه مسکو» را درباره حل بحران سوریه صادر کردند. "
     "ظریف در آغاز نشست، ترور آندری کارلوف، سفیر روسیه در آنکارا را که دوشنبه‌شب حدود ساعت ۱۹ در یک نمایشگاه عکس رخ داد، به لاوروف تسلیت گفت. "
     "حسین دهقان و سرگئی شویگو نیز همزمان همراه با فکری ایشیق، وزیر دفاع ترکیه، در ساختمان وزارت دفاع روسیه دیدار کردند."),
     dates=[("دیروز سه‌شنبه ۳۰ آذر", "2016-12-20", "j"), ("دوشنبه‌شب", "2016-12-19", "r")],
     contacts=[C(LAV, ZAR, "meet", "2016-12-20"), C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True),
               C(SHO, DEH, "meet", "2016-12-20")]),
dict(id="P18", pub="2017-11-01", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، که بعدازظهر امروز چهارشنبه ۱۰ آبان برای شرکت در دومین نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان وارد تهران شد، با حضرت آیت‌الله خامنه‌ای، رهبر انقلاب اسلامی، دیدار و گفت‌وگو کرد. "
     "پیش از این دیدار، پوتین در کاخ سعدآباد با حسن روحانی گفت‌وگو کرده بود و سپس دو رئیس‌جمهور همراه با الهام علی‌اف در نشست سه‌جانبه شرکت کردند. "
     "نخستین نشست سه‌جانبه سران سه کشور ۱۸ مرداد ۱۳۹۵ (۸ اوت ۲۰۱۶) در باکو برگزار شده بود."),
     dates=[("بعدازظهر امروز چهارشنبه ۱۰ آبان", "2017-11-01", "j"), ("۱۸ مرداد ۱۳۹۵", "2016-08-08", "j"), ("۸ اوت ۲۰۱۶", "2016-08-08", "g")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2016-08-08")]),
dict(id="P19", pub="2017-11-14", text=(
     "بی‌بی‌سی فارسی- زمین‌لرزه ۷.۳ ریشتری که یکشنبه شب ساعت ۲۱:۴۸ به وقت محلی مناطق مرزی استان کرمانشاه را لرزاند، تا ظهر امروز جان دست‌کم ۴۳۰ نفر را گرفته است و دولت ایران روز گذشته سه روز عزای عمومی اعلام کرد. "
     "روسیه، ترکیه و چند کشور اروپایی آمادگی خود را برای ارسال کمک اعلام کرده‌اند، اما به گفته جمعیت هلال احمر ایران تاکنون نیازی به کمک خارجی نبوده است. "
     "این مرگبارترین زلزله ایران از زمین‌لرزه بم در ۵ دی ۱۳۸۲ به این سو است."),
     dates=[("یکشنبه شب", "2017-11-12", "r"), ("ظهر امروز", "2017-11-14", "r"), ("روز گذشته", "2017-11-13", "r"),
            ("۵ دی ۱۳۸۲", "2003-12-26", "j")],
     contacts=[]),
# ---------------- 2018–2022 ----------------
dict(id="P20", pub="2018-04-04", text=(
     "به گزارش ایسنا، امیر سرتیپ امیر حاتمی، وزیر دفاع و پشتیبانی نیروهای مسلح، که برای شرکت در هفتمین کنفرانس امنیت بین‌المللی مسکو به روسیه سفر کرده است، صبح امروز در حاشیه این کنفرانس با ژنرال سرگئی شویگو دیدار و گفت‌وگو کرد. "
     "حاتمی که نخستین سفر خارجی خود را پس از تعطیلات نوروزی انجام می‌دهد، فردا پنجشنبه در نشست عمومی کنفرانس سخنرانی خواهد کرد. "
     "حسن روحانی نیز ۲۸ اسفند در پیامی پیروزی ولادیمیر پوتین را در انتخابات ریاست‌جمهوری روسیه تبریک گفته بود."),
     dates=[("صبح امروز", "2018-04-04", "r"), ("تعطیلات نوروزی", None, "ignore"), ("فردا پنجشنبه", "2018-04-05", "r"),
            ("۲۸ اسفند", "2018-03-19", "j")],
     contacts=[C(SHO, HAT, "meet", "2018-04-04"), C(PUT, ROU, "message", "2018-03-19")]),
dict(id="P21", pub="2018-05-14", text=(
     "انتخاب- محمدجواد ظریف که دیروز پس از گفت‌وگو با وانگ یی در پکن وارد مسکو شد، امروز دوشنبه 24 اردیبهشت با سرگئی لاوروف دیدار کرد و دو وزیر بر حفظ برجام پس از خروج آمریکا در 8 مه (18 اردیبهشت) تأکید کردند. "
     "ظریف فردا سه‌شنبه برای دیدار با وزیران خارجه فرانسه، آلمان و انگلیس به بروکسل می‌رود. "
     "ولادیمیر پوتین و حسن روحانی نیز چهارشنبه گذشته در تماس تلفنی درباره پیامدهای تصمیم ترامپ گفت‌وگو کرده بودند؛ "
     "دو وزیر همچنین درباره آماده‌سازی اجلاس سران کشورهای ساحلی خزر که قرار است 21 مرداد در آکتائو برگزار شود، رایزنی کردند."),
     dates=[("دیروز", "2018-05-13", "r"), ("امروز دوشنبه 24 اردیبهشت", "2018-05-14", "j"), ("8 مه", "2018-05-08", "g"),
            ("18 اردیبهشت", "2018-05-08", "j"), ("فردا سه‌شنبه", "2018-05-15", "r"), ("چهارشنبه گذشته", "2018-05-09", "r"),
            ("21 مرداد", "2018-08-12", "j")],
     contacts=[C(LAV, ZAR, "meet", "2018-05-14"), C([LAV, RU], ZAR, "meet", "2018-05-13", True), C(PUT, ROU, "phone_call", "2018-05-09"),
               C([PUT, RU], [ROU, IR], "meet", "2018-08-12", True)]),
dict(id="P22", pub="2018-08-07", text=(
     "شرق- نخستین دور تحریم‌های آمریکا علیه ایران بامداد امروز سه‌شنبه ۱۶ مرداد، ساعت ۸:۳۱ به وقت تهران، بازگشت و خرید دلار، طلا، فلزات و خودرو را هدف گرفت؛ دور دوم که صنعت نفت و بانک مرکزی را شامل می‌شود، از ۴ نوامبر (۱۳ آبان) اجرا خواهد شد. "
     "وزارت خارجه روسیه در بیانیه‌ای از این اقدام ابراز «تأسف عمیق» کرد و گفت مسکو به همکاری اقتصادی با تهران ادامه می‌دهد. "
     "دلار آمریکا در بازار آزاد تهران روز گذشته تا ۹۸ هزار ریال معامله شد، اما پس از اعلام بسته ارزی جدید دولت به حدود ۸۰ هزار ریال کاهش یافت."),
     dates=[("بامداد امروز سه‌شنبه ۱۶ مرداد", "2018-08-07", "j"), ("۴ نوامبر", "2018-11-04", "g"), ("۱۳ آبان", "2018-11-04", "j"),
            ("روز گذشته", "2018-08-06", "r")],
     contacts=[]),
dict(id="P23", pub="2019-02-06", text=(
     "طلوع‌نیوز- نشست دو روزه مسکو میان نمایندگان طالبان و شماری از سیاستمداران افغان که از روز سه‌شنبه، ۱۶ دلو، در هوتل پرزیدنت مسکو آغاز شده بود، امروز با نشر یک اعلامیه نه ماده‌ای پایان یافت. "
     "حامد کرزی، رئیس‌جمهور پیشین، گفت این نشست «گام نخست» برای صلح است، اما حکومت افغانستان آن را بی‌ارزش خواند. "
     "این نشست از سوی جامعه افغان‌های مقیم روسیه برگزار شد و وزارت خارجه روسیه گفته است نقشی در برگزاری آن نداشته است. "
     "دور بعدی گفت‌وگوهای صلح میان طالبان و ایالات متحده قرار است ۲۵ فبروری در دوحه ساعت ۱۰ قبل از چاشت آغاز شود."),
     dates=[("روز سه‌شنبه، ۱۶ دلو", "2019-02-05", "j"), ("امروز", "2019-02-06", "r"), ("۲۵ فبروری", "2019-02-25", "g")],
     contacts=[]),
dict(id="P24", pub="2019-09-16", text=(
     "آنکارا- تسنیم- پنجمین نشست سران کشورهای ضامن روند آستانه امروز دوشنبه با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در کاخ ریاست‌جمهوری ترکیه برگزار شد و رهبران سه کشور در بیانیه‌ای ۱۵ ماده‌ای بر آغاز به کار کمیته قانون اساسی سوریه تأکید کردند. "
     "روحانی پیش از آغاز نشست به‌طور جداگانه با پوتین دیدار کرد و رئیس‌جمهور روسیه نیز با اردوغان دیدار دوجانبه داشت. "
     "بنا بر بیانیه پایانی، نشست بعدی سران سال آینده در ایران برگزار می‌شود. "
     "نشست پیشین سران سه کشور ۲۵ بهمن ۱۳۹۷ در سوچی برگزار شده بود."),
     dates=[("امروز دوشنبه", "2019-09-16", "r"), ("سال آینده", "2020-03-20/2021-03-20", "r"), ("۲۵ بهمن ۱۳۹۷", "2019-02-14", "j")],
     contacts=[C(PUT, ROU, "meet", "2019-09-16"), C([PUT, RU], [ROU, IR], "agreement", "2019-09-16", True),
               C(PUT, ROU, "meet", "2020-03-20/2021-03-20"), C(PUT, ROU, "meet", "2019-02-14")]),
dict(id="P25", pub="2020-07-21", text=(
     "ظریف پیام مکتوب روحانی برای پوتین را به لاوروف تحویل داد\n"
     "۳۱ تیر ۱۳۹۹، ۱۹:۲۰\n"
     "کد خبر: ۴۹۷۷۳۲۸\n"
     "به گزارش خبرگزاری مهر، محمدجواد ظریف، وزیر امور خارجه، که صبح امروز وارد مسکو شد، ساعاتی پس از ورود با سرگئی لاوروف، وزیر خارجه روسیه، دیدار و گفت‌وگو کرد.\n"
     "ظریف در این دیدار پیام مکتوب حسن روحانی را برای ولادیمیر پوتین به لاوروف تحویل داد؛ محتوای این پیام اعلام نشده است.\n"
     "دو وزیر همچنین درباره تمدید «معاهده پایه‌های روابط متقابل و اصول همکاری» گفت‌وگو کردند که ۲۲ اسفند ۱۳۷۹ (۱۲ مارس ۲۰۰۱) در مسکو به امضای سید محمد خاتمی و ولادیمیر پوتین رسیده بود و اعتبار آن ۲۰ ساله است.\n"
     "لاوروف در نشست خبری پس از دیدار گفت مسکو با پیش‌نویس قطعنامه آمریکا برای تمدید تحریم تسلیحاتی ایران که ۱۸ اکتبر پایان می‌یابد، مخالفت خواهد کرد.\n"
     "ظریف و لاوروف پیش از این نیز ۲۷ خرداد در تماسی تلفنی درباره نشست شورای حکام آژانس بین‌المللی انرژی اتمی گفت‌وگو کرده بودند.\n"
     "سفر پیشین ظریف به مسکو و دیدار او با لاوروف به ۳۰ دسامبر ۲۰۱۹ بازمی‌گردد.\n"
     "این سفر با رعایت کامل پروتکل‌های بهداشتی مربوط به کووید ۱۹ انجام شد و وزیر خارجه فردا به تهران بازمی‌گردد.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: محمدجواد ظریف، سرگئی لاوروف، روسیه"),
     dates=[("۳۱ تیر ۱۳۹۹", "2020-07-21", "j"), ("صبح امروز", "2020-07-21", "r"), ("ساعاتی پس از ورود", None, "ignore"),
            ("۲۲ اسفند ۱۳۷۹", "2001-03-12", "j"), ("۱۲ مارس ۲۰۰۱", "2001-03-12", "g"), ("۱۸ اکتبر", "2020-10-18", "g"),
            ("۲۷ خرداد", "2020-06-16", "j"), ("۳۰ دسامبر ۲۰۱۹", "2019-12-30", "g"), ("فردا", "2020-07-22", "r")],
     contacts=[C(LAV, ZAR, "meet", "2020-07-21"), C(PUT, ROU, "message", "2020-07-21"),
               C([PUT, RU], KHAT, "agreement", "2001-03-12"), C(PUT, KHAT, "meet", "2001-03-12", True),
               C(LAV, ZAR, "phone_call", "2020-06-16"), C(LAV, ZAR, "meet", "2019-12-30")]),
dict(id="P26", pub="2020-12-15", text=(
     "خبرگزاری صدا و سیما- محمد اسلامی، وزیر راه و شهرسازی، دیروز در نشستی ویدئویی با یوگنی دیتریش، وزیر حمل‌ونقل روسیه، درباره تکمیل راه‌آهن رشت-آستارا و افزایش ترانزیت کالا در کریدور شمال-جنوب گفت‌وگو کرد. "
     "به گفته بهمن کریمی، مدیرکل روابط عمومی وزارت راه، اجلاس کمیسیون مشترک همکاری‌های اقتصادی دو کشور که قرار بود آبان‌ماه در مسکو برگزار شود، به دلیل شیوع کووید ۱۹ به نیمه دوم بهمن موکول شده است. "
     "حجم ترانزیت کالا از مسیر ایران به روسیه در ۸ ماه گذشته ۲۰ درصد افزایش یافته است."),
     dates=[("دیروز", "2020-12-14", "r"), ("آبان‌ماه", "2020-10-22/2020-11-20", "j"), ("نیمه دوم بهمن", "2021-02-04/2021-02-18", "j"),
            ("۸ ماه گذشته", None, "ignore")],
     contacts=[C(DIT, ESLR, "phone_call", "2020-12-14"), C(RU, IR, "meet", "2021-02-04/2021-02-18", True)]),
dict(id="P27", pub="2021-01-26", text=(
     "همشهری آنلاین- محمدجواد ظریف، وزیر امور خارجه، امروز سه‌شنبه هفتم بهمن در مسکو با سرگئی لاوروف دیدار و درباره تحولات قفقاز جنوبی پس از توافق آتش‌بس قره‌باغ گفت‌وگو کرد. "
     "ظریف روز یکشنبه در باکو با الهام علی‌اف دیدار کرده بود و سفر منطقه‌ای او فردا با حضور در ایروان و تفلیس ادامه می‌یابد. "
     "محور این سفر، طرح ایجاد سازوکار همکاری شش‌جانبه قفقاز موسوم به «۳+۳» است و لاوروف گفت مسکو آماده است نخستین نشست آن را در ماه‌های آینده میزبانی کند."),
     dates=[("امروز سه‌شنبه هفتم بهمن", "2021-01-26", "j"), ("روز یکشنبه", "2021-01-24", "r"), ("فردا", "2021-01-27", "r"),
            ("ماه‌های آینده", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26"), C(RU, IR, "meet", None, True)]),
dict(id="P28", pub="2021-12-10", text=(
     "ایرنا- نخستین نشست سازوکار همکاری منطقه‌ای «۳+۳» امروز جمعه ۱۹ آذر با حضور معاونان وزیران خارجه ایران، روسیه، ترکیه، جمهوری آذربایجان و ارمنستان در مسکو برگزار شد؛ گرجستان در این نشست شرکت نکرد. "
     "مهدی صفری، معاون دیپلماسی اقتصادی وزیر امور خارجه، در حاشیه نشست با آندری رودنکو، معاون وزیر خارجه روسیه، درباره ترانزیت و امنیت قفقاز گفت‌وگو کرد. "
     "به گفته صفری، آیت‌الله سید ابراهیم رئیسی ماه آینده به دعوت ولادیمیر پوتین به مسکو سفر می‌کند و نشست بعدی «۳+۳» نیز در تهران برگزار خواهد شد."),
     dates=[("امروز جمعه ۱۹ آذر", "2021-12-10", "j"), ("ماه آینده", "2021-12-22/2022-01-20", "r")],
     contacts=[C(RUD, SAFA, "meet", "2021-12-10"), C(PUT, RAI, "meet", "2021-12-22/2022-01-20"), C(RU, IR, "meet", None, True)]),
dict(id="P29", pub="2022-02-24", text=(
     "ایندیپندنت فارسی- ارتش روسیه بامداد امروز پنجشنبه ۵ اسفند (۲۴ فوریه) حمله نظامی گسترده‌ای را به اوکراین آغاز کرد؛ ولادیمیر پوتین ساعت ۵:۳۰ صبح به وقت مسکو در یک سخنرانی تلویزیونی آغاز «عملیات نظامی ویژه» را اعلام کرده بود. "
     "وزارت امور خارجه ایران در بیانیه‌ای ریشه بحران را «اقدامات تحریک‌آمیز ناتو» خواند و سعید خطیب‌زاده، سخنگوی این وزارتخانه، گزارش برخی رسانه‌ها درباره گفت‌وگوی تلفنی حسین امیرعبداللهیان و سرگئی لاوروف در شب گذشته را تکذیب کرد. "
     "هواپیمایی بین‌المللی اوکراین که پرواز ۷۵۲ آن ۱۸ دی ۱۳۹۸ با شلیک پدافند سپاه در نزدیکی تهران سقوط کرد، همه پروازهای خود را متوقف کرده است."),
     dates=[("بامداد امروز پنجشنبه ۵ اسفند", "2022-02-24", "j"), ("۲۴ فوریه", "2022-02-24", "g"), ("شب گذشته", "2022-02-23", "r"),
            ("۱۸ دی ۱۳۹۸", "2020-01-08", "j")],
     contacts=[]),
dict(id="P30", pub="2022-09-15", text=(
     "سمرقند- پایگاه اطلاع‌رسانی ریاست‌جمهوری- آیت‌الله سید ابراهیم رئیسی، رئیس‌جمهور، عصر امروز پنجشنبه ۲۴ شهریور در حاشیه بیست‌ودومین اجلاس سران سازمان همکاری شانگهای در سمرقند با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "در جریان اجلاس، حسین امیرعبداللهیان سند تعهدات ایران برای عضویت دائم در این سازمان را امضا کرد. "
     "رئیسی در این دیدار از پوتین برای سفر دوباره به تهران دعوت کرد و رئیس‌جمهور روسیه این دعوت را پذیرفت؛ زمان سفر از مجاری دیپلماتیک تعیین خواهد شد. "
     "دو رئیس‌جمهور آخرین بار ۲۸ تیر در تهران و در حاشیه نشست سه‌جانبه سران روند آستانه با یکدیگر دیدار کرده بودند."),
     dates=[("عصر امروز پنجشنبه ۲۴ شهریور", "2022-09-15", "j"), ("۲۸ تیر", "2022-07-19", "j")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C(PUT, RAI, "meet", None, True), C(PUT, RAI, "meet", "2022-07-19")]),
# ---------------- 2023–2026 ----------------
dict(id="P31", pub="2023-04-11", text=(
     "دنیای اقتصاد- احسان خاندوزی، وزیر امور اقتصادی و دارایی، که از یکشنبه در مسکو به سر می‌برد، دیروز با آنتون سیلوانوف، وزیر دارایی روسیه، دیدار کرد و دو وزیر پروتکل اصلاحی موافقت‌نامه اجتناب از اخذ مالیات مضاعف را امضا کردند. "
     "خاندوزی گفت مرحله نخست اتصال شبکه کارت‌های میر و شتاب اواخر آذر سال گذشته اجرا شد و اتصال کامل دو شبکه تا پایان شهریور ۱۴۰۲ انجام خواهد شد. "
     "وزیر اقتصاد شامگاه دوشنبه، ۱۹ رمضان، در ضیافت افطار سفارت ایران با فعالان اقتصادی ایرانی مقیم روسیه دیدار کرد."),
     dates=[("یکشنبه", "2023-04-09", "r"), ("دیروز", "2023-04-10", "r"), ("اواخر آذر سال گذشته", "2022-12-12/2022-12-21", "j"),
            ("تا پایان شهریور ۱۴۰۲", None, "ignore"), ("شامگاه دوشنبه، ۱۹ رمضان", "2023-04-10", "h")],
     contacts=[C(SIL, KHAN, "meet", "2023-04-10"), C(SIL, KHAN, "agreement", "2023-04-10")]),
dict(id="P32", pub="2023-10-09", text=(
     "تجارت‌نیوز- بر اساس آمار گمرک، ایران در ۶ ماه نخست امسال حدود ۲.۸ میلیون تن گندم وارد کرده که ۸۵ درصد آن از روسیه بوده است. "
     "واردات گندم در شهریور ۱۴۰۲ نسبت به مرداد ۳۰ درصد کاهش یافت و کشتی‌های حامل غله روسی عمدتاً در بندر امیرآباد تخلیه شدند؛ ایران سال گذشته نزدیک به ۷ میلیون تن گندم وارد کرده بود. "
     "در مقابل، صادرات ماهی و میگوی ایران به روسیه در همین دوره ۱۲ درصد رشد داشته است."),
     dates=[("۶ ماه نخست امسال", "2023-03-21/2023-09-22", "r"), ("شهریور ۱۴۰۲", "2023-08-23/2023-09-22", "j"),
            ("مرداد", "2023-07-23/2023-08-22", "j"), ("سال گذشته", "2022-03-21/2023-03-20", "r"), ("همین دوره", None, "ignore")],
     contacts=[]),
dict(id="P33", pub="2023-10-23", text=(
     "لاوروف در حاشیه نشست «۳+۳» تهران با امیرعبداللهیان و رئیسی دیدار کرد\n"
     "۱۴۰۲/۰۸/۰۱ - ۲۰:۱۵\n"
     "کد خبر: ۱۴۰۲۰۸۰۱۰۰۰۶۴۳\n"
     "تهران- فارس- دومین نشست سازوکار همکاری منطقه‌ای «۳+۳» ظهر امروز با حضور وزیران خارجه ایران، روسیه، ترکیه، جمهوری آذربایجان و ارمنستان در تهران برگزار شد.\n"
     "سرگئی لاوروف که شامگاه یکشنبه وارد تهران شده بود، پیش از آغاز نشست با حسین امیرعبداللهیان دیدار و درباره تحولات غزه و کریدورهای ترانزیتی قفقاز گفت‌وگو کرد.\n"
     "وزیران شرکت‌کننده پس از پایان نشست به دیدار آیت‌الله سید ابراهیم رئیسی رفتند و رئیس‌جمهور در این دیدار بر حل مسائل منطقه بدون مداخله قدرت‌های فرامنطقه‌ای تأکید کرد.\n"
     "در بیانیه پایانی نشست بر احترام به حاکمیت و تمامیت ارضی کشورهای منطقه تأکید شد.\n"
     "نخستین نشست «۳+۳» در سطح معاونان وزیران خارجه ۱۹ آذر ۱۴۰۰ در مسکو برگزار شده بود.\n"
     "لاوروف پیش از این اول تیر ۱۴۰۱ به تهران سفر کرده بود.\n"
     "امیرعبداللهیان گفت نشست بعدی این سازوکار سال آینده در ترکیه برگزار خواهد شد.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: سرگئی لاوروف، حسین امیرعبداللهیان، قفقاز جنوبی"),
     dates=[("۱۴۰۲/۰۸/۰۱", "2023-10-23", "j"), ("ظهر امروز", "2023-10-23", "r"), ("شامگاه یکشنبه", "2023-10-22", "r"),
            ("۱۹ آذر ۱۴۰۰", "2021-12-10", "j"), ("اول تیر ۱۴۰۱", "2022-06-22", "j"), ("سال آینده", "2024-03-20/2025-03-20", "r")],
     contacts=[C(LAV, AMI, "meet", "2023-10-23"), C(LAV, AMI, "meet", "2023-10-22", True), C(LAV, RAI, "meet", "2023-10-23"),
               C([LAV, RU], [AMI, IR], "agreement", "2023-10-23", True), C(RU, IR, "meet", "2021-12-10", True),
               C(LAV, [AMI, RAI, IR], "meet", "2022-06-22"), C(RU, IR, "meet", "2024-03-20/2025-03-20", True)]),
dict(id="P34", pub="2024-03-11", text=(
     "کابل (پژواک، ۲۱ حوت ۱۴۰۲): ستره محکمه امارت اسلامی اعلام کرد که با رؤیت هلال ماه، امروز دوشنبه نخستین روز ماه مبارک رمضان ۱۴۴۵ هجری قمری است. "
     "در ایران، دفتر رهبری اعلام کرده که روز سه‌شنبه اول ماه رمضان است. "
     "وزارت معارف گفته است که ساعات درسی مکاتب در این ماه از ساعت ۸ صبح تا ۱۲ چاشت خواهد بود و نرخ آرد در بازارهای کابل ۱۵ درصد بالا رفته است. "
     "به گفته ستره محکمه، عید سعید فطر احتمالاً روز چهارشنبه ۲۲ حمل خواهد بود."),
     dates=[("۲۱ حوت ۱۴۰۲", "2024-03-11", "j"), ("امروز دوشنبه", "2024-03-11", "r"),
            ("نخستین روز ماه مبارک رمضان ۱۴۴۵ هجری قمری", "2024-03-11", "h"), ("روز سه‌شنبه اول ماه رمضان", "2024-03-12", "h"),
            ("این ماه", None, "ignore"), ("عید سعید فطر", None, "ignore"), ("روز چهارشنبه ۲۲ حمل", "2024-04-10", "j")],
     contacts=[]),
dict(id="P35", pub="2024-06-26", text=(
     "شانا- الکسی میلر، مدیرعامل گازپروم، که دیروز در رأس هیئتی وارد تهران شد، امروز چهارشنبه ۶ تیر با جواد اوجی، وزیر نفت، دیدار کرد و پس از این دیدار، یادداشت تفاهم راهبردی صادرات گاز روسیه به ایران به امضای میلر و مجید چگنی، مدیرعامل شرکت ملی گاز ایران، رسید. "
     "بر اساس این تفاهم‌نامه، صادرات گاز در مرحله نخست با روزانه ۵ میلیون مترمکعب از مسیر جمهوری آذربایجان آغاز می‌شود. "
     "میلر قرار است فردا با محمد مخبر، سرپرست ریاست‌جمهوری، دیدار کند؛ این سفر دو روز پیش از دور نخست انتخابات ریاست‌جمهوری انجام می‌شود که جمعه ۸ تیر برگزار خواهد شد."),
     dates=[("دیروز", "2024-06-25", "r"), ("امروز چهارشنبه ۶ تیر", "2024-06-26", "j"), ("فردا", "2024-06-27", "r"),
            ("دو روز پیش از دور نخست انتخابات ریاست‌جمهوری", None, "ignore"), ("جمعه ۸ تیر", "2024-06-28", "j")],
     contacts=[C(MIL, OWJ, "meet", "2024-06-26"), C(MIL, NIGC, "agreement", "2024-06-26"), C(MIL, MOKH, "meet", "2024-06-27"),
               C(MIL, [IR], "meet", "2024-06-25", True)]),
dict(id="P36", pub="2024-12-16", text=(
     "تابناک- ۱۴۰۳/۰۹/۲۶ - ۱۳:۱۰\n"
     "سرتیپ عزیز نصیرزاده، وزیر دفاع و پشتیبانی نیروهای مسلح، روز یکشنبه در تماس تلفنی با آندری بلوسوف، وزیر دفاع روسیه، درباره تحولات سوریه پس از سقوط دولت بشار اسد در ۱۸ آذر گفت‌وگو کرد. "
     "سفر بلوسوف به تهران که برای هفته آخر آذر برنامه‌ریزی شده بود، به گفته یک منبع آگاه لغو شده است. "
     "مسعود پزشکیان و ولادیمیر پوتین آخرین بار ۲ آبان در حاشیه اجلاس بریکس در کازان با یکدیگر دیدار کرده بودند."),
     dates=[("۱۴۰۳/۰۹/۲۶", "2024-12-16", "j"), ("روز یکشنبه", "2024-12-15", "r"), ("۱۸ آذر", "2024-12-08", "j"),
            ("هفته آخر آذر", "2024-12-14/2024-12-20", "j"), ("۲ آبان", "2024-10-23", "j")],
     contacts=[C(BEL, NAS, "phone_call", "2024-12-15"), C(PUT, PEZ, "meet", "2024-10-23")]),
dict(id="P37", pub="2025-04-27", text=(
     "اعتماد آنلاین- ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی به مسعود پزشکیان، انفجار مرگبار بندر شهید رجایی را تسلیت گفت و اعلام کرد وزارت شرایط اضطراری روسیه آماده اعزام تیم‌های امدادی است. "
     "انفجار ظهر دیروز شنبه ۶ اردیبهشت در محوطه کانتینرهای این بندر رخ داد و تا صبح امروز دست‌کم ۴۰ نفر جان باختند و بیش از ۱۰۰۰ نفر زخمی شدند. "
     "سرگئی لاوروف نیز دیشب در تماس تلفنی با عباس عراقچی، که برای سومین دور مذاکرات غیرمستقیم با آمریکا در مسقط به سر می‌برد، همدردی مسکو را ابراز کرد."),
     dates=[("ظهر دیروز شنبه ۶ اردیبهشت", "2025-04-26", "j"), ("صبح امروز", "2025-04-27", "r"), ("دیشب", "2025-04-26", "r")],
     contacts=[C(PUT, PEZ, "message", "pub"), C(LAV, ARA, "phone_call", "2025-04-26")]),
dict(id="P38", pub="2025-09-28", text=(
     "ایران اینترنشنال- تحریم‌های سازمان ملل علیه جمهوری اسلامی بامداد یکشنبه ۶ مهر، ساعت ۳:۳۰ به وقت تهران، پس از پایان مهلت ۳۰ روزه سازوکار ماشه بازگشت. "
     "سه کشور اروپایی این سازوکار را ۲۸ اوت فعال کرده بودند و تلاش روسیه و چین برای تصویب قطعنامه تعویق شش‌ماهه آن، جمعه ۴ مهر در شورای امنیت با ۴ رأی موافق شکست خورد. "
     "وزارت خارجه روسیه در بیانیه‌ای بازگشت تحریم‌ها را «فاقد اعتبار حقوقی» خواند و گفت مسکو قطعنامه ۲۲۳۱ را پس از ۱۸ اکتبر ۲۰۲۵ پایان‌یافته می‌داند."),
     dates=[("بامداد یکشنبه ۶ مهر", "2025-09-28", "j"), ("۲۸ اوت", "2025-08-28", "g"), ("جمعه ۴ مهر", "2025-09-26", "j"),
            ("۱۸ اکتبر ۲۰۲۵", "2025-10-18", "g")],
     contacts=[]),
dict(id="P39", pub="2026-01-17", text=(
     "ایسنا- عباس عراقچی، وزیر امور خارجه، دیروز جمعه در تماس تلفنی با سرگئی لاوروف، به مناسبت نخستین سالگرد امضای «پیمان مشارکت راهبردی جامع» دو کشور، بر اجرای کامل مفاد آن تأکید کرد. "
     "این پیمان ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در کرملین به امضای مسعود پزشکیان و ولادیمیر پوتین رسید و از ۱۰ مهر امسال لازم‌الاجرا شده است. "
     "به گفته سخنگوی وزارت امور خارجه، لاوروف در هفته دوم بهمن برای شرکت در نشست کمیسیون مشترک کنسولی به تهران سفر می‌کند."),
     dates=[("دیروز جمعه", "2026-01-16", "r"), ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g"),
            ("۱۰ مهر امسال", "2025-10-02", "j"), ("هفته دوم بهمن", "2026-01-28/2026-02-03", "j")],
     contacts=[C(LAV, ARA, "phone_call", "2026-01-16"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"),
               C(PUT, PEZ, "meet", "2025-01-17", True), C(LAV, [ARA, IR], "meet", "2026-01-28/2026-02-03")]),
dict(id="P40", pub="2026-02-09", text=(
     "طلوع‌نیوز- هیئتی از وزارت صنعت و تجارت روسیه روز یکشنبه وارد کابل شد و با سرپرست وزارت صنعت و تجارت امارت اسلامی درباره افزایش میزان تجارت و گسترش خطوط حمل و نقل ریلی از مسیر آسیای میانه گفت‌وگو کرد. "
     "به گفته مقام‌های امارت اسلامی، حجم تجارت دو کشور در سال ۲۰۲۵ میلادی به ۱.۲ میلیارد دالر رسیده است؛ روسیه ۱۲ سرطان امسال نخستین کشوری بود که امارت اسلامی را به رسمیت شناخت. "
     "نمایشگاه تجارتی «ساخت روسیه» از ۲۵ تا ۲۷ حوت در کابل برگزار می‌شود."),
     dates=[("روز یکشنبه", "2026-02-08", "r"), ("سال ۲۰۲۵ میلادی", "2025", "g"), ("۱۲ سرطان امسال", "2025-07-03", "j"),
            ("از ۲۵ تا ۲۷ حوت", "2026-03-16/2026-03-18", "j")],
     contacts=[]),
]
