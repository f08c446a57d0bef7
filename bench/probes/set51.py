# Held-out probe set 51: PERSIAN news, 36 SNIPPETS of 1–3 sentences (each opening with a header line: outlet, date line,
# issue number / news code / time) and 4 WHOLE ARTICLES of 11 lines (F11, F21, F30, F38: headline, header date line, news
# code / service line, dateline + body, background lines recalling older dated contacts or events, tags / a related link /
# a copyright line), hand-annotated; 40 cases, F01–F40, publication dates 2005–2026 (one a year 2005–2021, five a year
# 2022–2024, four a year 2025–2026, ids in date order); five Dari / Afghan cases (F12, F20, F26, F34, F39).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set47 and set49.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes and several dates and meetings are
# invented) in the style of outlets not named in the set47/49 headers: Resalat (F01, «شماره ۵۷۲۱ - شنبه ۱۹ آذر ۱۳۸۴ - ۸
# ذي‌القعده ۱۴۲۶» with Arabic yeh, «عصر دیروز», «هفته آینده», year-less «۱۶ اسفند»), Ettelaat (F02, «یکشنبه ۳ دی ۱۳۸۵ - ۳
# ذیحجه ۱۴۲۷ - شماره ۲۳۷۹۸», «شامگاه شنبه», «قطعنامه ۱۷۳۷», «۱۵ رأی», «ظرف ۶۰ روز»), Abrar (F03, «روز پنجشنبه», «اواسط
# مهرماه», «دیروز», the city «دوشنبه» (Dushanbe), «دومین»), the weekly Sobh-e Sadegh (F04, the outlet name holding «صبح»,
# «روز جمعه», «تا پایان سال ۲۰۰۸ میلادی», «اس-۳۰۰», «۸۰۰ میلیون دلاری»), Sarmayeh (F05, «صبح امروز», year-less «اوایل
# خرداد», «اسفند ۱۳۸۳», «۱۰۰۰ مگاواتی»), Khorasan (F06, Latin digits «دوشنبه 18 مرداد 1389 | شماره 17628», «۲۴ مردادماه (۱۵
# اوت)», «پنجشنبه گذشته», «پارسال», «تا پایان امسال», «دو سال اخیر», «۲۱ میلیون تن»), Quds (F07, «چهارشنبه ۱۶ شهريور ۱۳۹۰ - ۹
# شوال ۱۴۳۲», «شامگاه دوشنبه», «اواخر مهرماه», «۲۲ تیرماه»), Ebtekar (F08, weather: «از شنبه ۱۷ دی», «بامداد امروز», «تا
# پنجشنبه», «فردا», «مه» = fog, «بهمن» = avalanche, «منفی ۲۲ درجه», «۱۵ استان», the phone number «۱۱۲»), Jahan News (F09,
# «۱۱ تير ۱۳۹۲ - ۰۹:۴۵ - کد خبر: ۲۵۶۸۱۳», «عصر دیروز», «انتخابات ۲۴ خرداد», «۱۲ مرداد»), Borna (F10, two-digit year «دوشنبه ۲۱
# بهمن ۹۲ - ۱۱:۳۰», «روز گذشته», «المپیک زمستانی ۲۰۱۴ سوچی», «پنجشنبه ۲۴ بهمن (۱۳ فوریه)», «جمعه شب», «سران ۴۴ کشور»), PANA
# (F11, whole article: «تاریخ انتشار: جمعه ۱۹ تیر ۱۳۹۴ - ۲۳ رمضان ۱۴۳۶ - ساعت ۰۸:۱۵», «عصر دیروز پنجشنبه», «یک‌ساعته», «۲۴
# فروردین», «از سال ۲۰۱۰», «امروز جمعه», «بامداد شنبه», «۷ مهر ۱۳۹۳», «اواخر آبانماه» without ZWNJ, «۵+۱», «۱۷ تیر», «روز
# چهارشنبه», «© ۱۳۹۴»), Radio Azadi (F12, Dari: «یکشنبه ۲۲ حمل ۱۳۹۵», «روز پنجشنبه», «ماه جدی سال گذشته», «اواخر ثور»,
# «میرسد» without ZWNJ, «ام‌آی-۳۵», «۴۵ روزه»), Farhikhtegan (F13, «چهارشنبه ۶ بهمن ۹۵ - شماره ۲۰۸۰», the pair «۴ و ۵ بهمن»,
# «دو روزه», «دیروز», «دور دوم», «۱۵ فوریه»), Arman (F14, «سه‌شنبه ۲۵ اردیبهشت ۱۳۹۷», bare past «یکشنبه», «دیروز دوشنبه», «۱۸
# اردیبهشت (۸ مه)», «امروز»), Akhbar-e Sanat (F15, «دوشنبه ۶ آبان ۱۳۹۸ - شماره ۱۴۲۵», «از دیروز», «این هفته», «۸۶۲ قلم», «۷۰
# درصد», «سه سال»), Pars Today (F16, «پنجشنبه ۱۲ تیر ۱۳۹۹ - ۱۰:۲۰», «عصر دیروز», «ششمین», «کووید ۱۹», «ساعت ۱۴:۳۰», «دو
# ساعت», «سال آینده»), Vatan-e Emrooz (F17, the outlet name holding «امروز», «روز دوشنبه», «روز سه‌شنبه», «۳+۳», «سال ۲۰۲۱
# میلادی», «صبح امروز», «فردا پنجشنبه»), Jahan-e Sanat (F18, «۲۷ بهمن ۱۴۰۰ - کد خبر ۱۸۷۵۴۲», «از دوشنبه», «دیروز», «سال ۲۰۲۲
# میلادی», «ماه گذشته», «اسفند ۱۴۰۰», «۲۰ میلیون تن», «۴۰ درصد»), Nasim Online (F19, «۲۹ تیر ۱۴۰۱ - ۰۸:۴۰», «عصر سه‌شنبه ۲۸
# تیر (۱۹ جولای)», «یک‌روزه», «۴۰ میلیارد دلار», «ظرف شش ماه آینده»), Khaama Press (F20, Dari: «سه‌شنبه، ۱۵ سنبله ۱۴۰۱»,
# «دیروز», «ساعت ۱۰:۵۰ صبح», «نمیدهد», «گفتگوها»), Sazandegi (F21, whole article: «شماره ۱۰۲۵ | شنبه ۲۶ شهریور ۱۴۰۱ | ۲۱ صفر
# ۱۴۴۴», «بیست و دومین», «عصر پنجشنبه», bare «تیرماه», «روز پنجشنبه», «تیر سال آینده», «دیروز جمعه», «۲۹ دی ۱۴۰۰», «۲۸ تیر»,
# the ordinal-word day «هشتم تیرماه», «ششمین», «اواخر مهرماه», «۱۴۰۱ ©»), Moj (F22, «یکشنبه ۱۵ آبان ۱۴۰۱ - ۱۱:۰۵», «روز
# گذشته», «چند ماه پیش از جنگ اوکراین», «دو هفته پیش», «هفته گذشته», «دیروز»), Mizan (F23, leading zero «۰۹ اسفند ۱۴۰۱ - ساعت
# ۱۳:۲۰», «صبح امروز», «شامگاه یکشنبه», «۱۲ نفره», «فردا», «اوایل تیرماه ۱۴۰۲»), IQNA (F24, «جمعه ۲۹ اردیبهشت ۱۴۰۲ - ۲۹ شوال
# ۱۴۴۴ ه.ق», «چهاردهمین», «روز پنجشنبه», year-less Hijri «اول ذی‌الحجه», «گفتگوی», «از ۲۸ تا ۲۹ اردیبهشت», «۸۵ کشور»), Arman-e
# Melli (F25, «سه‌شنبه ۱۴ شهریور ۱۴۰۲», «دیروز», «۲۶ تیر», «ژوئیه ۲۰۲۲», the name «بهمن امیری», «پنج ماه نخست امسال», «۳۵
# درصد»), Ariana News (F26, Dari: «شنبه ۸ میزان ۱۴۰۲», «پنجمین», «روز جمعه», «ماه عقرب», «چهارجانبه»), Raja News (F27, «۱۷
# آذر ۱۴۰۲ - ۰۹:۳۰», «عصر پنجشنبه», «ساعاتی بعد», «پنج ساعت», «یک روز پیش از این دیدار», «بامداد امروز»), Khabar-e Varzeshi
# (F28, «دوشنبه ۴ تیر ۱۴۰۳», «بازی‌های بریکس ۲۰۲۴ کازان», medal counts, «تیر و کمان», «از ۱۲ تا ۲۳ ژوئن», «دیشب», «از دوشنبه
# آینده» said on a Monday, «المپیک پاریس»), Defa Press (F29, «۱۶ مرداد ۱۴۰۳ - کد خبر: ۶۸۹۴۲۱», «دوشنبه ۱۵ مرداد (۵ آگوست)»,
# «دی ۱۳۹۳»), Ham-Mihan (F30, whole article: «پنجشنبه ۳ آبان ۱۴۰۳ | ۲۱ ربیع‌الثانی ۱۴۴۶ | شماره ۴۳۶», «شانزدهمین», «دیروز»,
# «کمتر از دو هفته», «جمعه ۲۰ مهر», «امروز» and «عصر امروز», «از ۱۱ دی ۱۴۰۲ (اول ژانویه ۲۰۲۴)», «سال گذشته», «۱۵ مرداد», «۱۹ مهر
# ۱۴۰۳» in a related link, «© ۲۰۲۴»), Didban Iran (F31, «جمعه ۲ آذر ۱۴۰۳», «به نقل از مهر», «عصر پنجشنبه», votes «۱۹ رأی
# موافق، ۳ رأی مخالف و ۱۲ رأی ممتنع», «پیشتر» without ZWNJ, «۱۶ خرداد امسال (۵ ژوئن)»), Salamat News (F32, numeric «۱۴۰۳/۰۹/۲۷ -
# ۱۰:۱۵», «عصر دیروز», «سه‌ساله», «دوروزه», «امروز», «نیمه دوم اردیبهشت ۱۴۰۴»), Shahrvand (F33, «شنبه ۲۹ دی ۱۴۰۳ - ۱۸ رجب ۱۴۴۶»,
# «روز جمعه», «۴۷ ماده‌ای», «۲۰ ساله», «سال ۲۰۰۱», «جنگ جهانی دوم»), Amu TV (F34, Dari: «چهارشنبه ۱۶ میزان ۱۴۰۴», «هفتمین»,
# «دیروز», «اواخر قوس»), Bartarinha (F35, «۲۸ آبان ۱۴۰۴ - ۱۴:۱۰», «امروز» twice, «هفته آینده», «۲ هزار تومان», «۱۱۵ هزار
# تومان»), SNN / Khabargozari-ye Daneshjoo (F36, «۱۴۰۴/۰۹/۱۹ - کد خبر: ۱۲۸۴۵۷۶», «از روز دوشنبه», «عصر دیروز», «امروز», «۲۹ تیر
# امسال»), Nameh News (F37, «سهشنبه ۲۳ دی ۱۴۰۴» without ZWNJ, «۲۴ رجب ۱۴۴۷ قمری», «روز گذشته», «يكشنبه شب» with Arabic yeh and
# kaf, «فردا چهارشنبه», «مهر ۱۴۰۳» = the month), Sobh-e No (F38, whole article: «شماره ۱۹۴۲ | سه‌شنبه ۲۸ بهمن ۱۴۰۴», «عصر
# دیروز», «۱۶۲ کیلومتری», «از اول فروردین ۱۴۰۵», «ظرف ۴۸ ماه», «امروز», «فردا چهارشنبه», «۲۷ اردیبهشت ۱۴۰۲ (۱۷ مه ۲۰۲۳)»,
# «۱.۳ میلیارد یورویی», «اواسط اردیبهشت سال آینده», «بیست و یکم آذرماه», «© ۲۰۲۶»), Bakhtar (F39, Dari: «سه‌شنبه ۱۲ حوت
# ۱۴۰۴», «۵۰ هزار تُن», «روز یکشنبه», «ماه دلو سال روان», «هفته اول حمل ۱۴۰۵») and Quds Online (F40, «سه‌شنبه ۱ اردیبهشت ۱۴۰۵
# - ۴ ذی‌القعده ۱۴۴۷ق», «شامگاه دیروز», «از ۱۰ مهر ۱۴۰۴», «عید نوروز», «ماه ژوئن», «بامداد امروز», «اواسط اردیبهشت»).
# Contacts (26 cases with at least one required row): foreign ministers (Mottaki / Lavrov call «عصر دیروز» 2005 and a
# Kislyak delegation to Larijani «هفته آینده»; Salehi / Lavrov call 2011 and his Moscow visit «اواخر مهرماه»; Zarif /
# Lavrov in Vienna 2015, in Moscow 2018 (after Beijing) and 2021 with a signed consultation plan for 2021; Lavrov's
# Tehran visit «اواخر مهرماه» 2022), presidents and the Leader (Ahmadinejad / Putin at Bishkek 2007 with the Tehran
# Caspian summit «اواسط مهرماه» optional, at the Moscow GECF summit 2013; Rouhani / Putin at Ufa 2015 with Astrakhan
# 2014 recalled and the Tehran GECF visit «اواخر آبانماه» optional; the Astana-format video summit 2020; Putin / Raisi and
# Khamenei in Tehran 2022, Raisi / Putin at Samarkand 2022 with the Kremlin, Tehran and Ashgabat meetings recalled,
# Raisi / Putin in the Kremlin 2023; Pezeshkian / Putin at Kazan 2024 with Ashgabat recalled, the treaty signing 2025
# and the 2001 treaty recalled, a Pezeshkian / Putin call 2026 with a planned meeting «ماه ژوئن»), envoys (Jaberi Ansari /
# Lavrentiev at the Astana talks 2017; Kazemi Qomi / Kabulov at the Kazan Moscow format 2023; Bahrami / Kabulov at the
# Moscow format 2025), security councils (Shoigu with Ahmadian and Pezeshkian and Putin's message 2024, his 1393 visit
# to Dehghan as defence minister recalled; Larijani / Shoigu in Moscow 2025 with a planned Putin meeting «امروز» and
# the Tir 1404 message of the Leader recalled), atomic energy (Kiriyenko / Aghazadeh protocol at Bushehr 2009, the
# Esfand 1383 fuel protocol recalled), ministers and agencies (Sadati Nejad / Dmitry Patrushev MoU 2022 and a working
# group «اسفند ۱۴۰۰»; Gazprom / NIOC MoU by video 2022; Montazeri / Krasnov MoU 2023, Krasnov / Ejei «فردا», a working
# group «اوایل تیرماه ۱۴۰۲»; Zafarghandi / Murashko health programme 2024; Momeni / Kolokoltsev agreement 2026 and
# their Mehr 1403 meeting; Sadegh / Nikitin Rasht–Astara contract 2026, Nikitin / Pezeshkian «امروز», the 2023
# intergovernmental agreement, a deputies' protocol «بیست و یکم آذرماه»), religious bodies (Imanipour / Gainutdin at
# KazanForum 2023 and a joint conference «اول ذی‌الحجه»).
# General news naming Russia or Iran with NO Russia–Iran contact (14): F02, F04, F06, F08, F10, F12, F15, F20, F22, F25,
# F28, F31, F35, F39.  Traps: third-country contacts (Ahmadinejad–Rahmon F03; Zarif–Wang Yi and the E3 F14; Zarif–Aliyev
# F17; Raisi–Uzbek and Pakistani leaders F21; Amir-Abdollahian–Kuleba call F22; Putin–Erdogan F25, F16's Erdogan; Putin–MBZ
# and MBS F27; Muttaqi–Kabulov F26; Araghchi–Jaishankar F40; Afghanistan–Russia helicopter and wheat contracts F12, F39),
# statements (F04, F20, F22, F31, F35), a UNSC vote (F02), an IAEA Board vote (F31), a denied delivery (F04), a
# denied Putin visit to Tehran (F35, «هفته آینده» of his Bishkek trip still a date line), a unilateral export ban (F06),
# a unilateral decree recalled (F11), deliveries (F12 helicopters, F22 drones, F39 wheat transiting Iran), the entry into
# force of the Iran–EAEU agreement (F15, F40's treaty), markets (F06 wheat, F25 wheat imports, F35 dollar), sport (F10
# Sochi, F28 BRICS Games), weather from Siberia (F08), an embassy bombing (F20); counts, money, percentages, durations
# («ظرف ۶۰ روز», «۱۵ رأی», «۸۰۰ میلیون دلاری», «۱۰۰۰ مگاواتی», «دو سال اخیر», «۲۱ میلیون تن», «منفی ۲۲ درجه», «۱۵ استان»,
# «سران ۴۴ کشور», «یک‌ساعته», «۴۵ روزه», «دو روزه», «۸۶۲ قلم», «۷۰ درصد», «سه سال», «دو ساعت», «۲۰ میلیون تن», «۴۰ درصد»,
# «یک‌روزه», «۴۰ میلیارد دلار», «۱۲ نفره», «۸۵ کشور», «۳۵ درصد», «پنج ساعت», «۱۱ مدال طلا», «۲۰۰ طلا», «کمتر از دو هفته»,
# «۱۹ رأی», «سه‌ساله», «دوروزه», «۴۷ ماده‌ای», «۲۰ ساله», «۲ هزار تومان», «۱۶۲ کیلومتری», «ظرف ۴۸ ماه», «۱.۳ میلیارد یورویی»,
# «۵۰ هزار تُن»), clock times (header times, «ساعت ۱۴:۳۰», «ساعت ۱۰:۵۰ صبح»), issue numbers, news codes (incl. Latin-digit
# «شماره 17628»), the phone number «۱۱۲», model names («اس-۳۰۰», «ام‌آی-۳۵»), «قطعنامه ۱۷۳۷», «۵+۱», «۳+۳», «کووید ۱۹»,
# ordinals («دومین», «هفتمین», «چهارمین», «سومین», «دور دوم», «ششمین», «بیست و دومین», «چهاردهمین», «پنجمین», «چهارم»,
# «شانزدهمین», «جنگ جهانی دوم»), outlet names holding date words («صبح صادق», «وطن امروز», «صبح نو», «خبرگزاری مهر» via «به
# نقل از مهر»), the city «دوشنبه» (F03), «مه» = fog and «بهمن» = avalanche (F08), the name «بهمن امیری» (F25), «تیر و کمان»
# (F28), «قریب‌الوقوع» (F35).
# Totals: 210 date lines (198 mentions + 12 ignore lines), 78 contact rows (59 required, 19 optional).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated or derived weekday was checked with jdatetime,
# hijridate and datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence),
# without overlaps, and every listed span text occurs in its text exactly as many times as it is listed (outside longer
# listed spans); the file was exec'd with a stub C and CASES loaded.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once per case; contacts with a third country only, and denied or
#   cancelled contacts, give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set49 as the headers of set47 and set49 state them
#   (set49, the later, wins where they differ).
# Decided here where nothing above says (set51):
#   «هفته اول حمل ۱۴۰۵» = days 1–7 of that month (j) (F39).  «پنج ماه نخست امسال» = 1 Farvardin to the end of Mordad of the
#   current Solar year (r), by analogy with set49's «شش ماه نخست امسال» (F25).  «این هفته» = the current Saturday–Friday
#   week (r) (F15).  «دوشنبه آینده» said on a Monday = the Monday seven days later (r) (F28).  «جمعه شب» = the evening OF
#   Friday (r), as set16's «یکشنبه شب» (F10).  «تا پنجشنبه» (until a named day) → «پنجشنبه» r with «تا» outside, not a
#   deadline ignore line, as set16's «تا روز چهارشنبه» (F08); «تا پایان سال ۲۰۰۸ میلادی» and «تا پایان امسال» are one
#   ignore line each with «تا» inside, as set49's «تا پایان سال» (F04, F06).  «ظرف شش ماه آینده» (a duration from now) →
#   ignore line on «شش ماه آینده», as set47's «دو ماه دیگر» (F19).  «چند ماه پیش از جنگ اوکراین» → ignore line on «چند ماه
#   پیش» (vague) (F22); «یک روز پیش از این دیدار» (event-relative) → one ignore line (F27).  Latin digits in a Persian
#   header («دوشنبه 18 مرداد 1389») are one j mention like Persian digits, the Latin issue number is not a date (F06).  The
#   Hijri suffixes «ه.ق», «قمری» and «ق» are inside the span (F24, F37, F40), as set47's «ق».  Dari «ماه جدی سال گذشته» and
#   «ماه دلو سال روان»: «ماه» outside, «سال گذشته» / «سال روان» inside (j), as set47's «اول جدی سال روان» (F12, F39).  A
#   year-less Hijri day «اول ذی‌الحجه» takes the Islamic year nearest the document date (h) (F24).  «اواسط اردیبهشت سال
#   آینده» is one j interval with «سال آینده» inside (F38).  A bare month «تیرماه» recalling an earlier event of the year
#   is a partial j month interval (F21).  «المپیک زمستانی ۲۰۱۴ سوچی», «بازی‌های بریکس ۲۰۲۴ کازان» (year inside an event name)
#   are ignore lines (F10, F28).
#   Contacts: a trilateral summit held by video conference with talks and no signing is a required meet row (the set16
#   rule makes only the meet of a video SIGNING optional); its next session planned «سال آینده» is optional (F16).  At
#   the Astana talks (three guarantors plus Syrian parties) the two-day session «۴ و ۵ بهمن» is an optional meet with
#   the two-day interval, the bilateral of the Iranian and Russian heads on its second day a required meet, the next
#   expert round «۱۵ فوریه» optional (F13).  A signing «دیدار کرد و … امضا کردند» or «پیش از مراسم امضا با پوتین دیدار
#   کرد» (the meeting stated on its own) gives a required meet AND a required agreement (F18, F33); a signing alone gives
#   a required agreement and an optional meet (F05, F23, F32, F37, F38), as set16's treaty rule.  A planned first session
#   of a joint working group (agriculture, prosecutors) dated by a month or part of one is a required institution-level
#   meet (F18, F23), as set49's business council; a planned joint committee (health) stays optional like a joint
#   commission (F32); a joint conference of two religious bodies agreed for «اول ذی‌الحجه» is optional (F24).  A recalled
#   visit by month with an agreement signed on it («دی ۱۳۹۳ … با حسین دهقان موافقت‌نامه … امضا کرده بود») gives a required
#   meet and a required agreement at that month interval (F29).  A planned bilateral on the sidelines of a summit agreed
#   in a call («دیدار بعدی … در ماه ژوئن») is a required meet with the month value "2026-06" (F40).  Putin's meetings
#   with Raisi and Khamenei named in the same clause as the dated MoU signing («عصر سه‌شنبه ۲۸ تیر … همزمان با سفر … و
#   دیدار او با …») carry that date and are required (F19).  At a Moscow-format session opened by Lavrov, the Iranian
#   envoy's bilateral with Kabulov is one required row accepting Kabulov or Lavrov (F34), as set16's trilateral rule.
#   The same Shoigu visit and Putin message appear as rows in both F29 and F30 (each case is scored on its own).  A
#   condemnation by Iran of an attack on Russia's embassy (no message addressed to Russia) gives no row (F20).
PUT, LAV, KHA, AHMD = "Vladimir Putin", "Sergei Lavrov", "Ali Khamenei", "Mahmoud Ahmadinejad"
ROU, RAI, PEZ = "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
ZAR, AMI = "Mohammad Javad Zarif", "Hossein Amir-Abdollahian"
RU, IR = "Russia", "Iran"
MOT = ["Manouchehr Mottaki", "Iranian Foreign Ministry", IR]
KIS = ["Sergey Kislyak", "Russian Foreign Ministry", RU]
LARS = ["Ali Larijani", "Supreme National Security Council", IR]
LARA = ["Ali Larijani", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", "Federal Atomic Energy Agency", RU]
AGH = ["Gholamreza Aghazadeh", "Atomic Energy Organization of Iran", "AEOI", IR]
RUM = ["Alexander Rumyantsev", "Federal Atomic Energy Agency", "Rosatom", RU]
SALF = ["Ali Akbar Salehi", "Iranian Foreign Ministry", IR]
LAVR = ["Alexander Lavrentiev", RU]
JABA = ["Hossein Jaberi Ansari", "Iranian Foreign Ministry", IR]
DPAT = ["Dmitry Patrushev", "Russian Ministry of Agriculture", RU]
SADN = ["Javad Sadati Nejad", "Ministry of Agriculture Jihad", IR]
GAZM = ["Alexei Miller", "Gazprom", RU]
NIOC = ["Mohsen Khojasteh-Mehr", "National Iranian Oil Company", "NIOC", IR]
KRAS = ["Igor Krasnov", "Prosecutor General's Office of Russia", RU]
MONT = ["Mohammad Jafar Montazeri", "Prosecutor General of Iran", IR]
EJEI = ["Gholamhossein Mohseni-Ejei", "Judiciary of Iran", IR]
GAIN = ["Ravil Gainutdin", "Spiritual Administration of Muslims of the Russian Federation", RU]
IMAN = ["Mohammad Mehdi Imanipour", "Islamic Culture and Relations Organization", IR]
KAB = ["Zamir Kabulov", "Russian Foreign Ministry", RU]
KQ = ["Hassan Kazemi Qomi", "Iranian Foreign Ministry", IR]
BAH = ["Mohammad Reza Bahrami", "Iranian Foreign Ministry", IR]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]
SHOD = ["Sergei Shoigu", "Russian Ministry of Defence", RU]
AHM = ["Ali Akbar Ahmadian", "Supreme National Security Council", IR]
DEH = ["Hossein Dehghan", "Ministry of Defence", IR]
MUR = ["Mikhail Murashko", "Russian Ministry of Health", RU]
ZAF = ["Mohammad Reza Zafarghandi", "Ministry of Health and Medical Education", IR]
KHAT = ["Mohammad Khatami", IR]
KOL = ["Vladimir Kolokoltsev", "Russian Ministry of Internal Affairs", RU]
MOM = ["Eskandar Momeni", "Iranian Ministry of Interior", IR]
NIK = ["Andrei Nikitin", "Russian Ministry of Transport", "Russian Railways", RU]
SADG = ["Farzaneh Sadegh", "Ministry of Roads and Urban Development", "CDTIC", IR]
MTR = ["Russian Ministry of Transport", RU]
MRD = ["Ministry of Roads and Urban Development", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Iranian Ministry of Petroleum", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2005–2021 ----------------
dict(id="F01", pub="2005-12-10", text=(
     "روزنامه رسالت - شماره ۵۷۲۱ - شنبه ۱۹ آذر ۱۳۸۴ - ۸ ذي‌القعده ۱۴۲۶\n"
     "منوچهر متکی، وزیر امور خارجه، عصر دیروز در گفت‌وگوی تلفنی با سرگئی لاوروف، همتای روس خود، درباره پیشنهاد مسکو برای غنی‌سازی مشترک اورانیوم در خاک روسیه رایزنی کرد. "
     "لاوروف در این تماس اعلام کرد هیئتی به سرپرستی سرگئی کیسلیاک، معاون وزیر خارجه روسیه، هفته آینده برای ادامه مذاکرات با علی لاریجانی، دبیر شورای عالی امنیت ملی، به تهران سفر می‌کند. "
     "شورای حکام آژانس بین‌المللی انرژی اتمی نشست بعدی خود را ۱۶ اسفند برگزار خواهد کرد."),
     dates=[("شنبه ۱۹ آذر ۱۳۸۴", "2005-12-10", "j"), ("۸ ذي‌القعده ۱۴۲۶", "2005-12-10", "h"), ("عصر دیروز", "2005-12-09", "r"),
            ("هفته آینده", "2005-12-17/2005-12-23", "r"), ("۱۶ اسفند", "2006-03-07", "j")],
     contacts=[C(LAV, MOT, "phone_call", "2005-12-09"), C(KIS, LARS, "meet", "2005-12-17/2005-12-23")]),
dict(id="F02", pub="2006-12-24", text=(
     "اطلاعات - یکشنبه ۳ دی ۱۳۸۵ - ۳ ذیحجه ۱۴۲۷ - شماره ۲۳۷۹۸\n"
     "شورای امنیت سازمان ملل شامگاه شنبه به وقت نیویورک قطعنامه ۱۷۳۷ را با ۱۵ رأی موافق علیه برنامه هسته‌ای ایران تصویب کرد. "
     "ویتالی چورکین، نماینده روسیه، پس از رأی‌گیری گفت مسکو تنها پس از حذف بندهای مربوط به نیروگاه بوشهر از متن، به قطعنامه رأی مثبت داده است. "
     "بر اساس این قطعنامه، مدیرکل آژانس باید ظرف ۶۰ روز گزارشی درباره پایبندی ایران به شورا ارائه کند."),
     dates=[("یکشنبه ۳ دی ۱۳۸۵", "2006-12-24", "j"), ("۳ ذیحجه ۱۴۲۷", "2006-12-24", "h"), ("شامگاه شنبه", "2006-12-23", "r")],
     contacts=[]),
dict(id="F03", pub="2007-08-18", text=(
     "ابرار - شنبه ۲۷ مرداد ۱۳۸۶ - سرویس سیاسی\n"
     "محمود احمدی‌نژاد روز پنجشنبه در حاشیه نشست سران سازمان همکاری شانگهای در بیشکک با ولادیمیر پوتین دیدار و گفت‌وگو کرد و دو طرف بر تکمیل نیروگاه اتمی بوشهر تأکید کردند. "
     "رئیس‌جمهور روسیه دعوت همتای ایرانی خود را برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر پذیرفت؛ این اجلاس اواسط مهرماه در تهران برگزار می‌شود. "
     "احمدی‌نژاد دیروز پس از دیدار با امامعلی رحمانف در دوشنبه، پایتخت تاجیکستان، به تهران بازگشت."),
     dates=[("شنبه ۲۷ مرداد ۱۳۸۶", "2007-08-18", "j"), ("روز پنجشنبه", "2007-08-16", "r"), ("اواسط مهرماه", "2007-10-03/2007-10-12", "j"),
            ("دیروز", "2007-08-17", "r")],
     contacts=[C(PUT, AHMD, "meet", "2007-08-16"), C([PUT, RU], [AHMD, KHA, IR], "meet", "2007-10-03/2007-10-12", True)]),
dict(id="F04", pub="2008-12-22", text=(
     "هفته‌نامه صبح صادق - شماره ۳۸۲ - دوشنبه ۲ دی ۱۳۸۷\n"
     "سرویس فدرال همکاری نظامی و فنی روسیه روز جمعه گزارش‌ها درباره آغاز تحویل سامانه اس-۳۰۰ به ایران را تکذیب کرد و اعلام کرد تاکنون هیچ قطعه‌ای از این سامانه ارسال نشده است. "
     "پیش‌تر یک نماینده مجلس گفته بود نخستین محموله تا پایان سال ۲۰۰۸ میلادی تحویل می‌شود. "
     "اسرائیل و آمریکا بارها نسبت به این معامله ۸۰۰ میلیون دلاری هشدار داده‌اند."),
     dates=[("دوشنبه ۲ دی ۱۳۸۷", "2008-12-22", "j"), ("روز جمعه", "2008-12-19", "r"), ("تا پایان سال ۲۰۰۸ میلادی", None, "ignore")],
     contacts=[]),
dict(id="F05", pub="2009-02-25", text=(
     "سرمایه - چهارشنبه ۷ اسفند ۱۳۸۷ - شماره ۱۰۶۲\n"
     "بوشهر- سرمایه- آزمایش پیش‌راه‌اندازی نیروگاه اتمی بوشهر صبح امروز با حضور غلامرضا آقازاده، رئیس سازمان انرژی اتمی، و سرگئی کریینکو، رئیس شرکت دولتی روس‌اتم، آغاز شد و دو طرف پس از بازدید از راکتور، پروتکل زمان‌بندی راه‌اندازی را امضا کردند. "
     "کریینکو گفت بارگذاری سوخت در راکتور ۱۰۰۰ مگاواتی اوایل خرداد آغاز می‌شود. "
     "ایران و روسیه پروتکل بازگرداندن سوخت مصرف‌شده این نیروگاه را اسفند ۱۳۸۳ امضا کرده بودند."),
     dates=[("چهارشنبه ۷ اسفند ۱۳۸۷", "2009-02-25", "j"), ("صبح امروز", "2009-02-25", "r"), ("اوایل خرداد", "2009-05-22/2009-05-31", "j"),
            ("اسفند ۱۳۸۳", "2005-02-19/2005-03-20", "j")],
     contacts=[C(KIR, AGH, "agreement", "2009-02-25"), C(KIR, AGH, "meet", "2009-02-25", True),
               C(RUM, AGH, "agreement", "2005-02-19/2005-03-20")]),
dict(id="F06", pub="2010-08-09", text=(
     "روزنامه خراسان | دوشنبه 18 مرداد 1389 | شماره 17628\n"
     "قیمت گندم در بازارهای جهانی پس از اعلام ممنوعیت صادرات غلات روسیه که از ۲۴ مردادماه (۱۵ اوت) اجرا می‌شود، به بالاترین سطح دو سال اخیر رسید. "
     "ولادیمیر پوتین، نخست‌وزیر روسیه، پنجشنبه گذشته این ممنوعیت را به دلیل خشکسالی بی‌سابقه اعلام کرده بود؛ روسیه پارسال ۲۱ میلیون تن غله صادر کرده بود. "
     "مدیرعامل بازرگانی دولتی ایران گفت ذخایر کشور تا پایان امسال کافی است و نیازی به واردات از روسیه نیست."),
     dates=[("دوشنبه 18 مرداد 1389", "2010-08-09", "j"), ("۲۴ مردادماه", "2010-08-15", "j"), ("۱۵ اوت", "2010-08-15", "g"),
            ("پنجشنبه گذشته", "2010-08-05", "r"), ("پارسال", "2009-03-21/2010-03-20", "r"), ("تا پایان امسال", None, "ignore")],
     contacts=[]),
dict(id="F07", pub="2011-09-07", text=(
     "قدس - چهارشنبه ۱۶ شهريور ۱۳۹۰ - ۹ شوال ۱۴۳۲\n"
     "علی‌اکبر صالحی، وزیر امور خارجه، شامگاه دوشنبه در تماس تلفنی با سرگئی لاوروف درباره طرح «گام‌به‌گام» مسکو برای حل موضوع هسته‌ای رایزنی کرد. "
     "به گفته سخنگوی وزارت خارجه، صالحی اواخر مهرماه برای ادامه این گفت‌وگوها به مسکو سفر خواهد کرد. "
     "لاوروف این طرح را نخستین بار ۲۲ تیرماه در واشنگتن مطرح کرده بود."),
     dates=[("چهارشنبه ۱۶ شهريور ۱۳۹۰", "2011-09-07", "j"), ("۹ شوال ۱۴۳۲", "2011-09-07", "h"), ("شامگاه دوشنبه", "2011-09-05", "r"),
            ("اواخر مهرماه", "2011-10-13/2011-10-22", "j"), ("۲۲ تیرماه", "2011-07-13", "j")],
     contacts=[C(LAV, SALF, "phone_call", "2011-09-05"), C([LAV, RU], SALF, "meet", "2011-10-13/2011-10-22")]),
dict(id="F08", pub="2012-01-10", text=(
     "ابتکار - سه‌شنبه ۲۰ دی ۱۳۹۰ - شماره ۲۱۶۸\n"
     "توده هوای سرد سیبری که از شنبه ۱۷ دی از سوی روسیه و قزاقستان وارد کشور شده، دمای هوای اردبیل را بامداد امروز به منفی ۲۲ درجه رساند و به گفته کارشناسان این سرما تا پنجشنبه در ۱۵ استان ادامه دارد. "
     "مه غلیظ صبحگاهی در محور رشت-قزوین تردد را مختل کرده و هشدار ریزش بهمن در جاده چالوس صادر شده است؛ رانندگان در صورت نیاز با شماره ۱۱۲ هلال احمر تماس بگیرند. "
     "مدارس ابتدایی اردبیل و سرعین فردا تعطیل است."),
     dates=[("سه‌شنبه ۲۰ دی ۱۳۹۰", "2012-01-10", "j"), ("شنبه ۱۷ دی", "2012-01-07", "j"), ("بامداد امروز", "2012-01-10", "r"),
            ("پنجشنبه", "2012-01-12", "r"), ("فردا", "2012-01-11", "r")],
     contacts=[]),
dict(id="F09", pub="2013-07-02", text=(
     "جهان نیوز - ۱۱ تير ۱۳۹۲ - ۰۹:۴۵ - کد خبر: ۲۵۶۸۱۳\n"
     "محمود احمدی‌نژاد که برای شرکت در دومین اجلاس سران مجمع کشورهای صادرکننده گاز به مسکو سفر کرده است، عصر دیروز در حاشیه این اجلاس با ولادیمیر پوتین دیدار کرد و دو طرف درباره پرونده هسته‌ای و بحران سوریه گفت‌وگو کردند. "
     "این آخرین سفر خارجی احمدی‌نژاد در دوره ریاست‌جمهوری اوست؛ حسن روحانی که در انتخابات ۲۴ خرداد پیروز شد، ۱۲ مرداد حکم تنفیذ خود را دریافت می‌کند."),
     dates=[("۱۱ تير ۱۳۹۲", "2013-07-02", "j"), ("عصر دیروز", "2013-07-01", "r"), ("۲۴ خرداد", "2013-06-14", "j"),
            ("۱۲ مرداد", "2013-08-03", "j")],
     contacts=[C(PUT, AHMD, "meet", "2013-07-01")]),
dict(id="F10", pub="2014-02-10", text=(
     "برنا - دوشنبه ۲۱ بهمن ۹۲ - ۱۱:۳۰\n"
     "حسین ساوه‌شمشکی، اسکی‌باز کشورمان، روز گذشته در ماده سرعت رقابت‌های اسکی آلپاین المپیک زمستانی ۲۰۱۴ سوچی روسیه به دلیل خروج از مسیر از دور رقابت‌ها کنار رفت. "
     "او پنجشنبه ۲۴ بهمن (۱۳ فوریه) در ماده مارپیچ بزرگ به میدان می‌رود. "
     "مراسم افتتاحیه این بازی‌ها جمعه شب با حضور ولادیمیر پوتین و سران ۴۴ کشور برگزار شد."),
     dates=[("دوشنبه ۲۱ بهمن ۹۲", "2014-02-10", "j"), ("روز گذشته", "2014-02-09", "r"), ("المپیک زمستانی ۲۰۱۴ سوچی", None, "ignore"),
            ("پنجشنبه ۲۴ بهمن", "2014-02-13", "j"), ("۱۳ فوریه", "2014-02-13", "g"), ("جمعه شب", "2014-02-07", "r")],
     contacts=[]),
dict(id="F11", pub="2015-07-10", text=(
     "دیدار روحانی و پوتین در اوفا؛ تأکید بر اجرای قرارداد اس-۳۰۰\n"
     "تاریخ انتشار: جمعه ۱۹ تیر ۱۳۹۴ - ۲۳ رمضان ۱۴۳۶ - ساعت ۰۸:۱۵\n"
     "کد خبر: ۴۶۸۲۱۹ | سرویس: سیاسی\n"
     "اوفا- پانا- حسن روحانی، رئیس‌جمهور، که برای شرکت در هفتمین اجلاس سران بریکس و نشست سازمان همکاری شانگهای به اوفا، مرکز جمهوری باشقیرستان، سفر کرده است، عصر دیروز پنجشنبه با ولادیمیر پوتین دیدار و گفت‌وگو کرد.\n"
     "دو رئیس‌جمهور در این دیدار یک‌ساعته بر اجرای هرچه سریع‌تر قرارداد تحویل سامانه اس-۳۰۰ و گسترش همکاری در حوزه انرژی تأکید کردند.\n"
     "پوتین ۲۴ فروردین با امضای فرمانی ممنوعیت تحویل این سامانه به ایران را که از سال ۲۰۱۰ برقرار بود، لغو کرده بود.\n"
     "روحانی امروز جمعه در نشست سران شانگهای سخنرانی می‌کند و بامداد شنبه به تهران بازمی‌گردد.\n"
     "دو رئیس‌جمهور پیش‌تر ۷ مهر ۱۳۹۳ در آستاراخان، در حاشیه چهارمین اجلاس سران کشورهای ساحلی خزر، با یکدیگر دیدار کرده بودند و قرار است پوتین اواخر آبانماه برای شرکت در اجلاس سران مجمع کشورهای صادرکننده گاز به تهران بیاید.\n"
     "در همین حال مذاکرات هسته‌ای ایران و ۵+۱ در وین که مهلت آن ۱۷ تیر به پایان رسیده بود، برای سومین بار تمدید شد؛ محمدجواد ظریف روز چهارشنبه در وین با سرگئی لاوروف نیز دیدار کرده بود.\n"
     "برچسب‌ها: روحانی، پوتین، اوفا، بریکس، شانگهای\n"
     "© ۱۳۹۴ - خبرگزاری پانا"),
     dates=[("جمعه ۱۹ تیر ۱۳۹۴", "2015-07-10", "j"), ("۲۳ رمضان ۱۴۳۶", "2015-07-10", "h"), ("عصر دیروز پنجشنبه", "2015-07-09", "r"),
            ("۲۴ فروردین", "2015-04-13", "j"), ("سال ۲۰۱۰", "2010", "g"), ("امروز جمعه", "2015-07-10", "r"),
            ("بامداد شنبه", "2015-07-11", "r"), ("۷ مهر ۱۳۹۳", "2014-09-29", "j"), ("اواخر آبانماه", "2015-11-12/2015-11-21", "j"),
            ("۱۷ تیر", "2015-07-08", "j"), ("روز چهارشنبه", "2015-07-08", "r"), ("© ۱۳۹۴", None, "ignore")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(PUT, ROU, "meet", "2014-09-29"),
               C([PUT, RU], [ROU, KHA, IR], "meet", "2015-11-12/2015-11-21", True), C(LAV, ZAR, "meet", "2015-07-08")]),
dict(id="F12", pub="2016-04-10", text=(
     "رادیو آزادی - یکشنبه ۲۲ حمل ۱۳۹۵\n"
     "وزارت دفاع ملی افغانستان اعلام کرد که نخستین محموله چرخبال‌های ام‌آی-۳۵ روسیه روز پنجشنبه به میدان هوایی کابل رسید. "
     "حکومت وحدت ملی خریداری این چرخبال‌ها را در ماه جدی سال گذشته با مسکو نهایی کرده بود. "
     "به گفته سخنگوی این وزارت، محموله دوم اواخر ثور به کابل میرسد و پیلوتان افغان دوره‌های ۴۵ روزه آموزشی را در روسیه سپری کرده‌اند."),
     dates=[("یکشنبه ۲۲ حمل ۱۳۹۵", "2016-04-10", "j"), ("روز پنجشنبه", "2016-04-07", "r"), ("جدی سال گذشته", "2015-12-22/2016-01-20", "j"),
            ("اواخر ثور", "2016-05-10/2016-05-20", "j")],
     contacts=[]),
dict(id="F13", pub="2017-01-25", text=(
     "فرهیختگان - چهارشنبه ۶ بهمن ۹۵ - شماره ۲۰۸۰\n"
     "نشست دو روزه آستانه درباره سوریه که ۴ و ۵ بهمن با حضور هیئت‌های ایران، روسیه و ترکیه به‌عنوان کشورهای ضامن و نمایندگان دولت سوریه و گروه‌های مسلح معارض برگزار شد، با صدور بیانیه پایانی به کار خود پایان داد. "
     "حسین جابری‌انصاری، رئیس هیئت ایرانی، دیروز پیش از بازگشت به تهران با الکساندر لاورنتیف، نماینده ویژه پوتین در امور سوریه، دیدار و درباره دور دوم گفت‌وگوهای کارشناسی که ۱۵ فوریه در آستانه برگزار می‌شود، گفت‌وگو کرد."),
     dates=[("چهارشنبه ۶ بهمن ۹۵", "2017-01-25", "j"), ("۴", "2017-01-23", "j"), ("۵ بهمن", "2017-01-24", "j"),
            ("دیروز", "2017-01-24", "r"), ("۱۵ فوریه", "2017-02-15", "g")],
     contacts=[C(LAVR, JABA, "meet", "2017-01-24"), C(LAVR, JABA, "meet", "2017-01-23/2017-01-24", True),
               C(LAVR, JABA, "meet", "2017-02-15", True)]),
dict(id="F14", pub="2018-05-15", text=(
     "روزنامه آرمان - سه‌شنبه ۲۵ اردیبهشت ۱۳۹۷\n"
     "محمدجواد ظریف که یکشنبه در پکن با وانگ یی دیدار کرده بود، دیروز دوشنبه در مسکو با سرگئی لاوروف گفت‌وگو کرد و دو طرف بر حفظ برجام پس از خروج آمریکا تأکید کردند. "
     "دونالد ترامپ ۱۸ اردیبهشت (۸ مه) خروج کشورش از توافق هسته‌ای را اعلام کرده بود. "
     "ظریف امروز برای دیدار با همتایان انگلیسی، فرانسوی و آلمانی خود راهی بروکسل می‌شود."),
     dates=[("سه‌شنبه ۲۵ اردیبهشت ۱۳۹۷", "2018-05-15", "j"), ("یکشنبه", "2018-05-13", "r"), ("دیروز دوشنبه", "2018-05-14", "r"),
            ("۱۸ اردیبهشت", "2018-05-08", "j"), ("۸ مه", "2018-05-08", "g"), ("امروز", "2018-05-15", "r")],
     contacts=[C(LAV, ZAR, "meet", "2018-05-14")]),
dict(id="F15", pub="2019-10-28", text=(
     "اخبار صنعت - دوشنبه ۶ آبان ۱۳۹۸ - شماره ۱۴۲۵\n"
     "موافقت‌نامه موقت تجارت ترجیحی ایران و اتحادیه اقتصادی اوراسیا از دیروز رسماً اجرایی شد و تعرفه ۸۶۲ قلم کالا میان ایران و پنج عضو این اتحادیه، از جمله روسیه، به‌طور میانگین ۷۰ درصد کاهش یافت؛ مدت اجرای این موافقت‌نامه سه سال است. "
     "به گفته رئیس سازمان توسعه تجارت، نخستین محموله‌های مشمول تخفیف تعرفه‌ای این هفته از بندر امیرآباد به آستاراخان ارسال می‌شود."),
     dates=[("دوشنبه ۶ آبان ۱۳۹۸", "2019-10-28", "j"), ("دیروز", "2019-10-27", "r"), ("این هفته", "2019-10-26/2019-11-01", "r")],
     contacts=[]),
dict(id="F16", pub="2020-07-02", text=(
     "پارس تودی - پنجشنبه ۱۲ تیر ۱۳۹۹ - ۱۰:۲۰\n"
     "ششمین نشست سران کشورهای ضامن روند آستانه عصر دیروز به‌صورت ویدئوکنفرانس و با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان برگزار شد و سه رئیس‌جمهور درباره آینده سوریه گفت‌وگو کردند. "
     "این نشست که به دلیل همه‌گیری کووید ۱۹ به‌صورت مجازی برگزار شد، از ساعت ۱۴:۳۰ به وقت تهران آغاز شد و حدود دو ساعت به طول انجامید. "
     "نشست بعدی سران این روند قرار است سال آینده در تهران برگزار شود."),
     dates=[("پنجشنبه ۱۲ تیر ۱۳۹۹", "2020-07-02", "j"), ("عصر دیروز", "2020-07-01", "r"), ("سال آینده", "2021-03-21/2022-03-20", "r")],
     contacts=[C(PUT, ROU, "meet", "2020-07-01"), C([PUT, RU], [ROU, IR], "meet", "2021-03-21/2022-03-20", True)]),
dict(id="F17", pub="2021-01-27", text=(
     "وطن امروز - چهارشنبه ۸ بهمن ۱۳۹۹ - شماره ۳۱۰۴\n"
     "محمدجواد ظریف که روز دوشنبه در باکو با الهام علی‌اف دیدار کرده بود، روز سه‌شنبه در مسکو با سرگئی لاوروف دیدار و درباره پیشنهاد سازوکار همکاری منطقه‌ای ۳+۳ در قفقاز گفت‌وگو کرد. "
     "لاوروف در نشست خبری مشترک گفت دو طرف برنامه رایزنی‌های دو وزارت خارجه برای سال ۲۰۲۱ میلادی را امضا کردند. "
     "ظریف صبح امروز به ایروان رفت و فردا پنجشنبه راهی تفلیس می‌شود."),
     dates=[("چهارشنبه ۸ بهمن ۱۳۹۹", "2021-01-27", "j"), ("روز دوشنبه", "2021-01-25", "r"), ("روز سه‌شنبه", "2021-01-26", "r"),
            ("سال ۲۰۲۱ میلادی", "2021", "g"), ("صبح امروز", "2021-01-27", "r"), ("فردا پنجشنبه", "2021-01-28", "r")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26"), C([LAV, RU], [ZAR, IR], "agreement", "2021-01-26")]),
# ---------------- 2022 ----------------
dict(id="F18", pub="2022-02-16", text=(
     "جهان صنعت - ۲۷ بهمن ۱۴۰۰ - کد خبر ۱۸۷۵۴۲\n"
     "جواد ساداتی‌نژاد، وزیر جهاد کشاورزی، که از دوشنبه در مسکو به سر می‌برد، دیروز با دمیتری پاتروشف، وزیر کشاورزی روسیه، دیدار کرد و دو طرف یادداشت تفاهم افزایش واردات گندم، جو و روغن نباتی از روسیه را امضا کردند؛ ایران در سال ۲۰۲۲ میلادی ۲۰ میلیون تن کالای اساسی از روسیه وارد خواهد کرد. "
     "واردات گندم از روسیه ماه گذشته ۴۰ درصد افزایش یافته بود و نخستین نشست کارگروه مشترک کشاورزی دو کشور اسفند ۱۴۰۰ در تهران برگزار می‌شود."),
     dates=[("۲۷ بهمن ۱۴۰۰", "2022-02-16", "j"), ("دوشنبه", "2022-02-14", "r"), ("دیروز", "2022-02-15", "r"),
            ("سال ۲۰۲۲ میلادی", "2022", "g"), ("ماه گذشته", "2021-12-22/2022-01-20", "r"), ("اسفند ۱۴۰۰", "2022-02-20/2022-03-20", "j")],
     contacts=[C(DPAT, SADN, "meet", "2022-02-15"), C(DPAT, SADN, "agreement", "2022-02-15"),
               C(DPAT, SADN, "meet", "2022-02-20/2022-03-20")]),
dict(id="F19", pub="2022-07-20", text=(
     "نسیم آنلاین - ۲۹ تیر ۱۴۰۱ - ۰۸:۴۰\n"
     "شرکت ملی نفت ایران و گازپروم روسیه عصر سه‌شنبه ۲۸ تیر (۱۹ جولای)، همزمان با سفر یک‌روزه ولادیمیر پوتین به تهران و دیدار او با آیت‌الله رئیسی و رهبر انقلاب، یادداشت تفاهمی به ارزش حدود ۴۰ میلیارد دلار برای توسعه میادین گازی کیش و پارس شمالی امضا کردند. "
     "این سند در مراسمی مجازی با حضور محسن خجسته‌مهر، مدیرعامل شرکت ملی نفت، در تهران و الکسی میلر، مدیرعامل گازپروم، در مسکو به امضا رسید. "
     "به گفته خجسته‌مهر، قراردادهای نهایی ظرف شش ماه آینده امضا می‌شود."),
     dates=[("۲۹ تیر ۱۴۰۱", "2022-07-20", "j"), ("عصر سه‌شنبه ۲۸ تیر", "2022-07-19", "j"), ("۱۹ جولای", "2022-07-19", "g"),
            ("شش ماه آینده", None, "ignore")],
     contacts=[C(GAZM, NIOC, "agreement", "2022-07-19"), C(GAZM, NIOC, "meet", "2022-07-19", True),
               C(PUT, RAI, "meet", "2022-07-19"), C(PUT, KHA, "meet", "2022-07-19")]),
dict(id="F20", pub="2022-09-06", text=(
     "خامه پرس - سه‌شنبه، ۱۵ سنبله ۱۴۰۱\n"
     "وزارت خارجه ایران انفجار انتحاری دیروز در برابر سفارت روسیه در کابل را که به کشته شدن دو کارمند این سفارت انجامید، محکوم کرد. "
     "سخنگوی وزارت داخله گفت مهاجم پیش از رسیدن به دروازه سفارت در ساعت ۱۰:۵۰ صبح شناسایی و از سوی محافظان هدف قرار گرفته بود. "
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، گفت مسکو کارمندان سفارت خود را کاهش نمیدهد و گفتگوها با حکومت سرپرست ادامه دارد."),
     dates=[("سه‌شنبه، ۱۵ سنبله ۱۴۰۱", "2022-09-06", "j"), ("دیروز", "2022-09-05", "r")],
     contacts=[]),
dict(id="F21", pub="2022-09-17", text=(
     "رئیسی و پوتین در سمرقند: «روابط تهران و مسکو در مسیر راهبردی است»\n"
     "روزنامه سازندگی | شماره ۱۰۲۵ | شنبه ۲۶ شهریور ۱۴۰۱ | ۲۱ صفر ۱۴۴۴\n"
     "سرویس سیاست\n"
     "سمرقند- آیت‌الله سید ابراهیم رئیسی که برای شرکت در بیست و دومین اجلاس سران سازمان همکاری شانگهای به ازبکستان سفر کرده بود، عصر پنجشنبه در حاشیه این اجلاس با ولادیمیر پوتین دیدار و گفت‌وگو کرد.\n"
     "پوتین در این دیدار گفت پیش‌نویس سند جدید همکاری‌های جامع دو کشور «تقریباً آماده» است و رئیسی نیز بر اجرای توافق‌های گازی تیرماه تأکید کرد.\n"
     "ایران روز پنجشنبه با امضای یادداشت تعهدات عضویت در سازمان همکاری شانگهای یک گام دیگر به عضویت دائم نزدیک شد؛ عضویت کامل ایران قرار است تیر سال آینده نهایی شود.\n"
     "رئیس‌جمهور دیروز جمعه پیش از بازگشت به تهران با رئیس‌جمهور ازبکستان و نخست‌وزیر پاکستان نیز دیدار کرد.\n"
     "دو رئیس‌جمهور پیش‌تر ۲۹ دی ۱۴۰۰ در کرملین و ۲۸ تیر در تهران با یکدیگر دیدار کرده بودند و هشتم تیرماه نیز در حاشیه ششمین اجلاس سران خزر در عشق‌آباد گفت‌وگو کردند.\n"
     "قرار است پیش‌نویس نهایی سند همکاری جامع در سفر وزیر خارجه روسیه به تهران در اواخر مهرماه بررسی شود.\n"
     "برچسب‌ها: رئیسی، پوتین، سمرقند، شانگهای، ایران و روسیه\n"
     "کلیه حقوق این سایت متعلق به روزنامه سازندگی است. ۱۴۰۱ ©"),
     dates=[("شنبه ۲۶ شهریور ۱۴۰۱", "2022-09-17", "j"), ("۲۱ صفر ۱۴۴۴", "2022-09-17", "h"), ("عصر پنجشنبه", "2022-09-15", "r"),
            ("تیرماه", "2022-06-22/2022-07-22", "j"), ("روز پنجشنبه", "2022-09-15", "r"), ("تیر سال آینده", "2023-06-22/2023-07-22", "j"),
            ("دیروز جمعه", "2022-09-16", "r"), ("۲۹ دی ۱۴۰۰", "2022-01-19", "j"), ("۲۸ تیر", "2022-07-19", "j"),
            ("هشتم تیرماه", "2022-06-29", "j"), ("اواخر مهرماه", "2022-10-13/2022-10-22", "j"), ("۱۴۰۱ ©", None, "ignore")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C(PUT, RAI, "meet", "2022-01-19"), C(PUT, RAI, "meet", "2022-07-19"),
               C(PUT, RAI, "meet", "2022-06-29"), C([LAV, RU], [AMI, RAI, IR], "meet", "2022-10-13/2022-10-22")]),
dict(id="F22", pub="2022-11-06", text=(
     "خبرگزاری موج - یکشنبه ۱۵ آبان ۱۴۰۱ - ۱۱:۰۵\n"
     "حسین امیرعبداللهیان، وزیر امور خارجه، روز گذشته در نشستی با فعالان رسانه‌ای گفت ایران چند ماه پیش از جنگ اوکراین تعداد محدودی پهپاد به روسیه داده است و اگر اوکراین سندی ارائه کند که از این پهپادها در جنگ استفاده شده، «بی‌تفاوت نخواهیم بود». "
     "او افزود آخرین تماس تلفنی‌اش با دیمیتری کولبا، وزیر خارجه اوکراین، دو هفته پیش انجام شده و کارشناسان دو کشور قرار بود هفته گذشته در یک کشور اروپایی دیدار کنند. "
     "وزارت امور خارجه اوکراین دیروز این اظهارات را «دروغ» خواند."),
     dates=[("یکشنبه ۱۵ آبان ۱۴۰۱", "2022-11-06", "j"), ("روز گذشته", "2022-11-05", "r"), ("چند ماه پیش", None, "ignore"),
            ("دو هفته پیش", "2022-10-22/2022-10-28", "r"), ("هفته گذشته", "2022-10-29/2022-11-04", "r"), ("دیروز", "2022-11-05", "r")],
     contacts=[]),
# ---------------- 2023 ----------------
dict(id="F23", pub="2023-02-28", text=(
     "خبرگزاری میزان - ۰۹ اسفند ۱۴۰۱ - ساعت ۱۳:۲۰\n"
     "محمدجعفر منتظری، دادستان کل کشور، و ایگور کراسنوف، دادستان کل روسیه، صبح امروز در تهران یادداشت تفاهم همکاری در مبارزه با جرایم سازمان‌یافته و پولشویی را امضا کردند. "
     "کراسنوف که شامگاه یکشنبه در رأس هیئتی ۱۲ نفره وارد تهران شد، فردا با غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، دیدار خواهد کرد. "
     "نخستین نشست کارگروه مشترک دو دادستانی اوایل تیرماه ۱۴۰۲ در سن‌پترزبورگ برگزار می‌شود."),
     dates=[("۰۹ اسفند ۱۴۰۱", "2023-02-28", "j"), ("صبح امروز", "2023-02-28", "r"), ("شامگاه یکشنبه", "2023-02-26", "r"),
            ("فردا", "2023-03-01", "r"), ("اوایل تیرماه ۱۴۰۲", "2023-06-22/2023-07-01", "j")],
     contacts=[C(KRAS, MONT, "agreement", "2023-02-28"), C(KRAS, MONT, "meet", "2023-02-28", True), C(KRAS, EJEI, "meet", "2023-03-01"),
               C(KRAS, MONT, "meet", "2023-06-22/2023-07-01")]),
dict(id="F24", pub="2023-05-19", text=(
     "ایکنا - جمعه ۲۹ اردیبهشت ۱۴۰۲ - ۲۹ شوال ۱۴۴۴ ه.ق\n"
     "محمدمهدی ایمانی‌پور، رئیس سازمان فرهنگ و ارتباطات اسلامی، که برای شرکت در چهاردهمین مجمع بین‌المللی اقتصادی «روسیه - جهان اسلام: کازان‌فروم» به تاتارستان سفر کرده، روز پنجشنبه با مفتی راویل عین‌الدین، رئیس اداره دینی مسلمانان روسیه، دیدار کرد و دو طرف توافق کردند نخستین همایش مشترک «اسلام و گفتگوی ادیان» اول ذی‌الحجه در مسکو برگزار شود. "
     "این مجمع از ۲۸ تا ۲۹ اردیبهشت با حضور نمایندگانی از ۸۵ کشور برگزار شد."),
     dates=[("جمعه ۲۹ اردیبهشت ۱۴۰۲", "2023-05-19", "j"), ("۲۹ شوال ۱۴۴۴ ه.ق", "2023-05-19", "h"), ("روز پنجشنبه", "2023-05-18", "r"),
            ("اول ذی‌الحجه", "2023-06-19", "h"), ("از ۲۸ تا ۲۹ اردیبهشت", "2023-05-18/2023-05-19", "j")],
     contacts=[C(GAIN, IMAN, "meet", "2023-05-18"), C(GAIN, IMAN, "meet", "2023-06-19", True)]),
dict(id="F25", pub="2023-09-05", text=(
     "آرمان ملی - سه‌شنبه ۱۴ شهریور ۱۴۰۲\n"
     "ولادیمیر پوتین و رجب طیب اردوغان دیروز در سوچی درباره احیای توافق غلات دریای سیاه گفت‌وگو کردند، اما پوتین گفت تا زمانی که محدودیت‌های صادرات غلات و کود روسیه برداشته نشود، مسکو به این توافق بازنمی‌گردد. "
     "روسیه ۲۶ تیر از این توافق که ژوئیه ۲۰۲۲ در استانبول امضا شده بود، خارج شد. "
     "به گفته بهمن امیری، عضو اتاق بازرگانی مشترک، واردات گندم ایران از روسیه در پنج ماه نخست امسال ۳۵ درصد افزایش یافته است."),
     dates=[("سه‌شنبه ۱۴ شهریور ۱۴۰۲", "2023-09-05", "j"), ("دیروز", "2023-09-04", "r"), ("۲۶ تیر", "2023-07-17", "j"),
            ("ژوئیه ۲۰۲۲", "2022-07", "g"), ("پنج ماه نخست امسال", "2023-03-21/2023-08-22", "r")],
     contacts=[]),
dict(id="F26", pub="2023-09-30", text=(
     "آریانا نیوز - شنبه ۸ میزان ۱۴۰۲\n"
     "پنجمین نشست «فارمت مسکو» در مورد افغانستان روز جمعه در شهر کازان روسیه با اشتراک نمایندگان روسیه، ایران، چین، پاکستان، هند و کشورهای آسیای میانه برگزار شد و امیرخان متقی، سرپرست وزارت خارجه، در حاشیه آن با ضمیر کابلوف دیدار کرد. "
     "حسن کاظمی قمی، نماینده ویژه ایران برای افغانستان، نیز پیش از آغاز نشست با کابلوف ملاقات کرد و دو طرف در مورد نشست چهارجانبه با چین و پاکستان که قرار است ماه عقرب در تهران برگزار شود، گفتگو کردند."),
     dates=[("شنبه ۸ میزان ۱۴۰۲", "2023-09-30", "j"), ("روز جمعه", "2023-09-29", "r"), ("عقرب", "2023-10-23/2023-11-21", "j")],
     contacts=[C(KAB, KQ, "meet", "2023-09-29"), C(KAB, KQ, "meet", "2023-10-23/2023-11-21", True)]),
dict(id="F27", pub="2023-12-08", text=(
     "رجانیوز - ۱۷ آذر ۱۴۰۲ - ۰۹:۳۰\n"
     "آیت‌الله رئیسی که عصر پنجشنبه وارد مسکو شده بود، ساعاتی بعد در کاخ کرملین با ولادیمیر پوتین دیدار کرد؛ دیداری که بیش از پنج ساعت به طول انجامید. "
     "پوتین یک روز پیش از این دیدار در ابوظبی و ریاض با محمد بن زاید و محمد بن سلمان دیدار کرده بود. "
     "رئیس‌جمهور بامداد امروز به تهران بازگشت و گفت متن معاهده جامع همکاری دو کشور «در مراحل پایانی» است."),
     dates=[("۱۷ آذر ۱۴۰۲", "2023-12-08", "j"), ("عصر پنجشنبه", "2023-12-07", "r"), ("ساعاتی بعد", None, "ignore"),
            ("یک روز پیش از این دیدار", None, "ignore"), ("بامداد امروز", "2023-12-08", "r")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07")]),
# ---------------- 2024 ----------------
dict(id="F28", pub="2024-06-24", text=(
     "خبر ورزشی - دوشنبه ۴ تیر ۱۴۰۳\n"
     "کاروان ورزشی ایران بازی‌های بریکس ۲۰۲۴ کازان را با کسب ۱۱ مدال طلا، ۱۴ نقره و ۲۰ برنز در جایگاه چهارم به پایان رساند؛ تیم تیر و کمان با سه طلا پرافتخارترین تیم کاروان بود. "
     "این رقابت‌ها که از ۱۲ تا ۲۳ ژوئن برگزار شد، دیشب با مراسم اختتامیه در ورزشگاه کازان‌آرنا به کار خود پایان داد و روسیه با ۲۰۰ طلا صدرنشین شد. "
     "تیم ملی کشتی آزاد نیز از دوشنبه آینده اردوی آمادگی المپیک پاریس را در کیش آغاز می‌کند."),
     dates=[("دوشنبه ۴ تیر ۱۴۰۳", "2024-06-24", "j"), ("بازی‌های بریکس ۲۰۲۴ کازان", None, "ignore"),
            ("از ۱۲ تا ۲۳ ژوئن", "2024-06-12/2024-06-23", "g"), ("دیشب", "2024-06-23", "r"), ("دوشنبه آینده", "2024-07-01", "r")],
     contacts=[]),
dict(id="F29", pub="2024-08-06", text=(
     "دفاع‌پرس - ۱۶ مرداد ۱۴۰۳ - کد خبر: ۶۸۹۴۲۱\n"
     "سرگئی شویگو، دبیر شورای امنیت فدراسیون روسیه، که دوشنبه ۱۵ مرداد (۵ آگوست) به تهران آمده بود، با علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، و سپس با مسعود پزشکیان، رئیس‌جمهور، دیدار و گفت‌وگو کرد و پیام ولادیمیر پوتین را به رئیس‌جمهور تسلیم کرد. "
     "شویگو آخرین بار در مقام وزیر دفاع در دی ۱۳۹۳ به تهران سفر کرده و با حسین دهقان موافقت‌نامه همکاری نظامی دو کشور را امضا کرده بود."),
     dates=[("۱۶ مرداد ۱۴۰۳", "2024-08-06", "j"), ("دوشنبه ۱۵ مرداد", "2024-08-05", "j"), ("۵ آگوست", "2024-08-05", "g"),
            ("دی ۱۳۹۳", "2014-12-22/2015-01-20", "j")],
     contacts=[C(SHOS, AHM, "meet", "2024-08-05"), C(SHOS, PEZ, "meet", "2024-08-05"), C([PUT, RU], [PEZ, IR], "message", "2024-08-05"),
               C(SHOD, DEH, "meet", "2014-12-22/2015-01-20"), C(SHOD, DEH, "agreement", "2014-12-22/2015-01-20")]),
dict(id="F30", pub="2024-10-24", text=(
     "پزشکیان و پوتین در کازان؛ معاهده جامع «به‌زودی» امضا می‌شود\n"
     "روزنامه هم‌میهن | پنجشنبه ۳ آبان ۱۴۰۳ | ۲۱ ربیع‌الثانی ۱۴۴۶ | شماره ۴۳۶\n"
     "گروه سیاسی\n"
     "کازان- مسعود پزشکیان که برای شرکت در شانزدهمین اجلاس سران بریکس به کازان سفر کرده است، دیروز در نخستین روز حضورش در این شهر با ولادیمیر پوتین دیدار و گفت‌وگو کرد.\n"
     "پوتین در این دیدار گفت معاهده مشارکت راهبردی جامع دو کشور آماده امضاست و امضای آن در سفر آتی پزشکیان به مسکو انجام خواهد شد.\n"
     "این دومین دیدار دو رئیس‌جمهور در کمتر از دو هفته است؛ آن‌ها جمعه ۲۰ مهر در عشق‌آباد و در حاشیه همایش بزرگداشت مختومقلی فراغی نیز با یکدیگر دیدار کرده بودند.\n"
     "پزشکیان امروز در نشست «بریکس پلاس» سخنرانی می‌کند و عصر امروز به تهران بازمی‌گردد.\n"
     "ایران از ۱۱ دی ۱۴۰۲ (اول ژانویه ۲۰۲۴) عضو رسمی بریکس است و سال گذشته در اجلاس ژوهانسبورگ به این گروه دعوت شد.\n"
     "پیش از این، سرگئی شویگو، دبیر شورای امنیت روسیه، ۱۵ مرداد در تهران با پزشکیان دیدار کرده و پیام پوتین را به او رسانده بود.\n"
     "مطالب مرتبط: پسکوف: پوتین و پزشکیان در عشق‌آباد دیدار می‌کنند (۱۹ مهر ۱۴۰۳)\n"
     "© ۲۰۲۴ روزنامه هم‌میهن - همه حقوق محفوظ است"),
     dates=[("پنجشنبه ۳ آبان ۱۴۰۳", "2024-10-24", "j"), ("۲۱ ربیع‌الثانی ۱۴۴۶", "2024-10-24", "h"), ("دیروز", "2024-10-23", "r"),
            ("جمعه ۲۰ مهر", "2024-10-11", "j"), ("امروز", "2024-10-24", "r"), ("عصر امروز", "2024-10-24", "r"),
            ("۱۱ دی ۱۴۰۲", "2024-01-01", "j"), ("اول ژانویه ۲۰۲۴", "2024-01-01", "g"), ("سال گذشته", "2023-03-21/2024-03-19", "r"),
            ("۱۵ مرداد", "2024-08-05", "j"), ("۱۹ مهر ۱۴۰۳", "2024-10-10", "j"), ("© ۲۰۲۴", None, "ignore")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", None, True), C([PUT, RU], [PEZ, IR], "agreement", None, True),
               C(PUT, PEZ, "meet", "2024-10-11"), C(SHOS, PEZ, "meet", "2024-08-05"), C([PUT, RU], [PEZ, IR], "message", "2024-08-05")]),
dict(id="F31", pub="2024-11-22", text=(
     "دیدبان ایران - جمعه ۲ آذر ۱۴۰۳\n"
     "به گزارش دیدبان ایران به نقل از مهر، شورای حکام آژانس بین‌المللی انرژی اتمی عصر پنجشنبه قطعنامه پیشنهادی انگلیس، فرانسه، آلمان و آمریکا علیه ایران را با ۱۹ رأی موافق، ۳ رأی مخالف و ۱۲ رأی ممتنع تصویب کرد؛ روسیه، چین و بورکینافاسو به آن رأی منفی دادند. "
     "میخائیل اولیانوف، نماینده روسیه در وین، این قطعنامه را «اقدامی بی‌حاصل» خواند. "
     "شورای حکام پیشتر ۱۶ خرداد امسال (۵ ژوئن) نیز قطعنامه‌ای علیه ایران صادر کرده بود."),
     dates=[("جمعه ۲ آذر ۱۴۰۳", "2024-11-22", "j"), ("عصر پنجشنبه", "2024-11-21", "r"), ("۱۶ خرداد امسال", "2024-06-05", "j"),
            ("۵ ژوئن", "2024-06-05", "g")],
     contacts=[]),
dict(id="F32", pub="2024-12-17", text=(
     "سلامت‌نیوز - ۱۴۰۳/۰۹/۲۷ - ۱۰:۱۵\n"
     "محمدرضا ظفرقندی، وزیر بهداشت، و میخائیل موراشکو، وزیر بهداشت روسیه، عصر دیروز در تهران برنامه همکاری سه‌ساله دو کشور در زمینه تولید مشترک دارو و واکسن را امضا کردند. "
     "موراشکو در این سفر دوروزه امروز از انستیتو پاستور بازدید می‌کند. "
     "نشست بعدی کمیته مشترک بهداشتی دو کشور نیمه دوم اردیبهشت ۱۴۰۴ در مسکو برگزار خواهد شد."),
     dates=[("۱۴۰۳/۰۹/۲۷", "2024-12-17", "j"), ("عصر دیروز", "2024-12-16", "r"), ("امروز", "2024-12-17", "r"),
            ("نیمه دوم اردیبهشت ۱۴۰۴", "2025-05-06/2025-05-21", "j")],
     contacts=[C(MUR, ZAF, "agreement", "2024-12-16"), C(MUR, ZAF, "meet", "2024-12-16", True),
               C(MUR, ZAF, "meet", "2025-05-06/2025-05-21", True)]),
# ---------------- 2025 ----------------
dict(id="F33", pub="2025-01-18", text=(
     "شهروند - شنبه ۲۹ دی ۱۴۰۳ - ۱۸ رجب ۱۴۴۶\n"
     "مسعود پزشکیان و ولادیمیر پوتین روز جمعه در کرملین معاهده مشارکت راهبردی جامع ایران و روسیه را امضا کردند؛ سندی ۴۷ ماده‌ای با اعتبار ۲۰ ساله که جایگزین قرارداد مبانی روابط سال ۲۰۰۱ می‌شود. "
     "پزشکیان پیش از مراسم امضا با پوتین دیدار و گفت‌وگو کرد و پس از آن در مراسم ادای احترام به قربانیان جنگ جهانی دوم شرکت کرد. "
     "معاهده پس از تصویب در مجلس شورای اسلامی و دومای دولتی لازم‌الاجرا می‌شود."),
     dates=[("شنبه ۲۹ دی ۱۴۰۳", "2025-01-18", "j"), ("۱۸ رجب ۱۴۴۶", "2025-01-18", "h"), ("روز جمعه", "2025-01-17", "r"),
            ("سال ۲۰۰۱", "2001", "g")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17"),
               C([PUT, RU], KHAT, "agreement", "2001")]),
dict(id="F34", pub="2025-10-08", text=(
     "آمو - چهارشنبه ۱۶ میزان ۱۴۰۴\n"
     "هفتمین نشست فارمت مسکو دیروز با اشتراک امیرخان متقی، وزیر خارجه طالبان، و نمایندگان ویژه روسیه، ایران، چین، پاکستان، هند و کشورهای آسیای میانه در مسکو برگزار شد. "
     "سرگئی لاوروف در آغاز نشست گفت مسکو با استقرار زیرساخت‌های نظامی کشورهای غیرمنطقه‌ای در افغانستان مخالف است. "
     "محمدرضا بهرامی، نماینده ویژه ایران، در حاشیه نشست با ضمیر کابلوف دیدار کرد و دو طرف در مورد نشست بعدی که قرار است اواخر قوس در تهران برگزار شود، گفتگو کردند."),
     dates=[("چهارشنبه ۱۶ میزان ۱۴۰۴", "2025-10-08", "j"), ("دیروز", "2025-10-07", "r"), ("اواخر قوس", "2025-12-12/2025-12-21", "j")],
     contacts=[C(["Zamir Kabulov", LAV, "Russian Foreign Ministry", RU], BAH, "meet", "2025-10-07"), C(KAB, BAH, "meet", "2025-12-12/2025-12-21", True)]),
dict(id="F35", pub="2025-11-19", text=(
     "برترین‌ها - ۲۸ آبان ۱۴۰۴ - ۱۴:۱۰\n"
     "دیمیتری پسکوف، سخنگوی کرملین، امروز در پاسخ به پرسش خبرنگاران گزارش برخی رسانه‌ها درباره سفر قریب‌الوقوع ولادیمیر پوتین به تهران را رد کرد و گفت «چنین سفری در برنامه رئیس‌جمهور قرار ندارد»؛ به گفته او پوتین هفته آینده برای شرکت در اجلاس سران سازمان پیمان امنیت جمعی به بیشکک می‌رود. "
     "قیمت دلار در بازار آزاد تهران نیز امروز با ۲ هزار تومان افزایش به ۱۱۵ هزار تومان رسید."),
     dates=[("۲۸ آبان ۱۴۰۴", "2025-11-19", "j"), ("امروز", "2025-11-19", "r"), ("هفته آینده", "2025-11-22/2025-11-28", "r"),
            ("امروز", "2025-11-19", "r")],
     contacts=[]),
dict(id="F36", pub="2025-12-10", text=(
     "خبرگزاری دانشجو - ۱۴۰۴/۰۹/۱۹ - کد خبر: ۱۲۸۴۵۷۶\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، که از روز دوشنبه در مسکو به سر می‌برد، عصر دیروز با سرگئی شویگو، دبیر شورای امنیت روسیه، دیدار و درباره اجرای معاهده جامع و وضعیت پرونده هسته‌ای ایران پس از فعال‌سازی سازوکار ماشه گفت‌وگو کرد. "
     "لاریجانی امروز با ولادیمیر پوتین دیدار خواهد کرد. "
     "او پیش‌تر نیز ۲۹ تیر امسال پیام رهبر انقلاب را در کرملین به پوتین تسلیم کرده بود."),
     dates=[("۱۴۰۴/۰۹/۱۹", "2025-12-10", "j"), ("روز دوشنبه", "2025-12-08", "r"), ("عصر دیروز", "2025-12-09", "r"),
            ("امروز", "2025-12-10", "r"), ("۲۹ تیر امسال", "2025-07-20", "j")],
     contacts=[C(SHOS, LARS, "meet", "2025-12-09"), C(PUT, LARS, "meet", "2025-12-10"), C(PUT, LARA, "meet", "2025-07-20"),
               C([PUT, RU], [KHA, IR], "message", "2025-07-20")]),
# ---------------- 2026 ----------------
dict(id="F37", pub="2026-01-13", text=(
     "نامه‌نیوز - سهشنبه ۲۳ دی ۱۴۰۴ - ۲۴ رجب ۱۴۴۷ قمری - کد خبر ۵۲۱۸۹۰\n"
     "اسکندر مؤمنی، وزیر کشور، و ولادیمیر کولوکولتسف، وزیر کشور روسیه، روز گذشته در تهران موافقت‌نامه همکاری در مبارزه با قاچاق مواد مخدر و جرایم سایبری را امضا کردند. "
     "کولوکولتسف که يكشنبه شب وارد تهران شده بود، قرار است فردا چهارشنبه از مرز دوغارون بازدید کند. "
     "وزیران کشور دو کشور پیش از این در مهر ۱۴۰۳ در مسکو دیدار کرده بودند."),
     dates=[("سهشنبه ۲۳ دی ۱۴۰۴", "2026-01-13", "j"), ("۲۴ رجب ۱۴۴۷ قمری", "2026-01-13", "h"), ("روز گذشته", "2026-01-12", "r"),
            ("يكشنبه شب", "2026-01-11", "r"), ("فردا چهارشنبه", "2026-01-14", "r"), ("مهر ۱۴۰۳", "2024-09-22/2024-10-21", "j")],
     contacts=[C(KOL, MOM, "agreement", "2026-01-12"), C(KOL, MOM, "meet", "2026-01-12", True),
               C(KOL, MOM, "meet", "2024-09-22/2024-10-21")]),
dict(id="F38", pub="2026-02-17", text=(
     "قرارداد اجرای راه‌آهن رشت-آستارا با روسیه امضا شد\n"
     "صبح نو | شماره ۱۹۴۲ | سه‌شنبه ۲۸ بهمن ۱۴۰۴\n"
     "گروه اقتصادی - کد مطلب: ۲۴۱۸۷۷\n"
     "تهران- فرزانه صادق، وزیر راه و شهرسازی، و آندری نیکیتین، وزیر حمل‌ونقل روسیه، عصر دیروز در تهران قرارداد اجرای راه‌آهن ۱۶۲ کیلومتری رشت-آستارا میان راه‌آهن روسیه و شرکت ساخت و توسعه زیربناهای حمل‌ونقل کشور را امضا کردند.\n"
     "بر اساس این قرارداد، عملیات اجرایی پروژه از اول فروردین ۱۴۰۵ آغاز می‌شود و ظرف ۴۸ ماه به پایان می‌رسد.\n"
     "نیکیتین امروز با مسعود پزشکیان دیدار می‌کند و فردا چهارشنبه از بندر انزلی بازدید خواهد کرد.\n"
     "موافقت‌نامه بین‌دولتی این پروژه ۲۷ اردیبهشت ۱۴۰۲ (۱۷ مه ۲۰۲۳) در مراسمی با حضور مجازی ولادیمیر پوتین و آیت‌الله رئیسی امضا شده بود.\n"
     "روسیه وامی ۱.۳ میلیارد یورویی برای این پروژه در نظر گرفته است و نشست بعدی کمیسیون مشترک اقتصادی دو کشور اواسط اردیبهشت سال آینده در قازان برگزار می‌شود.\n"
     "پیش از این، بیست و یکم آذرماه، معاونان دو وزارتخانه در مسکو پروتکل نهایی‌سازی مسیر را امضا کرده بودند.\n"
     "برچسب‌ها: کریدور شمال-جنوب، رشت-آستارا، ایران و روسیه\n"
     "© ۲۰۲۶ صبح نو"),
     dates=[("سه‌شنبه ۲۸ بهمن ۱۴۰۴", "2026-02-17", "j"), ("عصر دیروز", "2026-02-16", "r"), ("اول فروردین ۱۴۰۵", "2026-03-21", "j"),
            ("امروز", "2026-02-17", "r"), ("فردا چهارشنبه", "2026-02-18", "r"), ("۲۷ اردیبهشت ۱۴۰۲", "2023-05-17", "j"),
            ("۱۷ مه ۲۰۲۳", "2023-05-17", "g"), ("اواسط اردیبهشت سال آینده", "2026-05-01/2026-05-10", "j"),
            ("بیست و یکم آذرماه", "2025-12-12", "j"), ("© ۲۰۲۶", None, "ignore")],
     contacts=[C(NIK, SADG, "agreement", "2026-02-16"), C(NIK, SADG, "meet", "2026-02-16", True), C(NIK, [PEZ, IR], "meet", "2026-02-17"),
               C([PUT, RU], [RAI, IR], "agreement", "2023-05-17"), C([PUT, RU], [RAI, IR], "meet", "2023-05-17", True),
               C(TSI, PAK, "meet", "2026-05-01/2026-05-10", True), C(MTR, MRD, "agreement", "2025-12-12")]),
dict(id="F39", pub="2026-03-03", text=(
     "آژانس باختر - سه‌شنبه ۱۲ حوت ۱۴۰۴\n"
     "وزارت صنعت و تجارت امارت اسلامی اعلام کرد که نخستین محموله ۵۰ هزار تُن گندم روسیه از طریق بندر چابهار ایران روز یکشنبه وارد ولایت نیمروز شد. "
     "این گندم بر اساس قراردادی که در ماه دلو سال روان با یک شرکت روسی امضا شد، خریداری شده است و محموله دوم در هفته اول حمل ۱۴۰۵ به کشور میرسد."),
     dates=[("سه‌شنبه ۱۲ حوت ۱۴۰۴", "2026-03-03", "j"), ("روز یکشنبه", "2026-03-01", "r"), ("دلو سال روان", "2026-01-21/2026-02-19", "j"),
            ("هفته اول حمل ۱۴۰۵", "2026-03-21/2026-03-27", "j")],
     contacts=[]),
dict(id="F40", pub="2026-04-21", text=(
     "قدس آنلاین - سه‌شنبه ۱ اردیبهشت ۱۴۰۵ - ۴ ذی‌القعده ۱۴۴۷ق\n"
     "مسعود پزشکیان و ولادیمیر پوتین شامگاه دیروز در گفت‌وگویی تلفنی درباره اجرای معاهده مشارکت راهبردی جامع که از ۱۰ مهر ۱۴۰۴ لازم‌الاجرا شده، رایزنی کردند؛ پوتین در این تماس عید نوروز را تبریک گفت و دو طرف توافق کردند دیدار بعدی خود را در ماه ژوئن در حاشیه اجلاس سران سازمان همکاری شانگهای در بیشکک برگزار کنند. "
     "عباس عراقچی، وزیر امور خارجه، نیز بامداد امروز در تماس تلفنی با سوبرامانیام جایشانکار، وزیر خارجه هند، درباره نشست وزیران خارجه بریکس که اواسط اردیبهشت در دهلی نو برگزار می‌شود، گفت‌وگو کرد."),
     dates=[("سه‌شنبه ۱ اردیبهشت ۱۴۰۵", "2026-04-21", "j"), ("۴ ذی‌القعده ۱۴۴۷ق", "2026-04-21", "h"), ("شامگاه دیروز", "2026-04-20", "r"),
            ("۱۰ مهر ۱۴۰۴", "2025-10-02", "j"), ("عید نوروز", "2026-03-21", "j"), ("ژوئن", "2026-06", "g"),
            ("بامداد امروز", "2026-04-21", "r"), ("اواسط اردیبهشت", "2026-05-01/2026-05-10", "j")],
     contacts=[C(PUT, PEZ, "phone_call", "2026-04-20"), C(PUT, PEZ, "meet", "2026-06")]),
]
