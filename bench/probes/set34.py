# Held-out probe set 34: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 10–11 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A05, A16, A26, A36) and 36 SNIPPETS of 1–3 sentences (the other ids), publication
# dates 2010–2026 (two to four a year; ids are not strictly in date order: A26 2023 before A27 2022, A39 2024).  27 are about
# Russia–Iran contacts; 13 are general news that name Russia or Iran but hold no Russia–Iran contact:
# A03, A06, A09, A12, A15, A18, A21, A24, A27, A30, A32, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set30 and set32 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set32 were listed (with ast, no values) so that this module defines the same kind of names (name constants
# and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of Al-Alam (A01 «الأربعاء 3 ربيع الأول 1431 هـ - 17 شباط/فبراير 2010», A22
# «السبت 14 دي 1398 - 04 يناير 2020», A36 «الأربعاء 10 ديسمبر 2025 - 19 آذر 1404»), Al Jazeera Net (A02, A24, A33), Al-Masry
# Al-Youm (A03, Eastern-Arabic digits, «من ١١ إلى ٢٠ أغسطس المقبل»), IRNA Arabic (A04 «بوشهر/ 21 شهريور/ إرنا», A13 «موسكو/ 27
# بهمن/ إرنا», A37 «طهران/ 24 دي/ إرنا» with «يوم الاثنين 22 دي (12 كانون الثاني/يناير)»), Annahar (A05 «الخميس 07 حزيران 2012 -
# السنة 79 - العدد 24768», Levantine months, «يومي 18 و19 حزيران الجاري»; A27 «النهار العربي»), Al-Quds Al-Arabi (A06, A20),
# Asharq Al-Awsat (A07 «أمس (الجمعة)», «4 أغسطس (آب) الماضي»; A34 «اليوم (الجمعة)», «8 أبريل (نيسان) الحالي»), Al Mayadeen (A08
# «فجر 24 تشرين الثاني الماضي»; A29 «الخميس 23 جمادى الأولى 1445 - 07 كانون الأول 2023», Hijri without هـ), Echorouk (A09
# جوان, «22 من الشهر نفسه»), Al-Akhbar (A10), Sputnik Arabic (A11 «بعد غد الأحد», A31 «بين 22 و24 تشرين الأول/أكتوبر»), SPA
# (A12 «سانت بطرسبرغ 02 رمضان 1436 هـ الموافق 19 يونيو 2015 م واس»), Al Arabiya (A14), Al-Sumaria (A15, Iraqi months), SANA
# (A16 «15 نيسان 2017 | 10:42», «فجر السابع من نيسان الجاري», «الثامن من الشهر الجاري»), RT Arabic (A17 «12.05.2018 | 08:45
# GMT», A28 «موسكو - RT»), Hespress (A18 Moroccan, «25 من الشهر الجاري»), Al-Ahram (A19 and A32, Eastern-Arabic digits, A19
# datelined «دوشنبه»), Youm7 (A21 «الاثنين، 13 أبريل 2020 10:30 ص»), Tasnim Arabic (A23 «اليوم الخميس 14 مرداد 1400», «29 خرداد
# (19 حزيران/يونيو)»; A35 «أمس الجمعة 4 مهر 1404 (26 أيلول/سبتمبر 2025)»), Mehr Arabic (A25, the agency name «مهر»),
# Independent Arabia (A26 «الأربعاء 17 مايو 2023 20:15»), KUNA (A30 «طهران - 3 - 8 (كونا) --»), TRT Arabic (A38), El Khabar
# (A39 Algerian أفريل, «يومي 26 و27 مارس») and Shafaq News (A40 «الأول من شهر رمضان المبارك لعام 1447 هـ», «الليلة»).
# Contacts: presidents (Medvedev–Ahmadinejad A02; Putin–Ahmadinejad A05; Putin–Rouhani A07, A11, A14, A16, A17, A19, A20;
# Putin–Raisi A26, A29, A39; Putin–Pezeshkian A31, A33, A36), the Leader's letter carried by the foreign minister (A34),
# foreign ministers (Lavrov–Mottaki A01, –Salehi A05, –Zarif A08, A11, A16, A22, –Amir-Abdollahian A25, A28, A39, –Araghchi
# A34, A37; Lavrov received by Rouhani A08 and Raisi A25), deputy FMs and envoys (Ryabkov–Jalili A05, Ryabkov–Gharibabadi A37,
# Khaji A25), ambassadors (Dzhagaryan–Araghchi A22, Dedov–Azizi A37), security council secretaries (Patrushev–Mottaki A01,
# Jalili A05), defence ministers (Shoigu–Dehghan, Rogozin A13), energy / economy / transport / oil ministers (Shmatko A04,
# Ulyukayev–Tayebnia A10, Savelyev–Bazrpash A26, Novak–Owji A26, Tsivilev–Paknejad and Tsivilev–Pezeshkian A36), the Duma
# speaker with the Majlis speaker and the president (A23), central banks (A36), Rosatom–AEOI / Iran Hormoz (A04, A08, A35),
# Gazprom–NIOC / NIGC (A26, A36); meetings, Caspian / SCO / BRICS / CICA sidelines, trilaterals (A14 with Azerbaijan, A16 with
# Syria and the 2016 Moscow declaration with Turkey, A20 Astana summit in Ankara), quartets (A28 ministers and deputies), phone
# calls, a video-link signing (A26), a letter delivered by the Duma speaker (A23) and by the foreign minister (A34), a
# congratulation cable (A23) and a condolence cable (A39), MoUs (A10, A26, A36), contracts (A35, A36), treaties recalled (1995
# A04, 2001 A33, 2025 A36), planned (A01, A02, A05, A07, A08, A10, A11, A17, A20, A25, A26, A29, A31, A36), postponed (A05,
# A39), cancelled (A37) and denied (A10, A36) contacts, and background in «وكان … قد …».
# Traps: third-country contacts only (A03 Egypt–Russia wheat, A06 Iran–China oil, A12 Saudi–Russia, A21 OPEC+ video meeting,
# A24 Iran–China pact, A32 Egypt–Rosatom by video link, A38 Turkey–Russia call and a Turkish visit to Tehran), sport (A09
# Algeria–Russia, A18 Morocco–Iran, «كأس العالم 2014», «مونديال روسيا 2018»), an earthquake (A15), a heat wave (A30), drones
# (A27), Ramadan sighting (A40); Putin–Hu Jintao (A05), Putin–Erdogan (A14, A20), Putin–MBS denied (A20), Putin–Merkel (A17),
# Putin–Macron (A22), Putin–MBZ / MBS (A29), Russia–North Korea (A33), Iran–US through Oman (A34), Lavrov–Mekdad / Cavusoglu
# (A28) inside Russia–Iran stories; decrees, deliveries, a plant handover, a treaty's entry into force (A02, A05, A11, A13,
# A36); «المصري اليوم», «دوشنبه» (the city), «عشق آباد», «غريب آبادي», «مهر» (the agency, A25) beside Solar «مهر» (A35, A36),
# Solar «بهمن» (A13) and «آذر» (A36) beside Gregorian «آذار», «الأسبوع الذري العالمي» (an event name, A35), «إس-300»,
# «سوخوي-30», «سو-24», «إس-400», «شاهد-136», «5+1», «ترك ستريم», issue numbers, scores, match minutes, clock times, magnitudes,
# money, counts, durations, percentages, session and summit ordinals.
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
# Conventions: /work/shared/gold/README.md plus the headers of set30 and set32 (and through them set13, set16, set19–set28 and
#   probe4–probe8), the later header winning, i.e. أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية (a
#   past point) = 21 to month end, النصف الثاني من + month = 16 to month end; «الأسبوع الماضي / المقبل» = previous / next
#   MONDAY–SUNDAY week; Arabic relative years and months are Gregorian («العام المقبل» = "YYYY", «هذا العام» = pub year); a
#   relative year called Iranian is Solar Hijri; a Gregorian month glossed by its twin is one mention; «من X إلى Y» and «بين X
#   و Y» are one range mention («من» / «بين» inside); «يومي 18 و19 حزيران» is two mentions (bare first day, then day + month);
#   a weekday next to its date belongs to it, «يوم» inside before a weekday; a relative word joined to a written date is one
#   mention in the written calendar; a relative word + weekday alone («أمس (الجمعة)», «مساء أمس الثلاثاء») is r; a header in
#   two calendars is one mention per calendar, the weekday going with the first; the «هـ» / «م» of a header date and a trailing
#   الماضي / المقبل / الجاري / الحالي are inside the span; «منذ», «حتى», «اعتباراً من», «ما قبل» stay outside; «الثلاثاء
#   الماضي» = the last such weekday strictly before pub, a bare past weekday = on or before pub, a future one = after pub;
#   «أول من أمس» = pub − 2; KUNA's «3 - 8», a Solar Hijri dateline day and the dateline day are mentions of the pub day;
#   «12.05.2018» = D.M.Y (g); a Solar Hijri date in Arabic text is j; «22 من الشهر نفسه», «الثامن من الشهر الجاري», «2 تشرين
#   الأول/أكتوبر من العام نفسه», «19 يونيو/حزيران من العام الماضي» are resolved (g); time-of-day words inside a span never
#   change its value («فجر 24 تشرين الثاني الماضي» g, «صباح اليوم الأربعاء» r); a day inside a reference to an event («منذ
#   زلزال 21 حزيران 1990») is a mention; holiday names beside their own date, «منذ + duration», anaphoric and event-relative
#   expressions («فجر اليوم نفسه», «في اليوم نفسه», «غداة», «قبيل القمة», «بعد ساعات من», «بعد يوم واحد من», «خلال أقل من
#   أسبوعين»), vague ones («لاحقاً», «في أقرب فرصة», «في أقرب وقت», «خلال الأشهر المقبلة», «في موعد يتفق عليه لاحقاً»),
#   deadlines («قبل نهاية العام الجاري», «حتى 13 تموز/يوليو» of a negotiation, «قبل ٧ يوليو، موعد انتهاء مهلة») and years
#   inside event names are ignore lines, while the last day of a weather forecast («حتى يوم الأربعاء المقبل») is a mention;
#   counts, durations, percentages, money, clock times, scores, model numbers, «5+1» and ordinals get no line.
#   Contacts as in those headers: treaty signed by two presidents → required agreement + optional meet; company / agency
#   contracts and MoUs → required agreement; an MoU or contract signed by two ministers / heads of agencies → required
#   agreement + optional meet the same day; a deal signed by ministers with the presidents on a video link → required
#   agreement + optional meet and optional phone_call of the presidents; a trilateral or quartet where both sides sit together
#   → required (a bilateral the same day is the same row), its declaration / statement → optional agreement; quartets of
#   unnamed deputies → required country-level meet; the JCPOA track (the Geneva interim deal) and Iran–5+1 rounds with no
#   bilateral → optional country-level rows; envoy handing over a leader's letter → meet (envoy–host) + message (sender–
#   addressee); a congratulation cable sent on a stated day → required message; greetings / condolences a minister conveys in
#   his own call → optional message; planned contacts with a stated day, interval or relative week / month / year → required,
#   possibilities and undated hopes → optional with None; a visit invitation handed over at a dated meeting and accepted →
#   optional message that day + optional undated meet; a postponed contact → one row at its new date; joint commissions and
#   multilateral meetings (Astana rounds, summits) with no bilateral stated → optional; an SCO summit both presidents attended
#   the day before («غداة مشاركتهما») → optional meet; a named official's visit with no host named → required with country-
#   level names for the host; the arrival day before the dated meetings of a visit → optional meet with country-level host
#   names; treaties and contracts recalled by year or date → required country-level agreements; a contact dated by «في اليوم
#   نفسه» takes that day; cancelled and denied contacts, deliveries, decrees and entry into force give no row.
# Decided here where nothing above says (set34):
#   SPA's dateline «سانت بطرسبرغ 02 رمضان 1436 هـ الموافق 19 يونيو 2015 م واس» is read as a two-calendar header: one h and one
#   g mention of the pub day, «الموافق» outside, «هـ» / «م» inside (A12).  «بعد غد الأحد» = pub + 2 (r, A11); «الليلة» = pub (r,
#   A40), like Persian «امشب»; «يوم غد الأربعاء» is one r mention and the Hijri date it is said to be («هو الأول من شهر رمضان
#   المبارك لعام 1447 هـ») a separate h mention of the same day (A40).  «منتصف ليل الأحد» (after «منذ») = that Sunday (r, A27),
#   like «ليل 23 تشرين الثاني».  «الأشهر التسعة الأولى من العام الجاري» = 1 January – 30 September of the pub year (r, A29);
#   «الأشهر الثمانية الأولى من العام الإيراني الجاري» = 1 Farvardin – 30 Aban of the current Solar year (interval, r, A36),
#   following set32's Iranian-year rule.  «الشهر نفسه من العام الماضي» as a comparison baseline (A06) is an ignore line, like
#   «الفترة نفسها من العام الماضي»; so are «مطلع الأسبوع المقبل» (A06, like «مطلع العام المقبل») and «منذ مطلع العام» → «مطلع
#   العام» (A21).  «مطلع العام الإيراني الجديد» beside its own date «21 آذار/مارس 2026» is an ignore line under the holiday-name
#   rule, the written date carrying the value (A36).  Time-of-day words standing alone, with no day word («بعد الظهر» A08,
#   «مساءً» A23), and event-relative or vague phrases («قبل الاجتماع الثلاثي» A16, «قبل استكمال إجراءاته القانونية» A24, «في
#   الوقت نفسه» A32, «بعد يومين من (المباحثات)», «في الوقت الراهن», «قبل مغادرته طهران» A36, «بعد نحو 16 عاماً من» A04, «بعد نحو
#   ستة أسابيع من» A07, «بعد نحو تسعة أشهر من», «قبل أيام من» A26, «قبل عشرة أيام من» A06, «قبل يومين من» A34, «قبل ثلاثة أيام
#   من» A33, «بعد أسبوع من» A27, «بعد أيام من» A01) are ignore lines; a completion horizon «خلال أربع سنوات» is an ignore line like
#   «في غضون عامين» (A26).  A contract's expiry month («تنتهي اتفاقيته في يوليو/تموز 2026», A38) and a scheduled event day
#   («فجر الأحد 28 أيلول», A35) are mentions, not deadlines.  A newspaper's issue line («السنة 79 - العدد 24768») gets no line and
#   a copyright year («© جميع الحقوق محفوظة لـ«النهار» 2012») is an ignore line (A05).  A bare future weekday («المقررة في روما
#   السبت») is the first such day after pub (A34).  «آذر» is the Solar month (j) and «آذار» Gregorian March (g); «بهمن» in a
#   dateline with a day is the Solar month (A13); «الأسبوع» inside the event name «الأسبوع الذري العالمي» gets no line (A35).
#   Contacts: a treaty signed «في ختام محادثات موسعة» between the two presidents → required agreement AND required meet (A33):
#   the optional meet of the treaty rule is for a signing reported alone.  A condolence cable from one president to another on
#   a stated day → required message (A39), like the congratulation cable (A23).  The two co-chairs of a joint commission who hold
#   a joint press conference → required meet that day; the documents signed at its close → required country-level agreement,
#   and a company contract among them a separate required agreement (A36).  Two Russian officials meeting one Iranian together
#   (Shmatko and Kiriyenko with Abbasi-Davani) → one row accepting either (A04).  A joint commission whose sessions «اختتمت
#   أعمالها أمس» with no start day → optional country-level meet, date "any" (A10).  A postponed multilateral (the Caspian summit
#   «أرجئت إلى العام المقبل», A05) and a joint commission postponed «إلى أفريل المقبل» (A39) → optional meet at the new year /
#   month.  A visitor attending a plenary at which the host president speaks, with no bilateral stated → optional meet (A35).  A
#   Russian minister signing in the presence of the Iranian president → optional meet of the two (A26).  A minister's phone call
#   dated «في اليوم نفسه» after a dated cable → required phone_call that day (A39).  The Gazprom–NIOC MoU recalled with its date →
#   required agreement (A26); the oil-for-goods contract denied by an Iranian source (A10), the denied Putin visit (A36) and the
#   cancelled Federation Council visit (A37) give no row.
PUT, MED, AHN, ROU, KHA, RAI, PEZ = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ali Khamenei",
                                     "Ebrahim Raisi", "Masoud Pezeshkian")
