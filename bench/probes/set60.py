# Held-out probe set 60: ARABIC news, hand-annotated: 6 WHOLE ARTICLES of 10–12 lines (A05, A12, A18, A23, A33, A40:
# headline, header date line, dateline + body, background lines recalling older dated contacts, tags / a related link / a
# copyright line) and 34 SNIPPETS of 1–3 sentences (the other ids; every snippet opens with a header line: outlet, date
# line, issue number / time); 40 cases, A01–A40, publication dates 2004–2026 (one a year 2004–2021 with two in 2007 and
# 2017, four a year 2022–2026; ids in date order).  26 cases are about Russia–Iran relations, all with at least one
# required contact row; 14 are other news that name Russia or Iran but hold no Russia–Iran contact (elections, religious
# calendar, Hajj and health, grain prices, heat and cold, football, Covid, pilgrimage, exams): A02, A04, A07, A09, A13,
# A15, A17, A19, A22, A24, A26, A30, A35, A37.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set
# file; what was read: /work/shared/gold/README.md, the openings of the five seed articles in /work/shared/seeds/, the first
# 140 lines of set16 (file format) and the leading comment headers of set57, set58 and set59 (conventions; the later header
# wins), plus a bare listing of the file names in bench/probes/ and /work/shared/.  The tool was not run, the timeline
# package was not imported and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes, issue numbers and several dates, meetings, calls and plans are invented; every official holds
# the office named on the date given; 2026 events are invented) in the style of 25 outlets not named in the set57–59
# headers (Levantine, Gulf, Iraqi, Egyptian, Maghreb, Russian and Iranian Arabic services):
#   KUNA (A01, numeric D-M-Y header «الجمعة 17-12-2004 | 14:32», «أمس الخميس», «29 نوفمبر الماضي», «اليوم», «فبراير
#   المقبل», a postponed visit «الشهر الجاري»), Al-Khaleej (A02, «الأحد 12 جمادى الأولى 1426 هـ - 19 يونيو 2005 م | العدد
#   9412», «أمس», «يوم الجمعة المقبل», «جولة الجمعة 17 يونيو», «48 عاماً», «21 في المئة», «19.5»; A13, «أول أمس الجمعة»,
#   «74 درجة مئوية», «حتى الخميس المقبل», «90%», «غداً», «مساء أمس», «منذ عام 1984»), Al-Safir (A03, «الخميس 23 شباط 2006»,
#   «أمس الأربعاء», the pair «يومي 27 و28 شباط الجاري», ordinal «الأول من شباط», «عشية», «بعد غد السبت»), Al-Raya (A04,
#   «الأربعاء 30 شعبان 1428 هـ - 12 سبتمبر 2007 م», «غداً الخميس هو غرة شهر رمضان 1428 هـ», a future «يوم الجمعة», «عيد
#   الفطر يوم الجمعة 12 أكتوبر», «14 ساعة»; A24, «الاثنين 4 جمادى الأولى 1444 هـ», «غداً الثلاثاء», «كأس العالم FIFA قطر
#   2022», the scores «2-0» and «6-2», «يوم الجمعة الماضي», «21 نوفمبر», «دور الـ16», «الساعة العاشرة مساءً»), Al-Quds
#   Al-Arabi (A05, whole article: «الأربعاء 5 شوال 1428 هـ - 17 تشرين الأول (أكتوبر) 2007 | السنة التاسعة عشرة - العدد
#   5714», «أمس الثلاثاء», «عام 2000», «25 بنداً», «في موعد يحدد لاحقاً», «قبل نهاية العام الجاري», «15 حزيران (يونيو) 2006»,
#   «28 أيلول (سبتمبر) الماضي», «يوم الأحد الماضي», «الأسبوع المقبل», «© 2007»; A32, «الخميس 26 كانون الأول (ديسمبر) 2024»,
#   «أمس الأربعاء», «كانون الثاني (يناير) المقبل», «أول أمس الثلاثاء», «قبل نهاية العام»), Tishreen (A06, the outlet name
#   «تشرين» (a month word), «الأربعاء 9 نيسان 2008», «أمس», «القرار 1803», «3 آذار الماضي», «أواخر أيار المقبل», «إس-300»,
#   «قريباً»; A14, «السبت 29 تشرين الأول 2016», «أمس الجمعة», a past «مساء الخميس», «17 تشرين الأول الجاري», «اليوم»,
#   «بغداد» (غدا)), Al-Masry Al-Youm (A07, Egyptian ى, the outlet name holding «اليوم», «الثلاثاء 24-11-2009», the year-like
#   issue number «العدد 1988», «H1N1», «الوقوف بعرفة بعد غد الخميس 9 ذى الحجة 1430 هـ», «هذا العام», «منذ الجمعة الماضى»,
#   «عيد الأضحى … من الخميس حتى الأحد المقبل»; A19, «الأحد 8 مارس 2020 - 13 رجب 1441 هـ», «كوفيد-19», «145 حالة», «فى 19
#   فبراير», «منذ الشهر الماضى», «لمدة أسبوعين», «الأحد المقبل», «29 مارس»), Al-Akhbar (A08, «الأحد 22 آب 2010», «أمس
#   السبت», «قبل نهاية العام», «القرار 1929», «9 حزيران الماضي», «35 عاماً», «عام 1975»; A27, «الثلاثاء 24 تشرين الأول
#   2023», «أمس», «3+3», «الاجتماع الثاني», «في اليوم نفسه», «العام المقبل», a denied visit «الشهر المقبل»), Youm7 (A09, the
#   outlet name «اليوم السابع», «الثلاثاء، 21 يونيو 2011 - 03:15 م», «الأول من يوليو المقبل», «منذ 15 أغسطس 2010», the price
#   pair «بين 265 و270 دولاراً», «60 ألف طن», «فبراير الماضى»; A22, «الجمعة، 01 أبريل 2022 - 08:10 م», «مساء اليوم», «غداً
#   السبت هو أول أيام شهر رمضان المعظم», «بعد غد الأحد», «الليلة», «عيد الفطر يوم الاثنين 2 مايو»), Al-Sabah (A10, the
#   outlet name «الصباح», «الخميس 3 رجب 1433 هـ - 24 أيار 2012», «اليوم», «أمس», «مساء أمس», «صباح اليوم», «5+1», «بغداد»,
#   «حزيران المقبل»; A25, «الخميس 8 رمضان 1444 هـ - 30 آذار 2023», «أمس الأربعاء», «10 آذار الجاري», «في اليوم نفسه»,
#   «الاثنين المقبل»; A39, «الخميس 25 ذي الحجة 1447 هـ - 11 حزيران 2026», «أمس الأربعاء», the year range «للفترة من 2026
#   إلى 2028», «الثلاثاء الماضي», the double form «14 أيار/مايو الماضي», «في اليوم نفسه»), Al-Ghad (A11, the outlet name
#   «الغد», «السبت 14 أيلول 2013», «أمس الجمعة», «3 آب الماضي», «70 دقيقة», «أواخر الشهر الجاري»; A31, numeric Y/M/D
#   «الخميس 2024/10/24 | 11:05», the year-less Petra dateline «قازان 24 تشرين الأول (بترا)», «أمس الأربعاء», «11 تشرين
#   الأول الجاري», «أقل من أسبوعين», «اليوم الخميس»), RT Arabic (A12, whole article: the outlet name «روسيا اليوم», dotted
#   D.M.Y «29.09.2014 | 16:45 GMT», «اليوم الاثنين 29 سبتمبر/أيلول», «القمة الرابعة», «35%», «النصف الأول من العام
#   الجاري», «5+1», «قبل 24 تشرين الثاني/نوفمبر», «12 سبتمبر/أيلول», the city «دوشنبه», «13 سبتمبر/أيلول 2013», «منتصف
#   أكتوبر/تشرين الأول المقبل», «بوغدانوف» (غدا), «أمس الأحد», «الأسبوع الماضي», a related link «(الأربعاء 17 سبتمبر 2014)»,
#   «© 2014»), Shafaq News (A15, numeric Y/M/D «2017/05/20 | 10:40», «اليوم السبت», «23.5 مليون صوت», «57 في المئة», «أمس
#   الجمعة», «56 عاماً», «منتصف الليل», «5 آب المقبل»; A34, numeric D/M/Y «الثلاثاء 24/06/2025 | 10:12», «أمس الاثنين»,
#   «فجر الأحد», «فجر اليوم», «يوم الخميس المقبل»), Kayhan Al-Arabi (A16, Eastern-Arabic three-calendar header «الخميس ١١
#   آبان ١٣٩٦ - ١٣ صفر ١٤٣٩ - ٢ تشرين الثاني ٢٠١٧ | العدد ٩٦٥٠» (آبان holds آب), «مساء أمس الأربعاء (10 آبان)», «سعد آباد»,
#   «الشهر المقبل»; A40, whole article: «الأسبوع المقبل» in the headline, «الاثنين ٦ مهر ١٤٠٥ - ١٧ ربيع الآخر ١٤٤٨ - ٢٨ أيلول
#   ٢٠٢٦ | العدد ١٢٣٨٥», «أمس الأحد», «القمة السابعة», «من 6 إلى 8 تشرين الأول المقبل», «19 تموز/يوليو 2022», the agency
#   «مهر» beside the month «مهر», «5 تشرين الأول، عشية افتتاح القمة», «29 حزيران/يونيو 2022», «آنذاك», «2 شهريور (24
#   آب/أغسطس)», «يوم الثلاثاء 6 تشرين الأول», a related link «(الثلاثاء ٢٢ أيلول ٢٠٢٦)», «© ٢٠٢٦»), Okaz (A17, Eastern
#   digits «السبت ٢ شوال ١٤٣٩هـ - ١٦ يونيو ٢٠١٨م», the byline «خالد الخميسي», «يوم الأربعاء المقبل», the scores «٠-٥» and
#   «١-٠», «كأس العالم ٢٠١٨», «أول أمس الخميس», «أمس الجمعة», «الدقيقة ٩٥», «٣ نقاط», «دور الـ١٦»; A29, «الأربعاء 24 رمضان
#   1445هـ - 3 أبريل 2024م», «أمس الثلاثاء», «مساء الاثنين», «الليلة الماضية», «المادة 51»), Tasnim Arabic (A18, whole
#   article: «الثلاثاء 10 دي 1398 - 31 كانون الأول 2019 | 11:20», «أمس الاثنين», «6 كانون الأول الجاري», «يوم الجمعة
#   الماضي», «أربعة أيام», «الذكرى الـ75», «9 أيار 2020», «8 أيار 2019», «في اليوم ذاته», «14 حزيران الماضي», a related link
#   «(16 أيلول 2019)», «© 2019»; A28, Eastern-Arabic «السبت ١٨ آذر ١٤٠٢ - ٩ كانون الأول ٢٠٢٣ | ٠٩:٣٠» (Solar آذر beside
#   Levantine آذار elsewhere), «أول أمس الخميس (16 آذر)», «خمس ساعات», «قريباً», «28 تير 1401 (19 تموز 2022)»), Fars Arabic
#   (A20, «الثلاثاء 26 مرداد 1400 - 8 محرم 1443 - 17 آب 2021» (Iranian sighting, one day off Umm al-Qura), «مساء أمس
#   الاثنين (25 مرداد)», «مراسم تنفيذ … في 12 مرداد», «29 خرداد», «غداً الأربعاء بمناسبة ذكرى تاسوعاء»; A38, «الاثنين 3 فروردين 1405 - 23 آذار 2026», «مساء أمس الأحد (2
#   فروردين)», year-less «عيد النوروز», «من 12 إلى 14 أرديبهشت المقبل», «شهريور المقبل», «20 إسفند الماضي», «6 مليارات
#   دولار», «عام 1405 هـ.ش»), Al-Kawthar (A21, «الخميس 17 جمادى الآخرة 1443 - 30 دي 1400 - 20 كانون الثاني 2022», «أمس
#   الأربعاء», «ثلاث ساعات», «لمدة 20 عاماً», «اليوم الخميس», «الأسبوع المقبل», «منتصف بهمن المقبل»), Sputnik Arabic (A23,
#   whole article: «الأربعاء المقبل» in the headline, «الخميس، 23 يونيو/حزيران 2022، 14:05», «اليوم الخميس», «مساء أمس»,
#   «24 فبراير/شباط», «29 يونيو/حزيران الجاري», «القمة السادسة», «معاهدة عام 2001», «النصف الثاني من أيلول/سبتمبر المقبل»,
#   «الأسبوع المقبل», «19 كانون الثاني/يناير الماضي», «15 آذار/مارس», «بعد أربعة أيام من», a related link «(الأربعاء 8 يونيو
#   2022)», «© 2022»), Baghdad Today (A26, the outlet name «بغداد اليوم» (غدا, اليوم), «الاثنين 4 أيلول 2023», «زيارة
#   الأربعين», «3 ملايين زائر», «منذ الأول من صفر», «أمس», «47 درجة مئوية», «يوم الأربعين غداً الثلاثاء 20 صفر 1445 هـ», the
#   weekday pair «يومي الثلاثاء والأربعاء», «ذكرى المولد النبوي في 12 ربيع الأول»), Ennahar (A30, Algerian months, the
#   outlet name «النهار», «الأحد 30 جوان 2024», «أمس السبت», «يوم الجمعة 5 جويلية», «69 عاما», «42.4 بالمائة», «يوم الجمعة
#   28 جوان», «ثورة 1979», «تحطم مروحية في 19 ماي»), Al-Araby Al-Jadeed (A33, whole article: «لمدة 20 عاماً» in the headline,
#   weekday-less «18 يناير 2025 | آخر تحديث: 09:40», «أمس الجمعة», «47 مادة», «العام الماضي», «12 آذار/مارس 2001», «ملياري
#   متر مكعب», «العام الجاري», the pair «يومي 10 و11 شباط/فبراير المقبل», «11 تشرين الأول/أكتوبر», «23 من الشهر نفسه», «6
#   كانون الأول/ديسمبر», «إس-400», «طرف ثالث», a related link «(الاثنين 13 يناير 2025)», «© 2025»), TAP (A35, Tunisian months,
#   the agency name «وات», «الخميس 10 جويلية 2025 - 14:20», «دورة جوان 2025», «بعد غد السبت», «إلى غاية 24 جويلية
#   الجاري», «52.6 بالمائة», «لـ 80 منحة», «من 1 إلى 15 أوت المقبل», the phone number «80100033»), Al-Manar (A36, «الأربعاء
#   14 جمادى الأولى 1447 هـ - 5 تشرين الثاني 2025», «أول أمس الاثنين», «القرار 2231», «18 تشرين الأول الماضي», a
#   postponed-away «الأسبوع المقبل», «منتصف كانون الأول المقبل», «يوم الجمعة المقبل») and Al-Massae (A37, Moroccan, the
#   outlet name «المساء», «الثلاثاء 17 فبراير 2026 | العدد 6023», «هلال شهر رمضان», «مساء يومه الثلاثاء 29 شعبان 1447 هـ»,
#   «1500 متر», the range «من غد الأربعاء وإلى غاية يوم الجمعة», «بين ناقص 4 و2 درجات», «بعد غد الخميس»).
# Contacts (26 cases): foreign ministers (Lavrov / Kharrazi call 2004 A01; Lavrov / Mottaki planned next week A05 and Moscow
# talks 2008 with a "soon" visit (optional) A06; Lavrov / Zarif planned in New York A11, planned Tehran visit and a
# related-link call (optional) A12, the Moscow trilateral with Muallem plus a bilateral and the Aleppo call A14, Moscow talks
# + statement and the May 2019 visit A18; Lavrov / Amir-Abdollahian next week A21, Tehran 2022 with Lavrov / Raisi and
# Putin's letter A23, Moscow 2023 with Volodin A25, the Tehran 3+3 with Lavrov / Raisi A27, the consulate-strike call A29;
# Lavrov / Araghchi related-link call (optional) A33, the call and a visit postponed to mid-December A36, Araghchi's Esfand
# visit A38, the 2026–2028 consultation plan + talks, the May call and the arrival day (optional) A39, the pre-summit meeting
# and a related-link meeting (optional) A40), presidents and the Leader (Putin / Khamenei and Putin / Ahmadinejad Tehran
# 2007 with the Caspian declaration (optional), an undated Moscow visit (optional), Shanghai 2006 and a September call A05;
# Putin / Rouhani Bishkek 2013 with an accepted undated invitation (optional) A11, Astrakhan, Dushanbe and Bishkek with the
# Caspian statement (optional) A12, Tehran 2017 with Putin / Khamenei and six documents A16, Bishkek 2019, the Victory-Day
# invitation (optional) and a related-link Ankara meeting (optional) A18; Putin / Raisi call and congratulation message 2021
# with an undated invitation (optional) A20, Kremlin talks 2022 A21, the planned Ashgabat meeting, Kremlin January 2022 and
# a related-link call (optional) A23, Kremlin 2023 with the treaty "soon" (optional), an accepted invitation (optional) and
# Tehran 2022 recalled A28, Ashgabat 2022 recalled A40; Putin / Pezeshkian Kazan and Ashgabat 2024 with BRICS Plus (optional)
# A31, the January 2025 visit planned with the treaty A32, the treaty signing + talks, a Tehran invitation for the year
# (optional), Ashgabat, Kazan and a December call A33, the Nowruz call and a Shahrivar visit A38, the Tehran summit
# bilateral with a nuclear agreement, an August call and Putin's 2022 visit (optional) A40; Putin / Araghchi with
# Khamenei's letter A34; the replaced 2001 treaty (optional) A23, A33), security councils (Ivanov / Larijani meeting and
# call 2006 A03), deputies (Kislyak's Tehran visit A03; Ryabkov / Jalili at the Baghdad 5+1 round, the round and its June
# successor optional A10; the Moscow quadrilateral of deputies (optional) A25; Overchuk / Aref talks + documents A32 and
# the May 2026 commission A38), atomic energy (Rumyantsev's planned February visit + protocol A01; Kiriyenko / Salehi fuel
# protocol, the meeting optional A08), energy (Novak's planned visit A16, Novak / Owji next week A23, Tsivilev / Paknejad
# planned A33), parliament (Volodin / Raisi A21, Volodin / Amir-Abdollahian A25), joint commissions with no co-chairs named
# and multilateral rounds with no bilateral stated (optional: A03 technical delegations, A06, A10, A18 JCPOA commission, A21,
# A23, A25, A27 next 3+3).
# Traps: third-country contacts (Jalili–Ashton A10, Lavrov–Muallem A14, Saudi–Iran deal in Beijing A25, Lavrov–Bayramov A27,
# Amir-Abdollahian–Albusaidi A29, Aref and the Turkish trade minister A32, the Russia–North Korea treaty A33, Araghchi–Wang
# Yi A36, Lavrov and the Omani minister A39, Putin and the US president A40), denials (a Putin–Khamenei call A12, a Putin
# visit to Tehran A27, an Araghchi visit to Moscow A32, an S-400 deal A33, a request for military aid A34, a letter from the
# Leader A39, a Putin–US meeting A40), a visit postponed from «الأسبوع المقبل» (A36) and one postponed from «الشهر الجاري»
# (A01), naval drills (A18), a handed-over draft (A21), the Duma address (A21), a Russian foreign-ministry comment on the
# vote that is no contact (A02), a denied «إس-300» deal (A06); non-dates: counts,
# money, percentages, durations, ages, temperatures, weights («60 ألف طن»), heights («1500 متر»), scores, clock times,
# issue numbers (the year-like «العدد 1988» A07), the volume «السنة التاسعة عشرة» (A05), the phone number (A35),
# resolutions 1803, 1929, 2231, «المادة 51», «5+1», «3+3», «إس-300», «إس-400», «H1N1», «كوفيد-19», «الذكرى الـ75», «دور
# الـ16», ordinals of summits, meetings, rounds and groups, «منتصف الليل», the name «الخميسي» (A17), the agency «مهر» (A40),
# the city «دوشنبه» (A12), names holding month or day words («آبان», «سعد آباد», «عشق آباد» آب; «بغداد», «بوغدانوف» غدا) and the
# outlet names «تشرين», «المصرى اليوم», «اليوم السابع», «الصباح», «الغد», «روسيا اليوم», «بغداد اليوم», «النهار», «المساء».
# Totals: 286 date lines = 256 mentions (118 g, 22 h, 21 j, 95 r) + 30 ignore lines; 109 contact rows = 77 required + 32
# optional.
# Every Islamic (Umm al-Qura) and Solar Hijri conversion and every stated or derived weekday was checked with hijridate,
# jdatetime and datetime (/tmp/venv); a script checked that every span occurs in its text in listing order (the k-th listing
# of a span text is its k-th occurrence), without overlaps, starting and ending on word boundaries (a leading conjunction
# «و» left outside, as in set16's «يومي 14 و15 أبريل»), and that every listed span text occurs exactly as often as listed
# outside longer listed spans; the file loads with runpy (stand-in C) and CASES holds 40 cases with unique ids in date order.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once per case; contacts with a third country only, and denied or cancelled /
#   postponed-away contacts, give no row.
# Conventions: /work/shared/gold/README.md plus set16 and the headers of set57, set58 and set59 (and through them the earlier
#   sets), the later header winning, i.e. among others: أوائل / أواسط (منتصف) / أواخر = days 1–10 / 11–20 / 21–end;
#   «النصف الثاني من …» = day 16 to month end; Arabic «الأسبوع الماضي / المقبل» = the previous / next Monday–Sunday week;
#   Arabic relative years and months are Gregorian («الشهر المقبل» = "YYYY-MM", «العام الماضي» = "YYYY"); «أول أمس» = pub − 2,
#   «بعد غد» = pub + 2; a bare weekday points into the past or the future as the sentence does; «الثلاثاء الماضي» = the last
#   such weekday before pub; a Gregorian month glossed by its twin («سبتمبر/أيلول», «(أكتوبر)») is one mention; a range «من X
#   إلى Y» is one mention with «من» inside, a single «منذ X» / «حتى X» / «قبل X» / «إلى غاية X» keeps the preposition outside;
#   «يومي 27 و28 شباط» is two mentions (the bare first day, then day + month); a weekday or a relative word joined to a
#   written date belongs to it (calendar of the written date), a relative word + weekday alone is r; a header in two or three
#   calendars is one mention per calendar, the weekday going with the first; a trailing الماضي / المقبل / الجاري that fixes
#   the year is inside the span; «قبل نهاية العام …» deadlines, anaphoric («اليوم نفسه», «اليوم ذاته»), vague and
#   event-relative expressions are ignore lines; a holiday name in the clause of its own written or relative date is an
#   ignore line; a year inside an event or exam name is an ignore line; a year-less day-month takes the nearest year; «22
#   من الشهر نفسه» is resolved; «غرة» + month = day 1; «منذ» stays outside and «عام 2017» keeps «عام»; Arabic numeric
#   «2025/11/12» = Y/M/D, «8/12/2024» = D/M/Y; a Gregorian copyright year is a g year mention with «©» inside.  Contacts:
#   talks followed by a signed document → required meet + required agreement; an agreement signed in person by two named
#   officials → required agreement + optional meet; an envoy handing over a leader's message → meet row plus a message row
#   accepting the leader or the envoy; a planned contact dated by a day, a relative week / month or a month is required;
#   invitations and hopes ("soon", «في موعد يحدد لاحقاً») are optional; a named official's visit with no host named →
#   required meet with country-level names; a trilateral where both sides sit together is required (a bilateral on its
#   sidelines the same day is the same row); multilateral meetings with no bilateral stated, joint commissions with no
#   co-chairs named and summit declarations are optional; an older treaty named only as the one being replaced is an
#   optional agreement; related-link contacts are optional; a trip postponed to a new date is one required meet at the new
#   date and none at the old.
# Decided here where nothing above says (set60):
#   Dotted «29.09.2014» = D.M.Y (g) (A12).  «النصف الأول من العام الجاري» = 1 January – 30 June of the current year (r),
#   extending the halves of a month (A12).  «غداً الخميس هو غرة شهر رمضان 1428 هـ» is two mentions, r and h, same value
#   (A04).  «الليلة» = pub and «الليلة الماضية» = pub − 1 (r), as Persian «امشب» / «دیشب» (A22, A29).  «هـ», «هـ.ش» and «م»,
#   attached or separate, are inside the span.  «عام 1405 هـ.ش» = the Solar year interval (j) (A38); a Solar month with
#   «الماضي» / «المقبل» («20 إسفند الماضي», «منتصف بهمن المقبل», «شهريور المقبل») is j with the relative word inside (A21,
#   A38).  «يومي الثلاثاء والأربعاء» is two r mentions, «يومي الثلاثاء» (the dual «يومي» inside, as «يوم» goes with a
#   weekday) and «الأربعاء» (A26).  «من غد الأربعاء وإلى غاية يوم الجمعة» is one r range, as set16's «من مساء يومه الأربعاء
#   إلى غاية يوم الجمعة» (A37); «مساء يومه الثلاثاء 29 شعبان 1447 هـ» is one h mention (A37).  «الوقوف بعرفة», «يوم
#   الأربعين», «ذكرى تاسوعاء», «ذكرى المولد النبوي» and the predicate «أول أيام شهر رمضان المعظم» beside their own dates are
#   ignore lines (the holiday rule); «زيارة الأربعين» naming the pilgrimage and «هلال شهر رمضان» (the crescent) are ignore
#   lines (A07, A20, A22, A26, A37); a year-less «عيد النوروز» away from its own date = 1 Farvardin (j) (A38).  «دورة جوان
#   2025» (exam session) and «ثورة 1979» are ignore lines (a date inside an event name) (A30, A35).  «عشية» + event and «بعد
#   أربعة أيام من» are event-relative ignore lines; «آنذاك» is an anaphoric ignore line (A03, A23, A40).  A year-less Hijri
#   ordinal day «الأول من صفر» takes the nearest Islamic year (h) (A26).  An Iranian header Hijri date one day off Umm
#   al-Qura («8 محرم 1443» on 17 August 2021) carries the header's own day, inside the ±1 tolerance (A20).  A year-less agency dateline «قازان 24 تشرين الأول
#   (بترا)» is a g mention (A31).  «قريباً», «لاحقاً», «في موعد يحدد لاحقاً», «في موعد يتفق عليه لاحقاً» are vague ignore lines
#   (A05, A06, A11, A28); «منتصف الليل» (a clock time) gets no line (A15).  «للفترة من 2026 إلى 2028» gives the range «من
#   2026 إلى 2028» = 2026-01-01/2028-12-31 (g), as set59's «سال‌های ۲۰۲۶ تا ۲۰۲۸» (A39).
#   Contacts: heads of the two atomic agencies signing the fuel protocol at a loading ceremony → required agreement +
#   optional meet (A08).  The Baghdad 5+1 round → optional country-level meet beside the required sideline bilateral; the
#   next round "in June" → optional (A10).  An invitation "during the current year" → optional meet at the year (A33).  A
#   Russian minister to visit Tehran "next month" with no host → required meet with country-level Iranian names (A16).
#   Putin's recalled previous visit to Tehran with no meeting stated → optional (A40).  The arrival day of a visit whose
#   talks are dated the next day → optional meet (A39).  A planned quadrilateral of deputies with no names → optional; a
#   planned ministerial quad with no date → optional None (A25).  The technical delegations' talks on two days → optional
#   country-level meet over the interval (A03).  A president's phone call that conveys Nowruz greetings is one phone_call
#   row, no message row (A38).
PUT, LAV, KHA, KHT, AHM = "Vladimir Putin", "Sergei Lavrov", "Ali Khamenei", "Mohammad Khatami", "Mahmoud Ahmadinejad"
ROU, RAI, PEZ = "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
KHR, MOT, ZAR = "Kamal Kharrazi", "Manouchehr Mottaki", "Mohammad Javad Zarif"
AMI, ARA = "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
LARI = ["Ali Larijani", "Supreme National Security Council", IR]
KIS = ["Sergey Kislyak", "Russian Foreign Ministry", RU]
RUM = ["Alexander Rumyantsev", "Federal Atomic Energy Agency", "Rosatom", RU]
AEOI = ["Atomic Energy Organization of Iran", "AEOI", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SALE = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
RYA, JALI = ["Sergei Ryabkov", RU], ["Saeed Jalili", IR]
NOVK, OWJ = ["Alexander Novak", RU], ["Javad Owji", "Ministry of Petroleum", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
OVE, AREF = ["Alexei Overchuk", RU], ["Mohammad Reza Aref", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="A01", pub="2004-12-17", text=(
     "كونا | الجمعة 17-12-2004 | 14:32\n"
     "موسكو - بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني كمال خرازي في اتصال هاتفي أمس الخميس نتائج اجتماع مجلس محافظي الوكالة الدولية للطاقة الذرية الذي اختتم أعماله في فيينا في 29 نوفمبر الماضي، وفق ما أفادت به وزارة الخارجية الروسية اليوم. "
     "وأضاف البيان أن رئيس الوكالة الاتحادية الروسية للطاقة الذرية ألكسندر روميانتسيف سيزور طهران في فبراير المقبل لتوقيع بروتوكول إعادة الوقود النووي المستنفد من محطة بوشهر إلى روسيا، بعد تأجيل الزيارة التي كانت مقررة الشهر الجاري."),
     dates=[("الجمعة 17-12-2004", "2004-12-17", "g"), ("أمس الخميس", "2004-12-16", "r"), ("29 نوفمبر الماضي", "2004-11-29", "g"),
            ("اليوم", "2004-12-17", "r"), ("فبراير المقبل", "2005-02", "g"), ("الشهر الجاري", "2004-12", "r")],
     contacts=[C(LAV, KHR, "phone_call", "2004-12-16"), C(RUM, AEOI, "meet", "2005-02"), C(RUM, AEOI, "agreement", "2005-02")]),
dict(id="A02", pub="2005-06-19", text=(
     "الخليج | الأحد 12 جمادى الأولى 1426 هـ - 19 يونيو 2005 م | العدد 9412\n"
     "طهران - «الخليج»: أعلنت وزارة الداخلية الإيرانية أمس أن الجولة الثانية من الانتخابات الرئاسية ستجرى يوم الجمعة المقبل بين الرئيس الأسبق أكبر هاشمي رفسنجاني ورئيس بلدية طهران محمود أحمدي نجاد (48 عاماً)، بعد أن حصل الأول على 21 في المئة من الأصوات والثاني على 19.5 في المئة في جولة الجمعة 17 يونيو. "
     "وبلغت نسبة المشاركة 62.7 في المئة، فيما وصفت الخارجية الروسية الاقتراع بأنه «شأن داخلي إيراني» جرى «من دون حوادث تذكر»."),
     dates=[("الأحد 12 جمادى الأولى 1426 هـ", "2005-06-19", "h"), ("19 يونيو 2005 م", "2005-06-19", "g"), ("أمس", "2005-06-18", "r"),
            ("يوم الجمعة المقبل", "2005-06-24", "r"), ("الجمعة 17 يونيو", "2005-06-17", "g")],
     contacts=[]),
dict(id="A03", pub="2006-02-23", text=(
     "السفير | الخميس 23 شباط 2006 | العدد 10330\n"
     "موسكو - «السفير»: التقى أمين مجلس الأمن الروسي إيغور إيفانوف أمس الأربعاء في موسكو أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، وبحثا الاقتراح الروسي بإنشاء مشروع مشترك لتخصيب اليورانيوم على الأراضي الروسية، على أن تستأنف الوفود الفنية مفاوضاتها يومي 27 و28 شباط الجاري. "
     "وكان لاريجاني قد أجرى اتصالاً هاتفياً بإيفانوف في الأول من شباط، عشية اجتماع مجلس محافظي الوكالة الدولية للطاقة الذرية، فيما يصل نائب وزير الخارجية الروسي سيرغي كيسلياك إلى طهران بعد غد السبت."),
     dates=[("الخميس 23 شباط 2006", "2006-02-23", "g"), ("أمس الأربعاء", "2006-02-22", "r"), ("27", "2006-02-27", "g"),
            ("28 شباط الجاري", "2006-02-28", "g"), ("الأول من شباط", "2006-02-01", "g"), ("عشية", None, "ignore"),
            ("بعد غد السبت", "2006-02-25", "r")],
     contacts=[C(IVA, LARI, "meet", "2006-02-22"), C(RU, IR, "meet", "2006-02-27/2006-02-28", True),
               C(IVA, LARI, "phone_call", "2006-02-01"), C(KIS, IR, "meet", "2006-02-25")]),
dict(id="A04", pub="2007-09-12", text=(
     "الراية | الأربعاء 30 شعبان 1428 هـ - 12 سبتمبر 2007 م\n"
     "الدوحة - قنا: أعلنت لجنة تحري رؤية الهلال بوزارة الأوقاف والشؤون الإسلامية أن غداً الخميس هو غرة شهر رمضان 1428 هـ، فيما أعلن مكتب المرشد الأعلى في إيران أن الصيام يبدأ هناك يوم الجمعة. "
     "ويتوقع الفلكيون أن يكون عيد الفطر يوم الجمعة 12 أكتوبر، وأن تبلغ ساعات الصيام في الدوحة نحو 14 ساعة، وفي موسكو التي تضم جالية مسلمة كبيرة 13 ساعة ونصف الساعة."),
     dates=[("الأربعاء 30 شعبان 1428 هـ", "2007-09-12", "h"), ("12 سبتمبر 2007 م", "2007-09-12", "g"), ("غداً الخميس", "2007-09-13", "r"),
            ("غرة شهر رمضان 1428 هـ", "2007-09-13", "h"), ("يوم الجمعة", "2007-09-14", "r"), ("عيد الفطر", None, "ignore"),
            ("يوم الجمعة 12 أكتوبر", "2007-10-12", "g")],
     contacts=[]),
dict(id="A05", pub="2007-10-17", text=(
     "بوتين في طهران: محادثات مع خامنئي ونجاد وتحذير من استخدام أراضي دول قزوين ضد إيران\n"
     "القدس العربي | الأربعاء 5 شوال 1428 هـ - 17 تشرين الأول (أكتوبر) 2007 | السنة التاسعة عشرة - العدد 5714\n"
     "طهران - «القدس العربي» من مراسلها: أجرى الرئيس الروسي فلاديمير بوتين أمس الثلاثاء محادثات في طهران مع مرشد الجمهورية علي خامنئي ثم مع الرئيس محمود أحمدي نجاد، على هامش قمة الدول المطلة على بحر قزوين، في أول زيارة له إلى إيران منذ توليه الرئاسة عام 2000.\n"
     "وقال بوتين في المؤتمر الصحافي الختامي إن «أي استخدام للقوة في منطقة قزوين غير مقبول»، فيما وقع القادة الخمسة إعلاناً ختامياً من 25 بنداً يحظر استخدام أراضي أي دولة منها لشن هجوم على دولة أخرى.\n"
     "وأعلن نجاد أنه سيزور موسكو تلبية لدعوة من بوتين «في موعد يحدد لاحقاً»، بينما قال أمين المجلس الأعلى للأمن القومي علي لاريجاني إن روسيا وعدت بتسليم الوقود النووي لمحطة بوشهر قبل نهاية العام الجاري.\n"
     "وكان بوتين ونجاد قد التقيا آخر مرة في 15 حزيران (يونيو) 2006 على هامش قمة منظمة شنغهاي للتعاون، كما اتصل بوتين بنظيره الإيراني هاتفياً في 28 أيلول (سبتمبر) الماضي لتأكيد مشاركته في القمة.\n"
     "وكانت وسائل إعلام روسية قد تحدثت يوم الأحد الماضي عن «مخطط لاغتيال» بوتين خلال الزيارة، وهو ما نفته طهران ووصفته بأنه «حرب نفسية».\n"
     "ومن المقرر أن يعقد وزيرا خارجية البلدين سيرغي لافروف ومنوشهر متكي جولة محادثات في موسكو الأسبوع المقبل لمتابعة نتائج الزيارة.\n"
     "كلمات مفتاحية: روسيا، إيران، بحر قزوين، بوشهر\n"
     "© 2007 القدس العربي"),
     dates=[("الأربعاء 5 شوال 1428 هـ", "2007-10-17", "h"), ("17 تشرين الأول (أكتوبر) 2007", "2007-10-17", "g"),
            ("أمس الثلاثاء", "2007-10-16", "r"), ("عام 2000", "2000", "g"), ("في موعد يحدد لاحقاً", None, "ignore"),
            ("قبل نهاية العام الجاري", None, "ignore"),
            ("15 حزيران (يونيو) 2006", "2006-06-15", "g"), ("28 أيلول (سبتمبر) الماضي", "2007-09-28", "g"),
            ("يوم الأحد الماضي", "2007-10-14", "r"), ("الأسبوع المقبل", "2007-10-22/2007-10-28", "r"), ("© 2007", "2007", "g")],
     contacts=[C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHM, "meet", "2007-10-16"),
               C([PUT, RU], [AHM, IR], "agreement", "2007-10-16", True), C(PUT, AHM, "meet", None, True),
               C(PUT, AHM, "meet", "2006-06-15"), C(PUT, AHM, "phone_call", "2007-09-28"),
               C(LAV, MOT, "meet", "2007-10-22/2007-10-28")]),
dict(id="A06", pub="2008-04-09", text=(
     "تشرين | الأربعاء 9 نيسان 2008 | العدد 10119\n"
     "موسكو - مراسل «تشرين»: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني منوشهر متكي في موسكو أمس ملف محطة بوشهر النووية والقرار 1803 الذي أصدره مجلس الأمن في 3 آذار الماضي، واتفقا على عقد الاجتماع المقبل للجنة الاقتصادية المشتركة في طهران أواخر أيار المقبل. "
     "ونفى لافروف تقارير عن صفقة لتسليم منظومات «إس-300» إلى إيران، معلناً أنه سيزور طهران «قريباً» تلبية لدعوة متكي."),
     dates=[("الأربعاء 9 نيسان 2008", "2008-04-09", "g"), ("أمس", "2008-04-08", "r"), ("3 آذار الماضي", "2008-03-03", "g"),
            ("أواخر أيار المقبل", "2008-05-21/2008-05-31", "g"), ("قريباً", None, "ignore")],
     contacts=[C(LAV, MOT, "meet", "2008-04-08"), C(RU, IR, "meet", "2008-05-21/2008-05-31", True),
               C(LAV, [MOT, IR], "meet", None, True)]),
dict(id="A07", pub="2009-11-24", text=(
     "المصرى اليوم | الثلاثاء 24-11-2009 | العدد 1988\n"
     "أعلنت وزارة الصحة أن عدد الحجاج المصريين المصابين بأنفلونزا الخنازير H1N1 ارتفع إلى 14 حالة، قبل الوقوف بعرفة بعد غد الخميس 9 ذى الحجة 1430 هـ، فيما خفضت السلطات الإيرانية عدد حجاجها هذا العام إلى 75 ألفاً، وأعلنت روسيا أن حجاجها البالغ عددهم 20 ألفاً وصلوا إلى مكة منذ الجمعة الماضى. "
     "ومن المقرر أن تبدأ إجازة عيد الأضحى فى مصر من الخميس حتى الأحد المقبل."),
     dates=[("الثلاثاء 24-11-2009", "2009-11-24", "g"), ("الوقوف بعرفة", None, "ignore"),
            ("بعد غد الخميس 9 ذى الحجة 1430 هـ", "2009-11-26", "h"), ("هذا العام", "2009", "r"), ("الجمعة الماضى", "2009-11-20", "r"),
            ("عيد الأضحى", None, "ignore"), ("من الخميس حتى الأحد المقبل", "2009-11-26/2009-11-29", "r")],
     contacts=[]),
dict(id="A08", pub="2010-08-22", text=(
     "الأخبار | الأحد 22 آب 2010 | العدد 1195\n"
     "بوشهر - «الأخبار»: بدأ أمس السبت تحميل الوقود في مفاعل بوشهر النووي بحضور رئيس مؤسسة «روس آتوم» سيرغي كيريينكو ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي، اللذين وقعا بروتوكول تسلم الوقود وتعهدا بربط المحطة بالشبكة الكهربائية قبل نهاية العام. "
     "وجاء الحدث رغم العقوبات التي فرضها القرار 1929 الصادر في 9 حزيران الماضي، وبعد 35 عاماً على بدء شركة «سيمنز» الألمانية بناء المحطة عام 1975."),
     dates=[("الأحد 22 آب 2010", "2010-08-22", "g"), ("أمس السبت", "2010-08-21", "r"), ("قبل نهاية العام", None, "ignore"),
            ("9 حزيران الماضي", "2010-06-09", "g"), ("عام 1975", "1975", "g")],
     contacts=[C(KIR, SALE, "agreement", "2010-08-21"), C(KIR, SALE, "meet", "2010-08-21", True)]),
dict(id="A09", pub="2011-06-21", text=(
     "اليوم السابع | الثلاثاء، 21 يونيو 2011 - 03:15 م\n"
     "قالت الهيئة العامة للسلع التموينية إنها تدرس العودة إلى شراء القمح الروسى بعد قرار موسكو رفع الحظر على صادرات الحبوب اعتباراً من الأول من يوليو المقبل، وهو الحظر المفروض منذ 15 أغسطس 2010 بسبب موجة الجفاف. "
     "وتوقع تجار أن يتراوح سعر الطن بين 265 و270 دولاراً لشحنات تصل إلى 60 ألف طن، مقابل 320 دولاراً فى فبراير الماضى، بينما تنافس إيران على الشحنات نفسها."),
     dates=[("الثلاثاء، 21 يونيو 2011", "2011-06-21", "g"), ("الأول من يوليو المقبل", "2011-07-01", "g"),
            ("15 أغسطس 2010", "2010-08-15", "g"), ("فبراير الماضى", "2011-02", "g")],
     contacts=[]),
dict(id="A10", pub="2012-05-24", text=(
     "الصباح | الخميس 3 رجب 1433 هـ - 24 أيار 2012 | العدد 2512\n"
     "بغداد - «الصباح»: تختتم اليوم في بغداد جولة المحادثات بين إيران ومجموعة 5+1 التي انطلقت أمس، وعقد نائب وزير الخارجية الروسي سيرغي ريابكوف على هامشها مساء أمس لقاءً ثنائياً مع أمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي، فيما التقى جليلي منسقة السياسة الخارجية الأوروبية كاثرين آشتون صباح اليوم. "
     "وأكد ريابكوف أن موسكو مستعدة لاستضافة الجولة التالية من المحادثات في حزيران المقبل."),
     dates=[("الخميس 3 رجب 1433 هـ", "2012-05-24", "h"), ("24 أيار 2012", "2012-05-24", "g"), ("اليوم", "2012-05-24", "r"),
            ("أمس", "2012-05-23", "r"), ("مساء أمس", "2012-05-23", "r"), ("صباح اليوم", "2012-05-24", "r"),
            ("حزيران المقبل", "2012-06", "g")],
     contacts=[C(RYA, JALI, "meet", "2012-05-23"), C(RU, IR, "meet", "2012-05-23/2012-05-24", True),
               C(RU, IR, "meet", "2012-06", True)]),
dict(id="A11", pub="2013-09-14", text=(
     "الغد | السبت 14 أيلول 2013 | عمّان\n"
     "بيشكيك - التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني أمس الجمعة على هامش قمة منظمة شنغهاي للتعاون في العاصمة القرغيزية، في أول لقاء بينهما منذ تولي روحاني منصبه في 3 آب الماضي، واستمر اللقاء 70 دقيقة. "
     "ودعا روحاني بوتين إلى زيارة طهران فقبل الدعوة على أن يحدد موعدها لاحقاً، فيما يلتقي وزير الخارجية الإيراني محمد جواد ظريف نظيره الروسي سيرغي لافروف في نيويورك أواخر الشهر الجاري على هامش أعمال الجمعية العامة للأمم المتحدة."),
     dates=[("السبت 14 أيلول 2013", "2013-09-14", "g"), ("أمس الجمعة", "2013-09-13", "r"), ("3 آب الماضي", "2013-08-03", "g"),
            ("لاحقاً", None, "ignore"), ("أواخر الشهر الجاري", "2013-09-21/2013-09-30", "r")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "meet", None, True), C(LAV, ZAR, "meet", "2013-09-21/2013-09-30")]),
