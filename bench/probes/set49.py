# Held-out probe set 49: PERSIAN news, 36 SNIPPETS of 1–3 sentences (most opening with a header line) and 4 WHOLE ARTICLES
# of 11 lines (F13, F21, F32, F38: headline, header date line, news code / service line, dateline + body, background lines
# recalling older dated contacts or events, tags / a related link / a copyright line), hand-annotated; 40 cases, F01–F40,
# publication dates 2005–2026 (one a year 2005–2021, five a year 2022–2024, four a year 2025–2026, ids in date order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set45 and set47.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes and several dates and meetings are
# invented) in the style of outlets not named in the set45/47 headers: Iran newspaper (F01, «شماره ۳۱۲۸ - دوشنبه ۲۶
# اردیبهشت ۱۳۸۴», «دیشب», «از ۱۲ اردیبهشت», «اوایل خردادماه», «دو روزه»; F38, whole article: headline «در آستانه ۲۲ بهمن»,
# «شماره ۸۹۷۲ | سه‌شنبه ۲۱ بهمن ۱۴۰۴ | ۲۲ شعبان ۱۴۴۷», «۲۲ بهمن، سالروز پیروزی انقلاب اسلامی»، «دیروز دوشنبه», «۲۸ دی
# ۱۴۰۳», «۱۰ مهر امسال (۲ اکتبر ۲۰۲۵)», «ماه آینده», «۲۲ خرداد گذشته (۱۲ ژوئن)، روز ملی روسیه», «۲۲ بهمن» in the tags,
# «© ۱۴۰۴»), Aftab-e Yazd (F02, spaced «سه شنبه ۱۳ دی ۱۳۸۴», «بامداد یکشنبه ۱۱ دی (اول ژانویه)», «دیروز» and «روز
# گذشته», «تبریز-آنکارا»), Jomhouri Eslami (F03, «سال بیست و نهم - شماره ۸۲۱۴ - چهارشنبه ۲۵ مهر ۱۳۸۶ - ۵ شوال ۱۴۲۸», «۲۵
# ماده‌ای», «آذر ۱۳۲۲»), VOA Persian (F04, «سه‌شنبه ۲۲ مرداد ۱۳۸۷ - ۱۲ اوت ۲۰۰۸», «شامگاه پنجشنبه ۷ اوت», «عصر امروز»,
# «شش‌ماده‌ای»), Gooya News (F05, «سه‌شنبه ۱۷ آذر ۱۳۸۸ - ۸ دسامبر ۲۰۰۹», «یکشنبه‌شب», «روز دوشنبه ۱۶ آذر»), Radio Zamaneh
# (F06, «پنجشنبه ۱ مهر ۱۳۸۹», spaced «اس ۳۰۰», «قطعنامه ۱۹۲۹», «۱۹ خرداد (۹ ژوئن)», «۱۲ رأی», «ظرف دو سال»), Etemad (F07,
# «شماره ۲۱۰۴ | سه‌شنبه ۲۵ مرداد ۱۳۹۰», «۲۲ تیرماه», a bare future «پنجشنبه»; Etemad Online F36, «۱۸ آذر ۱۴۰۴ - ۱۱:۲۵»,
# «هفته آینده» of a denied trip, «شامگاه یکشنبه», «اواخر ماه آینده میلادی»), IRIB News (F08, «۱۵ مرداد ۱۳۹۱ - ۲۳:۴۰ | کد
# خبر», «امشب», «المپیک ۲۰۱۲ لندن», «۵۵ کیلوگرم», «۲ بر ۰», «سه‌شنبه ۱۷ مرداد»; F37, «عصر دیروز دوشنبه», «امنیت دریایی
# ۱۴۰۵», «اوایل بهمن‌ماه», «۱۲ شهریور گذشته»), Irdiplomacy (F09, bare «۲۱ آذر ۱۳۹۲», «ظهر امروز پنجشنبه», «بامداد یکشنبه ۳
# آذر (۲۴ نوامبر)», «۱+۵», «سال ۲۰۱۴»), Aftab News (F10, «کد خبر … تاریخ انتشار: ۲۶ اسفند ۱۳۹۲ - ۱۱:۲۰», «روز یکشنبه»,
# «شامگاه یکشنبه», «۹۶.۷ درصد», «۱۱ مارس»), Gilan-e Emrooz (F11, Rasht daily: «صبح دیروز», «در سال ۱۳۹۶», «۱۸۰ هزار تن»,
# «تا پنجشنبه»), Eghtesad News (F12, «پنجشنبه ۰۸ مهر ۱۳۹۵» with a leading zero, «عصر چهارشنبه» / «صبح چهارشنبه», the number
# range «۳۲.۵ تا ۳۳ میلیون بشکه», «۳۰ نوامبر»), Mashregh (F13, whole article: «تاریخ انتشار: پنجشنبه ۱۱ آبان ۱۳۹۶ -
# ۰۸:۴۵», «عصر دیروز چهارشنبه», «شامگاه دیروز», «۱۸ مرداد ۱۳۹۵ (۸ اوت ۲۰۱۶)», «سال آینده», «بامداد امروز», «آذر ۱۳۹۴», «۱
# آذر» in a related link, «© ۲۰۱۷»), Siasat-e Rooz (F14, «پریروز جمعه»), Pajhwok (F15, Dari dateline «مسکو (پژواک، ۱۶ دلو
# ۱۳۹۷):», «ماه حوت», «دوروزه», «دور دوم»), Jamaran (F16, «سه شنبه ۲۷ خرداد ۱۳۹۹ ساعت ۱۶:۰۵», «کرونا», «قطعنامه ۲۲۳۱», «۲۷
# مهر», «از دیروز»), Etilaatroz (F17, Dari: «۲۵ اسد ۱۴۰۰», «فردا سه‌شنبه», «روز یکشنبه ۲۴ اسد», «۹۰ فیصد»), Bultan News
# (F18, «۰۱ بهمن ۱۴۰۰», «کمربند امنیت دریایی ۲۰۲۲», «امروز جمعه», «فردا شنبه», «سه روز», «دی‌ماه ۱۳۹۸»), RFI Persian (F19,
# Latin «15/03/2022 - 18:40», «روز سه‌شنبه ۲۴ اسفند», «روز شنبه ۵ مارس», «از اواخر بهمن»), president.ir (F20, «۲۹ دی‌ماه
# گذشته», «عصر دیروز چهارشنبه», «شامگاه دیروز»), Tehran Emrooz (F21, whole article: «شماره ۴۶۲۱ | سه‌شنبه ۲۴ آبان ۱۴۰۱»,
# «از شامگاه یکشنبه», «دیروز دوشنبه», «صبح امروز», «فردا چهارشنبه», «پنجشنبه ۲۶ آبان», «مهرماه ۱۳۹۵», «بهار ۱۴۰۲», «۱۲
# شهریور» in a related link, the outlet name «تهران امروز», «۱۴۰۱ ©», «دوساله»), Varzesh3 (F22, «چهارشنبه ۹ آذر ۱۴۰۱ -
# ۰۰:۵۰», «شب گذشته», «جام جهانی ۲۰۲۲ قطر», «دقیقه ۳۸», «۳ امتیاز», «۲۸ فوریه ۲۰۲۲»), Otaghiran / ICCIMA news (F23, «۱۹
# بهمن ۱۴۰۱ | ۱۴:۱۰», «پریروز دوشنبه», the name «بهمن اسماعیلی», «اواسط اسفند»), Salam Watandar (F24, Dari: «۲۶ حمل ۱۴۰۲»,
# «روز پنجشنبه، ۲۴ حمل», «روز جمعه», «گفتگو»), Dana (F25, «۱۴۰۲/۰۵/۰۹ ۱۰:۲۰», «دیروز یکشنبه ۸ مرداد», «روز نیروی دریایی
# روسیه», «ناوگروه ۸۶», «ماه آینده»), Iran Economist (F26, «شش ماه نخست امسال», «مدت مشابه پارسال», «اواخر آبان», «۱.۵
# میلیون تن», «۳۸ درصد»), Mazandnume (F27, «صبح امروز», «تا پایان سال», «هفته آینده»), Nour News (F28, «۱۴۰۲/۱۰/۱۴ - ۰۹:۱۰»,
# «شامگاه چهارشنبه», «روز چهارشنبه», «ظهر چهارشنبه ۱۳ دی», «سالگرد شهادت سردار سلیمانی», «۹۵ نفر»), Iran Emrooz (F29,
# diaspora, Latin «iran-emrooz.net | Tue, 02.04.2024, 19:05», «روز دوشنبه ۱۳ فروردین», «ساعت ۱۶»), ANA (F30, «بامداد امروز
# چهارشنبه», «ساعاتی بعد», «از ژوئیه ۲۰۰۰»), Alef (F31, time-first «تاریخ انتشار : ۲۱:۰۵ ۱۴۰۳/۰۶/۲۱», «چهاردهمین», «از
# دیروز», «فردا پنجشنبه»), Shana (F32, whole article: «۱۴۰۳/۰۹/۲۷ ۱۸:۴۲», «صبح امروز سه‌شنبه», «عصر امروز», «دیروز
# دوشنبه», «از ژانویه ۲۰۲۵», the pair «۲۸ و ۲۹ شهریور ۱۴۰۱», «هفته آینده», «فردا چهارشنبه», «۱۲ مهر» in a related link),
# IANA agriculture news (F33, «روز گذشته», «پنج‌ساله», «تا سال ۲۰۳۰», «اواسط اسفند»), TRT Persian (F34, Latin «15.06.2025
# 10:42», «روز شنبه», «بامداد جمعه ۲۳ خرداد», «روز جمعه», «۵۰ دقیقه»), Khabarfori (F35, «روز یکشنبه», «۲ تیر»), Bazaar news
# agency (F39, «ماه آوریل», «۷۲ دلار و ۴۰ سنت», «۴۱۱ هزار بشکه‌ای») and Rouydad24 (F40, «سه شنبه ۲۵ فروردین ۱۴۰۵ - ۲۶ شوال
# ۱۴۴۷ ق», the outlet «رویداد۲۴», «به نقل از مهر», «واحدهای ۲ و ۳», «از پریروز یکشنبه», «فردا», «بیست و یکم اردیبهشت‌ماه»).
# Contacts (26 cases with at least one required row): foreign ministers (Kharrazi / Lavrov call «دیشب» 2005 and Lavrov's
# visit «اوایل خردادماه»; Zarif / Lavrov in Moscow 2013 with the Geneva deal and Putin's invitation for 2014, 2020 with
# Rouhani's letter to Putin handed to Lavrov; Amir-Abdollahian / Lavrov in Moscow 2022, in Tehran 2022 with Lavrov / Raisi
# and Raisi's January visit recalled, the Kerman call 2024; Araghchi / Lavrov planned «ماه آینده» 2026), presidents and the
# Leader (Putin / Khamenei and Ahmadinejad at the Tehran Caspian summit 2007; Putin / Khamenei and Rouhani 2017 with six
# documents, the 2016 Baku trilateral, his Azar 1394 visit and the Sochi trilateral in a related link; Putin / Rouhani at
# the Tehran Astana-format summit 2018; Putin's Kerman condolences to Raisi 2024; Putin's 22 Bahman message to Pezeshkian
# via ambassador Dedov and Takht-Ravanchi 2026, the 2025 treaty recalled, Pezeshkian's Russia Day message), the Leader's
# adviser (Larijani / Putin with Khamenei's message 2025, Araghchi / Putin «۲ تیر» recalled), parliament (Larijani /
# Gryzlov and Lavrov «فردا» 2009), security councils (Jalili / Patrushev and Lavrov 2011; Ahmadian / Shoigu at the BRICS
# security meeting and Putin «فردا پنجشنبه» 2024), chiefs of staff (Mousavi / Gerasimov call 2026, a General Staff team
# «اوایل بهمن‌ماه», the Shahrivar call recalled), navies (Irani / Yevmenov at Navy Day 2023, an expert meeting «ماه
# آینده»), governors and mayors (Astrakhan / Gilan MoU 2015; Astrakhan / Mazandaran 2023 with a port delegation «هفته
# آینده»; Zakani / Sobyanin MoU, Moscow Metro, the Moscow City Duma, Ghalibaf's 1395 visit, the Tehran council 2022),
# envoys (Kabulov / Kazemi Qomi at Samarkand 2023), ministers and agencies (Zanganeh / Novak at Algiers 2016; Paknejad /
# Tsivilev joint commission 2024 with Pezeshkian, the 17th commission, Gazprom «هفته آینده», a call in a related link;
# Nouri / Lut 2025 with a visit «اواسط اسفند»; Eslami / Likhachev addendum at Bushehr 2026 and Pezeshkian «فردا»),
# chambers of commerce (Shafei / Katyrin MoU 2023 and a council session «اواسط اسفند»), companies (GTC / United Grain
# Company wheat contract 2023).
# General news naming Russia or Iran with NO Russia–Iran contact (14): F02, F04, F06, F08, F10, F15, F17, F18, F22, F29,
# F30, F34, F36, F39.  Traps: third-country contacts (Gazprom–Ukraine F02; Sarkozy–Medvedev F04; Obama–Putin F10;
# Novak–Falih F12; Erdogan–Rouhani F14; the Moscow intra-Afghan talks F15; Zhirnov–Taliban F17; Muttaqi–Kabulov F24;
# Putin–Kim treaty F30; Putin–Trump and Putin–Netanyahu calls F34; Araghchi–Wang Yi F36; Novak–Abdulaziz F39), statements
# (F02, F04, F10, F17, F29, F30, F36), a unilateral decree (F06), joint naval drills (F18), a sports match (F08, F22), a
# UNSC request (F29), a denied Araghchi trip to Moscow (F36), oil and coin prices (F39), wheat import figures (F26); counts,
# money, percentages, durations («دو روزه», «۹۵ میلیون مترمکعب», «۲۵ ماده‌ای», «شش‌ماده‌ای», «۲۰۴ نفر», «۱۲ رأی», «ظرف دو
# سال», «۵۵ کیلوگرم», «۹۶.۷ درصد», «۱۸۰ هزار تن», «۳۲.۵ تا ۳۳ میلیون بشکه», «دوروزه», «۹۰ فیصد», «سه روز», «۱۷ هزار
# کیلومتر مربع», «دوساله», «دقیقه ۳۸», «۳ امتیاز», «۵ میلیارد دلار», «۱.۵ میلیون تن», «۳۸ درصد», «۹۵ نفر», «هفت عضو»,
# «۲ میلیارد مترمکعب», «پنج‌ساله», «۳ میلیارد دلار», «۵۰ دقیقه», «کمتر از یک ماه», «۷۲ دلار و ۴۰ سنت», «۴۱۱ هزار
# بشکه‌ای», «۲۴ هزار واحد»), scores («۲ بر ۰»), clock times (header times, «ساعت ۱۶»), issue numbers, news codes, the
# volume «سال بیست و نهم» (F03), «اس ۳۰۰», «۱+۵», «قطعنامه ۱۹۲۹», «قطعنامه ۲۲۳۱», «ناوگروه ۸۶», «گروه B», «واحدهای ۲ و
# ۳», ordinals («دومین», «سومین», «یک‌چهارم», «دور دوم», «چهاردهمین», «هجدهم», «هفدهم», «بیست و نهم»), outlet names
# («تهران امروز», «رویداد۲۴», «مهر», «iran-emrooz.net»), the name «بهمن اسماعیلی», «در آستانه», «کرونا».
# Totals: 197 date lines (181 mentions + 16 ignore lines), 74 contact rows (66 required, 8 optional).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated or derived weekday was checked with jdatetime,
# hijridate and datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence),
# without overlaps, and every listed span text occurs in its text exactly as many times as it is listed (outside longer
# listed spans).
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set47 as the headers of set45 and set47 state them
#   (set47, the later, wins where they differ).
# Decided here where nothing above says (set49):
#   «بهار ۱۴۰۲» (a season with its year) = 1 Farvardin to 31 Khordad of that year (j) (F21).  «شش ماه نخست امسال» = 1
#   Farvardin to 31 Shahrivar of the current Solar year (r), by analogy with set47's «نیمه دوم سال ۱۴۰۱»; the comparison
#   period «مدت مشابه پارسال» is an ignore line (F26).  «اواخر ماه آینده میلادی» = day 21 to the end of the next GREGORIAN
#   month (r), «میلادی» inside the span (F36).  «تا سال ۲۰۳۰» (a target year after «تا») is a deadline → ignore line on
#   «سال ۲۰۳۰» (F33); «تا پایان سال» → one ignore line with «تا» inside (F27); «در سال ۱۳۹۶» (no «تا») is a j mention (F11).
#   A written day-month followed by «گذشته» («۲۹ دی‌ماه گذشته», «۱۲ شهریور گذشته», «۲۲ خرداد گذشته») is the most recent
#   past such day, «گذشته» inside the span, calendar j (as امسال after a date) (F20, F37, F38).  «شب گذشته» = pub − 1 day,
#   like «دیشب» (F22).  RFI's Latin «15/03/2022» is D/M/Y and TRT's «15.06.2025» D.M.Y (g), the time outside (F19, F34);
#   Iran Emrooz's «Tue, 02.04.2024» is one D.M.Y g mention with the English weekday inside, the site name and time outside
#   (F29); Alef's time-first «۲۱:۰۵ ۱۴۰۳/۰۶/۲۱» gives the span «۱۴۰۳/۰۶/۲۱» only (F31).  «در آستانه ۲۲ بهمن» (on the eve
#   of) → «۲۲ بهمن» carries its own day (j); a date standing as a tag in a keyword line («کلیدواژه‌ها: … ۲۲ بهمن») is an
#   ignore line (F38).  An anniversary named with no date in its clause («مراسم سالگرد شهادت سردار سلیمانی») is an ignore
#   line (F28).  A Solar year inside an event name («امنیت دریایی ۱۴۰۵») is an ignore line like «ارتش-۲۰۲۳» (F37).
#   Not dates: a newspaper's volume «سال بیست و نهم» (F03), a numeric range «۳۲.۵ تا ۳۳ میلیون بشکه» (F12), «تا پایان جام
#   جهانی» (event-relative, no date word, no line) (F22), the outlet names «تهران امروز» and «رویداد۲۴» (F21, F40).
#   Contacts: a visit recalled as «سفر آذر ۱۳۹۴» with no host named is a required meet at that month interval with the
#   Iranian names Khamenei / Rouhani / Iran (F13, as set47 F37); a related-link headline announcing a dated trilateral
#   summit with both presidents is a required meet row (F13, as set47's related-link call); a planned next trilateral «سال
#   آینده» and an undated «next summit in Russia» stay optional (F13, F14).  A president's visit recalled by its date («سفر
#   خود به مسکو در ۲۹ دی‌ماه گذشته») is a required meet with Putin / Russia (F20).  A letter addressed to Putin and handed
#   to Lavrov is a message row accepting either (F16); a 22 Bahman message handed by the ambassador to a deputy FM is a
#   message row accepting ambassador / deputy FM as well, plus a meet row ambassador–deputy FM (F38).  The opening day of a
#   multilateral BRICS security meeting (no bilateral stated that day) is an optional country-level row; the bilateral the
#   next day is required (F31).  A joint commission session recalled by its two days («۲۸ و ۲۹ شهریور ۱۴۰۱») is an
#   optional meet with the two-day interval (F32).  Planned first session of a joint business council by part of a month
#   (F23), a planned expert meeting of two navies «ماه آینده» (F25), a port company delegation «هفته آینده» (F27) and a
#   General Staff team «اوایل بهمن‌ماه» (F37) are required institution-level meet rows (as set47 F01).  The Geneva interim
#   deal (Iran–P5+1) recalled beside a bilateral is an optional agreement row (F09).  A denied trip gives no row but its
#   «هفته آینده» is still a date line (F36).
PUT, LAV, KHA, AHD = "Vladimir Putin", "Sergei Lavrov", "Ali Khamenei", "Mahmoud Ahmadinejad"
ROU, RAI, PEZ = "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
ZAR, AMI, ARA = "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
KHR = ["Kamal Kharrazi", "Iranian Foreign Ministry", IR]
GRY = ["Boris Gryzlov", "State Duma", RU]
LARM = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
LARA = ["Ali Larijani", IR]
JALI = ["Saeed Jalili", "Supreme National Security Council", IR]
PAT = ["Nikolai Patrushev", "Security Council of Russia", RU]
ZHI = ["Alexander Zhilkin", "Astrakhan Oblast", RU]
NAJ = ["Mohammad-Ali Najafi", "Gilan Province", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
ZAN = ["Bijan Zanganeh", "Iranian Ministry of Petroleum", IR]
SOB = ["Sergei Sobyanin", "Moscow City Government", "Moscow", RU]
ZAK = ["Alireza Zakani", "Tehran Municipality", "Tehran", IR]
MMET = ["Moscow Metro", "Moscow", RU]
MDU = ["Alexei Shaposhnikov", "Moscow City Duma", "Moscow", RU]
GHAM = ["Mohammad Bagher Ghalibaf", "Tehran Municipality", "Tehran", IR]
CHAM = ["Mehdi Chamran", "Tehran City Council", "Tehran", IR]
KAT = ["Sergei Katyrin", "Chamber of Commerce and Industry of the Russian Federation", RU]
SHAF = ["Gholamhossein Shafei", "Iran Chamber of Commerce", "ICCIMA", IR]
KAB = ["Zamir Kabulov", "Russian Foreign Ministry", RU]
KQ = ["Hassan Kazemi Qomi", "Iranian Foreign Ministry", IR]
YEV = ["Nikolai Yevmenov", "Russian Navy", RU]
IRNV = ["Shahram Irani", "Islamic Republic of Iran Navy", IR]
UGC = ["United Grain Company", RU]
GTC = ["Government Trading Corporation of Iran", "GTC", IR]
BAB = ["Igor Babushkin", "Astrakhan Oblast", RU]
HOS = ["Mahmoud Hosseinipour", "Mazandaran Province", IR]
ASTP = ["Astrakhan Commercial Sea Port", "Astrakhan Oblast", RU]
MAZP = ["Mazandaran Ports and Maritime Administration", "Mazandaran Province", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Iranian Ministry of Petroleum", IR]
GAZ = ["Gazprom", RU]
MOP = ["Iranian Ministry of Petroleum", "National Iranian Gas Company", "Mohsen Paknejad", IR]
SHO = ["Sergei Shoigu", "Security Council of Russia", RU]
AHM = ["Ali Akbar Ahmadian", "Supreme National Security Council", IR]
LUT = ["Oksana Lut", "Russian Ministry of Agriculture", RU]
NOU = ["Gholamreza Nouri Ghezeljeh", "Ministry of Agriculture Jihad", IR]
GER = ["Valery Gerasimov", "General Staff of the Russian Armed Forces", RU]
MOU = ["Abdolrahim Mousavi", "General Staff of the Armed Forces of Iran", IR]
DED = ["Alexey Dedov", "Russian Embassy in Tehran", RU]
TAK = ["Majid Takht-Ravanchi", "Iranian Foreign Ministry", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="F01", pub="2005-05-16", text=(
     "شماره ۳۱۲۸ - دوشنبه ۲۶ اردیبهشت ۱۳۸۴\n"
     "کمال خرازی، وزیر امور خارجه، دیشب در گفت‌وگویی تلفنی با سرگئی لاوروف، همتای روس خود، درباره روند مذاکرات هسته‌ای ایران و سه کشور اروپایی و نشست بازنگری پیمان منع گسترش که از ۱۲ اردیبهشت در نیویورک آغاز شده است، رایزنی کرد. "
     "به گفته سخنگوی وزارت امور خارجه، لاوروف اوایل خردادماه برای سفری دو روزه به تهران می‌آید."),
     dates=[("دوشنبه ۲۶ اردیبهشت ۱۳۸۴", "2005-05-16", "j"), ("دیشب", "2005-05-15", "r"), ("۱۲ اردیبهشت", "2005-05-02", "j"),
            ("اوایل خردادماه", "2005-05-22/2005-05-31", "j")],
     contacts=[C(LAV, KHR, "phone_call", "2005-05-15"), C(LAV, KHR, "meet", "2005-05-22/2005-05-31")]),
dict(id="F02", pub="2006-01-03", text=(
     "سه شنبه ۱۳ دی ۱۳۸۴ - شماره ۱۶۴۲\n"
     "شرکت گازپروم روسیه بامداد یکشنبه ۱۱ دی (اول ژانویه) جریان گاز صادراتی به اوکراین را قطع کرد و دیروز پس از افت فشار گاز در مجارستان، اتریش و ایتالیا اعلام کرد روزانه ۹۵ میلیون مترمکعب گاز اضافی به خطوط لوله تزریق می‌کند. "
     "کاظم وزیری هامانه، وزیر نفت، روز گذشته در جمع خبرنگاران گفت ایران آماده است از مسیر خط لوله تبریز-آنکارا سهم بیشتری از بازار گاز اروپا به دست آورد."),
     dates=[("سه شنبه ۱۳ دی ۱۳۸۴", "2006-01-03", "j"), ("بامداد یکشنبه ۱۱ دی", "2006-01-01", "j"), ("اول ژانویه", "2006-01-01", "g"),
            ("دیروز", "2006-01-02", "r"), ("روز گذشته", "2006-01-02", "r")],
     contacts=[]),
dict(id="F03", pub="2007-10-17", text=(
     "سال بیست و نهم - شماره ۸۲۱۴ - چهارشنبه ۲۵ مهر ۱۳۸۶ - ۵ شوال ۱۴۲۸\n"
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، که برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر به تهران آمده بود، دیروز با حضرت آیت‌الله خامنه‌ای، رهبر معظم انقلاب اسلامی، دیدار کرد. "
     "پوتین پیش از آن در حاشیه اجلاس با محمود احمدی‌نژاد گفت‌وگو کرده بود و بیانیه پایانی ۲۵ ماده‌ای اجلاس نیز به امضای سران پنج کشور رسید. "
     "این نخستین سفر یک رهبر کرملین به تهران پس از سفر استالین در آذر ۱۳۲۲ برای شرکت در کنفرانس تهران است."),
     dates=[("چهارشنبه ۲۵ مهر ۱۳۸۶", "2007-10-17", "j"), ("۵ شوال ۱۴۲۸", "2007-10-17", "h"), ("دیروز", "2007-10-16", "r"),
            ("آذر ۱۳۲۲", "1943-11-23/1943-12-22", "j")],
     contacts=[C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHD, "meet", "2007-10-16"),
               C([PUT, RU], [AHD, IR], "agreement", "2007-10-16", True)]),
dict(id="F04", pub="2008-08-12", text=(
     "سه‌شنبه ۲۲ مرداد ۱۳۸۷ - ۱۲ اوت ۲۰۰۸\n"
     "دیمیتری مدودف، رئیس‌جمهور روسیه، امروز سه‌شنبه دستور پایان عملیات نظامی در گرجستان را صادر کرد؛ درگیری‌ها از شامگاه پنجشنبه ۷ اوت با حمله نیروهای گرجی به تسخینوالی آغاز شده بود. "
     "نیکولا سارکوزی، رئیس‌جمهور فرانسه، عصر امروز در مسکو با مدودف دیدار کرد و طرحی شش‌ماده‌ای برای آتش‌بس ارائه داد. "
     "منوچهر متکی، وزیر خارجه ایران، نیز با ابراز نگرانی از گسترش درگیری‌ها در قفقاز، آمادگی تهران برای کمک به حل بحران را اعلام کرد."),
     dates=[("سه‌شنبه ۲۲ مرداد ۱۳۸۷", "2008-08-12", "j"), ("۱۲ اوت ۲۰۰۸", "2008-08-12", "g"), ("امروز سه‌شنبه", "2008-08-12", "r"),
            ("شامگاه پنجشنبه ۷ اوت", "2008-08-07", "g"), ("عصر امروز", "2008-08-12", "r")],
     contacts=[]),
dict(id="F05", pub="2009-12-08", text=(
     "سه‌شنبه ۱۷ آذر ۱۳۸۸ - ۸ دسامبر ۲۰۰۹\n"
     "علی لاریجانی، رئیس مجلس شورای اسلامی، که یکشنبه‌شب در رأس هیئتی پارلمانی وارد مسکو شد، روز گذشته با بوریس گریزلوف، رئیس دومای دولتی روسیه، دیدار و درباره تکمیل نیروگاه بوشهر گفت‌وگو کرد. "
     "لاریجانی قرار است فردا با سرگئی لاوروف دیدار کند؛ سفر او با تظاهرات دانشجویی روز دوشنبه ۱۶ آذر در تهران همزمان شد که به گزارش سایت‌های مخالف دست‌کم ۲۰۴ نفر در آن بازداشت شدند."),
     dates=[("سه‌شنبه ۱۷ آذر ۱۳۸۸", "2009-12-08", "j"), ("۸ دسامبر ۲۰۰۹", "2009-12-08", "g"), ("یکشنبه‌شب", "2009-12-06", "r"),
            ("روز گذشته", "2009-12-07", "r"), ("فردا", "2009-12-09", "r"), ("روز دوشنبه ۱۶ آذر", "2009-12-07", "j")],
     contacts=[C(GRY, LARM, "meet", "2009-12-07"), C(LAV, LARM, "meet", "2009-12-09")]),
dict(id="F06", pub="2010-09-23", text=(
     "پنجشنبه ۱ مهر ۱۳۸۹\n"
     "دیمیتری مدودف، رئیس‌جمهور روسیه، روز چهارشنبه با امضای فرمانی صادرات سامانه‌های موشکی اس ۳۰۰، تانک و جنگنده به ایران را ممنوع کرد. "
     "مسکو می‌گوید این تصمیم در اجرای قطعنامه ۱۹۲۹ شورای امنیت است که ۱۹ خرداد (۹ ژوئن) با ۱۲ رأی موافق تصویب شد. "
     "احمد وحیدی، وزیر دفاع، در واکنش گفت ایران سامانه پدافندی مشابهی را ظرف دو سال خود خواهد ساخت."),
     dates=[("پنجشنبه ۱ مهر ۱۳۸۹", "2010-09-23", "j"), ("روز چهارشنبه", "2010-09-22", "r"), ("۱۹ خرداد", "2010-06-09", "j"),
            ("۹ ژوئن", "2010-06-09", "g")],
     contacts=[]),
dict(id="F07", pub="2011-08-16", text=(
     "شماره ۲۱۰۴ | سه‌شنبه ۲۵ مرداد ۱۳۹۰\n"
     "سعید جلیلی، دبیر شورای عالی امنیت ملی، روز دوشنبه در مسکو با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار کرد و دو طرف درباره طرح «گام‌به‌گام» سرگئی لاوروف برای حل پرونده هسته‌ای گفت‌وگو کردند؛ این طرح ۲۲ تیرماه در واشنگتن مطرح شده بود. "
     "جلیلی امروز با لاوروف دیدار می‌کند و پنجشنبه به تهران بازمی‌گردد."),
     dates=[("سه‌شنبه ۲۵ مرداد ۱۳۹۰", "2011-08-16", "j"), ("روز دوشنبه", "2011-08-15", "r"), ("۲۲ تیرماه", "2011-07-13", "j"),
            ("امروز", "2011-08-16", "r"), ("پنجشنبه", "2011-08-18", "r")],
     contacts=[C(PAT, JALI, "meet", "2011-08-15"), C(LAV, JALI, "meet", "2011-08-16")]),
dict(id="F08", pub="2012-08-05", text=(
     "۱۵ مرداد ۱۳۹۱ - ۲۳:۴۰ | کد خبر: ۴۴۳۲۱۰\n"
     "حمید سوریان، فرنگی‌کار وزن ۵۵ کیلوگرم کشورمان، امشب در فینال المپیک ۲۰۱۲ لندن حریف آذربایجانی خود را ۲ بر ۰ شکست داد و نخستین مدال طلای کاروان ایران را به دست آورد. "
     "سوریان در مرحله یک‌چهارم نهایی از سد کشتی‌گیر روسیه گذشته بود. رقابت‌های کشتی آزاد از سه‌شنبه ۱۷ مرداد آغاز می‌شود."),
     dates=[("۱۵ مرداد ۱۳۹۱", "2012-08-05", "j"), ("امشب", "2012-08-05", "r"), ("المپیک ۲۰۱۲ لندن", None, "ignore"),
            ("سه‌شنبه ۱۷ مرداد", "2012-08-07", "j")],
     contacts=[]),
dict(id="F09", pub="2013-12-12", text=(
     "۲۱ آذر ۱۳۹۲\n"
     "محمدجواد ظریف، وزیر امور خارجه، ظهر امروز پنجشنبه در ساختمان وزارت خارجه روسیه با سرگئی لاوروف دیدار و درباره اجرای توافق ژنو که بامداد یکشنبه ۳ آذر (۲۴ نوامبر) میان ایران و گروه ۱+۵ به دست آمد، گفت‌وگو کرد. "
     "لاوروف در این دیدار دعوت ولادیمیر پوتین از حسن روحانی برای سفر به مسکو در سال ۲۰۱۴ را یادآوری کرد."),
     dates=[("۲۱ آذر ۱۳۹۲", "2013-12-12", "j"), ("ظهر امروز پنجشنبه", "2013-12-12", "r"), ("بامداد یکشنبه ۳ آذر", "2013-11-24", "j"),
            ("۲۴ نوامبر", "2013-11-24", "g"), ("سال ۲۰۱۴", "2014", "g")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-12"), C([LAV, RU], [ZAR, IR], "agreement", "2013-11-24", True),
               C([PUT, RU], [ROU, IR], "meet", "2014", True)]),
dict(id="F10", pub="2014-03-17", text=(
     "کد خبر: ۲۴۵۷۸۱ | تاریخ انتشار: ۲۶ اسفند ۱۳۹۲ - ۱۱:۲۰\n"
     "به گزارش آفتاب، نتایج اولیه همه‌پرسی روز یکشنبه در شبه‌جزیره کریمه نشان می‌دهد ۹۶.۷ درصد شرکت‌کنندگان به پیوستن به روسیه رأی داده‌اند. "
     "باراک اوباما شامگاه یکشنبه در تماس تلفنی با ولادیمیر پوتین گفت آمریکا نتیجه این همه‌پرسی را به رسمیت نمی‌شناسد. "
     "مرضیه افخم، سخنگوی وزارت امور خارجه ایران، نیز بر حل بحران اوکراین از راه گفت‌وگو تأکید کرد؛ پارلمان کریمه ۱۱ مارس استقلال این منطقه را اعلام کرده بود."),
     dates=[("۲۶ اسفند ۱۳۹۲", "2014-03-17", "j"), ("روز یکشنبه", "2014-03-16", "r"), ("شامگاه یکشنبه", "2014-03-16", "r"),
            ("۱۱ مارس", "2014-03-11", "g")],
     contacts=[]),
dict(id="F11", pub="2015-09-15", text=(
     "سه‌شنبه ۲۴ شهریور ۱۳۹۴ - شماره ۲۸۴۷\n"
     "رشت – الکساندر ژیلکین، استاندار آستاراخان روسیه، صبح دیروز در دفتر استانداری با محمدعلی نجفی، استاندار گیلان، دیدار کرد و در پایان این دیدار تفاهم‌نامه گسترش کشتیرانی میان بندر انزلی و آستاراخان به امضای دو استاندار رسید. "
     "بر پایه این تفاهم‌نامه، مبادلات بندری دو استان در سال ۱۳۹۶ به ۱۸۰ هزار تن در ماه می‌رسد. هیئت روس تا پنجشنبه در گیلان می‌ماند."),
     dates=[("سه‌شنبه ۲۴ شهریور ۱۳۹۴", "2015-09-15", "j"), ("صبح دیروز", "2015-09-14", "r"), ("سال ۱۳۹۶", "2017-03-21/2018-03-20", "j"),
            ("پنجشنبه", "2015-09-17", "r")],
     contacts=[C(ZHI, NAJ, "meet", "2015-09-14"), C(ZHI, NAJ, "agreement", "2015-09-14")]),
dict(id="F12", pub="2016-09-29", text=(
     "پنجشنبه ۰۸ مهر ۱۳۹۵ - ۰۹:۵۵\n"
     "به گزارش اقتصادنیوز، اعضای اوپک عصر چهارشنبه در نشست غیررسمی الجزایر توافق کردند سقف تولید خود را به ۳۲.۵ تا ۳۳ میلیون بشکه در روز کاهش دهند. "
     "بیژن زنگنه، وزیر نفت، صبح چهارشنبه در هتل محل اقامت خود با الکساندر نواک، وزیر انرژی روسیه، دیدار کرده بود؛ نواک روز سه‌شنبه نیز با خالد الفالح، وزیر انرژی عربستان، گفت‌وگو کرد. "
     "سهمیه هر کشور در نشست رسمی ۳۰ نوامبر در وین تعیین می‌شود."),
     dates=[("پنجشنبه ۰۸ مهر ۱۳۹۵", "2016-09-29", "j"), ("عصر چهارشنبه", "2016-09-28", "r"), ("صبح چهارشنبه", "2016-09-28", "r"),
            ("روز سه‌شنبه", "2016-09-27", "r"), ("۳۰ نوامبر", "2016-11-30", "g")],
     contacts=[C(NOV, ZAN, "meet", "2016-09-28")]),
# ---------------- whole article F13 (Mashregh) ----------------
dict(id="F13", pub="2017-11-02", text=(
     "پوتین در دیدار با رهبر انقلاب: همکاری تهران و مسکو در سوریه به نتیجه رسید\n"
     "تاریخ انتشار: پنجشنبه ۱۱ آبان ۱۳۹۶ - ۰۸:۴۵\n"
     "کد خبر: ۷۸۱۰۲۴\n"
     "به گزارش مشرق، ولادیمیر پوتین، رئیس‌جمهور روسیه، که عصر دیروز چهارشنبه برای شرکت در نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان وارد تهران شد، شامگاه دیروز با حضرت آیت‌الله خامنه‌ای، رهبر معظم انقلاب اسلامی، دیدار و گفت‌وگو کرد.\n"
     "رئیس‌جمهور روسیه پیش از این دیدار در مجموعه فرهنگی-تاریخی سعدآباد با حسن روحانی گفت‌وگو کرد و در حضور دو رئیس‌جمهور شش سند همکاری در حوزه‌های انرژی، راه‌آهن و گمرک به امضا رسید.\n"
     "نشست سه‌جانبه با حضور الهام علی‌اف، رئیس‌جمهور آذربایجان، نیز با صدور بیانیه‌ای درباره کریدور شمال-جنوب و راه‌آهن رشت-آستارا پایان یافت.\n"
     "نخستین نشست سه‌جانبه سران سه کشور ۱۸ مرداد ۱۳۹۵ (۸ اوت ۲۰۱۶) در باکو برگزار شده بود و دور سوم آن قرار است سال آینده در سوچی برگزار شود.\n"
     "پوتین بامداد امروز تهران را به مقصد مسکو ترک کرد؛ این دومین سفر او به ایران پس از سفر آذر ۱۳۹۴ است.\n"
     "برچسب‌ها: ولادیمیر پوتین، آیت‌الله خامنه‌ای، سوریه، نشست سه‌جانبه\n"
     "مطالب مرتبط: نشست سران ایران، روسیه و ترکیه ۱ آذر در سوچی برگزار می‌شود\n"
     "کلیه حقوق این سایت متعلق به مشرق نیوز است. © ۲۰۱۷"),
     dates=[("پنجشنبه ۱۱ آبان ۱۳۹۶", "2017-11-02", "j"), ("عصر دیروز چهارشنبه", "2017-11-01", "r"), ("شامگاه دیروز", "2017-11-01", "r"),
            ("۱۸ مرداد ۱۳۹۵", "2016-08-08", "j"), ("۸ اوت ۲۰۱۶", "2016-08-08", "g"), ("سال آینده", "2018-03-21/2019-03-20", "r"),
            ("بامداد امروز", "2017-11-02", "r"), ("آذر ۱۳۹۴", "2015-11-22/2015-12-21", "j"), ("۱ آذر", "2017-11-22", "j"),
            ("© ۲۰۱۷", None, "ignore")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"),
               C([PUT, RU], [ROU, IR], "agreement", "2017-11-01"), C(PUT, ROU, "meet", "2016-08-08"),
               C(PUT, ROU, "meet", "2018-03-21/2019-03-20", True), C(PUT, [KHA, ROU, IR], "meet", "2015-11-22/2015-12-21"),
               C(PUT, ROU, "meet", "2017-11-22")]),
dict(id="F14", pub="2018-09-09", text=(
     "یکشنبه ۱۸ شهریور ۱۳۹۷ - شماره ۵۹۸۴\n"
     "سومین نشست سران روند آستانه پریروز جمعه با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در تهران برگزار شد و سه رئیس‌جمهور بر ضرورت پایان دادن به حضور تروریست‌ها در ادلب تأکید کردند. "
     "پوتین پیش از آغاز نشست، در دیداری دوجانبه با روحانی درباره پیامدهای خروج آمریکا از برجام گفت‌وگو کرد و اردوغان نیز جداگانه با روحانی دیدار کرد. "
     "بنا بر بیانیه پایانی، نشست بعدی سران در روسیه برگزار خواهد شد."),
     dates=[("یکشنبه ۱۸ شهریور ۱۳۹۷", "2018-09-09", "j"), ("پریروز جمعه", "2018-09-07", "r")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C(PUT, ROU, "meet", None, True)]),
dict(id="F15", pub="2019-02-05", text=(
     "مسکو (پژواک، ۱۶ دلو ۱۳۹۷): نشست دوروزه گفتگوهای بین‌الافغانی با حضور نمایندگان طالبان و شماری از سیاستمداران افغان به شمول حامد کرزی، امروز در هتل پرزیدنت مسکو آغاز شد. "
     "این نشست به دعوت جامعه افغان‌های مقیم روسیه برگزار شده و حکومت افغانستان در آن اشتراک نکرده است. "
     "به گفته برگزارکنندگان، دور دوم این گفتگوها احتمالاً در ماه حوت در دوحه برگزار خواهد شد."),
     dates=[("۱۶ دلو ۱۳۹۷", "2019-02-05", "j"), ("امروز", "2019-02-05", "r"), ("حوت", "2019-02-20/2019-03-20", "j")],
     contacts=[]),
dict(id="F16", pub="2020-06-16", text=(
     "سه شنبه ۲۷ خرداد ۱۳۹۹ ساعت ۱۶:۰۵\n"
     "محمدجواد ظریف، وزیر امور خارجه، که نخستین سفر خود پس از شیوع کرونا را به مسکو انجام داده است، امروز با سرگئی لاوروف دیدار کرد و پیام کتبی حسن روحانی خطاب به ولادیمیر پوتین را به وی تحویل داد. "
     "دو وزیر درباره پیش‌نویس آمریکایی برای تمدید تحریم تسلیحاتی ایران، که طبق قطعنامه ۲۲۳۱ در ۲۷ مهر پایان می‌یابد، گفت‌وگو کردند. "
     "نشست شورای حکام آژانس بین‌المللی انرژی اتمی نیز از دیروز در وین آغاز شده است."),
     dates=[("سه شنبه ۲۷ خرداد ۱۳۹۹", "2020-06-16", "j"), ("امروز", "2020-06-16", "r"), ("۲۷ مهر", "2020-10-18", "j"),
            ("دیروز", "2020-06-15", "r")],
     contacts=[C(LAV, ZAR, "meet", "2020-06-16"), C([PUT, LAV, RU], [ROU, IR], "message", "2020-06-16")]),
dict(id="F17", pub="2021-08-16", text=(
     "۲۵ اسد ۱۴۰۰\n"
     "دیمیتری ژیرنوف، سفیر روسیه در کابل، گفته است که سفارت این کشور به کار خود ادامه می‌دهد و او فردا سه‌شنبه با نمایندگان طالبان درباره امنیت سفارت دیدار خواهد کرد. "
     "طالبان روز یکشنبه ۲۴ اسد پس از فرار اشرف غنی وارد کابل شدند. "
     "سفارت ایران در کابل نیز اعلام کرد که فعالیت این سفارت متوقف نشده و حدود ۹۰ فیصد کارمندان آن در محل کار حاضر اند."),
     dates=[("۲۵ اسد ۱۴۰۰", "2021-08-16", "j"), ("فردا سه‌شنبه", "2021-08-17", "r"), ("روز یکشنبه ۲۴ اسد", "2021-08-15", "j")],
     contacts=[]),
dict(id="F18", pub="2022-01-21", text=(
     "کد خبر: ۷۶۵۴۳۲ | تاریخ انتشار: ۰۱ بهمن ۱۴۰۰ - ۱۰:۱۵\n"
     "رزمایش مشترک دریایی «کمربند امنیت دریایی ۲۰۲۲» با حضور یگان‌های نیروی دریایی ارتش و سپاه، ناوگان بالتیک روسیه و نیروی دریایی چین از امروز جمعه در پهنه‌ای به وسعت ۱۷ هزار کیلومتر مربع در شمال اقیانوس هند آغاز شد. "
     "به گفته سخنگوی رزمایش، این مانور سه روز ادامه دارد و مرحله اصلی آن فردا شنبه با تمرین آزادسازی کشتی ربوده‌شده اجرا می‌شود. "
     "نخستین دوره این رزمایش دی‌ماه ۱۳۹۸ در همین منطقه برگزار شده بود."),
     dates=[("۰۱ بهمن ۱۴۰۰", "2022-01-21", "j"), ("کمربند امنیت دریایی ۲۰۲۲", None, "ignore"), ("امروز جمعه", "2022-01-21", "r"),
            ("فردا شنبه", "2022-01-22", "r"), ("دی‌ماه ۱۳۹۸", "2019-12-22/2020-01-20", "j")],
     contacts=[]),
dict(id="F19", pub="2022-03-15", text=(
     "منتشر شده در: 15/03/2022 - 18:40\n"
     "حسین امیرعبداللهیان، وزیر امور خارجه ایران، روز سه‌شنبه ۲۴ اسفند در مسکو با سرگئی لاوروف دیدار کرد. "
     "لاوروف پس از این دیدار گفت مسکو «ضمانت‌های کتبی» لازم را از واشنگتن دریافت کرده است؛ او روز شنبه ۵ مارس خواستار تضمین‌هایی شده بود که تحریم‌های غرب علیه روسیه به همکاری این کشور با ایران آسیبی نزند. "
     "به گفته دیپلمات‌ها، مذاکرات وین از اواخر بهمن در مرحله نهایی است."),
     dates=[("15/03/2022", "2022-03-15", "g"), ("روز سه‌شنبه ۲۴ اسفند", "2022-03-15", "j"), ("روز شنبه ۵ مارس", "2022-03-05", "g"),
            ("اواخر بهمن", "2022-02-10/2022-02-19", "j")],
     contacts=[C(LAV, AMI, "meet", "2022-03-15")]),
dict(id="F20", pub="2022-06-23", text=(
     "پنجشنبه ۲ تیر ۱۴۰۱ - ۱۱:۳۰\n"
     "سرگئی لاوروف، وزیر امور خارجه روسیه، صبح امروز در نهاد ریاست جمهوری با آیت‌الله سید ابراهیم رئیسی دیدار و گفت‌وگو کرد. "
     "رئیس‌جمهور در این دیدار با اشاره به سفر خود به مسکو در ۲۹ دی‌ماه گذشته، خواستار اجرای سریع توافق‌های آن سفر شد. "
     "لاوروف که عصر دیروز چهارشنبه وارد تهران شده بود، شامگاه دیروز با حسین امیرعبداللهیان در محل وزارت امور خارجه گفت‌وگو کرد."),
     dates=[("پنجشنبه ۲ تیر ۱۴۰۱", "2022-06-23", "j"), ("صبح امروز", "2022-06-23", "r"), ("۲۹ دی‌ماه گذشته", "2022-01-19", "j"),
            ("عصر دیروز چهارشنبه", "2022-06-22", "r"), ("شامگاه دیروز", "2022-06-22", "r")],
     contacts=[C(LAV, RAI, "meet", "2022-06-23"), C([PUT, RU], RAI, "meet", "2022-01-19"), C(LAV, AMI, "meet", "2022-06-22")]),
# ---------------- whole article F21 (Tehran Emrooz) ----------------
dict(id="F21", pub="2022-11-15", text=(
     "زاکانی و سوبیانین تفاهم‌نامه همکاری تهران و مسکو را امضا کردند\n"
     "شماره ۴۶۲۱ | سه‌شنبه ۲۴ آبان ۱۴۰۱\n"
     "سرویس شهری\n"
     "مسکو – علیرضا زاکانی، شهردار تهران، که از شامگاه یکشنبه در رأس هیئتی از مدیران شهری در مسکو به سر می‌برد، دیروز دوشنبه با سرگئی سوبیانین، شهردار مسکو، دیدار و گفت‌وگو کرد.\n"
     "در پایان این دیدار تفاهم‌نامه همکاری دوساله دو شهر در حوزه حمل‌ونقل عمومی، مترو و مدیریت پسماند به امضای دو شهردار رسید.\n"
     "شهردار تهران صبح امروز با مدیران شرکت مترو مسکو دیدار می‌کند و فردا چهارشنبه در جلسه‌ای با رئیس دومای شهر مسکو حضور می‌یابد؛ او پنجشنبه ۲۶ آبان به تهران بازمی‌گردد.\n"
     "محمدباقر قالیباف، شهردار وقت تهران، نیز مهرماه ۱۳۹۵ به مسکو سفر کرده بود.\n"
     "شهرداری تهران پیش‌تر اعلام کرده بود نخستین رام قطار مترو ساخت روسیه بهار ۱۴۰۲ وارد تهران می‌شود.\n"
     "برچسب‌ها: شهرداری تهران، مسکو، مترو، زاکانی\n"
     "مطلب مرتبط: دیدار رئیس شورای شهر تهران با هیئت دومای شهر مسکو در ۱۲ شهریور\n"
     "کلیه حقوق برای روزنامه تهران امروز محفوظ است. ۱۴۰۱ ©"),
     dates=[("سه‌شنبه ۲۴ آبان ۱۴۰۱", "2022-11-15", "j"), ("شامگاه یکشنبه", "2022-11-13", "r"), ("دیروز دوشنبه", "2022-11-14", "r"),
            ("صبح امروز", "2022-11-15", "r"), ("فردا چهارشنبه", "2022-11-16", "r"), ("پنجشنبه ۲۶ آبان", "2022-11-17", "j"),
            ("مهرماه ۱۳۹۵", "2016-09-22/2016-10-21", "j"), ("بهار ۱۴۰۲", "2023-03-21/2023-06-21", "j"),
            ("۱۲ شهریور", "2022-09-03", "j"), ("۱۴۰۱ ©", None, "ignore")],
     contacts=[C(SOB, ZAK, "meet", "2022-11-14"), C(SOB, ZAK, "agreement", "2022-11-14"), C(MMET, ZAK, "meet", "2022-11-15"),
               C(MDU, ZAK, "meet", "2022-11-16"), C(["Moscow", RU], GHAM, "meet", "2016-09-22/2016-10-21"),
               C(MDU, CHAM, "meet", "2022-09-03")]),
dict(id="F22", pub="2022-11-30", text=(
     "چهارشنبه ۹ آذر ۱۴۰۱ - ۰۰:۵۰\n"
     "تیم ملی فوتبال ایران شب گذشته در آخرین دیدار مرحله گروهی جام جهانی ۲۰۲۲ قطر با تک گل کریستین پولیشیچ در دقیقه ۳۸ مغلوب آمریکا شد و با ۳ امتیاز از گروه B کنار رفت. "
     "کارلوس کی‌روش، که قراردادش با فدراسیون تا پایان جام جهانی بود، گفت درباره آینده‌اش پس از بازگشت به تهران تصمیم می‌گیرد. "
     "تیم ملی روسیه به دلیل محرومیت از ۲۸ فوریه ۲۰۲۲ در این رقابت‌ها غایب بود."),
     dates=[("چهارشنبه ۹ آذر ۱۴۰۱", "2022-11-30", "j"), ("شب گذشته", "2022-11-29", "r"), ("جام جهانی ۲۰۲۲ قطر", None, "ignore"),
            ("۲۸ فوریه ۲۰۲۲", "2022-02-28", "g")],
     contacts=[]),
dict(id="F23", pub="2023-02-08", text=(
     "۱۹ بهمن ۱۴۰۱ | ۱۴:۱۰\n"
     "غلامحسین شافعی، رئیس اتاق ایران، پریروز دوشنبه در مسکو با سرگئی کاتیرین، رئیس اتاق بازرگانی و صنعت روسیه، دیدار کرد و دو طرف تفاهم‌نامه تشکیل «شورای تجاری مشترک» را امضا کردند. "
     "به گفته بهمن اسماعیلی، دبیر کمیسیون تجارت اتاق، نخستین نشست این شورا اواسط اسفند در تهران برگزار می‌شود و هدف آن رساندن مبادلات غیرنفتی به ۵ میلیارد دلار است."),
     dates=[("۱۹ بهمن ۱۴۰۱", "2023-02-08", "j"), ("پریروز دوشنبه", "2023-02-06", "r"), ("اواسط اسفند", "2023-03-02/2023-03-11", "j")],
     contacts=[C(KAT, SHAF, "meet", "2023-02-06"), C(KAT, SHAF, "agreement", "2023-02-06"),
               C(KAT, SHAF, "meet", "2023-03-02/2023-03-11")]),
dict(id="F24", pub="2023-04-15", text=(
     "۲۶ حمل ۱۴۰۲\n"
     "نشست کشورهای همسایه افغانستان که روز پنجشنبه، ۲۴ حمل، در سمرقند ازبکستان برگزار شد، با صدور اعلامیه‌ای پایان یافت. "
     "ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه برای افغانستان، در حاشیه این نشست با حسن کاظمی قمی، نماینده ویژه ایران، دیدار و درباره تهدیدهای امنیتی گفتگو کرد. "
     "امیرخان متقی، سرپرست وزارت خارجه طالبان، نیز روز جمعه با کابلوف دیدار کرد."),
     dates=[("۲۶ حمل ۱۴۰۲", "2023-04-15", "j"), ("روز پنجشنبه، ۲۴ حمل", "2023-04-13", "j"), ("روز جمعه", "2023-04-14", "r")],
     contacts=[C(KAB, KQ, "meet", "2023-04-13")]),
dict(id="F25", pub="2023-07-31", text=(
     "کد خبر: ۱۸۹۲۲۴۵ | ۱۴۰۲/۰۵/۰۹ ۱۰:۲۰\n"
     "دریادار شهرام ایرانی، فرمانده نیروی دریایی ارتش، دیروز یکشنبه ۸ مرداد در حاشیه رژه روز نیروی دریایی روسیه در سن‌پترزبورگ با دریاسالار نیکلای یومنوف، فرمانده نیروی دریایی روسیه، دیدار کرد. "
     "ناوشکن دنا از ناوگروه ۸۶ ارتش نیز در این رژه شرکت داشت. دو فرمانده توافق کردند نشست کارشناسی دو نیرو ماه آینده در بندرعباس برگزار شود."),
     dates=[("۱۴۰۲/۰۵/۰۹", "2023-07-31", "j"), ("دیروز یکشنبه ۸ مرداد", "2023-07-30", "j"), ("روز نیروی دریایی روسیه", None, "ignore"),
            ("ماه آینده", "2023-08-23/2023-09-22", "r")],
     contacts=[C(YEV, IRNV, "meet", "2023-07-30"), C(YEV, IRNV, "meet", "2023-08-23/2023-09-22")]),
dict(id="F26", pub="2023-10-10", text=(
     "سه‌شنبه ۱۸ مهر ۱۴۰۲ - ۱۲:۴۵\n"
     "شرکت بازرگانی دولتی ایران روز یکشنبه در مسکو قرارداد خرید ۱.۵ میلیون تن گندم را با شرکت متحد غلات روسیه امضا کرد. "
     "بر اساس آمار گمرک، ایران در شش ماه نخست امسال ۲.۱ میلیون تن گندم روسی وارد کرده که ۳۸ درصد بیش از مدت مشابه پارسال است. "
     "نخستین محموله قرارداد جدید اواخر آبان از بندر آستاراخان به بندر امیرآباد می‌رسد."),
     dates=[("سه‌شنبه ۱۸ مهر ۱۴۰۲", "2023-10-10", "j"), ("روز یکشنبه", "2023-10-08", "r"),
            ("شش ماه نخست امسال", "2023-03-21/2023-09-22", "r"), ("مدت مشابه پارسال", None, "ignore"),
            ("اواخر آبان", "2023-11-12/2023-11-21", "j")],
     contacts=[C(UGC, GTC, "agreement", "2023-10-08")]),
dict(id="F27", pub="2023-12-11", text=(
     "دوشنبه ۲۰ آذر ۱۴۰۲ - ۱۵:۳۰\n"
     "ساری - ایگور بابوشکین، استاندار آستاراخان، صبح امروز در ساری با محمود حسینی‌پور، استاندار مازندران، دیدار کرد و دو طرف بر راه‌اندازی خط منظم کشتیرانی میان بندر امیرآباد و آستاراخان تا پایان سال تأکید کردند. "
     "به گفته حسینی‌پور، هیئتی از شرکت بندر تجاری آستاراخان هفته آینده برای بررسی زیرساخت‌های بندر امیرآباد به مازندران سفر می‌کند و با مدیران اداره کل بنادر و دریانوردی استان دیدار خواهد کرد."),
     dates=[("دوشنبه ۲۰ آذر ۱۴۰۲", "2023-12-11", "j"), ("صبح امروز", "2023-12-11", "r"), ("تا پایان سال", None, "ignore"),
            ("هفته آینده", "2023-12-16/2023-12-22", "r")],
     contacts=[C(BAB, HOS, "meet", "2023-12-11"), C(ASTP, MAZP, "meet", "2023-12-16/2023-12-22")]),
dict(id="F28", pub="2024-01-04", text=(
     "۱۴۰۲/۱۰/۱۴ - ۰۹:۱۰\n"
     "سرگئی لاوروف، وزیر امور خارجه روسیه، شامگاه چهارشنبه در تماس تلفنی با حسین امیرعبداللهیان حمله تروریستی کرمان را محکوم کرد و با خانواده قربانیان ابراز همدردی کرد. "
     "ولادیمیر پوتین نیز روز چهارشنبه در پیامی به آیت‌الله رئیسی جان باختن دست‌کم ۹۵ نفر از شرکت‌کنندگان در مراسم سالگرد شهادت سردار سلیمانی را تسلیت گفت. "
     "این حمله ظهر چهارشنبه ۱۳ دی در مسیر گلزار شهدای کرمان رخ داد."),
     dates=[("۱۴۰۲/۱۰/۱۴", "2024-01-04", "j"), ("شامگاه چهارشنبه", "2024-01-03", "r"), ("روز چهارشنبه", "2024-01-03", "r"),
            ("سالگرد شهادت سردار سلیمانی", None, "ignore"), ("ظهر چهارشنبه ۱۳ دی", "2024-01-03", "j")],
     contacts=[C(LAV, AMI, "phone_call", "2024-01-03"), C(PUT, RAI, "message", "2024-01-03")]),
dict(id="F29", pub="2024-04-02", text=(
     "iran-emrooz.net | Tue, 02.04.2024, 19:05\n"
     "روسیه خواستار تشکیل نشست فوری شورای امنیت سازمان ملل درباره حمله هوایی روز دوشنبه ۱۳ فروردین به ساختمان کنسولگری ایران در دمشق شد؛ این نشست امروز ساعت ۱۶ به وقت نیویورک برگزار می‌شود. "
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، این حمله را «کاملاً غیرقابل قبول» خواند. "
     "در این حمله هفت عضو سپاه پاسداران از جمله سردار محمدرضا زاهدی کشته شدند و ناصر کنعانی گفت ایران «در زمان مناسب» پاسخ خواهد داد."),
     dates=[("Tue, 02.04.2024", "2024-04-02", "g"), ("روز دوشنبه ۱۳ فروردین", "2024-04-01", "j"), ("امروز", "2024-04-02", "r")],
     contacts=[]),
dict(id="F30", pub="2024-06-19", text=(
     "۳۰ خرداد ۱۴۰۳ - ۱۷:۲۵ | کد خبر: ۹۰۱۲۳۴\n"
     "ولادیمیر پوتین که بامداد امروز چهارشنبه وارد پیونگ‌یانگ شد، ساعاتی بعد با کیم جونگ اون، رهبر کره شمالی، پیمان «مشارکت جامع راهبردی» امضا کرد که بر پایه آن دو کشور در صورت حمله به یکی از آن‌ها به یکدیگر کمک نظامی می‌کنند. "
     "این نخستین سفر پوتین به کره شمالی از ژوئیه ۲۰۰۰ است. "
     "ناصر کنعانی، سخنگوی وزارت امور خارجه ایران، در نشست خبری هفتگی خود این پیمان را «حق حاکمیتی دو کشور» خواند."),
     dates=[("۳۰ خرداد ۱۴۰۳", "2024-06-19", "j"), ("بامداد امروز چهارشنبه", "2024-06-19", "r"), ("ساعاتی بعد", None, "ignore"),
            ("ژوئیه ۲۰۰۰", "2000-07", "g")],
     contacts=[]),
dict(id="F31", pub="2024-09-11", text=(
     "تاریخ انتشار : ۲۱:۰۵ ۱۴۰۳/۰۶/۲۱\n"
     "علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، امروز چهارشنبه در حاشیه چهاردهمین نشست دبیران شوراهای امنیت کشورهای بریکس در سن‌پترزبورگ با سرگئی شویگو، دبیر شورای امنیت روسیه، دیدار و گفت‌وگو کرد. "
     "این نشست دوروزه از دیروز آغاز شده است و احمدیان قرار است فردا پنجشنبه در دیداری جداگانه با ولادیمیر پوتین گفت‌وگو کند."),
     dates=[("۱۴۰۳/۰۶/۲۱", "2024-09-11", "j"), ("امروز چهارشنبه", "2024-09-11", "r"), ("دیروز", "2024-09-10", "r"),
            ("فردا پنجشنبه", "2024-09-12", "r")],
     contacts=[C(SHO, AHM, "meet", "2024-09-11"), C([SHO, RU], [AHM, IR], "meet", "2024-09-10", True),
               C(PUT, AHM, "meet", "2024-09-12")]),
# ---------------- whole article F32 (Shana) ----------------
dict(id="F32", pub="2024-12-17", text=(
     "سند اجلاس هجدهم کمیسیون مشترک اقتصادی ایران و روسیه در تهران امضا شد\n"
     "تاریخ انتشار: ۱۴۰۳/۰۹/۲۷ ۱۸:۴۲\n"
     "کد خبر: ۶۴۰۲۱۷\n"
     "تهران- شانا- محسن پاک‌نژاد، وزیر نفت و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، صبح امروز سه‌شنبه با سرگئی تسیویلف، وزیر انرژی روسیه و رئیس بخش روس کمیسیون، دیدار کرد و دو وزیر عصر امروز سند اجلاس هجدهم را امضا کردند.\n"
     "تسیویلف دیروز دوشنبه در بدو ورود به تهران با مسعود پزشکیان، رئیس‌جمهور، دیدار کرده بود.\n"
     "بر اساس این سند، سوآپ گاز روسیه از مسیر جمهوری آذربایجان با حجم اولیه ۲ میلیارد مترمکعب در سال از ژانویه ۲۰۲۵ آغاز می‌شود.\n"
     "اجلاس هفدهم کمیسیون مشترک ۲۸ و ۲۹ شهریور ۱۴۰۱ در مسکو برگزار شده بود.\n"
     "پاک‌نژاد همچنین از سفر هیئتی از شرکت گازپروم به تهران در هفته آینده برای نهایی کردن قرارداد سوآپ خبر داد.\n"
     "تسیویلف فردا چهارشنبه تهران را به مقصد مسکو ترک می‌کند.\n"
     "برچسب‌ها: کمیسیون مشترک، روسیه، سوآپ گاز، گازپروم\n"
     "خبر مرتبط: گفت‌وگوی تلفنی پاک‌نژاد و تسیویلف درباره سوآپ گاز در ۱۲ مهر"),
     dates=[("۱۴۰۳/۰۹/۲۷", "2024-12-17", "j"), ("صبح امروز سه‌شنبه", "2024-12-17", "r"), ("عصر امروز", "2024-12-17", "r"),
            ("دیروز دوشنبه", "2024-12-16", "r"), ("ژانویه ۲۰۲۵", "2025-01", "g"), ("۲۸", "2022-09-19", "j"),
            ("۲۹ شهریور ۱۴۰۱", "2022-09-20", "j"), ("هفته آینده", "2024-12-21/2024-12-27", "r"), ("فردا چهارشنبه", "2024-12-18", "r"),
            ("۱۲ مهر", "2024-10-03", "j")],
     contacts=[C(TSI, PAK, "meet", "2024-12-17"), C(TSI, PAK, "agreement", "2024-12-17"), C(TSI, PEZ, "meet", "2024-12-16"),
               C([TSI, RU], [PAK, IR], "meet", "2022-09-19/2022-09-20", True), C(GAZ, MOP, "meet", "2024-12-21/2024-12-27"),
               C(TSI, PAK, "phone_call", "2024-10-03")]),
dict(id="F33", pub="2025-02-09", text=(
     "۱۴۰۳/۱۱/۲۱ - ۱۳:۴۵\n"
     "غلامرضا نوری قزلجه، وزیر جهاد کشاورزی، روز گذشته در مسکو با اکسانا لوت، وزیر کشاورزی روسیه، دیدار کرد و دو طرف سند همکاری پنج‌ساله در زمینه تجارت غلات، دانه‌های روغنی و محصولات دامی را امضا کردند. "
     "بر اساس این سند، صادرات محصولات کشاورزی ایران به روسیه باید تا سال ۲۰۳۰ به ۳ میلیارد دلار برسد. "
     "وزیر کشاورزی روسیه اواسط اسفند برای شرکت در نمایشگاه بین‌المللی کشاورزی به تهران سفر می‌کند."),
     dates=[("۱۴۰۳/۱۱/۲۱", "2025-02-09", "j"), ("روز گذشته", "2025-02-08", "r"), ("سال ۲۰۳۰", None, "ignore"),
            ("اواسط اسفند", "2025-03-01/2025-03-10", "j")],
     contacts=[C(LUT, NOU, "meet", "2025-02-08"), C(LUT, NOU, "agreement", "2025-02-08"),
               C(LUT, NOU, "meet", "2025-03-01/2025-03-10")]),
dict(id="F34", pub="2025-06-15", text=(
     "15.06.2025 10:42\n"
     "ولادیمیر پوتین روز شنبه در تماس تلفنی با دونالد ترامپ حملات اسرائیل به ایران را که از بامداد جمعه ۲۳ خرداد آغاز شده است، محکوم کرد و آمادگی مسکو برای میانجیگری را اعلام کرد. "
     "به گفته یوری اوشاکوف، این گفت‌وگو ۵۰ دقیقه طول کشید و دو رئیس‌جمهور درباره جنگ اوکراین نیز گفت‌وگو کردند. "
     "دیمیتری پسکوف پیش‌تر گفته بود پوتین روز جمعه با بنیامین نتانیاهو نیز تلفنی گفت‌وگو کرده است."),
     dates=[("15.06.2025", "2025-06-15", "g"), ("روز شنبه", "2025-06-14", "r"), ("بامداد جمعه ۲۳ خرداد", "2025-06-13", "j"),
            ("روز جمعه", "2025-06-13", "r")],
     contacts=[]),
dict(id="F35", pub="2025-07-21", text=(
     "دوشنبه ۳۰ تیر ۱۴۰۴ - ۰۹:۵۰\n"
     "علی لاریجانی، مشاور رهبر انقلاب، که در سفری اعلام‌نشده به مسکو رفته بود، روز یکشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام حضرت آیت‌الله خامنه‌ای درباره تحولات منطقه و برنامه هسته‌ای را به وی تحویل داد. "
     "دیمیتری پسکوف این دیدار را تأیید کرد اما از جزئیات پیام سخنی نگفت. "
     "این دومین دیدار یک مقام ارشد ایرانی با پوتین در کمتر از یک ماه، پس از دیدار عباس عراقچی در ۲ تیر، است."),
     dates=[("دوشنبه ۳۰ تیر ۱۴۰۴", "2025-07-21", "j"), ("روز یکشنبه", "2025-07-20", "r"), ("۲ تیر", "2025-06-23", "j")],
     contacts=[C(PUT, LARA, "meet", "2025-07-20"), C(PUT, KHA, "message", "2025-07-20"), C(PUT, ARA, "meet", "2025-06-23")]),
dict(id="F36", pub="2025-12-09", text=(
     "۱۸ آذر ۱۴۰۴ - ۱۱:۲۵\n"
     "اسماعیل بقائی، سخنگوی وزارت امور خارجه، در نشست خبری امروز گزارش برخی رسانه‌ها درباره سفر عباس عراقچی به مسکو در هفته آینده را تکذیب کرد و گفت: «چنین سفری در دستور کار نیست.» "
     "عراقچی شامگاه یکشنبه در تماس تلفنی با وانگ یی، وزیر خارجه چین، درباره نشست شورای حکام آژانس گفت‌وگو کرده بود. "
     "بقائی همچنین گفت دور جدید گفت‌وگوهای ایران و سه کشور اروپایی اواخر ماه آینده میلادی در ژنو برگزار می‌شود."),
     dates=[("۱۸ آذر ۱۴۰۴", "2025-12-09", "j"), ("امروز", "2025-12-09", "r"), ("هفته آینده", "2025-12-13/2025-12-19", "r"),
            ("شامگاه یکشنبه", "2025-12-07", "r"), ("اواخر ماه آینده میلادی", "2026-01-21/2026-01-31", "r")],
     contacts=[]),
dict(id="F37", pub="2026-01-13", text=(
     "۲۳ دی ۱۴۰۴ - ۱۴:۰۵ | کد خبر: ۵۲۱۹۸۷۶\n"
     "سرلشکر عبدالرحیم موسوی، رئیس ستاد کل نیروهای مسلح، عصر دیروز دوشنبه در تماس تلفنی با ژنرال والری گراسیموف، رئیس ستاد کل نیروهای مسلح روسیه، درباره همکاری‌های دفاعی و برگزاری رزمایش مشترک «امنیت دریایی ۱۴۰۵» گفت‌وگو کرد. "
     "دو طرف توافق کردند هیئتی از ستاد کل روسیه اوایل بهمن‌ماه برای نهایی کردن برنامه این رزمایش به تهران سفر کند. "
     "گفت‌وگوی قبلی دو فرمانده ۱۲ شهریور گذشته انجام شده بود."),
     dates=[("۲۳ دی ۱۴۰۴", "2026-01-13", "j"), ("عصر دیروز دوشنبه", "2026-01-12", "r"), ("امنیت دریایی ۱۴۰۵", None, "ignore"),
            ("اوایل بهمن‌ماه", "2026-01-21/2026-01-30", "j"), ("۱۲ شهریور گذشته", "2025-09-03", "j")],
     contacts=[C(GER, MOU, "phone_call", "2026-01-12"), C(GER, MOU, "meet", "2026-01-21/2026-01-30"),
               C(GER, MOU, "phone_call", "2025-09-03")]),
# ---------------- whole article F38 (Iran newspaper) ----------------
dict(id="F38", pub="2026-02-10", text=(
     "پیام تبریک پوتین به پزشکیان در آستانه ۲۲ بهمن\n"
     "شماره ۸۹۷۲ | سه‌شنبه ۲۱ بهمن ۱۴۰۴ | ۲۲ شعبان ۱۴۴۷\n"
     "سرویس سیاسی\n"
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی به مسعود پزشکیان فرارسیدن ۲۲ بهمن، سالروز پیروزی انقلاب اسلامی، را تبریک گفت.\n"
     "این پیام دیروز دوشنبه از سوی الکسی دیدوف، سفیر روسیه در تهران، به مجید تخت‌روانچی، معاون سیاسی وزیر امور خارجه، تحویل داده شد.\n"
     "پوتین در این پیام ابراز امیدواری کرده است معاهده مشارکت جامع راهبردی دو کشور، که ۲۸ دی ۱۴۰۳ در مسکو به امضای دو رئیس‌جمهور رسید، روابط تهران و مسکو را «به سطحی تازه» برساند.\n"
     "این معاهده از ۱۰ مهر امسال (۲ اکتبر ۲۰۲۵) لازم‌الاجرا شده است.\n"
     "عباس عراقچی، وزیر امور خارجه، نیز ماه آینده برای گفت‌وگو با سرگئی لاوروف به مسکو سفر می‌کند.\n"
     "پزشکیان نیز ۲۲ خرداد گذشته (۱۲ ژوئن)، روز ملی روسیه، در پیامی به پوتین این مناسبت را تبریک گفته بود.\n"
     "کلیدواژه‌ها: ولادیمیر پوتین، مسعود پزشکیان، ۲۲ بهمن، معاهده راهبردی\n"
     "© ۱۴۰۴ روزنامه ایران"),
     dates=[("۲۲ بهمن", "2026-02-11", "j"), ("سه‌شنبه ۲۱ بهمن ۱۴۰۴", "2026-02-10", "j"), ("۲۲ شعبان ۱۴۴۷", "2026-02-10", "h"),
            ("۲۲ بهمن", "2026-02-11", "j"), ("سالروز پیروزی انقلاب اسلامی", None, "ignore"), ("دیروز دوشنبه", "2026-02-09", "r"),
            ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۰ مهر امسال", "2025-10-02", "j"), ("۲ اکتبر ۲۰۲۵", "2025-10-02", "g"),
            ("ماه آینده", "2026-02-20/2026-03-20", "r"), ("۲۲ خرداد گذشته", "2025-06-12", "j"), ("۱۲ ژوئن", "2025-06-12", "g"),
            ("روز ملی روسیه", None, "ignore"), ("۲۲ بهمن", None, "ignore"), ("© ۱۴۰۴", None, "ignore")],
     contacts=[C([PUT, DED, RU], [PEZ, TAK, IR], "message", "2026-02-09"), C(DED, TAK, "meet", "2026-02-09"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(LAV, ARA, "meet", "2026-02-20/2026-03-20"), C(PUT, PEZ, "message", "2025-06-12")]),
dict(id="F39", pub="2026-03-02", text=(
     "۱۱ اسفند ۱۴۰۴ - ۰۸:۳۰\n"
     "قیمت نفت برنت در معاملات امروز با ۱.۸ درصد افزایش به ۷۲ دلار و ۴۰ سنت رسید؛ گروه اوپک‌پلاس در نشست مجازی روز یکشنبه تصمیم گرفت افزایش تولید ۴۱۱ هزار بشکه‌ای را برای ماه آوریل متوقف کند. "
     "الکساندر نواک، معاون نخست‌وزیر روسیه، پیش از این نشست با عبدالعزیز بن سلمان، وزیر انرژی عربستان، تلفنی گفت‌وگو کرده بود. "
     "در بازار تهران نیز سکه امامی دیروز با ۳ درصد کاهش معامله شد و شاخص کل بورس ۲۴ هزار واحد افت کرد."),
     dates=[("۱۱ اسفند ۱۴۰۴", "2026-03-02", "j"), ("امروز", "2026-03-02", "r"), ("روز یکشنبه", "2026-03-01", "r"),
            ("آوریل", "2026-04", "g"), ("دیروز", "2026-03-01", "r")],
     contacts=[]),
dict(id="F40", pub="2026-04-14", text=(
     "سه شنبه ۲۵ فروردین ۱۴۰۵ - ۲۶ شوال ۱۴۴۷ ق\n"
     "رویداد۲۴ - به نقل از مهر، محمد اسلامی، رئیس سازمان انرژی اتمی، صبح امروز در حاشیه بازدید از کارگاه واحدهای ۲ و ۳ نیروگاه بوشهر با الکسی لیخاچف، مدیرعامل روس‌اتم، دیدار کرد و دو طرف الحاقیه قرارداد ساخت این واحدها را امضا کردند. "
     "لیخاچف که از پریروز یکشنبه در ایران است، فردا با مسعود پزشکیان دیدار می‌کند. "
     "به گفته اسلامی، بتن‌ریزی اصلی واحد سوم از بیست و یکم اردیبهشت‌ماه آغاز می‌شود."),
     dates=[("سه شنبه ۲۵ فروردین ۱۴۰۵", "2026-04-14", "j"), ("۲۶ شوال ۱۴۴۷ ق", "2026-04-14", "h"), ("صبح امروز", "2026-04-14", "r"),
            ("پریروز یکشنبه", "2026-04-12", "r"), ("فردا", "2026-04-15", "r"), ("بیست و یکم اردیبهشت‌ماه", "2026-05-11", "j")],
     contacts=[C(LIK, ESL, "meet", "2026-04-14"), C(LIK, ESL, "agreement", "2026-04-14"), C(LIK, PEZ, "meet", "2026-04-15")]),
]