LAV, MOT, SALE, ZAR, AMI, ARA = ("Sergei Lavrov", "Manouchehr Mottaki", "Ali Akbar Salehi", "Mohammad Javad Zarif",
                                 "Hossein Amir-Abdollahian", "Abbas Araghchi")
RU, IR = "Russia", "Iran"
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
SHO = ["Sergei Shoigu", RU]
RYA = ["Sergei Ryabkov", RU]
LIK = ["Alexei Likhachev", "Rosatom", RU]
SHKI = ["Sergei Shmatko", "Sergei Kiriyenko", "Rosatom", "Russian Ministry of Energy", RU]
ULY = ["Alexei Ulyukayev", "Russian Ministry of Economic Development", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
MIL = ["Alexei Miller", "Gazprom", RU]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
DZH = ["Levan Dzhagaryan", RU]
DED = ["Alexey Dedov", RU]
ROG = ["Dmitry Rogozin", RU]
ABD = ["Fereydoun Abbasi-Davani", "Atomic Energy Organization of Iran", "AEOI", IR]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
JALZ = ["Saeed Jalili", "Supreme National Security Council", IR]
TAY = ["Ali Tayebnia", "Iranian Ministry of Economy", IR]
DEH = ["Hossein Dehghan", IR]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
PAK = ["Mohsen Paknejad", "Iranian Ministry of Oil", IR]
GHAR = ["Kazem Gharibabadi", IR]
CBI = ["Central Bank of Iran", "CBI", IR]
NIGC = ["National Iranian Gas Company", "NIGC", IR]
NIOC = ["National Iranian Oil Company", "NIOC", IR]
NOV, OWJ = ["Alexander Novak", RU], ["Javad Owji", "Iranian Ministry of Oil", IR]
KHAJ = ["Ali Asghar Khaji", IR]
AZI = ["Ebrahim Azizi", "Majlis", "Islamic Consultative Assembly", IR]
IHO = ["Iran Hormoz", "Atomic Energy Organization of Iran", "AEOI", "Mohammad Eslami", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="A01", pub="2010-02-17", text=(
     "الأربعاء 3 ربيع الأول 1431 هـ - 17 شباط/فبراير 2010\n"
     "بحث وزير الخارجية الإيراني منوشهر متكي ونظيره الروسي سيرغي لافروف في اتصال هاتفي مساء أمس الثلاثاء مقترح تبادل الوقود النووي لمفاعل طهران للأبحاث، وذلك بعد أيام من إعلان طهران بدء تخصيب اليورانيوم بنسبة 20 بالمئة. "
     "وأفاد مراسل قناة العالم في موسكو بأن متكي سيزور العاصمة الروسية الأسبوع المقبل، على أن يلتقي خلال الزيارة أيضاً أمين مجلس الأمن الروسي نيكولاي باتروشيف."),
     dates=[("الأربعاء 3 ربيع الأول 1431 هـ", "2010-02-17", "h"), ("17 شباط/فبراير 2010", "2010-02-17", "g"),
            ("مساء أمس الثلاثاء", "2010-02-16", "r"), ("بعد أيام من", None, "ignore"),
            ("الأسبوع المقبل", "2010-02-22/2010-02-28", "r")],
     contacts=[C(LAV, MOT, "phone_call", "2010-02-16"), C([LAV, RU], MOT, "meet", "2010-02-22/2010-02-28"),
               C(PAT, MOT, "meet", "2010-02-22/2010-02-28")]),
dict(id="A02", pub="2010-11-19", text=(
     "باكو - الجزيرة نت\n"
     "التقى الرئيس الروسي دميتري مدفيديف نظيره الإيراني محمود أحمدي نجاد أمس الخميس على هامش القمة الثالثة للدول المطلة على بحر قزوين في العاصمة الأذربيجانية، في أول لقاء بينهما منذ توقيع مدفيديف في 22 سبتمبر/أيلول الماضي مرسوماً يحظر تسليم صواريخ إس-300 إلى طهران. "
     "وقال أحمدي نجاد للصحفيين إن القمة المقبلة ستعقد في طهران عام 2012، في حين اكتفى الكرملين بالقول إن الرئيسين اتفقا على مواصلة الاتصالات «على كل المستويات»."),
     dates=[("أمس الخميس", "2010-11-18", "r"), ("22 سبتمبر/أيلول الماضي", "2010-09-22", "g"), ("عام 2012", "2012", "g")],
     contacts=[C(MED, AHN, "meet", "2010-11-18"), C([MED, RU], [AHN, IR], "meet", "2012", True)]),
dict(id="A03", pub="2011-07-04", text=(
     "القاهرة - «المصري اليوم»\n"
     "أعلنت الهيئة العامة للسلع التموينية أنها تعاقدت أمس الأحد على شراء ١٨٠ ألف طن من القمح الروسي بسعر ٢٦٥ دولاراً للطن، في أول صفقة تفوز بها روسيا منذ رفع الحظر الذي فرضته موسكو على صادرات الحبوب في ١٥ أغسطس ٢٠١٠ إثر موجة جفاف غير مسبوقة. "
     "وقال مسؤول بالهيئة إن الشحنات ستصل إلى ميناء سفاجا في الفترة من ١١ إلى ٢٠ أغسطس المقبل، موضحاً أن حصة القمح الروسي من واردات مصر تراجعت العام الماضي إلى ٤٠٪ بعدما تجاوزت ٦٠٪ عام ٢٠٠٩."),
     dates=[("أمس الأحد", "2011-07-03", "r"), ("١٥ أغسطس ٢٠١٠", "2010-08-15", "g"),
            ("من ١١ إلى ٢٠ أغسطس المقبل", "2011-08-11/2011-08-20", "g"), ("العام الماضي", "2010", "r"), ("عام ٢٠٠٩", "2009", "g")],
     contacts=[]),
dict(id="A04", pub="2011-09-12", text=(
     "بوشهر/ 21 شهريور/ إرنا- جرى اليوم الاثنين التدشين الرسمي لمحطة بوشهر للطاقة النووية بحضور وزير الطاقة الروسي سيرغي شماتكو ورئيس مؤسسة «روس آتوم» سيرغي كيريينكو، اللذين أجريا على هامش المراسم محادثات مع رئيس منظمة الطاقة الذرية الإيرانية فريدون عباسي دواني حول رفع قدرة المحطة إلى 1000 ميغاواط. "
     "وكانت المحطة قد رُبطت بالشبكة الوطنية في 12 شهريور (3 أيلول/سبتمبر) بقدرة أولية تبلغ 60 ميغاواط، بعد نحو 16 عاماً من توقيع عقد إنجازها بين طهران وموسكو عام 1995."),
     dates=[("21 شهريور", "2011-09-12", "j"), ("اليوم الاثنين", "2011-09-12", "r"), ("12 شهريور", "2011-09-03", "j"),
            ("3 أيلول/سبتمبر", "2011-09-03", "g"), ("بعد نحو 16 عاماً من", None, "ignore"), ("عام 1995", "1995", "g")],
     contacts=[C(SHKI, ABD, "meet", "2011-09-12"),
               C([RU, "Rosatom", "Minatom"], [IR, "Atomic Energy Organization of Iran", "AEOI"], "agreement", "1995")]),
# ---- A05: whole article (Annahar, Levantine months) ----
dict(id="A05", pub="2012-06-07", text=(
     "بوتين ونجاد يلتقيان في بكين: تنسيق في الملف النووي وتحذير من «مغامرة» في سوريا\n"
     "الخميس 07 حزيران 2012 - السنة 79 - العدد 24768\n"
     "بكين - «النهار» (أ ف ب، رويترز، إيتار - تاس)\n"
     "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني محمود أحمدي نجاد أمس على هامش قمة منظمة شنغهاي للتعاون في العاصمة الصينية، في أول اجتماع بينهما منذ عودة بوتين إلى الكرملين في 7 أيار الماضي.\n"
     "وأوضح الناطق باسم الكرملين ديمتري بيسكوف أن الرئيسين بحثا في الجولة المقبلة من المفاوضات بين إيران ومجموعة الدول الست، المقررة في موسكو يومي 18 و19 حزيران الجاري، وفي تطورات الأزمة السورية.\n"
     "ونقل الموقع الرسمي للرئاسة الإيرانية عن أحمدي نجاد قوله إن «طهران وموسكو في خندق واحد في مواجهة الضغوط الغربية»، وإنه جدد دعوته لبوتين إلى زيارة إيران، فوعد الأخير بتلبيتها «في أقرب فرصة».\n"
     "وجاء اللقاء غداة محادثات أجراها بوتين مع الرئيس الصيني هو جينتاو أعلن الجانبان في ختامها رفضهما أي تدخل عسكري خارجي في سوريا.\n"
     "وكان وزير الخارجية الروسي سيرغي لافروف قد استقبل نظيره الإيراني علي أكبر صالحي في موسكو في 27 آذار الماضي، فيما التقى نائبه سيرغي ريابكوف كبير المفاوضين الإيرانيين سعيد جليلي في بغداد في 23 أيار على هامش الجولة السابقة من المفاوضات النووية.\n"
     "وكانت القمة الرابعة للدول المطلة على بحر قزوين، المقررة في طهران هذا العام، قد أرجئت إلى العام المقبل بطلب من الجانب الإيراني.\n"
     "وفي موسكو، أعلنت مؤسسة «روس آتوم» أنها ستسلّم محطة بوشهر إلى الإيرانيين بصورة نهائية قبل نهاية العام الجاري، فيما تراجع سعر برميل النفط الإيراني الخفيف أمس إلى 98 دولاراً، بانخفاض نسبته 1,5 في المئة.\n"
     "© جميع الحقوق محفوظة لـ«النهار» 2012"),
     dates=[("الخميس 07 حزيران 2012", "2012-06-07", "g"), ("أمس", "2012-06-06", "r"), ("7 أيار الماضي", "2012-05-07", "g"),
            ("18", "2012-06-18", "g"), ("19 حزيران الجاري", "2012-06-19", "g"), ("في أقرب فرصة", None, "ignore"),
            ("غداة", None, "ignore"), ("27 آذار الماضي", "2012-03-27", "g"), ("23 أيار", "2012-05-23", "g"),
            ("هذا العام", "2012", "r"), ("العام المقبل", "2013", "r"), ("قبل نهاية العام الجاري", None, "ignore"),
            ("أمس", "2012-06-06", "r"), ("«النهار» 2012", None, "ignore")],
     contacts=[C(PUT, AHN, "meet", "2012-06-06"), C(PUT, AHN, "message", "2012-06-06", True),
               C(PUT, [AHN, IR], "meet", None, True), C([RU, "Sergei Ryabkov"], [IR, "Saeed Jalili"], "meet", "2012-06-18/2012-06-19", True),
               C(LAV, SALE, "meet", "2012-03-27"), C(RYA, JALZ, "meet", "2012-05-23"), C([RU, PUT], [IR, AHN], "meet", "2013", True)]),
dict(id="A06", pub="2012-06-21", text=(
     "لندن - «القدس العربي» - أظهرت بيانات الجمارك الصينية الصادرة اليوم الخميس أن واردات الصين من النفط الإيراني هبطت في أيار/مايو الماضي بنسبة 29.6 في المئة إلى 1.6 مليون طن، أي ما يعادل نحو 378 ألف برميل يومياً، مقارنة بالشهر نفسه من العام الماضي. "
     "ويأتي ذلك قبل عشرة أيام من بدء سريان الحظر الأوروبي على النفط الإيراني في الأول من تموز/يوليو المقبل، فيما يتوجه نائب الرئيس الإيراني محمد رضا رحيمي إلى بكين مطلع الأسبوع المقبل لبحث تسديد ثمن الشحنات باليوان."),
     dates=[("اليوم الخميس", "2012-06-21", "r"), ("أيار/مايو الماضي", "2012-05", "g"), ("الشهر نفسه من العام الماضي", None, "ignore"),
            ("قبل عشرة أيام من", None, "ignore"), ("الأول من تموز/يوليو المقبل", "2012-07-01", "g"),
            ("مطلع الأسبوع المقبل", None, "ignore")],
     contacts=[]),
dict(id="A07", pub="2013-09-14", text=(
     "بيشكيك - لندن: «الشرق الأوسط»\n"
     "عقد الرئيس الإيراني حسن روحاني أمس (الجمعة) أول لقاء له مع نظيره الروسي فلاديمير بوتين على هامش قمة منظمة شنغهاي للتعاون في العاصمة القرغيزية، بعد نحو ستة أسابيع من أدائه اليمين الدستورية أمام البرلمان في 4 أغسطس (آب) الماضي. "
     "وقال مساعد الرئيس الروسي يوري أوشاكوف إن روحاني سلّم بوتين دعوة رسمية لزيارة طهران «قبلها الرئيس بسرور»، على أن يحدد موعدها لاحقاً، فيما يُنتظر أن يلتقي الرئيسان مجدداً في قمة الدول المطلة على بحر قزوين المقررة في أستراخان العام المقبل."),
     dates=[("أمس (الجمعة)", "2013-09-13", "r"), ("بعد نحو ستة أسابيع من", None, "ignore"), ("4 أغسطس (آب) الماضي", "2013-08-04", "g"),
            ("لاحقاً", None, "ignore"), ("العام المقبل", "2014", "r")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "message", "2013-09-13", True), C(PUT, ROU, "meet", None, True),
               C(PUT, ROU, "meet", "2014")]),