dict(id="A12", pub="2014-09-29", text=(
     "بوتين وروحاني يبحثان في أستراخان التعاون في بحر قزوين والملف النووي\n"
     "روسيا اليوم | تاريخ النشر: 29.09.2014 | 16:45 GMT\n"
     "أستراخان - التقى الرئيس الروسي فلاديمير بوتين اليوم الاثنين 29 سبتمبر/أيلول نظيره الإيراني حسن روحاني على هامش القمة الرابعة لرؤساء الدول المطلة على بحر قزوين التي تستضيفها مدينة أستراخان الروسية.\n"
     "وقال بوتين في مستهل اللقاء إن التبادل التجاري بين البلدين ارتفع بنسبة 35% في النصف الأول من العام الجاري، معرباً عن أمله في أن يتجاوز 5 مليارات دولار.\n"
     "وأكد روحاني أن التوصل إلى «اتفاق نهائي» مع مجموعة 5+1 ممكن قبل 24 تشرين الثاني/نوفمبر، موعد انتهاء مهلة اتفاق جنيف المؤقت.\n"
     "وكان الرئيسان قد التقيا في 12 سبتمبر/أيلول في دوشنبه على هامش قمة منظمة شنغهاي للتعاون، كما عقدا أول لقاء بينهما في بيشكيك في 13 سبتمبر/أيلول 2013.\n"
     "ومن المقرر أن يزور وزير الخارجية سيرغي لافروف طهران في منتصف أكتوبر/تشرين الأول المقبل، بحسب ما أعلنه نائبه ميخائيل بوغدانوف أمس الأحد.\n"
     "في المقابل، نفى الكرملين تقارير عن اتصال هاتفي بين بوتين والمرشد علي خامنئي الأسبوع الماضي، فيما وقع قادة الدول الخمس بياناً مشتركاً حول أمن بحر قزوين.\n"
     "اقرأ أيضاً: لافروف وظريف يبحثان هاتفياً المفاوضات النووية (الأربعاء 17 سبتمبر 2014)\n"
     "جميع الحقوق محفوظة © 2014 RT"),
     dates=[("29.09.2014", "2014-09-29", "g"), ("اليوم الاثنين 29 سبتمبر/أيلول", "2014-09-29", "g"),
            ("النصف الأول من العام الجاري", "2014-01-01/2014-06-30", "r"), ("24 تشرين الثاني/نوفمبر", "2014-11-24", "g"),
            ("12 سبتمبر/أيلول", "2014-09-12", "g"), ("13 سبتمبر/أيلول 2013", "2013-09-13", "g"),
            ("منتصف أكتوبر/تشرين الأول المقبل", "2014-10-11/2014-10-20", "g"), ("أمس الأحد", "2014-09-28", "r"),
            ("الأسبوع الماضي", "2014-09-22/2014-09-28", "r"), ("الأربعاء 17 سبتمبر 2014", "2014-09-17", "g"), ("© 2014", "2014", "g")],
     contacts=[C(PUT, ROU, "meet", "2014-09-29"), C(PUT, ROU, "meet", "2014-09-12"), C(PUT, ROU, "meet", "2013-09-13"),
               C(LAV, [ZAR, IR], "meet", "2014-10-11/2014-10-20"), C([PUT, RU], [ROU, IR], "agreement", "2014-09-29", True),
               C(LAV, ZAR, "phone_call", "2014-09-17", True)]),
