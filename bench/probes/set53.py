# Held-out probe set 53: PERSIAN news, 36 SNIPPETS of 1–3 sentences (each opening with a header line: outlet, date line,
# issue number / news code / time; F27 is an agency Telegram-style post whose date line comes last) and 4 WHOLE ARTICLES of
# 11 lines (F10, F21, F31, F40: headline, header date line, news code / service line, dateline + body, background lines
# recalling older dated contacts or events, tags / a related link / a copyright line), hand-annotated; 40 cases, F01–F40,
# publication dates 2005–2026 (one or two a year 2005–2021, four a year 2022–2025, three in 2026; ids in date order); five
# Dari / Afghan cases (F06, F15, F24, F30, F36).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set49 and set51.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers, quotes, names of some officials and several
# dates and meetings are invented) in the style of outlets not named in the set49/51 headers: Donya-e Eqtesad (F01,
# economic daily: «شماره ۵۴۸ - دوشنبه ۱۰ اسفند ۱۳۸۳», «روز گذشته», «سه‌روزه», «۱۰۰۰ مگاواتی», «سال ۲۰۰۶ میلادی», «آذر ۱۳۸۲»;
# F31, whole article: «پنجشنبه ۷ تیر ۱۴۰۳ | ۲۱ ذی‌الحجه ۱۴۴۵ قمری | شماره ۶۱۲۳», «عصر سه‌شنبه», «دیروز» twice, «۵۵ میلیون
# مترمکعب در روز», «تا پایان مهرماه», «هفته آینده», «۲۸ تیر ۱۴۰۱ (۱۹ ژوئیه ۲۰۲۲)», «۴۰ میلیارد دلاری», «دولت سیزدهم», «بهمن
# ۱۴۰۱», «جمعه ۸ تیر» in a related link), Kayhan (F02, spaced «سه شنبه ۲ اسفند ۱۳۸۴ - ۲۲ محرم ۱۴۲۷ - سال شصت و چهارم», «دور
# نخست», «دیروز», «امروز», «۶ مارس (۱۵ اسفند)», «اواخر اسفندماه», «دور دوم»), Jam-e Jam (F03, «دوشنبه ۲۶ آذر ۱۳۸۶ | ۷ ذی‌الحجه
# ۱۴۲۸», «روز یکشنبه», «بامداد امروز», «هشت محموله», «ظرف دو ماه»), Kar-o-Kargar (F04, Arabic yeh «سه‌شنبه ۲۵ تير ۱۳۸۷»,
# «یکشنبه ۲۳ تیر», anaphoric «همان روز», «فازهای ۱۳ و ۱۴», «دیروز», «۲۰ درصد»), Radio Farda (F05, «سه‌شنبه ۲۶ آبان ۱۳۸۸ تهران ۱۰:۴۲»,
# «روز دوشنبه», «تا پایان سال ۲۰۰۹ میلادی», «یک روز پس از دیدار», «یکشنبه ۱۵ نوامبر»), Tolo News (F06, Dari: «پنجشنبه ۲۸ اسد
# ۱۳۸۹», «دیروز», «چهارجانبه», «دومین», «ماه اسد سال گذشته», the city «دوشنبه», «۳۰ فیصد», «میشود»), Mardomsalari (F07, «شنبه
# ۲۹ آبان ۱۳۸۹ - شماره ۲۶۸۴», «روز پنجشنبه», «سومین», bare «شهریورماه», «اس-۳۰۰»), Javan Online (F08, «سه‌شنبه ۲۲ شهریور
# ۱۳۹۰», «عصر دیروز», «۱۲ شهریور (۳ سپتامبر)», two-digit «سال ۹۱»; F21, whole article: «دولت سیزدهم» in the headline, «شنبه
# ۱۶ مرداد ۱۴۰۰ | ۲۸ ذی‌الحجه ۱۴۴۲ ه.ق | شماره ۶۲۴۳», «پنجشنبه ۱۴ مرداد (۵ اوت)», «روز جمعه», «تا پایان امسال», «بامداد
# امروز», «۸ تیر (۲۹ ژوئن)», «۲۹ خرداد، یک روز پس از انتخابات», «۳۰ آبان ۱۳۹۸ (۲۱ نوامبر ۲۰۱۹)», «۱۲ مرداد» in a related
# link), Iran Varzeshi (F09, sports daily: «یکشنبه ۲۱ خرداد ۱۳۹۱ | شماره ۴۳۳۸», «شب گذشته», «دومین دیدار هفته دوم», the
# score «۳ بر ۱» and set scores «۲۵-۲۲، ۲۳-۲۵ …», «جمعه شب», «۳ بر ۲», the pair «۲۶ و ۲۷ خرداد»), Asr-e Iran (F10, whole
# article: time-first «تاریخ انتشار: ۱۶:۳۰ - ۰۹ آبان ۱۳۹۱», the outlet name «عصر ایران», «دیروز دوشنبه», «۵+۱», «پیش از پایان
# سال ۲۰۱۲ میلادی», «امروز», «فردا چهارشنبه», «۱۸ اردیبهشت ۱۳۹۱ (۷ مه ۲۰۱۲)», «۱۷ خرداد امسال», «۲۴ مهر ۱۳۸۶», «دومین», «۱۲
# مهر» in a related link; F34, «۳۰ فروردین ۱۴۰۴ - ۰۸:۵۰», «پنجشنبه شب», «روز جمعه», «دور دوم», «امروز»), Tabnak (F11, «۲۳
# شهریور ۱۳۹۲ - کد خبر», «روز جمعه», «سیزدهمین», «۱۲ مرداد (۳ آگوست)», «در آینده نزدیک», «امروز»), Fararu (F12, «دوشنبه ۲۶ اسفند ۱۳۹۲», «دیروز»,
# «۹۶.۸ درصدی», «روز شنبه», «۱۳ رأی», «فردا»), Entekhab (F13, ordinal-word day «چهارشنبه اول بهمن ۱۳۹۳», «دیروز», event-relative «نخستین روز
# سفر», «پس از ۱۵ سال», «امروز»), Khabar-e Jonoub (F14, Shiraz daily: two-digit year «سه‌شنبه ۲۸ اردیبهشت ۹۵», «صبح دیروز»,
# «خط ۲», «از ۱۰ تا ۱۳ خرداد», «اوایل تیرماه»), Hasht-e Subh (F15, Dari: the outlet name holding «صبح», «دوشنبه ۲۳ حوت ۱۳۹۵»,
# «روز شنبه», «شش‌جانبه», «ماه حمل سال آینده»), Nesf-e Jahan (F16, Isfahan daily: «چهارشنبه ۳ آبان ۱۳۹۶ | شماره ۳۴۱۲», «۴۰
# نفره», «عصر دیروز», «امروز», «اواسط آذر»), Iran International (F17, «شنبه ۲۶ خرداد ۱۳۹۷», «شامگاه جمعه», «جام جهانی ۲۰۱۸»,
# «دقیقه ۹۵», «یک بر صفر», «پس از ۲۰ سال», «چهارشنبه ۲۰ ژوئن (۳۰ خرداد)»), Taadol (F18, economic daily: «سه‌شنبه ۳ اردیبهشت
# ۱۳۹۸ - شماره ۱۵۲۴», «دیروز», «پانزدهمین», «از ۷ تا ۹ اردیبهشت», «سال ۱۳۹۷», «۱.۷ میلیارد دلار»), the Strategic Council on
# Foreign Relations site (F19, think tank: «یادداشت | ۲۵ تیر ۱۳۹۸», «روز جمعه ۲۱ تیر (۱۲ جولای)», «اس-۴۰۰», «۲.۵ میلیارد
# دلاری», «سال ۲۰۱۷», «اف-۳۵»), YJC (F20, «۲۰ فروردین ۱۳۹۹ - ۱۰:۱۵», «عصر دیروز», «کووید ۱۹», «۵۰ هزار کیت», «ماه گذشته»,
# «هفته آینده», year-less «نیمه شعبان»), DW Persian (F22, numeric «۱۴۰۰/۱۲/۱۵», «روز شنبه», «قطعنامه ۲۲۳۱», «دور هشتم», year-
# less «۲۷ دسامبر» of the previous year, «امروز», «۵ مارس»), EcoIran (F23, «۵ خرداد ۱۴۰۱ | ۰۹:۴۰», «دیروز چهارشنبه», «پنج
# سند», «دوروزه», «امروز پنجشنبه», «سال ۲۰۲۱», «۴ میلیارد دلار»), Avapress (F24, Dari: «پنجشنبه ۷ میزان ۱۴۰۱», «میگوید»,
# «روز چهارشنبه», «یک میلیون تن», «۵۰۰ هزار تن», «اواخر عقرب», «میرسد»), Tejarat News (F25, «چهارشنبه ۲۳ آذر ۱۴۰۱ - ۱۱:۴۵»,
# «روز دوشنبه», «فاز نخست», «اواخر دیماه» without ZWNJ, «اوایل بهمن», «۲۰ درصد»), Navad (F26, sports site: «چهارشنبه ۹ فروردین
# ۱۴۰۲ | ۰۰:۴۵», «شب گذشته», «دیدار دوستانه», «۱ بر ۱», «مه» = fog, «۲۰ دقیقه», «دقیقه ۶۷», «۲ فروردین (۲۲ مارس)», «۲ بر ۱»,
# «اواخر خرداد»), Rokna's Telegram channel (F27, «🔴 #فوری», «عصر امروز پنجشنبه», «کریدور شمال-جنوب», «ماه اکتبر», the closing
# «🆔 @rokna_net | ۱۴۰۲/۰۴/۲۹»), IRAS (F28, think tank: «اخبار مؤسسه | ۲۶ مهر ۱۴۰۲», «دومین نشست», «روز دوشنبه بیست و چهارم
# مهرماه», «به نقل از خبرگزاری مهر», «۱۲ پژوهشگر», «اردیبهشت ۱۴۰۱», bare planned «اسفندماه»), Mahd-e Azadi (F29, Tabriz daily:
# «سه‌شنبه ۱۴ آذر ۱۴۰۲ - شماره ۸۴۱۶», «بامداد امروز», «۶۰ نفره», «ساعتی بعد», «بیست و یکم اردیبهشت امسال»), Shamshad News (F30,
# Dari: «پنجشنبه ۲۷ ثور ۱۴۰۳», «از ۲۵ تا ۳۰ ثور», «۱۵ فیصد», «ماه جوزا»), ICANA / Khane-ye Mellat (F32, «جمعه ۲۲ تیر ۱۴۰۳ -
# ۱۰:۳۰ - کد خبر», «دیروز پنجشنبه», «دهمین», «روز چهارشنبه», «نخستین روز این مجمع», «امروز»), Esteghlal-e Javan (F33, sports daily:
# spaced «سه شنبه ۱۵ آبان ۱۴۰۳», «عصر دیروز», «زیر ۲۳ سال», «تیراندازی», «از ژانویه ۲۰۲۵», «اواسط آذر»), Independent Persian
# (F35, Latin numeric «1404/04/08 - 11:20», «روز شنبه», «۱۰ تیر (اول ژوئیه)», «تا اطلاع ثانوی», «چند روز پس از آتش‌بس», «جنگ
# ۱۲ روزه», «بامداد سه‌شنبه ۳ تیر»), Jomhor News (F36, Dari: «جمعه ۱۳ سرطان ۱۴۰۴», «روز پنجشنبه», «از ۲۴ اسد ۱۴۰۰ به این‌سو»,
# year-less «۲۸ حمل», «میشناسد»), the IPIS site (F37, think tank: «اخبار | ۱۴۰۴/۰۸/۲۱», «دوازدهمین», «روز دوشنبه ۱۹ آبان‌ماه»,
# «دور یازدهم … آذر ۱۴۰۳», «دور سیزدهم … اواسط اردیبهشت ۱۴۰۵»), Sobh-e Sahel (F38, Bandar Abbas daily: «سه‌شنبه ۲۳ دی
# ۱۴۰۴», «۱۲ هزار کانتینر», «پريروز يكشنبه» with Arabic yeh and kaf, «اواخر بهمن», «اوایل اسفند», the phone number
# «۳۲۲۲۴۵۶۰-۰۷۶»), Forsat-e Emrooz (F39, economic daily: the outlet name holding «امروز», «سه‌شنبه ۲۸ بهمن ۱۴۰۴ - شماره ۳۱۲۰»,
# «۱۰ ماه نخست امسال», «۱.۲ میلیارد دلار», «۱۸ درصد», «مدت مشابه پارسال», the name «بهمن نادری», «۶۰ درصد», «امروز سه‌شنبه»,
# «۱۸۵۰ تومان») and Ghanoon (F40, legal daily, whole article: «سه‌شنبه ۸ اردیبهشت ۱۴۰۵ | ۱۱ ذی‌القعده ۱۴۴۷ | شماره ۲۴۸۷», «از
# روز یکشنبه», «صبح دیروز», «امروز», «فردا چهارشنبه», «۱۸ اسفند ۱۴۰۱», «۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵)», «۱۰ مهر پارسال», «هفته
# آینده», «تا پایان ۱۴۰۵» in a related link).
# Contacts (26 cases with at least one required row): atomic energy (Rumyantsev / Aghazadeh fuel-return protocol at Bushehr
# 2005; Kiriyenko / Hosseinitash enrichment-JV talks in Moscow 2006 and a Russian agency team «اواخر اسفندماه»; Shmatko and
# Kiriyenko / Abbasi at the Bushehr inauguration 2011), gas and oil (Miller / Nozari MoU and Miller / Ahmadinejad 2008; Miller
# / Chegeni MoU and Miller / Mokhber 2024 with a Gazprom team «هفته آینده», the 2022 Gazprom–NIOC video MoU and Owji's Bahman
# 1401 visit recalled; Novak / Owji documents at the joint commission and Novak / Raisi 2022), presidents (Medvedev /
# Ahmadinejad at Baku 2010; Putin / Ahmadinejad at Beijing 2012 and the 2007 Tehran Caspian visit (optional) recalled; Putin /
# Rouhani at Bishkek 2013 and an accepted undated Tehran visit (optional); Putin / Raisi call 2021 and his congratulations
# message; Putin / Raisi call 2023 with an invitation for «ماه اکتبر» (optional); the 2025 treaty signed by Putin and
# Pezeshkian recalled in F40), foreign ministers (Salehi / Lavrov in Moscow 2012, Salehi / PM Medvedev «امروز», their
# Mehr call in a related link; Zarif / Lavrov call 2020; Araghchi / Lavrov and Araghchi / Putin with the Leader's letter
# 2025), defence and security (Shoigu / Dehghan agreement and Shoigu / Shamkhani 2015), parliament (Volodin / Raisi and Volodin
# / Ghalibaf 2021, his 1398 visit to Larijani recalled; Ghalibaf / Putin and Ghalibaf / Volodin at the BRICS parliamentary
# forum 2024), envoys (Kabulov / Taherian in Tehran 2017, the six-party Moscow meeting «ماه حمل سال آینده» optional), regions
# and embassies (ambassador Dzhagaryan / Fars governor 2016; Minnikhanov / Isfahan MoU 2017 and an Isfahan trade delegation
# «اواسط آذر»; Melikov / Khorram MoU at Tabriz 2023 and their Ordibehesht meeting at Makhachkala), ministers and joint
# commissions (Ardakanian / Novak call 2019, the 15th commission «از ۷ تا ۹ اردیبهشت» optional; Donyamali / Degtyarev sports
# document 2024 and Degtyarev's Tehran visit «اواسط آذر»), banks (Bank of Russia / CBI Mir–Shetab MoU 2022, a Russian bank team
# «اوایل بهمن»), think tanks (IRAS / RIAC sessions 2022, 2023 and «اسفندماه»; IPIS / Diplomatic Academy rounds Azar 1403, Aban
# 1404 and «اواسط اردیبهشت ۱۴۰۵»), ports and railways (Hormozgan ports / RZD Logistics contract 2026 and an RZD team «اوایل
# اسفند»), judiciary (Krasnov / Mohseni-Ejei and the MoU 2026, Krasnov / Movahedi-Azad «امروز», Krasnov's 1401 visit as
# prosecutor general, an expert meeting «هفته آینده»).
# General news naming Russia or Iran with NO Russia–Iran contact (14): F03, F05, F06, F09, F12, F17, F19, F22, F24, F26,
# F30, F35, F36, F39.  Traps: a delivery of Russian fuel to Bushehr (F03) and of test kits (F20, beside a real call), a
# Russian minister's statement and the Medvedev–Obama meeting (F05), the Sochi quadrilateral without Iran (F06), volleyball
# and football matches against Russia or in Russia, «دیدار» = match (F09, F17, F26), the Crimea referendum, a UNSC veto and
# an Iranian spokeswoman's statement (F12), the S-400 delivery to Turkey and the Russia–Turkey contract (F19), Lavrov's
# demand and Grossi's Tehran visit (F22), Taliban–Russia fuel and wheat contract transiting Iran (F24), Taliban–Overchuk at
# KazanForum with transit via Chabahar (F30), a cancelled Duma delegation visit (F35), Russia's recognition of the Taliban
# (F36), customs figures and the rouble price (F39); counts, money, percentages, durations («سه‌روزه», «۱۰۰۰ مگاواتی»,
# «هشت محموله», «ظرف دو ماه», «۲۰ درصد», «۳۰ فیصد», «۹۶.۸ درصدی», «۱۳ رأی», «پس از ۱۵ سال», «۴۰ نفره», «پس از ۲۰ سال», «۱.۷
# میلیارد دلار», «۲.۵ میلیارد دلاری», «۵۰ هزار کیت», «دوروزه», «۴ میلیارد دلار», «یک میلیون تن», «۲۰ دقیقه», «۱۲ پژوهشگر», «۶۰
# نفره», «۱۵ فیصد», «۵۵ میلیون مترمکعب در روز», «۴۰ میلیارد دلاری», «زیر ۲۳ سال», «جنگ ۱۲ روزه», «۱۲ هزار کانتینر», «۱.۲
# میلیارد دلار», «۱۸۵۰ تومان»), scores («۳ بر ۱», «۲۵-۲۲», «یک بر صفر», «۱ بر ۱», «۲ بر ۱»), minutes of play («دقیقه ۹۵»,
# «دقیقه ۶۷»), clock times, issue numbers, news codes, the volume «سال شصت و چهارم» (F02), «فازهای ۱۳ و ۱۴» (F04), «خط ۲»
# (F14), model names («اس-۳۰۰», «اس-۴۰۰», «اف-۳۵»), «۵+۱», «قطعنامه ۲۲۳۱», «کووید ۱۹», the phone number (F38), ordinals of rounds
# and sessions («دور نخست», «دور دوم», «سومین», «سیزدهمین», «پانزدهمین», «دور هشتم», «دومین نشست», «دهمین», «دوازدهمین», «دور
# یازدهم», «دور سیزدهم», «هفته دوم», «دولت سیزدهم»), outlet names holding date words («عصر ایران», «هشت صبح», «فرصت امروز»,
# «خبرگزاری مهر»), the city «دوشنبه» (F06), «مه» = fog (F26), the name «بهمن نادری» (F39), «تیراندازی» (F33), «تا اطلاع ثانوی»
# (F35), the verb prefix «می».
# Totals: 200 date lines (185 mentions + 15 ignore lines), 75 contact rows (66 required, 9 optional).
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
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set51 as the headers of set49 and set51 state them
#   (set51, the later, wins where they differ).
# Decided here where nothing above says (set53):
#   A written day-month followed by «پارسال» («۱۰ مهر پارسال») = that day of the previous Solar year, «پارسال» inside the
#   span, calendar j (F40), as set49's «۲۹ دی‌ماه گذشته» and set16's «امسال» after a date.  «۱۰ ماه نخست امسال» = 1
#   Farvardin to the end of Dey of the current Solar year (r) (F39), by analogy with set49's «شش ماه نخست امسال» and set51's
#   «پنج ماه نخست امسال».  A deadline with «پیش از» («پیش از پایان سال ۲۰۱۲ میلادی») is one ignore line with «پیش از» inside,
#   as «تا پایان …» (F10).  «چند روز پس از آتش‌بس» (vague and event-relative) is one ignore line (F35), like set51's «یک روز
#   پیش از این دیدار»; «یک روز پس از دیدار» and «یک روز پس از انتخابات» likewise (F05, F21).  A year-less Islamic holiday
#   standing alone («فرارسیدن نیمه شعبان») = 15 Sha'ban of the Islamic year nearest the document date (h) (F20), as set16's
#   «عید نوروز».  «سال ۹۱» (two-digit year after «سال») = the whole Solar year 1391 (j) (F08).  In a Telegram-style post
#   whose date closes the post («🆔 @rokna_net | ۱۴۰۲/۰۴/۲۹»), the numeric date is one j mention (handle and pipe outside)
#   and the relative words above it resolve against that date (F27).  Volleyball set scores («۲۵-۲۲») are not dates (F09).
#   Contacts: an invitation to visit in a named month with no acceptance stated («از رئیسی برای سفر به روسیه در ماه اکتبر
#   دعوت کرد») is an optional meet with the Gregorian month value "2023-10" (F27).  Sessions of two think tanks (IRAS /
#   RIAC, IPIS / the Diplomatic Academy) are institution-level meets: the session held is required, an earlier session
#   recalled by its month is required at that month interval, a next session planned by a month or part of one is required
#   (F28, F37), as set49's business council.  A regional head welcomed at the airport by the governor, with an MoU signed
#   by both «ساعتی بعد», gives a required meet and a required agreement, both on the publication date (F29).  A bilateral
#   stated after an inauguration ceremony attended by two Russian officials is one row accepting either of them (F08).  A
#   Russian official «که از روز یکشنبه در تهران به سر می‌برد» with his first named meeting the next day gives no separate
#   row for the arrival day (F40).  An official recalled in his former post («کراسنوف … در سمت دادستان کل روسیه») gets the
#   names of that post (F40).  A leader's letter handed over by the foreign minister is a message row accepting the leader
#   or the minister on the Iranian side, besides the minister's meet row (F34), as set49's 22 Bahman message.  An undated
#   visit accepted «در آینده نزدیک» is an optional undated meet (F11), as set16's hopes «قريباً».
#   Date lines: «در آینده نزدیک» (vague future) and the event-relative «نخستین روز سفر», «نخستین روز این مجمع» are ignore
#   lines (F11, F13, F32), as set16's vague / event-relative rule.
PUT, LAV, KHA, AHD, MED = "Vladimir Putin", "Sergei Lavrov", "Ali Khamenei", "Mahmoud Ahmadinejad", "Dmitry Medvedev"
ROU, RAI, PEZ = "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
ZAR, ARA = "Mohammad Javad Zarif", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
MEDP = ["Dmitry Medvedev", "Government of Russia", RU]
RUM = ["Alexander Rumyantsev", "Federal Atomic Energy Agency", "Rosatom", RU]
AGH = ["Gholamreza Aghazadeh", "Atomic Energy Organization of Iran", "AEOI", IR]
KIR = ["Sergei Kiriyenko", "Federal Atomic Energy Agency", "Rosatom", RU]
HTAS = ["Ali Hosseinitash", "Supreme National Security Council", IR]
FAEA = ["Federal Atomic Energy Agency", "Rosatom", "Sergei Kiriyenko", RU]
SNSC = ["Supreme National Security Council", "Ali Hosseinitash", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
GAZ = ["Gazprom", "Alexei Miller", RU]
NOZ = ["Gholamhossein Nozari", "Iranian Ministry of Petroleum", IR]
SHMK = ["Sergei Shmatko", "Russian Ministry of Energy", "Sergei Kiriyenko", "Rosatom", RU]
ABB = ["Fereydoun Abbasi", "Atomic Energy Organization of Iran", "AEOI", IR]
SALF = ["Ali Akbar Salehi", "Iranian Foreign Ministry", IR]
SHOD = ["Sergei Shoigu", "Russian Ministry of Defence", RU]
DEH = ["Hossein Dehghan", "Ministry of Defence", IR]
SHAM = ["Ali Shamkhani", "Supreme National Security Council", IR]
DZH = ["Levan Dzhagaryan", "Russian Embassy in Tehran", RU]
FARS = ["Esmaeil Tabadar", "Fars Province", IR]
KAB = ["Zamir Kabulov", "Russian Foreign Ministry", RU]
TAH = ["Mohammad Ebrahim Taherian", "Iranian Foreign Ministry", IR]
TAT = ["Rustam Minnikhanov", "Republic of Tatarstan", RU]
TATR = ["Republic of Tatarstan", "Rustam Minnikhanov", RU]
ISF = ["Isfahan Province", "Governor of Isfahan", IR]
ISFC = ["Isfahan Province", "Isfahan Chamber of Commerce", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
NOVD = ["Alexander Novak", "Government of Russia", RU]
ARD = ["Reza Ardakanian", "Iranian Ministry of Energy", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
LARM = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
OWJ = ["Javad Owji", "Iranian Ministry of Petroleum", IR]
CBR = ["Bank of Russia", "Central Bank of Russia", "NSPK", RU]
CBI = ["Central Bank of Iran", "CBI", "Mohsen Karimi", IR]
RIAC = ["Russian International Affairs Council", "RIAC", RU]
IRAS = ["Institute for Iran-Eurasia Studies", "IRAS", IR]
MEL = ["Sergei Melikov", "Republic of Dagestan", RU]
EAZ = ["Abedin Khorram", "East Azerbaijan Province", IR]
NIGC = ["Majid Chegeni", "National Iranian Gas Company", "NIGC", "Iranian Ministry of Petroleum", IR]
NIOC = ["National Iranian Oil Company", "NIOC", "Iranian Ministry of Petroleum", IR]
MOKH = ["Mohammad Mokhber", IR]
DEG = ["Mikhail Degtyarev", "Russian Ministry of Sport", RU]
DON = ["Ahmad Donyamali", "Ministry of Sport and Youth", IR]
DIPA = ["Alexander Yakovenko", "Diplomatic Academy of the Russian Foreign Ministry", "Russian Foreign Ministry", RU]
IPIS = ["Saeed Khatibzadeh", "Institute for Political and International Studies", "IPIS", "Iranian Foreign Ministry", IR]
RZD = ["RZD Logistics", "Russian Railways", RU]
PMO = ["Ports and Maritime Organization", "Hormozgan Ports and Maritime Administration", "Hormozgan Province", IR]
KRAS = ["Igor Krasnov", "Supreme Court of Russia", RU]
KRASP = ["Igor Krasnov", "Prosecutor General's Office of Russia", RU]
EJEI = ["Gholamhossein Mohseni-Ejei", "Judiciary of Iran", IR]
MOVA = ["Mohammad Movahedi-Azad", "Prosecutor General of Iran", IR]
RUSC = ["Supreme Court of Russia", "Russian judiciary", RU]
IRJU = ["Judiciary of Iran", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- F01–F21: 2005–2021 ----------------
dict(id="F01", pub="2005-02-28", text=(
     "دنیای اقتصاد - شماره ۵۴۸ - دوشنبه ۱۰ اسفند ۱۳۸۳\n"
     "پروتکل بازگرداندن سوخت مصرف‌شده نیروگاه اتمی بوشهر روز گذشته پس از دیدار غلامرضا آقازاده، رئیس سازمان انرژی اتمی، و الکساندر رومیانتسف، رئیس آژانس فدرال انرژی اتمی روسیه، در بوشهر به امضا رسید. "
     "رومیانتسف که در سفری سه‌روزه به ایران آمده، گفت نیروگاه ۱۰۰۰ مگاواتی بوشهر در سال ۲۰۰۶ میلادی به بهره‌برداری می‌رسد؛ مذاکرات این پروتکل از آذر ۱۳۸۲ آغاز شده بود."),
     dates=[("دوشنبه ۱۰ اسفند ۱۳۸۳", "2005-02-28", "j"), ("روز گذشته", "2005-02-27", "r"),
            ("سال ۲۰۰۶ میلادی", "2006", "g"), ("آذر ۱۳۸۲", "2003-11-22/2003-12-21", "j")],
     contacts=[C(RUM, AGH, "meet", "2005-02-27"), C(RUM, AGH, "agreement", "2005-02-27")]),
dict(id="F02", pub="2006-02-21", text=(
     "کیهان - سه شنبه ۲ اسفند ۱۳۸۴ - ۲۲ محرم ۱۴۲۷ - سال شصت و چهارم - شماره ۱۸۴۶۱\n"
     "سرویس سیاسی- دور نخست مذاکرات هیئت ایرانی به ریاست علی حسینی‌تاش، معاون دبیر شورای عالی امنیت ملی، با سرگئی کیریینکو، رئیس آژانس فدرال انرژی اتمی روسیه، درباره پیشنهاد تشکیل شرکت مشترک غنی‌سازی در خاک روسیه دیروز در مسکو برگزار شد و نتیجه آن امروز به تهران گزارش می‌شود. "
     "کیریینکو گفت ادامه گفتگوها به نشست ۶ مارس (۱۵ اسفند) شورای حکام آژانس بستگی ندارد و هیئتی از آژانس فدرال انرژی اتمی روسیه اواخر اسفندماه برای دور دوم مذاکرات به تهران سفر می‌کند."),
     dates=[("سه شنبه ۲ اسفند ۱۳۸۴", "2006-02-21", "j"), ("۲۲ محرم ۱۴۲۷", "2006-02-21", "h"), ("دیروز", "2006-02-20", "r"),
            ("امروز", "2006-02-21", "r"), ("۶ مارس", "2006-03-06", "g"), ("۱۵ اسفند", "2006-03-06", "j"),
            ("اواخر اسفندماه", "2006-03-12/2006-03-20", "j")],
     contacts=[C(KIR, HTAS, "meet", "2006-02-20"), C(FAEA, SNSC, "meet", "2006-03-12/2006-03-20")]),
dict(id="F03", pub="2007-12-17", text=(
     "جام جم | دوشنبه ۲۶ آذر ۱۳۸۶ | ۷ ذی‌الحجه ۱۴۲۸ | شماره ۲۱۲۹\n"
     "نخستین محموله سوخت نیروگاه اتمی بوشهر که روز یکشنبه با هواپیما از روسیه ارسال شده بود، بامداد امروز تحویل ایران شد و در حضور بازرسان آژانس بین‌المللی انرژی اتمی پلمب شد. "
     "غلامرضا آقازاده، رئیس سازمان انرژی اتمی، گفت سوخت در هشت محموله و ظرف دو ماه تحویل می‌شود؛ وزارت امور خارجه روسیه نیز در بیانیه‌ای اعلام کرد با این تحویل، ایران دیگر دلیلی برای ادامه غنی‌سازی ندارد."),
     dates=[("دوشنبه ۲۶ آذر ۱۳۸۶", "2007-12-17", "j"), ("۷ ذی‌الحجه ۱۴۲۸", "2007-12-17", "h"), ("روز یکشنبه", "2007-12-16", "r"),
            ("بامداد امروز", "2007-12-17", "r")],
     contacts=[]),
dict(id="F04", pub="2008-07-15", text=(
     "کار و کارگر - سه‌شنبه ۲۵ تير ۱۳۸۷ - شماره ۳۳۶۲\n"
     "الکسی میلر، مدیرعامل گازپروم، که یکشنبه ۲۳ تیر وارد تهران شده بود، همان روز پس از دیدار با غلامحسین نوذری، وزیر نفت، یادداشت تفاهمی برای مشارکت در توسعه فازهای ۱۳ و ۱۴ پارس جنوبی امضا کرد. "
     "میلر دیروز نیز با محمود احمدی‌نژاد دیدار کرد؛ به گفته نوذری، سهم گازپروم در این طرح‌ها ممکن است به ۲۰ درصد برسد."),
     dates=[("سه‌شنبه ۲۵ تير ۱۳۸۷", "2008-07-15", "j"), ("یکشنبه ۲۳ تیر", "2008-07-13", "j"), ("همان روز", None, "ignore"), ("دیروز", "2008-07-14", "r")],
     contacts=[C(MIL, NOZ, "meet", "2008-07-13"), C(MIL, NOZ, "agreement", "2008-07-13"), C(MIL, AHD, "meet", "2008-07-14")]),
dict(id="F05", pub="2009-11-17", text=(
     "رادیو فردا | سه‌شنبه ۲۶ آبان ۱۳۸۸ تهران ۱۰:۴۲\n"
     "سرگئی شماتکو، وزیر انرژی روسیه، روز دوشنبه گفت راه‌اندازی نیروگاه اتمی بوشهر تا پایان سال ۲۰۰۹ میلادی ممکن نیست و «مسائل فنی» را دلیل این تأخیر دانست. "
     "این اظهارات یک روز پس از دیدار دیمیتری مدودف و باراک اوباما در حاشیه اجلاس اپک در سنگاپور مطرح شد؛ دو رئیس‌جمهور یکشنبه ۱۵ نوامبر درباره برنامه هسته‌ای ایران گفتگو کرده بودند و تهران هنوز واکنشی رسمی نشان نداده است."),
     dates=[("سه‌شنبه ۲۶ آبان ۱۳۸۸", "2009-11-17", "j"), ("روز دوشنبه", "2009-11-16", "r"),
            ("تا پایان سال ۲۰۰۹ میلادی", None, "ignore"), ("یک روز پس از دیدار", None, "ignore"), ("یکشنبه ۱۵ نوامبر", "2009-11-15", "g")],
     contacts=[]),
dict(id="F06", pub="2010-08-19", text=(
     "طلوع‌نیوز - پنجشنبه ۲۸ اسد ۱۳۸۹\n"
     "حامد کرزی، رئیس جمهور، دیروز در نشست چهارجانبه سوچی با دیمتری مدویدیف، آصف علی زرداری و امامعلی رحمان در مورد مبارزه با قاچاق مواد مخدر و پروژه‌های برق و ترانزیت گفتگو کرد. "
     "این دومین نشست چهارجانبه پس از نشست ماه اسد سال گذشته در دوشنبه است؛ ایران در این نشست حضور نداشت، اما به گفته مقام‌های افغان ۳۰ فیصد ترانزیت کالاهای افغانستان از بندرهای ایران انجام میشود."),
     dates=[("پنجشنبه ۲۸ اسد ۱۳۸۹", "2010-08-19", "j"), ("دیروز", "2010-08-18", "r"),
            ("اسد سال گذشته", "2009-07-23/2009-08-22", "j")],
     contacts=[]),
dict(id="F07", pub="2010-11-20", text=(
     "مردم‌سالاری - شنبه ۲۹ آبان ۱۳۸۹ - شماره ۲۶۸۴\n"
     "محمود احمدی‌نژاد و دیمیتری مدودف روز پنجشنبه در حاشیه سومین اجلاس سران کشورهای ساحلی دریای خزر در باکو با یکدیگر دیدار کردند؛ "
     "این نخستین دیدار دو رئیس‌جمهور پس از فرمان شهریورماه مدودف درباره ممنوعیت تحویل سامانه اس-۳۰۰ به ایران بود."),
     dates=[("شنبه ۲۹ آبان ۱۳۸۹", "2010-11-20", "j"), ("روز پنجشنبه", "2010-11-18", "r"),
            ("شهریورماه", "2010-08-23/2010-09-22", "j")],
     contacts=[C(MED, AHD, "meet", "2010-11-18")]),
dict(id="F08", pub="2011-09-13", text=(
     "جوان آنلاین - سه‌شنبه ۲۲ شهریور ۱۳۹۰\n"
     "مراسم رسمی آغاز به کار نیروگاه اتمی بوشهر عصر دیروز با حضور فریدون عباسی، رئیس سازمان انرژی اتمی، سرگئی شماتکو، وزیر انرژی روسیه، و سرگئی کیریینکو، مدیرعامل روس‌اتم، برگزار شد و عباسی و شماتکو پس از مراسم دیداری دوجانبه داشتند. "
     "این نیروگاه از ۱۲ شهریور (۳ سپتامبر) به شبکه سراسری برق متصل شده و قرار است در سال ۹۱ به ظرفیت کامل برسد."),
     dates=[("سه‌شنبه ۲۲ شهریور ۱۳۹۰", "2011-09-13", "j"), ("عصر دیروز", "2011-09-12", "r"), ("۱۲ شهریور", "2011-09-03", "j"),
            ("۳ سپتامبر", "2011-09-03", "g"), ("سال ۹۱", "2012-03-20/2013-03-20", "j")],
     contacts=[C(SHMK, ABB, "meet", "2011-09-12")]),
dict(id="F09", pub="2012-06-10", text=(
     "ایران ورزشی | یکشنبه ۲۱ خرداد ۱۳۹۱ | شماره ۴۳۳۸\n"
     "تیم ملی والیبال ایران شب گذشته در دومین دیدار هفته دوم لیگ جهانی در کازان با نتیجه ۳ بر ۱ (۲۵-۲۲، ۲۳-۲۵، ۲۵-۲۰ و ۲۵-۲۱) مغلوب روسیه شد. "
     "شاگردان خولیو ولاسکو که جمعه شب در نخستین دیدار با همین حریف ۳ بر ۲ باخته بودند، ۲۶ و ۲۷ خرداد در ورزشگاه آزادی میزبان کوبا هستند."),
     dates=[("یکشنبه ۲۱ خرداد ۱۳۹۱", "2012-06-10", "j"), ("شب گذشته", "2012-06-09", "r"), ("جمعه شب", "2012-06-08", "r"),
            ("۲۶", "2012-06-15", "j"), ("۲۷ خرداد", "2012-06-16", "j")],
     contacts=[]),
dict(id="F10", pub="2012-10-30", text=(
     "صالحی در مسکو: همکاری تهران و مسکو قربانی تحریم‌ها نمی‌شود\n"
     "تاریخ انتشار: ۱۶:۳۰ - ۰۹ آبان ۱۳۹۱\n"
     "کد خبر: ۲۴۵۷۱۸ | سرویس سیاسی\n"
     "عصر ایران - علی‌اکبر صالحی، وزیر امور خارجه، دیروز دوشنبه در مسکو با سرگئی لاوروف، همتای روس خود، دیدار و درباره برنامه هسته‌ای ایران و بحران سوریه گفتگو کرد.\n"
     "لاوروف در نشست خبری مشترک، تحریم‌های یکجانبه آمریکا و اتحادیه اروپا را غیرقانونی خواند و از برگزاری دور بعدی مذاکرات ایران و ۵+۱ پیش از پایان سال ۲۰۱۲ میلادی حمایت کرد.\n"
     "صالحی امروز با دیمیتری مدودف، نخست‌وزیر روسیه، دیدار می‌کند و فردا چهارشنبه به تهران بازمی‌گردد.\n"
     "این نخستین سفر صالحی به روسیه پس از بازگشت ولادیمیر پوتین به کرملین در ۱۸ اردیبهشت ۱۳۹۱ (۷ مه ۲۰۱۲) است.\n"
     "پوتین و محمود احمدی‌نژاد ۱۷ خرداد امسال در حاشیه اجلاس سازمان همکاری شانگهای در پکن دیدار کرده بودند.\n"
     "آخرین سفر یک رئیس‌جمهور روسیه به تهران به ۲۴ مهر ۱۳۸۶ بازمی‌گردد که پوتین برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر به تهران آمد.\n"
     "برچسب‌ها: صالحی، لاوروف، روسیه، ۵+۱ | مطلب مرتبط: گفتگوی تلفنی صالحی و لاوروف در ۱۲ مهر درباره سوریه\n"
     "کلیه حقوق این سایت متعلق به عصر ایران است."),
     dates=[("۰۹ آبان ۱۳۹۱", "2012-10-30", "j"), ("دیروز دوشنبه", "2012-10-29", "r"),
            ("پیش از پایان سال ۲۰۱۲ میلادی", None, "ignore"), ("امروز", "2012-10-30", "r"), ("فردا چهارشنبه", "2012-10-31", "r"),
            ("۱۸ اردیبهشت ۱۳۹۱", "2012-05-07", "j"), ("۷ مه ۲۰۱۲", "2012-05-07", "g"), ("۱۷ خرداد امسال", "2012-06-06", "j"),
            ("۲۴ مهر ۱۳۸۶", "2007-10-16", "j"), ("۱۲ مهر", "2012-10-03", "j")],
     contacts=[C(LAV, SALF, "meet", "2012-10-29"), C(MEDP, SALF, "meet", "2012-10-30"), C(PUT, AHD, "meet", "2012-06-06"),
               C(PUT, [AHD, KHA, IR], "meet", "2007-10-16", True), C(LAV, SALF, "phone_call", "2012-10-03")]),
dict(id="F11", pub="2013-09-14", text=(
     "تابناک - ۲۳ شهریور ۱۳۹۲ - کد خبر: ۳۴۵۸۹۱\n"
     "حسن روحانی روز جمعه در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک با ولادیمیر پوتین دیدار کرد؛ نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ ۱۲ مرداد (۳ آگوست). "
     "پوتین در این دیدار دعوت روحانی برای سفر به تهران را «در آینده نزدیک» پذیرفت و رئیس‌جمهور امروز بیشکک را به مقصد تهران ترک می‌کند."),
     dates=[("۲۳ شهریور ۱۳۹۲", "2013-09-14", "j"), ("روز جمعه", "2013-09-13", "r"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("۳ آگوست", "2013-08-03", "g"), ("در آینده نزدیک", None, "ignore"), ("امروز", "2013-09-14", "r")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, [ROU, IR], "meet", None, True)]),
dict(id="F12", pub="2014-03-17", text=(
     "فرارو - دوشنبه ۲۶ اسفند ۱۳۹۲\n"
     "نتایج اولیه همه‌پرسی دیروز کریمه از رأی ۹۶.۸ درصدی شرکت‌کنندگان به پیوستن به روسیه حکایت دارد؛ شورای امنیت روز شنبه پیش‌نویس قطعنامه‌ای را که این همه‌پرسی را بی‌اعتبار می‌خواند، با ۱۳ رأی موافق، وتوی روسیه و رأی ممتنع چین تصویب نکرد. "
     "مرضیه افخم، سخنگوی وزارت امور خارجه، گفت ایران با هرگونه تجزیه کشورها مخالف است؛ ولادیمیر پوتین قرار است فردا در مجلس فدرال روسیه سخنرانی کند."),
     dates=[("دوشنبه ۲۶ اسفند ۱۳۹۲", "2014-03-17", "j"), ("دیروز", "2014-03-16", "r"), ("روز شنبه", "2014-03-15", "r"),
            ("فردا", "2014-03-18", "r")],
     contacts=[]),
dict(id="F13", pub="2015-01-21", text=(
     "انتخاب - چهارشنبه اول بهمن ۱۳۹۳ - کد خبر: ۱۸۸۴۵۲\n"
     "سرگئی شویگو، وزیر دفاع روسیه، که دیروز وارد تهران شد، در نخستین روز سفر خود با حسین دهقان، وزیر دفاع، دیدار کرد و دو وزیر موافقت‌نامه همکاری نظامی را امضا کردند؛ این نخستین سفر یک وزیر دفاع روسیه به ایران پس از ۱۵ سال است. "
     "شویگو امروز با علی شمخانی، دبیر شورای عالی امنیت ملی، دیدار می‌کند."),
     dates=[("چهارشنبه اول بهمن ۱۳۹۳", "2015-01-21", "j"), ("دیروز", "2015-01-20", "r"), ("نخستین روز سفر", None, "ignore"), ("امروز", "2015-01-21", "r")],
     contacts=[C(SHOD, DEH, "meet", "2015-01-20"), C(SHOD, DEH, "agreement", "2015-01-20"), C(SHOD, SHAM, "meet", "2015-01-21")]),
dict(id="F14", pub="2016-05-17", text=(
     "خبر جنوب - شیراز - سه‌شنبه ۲۸ اردیبهشت ۹۵\n"
     "لوان جاگاریان، سفیر روسیه در ایران، صبح دیروز در دیدار با اسماعیل تبادار، استاندار فارس، از آمادگی شرکت‌های روس برای مشارکت در تکمیل خط ۲ قطار شهری شیراز خبر داد. "
     "استاندار فارس گفت نمایشگاه بین‌المللی گردشگری شیراز از ۱۰ تا ۱۳ خرداد برگزار می‌شود و پرواز مستقیم مسکو-شیراز از اوایل تیرماه برقرار خواهد شد."),
     dates=[("سه‌شنبه ۲۸ اردیبهشت ۹۵", "2016-05-17", "j"), ("صبح دیروز", "2016-05-16", "r"),
            ("از ۱۰ تا ۱۳ خرداد", "2016-05-30/2016-06-02", "j"), ("اوایل تیرماه", "2016-06-21/2016-06-30", "j")],
     contacts=[C(DZH, FARS, "meet", "2016-05-16")]),
dict(id="F15", pub="2017-03-13", text=(
     "هشت صبح - دوشنبه ۲۳ حوت ۱۳۹۵\n"
     "ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه در امور افغانستان، روز شنبه در تهران با محمدابراهیم طاهریان، نماینده ویژه ایران در امور افغانستان، دیدار و در مورد نشست آینده مسکو گفتگو کرد. "
     "قرار است نشست شش‌جانبه مسکو با حضور نمایندگان افغانستان، روسیه، چین، پاکستان، ایران و هند در ماه حمل سال آینده برگزار شود؛ حکومت افغانستان هنوز حضور خود را تأیید نکرده است."),
     dates=[("دوشنبه ۲۳ حوت ۱۳۹۵", "2017-03-13", "j"), ("روز شنبه", "2017-03-11", "r"),
            ("حمل سال آینده", "2017-03-21/2017-04-20", "j")],
     contacts=[C(KAB, TAH, "meet", "2017-03-11"), C(KAB, TAH, "meet", "2017-03-21/2017-04-20", True)]),
dict(id="F16", pub="2017-10-25", text=(
     "نصف جهان | چهارشنبه ۳ آبان ۱۳۹۶ | شماره ۳۴۱۲\n"
     "هیئت ۴۰ نفره‌ای از جمهوری تاتارستان روسیه به ریاست رستم مینیخانوف عصر دیروز وارد اصفهان شد و پس از دیدار او با استاندار اصفهان، تفاهم‌نامه همکاری در حوزه گردشگری و صنایع دستی به امضا رسید. "
     "مینیخانوف امروز از میدان نقش جهان بازدید می‌کند و هیئت تجاری اصفهان نیز اواسط آذر برای دیدار با مقام‌های تاتارستان به کازان سفر خواهد کرد."),
     dates=[("چهارشنبه ۳ آبان ۱۳۹۶", "2017-10-25", "j"), ("عصر دیروز", "2017-10-24", "r"), ("امروز", "2017-10-25", "r"),
            ("اواسط آذر", "2017-12-02/2017-12-11", "j")],
     contacts=[C(TAT, ISF, "meet", "2017-10-24"), C(TAT, ISF, "agreement", "2017-10-24"),
               C(TATR, ISFC, "meet", "2017-12-02/2017-12-11")]),
dict(id="F17", pub="2018-06-16", text=(
     "ایران اینترنشنال - شنبه ۲۶ خرداد ۱۳۹۷\n"
     "تیم ملی فوتبال ایران شامگاه جمعه در نخستین دیدار خود در جام جهانی ۲۰۱۸ روسیه، در ورزشگاه سن‌پترزبورگ با گل به خودی عزیز بوحدوز در دقیقه ۹۵ مراکش را یک بر صفر شکست داد؛ نخستین پیروزی ایران در جام جهانی پس از ۲۰ سال. "
     "شاگردان کارلوس کی‌روش چهارشنبه ۲۰ ژوئن (۳۰ خرداد) در کازان به مصاف اسپانیا می‌روند."),
     dates=[("شنبه ۲۶ خرداد ۱۳۹۷", "2018-06-16", "j"), ("شامگاه جمعه", "2018-06-15", "r"), ("جام جهانی ۲۰۱۸", None, "ignore"),
            ("چهارشنبه ۲۰ ژوئن", "2018-06-20", "g"), ("۳۰ خرداد", "2018-06-20", "j")],
     contacts=[]),
dict(id="F18", pub="2019-04-23", text=(
     "تعادل - سه‌شنبه ۳ اردیبهشت ۱۳۹۸ - شماره ۱۵۲۴\n"
     "رضا اردکانیان، وزیر نیرو و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، دیروز در تماس تلفنی با الکساندر نواک، وزیر انرژی روسیه، درباره دستور کار پانزدهمین نشست این کمیسیون گفتگو کرد. "
     "این نشست از ۷ تا ۹ اردیبهشت در تهران برگزار می‌شود؛ حجم مبادلات دو کشور در سال ۱۳۹۷ به ۱.۷ میلیارد دلار رسید."),
     dates=[("سه‌شنبه ۳ اردیبهشت ۱۳۹۸", "2019-04-23", "j"), ("دیروز", "2019-04-22", "r"),
            ("از ۷ تا ۹ اردیبهشت", "2019-04-27/2019-04-29", "j"), ("سال ۱۳۹۷", "2018-03-21/2019-03-20", "j")],
     contacts=[C(NOV, ARD, "phone_call", "2019-04-22"), C(NOV, ARD, "meet", "2019-04-27/2019-04-29", True)]),
dict(id="F19", pub="2019-07-16", text=(
     "شورای راهبردی روابط خارجی | یادداشت | ۲۵ تیر ۱۳۹۸\n"
     "تحویل نخستین محموله سامانه اس-۴۰۰ روسیه به ترکیه که از روز جمعه ۲۱ تیر (۱۲ جولای) آغاز شد، نشان داد آنکارا حاضر است برای قراردادی ۲.۵ میلیارد دلاری که در سال ۲۰۱۷ با مسکو امضا کرد، خطر حذف از برنامه جنگنده اف-۳۵ را بپذیرد. "
     "برای ایران، این معامله یادآور آن است که روسیه در فروش سلاح، منافع خود را بر هر شراکت راهبردی مقدم می‌دارد."),
     dates=[("۲۵ تیر ۱۳۹۸", "2019-07-16", "j"), ("روز جمعه ۲۱ تیر", "2019-07-12", "j"), ("۱۲ جولای", "2019-07-12", "g"),
            ("سال ۲۰۱۷", "2017", "g")],
     contacts=[]),
dict(id="F20", pub="2020-04-08", text=(
     "باشگاه خبرنگاران جوان - ۲۰ فروردین ۱۳۹۹ - ۱۰:۱۵\n"
     "محمدجواد ظریف و سرگئی لاوروف عصر دیروز در تماسی تلفنی درباره همکاری در مقابله با کووید ۱۹ و تحریم‌های یکجانبه آمریکا گفتگو کردند. "
     "ظریف از ارسال ۵۰ هزار کیت تشخیص کرونا از سوی روسیه در ماه گذشته قدردانی کرد و گفت محموله دوم هفته آینده می‌رسد؛ او همچنین فرارسیدن نیمه شعبان را به مردم تبریک گفت."),
     dates=[("۲۰ فروردین ۱۳۹۹", "2020-04-08", "j"), ("عصر دیروز", "2020-04-07", "r"), ("ماه گذشته", "2020-02-20/2020-03-19", "r"),
            ("هفته آینده", "2020-04-11/2020-04-17", "r"), ("نیمه شعبان", "2020-04-08", "h")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-04-07")]),
dict(id="F21", pub="2021-08-07", text=(
     "ولودین در تهران: مسکو در کنار دولت سیزدهم می‌ایستد\n"
     "شنبه ۱۶ مرداد ۱۴۰۰ | ۲۸ ذی‌الحجه ۱۴۴۲ ه.ق | شماره ۶۲۴۳\n"
     "سرویس سیاسی | کد خبر: ۱۰۲۹۴۵۸\n"
     "جوان آنلاین - ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم تحلیف رئیس‌جمهور به تهران آمده بود، پنجشنبه ۱۴ مرداد (۵ اوت) پس از مراسم با آیت‌الله سید ابراهیم رئیسی دیدار کرد.\n"
     "ولودین روز جمعه نیز با محمدباقر قالیباف، رئیس مجلس، دیدار و گفتگو کرد و دو طرف بر تشکیل کمیسیون مشترک پارلمانی تا پایان امسال توافق کردند.\n"
     "رئیس دومای روسیه بامداد امروز تهران را به مقصد مسکو ترک کرد.\n"
     "پوتین و رئیسی پیش از این ۸ تیر (۲۹ ژوئن) در تماسی تلفنی درباره مذاکرات وین و همکاری‌های اقتصادی گفتگو کرده بودند.\n"
     "پوتین ۲۹ خرداد، یک روز پس از انتخابات، در پیامی پیروزی رئیسی را تبریک گفته بود.\n"
     "ولودین پیشتر در ۳۰ آبان ۱۳۹۸ (۲۱ نوامبر ۲۰۱۹) به تهران سفر کرده و با علی لاریجانی، رئیس وقت مجلس، دیدار کرده بود.\n"
     "برچسب‌ها: ولودین، دومای روسیه، تحلیف | مطلب مرتبط: مراسم تنفیذ حکم ریاست‌جمهوری ۱۲ مرداد برگزار شد\n"
     "کلیه حقوق برای جوان آنلاین محفوظ است."),
     dates=[("شنبه ۱۶ مرداد ۱۴۰۰", "2021-08-07", "j"), ("۲۸ ذی‌الحجه ۱۴۴۲ ه.ق", "2021-08-07", "h"),
            ("پنجشنبه ۱۴ مرداد", "2021-08-05", "j"), ("۵ اوت", "2021-08-05", "g"), ("روز جمعه", "2021-08-06", "r"),
            ("تا پایان امسال", None, "ignore"), ("بامداد امروز", "2021-08-07", "r"), ("۸ تیر", "2021-06-29", "j"),
            ("۲۹ ژوئن", "2021-06-29", "g"), ("۲۹ خرداد", "2021-06-19", "j"), ("یک روز پس از انتخابات", None, "ignore"),
            ("۳۰ آبان ۱۳۹۸", "2019-11-21", "j"), ("۲۱ نوامبر ۲۰۱۹", "2019-11-21", "g"), ("۱۲ مرداد", "2021-08-03", "j")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(VOL, GHA, "meet", "2021-08-06"), C(PUT, RAI, "phone_call", "2021-06-29"),
               C(PUT, RAI, "message", "2021-06-19"), C(VOL, LARM, "meet", "2019-11-21")]),
# ---------------- F22–F40: 2022–2026 ----------------
dict(id="F22", pub="2022-03-06", text=(
     "دویچه وله فارسی - ۱۴۰۰/۱۲/۱۵\n"
     "سرگئی لاوروف روز شنبه گفت مسکو از واشنگتن ضمانت کتبی می‌خواهد که تحریم‌های ناشی از جنگ اوکراین به همکاری‌های روسیه با ایران ذیل قطعنامه ۲۲۳۱ آسیبی نزند؛ دور هشتم مذاکرات وین از ۲۷ دسامبر ادامه دارد. "
     "سعید خطیب‌زاده، سخنگوی وزارت امور خارجه ایران، امروز گفت تهران اجازه نمی‌دهد «عوامل بیرونی» بر منافع ملی اثر بگذارد؛ رافائل گروسی، مدیرکل آژانس، نیز ۵ مارس در تهران با محمد اسلامی دیدار کرده بود."),
     dates=[("۱۴۰۰/۱۲/۱۵", "2022-03-06", "j"), ("روز شنبه", "2022-03-05", "r"), ("۲۷ دسامبر", "2021-12-27", "g"),
            ("امروز", "2022-03-06", "r"), ("۵ مارس", "2022-03-05", "g")],
     contacts=[]),
dict(id="F23", pub="2022-05-26", text=(
     "اکوایران | ۵ خرداد ۱۴۰۱ | ۰۹:۴۰\n"
     "الکساندر نواک، معاون نخست‌وزیر روسیه، دیروز چهارشنبه در تهران با جواد اوجی، وزیر نفت، دیدار کرد و دو طرف در پایان نشست کمیسیون مشترک اقتصادی، پنج سند همکاری در حوزه انرژی، حمل‌ونقل و بانکی امضا کردند. "
     "نواک که در سفری دوروزه به تهران آمده، امروز پنجشنبه پیش از ترک ایران با سید ابراهیم رئیسی دیدار می‌کند؛ حجم مبادلات دو کشور در سال ۲۰۲۱ از ۴ میلیارد دلار گذشت."),
     dates=[("۵ خرداد ۱۴۰۱", "2022-05-26", "j"), ("دیروز چهارشنبه", "2022-05-25", "r"), ("امروز پنجشنبه", "2022-05-26", "r"),
            ("سال ۲۰۲۱", "2021", "g")],
     contacts=[C(NOVD, OWJ, "meet", "2022-05-25"), C(NOVD, OWJ, "agreement", "2022-05-25"), C(NOVD, RAI, "meet", "2022-05-26")]),
dict(id="F24", pub="2022-09-29", text=(
     "آژانس خبری آوا - پنجشنبه ۷ میزان ۱۴۰۱\n"
     "نورالدین عزیزی، سرپرست وزارت صنعت و تجارت، میگوید افغانستان و روسیه روز چهارشنبه قراردادی برای وارد کردن سالانه یک میلیون تن بنزین، یک میلیون تن دیزل، ۵۰۰ هزار تن گاز مایع و ۲ میلیون تن گندم امضا کردند. "
     "به گفته او، این محموله‌ها از راه ایران و ترکمنستان انتقال می‌یابد و نخستین محموله اواخر عقرب به کشور میرسد."),
     dates=[("پنجشنبه ۷ میزان ۱۴۰۱", "2022-09-29", "j"), ("روز چهارشنبه", "2022-09-28", "r"),
            ("اواخر عقرب", "2022-11-12/2022-11-21", "j")],
     contacts=[]),
dict(id="F25", pub="2022-12-14", text=(
     "تجارت نیوز - چهارشنبه ۲۳ آذر ۱۴۰۱ - ۱۱:۴۵\n"
     "محسن کریمی، معاون ارزی بانک مرکزی، از امضای تفاهم‌نامه اتصال شبکه‌های پرداخت شتاب و میر میان بانک مرکزی ایران و بانک مرکزی روسیه روز دوشنبه در مسکو خبر داد و گفت فاز نخست این اتصال اواخر دیماه عملیاتی می‌شود. "
     "به گفته او، هیئتی از بانک مرکزی روسیه اوایل بهمن برای بررسی فاز دوم به تهران می‌آید و ۲۰ درصد مبادلات دو کشور هم‌اکنون با روبل و ریال انجام می‌شود."),
     dates=[("چهارشنبه ۲۳ آذر ۱۴۰۱", "2022-12-14", "j"), ("روز دوشنبه", "2022-12-12", "r"),
            ("اواخر دیماه", "2023-01-11/2023-01-20", "j"), ("اوایل بهمن", "2023-01-21/2023-01-30", "j")],
     contacts=[C(CBR, CBI, "agreement", "2022-12-12"), C(CBR, CBI, "meet", "2022-12-12", True),
               C(CBR, CBI, "meet", "2023-01-21/2023-01-30")]),
dict(id="F26", pub="2023-03-29", text=(
     "نود | چهارشنبه ۹ فروردین ۱۴۰۲ | ۰۰:۴۵\n"
     "تیم ملی فوتبال ایران شب گذشته در دیدار دوستانه‌ای در ورزشگاه آزادی با روسیه ۱ بر ۱ مساوی کرد؛ بازی به دلیل مه و بارش باران با ۲۰ دقیقه تأخیر آغاز شد و گل ایران را مهدی طارمی در دقیقه ۶۷ زد. "
     "شاگردان امیر قلعه‌نویی پیش از این، ۲ فروردین (۲۲ مارس) کنیا را ۲ بر ۱ برده بودند و اردوی بعدی را اواخر خرداد برگزار می‌کنند."),
     dates=[("چهارشنبه ۹ فروردین ۱۴۰۲", "2023-03-29", "j"), ("شب گذشته", "2023-03-28", "r"), ("۲ فروردین", "2023-03-22", "j"),
            ("۲۲ مارس", "2023-03-22", "g"), ("اواخر خرداد", "2023-06-11/2023-06-21", "j")],
     contacts=[]),
dict(id="F27", pub="2023-07-20", text=(
     "🔴 #فوری | گفتگوی تلفنی رئیسی و پوتین\n"
     "🔹 سید ابراهیم رئیسی و ولادیمیر پوتین عصر امروز پنجشنبه در تماسی تلفنی درباره کریدور شمال-جنوب و راه‌آهن رشت-آستارا گفتگو کردند.\n"
     "🔹 پوتین از رئیسی برای سفر به روسیه در ماه اکتبر دعوت کرد.\n"
     "🆔 @rokna_net | ۱۴۰۲/۰۴/۲۹"),
     dates=[("عصر امروز پنجشنبه", "2023-07-20", "r"), ("ماه اکتبر", "2023-10", "g"), ("۱۴۰۲/۰۴/۲۹", "2023-07-20", "j")],
     contacts=[C(PUT, RAI, "phone_call", "2023-07-20"), C(PUT, RAI, "meet", "2023-10", True)]),
dict(id="F28", pub="2023-10-18", text=(
     "مؤسسه مطالعات ایران و اوراسیا (ایراس) | اخبار مؤسسه | ۲۶ مهر ۱۴۰۲\n"
     "دومین نشست مشترک ایراس و شورای امور بین‌الملل روسیه با عنوان «ایران و روسیه در نظم در حال گذار» روز دوشنبه بیست و چهارم مهرماه در تهران برگزار شد؛ به نقل از خبرگزاری مهر، ۱۲ پژوهشگر از دو کشور در این نشست سخنرانی کردند. "
     "نخستین نشست دو نهاد اردیبهشت ۱۴۰۱ در مسکو برگزار شده بود و نشست سوم اسفندماه در مسکو خواهد بود."),
     dates=[("۲۶ مهر ۱۴۰۲", "2023-10-18", "j"), ("روز دوشنبه بیست و چهارم مهرماه", "2023-10-16", "j"),
            ("اردیبهشت ۱۴۰۱", "2022-04-21/2022-05-21", "j"), ("اسفندماه", "2024-02-20/2024-03-19", "j")],
     contacts=[C(RIAC, IRAS, "meet", "2023-10-16"), C(RIAC, IRAS, "meet", "2022-04-21/2022-05-21"),
               C(RIAC, IRAS, "meet", "2024-02-20/2024-03-19")]),
dict(id="F29", pub="2023-12-05", text=(
     "مهد آزادی - تبریز - سه‌شنبه ۱۴ آذر ۱۴۰۲ - شماره ۸۴۱۶\n"
     "سرگئی ملیکف، رئیس جمهوری داغستان روسیه، بامداد امروز در رأس هیئتی ۶۰ نفره وارد تبریز شد و در فرودگاه شهید مدنی مورد استقبال عابدین خرم، استاندار آذربایجان شرقی، قرار گرفت؛ ساعتی بعد تفاهم‌نامه همکاری‌های بازرگانی دو منطقه به امضای آنان رسید. "
     "خرم بیست و یکم اردیبهشت امسال در مخاچ‌قلعه با ملیکف دیدار کرده بود."),
     dates=[("سه‌شنبه ۱۴ آذر ۱۴۰۲", "2023-12-05", "j"), ("بامداد امروز", "2023-12-05", "r"), ("ساعتی بعد", None, "ignore"),
            ("بیست و یکم اردیبهشت امسال", "2023-05-11", "j")],
     contacts=[C(MEL, EAZ, "meet", "2023-12-05"), C(MEL, EAZ, "agreement", "2023-12-05"), C(MEL, EAZ, "meet", "2023-05-11")]),
dict(id="F30", pub="2024-05-16", text=(
     "شمشاد نیوز - پنجشنبه ۲۷ ثور ۱۴۰۳\n"
     "هیئت امارت اسلامی به رهبری نورالدین عزیزی، سرپرست وزارت صنعت و تجارت، در نشست «روسیه - جهان اسلام: کازان‌فوروم» که از ۲۵ تا ۳۰ ثور در کازان جریان دارد، با الکسی اورچوک، معاون صدراعظم روسیه، دیدار کرد و دو طرف در مورد ترانزیت کالا از راه بندر چابهار ایران گفتگو کردند. "
     "به گفته عزیزی، تجارت دو کشور ۱۵ فیصد افزایش یافته و دور بعدی گفتگوها در ماه جوزا در کابل برگزار میشود."),
     dates=[("پنجشنبه ۲۷ ثور ۱۴۰۳", "2024-05-16", "j"), ("از ۲۵ تا ۳۰ ثور", "2024-05-14/2024-05-19", "j"),
            ("جوزا", "2024-05-21/2024-06-20", "j")],
     contacts=[]),
dict(id="F31", pub="2024-06-27", text=(
     "گازپروم و شرکت ملی گاز ایران تفاهم‌نامه راهبردی امضا کردند\n"
     "دنیای اقتصاد | پنجشنبه ۷ تیر ۱۴۰۳ | ۲۱ ذی‌الحجه ۱۴۴۵ قمری | شماره ۶۱۲۳\n"
     "بخش انرژی | کد مطلب: ۴۰۸۷۶۵۲\n"
     "الکسی میلر، مدیرعامل گازپروم، که عصر سه‌شنبه وارد تهران شده بود، دیروز پس از دیدار با مجید چگنی، مدیرعامل شرکت ملی گاز ایران، یادداشت تفاهم راهبردی صادرات گاز روسیه به ایران از مسیر جمهوری آذربایجان را امضا کرد.\n"
     "میلر دیروز همچنین با محمد مخبر، سرپرست ریاست‌جمهوری، دیدار کرد.\n"
     "بر اساس این تفاهم‌نامه، حجم صادرات می‌تواند تا ۵۵ میلیون مترمکعب در روز برسد و قیمت‌گذاری باید تا پایان مهرماه نهایی شود.\n"
     "هیئت فنی گازپروم هفته آینده برای مذاکره درباره جزئیات قیمت‌گذاری به تهران سفر می‌کند.\n"
     "گازپروم و شرکت ملی نفت ایران پیش‌تر در ۲۸ تیر ۱۴۰۱ (۱۹ ژوئیه ۲۰۲۲)، همزمان با سفر ولادیمیر پوتین به تهران، یادداشت تفاهمی ۴۰ میلیارد دلاری را به صورت ویدئوکنفرانس امضا کرده بودند.\n"
     "جواد اوجی، وزیر نفت دولت سیزدهم، نیز در سفر بهمن ۱۴۰۱ خود به مسکو با میلر دیدار کرده بود.\n"
     "برچسب‌ها: گازپروم، شرکت ملی گاز، صادرات گاز | مطلب مرتبط: انتخابات ریاست‌جمهوری جمعه ۸ تیر برگزار می‌شود\n"
     "تمامی حقوق مادی و معنوی این سایت متعلق به روزنامه دنیای اقتصاد است."),
     dates=[("پنجشنبه ۷ تیر ۱۴۰۳", "2024-06-27", "j"), ("۲۱ ذی‌الحجه ۱۴۴۵ قمری", "2024-06-27", "h"),
            ("عصر سه‌شنبه", "2024-06-25", "r"), ("دیروز", "2024-06-26", "r"), ("دیروز", "2024-06-26", "r"), ("تا پایان مهرماه", None, "ignore"),
            ("هفته آینده", "2024-06-29/2024-07-05", "r"), ("۲۸ تیر ۱۴۰۱", "2022-07-19", "j"), ("۱۹ ژوئیه ۲۰۲۲", "2022-07-19", "g"),
            ("بهمن ۱۴۰۱", "2023-01-21/2023-02-19", "j"), ("جمعه ۸ تیر", "2024-06-28", "j")],
     contacts=[C(MIL, NIGC, "meet", "2024-06-26"), C(MIL, NIGC, "agreement", "2024-06-26"), C(MIL, MOKH, "meet", "2024-06-26"),
               C(GAZ, NIGC, "meet", "2024-06-29/2024-07-05"), C(GAZ, NIOC, "agreement", "2022-07-19"),
               C(GAZ, NIOC, "meet", "2022-07-19", True), C(MIL, OWJ, "meet", "2023-01-21/2023-02-19")]),
dict(id="F32", pub="2024-07-12", text=(
     "خانه ملت - جمعه ۲۲ تیر ۱۴۰۳ - ۱۰:۳۰ - کد خبر: ۴۵۶۱۲۷\n"
     "محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیروز پنجشنبه در حاشیه دهمین مجمع پارلمانی بریکس در سن‌پترزبورگ با ولادیمیر پوتین دیدار و درباره توافق مالی دو کشور و کریدور شمال-جنوب گفتگو کرد. "
     "قالیباف روز چهارشنبه نیز در نخستین روز این مجمع با ویاچسلاو ولودین، رئیس دومای دولتی، دیدار کرده بود و امروز به تهران بازمی‌گردد."),
     dates=[("جمعه ۲۲ تیر ۱۴۰۳", "2024-07-12", "j"), ("دیروز پنجشنبه", "2024-07-11", "r"), ("روز چهارشنبه", "2024-07-10", "r"),
            ("نخستین روز این مجمع", None, "ignore"), ("امروز", "2024-07-12", "r")],
     contacts=[C(PUT, GHA, "meet", "2024-07-11"), C(VOL, GHA, "meet", "2024-07-10")]),
dict(id="F33", pub="2024-11-05", text=(
     "استقلال جوان | سه شنبه ۱۵ آبان ۱۴۰۳\n"
     "احمد دنیامالی، وزیر ورزش و جوانان، و میخائیل دگتیارف، وزیر ورزش روسیه، عصر دیروز در مسکو دیدار و سند همکاری ورزشی دو کشور را امضا کردند؛ بر اساس این سند، اردوهای مشترک تیم‌های زیر ۲۳ سال فوتبال و تیراندازی از ژانویه ۲۰۲۵ آغاز می‌شود. "
     "دگتیارف قرار است اواسط آذر برای افتتاح دفتر مشترک ورزشی به تهران سفر کند."),
     dates=[("سه شنبه ۱۵ آبان ۱۴۰۳", "2024-11-05", "j"), ("عصر دیروز", "2024-11-04", "r"), ("ژانویه ۲۰۲۵", "2025-01", "g"),
            ("اواسط آذر", "2024-12-01/2024-12-10", "j")],
     contacts=[C(DEG, DON, "meet", "2024-11-04"), C(DEG, DON, "agreement", "2024-11-04"),
               C(DEG, DON, "meet", "2024-12-01/2024-12-10")]),
dict(id="F34", pub="2025-04-19", text=(
     "عصر ایران - ۳۰ فروردین ۱۴۰۴ - ۰۸:۵۰\n"
     "سید عباس عراقچی، وزیر امور خارجه، که پنجشنبه شب وارد مسکو شده بود، روز جمعه ابتدا با سرگئی لاوروف، همتای روس خود، گفتگو کرد و سپس در کرملین با ولادیمیر پوتین دیدار و پیام کتبی رهبر معظم انقلاب را تقدیم او کرد. "
     "دور دوم مذاکرات غیرمستقیم ایران و آمریکا امروز در رم برگزار می‌شود."),
     dates=[("۳۰ فروردین ۱۴۰۴", "2025-04-19", "j"), ("پنجشنبه شب", "2025-04-17", "r"), ("روز جمعه", "2025-04-18", "r"),
            ("امروز", "2025-04-19", "r")],
     contacts=[C(LAV, ARA, "meet", "2025-04-18"), C(PUT, ARA, "meet", "2025-04-18"),
               C(PUT, [KHA, ARA], "message", "2025-04-18")]),
dict(id="F35", pub="2025-06-29", text=(
     "ایندیپندنت فارسی | 1404/04/08 - 11:20\n"
     "دفتر ویاچسلاو ولودین، رئیس دومای روسیه، روز شنبه اعلام کرد سفر هیئت پارلمانی روسیه به تهران که برای ۱۰ تیر (اول ژوئیه) برنامه‌ریزی شده بود، «تا اطلاع ثانوی» لغو شده است. "
     "این تصمیم چند روز پس از آتش‌بس جنگ ۱۲ روزه اعلام شد که از بامداد سه‌شنبه ۳ تیر برقرار شده است؛ مسکو در این جنگ به محکومیت حملات بسنده کرد."),
     dates=[("1404/04/08", "2025-06-29", "j"), ("روز شنبه", "2025-06-28", "r"), ("۱۰ تیر", "2025-07-01", "j"),
            ("اول ژوئیه", "2025-07-01", "g"), ("چند روز پس از آتش‌بس", None, "ignore"), ("بامداد سه‌شنبه ۳ تیر", "2025-06-24", "j")],
     contacts=[]),
dict(id="F36", pub="2025-07-04", text=(
     "خبرگزاری جمهور - جمعه ۱۳ سرطان ۱۴۰۴\n"
     "روسیه روز پنجشنبه با پذیرش اعتبارنامه گل حسن حسن، سفیر امارت اسلامی، نخستین کشوری شد که حکومت طالبان را از ۲۴ اسد ۱۴۰۰ به این‌سو به رسمیت میشناسد؛ دادگاه عالی روسیه ۲۸ حمل نام طالبان را از فهرست گروه‌های تروریستی خارج کرده بود. "
     "ایران تاکنون واکنشی به این تصمیم نشان نداده است."),
     dates=[("جمعه ۱۳ سرطان ۱۴۰۴", "2025-07-04", "j"), ("روز پنجشنبه", "2025-07-03", "r"), ("۲۴ اسد ۱۴۰۰", "2021-08-15", "j"),
            ("۲۸ حمل", "2025-04-17", "j")],
     contacts=[]),
dict(id="F37", pub="2025-11-12", text=(
     "دفتر مطالعات سیاسی و بین‌المللی | اخبار | ۱۴۰۴/۰۸/۲۱\n"
     "دوازدهمین دور گفتگوهای دفتر مطالعات سیاسی و بین‌المللی وزارت امور خارجه و آکادمی دیپلماتیک وزارت امور خارجه روسیه روز دوشنبه ۱۹ آبان‌ماه به ریاست سعید خطیب‌زاده و الکساندر یاکوونکو در تهران برگزار شد. "
     "دور یازدهم این گفتگوها آذر ۱۴۰۳ در مسکو برگزار شده بود و دور سیزدهم اواسط اردیبهشت ۱۴۰۵ در مسکو خواهد بود."),
     dates=[("۱۴۰۴/۰۸/۲۱", "2025-11-12", "j"), ("روز دوشنبه ۱۹ آبان‌ماه", "2025-11-10", "j"), ("آذر ۱۴۰۳", "2024-11-21/2024-12-20", "j"),
            ("اواسط اردیبهشت ۱۴۰۵", "2026-05-01/2026-05-10", "j")],
     contacts=[C(DIPA, IPIS, "meet", "2025-11-10"), C(DIPA, IPIS, "meet", "2024-11-21/2024-12-20"),
               C(DIPA, IPIS, "meet", "2026-05-01/2026-05-10")]),
dict(id="F38", pub="2026-01-13", text=(
     "صبح ساحل - بندرعباس - سه‌شنبه ۲۳ دی ۱۴۰۴\n"
     "مدیرکل بنادر و دریانوردی هرمزگان از امضای قرارداد همکاری با شرکت آر.زد.دی لجستیک، وابسته به راه‌آهن روسیه، برای حمل سالانه ۱۲ هزار کانتینر از بندر شهید رجایی خبر داد و گفت این قرارداد پريروز يكشنبه در بندرعباس امضا شد. "
     "به گفته او، نخستین قطار کانتینری اواخر بهمن حرکت می‌کند و هیئت راه‌آهن روسیه اوایل اسفند برای بازدید از اسکله‌ها به بندرعباس می‌آید؛ شماره تماس روابط عمومی: ۳۲۲۲۴۵۶۰-۰۷۶."),
     dates=[("سه‌شنبه ۲۳ دی ۱۴۰۴", "2026-01-13", "j"), ("پريروز يكشنبه", "2026-01-11", "r"), ("اواخر بهمن", "2026-02-10/2026-02-19", "j"),
            ("اوایل اسفند", "2026-02-20/2026-03-01", "j")],
     contacts=[C(RZD, PMO, "agreement", "2026-01-11"), C(RZD, PMO, "meet", "2026-01-11", True),
               C(RZD, PMO, "meet", "2026-02-20/2026-03-01")]),
dict(id="F39", pub="2026-02-17", text=(
     "فرصت امروز - سه‌شنبه ۲۸ بهمن ۱۴۰۴ - شماره ۳۱۲۰\n"
     "بر اساس آمار گمرک، صادرات غیرنفتی ایران به روسیه در ۱۰ ماه نخست امسال به ۱.۲ میلیارد دلار رسید که ۱۸ درصد بیشتر از مدت مشابه پارسال است؛ به گفته بهمن نادری، عضو اتاق مشترک، سهم محصولات کشاورزی از این رقم ۶۰ درصد بود. "
     "هر روبل در معاملات امروز سه‌شنبه بازار آزاد تهران ۱۸۵۰ تومان قیمت خورد."),
     dates=[("سه‌شنبه ۲۸ بهمن ۱۴۰۴", "2026-02-17", "j"), ("۱۰ ماه نخست امسال", "2025-03-21/2026-01-20", "r"),
            ("مدت مشابه پارسال", None, "ignore"), ("امروز سه‌شنبه", "2026-02-17", "r")],
     contacts=[]),
dict(id="F40", pub="2026-04-28", text=(
     "دیدار رؤسای دستگاه قضایی ایران و روسیه؛ از استرداد محکومان تا مبارزه با پولشویی\n"
     "قانون | سه‌شنبه ۸ اردیبهشت ۱۴۰۵ | ۱۱ ذی‌القعده ۱۴۴۷ | شماره ۲۴۸۷\n"
     "گروه سیاسی | کد خبر: ۷۷۸۱۲\n"
     "ایگور کراسنوف، رئیس دیوان عالی روسیه، که از روز یکشنبه در تهران به سر می‌برد، صبح دیروز با حجت‌الاسلام والمسلمین غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، دیدار و گفتگو کرد.\n"
     "در پایان این دیدار، تفاهم‌نامه همکاری قضایی میان دیوان‌های عالی دو کشور به امضا رسید.\n"
     "کراسنوف امروز با محمد موحدی‌آزاد، دادستان کل کشور، دیدار می‌کند و فردا چهارشنبه تهران را ترک خواهد کرد.\n"
     "کراسنوف پیش از این در سمت دادستان کل روسیه، ۱۸ اسفند ۱۴۰۱ به تهران سفر کرده و با اژه‌ای دیدار کرده بود.\n"
     "معاهده مشارکت راهبردی جامع ایران و روسیه که ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در مسکو به امضای مسعود پزشکیان و ولادیمیر پوتین رسید، از ۱۰ مهر پارسال لازم‌الاجرا شده است.\n"
     "به گفته سخنگوی قوه قضاییه، نشست کارشناسی دو دستگاه برای تدوین آیین‌نامه استرداد محکومان هفته آینده در مسکو برگزار می‌شود.\n"
     "برچسب‌ها: قوه قضاییه، روسیه، کراسنوف | مطلب مرتبط: اژه‌ای: سند تحول قضایی تا پایان ۱۴۰۵ اجرا می‌شود\n"
     "کلیه حقوق این وب‌سایت متعلق به روزنامه قانون است."),
     dates=[("سه‌شنبه ۸ اردیبهشت ۱۴۰۵", "2026-04-28", "j"), ("۱۱ ذی‌القعده ۱۴۴۷", "2026-04-28", "h"), ("روز یکشنبه", "2026-04-26", "r"),
            ("صبح دیروز", "2026-04-27", "r"), ("امروز", "2026-04-28", "r"), ("فردا چهارشنبه", "2026-04-29", "r"),
            ("۱۸ اسفند ۱۴۰۱", "2023-03-09", "j"), ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g"),
            ("۱۰ مهر پارسال", "2025-10-02", "j"), ("هفته آینده", "2026-05-02/2026-05-08", "r"), ("تا پایان ۱۴۰۵", None, "ignore")],
     contacts=[C(KRAS, EJEI, "meet", "2026-04-27"), C(KRAS, EJEI, "agreement", "2026-04-27"), C(KRAS, MOVA, "meet", "2026-04-28"),
               C(KRASP, EJEI, "meet", "2023-03-09"), C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(RUSC, IRJU, "meet", "2026-05-02/2026-05-08")]),
]
