# Held-out probe set 28: ARABIC news, hand-annotated: 5 WHOLE ARTICLES of 9–12 sentences with headline / header-date / dateline
# lines (A05, A12, A20, A27, A35) and 35 SNIPPETS of 1–4 sentences (the other ids), publication dates 2011–2026 (one to four a
# year).  26 are about Russia–Iran contacts; 14 are general news that name Russia or Iran but hold no Russia–Iran contact:
# A03, A07, A10, A14, A17, A21, A22, A25, A29, A31, A33, A36, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set24 and set26 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set16 / set24 / set26 were listed (with ast, no values) so that this module defines the same names.  The tool
# was not run and git was not used.
# New text (no real article copied) in the style of Al-Alam (A01, A18 with a Hijri + Gregorian header), RT Arabic (A02 «روسيا
# اليوم - موسكو 17.08.2011», A20 «01.07.2020 | 19:45 GMT»), Al-Ahram (A03, Eastern-Arabic digits), IRNA Arabic (A04 Solar Hijri
# + Gregorian header and «طهران/ 1 نيسان/ إرنا», A27 «الأربعاء 27 أرديبهشت 1402 - 17 مايو 2023»), Al Jazeera (A05 «الخميس
# 17/7/1433 هـ - الموافق 7/6/2012 م», A26, A34), Al Manar (A06 Hijri header without هـ, A32), Oman News Agency (A07 «مسقط في 24
# أغسطس /العمانية/»), Al Mayadeen (A08, A24, A35), TASS Arabic (A09 «موسكو، 6 أغسطس/آب (تاس)»), Al-Akhbar (A10), Sputnik
# Arabic (A11, A28), Asharq Al-Awsat (A12, A37: «الثلاثاء - 22 شعبان 1447 هـ - 10 فبراير 2026 مـ», «نوفمبر (تشرين الثاني)», issue
# number), Al-Quds Al-Arabi (A13), Hespress (A14 «يومه», «نونبر»; A17), Press TV Arabic (A15, A39 Hijri without هـ + «13/05/2026»),
# SANA (A16, A29), Shafaq (A19, A25: Iraqi months), Echorouk (A21: جوان, جويلية, أفريل), Annahar (A22: «الفائت»), KUNA (A23 «موسكو
# - 19 - 6 (كونا) --»), Al Arabiya (A30), SPA (A31 «الرياض 6 ربيع الآخر 1446 هـ الموافق 09 أكتوبر 2024 م واس»), WAM (A33), Rudaw
# (A36 «أربيل - 26-06-2025»), Youm7 (A38 «الأحد، 15 مارس 2026 11:30 ص») and Al Khabar (A40: جويلية, فيفري).
# Contacts: presidents and the Leader, the acting president (A30), foreign and deputy foreign ministers (Ryabkov–Gharibabadi A39),
# the Astana / Syria envoy (Lavrentiev A39), security council secretaries (Patrushev–Jalili A02, Shoigu–Ahmadian A32), defence
# ministers (A11, A13), parliament committee delegations and the Duma speaker (A18, A30), energy / oil ministers and the joint
# commission (A09, A20, A28, A37), central banks (A37), Rosatom/AEOI (A04, A35), Rosneft / Gazprom with NIOC (A15, A28), the
# North–South corridor (A12, A27); meetings, SCO / BRICS / CICA / Caspian / Astana-format sidelines, trilaterals (A12, A13, A15,
# A16, A20), phone and video calls, congratulation and condolence cables (A06, A23, A30), envoy-delivered letters (A02, A34),
# MoUs, contracts and the 1992 / 1995 / 2000 / 2007 / 2025 agreements recalled, planned contacts announced by a spokesman or a
# ministry (A12, A27, A37), postponed (A20, A37), cancelled (A39) and denied (A06, A08, A32, A37) contacts, and background in
# «وكان … قد …».  Traps: third-country contacts only (A07 Oman–Iran, A10 Lebanon–Iran, A14 Morocco–Russia, A29 Syria–Russia, A31
# Saudi–Russia, A33 UAE–Russia, A38 Egypt–Rosatom, A40 Algeria–Iran), Russia–Turkey and Iran–US contacts inside Russia–Iran
# stories, deliveries (A04, A12), «روسيا اليوم», «اليوم السابع», «عشق آباد», «غريب آبادي», «ريو+20», «جنيف 2», «5+1»,
# «إس-300», «سوخوي-24», resolutions 1929 / 2231, money, counts, durations, scores, clock times, the issue number.
# Every Islamic (Umm al-Qura) and Solar Hijri conversion and every stated weekday was checked with hijridate / jdatetime / datetime;
# the file was checked to parse and every listed span to occur in its case text in list order without overlaps.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search: a span text listed k times is its first k occurrences, so every list is in text order;
#   no listed span text occurs earlier inside another word or span than the mention it stands for.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts, give
#   no row.
# Conventions: /work/shared/gold/README.md plus the headers of set24 and set26 (and through them set13, set16, set19–set22 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية
#   (a past point) = 21 to month end, النصف الثاني من = 16 to month end; «الأسبوع الماضي / المقبل» = previous / next MONDAY–SUNDAY
#   week; Arabic relative years and months are Gregorian; a Gregorian month glossed by its twin is one mention; «من X إلى Y» and
#   «بين X و Y» are one range mention («من» / «بين» inside); «يومي 17 و18 فيفري» and «18 و19 يونيو/حزيران» are two mentions (bare
#   first day, then day + month); a weekday next to its date belongs to it; a relative word joined to a written date («يومه
#   الثلاثاء 15 مارس 2016») is one mention in the written calendar; a relative word + weekday alone («أمس (الاثنين)») is r; a
#   header in two calendars is one mention per calendar, the weekday going with the first; the «هـ» / «م» / «مـ» of a header
#   date and a trailing الماضي / المقبل / الجاري / الحالي / الفائت are inside the span; «منذ», «حتى» stay outside; «الأربعاء
#   الماضي» = the last such weekday strictly before pub, a bare past weekday = on or before pub, a future one = after pub;
#   «أول أمس» = pub − 2; «قبل أسبوع» = the Monday–Sunday week containing pub − 7; KUNA's «19 - 6» and the dateline day are
#   mentions of the pub day; RT's «17.08.2011» = D.M.Y, «7/6/2012» = D/M/Y (g), «17/7/1433 هـ» = D/M/Y (h); a Solar Hijri date
#   in Arabic text is j; «22 من الشهر نفسه»-type and «من العام نفسه» expressions are resolved; «الأشهر الستة الأولى من العام
#   الجاري» = 1 January to the end of the sixth month (r); holiday / anniversary names beside their own date, «منذ + duration»,
#   anaphoric and event-relative expressions («اليوم نفسه», «اليوم التالي», «بعد نحو ثلاثة أشهر من», «خلال أقل من أسبوعين»),
#   deadlines («حتى منتصف فبراير ٢٠١٢», «إلى غاية نهاية جويلية المقبل»), «مطلع العام المقبل» and years inside event names
#   («كأس العالم روسيا 2018») are ignore lines; counts, durations, percentages, money, clock times, scores, resolution / model /
#   issue numbers, «5+1», «جنيف 2», «كوفيد-19» and session / round ordinals get no line.  Contacts as in those headers: treaty
#   signed by two presidents → required agreement + optional meet; company / agency contracts and MoUs → required agreement
#   (the same organisations' contract and MoU of one day are one row); documents signed by ministers in the presence of the
#   presidents → required country-level agreement; a trilateral where both sides sit or sign together → required (a bilateral
#   the same day is the same row), its declaration / statement → optional agreement; the JCPOA track and Iran–5+1 rounds with no
#   bilateral → optional country-level rows ("any" for talks only said to be under way); envoy handing over a leader's letter →
#   meet (envoy–host) + message (sender–addressee); planned contacts with a stated day, interval or relative week / month →
#   required, possibilities and undated hopes → optional with None; a postponed contact → one row at its new date (optional for
#   a joint commission); joint commissions and multilateral meetings with no bilateral stated → optional; a contact dated by
#   «في اليوم نفسه» takes that day; a named Russian official's visit to Tehran with no host named → required with country-level
#   Iranian names; the 2007 S-300 contract and the 1995 Bushehr contract recalled by year → required country-level agreements;
#   a visit invitation handed over and accepted with no date → optional message + optional undated meet; cancelled and denied
#   contacts, deliveries, decrees, ratifications, drills and the snapback give no row.
# Decided here where nothing above says (set28):
#   «قبل يومين» = pub − 2 (r, A19), like «قبل ثلاثة أيام».  «النصف الأول من العام المقبل» = 1 January – 30 June of the next
#   Gregorian year (r, A09, A35).  «أواخر الشهر المقبل» = day 21 to the end of the next Gregorian month (r, A28), like «اواخر همین
#   ماه».  «الأشهر الخمسة الأولى من العام الجاري» = 1 January – 31 May (r, A20), extending set26.  «العام المقبل» alone = the next
#   Gregorian year "YYYY" (r).  «العام الهجري 1447» = the whole Umm al-Qura year as an interval (h, A36).  Rudaw's «26-06-2025» =
#   D-M-Y and Press TV's «13/05/2026» = D/M/Y (g).  «فجر اليوم الخميس», «مساء غد السبت», «مساء أمس الخميس» are one r mention each
#   (the time of day inside); «فجر 24 حزيران» is g.  «الفائت» after a weekday («الأحد الفائت») = «الماضي», the last such day
#   strictly before pub (A22).  «منذ يوم الثلاثاء»: «يوم الثلاثاء» is the mention, a bare past weekday (A36).  «تشرين الثاني/نوفمبر
#   من العام نفسه» takes the last year the text stated (A39).  Ignore lines: «قريباً» (A08), «الأيام المقبلة», «الأيام القليلة
#   المقبلة» (vague), «قبل الاجتماع الثلاثي بساعات», «بعد أكثر من تسعة أشهر على», «قبل يوم واحد من», «بعد عطلة عيد الأضحى»
#   (event-relative), «اليوم الذي بدأت فيه الضربات» (anaphoric), «بحلول عام 2030» (a deadline, like «بحلول نهاية الشهر
#   الجاري»), an anniversary named without its own day beside another date («الذكرى الأربعين لانتصار الثورة الإسلامية», A18) and
#   «زيارة الأربعين» beside its month (A36).  «في عام 2028» (a target year, not a deadline) is a g mention (A38).
#   Contacts: a planned summit stated with a relative year («القمة المقبلة ستعقد في طهران العام المقبل») is a required row dated
#   by that year (A12).  A trilateral video summit with no signing → required phone_call + optional meet the same day (A20); a
#   deal signed by ministers with both presidents on a video link → required country-level agreement + optional meet and
#   optional phone_call of the presidents (A27).  A contact dated «في اليوم التالي» takes the anchor day + 1 (A39).  An MoU or
#   agreement signed by two ministers → required agreement + optional meet the same day (A09, A11); the day-before meeting of the
#   same two signatories is required (A35).  An invitation handed over at a dated meeting → the optional message carries that
#   day (A26).  A multilateral event both sides will attend with no bilateral stated (SCO virtual summit A27, Moscow security
#   conference A11, an Astana round A15) → optional.  A Duma speaker's announced attendance of a memorial in Tehran on a stated
#   day → required meet, Iranian side country-level or the acting president (A30).  A planned visit by a central bank governor
#   to confer with the named Russian governor «الشهر المقبل» → required, month value (A37).  A planned next round of deputy
#   foreign ministers' consultations dated only by an event («بعد عطلة عيد الأضحى») → optional with None (A39).  A denied
#   secret meeting (A37), a denied trilateral (A32), a denied phone call (A06) and a denied oil-for-goods deal (A08) give no row.
#   The 1992 civil nuclear agreement recalled by its year → required country-level agreement "1992" (A35); the 2000 North–South
#   corridor agreement of Iran, Russia and India → required country-level agreement at its day (A27).
PUT, MED, AHN, ROU, KHA, RAI, PEZ, MOK = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani",
                                         "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian", "Mohammad Mokhber")
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
RU, IR = "Russia", "Iran"
SALH = ["Ali Akbar Salehi", "Iranian Ministry of Foreign Affairs", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
JLI = ["Saeed Jalili", "Supreme National Security Council", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
ABB = ["Fereydoun Abbasi", "Fereydoun Abbasi Davani", "Atomic Energy Organization of Iran", "AEOI", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
TAY = ["Ali Tayebnia", "Ministry of Economic Affairs and Finance", IR]
SHO, DEH = ["Sergei Shoigu", "Russian Ministry of Defence", RU], ["Hossein Dehghan", "Iranian Ministry of Defence", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
SOK, AKH = ["Maxim Sokolov", "Russian Ministry of Transport", RU], ["Abbas Akhoundi", "Ministry of Roads and Urban Development", IR]
FALA = ["Heshmatollah Falahatpisheh", "Majlis", "Islamic Consultative Assembly", IR]
SLU, KOS = ["Leonid Slutsky", "State Duma", RU], ["Konstantin Kosachev", "Federation Council", RU]
ZAN = ["Bijan Zanganeh", "Iranian Ministry of Oil", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
OWJ = ["Javad Owji", "Iranian Ministry of Oil", IR]
GAZ = ["Gazprom", "Alexei Miller", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]
AHM = ["Ali Akbar Ahmadian", "Supreme National Security Council", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
RYA = ["Sergei Ryabkov", "Russian Ministry of Foreign Affairs", RU]
LAVR = ["Alexander Lavrentiev", RU]
GHAR = ["Kazem Gharibabadi", "Iranian Ministry of Foreign Affairs", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
CBI = ["Central Bank of Iran", "CBI", "Mohammad Reza Farzin", IR]
ROSN, NIOC = ["Rosneft", "Igor Sechin", RU], ["National Iranian Oil Company", "NIOC", "Bijan Zanganeh", "Iranian Ministry of Oil", IR]
# names set16 defines and this set does not use (kept so that the module has the same top-level names)
LAR = "Ali Larijani"
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
DED, AREF = ["Alexey Dedov", RU], ["Mohammad Reza Aref", IR]
OVE = ["Alexei Overchuk", RU]
SAD = ["Farzaneh Sadegh", "Ministry of Roads and Urban Development", IR]
JAL = ["Kazem Jalali", IR]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
PAK = ["Mohsen Paknejad", IR]
BAK = ["Dmitry Bakanov", "Roscosmos", RU]
SAL = ["Hassan Salarieh", "Iranian Space Agency", IR]
GTC = ["Government Trading Corporation of Iran", "GTC", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2011 ----------------
dict(id="A01", pub="2011-06-15", text=(
     "أستانا (العالم) - التقى الرئيس الإيراني محمود أحمدي نجاد اليوم الأربعاء نظيره الروسي دميتري مدفيديف على هامش قمة منظمة شنغهاي للتعاون في العاصمة الكازاخية، وبحث الجانبان الملف النووي والتعاون في محطة بوشهر. "
     "وبحسب ما نقلته وكالة مهر للأنباء، وصف أحمدي نجاد اللقاء بأنه «بنّاء»، داعياً موسكو إلى الوفاء بالتزاماتها في صفقة منظومة إس-300. "
     "وكان وزير الخارجية علي أكبر صالحي قد بحث الملف ذاته مع نظيره الروسي سيرغي لافروف في موسكو يوم 11 أيار/مايو الماضي."),
     dates=[("اليوم الأربعاء", "2011-06-15", "r"), ("11 أيار/مايو الماضي", "2011-05-11", "g")],
     contacts=[C(MED, AHN, "meet", "2011-06-15"), C(LAV, SALH, "meet", "2011-05-11")]),
dict(id="A02", pub="2011-08-17", text=(
     "روسيا اليوم - موسكو 17.08.2011 - أجرى سكرتير مجلس الأمن الروسي نيكولاي باتروشيف أمس الثلاثاء محادثات في موسكو مع أمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي، تناولت المقترح الروسي لتسوية الملف النووي الإيراني «خطوة بخطوة». "
     "وأعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيستقبل جليلي اليوم الأربعاء، على أن يعود الضيف الإيراني إلى طهران مساء الخميس. "
     "وكان باتروشيف قد زار طهران في الثالث والعشرين من حزيران/يونيو الماضي حاملاً رسالة من الرئيس دميتري مدفيديف إلى نظيره محمود أحمدي نجاد."),
     dates=[("17.08.2011", "2011-08-17", "g"), ("أمس الثلاثاء", "2011-08-16", "r"), ("اليوم الأربعاء", "2011-08-17", "r"),
            ("مساء الخميس", "2011-08-18", "r"), ("الثالث والعشرين من حزيران/يونيو الماضي", "2011-06-23", "g")],
     contacts=[C(PAT, JLI, "meet", "2011-08-16"), C(LAV, JLI, "meet", "2011-08-17"),
               C(PAT, AHN, "meet", "2011-06-23"), C(MED, AHN, "message", "2011-06-23")]),
dict(id="A03", pub="2011-11-22", text=(
     "القاهرة - الأهرام: أعلنت الهيئة العامة للسلع التموينية أمس الاثنين أنها اشترت ١٨٠ ألف طن من القمح الروسي في مناقصة دولية، على أن تُشحن بين ١ و١٠ ديسمبر المقبل. "
     "وقال مصدر بالهيئة إن سعر الطن بلغ ٢٨٣ دولاراً شاملاً الشحن، وإن المخزون الاستراتيجي يكفي حتى منتصف فبراير ٢٠١٢. "
     "وكانت روسيا قد استأنفت تصدير الحبوب في الأول من يوليو الماضي بعد حظر فرضته في أغسطس ٢٠١٠ إثر موجة الجفاف."),
     dates=[("أمس الاثنين", "2011-11-21", "r"), ("بين ١ و١٠ ديسمبر المقبل", "2011-12-01/2011-12-10", "g"),
            ("منتصف فبراير ٢٠١٢", None, "ignore"), ("الأول من يوليو الماضي", "2011-07-01", "g"), ("أغسطس ٢٠١٠", "2010-08", "g")],
     contacts=[]),
# ---------------- 2012 ----------------
dict(id="A04", pub="2012-04-01", text=(
     "الأحد 13 فروردين 1391 - 1 أبريل 2012\n"
     "طهران/ 1 نيسان/ إرنا - أعلن رئيس منظمة الطاقة الذرية الإيرانية فريدون عباسي دواني أنه سيتوجه الأسبوع المقبل إلى موسكو لإجراء محادثات مع رئيس مؤسسة روس آتوم سيرغي كيريينكو حول تسليم محطة بوشهر النووية بقدرة 1000 ميغاواط بشكل كامل للجانب الإيراني. "
     "وقال عباسي في تصريح للصحفيين اليوم الأحد إن الجانبين سيوقعان خلال الزيارة بروتوكولاً لتشغيل المحطة بصورة مشتركة لمدة عامين، بموجب العقد الذي وقعه البلدان عام 1995. "
     "وكانت روسيا قد سلّمت الوقود النووي للمحطة في 21 آب/أغسطس 2010، فيما رُبطت المحطة بالشبكة الوطنية للكهرباء في الثالث من أيلول/سبتمبر 2011."),
     dates=[("الأحد 13 فروردين 1391", "2012-04-01", "j"), ("1 أبريل 2012", "2012-04-01", "g"), ("1 نيسان", "2012-04-01", "g"),
            ("الأسبوع المقبل", "2012-04-02/2012-04-08", "r"), ("اليوم الأحد", "2012-04-01", "r"), ("عام 1995", "1995", "g"),
            ("21 آب/أغسطس 2010", "2010-08-21", "g"), ("الثالث من أيلول/سبتمبر 2011", "2011-09-03", "g")],
     contacts=[C(KIR, ABB, "meet", "2012-04-02/2012-04-08"), C(KIR, ABB, "agreement", "2012-04-02/2012-04-08"),
               C([RU], [IR], "agreement", "1995")]),
dict(id="A05", pub="2012-06-07", text=(
     "بوتين ونجاد يبحثان النووي الإيراني وسوريا في بكين\n"
     "آخر تحديث: الخميس 17/7/1433 هـ - الموافق 7/6/2012 م الساعة 13:05 (مكة المكرمة)، 10:05 (غرينتش)\n"
     "بحث الرئيس الروسي فلاديمير بوتين ونظيره الإيراني محمود أحمدي نجاد أمس الأربعاء في بكين الملف النووي الإيراني والأزمة السورية، وذلك على هامش قمة منظمة شنغهاي للتعاون التي تختتم أعمالها اليوم في العاصمة الصينية. "
     "وهذا أول لقاء بين الرجلين منذ عودة بوتين إلى الكرملين في السابع من مايو/أيار الماضي. "
     "ونقلت وكالة إيتار تاس عن بوتين قوله إن روسيا «ترى في إيران شريكاً تقليدياً»، فيما قال أحمدي نجاد إن طهران وموسكو «في خندق واحد» في مواجهة الضغوط الغربية. "
     "كما التقى وزير الخارجية الإيراني علي أكبر صالحي نظيره الروسي سيرغي لافروف اليوم الخميس قبيل الجلسة الختامية، بحسب ما أعلنه المتحدث باسم الخارجية الإيرانية رامين مهمانبرست. "
     "وتأتي هذه اللقاءات قبل الجولة الجديدة من المحادثات بين إيران ومجموعة 5+1 التي تستضيفها موسكو يومي 18 و19 يونيو/حزيران الجاري، بعد جولة بغداد التي عقدت في 23 و24 مايو/أيار الماضي دون تحقيق اختراق. "
     "وكان بوتين قد زار طهران في 16 أكتوبر/تشرين الأول 2007 للمشاركة في قمة الدول المطلة على بحر قزوين، والتقى خلالها المرشد الأعلى علي خامنئي وأحمدي نجاد. "
     "وعلى صعيد الملف السوري، أكد الرئيسان رفضهما أي تدخل عسكري خارجي، في وقت يقدم فيه المبعوث الدولي كوفي أنان إحاطة إلى مجلس الأمن الدولي مساء اليوم. "
     "وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن بلاده ستعيد في موسكو طرح خطة «خطوة بخطوة» التي اقترحتها في يوليو/تموز 2011. "
     "وتخضع إيران منذ عام 2006 لعقوبات فرضتها قرارات مجلس الأمن، آخرها القرار 1929 الصادر في يونيو/حزيران 2010 والذي أيدته روسيا. "
     "ومن المقرر أن يشارك أحمدي نجاد في قمة ريو+20 للتنمية المستدامة في البرازيل بين 20 و22 يونيو/حزيران الجاري.\n"
     "المصدر: الجزيرة + وكالات"),
     dates=[("الخميس 17/7/1433 هـ", "2012-06-07", "h"), ("7/6/2012 م", "2012-06-07", "g"), ("أمس الأربعاء", "2012-06-06", "r"),
            ("اليوم", "2012-06-07", "r"), ("السابع من مايو/أيار الماضي", "2012-05-07", "g"), ("اليوم الخميس", "2012-06-07", "r"),
            ("18", "2012-06-18", "g"), ("19 يونيو/حزيران الجاري", "2012-06-19", "g"), ("23", "2012-05-23", "g"),
            ("24 مايو/أيار الماضي", "2012-05-24", "g"), ("16 أكتوبر/تشرين الأول 2007", "2007-10-16", "g"),
            ("مساء اليوم", "2012-06-07", "r"), ("يوليو/تموز 2011", "2011-07", "g"), ("عام 2006", "2006", "g"),
            ("يونيو/حزيران 2010", "2010-06", "g"), ("بين 20 و22 يونيو/حزيران الجاري", "2012-06-20/2012-06-22", "g")],
     contacts=[C(PUT, AHN, "meet", "2012-06-06"), C(LAV, SALH, "meet", "2012-06-07"),
               C([RU], [IR], "meet", "2012-06-18/2012-06-19", True), C([RU], [IR], "meet", "2012-05-23/2012-05-24", True),
               C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHN, "meet", "2007-10-16")]),
# ---------------- 2013 ----------------
dict(id="A06", pub="2013-06-16", text=(
     "الأحد 7 شعبان 1434 الموافق 16 حزيران 2013\n"
     "المنار - بعث الرئيس الروسي فلاديمير بوتين أمس السبت برقية تهنئة إلى الرئيس الإيراني المنتخب الشيخ حسن روحاني، أعرب فيها عن ثقته بأن التعاون بين البلدين «سيتعزز»، وعن أمله في لقائه «في أقرب فرصة». "
     "وكانت وزارة الداخلية الإيرانية قد أعلنت فوز روحاني من الدورة الأولى في الانتخابات التي جرت يوم الجمعة 14 حزيران بنسبة 50.7 في المئة من الأصوات. "
     "في المقابل، نفى المتحدث باسم الكرملين دميتري بيسكوف ما تناقلته وسائل إعلام عن اتصال هاتفي جرى بين الرئيسين، مؤكداً أن التواصل «اقتصر على البرقية». "
     "ومن المقرر أن يتسلم روحاني مهامه رسمياً في الثالث من آب/أغسطس المقبل."),
     dates=[("الأحد 7 شعبان 1434", "2013-06-16", "h"), ("16 حزيران 2013", "2013-06-16", "g"), ("أمس السبت", "2013-06-15", "r"),
            ("الجمعة 14 حزيران", "2013-06-14", "g"), ("الثالث من آب/أغسطس المقبل", "2013-08-03", "g")],
     contacts=[C(PUT, ROU, "message", "2013-06-15"), C(PUT, ROU, "meet", None, True)]),
dict(id="A07", pub="2013-08-24", text=(
     "مسقط في 24 أغسطس /العمانية/ يبدأ حضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم غداً الأحد زيارة دولة إلى الجمهورية الإسلامية الإيرانية تستغرق ثلاثة أيام، يجري خلالها مباحثات مع فخامة الرئيس الدكتور حسن روحاني تتناول العلاقات الثنائية ومستجدات الأوضاع في المنطقة. "
     "وتعد الزيارة الأولى لزعيم دولة إلى طهران منذ تولي الرئيس روحاني مهامه في الرابع من أغسطس الجاري. "
     "ويرافق جلالته وفد رسمي يضم معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية."),
     dates=[("24 أغسطس", "2013-08-24", "g"), ("غداً الأحد", "2013-08-25", "r"), ("الرابع من أغسطس الجاري", "2013-08-04", "g")],
     contacts=[]),
# ---------------- 2014 ----------------
dict(id="A08", pub="2014-01-17", text=(
     "الميادين نت - التقى وزير الخارجية الإيراني محمد جواد ظريف أمس الخميس في موسكو نظيره الروسي سيرغي لافروف، وأكد الجانبان ضرورة مشاركة إيران في مؤتمر «جنيف 2» حول سوريا المقرر في 22 كانون الثاني/يناير الجاري في مونترو السويسرية. "
     "وقال لافروف في مؤتمر صحافي مشترك إن موسكو وطهران ستبدآن قريباً مشاورات لتوسيع التبادل التجاري، نافياً ما نشرته صحف غربية عن توقيع اتفاق لمقايضة النفط بالسلع بقيمة 20 مليار دولار. "
     "وكان ظريف قد التقى لافروف في جنيف فجر 24 تشرين الثاني/نوفمبر الماضي، خلال التوقيع على الاتفاق المرحلي بين إيران ومجموعة 5+1."),
     dates=[("أمس الخميس", "2014-01-16", "r"), ("22 كانون الثاني/يناير الجاري", "2014-01-22", "g"), ("قريباً", None, "ignore"),
            ("فجر 24 تشرين الثاني/نوفمبر الماضي", "2013-11-24", "g")],
     contacts=[C(LAV, ZAR, "meet", "2014-01-16"), C([LAV, RU], [ZAR, IR], "meet", None, True),
               C(LAV, ZAR, "meet", "2013-11-24"), C([RU], [IR], "agreement", "2013-11-24", True)]),
dict(id="A09", pub="2014-08-06", text=(
     "موسكو، 6 أغسطس/آب (تاس) - وقّع وزير الطاقة الروسي ألكسندر نوفاك ووزير الاقتصاد الإيراني علي طيب نيا، أمس الثلاثاء في موسكو، مذكرة تفاهم للتعاون في قطاعات الطاقة والزراعة والصناعة، وذلك في ختام الاجتماع الحادي عشر للجنة الحكومية الروسية-الإيرانية للتعاون التجاري والاقتصادي. "
     "وقال نوفاك للصحفيين إن الطرفين اتفقا على عقد الاجتماع المقبل للجنة في طهران خلال النصف الأول من العام المقبل. "
     "وكان الرئيسان فلاديمير بوتين وحسن روحاني قد بحثا توسيع التعاون الاقتصادي خلال لقائهما على هامش قمة «سيكا» في شنغهاي يوم 21 أيار/مايو الماضي."),
     dates=[("6 أغسطس/آب", "2014-08-06", "g"), ("أمس الثلاثاء", "2014-08-05", "r"),
            ("النصف الأول من العام المقبل", "2015-01-01/2015-06-30", "r"), ("21 أيار/مايو الماضي", "2014-05-21", "g")],
     contacts=[C(NOV, TAY, "agreement", "2014-08-05"), C(NOV, TAY, "meet", "2014-08-05", True),
               C([NOV, RU], [TAY, IR], "meet", "2015-01-01/2015-06-30", True), C(PUT, ROU, "meet", "2014-05-21")]),
dict(id="A10", pub="2014-10-01", text=(
     "بيروت — «الأخبار»: أعلن أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني، في ختام زيارته لبيروت أمس الثلاثاء، أن طهران قررت تقديم هبة عسكرية للجيش اللبناني، على أن يتوجه وزير الدفاع سمير مقبل إلى طهران في الأيام المقبلة لبحث تفاصيلها. "
     "والتقى شمخاني خلال الزيارة الرئيسين نبيه بري وتمام سلام، فيما تأتي الهبة الإيرانية بعد الهبة السعودية البالغة مليار دولار التي أُعلن عنها مطلع آب الماضي. "
     "ولم يلتقِ المسؤول الإيراني رئيساً للجمهورية، إذ تعيش البلاد فراغاً رئاسياً منذ انتهاء ولاية الرئيس ميشال سليمان في 25 أيار 2014."),
     dates=[("أمس الثلاثاء", "2014-09-30", "r"), ("الأيام المقبلة", None, "ignore"), ("مطلع آب الماضي", "2014-08-01/2014-08-10", "g"),
            ("25 أيار 2014", "2014-05-25", "g")],
     contacts=[]),
# ---------------- 2015 ----------------
dict(id="A11", pub="2015-01-21", text=(
     "سبوتنيك - وقّع وزير الدفاع الروسي سيرغي شويغو ونظيره الإيراني حسين دهقان، أمس الثلاثاء في طهران، اتفاقية للتعاون العسكري تشمل تبادل الخبرات وتدريب الكوادر ومكافحة الإرهاب، في أول زيارة لوزير دفاع روسي إلى إيران منذ 15 عاماً. "
     "والتقى شويغو في اليوم نفسه الرئيس حسن روحاني، وأمين المجلس الأعلى للأمن القومي علي شمخاني، بحسب ما نقلته وكالة «إرنا» الإيرانية. "
     "وقال دهقان إن مسألة منظومة «إس-300» نوقشت، مشيراً إلى أن العقد الموقع عام 2007 «ما زال قائماً». "
     "ومن المقرر أن يزور دهقان موسكو في نيسان/أبريل المقبل للمشاركة في مؤتمر موسكو للأمن الدولي."),
     dates=[("أمس الثلاثاء", "2015-01-20", "r"), ("منذ 15 عاماً", None, "ignore"), ("اليوم نفسه", None, "ignore"),
            ("عام 2007", "2007", "g"), ("نيسان/أبريل المقبل", "2015-04", "g")],
     contacts=[C(SHO, DEH, "agreement", "2015-01-20"), C(SHO, DEH, "meet", "2015-01-20", True),
               C(SHO, ROU, "meet", "2015-01-20"), C(SHO, SHAM, "meet", "2015-01-20"), C([RU], [IR], "agreement", "2007"),
               C([SHO, RU], [DEH, IR], "meet", "2015-04", True)]),
# ---------------- 2016 ----------------
dict(id="A12", pub="2016-08-09", text=(
     "الثلاثاء - 6 ذو القعدة 1437 هـ - 09 أغسطس 2016 مـ رقم العدد [13769]\n"
     "قمة باكو الثلاثية تدفع «ممر الشمال - الجنوب» وتعد بلقاء جديد في طهران\n"
     "باكو: «الشرق الأوسط»\n"
     "عقد الرؤساء الروسي فلاديمير بوتين والإيراني حسن روحاني والأذربيجاني إلهام علييف، أمس (الاثنين)، في العاصمة الأذربيجانية باكو أول قمة ثلاثية بين بلدانهم، خصصت لبحث مشروع ممر النقل الدولي «الشمال - الجنوب» وربط شبكات الكهرباء. "
     "وعقد بوتين وروحاني لقاءً ثنائياً على هامش القمة، هو الثاني بينهما منذ زيارة الرئيس الروسي لطهران في 23 نوفمبر (تشرين الثاني) 2015. "
     "ووقع الرؤساء الثلاثة في ختام القمة «إعلان باكو» الذي يدعو إلى تسريع إنجاز خط السكك الحديدية رشت - آستارا، فيما وقع وزراء النقل الروسي مكسيم سوكولوف والإيراني عباس آخوندي والأذربيجاني ضياء محمدوف مذكرة تفاهم ثلاثية بشأن الممر. "
     "وقال روحاني في المؤتمر الصحافي المشترك إن القمة المقبلة ستعقد في طهران العام المقبل، مؤكداً أن «الممر سيختصر زمن نقل البضائع من الهند إلى شمال أوروبا من 40 يوماً إلى 14 يوماً». "
     "ويستقبل بوتين اليوم (الثلاثاء) في سان بطرسبورغ نظيره التركي رجب طيب أردوغان، في أول لقاء بينهما منذ أزمة إسقاط المقاتلة الروسية «سوخوي-24» في نوفمبر (تشرين الثاني) الماضي. "
     "وعلى صعيد الأزمة السورية، قال مساعد الرئيس الروسي يوري أوشاكوف إن الرئيسين الروسي والإيراني بحثا «تنسيق الجهود في مكافحة الإرهاب»، من دون أن يكشف تفاصيل. "
     "وكانت روسيا قد بدأت في أبريل (نيسان) الماضي تسليم إيران أولى مكونات منظومة «إس-300» للدفاع الجوي. "
     "وكان روحاني قد التقى بوتين في أوفا الروسية يوم 9 يوليو (تموز) 2015 على هامش قمتي «بريكس» ومنظمة شنغهاي للتعاون. "
     "ومن المقرر أن يلتقي وزيرا الخارجية سيرغي لافروف ومحمد جواد ظريف في موسكو منتصف الشهر الحالي لمتابعة نتائج القمة، وفق ما أعلنه المتحدث باسم الخارجية الإيرانية بهرام قاسمي. "
     "ويبلغ طول خط رشت - آستارا 164 كيلومتراً، وتقدر كلفته بنحو 400 مليون دولار، بحسب التقديرات الإيرانية. "
     "وقدر حجم التبادل التجاري بين روسيا وإيران بنحو 1.2 مليار دولار في عام 2015."),
     dates=[("الثلاثاء - 6 ذو القعدة 1437 هـ", "2016-08-09", "h"), ("09 أغسطس 2016 مـ", "2016-08-09", "g"),
            ("أمس (الاثنين)", "2016-08-08", "r"), ("23 نوفمبر (تشرين الثاني) 2015", "2015-11-23", "g"),
            ("العام المقبل", "2017", "r"), ("اليوم (الثلاثاء)", "2016-08-09", "r"), ("نوفمبر (تشرين الثاني) الماضي", "2015-11", "g"),
            ("أبريل (نيسان) الماضي", "2016-04", "g"), ("9 يوليو (تموز) 2015", "2015-07-09", "g"),
            ("منتصف الشهر الحالي", "2016-08-11/2016-08-20", "r"), ("عام 2015", "2015", "g")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(SOK, AKH, "agreement", "2016-08-08"), C(PUT, [ROU, KHA, IR], "meet", "2015-11-23", True),
               C([PUT, RU], [ROU, IR], "meet", "2017"), C(PUT, ROU, "meet", "2015-07-09"),
               C(LAV, ZAR, "meet", "2016-08-11/2016-08-20")]),
dict(id="A13", pub="2016-12-21", text=(
     "موسكو – «القدس العربي»: عقد وزراء خارجية روسيا وإيران وتركيا، سيرغي لافروف ومحمد جواد ظريف ومولود جاويش أوغلو، أمس الثلاثاء في موسكو اجتماعاً ثلاثياً حول سوريا، وعقد وزراء دفاع الدول الثلاث سيرغي شويغو وحسين دهقان وفكري إشيق اجتماعاً مماثلاً في مقر وزارة الدفاع الروسية. "
     "وصدر عن اجتماع وزراء الخارجية «إعلان موسكو» الذي أبدت فيه الدول الثلاث استعدادها لضمان اتفاق لوقف إطلاق النار في سوريا. "
     "وانعقد الاجتماعان رغم اغتيال السفير الروسي لدى أنقرة أندريه كارلوف مساء الاثنين في معرض للفنون بالعاصمة التركية. "
     "وكان ظريف قد أجرى مع لافروف محادثات ثنائية قبل الاجتماع الثلاثي بساعات، بحسب ما أعلنته الخارجية الإيرانية."),
     dates=[("أمس الثلاثاء", "2016-12-20", "r"), ("مساء الاثنين", "2016-12-19", "r"), ("قبل الاجتماع الثلاثي بساعات", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2016-12-20"), C(SHO, DEH, "meet", "2016-12-20"),
               C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True)]),
dict(id="A14", pub="2016-03-15", text=(
     "هسبريس - من الرباط: أجرى الملك محمد السادس، يومه الثلاثاء 15 مارس 2016 بالكرملين، مباحثات رسمية مع الرئيس الروسي فلاديمير بوتين، توجت بالتوقيع على إعلان بشأن الشراكة الاستراتيجية المعمقة وعلى عدد من الاتفاقيات في مجالات الطاقة والصيد البحري ومكافحة الإرهاب. "
     "وتناولت المباحثات أيضاً الأوضاع في سوريا وليبيا والملف النووي الإيراني، بحسب بلاغ للديوان الملكي. "
     "وتعد هذه ثاني زيارة للعاهل المغربي إلى روسيا بعد تلك التي قام بها في أكتوبر 2002، فيما عقدت اللجنة الحكومية المغربية-الروسية المشتركة دورتها الأخيرة بالرباط في نونبر الماضي."),
     dates=[("يومه الثلاثاء 15 مارس 2016", "2016-03-15", "g"), ("أكتوبر 2002", "2002-10", "g"), ("نونبر الماضي", "2015-11", "g")],
     contacts=[]),
# ---------------- 2017 ----------------
dict(id="A15", pub="2017-11-02", text=(
     "برس تي في - طهران: وصل الرئيس الروسي فلاديمير بوتين أمس الأربعاء إلى طهران، حيث شارك في القمة الثلاثية الثانية مع نظيريه الإيراني حسن روحاني والأذربيجاني إلهام علييف، والتقى قائد الثورة الإسلامية آية الله السيد علي خامنئي، ووقعت شركة «روسنفت» الروسية وشركة النفط الوطنية الإيرانية خارطة طريق لمشاريع استراتيجية تصل قيمتها إلى 30 مليار دولار. "
     "وقال روحاني في مؤتمر صحافي إن التعاون مع موسكو في سوريا «أثمر»، مضيفاً أن الطرفين اتفقا على مواصلة التنسيق في إطار مسار أستانا. "
     "وكانت الجولة السابعة من محادثات أستانا قد اختتمت في 31 أكتوبر/تشرين الأول بمشاركة وفود الدول الضامنة الثلاث."),
     dates=[("أمس الأربعاء", "2017-11-01", "r"), ("31 أكتوبر/تشرين الأول", "2017-10-31", "g")],
     contacts=[C(PUT, ROU, "meet", "2017-11-01"), C(PUT, KHA, "meet", "2017-11-01"), C(ROSN, NIOC, "agreement", "2017-11-01"),
               C([RU], [IR], "meet", "2017-10-31", True)]),
# ---------------- 2018 ----------------
dict(id="A16", pub="2018-09-08", text=(
     "طهران-سانا: أكد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وتركيا رجب طيب أردوغان في البيان الختامي لقمتهم الثلاثية التي عقدت في طهران أمس الجمعة التزامهم الثابت بسيادة الجمهورية العربية السورية ووحدة أراضيها، ورفضهم كل المحاولات لخلق وقائع جديدة على الأرض بذريعة مكافحة الإرهاب. "
     "وعقد الرئيسان بوتين وروحاني قبيل انطلاق القمة لقاءً ثنائياً بحثا خلاله التعاون الاقتصادي والوضع في إدلب. "
     "واتفق الرؤساء الثلاثة على عقد قمتهم المقبلة في روسيا بموعد يحدد لاحقاً. "
     "وكانت القمة الثلاثية الثانية قد عقدت في أنقرة في الرابع من نيسان الماضي."),
     dates=[("أمس الجمعة", "2018-09-07", "r"), ("الرابع من نيسان الماضي", "2018-04-04", "g")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True),
               C([PUT, RU], [ROU, IR], "meet", None, True), C(PUT, ROU, "meet", "2018-04-04")]),
dict(id="A17", pub="2018-06-16", text=(
     "هسبريس - سان بطرسبورغ: انهزم المنتخب الوطني المغربي أمام نظيره الإيراني بهدف دون رد، أمس الجمعة بملعب سان بطرسبورغ، في أولى مباريات المجموعة الثانية من نهائيات كأس العالم روسيا 2018، بعدما سجل المهاجم عزيز بوحدوز هدفاً في مرماه في الدقيقة 95. "
     "وتزامنت المباراة مع أول أيام عيد الفطر المبارك، الذي احتفل به المغاربة يوم الجمعة 15 يونيو. "
     "ويواجه «أسود الأطلس» منتخب البرتغال يوم الأربعاء 20 يونيو بموسكو، قبل أن يختتموا دور المجموعات أمام إسبانيا يوم 25 يونيو بكالينينغراد."),
     dates=[("أمس الجمعة", "2018-06-15", "r"), ("كأس العالم روسيا 2018", None, "ignore"), ("أول أيام عيد الفطر المبارك", None, "ignore"),
            ("الجمعة 15 يونيو", "2018-06-15", "g"), ("الأربعاء 20 يونيو", "2018-06-20", "g"), ("25 يونيو", "2018-06-25", "g")],
     contacts=[]),
# ---------------- 2019 ----------------
dict(id="A18", pub="2019-04-23", text=(
     "الثلاثاء 18 شعبان 1440 هـ / 23 نيسان 2019\n"
     "العالم - موسكو: أجرى وفد برلماني إيراني برئاسة رئيس لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى الإسلامي حشمت الله فلاحت بيشه، أمس الاثنين، محادثات في مجلس الدوما مع رئيس لجنة الشؤون الدولية ليونيد سلوتسكي تناولت مستقبل الاتفاق النووي والتعاون البرلماني، ومن المقرر أن يلتقي الوفد اليوم الثلاثاء رئيس لجنة الشؤون الدولية في مجلس الاتحاد قسطنطين كوساتشيف. "
     "وقال فلاحت بيشه في تصريح لمراسل العالم إن العقوبات الأمريكية «لن تنجح في عزل إيران»، مشيراً إلى أن الوفد سيختتم زيارته التي تستغرق أربعة أيام مساء الخميس. "
     "وكان سلوتسكي قد زار طهران في 9 شباط/فبراير الماضي للمشاركة في احتفالات الذكرى الأربعين لانتصار الثورة الإسلامية."),
     dates=[("الثلاثاء 18 شعبان 1440 هـ", "2019-04-23", "h"), ("23 نيسان 2019", "2019-04-23", "g"), ("أمس الاثنين", "2019-04-22", "r"),
            ("اليوم الثلاثاء", "2019-04-23", "r"), ("مساء الخميس", "2019-04-25", "r"), ("9 شباط/فبراير الماضي", "2019-02-09", "g"),
            ("الذكرى الأربعين لانتصار الثورة الإسلامية", None, "ignore")],
     contacts=[C(SLU, FALA, "meet", "2019-04-22"), C(KOS, FALA, "meet", "2019-04-23"), C(SLU, [IR], "meet", "2019-02-09")]),
dict(id="A19", pub="2019-06-16", text=(
     "شفق نيوز/ التقى الرئيس الإيراني حسن روحاني، يوم أمس السبت، نظيره الروسي فلاديمير بوتين على هامش قمة مؤتمر التفاعل وتدابير بناء الثقة في آسيا «سيكا» المنعقدة في العاصمة الطاجيكية دوشنبه، وبحث معه التوتر في الخليج عقب الهجوم على ناقلتي نفط في خليج عمان يوم الخميس 13 حزيران. "
     "وقال روحاني خلال اللقاء، بحسب الموقع الرسمي للرئاسة الإيرانية، إن طهران «لن تبقى وحدها ملتزمة» بالاتفاق النووي، فيما أكد بوتين أن موسكو تعارض العقوبات الأحادية. "
     "وكان وزيرا الخارجية محمد جواد ظريف وسيرغي لافروف قد بحثا الملف ذاته في اتصال هاتفي قبل يومين."),
     dates=[("أمس السبت", "2019-06-15", "r"), ("الخميس 13 حزيران", "2019-06-13", "g"), ("قبل يومين", "2019-06-14", "r")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(LAV, ZAR, "phone_call", "2019-06-14")]),
# ---------------- 2020 ----------------
dict(id="A20", pub="2020-07-01", text=(
     "روسيا اليوم - 01.07.2020 | 19:45 GMT\n"
     "بوتين وروحاني وأردوغان في قمة عبر الفيديو: لا حل عسكرياً للأزمة السورية\n"
     "عقد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وتركيا رجب طيب أردوغان، اليوم الأربعاء، قمة ثلاثية عبر تقنية الفيديو في إطار «صيغة أستانا» لبحث تطورات الأزمة السورية، بعد تأجيل القمة التي كانت مقررة في طهران في آذار/مارس الماضي بسبب جائحة كوفيد-19. "
     "وأكد الرؤساء الثلاثة في بيان مشترك صدر في ختام القمة التزامهم بسيادة سوريا ووحدة أراضيها ورفضهم العقوبات الأحادية، واتفقوا على عقد القمة المقبلة في إيران «حين تسمح الظروف». "
     "وقال بوتين في كلمته إن الوضع في إدلب «يبقى مصدر قلق»، مشيراً إلى أن اتفاق موسكو الموقع مع أنقرة في الخامس من آذار/مارس الماضي «يُطبَّق بنجاح». "
     "من جهته، دعا روحاني إلى خروج القوات الأمريكية من شرق الفرات، فيما أعلن الكرملين أن بوتين سيجري محادثات هاتفية منفصلة مع روحاني في الأيام القليلة المقبلة. "
     "وكان وزير الخارجية الإيراني محمد جواد ظريف قد زار موسكو في 16 حزيران/يونيو الماضي، حيث التقى نظيره سيرغي لافروف وبحثا التحضير للقمة. "
     "كما أجرى لافروف وظريف اتصالاً هاتفياً أول أمس الاثنين تناول آلية «سناب باك» التي تلوّح بها واشنطن، بحسب ما أفادت به الخارجية الروسية. "
     "وتعقد القمة بعد أكثر من تسعة أشهر على آخر قمة حضورية للدول الضامنة، والتي استضافتها أنقرة في 16 أيلول/سبتمبر 2019. "
     "وعلى صعيد آخر، أعلنت وزارة الطاقة الروسية أن اجتماع اللجنة الحكومية المشتركة للتعاون التجاري والاقتصادي، الذي أرجئ من نيسان/أبريل، سيعقد عبر الفيديو في أيلول/سبتمبر المقبل برئاسة الوزير ألكسندر نوفاك ووزير النفط الإيراني بيجن زنغنه. "
     "وبلغ حجم التبادل التجاري بين البلدين في الأشهر الخمسة الأولى من العام الجاري نحو 700 مليون دولار، بحسب الجمارك الروسية."),
     dates=[("01.07.2020", "2020-07-01", "g"), ("اليوم الأربعاء", "2020-07-01", "r"), ("آذار/مارس الماضي", "2020-03", "g"),
            ("الخامس من آذار/مارس الماضي", "2020-03-05", "g"), ("الأيام القليلة المقبلة", None, "ignore"),
            ("16 حزيران/يونيو الماضي", "2020-06-16", "g"), ("أول أمس الاثنين", "2020-06-29", "r"),
            ("بعد أكثر من تسعة أشهر على", None, "ignore"), ("16 أيلول/سبتمبر 2019", "2019-09-16", "g"), ("نيسان/أبريل", "2020-04", "g"),
            ("أيلول/سبتمبر المقبل", "2020-09", "g"), ("الأشهر الخمسة الأولى من العام الجاري", "2020-01-01/2020-05-31", "r")],
     contacts=[C(PUT, ROU, "phone_call", "2020-07-01"), C(PUT, ROU, "meet", "2020-07-01", True),
               C([PUT, RU], [ROU, IR], "agreement", "2020-07-01", True), C([PUT, RU], [ROU, IR], "meet", None, True),
               C(PUT, ROU, "phone_call", None, True), C(LAV, ZAR, "meet", "2020-06-16"), C(LAV, ZAR, "phone_call", "2020-06-29"),
               C(PUT, ROU, "meet", "2019-09-16"), C([NOV, RU], [ZAN, IR], "meet", "2020-09", True)]),
dict(id="A21", pub="2020-06-17", text=(
     "الشروق أونلاين - أعلنت الخطوط الجوية الجزائرية عن برمجة رحلة استثنائية يوم السبت 20 جوان من موسكو إلى الجزائر العاصمة لإجلاء 280 مواطناً عالقين في روسيا منذ غلق الأجواء في 17 مارس الماضي. "
     "وأوضحت السفارة الجزائرية بموسكو أن المسافرين سيخضعون للحجر الصحي لمدة 14 يوماً في فنادق بولاية وهران، على أن تتواصل رحلات الإجلاء إلى غاية نهاية جويلية المقبل. "
     "وكانت الجزائر قد أجلت في أفريل الماضي أكثر من 300 مواطن من تركيا وفرنسا بسبب جائحة كوفيد-19."),
     dates=[("السبت 20 جوان", "2020-06-20", "g"), ("17 مارس الماضي", "2020-03-17", "g"), ("نهاية جويلية المقبل", None, "ignore"),
            ("أفريل الماضي", "2020-04", "g")],
     contacts=[]),
# ---------------- 2021 ----------------
dict(id="A22", pub="2021-09-17", text=(
     "بيروت - «النهار»: دخلت صباح أمس الخميس قافلة من نحو 80 صهريجاً محمّلة بالمازوت الإيراني إلى لبنان عبر معبر غير شرعي في منطقة الهرمل، آتية من مرفأ بانياس السوري حيث أفرغت الناقلة الإيرانية حمولتها الأحد الفائت. "
     "وكان الأمين العام لـ«حزب الله» السيد حسن نصرالله قد أعلن في 19 آب الفائت أن السفينة الأولى أبحرت من إيران، محذّراً من أن أي اعتداء عليها سيعدّ اعتداء على الأراضي اللبنانية. "
     "ومن المقرر أن تمثل حكومة الرئيس نجيب ميقاتي أمام المجلس النيابي الاثنين المقبل لنيل الثقة على أساس بيانها الوزاري، فيما تجاوز سعر صفيحة المازوت في السوق 200 ألف ليرة."),
     dates=[("صباح أمس الخميس", "2021-09-16", "r"), ("الأحد الفائت", "2021-09-12", "r"), ("19 آب الفائت", "2021-08-19", "g"),
            ("الاثنين المقبل", "2021-09-20", "r")],
     contacts=[]),
dict(id="A23", pub="2021-06-19", text=(
     "موسكو - 19 - 6 (كونا) -- بعث الرئيس الروسي فلاديمير بوتين اليوم برقية تهنئة إلى الرئيس الإيراني المنتخب ابراهيم رئيسي بمناسبة فوزه في الانتخابات الرئاسية التي جرت أمس الجمعة، معرباً عن أمله في مواصلة «التعاون البناء» بين البلدين، بحسب ما أفاد به الكرملين. "
     "وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن بوتين ورئيسي قد يلتقيان على هامش قمة منظمة شنغهاي للتعاون في دوشنبه في أيلول المقبل، مشيراً إلى أنه «لم يتقرر شيء بعد». "
     "يذكر أن رئيسي سيتسلم مهامه رسمياً في آب المقبل خلفاً للرئيس حسن روحاني. (النهاية) ع ن س"),
     dates=[("19 - 6", "2021-06-19", "g"), ("اليوم", "2021-06-19", "r"), ("أمس الجمعة", "2021-06-18", "r"), ("أيلول المقبل", "2021-09", "g"),
            ("آب المقبل", "2021-08", "g")],
     contacts=[C(PUT, RAI, "message", "2021-06-19"), C(PUT, RAI, "meet", None, True)]),
# ---------------- 2022 ----------------
dict(id="A24", pub="2022-03-16", text=(
     "الميادين - التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان أمس الثلاثاء في موسكو نظيره الروسي سيرغي لافروف، الذي أكد عقب اللقاء أن موسكو حصلت على «ضمانات مكتوبة» من واشنطن بأن العقوبات المفروضة على روسيا لن تمس تعاونها مع إيران في إطار الاتفاق النووي. "
     "وقال أمير عبد اللهيان إن بلاده «تعارض الحرب» في أوكرانيا، مشيراً إلى أنه بحث مع لافروف أيضاً مشروع اتفاقية التعاون الشامل لمدة 20 عاماً، والتي كان الرئيس إبراهيم رئيسي قد سلّم مسودتها إلى الرئيس فلاديمير بوتين خلال زيارته لموسكو في 19 كانون الثاني/يناير الماضي. "
     "وكانت مفاوضات فيينا لإحياء الاتفاق قد علّقت يوم الجمعة 11 آذار/مارس بعد أن طالبت روسيا بتلك الضمانات."),
     dates=[("أمس الثلاثاء", "2022-03-15", "r"), ("19 كانون الثاني/يناير الماضي", "2022-01-19", "g"),
            ("الجمعة 11 آذار/مارس", "2022-03-11", "g")],
     contacts=[C(LAV, AMI, "meet", "2022-03-15"), C(PUT, RAI, "meet", "2022-01-19"), C([RU], [IR], "meet", "any", True)]),
dict(id="A25", pub="2022-12-04", text=(
     "شفق نيوز/ أعلنت وزارة الكهرباء العراقية، اليوم الأحد، أن بغداد سددت دفعة جديدة من ديون الغاز الإيراني البالغة نحو 1.6 مليار دولار، بعد أن خفضت طهران إمداداتها إلى أقل من 20 مليون متر مكعب يومياً منذ مطلع تشرين الثاني. "
     "وأوضح المتحدث باسم الوزارة أحمد موسى أن الإطلاقات ستعود إلى معدلها الطبيعي البالغ 45 مليون متر مكعب خلال الأسبوع المقبل، مع ارتفاع الطلب على الكهرباء في فصل الشتاء. "
     "وكان العراق قد حصل في تموز الماضي على إعفاء أميركي جديد لمدة 120 يوماً يسمح له بدفع مستحقات الطاقة الإيرانية عبر حساب مصرفي في بغداد."),
     dates=[("اليوم الأحد", "2022-12-04", "r"), ("مطلع تشرين الثاني", "2022-11-01/2022-11-10", "g"),
            ("الأسبوع المقبل", "2022-12-05/2022-12-11", "r"), ("تموز الماضي", "2022-07", "g")],
     contacts=[]),
dict(id="A26", pub="2022-09-16", text=(
     "الجزيرة نت - سمرقند: قال الرئيس الإيراني إبراهيم رئيسي إن العلاقات مع روسيا «تشهد تطوراً غير مسبوق»، وذلك خلال لقائه الرئيس فلاديمير بوتين مساء أمس الخميس على هامش قمة منظمة شنغهاي للتعاون في مدينة سمرقند الأوزبكية. "
     "ووقع وزير الخارجية الإيراني حسين أمير عبد اللهيان في اليوم نفسه مذكرة التزامات بلاده للحصول على العضوية الكاملة في المنظمة، على أن تستكمل الإجراءات في قمة العام المقبل في الهند. "
     "ووفق ما أعلنه مساعد الرئيس الروسي يوري أوشاكوف، فإن بوتين قبل دعوة سلمها له رئيسي لزيارة طهران مجدداً «في موعد يتفق عليه»، بعد زيارته الأخيرة لها في 19 تموز/يوليو الماضي."),
     dates=[("مساء أمس الخميس", "2022-09-15", "r"), ("اليوم نفسه", None, "ignore"), ("العام المقبل", "2023", "r"),
            ("19 تموز/يوليو الماضي", "2022-07-19", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C(PUT, RAI, "message", "2022-09-15", True),
               C(PUT, RAI, "meet", None, True), C(PUT, [RAI, KHA, IR], "meet", "2022-07-19")]),
# ---------------- 2023 ----------------
dict(id="A27", pub="2023-05-17", text=(
     "الأربعاء 27 أرديبهشت 1402 - 17 مايو 2023\n"
     "إيران وروسيا توقعان اتفاقية تمويل وإنشاء سكة حديد رشت - آستارا\n"
     "طهران / 17 أيار / إرنا - وقع وزير الطرق وبناء المدن الإيراني مهرداد بذرباش ووزير النقل الروسي فيتالي سافيليف، اليوم الأربعاء في طهران، اتفاقية تمويل وإنشاء خط السكك الحديدية رشت - آستارا، بحضور الرئيسين آية الله السيد إبراهيم رئيسي وفلاديمير بوتين عبر دائرة تلفزيونية مغلقة. "
     "وقال الرئيس رئيسي في كلمة خلال المراسم إن هذا الخط «خطوة استراتيجية» على طريق ممر النقل الدولي شمال - جنوب، فيما وصف بوتين المشروع بأنه «حدث تاريخي». "
     "ويبلغ طول الخط 162 كيلومتراً، وتقدر كلفته بنحو 1.6 مليار يورو، تقدم روسيا منها قرضاً حكومياً بقيمة 1.3 مليار يورو، على أن ينجز المشروع خلال 48 شهراً. "
     "وبحسب بذرباش، سيبدأ تنفيذ الأعمال الإنشائية مطلع العام المقبل بعد استكمال استملاك الأراضي. "
     "وكان سافيليف قد زار طهران في 27 شباط/فبراير الماضي وبحث مع نظيره الإيراني اللمسات الأخيرة على نص الاتفاقية. "
     "ومن المقرر أن يشارك الرئيسان في القمة الافتراضية لمنظمة شنغهاي للتعاون التي تستضيفها الهند في الرابع من تموز/يوليو المقبل. "
     "وأعلن المتحدث باسم الحكومة الإيرانية علي بهادري جهرمي أن نائب رئيس الوزراء الروسي ألكسندر نوفاك سيزور طهران الأسبوع المقبل لبحث التعاون في مجالي النفط والغاز. "
     "وكان وزير الخارجية حسين أمير عبد اللهيان قد التقى نظيره الروسي سيرغي لافروف في موسكو يوم الأربعاء 10 أيار/مايو الجاري، على هامش الاجتماع الرباعي لوزراء خارجية إيران وروسيا وتركيا وسوريا. "
     "وتعود فكرة الممر إلى اتفاقية ثلاثية وقعتها إيران وروسيا والهند في سانت بطرسبورغ في 12 أيلول/سبتمبر 2000. "
     "ويتوقع أن يسهم الخط في نقل ما يصل إلى 15 مليون طن من البضائع سنوياً بحلول عام 2030. "
     "وبلغ حجم التبادل التجاري بين البلدين العام الماضي نحو 4.9 مليار دولار."),
     dates=[("الأربعاء 27 أرديبهشت 1402", "2023-05-17", "j"), ("17 مايو 2023", "2023-05-17", "g"), ("17 أيار", "2023-05-17", "g"),
            ("اليوم الأربعاء", "2023-05-17", "r"), ("مطلع العام المقبل", None, "ignore"), ("27 شباط/فبراير الماضي", "2023-02-27", "g"),
            ("الرابع من تموز/يوليو المقبل", "2023-07-04", "g"), ("الأسبوع المقبل", "2023-05-22/2023-05-28", "r"),
            ("الأربعاء 10 أيار/مايو الجاري", "2023-05-10", "g"), ("12 أيلول/سبتمبر 2000", "2000-09-12", "g"), ("عام 2030", None, "ignore"),
            ("العام الماضي", "2022", "r")],
     contacts=[C([SAV, PUT, RU], [BAZ, RAI, IR], "agreement", "2023-05-17"), C(PUT, RAI, "meet", "2023-05-17", True),
               C(PUT, RAI, "phone_call", "2023-05-17", True), C(SAV, BAZ, "meet", "2023-02-27"),
               C([PUT, RU], [RAI, IR], "meet", "2023-07-04", True), C([NOV, RU], [IR], "meet", "2023-05-22/2023-05-28"),
               C(LAV, AMI, "meet", "2023-05-10"), C([RU], [IR], "agreement", "2000-09-12")]),
dict(id="A28", pub="2023-10-12", text=(
     "سبوتنيك - موسكو: بحث نائب رئيس الوزراء الروسي ألكسندر نوفاك مع وزير النفط الإيراني جواد أوجي، أمس الأربعاء، على هامش منتدى «أسبوع الطاقة الروسي» في موسكو، إمدادات الغاز الروسي إلى إيران عبر أراضي أذربيجان، ووقع الجانبان بروتوكولاً لتنفيذ المرحلة الأولى من المشروع. "
     "وقال أوجي للصحفيين إن الإمدادات قد تبدأ خلال العام المقبل بمعدل يصل إلى 55 مليون متر مكعب يومياً. "
     "وكانت شركة «غازبروم» الروسية وشركة النفط الوطنية الإيرانية قد وقعتا في 19 تموز/يوليو 2022 مذكرة تفاهم بقيمة 40 مليار دولار لتطوير حقول النفط والغاز الإيرانية. "
     "ومن المقرر أن تعقد الدورة السابعة عشرة للجنة الاقتصادية المشتركة في طهران أواخر الشهر المقبل."),
     dates=[("أمس الأربعاء", "2023-10-11", "r"), ("العام المقبل", "2024", "r"), ("19 تموز/يوليو 2022", "2022-07-19", "g"),
            ("أواخر الشهر المقبل", "2023-11-21/2023-11-30", "r")],
     contacts=[C(NOV, OWJ, "meet", "2023-10-11"), C(NOV, OWJ, "agreement", "2023-10-11"), C(GAZ, NIOC, "agreement", "2022-07-19"),
               C([NOV, RU], [OWJ, IR], "meet", "2023-11-21/2023-11-30", True)]),
dict(id="A29", pub="2023-03-16", text=(
     "موسكو-سانا: أجرى السيد الرئيس بشار الأسد أمس الأربعاء في الكرملين محادثات مع الرئيس الروسي فلاديمير بوتين تناولت العلاقات الاستراتيجية بين البلدين وجهود إعادة الإعمار في المناطق المتضررة من الزلزال. "
     "وكان الرئيس الأسد قد وصل إلى موسكو مساء الثلاثاء في زيارة رسمية هي الأولى له إلى روسيا منذ أيلول 2021. "
     "وتطرق الرئيسان إلى الاتفاق السعودي الإيراني الذي أعلن في بكين الجمعة الماضي، وأكدا أهميته لاستقرار المنطقة."),
     dates=[("أمس الأربعاء", "2023-03-15", "r"), ("مساء الثلاثاء", "2023-03-14", "r"), ("أيلول 2021", "2021-09", "g"),
            ("الجمعة الماضي", "2023-03-10", "r")],
     contacts=[]),
# ---------------- 2024 ----------------
dict(id="A30", pub="2024-05-20", text=(
     "العربية.نت - بعث الرئيس الروسي فلاديمير بوتين، اليوم الاثنين، برقية تعزية إلى المرشد الإيراني علي خامنئي في وفاة الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان، اللذين لقيا حتفهما في تحطم مروحية في محافظة أذربيجان الشرقية مساء الأحد، وأجرى اتصالاً هاتفياً بالقائم بأعمال الرئيس محمد مخبر. "
     "وقال بوتين في البرقية إن رئيسي كان «صديقاً حقيقياً لروسيا»، مشيراً إلى أنه التقاه آخر مرة في موسكو في السابع من كانون الأول/ديسمبر الماضي. "
     "وأعلن رئيس مجلس الدوما فياتشيسلاف فولودين أنه سيمثل روسيا في مراسم التأبين المقررة في طهران الأربعاء المقبل، فيما ينص الدستور الإيراني على إجراء انتخابات رئاسية خلال 50 يوماً."),
     dates=[("اليوم الاثنين", "2024-05-20", "r"), ("مساء الأحد", "2024-05-19", "r"),
            ("السابع من كانون الأول/ديسمبر الماضي", "2023-12-07", "g"), ("الأربعاء المقبل", "2024-05-22", "r")],
     contacts=[C(PUT, KHA, "message", "2024-05-20"), C(PUT, MOK, "phone_call", "2024-05-20"), C(PUT, RAI, "meet", "2023-12-07"),
               C(VOL, [MOK, IR], "meet", "2024-05-22")]),
dict(id="A31", pub="2024-10-09", text=(
     "الرياض 6 ربيع الآخر 1446 هـ الموافق 09 أكتوبر 2024 م واس\n"
     "تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء - حفظه الله - اتصالاً هاتفياً، اليوم، من فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية. "
     "وجرى خلال الاتصال استعراض العلاقات الثنائية وفرص تطويرها، إضافة إلى بحث تطورات الأوضاع في المنطقة وفي مقدمتها التصعيد بين إيران وإسرائيل. "
     "وكان سمو ولي العهد قد استقبل الرئيس الروسي في الرياض يوم 6 ديسمبر 2023."),
     dates=[("6 ربيع الآخر 1446 هـ", "2024-10-09", "h"), ("09 أكتوبر 2024 م", "2024-10-09", "g"), ("اليوم", "2024-10-09", "r"),
            ("6 ديسمبر 2023", "2023-12-06", "g")],
     contacts=[]),
dict(id="A32", pub="2024-10-24", text=(
     "المنار - التقى الرئيس الإيراني مسعود بزشكيان مساء أمس الأربعاء نظيره الروسي فلاديمير بوتين على هامش قمة مجموعة «بريكس» في مدينة قازان الروسية، في ثاني لقاء بينهما خلال أقل من أسبوعين، بعد لقائهما الأول في عشق آباد في 11 تشرين الأول/أكتوبر الجاري. "
     "وقال بزشكيان، بحسب ما نقلته وكالة «إرنا»، إن معاهدة الشراكة الاستراتيجية الشاملة «جاهزة للتوقيع»، فيما أوضح المتحدث باسم الكرملين دميتري بيسكوف أن توقيعها سيتم خلال زيارة يقوم بها الرئيس الإيراني إلى موسكو «في موعد يحدد عبر القنوات الدبلوماسية». "
     "ونفى بيسكوف تقارير عن لقاء ثلاثي يجمع بوتين وبزشكيان والرئيس التركي رجب طيب أردوغان في قازان. "
     "وكان أمين مجلس الأمن الروسي سيرغي شويغو قد زار طهران في الخامس من آب/أغسطس الماضي، والتقى بزشكيان وأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان."),
     dates=[("مساء أمس الأربعاء", "2024-10-23", "r"), ("خلال أقل من أسبوعين", None, "ignore"),
            ("11 تشرين الأول/أكتوبر الجاري", "2024-10-11", "g"), ("الخامس من آب/أغسطس الماضي", "2024-08-05", "g")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"), C([PUT, RU], [PEZ, IR], "meet", None, True),
               C([PUT, RU], [PEZ, IR], "agreement", None, True), C(SHOS, PEZ, "meet", "2024-08-05"), C(SHOS, AHM, "meet", "2024-08-05")]),
# ---------------- 2025 ----------------
dict(id="A33", pub="2025-08-07", text=(
     "موسكو في 7 أغسطس / وام / أجرى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة «حفظه الله» اليوم في الكرملين محادثات مع فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية، تناولت علاقات الشراكة الاستراتيجية بين البلدين ومستجدات الأوضاع الإقليمية، بما فيها الملف النووي الإيراني. "
     "وكان الرئيس الروسي قد زار أبوظبي في 6 ديسمبر 2023. "
     "وأكد سموه دعم دولة الإمارات للقمة الروسية - العربية الأولى المقررة في 15 أكتوبر المقبل."),
     dates=[("7 أغسطس", "2025-08-07", "g"), ("اليوم", "2025-08-07", "r"), ("6 ديسمبر 2023", "2023-12-06", "g"),
            ("15 أكتوبر المقبل", "2025-10-15", "g")],
     contacts=[]),
dict(id="A34", pub="2025-04-18", text=(
     "الجزيرة - موسكو: استقبل الرئيس الروسي فلاديمير بوتين، مساء أمس الخميس في الكرملين، وزير الخارجية الإيراني عباس عراقجي الذي سلمه رسالة خطية من المرشد الأعلى علي خامنئي تتعلق بالمفاوضات غير المباشرة مع الولايات المتحدة، وفق ما أعلنه المتحدث باسم الخارجية الإيرانية إسماعيل بقائي. "
     "ومن المقرر أن يلتقي عراقجي نظيره سيرغي لافروف اليوم الجمعة، قبل أن يتوجه إلى روما للمشاركة في الجولة الثانية من المحادثات مع المبعوث الأمريكي ستيف ويتكوف السبت. "
     "وكان عراقجي قد أجرى اتصالاً هاتفياً مع لافروف قبل أسبوع، عقب الجولة الأولى التي استضافتها مسقط يوم 12 نيسان/أبريل. "
     "وتأتي الزيارة بعد نحو ثلاثة أشهر من توقيع الرئيسين بوتين ومسعود بزشكيان معاهدة الشراكة الاستراتيجية الشاملة في موسكو يوم 17 كانون الثاني/يناير الماضي."),
     dates=[("مساء أمس الخميس", "2025-04-17", "r"), ("اليوم الجمعة", "2025-04-18", "r"), ("السبت", "2025-04-19", "r"),
            ("قبل أسبوع", "2025-04-07/2025-04-13", "r"), ("12 نيسان/أبريل", "2025-04-12", "g"), ("بعد نحو ثلاثة أشهر من", None, "ignore"),
            ("17 كانون الثاني/يناير الماضي", "2025-01-17", "g")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17"), C(LAV, ARA, "meet", "2025-04-18"),
               C(LAV, ARA, "phone_call", "2025-04-07/2025-04-13"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"),
               C(PUT, PEZ, "meet", "2025-01-17", True)]),
dict(id="A35", pub="2025-09-26", text=(
     "الميادين نت | الجمعة 26 أيلول 2025 13:20\n"
     "روسيا وإيران توقعان اتفاقاً بـ25 مليار دولار لبناء محطة نووية في هرمزكان\n"
     "وقّع رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي والمدير العام لمؤسسة «روس آتوم» الروسية أليكسي ليخاتشوف، اليوم الجمعة في موسكو، اتفاقاً بقيمة 25 مليار دولار لإنشاء محطة «إيران هرمز» للطاقة النووية المؤلفة من أربع وحدات في محافظة هرمزكان جنوبي إيران. "
     "وجاء التوقيع على هامش «الأسبوع الذري العالمي» الذي تستضيفه العاصمة الروسية من 25 إلى 28 أيلول الجاري، بحسب ما أعلنه التلفزيون الإيراني الرسمي. "
     "وقال إسلامي إن القدرة الإجمالية للمحطة ستبلغ 5000 ميغاواط، مضيفاً أن الجانبين وقعا أيضاً مذكرة تفاهم لبناء محطات نووية صغيرة. "
     "وكان إسلامي قد التقى ليخاتشوف أمس الخميس، وبحثا جدول أعمال التعاون في محطة بوشهر وتزويدها بالوقود. "
     "ويأتي الاتفاق قبل يوم واحد من انتهاء المهلة التي حددتها الترويكا الأوروبية لإعادة فرض عقوبات الأمم المتحدة على إيران بموجب آلية «سناب باك»، والتي يبدأ سريانها مساء غد السبت. "
     "ويصوت مجلس الأمن الدولي في وقت لاحق على مشروع قرار روسي صيني لتأجيل إعادة فرض العقوبات ستة أشهر. "
     "والتقى وزير الخارجية الإيراني عباس عراقجي نظيره الروسي سيرغي لافروف مساء الثلاثاء في نيويورك على هامش أعمال الجمعية العامة للأمم المتحدة، واتفقا على «تنسيق المواقف» في مجلس الأمن. "
     "وكان الرئيسان فلاديمير بوتين ومسعود بزشكيان قد التقيا في بكين في الثاني من أيلول الجاري، وأكدا التزامهما بتنفيذ معاهدة الشراكة الاستراتيجية الشاملة. "
     "ويعود التعاون النووي بين البلدين إلى عام 1992، حين وقعا اتفاقاً للاستخدام السلمي للطاقة الذرية، قبل أن يوقعا عقد استكمال محطة بوشهر عام 1995. "
     "وتعمل الوحدة الأولى من محطة بوشهر بقدرة 1000 ميغاواط منذ أيلول 2011، فيما تتواصل أعمال بناء الوحدتين الثانية والثالثة. "
     "وبحسب ليخاتشوف، فإن «روس آتوم» مستعدة للبدء بأعمال المسح الهندسي في موقع المحطة في النصف الأول من العام المقبل. "
     "وبلغ حجم التبادل التجاري بين روسيا وإيران في الأشهر الستة الأولى من العام الجاري نحو 2.4 مليار دولار."),
     dates=[("الجمعة 26 أيلول 2025", "2025-09-26", "g"), ("اليوم الجمعة", "2025-09-26", "r"),
            ("من 25 إلى 28 أيلول الجاري", "2025-09-25/2025-09-28", "g"), ("أمس الخميس", "2025-09-25", "r"),
            ("قبل يوم واحد من", None, "ignore"), ("مساء غد السبت", "2025-09-27", "r"), ("مساء الثلاثاء", "2025-09-23", "r"),
            ("الثاني من أيلول الجاري", "2025-09-02", "g"), ("عام 1992", "1992", "g"), ("عام 1995", "1995", "g"),
            ("أيلول 2011", "2011-09", "g"), ("النصف الأول من العام المقبل", "2026-01-01/2026-06-30", "r"),
            ("الأشهر الستة الأولى من العام الجاري", "2025-01-01/2025-06-30", "r")],
     contacts=[C(LIK, ESL, "agreement", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-26", True), C(LIK, ESL, "meet", "2025-09-25"),
               C(LAV, ARA, "meet", "2025-09-23"), C(PUT, PEZ, "meet", "2025-09-02"), C([RU], [IR], "agreement", "1992"),
               C([RU], [IR], "agreement", "1995")]),
dict(id="A36", pub="2025-06-26", text=(
     "روداو - أربيل - 26-06-2025\n"
     "أعادت حكومة إقليم كوردستان، فجر اليوم الخميس، فتح معبري حاج عمران وباشماخ الحدوديين مع إيران أمام حركة المسافرين، بعد إغلاق استمر 12 يوماً بسبب الحرب بين إيران وإسرائيل. "
     "وقال مدير معبر حاج عمران لشبكة رووداو الإعلامية إن حركة الشاحنات التجارية استؤنفت منذ يوم الثلاثاء، مع بدء سريان وقف إطلاق النار فجر 24 حزيران. "
     "وكانت السلطات قد أغلقت المعبرين في 13 حزيران، وهو اليوم الذي بدأت فيه الضربات الإسرائيلية على المنشآت النووية الإيرانية. "
     "ويتزامن فتح المعبرين مع حلول العام الهجري 1447، فيما يتوقع أن تتضاعف أعداد المسافرين مع اقتراب زيارة الأربعين في آب المقبل."),
     dates=[("26-06-2025", "2025-06-26", "g"), ("فجر اليوم الخميس", "2025-06-26", "r"), ("يوم الثلاثاء", "2025-06-24", "r"),
            ("فجر 24 حزيران", "2025-06-24", "g"), ("13 حزيران", "2025-06-13", "g"), ("اليوم الذي بدأت فيه الضربات", None, "ignore"),
            ("العام الهجري 1447", "2025-06-26/2026-06-15", "h"), ("زيارة الأربعين", None, "ignore"), ("آب المقبل", "2025-08", "g")],
     contacts=[]),
# ---------------- 2026 ----------------
dict(id="A37", pub="2026-02-10", text=(
     "الثلاثاء - 22 شعبان 1447 هـ - 10 فبراير 2026 مـ\n"
     "طهران: «الشرق الأوسط»\n"
     "أعلن المتحدث باسم الخارجية الإيرانية إسماعيل بقائي، في مؤتمره الصحافي الأسبوعي أمس (الاثنين)، أن وزير الخارجية الروسي سيرغي لافروف سيزور طهران الأسبوع المقبل للمشاركة في اجتماع وزراء خارجية الدول المطلة على بحر قزوين، وسيجري على هامشه محادثات مع نظيره عباس عراقجي، ويلتقي الرئيس مسعود بزشكيان. "
     "وأوضح بقائي أن الدورة الثامنة عشرة للجنة الحكومية المشتركة للتعاون التجاري والاقتصادي، التي كانت مقررة في كانون الثاني (يناير) الماضي، أرجئت إلى النصف الثاني من آذار (مارس) المقبل «لأسباب فنية»، فيما يزور محافظ البنك المركزي الإيراني موسكو الشهر المقبل لبحث ربط نظامي الدفع «مير» و«شتاب» مع رئيسة البنك المركزي الروسي إلفيرا نابيولينا. "
     "ونفى بقائي ما نشرته وسائل إعلام غربية عن لقاء سري جمع مسؤولين أمنيين إيرانيين وروساً في باكو الشهر الماضي. "
     "وكان عراقجي ولافروف قد أجريا اتصالاً هاتفياً في 28 كانون الثاني (يناير) الماضي، بحثا خلاله الوضع القانوني للملف النووي بعد انتهاء العمل بالقرار 2231 في 18 تشرين الأول (أكتوبر) الماضي."),
     dates=[("الثلاثاء - 22 شعبان 1447 هـ", "2026-02-10", "h"), ("10 فبراير 2026 مـ", "2026-02-10", "g"), ("أمس (الاثنين)", "2026-02-09", "r"),
            ("الأسبوع المقبل", "2026-02-16/2026-02-22", "r"), ("كانون الثاني (يناير) الماضي", "2026-01", "g"),
            ("النصف الثاني من آذار (مارس) المقبل", "2026-03-16/2026-03-31", "g"), ("الشهر المقبل", "2026-03", "r"),
            ("الشهر الماضي", "2026-01", "r"), ("28 كانون الثاني (يناير) الماضي", "2026-01-28", "g"),
            ("18 تشرين الأول (أكتوبر) الماضي", "2025-10-18", "g")],
     contacts=[C(LAV, ARA, "meet", "2026-02-16/2026-02-22"), C(LAV, PEZ, "meet", "2026-02-16/2026-02-22"),
               C([RU], [IR], "meet", "2026-03-16/2026-03-31", True), C(NAB, CBI, "meet", "2026-03"),
               C(LAV, ARA, "phone_call", "2026-01-28")]),
dict(id="A38", pub="2026-03-15", text=(
     "الأحد، 15 مارس 2026 11:30 ص\n"
     "قال الدكتور أمجد الوكيل، رئيس مجلس إدارة هيئة المحطات النووية، إن أعمال تركيب وعاء ضغط المفاعل للوحدة الثانية بمحطة الضبعة النووية ستنطلق الأسبوع المقبل بمشاركة خبراء شركة «روس آتوم» الروسية، بعدما منحت هيئة الرقابة النووية والإشعاعية الموافقة اللازمة الشهر الماضي. "
     "وأضاف الوكيل، في تصريحات لـ«اليوم السابع»، أن الوحدة الأولى من المحطة، التي تضم أربعة مفاعلات بقدرة إجمالية 4800 ميجاوات، من المنتظر أن تبدأ التشغيل التجاري في عام 2028. "
     "وكان الرئيسان عبد الفتاح السيسي وفلاديمير بوتين قد شاركا عبر الفيديو في 23 يناير 2024 في مراسم صب الخرسانة الأولى للوحدة الرابعة."),
     dates=[("الأحد، 15 مارس 2026", "2026-03-15", "g"), ("الأسبوع المقبل", "2026-03-16/2026-03-22", "r"), ("الشهر الماضي", "2026-02", "r"),
            ("عام 2028", "2028", "g"), ("23 يناير 2024", "2024-01-23", "g")],
     contacts=[]),
dict(id="A39", pub="2026-05-13", text=(
     "الأربعاء 26 ذو القعدة 1447 - 13/05/2026\n"
     "برس تي في - أجرى نائب وزير الخارجية الإيراني للشؤون القانونية والدولية كاظم غريب آبادي ونائب وزير الخارجية الروسي سيرغي ريابكوف، أول أمس في موسكو، جولة مشاورات حول منع الانتشار النووي ونزع السلاح والتعاون في إطار مجموعة «بريكس». "
     "والتقى غريب آبادي في اليوم التالي المبعوث الخاص للرئيس الروسي ألكسندر لافرنتييف، وبحثا الأوضاع في سوريا وأفغانستان، بحسب ما أفادت به الخارجية الإيرانية. "
     "وقال غريب آبادي إن الجولة المقبلة من المشاورات ستعقد في طهران بعد عطلة عيد الأضحى. "
     "وكانت آخر جولة من هذه المشاورات قد عقدت في طهران في 10 أيلول/سبتمبر 2025، تلتها زيارة لريابكوف إلى طهران في تشرين الثاني/نوفمبر من العام نفسه، فيما ألغيت زيارة كانت مقررة له في آذار/مارس الماضي."),
     dates=[("الأربعاء 26 ذو القعدة 1447", "2026-05-13", "h"), ("13/05/2026", "2026-05-13", "g"), ("أول أمس", "2026-05-11", "r"),
            ("اليوم التالي", None, "ignore"), ("بعد عطلة عيد الأضحى", None, "ignore"), ("10 أيلول/سبتمبر 2025", "2025-09-10", "g"),
            ("تشرين الثاني/نوفمبر من العام نفسه", "2025-11", "g"), ("آذار/مارس الماضي", "2026-03", "g")],
     contacts=[C(RYA, GHAR, "meet", "2026-05-11"), C(LAVR, GHAR, "meet", "2026-05-12"), C([RYA, RU], [GHAR, IR], "meet", None, True),
               C([RYA, RU], [GHAR, IR], "meet", "2025-09-10"), C(RYA, [IR], "meet", "2025-11")]),
dict(id="A40", pub="2026-07-06", text=(
     "الخبر - تلقى رئيس الجمهورية عبد المجيد تبون، مساء أمس الأحد، مكالمة هاتفية من نظيره الإيراني مسعود بزشكيان، هنأه فيها بمناسبة الذكرى الـ64 لعيد الاستقلال المصادف لـ5 جويلية. "
     "وبحسب بيان لرئاسة الجمهورية، اتفق الرئيسان على عقد الدورة المقبلة للجنة المشتركة الجزائرية-الإيرانية بطهران خلال شهر أكتوبر المقبل. "
     "وكان وزير الدولة وزير الشؤون الخارجية أحمد عطاف قد زار طهران يومي 17 و18 فيفري الماضي، حيث سلم الرئيس الإيراني رسالة خطية من الرئيس تبون."),
     dates=[("مساء أمس الأحد", "2026-07-05", "r"), ("عيد الاستقلال", None, "ignore"), ("5 جويلية", "2026-07-05", "g"),
            ("شهر أكتوبر المقبل", "2026-10", "g"), ("17", "2026-02-17", "g"), ("18 فيفري الماضي", "2026-02-18", "g")],
     contacts=[]),
]