dict(id="A13", pub="2015-08-02", text=(
     "الخليج | الأحد 17 شوال 1436 هـ - 2 أغسطس 2015 م | العدد 13216\n"
     "سجلت مدينة بندر ماهشهر الإيرانية المطلة على الخليج أول أمس الجمعة مؤشراً حرارياً بلغ 74 درجة مئوية، وهو من الأعلى في العالم، فيما تجاوزت الحرارة الفعلية 46 درجة. "
     "وتوقع المركز الوطني للأرصاد أن تستمر الموجة الحارة في الإمارات حتى الخميس المقبل مع رطوبة تصل إلى 90%، على أن تنخفض الحرارة قليلاً غداً، في حين سجلت موسكو مساء أمس 11 درجة فقط، في أدنى حرارة تسجلها المدينة في مثل هذا الوقت منذ عام 1984."),
     dates=[("الأحد 17 شوال 1436 هـ", "2015-08-02", "h"), ("2 أغسطس 2015 م", "2015-08-02", "g"), ("أول أمس الجمعة", "2015-07-31", "r"),
            ("الخميس المقبل", "2015-08-06", "r"), ("غداً", "2015-08-03", "r"), ("مساء أمس", "2015-08-01", "r"),
            ("عام 1984", "1984", "g")],
     contacts=[]),
