# Held-out probe set 40: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 11 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A07, A18, A27, A36) and 36 SNIPPETS of 1–3 sentences (the other ids; A05, A06, A09,
# A10, A11, A19, A20, A21, A23, A28, A29, A34, A38 and A40 open with a header line), publication dates 2010–2026 (two or three
# a year, ids in date order).  27 are about Russia–Iran contacts; 13 are general news that name Russia or Iran but hold no
# Russia–Iran contact: A02, A04, A06, A08, A09, A11, A13, A16, A19, A20, A24, A30, A39.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set36 and set38 (conventions; the later header wins); besides, only the NAMES of the top-level
# assignments of set38 were listed (with ast, no values) so that this module defines the same kind of names (name constants
# and CASES; C is supplied by bench/probes.py).  The tool was not run and git was not used.
# New text (no real article copied) in the style of IRNA Arabic (A01 «طهران، 6 بهمن 1388 (إرنا) –»; A22 «اليوم الاثنين الموافق
# 22 تشرين الأول/أكتوبر»; A31 «اليوم الاثنين 4 دي 1402»; A33 «قازان/ 24 خرداد/ إرنا-»), Al Jazeera Net (A02 «اعتباراً من 15
# أغسطس/آب الجاري حتى 31 ديسمبر/كانون الأول المقبل»; A16; A27 glued «آخر تحديث: 13/4/202121:10 (مكة المكرمة)»), Al-Quds
# Al-Arabi (A03 «النصف الأول من كانون الأول (ديسمبر) المقبل», «حتى عام 2030»; A08 «مطلع أيلول (سبتمبر) الماضي»), Al-Vefagh
# (A04 «فجر اليوم الاثنين الأول من فروردين», «13 فروردين التي تصادف السبت 2 نيسان/أبريل»), Asharq Al-Awsat (A05 «الثلاثاء 15
# شوال 1432 هـ 13 سبتمبر 2011 العدد 11977»; A19 «ظهر اليوم (السبت)»; A29 «الخميس - 16 ربيع الآخر 1444 هـ - 10 نوفمبر 2022 مـ
# رقم العدد [16053]»; A34 «أمس (السبت)», «فجر اليوم (الأحد)»), Al Arabiya (A06 «الأحد 16 محرم 1433هـ - 11 ديسمبر 2011م»; A11;
# A40 «الربع الأخير من العام الجاري»), Al-Alam (A07 «الخميس 07 حزيران 2012 - 17 رجب 1433 هـ», «الرابع من الشهر نفسه»; A23
# «السبت 15 يونيو 2019 - 12 شوال 1440», Hijri without هـ; A36 three-calendar header «السبت 5 مهر 1404 | 5 ربيع الثاني 1447 |
# 27 سبتمبر 2025»), Elaph (A09 «الأربعاء 10 أبريل 2013 - 06:40 GMT»), RT Arabic (A10 «08.10.2013 | 15:12 GMT»), Annahar / AFP
# (A12 «أيلول المقبل»), Al-Ahram (A13, Eastern-Arabic digits, «١٠٫٥٪»), Al Mayadeen (A14 «الاثنين الماضي»; A32 «ظهر أمس»), Fars
# Arabic (A15 «اليوم الأحد 15 آذر», «شهر بهمن المقبل»), Sputnik Arabic (A17 «أمس الاثنين 8 أغسطس/ آب»), Al-Araby Al-Jadeed
# (A18 «الأسبوع الأخير من كانون الثاني/يناير المقبل», «© العربي الجديد 2016»), Okaz (A20 «الخميس 15 محرم 1439 هـ - 05 أكتوبر
# 2017»), Tasnim Arabic (A21 «الاثنين 24 أرديبهشت 1397 - 14 أيار 2018 - 16:20»), Independent Arabia (A24), Al-Manar (A25 «فجر
# اليوم نفسه»), Mehr Arabic (A26 «طهران – مهر:», the agency, and «اليوم الأحد 25 آبان»), Al Ain News (A28 «الأربعاء 2022/7/20
# 11:42 ص»), Anadolu Arabic (A30 «أنقرة/ الأناضول:»), Xinhua Arabic (A35 «بكين 14 مارس 2025 (شينخوا)»), KUNA (A37 «طهران - 16 -
# 12 (كونا) --»), Euronews Arabic (A38 «10/02/2026 - 14:32 GMT+1») and Hespress (A39 Moroccan «مساء يومه الخميس», «ماي المقبل»).
# Contacts: presidents (Putin–Ahmadinejad A07 Beijing, a congratulation cable and the 2007 Tehran visit; Putin–Rouhani A17
# Baku trilateral, A18 call, A23 Dushanbe with Bishkek SCO, A27 letter carried by Lavrov; Putin–Raisi A28 Tehran, A37 video
# presence; Putin–Pezeshkian A38 call), the Leader (Putin–Khamenei A07 2007, A28; a condolence cable to him and Raisi A32),
# foreign ministers (Lavrov–Zarif A18 Moscow trilateral, A21, A25 call, A27; Lavrov–Amir-Abdollahian A32 call; Lavrov–Araghchi
# A34 Doha Astana format and call), deputy FMs (Ryabkov–Gharibabadi A35 Beijing trilateral with China), ambassadors
# (Sadovnikov–Larijani A01, Dzhagaryan–Ghalibaf A26 with Volodin's letter, Dzhagaryan at a Majlis memorial A25, Dedov–Larijani
# A38), security council secretaries (Patrushev–Shamkhani and –Raisi A29; the next secretaries' meeting A38), speakers and MPs
# (Larijani–Gryzlov planned A01, Larijani–Naryshkin A10, Volodin's cable to Larijani A25, Volodin–Ghalibaf A26), defence
# ministers (Shoigu–Dehghan A14, A18), energy / oil ministers (Shmatko–Mirkazemi A03, Shmatko–Abbasi A05, Novak–Tayebnia A12),
# communications (Nikiforov–Vaezi A15), agriculture (D. Patrushev–Hojjati A22), trade (Overchuk–Aliabadi and the Iran–EAEU FTA
# A31), sport (Degtyarev–Hashemi A33), transport (Nikitin–Sadegh A37, postponed), Rosatom–AEOI and Rosatom–Iran Hormoz (A36),
# Gazprom–NIOC (A28) and Gazprom–Oil ministry / NIGC (A40); meetings, visits, SCO / CICA sidelines (A07, A23), trilaterals (A17,
# A18, A34, A35), Iran–5+1 rounds (A07) and the JCPOA joint commission (A27), phone calls (A18, A25, A32, A34, A38), a letter
# carried by an ambassador (A26) and by a minister (A27), congratulation (A07) and condolence cables (A25, A32), invitations
# (A01, A07, A10, A26), MoUs and contracts (A03, A12, A15, A22, A28, A31, A33, A36, A40), treaties and contracts recalled (1995
# Bushehr A05, the 2003 parliamentary protocol A10, the 2007 S-300 contract A14, the 2001 treaty A27, the 2014 Bushehr contract
# A36, the 2023 rail agreement A37, the 2024 Gazprom–NIGC memorandum A40), planned (A01, A03, A07, A10, A12, A15, A17, A18,
# A22, A26, A35, A36, A37, A38, A40), postponed (A37) and denied (A38, a Putin visit to Tehran) contacts.
# Traps: third-country contacts only (A20 Saudi–Russia with «التدخلات الإيرانية», A16 the Doha oil meeting with Novak but without
# Iran, A26 the Moscow-brokered Karabakh truce, A35 a Trump letter to the Leader), Russia or Iran alone (A02 grain ban, A04
# Nowruz, A06 Moscow protests, A08 rial, A09 Bushehr earthquake with a Rosatom statement, A13 ruble, A19 election, A24 fuel
# protests, A39 Eid al-Fitr / Nowruz), sport (A11 Russia and Iran at the 2014 World Cup, not against each other), rescue teams
# from both countries in Turkey (A30); inside Russia–Iran stories a decree and a frozen contract (A14), a satellite launch
# (A15), drone deliveries (A29), the Natanz attack (A27), snapback and a failed UN draft (A36), extension and entry into force
# (A27, A31); «5+1», «إس-300», «إس-400», «شاهد-136», «سينا-1», «كوفيد-19», resolution 1929, issue numbers, magnitudes, money,
# percentages, counts, durations, clock times (also glued to a date, A27), scores, tonnes, megawatts, kilometres, cubic metres,
# assembly / summit / commission ordinals («الجمعية الـ129», «الدورة الحادية عشرة», «الذكرى الرابعة»), the agency «مهر» (A26).
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
# Conventions: /work/shared/gold/README.md plus the headers of set36 and set38 (and through them set13, set16, set19–set34 and
#   probe4–probe8), the later header winning: أوائل/مطلع + named month = days 1–10, أواسط/منتصف = 11–20, أواخر / نهاية = 21 to
#   month end, النصف الأول / الثاني من + month = 1–15 / 16 to month end, «الأسبوع الأول من» + month = days 1–7; «الأسبوع
#   الماضي / المقبل» = previous / next MONDAY–SUNDAY week; Arabic relative years and months are Gregorian; «الأشهر N الأولى من
#   العام الإيراني الجاري» = 1 Farvardin to the end of the N-th Solar month (r); a Gregorian month glossed by its twin is one
#   mention; «من X إلى / حتى Y» is one range mention («من» inside, «اعتباراً / ابتداء» outside); «يومي 18 و19 حزيران» is two
#   mentions; a weekday next to its date belongs to it, «يوم» inside before a weekday; a relative word joined to a written date
#   is one mention in the written calendar; a relative word + weekday alone is r; a header in two or three calendars is one
#   mention per calendar, the weekday going with the first; «هـ» / «م» / «مـ» and a trailing الماضي / المقبل / الجاري are inside;
#   «منذ», «حتى» (of a deadline), «خلال», «بحلول», «الموافق» stay outside; «الاثنين الماضي» = the last such weekday strictly
#   before pub, a bare past weekday = on or before pub, a future one = after pub; KUNA's «16 - 12» and an IRNA Solar dateline
#   day are mentions of the pub day; «08.10.2013» = D.M.Y, «2022/7/20» = Y/M/D (g); a Solar Hijri date in Arabic text is j;
#   «الرابع من الشهر نفسه» is resolved (g); «يومه الخميس» = today (r); time-of-day words never change a value; «عيد النوروز»
#   with no date of its own = 1 Farvardin (j); «العام الإيراني الجديد 1405» = the Solar year 1405 (j); holiday names beside their
#   own date, «منذ + duration», anaphoric and event-relative expressions («اليوم نفسه», «قبل القمة», «قبيل», «بعد يوم من»,
#   «قبل ساعات من», «قبل مغادرته»), vague ones («لاحقاً»), deadlines and completion horizons, «مطلع العام الجاري», decades,
#   plan periods, years inside event names («كأس العالم 2014») and copyright years are ignore lines; a scheduled entry into force
#   is a mention; issue / news numbers, counts, durations, percentages, money, clock times, scores, model numbers, «5+1» and
#   ordinals get no line.
#   Contacts as in those headers: treaties and contracts recalled by year, month or date → required agreements; company /
#   agency contracts and MoUs → required agreement; an agreement signed by two ministers → required agreement + optional meet the
#   same day (a required meet when their talks are reported too); documents signed by officials in the presence of the
#   presidents → required country-level agreement; a trilateral where both sides sit together → required (a bilateral the same
#   day is the same row), its statement → optional agreement; Iran–5+1 / JCPOA rounds with no bilateral → optional
#   country-level rows; an envoy handing over a leader's letter → meet (envoy–host) + message (sender–addressee);
#   congratulation and condolence cables → required message, one cable to two leaders ONE row accepting either; condolences a
#   minister conveys in his own call or meeting → optional message; planned contacts with a stated day, interval or relative
#   week / month / year → required, undated hopes → optional with None; an invitation handed over at a dated meeting and not
#   said to be accepted → optional message that day + optional undated meet (or optional meet at the stated relative year), one
#   accepted likewise; a postponed contact → one row at its new date; joint commissions, working groups and multilateral
#   meetings with no bilateral stated → optional; a visitor attending the other side's ceremony with no bilateral stated →
#   optional meet; the arrival day before the dated meetings of a visit → optional meet with country-level host names; a
#   contact signed at a video conference → required agreement + optional meet; denied and cancelled contacts, deliveries,
#   decrees, launches, drills and entry into force give no row.
# Decided here where nothing above says (set40):
#   The end day of an event in progress or a visit («التي تستمر حتى 9 أكتوبر/تشرين الأول» A10, «وتستمر الزيارة حتى السبت 7
#   أكتوبر» A20, «وتستمر حتى 23 يونيو/حزيران» A33) is a mention, «حتى» outside — like a forecast's last day, not a deadline.
#   «الأسبوع الأخير من كانون الثاني/يناير المقبل» = the last seven days of that month (g, A18), set36's «الأسبوع الأخير من الشهر
#   الجاري» applied to a named month.  «الربع الأخير من العام الجاري» = 1 October – 31 December (r, A40), mirroring set36's
#   «الربع الأول»; the scheduled start of deliveries is a mention, like an entry into force.  Al Jazeera's glued «13/4/202121:10»
#   = D/M/Y, the span «13/4/2021» only (A27); Euronews' «10/02/2026 - 14:32 GMT+1» = D/M/Y (A38); Xinhua's dateline «بكين 14
#   مارس 2025 (شينخوا)» = a g mention of the pub day, the city outside (A35).  «اليوم الاثنين الموافق 22 تشرين الأول/أكتوبر» is
#   two mentions of the same day (r + g), «الموافق» outside (A22).  A Hijri day that a country proclaims one day after Umm
#   al-Qura («يوم السبت 21 مارس 2026 فاتح شهر شوال 1447», Morocco, A39) keeps the Umm al-Qura value (2026-03-20, h, inside the
#   ±1 tolerance) while the Gregorian mention carries the stated 21 March.  Moroccan «ماي المقبل» = May (g, A39).  A year that
#   names a past event («منذ ثورة 1979», A28) is a g mention of that year, like set38's «منذ تدافع عام 1990», unlike an event
#   NAME («كأس العالم 2014»).  Plan periods written «للفترة 2021-2023» (A27) and «للعامين 2024 و2025» (A33) are ignore lines,
#   one each.  The horizon «حتى عام 2030» of a road map (A03) and «بحلول عام 2041» (A36) are ignore lines (span = «عام YYYY»).
#   «مطلع العام الجاري» (A13) is an ignore line like «مطلع العام المقبل».  «فجر اليوم نفسه» (A25) and «لليوم الثالث» (A30) are
#   ignore lines.  A Solar month with «شهر» and a relative word («شهر بهمن المقبل», «شهر دي المقبل») is one j interval (A15,
#   A36), «الأسبوع الأول من شهر آذر» = 1–7 Azar (j, A22).
#   Contacts: an Iran–EAEU free-trade agreement signed in the Russian president's presence (A31) → OPTIONAL country-level
#   agreement (Russia is a party only through the bloc) + optional meet of Putin and the Iranian signer, while the signer's
#   talks with the Russian deputy prime minister are a required meet.  Presidents attending, by video link, a signing of their
#   ministers, recalled (A37) → required country-level agreement + optional meet and optional phone_call of the presidents.  A
#   named organisation's delegation to visit «الأسبوع المقبل», no host named (Rosatom, A36) → required meet, country-level Iranian
#   names.  A speaker's planned visit «الشهر المقبل» «تلبية لدعوة» of his counterpart (A01) → required meet with that
#   counterpart at the month + optional message "any" for the invitation.  The next trilateral summit placed in Tehran «العام
#   المقبل» (A17) → required meet of the two presidents at that year.  Both presidents at a multilateral summit the day before
#   their bilateral, «من دون أن يعقدا لقاءً ثنائياً» (Bishkek SCO, A23) → optional meet.  An ambassador taking part in a Majlis
#   memorial (A25) → optional meet with the Majlis.  A planned technical team / working-group visit with no names (A03, A15,
#   A22) → optional country-level meet at the stated interval.  The Kremlin's denial of a planned Putin visit (A38) → no row,
#   though «الشهر المقبل» is still a date mention.  A Rosatom statement after an earthquake (A09), rescue teams and aid flights
#   (A30), the Doha oil meeting Iran stayed away from (A16) and a Saudi king's talks about «التدخلات الإيرانية» (A20) give no row.
PUT, ROU, KHA, RAI, PEZ = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
AHMAD, MED = "Mahmoud Ahmadinejad", "Dmitry Medvedev"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
RU, IR = "Russia", "Iran"
SHO, DEH = ["Sergei Shoigu", RU], ["Hossein Dehghan", IR]
MAJ = ["Majlis", "Islamic Consultative Assembly", IR]
DUMA = ["State Duma", RU]
LAR_SP = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
LAR_SN = ["Ali Larijani", "Supreme National Security Council", IR]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
GRY = ["Boris Gryzlov", "State Duma", RU]
NAR = ["Sergei Naryshkin", "State Duma", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SADO = ["Alexander Sadovnikov", RU]
DZH = ["Levan Dzhagaryan", RU]
DED = ["Alexey Dedov", RU]
SHMA, MIRK = ["Sergei Shmatko", RU], ["Masoud Mirkazemi", IR]
ABB = ["Fereydoun Abbasi", "Atomic Energy Organization of Iran", "AEOI", IR]
NOV, TAY = ["Alexander Novak", RU], ["Ali Tayebnia", IR]
NIKF, VAEZ = ["Nikolai Nikiforov", RU], ["Mahmoud Vaezi", IR]
DPAT, HOJ = ["Dmitry Patrushev", RU], ["Mahmoud Hojjati", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
KHOJ = ["Mohsen Khojasteh-Mehr", "National Iranian Oil Company", "NIOC", IR]
NIGC = ["National Iranian Gas Company", "NIGC", IR]
PAT, SHAM = ["Nikolai Patrushev", RU], ["Ali Shamkhani", IR]
OVE, ALIA = ["Alexei Overchuk", RU], ["Abbas Aliabadi", IR]
DEG, HASH = ["Mikhail Degtyarev", RU], ["Kioumars Hashemi", IR]
RYAB, GHAR = ["Sergei Ryabkov", RU], ["Kazem Gharibabadi", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
HORMOZ = ["Iran Hormoz", "Iran Hormoz Company", IR]
NIKT = ["Andrei Nikitin", "Russian Ministry of Transport", RU]
SAD = ["Farzaneh Sadegh", "Ministry of Roads and Urban Development", IR]
PAK = ["Mohsen Paknejad", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2010–2013 ----------------
dict(id="A01", pub="2010-01-26", text=(
     "طهران، 6 بهمن 1388 (إرنا) – استقبل رئيس مجلس الشورى الإسلامي علي لاريجاني صباح اليوم الثلاثاء السفير الروسي لدى طهران ألكسندر سادوفنيكوف، وبحث معه سير العمل في محطة بوشهر النووية البالغة قدرتها 1000 ميغاواط وآفاق التعاون البرلماني بين البلدين. "
     "وأعلن لاريجاني أنه سيزور موسكو الشهر المقبل تلبية لدعوة من رئيس مجلس الدوما بوريس غريزلوف، في أول زيارة له إلى روسيا منذ توليه رئاسة المجلس في عام 2008."),
     dates=[("6 بهمن 1388", "2010-01-26", "j"), ("صباح اليوم الثلاثاء", "2010-01-26", "r"), ("الشهر المقبل", "2010-02", "r"),
            ("عام 2008", "2008", "g")],
     contacts=[C(SADO, LAR_SP, "meet", "2010-01-26"), C(GRY, LAR_SP, "meet", "2010-02"),
               C(GRY, LAR_SP, "message", "any", True)]),
dict(id="A02", pub="2010-08-06", text=(
     "موسكو- أثار قرار الحكومة الروسية حظر تصدير القمح والحبوب اعتباراً من 15 أغسطس/آب الجاري حتى 31 ديسمبر/كانون الأول المقبل قلقاً واسعاً لدى الدول المستوردة، وفي مقدمتها مصر التي تستورد من روسيا نحو 50% من احتياجاتها. "
     "وقال رئيس الوزراء فلاديمير بوتين أمس الخميس إن موجة الجفاف والحرائق أتلفت محاصيل نحو 10 ملايين هكتار، فيما ارتفعت أسعار القمح في بورصة شيكاغو بنسبة 6% في جلسة واحدة. "
     "ويأتي القرار في وقت تستعد فيه الأسواق العربية لشهر رمضان الذي يبدأ الأربعاء المقبل في معظم الدول العربية."),
     dates=[("من 15 أغسطس/آب الجاري حتى 31 ديسمبر/كانون الأول المقبل", "2010-08-15/2010-12-31", "g"),
            ("أمس الخميس", "2010-08-05", "r"), ("شهر رمضان", None, "ignore"), ("الأربعاء المقبل", "2010-08-11", "r")],
     contacts=[]),
dict(id="A03", pub="2010-11-02", text=(
     "موسكو ـ 'القدس العربي' ـ من مراسلنا: وقّع وزير النفط الإيراني مسعود مير كاظمي ووزير الطاقة الروسي سيرغي شماتكو في موسكو امس الاثنين مذكرة تفاهم تتضمن خريطة طريق للتعاون في قطاعي النفط والغاز حتى عام 2030، بعد محادثات بينهما استمرت ثلاث ساعات. "
     "وقال مير كاظمي إن البلدين سيؤسسان مصرفاً مشتركاً برأسمال 500 مليون دولار، وإن اللجنة الفنية المشتركة ستجتمع في طهران في النصف الأول من كانون الأول (ديسمبر) المقبل."),
     dates=[("امس الاثنين", "2010-11-01", "r"), ("عام 2030", None, "ignore"),
            ("النصف الأول من كانون الأول (ديسمبر) المقبل", "2010-12-01/2010-12-15", "g")],
     contacts=[C(SHMA, MIRK, "agreement", "2010-11-01"), C(SHMA, MIRK, "meet", "2010-11-01"),
               C(RU, IR, "meet", "2010-12-01/2010-12-15", True)]),
dict(id="A04", pub="2011-03-21", text=(
     "طهران – الوفاق: حلّ العام الإيراني الجديد 1390 في الساعة الثانية و50 دقيقة و44 ثانية من فجر اليوم الاثنين الأول من فروردين بتوقيت طهران، ووجّه قائد الثورة الإسلامية آية الله علي خامنئي رسالة بالمناسبة سمّى فيها العام الجديد «عام الجهاد الاقتصادي». "
     "وتستمر العطلة الرسمية أربعة أيام، على أن تستأنف المدارس الدوام يوم الأحد 14 فروردين، بعد عطلة «سيزده بدر» في 13 فروردين التي تصادف السبت 2 نيسان/أبريل."),
     dates=[("العام الإيراني الجديد 1390", "2011-03-21/2012-03-19", "j"),
            ("فجر اليوم الاثنين الأول من فروردين", "2011-03-21", "j"), ("يوم الأحد 14 فروردين", "2011-04-03", "j"),
            ("سيزده بدر", None, "ignore"), ("13 فروردين", "2011-04-02", "j"), ("السبت 2 نيسان/أبريل", "2011-04-02", "g")],
     contacts=[]),
dict(id="A05", pub="2011-09-13", text=(
     "الثلاثاء 15 شوال 1432 هـ 13 سبتمبر 2011 العدد 11977\n"
     "بوشهر (إيران): «الشرق الأوسط» — دشّنت إيران أمس (الاثنين) رسمياً محطة بوشهر النووية، أول محطة لإنتاج الكهرباء من الطاقة الذرية في الشرق الأوسط، في احتفال حضره وزير الطاقة الروسي سيرغي شماتكو ورئيس منظمة الطاقة الذرية الإيرانية فريدون عباسي دواني، اللذان عقدا على هامشه جلسة محادثات تناولت بناء وحدة ثانية. "
     "وكانت المحطة قد ربطت بالشبكة الوطنية في 3 سبتمبر (أيلول) الجاري بقدرة أولية بلغت 60 ميغاواط، بعد تأخير دام أكثر من 15 عاماً على توقيع العقد مع موسكو عام 1995."),
     dates=[("الثلاثاء 15 شوال 1432 هـ", "2011-09-13", "h"), ("13 سبتمبر 2011", "2011-09-13", "g"),
            ("أمس (الاثنين)", "2011-09-12", "r"), ("3 سبتمبر (أيلول) الجاري", "2011-09-03", "g"), ("عام 1995", "1995", "g")],
     contacts=[C(SHMA, ABB, "meet", "2011-09-12"), C(RU, IR, "agreement", "1995")]),
dict(id="A06", pub="2011-12-11", text=(
     "الأحد 16 محرم 1433هـ - 11 ديسمبر 2011م\n"
     "موسكو - فرانس برس: تظاهر عشرات الآلاف في ساحة بولوتنايا وسط موسكو أمس السبت 10 ديسمبر احتجاجاً على ما وصفوه بتزوير الانتخابات التشريعية التي جرت يوم الأحد 4 ديسمبر/كانون الأول، في أكبر تحرك من نوعه منذ تسعينيات القرن الماضي. "
     "وحصل حزب «روسيا الموحدة» على 49.3% من الأصوات و238 مقعداً من أصل 450 في مجلس الدوما، ودعا المنظمون إلى تظاهرة جديدة في 24 ديسمبر."),
     dates=[("الأحد 16 محرم 1433هـ", "2011-12-11", "h"), ("11 ديسمبر 2011م", "2011-12-11", "g"),
            ("أمس السبت 10 ديسمبر", "2011-12-10", "g"), ("يوم الأحد 4 ديسمبر/كانون الأول", "2011-12-04", "g"),
            ("تسعينيات القرن الماضي", None, "ignore"), ("24 ديسمبر", "2011-12-24", "g")],
     contacts=[]),
# ---- A07: whole article, 11 lines ----
dict(id="A07", pub="2012-06-07", text=(
     "بوتين ونجاد يبحثان في بكين الملف النووي والأزمة السورية\n"
     "الخميس 07 حزيران 2012 - 17 رجب 1433 هـ\n"
     "بكين (العالم) – التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الروسي فلاديمير بوتين مساء أمس الأربعاء في العاصمة الصينية، على هامش قمة منظمة شنغهاي للتعاون التي تختتم أعمالها اليوم.\n"
     "وهذا أول لقاء بين الرئيسين منذ عودة بوتين إلى الكرملين في السابع من أيار/مايو الماضي، وقد استمر نحو ساعة ونصف الساعة.\n"
     "وأكد أحمدي نجاد خلال اللقاء أن طهران «تقدّر المواقف الروسية المبدئية» في مجلس الأمن، فيما شدد بوتين على رفض بلاده أي عمل عسكري ضد إيران أو سوريا.\n"
     "ووجّه الرئيس الإيراني دعوة رسمية إلى بوتين لزيارة طهران، فأعلن الأخير قبولها على أن يحدد موعدها عبر القنوات الدبلوماسية.\n"
     "وتطرق الجانبان إلى الجولة المقبلة من المحادثات بين إيران ومجموعة 5+1، المقررة في موسكو يومي 18 و19 حزيران/يونيو الجاري، بعد جولة بغداد التي عقدت في 23 و24 أيار/مايو.\n"
     "وكان أحمدي نجاد قد بعث في 5 آذار/مارس الماضي برقية تهنئة إلى بوتين بمناسبة فوزه في الانتخابات الرئاسية التي جرت في الرابع من الشهر نفسه.\n"
     "وتعود آخر زيارة قام بها بوتين إلى طهران إلى 16 تشرين الأول/أكتوبر 2007، حين التقى أحمدي نجاد والمرشد علي خامنئي على هامش قمة الدول المطلة على بحر قزوين.\n"
     "يذكر أن منظمة شنغهاي تضم الصين وروسيا وكازاخستان وقرغيزستان وطاجيكستان وأوزبكستان، فيما تتمتع إيران بصفة مراقب فيها منذ عام 2005.\n"
     "المصدر: قناة العالم + وكالات"),
     dates=[("الخميس 07 حزيران 2012", "2012-06-07", "g"), ("17 رجب 1433 هـ", "2012-06-07", "h"),
            ("مساء أمس الأربعاء", "2012-06-06", "r"), ("اليوم", "2012-06-07", "r"),
            ("السابع من أيار/مايو الماضي", "2012-05-07", "g"), ("18", "2012-06-18", "g"),
            ("19 حزيران/يونيو الجاري", "2012-06-19", "g"), ("23", "2012-05-23", "g"), ("24 أيار/مايو", "2012-05-24", "g"),
            ("5 آذار/مارس الماضي", "2012-03-05", "g"), ("الرابع من الشهر نفسه", "2012-03-04", "g"),
            ("16 تشرين الأول/أكتوبر 2007", "2007-10-16", "g"), ("عام 2005", "2005", "g")],
     contacts=[C(PUT, AHMAD, "meet", "2012-06-06"), C(PUT, AHMAD, "message", "2012-06-06", True),
               C(PUT, AHMAD, "meet", None, True), C(RU, IR, "meet", "2012-06-18/2012-06-19", True),
               C(RU, IR, "meet", "2012-05-23/2012-05-24", True), C(PUT, AHMAD, "message", "2012-03-05"),
               C(PUT, AHMAD, "meet", "2007-10-16"), C(PUT, KHA, "meet", "2007-10-16")]),
dict(id="A08", pub="2012-10-03", text=(
     "طهران ـ 'القدس العربي' ـ واصل الريال الإيراني انهياره امس الثلاثاء لليوم الثالث على التوالي، إذ بلغ سعر الدولار في السوق الحرة 36 ألفاً و500 ريال، بعدما كان نحو 24 ألف ريال مطلع أيلول (سبتمبر) الماضي، أي أن العملة فقدت قرابة 40% من قيمتها في شهر واحد. "
     "وحمّل الرئيس محمود أحمدي نجاد في مؤتمر صحافي عقده في اليوم ذاته العقوبات الأمريكية والأوروبية مسؤولية ما يجري، فيما أغلق عدد من الصرافين محالهم في شارع فردوسي."),
     dates=[("امس الثلاثاء", "2012-10-02", "r"), ("لليوم الثالث على التوالي", None, "ignore"),
            ("مطلع أيلول (سبتمبر) الماضي", "2012-09-01/2012-09-10", "g"), ("اليوم ذاته", None, "ignore")],
     contacts=[]),
dict(id="A09", pub="2013-04-10", text=(
     "الأربعاء 10 أبريل 2013 - 06:40 GMT\n"
     "إيلاف من لندن: ضرب زلزال بقوة 6.3 درجات على مقياس ريختر جنوب إيران عصر أمس الثلاثاء، على بعد نحو 90 كيلومتراً من مدينة بوشهر، ما أسفر عن مقتل 37 شخصاً وإصابة 850 آخرين في بلدة كاكي. "
     "وأكدت مؤسسة «روس آتوم» الروسية التي بنت محطة بوشهر النووية أن المحطة لم تتضرر وأنها تعمل بشكل طبيعي، فيما أعلنت السلطات الإيرانية الحداد العام يوم الخميس في محافظة بوشهر."),
     dates=[("الأربعاء 10 أبريل 2013", "2013-04-10", "g"), ("عصر أمس الثلاثاء", "2013-04-09", "r"),
            ("يوم الخميس", "2013-04-11", "r")],
     contacts=[]),
dict(id="A10", pub="2013-10-08", text=(
     "08.10.2013 | 15:12 GMT\n"
     "التقى رئيس مجلس الدوما الروسي سيرغي ناريشكين أمس الاثنين في جنيف رئيس مجلس الشورى الإيراني علي لاريجاني على هامش أعمال الجمعية الـ129 للاتحاد البرلماني الدولي التي تستمر حتى 9 أكتوبر/تشرين الأول، وبحث الجانبان الأزمة السورية والمفاوضات النووية. "
     "ونقل ناريشكين إلى ضيفه دعوة لزيارة موسكو، فيما قال لاريجاني إن البرلمانين سيوقعان خلال الزيارة بروتوكولاً جديداً للتعاون يحل محل بروتوكول عام 2003."),
     dates=[("08.10.2013", "2013-10-08", "g"), ("أمس الاثنين", "2013-10-07", "r"), ("9 أكتوبر/تشرين الأول", "2013-10-09", "g"),
            ("عام 2003", "2003", "g")],
     contacts=[C(NAR, LAR_SP, "meet", "2013-10-07"), C(NAR, LAR_SP, "message", "2013-10-07", True),
               C(NAR, LAR_SP, "meet", None, True), C(DUMA, MAJ, "agreement", None, True),
               C(DUMA, MAJ, "agreement", "2003")]),
# ---------------- 2014–2017 ----------------
dict(id="A11", pub="2014-06-18", text=(
     "الأربعاء 20 شعبان 1435هـ - 18 يونيو 2014م\n"
     "ساو باولو - العربية.نت: تعادل المنتخب الروسي مع نظيره الكوري الجنوبي 1-1 مساء أمس الثلاثاء في كويابا، ضمن الجولة الأولى من منافسات المجموعة الثامنة في كأس العالم 2014، بعد يوم من تعادل إيران ونيجيريا سلبياً 0-0 في كوريتيبا. "
     "ويلتقي المنتخب الإيراني نظيره الأرجنتيني يوم السبت 21 يونيو في بيلو هوريزونتي، بينما تواجه روسيا بلجيكا الأحد في ريو دي جانيرو."),
     dates=[("الأربعاء 20 شعبان 1435هـ", "2014-06-18", "h"), ("18 يونيو 2014م", "2014-06-18", "g"),
            ("مساء أمس الثلاثاء", "2014-06-17", "r"), ("كأس العالم 2014", None, "ignore"), ("بعد يوم من", None, "ignore"),
            ("يوم السبت 21 يونيو", "2014-06-21", "g"), ("الأحد", "2014-06-22", "r")],
     contacts=[]),
dict(id="A12", pub="2014-08-06", text=(
     "موسكو – أ ف ب: وقعت روسيا وإيران أمس الثلاثاء في موسكو مذكرة تفاهم للتعاون الاقتصادي لمدة خمس سنوات تشمل النفط والطاقة الكهربائية وبناء محطات توليد وتوريد معدات وسلع زراعية، وقّعها عن الجانب الروسي وزير الطاقة ألكسندر نوفاك وعن الجانب الإيراني وزير الاقتصاد علي طيب نيا بعد محادثات بينهما. "
     "وقال نوفاك إن اللجنة الحكومية المشتركة التي يترأسها مع طيب نيا ستعقد دورتها الحادية عشرة في طهران في أيلول المقبل، مؤكداً أن حجم التبادل التجاري الذي بلغ 1.6 مليار دولار عام 2013 «لا يعكس الإمكانات»."),
     dates=[("أمس الثلاثاء", "2014-08-05", "r"), ("أيلول المقبل", "2014-09", "g"), ("عام 2013", "2013", "g")],
     contacts=[C(NOV, TAY, "agreement", "2014-08-05"), C(NOV, TAY, "meet", "2014-08-05"),
               C(NOV, TAY, "meet", "2014-09", True)]),
dict(id="A13", pub="2014-12-17", text=(
     "موسكو – من مراسل «الأهرام»: هوى الروبل الروسي أمس الثلاثاء إلى مستوى قياسي بلغ ٨٠ روبلاً للدولار، رغم قرار البنك المركزي الروسي في ساعة متأخرة من مساء الاثنين رفع سعر الفائدة الرئيسي من ١٠٫٥٪ إلى ١٧٪ دفعة واحدة. "
     "وفقدت العملة الروسية نحو ٥٠٪ من قيمتها منذ مطلع العام الجاري، متأثرة بهبوط أسعار النفط إلى ما دون ٦٠ دولاراً للبرميل وبالعقوبات الغربية المفروضة منذ مارس الماضي."),
     dates=[("أمس الثلاثاء", "2014-12-16", "r"), ("مساء الاثنين", "2014-12-15", "r"), ("مطلع العام الجاري", None, "ignore"),
            ("مارس الماضي", "2014-03", "g")],
     contacts=[]),
dict(id="A14", pub="2015-04-16", text=(
     "موسكو - الميادين: التقى وزير الدفاع الإيراني العميد حسين دهقان نظيره الروسي سيرغي شويغو اليوم الخميس في موسكو على هامش المؤتمر الرابع للأمن الدولي، وبحث معه تسريع تسليم منظومة «إس-300» بعد المرسوم الذي وقعه الرئيس فلاديمير بوتين الاثنين الماضي برفع الحظر عن توريدها. "
     "وكانت موسكو وطهران قد وقعتا عقد الصفقة البالغة قيمتها 800 مليون دولار عام 2007، قبل أن يجمّده الرئيس السابق دميتري ميدفيديف في أيلول/سبتمبر 2010 التزاماً بالقرار الأممي 1929."),
     dates=[("اليوم الخميس", "2015-04-16", "r"), ("الاثنين الماضي", "2015-04-13", "r"), ("عام 2007", "2007", "g"),
            ("أيلول/سبتمبر 2010", "2010-09", "g")],
     contacts=[C(SHO, DEH, "meet", "2015-04-16"), C(RU, IR, "agreement", "2007")]),
dict(id="A15", pub="2015-12-06", text=(
     "طهران (فارس) – وقّع وزير الاتصالات وتقنية المعلومات محمود واعظي ووزير الاتصالات الروسي نيكولاي نيكيفوروف اليوم الأحد 15 آذر في طهران مذكرة تفاهم للتعاون في مجال أمن المعلومات وتبادل الخبرات في صناعة الأقمار الصناعية، وذلك على هامش الاجتماع الثالث عشر للجنة الاقتصادية المشتركة. "
     "وقال واعظي إن الجانبين اتفقا على عقد اجتماع فريق العمل المشترك في موسكو خلال شهر بهمن المقبل، مشيراً إلى أن روسيا أطلقت القمر الإيراني «سينا-1» عام 2005."),
     dates=[("اليوم الأحد 15 آذر", "2015-12-06", "j"), ("شهر بهمن المقبل", "2016-01-21/2016-02-19", "j"), ("عام 2005", "2005", "g")],
     contacts=[C(NIKF, VAEZ, "agreement", "2015-12-06"), C(NIKF, VAEZ, "meet", "2015-12-06", True),
               C(RU, IR, "meet", "2015-12-06", True), C(RU, IR, "meet", "2016-01-21/2016-02-19", True)]),
dict(id="A16", pub="2016-04-18", text=(
     "الدوحة- انتهى اجتماع كبار منتجي النفط من داخل منظمة أوبك وخارجها في الدوحة مساء أمس الأحد دون التوصل إلى اتفاق لتجميد الإنتاج عند مستويات يناير/كانون الثاني الماضي، بعد أن اشترطت السعودية مشاركة إيران التي غابت عن الاجتماع. "
     "وكان وزير النفط الإيراني بيجن زنغنه قد أكد السبت أن بلاده لن تجمد إنتاجها قبل أن يبلغ أربعة ملايين برميل يومياً، فيما شارك وزير الطاقة الروسي ألكسندر نوفاك في الاجتماع الذي ضم ممثلي 18 دولة. "
     "وتراجع خام برنت صباح اليوم الاثنين بنسبة 7% إلى 40 دولاراً للبرميل."),
     dates=[("مساء أمس الأحد", "2016-04-17", "r"), ("يناير/كانون الثاني الماضي", "2016-01", "g"), ("السبت", "2016-04-16", "r"),
            ("صباح اليوم الاثنين", "2016-04-18", "r")],
     contacts=[]),
dict(id="A17", pub="2016-08-09", text=(
     "باكو — سبوتنيك. عقد رؤساء روسيا فلاديمير بوتين وإيران حسن روحاني وأذربيجان إلهام علييف، أمس الاثنين 8 أغسطس/ آب، أول قمة ثلاثية تجمع الدول الثلاث، وصدر عنها إعلان مشترك يدعو إلى تسريع إنجاز ممر النقل الدولي «شمال — جنوب». "
     "وعقد بوتين وروحاني قبل القمة لقاءً ثنائياً استمر 40 دقيقة، واتفق القادة الثلاثة على أن تستضيف طهران قمتهم المقبلة العام المقبل."),
     dates=[("أمس الاثنين 8 أغسطس/ آب", "2016-08-08", "g"), ("قبل القمة", None, "ignore"), ("العام المقبل", "2017", "r")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(PUT, ROU, "meet", "2017")]),
# ---- A18: whole article, 11 lines ----
dict(id="A18", pub="2016-12-20", text=(
     "«إعلان موسكو»: روسيا وإيران وتركيا تتعهد ضمان تسوية في سوريا\n"
     "الثلاثاء، 20 ديسمبر 2016 - 21:40\n"
     "موسكو ـ العربي الجديد: اتفق وزراء خارجية روسيا سيرغي لافروف وإيران محمد جواد ظريف وتركيا مولود جاووش أوغلو، في اجتماع عقدوه اليوم الثلاثاء في موسكو، على «إعلان موسكو» الذي يحدد خطوات لإحياء العملية السياسية في سوريا بعد إجلاء المسلحين من شرق حلب.\n"
     "وعقد وزراء الدفاع الثلاثة، سيرغي شويغو وحسين دهقان وفكري إيشيق، اجتماعاً موازياً في مقر وزارة الدفاع الروسية.\n"
     "وكان لافروف قد التقى ظريف على انفراد مساء أمس الاثنين فور وصول الأخير إلى العاصمة الروسية، وقدّم الوزير الإيراني خلال اللقاء تعازي بلاده باغتيال السفير الروسي لدى أنقرة أندريه كارلوف.\n"
     "وقتل كارلوف برصاص شرطي تركي خارج الخدمة أثناء افتتاحه معرضاً فنياً في أنقرة مساء الاثنين، قبل ساعات من الاجتماع الثلاثي.\n"
     "وأكد لافروف في مؤتمر صحافي مشترك أن الدول الثلاث مستعدة لأن تكون «ضامنة» لاتفاق بين الحكومة السورية والمعارضة تجري مفاوضاته في أستانا عاصمة كازاخستان.\n"
     "ورجح ظريف أن تنطلق مفاوضات أستانا في الأسبوع الأخير من كانون الثاني/يناير المقبل بحضور ممثلين عن الدول الضامنة.\n"
     "وكان الرئيسان فلاديمير بوتين وحسن روحاني قد بحثا هاتفياً في 6 كانون الأول/ديسمبر الجاري الوضع في حلب، بحسب بيان للكرملين.\n"
     "ويعد الاجتماع الثلاثي الأول من نوعه بهذه الصيغة منذ بدء التدخل العسكري الروسي في سوريا في 30 أيلول/سبتمبر 2015.\n"
     "© العربي الجديد 2016"),
     dates=[("الثلاثاء، 20 ديسمبر 2016", "2016-12-20", "g"), ("اليوم الثلاثاء", "2016-12-20", "r"),
            ("مساء أمس الاثنين", "2016-12-19", "r"), ("مساء الاثنين", "2016-12-19", "r"), ("قبل ساعات من", None, "ignore"),
            ("الأسبوع الأخير من كانون الثاني/يناير المقبل", "2017-01-25/2017-01-31", "g"),
            ("6 كانون الأول/ديسمبر الجاري", "2016-12-06", "g"), ("30 أيلول/سبتمبر 2015", "2015-09-30", "g"),
            ("العربي الجديد 2016", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2016-12-20"), C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True),
               C(SHO, DEH, "meet", "2016-12-20"), C(LAV, ZAR, "meet", "2016-12-19"),
               C(LAV, ZAR, "message", "2016-12-19", True), C(RU, IR, "meet", "2017-01-25/2017-01-31", True),
               C(PUT, ROU, "phone_call", "2016-12-06")]),
dict(id="A19", pub="2017-05-20", text=(
     "السبت 24 شعبان 1438 هـ 20 مايو 2017 العدد 14053\n"
     "لندن: «الشرق الأوسط» — أعلن وزير الداخلية الإيراني عبد الرضا رحماني فضلي ظهر اليوم (السبت) فوز الرئيس حسن روحاني بولاية ثانية بحصوله على 23.5 مليون صوت، أي 57 في المائة من الأصوات، مقابل 15.8 مليون لمنافسه إبراهيم رئيسي. "
     "وبلغت نسبة المشاركة في انتخابات أمس (الجمعة) 73 في المائة، بعدما مددت السلطات التصويت ثلاث مرات حتى منتصف الليل. "
     "ويؤدي روحاني اليمين الدستورية أمام البرلمان مطلع أغسطس (آب) المقبل."),
     dates=[("السبت 24 شعبان 1438 هـ", "2017-05-20", "h"), ("20 مايو 2017", "2017-05-20", "g"),
            ("ظهر اليوم (السبت)", "2017-05-20", "r"), ("أمس (الجمعة)", "2017-05-19", "r"),
            ("مطلع أغسطس (آب) المقبل", "2017-08-01/2017-08-10", "g")],
     contacts=[]),
dict(id="A20", pub="2017-10-05", text=(
     "الخميس 15 محرم 1439 هـ - 05 أكتوبر 2017\n"
     "عكاظ (موسكو): عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز والرئيس الروسي فلاديمير بوتين جلسة مباحثات رسمية في الكرملين اليوم (الخميس)، بعد وصول الملك إلى موسكو مساء أمس في أول زيارة لعاهل سعودي إلى روسيا. "
     "وتناولت المباحثات أسواق النفط والأزمة السورية و«التدخلات الإيرانية في شؤون المنطقة»، ووقع الجانبان 14 وثيقة، بينها مذكرة تفاهم لشراء منظومة «إس-400» وصندوق استثماري بقيمة مليار دولار. "
     "وتستمر الزيارة حتى السبت 7 أكتوبر."),
     dates=[("الخميس 15 محرم 1439 هـ", "2017-10-05", "h"), ("05 أكتوبر 2017", "2017-10-05", "g"),
            ("اليوم (الخميس)", "2017-10-05", "r"), ("مساء أمس", "2017-10-04", "r"), ("السبت 7 أكتوبر", "2017-10-07", "g")],
     contacts=[]),
# ---------------- 2018–2023 ----------------
dict(id="A21", pub="2018-05-14", text=(
     "الاثنين 24 أرديبهشت 1397 - 14 أيار 2018 - 16:20\n"
     "موسكو - تسنيم: بحث وزير الخارجية محمد جواد ظريف مع نظيره الروسي سيرغي لافروف اليوم الاثنين في موسكو سبل الحفاظ على الاتفاق النووي، بعد إعلان الرئيس الأمريكي دونالد ترامب انسحاب بلاده منه في 8 أيار/مايو الجاري. "
     "ووصل ظريف إلى العاصمة الروسية قادماً من بكين في المحطة الثانية من جولة تقوده غداً الثلاثاء إلى بروكسل للقاء نظرائه الأوروبيين الثلاثة ومسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني."),
     dates=[("الاثنين 24 أرديبهشت 1397", "2018-05-14", "j"), ("14 أيار 2018", "2018-05-14", "g"),
            ("اليوم الاثنين", "2018-05-14", "r"), ("8 أيار/مايو الجاري", "2018-05-08", "g"), ("غداً الثلاثاء", "2018-05-15", "r")],
     contacts=[C(LAV, ZAR, "meet", "2018-05-14")]),
dict(id="A22", pub="2018-10-22", text=(
     "موسكو-إرنا- وقّع وزير الجهاد الزراعي محمود حجتي ووزير الزراعة الروسي دميتري باتروشيف اليوم الاثنين الموافق 22 تشرين الأول/أكتوبر بروتوكولاً لتسهيل صادرات الفواكه والخضار الإيرانية إلى السوق الروسية مقابل زيادة واردات القمح والزيوت النباتية، وذلك بعد مباحثات بينهما استمرت ساعتين في مقر الوزارة. "
     "وأوضح حجتي أن الصادرات الزراعية الإيرانية إلى روسيا بلغت 430 مليون دولار في الأشهر الستة الأولى من العام الإيراني الجاري، وأن فريقاً فنياً روسياً سيزور طهران في الأسبوع الأول من شهر آذر."),
     dates=[("اليوم الاثنين", "2018-10-22", "r"), ("22 تشرين الأول/أكتوبر", "2018-10-22", "g"),
            ("الأشهر الستة الأولى من العام الإيراني الجاري", "2018-03-21/2018-09-22", "r"),
            ("الأسبوع الأول من شهر آذر", "2018-11-22/2018-11-28", "j")],
     contacts=[C(DPAT, HOJ, "agreement", "2018-10-22"), C(DPAT, HOJ, "meet", "2018-10-22"),
               C(RU, IR, "meet", "2018-11-22/2018-11-28", True)]),
dict(id="A23", pub="2019-06-15", text=(
     "السبت 15 يونيو 2019 - 12 شوال 1440\n"
     "دوشنبه (العالم) - التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين اليوم السبت في العاصمة الطاجيكية على هامش القمة الخامسة لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا «سيكا»، وأكد بوتين أن موسكو ستواصل التزامها بالاتفاق النووي. "
     "وكان الرئيسان قد شاركا أمس الجمعة في قمة منظمة شنغهاي للتعاون في بيشكيك من دون أن يعقدا لقاءً ثنائياً."),
     dates=[("السبت 15 يونيو 2019", "2019-06-15", "g"), ("12 شوال 1440", "2019-06-15", "h"), ("اليوم السبت", "2019-06-15", "r"),
            ("أمس الجمعة", "2019-06-14", "r")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-06-14", True)]),
dict(id="A24", pub="2019-11-16", text=(
     "طهران - اندبندنت عربية: اندلعت احتجاجات في عدد من المدن الإيرانية مساء أمس الجمعة، بعد ساعات من إعلان الحكومة رفع سعر البنزين بنسبة 50 في المئة إلى 1500 تومان لليتر ضمن حصة شهرية قدرها 60 ليتراً، و3000 تومان لما يزيد عليها. "
     "وقطع محتجون طرقاً سريعة في الأهواز ومشهد وشيراز، فيما أعلنت السلطات تعطيل المدارس في عدد من المحافظات اليوم السبت. "
     "وكانت الحكومة قد أقرّت خطة ترشيد استهلاك الوقود في اجتماع للمجلس الأعلى للتنسيق الاقتصادي يوم الأربعاء 13 نوفمبر (تشرين الثاني)."),
     dates=[("مساء أمس الجمعة", "2019-11-15", "r"), ("بعد ساعات من", None, "ignore"), ("اليوم السبت", "2019-11-16", "r"),
            ("يوم الأربعاء 13 نوفمبر (تشرين الثاني)", "2019-11-13", "g")],
     contacts=[]),
dict(id="A25", pub="2020-01-04", text=(
     "بيروت – المنار: أجرى وزير الخارجية الروسي سيرغي لافروف أمس الجمعة اتصالاً هاتفياً بنظيره الإيراني محمد جواد ظريف قدّم خلاله التعازي باستشهاد قائد قوة القدس الفريق قاسم سليماني في غارة أمريكية قرب مطار بغداد فجر اليوم نفسه، معتبراً أن العملية «انتهاك صارخ للقانون الدولي». "
     "وبعث رئيس مجلس الدوما فياتشيسلاف فولودين اليوم السبت برقية تعزية إلى رئيس مجلس الشورى الإسلامي علي لاريجاني، فيما يشارك السفير الروسي في طهران ليفان جاغاريان غداً الأحد في مراسم التأبين التي يقيمها المجلس."),
     dates=[("أمس الجمعة", "2020-01-03", "r"), ("فجر اليوم نفسه", None, "ignore"), ("اليوم السبت", "2020-01-04", "r"),
            ("غداً الأحد", "2020-01-05", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-01-03"), C(LAV, ZAR, "message", "2020-01-03", True),
               C(VOL, LAR_SP, "message", "2020-01-04"), C(DZH, MAJ, "meet", "2020-01-05", True)]),
dict(id="A26", pub="2020-11-15", text=(
     "طهران – مهر: استقبل رئيس مجلس الشورى الإسلامي محمد باقر قاليباف اليوم الأحد 25 آبان سفير روسيا الاتحادية لدى طهران ليفان جاغاريان، وبحث معه التعاون البرلماني ومكافحة جائحة كوفيد-19 وتطورات ناغورني قره باغ بعد اتفاق وقف إطلاق النار الذي رعته موسكو في 10 نوفمبر. "
     "ونقل جاغاريان إلى قاليباف رسالة من رئيس مجلس الدوما فياتشيسلاف فولودين يدعوه فيها إلى المشاركة في المنتدى البرلماني الدولي «تطوير البرلمانية» المقرر عقده في موسكو العام المقبل."),
     dates=[("اليوم الأحد 25 آبان", "2020-11-15", "j"), ("10 نوفمبر", "2020-11-10", "g"), ("العام المقبل", "2021", "r")],
     contacts=[C(DZH, GHA, "meet", "2020-11-15"), C(VOL, GHA, "message", "2020-11-15"), C(VOL, GHA, "meet", "2021", True)]),
# ---- A27: whole article, 11 lines ----
dict(id="A27", pub="2021-04-13", text=(
     "لافروف في طهران: لا بديل عن الاتفاق النووي ورسالة من بوتين إلى روحاني\n"
     "آخر تحديث: 13/4/202121:10 (مكة المكرمة)\n"
     "طهران- وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران مساء أمس الاثنين في زيارة رسمية تستمر يومين، والتقى صباح اليوم الثلاثاء نظيره الإيراني محمد جواد ظريف، قبل أن يستقبله الرئيس حسن روحاني ويتسلم منه رسالة من الرئيس فلاديمير بوتين.\n"
     "وقال ظريف في مؤتمر صحفي مشترك إن الهجوم الذي تعرضت له منشأة نطنز لتخصيب اليورانيوم فجر الأحد «عمل إرهابي» يهدف إلى تقويض محادثات فيينا.\n"
     "من جهته، دعا لافروف الولايات المتحدة إلى العودة الكاملة إلى الاتفاق النووي «من دون شروط مسبقة» ورفع العقوبات التي أعادت فرضها منذ عام 2018.\n"
     "ووقع الوزيران خطة مشاورات بين وزارتي خارجية البلدين للفترة 2021-2023.\n"
     "وتأتي الزيارة بعد أسبوع من الاجتماع الذي عقدته اللجنة المشتركة للاتفاق النووي في فيينا الثلاثاء الماضي بمشاركة إيران وروسيا والصين والدول الأوروبية الثلاث.\n"
     "وكان ظريف قد زار موسكو في 26 كانون الثاني/يناير الماضي، حيث أجرى محادثات مع لافروف تناولت الملف النووي والوضع في جنوب القوقاز.\n"
     "كما بحث الجانبان معاهدة أسس العلاقات ومبادئ التعاون الموقعة بين البلدين في 12 آذار/مارس 2001، والتي جرى تمديدها تلقائياً العام الماضي لخمس سنوات.\n"
     "ويغادر لافروف طهران مساء اليوم عائداً إلى موسكو.\n"
     "المصدر: الجزيرة + وكالات"),
     dates=[("13/4/2021", "2021-04-13", "g"), ("مساء أمس الاثنين", "2021-04-12", "r"), ("صباح اليوم الثلاثاء", "2021-04-13", "r"),
            ("فجر الأحد", "2021-04-11", "r"), ("عام 2018", "2018", "g"), ("2021-2023", None, "ignore"),
            ("بعد أسبوع من", None, "ignore"), ("الثلاثاء الماضي", "2021-04-06", "r"),
            ("26 كانون الثاني/يناير الماضي", "2021-01-26", "g"), ("12 آذار/مارس 2001", "2001-03-12", "g"),
            ("العام الماضي", "2020", "r"), ("مساء اليوم", "2021-04-13", "r")],
     contacts=[C(LAV, ZAR, "meet", "2021-04-13"), C(LAV, ROU, "meet", "2021-04-13"), C(PUT, ROU, "message", "2021-04-13"),
               C([LAV, RU], IR, "meet", "2021-04-12", True), C(LAV, ZAR, "agreement", "2021-04-13"),
               C(RU, IR, "meet", "2021-04-06", True), C(LAV, ZAR, "meet", "2021-01-26"),
               C([PUT, RU], ["Mohammad Khatami", IR], "agreement", "2001-03-12")]),
dict(id="A28", pub="2022-07-20", text=(
     "الأربعاء 2022/7/20 11:42 ص بتوقيت أبوظبي\n"
     "طهران - العين الإخبارية: وقّعت شركة غازبروم الروسية والشركة الوطنية الإيرانية للنفط مذكرة تفاهم بقيمة تقارب 40 مليار دولار لتطوير حقلي غاز كيش وبارس الشمالي وستة حقول نفطية، عبر تقنية الفيديو بين الرئيس التنفيذي لغازبروم أليكسي ميلر والمدير التنفيذي للشركة الإيرانية محسن خجسته مهر أمس الثلاثاء، تزامناً مع زيارة الرئيس فلاديمير بوتين لطهران. "
     "وكان بوتين قد التقى المرشد علي خامنئي والرئيس إبراهيم رئيسي قبل أن يشارك في القمة الثلاثية لمسار أستانا بحضور الرئيس التركي رجب طيب أردوغان. "
     "وتعد المذكرة أكبر استثمار أجنبي في قطاع الطاقة الإيراني منذ ثورة 1979."),
     dates=[("الأربعاء 2022/7/20", "2022-07-20", "g"), ("أمس الثلاثاء", "2022-07-19", "r"), ("1979", "1979", "g")],
     contacts=[C(MIL, KHOJ, "agreement", "2022-07-19"), C(MIL, KHOJ, "meet", "2022-07-19", True),
               C(PUT, KHA, "meet", "2022-07-19"), C(PUT, RAI, "meet", "2022-07-19")]),
dict(id="A29", pub="2022-11-10", text=(
     "الخميس - 16 ربيع الآخر 1444 هـ - 10 نوفمبر 2022 مـ رقم العدد [16053]\n"
     "لندن - طهران: «الشرق الأوسط» — أجرى أمين مجلس الأمن الروسي نيكولاي باتروشيف، أمس (الأربعاء)، في طهران محادثات مع نظيره الإيراني علي شمخاني تناولت «التعاون الأمني» و«مواجهة التدخلات الغربية» في الاحتجاجات التي تشهدها إيران منذ منتصف سبتمبر (أيلول) الماضي، قبل أن يستقبله الرئيس إبراهيم رئيسي. "
     "ونفت طهران مجدداً تزويد موسكو بطائرات مسيّرة من طراز «شاهد-136» لاستخدامها في أوكرانيا، مؤكدة أن ما سلّمته من مسيّرات كان قبل بدء الحرب في 24 فبراير (شباط) الماضي."),
     dates=[("الخميس - 16 ربيع الآخر 1444 هـ", "2022-11-10", "h"), ("10 نوفمبر 2022 مـ", "2022-11-10", "g"),
            ("أمس (الأربعاء)", "2022-11-09", "r"), ("منتصف سبتمبر (أيلول) الماضي", "2022-09-11/2022-09-20", "g"),
            ("24 فبراير (شباط) الماضي", "2022-02-24", "g")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-09")]),
dict(id="A30", pub="2023-02-08", text=(
     "أنقرة/ الأناضول: ارتفعت حصيلة ضحايا الزلزالين اللذين ضربا جنوبي تركيا وشمالي سوريا فجر الاثنين بقوة 7.7 و7.6 درجات إلى أكثر من 11 ألف قتيل، فيما تواصل فرق الإنقاذ عملها لليوم الثالث. "
     "ووصلت إلى مطار أضنة فرق إنقاذ من 65 دولة بينها روسيا وإيران، كما هبطت في مطار حلب الدولي أمس الثلاثاء طائرتان إيرانيتان تحملان 70 طناً من المساعدات. "
     "وأعلنت السلطات التركية حالة الطوارئ في 10 ولايات لمدة ثلاثة أشهر."),
     dates=[("فجر الاثنين", "2023-02-06", "r"), ("لليوم الثالث", None, "ignore"), ("أمس الثلاثاء", "2023-02-07", "r")],
     contacts=[]),
# ---------------- 2023–2026 ----------------
dict(id="A31", pub="2023-12-25", text=(
     "سانت بطرسبورغ، إرنا – وقّعت الجمهورية الإسلامية الإيرانية والاتحاد الاقتصادي الأوراسي اليوم الاثنين 4 دي 1402 اتفاقية للتجارة الحرة الكاملة، خلال اجتماع المجلس الاقتصادي الأعلى للاتحاد بحضور الرئيس الروسي فلاديمير بوتين وقادة الدول الأعضاء، ووقعها عن الجانب الإيراني وزير الصناعة والمناجم والتجارة عباس علي آبادي. "
     "والتقى علي آبادي على هامش الاجتماع نائب رئيس الوزراء الروسي أليكسي أوفرتشوك، وبحثا تفعيل الاتفاقية التي يتوقع أن تدخل حيز التنفيذ خلال عام 2025 بعد مصادقة برلمانات الدول الخمس. "
     "وكانت الاتفاقية المؤقتة بين الجانبين قد دخلت حيز التنفيذ في 27 أكتوبر 2019."),
     dates=[("اليوم الاثنين 4 دي 1402", "2023-12-25", "j"), ("عام 2025", "2025", "g"), ("27 أكتوبر 2019", "2019-10-27", "g")],
     contacts=[C([RU, "Eurasian Economic Union", "EAEU"], [ALIA[0], IR], "agreement", "2023-12-25", True),
               C(PUT, ALIA, "meet", "2023-12-25", True), C(OVE, ALIA, "meet", "2023-12-25")]),
dict(id="A32", pub="2024-01-04", text=(
     "بيروت - الميادين نت: بعث الرئيس الروسي فلاديمير بوتين مساء أمس الأربعاء برقية تعزية إلى المرشد الإيراني السيد علي خامنئي والرئيس إبراهيم رئيسي بضحايا التفجيرين اللذين استهدفا ظهر أمس حشود المشاركين في إحياء الذكرى الرابعة لاغتيال الفريق قاسم سليماني قرب مرقده في كرمان، ما أدى إلى استشهاد 95 شخصاً على الأقل. "
     "وأجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالاً هاتفياً بنظيره الإيراني حسين أمير عبد اللهيان عبّر فيه عن «تضامن موسكو الكامل مع طهران»، مؤكداً استعداد بلاده للتعاون في كشف الجهة المسؤولة."),
     dates=[("مساء أمس الأربعاء", "2024-01-03", "r"), ("ظهر أمس", "2024-01-03", "r"), ("اليوم", "2024-01-04", "r")],
     contacts=[C(PUT, [KHA, RAI, IR], "message", "2024-01-03"), C(LAV, AMI, "phone_call", "2024-01-04"),
               C(LAV, AMI, "message", "2024-01-04", True)]),
dict(id="A33", pub="2024-06-13", text=(
     "قازان/ 24 خرداد/ إرنا- التقى وزير الرياضة والشباب كيومرث هاشمي نظيره الروسي ميخائيل ديغتياريف اليوم الخميس في مدينة قازان على هامش دورة ألعاب بريكس التي افتتحت مساء الأربعاء وتستمر حتى 23 يونيو/حزيران، ووقّع الجانبان برنامجاً تنفيذياً للتعاون الرياضي للعامين 2024 و2025. "
     "ويشارك في الدورة 180 رياضياً إيرانياً في 27 لعبة، فيما حصد المنتخب الإيراني حتى الآن 3 ميداليات ذهبية."),
     dates=[("24 خرداد", "2024-06-13", "j"), ("اليوم الخميس", "2024-06-13", "r"), ("مساء الأربعاء", "2024-06-12", "r"),
            ("23 يونيو/حزيران", "2024-06-23", "g"), ("للعامين 2024 و2025", None, "ignore")],
     contacts=[C(DEG, HASH, "meet", "2024-06-13"), C(DEG, HASH, "agreement", "2024-06-13")]),
dict(id="A34", pub="2024-12-08", text=(
     "الأحد - 7 جمادى الآخرة 1446 هـ - 8 ديسمبر 2024 مـ\n"
     "الدوحة: «الشرق الأوسط» — عقد وزراء خارجية روسيا سيرغي لافروف وإيران عباس عراقجي وتركيا هاكان فيدان، أمس (السبت)، اجتماعاً بصيغة أستانا على هامش «منتدى الدوحة»، دعوا في ختامه إلى «وقف فوري للعمليات العسكرية» في سوريا، قبل ساعات من إعلان فصائل المعارضة دخولها دمشق فجر اليوم (الأحد) ومغادرة الرئيس بشار الأسد البلاد. "
     "وكان لافروف وعراقجي قد أجريا محادثات ثنائية قبيل الاجتماع، بعد ثلاثة أيام من اتصال هاتفي بينهما يوم الأربعاء."),
     dates=[("الأحد - 7 جمادى الآخرة 1446 هـ", "2024-12-08", "h"), ("8 ديسمبر 2024 مـ", "2024-12-08", "g"),
            ("أمس (السبت)", "2024-12-07", "r"), ("قبل ساعات من", None, "ignore"), ("فجر اليوم (الأحد)", "2024-12-08", "r"),
            ("قبيل الاجتماع", None, "ignore"), ("بعد ثلاثة أيام من", None, "ignore"), ("يوم الأربعاء", "2024-12-04", "r")],
     contacts=[C(LAV, ARA, "meet", "2024-12-07"), C([LAV, RU], [ARA, IR], "agreement", "2024-12-07", True),
               C(LAV, ARA, "phone_call", "2024-12-04")]),
dict(id="A35", pub="2025-03-14", text=(
     "بكين 14 مارس 2025 (شينخوا) عقدت الصين وروسيا وإيران اليوم الجمعة في بكين اجتماعاً ثلاثياً بشأن القضية النووية الإيرانية، ترأسه نائب وزير الخارجية الصيني ما تشاو شيوي بمشاركة نائب وزير الخارجية الروسي سيرغي ريابكوف ونائب وزير الخارجية الإيراني كاظم غريب آبادي. "
     "وأكد البيان المشترك الصادر عن الاجتماع ضرورة إنهاء «جميع العقوبات الأحادية غير القانونية»، فيما اتفقت الأطراف الثلاثة على مواصلة المشاورات في موعد يحدد لاحقاً. "
     "ويأتي الاجتماع بعد أسبوع من رسالة بعث بها الرئيس الأمريكي دونالد ترامب إلى المرشد الإيراني علي خامنئي يدعو فيها إلى التفاوض."),
     dates=[("14 مارس 2025", "2025-03-14", "g"), ("اليوم الجمعة", "2025-03-14", "r"), ("في موعد يحدد لاحقاً", None, "ignore"),
            ("بعد أسبوع من", None, "ignore")],
     contacts=[C(RYAB, GHAR, "meet", "2025-03-14"), C([RYAB[0], RU], [GHAR[0], IR], "agreement", "2025-03-14", True),
               C(RU, IR, "meet", None, True)]),
# ---- A36: whole article, 11 lines ----
dict(id="A36", pub="2025-09-27", text=(
     "روس آتوم و«إيران هرمز» توقعان اتفاقاً بـ25 مليار دولار لبناء أربع وحدات نووية في سيريك\n"
     "السبت 5 مهر 1404 | 5 ربيع الثاني 1447 | 27 سبتمبر 2025\n"
     "موسكو (العالم) – وقّعت المؤسسة الحكومية الروسية للطاقة الذرية «روس آتوم» وشركة «إيران هرمز» للطاقة النووية، أمس الجمعة في موسكو، اتفاقاً بقيمة 25 مليار دولار لبناء محطة نووية من أربع وحدات بقدرة إجمالية تبلغ 5 آلاف ميغاواط في منطقة سيريك بمحافظة هرمزكان.\n"
     "وجرى التوقيع على هامش «أسبوع الطاقة الذرية العالمي» بحضور رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي، الذي عقد محادثات مع المدير العام لروس آتوم أليكسي ليخاتشوف تناولت أيضاً إنشاء محطات صغيرة.\n"
     "وقال إسلامي إن الاتفاق «ثمرة» مذكرة التفاهم التي وقعها الجانبان في 12 شهريور الماضي، وإن الأعمال التمهيدية في الموقع ستبدأ في شهر دي المقبل.\n"
     "ويأتي الاتفاق قبل ساعات من إعادة فرض عقوبات مجلس الأمن الدولي على إيران بموجب آلية «سناب باك»، التي تدخل حيز التنفيذ فجر الأحد 28 سبتمبر بتوقيت غرينتش.\n"
     "وكان مجلس الأمن قد رفض في جلسته يوم الجمعة مشروع قرار روسياً صينياً لتأجيل إعادة فرض العقوبات ستة أشهر، بعدما أيدته أربع دول فقط.\n"
     "وتبني روسيا حالياً الوحدتين الثانية والثالثة من محطة بوشهر بموجب عقد وقع في 11 نوفمبر 2014، فيما تعمل الوحدة الأولى منذ عام 2013 بقدرة 1000 ميغاواط.\n"
     "وأعلن ليخاتشوف أن وفداً من روس آتوم سيزور طهران الأسبوع المقبل لبحث الجدول الزمني للمشروع.\n"
     "يذكر أن إيران تنتج حالياً نحو 1% فقط من كهربائها من الطاقة النووية، وتسعى إلى بلوغ 20 ألف ميغاواط بحلول عام 2041.\n"
     "المصدر: العالم + وكالات"),
     dates=[("السبت 5 مهر 1404", "2025-09-27", "j"), ("5 ربيع الثاني 1447", "2025-09-27", "h"), ("27 سبتمبر 2025", "2025-09-27", "g"),
            ("أمس الجمعة", "2025-09-26", "r"), ("12 شهريور الماضي", "2025-09-03", "j"),
            ("شهر دي المقبل", "2025-12-22/2026-01-20", "j"), ("قبل ساعات من", None, "ignore"),
            ("فجر الأحد 28 سبتمبر", "2025-09-28", "g"), ("يوم الجمعة", "2025-09-26", "r"), ("11 نوفمبر 2014", "2014-11-11", "g"),
            ("عام 2013", "2013", "g"), ("الأسبوع المقبل", "2025-09-29/2025-10-05", "r"), ("عام 2041", None, "ignore")],
     contacts=[C(LIK, HORMOZ, "agreement", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-26"),
               C(LIK, ESL, "agreement", "2025-09-03"), C(RU, IR, "agreement", "2014-11-11"),
               C(["Rosatom", RU], IR, "meet", "2025-09-29/2025-10-05")]),
dict(id="A37", pub="2025-12-16", text=(
     "طهران - 16 - 12 (كونا) -- أعلنت وزيرة الطرق وبناء المدن الإيرانية فرزانة صادق اليوم الثلاثاء أنها ستجري محادثات مع وزير النقل الروسي أندريه نيكيتين في موسكو الأسبوع المقبل لوضع اللمسات الأخيرة على الجدول الزمني لسكة حديد رشت - آستارا البالغ طولها 162 كيلومتراً، بعد أن أرجئ الاجتماع الذي كان مقرراً في 2 ديسمبر الجاري بسبب سوء الأحوال الجوية. "
     "وقالت صادق إن الجانب الروسي سيمول المشروع بقرض قيمته 1.3 مليار يورو بموجب الاتفاقية الحكومية الموقعة في 17 مايو 2023 بحضور الرئيسين فلاديمير بوتين وإبراهيم رئيسي عبر الاتصال المرئي."),
     dates=[("16 - 12", "2025-12-16", "g"), ("اليوم الثلاثاء", "2025-12-16", "r"), ("الأسبوع المقبل", "2025-12-22/2025-12-28", "r"),
            ("2 ديسمبر الجاري", "2025-12-02", "g"), ("17 مايو 2023", "2023-05-17", "g")],
     contacts=[C(NIKT, SAD, "meet", "2025-12-22/2025-12-28"), C(RU, IR, "agreement", "2023-05-17"),
               C(PUT, RAI, "meet", "2023-05-17", True), C(PUT, RAI, "phone_call", "2023-05-17", True)]),
dict(id="A38", pub="2026-02-10", text=(
     "10/02/2026 - 14:32 GMT+1\n"
     "يورونيوز: استقبل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، اليوم الثلاثاء، السفير الروسي لدى طهران أليكسي ديدوف، وبحث معه التحضيرات لاجتماع الأمناء العامين لمجالس الأمن الذي تستضيفه موسكو أواخر أيار/مايو المقبل. "
     "ونفى الكرملين على لسان المتحدث دميتري بيسكوف تقارير صحافية عن زيارة مرتقبة للرئيس فلاديمير بوتين إلى طهران الشهر المقبل، مؤكداً أن «لا خطط من هذا النوع في الوقت الراهن». "
     "وكان بوتين والرئيس مسعود بزشكيان قد أجريا اتصالاً هاتفياً في 29 يناير الماضي."),
     dates=[("10/02/2026", "2026-02-10", "g"), ("اليوم الثلاثاء", "2026-02-10", "r"),
            ("أواخر أيار/مايو المقبل", "2026-05-21/2026-05-31", "g"), ("الشهر المقبل", "2026-03", "r"),
            ("29 يناير الماضي", "2026-01-29", "g")],
     contacts=[C(DED, LAR_SN, "meet", "2026-02-10"), C(RU, IR, "meet", "2026-05-21/2026-05-31", True),
               C(PUT, PEZ, "phone_call", "2026-01-29")]),
dict(id="A39", pub="2026-03-19", text=(
     "هسبريس – الرباط: أعلنت وزارة الأوقاف والشؤون الإسلامية، مساء يومه الخميس، أن هلال شهر شوال لم تثبت رؤيته، وبذلك يكون يوم السبت 21 مارس 2026 فاتح شهر شوال 1447 وأول أيام عيد الفطر المبارك، على أن تستأنف الدراسة يوم الاثنين 23 مارس. "
     "وفي المقابل، أعلنت السعودية ومعظم دول الخليج أن غداً الجمعة أول أيام العيد، فيما يتزامن العيد في إيران هذا العام مع عيد النوروز وحلول العام الإيراني الجديد 1405. "
     "وستعلن الوزارة موعد عيد الأضحى في ماي المقبل."),
     dates=[("مساء يومه الخميس", "2026-03-19", "r"), ("يوم السبت 21 مارس 2026", "2026-03-21", "g"),
            ("فاتح شهر شوال 1447", "2026-03-20", "h"), ("عيد الفطر المبارك", None, "ignore"),
            ("يوم الاثنين 23 مارس", "2026-03-23", "g"), ("غداً الجمعة", "2026-03-20", "r"), ("أول أيام العيد", None, "ignore"),
            ("هذا العام", "2026", "r"), ("عيد النوروز", "2026-03-21", "j"),
            ("العام الإيراني الجديد 1405", "2026-03-21/2027-03-20", "j"), ("ماي المقبل", "2026-05", "g")],
     contacts=[]),
dict(id="A40", pub="2026-05-12", text=(
     "الثلاثاء 25 ذو القعدة 1447 هـ - 12 مايو 2026\n"
     "دبي - العربية.نت: استقبل وزير النفط الإيراني محسن باك نجاد في طهران، اليوم الثلاثاء، رئيس شركة غازبروم الروسية أليكسي ميلر، ووقع الجانبان عقداً لتوريد ملياري متر مكعب من الغاز الروسي سنوياً إلى إيران عبر أذربيجان في مرحلة أولى، على أن ترتفع الكميات لاحقاً إلى 55 مليار متر مكعب. "
     "وقال باك نجاد إن الشركة الوطنية الإيرانية للغاز ستبدأ تسلم الشحنات في الربع الأخير من العام الجاري، مشيراً إلى أن مذكرة التفاهم الأولية بين الشركتين وُقعت في 26 حزيران/يونيو 2024. "
     "ومن المقرر أن يلتقي ميلر غداً الرئيس مسعود بزشكيان قبل مغادرته طهران."),
     dates=[("الثلاثاء 25 ذو القعدة 1447 هـ", "2026-05-12", "h"), ("12 مايو 2026", "2026-05-12", "g"),
            ("اليوم الثلاثاء", "2026-05-12", "r"), ("لاحقاً", None, "ignore"),
            ("الربع الأخير من العام الجاري", "2026-10-01/2026-12-31", "r"), ("26 حزيران/يونيو 2024", "2024-06-26", "g"),
            ("غداً", "2026-05-13", "r"), ("قبل مغادرته طهران", None, "ignore")],
     contacts=[C(MIL, PAK, "meet", "2026-05-12"), C(MIL, PAK, "agreement", "2026-05-12"),
               C(MIL, NIGC, "agreement", "2024-06-26"), C(MIL, PEZ, "meet", "2026-05-13")]),
]
