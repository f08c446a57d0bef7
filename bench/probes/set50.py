# Held-out probe set 50: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 11 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A08, A18, A27, A36) and 36 SNIPPETS of 1–3 sentences (the other ids; every snippet
# opens with a header line or a dated dateline), publication dates 2005–2026 (one to four a year, 20 of them 2022–2026, ids in
# date order).  26 are about Russia–Iran contacts; 14 are general news that name Russia or Iran but hold no Russia–Iran
# contact: A02, A04, A06, A10, A12, A14, A16, A19, A23, A25, A31, A33, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set46 and set48 (conventions; the later header wins).  The tool was not run and git was not used.
# New text (no real article copied) in the style of Al-Hayat (A01 «السبت 12 آذار (مارس) 2005», «أمس الجمعة», «غداً الأحد»,
# «أواخر شباط (فبراير) الماضي»; A08 whole article «الأحد، 22 آب (أغسطس) 2010», «مطلع تشرين الأول (أكتوبر) المقبل», a bare «21
# آب», a bare past «الجمعة», «عام 1995», the month range «من كانون الأول (ديسمبر) 2007 إلى كانون الثاني (يناير) 2008», resolution
# 1929, «الشهر الماضي», «1000 ميغاواط», «© دار الحياة 2010»), Al-Rai Al-Aam Kuwait (A02 the outlet name «الرأي العام», «الأحد 21
# شعبان 1426 هـ - 25 سبتمبر 2005 - العدد 13884», «مساء أمس السبت», vote counts «22 دولة من أصل 35», «منذ نوفمبر 2004»), Al-Madina
# (A03 «الثلاثاء 4 ربيع الآخر 1427هـ - 2 مايو 2006م», «يوم الجمعة الماضي», «الأسبوع المقبل», «بعد غد الخميس»), Elaph (A04 «GMT
# 10:30:00 2007 الثلائاء 16 يناير» with Elaph's misspelt weekday, «تور-إم1», «29 منظومة», «700 مليون دولار», resolution 1737, «23
# ديسمبر الماضي»), Al-Raya Qatar (A05 «الاربعاء 4 رجب 1428 هـ - 18/7/2007 م», «العاشر من ديسمبر المقبل», «2,1 مليار دولار العام
# الماضي», «ثلاثة أيام»), Al-Baath / SANA (A06 «العدد 13456 - الأحد 31 آب 2008», «الثلاثاء الماضي», «الأسبوعي», «ليل السابع من آب
# الجاري»), Oman daily (A07 «عمان - الخميس 1 ربيع الأول 1430هـ - 26 فبراير 2009م», «قبل نهاية العام», «منذ يناير 2008»),
# Al-Sabah Al-Jadeed (A09 the outlet name «الصباح الجديد», «العدد 2145», «15 حزيران 2001», «الذكرى العاشرة», «في موعد يحدد
# لاحقا»), El Massa Algeria (A10 the outlet name «المساء», «07 أوت 2012», «أولمبياد لندن 2012», «بكين 2008», «يوم الأحد 12 أوت
# الجاري», «مساء اليوم», «60 كلغ», «1500 متر»), Al-Jarida (A11 «العدد 2205», «5+1», «24 نوفمبر الماضي», «ستة أشهر», «يناير
# المقبل»), Al-Eqtisadiah (A12 «الأربعاء 25 صفر 1436 هـ. الموافق 17 ديسمبر 2014 العدد 7737», «فجر الثلاثاء», percentages «10.5 في
# المائة», «59.27 دولار», «منذ يونيو الماضي», «27 نوفمبر الماضي»), Rai Al-Youm (A13 the outlet name «رأي اليوم» with its English
# header date «April 16, 2015», no-hamza «امس الاربعاء», a bare past «الاثنين», «اس-300», «مؤتمر موسكو الرابع», «عام 2007»), Petra
# (A14 dateline «موسكو 25 آب (بترا)», «اليوم الثلاثاء», «صباح اليوم», «ماكس 2015», «الزيارة الـ12», «منذ عام 2000»), Al-Arab
# London (A15 «نشر في 2016/08/09، العدد: 10361، ص(5)», «23 نوفمبر الماضي» nine months back, «7200 كلم», «العام المقبل»), France 24
# Arabic (A16 «نشرت في : 14/10/2017 - 11:05», «مساء أمس الجمعة», «60 يوما», «31 آب/أغسطس الماضي»), Al-Kawthar (A17 Solar «الجمعة
# 22 تير 1397 - 13 تموز 2018», «مساء أمس الخميس», «ساعتين», «50 مليار دولار», «الاثنين المقبل»), Kayhan Al-Arabi (A18 whole article
# «العدد 10178 - الأربعاء 29 خرداد 1398 - 19 حزيران 2019», «من 18 إلى 20 حزيران الجاري», «الاجتماع الدولي العاشر», «الثامن من
# أيار 2018», «تشرين الأول المقبل», «مساء اليوم», «أواخر شباط الماضي», «يوم الجمعة الماضي», «مطلع أيار الماضي», «400 ألف برميل»,
# «منذ عام 2010», phone number «88843771 (021)»), Alhurra (A19 «18 أكتوبر 2020» on its own line, resolution 2231, «الشهر الماضي»,
# «سوخوي-30», «تي-90»), Rudaw Arabic (A20 «06-10-2021 16:20», «اليوم», «منذ حزيران الماضي», «3+3», «لاحقا», «قريبا»), Al-Dostor
# Egypt (A21 «الثلاثاء 15/مارس/2022 - 02:40 م», Egyptian «فى», «الجارى», «الماضى», «يوم 5 مارس الجارى», «جولتها الثامنة»,
# «أواخر ديسمبر الماضى»), Sabq (A22 Eastern-Arabic «الخميس ١٩ صفر ١٤٤٤هـ - ١٥ سبتمبر ٢٠٢٢م», «خلال شهرين», «١٩ يوليو الماضي»,
# «منتصف الشهر المقبل»), Al-Ain News (A23 «الخميس 2022/10/6 11:20 ص بتوقيت أبوظبي», «أوبك+», «الاجتماع الوزاري الـ33», «نوفمبر
# المقبل», «منذ ربيع 2020», «1.7%», «8 مارس الماضي»), Fars Arabic (A24 Eastern-Arabic Solar Y/M/D «١٤٠١/٠٩/٢٢ - ١١:٤٥», «٤٠
# بالمئة», «العام الإيراني الجاري»), Arabi21 (A25 «الجمعة، 10 مارس 2023 08:15 م بتوقيت غرينتش», «شهران», «كانون الثاني/يناير
# 2016», «عام 2001», «عام 1998»), Alkhaleej Online (A26 «الثلاثاء، 19-09-2023 الساعة 18:20 بتوقيت الدوحة», «مساء أمس الاثنين»,
# «منتصف أغسطس الماضي», «مؤتمر موسكو الحادي عشر»), Al-Binaa (A27 whole article «الثلاثاء 24 تشرين الأول 2023 - العدد 3612», «3+3»,
# «الاجتماع الثاني», «كانون الأول/ديسمبر المقبل», «منذ السابع من تشرين الأول الجاري», «العام المقبل», «لاحقا», «كانون الأول/ديسمبر
# 2021», «19 أيلول الماضي», «أول أمس الأحد», «© البناء 2023»), DW Arabic (A28 «التاريخ 26.12.2023», «الخمس», «90 في المئة», «منذ 27
# أكتوبر 2019», «فبراير/ شباط المقبل»), El Nashra (A29 «الأربعاء 22 أيار 2024 - 13:45», «بيل 212», «يوم الأحد الماضي», «مساء
# الاثنين», «28 حزيران المقبل»), INA (A30 «(واع) | 05/08/2024 14:20», «فجر الأربعاء الماضي», «من 22 إلى 24 تشرين الأول
# المقبل»), Alyaoum24 (A31 the outlet name «اليوم 24», Moroccan «الخميس 8 غشت 2024», «3000 متر», race time «8:06.05», «أولمبياد
# باريس 2024», «صيف 2021», «97 كلغ», «يوم الأحد 11 غشت الجاري»), Erem News (A32 «10 ديسمبر 2024 14:20», «فجر الأحد», a bare past
# «السبت», a denied visit «الأسبوع المقبل»), Al-Seyassah (A33 «الأربعاء 20 شعبان 1446هـ - 19 فبراير 2025», «أربع ساعات ونصف
# الساعة», «24 فبراير 2022»), Masrawy (A34 «الأحد 20 يوليو 2025 - 12:45 م», «المستقبل القريب», «12 يوما», «يونيو الماضى»), TAP
# (A35 Tunisian dateline «نيويورك 25 سبتمبر 2025 (وات)», «الدورة الثمانين», resolution 2231, «ستة أشهر», «غدا الجمعة», «18 أكتوبر
# القادم», «28 أوت الماضي»), Al-Bilad Bahrain (A36 whole article «العدد 6215 - الخميس 11 ديسمبر 2025 الموافق 20 جمادى الآخرة
# 1447هـ», «ليلة الاثنين», «أربعة أيام», «اليوم الخميس», «1200 كيلوغرام», «منذ مطلع العام», «24 ساعة», «النصف الأول من العام
# المقبل», «أكتوبر/تشرين الأول 2023», «القمة السابعة», «عام 2026», «الثاني من تشرين الأول/أكتوبر الماضي», «© 2025»), BBC Arabic
# (A37 «21 يناير/ كانون الثاني 2026», a bare past «الثلاثاء», «بعد أيام من», «17 يناير/ كانون الثاني 2025», «سو-35», «الجيش-2026»,
# «أغسطس/ آب المقبل»), APS (A38 Algerian dateline «الجزائر - 9 فيفري 2026 (واج)», «الدورة الـ12», «الأسبوع المقبل», «شهر ماي
# المقبل»), Shafaqna (A39 Eastern-Arabic Solar «الخميس ٢٨ إسفند ١٤٠٤ - ١٩ مارس ٢٠٢٦», «عيد النوروز», «العام الإيراني الجديد 1405»,
# «عيد الفطر … غدا الجمعة», «النصف الثاني من نيسان المقبل», «التاسع من أيار المقبل», «عيد النصر», «اليوم») and Al-Osboa Egypt (A40
# the outlet name «الأسبوع» before «الاثنين 27 أبريل 2026 | 03:10 م», «الأسبوع الماضى», «2.3%», «72.40 دولار», «يوم الجمعة», «يوم 3
# مايو المقبل», a bare «يونيو», «411 ألف برميل»).
# Contacts: presidents (Medvedev–Ahmadinejad A09 Astana SCO with an undated invitation; Putin–Rouhani A15 Baku with the Nov 2015
# Tehran visit recalled and next year's trilateral in Iran, A18 Bishkek last Friday; Putin–Raisi A22 Samarkand and the 19 July
# Tehran trilateral recalled, A27 planned December Moscow visit; Putin–Pezeshkian A30 planned Kazan BRICS, A36 the 2026 Caspian
# summit (optional), A37 the 17 Jan 2025 treaty recalled (optional), A39 phone call, planned 9 May visit and the joint commission
# (optional); Putin–Mokhber A29 call and condolence message via Volodin; Putin–Khatami via Ivanov A01), the Leader and his
# advisers (Velayati–Putin with messages from Khamenei and Rouhani A17; Larijani–Putin with the Leader's assessments A34), foreign
# ministers (Lavrov–Mottaki call A03; Lavrov–Zarif A11 with the Geneva 5+1 deal optional and the planned January visit;
# Lavrov–Amir-Abdollahian A20 with a 3+3 proposal optional, A21, A27 Tehran 3+3 with Sunday's call, the Dec 2021 Moscow 3+3 and the
# proposed next round optional; Lavrov–Raisi A27; Lavrov–Araghchi A32 call and the Doha trilateral, A35 New York), security
# councils (Ivanov–Rowhani A01; Larijani's planned Moscow visit A03; Patrushev–Shamkhani A18 Ufa, February Moscow round, planned
# October Tehran visit; Shoigu–Pezeshkian and –Ahmadian A30; Shoigu–Momeni planned today A36), defence (Shoigu–Dehghan A13 with the
# 2007 S-300 contract optional; Shoigu–Bagheri and –Ashtiani A26 with the August Moscow meeting), chiefs of staff (Gerasimov–Mousavi
# talks, memorandum and an invitation A37), interior ministers (Kolokoltsev–Momeni talks and memorandum, the working group
# optional, Vahidi's Oct 2023 visit A36), speakers (Volodin–Mokhber A29; Volodin–Ghalibaf cable A39), nuclear agencies
# (Rumyantsev–Aghazadeh fuel-return protocol A01; Kiriyenko–Aghazadeh Bushehr test run A07; Kiriyenko–Salehi Bushehr fuel loading,
# protocol and planned October visit, the 1995 contract optional A08), energy / joint commissions (Khristenko–Vaziri Hamaneh
# memorandum with the commission sessions optional A05; the Kremlin's October joint commission A22 optional), regions (Tatarstan's
# Minnikhanov–Raisi and –Fatemi Amin memorandum A24), trade (Overchuk–Aliabadi with the Iran–EAEU FTA and the February commission
# optional A28).
# Traps: third-country contacts only (A14 King Abdullah–Putin, A25 the Saudi–Iranian deal in Beijing with Moscow's welcome, A33
# Lavrov–Rubio in Riyadh with Tehran's comment, A38 Attaf–Takht-Ravanchi and Attaf's planned Moscow trip), statements and votes
# (A02 the IAEA board vote with Russia abstaining, A06 Tehran on Russia's recognition of Abkhazia, A16 the Kremlin on Trump's
# decertification, A19 the end of the UN arms embargo), deliveries (A04 Tor-M1), oil and money markets (A12 the rouble and rial
# crash, A23 the OPEC+ cut, A40 Brent and Iranian exports), sport (A10 London 2012 wrestling, A31 Paris 2024); inside contact
# stories a decree (A13), a delivery (A08), the Putin–Trump Helsinki summit (A17), meetings with Chinese, Indian and Iraqi officials
# (A18), Lavrov–Mirzoyan (A27), Iran's SCO memorandum with the organisation (A22), an entry into force (A28 the interim FTA, A36 the
# treaty), Peskov's "no plans" for a Putin–Pezeshkian meeting (A34), a denied Araghchi visit (A32), a denied Su-35 delivery (A37);
# non-dates «5+1», «3+3», «اس-300», «تور-إم1», «سوخوي-30», «تي-90», «سو-35», «بيل 212», «أوبك+», resolutions 1737, 1929, 2231,
# issue / page numbers, a phone number, money, percentages (Latin and Eastern digits), megawatts, kilogrammes, kilometres, barrels,
# metres, a race time, clock times, «GMT 10:30:00», counts, durations, ordinals of meetings, rounds, sessions, summits and
# anniversaries, and the outlet names «الرأي العام», «الصباح الجديد», «المساء», «رأي اليوم», «اليوم 24», «الأسبوع».
# Every Islamic (Umm al-Qura) and Solar Hijri conversion and every stated or derived weekday was checked with hijridate /
# jdatetime / datetime; the file was checked to parse and every listed span to occur in its case text in list order without
# overlaps (the k-th listing of a span text is its k-th occurrence).
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search: a span text listed k times is its first k occurrences, so every list is in text order;
#   no listed span text occurs earlier inside another word or span than the mention it stands for.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts, give
#   no row.
# Conventions: /work/shared/gold/README.md plus the headers of set46 and set48 (and through them the earlier sets), the later
#   header winning.
# Decided here where nothing above says (set50):
#   Elaph's «GMT 10:30:00 2007 الثلائاء 16 يناير» is one g mention «2007 الثلائاء 16 يناير» (year first, the misspelt weekday
#   inside, the clock time outside, A04).  Rai Al-Youm's English header date «April 16, 2015» is a g mention like any header date
#   (A13).  «الثلاثاء 15/مارس/2022» (day / month name / year) is one g mention (A21); «2016/08/09», «2022/10/6» = Y/M/D,
#   «06-10-2021», «19-09-2023», «05/08/2024», «18/7/2007», «14/10/2017», «26.12.2023» = D/M/Y (g).  «ليلة الاثنين» alone in a
#   past sentence = that Monday (r, A36), like set46's «ليلة الجمعة إلى السبت» = the first night named.  «منتصف الشهر المقبل» =
#   days 11–20 of the next Gregorian month (r, A22).  «العام الإيراني الجاري» without a year number = the current Solar year as
#   an interval, calendar r (A24), like set48's «العام الإيراني المقبل»; «العام الإيراني الجديد 1405» with its number = j interval
#   (A39).  «عيد النوروز» alone = 1 Farvardin of the nearest year (j, A39); «عيد الفطر … غدا الجمعة» and «عيد النصر» beside «التاسع
#   من أيار المقبل» are ignore lines, the relative / written date carrying the value.  «القادم» = «المقبل» (A35).  A season with a
#   year as a reference point («منذ ربيع 2020» → span «ربيع 2020», A23; «صيف 2021», A31) is an ignore line like set48's «صيف
#   2008».  A «منذ» anchor that is a month («منذ نوفمبر 2004», «منذ يناير 2008», «منذ يونيو الماضي», «منذ حزيران الماضي») or a full
#   day («منذ 27 أكتوبر 2019», «منذ السابع من تشرين الأول الجاري») is a date with «منذ» outside.  «في موعد يحدد لاحقا», «في موعد
#   يتفق عليه لاحقا» → ignore spans «موعد يحدد لاحقا», «موعد يتفق عليه لاحقا» (A09, A20); a bare «لاحقا» after «على أن يتفق على الموعد»
#   → ignore span «لاحقا» (A27).  «© 2025 البلاد» → ignore span «© 2025» (A36); «© دار الحياة 2010» → ignore span «دار الحياة 2010»
#   (A08); «© البناء 2023» → ignore span «البناء 2023» (A27).  An Olympic name with its year («أولمبياد لندن 2012», «بكين 2008»,
#   «أولمبياد باريس 2024») and a forum name «الجيش-2026» are ignore lines; «ماكس 2015» likewise (A14).
#   Contacts: a visitor's tour of a site in the host country after his talks (A01 Ivanov to Bushehr) is no separate row.  An
#   invitation accepted for a named month («قبوله دعوة لزيارة طهران في تشرين الأول المقبل», A18) → required meet at that month;
#   an invitation to a forum with no host meeting stated (A37) → optional meet at the month.  A joint-commission session that ended
#   with a memorandum (A05) → required agreement + optional meet of the co-chairs; the next session's date → optional meet.  An
#   envoy handing over TWO letters (A17) → the envoy–host meet + one message row per sender.  A leader's adviser conveying the
#   Leader's «assessments» (A34) → meet + required message (Khamenei–Putin).  A speaker's congratulation cable (A39) → required
#   message (speakers) dated by «اليوم».  A multilateral trade agreement signed by Iran and a bloc that includes Russia (A28 Iran–EAEU
#   FTA) → optional agreement; Iran's SCO accession memorandum (A22) → no row.  A minister's past visit named with no host («حين
#   زارها الوزير السابق أحمد وحيدي», A36) → required meet with the host ministry / country names at the month.  A multilateral
#   summit announced for a year with no bilateral stated (A36 the Caspian summit) → optional meet of the presidents.  A recalled
#   multilateral meeting «بمشاركة الوزيرين» (A27 the first 3+3 round) → required meet, as a trilateral with both present; a round
#   only proposed by a third country (A27) → optional.  A recalled visit «زيارة الرئيس الروسي لطهران في 23 نوفمبر الماضي» (A15)
#   → required meet accepting Rouhani, Khamenei or Iran.  A Russian regional head received by the president and signing with a
#   minister «بحضور رئيسي» (A24) → required meet (head–president) + required agreement (head–minister), same day.
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
KHA, KHT, NEJ, ROU, RAI, PEZ = ("Ali Khamenei", "Mohammad Khatami", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ebrahim Raisi",
                                "Masoud Pezeshkian")