dict(id="A14", pub="2016-10-29", text=(
     "تشرين | السبت 29 تشرين الأول 2016\n"
     "موسكو - «تشرين»: عقد وزراء خارجية روسيا سيرغي لافروف وإيران محمد جواد ظريف وسورية وليد المعلم اجتماعاً ثلاثياً في موسكو أمس الجمعة أعقبه لقاء ثنائي بين لافروف وظريف، وأكد الوزراء في بيان ختامي رفضهم «أي محاولات لتقسيم سورية». "
     "وكان لافروف قد التقى المعلم منفرداً مساء الخميس، فيما بحث ظريف ولافروف هاتفياً الوضع في حلب في 17 تشرين الأول الجاري، ويتوجه ظريف اليوم إلى بغداد."),
     dates=[("السبت 29 تشرين الأول 2016", "2016-10-29", "g"), ("أمس الجمعة", "2016-10-28", "r"), ("مساء الخميس", "2016-10-27", "r"),
            ("17 تشرين الأول الجاري", "2016-10-17", "g"), ("اليوم", "2016-10-29", "r")],
     contacts=[C(LAV, ZAR, "meet", "2016-10-28"), C([LAV, RU], [ZAR, IR], "agreement", "2016-10-28", True),
               C(LAV, ZAR, "phone_call", "2016-10-17")]),
