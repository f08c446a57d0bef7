# Held-out probe set 54: ARABIC news, hand-annotated: 4 WHOLE ARTICLES of 11 lines with headline / header-date / dateline /
# body / background / boilerplate lines (A09, A19, A28, A37) and 36 SNIPPETS of 1–3 sentences (the other ids; every snippet
# opens with a header line or a dated dateline), publication dates 2005–2026 (one or two a year 2005–2021, four a year
# 2022–2026, 20 of them 2022–2026, ids in date order).  26 are about Russia–Iran contacts; 14 are general news that name Russia
# or Iran but hold no Russia–Iran contact: A02, A04, A07, A10, A12, A15, A18, A21, A26, A29, A32, A33, A38, A40.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set file;
# read were only /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (format) and the leading
# comment headers of set50 and set52 (conventions; the later header wins).  The tool was not run and git was not used.
# New text (no real article copied; events modelled on real ones, details partly invented) in the style of outlets not used
# by set50/set52: KUNA (A01 header «28/09/2005 13:40», the year-less dateline «موسكو - 28 - 9 (كونا) --», «هنا اليوم», «يوم
# السبت الماضي», «غدا الخميس», «11 دولة»), Al-Bayan Dubai (A02 «الأحد 18 شوال 1426هـ - 20 نوفمبر 2005م», a bare past «يوم
# الجمعة», «يوم الخميس المقبل», «12 ديسمبر المقبل», «العام المقبل», «56.10 دولارا», «1.2 في المئة», «28 مليون برميل»), IRNA
# Arabic (A03 Eastern-Arabic Solar dateline «طهران، ١٤ آذر ١٣٨٥ (إرنا)» — Solar «آذر» beside Gregorian «آذار/مارس 2007» —,
# «أيلول/سبتمبر من العام نفسه», «أواسط الشهر المقبل», «1000 ميغاواط»; A31 Solar + Eastern Y/M/D Gregorian header «الخميس ٢٢
# شهريور ١٤٠٣ - ٢٠٢٤/٠٩/١٢», «الخامس من آب/أغسطس الماضي», «الاجتماع الرابع عشر», «28 شهرا», the Eastern-digit range «بين ٢٢ و٢٤
# أكتوبر المقبل»), Okaz (A04 «الثلاثاء 8 ذو الحجة 1428هـ - 18 ديسمبر 2007م - العدد 2373», «يوم التروية», «عيد الأضحى يوم
# الخميس», the year-less Hijri «الثالث من ذي القعدة», «مليوني حاج»), RIA Novosti Arabic (A05 the year-less dateline «موسكو، 19
# فبراير/شباط – «نوفوستي».», «غداة», «مساء أمس», «28 يناير/كانون الثاني الماضي», «الشحنة الثامنة», «82 طنا»), Al-Alam (A06
# Eastern-Arabic two-calendar header «الخميس ١٩ آذر ١٣٨٨ - ١٠ ديسمبر ٢٠٠٩ - ١١:٢٠», «5+1», «الثلاثين من أيلول/سبتمبر الماضي»,
# «قبل يوم من», «الأول من تشرين الأول/أكتوبر»; A35 «الاثنين ٢ تير ١٤٠٤ - ٢٣ يونيو ٢٠٢٥», «مساء أمس الأحد», «فجر أمس الأحد», «بعد
# ساعات من», «بي-2», «جي بي يو-57», «الثالث عشر من يونيو الجاري», a future bare «الثلاثاء»), Al-Masry Al-Youm (A07 the outlet
# name «المصري اليوم», Egyptian «فى», «الجارى», «الماضى», the range «من 15 أغسطس الجارى حتى 31 ديسمبر المقبل», «الشهر الجارى»,
# «يوم الخميس الماضى», «شهر رمضان يوم الأربعاء المقبل», «540 ألف طن», «أربعة أشهر»), Voice of Russia Arabic (A08 «16.08.2011,
# 17:40», «يومين», «غدا الأربعاء», «الشهر الماضي», «منتصف يونيو الماضي»), Al-Khaleej Sharjah (A09 whole article «تاريخ النشر:
# 17/11/2012», «أمس», «هذا العام», «قبل نهاية العام الجاري», «في وقت لاحق», «يوم الاثنين المقبل», «يومي 18 و19 حزيران (يونيو)
# الماضي», «السادس من حزيران الماضي», «آذار (مارس) المقبل», «5+1», «الدول الست», a related link «(15/11/2012)», «مطلع الشهر
# المقبل», «© دار الخليج 2012»), Akhbar Al-Yaoum Morocco (A10 the outlet name «أخبار اليوم», Moroccan «الأحد 09 دجنبر 2012», «30
# نونبر الماضي», «الدورة الثانية عشرة», the film title «ثلاثة أيام في غشت», the range «من 29 نونبر إلى 7 دجنبر 2013»), As-Safir
# (A11 «السفير - السبت 14 أيلول 2013 - العدد 12580», «الرابع من آب الماضي», «الأسبوع الماضي», «العام المقبل», the coalitions «قوى 8
# آذار» / «قوى 14 آذار», «لليوم الثالث», Levantine «أمس الأول»), Tishreen (A12 the outlet name «تشرين», «الأربعاء 4 حزيران 2014 -
# العدد 11906», «خمس ساعات حتى منتصف الليل», «32 مراقباً», «مساء اليوم», «سبع سنوات», «السادس عشر من تموز المقبل», the weekly
# «الأسبوع الأدبي»), Mehr Arabic (A13 the agency name «مهر», Eastern Solar Y/M/D «١٣٩٣/١٠/٣٠ ١٥:٢٠», «منذ خمسة عشر عاما»,
# «إس-300»; A39 «١٤٠٥/٠٢/٠١ - ١٢:١٥», «بعد ظهر اليوم», «العام الإيراني الماضي 1404», «العشرين من آذار الماضي» after «الدورة
# العشرين», the session ordinal «الدورة الحادية والعشرين», «4.8 مليار دولار», «العام المقبل»), RBTH Arabic «روسيا ما وراء
# العناوين» (A14 «12 سبتمبر 2016», «أول أمس السبت», «بوشهر-2», «1057 ميغاواط», «11 تشرين الثاني/نوفمبر 2014», «عشر سنوات»,
# «سبتمبر 2011»), Saba (A15 «صنعاء - سبأ : الثلاثاء 24 ربيع الأول 1439هـ الموافق 12 ديسمبر 2017م», «بعد ثمانية أيام من», «الرابع
# من ديسمبر الجاري», «أمس الاثنين»), Tasnim Arabic (A16 «الخميس ١٦ فروردين ١٣٩٧ - ٠٩:٣٠», «مؤتمر موسكو السابع», «سو-24», «ميغ-29»,
# «في أقرب فرصة», «20 كانون الثاني/يناير 2015»; A37 whole article «الثلاثاء ٥ اسفند ١٤٠٤ - ١٤:٣٠», «فجر اليوم», «غدا الأربعاء»,
# «التاسع من أيار المقبل» with «عيد النصر», «الدورة العشرين», «بين 20 و22 نيسان المقبل», «حزيران/يونيو 2022», «17 كانون
# الثاني/يناير 2025», «الثاني من تشرين الأول/أكتوبر 2025», «3+3», a related link «(٢٦ بهمن ١٤٠٤)», «© 2026»), Al-Quds Al-Arabi
# (A17 «9 - مايو - 2019», «أمس الأربعاء», «في اليوم الذي», «الذكرى الأولى», «الثامن من مايو/أيار 2018», «مهلة 60 يوما», «أول من
# أمس», resolution 2231), Youm7 (A18 «الأربعاء، 12 أغسطس 2020 03:00 م», the outlet name «اليوم السابع», the writer «أحمد جمعة»,
# «كوفيد-19», «سبوتنيك V», «أوائل سبتمبر المقبل», «الـ24 ساعة الماضية», «18 ألفا و616», «منذ 19 فبراير الماضى»), Al-Akhbar
# Beirut (A19 whole article «الأربعاء 27 كانون الثاني 2021», «أمس», «مساء الاثنين», «العشرين من الشهر الجاري», «آذار المقبل», «3+3»,
# «الثامن من كانون الأول الماضي», «الأول من تموز 2020», «12 آذار 2001», «العام الماضي لخمس سنوات», a related link «حتى 21 شباط», «©
# الأخبار 2021»), Al-Sabah Baghdad (A20 «الصباح - الأربعاء 15 كانون الأول 2021 - العدد 5312», «بغداد», «مساء أمس», «التاسع
# والعشرين من تشرين الثاني الماضي», «الشهر المقبل»), SUNA (A21 the dateline «الخرطوم 2-3-2022 (سونا)», «ثمانية أيام», «23 فبراير
# الماضي», «يوم الخميس الماضي»), Al-Manar (A22 «الخميس 23 حزيران 2022 الموافق 24 ذي القعدة 1443 هـ», «مساء أمس الأربعاء», «اليوم
# الخميس», «الشهر المقبل», «بعد غد السبت», «عشق آباد»), Baghdad Today (A23 the outlet name «بغداد اليوم», Y-M-D «2022-11-10 09:14»,
# «أمس الأربعاء», «اليوم الخميس», «منذ 28 أيلول الماضي», «16 شخصاً»), Al-Yaum Dammam (A24 the outlet name «اليوم», «الأربعاء 20
# جمادى الأولى 1444 هـ - 14 ديسمبر 2022», «البارحة», «الدورة السابعة عشرة», «أواخر يناير المقبل», «شاهد-136»), Taghrib News (A25
# Latin Solar Y/M/D «1401/12/16», «أمس الاثنين», «من 18 إلى 19 أيار المقبل», «قبل عطلة عيد النوروز»), Ennahar Algeria (A26
# «الأربعاء 14 جوان 2023», «من 13 إلى 15 جوان الجاري», «سوف … يوم الخميس», «يوم 16 جوان», «الطبعة الـ26», «منذ فيفري 2008»), Sky
# News Arabia (A27 «الثلاثاء 4 يوليو 2023 - 14:05 بتوقيت أبوظبي», «اليوم الثلاثاء», «العضو التاسع», «القمة الثالثة والعشرين»,
# «منذ عام 2005», «أول أمس الأحد», «أواخر الشهر الماضي»), Al-Watan Qatar (A28 whole article «الجمعة 24 جمادى الأولى 1445 هـ - 8
# ديسمبر 2023», «خمس ساعات», «20 في المئة», «الأشهر العشرة الأولى من العام الجاري», a past «يوم الأربعاء», «قريبا», «19 كانون
# الثاني/يناير 2022», «19 يوليو 2022», «منتصف سبتمبر من العام نفسه», related links «(07/12/2023)» and «مطلع العام المقبل», «©
# 2023»), Al-Ittihad (A29 «أبوظبي (الاتحاد) - الاثنين 4 مارس 2024», «أوبك+», «ثماني دول», «2.2 مليون برميل يومياً», «الربع الثاني
# من العام الجاري», «471 ألف برميل», «اليوم», «0.4%», «83.89 دولار», «الأسبوع الماضي»), Anba Moscow (A30 «26 مارس 2024، 14:10»,
# «المدير العام», «أتوم إكسبو 2024», «الرابع والعشرين من الشهر الجاري», «أيار المقبل»), Ach-Chourouk Tunis (A32 «الاثنين 9 ديسمبر
# 2024», «أمس الأحد», «فجر الأحد», a past «ليلة السبت», the channel «الغد», «13 عاما», «منذ مارس 2011»), Sudan Tribune (A33 «الأربعاء
# 12 فبراير 2025», «اليوم الأربعاء», «ديسمبر 2020», «لمدة 25 عاما», «أكتوبر 2023», «مهاجر-6», «بوغدانوف», «في يوليو الماضي»),
# Al-Araby Al-Jadeed (A34 «18 ابريل 2025» without hamza, «اليوم الجمعة», «غداة», «أمس الخميس», «الجولة الثانية», «غدا السبت»,
# «السبت الماضي»), 26 September (A36 the outlet name «26 سبتمبر» twice, «الأربعاء 28 جمادى الأولى 1447هـ - 19 نوفمبر 2025م»,
# «مساء أمس الثلاثاء», «مطلع الشهر المقبل», resolutions 2231 and 2216), MAP (A38 Moroccan dateline «الرباط - 30 مارس 2026 (ومع)»,
# «غدا الثلاثاء», «كأس العالم 2026», «من 11 يونيو إلى 19 يوليوز المقبلين», «يوم الجمعة الماضي», «بهدفين», «منذ فبراير 2022») and
# Al-Sudani (A40 «الأربعاء 10 ذو الحجة 1447هـ - 27 مايو 2026م», «اليوم بعيد الأضحى», «40 بالمئة», «بالعام الماضي», «الأحد
# الماضي», «25 ألف طن», «يوليو (تموز) 2023», «القمة … الثانية», the phone number «1222», clock times «من الثامنة صباحا حتى الرابعة
# عصرا»).
# Contacts: presidents (Putin–Ahmadinejad call A05, Beijing SCO A09; Medvedev–Ahmadinejad Astana A08; Putin–Rouhani A11 Bishkek
# with the 2014 Astrakhan Caspian summit optional, A17 Rouhani's message, A19 the Dec 2020 call and the July 2020 video trilateral
# (optional); Putin–Khatami A19 the 2001 treaty recalled (agreement + optional meet); Putin–Raisi A20 planned January visit, A22
# planned July Tehran trilateral, A27 call and the SCO video summit (optional), A28 Kremlin talks with Jan 2022, 19 July 2022
# and Samarkand recalled and the treaty "soon" (optional); Putin–Pezeshkian A31 Kazan (hedged, optional), A35 the 13 June call,
# A37 planned 9 May visit and the 17 Jan 2025 treaty (agreement + optional meet)), the Leader (Khamenei's letter to Putin via
# Araghchi A34), foreign ministers (Lavrov–Larijani A01; Lavrov–Mottaki A05; Lavrov–Jalili planned A08; Lavrov–Salehi,
# Naryshkin–Salehi and Putin–Salehi planned A09 with the June Moscow 5+1 round optional; Lavrov–Zarif A11 call last week, A17,
# A19 with the March joint commission and the 3+3 proposal optional; Lavrov–Amir-Abdollahian A20 call, A22; Lavrov–Raisi A22;
# Lavrov–Araghchi A34, A36 call and planned visit, A37 Tehran with tomorrow's Pezeshkian meeting, the June 2022 visit recalled
# (Raisi, Amir-Abdollahian) and a related-link call (optional); Putin–Araghchi A34, A35), deputy foreign ministers
# (Ryabkov–Jalili A06), security councils (Ivanov–Larijani planned A01; Patrushev–Jalili A06 with the Geneva 5+1 round optional,
# A08; Patrushev–Shamkhani and –Raisi A23; Shoigu–Ahmadian and Shoigu–Pezeshkian A31), defence (Shoigu–Dehghan talks and
# memorandum, Shoigu–Shamkhani planned A13; Shoigu–Hatami with an undated invitation (optional) and the Jan 2015 visit A16),
# nuclear agencies (Kiriyenko–Aghazadeh talks and planned Moscow visit A03; Kiriyenko–Salehi Bushehr-2 launch and the Nov 2014
# contract A14; Likhachev–Eslami talks, roadmap and planned Tehran visit A30), finance (Siluanov–Khandouzi with the Kazan forum
# optional A25), joint commissions (Shulginov–Ghasemi with the next session optional A24; Tsivilev–Paknejad session planned A37
# (optional), final document A39 (agreement + optional meet) with Tsivilev–Pezeshkian and next year's session optional).
# Traps: third-country contacts only (A21 Hemedti–Lavrov, A26 Tebboune in Moscow, A33 the Sudanese FM–Lavrov and Bogdanov in
# Port Sudan; inside contact stories Lavrov–Kerry A11, Putin in Abu Dhabi and Riyadh A28, Lavrov in Muscat and Ashgabat A22, A37,
# the Oman-mediated US–Iran rounds A34), statements and votes (A01 Russia abstaining, A15 Russia's embassy move and Iran's
# chargé, A32 the Kremlin's asylum and Araghchi's statement), observers (A12), deliveries (A05 fuel, A09 the Bushehr handover, A24
# drone accusations, A40 Russian wheat), markets (A02 oil, A07 the wheat ban, A29 OPEC+), sport and culture (A10 the Marrakech film
# festival, A38 Morocco–Iran with Russia suspended), the Hajj (A04) and Eid (A40), an entry into force (A37); non-dates «5+1»,
# «3+3», «إس-300», «سو-24», «ميغ-29», «شاهد-136», «بي-2», «جي بي يو-57», «مهاجر-6», «بوشهر-2», «كوفيد-19», «سبوتنيك V», «أوبك+»,
# resolutions 2216, 2231, issue and news numbers, the phone number 1222, money, percentages, megawatts, tonnes, barrels, clock
# times, counts, durations («يومين», «ثمانية أيام», «خمس ساعات», «سبع سنوات», «عشر سنوات», «أربعة أشهر», «28 شهرا», «13 عاما»,
# «لمدة 25 عاما», «مهلة 60 يوما», «الـ24 ساعة الماضية»), «حتى منتصف الليل», ordinals of sessions, summits, rounds, meetings,
# editions, shipments, days and anniversaries («الدورة الحادية والعشرين», «القمة الثالثة والعشرين», «الطبعة الـ26», «لليوم
# الثالث», «الذكرى الأولى»), names holding a date word («بغداد», «بوغدانوف» غدا; «عشق آباد» آب; «أحمد جمعة»; «المدير العام»; the
# film «أيام الخريف»), and the outlet names «المصري اليوم», «أخبار اليوم», «تشرين», «الأسبوع الأدبي», «اليوم السابع», «بغداد
# اليوم», «اليوم», «الغد», «مهر».
# Every Islamic (Umm al-Qura) and Solar Hijri conversion and every stated or derived weekday was checked with hijridate /
# jdatetime / datetime; the file was checked to parse, CASES to load with a stub C, and every listed span to occur in its case
# text in list order without overlaps (the k-th listing of a span text is its k-th occurrence), no listed span text occurring
# earlier inside another word or span than the mention it stands for.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search: a span text listed k times is its first k occurrences, so every list is in text order;
#   no listed span text occurs earlier inside another word or span than the mention it stands for.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts, give
#   no row.
# Conventions: /work/shared/gold/README.md plus the headers of set50 and set52 (and through them the earlier sets), the later
#   header winning.
# Decided here where nothing above says (set54):
#   KUNA's year-less dateline «28 - 9» (day - month with spaces) is one g mention taking pub's year (A01); a year-less RIA
#   dateline «19 فبراير/شباط» likewise (A05).  SUNA's «2-3-2022» = D-M-Y (A21); Baghdad Today's «2022-11-10» (four-digit year
#   first) = Y-M-D (A23); IRNA's Eastern-digit «٢٠٢٤/٠٩/١٢» beside a Solar header = Y/M/D Gregorian, a second mention (A31);
#   Al-Quds Al-Arabi's «9 - مايو - 2019» is one g mention (A17).  The clock time stays outside every header span.
#   Levantine «أمس الأول» and «أول من أمس» = pub − 2 days (r), like «أول أمس» (A11, A17).  «بعد ظهر اليوم» = pub (r, A39).
#   «يوم 16 جوان» → span «16 جوان» (A26).  «من 15 أغسطس الجارى حتى 31 ديسمبر المقبل» («من … حتى …» with both ends dated) is one
#   range mention like «من … إلى …» (A07); the dual «المقبلين» closing a two-month range is inside it (A38).  A day-of-month with
#   «الشهر الجاري» («العشرين من الشهر الجاري», «الرابع والعشرين من الشهر الجاري») is resolved, g (A19, A30), like set16's
#   «22 من الشهر نفسه».
#   Event-relative or vague words are ignore lines: «غداة» (A05, A34), «قبل يوم من» (A06), «بعد ثمانية أيام من» (A15), «بعد
#   ساعات من» (A35), «في اليوم الذي» → span «اليوم الذي» (A17), «في وقت لاحق» → span «وقت لاحق» (A09), «في أقرب فرصة» → span
#   «أقرب فرصة» (A16), «قريبا» (A28).  «مطلع العام المقبل» (part of a year, no month) is an ignore line (A28), unlike «مطلع» +
#   month (set52); «مطلع الشهر المقبل» = days 1–10 of the next Gregorian month (r, A09, A36).
#   Names that are dates in form are ignore lines, one per occurrence: the outlet «26 سبتمبر» (A36), the Lebanese coalitions
#   «8 آذار» and «14 آذار» (A11), the film title «ثلاثة أيام في غشت» (A10, whole title as span).  Outlet names with a date word
#   but no date form («تشرين», «اليوم», «الغد», «الأسبوع الأدبي») get no line.  The Solar month «آذر» written in Arabic is j,
#   distinct from Gregorian «آذار» (A03, A06).
#   «يوم التروية» beside «اليوم» is an ignore line, the relative word carrying the value (A04), like set50's «عيد الفطر … غدا
#   الجمعة»; «عيد الأضحى» in «بعيد الأضحى يوم الخميس» / «اليوم بعيد الأضحى» likewise (A04, A40).  «قبل عطلة عيد النوروز» → the
#   holiday alone, «عيد النوروز» = 1 Farvardin of the nearest year (j, A25).  «العام الإيراني الماضي 1404» with its number = the
#   Solar year as an interval (j, A39), like set50's «العام الإيراني الجديد 1405».  «هذا العام» = pub's year (r, A09, set52).
#   «الأشهر العشرة الأولى من العام الجاري» = 1 January – 31 October of pub's year (r, A28), like set52's nine-month rule.
#   Contacts: a planned visit to Moscow with no Russian host named → required meet with country-level Russian names (A03, A36),
#   mirroring set16's Tehran rule; a hedged meeting («مرجحا أن يلتقي», A31) → optional, like set52's hedged signing.  A message
#   "received by the Kremlin" from the Iranian president to Putin (A17) → required message row dated by the day of receipt.  A
#   multilateral video summit with both presidents (A27 SCO) → optional meet; a planned Astana-format trilateral hosted in Tehran
#   (A22) → required meet at the month (set16's trilateral rule).  A related-link headline reporting a contact, dated only by the
#   link's date (A37) → optional row at that date.  Ministers agreeing on the next joint-commission session (A24) → the
#   ministers' meet required, the session optional (set50's joint-commission rule); the signed final document of a session
#   (A39) → required agreement + optional meet of the co-chairs.  A recalled visit naming two hosts («حين التقى … رئيسي ووزير
#   الخارجية … عبد اللهيان», A37) → one meet row per host at the month.  Observers from both countries at a third country's
#   election (A12) and both states in an OPEC+ decision (A29) → no row.
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
KHA, KHT, NEJ, ROU, RAI, PEZ = ("Ali Khamenei", "Mohammad Khatami", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ebrahim Raisi",
                                "Masoud Pezeshkian")