dict(id="A08", pub="2013-12-11", text=(
     "طهران - الميادين نت\n"
     "وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران صباح اليوم الأربعاء في أول زيارة له منذ توقيع اتفاق جنيف المرحلي بين إيران ومجموعة 5+1 فجر 24 تشرين الثاني الماضي، وأجرى محادثات مع نظيره محمد جواد ظريف قبل أن يستقبله الرئيس حسن روحاني بعد الظهر. "
     "وأعلن ظريف في مؤتمر صحافي مشترك أن البلدين سيوقّعان عقداً لبناء مفاعلين جديدين في بوشهر «خلال الأشهر المقبلة»، كاشفاً أن اللجنة الاقتصادية المشتركة ستعقد دورتها المقبلة في موسكو في النصف الثاني من شباط المقبل."),
     dates=[("صباح اليوم الأربعاء", "2013-12-11", "r"), ("فجر 24 تشرين الثاني الماضي", "2013-11-24", "g"), ("بعد الظهر", None, "ignore"),
            ("خلال الأشهر المقبلة", None, "ignore"), ("النصف الثاني من شباط المقبل", "2014-02-16/2014-02-28", "g")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-11"), C(LAV, ROU, "meet", "2013-12-11"), C([RU], [IR], "agreement", "2013-11-24", True),
               C([RU, "Rosatom"], [IR, "Atomic Energy Organization of Iran", "AEOI"], "agreement", None, True),
               C([RU], [IR], "meet", "2014-02-16/2014-02-28", True)]),