dict(id="A15", pub="2017-05-20", text=(
     "شفق نيوز | 2017/05/20 | 10:40\n"
     "طهران - شفق نيوز: أعلن وزير الداخلية الإيراني عبد الرضا رحماني فضلي اليوم السبت فوز الرئيس حسن روحاني بولاية ثانية بعد حصوله على 23.5 مليون صوت، أي 57 في المئة من أصوات المقترعين في انتخابات أمس الجمعة، مقابل 38.3 في المئة لمنافسه إبراهيم رئيسي (56 عاماً). "
     "وبلغت نسبة المشاركة 73 في المئة بعد تمديد التصويت حتى منتصف الليل، ومن المقرر أن يؤدي روحاني اليمين الدستورية أمام مجلس الشورى في 5 آب المقبل."),
     dates=[("2017/05/20", "2017-05-20", "g"), ("اليوم السبت", "2017-05-20", "r"), ("أمس الجمعة", "2017-05-19", "r"),
            ("5 آب المقبل", "2017-08-05", "g")],
     contacts=[]),
dict(id="A16", pub="2017-11-02", text=(
     "كيهان العربي | الخميس ١١ آبان ١٣٩٦ - ١٣ صفر ١٤٣٩ - ٢ تشرين الثاني ٢٠١٧ | العدد ٩٦٥٠\n"
     "طهران - كيهان العربي: استقبل قائد الثورة الإسلامية آية الله السيد علي خامنئي مساء أمس الأربعاء (10 آبان) الرئيس الروسي فلاديمير بوتين، الذي كان قد التقى قبل ذلك الرئيس حسن روحاني في قصر سعد آباد ثم شارك معه في القمة الثلاثية مع الرئيس الأذربيجاني إلهام علييف. "
     "وأعلن روحاني أن البلدين وقعا ست وثائق للتعاون في مجالي الطاقة والنقل، وأن وزير الطاقة الروسي ألكسندر نوفاك سيزور طهران الشهر المقبل لمتابعة عقود النفط والغاز."),
     dates=[("الخميس ١١ آبان ١٣٩٦", "2017-11-02", "j"), ("١٣ صفر ١٤٣٩", "2017-11-02", "h"), ("٢ تشرين الثاني ٢٠١٧", "2017-11-02", "g"),
            ("مساء أمس الأربعاء", "2017-11-01", "r"), ("10 آبان", "2017-11-01", "j"), ("الشهر المقبل", "2017-12", "r")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"),
               C([PUT, RU], [ROU, IR], "agreement", "2017-11-01"), C(NOVK, IR, "meet", "2017-12")]),
dict(id="A17", pub="2018-06-16", text=(
     "عكاظ | السبت ٢ شوال ١٤٣٩هـ - ١٦ يونيو ٢٠١٨م\n"
     "موسكو - خالد الخميسي: يلتقي المنتخب السعودي نظيره الأوروغوياني يوم الأربعاء المقبل في روستوف، بعد خسارته أمام روسيا ٠-٥ في افتتاح كأس العالم ٢٠١٨ أول أمس الخميس، فيما فاز المنتخب الإيراني على المغرب ١-٠ أمس الجمعة في سان بطرسبورغ بهدف في الدقيقة ٩٥. "
     "ويحتاج الأخضر إلى ٣ نقاط للإبقاء على آماله في التأهل إلى دور الـ١٦."),
     dates=[("السبت ٢ شوال ١٤٣٩هـ", "2018-06-16", "h"), ("١٦ يونيو ٢٠١٨م", "2018-06-16", "g"), ("يوم الأربعاء المقبل", "2018-06-20", "r"),
            ("كأس العالم ٢٠١٨", None, "ignore"), ("أول أمس الخميس", "2018-06-14", "r"), ("أمس الجمعة", "2018-06-15", "r")],
     contacts=[]),
dict(id="A18", pub="2019-12-31", text=(
     "ظريف ولافروف يرفضان في موسكو العقوبات الأمريكية ويوقعان بياناً حول أمن الفضاء\n"
     "وكالة تسنيم الدولية للأنباء | الثلاثاء 10 دي 1398 - 31 كانون الأول 2019 | 11:20\n"
     "موسكو - تسنيم: أجرى وزير الخارجية محمد جواد ظريف أمس الاثنين في موسكو محادثات مع نظيره الروسي سيرغي لافروف تناولت الاتفاق النووي وأمن الخليج الفارسي، ووقع الوزيران في ختامها بياناً مشتركاً حول «منع نشر الأسلحة في الفضاء الخارجي».\n"
     "وقال لافروف في المؤتمر الصحافي المشترك إن موسكو تدعو إلى عقد اجتماع للجنة المشتركة للاتفاق النووي على المستوى الوزاري، مذكراً بأن اجتماعها الأخير على مستوى المساعدين عقد في فيينا في 6 كانون الأول الجاري.\n"
     "وتزامنت الزيارة مع اختتام مناورات «حزام الأمن البحري» المشتركة بين إيران وروسيا والصين في بحر عمان وشمال المحيط الهندي، التي انطلقت يوم الجمعة الماضي واستمرت أربعة أيام.\n"
     "وأعلن ظريف أن الرئيس حسن روحاني تلقى دعوة من نظيره فلاديمير بوتين لحضور احتفالات الذكرى الـ75 للنصر في موسكو في 9 أيار 2020.\n"
     "وكان ظريف قد زار موسكو آخر مرة في 8 أيار 2019 والتقى لافروف في اليوم ذاته الذي أعلنت فيه طهران تقليص التزاماتها النووية، فيما التقى الرئيسان بوتين وروحاني في بيشكيك في 14 حزيران الماضي على هامش قمة منظمة شنغهاي.\n"
     "الكلمات المفتاحية: إيران، روسيا، ظريف، لافروف، الاتفاق النووي\n"
     "ذات صلة: روحاني وبوتين يلتقيان في أنقرة على هامش القمة الثلاثية حول سوريا (16 أيلول 2019)\n"
     "© 2019 وكالة تسنيم الدولية للأنباء"),
     dates=[("الثلاثاء 10 دي 1398", "2019-12-31", "j"), ("31 كانون الأول 2019", "2019-12-31", "g"), ("أمس الاثنين", "2019-12-30", "r"),
            ("6 كانون الأول الجاري", "2019-12-06", "g"), ("يوم الجمعة الماضي", "2019-12-27", "r"), ("9 أيار 2020", "2020-05-09", "g"),
            ("8 أيار 2019", "2019-05-08", "g"), ("اليوم ذاته", None, "ignore"), ("14 حزيران الماضي", "2019-06-14", "g"),
            ("16 أيلول 2019", "2019-09-16", "g"), ("© 2019", "2019", "g")],
     contacts=[C(LAV, ZAR, "meet", "2019-12-30"), C(LAV, ZAR, "agreement", "2019-12-30"), C(RU, IR, "meet", "2019-12-06", True),
               C(PUT, ROU, "meet", "2020-05-09", True), C(LAV, ZAR, "meet", "2019-05-08"), C(PUT, ROU, "meet", "2019-06-14"),
               C(PUT, ROU, "meet", "2019-09-16", True)]),
dict(id="A19", pub="2020-03-08", text=(
     "المصرى اليوم | الأحد 8 مارس 2020 - 13 رجب 1441 هـ\n"
     "أعلنت وزارة الصحة الإيرانية أمس ارتفاع عدد الوفيات بفيروس كورونا المستجد (كوفيد-19) إلى 145 حالة منذ تسجيل أول إصابتين فى مدينة قم فى 19 فبراير، فيما أبقت روسيا حدودها البرية مع الصين مغلقة منذ الشهر الماضى حتى إشعار آخر. "
     "وقررت الحكومة المصرية تعليق الدراسة فى الجامعات لمدة أسبوعين اعتباراً من الأحد المقبل، على أن تستأنف الدراسة فى 29 مارس."),
     dates=[("الأحد 8 مارس 2020", "2020-03-08", "g"), ("13 رجب 1441 هـ", "2020-03-08", "h"), ("أمس", "2020-03-07", "r"),
            ("19 فبراير", "2020-02-19", "g"), ("الشهر الماضى", "2020-02", "r"), ("الأحد المقبل", "2020-03-15", "r"),
            ("29 مارس", "2020-03-29", "g")],
     contacts=[]),
dict(id="A20", pub="2021-08-17", text=(
     "وكالة فارس | الثلاثاء 26 مرداد 1400 - 8 محرم 1443 - 17 آب 2021\n"
     "طهران - فارس: بحث رئيس الجمهورية السيد إبراهيم رئيسي في اتصال هاتفي مع نظيره الروسي فلاديمير بوتين مساء أمس الاثنين (25 مرداد) التطورات في أفغانستان بعد دخول حركة طالبان إلى كابول، في أول اتصال بينهما منذ مراسم تنفيذ حكم رئاسته في 12 مرداد. "
     "وكان بوتين قد بعث برسالة تهنئة إلى رئيسي في 29 خرداد عقب فوزه في الانتخابات ووجه إليه دعوة لزيارة روسيا، فيما تعطل الدوائر الرسمية في طهران غداً الأربعاء بمناسبة ذكرى تاسوعاء."),
     dates=[("الثلاثاء 26 مرداد 1400", "2021-08-17", "j"), ("8 محرم 1443", "2021-08-17", "h"), ("17 آب 2021", "2021-08-17", "g"),
            ("مساء أمس الاثنين", "2021-08-16", "r"), ("25 مرداد", "2021-08-16", "j"), ("12 مرداد", "2021-08-03", "j"),
            ("29 خرداد", "2021-06-19", "j"), ("غداً الأربعاء", "2021-08-18", "r"), ("ذكرى تاسوعاء", None, "ignore")],
     contacts=[C(PUT, RAI, "phone_call", "2021-08-16"), C(PUT, RAI, "message", "2021-06-19"), C(PUT, RAI, "meet", None, True)]),
