# Held-out probe set 36: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 11–12 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A08, A17, A29, A37) and 36 SNIPPETS of 1–3 sentences (the other ids; A05, A18, A24
# and A32 open with a header line, A33 with a two-calendar header), publication dates 2010–2026 (two or three a year, ids in
# date order).  27 are about Russia–Iran contacts; 13 are general news that name Russia or Iran but hold no Russia–Iran
# contact: A04, A07, A10, A13, A16, A18, A22, A25, A26, A31, A34, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set32 and set34 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set34 were listed (with ast, no values) so that this module defines the same kind of names (name constants
# and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of Fars Arabic (A01 «طهران، الأربعاء ١ ربيع الثاني ١٤٣١ (فارس)», Hijri
# without هـ in Eastern-Arabic digits; A11 «أمس الثلاثاء 18 شهريور»), Al Jazeera (A02 «يونيو/حزيران الماضي»), KUNA (A03
# «أستانا - 15 - 6 (كونا) --»), Al-Masry Al-Youm (A04 and A24, Eastern-Arabic digits, «من ١ إلى ١٠ سبتمبر المقبل», header
# «الثلاثاء ٢٦-٠١-٢٠٢١ ١٨:٣٠», «٣+٣»), Asharq Al-Awsat (A05 header «الخميس 18 رمضان 1432 هـ 18 أغسطس 2011 العدد 11951», «أمس
# (الأربعاء)»; A29 «الاثنين - 8 رجب 1444 هـ - 30 يناير 2023 مـ رقم العدد [16135]», «ديسمبر (كانون الأول)»), IRNA Arabic (A06
# «طهران/ 15 اسفند/ إرنا», A15 «بوشهر – إرنا – 20 شهريور 1395:», A27 «موسكو/ 9 شهريور/ إرنا» with «شهر مهر المقبل», A37
# «الأحد 28 دي 1404 - 18 يناير 2026 - 14:35»), Al Arabiya (A07, A22), Al-Manar (A08 «الجمعة 13 أيلول 2013 - 7 ذو القعدة 1434
# هـ»), Al-Quds Al-Arabi (A09), RT Arabic (A10; A32 «20.05.2024 | 13:42 GMT»), Tasnim Arabic (A12 «اليوم الخميس 18 تير», A30
# «اليوم الخميس 24 فروردين»), Annahar (A13), SANA (A14 «موسكو-سانا», «منتصف ليل الجمعة»), Alhurra (A16), Sky News Arabia (A17
# «الأربعاء 22 نوفمبر 2017 - 19:05 بتوقيت أبوظبي», A35), Youm7 (A18 «الثلاثاء، 26 يونيو 2018 02:15 ص»), Al-Akhbar (A19
# «طهران |»), Rudaw (A20), Al Mayadeen (A21), Sputnik Arabic (A23), Shafaq News (A25, Iraqi «آب»), Al-Ahram (A26, Eastern-
# Arabic digits), Al Jazeera Net (A28 «سمرقند-»), Independent Arabia (A31 «شهر اسفند الماضي»), Al-Alam (A33 «الأربعاء 20 ذو
# الحجة 1445 - 26 حزيران 2024», Hijri without هـ; A39 «العام الإيراني الجديد 1405»), WAM (A34 «إسطنبول في 16 مايو / وام /»),
# QNA (A36 «موسكو في 12 نوفمبر /قنا/»), El Khabar (A38 Algerian «فيفري», «أفريل») and Hespress (A40 Moroccan «يومه الخميس»,
# «فاتح يوليوز المقبل»).
# Contacts: presidents (Medvedev–Ahmadinejad A02, A03; Putin–Ahmadinejad A06 cable, A08; Putin–Rouhani A08, A12, A17, A19,
# A21 letter, A23; Putin–Raisi A28; Putin–Pezeshkian A37, A39), the Leader (Putin–Khamenei A17; his message carried by
# Larijani A35; a condolence cable to him and the acting president A32), foreign ministers (Lavrov–Mottaki A01, –Salehi A05,
# A06, –Zarif A08, A09, A12, A17, A19, A24, –Amir-Abdollahian A27, A30, –Araghchi A35 (with Putin), A36, A37, A39), deputy FMs
# and envoys (Bogdanov–Amir-Abdollahian A14), ambassadors (Lavrov at the Iranian embassy with Jalali A32), security council
# secretaries (Patrushev–Jalili A05, Patrushev–Shamkhani A21, Lavrov–Larijani A37), defence ministers (Shoigu–Hatami A20),
# energy / economy ministers (Novak–Zanganeh A11, Novak–Owji A27, Novak–Farzin A29), speakers (Volodin at the funeral A32),
# central banks (Nabiullina–Farzin and a Bank of Russia delegation A29), Rosatom–AEOI (A15), Gazprom–NIGC with the oil minister
# and the acting president (A33); meetings, visits, Caspian / SCO / BRICS sidelines (A02, A03, A08, A12, A28), trilaterals
# (A17 Sochi and the Tehran trilateral with Azerbaijan, A19 Tehran, A23 by video link), a quartet (A30 with China and
# Pakistan on Afghanistan), phone calls (A01, A06, A39), letters delivered by envoys (A21, A37) and a message carried by an
# adviser (A35), invitations (A08, A20, A37), congratulation cables (A06, A39), a condolence cable (A32), MoUs (A11, A29, A33),
# contracts and treaties recalled (the 2014 Bushehr contract A15, the 2001 and 2025 treaties A37, the 2022 central-bank MoU
# A29), planned (A01, A05, A08, A14, A17, A19, A20, A21, A27, A32, A36, A37), postponed (A23, A36), cancelled (A02) and denied
# (A24) contacts, and background in «وكان … قد …».
# Traps: third-country contacts only (A04 Egypt–Russia wheat, A10 the Russia–Crimea treaty and an Iranian statement, A13
# Russia–Turkey after the Su-24 downing with an Iranian offer of mediation, A25 Iraq–Iran gas, A26 the Russia / Ukraine –
# Turkey – UN grain deal, A34 Russia–Ukraine in Istanbul and Iran–US in Rome, A38 the OPEC+ eight with Russia and Saudi Arabia
# but not Iran, A40 Morocco–Russia fisheries), sport (A07 an Iranian wrestler beats a Russian, A18 Iran–Portugal at the 2018
# World Cup in Russia), weather (A16 dust storm), markets and money (A31 rial, A38 oil), COVID figures and Iran–China aid
# (A22); inside Russia–Iran stories Lavrov–Kerry (A08), Putin–Trump and Putin–Assad (A17), Iran–Turkey (A17, A19, A23),
# Raisi–Xi / Modi (A28), Amir-Abdollahian–Qin Gang (A30), a decree (A02), linking card networks (A29), a plant's planned
# commissioning year (A15); «5+1», «3+3», «إف-16», «سوخوي-24», «إس-300», «إس-400», resolution 1929, «كوفيد-19», issue and news
# numbers, scores, a match minute, clock times, money, counts, durations, percentages, weights («55 كغم»), session / summit /
# conference ordinals, «الساعات الـ24 الماضية», «لليوم الثالث على التوالي», «دولمه بهجة».
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
# Conventions: /work/shared/gold/README.md plus the headers of set32 and set34 (and through them set13, set16, set19–set30 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية (a
#   past point) = 21 to month end, النصف الثاني من + month = 16 to month end; «الأسبوع الماضي / المقبل» = previous / next
#   MONDAY–SUNDAY week; Arabic relative years and months are Gregorian («العام المقبل» = "YYYY", «العام الجاري» = pub year); a
#   relative year called Iranian is Solar Hijri; a Gregorian month glossed by its twin is one mention; «من X إلى Y» is one range
#   mention («من» inside); a weekday next to its date belongs to it, «يوم» inside before a weekday and outside before a bare
#   number; a relative word joined to a written date is one mention in the written calendar; a relative word + weekday alone
#   («أمس (الأربعاء)», «مساء أمس الجمعة», «صباح غد الاثنين») is r; a header in two calendars is one mention per calendar, the
#   weekday going with the first; the «هـ» / «م» of a header date and a trailing الماضي / المقبل / الجاري are inside the span;
#   «منذ», «حتى», «بحلول», «اعتباراً من», «ابتداء من», «خلال», «الموافق» stay outside; «الخميس الماضي» = the last such weekday
#   strictly before pub, a bare past weekday = on or before pub, a future one = after pub; KUNA's «15 - 6», WAM's «إسطنبول في 16
#   مايو», QNA's «موسكو في 12 نوفمبر», a Solar Hijri dateline day and the dateline day are mentions of the pub day; «20.05.2024» =
#   D.M.Y (g); a Solar Hijri date in Arabic text is j; «الثامن من الشهر الجاري», «الأول من الشهر الجاري», «أواسط تشرين الأول من
#   العام نفسه», «يوليو (تموز) من العام نفسه» are resolved (g); time-of-day words inside a span never change its value;
#   «منتصف ليل الجمعة» = that Friday; «الأشهر السبعة الأولى من العام الجاري» = 1 January – 31 July of the pub year (r); «الأشهر
#   التسعة الأولى من العام الإيراني الجاري» = 1 Farvardin – 30 Azar of the current Solar year (r); holiday names beside their own
#   date, «منذ + duration», anaphoric and event-relative expressions («غداة», «في اليوم نفسه», «اليوم نفسه», «قبل القمة», «قبل
#   انطلاق القمة», «بعد يوم من», «بعد يومين من», «بعد خمسة أشهر من», «بعد أقل من شهرين على», «بعد نحو شهر من», «قبل مغادرته
#   طهران»), vague ones («لاحقاً», «قبل أشهر»), deadlines («قبل نهاية العام الحالي», «حتى الاثنين المقبل» of a negotiation),
#   «مطلع العام المقبل», «مطلع الشهر الجاري», completion horizons («خلال ثلاث سنوات») and years inside event names («أولمبياد
#   لندن 2012», «كأس العالم روسيا 2018») are ignore lines, while the last day of a weather forecast («بحلول مساء الخميس المقبل»)
#   is a mention; a copyright year is an ignore line and an issue / news number gets no line; counts, durations, percentages,
#   money, clock times, scores, model numbers, «5+1», «3+3» and ordinals get no line; a year-less holiday is a date of the
#   nearest year («عيد النوروز» = 1 Farvardin).
#   Contacts as in those headers: treaty signed by two presidents → required agreement + optional meet; company / agency
#   contracts and MoUs → required agreement; an MoU or agreement signed by two ministers / heads of agencies → required
#   agreement + optional meet the same day (a required meet when their talks are reported too); a signing in the presence of a
#   minister → optional meet of the signer and the minister; documents signed by officials in the presence of the presidents →
#   required country-level agreement; a trilateral or quartet where both sides sit together → required (a bilateral the same
#   day is the same row), its declaration / statement → optional agreement; the JCPOA track (the Geneva interim deal) and Iran–
#   5+1 rounds with no bilateral → optional country-level rows; envoy handing over a leader's letter → meet (envoy–host) +
#   message (sender–addressee); congratulation and condolence cables on a stated day → required message; greetings a minister
#   conveys in his own call → optional message; planned contacts with a stated day, interval or relative week / month / year →
#   required, possibilities and undated hopes → optional with None; a visit invitation handed over at a dated meeting and
#   accepted → optional message that day + optional undated meet; a postponed contact → one row at its new date; joint
#   commissions and multilateral meetings (Astana rounds, the security secretaries' meeting, the 3+3 platform, the Caspian
#   summit) with no bilateral stated → optional; a named official's visit with no host named → required with country-level
#   names for the host; the arrival day before the dated meetings of a visit → optional meet with country-level host names;
#   treaties and contracts recalled by year or date → required agreements; a contact dated by «في اليوم نفسه» takes that day;
#   cancelled and denied contacts, deliveries, decrees and entry into force give no row.
# Decided here where nothing above says (set36):
#   «النصف الأول من» + month = days 1–15 (A05, «النصف الأول من سبتمبر (أيلول) المقبل»), mirroring «النصف الثاني من» = 16 to
#   month end; «النصف الأول من العام المقبل» = 1 January – 30 June (r, A17) and «النصف الثاني من العام الجاري» = 1 July – 31
#   December (r, A37).  «الأسبوع الأول من» + month = days 1–7 (A29) and «الأسبوع الأخير من الشهر الجاري» = the last seven days of
#   the pub month (r, A08), not Monday–Sunday weeks (those are for «الأسبوع الماضي / المقبل»).  «الربع الأول من عام 2015» = 1
#   January – 31 March (g, A11); «الربع الأول من العام المقبل» likewise (r, A36).  A Solar month with a relative word («شهر مهر
#   المقبل», «شهر اسفند الماضي») is one j mention, «شهر» and the relative word inside (A27, A31).  «العام الإيراني المقبل» /
#   «العام الإيراني المنصرم» = the next / previous Solar year (r, A29, A31); followed by its start day («الذي يبدأ في 21 مارس
#   (آذار)», A29) it is two mentions — the year interval and the day — since a whole year is not a holiday name (unlike set34's
#   «مطلع العام الإيراني الجديد»).  «العام الإيراني الجديد 1405» (written year) = the Solar year 1405 (j, A39).  Al-Masry
#   Al-Youm's «الثلاثاء ٢٦-٠١-٢٠٢١ ١٨:٣٠» = D-M-Y (g), the clock time outside (A24).  «مساء غد الأربعاء» = pub + 1 (r, A10).  A
#   season («الصيف الماضي», A04) is an ignore line; so are a stock's horizon «حتى نهاية نوفمبر» (A04, deadline rule), «لليوم
#   الثالث على التوالي» (A16), «عشية» + event (A30), «بعد عامين» after a stated year (A15), the plan period «للفترة 2026-2028»
#   (A36, like a school year), the horizon «في العامين المقبلين» (A37) and the Moroccan parliament's «دورة أبريل الجارية» (A40, a
#   session name).  A stated commissioning year («أن تدخل الوحدة الثانية الخدمة عام 2024», A15) is a g mention, like a
#   contract's expiry month.  «مراسم النوروز التي صادفت الجمعة الماضي» (A22) and «أمس الجمعة، الذي صادف عيد الفطر» (A39): the
#   holiday name is an ignore line and the weekday carries the value; «بمناسبة عيد النوروز» in a cable, with no date of its own
#   beside it, is 1 Farvardin (j, A39).  The originally planned month of a postponed summit («كما كان مقرراً في آذار/مارس») is a
#   g mention (A23).
#   Contacts: a summit held by video link («قمة ثلاثية عبر تقنية الفيديو», A23) → required meet + optional phone_call of the
#   presidents, its statement an optional agreement, the next summit «حالما تسمح الظروف» an optional undated meet.  One
#   condolence cable addressed to two Iranian leaders (the Leader and the acting president, A32) → ONE required message row
#   accepting either addressee.  A foreign minister offering condolences to the ambassador at the embassy (Lavrov–Jalali, A32)
#   → required meet.  The Duma speaker to head a delegation to a funeral in Tehran on a stated day, no host named → required
#   meet with country-level Iranian names (A32).  An adviser to the Leader received by the president and conveying the
#   Leader's message (Larijani, A35) → meet (adviser–president) + message (Leader–president).  A visit invitation handed over
#   at a dated meeting and not said to be accepted, the invited visit dated by a relative year (A20) → optional message that
#   day + optional meet at that year.  An invitation said to have been sent, with no date (A37) → optional message, date "any".
#   An ongoing Iran–5+1 round with no bilateral and no day (Vienna, A12) → optional country-level meet, date "any".  The next
#   meeting of the security secretaries (A21) and the next 3+3 meeting (A36) → optional country-level meets at the stated month
#   / interval; a planned joint commission with named co-chairs (A27) → optional meet of those co-chairs at the stated Solar
#   month.  A Bank of Russia delegation's talks in Tehran with «مسؤولي البنك المركزي الإيراني» (A29) → required meet with the
#   two institutions' names.  A foreign minister's visit cancelled (Mottaki A02), a phone call denied by the Kremlin (A24), an
#   Iranian deputy minister's offer to mediate between Moscow and Ankara (A13), an Iranian ministry statement on Crimea (A10),
#   the OPEC+ eight (A38) and a bout against a Russian opponent (A07) give no row.
PUT, MED, AHN, ROU, KHA, RAI, PEZ = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani",
                                     "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian")