dict(id="A09", pub="2014-06-27", text=(
     "الجزائر - الشروق أونلاين\n"
     "تأهل المنتخب الوطني لأول مرة في تاريخه إلى الدور ثمن النهائي من كأس العالم 2014، بعد تعادله مساء أمس الخميس أمام روسيا بهدف لمثله في كوريتيبا، حيث عادل إسلام سليماني النتيجة في الدقيقة 60 بعد هدف مبكر لألكسندر كوكورين. "
     "ويواجه «الخضر» منتخب ألمانيا يوم الاثنين 30 جوان في بورتو أليغري على الساعة 21:00 بتوقيت الجزائر، فيما ودّع المنتخب الإيراني البطولة إثر خسارته أمام البوسنة 3-1. "
     "وكان رفقاء فيغولي قد خسروا أمام بلجيكا 2-1 في 17 جوان، قبل أن يسحقوا كوريا الجنوبية 4-2 في 22 من الشهر نفسه."),
     dates=[("كأس العالم 2014", None, "ignore"), ("مساء أمس الخميس", "2014-06-26", "r"), ("يوم الاثنين 30 جوان", "2014-06-30", "g"),
            ("17 جوان", "2014-06-17", "g"), ("22 من الشهر نفسه", "2014-06-22", "g")],
     contacts=[]),
dict(id="A10", pub="2014-09-03", text=(
     "وقّع وزير الاقتصاد الإيراني علي طيب نيا ووزير التنمية الاقتصادية الروسي أليكسي أوليوكاييف في موسكو، أول من أمس، مذكرة تفاهم لتوسيع التبادل التجاري وتسوية جزء منه بالعملتين الوطنيتين، على هامش اجتماعات اللجنة الحكومية المشتركة التي اختتمت أعمالها أمس الثلاثاء. "
     "وتحدثت صحف روسية عن صفقة «النفط مقابل السلع» بقيمة 20 مليار دولار، لكن مصدراً في الوفد الإيراني نفى لـ«الأخبار» توقيع أي عقد بهذا الشأن، مؤكداً أن البحث فيها سيُستكمل خلال زيارة طيب نيا المقبلة لموسكو في تشرين الثاني."),
     dates=[("أول من أمس", "2014-09-01", "r"), ("أمس الثلاثاء", "2014-09-02", "r"), ("تشرين الثاني", "2014-11", "g")],
     contacts=[C(ULY, TAY, "agreement", "2014-09-01"), C(ULY, TAY, "meet", "2014-09-01", True), C([RU], [IR], "meet", "any", True),
               C(ULY, TAY, "meet", "2014-11")]),
dict(id="A11", pub="2015-07-10", text=(
     "أوفا - سبوتنيك\n"
     "بحث الرئيس الروسي فلاديمير بوتين ونظيره الإيراني حسن روحاني، أمس الخميس، على هامش قمتي «بريكس» ومنظمة شنغهاي للتعاون في مدينة أوفا، سير المفاوضات النووية الجارية في فيينا بين طهران والسداسية الدولية، والتي مُددت مهلتها حتى 13 تموز/يوليو. "
     "وأكد بوتين أن عقد تسليم منظومات «إس-300» سيُنفذ «في المواعيد المتفق عليها»، بعدما رفع الحظر عنها بمرسوم وقّعه في 13 نيسان/أبريل الماضي، فيما يُنتظر أن ينضم وزير الخارجية سيرغي لافروف إلى نظيره الإيراني محمد جواد ظريف في فيينا بعد غد الأحد."),
     dates=[("أمس الخميس", "2015-07-09", "r"), ("حتى 13 تموز/يوليو", None, "ignore"), ("13 نيسان/أبريل الماضي", "2015-04-13", "g"),
            ("بعد غد الأحد", "2015-07-12", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C([RU], [IR], "agreement", None, True), C(LAV, ZAR, "meet", "2015-07-12")]),
dict(id="A12", pub="2015-06-19", text=(
     "سانت بطرسبرغ 02 رمضان 1436 هـ الموافق 19 يونيو 2015 م واس\n"
     "استقبل فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية في مدينة سانت بطرسبرغ مساء أمس، صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، الذي نقل إليه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود. "
     "وشهد الجانبان توقيع ست اتفاقيات، من بينها اتفاقية للتعاون في مجال الاستخدام السلمي للطاقة النووية، كما جرى بحث تطورات الأوضاع في سوريا واليمن والملف النووي الإيراني."),
     dates=[("02 رمضان 1436 هـ", "2015-06-19", "h"), ("19 يونيو 2015 م", "2015-06-19", "g"), ("مساء أمس", "2015-06-18", "r")],
     contacts=[]),
dict(id="A13", pub="2016-02-16", text=(
     "موسكو/ 27 بهمن/ إرنا- أجرى وزير الدفاع الإيراني العميد حسين دهقان اليوم الثلاثاء محادثات مع نظيره الروسي سيرغي شويغو في مقر وزارة الدفاع الروسية، تناولت استكمال تسليم منظومة الدفاع الجوي «إس-300» واحتمال شراء طهران مقاتلات «سوخوي-30». "
     "وكان دهقان قد وصل إلى العاصمة الروسية مساء أمس في زيارة تستغرق ثلاثة أيام، يلتقي خلالها غداً نائب رئيس الوزراء ديمتري روغوزين المشرف على الصناعات العسكرية."),
     dates=[("27 بهمن", "2016-02-16", "j"), ("اليوم الثلاثاء", "2016-02-16", "r"), ("مساء أمس", "2016-02-15", "r"), ("غداً", "2016-02-17", "r")],
     contacts=[C(SHO, DEH, "meet", "2016-02-16"), C([RU], DEH, "meet", "2016-02-15", True), C(ROG, DEH, "meet", "2016-02-17")]),
dict(id="A14", pub="2016-08-08", text=(
     "باكو - العربية.نت\n"
     "عقد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وأذربيجان إلهام علييف اليوم الاثنين أول قمة ثلاثية تجمعهم في باكو، وتبنوا في ختامها إعلاناً مشتركاً يدعو إلى تسريع إنجاز ممر النقل «شمال - جنوب» الذي يربط الهند بأوروبا عبر الأراضي الإيرانية والأذربيجانية والروسية. "
     "واجتمع بوتين وروحاني على انفراد قبيل القمة، فيما يستقبل الرئيس الروسي غداً الثلاثاء في سانت بطرسبرغ نظيره التركي رجب طيب أردوغان، في أول زيارة للأخير إلى روسيا منذ إسقاط المقاتلة الروسية «سو-24» في 24 نوفمبر 2015."),
     dates=[("اليوم الاثنين", "2016-08-08", "r"), ("قبيل القمة", None, "ignore"), ("غداً الثلاثاء", "2016-08-09", "r"),
            ("24 نوفمبر 2015", "2015-11-24", "g")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True)]),
dict(id="A15", pub="2017-11-13", text=(
     "السليمانية - السومرية نيوز\n"
     "أعلنت وزارة الصحة في إقليم كردستان، اليوم الاثنين، ارتفاع حصيلة ضحايا الزلزال الذي ضرب المناطق الحدودية بين العراق وإيران مساء أمس إلى 8 قتلى و535 جريحاً، فيما تجاوز عدد القتلى في الجانب الإيراني 400 بحسب التلفزيون الرسمي الإيراني، معظمهم في مدينة سربل ذهاب بمحافظة كرمانشاه. "
     "وكان الزلزال الذي بلغت قوته 7.3 درجات على مقياس ريختر قد وقع عند الساعة 9:18 من مساء الأحد على عمق 23 كيلومتراً، وهو الأعنف في المنطقة منذ زلزال 21 حزيران 1990 الذي دمّر مدناً في محافظتي جيلان وزنجان."),
     dates=[("اليوم الاثنين", "2017-11-13", "r"), ("مساء أمس", "2017-11-12", "r"), ("مساء الأحد", "2017-11-12", "r"),
            ("21 حزيران 1990", "1990-06-21", "g")],
     contacts=[]),