dict(id="A21", pub="2022-01-20", text=(
     "قناة الكوثر | الخميس 17 جمادى الآخرة 1443 - 30 دي 1400 - 20 كانون الثاني 2022\n"
     "موسكو - الكوثر: أجرى الرئيس الإيراني السيد إبراهيم رئيسي أمس الأربعاء في الكرملين محادثات مع الرئيس الروسي فلاديمير بوتين استمرت نحو ثلاث ساعات، وسلمه مسودة وثيقة التعاون الشامل لمدة 20 عاماً، ثم التقى اليوم الخميس رئيس مجلس الدوما فياتشيسلاف فولودين قبل أن يلقي كلمة أمام نواب المجلس. "
     "ومن المقرر أن يلتقي وزيرا الخارجية حسين أمير عبد اللهيان وسيرغي لافروف الأسبوع المقبل، على أن تعقد اللجنة الاقتصادية المشتركة اجتماعها في طهران منتصف بهمن المقبل."),
     dates=[("الخميس 17 جمادى الآخرة 1443", "2022-01-20", "h"), ("30 دي 1400", "2022-01-20", "j"), ("20 كانون الثاني 2022", "2022-01-20", "g"),
            ("أمس الأربعاء", "2022-01-19", "r"), ("اليوم الخميس", "2022-01-20", "r"), ("الأسبوع المقبل", "2022-01-24/2022-01-30", "r"),
            ("منتصف بهمن المقبل", "2022-01-31/2022-02-09", "j")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(VOL, RAI, "meet", "2022-01-20"), C(LAV, AMI, "meet", "2022-01-24/2022-01-30"),
               C(RU, IR, "meet", "2022-01-31/2022-02-09", True)]),
dict(id="A22", pub="2022-04-01", text=(
     "اليوم السابع | الجمعة، 01 أبريل 2022 - 08:10 م\n"
     "أعلنت دار الإفتاء المصرية مساء اليوم أن غداً السبت هو أول أيام شهر رمضان المعظم بعد ثبوت رؤية الهلال، بينما أعلن مكتب المرشد الإيراني أن الصيام يبدأ فى إيران بعد غد الأحد. "
     "وفى موسكو، أعلنت الإدارة الدينية لمسلمى روسيا أن أول صلاة تراويح تقام الليلة فى المسجد الجامع، على أن يكون عيد الفطر يوم الاثنين 2 مايو."),
     dates=[("الجمعة، 01 أبريل 2022", "2022-04-01", "g"), ("مساء اليوم", "2022-04-01", "r"), ("غداً السبت", "2022-04-02", "r"),
            ("أول أيام شهر رمضان المعظم", None, "ignore"), ("بعد غد الأحد", "2022-04-03", "r"), ("الليلة", "2022-04-01", "r"),
            ("عيد الفطر", None, "ignore"), ("يوم الاثنين 2 مايو", "2022-05-02", "g")],
     contacts=[]),
dict(id="A23", pub="2022-06-23", text=(
     "لافروف من طهران: بوتين ورئيسي يلتقيان في عشق آباد الأربعاء المقبل\n"
     "سبوتنيك عربي | الخميس، 23 يونيو/حزيران 2022، 14:05 بتوقيت غرينتش\n"
     "طهران - سبوتنيك. أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الخميس في طهران محادثات مع نظيره الإيراني حسين أمير عبد اللهيان، بعد أن استقبله الرئيس إبراهيم رئيسي مساء أمس فور وصوله وتسلم منه رسالة من الرئيس فلاديمير بوتين.\n"
     "وهذه أول زيارة للافروف إلى إيران منذ بدء العملية العسكرية الروسية الخاصة في أوكرانيا في 24 فبراير/شباط.\n"
     "وقال لافروف في مؤتمر صحافي مشترك إن الرئيسين بوتين ورئيسي سيعقدان لقاءً ثنائياً في عشق آباد في 29 يونيو/حزيران الجاري على هامش القمة السادسة لدول بحر قزوين.\n"
     "وأضاف أن الجانبين يعملان على إعداد اتفاقية شاملة جديدة تحل محل معاهدة عام 2001، وأن اللجنة الحكومية المشتركة ستجتمع في موسكو خلال النصف الثاني من أيلول/سبتمبر المقبل، فيما يزور وزير النفط الإيراني جواد أوجي موسكو الأسبوع المقبل للقاء نائب رئيس الوزراء ألكسندر نوفاك.\n"
     "وكان رئيسي قد زار موسكو في 19 كانون الثاني/يناير الماضي وأجرى محادثات مع بوتين في الكرملين، فيما التقى عبد اللهيان لافروف في موسكو في 15 آذار/مارس، بعد أربعة أيام من توقف مفاوضات فيينا حول الاتفاق النووي.\n"
     "وسوم: روسيا، إيران، لافروف، عبد اللهيان، بحر قزوين\n"
     "اقرأ أيضاً: بوتين ورئيسي يبحثان هاتفياً الأمن الغذائي (الأربعاء 8 يونيو 2022)\n"
     "© 2022 سبوتنيك"),
     dates=[("الأربعاء المقبل", "2022-06-29", "r"), ("الخميس، 23 يونيو/حزيران 2022", "2022-06-23", "g"), ("اليوم الخميس", "2022-06-23", "r"),
            ("مساء أمس", "2022-06-22", "r"), ("24 فبراير/شباط", "2022-02-24", "g"), ("29 يونيو/حزيران الجاري", "2022-06-29", "g"),
            ("عام 2001", "2001", "g"), ("النصف الثاني من أيلول/سبتمبر المقبل", "2022-09-16/2022-09-30", "g"),
            ("الأسبوع المقبل", "2022-06-27/2022-07-03", "r"), ("19 كانون الثاني/يناير الماضي", "2022-01-19", "g"),
            ("15 آذار/مارس", "2022-03-15", "g"), ("بعد أربعة أيام من", None, "ignore"), ("الأربعاء 8 يونيو 2022", "2022-06-08", "g"),
            ("© 2022", "2022", "g")],
     contacts=[C(LAV, AMI, "meet", "2022-06-23"), C(LAV, RAI, "meet", "2022-06-22"), C([PUT, LAV], RAI, "message", "2022-06-22"),
               C(PUT, RAI, "meet", "2022-06-29"), C([PUT, RU], [KHT, IR], "agreement", "2001", True),
               C(RU, IR, "meet", "2022-09-16/2022-09-30", True), C(NOVK, OWJ, "meet", "2022-06-27/2022-07-03"),
               C(PUT, RAI, "meet", "2022-01-19"), C(LAV, AMI, "meet", "2022-03-15"), C(PUT, RAI, "phone_call", "2022-06-08", True)]),
dict(id="A24", pub="2022-11-28", text=(
     "الراية | الدوحة | الاثنين 4 جمادى الأولى 1444 هـ - 28 نوفمبر 2022 م\n"
     "يلتقي المنتخب الإيراني نظيره الأمريكي غداً الثلاثاء على استاد الثمامة في الجولة الثالثة من منافسات المجموعة الثانية لبطولة كأس العالم FIFA قطر 2022، في مباراة يكفيه فيها التعادل للتأهل إلى دور الـ16 للمرة الأولى في تاريخه. "
     "وكان المنتخب الإيراني قد فاز على ويلز 2-0 يوم الجمعة الماضي بعد خسارته أمام إنجلترا 6-2 في 21 نوفمبر، وتنطلق المباراة في الساعة العاشرة مساءً بتوقيت الدوحة بحضور متوقع يتجاوز 40 ألف مشجع."),
     dates=[("الاثنين 4 جمادى الأولى 1444 هـ", "2022-11-28", "h"), ("28 نوفمبر 2022 م", "2022-11-28", "g"), ("غداً الثلاثاء", "2022-11-29", "r"),
            ("كأس العالم FIFA قطر 2022", None, "ignore"), ("يوم الجمعة الماضي", "2022-11-25", "r"), ("21 نوفمبر", "2022-11-21", "g")],
     contacts=[]),
dict(id="A25", pub="2023-03-30", text=(
     "الصباح | الخميس 8 رمضان 1444 هـ - 30 آذار 2023 | العدد 5621\n"
     "موسكو - واع: بحث وزير الخارجية الإيراني حسين أمير عبد اللهيان مع نظيره الروسي سيرغي لافروف في موسكو أمس الأربعاء التطورات الإقليمية، ولا سيما الاتفاق الإيراني السعودي الذي وقع في بكين في 10 آذار الجاري برعاية صينية، ثم التقى في اليوم نفسه رئيس مجلس الدوما فياتشيسلاف فولودين. "
     "وأعلن لافروف أن اجتماع نواب وزراء خارجية روسيا وإيران وتركيا وسوريا سيعقد في موسكو الاثنين المقبل للتحضير لاجتماع وزاري رباعي."),
     dates=[("الخميس 8 رمضان 1444 هـ", "2023-03-30", "h"), ("30 آذار 2023", "2023-03-30", "g"), ("أمس الأربعاء", "2023-03-29", "r"),
            ("10 آذار الجاري", "2023-03-10", "g"), ("اليوم نفسه", None, "ignore"), ("الاثنين المقبل", "2023-04-03", "r")],
     contacts=[C(LAV, AMI, "meet", "2023-03-29"), C(VOL, AMI, "meet", "2023-03-29"), C(RU, IR, "meet", "2023-04-03", True),
               C(LAV, AMI, "meet", None, True)]),
dict(id="A26", pub="2023-09-04", text=(
     "بغداد اليوم | الاثنين 4 أيلول 2023\n"
     "أعلنت العتبتان الحسينية والعباسية أن أعداد الوافدين إلى كربلاء لإحياء زيارة الأربعين تجاوزت 3 ملايين زائر، بينهم أكثر من مليوني زائر إيراني دخلوا عبر منافذ ديالى وميسان والبصرة منذ الأول من صفر، وسط درجات حرارة بلغت أمس 47 درجة مئوية. "
     "ويصادف يوم الأربعين غداً الثلاثاء 20 صفر 1445 هـ، وقررت الحكومة تعطيل الدوام الرسمي يومي الثلاثاء والأربعاء، فيما تستعد المحافظات لإحياء ذكرى المولد النبوي في 12 ربيع الأول."),
     dates=[("الاثنين 4 أيلول 2023", "2023-09-04", "g"), ("زيارة الأربعين", None, "ignore"), ("الأول من صفر", "2023-08-17", "h"),
            ("أمس", "2023-09-03", "r"), ("يوم الأربعين", None, "ignore"), ("غداً الثلاثاء 20 صفر 1445 هـ", "2023-09-05", "h"),
            ("يومي الثلاثاء", "2023-09-05", "r"), ("الأربعاء", "2023-09-06", "r"), ("ذكرى المولد النبوي", None, "ignore"),
            ("12 ربيع الأول", "2023-09-27", "h")],
     contacts=[]),