LAV, MOT, SALE, ZAR, AMI, ARA = ("Sergei Lavrov", "Manouchehr Mottaki", "Ali Akbar Salehi", "Mohammad Javad Zarif",
                                 "Hossein Amir-Abdollahian", "Abbas Araghchi")
RU, IR = "Russia", "Iran"
PAT = ["Nikolai Patrushev", RU]
SHO = ["Sergei Shoigu", RU]
BOG = ["Mikhail Bogdanov", RU]
NOV = ["Alexander Novak", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
BOR = ["Bank of Russia", "Central Bank of Russia", RU]
ROSA = ["Rosatom", "Sergei Kiriyenko", RU]
SPAS = ["Nikolai Spassky", "Rosatom", RU]
GAZ = ["Alexei Miller", "Gazprom", RU]
JLL = ["Saeed Jalili", IR]
SHAM = ["Ali Shamkhani", IR]
LAR = ["Ali Larijani", IR]
ZANG = ["Bijan Zanganeh", IR]
HAT = ["Amir Hatami", IR]
OWJ = ["Javad Owji", IR]
MOK = ["Mohammad Mokhber", IR]
JAL = ["Kazem Jalali", IR]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
CBI = ["Central Bank of Iran", "CBI", IR]
AEOI = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
NIGC = ["Majid Chegeni", "National Iranian Gas Company", "NIGC", IR]
KHAT = ["Mohammad Khatami", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2010–2014 ----------------
dict(id="A01", pub="2010-03-17", text=(
     "طهران، الأربعاء ١ ربيع الثاني ١٤٣١ (فارس) - بحث وزير الخارجية منوشهر متكي في اتصال هاتفي مساء أمس مع نظيره الروسي سيرغي لافروف آخر مستجدات الملف النووي ومقترح تبادل الوقود الخاص بمفاعل طهران للأبحاث، مؤكداً أن الجمهورية الإسلامية «لن ترضخ للغة التهديد والعقوبات». "
     "ومن جهته شدد لافروف على أن موسكو ترى في الحوار بين طهران ومجموعة 5+1 «السبيل الوحيد» لتبديد المخاوف، وفق ما أفاد بيان للخارجية الإيرانية. "
     "ومن المقرر أن يزور متكي العاصمة الروسية في النصف الثاني من الشهر المقبل لاستكمال المشاورات."),
     dates=[("الأربعاء ١ ربيع الثاني ١٤٣١", "2010-03-17", "h"), ("مساء أمس", "2010-03-16", "r"),
            ("النصف الثاني من الشهر المقبل", "2010-04-16/2010-04-30", "r")],
     contacts=[C(LAV, MOT, "phone_call", "2010-03-16"), C(RU, MOT, "meet", "2010-04-16/2010-04-30")]),
dict(id="A02", pub="2010-11-18", text=(
     "التقى الرئيس الروسي دميتري مدفيديف نظيره الإيراني محمود أحمدي نجاد اليوم الخميس في العاصمة الأذربيجانية باكو على هامش القمة الثالثة للدول المطلة على بحر قزوين، في أول لقاء بينهما منذ تصويت موسكو في يونيو/حزيران الماضي لصالح القرار 1929 الذي فرض جولة رابعة من العقوبات على طهران. "
     "وكان أحمدي نجاد قد اتهم نظيره الروسي قبل أشهر بأنه «يردد كلام أعداء إيران»، فيما حظر مرسوم رئاسي روسي في سبتمبر/أيلول تسليم صواريخ إس-300 إلى طهران، كما ألغيت في اللحظة الأخيرة زيارة كان وزير الخارجية منوشهر متكي سيقوم بها إلى موسكو في أكتوبر/تشرين الأول. "
     "ويبحث قادة روسيا وإيران وأذربيجان وكازاخستان وتركمانستان في القمة التي تستمر يوماً واحداً تقاسم ثروات البحر وقضايا الأمن فيه."),
     dates=[("اليوم الخميس", "2010-11-18", "r"), ("يونيو/حزيران الماضي", "2010-06", "g"), ("قبل أشهر", None, "ignore"),
            ("سبتمبر/أيلول", "2010-09", "g"), ("أكتوبر/تشرين الأول", "2010-10", "g")],
     contacts=[C(MED, AHN, "meet", "2010-11-18")]),
dict(id="A03", pub="2011-06-15", text=(
     "أستانا - 15 - 6 (كونا) -- عقد الرئيس الروسي دميتري مدفيديف اليوم محادثات مع نظيره الإيراني محمود أحمدي نجاد على هامش قمة منظمة شنغهاي للتعاون التي تحتفل بالذكرى العاشرة لتأسيسها في العاصمة الكازاخستانية. "
     "وذكر الكرملين في بيان أن اللقاء الذي استمر 40 دقيقة تناول البرنامج النووي الإيراني ومحطة بوشهر التي تبنيها مؤسسة (روس آتوم) ويتوقع تشغيلها قبل نهاية العام الحالي. "
     "وكان الرئيسان قد التقيا آخر مرة في باكو يوم 18 نوفمبر الماضي على هامش قمة الدول المطلة على بحر قزوين."),
     dates=[("15 - 6", "2011-06-15", "g"), ("اليوم", "2011-06-15", "r"), ("قبل نهاية العام الحالي", None, "ignore"),
            ("18 نوفمبر الماضي", "2010-11-18", "g")],
     contacts=[C(MED, AHN, "meet", "2011-06-15"), C(MED, AHN, "meet", "2010-11-18")]),
dict(id="A04", pub="2011-08-08", text=(
     "أعلنت الهيئة العامة للسلع التموينية، أمس الأحد، شراء ١٨٠ ألف طن من القمح الروسي في مناقصة دولية بمتوسط سعر ٢٦٢ دولاراً للطن شاملاً الشحن، وهي أول صفقة من نوعها منذ أن رفعت موسكو في الأول من يوليو الحظر الذي فرضته على صادرات الحبوب الصيف الماضي بسبب موجة الجفاف والحرائق. "
     "وقال مصدر مسؤول بالهيئة لـ«المصري اليوم» إن الشحنات ستصل إلى ميناءي سفاجا والإسكندرية في الفترة من ١ إلى ١٠ سبتمبر المقبل، مشيراً إلى أن المخزون الاستراتيجي من القمح يكفي حتى نهاية نوفمبر."),
     dates=[("أمس الأحد", "2011-08-07", "r"), ("الأول من يوليو", "2011-07-01", "g"), ("الصيف الماضي", None, "ignore"),
            ("من ١ إلى ١٠ سبتمبر المقبل", "2011-09-01/2011-09-10", "g"), ("نهاية نوفمبر", None, "ignore")],
     contacts=[]),
dict(id="A05", pub="2011-08-18", text=(
     "الخميس 18 رمضان 1432 هـ 18 أغسطس 2011 العدد 11951\n"
     "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني علي أكبر صالحي في موسكو أمس (الأربعاء) خطة روسية لتسوية الملف النووي الإيراني تقوم على مبدأ «خطوة مقابل خطوة»، تتخذ بموجبها طهران إجراءات لطمأنة الوكالة الدولية للطاقة الذرية مقابل تخفيف تدريجي للعقوبات. "
     "وقال صالحي في مؤتمر صحافي مشترك إن بلاده تنظر «بإيجابية» إلى المقترح، فيما أعلن لافروف أن أمين مجلس الأمن الروسي نيكولاي باتروشيف سيزور طهران في النصف الأول من سبتمبر (أيلول) المقبل لإجراء محادثات مع نظيره سعيد جليلي."),
     dates=[("الخميس 18 رمضان 1432 هـ", "2011-08-18", "h"), ("18 أغسطس 2011", "2011-08-18", "g"),
            ("أمس (الأربعاء)", "2011-08-17", "r"), ("النصف الأول من سبتمبر (أيلول) المقبل", "2011-09-01/2011-09-15", "g")],
     contacts=[C(LAV, SALE, "meet", "2011-08-17"), C(PAT, JLL, "meet", "2011-09-01/2011-09-15")]),
dict(id="A06", pub="2012-03-05", text=(
     "طهران/ 15 اسفند/ إرنا – بعث رئيس الجمهورية محمود أحمدي نجاد اليوم الاثنين برقية تهنئة إلى فلاديمير بوتين بمناسبة فوزه في الانتخابات الرئاسية الروسية التي جرت أمس الأحد، معرباً عن أمله في أن تشهد العلاقات بين البلدين «قفزة نوعية» خلال ولايته الجديدة. "
     "وكان وزير الخارجية علي أكبر صالحي قد بحث يوم الخميس الماضي مع نظيره الروسي سيرغي لافروف في اتصال هاتفي نتائج زيارة وفد الوكالة الدولية للطاقة الذرية إلى طهران."),
     dates=[("15 اسفند", "2012-03-05", "j"), ("اليوم الاثنين", "2012-03-05", "r"), ("أمس الأحد", "2012-03-04", "r"),
            ("يوم الخميس الماضي", "2012-03-01", "r")],
     contacts=[C(PUT, AHN, "message", "2012-03-05"), C(LAV, SALE, "phone_call", "2012-03-01")]),
dict(id="A07", pub="2012-08-06", text=(
     "أحرز المصارع الإيراني حميد سوريان، أمس الأحد، ذهبية وزن 55 كغم في المصارعة اليونانية الرومانية ضمن منافسات أولمبياد لندن 2012، بعدما تغلب في ربع النهائي على منافسه الروسي بنتيجة 2-0 ثم على الأذربيجاني روفشان بايراموف في المباراة النهائية. "
     "وهذه أول ذهبية لإيران في الدورة، على أن تنطلق منافسات المصارعة الحرة من 8 إلى 12 أغسطس الجاري بمشاركة 7 مصارعين إيرانيين."),
     dates=[("أمس الأحد", "2012-08-05", "r"), ("أولمبياد لندن 2012", None, "ignore"),
            ("من 8 إلى 12 أغسطس الجاري", "2012-08-08/2012-08-12", "g")],
     contacts=[]),
# ---------------- article ----------------
dict(id="A08", pub="2013-09-13", text=(
     "بوتين وروحاني في أول لقاء بينهما: تعاون نووي وتنسيق بشأن سوريا\n"
     "الجمعة 13 أيلول 2013 - 7 ذو القعدة 1434 هـ | آخر تحديث 18:42\n"
     "بيشكك - موقع المنار\n"
     "عقد الرئيس الروسي فلاديمير بوتين اليوم الجمعة أول لقاء مع نظيره الإيراني الشيخ حسن روحاني منذ تسلم الأخير مهامه رسمياً في الثالث من آب الماضي، وذلك على هامش قمة منظمة شنغهاي للتعاون المنعقدة في العاصمة القرغيزية.\n"
     "وأكد بوتين استعداد موسكو لبناء وحدة ثانية في محطة بوشهر، فيما وصف روحاني العلاقات بين البلدين بأنها «استراتيجية»، ووجه إلى مضيفه دعوة لزيارة طهران قبلها الرئيس الروسي على أن يحدد موعدها لاحقاً.\n"
     "وتطرق الجانبان إلى المبادرة الروسية لوضع الأسلحة الكيميائية السورية تحت رقابة دولية، والتي يناقش تفاصيلها وزير الخارجية سيرغي لافروف مع نظيره الأميركي جون كيري في جنيف منذ أمس الخميس.\n"
     "ومن المنتظر أن يلتقي لافروف وزير الخارجية الإيراني محمد جواد ظريف في نيويورك على هامش أعمال الجمعية العامة للأمم المتحدة في الأسبوع الأخير من الشهر الجاري.\n"
     "وكان بوتين قد التقى الرئيس السابق محمود أحمدي نجاد آخر مرة على هامش قمة المنظمة في بكين في 6 حزيران 2012، فيما زار وزير الخارجية السابق علي أكبر صالحي موسكو في أواسط تشرين الأول من العام نفسه.\n"
     "وتضم منظمة شنغهاي، التي تأسست عام 2001، كلاً من روسيا والصين وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان، فيما تتمتع إيران بصفة مراقب منذ عام 2005.\n"
     "اقرأ أيضاً: دمشق تطلب الانضمام إلى معاهدة حظر الأسلحة الكيميائية\n"
     "جميع الحقوق محفوظة © موقع المنار 2013"),
     dates=[("الجمعة 13 أيلول 2013", "2013-09-13", "g"), ("7 ذو القعدة 1434 هـ", "2013-09-13", "h"),
            ("اليوم الجمعة", "2013-09-13", "r"), ("الثالث من آب الماضي", "2013-08-03", "g"), ("لاحقاً", None, "ignore"),
            ("أمس الخميس", "2013-09-12", "r"), ("الأسبوع الأخير من الشهر الجاري", "2013-09-24/2013-09-30", "r"),
            ("6 حزيران 2012", "2012-06-06", "g"), ("أواسط تشرين الأول من العام نفسه", "2012-10-11/2012-10-20", "g"),
            ("عام 2001", "2001", "g"), ("عام 2005", "2005", "g"), ("موقع المنار 2013", None, "ignore")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "message", "2013-09-13", True), C(PUT, ROU, "meet", None, True),
               C(LAV, ZAR, "meet", "2013-09-24/2013-09-30"), C(PUT, AHN, "meet", "2012-06-06"),
               C(RU, SALE, "meet", "2012-10-11/2012-10-20")]),
dict(id="A09", pub="2013-11-25", text=(
     "جنيف – «القدس العربي»: وصل وزير الخارجية الروسي سيرغي لافروف إلى جنيف مساء السبت والتقى فور وصوله نظيره الإيراني محمد جواد ظريف، قبل أن تتوصل إيران والقوى الست الكبرى فجر أمس الأحد إلى اتفاق مرحلي مدته ستة أشهر يقضي بتجميد أجزاء من البرنامج النووي الإيراني مقابل تخفيف جزئي للعقوبات. "
     "ووصف لافروف الاتفاق بأنه «انتصار للجميع»، فيما يفترض أن يبدأ تنفيذه مطلع العام المقبل بعد اجتماعات فنية بين إيران والوكالة الدولية للطاقة الذرية."),
     dates=[("مساء السبت", "2013-11-23", "r"), ("فجر أمس الأحد", "2013-11-24", "r"), ("مطلع العام المقبل", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2013-11-23"), C(RU, IR, "agreement", "2013-11-24", True)]),
dict(id="A10", pub="2014-03-18", text=(
     "وقّع الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء في الكرملين مع قادة القرم معاهدة انضمام جمهورية القرم ومدينة سيفاستوبول إلى قوام روسيا الاتحادية، بعد يومين من استفتاء أيد فيه 96.77% من المشاركين الانضمام إلى روسيا. "
     "وفي طهران، قالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم إن بلادها تتابع التطورات «بقلق» وتدعو إلى حل الأزمة الأوكرانية عبر الحوار بعيداً عن التدخل الأجنبي. "
     "ويعقد مجلس الأمن الدولي جلسة طارئة بشأن أوكرانيا مساء غد الأربعاء بتوقيت نيويورك."),
     dates=[("اليوم الثلاثاء", "2014-03-18", "r"), ("بعد يومين من", None, "ignore"), ("مساء غد الأربعاء", "2014-03-19", "r")],
     contacts=[]),
# ---------------- 2014–2019 ----------------
dict(id="A11", pub="2014-09-10", text=(
     "طهران (فارس) – وقع وزير النفط بيجن نامدار زنغنه ووزير الطاقة الروسي ألكسندر نوفاك أمس الثلاثاء 18 شهريور في طهران مذكرة تفاهم للتعاون في مجالات النفط والغاز والكهرباء، خلال زيارة يقوم بها الوزير الروسي على رأس وفد يضم ممثلين عن 12 شركة. "
     "وقال نوفاك إن حجم التبادل التجاري بين البلدين بلغ نحو 1.6 مليار دولار في العام الماضي، معرباً عن أمله في مضاعفته خلال ثلاث سنوات. "
     "ومن المقرر أن تعقد اللجنة الاقتصادية المشتركة اجتماعها المقبل في موسكو خلال الربع الأول من عام 2015."),
     dates=[("أمس الثلاثاء 18 شهريور", "2014-09-09", "j"), ("العام الماضي", "2013", "r"), ("خلال ثلاث سنوات", None, "ignore"),
            ("الربع الأول من عام 2015", "2015-01-01/2015-03-31", "g")],
     contacts=[C(NOV, ZANG, "agreement", "2014-09-09"), C(NOV, ZANG, "meet", "2014-09-09", True),
               C(RU, IR, "meet", "2015-01-01/2015-03-31", True)]),
dict(id="A12", pub="2015-07-09", text=(
     "أوفا – تسنيم: التقى رئيس الجمهورية الشيخ حسن روحاني اليوم الخميس 18 تير نظيره الروسي فلاديمير بوتين في مدينة أوفا عاصمة جمهورية باشكورتوستان، على هامش قمتي مجموعة «بريكس» ومنظمة شنغهاي للتعاون، وتناول اللقاء مسار المفاوضات النووية الجارية في فيينا التي مددت مهلتها مجدداً حتى الاثنين المقبل. "
     "وكان وزير الخارجية محمد جواد ظريف قد عقد في العاصمة النمساوية مساء الثلاثاء اجتماعاً ثنائياً مع نظيره الروسي سيرغي لافروف، قبل أن يغادر الأخير إلى أوفا للمشاركة في القمتين."),
     dates=[("اليوم الخميس 18 تير", "2015-07-09", "j"), ("الاثنين المقبل", None, "ignore"), ("مساء الثلاثاء", "2015-07-07", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(LAV, ZAR, "meet", "2015-07-07"), C(RU, IR, "meet", "any", True)]),
dict(id="A13", pub="2015-11-25", text=(
     "أعلن وزير الخارجية الروسي سيرغي لافروف اليوم الأربعاء إلغاء زيارة كانت مقررة إلى أنقرة، غداة إسقاط مقاتلتين تركيتين من طراز «إف-16» قاذفة روسية من طراز «سوخوي-24» قرب الحدود السورية، ونصح مواطنيه بعدم السفر إلى تركيا. "
     "وكان لافروف قد تلقى مساء أمس اتصالاً من نظيره التركي مولود جاويش أوغلو، فيما أعلنت وزارة الدفاع الروسية أنها ستنشر منظومة «إس-400» في قاعدة حميميم خلال 48 ساعة. "
     "وفي طهران، عرض مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان وساطة بلاده بين موسكو وأنقرة لاحتواء التوتر."),
     dates=[("اليوم الأربعاء", "2015-11-25", "r"), ("غداة", None, "ignore"), ("مساء أمس", "2015-11-24", "r")],
     contacts=[]),
dict(id="A14", pub="2016-02-24", text=(
     "موسكو-سانا: بحث نائب وزير الخارجية الروسي المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط ميخائيل بوغدانوف يوم الاثنين في موسكو مع مساعد وزير الخارجية الإيراني للشؤون العربية والأفريقية حسين أمير عبد اللهيان الوضع في سورية والتحضيرات لوقف الأعمال القتالية الذي يدخل حيز التنفيذ اعتباراً من منتصف ليل الجمعة بتوقيت دمشق. "
     "وذكرت وزارة الخارجية الروسية في بيان أن الجانبين اتفقا على مواصلة المشاورات في طهران الشهر المقبل."),
     dates=[("يوم الاثنين", "2016-02-22", "r"), ("منتصف ليل الجمعة", "2016-02-26", "r"), ("الشهر المقبل", "2016-03", "r")],
     contacts=[C(BOG, AMI, "meet", "2016-02-22"), C(BOG, AMI, "meet", "2016-03")]),
dict(id="A15", pub="2016-09-10", text=(
     "بوشهر – إرنا – 20 شهريور 1395: انطلقت اليوم السبت رسمياً أعمال إنشاء الوحدتين الثانية والثالثة لمحطة بوشهر للطاقة النووية، في مراسم حضرها رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي ونائب المدير العام لمؤسسة «روس آتوم» الروسية نيكولاي سباسكي، اللذان عقدا على هامشها اجتماعاً لبحث الجدول الزمني للمشروع. "
     "ويستند المشروع إلى عقد بقيمة 10 مليارات دولار وقعته المؤسسة الروسية والمنظمة الإيرانية في موسكو في 11 نوفمبر 2014، ويتوقع أن تدخل الوحدة الثانية الخدمة عام 2024 على أن تليها الثالثة بعد عامين."),
     dates=[("20 شهريور 1395", "2016-09-10", "j"), ("اليوم السبت", "2016-09-10", "r"), ("11 نوفمبر 2014", "2014-11-11", "g"),
            ("عام 2024", "2024", "g"), ("بعد عامين", None, "ignore")],
     contacts=[C(SPAS, AEOI, "meet", "2016-09-10"), C(ROSA, AEOI, "agreement", "2014-11-11")]),
dict(id="A16", pub="2017-02-20", text=(
     "لليوم الثالث على التوالي، تغرق مدينة الأهواز ومدن أخرى في محافظة خوزستان جنوب غربي إيران في عاصفة ترابية كثيفة بدأت منذ السبت الماضي، ما أدى إلى انقطاع الكهرباء والمياه عن مئات الآلاف وتعليق الدراسة في المدارس والجامعات. "
     "وقال مسؤولون محليون إن تركيز الغبار في الهواء تجاوز الحد المسموح به 66 ضعفاً، فيما نقل نحو 1500 شخص إلى المستشفيات بسبب مشاكل في التنفس. "
     "وتوقعت هيئة الأرصاد الجوية انحسار العاصفة تدريجياً بحلول مساء الخميس المقبل مع هبوب رياح شمالية."),
     dates=[("لليوم الثالث على التوالي", None, "ignore"), ("السبت الماضي", "2017-02-18", "r"),
            ("مساء الخميس المقبل", "2017-02-23", "r")],
     contacts=[]),
# ---------------- article ----------------
dict(id="A17", pub="2017-11-22", text=(
     "قمة سوتشي: بوتين وروحاني وأردوغان يتفقون على عقد «مؤتمر حوار وطني» سوري\n"
     "الأربعاء 22 نوفمبر 2017 - 19:05 بتوقيت أبوظبي\n"
     "سوتشي - سكاي نيوز عربية\n"
     "استضاف الرئيس الروسي فلاديمير بوتين يوم الأربعاء نظيريه الإيراني حسن روحاني والتركي رجب طيب أردوغان في منتجع سوتشي المطل على البحر الأسود، في قمة ثلاثية خصصت لبحث مستقبل التسوية في سوريا بعد تراجع تنظيم داعش.\n"
     "وأعلن بوتين في مؤتمر صحفي مشترك في ختام القمة أن الدول الثلاث اتفقت على دعم عقد «مؤتمر الحوار الوطني السوري» في سوتشي، من دون أن يحدد موعده، فيما أكد روحاني في البيان المشترك أن «السوريين وحدهم يقررون مستقبل بلادهم».\n"
     "وكان بوتين قد عقد قبل انطلاق القمة لقاءين منفصلين مع ضيفيه، وصف خلال أولهما العلاقات مع طهران بأنها «شراكة استراتيجية».\n"
     "وجاءت القمة بعد يوم من اتصال هاتفي أجراه بوتين مساء الثلاثاء مع الرئيس الأميركي دونالد ترامب استمر أكثر من ساعة، وبعد يومين من استقباله في سوتشي الرئيس السوري بشار الأسد في زيارة لم يعلن عنها مسبقاً.\n"
     "وكان روحاني قد أجرى في الكرملين يوم 28 آذار/مارس الماضي محادثات مع بوتين، وقع خلالها وزراء البلدين 14 وثيقة تعاون بحضور الرئيسين، فيما زار بوتين طهران في الأول من تشرين الثاني/نوفمبر الجاري للمشاركة في قمة ثلاثية مع أذربيجان، والتقى خلالها المرشد الإيراني علي خامنئي.\n"
     "ومن المقرر أن يعقد وزراء خارجية الدول الثلاث اجتماعاً تحضيرياً في أنطاليا التركية منتصف الشهر المقبل، على أن تستضيف أنقرة القمة الثلاثية المقبلة في النصف الأول من العام المقبل.\n"
     "وتعد الدول الثلاث ضامنة لمسار أستانا الذي انطلقت جولته الأولى في العاصمة الكازاخستانية في 23 كانون الثاني/يناير الماضي.\n"
     "المصدر: سكاي نيوز عربية + وكالات"),
     dates=[("الأربعاء 22 نوفمبر 2017", "2017-11-22", "g"), ("يوم الأربعاء", "2017-11-22", "r"),
            ("قبل انطلاق القمة", None, "ignore"), ("بعد يوم من", None, "ignore"), ("مساء الثلاثاء", "2017-11-21", "r"),
            ("بعد يومين من", None, "ignore"), ("28 آذار/مارس الماضي", "2017-03-28", "g"),
            ("الأول من تشرين الثاني/نوفمبر الجاري", "2017-11-01", "g"), ("منتصف الشهر المقبل", "2017-12-11/2017-12-20", "r"),
            ("النصف الأول من العام المقبل", "2018-01-01/2018-06-30", "r"), ("23 كانون الثاني/يناير الماضي", "2017-01-23", "g")],
     contacts=[C(PUT, ROU, "meet", "2017-11-22"), C([PUT, RU], [ROU, IR], "agreement", "2017-11-22", True),
               C(PUT, ROU, "meet", "2017-03-28"), C([PUT, RU], [ROU, IR], "agreement", "2017-03-28"),
               C(PUT, ROU, "meet", "2017-11-01"), C(PUT, KHA, "meet", "2017-11-01"),
               C(LAV, ZAR, "meet", "2017-12-11/2017-12-20"), C(PUT, ROU, "meet", "2018-01-01/2018-06-30"),
               C(RU, IR, "meet", "2017-01-23", True)]),
dict(id="A18", pub="2018-06-26", text=(
     "الثلاثاء، 26 يونيو 2018 02:15 ص\n"
     "تعادل منتخب إيران مع نظيره البرتغالي بهدف لمثله، مساء أمس الاثنين، على ملعب موردوفيا أرينا بمدينة سارانسك في الجولة الثالثة من المجموعة الثانية لكأس العالم روسيا 2018، بعدما أدرك كريم أنصاري فرد التعادل من ركلة جزاء في الدقيقة 93 ردا على هدف ريكاردو كواريزما. "
     "وودع المنتخب الإيراني البطولة برصيد 4 نقاط، رغم فوزه في الجولة الأولى على المغرب 1-0 يوم 15 يونيو في سان بطرسبرج."),
     dates=[("الثلاثاء، 26 يونيو 2018", "2018-06-26", "g"), ("مساء أمس الاثنين", "2018-06-25", "r"),
            ("كأس العالم روسيا 2018", None, "ignore"), ("15 يونيو", "2018-06-15", "g")],
     contacts=[]),
dict(id="A19", pub="2018-09-08", text=(
     "طهران | لم تنجح القمة الثلاثية التي جمعت أمس في طهران الرؤساء الروسي فلاديمير بوتين والإيراني حسن روحاني والتركي رجب طيب أردوغان في ردم الهوة حول معركة إدلب، إذ رفض بوتين علناً اقتراح أردوغان إدراج «هدنة» في البيان الختامي، مؤكداً أن لا مكان للتفاوض مع «جبهة النصرة». "
     "وكان روحاني قد استقبل ضيفه الروسي في قصر سعد آباد قبل القمة في لقاء ثنائي استمر ساعة ونصف ساعة، بحثا خلاله التعاون في مواجهة العقوبات الأميركية التي عادت حزمتها الأولى في السابع من آب الماضي. "
     "ويلتقي وزراء خارجية الدول الثلاث مجدداً على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك أواخر الشهر الجاري."),
     dates=[("أمس", "2018-09-07", "r"), ("قبل القمة", None, "ignore"), ("السابع من آب الماضي", "2018-08-07", "g"),
            ("أواخر الشهر الجاري", "2018-09-21/2018-09-30", "r")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True),
               C(LAV, ZAR, "meet", "2018-09-21/2018-09-30")]),
dict(id="A20", pub="2019-04-24", text=(
     "موسكو - روداو: التقى وزير الدفاع الإيراني العميد أمير حاتمي نظيره الروسي سيرغي شويغو اليوم الأربعاء 24 نيسان 2019 على هامش مؤتمر موسكو الثامن للأمن الدولي، وبحث الجانبان التعاون العسكري والتقني والوضع في سوريا وتداعيات تصنيف واشنطن الحرس الثوري «منظمة إرهابية» في الثامن من الشهر الجاري. "
     "ووجه حاتمي دعوة رسمية إلى شويغو لزيارة طهران خلال العام الجاري، فيما يشارك في المؤتمر الذي يستمر ثلاثة أيام ممثلون عن أكثر من 100 دولة."),
     dates=[("اليوم الأربعاء 24 نيسان 2019", "2019-04-24", "g"), ("الثامن من الشهر الجاري", "2019-04-08", "g"),
            ("العام الجاري", "2019", "r")],
     contacts=[C(SHO, HAT, "meet", "2019-04-24"), C(SHO, HAT, "message", "2019-04-24", True),
               C(SHO, HAT, "meet", "2019", True)]),
# ---------------- 2019–2023 ----------------
dict(id="A21", pub="2019-06-19", text=(
     "التقى أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني أمس الثلاثاء في مدينة أوفا الروسية سكرتير مجلس الأمن الروسي نيكولاي باتروشيف، على هامش الاجتماع الدولي العاشر للممثلين الأعلى المسؤولين عن قضايا الأمن، وسلمه رسالة خطية من الرئيس حسن روحاني إلى الرئيس فلاديمير بوتين تتعلق بالاتفاق النووي والتوتر في مياه الخليج. "
     "وأكد باتروشيف أن موسكو «لن تنضم إلى أي ضغوط على طهران»، مضيفاً أن الاجتماع المقبل للأمناء سيعقد في موسكو في أيار/مايو 2020."),
     dates=[("أمس الثلاثاء", "2019-06-18", "r"), ("أيار/مايو 2020", "2020-05", "g")],
     contacts=[C(PAT, SHAM, "meet", "2019-06-18"), C(PUT, ROU, "message", "2019-06-18"), C(RU, IR, "meet", "2020-05", True)]),
dict(id="A22", pub="2020-03-22", text=(
     "أعلن المتحدث باسم وزارة الصحة الإيرانية كيانوش جهانبور، اليوم الأحد، تسجيل 129 وفاة جديدة بفيروس كورونا خلال الساعات الـ24 الماضية، ليرتفع إجمالي الوفيات إلى 1685 والإصابات إلى 21638 منذ رصد أول حالتين في مدينة قم في 19 فبراير/شباط. "
     "وتزامن ذلك مع وصول طائرة صينية ثانية إلى طهران محملة بأجهزة فحص وكمامات، فيما رفض المرشد علي خامنئي عرضاً أميركياً للمساعدة في مواجهة «كوفيد-19». "
     "وتبقى المدارس والجامعات مغلقة حتى إشعار آخر، بعد أن ألغيت مراسم النوروز التي صادفت الجمعة الماضي."),
     dates=[("اليوم الأحد", "2020-03-22", "r"), ("19 فبراير/شباط", "2020-02-19", "g"), ("النوروز", None, "ignore"),
            ("الجمعة الماضي", "2020-03-20", "r")],
     contacts=[]),
dict(id="A23", pub="2020-07-01", text=(
     "موسكو - سبوتنيك. عقد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وتركيا رجب طيب أردوغان، اليوم الأربعاء، قمة ثلاثية عبر تقنية الفيديو بشأن التسوية في سوريا، بعدما حالت جائحة فيروس كورونا دون عقدها حضورياً في طهران كما كان مقرراً في آذار/مارس. "
     "وتبنى القادة في ختام القمة بياناً مشتركاً أكدوا فيه التزامهم بسيادة سوريا ووحدة أراضيها، واتفقوا على عقد لقائهم المقبل في إيران «حالما تسمح الظروف الصحية»."),
     dates=[("اليوم الأربعاء", "2020-07-01", "r"), ("آذار/مارس", "2020-03", "g")],
     contacts=[C(PUT, ROU, "meet", "2020-07-01"), C(PUT, ROU, "phone_call", "2020-07-01", True),
               C([PUT, RU], [ROU, IR], "agreement", "2020-07-01", True), C(PUT, ROU, "meet", None, True)]),
dict(id="A24", pub="2021-01-26", text=(
     "كتب: وكالات | الثلاثاء ٢٦-٠١-٢٠٢١ ١٨:٣٠\n"
     "التقى وزير الخارجية الروسي سيرجي لافروف نظيره الإيراني محمد جواد ظريف في موسكو يوم الثلاثاء، وبحثا سبل إنقاذ الاتفاق النووي في ظل الإدارة الأمريكية الجديدة التي تسلمت مهامها في ٢٠ يناير الجاري، إلى جانب مقترح إطلاق منصة إقليمية بصيغة «٣+٣» تضم دول جنوب القوقاز الثلاث وجيرانها روسيا وإيران وتركيا. "
     "ووصل ظريف إلى العاصمة الروسية قادماً من باكو التي زارها أمس الاثنين، على أن يتوجه غداً إلى يريفان ثم تبليسي. "
     "ونفى المتحدث باسم الكرملين ديمتري بيسكوف صحة تقارير عن اتصال هاتفي مرتقب بين الرئيسين فلاديمير بوتين وحسن روحاني."),
     dates=[("الثلاثاء ٢٦-٠١-٢٠٢١", "2021-01-26", "g"), ("يوم الثلاثاء", "2021-01-26", "r"), ("٢٠ يناير الجاري", "2021-01-20", "g"), ("أمس الاثنين", "2021-01-25", "r"),
            ("غداً", "2021-01-27", "r")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26")]),
dict(id="A25", pub="2021-07-05", text=(
     "شفق نيوز/ أعلنت وزارة الكهرباء العراقية، اليوم الاثنين، أن إيران خفضت إمداداتها من الغاز المغذي لمحطات الوسط والجنوب من 50 مليون متر مكعب يومياً إلى أقل من 8 ملايين، بسبب تراكم مستحقات تتجاوز 6 مليارات دولار، ما تسبب بخروج أكثر من 5500 ميغاواط من الشبكة مع تجاوز درجات الحرارة 50 درجة مئوية. "
     "وكان وفد من الوزارة برئاسة وكيلها لشؤون الإنتاج قد أجرى مساء الأحد مباحثات في طهران مع مسؤولين في وزارة الطاقة الإيرانية، فيما توقعت الوزارة عودة الإمدادات إلى معدلاتها الطبيعية مطلع آب المقبل بعد تسديد دفعة من الديون عبر المصرف العراقي للتجارة."),
     dates=[("اليوم الاثنين", "2021-07-05", "r"), ("مساء الأحد", "2021-07-04", "r"), ("مطلع آب المقبل", "2021-08-01/2021-08-10", "g")],
     contacts=[]),
dict(id="A26", pub="2022-07-23", text=(
     "وقعت روسيا وأوكرانيا، كل على حدة، مع تركيا والأمم المتحدة في إسطنبول أمس الجمعة اتفاقاً يسمح باستئناف تصدير الحبوب من موانئ أوديسا وتشورنومورسك ويوجني عبر ممر آمن في البحر الأسود، على أن يسري لمدة ١٢٠ يوماً قابلة للتجديد، وذلك بعد خمسة أشهر من بدء العملية العسكرية الروسية في ٢٤ فبراير. "
     "وقال الأمين العام للأمم المتحدة أنطونيو جوتيريش إن الاتفاق سيتيح تصدير نحو ٢٠ مليون طن من الحبوب العالقة، فيما تراجعت العقود الآجلة للقمح في بورصة شيكاغو بنسبة ٥٫٩٪ في أول رد فعل. "
     "وتستورد مصر، أكبر مشتر للقمح في العالم، نحو ٨٠٪ من احتياجاتها من روسيا وأوكرانيا."),
     dates=[("أمس الجمعة", "2022-07-22", "r"), ("بعد خمسة أشهر من", None, "ignore"), ("٢٤ فبراير", "2022-02-24", "g")],
     contacts=[]),
dict(id="A27", pub="2022-08-31", text=(
     "موسكو/ 9 شهريور/ إرنا – أجرى وزير الخارجية حسين أمير عبد اللهيان اليوم الأربعاء في موسكو محادثات مع نظيره الروسي سيرغي لافروف تناولت مسار مفاوضات إلغاء الحظر في فيينا ومسودة اتفاقية التعاون الشامل طويلة الأمد بين البلدين، إضافة إلى الأوضاع في أفغانستان والقوقاز. "
     "وأعلن أمير عبد اللهيان في مؤتمر صحفي مشترك أن الجانبين اتفقا على عقد الاجتماع السابع عشر للجنة الاقتصادية المشتركة في طهران خلال شهر مهر المقبل برئاسة وزير النفط جواد أوجي ونائب رئيس الوزراء الروسي ألكسندر نوفاك."),
     dates=[("9 شهريور", "2022-08-31", "j"), ("اليوم الأربعاء", "2022-08-31", "r"),
            ("شهر مهر المقبل", "2022-09-23/2022-10-22", "j")],
     contacts=[C(LAV, AMI, "meet", "2022-08-31"), C(NOV, OWJ, "meet", "2022-09-23/2022-10-22", True)]),
dict(id="A28", pub="2022-09-15", text=(
     "سمرقند- التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي اليوم الخميس في مدينة سمرقند الأوزبكية على هامش قمة منظمة شنغهاي للتعاون، التي وقعت إيران خلالها مذكرة التزامات تمهد لانضمامها إلى المنظمة عضوا كاملا العام المقبل. "
     "وقال رئيسي إن حجم التبادل التجاري بين البلدين ارتفع بنسبة 40% في الأشهر السبعة الأولى من العام الجاري، بعد أن كان الرئيسان قد بحثا في طهران يوم 19 يوليو/تموز الماضي مشاريع الطاقة وممر الشمال-الجنوب. "
     "كما التقى رئيسي على هامش القمة الرئيس الصيني شي جين بينغ ورئيس وزراء الهند ناريندرا مودي."),
     dates=[("اليوم الخميس", "2022-09-15", "r"), ("العام المقبل", "2023", "r"),
            ("الأشهر السبعة الأولى من العام الجاري", "2022-01-01/2022-07-31", "r"), ("19 يوليو/تموز الماضي", "2022-07-19", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C(PUT, RAI, "meet", "2022-07-19")]),
# ---------------- article ----------------
dict(id="A29", pub="2023-01-30", text=(
     "طهران وموسكو تربطان نظاميهما المصرفيين للالتفاف على العقوبات الغربية\n"
     "الاثنين - 8 رجب 1444 هـ - 30 يناير 2023 مـ رقم العدد [16135]\n"
     "لندن - طهران: «الشرق الأوسط»\n"
     "أعلن البنك المركزي الإيراني أن محافظه محمد رضا فرزين وقّع في موسكو أمس (الأحد) مع رئيسة البنك المركزي الروسي إلفيرا نابيولينا اتفاقاً لربط نظامي الرسائل المالية في البلدين، بما يتيح لنحو 700 مصرف روسي و106 مصارف من دول أخرى التواصل مع المصارف الإيرانية بعيداً عن نظام «سويفت».\n"
     "ونقلت وكالة «إرنا» الرسمية عن فرزين قوله إن الخطوة «ستسهل المبادلات بالعملتين الوطنيتين»، مشيراً إلى أن حصة الروبل والريال في التجارة الثنائية تجاوزت 60 في المائة.\n"
     "وفي اليوم نفسه، التقى فرزين نائب رئيس الوزراء الروسي ألكسندر نوفاك، وبحثا تسوية مستحقات شركات روسية تعمل في قطاع الطاقة الإيراني.\n"
     "ويأتي الاتفاق بعد أقل من شهرين على زيارة وفد من البنك المركزي الروسي إلى طهران في الأسبوع الأول من ديسمبر (كانون الأول) الماضي، أجرى خلالها محادثات مع مسؤولي البنك المركزي الإيراني.\n"
     "وكان البلدان قد ربطا شبكتي البطاقات المصرفية «مير» الروسية و«شتاب» الإيرانية في مرحلة أولى في نوفمبر (تشرين الثاني) 2022، تنفيذاً لمذكرة تفاهم وقعها البنكان المركزيان في يوليو (تموز) من العام نفسه.\n"
     "وتخضع إيران لعقوبات أميركية واسعة منذ انسحاب واشنطن من الاتفاق النووي في مايو (أيار) 2018، فيما فُصلت المصارف الروسية الكبرى عن «سويفت» في مارس (آذار) الماضي.\n"
     "ويتوقع مسؤولون إيرانيون أن يتجاوز حجم التبادل التجاري بين البلدين 5 مليارات دولار في العام الإيراني المقبل الذي يبدأ في 21 مارس (آذار).\n"
     "© 2023 «الشرق الأوسط» - جميع الحقوق محفوظة"),
     dates=[("الاثنين - 8 رجب 1444 هـ", "2023-01-30", "h"), ("30 يناير 2023 مـ", "2023-01-30", "g"),
            ("أمس (الأحد)", "2023-01-29", "r"), ("اليوم نفسه", None, "ignore"), ("بعد أقل من شهرين على", None, "ignore"),
            ("الأسبوع الأول من ديسمبر (كانون الأول) الماضي", "2022-12-01/2022-12-07", "g"),
            ("نوفمبر (تشرين الثاني) 2022", "2022-11", "g"), ("يوليو (تموز) من العام نفسه", "2022-07", "g"),
            ("مايو (أيار) 2018", "2018-05", "g"), ("مارس (آذار) الماضي", "2022-03", "g"),
            ("العام الإيراني المقبل", "2023-03-21/2024-03-19", "r"), ("21 مارس (آذار)", "2023-03-21", "g"),
            ("© 2023", None, "ignore")],
     contacts=[C(NAB, FAR, "agreement", "2023-01-29"), C(NAB, FAR, "meet", "2023-01-29", True), C(NOV, FAR, "meet", "2023-01-29"),
               C(BOR, CBI, "meet", "2022-12-01/2022-12-07"), C(NAB, CBI, "agreement", "2022-07")]),
dict(id="A30", pub="2023-04-13", text=(
     "سمرقند – تسنيم: شارك وزير الخارجية حسين أمير عبد اللهيان اليوم الخميس 24 فروردين في الاجتماع الرباعي لوزراء خارجية إيران وروسيا والصين وباكستان حول أفغانستان، الذي عقد في مدينة سمرقند الأوزبكية عشية الاجتماع الرابع لوزراء خارجية الدول المجاورة لأفغانستان. "
     "وصدر في ختام الاجتماع بيان مشترك دعا حركة طالبان إلى تشكيل حكومة شاملة تمثل جميع المكونات العرقية والسياسية، فيما عقد أمير عبد اللهيان على هامشه لقاءين منفصلين مع نظيريه الروسي سيرغي لافروف والصيني تشين غانغ."),
     dates=[("اليوم الخميس 24 فروردين", "2023-04-13", "j"), ("عشية", None, "ignore")],
     contacts=[C(LAV, AMI, "meet", "2023-04-13"), C(RU, IR, "agreement", "2023-04-13", True)]),
# ---------------- 2024–2026 ----------------
dict(id="A31", pub="2024-04-13", text=(
     "هوى الريال الإيراني في السوق الحرة بطهران اليوم السبت إلى نحو 650 ألف ريال للدولار الواحد، وهو أدنى مستوى في تاريخه، وسط مخاوف من مواجهة مباشرة مع إسرائيل بعد الضربة التي استهدفت مبنى القنصلية الإيرانية في دمشق في الأول من الشهر الجاري. "
     "وكانت العملة الإيرانية قد فقدت نحو ثلث قيمتها منذ فبراير (شباط) 2023، فيما أعلن مركز الإحصاء الإيراني أن معدل التضخم السنوي بلغ 37.1 في المئة في شهر اسفند الماضي، آخر أشهر العام الإيراني المنصرم."),
     dates=[("اليوم السبت", "2024-04-13", "r"), ("الأول من الشهر الجاري", "2024-04-01", "g"), ("فبراير (شباط) 2023", "2023-02", "g"),
            ("شهر اسفند الماضي", "2024-02-20/2024-03-19", "j"), ("العام الإيراني المنصرم", "2023-03-21/2024-03-19", "r")],
     contacts=[]),
dict(id="A32", pub="2024-05-20", text=(
     "20.05.2024 | 13:42 GMT\n"
     "بعث الرئيس الروسي فلاديمير بوتين، اليوم الاثنين، ببرقية تعزية إلى المرشد الإيراني علي خامنئي والقائم بأعمال الرئيس محمد مخبر في وفاة الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان ومرافقيهما في تحطم مروحيتهم شمال غربي إيران أمس الأحد، واصفاً رئيسي بأنه «صديق حقيقي لروسيا». "
     "وتوجه وزير الخارجية سيرغي لافروف إلى مقر السفارة الإيرانية في موسكو حيث دون كلمة في سجل التعازي وقدم مواساته للسفير كاظم جلالي، فيما أعلن الكرملين أن رئيس مجلس الدوما فياتشيسلاف فولودين سيترأس الوفد الروسي إلى مراسم التشييع في طهران يوم الأربعاء."),
     dates=[("20.05.2024", "2024-05-20", "g"), ("اليوم الاثنين", "2024-05-20", "r"), ("أمس الأحد", "2024-05-19", "r"),
            ("يوم الأربعاء", "2024-05-22", "r")],
     contacts=[C(PUT, [KHA, "Mohammad Mokhber", IR], "message", "2024-05-20"), C(LAV, JAL, "meet", "2024-05-20"),
               C(VOL, IR, "meet", "2024-05-22")]),
dict(id="A33", pub="2024-06-26", text=(
     "الأربعاء 20 ذو الحجة 1445 - 26 حزيران 2024\n"
     "وقعت شركة «غازبروم» الروسية والشركة الوطنية الإيرانية للغاز في طهران اليوم مذكرة تفاهم استراتيجية لتوريد الغاز الروسي إلى إيران عبر أراضي أذربيجان، وقعها عن الجانب الروسي رئيس مجلس إدارة «غازبروم» أليكسي ميلر وعن الجانب الإيراني المدير التنفيذي للشركة الوطنية للغاز مجيد جكني، بحضور وزير النفط جواد أوجي. "
     "وكان ميلر قد التقى أمس الثلاثاء القائم بأعمال رئيس الجمهورية محمد مخبر، الذي أكد أن الاتفاق «سيحول إيران إلى مركز إقليمي لتجارة الغاز»."),
     dates=[("الأربعاء 20 ذو الحجة 1445", "2024-06-26", "h"), ("26 حزيران 2024", "2024-06-26", "g"), ("اليوم", "2024-06-26", "r"),
            ("أمس الثلاثاء", "2024-06-25", "r")],
     contacts=[C(GAZ, NIGC, "agreement", "2024-06-26"), C(GAZ, NIGC, "meet", "2024-06-26", True),
               C(GAZ, OWJ, "meet", "2024-06-26", True), C(GAZ, MOK, "meet", "2024-06-25")]),
dict(id="A34", pub="2025-05-16", text=(
     "إسطنبول في 16 مايو / وام / عقد وفدا روسيا وأوكرانيا اليوم في قصر دولمه بهجة بإسطنبول أول محادثات مباشرة بينهما منذ مارس 2022، بحضور وزير الخارجية التركي هاكان فيدان، واستمرت الجلسة أقل من ساعتين اتفق خلالها الجانبان على تبادل 1000 أسير من كل طرف. "
     "وفي سياق منفصل، أعلنت سلطنة عمان أن الجولة الخامسة من المحادثات غير المباشرة بين إيران والولايات المتحدة ستعقد في روما يوم 23 مايو الجاري."),
     dates=[("16 مايو", "2025-05-16", "g"), ("اليوم", "2025-05-16", "r"), ("مارس 2022", "2022-03", "g"),
            ("23 مايو الجاري", "2025-05-23", "g")],
     contacts=[]),
dict(id="A35", pub="2025-07-20", text=(
     "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين، الأحد، علي لاريجاني، كبير مستشاري المرشد الإيراني علي خامنئي، في لقاء لم يعلن عنه مسبقاً، ونقل لاريجاني خلاله رسالة من خامنئي تتناول التطورات الإقليمية والملف النووي، وفق ما أعلن المتحدث باسم الكرملين ديمتري بيسكوف. "
     "ويأتي اللقاء بعد نحو شهر من وقف إطلاق النار الذي أنهى في 24 يونيو الحرب بين إيران وإسرائيل، وبعد أن استقبل بوتين وزير الخارجية عباس عراقجي في الكرملين يوم 23 يونيو."),
     dates=[("الأحد", "2025-07-20", "r"), ("بعد نحو شهر من", None, "ignore"), ("24 يونيو", "2025-06-24", "g"),
            ("23 يونيو", "2025-06-23", "g")],
     contacts=[C(PUT, LAR, "meet", "2025-07-20"), C(PUT, KHA, "message", "2025-07-20"), C(PUT, ARA, "meet", "2025-06-23")]),
dict(id="A36", pub="2025-11-12", text=(
     "موسكو في 12 نوفمبر /قنا/ بحث سعادة السيد سيرغي لافروف وزير خارجية روسيا الاتحادية مع سعادة السيد عباس عراقجي وزير خارجية الجمهورية الإسلامية الإيرانية، خلال جلسة مباحثات عقدت اليوم في موسكو، العلاقات الثنائية وسبل تعزيزها، إضافة إلى الملف النووي الإيراني وتطورات الأوضاع في جنوب القوقاز. "
     "ووقع الوزيران عقب المباحثات خطة المشاورات بين وزارتي الخارجية للفترة 2026-2028، بعد أن أرجئت الزيارة التي كانت مقررة مطلع الشهر الجاري. "
     "كما اتفق الجانبان على عقد الاجتماع المقبل لمنصة «3+3» الإقليمية في طهران خلال الربع الأول من العام المقبل."),
     dates=[("12 نوفمبر", "2025-11-12", "g"), ("اليوم", "2025-11-12", "r"), ("2026-2028", None, "ignore"),
            ("مطلع الشهر الجاري", None, "ignore"), ("الربع الأول من العام المقبل", "2026-01-01/2026-03-31", "r")],
     contacts=[C(LAV, ARA, "meet", "2025-11-12"), C(LAV, ARA, "agreement", "2025-11-12"),
               C(RU, IR, "meet", "2026-01-01/2026-03-31", True)]),
# ---------------- article ----------------
dict(id="A37", pub="2026-01-18", text=(
     "لافروف في طهران: معاهدة الشراكة الشاملة «تعمل بكامل طاقتها» بعد عام على توقيعها\n"
     "الأحد 28 دي 1404 - 18 يناير 2026 - 14:35\n"
     "طهران/ إرنا\n"
     "أجرى وزير الخارجية عباس عراقجي اليوم محادثات مطولة مع نظيره الروسي سيرغي لافروف، الذي وصل إلى طهران مساء أمس السبت في زيارة رسمية تستمر يومين، وتناولت المحادثات تنفيذ معاهدة الشراكة الاستراتيجية الشاملة بين البلدين والأوضاع في جنوب القوقاز وأفغانستان.\n"
     "ومن المقرر أن يستقبل رئيس الجمهورية مسعود بزشكيان الوزير الروسي صباح غد الاثنين، كما يلتقي لافروف في اليوم نفسه أمين المجلس الأعلى للأمن القومي علي لاريجاني قبل مغادرته طهران.\n"
     "وأعلن عراقجي في مؤتمر صحفي مشترك أن الجانبين وقعا «خطة عمل» لتنفيذ بنود المعاهدة في العامين المقبلين، تشمل التعاون في مجالات الطاقة والنقل والمال.\n"
     "وأضاف أن طهران تستعد لاستضافة القمة السابعة لرؤساء الدول المطلة على بحر قزوين في النصف الثاني من العام الجاري، مشيراً إلى أن الرئيس بزشكيان وجه دعوة رسمية إلى نظيره الروسي فلاديمير بوتين للمشاركة فيها.\n"
     "وكان الرئيسان بوتين وبزشكيان قد وقعا المعاهدة في الكرملين في 17 كانون الثاني/يناير 2025، لتحل محل معاهدة أسس العلاقات المتبادلة ومبادئ التعاون الموقعة عام 2001.\n"
     "كما زار عراقجي موسكو في أواخر تشرين الأول/أكتوبر الماضي، حيث أجرى محادثات مع لافروف وسلم الرئيس الروسي رسالة من الرئيس بزشكيان.\n"
     "وبحسب بيانات الجمارك الإيرانية، بلغ حجم التبادل التجاري بين البلدين نحو 4.8 مليار دولار خلال الأشهر التسعة الأولى من العام الإيراني الجاري.\n"
     "رقم الخبر: 85012347\n"
     "انتهى ** 2344"),
     dates=[("الأحد 28 دي 1404", "2026-01-18", "j"), ("18 يناير 2026", "2026-01-18", "g"), ("اليوم", "2026-01-18", "r"),
            ("مساء أمس السبت", "2026-01-17", "r"), ("صباح غد الاثنين", "2026-01-19", "r"), ("في اليوم نفسه", None, "ignore"),
            ("قبل مغادرته طهران", None, "ignore"), ("العامين المقبلين", None, "ignore"),
            ("النصف الثاني من العام الجاري", "2026-07-01/2026-12-31", "r"), ("17 كانون الثاني/يناير 2025", "2025-01-17", "g"),
            ("عام 2001", "2001", "g"), ("أواخر تشرين الأول/أكتوبر الماضي", "2025-10-21/2025-10-31", "g"),
            ("الأشهر التسعة الأولى من العام الإيراني الجاري", "2025-03-21/2025-12-21", "r")],
     contacts=[C(LAV, ARA, "meet", "2026-01-18"), C(LAV, IR, "meet", "2026-01-17", True), C(LAV, PEZ, "meet", "2026-01-19"),
               C(LAV, LAR, "meet", "2026-01-19"), C(LAV, ARA, "agreement", "2026-01-18"),
               C(PUT, PEZ, "meet", "2026-07-01/2026-12-31", True), C(PUT, PEZ, "message", "any", True),
               C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C([PUT, RU], KHAT, "agreement", "2001"), C(LAV, ARA, "meet", "2025-10-21/2025-10-31"),
               C(PUT, ARA, "meet", "2025-10-21/2025-10-31"), C(PUT, PEZ, "message", "2025-10-21/2025-10-31")]),
dict(id="A38", pub="2026-02-26", text=(
     "ارتفعت أسعار النفط في تعاملات اليوم الخميس، إذ بلغ سعر خام برنت 74.6 دولاراً للبرميل بعد تقارير عن تعطل ناقلات إيرانية في مضيق هرمز، فيما استقر سعر مزيج صحاري الجزائري عند 75.2 دولاراً. "
     "ويترقب المتعاملون الاجتماع الذي تعقده الدول الثماني المعنية بالتخفيضات الطوعية في تحالف «أوبك+»، وهي السعودية وروسيا والعراق والإمارات والكويت وكازاخستان والجزائر وسلطنة عمان، عبر تقنية التحاضر المرئي يوم الأحد 1 مارس لتحديد مستوى الإنتاج لشهر أفريل. "
     "وكانت هذه الدول قد قررت في اجتماعها السابق يوم 1 فيفري الإبقاء على مستويات الإنتاج دون تغيير."),
     dates=[("اليوم الخميس", "2026-02-26", "r"), ("يوم الأحد 1 مارس", "2026-03-01", "g"), ("شهر أفريل", "2026-04", "g"),
            ("1 فيفري", "2026-02-01", "g")],
     contacts=[]),
dict(id="A39", pub="2026-03-21", text=(
     "بعث الرئيس الروسي فلاديمير بوتين اليوم السبت برقية إلى نظيره الإيراني مسعود بزشكيان هنأه فيها بمناسبة عيد النوروز وحلول العام الإيراني الجديد 1405، معرباً عن ثقته بأن العلاقات بين البلدين «ستواصل تطورها بثبات». "
     "وكان وزير الخارجية عباس عراقجي قد تلقى مساء أمس الجمعة، الذي صادف عيد الفطر، اتصالاً هاتفياً من نظيره الروسي سيرغي لافروف هنأه خلاله بالمناسبتين وبحثا آخر التطورات الإقليمية."),
     dates=[("اليوم السبت", "2026-03-21", "r"), ("عيد النوروز", "2026-03-21", "j"),
            ("العام الإيراني الجديد 1405", "2026-03-21/2027-03-20", "j"), ("مساء أمس الجمعة", "2026-03-20", "r"),
            ("عيد الفطر", None, "ignore")],
     contacts=[C(PUT, PEZ, "message", "2026-03-21"), C(LAV, ARA, "phone_call", "2026-03-20"),
               C(LAV, ARA, "message", "2026-03-20", True)]),
dict(id="A40", pub="2026-04-16", text=(
     "صادق مجلس الحكومة، المنعقد يومه الخميس، على مشروع قانون يوافق بموجبه على اتفاق التعاون في مجال الصيد البحري بين المملكة المغربية وروسيا الاتحادية، الموقع بموسكو في 15 أكتوبر 2025، والذي يتيح لعشر سفن روسية الصيد في المياه الأطلسية جنوب المملكة لمدة أربع سنوات مقابل تعويض مالي سنوي. "
     "وأوضح الناطق الرسمي باسم الحكومة أن الاتفاق سيدخل حيز التنفيذ ابتداء من فاتح يوليوز المقبل، بعد استكمال مسطرة المصادقة عليه من طرف البرلمان خلال دورة أبريل الجارية."),
     dates=[("يومه الخميس", "2026-04-16", "r"), ("15 أكتوبر 2025", "2025-10-15", "g"), ("فاتح يوليوز المقبل", "2026-07-01", "g"),
            ("دورة أبريل الجارية", None, "ignore")],
     contacts=[]),
]