# ---- A16: whole article (SANA) ----
dict(id="A16", pub="2017-04-15", text=(
     "المعلم ولافروف وظريف: التحقيق في حادثة خان شيخون يجب أن يكون شاملاً ونزيهاً\n"
     "15 نيسان 2017 | 10:42\n"
     "موسكو-سانا\n"
     "عقد وزير الخارجية والمغتربين وليد المعلم ووزيرا الخارجية الروسي سيرغي لافروف والإيراني محمد جواد ظريف أمس اجتماعاً ثلاثياً في العاصمة الروسية بحثوا خلاله التطورات التي أعقبت العدوان الأمريكي على مطار الشعيرات فجر السابع من نيسان الجاري.\n"
     "وأكد الوزراء الثلاثة في بيان مشترك صدر في ختام الاجتماع رفضهم أي عمل عسكري أحادي الجانب، ودعوا إلى إرسال بعثة تحقيق دولية إلى خان شيخون ومطار الشعيرات في أقرب وقت.\n"
     "وقال لافروف في مؤتمر صحفي مشترك إن موسكو وطهران ودمشق ستواصل التنسيق في إطار مسار أستانا، مشيراً إلى أن الجولة المقبلة من الاجتماعات ستعقد في العاصمة الكازاخية مطلع أيار المقبل.\n"
     "بدوره أوضح ظريف أنه بحث مع لافروف على انفراد قبل الاجتماع الثلاثي تنفيذ الاتفاقات التي توصل إليها الرئيسان فلاديمير بوتين وحسن روحاني خلال زيارة الأخير إلى موسكو أواخر آذار الماضي.\n"
     "وكان ظريف قد أجرى اتصالاً هاتفياً مع لافروف في الثامن من الشهر الجاري، غداة الضربة الأمريكية.\n"
     "وكانت روسيا وإيران وتركيا قد أصدرت «إعلان موسكو» بشأن سورية في 20 كانون الأول 2016 إثر اجتماع ثلاثي لوزراء خارجيتها في العاصمة الروسية، فيما انطلقت الجولة الأولى من محادثات أستانا في 23 كانون الثاني الماضي.\n"
     "وفي سياق متصل، أعلنت وزارة الدفاع الروسية أن منظومة «إس-400» المنتشرة في قاعدة حميميم «في حالة تأهب دائم».\n"
     "تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط: https://t.me/SyrianArabNewsAgency"),
     dates=[("15 نيسان 2017", "2017-04-15", "g"), ("أمس", "2017-04-14", "r"), ("فجر السابع من نيسان الجاري", "2017-04-07", "g"),
            ("في أقرب وقت", None, "ignore"), ("مطلع أيار المقبل", "2017-05-01/2017-05-10", "g"), ("قبل الاجتماع الثلاثي", None, "ignore"),
            ("أواخر آذار الماضي", "2017-03-21/2017-03-31", "g"), ("الثامن من الشهر الجاري", "2017-04-08", "g"),
            ("غداة", None, "ignore"), ("20 كانون الأول 2016", "2016-12-20", "g"), ("23 كانون الثاني الماضي", "2017-01-23", "g")],
     contacts=[C(LAV, ZAR, "meet", "2017-04-14"), C([LAV, RU], [ZAR, IR], "agreement", "2017-04-14", True),
               C([RU], [IR], "meet", "2017-05-01/2017-05-10", True), C(PUT, ROU, "meet", "2017-03-21/2017-03-31"),
               C([PUT, RU], [ROU, IR], "agreement", "2017-03-21/2017-03-31", True), C(LAV, ZAR, "phone_call", "2017-04-08"),
               C(LAV, ZAR, "meet", "2016-12-20"), C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True),
               C([RU], [IR], "meet", "2017-01-23", True)]),
dict(id="A17", pub="2018-05-12", text=(
     "تاريخ النشر: 12.05.2018 | 08:45 GMT\n"
     "أفاد الكرملين بأن الرئيس فلاديمير بوتين بحث هاتفياً مع نظيره الإيراني حسن روحاني أمس الجمعة الوضع الناشئ عن انسحاب الولايات المتحدة من الاتفاق النووي، الذي أعلنه الرئيس دونالد ترامب يوم الثلاثاء الماضي، بعد ساعات من مناقشة الملف ذاته في اتصال مع المستشارة الألمانية أنغيلا ميركل. "
     "وأكد الرئيسان حرصهما على الحفاظ على الاتفاق، واتفقا على عقد لقاء ثنائي على هامش قمة منظمة شنغهاي للتعاون في مدينة تشينغداو الصينية يومي 9 و10 يونيو/حزيران المقبل."),
     dates=[("12.05.2018", "2018-05-12", "g"), ("أمس الجمعة", "2018-05-11", "r"), ("يوم الثلاثاء الماضي", "2018-05-08", "r"),
            ("بعد ساعات من", None, "ignore"), ("9", "2018-06-09", "g"), ("10 يونيو/حزيران المقبل", "2018-06-10", "g")],
     contacts=[C(PUT, ROU, "phone_call", "2018-05-11"), C(PUT, ROU, "meet", "2018-06-09/2018-06-10")]),
dict(id="A18", pub="2018-06-16", text=(
     "هسبريس - سان بطرسبورغ\n"
     "تلقى المنتخب الوطني المغربي هزيمة قاسية أمام نظيره الإيراني بهدف دون رد، مساء أمس الجمعة بملعب سان بطرسبورغ، برسم الجولة الأولى من دور المجموعات لمونديال روسيا 2018، بعدما سجل عزيز بوحدوز الهدف خطأً في مرماه في الدقيقة 95. "
     "ويخوض «أسود الأطلس» مباراتهم الثانية أمام البرتغال يوم الأربعاء 20 يونيو بموسكو على الساعة الواحدة زوالا بتوقيت المغرب، قبل أن يواجهوا إسبانيا في 25 من الشهر الجاري بكالينينغراد."),
     dates=[("مساء أمس الجمعة", "2018-06-15", "r"), ("مونديال روسيا 2018", None, "ignore"), ("يوم الأربعاء 20 يونيو", "2018-06-20", "g"),
            ("25 من الشهر الجاري", "2018-06-25", "g")],
     contacts=[]),