dict(id="A27", pub="2023-10-24", text=(
     "الأخبار | الثلاثاء 24 تشرين الأول 2023 | العدد 5055\n"
     "طهران - «الأخبار»: استقبل الرئيس الإيراني إبراهيم رئيسي أمس وزير الخارجية الروسي سيرغي لافروف، على هامش الاجتماع الثاني لمنصة «3+3» الإقليمية الذي استضافته طهران بمشاركة وزراء خارجية إيران وروسيا وتركيا وأذربيجان وأرمينيا، وذلك بعد لقاء ثنائي جمع لافروف بنظيره الإيراني حسين أمير عبد اللهيان، فيما التقى لافروف نظيره الأذربيجاني جيهون بيرموف في اليوم نفسه. "
     "وأعلن عبد اللهيان أن الاجتماع الثالث للمنصة سيعقد في تركيا العام المقبل، بينما نفى الكرملين تقارير عن زيارة مرتقبة للرئيس فلاديمير بوتين إلى طهران الشهر المقبل."),
     dates=[("الثلاثاء 24 تشرين الأول 2023", "2023-10-24", "g"), ("أمس", "2023-10-23", "r"), ("اليوم نفسه", None, "ignore"),
            ("العام المقبل", "2024", "r"), ("الشهر المقبل", "2023-11", "r")],
     contacts=[C(LAV, RAI, "meet", "2023-10-23"), C(LAV, AMI, "meet", "2023-10-23"), C(RU, IR, "meet", "2024", True)]),
dict(id="A28", pub="2023-12-09", text=(
     "تسنيم | السبت ١٨ آذر ١٤٠٢ - ٩ كانون الأول ٢٠٢٣ | ٠٩:٣٠\n"
     "موسكو - تسنيم: أجرى رئيس الجمهورية آية الله السيد إبراهيم رئيسي أول أمس الخميس (16 آذر) في الكرملين محادثات مع الرئيس الروسي فلاديمير بوتين استمرت خمس ساعات وتخللتها مأدبة عشاء، وأعلن مساعد الرئيس الروسي يوري أوشاكوف أن البلدين سيوقعان «قريباً» المعاهدة الشاملة الجديدة. "
     "وكان بوتين قد زار طهران آخر مرة في 28 تير 1401 (19 تموز 2022) والتقى رئيسي، فيما قبل دعوة جديدة لزيارة إيران في موعد يتفق عليه لاحقاً."),
     dates=[("السبت ١٨ آذر ١٤٠٢", "2023-12-09", "j"), ("٩ كانون الأول ٢٠٢٣", "2023-12-09", "g"), ("أول أمس الخميس", "2023-12-07", "r"),
            ("16 آذر", "2023-12-07", "j"), ("قريباً", None, "ignore"), ("28 تير 1401", "2022-07-19", "j"),
            ("19 تموز 2022", "2022-07-19", "g"), ("في موعد يتفق عليه لاحقاً", None, "ignore")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C([PUT, RU], [RAI, IR], "agreement", None, True), C(PUT, RAI, "meet", "2022-07-19"),
               C(PUT, RAI, "meet", None, True)]),
dict(id="A29", pub="2024-04-03", text=(
     "عكاظ | الأربعاء 24 رمضان 1445هـ - 3 أبريل 2024م\n"
     "دان وزير الخارجية الروسي سيرغي لافروف خلال اتصال هاتفي مع نظيره الإيراني حسين أمير عبد اللهيان أمس الثلاثاء الغارة التي استهدفت مبنى القنصلية الإيرانية في دمشق مساء الاثنين، فيما أجرى الوزير الإيراني اتصالاً مماثلاً مع وزير الخارجية العماني بدر البوسعيدي. "
     "وعقد مجلس الأمن الدولي الليلة الماضية جلسة طارئة بطلب روسي، بينما أكدت طهران احتفاظها بحق الرد بموجب المادة 51 من ميثاق الأمم المتحدة."),
     dates=[("الأربعاء 24 رمضان 1445هـ", "2024-04-03", "h"), ("3 أبريل 2024م", "2024-04-03", "g"), ("أمس الثلاثاء", "2024-04-02", "r"),
            ("مساء الاثنين", "2024-04-01", "r"), ("الليلة الماضية", "2024-04-02", "r")],
     contacts=[C(LAV, AMI, "phone_call", "2024-04-02")]),
dict(id="A30", pub="2024-06-30", text=(
     "النهار | الأحد 30 جوان 2024\n"
     "أعلنت وزارة الداخلية الإيرانية، أمس السبت، أن الدور الثاني من الانتخابات الرئاسية سيجرى يوم الجمعة 5 جويلية بين مسعود بزشكيان (69 عاما) وسعيد جليلي، بعد أن حصل الأول على 42.4 بالمائة من الأصوات والثاني على 38.6 بالمائة في الدور الأول الذي جرى يوم الجمعة 28 جوان. "
     "وبلغت نسبة المشاركة 40 بالمائة، وهي الأدنى منذ ثورة 1979، في اقتراع جرى بعد مقتل الرئيس إبراهيم رئيسي في تحطم مروحية في 19 ماي."),
     dates=[("الأحد 30 جوان 2024", "2024-06-30", "g"), ("أمس السبت", "2024-06-29", "r"), ("يوم الجمعة 5 جويلية", "2024-07-05", "g"),
            ("يوم الجمعة 28 جوان", "2024-06-28", "g"), ("ثورة 1979", None, "ignore"), ("19 ماي", "2024-05-19", "g")],
     contacts=[]),
