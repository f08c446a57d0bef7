# Held-out probe set 57: PERSIAN news, 34 SNIPPETS of 1–3 sentences (each opening with a header line: outlet, date line,
# issue number / news code / time) and 6 WHOLE ARTICLES of 11–12 lines (F05, F13, F20, F28, F31, F39: headline, header date
# line, news code / service line, dateline + body, background lines recalling older dated contacts or events, tags / a
# related link / a copyright line), hand-annotated; 40 cases, F01–F40, publication dates 2005–2026 (two in 2005, 2007 and
# 2015, one a year in the other years 2006–2021, four a year 2022–2026; ids in date order); three Dari / Afghan cases (F08,
# F24, F34).  26 cases are about Russia–Iran relations (25 with at least one contact row; F35 holds third-country contacts
# only); 14 are other news (weather, holidays, exams, sport, religious calendar, prices, elections, Covid).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set file;
# what was read: /work/shared/gold/README.md, the five seed articles in /work/shared/seeds/, the first 140 lines of set16
# (file format) and the leading comment headers of set53, set55 and set58, plus a bare listing of the file names in
# bench/probes/.  The tool was not run, the timeline package was not imported and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes, issue numbers, news codes and several
# dates and meetings are invented; every official holds the office named on the date given) in the style of outlets
# not named in the set53/55/58 headers (nor in set16's):
#   Resalat (F01, «روزنامه رسالت | شنبه ۲۴ اردیبهشت ۱۳۸۴ | ۶ ربیع‌الثانی ۱۴۲۶ | شماره ۵۵۲۰», past «عصر پنجشنبه», «اواسط
#   خردادماه», a postponed bare «فروردین‌ماه», «۱۲ نفره»), Abrar (F02, three-calendar header «چهارشنبه ۳۰ آذر ۱۳۸۴ - ۱۹
#   ذی‌القعده ۱۴۲۶ - ۲۱ دسامبر ۲۰۰۵», «شب یلدا», «فردا پنجشنبه», «تا اوایل دی‌ماه», the clock range «از ساعت ۱۸ تا ۲۲», the
#   square «میدان ۱۵ خرداد», «۳۰ درصدی», «روزهای اخیر»), ILNA (F03, numeric «۱۳۸۵/۰۶/۳۰ - ۱۱:۲۰», «شصت و یکمین», «روز
#   چهارشنبه», «قطعنامه ۱۶۹۶», «۱+۵», «پریروز», «امروز»), Hemayat (F04, commas «روزنامه حمایت، سه‌شنبه ۱۴ فروردین ۱۳۸۶،
#   شماره ۴۱۲», «دیروز دوشنبه، همزمان با سیزده‌بدر», «۷ میلیون نفر», «ساعت ۲۳», «از ۲۵ اسفند … تاکنون», «طرح نوروزی», «سال
#   گذشته», «۱۲ درصد», «تا پایان فروردین», «شنبه آینده» said on a Tuesday), Qods (F05, whole article: «سه‌شنبه آینده» in the
#   headline, «پنجشنبه ۱۹ مهر ۱۳۸۶ | ۲۹ رمضان ۱۴۲۸ | سال بیستم، شماره ۵۸۴۲», «دیشب», «۲۴ مهرماه», «روز سه‌شنبه», «هفته
#   گذشته», «۲۵ ماده‌ای», «۲۵ خرداد ۱۳۸۵ (۱۵ ژوئن ۲۰۰۶)», «بهمن‌ماه سال گذشته», «سال ۲۰۰۲ میلادی», «عشق‌آباد», «© روزنامه قدس
#   ۱۳۸۶»), Khorasan (F06, ordinal word «سه‌شنبه پنجم آذر ۱۳۸۷», «از یکشنبه شب … به سر می‌برد», «دیروز», «امروز», future bare
#   «پنجشنبه», «۲۳ اردیبهشت امسال»), Ebtekar (F07, «پس‌فردا جمعه», «صبح فردا», «دیشب», «دهمین دوره», «ساعت ۸», «جبهه دوم
#   خرداد», «۲۵ درصدی», «۵۰ درصد», «دور دوم», «جمعه ۲۹ خرداد»), Bakhtar (F08, Dari: «دوشنبه ۲ حمل ۱۳۸۹», «دیروز یکشنبه اول
#   حمل», «میله گل سرخ», «چهل روز», «میابد», «تا ختم هفته روان», «از اواسط ماه حمل», «باران‌های بهاری», «از چهارم حمل»),
#   Vatan-e Emrooz (F09, the outlet name holding «امروز», «امروز پنجشنبه», «دیروز», «۴۵ دقیقه», «۲۷ آبان ۱۳۸۹ (۱۸ نوامبر
#   ۲۰۱۰)», «سومین»), Jahan News (F10, «یکشنبه ۲۰ فروردین ۱۳۹۱ - ۱۰:۴۵ | کد خبر», «روز شنبه», «شنبه ۲۶ فروردین (۱۴ آوریل)»,
#   «بیش از یک سال پیش», «بهمن ۱۳۸۹»), Arman (F11, ordinal words «پنجشنبه بیست و یکم آذر ۱۳۹۲ | ۹ صفر ۱۴۳۵», «عصر سه‌شنبه»,
#   «دیروز», «۳ آذر (۲۴ نوامبر)», «سال ۲۰۱۴ میلادی»), Khabar-e Varzeshi (F12, sports daily: «شنبه ۲۲ شهریور ۱۳۹۳ | شماره
#   ۲۹۸۴», «روز پنجشنبه», «۵۶ امتیاز», «دیدار پایانی» = bout, «۷۱ کیلوگرم», the score «۳ بر ۱», «بامداد امروز ساعت ۴:۳۰»,
#   «از ۱۷ تا ۱۹ شهریور», «۱۰ روز», «بازی‌های آسیایی ۲۰۱۴»), Defa Press (F13, whole article: «سه‌شنبه ۲۵ فروردین ۱۳۹۴ - ۲۵
#   جمادی‌الثانی ۱۴۳۶ - ۱۴ آوریل ۲۰۱۵», «ساعت انتشار: ۰۹:۱۵», «اس-۳۰۰», «دیروز دوشنبه», «دیشب», «تا ۹ تیر (۳۰ ژوئن)», «۱۱
#   فروردین», «سال ۲۰۰۷ میلادی», «۸۰۰ میلیون دلار», «شهریور ۱۳۸۹», «پنجشنبه آینده», «چهارمین», «ظرف شش ماه», «(۱۴ فروردین ۱۳۹۴)»
#   in a related link), Rasa (F14, Qom agency: «دوشنبه ۲۷ مهر ۱۳۹۴ | کد خبر», «دهه اول محرم», «عصر روز عاشورا», «۱۲۰ موکب»,
#   «تا روز دوازدهم محرم», «۲۰۰ هیئت», «سالروز شهادت امام سجاد (ع) در ۲۵ محرم», «اربعین حسینی در ۲۰ صفر»), Shahrvand (F15,
#   «چهارشنبه اول دی ۱۳۹۵», «روز سه‌شنبه», «شب قبل», «همان روز», «از ۲۰۱۵ میلادی», «اواسط ژانویه»), KHAMENEI.IR (F16, «۱۱
#   آبان‌ماه ۱۳۹۶ - ساعت ۱۲:۳۰», «عصر دیروز», «آذر ۱۳۹۴»), Jahan-e Sanat (F17, «به گزارش مهر» (the agency), «سکه تمام‌بهار
#   آزادی», «دیروز», «۲۵ درصد», «هفته گذشته», «۴ میلیون و ۷۰۰ هزار تومان», «از ۲۴ تیر تا ۲۰ مرداد», «۶۰ هزار سکه», year-less
#   «عید قربان»), Ensaf News (F18, «دوشنبه ۳۰ اردیبهشت ۱۳۹۸ - ۱۵ رمضان ۱۴۴۰ | ۱۴:۱۰», «امروز», «دیروز», a postponed «هفته
#   آینده»), Salamat News (F19, «۲۴ ساعت گذشته», «کووید ۱۹», «تا ۳۰ فروردین», «از ۲۳ فروردین», year-less «ماه رمضان», «۳۰ بهمن
#   سال ۱۳۹۸»), Farhikhtegan (F20, whole article: «پنجشنبه ۱۵ مهر ۱۴۰۰ | ۱ ربیع‌الاول ۱۴۴۳ | شماره ۳۴۸۰», «روز چهارشنبه»,
#   «۳+۳», «ماه آینده», «امروز», «۲۴ فروردین امسال», «سال ۱۳۹۹», «۲۶ مرداد (۱۷ اوت)», year-less «(۱۲ شهریور)» in a related
#   link), Borna (F21, «۲۵ اسفند ۱۴۰۰ - ساعت ۰۸:۲۰», «عصر دیروز سه‌شنبه», «۱۴ اسفند», «۲۴ فوریه», «فردا پنجشنبه»), Asia
#   (F22, economic daily: «از روز جمعه», «دیروز», «۶۰ هزار تومان», «ماه گذشته», «۱۴۰ درصد», two months joined «خرداد و تیر
#   ماه», «پس‌فردا», «از اول خرداد», «تا اطلاع بعدی»), Sazandegi (F23, «شنبه ۲۶ شهریور ۱۴۰۱ | سال چهارم، شماره ۱۰۴۸», «پریروز
#   پنجشنبه», «دیروز»), Radio Azadi (F24, Dari: «پنجشنبه ۲۶ عقرب ۱۴۰۱», «چهارمین نشست», «روز چهارشنبه», «اشتراک», «گفتگو»,
#   «ماه میزان سال آینده»), IBENA (F25, banking agency: ordinal word «دوشنبه دهم بهمن ۱۴۰۱», «دیروز», «۱۰۶ بانک», «تا اواخر
#   بهمن‌ماه», «هفته آینده»), IQNA (F26, «۱۴۰۲/۰۱/۳۰ - ۲۸ رمضان ۱۴۴۴ | ۱۱:۰۵», «هلال ماه شوال», «عصر فردا», «جمعه عید فطر»,
#   «نماز عید فطر», «ساعت ۵:۳۰», «امسال», «۴۰ هزار تومان»), Pana (F27, «چهارشنبه ۱۴ تیر ۱۴۰۲ - ۰۹:۳۰», «آزمون سراسری ۱۴۰۲»,
#   «روزهای ۱۵ و ۱۶ تیرماه», «۱۶۰ شهر», «از امروز», «دی‌ماه گذشته», «۲۵ بهمن», «اواخر مرداد», the phone number «۴۲۱۶۳-۰۲۱»),
#   Ham-Mihan (F28, whole article: «شنبه ۱۸ آذر ۱۴۰۲ | ۲۵ جمادی‌الاول ۱۴۴۵ | شماره ۳۴۲», «شناسه خبر», «روز پنجشنبه», «یک‌روزه»,
#   «پنج ساعت», «اکتبر ۲۰۲۴», «چهارشنبه ۱۵ آذر», «۲۴ شهریور ۱۴۰۱ (۱۵ سپتامبر ۲۰۲۲)», «۲۷ اردیبهشت امسال», «(۸ آبان ۱۴۰۲)» in a
#   related link, an undated rights line), Ettela'at (F29, «چهارشنبه ۹ اسفند ۱۴۰۲ | ۱۸ شعبان ۱۴۴۵ | شماره ۲۸۴۷۵», «دوازدهمین
#   دوره», «ششمین دوره», «جمعه این هفته», the name «بهمن عزیزی», «بامداد پنجشنبه», «۲۹۰ کرسی», «ساعت ۸ تا ۱۸», «اواخر فروردین
#   یا اوایل اردیبهشت ۱۴۰۳»), Mizan (F30, the judiciary agency whose name is the Afghan month «میزان», «سه‌شنبه ۲۲ خرداد ۱۴۰۳ -
#   ۱۱:۴۰», «دیروز», «سانحه بالگرد ۳۰ اردیبهشت (۱۹ مه)», «امروز»), Nameh News (F31, whole article: «پنجشنبه ۲۲ شهریور ۱۴۰۳ - ۹
#   ربیع‌الاول ۱۴۴۶ | ۱۹:۲۰», «امروز», «از اول تا سوم آبان», «دیروز», past bare «سه‌شنبه», «فردا», «۱۵ مرداد ۱۴۰۳ (۵ اوت
#   ۲۰۲۴)», «۹ شهریور», «تا پایان سال ۲۰۲۴ میلادی», «(۱۸ شهریور ۱۴۰۳)» in a related link), president.ir (F32, ordinal word
#   «پنجشنبه سوم آبان ۱۴۰۳ | ۰۹:۴۰», «عصر روز چهارشنبه», «شانزدهمین», «در آینده‌ای نزدیک», «کمتر از دو هفته», «۲۰ مهر»,
#   «امروز»), ISCA News (F33, two-calendar header «شنبه ۲۵ اسفند ۱۴۰۳ - ۱۵ مارس ۲۰۲۵», «دیروز», «۵ بند», «اواسط فروردین سال
#   آینده» six days before the new year), Ariana News (F34, Dari: «یکشنبه ۱۵ سرطان ۱۴۰۴», «امسال», «سه‌شنبه آینده» said on a
#   Sunday, «تا ۵ اسد», «۳۴ ولایت», «اواخر سنبله», «از اول میزان», «سال گذشته … از ۲۰ سرطان تا ۱۰ اسد», «میشود»), RFI Persian
#   (F35, weekday-less «۵ مهر ۱۴۰۴ - ۰۸:۴۵», «شش‌ماهه», «روز جمعه», «۴ رأی», «بامداد یکشنبه», «پنجشنبه گذشته»), Haft-e Sobh
#   (F36, the outlet name holding «هفت» and «صبح», «سه‌شنبه ۲۵ آذر ۱۴۰۴ | شماره ۴۷۸۱», «نشست خبری هفتگی دیروز», «هفته گذشته»,
#   «از اواسط آذر», «شنبه گذشته», «اوایل بهمن»), Fardanews (F37, the outlet name holding «فردا», «دوشنبه ۲۲ دی ۱۴۰۴ - ۱۰:۱۵ |
#   کد خبر», «پس‌فردا چهارشنبه», future bare «پنجشنبه», «۳+۳», «۲۴ تیر ۱۴۰۴ (۱۵ ژوئیه ۲۰۲۵)», a postponed bare «دی‌ماه», «ماه
#   آینده»), Shahrara (F38, Mashhad daily: «سه‌شنبه ۲۶ اسفند ۱۴۰۴», «امشب، همزمان با چهارشنبه‌سوری», «از پنجشنبه ۲۸ اسفند»,
#   «۱۰ درجه‌ای», «تا روز دوم فروردین», «چهارشنبه‌سوری پارسال», «ساعت ۱۸ و ۱۶ دقیقه روز جمعه», year-less «عید فطر» and
#   «نوروز», «از اول تا ۱۴ فروردین»), IANA (F39, agriculture agency, whole article: «تیرماه» in the headline, «سه‌شنبه ۸
#   اردیبهشت ۱۴۰۵ - ۱۱ ذی‌القعده ۱۴۴۷ - ۲۸ آوریل ۲۰۲۶», «صبح امروز», «دوساله», «دو ساعت», «از یکشنبه شب», «دیروز», «اوایل
#   تیرماه», «هفته آینده», «سال ۱۴۰۳», «۴.۵ میلیون تن», «۱۸ مهر ۱۴۰۳ (۹ اکتبر ۲۰۲۴)», «آذر ۱۴۰۱», «سال گذشته (۲۵ فروردین ۱۴۰۵)»
#   in a related link, «© ۱۴۰۵») and Vaghaye Ettefaghiyeh (F40, «چهارشنبه ۳۰ اردیبهشت ۱۴۰۵ | شماره ۱۹۸۴» (an issue number
#   that looks like a year), «دیروز», «امروز», «روز جمعه», «۱۸ فروردین»).
# Contacts (25 cases with at least one required row): foreign ministers (Lavrov / Kharrazi call 2005 and a Moscow visit
# «اواسط خردادماه» after a postponed Farvardin one; Lavrov / Mottaki on the UNGA sidelines 2006 and their call before the
# 2007 Tehran Caspian summit; Lavrov / Zarif and Lavrov / Rouhani in Tehran 2013, the Lausanne sideline meeting and a call
# 2015, the Moscow trilateral with Turkey 2016 (Moscow declaration optional), Lavrov in Tehran Farvardin 1400 and Zarif in
# Moscow 1399; Lavrov / Amir-Abdollahian in Moscow 2021 and 2022, a planned 3+3 (optional) and a related-link call
# (optional); Lavrov / Bagheri Kani at the BRICS FM meeting 2024; Lavrov / Araghchi call 2025 (beside a denied
# Larijani / Putin meeting), Moscow visit «پس‌فردا چهارشنبه» 2026, the 3+3 next day (optional) and Tianjin 2025 recalled),
# presidents and the Leader (Putin / Ahmadinejad at Tehran 2007 with Putin / Khamenei, the declaration optional, and
# Shanghai 2006 recalled; Medvedev / Ahmadinejad at Astana 2011 and Baku 2010; a Rouhani visit to Russia «در سال ۲۰۱۴
# میلادی»; Putin / Khamenei and Putin / Rouhani in Tehran 2017 with Azar 1394 recalled; Putin / Raisi call 2021 and an
# accepted undated Moscow visit (optional); Putin / Raisi at Samarkand 2022 and in the Kremlin 2023 with the Rasht–Astara
# video signing, a Kazan invitation (optional) and a related-link call (optional); Putin / Pezeshkian at Kazan and
# Ashgabat 2024, their call 1403, Kazan attendance (optional); Pezeshkian's Russia trip moved to «ماه آینده» 2026; Putin /
# Pezeshkian call 1405), security councils (Ivanov / Larijani Bahman 1385; Patrushev / Jalili 2008 and a call 2012;
# Lavrentiev with Putin's letter for Rouhani and Lavrentiev / Shamkhani / Zarif 2019; Putin / Ahmadian with Putin's
# invitation for Pezeshkian and Shoigu / Ahmadian 2024, Shoigu / Ahmadian and Shoigu / Pezeshkian Mordad 1403 recalled;
# Larijani / Putin with Pezeshkian's letter and Larijani / Shoigu 2026), defence (Shoigu / Dehghan planned at the Moscow
# security conference 2015 and in Moscow 2016; the 2007 S-300 contract), deputies and envoys (Ryabkov at the Istanbul
# 5+1 round (optional); Ulyanov / Bagheri Kani in Vienna 2022; Kabulov / Kazemi Qomi at the Moscow format 2022, the next
# session optional; Ryabkov / Gharibabadi in the Beijing trilateral 2025 and the next round; Overchuk / Amir-Abdollahian
# 2021), banks (Bank of Russia / CBI messaging agreement 2023 and an expert meeting «هفته آینده»; Nabiullina / Farzin
# settlement document 2023), agriculture (Lut / Nouri grain contract and talks, Lut / Aref, an expert meeting «هفته
# آینده», the GTC / United Grain contract 1403, D. Patrushev / Sadatinejad Azar 1401), multilateral deals (the Geneva
# interim deal 2013, optional), a joint economic commission «اوایل بهمن» (optional).
# General news naming Russia or Iran with NO Russia–Iran contact (15): F02, F04, F07, F08, F12, F14, F17, F19, F22, F26,
# F27, F29, F34, F35, F38.  Traps: third-country contacts (Mottaki–Li Zhaoxing, Ahmadinejad–Badawi F03; Ahmadinejad–Hu and
# Karzai F09; Raisi–Tokayev F23; Raisi–Maduro F28; Bagheri–Wang Yi F30; Lavrov–Rubio and Araghchi–E3 F35), the Syrian
# parties' Astana talks (F15), the Iran–SCO memorandum (F23), Putin's decree lifting the S-300 ban and Medvedev's 2010
# decree (F13), a denied secret meeting (F36), postponed or first-planned trips (F01 Farvardin, F18 Lavrov «هفته آینده»,
# F37 «دی‌ماه»), the UNSC vote on the Russia–China draft (F35), «دیدار» = wrestling bout against a Russian (F12);
# counts, money, percentages, durations («۱۲ نفره», «۸ درجه», «۳۰ درصدی», «۷ میلیون نفر», «۶۸۰ نفر», «۱۲ درصد», «۲۵
# ماده‌ای», «۲۵ درصدی», «۵۰ درصد», «چهل روز», «۴۵ دقیقه», «۵۶ امتیاز», «۷۱ کیلوگرم», «۱۰ روز», «۸۰۰ میلیون دلار», «ظرف شش
# ماه», «۱۲۰ موکب», «۲۰۰ هیئت», «۴ میلیون و ۷۰۰ هزار تومان», «۶۰ هزار سکه», «۲۴ ساعت گذشته», «۶۰ هزار تومان», «۱۴۰ درصد»,
# «۱۰۶ بانک», «۴۰ هزار تومان», «۱۶۰ شهر», «یک‌روزه», «پنج ساعت», «۱۵ هزار و ۲۰۰ نامزد», «۲۹۰ کرسی», «کمتر از دو هفته», «۵ بند»,
# «۳۴ ولایت», «۱۵۰ هزار», «شش‌ماهه», «۴ رأی», «۱۰ درجه‌ای», «۴۲ نفر», «۲ میلیون زائر», «دوساله», «دو ساعت», «۴.۵ میلیون تن»),
# the score «۳ بر ۱», clock times («از ساعت ۱۸ تا ۲۲», «ساعت ۴:۳۰», «ساعت ۱۸ و ۱۶ دقیقه»), issue numbers (the year-like «شماره
# ۱۹۸۴» F40), news codes, the volumes «سال بیستم» (F05) and «سال چهارم» (F23), the phone number (F27), «قطعنامه ۱۶۹۶», «۱+۵»,
# «۳+۳», «اس-۳۰۰», «کووید ۱۹», ordinals («شصت و یکمین», «دومین», «سومین», «چهارمین», «دهمین دوره», «دوازدهمین دوره», «ششمین
# دوره», «شانزدهمین», «دور دوم», «نوبت دوم»), «طرح نوروزی», «باران‌های بهاری» and «سکه تمام‌بهار آزادی»
# (بهار), the agency «مهر» (F17), the name «بهمن عزیزی» (F29), «میزان» as an agency (F30), outlet names holding date words
# («وطن امروز», «هفت صبح», «فردانیوز»), «تا اطلاع بعدی», the verb prefix «می».
# Totals: 267 date lines = 247 mentions (115 j, 22 g, 21 h, 89 r) + 20 ignore lines; 89 contact rows = 70 required + 19
# optional.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated or derived weekday was checked with jdatetime,
# hijridate and datetime (/tmp/venv); every span was checked to occur in its text in listing order (k-th listing = k-th
# occurrence), without overlaps, and every listed span text occurs in its text exactly as many times as it is listed
# (outside longer listed spans); relative day words were checked against the publication date; the file was exec'd with a
# stub C and CASES loaded (40 cases, unique ids in date order).
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once per case; contacts with a third country only, and denied or
#   cancelled / postponed-away contacts, give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and of the sets whose headers set53, set55 and set58 state
#   (the later header winning where they differ), i.e. among others: اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21–end;
#   Persian هفته آینده / گذشته = the next / previous Saturday–Friday week; Persian relative years and months are Solar
#   unless میلادی is written; a range «از X تا Y» is one mention, «۱۵ و ۱۶ تیرماه» two (the bare first day, then day +
#   month); a weekday or a relative word joined to a written date belongs to it (calendar of the written date); a header in
#   two or three calendars is one mention per calendar with the same value; a trailing امسال / پارسال / سال گذشته that fixes
#   the year is inside the span; «از» stays outside; «تا پایان …» deadlines, anaphoric («همان روز», «شب قبل»), vague and
#   event-relative expressions are ignore lines; a holiday name in the clause of its own written or relative date is an
#   ignore line; a year inside an event name is an ignore line; «© ۱۴۰۵» is an ignore line with «©» inside; a year-less
#   day-month takes the nearest year; «۱۴۰۲/۰۱/۳۰» = Y/M/D Solar.  Contacts: envoy handing over a leader's letter → meet
#   row(s) plus a message row accepting the leader or the envoy; a planned contact dated by a relative week / month carries
#   that interval; a postponed trip gives no row for the first planned date; invitations with a named month and hopes with
#   no date are optional; multilateral meetings with no bilateral stated are optional, a trilateral where both sides sit
#   together is required; a video-attended signing → required agreement (presidents or ministers) + optional meet.
# Decided here where nothing above says (set57):
#   «شب یلدا» alone = 30 Azar of the nearest Solar year (j) (F02), as set16's «عید نوروز».  «چهارشنبه‌سوری» = the Tuesday
#   before the last Wednesday of the Solar year (the evening it is held); «چهارشنبه‌سوری پارسال» is one j mention with
#   «پارسال» inside (2025-03-18, F38), as set53's «۱۰ مهر پارسال»; beside «امشب» it is an ignore line (the holiday rule).
#   «سیزده‌بدر» beside «دیروز دوشنبه» is an ignore line by the same rule (F04).  Year-less «عید قربان», «عید فطر», «روز
#   عاشورا» = 10 Dhu al-Hijja / 1 Shawwal / 10 Muharram of the nearest Islamic year (h) (F17, F26, F38, F14), as set53's
#   «نیمه شعبان»; a year-less «ماه رمضان» = that whole nearest month (h interval) (F19); «دهه اول محرم» = 1–10 Muharram (h)
#   (F14), as set16's «دهه پایانی رمضان»; «هلال ماه شوال» (the crescent, not a period) is an ignore line (F26).  A square or
#   political front named by a date («میدان ۱۵ خرداد», «جبهه دوم خرداد») is an ignore line on the date words (F02, F07).
#   «روزهای اخیر» is an ignore line (vague), as set55's «چند روز آینده» (F02).  Dari «دیروز یکشنبه اول حمل» (relative word +
#   weekday + written day) is one j mention (F08), extending set16's «امروز دوشنبه ۲۴ اسد ۱۴۰۱»; Dari «تا ختم هفته روان» is
#   a deadline ignore line like «تا پایان …» (F08); «اواسط ماه حمل» keeps «ماه» inside, as set55's «ماه نوامبر».  «از ۲۵ اسفند
#   … تاکنون» gives «۲۵ اسفند» only (F04).  «بهمن‌ماه سال گذشته» is one j interval with the anaphoric year words inside (F05).
#   «جمعه این هفته» = the Friday of the current Saturday–Friday week (r) (F29).  «ماه میزان سال آینده» and «اواسط فروردین
#   سال آینده» are one j interval each with the relative year inside (the calendar of the written month) (F24, F33); said
#   on 25 Esfand, «سال آینده» is the Solar year starting six days later.  «آزمون سراسری ۱۴۰۲» (a bare year naming the exam,
#   no «سال») is an ignore line as a year inside an event name (F27); set16's «آزمون سراسری سال ۱۴۰۰» with «سال» stays a
#   date.  A date naming an event («سانحه بالگرد ۳۰ اردیبهشت») is a date (F30), as set58's «انتخابات 18 حزيران».  «پنجشنبه
#   گذشته», «شنبه گذشته» = the last such weekday before the document date (r) (F35, F36).  A relative year in a related
#   link («در سال گذشته (۲۵ فروردین ۱۴۰۵)») resolves against the document date (F39).  Sports figures «۵۶ امتیاز», «۷۱
#   کیلوگرم» and an issue number that looks like a year («شماره ۱۹۸۴») are not dates.
#   Contacts: an arms contract recalled by its year only with no signatories («در سال ۲۰۰۷ میلادی … امضا شده بود») is a
#   required country-level agreement at "2007" (F13), as set55's dated-contract rule.  A visit planned «در سال ۲۰۱۴ میلادی»
#   with no host named is a required meet at "2014" accepting Putin or Russia (F11), as set58's dated plan and set16's
#   no-host rule.  A visit recalled by its Solar year with the counterpart named («در سال ۱۳۹۹ … با لاوروف») is a required
#   meet at that year's interval (F20).  A trip postponed from one month to «ماه آینده» is one required meet at the new
#   month and none at the old (F37); a trip planned «اواسط خردادماه» after an earlier Farvardin plan was dropped is one
#   required meet at Khordad 11–20 (F01).  A 3+3 meeting the day after a bilateral, and one planned «ماه آینده», are
#   optional (F37, F20).  An invitation letter from Putin for Pezeshkian handed to Ahmadian is a message row accepting
#   Pezeshkian or Ahmadian (F31); Pezeshkian's letter handed by Larijani to Putin accepts Pezeshkian or Larijani (F40).  An
#   accepted invitation to attend a multilateral summit with no bilateral stated is an optional meet at the summit's
#   interval (F31).  A next round of a trilateral with the same deputies planned by part of a month is required (F33), as
#   set53's think-tank rule; the Moscow-format multilateral with a bilateral on its sidelines is one required meet, its next
#   session (no participants named) optional (F24).  An unnamed Russian central-bank deputy is an institution-level row
#   (Bank of Russia) (F25).  Two ministers who talk and then sign a contract the same day give a required meet and a
#   required agreement (F39).  A joint economic commission planned by part of a month with no co-chairs named is an optional
#   country-level meet (F36).  A denied meeting gives no row even when a confirmed call in the same text does (F36).
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
KHA, AHMD, ROU, RAI, PEZ = "Ali Khamenei", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, KHAR, MOT, ZAR, AMI, ARA = ("Sergei Lavrov", "Kamal Kharrazi", "Manouchehr Mottaki", "Mohammad Javad Zarif",
                                 "Hossein Amir-Abdollahian", "Abbas Araghchi")
