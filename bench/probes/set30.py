# Held-out probe set 30: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 10–11 sentences with headline / header-date / dateline
# lines (A07, A17, A30, A36) and 36 SNIPPETS of 1–3 sentences (the other ids), publication dates 2011–2026 (two or three a year).
# 27 are about Russia–Iran contacts; 13 are general news that name Russia or Iran but hold no Russia–Iran contact:
# A03, A06, A09, A13, A16, A19, A22, A26, A29, A32, A35, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set26 and set28 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set16 / set26 / set28 were listed (with ast, no values) so that this module defines the same kind of names
# (name constants and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of RT Arabic (A01 «موسكو - روسيا اليوم», A28, A36 «23.06.2025 | 18:40 GMT»),
# Al-Alam (A02 «الخميس 14 رجب 1432 هـ - 16 حزيران/يونيو 2011», A12, A19 Solar Hijri dates glossed in Gregorian, A23 «ذي الحجة
# 1442 هـ», A31 «1 صفر 1446 هـ»), Al-Ahram (A03, Eastern-Arabic digits), IRNA Arabic (A04 «12 مهر 1391 هـ.ش» + Gregorian header,
# A14 «طهران/ 3 فروردين/ إرنا» with a Solar Hijri gloss, A17 «الجمعة 16 شهريور 1397 - 7 سبتمبر 2018» and «طهران/ 7 أيلول/
# إرنا», A27 Eastern-Arabic digits «١٨ آبان ١٤٠١»), RIA Novosti (A05), Shafaq (A06 Iraqi months and «العشرين من صفر», A32), Al
# Mayadeen (A07 header with a Hijri date without هـ, A21, A30), Asharq Al-Awsat (A08 «أمس (الثلاثاء)», «يناير (كانون الثاني)»,
# A25 «أول من أمس (الأربعاء)»), TAP (A09 Tunisian ماي / جوان, «غرة جوان»), Sputnik Arabic (A10, A15, A24), AFP (A11), Annahar
# (A13, A40: Levantine months, «الفائت»), Youm7 (A16, A26: «الجمعة، 15 ديسمبر 2017 02:30 م»), Al Jazeera Net (A18, A34), dpa
# (A20 «الأحد 13 شوال 1440هـ الموافق 16 يونيو 2019م»), Echorouk (A22 جانفي, فيفري), Hespress (A29 «يومه», شتنبر), TASS Arabic
# (A33 «قازان، 23 أكتوبر/تشرين الأول (تاس)»), KUNA (A35 «طهران - 16 - 3 (كونا) --»), Tasnim Arabic (A37 «أمس الأحد 29 تير 1404
# (20 تموز/يوليو)»), WAM (A38 «أبوظبي في 12 فبراير/ وام/»), Press TV (A39 «14/01/2026», «17 رجب 1447» without هـ).
# Contacts: presidents, the Leader, the Leader's adviser (Larijani A37) and Medvedev as president (A02) and prime minister (A14),
# foreign ministers (A01, A07, A10, A17, A18, A21, A28, A30, A36, A39), deputy FMs and envoys (Bogdanov–Amir-Abdollahian A05,
# A11; Lavrentiev–Jaberi Ansari A15; Ryabkov A18), security council secretaries (Patrushev–Jalili A02, Patrushev–Shamkhani A27,
# Shoigu–Ahmadian / Bagheri / Pezeshkian A31), defence ministers (A10, A11, A28), the Duma speaker and the Majlis (A23, A25,
# A36), energy / oil / transport ministers (A08, A12, A17, A25, A30, A33), Rosatom–AEOI (A04, A07), joint commissions (A07,
# A08, A25, A30); meetings, SCO / CICA / BRICS / Caspian / Astana sidelines, trilaterals (A12, A15, A17) and a quartet (A28),
# phone calls, a congratulation cable (A07), envoy-delivered letters (A21, A23, A36, A37), greetings and condolences (A36),
# MoUs, contracts and the 2001 / 2007 / 2025 treaties and deals recalled (A10, A21, A34, A36), planned (A01, A02, A04, A05, A07,
# A10, A11, A12, A14, A17, A20, A23, A27, A30, A33, A36, A37, A39), cancelled (A24), postponed (A34) and denied (A11, A21, A30,
# A36) contacts, and background in «وكان … قد …».  Traps: third-country contacts only (A13 US–Russia, A16 Egypt–Russia, A26
# Russia–Turkey–UN, A32 Iraq–Iran and Iraq–Gazprom Neft, A38 UAE–Russia, A40 Lebanon–Iran), Iran–US, Iran–China and
# Russia–UAE/Saudi contacts inside Russia–Iran stories (A18, A30, A36), a US–Russia call denied (A17), deliveries, decrees and
# a plant handover (A04, A07, A10, A19), «روسيا اليوم», «عشق آباد», «سعد آباد», «مهرآباد», «ريو دي جانيرو», «5+1», «إس-300»,
# «سو-35», «سبوتنيك V», «كوفيد-19», resolutions 1747 / 2231, money, counts, durations, percentages, magnitudes, a score, clock
# times, session and summit ordinals.
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
# Conventions: /work/shared/gold/README.md plus the headers of set26 and set28 (and through them set13, set16, set19–set24 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية (a
#   past point) = 21 to month end, النصف الثاني من + month = 16 to month end; «الأسبوع الماضي / المقبل» = previous /
#   next MONDAY–SUNDAY week; Arabic relative years and months are Gregorian («العام المقبل» = "YYYY", «النصف الأول من العام
#   المقبل» = 1 January – 30 June); a Gregorian month glossed by its twin is one mention; «من X إلى Y» and «بين X و Y» are one
#   range mention («من» / «بين» inside); «يومي 24 و25 ماي» are two mentions (bare first day, then day + month); a weekday next to
#   its date belongs to it; a relative word joined to a written date is one mention in the written calendar; a relative word +
#   weekday alone («أمس (الخميس)», «فجر اليوم الأحد») is r; a header in two calendars is one mention per calendar, the weekday
#   going with the first; the «هـ» / «م» of a header date and a trailing الماضي / المقبل / الجاري / الحالي / الفائت are
#   inside the span; «منذ», «حتى» stay outside; «الاثنين الماضي» = the last such weekday strictly before
#   pub, a bare past weekday = on or before pub, a future one = after pub; «أول من أمس» = pub − 2; KUNA's «16 - 3» and the
#   dateline day are mentions of the pub day; «23.06.2025» = D.M.Y, «14/01/2026» = D/M/Y (g); a Solar Hijri date in Arabic text
#   is j; «من العام نفسه»-type expressions are resolved; holiday / anniversary names beside their own date, «منذ + duration»,
#   anaphoric and event-relative expressions («اليوم نفسه», «غداة», «بعد أقل من أسبوعين على», «خلال أقل من أسبوعين»), vague
#   ones («خلال أيام», «الأيام المقبلة»), deadlines («حتى نهاية تموز المقبل», «قبل نهاية الشهر الجاري», «يكفي حتى منتصف يناير
#   2023»), «مطلع العام المقبل» and years inside event names («كأس العالم 2014») are ignore lines; counts, durations,
#   percentages, money, clock times, scores, resolution / model numbers, «5+1», «كوفيد-19» and session / summit ordinals get no
#   line.  Contacts as in those headers: treaty signed by two presidents → required agreement + optional meet; company / agency
#   contracts and MoUs → required agreement; an MoU signed by two ministers → required agreement + optional meet the same day;
#   documents signed by ministers in the presence of the presidents → required country-level agreement; a deal signed by
#   ministers with both presidents on a video link → required agreement + optional meet and optional phone_call of the
#   presidents; a trilateral where both sides sit together → required (a bilateral the same day is the same row), its
#   declaration / statement → optional agreement; the JCPOA track (Lausanne, the joint commission) and Iran–5+1 rounds with no
#   bilateral → optional country-level rows; envoy handing over a leader's letter → meet (envoy–host) + message (sender–
#   addressee); greetings / condolences conveyed orally by a visitor → optional message (so are condolences a minister or
#   president offers in his own call); planned contacts with a stated day, interval or relative week / month / year →
#   required, possibilities and undated hopes → optional with None; a postponed contact → one row at its new date; joint
#   commissions and multilateral meetings with no bilateral stated → optional; a contact dated by «في اليوم نفسه» takes that
#   day; a named Russian official's visit to Tehran with no host named → required with country-level Iranian names; the
#   arrival day before the dated meetings of a visit → optional meet with country-level host names; a minister present at his
#   president's meeting → required; the 2007 S-300 contract and treaties recalled by year → required country-level
#   agreements; a visit invitation handed over at a dated meeting and accepted → optional message that day + optional undated
#   meet; cancelled and denied contacts, deliveries, decrees, ratifications and drills give no row.
# Decided here where nothing above says (set30):
#   «ابتداء من», «بداية من» and «إلى» before a date stay outside the span like «منذ» (A09, A19, A22); the «هـ.ش» of a Solar Hijri
#   header date is inside its span like «هـ» (A04).
#   «الربع الثاني من العام الجاري» = 1 April – 30 June of the pub year (r, A38), like «النصف الأول من العام المقبل».  «أواخر
#   الشهر الجاري» = day 21 to the end of the current Gregorian month (r, A07), like set28's «أواخر الشهر المقبل».  «الثامن من
#   الشهر الجاري» is resolved and g (A18), like «22 من الشهر نفسه».  «23 تشرين الثاني/نوفمبر من ذلك العام» is resolved like «من
#   العام نفسه» (A17); a relative year joined to a written day or month («15 أيلول/سبتمبر من العام الماضي», «آب/أغسطس من العام
#   الماضي») is one g mention (A14, A30).  «غرة جوان» = 1 June (A09), like «فاتح دجنبر».  A year-less Hijri day in ordinal words
#   («العشرين من صفر») = that day of the nearest Umm al-Qura year (h, A06); «زيارة الأربعين» beside it is an ignore line.
#   «يومي السادس والسابع من تموز/يوليو المقبل» is two mentions, the bare ordinal «السادس» first (A36).  A Solar Hijri dateline day
#   («طهران/ 3 فروردين/ إرنا») is a j mention of the pub day (A14).  A day inside a reference to an event («انتخابات 18
#   حزيران/يونيو») is a g mention, unlike a year inside an event name (A23).  «حتى يوم الجمعة المقبل» ending a weather forecast
#   is a mention with «حتى» outside (A19), not a deadline.  «عطلة النوروز» (a holiday period) is an ignore line; in A35 the
#   weekday beside it («يوم الخميس المقبل») carries the value.  A season («هذا الصيف», A03), «قبل انطلاق القمة», «قبيل القمة»
#   (A17), «بعد نحو ثلاثة أسابيع من», «بعد ثلاثة أيام من», «بعد أيام من», «بعد ساعات من», «بعد يوم واحد من», «بعد أسبوع من»,
#   «منذ بدء الحرب» (event-relative), «في أقرب فرصة», «في موعد يحدد / يتفق عليه لاحقاً», «خلال الأسابيع / الأشهر المقبلة»
#   (vague) are ignore lines.
#   Contacts: a media report of a meeting that the host neither confirms nor denies (Soleimani–Shoigu) → optional meet at the
#   reported visit day, while the denied Putin reception gives no row (A11).  The memorandum signed by the three Astana
#   guarantors (4 May 2017) is a signed agreement, not a declaration → required country-level agreement; the next round only
#   «مرجحاً» in an interval → optional with that interval (A15).  An SCO summit attended by one president in person and the other
#   by video with no bilateral → optional meet + optional phone_call that day; the cancelled bilateral gives no row and its new
#   date «عبر القنوات الدبلوماسية» is an optional undated meet (A24).  An invitation conveyed in a phone call → optional message
#   that day beside the required phone_call (A31); thanks a minister conveys in his own call → optional message (A39), like
#   condolences.  A reply still to come «عبر القنوات الدبلوماسية» → optional message None (A21), unlike set16's delivered message
#   "any"; an intention to extend a treaty → optional agreement None (A21); a treaty hoped to be signed «خلال الأشهر المقبلة» or
#   at an undated visit → optional agreement (+ optional meet) None (A30, A33).  An Iranian president's past visit to Russia
#   recalled by month with no host named → required meet with country-level Russian names (A25), mirroring the named-Russian-
#   visitor rule.  Quartet meetings of deputy foreign / defence ministers with the participants unnamed → required country-
#   level meets (A28), by the trilateral rule.  Planned talks "of the two sides" (gas prices A33, deputy foreign ministers A39)
#   with a stated interval → required country-level meet.  The agreed next trilateral summit «في روسيا» with no date → optional
#   None (A17); the presidents' planned meeting at the Caspian summit «عام 2014» (A07) and the next trilateral in Tehran «عام
#   2017» (A12) → required, year value; a Caspian summit «المقرر عقدها في طهران» with no date → optional None (A39); Kiriyenko's
#   talks in Tehran «خلال الأسابيع المقبلة» → optional None (A07).  An adviser of the Leader carrying an unspecified message →
#   required message accepting Khamenei, Pezeshkian or Iran (A37).  The Duma speaker's planned visit to Tehran with no host
#   named → required meet, Iranian side the Majlis or country-level (A36).  A treaty said to be signed by «موسكو وطهران» with no
#   signers named → required country-level agreement and no meet row (A21, A36).  Russian EMERCOM aid flown to Tehran is a
#   delivery (A19); the S-300 freeze of 2010 and the 2015 decree are unilateral (A07, A10): no row.
PUT, MED, AHN, ROU, KHA, RAI, PEZ, KHAT = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani",
                                           "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian", "Mohammad Khatami")
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
RU, IR = "Russia", "Iran"
SALE = ["Ali Akbar Salehi", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
JLI = ["Saeed Jalili", "Supreme National Security Council", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
AHM = ["Ali Akbar Ahmadian", "Supreme National Security Council", IR]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]
SHO = ["Sergei Shoigu", "Russian Ministry of Defence", RU]
DEH = ["Hossein Dehghan", "Iranian Ministry of Defence", IR]
BAQ = ["Mohammad Bagheri", "General Staff of the Iranian Armed Forces", IR]
KIR, SPA = ["Sergei Kiriyenko", "Rosatom", RU], ["Nikolai Spassky", "Rosatom", RU]
ABB = ["Fereydoun Abbasi", "Fereydoun Abbasi Davani", "Atomic Energy Organization of Iran", "AEOI", IR]
BOG = ["Mikhail Bogdanov", RU]
NOV = ["Alexander Novak", RU]
ZAN = ["Bijan Namdar Zanganeh", "Ministry of Petroleum", IR]
OWJ = ["Javad Owji", "Ministry of Petroleum", IR]
SOK = ["Maxim Sokolov", "Russian Ministry of Transport", RU]
AKH = ["Abbas Akhoundi", "Ministry of Roads and Urban Development", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
SHUL = ["Nikolai Shulginov", "Russian Ministry of Energy", RU]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
LAVR, JAB = ["Alexander Lavrentiev", RU], ["Hossein Jaberi Ansari", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
LAR = ["Ali Larijani", IR]
SOLE = ["Qasem Soleimani", "Quds Force", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="A01", pub="2011-02-10", text=(
     "موسكو - روسيا اليوم: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني علي أكبر صالحي، في اتصال هاتفي أجراه الأخير مساء أمس الأربعاء، آفاق استئناف المفاوضات بين طهران والسداسية الدولية، وذلك بعد نحو ثلاثة أسابيع من جولة إسطنبول التي اختتمت يوم 22 يناير/كانون الثاني دون نتائج، بحسب ما أفاد بيان للخارجية الروسية. "
     "وأضاف البيان أن الوزيرين اتفقا على أن يلتقيا في موسكو الأسبوع المقبل لمواصلة المشاورات، فيما أكد صالحي أن بلاده لن توقف تخصيب اليورانيوم بنسبة 20 بالمئة «تحت أي ظرف»."),
     dates=[("مساء أمس الأربعاء", "2011-02-09", "r"), ("بعد نحو ثلاثة أسابيع من", None, "ignore"),
            ("22 يناير/كانون الثاني", "2011-01-22", "g"), ("الأسبوع المقبل", "2011-02-14/2011-02-20", "r")],
     contacts=[C(LAV, SALE, "phone_call", "2011-02-09"), C(LAV, SALE, "meet", "2011-02-14/2011-02-20"),
               C([RU], [IR], "meet", "2011-01-22", True)]),
dict(id="A02", pub="2011-06-16", text=(
     "الخميس 14 رجب 1432 هـ - 16 حزيران/يونيو 2011\n"
     "أستانا (العالم) - التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الروسي ديمتري مدفيديف أمس الأربعاء على هامش قمة منظمة شنغهاي للتعاون في العاصمة الكازاخية، حيث بحث الجانبان الملف النووي الإيراني والمقترح الروسي القائم على مبدأ «خطوة مقابل خطوة»، على أن يبحث أمين مجلس الأمن الروسي نيكولاي باتروشيف وأمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي تفاصيله في موسكو الشهر المقبل. "
     "وقال أحمدي نجاد للصحفيين عقب اللقاء الذي استمر 40 دقيقة إن طهران «تنظر بإيجابية» إلى الأفكار الروسية، فيما أشار مدفيديف إلى أن موسكو «لا تؤيد» فرض عقوبات أحادية جديدة على إيران."),
     dates=[("الخميس 14 رجب 1432 هـ", "2011-06-16", "h"), ("16 حزيران/يونيو 2011", "2011-06-16", "g"),
            ("أمس الأربعاء", "2011-06-15", "r"), ("الشهر المقبل", "2011-07", "r")],
     contacts=[C(MED, AHN, "meet", "2011-06-15"), C(PAT, JLI, "meet", "2011-07")]),
dict(id="A03", pub="2012-08-07", text=(
     "القاهرة - الأهرام: أعلنت الهيئة العامة للسلع التموينية أمس الاثنين شراء ١٨٠ ألف طن من القمح الروسي في مناقصة دولية شاركت فيها ٩ شركات، على أن يجري الشحن في الفترة من ١١ إلى ٢٠ سبتمبر المقبل، بسعر بلغ في المتوسط ٣٣٧ دولاراً للطن شاملاً تكاليف النقل. "
     "وقال نائب رئيس الهيئة إن روسيا لا تزال المورد الأول للقمح إلى مصر رغم موجة الجفاف التي ضربت مناطق زراعتها هذا الصيف، مشيراً إلى أن الهيئة كانت قد اشترت ٦٠ ألف طن من القمح الروماني في ١٩ يوليو الماضي، وأن المخزون الاستراتيجي يكفي حتى نهاية ديسمبر المقبل."),
     dates=[("أمس الاثنين", "2012-08-06", "r"), ("من ١١ إلى ٢٠ سبتمبر المقبل", "2012-09-11/2012-09-20", "g"),
            ("هذا الصيف", None, "ignore"), ("١٩ يوليو الماضي", "2012-07-19", "g"), ("نهاية ديسمبر المقبل", None, "ignore")],
     contacts=[]),
dict(id="A04", pub="2012-10-03", text=(
     "الأربعاء 12 مهر 1391 هـ.ش - 3 تشرين الأول/أكتوبر 2012\n"
     "طهران/إرنا - أعلن رئيس منظمة الطاقة الذرية الإيرانية فريدون عباسي دواني، اليوم، أن وفداً من شركة «روساتوم» الروسية برئاسة نائب المدير العام نيكولاي سباسكي سيصل إلى طهران يوم الأحد المقبل لبحث المرحلة النهائية من تشغيل محطة بوشهر النووية، على أن يوقع الجانبان في اليوم نفسه بروتوكولاً بشأن ضمانات الوقود والصيانة لمدة عشر سنوات. "
     "وأضاف عباسي أن الوحدة الأولى من المحطة، التي بلغت 100 بالمئة من قدرتها لأول مرة في 30 آب/أغسطس الماضي، ستسلم رسمياً إلى الجانب الإيراني مطلع العام المقبل، مشيراً إلى أنه كان قد بحث الملف مع رئيس «روساتوم» سيرغي كيريينكو في فيينا يوم 17 أيلول/سبتمبر على هامش المؤتمر العام للوكالة الدولية للطاقة الذرية."),
     dates=[("الأربعاء 12 مهر 1391 هـ.ش", "2012-10-03", "j"), ("3 تشرين الأول/أكتوبر 2012", "2012-10-03", "g"),
            ("اليوم", "2012-10-03", "r"), ("يوم الأحد المقبل", "2012-10-07", "r"), ("اليوم نفسه", None, "ignore"),
            ("30 آب/أغسطس الماضي", "2012-08-30", "g"), ("مطلع العام المقبل", None, "ignore"),
            ("17 أيلول/سبتمبر", "2012-09-17", "g")],
     contacts=[C(SPA, ABB, "meet", "2012-10-07"), C(SPA, ABB, "agreement", "2012-10-07"), C(KIR, ABB, "meet", "2012-09-17")]),
dict(id="A05", pub="2012-12-25", text=(
     "موسكو - «نوفوستي»: أجرى نائب وزير الخارجية الروسي ميخائيل بوغدانوف ونائب وزير الخارجية الإيراني للشؤون العربية والإفريقية حسين أمير عبد اللهيان، اليوم الثلاثاء، مشاورات في موسكو تناولت الأزمة السورية، وذلك غداة لقاء المبعوث الأممي والعربي الأخضر الإبراهيمي الرئيس بشار الأسد في دمشق، بحسب بيان للخارجية الروسية. "
     "وأشار البيان إلى أن الجانبين اتفقا على عقد الجولة المقبلة من المشاورات في طهران في النصف الثاني من كانون الثاني/يناير 2013، فيما رفض بوغدانوف التعليق على تقارير عن زيارة مرتقبة لوزير الخارجية السوري وليد المعلم إلى موسكو."),
     dates=[("اليوم الثلاثاء", "2012-12-25", "r"), ("غداة", None, "ignore"),
            ("النصف الثاني من كانون الثاني/يناير 2013", "2013-01-16/2013-01-31", "g")],
     contacts=[C(BOG, AMI, "meet", "2012-12-25"), C(BOG, [AMI, IR], "meet", "2013-01-16/2013-01-31")]),
dict(id="A06", pub="2013-12-21", text=(
     "بغداد/ شفق نيوز - أعلنت هيئة المنافذ الحدودية، اليوم السبت، دخول أكثر من 400 ألف زائر إيراني عبر منفذي زرباطية والشلامجة منذ مطلع كانون الأول الجاري، لإحياء زيارة الأربعين التي تصادف العشرين من صفر، الموافق الاثنين 23 كانون الأول. "
     "وقال مدير إعلام الهيئة في تصريح لشفق نيوز إن المنافذ تعمل على مدار 24 ساعة، وإن أعداد الزائرين مرشحة للارتفاع خلال الأيام المقبلة، مشيراً إلى أن السلطات الإيرانية كانت قد طلبت في تشرين الثاني الماضي زيادة عدد الحافلات المخصصة لنقلهم إلى كربلاء."),
     dates=[("اليوم السبت", "2013-12-21", "r"), ("مطلع كانون الأول الجاري", "2013-12-01/2013-12-10", "g"),
            ("زيارة الأربعين", None, "ignore"), ("العشرين من صفر", "2013-12-23", "h"), ("الاثنين 23 كانون الأول", "2013-12-23", "g"),
            ("الأيام المقبلة", None, "ignore"), ("تشرين الثاني الماضي", "2013-11", "g")],
     contacts=[]),
# ---- A07: whole article (headline, two-calendar header with a Hijri date without هـ, dateline) ----
dict(id="A07", pub="2013-09-14", text=(
     "روحاني وبوتين يلتقيان للمرة الأولى في بيشكك ويتفقان على تسريع التعاون\n"
     "السبت 14 أيلول/سبتمبر 2013 - 8 ذو القعدة 1434\n"
     "بيشكك - الميادين نت: التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين مساء أمس الجمعة على هامش قمة منظمة شنغهاي للتعاون في العاصمة القرغيزية، في أول لقاء بين الرجلين منذ تولي روحاني مهامه رسمياً في الثالث من آب/أغسطس الماضي. "
     "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيسين بحثا الملف النووي الإيراني والأزمة السورية، حيث أكد بوتين أن موسكو «تعارض أي تدخل عسكري خارجي» في سوريا، فيما وصف روحاني المبادرة الروسية بشأن الأسلحة الكيميائية السورية بأنها «خطوة في الاتجاه الصحيح». "
     "وبحسب وكالة «إرنا»، فقد أبلغ روحاني نظيره الروسي أن بلاده مستعدة لاستئناف المفاوضات مع مجموعة 5+1 «من دون إبطاء»، فيما اتفق الجانبان على أن تعقد اللجنة الاقتصادية المشتركة اجتماعها المقبل في طهران خلال تشرين الثاني/نوفمبر المقبل. "
     "كما أعلن بيسكوف أن وزير الخارجية الروسي سيرغي لافروف سيزور طهران في كانون الأول/ديسمبر المقبل للتحضير لزيارة يقوم بها بوتين إلى إيران لم يحدد موعدها بعد. "
     "وكان بوتين قد هنأ روحاني بفوزه في الانتخابات الرئاسية في برقية بعث بها يوم 15 حزيران/يونيو، أعرب فيها عن ثقته بأن العلاقات بين البلدين «ستواصل تطورها»، قبل أن يجري الرئيسان أول اتصال هاتفي بينهما في 8 آب/أغسطس. "
     "وسبق اللقاء اجتماع بين وزير الخارجية الإيراني محمد جواد ظريف ونظيره الروسي صباح الجمعة في مقر انعقاد القمة، تناول التحضير لاجتماع وزراء خارجية إيران ومجموعة 5+1 في نيويورك أواخر الشهر الجاري على هامش أعمال الجمعية العامة للأمم المتحدة. "
     "يذكر أن آخر زيارة لرئيس روسي إلى طهران تعود إلى 16 تشرين الأول/أكتوبر 2007، حين شارك بوتين في قمة الدول المطلة على بحر قزوين والتقى المرشد الأعلى علي خامنئي والرئيس السابق محمود أحمدي نجاد. "
     "ومن المنتظر أن يلتقي الرئيسان مجدداً في قمة بحر قزوين المقبلة في أستراخان الروسية عام 2014، وفق ما ذكرت الرئاسة الإيرانية. "
     "وفي سياق متصل، قال نائب وزير الخارجية الروسي سيرغي ريابكوف اليوم السبت إن بناء وحدة ثانية في محطة بوشهر النووية، التي ربطت بالشبكة الكهربائية في 3 أيلول/سبتمبر 2011، سيكون محور مباحثات يجريها رئيس «روساتوم» سيرغي كيريينكو في طهران خلال الأسابيع المقبلة. "
     "ويرى مراقبون أن اللقاء الأول بين روحاني وبوتين يفتح صفحة جديدة في العلاقات بعد فتور شابها إثر تجميد موسكو صفقة صواريخ «إس-300» عام 2010."),
     dates=[("السبت 14 أيلول/سبتمبر 2013", "2013-09-14", "g"), ("8 ذو القعدة 1434", "2013-09-14", "h"),
            ("مساء أمس الجمعة", "2013-09-13", "r"), ("الثالث من آب/أغسطس الماضي", "2013-08-03", "g"),
            ("تشرين الثاني/نوفمبر المقبل", "2013-11", "g"), ("كانون الأول/ديسمبر المقبل", "2013-12", "g"),
            ("15 حزيران/يونيو", "2013-06-15", "g"), ("8 آب/أغسطس", "2013-08-08", "g"), ("صباح الجمعة", "2013-09-13", "r"),
            ("أواخر الشهر الجاري", "2013-09-21/2013-09-30", "r"), ("16 تشرين الأول/أكتوبر 2007", "2007-10-16", "g"),
            ("عام 2014", "2014", "g"), ("اليوم السبت", "2013-09-14", "r"), ("3 أيلول/سبتمبر 2011", "2011-09-03", "g"),
            ("خلال الأسابيع المقبلة", None, "ignore"), ("عام 2010", "2010", "g")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C([RU], [IR], "meet", "2013-11", True), C(LAV, [ZAR, IR], "meet", "2013-12"),
               C(PUT, [ROU, IR], "meet", None, True), C(PUT, ROU, "message", "2013-06-15"),
               C(PUT, ROU, "phone_call", "2013-08-08"), C(LAV, ZAR, "meet", "2013-09-13"),
               C([LAV, RU], [ZAR, IR], "meet", "2013-09-21/2013-09-30", True),
               C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHN, "meet", "2007-10-16"), C(PUT, ROU, "meet", "2014"),
               C(KIR, [IR], "meet", None, True)]),
dict(id="A08", pub="2014-08-06", text=(
     "موسكو: «الشرق الأوسط» - وقع وزير الطاقة الروسي ألكسندر نوفاك ووزير النفط الإيراني بيجن نامدار زنغنه، أمس (الثلاثاء) في موسكو، مذكرة تفاهم للتعاون في قطاعي النفط والكهرباء لمدة خمس سنوات، وذلك في ختام اجتماعات الدورة الحادية عشرة للجنة الحكومية المشتركة التي يرأسها الوزيران. "
     "وقال نوفاك إن الجانبين سيبحثان في الاجتماع المقبل للجنة، المقرر في طهران خلال النصف الأول من العام المقبل، صفقة «النفط مقابل السلع» التي تقدر قيمتها بنحو 20 مليار دولار، فيما كانت وزارة الخارجية الأميركية قد حذرت في يناير (كانون الثاني) الماضي من أن أي اتفاق مماثل قد يعرض الشركات الروسية لعقوبات."),
     dates=[("أمس (الثلاثاء)", "2014-08-05", "r"), ("النصف الأول من العام المقبل", "2015-01-01/2015-06-30", "r"),
            ("يناير (كانون الثاني) الماضي", "2014-01", "g")],
     contacts=[C(NOV, ZAN, "agreement", "2014-08-05"), C(NOV, ZAN, "meet", "2014-08-05", True),
               C(NOV, ZAN, "meet", "2015-01-01/2015-06-30", True)]),
dict(id="A09", pub="2014-05-20", text=(
     "تونس (وات) - أعلنت الجامعة التونسية لكرة القدم اليوم الثلاثاء أن المنتخب الوطني سيواجه نظيره الإيراني وديا يوم الأحد غرة جوان بالملعب الأولمبي برادس انطلاقا من الساعة السابعة مساء، في إطار استعدادات المنتخب الإيراني لنهائيات كأس العالم 2014 بالبرازيل. "
     "وأوضحت الجامعة في بلاغ أن الإطار الفني سيشرف على حصتين تقييميتين يومي 24 و25 ماي قبل ضبط القائمة النهائية المتكونة من 23 لاعبا، فيما يدخل اللاعبون في تربص مغلق بعين دراهم بداية من 26 ماي الجاري. "
     "وكان المنتخبان قد التقيا آخر مرة وديا في مارس 2006 بتونس وانتهت المباراة بالتعادل 1-1."),
     dates=[("اليوم الثلاثاء", "2014-05-20", "r"), ("الأحد غرة جوان", "2014-06-01", "g"), ("كأس العالم 2014", None, "ignore"),
            ("24", "2014-05-24", "g"), ("25 ماي", "2014-05-25", "g"), ("26 ماي الجاري", "2014-05-26", "g"),
            ("مارس 2006", "2006-03", "g")],
     contacts=[]),
dict(id="A10", pub="2015-04-14", text=(
     "موسكو - (سبوتنيك): وقع الرئيس الروسي فلاديمير بوتين أمس الاثنين مرسوماً يرفع الحظر عن تسليم منظومات «إس-300» للدفاع الجوي إلى إيران، بعد أقل من أسبوعين على التوصل إلى اتفاق الإطار بين طهران ومجموعة 5+1 في لوزان في الثاني من نيسان/أبريل. "
     "وقال وزير الخارجية سيرغي لافروف إن موسكو كانت قد جمدت بمبادرة طوعية في أيلول/سبتمبر 2010 تنفيذ العقد الموقع مع طهران عام 2007 بقيمة 800 مليون دولار، مشيراً إلى أنه أبلغ نظيره الإيراني محمد جواد ظريف بالقرار في اتصال هاتفي مساء أمس. "
     "ومن المقرر أن يزور وزير الدفاع الإيراني العميد حسين دهقان موسكو الخميس المقبل للمشاركة في مؤتمر موسكو للأمن الدولي، حيث سيلتقي نظيره الروسي سيرغي شويغو."),
     dates=[("أمس الاثنين", "2015-04-13", "r"), ("بعد أقل من أسبوعين على", None, "ignore"),
            ("الثاني من نيسان/أبريل", "2015-04-02", "g"), ("أيلول/سبتمبر 2010", "2010-09", "g"), ("عام 2007", "2007", "g"),
            ("مساء أمس", "2015-04-13", "r"), ("الخميس المقبل", "2015-04-16", "r")],
     contacts=[C([RU, LAV], [IR, ZAR], "agreement", "2015-04-02", True), C([RU], [IR], "agreement", "2007"),
               C(LAV, ZAR, "phone_call", "2015-04-13"), C(SHO, DEH, "meet", "2015-04-16")]),
dict(id="A11", pub="2015-08-07", text=(
     "موسكو - (أ ف ب): نفى المتحدث باسم الكرملين ديمتري بيسكوف، اليوم الجمعة، أن يكون الرئيس فلاديمير بوتين قد استقبل قائد «فيلق القدس» في الحرس الثوري الإيراني اللواء قاسم سليماني خلال زيارة قيل إنه قام بها إلى موسكو في 24 تموز/يوليو، مؤكداً أنه «لا يملك معلومات عن زيارة كهذه». "
     "ويأتي النفي بعد أن أفادت شبكة «فوكس نيوز» الأميركية الخميس بأن سليماني التقى أيضاً وزير الدفاع سيرغي شويغو، وهو ما لم تعلق عليه وزارة الدفاع الروسية، في حين دعت واشنطن موسكو إلى احترام حظر السفر المفروض على سليماني بموجب القرار 1747. "
     "في المقابل، أعلنت الخارجية الإيرانية أن نائب وزير الخارجية حسين أمير عبد اللهيان سيجري مشاورات مع المبعوث الرئاسي الروسي ميخائيل بوغدانوف في طهران الأسبوع المقبل حول الأزمة السورية."),
     dates=[("اليوم الجمعة", "2015-08-07", "r"), ("24 تموز/يوليو", "2015-07-24", "g"), ("الخميس", "2015-08-06", "r"),
            ("الأسبوع المقبل", "2015-08-10/2015-08-16", "r")],
     contacts=[C(SHO, SOLE, "meet", "2015-07-24", True), C(BOG, AMI, "meet", "2015-08-10/2015-08-16")]),
dict(id="A12", pub="2016-08-09", text=(
     "باكو (العالم) - عقد رؤساء إيران حسن روحاني وروسيا فلاديمير بوتين وأذربيجان إلهام علييف، أمس الاثنين، في باكو أول قمة ثلاثية بين بلدانهم، صدر في ختامها بيان مشترك يدعو إلى تسريع إنجاز ممر «شمال - جنوب» للنقل، فيما التقى روحاني وبوتين على انفراد لنحو ساعة قبل انطلاق القمة. "
     "وكشف وزير الطرق وبناء المدن الإيراني عباس آخوندي أنه سيوقع مع نظيره الروسي مكسيم سوكولوف اتفاقاً لتمويل خط سكة حديد رشت - آستارا خلال زيارة إلى موسكو بين 22 و24 آب/أغسطس الجاري، على أن تستضيف طهران القمة الثلاثية المقبلة عام 2017. "
     "وكان الرئيسان الإيراني والروسي قد التقيا في أوفا الروسية في 9 تموز/يوليو 2015 على هامش قمتي «بريكس» وشنغهاي، ثم في طهران في 23 تشرين الثاني/نوفمبر من العام نفسه."),
     dates=[("أمس الاثنين", "2016-08-08", "r"), ("بين 22 و24 آب/أغسطس الجاري", "2016-08-22/2016-08-24", "g"),
            ("عام 2017", "2017", "g"), ("9 تموز/يوليو 2015", "2015-07-09", "g"),
            ("23 تشرين الثاني/نوفمبر من العام نفسه", "2015-11-23", "g")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(SOK, AKH, "agreement", "2016-08-22/2016-08-24"), C(SOK, AKH, "meet", "2016-08-22/2016-08-24", True),
               C(PUT, ROU, "meet", "2017"), C(PUT, ROU, "meet", "2015-07-09"), C(PUT, ROU, "meet", "2015-11-23")]),
dict(id="A13", pub="2016-09-12", text=(
     "بيروت - «النهار»: تدخل الهدنة التي توصل إليها وزيرا الخارجية الأميركي جون كيري والروسي سيرغي لافروف في جنيف فجر السبت حيز التنفيذ عند السابعة من مساء اليوم، تزامناً مع أول أيام عيد الأضحى، على أن تمتد 48 ساعة قابلة للتجديد. "
     "وينص الاتفاق على إنشاء «مركز تنفيذ مشترك» أميركي - روسي بعد أسبوع من صمود الهدنة، في حين أعلنت طهران، حليفة دمشق، «ترحيبها الحذر» بالاتفاق، ودعت إلى «عدم استغلاله لإعادة تسليح الإرهابيين». "
     "وكانت هدنة سابقة أُعلنت في 27 شباط الفائت قد انهارت عملياً في نيسان بعد معارك ريف حلب الجنوبي."),
     dates=[("فجر السبت", "2016-09-10", "r"), ("مساء اليوم", "2016-09-12", "r"), ("أول أيام عيد الأضحى", None, "ignore"),
            ("بعد أسبوع من", None, "ignore"), ("27 شباط الفائت", "2016-02-27", "g"), ("نيسان", "2016-04", "g")],
     contacts=[]),
dict(id="A14", pub="2017-03-23", text=(
     "طهران/ 3 فروردين/ إرنا - أعلن المتحدث باسم الحكومة الإيرانية محمد باقر نوبخت، اليوم الخميس، أن الرئيس حسن روحاني سيتوجه إلى موسكو يوم الاثنين المقبل في زيارة رسمية تستمر يومين، يجري خلالها مباحثات مع نظيره الروسي فلاديمير بوتين في الكرملين الثلاثاء 28 آذار/مارس (8 فروردين)، على أن يوقع وزراء البلدين بحضور الرئيسين أكثر من 10 وثائق للتعاون في مجالات الطاقة والنقل والمصارف. "
     "وأضاف نوبخت أن روحاني سيلتقي في اليوم نفسه رئيس الوزراء الروسي ديمتري مدفيديف، فيما كان آخر لقاء بين الرئيسين قد جمعهما في باكو في آب/أغسطس من العام الماضي خلال القمة الثلاثية مع أذربيجان."),
     dates=[("3 فروردين", "2017-03-23", "j"), ("اليوم الخميس", "2017-03-23", "r"), ("يوم الاثنين المقبل", "2017-03-27", "r"),
            ("الثلاثاء 28 آذار/مارس", "2017-03-28", "g"), ("8 فروردين", "2017-03-28", "j"), ("اليوم نفسه", None, "ignore"),
            ("آب/أغسطس من العام الماضي", "2016-08", "g")],
     contacts=[C([PUT, RU], ROU, "meet", "2017-03-27", True), C(PUT, ROU, "meet", "2017-03-28"),
               C([PUT, RU], [ROU, IR], "agreement", "2017-03-28"), C(MED, ROU, "meet", "2017-03-28"),
               C(PUT, ROU, "meet", "2016-08")]),
dict(id="A15", pub="2017-07-05", text=(
     "أستانا - سبوتنيك: عقد رئيس الوفد الروسي إلى محادثات أستانا ألكسندر لافرينتييف ومساعد وزير الخارجية الإيراني حسين جابري أنصاري ونائب وزير الخارجية التركي سادات أونال، اليوم الأربعاء، اجتماعاً ثلاثياً استمر أكثر من ثلاث ساعات، صدر في ختامه بيان مشترك أكد التزام الدول الضامنة بنظام وقف الأعمال القتالية، بحسب ما أفاد مصدر في الوفد الروسي. "
     "وقال لافرينتييف للصحفيين إن الدول الثلاث لم تتمكن من التوافق على خرائط مناطق خفض التصعيد، مرجحاً أن تعقد الجولة المقبلة في النصف الثاني من آب/أغسطس، وذلك بعد أن كان قد أجرى أمس الثلاثاء لقاءً ثنائياً مع جابري أنصاري. "
     "وكانت الدول الضامنة قد وقعت في الرابع من أيار/مايو مذكرة إنشاء المناطق الأربع لخفض التصعيد في سوريا."),
     dates=[("اليوم الأربعاء", "2017-07-05", "r"), ("النصف الثاني من آب/أغسطس", "2017-08-16/2017-08-31", "g"),
            ("أمس الثلاثاء", "2017-07-04", "r"), ("الرابع من أيار/مايو", "2017-05-04", "g")],
     contacts=[C(LAVR, JAB, "meet", "2017-07-05"), C(LAVR, JAB, "agreement", "2017-07-05", True),
               C(LAVR, JAB, "meet", "2017-08-16/2017-08-31", True), C(LAVR, JAB, "meet", "2017-07-04"),
               C([RU, LAVR[0]], [IR, JAB[0]], "agreement", "2017-05-04")]),
dict(id="A16", pub="2017-12-15", text=(
     "الجمعة، 15 ديسمبر 2017 02:30 م\n"
     "وقع وزير الطيران المدني المصري شريف فتحي ووزير النقل الروسي مكسيم سوكولوف، اليوم الجمعة في موسكو، بروتوكول تعاون في مجال أمن الطيران المدني، يمهد لاستئناف الرحلات الجوية المباشرة بين القاهرة وموسكو المتوقفة منذ 31 أكتوبر 2015 إثر سقوط الطائرة الروسية فوق سيناء. "
     "وقال سوكولوف إن الرحلات قد تستأنف مطلع فبراير المقبل، فيما كان الرئيس فلاديمير بوتين قد أعلن خلال زيارته القاهرة الاثنين الماضي أن موسكو «مستعدة» لذلك. "
     "وتشير بيانات وزارة السياحة إلى أن نحو 3 ملايين سائح روسي زاروا مصر في 2014، مقابل أقل من 100 ألف في العام الجاري."),
     dates=[("الجمعة، 15 ديسمبر 2017", "2017-12-15", "g"), ("اليوم الجمعة", "2017-12-15", "r"), ("31 أكتوبر 2015", "2015-10-31", "g"),
            ("مطلع فبراير المقبل", "2018-02-01/2018-02-10", "g"), ("الاثنين الماضي", "2017-12-11", "r"), ("2014", "2014", "g"),
            ("العام الجاري", "2017", "r")],
     contacts=[]),
# ---- A17: whole article (headline, Solar Hijri + Gregorian header, IRNA dateline) ----
dict(id="A17", pub="2018-09-07", text=(
     "قمة طهران الثلاثية تؤكد «الحل السياسي» في سوريا وروحاني يبحث مع بوتين مواجهة العقوبات\n"
     "الجمعة 16 شهريور 1397 - 7 سبتمبر 2018\n"
     "طهران/ 7 أيلول/ إرنا - استضافت طهران اليوم الجمعة القمة الثلاثية الثالثة للدول الضامنة لمسار أستانا، بمشاركة الرؤساء الإيراني حسن روحاني والروسي فلاديمير بوتين والتركي رجب طيب أردوغان، حيث خصصت لبحث الأوضاع في محافظة إدلب السورية. "
     "وقبل انطلاق القمة، عقد روحاني وبوتين لقاءً ثنائياً في مجمع سعد آباد، تناول سبل مواجهة العقوبات الأميركية التي عاد العمل بحزمتها الأولى في السابع من آب/أغسطس الماضي، على أن تدخل الحزمة الثانية التي تستهدف قطاع النفط حيز التنفيذ في 4 تشرين الثاني/نوفمبر المقبل. "
     "وقال روحاني في المؤتمر الصحفي المشترك إن «الإرهاب يجب أن يُجتث من إدلب»، فيما حذر أردوغان من «حمام دم» في المحافظة، بينما أكد بوتين أن للحكومة السورية «الحق في استعادة السيطرة على كامل أراضيها». "
     "وصدر في ختام القمة بيان ختامي من 12 بنداً، اتفق فيه الرؤساء على عقد القمة المقبلة في روسيا، بحسب ما أعلن المتحدث باسم الخارجية الإيرانية بهرام قاسمي. "
     "وكان وزير الخارجية محمد جواد ظريف قد التقى نظيره الروسي سيرغي لافروف مساء أمس الخميس لوضع اللمسات الأخيرة على البيان. "
     "وهذه ثالث زيارة يقوم بها بوتين إلى طهران منذ عام 2015، إذ شارك في قمة الدول المصدرة للغاز في 23 تشرين الثاني/نوفمبر من ذلك العام، ثم في القمة الثلاثية مع أذربيجان في الأول من تشرين الثاني/نوفمبر 2017، والتقى في الزيارتين قائد الثورة الإسلامية آية الله السيد علي خامنئي. "
     "كما التقى الرئيسان الإيراني والروسي في 12 آب/أغسطس الماضي في مدينة أكتاو الكازاخية، على هامش قمة الدول المطلة على بحر قزوين التي شهدت توقيع اتفاقية الوضع القانوني للبحر بعد مفاوضات استمرت أكثر من 20 عاماً. "
     "ومن المقرر أن يلتقي وزير الطاقة الروسي ألكسندر نوفاك وزير النفط الإيراني بيجن زنغنه في موسكو الأسبوع المقبل لبحث آلية لمبادلة النفط الإيراني بالسلع الروسية. "
     "في المقابل، نفى الكرملين ما تناقلته وسائل إعلام غربية عن اتصال هاتفي أجراه بوتين مع الرئيس الأميركي دونالد ترامب قبيل القمة. "
     "يذكر أن القمة الثلاثية الأولى عقدت في سوتشي الروسية في 22 تشرين الثاني/نوفمبر 2017، تلتها قمة أنقرة في 4 نيسان/أبريل الماضي."),
     dates=[("الجمعة 16 شهريور 1397", "2018-09-07", "j"), ("7 سبتمبر 2018", "2018-09-07", "g"), ("7 أيلول", "2018-09-07", "g"),
            ("اليوم الجمعة", "2018-09-07", "r"), ("قبل انطلاق القمة", None, "ignore"),
            ("السابع من آب/أغسطس الماضي", "2018-08-07", "g"), ("4 تشرين الثاني/نوفمبر المقبل", "2018-11-04", "g"),
            ("مساء أمس الخميس", "2018-09-06", "r"), ("عام 2015", "2015", "g"),
            ("23 تشرين الثاني/نوفمبر من ذلك العام", "2015-11-23", "g"), ("الأول من تشرين الثاني/نوفمبر 2017", "2017-11-01", "g"),
            ("12 آب/أغسطس الماضي", "2018-08-12", "g"), ("الأسبوع المقبل", "2018-09-10/2018-09-16", "r"),
            ("قبيل القمة", None, "ignore"), ("22 تشرين الثاني/نوفمبر 2017", "2017-11-22", "g"),
            ("4 نيسان/أبريل الماضي", "2018-04-04", "g")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True),
               C(PUT, ROU, "meet", None, True), C(LAV, ZAR, "meet", "2018-09-06"),
               C(PUT, KHA, "meet", "2015-11-23"), C(PUT, [ROU, IR], "meet", "2015-11-23", True),
               C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"),
               C(PUT, ROU, "meet", "2018-08-12"), C([PUT, RU], [ROU, IR], "agreement", "2018-08-12", True),
               C(NOV, ZAN, "meet", "2018-09-10/2018-09-16"), C(PUT, ROU, "meet", "2017-11-22"), C(PUT, ROU, "meet", "2018-04-04")]),
dict(id="A18", pub="2018-05-14", text=(
     "موسكو - الجزيرة نت: يلتقي وزير الخارجية الإيراني محمد جواد ظريف اليوم الاثنين في موسكو نظيره الروسي سيرغي لافروف، ضمن جولة تهدف إلى إنقاذ الاتفاق النووي بعد انسحاب الولايات المتحدة منه في الثامن من الشهر الجاري، وذلك بعد أن أجرى أمس الأحد في بكين مباحثات مع نظيره الصيني وانغ يي. "
     "ومن المقرر أن يتوجه ظريف غداً الثلاثاء إلى بروكسل للقاء نظرائه في الترويكا الأوروبية، فيما قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن بلاده ستشارك في اجتماع اللجنة المشتركة للاتفاق على مستوى نواب الوزراء في فيينا يوم 25 مايو/أيار."),
     dates=[("اليوم الاثنين", "2018-05-14", "r"), ("الثامن من الشهر الجاري", "2018-05-08", "g"), ("أمس الأحد", "2018-05-13", "r"),
            ("غداً الثلاثاء", "2018-05-15", "r"), ("25 مايو/أيار", "2018-05-25", "g")],
     contacts=[C(LAV, ZAR, "meet", "2018-05-14"), C(["Sergei Ryabkov", RU], [ARA, IR], "meet", "2018-05-25", True)]),
dict(id="A19", pub="2019-04-09", text=(
     "طهران (العالم) - أعلن المتحدث باسم جمعية الهلال الأحمر الإيراني، اليوم الثلاثاء، أن حصيلة ضحايا السيول التي تضرب البلاد منذ 28 إسفند الماضي (19 آذار/مارس) ارتفعت إلى 70 قتيلاً، فيما تضررت أكثر من 1900 مدينة وقرية في 25 محافظة. "
     "وأضاف المتحدث أن الأمطار ستتواصل حتى يوم الجمعة المقبل، مشيراً إلى أن الحكومة مددت عطلة النوروز في محافظتي لرستان وخوزستان إلى 17 فروردين (6 نيسان/أبريل)، فيما وصلت أمس إلى مطار مهرآباد طائرة تابعة لوزارة الطوارئ الروسية تحمل 30 طناً من المساعدات الإنسانية."),
     dates=[("اليوم الثلاثاء", "2019-04-09", "r"), ("28 إسفند الماضي", "2019-03-19", "j"), ("19 آذار/مارس", "2019-03-19", "g"),
            ("يوم الجمعة المقبل", "2019-04-12", "r"), ("عطلة النوروز", None, "ignore"), ("17 فروردين", "2019-04-06", "j"),
            ("6 نيسان/أبريل", "2019-04-06", "g"), ("أمس", "2019-04-08", "r")],
     contacts=[]),
dict(id="A20", pub="2019-06-16", text=(
     "الأحد 13 شوال 1440هـ الموافق 16 يونيو 2019م\n"
     "دوشنبه - (د ب أ): التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين أمس السبت في العاصمة الطاجيكية على هامش قمة مؤتمر التفاعل وإجراءات بناء الثقة في آسيا «سيكا»، وذلك غداة مشاركة بوتين في قمة منظمة شنغهاي للتعاون في بيشكك. "
     "وقال روحاني خلال اللقاء إن إيران «لا يمكنها أن تبقى وحدها ملتزمة بالاتفاق النووي»، فيما أعلن مساعد الرئيس الروسي يوري أوشاكوف أن الرئيسين اتفقا على الالتقاء مجدداً في القمة الثلاثية للدول الضامنة لمسار أستانا المقررة في أنقرة في 16 أيلول/سبتمبر المقبل. "
     "وكان الرئيسان قد تحادثا هاتفياً في 28 نيسان/أبريل الماضي، بحسب الكرملين."),
     dates=[("الأحد 13 شوال 1440هـ", "2019-06-16", "h"), ("16 يونيو 2019م", "2019-06-16", "g"), ("أمس السبت", "2019-06-15", "r"),
            ("غداة", None, "ignore"), ("16 أيلول/سبتمبر المقبل", "2019-09-16", "g"), ("28 نيسان/أبريل الماضي", "2019-04-28", "g")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-09-16"), C(PUT, ROU, "phone_call", "2019-04-28")]),
dict(id="A21", pub="2020-07-22", text=(
     "بيروت - الميادين: أعلن وزير الخارجية الإيراني محمد جواد ظريف أنه سلّم أمس الثلاثاء في موسكو رسالة «مهمة» من الرئيس حسن روحاني إلى الرئيس الروسي فلاديمير بوتين، خلال لقائه نظيره سيرغي لافروف، مشيراً إلى أن الرسالة تتعلق بالاتفاق النووي وبحظر الأسلحة الأممي الذي ينتهي في 18 تشرين الأول/أكتوبر المقبل بموجب القرار 2231. "
     "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن بوتين «لم يلتق ظريف» خلال الزيارة، على أن يصل الرد على الرسالة «عبر القنوات الدبلوماسية»، فيما لفت لافروف إلى أن الجانبين سيعملان على تمديد معاهدة أسس العلاقات ومبادئ التعاون الموقعة في 12 آذار/مارس 2001 لعشرين عاماً إضافية."),
     dates=[("أمس الثلاثاء", "2020-07-21", "r"), ("18 تشرين الأول/أكتوبر المقبل", "2020-10-18", "g"),
            ("12 آذار/مارس 2001", "2001-03-12", "g")],
     contacts=[C(LAV, ZAR, "meet", "2020-07-21"), C(PUT, ROU, "message", "2020-07-21"), C(PUT, ROU, "message", None, True),
               C([PUT, RU], [KHAT, IR], "agreement", "2001-03-12"),
               C([RU, LAV], [IR, ZAR], "agreement", None, True)]),
dict(id="A22", pub="2020-12-21", text=(
     "الجزائر - الشروق: أعلن الوزير الأول عبد العزيز جراد، أمس الأحد، أن الجزائر ستشرع في حملة التلقيح ضد فيروس كورونا ابتداء من شهر جانفي المقبل، بعد أن وقع اختيارها على اللقاح الروسي «سبوتنيك V»، مشيرا إلى أن الدفعة الأولى المقدرة بـ500 ألف جرعة ستصل قبل نهاية الشهر الجاري. "
     "وأوضح جراد، عقب اجتماع اللجنة العلمية لمتابعة تطور جائحة كوفيد-19، أن الحجر الجزئي المنزلي سيمدد في 29 ولاية من الساعة الثامنة مساء إلى الخامسة صباحا لمدة 15 يوما ابتداء من الثلاثاء 22 ديسمبر، علما أن أول إصابة بالفيروس سجلت في البلاد يوم 25 فيفري الماضي."),
     dates=[("أمس الأحد", "2020-12-20", "r"), ("شهر جانفي المقبل", "2021-01", "g"), ("نهاية الشهر الجاري", None, "ignore"),
            ("الثلاثاء 22 ديسمبر", "2020-12-22", "g"), ("25 فيفري الماضي", "2020-02-25", "g")],
     contacts=[]),
dict(id="A23", pub="2021-08-05", text=(
     "الخميس 26 ذي الحجة 1442 هـ - 5 آب/أغسطس 2021\n"
     "طهران (العالم) - التقى الرئيس الإيراني السيد إبراهيم رئيسي، اليوم الخميس، رئيس مجلس الدوما الروسي فياتشيسلاف فولودين على هامش مراسم أداء اليمين الدستورية أمام مجلس الشورى الإسلامي، حيث سلّمه فولودين رسالة تهنئة من الرئيس فلاديمير بوتين، وأكد الجانبان ضرورة الإسراع في إنجاز وثيقة التعاون طويل الأمد. "
     "وقال فولودين إن الرئيس بوتين يتطلع إلى لقاء رئيسي «في أقرب فرصة»، فيما كان بوتين قد هنأ رئيسي بفوزه في اتصال هاتفي يوم 21 حزيران/يونيو، بعد ثلاثة أيام من انتخابات 18 حزيران/يونيو. "
     "ومن المقرر أن يلتقي رئيس مجلس الشورى الإسلامي محمد باقر قاليباف بفولودين مساء اليوم لبحث التعاون البرلماني."),
     dates=[("الخميس 26 ذي الحجة 1442 هـ", "2021-08-05", "h"), ("5 آب/أغسطس 2021", "2021-08-05", "g"),
            ("اليوم الخميس", "2021-08-05", "r"), ("في أقرب فرصة", None, "ignore"), ("21 حزيران/يونيو", "2021-06-21", "g"),
            ("بعد ثلاثة أيام من", None, "ignore"), ("18 حزيران/يونيو", "2021-06-18", "g"), ("مساء اليوم", "2021-08-05", "r")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-08-05"), C(PUT, RAI, "meet", None, True),
               C(PUT, RAI, "phone_call", "2021-06-21"), C(VOL, GHA, "meet", "2021-08-05")]),
dict(id="A24", pub="2021-09-17", text=(
     "دوشنبه - سبوتنيك: وافق قادة الدول الأعضاء في منظمة شنغهاي للتعاون، اليوم الجمعة، خلال قمتهم في العاصمة الطاجيكية على بدء إجراءات انضمام إيران إلى المنظمة بصفة عضو كامل، في خطوة رحب بها الرئيس الإيراني إبراهيم رئيسي الذي يشارك شخصياً في القمة، بينما شارك الرئيس الروسي فلاديمير بوتين عبر تقنية الفيديو بسبب خضوعه للعزل الذاتي منذ 14 أيلول/سبتمبر. "
     "وكان الكرملين قد أعلن أن اللقاء الذي كان مقرراً بين الرئيسين على هامش القمة أُلغي، على أن يتفق الجانبان على موعد جديد عبر القنوات الدبلوماسية. "
     "ويعود آخر اتصال هاتفي بين بوتين ورئيسي إلى 10 آب/أغسطس الماضي، حين بحثا الملف النووي والوضع في أفغانستان."),
     dates=[("اليوم الجمعة", "2021-09-17", "r"), ("14 أيلول/سبتمبر", "2021-09-14", "g"), ("10 آب/أغسطس الماضي", "2021-08-10", "g")],
     contacts=[C(PUT, RAI, "meet", "2021-09-17", True), C(PUT, RAI, "phone_call", "2021-09-17", True),
               C(PUT, RAI, "meet", None, True), C(PUT, RAI, "phone_call", "2021-08-10")]),
dict(id="A25", pub="2022-01-21", text=(
     "موسكو: «الشرق الأوسط» - أجرى الرئيس الإيراني إبراهيم رئيسي محادثات مع نظيره الروسي فلاديمير بوتين في الكرملين، أول من أمس (الأربعاء)، استمرت نحو ثلاث ساعات، قدم خلالها رئيسي مسودة وثيقة للتعاون الاستراتيجي لمدة 20 عاماً، قبل أن يلقي أمس (الخميس) كلمة أمام مجلس الدوما ويلتقي رئيسه فياتشيسلاف فولودين. "
     "وأعلن وزير النفط الإيراني جواد أوجي، الذي رافق رئيسي، أنه وقع مع نائب رئيس الوزراء الروسي ألكسندر نوفاك على هامش محادثات الرئيسين «اتفاقات مهمة» في مجالي النفط والغاز، من دون أن يكشف تفاصيلها، على أن تعقد اللجنة الاقتصادية المشتركة اجتماعها المقبل في موسكو أواخر مايو (أيار) المقبل. "
     "وهذه أول زيارة رسمية لرئيس إيراني إلى روسيا منذ زيارة حسن روحاني في مارس (آذار) 2017."),
     dates=[("أول من أمس (الأربعاء)", "2022-01-19", "r"), ("أمس (الخميس)", "2022-01-20", "r"),
            ("أواخر مايو (أيار) المقبل", "2022-05-21/2022-05-31", "g"), ("مارس (آذار) 2017", "2017-03", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(VOL, RAI, "meet", "2022-01-20"), C(NOV, OWJ, "agreement", "2022-01-19"),
               C(NOV, OWJ, "meet", "2022-01-19", True), C([RU], [IR], "meet", "2022-05-21/2022-05-31", True),
               C([PUT, RU], ROU, "meet", "2017-03")]),
dict(id="A26", pub="2022-07-23", text=(
     "السبت، 23 يوليو 2022 10:15 ص\n"
     "وقعت روسيا وأوكرانيا، أمس الجمعة في إسطنبول، اتفاقين منفصلين مع تركيا والأمم المتحدة لاستئناف تصدير الحبوب عبر موانئ البحر الأسود، بحضور الرئيس التركي رجب طيب أردوغان والأمين العام للأمم المتحدة أنطونيو غوتيريش، على أن يبدأ تشغيل مركز التنسيق المشترك في إسطنبول خلال أيام. "
     "وقال وزير التموين علي المصيلحي إن مصر، أكبر مستورد للقمح في العالم، تملك احتياطياً يكفي حتى منتصف يناير 2023، مشيراً إلى أن أسعار القمح ارتفعت بنسبة 45% منذ 24 فبراير الماضي، فيما تراجعت واردات مصر من أوكرانيا إلى أقل من 10% من إجمالي مشترياتها."),
     dates=[("السبت، 23 يوليو 2022", "2022-07-23", "g"), ("أمس الجمعة", "2022-07-22", "r"), ("خلال أيام", None, "ignore"),
            ("منتصف يناير 2023", None, "ignore"), ("24 فبراير الماضي", "2022-02-24", "g")],
     contacts=[]),
dict(id="A27", pub="2022-11-09", text=(
     "طهران - إرنا - التقى أمين مجلس الأمن الروسي نيكولاي باتروشيف، اليوم الأربعاء ١٨ آبان ١٤٠١ (٩ تشرين الثاني/نوفمبر)، أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني في طهران، حيث بحثا التعاون الأمني وتطورات الحرب في أوكرانيا، على أن يلتقي باتروشيف غداً الخميس الرئيس السيد إبراهيم رئيسي. "
     "وكان شمخاني قد التقى باتروشيف آخر مرة في موسكو في ٢٥ أيار/مايو الماضي على هامش الاجتماع الدولي العاشر للممثلين السامين المعنيين بقضايا الأمن، فيما نفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن تكون للزيارة صلة بصفقات لتزويد روسيا بطائرات مسيرة، مؤكداً أن طهران «لم ترسل أي مسيرة منذ بدء الحرب»."),
     dates=[("اليوم الأربعاء ١٨ آبان ١٤٠١", "2022-11-09", "j"), ("٩ تشرين الثاني/نوفمبر", "2022-11-09", "g"),
            ("غداً الخميس", "2022-11-10", "r"), ("٢٥ أيار/مايو الماضي", "2022-05-25", "g"), ("منذ بدء الحرب", None, "ignore")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-10"), C(PAT, SHAM, "meet", "2022-05-25")]),
dict(id="A28", pub="2023-05-10", text=(
     "موسكو - روسيا اليوم: استضافت العاصمة الروسية، اليوم الأربعاء، اجتماعاً رباعياً لوزراء خارجية روسيا سيرغي لافروف وإيران حسين أمير عبد اللهيان وتركيا مولود جاويش أوغلو وسوريا فيصل المقداد، هو الأول من نوعه على هذا المستوى، لبحث خريطة طريق لتطبيع العلاقات بين أنقرة ودمشق. "
     "وعلى هامش الاجتماع، عقد لافروف وأمير عبد اللهيان لقاءً ثنائياً تناول تنفيذ مشروع ممر النقل الدولي «شمال - جنوب»، بحسب بيان للخارجية الروسية أشار إلى أن الوزيرين اتفقا على التحضير لزيارة يقوم بها الرئيس إبراهيم رئيسي إلى روسيا «في موعد يحدد لاحقاً». "
     "وكان نواب وزراء خارجية الدول الأربع قد اجتمعوا في موسكو يومي 3 و4 نيسان/أبريل الماضي، فيما عقد وزراء دفاعها اجتماعاً مماثلاً في 25 نيسان/أبريل."),
     dates=[("اليوم الأربعاء", "2023-05-10", "r"), ("في موعد يحدد لاحقاً", None, "ignore"), ("3", "2023-04-03", "g"),
            ("4 نيسان/أبريل الماضي", "2023-04-04", "g"), ("25 نيسان/أبريل", "2023-04-25", "g")],
     contacts=[C(LAV, AMI, "meet", "2023-05-10"), C(PUT, RAI, "meet", None, True),
               C([RU, BOG[0]], [IR, "Ali Asghar Khaji"], "meet", "2023-04-03/2023-04-04"),
               C([RU, SHO[0]], [IR, "Mohammad Reza Ashtiani"], "meet", "2023-04-25")]),
dict(id="A29", pub="2023-09-11", text=(
     "هسبريس - الرباط: أفادت وزارة الداخلية، في بلاغ صادر يومه الاثنين، بأن الحصيلة المؤقتة لزلزال الحوز الذي ضرب المملكة مساء الجمعة 8 شتنبر الجاري ارتفعت إلى 2862 قتيلا و2562 جريحا، فيما تواصل فرق الإنقاذ عملها لليوم الرابع على التوالي. "
     "وأوضح البلاغ أن المغرب استجاب لعروض الدعم التي قدمتها أربع دول هي إسبانيا وقطر والمملكة المتحدة والإمارات، في حين أعربت دول أخرى بينها روسيا وإيران عن استعدادها لتقديم المساعدة، مشيرا إلى أن الدراسة بالمؤسسات التعليمية في الجماعات المتضررة ستستأنف يوم 2 أكتوبر المقبل. "
     "وكانت آخر هزة بهذه القوة قد ضربت منطقة الحسيمة في 24 فبراير 2004."),
     dates=[("يومه الاثنين", "2023-09-11", "r"), ("مساء الجمعة 8 شتنبر الجاري", "2023-09-08", "g"),
            ("2 أكتوبر المقبل", "2023-10-02", "g"), ("24 فبراير 2004", "2004-02-24", "g")],
     contacts=[]),
# ---- A30: whole article (headline, Gregorian + Hijri header, dateline) ----
dict(id="A30", pub="2023-12-08", text=(
     "بوتين ورئيسي يبحثان في الكرملين العدوان على غزة ويتفقان على تسريع معاهدة الشراكة\n"
     "الجمعة 8 كانون الأول 2023 - 24 جمادى الأولى 1445 هـ\n"
     "موسكو - الميادين نت: عقد الرئيس الروسي فلاديمير بوتين ونظيره الإيراني السيد إبراهيم رئيسي، مساء أمس الخميس، محادثات في الكرملين استمرت أكثر من خمس ساعات، تركزت على الحرب الإسرائيلية على قطاع غزة المستمرة منذ السابع من تشرين الأول/أكتوبر، وعلى العلاقات الثنائية. "
     "وقال بوتين في مستهل اللقاء إن العلاقات بين البلدين «تتطور بنجاح كبير»، لافتاً إلى أنه تسلم من رئيسي دعوة لزيارة طهران وقبلها «بكل سرور»، فيما أكد رئيسي أن ما يجري في غزة «جريمة إبادة جماعية». "
     "وأوضح مساعد الرئيس الروسي يوري أوشاكوف أن الجانبين ناقشا مشروع معاهدة الشراكة الاستراتيجية الشاملة الجديدة، التي يتوقع توقيعها «خلال الأشهر المقبلة»، مشيراً إلى أن الوفدين وقعا على هامش الزيارة اتفاقاً حكومياً بشأن التسويات المالية بالعملات الوطنية. "
     "وجاءت الزيارة بعد ساعات من عودة بوتين من جولة خليجية شملت الإمارات والسعودية، التقى خلالها الأربعاء الرئيس الإماراتي الشيخ محمد بن زايد وولي العهد السعودي الأمير محمد بن سلمان. "
     "وكان الرئيسان قد أجريا اتصالاً هاتفياً في 19 تشرين الأول/أكتوبر بحثا فيه التصعيد في غزة، بعد أن التقيا في طهران في تموز/يوليو 2022 خلال قمة الدول الضامنة لمسار أستانا. "
     "كما التقى الرئيسان على هامش قمة منظمة شنغهاي للتعاون في سمرقند يوم 15 أيلول/سبتمبر من العام الماضي. "
     "وعلى صعيد متصل، أعلن وزير الطرق وبناء المدن الإيراني مهرداد بذرباش أن اللجنة الاقتصادية المشتركة ستعقد دورتها الثامنة عشرة في طهران بين 22 و24 كانون الثاني/يناير المقبل برئاسته ووزير الطاقة الروسي نيكولاي شولغينوف. "
     "وأضاف بذرباش أن أعمال إنشاء خط سكة حديد رشت - آستارا ستبدأ «مطلع العام المقبل»، وفق الاتفاق الذي وقعه مع نظيره الروسي فيتالي سافيليف في 17 أيار/مايو الماضي بحضور الرئيسين عبر الفيديو. "
     "في المقابل، نفى المتحدث باسم الكرملين ديمتري بيسكوف تقارير عن صفقة لتزويد إيران بمقاتلات «سو-35» خلال الزيارة، مؤكداً أن «الموضوع لم يطرح». "
     "ويشار إلى أن إيران أصبحت عضواً كامل العضوية في منظمة شنغهاي للتعاون في 4 تموز/يوليو الماضي، على أن تنضم رسمياً إلى مجموعة «بريكس» في الأول من كانون الثاني/يناير 2024. "
     "ومن المقرر أن يجري وزير الخارجية الإيراني حسين أمير عبد اللهيان محادثات مع نظيره سيرغي لافروف في موسكو الأسبوع المقبل، بحسب وكالة «تسنيم»."),
     dates=[("الجمعة 8 كانون الأول 2023", "2023-12-08", "g"), ("24 جمادى الأولى 1445 هـ", "2023-12-08", "h"),
            ("مساء أمس الخميس", "2023-12-07", "r"), ("السابع من تشرين الأول/أكتوبر", "2023-10-07", "g"),
            ("خلال الأشهر المقبلة", None, "ignore"), ("بعد ساعات من", None, "ignore"), ("الأربعاء", "2023-12-06", "r"),
            ("19 تشرين الأول/أكتوبر", "2023-10-19", "g"), ("تموز/يوليو 2022", "2022-07", "g"),
            ("15 أيلول/سبتمبر من العام الماضي", "2022-09-15", "g"),
            ("بين 22 و24 كانون الثاني/يناير المقبل", "2024-01-22/2024-01-24", "g"), ("مطلع العام المقبل", None, "ignore"),
            ("17 أيار/مايو الماضي", "2023-05-17", "g"), ("4 تموز/يوليو الماضي", "2023-07-04", "g"),
            ("الأول من كانون الثاني/يناير 2024", "2024-01-01", "g"), ("الأسبوع المقبل", "2023-12-11/2023-12-17", "r")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C(PUT, RAI, "message", "2023-12-07", True), C(PUT, [RAI, IR], "meet", None, True),
               C(PUT, RAI, "agreement", None, True), C([PUT, RU], [RAI, IR], "agreement", "2023-12-07"),
               C(PUT, RAI, "phone_call", "2023-10-19"), C(PUT, RAI, "meet", "2022-07"), C(PUT, RAI, "meet", "2022-09-15"),
               C(SHUL, BAZ, "meet", "2024-01-22/2024-01-24", True), C(SAV, BAZ, "agreement", "2023-05-17"),
               C(PUT, RAI, "meet", "2023-05-17", True), C(PUT, RAI, "phone_call", "2023-05-17", True),
               C(LAV, AMI, "meet", "2023-12-11/2023-12-17")]),
dict(id="A31", pub="2024-08-05", text=(
     "الاثنين 1 صفر 1446 هـ - 5 آب/أغسطس 2024\n"
     "طهران (العالم) - استقبل الرئيس الإيراني مسعود بزشكيان، اليوم الاثنين، أمين مجلس الأمن الروسي سيرغي شويغو الذي وصل إلى طهران في زيارة لم يعلن عنها مسبقاً، وذلك بعد أن أجرى شويغو مباحثات مع أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان ورئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري. "
     "وجاءت الزيارة بعد أيام من اغتيال رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية في طهران فجر 31 تموز/يوليو، فيما نقلت وكالة «نوفوستي» عن شويغو قوله إن موسكو وطهران «تعملان معاً» على القضايا الإقليمية. "
     "ومن المنتظر أن يشارك بزشكيان في قمة «بريكس» التي تستضيفها قازان بين 22 و24 تشرين الأول/أكتوبر المقبل، تلبية لدعوة وجهها إليه الرئيس فلاديمير بوتين خلال اتصال هاتفي في 8 تموز/يوليو."),
     dates=[("الاثنين 1 صفر 1446 هـ", "2024-08-05", "h"), ("5 آب/أغسطس 2024", "2024-08-05", "g"), ("اليوم الاثنين", "2024-08-05", "r"),
            ("بعد أيام من", None, "ignore"), ("فجر 31 تموز/يوليو", "2024-07-31", "g"),
            ("بين 22 و24 تشرين الأول/أكتوبر المقبل", "2024-10-22/2024-10-24", "g"), ("8 تموز/يوليو", "2024-07-08", "g")],
     contacts=[C(SHOS, PEZ, "meet", "2024-08-05"), C(SHOS, AHM, "meet", "2024-08-05"), C(SHOS, BAQ, "meet", "2024-08-05"),
               C(PUT, PEZ, "meet", "2024-10-22/2024-10-24", True), C(PUT, PEZ, "phone_call", "2024-07-08"),
               C(PUT, PEZ, "message", "2024-07-08", True)]),
dict(id="A32", pub="2024-06-23", text=(
     "بغداد/ شفق نيوز - أعلنت وزارة الكهرباء العراقية، اليوم الأحد، انخفاض إمدادات الغاز الإيراني إلى محطات الوسط والجنوب من 50 مليون متر مكعب يومياً إلى 20 مليوناً، ما تسبب بفقدان نحو 5500 ميغاواط من المنظومة الوطنية، في وقت تجاوزت فيه درجات الحرارة 50 درجة مئوية. "
     "وقال المتحدث باسم الوزارة أحمد موسى إن الجانب الإيراني أبلغ بغداد بأن الخفض سيستمر حتى نهاية تموز المقبل بسبب ارتفاع الاستهلاك المحلي، مشيراً إلى أن العراق سدد مستحقات بقيمة 1.2 مليار دولار في 11 أيار الماضي، وأن الكميات الموردة باتت أقل مما كانت عليه في العام الماضي. "
     "وتدرس الوزارة عرضاً من شركة «غازبروم نفط» الروسية لاستثمار الغاز المصاحب في حقل بدرة، بعد اجتماع عقده وزير الكهرباء زياد علي فاضل مع وفد الشركة في بغداد الأسبوع الماضي."),
     dates=[("اليوم الأحد", "2024-06-23", "r"), ("نهاية تموز المقبل", None, "ignore"), ("11 أيار الماضي", "2024-05-11", "g"),
            ("العام الماضي", "2023", "r"), ("الأسبوع الماضي", "2024-06-10/2024-06-16", "r")],
     contacts=[]),
dict(id="A33", pub="2024-10-23", text=(
     "قازان، 23 أكتوبر/تشرين الأول (تاس) - بحث الرئيس الروسي فلاديمير بوتين مع نظيره الإيراني مسعود بزشكيان، اليوم، على هامش قمة «بريكس» في قازان، مشروع معاهدة الشراكة الاستراتيجية الشاملة، حيث قال بوتين إن نص المعاهدة «بات جاهزاً»، معرباً عن أمله في توقيعها خلال زيارة مرتقبة لبزشكيان إلى موسكو «في موعد يتفق عليه لاحقاً». "
     "ويعد هذا ثاني لقاء بين الرئيسين خلال أقل من أسبوعين، بعد لقائهما الأول في عشق آباد يوم 11 أكتوبر/تشرين الأول على هامش منتدى دولي. "
     "وفي السياق، وقع وزير الطاقة الروسي سيرغي تسيفيليف ووزير النفط الإيراني محسن باك نجاد، أمس الثلاثاء، مذكرة تفاهم بشأن إمداد إيران بالغاز الروسي عبر أراضي أذربيجان، على أن يبدأ الجانبان التفاوض على الأسعار في النصف الثاني من نوفمبر/تشرين الثاني."),
     dates=[("23 أكتوبر/تشرين الأول", "2024-10-23", "g"), ("اليوم", "2024-10-23", "r"), ("في موعد يتفق عليه لاحقاً", None, "ignore"),
            ("خلال أقل من أسبوعين", None, "ignore"), ("11 أكتوبر/تشرين الأول", "2024-10-11", "g"),
            ("أمس الثلاثاء", "2024-10-22", "r"), ("النصف الثاني من نوفمبر/تشرين الثاني", "2024-11-16/2024-11-30", "g")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "agreement", None, True), C(PUT, PEZ, "meet", None, True),
               C(PUT, PEZ, "meet", "2024-10-11"), C(TSIV, PAK, "agreement", "2024-10-22"), C(TSIV, PAK, "meet", "2024-10-22", True),
               C([TSIV[0], RU], [PAK[0], IR], "meet", "2024-11-16/2024-11-30")]),
dict(id="A34", pub="2025-01-18", text=(
     "موسكو - الجزيرة نت: وقع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان، أمس الجمعة في الكرملين، معاهدة الشراكة الاستراتيجية الشاملة بين البلدين لمدة 20 عاماً، لتحل محل معاهدة أسس العلاقات الموقعة عام 2001، من دون أن تتضمن بنداً للدفاع المشترك، بحسب ما أكد وزير الخارجية الإيراني عباس عراقجي. "
     "وقال بوتين في المؤتمر الصحفي المشترك إن الجانبين اتفقا على أن تبدأ إمدادات الغاز الروسي إلى إيران عبر أذربيجان بكميات أولية تصل إلى 2 مليار متر مكعب سنوياً، على أن ترتفع لاحقاً إلى 55 ملياراً، فيما أعلن عراقجي أن المعاهدة ستحال إلى مجلس الشورى الإسلامي للمصادقة عليها خلال الأسابيع المقبلة. "
     "وكانت الزيارة قد تأجلت من موعدها الأول في ديسمبر/كانون الأول الماضي، بحسب مصادر دبلوماسية."),
     dates=[("أمس الجمعة", "2025-01-17", "r"), ("عام 2001", "2001", "g"), ("خلال الأسابيع المقبلة", None, "ignore"),
            ("ديسمبر/كانون الأول الماضي", "2024-12", "g")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C([RU, PUT], [IR, KHAT], "agreement", "2001")]),
dict(id="A35", pub="2025-03-16", text=(
     "طهران - 16 - 3 (كونا) -- ضرب زلزال بقوة 5.2 درجات على مقياس ريختر محافظة هرمزغان جنوبي إيران فجر اليوم الأحد دون أن يسفر عن خسائر بشرية، وفق ما أعلن مركز رصد الزلازل التابع لجامعة طهران. "
     "وذكر المركز أن الزلزال وقع في الساعة 04:12 بالتوقيت المحلي على عمق 10 كيلومترات قرب مدينة بندر عباس وتلته 6 هزات ارتدادية، فيما أعلنت السلطات المحلية استمرار الدراسة في المدارس حتى بدء عطلة النوروز يوم الخميس المقبل. "
     "وكان زلزال بقوة 6.1 درجات قد ضرب المنطقة ذاتها في 14 نوفمبر 2021 وأسفر عن مقتل شخص واحد."),
     dates=[("16 - 3", "2025-03-16", "g"), ("فجر اليوم الأحد", "2025-03-16", "r"), ("عطلة النوروز", None, "ignore"),
            ("يوم الخميس المقبل", "2025-03-20", "r"), ("14 نوفمبر 2021", "2021-11-14", "g")],
     contacts=[]),
# ---- A36: whole article (headline, RT-style D.M.Y header, dateline) ----
dict(id="A36", pub="2025-06-23", text=(
     "بوتين يستقبل عراقجي في الكرملين: العدوان على إيران «لا مبرر له»\n"
     "23.06.2025 | 18:40 GMT\n"
     "موسكو - روسيا اليوم: استقبل الرئيس الروسي فلاديمير بوتين، اليوم الاثنين في الكرملين، وزير الخارجية الإيراني عباس عراقجي، الذي وصل إلى موسكو مساء أمس قادماً من إسطنبول، وذلك بعد يوم واحد من الضربات الأميركية على منشآت فوردو ونطنز وأصفهان النووية فجر الأحد 22 حزيران/يونيو. "
     "وقال بوتين في مستهل اللقاء إن «العدوان غير المبرر على إيران لا أساس له ولا مبرر»، مؤكداً أن روسيا «ستبذل جهوداً لمساعدة الشعب الإيراني»، فيما نقل عراقجي إلى بوتين تحيات المرشد الأعلى علي خامنئي والرئيس مسعود بزشكيان. "
     "وحضر اللقاء من الجانب الروسي وزير الخارجية سيرغي لافروف ومساعد الرئيس يوري أوشاكوف ورئيس الاستخبارات العسكرية إيغور كوستيوكوف. "
     "وكان عراقجي قد سلّم بوتين في 18 نيسان/أبريل الماضي رسالة خطية من خامنئي تتعلق بالمفاوضات غير المباشرة مع الولايات المتحدة، التي انطلقت جولتها الأولى في مسقط في 12 نيسان/أبريل بوساطة عمانية. "
     "كما أجرى بوتين اتصالاً هاتفياً مع بزشكيان في 14 حزيران/يونيو، غداة بدء الهجوم الإسرائيلي على إيران، قدم خلاله تعازيه بسقوط ضحايا، وبحث الأمر في اليوم نفسه مع الرئيس الأميركي دونالد ترامب. "
     "وفي سياق متصل، أعلن الكرملين أن بوتين لن يشارك حضورياً في قمة مجموعة «بريكس» في ريو دي جانيرو يومي السادس والسابع من تموز/يوليو المقبل، وسيكتفي بالمشاركة عبر الفيديو. "
     "من جهته، قال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو «لم تتلق أي طلب» من طهران لتقديم مساعدة عسكرية، نافياً تقارير عن اتصال بين أمين مجلس الأمن الروسي سيرغي شويغو ونظيره الإيراني علي أكبر أحمديان الأسبوع الماضي. "
     "وكانت موسكو وطهران قد وقعتا معاهدة الشراكة الاستراتيجية الشاملة في 17 كانون الثاني/يناير الماضي، على أن تدخل حيز التنفيذ بعد استكمال إجراءات المصادقة. "
     "ومن المقرر أن يزور رئيس مجلس الدوما فياتشيسلاف فولودين طهران في النصف الثاني من تموز/يوليو المقبل، بحسب ما أعلن المكتب الإعلامي للمجلس. "
     "ويجري عراقجي غداً الثلاثاء مشاورات منفصلة مع لافروف تتناول التعاون مع الوكالة الدولية للطاقة الذرية، قبل أن يعود إلى طهران."),
     dates=[("23.06.2025", "2025-06-23", "g"), ("اليوم الاثنين", "2025-06-23", "r"), ("مساء أمس", "2025-06-22", "r"),
            ("بعد يوم واحد من", None, "ignore"), ("فجر الأحد 22 حزيران/يونيو", "2025-06-22", "g"),
            ("18 نيسان/أبريل الماضي", "2025-04-18", "g"), ("12 نيسان/أبريل", "2025-04-12", "g"),
            ("14 حزيران/يونيو", "2025-06-14", "g"), ("غداة", None, "ignore"), ("اليوم نفسه", None, "ignore"),
            ("السادس", "2025-07-06", "g"), ("السابع من تموز/يوليو المقبل", "2025-07-07", "g"),
            ("الأسبوع الماضي", "2025-06-16/2025-06-22", "r"), ("17 كانون الثاني/يناير الماضي", "2025-01-17", "g"),
            ("النصف الثاني من تموز/يوليو المقبل", "2025-07-16/2025-07-31", "g"), ("غداً الثلاثاء", "2025-06-24", "r")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23"), C(PUT, [KHA, PEZ, IR], "message", "2025-06-23", True),
               C(LAV, ARA, "meet", "2025-06-23"), C(PUT, ARA, "meet", "2025-04-18"), C(PUT, KHA, "message", "2025-04-18"),
               C(PUT, PEZ, "phone_call", "2025-06-14"), C(PUT, PEZ, "message", "2025-06-14", True),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C(VOL, GHA, "meet", "2025-07-16/2025-07-31"),
               C(LAV, ARA, "meet", "2025-06-24")]),
dict(id="A37", pub="2025-07-21", text=(
     "طهران - تسنيم: أعلنت الرئاسة الروسية أن الرئيس فلاديمير بوتين استقبل في الكرملين، أمس الأحد 29 تير 1404 (20 تموز/يوليو)، علي لاريجاني، كبير مستشاري قائد الثورة الإسلامية، الذي نقل إليه تقديرات طهران بشأن التصعيد في المنطقة والملف النووي، من دون الكشف عن مضمون الرسالة التي حملها. "
     "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الزيارة «لم يعلن عنها مسبقاً»، مضيفاً أن بوتين سيلتقي نظيره الإيراني مسعود بزشكيان على هامش قمة منظمة شنغهاي للتعاون في مدينة تيانجين الصينية يوم 1 أيلول/سبتمبر. "
     "في غضون ذلك، أكد نائب وزير الخارجية الروسي سيرغي ريابكوف أن موسكو «لن تعترف» بأي محاولة أوروبية لإعادة فرض العقوبات الأممية قبل انتهاء مفعول القرار 2231 في 18 تشرين الأول/أكتوبر المقبل."),
     dates=[("أمس الأحد 29 تير 1404", "2025-07-20", "j"), ("20 تموز/يوليو", "2025-07-20", "g"), ("1 أيلول/سبتمبر", "2025-09-01", "g"),
            ("18 تشرين الأول/أكتوبر المقبل", "2025-10-18", "g")],
     contacts=[C(PUT, LAR, "meet", "2025-07-20"), C(PUT, [KHA, PEZ, IR], "message", "2025-07-20"),
               C(PUT, PEZ, "meet", "2025-09-01")]),
dict(id="A38", pub="2026-02-12", text=(
     "أبوظبي في 12 فبراير/ وام/ بحث سمو الشيخ عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية، اليوم، خلال اتصال هاتفي مع معالي سيرغي لافروف وزير خارجية روسيا الاتحادية، علاقات التعاون بين البلدين وتطورات الأوضاع في منطقة الشرق الأوسط، بما فيها الملف النووي الإيراني. "
     "واتفق الجانبان على عقد الجولة المقبلة من الحوار الاستراتيجي بين الإمارات وروسيا في موسكو خلال الربع الثاني من العام الجاري، فيما أشار سموه إلى أن حجم التجارة غير النفطية بين البلدين بلغ 11.5 مليار دولار في 2025."),
     dates=[("12 فبراير", "2026-02-12", "g"), ("اليوم", "2026-02-12", "r"),
            ("الربع الثاني من العام الجاري", "2026-04-01/2026-06-30", "r"), ("2025", "2025", "g")],
     contacts=[]),
dict(id="A39", pub="2026-01-14", text=(
     "طهران - برس تي في - 14/01/2026: بحث وزير الخارجية الإيراني عباس عراقجي مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء أمس الثلاثاء، التحضيرات للقمة السابعة للدول المطلة على بحر قزوين المقرر عقدها في طهران، واتفقا على أن يعقد نائبا وزيري الخارجية اجتماعاً تحضيرياً في موسكو أوائل شباط/فبراير المقبل. "
     "وأضاف بيان الخارجية الإيرانية أن عراقجي شكر نظيره الروسي على موقف موسكو الرافض لإعادة فرض العقوبات الأممية التي فعّلت الترويكا الأوروبية آليتها في 28 آب/أغسطس الماضي، وذلك بعد أسبوع من لقاء الوزيرين في موسكو في السادس من كانون الثاني/يناير الجاري، الموافق 17 رجب 1447."),
     dates=[("14/01/2026", "2026-01-14", "g"), ("مساء أمس الثلاثاء", "2026-01-13", "r"),
            ("أوائل شباط/فبراير المقبل", "2026-02-01/2026-02-10", "g"), ("28 آب/أغسطس الماضي", "2025-08-28", "g"),
            ("بعد أسبوع من", None, "ignore"), ("السادس من كانون الثاني/يناير الجاري", "2026-01-06", "g"),
            ("17 رجب 1447", "2026-01-06", "h")],
     contacts=[C(LAV, ARA, "phone_call", "2026-01-13"), C(LAV, ARA, "message", "2026-01-13", True),
               C([RU], [IR], "meet", "2026-02-01/2026-02-10"), C([PUT, RU], [PEZ, IR], "meet", None, True),
               C(LAV, ARA, "meet", "2026-01-06")]),
dict(id="A40", pub="2026-03-15", text=(
     "بيروت - «النهار»: أعلنت المديرية العامة للطيران المدني، أمس السبت، تمديد تعليق رحلات شركتي «ماهان إير» و«إيران إير» من مطار رفيق الحريري الدولي وإليه حتى إشعار آخر، بعد انتهاء مهلة الشهرين التي حددتها الحكومة في 14 كانون الثاني الفائت، فيما وصل إلى بيروت وفد من وزارة الخارجية الإيرانية برئاسة مساعد الوزير للشؤون العربية لبحث الملف مع وزير الخارجية يوسف رجي الثلاثاء المقبل. "
     "ويأتي ذلك فيما يستعد اللبنانيون لاستقبال عيد الفطر الذي يصادف الأول من شوال 1447 هـ، الموافق الجمعة 20 آذار، بحسب ما أعلنت دار الفتوى."),
     dates=[("أمس السبت", "2026-03-14", "r"), ("14 كانون الثاني الفائت", "2026-01-14", "g"), ("الثلاثاء المقبل", "2026-03-17", "r"),
            ("عيد الفطر", None, "ignore"), ("الأول من شوال 1447 هـ", "2026-03-20", "h"), ("الجمعة 20 آذار", "2026-03-20", "g")],
     contacts=[]),
]