dict(id="A31", pub="2024-10-24", text=(
     "الغد | الخميس 2024/10/24 | 11:05\n"
     "قازان 24 تشرين الأول (بترا) - التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان أمس الأربعاء على هامش قمة مجموعة بريكس في مدينة قازان، في ثاني لقاء بينهما خلال أقل من أسبوعين بعد لقائهما في عشق آباد في 11 تشرين الأول الجاري، وقال بوتين إن معاهدة الشراكة الاستراتيجية الشاملة «جاهزة للتوقيع». "
     "وتختتم القمة أعمالها اليوم الخميس بجلسة موسعة بصيغة «بريكس بلس» يشارك فيها الرئيسان."),
     dates=[("الخميس 2024/10/24", "2024-10-24", "g"), ("24 تشرين الأول", "2024-10-24", "g"), ("أمس الأربعاء", "2024-10-23", "r"),
            ("11 تشرين الأول الجاري", "2024-10-11", "g"), ("اليوم الخميس", "2024-10-24", "r")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"), C(PUT, PEZ, "meet", "2024-10-24", True)]),
dict(id="A32", pub="2024-12-26", text=(
     "القدس العربي | الخميس 26 كانون الأول (ديسمبر) 2024\n"
     "طهران - «القدس العربي»: أعلن نائب رئيس الوزراء الروسي أليكسي أوفرتشوك، عقب محادثات أجراها أمس الأربعاء في طهران مع النائب الأول للرئيس الإيراني محمد رضا عارف ووقع خلالها الجانبان ثلاث وثائق في مجالي الطاقة والنقل، أن معاهدة الشراكة الاستراتيجية الشاملة ستوقع خلال زيارة الرئيس مسعود بزشكيان إلى موسكو في كانون الثاني (يناير) المقبل. "
     "وكان عارف قد استقبل أول أمس الثلاثاء وزير التجارة التركي، فيما نفت الخارجية الإيرانية أن يكون الوزير عباس عراقجي سيزور موسكو قبل نهاية العام."),
     dates=[("الخميس 26 كانون الأول (ديسمبر) 2024", "2024-12-26", "g"), ("أمس الأربعاء", "2024-12-25", "r"),
            ("كانون الثاني (يناير) المقبل", "2025-01", "g"), ("أول أمس الثلاثاء", "2024-12-24", "r"), ("قبل نهاية العام", None, "ignore")],
     contacts=[C(OVE, AREF, "meet", "2024-12-25"), C(OVE, AREF, "agreement", "2024-12-25"), C([PUT, RU], PEZ, "meet", "2025-01"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01")]),
dict(id="A33", pub="2025-01-18", text=(
     "بوتين وبزشكيان يوقعان معاهدة «الشراكة الاستراتيجية الشاملة» لمدة 20 عاماً\n"
     "العربي الجديد | موسكو | 18 يناير 2025 | آخر تحديث: 09:40\n"
     "وقع الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان أمس الجمعة في الكرملين معاهدة الشراكة الاستراتيجية الشاملة بين البلدين، بعد محادثات استمرت أكثر من ثلاث ساعات، في أول زيارة رسمية لبزشكيان إلى روسيا.\n"
     "وتتألف المعاهدة من 47 مادة، ولا تتضمن بنداً للدفاع المشترك على غرار الاتفاقية التي وقعتها موسكو مع كوريا الشمالية العام الماضي.\n"
     "وتحل المعاهدة الجديدة محل معاهدة أسس العلاقات ومبادئ التعاون الموقعة في 12 آذار/مارس 2001، على أن تدخل حيز التنفيذ بعد مصادقة برلماني البلدين.\n"
     "وقال بوتين إن البلدين يعملان على مشروع لتوريد الغاز الروسي إلى إيران عبر أذربيجان بكمية تصل في البداية إلى ملياري متر مكعب سنوياً، فيما أعلن بزشكيان أنه دعا بوتين إلى زيارة طهران خلال العام الجاري.\n"
     "ويلتقي وزير الطاقة الروسي سيرغي تسيفيليف وزير النفط الإيراني محسن باك نجاد في طهران يومي 10 و11 شباط/فبراير المقبل لبحث تفاصيل عقد الغاز.\n"
     "وكان الرئيسان قد التقيا في عشق آباد في 11 تشرين الأول/أكتوبر ثم في قازان في 23 من الشهر نفسه على هامش قمة بريكس، كما تلقى بزشكيان اتصالاً هاتفياً من بوتين في 6 كانون الأول/ديسمبر.\n"
     "وفي طهران، نفت الخارجية الإيرانية تقارير عن صفقة لشراء منظومات «إس-400» الروسية، مؤكدة أن التعاون العسكري مع موسكو «لا يستهدف أي طرف ثالث».\n"
     "موسوم: روسيا، إيران، بوتين، بزشكيان، معاهدة\n"
     "اقرأ أيضاً: لافروف وعراقجي يبحثان هاتفياً التحضيرات للزيارة (الاثنين 13 يناير 2025)\n"
     "© 2025 العربي الجديد"),
     dates=[("18 يناير 2025", "2025-01-18", "g"), ("أمس الجمعة", "2025-01-17", "r"), ("العام الماضي", "2024", "r"),
            ("12 آذار/مارس 2001", "2001-03-12", "g"), ("العام الجاري", "2025", "r"), ("10", "2025-02-10", "g"),
            ("11 شباط/فبراير المقبل", "2025-02-11", "g"), ("11 تشرين الأول/أكتوبر", "2024-10-11", "g"),
            ("23 من الشهر نفسه", "2024-10-23", "g"), ("6 كانون الأول/ديسمبر", "2024-12-06", "g"),
            ("الاثنين 13 يناير 2025", "2025-01-13", "g"), ("© 2025", "2025", "g")],
     contacts=[C(PUT, PEZ, "meet", "2025-01-17"), C(PUT, PEZ, "agreement", "2025-01-17"),
               C([PUT, RU], [KHT, IR], "agreement", "2001-03-12", True), C(PUT, PEZ, "meet", "2025", True),
               C(TSI, PAK, "meet", "2025-02-10/2025-02-11"), C(PUT, PEZ, "meet", "2024-10-11"), C(PUT, PEZ, "meet", "2024-10-23"),
               C(PUT, PEZ, "phone_call", "2024-12-06"), C(LAV, ARA, "phone_call", "2025-01-13", True)]),
dict(id="A34", pub="2025-06-24", text=(
     "شفق نيوز | الثلاثاء 24/06/2025 | 10:12\n"
     "موسكو - شفق نيوز: استقبل الرئيس الروسي فلاديمير بوتين في الكرملين أمس الاثنين وزير الخارجية الإيراني عباس عراقجي الذي نقل إليه رسالة من المرشد علي خامنئي، إثر الضربات الأمريكية على منشآت فوردو ونطنز وأصفهان فجر الأحد، ووصف بوتين الهجمات بأنها «عدوان غير مبرر على الإطلاق». "
     "وعاد عراقجي إلى طهران فجر اليوم، فيما نفى الكرملين أن تكون طهران طلبت مساعدة عسكرية، ومن المقرر أن يعقد مجلس الأمن جلسة جديدة بطلب روسي يوم الخميس المقبل."),
     dates=[("الثلاثاء 24/06/2025", "2025-06-24", "g"), ("أمس الاثنين", "2025-06-23", "r"), ("فجر الأحد", "2025-06-22", "r"),
            ("فجر اليوم", "2025-06-24", "r"), ("يوم الخميس المقبل", "2025-06-26", "r")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23"), C(PUT, [KHA, ARA], "message", "2025-06-23")]),
dict(id="A35", pub="2025-07-10", text=(
     "وات | تونس | الخميس 10 جويلية 2025 - 14:20\n"
     "أعلنت وزارة التعليم العالي والبحث العلمي أن عمليات التوجيه الجامعي لحاملي شهادة الباكالوريا دورة جوان 2025 تنطلق بعد غد السبت وتتواصل إلى غاية 24 جويلية الجاري، مشيرة إلى أن نسبة النجاح في الدورتين الرئيسية والمراقبة بلغت 52.6 بالمائة. "
     "كما أعلنت الوزارة فتح باب الترشح لـ 80 منحة دراسية بالجامعات الروسية من 1 إلى 15 أوت المقبل، ويمكن الاستفسار عبر الرقم الأخضر 80100033."),
     dates=[("الخميس 10 جويلية 2025", "2025-07-10", "g"), ("دورة جوان 2025", None, "ignore"), ("بعد غد السبت", "2025-07-12", "r"),
            ("24 جويلية الجاري", "2025-07-24", "g"), ("من 1 إلى 15 أوت المقبل", "2025-08-01/2025-08-15", "g")],
     contacts=[]),
dict(id="A36", pub="2025-11-05", text=(
     "المنار | الأربعاء 14 جمادى الأولى 1447 هـ - 5 تشرين الثاني 2025\n"
     "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الإيراني عباس عراقجي في اتصال هاتفي أول أمس الاثنين الملف النووي بعد انتهاء مفاعيل القرار 2231 في 18 تشرين الأول الماضي، واتفقا على تأجيل زيارة عراقجي إلى موسكو، التي كانت مقررة الأسبوع المقبل، إلى منتصف كانون الأول المقبل. "
     "وفي سياق متصل، يتوجه عراقجي إلى بكين يوم الجمعة المقبل للقاء نظيره الصيني وانغ يي."),
     dates=[("الأربعاء 14 جمادى الأولى 1447 هـ", "2025-11-05", "h"), ("5 تشرين الثاني 2025", "2025-11-05", "g"),
            ("أول أمس الاثنين", "2025-11-03", "r"), ("18 تشرين الأول الماضي", "2025-10-18", "g"),
            ("الأسبوع المقبل", "2025-11-10/2025-11-16", "r"), ("منتصف كانون الأول المقبل", "2025-12-11/2025-12-20", "g"),
            ("يوم الجمعة المقبل", "2025-11-07", "r")],
     contacts=[C(LAV, ARA, "phone_call", "2025-11-03"), C([LAV, RU], ARA, "meet", "2025-12-11/2025-12-20")]),
dict(id="A37", pub="2026-02-17", text=(
     "المساء | الثلاثاء 17 فبراير 2026 | العدد 6023\n"
     "أعلنت وزارة الأوقاف والشؤون الإسلامية أن مراقبة هلال شهر رمضان ستتم مساء يومه الثلاثاء 29 شعبان 1447 هـ، فيما توقعت المديرية العامة للأرصاد الجوية تساقطات ثلجية بالمرتفعات التي يفوق علوها 1500 متر ابتداء من غد الأربعاء وإلى غاية يوم الجمعة، مع درجات حرارة دنيا تتراوح بين ناقص 4 و2 درجات. "
     "وفي إيران، قررت السلطات تعطيل المدارس في طهران بعد غد الخميس بسبب موجة برد وتلوث الهواء."),
     dates=[("الثلاثاء 17 فبراير 2026", "2026-02-17", "g"), ("هلال شهر رمضان", None, "ignore"),
            ("مساء يومه الثلاثاء 29 شعبان 1447 هـ", "2026-02-17", "h"),
            ("من غد الأربعاء وإلى غاية يوم الجمعة", "2026-02-18/2026-02-20", "r"), ("بعد غد الخميس", "2026-02-19", "r")],
     contacts=[]),
dict(id="A38", pub="2026-03-23", text=(
     "وكالة فارس | الاثنين 3 فروردين 1405 - 23 آذار 2026\n"
     "طهران - فارس: تلقى رئيس الجمهورية مسعود بزشكيان مساء أمس الأحد (2 فروردين) اتصالاً هاتفياً من نظيره الروسي فلاديمير بوتين هنأه فيه بمناسبة عيد النوروز، وبحث الجانبان التحضيرات لاجتماع اللجنة الاقتصادية المشتركة المقرر في طهران من 12 إلى 14 أرديبهشت المقبل برئاسة النائب الأول للرئيس محمد رضا عارف ونائب رئيس الوزراء الروسي أليكسي أوفرتشوك. "
     "وأعلنت الرئاسة أن بزشكيان سيزور روسيا في شهريور المقبل، بعد زيارة وزير الخارجية عباس عراقجي إلى موسكو في 20 إسفند الماضي، فيما يتوقع أن يبلغ حجم التبادل التجاري 6 مليارات دولار خلال عام 1405 هـ.ش."),
     dates=[("الاثنين 3 فروردين 1405", "2026-03-23", "j"), ("23 آذار 2026", "2026-03-23", "g"), ("مساء أمس الأحد", "2026-03-22", "r"),
            ("2 فروردين", "2026-03-22", "j"), ("عيد النوروز", "2026-03-21", "j"),
            ("من 12 إلى 14 أرديبهشت المقبل", "2026-05-02/2026-05-04", "j"), ("شهريور المقبل", "2026-08-23/2026-09-22", "j"),
            ("20 إسفند الماضي", "2026-03-11", "j"), ("عام 1405 هـ.ش", "2026-03-21/2027-03-20", "j")],
     contacts=[C(PUT, PEZ, "phone_call", "2026-03-22"), C(OVE, AREF, "meet", "2026-05-02/2026-05-04"),
               C([PUT, RU], PEZ, "meet", "2026-08-23/2026-09-22"), C([LAV, RU], ARA, "meet", "2026-03-11")]),
dict(id="A39", pub="2026-06-11", text=(
     "الصباح | الخميس 25 ذي الحجة 1447 هـ - 11 حزيران 2026\n"
     "موسكو - «الصباح»: وقع وزيرا الخارجية الروسي سيرغي لافروف والإيراني عباس عراقجي في موسكو أمس الأربعاء خطة للمشاورات بين الوزارتين للفترة من 2026 إلى 2028، بعد محادثات تناولت الملف النووي والممر الدولي «شمال - جنوب»، وكان عراقجي قد وصل إلى موسكو الثلاثاء الماضي. "
     "وكان الوزيران قد بحثا الملفات نفسها في اتصال هاتفي في 14 أيار/مايو الماضي، فيما نفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن يكون عراقجي قد حمل رسالة من المرشد إلى الرئيس فلاديمير بوتين، والتقى لافروف في اليوم نفسه وزير خارجية سلطنة عمان."),
     dates=[("الخميس 25 ذي الحجة 1447 هـ", "2026-06-11", "h"), ("11 حزيران 2026", "2026-06-11", "g"), ("أمس الأربعاء", "2026-06-10", "r"),
            ("من 2026 إلى 2028", "2026-01-01/2028-12-31", "g"), ("الثلاثاء الماضي", "2026-06-09", "r"),
            ("14 أيار/مايو الماضي", "2026-05-14", "g"), ("اليوم نفسه", None, "ignore")],
     contacts=[C(LAV, ARA, "meet", "2026-06-10"), C(LAV, ARA, "agreement", "2026-06-10"), C(LAV, ARA, "phone_call", "2026-05-14"),
               C([LAV, RU], ARA, "meet", "2026-06-09", True)]),
dict(id="A40", pub="2026-09-28", text=(
     "بوتين إلى طهران الأسبوع المقبل للمشاركة في قمة قزوين ولقاء بزشكيان\n"
     "كيهان العربي | الاثنين ٦ مهر ١٤٠٥ - ١٧ ربيع الآخر ١٤٤٨ - ٢٨ أيلول ٢٠٢٦ | العدد ١٢٣٨٥\n"
     "طهران - كيهان العربي: أعلن الكرملين أمس الأحد أن الرئيس فلاديمير بوتين سيشارك في القمة السابعة لرؤساء الدول المطلة على بحر قزوين التي تستضيفها طهران من 6 إلى 8 تشرين الأول المقبل، وسيعقد على هامشها لقاءً ثنائياً مع نظيره الإيراني مسعود بزشكيان.\n"
     "وأوضح الكرملين أن الزيارة ستكون الأولى لبوتين إلى إيران منذ 19 تموز/يوليو 2022، وأن الجانبين سيوقعان خلالها اتفاقاً للتعاون في مجال الطاقة النووية السلمية.\n"
     "من جهته، قال المتحدث باسم الحكومة الإيرانية في تصريح لوكالة مهر إن وزيري الخارجية عباس عراقجي وسيرغي لافروف سيعقدان اجتماعاً تحضيرياً في طهران في 5 تشرين الأول، عشية افتتاح القمة.\n"
     "وكانت آخر قمة لدول قزوين قد عقدت في عشق آباد في 29 حزيران/يونيو 2022، والتقى بوتين على هامشها الرئيس الإيراني آنذاك إبراهيم رئيسي.\n"
     "وكان بزشكيان وبوتين قد بحثا في اتصال هاتفي في 2 شهريور (24 آب/أغسطس) التحضيرات للقمة، فيما تقرر تعطيل الدوائر الحكومية في طهران يوم الثلاثاء 6 تشرين الأول بالتزامن مع افتتاحها.\n"
     "ونفى الكرملين تقارير عن لقاء مرتقب بين بوتين والرئيس الأمريكي في المنطقة على هامش القمة.\n"
     "الكلمات الدالة: بحر قزوين، روسيا، إيران، بوتين، بزشكيان\n"
     "ذات صلة: لافروف وعراقجي يبحثان في موسكو التحضيرات لقمة قزوين (الثلاثاء ٢٢ أيلول ٢٠٢٦)\n"
     "© ٢٠٢٦ كيهان العربي"),
     dates=[("الأسبوع المقبل", "2026-10-05/2026-10-11", "r"), ("الاثنين ٦ مهر ١٤٠٥", "2026-09-28", "j"),
            ("١٧ ربيع الآخر ١٤٤٨", "2026-09-28", "h"), ("٢٨ أيلول ٢٠٢٦", "2026-09-28", "g"), ("أمس الأحد", "2026-09-27", "r"),
            ("من 6 إلى 8 تشرين الأول المقبل", "2026-10-06/2026-10-08", "g"), ("19 تموز/يوليو 2022", "2022-07-19", "g"),
            ("5 تشرين الأول", "2026-10-05", "g"), ("عشية", None, "ignore"), ("29 حزيران/يونيو 2022", "2022-06-29", "g"),
            ("آنذاك", None, "ignore"), ("2 شهريور", "2026-08-24", "j"), ("24 آب/أغسطس", "2026-08-24", "g"),
            ("يوم الثلاثاء 6 تشرين الأول", "2026-10-06", "g"), ("الثلاثاء ٢٢ أيلول ٢٠٢٦", "2026-09-22", "g"), ("© ٢٠٢٦", "2026", "g")],
     contacts=[C(PUT, PEZ, "meet", "2026-10-06/2026-10-08"), C([PUT, RU], [PEZ, IR], "agreement", "2026-10-06/2026-10-08"),
               C(PUT, [RAI, KHA, IR], "meet", "2022-07-19", True), C(LAV, ARA, "meet", "2026-10-05"), C(PUT, RAI, "meet", "2022-06-29"),
               C(PUT, PEZ, "phone_call", "2026-08-24"), C(LAV, ARA, "meet", "2026-09-22", True)]),
]
