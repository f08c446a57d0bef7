# Held-out probe set 39: PERSIAN news, 36 SNIPPETS of 1–4 sentences and 4 WHOLE ARTICLES of 11–12 lines (P10, P22, P30,
# P38: headline, header date line, news code, dateline, body, background lines recalling older dated contacts,
# boilerplate / tags / a copyright line), hand-annotated; 40 cases, P01–P40, publication dates 2010–2026 (two or three a
# year, ids in strict date order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set35 and set37 (plus the bare names of set37's top-level assignments, no values).
# The tool was not run and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes and several dates are invented) in the style of Mehr (P01; P17; P25 with the agency مهر beside
# the month «۳۰ مهر»), IRNA (P03 from Moscow, P08 from Moscow, P16 from Rasht, P24 from Bishkek, P28, P32, P35 from
# Yekaterinburg, P36; P10 from Moscow with a two-calendar header «پنجشنبه ۲۱ آذر ۱۳۹۲ - ۹ صفر ۱۴۳۵ - ۱۶:۳۵», a news code
# and a copyright line), ICANA / Khane-ye Mellat (P04), Fars (P05), ISNA (P06 from Beijing, P09, P15 in Arabic-Indic
# digits, P33; P38 from Moscow with a slash header «جمعه ۲۹ فروردین ۱۴۰۴ / ۲۰ شوال ۱۴۴۶ / ۱۰:۲۰», a Latin-digit news
# code that embeds a date and a copyright line), Khabaronline (P07; P30 quoting Mehr, with a «چهارشنبه ۱۴ مهر ۱۴۰۰ -
# ۱۸:۱۵» header and a Latin «© 2021»), Hamshahri Online (P11), Donya-e-Eqtesad (P13), Tasnim (P14, P18, P27; P22 from
# Moscow with a «جمعه ۲۲ تیر ۱۳۹۷ - ۰۹:۴۵» header), the government's site (P19), Rah-e Dana (P20), Varzesh3 (P21),
# Etemad Online (P29), Independent Persian (P31), Shargh (P34), Iran International (P39), Shana (P40), one Afghan Dari
# item from Tolonews (P37: عقرب, قوس, ثور, «میزان تجارت», «حمل و نقل», «قبل از چاشت», «دالر»); P02, P12, P23 and P26
# carry no outlet name (BBC Persian / Radio Farda style).
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Pezeshkian, Khatami / Medvedev, Putin: a Medvedev–
# Ahmadinejad call, Yekaterinburg 2009 recalled and a Baku sideline planned by a season, Beijing SCO 2012 with an undated
# accepted invitation, Putin's and Medvedev's congratulation messages to Rouhani 2013, Bishkek 2013 recalled, Ankara 2018
# and Tehran 2018 Astana-format trilaterals recalled, a planned Aktau sideline dated by a month, Bishkek SCO 2019 and the
# Dushanbe CICA summit, a Raisi–Putin call recalled, Putin's condolence message after the 2017 Tehran attacks, Putin's
# congratulation to Pezeshkian, the Kazan and Ashgabat meetings 2024 recalled, the 2001 treaty and the 2025 treaty
# recalled, the Leader's letter handed to Putin by Araghchi, the Leader's and Rouhani's messages carried by Velayati,
# Putin's BRICS invitation handed to Pezeshkian by Shoigu), foreign ministers and deputies (Zarif, Amir-Abdollahian,
# Araghchi, Jaberi Ansari / Lavrov, Bogdanov: Moscow visits with arrival days, a condolence call, the Dushanbe SCO
# sidelines 2021, the Moscow FMs' trilateral recalled as «سه‌شنبه گذشته», a planned Lavrov Tehran visit «ژانویه آینده»),
# security (Jalili, Shamkhani, Ahmadian, Bagheri / Patrushev, Shoigu as Security Council secretary: Moscow 2011, Tehran
# 2024, a planned Moscow meeting dated «اواسط اردیبهشت»), defence (Dehghan, Hatami / Shoigu: the 2015 Tehran military
# cooperation agreement, the Army-2020 forum, the Victory Parade sidelines), parliament (Boroujerdi, Larijani, Ghalibaf,
# Raisi at the Duma / Margelov, Gryzlov, Volodin: a committee visit, a recalled Moscow visit by month, an invitation handed
# by the ambassador and accepted for «اواخر خرداد»), ambassadors (Jalali with Volodin and with RDIF's Dmitriev),
# ministers of oil / energy (Mir-Kazemi / Shmatko roadmap; Paknejad, Aliabadi / Tsivilev), interior (Najjar / Kolokoltsev,
# Nurgaliyev; the drug-control head Ivanov), economy (Tayebnia / Ulyukayev), science (Farhadi / Livanov, Fortov of the
# Academy), ICT (Azari Jahromi / Noskov), health (Namaki / Murashko call on Sputnik V), sports (Sajjadi / Matytsin),
# industry (Fatemi Amin / Manturov), roads and railways (Akhoundi / Sokolov; RAI / RZD International contract), provinces
# (the Gilan governor / the Astrakhan governor Zhilkin: an MoU and a planned working group), companies (Gazprom–NIGC MoU
# recalled by month), joint commissions (planned, recalled, postponed), Iran–P5+1 rounds and the Geneva deal; arrivals,
# planned, postponed (P40), cancelled (P33 Matytsin's Tehran visit; P39 Iran–US) and denied (P35 a Putin visit) contacts.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P07, P11, P12, P17, P21, P23, P26, P29, P31,
# P34, P37, P39.  All other cases (27) have at least one required row.  Traps: third-country contacts (Brazil–Turkey–Iran
# declaration P02; Lavrov–Clinton P05; Russia–US Helsinki P22; Iran–US rounds P38, P39; Iran–Saudi via China P34;
# Russia–Afghanistan P37; Israel–Iran P39), aid (P07), decrees and suspensions (P26, P29), statements (P12, P23, P31, P34,
# P39), a satellite launch talk (P25), a denial (P35), SCO membership (P30), a Duma ratification (P38); counts, money,
# percentages («۲۰ درصد», «۵۰.۷ درصد», «۳۰ درصد», «۸۵ درصد», «۲۰ میلیارد دلار», «۱.۶ میلیارد دلار», «۱.۲ میلیارد یورو»,
# «۵۰۰ میلیون دالر», «۱۲۰۰ کیلوگرم», «۳۹۶ کیلوگرم», «۵۷ هزار و ۴۰۰ مگاوات», «۵۵ میلیارد مترمکعب», «۲ میلیون دوز», «١٥٠ به
# ٣٠٠ نفر»), durations («۳۵ دقیقه‌ای», «دوساعته», «سه‌ساعته», «۱۵ سال», «۱۸۰ روزه», «۴۸ ماه», «۲۰ ساله», «ظرف دو ماه»,
# «چهار روز مذاکره»), clock times («ساعت ۱۶:۵۳ به وقت محلی», «ساعت ۱۰:۳۰ صبح», «ساعت ۱۸:۳۰ به وقت تهران», «ساعت ۱۰ قبل از
# چاشت», header times), resolution / flight / model numbers («قطعنامه ۱۹۲۹», «۱۸۰۳», «۲۲۳۱», «MH17», «بوئینگ ۷۷۷»,
# «ایلیوشین-۷۶», «اس-۳۰۰», «سوپرجت ۱۰۰», «ناهید ۲», «5G», «ژنو ۲»), «۱+۵», «۶.۲ و ۶ ریشتری», «گروه B», «کووید ۱۹» (P26,
# P28), ordinals («دوازدهمین», «نوزدهمین», «دولت سیزدهم», «دور ششم»), outlet names with number / date words («ورزش سه»,
# «شبکه سه»), news codes, the agency مهر (P01, P17, P25, P30), the name «بهمن محمدیاری» beside the month «۲۶ بهمن» (P04),
# «وزیر کشور وقت», «به وقت محلی», the Tajik capital «دوشنبه» (P24, P30).
# Totals: 179 date lines (167 mentions + 12 ignore lines), 103 contact rows (78 required, 25 optional).
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
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set37 as the headers of set35 and set37 state them
#   (set37, the later, wins where they differ), in particular: اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month
#   end; «هفته دوم» of a month = days 8–14; «نیمه دوم» = day 16 to month end; Saturday–Friday weeks («هفته گذشته»);
#   Persian and Dari relative years / months / seasons (امسال, سال آینده, ماه آینده, پاییز امسال) are Solar Hijri intervals
#   unless میلادی is written, «سال گذشته میلادی» = the previous Gregorian year; «N ماه نخست» = 1 Farvardin to the end of
#   the N-th month; دیروز / روز گذشته = pub − 1, امشب = pub; «سه‌شنبه گذشته» = the last such weekday strictly before pub;
#   a bare weekday (also with شامگاه / عصر / ظهر / بامداد) = the nearest one in the direction of the tense; a start point
#   («از ۱۲ مارس», «از آوریل ۲۰۲۱», «از بامداد امروز …») keeps «از» outside; a weekday next to its date belongs to it; a
#   relative word joined to a written date («صبح امروز سه‌شنبه ۲۶ بهمن», «دیروز پنجشنبه ۲۸ فروردین») is one mention in the
#   calendar of the written date, a relative word + weekday alone («فردا چهارشنبه», «عصر دیروز جمعه») is r; a date written in
#   two calendars is two mentions with one value; «۲۹ و ۳۰ خرداد» is two mentions; a trailing گذشته / سال آینده that fixes
#   the year is inside the span («آبان‌ماه گذشته», «۲۸ دی‌ماه گذشته», «اردیبهشت سال آینده»); a header in two or three
#   calendars is one mention per calendar, the weekday going with the first, the time outside; a Hijri date equated with a
#   Solar Hijri date carries the text's day (P19); counted event-relative phrases («یک روز بعد», «یک هفته پس از …», «پنج
#   روز پس از ترور …»), anaphoric «همان روز», years inside event names («جام جهانی ۲۰۱۸», «سوچی ۲۰۱۴», «ارتش-۲۰۲۰»,
#   «اینوپروم ۲۰۲۳») and copyright years are ignore lines; a deadline by a day («تا ۴ اسفند», «تا ۳۱ شهریور», «تا ۱۰
#   فروردین») is a mention of that day, «تا» outside; the original date of a cancelled or postponed contact («قرار بود ۱۰
#   مهر», «قرار بود ۲۵ دی») is an ordinary mention; news codes get no line; Dari months are Solar Hijri (j).
#   Contacts: as set27–set37 (envoy with a message → meet (envoy–host) + message (sender–addressee, the handover day);
#   trilateral summits and ministers' trilaterals at which the two sides sit together → required; a video call → required
#   phone_call; multilateral meetings (SCO, CICA, BRICS, a security conference) and joint commissions without a bilateral →
#   optional, Iran–P5+1 rounds → optional country-level meet; planned contacts with a day, week, part of a month, month or
#   year → required, hoped-for or undated ones → optional None; a postponed joint commission → optional at its new date;
#   denied or cancelled → no row; arrival days with no meeting stated that day → optional meet with the later host's names;
#   a minister's or governor's MoU with the meeting stated → required meet + required agreement; company contracts →
#   required agreement; a recalled treaty → required agreement + optional meet; a congratulation or condolence message
#   dated by its sentence → that day, with no date → "pub"; a condolence call → phone_call; a named Russian official's
#   visit to Tehran with no host named → required meet with country-level Iranian names; aid, deliveries, decrees,
#   ratifications, denials and statements → no row).
# Decided here where nothing above says (set39):
#   A planned bilateral dated by a season with a relative year («پاییز سال آینده») is one r mention (the season's three
#   Solar Hijri months of that year) and a required meet row with that interval (P01).  «ژانویه آینده» = the next Gregorian
#   January, "YYYY-MM", calendar g (P10).  A span of Gregorian years «سال‌های ٢٠١٥ تا ٢٠١٧» (a programme's period) is one g
#   range mention, 1 January of the first to 31 December of the last (P15).  A year-less date in a future sentence whose
#   stated weekday fits only the following year («جمعه ۲۵ خرداد» in Azar 1396 = 2018-06-15) takes that year, not the nearer
#   past one, and the dates listed with it in the same sentence follow it (P21).  An ordinal-word day joined to a relative
#   word and weekday («امروز چهارشنبه اول آبان») is one j mention (P25).  A deadline by a bare weekday with a clock time
#   («تا ساعت ۱۴ روز دوشنبه») is one r mention with the time inside, «تا» outside (P39).  «ماه ثور سال جاری» (Dari, «سال
#   جاری» = امسال) is one j mention; «شش ماه نخست سال ۱۴۰۳» with its year written is j (P37).  A range in parentheses
#   without «از» («(۱ تا ۳ آبان)») is one j range mention (P36).
#   Contacts: a planned round of two ministries' experts with no names («مذاکرات کارشناسان دو وزارتخانه») → optional
#   country-level / institution meet even when dated by a part of a month (P03).  A planned or recalled joint working group
#   of two provinces or two ministries → optional, as joint commissions (P16, P25).  A document «to be signed at the joint
#   commission» in a stated month → optional agreement beside the optional commission row (P35).  An ambassador meeting the
#   head of a Russian state fund, dated by «هفته گذشته» → required meet with that week's interval (P28).  An invitation
#   letter to a multilateral summit handed over by an envoy → meet (envoy–president) + message (Putin–Pezeshkian, handover
#   day) + an optional meet for the summit's days (P36).  Separate sessions of a visiting envoy with several hosts the same
#   day (Shoigu with Pezeshkian, Ahmadian and Bagheri) → one required meet row per host (P36).  A defence minister's
#   speech at the host's security conference the day after his bilateral → optional meet (multilateral) (P27).  A Geneva
#   interim deal dated by its day → optional country-level meet + optional agreement of that day (P10).
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
AHMD, ROU, KHA, RAI, PEZ = "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, AMI, ARA = "Sergei Lavrov", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
PAT, JALS = ["Nikolai Patrushev", "Security Council of Russia", RU], ["Saeed Jalili", "Supreme National Security Council", IR]
SHMA = ["Sergei Shmatko", "Russian Ministry of Energy", RU]
MIRK = ["Masoud Mir-Kazemi", "Ministry of Petroleum", IR]
MARG = ["Mikhail Margelov", "Federation Council", RU]
GRYZ = ["Boris Gryzlov", "State Duma", RU]
BOR = ["Alaeddin Boroujerdi", "Majlis", IR]
LAR = ["Ali Larijani", "Majlis", IR]
KOL = ["Vladimir Kolokoltsev", "Russian Ministry of Internal Affairs", RU]
NURG = ["Rashid Nurgaliyev", "Russian Ministry of Internal Affairs", RU]
IVAN = ["Viktor Ivanov", "Federal Drug Control Service", RU]
NAJ = ["Mostafa Mohammad-Najjar", "Ministry of Interior", IR]
SHO, DEH = ["Sergei Shoigu", "Russian Ministry of Defence", RU], ["Hossein Dehghan", "Ministry of Defence", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
ULY, TAY = ["Alexei Ulyukayev", "Ministry of Economic Development", RU], ["Ali Tayebnia", "Ministry of Economic Affairs and Finance", IR]
FARH = ["Mohammad Farhadi", "Ministry of Science, Research and Technology", IR]
LIV = ["Dmitry Livanov", "Russian Ministry of Education and Science", RU]
FORT = ["Vladimir Fortov", "Russian Academy of Sciences", RU]
ZHIL, NAJF = ["Alexander Zhilkin", "Astrakhan Oblast", RU], ["Mohammad Ali Najafi", "Gilan Province", IR]
BOGD, JABA = ["Mikhail Bogdanov", RU], ["Hossein Jaberi Ansari", IR]
RZD = ["Russian Railways", "RZD", "RZD International", RU]
RAIIR = ["Islamic Republic of Iran Railways", "RAI", "Saeed Mohammadzadeh", IR]
AKH, SOK = ["Abbas Akhoundi", "Ministry of Roads and Urban Development", IR], ["Maxim Sokolov", "Russian Ministry of Transport", RU]
VEL = ["Ali Akbar Velayati", IR]
NOSK = ["Konstantin Noskov", "Ministry of Digital Development", RU]
AZJ = ["Mohammad Javad Azari Jahromi", "Ministry of ICT", IR]
HAT = ["Amir Hatami", "Ministry of Defence", IR]
MUR, NAM = ["Mikhail Murashko", "Russian Ministry of Health", RU], ["Saeed Namaki", "Ministry of Health", IR]
DMI = ["Kirill Dmitriev", "Russian Direct Investment Fund", "RDIF", RU]
JAL = ["Kazem Jalali", IR]
KHAT = "Mohammad Khatami"
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
MATY, SAJ = ["Oleg Matytsin", "Russian Ministry of Sport", RU], ["Hamid Sajjadi", "Ministry of Sports and Youth", IR]
MANT = ["Denis Manturov", "Ministry of Industry and Trade", RU]
FAT = ["Reza Fatemi Amin", "Ministry of Industry, Mine and Trade", IR]
SHO24 = ["Sergei Shoigu", "Security Council of Russia", RU]
AHM = ["Ali Akbar Ahmadian", "Supreme National Security Council", IR]
BAG = ["Mohammad Bagheri", "General Staff of the Armed Forces", IR]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK, ALIA = ["Mohsen Paknejad", "Ministry of Petroleum", IR], ["Abbas Aliabadi", "Ministry of Energy", IR]
GAZ, NIGC = ["Gazprom", RU], ["National Iranian Gas Company", "NIGC", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py
CASES = [
# ---------------- snippets and whole articles, in date order ----------------
dict(id="P01", pub="2010-02-16", text=(
     "به گزارش خبرگزاری مهر به نقل از پایگاه اطلاع‌رسانی ریاست‌جمهوری، محمود احمدی‌نژاد شامگاه دیروز دوشنبه در گفت‌وگویی تلفنی با دیمیتری مدودف، رئیس‌جمهور روسیه، درباره پیشنهاد تبادل سوخت رآکتور تحقیقاتی تهران و آغاز غنی‌سازی ۲۰ درصد در نطنز تبادل نظر کرد. "
     "مدودف در این گفت‌وگوی ۳۵ دقیقه‌ای خواستار پاسخ سازنده ایران به پیشنهاد آژانس شد و احمدی‌نژاد گفت تهران همچنان آماده مبادله همزمان سوخت است. "
     "دو رئیس‌جمهور آخرین بار ۲۶ خرداد ۱۳۸۸ در حاشیه اجلاس سران سازمان همکاری شانگهای در یکاترینبورگ دیدار کرده بودند و قرار است پاییز سال آینده در حاشیه اجلاس سران کشورهای ساحلی خزر در باکو نیز با یکدیگر گفت‌وگو کنند."),
     dates=[("شامگاه دیروز دوشنبه", "2010-02-15", "r"), ("۲۶ خرداد ۱۳۸۸", "2009-06-16", "j"),
            ("پاییز سال آینده", "2010-09-23/2010-12-21", "r")],
     contacts=[C(MED, AHMD, "phone_call", "2010-02-15"), C(MED, AHMD, "meet", "2009-06-16"),
               C(MED, AHMD, "meet", "2010-09-23/2010-12-21")]),
dict(id="P02", pub="2010-06-10", text=(
     "شورای امنیت سازمان ملل متحد روز چهارشنبه ۹ ژوئن (۱۹ خرداد) با ۱۲ رأی موافق، رأی مخالف برزیل و ترکیه و رأی ممتنع لبنان، قطعنامه ۱۹۲۹ را تصویب کرد که دور چهارم تحریم‌ها علیه برنامه هسته‌ای ایران به شمار می‌رود. "
     "روسیه و چین که ماه‌ها با تحریم‌های تازه مخالفت می‌کردند، به این قطعنامه رأی مثبت دادند و ویتالی چورکین، نماینده روسیه، گفت این متن «درِ دیپلماسی را نمی‌بندد». "
     "برزیل و ترکیه ۱۷ مه در تهران «بیانیه تهران» را درباره مبادله ۱۲۰۰ کیلوگرم اورانیوم کم‌غنی‌شده با ایران امضا کرده بودند. "
     "پیش از این، قطعنامه ۱۸۰۳ در ۳ مارس ۲۰۰۸ تصویب شده بود."),
     dates=[("روز چهارشنبه ۹ ژوئن", "2010-06-09", "g"), ("۱۹ خرداد", "2010-06-09", "j"), ("۱۷ مه", "2010-05-17", "g"),
            ("۳ مارس ۲۰۰۸", "2008-03-03", "g")],
     contacts=[]),
dict(id="P03", pub="2010-07-14", text=(
     "مسکو- ایرنا- مسعود میرکاظمی، وزیر نفت، و سرگئی شماتکو، وزیر انرژی روسیه، امروز چهارشنبه ۲۳ تیرماه پس از دیداری دوساعته در مسکو «نقشه راه» همکاری‌های نفت و گاز دو کشور را امضا کردند. "
     "میرکاظمی که دیروز در رأس هیئتی ۴۰ نفره وارد مسکو شده بود، گفت ارزش طرح‌های مشترک پیش‌بینی‌شده در این سند به ۲۰ میلیارد دلار می‌رسد و شرکت‌های گازپروم‌نفت و لوک‌اویل می‌توانند در طرح‌های بالادستی مشارکت کنند. "
     "دور بعدی مذاکرات کارشناسان دو وزارتخانه اواخر شهریور در تهران برگزار می‌شود."),
     dates=[("امروز چهارشنبه ۲۳ تیرماه", "2010-07-14", "j"), ("دیروز", "2010-07-13", "r"),
            ("اواخر شهریور", "2010-09-12/2010-09-22", "j")],
     contacts=[C(SHMA, MIRK, "meet", "2010-07-14"), C(SHMA, MIRK, "agreement", "2010-07-14"),
               C(SHMA, MIRK, "meet", "2010-07-13", True),
               C(["Russian Ministry of Energy", RU], ["Ministry of Petroleum", IR], "meet", "2010-09-12/2010-09-22", True)]),
dict(id="P04", pub="2011-02-15", text=(
     "به گزارش خانه ملت، علاءالدین بروجردی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی، صبح امروز سه‌شنبه ۲۶ بهمن با میخائیل مارگلوف، رئیس کمیته امور بین‌الملل شورای فدراسیون روسیه، دیدار و درباره همکاری‌های پارلمانی و تحولات مصر و تونس گفت‌وگو کرد. "
     "بهمن محمدیاری، نماینده تالش و عضو این کمیسیون که در نشست حضور داشت، گفت مارگلوف فردا چهارشنبه با علی لاریجانی، رئیس مجلس، نیز دیدار می‌کند. "
     "بروجردی آبان‌ماه گذشته در رأس هیئتی پارلمانی به مسکو رفته و با بوریس گریزلوف، رئیس دومای دولتی، دیدار کرده بود."),
     dates=[("صبح امروز سه‌شنبه ۲۶ بهمن", "2011-02-15", "j"), ("فردا چهارشنبه", "2011-02-16", "r"),
            ("آبان‌ماه گذشته", "2010-10-23/2010-11-21", "j")],
     contacts=[C(MARG, BOR, "meet", "2011-02-15"), C(MARG, LAR, "meet", "2011-02-16"),
               C(GRYZ, BOR, "meet", "2010-10-23/2010-11-21")]),
dict(id="P05", pub="2011-08-16", text=(
     "به گزارش خبرگزاری فارس، سعید جلیلی، دبیر شورای عالی امنیت ملی، که دیروز دوشنبه ۲۴ مردادماه وارد مسکو شد، امروز سه‌شنبه با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و درباره طرح «گام‌به‌گام» مسکو برای حل موضوع هسته‌ای گفت‌وگو کرد. "
     "جلیلی عصر امروز با سرگئی لاوروف، وزیر امور خارجه روسیه، نیز دیدار خواهد کرد. "
     "لاوروف جزئیات این طرح را ۲۲ تیر (۱۳ ژوئیه) پس از دیدار با هیلاری کلینتون در واشنگتن تشریح کرده بود."),
     dates=[("دیروز دوشنبه ۲۴ مردادماه", "2011-08-15", "j"), ("امروز سه‌شنبه", "2011-08-16", "r"),
            ("عصر امروز", "2011-08-16", "r"), ("۲۲ تیر", "2011-07-13", "j"), ("۱۳ ژوئیه", "2011-07-13", "g")],
     contacts=[C(PAT, JALS, "meet", "2011-08-16"), C(LAV, JALS, "meet", "2011-08-16"),
               C(PAT, JALS, "meet", "2011-08-15", True)]),
dict(id="P06", pub="2012-06-07", text=(
     "پکن- ایسنا- محمود احمدی‌نژاد و ولادیمیر پوتین ظهر امروز پنجشنبه ۱۸ خرداد در حاشیه دوازدهمین اجلاس سران سازمان همکاری شانگهای در پکن دیدار و گفت‌وگو کردند؛ این نخستین دیدار دو رئیس‌جمهور از زمان بازگشت پوتین به کرملین در ۱۸ اردیبهشت است. "
     "پوتین در این دیدار دعوت احمدی‌نژاد برای سفر به تهران را پذیرفت و گفت زمان آن از مجاری دیپلماتیک تعیین خواهد شد. "
     "دور تازه مذاکرات ایران و گروه ۱+۵ قرار است ۲۹ و ۳۰ خرداد در مسکو برگزار شود."),
     dates=[("ظهر امروز پنجشنبه ۱۸ خرداد", "2012-06-07", "j"), ("۱۸ اردیبهشت", "2012-05-07", "j"),
            ("۲۹", "2012-06-18", "j"), ("۳۰ خرداد", "2012-06-19", "j")],
     contacts=[C(PUT, AHMD, "meet", "2012-06-07"), C(PUT, AHMD, "meet", None, True),
               C(RU, IR, "meet", "2012-06-18/2012-06-19", True)]),
dict(id="P07", pub="2012-08-13", text=(
     "به گزارش خبرآنلاین، شمار جان‌باختگان زمین‌لرزه‌های دوگانه ۶.۲ و ۶ ریشتری روز شنبه ۲۱ مرداد در اهر، ورزقان و هریس به ۳۰۶ نفر رسید و بیش از ۳ هزار نفر مجروح شدند. "
     "نخستین زمین‌لرزه ساعت ۱۶:۵۳ به وقت محلی رخ داد و ۱۱ دقیقه بعد لرزه دوم روستاهای منطقه را لرزاند. "
     "وزارت شرایط اضطراری روسیه اعلام کرد یک فروند هواپیمای ایلیوشین-۷۶ حامل ۳۶ تن چادر، پتو و دارو صبح امروز در فرودگاه تبریز به زمین نشست. "
     "هیئت دولت فردا را در استان آذربایجان شرقی عزای عمومی اعلام کرد."),
     dates=[("روز شنبه ۲۱ مرداد", "2012-08-11", "j"), ("صبح امروز", "2012-08-13", "r"), ("فردا", "2012-08-14", "r")],
     contacts=[]),
dict(id="P08", pub="2012-11-20", text=(
     "مسکو- ایرنا- مصطفی محمدنجار، وزیر کشور، امروز سه‌شنبه در مسکو با ولادیمیر کولوکولتسف، وزیر کشور روسیه، دیدار کرد و دو وزیر تفاهم‌نامه همکاری در مبارزه با جرائم سازمان‌یافته و قاچاق انسان را امضا کردند. "
     "نجار فردا با ویکتور ایوانف، رئیس سرویس فدرال کنترل مواد مخدر روسیه، نیز دیدار خواهد کرد. "
     "رشید نورگالیف، وزیر کشور وقت روسیه، ۲۸ تیر ۱۳۸۹ در تهران با نجار دیدار کرده بود و پیش‌نویس این تفاهم‌نامه در همان سفر تهیه شد."),
     dates=[("امروز سه‌شنبه", "2012-11-20", "r"), ("فردا", "2012-11-21", "r"), ("۲۸ تیر ۱۳۸۹", "2010-07-19", "j")],
     contacts=[C(KOL, NAJ, "meet", "2012-11-20"), C(KOL, NAJ, "agreement", "2012-11-20"),
               C(IVAN, NAJ, "meet", "2012-11-21"), C(NURG, NAJ, "meet", "2010-07-19")]),
dict(id="P09", pub="2013-06-16", text=(
     "به گزارش ایسنا، ولادیمیر پوتین در پیامی که روز گذشته از سوی کرملین منتشر شد، پیروزی حسن روحانی در یازدهمین دوره انتخابات ریاست‌جمهوری را تبریک گفت و ابراز امیدواری کرد دو طرف به زودی دیداری رو در رو داشته باشند. "
     "دیمیتری مدودف، نخست‌وزیر روسیه، نیز در پیامی جداگانه به روحانی تبریک گفت. "
     "روحانی در انتخابات ۲۴ خرداد با کسب ۵۰.۷ درصد آرا پیروز شد و قرار است مراسم تنفیذ حکم او ۱۲ مرداد و مراسم تحلیف یک روز بعد در مجلس برگزار شود."),
     dates=[("روز گذشته", "2013-06-15", "r"), ("۲۴ خرداد", "2013-06-14", "j"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("یک روز بعد", None, "ignore")],
     contacts=[C(PUT, ROU, "message", "2013-06-15"), C(MED, ROU, "message", "pub"), C(PUT, ROU, "meet", None, True)]),
dict(id="P10", pub="2013-12-12", text=(
     "ظریف در مسکو: با روسیه درباره اجرای توافق ژنو به درک مشترک رسیدیم\n"
     "پنجشنبه ۲۱ آذر ۱۳۹۲ - ۹ صفر ۱۴۳۵ - ۱۶:۳۵\n"
     "کد خبر: ۸۰۹۶۴۱۲۷\n"
     "مسکو- ایرنا- محمدجواد ظریف، وزیر امور خارجه کشورمان که شامگاه دیروز در ادامه سفر منطقه‌ای خود وارد مسکو شده بود، صبح امروز در ساختمان وزارت امور خارجه روسیه با سرگئی لاوروف، همتای روس خود، دیدار و گفت‌وگو کرد.\n"
     "دو وزیر در این دیدار سه‌ساعته درباره اجرای گام نخست توافق ژنو، بحران سوریه و کنفرانس ژنو ۲ که قرار است ۲۲ ژانویه در مونترو سوئیس آغاز شود، گفت‌وگو کردند.\n"
     "لاوروف در نشست خبری مشترک گفت مسکو از حق ایران برای غنی‌سازی در چارچوب پیمان منع گسترش حمایت می‌کند و ظریف گفت تهران برای حضور در ژنو ۲ هیچ پیش‌شرطی را نمی‌پذیرد؛ ظریف بامداد فردا جمعه مسکو را به مقصد تهران ترک می‌کند.\n"
     "توافق ژنو بامداد یکشنبه ۳ آذر پس از پنج روز مذاکره فشرده میان ایران و گروه ۱+۵ حاصل شد و اجرای آن از اواخر دی‌ماه آغاز می‌شود.\n"
     "حسن روحانی و ولادیمیر پوتین نیز ۲۲ شهریور در حاشیه اجلاس سران سازمان همکاری شانگهای در بیشکک دیدار کرده بودند و پوتین در آن دیدار دعوت رئیس‌جمهور کشورمان برای سفر به تهران را پذیرفته بود.\n"
     "به گفته سخنگوی وزارت خارجه روسیه، لاوروف نیز ژانویه آینده برای ادامه رایزنی‌ها به تهران سفر خواهد کرد.\n"
     "انتهای پیام /\n"
     "برچسب‌ها: ظریف، لاوروف، توافق ژنو، روسیه\n"
     "© ۱۳۹۲ خبرگزاری جمهوری اسلامی"),
     dates=[("پنجشنبه ۲۱ آذر ۱۳۹۲", "2013-12-12", "j"), ("۹ صفر ۱۴۳۵", "2013-12-12", "h"), ("شامگاه دیروز", "2013-12-11", "r"),
            ("صبح امروز", "2013-12-12", "r"), ("۲۲ ژانویه", "2014-01-22", "g"), ("بامداد فردا جمعه", "2013-12-13", "r"),
            ("بامداد یکشنبه ۳ آذر", "2013-11-24", "j"), ("اواخر دی‌ماه", "2014-01-11/2014-01-20", "j"),
            ("۲۲ شهریور", "2013-09-13", "j"), ("ژانویه آینده", "2014-01", "g"), ("© ۱۳۹۲", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-12"), C(LAV, ZAR, "meet", "2013-12-11", True),
               C(RU, IR, "meet", "2013-11-24", True), C(RU, IR, "agreement", "2013-11-24", True),
               C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "meet", None, True),
               C(LAV, [ZAR, ROU, IR], "meet", "2014-01")]),
dict(id="P11", pub="2014-02-08", text=(
     "به گزارش همشهری آنلاین، بیست‌ودومین دوره بازی‌های المپیک زمستانی شامگاه جمعه ۷ فوریه (۱۸ بهمن) با حضور ولادیمیر پوتین در ورزشگاه فیشت سوچی رسماً آغاز شد و تا ۴ اسفند ادامه دارد. "
     "کاروان ایران با پنج نفر شامل دو اسکی‌باز آلپاین و یک ورزشکار اسکی صحرانوردی در این بازی‌ها حاضر است و فروغ عباسی، پرچمدار کاروان، ۲۹ بهمن در رشته اسلالوم به میدان می‌رود. "
     "برگزارکنندگان «سوچی ۲۰۱۴» هزینه این بازی‌ها را بیش از ۵۰ میلیارد دلار اعلام کرده‌اند."),
     dates=[("شامگاه جمعه ۷ فوریه", "2014-02-07", "g"), ("۱۸ بهمن", "2014-02-07", "j"), ("۴ اسفند", "2014-02-23", "j"),
            ("۲۹ بهمن", "2014-02-18", "j"), ("سوچی ۲۰۱۴", None, "ignore")],
     contacts=[]),
dict(id="P12", pub="2014-07-18", text=(
     "یک فروند هواپیمای بوئینگ ۷۷۷ شرکت هواپیمایی مالزی با ۲۹۸ سرنشین که روز پنجشنبه ۱۷ ژوئیه (۲۶ تیر) در پرواز MH17 از آمستردام به کوالالامپور بود، بر فراز شرق اوکراین سقوط کرد. "
     "دولت اوکراین شورشیان مورد حمایت روسیه را به سرنگونی هواپیما با یک موشک بوک متهم کرده و ولادیمیر پوتین مسئولیت را متوجه کی‌یف دانسته است. "
     "مرضیه افخم، سخنگوی وزارت امور خارجه ایران، امروز جمعه با ابراز تأسف از این حادثه، خواستار تحقیقی بی‌طرفانه شد."),
     dates=[("روز پنجشنبه ۱۷ ژوئیه", "2014-07-17", "g"), ("۲۶ تیر", "2014-07-17", "j"), ("امروز جمعه", "2014-07-18", "r")],
     contacts=[]),
dict(id="P13", pub="2014-09-09", text=(
     "به گزارش دنیای اقتصاد، علی طیب‌نیا، وزیر امور اقتصادی و دارایی، و الکسی اولیوکایف، وزیر توسعه اقتصادی روسیه، دیروز در تهران دیدار کردند و سند همکاری در زمینه تشویق و حمایت متقابل از سرمایه‌گذاری را امضا کردند. "
     "اولیوکایف گفت حجم تجارت دو کشور سال گذشته میلادی با ۱.۶ میلیارد دلار، ۲۰ درصد کاهش یافته و هدف‌گذاری دو طرف رسیدن به ۱۰ میلیارد دلار است. "
     "قرار است یازدهمین اجلاس کمیسیون مشترک همکاری‌های اقتصادی دو کشور هفته دوم آبان در مسکو برگزار شود؛ اجلاس قبلی کمیسیون اسفند ۱۳۹۰ در تهران برگزار شده بود."),
     dates=[("دیروز", "2014-09-08", "r"), ("سال گذشته میلادی", "2013", "r"), ("هفته دوم آبان", "2014-10-30/2014-11-05", "j"),
            ("اسفند ۱۳۹۰", "2012-02-20/2012-03-19", "j")],
     contacts=[C(ULY, TAY, "meet", "2014-09-08"), C(ULY, TAY, "agreement", "2014-09-08"),
               C(RU, IR, "meet", "2014-10-30/2014-11-05", True), C(RU, IR, "meet", "2012-02-20/2012-03-19", True)]),
dict(id="P14", pub="2015-01-20", text=(
     "به گزارش خبرگزاری تسنیم، سرتیپ حسین دهقان، وزیر دفاع و پشتیبانی نیروهای مسلح، و ژنرال سرگئی شویگو، وزیر دفاع روسیه، امروز سه‌شنبه ۳۰ دی‌ماه پس از دیدار و گفت‌وگو در تهران، موافقت‌نامه همکاری نظامی دو کشور را امضا کردند. "
     "شویگو که دیروز وارد تهران شد، نخستین وزیر دفاع روسیه است که پس از ۱۵ سال به ایران سفر می‌کند و قرار است فردا با علی شمخانی، دبیر شورای عالی امنیت ملی، دیدار کند. "
     "دهقان در پاسخ به پرسش خبرنگاران گفت موضوع سامانه اس-۳۰۰ در این دیدار مطرح نشد."),
     dates=[("امروز سه‌شنبه ۳۰ دی‌ماه", "2015-01-20", "j"), ("دیروز", "2015-01-19", "r"), ("فردا", "2015-01-21", "r")],
     contacts=[C(SHO, DEH, "meet", "2015-01-20"), C(SHO, DEH, "agreement", "2015-01-20"),
               C(SHO, [DEH, IR], "meet", "2015-01-19", True), C(SHO, SHAM, "meet", "2015-01-21")]),
dict(id="P15", pub="2015-06-16", text=(
     "به گزارش ایسنا، محمد فرهادی، وزیر علوم، تحقیقات و فناوری، که به مسکو سفر کرده است، روز گذشته با دیمیتری لیوانوف، وزیر آموزش و علوم روسیه، دیدار کرد و دو وزیر برنامه همکاری‌های علمی و آموزشی دو کشور برای سال‌های ٢٠١٥ تا ٢٠١٧ را امضا کردند. "
     "بر اساس این برنامه، سهمیه بورس تحصیلی دانشجویان ایرانی در دانشگاه‌های روسیه از ١٥٠ به ٣٠٠ نفر در سال افزایش می‌یابد. "
     "فرهادی امروز با ولادیمیر فورتوف، رئیس آکادمی علوم روسیه، دیدار می‌کند."),
     dates=[("روز گذشته", "2015-06-15", "r"), ("سال‌های ٢٠١٥ تا ٢٠١٧", "2015-01-01/2017-12-31", "g"), ("امروز", "2015-06-16", "r")],
     contacts=[C(LIV, FARH, "meet", "2015-06-15"), C(LIV, FARH, "agreement", "2015-06-15"), C(FORT, FARH, "meet", "2015-06-16")]),
dict(id="P16", pub="2016-05-18", text=(
     "رشت- ایرنا- الکساندر ژیلکین، استاندار آستراخان روسیه، و محمدعلی نجفی، استاندار گیلان، عصر دیروز در رشت دیدار و تفاهم‌نامه همکاری دو استان در زمینه کشتیرانی، گردشگری و صنایع غذایی را امضا کردند. "
     "ژیلکین که در رأس هیئتی ۶۰ نفره از فعالان اقتصادی به ایران آمده، امروز از بندر انزلی و منطقه آزاد آن بازدید می‌کند. "
     "نشست بعدی کارگروه مشترک دو استان اردیبهشت سال آینده در آستراخان برگزار خواهد شد."),
     dates=[("عصر دیروز", "2016-05-17", "r"), ("امروز", "2016-05-18", "r"), ("اردیبهشت سال آینده", "2017-04-21/2017-05-21", "j")],
     contacts=[C(ZHIL, NAJF, "meet", "2016-05-17"), C(ZHIL, NAJF, "agreement", "2016-05-17"),
               C(ZHIL, NAJF, "meet", "2017-04-21/2017-05-21", True)]),
dict(id="P17", pub="2016-08-13", text=(
     "به گزارش خبرگزاری مهر، کیانوش رستمی شامگاه جمعه ۲۲ مرداد در دسته ۸۵ کیلوگرم المپیک ریو با مجموع ۳۹۶ کیلوگرم رکورد جهان را شکست و نخستین مدال طلای کاروان ایران را به دست آورد. "
     "تیم وزنه‌برداری روسیه به دلیل پرونده‌های دوپینگ به حکم فدراسیون جهانی از حضور در این رقابت‌ها محروم شده است. "
     "سهراب مرادی امشب در دسته ۹۴ کیلوگرم روی تخته می‌رود و بهداد سلیمی روز سه‌شنبه ۲۶ مرداد در دسته فوق سنگین رقابت می‌کند."),
     dates=[("شامگاه جمعه ۲۲ مرداد", "2016-08-12", "j"), ("امشب", "2016-08-13", "r"), ("روز سه‌شنبه ۲۶ مرداد", "2016-08-16", "j")],
     contacts=[]),
dict(id="P18", pub="2016-12-27", text=(
     "به گزارش تسنیم، حسین جابری انصاری، معاون عربی و آفریقایی وزیر امور خارجه، امروز سه‌شنبه ۷ دی در مسکو با میخائیل بوگدانف، معاون وزیر خارجه و نماینده ویژه رئیس‌جمهور روسیه در امور خاورمیانه، درباره آتش‌بس سراسری در سوریه رایزنی کرد. "
     "این رایزنی یک هفته پس از نشست وزیران خارجه ایران، روسیه و ترکیه در مسکو انجام می‌شود؛ محمدجواد ظریف و سرگئی لاوروف سه‌شنبه گذشته در آن نشست دیدار دوجانبه نیز داشتند. "
     "قرار است مذاکرات صلح سوریه با میانجیگری ایران، روسیه و ترکیه اواخر ژانویه در آستانه برگزار شود."),
     dates=[("امروز سه‌شنبه ۷ دی", "2016-12-27", "j"), ("یک هفته پس از نشست وزیران خارجه", None, "ignore"),
            ("سه‌شنبه گذشته", "2016-12-20", "r"), ("اواخر ژانویه", "2017-01-21/2017-01-31", "g")],
     contacts=[C(BOGD, JABA, "meet", "2016-12-27"), C(LAV, ZAR, "meet", "2016-12-20"),
               C(RU, IR, "meet", "2017-01-21/2017-01-31", True)]),
dict(id="P19", pub="2017-06-08", text=(
     "به گزارش پایگاه اطلاع‌رسانی دولت، ولادیمیر پوتین در پیامی به حسن روحانی، حملات تروریستی دیروز چهارشنبه به ساختمان مجلس شورای اسلامی و حرم امام خمینی (ره) را محکوم کرد و به ملت ایران و خانواده قربانیان تسلیت گفت. "
     "سرگئی لاوروف نیز شامگاه دیروز در تماس تلفنی با محمدجواد ظریف همدردی مسکو را ابراز کرد. "
     "در این حملات که از ساعت ۱۰:۳۰ صبح آغاز شد، ۱۷ نفر جان باختند و داعش مسئولیت آن را بر عهده گرفت؛ مراسم تشییع قربانیان امروز پنجشنبه ۱۸ خرداد برابر با ۱۳ رمضان در تهران برگزار می‌شود."),
     dates=[("دیروز چهارشنبه", "2017-06-07", "r"), ("شامگاه دیروز", "2017-06-07", "r"), ("امروز پنجشنبه ۱۸ خرداد", "2017-06-08", "j"),
            ("۱۳ رمضان", "2017-06-08", "h")],
     contacts=[C(PUT, ROU, "message", "pub"), C(LAV, ZAR, "phone_call", "2017-06-07")]),
dict(id="P20", pub="2017-08-16", text=(
     "به گزارش شبکه اطلاع‌رسانی راه دانا، قرارداد برقی‌کردن خط‌آهن ۴۹۵ کیلومتری گرمسار–اینچه‌برون امروز چهارشنبه در تهران میان سعید محمدزاده، مدیرعامل راه‌آهن جمهوری اسلامی ایران، و مدیرعامل شرکت «راه‌آهن روسیه بین‌الملل» به امضا رسید. "
     "عباس آخوندی، وزیر راه و شهرسازی، و ماکسیم سوکولوف، وزیر حمل‌ونقل روسیه، پیش از مراسم امضا دیدار و گفت‌وگو کردند. "
     "ارزش این قرارداد ۱.۲ میلیارد یورو است و عملیات اجرایی آن از فروردین ۱۳۹۷ آغاز و در مدت ۴۸ ماه تکمیل می‌شود."),
     dates=[("امروز چهارشنبه", "2017-08-16", "r"), ("فروردین ۱۳۹۷", "2018-03-21/2018-04-20", "j")],
     contacts=[C(RZD, RAIIR, "agreement", "2017-08-16"), C(SOK, AKH, "meet", "2017-08-16")]),
dict(id="P21", pub="2017-12-02", text=(
     "به گزارش ورزش سه، مراسم قرعه‌کشی جام جهانی ۲۰۱۸ روسیه عصر دیروز جمعه در کاخ کرملین مسکو برگزار شد و ایران با اسپانیا، پرتغال و مراکش در گروه B قرار گرفت. "
     "شاگردان کارلوس کی‌روش نخستین دیدار خود را جمعه ۲۵ خرداد (۱۵ ژوئن) در ورزشگاه سن‌پترزبورگ برابر مراکش برگزار می‌کنند و ۳۰ خرداد در کازان با اسپانیا و ۴ تیر در سارانسک با پرتغال روبه‌رو می‌شوند. "
     "مراسم قرعه‌کشی از ساعت ۱۸:۳۰ به وقت تهران به صورت زنده از شبکه سه سیما پخش شد."),
     dates=[("جام جهانی ۲۰۱۸", None, "ignore"), ("عصر دیروز جمعه", "2017-12-01", "r"), ("جمعه ۲۵ خرداد", "2018-06-15", "j"),
            ("۱۵ ژوئن", "2018-06-15", "g"), ("۳۰ خرداد", "2018-06-20", "j"), ("۴ تیر", "2018-06-25", "j")],
     contacts=[]),
dict(id="P22", pub="2018-07-13", text=(
     "ولایتی پیام‌های رهبر انقلاب و رئیس‌جمهور را به پوتین تسلیم کرد\n"
     "جمعه ۲۲ تیر ۱۳۹۷ - ۰۹:۴۵\n"
     "کد خبر: ۱۷۶۹۰۴۲\n"
     "مسکو- خبرگزاری تسنیم- علی‌اکبر ولایتی، مشاور رهبر معظم انقلاب در امور بین‌الملل، عصر دیروز پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام‌های جداگانه حضرت آیت‌الله خامنه‌ای و حجت‌الاسلام والمسلمین حسن روحانی را به رئیس‌جمهور روسیه تسلیم کرد.\n"
     "ولایتی پس از این دیدار دوساعته به خبرنگاران گفت روسیه آماده است ۵۰ میلیارد دلار در صنایع نفت و گاز ایران سرمایه‌گذاری کند و پوتین بر ادامه همکاری دو کشور در سوریه تأکید کرد.\n"
     "مشاور رهبر انقلاب امروز با سرگئی لاوروف، وزیر امور خارجه روسیه، نیز دیدار خواهد کرد و شامگاه شنبه به تهران بازمی‌گردد.\n"
     "این سفر در آستانه نشست سران روسیه و آمریکا در هلسینکی انجام می‌شود که دوشنبه ۲۵ تیر (۱۶ ژوئیه) برگزار خواهد شد.\n"
     "آخرین دیدار ولایتی با پوتین ۸ بهمن ۱۳۹۴ در مسکو انجام شده بود.\n"
     "پوتین و روحانی نیز ۱۵ فروردین در آنکارا در نشست سه‌جانبه سران روند آستانه با حضور رجب طیب اردوغان گفت‌وگو کرده بودند و قرار است در اجلاس سران کشورهای ساحلی خزر که مردادماه در آکتائو برگزار می‌شود، دوباره دیدار کنند.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: علی‌اکبر ولایتی، ولادیمیر پوتین، روسیه، هلسینکی"),
     dates=[("جمعه ۲۲ تیر ۱۳۹۷", "2018-07-13", "j"), ("عصر دیروز پنجشنبه", "2018-07-12", "r"), ("امروز", "2018-07-13", "r"),
            ("شامگاه شنبه", "2018-07-14", "r"), ("دوشنبه ۲۵ تیر", "2018-07-16", "j"), ("۱۶ ژوئیه", "2018-07-16", "g"),
            ("۸ بهمن ۱۳۹۴", "2016-01-28", "j"), ("۱۵ فروردین", "2018-04-04", "j"), ("مردادماه", "2018-07-23/2018-08-22", "j")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"), C(PUT, ROU, "message", "2018-07-12"),
               C(LAV, VEL, "meet", "2018-07-13"), C(PUT, VEL, "meet", "2016-01-28"), C(PUT, ROU, "meet", "2018-04-04"),
               C(PUT, ROU, "meet", "2018-07-23/2018-08-22")]),
dict(id="P23", pub="2018-11-05", text=(
     "دور دوم تحریم‌های آمریکا علیه ایران که بخش‌های نفت، کشتیرانی و بانکی را هدف گرفته، از بامداد امروز دوشنبه ۱۴ آبان به اجرا درآمد. "
     "وزارت خزانه‌داری آمریکا نام بیش از ۷۰۰ شخص، نهاد و کشتی را به فهرست تحریم‌ها افزود و به هشت کشور از جمله چین، هند و ترکیه برای ادامه خرید نفت ایران معافیت ۱۸۰ روزه داد. "
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، گفت مسکو این تحریم‌ها را غیرقانونی می‌داند و همکاری اقتصادی خود با تهران را ادامه خواهد داد. "
     "دونالد ترامپ ۱۸ اردیبهشت خروج آمریکا از برجام را اعلام کرده بود."),
     dates=[("بامداد امروز دوشنبه ۱۴ آبان", "2018-11-05", "j"), ("۱۸ اردیبهشت", "2018-05-08", "j")],
     contacts=[]),
dict(id="P24", pub="2019-06-14", text=(
     "بیشکک- ایرنا- حسن روحانی و ولادیمیر پوتین ظهر امروز جمعه در حاشیه نوزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک دیدار و درباره پیامدهای خروج آمریکا از برجام و حمله روز پنجشنبه به دو نفتکش در دریای عمان گفت‌وگو کردند. "
     "دو رئیس‌جمهور فردا شنبه در دوشنبه، پایتخت تاجیکستان، در اجلاس سران کنفرانس تعامل و اعتمادسازی در آسیا (سیکا) نیز شرکت می‌کنند. "
     "پوتین و روحانی آخرین بار ۱۶ شهریور ۱۳۹۷ در نشست سه‌جانبه سران روند آستانه در تهران دیدار کرده بودند."),
     dates=[("ظهر امروز جمعه", "2019-06-14", "r"), ("روز پنجشنبه", "2019-06-13", "r"), ("فردا شنبه", "2019-06-15", "r"),
            ("۱۶ شهریور ۱۳۹۷", "2018-09-07", "j")],
     contacts=[C(PUT, ROU, "meet", "2019-06-14"), C(PUT, ROU, "meet", "2019-06-15", True), C(PUT, ROU, "meet", "2018-09-07")]),
dict(id="P25", pub="2019-10-23", text=(
     "به گزارش خبرگزاری مهر، محمدجواد آذری جهرمی، وزیر ارتباطات و فناوری اطلاعات، دیروز سه‌شنبه ۳۰ مهر در مسکو با کنستانتین نوسکوف، وزیر توسعه دیجیتال، ارتباطات و رسانه‌های جمعی روسیه، دیدار و تفاهم‌نامه همکاری در حوزه امنیت سایبری و اینترنت اشیا را امضا کرد. "
     "به گفته آذری جهرمی، همکاری در توسعه شبکه‌های نسل پنجم (5G) و پرتاب ماهواره «ناهید ۲» نیز در این دیدار بررسی شد. "
     "وزیر ارتباطات امروز چهارشنبه اول آبان از مرکز ملی فناوری‌های دیجیتال مسکو بازدید می‌کند و نشست بعدی کارگروه مشترک فناوری اطلاعات دو کشور فروردین ۱۳۹۹ در تهران برگزار می‌شود."),
     dates=[("دیروز سه‌شنبه ۳۰ مهر", "2019-10-22", "j"), ("امروز چهارشنبه اول آبان", "2019-10-23", "j"),
            ("فروردین ۱۳۹۹", "2020-03-20/2020-04-19", "j")],
     contacts=[C(NOSK, AZJ, "meet", "2019-10-22"), C(NOSK, AZJ, "agreement", "2019-10-22"),
               C(["Ministry of Digital Development", RU], ["Ministry of ICT", IR], "meet", "2020-03-20/2020-04-19", True)]),
dict(id="P26", pub="2020-02-28", text=(
     "دولت روسیه اعلام کرد از بامداد امروز جمعه ۹ اسفند پروازهای مسافری میان روسیه و ایران را به جز پروازهای شرکت آئروفلوت به تهران، به دلیل شیوع ویروس کرونا تعلیق می‌کند. "
     "سخنگوی وزارت بهداشت ایران شمار مبتلایان به کووید ۱۹ در کشور را ۳۸۸ نفر و شمار جان‌باختگان را ۳۴ نفر اعلام کرد؛ نخستین موارد ابتلا ۳۰ بهمن در قم تأیید شده بود. "
     "روسیه پیش‌تر از ۲۰ فوریه ورود شهروندان چین را ممنوع کرده بود و به گفته مقام‌های روس، تعلیق پروازها تا ۱۰ فروردین ادامه خواهد داشت."),
     dates=[("بامداد امروز جمعه ۹ اسفند", "2020-02-28", "j"), ("۳۰ بهمن", "2020-02-19", "j"), ("۲۰ فوریه", "2020-02-20", "g"),
            ("۱۰ فروردین", "2020-03-29", "j")],
     contacts=[]),
dict(id="P27", pub="2020-08-25", text=(
     "به گزارش خبرگزاری تسنیم، امیر سرتیپ امیر حاتمی، وزیر دفاع، که برای حضور در مجمع بین‌المللی نظامی-فنی «ارتش-۲۰۲۰» و نهمین کنفرانس امنیت بین‌الملل مسکو به روسیه سفر کرده است، عصر دیروز دوشنبه ۳ شهریور با ژنرال سرگئی شویگو دیدار کرد. "
     "دو وزیر درباره همکاری‌های دفاعی پس از پایان محدودیت‌های تسلیحاتی قطعنامه ۲۲۳۱ در پاییز امسال گفت‌وگو کردند. "
     "حاتمی امروز در کنفرانس امنیت مسکو سخنرانی می‌کند؛ او و شویگو پیش‌تر ۴ تیر در حاشیه رژه روز پیروزی در میدان سرخ گفت‌وگو کرده بودند."),
     dates=[("ارتش-۲۰۲۰", None, "ignore"), ("عصر دیروز دوشنبه ۳ شهریور", "2020-08-24", "j"), ("پاییز امسال", "2020-09-22/2020-12-20", "r"),
            ("امروز", "2020-08-25", "r"), ("۴ تیر", "2020-06-24", "j")],
     contacts=[C(SHO, HAT, "meet", "2020-08-24"), C(SHO, HAT, "meet", "2020-08-25", True), C(SHO, HAT, "meet", "2020-06-24")]),
dict(id="P28", pub="2021-01-27", text=(
     "به گزارش ایرنا، سعید نمکی، وزیر بهداشت، درمان و آموزش پزشکی، دیروز در تماس تلفنی با میخائیل موراشکو، وزیر بهداشت روسیه، درباره تأمین واکسن کووید ۱۹ ساخت روسیه گفت‌وگو کرد. "
     "سازمان غذا و دارو روز دوشنبه ۶ بهمن مجوز مصرف اضطراری واکسن «اسپوتنیک وی» را صادر کرد و نخستین محموله آن قرار است اواسط بهمن وارد کشور شود. "
     "کاظم جلالی، سفیر ایران در مسکو، هفته گذشته با کیریل دیمیتریف، مدیرعامل صندوق سرمایه‌گذاری مستقیم روسیه، درباره خرید ۲ میلیون دوز از این واکسن دیدار کرده بود."),
     dates=[("دیروز", "2021-01-26", "r"), ("روز دوشنبه ۶ بهمن", "2021-01-25", "j"), ("اواسط بهمن", "2021-01-30/2021-02-08", "j"),
            ("هفته گذشته", "2021-01-16/2021-01-22", "r")],
     contacts=[C(MUR, NAM, "phone_call", "2021-01-26"), C(DMI, JAL, "meet", "2021-01-16/2021-01-22")]),
dict(id="P29", pub="2021-05-26", text=(
     "به گزارش اعتماد آنلاین، حسن روحانی در جلسه امروز هیئت دولت اعلام کرد استخراج رمزارزها تا ۳۱ شهریور به دلیل افزایش مصرف برق در تابستان ممنوع است. "
     "مصرف برق کشور روز دوشنبه ۳ خرداد به رکورد ۵۷ هزار و ۴۰۰ مگاوات رسید و خاموشی‌های برنامه‌ریزی‌شده در تهران از ۲۰ اردیبهشت آغاز شده است. "
     "به گفته وزارت نیرو، حدود ۸۵ درصد دستگاه‌های استخراج فعال در کشور غیرمجازند و هر دستگاه ۳ کیلووات برق مصرف می‌کند."),
     dates=[("امروز", "2021-05-26", "r"), ("۳۱ شهریور", "2021-09-22", "j"), ("روز دوشنبه ۳ خرداد", "2021-05-24", "j"),
            ("۲۰ اردیبهشت", "2021-05-10", "j")],
     contacts=[]),
dict(id="P30", pub="2021-10-06", text=(
     "امیرعبداللهیان در مسکو: پیمان همکاری ۲۰ ساله ایران و روسیه به‌روزرسانی می‌شود\n"
     "چهارشنبه ۱۴ مهر ۱۴۰۰ - ۱۸:۱۵\n"
     "کد خبر ۱۵۶۷۳۴۲\n"
     "به گزارش خبرآنلاین به نقل از خبرگزاری مهر، حسین امیرعبداللهیان، وزیر امور خارجه، که دیروز سه‌شنبه در نخستین سفر رسمی خود به روسیه وارد مسکو شد، امروز با سرگئی لاوروف دیدار و گفت‌وگو کرد.\n"
     "دو وزیر در نشست خبری مشترک اعلام کردند تهران و مسکو متن «معاهده درباره مبانی روابط متقابل و اصول همکاری» را که ۲۲ اسفند ۱۳۷۹ در مسکو به امضای سید محمد خاتمی و ولادیمیر پوتین رسید، به‌روزرسانی می‌کنند.\n"
     "لاوروف گفت مسکو از ازسرگیری هرچه زودتر مذاکرات وین برای احیای برجام حمایت می‌کند و امیرعبداللهیان تأکید کرد ایران به میز مذاکره بازمی‌گردد.\n"
     "وزیر خارجه کشورمان فردا پنجشنبه با ویاچسلاو ولودین، رئیس دومای دولتی، دیدار می‌کند و بعدازظهر جمعه به تهران بازمی‌گردد.\n"
     "امیرعبداللهیان و لاوروف ۲۶ شهریور نیز در حاشیه اجلاس سران سازمان همکاری شانگهای در دوشنبه دیدار کرده بودند؛ ایران در همان اجلاس به عنوان عضو دائم این سازمان پذیرفته شد.\n"
     "ابراهیم رئیسی و ولادیمیر پوتین هم ۲۵ مرداد در نخستین گفت‌وگوی تلفنی خود پس از آغاز به کار دولت سیزدهم بر گسترش همکاری‌ها تأکید کرده بودند.\n"
     "انتهای پیام\n"
     "برچسب‌ها: حسین امیرعبداللهیان، سرگئی لاوروف، روسیه، برجام\n"
     "کلیه حقوق برای خبرآنلاین محفوظ است © 2021"),
     dates=[("چهارشنبه ۱۴ مهر ۱۴۰۰", "2021-10-06", "j"), ("دیروز سه‌شنبه", "2021-10-05", "r"), ("امروز", "2021-10-06", "r"),
            ("۲۲ اسفند ۱۳۷۹", "2001-03-12", "j"), ("فردا پنجشنبه", "2021-10-07", "r"), ("بعدازظهر جمعه", "2021-10-08", "r"),
            ("۲۶ شهریور", "2021-09-17", "j"), ("۲۵ مرداد", "2021-08-16", "j"), ("© 2021", None, "ignore")],
     contacts=[C(LAV, AMI, "meet", "2021-10-06"), C(LAV, AMI, "meet", "2021-10-05", True),
               C([PUT, RU], [KHAT, IR], "agreement", "2001-03-12"), C(PUT, KHAT, "meet", "2001-03-12", True),
               C(VOL, AMI, "meet", "2021-10-07"), C(LAV, AMI, "meet", "2021-09-17"), C(PUT, RAI, "phone_call", "2021-08-16")]),
dict(id="P31", pub="2022-03-02", text=(
     "به گزارش ایندیپندنت فارسی، یک هفته پس از آغاز حمله نظامی روسیه به اوکراین در بامداد پنجشنبه ۵ اسفند (۲۴ فوریه)، ارزش روبل در برابر دلار بیش از ۳۰ درصد سقوط کرده است. "
     "اتحادیه اروپا اعلام کرد دسترسی هفت بانک روسی به سامانه پیام‌رسان مالی سوئیفت از ۱۲ مارس قطع می‌شود. "
     "سعید خطیب‌زاده، سخنگوی وزارت امور خارجه ایران، دوشنبه گذشته در نشست خبری هفتگی خود ریشه بحران را گسترش ناتو به شرق دانست و قیمت هر بشکه نفت برنت امروز از ۱۱۰ دلار گذشت."),
     dates=[("یک هفته پس از آغاز حمله نظامی روسیه به اوکراین", None, "ignore"), ("بامداد پنجشنبه ۵ اسفند", "2022-02-24", "j"),
            ("۲۴ فوریه", "2022-02-24", "g"), ("۱۲ مارس", "2022-03-12", "g"), ("دوشنبه گذشته", "2022-02-28", "r"),
            ("امروز", "2022-03-02", "r")],
     contacts=[]),
dict(id="P32", pub="2022-05-25", text=(
     "به گزارش خبرگزاری ایرنا، کاظم جلالی، سفیر جمهوری اسلامی ایران در مسکو، دیروز سه‌شنبه با ویاچسلاو ولودین، رئیس دومای دولتی روسیه، دیدار و دعوت‌نامه محمدباقر قالیباف، رئیس مجلس شورای اسلامی، برای سفر به تهران را به او تسلیم کرد. "
     "ولودین این دعوت را پذیرفت و گفت اواخر خرداد در رأس هیئتی پارلمانی به تهران سفر خواهد کرد. "
     "ولودین ۳۰ دی ۱۴۰۰ میزبان سخنرانی آیت‌الله رئیسی در صحن دومای دولتی بود."),
     dates=[("دیروز سه‌شنبه", "2022-05-24", "r"), ("اواخر خرداد", "2022-06-11/2022-06-21", "j"), ("۳۰ دی ۱۴۰۰", "2022-01-20", "j")],
     contacts=[C(VOL, JAL, "meet", "2022-05-24"), C(VOL, GHA, "message", "2022-05-24"),
               C(VOL, GHA, "meet", "2022-06-11/2022-06-21"), C(VOL, RAI, "meet", "2022-01-20")]),
dict(id="P33", pub="2022-10-12", text=(
     "به گزارش خبرگزاری ایسنا، سید حمید سجادی، وزیر ورزش و جوانان، دیروز در حاشیه مجمع بین‌المللی «روسیه، قدرت ورزشی» در کازان با اولگ ماتیتسین، وزیر ورزش روسیه، دیدار کرد و دو وزیر تفاهم‌نامه همکاری در ورزش قهرمانی و پزشکی ورزشی را امضا کردند. "
     "سفر ماتیتسین به تهران که قرار بود ۱۰ مهر انجام شود، به درخواست طرف روس لغو شده بود. "
     "سجادی گفت اردوی مشترک تیم‌های ملی کشتی آزاد دو کشور آذرماه در روسیه برگزار می‌شود و ۴۰ کشتی‌گیر ایرانی در آن شرکت می‌کنند."),
     dates=[("دیروز", "2022-10-11", "r"), ("۱۰ مهر", "2022-10-02", "j"), ("آذرماه", "2022-11-22/2022-12-21", "j")],
     contacts=[C(MATY, SAJ, "meet", "2022-10-11"), C(MATY, SAJ, "agreement", "2022-10-11")]),
dict(id="P34", pub="2023-03-11", text=(
     "به گزارش شرق، ایران و عربستان سعودی روز جمعه ۱۹ اسفند در پایان چهار روز مذاکره در پکن با میانجیگری چین توافق کردند ظرف دو ماه روابط دیپلماتیک خود را از سر بگیرند و سفارتخانه‌ها را بازگشایی کنند. "
     "روابط دو کشور از ۱۳ دی ۱۳۹۴ در پی حمله به سفارت عربستان در تهران قطع شده بود و پنج دور گفت‌وگو از آوریل ۲۰۲۱ در بغداد برگزار شد. "
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، دیروز از این توافق استقبال کرد."),
     dates=[("روز جمعه ۱۹ اسفند", "2023-03-10", "j"), ("۱۳ دی ۱۳۹۴", "2016-01-03", "j"), ("آوریل ۲۰۲۱", "2021-04", "g"),
            ("دیروز", "2023-03-10", "r")],
     contacts=[]),
dict(id="P35", pub="2023-07-11", text=(
     "یکاترینبورگ- ایرنا- سید رضا فاطمی امین، وزیر صنعت، معدن و تجارت، که برای شرکت در نمایشگاه صنعتی «اینوپروم ۲۰۲۳» به روسیه سفر کرده، دیروز دوشنبه با دنیس مانتوروف، معاون نخست‌وزیر و وزیر صنعت و تجارت روسیه، دیدار کرد. "
     "دو طرف درباره تولید مشترک قطعات هواپیمای سوخو سوپرجت ۱۰۰ و خودروهای سبک گفت‌وگو کردند و مقرر شد سند همکاری صنعتی دو کشور در اجلاس کمیسیون مشترک که شهریور در تهران برگزار می‌شود، امضا شود. "
     "دیمیتری پسکوف، سخنگوی کرملین، امروز گزارش برخی رسانه‌ها درباره سفر ولادیمیر پوتین به تهران در ماه آینده را تکذیب کرد."),
     dates=[("اینوپروم ۲۰۲۳", None, "ignore"), ("دیروز دوشنبه", "2023-07-10", "r"), ("شهریور", "2023-08-23/2023-09-22", "j"),
            ("امروز", "2023-07-11", "r"), ("ماه آینده", "2023-07-23/2023-08-22", "r")],
     contacts=[C(MANT, FAT, "meet", "2023-07-10"), C([MANT, RU], [FAT, IR], "meet", "2023-08-23/2023-09-22", True),
               C([MANT, RU], [FAT, IR], "agreement", "2023-08-23/2023-09-22", True)]),
dict(id="P36", pub="2024-08-05", text=(
     "تهران- ایرنا- سرگئی شویگو، دبیر شورای امنیت فدراسیون روسیه، امروز دوشنبه ۱۵ مرداد در تهران با مسعود پزشکیان، رئیس‌جمهور، دیدار کرد و دعوت‌نامه ولادیمیر پوتین برای حضور در اجلاس سران بریکس در کازان (۱ تا ۳ آبان) را به او تسلیم کرد. "
     "شویگو پیش از این دیدار با علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، و سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، گفت‌وگو کرده بود. "
     "این سفر پنج روز پس از ترور اسماعیل هنیه در بامداد ۱۰ مرداد در تهران انجام می‌شود؛ پوتین ۱۶ تیر نیز در پیامی پیروزی پزشکیان در انتخابات ریاست‌جمهوری را تبریک گفته بود."),
     dates=[("امروز دوشنبه ۱۵ مرداد", "2024-08-05", "j"), ("۱ تا ۳ آبان", "2024-10-22/2024-10-24", "j"),
            ("پنج روز پس از ترور اسماعیل هنیه", None, "ignore"), ("بامداد ۱۰ مرداد", "2024-07-31", "j"), ("۱۶ تیر", "2024-07-06", "j")],
     contacts=[C(SHO24, PEZ, "meet", "2024-08-05"), C(PUT, PEZ, "message", "2024-08-05"), C(SHO24, AHM, "meet", "2024-08-05"),
               C(SHO24, BAG, "meet", "2024-08-05"), C(PUT, PEZ, "message", "2024-07-06"),
               C(PUT, PEZ, "meet", "2024-10-22/2024-10-24", True)]),
dict(id="P37", pub="2024-11-12", text=(
     "طلوع‌نیوز- نورالدین عزیزی، سرپرست وزارت صنعت و تجارت امارت اسلامی، روز دوشنبه ۲۱ عقرب در کابل با الکسی اورچوک، معاون نخست‌وزیر روسیه، دیدار کرد و دو طرف درباره افزایش میزان تجارت و حمل و نقل ترانزیتی از طریق آسیای میانه گفتگو کردند. "
     "به گفته این وزارت، حجم تجارت افغانستان و روسیه در شش ماه نخست سال ۱۴۰۳ به ۵۰۰ میلیون دالر رسیده و یک هیئت تجاری افغانستان در ماه قوس در نمایشگاهی در مسکو اشتراک می‌کند. "
     "این دیدار ساعت ۱۰ قبل از چاشت برگزار شد؛ هیئت امارت اسلامی در ماه ثور سال جاری نیز در «کازان فوروم» حضور یافته بود."),
     dates=[("روز دوشنبه ۲۱ عقرب", "2024-11-11", "j"), ("شش ماه نخست سال ۱۴۰۳", "2024-03-20/2024-09-21", "j"),
            ("ماه قوس", "2024-11-21/2024-12-20", "j"), ("ماه ثور سال جاری", "2024-04-20/2024-05-20", "j")],
     contacts=[]),
dict(id="P38", pub="2025-04-18", text=(
     "عراقچی نامه رهبر انقلاب را به پوتین تسلیم کرد\n"
     "جمعه ۲۹ فروردین ۱۴۰۴ / ۲۰ شوال ۱۴۴۶ / ۱۰:۲۰\n"
     "کد خبر: 1404012915642\n"
     "مسکو- ایسنا- سید عباس عراقچی، وزیر امور خارجه، دیروز پنجشنبه ۲۸ فروردین در کاخ کرملین با ولادیمیر پوتین دیدار کرد و نامه حضرت آیت‌الله خامنه‌ای را به رئیس‌جمهور روسیه تسلیم کرد.\n"
     "عراقچی پس از این دیدار گفت نامه درباره روند مذاکرات غیرمستقیم با آمریکاست که نخستین دور آن شنبه گذشته در مسقط برگزار شد و دور دوم فردا شنبه در رم برگزار می‌شود.\n"
     "وزیر خارجه کشورمان پیش از دیدار با پوتین، صبح دیروز با سرگئی لاوروف در ساختمان وزارت امور خارجه روسیه گفت‌وگو کرده بود.\n"
     "پوتین در این دیدار گفت معاهده مشارکت راهبردی جامع که ۲۸ دی‌ماه گذشته (۱۷ ژانویه) در مسکو به امضای او و مسعود پزشکیان رسید، هفته گذشته به تصویب دومای دولتی رسیده است.\n"
     "قرار است علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، اواسط اردیبهشت برای شرکت در نشست بین‌المللی مقامات عالی امنیتی به مسکو سفر کند و با سرگئی شویگو دیدار کند.\n"
     "پوتین و پزشکیان پیش‌تر ۲ آبان ۱۴۰۳ در حاشیه اجلاس بریکس در کازان و ۲۰ مهر ۱۴۰۳ در عشق‌آباد دیدار کرده بودند.\n"
     "انتهای پیام\n"
     "برچسب‌ها: عباس عراقچی، ولادیمیر پوتین، روسیه، معاهده راهبردی\n"
     "کلیه حقوق این سایت متعلق به خبرگزاری دانشجویان ایران است © ۱۴۰۴"),
     dates=[("جمعه ۲۹ فروردین ۱۴۰۴", "2025-04-18", "j"), ("۲۰ شوال ۱۴۴۶", "2025-04-18", "h"),
            ("دیروز پنجشنبه ۲۸ فروردین", "2025-04-17", "j"), ("شنبه گذشته", "2025-04-12", "r"), ("فردا شنبه", "2025-04-19", "r"),
            ("صبح دیروز", "2025-04-17", "r"), ("۲۸ دی‌ماه گذشته", "2025-01-17", "j"), ("۱۷ ژانویه", "2025-01-17", "g"),
            ("هفته گذشته", "2025-04-05/2025-04-11", "r"), ("اواسط اردیبهشت", "2025-05-01/2025-05-10", "j"),
            ("۲ آبان ۱۴۰۳", "2024-10-23", "j"), ("۲۰ مهر ۱۴۰۳", "2024-10-11", "j"), ("© ۱۴۰۴", None, "ignore")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17"), C(LAV, ARA, "meet", "2025-04-17"),
               C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(SHO24, AHM, "meet", "2025-05-01/2025-05-10"), C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11")]),
dict(id="P39", pub="2025-06-14", text=(
     "به گزارش ایران اینترنشنال، اسرائیل از بامداد جمعه ۲۳ خرداد در حملاتی گسترده تأسیسات هسته‌ای نطنز و شماری از فرماندهان ارشد نظامی ایران را هدف قرار داد و ایران شامگاه همان روز با شلیک موشک‌های بالستیک به اسرائیل پاسخ داد. "
     "دور ششم مذاکرات ایران و آمریکا که قرار بود یکشنبه ۲۵ خرداد در مسقط برگزار شود، لغو شد. "
     "وزارت امور خارجه روسیه در بیانیه‌ای حملات اسرائیل را «غیرقابل قبول» خواند و سازمان هواپیمایی کشوری ایران اعلام کرد فضای هوایی کشور تا ساعت ۱۴ روز دوشنبه بسته می‌ماند."),
     dates=[("بامداد جمعه ۲۳ خرداد", "2025-06-13", "j"), ("شامگاه همان روز", None, "ignore"), ("یکشنبه ۲۵ خرداد", "2025-06-15", "j"),
            ("ساعت ۱۴ روز دوشنبه", "2025-06-16", "r")],
     contacts=[]),
dict(id="P40", pub="2026-01-13", text=(
     "به گزارش شانا، محسن پاک‌نژاد، وزیر نفت، امروز سه‌شنبه ۲۳ دی در تهران با سرگئی تسیویلف، وزیر انرژی روسیه، دیدار و درباره اجرای قرارداد سوآپ گاز روسیه از مسیر جمهوری آذربایجان گفت‌وگو کرد. "
     "بر پایه توافق دو طرف، نوزدهمین اجلاس کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه که قرار بود ۲۵ دی در تهران برگزار شود، به نیمه دوم بهمن موکول شد. "
     "تسیویلف فردا با عباس علی‌آبادی، وزیر نیرو، درباره ساخت نیروگاه‌های حرارتی با مشارکت شرکت‌های روس دیدار می‌کند؛ گازپروم و شرکت ملی گاز ایران تیر ۱۴۰۳ تفاهم‌نامه‌ای برای صادرات سالانه ۵۵ میلیارد مترمکعب گاز امضا کرده بودند."),
     dates=[("امروز سه‌شنبه ۲۳ دی", "2026-01-13", "j"), ("۲۵ دی", "2026-01-15", "j"), ("نیمه دوم بهمن", "2026-02-05/2026-02-19", "j"),
            ("فردا", "2026-01-14", "r"), ("تیر ۱۴۰۳", "2024-06-21/2024-07-21", "j")],
     contacts=[C(TSIV, PAK, "meet", "2026-01-13"), C(TSIV, PAK, "meet", "2026-02-05/2026-02-19", True),
               C(TSIV, ALIA, "meet", "2026-01-14"), C(GAZ, NIGC, "agreement", "2024-06-21/2024-07-21")]),
]
