# Held-out probe set 55: PERSIAN news, 36 SNIPPETS of 1–3 sentences (each opening with a header line: outlet, date line,
# issue number / news code / time) and 4 WHOLE ARTICLES of 11 lines (F16, F23, F30, F39: headline, header date line,
# news code / service line, dateline + body, background lines recalling older dated contacts or events, tags / a related
# link / a copyright line), hand-annotated; 40 cases, F01–F40, publication dates 2005–2026 (one or two a year 2005–2021,
# four a year 2022–2026; ids in date order); three Dari / Afghan cases (F12, F26, F35).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set51 and set53.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes, issue numbers, news codes and several
# dates and meetings are invented) in the style of outlets not named in the set51/53 headers (nor in set16's): Etemad (F01,
# «روزنامه اعتماد | شماره ۹۶۴ | دوشنبه ۲۳ آبان ۱۳۸۴ | ۱۲ شوال ۱۴۲۶», «از روز شنبه … به سر می‌برد», «عصر دیروز», «طی چند روز
# آینده», «اواخر آذرماه»), Aftab-e Yazd (F02, «دوشنبه ۱۲ دی ۱۳۸۴ - شماره ۱۶۰۵», «بامداد یکشنبه اول ژانویه ۲۰۰۶», «دیروز»,
# «از ۵۰ به ۲۳۰ دلار»), Baztab (F03, numeric «کد مطلب: ۴۵۲۱۳ | تاریخ: ۱۳۸۵/۰۳/۲۶», «روز پنجشنبه», «ششمین», «۵+۱», «امروز»),
# Jomhouri-e Eslami (F04, the outlet name holding «جمهوری اسلامی», «چهارشنبه ۲۵ مهر ۱۳۸۶ - ۵ شوال ۱۴۲۸ - شماره ۸۲۳۲», «عصر
# دیروز», «صبح دیروز», «دوساعته», «آذر ۱۳۲۲»), Siasat-e Rooz (F05, the outlet name holding «روز», «شنبه ۱۹ مرداد ۱۳۸۷ | ۸ شعبان
# ۱۴۲۹», «از بامداد جمعه», «تا امروز», «۱۵۰۰ کشته», «دیروز», «المپیک ۲۰۰۸ پکن», «۸ اوت»), Aftab News (F06, «۲۶ خرداد ۱۳۸۸ - ۱۰:۳۰
# - کد خبر», a postponed «روز دوشنبه», «یک روز», «امروز سه‌شنبه», «فردا»), Tehran Emrooz (F07, the outlet name holding
# «امروز», two-digit year «یکشنبه ۳۱ مرداد ۸۹ | ۱۲ رمضان ۱۴۳۱», «روز گذشته», «دو ماه دیگر», «دی ۱۳۷۳»), Euronews Persian (F08,
# numeric D/M/Y «آخرین به‌روزرسانی: ۲۵/۱۲/۲۰۱۱ - ۱۴:۲۰», «روز شنبه», «انتخابات ۴ دسامبر», «دهه ۱۹۹۰», «۴ مارس سال آینده
# میلادی»), Alef (F09, «تاریخ انتشار: سه‌شنبه ۲۶ اردیبهشت ۱۳۹۱ ساعت ۱۱:۰۵», «روز دوشنبه», «۳ خرداد (۲۳ مه)», anaphoric «عصر
# همان روز», «۵+۱»), Shabestan (F10, «یکشنبه ۲۶ خرداد ۱۳۹۲ | ۷ شعبان ۱۴۳۴ | کد خبر», «روز گذشته», «یازدهمین دوره», bare
# planned «شهریورماه», «انتخابات ۲۴ خرداد», «عصر شنبه»), Eghtesad News (F11, «اقتصادنیوز | ۲۶ آذر ۱۳۹۳ - ۰۹:۴۰», «روز سه‌شنبه
# ۱۶ دسامبر», the nickname «سه‌شنبه سیاه», «۱۷ درصد», «مرداد امسال», «دیروز»), Pajhwok (F12, Dari: «۲۵ حمل ۱۳۹۴ | کابل»,
# «میگوید», «روز یکشنبه», «تا اواخر سرطان», «از اول حمل سال روان», «هفته گذشته», «۱۰ هزار میل»), Afkar News (F13, two-digit
# year «چهارشنبه ۷ بهمن ۹۴ - ۱۰:۱۲», «عصر دیروز», «صبح دیروز», year-less «۲ آذر» of the previous Gregorian year), Shana (F14,
# «یکشنبه ۲۱ آذر ۱۳۹۵ | کد خبر», «روز گذشته», «۵۵۸ هزار بشکه», «از اول ژانویه ۲۰۱۷», «شش ماه», «۱۰ آذر», «۱.۲ میلیون»),
# Varzesh3 (F15, sports site: the outlet name «ورزش سه», «شنبه ۳۰ بهمن ۱۳۹۵ - ۰۰:۲۵», «شب گذشته», «دیدار نهایی» = match,
# «جام جهانی ۲۰۱۷», scores «۵ بر ۳», «۱۰ بر صفر», «۸۶ کیلوگرم», «از ۱۰ تا ۱۴ اردیبهشت»), Hamdeli (F16, whole article: «شنبه ۱۷
# شهریور ۱۳۹۷ | ۲۸ ذی‌الحجه ۱۴۳۹ | شماره ۹۵۶», «عصر دیروز جمعه», «دوازده‌ماده‌ای», «۱۸ اردیبهشت», «شامگاه دیروز», «۱ آذر ۱۳۹۶
# (۲۲ نوامبر ۲۰۱۷)», «۴ آوریل امسال», «۲ آذر ۱۳۹۴», «(۱۲ شهریور ۱۳۹۷)» in a related link, «© ۱۳۹۷»), Jamaran (F17, «شنبه ۲۵
# خرداد ۱۳۹۸ | ساعت ۰۹:۴۵», «روز جمعه», «امروز», the city «دوشنبه», «پنجمین», «۱۷ آبان سال گذشته»), Nour News (F18, «جمعه ۶ دی
# ۱۳۹۸ | کد خبر», «از امروز جمعه», «چهار روز», «روز چهارشنبه», «انقلاب اسلامی ۱۳۵۷»), Iranian Diplomacy (F19, «چهارشنبه ۱ مرداد
# ۱۳۹۹», «دیروز سه‌شنبه ۳۱ تیر», future bare «مهرماه», «امروز»), ANA (F20, «۱۸ بهمن ۱۳۹۹ - ۱۱:۳۰ | کد خبر», «بامداد امروز»,
# «پنجشنبه ۱۶ بهمن», «از سه‌شنبه آینده», «کووید ۱۹», «۲۴ ساعت گذشته»), IRIB News (F21, «خبرگزاری صدا و سیما | ۳۰ دی ۱۴۰۰ -
# ۰۸:۵۵», «عصر دیروز چهارشنبه», «امروز», «۲۰ ساله», «دولت سیزدهم», year-less «۱۲ مرداد» of the previous Solar year), Khabar
# Fouri (F22, «شنبه ۷ اسفند ۱۴۰۰ - ۱۰:۰۵», «امروز», «۲۰۰ هزار تومان», «بامداد پنجشنبه ۵ اسفند (۲۴ فوریه)», anaphoric «همان روز»,
# «فردا یکشنبه», «۲۶ هزار تومان»), Mashregh News (F23, whole article: «چهارشنبه ۱۸ آبان ۱۴۰۱ - ۱۵ ربیع‌الثانی ۱۴۴۴ | ۱۳:۱۰»,
# «صبح امروز», «دوساعته», «اواسط آذر», «عصر امروز», «دیروز», «۴ خرداد ۱۴۰۱ (۲۵ مه ۲۰۲۲)», «دهمین», «آبان ۱۳۹۹», «(۲۵ مهر ۱۴۰۱)»
# in a «بیشتر بخوانید» link), Iran Economist (F24, «سه‌شنبه ۱۵ آذر ۱۴۰۱ - ۰۹:۲۰», «۶۰ دلاری», «گروه هفت», «از دیروز دوشنبه ۱۴
# آذر (۵ دسامبر)», «ماه نوامبر», «امروز»), Jahan-e Eqtesad (F25, «پنجشنبه ۲۸ اردیبهشت ۱۴۰۲ | شماره ۴۱۲۷», «دیروز چهارشنبه»,
# «۱.۳ میلیارد یورو», «۱۶۲ کیلومتری», «از سال ۱۴۰۳», «امروز پنجشنبه»), Salam Watandar (F26, Dari: «یکشنبه ۷ جوزا ۱۴۰۲», «روز
# شنبه», «دیروز شام», «میگوید», «گفتگو», «۲۸ ثور»), VOA Persian (F27, «صدای آمریکا | جمعه ۳ شهریور ۱۴۰۲», «روز پنجشنبه», «از ۳۱
# مرداد تا ۲ شهریور», «از اول ژانویه ۲۰۲۴»), Sputnik Iran (F28, Russian-style dotted «۲۴.۱۰.۲۰۲۳ | ۱۱:۴۰», «دیروز دوشنبه ۱
# آبان», «۳+۳», «امروز», «۱۰ دسامبر ۲۰۲۱»), Hawzah News (F29, «پنجشنبه ۱۴ دی ۱۴۰۲ | ۲۲ جمادی‌الثانی ۱۴۴۵», «شامگاه دیروز»,
# «چهارمین سالگرد», «امروز», «۱۳ دی ۱۳۹۸»), Kargozaran (F30, whole article: «پنجشنبه ۳ خرداد ۱۴۰۳ | ۱۵ ذی‌القعده ۱۴۴۵ ق |
# شماره ۴۲۱۵», «دیروز چهارشنبه», «عصر دیروز», «۳۱ اردیبهشت», «۱۶ آذر ۱۴۰۲ (۷ دسامبر ۲۰۲۳)», «۲۸ تیر ۱۴۰۱», «پنج روز» and
# «(۳۱ اردیبهشت ۱۴۰۳)» in a related link), Digiato (F31, «سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۲:۴۰», «امروز سه‌شنبه», «۵۰۰ کیلومتری», «۱۸
# مرداد ۱۴۰۱ (۹ اوت ۲۰۲۲)», the satellite name «پارس ۱», «۱۰ اسفند ۱۴۰۲», «عصر امروز»), the daily Iran (F32, the outlet name
# «روزنامه ایران», «سه‌شنبه ۲۷ آذر ۱۴۰۳ | شماره ۸۶۴۵», «هجدهمین», «دیروز», «امروز», «هشت سند», «عصر دیروز», «نیمه دوم سال ۲۰۲۵
# میلادی»), IranWire (F33, «شنبه ۲۹ دی ۱۴۰۳», «روز جمعه», «سه‌ساعته», «۴۷ ماده‌ای», «۲۲ اسفند ۱۳۷۹ (۱۲ مارس ۲۰۰۱)», «۱۹ ژوئن
# ۲۰۲۴»), Kayhan London (F34, two-calendar header «دوشنبه ۲ تیر ۱۴۰۴ - ۲۳ ژوئن ۲۰۲۵», «صبح امروز», «ساعاتی بعد», «بامداد
# یکشنبه», «از بامداد جمعه ۲۳ خرداد»), Etilaatroz (F35, Dari: the outlet name «اطلاعات روز», «۲۹ سرطان ۱۴۰۴», «از اول جدی سال
# گذشته», «هفته گذشته», «روزانه», «۳۰ هزار نفر», «۱۶ سرطان»), Akharin Khabar (F36, «شنبه ۲۲ آذر ۱۴۰۴ - ۰۸:۳۰», «روز جمعه»,
# «سی‌امین سالگرد», «۱۰ شهریور», the season «بهار سال آینده»), Roydad24 (F37, the outlet name «رویداد۲۴», «دوشنبه ۲۷ بهمن ۱۴۰۴ -
# ۱۱:۱۵», «شامگاه یکشنبه», «هفته آینده», a denied call «در روز جمعه»), Hamgardi (F38, tourism site: «۲۶ اسفند ۱۴۰۴», «نوروز
# ۱۴۰۵», «۱۲ هزار گردشگر», «از ۱۵ اردیبهشت ۱۴۰۲», «جمعه ۲۹ اسفند» = the last day of 1404), Energy Press (F39, whole article:
# «امسال» in the headline, «سه‌شنبه ۱ اردیبهشت ۱۴۰۵ | ۴ ذی‌القعده ۱۴۴۷ | ساعت ۰۹:۵۰», «کد خبر: ۴۶۱۲۸۹», «از روز یکشنبه»,
# «صبح دیروز», «چهار واحد», «اواخر خرداد امسال», «امروز», «فردا چهارشنبه», «۲۵ میلیارد دلاری», «۴ مهر ۱۴۰۴ (۲۶ سپتامبر
# ۲۰۲۵)», «۲۱ شهریور ۱۳۹۰ (۱۲ سپتامبر ۲۰۱۱)», «(۱۸ فروردین ۱۴۰۵)» in a related link, «© ۲۰۲۶») and Shafaqna (F40, «سه‌شنبه ۵
# خرداد ۱۴۰۵ - ۹ ذی‌الحجه ۱۴۴۷», «امروز همزمان با روز عرفه», «عید قربان فردا چهارشنبه», «۸۵ هزار زائر», «از ۱۵ خرداد»).
# Contacts (24 cases with at least one required row): security councils (Igor Ivanov / Larijani in Tehran 2005 with
# Putin's letter for Ahmadinejad, a promised reply (optional) and a Mottaki / Lavrov visit «اواخر آذرماه»; Patrushev /
# Jalili in Moscow 2012, Ryabkov / Jalili «عصر همان روز», the Baghdad 5+1 round «۳ خرداد» optional; Patrushev / Shamkhani
# and Patrushev / Raisi in Tehran 2022 with an expert session of the two councils «اواسط آذر», their 4 Khordad 1401
# meeting and Patrushev's Aban 1399 Tehran visit recalled), presidents and the Leader (Ahmadinejad / Putin at Shanghai
# 2006; Putin / Khamenei and Putin / Ahmadinejad at the Tehran Caspian summit 2007 with the declaration optional;
# Ahmadinejad / Medvedev at Yekaterinburg 2009 after a postponed trip; Putin's congratulation message to Rouhani 2013 and a
# hoped Bishkek meeting «شهریورماه» (optional); the Tehran Astana-format summit 2018 with Sochi 2017, Ankara 2018 and
# Putin's 1394 Tehran visit recalled; Rouhani / Putin at Bishkek 2019 and their Aban 1397 call; Raisi / Putin in the
# Kremlin and Raisi / Volodin 2022; the Raisi / Putin call of 24 February 2022; Putin's condolence message to Khamenei
# and Raisi after Kerman 2024; Volodin / Mokhber with Putin's message, Volodin / Ghalibaf, the Putin / Mokhber call, the
# Kremlin 2023 and Tehran 2022 meetings recalled (2024); the Putin / Pezeshkian treaty 2025 with the 2001 Putin / Khatami
# treaty; Pezeshkian / Putin at Ashgabat 2025 with Tianjin recalled and a spring visit (optional)), envoys and foreign
# ministers (Velayati / Putin with the Leader's message and Velayati / Lavrov 2016; Zarif / Lavrov with Rouhani's letter
# for Putin 2020; Lavrov / Amir-Abdollahian at the Tehran 3+3 meeting and Lavrov / Raisi 2023, the Moscow 3+3 session
# 2021 optional; Araghchi / Putin in the Kremlin 2025; Lavrov / Araghchi call 2026 and an Araghchi Moscow visit «هفته
# آینده»), atomic energy (Kiriyenko / Salehi at the Bushehr fuel loading 2010 with the Dey 1373 contract; Likhachev /
# Eslami, Likhachev / Pezeshkian «فردا چهارشنبه», the Mehr 1404 Hormoz contract and the 1390 Bushehr inauguration with
# Shmatko and Abbasi 2026), transport and energy (Savelyev / Bazrpash Rasht–Astara agreement with Putin and Raisi by video
# and Savelyev / Mokhber 2023; Tsivilev / Paknejad joint commission with documents signed «امروز», Tsivilev / Pezeshkian,
# the next session «نیمه دوم سال ۲۰۲۵ میلادی» optional 2024), multilateral only (Novak / Zanganeh at the OPEC+ meeting 2016,
# Putin by video and Lavrov at the BRICS Johannesburg summit 2023: optional rows only).
# General news naming Russia or Iran with NO Russia–Iran contact (14): F02, F05, F08, F11, F12, F15, F18, F20, F24, F26,
# F31, F35, F38, F40.  Traps: third-country contacts (Ahmadinejad–Hu Jintao F03; Ahmadinejad–Karzai F06; Rouhani–Rahmon
# and Erdogan F17, Rouhani–Erdogan F16; Raisi–Xi and Ramaphosa F27; Taliban–Iran border talks F26; Afghan minister–Iranian
# officials F12; Russia–Afghanistan arms aid F12; Russia–North Korea treaty F33; Kremlin-denied Patrushev–Israeli contact
# F23), a denied Pezeshkian–Putin call (F37), a postponed trip (F06), statements (F05, F21's hope, F34's «مشورت‌های جدی»),
# a joint naval drill (F18), satellite launches on Russian rockets (F31), vaccine deliveries (F20), visa-free group travel
# (F38), markets (F02 gas, F11 rouble, F22 gold coin beside a real call, F24 price cap), sport («دیدار» = match, F15),
# Hajj (F40); counts, money, percentages, durations («۵۰ به ۲۳۰ دلار», «دوساعته», «۱۵۰۰ کشته», «یک روز», «دو ماه دیگر» as
# ignore, «۱۷ درصد», «۸۰ روبل», «۶۰ دلار», «۲۳ هزار مهاجر», «۱۰ هزار میل», «۵۵۸ هزار بشکه», «شش ماه», «۱.۲ میلیون», «۸۶ کیلوگرم»,
# «دوازده‌ماده‌ای», «چهار روز», «۲۴ ساعت گذشته», «۷ هزار و ۱۰۶ نفر», «۲۰ ساله», «۲۰۰ هزار تومان», «۲۶ هزار تومان», «۶۰ دلاری»,
# «۱۰ دلار», «۸۲ دلار», «۱.۳ میلیارد یورو», «۱۶۲ کیلومتری», «سه کشته», «۵۰۰ کیلومتری», «هشت سند», «سه‌ساعته», «۴۷ ماده‌ای»,
# «۳۰ هزار نفر», «۱۲ هزار گردشگر», «چهار واحد», «۲۵ میلیارد دلاری», «پنج روز», «۸۵ هزار زائر»), scores («۵ بر ۳», «۱۰ بر صفر»),
# clock times, issue numbers, news codes, «کد مطلب», «۵+۱», «۳+۳», «گروه هفت», «کووید ۱۹», the satellite «پارس ۱», ordinals
# («ششمین», «دومین», «یازدهمین دوره», «پنجمین», «سومین», «دهمین», «چهارمین سالگرد», «هجدهمین», «سی‌امین سالگرد», «دولت
# سیزدهم»), outlet names holding date words («سیاست روز», «تهران امروز», «اطلاعات روز», «رویداد۲۴», «ورزش سه»), the city
# «دوشنبه» (F17), the verb prefix «می».
# Totals: 212 date lines (198 mentions + 14 ignore lines), 73 contact rows (58 required, 15 optional).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated or derived weekday was checked with jdatetime,
# hijridate and datetime (/tmp/venv); every span was checked to occur in its text in listing order (k-th listing = k-th
# occurrence), without overlaps, and every listed span text occurs in its text exactly as many times as it is listed
# (outside longer listed spans); the file was exec'd with a stub C and CASES loaded.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once per case; contacts with a third country only, and denied or
#   cancelled contacts, give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set53 as the headers of set51 and set53 state them
#   (set53, the later, wins where they differ).
# Decided here where nothing above says (set55):
#   A numeric Gregorian header date in a Persian page of a European outlet «۲۵/۱۲/۲۰۱۱» = D/M/Y (g) (F08), as set16's Arabic
#   «8/12/2024»; the Russian-style dotted «۲۴.۱۰.۲۰۲۳» = D.M.Y (g) (F28); the time after them stays outside.  A copyright
#   year «© ۱۳۹۷», «© ۲۰۲۶» is one ignore line with «©» inside (F16, F39): it dates the page, not an event.  A season «بهار
#   سال آینده» = the three Solar months Farvardin–Khordad of that Solar year, one r interval with «سال آینده» inside (F36).
#   A decade «دهه ۱۹۹۰» is an ignore line (vague) (F08).  A day's nickname «سه‌شنبه سیاه» in the sentence that writes its
#   date («روز سه‌شنبه ۱۶ دسامبر») is an ignore line, as set16's holiday-name rule (F11).  «طی چند روز آینده» → ignore line
#   on «چند روز آینده» (vague), as set51's «چند ماه پیش» (F01).  The anaphoric «عصر همان روز» is one ignore line with the time
#   word inside (F09), and «همان روز» alone likewise (F22); the contact on it takes its antecedent's date.  Dari «دیروز شام»
#   (شام = evening) is one r span like «عصر دیروز» (F26).  «نیمه دوم سال ۲۰۲۵ میلادی» = 2025-07-01/2025-12-31 (g) (F32).  «از
#   سال ۱۴۰۳» → «سال ۱۴۰۳» (j interval) with «از» outside (F25), as set16's «از ۱۹۹۶».  «تا اواخر سرطان» (an extension until
#   part of a month) → «اواخر سرطان» j with «تا» outside, as set51's «تا پنجشنبه»; only «تا پایان …» is a deadline ignore
#   line (F12).  «انقلاب اسلامی ۱۳۵۷» (a year naming an event) is an ignore line, as set16's «جام ملت‌های آسیا ۲۰۲۳» (F18).
#   «ماه نوامبر» is one g month span with «ماه» inside (F24).  «سه‌شنبه آینده» said on a Saturday = the first Tuesday after
#   the document date (r) (F20).  «روز عرفه» / «عید قربان» in the clause of their own relative date («امروز», «فردا چهارشنبه»)
#   are ignore lines, the relative words carry the value, as set16's holiday rule for written dates (F40).  «امسال» in a
#   headline resolves against the header date (F39).
#   Contacts: a postponed trip re-planned for the publication day gives one required meet on that day and no row for the
#   day first planned (F06).  A Russian envoy's letter from Putin addressed to the president but handed to the SNSC
#   secretary is a message row accepting either, besides the envoy–secretary meet (F01), as set16's first-VP rule; the
#   reply promised «طی چند روز آینده» is an optional undated message.  A letter of Rouhani for Putin handed by Zarif to
#   Lavrov is a message row accepting Putin or Lavrov and Rouhani or Zarif (F19), the mirror of set53's F34 rule; Velayati
#   handing the Leader's message to Putin accepts Khamenei or Velayati (F13).  A condolence message addressed to Khamenei
#   and Raisi together is one message row accepting either (F29).  A 5+1 round with Russia among the six powers, planned
#   by date, is an optional meet (F09); an OPEC+ ministerial with both ministers present (F14), a BRICS summit with Raisi
#   present and Putin by video / Lavrov present (F27) and the Moscow 3+3 session recalled (F28) are optional meets
#   (multilateral, no bilateral stated).  Astana-format summits of three presidents (Sochi, Ankara, Tehran) are required
#   meets (set16's trilateral rule, F16); the joint statement of the three presidents and the Tehran declaration of the five
#   Caspian leaders are optional agreement rows (F16, F04), as set16's Caspian convention.  A joint-commission session with
#   named co-chairs and no separate bilateral is an optional meet, its documents signed «امروز» a required agreement on the
#   document date, its next session by half-year optional (F32).  A fuel-loading ceremony at Bushehr with both heads present
#   and talks stated (F07) and the 1390 Bushehr inauguration with Shmatko and Abbasi (F39) are required meets, as set51's
#   Kiriyenko / Abbasi row.  A recalled construction contract dated by month («دی ۱۳۷۳») or day («۴ مهر ۱۴۰۴») is a required
#   agreement plus an optional meet (F07, F39), as set51's signing-alone rule.  An Araghchi Moscow visit announced by Russia's
#   foreign ministry for «هفته آینده» is a required meet with the week interval accepting Lavrov / the ministry (F37).  A
#   hope or invitation to meet in a named month or season is an optional meet with that interval (F10, F36), as set53's
#   «ماه اکتبر».  A joint naval drill, satellite launches on Russian rockets, vaccine deliveries and visa-free group travel
#   give no rows (F18, F31, F20, F38).
PUT, ROU, KHA, RAI, PEZ = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
AHN, MED, KHT = "Mahmoud Ahmadinejad", "Dmitry Medvedev", "Mohammad Khatami"
RU, IR = "Russia", "Iran"
IVA = ["Igor Ivanov", "Security Council of Russia", RU]
LARI = ["Ali Larijani", "Supreme National Security Council", IR]
MOT = ["Manouchehr Mottaki", "Iranian Foreign Ministry", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SALE = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
JALI = ["Saeed Jalili", "Supreme National Security Council", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
RYAB = ["Sergei Ryabkov", "Russian Foreign Ministry", RU]
VEL = ["Ali Akbar Velayati", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
ZAN = ["Bijan Namdar Zanganeh", "Iranian Ministry of Petroleum", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
MOK = ["Mohammad Mokhber", "acting president", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Iranian Ministry of Petroleum", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
SHMA = ["Sergei Shmatko", "Russian Ministry of Energy", RU]
ABB = ["Fereydoun Abbasi", "Atomic Energy Organization of Iran", "AEOI", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- snippets and whole articles, in date order ----------------
dict(id="F01", pub="2005-11-14", text=(
     "روزنامه اعتماد | شماره ۹۶۴ | دوشنبه ۲۳ آبان ۱۳۸۴ | ۱۲ شوال ۱۴۲۶\n"
     "ایگور ایوانف، دبیر شورای امنیت ملی روسیه، که از روز شنبه در تهران به سر می‌برد، عصر دیروز با علی لاریجانی، دبیر شورای عالی امنیت ملی، دیدار کرد و پیام کتبی ولادیمیر پوتین خطاب به محمود احمدی‌نژاد را به وی تحویل داد. "
     "لاریجانی گفت پاسخ رئیس‌جمهور به این پیام طی چند روز آینده به مسکو فرستاده می‌شود. "
     "قرار است منوچهر متکی، وزیر امور خارجه، نیز اواخر آذرماه برای گفت‌وگو با سرگئی لاوروف به مسکو سفر کند."),
     dates=[("دوشنبه ۲۳ آبان ۱۳۸۴", "2005-11-14", "j"), ("۱۲ شوال ۱۴۲۶", "2005-11-14", "h"), ("روز شنبه", "2005-11-12", "r"),
            ("عصر دیروز", "2005-11-13", "r"), ("چند روز آینده", None, "ignore"), ("اواخر آذرماه", "2005-12-12/2005-12-21", "j")],
     contacts=[C(IVA, LARI, "meet", "2005-11-13"), C([PUT, RU], [AHN, LARI, IR], "message", "2005-11-13"),
               C([PUT, RU], [AHN, IR], "message", None, True),
               C([LAV, "Russian Foreign Ministry", RU], MOT, "meet", "2005-12-12/2005-12-21")]),
dict(id="F02", pub="2006-01-02", text=(
     "آفتاب یزد - دوشنبه ۱۲ دی ۱۳۸۴ - شماره ۱۶۰۵\n"
     "شرکت گازپروم روسیه بامداد یکشنبه اول ژانویه ۲۰۰۶ صادرات گاز به اوکراین را قطع کرد و اتحادیه اروپا نسبت به افت فشار گاز در اتریش، مجارستان و لهستان هشدار داد. "
     "کاظم وزیری هامانه، وزیر نفت، دیروز در جمع خبرنگاران گفت این بحران نشان داد اروپا برای تنوع‌بخشی به منابع گاز خود به خط لوله ایران نیاز دارد. "
     "گازپروم خواستار افزایش قیمت هر هزار مترمکعب گاز از ۵۰ به ۲۳۰ دلار شده است."),
     dates=[("دوشنبه ۱۲ دی ۱۳۸۴", "2006-01-02", "j"), ("بامداد یکشنبه اول ژانویه ۲۰۰۶", "2006-01-01", "g"),
            ("دیروز", "2006-01-01", "r")],
     contacts=[]),
dict(id="F03", pub="2006-06-16", text=(
     "بازتاب | کد مطلب: ۴۵۲۱۳ | تاریخ: ۱۳۸۵/۰۳/۲۶\n"
     "محمود احمدی‌نژاد روز پنجشنبه در حاشیه ششمین اجلاس سران سازمان همکاری شانگهای در شهر شانگهای با ولادیمیر پوتین دیدار کرد و گفت ایران بسته پیشنهادی ۵+۱ را با دقت بررسی می‌کند. "
     "رئیس‌جمهور پیش از آن با هو جین‌تائو، رئیس‌جمهور چین، نیز گفت‌وگو کرده بود. "
     "احمدی‌نژاد امروز به تهران بازمی‌گردد."),
     dates=[("۱۳۸۵/۰۳/۲۶", "2006-06-16", "j"), ("روز پنجشنبه", "2006-06-15", "r"), ("امروز", "2006-06-16", "r")],
     contacts=[C(PUT, AHN, "meet", "2006-06-15")]),
dict(id="F04", pub="2007-10-17", text=(
     "روزنامه جمهوری اسلامی، چهارشنبه ۲۵ مهر ۱۳۸۶ - ۵ شوال ۱۴۲۸ - شماره ۸۲۳۲\n"
     "ولادیمیر پوتین که برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر به تهران آمده بود، عصر دیروز در دیداری دوساعته با رهبر معظم انقلاب اسلامی گفت‌وگو کرد. "
     "رئیس‌جمهور روسیه صبح دیروز با محمود احمدی‌نژاد دیدار کرده بود و سران پنج کشور ساحلی پس از نشست، بیانیه تهران را امضا کردند. "
     "این نخستین سفر یک رهبر کرملین به ایران پس از سفر استالین در آذر ۱۳۲۲ برای کنفرانس تهران است."),
     dates=[("چهارشنبه ۲۵ مهر ۱۳۸۶", "2007-10-17", "j"), ("۵ شوال ۱۴۲۸", "2007-10-17", "h"), ("عصر دیروز", "2007-10-16", "r"),
            ("صبح دیروز", "2007-10-16", "r"), ("آذر ۱۳۲۲", "1943-11-23/1943-12-22", "j")],
     contacts=[C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHN, "meet", "2007-10-16"),
               C([PUT, RU], [AHN, IR], "agreement", "2007-10-16", True)]),
dict(id="F05", pub="2008-08-09", text=(
     "سیاست روز | شنبه ۱۹ مرداد ۱۳۸۷ | ۸ شعبان ۱۴۲۹ | شماره ۱۱۲۷\n"
     "درگیری‌های نظامی گرجستان و روسیه بر سر اوستیای جنوبی که از بامداد جمعه آغاز شده، تا امروز دست‌کم ۱۵۰۰ کشته بر جای گذاشته است. "
     "حسن قشقاوی، سخنگوی وزارت امور خارجه، دیروز با ابراز نگرانی از این درگیری‌ها، دو طرف را به خویشتن‌داری فراخواند. "
     "این جنگ همزمان با آغاز بازی‌های المپیک ۲۰۰۸ پکن در ۸ اوت درگرفت."),
     dates=[("شنبه ۱۹ مرداد ۱۳۸۷", "2008-08-09", "j"), ("۸ شعبان ۱۴۲۹", "2008-08-09", "h"), ("بامداد جمعه", "2008-08-08", "r"),
            ("امروز", "2008-08-09", "r"), ("دیروز", "2008-08-08", "r"), ("المپیک ۲۰۰۸ پکن", None, "ignore"),
            ("۸ اوت", "2008-08-08", "g")],
     contacts=[]),
dict(id="F06", pub="2009-06-16", text=(
     "آفتاب نیوز - ۲۶ خرداد ۱۳۸۸ - ۱۰:۳۰ - کد خبر: ۹۲۴۷۱\n"
     "سفر محمود احمدی‌نژاد به یکاترینبورگ که قرار بود روز دوشنبه برای شرکت در اجلاس سازمان همکاری شانگهای انجام شود، یک روز به تعویق افتاد. "
     "به گفته دفتر رئیس‌جمهور، احمدی‌نژاد امروز سه‌شنبه در حاشیه این اجلاس با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار و گفت‌وگو خواهد کرد. "
     "دیدار او با حامد کرزی نیز فردا برگزار می‌شود."),
     dates=[("۲۶ خرداد ۱۳۸۸", "2009-06-16", "j"), ("روز دوشنبه", "2009-06-15", "r"), ("امروز سه‌شنبه", "2009-06-16", "r"),
            ("فردا", "2009-06-17", "r")],
     contacts=[C([MED, RU], [AHN, IR], "meet", "2009-06-16")]),
dict(id="F07", pub="2010-08-22", text=(
     "تهران امروز | یکشنبه ۳۱ مرداد ۸۹ | ۱۲ رمضان ۱۴۳۱ | شماره ۷۸۵\n"
     "بارگذاری سوخت در نیروگاه اتمی بوشهر روز گذشته با حضور علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کریینکو، مدیرکل روس‌اتم، آغاز شد و دو طرف پس از مراسم درباره زمان بهره‌برداری رسمی گفت‌وگو کردند. "
     "صالحی گفت نیروگاه دو ماه دیگر به شبکه سراسری برق متصل می‌شود. "
     "قرارداد تکمیل این نیروگاه در دی ۱۳۷۳ میان دو کشور امضا شده بود."),
     dates=[("یکشنبه ۳۱ مرداد ۸۹", "2010-08-22", "j"), ("۱۲ رمضان ۱۴۳۱", "2010-08-22", "h"), ("روز گذشته", "2010-08-21", "r"),
            ("دو ماه دیگر", None, "ignore"), ("دی ۱۳۷۳", "1994-12-22/1995-01-20", "j")],
     contacts=[C(KIR, SALE, "meet", "2010-08-21"),
               C(["Minatom", "Russian Ministry of Atomic Energy", RU], ["Atomic Energy Organization of Iran", "AEOI", IR],
                 "agreement", "1994-12-22/1995-01-20"),
               C(["Minatom", "Russian Ministry of Atomic Energy", RU], ["Atomic Energy Organization of Iran", "AEOI", IR],
                 "meet", "1994-12-22/1995-01-20", True)]),
dict(id="F08", pub="2011-12-25", text=(
     "یورونیوز فارسی | آخرین به‌روزرسانی: ۲۵/۱۲/۲۰۱۱ - ۱۴:۲۰\n"
     "ده‌ها هزار نفر روز شنبه در خیابان ساخاروف مسکو در اعتراض به نتایج انتخابات ۴ دسامبر دومای روسیه تظاهرات کردند. "
     "این بزرگ‌ترین اعتراض خیابانی در روسیه از دهه ۱۹۹۰ به این سو خوانده می‌شود. "
     "ولادیمیر پوتین، نخست‌وزیر، قرار است در انتخابات ریاست‌جمهوری ۴ مارس سال آینده میلادی نامزد شود."),
     dates=[("۲۵/۱۲/۲۰۱۱", "2011-12-25", "g"), ("روز شنبه", "2011-12-24", "r"), ("۴ دسامبر", "2011-12-04", "g"),
            ("دهه ۱۹۹۰", None, "ignore"), ("۴ مارس سال آینده میلادی", "2012-03-04", "g")],
     contacts=[]),
dict(id="F09", pub="2012-05-15", text=(
     "الف | تاریخ انتشار: سه‌شنبه ۲۶ اردیبهشت ۱۳۹۱ ساعت ۱۱:۰۵\n"
     "سعید جلیلی، دبیر شورای عالی امنیت ملی، روز دوشنبه در مسکو با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار و درباره دور جدید مذاکرات با گروه ۵+۱ گفت‌وگو کرد؛ این مذاکرات ۳ خرداد (۲۳ مه) در بغداد برگزار می‌شود. "
     "جلیلی عصر همان روز با سرگئی ریابکوف، معاون وزیر خارجه روسیه، نیز دیدار کرد."),
     dates=[("سه‌شنبه ۲۶ اردیبهشت ۱۳۹۱", "2012-05-15", "j"), ("روز دوشنبه", "2012-05-14", "r"), ("۳ خرداد", "2012-05-23", "j"),
            ("۲۳ مه", "2012-05-23", "g"), ("عصر همان روز", None, "ignore")],
     contacts=[C(PAT, JALI, "meet", "2012-05-14"), C(RYAB, JALI, "meet", "2012-05-14"),
               C([RYAB[0], RU], JALI, "meet", "2012-05-23", True)]),
dict(id="F10", pub="2013-06-16", text=(
     "خبرگزاری شبستان | یکشنبه ۲۶ خرداد ۱۳۹۲ | ۷ شعبان ۱۴۳۴ | کد خبر: ۲۷۸۴۱\n"
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز گذشته در پیامی پیروزی حجت‌الاسلام حسن روحانی در یازدهمین دوره انتخابات ریاست‌جمهوری را تبریک گفت و ابراز امیدواری کرد دو طرف در حاشیه اجلاس سران سازمان همکاری شانگهای در بیشکک، که شهریورماه برگزار می‌شود، دیدار کنند. "
     "نتایج رسمی انتخابات ۲۴ خرداد عصر شنبه از سوی وزارت کشور اعلام شد."),
     dates=[("یکشنبه ۲۶ خرداد ۱۳۹۲", "2013-06-16", "j"), ("۷ شعبان ۱۴۳۴", "2013-06-16", "h"), ("روز گذشته", "2013-06-15", "r"),
            ("شهریورماه", "2013-08-23/2013-09-22", "j"), ("۲۴ خرداد", "2013-06-14", "j"), ("عصر شنبه", "2013-06-15", "r")],
     contacts=[C(PUT, ROU, "message", "2013-06-15"), C(PUT, ROU, "meet", "2013-08-23/2013-09-22", True)]),
dict(id="F11", pub="2014-12-17", text=(
     "اقتصادنیوز | ۲۶ آذر ۱۳۹۳ - ۰۹:۴۰\n"
     "ارزش روبل روسیه روز سه‌شنبه ۱۶ دسامبر با وجود افزایش نرخ بهره بانک مرکزی این کشور به ۱۷ درصد، تا ۸۰ روبل در برابر هر دلار سقوط کرد؛ روزی که رسانه‌های روسی آن را «سه‌شنبه سیاه» نامیدند. "
     "به گفته فعالان بازار، این سقوط صادرات میوه و تره‌بار ایران به روسیه را که از مرداد امسال رو به افزایش بود، با مشکل روبه‌رو کرده است. "
     "قیمت نفت برنت نیز دیروز به کمتر از ۶۰ دلار رسید."),
     dates=[("۲۶ آذر ۱۳۹۳", "2014-12-17", "j"), ("روز سه‌شنبه ۱۶ دسامبر", "2014-12-16", "g"), ("سه‌شنبه سیاه", None, "ignore"),
            ("مرداد امسال", "2014-07-23/2014-08-22", "j"), ("دیروز", "2014-12-16", "r")],
     contacts=[]),
dict(id="F12", pub="2015-04-14", text=(
     "آژانس خبری پژواک | ۲۵ حمل ۱۳۹۴ | کابل\n"
     "سید حسین عالمی بلخی، وزیر امور مهاجرین، میگوید در دیدار روز یکشنبه خود با مقام‌های ایرانی در تهران توافق شد که اعتبار کارت‌های آمایش مهاجرین افغان تا اواخر سرطان تمدید شود. "
     "به گفته وی، از اول حمل سال روان تاکنون بیش از ۲۳ هزار مهاجر افغان از ایران اخراج شده‌اند. "
     "روسیه نیز هفته گذشته اعلام کرد که ۱۰ هزار میل سلاح خفیف به افغانستان کمک میکند."),
     dates=[("۲۵ حمل ۱۳۹۴", "2015-04-14", "j"), ("روز یکشنبه", "2015-04-12", "r"), ("اواخر سرطان", "2015-07-12/2015-07-22", "j"),
            ("اول حمل سال روان", "2015-03-21", "j"), ("هفته گذشته", "2015-04-04/2015-04-10", "r")],
     contacts=[]),
dict(id="F13", pub="2016-01-27", text=(
     "افکار نیوز | چهارشنبه ۷ بهمن ۹۴ - ۱۰:۱۲\n"
     "علی‌اکبر ولایتی، مشاور رهبر انقلاب در امور بین‌الملل، عصر دیروز در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام حضرت آیت‌الله خامنه‌ای را به وی تسلیم کرد. "
     "ولایتی صبح دیروز نیز با سرگئی لاوروف گفت‌وگو کرده بود. "
     "پوتین ۲ آذر برای شرکت در اجلاس سران مجمع کشورهای صادرکننده گاز به تهران سفر کرده و با رهبر انقلاب دیدار کرده بود."),
     dates=[("چهارشنبه ۷ بهمن ۹۴", "2016-01-27", "j"), ("عصر دیروز", "2016-01-26", "r"), ("صبح دیروز", "2016-01-26", "r"),
            ("۲ آذر", "2015-11-23", "j")],
     contacts=[C(PUT, VEL, "meet", "2016-01-26"), C([PUT, RU], [KHA, VEL[0], IR], "message", "2016-01-26"),
               C(LAV, VEL, "meet", "2016-01-26"), C(PUT, KHA, "meet", "2015-11-23")]),
dict(id="F14", pub="2016-12-11", text=(
     "شانا | یکشنبه ۲۱ آذر ۱۳۹۵ | کد خبر: ۲۶۸۴۱۰\n"
     "نشست مشترک وزیران نفت اوپک و ۱۱ تولیدکننده غیراوپک، از جمله روسیه، روز گذشته در وین با توافق برای کاهش روزانه ۵۵۸ هزار بشکه از تولید غیراوپک‌ها به کار خود پایان داد؛ بیژن نامدار زنگنه، وزیر نفت، و الکساندر نواک، وزیر انرژی روسیه، در این نشست حضور داشتند. "
     "توافق کاهش تولید از اول ژانویه ۲۰۱۷ به مدت شش ماه اجرا می‌شود؛ اعضای اوپک ۱۰ آذر در وین بر سر کاهش ۱.۲ میلیون بشکه‌ای به توافق رسیده بودند."),
     dates=[("یکشنبه ۲۱ آذر ۱۳۹۵", "2016-12-11", "j"), ("روز گذشته", "2016-12-10", "r"), ("اول ژانویه ۲۰۱۷", "2017-01-01", "g"),
            ("۱۰ آذر", "2016-11-30", "j")],
     contacts=[C(NOV, ZAN, "meet", "2016-12-10", True)]),
dict(id="F15", pub="2017-02-18", text=(
     "ورزش سه | شنبه ۳۰ بهمن ۱۳۹۵ - ۰۰:۲۵\n"
     "تیم ملی کشتی آزاد ایران شب گذشته در دیدار نهایی جام جهانی ۲۰۱۷ در کرمانشاه با نتیجه ۵ بر ۳ روسیه را شکست داد و برای پنجمین بار پیاپی قهرمان شد؛ حسن یزدانی در وزن ۸۶ کیلوگرم حریف روس خود را ۱۰ بر صفر مغلوب کرد. "
     "تیم ملی برای رقابت‌های قهرمانی آسیا که از ۱۰ تا ۱۴ اردیبهشت در دهلی‌نو برگزار می‌شود، آماده می‌شود."),
     dates=[("شنبه ۳۰ بهمن ۱۳۹۵", "2017-02-18", "j"), ("شب گذشته", "2017-02-17", "r"), ("جام جهانی ۲۰۱۷", None, "ignore"),
            ("از ۱۰ تا ۱۴ اردیبهشت", "2017-04-30/2017-05-04", "j")],
     contacts=[]),
dict(id="F16", pub="2018-09-08", text=(
     "دیدار روحانی و پوتین در حاشیه نشست سه‌جانبه تهران؛ بر سر ادلب توافق نشد\n"
     "روزنامه همدلی | شنبه ۱۷ شهریور ۱۳۹۷ | ۲۸ ذی‌الحجه ۱۴۳۹ | شماره ۹۵۶\n"
     "سرویس سیاسی\n"
     "تهران – سومین نشست سران ایران، روسیه و ترکیه درباره سوریه عصر دیروز جمعه با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در تهران برگزار شد و سه رئیس‌جمهور بیانیه‌ای دوازده‌ماده‌ای را امضا کردند.\n"
     "پوتین پیش از آغاز نشست سه‌جانبه در دیداری دوجانبه با روحانی درباره همکاری‌های اقتصادی و ادامه همکاری دو کشور پس از خروج آمریکا از برجام در ۱۸ اردیبهشت گفت‌وگو کرد.\n"
     "روحانی و اردوغان نیز جداگانه دیدار کردند.\n"
     "رئیس‌جمهور روسیه شامگاه دیروز تهران را به مقصد مسکو ترک کرد.\n"
     "نخستین نشست سران سه کشور ۱ آذر ۱۳۹۶ (۲۲ نوامبر ۲۰۱۷) در سوچی و دومین نشست ۴ آوریل امسال در آنکارا برگزار شده بود.\n"
     "آخرین سفر پوتین به تهران ۲ آذر ۱۳۹۴ برای اجلاس سران مجمع کشورهای صادرکننده گاز بود که در آن با رهبر انقلاب دیدار کرد.\n"
     "برچسب‌ها: روحانی، پوتین، اردوغان، ادلب، روند آستانه | مطلب مرتبط: ظریف در دمشق: نشست تهران درباره ادلب تصمیم می‌گیرد (۱۲ شهریور ۱۳۹۷)\n"
     "© ۱۳۹۷ روزنامه همدلی – کلیه حقوق محفوظ است."),
     dates=[("شنبه ۱۷ شهریور ۱۳۹۷", "2018-09-08", "j"), ("۲۸ ذی‌الحجه ۱۴۳۹", "2018-09-08", "h"),
            ("عصر دیروز جمعه", "2018-09-07", "r"), ("۱۸ اردیبهشت", "2018-05-08", "j"), ("شامگاه دیروز", "2018-09-07", "r"),
            ("۱ آذر ۱۳۹۶", "2017-11-22", "j"), ("۲۲ نوامبر ۲۰۱۷", "2017-11-22", "g"), ("۴ آوریل امسال", "2018-04-04", "g"),
            ("۲ آذر ۱۳۹۴", "2015-11-23", "j"), ("۱۲ شهریور ۱۳۹۷", "2018-09-03", "j"), ("© ۱۳۹۷", None, "ignore")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True),
               C(PUT, ROU, "meet", "2017-11-22"), C(PUT, ROU, "meet", "2018-04-04"), C(PUT, KHA, "meet", "2015-11-23")]),
dict(id="F17", pub="2019-06-15", text=(
     "جماران | شنبه ۲۵ خرداد ۱۳۹۸ | ساعت ۰۹:۴۵\n"
     "حسن روحانی که روز جمعه در بیشکک در حاشیه اجلاس سران سازمان همکاری شانگهای با ولادیمیر پوتین دیدار کرده بود، امروز برای شرکت در پنجمین اجلاس سیکا وارد دوشنبه، پایتخت تاجیکستان، شد. "
     "رئیس‌جمهور قرار است در حاشیه این اجلاس با امامعلی رحمان و رجب طیب اردوغان دیدار کند. "
     "پوتین و روحانی پیش‌تر ۱۷ آبان سال گذشته گفت‌وگوی تلفنی داشتند."),
     dates=[("شنبه ۲۵ خرداد ۱۳۹۸", "2019-06-15", "j"), ("روز جمعه", "2019-06-14", "r"), ("امروز", "2019-06-15", "r"),
            ("۱۷ آبان سال گذشته", "2018-11-08", "j")],
     contacts=[C(PUT, ROU, "meet", "2019-06-14"), C(PUT, ROU, "phone_call", "2018-11-08")]),
dict(id="F18", pub="2019-12-27", text=(
     "نورنیوز | جمعه ۶ دی ۱۳۹۸ | کد خبر: ۳۱۲۵۴\n"
     "رزمایش مشترک دریایی «کمربند امنیت دریایی» با حضور یگان‌هایی از نیروی دریایی ارتش و سپاه، ناوگان روسیه و یک ناوشکن چینی از امروز جمعه به مدت چهار روز در شمال اقیانوس هند و دریای عمان برگزار می‌شود. "
     "سخنگوی رزمایش گفت ناوهای روسی روز چهارشنبه وارد بندر چابهار شدند. "
     "این نخستین رزمایش سه‌جانبه نیروهای دریایی سه کشور پس از انقلاب اسلامی ۱۳۵۷ است."),
     dates=[("جمعه ۶ دی ۱۳۹۸", "2019-12-27", "j"), ("امروز جمعه", "2019-12-27", "r"), ("روز چهارشنبه", "2019-12-25", "r"),
            ("انقلاب اسلامی ۱۳۵۷", None, "ignore")],
     contacts=[]),
dict(id="F19", pub="2020-07-22", text=(
     "دیپلماسی ایرانی | چهارشنبه ۱ مرداد ۱۳۹۹\n"
     "محمدجواد ظریف که دیروز سه‌شنبه ۳۱ تیر در مسکو با سرگئی لاوروف دیدار کرد، پیام مکتوب حسن روحانی خطاب به ولادیمیر پوتین را به همتای روس خود تحویل داد. "
     "به گفته سخنگوی وزارت خارجه، این پیام درباره آینده برجام و پایان تحریم تسلیحاتی ایران در مهرماه است. "
     "ظریف امروز به تهران بازمی‌گردد."),
     dates=[("چهارشنبه ۱ مرداد ۱۳۹۹", "2020-07-22", "j"), ("دیروز سه‌شنبه ۳۱ تیر", "2020-07-21", "j"),
            ("مهرماه", "2020-09-22/2020-10-21", "j"), ("امروز", "2020-07-22", "r")],
     contacts=[C(LAV, ZAR, "meet", "2020-07-21"), C([PUT, LAV, RU], [ROU, ZAR, IR], "message", "2020-07-21")]),
dict(id="F20", pub="2021-02-06", text=(
     "خبرگزاری آنا | ۱۸ بهمن ۱۳۹۹ - ۱۱:۳۰ | کد خبر: ۵۶۲۳۱۸\n"
     "دومین محموله واکسن روسی اسپوتنیک وی بامداد امروز با پرواز ایران‌ایر از مسکو وارد فرودگاه امام خمینی شد. "
     "نخستین محموله این واکسن پنجشنبه ۱۶ بهمن به تهران رسیده بود و تزریق آن به کادر درمان از سه‌شنبه آینده آغاز می‌شود. "
     "به گفته سخنگوی وزارت بهداشت، شمار مبتلایان به کووید ۱۹ در ۲۴ ساعت گذشته ۷ هزار و ۱۰۶ نفر بوده است."),
     dates=[("۱۸ بهمن ۱۳۹۹", "2021-02-06", "j"), ("بامداد امروز", "2021-02-06", "r"), ("پنجشنبه ۱۶ بهمن", "2021-02-04", "j"),
            ("سه‌شنبه آینده", "2021-02-09", "r")],
     contacts=[]),
dict(id="F21", pub="2022-01-20", text=(
     "خبرگزاری صدا و سیما | ۳۰ دی ۱۴۰۰ - ۰۸:۵۵ | کد خبر: ۳۳۷۸۹۱۲\n"
     "آیت‌الله سید ابراهیم رئیسی که عصر دیروز چهارشنبه در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد، امروز در صحن دومای دولتی روسیه سخنرانی می‌کند و با ویاچسلاو ولودین، رئیس دوما، دیدار خواهد داشت. "
     "رئیسی پیش از سفر گفته بود تهران در انتظار نهایی شدن سند همکاری ۲۰ ساله دو کشور است. "
     "این نخستین سفر رئیسی به روسیه از زمان آغاز به کار دولت سیزدهم در ۱۲ مرداد است."),
     dates=[("۳۰ دی ۱۴۰۰", "2022-01-20", "j"), ("عصر دیروز چهارشنبه", "2022-01-19", "r"), ("امروز", "2022-01-20", "r"),
            ("۱۲ مرداد", "2021-08-03", "j")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(VOL, RAI, "meet", "2022-01-20")]),
dict(id="F22", pub="2022-02-26", text=(
     "خبر فوری | شنبه ۷ اسفند ۱۴۰۰ - ۱۰:۰۵\n"
     "قیمت سکه تمام بهار آزادی امروز در بازار تهران با ۲۰۰ هزار تومان افزایش به ۱۲ میلیون و ۹۰۰ هزار تومان رسید؛ فعالان بازار این افزایش را به حمله نظامی روسیه به اوکراین در بامداد پنجشنبه ۵ اسفند (۲۴ فوریه) نسبت می‌دهند. "
     "ابراهیم رئیسی همان روز در تماس تلفنی با ولادیمیر پوتین گفت امیدوار است آنچه رخ می‌دهد به نفع ملت‌ها و منطقه تمام شود. "
     "پیش‌بینی می‌شود نرخ دلار فردا یکشنبه نیز در کانال ۲۶ هزار تومان باقی بماند."),
     dates=[("شنبه ۷ اسفند ۱۴۰۰", "2022-02-26", "j"), ("امروز", "2022-02-26", "r"), ("بامداد پنجشنبه ۵ اسفند", "2022-02-24", "j"),
            ("۲۴ فوریه", "2022-02-24", "g"), ("همان روز", None, "ignore"), ("فردا یکشنبه", "2022-02-27", "r")],
     contacts=[C(PUT, RAI, "phone_call", "2022-02-24")]),
dict(id="F23", pub="2022-11-09", text=(
     "پاتروشف در تهران: همکاری امنیتی مسکو و تهران وارد مرحله تازه‌ای شده است\n"
     "مشرق نیوز | چهارشنبه ۱۸ آبان ۱۴۰۱ - ۱۵ ربیع‌الثانی ۱۴۴۴ | ۱۳:۱۰\n"
     "سرویس سیاسی – کد خبر ۱۴۸۲۹۶۷\n"
     "تهران – نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، صبح امروز در سفری اعلام‌نشده وارد تهران شد و در ساختمان دبیرخانه شورای عالی امنیت ملی با علی شمخانی دیدار و گفت‌وگو کرد.\n"
     "دو طرف در این دیدار دوساعته درباره همکاری‌های امنیتی و تحولات اوکراین گفت‌وگو کردند و قرار شد نخستین نشست کارشناسی دو شورا اواسط آذر در مسکو برگزار شود.\n"
     "پاتروشف قرار است عصر امروز با آیت‌الله سید ابراهیم رئیسی نیز دیدار کند.\n"
     "سخنگوی کرملین دیروز گزارش‌ها درباره دیدار پاتروشف با مقام‌های اسرائیلی در این سفر را «بی‌پایه» خواند.\n"
     "شمخانی و پاتروشف پیش‌تر ۴ خرداد ۱۴۰۱ (۲۵ مه ۲۰۲۲) در حاشیه دهمین نشست بین‌المللی مقامات عالی امنیتی در مسکو دیدار کرده بودند.\n"
     "سفر قبلی پاتروشف به تهران در آبان ۱۳۹۹ انجام شده بود.\n"
     "برچسب‌ها: نیکلای پاتروشف، علی شمخانی، شورای عالی امنیت ملی\n"
     "بیشتر بخوانید: شمخانی: همکاری با روسیه راهبردی است (۲۵ مهر ۱۴۰۱)"),
     dates=[("چهارشنبه ۱۸ آبان ۱۴۰۱", "2022-11-09", "j"), ("۱۵ ربیع‌الثانی ۱۴۴۴", "2022-11-09", "h"),
            ("صبح امروز", "2022-11-09", "r"), ("اواسط آذر", "2022-12-02/2022-12-11", "j"), ("عصر امروز", "2022-11-09", "r"),
            ("دیروز", "2022-11-08", "r"), ("۴ خرداد ۱۴۰۱", "2022-05-25", "j"), ("۲۵ مه ۲۰۲۲", "2022-05-25", "g"),
            ("آبان ۱۳۹۹", "2020-10-22/2020-11-20", "j"), ("۲۵ مهر ۱۴۰۱", "2022-10-17", "j")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-09"),
               C(["Security Council of Russia", RU], ["Supreme National Security Council", IR], "meet", "2022-12-02/2022-12-11"),
               C(PAT, SHAM, "meet", "2022-05-25"), C(PAT, IR, "meet", "2020-10-22/2020-11-20")]),
dict(id="F24", pub="2022-12-06", text=(
     "ایران اکونومیست | سه‌شنبه ۱۵ آذر ۱۴۰۱ - ۰۹:۲۰\n"
     "سقف قیمتی ۶۰ دلاری اتحادیه اروپا و گروه هفت برای نفت روسیه از دیروز دوشنبه ۱۴ آذر (۵ دسامبر) اجرایی شد و کارشناسان می‌گویند رقابت مسکو و تهران برای فروش نفت به پالایشگاه‌های مستقل چین شدیدتر خواهد شد. "
     "تخفیف نفت سنگین ایران برای خریداران چینی در ماه نوامبر به حدود ۱۰ دلار در هر بشکه رسیده است. "
     "قیمت نفت برنت امروز در معاملات آسیایی به ۸۲ دلار رسید."),
     dates=[("سه‌شنبه ۱۵ آذر ۱۴۰۱", "2022-12-06", "j"), ("دیروز دوشنبه ۱۴ آذر", "2022-12-05", "j"), ("۵ دسامبر", "2022-12-05", "g"),
            ("ماه نوامبر", "2022-11", "g"), ("امروز", "2022-12-06", "r")],
     contacts=[]),
dict(id="F25", pub="2023-05-18", text=(
     "جهان اقتصاد | پنجشنبه ۲۸ اردیبهشت ۱۴۰۲ | شماره ۴۱۲۷\n"
     "موافقت‌نامه ساخت راه‌آهن رشت–آستارا دیروز چهارشنبه در تهران با امضای مهرداد بازرپاش، وزیر راه و شهرسازی، و ویتالی ساولیف، وزیر حمل‌ونقل روسیه، نهایی شد و ابراهیم رئیسی و ولادیمیر پوتین مراسم را به‌صورت ویدئوکنفرانس دنبال کردند. "
     "بر اساس این موافقت‌نامه، روسیه ۱.۳ میلیارد یورو وام برای ساخت این خط ۱۶۲ کیلومتری اعطا می‌کند و عملیات اجرایی از سال ۱۴۰۳ آغاز می‌شود. "
     "ساولیف امروز پنجشنبه با محمد مخبر، معاون اول رئیس‌جمهور، دیدار خواهد کرد."),
     dates=[("پنجشنبه ۲۸ اردیبهشت ۱۴۰۲", "2023-05-18", "j"), ("دیروز چهارشنبه", "2023-05-17", "r"),
            ("سال ۱۴۰۳", "2024-03-20/2025-03-20", "j"), ("امروز پنجشنبه", "2023-05-18", "r")],
     contacts=[C(SAV + [PUT], BAZ + [RAI], "agreement", "2023-05-17"),
               C([PUT, SAV[0], RU], [RAI, BAZ[0], IR], "meet", "2023-05-17", True),
               C(SAV, ["Mohammad Mokhber", "First Vice President", IR], "meet", "2023-05-18")]),
dict(id="F26", pub="2023-05-28", text=(
     "سلام وطندار | یکشنبه ۷ جوزا ۱۴۰۲\n"
     "درگیری مرزی میان نیروهای طالبان و مرزبانان ایرانی روز شنبه در ولسوالی کنگ نیمروز دست‌کم سه کشته برجای گذاشت. "
     "سخنگوی وزارت داخله طالبان میگوید اوضاع اکنون تحت کنترل است و دو طرف دیروز شام گفتگو کردند. "
     "اختلاف بر سر حقابه هلمند پس از هشدار ابراهیم رئیسی در ۲۸ ثور شدت گرفته است."),
     dates=[("یکشنبه ۷ جوزا ۱۴۰۲", "2023-05-28", "j"), ("روز شنبه", "2023-05-27", "r"), ("دیروز شام", "2023-05-27", "r"),
            ("۲۸ ثور", "2023-05-18", "j")],
     contacts=[]),
dict(id="F27", pub="2023-08-25", text=(
     "صدای آمریکا | جمعه ۳ شهریور ۱۴۰۲\n"
     "گروه بریکس روز پنجشنبه در پایان اجلاس سران خود در ژوهانسبورگ که از ۳۱ مرداد تا ۲ شهریور برگزار شد، از ایران، عربستان سعودی، امارات، مصر، اتیوپی و آرژانتین برای عضویت از اول ژانویه ۲۰۲۴ دعوت کرد. "
     "ابراهیم رئیسی شخصاً در این اجلاس حضور داشت، اما ولادیمیر پوتین به دلیل حکم بازداشت دادگاه کیفری بین‌المللی به‌صورت ویدئویی شرکت کرد و سرگئی لاوروف هیئت روسیه را رهبری کرد. "
     "رئیسی در حاشیه اجلاس با شی جین‌پینگ و سیریل رامافوزا دیدار کرد."),
     dates=[("جمعه ۳ شهریور ۱۴۰۲", "2023-08-25", "j"), ("روز پنجشنبه", "2023-08-24", "r"),
            ("از ۳۱ مرداد تا ۲ شهریور", "2023-08-22/2023-08-24", "j"), ("اول ژانویه ۲۰۲۴", "2024-01-01", "g")],
     contacts=[C([PUT, LAV, RU], [RAI, IR], "meet", "2023-08-22/2023-08-24", True)]),
dict(id="F28", pub="2023-10-24", text=(
     "اسپوتنیک ایران | ۲۴.۱۰.۲۰۲۳ | ۱۱:۴۰\n"
     "سرگئی لاوروف، وزیر امور خارجه روسیه، که برای شرکت در دومین نشست سازوکار ۳+۳ قفقاز جنوبی به تهران سفر کرده است، دیروز دوشنبه ۱ آبان در حاشیه این نشست با حسین امیرعبداللهیان دیدار کرد. "
     "لاوروف امروز پیش از ترک تهران با ابراهیم رئیسی دیدار می‌کند. "
     "نشست نخست این سازوکار ۱۰ دسامبر ۲۰۲۱ در مسکو برگزار شده بود."),
     dates=[("۲۴.۱۰.۲۰۲۳", "2023-10-24", "g"), ("دیروز دوشنبه ۱ آبان", "2023-10-23", "j"), ("امروز", "2023-10-24", "r"),
            ("۱۰ دسامبر ۲۰۲۱", "2021-12-10", "g")],
     contacts=[C(LAV, AMI, "meet", "2023-10-23"), C(LAV, RAI, "meet", "2023-10-24"),
               C(LAV, AMI, "meet", "2021-12-10", True)]),
dict(id="F29", pub="2024-01-04", text=(
     "خبرگزاری حوزه | پنجشنبه ۱۴ دی ۱۴۰۲ | ۲۲ جمادی‌الثانی ۱۴۴۵\n"
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، شامگاه دیروز در پیامی به آیت‌الله خامنه‌ای و ابراهیم رئیسی، انفجارهای تروریستی کرمان در مراسم چهارمین سالگرد شهادت سردار سلیمانی را محکوم کرد و به ملت ایران تسلیت گفت. "
     "امروز در سراسر کشور عزای عمومی اعلام شده است. "
     "سردار قاسم سلیمانی ۱۳ دی ۱۳۹۸ در حمله پهپادی آمریکا در بغداد به شهادت رسید."),
     dates=[("پنجشنبه ۱۴ دی ۱۴۰۲", "2024-01-04", "j"), ("۲۲ جمادی‌الثانی ۱۴۴۵", "2024-01-04", "h"),
            ("شامگاه دیروز", "2024-01-03", "r"), ("امروز", "2024-01-04", "r"), ("۱۳ دی ۱۳۹۸", "2020-01-03", "j")],
     contacts=[C(PUT, [KHA, RAI, IR], "message", "2024-01-03")]),
dict(id="F30", pub="2024-05-23", text=(
     "ولودین در تهران: روسیه در کنار ملت ایران است\n"
     "روزنامه کارگزاران | پنجشنبه ۳ خرداد ۱۴۰۳ | ۱۵ ذی‌القعده ۱۴۴۵ ق | شماره ۴۲۱۵\n"
     "گروه سیاسی\n"
     "تهران – ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم تشییع آیت‌الله سید ابراهیم رئیسی و همراهانش به تهران آمده بود، دیروز چهارشنبه با محمد مخبر، سرپرست ریاست‌جمهوری، دیدار کرد و پیام تسلیت ولادیمیر پوتین را به وی ابلاغ کرد.\n"
     "ولودین در این دیدار گفت مسکو به همه توافق‌هایی که با دولت رئیسی به امضا رسیده پایبند است.\n"
     "رئیس دوما همچنین عصر دیروز در حاشیه مراسم با محمدباقر قالیباف گفت‌وگو کرد.\n"
     "پوتین ۳۱ اردیبهشت در تماس تلفنی با مخبر درگذشت رئیسی را تسلیت گفته بود.\n"
     "آخرین دیدار رئیسی و پوتین ۱۶ آذر ۱۴۰۲ (۷ دسامبر ۲۰۲۳) در کاخ کرملین برگزار شده بود.\n"
     "پوتین نیز ۲۸ تیر ۱۴۰۱ برای نشست سران روند آستانه به تهران آمده بود و با رئیسی و رهبر انقلاب دیدار کرد.\n"
     "برچسب‌ها: ولودین، مخبر، دومای روسیه، تشییع رئیسی\n"
     "مطلب مرتبط: اعلام پنج روز عزای عمومی در کشور (۳۱ اردیبهشت ۱۴۰۳)"),
     dates=[("پنجشنبه ۳ خرداد ۱۴۰۳", "2024-05-23", "j"), ("۱۵ ذی‌القعده ۱۴۴۵ ق", "2024-05-23", "h"),
            ("دیروز چهارشنبه", "2024-05-22", "r"), ("عصر دیروز", "2024-05-22", "r"), ("۳۱ اردیبهشت", "2024-05-20", "j"),
            ("۱۶ آذر ۱۴۰۲", "2023-12-07", "j"), ("۷ دسامبر ۲۰۲۳", "2023-12-07", "g"), ("۲۸ تیر ۱۴۰۱", "2022-07-19", "j"),
            ("۳۱ اردیبهشت ۱۴۰۳", "2024-05-20", "j")],
     contacts=[C(VOL, MOK, "meet", "2024-05-22"), C([PUT, RU], MOK, "message", "2024-05-22"), C(VOL, GHA, "meet", "2024-05-22"),
               C(PUT, MOK, "phone_call", "2024-05-20"), C(PUT, RAI, "meet", "2023-12-07"), C(PUT, RAI, "meet", "2022-07-19"),
               C(PUT, KHA, "meet", "2022-07-19")]),
dict(id="F31", pub="2024-11-05", text=(
     "دیجیاتو | سه‌شنبه ۱۵ آبان ۱۴۰۳ - ۱۲:۴۰\n"
     "ماهواره‌های کوثر و هدهد، ساخت بخش خصوصی ایران، امروز سه‌شنبه با موشک سایوز از پایگاه فضایی وستوچنی روسیه به مدار ۵۰۰ کیلومتری زمین پرتاب شدند. "
     "پیش از این ماهواره خیام ۱۸ مرداد ۱۴۰۱ (۹ اوت ۲۰۲۲) و ماهواره پارس ۱ در ۱۰ اسفند ۱۴۰۲ با موشک‌های روسی به فضا رفته بودند. "
     "نخستین سیگنال‌های کوثر قرار است عصر امروز در ایستگاه زمینی دریافت شود."),
     dates=[("سه‌شنبه ۱۵ آبان ۱۴۰۳", "2024-11-05", "j"), ("امروز سه‌شنبه", "2024-11-05", "r"), ("۱۸ مرداد ۱۴۰۱", "2022-08-09", "j"),
            ("۹ اوت ۲۰۲۲", "2022-08-09", "g"), ("۱۰ اسفند ۱۴۰۲", "2024-02-29", "j"), ("عصر امروز", "2024-11-05", "r")],
     contacts=[]),
dict(id="F32", pub="2024-12-17", text=(
     "روزنامه ایران | سه‌شنبه ۲۷ آذر ۱۴۰۳ | شماره ۸۶۴۵\n"
     "هجدهمین اجلاس کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه دیروز با ریاست محسن پاک‌نژاد، وزیر نفت، و سرگئی تسیویلف، وزیر انرژی روسیه، در تهران آغاز شد و امروز با امضای هشت سند همکاری به کار خود پایان می‌دهد. "
     "تسیویلف عصر دیروز با مسعود پزشکیان دیدار کرد. "
     "اجلاس بعدی کمیسیون نیمه دوم سال ۲۰۲۵ میلادی در مسکو برگزار می‌شود."),
     dates=[("سه‌شنبه ۲۷ آذر ۱۴۰۳", "2024-12-17", "j"), ("دیروز", "2024-12-16", "r"), ("امروز", "2024-12-17", "r"),
            ("عصر دیروز", "2024-12-16", "r"), ("نیمه دوم سال ۲۰۲۵ میلادی", "2025-07-01/2025-12-31", "g")],
     contacts=[C(TSI, PAK, "meet", "2024-12-16", True), C(TSI, PAK, "agreement", "2024-12-17"), C(TSI, PEZ, "meet", "2024-12-16"),
               C(TSI, PAK, "meet", "2025-07-01/2025-12-31", True)]),
dict(id="F33", pub="2025-01-18", text=(
     "ایران‌وایر | شنبه ۲۹ دی ۱۴۰۳\n"
     "مسعود پزشکیان و ولادیمیر پوتین روز جمعه پس از دیداری سه‌ساعته در کاخ کرملین، «پیمان مشارکت راهبردی جامع» ۴۷ ماده‌ای را امضا کردند. "
     "این پیمان جایگزین معاهده‌ای می‌شود که ۲۲ اسفند ۱۳۷۹ (۱۲ مارس ۲۰۰۱) به امضای محمد خاتمی و پوتین رسیده بود. "
     "برخلاف پیمان روسیه با کره شمالی در ۱۹ ژوئن ۲۰۲۴، این سند بند دفاع متقابل ندارد."),
     dates=[("شنبه ۲۹ دی ۱۴۰۳", "2025-01-18", "j"), ("روز جمعه", "2025-01-17", "r"), ("۲۲ اسفند ۱۳۷۹", "2001-03-12", "j"),
            ("۱۲ مارس ۲۰۰۱", "2001-03-12", "g"), ("۱۹ ژوئن ۲۰۲۴", "2024-06-19", "g")],
     contacts=[C(PUT, PEZ, "meet", "2025-01-17"), C(PUT, PEZ, "agreement", "2025-01-17"),
               C(PUT, KHT, "agreement", "2001-03-12"), C(PUT, KHT, "meet", "2001-03-12", True)]),
dict(id="F34", pub="2025-06-23", text=(
     "کیهان لندن | دوشنبه ۲ تیر ۱۴۰۴ - ۲۳ ژوئن ۲۰۲۵\n"
     "عباس عراقچی، وزیر امور خارجه، صبح امروز وارد مسکو شد و قرار است ساعاتی بعد در کاخ کرملین با ولادیمیر پوتین دیدار کند. "
     "عراقچی پیش از ترک استانبول گفته بود پس از حمله بامداد یکشنبه آمریکا به تأسیسات فردو، نطنز و اصفهان «مشورت‌های جدی» با مسکو خواهد داشت. "
     "درگیری نظامی ایران و اسرائیل از بامداد جمعه ۲۳ خرداد آغاز شده است."),
     dates=[("دوشنبه ۲ تیر ۱۴۰۴", "2025-06-23", "j"), ("۲۳ ژوئن ۲۰۲۵", "2025-06-23", "g"), ("صبح امروز", "2025-06-23", "r"),
            ("ساعاتی بعد", None, "ignore"), ("بامداد یکشنبه", "2025-06-22", "r"), ("بامداد جمعه ۲۳ خرداد", "2025-06-13", "j")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23")]),
dict(id="F35", pub="2025-07-20", text=(
     "روزنامه اطلاعات روز | ۲۹ سرطان ۱۴۰۴\n"
     "کمیساریای عالی سازمان ملل در امور پناهندگان میگوید از اول جدی سال گذشته تا کنون بیش از یک میلیون و ۴۰۰ هزار مهاجر افغان از ایران بازگشت داده شده‌اند. "
     "به گفته این نهاد، تنها در هفته گذشته روزانه حدود ۳۰ هزار نفر از گذرگاه اسلام‌قلعه وارد کشور شده‌اند. "
     "وزارت کشور ایران پیشتر مهلت ترک خاک این کشور برای مهاجران فاقد مدرک را ۱۶ سرطان اعلام کرده بود."),
     dates=[("۲۹ سرطان ۱۴۰۴", "2025-07-20", "j"), ("اول جدی سال گذشته", "2024-12-21", "j"),
            ("هفته گذشته", "2025-07-12/2025-07-18", "r"), ("۱۶ سرطان", "2025-07-07", "j")],
     contacts=[]),
dict(id="F36", pub="2025-12-13", text=(
     "آخرین خبر | شنبه ۲۲ آذر ۱۴۰۴ - ۰۸:۳۰\n"
     "مسعود پزشکیان و ولادیمیر پوتین روز جمعه در عشق‌آباد و در حاشیه همایش بین‌المللی سی‌امین سالگرد بی‌طرفی ترکمنستان دیدار و درباره اجرای پیمان مشارکت راهبردی جامع گفت‌وگو کردند. "
     "دو رئیس‌جمهور پیش‌تر ۱۰ شهریور در تیانجین و در حاشیه اجلاس سازمان همکاری شانگهای دیدار کرده بودند. "
     "پوتین گفت منتظر سفر پزشکیان به مسکو در بهار سال آینده است."),
     dates=[("شنبه ۲۲ آذر ۱۴۰۴", "2025-12-13", "j"), ("روز جمعه", "2025-12-12", "r"), ("۱۰ شهریور", "2025-09-01", "j"),
            ("بهار سال آینده", "2026-03-21/2026-06-21", "r")],
     contacts=[C(PUT, PEZ, "meet", "2025-12-12"), C(PUT, PEZ, "meet", "2025-09-01"),
               C(PUT, PEZ, "meet", "2026-03-21/2026-06-21", True)]),
dict(id="F37", pub="2026-02-16", text=(
     "رویداد۲۴ | دوشنبه ۲۷ بهمن ۱۴۰۴ - ۱۱:۱۵\n"
     "سرگئی لاوروف و عباس عراقچی شامگاه یکشنبه در تماس تلفنی درباره دور تازه مذاکرات هسته‌ای و تحولات قفقاز گفت‌وگو کردند. "
     "به گفته وزارت خارجه روسیه، عراقچی هفته آینده برای رایزنی با مقام‌های روس به مسکو سفر می‌کند. "
     "سخنگوی وزارت امور خارجه ایران گزارش‌ها درباره گفت‌وگوی تلفنی پزشکیان و پوتین در روز جمعه را تکذیب کرد."),
     dates=[("دوشنبه ۲۷ بهمن ۱۴۰۴", "2026-02-16", "j"), ("شامگاه یکشنبه", "2026-02-15", "r"),
            ("هفته آینده", "2026-02-21/2026-02-27", "r"), ("روز جمعه", "2026-02-13", "r")],
     contacts=[C(LAV, ARA, "phone_call", "2026-02-15"), C([LAV, "Russian Foreign Ministry", RU], ARA, "meet", "2026-02-21/2026-02-27")]),
dict(id="F38", pub="2026-03-17", text=(
     "همگردی | ۲۶ اسفند ۱۴۰۴\n"
     "پیش‌بینی می‌شود در تعطیلات نوروز ۱۴۰۵ بیش از ۱۲ هزار گردشگر روس با پروازهای چارتر مسکو–کیش و مسکو–شیراز به ایران سفر کنند. "
     "سفر گروهی شهروندان روس به ایران از ۱۵ اردیبهشت ۱۴۰۲ بدون روادید انجام می‌شود. "
     "نخستین پرواز چارتر نوروزی جمعه ۲۹ اسفند در فرودگاه کیش به زمین می‌نشیند."),
     dates=[("۲۶ اسفند ۱۴۰۴", "2026-03-17", "j"), ("نوروز ۱۴۰۵", "2026-03-21", "j"), ("۱۵ اردیبهشت ۱۴۰۲", "2023-05-05", "j"),
            ("جمعه ۲۹ اسفند", "2026-03-20", "j")],
     contacts=[]),
dict(id="F39", pub="2026-04-21", text=(
     "لیخاچف در تهران: ساخت نیروگاه‌های هرمز امسال آغاز می‌شود\n"
     "انرژی پرس | سه‌شنبه ۱ اردیبهشت ۱۴۰۵ | ۴ ذی‌القعده ۱۴۴۷ | ساعت ۰۹:۵۰\n"
     "کد خبر: ۴۶۱۲۸۹ | سرویس انرژی هسته‌ای\n"
     "تهران – الکسی لیخاچف، مدیرکل شرکت دولتی روس‌اتم، که از روز یکشنبه در تهران به سر می‌برد، صبح دیروز با محمد اسلامی، رئیس سازمان انرژی اتمی، دیدار و گفت‌وگو کرد.\n"
     "دو طرف در این دیدار برنامه زمانی ساخت چهار واحد نیروگاه هسته‌ای هرمز در سیریک را بررسی کردند و قرار شد کارگاه ساخت از اواخر خرداد امسال تجهیز شود.\n"
     "لیخاچف امروز در بوشهر از روند ساخت واحدهای دوم و سوم نیروگاه بازدید می‌کند و فردا چهارشنبه با مسعود پزشکیان دیدار خواهد کرد.\n"
     "قرارداد ۲۵ میلیارد دلاری ساخت نیروگاه‌های هرمز ۴ مهر ۱۴۰۴ (۲۶ سپتامبر ۲۰۲۵) در مسکو میان شرکت ایران هرمز و روس‌اتم امضا شده بود.\n"
     "نیروگاه بوشهر ۲۱ شهریور ۱۳۹۰ (۱۲ سپتامبر ۲۰۱۱) با حضور سرگئی شماتکو، وزیر انرژی روسیه، و فریدون عباسی، رئیس سازمان انرژی اتمی، رسماً افتتاح شد.\n"
     "برچسب‌ها: روس‌اتم، نیروگاه هرمز، سازمان انرژی اتمی، بوشهر\n"
     "مطلب مرتبط: بازدید هیئت آژانس از نیروگاه بوشهر (۱۸ فروردین ۱۴۰۵)\n"
     "© ۲۰۲۶ انرژی پرس – کلیه حقوق محفوظ است."),
     dates=[("امسال", "2026-03-21/2027-03-20", "r"), ("سه‌شنبه ۱ اردیبهشت ۱۴۰۵", "2026-04-21", "j"),
            ("۴ ذی‌القعده ۱۴۴۷", "2026-04-21", "h"), ("روز یکشنبه", "2026-04-19", "r"), ("صبح دیروز", "2026-04-20", "r"),
            ("اواخر خرداد امسال", "2026-06-11/2026-06-21", "j"), ("امروز", "2026-04-21", "r"),
            ("فردا چهارشنبه", "2026-04-22", "r"), ("۴ مهر ۱۴۰۴", "2025-09-26", "j"), ("۲۶ سپتامبر ۲۰۲۵", "2025-09-26", "g"),
            ("۲۱ شهریور ۱۳۹۰", "2011-09-12", "j"), ("۱۲ سپتامبر ۲۰۱۱", "2011-09-12", "g"), ("۱۸ فروردین ۱۴۰۵", "2026-04-07", "j"),
            ("© ۲۰۲۶", None, "ignore")],
     contacts=[C(LIK, ESL, "meet", "2026-04-20"), C(LIK, PEZ, "meet", "2026-04-22"),
               C(LIK, ["Iran Hormoz", "Iran Hormoz Company", ESL[0], "Atomic Energy Organization of Iran", IR], "agreement", "2025-09-26"),
               C(LIK, ["Iran Hormoz", "Iran Hormoz Company", IR], "meet", "2025-09-26", True),
               C(SHMA, ABB, "meet", "2011-09-12")]),
dict(id="F40", pub="2026-05-26", text=(
     "شفقنا | سه‌شنبه ۵ خرداد ۱۴۰۵ - ۹ ذی‌الحجه ۱۴۴۷\n"
     "بیش از ۸۵ هزار زائر ایرانی امروز همزمان با روز عرفه در صحرای عرفات حضور یافتند. "
     "به گفته رئیس سازمان حج و زیارت، عید قربان فردا چهارشنبه در عربستان و ایران جشن گرفته می‌شود. "
     "بازگشت نخستین گروه از حجاج به کشور از ۱۵ خرداد آغاز می‌شود."),
     dates=[("سه‌شنبه ۵ خرداد ۱۴۰۵", "2026-05-26", "j"), ("۹ ذی‌الحجه ۱۴۴۷", "2026-05-26", "h"), ("امروز", "2026-05-26", "r"),
            ("روز عرفه", None, "ignore"), ("عید قربان", None, "ignore"), ("فردا چهارشنبه", "2026-05-27", "r"),
            ("۱۵ خرداد", "2026-06-05", "j")],
     contacts=[]),
]