LAV, MOT, ZAR, AMI, ARA = "Sergei Lavrov", "Manouchehr Mottaki", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
RUH = [LAV, PUT, "Russian Ministry of Foreign Affairs", RU]
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
LARS = ["Ali Larijani", "Supreme National Security Council", "SNSC", IR]
KIR = ["Sergei Kiriyenko", "Federal Atomic Energy Agency", "Rosatom", RU]
KIRR = ["Sergei Kiriyenko", "Rosatom", RU]
AGH = ["Gholamreza Aghazadeh", "Atomic Energy Organization of Iran", "AEOI", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
JALI = ["Saeed Jalili", "Supreme National Security Council", "SNSC", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", "SNSC", IR]
RYA = ["Sergei Ryabkov", "Russian Ministry of Foreign Affairs", RU]
SALF = ["Ali Akbar Salehi", "Iranian Ministry of Foreign Affairs", IR]
SAL = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
NARY = ["Sergei Naryshkin", "State Duma", RU]
SHOD = ["Sergei Shoigu", "Russian Ministry of Defence", RU]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]
DEH = ["Hossein Dehghan", "Ministry of Defence", IR]
HAT = ["Amir Hatami", "Ministry of Defence", IR]
AHMD = ["Ali Akbar Ahmadian", "Supreme National Security Council", "SNSC", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
SIL = ["Anton Siluanov", "Russian Ministry of Finance", RU]
KHAN = ["Ehsan Khandouzi", "Ministry of Economic Affairs and Finance", IR]
SHUL = ["Nikolai Shulginov", "Russian Ministry of Energy", RU]
GHAS = ["Rostam Ghasemi", "Ministry of Roads and Urban Development", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Iranian Ministry of Petroleum", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2005–2021 ----------------
dict(id="A01", pub="2005-09-28", text=(
     "كونا | 28/09/2005 13:40\n"
     "موسكو - 28 - 9 (كونا) -- التقى أمين المجلس الأعلى للأمن القومي الايراني علي لاريجاني هنا اليوم وزير الخارجية الروسي سيرغي لافروف وبحث معه تداعيات القرار الذي أصدره مجلس محافظي الوكالة الدولية للطاقة الذرية يوم السبت الماضي بشأن البرنامج النووي الايراني والذي امتنعت روسيا و11 دولة أخرى عن التصويت عليه. "
     "ومن المقرر ان يلتقي لاريجاني غدا الخميس سكرتير مجلس الأمن الروسي ايغور ايفانوف قبل ان يعود الى طهران."),
     dates=[("28/09/2005", "2005-09-28", "g"), ("28 - 9", "2005-09-28", "g"), ("اليوم", "2005-09-28", "r"),
            ("يوم السبت الماضي", "2005-09-24", "r"), ("غدا الخميس", "2005-09-29", "r")],
     contacts=[C(LAV, LARS, "meet", "2005-09-28"), C(IVA, LARS, "meet", "2005-09-29")]),
dict(id="A02", pub="2005-11-20", text=(
     "البيان - الأحد 18 شوال 1426هـ - 20 نوفمبر 2005م\n"
     "دبي - «البيان»: ارتفعت أسعار النفط في ختام تعاملات يوم الجمعة إلى 56.10 دولارا للبرميل، بزيادة 1.2 في المئة، مع تصاعد المخاوف من مواجهة بين إيران والغرب قبل اجتماع مجلس محافظي الوكالة الدولية للطاقة الذرية في فيينا يوم الخميس المقبل. "
     "ويتوقع محللون أن تبقي منظمة أوبك على سقف إنتاجها البالغ 28 مليون برميل يوميا في اجتماعها المقرر في الكويت في 12 ديسمبر المقبل، فيما قال وزير الصناعة والطاقة الروسي فيكتور خريستينكو إن صادرات بلاده من الخام سترتفع بنحو 3.5 في المئة العام المقبل."),
     dates=[("الأحد 18 شوال 1426هـ", "2005-11-20", "h"), ("20 نوفمبر 2005م", "2005-11-20", "g"), ("يوم الجمعة", "2005-11-18", "r"),
            ("يوم الخميس المقبل", "2005-11-24", "r"), ("12 ديسمبر المقبل", "2005-12-12", "g"), ("العام المقبل", "2006", "r")],
     contacts=[]),
dict(id="A03", pub="2006-12-05", text=(
     "طهران، ١٤ آذر ١٣٨٥ (إرنا) - التقى رئيس منظمة الطاقة الذرية الإيرانية غلام رضا آقازاده اليوم الثلاثاء في طهران رئيس الوكالة الفدرالية الروسية للطاقة الذرية سيرغي كيريينكو، وبحث الجانبان الجدول الزمني لاستكمال محطة بوشهر التي تبلغ قدرتها 1000 ميغاواط. "
     "وأكد كيريينكو أن الوقود النووي للمحطة سيسلم في آذار/مارس 2007 على أن يبدأ تشغيلها في أيلول/سبتمبر من العام نفسه، فيما أعلن آقازاده أنه سيزور موسكو أواسط الشهر المقبل لمتابعة المحادثات مع الجانب الروسي."),
     dates=[("١٤ آذر ١٣٨٥", "2006-12-05", "j"), ("اليوم الثلاثاء", "2006-12-05", "r"), ("آذار/مارس 2007", "2007-03", "g"),
            ("أيلول/سبتمبر من العام نفسه", "2007-09", "g"), ("أواسط الشهر المقبل", "2007-01-11/2007-01-20", "r")],
     contacts=[C(KIR, AGH, "meet", "2006-12-05"), C(KIR, AGH, "meet", "2007-01-11/2007-01-20")]),
dict(id="A04", pub="2007-12-18", text=(
     "عكاظ - الثلاثاء 8 ذو الحجة 1428هـ - 18 ديسمبر 2007م - العدد 2373\n"
     "مكة المكرمة - «عكاظ»: بدأ أكثر من مليوني حاج اليوم التوجه إلى مشعر منى لقضاء يوم التروية، على أن يقفوا غدا الأربعاء على صعيد عرفات، ويحتفل المسلمون بعيد الأضحى يوم الخميس. "
     "ومن بين الحجاج نحو 100 ألف حاج إيراني بدأت طلائعهم الوصول إلى المدينة المنورة منذ الثالث من ذي القعدة، و22 ألف حاج من روسيا يتقدمهم رئيس مجلس المفتين راوي عين الدين."),
     dates=[("الثلاثاء 8 ذو الحجة 1428هـ", "2007-12-18", "h"), ("18 ديسمبر 2007م", "2007-12-18", "g"), ("اليوم", "2007-12-18", "r"),
            ("يوم التروية", None, "ignore"), ("غدا الأربعاء", "2007-12-19", "r"), ("عيد الأضحى", None, "ignore"),
            ("يوم الخميس", "2007-12-20", "r"), ("الثالث من ذي القعدة", "2007-11-13", "h")],
     contacts=[]),
dict(id="A05", pub="2008-02-19", text=(
     "موسكو، 19 فبراير/شباط – «نوفوستي». أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء في موسكو محادثات مع نظيره الإيراني منوشهر متكي تناولت الملف النووي الإيراني ومشروع القرار الجديد لمجلس الأمن الدولي، وذلك غداة اتصال هاتفي أجراه الرئيس فلاديمير بوتين مساء أمس مع الرئيس محمود أحمدي نجاد. "
     "وكانت روسيا قد أنجزت في 28 يناير/كانون الثاني الماضي تسليم الشحنة الثامنة والأخيرة من الوقود النووي لمحطة بوشهر، والبالغ مجموعها 82 طنا."),
     dates=[("19 فبراير/شباط", "2008-02-19", "g"), ("اليوم الثلاثاء", "2008-02-19", "r"), ("غداة", None, "ignore"),
            ("مساء أمس", "2008-02-18", "r"), ("28 يناير/كانون الثاني الماضي", "2008-01-28", "g")],
     contacts=[C(LAV, MOT, "meet", "2008-02-19"), C(PUT, NEJ, "phone_call", "2008-02-18")]),
dict(id="A06", pub="2009-12-10", text=(
     "الخميس ١٩ آذر ١٣٨٨ - ١٠ ديسمبر ٢٠٠٩ - ١١:٢٠ بتوقيت غرينتش\n"
     "طهران (العالم) - استقبل أمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي اليوم الخميس في طهران نائب وزير الخارجية الروسي سيرغي ريابكوف، وبحث معه مقترح تبادل الوقود النووي ومستقبل المفاوضات مع مجموعة 5+1. "
     "وكان جليلي قد التقى سكرتير مجلس الأمن الروسي نيكولاي باتروشيف في موسكو في الثلاثين من أيلول/سبتمبر الماضي، قبل يوم من محادثات جنيف مع المجموعة في الأول من تشرين الأول/أكتوبر."),
     dates=[("الخميس ١٩ آذر ١٣٨٨", "2009-12-10", "j"), ("١٠ ديسمبر ٢٠٠٩", "2009-12-10", "g"), ("اليوم الخميس", "2009-12-10", "r"),
            ("الثلاثين من أيلول/سبتمبر الماضي", "2009-09-30", "g"), ("قبل يوم من", None, "ignore"),
            ("الأول من تشرين الأول/أكتوبر", "2009-10-01", "g")],
     contacts=[C(RYA, JALI, "meet", "2009-12-10"), C(PAT, JALI, "meet", "2009-09-30"), C(RU, IR, "meet", "2009-10-01", True)]),
dict(id="A07", pub="2010-08-08", text=(
     "المصري اليوم - الأحد 8 أغسطس 2010\n"
     "أكدت الهيئة العامة للسلع التموينية، أمس، أن قرار روسيا حظر تصدير القمح والحبوب من 15 أغسطس الجارى حتى 31 ديسمبر المقبل لن يؤثر فى الاحتياطى الاستراتيجى، مشيرة إلى أن 540 ألف طن من القمح الروسى تم التعاقد عليها ستصل خلال الشهر الجارى. "
     "وكان رئيس الوزراء الروسى فلاديمير بوتين قد أعلن القرار يوم الخميس الماضى بعد موجة جفاف وحرائق غير مسبوقة، فيما أكدت الهيئة توافر مخزون يكفى أربعة أشهر رغم زيادة الطلب قبل حلول شهر رمضان يوم الأربعاء المقبل."),
     dates=[("الأحد 8 أغسطس 2010", "2010-08-08", "g"), ("أمس", "2010-08-07", "r"),
            ("من 15 أغسطس الجارى حتى 31 ديسمبر المقبل", "2010-08-15/2010-12-31", "g"), ("الشهر الجارى", "2010-08", "r"),
            ("يوم الخميس الماضى", "2010-08-05", "r"), ("شهر رمضان", None, "ignore"), ("يوم الأربعاء المقبل", "2010-08-11", "r")],
     contacts=[]),
dict(id="A08", pub="2011-08-16", text=(
     "صوت روسيا | 16.08.2011, 17:40\n"
     "بدأ أمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي اليوم زيارة إلى موسكو تستمر يومين، أجرى خلالها محادثات مع سكرتير مجلس الأمن الروسي نيكولاي باتروشيف، على أن يلتقي غدا الأربعاء وزير الخارجية سيرغي لافروف لبحث «خطة الخطوة خطوة» التي عرضها لافروف في واشنطن الشهر الماضي. "
     "وكان الرئيس دميتري مدفيديف قد التقى نظيره الإيراني محمود أحمدي نجاد على هامش قمة منظمة شنغهاي للتعاون في أستانا منتصف يونيو الماضي."),
     dates=[("16.08.2011", "2011-08-16", "g"), ("اليوم", "2011-08-16", "r"), ("غدا الأربعاء", "2011-08-17", "r"),
            ("الشهر الماضي", "2011-07", "r"), ("منتصف يونيو الماضي", "2011-06-11/2011-06-20", "g")],
     contacts=[C(PAT, JALI, "meet", "2011-08-16"), C(LAV, JALI, "meet", "2011-08-17"),
               C(MED, NEJ, "meet", "2011-06-11/2011-06-20")]),
# A09: whole article, 11 lines
dict(id="A09", pub="2012-11-17", text=(
     "صالحي ولافروف يبحثان في موسكو الملف النووي والأزمة السورية\n"
     "تاريخ النشر: 17/11/2012\n"
     "موسكو - «الخليج»، وكالات: بحث وزير الخارجية الإيراني علي أكبر صالحي مع نظيره الروسي سيرغي لافروف في موسكو أمس، الملف النووي الإيراني والأزمة في سوريا، في ثاني زيارة يقوم بها إلى روسيا هذا العام.\n"
     "وقال لافروف في مؤتمر صحفي مشترك إن الجولة المقبلة من المحادثات بين إيران ومجموعة 5+1 يجب أن تعقد «قبل نهاية العام الجاري»، معتبرا أن فرض عقوبات أحادية جديدة «لن يساعد» على التوصل إلى حل.\n"
     "والتقى صالحي في وقت لاحق رئيس مجلس الدوما سيرغي ناريشكين، على أن يستقبله الرئيس فلاديمير بوتين في الكرملين يوم الاثنين المقبل.\n"
     "وكانت آخر جولة من المحادثات بين إيران والدول الست قد عقدت في موسكو يومي 18 و19 حزيران (يونيو) الماضي من دون تحقيق اختراق.\n"
     "كما التقى بوتين نظيره الإيراني محمود أحمدي نجاد على هامش قمة منظمة شنغهاي للتعاون في بكين في السادس من حزيران الماضي.\n"
     "ومن المقرر أن تسلم شركة «أتوم ستروي إكسبورت» الروسية محطة بوشهر، البالغة قدرتها 1000 ميغاواط، إلى الجانب الإيراني بشكل كامل في آذار (مارس) المقبل.\n"
     "اقرأ أيضاً: طهران تنفي وقف التخصيب بنسبة 20 في المئة (15/11/2012)\n"
     "اقرأ أيضاً: موسكو تستضيف اجتماعا دوليا حول سوريا مطلع الشهر المقبل\n"
     "© دار الخليج 2012"),
     dates=[("17/11/2012", "2012-11-17", "g"), ("أمس", "2012-11-16", "r"), ("هذا العام", "2012", "r"),
            ("قبل نهاية العام الجاري", None, "ignore"), ("وقت لاحق", None, "ignore"), ("يوم الاثنين المقبل", "2012-11-19", "r"),
            ("18", "2012-06-18", "g"), ("19 حزيران (يونيو) الماضي", "2012-06-19", "g"), ("السادس من حزيران الماضي", "2012-06-06", "g"),
            ("آذار (مارس) المقبل", "2013-03", "g"), ("15/11/2012", "2012-11-15", "g"),
            ("مطلع الشهر المقبل", "2012-12-01/2012-12-10", "r"), ("دار الخليج 2012", None, "ignore")],
     contacts=[C(LAV, SALF, "meet", "2012-11-16"), C(NARY, SALF, "meet", "2012-11-16"), C(PUT, SALF, "meet", "2012-11-19"),
               C(RU, IR, "meet", "2012-06-18/2012-06-19", True), C(PUT, NEJ, "meet", "2012-06-06")]),
dict(id="A10", pub="2012-12-09", text=(
     "أخبار اليوم - الأحد 09 دجنبر 2012\n"
     "مراكش - أسدل الستار، مساء أمس السبت، على فعاليات الدورة الثانية عشرة للمهرجان الدولي للفيلم بمراكش، التي انطلقت يوم 30 نونبر الماضي، بتتويج الفيلم الإيراني «أيام الخريف» بالنجمة الذهبية، فيما عادت جائزة أفضل ممثلة للروسية أولغا نيكولاييفا عن دورها في فيلم «ثلاثة أيام في غشت». "
     "وأعلنت مؤسسة المهرجان أن الدورة المقبلة ستنظم من 29 نونبر إلى 7 دجنبر 2013."),
     dates=[("الأحد 09 دجنبر 2012", "2012-12-09", "g"), ("مساء أمس السبت", "2012-12-08", "r"), ("30 نونبر الماضي", "2012-11-30", "g"),
            ("ثلاثة أيام في غشت", None, "ignore"), ("من 29 نونبر إلى 7 دجنبر 2013", "2013-11-29/2013-12-07", "g")],
     contacts=[]),
dict(id="A11", pub="2013-09-14", text=(
     "السفير - السبت 14 أيلول 2013 - العدد 12580\n"
     "بيروت - «السفير»: التقى الرئيس الإيراني حسن روحاني نظيره الروسي فلاديمير بوتين أمس في بشكيك على هامش قمة منظمة شنغهاي للتعاون، في أول لقاء بينهما منذ أداء روحاني اليمين الدستورية في الرابع من آب الماضي، وذلك بعد محادثات هاتفية أجراها وزيرا الخارجية سيرغي لافروف ومحمد جواد ظريف الأسبوع الماضي، فيما يرتقب أن تستضيف أستراخان قمة الدول المطلة على بحر قزوين العام المقبل. "
     "وفي بيروت، رحبت قوى 8 آذار بالمبادرة الروسية لوضع الترسانة الكيميائية السورية تحت رقابة دولية، فيما شككت قوى 14 آذار في جدواها، بينما تتواصل في جنيف لليوم الثالث المحادثات بين لافروف ونظيره الأميركي جون كيري التي بدأت أمس الأول."),
     dates=[("السبت 14 أيلول 2013", "2013-09-14", "g"), ("أمس", "2013-09-13", "r"), ("الرابع من آب الماضي", "2013-08-04", "g"),
            ("الأسبوع الماضي", "2013-09-02/2013-09-08", "r"), ("العام المقبل", "2014", "r"), ("8 آذار", None, "ignore"),
            ("14 آذار", None, "ignore"), ("أمس الأول", "2013-09-12", "r")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(LAV, ZAR, "phone_call", "2013-09-02/2013-09-08"),
               C(PUT, ROU, "meet", "2014", True)]),
dict(id="A12", pub="2014-06-04", text=(
     "تشرين - الأربعاء 4 حزيران 2014 - العدد 11906\n"
     "دمشق - «تشرين»: شهدت مراكز الاقتراع أمس الثلاثاء إقبالاً واسعاً في الانتخابات الرئاسية، ما دفع اللجنة القضائية العليا للانتخابات إلى تمديد التصويت خمس ساعات حتى منتصف الليل، بحضور وفود مراقبين من روسيا وإيران وفنزويلا وجنوب إفريقيا بلغ عدد أعضائها 32 مراقباً. "
     "ومن المقرر أن تعلن النتائج مساء اليوم، على أن يؤدي الرئيس المنتخب اليمين الدستورية لولاية مدتها سبع سنوات في السادس عشر من تموز المقبل، فيما يصدر اتحاد الكتاب العرب عدداً خاصاً من «الأسبوع الأدبي» بالمناسبة."),
     dates=[("الأربعاء 4 حزيران 2014", "2014-06-04", "g"), ("أمس الثلاثاء", "2014-06-03", "r"), ("مساء اليوم", "2014-06-04", "r"),
            ("السادس عشر من تموز المقبل", "2014-07-16", "g")],
     contacts=[]),
dict(id="A13", pub="2015-01-20", text=(
     "رمز الخبر: 1849265 - ١٣٩٣/١٠/٣٠ ١٥:٢٠\n"
     "طهران - وكالة مهر للأنباء: وقع وزير الدفاع الإيراني العميد حسين دهقان ونظيره الروسي سيرغي شويغو اليوم الثلاثاء في طهران مذكرة تفاهم للتعاون العسكري تشمل تبادل الخبرات وتدريب القوات ومكافحة الإرهاب، في أول زيارة يقوم بها وزير دفاع روسي إلى إيران منذ خمسة عشر عاما. "
     "وقال دهقان إن ملف منظومة «إس-300» كان حاضرا في المحادثات، فيما يلتقي شويغو غدا الأربعاء أمين المجلس الأعلى للأمن القومي علي شمخاني."),
     dates=[("١٣٩٣/١٠/٣٠", "2015-01-20", "j"), ("اليوم الثلاثاء", "2015-01-20", "r"), ("منذ خمسة عشر عاما", None, "ignore"),
            ("غدا الأربعاء", "2015-01-21", "r")],
     contacts=[C(SHOD, DEH, "meet", "2015-01-20"), C(SHOD, DEH, "agreement", "2015-01-20"), C(SHOD, SHAM, "meet", "2015-01-21")]),
dict(id="A14", pub="2016-09-12", text=(
     "روسيا ما وراء العناوين | 12 سبتمبر 2016\n"
     "أطلق رئيس مؤسسة «روس آتوم» سيرغي كيريينكو ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي، أول أمس السبت، أعمال بناء الوحدتين الثانية والثالثة من محطة «بوشهر-2» بقدرة 1057 ميغاواط لكل منهما، بموجب العقد الذي وقعته المؤسستان في 11 تشرين الثاني/نوفمبر 2014، ويتوقع أن يستغرق البناء عشر سنوات. "
     "وكانت الوحدة الأولى من المحطة قد ربطت بالشبكة الكهربائية الإيرانية في سبتمبر 2011."),
     dates=[("12 سبتمبر 2016", "2016-09-12", "g"), ("أول أمس السبت", "2016-09-10", "r"),
            ("11 تشرين الثاني/نوفمبر 2014", "2014-11-11", "g"), ("سبتمبر 2011", "2011-09", "g")],
     contacts=[C(KIRR, SAL, "meet", "2016-09-10"), C(KIRR, SAL, "agreement", "2014-11-11")]),
dict(id="A15", pub="2017-12-12", text=(
     "صنعاء - سبأ : الثلاثاء 24 ربيع الأول 1439هـ الموافق 12 ديسمبر 2017م\n"
     "أعربت وزارة الخارجية عن أسفها لقرار جمهورية روسيا الاتحادية نقل سفارتها مؤقتاً من صنعاء إلى الرياض وتعليق عمل بعثتها الدبلوماسية، بعد ثمانية أيام من مقتل الرئيس السابق علي عبدالله صالح في الرابع من ديسمبر الجاري. "
     "وأوضح مصدر في الوزارة أن طاقم السفارة الروسية غادر صنعاء أمس الاثنين على متن طائرة خاصة، فيما أكد القائم بأعمال السفارة الإيرانية استمرار عمل سفارة بلاده في العاصمة."),
     dates=[("الثلاثاء 24 ربيع الأول 1439هـ", "2017-12-12", "h"), ("12 ديسمبر 2017م", "2017-12-12", "g"),
            ("بعد ثمانية أيام من", None, "ignore"), ("الرابع من ديسمبر الجاري", "2017-12-04", "g"), ("أمس الاثنين", "2017-12-11", "r")],
     contacts=[]),
dict(id="A16", pub="2018-04-05", text=(
     "تسنيم | الخميس ١٦ فروردين ١٣٩٧ - ٠٩:٣٠\n"
     "موسكو - تسنيم: التقى وزير الدفاع الإيراني العميد أمير حاتمي نظيره الروسي سيرغي شويغو أمس الأربعاء على هامش مؤتمر موسكو السابع للأمن الدولي، وبحث معه التعاون العسكري التقني وتحديث مقاتلات «سو-24» و«ميغ-29» الإيرانية، ووجه إليه دعوة لزيارة طهران «في أقرب فرصة». "
     "وكان شويغو قد زار طهران في 20 كانون الثاني/يناير 2015 والتقى حينها الوزير السابق حسين دهقان."),
     dates=[("الخميس ١٦ فروردين ١٣٩٧", "2018-04-05", "j"), ("أمس الأربعاء", "2018-04-04", "r"), ("أقرب فرصة", None, "ignore"),
            ("20 كانون الثاني/يناير 2015", "2015-01-20", "g")],
     contacts=[C(SHOD, HAT, "meet", "2018-04-04"), C(SHOD, HAT, "meet", None, True), C(SHOD, DEH, "meet", "2015-01-20")]),
dict(id="A17", pub="2019-05-09", text=(
     "«القدس العربي» - 9 - مايو - 2019\n"
     "موسكو - «القدس العربي» ووكالات: التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الروسي سيرغي لافروف في موسكو أمس الأربعاء، في اليوم الذي أعلنت فيه طهران تعليق بعض التزاماتها بموجب الاتفاق النووي في الذكرى الأولى لانسحاب الولايات المتحدة منه في الثامن من مايو/أيار 2018، ومنحت الأطراف الأخرى مهلة 60 يوما. "
     "وكان الكرملين قد تلقى أول من أمس رسالة من الرئيس حسن روحاني إلى الرئيس فلاديمير بوتين تشرح الخطوة الإيرانية، فيما أكد لافروف أن القرار 2231 «لا يزال ملزما للجميع»."),
     dates=[("9 - مايو - 2019", "2019-05-09", "g"), ("أمس الأربعاء", "2019-05-08", "r"), ("اليوم الذي", None, "ignore"),
            ("الثامن من مايو/أيار 2018", "2018-05-08", "g"), ("أول من أمس", "2019-05-07", "r")],
     contacts=[C(LAV, ZAR, "meet", "2019-05-08"), C(PUT, ROU, "message", "2019-05-07")]),
dict(id="A18", pub="2020-08-12", text=(
     "الأربعاء، 12 أغسطس 2020 03:00 م\n"
     "كتب أحمد جمعة - «اليوم السابع»: أعلن الرئيس الروسى فلاديمير بوتين، أمس الثلاثاء، تسجيل أول لقاح فى العالم ضد فيروس كورونا المستجد «كوفيد-19» تحت اسم «سبوتنيك V»، على أن يبدأ إنتاجه على نطاق واسع أوائل سبتمبر المقبل، فيما أعلنت وزارة الصحة الإيرانية تسجيل 188 وفاة خلال الـ24 ساعة الماضية، ليرتفع إجمالى الوفيات إلى 18 ألفا و616 منذ 19 فبراير الماضى."),
     dates=[("الأربعاء، 12 أغسطس 2020", "2020-08-12", "g"), ("أمس الثلاثاء", "2020-08-11", "r"),
            ("أوائل سبتمبر المقبل", "2020-09-01/2020-09-10", "g"), ("19 فبراير الماضى", "2020-02-19", "g")],
     contacts=[]),
# A19: whole article, 11 lines
dict(id="A19", pub="2021-01-27", text=(
     "ظريف في موسكو: تنسيق روسي ـ إيراني لمرحلة ما بعد ترامب\n"
     "الأربعاء 27 كانون الثاني 2021\n"
     "موسكو | بحث وزير الخارجية الإيراني محمد جواد ظريف مع نظيره الروسي سيرغي لافروف، أمس، في موسكو، ملفات الاتفاق النووي وناغورنو كاراباخ وسوريا وأفغانستان، في أول لقاء بين الرجلين منذ تسلم الإدارة الأميركية الجديدة مهماتها.\n"
     "وقال ظريف، الذي وصل إلى العاصمة الروسية مساء الاثنين في مستهل جولة تشمل أذربيجان وجورجيا وأرمينيا وتركيا، إن على إدارة جو بايدن، التي تسلمت السلطة في العشرين من الشهر الجاري، «العودة إلى التزاماتها أولاً».\n"
     "من جهته، أكد لافروف استعداد موسكو لتقديم «كل مساعدة ممكنة» لإنقاذ الاتفاق، مشيراً إلى أن الدورة المقبلة للجنة الاقتصادية المشتركة ستعقد في آذار المقبل.\n"
     "وطرح ظريف خلال اللقاء مبادرة «3+3» لمنصة تعاون إقليمي في جنوب القوقاز تضم روسيا وإيران وتركيا وأذربيجان وأرمينيا وجورجيا.\n"
     "وكان الرئيسان فلاديمير بوتين وحسن روحاني قد بحثا في اتصال هاتفي في الثامن من كانون الأول الماضي التعاون في مواجهة جائحة كورونا، بعد مشاركتهما في قمة أستانا الثلاثية التي عقدت عبر الفيديو في الأول من تموز 2020.\n"
     "ويرتبط البلدان بمعاهدة «أسس العلاقات ومبادئ التعاون» التي وقعها بوتين والرئيس محمد خاتمي في موسكو في 12 آذار 2001، وجرى تمديدها تلقائياً العام الماضي لخمس سنوات.\n"
     "اقرأ أيضاً: طهران تمهل واشنطن حتى 21 شباط قبل وقف العمل بالبروتوكول الإضافي\n"
     "اشترك في «الأخبار» على يوتيوب هنا\n"
     "© الأخبار 2021"),
     dates=[("الأربعاء 27 كانون الثاني 2021", "2021-01-27", "g"), ("أمس", "2021-01-26", "r"), ("مساء الاثنين", "2021-01-25", "r"),
            ("العشرين من الشهر الجاري", "2021-01-20", "g"), ("آذار المقبل", "2021-03", "g"),
            ("الثامن من كانون الأول الماضي", "2020-12-08", "g"), ("الأول من تموز 2020", "2020-07-01", "g"),
            ("12 آذار 2001", "2001-03-12", "g"), ("العام الماضي", "2020", "r"), ("21 شباط", "2021-02-21", "g"),
            ("الأخبار 2021", None, "ignore")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26"), C(RU, IR, "meet", "2021-03", True), C(RU, IR, "meet", None, True),
               C(PUT, ROU, "phone_call", "2020-12-08"), C(PUT, ROU, "meet", "2020-07-01", True),
               C(PUT, KHT, "agreement", "2001-03-12"), C(PUT, KHT, "meet", "2001-03-12", True)]),
dict(id="A20", pub="2021-12-15", text=(
     "الصباح - الأربعاء 15 كانون الأول 2021 - العدد 5312\n"
     "بغداد - الصباح: بحث وزير الخارجية الإيراني حسين أمير عبد اللهيان مع نظيره الروسي سيرغي لافروف، في اتصال هاتفي مساء أمس، مسار مفاوضات فيينا التي استؤنفت في التاسع والعشرين من تشرين الثاني الماضي، فيما أعلن الكرملين أن الرئيس إبراهيم رئيسي سيزور موسكو الشهر المقبل تلبية لدعوة من الرئيس فلاديمير بوتين."),
     dates=[("الأربعاء 15 كانون الأول 2021", "2021-12-15", "g"), ("مساء أمس", "2021-12-14", "r"),
            ("التاسع والعشرين من تشرين الثاني الماضي", "2021-11-29", "g"), ("الشهر المقبل", "2022-01", "r")],
     contacts=[C(LAV, AMI, "phone_call", "2021-12-14"), C(PUT, RAI, "meet", "2022-01")]),
# ---------------- 2022–2026 ----------------
dict(id="A21", pub="2022-03-02", text=(
     "الخرطوم 2-3-2022 (سونا) - عاد نائب رئيس مجلس السيادة الانتقالي الفريق أول محمد حمدان دقلو إلى البلاد مساء أمس، قادماً من موسكو في ختام زيارة رسمية استغرقت ثمانية أيام بدأت في 23 فبراير الماضي، أجرى خلالها مباحثات مع وزير الخارجية الروسي سيرغي لافروف يوم الخميس الماضي تزامناً مع بدء العملية العسكرية الروسية في أوكرانيا. "
     "وأكد دقلو في تصريحات بمطار الخرطوم أن السودان «منفتح على التعاون مع أي دولة» في ما يتعلق بإقامة قاعدة بحرية على ساحل البحر الأحمر."),
     dates=[("2-3-2022", "2022-03-02", "g"), ("مساء أمس", "2022-03-01", "r"), ("23 فبراير الماضي", "2022-02-23", "g"),
            ("يوم الخميس الماضي", "2022-02-24", "r")],
     contacts=[]),
dict(id="A22", pub="2022-06-23", text=(
     "المنار - الخميس 23 حزيران 2022 الموافق 24 ذي القعدة 1443 هـ\n"
     "طهران - المنار: استقبل الرئيس الإيراني السيد إبراهيم رئيسي وزير الخارجية الروسي سيرغي لافروف مساء أمس الأربعاء فور وصوله إلى طهران، فيما عقد لافروف اليوم الخميس جلسة محادثات موسعة مع نظيره حسين أمير عبد اللهيان أعلنا في ختامها أن الرئيس فلاديمير بوتين سيزور طهران الشهر المقبل للمشاركة في القمة الثلاثية لضامني مسار أستانا. "
     "ويتوجه لافروف بعد غد السبت إلى عشق آباد للمشاركة في اجتماع لوزراء خارجية روسيا ودول آسيا الوسطى."),
     dates=[("الخميس 23 حزيران 2022", "2022-06-23", "g"), ("24 ذي القعدة 1443 هـ", "2022-06-23", "h"),
            ("مساء أمس الأربعاء", "2022-06-22", "r"), ("اليوم الخميس", "2022-06-23", "r"), ("الشهر المقبل", "2022-07", "r"),
            ("بعد غد السبت", "2022-06-25", "r")],
     contacts=[C(LAV, RAI, "meet", "2022-06-22"), C(LAV, AMI, "meet", "2022-06-23"), C(PUT, RAI, "meet", "2022-07")]),
dict(id="A23", pub="2022-11-10", text=(
     "بغداد اليوم - متابعة | 2022-11-10 09:14\n"
     "وصل أمين مجلس الأمن الروسي نيكولاي باتروشيف إلى طهران أمس الأربعاء، وأجرى محادثات مع نظيره الإيراني علي شمخاني تناولت «التدخلات الغربية» في الشؤون الداخلية الإيرانية والتعاون الأمني، على أن يلتقي اليوم الخميس الرئيس إبراهيم رئيسي. "
     "ويأتي ذلك في وقت يواصل فيه الحرس الثوري الإيراني قصف مواقع أحزاب كردية معارضة في إقليم كردستان العراق منذ 28 أيلول الماضي، ما أدى إلى مقتل 16 شخصاً على الأقل."),
     dates=[("2022-11-10", "2022-11-10", "g"), ("أمس الأربعاء", "2022-11-09", "r"), ("اليوم الخميس", "2022-11-10", "r"),
            ("28 أيلول الماضي", "2022-09-28", "g")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-10")]),
dict(id="A24", pub="2022-12-14", text=(
     "اليوم - الأربعاء 20 جمادى الأولى 1444 هـ - 14 ديسمبر 2022\n"
     "الدمام - «اليوم»: التقى وزير الطرق الإيراني رستم قاسمي، رئيس الجانب الإيراني في اللجنة الاقتصادية المشتركة، وزير الطاقة الروسي نيكولاي شولغينوف في موسكو البارحة، واتفق الجانبان على عقد الدورة السابعة عشرة للجنة في طهران أواخر يناير المقبل، وسط اتهامات غربية لطهران بتزويد موسكو بطائرات مسيرة من طراز «شاهد-136» استخدمت في قصف البنية التحتية الأوكرانية."),
     dates=[("الأربعاء 20 جمادى الأولى 1444 هـ", "2022-12-14", "h"), ("14 ديسمبر 2022", "2022-12-14", "g"),
            ("البارحة", "2022-12-13", "r"), ("أواخر يناير المقبل", "2023-01-21/2023-01-31", "g")],
     contacts=[C(SHUL, GHAS, "meet", "2022-12-13"), C(SHUL, GHAS, "meet", "2023-01-21/2023-01-31", True)]),
dict(id="A25", pub="2023-03-07", text=(
     "وكالة أنباء التقريب (تنا) | 1401/12/16\n"
     "طهران - تنا: بحث وزير الاقتصاد الإيراني إحسان خاندوزي مع وزير المالية الروسي أنطون سيلوانوف في طهران أمس الاثنين ربط نظامي «مير» و«شتاب» للبطاقات المصرفية واعتماد العملات الوطنية في التبادل التجاري، على أن يتوجه خاندوزي إلى روسيا للمشاركة في منتدى قازان الاقتصادي الدولي «روسيا - العالم الإسلامي» الذي يعقد من 18 إلى 19 أيار المقبل. "
     "وتسعى طهران إلى إنجاز الاتفاقات المالية قبل عطلة عيد النوروز."),
     dates=[("1401/12/16", "2023-03-07", "j"), ("أمس الاثنين", "2023-03-06", "r"),
            ("من 18 إلى 19 أيار المقبل", "2023-05-18/2023-05-19", "g"), ("عيد النوروز", "2023-03-21", "j")],
     contacts=[C(SIL, KHAN, "meet", "2023-03-06"), C(RU, KHAN, "meet", "2023-05-18/2023-05-19", True)]),
dict(id="A26", pub="2023-06-14", text=(
     "النهار - الأربعاء 14 جوان 2023\n"
     "حل رئيس الجمهورية عبد المجيد تبون، أمس الثلاثاء، بموسكو في زيارة دولة إلى روسيا الاتحادية تدوم من 13 إلى 15 جوان الجاري، وسوف يجري محادثات مع الرئيس فلاديمير بوتين يوم الخميس قبل أن يشارك يوم 16 جوان في الطبعة الـ26 لمنتدى سان بطرسبورغ الاقتصادي الدولي كضيف شرف. "
     "وتعد هذه أول زيارة لرئيس جزائري إلى روسيا منذ فيفري 2008."),
     dates=[("الأربعاء 14 جوان 2023", "2023-06-14", "g"), ("أمس الثلاثاء", "2023-06-13", "r"),
            ("من 13 إلى 15 جوان الجاري", "2023-06-13/2023-06-15", "g"), ("يوم الخميس", "2023-06-15", "r"),
            ("16 جوان", "2023-06-16", "g"), ("فيفري 2008", "2008-02", "g")],
     contacts=[]),
dict(id="A27", pub="2023-07-04", text=(
     "سكاي نيوز عربية - أبوظبي | الثلاثاء 4 يوليو 2023 - 14:05 بتوقيت أبوظبي\n"
     "أصبحت إيران، اليوم الثلاثاء، العضو التاسع الكامل في منظمة شنغهاي للتعاون خلال القمة الثالثة والعشرين للمنظمة التي استضافتها الهند عبر تقنية الفيديو بمشاركة الرئيسين فلاديمير بوتين وإبراهيم رئيسي، بعد أن حصلت على صفة المراقب منذ عام 2005. "
     "وكان رئيسي قد بحث مع بوتين في اتصال هاتفي أول أمس الأحد تداعيات التمرد المسلح لمجموعة «فاغنر» أواخر الشهر الماضي، مؤكداً دعم طهران لـ«سيادة روسيا ووحدة أراضيها»."),
     dates=[("الثلاثاء 4 يوليو 2023", "2023-07-04", "g"), ("اليوم الثلاثاء", "2023-07-04", "r"), ("عام 2005", "2005", "g"),
            ("أول أمس الأحد", "2023-07-02", "r"), ("أواخر الشهر الماضي", "2023-06-21/2023-06-30", "r")],
     contacts=[C(PUT, RAI, "meet", "2023-07-04", True), C(PUT, RAI, "phone_call", "2023-07-02")]),
# A28: whole article, 11 lines
dict(id="A28", pub="2023-12-08", text=(
     "رئيسي في الكرملين: محادثات «مثمرة» مع بوتين استمرت خمس ساعات\n"
     "الدوحة - الوطن | الجمعة 24 جمادى الأولى 1445 هـ - 8 ديسمبر 2023\n"
     "موسكو - وكالات: أجرى الرئيس الإيراني إبراهيم رئيسي أمس في الكرملين محادثات مع نظيره الروسي فلاديمير بوتين استمرت نحو خمس ساعات، تناولت الحرب في غزة والتعاون الاقتصادي ومشروع ممر «شمال - جنوب».\n"
     "وقال بوتين في مستهل اللقاء إن العلاقات بين البلدين «تتطور بشكل جيد جدا»، مشيرا إلى أن حجم التبادل التجاري ارتفع بنسبة 20 في المئة خلال الأشهر العشرة الأولى من العام الجاري.\n"
     "وجاءت زيارة رئيسي بعد جولة خاطفة قام بها بوتين يوم الأربعاء إلى الإمارات والسعودية، التقى خلالها الرئيس الإماراتي الشيخ محمد بن زايد وولي العهد السعودي الأمير محمد بن سلمان.\n"
     "وأعلن وزير الخارجية الإيراني حسين أمير عبد اللهيان، الذي رافق رئيسي، أن نص معاهدة التعاون الشامل الجديدة بين البلدين بات جاهزا وسيوقع «قريبا».\n"
     "وكانت آخر زيارة لرئيسي إلى موسكو في 19 كانون الثاني/يناير 2022، فيما زار بوتين طهران في 19 يوليو 2022 وشارك في قمة ثلاثية مع نظيريه الإيراني والتركي.\n"
     "كما التقى الرئيسان على هامش قمة منظمة شنغهاي للتعاون في سمرقند منتصف سبتمبر من العام نفسه.\n"
     "اقرأ أيضا: بوتين في أبوظبي والرياض.. جولة الساعات الست (07/12/2023)\n"
     "اقرأ أيضا: طهران تعلن مناورات بحرية ثلاثية مع روسيا والصين مطلع العام المقبل\n"
     "جميع الحقوق محفوظة © 2023 الوطن"),
     dates=[("الجمعة 24 جمادى الأولى 1445 هـ", "2023-12-08", "h"), ("8 ديسمبر 2023", "2023-12-08", "g"), ("أمس", "2023-12-07", "r"),
            ("الأشهر العشرة الأولى من العام الجاري", "2023-01-01/2023-10-31", "r"), ("يوم الأربعاء", "2023-12-06", "r"),
            ("قريبا", None, "ignore"), ("19 كانون الثاني/يناير 2022", "2022-01-19", "g"), ("19 يوليو 2022", "2022-07-19", "g"),
            ("منتصف سبتمبر من العام نفسه", "2022-09-11/2022-09-20", "g"), ("07/12/2023", "2023-12-07", "g"),
            ("مطلع العام المقبل", None, "ignore"), ("© 2023", None, "ignore")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C([PUT, RU], [RAI, IR], "agreement", None, True),
               C(PUT, RAI, "meet", "2022-01-19"), C(PUT, [RAI, KHA, IR], "meet", "2022-07-19"),
               C(PUT, RAI, "meet", "2022-09-11/2022-09-20")]),
dict(id="A29", pub="2024-03-04", text=(
     "أبوظبي (الاتحاد) - الاثنين 4 مارس 2024\n"
     "أعلنت ثماني دول في تحالف «أوبك+» بقيادة السعودية وروسيا، أمس الأحد، تمديد تخفيضاتها الطوعية للإنتاج البالغة 2.2 مليون برميل يومياً خلال الربع الثاني من العام الجاري، على أن تخفض روسيا إنتاجها وصادراتها بمقدار 471 ألف برميل يومياً، فيما تبقى إيران وليبيا وفنزويلا معفاة من حصص الإنتاج. "
     "وارتفع خام برنت في مستهل تعاملات اليوم بنسبة 0.4% إلى 83.89 دولار للبرميل، بعد أن سجل مكاسب أسبوعية بلغت 2.4% الأسبوع الماضي."),
     dates=[("الاثنين 4 مارس 2024", "2024-03-04", "g"), ("أمس الأحد", "2024-03-03", "r"),
            ("الربع الثاني من العام الجاري", "2024-04-01/2024-06-30", "r"), ("اليوم", "2024-03-04", "r"),
            ("الأسبوع الماضي", "2024-02-26/2024-03-03", "r")],
     contacts=[]),
dict(id="A30", pub="2024-03-26", text=(
     "أنباء موسكو | 26 مارس 2024، 14:10\n"
     "سوتشي - أنباء موسكو: وقع المدير العام لمؤسسة «روس آتوم» أليكسي ليخاتشوف ورئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي، أمس الاثنين، على هامش منتدى «أتوم إكسبو 2024» في سوتشي، خارطة طريق للتعاون في بناء محطات نووية صغيرة وإنتاج النظائر المشعة، بعد محادثات ثنائية بين الجانبين. "
     "وكان إسلامي قد وصل إلى سوتشي في الرابع والعشرين من الشهر الجاري، فيما يعتزم ليخاتشوف زيارة طهران في أيار المقبل لتفقد سير العمل في الوحدتين الثانية والثالثة من محطة بوشهر."),
     dates=[("26 مارس 2024", "2024-03-26", "g"), ("أمس الاثنين", "2024-03-25", "r"), ("أتوم إكسبو 2024", None, "ignore"),
            ("الرابع والعشرين من الشهر الجاري", "2024-03-24", "g"), ("أيار المقبل", "2024-05", "g")],
     contacts=[C(LIK, ESL, "meet", "2024-03-25"), C(LIK, ESL, "agreement", "2024-03-25"), C(LIK, ESL, "meet", "2024-05")]),
dict(id="A31", pub="2024-09-12", text=(
     "الخميس ٢٢ شهريور ١٤٠٣ - ٢٠٢٤/٠٩/١٢\n"
     "طهران - إرنا: التقى أمين المجلس الأعلى للأمن القومي علي أكبر أحمديان أمين مجلس الأمن الروسي سيرغي شويغو أمس الأربعاء في سان بطرسبورغ على هامش الاجتماع الرابع عشر لكبار المسؤولين الأمنيين في مجموعة بريكس، وذلك بعد زيارة شويغو لطهران في الخامس من آب/أغسطس الماضي ولقائه الرئيس مسعود بزشكيان. "
     "وأكد أحمديان أن نص معاهدة الشراكة الشاملة، الذي استغرق إعداده 28 شهرا، بات جاهزا، مرجحا أن يلتقي الرئيس بزشكيان نظيره الروسي فلاديمير بوتين على هامش قمة بريكس في قازان بين ٢٢ و٢٤ أكتوبر المقبل."),
     dates=[("الخميس ٢٢ شهريور ١٤٠٣", "2024-09-12", "j"), ("٢٠٢٤/٠٩/١٢", "2024-09-12", "g"), ("أمس الأربعاء", "2024-09-11", "r"),
            ("الخامس من آب/أغسطس الماضي", "2024-08-05", "g"), ("بين ٢٢ و٢٤ أكتوبر المقبل", "2024-10-22/2024-10-24", "g")],
     contacts=[C(SHOS, AHMD, "meet", "2024-09-11"), C(SHOS, PEZ, "meet", "2024-08-05"),
               C(PUT, PEZ, "meet", "2024-10-22/2024-10-24", True)]),
dict(id="A32", pub="2024-12-09", text=(
     "الشروق - الاثنين 9 ديسمبر 2024\n"
     "تونس - الشروق: أعلنت الخارجية التونسية، أمس الأحد، متابعتها «باهتمام بالغ» تطورات الأوضاع في سوريا بعد دخول فصائل المعارضة المسلحة دمشق فجر الأحد ومغادرة الرئيس بشار الأسد البلاد إلى موسكو، حيث أعلن الكرملين منحه وعائلته حق اللجوء «لاعتبارات إنسانية». "
     "وفي طهران، قال وزير الخارجية عباس عراقجي إن بلاده «لم تتلق طلبا بالمساعدة» من دمشق، فيما نقلت قناة «الغد» عن مصادر أن آخر رحلة لخطوط «ماهان» الإيرانية غادرت مطار دمشق ليلة السبت، بعد أكثر من 13 عاما من الدعم الإيراني للنظام منذ مارس 2011."),
     dates=[("الاثنين 9 ديسمبر 2024", "2024-12-09", "g"), ("أمس الأحد", "2024-12-08", "r"), ("فجر الأحد", "2024-12-08", "r"),
            ("ليلة السبت", "2024-12-07", "r"), ("مارس 2011", "2011-03", "g")],
     contacts=[]),
dict(id="A33", pub="2025-02-12", text=(
     "سودان تربيون - الأربعاء 12 فبراير 2025\n"
     "بورتسودان - أجرى وزير الخارجية السوداني علي يوسف الشريف مباحثات مع نظيره الروسي سيرغي لافروف في موسكو اليوم الأربعاء، أعلن في ختامها أن الخرطوم وموسكو توصلتا إلى «تفاهم كامل» بشأن إقامة مركز للدعم اللوجستي للبحرية الروسية في بورتسودان وفق الاتفاق الموقع في ديسمبر 2020 لمدة 25 عاما. "
     "ويأتي ذلك بعد أن استأنف السودان علاقاته الدبلوماسية مع إيران في أكتوبر 2023، وسط تقارير عن حصول الجيش على مسيرات «مهاجر-6» إيرانية، فيما زار نائب وزير الخارجية الروسي ميخائيل بوغدانوف بورتسودان في يوليو الماضي."),
     dates=[("الأربعاء 12 فبراير 2025", "2025-02-12", "g"), ("اليوم الأربعاء", "2025-02-12", "r"), ("ديسمبر 2020", "2020-12", "g"),
            ("أكتوبر 2023", "2023-10", "g"), ("يوليو الماضي", "2024-07", "g")],
     contacts=[]),
dict(id="A34", pub="2025-04-18", text=(
     "العربي الجديد - 18 ابريل 2025\n"
     "موسكو - العربي الجديد: أجرى وزير الخارجية الإيراني عباس عراقجي اليوم الجمعة محادثات مع نظيره الروسي سيرغي لافروف في موسكو، غداة تسليمه الرئيس فلاديمير بوتين أمس الخميس رسالة خطية من المرشد الإيراني علي خامنئي تتعلق بالمفاوضات غير المباشرة مع واشنطن. "
     "ويتوجه عراقجي من موسكو إلى روما لحضور الجولة الثانية من هذه المفاوضات بوساطة عمانية غدا السبت، بعد جولة أولى عقدت في مسقط السبت الماضي."),
     dates=[("18 ابريل 2025", "2025-04-18", "g"), ("اليوم الجمعة", "2025-04-18", "r"), ("غداة", None, "ignore"),
            ("أمس الخميس", "2025-04-17", "r"), ("غدا السبت", "2025-04-19", "r"), ("السبت الماضي", "2025-04-12", "r")],
     contacts=[C(LAV, ARA, "meet", "2025-04-18"), C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17")]),
dict(id="A35", pub="2025-06-23", text=(
     "الاثنين ٢ تير ١٤٠٤ - ٢٣ يونيو ٢٠٢٥\n"
     "موسكو (العالم) - استقبل الرئيس الروسي فلاديمير بوتين اليوم الاثنين في الكرملين وزير الخارجية الإيراني عباس عراقجي الذي وصل إلى موسكو مساء أمس الأحد، بعد ساعات من الضربات الأميركية التي استهدفت فجر أمس الأحد منشآت فوردو ونطنز وأصفهان بقاذفات «بي-2» وقنابل «جي بي يو-57» الخارقة للتحصينات. "
     "وكان بوتين قد أجرى اتصالا هاتفيا مع الرئيس مسعود بزشكيان في الثالث عشر من يونيو الجاري، يوم بدء العدوان الإسرائيلي على إيران، على أن يعود عراقجي إلى طهران الثلاثاء."),
     dates=[("الاثنين ٢ تير ١٤٠٤", "2025-06-23", "j"), ("٢٣ يونيو ٢٠٢٥", "2025-06-23", "g"), ("اليوم الاثنين", "2025-06-23", "r"),
            ("مساء أمس الأحد", "2025-06-22", "r"), ("بعد ساعات من", None, "ignore"), ("فجر أمس الأحد", "2025-06-22", "r"),
            ("الثالث عشر من يونيو الجاري", "2025-06-13", "g"), ("الثلاثاء", "2025-06-24", "r")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23"), C(PUT, PEZ, "phone_call", "2025-06-13")]),
dict(id="A36", pub="2025-11-19", text=(
     "26 سبتمبر نت - الأربعاء 28 جمادى الأولى 1447هـ - 19 نوفمبر 2025م\n"
     "صنعاء - 26 سبتمبر: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني عباس عراقجي، في اتصال هاتفي مساء أمس الثلاثاء، تطورات الأوضاع في المنطقة بما فيها الملف اليمني وآلية «العودة السريعة» للعقوبات الأممية، على أن يزور عراقجي موسكو مطلع الشهر المقبل. "
     "وجدد لافروف، بحسب بيان للخارجية الروسية، موقف بلاده الرافض لـ«التفسيرات الأحادية» للقرار 2231، فيما تطالب صنعاء برفع الحصار المفروض بموجب القرار 2216."),
     dates=[("26 سبتمبر", None, "ignore"), ("الأربعاء 28 جمادى الأولى 1447هـ", "2025-11-19", "h"), ("19 نوفمبر 2025م", "2025-11-19", "g"),
            ("26 سبتمبر", None, "ignore"), ("مساء أمس الثلاثاء", "2025-11-18", "r"),
            ("مطلع الشهر المقبل", "2025-12-01/2025-12-10", "r")],
     contacts=[C(LAV, ARA, "phone_call", "2025-11-18"), C(RUH, ARA, "meet", "2025-12-01/2025-12-10")]),
# A37: whole article, 11 lines
dict(id="A37", pub="2026-02-24", text=(
     "لافروف في طهران: معاهدة الشراكة الشاملة دخلت مرحلة التنفيذ العملي\n"
     "تسنيم | الثلاثاء ٥ اسفند ١٤٠٤ - ١٤:٣٠\n"
     "طهران - تسنيم: أجرى وزير الخارجية الروسي سيرغي لافروف، الذي وصل إلى طهران فجر اليوم، محادثات مع نظيره الإيراني عباس عراقجي تناولت تنفيذ معاهدة الشراكة الاستراتيجية الشاملة وممر «شمال - جنوب» والتطورات في جنوب القوقاز.\n"
     "ومن المقرر أن يستقبل الرئيس مسعود بزشكيان الوزير الروسي غدا الأربعاء، قبل أن يتوجه لافروف إلى مسقط في إطار جولة خليجية.\n"
     "وقال عراقجي في مؤتمر صحفي مشترك إن الرئيس بزشكيان سيزور موسكو في التاسع من أيار المقبل للمشاركة في احتفالات عيد النصر، وسيعقد محادثات مع الرئيس فلاديمير بوتين.\n"
     "وأضاف أن الدورة العشرين للجنة الاقتصادية المشتركة ستعقد في طهران بين 20 و22 نيسان المقبل برئاسة وزير النفط محسن باك نجاد ووزير الطاقة الروسي سيرغي تسيفيليف.\n"
     "وكانت آخر زيارة للافروف إلى طهران في حزيران/يونيو 2022، حين التقى الرئيس الراحل إبراهيم رئيسي ووزير الخارجية الراحل حسين أمير عبد اللهيان.\n"
     "ووقع الرئيسان بوتين وبزشكيان المعاهدة في الكرملين في 17 كانون الثاني/يناير 2025، ودخلت حيز التنفيذ في الثاني من تشرين الأول/أكتوبر 2025 بعد مصادقة برلماني البلدين.\n"
     "الكلمات المفتاحية: روسيا، إيران، لافروف، عراقجي، بريكس، 3+3\n"
     "اقرأ أيضا: عراقجي ولافروف يبحثان هاتفيا التطورات الإقليمية (٢٦ بهمن ١٤٠٤)\n"
     "© 2026 وكالة تسنيم الدولية للأنباء"),
     dates=[("الثلاثاء ٥ اسفند ١٤٠٤", "2026-02-24", "j"), ("فجر اليوم", "2026-02-24", "r"), ("غدا الأربعاء", "2026-02-25", "r"),
            ("التاسع من أيار المقبل", "2026-05-09", "g"), ("عيد النصر", None, "ignore"),
            ("بين 20 و22 نيسان المقبل", "2026-04-20/2026-04-22", "g"), ("حزيران/يونيو 2022", "2022-06", "g"),
            ("17 كانون الثاني/يناير 2025", "2025-01-17", "g"), ("الثاني من تشرين الأول/أكتوبر 2025", "2025-10-02", "g"),
            ("٢٦ بهمن ١٤٠٤", "2026-02-15", "j"), ("© 2026", None, "ignore")],
     contacts=[C(LAV, ARA, "meet", "2026-02-24"), C(LAV, PEZ, "meet", "2026-02-25"), C(PUT, PEZ, "meet", "2026-05-09"),
               C(TSI, PAK, "meet", "2026-04-20/2026-04-22", True), C(LAV, RAI, "meet", "2022-06"), C(LAV, AMI, "meet", "2022-06"),
               C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(LAV, ARA, "phone_call", "2026-02-15", True)]),
dict(id="A38", pub="2026-03-30", text=(
     "الرباط - 30 مارس 2026 (ومع) - يواجه المنتخب الوطني المغربي لكرة القدم، غدا الثلاثاء على أرضية ملعب ابن بطوطة بطنجة، نظيره الإيراني في مباراة ودية تندرج في إطار الاستعدادات لنهائيات كأس العالم 2026 المقررة من 11 يونيو إلى 19 يوليوز المقبلين بالولايات المتحدة وكندا والمكسيك. "
     "وكان «أسود الأطلس» قد تغلبوا يوم الجمعة الماضي على منتخب الباراغواي بهدفين دون رد، فيما يواصل الاتحاد الدولي منذ فبراير 2022 إيقاف المنتخب الروسي عن المشاركة في المنافسات الدولية."),
     dates=[("30 مارس 2026", "2026-03-30", "g"), ("غدا الثلاثاء", "2026-03-31", "r"), ("كأس العالم 2026", None, "ignore"),
            ("من 11 يونيو إلى 19 يوليوز المقبلين", "2026-06-11/2026-07-19", "g"), ("يوم الجمعة الماضي", "2026-03-27", "r"),
            ("فبراير 2022", "2022-02", "g")],
     contacts=[]),
dict(id="A39", pub="2026-04-21", text=(
     "رمز الخبر: 1964210 | ١٤٠٥/٠٢/٠١ - ١٢:١٥\n"
     "طهران - وكالة مهر للأنباء: وقع وزير النفط الإيراني محسن باك نجاد ووزير الطاقة الروسي سيرغي تسيفيليف، أمس الاثنين في طهران، الوثيقة الختامية للدورة العشرين للجنة الاقتصادية المشتركة، والتي تضمنت 14 مذكرة تفاهم في مجالات الطاقة والنقل والمصارف، على أن يستقبل الرئيس مسعود بزشكيان الوزير الروسي بعد ظهر اليوم. "
     "وقال باك نجاد إن حجم التبادل التجاري بين البلدين بلغ 4.8 مليار دولار في العام الإيراني الماضي 1404 الذي انتهى في العشرين من آذار الماضي، بزيادة 16 بالمئة، مشيرا إلى أن الدورة الحادية والعشرين للجنة ستعقد في موسكو العام المقبل."),
     dates=[("١٤٠٥/٠٢/٠١", "2026-04-21", "j"), ("أمس الاثنين", "2026-04-20", "r"), ("بعد ظهر اليوم", "2026-04-21", "r"),
            ("العام الإيراني الماضي 1404", "2025-03-21/2026-03-20", "j"), ("العشرين من آذار الماضي", "2026-03-20", "g"),
            ("العام المقبل", "2027", "r")],
     contacts=[C(TSI, PAK, "agreement", "2026-04-20"), C(TSI, PAK, "meet", "2026-04-20", True), C(TSI, PEZ, "meet", "2026-04-21"),
               C(RU, IR, "meet", "2027", True)]),
dict(id="A40", pub="2026-05-27", text=(
     "السوداني - الأربعاء 10 ذو الحجة 1447هـ - 27 مايو 2026م\n"
     "الخرطوم - السوداني: يحتفل السودانيون اليوم بعيد الأضحى المبارك وسط ارتفاع في أسعار الأضاحي بلغ 40 بالمئة مقارنة بالعام الماضي، فيما وصلت إلى ميناء بورتسودان الأحد الماضي باخرة تحمل 25 ألف طن من القمح الروسي ضمن منحة أعلنتها موسكو في يوليو (تموز) 2023 خلال القمة الروسية الأفريقية الثانية. "
     "ودعت وزارة التجارة المواطنين للإبلاغ عن أي زيادات غير مبررة عبر الرقم المجاني 1222 من الثامنة صباحا حتى الرابعة عصرا."),
     dates=[("الأربعاء 10 ذو الحجة 1447هـ", "2026-05-27", "h"), ("27 مايو 2026م", "2026-05-27", "g"), ("اليوم", "2026-05-27", "r"),
            ("عيد الأضحى", None, "ignore"), ("العام الماضي", "2025", "r"), ("الأحد الماضي", "2026-05-24", "r"),
            ("يوليو (تموز) 2023", "2023-07", "g")],
     contacts=[]),
]
