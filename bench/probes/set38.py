# Held-out probe set 38: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 12 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A12, A21, A30, A38) and 36 SNIPPETS of 1–3 sentences (the other ids; A01, A02, A03,
# A06, A08–A11, A23–A25, A27–A29, A32, A33, A35, A36 and A39 open with a header line), publication dates 2010–2026 (two or
# three a year, ids in date order).  27 are about Russia–Iran contacts; 13 are general news that name Russia or Iran but hold
# no Russia–Iran contact: A05, A07, A08, A11, A14, A16, A19, A20, A24, A26, A27, A31, A32.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set34 and set36 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set36 were listed (with ast, no values) so that this module defines the same kind of names (name constants
# and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of Asharq Al-Awsat (A01 «الثلاثاء 04 صفر 1431 هـ 19 يناير 2010 العدد 11375»,
# «أمس (الاثنين)», «21 أكتوبر (تشرين الأول) الماضي»; A29 «الجمعة - 6 جمادى الأولى 1443 هـ - 10 ديسمبر 2021 مـ رقم العدد
# [15718]»; A32 «بين 6 و10 مارس (آذار) الحالي»), Al Jazeera Net (A02 old header «الأحد 12/9/1431 هـ - الموافق 22/8/2010 م (آخر
# تحديث) الساعة 10:07 (مكة المكرمة)»; A25 «نشر في 20/3/2020»), Al-Alam (A03 «الخميس 12 ذو الحجة 1431 - 18 تشرين الثاني 2010»,
# Hijri without هـ; A28), IRNA Arabic (A04 «طهران/ 4 بهمن/ إرنا» with «النصف الثاني من شهر بهمن»; A15 «صباح أمس السبت 9 آبان (31
# تشرين الأول/أكتوبر)»; A22 «موسكو/ 7 آذر/ إرنا»; A40 «طهران/ 1 أرديبهشت/ إرنا», «يومي 12 و13 مرداد المقبل»), El Khabar (A05
# Algerian «جوان», «جويلية», «أفريل»), Al Arabiya (A06 «الثلاثاء 18 جمادى الأولى 1433هـ - 10 أبريل 2012م»; A26), KUNA (A07 «طهران
# - 12 - 8 (كونا) --»), Annahar (A08 «السبت 16 شباط 2013 - السنة 80 - العدد 24976», «ليل الجمعة – السبت»), Fars Arabic (A09
# «الأحد 26 خرداد 1392 - 16 حزيران 2013»; A33 «الأربعاء ٢٥ مرداد ١٤٠٢ - ١٦ أغسطس ٢٠٢٣», Eastern-Arabic digits), RT Arabic (A10
# «تاريخ النشر: 12.12.2013 | 14:20 GMT»), Youm7 (A11 «السبت، 08 فبراير 2014 - 11:42 ص»), Sputnik Arabic (A12 «09:15 12.11.2014
# (محدثة 11:40 12.11.2014)», «© سبوتنيك 2014»; A18), Al Mayadeen (A13; A34 «3+3»), Al-Quds Al-Arabi (A14, A16 «بين عامي 2011
# و2015»), Al-Manar (A17 «أول أمس الاثنين»; A37 «ليل 21–22 حزيران/يونيو», «يومي الأربعاء والخميس»), Shafaq News (A19 «غداً
# الثلاثاء 14 تشرين الثاني»), Hespress (A20 Moroccan «يوليوز», «ما بين 30 يونيو و3 يوليوز»), Tasnim Arabic (A21 «الجمعة 22 تير
# 1397 - 13 تموز 2018 - 10:35», «رقم الخبر»), SANA (A23 «تاريخ النشر: 2019-02-14», «سوتشي-سانا»), Independent Arabia (A24 «من مساء
# الخميس المقبل حتى يوم السبت 6 أبريل (نيسان)»; A38 «أمس الإثنين», «أمس الأول الأحد», «© اندبندنت عربية 2025»), Al-Ahram (A27
# «الأحد ١٠ من ذى القعدة ١٤٤٢ هـ ٢٠ يونيو ٢٠٢١ السنة ١٤٥ العدد ٤٩١٥٤»; A35 «الاثنين ١٥ من رمضان ١٤٤٥ هـ ٢٥ مارس ٢٠٢٤»), Al-Akhbar
# (A30 «موسكو |», «العدد ٤٥٣٥»), QNA (A31 «الدوحة في 25 نوفمبر /قنا/»), Sky News Arabia (A36 «الثلاثاء 6 أغسطس 2024 - 11:05
# بتوقيت أبوظبي») and Echorouk (A39 Algerian «فيفري», «جانفي», «أفريل», «جويلية», header «الثلاثاء 24 فيفري 2026 م الموافق لـ 7
# رمضان 1447 هـ»).
# Contacts: presidents (Medvedev–Ahmadinejad A03 with a 2009 meeting recalled; Putin–Rouhani cables A09, A18, recalled visit and
# Qingdao A18, A21, A30, Sochi trilateral A23, condolence cable A15; Putin–Raisi video call and Moscow visit A30, call A28,
# condolence cable A35; Putin–Pezeshkian A36 (hoped), A37 (treaty), A38 (Tianjin, Ashgabat, Kazan, the 2025 treaty, the
# 2026 Caspian summit), A40 (call, cables, planned Caspian summit)), the Leader (his message carried by Velayati and Putin's
# reply A21), foreign ministers (Lavrov–Salehi A04 letter via the ambassador, A06 call; –Zarif A10, A15, A25; Lavrov–Raisi and
# –Amir-Abdollahian A34, A35; Lavrov–Araghchi planned A40, Araghchi's Moscow visit cancelled A40), deputy FMs and envoys
# (Ryabkov–Sajjadi A01, Sadovnikov–Salehi A04, Bogdanov–Jaberi Ansari A17, Bogdanov–Jalali A22, Ulyanov–Bagheri Kani A29),
# ambassadors (Jalali's credentials to Putin A22), security council secretaries (Shoigu–Shamkhani A13, Patrushev–Velayati A21,
# Shoigu–Ahmadian and –Pezeshkian A36), defence ministers (Shoigu–Dehghan agreement A13, Shoigu–Gharaei Ashtiani A33,
# Belousov–Nasirzadeh A37), speakers (Volodin–Raisi, –Ghalibaf A28; Volodin at the Duma address A30 and the inauguration A36;
# Ghalibaf–Volodin and –Putin A39), Rosatom–AEOI (Kiriyenko–Salehi A02 fuel loading, A12 contract), treaties and contracts
# recalled (1992 and 1995 Bushehr A02, A12; 2001 treaty A30; 2017 oil and gas deals A21; 2025 treaty A37, A38); meetings,
# visits, Caspian (A03), SCO (A09, A18, A21, A37, A38), BRICS (A36, A38, A39), Astana (A23), 3+3 (A34) and Iran–5+1 / JCPOA
# rounds (A04, A06, A10, A12, A29, A30); phone calls (A06, A15, A25, A28, A35, A40), a video call (A30), letters carried by
# envoys (A04, A21, A28), congratulation cables (A09, A18, A40), condolence cables (A15, A35), invitations (A09, A33, A38,
# A39), planned (A04, A06, A10, A12, A13, A17, A21, A28, A29, A33, A34, A36, A38, A39, A40), postponed (A39), cancelled
# (A40) and denied (A25 a presidents' call, A29 a visit) contacts, and background in «وكان … قد …».
# Traps: third-country contacts only (A05 Algeria–Russia, A26 Lavrov with Armenia and Azerbaijan and an Iranian statement, A32
# Saudi–Iran–China and a Kremlin comment), sport (A11 Sochi Olympics, A16 the IOC on Russia, A20 Morocco–Iran in Russia, A31
# Iran–Wales), disasters (A07, A19 earthquakes, A08 meteor, A14 Mina, A24 floods), an election (A27); inside Russia–Iran
# stories the P5+1 directors without Iran (A01), Putin–Trump (A21), Pezeshkian–Xi / Modi (A38), Nasirzadeh–Dong Jun (A37),
# Jaberi Ansari–Assad (A17), deliveries (A02 fuel, A25 test kits), a plant handover (A12), joint drills (A30), entry into
# force (A10, A38), a frozen contract (A13); «5+1», «3+3», «90+8», «إس-300», «إس-400», «سو-35», «A321», «كوفيد-19», «داعش-خراسان»,
# resolution 1929, issue and news numbers, scores, match minutes, clock times, magnitudes, money, counts, durations,
# percentages, weights, sizes, ordinals of summits and sessions.
# Every Islamic (Umm al-Qura) and Solar Hijri conversion and every stated weekday was checked with hijridate / jdatetime / datetime;
# the file was checked to parse and every listed span to occur in its case text in list order without overlaps (the k-th listing
# of a span text is its k-th occurrence).
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search: a span text listed k times is its first k occurrences, so every list is in text order;
#   no listed span text occurs earlier inside another word or span than the mention it stands for.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts, give
#   no row.
# Conventions: /work/shared/gold/README.md plus the headers of set34 and set36 (and through them set13, set16, set19–set32 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية (a
#   past point) = 21 to month end, النصف الأول / الثاني من + month = 1–15 / 16 to month end; «الأسبوع الماضي / المقبل» =
#   previous / next MONDAY–SUNDAY week; Arabic relative years and months are Gregorian («العام المقبل» = "YYYY", «هذا العام»
#   and «العام الجاري» = pub year, «الأشهر العشرة الأولى من العام الجاري» = 1 January – 31 October); a Gregorian month glossed
#   by its twin is one mention; «من X إلى Y» and «بين X و Y» are one range mention («من» / «بين» inside); «يومي 8 و9 حزيران» is
#   two mentions (bare first day, then day + month); a weekday next to its date belongs to it, «يوم» inside before a weekday and
#   outside before a bare number; a relative word joined to a written date is one mention in the written calendar; a relative
#   word + weekday alone is r; a header in two calendars is one mention per calendar, the weekday going with the first; the
#   «هـ» / «م» / «مـ» of a header date and a trailing الماضي / المقبل / الجاري / الحالي are inside the span; «منذ», «حتى»
#   (of a deadline), «اعتباراً من», «ابتداء من», «الموافق» stay outside; «الخميس الماضي» = the last such weekday strictly before
#   pub, a bare past weekday = on or before pub, a future one = after pub; KUNA's «12 - 8», QNA's «الدوحة في 25 نوفمبر», a Solar
#   Hijri dateline day are mentions of the pub day; «12.12.2013» = D.M.Y, «20/3/2020» = D/M/Y (g); a Solar Hijri date in Arabic
#   text is j, a Solar month with no year the nearest one in the sentence's direction; «18 من الشهر نفسه», «بين 21 و23 من
#   الشهر الجاري» are resolved (g); time-of-day words inside a span never change its value; a day inside a reference to an
#   event («منذ تدافع عام 1990») is a mention; «عيد النوروز» with no date of its own = 1 Farvardin (j); holiday names beside
#   their own date, «منذ + duration», anaphoric and event-relative expressions («اليوم نفسه», «عشية», «قبيل», «بعد يومين من»,
#   «بعد ساعات من», «قبل أربعة أيام من», «بعد أقل من أسبوع على»), vague ones, deadlines, «مطلع العام المقبل», «مطلع الأسبوع
#   المقبل», completion horizons («في غضون شهرين»), school years («2011/2012»), years inside event names («كأس العالم روسيا
#   2018», «الجيش-2023») and copyright years are ignore lines, while the last day of a weather forecast is a mention; issue /
#   news numbers, counts, durations, percentages, money, clock times, scores, model numbers, «5+1», «3+3» and ordinals get no
#   line.
#   Contacts as in those headers: treaty signed by two presidents → required agreement + optional meet; company / agency
#   contracts → required agreement; an agreement signed by two ministers / heads of agencies → required agreement + optional
#   meet the same day (a required meet when their talks are reported too, A12); a trilateral where both sides sit together →
#   required (a bilateral the same day is the same row), its statement → optional agreement; Iran–5+1 / JCPOA rounds with no
#   bilateral → optional country-level rows; envoy handing over a leader's or minister's letter → meet (envoy–host) + message
#   (sender–addressee); congratulation and condolence cables on a stated day → required message; greetings / condolences a
#   minister or president conveys in his own call → optional message; planned contacts with a stated day, interval or relative
#   week / month / year → required, possibilities and undated hopes → optional with None; an invitation handed over at a dated
#   meeting and not said to be accepted → optional message that day + optional undated meet, one said to have been sent with no
#   date → optional message "any"; a postponed joint commission → optional meet at its new date; joint commissions and
#   multilateral meetings (Astana rounds, the 3+3 platform, the Caspian summit) with no bilateral stated → optional; a visitor
#   addressing or attending the other side's plenary / ceremony with no bilateral stated → optional meet; the arrival day
#   before the dated meetings of a visit → optional meet with country-level host names; treaties and contracts recalled by
#   year, month or date → required agreements; a contact dated by «في اليوم نفسه» takes that day; cancelled and denied contacts,
#   deliveries, handovers, drills, decrees and entry into force give no row.
# Decided here where nothing above says (set38):
#   Al Jazeera's old header «الأحد 12/9/1431 هـ - الموافق 22/8/2010 م» = D/M/Y in each calendar: one h and one g mention, «هـ» /
#   «م» inside, «الموافق» outside (A02); SANA's ISO «2019-02-14» = Y-M-D (g, A23); Sputnik's «09:15 12.11.2014 (محدثة 11:40
#   12.11.2014)» = two g mentions of the pub day (A12); Echorouk's «الثلاثاء 24 فيفري 2026 م الموافق لـ 7 رمضان 1447 هـ» = one g
#   and one h mention, «الموافق لـ» outside (A39).  «النصف الثاني من شهر بهمن» = 16–30 Bahman (j, A04), the Gregorian half-month
#   rule applied to a Solar month.  «ابتداء من يوم الأحد 19 جوان الجاري إلى غاية 7 جويلية المقبل» is one range, «ابتداء» outside
#   and «من» inside (A05); «من مساء الخميس المقبل حتى يوم السبت 6 أبريل (نيسان)» is one range with «حتى» inside, written in
#   the calendar of its written end (g, A24); «ما بين 30 يونيو و3 يوليوز» is one range with «ما بين» inside (A20); «بين عامي
#   2011 و2015» = 1 January 2011 – 31 December 2015 (g, A16).  «أول أمس الاثنين» (without «من», A17) and «أمس الأول الأحد» (A38)
#   = pub − 2 (r), like «أول من أمس».  A night named by two consecutive days («ليل الجمعة – السبت» A08 r, «ليل 21–22
#   حزيران/يونيو» A37 g) = the first of them.  «يومي الأربعاء والخميس» = two r mentions, the bare weekdays, «يومي» outside (A37),
#   like «يومي 18 و19».  «الأسبوع الجاري» = the Monday–Sunday week containing pub (r, A40).  A decade («سبعينيات القرن الماضي»,
#   A12), «نهاية الأسبوع» in a forecast (A07), «الأيام الماضية» (A26), «اليوم الأول من الاجتماع» (A37) and an asteroid
#   designation with a year («2012 دي إيه 14», A08) are ignore lines; so are a negotiation's deadline «المهلة المحددة في 24
#   تشرين الثاني/نوفمبر الجاري» (A12) and the end of the snapback period «تنتهي مهلة الثلاثين يوماً … في 27 سبتمبر (أيلول)
#   الجاري» (A38), and «عطلة النوروز» beside its written day (A24, holiday rule), while a scheduled entry into force or start
#   of implementation («في الثاني من أكتوبر (تشرين الأول) المقبل» A38, «في 20 يناير/كانون الثاني المقبل» A10) is a mention.
#   «شهر مهر» with no relative word in a future sentence = the next Mehr (j interval, A33).
#   Contacts: an ambassador presenting his credentials to the president at a collective Kremlin ceremony → required meet, and
#   his handing a copy to a deputy minister → required meet (A22).  A bilateral «اتصال مرئي» of two presidents → required
#   phone_call + optional meet (A30): the word «اتصال» decides, unlike set36's video-link «قمة».  A reply letter entrusted to the
#   visiting envoy, to be delivered after his return (Putin to the Leader, A21) → required message, date "any".  A past meeting
#   stated only relative to another event («ثم … في قازان بعد أقل من أسبوعين», A38) → required meet, date "any".  An exchange of
#   congratulation cables between the same two presidents on one day → ONE required message row (A40).  A president's hope, in a
#   cable or a statement, to meet his counterpart at a summit with a stated month or days (A09, A18, A36) → optional meet at
#   that date; an invitation inside a congratulation cable → no extra message row (the cable is the message) + optional
#   undated meet (A09).  A recalled two-day visit written «في 27 و28 آذار/مارس» → one required meet with the interval, and
#   documents signed «خلالها» → one country-level agreement with the same interval (A18); a recalled visit with no host named
#   («زيارة لرئيس إيراني إلى موسكو … في آذار 2017», A30) → required meet, Putin or Russia as host.  A meeting recalled with its
#   month («منذ اجتماعهما في يكاترينبورغ … في حزيران/يونيو 2009», A03) → required meet at that month.  The Caspian summit's final
#   statement → optional agreement, its next summit «من دون تحديد موعدها» an optional undated meet (A03).  A Rosatom head and the
#   AEOI head holding a joint press conference at the plant during fuel loading → required meet; the loading itself gives no
#   row (A02).  A planned trilateral of unnamed deputy FMs right after the two deputies met → required meet of those deputies
#   (names with their countries) at the stated interval (A17).  A Majlis speaker arriving in Moscow the day before his dated
#   talks → optional arrival meet (A39); his host's undated invitation → optional message "any" (A39).  A P5+1 meeting without
#   Iran (A01), the Russian-brokered Armenia–Azerbaijan truce (A26), a presidents' call denied by the Kremlin (A25), a visit
#   denied by the Russian ministry (A29) and a foreign minister's cancelled visit (A40) give no row.
PUT, MED, AHN, ROU, KHA, RAI, PEZ = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ali Khamenei",
                                     "Ebrahim Raisi", "Masoud Pezeshkian")
