# Held-out probe set 59: PERSIAN news, 34 SNIPPETS of 1–3 sentences (each opening with a header line: outlet, date line,
# issue number / news code / time) and 6 WHOLE ARTICLES of 11–12 lines (F04, F09, F14, F21, F32, F38: headline, header date
# line, news code / service line, dateline + body, background lines recalling older dated contacts, tags / a related link /
# a copyright line), hand-annotated; 40 cases, F01–F40, publication dates 2004–2026 (one a year 2004–2021 with two in 2005
# and 2013, four a year 2022–2026; ids in date order); three Dari / Afghan cases (F06, F27, F35) and three Arabic cases from
# Iranian outlets' Arabic services (F24 IRNA Arabic, F29 Al-Alam, F34 Mehr Arabic).  26 cases are about Russia–Iran relations,
# all with at least one contact row; 14 are other news that name Russia or Iran but hold no Russia–Iran contact (weather,
# holidays, exams, sport, religious calendar, prices, elections, health): F02, F06, F07, F10, F12, F15, F17, F19, F22, F26,
# F29, F35, F37, F39.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any other set
# file; what was read: /work/shared/gold/README.md, the openings of the five seed articles in /work/shared/seeds/, the first
# 140 lines of set16 (file format) and the leading comment headers of set56, set57 and set58 (conventions; the later header
# wins), plus a bare listing of the file names in bench/probes/ and /work/shared/.  The tool was not run, the timeline
# package was not imported and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes, issue numbers, news codes and several dates and meetings are invented; every official holds the
# office named on the date given) in the style of outlets not named in the set56/57/58 headers:
#   Iran newspaper (F01, «روزنامه ایران | چهارشنبه ۲۷ آبان ۱۳۸۳ | ۴ شوال ۱۴۲۵ | سال یازدهم، شماره ۳۰۰۲», «عصر دیروز», «۲۴ آبان
#   (۱۴ نوامبر)», «ماه آینده», «بهمن‌ماه» with ZWNJ, the outlet name «ایران»), Jam-e Jam (F02, «فردا شب», the weekday range «از
#   سه‌شنبه تا جمعه», «پنجشنبه‌شب», «سه روز پیش», «۱۲ درجه», «منفی ۲۰ درجه»), Siasat-e Rooz (F03, «پریروز», a past «روز شنبه»,
#   the vote counts «۲۲ رأی … ۱۲ رأی», «هفته آینده»), Etemad (F04, whole article: «مردادماه» in the headline, three-calendar
#   header «شنبه ۲۷ خرداد ۱۳۸۵ - ۲۱ جمادی‌الاول ۱۴۲۷ - ۱۷ ژوئن ۲۰۰۶», the date-like news code «۸۵۰۳۲۷», «چهارشنبه شب», «روز
#   پنجشنبه», «دیروز», «یک ساعت و ۲۰ دقیقه‌ای», «۱+۵», «۱۶ خرداد (۶ ژوئن)», «تا پایان سال ۲۰۰۶ میلادی», «۳۱ مرداد (۲۲ اوت)»,
#   «مهرماه امسال», «۲۴ شهریور ۱۳۸۴ (۱۵ سپتامبر ۲۰۰۵)», «۹ اسفند ۱۳۸۳», «(۱۸ خرداد ۱۳۸۵)» in a related link, «© ۲۰۰۶»),
#   Aftab-e Yazd (F05, «دیروز», «فردا سه‌شنبه ۲۴ مهر (۱۶ اکتبر)», «دومین», «آذر ۱۳۲۲»), Hasht-e Sobh (F06, Dari, the outlet
#   name holding «صبح», «شنبه ۳ حمل ۱۳۸۷», «جشن دهقان روز پنجشنبه، اول حمل», «تا ۱۰ حمل», «از امروز تا سه‌شنبه هفته آینده»,
#   «شب گذشته», «هفته گذشته», «۱۵ حمل», «میکند», «۳ هزار تنی»), Entekhab (F07, ordinal words «سه‌شنبه بیست و ششم آبان ۱۳۸۸»,
#   «H1N1», «شنبه ۳۰ آبان», «به مدت یک هفته», «دو روز پیش», «۱.۵ میلیون», year-less «عید قربان», «۱۱ آذر»), Tabnak (F08, «به
#   نقل از خبرگزاری مهر» (the agency), «دیروز شنبه», «ظرف دو ماه», «دی‌ماه ۱۳۷۳»), Mashregh (F09, whole article: «پنجشنبه ۲۷
#   مرداد ۱۳۹۰ - ۱۸ رمضان ۱۴۳۲ - ۱۸ اوت ۲۰۱۱», «سه‌شنبه شب», «دیروز», «۲۲ تیر (۱۳ ژوئیه)», «قطعنامه ۱۹۲۹» (a year-like
#   resolution number), «امروز», «فردا شب», «اوایل آبان‌ماه», «۲۴ مرداد», «بهمن ۱۳۸۹», «۵+۱», «(۱۹ تیر ۱۳۹۰)» in a related
#   link, no copyright line), Javan (F10, sports: «شب گذشته», «۹۶ کیلوگرم», «بازی‌های المپیک ۲۰۱۲», the score «۲ بر ۰»,
#   «سومین», «۱۵ مرداد (۵ آگوست)», «دوشنبه شب», «پنجشنبه ۱۹ مرداد», «بامداد سه‌شنبه ۲۴ مرداد»), Asr-e Iran (F11, the outlet
#   name holding «عصر», «دیروز», «سیزدهمین», «مراسم تنفیذ ۱۲ مرداد», «۲۷ خرداد»), Donya-e Eqtesad (F12, «۲۲ محرم ۱۴۳۵», «دیروز»,
#   money, «اول مهر», «۸ درصد», «آبان ماه» with a space, «۳۶.۵ درصد», «۶۰ هزار تنی», «اواخر هفته آینده»), Alef (F13, «پریروز
#   دوشنبه», «دیروز», «۳ ساعت», the pair «۱۷ و ۱۸ آذر», a future bare «جمعه», the city «دوشنبه»), Fararu (F14, whole article:
#   Solar + Hijri + Gregorian header, «پنجشنبه شب», «دیروز», «۴۵ دقیقه‌ای», «دوشنبه ۲۲ تیر», «اس-۳۰۰», «۲۴ فروردین», «هفته
#   آینده», «آبان‌ماه», «۲۲ شهریور ۱۳۹۲», «۷ مهر سال بعد», a past «روز جمعه», «(۱۰ تیر ۱۳۹۴)» in a related link, «© ۲۰۱۵»),
#   Jomhouri Eslami (F15, «۱ رمضان ۱۴۳۷», «شامگاه یکشنبه», «امروز» twice, «اول ماه مبارک رمضان», «نخستین شب قدر پنجشنبه ۳
#   تیر», «روز جهانی قدس، آخرین جمعه ماه رمضان، ۱۱ تیر», «عید سعید فطر … چهارشنبه ۱۶ تیر»), Khabarfoori (F16, «عصر دیروز»,
#   ordinal «بامداد جمعه هجدهم فروردین», «پنجشنبه شب», «سه روز پیش», a cancelled trip «دوشنبه آینده»), Iran Varzeshi (F17,
#   the outlet name holding «ایران», «شامگاه جمعه، همزمان با عید فطر», «جام جهانی ۲۰۱۸», «دقیقه ۹۵», the scores «۱ بر ۰» and «۲
#   بر ۱», «چهارشنبه ۳۰ خرداد», «۴ تیر (۲۵ ژوئن)», «۳۱ خرداد ۱۳۷۷»), Nournews (F18, numeric Y/M/D «۱۳۹۸/۰۲/۱۹ - ۱۰:۲۰», «دیروز،
#   همزمان با نخستین سالگرد …», «۱۸ اردیبهشت», «۶۰ روز مهلت», «۲۴ خرداد»), Didban Iran (F19, «از ظهر سه‌شنبه تا ظهر امروز»,
#   «کووید ۱۹», «۱۸۹ بیمار», «دیروز», «آزمون سراسری ۱۳۹۹», «از ۶ تا ۹ شهریور»), YJC (F20, «جمعه ۱۵ مرداد ۱۴۰۰ - ۲۷ ذی‌الحجه
#   ۱۴۴۲», «عصر پنجشنبه», «صبح دیروز», ordinal «بیست و نهم خرداد، یک روز پس از انتخابات»), Kayhan (F21, whole article: «سند
#   همکاری ۲۰ ساله», «پریروز سه‌شنبه», «دیروز», «امروز», «فردا صبح», «عصر دیروز», «۶ دی», «تا پایان سال ۱۴۰۰», «۲۵ مرداد»,
#   «دولت سیزدهم», «۲۶ شهریور … در دوشنبه» (the city), «۷ فروردین ۱۳۹۶», «(۲۱ دی ۱۴۰۰)» in a related link, «© ۲۰۲۲»; F40,
#   «سه‌شنبه ۲۲ اردیبهشت ۱۴۰۵ | ۲۵ ذی‌القعده ۱۴۴۷», «یکشنبه شب», «دیروز», «۱۲ سند», «روز شنبه … ۹ مه (روز پیروزی)», «امروز»,
#   «سال آینده میلادی»), Tejarat News (F22, «ارز ۴۲۰۰ تومانی», «شنبه گذشته», «۶۲ هزار تومان», «۲۵۰ درصد», «ماه گذشته», «۳۹.۲
#   درصد», the name «بهمن رضایی», «۱۵ خرداد», «اسفند ۱۴۰۰», «دو هفته پیش»), Jam-e Jam Online (F23, «دیشب», «امروز صبح», «عصر
#   امروز», «۸ تیر», «ششمین», «عشق‌آباد»), IRNA Arabic (F24, Eastern-Arabic Solar + Gregorian header «الخميس ١٩ آبان ١٤٠١ - ١٠
#   نوفمبر ٢٠٢٢» (آبان holds the Arabic month name آب), «مساء الثلاثاء», «أمس الأربعاء», «في اليوم نفسه», «الشهر المقبل», «24
#   فبراير الماضي»), Irdiplomacy (F25, «چهارشنبه ۱۰ اسفند ۱۴۰۱», a past bare «دوشنبه», «روز بعد», «فروردین‌ماه سال آینده»
#   said in Esfand), Setareh Sobh (F26, the outlet name holding «صبح», the pair «روزهای چهارشنبه ۱۱ و پنجشنبه ۱۲ مرداد»,
#   «دیروز», «یکشنبه هفته گذشته», «تا پایان هفته», «۵۰ درجه», «روزهای اخیر»), Tolo News (F27, Dari: «شنبه ۸ میزان ۱۴۰۲»,
#   «پنجمین», «روز جمعه، ۷ میزان (۲۹ سپتمبر)» with the Dari Gregorian spelling, «ماه قوس», «۲۸ میزان ۱۴۰۰», «گفتگو»),
#   Khabaronline (F28, ordinal «جمعه هفدهم آذر ۱۴۰۲», a past «روز چهارشنبه», «دیروز», «در آینده نزدیک», «ماه آینده», «۲۴
#   شهریور ۱۴۰۱»), Al-Alam (F29, Arabic «الأحد 13 إسفند 1402 - 3 مارس 2024», «اليوم الأحد», «الدورة الثانية عشرة», a past
#   «يوم الجمعة», «41 بالمئة», «10 أيار/مايو المقبل», «22 فبراير الماضي», «أسبوعاً»), Mashregh (F30, «یکشنبه ۵ فروردین ۱۴۰۳ |
#   ۱۴ رمضان ۱۴۴۵», «شامگاه جمعه», «دیروز», year-less «۱۳ دی» of the previous Solar year), Iran newspaper (F31, «دیروز»,
#   «دوشنبه ۳۱ اردیبهشت», «امروز»), Donya-e Eqtesad (F32, whole article: «تا پایان سال» in the headline, «یکشنبه شب»,
#   «دیروز», «امروز», «فردا», «۵۵ میلیارد مترمکعب», «اواسط آبان», a planned «دی‌ماه», «۲ آبان ۱۴۰۳», «۲۰ مهر», a past bare
#   «تیرماه», «سال ۱۳۷۶», «(۱۸ آذر ۱۴۰۳)» in a related link, «© ۲۰۲۴»), Tabnak (F33, «دیروز جمعه ۲۸ دی‌ماه», «۴۷ ماده‌ای»,
#   «۲۰ سال», «۱۲ مارس ۲۰۰۱», «سه ساعت», «امروز»), Mehr Arabic (F34, the agency name «مهر» in Arabic text beside the Solar month
#   «فروردين», «الجمعة 29 فروردين 1404 - 18 أبريل 2025 | 10:15», «أمس الخميس», «في اليوم نفسه», «يوم السبت الماضي», «غداً
#   السبت», «الشهر المقبل»), Pajhwok (F35, Dari: «شنبه ۲۷ ثور ۱۴۰۴ – ۱۷ می ۲۰۲۵» with «می» = May, «سال ۱۴۰۴», «از ۱۵ تا ۲۰
#   جوزا», «ماه جدی», «فردا», «امسال», «۱۶۰ هزار تن», «سال گذشته», «تا ختم ماه سرطان», «میشود»), Fararu (F36, «دیروز», «جنگ ۱۲
#   روزه», «یکشنبه شب», «اواخر شهریور»), Hamshahri (F37, «۱ شعبان ۱۴۴۷», «۱۸ استان», «فردا چهارشنبه», «از امروز تا جمعه»,
#   «شب یلدا», «تا ۵ بهمن», «بامداد دیروز», «منفی ۲۶ درجه», «آذر ۱۴۰۴», «۵ میلیون مترمکعب»), Nournews (F38, whole article:
#   «فردا» and «اردیبهشت» in the headline, «شنبه ۱۸ بهمن ۱۴۰۴ | ۱۹ شعبان ۱۴۴۷ | ۷ فوریه ۲۰۲۶», «ساعت ۲۲:۱۰», «امروز», «فردا
#   یکشنبه», «دوروزه», «روز دوشنبه», «سال‌های ۲۰۲۶ تا ۲۰۲۸», «هفته گذشته», a postponed «دی‌ماه», «اردیبهشت ۱۴۰۵», «۲۸ دی ۱۴۰۳
#   (۱۷ ژانویه ۲۰۲۵)», «۱۰ مهرماه گذشته», «۲۸ فروردین ۱۴۰۴», «۱۰ شهریور», «۱ آبان ۱۴۰۲ (۲۳ اکتبر ۲۰۲۳)», «۳+۳», «(۲۳ دی
#   ۱۴۰۴)» in a related link, «© ۲۰۲۶») and Aftab-e Yazd (F39, «شامگاه سه‌شنبه», «فردا پنجشنبه ۳۰ بهمن اول ماه مبارک رمضان»,
#   «امروز», «عید سعید فطر … جمعه ۲۹ اسفند», «در این ماه», the clock range «از ۸ تا ۱۳», «نوروز ۱۴۰۵ … شنبه اول فروردین»).
# Contacts (26 cases): presidents and the Leader (Putin / Ahmadinejad Shanghai 2006, the New York meeting 2005 recalled and a
# Mehr invitation (optional) F04, the planned Tehran visit with Putin / Khamenei F05; Medvedev / Ahmadinejad related-link call
# (optional) F09; Putin / Rouhani Bishkek 2013 with the Khordad congratulation message and an undated accepted invitation
# (optional) F11, planned Dushanbe 2014 F13, Ufa 2015 with Bishkek and Astrakhan recalled F14, the message via Zarif and the
# planned Bishkek meeting 2019 F18, Rouhani's 2017 Moscow visit recalled F21; Putin / Raisi message F20 (and via Volodin),
# Kremlin 2022 with the Mordad 1400 call, the SCO video summit (optional) and the 20-year document (optional) F21, planned
# Ashgabat F23, Kremlin 2023 with Samarkand recalled and the treaty "soon" (optional) F28, the condolence message ("any") F30;
# Putin / Mokhber call and Putin's message via Volodin F31; Putin / Pezeshkian Kazan and Ashgabat recalled, a Dey visit
# planned with a gas contract and a related-link call (optional) F32, the treaty and talks F33, Tianjin F36, the visit moved
# to Ordibehesht 1405 with the treaty (agreement + optional meet) and Tianjin recalled F38, Kremlin talks and 12 documents with
# the Caspian-summit invitation for next Gregorian year (optional) F40; Khamenei's letter via Araghchi F34, F38; Putin /
# Khatami 2001 treaty (optional) F33), foreign ministers (Lavrov / Kharrazi call and a planned Azar visit F01; Lavrov / Salehi
# talks and a Bahman 1389 call, Medvedev / Salehi F09; Lavrov / Zarif planned next week and a related-link meeting (optional)
# F14, the Moscow trilateral and a bilateral F16, Moscow 2019 F18; Lavrov / Amir-Abdollahian F21 (with a related-link call,
# optional), Tehran 2022 with Lavrov / Raisi F23, a Farvardin 1402 visit planned F25, a Dey 1402 visit planned F28, a call F30,
# Tehran 3+3 2023 recalled F38; Lavrov / Araghchi memorandum (agreement + optional meet) F33, Moscow talks and a May visit
# planned F34, Tehran 2026 planned with Pezeshkian and a signing, a related-link call (optional) F38), security councils
# (Ivanov / Larijani call and a planned Moscow week F03, related link (optional) F04; Patrushev / Jalili F09; Patrushev /
# Shamkhani, Patrushev / Raisi and a December round F24; Shoigu / Larijani planned F36), parliament (Volodin / Raisi and
# Volodin / Ghalibaf F20, Volodin / Raisi F21, Volodin / Mokhber F31), atomic energy (Rumyantsev / Aghazadeh planned Bahman
# signing and visit F01, the Esfand 1383 protocol (agreement + optional meet) F04; Kiriyenko / Salehi meeting + document and the
# 1373 contract (country-level) F08), energy (Novak / Zanganeh talks + memorandum and the Azar commission F13; Tsivilev /
# Paknejad talks + document, Novak / Paknejad, Miller / Paknejad planned, the Tir 1403 Miller / Owji memorandum, the 1376
# commission (optional) F32), deputies and envoys (Ryabkov / Bagheri Kani and Bogdanov / Bagheri Kani F25; Kabulov / Kazemi
# Qomi in Kazan, a Qaws round planned and the 2021 Moscow format (optional) F27), joint commissions with no co-chairs named
# (optional) F09, F14.
# Traps: third-country contacts (Iran–EU3 Paris F01, Solana F04, Lavrov–Clinton F09 in the same sentence as the Russia–Iran
# plan, Rouhani–Xi F11, Lavrov–Tillerson F16, Bagheri Kani–Mora F25, Muttaqi–Kabulov F27, Putin–Mohammed bin Salman in the
# same sentence as Putin–Raisi F28, Araghchi–Witkoff F34, Pezeshkian–Xi and –Modi F36, Putin and CIS leaders F40), denials
# (Lavrov–Larijani F05, Putin–Soleimani F14, a Raisi–Putin call F30, a secret Larijani trip F38), a cancelled Shoigu trip
# (F16), a postponed Dey visit (F38), votes and decrees (the IAEA resolution F03, the S-300 decree F14), a drone denial (F24),
# ratification (F33), «دیدار» = match (F17), the wheat and flour imports and gas swaps (F06, F12, F22, F37), the vaccine
# (F07, F19); non-dates: counts, money, percentages, durations, scores, clock times, the clock range «از ۸ تا ۱۳», issue
# numbers, news codes (the date-like «۸۵۰۳۲۷»), «۱+۵», «۵+۱», «۳+۳», «اس-۳۰۰», «H1N1», «کووید ۱۹», «قطعنامه ۱۹۲۹», «ارز ۴۲۰۰
# تومانی», «جنگ ۱۲ روزه», «سند همکاری ۲۰ ساله», ordinals of summits, rounds, sessions and governments, the agency «مهر» (F08,
# F34), the name «بهمن رضایی» (F22), the city «دوشنبه» (F13, F21), «عشق‌آباد», outlet names holding date words («عصر ایران»,
# «هشت صبح», «ستاره صبح»).
# Totals: 316 date lines = 288 mentions (132 j, 30 g, 25 h, 101 r) + 28 ignore lines; 112 contact rows = 91 required + 21
# optional.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated or derived weekday was checked with jdatetime,
# hijridate and datetime (/tmp/venv); a script re-parsed every written day-month(-year) span and compared it with the listed
# value, checked weekday words against the dates, relative day words against the publication date, and every span to occur in
# its text in listing order (k-th listing = k-th occurrence) without overlaps, no span found inside another listed span, every
# listed span text occurring exactly as many times as listed outside longer listed spans, no span cut inside a word; the file
# loads with runpy (stand-in C) and CASES holds 40 cases with unique ids in date order.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once per case; contacts with a third country only, and denied or cancelled /
#   postponed-away contacts, give no row.
# Conventions: /work/shared/gold/README.md plus set16 and the headers of set56, set57 and set58 (and through them the earlier
#   sets), the later header winning, i.e. among others: اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21–end; Persian هفته
#   آینده / گذشته = the next / previous Saturday–Friday week; Persian relative years and months are Solar unless میلادی is
#   written, Arabic ones Gregorian («الشهر المقبل» = "YYYY-MM"); «N روز پیش» = pub − N; «N هفته پیش» = the Saturday–Friday week
#   holding pub − 7N; «دیشب», «شب گذشته» = pub − 1; «یکشنبه شب», «دوشنبه شب» = the evening OF that weekday; «شنبه گذشته» = the
#   last such weekday before pub; a range «از X تا Y» is one mention with «از» inside, a single «از X» keeps «از» outside; «۱۷ و
#   ۱۸ آذر» is two mentions (the bare first day, then day + month); a weekday or a relative word joined to a written date
#   belongs to it (calendar of the written date); a header in two or three calendars is one mention per calendar, the weekday
#   going with the first; a trailing امسال / سال بعد / گذشته / الماضي / المقبل that fixes the year is inside the span; «تا
#   پایان …» / «تا ختم …» deadlines, anaphoric («اليوم نفسه», «روز بعد»), vague and event-relative expressions are ignore lines;
#   a holiday or anniversary name in the clause of its own written or relative date is an ignore line; a year inside an event
#   or exam name without «سال» is an ignore line; a year-less day-month or month takes the nearest year unless the sentence
#   says otherwise; «شب یلدا» alone = 30 Azar (j); a year-less «عید قربان» = 10 Dhu al-Hijja (h); Dari months are Solar (j);
#   «۱۳۹۸/۰۲/۱۹» = Y/M/D Solar with the time outside; a Gregorian copyright year is a g year mention with «©» inside (set56,
#   set58).  Contacts: talks followed by a signed document → required meet + required agreement; an agreement signed in
#   person by two named officials → required agreement + optional meet; an envoy handing over a leader's message → meet row
#   plus a message row accepting the leader or the envoy; a planned contact dated by a day, a relative week / month or a month
#   is required; invitations with a named month or with no date, hopes ("soon") and a multilateral summit with a leader by
#   video are optional; a named official's visit with no host named → required meet with country-level names; a message with
#   no date received "through diplomatic channels" → date "any"; related-link contacts are optional.
# Decided here where nothing above says (set59):
#   «تا» + a written day («تا ۱۰ حمل», «تا ۵ بهمن») is a mention of that day with «تا» outside, as «از»; only «تا پایان / تا
#   ختم» + period stays an ignore line (F06, F37).  «اواخر هفته آینده» (part of a week) is an ignore line (F12).  «۷ مهر سال
#   بعد» is one j mention with the anaphoric year word inside, as set16's «۲۸ تیر همان سال» (F14).  «روز پنجشنبه، اول حمل» and
#   «روز جمعه، ۷ میزان» (weekday, comma, day) are one j mention each (F06, F27).  «روزهای چهارشنبه ۱۱ و پنجشنبه ۱۲ مرداد» is
#   two j mentions, the first («چهارشنبه ۱۱») taking its month from the second (F26).  «نخستین شب قدر», «آخرین جمعه ماه رمضان»
#   in apposition to a written date, «اول ماه مبارک رمضان» as a predicate and «نوروز ۱۴۰۵» beside its own written date are
#   ignore lines (F15, F39, the holiday rule).  «در این ماه» (anaphoric to Ramadan) is an ignore line (F39).  «ماه جدی» in a
#   sentence naming «سال ۱۴۰۴» takes that year, not the nearest one (F35).  «سال‌های ۲۰۲۶ تا ۲۰۲۸» is one g range, value
#   2026-01-01/2028-12-31 (F38).  «سال آینده میلادی» = the next Gregorian year "2027" (r, F40).  A contract recalled as signed
#   in a written month with no signers («در دی‌ماه ۱۳۷۳ … امضا شده بود») is a required country-level agreement (set57's
#   dated-contract rule, F08); an older treaty named only as the one being replaced («جایگزین معاهده ۱۲ مارس ۲۰۰۱») is an
#   optional agreement (set58, F33).  A planned visit of a named Russian official with a signing «در بهمن‌ماه» gives a
#   required agreement and a required meet (the visit rule) (F01).  A planned contract to be signed during a president's
#   visit dated by month is a required country-level agreement at that month, beside the required meet (F32).  A recalled
#   visit of an Iranian president to Moscow with no host named is a required meet accepting Putin or Russia (F21).  The 3+3
#   meeting Lavrov attended in Tehran is a required meet with country-level Iranian names (the visit rule) (F38).  A next
#   round of bilateral consultations "in Qaws" between the two envoys who just met is required (F27).  Raisi's Duma address
#   after meeting Volodin gives only the Volodin row (F21).  The multilateral Shanghai / Ufa / Tianjin / Kazan summits give no
#   extra row beside the stated bilateral.
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
KHA, KHAT, AHMD = "Ali Khamenei", "Mohammad Khatami", "Mahmoud Ahmadinejad"
ROU, RAI, PEZ = "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, KHAR, SALF = "Sergei Lavrov", "Kamal Kharrazi", "Ali Akbar Salehi"
ZAR, AMI, ARA = "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
SHO = ["Sergei Shoigu", "Security Council of Russia", RU]
LARJ = ["Ali Larijani", "Supreme National Security Council", IR]
JALI = ["Saeed Jalili", "Supreme National Security Council", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
RUM = ["Alexander Rumyantsev", "Federal Atomic Energy Agency", "Rosatom", RU]
AGH = ["Gholamreza Aghazadeh", "Atomic Energy Organization of Iran", "AEOI", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SALA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
NOV = ["Alexander Novak", RU]
ZANG = ["Bijan Namdar Zanganeh", "Ministry of Petroleum", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
MOKH = ["Mohammad Mokhber", IR]
RYAB = ["Sergei Ryabkov", "Russian Foreign Ministry", RU]
BOG = ["Mikhail Bogdanov", "Russian Foreign Ministry", RU]
BAG = ["Ali Bagheri Kani", "Iranian Foreign Ministry", IR]
KAB, KAZ = ["Zamir Kabulov", RU], ["Hassan Kazemi Qomi", IR]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
OWJ = ["Javad Owji", "Ministry of Petroleum", IR]
MISH = ["Mikhail Mishustin", RU]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py; the stand-in below is used only when
# the file is loaded on its own (e.g. runpy.run_path) and C is not already defined.
try:
    C
except NameError:
    def C(ru, ir, fam, date=None, optional=False):
        return dict(ru=ru, ir=ir, fam=fam, date=date, optional=optional)

CASES = [
# ---------------- 2004–2021 ----------------
dict(id="F01", pub="2004-11-17", text=(
     "روزنامه ایران | چهارشنبه ۲۷ آبان ۱۳۸۳ | ۴ شوال ۱۴۲۵ | سال یازدهم، شماره ۳۰۰۲\n"
     "کمال خرازی، وزیر امور خارجه، عصر دیروز در گفت‌وگوی تلفنی با سرگئی لاوروف، همتای روس خود، درباره توافق ۲۴ آبان (۱۴ نوامبر) تهران و سه کشور اروپایی در پاریس و تأمین سوخت نیروگاه بوشهر رایزنی کرد. "
     "لاوروف در این گفت‌وگو حمایت مسکو از توافق پاریس را اعلام کرد و قرار است ماه آینده برای دیدار با خرازی به تهران سفر کند. "
     "به گزارش ایران، امضای پروتکل بازگرداندن سوخت مصرف‌شده بوشهر به روسیه به سفر الکساندر رومیانتسف، رئیس آژانس فدرال انرژی اتمی روسیه، به تهران در بهمن‌ماه موکول شده است."),
     dates=[("چهارشنبه ۲۷ آبان ۱۳۸۳", "2004-11-17", "j"), ("۴ شوال ۱۴۲۵", "2004-11-17", "h"), ("عصر دیروز", "2004-11-16", "r"),
            ("۲۴ آبان", "2004-11-14", "j"), ("۱۴ نوامبر", "2004-11-14", "g"), ("ماه آینده", "2004-11-21/2004-12-20", "r"),
            ("بهمن‌ماه", "2005-01-20/2005-02-18", "j")],
     contacts=[C(LAV, KHAR, "phone_call", "2004-11-16"), C(LAV, [KHAR, IR], "meet", "2004-11-21/2004-12-20"),
               C(RUM, AGH, "agreement", "2005-01-20/2005-02-18"), C(RUM, AGH, "meet", "2005-01-20/2005-02-18")]),
dict(id="F02", pub="2005-01-10", text=(
     "جام جم | دوشنبه ۲۱ دی ۱۳۸۳ | ۲۹ ذی‌القعده ۱۴۲۵ | شماره ۱۳۲۶\n"
     "به گزارش جام جم، سازمان هواشناسی اعلام کرد توده هوای بسیار سرد سیبری که از روی روسیه و قزاقستان به سمت ایران در حرکت است، از فردا شب دمای استان‌های شمالی و شمال‌غربی را تا ۱۲ درجه کاهش می‌دهد. "
     "این موج سرما از سه‌شنبه تا جمعه ادامه دارد و پیش‌بینی می‌شود دمای اردبیل پنجشنبه‌شب به منفی ۲۰ درجه برسد. "
     "سه روز پیش نیز بارش سنگین برف راه ارتباطی ۴۰ روستای گیلان را مسدود کرده بود."),
     dates=[("دوشنبه ۲۱ دی ۱۳۸۳", "2005-01-10", "j"), ("۲۹ ذی‌القعده ۱۴۲۵", "2005-01-10", "h"), ("فردا شب", "2005-01-11", "r"),
            ("از سه‌شنبه تا جمعه", "2005-01-11/2005-01-14", "r"), ("پنجشنبه‌شب", "2005-01-13", "r"),
            ("سه روز پیش", "2005-01-07", "r")],
     contacts=[]),
dict(id="F03", pub="2005-09-27", text=(
     "سیاست روز | سه‌شنبه ۵ مهر ۱۳۸۴ | ۲۳ شعبان ۱۴۲۶ | شماره ۱۲۰۴\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، پریروز در تماس تلفنی با ایگور ایوانف، دبیر شورای امنیت روسیه، قطعنامه روز شنبه شورای حکام آژانس بین‌المللی انرژی اتمی را «سیاسی و غیرقانونی» خواند؛ قطعنامه‌ای که با ۲۲ رأی موافق، یک رأی مخالف و ۱۲ رأی ممتنع به تصویب رسید و روسیه و چین نیز به آن رأی ممتنع دادند. "
     "ایوانف در این گفت‌وگو گفت مسکو ارجاع پرونده ایران به شورای امنیت سازمان ملل را «بی‌فایده» می‌داند. "
     "قرار است لاریجانی هفته آینده برای رایزنی با مقام‌های کرملین به مسکو سفر کند."),
     dates=[("سه‌شنبه ۵ مهر ۱۳۸۴", "2005-09-27", "j"), ("۲۳ شعبان ۱۴۲۶", "2005-09-27", "h"), ("پریروز", "2005-09-25", "r"),
            ("روز شنبه", "2005-09-24", "r"), ("هفته آینده", "2005-10-01/2005-10-07", "r")],
     contacts=[C(IVA, LARJ, "phone_call", "2005-09-25"), C(IVA, LARJ, "meet", "2005-10-01/2005-10-07")]),
dict(id="F04", pub="2006-06-17", text=(
     "احمدی‌نژاد و پوتین در شانگهای دیدار کردند؛ پاسخ تهران به بسته پیشنهادی مردادماه اعلام می‌شود\n"
     "روزنامه اعتماد | شنبه ۲۷ خرداد ۱۳۸۵ - ۲۱ جمادی‌الاول ۱۴۲۷ - ۱۷ ژوئن ۲۰۰۶\n"
     "سرویس سیاسی | کد خبر: ۸۵۰۳۲۷ | ساعت ۰۸:۴۰\n"
     "شانگهای- خبرنگار اعتماد- محمود احمدی‌نژاد، رئیس‌جمهور، که چهارشنبه شب برای شرکت در ششمین اجلاس سران سازمان همکاری شانگهای وارد این شهر شده بود، روز پنجشنبه در حاشیه اجلاس با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد و دیروز به تهران بازگشت.\n"
     "دو رئیس‌جمهور در این دیدار یک ساعت و ۲۰ دقیقه‌ای درباره بسته پیشنهادی ۱+۵ که خاویر سولانا ۱۶ خرداد (۶ ژوئن) به تهران آورده بود و راه‌اندازی نیروگاه بوشهر گفت‌وگو کردند.\n"
     "پوتین در این دیدار گفت روسیه آماده است سوخت نیروگاه بوشهر را تا پایان سال ۲۰۰۶ میلادی تحویل دهد و همکاری دو کشور در چارچوب آژانس ادامه خواهد یافت.\n"
     "احمدی‌نژاد نیز اعلام کرد ایران پاسخ خود را ۳۱ مرداد (۲۲ اوت) ارائه می‌کند و از پوتین دعوت کرد مهرماه امسال برای سفری رسمی به تهران بیاید.\n"
     "دو رئیس‌جمهور پیش از این ۲۴ شهریور ۱۳۸۴ (۱۵ سپتامبر ۲۰۰۵) در حاشیه اجلاس مجمع عمومی سازمان ملل در نیویورک با یکدیگر دیدار کرده بودند.\n"
     "الکساندر رومیانتسف، رئیس وقت آژانس فدرال انرژی اتمی روسیه، و غلامرضا آقازاده، رئیس سازمان انرژی اتمی ایران، نیز ۹ اسفند ۱۳۸۳ در بوشهر پروتکل بازگرداندن سوخت مصرف‌شده را امضا کرده بودند.\n"
     "برچسب‌ها: احمدی‌نژاد، پوتین، سازمان همکاری شانگهای، نیروگاه بوشهر\n"
     "مطلب مرتبط: دیدار لاریجانی و ایوانف در مسکو (۱۸ خرداد ۱۳۸۵)\n"
     "© ۲۰۰۶ روزنامه اعتماد"),
     dates=[("مردادماه", "2006-07-23/2006-08-22", "j"),
            ("شنبه ۲۷ خرداد ۱۳۸۵", "2006-06-17", "j"), ("۲۱ جمادی‌الاول ۱۴۲۷", "2006-06-17", "h"), ("۱۷ ژوئن ۲۰۰۶", "2006-06-17", "g"),
            ("چهارشنبه شب", "2006-06-14", "r"), ("روز پنجشنبه", "2006-06-15", "r"), ("دیروز", "2006-06-16", "r"),
            ("۱۶ خرداد", "2006-06-06", "j"), ("۶ ژوئن", "2006-06-06", "g"), ("تا پایان سال ۲۰۰۶ میلادی", None, "ignore"),
            ("۳۱ مرداد", "2006-08-22", "j"), ("۲۲ اوت", "2006-08-22", "g"), ("مهرماه امسال", "2006-09-23/2006-10-22", "j"),
            ("۲۴ شهریور ۱۳۸۴", "2005-09-15", "j"), ("۱۵ سپتامبر ۲۰۰۵", "2005-09-15", "g"), ("۹ اسفند ۱۳۸۳", "2005-02-27", "j"),
            ("۱۸ خرداد ۱۳۸۵", "2006-06-08", "j"), ("© ۲۰۰۶", "2006", "g")],
     contacts=[C(PUT, AHMD, "meet", "2006-06-15"), C(PUT, AHMD, "meet", "2006-09-23/2006-10-22", True),
               C(PUT, AHMD, "meet", "2005-09-15"), C(RUM, AGH, "agreement", "2005-02-27"),
               C(RUM, AGH, "meet", "2005-02-27", True), C(IVA, LARJ, "meet", "2006-06-08", True)]),
dict(id="F05", pub="2007-10-15", text=(
     "آفتاب یزد | دوشنبه ۲۳ مهر ۱۳۸۶ | ۳ شوال ۱۴۲۸ | شماره ۲۱۵۰\n"
     "کرملین دیروز اعلام کرد ولادیمیر پوتین با وجود گزارش‌های منتشرشده درباره طرح ترور، فردا سه‌شنبه ۲۴ مهر (۱۶ اکتبر) برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر وارد تهران می‌شود و علاوه بر گفت‌وگو با محمود احمدی‌نژاد، با رهبر معظم انقلاب نیز دیدار خواهد کرد. "
     "این نخستین سفر یک رهبر کرملین به تهران پس از حضور استالین در کنفرانس تهران در آذر ۱۳۲۲ است. "
     "در همین حال، وزارت خارجه روسیه خبر دیدار جداگانه سرگئی لاوروف با علی لاریجانی در حاشیه اجلاس را تکذیب کرد."),
     dates=[("دوشنبه ۲۳ مهر ۱۳۸۶", "2007-10-15", "j"), ("۳ شوال ۱۴۲۸", "2007-10-15", "h"), ("دیروز", "2007-10-14", "r"),
            ("فردا سه‌شنبه ۲۴ مهر", "2007-10-16", "j"), ("۱۶ اکتبر", "2007-10-16", "g"),
            ("آذر ۱۳۲۲", "1943-11-23/1943-12-22", "j")],
     contacts=[C(PUT, AHMD, "meet", "2007-10-16"), C(PUT, KHA, "meet", "2007-10-16")]),
dict(id="F06", pub="2008-03-22", text=(
     "روزنامه هشت صبح | شنبه ۳ حمل ۱۳۸۷ | شماره ۱۲۴\n"
     "مراسم جشن دهقان روز پنجشنبه، اول حمل، با حضور مقام‌های وزارت زراعت و صدها دهقان در باغ بابر کابل برگزار شد و نمایشگاه محصولات زراعتی تا ۱۰ حمل دوام میکند. "
     "اداره هواشناسی میگوید از امروز تا سه‌شنبه هفته آینده باران و برف در ولایات شمالی میبارد و دمای کابل شب گذشته به ۲ درجه زیر صفر رسید. "
     "همچنان یک محموله ۳ هزار تنی آرد روسی که از راه ازبکستان وارد شده، هفته گذشته به بندر حیرتان رسید و وزارت معارف میگوید مکاتب ولایات سردسیر از ۱۵ حمل باز میشوند."),
     dates=[("شنبه ۳ حمل ۱۳۸۷", "2008-03-22", "j"), ("جشن دهقان", None, "ignore"), ("روز پنجشنبه، اول حمل", "2008-03-20", "j"),
            ("۱۰ حمل", "2008-03-29", "j"), ("از امروز تا سه‌شنبه هفته آینده", "2008-03-22/2008-04-01", "r"),
            ("شب گذشته", "2008-03-21", "r"), ("هفته گذشته", "2008-03-15/2008-03-21", "r"), ("۱۵ حمل", "2008-04-03", "j")],
     contacts=[]),
dict(id="F07", pub="2009-11-17", text=(
     "انتخاب | سه‌شنبه بیست و ششم آبان ۱۳۸۸ | کد خبر: ۴۱۲۷۷ | ۱۰:۲۵\n"
     "به گزارش انتخاب، وزارت بهداشت اعلام کرد به دلیل شیوع آنفلوآنزای H1N1، مدارس ابتدایی تهران از شنبه ۳۰ آبان به مدت یک هفته تعطیل می‌شوند؛ تاکنون ۵۸ نفر در کشور بر اثر این بیماری جان باخته‌اند. "
     "نخستین محموله ۱.۵ میلیون دزی واکسن نیز دو روز پیش از روسیه و فرانسه وارد کشور شد. "
     "معاون وزیر بهداشت گفت حجاج ایرانی که پس از عید قربان از ۱۱ آذر به کشور بازمی‌گردند، در فرودگاه‌ها غربالگری می‌شوند."),
     dates=[("سه‌شنبه بیست و ششم آبان ۱۳۸۸", "2009-11-17", "j"), ("شنبه ۳۰ آبان", "2009-11-21", "j"),
            ("دو روز پیش", "2009-11-15", "r"), ("عید قربان", "2009-11-27", "h"), ("۱۱ آذر", "2009-12-02", "j")],
     contacts=[]),
dict(id="F08", pub="2010-08-22", text=(
     "تابناک | یکشنبه ۳۱ مرداد ۱۳۸۹ | ۱۲ رمضان ۱۴۳۱ | کد خبر: ۱۱۳۴۵۲\n"
     "به گزارش تابناک به نقل از خبرگزاری مهر، سرگئی کریینکو، رئیس شرکت دولتی روس‌اتم، و علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، دیروز شنبه در مراسم آغاز بارگذاری سوخت نیروگاه اتمی بوشهر با یکدیگر دیدار و سند تحویل سوخت را امضا کردند. "
     "صالحی گفت نیروگاه حداکثر ظرف دو ماه به شبکه سراسری برق متصل می‌شود. "
     "قرارداد تکمیل این نیروگاه در دی‌ماه ۱۳۷۳ میان تهران و مسکو امضا شده بود."),
     dates=[("یکشنبه ۳۱ مرداد ۱۳۸۹", "2010-08-22", "j"), ("۱۲ رمضان ۱۴۳۱", "2010-08-22", "h"), ("دیروز شنبه", "2010-08-21", "r"),
            ("دی‌ماه ۱۳۷۳", "1994-12-22/1995-01-20", "j")],
     contacts=[C(KIR, SALA, "meet", "2010-08-21"), C(KIR, SALA, "agreement", "2010-08-21"),
               C(RU, IR, "agreement", "1994-12-22/1995-01-20")]),
dict(id="F09", pub="2011-08-18", text=(
     "صالحی در مسکو: طرح گام‌به‌گام روسیه می‌تواند مبنای مذاکرات باشد\n"
     "مشرق | پنجشنبه ۲۷ مرداد ۱۳۹۰ - ۱۸ رمضان ۱۴۳۲ - ۱۸ اوت ۲۰۱۱\n"
     "کد خبر: ۶۴۱۲۸ | سرویس بین‌الملل | زمان انتشار: ۰۹:۵۰\n"
     "مسکو- مشرق- علی‌اکبر صالحی، وزیر امور خارجه، که سه‌شنبه شب در رأس هیئتی وارد مسکو شد، دیروز در ساختمان وزارت خارجه روسیه با سرگئی لاوروف دیدار و گفت‌وگو کرد.\n"
     "محور این رایزنی‌ها طرح گام‌به‌گامی بود که لاوروف ۲۲ تیر (۱۳ ژوئیه) در واشنگتن با هیلاری کلینتون، وزیر خارجه آمریکا، در میان گذاشته بود و بر اساس آن، در ازای هر گام ایران بخشی از تحریم‌های قطعنامه ۱۹۲۹ شورای امنیت لغو می‌شود.\n"
     "صالحی امروز با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار خواهد کرد و فردا شب به تهران بازمی‌گردد.\n"
     "لاوروف همچنین اعلام کرد نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور اوایل آبان‌ماه در تهران برگزار می‌شود.\n"
     "سعید جلیلی، دبیر شورای عالی امنیت ملی، نیز ۲۴ مرداد در مسکو با نیکلای پاتروشف، دبیر شورای امنیت روسیه، درباره همین طرح گفت‌وگو کرده بود.\n"
     "صالحی و لاوروف پیش از این بهمن ۱۳۸۹ در گفت‌وگویی تلفنی درباره تحولات مصر و بحرین رایزنی کرده بودند.\n"
     "برچسب‌ها: صالحی | لاوروف | طرح گام به گام | ۵+۱\n"
     "خبر مرتبط: تماس تلفنی احمدی‌نژاد و مدودف درباره نیروگاه بوشهر (۱۹ تیر ۱۳۹۰)"),
     dates=[("پنجشنبه ۲۷ مرداد ۱۳۹۰", "2011-08-18", "j"), ("۱۸ رمضان ۱۴۳۲", "2011-08-18", "h"), ("۱۸ اوت ۲۰۱۱", "2011-08-18", "g"),
            ("سه‌شنبه شب", "2011-08-16", "r"), ("دیروز", "2011-08-17", "r"), ("۲۲ تیر", "2011-07-13", "j"),
            ("۱۳ ژوئیه", "2011-07-13", "g"), ("امروز", "2011-08-18", "r"), ("فردا شب", "2011-08-19", "r"),
            ("اوایل آبان‌ماه", "2011-10-23/2011-11-01", "j"), ("۲۴ مرداد", "2011-08-15", "j"),
            ("بهمن ۱۳۸۹", "2011-01-21/2011-02-19", "j"), ("۱۹ تیر ۱۳۹۰", "2011-07-10", "j")],
     contacts=[C(LAV, SALF, "meet", "2011-08-17"), C(MED, SALF, "meet", "2011-08-18"),
               C(RU, IR, "meet", "2011-10-23/2011-11-01", True), C(PAT, JALI, "meet", "2011-08-15"),
               C(LAV, SALF, "phone_call", "2011-01-21/2011-02-19"), C(MED, AHMD, "phone_call", "2011-07-10", True)]),
dict(id="F10", pub="2012-08-08", text=(
     "روزنامه جوان | چهارشنبه ۱۸ مرداد ۱۳۹۱ | ۲۰ رمضان ۱۴۳۳ | شماره ۳۶۸۵\n"
     "قاسم رضایی شب گذشته در فینال وزن ۹۶ کیلوگرم کشتی فرنگی بازی‌های المپیک ۲۰۱۲ لندن با نتیجه ۲ بر ۰ رستم توتروف از روسیه را شکست داد و سومین مدال طلای کاروان ایران را به دست آورد. "
     "پیش از او حمید سوریان ۱۵ مرداد (۵ آگوست) و امید نوروزی دوشنبه شب بر سکوی نخست ایستاده بودند. "
     "رقابت‌های کشتی آزاد از پنجشنبه ۱۹ مرداد آغاز می‌شود و کاروان ایران بامداد سه‌شنبه ۲۴ مرداد به تهران بازمی‌گردد."),
     dates=[("چهارشنبه ۱۸ مرداد ۱۳۹۱", "2012-08-08", "j"), ("۲۰ رمضان ۱۴۳۳", "2012-08-08", "h"), ("شب گذشته", "2012-08-07", "r"),
            ("بازی‌های المپیک ۲۰۱۲", None, "ignore"), ("۱۵ مرداد", "2012-08-05", "j"), ("۵ آگوست", "2012-08-05", "g"),
            ("دوشنبه شب", "2012-08-06", "r"), ("پنجشنبه ۱۹ مرداد", "2012-08-09", "j"),
            ("بامداد سه‌شنبه ۲۴ مرداد", "2012-08-14", "j")],
     contacts=[]),
dict(id="F11", pub="2013-09-14", text=(
     "عصر ایران | شنبه ۲۳ شهریور ۱۳۹۲ | کد خبر: ۲۸۹۴۱۰ | ۰۸:۱۵\n"
     "حسن روحانی دیروز در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک با ولادیمیر پوتین دیدار کرد؛ این نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد است و روحانی پیش از آن با شی جین‌پینگ، رئیس‌جمهور چین، نیز گفت‌وگو کرده بود. "
     "پوتین که ۲۷ خرداد با ارسال پیامی پیروزی روحانی در انتخابات را تبریک گفته بود، در این دیدار دعوت رئیس‌جمهور ایران برای سفر به تهران را پذیرفت و زمان سفر از مجاری دیپلماتیک تعیین خواهد شد."),
     dates=[("شنبه ۲۳ شهریور ۱۳۹۲", "2013-09-14", "j"), ("دیروز", "2013-09-13", "r"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("۲۷ خرداد", "2013-06-17", "j")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "message", "2013-06-17"), C(PUT, ROU, "meet", None, True)]),
dict(id="F12", pub="2013-11-25", text=(
     "دنیای اقتصاد | دوشنبه ۴ آذر ۱۳۹۲ | ۲۲ محرم ۱۴۳۵ | شماره ۳۰۸۲\n"
     "به گزارش دنیای اقتصاد، قیمت هر دلار آمریکا در بازار آزاد تهران دیروز به ۲ هزار و ۸۶۰ تومان رسید که نسبت به اول مهر ۸ درصد کاهش نشان می‌دهد. "
     "بانک مرکزی اعلام کرد نرخ تورم نقطه به نقطه در آبان ماه به ۳۶.۵ درصد رسیده است. "
     "همچنین نخستین محموله ۶۰ هزار تنی گندم وارداتی از روسیه اواخر هفته آینده در بندر امیرآباد تخلیه می‌شود."),
     dates=[("دوشنبه ۴ آذر ۱۳۹۲", "2013-11-25", "j"), ("۲۲ محرم ۱۴۳۵", "2013-11-25", "h"), ("دیروز", "2013-11-24", "r"),
            ("اول مهر", "2013-09-23", "j"), ("آبان ماه", "2013-10-23/2013-11-21", "j"), ("اواخر هفته آینده", None, "ignore")],
     contacts=[]),
dict(id="F13", pub="2014-09-10", text=(
     "الف | چهارشنبه ۱۹ شهریور ۱۳۹۳ | ۱۵ ذی‌القعده ۱۴۳۵ | کد خبر: ۲۴۸۰۹۳\n"
     "الکساندر نواک، وزیر انرژی روسیه، که پریروز دوشنبه وارد تهران شد، دیروز با بیژن نامدار زنگنه، وزیر نفت، دیدار کرد و دو وزیر پس از ۳ ساعت مذاکره، یادداشت تفاهم همکاری در حوزه نفت، گاز و برق را امضا کردند. "
     "نواک و زنگنه رؤسای کمیسیون مشترک همکاری‌های اقتصادی دو کشورند و نشست بعدی کمیسیون قرار است ۱۷ و ۱۸ آذر در مسکو برگزار شود. "
     "حسن روحانی و ولادیمیر پوتین نیز جمعه در دوشنبه، پایتخت تاجیکستان، در حاشیه اجلاس سران شانگهای دیدار خواهند کرد."),
     dates=[("چهارشنبه ۱۹ شهریور ۱۳۹۳", "2014-09-10", "j"), ("۱۵ ذی‌القعده ۱۴۳۵", "2014-09-10", "h"),
            ("پریروز دوشنبه", "2014-09-08", "r"), ("دیروز", "2014-09-09", "r"), ("۱۷", "2014-12-08", "j"),
            ("۱۸ آذر", "2014-12-09", "j"), ("جمعه", "2014-09-12", "r")],
     contacts=[C(NOV, ZANG, "meet", "2014-09-09"), C(NOV, ZANG, "agreement", "2014-09-09"),
               C(NOV, ZANG, "meet", "2014-12-08/2014-12-09"), C(PUT, ROU, "meet", "2014-09-12")]),
dict(id="F14", pub="2015-07-11", text=(
     "روحانی و پوتین در اوفا: همکاری‌ها پس از توافق هسته‌ای گسترش می‌یابد\n"
     "فرارو | شنبه ۲۰ تیر ۱۳۹۴ | ۲۴ رمضان ۱۴۳۶ | ۱۱ ژوئیه ۲۰۱۵\n"
     "سرویس سیاست خارجی | کد مطلب: ۲۴۷۱۰۶ | ۱۱:۰۵\n"
     "اوفا- فرارو- حسن روحانی که برای شرکت در اجلاس سران سازمان همکاری شانگهای به اوفا سفر کرده بود، پنجشنبه شب با ولادیمیر پوتین دیدار و گفت‌وگو کرد و دیروز پس از سخنرانی در نشست سران به تهران بازگشت.\n"
     "دو رئیس‌جمهور در این دیدار ۴۵ دقیقه‌ای درباره مذاکرات هسته‌ای وین، که مهلت آن دوشنبه ۲۲ تیر به پایان می‌رسد، و همکاری در مبارزه با داعش گفت‌وگو کردند.\n"
     "پوتین گفت مسکو آماده است پس از لغو تحریم‌ها قرارداد تحویل سامانه اس-۳۰۰ را اجرا کند؛ او ۲۴ فروردین با امضای فرمانی ممنوعیت تحویل این سامانه را لغو کرده بود.\n"
     "به گفته یک مقام آگاه، سرگئی لاوروف و محمدجواد ظریف هفته آینده در تهران یا مسکو دیدار می‌کنند و کمیسیون مشترک اقتصادی دو کشور نیز آبان‌ماه در تهران تشکیل می‌شود.\n"
     "روحانی و پوتین پیش از این ۲۲ شهریور ۱۳۹۲ در بیشکک و ۷ مهر سال بعد در آستاراخان با یکدیگر دیدار کرده بودند.\n"
     "دیمیتری پسکوف، سخنگوی کرملین، نیز روز جمعه گزارش‌های منتشرشده درباره دیدار پوتین با قاسم سلیمانی در مسکو را «بی‌اساس» خواند.\n"
     "برچسب‌ها: روحانی، پوتین، اوفا، شانگهای، اس-۳۰۰\n"
     "مطلب مرتبط: دیدار ظریف و لاوروف در وین (۱۰ تیر ۱۳۹۴)\n"
     "© ۲۰۱۵ فرارو"),
     dates=[("شنبه ۲۰ تیر ۱۳۹۴", "2015-07-11", "j"), ("۲۴ رمضان ۱۴۳۶", "2015-07-11", "h"), ("۱۱ ژوئیه ۲۰۱۵", "2015-07-11", "g"),
            ("پنجشنبه شب", "2015-07-09", "r"), ("دیروز", "2015-07-10", "r"), ("دوشنبه ۲۲ تیر", "2015-07-13", "j"),
            ("۲۴ فروردین", "2015-04-13", "j"), ("هفته آینده", "2015-07-18/2015-07-24", "r"),
            ("آبان‌ماه", "2015-10-23/2015-11-21", "j"), ("۲۲ شهریور ۱۳۹۲", "2013-09-13", "j"), ("۷ مهر سال بعد", "2014-09-29", "j"),
            ("روز جمعه", "2015-07-10", "r"), ("۱۰ تیر ۱۳۹۴", "2015-07-01", "j"), ("© ۲۰۱۵", "2015", "g")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(LAV, ZAR, "meet", "2015-07-18/2015-07-24"),
               C(RU, IR, "meet", "2015-10-23/2015-11-21", True), C(PUT, ROU, "meet", "2013-09-13"),
               C(PUT, ROU, "meet", "2014-09-29"), C(LAV, ZAR, "meet", "2015-07-01", True)]),
dict(id="F15", pub="2016-06-06", text=(
     "جمهوری اسلامی | دوشنبه ۱۷ خرداد ۱۳۹۵ | ۱ رمضان ۱۴۳۷ | شماره ۱۰۶۴۸\n"
     "ستاد استهلال دفتر رهبر معظم انقلاب اعلام کرد با رؤیت هلال ماه در شامگاه یکشنبه، امروز اول ماه مبارک رمضان است؛ مسلمانان روسیه و جمهوری‌های آسیای میانه نیز از امروز روزه‌داری را آغاز کردند. "
     "به گفته این ستاد، مراسم احیای نخستین شب قدر پنجشنبه ۳ تیر برگزار می‌شود و روز جهانی قدس، آخرین جمعه ماه رمضان، ۱۱ تیر خواهد بود. "
     "عید سعید فطر نیز به احتمال زیاد چهارشنبه ۱۶ تیر است."),
     dates=[("دوشنبه ۱۷ خرداد ۱۳۹۵", "2016-06-06", "j"), ("۱ رمضان ۱۴۳۷", "2016-06-06", "h"), ("شامگاه یکشنبه", "2016-06-05", "r"),
            ("امروز", "2016-06-06", "r"), ("اول ماه مبارک رمضان", None, "ignore"), ("امروز", "2016-06-06", "r"),
            ("نخستین شب قدر", None, "ignore"), ("پنجشنبه ۳ تیر", "2016-06-23", "j"), ("روز جهانی قدس", None, "ignore"),
            ("آخرین جمعه ماه رمضان", None, "ignore"), ("۱۱ تیر", "2016-07-01", "j"), ("عید سعید فطر", None, "ignore"),
            ("چهارشنبه ۱۶ تیر", "2016-07-06", "j")],
     contacts=[]),
dict(id="F16", pub="2017-04-15", text=(
     "خبرفوری | شنبه ۲۶ فروردین ۱۳۹۶ | کد خبر: ۱۲۰۹۳۴۵ | ۰۷:۴۵\n"
     "محمدجواد ظریف، سرگئی لاوروف و ولید المعلم، وزیران خارجه ایران، روسیه و سوریه، عصر دیروز در مسکو نشستی سه‌جانبه برگزار کردند و حمله موشکی آمریکا به پایگاه هوایی الشعیرات در بامداد جمعه هجدهم فروردین را «تجاوز آشکار» خواندند. "
     "ظریف پنجشنبه شب نیز با لاوروف دیدار دوجانبه داشت؛ لاوروف سه روز پیش در همین شهر میزبان رکس تیلرسون، وزیر خارجه آمریکا، بود. "
     "سفر سرگئی شویگو، وزیر دفاع روسیه، به تهران که برای دوشنبه آینده برنامه‌ریزی شده بود، لغو شد."),
     dates=[("شنبه ۲۶ فروردین ۱۳۹۶", "2017-04-15", "j"), ("عصر دیروز", "2017-04-14", "r"),
            ("بامداد جمعه هجدهم فروردین", "2017-04-07", "j"), ("پنجشنبه شب", "2017-04-13", "r"), ("سه روز پیش", "2017-04-12", "r"),
            ("دوشنبه آینده", "2017-04-17", "r")],
     contacts=[C(LAV, ZAR, "meet", "2017-04-14"), C(LAV, ZAR, "meet", "2017-04-13")]),
dict(id="F17", pub="2018-06-16", text=(
     "ایران ورزشی | شنبه ۲۶ خرداد ۱۳۹۷ | ۲ شوال ۱۴۳۹ | شماره ۲۶۴۰\n"
     "تیم ملی فوتبال ایران شامگاه جمعه، همزمان با عید فطر، در نخستین دیدار خود در جام جهانی ۲۰۱۸ روسیه با گل دقیقه ۹۵ عزیز بوحدوز به دروازه خودی، مراکش را ۱ بر ۰ شکست داد. "
     "شاگردان کی‌روش چهارشنبه ۳۰ خرداد در کازان به مصاف اسپانیا می‌روند و آخرین بازی گروهی را ۴ تیر (۲۵ ژوئن) مقابل پرتغال در سارانسک انجام می‌دهند. "
     "این نخستین پیروزی ایران در جام جهانی از زمان برد ۲ بر ۱ مقابل آمریکا در ۳۱ خرداد ۱۳۷۷ است."),
     dates=[("شنبه ۲۶ خرداد ۱۳۹۷", "2018-06-16", "j"), ("۲ شوال ۱۴۳۹", "2018-06-16", "h"), ("شامگاه جمعه", "2018-06-15", "r"),
            ("عید فطر", None, "ignore"), ("جام جهانی ۲۰۱۸", None, "ignore"), ("چهارشنبه ۳۰ خرداد", "2018-06-20", "j"),
            ("۴ تیر", "2018-06-25", "j"), ("۲۵ ژوئن", "2018-06-25", "g"), ("۳۱ خرداد ۱۳۷۷", "1998-06-21", "j")],
     contacts=[]),
dict(id="F18", pub="2019-05-09", text=(
     "نورنیوز | ۱۳۹۸/۰۲/۱۹ - ۱۰:۲۰ | کد خبر: ۲۲۴۵۱\n"
     "محمدجواد ظریف دیروز، همزمان با نخستین سالگرد خروج آمریکا از برجام، در مسکو با سرگئی لاوروف دیدار کرد و نامه حسن روحانی خطاب به ولادیمیر پوتین درباره توقف اجرای بخشی از تعهدات برجامی ایران را به طرف روس تحویل داد. "
     "ایران از ۱۸ اردیبهشت اجرای دو تعهد خود را متوقف کرده و به طرف‌های باقی‌مانده در توافق ۶۰ روز مهلت داده است. "
     "پوتین و روحانی قرار است ۲۴ خرداد در حاشیه اجلاس سران شانگهای در بیشکک دیدار کنند."),
     dates=[("۱۳۹۸/۰۲/۱۹", "2019-05-09", "j"), ("دیروز", "2019-05-08", "r"),
            ("نخستین سالگرد خروج آمریکا از برجام", None, "ignore"), ("۱۸ اردیبهشت", "2019-05-08", "j"),
            ("۲۴ خرداد", "2019-06-14", "j")],
     contacts=[C(LAV, ZAR, "meet", "2019-05-08"), C([PUT, LAV, RU], [ROU, ZAR, IR], "message", "2019-05-08"),
               C(PUT, ROU, "meet", "2019-06-14")]),
dict(id="F19", pub="2020-08-12", text=(
     "دیدبان ایران | چهارشنبه ۲۲ مرداد ۱۳۹۹ | ساعت ۱۲:۴۰ | کد خبر: ۷۴۱۸۸\n"
     "سخنگوی وزارت بهداشت اعلام کرد از ظهر سه‌شنبه تا ظهر امروز ۱۸۹ بیمار مبتلا به کووید ۱۹ جان باختند و شمار جان‌باختگان این بیماری در کشور به ۱۸ هزار و ۸۰۰ نفر رسید. "
     "به گفته وی، ایران خرید واکسن روسی «اسپوتنیک وی» را که دیروز در مسکو ثبت شد، تنها پس از تأیید سازمان جهانی بهداشت بررسی می‌کند. "
     "آزمون سراسری ۱۳۹۹ نیز با رعایت دستورالعمل‌های بهداشتی از ۶ تا ۹ شهریور برگزار می‌شود."),
     dates=[("چهارشنبه ۲۲ مرداد ۱۳۹۹", "2020-08-12", "j"), ("از ظهر سه‌شنبه تا ظهر امروز", "2020-08-11/2020-08-12", "r"),
            ("دیروز", "2020-08-11", "r"), ("آزمون سراسری ۱۳۹۹", None, "ignore"),
            ("از ۶ تا ۹ شهریور", "2020-08-27/2020-08-30", "j")],
     contacts=[]),
dict(id="F20", pub="2021-08-06", text=(
     "باشگاه خبرنگاران جوان | جمعه ۱۵ مرداد ۱۴۰۰ - ۲۷ ذی‌الحجه ۱۴۴۲ | کد خبر: ۷۸۳۰۱۵۲\n"
     "ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم تحلیف رئیس‌جمهور به تهران آمده بود، عصر پنجشنبه با آیت‌الله سید ابراهیم رئیسی دیدار و پیام تبریک ولادیمیر پوتین را به وی تسلیم کرد. "
     "ولودین صبح دیروز نیز با محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیدار و گفت‌وگو کرده بود. "
     "پوتین بیست و نهم خرداد، یک روز پس از انتخابات، با ارسال پیامی پیروزی رئیسی را تبریک گفته بود."),
     dates=[("جمعه ۱۵ مرداد ۱۴۰۰", "2021-08-06", "j"), ("۲۷ ذی‌الحجه ۱۴۴۲", "2021-08-06", "h"), ("عصر پنجشنبه", "2021-08-05", "r"),
            ("صبح دیروز", "2021-08-05", "r"), ("بیست و نهم خرداد", "2021-06-19", "j"),
            ("یک روز پس از انتخابات", None, "ignore")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C([PUT] + VOL, RAI, "message", "2021-08-05"),
               C(VOL, GHA, "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-06-19")]),
# ---------------- 2022 ----------------
dict(id="F21", pub="2022-01-20", text=(
     "رئیسی در کرملین: سند همکاری ۲۰ ساله به مراحل پایانی رسیده است\n"
     "کیهان | پنجشنبه ۳۰ دی ۱۴۰۰ | ۱۷ جمادی‌الثانی ۱۴۴۳ | شماره ۲۲۹۵۰\n"
     "سرویس سیاسی | کد خبر: ۲۲۵۶۱۴\n"
     "مسکو- خبرنگار اعزامی کیهان- آیت‌الله سید ابراهیم رئیسی که پریروز سه‌شنبه در رأس هیئتی سیاسی و اقتصادی وارد مسکو شد، دیروز در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ این دیدار بیش از سه ساعت به طول انجامید.\n"
     "رئیس‌جمهور امروز پس از دیدار با ویاچسلاو ولودین، رئیس دومای دولتی، در جلسه عمومی دوما سخنرانی می‌کند و فردا صبح به تهران بازمی‌گردد.\n"
     "حسین امیرعبداللهیان نیز عصر دیروز در حاشیه این سفر با سرگئی لاوروف دیدار و درباره دور هشتم مذاکرات وین، که از ۶ دی در جریان است، رایزنی کرد.\n"
     "دو رئیس‌جمهور بر نهایی شدن سند جامع همکاری‌های ۲۰ ساله تأکید کردند و قرار شد متن آن تا پایان سال ۱۴۰۰ به امضا برسد.\n"
     "رئیسی و پوتین ۲۵ مرداد در نخستین تماس تلفنی پس از آغاز به کار دولت سیزدهم گفت‌وگو کرده بودند و ۲۶ شهریور نیز هر دو در اجلاس سران شانگهای در دوشنبه شرکت داشتند که پوتین به صورت ویدئویی در آن حاضر شد.\n"
     "آخرین سفر یک رئیس‌جمهور ایران به روسیه به ۷ فروردین ۱۳۹۶ و سفر حسن روحانی به مسکو بازمی‌گردد.\n"
     "برچسب‌ها: رئیسی در مسکو، سند ۲۰ ساله، دومای دولتی روسیه\n"
     "مطلب مرتبط: گفت‌وگوی تلفنی امیرعبداللهیان و لاوروف درباره مذاکرات وین (۲۱ دی ۱۴۰۰)\n"
     "© ۲۰۲۲ کیهان"),
     dates=[("پنجشنبه ۳۰ دی ۱۴۰۰", "2022-01-20", "j"), ("۱۷ جمادی‌الثانی ۱۴۴۳", "2022-01-20", "h"),
            ("پریروز سه‌شنبه", "2022-01-18", "r"), ("دیروز", "2022-01-19", "r"), ("امروز", "2022-01-20", "r"),
            ("فردا صبح", "2022-01-21", "r"), ("عصر دیروز", "2022-01-19", "r"), ("۶ دی", "2021-12-27", "j"),
            ("تا پایان سال ۱۴۰۰", None, "ignore"), ("۲۵ مرداد", "2021-08-16", "j"), ("۲۶ شهریور", "2021-09-17", "j"),
            ("۷ فروردین ۱۳۹۶", "2017-03-27", "j"), ("۲۱ دی ۱۴۰۰", "2022-01-11", "j"), ("© ۲۰۲۲", "2022", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(VOL, RAI, "meet", "2022-01-20"), C(LAV, AMI, "meet", "2022-01-19"),
               C([PUT, RU], [RAI, IR], "agreement", None, True), C(PUT, RAI, "phone_call", "2021-08-16"),
               C(PUT, RAI, "meet", "2021-09-17", True), C([PUT, RU], [ROU, IR], "meet", "2017-03-27"),
               C(LAV, AMI, "phone_call", "2022-01-11", True)]),
dict(id="F22", pub="2022-05-16", text=(
     "تجارت‌نیوز | دوشنبه ۲۶ اردیبهشت ۱۴۰۱ | ۱۵ شوال ۱۴۴۳ | ۱۰:۳۰\n"
     "به گزارش تجارت‌نیوز، با حذف ارز ۴۲۰۰ تومانی، قیمت هر کیلو مرغ در میادین تره‌بار تهران از شنبه گذشته به ۶۲ هزار تومان رسید و روغن مایع تا ۲۵۰ درصد گران شد؛ مرکز آمار نیز تورم ماه گذشته را ۳۹.۲ درصد اعلام کرده بود. "
     "بهمن رضایی، فروشنده‌ای در میدان تره‌بار شهران، می‌گوید خرید مردم به نصف رسیده و دولت وعده داده مرحله نخست کالابرگ الکترونیکی از ۱۵ خرداد اجرا شود. "
     "واردات گندم از روسیه که پس از آغاز جنگ اوکراین در اسفند ۱۴۰۰ متوقف شده بود، از دو هفته پیش از سر گرفته شده است."),
     dates=[("دوشنبه ۲۶ اردیبهشت ۱۴۰۱", "2022-05-16", "j"), ("۱۵ شوال ۱۴۴۳", "2022-05-16", "h"), ("شنبه گذشته", "2022-05-14", "r"),
            ("ماه گذشته", "2022-03-21/2022-04-20", "r"), ("۱۵ خرداد", "2022-06-05", "j"),
            ("اسفند ۱۴۰۰", "2022-02-20/2022-03-20", "j"), ("دو هفته پیش", "2022-04-30/2022-05-06", "r")],
     contacts=[]),
dict(id="F23", pub="2022-06-23", text=(
     "جام جم آنلاین | پنجشنبه ۲ تیر ۱۴۰۱ | ۲۴ ذی‌القعده ۱۴۴۳ | کد خبر: ۱۳۶۸۲۲۷\n"
     "سرگئی لاوروف، وزیر خارجه روسیه، که دیشب وارد تهران شد، امروز صبح با حسین امیرعبداللهیان دیدار کرد و قرار است عصر امروز با آیت‌الله رئیسی نیز دیدار کند. "
     "امیرعبداللهیان در نشست خبری مشترک دو وزیر گفت رئیس‌جمهور ۸ تیر برای شرکت در ششمین اجلاس سران کشورهای ساحلی خزر به عشق‌آباد می‌رود و در حاشیه آن با ولادیمیر پوتین دیدار خواهد کرد."),
     dates=[("پنجشنبه ۲ تیر ۱۴۰۱", "2022-06-23", "j"), ("۲۴ ذی‌القعده ۱۴۴۳", "2022-06-23", "h"), ("دیشب", "2022-06-22", "r"),
            ("امروز صبح", "2022-06-23", "r"), ("عصر امروز", "2022-06-23", "r"), ("۸ تیر", "2022-06-29", "j")],
     contacts=[C(LAV, AMI, "meet", "2022-06-23"), C(LAV, RAI, "meet", "2022-06-23"), C(PUT, RAI, "meet", "2022-06-29")]),
dict(id="F24", pub="2022-11-10", text=(
     "إرنا | الخميس ١٩ آبان ١٤٠١ - ١٠ نوفمبر ٢٠٢٢ | ٠٩:٢٠\n"
     "طهران/إرنا- وصل أمين مجلس الأمن الروسي نيكولاي باتروشيف إلى طهران مساء الثلاثاء، وأجرى أمس الأربعاء محادثات مع أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني تناولت الأمن الإقليمي والأوضاع في أوكرانيا، ثم التقى رئيس الجمهورية آية الله السيد إبراهيم رئيسي في اليوم نفسه. "
     "واتفق الجانبان على عقد الجولة المقبلة من المشاورات الأمنية في موسكو الشهر المقبل، فيما نفت الخارجية الإيرانية مجدداً تقارير عن إرسال طائرات مسيّرة إلى روسيا لاستخدامها في الحرب التي بدأت في 24 فبراير الماضي."),
     dates=[("الخميس ١٩ آبان ١٤٠١", "2022-11-10", "j"), ("١٠ نوفمبر ٢٠٢٢", "2022-11-10", "g"), ("مساء الثلاثاء", "2022-11-08", "r"),
            ("أمس الأربعاء", "2022-11-09", "r"), ("اليوم نفسه", None, "ignore"), ("الشهر المقبل", "2022-12", "r"),
            ("24 فبراير الماضي", "2022-02-24", "g")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-09"), C(PAT, SHAM, "meet", "2022-12")]),
# ---------------- 2023 ----------------
dict(id="F25", pub="2023-03-01", text=(
     "دیپلماسی ایرانی | چهارشنبه ۱۰ اسفند ۱۴۰۱ | کد خبر: ۱۹۱۲۰۵۴ | ۰۹:۱۰\n"
     "علی باقری کنی، معاون سیاسی وزیر امور خارجه، دوشنبه در مسکو با سرگئی ریابکوف، معاون وزیر خارجه روسیه، درباره روند احیای برجام رایزنی کرد و روز بعد با میخائیل بوگدانوف، نماینده ویژه رئیس‌جمهور روسیه در امور خاورمیانه، نیز دیدار کرد. "
     "باقری کنی پیش از این سفر در دوحه با انریکه مورا، معاون مسئول سیاست خارجی اتحادیه اروپا، گفت‌وگو کرده بود. "
     "قرار است حسین امیرعبداللهیان نیز فروردین‌ماه سال آینده برای دیدار با لاوروف به مسکو سفر کند."),
     dates=[("چهارشنبه ۱۰ اسفند ۱۴۰۱", "2023-03-01", "j"), ("دوشنبه", "2023-02-27", "r"), ("روز بعد", None, "ignore"),
            ("فروردین‌ماه سال آینده", "2023-03-21/2023-04-20", "j")],
     contacts=[C(RYAB, BAG, "meet", "2023-02-27"), C(BOG, BAG, "meet", "2023-02-28"),
               C(LAV, AMI, "meet", "2023-03-21/2023-04-20")]),
dict(id="F26", pub="2023-08-01", text=(
     "ستاره صبح | سه‌شنبه ۱۰ مرداد ۱۴۰۲ | شماره ۲۴۶۰\n"
     "هیئت دولت به دلیل گرمای بی‌سابقه و صرفه‌جویی در مصرف برق، ادارات، بانک‌ها و مراکز آموزشی سراسر کشور را روزهای چهارشنبه ۱۱ و پنجشنبه ۱۲ مرداد تعطیل اعلام کرد. "
     "به گفته سازمان هواشناسی، دمای اهواز دیروز به ۵۰ درجه رسید و این موج گرما که از یکشنبه هفته گذشته آغاز شده، تا پایان هفته ادامه دارد. "
     "روسیه، ترکیه و عراق نیز در روزهای اخیر دمای بالای ۴۰ درجه را تجربه کرده‌اند."),
     dates=[("سه‌شنبه ۱۰ مرداد ۱۴۰۲", "2023-08-01", "j"), ("چهارشنبه ۱۱", "2023-08-02", "j"), ("پنجشنبه ۱۲ مرداد", "2023-08-03", "j"),
            ("دیروز", "2023-07-31", "r"), ("یکشنبه هفته گذشته", "2023-07-23", "r"), ("تا پایان هفته", None, "ignore"),
            ("روزهای اخیر", None, "ignore")],
     contacts=[]),
dict(id="F27", pub="2023-09-30", text=(
     "طلوع‌نیوز | شنبه ۸ میزان ۱۴۰۲ | ۱۵:۳۰\n"
     "پنجمین نشست فارمت مسکو روز جمعه، ۷ میزان (۲۹ سپتمبر)، در شهر قازان روسیه برگزار شد و امیرخان متقی، سرپرست وزارت خارجه امارت اسلامی، در حاشیه آن با ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه برای افغانستان، دیدار کرد. "
     "حسن کاظمی قمی، نماینده ویژه ایران برای افغانستان، نیز پیش از آغاز نشست با کابلوف دیدار و گفتگو کرد و دو طرف توافق کردند دور بعدی رایزنی‌های دوجانبه را در ماه قوس در تهران برگزار کنند. "
     "نشست قبلی این فارمت به تاریخ ۲۸ میزان ۱۴۰۰ در مسکو برگزار شده بود."),
     dates=[("شنبه ۸ میزان ۱۴۰۲", "2023-09-30", "j"), ("روز جمعه، ۷ میزان", "2023-09-29", "j"), ("۲۹ سپتمبر", "2023-09-29", "g"),
            ("ماه قوس", "2023-11-22/2023-12-21", "j"), ("۲۸ میزان ۱۴۰۰", "2021-10-20", "j")],
     contacts=[C(KAB, KAZ, "meet", "2023-09-29"), C(KAB, KAZ, "meet", "2023-11-22/2023-12-21"),
               C(RU, IR, "meet", "2021-10-20", True)]),
dict(id="F28", pub="2023-12-08", text=(
     "خبرآنلاین | جمعه هفدهم آذر ۱۴۰۲ | کد خبر: ۱۸۱۲۴۰۶ | ۱۱:۰۰\n"
     "ولادیمیر پوتین که روز چهارشنبه در ریاض با محمد بن سلمان، ولیعهد عربستان، دیدار کرده بود، دیروز آیت‌الله سید ابراهیم رئیسی را در کاخ کرملین پذیرفت و دو رئیس‌جمهور درباره جنگ غزه، کریدور شمال-جنوب و معاهده جامع جدید همکاری گفت‌وگو کردند. "
     "دو طرف بر امضای این معاهده «در آینده نزدیک» تأکید کردند و قرار است سرگئی لاوروف ماه آینده برای پیگیری توافق‌های این سفر به تهران بیاید. "
     "آخرین دیدار دو رئیس‌جمهور ۲۴ شهریور ۱۴۰۱ در سمرقند انجام شده بود."),
     dates=[("جمعه هفدهم آذر ۱۴۰۲", "2023-12-08", "j"), ("روز چهارشنبه", "2023-12-06", "r"), ("دیروز", "2023-12-07", "r"),
            ("در آینده نزدیک", None, "ignore"), ("ماه آینده", "2023-12-22/2024-01-20", "r"),
            ("۲۴ شهریور ۱۴۰۱", "2022-09-15", "j")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C([PUT, RU], [RAI, IR], "agreement", None, True),
               C(LAV, [AMI, IR], "meet", "2023-12-22/2024-01-20"), C(PUT, RAI, "meet", "2022-09-15")]),
# ---------------- 2024 ----------------
dict(id="F29", pub="2024-03-03", text=(
     "قناة العالم | الأحد 13 إسفند 1402 - 3 مارس 2024 | 10:40\n"
     "أعلنت وزارة الداخلية الإيرانية اليوم الأحد أن نسبة المشاركة في انتخابات الدورة الثانية عشرة لمجلس الشورى الإسلامي والدورة السادسة لمجلس خبراء القيادة، التي جرت يوم الجمعة، بلغت 41 بالمئة، على أن تُجرى الجولة الثانية في الدوائر التي لم يُحسم فيها التنافس في 10 أيار/مايو المقبل. "
     "وكانت الحملات الانتخابية قد انطلقت في 22 فبراير الماضي واستمرت أسبوعاً، فيما تابع مراقبون وإعلاميون من روسيا والعراق وتركيا عملية الاقتراع في طهران."),
     dates=[("الأحد 13 إسفند 1402", "2024-03-03", "j"), ("3 مارس 2024", "2024-03-03", "g"), ("اليوم الأحد", "2024-03-03", "r"),
            ("يوم الجمعة", "2024-03-01", "r"), ("10 أيار/مايو المقبل", "2024-05-10", "g"),
            ("22 فبراير الماضي", "2024-02-22", "g")],
     contacts=[]),
dict(id="F30", pub="2024-03-24", text=(
     "مشرق | یکشنبه ۵ فروردین ۱۴۰۳ | ۱۴ رمضان ۱۴۴۵ | کد خبر: ۱۶۱۴۲۰۵\n"
     "آیت‌الله سید ابراهیم رئیسی با ارسال پیامی به ولادیمیر پوتین، حمله تروریستی شامگاه جمعه به سالن کنسرت «کروکوس» در حومه مسکو را محکوم کرد و به دولت و ملت روسیه تسلیت گفت. "
     "حسین امیرعبداللهیان نیز دیروز در گفت‌وگوی تلفنی با سرگئی لاوروف آمادگی تهران برای همکاری در مبارزه با تروریسم را اعلام کرد و گفت شیوه این حمله یادآور انفجارهای ۱۳ دی در کرمان است. "
     "در همین حال، دیمیتری پسکوف خبر گفت‌وگوی تلفنی رئیسی و پوتین را تکذیب کرد و گفت پیام رئیس‌جمهور ایران از مجاری دیپلماتیک دریافت شده است."),
     dates=[("یکشنبه ۵ فروردین ۱۴۰۳", "2024-03-24", "j"), ("۱۴ رمضان ۱۴۴۵", "2024-03-24", "h"), ("شامگاه جمعه", "2024-03-22", "r"),
            ("دیروز", "2024-03-23", "r"), ("۱۳ دی", "2024-01-03", "j")],
     contacts=[C(PUT, RAI, "message", "any"), C(LAV, AMI, "phone_call", "2024-03-23")]),
dict(id="F31", pub="2024-05-23", text=(
     "روزنامه ایران | پنجشنبه ۳ خرداد ۱۴۰۳ | ۱۵ ذی‌القعده ۱۴۴۵ | شماره ۸۴۹۰\n"
     "ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که در رأس هیئتی برای شرکت در مراسم بزرگداشت شهید آیت‌الله رئیسی و همراهانش به تهران آمده بود، دیروز با محمد مخبر، سرپرست ریاست‌جمهوری، دیدار و پیام تسلیت ولادیمیر پوتین را به وی منتقل کرد. "
     "پوتین دوشنبه ۳۱ اردیبهشت نیز در تماس تلفنی با مخبر درگذشت رئیس‌جمهور و هیئت همراه را تسلیت گفته بود. "
     "مراسم تشییع پیکر رئیس‌جمهور فقید امروز در مشهد برگزار می‌شود."),
     dates=[("پنجشنبه ۳ خرداد ۱۴۰۳", "2024-05-23", "j"), ("۱۵ ذی‌القعده ۱۴۴۵", "2024-05-23", "h"), ("دیروز", "2024-05-22", "r"),
            ("دوشنبه ۳۱ اردیبهشت", "2024-05-20", "j"), ("امروز", "2024-05-23", "r")],
     contacts=[C(VOL, MOKH, "meet", "2024-05-22"), C([PUT] + VOL, MOKH, "message", "2024-05-22"),
               C(PUT, MOKH, "phone_call", "2024-05-20")]),
dict(id="F32", pub="2024-12-18", text=(
     "پاک‌نژاد در مسکو: قرارداد گازی تا پایان سال نهایی می‌شود\n"
     "دنیای اقتصاد | چهارشنبه ۲۸ آذر ۱۴۰۳ | ۱۷ جمادی‌الثانی ۱۴۴۶ | شماره ۶۱۲۰\n"
     "گروه انرژی | کد خبر: ۴۱۳۷۲۹۰ | ۰۷:۵۵\n"
     "مسکو- محسن پاک‌نژاد، وزیر نفت، که یکشنبه شب وارد مسکو شد، دیروز در نشست کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه با سرگئی تسیویلف، وزیر انرژی روسیه و رئیس روسی کمیسیون، گفت‌وگو کرد و دو وزیر سند پایانی نشست را امضا کردند.\n"
     "پاک‌نژاد امروز با الکساندر نواک، معاون نخست‌وزیر روسیه، دیدار می‌کند و فردا با الکسی میلر، مدیرعامل گازپروم، درباره جزئیات قرارداد انتقال سالانه ۵۵ میلیارد مترمکعب گاز روسیه به ایران مذاکره خواهد کرد.\n"
     "به گفته وزیر نفت، مذاکرات قیمتی از اواسط آبان در جریان است و قرارداد نهایی در سفر رئیس‌جمهور به مسکو که برای دی‌ماه برنامه‌ریزی شده، به امضا می‌رسد.\n"
     "مسعود پزشکیان و ولادیمیر پوتین پیش از این ۲ آبان ۱۴۰۳ در حاشیه اجلاس بریکس در کازان و ۲۰ مهر در عشق‌آباد با یکدیگر دیدار کرده بودند.\n"
     "الکسی میلر نیز تیرماه در سفر به تهران با جواد اوجی، وزیر وقت نفت، یادداشت تفاهم همکاری گازی را امضا کرده بود.\n"
     "نخستین نشست این کمیسیون در سال ۱۳۷۶ در تهران برگزار شده بود.\n"
     "برچسب‌ها: گاز روسیه، کمیسیون مشترک، پاک‌نژاد، گازپروم\n"
     "مطلب مرتبط: گفت‌وگوی تلفنی پزشکیان و پوتین درباره تحولات سوریه (۱۸ آذر ۱۴۰۳)\n"
     "© ۲۰۲۴ دنیای اقتصاد"),
     dates=[("تا پایان سال", None, "ignore"), ("چهارشنبه ۲۸ آذر ۱۴۰۳", "2024-12-18", "j"), ("۱۷ جمادی‌الثانی ۱۴۴۶", "2024-12-18", "h"),
            ("یکشنبه شب", "2024-12-15", "r"), ("دیروز", "2024-12-17", "r"), ("امروز", "2024-12-18", "r"), ("فردا", "2024-12-19", "r"),
            ("اواسط آبان", "2024-11-01/2024-11-10", "j"), ("دی‌ماه", "2024-12-21/2025-01-19", "j"), ("۲ آبان ۱۴۰۳", "2024-10-23", "j"),
            ("۲۰ مهر", "2024-10-11", "j"), ("تیرماه", "2024-06-21/2024-07-21", "j"), ("سال ۱۳۷۶", "1997-03-21/1998-03-20", "j"),
            ("۱۸ آذر ۱۴۰۳", "2024-12-08", "j"), ("© ۲۰۲۴", "2024", "g")],
     contacts=[C(TSIV, PAK, "meet", "2024-12-17"), C(TSIV, PAK, "agreement", "2024-12-17"), C(NOV, PAK, "meet", "2024-12-18"),
               C(MIL, PAK, "meet", "2024-12-19"), C([PUT, RU], [PEZ, IR], "meet", "2024-12-21/2025-01-19"),
               C([RU] + MIL + [PUT], [IR, PEZ] + PAK, "agreement", "2024-12-21/2025-01-19"),
               C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"),
               C(MIL, OWJ, "agreement", "2024-06-21/2024-07-21"), C(MIL, OWJ, "meet", "2024-06-21/2024-07-21", True),
               C(RU, IR, "meet", "1997-03-21/1998-03-20", True), C(PUT, PEZ, "phone_call", "2024-12-08", True)]),
# ---------------- 2025 ----------------
dict(id="F33", pub="2025-01-18", text=(
     "تابناک | شنبه ۲۹ دی ۱۴۰۳ | ۱۸ رجب ۱۴۴۶ | کد خبر: ۱۲۸۰۴۴۱\n"
     "معاهده مشارکت راهبردی جامع جمهوری اسلامی ایران و فدراسیون روسیه دیروز جمعه ۲۸ دی‌ماه در کاخ کرملین به امضای مسعود پزشکیان و ولادیمیر پوتین رسید؛ این سند ۴۷ ماده‌ای برای ۲۰ سال اعتبار دارد و جایگزین معاهده ۱۲ مارس ۲۰۰۱ می‌شود. "
     "پیش از مراسم امضا، دو رئیس‌جمهور حدود سه ساعت در قالب دیدار خصوصی و نشست هیئت‌های عالی‌رتبه گفت‌وگو کردند و عباس عراقچی و سرگئی لاوروف نیز یادداشت تفاهم همکاری در حوزه امنیت اطلاعات بین‌المللی را امضا کردند. "
     "پزشکیان امروز به تهران بازمی‌گردد و معاهده پس از تصویب مجلس شورای اسلامی و دومای دولتی روسیه لازم‌الاجرا می‌شود."),
     dates=[("شنبه ۲۹ دی ۱۴۰۳", "2025-01-18", "j"), ("۱۸ رجب ۱۴۴۶", "2025-01-18", "h"), ("دیروز جمعه ۲۸ دی‌ماه", "2025-01-17", "j"),
            ("۱۲ مارس ۲۰۰۱", "2001-03-12", "g"), ("امروز", "2025-01-18", "r")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17"), C(LAV, ARA, "agreement", "2025-01-17"),
               C(LAV, ARA, "meet", "2025-01-17", True), C([PUT, RU], [KHAT, IR], "agreement", "2001-03-12", True)]),
dict(id="F34", pub="2025-04-18", text=(
     "وكالة مهر للأنباء | الجمعة 29 فروردين 1404 - 18 أبريل 2025 | 10:15\n"
     "سلّم وزير الخارجية الإيراني عباس عراقجي، أمس الخميس في الكرملين، رسالة خطية من قائد الثورة الإسلامية آية الله السيد علي خامنئي إلى الرئيس الروسي فلاديمير بوتين تتعلق بالمفاوضات غير المباشرة مع واشنطن، وذلك بعد محادثات أجراها في اليوم نفسه مع نظيره الروسي سيرغي لافروف. "
     "وكان عراقجي قد التقى المبعوث الأمريكي ستيف ويتكوف في مسقط يوم السبت الماضي بوساطة عُمانية، على أن تُعقد الجولة الثانية في روما غداً السبت. "
     "وأعلنت الخارجية الروسية أن لافروف سيزور طهران الشهر المقبل لمتابعة نتائج المحادثات."),
     dates=[("الجمعة 29 فروردين 1404", "2025-04-18", "j"), ("18 أبريل 2025", "2025-04-18", "g"), ("أمس الخميس", "2025-04-17", "r"),
            ("اليوم نفسه", None, "ignore"), ("يوم السبت الماضي", "2025-04-12", "r"), ("غداً السبت", "2025-04-19", "r"),
            ("الشهر المقبل", "2025-05", "r")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, [KHA, ARA, IR], "message", "2025-04-17"),
               C(LAV, ARA, "meet", "2025-04-17"), C(LAV, [ARA, IR], "meet", "2025-05")]),
dict(id="F35", pub="2025-05-17", text=(
     "آژانس خبری پژواک | شنبه ۲۷ ثور ۱۴۰۴ – ۱۷ می ۲۰۲۵ | ۱۱:۲۰\n"
     "اداره ملی امتحانات اعلام کرد امتحان کانکور سال ۱۴۰۴ در ولایات سردسیر از ۱۵ تا ۲۰ جوزا و در ولایات گرمسیر در ماه جدی برگزار میشود و ثبت نام متقاضیان از فردا آغاز میگردد. "
     "به گفته این اداره، امسال بیش از ۱۶۰ هزار تن در این امتحان اشتراک میکنند، در حالیکه سال گذشته ۱۴۵ هزار تن اشتراک کرده بودند. "
     "همچنان ۲۰۰ دانشجوی افغان که بورسیه‌های تحصیلی روسیه و ایران را به دست آورده‌اند، تا ختم ماه سرطان به این کشورها اعزام میشوند."),
     dates=[("شنبه ۲۷ ثور ۱۴۰۴", "2025-05-17", "j"), ("۱۷ می ۲۰۲۵", "2025-05-17", "g"), ("سال ۱۴۰۴", "2025-03-21/2026-03-20", "j"),
            ("از ۱۵ تا ۲۰ جوزا", "2025-06-05/2025-06-10", "j"), ("ماه جدی", "2025-12-22/2026-01-20", "j"), ("فردا", "2025-05-18", "r"),
            ("امسال", "2025-03-21/2026-03-20", "r"), ("سال گذشته", "2024-03-20/2025-03-20", "r"),
            ("تا ختم ماه سرطان", None, "ignore")],
     contacts=[]),
dict(id="F36", pub="2025-09-02", text=(
     "فرارو | سه‌شنبه ۱۱ شهریور ۱۴۰۴ | کد خبر: ۹۵۲۰۶۱ | ۰۸:۳۰\n"
     "مسعود پزشکیان و ولادیمیر پوتین دیروز در حاشیه اجلاس سران سازمان همکاری شانگهای در تیانجین چین دیدار و درباره تحولات پس از جنگ ۱۲ روزه و فعال شدن سازوکار ماشه از سوی سه کشور اروپایی گفت‌وگو کردند. "
     "پزشکیان یکشنبه شب پس از ورود به تیانجین با شی جین‌پینگ و نارندرا مودی دیدار کرده بود. "
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، نیز قرار است اواخر شهریور برای دیدار با سرگئی شویگو، دبیر شورای امنیت روسیه، به مسکو سفر کند."),
     dates=[("سه‌شنبه ۱۱ شهریور ۱۴۰۴", "2025-09-02", "j"), ("دیروز", "2025-09-01", "r"), ("یکشنبه شب", "2025-08-31", "r"),
            ("اواخر شهریور", "2025-09-12/2025-09-22", "j")],
     contacts=[C(PUT, PEZ, "meet", "2025-09-01"), C(SHO, LARJ, "meet", "2025-09-12/2025-09-22")]),
# ---------------- 2026 ----------------
dict(id="F37", pub="2026-01-20", text=(
     "همشهری | سه‌شنبه ۳۰ دی ۱۴۰۴ | ۱ شعبان ۱۴۴۷ | شماره ۹۴۱۲\n"
     "به دلیل تداوم موج سرما و ناترازی گاز، ادارات و مدارس ۱۸ استان فردا چهارشنبه تعطیل است و آموزش مدارس تهران از امروز تا جمعه غیرحضوری برگزار می‌شود. "
     "مدیرکل پیش‌بینی سازمان هواشناسی گفت این موج سرما که از شب یلدا آغاز شده، تا ۵ بهمن ادامه دارد و دمای شهرکرد بامداد دیروز به منفی ۲۶ درجه رسید. "
     "به گفته وزارت نفت، سوآپ گاز روسیه از مسیر جمهوری آذربایجان از آذر ۱۴۰۴ روزانه ۵ میلیون مترمکعب بوده است."),
     dates=[("سه‌شنبه ۳۰ دی ۱۴۰۴", "2026-01-20", "j"), ("۱ شعبان ۱۴۴۷", "2026-01-20", "h"), ("فردا چهارشنبه", "2026-01-21", "r"),
            ("از امروز تا جمعه", "2026-01-20/2026-01-23", "r"), ("شب یلدا", "2025-12-21", "j"), ("۵ بهمن", "2026-01-25", "j"),
            ("بامداد دیروز", "2026-01-19", "r"), ("آذر ۱۴۰۴", "2025-11-22/2025-12-21", "j")],
     contacts=[]),
dict(id="F38", pub="2026-02-07", text=(
     "لاوروف فردا به تهران می‌آید؛ سفر پزشکیان به مسکو به اردیبهشت موکول شد\n"
     "نورنیوز | شنبه ۱۸ بهمن ۱۴۰۴ | ۱۹ شعبان ۱۴۴۷ | ۷ فوریه ۲۰۲۶\n"
     "کد خبر: ۳۲۱۴۵۶۷ | سرویس دیپلماسی | ساعت ۲۲:۱۰\n"
     "تهران- اسماعیل بقائی، سخنگوی وزارت امور خارجه، امروز در نشست خبری اعلام کرد سرگئی لاوروف فردا یکشنبه برای سفری دوروزه وارد تهران می‌شود و روز دوشنبه با عباس عراقچی و سپس با مسعود پزشکیان دیدار خواهد کرد.\n"
     "به گفته بقائی، دو وزیر در پایان این دیدار برنامه همکاری وزارتخانه‌های خارجه دو کشور برای سال‌های ۲۰۲۶ تا ۲۰۲۸ را امضا می‌کنند.\n"
     "بقائی خبر برخی رسانه‌ها درباره سفر محرمانه علی لاریجانی به مسکو در هفته گذشته را تکذیب کرد و گفت سفر رئیس‌جمهور به روسیه که قرار بود دی‌ماه انجام شود، به اردیبهشت ۱۴۰۵ موکول شده است.\n"
     "پزشکیان و ولادیمیر پوتین ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در مسکو معاهده مشارکت راهبردی جامع را امضا کرده بودند؛ معاهده‌ای که از ۱۰ مهرماه گذشته لازم‌الاجرا شده است.\n"
     "عراقچی نیز ۲۸ فروردین ۱۴۰۴ در کرملین نامه رهبر انقلاب را به پوتین تسلیم کرده بود و دو رئیس‌جمهور ۱۰ شهریور در تیانجین دیدار کردند.\n"
     "لاوروف پیش از این ۱ آبان ۱۴۰۲ (۲۳ اکتبر ۲۰۲۳) برای شرکت در نشست ۳+۳ به تهران آمده بود.\n"
     "برچسب‌ها: لاوروف، عراقچی، معاهده راهبردی، ۳+۳\n"
     "مطلب مرتبط: گفت‌وگوی تلفنی عراقچی و لاوروف درباره سازوکار ماشه (۲۳ دی ۱۴۰۴)\n"
     "© ۲۰۲۶ نورنیوز"),
     dates=[("فردا", "2026-02-08", "r"), ("اردیبهشت", "2026-04-21/2026-05-21", "j"),
            ("شنبه ۱۸ بهمن ۱۴۰۴", "2026-02-07", "j"), ("۱۹ شعبان ۱۴۴۷", "2026-02-07", "h"), ("۷ فوریه ۲۰۲۶", "2026-02-07", "g"),
            ("امروز", "2026-02-07", "r"), ("فردا یکشنبه", "2026-02-08", "r"), ("روز دوشنبه", "2026-02-09", "r"),
            ("سال‌های ۲۰۲۶ تا ۲۰۲۸", "2026-01-01/2028-12-31", "g"), ("هفته گذشته", "2026-01-31/2026-02-06", "r"),
            ("دی‌ماه", "2025-12-22/2026-01-20", "j"), ("اردیبهشت ۱۴۰۵", "2026-04-21/2026-05-21", "j"),
            ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g"), ("۱۰ مهرماه گذشته", "2025-10-02", "j"),
            ("۲۸ فروردین ۱۴۰۴", "2025-04-17", "j"), ("۱۰ شهریور", "2025-09-01", "j"), ("۱ آبان ۱۴۰۲", "2023-10-23", "j"),
            ("۲۳ اکتبر ۲۰۲۳", "2023-10-23", "g"), ("۲۳ دی ۱۴۰۴", "2026-01-13", "j"), ("© ۲۰۲۶", "2026", "g")],
     contacts=[C(LAV, ARA, "meet", "2026-02-09"), C(LAV, PEZ, "meet", "2026-02-09"), C(LAV, ARA, "agreement", "2026-02-09"),
               C([PUT, RU], [PEZ, IR], "meet", "2026-04-21/2026-05-21"), C(PUT, PEZ, "agreement", "2025-01-17"),
               C(PUT, PEZ, "meet", "2025-01-17", True), C(PUT, ARA, "meet", "2025-04-17"),
               C(PUT, [KHA, ARA, IR], "message", "2025-04-17"), C(PUT, PEZ, "meet", "2025-09-01"),
               C(LAV, [AMI, IR], "meet", "2023-10-23"), C(LAV, ARA, "phone_call", "2026-01-13", True)]),
dict(id="F39", pub="2026-02-18", text=(
     "آفتاب یزد | چهارشنبه ۲۹ بهمن ۱۴۰۴ | شماره ۷۰۵۵\n"
     "ستاد استهلال اعلام کرد به دلیل رؤیت نشدن هلال ماه در شامگاه سه‌شنبه، فردا پنجشنبه ۳۰ بهمن اول ماه مبارک رمضان است؛ مسلمانان روسیه از جمله در تاتارستان و چچن اما از امروز روزه‌داری را آغاز کرده‌اند. "
     "به گفته این ستاد، عید سعید فطر به احتمال زیاد جمعه ۲۹ اسفند خواهد بود و ساعت کار ادارات در این ماه از ۸ تا ۱۳ است. "
     "نوروز ۱۴۰۵ نیز شنبه اول فروردین آغاز می‌شود."),
     dates=[("چهارشنبه ۲۹ بهمن ۱۴۰۴", "2026-02-18", "j"), ("شامگاه سه‌شنبه", "2026-02-17", "r"),
            ("فردا پنجشنبه ۳۰ بهمن", "2026-02-19", "j"), ("اول ماه مبارک رمضان", None, "ignore"), ("امروز", "2026-02-18", "r"),
            ("عید سعید فطر", None, "ignore"), ("جمعه ۲۹ اسفند", "2026-03-20", "j"), ("این ماه", None, "ignore"),
            ("نوروز ۱۴۰۵", None, "ignore"), ("شنبه اول فروردین", "2026-03-21", "j")],
     contacts=[]),
dict(id="F40", pub="2026-05-12", text=(
     "کیهان | سه‌شنبه ۲۲ اردیبهشت ۱۴۰۵ | ۲۵ ذی‌القعده ۱۴۴۷ | شماره ۲۴۱۸۰\n"
     "مسعود پزشکیان که یکشنبه شب وارد مسکو شد، دیروز در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد و در پایان این دیدار ۱۲ سند همکاری به امضای وزیران دو کشور رسید؛ پوتین روز شنبه در مراسم رژه ۹ مه (روز پیروزی) میزبان رهبران چند کشور مستقل مشترک‌المنافع بود. "
     "رئیس‌جمهور امروز با میخائیل میشوستین، نخست‌وزیر روسیه، دیدار می‌کند و پوتین نیز دعوت او برای شرکت در اجلاس سران کشورهای ساحلی خزر در تهران در سال آینده میلادی را پذیرفت."),
     dates=[("سه‌شنبه ۲۲ اردیبهشت ۱۴۰۵", "2026-05-12", "j"), ("۲۵ ذی‌القعده ۱۴۴۷", "2026-05-12", "h"), ("یکشنبه شب", "2026-05-10", "r"),
            ("دیروز", "2026-05-11", "r"), ("روز شنبه", "2026-05-09", "r"), ("۹ مه", "2026-05-09", "g"),
            ("روز پیروزی", None, "ignore"), ("امروز", "2026-05-12", "r"), ("سال آینده میلادی", "2027", "r")],
     contacts=[C(PUT, PEZ, "meet", "2026-05-11"), C([PUT, RU], [PEZ, IR], "agreement", "2026-05-11"),
               C(MISH, PEZ, "meet", "2026-05-12"), C(PUT, PEZ, "meet", "2027", True)]),
]