dict(id="A19", pub="2019-06-16", text=(
     "دوشنبه - أ ش أ\n"
     "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني، أمس السبت، على هامش القمة الخامسة لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا «سيكا» بالعاصمة الطاجيكية دوشنبه، وذلك غداة مشاركتهما في قمة منظمة شنغهاي للتعاون في بيشكيك يوم الجمعة ١٤ يونيو. "
     "وقال روحاني إن بلاده ستواصل تقليص التزاماتها بموجب الاتفاق النووي إذا لم تتحرك الأطراف الأوروبية قبل ٧ يوليو، موعد انتهاء مهلة الستين يوماً التي أعلنتها طهران في ٨ مايو الماضي."),
     dates=[("أمس السبت", "2019-06-15", "r"), ("غداة", None, "ignore"), ("يوم الجمعة ١٤ يونيو", "2019-06-14", "g"),
            ("قبل ٧ يوليو", None, "ignore"), ("٨ مايو الماضي", "2019-05-08", "g")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-06-14", True)]),
dict(id="A20", pub="2019-09-17", text=(
     "أنقرة - «القدس العربي»: اتفق رؤساء تركيا رجب طيب أردوغان وروسيا فلاديمير بوتين وإيران حسن روحاني، في ختام قمتهم الثلاثية الخامسة بشأن سوريا التي احتضنتها العاصمة التركية أمس الاثنين، على تشكيل اللجنة الدستورية السورية، وأصدروا بياناً ختامياً من 14 بنداً. "
     "وعقد بوتين وروحاني لقاءً ثنائياً على هامش القمة، بعدما كان الرئيس الروسي قد التقى أردوغان في وقت سابق، فيما تقرر أن تستضيف طهران القمة المقبلة «في موعد يتفق عليه لاحقاً». "
     "ونفى المتحدث باسم الكرملين ديمتري بيسكوف التقارير عن اتصال مرتقب بين بوتين وولي العهد السعودي الأمير محمد بن سلمان بشأن الهجوم على منشأتي أرامكو في بقيق وخريص فجر السبت الماضي."),
     dates=[("أمس الاثنين", "2019-09-16", "r"), ("في موعد يتفق عليه لاحقاً", None, "ignore"), ("فجر السبت الماضي", "2019-09-14", "r")],
     contacts=[C(PUT, ROU, "meet", "2019-09-16"), C([PUT, RU], [ROU, IR], "agreement", "2019-09-16", True),
               C([PUT, RU], [ROU, IR], "meet", None, True)]),
dict(id="A21", pub="2020-04-13", text=(
     "الاثنين، 13 أبريل 2020 10:30 ص\n"
     "توصل تحالف «أوبك+» بقيادة السعودية وروسيا، في اجتماع عبر الفيديو أمس الأحد، إلى اتفاق لخفض الإنتاج بمقدار 9.7 مليون برميل يومياً اعتباراً من أول مايو المقبل ولمدة شهرين، وهو أكبر خفض في تاريخ المنظمة، فيما أُعفيت إيران وليبيا وفنزويلا من الالتزام بالتخفيضات. "
     "وارتفع خام برنت في التعاملات المبكرة اليوم بنسبة 4.1% إلى 32.8 دولار للبرميل، بعدما خسر نحو 60% من قيمته منذ مطلع العام."),
     dates=[("الاثنين، 13 أبريل 2020", "2020-04-13", "g"), ("أمس الأحد", "2020-04-12", "r"), ("أول مايو المقبل", "2020-05-01", "g"),
            ("اليوم", "2020-04-13", "r"), ("مطلع العام", None, "ignore")],
     contacts=[]),
dict(id="A22", pub="2020-01-04", text=(
     "السبت 14 دي 1398 - 04 يناير 2020\n"
     "أجرى وزير الخارجية الإيراني محمد جواد ظريف اتصالاً هاتفياً مع نظيره الروسي سيرغي لافروف مساء أمس الجمعة، قدّم خلاله الأخير تعازيه باستشهاد الفريق قاسم سليماني في الغارة الأمريكية قرب مطار بغداد فجر اليوم نفسه، معتبراً أنها «انتهاك صارخ للقانون الدولي». "
     "وكان السفير الروسي في طهران ليفان جاغاريان قد زار صباح أمس مقر الخارجية الإيرانية حيث التقى مساعد الوزير عباس عراقجي، فيما أعلن الكرملين أن الرئيس فلاديمير بوتين ناقش التطورات هاتفياً مع نظيره الفرنسي إيمانويل ماكرون."),
     dates=[("السبت 14 دي 1398", "2020-01-04", "j"), ("04 يناير 2020", "2020-01-04", "g"), ("مساء أمس الجمعة", "2020-01-03", "r"),
            ("فجر اليوم نفسه", None, "ignore"), ("صباح أمس", "2020-01-03", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-01-03"), C(LAV, ZAR, "message", "2020-01-03", True),
               C(DZH, [ARA, IR], "meet", "2020-01-03")]),
dict(id="A23", pub="2021-08-05", text=(
     "طهران - تسنيم\n"
     "التقى رئيس مجلس الدوما الروسي فياتشيسلاف فولودين، اليوم الخميس 14 مرداد 1400، رئيس مجلس الشورى الإسلامي محمد باقر قاليباف على هامش مراسم أداء الرئيس آية الله السيد إبراهيم رئيسي اليمين الدستورية، قبل أن يستقبله رئيسي مساءً ويتسلم منه رسالة خطية من الرئيس فلاديمير بوتين. "
     "وكان بوتين قد بعث ببرقية تهنئة إلى رئيسي في 29 خرداد (19 حزيران/يونيو) غداة فوزه في الانتخابات الرئاسية، أعرب فيها عن ثقته بمواصلة «التعاون البنّاء» بين البلدين."),
     dates=[("اليوم الخميس 14 مرداد 1400", "2021-08-05", "j"), ("مساءً", None, "ignore"), ("29 خرداد", "2021-06-19", "j"), ("19 حزيران/يونيو", "2021-06-19", "g"),
            ("غداة", None, "ignore")],
     contacts=[C(VOL, GHA, "meet", "2021-08-05"), C(VOL, RAI, "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-08-05"),
               C(PUT, RAI, "message", "2021-06-19")]),
dict(id="A24", pub="2021-03-28", text=(
     "الدوحة - الجزيرة\n"
     "وقّعت إيران والصين أمس السبت في طهران اتفاقية للتعاون الشامل مدتها 25 عاماً، وقّعها وزيرا الخارجية محمد جواد ظريف ووانغ يي في مراسم أقيمت بمقر الخارجية الإيرانية، تزامناً مع مرور 50 عاماً على إقامة العلاقات الدبلوماسية بين البلدين. "
     "وكان الرئيس الصيني شي جين بينغ قد اقترح الاتفاقية خلال زيارته لطهران في 23 يناير/كانون الثاني 2016، فيما قال المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده إن نصها «لن يُنشر» قبل استكمال إجراءاته القانونية في البلدين. "
     "ويصل وانغ يي اليوم إلى الإمارات ضمن جولة إقليمية بدأها من السعودية في 24 مارس/آذار."),
     dates=[("أمس السبت", "2021-03-27", "r"), ("23 يناير/كانون الثاني 2016", "2016-01-23", "g"),
            ("قبل استكمال إجراءاته القانونية", None, "ignore"), ("اليوم", "2021-03-28", "r"),
            ("24 مارس/آذار", "2021-03-24", "g")],
     contacts=[]),
dict(id="A25", pub="2022-06-23", text=(
     "طهران - وكالة مهر للأنباء\n"
     "أجرى وزير الخارجية الإيراني حسين أمير عبداللهيان محادثات مع نظيره الروسي سيرغي لافروف صباح اليوم الخميس في طهران، تناولت مفاوضات إحياء الاتفاق النووي ومشروع معاهدة التعاون الشامل بين البلدين. "
     "وكان لافروف قد وصل إلى طهران مساء الأربعاء، واستقبله رئيس الجمهورية آية الله السيد إبراهيم رئيسي بعد ساعات من وصوله، فيما يُنتظر أن يزور كبير مساعدي وزير الخارجية للشؤون السياسية الخاصة علي أصغر خاجي موسكو الأسبوع المقبل لمتابعة الملف السوري."),
     dates=[("صباح اليوم الخميس", "2022-06-23", "r"), ("مساء الأربعاء", "2022-06-22", "r"), ("بعد ساعات من", None, "ignore"),
            ("الأسبوع المقبل", "2022-06-27/2022-07-03", "r")],
     contacts=[C(LAV, AMI, "meet", "2022-06-23"), C(LAV, RAI, "meet", "2022-06-22"), C([RU], KHAJ, "meet", "2022-06-27/2022-07-03")]),
# ---- A26: whole article (Independent Arabia) ----
dict(id="A26", pub="2023-05-17", text=(
     "موسكو وطهران توقعان اتفاق سكة حديد «رشت - آستارا» بحضور بوتين ورئيسي عبر الفيديو\n"
     "الأربعاء 17 مايو 2023 20:15\n"
     "اندبندنت عربية - وكالات\n"
     "وقّعت روسيا وإيران، اليوم الأربعاء، اتفاقاً حكومياً لتمويل وبناء خط السكك الحديدية بين مدينتي رشت وآستارا الإيرانيتين، في خطوة تهدف إلى إكمال الحلقة المفقودة من ممر النقل الدولي «شمال - جنوب».\n"
     "ووقّع الاتفاق في طهران وزير النقل الروسي فيتالي سافيليف ووزير الطرق وبناء المدن الإيراني مهرداد بذرباش، بحضور الرئيس الإيراني إبراهيم رئيسي، فيما شارك الرئيس الروسي فلاديمير بوتين في المراسم عبر دائرة تلفزيونية مغلقة من الكرملين.\n"
     "وقال بوتين إن الخط البالغ طوله 162 كيلومتراً سيمكّن من نقل ما يصل إلى 10 ملايين طن من البضائع سنوياً، موضحاً أن موسكو ستقدم قرضاً حكومياً بقيمة 1.3 مليار يورو لتمويل المشروع الذي تقدر كلفته الإجمالية بـ1.6 مليار يورو.\n"
     "من جهته، وصف رئيسي الاتفاق بأنه «خطوة استراتيجية»، معرباً عن أمله في أن يبدأ العمل فيه «خلال الأشهر المقبلة» وأن يُنجز خلال أربع سنوات.\n"
     "وكان بوتين ورئيسي قد بحثا المشروع في اتصال هاتفي في 26 أبريل (نيسان) الماضي، بعد نحو تسعة أشهر من لقائهما في طهران في 19 يوليو (تموز) 2022، حين وقّعت شركة «غازبروم» مذكرة تفاهم مع شركة النفط الوطنية الإيرانية لتطوير حقول غاز ونفط بقيمة 40 مليار دولار.\n"
     "ويأتي توقيع الاتفاق قبل أيام من زيارة مرتقبة لنائب رئيس الوزراء الروسي ألكسندر نوفاك إلى طهران لترؤس اجتماعات اللجنة الاقتصادية المشتركة مع وزير النفط جواد أوجي.\n"
     "وتعوّل نيودلهي على الممر لخفض زمن نقل البضائع من مومباي إلى سان بطرسبورغ من 40 يوماً إلى نحو 25 يوماً.\n"
     "كلمات مفتاحية: روسيا، إيران، سكك حديد، ممر شمال - جنوب"),
     dates=[("الأربعاء 17 مايو 2023", "2023-05-17", "g"), ("اليوم الأربعاء", "2023-05-17", "r"), ("خلال الأشهر المقبلة", None, "ignore"),
            ("خلال أربع سنوات", None, "ignore"), ("26 أبريل (نيسان) الماضي", "2023-04-26", "g"), ("بعد نحو تسعة أشهر من", None, "ignore"),
            ("19 يوليو (تموز) 2022", "2022-07-19", "g"), ("قبل أيام من", None, "ignore")],
     contacts=[C(SAV, BAZ, "agreement", "2023-05-17"), C(SAV, BAZ, "meet", "2023-05-17", True), C(PUT, RAI, "meet", "2023-05-17", True),
               C(PUT, RAI, "phone_call", "2023-05-17", True), C(SAV, RAI, "meet", "2023-05-17", True),
               C(PUT, RAI, "phone_call", "2023-04-26"), C(PUT, RAI, "meet", "2022-07-19"), C(MIL, NIOC, "agreement", "2022-07-19"),
               C(NOV, OWJ, "meet", None, True)]),
dict(id="A27", pub="2022-10-17", text=(
     "كييف - «النهار العربي»\n"
     "هزّت انفجارات عدة وسط كييف صباح اليوم الاثنين، بعدما شنت القوات الروسية هجوماً بطائرات مسيّرة انتحارية قالت السلطات الأوكرانية إنها من طراز «شاهد-136» الإيرانية الصنع، ما أسفر عن مقتل 4 أشخاص على الأقل، بعد أسبوع من موجة القصف الصاروخي التي استهدفت المدينة في 10 تشرين الأول. "
     "وأعلن سلاح الجو الأوكراني إسقاط 37 مسيّرة من أصل 43 منذ منتصف ليل الأحد، فيما جددت طهران نفيها تزويد موسكو بأي طائرات مسيّرة لاستخدامها في الحرب، مؤكدة أن الشحنات التي يتحدث عنها الغرب «تعود إلى ما قبل 24 شباط»."),
     dates=[("صباح اليوم الاثنين", "2022-10-17", "r"), ("بعد أسبوع من", None, "ignore"), ("10 تشرين الأول", "2022-10-10", "g"),
            ("منتصف ليل الأحد", "2022-10-16", "r"), ("24 شباط", "2022-02-24", "g")],
     contacts=[]),
dict(id="A28", pub="2023-05-10", text=(
     "موسكو - RT\n"
     "انطلق في موسكو اليوم الأربعاء الاجتماع الرباعي لوزراء خارجية روسيا سيرغي لافروف وتركيا مولود جاويش أوغلو وإيران حسين أمير عبداللهيان وسوريا فيصل المقداد، في أول لقاء على هذا المستوى منذ اندلاع الأزمة السورية عام 2011. "
     "وعقد لافروف قبيل الاجتماع محادثات ثنائية مع أمير عبداللهيان، بعد أن التقى كلّاً من المقداد وجاويش أوغلو مساء أمس، فيما سبق الاجتماع لقاءٌ رباعي لنواب وزراء الخارجية في العاصمة الروسية يومي 3 و4 أبريل الماضي."),
     dates=[("اليوم الأربعاء", "2023-05-10", "r"), ("عام 2011", "2011", "g"), ("قبيل الاجتماع", None, "ignore"), ("مساء أمس", "2023-05-09", "r"),
            ("3", "2023-04-03", "g"), ("4 أبريل الماضي", "2023-04-04", "g")],
     contacts=[C(LAV, AMI, "meet", "2023-05-10"), C([RU], [IR], "meet", "2023-04-03/2023-04-04")]),
dict(id="A29", pub="2023-12-07", text=(
     "الخميس 23 جمادى الأولى 1445 - 07 كانون الأول 2023\n"
     "استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في الكرملين اليوم، غداة عودته من جولة خاطفة شملت الإمارات والسعودية التقى خلالها الرئيس محمد بن زايد وولي العهد الأمير محمد بن سلمان. "
     "وقال بوتين في مستهل المحادثات إن «العلاقات تتطور بشكل جيد جداً»، مشيراً إلى أن التبادل التجاري نما بنسبة 20% في الأشهر التسعة الأولى من العام الجاري، فيما كشف مستشار الكرملين يوري أوشاكوف أن الرئيسين سيوقعان معاهدة الشراكة الاستراتيجية الشاملة «في أقرب وقت ممكن»، نافياً وجود خلافات حول نصها."),
     dates=[("الخميس 23 جمادى الأولى 1445", "2023-12-07", "h"), ("07 كانون الأول 2023", "2023-12-07", "g"), ("اليوم", "2023-12-07", "r"),
            ("غداة", None, "ignore"), ("الأشهر التسعة الأولى من العام الجاري", "2023-01-01/2023-09-30", "r"),
            ("في أقرب وقت ممكن", None, "ignore")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C([PUT, RU], [RAI, IR], "agreement", None, True)]),
dict(id="A30", pub="2024-08-03", text=(
     "طهران - 3 - 8 (كونا) -- أعلنت الحكومة الإيرانية اليوم السبت تعطيل الدوائر الحكومية والمصارف في العاصمة طهران و13 محافظة أخرى غدا الأحد، بسبب موجة الحر الشديدة التي رفعت درجات الحرارة إلى 50 درجة مئوية في بعض المناطق وللحد من استهلاك الكهرباء. "
     "وتوقعت هيئة الأرصاد الجوية استمرار الموجة حتى يوم الأربعاء المقبل، علماً أن السلطات كانت قد أغلقت المكاتب الحكومية في 12 محافظة يومي 28 و29 يوليو الماضي للسبب ذاته."),
     dates=[("3 - 8", "2024-08-03", "g"), ("اليوم السبت", "2024-08-03", "r"), ("غدا الأحد", "2024-08-04", "r"),
            ("يوم الأربعاء المقبل", "2024-08-07", "r"), ("28", "2024-07-28", "g"), ("29 يوليو الماضي", "2024-07-29", "g")],
     contacts=[]),
dict(id="A31", pub="2024-10-23", text=(
     "قازان - سبوتنيك\n"
     "عقد الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، محادثات مع نظيره الإيراني مسعود بزشكيان على هامش قمة مجموعة «بريكس» المنعقدة في قازان بين 22 و24 تشرين الأول/أكتوبر، هي الثانية بينهما خلال أقل من أسبوعين بعد لقائهما في عشق آباد في 11 من الشهر الجاري. "
     "وأعلن بزشكيان أن معاهدة الشراكة الاستراتيجية الشاملة «باتت جاهزة للتوقيع»، فيما قال الكرملين إن توقيعها سيجري خلال زيارة الرئيس الإيراني المقبلة إلى موسكو، التي «سيُحدد موعدها عبر القنوات الدبلوماسية»."),
     dates=[("اليوم الأربعاء", "2024-10-23", "r"), ("بين 22 و24 تشرين الأول/أكتوبر", "2024-10-22/2024-10-24", "g"),
            ("خلال أقل من أسبوعين", None, "ignore"), ("11 من الشهر الجاري", "2024-10-11", "g")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"), C([PUT, RU], [PEZ, IR], "agreement", None, True),
               C(PUT, PEZ, "meet", None, True)]),
dict(id="A32", pub="2024-01-23", text=(
     "القاهرة - بوابة الأهرام\n"
     "شهد الرئيس عبد الفتاح السيسي ونظيره الروسي فلاديمير بوتين، عبر تقنية الفيديو كونفرانس اليوم الثلاثاء، صب الخرسانة الأولى للوحدة الرابعة بمحطة الضبعة النووية، التي تنفذها شركة «روس آتوم» الروسية بقدرة ١٢٠٠ ميجاوات لكل وحدة من الوحدات الأربع. "
     "وقال أليكسي ليخاتشوف، المدير العام للشركة، إن تشغيل الوحدة الأولى مقرر عام ٢٠٢٨، مشيراً إلى أن المشروع انطلق رسمياً في ٢٠ يوليو ٢٠٢٢ بصب خرسانة الوحدة الأولى، وأن «روس آتوم» تبني في الوقت نفسه الوحدتين الثانية والثالثة من محطة بوشهر الإيرانية."),
     dates=[("اليوم الثلاثاء", "2024-01-23", "r"), ("عام ٢٠٢٨", "2028", "g"), ("٢٠ يوليو ٢٠٢٢", "2022-07-20", "g"),
            ("في الوقت نفسه", None, "ignore")],
     contacts=[]),
dict(id="A33", pub="2025-01-17", text=(
     "موسكو - الجزيرة نت\n"
     "وقّع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان في الكرملين اليوم الجمعة معاهدة الشراكة الاستراتيجية الشاملة بين البلدين ومدتها 20 عاماً، وذلك في ختام محادثات موسعة بين الوفدين استمرت نحو ثلاث ساعات. "
     "ولا تتضمن المعاهدة، التي تحل محل معاهدة أسس العلاقات الموقعة عام 2001، بنداً للدفاع المشترك على غرار الاتفاق الذي وقعته موسكو مع بيونغ يانغ في 19 يونيو/حزيران من العام الماضي. "
     "وتأتي الزيارة قبل ثلاثة أيام من تنصيب الرئيس الأميركي المنتخب دونالد ترامب في 20 يناير/كانون الثاني الجاري."),
     dates=[("اليوم الجمعة", "2025-01-17", "r"), ("عام 2001", "2001", "g"), ("19 يونيو/حزيران من العام الماضي", "2024-06-19", "g"),
            ("قبل ثلاثة أيام من", None, "ignore"), ("20 يناير/كانون الثاني الجاري", "2025-01-20", "g")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17"), C([RU], [IR], "agreement", "2001")]),
dict(id="A34", pub="2025-04-18", text=(
     "موسكو - طهران: «الشرق الأوسط»\n"
     "سلّم وزير الخارجية الإيراني عباس عراقجي الرئيس الروسي فلاديمير بوتين، أمس (الخميس)، رسالة خطية من المرشد الإيراني علي خامنئي تتعلق بالمحادثات النووية غير المباشرة مع واشنطن، وذلك قبل يومين من جولتها الثانية المقررة في روما السبت بوساطة عُمانية. "
     "ويلتقي عراقجي اليوم (الجمعة) نظيره سيرغي لافروف، بعد أن كانا قد بحثا الملف هاتفياً في 8 أبريل (نيسان) الحالي، غداة إعلان الرئيس الأميركي دونالد ترمب عن المحادثات. "
     "ووصف الكرملين الرسالة بأنها «مهمة»، لكنه امتنع عن كشف مضمونها."),
     dates=[("أمس (الخميس)", "2025-04-17", "r"), ("قبل يومين من", None, "ignore"), ("السبت", "2025-04-19", "r"),
            ("اليوم (الجمعة)", "2025-04-18", "r"), ("8 أبريل (نيسان) الحالي", "2025-04-08", "g"), ("غداة", None, "ignore")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17"), C(LAV, ARA, "meet", "2025-04-18"),
               C(LAV, ARA, "phone_call", "2025-04-08")]),
dict(id="A35", pub="2025-09-27", text=(
     "موسكو - تسنيم\n"
     "وقّعت شركة «إيران هرمز» للطاقة النووية ومؤسسة «روس آتوم» الروسية، أمس الجمعة 4 مهر 1404 (26 أيلول/سبتمبر 2025) في موسكو، عقداً بقيمة 25 مليار دولار لبناء أربع وحدات نووية بطاقة إجمالية تبلغ 5 آلاف ميغاواط في منطقة سيريك بمحافظة هرمزكان، بحضور رئيس منظمة الطاقة الذرية محمد إسلامي والمدير العام لـ«روس آتوم» أليكسي ليخاتشوف. "
     "وكان إسلامي قد وصل إلى العاصمة الروسية يوم الثلاثاء 1 مهر للمشاركة في «الأسبوع الذري العالمي»، وحضر الجلسة العامة التي تحدث فيها الرئيس فلاديمير بوتين يوم الخميس. "
     "ويأتي العقد فيما يُتوقع أن تعود عقوبات الأمم المتحدة على إيران فجر الأحد 28 أيلول بموجب آلية «الزناد»."),
     dates=[("أمس الجمعة 4 مهر 1404", "2025-09-26", "j"), ("26 أيلول/سبتمبر 2025", "2025-09-26", "g"), ("يوم الثلاثاء 1 مهر", "2025-09-23", "j"),
            ("يوم الخميس", "2025-09-25", "r"), ("فجر الأحد 28 أيلول", "2025-09-28", "g")],
     contacts=[C(LIK, IHO, "agreement", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-26", True), C([RU], ESL, "meet", "2025-09-23", True),
               C([PUT, RU], ESL, "meet", "2025-09-25", True)]),
# ---- A36: whole article (Al-Alam) ----
dict(id="A36", pub="2025-12-10", text=(
     "اختتام اجتماعات اللجنة الاقتصادية المشتركة بين إيران وروسيا بتوقيع 12 وثيقة تعاون\n"
     "الأربعاء 10 ديسمبر 2025 - 19 آذر 1404\n"
     "طهران (العالم)\n"
     "اختتمت في طهران اليوم الأربعاء أعمال الدورة الثامنة عشرة للجنة الحكومية المشتركة للتعاون الاقتصادي والتجاري بين إيران وروسيا، برئاسة وزير النفط الإيراني محسن باك نجاد ووزير الطاقة الروسي سيرغي تسيفيليف، بعد يومين من المباحثات.\n"
     "ووقّع الجانبان في ختام الاجتماعات 12 وثيقة ومذكرة تفاهم في مجالات الطاقة والنقل والمصارف والزراعة، أبرزها عقد بين شركة «غازبروم» والشركة الوطنية الإيرانية للغاز لتوريد ما يصل إلى 2 مليار متر مكعب من الغاز الروسي سنوياً عبر أراضي أذربيجان اعتباراً من العام المقبل.\n"
     "وقال باك نجاد في مؤتمر صحفي مشترك مع تسيفيليف إن حجم التبادل التجاري بين البلدين ارتفع بنسبة 16% خلال الأشهر الثمانية الأولى من العام الإيراني الجاري.\n"
     "وأضاف أن الربط الكامل بين شبكتي «مير» و«شتاب» المصرفيتين سيدخل حيز التنفيذ مطلع العام الإيراني الجديد في 21 آذار/مارس 2026، بموجب اتفاق وقّعه البنكان المركزيان في البلدين في 24 مهر الماضي.\n"
     "وكان البلدان قد وقّعا معاهدة الشراكة الاستراتيجية الشاملة في موسكو في 17 كانون الثاني/يناير الماضي، ودخلت حيز التنفيذ في 2 تشرين الأول/أكتوبر من العام نفسه، فيما عُقدت الدورة السابقة للجنة في موسكو أواخر أيار/مايو 2024.\n"
     "في غضون ذلك، نفى المتحدث باسم الكرملين ديمتري بيسكوف تقارير عن زيارة مرتقبة للرئيس فلاديمير بوتين إلى طهران الشهر المقبل، مؤكداً أنه «لا توجد خطط كهذه في الوقت الراهن».\n"
     "ويلتقي تسيفيليف غداً الرئيس مسعود بزشكيان قبل مغادرته طهران، بحسب ما أفاد مكتب الرئاسة الإيرانية.\n"
     "العالم - قناة العالم الإخبارية | جميع الحقوق محفوظة ©"),
     dates=[("الأربعاء 10 ديسمبر 2025", "2025-12-10", "g"), ("19 آذر 1404", "2025-12-10", "j"), ("اليوم الأربعاء", "2025-12-10", "r"),
            ("بعد يومين من", None, "ignore"), ("العام المقبل", "2026", "r"),
            ("الأشهر الثمانية الأولى من العام الإيراني الجاري", "2025-03-21/2025-11-21", "r"), ("مطلع العام الإيراني الجديد", None, "ignore"),
            ("21 آذار/مارس 2026", "2026-03-21", "g"), ("24 مهر الماضي", "2025-10-16", "j"),
            ("17 كانون الثاني/يناير الماضي", "2025-01-17", "g"), ("2 تشرين الأول/أكتوبر من العام نفسه", "2025-10-02", "g"),
            ("أواخر أيار/مايو 2024", "2024-05-21/2024-05-31", "g"), ("الشهر المقبل", "2026-01", "r"), ("في الوقت الراهن", None, "ignore"),
            ("غداً", "2025-12-11", "r"), ("قبل مغادرته طهران", None, "ignore")],
     contacts=[C(TSIV, PAK, "meet", "2025-12-10"), C([RU, "Sergei Tsivilev"], [IR, "Mohsen Paknejad"], "agreement", "2025-12-10"),
               C(MIL, NIGC, "agreement", "2025-12-10"), C(NAB, CBI, "agreement", "2025-10-16"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C([RU], [IR], "meet", "2024-05-21/2024-05-31", True),
               C(TSIV, PEZ, "meet", "2025-12-11")]),
dict(id="A37", pub="2026-01-14", text=(
     "طهران/ 24 دي/ إرنا- بحث وزير الخارجية عباس عراقجي مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء الثلاثاء، آخر المستجدات المتعلقة بالملف النووي وتطورات المنطقة، وذلك بعد يوم واحد من مشاورات أجراها مساعد وزير الخارجية للشؤون القانونية والدولية كاظم غريب آبادي في موسكو يوم الاثنين 22 دي (12 كانون الثاني/يناير) مع نائب وزير الخارجية الروسي سيرغي ريابكوف. "
     "من جهة أخرى، التقى السفير الروسي في طهران أليكسي ديدوف أول من أمس رئيس لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى الإسلامي إبراهيم عزيزي، فيما أُلغيت زيارة وفد من مجلس الاتحاد الروسي كانت مقررة إلى طهران الأسبوع الماضي."),
     dates=[("24 دي", "2026-01-14", "j"), ("مساء الثلاثاء", "2026-01-13", "r"), ("بعد يوم واحد من", None, "ignore"),
            ("يوم الاثنين 22 دي", "2026-01-12", "j"), ("12 كانون الثاني/يناير", "2026-01-12", "g"), ("أول من أمس", "2026-01-12", "r"),
            ("الأسبوع الماضي", "2026-01-05/2026-01-11", "r")],
     contacts=[C(LAV, ARA, "phone_call", "2026-01-13"), C(RYA, GHAR, "meet", "2026-01-12"), C(DED, AZI, "meet", "2026-01-12")]),
dict(id="A38", pub="2026-02-10", text=(
     "أنقرة - TRT عربي\n"
     "بحث الرئيس رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، في اتصال هاتفي مساء أمس الاثنين، العلاقات الثنائية والتطورات في أوكرانيا والتوتر المتصاعد بين إيران والولايات المتحدة، وفق ما أفادت دائرة الاتصال بالرئاسة التركية. "
     "وأكد أردوغان أن الوحدة الأولى من محطة «أكويو» النووية التي تبنيها «روس آتوم» ستدخل الخدمة هذا العام، بعدما سجلت صادرات الغاز الروسي إلى تركيا عبر خط «ترك ستريم» مستوى قياسياً الشهر الماضي. "
     "ويزور وزير الخارجية هاكان فيدان طهران الأسبوع المقبل لبحث ملف الطاقة ومستقبل خط الغاز الإيراني الذي تنتهي اتفاقيته في يوليو/تموز 2026."),
     dates=[("مساء أمس الاثنين", "2026-02-09", "r"), ("هذا العام", "2026", "r"), ("الشهر الماضي", "2026-01", "r"),
            ("الأسبوع المقبل", "2026-02-16/2026-02-22", "r"), ("يوليو/تموز 2026", "2026-07", "g")],
     contacts=[]),
dict(id="A39", pub="2024-03-24", text=(
     "الجزائر - «الخبر»\n"
     "بعث الرئيس الإيراني إبراهيم رئيسي، أمس السبت، ببرقية تعزية إلى نظيره الروسي فلاديمير بوتين إثر الهجوم الذي استهدف قاعة الحفلات «كروكوس سيتي هول» بضواحي موسكو مساء الجمعة 22 مارس وأسفر عن سقوط 133 قتيلاً في حصيلة غير نهائية، مديناً «العمل الإرهابي الجبان». "
     "وأجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان في اليوم نفسه اتصالاً هاتفياً بنظيره سيرغي لافروف نقل خلاله تعازي طهران، فيما تقرر إرجاء اجتماعات اللجنة الاقتصادية المشتركة التي كانت مقررة في موسكو يومي 26 و27 مارس إلى أفريل المقبل."),
     dates=[("أمس السبت", "2024-03-23", "r"), ("مساء الجمعة 22 مارس", "2024-03-22", "g"), ("في اليوم نفسه", None, "ignore"),
            ("26", "2024-03-26", "g"), ("27 مارس", "2024-03-27", "g"), ("أفريل المقبل", "2024-04", "g")],
     contacts=[C(PUT, RAI, "message", "2024-03-23"), C(LAV, AMI, "phone_call", "2024-03-23"), C(LAV, AMI, "message", "2024-03-23", True),
               C([RU], [IR], "meet", "2024-04", True)]),
dict(id="A40", pub="2026-02-17", text=(
     "بغداد - شفق نيوز\n"
     "أعلن ديوان الوقف السني في العراق أن يوم غد الأربعاء هو الأول من شهر رمضان المبارك لعام 1447 هـ، تماشياً مع إعلان المحكمة العليا في السعودية، فيما أعلن مكتب المرجع الديني الأعلى علي السيستاني ومكتب المرشد الإيراني علي خامنئي أن الخميس 19 شباط سيكون أول أيام الصوم لتعذر رؤية الهلال مساء اليوم. "
     "وفي روسيا، أعلنت الإدارة الدينية لمسلمي روسيا أن صلاة التراويح الأولى ستقام في مسجد موسكو الكبير الليلة عند الساعة 19:30 بتوقيت موسكو."),
     dates=[("يوم غد الأربعاء", "2026-02-18", "r"), ("الأول من شهر رمضان المبارك لعام 1447 هـ", "2026-02-18", "h"),
            ("الخميس 19 شباط", "2026-02-19", "g"), ("مساء اليوم", "2026-02-17", "r"), ("الليلة", "2026-02-17", "r")],
     contacts=[]),
]
