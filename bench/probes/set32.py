# Held-out probe set 32: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 11 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A09, A18, A27, A34) and 36 SNIPPETS of 1–3 sentences (the other ids), publication
# dates 2010–2026 (two or three a year).  27 are about Russia–Iran contacts; 13 are general news that name Russia or Iran but
# hold no Russia–Iran contact: A04, A07, A10, A13, A16, A19, A22, A25, A28, A31, A33, A37, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set28 and set30 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set30 were listed (with ast, no values) so that this module defines the same kind of names (name constants
# and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of Al-Alam (A01, A17, A27 with a Gregorian + Hijri header in Eastern-Arabic
# digits, A39 «الاثنين 21 شعبان 1447 - 09 فبراير 2026» without هـ), RT Arabic (A02 «باكو - «روسيا اليوم»», A24 «30.12.2019 |
# 14:05 GMT»), IRNA Arabic (A03 «آستانة/ 25 خرداد/ إرنا», A15 «موسكو/ 8 أرديبهشت/ إرنا»), Al-Ahram (A04 Eastern-Arabic digits,
# A29 Ahram Gate, Eastern-Arabic digits), Asharq Al-Awsat (A05 «أول من أمس (الاثنين)», «13 أبريل (نيسان) الجاري»), Al Mayadeen
# (A06, A09 «الخميس 12 كانون الأول 2013 - 9 صفر 1435», A32), Al-Quds Al-Arabi (A07 «شهر رمضان لعام 1434 هـ», A23 datelined
# «دوشنبه»), Tasnim Arabic (A08, A35 «اليوم الأربعاء 6 تير 1403 (26 حزيران 2024)»), Echorouk (A10 جوان, A36 جانفي, أوت),
# Sputnik Arabic (A11, A14, A31), Annahar (A12), Al Jazeera (A13, A28 «اليوم السبت (7 فروردين)», A37), SANA (A16 «أمس الأول»,
# Levantine آذار), Al Jazeera Net (A18 «آخر تحديث: 2017/11/1 الساعة 20:15»), Al Arabiya (A19 «بعد غد الجمعة 29 أرديبهشت (19
# مايو)», A30 «نشر في: 24 ذو القعدة 1443 هـ - 23 يونيو 2022 م»), Mehr Arabic (A20, the agency name «مهر»), KUNA (A21 «موسكو -
# 28 - 4 (كونا) --»), Hespress (A22 «يومه», غشت), Al-Akhbar (A26), Shafaq (A25 Iraqi months تموز وآب), WAM (A33 «أبوظبي في 10
# مارس / وام /»), Independent Arabia (A34 «الأربعاء 23 أكتوبر 2024 - 18:40»), Xinhua Arabic (A38 «بكين 14 مارس 2025 (شينخوا)»)
# and Al-Vefagh (A40, a Solar Hijri holiday range).
# Contacts: presidents (Medvedev–Ahmadinejad A02, A03; Putin–Rouhani A08, A14, A17, A18, A23; Putin–Raisi A29, A32; Putin–
# Pezeshkian A34, A36), the Leader (A18) and his adviser Velayati carrying letters (A20), foreign ministers (A03, A05, A09, A12,
# A17, A18, A21, A24, A26, A30, A34, A39), deputy FMs and envoys (Bogdanov A06, Ryabkov–Gharibabadi A38), security council
# secretaries (Patrushev A15, A20; Shoigu–Ahmadian A36), defence ministers (Shoigu–Dehghan A15), the Duma speaker with the
# president, the Majlis speaker and a Majlis committee (A27, A29), energy ministers and the joint commission (A39), Rosatom–AEOI
# and a deputy PM (A01, A11), Gazprom–NIOC with the acting president (A35); meetings, Caspian / SCO / BRICS / CICA sidelines,
# trilaterals (A17, A18, A21, A38), phone calls, congratulation cables and letters delivered by envoys (A20, A26, A27), MoUs,
# contracts and the 1995 / 2001 / 2007 deals and treaties recalled (A01, A12, A26, A30, A36), planned (A06, A09, A15, A17, A18,
# A21, A24, A27, A29, A32, A34, A35, A38, A39), postponed (A39), cancelled (A06, A24) and denied (A09, A30) contacts, and
# background in «وكان … قد …».
# Traps: third-country contacts only (A10 Algeria–Iran / Algeria–Russia, A13 Russia–Turkey and Iran–Turkey, A16 Syria–Russia and
# Syria–Iran, A25 Iraq–Iran, A28 Iran–China, A33 Saudi–Iran in Beijing, A37 Iran–US via Oman), Russia–Turkey, Russia–UAE/Saudi,
# Iran–Saudi, Iran–China/India contacts inside Russia–Iran stories (A09, A32, A34), joint naval drills (A24), deliveries and
# decrees (A02, A12, A13, A15), an airline's flights (A40), «روسيا اليوم», «دوشنبه» (the city), «مهر» (the agency) and «خجسته
# مهر» (a surname), «عشق آباد», «غريب آبادي», «آذار» (Gregorian March) and Solar «تير» beside «تموز» (A35), «جنيف 2», «5+1»,
# «إس-300», «سوخوي-24», «في في إي آر-1000», resolutions 1929 / 2231, money, counts, durations, percentages, clock times, a
# score, a match minute, session and summit ordinals, «الذكرى الـ300».
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
# Conventions: /work/shared/gold/README.md plus the headers of set28 and set30 (and through them set13, set16, set19–set26 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية (a
#   past point) = 21 to month end, النصف الثاني من + month = 16 to month end; «الأسبوع الماضي / المقبل» = previous / next
#   MONDAY–SUNDAY week; Arabic relative years and months are Gregorian («العام المقبل» = "YYYY"); a Gregorian month glossed by
#   its twin is one mention; «من X إلى Y» is one range mention («من» inside); «يومي 14 و15 مايو» and «يومي 30 و31 أكتوبر» are
#   two mentions (bare first day, then day + month); a weekday next to its date belongs to it; a relative word joined to a
#   written date is one mention in the written calendar; a relative word + weekday alone («أمس الأحد», «أول من أمس (الاثنين)»)
#   is r; a header in two calendars is one mention per calendar, the weekday going with the first; the «هـ» / «م» of a header
#   date and a trailing الماضي / المقبل / الجاري are inside the span; «منذ», «حتى», «ابتداء من», «إلى غاية» stay outside;
#   «الأربعاء الماضي» = the last such weekday strictly before pub, a bare past weekday = on or before pub, a future one = after
#   pub; «أول من أمس» = pub − 2; «قبل ثلاثة أيام» = pub − 3; KUNA's «28 - 4», a Solar Hijri dateline day and the dateline day
#   are mentions of the pub day; «30.12.2019» = D.M.Y, «2017/11/1» = Y/M/D (g); a Solar Hijri date in Arabic text is j; «من
#   الشهر نفسه» / «من الشهر الجاري»-type days are resolved (g); «15 آذار/مارس الماضي» is one g mention; time-of-day words
#   inside a span never change its value («فجر 24 تشرين الثاني الماضي» g, «مساء أمس الجمعة» r); a Hijri month written with its
#   year («شهر رمضان لعام 1434 هـ») is an interval mention (h); holiday names beside their own date, «منذ + duration»,
#   anaphoric and event-relative expressions («مساء اليوم نفسه», «غداة», «بعد يومين من», «بعد أقل من شهر على», «قبل ساعات من»),
#   vague ones («قريبا», «في أقرب فرصة», «خلال الأشهر المقبلة», «في موعد يتفق عليه لاحقا»), deadlines («قبل نهاية العام
#   الميلادي الحالي») and years inside event names («كأس العالم روسيا 2018») are ignore lines; counts, durations, percentages,
#   money, clock times, scores, resolution / model numbers, «5+1», «جنيف 2» and session / summit ordinals get no line.
#   Contacts as in those headers: treaty signed by two presidents → required agreement + optional meet; company / agency
#   contracts and MoUs → required agreement; an agreement signed by two heads of agencies → required agreement + optional meet
#   the same day; documents signed by officials in the presence of the presidents → required country-level agreement; a
#   trilateral where both sides sit together → required (a bilateral the same day is the same row), its declaration / statement
#   → optional agreement; the JCPOA track (the Geneva interim deal, the Vienna joint commission) and Iran–5+1 rounds with no
#   bilateral → optional country-level rows; envoy handing over a leader's letter → meet (envoy–host) + message (sender–
#   addressee); planned contacts with a stated day, interval or relative week / month / year → required, possibilities and
#   undated hopes → optional with None; a postponed contact → one row at its new date; joint commissions and multilateral
#   meetings (Astana rounds) with no bilateral stated → optional; a named Russian official's visit to Tehran with no host named
#   and an Iranian official's visit to Moscow with no host named → required with country-level names for the host; the
#   arrival day before the dated meetings of a visit → optional meet with country-level host names; treaties and contracts
#   recalled by year or month → required country-level agreements; a visit invitation handed over at a dated meeting and
#   accepted → optional message that day + optional undated meet; cancelled and denied contacts, deliveries, decrees and drills
#   give no row.
# Decided here where nothing above says (set32):
#   «اعتبارا من» before a date or weekday stays outside the span like «ابتداء من» (A07, A13, A16).  «يوم» is inside the span
#   before a weekday («يوم الأربعاء 20 يونيو», «يوم الخميس») and outside before a bare number («يوم 13 أبريل» → «13 أبريل
#   (نيسان) الجاري», A05, A34).  «أمس الأول» = pub − 2, like «أول من أمس» (A16).  «هذا العام» = the Gregorian pub year "YYYY"
#   (r, A03, A40), like «العام الجاري».  «منتصف الشهر الجاري» = days 11–20 of the pub month (r, A24), like «أواخر الشهر الجاري».
#   «ظهر اليوم الجمعة», «عصر اليوم السبت», «صباح الخميس», «مساء الأربعاء», «صباح اليوم» are one r mention each (A08, A18, A27,
#   A30, A37); «ليل 23 تشرين الثاني» is g (A09).  «الأشهر الستة الأولى من العام الإيراني الجاري» = the first six Solar Hijri
#   months of the current Solar year (1 Farvardin – 31 Shahrivar, interval, r, A31): an Arabic relative year explicitly called
#   Iranian is Solar Hijri, as «ميلادي» makes a Persian one Gregorian.  A year-less part of a Hijri month («النصف الثاني من شهر
#   رمضان المبارك») = 16 to month end of the nearest Umm al-Qura year (h, A39).  A range whose ends carry weekdays and Solar
#   Hijri dates («من الخميس 28 اسفند 1404 إلى السبت 8 فروردين 1405») is one j mention (A40); «عطلة النوروز» and «عيد الفطر»
#   named as falling inside it are ignore lines.  Deadlines and ultimatums are ignore lines: «مددت مهلتها حتى 10 يوليو» (A14),
#   «قبل 7 تموز/يوليو، موعد انتهاء مهلة» (A23), «إلى غاية جوان 2015» (A10), «قبل نهاية السنة الميلادية» (A31), «خلال مدة
#   أقصاها شهران» (A33), «في غضون عامين» (A11); but the last day of a summit's run («تستضيفهما المدينة حتى يوم الجمعة» A14,
#   «حتى غد الخميس» A34) is a mention with «حتى» outside, like set30's forecast.  Approximate or open relative times
#   («بعد قرابة شهرين» A01, «قبل أكثر من 14 شهرا» A05, «لاحقا» A08), anaphoric periods («الفترة نفسها من العام الماضي» A31,
#   «خلال هذه الفترة» A40) and «قبل بدء المراسم» (A27) are ignore lines.  Xinhua's «بكين 14 مارس 2025 (شينخوا)» and WAM's
#   «أبوظبي في 10 مارس / وام /» are g mentions of the pub day.
#   «دوشنبه» (the Tajik capital), «مهر» (the agency), the surname «خجسته مهر» and «آذار» (Gregorian March) are not Solar Hijri
#   words and get no line of their own.
#   Contacts: an envoy conveying a leader's message in a PHONE CALL with the addressee → phone_call (envoy–addressee) + message
#   (sender–addressee) (A26), mirroring the meeting rule; an extension of the 2001 treaty «اتفقا على تمديد» announced after the
#   foreign ministers' talks → required country-level agreement that day (A26).  A congratulation cable received on a stated day
#   → required message (A27).  A parliaments' joint committee to hold its first meeting in an interval → optional (joint-
#   commission rule, A27).  A president's address to the State Duma on a stated day → required meet, Russian side the Duma /
#   Volodin (A29).  An SCO summit both presidents attended the day before («غداة مشاركتهما»), with no bilateral stated →
#   optional meet at pub − 1 (A23).  The Iran–EAEU free trade agreement to be signed on a stated day → optional country-level
#   agreement (A32); coordination of the three sides «قبل اجتماع مجلس المحافظين» of the IAEA → optional country-level meet at the
#   Board's interval (A38).  The acting president attending a company signing («بحضور») → optional meet with the Russian
#   signer, the day-before meeting of the same two → required (A35); price talks of the two companies «في تموز المقبل» →
#   required meet, month value (A35), by set30's planned-talks rule.  An Iranian deputy minister's visit to Moscow «الشهر
#   الماضي» with no host named → required meet with country-level Russian names, month value (A38).  The Duma delegation
#   («الوفد الروسي») led by Volodin meeting a Majlis committee chairman → required meet with the Duma names (A27).  A cancelled
#   meeting (Bogdanov–Jalili A06), a cancelled visit (Borisov A24) and a denied message (A30) give no row; Aeroflot raising its
#   Moscow–Tehran flights (A40) and an Algerian minister's tour of Tehran and Moscow (A10) are not Russia–Iran contacts.
PUT, MED, AHN, ROU, KHA, RAI, PEZ, MOK = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani",
                                          "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian", "Mohammad Mokhber")