LAV, MOT, ZAR, AMI, ARA = "Sergei Lavrov", "Manouchehr Mottaki", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
RWH = ["Hassan Rouhani", "Supreme National Security Council", "SNSC", IR]
RUM = ["Alexander Rumyantsev", "Federal Atomic Energy Agency", "Rosatom", RU]
AGH = ["Gholamreza Aghazadeh", "Atomic Energy Organization of Iran", "AEOI", IR]
LARS = ["Ali Larijani", "Supreme National Security Council", "SNSC", IR]
LARA = ["Ali Larijani", IR]
KHR = ["Viktor Khristenko", "Russian Ministry of Industry and Energy", RU]
VAZ = ["Kazem Vaziri Hamaneh", "Ministry of Petroleum", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SAL = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
SHOD = ["Sergei Shoigu", "Russian Ministry of Defence", RU]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]
DEH = ["Hossein Dehghan", "Ministry of Defence", IR]
VEL = ["Ali Akbar Velayati", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", "SNSC", IR]
MIN = ["Rustam Minnikhanov", "Republic of Tatarstan", "Tatarstan", RU]
FAT = ["Reza Fatemi Amin", "Ministry of Industry, Mine and Trade", IR]
BAG = ["Mohammad Bagheri", "General Staff of the Armed Forces", IR]
ASH = ["Mohammad Reza Ashtiani", "Ministry of Defence", IR]
OVE = ["Alexei Overchuk", RU]
ALI = ["Abbas Aliabadi", "Ministry of Industry, Mine and Trade", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
MOK = ["Mohammad Mokhber", IR]
AHMA = ["Ali Akbar Ahmadian", "Supreme National Security Council", "SNSC", IR]
KOL = ["Vladimir Kolokoltsev", "Russian Ministry of Internal Affairs", RU]
MOM = ["Eskandar Momeni", "Ministry of Interior", IR]
VAH = ["Ahmad Vahidi", "Ministry of Interior", IR]
GER = ["Valery Gerasimov", "General Staff of the Russian Armed Forces", RU]
MOUS = ["Abdolrahim Mousavi", "General Staff of the Armed Forces", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="A01", pub="2005-03-12", text=(
     "الحياة - السبت 12 آذار (مارس) 2005\n"
     "طهران - محمد صادق - أجرى أمين مجلس الأمن القومي الروسي إيغور إيفانوف أمس الجمعة في طهران محادثات مع أمين المجلس الأعلى للأمن القومي الإيراني حسن روحاني تناولت الملف النووي والتعاون في مفاعل بوشهر، قبل أن يستقبله الرئيس محمد خاتمي مساءً. "
     "ويتوجه إيفانوف غداً الأحد إلى بوشهر لتفقد المحطة التي يبنيها خبراء روس، وكان البلدان وقعا أواخر شباط (فبراير) الماضي في بوشهر بروتوكولاً لإعادة الوقود النووي المستنفد إلى روسيا."),
     dates=[("السبت 12 آذار (مارس) 2005", "2005-03-12", "g"), ("أمس الجمعة", "2005-03-11", "r"), ("غداً الأحد", "2005-03-13", "r"),
            ("أواخر شباط (فبراير) الماضي", "2005-02-21/2005-02-28", "g")],
     contacts=[C(IVA, RWH, "meet", "2005-03-11"), C(IVA, [KHT, IR], "meet", "2005-03-11"),
               C(RUM, AGH, "agreement", "2005-02-21/2005-02-28")]),
dict(id="A02", pub="2005-09-25", text=(
     "الرأي العام - الأحد 21 شعبان 1426 هـ - 25 سبتمبر 2005 - العدد 13884\n"
     "فيينا - وكالات - تبنى مجلس محافظي الوكالة الدولية للطاقة الذرية مساء أمس السبت قرارا يمهد لإحالة الملف النووي الإيراني إلى مجلس الأمن، بموافقة 22 دولة من أصل 35 وامتناع 12 دولة بينها روسيا والصين عن التصويت، فيما عارضته فنزويلا وحدها. "
     "وقالت وزارة الخارجية الروسية في بيان إن موسكو «تأسف» لاعتماد القرار وترى أن «الحل الديبلوماسي لا يزال ممكنا»، في حين هددت طهران باستئناف تخصيب اليورانيوم المعلق منذ نوفمبر 2004."),
     dates=[("الأحد 21 شعبان 1426 هـ", "2005-09-25", "h"), ("25 سبتمبر 2005", "2005-09-25", "g"), ("مساء أمس السبت", "2005-09-24", "r"),
            ("نوفمبر 2004", "2004-11", "g")],
     contacts=[]),
dict(id="A03", pub="2006-05-02", text=(
     "المدينة - الثلاثاء 4 ربيع الآخر 1427هـ - 2 مايو 2006م\n"
     "موسكو - وكالات: بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الإيراني منوشهر متكي في اتصال هاتفي مساء أمس الاثنين تطورات الملف النووي الإيراني بعد انتهاء المهلة التي حددها مجلس الأمن لطهران يوم الجمعة الماضي. "
     "وأعلنت الخارجية الروسية أن أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني سيزور موسكو الأسبوع المقبل لإجراء محادثات مع المسؤولين الروس، فيما يعقد مندوبو الدول الخمس الدائمة العضوية وألمانيا اجتماعا في نيويورك بعد غد الخميس."),
     dates=[("الثلاثاء 4 ربيع الآخر 1427هـ", "2006-05-02", "h"), ("2 مايو 2006م", "2006-05-02", "g"), ("مساء أمس الاثنين", "2006-05-01", "r"),
            ("يوم الجمعة الماضي", "2006-04-28", "r"), ("الأسبوع المقبل", "2006-05-08/2006-05-14", "r"), ("بعد غد الخميس", "2006-05-04", "r")],
     contacts=[C([LAV, RU], [MOT, IR], "phone_call", "2006-05-01"), C([RU], LARS, "meet", "2006-05-08/2006-05-14")]),
dict(id="A04", pub="2007-01-16", text=(
     "إيلاف - GMT 10:30:00 2007 الثلائاء 16 يناير\n"
     "موسكو: أكد وزير الدفاع الروسي سيرغي إيفانوف أمس الاثنين أن بلاده أنجزت تسليم منظومات الدفاع الجوي «تور-إم1» إلى إيران في شحنة تضم 29 منظومة تقدر قيمتها بنحو 700 مليون دولار، مشددا على أن الخطوة «لا تنتهك» القرار 1737 الذي تبناه مجلس الأمن بالإجماع في 23 ديسمبر الماضي. "
     "وانتقدت واشنطن وتل أبيب الخطوة، فيما قال مسؤول إيراني إن المنظومات «نصبت لحماية المنشآت النووية» في أصفهان ونطنز."),
     dates=[("2007 الثلائاء 16 يناير", "2007-01-16", "g"), ("أمس الاثنين", "2007-01-15", "r"), ("23 ديسمبر الماضي", "2006-12-23", "g")],
     contacts=[]),
dict(id="A05", pub="2007-07-18", text=(
     "الراية - الاربعاء 4 رجب 1428 هـ - 18/7/2007 م\n"
     "طهران - وكالات: وقع وزير الصناعة والطاقة الروسي فيكتور خريستنكو ووزير النفط الإيراني كاظم وزيري هامانه في طهران أمس مذكرة تفاهم للتعاون في مجالي النفط والغاز، في ختام اجتماعات اللجنة الاقتصادية المشتركة التي استمرت ثلاثة أيام. "
     "وقال خريستنكو إن الاجتماع المقبل للجنة سيعقد في موسكو في العاشر من ديسمبر المقبل، مشيرا إلى أن حجم التبادل التجاري بلغ 2,1 مليار دولار العام الماضي."),
     dates=[("الاربعاء 4 رجب 1428 هـ", "2007-07-18", "h"), ("18/7/2007", "2007-07-18", "g"), ("أمس", "2007-07-17", "r"),
            ("العاشر من ديسمبر المقبل", "2007-12-10", "g"), ("العام الماضي", "2006", "r")],
     contacts=[C(KHR, VAZ, "agreement", "2007-07-17"), C(KHR, VAZ, "meet", "2007-07-17", True),
               C(KHR, VAZ, "meet", "2007-12-10", True)]),
dict(id="A06", pub="2008-08-31", text=(
     "البعث - العدد 13456 - الأحد 31 آب 2008\n"
     "طهران - سانا: قال المتحدث باسم وزارة الخارجية الإيرانية حسن قشقاوي أمس إن بلاده «تتابع بدقة» التطورات في القوقاز بعد اعتراف روسيا الثلاثاء الماضي باستقلال أوسيتيا الجنوبية وأبخازيا، داعيا إلى حل الخلافات «في إطار القانون الدولي». "
     "وأضاف قشقاوي في مؤتمره الصحفي الأسبوعي أن طهران «لم تتخذ بعد» موقفا من الاعتراف، مذكرا بأن الحرب التي اندلعت ليل السابع من آب الجاري أوقعت مئات القتلى."),
     dates=[("الأحد 31 آب 2008", "2008-08-31", "g"), ("أمس", "2008-08-30", "r"), ("الثلاثاء الماضي", "2008-08-26", "r"),
            ("السابع من آب الجاري", "2008-08-07", "g")],
     contacts=[]),
dict(id="A07", pub="2009-02-26", text=(
     "عمان - الخميس 1 ربيع الأول 1430هـ - 26 فبراير 2009م\n"
     "بوشهر - (أ ف ب) - أجرى خبراء روس وإيرانيون أمس الأربعاء اختبارا تشغيليا لمحطة بوشهر النووية بحضور رئيس مؤسسة «روس آتوم» سيرغي كيريينكو ورئيس منظمة الطاقة الذرية الإيرانية غلام رضا آغازاده، اللذين عقدا بعد ذلك مؤتمرا صحفيا مشتركا. "
     "وقال آغازاده إن المحطة التي تبلغ قدرتها 1000 ميغاواط ستدخل الخدمة «قبل نهاية العام»، فيما أكد كيريينكو أن الوقود الروسي موجود في الموقع منذ يناير 2008."),
     dates=[("الخميس 1 ربيع الأول 1430هـ", "2009-02-26", "h"), ("26 فبراير 2009م", "2009-02-26", "g"), ("أمس الأربعاء", "2009-02-25", "r"),
            ("قبل نهاية العام", None, "ignore"), ("يناير 2008", "2008-01", "g")],
     contacts=[C(KIR, AGH, "meet", "2009-02-25")]),
# ---------------- whole article (Al-Hayat) ----------------
dict(id="A08", pub="2010-08-22", text=(
     "روسيا تبدأ تحميل الوقود في مفاعل بوشهر وطهران تتحدث عن «يوم تاريخي»\n"
     "الأحد، 22 آب (أغسطس) 2010\n"
     "طهران، موسكو - «الحياة»، أ ف ب، رويترز -\n"
     "بدأ خبراء روس وإيرانيون أمس السبت تحميل أول شحنة من الوقود النووي في مفاعل بوشهر جنوب إيران، في احتفال حضره رئيس المؤسسة الروسية للطاقة الذرية (روس آتوم) سيرغي كيريينكو ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي.\n"
     "وعقد صالحي وكيريينكو جلسة محادثات في موقع المحطة وقعا في ختامها بروتوكولا لتشكيل شركة مشتركة تتولى تشغيل المفاعل، على أن يزور صالحي موسكو مطلع تشرين الأول (أكتوبر) المقبل لاستكمال البحث في «المرحلة الثانية» من المشروع.\n"
     "وقال صالحي إن المحطة البالغة قدرتها 1000 ميغاواط ستربط بشبكة الكهرباء الوطنية «خلال شهرين أو ثلاثة»، معتبرا أن 21 آب سيبقى «يوما تاريخيا» للشعب الإيراني.\n"
     "في المقابل، قالت وزارة الخارجية الأميركية الجمعة إن روسيا «تتحمل مسؤولية» ضمان عدم استخدام الوقود لأغراض عسكرية، مشيرة إلى أن الاتفاق ينص على إعادة الوقود المستنفد إلى روسيا.\n"
     "ويعود عقد بناء المحطة إلى عام 1995، وقد تأخر إنجازها مرارا، وسلمت روسيا الوقود على ثماني دفعات من كانون الأول (ديسمبر) 2007 إلى كانون الثاني (يناير) 2008.\n"
     "ويأتي تشغيل المفاعل في وقت لا تزال فيه سارية العقوبات التي فرضها مجلس الأمن على طهران في 9 حزيران (يونيو) الماضي بموجب القرار 1929، الذي صوتت روسيا لمصلحته.\n"
     "وكان الرئيس الروسي ديمتري مدفيديف قد حذر الشهر الماضي من أن إيران «تقترب» من امتلاك القدرة على صنع سلاح نووي، ما أثار ردا غاضبا من طهران.\n"
     "© دار الحياة 2010 - جميع الحقوق محفوظة"),
     dates=[("الأحد، 22 آب (أغسطس) 2010", "2010-08-22", "g"), ("أمس السبت", "2010-08-21", "r"),
            ("مطلع تشرين الأول (أكتوبر) المقبل", "2010-10-01/2010-10-10", "g"), ("21 آب", "2010-08-21", "g"), ("الجمعة", "2010-08-20", "r"),
            ("عام 1995", "1995", "g"), ("من كانون الأول (ديسمبر) 2007 إلى كانون الثاني (يناير) 2008", "2007-12-01/2008-01-31", "g"),
            ("9 حزيران (يونيو) الماضي", "2010-06-09", "g"), ("الشهر الماضي", "2010-07", "r"), ("دار الحياة 2010", None, "ignore")],
     contacts=[C(KIR, SAL, "meet", "2010-08-21"), C(KIR, SAL, "agreement", "2010-08-21"),
               C(KIR, SAL, "meet", "2010-10-01/2010-10-10"), C([RU, "Minatom"], [IR, "AEOI"], "agreement", "1995", True)]),
dict(id="A09", pub="2011-06-16", text=(
     "الصباح الجديد - العدد 2145 - الخميس 16 حزيران 2011\n"
     "أستانا - وكالات: التقى الرئيس الروسي دميتري مدفيديف نظيره الإيراني محمود أحمدي نجاد أمس الأربعاء في العاصمة الكازاخستانية على هامش قمة منظمة شنغهاي للتعاون التي تحتفل بالذكرى العاشرة لتأسيسها في 15 حزيران 2001. "
     "وتناول اللقاء الملف النووي الإيراني والمقترح الروسي «خطوة خطوة»، ودعا أحمدي نجاد نظيره الروسي إلى زيارة طهران في موعد يحدد لاحقا."),
     dates=[("الخميس 16 حزيران 2011", "2011-06-16", "g"), ("أمس الأربعاء", "2011-06-15", "r"), ("15 حزيران 2001", "2001-06-15", "g"),
            ("موعد يحدد لاحقا", None, "ignore")],
     contacts=[C([MED, RU], [NEJ, IR], "meet", "2011-06-15"), C([MED, RU], [NEJ, IR], "meet", None, True)]),
dict(id="A10", pub="2012-08-07", text=(
     "المساء - الثلاثاء 07 أوت 2012\n"
     "لندن - واصلت روسيا هيمنتها على منافسات المصارعة الرومانية في أولمبياد لندن 2012، بعدما أحرز مصارعوها ذهبيتين أمس الاثنين، فيما انتزعت إيران ذهبية وزن 60 كلغ لتعادل حصيلتها في دورة بكين 2008. "
     "وتختتم منافسات المصارعة الحرة يوم الأحد 12 أوت الجاري، فيما ينتظر الجمهور الجزائري نهائي سباق 1500 متر مساء اليوم بمشاركة توفيق مخلوفي."),
     dates=[("الثلاثاء 07 أوت 2012", "2012-08-07", "g"), ("أولمبياد لندن 2012", None, "ignore"), ("أمس الاثنين", "2012-08-06", "r"),
            ("بكين 2008", None, "ignore"), ("يوم الأحد 12 أوت الجاري", "2012-08-12", "g"), ("مساء اليوم", "2012-08-07", "r")],
     contacts=[]),
dict(id="A11", pub="2013-12-12", text=(
     "الجريدة - العدد 2205 - الخميس 12 ديسمبر 2013\n"
     "موسكو - أ ف ب - أجرى وزير الخارجية الإيراني محمد جواد ظريف أمس في موسكو محادثات مع نظيره الروسي سيرغي لافروف، هي الأولى بينهما منذ توقيع الاتفاق المرحلي بين إيران ومجموعة 5+1 في جنيف في 24 نوفمبر الماضي. "
     "وقال لافروف في مؤتمر صحفي مشترك إن بلاده ستدعم تطبيق الاتفاق «الذي يمتد ستة أشهر»، معلنا أنه سيزور طهران في يناير المقبل تلبية لدعوة نظيره."),
     dates=[("الخميس 12 ديسمبر 2013", "2013-12-12", "g"), ("أمس", "2013-12-11", "r"), ("24 نوفمبر الماضي", "2013-11-24", "g"),
            ("يناير المقبل", "2014-01", "g")],
     contacts=[C([LAV, RU], [ZAR, IR], "meet", "2013-12-11"), C([LAV, RU], [ZAR, IR], "agreement", "2013-11-24", True),
               C([LAV, RU], [ZAR, IR], "meet", "2014-01")]),
dict(id="A12", pub="2014-12-17", text=(
     "الاقتصادية - الأربعاء 25 صفر 1436 هـ. الموافق 17 ديسمبر 2014 العدد 7737\n"
     "الرياض - الاقتصادية: واصل الروبل الروسي انهياره أمس رغم قرار البنك المركزي الروسي فجر الثلاثاء رفع سعر الفائدة الرئيسي من 10.5 في المائة إلى 17 في المائة، فيما هبط الريال الإيراني إلى مستوى 33 ألفا مقابل الدولار في السوق الحرة. "
     "ويعاني البلدان من تراجع أسعار النفط بأكثر من 45 في المائة منذ يونيو الماضي، وقد تداول خام برنت عند 59.27 دولار للبرميل، بعد أن رفضت منظمة أوبك في اجتماعها في فيينا في 27 نوفمبر الماضي خفض سقف إنتاجها البالغ 30 مليون برميل يوميا."),
     dates=[("الأربعاء 25 صفر 1436 هـ", "2014-12-17", "h"), ("17 ديسمبر 2014", "2014-12-17", "g"), ("أمس", "2014-12-16", "r"),
            ("فجر الثلاثاء", "2014-12-16", "r"), ("يونيو الماضي", "2014-06", "g"), ("27 نوفمبر الماضي", "2014-11-27", "g")],
     contacts=[]),
dict(id="A13", pub="2015-04-16", text=(
     "رأي اليوم - April 16, 2015\n"
     "موسكو ـ (د ب أ) ـ بحث وزير الدفاع الايراني العميد حسين دهقان مع نظيره الروسي سيرغي شويغو في موسكو امس الاربعاء تسريع تسليم منظومة الدفاع الجوي «اس-300»، بعد رفع الرئيس فلاديمير بوتين الحظر عن تسليمها بمرسوم وقعه الاثنين. "
     "وقال دهقان، الذي يشارك في مؤتمر موسكو الرابع للامن الدولي، ان طهران تنتظر تسلم المنظومات «قبل نهاية العام»، فيما اعتبر شويغو ان العقد الموقع عام 2007 «لم يعد يواجه عقبات»."),
     dates=[("April 16, 2015", "2015-04-16", "g"), ("امس الاربعاء", "2015-04-15", "r"), ("الاثنين", "2015-04-13", "r"),
            ("قبل نهاية العام", None, "ignore"), ("عام 2007", "2007", "g")],
     contacts=[C(SHOD, DEH, "meet", "2015-04-15"), C([RU], [IR], "agreement", "2007", True)]),
dict(id="A14", pub="2015-08-25", text=(
     "موسكو 25 آب (بترا)- بحث جلالة الملك عبدالله الثاني والرئيس الروسي فلاديمير بوتين، اليوم الثلاثاء، في ضاحية نوفو أوغاريوفو قرب موسكو، سبل تعزيز التعاون الثنائي وجهود محاربة الإرهاب والأزمة السورية، كما تناولت المباحثات تداعيات الاتفاق النووي الإيراني على أمن المنطقة. "
     "وكان الزعيمان افتتحا صباح اليوم معرض «ماكس 2015» الدولي للطيران في جوكوفسكي، وهي الزيارة الـ12 لجلالته إلى روسيا منذ عام 2000."),
     dates=[("25 آب", "2015-08-25", "g"), ("اليوم الثلاثاء", "2015-08-25", "r"), ("صباح اليوم", "2015-08-25", "r"),
            ("ماكس 2015", None, "ignore"), ("عام 2000", "2000", "g")],
     contacts=[]),
dict(id="A15", pub="2016-08-09", text=(
     "العرب - نشر في 2016/08/09، العدد: 10361، ص(5)\n"
     "باكو - التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني أمس الاثنين في العاصمة الأذربيجانية قبل أن ينضم إليهما الرئيس إلهام علييف في أول قمة ثلاثية تجمع البلدان الثلاثة، وهو أول لقاء بين بوتين وروحاني منذ زيارة الرئيس الروسي لطهران في 23 نوفمبر الماضي. "
     "واتفق القادة الثلاثة على تسريع إنجاز ممر النقل «شمال-جنوب» الذي يبلغ طوله 7200 كلم، وعلى عقد القمة الثلاثية المقبلة في إيران العام المقبل."),
     dates=[("2016/08/09", "2016-08-09", "g"), ("أمس الاثنين", "2016-08-08", "r"), ("23 نوفمبر الماضي", "2015-11-23", "g"),
            ("العام المقبل", "2017", "r")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C(PUT, [ROU, KHA, IR], "meet", "2015-11-23"), C(PUT, ROU, "meet", "2017")]),
dict(id="A16", pub="2017-10-14", text=(
     "نشرت في : 14/10/2017 - 11:05\n"
     "أعرب الكرملين عن «أسفه» لقرار الرئيس الأمريكي دونالد ترامب عدم المصادقة على التزام إيران بالاتفاق النووي، مؤكدا أن موسكو ستواصل تنفيذ الاتفاق «بشكل كامل». "
     "وكان ترامب قد أعلن مساء أمس الجمعة استراتيجية جديدة إزاء طهران تمنح الكونغرس مهلة 60 يوما لإعادة فرض العقوبات، في حين قال الرئيس الإيراني حسن روحاني في كلمة متلفزة إن بلاده «لن تكون أول من ينسحب»، مستندا إلى تقرير الوكالة الدولية للطاقة الذرية الصادر في 31 آب/أغسطس الماضي."),
     dates=[("14/10/2017", "2017-10-14", "g"), ("مساء أمس الجمعة", "2017-10-13", "r"), ("31 آب/أغسطس الماضي", "2017-08-31", "g")],
     contacts=[]),
dict(id="A17", pub="2018-07-13", text=(
     "قناة الكوثر - الجمعة 22 تير 1397 - 13 تموز 2018\n"
     "موسكو - الكوثر: استقبل الرئيس الروسي فلاديمير بوتين في الكرملين مساء أمس الخميس مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي، الذي سلمه رسالتين من سماحة آية الله السيد علي الخامنئي والرئيس الشيخ حسن روحاني تتعلقان بالعلاقات الثنائية والتطورات الإقليمية والاتفاق النووي. "
     "وقال ولايتي عقب اللقاء الذي استمر ساعتين إن بوتين أكد استعداد بلاده لاستثمار 50 مليار دولار في قطاعي النفط والغاز الإيرانيين، فيما يلتقي الرئيس الروسي نظيره الأمريكي دونالد ترامب في هلسنكي الاثنين المقبل."),
     dates=[("الجمعة 22 تير 1397", "2018-07-13", "j"), ("13 تموز 2018", "2018-07-13", "g"), ("مساء أمس الخميس", "2018-07-12", "r"),
            ("الاثنين المقبل", "2018-07-16", "r")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, [KHA, IR], "message", "2018-07-12"),
               C(PUT, [ROU, IR], "message", "2018-07-12")]),
# ---------------- whole article (Kayhan Al-Arabi) ----------------
dict(id="A18", pub="2019-06-19", text=(
     "شمخاني وباتروشيف يبحثان في أوفا التنسيق الأمني ومواجهة الحظر الأمريكي\n"
     "العدد 10178 - الأربعاء 29 خرداد 1398 - 19 حزيران 2019\n"
     "أوفا – كيهان العربي:\n"
     "التقى الأمين العام للمجلس الأعلى للأمن القومي الأدميرال علي شمخاني مساء أمس الثلاثاء سكرتير مجلس الأمن الروسي نيكولاي باتروشيف، على هامش الاجتماع الدولي العاشر للممثلين الساميين المعنيين بالشؤون الأمنية المنعقد في مدينة أوفا الروسية من 18 إلى 20 حزيران الجاري.\n"
     "وأكد شمخاني أن انسحاب الولايات المتحدة من الاتفاق النووي في الثامن من أيار 2018 وفرضها أقسى العقوبات «يستهدف الأمن الدولي برمته»، داعيا إلى تفعيل آليات التبادل التجاري بالعملات الوطنية.\n"
     "من جهته، وصف باتروشيف العلاقات بين البلدين بأنها «استراتيجية»، وأعلن قبوله دعوة لزيارة طهران في تشرين الأول المقبل لمواصلة المشاورات.\n"
     "وكان شمخاني التقى على هامش الجلسة الافتتاحية نظيريه الصيني والهندي، كما يلتقي مساء اليوم رئيس مجلس الأمن الوطني العراقي فالح الفياض.\n"
     "وكانت آخر جولة من المشاورات الأمنية بين البلدين قد عقدت في موسكو أواخر شباط الماضي، فيما التقى الرئيسان الإيراني حسن روحاني والروسي فلاديمير بوتين يوم الجمعة الماضي في بيشكيك على هامش قمة منظمة شنغهاي للتعاون.\n"
     "وتشير بيانات رسمية إلى أن صادرات النفط الإيرانية تراجعت إلى أقل من 400 ألف برميل يوميا بعد إلغاء الإعفاءات الأمريكية مطلع أيار الماضي.\n"
     "يشار إلى أن روسيا تستضيف الاجتماع الدولي للممثلين الساميين سنويا منذ عام 2010.\n"
     "للاتصال بالتحرير: 88843771 (021) - البريد الإلكتروني: info@kayhanarabic.ir"),
     dates=[("الأربعاء 29 خرداد 1398", "2019-06-19", "j"), ("19 حزيران 2019", "2019-06-19", "g"), ("مساء أمس الثلاثاء", "2019-06-18", "r"),
            ("من 18 إلى 20 حزيران الجاري", "2019-06-18/2019-06-20", "g"), ("الثامن من أيار 2018", "2018-05-08", "g"),
            ("تشرين الأول المقبل", "2019-10", "g"), ("مساء اليوم", "2019-06-19", "r"), ("أواخر شباط الماضي", "2019-02-21/2019-02-28", "g"),
            ("يوم الجمعة الماضي", "2019-06-14", "r"), ("مطلع أيار الماضي", "2019-05-01/2019-05-10", "g"), ("عام 2010", "2010", "g")],
     contacts=[C(PAT, SHAM, "meet", "2019-06-18"), C(PAT, SHAM, "meet", "2019-10"), C(PAT, SHAM, "meet", "2019-02-21/2019-02-28"),
               C(PUT, ROU, "meet", "2019-06-14")]),
dict(id="A19", pub="2020-10-18", text=(
     "الحرة - واشنطن\n"
     "18 أكتوبر 2020\n"
     "أعلنت إيران اليوم الأحد انتهاء حظر الأسلحة التقليدية الذي فرضته الأمم المتحدة عليها بموجب القرار 2231، مؤكدة أنها باتت قادرة على شراء الأسلحة وبيعها «من دون أي قيود قانونية». "
     "وحذرت وزارة الخارجية الأميركية من أن أي صفقة سلاح مع طهران ستعرض أصحابها للعقوبات، بعدما كان السفير الروسي لدى الأمم المتحدة قد صرح الشهر الماضي بأن موسكو «لا ترى عائقا» أمام بيع مقاتلات سوخوي-30 ودبابات تي-90 لإيران."),
     dates=[("18 أكتوبر 2020", "2020-10-18", "g"), ("اليوم الأحد", "2020-10-18", "r"), ("الشهر الماضي", "2020-09", "r")],
     contacts=[]),
dict(id="A20", pub="2021-10-06", text=(
     "روداو - أربيل | 06-10-2021 16:20\n"
     "بحث وزير الخارجية الإيراني حسين أمير عبداللهيان مع نظيره الروسي سيرغي لافروف في موسكو، اليوم، الأوضاع في جنوب القوقاز وأفغانستان ومصير مفاوضات فيينا المتوقفة منذ حزيران الماضي. "
     "وقال لافروف في المؤتمر الصحفي المشترك إن الرئيسين فلاديمير بوتين وإبراهيم رئيسي سيلتقيان «في موعد يتفق عليه لاحقا»، مرحبا بمقترح طهران عقد أول اجتماع لصيغة «3+3» الإقليمية قريبا."),
     dates=[("06-10-2021", "2021-10-06", "g"), ("اليوم", "2021-10-06", "r"), ("حزيران الماضي", "2021-06", "g"),
            ("موعد يتفق عليه لاحقا", None, "ignore"), ("قريبا", None, "ignore")],
     contacts=[C([LAV, RU], [AMI, IR], "meet", "2021-10-06"), C(PUT, RAI, "meet", None, True),
               C([LAV, RU], [AMI, IR], "meet", None, True)]),
dict(id="A21", pub="2022-03-15", text=(
     "الدستور - الثلاثاء 15/مارس/2022 - 02:40 م\n"
     "التقى وزير الخارجية الإيرانى حسين أمير عبد اللهيان، اليوم الثلاثاء، نظيره الروسى سيرجى لافروف فى موسكو، حيث أكد الأخير أن بلاده تلقت «ضمانات مكتوبة» من واشنطن بأن العقوبات المفروضة عليها بسبب الحرب فى أوكرانيا لن تعرقل تعاونها مع طهران فى إطار الاتفاق النووى. "
     "وكان لافروف قد طالب يوم 5 مارس الجارى بهذه الضمانات، ما أدى إلى تعليق مفاوضات فيينا التى انطلقت جولتها الثامنة أواخر ديسمبر الماضى."),
     dates=[("الثلاثاء 15/مارس/2022", "2022-03-15", "g"), ("اليوم الثلاثاء", "2022-03-15", "r"), ("5 مارس الجارى", "2022-03-05", "g"),
            ("أواخر ديسمبر الماضى", "2021-12-21/2021-12-31", "g")],
     contacts=[C([LAV, RU], [AMI, IR], "meet", "2022-03-15")]),
dict(id="A22", pub="2022-09-15", text=(
     "سبق - الخميس ١٩ صفر ١٤٤٤هـ - ١٥ سبتمبر ٢٠٢٢م\n"
     "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي، اليوم، في مدينة سمرقند الأوزبكية على هامش قمة منظمة شنغهاي للتعاون، في ثاني لقاء بينهما خلال شهرين بعد قمة طهران الثلاثية في ١٩ يوليو الماضي. "
     "ووقعت إيران على هامش القمة مذكرة التزامات للحصول على العضوية الكاملة في المنظمة، فيما أعلن الكرملين أن اللجنة الاقتصادية المشتركة بين البلدين ستجتمع في موسكو منتصف الشهر المقبل."),
     dates=[("الخميس ١٩ صفر ١٤٤٤هـ", "2022-09-15", "h"), ("١٥ سبتمبر ٢٠٢٢م", "2022-09-15", "g"), ("اليوم", "2022-09-15", "r"),
            ("١٩ يوليو الماضي", "2022-07-19", "g"), ("منتصف الشهر المقبل", "2022-10-11/2022-10-20", "r")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C(PUT, [RAI, KHA, IR], "meet", "2022-07-19"),
               C([RU], [IR], "meet", "2022-10-11/2022-10-20", True)]),
dict(id="A23", pub="2022-10-06", text=(
     "العين الإخبارية - الخميس 2022/10/6 11:20 ص بتوقيت أبوظبي\n"
     "قررت مجموعة «أوبك+» خلال اجتماعها الوزاري الـ33 في فيينا أمس الأربعاء خفض الإنتاج بمقدار مليوني برميل يوميا اعتبارا من نوفمبر المقبل، في أكبر خفض منذ ربيع 2020. "
     "وقال نائب رئيس الوزراء الروسي ألكسندر نوفاك إن القرار «يهدف إلى استقرار الأسواق»، فيما أكد وزير النفط الإيراني جواد أوجي في تصريحات للتلفزيون الرسمي في طهران أن بلاده المعفاة من التخفيضات مستعدة لرفع إنتاجها فور رفع العقوبات. "
     "وصعد خام برنت 1.7% إلى 93.37 دولار للبرميل، بعيدا عن ذروته المسجلة في 8 مارس الماضي عند 127.98 دولار."),
     dates=[("الخميس 2022/10/6", "2022-10-06", "g"), ("أمس الأربعاء", "2022-10-05", "r"), ("نوفمبر المقبل", "2022-11", "g"),
            ("ربيع 2020", None, "ignore"), ("8 مارس الماضي", "2022-03-08", "g")],
     contacts=[]),
dict(id="A24", pub="2022-12-13", text=(
     "وكالة أنباء فارس - ١٤٠١/٠٩/٢٢ - ١١:٤٥\n"
     "طهران (فارس) - استقبل رئيس الجمهورية آية الله السيد إبراهيم رئيسي، أمس الاثنين، رئيس جمهورية تتارستان الروسية رستم مينيخانوف والوفد المرافق له، مؤكدا أن طهران «لا تضع سقفا» لتعاونها مع موسكو. "
     "ووقع مينيخانوف ووزير الصناعة والمناجم والتجارة الإيراني رضا فاطمي أمين بحضور رئيسي مذكرة تفاهم لإنشاء مركز تجاري إيراني في قازان، بعد أن ارتفع حجم التبادل بين الجانبين بنسبة ٤٠ بالمئة خلال الأشهر الثمانية الأولى من العام الإيراني الجاري."),
     dates=[("١٤٠١/٠٩/٢٢", "2022-12-13", "j"), ("أمس الاثنين", "2022-12-12", "r"), ("العام الإيراني الجاري", "2022-03-21/2023-03-20", "r")],
     contacts=[C(MIN, RAI, "meet", "2022-12-12"), C(MIN, FAT, "agreement", "2022-12-12")]),
dict(id="A25", pub="2023-03-10", text=(
     "عربي21- الجمعة، 10 مارس 2023 08:15 م بتوقيت غرينتش\n"
     "أعلنت السعودية وإيران، اليوم الجمعة، في بيان ثلاثي مع الصين صدر في بكين، الاتفاق على استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين خلال مدة أقصاها شهران، بعد قطيعة بدأت في كانون الثاني/يناير 2016. "
     "واتفق البلدان على تفعيل اتفاقية التعاون الأمني الموقعة عام 2001 والاتفاقية العامة للتعاون الموقعة عام 1998. "
     "ورحبت الخارجية الروسية بالاتفاق، وقالت المتحدثة باسمها ماريا زاخاروفا إن موسكو «كانت دائما تدعو إلى الحوار بين جيرانها في الخليج»."),
     dates=[("الجمعة، 10 مارس 2023", "2023-03-10", "g"), ("اليوم الجمعة", "2023-03-10", "r"), ("كانون الثاني/يناير 2016", "2016-01", "g"),
            ("عام 2001", "2001", "g"), ("عام 1998", "1998", "g")],
     contacts=[]),
dict(id="A26", pub="2023-09-19", text=(
     "الخليج أونلاين - الثلاثاء، 19-09-2023 الساعة 18:20 بتوقيت الدوحة\n"
     "أجرى وزير الدفاع الروسي سيرغي شويغو، اليوم الثلاثاء، مباحثات في طهران مع رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد باقري، ووزير الدفاع العميد محمد رضا آشتياني، بعد وصوله مساء أمس الاثنين في زيارة لم يعلن عنها مسبقا. "
     "وتفقد شويغو معرضا للطائرات المسيّرة والصواريخ، بينها صاروخ «فتاح» الفرط صوتي، وكان قد التقى آشتياني في موسكو منتصف أغسطس الماضي على هامش مؤتمر موسكو الحادي عشر للأمن الدولي."),
     dates=[("الثلاثاء، 19-09-2023", "2023-09-19", "g"), ("اليوم الثلاثاء", "2023-09-19", "r"), ("مساء أمس الاثنين", "2023-09-18", "r"),
            ("منتصف أغسطس الماضي", "2023-08-11/2023-08-20", "g")],
     contacts=[C(SHOD, BAG, "meet", "2023-09-19"), C(SHOD, ASH, "meet", "2023-09-19"),
               C(SHOD, ASH, "meet", "2023-08-11/2023-08-20")]),
# ---------------- whole article (Al-Binaa) ----------------
dict(id="A27", pub="2023-10-24", text=(
     "لافروف في طهران لاجتماع «3+3»: لا حلول للقوقاز من خارج الإقليم\n"
     "الثلاثاء 24 تشرين الأول 2023 - العدد 3612\n"
     "طهران – «البناء»\n"
     "عقد وزراء خارجية إيران وروسيا وتركيا وأذربيجان وأرمينيا أمس الاثنين في طهران الاجتماع الثاني لمنصة «3+3» للتعاون الإقليمي في جنوب القوقاز، بمشاركة وزير الخارجية الروسي سيرغي لافروف ونظيره الإيراني حسين أمير عبد اللهيان، فيما غابت جورجيا.\n"
     "والتقى لافروف بعد الظهر الرئيس الإيراني إبراهيم رئيسي، الذي أكد أن «العلاقات مع روسيا تتقدم في كل المجالات»، وتطرق اللقاء إلى التحضيرات لزيارة رئيسي إلى موسكو في كانون الأول/ديسمبر المقبل.\n"
     "وتصدر العدوان الإسرائيلي المتواصل على غزة منذ السابع من تشرين الأول الجاري جدول المحادثات الجانبية، إذ دعا لافروف وأمير عبد اللهيان إلى «وقف فوري لإطلاق النار».\n"
     "واقترح وزير الخارجية التركي هاكان فيدان أن يعقد الاجتماع المقبل للمنصة في تركيا أو أذربيجان العام المقبل، على أن يتفق على الموعد لاحقا.\n"
     "وكان الاجتماع الأول للمنصة قد عقد في موسكو في كانون الأول/ديسمبر 2021 بمشاركة الوزيرين.\n"
     "وعلى هامش الاجتماع، التقى لافروف نظيره الأرميني أرارات ميرزويان، في أول لقاء بينهما منذ العملية العسكرية الأذربيجانية في ناغورنو قره باغ في 19 أيلول الماضي.\n"
     "وكان أمير عبد اللهيان قد أجرى اتصالا هاتفيا مع لافروف أول أمس الأحد تناول التحضيرات للاجتماع.\n"
     "جميع الحقوق محفوظة © البناء 2023"),
     dates=[("الثلاثاء 24 تشرين الأول 2023", "2023-10-24", "g"), ("أمس الاثنين", "2023-10-23", "r"),
            ("كانون الأول/ديسمبر المقبل", "2023-12", "g"), ("السابع من تشرين الأول الجاري", "2023-10-07", "g"), ("العام المقبل", "2024", "r"),
            ("لاحقا", None, "ignore"), ("كانون الأول/ديسمبر 2021", "2021-12", "g"), ("19 أيلول الماضي", "2023-09-19", "g"),
            ("أول أمس الأحد", "2023-10-22", "r"), ("البناء 2023", None, "ignore")],
     contacts=[C([LAV, RU], [AMI, IR], "meet", "2023-10-23"), C([LAV, RU], [RAI, IR], "meet", "2023-10-23"),
               C(PUT, RAI, "meet", "2023-12"), C([LAV, RU], [AMI, IR], "meet", "2024", True),
               C([LAV, RU], [AMI, IR], "meet", "2021-12"), C([LAV, RU], [AMI, IR], "phone_call", "2023-10-22")]),
dict(id="A28", pub="2023-12-26", text=(
     "DW عربية - التاريخ 26.12.2023\n"
     "وقعت إيران ودول الاتحاد الاقتصادي الأوراسي الخمس، أمس الاثنين في سانت بطرسبورغ، اتفاقية للتجارة الحرة تلغي الرسوم الجمركية على نحو 90 في المئة من السلع المتبادلة، لتحل محل الاتفاقية المؤقتة السارية منذ 27 أكتوبر 2019. "
     "وعلى هامش قمة الاتحاد، التقى وزير الصناعة والمناجم والتجارة الإيراني عباس علي آبادي نائب رئيس الوزراء الروسي أليكسي أوفرتشوك، واتفقا على عقد اجتماع للجنة المشتركة لشؤون التجارة في طهران في فبراير/ شباط المقبل."),
     dates=[("26.12.2023", "2023-12-26", "g"), ("أمس الاثنين", "2023-12-25", "r"), ("27 أكتوبر 2019", "2019-10-27", "g"),
            ("فبراير/ شباط المقبل", "2024-02", "g")],
     contacts=[C(OVE, ALI, "meet", "2023-12-25"), C([RU, "Eurasian Economic Union"], [IR], "agreement", "2023-12-25", True),
               C(OVE, ALI, "meet", "2024-02", True)]),
dict(id="A29", pub="2024-05-22", text=(
     "النشرة - الأربعاء 22 أيار 2024 - 13:45\n"
     "التقى رئيس مجلس الدوما الروسي فياتشيسلاف فولودين القائم بأعمال الرئيس الإيراني محمد مخبر اليوم في طهران، على هامش مراسم تشييع الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان اللذين قضيا في تحطم مروحيتهما من طراز «بيل 212» يوم الأحد الماضي في محافظة أذربيجان الشرقية، وسلمه رسالة تعزية من الرئيس فلاديمير بوتين. "
     "وكان بوتين قد أجرى اتصالا هاتفيا بمخبر مساء الاثنين، فيما حددت طهران 28 حزيران المقبل موعدا للانتخابات الرئاسية المبكرة."),
     dates=[("الأربعاء 22 أيار 2024", "2024-05-22", "g"), ("اليوم", "2024-05-22", "r"), ("يوم الأحد الماضي", "2024-05-19", "r"),
            ("مساء الاثنين", "2024-05-20", "r"), ("28 حزيران المقبل", "2024-06-28", "g")],
     contacts=[C(VOL, MOK, "meet", "2024-05-22"), C(PUT, MOK, "message", "2024-05-22"), C(PUT, MOK, "phone_call", "2024-05-20")]),
dict(id="A30", pub="2024-08-05", text=(
     "وكالة الأنباء العراقية (واع) | 05/08/2024 14:20\n"
     "متابعة – واع: وصل أمين مجلس الأمن الروسي سيرغي شويغو، اليوم الاثنين، إلى طهران والتقى الرئيس الإيراني مسعود بزشكيان وأمين المجلس الأعلى للأمن القومي علي أكبر أحمديان، في زيارة تأتي بعد اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران فجر الأربعاء الماضي. "
     "ومن المقرر أن يلتقي الرئيسان فلاديمير بوتين وبزشكيان على هامش قمة مجموعة بريكس التي تستضيفها مدينة قازان من 22 إلى 24 تشرين الأول المقبل."),
     dates=[("05/08/2024", "2024-08-05", "g"), ("اليوم الاثنين", "2024-08-05", "r"), ("فجر الأربعاء الماضي", "2024-07-31", "r"),
            ("من 22 إلى 24 تشرين الأول المقبل", "2024-10-22/2024-10-24", "g")],
     contacts=[C(SHOS, [PEZ, IR], "meet", "2024-08-05"), C(SHOS, AHMA, "meet", "2024-08-05"),
               C(PUT, PEZ, "meet", "2024-10-22/2024-10-24")]),
dict(id="A31", pub="2024-08-08", text=(
     "اليوم 24 - الخميس 8 غشت 2024 - 10:30\n"
     "احتفظ العداء المغربي سفيان البقالي بلقبه الأولمبي في سباق 3000 متر موانع، مساء أمس الأربعاء، في أولمبياد باريس 2024، بعدما قطع المسافة في 8:06.05 دقائق، ليكرر إنجازه في أولمبياد طوكيو الذي أقيم صيف 2021. "
     "وفي منافسات المصارعة الرومانية، أحرز الإيراني محمد هادي ساروي ذهبية وزن 97 كلغ، في غياب المنتخب الروسي الموقوف، إذ يشارك 15 رياضيا روسيا فقط تحت راية «رياضيين محايدين»، على أن تختتم الألعاب يوم الأحد 11 غشت الجاري."),
     dates=[("الخميس 8 غشت 2024", "2024-08-08", "g"), ("مساء أمس الأربعاء", "2024-08-07", "r"), ("أولمبياد باريس 2024", None, "ignore"),
            ("صيف 2021", None, "ignore"), ("يوم الأحد 11 غشت الجاري", "2024-08-11", "g")],
     contacts=[]),
dict(id="A32", pub="2024-12-10", text=(
     "إرم نيوز - 10 ديسمبر 2024 14:20\n"
     "بحث وزير الخارجية الإيراني عباس عراقجي مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء أمس الاثنين، تطورات الأوضاع في سوريا عقب سقوط نظام بشار الأسد فجر الأحد ومغادرته إلى موسكو. "
     "وكان الوزيران قد التقيا السبت في الدوحة على هامش اجتماع ثلاثي لصيغة أستانا مع نظيرهما التركي هاكان فيدان، فيما نفت طهران أنباء عن زيارة مرتقبة لعراقجي إلى موسكو الأسبوع المقبل."),
     dates=[("10 ديسمبر 2024", "2024-12-10", "g"), ("مساء أمس الاثنين", "2024-12-09", "r"), ("فجر الأحد", "2024-12-08", "r"),
            ("السبت", "2024-12-07", "r"), ("الأسبوع المقبل", "2024-12-16/2024-12-22", "r")],
     contacts=[C([LAV, RU], [ARA, IR], "phone_call", "2024-12-09"), C([LAV, RU], [ARA, IR], "meet", "2024-12-07")]),
dict(id="A33", pub="2025-02-19", text=(
     "السياسة - الأربعاء 20 شعبان 1446هـ - 19 فبراير 2025\n"
     "الرياض - وكالات: عقد وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي ماركو روبيو أمس في قصر الدرعية بالرياض محادثات استمرت أربع ساعات ونصف الساعة، هي الأولى على هذا المستوى منذ بدء الحرب في أوكرانيا في 24 فبراير 2022، واتفقا على تشكيل فرق لبحث تسوية النزاع والتمهيد لقمة بين الرئيسين فلاديمير بوتين ودونالد ترامب. "
     "وفي طهران، قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن بلاده «لا تقلق» من التقارب الروسي - الأميركي، مشيرا إلى أن «علاقات طهران مع موسكو لا ترتبط بطرف ثالث»."),
     dates=[("الأربعاء 20 شعبان 1446هـ", "2025-02-19", "h"), ("19 فبراير 2025", "2025-02-19", "g"), ("أمس", "2025-02-18", "r"),
            ("24 فبراير 2022", "2022-02-24", "g")],
     contacts=[]),
dict(id="A34", pub="2025-07-20", text=(
     "مصراوي - الأحد 20 يوليو 2025 - 12:45 م\n"
     "استقبل الرئيس الروسي فلاديمير بوتين فى الكرملين، اليوم الأحد، علي لاريجاني كبير مستشاري المرشد الإيراني علي خامنئي، الذي نقل إليه «تقييمات» المرشد للتصعيد فى المنطقة والملف النووي، وفق ما أعلنه المتحدث باسم الكرملين دميتري بيسكوف. "
     "وأوضح بيسكوف أنه «لا توجد خطط» لعقد لقاء بين بوتين والرئيس الإيراني مسعود بزشكيان فى المستقبل القريب، وتأتي الزيارة فى أعقاب الحرب التي استمرت 12 يوما بين إيران وإسرائيل فى يونيو الماضى."),
     dates=[("الأحد 20 يوليو 2025", "2025-07-20", "g"), ("اليوم الأحد", "2025-07-20", "r"), ("المستقبل القريب", None, "ignore"),
            ("يونيو الماضى", "2025-06", "g")],
     contacts=[C(PUT, LARA, "meet", "2025-07-20"), C(PUT, [KHA, IR], "message", "2025-07-20")]),
dict(id="A35", pub="2025-09-25", text=(
     "نيويورك 25 سبتمبر 2025 (وات) - التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي مساء أمس الأربعاء بمقر البعثة الروسية لدى الأمم المتحدة على هامش أشغال الدورة الثمانين للجمعية العامة، وبحثا مشروع القرار الروسي الصيني الرامي إلى تمديد العمل بالقرار 2231 لمدة ستة أشهر، والذي سيعرض على التصويت في مجلس الأمن غدا الجمعة. "
     "ويخشى البلدان إعادة فرض العقوبات الأممية على إيران قبل انقضاء أجل القرار يوم 18 أكتوبر القادم، بعد أن فعلت فرنسا وبريطانيا وألمانيا آلية «سناب باك» في 28 أوت الماضي."),
     dates=[("25 سبتمبر 2025", "2025-09-25", "g"), ("مساء أمس الأربعاء", "2025-09-24", "r"), ("غدا الجمعة", "2025-09-26", "r"),
            ("18 أكتوبر القادم", "2025-10-18", "g"), ("28 أوت الماضي", "2025-08-28", "g")],
     contacts=[C([LAV, RU], [ARA, IR], "meet", "2025-09-24")]),
# ---------------- whole article (Al-Bilad) ----------------
dict(id="A36", pub="2025-12-11", text=(
     "موسكو وطهران توقعان مذكرة لمكافحة الجريمة المنظمة وتهريب المخدرات\n"
     "البلاد - العدد 6215 - الخميس 11 ديسمبر 2025 الموافق 20 جمادى الآخرة 1447هـ\n"
     "موسكو - وكالات:\n"
     "وقع وزير الداخلية الإيراني إسكندر مؤمني ونظيره الروسي فلاديمير كولوكولتسيف في موسكو أمس الأربعاء مذكرة تفاهم للتعاون في مكافحة الجريمة المنظمة وتهريب المخدرات والهجرة غير الشرعية، في ختام جولة محادثات بين الوفدين.\n"
     "وكان مؤمني قد وصل إلى العاصمة الروسية ليلة الاثنين في زيارة تستغرق أربعة أيام، يلتقي خلالها اليوم الخميس أمين مجلس الأمن الروسي سيرغي شويغو.\n"
     "وقال كولوكولتسيف إن الأجهزة الأمنية في البلدين ضبطت بالتعاون أكثر من 1200 كيلوغرام من المخدرات منذ مطلع العام، مشيرا إلى أن «الخط الساخن» بين الجانبين يعمل على مدار 24 ساعة.\n"
     "واتفق الوزيران على عقد الاجتماع المقبل لمجموعة العمل الأمنية المشتركة في طهران في النصف الأول من العام المقبل.\n"
     "وكانت آخر زيارة لوزير داخلية إيراني إلى موسكو قد جرت في أكتوبر/تشرين الأول 2023، حين زارها الوزير السابق أحمد وحيدي.\n"
     "وفي سياق متصل، أعلنت الخارجية الروسية أن القمة السابعة لدول بحر قزوين ستعقد في طهران خلال عام 2026، من دون تحديد موعدها.\n"
     "وتربط البلدين معاهدة للشراكة الاستراتيجية الشاملة دخلت حيز التنفيذ في الثاني من تشرين الأول/أكتوبر الماضي.\n"
     "© 2025 البلاد. جميع الحقوق محفوظة"),
     dates=[("الخميس 11 ديسمبر 2025", "2025-12-11", "g"), ("20 جمادى الآخرة 1447هـ", "2025-12-11", "h"), ("أمس الأربعاء", "2025-12-10", "r"),
            ("ليلة الاثنين", "2025-12-08", "r"), ("اليوم الخميس", "2025-12-11", "r"), ("مطلع العام", None, "ignore"),
            ("النصف الأول من العام المقبل", "2026-01-01/2026-06-30", "r"), ("أكتوبر/تشرين الأول 2023", "2023-10", "g"),
            ("عام 2026", "2026", "g"), ("الثاني من تشرين الأول/أكتوبر الماضي", "2025-10-02", "g"), ("© 2025", None, "ignore")],
     contacts=[C(KOL, MOM, "agreement", "2025-12-10"), C(KOL, MOM, "meet", "2025-12-10"), C(SHOS, MOM, "meet", "2025-12-11"),
               C(KOL, MOM, "meet", "2026-01-01/2026-06-30", True), C(KOL, VAH, "meet", "2023-10"),
               C(PUT, [PEZ, IR], "meet", "2026", True)]),
dict(id="A37", pub="2026-01-21", text=(
     "بي بي سي نيوز عربي - 21 يناير/ كانون الثاني 2026\n"
     "التقى رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء عبد الرحيم موسوي في موسكو الثلاثاء رئيس هيئة الأركان العامة الروسية الجنرال فاليري غيراسيموف، ووقع الجانبان مذكرة تفاهم للتعاون في مجال التدريب العسكري، بحسب وكالة تسنيم. "
     "وتأتي الزيارة بعد أيام من الذكرى الأولى لتوقيع معاهدة الشراكة الاستراتيجية بين البلدين في 17 يناير/ كانون الثاني 2025، فيما نفت وزارة الدفاع الإيرانية تقارير عن تسلم مقاتلات سو-35 روسية. "
     "ودعا غيراسيموف نظيره الإيراني إلى حضور منتدى «الجيش-2026» في أغسطس/ آب المقبل."),
     dates=[("21 يناير/ كانون الثاني 2026", "2026-01-21", "g"), ("الثلاثاء", "2026-01-20", "r"), ("بعد أيام من", None, "ignore"),
            ("17 يناير/ كانون الثاني 2025", "2025-01-17", "g"), ("الجيش-2026", None, "ignore"), ("أغسطس/ آب المقبل", "2026-08", "g")],
     contacts=[C(GER, MOUS, "meet", "2026-01-20"), C(GER, MOUS, "agreement", "2026-01-20"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17", True), C(GER, MOUS, "meet", "2026-08", True)]),
dict(id="A38", pub="2026-02-09", text=(
     "الجزائر - 9 فيفري 2026 (واج) - استقبل وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف، اليوم الاثنين بالجزائر العاصمة، نائب وزير الخارجية الإيراني للشؤون السياسية مجيد تخت روانجي، الذي يقوم بزيارة عمل إلى الجزائر، حيث تناول الطرفان التحضير للدورة الـ12 للجنة المشتركة الجزائرية-الإيرانية. "
     "ومن المرتقب أن يتوجه السيد عطاف إلى موسكو الأسبوع المقبل لإجراء محادثات مع نظيره الروسي سيرغي لافروف، تحضيرا لزيارة دولة يقوم بها رئيس الجمهورية إلى روسيا خلال شهر ماي المقبل."),
     dates=[("9 فيفري 2026", "2026-02-09", "g"), ("اليوم الاثنين", "2026-02-09", "r"), ("الأسبوع المقبل", "2026-02-16/2026-02-22", "r"),
            ("شهر ماي المقبل", "2026-05", "g")],
     contacts=[]),
dict(id="A39", pub="2026-03-19", text=(
     "شفقنا - الخميس ٢٨ إسفند ١٤٠٤ - ١٩ مارس ٢٠٢٦\n"
     "طهران - شفقنا: تلقى الرئيس الإيراني مسعود بزشكيان مساء أمس الأربعاء اتصالا هاتفيا من نظيره الروسي فلاديمير بوتين هنأه فيه بحلول عيد النوروز وبدء العام الإيراني الجديد 1405، وبعيد الفطر السعيد الذي يصادف غدا الجمعة. "
     "واتفق الرئيسان على عقد اجتماع اللجنة الحكومية المشتركة في طهران في النصف الثاني من نيسان المقبل، وعلى أن يزور بزشكيان موسكو في التاسع من أيار المقبل للمشاركة في احتفالات عيد النصر. "
     "كما بعث رئيس مجلس الدوما فياتشيسلاف فولودين اليوم برقية تهنئة إلى رئيس مجلس الشورى الإسلامي محمد باقر قاليباف."),
     dates=[("الخميس ٢٨ إسفند ١٤٠٤", "2026-03-19", "j"), ("١٩ مارس ٢٠٢٦", "2026-03-19", "g"), ("مساء أمس الأربعاء", "2026-03-18", "r"),
            ("عيد النوروز", "2026-03-21", "j"), ("العام الإيراني الجديد 1405", "2026-03-21/2027-03-20", "j"), ("عيد الفطر", None, "ignore"),
            ("غدا الجمعة", "2026-03-20", "r"), ("النصف الثاني من نيسان المقبل", "2026-04-16/2026-04-30", "g"),
            ("التاسع من أيار المقبل", "2026-05-09", "g"), ("عيد النصر", None, "ignore"), ("اليوم", "2026-03-19", "r")],
     contacts=[C(PUT, PEZ, "phone_call", "2026-03-18"), C([PUT, RU], [PEZ, IR], "meet", "2026-04-16/2026-04-30", True),
               C(PUT, PEZ, "meet", "2026-05-09"), C(VOL, GHA, "message", "2026-03-19")]),
dict(id="A40", pub="2026-04-27", text=(
     "الأسبوع | الاثنين 27 أبريل 2026 | 03:10 م\n"
     "ارتفعت أسعار النفط فى ختام تعاملات الأسبوع الماضى، إذ صعد خام برنت بنسبة 2.3% إلى 72.40 دولار للبرميل يوم الجمعة، وسط مخاوف من اضطراب الإمدادات الروسية بعد هجمات بمسيرات أوكرانية على ميناء بريمورسك، بينما بلغت صادرات النفط الإيرانية نحو 1.7 مليون برميل يوميا معظمها إلى الصين. "
     "ويترقب المستثمرون اجتماع تحالف «أوبك+» المقرر يوم 3 مايو المقبل لبحث زيادة الإنتاج، وسط توقعات بإضافة 411 ألف برميل يوميا اعتبارا من يونيو."),
     dates=[("الاثنين 27 أبريل 2026", "2026-04-27", "g"), ("الأسبوع الماضى", "2026-04-20/2026-04-26", "r"), ("يوم الجمعة", "2026-04-24", "r"),
            ("3 مايو المقبل", "2026-05-03", "g"), ("يونيو", "2026-06", "g")],
     contacts=[]),
]