RU, IR = "Russia", "Iran"
SNSC = ["Supreme National Security Council", "SNSC", IR]
IIV = ["Igor Ivanov", "Security Council of Russia", RU]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
SHOS = ["Sergei Shoigu", "Security Council of Russia", RU]            # Security Council secretary (from May 2024)
SHOD = ["Sergei Shoigu", "Russian Ministry of Defence", RU]           # defence minister (2012-2024)
LAR = ["Ali Larijani"] + SNSC                                          # SNSC secretary (2005-2007, from Aug 2025)
JAL = ["Saeed Jalili"] + SNSC
SHAM = ["Ali Shamkhani"] + SNSC
AHMN = ["Ali Akbar Ahmadian"] + SNSC
DEH = ["Hossein Dehghan", "Iranian Ministry of Defence", IR]
RYA = ["Sergei Ryabkov", "Russian Foreign Ministry", RU]
GHR = ["Kazem Gharibabadi", "Iranian Foreign Ministry", IR]
BAG = ["Ali Bagheri Kani", "Ali Bagheri", "Iranian Foreign Ministry", IR]
ULY = ["Mikhail Ulyanov", RU]
LVR = ["Alexander Lavrentiev", RU]
OVE = ["Alexei Overchuk", "Russian Government", RU]
KAB = ["Zamir Kabulov", RU]
KQ = ["Hassan Kazemi Qomi", IR]
BOR = ["Bank of Russia", "Central Bank of Russia", RU]
NAB = ["Elvira Nabiullina"] + BOR
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
LUT = ["Oksana Lut", "Russian Ministry of Agriculture", RU]
NOURI = ["Gholamreza Nouri Ghezeljeh", "Ministry of Agriculture Jihad", IR]
DPAT = ["Dmitry Patrushev", "Russian Ministry of Agriculture", RU]
SADATI = ["Javad Sadatinejad", "Ministry of Agriculture Jihad", IR]
AREF = ["Mohammad Reza Aref", IR]
UGC = ["United Grain Company", RU]
GTC = ["Government Trading Corporation of Iran", "GTC", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- 2005–2021 ----------------
dict(id="F01", pub="2005-05-14", text=(
     "روزنامه رسالت | شنبه ۲۴ اردیبهشت ۱۳۸۴ | ۶ ربیع‌الثانی ۱۴۲۶ | شماره ۵۵۲۰\n"
     "سرگئی لاوروف، وزیر امور خارجه روسیه، عصر پنجشنبه در تماسی تلفنی با کمال خرازی، وزیر امور خارجه کشورمان، درباره روند گفت‌وگوهای هسته‌ای ایران و سه کشور اروپایی و آخرین وضعیت ساخت نیروگاه بوشهر رایزنی کرد. "
     "به گفته یک منبع آگاه در وزارت خارجه، خرازی اواسط خردادماه در رأس هیئتی ۱۲ نفره به مسکو می‌رود و با همتای روس خود دیدار خواهد کرد؛ این سفر پیش‌تر برای فروردین‌ماه برنامه‌ریزی شده بود اما به تعویق افتاد."),
     dates=[("شنبه ۲۴ اردیبهشت ۱۳۸۴", "2005-05-14", "j"), ("۶ ربیع‌الثانی ۱۴۲۶", "2005-05-14", "h"),
            ("عصر پنجشنبه", "2005-05-12", "r"), ("اواسط خردادماه", "2005-06-01/2005-06-10", "j"),
            ("فروردین‌ماه", "2005-03-21/2005-04-20", "j")],
     contacts=[C(LAV, KHAR, "phone_call", "2005-05-12"), C(LAV, KHAR, "meet", "2005-06-01/2005-06-10")]),
dict(id="F02", pub="2005-12-21", text=(
     "روزنامه ابرار - چهارشنبه ۳۰ آذر ۱۳۸۴ - ۱۹ ذی‌القعده ۱۴۲۶ - ۲۱ دسامبر ۲۰۰۵\n"
     "به گزارش خبرنگار ابرار، سازمان هواشناسی کشور اعلام کرد با ورود توده هوای سرد سیبری، دمای هوای تهران در شب یلدا به ۸ درجه زیر صفر می‌رسد و بارش برف در ارتفاعات البرز از فردا پنجشنبه آغاز می‌شود. "
     "به گفته کارشناسان این سازمان، موج سرما تا اوایل دی‌ماه ادامه دارد و شرکت گاز از مشترکان خواسته است از ساعت ۱۸ تا ۲۲ در مصرف صرفه‌جویی کنند. "
     "میوه‌فروشان میدان ۱۵ خرداد نیز از افزایش ۳۰ درصدی قیمت هندوانه و انار در روزهای اخیر خبر دادند."),
     dates=[("چهارشنبه ۳۰ آذر ۱۳۸۴", "2005-12-21", "j"), ("۱۹ ذی‌القعده ۱۴۲۶", "2005-12-21", "h"),
            ("۲۱ دسامبر ۲۰۰۵", "2005-12-21", "g"), ("شب یلدا", "2005-12-21", "j"), ("فردا پنجشنبه", "2005-12-22", "r"),
            ("اوایل دی‌ماه", "2005-12-22/2005-12-31", "j"), ("۱۵ خرداد", None, "ignore"), ("روزهای اخیر", None, "ignore")],
     contacts=[]),
dict(id="F03", pub="2006-09-21", text=(
     "ایلنا | ۱۳۸۵/۰۶/۳۰ - ۱۱:۲۰ | کد خبر: ۳۷۸۱۲۴\n"
     "منوچهر متکی، وزیر امور خارجه، که برای شرکت در شصت و یکمین اجلاس مجمع عمومی سازمان ملل در نیویورک به سر می‌برد، روز چهارشنبه در حاشیه این اجلاس با سرگئی لاوروف دیدار و درباره قطعنامه ۱۶۹۶ شورای امنیت و بسته پیشنهادی ۱+۵ گفت‌وگو کرد. "
     "متکی پریروز نیز با لی ژائوشینگ، وزیر خارجه چین، دیدار کرده بود. "
     "محمود احمدی‌نژاد هم امروز پیش از ترک نیویورک با عبدالله احمد بدوی، نخست‌وزیر مالزی، دیدار می‌کند."),
     dates=[("۱۳۸۵/۰۶/۳۰", "2006-09-21", "j"), ("روز چهارشنبه", "2006-09-20", "r"), ("پریروز", "2006-09-19", "r"),
            ("امروز", "2006-09-21", "r")],
     contacts=[C(LAV, MOT, "meet", "2006-09-20")]),
dict(id="F04", pub="2007-04-03", text=(
     "روزنامه حمایت، سه‌شنبه ۱۴ فروردین ۱۳۸۶، شماره ۴۱۲\n"
     "به گزارش پلیس راهور ناجا، دیروز دوشنبه، همزمان با سیزده‌بدر، بیش از ۷ میلیون نفر از شهروندان تهرانی به پارک‌ها و دامنه‌های اطراف پایتخت رفتند و ترافیک در آزادراه تهران-کرج تا ساعت ۲۳ سنگین بود. "
     "از ۲۵ اسفند که طرح نوروزی پلیس آغاز شد تاکنون ۶۸۰ نفر در تصادفات جاده‌ای جان باخته‌اند؛ این آمار نسبت به سال گذشته ۱۲ درصد کمتر است. "
     "این طرح تا پایان فروردین ادامه دارد و دانشگاه‌ها نیز از شنبه آینده فعالیت آموزشی خود را از سر می‌گیرند."),
     dates=[("سه‌شنبه ۱۴ فروردین ۱۳۸۶", "2007-04-03", "j"), ("دیروز دوشنبه", "2007-04-02", "r"), ("سیزده‌بدر", None, "ignore"),
            ("۲۵ اسفند", "2007-03-16", "j"), ("سال گذشته", "2006-03-21/2007-03-20", "r"), ("تا پایان فروردین", None, "ignore"),
            ("شنبه آینده", "2007-04-07", "r")],
     contacts=[]),
dict(id="F05", pub="2007-10-11", text=(
     "پوتین سه‌شنبه آینده به تهران می‌آید؛ رایزنی تلفنی متکی و لاوروف درباره اجلاس خزر\n"
     "روزنامه قدس | پنجشنبه ۱۹ مهر ۱۳۸۶ | ۲۹ رمضان ۱۴۲۸ | سال بیستم، شماره ۵۸۴۲\n"
     "سرویس سیاسی - کد خبر: ۱۱۴۵۲\n"
     "تهران - خبرنگار قدس: منوچهر متکی، وزیر امور خارجه، دیشب در گفت‌وگویی تلفنی با سرگئی لاوروف، همتای روس خود، درباره آخرین مقدمات دومین اجلاس سران کشورهای ساحلی دریای خزر که ۲۴ مهرماه در تهران برگزار می‌شود، رایزنی کرد.\n"
     "به گفته متکی، ولادیمیر پوتین روز سه‌شنبه وارد تهران می‌شود و علاوه بر شرکت در اجلاس، با محمود احمدی‌نژاد دیدار و گفت‌وگو خواهد کرد.\n"
     "کرملین هفته گذشته اعلام کرده بود که گزارش‌های منتشرشده درباره احتمال سوءقصد به جان رئیس‌جمهور روسیه در تهران، برنامه این سفر را تغییر نمی‌دهد.\n"
     "قرار است پوتین در این سفر با رهبر معظم انقلاب نیز دیدار کند و رهبران پنج کشور ساحلی بیانیه‌ای ۲۵ ماده‌ای را امضا خواهند کرد.\n"
     "آخرین دیدار احمدی‌نژاد و پوتین ۲۵ خرداد ۱۳۸۵ (۱۵ ژوئن ۲۰۰۶) در حاشیه اجلاس سازمان همکاری شانگهای در شانگهای انجام شده بود.\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، نیز بهمن‌ماه سال گذشته در مسکو با ایگور ایوانف، دبیر وقت شورای امنیت روسیه، دیدار کرده بود.\n"
     "نخستین اجلاس سران خزر در سال ۲۰۰۲ میلادی در عشق‌آباد برگزار شد.\n"
     "برچسب‌ها: روسیه، اجلاس خزر، پوتین، متکی | © روزنامه قدس ۱۳۸۶"),
     dates=[("سه‌شنبه آینده", "2007-10-16", "r"), ("پنجشنبه ۱۹ مهر ۱۳۸۶", "2007-10-11", "j"), ("۲۹ رمضان ۱۴۲۸", "2007-10-11", "h"),
            ("دیشب", "2007-10-10", "r"), ("۲۴ مهرماه", "2007-10-16", "j"), ("روز سه‌شنبه", "2007-10-16", "r"),
            ("هفته گذشته", "2007-09-29/2007-10-05", "r"), ("۲۵ خرداد ۱۳۸۵", "2006-06-15", "j"), ("۱۵ ژوئن ۲۰۰۶", "2006-06-15", "g"),
            ("بهمن‌ماه سال گذشته", "2007-01-21/2007-02-19", "j"), ("سال ۲۰۰۲ میلادی", "2002", "g"),
            ("© روزنامه قدس ۱۳۸۶", None, "ignore")],
     contacts=[C(LAV, MOT, "phone_call", "2007-10-10"), C(PUT, AHMD, "meet", "2007-10-16"), C(PUT, KHA, "meet", "2007-10-16"),
               C([PUT, RU], [AHMD, IR], "agreement", "2007-10-16", True), C(PUT, AHMD, "meet", "2006-06-15"),
               C(IIV, LAR, "meet", "2007-01-21/2007-02-19")]),
dict(id="F06", pub="2008-11-25", text=(
     "روزنامه خراسان | سه‌شنبه پنجم آذر ۱۳۸۷ | شماره ۱۷۱۵۳\n"
     "سعید جلیلی، دبیر شورای عالی امنیت ملی، که از یکشنبه شب در مسکو به سر می‌برد، دیروز با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار و درباره همکاری‌های امنیتی منطقه‌ای و پرونده هسته‌ای گفت‌وگو کرد. "
     "جلیلی قرار است امروز با سرگئی لاوروف دیدار کند و پنجشنبه به تهران بازگردد. "
     "این نخستین دیدار دو دبیر از زمان انتصاب پاتروشف در ۲۳ اردیبهشت امسال است."),
     dates=[("سه‌شنبه پنجم آذر ۱۳۸۷", "2008-11-25", "j"), ("یکشنبه شب", "2008-11-23", "r"), ("دیروز", "2008-11-24", "r"),
            ("امروز", "2008-11-25", "r"), ("پنجشنبه", "2008-11-27", "r"), ("۲۳ اردیبهشت امسال", "2008-05-12", "j")],
     contacts=[C(PAT, JAL, "meet", "2008-11-24"), C(LAV, JAL, "meet", "2008-11-25")]),
dict(id="F07", pub="2009-06-10", text=(
     "روزنامه ابتکار - چهارشنبه ۲۰ خرداد ۱۳۸۸ - شماره ۱۴۹۸\n"
     "ستاد انتخابات کشور اعلام کرد رأی‌گیری دهمین دوره انتخابات ریاست‌جمهوری پس‌فردا جمعه از ساعت ۸ آغاز می‌شود و در صورت نیاز تا ساعت ۲۲ تمدید خواهد شد؛ تبلیغات نامزدها نیز صبح فردا به پایان می‌رسد. "
     "در برنامه تلویزیونی دیشب، میرحسین موسوی، نامزد مورد حمایت جبهه دوم خرداد، درباره تورم ۲۵ درصدی و بیکاری سخن گفت. "
     "اگر هیچ نامزدی بیش از ۵۰ درصد آرا را به دست نیاورد، دور دوم انتخابات جمعه ۲۹ خرداد برگزار می‌شود."),
     dates=[("چهارشنبه ۲۰ خرداد ۱۳۸۸", "2009-06-10", "j"), ("پس‌فردا جمعه", "2009-06-12", "r"), ("صبح فردا", "2009-06-11", "r"),
            ("دیشب", "2009-06-09", "r"), ("دوم خرداد", None, "ignore"), ("جمعه ۲۹ خرداد", "2009-06-19", "j")],
     contacts=[]),
dict(id="F08", pub="2010-03-22", text=(
     "آژانس خبری باختر - دوشنبه ۲ حمل ۱۳۸۹\n"
     "مزارشریف: مراسم برافراشتن جهنده حضرت علی (ک) دیروز یکشنبه اول حمل با اشتراک ده‌ها هزار زایر در روضه مبارک برگزار شد و میله گل سرخ تا چهل روز در این شهر ادامه میابد. "
     "ریاست عمومی هواشناسی میگوید هوای ولایات شمالی تا ختم هفته روان آفتابی است، اما از اواسط ماه حمل باران‌های بهاری آغاز میشود. "
     "وزارت معارف اعلام کرده است که مکاتب ولایات سردسیر از چهارم حمل بازگشایی میشوند."),
     dates=[("دوشنبه ۲ حمل ۱۳۸۹", "2010-03-22", "j"), ("دیروز یکشنبه اول حمل", "2010-03-21", "j"),
            ("تا ختم هفته روان", None, "ignore"), ("اواسط ماه حمل", "2010-03-31/2010-04-09", "j"),
            ("چهارم حمل", "2010-03-24", "j")],
     contacts=[]),
dict(id="F09", pub="2011-06-16", text=(
     "روزنامه وطن امروز | پنجشنبه ۲۶ خرداد ۱۳۹۰ | شماره ۷۴۵\n"
     "محمود احمدی‌نژاد دیروز در حاشیه اجلاس سران سازمان همکاری شانگهای در آستانه با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد؛ این دیدار ۴۵ دقیقه به طول انجامید. "
     "احمدی‌نژاد در این سفر با هو جین‌تائو و حامد کرزی نیز دیدار کرد و امروز پنجشنبه به تهران بازمی‌گردد. "
     "دو رئیس‌جمهور پیش‌تر ۲۷ آبان ۱۳۸۹ (۱۸ نوامبر ۲۰۱۰) در باکو و در حاشیه سومین اجلاس سران کشورهای ساحلی خزر با یکدیگر دیدار کرده بودند."),
     dates=[("پنجشنبه ۲۶ خرداد ۱۳۹۰", "2011-06-16", "j"), ("دیروز", "2011-06-15", "r"), ("امروز پنجشنبه", "2011-06-16", "r"),
            ("۲۷ آبان ۱۳۸۹", "2010-11-18", "j"), ("۱۸ نوامبر ۲۰۱۰", "2010-11-18", "g")],
     contacts=[C(MED, AHMD, "meet", "2011-06-15"), C(MED, AHMD, "meet", "2010-11-18")]),
dict(id="F10", pub="2012-04-08", text=(
     "جهان‌نیوز | یکشنبه ۲۰ فروردین ۱۳۹۱ - ۱۰:۴۵ | کد خبر: ۲۰۷۳۱۹\n"
     "نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، روز شنبه در تماس تلفنی با سعید جلیلی درباره دور جدید مذاکرات ایران و ۱+۵ رایزنی کرد. "
     "این دور از مذاکرات قرار است شنبه ۲۶ فروردین (۱۴ آوریل) در استانبول برگزار شود و سرگئی ریابکوف، معاون وزیر خارجه روسیه، ریاست هیئت کشورش را بر عهده دارد. "
     "دور قبلی گفت‌وگوها بیش از یک سال پیش، در بهمن ۱۳۸۹، در استانبول برگزار شده بود."),
     dates=[("یکشنبه ۲۰ فروردین ۱۳۹۱", "2012-04-08", "j"), ("روز شنبه", "2012-04-07", "r"), ("شنبه ۲۶ فروردین", "2012-04-14", "j"),
            ("۱۴ آوریل", "2012-04-14", "g"), ("بیش از یک سال پیش", None, "ignore"), ("بهمن ۱۳۸۹", "2011-01-21/2011-02-19", "j")],
     contacts=[C(PAT, JAL, "phone_call", "2012-04-07"), C(RYA, JAL, "meet", "2012-04-14", True)]),
dict(id="F11", pub="2013-12-12", text=(
     "روزنامه آرمان | پنجشنبه بیست و یکم آذر ۱۳۹۲ | ۹ صفر ۱۴۳۵ | شماره ۲۳۷۰\n"
     "سرگئی لاوروف، وزیر امور خارجه روسیه، که عصر سه‌شنبه وارد تهران شده بود، دیروز با محمدجواد ظریف دیدار کرد و سپس با حسن روحانی دیدار و گفت‌وگو کرد. "
     "دو وزیر در نشست خبری مشترک از توافق ژنو که ۳ آذر (۲۴ نوامبر) میان ایران و ۱+۵ امضا شد، حمایت کردند. "
     "ظریف همچنین گفت سفر روحانی به روسیه در سال ۲۰۱۴ میلادی در دستور کار دو کشور است."),
     dates=[("پنجشنبه بیست و یکم آذر ۱۳۹۲", "2013-12-12", "j"), ("۹ صفر ۱۴۳۵", "2013-12-12", "h"), ("عصر سه‌شنبه", "2013-12-10", "r"),
            ("دیروز", "2013-12-11", "r"), ("۳ آذر", "2013-11-24", "j"), ("۲۴ نوامبر", "2013-11-24", "g"),
            ("سال ۲۰۱۴ میلادی", "2014", "g")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-11"), C(LAV, ROU, "meet", "2013-12-11"), C([RU], [IR], "agreement", "2013-11-24", True),
               C([PUT, RU], ROU, "meet", "2014")]),
dict(id="F12", pub="2014-09-13", text=(
     "روزنامه خبر ورزشی | شنبه ۲۲ شهریور ۱۳۹۳ | شماره ۲۹۸۴\n"
     "تیم ملی کشتی فرنگی ایران روز پنجشنبه در رقابت‌های جهانی تاشکند با ۴ طلا، یک نقره و ۲ برنز و ۵۶ امتیاز قهرمان شد و روسیه با ۵۱ امتیاز دوم شد؛ در دیدار پایانی وزن ۷۱ کیلوگرم نیز نماینده کشورمان حریف روس خود را ۳ بر ۱ شکست داد. "
     "کاروان کشتی فرنگی بامداد امروز ساعت ۴:۳۰ وارد فرودگاه امام خمینی شد؛ تیم کشتی آزاد نیز از ۱۷ تا ۱۹ شهریور در همین رقابت‌ها به مقام سوم رسیده بود. "
     "ملی‌پوشان پس از ۱۰ روز استراحت برای بازی‌های آسیایی ۲۰۱۴ اینچئون اردو می‌زنند."),
     dates=[("شنبه ۲۲ شهریور ۱۳۹۳", "2014-09-13", "j"), ("روز پنجشنبه", "2014-09-11", "r"), ("بامداد امروز", "2014-09-13", "r"),
            ("از ۱۷ تا ۱۹ شهریور", "2014-09-08/2014-09-10", "j"), ("بازی‌های آسیایی ۲۰۱۴", None, "ignore")],
     contacts=[]),
dict(id="F13", pub="2015-04-14", text=(
     "پوتین ممنوعیت تحویل اس-۳۰۰ به ایران را لغو کرد؛ گفت‌وگوی تلفنی ظریف و لاوروف\n"
     "خبرگزاری دفاع مقدس (دفاع‌پرس) | سه‌شنبه ۲۵ فروردین ۱۳۹۴ - ۲۵ جمادی‌الثانی ۱۴۳۶ - ۱۴ آوریل ۲۰۱۵\n"
     "کد خبر: ۵۴۱۲۸ | گروه بین‌الملل | ساعت انتشار: ۰۹:۱۵\n"
     "مسکو - دفاع‌پرس: ولادیمیر پوتین، رئیس‌جمهور روسیه، دیروز دوشنبه با امضای فرمانی، ممنوعیت تحویل سامانه پدافند موشکی اس-۳۰۰ به ایران را لغو کرد.\n"
     "محمدجواد ظریف، وزیر امور خارجه کشورمان، دیشب در گفت‌وگویی تلفنی با سرگئی لاوروف از این تصمیم استقبال کرد و دو طرف درباره نهایی کردن متن توافق جامع هسته‌ای تا ۹ تیر (۳۰ ژوئن) رایزنی کردند.\n"
     "دو وزیر پیش‌تر ۱۱ فروردین در حاشیه مذاکرات لوزان با یکدیگر دیدار و گفت‌وگو کرده بودند.\n"
     "قرارداد تحویل پنج سامانه اس-۳۰۰ در سال ۲۰۰۷ میلادی به ارزش ۸۰۰ میلیون دلار امضا شده بود، اما دیمیتری مدودف، رئیس‌جمهور وقت روسیه، شهریور ۱۳۸۹ با فرمانی اجرای آن را متوقف کرد.\n"
     "حسین دهقان، وزیر دفاع، قرار است پنجشنبه آینده در چهارمین کنفرانس امنیت بین‌المللی مسکو شرکت و با سرگئی شویگو، همتای روس خود، دیدار کند.\n"
     "به گفته منابع روس، تحویل نخستین سامانه‌ها ممکن است ظرف شش ماه انجام شود.\n"
     "برچسب‌ها: اس-۳۰۰، روسیه، توافق هسته‌ای، لوزان\n"
     "مرتبط: ظریف: بیانیه لوزان راه را برای لغو تحریم‌ها باز کرد (۱۴ فروردین ۱۳۹۴)"),
     dates=[("سه‌شنبه ۲۵ فروردین ۱۳۹۴", "2015-04-14", "j"), ("۲۵ جمادی‌الثانی ۱۴۳۶", "2015-04-14", "h"),
            ("۱۴ آوریل ۲۰۱۵", "2015-04-14", "g"), ("دیروز دوشنبه", "2015-04-13", "r"), ("دیشب", "2015-04-13", "r"),
            ("۹ تیر", "2015-06-30", "j"), ("۳۰ ژوئن", "2015-06-30", "g"), ("۱۱ فروردین", "2015-03-31", "j"),
            ("سال ۲۰۰۷ میلادی", "2007", "g"), ("شهریور ۱۳۸۹", "2010-08-23/2010-09-22", "j"), ("پنجشنبه آینده", "2015-04-16", "r"),
            ("۱۴ فروردین ۱۳۹۴", "2015-04-03", "j")],
     contacts=[C(LAV, ZAR, "phone_call", "2015-04-13"), C(LAV, ZAR, "meet", "2015-03-31"), C([RU], [IR], "agreement", "2007"),
               C(SHOD, DEH, "meet", "2015-04-16")]),
dict(id="F14", pub="2015-10-19", text=(
     "خبرگزاری رسا | دوشنبه ۲۷ مهر ۱۳۹۴ | کد خبر: ۳۸۹۲۱۴\n"
     "قم - رسا: مراسم عزاداری دهه اول محرم در حرم حضرت معصومه (س) با حضور هیئت‌های مذهبی ادامه دارد و آیین سنتی خیمه‌سوزان عصر روز عاشورا در صحن جامع برگزار می‌شود. "
     "به گفته مسئولان آستان، توزیع نذری در ۱۲۰ موکب تا روز دوازدهم محرم ادامه دارد و بیش از ۲۰۰ هیئت از شهرهای مختلف در این مراسم شرکت می‌کنند. "
     "ستاد برگزاری همچنین اعلام کرد مراسم سالروز شهادت امام سجاد (ع) در ۲۵ محرم و پیاده‌روی اربعین حسینی در ۲۰ صفر برگزار می‌شود."),
     dates=[("دوشنبه ۲۷ مهر ۱۳۹۴", "2015-10-19", "j"), ("دهه اول محرم", "2015-10-14/2015-10-23", "h"),
            ("روز عاشورا", "2015-10-23", "h"), ("روز دوازدهم محرم", "2015-10-25", "h"),
            ("سالروز شهادت امام سجاد", None, "ignore"), ("۲۵ محرم", "2015-11-07", "h"), ("اربعین حسینی", None, "ignore"),
            ("۲۰ صفر", "2015-12-02", "h")],
     contacts=[]),
dict(id="F15", pub="2016-12-21", text=(
     "روزنامه شهروند | چهارشنبه اول دی ۱۳۹۵ | شماره ۱۰۲۴\n"
     "وزیران امور خارجه ایران، روسیه و ترکیه روز سه‌شنبه در مسکو، با وجود ترور سفیر روسیه در آنکارا در شب قبل، نشستی سه‌جانبه درباره سوریه برگزار کردند و «بیانیه مسکو» را تصویب کردند؛ محمدجواد ظریف پیش از این نشست با سرگئی لاوروف دیداری دوجانبه هم داشت. "
     "وزیران دفاع سه کشور نیز همان روز در وزارت دفاع روسیه گفت‌وگو کردند؛ روسیه از ۲۰۱۵ میلادی در جنگ سوریه حضور نظامی دارد. "
     "به گفته لاوروف، مذاکرات دولت سوریه و مخالفان اواسط ژانویه در آستانه برگزار می‌شود."),
     dates=[("چهارشنبه اول دی ۱۳۹۵", "2016-12-21", "j"), ("روز سه‌شنبه", "2016-12-20", "r"), ("شب قبل", None, "ignore"),
            ("همان روز", None, "ignore"), ("۲۰۱۵ میلادی", "2015", "g"), ("اواسط ژانویه", "2017-01-11/2017-01-20", "g")],
     contacts=[C(LAV, ZAR, "meet", "2016-12-20"), C(LAV, ZAR, "agreement", "2016-12-20", True), C(SHOD, DEH, "meet", "2016-12-20")]),
dict(id="F16", pub="2017-11-02", text=(
     "پایگاه اطلاع‌رسانی دفتر حفظ و نشر آثار آیت‌الله خامنه‌ای (KHAMENEI.IR) | ۱۱ آبان‌ماه ۱۳۹۶ - ساعت ۱۲:۳۰\n"
     "حضرت آیت‌الله خامنه‌ای، رهبر انقلاب اسلامی، عصر دیروز در دیدار ولادیمیر پوتین، رئیس‌جمهور روسیه، همکاری دو کشور در سوریه را «موفق» خواندند و بر کنار گذاشتن دلار در مبادلات دوجانبه تأکید کردند. "
     "پوتین که برای شرکت در نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان به تهران آمده بود، پیش از این دیدار با حسن روحانی نیز گفت‌وگو کرد و در پایان نشست سه‌جانبه، بیانیه مشترک سه کشور به امضا رسید. "
     "آخرین دیدار رهبر انقلاب و رئیس‌جمهور روسیه در آذر ۱۳۹۴ انجام شده بود."),
     dates=[("۱۱ آبان‌ماه ۱۳۹۶", "2017-11-02", "j"), ("عصر دیروز", "2017-11-01", "r"), ("آذر ۱۳۹۴", "2015-11-22/2015-12-21", "j")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"),
               C([PUT, RU], [ROU, IR], "agreement", "2017-11-01", True), C(PUT, KHA, "meet", "2015-11-22/2015-12-21")]),
dict(id="F17", pub="2018-08-14", text=(
     "جهان صنعت - سه‌شنبه ۲۳ مرداد ۱۳۹۷ - شماره ۲۴۳۷\n"
     "به گزارش مهر، قیمت هر قطعه سکه تمام‌بهار آزادی طرح جدید دیروز در بازار آزاد تهران با ۲۵ درصد افزایش نسبت به هفته گذشته به ۴ میلیون و ۷۰۰ هزار تومان رسید و دلار نیز در صرافی‌ها ۱۱ هزار و ۲۰۰ تومان معامله شد. "
     "بانک مرکزی اعلام کرد از ۲۴ تیر تا ۲۰ مرداد بیش از ۶۰ هزار سکه پیش‌فروش‌شده به خریداران تحویل داده شده است. "
     "به گفته فعالان بازار، با نزدیک شدن عید قربان تقاضا برای خرید طلا افزایش یافته است."),
     dates=[("سه‌شنبه ۲۳ مرداد ۱۳۹۷", "2018-08-14", "j"), ("دیروز", "2018-08-13", "r"), ("هفته گذشته", "2018-08-04/2018-08-10", "r"),
            ("از ۲۴ تیر تا ۲۰ مرداد", "2018-07-15/2018-08-11", "j"), ("عید قربان", "2018-08-21", "h")],
     contacts=[]),
dict(id="F18", pub="2019-05-20", text=(
     "انصاف نیوز | دوشنبه ۳۰ اردیبهشت ۱۳۹۸ - ۱۵ رمضان ۱۴۴۰ | ۱۴:۱۰\n"
     "الکساندر لاورنتیف، نماینده ویژه رئیس‌جمهور روسیه در امور سوریه، امروز در تهران با علی شمخانی، دبیر شورای عالی امنیت ملی، دیدار کرد و سپس در دیدار با حسن روحانی پیام مکتوب ولادیمیر پوتین را به او تحویل داد؛ محتوای این پیام اعلام نشده است. "
     "لاورنتیف دیروز نیز با محمدجواد ظریف گفت‌وگو کرده بود. "
     "سفر سرگئی لاوروف به تهران که برای هفته آینده برنامه‌ریزی شده بود، به دلیل «تداخل برنامه‌ها» به تعویق افتاد و زمان جدید آن هنوز اعلام نشده است."),
     dates=[("دوشنبه ۳۰ اردیبهشت ۱۳۹۸", "2019-05-20", "j"), ("۱۵ رمضان ۱۴۴۰", "2019-05-20", "h"), ("امروز", "2019-05-20", "r"),
            ("دیروز", "2019-05-19", "r"), ("هفته آینده", "2019-05-25/2019-05-31", "r")],
     contacts=[C(LVR, SHAM, "meet", "2019-05-20"), C(LVR, ROU, "meet", "2019-05-20"),
               C([PUT, "Alexander Lavrentiev", RU], [ROU, IR], "message", "2019-05-20"), C(LVR, ZAR, "meet", "2019-05-19")]),
dict(id="F19", pub="2020-04-05", text=(
     "سلامت نیوز | یکشنبه ۱۷ فروردین ۱۳۹۹ | کد خبر: ۲۸۷۴۱۱\n"
     "سخنگوی وزارت بهداشت امروز اعلام کرد در ۲۴ ساعت گذشته ۲ هزار و ۴۸۳ بیمار جدید مبتلا به کووید ۱۹ در کشور شناسایی شده و شمار کل مبتلایان به ۵۸ هزار و ۲۲۶ نفر رسیده است. "
     "طرح فاصله‌گذاری اجتماعی تا ۳۰ فروردین تمدید شد و مشاغل کم‌خطر از ۲۳ فروردین فعالیت خود را از سر می‌گیرند؛ درباره برگزاری مراسم ماه رمضان نیز ستاد ملی مقابله با کرونا تصمیم می‌گیرد. "
     "نخستین موارد ابتلا در ایران ۳۰ بهمن سال ۱۳۹۸ در قم تأیید شده بود."),
     dates=[("یکشنبه ۱۷ فروردین ۱۳۹۹", "2020-04-05", "j"), ("امروز", "2020-04-05", "r"), ("۳۰ فروردین", "2020-04-18", "j"),
            ("۲۳ فروردین", "2020-04-11", "j"), ("ماه رمضان", "2020-04-24/2020-05-23", "h"),
            ("۳۰ بهمن سال ۱۳۹۸", "2020-02-19", "j")],
     contacts=[]),
dict(id="F20", pub="2021-10-07", text=(
     "امیرعبداللهیان در مسکو: روابط تهران و مسکو وارد مرحله تازه‌ای شده است\n"
     "روزنامه فرهیختگان | پنجشنبه ۱۵ مهر ۱۴۰۰ | ۱ ربیع‌الاول ۱۴۴۳ | شماره ۳۴۸۰\n"
     "گروه سیاست خارجی - کد خبر: ۱۰۷۲۴۵\n"
     "مسکو - خبرنگار فرهیختگان: حسین امیرعبداللهیان، وزیر امور خارجه، که نخستین سفر خود به روسیه را در این سمت انجام می‌دهد، روز چهارشنبه در ساختمان وزارت خارجه روسیه با سرگئی لاوروف دیدار و گفت‌وگو کرد.\n"
     "دو وزیر در نشست خبری مشترک از برگزاری نخستین نشست وزیران خارجه قالب ۳+۳ قفقاز جنوبی در ماه آینده خبر دادند.\n"
     "امیرعبداللهیان امروز پیش از بازگشت به تهران با آلکسی اورچوک، معاون نخست‌وزیر روسیه، درباره کریدور شمال-جنوب گفت‌وگو می‌کند.\n"
     "لاوروف ۲۴ فروردین امسال در تهران با محمدجواد ظریف دیدار کرده بود؛ ظریف نیز آخرین بار در سال ۱۳۹۹ به مسکو سفر کرده و با لاوروف گفت‌وگو کرده بود.\n"
     "ولادیمیر پوتین و سید ابراهیم رئیسی نیز ۲۶ مرداد (۱۷ اوت) تلفنی گفت‌وگو کرده بودند و رئیسی دعوت پوتین برای سفر به مسکو را پذیرفته است، اما زمان این سفر هنوز تعیین نشده است.\n"
     "به گفته سخنگوی وزارت خارجه، پیش‌نویس سند همکاری‌های راهبردی دو کشور در حال بازنگری است.\n"
     "برچسب‌ها: امیرعبداللهیان، لاوروف، روسیه، ۳+۳\n"
     "پیوند مرتبط: رایزنی تلفنی امیرعبداللهیان و لاوروف درباره افغانستان (۱۲ شهریور)"),
     dates=[("پنجشنبه ۱۵ مهر ۱۴۰۰", "2021-10-07", "j"), ("۱ ربیع‌الاول ۱۴۴۳", "2021-10-07", "h"), ("روز چهارشنبه", "2021-10-06", "r"),
            ("ماه آینده", "2021-10-23/2021-11-21", "r"), ("امروز", "2021-10-07", "r"), ("۲۴ فروردین امسال", "2021-04-13", "j"),
            ("سال ۱۳۹۹", "2020-03-20/2021-03-20", "j"), ("۲۶ مرداد", "2021-08-17", "j"), ("۱۷ اوت", "2021-08-17", "g"),
            ("۱۲ شهریور", "2021-09-03", "j")],
     contacts=[C(LAV, AMI, "meet", "2021-10-06"), C(LAV, AMI, "meet", "2021-10-23/2021-11-21", True), C(OVE, AMI, "meet", "2021-10-07"),
               C(LAV, ZAR, "meet", "2021-04-13"), C(LAV, ZAR, "meet", "2020-03-20/2021-03-20"), C(PUT, RAI, "phone_call", "2021-08-17"),
               C(PUT, RAI, "meet", None, True), C(LAV, AMI, "phone_call", "2021-09-03", True)]),
# ---------------- 2022–2026 ----------------
dict(id="F21", pub="2022-03-16", text=(
     "خبرگزاری برنا - ۲۵ اسفند ۱۴۰۰ - ساعت ۰۸:۲۰\n"
     "حسین امیرعبداللهیان، وزیر امور خارجه، عصر دیروز سه‌شنبه در مسکو با سرگئی لاوروف دیدار کرد و دو طرف درباره مذاکرات وین و تضمین‌هایی که روسیه ۱۴ اسفند خواستار آن شده بود، گفت‌وگو کردند؛ این نخستین سفر او به مسکو پس از آغاز جنگ اوکراین در ۲۴ فوریه بود. "
     "لاوروف پس از این دیدار گفت تضمین‌های کتبی لازم را از آمریکا دریافت کرده است. "
     "قرار است علی باقری کنی، مذاکره‌کننده ارشد کشورمان، فردا پنجشنبه در وین با میخائیل اولیانوف، نماینده دائم روسیه در سازمان‌های بین‌المللی، دیدار کند."),
     dates=[("۲۵ اسفند ۱۴۰۰", "2022-03-16", "j"), ("عصر دیروز سه‌شنبه", "2022-03-15", "r"), ("۱۴ اسفند", "2022-03-05", "j"),
            ("۲۴ فوریه", "2022-02-24", "g"), ("فردا پنجشنبه", "2022-03-17", "r")],
     contacts=[C(LAV, AMI, "meet", "2022-03-15"), C(ULY, BAG, "meet", "2022-03-17")]),
dict(id="F22", pub="2022-05-17", text=(
     "روزنامه آسیا | سه‌شنبه ۲۷ اردیبهشت ۱۴۰۱ | شماره ۶۳۱۲\n"
     "با اجرای طرح حذف ارز ترجیحی از روز جمعه، قیمت هر کیلو مرغ در میادین میوه و تره‌بار تهران دیروز به ۶۰ هزار تومان رسید که نسبت به ماه گذشته ۱۴۰ درصد افزایش نشان می‌دهد. "
     "معاون وزیر جهاد کشاورزی گفت یارانه نقدی جدید برای خرداد و تیر ماه پس‌فردا به حساب سرپرستان خانوار واریز می‌شود. "
     "به گفته وی، قیمت روغن و لبنیات از اول خرداد تا اطلاع بعدی ثابت می‌ماند."),
     dates=[("سه‌شنبه ۲۷ اردیبهشت ۱۴۰۱", "2022-05-17", "j"), ("روز جمعه", "2022-05-13", "r"), ("دیروز", "2022-05-16", "r"),
            ("ماه گذشته", "2022-03-21/2022-04-20", "r"), ("خرداد", "2022-05-22/2022-06-21", "j"),
            ("تیر ماه", "2022-06-22/2022-07-22", "j"), ("پس‌فردا", "2022-05-19", "r"), ("اول خرداد", "2022-05-22", "j")],
     contacts=[]),
dict(id="F23", pub="2022-09-17", text=(
     "روزنامه سازندگی | شنبه ۲۶ شهریور ۱۴۰۱ | سال چهارم، شماره ۱۰۴۸\n"
     "سید ابراهیم رئیسی پریروز پنجشنبه در حاشیه اجلاس سران سازمان همکاری شانگهای در سمرقند با ولادیمیر پوتین دیدار کرد و دو رئیس‌جمهور درباره تکمیل راه‌آهن رشت-آستارا و سوآپ گاز گفت‌وگو کردند. "
     "در همین اجلاس، سند تعهدات ایران برای عضویت دائم در سازمان همکاری شانگهای به امضای حسین امیرعبداللهیان و دبیرکل این سازمان رسید. "
     "رئیسی دیروز پیش از بازگشت به تهران با قاسم‌جومارت توکایف، رئیس‌جمهور قزاقستان، دیدار کرد."),
     dates=[("شنبه ۲۶ شهریور ۱۴۰۱", "2022-09-17", "j"), ("پریروز پنجشنبه", "2022-09-15", "r"), ("دیروز", "2022-09-16", "r")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15")]),
dict(id="F24", pub="2022-11-17", text=(
     "رادیو آزادی | پنجشنبه ۲۶ عقرب ۱۴۰۱\n"
     "چهارمین نشست «فارمت مسکو» در مورد افغانستان روز چهارشنبه با اشتراک نمایندگان ویژه روسیه، چین، پاکستان، ایران، هند و کشورهای آسیای میانه در مسکو برگزار شد و طالبان به آن دعوت نشده بودند. "
     "ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه برای افغانستان، در حاشیه این نشست با حسن کاظمی قمی، نماینده ویژه ایران، دیدار و در مورد تهدیدهای امنیتی گفتگو کرد. "
     "نشست بعدی این فارمت قرار است در ماه میزان سال آینده در شهر قازان دایر شود."),
     dates=[("پنجشنبه ۲۶ عقرب ۱۴۰۱", "2022-11-17", "j"), ("روز چهارشنبه", "2022-11-16", "r"),
            ("ماه میزان سال آینده", "2023-09-23/2023-10-22", "j")],
     contacts=[C(KAB, KQ, "meet", "2022-11-16"), C(KAB, KQ, "meet", "2023-09-23/2023-10-22", True)]),
dict(id="F25", pub="2023-01-30", text=(
     "ایبنا | دوشنبه دهم بهمن ۱۴۰۱ | کد خبر: ۳۵۸۲۶۷\n"
     "محمدرضا فرزین، رئیس کل بانک مرکزی، دیروز در تهران با معاون اول رئیس بانک مرکزی روسیه دیدار کرد و سند اتصال سامانه پیام‌رسان مالی «سپام» به سامانه روسی «اس‌پی‌اف‌اس» به امضای دو طرف رسید. "
     "به گفته فرزین، از این پس ۱۰۶ بانک روسی و ۵۲ بانک ایرانی می‌توانند بدون سوئیفت با یکدیگر پیام مالی مبادله کنند. "
     "اتصال کارت‌های بانکی «میر» و «شتاب» نیز قرار است تا اواخر بهمن‌ماه وارد مرحله آزمایشی شود و هیئت کارشناسی دو بانک مرکزی هفته آینده در مسکو دیدار می‌کنند."),
     dates=[("دوشنبه دهم بهمن ۱۴۰۱", "2023-01-30", "j"), ("دیروز", "2023-01-29", "r"), ("اواخر بهمن‌ماه", "2023-02-10/2023-02-19", "j"),
            ("هفته آینده", "2023-02-04/2023-02-10", "r")],
     contacts=[C(BOR, FAR, "meet", "2023-01-29"), C(BOR, FAR, "agreement", "2023-01-29"),
               C(BOR, ["Central Bank of Iran", "CBI", IR], "meet", "2023-02-04/2023-02-10")]),
dict(id="F26", pub="2023-04-19", text=(
     "ایکنا | ۱۴۰۲/۰۱/۳۰ - ۲۸ رمضان ۱۴۴۴ | ۱۱:۰۵\n"
     "ستاد استهلال دفتر رهبر انقلاب اعلام کرد هلال ماه شوال عصر فردا در آسمان کشور رصد می‌شود و در صورت رؤیت، جمعه عید فطر خواهد بود. "
     "نماز عید فطر در تهران به امامت آیت‌الله سید احمد خاتمی در مصلای امام خمینی (ره) اقامه می‌شود و درهای مصلی از ساعت ۵:۳۰ باز است. "
     "ستاد زکات نیز اعلام کرد مبلغ زکات فطره امسال برای هر نفر ۴۰ هزار تومان تعیین شده است."),
     dates=[("۱۴۰۲/۰۱/۳۰", "2023-04-19", "j"), ("۲۸ رمضان ۱۴۴۴", "2023-04-19", "h"), ("ماه شوال", None, "ignore"),
            ("عصر فردا", "2023-04-20", "r"), ("جمعه", "2023-04-21", "r"), ("عید فطر", None, "ignore"),
            ("عید فطر", "2023-04-21", "h"), ("امسال", "2023-03-21/2024-03-19", "r")],
     contacts=[]),
dict(id="F27", pub="2023-07-05", text=(
     "خبرگزاری پانا - چهارشنبه ۱۴ تیر ۱۴۰۲ - ۰۹:۳۰\n"
     "به گزارش پانا، نوبت دوم آزمون سراسری ۱۴۰۲ روزهای ۱۵ و ۱۶ تیرماه در ۱۶۰ شهر کشور برگزار می‌شود و کارت ورود به جلسه داوطلبان از امروز روی سایت سازمان سنجش قرار گرفته است. "
     "نتایج نوبت نخست این آزمون که دی‌ماه گذشته برگزار شد، ۲۵ بهمن اعلام شده بود و کارنامه نهایی هر دو نوبت اواخر مرداد منتشر می‌شود. "
     "داوطلبان برای پیگیری مشکلات می‌توانند با شماره ۴۲۱۶۳-۰۲۱ تماس بگیرند."),
     dates=[("چهارشنبه ۱۴ تیر ۱۴۰۲", "2023-07-05", "j"), ("آزمون سراسری ۱۴۰۲", None, "ignore"), ("۱۵", "2023-07-06", "j"),
            ("۱۶ تیرماه", "2023-07-07", "j"), ("امروز", "2023-07-05", "r"), ("دی‌ماه گذشته", "2022-12-22/2023-01-20", "j"),
            ("۲۵ بهمن", "2023-02-14", "j"), ("اواخر مرداد", "2023-08-12/2023-08-22", "j")],
     contacts=[]),
dict(id="F28", pub="2023-12-09", text=(
     "رئیسی در کرملین: همکاری تهران و مسکو تحریم‌ها را بی‌اثر کرده است\n"
     "روزنامه هم‌میهن | شنبه ۱۸ آذر ۱۴۰۲ | ۲۵ جمادی‌الاول ۱۴۴۵ | شماره ۳۴۲\n"
     "سرویس دیپلماسی | شناسه خبر: ۴۱۲۷۷\n"
     "مسکو - سید ابراهیم رئیسی روز پنجشنبه در سفری یک‌روزه به مسکو، در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ این دیدار که با مذاکرات هیئت‌های عالی‌رتبه دو کشور ادامه یافت، حدود پنج ساعت به طول انجامید.\n"
     "پوتین در آغاز این دیدار گفت‌وگو درباره وضعیت فلسطین را «ضروری» خواند و از رئیسی برای شرکت در اجلاس سران بریکس در قازان در اکتبر ۲۰۲۴ دعوت کرد.\n"
     "در حاشیه این سفر، محمدرضا فرزین و الویرا نابیولینا، رؤسای بانک‌های مرکزی دو کشور، سند همکاری در حوزه تسویه مبادلات با پول ملی را امضا کردند.\n"
     "رئیسی پیش از عزیمت به مسکو، چهارشنبه ۱۵ آذر در تهران با نیکلاس مادورو، رئیس‌جمهور ونزوئلا، گفت‌وگوی تلفنی داشت.\n"
     "آخرین دیدار حضوری دو رئیس‌جمهور ۲۴ شهریور ۱۴۰۱ (۱۵ سپتامبر ۲۰۲۲) در سمرقند و در حاشیه اجلاس سازمان همکاری شانگهای برگزار شده بود.\n"
     "دو رئیس‌جمهور همچنین ۲۷ اردیبهشت امسال به صورت ویدئوکنفرانس در مراسم امضای موافقت‌نامه ساخت راه‌آهن رشت-آستارا حضور داشتند که به امضای وزیران راه دو کشور رسید.\n"
     "برچسب‌ها: رئیسی، پوتین، کرملین، بریکس\n"
     "پیوند: گفت‌وگوی تلفنی رئیسی و پوتین درباره غزه (۸ آبان ۱۴۰۲)\n"
     "کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه هم‌میهن است."),
     dates=[("شنبه ۱۸ آذر ۱۴۰۲", "2023-12-09", "j"), ("۲۵ جمادی‌الاول ۱۴۴۵", "2023-12-09", "h"), ("روز پنجشنبه", "2023-12-07", "r"),
            ("اکتبر ۲۰۲۴", "2024-10", "g"), ("چهارشنبه ۱۵ آذر", "2023-12-06", "j"), ("۲۴ شهریور ۱۴۰۱", "2022-09-15", "j"),
            ("۱۵ سپتامبر ۲۰۲۲", "2022-09-15", "g"), ("۲۷ اردیبهشت امسال", "2023-05-17", "j"), ("۸ آبان ۱۴۰۲", "2023-10-30", "j")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C(PUT, RAI, "meet", "2024-10", True), C(NAB, FAR, "agreement", "2023-12-07"),
               C(NAB, FAR, "meet", "2023-12-07", True), C(PUT, RAI, "meet", "2022-09-15"),
               C([PUT, "Vitaly Savelyev", RU], [RAI, "Mehrdad Bazrpash", IR], "agreement", "2023-05-17"),
               C(PUT, RAI, "meet", "2023-05-17", True), C(PUT, RAI, "phone_call", "2023-10-30", True)]),
dict(id="F29", pub="2024-02-28", text=(
     "روزنامه اطلاعات | چهارشنبه ۹ اسفند ۱۴۰۲ | ۱۸ شعبان ۱۴۴۵ | شماره ۲۸۴۷۵\n"
     "دوازدهمین دوره انتخابات مجلس شورای اسلامی و ششمین دوره انتخابات مجلس خبرگان رهبری جمعه این هفته برگزار می‌شود و به گفته بهمن عزیزی، سخنگوی ستاد انتخابات استان تهران، مهلت تبلیغات نامزدها بامداد پنجشنبه به پایان می‌رسد. "
     "در این دوره ۱۵ هزار و ۲۰۰ نامزد برای ۲۹۰ کرسی مجلس رقابت می‌کنند و شعب اخذ رأی از ساعت ۸ تا ۱۸ باز است. "
     "دور دوم انتخابات در حوزه‌هایی که نامزدی حد نصاب را کسب نکند، اواخر فروردین یا اوایل اردیبهشت ۱۴۰۳ برگزار خواهد شد."),
     dates=[("چهارشنبه ۹ اسفند ۱۴۰۲", "2024-02-28", "j"), ("۱۸ شعبان ۱۴۴۵", "2024-02-28", "h"), ("جمعه این هفته", "2024-03-01", "r"),
            ("بامداد پنجشنبه", "2024-02-29", "r"), ("اواخر فروردین", "2024-04-09/2024-04-19", "j"),
            ("اوایل اردیبهشت ۱۴۰۳", "2024-04-20/2024-04-29", "j")],
     contacts=[]),
dict(id="F30", pub="2024-06-11", text=(
     "میزان | سه‌شنبه ۲۲ خرداد ۱۴۰۳ - ۱۱:۴۰ | کد خبر: ۴۹۸۱۷۲۳\n"
     "علی باقری، سرپرست وزارت امور خارجه، که برای شرکت در نشست وزیران خارجه کشورهای عضو بریکس به نیژنی نووگورود سفر کرده است، دیروز در حاشیه این نشست با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
     "لاوروف در این دیدار بار دیگر درگذشت سید ابراهیم رئیسی و حسین امیرعبداللهیان در سانحه بالگرد ۳۰ اردیبهشت (۱۹ مه) را تسلیت گفت. "
     "باقری امروز پیش از بازگشت به تهران با وانگ یی، وزیر خارجه چین، دیدار می‌کند."),
     dates=[("سه‌شنبه ۲۲ خرداد ۱۴۰۳", "2024-06-11", "j"), ("دیروز", "2024-06-10", "r"), ("۳۰ اردیبهشت", "2024-05-19", "j"),
            ("۱۹ مه", "2024-05-19", "g"), ("امروز", "2024-06-11", "r")],
     contacts=[C(LAV, BAG, "meet", "2024-06-10")]),
dict(id="F31", pub="2024-09-12", text=(
     "دیدار احمدیان با پوتین و شویگو در سن‌پترزبورگ؛ دعوت رسمی از پزشکیان برای سفر به قازان\n"
     "نامه‌نیوز | پنجشنبه ۲۲ شهریور ۱۴۰۳ - ۹ ربیع‌الاول ۱۴۴۶ | ۱۹:۲۰\n"
     "کد خبر: ۶۲۱۴۹۸ | سرویس سیاسی\n"
     "سن‌پترزبورگ - علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، امروز در حاشیه نشست دبیران شوراهای امنیت کشورهای عضو بریکس با ولادیمیر پوتین دیدار کرد و دعوت‌نامه رسمی رئیس‌جمهور روسیه برای حضور مسعود پزشکیان در اجلاس سران بریکس را دریافت کرد.\n"
     "این اجلاس از اول تا سوم آبان در قازان برگزار می‌شود و به گفته احمدیان، رئیس‌جمهور دعوت پوتین را پذیرفته است.\n"
     "احمدیان دیروز نیز با سرگئی شویگو، همتای روس خود، دیدار و درباره روند نهایی شدن معاهده جامع همکاری راهبردی گفت‌وگو کرده بود.\n"
     "این نشست که از سه‌شنبه آغاز شده، فردا با صدور بیانیه پایانی به کار خود پایان می‌دهد.\n"
     "شویگو ۱۵ مرداد ۱۴۰۳ (۵ اوت ۲۰۲۴) در سفر به تهران با احمدیان و پزشکیان دیدار کرده بود و پوتین و پزشکیان نیز ۹ شهریور تلفنی گفت‌وگو کرده بودند.\n"
     "متن معاهده جامع همکاری راهبردی ایران و روسیه قرار است تا پایان سال ۲۰۲۴ میلادی نهایی شود.\n"
     "برچسب‌ها: احمدیان، پوتین، شویگو، بریکس، شورای عالی امنیت ملی\n"
     "مطالب مرتبط: پزشکیان: سفر به روسیه در دستور کار است (۱۸ شهریور ۱۴۰۳)"),
     dates=[("پنجشنبه ۲۲ شهریور ۱۴۰۳", "2024-09-12", "j"), ("۹ ربیع‌الاول ۱۴۴۶", "2024-09-12", "h"), ("امروز", "2024-09-12", "r"),
            ("از اول تا سوم آبان", "2024-10-22/2024-10-24", "j"), ("دیروز", "2024-09-11", "r"), ("سه‌شنبه", "2024-09-10", "r"),
            ("فردا", "2024-09-13", "r"), ("۱۵ مرداد ۱۴۰۳", "2024-08-05", "j"), ("۵ اوت ۲۰۲۴", "2024-08-05", "g"),
            ("۹ شهریور", "2024-08-30", "j"), ("تا پایان سال ۲۰۲۴ میلادی", None, "ignore"), ("۱۸ شهریور ۱۴۰۳", "2024-09-08", "j")],
     contacts=[C(PUT, AHMN, "meet", "2024-09-12"), C([PUT, RU], [PEZ, "Ali Akbar Ahmadian", IR], "message", "2024-09-12"),
               C(PUT, PEZ, "meet", "2024-10-22/2024-10-24", True), C(SHOS, AHMN, "meet", "2024-09-11"),
               C(SHOS, AHMN, "meet", "2024-08-05"), C(SHOS, PEZ, "meet", "2024-08-05"), C(PUT, PEZ, "phone_call", "2024-08-30")]),
dict(id="F32", pub="2024-10-24", text=(
     "پایگاه اطلاع‌رسانی ریاست‌جمهوری | پنجشنبه سوم آبان ۱۴۰۳ | ۰۹:۴۰\n"
     "مسعود پزشکیان عصر روز چهارشنبه در حاشیه شانزدهمین اجلاس سران بریکس در قازان با ولادیمیر پوتین دیدار کرد و دو طرف بر امضای معاهده جامع همکاری راهبردی در آینده‌ای نزدیک تأکید کردند؛ این دومین دیدار دو رئیس‌جمهور در کمتر از دو هفته بود. "
     "نخستین دیدار آنها ۲۰ مهر در عشق‌آباد برگزار شده بود. "
     "پزشکیان امروز در نشست «بریکس پلاس» سخنرانی می‌کند و سپس به تهران بازمی‌گردد."),
     dates=[("پنجشنبه سوم آبان ۱۴۰۳", "2024-10-24", "j"), ("عصر روز چهارشنبه", "2024-10-23", "r"),
            ("در آینده‌ای نزدیک", None, "ignore"), ("۲۰ مهر", "2024-10-11", "j"), ("امروز", "2024-10-24", "r")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "agreement", None, True), C(PUT, PEZ, "meet", "2024-10-11")]),
dict(id="F33", pub="2025-03-15", text=(
     "ایسکانیوز | شنبه ۲۵ اسفند ۱۴۰۳ - ۱۵ مارس ۲۰۲۵\n"
     "کاظم غریب‌آبادی، معاون حقوقی و بین‌المللی وزیر امور خارجه، دیروز در پکن در نشستی سه‌جانبه با سرگئی ریابکوف، معاون وزیر خارجه روسیه، و ما ژائوشو، معاون وزیر خارجه چین، درباره موضوع هسته‌ای و تحریم‌ها گفت‌وگو کرد و بیانیه‌ای مشترک در ۵ بند صادر شد. "
     "غریب‌آبادی پیش از نشست سه‌جانبه، جداگانه با ریابکوف دیدار دوجانبه داشت. "
     "به گفته وی، دور بعدی این رایزنی‌ها اواسط فروردین سال آینده در مسکو برگزار می‌شود."),
     dates=[("شنبه ۲۵ اسفند ۱۴۰۳", "2025-03-15", "j"), ("۱۵ مارس ۲۰۲۵", "2025-03-15", "g"), ("دیروز", "2025-03-14", "r"),
            ("اواسط فروردین سال آینده", "2025-03-31/2025-04-09", "j")],
     contacts=[C(RYA, GHR, "meet", "2025-03-14"), C(RYA, GHR, "agreement", "2025-03-14", True),
               C(RYA, GHR, "meet", "2025-03-31/2025-04-09")]),
dict(id="F34", pub="2025-07-06", text=(
     "آریانا نیوز - یکشنبه ۱۵ سرطان ۱۴۰۴\n"
     "اداره ملی امتحانات اعلام کرد امتحان کانکور امسال از سه‌شنبه آینده در ۳۴ ولایت آغاز میشود و تا ۵ اسد ادامه خواهد داشت؛ بیش از ۱۵۰ هزار متقاضی در این امتحان اشتراک می‌کنند. "
     "به گفته این اداره، نتایج امتحان اواخر سنبله اعلان میشود و صنف‌های سمستر اول در دانشگاه‌ها از اول میزان آغاز خواهد شد. "
     "سال گذشته این امتحان از ۲۰ سرطان تا ۱۰ اسد برگزار شده بود."),
     dates=[("یکشنبه ۱۵ سرطان ۱۴۰۴", "2025-07-06", "j"), ("امسال", "2025-03-21/2026-03-20", "r"), ("سه‌شنبه آینده", "2025-07-08", "r"),
            ("۵ اسد", "2025-07-27", "j"), ("اواخر سنبله", "2025-09-12/2025-09-22", "j"), ("اول میزان", "2025-09-23", "j"),
            ("سال گذشته", "2024-03-20/2025-03-20", "r"), ("از ۲۰ سرطان تا ۱۰ اسد", "2024-07-10/2024-07-31", "j")],
     contacts=[]),
dict(id="F35", pub="2025-09-27", text=(
     "رادیو فرانسه فارسی | ۵ مهر ۱۴۰۴ - ۰۸:۴۵\n"
     "قطعنامه پیشنهادی روسیه و چین برای تعویق شش‌ماهه بازگشت تحریم‌های سازمان ملل علیه ایران روز جمعه در شورای امنیت با ۴ رأی موافق رد شد و این تحریم‌ها از بامداد یکشنبه دوباره اجرا می‌شود. "
     "سرگئی لاوروف پیش از این رأی‌گیری در نیویورک با مارکو روبیو، وزیر خارجه آمریکا، دیدار کرده بود و عباس عراقچی نیز پنجشنبه گذشته با وزیران خارجه فرانسه، آلمان و بریتانیا گفت‌وگو کرد. "
     "وزارت خارجه روسیه اعلام کرده است که بازگشت تحریم‌ها را به رسمیت نمی‌شناسد."),
     dates=[("۵ مهر ۱۴۰۴", "2025-09-27", "j"), ("روز جمعه", "2025-09-26", "r"), ("بامداد یکشنبه", "2025-09-28", "r"),
            ("پنجشنبه گذشته", "2025-09-25", "r")],
     contacts=[]),
dict(id="F36", pub="2025-12-16", text=(
     "روزنامه هفت صبح | سه‌شنبه ۲۵ آذر ۱۴۰۴ | شماره ۴۷۸۱\n"
     "اسماعیل بقائی، سخنگوی وزارت امور خارجه، در نشست خبری هفتگی دیروز گزارش یک رسانه غربی درباره دیدار محرمانه علی لاریجانی، دبیر شورای عالی امنیت ملی، با ولادیمیر پوتین در هفته گذشته را «ساختگی» خواند و گفت لاریجانی از اواسط آذر هیچ سفر خارجی نداشته است. "
     "بقائی در عین حال تأیید کرد که عباس عراقچی و سرگئی لاوروف شنبه گذشته تلفنی درباره قطعنامه اخیر شورای حکام گفت‌وگو کرده‌اند. "
     "به گفته وی، کمیسیون مشترک همکاری‌های اقتصادی دو کشور اوایل بهمن در تهران برگزار می‌شود."),
     dates=[("سه‌شنبه ۲۵ آذر ۱۴۰۴", "2025-12-16", "j"), ("دیروز", "2025-12-15", "r"), ("هفته گذشته", "2025-12-06/2025-12-12", "r"),
            ("اواسط آذر", "2025-12-02/2025-12-11", "j"), ("شنبه گذشته", "2025-12-13", "r"),
            ("اوایل بهمن", "2026-01-21/2026-01-30", "j")],
     contacts=[C(LAV, ARA, "phone_call", "2025-12-13"), C([RU], [IR], "meet", "2026-01-21/2026-01-30", True)]),
dict(id="F37", pub="2026-01-12", text=(
     "فردانیوز | دوشنبه ۲۲ دی ۱۴۰۴ - ۱۰:۱۵ | کد خبر: ۹۸۷۲۵۴\n"
     "عباس عراقچی، وزیر امور خارجه، پس‌فردا چهارشنبه در رأس هیئتی به مسکو سفر می‌کند و با سرگئی لاوروف دیدار و گفت‌وگو خواهد کرد؛ او پنجشنبه نیز در نشست وزیران خارجه قالب ۳+۳ قفقاز جنوبی شرکت می‌کند. "
     "آخرین دیدار دو وزیر ۲۴ تیر ۱۴۰۴ (۱۵ ژوئیه ۲۰۲۵) در حاشیه نشست وزیران خارجه سازمان همکاری شانگهای در تیانجین انجام شده بود. "
     "به گفته کرملین، سفر مسعود پزشکیان به روسیه که برای دی‌ماه برنامه‌ریزی شده بود، به ماه آینده موکول شده است."),
     dates=[("دوشنبه ۲۲ دی ۱۴۰۴", "2026-01-12", "j"), ("پس‌فردا چهارشنبه", "2026-01-14", "r"), ("پنجشنبه", "2026-01-15", "r"),
            ("۲۴ تیر ۱۴۰۴", "2025-07-15", "j"), ("۱۵ ژوئیه ۲۰۲۵", "2025-07-15", "g"), ("دی‌ماه", "2025-12-22/2026-01-20", "j"),
            ("ماه آینده", "2026-01-21/2026-02-19", "r")],
     contacts=[C(LAV, ARA, "meet", "2026-01-14"), C(LAV, ARA, "meet", "2026-01-15", True), C(LAV, ARA, "meet", "2025-07-15"),
               C([PUT, RU], PEZ, "meet", "2026-01-21/2026-02-19")]),
dict(id="F38", pub="2026-03-17", text=(
     "شهرآرا | سه‌شنبه ۲۶ اسفند ۱۴۰۴ | شماره ۴۵۱۸\n"
     "اداره کل هواشناسی خراسان رضوی پیش‌بینی کرد امشب، همزمان با چهارشنبه‌سوری، آسمان مشهد صاف و هوا آرام باشد، اما از پنجشنبه ۲۸ اسفند با ورود سامانه بارشی، بارش باران و کاهش ۱۰ درجه‌ای دما تا روز دوم فروردین ادامه یابد. "
     "به گفته مدیرکل مدیریت بحران استان، در چهارشنبه‌سوری پارسال ۴۲ نفر در خراسان رضوی مصدوم شدند. "
     "لحظه تحویل سال ساعت ۱۸ و ۱۶ دقیقه روز جمعه خواهد بود و عید فطر و نوروز این بار تقریباً همزمان شده‌اند؛ ستاد خدمات سفر استان نیز ورود ۲ میلیون زائر به مشهد را از اول تا ۱۴ فروردین پیش‌بینی کرده است."),
     dates=[("سه‌شنبه ۲۶ اسفند ۱۴۰۴", "2026-03-17", "j"), ("امشب", "2026-03-17", "r"), ("چهارشنبه‌سوری", None, "ignore"),
            ("پنجشنبه ۲۸ اسفند", "2026-03-19", "j"), ("روز دوم فروردین", "2026-03-22", "j"),
            ("چهارشنبه‌سوری پارسال", "2025-03-18", "j"), ("روز جمعه", "2026-03-20", "r"), ("عید فطر", "2026-03-20", "h"),
            ("نوروز", "2026-03-21", "j"), ("از اول تا ۱۴ فروردین", "2026-03-21/2026-04-03", "j")],
     contacts=[]),
dict(id="F39", pub="2026-04-28", text=(
     "قرارداد واردات ۲ میلیون تن گندم روسیه امضا شد؛ تحویل از تیرماه آغاز می‌شود\n"
     "ایانا | سه‌شنبه ۸ اردیبهشت ۱۴۰۵ - ۱۱ ذی‌القعده ۱۴۴۷ - ۲۸ آوریل ۲۰۲۶\n"
     "کد خبر: ۱۳۷۴۲۲ | سرویس اقتصاد کشاورزی\n"
     "تهران - ایانا: غلامرضا نوری قزلجه، وزیر جهاد کشاورزی، و اوکسانا لوت، وزیر کشاورزی روسیه، صبح امروز در تهران قرارداد دوساله واردات ۲ میلیون تن گندم و جو از روسیه را امضا کردند.\n"
     "دو وزیر پیش از امضای قرارداد، در دیداری که حدود دو ساعت طول کشید، درباره ایجاد کریدور سبز برای محصولات کشاورزی گفت‌وگو کردند.\n"
     "لوت که از یکشنبه شب در تهران به سر می‌برد، دیروز با محمدرضا عارف، معاون اول رئیس‌جمهور، دیدار کرده بود.\n"
     "به گفته نوری، نخستین محموله گندم اوایل تیرماه از بندر آستاراخان به بندر امیرآباد می‌رسد و هیئت‌های کارشناسی دو کشور هفته آینده در مسکو درباره استانداردهای قرنطینه گیاهی گفت‌وگو می‌کنند.\n"
     "ایران در سال ۱۴۰۳ حدود ۴.۵ میلیون تن گندم از روسیه وارد کرده بود و قرارداد مشابه قبلی ۱۸ مهر ۱۴۰۳ (۹ اکتبر ۲۰۲۴) میان شرکت بازرگانی دولتی ایران و شرکت متحد غلات روسیه امضا شده بود.\n"
     "دیمیتری پاتروشف، وزیر وقت کشاورزی روسیه، نیز آذر ۱۴۰۱ در سفر به تهران با جواد ساداتی‌نژاد، وزیر وقت جهاد کشاورزی، دیدار کرده بود.\n"
     "برچسب‌ها: گندم، روسیه، امنیت غذایی، دریای خزر\n"
     "مطلب مرتبط: افزایش ۳۰ درصدی واردات نهاده‌های دامی از روسیه در سال گذشته (۲۵ فروردین ۱۴۰۵)\n"
     "© ۱۴۰۵ - کلیه حقوق برای ایانا محفوظ است"),
     dates=[("تیرماه", "2026-06-22/2026-07-22", "j"), ("سه‌شنبه ۸ اردیبهشت ۱۴۰۵", "2026-04-28", "j"),
            ("۱۱ ذی‌القعده ۱۴۴۷", "2026-04-28", "h"), ("۲۸ آوریل ۲۰۲۶", "2026-04-28", "g"), ("صبح امروز", "2026-04-28", "r"),
            ("یکشنبه شب", "2026-04-26", "r"), ("دیروز", "2026-04-27", "r"), ("اوایل تیرماه", "2026-06-22/2026-07-01", "j"),
            ("هفته آینده", "2026-05-02/2026-05-08", "r"), ("سال ۱۴۰۳", "2024-03-20/2025-03-20", "j"),
            ("۱۸ مهر ۱۴۰۳", "2024-10-09", "j"), ("۹ اکتبر ۲۰۲۴", "2024-10-09", "g"), ("آذر ۱۴۰۱", "2022-11-22/2022-12-21", "j"),
            ("سال گذشته", "2025-03-21/2026-03-20", "r"), ("۲۵ فروردین ۱۴۰۵", "2026-04-14", "j"), ("© ۱۴۰۵", None, "ignore")],
     contacts=[C(LUT, NOURI, "agreement", "2026-04-28"), C(LUT, NOURI, "meet", "2026-04-28"), C(LUT, AREF, "meet", "2026-04-27"),
               C(["Russian Ministry of Agriculture", RU], ["Ministry of Agriculture Jihad", IR], "meet", "2026-05-02/2026-05-08"),
               C(UGC, GTC, "agreement", "2024-10-09"), C(UGC, GTC, "meet", "2024-10-09", True),
               C(DPAT, SADATI, "meet", "2022-11-22/2022-12-21")]),
dict(id="F40", pub="2026-05-20", text=(
     "روزنامه وقایع اتفاقیه | چهارشنبه ۳۰ اردیبهشت ۱۴۰۵ | شماره ۱۹۸۴\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، دیروز در مسکو با ولادیمیر پوتین دیدار کرد و پیام مکتوب مسعود پزشکیان را به رئیس‌جمهور روسیه تسلیم کرد؛ کرملین جزئیاتی از محتوای این پیام منتشر نکرده است. "
     "لاریجانی امروز با سرگئی شویگو، دبیر شورای امنیت روسیه، دیدار می‌کند و قرار است روز جمعه در همایش بین‌المللی امنیت در مسکو سخنرانی کند. "
     "پوتین و پزشکیان آخرین بار ۱۸ فروردین تلفنی گفت‌وگو کرده بودند."),
     dates=[("چهارشنبه ۳۰ اردیبهشت ۱۴۰۵", "2026-05-20", "j"), ("دیروز", "2026-05-19", "r"), ("امروز", "2026-05-20", "r"),
            ("روز جمعه", "2026-05-22", "r"), ("۱۸ فروردین", "2026-04-07", "j")],
     contacts=[C(PUT, LAR, "meet", "2026-05-19"), C([PUT, RU], [PEZ, "Ali Larijani", IR], "message", "2026-05-19"),
               C(SHOS, LAR, "meet", "2026-05-20"), C(PUT, PEZ, "phone_call", "2026-04-07")]),
]