LAV, ZAR, ARA, AMI, SALE = ("Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian",
                            "Ali Akbar Salehi")
RU, IR = "Russia", "Iran"
SALEA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
ROG = ["Dmitry Rogozin", RU]
PAT = ["Nikolai Patrushev", RU]
SHO = ["Sergei Shoigu", RU]
AHM = ["Ali Akbar Ahmadian", IR]
DEH = ["Hossein Dehghan", IR]
BOG = ["Mikhail Bogdanov", RU]
VEL = ["Ali Akbar Velayati", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
JALZ = ["Vahid Jalalzadeh", "Majlis", "Islamic Consultative Assembly", IR]
RYA = ["Sergei Ryabkov", RU]
GHAR = ["Kazem Gharibabadi", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
NIOC = ["Mohsen Khojastehmehr", "National Iranian Oil Company", "NIOC", IR]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- A01–A10 ----------------
dict(id="A01", pub="2010-08-21", text=(
     "بوشهر (العالم) - بدأ خبراء إيرانيون وروس اليوم السبت تحميل الوقود النووي في مفاعل محطة بوشهر، في مراسم حضرها رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي ورئيس مؤسسة «روس آتوم» الروسية سيرغي كيريينكو، اللذان تفقدا معا غرفة التحكم الرئيسية في المحطة. "
     "وأوضح صالحي للصحفيين أن نقل 163 مجمعا للوقود إلى قلب المفاعل يستغرق نحو أسبوعين، وأن المحطة ستبدأ ضخ الكهرباء إلى الشبكة الوطنية بعد قرابة شهرين. "
     "وكانت طهران وموسكو قد وقعتا عقد استكمال المحطة عام 1995، إثر انسحاب شركة «سيمنس» الألمانية من المشروع بعد الثورة."),
     dates=[("اليوم السبت", "2010-08-21", "r"), ("بعد قرابة شهرين", None, "ignore"), ("عام 1995", "1995", "g")],
     contacts=[C(KIR, SALEA, "meet", "2010-08-21"), C(RU, IR, "agreement", "1995")]),
dict(id="A02", pub="2010-11-18", text=(
     "باكو - «روسيا اليوم»: عقد الرئيس الروسي دميتري مدفيديف اليوم الخميس 18 نوفمبر/تشرين الثاني لقاء مع نظيره الإيراني محمود أحمدي نجاد على هامش القمة الثالثة لدول حوض قزوين، هو الأول بينهما منذ أن أيدت موسكو في يونيو/حزيران الماضي القرار 1929 الذي شدد العقوبات الدولية على طهران. "
     "وتناول الرئيسان، بحسب مصدر في الكرملين، ملف محطة بوشهر وتداعيات المرسوم الذي وقعه مدفيديف في سبتمبر/أيلول الماضي وحظر بموجبه تسليم منظومات «إس-300» إلى إيران. "
     "وكان الرئيسان قد التقيا آخر مرة في يكاترينبورغ منتصف يونيو/حزيران 2009 خلال قمة منظمة شنغهاي للتعاون."),
     dates=[("اليوم الخميس 18 نوفمبر/تشرين الثاني", "2010-11-18", "g"), ("يونيو/حزيران الماضي", "2010-06", "g"),
            ("سبتمبر/أيلول الماضي", "2010-09", "g"), ("منتصف يونيو/حزيران 2009", "2009-06-11/2009-06-20", "g")],
     contacts=[C(MED, AHN, "meet", "2010-11-18"), C(MED, AHN, "meet", "2009-06-11/2009-06-20")]),
dict(id="A03", pub="2011-06-15", text=(
     "آستانة/ 25 خرداد/ إرنا- التقى رئيس الجمهورية محمود أحمدي نجاد اليوم الأربعاء نظيره الروسي دميتري مدفيديف على هامش قمة منظمة شنغهاي للتعاون، التي تحتفل هذا العام بالذكرى العاشرة لتأسيسها، وبحث معه التعاون في مجالي الطاقة والنقل وآخر تطورات الملف النووي. "
     "وكان وزير الخارجية علي أكبر صالحي قد أجرى يوم السبت الماضي اتصالا هاتفيا بنظيره الروسي سيرغي لافروف، تناول الترتيبات لهذا اللقاء."),
     dates=[("25 خرداد", "2011-06-15", "j"), ("اليوم الأربعاء", "2011-06-15", "r"), ("هذا العام", "2011", "r"),
            ("يوم السبت الماضي", "2011-06-11", "r")],
     contacts=[C(MED, AHN, "meet", "2011-06-15"), C(LAV, SALE, "phone_call", "2011-06-11")]),
dict(id="A04", pub="2011-09-26", text=(
     "أعلنت الهيئة العامة للسلع التموينية أمس الأحد تعاقدها على شراء ١٨٠ ألف طن من القمح الروسي بمتوسط سعر ٢٩٨ دولارا للطن شاملا الشحن، على أن يتم التسليم في الفترة من ١١ إلى ٢٠ نوفمبر المقبل. "
     "وقال مصدر مسئول بالهيئة لـ«الأهرام» إن روسيا استعادت صدارة موردي القمح لمصر منذ رفعها الحظر على تصدير الحبوب في الأول من يوليو الماضي، مشيرا إلى أن الأقماح الروسية باتت تشكل نحو ٦٠٪ من مشتريات الهيئة من الخارج."),
     dates=[("أمس الأحد", "2011-09-25", "r"), ("من ١١ إلى ٢٠ نوفمبر المقبل", "2011-11-11/2011-11-20", "g"),
            ("الأول من يوليو الماضي", "2011-07-01", "g")],
     contacts=[]),
dict(id="A05", pub="2012-04-04", text=(
     "لندن - طهران: «الشرق الأوسط» بحث وزير الخارجية الإيراني علي أكبر صالحي ونظيره الروسي سيرغي لافروف، في اتصال هاتفي أول من أمس (الاثنين)، الجولة المرتقبة من المحادثات بين طهران ومجموعة «5+1» التي تقرر عقدها في إسطنبول يوم 13 أبريل (نيسان) الجاري. "
     "وقال المتحدث باسم الخارجية الإيرانية رامين مهمان برست يوم أمس إن بلاده «لا تمانع» في أن تستضيف بغداد جولة لاحقة، لافتا إلى أن الجولة الأخيرة عقدت قبل أكثر من 14 شهرا."),
     dates=[("أول من أمس (الاثنين)", "2012-04-02", "r"), ("13 أبريل (نيسان) الجاري", "2012-04-13", "g"),
            ("يوم أمس", "2012-04-03", "r"), ("قبل أكثر من 14 شهرا", None, "ignore")],
     contacts=[C(LAV, SALE, "phone_call", "2012-04-02"), C(RU, IR, "meet", "2012-04-13", True)]),
dict(id="A06", pub="2012-12-08", text=(
     "وصل نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى طهران مساء أمس الجمعة في زيارة تستغرق يومين، يلتقي خلالها اليوم السبت وزير الخارجية علي أكبر صالحي، على أن يجري يوم غد محادثات مع مساعده للشؤون العربية والأفريقية حسين أمير عبد اللهيان حول الأزمة السورية. "
     "وأفادت مصادر دبلوماسية للميادين بأن لقاء كان مقررا بين بوغدانوف وأمين المجلس الأعلى للأمن القومي سعيد جليلي ألغي بسبب ارتباطات الأخير، وأن المسؤول الروسي سيتوجه بعد غد الاثنين إلى بيروت."),
     dates=[("مساء أمس الجمعة", "2012-12-07", "r"), ("اليوم السبت", "2012-12-08", "r"), ("يوم غد", "2012-12-09", "r"),
            ("بعد غد الاثنين", "2012-12-10", "r")],
     contacts=[C(BOG, IR, "meet", "2012-12-07", True), C(BOG, SALE, "meet", "2012-12-08"), C(BOG, AMI, "meet", "2012-12-09")]),
dict(id="A07", pub="2013-07-09", text=(
     "طهران - «القدس العربي»: أعلن مكتب المرشد الأعلى الإيراني علي خامنئي مساء الثلاثاء أن هلال شهر رمضان لعام 1434 هـ لم يُشاهد في سماء البلاد، وأن الخميس 11 تموز (يوليو) سيكون أول أيام الصيام في إيران، خلافا للسعودية ودول الخليج التي يبدأ فيها الصوم غدا. "
     "وفي موسكو، قال مجلس المفتين في روسيا إن المسلمين في البلاد، ويقدر عددهم بنحو 20 مليونا، سيصومون اعتبارا من الأربعاء، وإن ساعات الصيام تتجاوز في بعض المدن الشمالية 19 ساعة."),
     dates=[("مساء الثلاثاء", "2013-07-09", "r"), ("شهر رمضان لعام 1434 هـ", "2013-07-09/2013-08-07", "h"),
            ("الخميس 11 تموز (يوليو)", "2013-07-11", "g"), ("غدا", "2013-07-10", "r"), ("الأربعاء", "2013-07-10", "r")],
     contacts=[]),
dict(id="A08", pub="2013-09-13", text=(
     "بيشكك - تسنيم: التقى رئيس الجمهورية الشيخ حسن روحاني ظهر اليوم الجمعة نظيره الروسي فلاديمير بوتين على هامش قمة منظمة شنغهاي للتعاون في العاصمة القرغيزية، في أول لقاء بينهما منذ تولي روحاني مهامه مطلع آب الماضي. "
     "ووجه بوتين خلال اللقاء دعوة إلى روحاني لزيارة موسكو، فقبلها الأخير على أن يحدد موعدها لاحقا، وذلك بعد أقل من شهر على اتصال هاتفي بين الرئيسين في 17 آب/أغسطس تناول الأزمة السورية."),
     dates=[("ظهر اليوم الجمعة", "2013-09-13", "r"), ("مطلع آب الماضي", "2013-08-01/2013-08-10", "g"), ("لاحقا", None, "ignore"),
            ("بعد أقل من شهر على", None, "ignore"), ("17 آب/أغسطس", "2013-08-17", "g")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "message", "2013-09-13", True), C(PUT, ROU, "meet", None, True),
               C(PUT, ROU, "phone_call", "2013-08-17")]),
# A09: whole article, 11 lines
dict(id="A09", pub="2013-12-12", text=(
     "ظريف من موسكو: التعاون مع روسيا لن يتأثر باتفاق جنيف\n"
     "الخميس 12 كانون الأول 2013 - 9 صفر 1435\n"
     "موسكو - الميادين: أجرى وزير الخارجية الإيراني محمد جواد ظريف اليوم محادثات مطولة مع نظيره الروسي سيرغي لافروف في مقر الخارجية الروسية، تناولت تنفيذ الاتفاق المرحلي الذي وقعته إيران ومجموعة 5+1 في جنيف فجر 24 تشرين الثاني الماضي.\n"
     "وقال ظريف في مؤتمر صحافي مشترك إن طهران وموسكو «تقفان على أرضية واحدة» في الملف السوري، داعيا إلى إشراك بلاده في مؤتمر «جنيف 2» المقرر في 22 كانون الثاني المقبل.\n"
     "من جهته، أعلن لافروف أن الرئيس فلاديمير بوتين سيستقبل ظريف غدا الجمعة في الكرملين، وأن البلدين يدرسان توقيع عقد لبناء وحدات جديدة في محطة بوشهر «خلال الأشهر المقبلة».\n"
     "وأشار الوزير الروسي إلى أن التبادل التجاري بين البلدين تراجع العام الماضي إلى نحو 2.3 مليار دولار، أي بانخفاض يقارب 30 في المئة مقارنة بعام 2011.\n"
     "وكان لافروف وظريف قد عقدا في جنيف ليل 23 تشرين الثاني لقاء ثنائيا، قبل ساعات من إعلان الاتفاق، ثم تحادثا هاتفيا في 3 كانون الأول الجاري لتنسيق المواقف.\n"
     "وتعد هذه الزيارة الأولى لظريف إلى روسيا منذ توليه حقيبة الخارجية في آب/أغسطس.\n"
     "وفي ملف آخر، نفت الخارجية الروسية ما نشرته صحيفة «كوميرسانت» عن اتفاق لمقايضة النفط الإيراني بسلع روسية بقيمة 1.5 مليار دولار شهريا، مؤكدة أن «لا عقد من هذا النوع قيد التوقيع».\n"
     "ومن المنتظر أن يتوجه ظريف بعد موسكو إلى أنقرة، حيث يلتقي نظيره التركي أحمد داود أوغلو الثلاثاء المقبل.\n"
     "المصدر: الميادين + وكالات"),
     dates=[("الخميس 12 كانون الأول 2013", "2013-12-12", "g"), ("9 صفر 1435", "2013-12-12", "h"), ("اليوم", "2013-12-12", "r"),
            ("فجر 24 تشرين الثاني الماضي", "2013-11-24", "g"), ("22 كانون الثاني المقبل", "2014-01-22", "g"),
            ("غدا الجمعة", "2013-12-13", "r"), ("خلال الأشهر المقبلة", None, "ignore"), ("العام الماضي", "2012", "r"),
            ("عام 2011", "2011", "g"), ("ليل 23 تشرين الثاني", "2013-11-23", "g"), ("قبل ساعات من", None, "ignore"),
            ("3 كانون الأول الجاري", "2013-12-03", "g"), ("آب/أغسطس", "2013-08", "g"), ("الثلاثاء المقبل", "2013-12-17", "r")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-12"), C(RU, IR, "agreement", "2013-11-24", True), C(PUT, ZAR, "meet", "2013-12-13"),
               C([RU, "Rosatom"], [IR, "Atomic Energy Organization of Iran", "AEOI"], "agreement", None, True),
               C(LAV, ZAR, "meet", "2013-11-23"), C(LAV, ZAR, "phone_call", "2013-12-03")]),
dict(id="A10", pub="2014-11-20", text=(
     "الجزائر - الشروق: يتوجه وزير الطاقة يوسف يوسفي يوم الأحد المقبل إلى فيينا للمشاركة في اجتماع منظمة «أوبك» المقرر يوم 27 نوفمبر، بعد جولة قادته الأسبوع الماضي إلى طهران وموسكو، بحث خلالها مع المسؤولين الإيرانيين والروس تهاوي أسعار النفط إلى ما دون 80 دولارا للبرميل. "
     "وأكد يوسفي أن الجزائر، التي تعتمد على المحروقات في 97 بالمائة من مداخيلها بالعملة الصعبة، «لن تقبل» ببقاء الأسعار عند مستوياتها الحالية إلى غاية جوان 2015."),
     dates=[("يوم الأحد المقبل", "2014-11-23", "r"), ("27 نوفمبر", "2014-11-27", "g"), ("الأسبوع الماضي", "2014-11-10/2014-11-16", "r"),
            ("جوان 2015", None, "ignore")],
     contacts=[]),
# ---------------- A11–A20 ----------------
dict(id="A11", pub="2014-11-11", text=(
     "موسكو - سبوتنيك: وقعت مؤسسة «روس آتوم» الحكومية الروسية ومنظمة الطاقة الذرية الإيرانية، اليوم الثلاثاء، عقدا لبناء وحدتين جديدتين من طراز «في في إي آر-1000» في محطة بوشهر، مع خيار إضافة ست وحدات أخرى في مواقع يحددها الجانب الإيراني. "
     "ووقع العقد عن الجانب الروسي المدير العام لـ«روس آتوم» سيرغي كيريينكو، وعن الجانب الإيراني رئيس المنظمة علي أكبر صالحي، الذي التقى بعد مراسم التوقيع نائب رئيس الوزراء الروسي دميتري روغوزين. "
     "وقال صالحي إن أعمال البناء ستنطلق في غضون عامين."),
     dates=[("اليوم الثلاثاء", "2014-11-11", "r"), ("في غضون عامين", None, "ignore")],
     contacts=[C(KIR, SALEA, "agreement", "2014-11-11"), C(KIR, SALEA, "meet", "2014-11-11", True),
               C(ROG, SALEA, "meet", "2014-11-11")]),
dict(id="A12", pub="2015-04-14", text=(
     "وقّع الرئيس الروسي فلاديمير بوتين أمس الاثنين مرسوما يرفع الحظر عن تسليم منظومة الدفاع الجوي «إس-300» إلى إيران، في خطوة وصفها الكرملين بأنها «بادرة حسن نية». "
     "وقال وزير الخارجية سيرغي لافروف إن نظيره الإيراني محمد جواد ظريف أبلغه في اتصال هاتفي السبت استعداد طهران لسحب الدعوى التي رفعتها أمام محكمة التحكيم في جنيف، وتطالب فيها بأربعة مليارات دولار تعويضا. "
     "وكانت موسكو وطهران وقّعتا عام 2007 عقدا بقيمة 800 مليون دولار لتسليم خمس كتائب من هذه المنظومة، قبل أن يجمّد الرئيس السابق ديمتري مدفيديف تنفيذه في أيلول 2010."),
     dates=[("أمس الاثنين", "2015-04-13", "r"), ("السبت", "2015-04-11", "r"), ("عام 2007", "2007", "g"), ("أيلول 2010", "2010-09", "g")],
     contacts=[C(LAV, ZAR, "phone_call", "2015-04-11"), C(RU, IR, "agreement", "2007")]),
dict(id="A13", pub="2015-11-28", text=(
     "وقع الرئيس الروسي فلاديمير بوتين اليوم السبت مرسوما يفرض عقوبات اقتصادية على تركيا، تشمل وقف الرحلات السياحية المنظمة وحظر استيراد عدد من السلع التركية اعتبارا من الأول من يناير/كانون الثاني 2016، وذلك بعد أربعة أيام من إسقاط مقاتلة روسية من طراز سوخوي-24 قرب الحدود السورية. "
     "وكان الكرملين قد تجاهل طلب الرئيس التركي رجب طيب أردوغان إجراء اتصال هاتفي مع بوتين، في حين عرض الرئيس الإيراني حسن روحاني في اتصال مع أردوغان يوم الخميس وساطة طهران لاحتواء الأزمة."),
     dates=[("اليوم السبت", "2015-11-28", "r"), ("الأول من يناير/كانون الثاني 2016", "2016-01-01", "g"),
            ("بعد أربعة أيام من", None, "ignore"), ("يوم الخميس", "2015-11-26", "r")],
     contacts=[]),
dict(id="A14", pub="2015-07-09", text=(
     "أوفا - سبوتنيك: بحث الرئيس الروسي فلاديمير بوتين ونظيره الإيراني حسن روحاني، مساء الخميس 9 يوليو/تموز، في مدينة أوفا عاصمة جمهورية باشكورتوستان، سير المفاوضات النووية الجارية في فيينا، والتي مددت مهلتها حتى 10 يوليو. "
     "والتقى الرئيسان على هامش قمتي «بريكس» ومنظمة شنغهاي للتعاون، اللتين تستضيفهما المدينة حتى يوم الجمعة، واتفقا على تسريع التعاون في مجالي الطاقة النووية السلمية والنقل. "
     "وأشار بوتين إلى أن التبادل التجاري بين البلدين بلغ 1.68 مليار دولار في 2014."),
     dates=[("مساء الخميس 9 يوليو/تموز", "2015-07-09", "g"), ("10 يوليو", None, "ignore"), ("يوم الجمعة", "2015-07-10", "r"),
            ("2014", "2014", "g")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09")]),
dict(id="A15", pub="2016-04-27", text=(
     "موسكو/ 8 أرديبهشت/ إرنا- التقى وزير الدفاع وإسناد القوات المسلحة العميد حسين دهقان اليوم نظيره الروسي الجنرال سيرغي شويغو على هامش مؤتمر موسكو الخامس للأمن الدولي، وبحث الجانبان تطورات الأوضاع في سوريا واستكمال تسليم منظومة «إس-300». "
     "وقال دهقان إن الدفعة الأولى من المنظومة وصلت إلى إيران الشهر الجاري، معربا عن أمله في إنجاز عملية التسليم قبل نهاية العام الميلادي الحالي، ومن المقرر أن يلتقي غدا الخميس أمين مجلس الأمن الروسي نيكولاي باتروشيف."),
     dates=[("8 أرديبهشت", "2016-04-27", "j"), ("اليوم", "2016-04-27", "r"), ("الشهر الجاري", "2016-04", "r"),
            ("قبل نهاية العام الميلادي الحالي", None, "ignore"), ("غدا الخميس", "2016-04-28", "r")],
     contacts=[C(SHO, DEH, "meet", "2016-04-27"), C(PAT, DEH, "meet", "2016-04-28")]),
dict(id="A16", pub="2016-03-15", text=(
     "دمشق-سانا: تلقى السيد الرئيس بشار الأسد أمس اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، جرى خلاله الاتفاق على بدء سحب الجزء الرئيسي من القوة الجوية الروسية العاملة في سورية اعتبارا من اليوم الثلاثاء، مع الإبقاء على نقطة للدعم الجوي في مطار حميميم. "
     "وكان الرئيس الأسد قد استقبل أمس الأول معاون وزير الخارجية الإيراني للشؤون العربية والأفريقية حسين جابري أنصاري والوفد المرافق له، وجرى بحث جولة محادثات جنيف التي انطلقت يوم الاثنين 14 آذار."),
     dates=[("أمس", "2016-03-14", "r"), ("اليوم الثلاثاء", "2016-03-15", "r"), ("أمس الأول", "2016-03-13", "r"),
            ("يوم الاثنين 14 آذار", "2016-03-14", "g")],
     contacts=[]),
dict(id="A17", pub="2016-08-08", text=(
     "باكو (العالم) - عقد رؤساء إيران حسن روحاني وروسيا فلاديمير بوتين وأذربيجان إلهام علييف اليوم الاثنين في باكو أول قمة ثلاثية تجمعهم، وأصدروا في ختامها إعلانا مشتركا يدعو إلى تسريع إنجاز ممر النقل الدولي «شمال - جنوب». "
     "والتقى روحاني وبوتين على هامش القمة في اجتماع ثنائي استمر ساعة ونصف الساعة، واتفقا على أن تعقد القمة الثلاثية الثانية في طهران العام المقبل. "
     "وكان وزراء خارجية الدول الثلاث قد مهدوا لهذا اللقاء في اجتماع عقدوه في باكو في السابع من نيسان/أبريل الماضي."),
     dates=[("اليوم الاثنين", "2016-08-08", "r"), ("العام المقبل", "2017", "r"), ("السابع من نيسان/أبريل الماضي", "2016-04-07", "g")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(PUT, ROU, "meet", "2017"), C([LAV, RU], [ZAR, IR], "meet", "2016-04-07")]),
# A18: whole article, 11 lines
dict(id="A18", pub="2017-11-01", text=(
     "بوتين يلتقي خامنئي وروحاني في طهران ويشارك في قمة ثلاثية مع علييف\n"
     "آخر تحديث: 2017/11/1 الساعة 20:15 (مكة المكرمة)\n"
     "طهران - الجزيرة نت: وصل الرئيس الروسي فلاديمير بوتين إلى طهران عصر اليوم الأربعاء في زيارة قصيرة، التقى خلالها المرشد الأعلى علي خامنئي ثم الرئيس حسن روحاني، قبل أن ينضم الاثنان إلى الرئيس الأذربيجاني إلهام علييف في قمة ثلاثية هي الثانية من نوعها.\n"
     "ونقل الموقع الرسمي للمرشد عن خامنئي قوله لضيفه إن التعاون بين البلدين «قادر على عزل أميركا»، داعيا إلى التخلي عن الدولار في المبادلات الثنائية.\n"
     "ووقع مسؤولون روس وإيرانيون بحضور الرئيسين ست وثائق تعاون، بينها خريطة طريق لمشاريع نفطية تقدر قيمتها بعشرات المليارات من الدولارات، وفق وزير النفط بيجن زنغنه.\n"
     "وقال روحاني في مؤتمر صحفي إنه سيزور سوتشي في 22 نوفمبر/تشرين الثاني الجاري للمشاركة في قمة ثلاثية مع بوتين ونظيره التركي رجب طيب أردوغان حول سوريا.\n"
     "وتأتي الزيارة بعد أقل من شهر على اتصال هاتفي أجراه الرئيسان في 13 أكتوبر/تشرين الأول، عقب إعلان الرئيس الأميركي دونالد ترامب رفضه المصادقة على الاتفاق النووي.\n"
     "وكانت القمة الثلاثية الأولى قد عقدت في باكو في 8 أغسطس/آب 2016، واتفق خلالها على استكمال خط السكة الحديدية رشت - أستارا.\n"
     "وفي الشأن السوري، أكد بوتين أن مسار أستانة الذي ترعاه موسكو وطهران وأنقرة منذ يناير/كانون الثاني الماضي «أثبت جدواه»، مشيرا إلى الجولة السابعة التي عقدت يومي 30 و31 أكتوبر.\n"
     "ويغادر بوتين طهران مساء اليوم نفسه، على أن يستقبل وزير الخارجية الإيراني محمد جواد ظريف في موسكو الأسبوع المقبل، بحسب مصدر دبلوماسي إيراني.\n"
     "المصدر : الجزيرة + وكالات"),
     dates=[("2017/11/1", "2017-11-01", "g"), ("عصر اليوم الأربعاء", "2017-11-01", "r"),
            ("22 نوفمبر/تشرين الثاني الجاري", "2017-11-22", "g"), ("بعد أقل من شهر على", None, "ignore"),
            ("13 أكتوبر/تشرين الأول", "2017-10-13", "g"), ("8 أغسطس/آب 2016", "2016-08-08", "g"),
            ("يناير/كانون الثاني الماضي", "2017-01", "g"), ("30", "2017-10-30", "g"), ("31 أكتوبر", "2017-10-31", "g"),
            ("مساء اليوم نفسه", None, "ignore"), ("الأسبوع المقبل", "2017-11-06/2017-11-12", "r")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"),
               C([RU, "Rosneft"], [IR, "National Iranian Oil Company", "NIOC", "Bijan Zanganeh"], "agreement", "2017-11-01"),
               C(PUT, ROU, "meet", "2017-11-22"), C(PUT, ROU, "phone_call", "2017-10-13"), C(PUT, ROU, "meet", "2016-08-08"),
               C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True), C(RU, IR, "meet", "2017-10-30/2017-10-31", True),
               C(PUT, ZAR, "meet", "2017-11-06/2017-11-12")]),
dict(id="A19", pub="2017-05-17", text=(
     "طهران - «العربية.نت»: يتوجه أكثر من 56 مليون ناخب إيراني بعد غد الجمعة 29 أرديبهشت (19 مايو) إلى صناديق الاقتراع لاختيار رئيس للجمهورية من بين أربعة مرشحين، بعد انسحاب رئيس بلدية طهران محمد باقر قاليباف يوم الاثنين لصالح المرشح المحافظ إبراهيم رئيسي. "
     "وتتزامن الانتخابات الرئاسية مع الدورة الخامسة للانتخابات البلدية، فيما تفتح مراكز الاقتراع في الخارج، ومنها أربعة مراكز في روسيا، أبوابها من الساعة 8 صباحا حتى 6 مساء بالتوقيت المحلي."),
     dates=[("بعد غد الجمعة 29 أرديبهشت", "2017-05-19", "j"), ("19 مايو", "2017-05-19", "g"), ("يوم الاثنين", "2017-05-15", "r")],
     contacts=[]),
dict(id="A20", pub="2018-07-12", text=(
     "أفادت وكالة مهر للأنباء بأن مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي سلّم الرئيس الروسي فلاديمير بوتين، خلال لقائهما اليوم الخميس في الكرملين، رسالتين من قائد الثورة آية الله السيد علي خامنئي ورئيس الجمهورية الشيخ حسن روحاني. "
     "وقال ولايتي عقب اللقاء، الذي استمر ساعتين، إن الرسالتين تتناولان العلاقات الثنائية والتطورات في سوريا والاتفاق النووي بعد انسحاب واشنطن منه في 8 أيار/مايو، وكان قد التقى أمس الأربعاء أمين مجلس الأمن القومي الروسي نيكولاي باتروشيف."),
     dates=[("اليوم الخميس", "2018-07-12", "r"), ("8 أيار/مايو", "2018-05-08", "g"), ("أمس الأربعاء", "2018-07-11", "r")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"), C(PUT, ROU, "message", "2018-07-12"),
               C(PAT, VEL, "meet", "2018-07-11")]),
# ---------------- A21–A30 ----------------
dict(id="A21", pub="2018-04-28", text=(
     "موسكو - 28 - 4 (كونا) -- عقد وزراء خارجية روسيا سيرغي لافروف وإيران محمد جواد ظريف وتركيا مولود تشاووش أوغلو اليوم السبت اجتماعا ثلاثيا في العاصمة الروسية بحثوا خلاله الأوضاع في سوريا في ضوء الضربات الأمريكية والبريطانية والفرنسية الأخيرة. "
     "وأكد الوزراء في بيان مشترك التزامهم بسيادة سوريا ووحدة أراضيها، واتفقوا على عقد الجولة التاسعة من محادثات أستانة يومي 14 و15 مايو المقبل، علما بأنهم التقوا آخر مرة في العاصمة الكازاخية في 16 مارس الماضي. (النهاية)"),
     dates=[("28 - 4", "2018-04-28", "g"), ("اليوم السبت", "2018-04-28", "r"), ("14", "2018-05-14", "g"),
            ("15 مايو المقبل", "2018-05-15", "g"), ("16 مارس الماضي", "2018-03-16", "g")],
     contacts=[C(LAV, ZAR, "meet", "2018-04-28"), C([LAV, RU], [ZAR, IR], "agreement", "2018-04-28", True),
               C(RU, IR, "meet", "2018-05-14/2018-05-15", True), C(LAV, ZAR, "meet", "2018-03-16")]),
dict(id="A22", pub="2018-06-15", text=(
     "هسبريس من سان بطرسبورغ: انهزم المنتخب الوطني المغربي، مساء يومه الجمعة، أمام نظيره الإيراني بهدف دون رد، جاء من خطأ في المرمى سجله عزيز بوحدوز في الدقيقة 95، برسم الجولة الأولى من دور المجموعات لكأس العالم روسيا 2018. "
     "ويواجه أسود الأطلس منتخب البرتغال يوم الأربعاء 20 يونيو بموسكو، قبل أن يختتموا مشوارهم في المجموعة الثانية أمام إسبانيا في 25 من الشهر نفسه بكالينينغراد، فيما تنطلق البطولة الوطنية الاحترافية منتصف غشت المقبل."),
     dates=[("مساء يومه الجمعة", "2018-06-15", "r"), ("كأس العالم روسيا 2018", None, "ignore"),
            ("يوم الأربعاء 20 يونيو", "2018-06-20", "g"), ("25 من الشهر نفسه", "2018-06-25", "g"),
            ("منتصف غشت المقبل", "2018-08-11/2018-08-20", "g")],
     contacts=[]),
dict(id="A23", pub="2019-06-15", text=(
     "دوشنبه - «القدس العربي»: التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين، اليوم السبت، في العاصمة الطاجيكية على هامش القمة الخامسة لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا «سيكا»، غداة مشاركتهما في قمة منظمة شنغهاي للتعاون في بيشكك. "
     "وأبلغ روحاني نظيره الروسي أن طهران ستواصل تقليص التزاماتها بموجب الاتفاق النووي إذا لم يفِ الأوروبيون بتعهداتهم قبل 7 تموز/يوليو، موعد انتهاء مهلة الستين يوما التي أعلنتها في 8 أيار/مايو."),
     dates=[("اليوم السبت", "2019-06-15", "r"), ("غداة", None, "ignore"), ("7 تموز/يوليو", None, "ignore"),
            ("8 أيار/مايو", "2019-05-08", "g")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-06-14", True)]),
dict(id="A24", pub="2019-12-30", text=(
     "30.12.2019 | 14:05 GMT — أجرى وزير الخارجية الروسي سيرغي لافروف، اليوم الاثنين في موسكو، مباحثات مع نظيره الإيراني محمد جواد ظريف تناولت مستقبل الاتفاق النووي وأمن الملاحة في الخليج، وأعلن بعدها أن المناورات البحرية المشتركة بين روسيا وإيران والصين، التي انطلقت يوم الجمعة في خليج عمان وتستمر أربعة أيام، «ليست موجهة ضد أحد». "
     "وكان نائب رئيس الوزراء الروسي يوري بوريسوف قد ألغى زيارة كانت مقررة إلى طهران منتصف الشهر الجاري لترؤس اجتماع اللجنة الاقتصادية المشتركة. "
     "ومن المقرر أن يجتمع ممثلو الدول الأطراف في الاتفاق النووي في فيينا أواخر يناير/كانون الثاني المقبل."),
     dates=[("30.12.2019", "2019-12-30", "g"), ("اليوم الاثنين", "2019-12-30", "r"), ("يوم الجمعة", "2019-12-27", "r"),
            ("منتصف الشهر الجاري", "2019-12-11/2019-12-20", "r"), ("أواخر يناير/كانون الثاني المقبل", "2020-01-21/2020-01-31", "g")],
     contacts=[C(LAV, ZAR, "meet", "2019-12-30"), C(RU, IR, "meet", "2020-01-21/2020-01-31", True)]),
dict(id="A25", pub="2020-05-31", text=(
     "بغداد/ شفق نيوز- أعلنت وزارة الكهرباء العراقية، اليوم الأحد، أن إيران خفّضت إمدادات الغاز المغذية لمحطات الوسط والجنوب إلى 8 ملايين متر مكعب يومياً بدلاً من 45 مليوناً، بسبب تراكم مستحقات تجاوزت 5 مليارات دولار. "
     "وأوضح المتحدث باسم الوزارة أن وفداً فنياً سيزور طهران الأسبوع المقبل، بعدما بحث الوزير مع السفير الإيراني في بغداد إيرج مسجدي الأربعاء الماضي آلية الدفع عبر المصرف العراقي للتجارة، متوقعاً أن يتجاوز الطلب على الطاقة 30 ألف ميغاواط خلال شهري تموز وآب."),
     dates=[("اليوم الأحد", "2020-05-31", "r"), ("الأسبوع المقبل", "2020-06-01/2020-06-07", "r"), ("الأربعاء الماضي", "2020-05-27", "r"),
            ("تموز", "2020-07", "g"), ("آب", "2020-08", "g")],
     contacts=[]),
dict(id="A26", pub="2020-07-22", text=(
     "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو أمس في زيارة قصيرة حمل خلالها رسالة «مهمة وعاجلة» من الرئيس حسن روحاني إلى نظيره الروسي فلاديمير بوتين، نقلها إليه في اتصال هاتفي أجراه معه بعد محادثاته مع الوزير سيرغي لافروف. "
     "وأعلن ظريف أن البلدين اتفقا على تمديد «معاهدة أسس العلاقات المتبادلة ومبادئ التعاون» الموقعة في آذار 2001 لخمس سنوات إضافية، ريثما تنجز معاهدة جديدة. "
     "وتأتي الزيارة قبل أقل من ثلاثة أشهر من انتهاء حظر الأسلحة الأممي المفروض على إيران في 18 تشرين الأول المقبل، بموجب القرار 2231."),
     dates=[("أمس", "2020-07-21", "r"), ("آذار 2001", "2001-03", "g"), ("قبل أقل من ثلاثة أشهر من", None, "ignore"),
            ("18 تشرين الأول المقبل", "2020-10-18", "g")],
     contacts=[C(LAV, ZAR, "meet", "2020-07-21"), C(PUT, ZAR, "phone_call", "2020-07-21"), C(PUT, ROU, "message", "2020-07-21"),
               C([RU, LAV, PUT], [IR, ZAR, ROU], "agreement", "2020-07-21"), C(RU, IR, "agreement", "2001-03")]),
# A27: whole article, 11 lines
dict(id="A27", pub="2021-08-05", text=(
     "فولودين في طهران لحضور تنصيب رئيسي ويسلمه رسالة من بوتين\n"
     "الخميس ٥ آب/أغسطس ٢٠٢١ | ٢٦ ذو الحجة ١٤٤٢ هـ\n"
     "طهران (العالم) - التقى رئيس مجلس الدوما الروسي فياتشيسلاف فولودين اليوم الرئيس الإيراني السيد إبراهيم رئيسي، على هامش مراسم أداء اليمين الدستورية أمام مجلس الشورى الإسلامي، وسلمه رسالة تهنئة من الرئيس فلاديمير بوتين.\n"
     "وكان فولودين قد وصل إلى طهران مساء أمس الأربعاء على رأس وفد برلماني، وأجرى فور وصوله محادثات مع رئيس مجلس الشورى محمد باقر قاليباف.\n"
     "وقال فولودين إن برلماني البلدين سيشكلان لجنة مشتركة تعقد اجتماعها الأول في موسكو في النصف الثاني من أيلول/سبتمبر المقبل.\n"
     "وأدى رئيسي اليمين بحضور وفود من 73 دولة، بعد يومين من مصادقة المرشد الأعلى علي خامنئي على حكم رئاسته يوم الثلاثاء.\n"
     "وكان رئيسي قد تلقى في 19 حزيران/يونيو، غداة إعلان فوزه في الانتخابات، برقية تهنئة من بوتين أعرب فيها عن ثقته بمواصلة تطوير «العلاقات الودية» بين البلدين.\n"
     "والتقى الوفد الروسي صباح اليوم، قبل بدء المراسم، رئيس لجنة الأمن القومي والسياسة الخارجية في المجلس وحيد جلال زاده، وبحث معه مصير الاتفاق النووي والمفاوضات المتوقفة في فيينا منذ 20 حزيران/يونيو.\n"
     "من جهته، أعلن المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده أن وزير الخارجية الروسي سيرغي لافروف سيزور طهران «في موعد يتفق عليه لاحقا».\n"
     "يشار إلى أن رئيسي سيتوجه منتصف أيلول إلى العاصمة الطاجيكية للمشاركة في قمة منظمة شنغهاي للتعاون، في أول زيارة خارجية له منذ توليه منصبه.\n"
     "جميع الحقوق محفوظة لقناة العالم الإخبارية"),
     dates=[("الخميس ٥ آب/أغسطس ٢٠٢١", "2021-08-05", "g"), ("٢٦ ذو الحجة ١٤٤٢ هـ", "2021-08-05", "h"), ("اليوم", "2021-08-05", "r"),
            ("مساء أمس الأربعاء", "2021-08-04", "r"), ("النصف الثاني من أيلول/سبتمبر المقبل", "2021-09-16/2021-09-30", "g"),
            ("بعد يومين من", None, "ignore"), ("يوم الثلاثاء", "2021-08-03", "r"), ("19 حزيران/يونيو", "2021-06-19", "g"),
            ("غداة", None, "ignore"), ("صباح اليوم", "2021-08-05", "r"), ("قبل بدء المراسم", None, "ignore"),
            ("20 حزيران/يونيو", "2021-06-20", "g"), ("في موعد يتفق عليه لاحقا", None, "ignore"),
            ("منتصف أيلول", "2021-09-11/2021-09-20", "g")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-08-05"), C(VOL, GHA, "meet", "2021-08-04"),
               C(VOL, GHA, "meet", "2021-09-16/2021-09-30", True), C(PUT, RAI, "message", "2021-06-19"),
               C(VOL, JALZ, "meet", "2021-08-05"), C(LAV, IR, "meet", None, True)]),
dict(id="A28", pub="2021-03-27", text=(
     "وقّع وزير الخارجية الإيراني محمد جواد ظريف ونظيره الصيني وانغ يي، اليوم السبت (7 فروردين)، في طهران اتفاقية للتعاون الاستراتيجي مدتها 25 عاما، تشمل مجالات الاقتصاد والطاقة والبنى التحتية، وتتزامن مع مرور 50 عاما على إقامة العلاقات الدبلوماسية بين البلدين. "
     "ووصل وانغ إلى طهران أمس الجمعة قادما من أنقرة، ضمن جولة إقليمية بدأها في الرياض يوم الأربعاء، في حين قالت الخارجية الروسية إن موسكو «لا ترى في الاتفاق ما يقلقها»."),
     dates=[("اليوم السبت", "2021-03-27", "r"), ("7 فروردين", "2021-03-27", "j"), ("أمس الجمعة", "2021-03-26", "r"),
            ("يوم الأربعاء", "2021-03-24", "r")],
     contacts=[]),
dict(id="A29", pub="2022-01-19", text=(
     "استقبل الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، نظيره الإيراني إبراهيم رئيسي في الكرملين، في أول زيارة يقوم بها رئيسي إلى روسيا منذ توليه السلطة في أغسطس الماضي، واستمرت المحادثات بينهما أكثر من ثلاث ساعات. "
     "وأعلن رئيسي أن الجانبين ناقشا مسودة وثيقة للتعاون الاستراتيجي مدتها ٢٠ عاما، على أن يلقي غدا الخميس كلمة أمام مجلس الدوما قبل أن يعود إلى طهران. "
     "وكان الرئيسان قد بحثا ترتيبات الزيارة في اتصال هاتفي يوم ١٨ ديسمبر الماضي."),
     dates=[("اليوم الأربعاء", "2022-01-19", "r"), ("أغسطس الماضي", "2021-08", "g"), ("غدا الخميس", "2022-01-20", "r"),
            ("١٨ ديسمبر الماضي", "2021-12-18", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(VOL, RAI, "meet", "2022-01-20"), C(PUT, RAI, "phone_call", "2021-12-18")]),
dict(id="A30", pub="2022-06-23", text=(
     "نشر في: 24 ذو القعدة 1443 هـ - 23 يونيو 2022 م\n"
     "طهران - «العربية.نت»: استقبل الرئيس الإيراني إبراهيم رئيسي، صباح الخميس، وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى طهران مساء الأربعاء في زيارة تستمر يومين، والتقى فور وصوله نظيره حسين أمير عبد اللهيان. "
     "وقال لافروف إن موسكو وطهران ستعملان على استبدال معاهدة عام 2001 بمعاهدة جديدة «شاملة» سيستكمل العمل على نصها «في أقرب فرصة»، نافيا أن يكون قد حمل رسالة من الرئيس فلاديمير بوتين إلى المرشد الإيراني. "
     "وكان أمير عبد اللهيان قد زار موسكو في 15 آذار/مارس الماضي، ثم التقى لافروف مجددا في 30 من الشهر نفسه على هامش الاجتماع الوزاري لدول جوار أفغانستان في مدينة تونشي الصينية."),
     dates=[("24 ذو القعدة 1443 هـ", "2022-06-23", "h"), ("23 يونيو 2022 م", "2022-06-23", "g"), ("صباح الخميس", "2022-06-23", "r"),
            ("مساء الأربعاء", "2022-06-22", "r"), ("عام 2001", "2001", "g"), ("في أقرب فرصة", None, "ignore"),
            ("15 آذار/مارس الماضي", "2022-03-15", "g"), ("30 من الشهر نفسه", "2022-03-30", "g")],
     contacts=[C(LAV, RAI, "meet", "2022-06-23"), C(LAV, AMI, "meet", "2022-06-22"), C(RU, IR, "agreement", "2001"),
               C(RU, IR, "agreement", None, True), C([LAV, RU], AMI, "meet", "2022-03-15"), C(LAV, AMI, "meet", "2022-03-30")]),
# ---------------- A31–A40 ----------------
dict(id="A31", pub="2022-10-03", text=(
     "قال وزير النفط الإيراني جواد أوجي، اليوم الاثنين، إن صادرات بلاده من النفط الخام ارتفعت خلال الأشهر الستة الأولى من العام الإيراني الجاري بنسبة 40 في المئة مقارنة بالفترة نفسها من العام الماضي، رغم المنافسة الحادة مع الخام الروسي المخفض في الأسواق الآسيوية. "
     "وأضاف أوجي أن سعر خام برنت، الذي تراجع إلى نحو 85 دولارا للبرميل، قد يعود إلى تجاوز 100 دولار قبل نهاية السنة الميلادية، إذا قرر تحالف «أوبك+» خفض الإنتاج بمليوني برميل يوميا."),
     dates=[("اليوم الاثنين", "2022-10-03", "r"), ("الأشهر الستة الأولى من العام الإيراني الجاري", "2022-03-21/2022-09-22", "r"),
            ("الفترة نفسها من العام الماضي", None, "ignore"), ("قبل نهاية السنة الميلادية", None, "ignore")],
     contacts=[]),
dict(id="A32", pub="2023-12-07", text=(
     "وصل الرئيس الإيراني السيد إبراهيم رئيسي إلى موسكو اليوم الخميس في زيارة رسمية قصيرة، التقى خلالها الرئيس الروسي فلاديمير بوتين في الكرملين، بعد ساعات من عودة الأخير من جولة خليجية شملت الإمارات والسعودية. "
     "وقال بوتين في مستهل اللقاء إن وزراء خارجية روسيا وإيران وتركيا سيجتمعون في طهران «قريبا» لبحث التسوية السورية، فيما أعلن رئيسي أن بلاده ستوقع مع الاتحاد الاقتصادي الأوراسي اتفاقية التجارة الحرة في سانت بطرسبورغ في 25 من الشهر الجاري."),
     dates=[("اليوم الخميس", "2023-12-07", "r"), ("بعد ساعات من", None, "ignore"), ("قريبا", None, "ignore"),
            ("25 من الشهر الجاري", "2023-12-25", "g")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C([LAV, RU], [AMI, IR], "meet", None, True),
               C(RU, IR, "agreement", "2023-12-25", True)]),
dict(id="A33", pub="2023-03-10", text=(
     "أبوظبي في 10 مارس / وام / رحبت دولة الإمارات العربية المتحدة بالاتفاق الذي أعلنته المملكة العربية السعودية والجمهورية الإسلامية الإيرانية اليوم في بكين، والقاضي باستئناف العلاقات الدبلوماسية بين البلدين وإعادة فتح سفارتيهما خلال مدة أقصاها شهران. "
     "وكانت المحادثات بين الوفدين السعودي والإيراني قد انطلقت في العاصمة الصينية يوم الاثنين 6 مارس برعاية صينية، فيما رحبت روسيا على لسان المتحدث باسم الكرملين دميتري بيسكوف بأي خطوة من شأنها خفض التوتر في منطقة الخليج."),
     dates=[("10 مارس", "2023-03-10", "g"), ("اليوم", "2023-03-10", "r"), ("خلال مدة أقصاها شهران", None, "ignore"),
            ("يوم الاثنين 6 مارس", "2023-03-06", "g")],
     contacts=[]),
# A34: whole article, 11 lines
dict(id="A34", pub="2024-10-23", text=(
     "بوتين وبزشكيان يبحثان في قازان معاهدة الشراكة الشاملة والتصعيد في الشرق الأوسط\n"
     "الأربعاء 23 أكتوبر 2024 - 18:40\n"
     "قازان - «إندبندنت عربية» والوكالات\n"
     "عقد الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، مساء اليوم الأربعاء، محادثات ثنائية على هامش قمة مجموعة «بريكس» التي تستضيفها مدينة قازان حتى غد الخميس، هي الثانية بينهما خلال أقل من أسبوعين.\n"
     "وكان الرئيسان قد التقيا للمرة الأولى في عشق آباد يوم 11 تشرين الأول/أكتوبر، على هامش منتدى دولي أقيم في الذكرى الـ300 لميلاد الشاعر التركماني مختومقلي فراغي.\n"
     "وأكد بوتين أن العمل على معاهدة الشراكة الاستراتيجية الشاملة بلغ «مراحله الأخيرة»، فيما أعرب بزشكيان عن أمله في توقيعها خلال زيارة يقوم بها إلى موسكو «في أقرب وقت».\n"
     "وتناول اللقاء احتمالات الرد الإسرائيلي على الهجوم الصاروخي الإيراني في الأول من أكتوبر، إذ أطلع بزشكيان مضيفه على نتائج اتصالاته مع قادة المنطقة، ومنها محادثة هاتفية مع ولي العهد السعودي الأمير محمد بن سلمان قبل ثلاثة أيام.\n"
     "والتقى وزير الخارجية الإيراني عباس عراقجي أمس الثلاثاء نظيره الروسي سيرغي لافروف لوضع اللمسات الأخيرة على جدول أعمال لقاء الرئيسين، بعدما كانا قد بحثا هاتفيا في 15 تشرين الأول/أكتوبر التطورات في لبنان.\n"
     "كما التقى بزشكيان على هامش القمة الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي، فيما عقد بوتين لقاء مع الرئيس التركي رجب طيب أردوغان.\n"
     "يذكر أن إيران انضمت رسميا إلى «بريكس» في الأول من يناير/كانون الثاني الماضي، إلى جانب مصر والإمارات وإثيوبيا، بينما تتولى روسيا رئاسة المجموعة لعام 2024.\n"
     "تابعوا آخر الأخبار عبر حساباتنا على منصات التواصل الاجتماعي"),
     dates=[("الأربعاء 23 أكتوبر 2024", "2024-10-23", "g"), ("مساء اليوم الأربعاء", "2024-10-23", "r"), ("غد الخميس", "2024-10-24", "r"),
            ("خلال أقل من أسبوعين", None, "ignore"), ("11 تشرين الأول/أكتوبر", "2024-10-11", "g"), ("في أقرب وقت", None, "ignore"),
            ("الأول من أكتوبر", "2024-10-01", "g"), ("قبل ثلاثة أيام", "2024-10-20", "r"), ("أمس الثلاثاء", "2024-10-22", "r"),
            ("15 تشرين الأول/أكتوبر", "2024-10-15", "g"), ("الأول من يناير/كانون الثاني الماضي", "2024-01-01", "g"),
            ("عام 2024", "2024", "g")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"),
               C([PUT, RU], [PEZ, IR], "agreement", None, True), C(PUT, PEZ, "meet", None, True),
               C(LAV, ARA, "meet", "2024-10-22"), C(LAV, ARA, "phone_call", "2024-10-15")]),
dict(id="A35", pub="2024-06-26", text=(
     "طهران - تسنيم: وقعت شركة «غازبروم» الروسية وشركة النفط الوطنية الإيرانية، اليوم الأربعاء 6 تير 1403 (26 حزيران 2024)، مذكرة تفاهم استراتيجية لتوريد الغاز الطبيعي الروسي إلى إيران، وقعها الرئيس التنفيذي لغازبروم أليكسي ميلر والرئيس التنفيذي لشركة النفط الوطنية محسن خجسته مهر، بحضور القائم بأعمال رئيس الجمهورية محمد مخبر. "
     "وأوضح خجسته مهر أن الكميات ستصل في المرحلة النهائية إلى 55 مليون متر مكعب يوميا، على أن تبدأ المفاوضات على الأسعار بين الجانبين في تموز المقبل. "
     "وكان ميلر قد التقى مخبر أمس الثلاثاء فور وصوله إلى طهران."),
     dates=[("اليوم الأربعاء 6 تير 1403", "2024-06-26", "j"), ("26 حزيران 2024", "2024-06-26", "g"), ("تموز المقبل", "2024-07", "g"),
            ("أمس الثلاثاء", "2024-06-25", "r")],
     contacts=[C(MIL, NIOC, "agreement", "2024-06-26"), C(MIL, [MOK, IR], "meet", "2024-06-26", True),
               C(MIL, NIOC, "meet", "2024-07"), C(MIL, [MOK, IR], "meet", "2024-06-25")]),
dict(id="A36", pub="2025-01-17", text=(
     "وقّع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، اليوم الجمعة 17 جانفي 2025 في الكرملين، معاهدة الشراكة الاستراتيجية الشاملة بين البلدين لمدة 20 سنة، لتحل محل المعاهدة الموقعة بينهما في مارس 2001. "
     "وجاء التوقيع قبل ثلاثة أيام من تنصيب دونالد ترامب رئيسا للولايات المتحدة في 20 جانفي الجاري، وبعد زيارة قام بها أمين مجلس الأمن الروسي سيرغي شويغو إلى طهران في 5 أوت الماضي التقى خلالها نظيره علي أكبر أحمديان. "
     "وأعلن بزشكيان أنه جدد دعوته لبوتين لزيارة طهران، وهي دعوة قبلها الرئيس الروسي «بسرور»."),
     dates=[("اليوم الجمعة 17 جانفي 2025", "2025-01-17", "g"), ("مارس 2001", "2001-03", "g"), ("قبل ثلاثة أيام من", None, "ignore"),
            ("20 جانفي الجاري", "2025-01-20", "g"), ("5 أوت الماضي", "2024-08-05", "g")],
     contacts=[C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(RU, IR, "agreement", "2001-03"), C(SHO, AHM, "meet", "2024-08-05"),
               C(PUT, PEZ, "message", "2025-01-17", True), C(PUT, PEZ, "meet", None, True)]),
dict(id="A37", pub="2025-04-12", text=(
     "مسقط - «الجزيرة»: انطلقت عصر اليوم السبت في العاصمة العمانية الجولة الأولى من المحادثات غير المباشرة بين إيران والولايات المتحدة، إذ يرأس وزير الخارجية عباس عراقجي وفد بلاده، ويقود المبعوث الأميركي ستيف ويتكوف الوفد الأميركي، بينما يتنقل بينهما وزير الخارجية العماني بدر البوسعيدي. "
     "وكان الرئيس الأميركي دونالد ترامب قد منح طهران مهلة شهرين للتوصل إلى اتفاق، وفق ما نقلته وسائل إعلام أميركية، في حين قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا «تؤيد أي جهد لتسوية الملف النووي الإيراني بالوسائل السياسية»."),
     dates=[("عصر اليوم السبت", "2025-04-12", "r")],
     contacts=[]),
dict(id="A38", pub="2025-03-14", text=(
     "بكين 14 مارس 2025 (شينخوا) عقد نائب وزير الخارجية الصيني ما تشاو شيوي ونائب وزير الخارجية الروسي سيرغي ريابكوف ونائب وزير الخارجية الإيراني كاظم غريب آبادي اجتماعا ثلاثيا اليوم الجمعة في بكين بشأن المسألة النووية الإيرانية، صدر في أعقابه بيان مشترك دعا إلى إنهاء «جميع العقوبات الأحادية غير القانونية». "
     "وكان ريابكوف وغريب آبادي قد عقدا لقاء ثنائيا مساء أمس في مقر السفارة الروسية، علما بأن المسؤول الإيراني زار موسكو الشهر الماضي. "
     "وأكدت الأطراف الثلاثة أنها ستواصل التنسيق في إطار الوكالة الدولية للطاقة الذرية قبل اجتماع مجلس المحافظين المقرر في الفترة من 9 إلى 13 يونيو المقبل."),
     dates=[("14 مارس 2025", "2025-03-14", "g"), ("اليوم الجمعة", "2025-03-14", "r"), ("مساء أمس", "2025-03-13", "r"),
            ("الشهر الماضي", "2025-02", "r"), ("من 9 إلى 13 يونيو المقبل", "2025-06-09/2025-06-13", "g")],
     contacts=[C(RYA, GHAR, "meet", "2025-03-14"), C([RYA, RU], [GHAR, IR], "agreement", "2025-03-14", True),
               C(RYA, GHAR, "meet", "2025-03-13"), C(RU, GHAR, "meet", "2025-02"),
               C(RU, IR, "meet", "2025-06-09/2025-06-13", True)]),
dict(id="A39", pub="2026-02-09", text=(
     "الاثنين 21 شعبان 1447 - 09 فبراير 2026\n"
     "طهران (العالم) - بحث وزير الخارجية عباس عراقجي مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء أمس الأحد، التحضيرات لزيارة يقوم بها لافروف إلى طهران الأسبوع المقبل يلتقي خلالها رئيس الجمهورية مسعود بزشكيان. "
     "وأوضح المتحدث باسم الخارجية إسماعيل بقائي أن الزيارة كانت مقررة في 27 كانون الثاني/يناير قبل أن تؤجل «لظروف طارئة»، مشيرا إلى أن اللجنة الاقتصادية المشتركة برئاسة وزير النفط محسن باك نجاد ووزير الطاقة الروسي سيرغي تسيفيليف ستعقد دورتها التاسعة عشرة في موسكو في النصف الثاني من شهر رمضان المبارك."),
     dates=[("الاثنين 21 شعبان 1447", "2026-02-09", "h"), ("09 فبراير 2026", "2026-02-09", "g"), ("مساء أمس الأحد", "2026-02-08", "r"),
            ("الأسبوع المقبل", "2026-02-16/2026-02-22", "r"), ("27 كانون الثاني/يناير", "2026-01-27", "g"),
            ("النصف الثاني من شهر رمضان المبارك", "2026-03-05/2026-03-19", "h")],
     contacts=[C(LAV, ARA, "phone_call", "2026-02-08"), C(LAV, PEZ, "meet", "2026-02-16/2026-02-22"),
               C(TSIV, PAK, "meet", "2026-03-05/2026-03-19", True)]),
dict(id="A40", pub="2026-03-11", text=(
     "طهران - «الوفاق»: قررت الحكومة الإيرانية أن تمتد العطلة الرسمية هذا العام من الخميس 28 اسفند 1404 إلى السبت 8 فروردين 1405، لتشمل عطلة النوروز وعيد الفطر معا. "
     "وتوقعت شركة «إيروفلوت» الروسية أن يرتفع عدد المسافرين على رحلاتها بين موسكو وطهران خلال هذه الفترة بنسبة 35 في المئة، بعدما رفعت عدد رحلاتها الأسبوعية إلى 14 رحلة منذ الأول من شباط/فبراير الماضي."),
     dates=[("هذا العام", "2026", "r"), ("من الخميس 28 اسفند 1404 إلى السبت 8 فروردين 1405", "2026-03-19/2026-03-28", "j"),
            ("عطلة النوروز", None, "ignore"), ("عيد الفطر", None, "ignore"), ("خلال هذه الفترة", None, "ignore"),
            ("الأول من شباط/فبراير الماضي", "2026-02-01", "g")],
     contacts=[]),
]