LAV, MOT, SALE, ZAR, AMI, ARA = ("Sergei Lavrov", "Manouchehr Mottaki", "Ali Akbar Salehi", "Mohammad Javad Zarif",
                                 "Hossein Amir-Abdollahian", "Abbas Araghchi")
RU, IR = "Russia", "Iran"
RYAB = ["Sergei Ryabkov", RU]
BOG = ["Mikhail Bogdanov", RU]
ULY = ["Mikhail Ulyanov", RU]
SADO = ["Alexander Sadovnikov", RU]
DED = ["Alexey Dedov", RU]
SAJ = ["Mahmoud Reza Sajjadi", IR]
JAL = ["Kazem Jalali", IR]
JAB = ["Hossein Jaberi Ansari", IR]
BAG = ["Ali Bagheri Kani", "Ali Bagheri", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
AEOI_SALE = [SALE, "Atomic Energy Organization of Iran", "AEOI", IR]
SHO = "Sergei Shoigu"
BEL = ["Andrei Belousov", "Russian Ministry of Defence", RU]
DEH = ["Hossein Dehghan", IR]
GHAR = ["Mohammad Reza Gharaei Ashtiani", IR]
NAS = ["Aziz Nasirzadeh", IR]
PAT = ["Nikolai Patrushev", RU]
SHAM = ["Ali Shamkhani", IR]
AHM = ["Ali Akbar Ahmadian", IR]
LAR = ["Ali Larijani", IR]
VEL = ["Ali Akbar Velayati", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
MAT = ["Valentina Matviyenko", "Federation Council", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2010–2013 ----------------
dict(id="A01", pub="2010-01-19", text=(
     "الثلاثاء 04 صفر 1431 هـ 19 يناير 2010 العدد 11375\n"
     "موسكو: «الشرق الأوسط» استقبل نائب وزير الخارجية الروسي سيرغي ريابكوف أمس (الاثنين) سفير إيران لدى موسكو محمود رضا سجادي، وبحث معه اقتراح الوكالة الدولية للطاقة الذرية الذي قدم في فيينا يوم 21 أكتوبر (تشرين الأول) الماضي لمبادلة اليورانيوم الإيراني المنخفض التخصيب بوقود لمفاعل طهران للأبحاث. "
     "وجاء اللقاء بعد يومين من اجتماع المديرين السياسيين لمجموعة «5+1» في نيويورك السبت الماضي، الذي انتهى من دون اتفاق على جولة عقوبات رابعة. "
     "ونقلت وكالة «إنترفاكس» عن ريابكوف أن محطة بوشهر التي تبنيها روسيا بكلفة مليار دولار ستبدأ العمل «هذا العام»، وأن 1200 طن من المعدات شحنت إليها."),
     dates=[("الثلاثاء 04 صفر 1431 هـ", "2010-01-19", "h"), ("19 يناير 2010", "2010-01-19", "g"), ("أمس (الاثنين)", "2010-01-18", "r"),
            ("21 أكتوبر (تشرين الأول) الماضي", "2009-10-21", "g"), ("بعد يومين من", None, "ignore"), ("السبت الماضي", "2010-01-16", "r"),
            ("هذا العام", "2010", "r")],
     contacts=[C(RYAB, SAJ, "meet", "2010-01-18")]),
dict(id="A02", pub="2010-08-22", text=(
     "الأحد 12/9/1431 هـ - الموافق 22/8/2010 م (آخر تحديث) الساعة 10:07 (مكة المكرمة)، 7:07 (غرينتش)\n"
     "بدأ خبراء روس وإيرانيون أمس السبت تحميل الوقود النووي في محطة بوشهر جنوبي إيران، بحضور رئيس مؤسسة روساتوم الروسية سيرغي كيرينكو ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي، اللذين عقدا مؤتمرا صحفيا مشتركا في موقع المحطة. "
     "وقال صالحي إن نقل 163 مجمعا للوقود إلى قلب المفاعل سيستغرق نحو أسبوعين، وإن المحطة سترتبط بالشبكة الوطنية في غضون شهرين بقدرة ألف ميغاواط. "
     "وكانت موسكو وطهران قد وقعتا عقد استكمال المحطة في الثامن من يناير/كانون الثاني 1995، بعد أن توقفت الشركات الألمانية عن بنائها إثر الثورة عام 1979."),
     dates=[("الأحد 12/9/1431 هـ", "2010-08-22", "h"), ("22/8/2010 م", "2010-08-22", "g"), ("أمس السبت", "2010-08-21", "r"),
            ("في غضون شهرين", None, "ignore"), ("الثامن من يناير/كانون الثاني 1995", "1995-01-08", "g"), ("عام 1979", "1979", "g")],
     contacts=[C(KIR, AEOI_SALE, "meet", "2010-08-21"),
               C([RU], [IR, "Atomic Energy Organization of Iran", "AEOI"], "agreement", "1995-01-08")]),
dict(id="A03", pub="2010-11-18", text=(
     "الخميس 12 ذو الحجة 1431 - 18 تشرين الثاني 2010\n"
     "باكو (العالم) – التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الروسي ديمتري مدفيديف اليوم الخميس على هامش القمة الثالثة لرؤساء الدول المطلة على بحر قزوين، في أول لقاء ثنائي بينهما منذ اجتماعهما في يكاترينبورغ على هامش قمة منظمة شنغهاي في حزيران/يونيو 2009. "
     "وكان أحمدي نجاد قد انتقد مدفيديف بشدة بعد تصويت روسيا على القرار 1929 في مجلس الأمن في التاسع من حزيران/يونيو الماضي، الذي فرض الجولة الرابعة من العقوبات على طهران. "
     "واتفق القادة الخمسة في البيان الختامي على عقد القمة الرابعة في روسيا، من دون تحديد موعدها."),
     dates=[("الخميس 12 ذو الحجة 1431", "2010-11-18", "h"), ("18 تشرين الثاني 2010", "2010-11-18", "g"), ("اليوم الخميس", "2010-11-18", "r"),
            ("حزيران/يونيو 2009", "2009-06", "g"), ("التاسع من حزيران/يونيو الماضي", "2010-06-09", "g")],
     contacts=[C(MED, AHN, "meet", "2010-11-18"), C(MED, AHN, "meet", "2009-06"),
               C([MED, RU], [AHN, IR], "agreement", "2010-11-18", True), C([MED, RU], [AHN, IR], "meet", None, True)]),
dict(id="A04", pub="2011-01-24", text=(
     "طهران/ 4 بهمن/ إرنا – استقبل القائم بأعمال وزارة الخارجية علي أكبر صالحي اليوم الاثنين السفير الروسي لدى طهران ألكسندر سادوفنيكوف، الذي سلمه رسالة من وزير الخارجية الروسي سيرغي لافروف تتناول نتائج جولة المحادثات بين إيران ومجموعة 5+1 التي عقدت في إسطنبول يومي 21 و22 كانون الثاني/يناير. "
     "وأعرب صالحي عن ترحيب طهران بزيارة لافروف المرتقبة إليها في النصف الثاني من شهر بهمن، مؤكدا أن العلاقات بين البلدين «تمر بمرحلة جيدة» رغم تصويت موسكو على القرار 1929."),
     dates=[("4 بهمن", "2011-01-24", "j"), ("اليوم الاثنين", "2011-01-24", "r"), ("21", "2011-01-21", "g"),
            ("22 كانون الثاني/يناير", "2011-01-22", "g"), ("النصف الثاني من شهر بهمن", "2011-02-05/2011-02-19", "j")],
     contacts=[C(SADO, SALE, "meet", "2011-01-24"), C(LAV, SALE, "message", "2011-01-24"),
               C([RU], [IR], "meet", "2011-01-21/2011-01-22", True), C(LAV, [SALE, IR], "meet", "2011-02-05/2011-02-19")]),
dict(id="A05", pub="2011-06-13", text=(
     "أعلنت وزارة التعليم العالي والبحث العلمي عن فتح باب الترشح لـ150 منحة دراسية تقدمها الحكومة الروسية للطلبة الجزائريين بعنوان السنة الجامعية 2011/2012، ابتداء من يوم الأحد 19 جوان الجاري إلى غاية 7 جويلية المقبل. "
     "ويجتاز المترشحون مقابلة شفوية بمقر المركز الثقافي الروسي بالجزائر العاصمة يومي 16 و17 جويلية، على أن يلتحق المقبولون بجامعات موسكو وسانت بطرسبورغ وقازان مطلع شهر سبتمبر. "
     "وكانت اللجنة الحكومية المشتركة الجزائرية-الروسية قد اتفقت في اجتماعها بموسكو يوم 12 أفريل الماضي على رفع عدد المنح بنسبة 25 بالمائة."),
     dates=[("2011/2012", None, "ignore"), ("من يوم الأحد 19 جوان الجاري إلى غاية 7 جويلية المقبل", "2011-06-19/2011-07-07", "g"),
            ("16", "2011-07-16", "g"), ("17 جويلية", "2011-07-17", "g"), ("مطلع شهر سبتمبر", "2011-09-01/2011-09-10", "g"),
            ("12 أفريل الماضي", "2011-04-12", "g")],
     contacts=[]),
dict(id="A06", pub="2012-04-10", text=(
     "الثلاثاء 18 جمادى الأولى 1433هـ - 10 أبريل 2012م\n"
     "دبي - العربية.نت: أجرى وزير الخارجية الروسي سيرغي لافروف مساء أمس الاثنين اتصالا هاتفيا بنظيره الإيراني علي أكبر صالحي، تناول التحضيرات لجولة المحادثات بين إيران ومجموعة 5+1 المقرر عقدها في إسطنبول السبت المقبل، بعد انقطاع دام 15 شهرا. "
     "وقال لافروف في مؤتمر صحافي اليوم إن موسكو تأمل أن تتفق الأطراف في إسطنبول على موعد الجولة التالية ومكانها، مشيرا إلى أن بغداد عرضت استضافتها في أيار/مايو المقبل. "
     "وكانت آخر جولة بين الطرفين قد عقدت في إسطنبول أيضا في كانون الثاني/يناير 2011 وانتهت دون نتيجة."),
     dates=[("الثلاثاء 18 جمادى الأولى 1433هـ", "2012-04-10", "h"), ("10 أبريل 2012م", "2012-04-10", "g"), ("مساء أمس الاثنين", "2012-04-09", "r"),
            ("السبت المقبل", "2012-04-14", "r"), ("اليوم", "2012-04-10", "r"), ("أيار/مايو المقبل", "2012-05", "g"),
            ("كانون الثاني/يناير 2011", "2011-01", "g")],
     contacts=[C(LAV, SALE, "phone_call", "2012-04-09"), C([RU], [IR], "meet", "2012-04-14", True),
               C([RU], [IR], "meet", "2012-05", True), C([RU], [IR], "meet", "2011-01", True)]),
dict(id="A07", pub="2012-08-12", text=(
     "طهران - 12 - 8 (كونا) -- ارتفعت حصيلة الزلزالين اللذين ضربا محافظة أذربيجان الشرقية شمال غربي إيران عصر أمس السبت إلى 250 قتيلا وأكثر من 2000 جريح، وفق ما أعلنه نائب وزير الداخلية الإيراني اليوم. "
     "وبلغت قوة الهزة الأولى 6.4 درجة على مقياس ريختر وضربت في الساعة 4:53 بعد الظهر بالتوقيت المحلي قرب مدينتي أهر وورزقان، تلتها بعد 11 دقيقة هزة ثانية بقوة 6.3 درجة. "
     "وأعلنت السلطات الحداد العام في المحافظة ثلاثة أيام، فيما توقع مركز رصد الزلازل استمرار الهزات الارتدادية حتى نهاية الأسبوع."),
     dates=[("12 - 8", "2012-08-12", "g"), ("عصر أمس السبت", "2012-08-11", "r"), ("اليوم", "2012-08-12", "r"),
            ("نهاية الأسبوع", None, "ignore")],
     contacts=[]),
dict(id="A08", pub="2013-02-16", text=(
     "السبت 16 شباط 2013 - السنة 80 - العدد 24976\n"
     "موسكو – (أ ف ب، رويترز) – أعلنت وزارة الطوارئ الروسية اليوم أن عدد المصابين جراء انفجار نيزك في سماء منطقة تشيليابينسك في الأورال صباح أمس الجمعة ارتفع إلى 1200 شخص، بينهم أكثر من 200 طفل، فيما تضرر نحو 3000 مبنى وتحطم زجاج نوافذ 12 ألف شقة. "
     "وقدرت وكالة الفضاء الأميركية «ناسا» وزن النيزك بعشرة آلاف طن وقطره بنحو 17 مترا، مشيرة إلى أن طاقة انفجاره فاقت بـ30 مرة طاقة قنبلة هيروشيما. "
     "وتزامن الحادث مع مرور الكويكب «2012 دي إيه 14» على مسافة 27700 كيلومتر من الأرض ليل الجمعة – السبت، من دون أي صلة بين الجسمين."),
     dates=[("السبت 16 شباط 2013", "2013-02-16", "g"), ("اليوم", "2013-02-16", "r"), ("صباح أمس الجمعة", "2013-02-15", "r"),
            ("2012 دي إيه 14", None, "ignore"), ("ليل الجمعة – السبت", "2013-02-15", "r")],
     contacts=[]),
dict(id="A09", pub="2013-06-16", text=(
     "الأحد 26 خرداد 1392 - 16 حزيران 2013\n"
     "طهران (فارس) – بعث الرئيس الروسي فلاديمير بوتين أمس السبت برقية تهنئة إلى حجة الإسلام حسن روحاني بمناسبة فوزه في الانتخابات الرئاسية التي جرت يوم الجمعة 24 خرداد (14 حزيران/يونيو)، أعرب فيها عن ثقته بأن التعاون بين البلدين «سيتواصل في جميع المجالات». "
     "ودعا بوتين الرئيس المنتخب إلى زيارة روسيا «في أي وقت مناسب»، معربا عن أمله في لقائه على هامش قمة منظمة شنغهاي للتعاون في بيشكيك في أيلول/سبتمبر المقبل. "
     "وكان روحاني قد حصل على 50.71 بالمئة من الأصوات، ومن المقرر أن يؤدي اليمين الدستورية أمام مجلس الشورى الإسلامي في 13 مرداد المقبل."),
     dates=[("الأحد 26 خرداد 1392", "2013-06-16", "j"), ("16 حزيران 2013", "2013-06-16", "g"), ("أمس السبت", "2013-06-15", "r"),
            ("يوم الجمعة 24 خرداد", "2013-06-14", "j"), ("14 حزيران/يونيو", "2013-06-14", "g"), ("أيلول/سبتمبر المقبل", "2013-09", "g"),
            ("13 مرداد المقبل", "2013-08-04", "j")],
     contacts=[C(PUT, ROU, "message", "2013-06-15"), C(PUT, ROU, "meet", None, True), C(PUT, ROU, "meet", "2013-09", True)]),
dict(id="A10", pub="2013-12-12", text=(
     "تاريخ النشر: 12.12.2013 | 14:20 GMT\n"
     "موسكو - RT: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني محمد جواد ظريف في موسكو اليوم الخميس 12 ديسمبر/كانون الأول سبل تنفيذ الاتفاق المرحلي الذي توصلت إليه إيران والسداسية الدولية في جنيف فجر 24 نوفمبر/تشرين الثاني الماضي، والذي يفترض أن يبدأ تطبيقه في 20 يناير/كانون الثاني المقبل. "
     "وقال لافروف في مؤتمر صحفي مشترك إن الرئيس فلاديمير بوتين سيزور طهران في العام المقبل، وهي الزيارة الأولى له منذ أكتوبر 2007، حين شارك في قمة الدول المطلة على بحر قزوين. "
     "وأضاف أن حجم التبادل التجاري بين البلدين تراجع بنسبة 30% خلال الأشهر العشرة الأولى من العام الجاري ليبلغ 1.3 مليار دولار."),
     dates=[("12.12.2013", "2013-12-12", "g"), ("اليوم الخميس 12 ديسمبر/كانون الأول", "2013-12-12", "g"),
            ("فجر 24 نوفمبر/تشرين الثاني الماضي", "2013-11-24", "g"), ("20 يناير/كانون الثاني المقبل", "2014-01-20", "g"),
            ("العام المقبل", "2014", "r"), ("أكتوبر 2007", "2007-10", "g"),
            ("الأشهر العشرة الأولى من العام الجاري", "2013-01-01/2013-10-31", "r")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-12"), C([RU], [IR], "agreement", "2013-11-24", True),
               C(PUT, [ROU, KHA, IR], "meet", "2014"), C(PUT, [AHN, KHA, IR], "meet", "2007-10", True)]),
# ---------------- 2014–2018 ----------------
dict(id="A11", pub="2014-02-08", text=(
     "السبت، 08 فبراير 2014 - 11:42 ص\n"
     "بوتين يفتتح «سوتشي 2014» وسط إجراءات أمنية مشددة\n"
     "افتتح الرئيس الروسي فلاديمير بوتين مساء أمس الجمعة دورة الألعاب الأولمبية الشتوية الثانية والعشرين في منتجع سوتشي على البحر الأسود، بحضور نحو 40 ألف متفرج في ملعب «فيشت» وأكثر من 40 رئيس دولة وحكومة، وتشارك إيران بخمسة رياضيين في منافسات التزلج الألبي والتزلج الريفي. "
     "وتستمر المنافسات من 7 إلى 23 فبراير الجاري بمشاركة 2800 رياضي من 88 دولة يتنافسون على 98 ميدالية ذهبية، فيما تقام دورة الألعاب البارالمبية بين 7 و16 مارس المقبل."),
     dates=[("السبت، 08 فبراير 2014", "2014-02-08", "g"), ("سوتشي 2014", None, "ignore"), ("مساء أمس الجمعة", "2014-02-07", "r"),
            ("من 7 إلى 23 فبراير الجاري", "2014-02-07/2014-02-23", "g"), ("بين 7 و16 مارس المقبل", "2014-03-07/2014-03-16", "g")],
     contacts=[]),
dict(id="A12", pub="2014-11-12", text=(
     "روسيا وإيران توقعان عقدا لبناء مفاعلين جديدين في بوشهر\n"
     "09:15 12.11.2014 (محدثة 11:40 12.11.2014)\n"
     "موسكو – سبوتنيك. وقعت روسيا وإيران أمس الثلاثاء في موسكو عقدا لبناء وحدتين جديدتين في محطة بوشهر للطاقة النووية، إلى جانب بروتوكول يفتح الباب أمام بناء ما يصل إلى ثماني وحدات إضافية في المستقبل.\n"
     "ووقع الوثيقتين المدير العام لمؤسسة «روساتوم» الحكومية سيرغي كيرينكو ونائب الرئيس الإيراني رئيس منظمة الطاقة الذرية علي أكبر صالحي، بعد محادثات بينهما استمرت أكثر من ثلاث ساعات.\n"
     "وقال كيرينكو للصحفيين إن الأعمال التحضيرية في الموقع ستبدأ مطلع العام المقبل، وإن روسيا ستورد الوقود النووي للوحدات الجديدة على أن يعاد الوقود المستهلك إليها.\n"
     "من جهته، أوضح صالحي أن قدرة كل وحدة تبلغ 1000 ميغاواط، وأن الاتفاق يشمل بناء محطة لتحلية المياه، مشيرا إلى أنه سيعود إلى روسيا في شباط/فبراير المقبل للمشاركة في اجتماعات اللجنة الحكومية المشتركة.\n"
     "وجاء توقيع العقد قبل أقل من أسبوعين من انقضاء المهلة المحددة في 24 تشرين الثاني/نوفمبر الجاري للتوصل إلى اتفاق نهائي بين إيران ومجموعة «5+1»، التي تستضيف فيينا جولتها الحاسمة اعتبارا من 18 من الشهر نفسه.\n"
     "يذكر أن روسيا أنجزت الوحدة الأولى في بوشهر، التي بدأت شركات ألمانية تشييدها في سبعينيات القرن الماضي، وربطت بالشبكة في أيلول/سبتمبر 2011 قبل أن تسلم إدارتها التشغيلية للجانب الإيراني في 23 أيلول/سبتمبر 2013.\n"
     "وكان البلدان قد وقعا اتفاق التعاون في بناء المحطة عام 1992، ثم العقد الأساسي لاستكمالها في كانون الثاني/يناير 1995.\n"
     "ويبلغ حجم التبادل التجاري بين البلدين نحو 1.6 مليار دولار، بحسب بيانات عام 2013.\n"
     "© سبوتنيك 2014. جميع الحقوق محفوظة\n"
     "اقرأ أيضا: لافروف: لا بديل عن التسوية السياسية للملف النووي الإيراني"),
     dates=[("12.11.2014", "2014-11-12", "g"), ("12.11.2014", "2014-11-12", "g"), ("أمس الثلاثاء", "2014-11-11", "r"),
            ("مطلع العام المقبل", None, "ignore"), ("شباط/فبراير المقبل", "2015-02", "g"), ("قبل أقل من أسبوعين من", None, "ignore"),
            ("24 تشرين الثاني/نوفمبر الجاري", None, "ignore"), ("18 من الشهر نفسه", "2014-11-18", "g"),
            ("سبعينيات القرن الماضي", None, "ignore"), ("أيلول/سبتمبر 2011", "2011-09", "g"), ("23 أيلول/سبتمبر 2013", "2013-09-23", "g"),
            ("عام 1992", "1992", "g"), ("كانون الثاني/يناير 1995", "1995-01", "g"), ("عام 2013", "2013", "g"),
            ("© سبوتنيك 2014", None, "ignore")],
     contacts=[C(KIR, AEOI_SALE, "agreement", "2014-11-11"), C(KIR, AEOI_SALE, "meet", "2014-11-11"),
               C([RU], AEOI_SALE, "meet", "2015-02", True), C([RU], [IR], "meet", "2014-11-18", True),
               C([RU], [IR], "agreement", "1992"), C([RU], [IR], "agreement", "1995-01")]),
dict(id="A13", pub="2015-01-20", text=(
     "طهران - الميادين نت: وقع وزير الدفاع الروسي سيرغي شويغو ونظيره الإيراني العميد حسين دهقان في طهران اليوم الثلاثاء اتفاقية للتعاون العسكري تشمل تبادل الخبرات وتدريب الكوادر ومكافحة الإرهاب، في أول زيارة لوزير دفاع روسي إلى إيران منذ 15 عاما. "
     "وكان شويغو قد وصل إلى العاصمة الإيرانية مساء أمس الاثنين والتقى أمين المجلس الأعلى للأمن القومي علي شمخاني، على أن يستقبله الرئيس حسن روحاني صباح غد الأربعاء قبل عودته إلى موسكو. "
     "وأكد دهقان أن صفقة منظومة «إس-300» التي جمدتها موسكو في أيلول/سبتمبر 2010 «لم تكن على جدول أعمال» المحادثات."),
     dates=[("اليوم الثلاثاء", "2015-01-20", "r"), ("منذ 15 عاما", None, "ignore"), ("مساء أمس الاثنين", "2015-01-19", "r"),
            ("صباح غد الأربعاء", "2015-01-21", "r"), ("أيلول/سبتمبر 2010", "2010-09", "g")],
     contacts=[C(SHO, DEH, "agreement", "2015-01-20"), C(SHO, DEH, "meet", "2015-01-20", True), C(SHO, SHAM, "meet", "2015-01-19"),
               C(SHO, ROU, "meet", "2015-01-21")]),
dict(id="A14", pub="2015-09-25", text=(
     "لندن ـ «القدس العربي»: ارتفع عدد ضحايا التدافع الذي وقع في مشعر منى صباح أمس الخميس، أول أيام عيد الأضحى، إلى 717 حاجا و863 مصابا بحسب الدفاع المدني السعودي، فيما قالت منظمة الحج والزيارة الإيرانية إن 131 حاجا إيرانيا على الأقل قضوا في الحادث. "
     "وأعلن الرئيس الإيراني حسن روحاني الحداد العام ثلاثة أيام اعتبارا من اليوم الجمعة، قبل أن يتوجه مساء غد السبت إلى نيويورك للمشاركة في أعمال الجمعية العامة للأمم المتحدة. "
     "ويعد الحادث الأسوأ منذ تدافع عام 1990 الذي أودى بحياة 1426 حاجا."),
     dates=[("صباح أمس الخميس", "2015-09-24", "r"), ("أول أيام عيد الأضحى", None, "ignore"), ("اليوم الجمعة", "2015-09-25", "r"),
            ("مساء غد السبت", "2015-09-26", "r"), ("عام 1990", "1990", "g")],
     contacts=[]),
dict(id="A15", pub="2015-11-01", text=(
     "طهران/ 10 آبان/ إرنا – بعث رئيس الجمهورية حسن روحاني اليوم الأحد برقية إلى نظيره الروسي فلاديمير بوتين عزاه فيها بضحايا تحطم طائرة الركاب الروسية من طراز «إيرباص A321» في شبه جزيرة سيناء صباح أمس السبت 9 آبان (31 تشرين الأول/أكتوبر)، الذي أودى بحياة 224 شخصا كانوا على متنها. "
     "كما أجرى وزير الخارجية محمد جواد ظريف اتصالا هاتفيا بنظيره الروسي سيرغي لافروف قدم خلاله تعازي الحكومة الإيرانية، وبحث معه التحضيرات للاجتماع الدولي حول سوريا المقرر في فيينا منتصف الشهر الجاري. "
     "وكان ظريف ولافروف قد شاركا في اجتماع فيينا الموسع يوم الجمعة 8 آبان، الذي حضرته إيران للمرة الأولى."),
     dates=[("10 آبان", "2015-11-01", "j"), ("اليوم الأحد", "2015-11-01", "r"), ("صباح أمس السبت 9 آبان", "2015-10-31", "j"),
            ("31 تشرين الأول/أكتوبر", "2015-10-31", "g"), ("منتصف الشهر الجاري", "2015-11-11/2015-11-20", "r"),
            ("يوم الجمعة 8 آبان", "2015-10-30", "j")],
     contacts=[C(PUT, ROU, "message", "2015-11-01"), C(LAV, ZAR, "phone_call", "2015-11-01"), C(LAV, ZAR, "message", "2015-11-01", True),
               C(LAV, ZAR, "meet", "2015-11-11/2015-11-20", True), C(LAV, ZAR, "meet", "2015-10-30", True)]),
dict(id="A16", pub="2016-07-25", text=(
     "لندن ـ «القدس العربي»: رفضت اللجنة الأولمبية الدولية أمس الأحد فرض حظر شامل على مشاركة روسيا في دورة الألعاب الأولمبية في ريو دي جانيرو، التي تقام بين 5 و21 آب/أغسطس المقبل، وتركت للاتحادات الدولية البت في أهلية كل رياضي روسي على حدة. "
     "وجاء القرار بعد ستة أيام من صدور تقرير المحقق الكندي ريتشارد ماكلارين في 18 تموز/يوليو الجاري، الذي اتهم وزارة الرياضة الروسية بالإشراف على برنامج منشطات شمل 28 رياضة بين عامي 2011 و2015. "
     "وكانت محكمة التحكيم الرياضي قد أيدت الخميس الماضي استبعاد 68 رياضيا من ألعاب القوى الروسية."),
     dates=[("أمس الأحد", "2016-07-24", "r"), ("بين 5 و21 آب/أغسطس المقبل", "2016-08-05/2016-08-21", "g"), ("بعد ستة أيام من", None, "ignore"),
            ("18 تموز/يوليو الجاري", "2016-07-18", "g"), ("بين عامي 2011 و2015", "2011-01-01/2015-12-31", "g"),
            ("الخميس الماضي", "2016-07-21", "r")],
     contacts=[]),
dict(id="A17", pub="2016-11-16", text=(
     "موسكو – موقع قناة المنار: التقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف في موسكو اليوم الأربعاء مساعد وزير الخارجية الإيراني للشؤون العربية والأفريقية حسين جابري أنصاري، وبحثا الأوضاع في سوريا واليمن، بحسب بيان للخارجية الروسية. "
     "ويأتي اللقاء عشية جولة جديدة من المشاورات الثلاثية بين روسيا وإيران وتركيا على مستوى نواب وزراء الخارجية، يتوقع أن تعقد في موسكو بين 21 و23 من الشهر الجاري. "
     "وكان جابري أنصاري قد زار دمشق أول أمس الاثنين والتقى الرئيس بشار الأسد."),
     dates=[("اليوم الأربعاء", "2016-11-16", "r"), ("عشية", None, "ignore"), ("بين 21 و23 من الشهر الجاري", "2016-11-21/2016-11-23", "g"),
            ("أول أمس الاثنين", "2016-11-14", "r")],
     contacts=[C(BOG, JAB, "meet", "2016-11-16"), C(BOG, JAB, "meet", "2016-11-21/2016-11-23")]),
dict(id="A18", pub="2017-05-21", text=(
     "موسكو – سبوتنيك. هنأ الرئيس الروسي فلاديمير بوتين، في برقية بعث بها اليوم الأحد، الرئيس الإيراني حسن روحاني بإعادة انتخابه لولاية ثانية في الانتخابات التي جرت يوم الجمعة 19 أيار/مايو، مؤكدا استعداد موسكو لمواصلة «الحوار البناء» مع طهران، بحسب الموقع الرسمي للكرملين. "
     "وأعرب بوتين عن أمله في لقاء روحاني على هامش قمة منظمة شنغهاي للتعاون في أستانا يومي 8 و9 حزيران/يونيو المقبل. "
     "وكان روحاني قد زار موسكو في 27 و28 آذار/مارس الماضي، في أول زيارة رسمية له إلى روسيا منذ توليه منصبه، ووقع الجانبان خلالها 16 وثيقة تعاون."),
     dates=[("اليوم الأحد", "2017-05-21", "r"), ("يوم الجمعة 19 أيار/مايو", "2017-05-19", "g"), ("8", "2017-06-08", "g"),
            ("9 حزيران/يونيو المقبل", "2017-06-09", "g"), ("27", "2017-03-27", "g"), ("28 آذار/مارس الماضي", "2017-03-28", "g")],
     contacts=[C(PUT, ROU, "message", "2017-05-21"), C(PUT, ROU, "meet", "2017-06-08/2017-06-09", True),
               C(PUT, ROU, "meet", "2017-03-27/2017-03-28"), C([PUT, RU], [ROU, IR], "agreement", "2017-03-27/2017-03-28")]),
dict(id="A19", pub="2017-11-13", text=(
     "شفق نيوز/ ارتفعت حصيلة الزلزال الذي ضرب المناطق الحدودية بين إيران والعراق مساء أمس الأحد إلى أكثر من 400 قتيل في محافظة كرمنشاه الإيرانية وثمانية قتلى في إقليم كوردستان، فيما تجاوز عدد المصابين سبعة آلاف. "
     "وبلغت قوة الزلزال 7.3 درجة على مقياس ريختر، وضرب في الساعة 9:18 مساءً بتوقيت بغداد، وشعر به سكان بغداد والبصرة وأربيل. "
     "وأعلنت حكومة الإقليم تعطيل الدوام الرسمي في السليمانية وحلبجة اليوم الاثنين وغداً الثلاثاء 14 تشرين الثاني، فيما حذرت هيئة الأنواء الجوية من هزات ارتدادية خلال الساعات الـ48 المقبلة."),
     dates=[("مساء أمس الأحد", "2017-11-12", "r"), ("اليوم الاثنين", "2017-11-13", "r"), ("غداً الثلاثاء 14 تشرين الثاني", "2017-11-14", "g")],
     contacts=[]),
dict(id="A20", pub="2018-06-16", text=(
     "هسبريس – من سان بطرسبورغ: مني المنتخب الوطني المغربي بهزيمة قاسية أمام نظيره الإيراني بهدف دون رد، في المباراة التي جمعتهما مساء أمس الجمعة بملعب سان بطرسبورغ، برسم الجولة الأولى من منافسات المجموعة الثانية لكأس العالم روسيا 2018، بعدما سجل عزيز بوحدوز هدفا في مرماه في الدقيقة 95. "
     "ويواجه أسود الأطلس منتخب البرتغال يوم الأربعاء المقبل 20 يونيو بملعب لوجنيكي بموسكو على الساعة الواحدة بعد الزوال بتوقيت المغرب، قبل أن يختتموا دور المجموعات أمام إسبانيا يوم الاثنين 25 يونيو بكالينينغراد. "
     "ويتأهل صاحبا المركزين الأول والثاني إلى دور الثمن المقرر ما بين 30 يونيو و3 يوليوز."),
     dates=[("مساء أمس الجمعة", "2018-06-15", "r"), ("كأس العالم روسيا 2018", None, "ignore"), ("يوم الأربعاء المقبل 20 يونيو", "2018-06-20", "g"),
            ("يوم الاثنين 25 يونيو", "2018-06-25", "g"), ("ما بين 30 يونيو و3 يوليوز", "2018-06-30/2018-07-03", "g")],
     contacts=[]),
dict(id="A21", pub="2018-07-13", text=(
     "ولايتي يسلم بوتين رسالتين من قائد الثورة والرئيس روحاني\n"
     "الجمعة 22 تير 1397 - 13 تموز 2018 - 10:35\n"
     "موسكو - تسنيم: التقى مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي الرئيس الروسي فلاديمير بوتين في الكرملين أمس الخميس 21 تير، وسلمه رسالتين من سماحة آية الله السيد علي الخامنئي ورئيس الجمهورية حسن روحاني تتعلقان بالعلاقات الثنائية والاتفاق النووي والتطورات في سوريا.\n"
     "وقال ولايتي لمراسل تسنيم عقب اللقاء الذي استمر ساعتين إن بوتين أكد استعداد روسيا لاستثمار 50 مليار دولار في قطاعي النفط والغاز الإيرانيين، واصفا المحادثات بأنها «ممتازة وصريحة».\n"
     "وأضاف أن الرئيس الروسي حمّله رسالة جوابية إلى قائد الثورة، سيسلمها فور عودته إلى طهران مطلع الأسبوع المقبل.\n"
     "وكان ولايتي قد التقى في وقت سابق من اليوم نفسه أمين مجلس الأمن الروسي نيكولاي باتروشيف، وبحث معه التعاون في مكافحة الإرهاب.\n"
     "وتأتي الزيارة قبل أربعة أيام من القمة التي تجمع بوتين بنظيره الأميركي دونالد ترامب في هلسنكي يوم الاثنين 16 تموز/يوليو، والتي يتصدر جدول أعمالها الملفان السوري والإيراني.\n"
     "وكان بوتين وروحاني قد التقيا آخر مرة في 9 حزيران/يونيو الماضي على هامش قمة منظمة شنغهاي للتعاون في مدينة تشينغداو الصينية، ويرتقب أن يلتقيا مجددا في طهران خلال القمة الثلاثية مع تركيا المقررة في أيلول/سبتمبر المقبل.\n"
     "ووقعت طهران وموسكو في تشرين الثاني/نوفمبر 2017 اتفاقات في مجال النفط والغاز بقيمة 30 مليار دولار خلال زيارة بوتين الأخيرة إلى إيران.\n"
     "يذكر أن الولايات المتحدة أعلنت انسحابها من الاتفاق النووي في 8 أيار/مايو الماضي، وتدخل الحزمة الأولى من عقوباتها المعادة حيز التنفيذ في السابع من آب/أغسطس المقبل.\n"
     "وكالة تسنيم الدولية للأنباء – القسم العربي | رقم الخبر: 1775042\n"
     "الكلمات المفتاحية: ولايتي، بوتين، روسيا، إيران"),
     dates=[("الجمعة 22 تير 1397", "2018-07-13", "j"), ("13 تموز 2018", "2018-07-13", "g"), ("أمس الخميس 21 تير", "2018-07-12", "j"),
            ("مطلع الأسبوع المقبل", None, "ignore"), ("اليوم نفسه", None, "ignore"), ("قبل أربعة أيام من", None, "ignore"),
            ("يوم الاثنين 16 تموز/يوليو", "2018-07-16", "g"), ("9 حزيران/يونيو الماضي", "2018-06-09", "g"),
            ("أيلول/سبتمبر المقبل", "2018-09", "g"), ("تشرين الثاني/نوفمبر 2017", "2017-11", "g"), ("8 أيار/مايو الماضي", "2018-05-08", "g"),
            ("السابع من آب/أغسطس المقبل", "2018-08-07", "g")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"), C(PUT, ROU, "message", "2018-07-12"),
               C(PUT, KHA, "message", "any"), C(PAT, VEL, "meet", "2018-07-12"), C(PUT, ROU, "meet", "2018-06-09"),
               C(PUT, ROU, "meet", "2018-09"), C([RU], [IR], "agreement", "2017-11"), C(PUT, [ROU, KHA, IR], "meet", "2017-11", True)]),
dict(id="A22", pub="2018-11-28", text=(
     "موسكو/ 7 آذر/ إرنا – قدم السفير الإيراني الجديد لدى روسيا كاظم جلالي أوراق اعتماده إلى الرئيس فلاديمير بوتين خلال مراسم أقيمت اليوم في قاعة ألكسندر بالكرملين، شارك فيها 18 سفيرا جديدا آخرين. "
     "وأكد بوتين في كلمته أمام السفراء أن التعاون مع إيران «يتطور بنجاح»، وأن البلدين سيواصلان العمل المشترك في إطار صيغة أستانا. "
     "وكان جلالي قد سلم نسخة من أوراق اعتماده إلى نائب وزير الخارجية الروسي ميخائيل بوغدانوف يوم 14 آبان (5 تشرين الثاني/نوفمبر)، بعد أسبوع من وصوله إلى موسكو."),
     dates=[("7 آذر", "2018-11-28", "j"), ("اليوم", "2018-11-28", "r"), ("14 آبان", "2018-11-05", "j"), ("5 تشرين الثاني/نوفمبر", "2018-11-05", "g"),
            ("بعد أسبوع من", None, "ignore")],
     contacts=[C(PUT, JAL, "meet", "2018-11-28"), C(BOG, JAL, "meet", "2018-11-05")]),
dict(id="A23", pub="2019-02-14", text=(
     "تاريخ النشر: 2019-02-14\n"
     "سوتشي-سانا: عقد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وتركيا رجب طيب أردوغان اليوم قمة ثلاثية في منتجع سوتشي هي الرابعة ضمن إطار صيغة أستانا، سبقتها لقاءات ثنائية بين الرؤساء الثلاثة. "
     "وأكد البيان الختامي للقمة التزام الدول الضامنة بسيادة الجمهورية العربية السورية ووحدة أراضيها، واتفق الرؤساء على عقد القمة المقبلة في تركيا. "
     "وكانت الجولة الحادية عشرة من اجتماعات أستانا قد عقدت يومي 28 و29 تشرين الثاني 2018 في العاصمة الكازاخية."),
     dates=[("2019-02-14", "2019-02-14", "g"), ("اليوم", "2019-02-14", "r"), ("28", "2018-11-28", "g"), ("29 تشرين الثاني 2018", "2018-11-29", "g")],
     contacts=[C(PUT, ROU, "meet", "2019-02-14"), C([PUT, RU], [ROU, IR], "agreement", "2019-02-14", True),
               C([PUT, RU], [ROU, IR], "meet", None, True), C([RU], [IR], "meet", "2018-11-28/2018-11-29", True)]),
dict(id="A24", pub="2019-04-02", text=(
     "الثلاثاء 2 أبريل 2019 14:05\n"
     "ارتفعت حصيلة السيول التي تجتاح إيران منذ 19 مارس (آذار) الماضي إلى 45 قتيلا، بعدما غمرت المياه أمس الاثنين أجزاء واسعة من مدينتي بلدختر ومعمولان في محافظة لرستان غرب البلاد، وفق ما أعلنه رئيس منظمة الطوارئ الإيرانية. "
     "وكانت سيول مفاجئة قد اجتاحت مدينة شيراز في 25 مارس، خلال عطلة النوروز، وأودت بحياة 19 شخصا عند بوابة القرآن. "
     "وتوقعت هيئة الأرصاد الجوية هطول أمطار غزيرة جديدة من مساء الخميس المقبل حتى يوم السبت 6 أبريل (نيسان)."),
     dates=[("الثلاثاء 2 أبريل 2019", "2019-04-02", "g"), ("19 مارس (آذار) الماضي", "2019-03-19", "g"), ("أمس الاثنين", "2019-04-01", "r"),
            ("25 مارس", "2019-03-25", "g"), ("عطلة النوروز", None, "ignore"),
            ("من مساء الخميس المقبل حتى يوم السبت 6 أبريل (نيسان)", "2019-04-04/2019-04-06", "g")],
     contacts=[]),
dict(id="A25", pub="2020-03-20", text=(
     "نشر في 20/3/2020\n"
     "موسكو – الجزيرة نت: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني محمد جواد ظريف في اتصال هاتفي اليوم الجمعة جهود مكافحة فيروس كورونا المستجد (كوفيد-19)، وهنأه بعيد النوروز، ودعا الجانبان إلى رفع العقوبات الأميركية الأحادية «التي تعرقل وصول الأدوية والمعدات الطبية»، وكان ظريف قد زار موسكو آخر مرة في 30 ديسمبر/كانون الأول الماضي. "
     "وأعلنت الخارجية الروسية أن موسكو سترسل إلى طهران الأسبوع المقبل دفعة من أجهزة الفحص تكفي لإجراء 2000 اختبار. "
     "ونفى المتحدث باسم الكرملين ديمتري بيسكوف تقارير عن اتصال هاتفي بين الرئيسين فلاديمير بوتين وحسن روحاني، مشيرا إلى أن الرئيسين «على تواصل دائم عبر القنوات الدبلوماسية»."),
     dates=[("20/3/2020", "2020-03-20", "g"), ("اليوم الجمعة", "2020-03-20", "r"), ("عيد النوروز", "2020-03-20", "j"),
            ("30 ديسمبر/كانون الأول الماضي", "2019-12-30", "g"), ("الأسبوع المقبل", "2020-03-23/2020-03-29", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-03-20"), C(LAV, ZAR, "message", "2020-03-20", True), C(LAV, ZAR, "meet", "2019-12-30")]),
dict(id="A26", pub="2020-10-10", text=(
     "دبي - العربية.نت: دخلت الهدنة الإنسانية في إقليم ناغورنو قره باغ حيز التنفيذ ظهر اليوم السبت عند الساعة 12:00 بالتوقيت المحلي، بعد محادثات استمرت أكثر من عشر ساعات في موسكو بين وزيري خارجية أذربيجان جيحون بيراموف وأرمينيا زهراب مناتساكانيان برعاية نظيرهما الروسي سيرغي لافروف. "
     "ورحبت الخارجية الإيرانية بالاتفاق، بعدما سقطت خلال الأيام الماضية قذائف عدة على قرى حدودية في محافظة أذربيجان الشرقية. "
     "وكانت المعارك قد اندلعت فجر 27 سبتمبر (أيلول) الماضي، في أعنف مواجهة منذ وقف إطلاق النار عام 1994."),
     dates=[("ظهر اليوم السبت", "2020-10-10", "r"), ("الأيام الماضية", None, "ignore"), ("فجر 27 سبتمبر (أيلول) الماضي", "2020-09-27", "g"),
            ("عام 1994", "1994", "g")],
     contacts=[]),
dict(id="A27", pub="2021-06-20", text=(
     "الأحد ١٠ من ذى القعدة ١٤٤٢ هـ ٢٠ يونيو ٢٠٢١ السنة ١٤٥ العدد ٤٩١٥٤\n"
     "طهران - وكالات: أعلنت وزارة الداخلية الإيرانية أمس فوز رئيس السلطة القضائية إبراهيم رئيسي بالانتخابات الرئاسية التي جرت يوم الجمعة ١٨ يونيو، بحصوله على ١٧٫٩ مليون صوت، أي ما نسبته ٦١٫٩٥٪ من الأصوات الصحيحة، في اقتراع سجل أدنى نسبة مشاركة منذ قيام الجمهورية الإسلامية عام ١٩٧٩ بلغت ٤٨٫٨٪. "
     "ومن المقرر أن يتسلم رئيسي مهامه رسميا مطلع أغسطس المقبل خلفا للرئيس حسن روحاني، الذي تنتهي ولايته الثانية في ٣ أغسطس. "
     "وتلقى رئيسي برقيات تهنئة من عدد من قادة الدول، بينهم الرئيس السوري بشار الأسد والرئيس العراقي برهم صالح."),
     dates=[("الأحد ١٠ من ذى القعدة ١٤٤٢ هـ", "2021-06-20", "h"), ("٢٠ يونيو ٢٠٢١", "2021-06-20", "g"), ("أمس", "2021-06-19", "r"),
            ("يوم الجمعة ١٨ يونيو", "2021-06-18", "g"), ("عام ١٩٧٩", "1979", "g"), ("مطلع أغسطس المقبل", "2021-08-01/2021-08-10", "g"),
            ("٣ أغسطس", "2021-08-03", "g")],
     contacts=[]),
dict(id="A28", pub="2021-08-06", text=(
     "الجمعة 27 ذو الحجة 1442 - 06 آب 2021\n"
     "طهران (العالم) – استقبل الرئيس الإيراني آية الله السيد إبراهيم رئيسي مساء أمس الخميس، بعد ساعات من أدائه اليمين الدستورية أمام مجلس الشورى الإسلامي، رئيس مجلس الدوما الروسي فياتشيسلاف فولودين الذي ترأس وفد بلاده إلى مراسم التنصيب، وسلمه رسالة تهنئة من الرئيس فلاديمير بوتين. "
     "كما التقى فولودين رئيس مجلس الشورى محمد باقر قاليباف صباح اليوم الجمعة، واتفق الجانبان على عقد الاجتماع المقبل للجنة البرلمانية المشتركة في موسكو خلال تشرين الأول/أكتوبر المقبل. "
     "وكان بوتين قد أجرى اتصالا هاتفيا برئيسي في 10 تموز/يوليو الماضي هنأه فيه بفوزه في الانتخابات."),
     dates=[("الجمعة 27 ذو الحجة 1442", "2021-08-06", "h"), ("06 آب 2021", "2021-08-06", "g"), ("مساء أمس الخميس", "2021-08-05", "r"),
            ("بعد ساعات من", None, "ignore"), ("صباح اليوم الجمعة", "2021-08-06", "r"), ("تشرين الأول/أكتوبر المقبل", "2021-10", "g"),
            ("10 تموز/يوليو الماضي", "2021-07-10", "g")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-08-05"), C(VOL, GHA, "meet", "2021-08-06"),
               C(["State Duma", RU], ["Majlis", "Islamic Consultative Assembly", IR], "meet", "2021-10", True),
               C(PUT, RAI, "phone_call", "2021-07-10"), C(PUT, RAI, "message", "2021-07-10", True)]),
dict(id="A29", pub="2021-12-10", text=(
     "الجمعة - 6 جمادى الأولى 1443 هـ - 10 ديسمبر 2021 مـ رقم العدد [15718]\n"
     "فيينا: «الشرق الأوسط» عقد كبير المفاوضين الإيرانيين علي باقري كني لقاء مع المندوب الروسي لدى المنظمات الدولية في فيينا ميخائيل أوليانوف صباح أمس (الخميس)، قبيل استئناف الجولة السابعة من محادثات إحياء الاتفاق النووي، التي توقفت الجمعة الماضي بعد خمسة أيام من انطلاقها في 29 نوفمبر (تشرين الثاني). "
     "وكتب أوليانوف على «تويتر» أن الجانبين ناقشا «سبل تسريع العمل»، مرجحا أن تجتمع اللجنة المشتركة للاتفاق مطلع الأسبوع المقبل. "
     "ونفت الخارجية الروسية تقارير عن زيارة مرتقبة لباقري كني إلى موسكو يوم الأربعاء المقبل."),
     dates=[("الجمعة - 6 جمادى الأولى 1443 هـ", "2021-12-10", "h"), ("10 ديسمبر 2021 مـ", "2021-12-10", "g"), ("صباح أمس (الخميس)", "2021-12-09", "r"),
            ("قبيل", None, "ignore"), ("الجمعة الماضي", "2021-12-03", "r"), ("بعد خمسة أيام من", None, "ignore"),
            ("29 نوفمبر (تشرين الثاني)", "2021-11-29", "g"), ("مطلع الأسبوع المقبل", None, "ignore"), ("يوم الأربعاء المقبل", "2021-12-15", "r")],
     contacts=[C(ULY, BAG, "meet", "2021-12-09"), C([RU], [IR], "meet", "2021-11-29/2021-12-03", True), C([RU], [IR], "meet", None, True)]),
dict(id="A30", pub="2022-01-20", text=(
     "رئيسي في الكرملين: «وثيقة تعاون» لعشرين عاماً على الطاولة\n"
     "الخميس 20 كانون الثاني 2022\n"
     "موسكو | أجرى الرئيس الإيراني، إبراهيم رئيسي، أمس، محادثات مطوّلة مع نظيره الروسي، فلاديمير بوتين، في الكرملين، في أول زيارة له إلى روسيا منذ تولّيه منصبه في آب الماضي، تناولت الاتفاق النووي والتعاون الاقتصادي والعسكري.\n"
     "وقال رئيسي، في مستهل اللقاء الذي استمر ثلاث ساعات تقريباً، إنه سلّم الجانب الروسي مسودة وثيقة للتعاون الاستراتيجي بين البلدين لمدة عشرين عاماً، داعياً إلى «تحديث» معاهدة أسس العلاقات المتبادلة الموقعة في 12 آذار 2001.\n"
     "من جهته، أعرب بوتين عن ارتياحه لنمو التبادل التجاري بنسبة 38% خلال الأشهر التسعة الأولى من العام الماضي، مشيراً إلى أن حجمه تجاوز 3 مليارات دولار.\n"
     "وكان الرئيسان قد أجريا اتصالاً مرئياً في 29 تشرين الثاني الماضي، تزامناً مع استئناف مفاوضات فيينا.\n"
     "ويلقي رئيسي، اليوم، كلمة أمام مجلس الدوما، في سابقة لرئيس إيراني، قبل أن يزور مسجد موسكو الكبير ويلتقي ممثلين عن الجالية الإيرانية، على أن يعود إلى طهران مساء غد الجمعة.\n"
     "وتزامنت الزيارة مع مناورات «حزام الأمن البحري 2022» التي تجريها سفن حربية روسية وإيرانية وصينية في شمال المحيط الهندي منذ الثلاثاء الماضي.\n"
     "وكانت آخر زيارة لرئيس إيراني إلى موسكو قد قام بها حسن روحاني في آذار 2017، فيما زار بوتين طهران آخر مرة في أيلول 2018 للمشاركة في قمة ثلاثية حول سوريا مع روحاني وأردوغان.\n"
     "وتتواصل في فيينا منذ 27 كانون الأول الماضي الجولة الثامنة من المحادثات الهادفة إلى إحياء الاتفاق النووي، بمشاركة روسيا والصين والدول الأوروبية الثلاث.\n"
     "اشترك في «الأخبار» على يوتيوب هنا\n"
     "العدد ٤٥٣٥"),
     dates=[("الخميس 20 كانون الثاني 2022", "2022-01-20", "g"), ("أمس", "2022-01-19", "r"), ("آب الماضي", "2021-08", "g"),
            ("12 آذار 2001", "2001-03-12", "g"), ("الأشهر التسعة الأولى من العام الماضي", "2021-01-01/2021-09-30", "r"),
            ("29 تشرين الثاني الماضي", "2021-11-29", "g"), ("اليوم", "2022-01-20", "r"), ("مساء غد الجمعة", "2022-01-21", "r"),
            ("حزام الأمن البحري 2022", None, "ignore"), ("الثلاثاء الماضي", "2022-01-18", "r"), ("آذار 2017", "2017-03", "g"),
            ("أيلول 2018", "2018-09", "g"), ("27 كانون الأول الماضي", "2021-12-27", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C([RU], [IR], "agreement", "2001-03-12"), C(PUT, RAI, "phone_call", "2021-11-29"),
               C(PUT, RAI, "meet", "2021-11-29", True), C(VOL, RAI, "meet", "2022-01-20", True), C([PUT, RU], ROU, "meet", "2017-03"),
               C(PUT, ROU, "meet", "2018-09"), C([RU], [IR], "meet", "2021-12-27", True)]),
# ---------------- 2022–2026 ----------------
dict(id="A31", pub="2022-11-25", text=(
     "الدوحة في 25 نوفمبر /قنا/ حقق المنتخب الإيراني لكرة القدم فوزا ثمينا على نظيره الويلزي بهدفين دون رد، في المباراة التي جمعتهما اليوم على استاد أحمد بن علي ضمن الجولة الثانية من منافسات المجموعة الثانية لبطولة كأس العالم FIFA قطر 2022. "
     "وسجل روزبه جشمي ورامين رضائيان هدفي إيران في الدقيقتين 90+8 و90+11، بعد طرد حارس ويلز واين هينيسي في الدقيقة 86. "
     "وبهذه النتيجة رفع المنتخب الإيراني رصيده إلى 3 نقاط، ويلتقي نظيره الأمريكي يوم الثلاثاء المقبل على استاد الثمامة في الساعة العاشرة مساء بتوقيت الدوحة، فيما تختتم البطولة في 18 ديسمبر المقبل."),
     dates=[("25 نوفمبر", "2022-11-25", "g"), ("اليوم", "2022-11-25", "r"), ("كأس العالم FIFA قطر 2022", None, "ignore"),
            ("يوم الثلاثاء المقبل", "2022-11-29", "r"), ("18 ديسمبر المقبل", "2022-12-18", "g")],
     contacts=[]),
dict(id="A32", pub="2023-03-11", text=(
     "السبت - 19 شعبان 1444 هـ - 11 مارس 2023 مـ رقم العدد [16175]\n"
     "الرياض - بكين: «الشرق الأوسط» اتفقت السعودية وإيران، أمس (الجمعة)، على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما وممثلياتهما خلال مدة أقصاها شهران، وذلك في ختام مباحثات استضافتها بكين بين 6 و10 مارس (آذار) الحالي. "
     "وأكد البيان الثلاثي السعودي الصيني الإيراني تفعيل اتفاقية التعاون الأمني الموقعة في 17 أبريل (نيسان) 2001 والاتفاقية العامة للتعاون في مجالات الاقتصاد والتجارة والاستثمار الموقعة في 27 مايو (أيار) 1998. "
     "ورحبت روسيا والإمارات وقطر وسلطنة عمان بالاتفاق، فيما قال المتحدث باسم الكرملين إن موسكو «تتابع باهتمام» الخطوات المقبلة."),
     dates=[("السبت - 19 شعبان 1444 هـ", "2023-03-11", "h"), ("11 مارس 2023 مـ", "2023-03-11", "g"), ("أمس (الجمعة)", "2023-03-10", "r"),
            ("بين 6 و10 مارس (آذار) الحالي", "2023-03-06/2023-03-10", "g"), ("17 أبريل (نيسان) 2001", "2001-04-17", "g"),
            ("27 مايو (أيار) 1998", "1998-05-27", "g")],
     contacts=[]),
dict(id="A33", pub="2023-08-16", text=(
     "الأربعاء ٢٥ مرداد ١٤٠٢ - ١٦ أغسطس ٢٠٢٣\n"
     "موسكو (فارس) – التقى وزير الدفاع وإسناد القوات المسلحة العميد محمد رضا آشتياني نظيره الروسي سيرغي شويغو أمس الثلاثاء 24 مرداد على هامش مؤتمر موسكو الحادي عشر للأمن الدولي، وبحث الجانبان تطوير التعاون العسكري والتقني وتنفيذ الاتفاقيات الموقعة بين البلدين. "
     "ودعا آشتياني نظيره الروسي إلى زيارة طهران، فيما أعلن الجانبان أن اللجنة العسكرية المشتركة ستعقد اجتماعها المقبل في طهران خلال شهر مهر. "
     "وكان آشتياني قد زار معرض «الجيش-2023» في كوبينكا قرب موسكو، واطلع على منظومات «إس-400» ومقاتلات «سو-35»."),
     dates=[("الأربعاء ٢٥ مرداد ١٤٠٢", "2023-08-16", "j"), ("١٦ أغسطس ٢٠٢٣", "2023-08-16", "g"), ("أمس الثلاثاء 24 مرداد", "2023-08-15", "j"),
            ("شهر مهر", "2023-09-23/2023-10-22", "j"), ("الجيش-2023", None, "ignore")],
     contacts=[C(SHO, GHAR, "meet", "2023-08-15"), C(SHO, GHAR, "message", "2023-08-15", True), C(SHO, GHAR, "meet", None, True),
               C([RU], [IR], "meet", "2023-09-23/2023-10-22", True)]),
dict(id="A34", pub="2023-10-24", text=(
     "طهران - الميادين: استقبل الرئيس الإيراني السيد إبراهيم رئيسي مساء أمس الاثنين وزير الخارجية الروسي سيرغي لافروف، على هامش الاجتماع الثاني لمنصة التعاون الإقليمي «3+3» الذي استضافته العاصمة الإيرانية بمشاركة وزراء خارجية إيران وروسيا وتركيا وأذربيجان وأرمينيا، فيما غابت جورجيا. "
     "وكان لافروف قد عقد صباح اليوم نفسه محادثات ثنائية مع نظيره الإيراني حسين أمير عبد اللهيان تناولت الحرب على غزة التي اندلعت في السابع من تشرين الأول الجاري، وممر «شمال–جنوب» للنقل. "
     "واتفق المشاركون على عقد الاجتماع المقبل للمنصة في تركيا العام المقبل، بعدما عقد الاجتماع الأول في موسكو في 10 كانون الأول 2021."),
     dates=[("مساء أمس الاثنين", "2023-10-23", "r"), ("صباح اليوم نفسه", None, "ignore"), ("السابع من تشرين الأول الجاري", "2023-10-07", "g"),
            ("العام المقبل", "2024", "r"), ("10 كانون الأول 2021", "2021-12-10", "g")],
     contacts=[C(LAV, RAI, "meet", "2023-10-23"), C(LAV, AMI, "meet", "2023-10-23"), C([RU], [IR], "meet", "2024", True),
               C([RU], [IR], "meet", "2021-12-10", True)]),
dict(id="A35", pub="2024-03-25", text=(
     "الاثنين ١٥ من رمضان ١٤٤٥ هـ ٢٥ مارس ٢٠٢٤ السنة ١٤٨ العدد ٥٠١٥٣\n"
     "موسكو - وكالات: تلقى الرئيس الروسي فلاديمير بوتين يوم السبت برقية تعزية من نظيره الإيراني إبراهيم رئيسي في ضحايا الهجوم الإرهابي الذي استهدف قاعة «كروكوس سيتي هول» للحفلات في ضواحي موسكو مساء الجمعة الماضي، وأسفر عن مقتل ١٣٧ شخصا وإصابة أكثر من ١٨٠ آخرين. "
     "كما أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اتصالا هاتفيا بنظيره الروسي سيرغي لافروف أمس الأحد، الذي أعلنته روسيا يوم حداد وطني، أكد فيه تضامن طهران مع موسكو. "
     "وكان تنظيم «داعش-خراسان»، الذي تبنى الهجوم، قد تبنى أيضا تفجيري كرمان في إيران في ٣ يناير الماضي، اللذين أوقعا ٩٥ قتيلا."),
     dates=[("الاثنين ١٥ من رمضان ١٤٤٥ هـ", "2024-03-25", "h"), ("٢٥ مارس ٢٠٢٤", "2024-03-25", "g"), ("يوم السبت", "2024-03-23", "r"),
            ("مساء الجمعة الماضي", "2024-03-22", "r"), ("أمس الأحد", "2024-03-24", "r"), ("٣ يناير الماضي", "2024-01-03", "g")],
     contacts=[C(PUT, RAI, "message", "2024-03-23"), C(LAV, AMI, "phone_call", "2024-03-24"), C(LAV, AMI, "message", "2024-03-24", True)]),
dict(id="A36", pub="2024-08-06", text=(
     "الثلاثاء 6 أغسطس 2024 - 11:05 بتوقيت أبوظبي\n"
     "أبوظبي - سكاي نيوز عربية: أجرى أمين مجلس الأمن الروسي سيرغي شويغو في طهران، أمس الاثنين، محادثات مع نظيره الإيراني علي أكبر أحمديان، ثم استقبله الرئيس مسعود بزشكيان، وذلك بعد أقل من أسبوع على اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في العاصمة الإيرانية فجر 31 يوليو. "
     "ونقلت وكالة «ريا نوفوستي» عن شويغو قوله إن موسكو ستواصل التعاون الوثيق مع طهران، فيما قال بزشكيان إنه يتطلع إلى لقاء الرئيس فلاديمير بوتين في قمة بريكس التي تستضيفها قازان من 22 إلى 24 أكتوبر المقبل. "
     "وكان بزشكيان قد أدى اليمين الدستورية أمام البرلمان في 30 يوليو الماضي، بحضور رئيس مجلس الدوما فياتشيسلاف فولودين."),
     dates=[("الثلاثاء 6 أغسطس 2024", "2024-08-06", "g"), ("أمس الاثنين", "2024-08-05", "r"), ("بعد أقل من أسبوع على", None, "ignore"),
            ("فجر 31 يوليو", "2024-07-31", "g"), ("من 22 إلى 24 أكتوبر المقبل", "2024-10-22/2024-10-24", "g"),
            ("30 يوليو الماضي", "2024-07-30", "g")],
     contacts=[C(SHO, AHM, "meet", "2024-08-05"), C(SHO, PEZ, "meet", "2024-08-05"), C(PUT, PEZ, "meet", "2024-10-22/2024-10-24", True),
               C(VOL, PEZ, "meet", "2024-07-30", True)]),
dict(id="A37", pub="2025-06-27", text=(
     "بكين – موقع المنار: التقى وزير الدفاع الإيراني العميد عزيز نصير زاده نظيره الروسي أندريه بيلوسوف أمس في مدينة تشينغداو الصينية، على هامش اجتماع وزراء دفاع الدول الأعضاء في منظمة شنغهاي للتعاون الذي عقد يومي الأربعاء والخميس، في أول زيارة خارجية لنصير زاده منذ وقف إطلاق النار مع كيان الاحتلال فجر الثلاثاء الماضي. "
     "وقال بيلوسوف إن موسكو «تدين بشدة» الضربات الأميركية على المنشآت النووية الإيرانية ليل 21–22 حزيران/يونيو، مشيرا إلى أن معاهدة الشراكة الاستراتيجية الشاملة الموقعة في 17 كانون الثاني/يناير الماضي «توفر إطارا متينا» لتعاون البلدين. "
     "وكان نصير زاده قد التقى في اليوم الأول من الاجتماع نظيره الصيني دونغ جون."),
     dates=[("أمس", "2025-06-26", "r"), ("الأربعاء", "2025-06-25", "r"), ("الخميس", "2025-06-26", "r"), ("فجر الثلاثاء الماضي", "2025-06-24", "r"),
            ("ليل 21–22 حزيران/يونيو", "2025-06-21", "g"), ("17 كانون الثاني/يناير الماضي", "2025-01-17", "g"),
            ("اليوم الأول من الاجتماع", None, "ignore")],
     contacts=[C(BEL, NAS, "meet", "2025-06-26"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17")]),
dict(id="A38", pub="2025-09-02", text=(
     "بوتين وبزشكيان يبحثان في تيانجين الملف النووي بعد تفعيل «آلية الزناد»\n"
     "الثلاثاء 2 سبتمبر 2025 9:40\n"
     "تيانجين (الصين) - اندبندنت عربية: التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان أمس الإثنين على هامش قمة منظمة شنغهاي للتعاون في مدينة تيانجين شمال الصين، وبحثا الملف النووي الإيراني بعد أن أطلقت فرنسا وبريطانيا وألمانيا آلية «سناب باك» لإعادة فرض العقوبات الأممية في 28 أغسطس (آب) الماضي.\n"
     "وقال بوتين في مستهل اللقاء إن «العلاقات بين بلدينا تتطور بنجاح»، مشيراً إلى أن معاهدة الشراكة الاستراتيجية الشاملة التي وقعها الرئيسان في موسكو في 17 يناير (كانون الثاني) الماضي ستدخل حيز التنفيذ في الثاني من أكتوبر (تشرين الأول) المقبل.\n"
     "من جانبه، أكد بزشكيان أن طهران «لن تتخلى عن حقها في التخصيب»، داعياً موسكو إلى الوقوف في وجه «الخطوة الأوروبية غير القانونية» في مجلس الأمن، حيث تنتهي مهلة الثلاثين يوماً لإعادة العقوبات في 27 سبتمبر (أيلول) الجاري.\n"
     "ونقلت وكالة «تاس» عن مساعد الرئيس الروسي يوري أوشاكوف أن الرئيسين اتفقا على أن يلتقيا مجدداً خلال قمة الدول المطلة على بحر قزوين المقررة في طهران العام المقبل، وأن بوتين قبل دعوة نظيره لزيارة إيران.\n"
     "وكان بزشكيان قد وصل إلى تيانجين يوم السبت الماضي، والتقى أمس الأول الأحد الرئيس الصيني شي جينبينغ، كما عقد لقاء مع رئيس الوزراء الهندي ناريندرا مودي.\n"
     "وعقدت القمة الخامسة والعشرون للمنظمة يومي 31 أغسطس و1 سبتمبر بمشاركة أكثر من 20 من قادة الدول، وهي الأكبر منذ تأسيس المنظمة عام 2001.\n"
     "وكان بوتين وبزشكيان قد التقيا للمرة الأولى في عشق آباد في 11 أكتوبر (تشرين الأول) 2024، ثم على هامش قمة بريكس في قازان بعد أقل من أسبوعين.\n"
     "وتعرضت منشآت نووية إيرانية في يونيو (حزيران) الماضي لضربات إسرائيلية وأميركية خلال حرب استمرت 12 يوماً، قبل أن تعلق طهران تعاونها مع الوكالة الدولية للطاقة الذرية.\n"
     "© اندبندنت عربية 2025\n"
     "اقرأ المزيد: «سناب باك»... ماذا يعني تفعيل آلية الزناد؟"),
     dates=[("الثلاثاء 2 سبتمبر 2025", "2025-09-02", "g"), ("أمس الإثنين", "2025-09-01", "r"), ("28 أغسطس (آب) الماضي", "2025-08-28", "g"),
            ("17 يناير (كانون الثاني) الماضي", "2025-01-17", "g"), ("الثاني من أكتوبر (تشرين الأول) المقبل", "2025-10-02", "g"),
            ("27 سبتمبر (أيلول) الجاري", None, "ignore"), ("العام المقبل", "2026", "r"), ("يوم السبت الماضي", "2025-08-30", "r"),
            ("أمس الأول الأحد", "2025-08-31", "r"), ("31", "2025-08-31", "g"), ("1 سبتمبر", "2025-09-01", "g"), ("عام 2001", "2001", "g"),
            ("11 أكتوبر (تشرين الأول) 2024", "2024-10-11", "g"), ("بعد أقل من أسبوعين", None, "ignore"),
            ("يونيو (حزيران) الماضي", "2025-06", "g"), ("© اندبندنت عربية 2025", None, "ignore")],
     contacts=[C(PUT, PEZ, "meet", "2025-09-01"), C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(PUT, PEZ, "meet", "2026"), C(PUT, PEZ, "message", "2025-09-01", True), C(PUT, PEZ, "meet", None, True),
               C(PUT, PEZ, "meet", "2024-10-11"), C(PUT, PEZ, "meet", "any")]),
dict(id="A39", pub="2026-02-24", text=(
     "الثلاثاء 24 فيفري 2026 م الموافق لـ 7 رمضان 1447 هـ\n"
     "حلّ رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف، أمس الإثنين، بموسكو في زيارة رسمية تدوم ثلاثة أيام بدعوة من رئيس مجلس الدوما فياتشيسلاف فولودين، الذي يجري معه محادثات اليوم الثلاثاء قبل أن يستقبله الرئيس فلاديمير بوتين غدا الأربعاء 25 فيفري. "
     "وتأتي الزيارة بعد تأجيل الاجتماع الحادي عشر للجنة الحكومية المشتركة الروسية الإيرانية، الذي كان مقررا بطهران في جانفي الماضي، إلى النصف الثاني من شهر أفريل المقبل، أي بعد عيد الفطر الذي يصادف حسب الحسابات الفلكية يوم 20 مارس. "
     "وكان قاليباف قد التقى فولودين آخر مرة في سانت بطرسبورغ في جويلية 2024 على هامش المنتدى البرلماني لمجموعة بريكس."),
     dates=[("الثلاثاء 24 فيفري 2026 م", "2026-02-24", "g"), ("7 رمضان 1447 هـ", "2026-02-24", "h"), ("أمس الإثنين", "2026-02-23", "r"),
            ("اليوم الثلاثاء", "2026-02-24", "r"), ("غدا الأربعاء 25 فيفري", "2026-02-25", "g"), ("جانفي الماضي", "2026-01", "g"),
            ("النصف الثاني من شهر أفريل المقبل", "2026-04-16/2026-04-30", "g"), ("عيد الفطر", None, "ignore"), ("20 مارس", "2026-03-20", "g"),
            ("جويلية 2024", "2024-07", "g")],
     contacts=[C([RU, "State Duma"], GHA, "meet", "2026-02-23", True), C(VOL, GHA, "meet", "2026-02-24"), C(PUT, GHA, "meet", "2026-02-25"),
               C(VOL, GHA, "message", "any", True), C([RU], [IR], "meet", "2026-04-16/2026-04-30", True), C(VOL, GHA, "meet", "2024-07")]),
dict(id="A40", pub="2026-04-21", text=(
     "طهران/ 1 أرديبهشت/ إرنا – أجرى رئيس الجمهورية مسعود بزشكيان مساء اليوم اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين، بحثا خلاله التحضيرات للقمة السابعة لرؤساء الدول المطلة على بحر قزوين المقرر عقدها في طهران يومي 12 و13 مرداد المقبل، وتطورات المفاوضات النووية. "
     "وأعلن المتحدث باسم الحكومة أن زيارة وزير الخارجية عباس عراقجي إلى موسكو، التي كانت مقررة الأسبوع الجاري، ألغيت «لأسباب تتعلق بجدول الأعمال»، على أن يلتقي عراقجي نظيره الروسي سيرغي لافروف على هامش اجتماع وزراء خارجية منظمة شنغهاي للتعاون في بيشكك منتصف الشهر المقبل. "
     "وكان الرئيسان قد تبادلا برقيات التهنئة بمناسبة عيد النوروز يوم 21 مارس الماضي."),
     dates=[("1 أرديبهشت", "2026-04-21", "j"), ("مساء اليوم", "2026-04-21", "r"), ("12", "2026-08-03", "j"), ("13 مرداد المقبل", "2026-08-04", "j"),
            ("الأسبوع الجاري", "2026-04-20/2026-04-26", "r"), ("منتصف الشهر المقبل", "2026-05-11/2026-05-20", "r"),
            ("عيد النوروز", None, "ignore"), ("21 مارس الماضي", "2026-03-21", "g")],
     contacts=[C(PUT, PEZ, "phone_call", "2026-04-21"), C(PUT, PEZ, "meet", "2026-08-03/2026-08-04", True), C(LAV, ARA, "meet", "2026-05-11/2026-05-20"),
               C(PUT, PEZ, "message", "2026-03-21")]),
]
