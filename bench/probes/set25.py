# Held-out probe set 25: PERSIAN news, 40 SNIPPETS of 1–4 sentences (P01–P40) and 8 WHOLE ARTICLES of 8–20 lines (P41–P48,
# kept "as scraped": headline, header date line(s), news code, dateline, body, background lines recalling older dated
# contacts, boilerplate, tags, a related-news link with its own date, a copyright line), hand-annotated; 48 cases,
# publication dates 2011–2026 (about three a year).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set file;
# what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format) and the
# leading comment headers of set21, set22, set23 and set24.  The tool was not run and git was not used.  New text (no real
# article copied; events are modelled on real ones but details, numbers and several dates are invented) in the style of
# ISNA (P01, P14, P22, P25), Fars (P02, P21, P33), Mehr (P03, P24, P37, P41), Hamshahri (P04, P29, P36, P43 with a
# three-calendar header), Khabaronline (P05, P26, P42), IRNA (P07, P13 with Arabic-Indic digits, P19, P30, P40 with Latin
# digits, P47), Tasnim (P08, P27, P44 with a «۱۴:۲۲ - ۱۳۹۸/۰۳/۲۹» header), Donya-e-Eqtesad (P09, P15, P31, P45 with a
# Solar Hijri + Hijri header), Etemad (P10, P46), Entekhab (P16, P35), Shargh (P18, P38), Sputnik Persian (P12), Euronews
# Persian (P20), Radio Farda (P23, P39), Independent Persian (P32), BBC Persian (P34, P48 with a Gregorian + Solar Hijri
# header) and four Afghan Dari items: Pajhwok (P06, P28, «کابل (پژواک، ۱۵ حمل ۱۳۹۲):» datelines) and Tolonews (P11, P17)
# with حمل / جوزا / سرطان / اسد / میزان / جدی and Dari «دسمبر», «اگست».
# Contacts: security council secretaries (Jalili, Shamkhani, Larijani / Patrushev, Shoigu), parliament speakers and
# delegations (Larijani–Naryshkin MoU, Matviyenko, Volodin at an inauguration and a memorial), deputy foreign ministers
# (Bogdanov, Rudenko), energy / oil ministers (Novak, Tsivilev, Shmatko / Zanganeh, Chitchian, Paknejad, Rostam Ghasemi),
# roads / transport ministers (Ditrich, Sokolov, Savelyev / Akhoundi, Mohammad Eslami as roads minister, Bazrpash, Sadegh),
# central bank governors and the Mir–Shetab link (Nabiullina / Salehabadi, Farzin), Siluanov, customs heads (Bulavin /
# Mir-Ashrafi), the Rasht–Astara railway (P42, P45), Rosatom / AEOI (Kiriyenko, Likhachev / Salehi, Abbasi, Eslami),
# ambassadors (Dedov presenting credentials and their copy, Jalali meeting a deputy minister), chiefs of staff (Gerasimov /
# Bagheri; Mousavi's cancelled trip), governors and regional heads (Astrakhan's Zhilkin and Babushkin, Gilan, Tatarstan's
# Minnikhanov, Bashkortostan's Khabirov), the Afghan envoys (Kabulov / Taherian, Kazemi Qomi), Velayati and Larijani as the
# Leader's envoys; meetings, SCO / BRICS / Astana / Moscow-format / security-forum sidelines, trilateral summits, joint
# economic commissions and a transport working group, phone calls, congratulation / condolence messages and envoy-delivered
# letters, MoUs and contracts (Bushehr 1995 and 2014, S-300 2007, Hormoz 2025, the 2025 treaty), planned, postponed (P38,
# P48), cancelled (P38, P48), denied (P09, P48) contacts and contacts recalled with their own dates.
# General news naming Russia or Iran with NO Russia–Iran contact (15): P02, P04, P06, P11, P14, P16, P20, P23, P25, P29,
# P32, P34, P39, P43, P46; P09 (a denied deal) also has no row.  All other cases have at least one required row.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime; every span was checked to occur in its text in listing order.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16, set19–set24 as their headers state them (and through them
#   set13 and probe4–probe8).  In short: اوایل = days 1–10, اواسط = 11–20, اواخر = 21 to month end (Solar Hijri or Gregorian
#   month); هفته آینده / هفته گذشته = next / previous Saturday–Friday week; Persian and Dari relative years / months (امسال,
#   سال گذشته, سال آینده, ماه آینده, ماه گذشته) are Solar Hijri intervals unless میلادی is written («سال آینده میلادی» = the
#   next Gregorian year); «N روز پیش» = pub − N; پریروز = pub − 2; دیروز / روز گذشته = pub − 1; «شنبه گذشته» = the last such
#   weekday strictly before pub; «چهارشنبه شب», «سه‌شنبه شب» = the evening OF that weekday; «شامگاه دیروز», «بعدازظهر دیروز»
#   = pub − 1; a bare weekday = the nearest one in the direction of the tense; «شنبه آینده» = the first such weekday after pub;
#   «از X تا Y» is one range mention with «از» inside, «X تا Y» without «از» too; a start point «از ۳۰ آبان» keeps «از»
#   outside; «۲۵ و ۲۶ اسفند» is two mentions (the bare first day, then day + month); a weekday next to its date belongs to
#   it; a relative word joined to a written date («امروز چهارشنبه ۱۸ آبان», «عصر دیروز جمعه ۱۶ شهریور») is one mention in
#   the calendar of the written date; a relative word + weekday alone is r; a date written in two calendars is two mentions
#   with one value, and a header in two or three calendars one mention per calendar, the weekday going with the first; a
#   trailing امسال / سال گذشته / همان سال / گذشته after a written day or month is inside the span («۷ جدی سال گذشته»,
#   «چهارم تیر همان سال», «آبان‌ماه گذشته»); «۱۳۹۸/۰۳/۲۹» = Y/M/D Solar Hijri (j), also in a link line; a season with a
#   year word = its three Solar Hijri months (j); a counted period «هفت ماه نخست ۲۰۱۶ میلادی» runs from 1 January (g); a
#   year-less date or month takes the year nearest pub (no mention here depends on the past-sentence variant: each past one
#   lies within a few months before pub; «۳۰ خرداد» after «جمعه ۲۵ خرداد ۱۳۹۷» in the same sentence takes 1397, the sentence
#   saying otherwise); a year-less Hijri month = the nearest Umm al-Qura month (h); a deadline with a
#   written day («تا ۲۰ حمل», «تا ۱۴ آبان») is a mention of that day, «تا» outside, while «تا پایان …» deadlines are ignore
#   lines; holiday / month names in the same clause as their own date («تاسوعای حسینی», «ماه مبارک رمضان … از ۲۵
#   فروردین», «ماه محرم از فردا یکشنبه»), «تعطیلات نوروزی», anaphoric, vague and event-relative expressions, «در ۲۴ ساعت
#   گذشته», «طی دو سال آینده», years inside event names («جام جهانی ۲۰۱۸», «آزمون سراسری ۹۴») and a copyright year are
#   ignore lines; counts, durations («جنگ ۱۲ روزه», «نشست دو روزه», «۶۹ ساله»), percentages, money, clock times («ساعت ۱۳ و ۷
#   دقیقه و ۲۸ ثانیه», «۱۶:۴۵»), news codes and issue numbers, resolution and model numbers («قطعنامه ۱۹۲۹», «اس-۳۰۰»),
#   «۱+۵», «کووید ۱۹», scores («۲ بر صفر»: صفر = zero), «در سال» = per year, ordinals of sessions («سیزدهمین نشست»), the
#   event name «هفته انرژی روسیه», the outlet «رادیو فردا», the word «حمل‌ونقل» and the name «بشار اسد» (not the Dari
#   months حمل / اسد), the agency مهر and the name بهمن get no line.  Dari months (حمل … حوت) are Solar Hijri (j); Dari «دسمبر», «اگست» are g.
#   Contacts (from the same headers): treaty signed by two presidents → required agreement + optional meet; a deal signed at
#   a video conference → required agreement + optional meet; documents signed by others in the presence of the two
#   co-chairs → required agreement for the co-chairs / countries; envoy handing over a leader's letter → meet (envoy–host) +
#   message (sender–addressee); a second message with no date of its own → "pub"; joint commissions, working groups and
#   multilateral meetings with no bilateral stated → optional; a trilateral summit at which the two presidents sit together
#   (held, recalled or planned) → required; planned contacts with a stated day, interval, relative week, month or year →
#   required, anonymous-source / possible / hoped-for ones → optional (None when undated); a postponed contact → one row at its
#   new date (optional for a joint commission); cancelled and denied ones → no row; a video call → phone_call; a named
#   official's visit with no host named (also a recalled one) → required meet with country-level host names; the arrival
#   day of a bilateral visit whose stated meetings fall on other days → optional meet; arriving at a multilateral forum → no
#   row; company / agency contracts → required agreement (meet only when a meeting is stated); the 2007 S-300 contract →
#   required country-level agreement "2007"; the Geneva JPOA and the Lausanne framework, joint statements of trilateral
#   summits → optional agreement rows; a recalled visit to a multilateral summit → optional; a trade delegation with no
#   named member → optional meet; decrees, drills, deliveries, a treaty's entry into force, statements about the other
#   country and third-country contacts → no row.
# Decided here where nothing above says (set25):
#   A decade («دهه ۹۰», «دهه ۸۰», «دهه ۱۳۵۰») is an ignore line; «سال‌ها», «سال‌هاست» get no line; «سال‌های اخیر», «دو هفته
#   اخیر», the Dari «در سیلاب‌های سه روز گذشته» (a period, not a day) are ignore lines like «در ۲۴ ساعت گذشته».
#   «ماه گذشته میلادی» = the previous Gregorian month "YYYY-MM" (r), mirroring «سال آینده میلادی».  «هفته اول مرداد» = days 1–7
#   of that month (j).  «نیمه دوم خرداد», «نیمه دوم دی‌ماه» = day 16 to month end (j), as the Arabic «النصف الثاني من».
#   A Hijri date with its year in the same clause as its Solar Hijri day («روز شنبه ۳۱ تیر ۱۳۹۱ اول ماه مبارک رمضان ۱۴۳۳»)
#   is a second mention (h) carrying the text's day (Iran's start, one day after Umm al-Qura), the Persian counterpart of
#   set24's rule; «۹ محرم» in brackets after «تاسوعای حسینی» is a mention (h) with the day the text equates it with
#   (2016-10-11; Umm al-Qura gives 10-10, inside ±1), the holiday name an ignore line.  «ماه رمضان» alone in the next sentence
#   is the Umm al-Qura month (h).  Years standing for earlier tournaments («پس از ۱۹۷۸، ۱۹۹۸، ۲۰۰۶ و ۲۰۱۴») and «انقلاب ۱۳۵۷»
#   are ignore lines, like years inside event names.  Clock-hour ranges («ساعت کار … از ۸ تا ۱۴») get no line.  «در سال ۲۰۲۸»
#   → «سال ۲۰۲۸» = "2028" (g); a year start point «از سال ۲۰۲۶» → «سال ۲۰۲۶» (g).  Arabic-Indic («١٨ تیرماه») and Latin
#   («29 دی», «2 December 2017») digits are read like Persian ones.  «بهار سال آینده» = spring of the next Solar Hijri year
#   (j, the season rule); «اردیبهشت سال آینده» is one mention (j) like a trailing امسال.  «شامگاه سه‌شنبه ۸ نوامبر» is one g
#   mention.  «هشت روز پیش» (number in words) = pub − 8 (r).  «ساعاتی بعد», «روزهای آینده», «روزهای نخست این ماه»,
#   «یک روز پس از انتخابات», «تا پایان هفته» and a relative word inside a linked headline are ignore lines.
#   Contacts: a bilateral meeting stated on the sidelines of a multilateral meeting the same day (P17, P28) is the row for
#   that pair; the multilateral meeting adds no extra optional row for it (a multilateral session on ANOTHER day of the same
#   trip is optional, P13).  Two governors (or a minister and a governor) whose MEETING is stated besides the MoU they sign
#   → required meet + required agreement (P36, P42; the optional-meet governors' rule is for a signing with no meeting
#   stated).  A Russian governor hosting an unnamed Iranian business delegation → optional meet (P36), like a trade
#   delegation.  A congratulation message read out at a ceremony by a visiting minister → meet (minister–host) + message
#   (sender–addressee) (P41).  A planned joint start of works by two agencies dated by a relative year → optional meet (P10).
#   An expert delegation of an agency due next week, no named members or hosts → optional meet dated by the week (P26).
#   A presidential visit postponed «به سال آینده» → required meet dated by that Solar Hijri year (P48).  The Bushehr
#   completion contract recalled with its date → required agreement of the two agencies / ministries (P41).  A meeting
#   planned by an anonymous source's account («به گفته یک منبع آگاه … ماه آینده») → optional, dated by the month (P37).
#   Putin's last visit to Tehran recalled as a trip «برای شرکت در نشست سران روند آستانه» → optional (recalled visit to a
#   summit), whereas the Baku trilateral summit recalled as a summit the presidents held together → required (P42).  A
#   friendly match against Russia's national team is not a contact (P43).
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py
RU, IR = "Russia", "Iran"
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
KHA, AHMAD, ROU, RAI, PEZ = "Ali Khamenei", "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
MOKH = ["Mohammad Mokhber", IR]
PAT, JALILI, SHAM = ["Nikolai Patrushev", RU], ["Saeed Jalili", IR], ["Ali Shamkhani", IR]
SHO, LARS = ["Sergei Shoigu", RU], ["Ali Larijani", IR]
BOG, RUD = ["Mikhail Bogdanov", RU], ["Andrey Rudenko", RU]
SALFM = ["Ali Akbar Salehi", IR]
SALA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
NAR = ["Sergei Naryshkin", "State Duma", RU]
MAT = ["Valentina Matviyenko", "Federation Council", RU]
LARSP = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
FABB = ["Fereydoun Abbasi", "Atomic Energy Organization of Iran", "AEOI", IR]
MINATOM = ["Russian Ministry of Atomic Energy", "Minatom", RU]
AEOI = ["Atomic Energy Organization of Iran", "AEOI", IR]
SHMAT, RGHAS = ["Sergei Shmatko", "Russian Ministry of Energy", RU], ["Rostam Ghasemi", IR]
NOV, TSI = ["Alexander Novak", RU], ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
ZAN, CHIT = ["Bijan Namdar Zanganeh", IR], ["Hamid Chitchian", IR]
PAK = ["Mohsen Paknejad", IR]
KAB, TAH, QOMI = ["Zamir Kabulov", RU], ["Mohammad Ebrahim Taherian", IR], ["Hassan Kazemi Qomi", IR]
VEL = ["Ali Akbar Velayati", IR]
DIT = ["Yevgeny Ditrich", "Russian Ministry of Transport", RU]
ESLR = ["Mohammad Eslami", "Ministry of Roads and Urban Development", IR]
SOK = ["Maxim Sokolov", "Russian Ministry of Transport", RU]
AKH = ["Abbas Akhoundi", "Ministry of Roads and Urban Development", IR]
ZHIL = ["Alexander Zhilkin", "Astrakhan", "Astrakhan Oblast", RU]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
SAD = ["Farzaneh Sadegh", "Ministry of Roads and Urban Development", IR]
BUL = ["Vladimir Bulavin", "Federal Customs Service", RU]
MIRA = ["Mehdi Mir-Ashrafi", "Islamic Republic of Iran Customs Administration", "IRICA", "Iran Customs", IR]
DED, JAL = ["Alexey Dedov", RU], ["Kazem Jalali", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
SALEH = ["Ali Salehabadi", "Central Bank of Iran", "CBI", IR]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
SIL = ["Anton Siluanov", "Russian Ministry of Finance", RU]
GER, BAGH = ["Valery Gerasimov", RU], ["Mohammad Bagheri", IR]
KHAB = ["Radiy Khabirov", "Bashkortostan", RU]
BABU = ["Igor Babushkin", "Astrakhan", "Astrakhan Oblast", RU]
ABB = ["Asadollah Abbasi", "Gilan", "Gilan Province", IR]
GIL = ["Gilan", "Gilan Province", IR]
MINN = ["Rustam Minnikhanov", "Tatarstan", RU]
AREF = ["Mohammad Reza Aref", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- snippets (P01–P40) ----------------
dict(id="P01", pub="2011-08-16", text=(
     "به گزارش ایسنا، سعید جلیلی، دبیر شورای عالی امنیت ملی، روز دوشنبه ۲۴ مردادماه در مسکو با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و درباره طرح «گام‌به‌گام» روسیه برای حل موضوع هسته‌ای ایران گفت‌وگو کرد. "
     "سرگئی لاوروف، وزیر خارجه روسیه، این طرح را ماه گذشته میلادی در سفر به واشنگتن با هیلاری کلینتون در میان گذاشته بود. "
     "جلیلی امروز سه‌شنبه پیش از بازگشت به تهران با لاوروف نیز دیدار خواهد کرد."),
     dates=[("روز دوشنبه ۲۴ مردادماه", "2011-08-15", "j"), ("ماه گذشته میلادی", "2011-07", "r"),
            ("امروز سه‌شنبه", "2011-08-16", "r")],
     contacts=[C(PAT, JALILI, "meet", "2011-08-15"), C(LAV, JALILI, "meet", "2011-08-16")]),
dict(id="P02", pub="2011-11-09", text=(
     "به گزارش خبرگزاری فارس، وزارت امور خارجه روسیه امروز چهارشنبه ۱۸ آبان در بیانیه‌ای اعلام کرد گزارش تازه یوکیا آمانو، مدیرکل آژانس بین‌المللی انرژی اتمی، درباره برنامه هسته‌ای ایران که شامگاه سه‌شنبه ۸ نوامبر منتشر شد، «هیچ سند تازه‌ای» در بر ندارد. "
     "مسکو در این بیانیه تأکید کرده است که از زمان تصویب قطعنامه ۱۹۲۹ شورای امنیت در ژوئن ۲۰۱۰ با هرگونه تحریم تازه علیه تهران مخالف است. "
     "شورای حکام آژانس قرار است ۲۶ و ۲۷ آبان‌ماه در وین درباره این گزارش تصمیم‌گیری کند."),
     dates=[("امروز چهارشنبه ۱۸ آبان", "2011-11-09", "j"), ("شامگاه سه‌شنبه ۸ نوامبر", "2011-11-08", "g"),
            ("ژوئن ۲۰۱۰", "2010-06", "g"), ("۲۶", "2011-11-17", "j"), ("۲۷ آبان‌ماه", "2011-11-18", "j")],
     contacts=[]),
dict(id="P03", pub="2012-02-15", text=(
     "به گزارش خبرگزاری مهر، میخائیل بوگدانوف، معاون وزیر امور خارجه روسیه، که پریروز برای رایزنی درباره بحران سوریه وارد تهران شد، دیروز با حسین امیرعبداللهیان، معاون عربی و آفریقایی وزارت امور خارجه، دیدار و گفت‌وگو کرد. "
     "این دیپلمات روس قرار است امروز با علی‌اکبر صالحی، وزیر امور خارجه، دیدار کند و فردا تهران را به مقصد دمشق ترک خواهد کرد. "
     "بوگدانوف هشت روز پیش نیز همراه سرگئی لاوروف در دمشق با بشار اسد دیدار کرده بود."),
     dates=[("پریروز", "2012-02-13", "r"), ("دیروز", "2012-02-14", "r"), ("امروز", "2012-02-15", "r"),
            ("فردا", "2012-02-16", "r"), ("هشت روز پیش", "2012-02-07", "r")],
     contacts=[C(BOG, [IR], "meet", "2012-02-13", True), C(BOG, AMI, "meet", "2012-02-14"),
               C(BOG, SALFM, "meet", "2012-02-15")]),
dict(id="P04", pub="2012-07-19", text=(
     "به گزارش همشهری، دفتر رهبر معظم انقلاب اعلام کرد در صورت رؤیت نشدن هلال ماه در شامگاه امروز پنجشنبه، روز شنبه ۳۱ تیر ۱۳۹۱ اول ماه مبارک رمضان ۱۴۳۳ در ایران خواهد بود. "
     "ساعت کار ادارات دولتی در ماه رمضان از ۸ تا ۱۴ تعیین شده است. "
     "سازمان هواشناسی نیز پیش‌بینی کرده است دمای هوای تهران در روزهای نخست این ماه به ۳۹ درجه برسد."),
     dates=[("شامگاه امروز پنجشنبه", "2012-07-19", "r"), ("روز شنبه ۳۱ تیر ۱۳۹۱", "2012-07-21", "j"),
            ("اول ماه مبارک رمضان ۱۴۳۳", "2012-07-21", "h"), ("ماه رمضان", "2012-07-20/2012-08-18", "h"),
            ("روزهای نخست این ماه", None, "ignore")],
     contacts=[]),
dict(id="P05", pub="2012-12-11", text=(
     "به گزارش خبرآنلاین، علی لاریجانی، رئیس مجلس شورای اسلامی، که در رأس هیئتی پارلمانی از روز یکشنبه در مسکو به سر می‌برد، روز گذشته با سرگئی ناریشکین، رئیس دومای دولتی روسیه، دیدار کرد و دو طرف یادداشت تفاهم همکاری میان کمیسیون‌های تخصصی دو پارلمان را امضا کردند. "
     "لاریجانی امروز با والنتینا ماتوینکو، رئیس شورای فدراسیون، دیدار خواهد کرد. "
     "آخرین سفر رئیس مجلس به روسیه به اردیبهشت ۱۳۸۹ بازمی‌گردد."),
     dates=[("روز یکشنبه", "2012-12-09", "r"), ("روز گذشته", "2012-12-10", "r"), ("امروز", "2012-12-11", "r"),
            ("اردیبهشت ۱۳۸۹", "2010-04-21/2010-05-21", "j")],
     contacts=[C([RU], LARSP, "meet", "2012-12-09", True), C(NAR, LARSP, "meet", "2012-12-10"),
               C(NAR, LARSP, "agreement", "2012-12-10"), C(MAT, LARSP, "meet", "2012-12-11"),
               C([RU], LARSP, "meet", "2010-04-21/2010-05-21")]),
dict(id="P06", pub="2013-04-04", text=(
     "کابل (پژواک، ۱۵ حمل ۱۳۹۲): اداره ملی مبارزه با حوادث می‌گوید در سیلاب‌های سه روز گذشته در ولایات هرات و فراه دست‌کم ۱۲ تن جان باخته و بیش از ۳۰۰ باب منزل تخریب شده است. "
     "به گفته این اداره، جمهوری اسلامی ایران دو محموله کمک‌های بشری را از طریق بندر اسلام‌قلعه به هرات فرستاده است. "
     "ریاست عمومی هواشناسی پیش‌بینی کرده است که بارندگی‌ها تا ۲۰ حمل ادامه یابد."),
     dates=[("۱۵ حمل ۱۳۹۲", "2013-04-04", "j"), ("سه روز گذشته", None, "ignore"), ("۲۰ حمل", "2013-04-09", "j")],
     contacts=[]),
dict(id="P07", pub="2013-09-13", text=(
     "بیشکک- ایرنا- حسن روحانی، رئیس‌جمهوری اسلامی ایران، امروز جمعه ۲۲ شهریور در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد. "
     "این نخستین دیدار دو رئیس‌جمهور پس از آغاز به کار دولت یازدهم در ۱۳ مرداد است. "
     "پوتین در این دیدار دعوت روحانی برای سفر به تهران را پذیرفت و گفت این سفر «در زمانی مناسب» انجام خواهد شد. "
     "دو رئیس‌جمهور پیش از این، ۲۲ مرداد، در گفت‌وگویی تلفنی درباره بحران سوریه رایزنی کرده بودند."),
     dates=[("امروز جمعه ۲۲ شهریور", "2013-09-13", "j"), ("۱۳ مرداد", "2013-08-04", "j"), ("۲۲ مرداد", "2013-08-13", "j")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "meet", None, True),
               C(PUT, ROU, "phone_call", "2013-08-13")]),
dict(id="P08", pub="2013-11-24", text=(
     "به گزارش تسنیم، محمدجواد ظریف و سرگئی لاوروف، وزیران خارجه ایران و روسیه، بامداد امروز یکشنبه پیش از آخرین نشست ایران و گروه ۱+۵ در ژنو ۴۵ دقیقه با یکدیگر دیدار و گفت‌وگو کردند. "
     "ساعاتی بعد، توافق موقت ژنو موسوم به «برنامه اقدام مشترک» ساعت ۳ و ۲۰ دقیقه بامداد به وقت محلی به امضا رسید و قرار است اجرای آن از اواخر دی‌ماه آغاز شود. "
     "لاوروف پس از امضای توافق گفت «هیچ‌کس در این مذاکرات بازنده نیست»."),
     dates=[("بامداد امروز یکشنبه", "2013-11-24", "r"), ("ساعاتی بعد", None, "ignore"),
            ("اواخر دی‌ماه", "2014-01-11/2014-01-20", "j")],
     contacts=[C(LAV, ZAR, "meet", "2013-11-24"), C([LAV, RU], [ZAR, IR], "agreement", "2013-11-24", True)]),
dict(id="P09", pub="2014-01-12", text=(
     "به گزارش دنیای اقتصاد، وزارت نفت امروز یکشنبه ۲۲ دی‌ماه گزارش خبرگزاری رویترز درباره امضای قرارداد «نفت در برابر کالا» به ارزش ۱.۵ میلیارد دلار میان ایران و روسیه را تکذیب کرد. "
     "سخنگوی وزارت نفت گفت «هیچ قراردادی در این زمینه امضا نشده است» و ادعای خرید روزانه ۵۰۰ هزار بشکه نفت ایران از سوی روسیه «گمانه‌زنی رسانه‌ای» است. "
     "قیمت نفت برنت در معاملات روز جمعه با ۰.۶ درصد کاهش به ۱۰۷ دلار رسید."),
     dates=[("امروز یکشنبه ۲۲ دی‌ماه", "2014-01-12", "j"), ("روز جمعه", "2014-01-10", "r")],
     contacts=[]),
dict(id="P10", pub="2014-11-12", text=(
     "به گزارش اعتماد، علی‌اکبر صالحی، رئیس سازمان انرژی اتمی ایران، و سرگئی کریینکو، مدیرکل شرکت دولتی روس‌اتم، سه‌شنبه ۲۰ آبان‌ماه در مسکو قرارداد ساخت دو واحد جدید نیروگاه اتمی بوشهر را امضا کردند. "
     "بر اساس پروتکل الحاقی این قرارداد، ساخت تا هشت راکتور دیگر در ایران پیش‌بینی شده است. "
     "صالحی پیش از مراسم امضا با کریینکو دیدار و گفت‌وگو کرده بود و به گفته او، دو طرف سال آینده میلادی در بوشهر عملیات اجرایی واحد دوم را آغاز خواهند کرد."),
     dates=[("سه‌شنبه ۲۰ آبان‌ماه", "2014-11-11", "j"), ("سال آینده میلادی", "2015", "r")],
     contacts=[C(KIR, SALA, "agreement", "2014-11-11"), C(KIR, SALA, "meet", "2014-11-11"),
               C(KIR, SALA, "meet", "2015", True)]),
dict(id="P11", pub="2014-06-10", text=(
     "طلوع‌نیوز: کمیسیون مستقل انتخابات اعلام کرد که دور دوم انتخابات ریاست جمهوری روز شنبه ۲۴ جوزا برگزار می‌شود و نتایج ابتدایی آن ۱۱ سرطان اعلام خواهد شد. "
     "همزمان وزارت امور مهاجرین و عودت‌کنندگان می‌گوید در جریان ماه گذشته بیش از ۴۰ هزار مهاجر افغان از ایران به کشور بازگشته‌اند. "
     "این وزارت افزود که شمار عودت‌کنندگان از ایران در سال‌های اخیر بی‌سابقه بوده است."),
     dates=[("روز شنبه ۲۴ جوزا", "2014-06-14", "j"), ("۱۱ سرطان", "2014-07-02", "j"),
            ("ماه گذشته", "2014-04-21/2014-05-21", "r"), ("سال‌های اخیر", None, "ignore")],
     contacts=[]),
dict(id="P12", pub="2015-04-14", text=(
     "اسپوتنیک: ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه با امضای فرمانی ممنوعیت تحویل سامانه پدافند موشکی اس-۳۰۰ به ایران را لغو کرد. "
     "قرارداد فروش پنج گردان اس-۳۰۰ به ارزش ۸۰۰ میلیون دلار در سال ۲۰۰۷ میان مسکو و تهران امضا شده بود، اما دیمیتری مدودف، رئیس‌جمهور وقت روسیه، در سپتامبر ۲۰۱۰ اجرای آن را متوقف کرد. "
     "سرگئی لاوروف امروز سه‌شنبه گفت این تصمیم پس از دستیابی به توافق چارچوب لوزان در ۱۳ فروردین گرفته شده و «دیگر نیازی به تعلیق نیست»."),
     dates=[("روز دوشنبه", "2015-04-13", "r"), ("سال ۲۰۰۷", "2007", "g"), ("سپتامبر ۲۰۱۰", "2010-09", "g"),
            ("امروز سه‌شنبه", "2015-04-14", "r"), ("۱۳ فروردین", "2015-04-02", "j")],
     contacts=[C([RU], [IR], "agreement", "2007"), C([LAV, RU], [ZAR, IR], "agreement", "2015-04-02", True)]),
dict(id="P13", pub="2015-07-10", text=(
     "اوفا- ایرنا- حسن روحانی، رئیس‌جمهوری اسلامی ایران، عصر پنجشنبه ١٨ تیرماه در حاشیه اجلاس سران سازمان همکاری شانگهای در اوفا با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "پوتین در این دیدار ابراز امیدواری کرد مذاکرات هسته‌ای وین در روزهای آینده به نتیجه برسد. "
     "روحانی امروز جمعه پیش از بازگشت به تهران در نشست مشترک سازمان همکاری شانگهای و بریکس سخنرانی کرد و با نارندرا مودی، نخست‌وزیر هند، دیدار کرد."),
     dates=[("عصر پنجشنبه ١٨ تیرماه", "2015-07-09", "j"), ("روزهای آینده", None, "ignore"),
            ("امروز جمعه", "2015-07-10", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C([PUT, RU], [ROU, IR], "meet", "2015-07-10", True)]),
dict(id="P14", pub="2015-08-16", text=(
     "به گزارش ایسنا، نتایج نهایی آزمون سراسری ۹۴ روز سه‌شنبه ۲۷ مرداد ساعت ۱۸ روی پایگاه اینترنتی سازمان سنجش قرار می‌گیرد. "
     "ثبت‌نام پذیرفته‌شدگان از ۳۱ مرداد تا ۵ شهریور انجام می‌شود و کلاس‌های دانشگاه‌های ایران از ۲۱ شهریورماه آغاز خواهد شد. "
     "امسال ۸۶۲ هزار داوطلب در این آزمون شرکت کرده بودند که نسبت به سال گذشته ۴ درصد کمتر است."),
     dates=[("آزمون سراسری ۹۴", None, "ignore"), ("روز سه‌شنبه ۲۷ مرداد", "2015-08-18", "j"),
            ("از ۳۱ مرداد تا ۵ شهریور", "2015-08-22/2015-08-27", "j"), ("۲۱ شهریورماه", "2015-09-12", "j"),
            ("امسال", "2015-03-21/2016-03-19", "r"), ("سال گذشته", "2014-03-21/2015-03-20", "r")],
     contacts=[]),
dict(id="P15", pub="2016-03-14", text=(
     "به گزارش دنیای اقتصاد، الکساندر نواک، وزیر انرژی روسیه، که برای شرکت در سیزدهمین نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور به تهران آمده است، صبح امروز دوشنبه با بیژن زنگنه، وزیر نفت، درباره طرح تثبیت سطح تولید نفت اوپک و غیراوپک گفت‌وگو کرد. "
     "اجلاس کمیسیون مشترک به ریاست نواک و حمید چیت‌چیان، وزیر نیرو، ۲۵ و ۲۶ اسفند در تهران برگزار می‌شود و نواک روز سه‌شنبه با حسن روحانی نیز دیدار خواهد کرد. "
     "دور پیشین کمیسیون ۱۳ تا ۱۵ آذر ۱۳۹۳ در مسکو برگزار شده بود."),
     dates=[("صبح امروز دوشنبه", "2016-03-14", "r"), ("۲۵", "2016-03-15", "j"), ("۲۶ اسفند", "2016-03-16", "j"),
            ("روز سه‌شنبه", "2016-03-15", "r"), ("۱۳ تا ۱۵ آذر ۱۳۹۳", "2014-12-04/2014-12-06", "j")],
     contacts=[C(NOV, ZAN, "meet", "2016-03-14"), C(NOV, CHIT, "meet", "2016-03-15/2016-03-16", True),
               C(NOV, ROU, "meet", "2016-03-15"), C([RU], [IR], "meet", "2014-12-04/2014-12-06", True)]),
dict(id="P16", pub="2016-10-09", text=(
     "به گزارش انتخاب، تیم ملی فوتبال ایران سه‌شنبه ۲۰ مهرماه در ورزشگاه آزادی در چارچوب مرحله مقدماتی جام جهانی ۲۰۱۸ روسیه به مصاف کره جنوبی می‌رود؛ دیداری که با تاسوعای حسینی (۹ محرم) هم‌زمان شده است. "
     "فدراسیون فوتبال از تماشاگران خواسته است با پوشش مشکی به ورزشگاه بیایند و بلیت‌فروشی از امروز ساعت ۱۰ آغاز می‌شود. "
     "ایران با ۷ امتیاز در صدر گروه A قرار دارد و کره جنوبی با ۶ امتیاز دوم است."),
     dates=[("سه‌شنبه ۲۰ مهرماه", "2016-10-11", "j"), ("جام جهانی ۲۰۱۸", None, "ignore"),
            ("تاسوعای حسینی", None, "ignore"), ("۹ محرم", "2016-10-11", "h"), ("امروز", "2016-10-09", "r")],
     contacts=[]),
dict(id="P17", pub="2017-04-14", text=(
     "طلوع‌نیوز: نشست چندجانبه مسکو درباره روند صلح افغانستان امروز جمعه ۲۵ حمل با حضور نمایندگان ۱۱ کشور در پایتخت روسیه برگزار شد. "
     "ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه در امور افغانستان، در حاشیه این نشست با محمدابراهیم طاهریان، نماینده ویژه ایران در امور افغانستان، دیدار و گفتگو کرد. "
     "نشست پیشین مسکو ۷ جدی سال گذشته (۲۷ دسمبر ۲۰۱۶) تنها با حضور روسیه، چین و پاکستان برگزار شده بود و با انتقاد دولت افغانستان روبه‌رو شد."),
     dates=[("امروز جمعه ۲۵ حمل", "2017-04-14", "j"), ("۷ جدی سال گذشته", "2016-12-27", "j"),
            ("۲۷ دسمبر ۲۰۱۶", "2016-12-27", "g")],
     contacts=[C(KAB, TAH, "meet", "2017-04-14")]),
dict(id="P18", pub="2017-05-21", text=(
     "به گزارش شرق، ولادیمیر پوتین، رئیس‌جمهور روسیه، دیروز در پیامی پیروزی حسن روحانی در دوازدهمین دوره انتخابات ریاست‌جمهوری را تبریک گفت و ابراز امیدواری کرد همکاری‌های دو کشور «در همه زمینه‌ها» گسترش یابد. "
     "در انتخابات روز جمعه ۲۹ اردیبهشت، روحانی با بیش از ۲۳ میلیون رأی و ۵۷ درصد آرا پیروز شد. "
     "ویاچسلاو ولودین، رئیس دومای دولتی، نیز در پیامی جداگانه به علی لاریجانی این پیروزی را تبریک گفته است. "
     "مراسم تحلیف رئیس‌جمهور ۱۴ مردادماه در مجلس برگزار خواهد شد."),
     dates=[("دیروز", "2017-05-20", "r"), ("روز جمعه ۲۹ اردیبهشت", "2017-05-19", "j"), ("۱۴ مردادماه", "2017-08-05", "j")],
     contacts=[C(PUT, ROU, "message", "2017-05-20"), C(VOL, LARSP, "message", "pub")]),
dict(id="P19", pub="2018-09-08", text=(
     "تهران- ایرنا- سومین نشست سران ایران، روسیه و ترکیه در چارچوب روند آستانه عصر دیروز جمعه ۱۶ شهریور در تهران برگزار شد و حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در پایان آن بیانیه مشترکی درباره ادلب صادر کردند. "
     "روحانی پیش از آغاز نشست سه‌جانبه، جداگانه با پوتین و اردوغان دیدار کرده بود. "
     "بر اساس بیانیه پایانی، نشست بعدی سران روند آستانه سال آینده میلادی در روسیه برگزار می‌شود."),
     dates=[("عصر دیروز جمعه ۱۶ شهریور", "2018-09-07", "j"), ("سال آینده میلادی", "2019", "r")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True),
               C([PUT, RU], [ROU, IR], "meet", "2019")]),
dict(id="P20", pub="2018-06-25", text=(
     "یورونیوز: بهای دلار آمریکا در بازار آزاد تهران امروز دوشنبه ۴ تیر به ۹۰ هزار ریال رسید؛ رکوردی که به گفته تحلیلگران در دهه ۹۰ بی‌سابقه است. "
     "بسیاری از مغازه‌های بازار بزرگ تهران در اعتراض به نوسان قیمت‌ها از بامداد امروز تعطیل شدند و کسبه می‌گویند سال‌هاست چنین وضعی ندیده‌اند. "
     "بانک مرکزی ایران از ۲۱ فروردین نرخ رسمی ۴۲۰۰ تومانی را برای همه معاملات ارزی اعلام کرده و گفته است این سیاست دست‌کم تا ۱۴ آبان، زمان آغاز دور دوم تحریم‌های آمریکا، ادامه خواهد یافت."),
     dates=[("امروز دوشنبه ۴ تیر", "2018-06-25", "j"), ("دهه ۹۰", None, "ignore"), ("بامداد امروز", "2018-06-25", "r"),
            ("۲۱ فروردین", "2018-04-10", "j"), ("۱۴ آبان", "2018-11-05", "j")],
     contacts=[]),
dict(id="P21", pub="2018-07-13", text=(
     "به گزارش فارس، علی‌اکبر ولایتی، مشاور رهبر معظم انقلاب در امور بین‌الملل، روز پنجشنبه ۲۱ تیرماه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام‌های رهبر انقلاب و رئیس‌جمهور را به وی تحویل داد. "
     "ولایتی امروز جمعه با سرگئی لاوروف نیز دیدار می‌کند و فردا به تهران بازمی‌گردد. "
     "سفر قبلی مشاور رهبر انقلاب به مسکو بهمن‌ماه ۱۳۹۵ انجام شده بود."),
     dates=[("روز پنجشنبه ۲۱ تیرماه", "2018-07-12", "j"), ("امروز جمعه", "2018-07-13", "r"), ("فردا", "2018-07-14", "r"),
            ("بهمن‌ماه ۱۳۹۵", "2017-01-20/2017-02-18", "j")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"),
               C(PUT, ROU, "message", "2018-07-12"), C(LAV, VEL, "meet", "2018-07-13"),
               C([RU], VEL, "meet", "2017-01-20/2017-02-18")]),
dict(id="P22", pub="2019-04-25", text=(
     "به گزارش ایسنا، محمد اسلامی، وزیر راه و شهرسازی، روز گذشته در حاشیه نمایشگاه بین‌المللی حمل‌ونقل «ترانس‌روسیه» در مسکو با یوگنی دیتریخ، وزیر حمل‌ونقل روسیه، دیدار کرد و دو وزیر تفاهم‌نامه‌ای برای افزایش ترانزیت کالا در کریدور شمال–جنوب امضا کردند. "
     "بر اساس این تفاهم‌نامه، تعرفه ترانزیت ریلی کالاهای روسی از اول ژوئیه ۲۰۱۹ به مدت ۱۸ ماه ۲۰ درصد کاهش می‌یابد. "
     "کارگروه مشترک حمل‌ونقل ایران و روسیه نیز قرار است ماه آینده در تهران تشکیل جلسه دهد."),
     dates=[("روز گذشته", "2019-04-24", "r"), ("اول ژوئیه ۲۰۱۹", "2019-07-01", "g"),
            ("ماه آینده", "2019-05-22/2019-06-21", "r")],
     contacts=[C(DIT, ESLR, "meet", "2019-04-24"), C(DIT, ESLR, "agreement", "2019-04-24"),
               C([RU], [IR], "meet", "2019-05-22/2019-06-21", True)]),
dict(id="P23", pub="2019-04-02", text=(
     "رادیو فردا: سازمان مدیریت بحران ایران اعلام کرد شمار جان‌باختگان سیل‌های دو هفته اخیر به ۶۲ تن رسیده است. "
     "سیل از ۲۶ اسفند در استان‌های گلستان و مازندران آغاز شد و روز دوشنبه ۵ فروردین شهر شیراز را درنوردید. "
     "سازمان هواشناسی برای روزهای ۱۵ و ۱۶ فروردین بارش‌های سنگین تازه‌ای در استان‌های غربی پیش‌بینی کرده و از مردم خواسته است تا پایان هفته از سفر به مناطق سیل‌زده خودداری کنند."),
     dates=[("دو هفته اخیر", None, "ignore"), ("۲۶ اسفند", "2019-03-17", "j"), ("روز دوشنبه ۵ فروردین", "2019-03-25", "j"),
            ("۱۵", "2019-04-04", "j"), ("۱۶ فروردین", "2019-04-05", "j"), ("تا پایان هفته", None, "ignore")],
     contacts=[]),
dict(id="P24", pub="2020-03-18", text=(
     "به گزارش خبرگزاری مهر، محمدجواد ظریف و سرگئی لاوروف شامگاه دیروز در گفت‌وگویی تلفنی درباره مقابله با شیوع ویروس کرونا و پیامدهای تحریم‌های یکجانبه آمریکا بر تأمین دارو و تجهیزات پزشکی رایزنی کردند. "
     "ولادیمیر پوتین نیز ۱۳ اسفند در پیامی به حسن روحانی با مردم ایران ابراز همدردی و آمادگی روسیه را برای ارسال کیت‌های تشخیص کووید ۱۹ اعلام کرده بود. "
     "ظریف ۱۰ روز پیش در نامه‌ای به آنتونیو گوترش خواستار لغو تحریم‌ها در دوران همه‌گیری شده بود."),
     dates=[("شامگاه دیروز", "2020-03-17", "r"), ("۱۳ اسفند", "2020-03-03", "j"), ("۱۰ روز پیش", "2020-03-08", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-03-17"), C(PUT, ROU, "message", "2020-03-03")]),
dict(id="P25", pub="2020-11-21", text=(
     "به گزارش ایسنا، سیما سادات لاری، سخنگوی وزارت بهداشت، امروز شنبه یکم آذر اعلام کرد در ۲۴ ساعت گذشته ۴۷۵ بیمار مبتلا به کووید ۱۹ در ایران جان خود را از دست داده‌اند. "
     "محدودیت‌های کرونایی دو هفته‌ای از ۳۰ آبان در ۱۶۰ شهر قرمز آغاز شده و تا ۱۵ آذر ادامه خواهد داشت. "
     "به گفته لاری، واکسن‌های روسی و چینی هنوز تأییدیه سازمان جهانی بهداشت را دریافت نکرده‌اند و وزارت بهداشت امیدوار است واکسیناسیون عمومی از بهار سال آینده آغاز شود."),
     dates=[("امروز شنبه یکم آذر", "2020-11-21", "j"), ("در ۲۴ ساعت گذشته", None, "ignore"), ("۳۰ آبان", "2020-11-20", "j"),
            ("۱۵ آذر", "2020-12-05", "j"), ("بهار سال آینده", "2021-03-21/2021-06-21", "j")],
     contacts=[]),
dict(id="P26", pub="2020-09-24", text=(
     "به گزارش خبرآنلاین، مهدی میراشرفی، رئیس کل گمرک ایران، و ولادیمیر بولاوین، رئیس سرویس فدرال گمرک روسیه، روز چهارشنبه در نشستی ویدئوکنفرانسی یادداشت تفاهم ایجاد «کریدور سبز گمرکی» میان دو کشور را امضا کردند. "
     "بر اساس این تفاهم‌نامه، از اول ژانویه ۲۰۲۱ (۱۲ دی ۱۳۹۹) اطلاعات کالاهای صادراتی پیش از رسیدن محموله به مرز به صورت الکترونیکی میان دو گمرک مبادله می‌شود. "
     "یک هیئت کارشناسی از گمرک ایران نیز هفته آینده برای تدوین دستورالعمل‌های اجرایی به مسکو سفر می‌کند."),
     dates=[("روز چهارشنبه", "2020-09-23", "r"), ("اول ژانویه ۲۰۲۱", "2021-01-01", "g"), ("۱۲ دی ۱۳۹۹", "2021-01-01", "j"),
            ("هفته آینده", "2020-09-26/2020-10-02", "r")],
     contacts=[C(BUL, MIRA, "agreement", "2020-09-23"), C(BUL, MIRA, "meet", "2020-09-23", True),
               C(["Federal Customs Service", RU], MIRA, "meet", "2020-09-26/2020-10-02", True)]),
dict(id="P27", pub="2021-08-06", text=(
     "به گزارش تسنیم، ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم تحلیف سیزدهمین رئیس‌جمهور ایران به تهران آمده بود، پنجشنبه ۱۴ مرداد پس از این مراسم با آیت‌الله سید ابراهیم رئیسی دیدار و گفت‌وگو کرد. "
     "ولودین چهارشنبه شب نیز با محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیدار کرده بود. "
     "ولادیمیر پوتین ۲۹ خرداد، یک روز پس از انتخابات، در پیامی پیروزی رئیسی را تبریک گفته بود."),
     dates=[("پنجشنبه ۱۴ مرداد", "2021-08-05", "j"), ("چهارشنبه شب", "2021-08-04", "r"), ("۲۹ خرداد", "2021-06-19", "j"),
            ("یک روز پس از انتخابات", None, "ignore")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(VOL, GHA, "meet", "2021-08-04"), C(PUT, RAI, "message", "2021-06-19")]),
dict(id="P28", pub="2021-10-20", text=(
     "مسکو (پژواک، ۲۸ میزان ۱۴۰۰): سومین دور نشست‌های فارمت مسکو درباره افغانستان امروز چهارشنبه با حضور نمایندگان ۱۰ کشور منطقه و هیئتی از طالبان در پایتخت روسیه برگزار شد. "
     "ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه در امور افغانستان، پیش از آغاز نشست با حسن کاظمی قمی، نماینده ویژه رئیس جمهور ایران برای افغانستان، دیدار کرد. "
     "طالبان از ۲۴ اسد (۱۵ اگست) کنترول کابل را در دست گرفتند. "
     "به گفته وزارت خارجه روسیه، نشست بعدی این فارمت سال آینده برگزار خواهد شد."),
     dates=[("۲۸ میزان ۱۴۰۰", "2021-10-20", "j"), ("امروز چهارشنبه", "2021-10-20", "r"), ("۲۴ اسد", "2021-08-15", "j"),
            ("۱۵ اگست", "2021-08-15", "g"), ("سال آینده", "2022-03-21/2023-03-20", "r")],
     contacts=[C(KAB, QOMI, "meet", "2021-10-20"), C(KAB, QOMI, "meet", "2022-03-21/2023-03-20", True)]),
dict(id="P29", pub="2021-03-17", text=(
     "به گزارش همشهری، بر اساس اعلام مؤسسه ژئوفیزیک دانشگاه تهران، لحظه تحویل سال ۱۴۰۰ هجری شمسی ساعت ۱۳ و ۷ دقیقه و ۲۸ ثانیه روز شنبه ۳۰ اسفند ۱۳۹۹ (۲۰ مارس ۲۰۲۱) خواهد بود. "
     "تعطیلات نوروزی ادارات از پنجشنبه ۲۸ اسفند آغاز می‌شود و ستاد ملی مقابله با کرونا سفر به شهرهای قرمز و نارنجی ایران را ممنوع کرده است. "
     "بر پایه تقویم رسمی کشور، ماه مبارک رمضان نیز احتمالاً از ۲۵ فروردین آغاز خواهد شد."),
     dates=[("سال ۱۴۰۰ هجری شمسی", "2021-03-21/2022-03-20", "j"), ("روز شنبه ۳۰ اسفند ۱۳۹۹", "2021-03-20", "j"),
            ("۲۰ مارس ۲۰۲۱", "2021-03-20", "g"), ("تعطیلات نوروزی", None, "ignore"), ("پنجشنبه ۲۸ اسفند", "2021-03-18", "j"),
            ("ماه مبارک رمضان", None, "ignore"), ("۲۵ فروردین", "2021-04-14", "j")],
     contacts=[]),
dict(id="P30", pub="2022-10-11", text=(
     "به گزارش ایرنا، الکسی ددوف، سفیر جدید فدراسیون روسیه در تهران، صبح امروز سه‌شنبه ۱۹ مهر ۱۴۰۱ در نهاد ریاست جمهوری استوارنامه خود را تقدیم آیت‌الله سید ابراهیم رئیسی کرد. "
     "ددوف پیش از این، هفتم شهریور، رونوشت استوارنامه‌اش را به حسین امیرعبداللهیان، وزیر امور خارجه، تسلیم کرده بود. "
     "همزمان کاظم جلالی، سفیر ایران در مسکو، دیروز در وزارت امور خارجه روسیه با آندری رودنکو، معاون وزیر خارجه، درباره مقدمات سفر آتی رئیسی به روسیه گفت‌وگو کرد."),
     dates=[("صبح امروز سه‌شنبه ۱۹ مهر ۱۴۰۱", "2022-10-11", "j"), ("هفتم شهریور", "2022-08-29", "j"), ("دیروز", "2022-10-10", "r")],
     contacts=[C(DED, RAI, "meet", "2022-10-11"), C(DED, AMI, "meet", "2022-08-29"), C(RUD, JAL, "meet", "2022-10-10"),
               C([PUT, RU], [RAI, IR], "meet", None, True)]),
dict(id="P31", pub="2022-11-24", text=(
     "به گزارش دنیای اقتصاد، علی صالح‌آبادی، رئیس کل بانک مرکزی، روز گذشته در مسکو با الویرا نابیولینا، رئیس بانک مرکزی روسیه، دیدار کرد و دو طرف توافق‌نامه اتصال شبکه‌های پرداخت «شتاب» و «میر» را امضا کردند. "
     "به گفته صالح‌آبادی، در مرحله نخست از اواسط دی‌ماه کارت‌های میر در خودپردازهای ایران پذیرفته می‌شود و مرحله دوم تا پایان سال ۱۴۰۱ اجرایی خواهد شد. "
     "رئیس کل بانک مرکزی همچنین امروز با آنتون سیلوانوف، وزیر دارایی روسیه، درباره تسویه مبادلات با پول‌های ملی دیدار می‌کند."),
     dates=[("روز گذشته", "2022-11-23", "r"), ("اواسط دی‌ماه", "2023-01-01/2023-01-10", "j"),
            ("تا پایان سال ۱۴۰۱", None, "ignore"), ("امروز", "2022-11-24", "r")],
     contacts=[C(NAB, SALEH, "meet", "2022-11-23"), C(NAB, SALEH, "agreement", "2022-11-23"),
               C(SIL, SALEH, "meet", "2022-11-24")]),
dict(id="P32", pub="2022-06-22", text=(
     "ایندیپندنت فارسی: مرکز آمار ایران روز سه‌شنبه ۳۱ خرداد اعلام کرد نرخ تورم نقطه‌به‌نقطه در خرداد ۱۴۰۱ به ۵۲.۵ درصد رسیده است؛ بالاترین رقم از اسفند ۱۳۹۷. "
     "بهای هر کیلو مرغ پس از حذف ارز ترجیحی در اردیبهشت امسال بیش از دو برابر شده است و کارشناسان افزایش قیمت جهانی گندم پس از حمله روسیه به اوکراین در ۲۴ فوریه را نیز در این روند مؤثر می‌دانند. "
     "بانک مرکزی اعلام کرده است گزارش تورم تیرماه را هفته اول مرداد منتشر می‌کند."),
     dates=[("روز سه‌شنبه ۳۱ خرداد", "2022-06-21", "j"), ("خرداد ۱۴۰۱", "2022-05-22/2022-06-21", "j"),
            ("اسفند ۱۳۹۷", "2019-02-20/2019-03-20", "j"), ("اردیبهشت امسال", "2022-04-21/2022-05-21", "j"),
            ("۲۴ فوریه", "2022-02-24", "g"), ("تیرماه", "2022-06-22/2022-07-22", "j"),
            ("هفته اول مرداد", "2022-07-23/2022-07-29", "j")],
     contacts=[]),
dict(id="P33", pub="2023-08-20", text=(
     "به گزارش فارس، سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، بعدازظهر دیروز در تماسی تلفنی با ژنرال والری گراسیموف، رئیس ستاد کل نیروهای مسلح روسیه، درباره همکاری‌های دفاعی و امنیت قفقاز جنوبی گفت‌وگو کرد. "
     "دو طرف همچنین بر برگزاری رزمایش مشترک دریایی «کمربند امنیت» در آذرماه تأکید کردند. "
     "گراسیموف بیست و یکم مهرماه سال گذشته در سفر به تهران با باقری دیدار کرده بود و قرار است رئیس ستاد کل نیروهای مسلح ایران پاییز امسال برای شرکت در همایش امنیت بین‌المللی مسکو به روسیه سفر کند."),
     dates=[("بعدازظهر دیروز", "2023-08-19", "r"), ("آذرماه", "2023-11-22/2023-12-21", "j"),
            ("بیست و یکم مهرماه سال گذشته", "2022-10-13", "j"), ("پاییز امسال", "2023-09-23/2023-12-21", "j")],
     contacts=[C(GER, BAGH, "phone_call", "2023-08-19"), C(GER, BAGH, "meet", "2022-10-13"),
               C([RU], BAGH, "meet", "2023-09-23/2023-12-21", True)]),
dict(id="P34", pub="2023-03-11", text=(
     "بی‌بی‌سی فارسی: ایران و عربستان سعودی روز جمعه ۱۰ مارس (۱۹ اسفند) در پکن توافق کردند ظرف دو ماه سفارتخانه‌های خود را بازگشایی کنند. "
     "علی شمخانی، دبیر شورای عالی امنیت ملی ایران، و مساعد العیبان، مشاور امنیت ملی عربستان، پس از چهار روز گفت‌وگو با میانجی‌گری چین بیانیه مشترک سه‌جانبه را امضا کردند. "
     "روابط دو کشور از دی ۱۳۹۴ و پس از حمله به سفارت عربستان در تهران قطع بود. "
     "وزارت خارجه روسیه امروز در بیانیه‌ای از این توافق استقبال کرد."),
     dates=[("روز جمعه ۱۰ مارس", "2023-03-10", "g"), ("۱۹ اسفند", "2023-03-10", "j"),
            ("دی ۱۳۹۴", "2015-12-22/2016-01-20", "j"), ("امروز", "2023-03-11", "r")],
     contacts=[]),
dict(id="P35", pub="2024-05-23", text=(
     "به گزارش انتخاب، ویاچسلاو ولودین، رئیس دومای دولتی روسیه، عصر دیروز در مراسم بزرگداشت رئیس‌جمهور شهید در سالن اجلاس سران تهران شرکت کرد و در حاشیه آن با محمد مخبر، سرپرست ریاست جمهوری، دیدار و گفت‌وگو کرد. "
     "ولادیمیر پوتین نیز بامداد دوشنبه ۳۱ اردیبهشت در پیام‌هایی جداگانه به رهبر انقلاب و محمد مخبر، جان باختن آیت‌الله رئیسی و همراهانش را تسلیت گفته بود. "
     "پیکر رئیس‌جمهور امروز پنجشنبه در حرم امام رضا (ع) در مشهد به خاک سپرده می‌شود."),
     dates=[("عصر دیروز", "2024-05-22", "r"), ("بامداد دوشنبه ۳۱ اردیبهشت", "2024-05-20", "j"),
            ("امروز پنجشنبه", "2024-05-23", "r")],
     contacts=[C(VOL, MOKH, "meet", "2024-05-22"), C(PUT, KHA, "message", "2024-05-20"),
               C(PUT, MOKH, "message", "2024-05-20")]),
dict(id="P36", pub="2024-04-24", text=(
     "به گزارش همشهری آنلاین، ایگور بابوشکین، استاندار آستاراخان، که در رأس هیئتی تجاری از شنبه گذشته در رشت به سر می‌برد، روز دوشنبه با اسدالله عباسی، استاندار گیلان، دیدار کرد و دو استاندار سند همکاری‌های تجاری و بندری آستاراخان و گیلان را امضا کردند. "
     "بر اساس این سند، خط کشتیرانی مستقیم بندر انزلی–آستاراخان از نیمه دوم خرداد راه‌اندازی می‌شود. "
     "بابوشکین هجدهم آذر ۱۴۰۲ نیز در آستاراخان میزبان هیئتی از فعالان اقتصادی گیلان بود."),
     dates=[("شنبه گذشته", "2024-04-20", "r"), ("روز دوشنبه", "2024-04-22", "r"),
            ("نیمه دوم خرداد", "2024-06-05/2024-06-20", "j"), ("هجدهم آذر ۱۴۰۲", "2023-12-09", "j")],
     contacts=[C(BABU, GIL, "meet", "2024-04-20", True), C(BABU, ABB, "meet", "2024-04-22"),
               C(BABU, ABB, "agreement", "2024-04-22"), C(BABU, GIL, "meet", "2023-12-09", True)]),
dict(id="P37", pub="2025-09-10", text=(
     "به گزارش خبرگزاری مهر، علی لاریجانی، دبیر شورای عالی امنیت ملی، شامگاه دیروز در تماس تلفنی با سرگئی شویگو، دبیر شورای امنیت روسیه، درباره همکاری‌های امنیتی دو کشور و تحولات منطقه پس از جنگ ۱۲ روزه گفت‌وگو کرد. "
     "شویگو در این گفت‌وگو دعوت لاریجانی برای سفر به تهران را پذیرفت و به گفته یک منبع آگاه، این سفر ماه آینده انجام خواهد شد. "
     "لاریجانی ۲۹ تیر، پیش از تصدی این سمت، در کرملین با ولادیمیر پوتین دیدار و پیام رهبر انقلاب را به وی تحویل داده بود."),
     dates=[("شامگاه دیروز", "2025-09-09", "r"), ("ماه آینده", "2025-09-23/2025-10-22", "r"), ("۲۹ تیر", "2025-07-20", "j")],
     contacts=[C(SHO, LARS, "phone_call", "2025-09-09"), C(SHO, LARS, "meet", "2025-09-23/2025-10-22", True),
               C(PUT, LARS, "meet", "2025-07-20"), C(PUT, KHA, "message", "2025-07-20")]),
dict(id="P38", pub="2025-02-26", text=(
     "به گزارش شرق، سفر سرگئی تسیویلیف، وزیر انرژی روسیه، به تهران که قرار بود روز یکشنبه ۱۲ اسفند انجام شود، به دلیل «مشکلات برنامه‌ای» لغو شد. "
     "محسن پاک‌نژاد، وزیر نفت، در عوض دیروز در گفت‌وگویی تلفنی با تسیویلیف درباره قرارداد انتقال گاز روسیه به ایران از مسیر جمهوری آذربایجان گفت‌وگو کرد. "
     "نشست کمیسیون مشترک اقتصادی دو کشور نیز که برای اواخر بهمن برنامه‌ریزی شده بود، به اردیبهشت سال آینده موکول شده است."),
     dates=[("روز یکشنبه ۱۲ اسفند", "2025-03-02", "j"), ("دیروز", "2025-02-25", "r"),
            ("اواخر بهمن", "2025-02-09/2025-02-18", "j"), ("اردیبهشت سال آینده", "2025-04-21/2025-05-21", "j")],
     contacts=[C(TSI, PAK, "phone_call", "2025-02-25"), C(TSI, PAK, "meet", "2025-04-21/2025-05-21", True)]),
dict(id="P39", pub="2025-04-13", text=(
     "رادیو فردا: عباس عراقچی و استیو ویتکاف، فرستاده ویژه دونالد ترامپ، روز شنبه ۲۳ فروردین در مسقط نخستین دور مذاکرات غیرمستقیم ایران و آمریکا را با میانجی‌گری بدر البوسعیدی، وزیر خارجه عمان، برگزار کردند و در پایان برای دقایقی رودررو گفت‌وگو کردند. "
     "دور دوم این مذاکرات شنبه آینده برگزار می‌شود. "
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، امروز گفت مسکو از «هر گامی برای کاهش تنش» در پرونده هسته‌ای ایران استقبال می‌کند."),
     dates=[("روز شنبه ۲۳ فروردین", "2025-04-12", "j"), ("شنبه آینده", "2025-04-19", "r"), ("امروز", "2025-04-13", "r")],
     contacts=[]),
dict(id="P40", pub="2026-01-19", text=(
     "تهران- ایرنا- رستم مینیخانوف، رئیس جمهوری تاتارستان فدراسیون روسیه، که از دیروز در تهران به سر می‌برد، امروز دوشنبه 29 دی با محمدرضا عارف، معاون اول رئیس‌جمهور، دیدار و درباره گسترش همکاری‌های اقتصادی، بانکی و گردشگری گفت‌وگو کرد. "
     "مینیخانوف فردا با محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیدار خواهد کرد. "
     "رئیس تاتارستان آبان‌ماه گذشته در کازان میزبان فرزانه صادق، وزیر راه و شهرسازی، بود و دو طرف در آن دیدار بر راه‌اندازی پرواز مستقیم کازان–تهران تأکید کرده بودند."),
     dates=[("دیروز", "2026-01-18", "r"), ("امروز دوشنبه 29 دی", "2026-01-19", "j"), ("فردا", "2026-01-20", "r"),
            ("آبان‌ماه گذشته", "2025-10-23/2025-11-21", "j")],
     contacts=[C(MINN, [IR], "meet", "2026-01-18", True), C(MINN, AREF, "meet", "2026-01-19"),
               C(MINN, GHA, "meet", "2026-01-20"), C(MINN, SAD, "meet", "2025-10-23/2025-11-21")]),
# ---------------- whole articles (P41–P48) ----------------
dict(id="P41", pub="2011-09-12", text=(
     "نیروگاه اتمی بوشهر با حضور وزیر انرژی روسیه رسماً افتتاح شد\n"
     "دوشنبه ۲۱ شهریور ۱۳۹۰ - ۱۶:۴۵\n"
     "کد خبر: ۱۴۰۳۲۱۷\n"
     "بوشهر- خبرگزاری مهر: مراسم افتتاح رسمی نخستین نیروگاه اتمی ایران صبح امروز با حضور سرگئی شماتکو، وزیر انرژی فدراسیون روسیه، و فریدون عباسی، معاون رئیس‌جمهور و رئیس سازمان انرژی اتمی، در سایت نیروگاه بوشهر برگزار شد.\n"
     "شماتکو در این مراسم پیام تبریک دیمیتری مدودف، رئیس‌جمهور روسیه، خطاب به محمود احمدی‌نژاد را قرائت کرد.\n"
     "مدودف در این پیام راه‌اندازی نیروگاه را «نماد همکاری صلح‌آمیز دو کشور» خوانده است.\n"
     "عباسی و شماتکو پس از مراسم در نشستی مشترک پروتکل واگذاری تدریجی بهره‌برداری نیروگاه به متخصصان ایرانی طی دو سال آینده را امضا کردند.\n"
     "نیروگاه هزار مگاواتی بوشهر ساعت ۲۳:۲۹ روز ۱۲ شهریور برای نخستین بار به شبکه سراسری برق متصل شد و اکنون حدود ۶۰ مگاوات برق تولید می‌کند.\n"
     "عباسی گفت ظرفیت تولید نیروگاه تا پایان سال ۱۳۹۰ به ۱۰۰ درصد می‌رسد.\n"
     "قرارداد تکمیل این نیروگاه ۱۸ دی ۱۳۷۳ (۸ ژانویه ۱۹۹۵) میان سازمان انرژی اتمی ایران و وزارت انرژی اتمی روسیه امضا شده بود؛ ساخت آن را شرکت آلمانی زیمنس در دهه ۱۳۵۰ آغاز کرده بود.\n"
     "نخستین محموله سوخت هسته‌ای روسیه آذر ۱۳۸۶ به بوشهر رسید و بارگذاری سوخت در راکتور ۳۰ مرداد ۱۳۸۹ (۲۱ اوت ۲۰۱۰) در مراسمی با حضور سرگئی کریینکو، مدیرکل روس‌اتم، و علی‌اکبر صالحی، رئیس وقت سازمان انرژی اتمی، آغاز شد.\n"
     "وزیر انرژی روسیه فردا در تهران با رستم قاسمی، وزیر نفت، درباره همکاری‌های نفت و گاز دیدار و گفت‌وگو خواهد کرد.\n"
     "انتهای پیام/"),
     dates=[("دوشنبه ۲۱ شهریور ۱۳۹۰", "2011-09-12", "j"), ("صبح امروز", "2011-09-12", "r"),
            ("طی دو سال آینده", None, "ignore"), ("روز ۱۲ شهریور", "2011-09-03", "j"),
            ("تا پایان سال ۱۳۹۰", None, "ignore"), ("۱۸ دی ۱۳۷۳", "1995-01-08", "j"), ("۸ ژانویه ۱۹۹۵", "1995-01-08", "g"),
            ("دهه ۱۳۵۰", None, "ignore"), ("آذر ۱۳۸۶", "2007-11-22/2007-12-21", "j"),
            ("۳۰ مرداد ۱۳۸۹", "2010-08-21", "j"), ("۲۱ اوت ۲۰۱۰", "2010-08-21", "g"), ("فردا", "2011-09-13", "r")],
     contacts=[C(SHMAT, FABB, "meet", "2011-09-12"), C(SHMAT, FABB, "agreement", "2011-09-12"),
               C(MED, AHMAD, "message", "2011-09-12"), C(MINATOM, AEOI, "agreement", "1995-01-08"),
               C(KIR, SALA, "meet", "2010-08-21"), C(SHMAT, RGHAS, "meet", "2011-09-13")]),
dict(id="P42", pub="2016-10-05", text=(
     "کد خبر ۵۸۹۱۲۳\n"
     "تاریخ انتشار: چهارشنبه ۱۴ مهر ۱۳۹۵ - ۱۱:۲۰\n"
     "دیدار آخوندی با استاندار آستاراخان؛ خط کشتیرانی انزلی–آستاراخان تقویت می‌شود\n"
     "خبرآنلاین: عباس آخوندی، وزیر راه و شهرسازی، که از روز دوشنبه در رأس هیئتی از مدیران بنادر و کشتیرانی در آستاراخان به سر می‌برد، دیروز با الکساندر ژیلکین، استاندار آستاراخان، دیدار و گفت‌وگو کرد.\n"
     "در این دیدار دو طرف یادداشت تفاهمی برای توسعه بندر اولیا و افزایش ظرفیت حمل کالا میان بنادر شمالی ایران و آستاراخان امضا کردند.\n"
     "به گفته آخوندی، حجم کالای جابه‌جا شده میان بنادر دو طرف در هفت ماه نخست ۲۰۱۶ میلادی از ۲ میلیون تن گذشته است.\n"
     "وزیر راه امروز به مسکو می‌رود و فردا پنجشنبه با ماکسیم سوکولوف، وزیر حمل‌ونقل روسیه، درباره تأمین مالی خط آهن رشت–آستارا گفت‌وگو خواهد کرد.\n"
     "خط آهن ۱۶۴ کیلومتری رشت–آستارا آخرین حلقه مفقوده کریدور بین‌المللی شمال–جنوب است.\n"
     "رؤسای جمهور ایران، روسیه و جمهوری آذربایجان ۱۸ مرداد امسال در نخستین نشست سه‌جانبه خود در باکو بر تکمیل این کریدور تأکید کرده بودند و قرار است دومین نشست سه‌جانبه سران سال آینده در تهران برگزار شود.\n"
     "نشست بعدی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه نیز آذرماه در تهران برگزار می‌شود.\n"
     "آخوندی پیش از سفر گفته بود سال‌هاست ظرفیت بنادر خزر به دلیل کمبود کشتی بلااستفاده مانده است.\n"
     "اخبار مرتبط\n"
     "آغاز عملیات اجرایی راه‌آهن قزوین–رشت در هفته آینده - ۲۲ شهریور ۱۳۹۵"),
     dates=[("چهارشنبه ۱۴ مهر ۱۳۹۵", "2016-10-05", "j"), ("روز دوشنبه", "2016-10-03", "r"), ("دیروز", "2016-10-04", "r"),
            ("هفت ماه نخست ۲۰۱۶ میلادی", "2016-01-01/2016-07-31", "g"), ("امروز", "2016-10-05", "r"),
            ("فردا پنجشنبه", "2016-10-06", "r"), ("۱۸ مرداد امسال", "2016-08-08", "j"),
            ("سال آینده", "2017-03-21/2018-03-20", "r"), ("آذرماه", "2016-11-21/2016-12-20", "j"),
            ("هفته آینده", None, "ignore"), ("۲۲ شهریور ۱۳۹۵", "2016-09-12", "j")],
     contacts=[C(ZHIL, AKH, "meet", "2016-10-04"), C(ZHIL, AKH, "agreement", "2016-10-04"),
               C(["Astrakhan", "Astrakhan Oblast", RU], AKH, "meet", "2016-10-03", True), C(SOK, AKH, "meet", "2016-10-06"),
               C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "meet", "2017-03-21/2018-03-20"),
               C([RU], [IR], "meet", "2016-11-21/2016-12-20", True)]),
dict(id="P43", pub="2017-12-02", text=(
     "همشهری آنلاین\n"
     "شنبه ۱۱ آذر ۱۳۹۶ - ۱۴ ربیع‌الاول ۱۴۳۹ - 2 December 2017\n"
     "قرعه جام جهانی؛ ایران با اسپانیا، پرتغال و مراکش هم‌گروه شد\n"
     "مراسم قرعه‌کشی بیست و یکمین دوره رقابت‌های جام جهانی فوتبال عصر دیروز جمعه در کاخ کنگره‌های کرملین مسکو برگزار شد و تیم ملی ایران در گروه B با اسپانیا، پرتغال و مراکش هم‌گروه شد.\n"
     "ایران نخستین دیدار خود را جمعه ۲۵ خرداد ۱۳۹۷ (۱۵ ژوئن ۲۰۱۸) در سن‌پترزبورگ برابر مراکش برگزار می‌کند و سپس ۳۰ خرداد در کازان به مصاف اسپانیا می‌رود.\n"
     "آخرین بازی گروهی ایران نیز چهارم تیر همان سال در سارانسک مقابل پرتغال خواهد بود.\n"
     "جام جهانی ۲۰۱۸ از ۱۴ ژوئن تا ۱۵ ژوئیه در ۱۱ شهر روسیه برگزار می‌شود و ۳۲ تیم در آن حضور دارند.\n"
     "کارلوس کی‌روش، سرمربی تیم ملی، پس از مراسم گفت: «در گروهی هستیم که دو قهرمان اروپا در آن حضور دارند، اما از ۹۰ دقیقه بازی با هیچ رقیبی نمی‌ترسیم.»\n"
     "تیم ملی ایران ۲۲ خرداد امسال با پیروزی ۲ بر صفر مقابل ازبکستان در ورزشگاه آزادی، پس از برزیل، دومین تیمی بود که جواز حضور در این رقابت‌ها را به دست آورد.\n"
     "این پنجمین حضور ایران در جام جهانی پس از ۱۹۷۸، ۱۹۹۸، ۲۰۰۶ و ۲۰۱۴ است.\n"
     "اردوی تیم ملی برای آماده‌سازی از ۲۰ اسفند در دوحه آغاز می‌شود و فدراسیون فوتبال در تلاش است یک دیدار دوستانه با تیم ملی روسیه، میزبان رقابت‌ها، نیز برگزار کند.\n"
     "مرحله دوم فروش بلیت از ۱۴ آذر آغاز می‌شود."),
     dates=[("شنبه ۱۱ آذر ۱۳۹۶", "2017-12-02", "j"), ("۱۴ ربیع‌الاول ۱۴۳۹", "2017-12-02", "h"),
            ("2 December 2017", "2017-12-02", "g"), ("عصر دیروز جمعه", "2017-12-01", "r"),
            ("جمعه ۲۵ خرداد ۱۳۹۷", "2018-06-15", "j"), ("۱۵ ژوئن ۲۰۱۸", "2018-06-15", "g"), ("۳۰ خرداد", "2018-06-20", "j"),
            ("چهارم تیر همان سال", "2018-06-25", "j"), ("جام جهانی ۲۰۱۸", None, "ignore"),
            ("از ۱۴ ژوئن تا ۱۵ ژوئیه", "2018-06-14/2018-07-15", "g"), ("۲۲ خرداد امسال", "2017-06-12", "j"),
            ("۱۹۷۸", None, "ignore"), ("۱۹۹۸", None, "ignore"), ("۲۰۰۶", None, "ignore"), ("۲۰۱۴", None, "ignore"),
            ("۲۰ اسفند", "2018-03-11", "j"), ("۱۴ آذر", "2017-12-05", "j")],
     contacts=[]),
dict(id="P44", pub="2019-06-19", text=(
     "شمخانی در اوفا: همکاری تهران و مسکو در برابر یکجانبه‌گرایی آمریکا راهبردی است\n"
     "۱۴:۲۲ - ۱۳۹۸/۰۳/۲۹\n"
     "اخبار سیاسی - کد خبر: ۲۰۳۹۴۸۱\n"
     "به گزارش خبرنگار اعزامی خبرگزاری تسنیم به اوفا، علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در دهمین نشست بین‌المللی مقامات عالی امنیتی از سه‌شنبه شب در اوفا به سر می‌برد، صبح امروز در حاشیه این نشست با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و گفت‌وگو کرد.\n"
     "دو طرف در این دیدار درباره تحولات خلیج فارس پس از حمله به نفتکش‌ها در دریای عمان و همچنین نشست سه‌جانبه مشاوران امنیت ملی روسیه، آمریکا و رژیم صهیونیستی که قرار است ۴ تیر در قدس اشغالی برگزار شود، رایزنی کردند.\n"
     "پاتروشف در این دیدار گفت روسیه در آن نشست «نگرانی‌های مشروع ایران را نادیده نخواهد گرفت».\n"
     "شمخانی نیز با انتقاد از خروج آمریکا از برجام در ۱۸ اردیبهشت ۱۳۹۷ گفت ایران «تا ابد منتظر نمی‌ماند».\n"
     "دبیر شورای عالی امنیت ملی دیروز پس از ورود به اوفا با رادی خبیروف، رئیس جمهوری باشقیرستان، نیز دیدار کرده بود.\n"
     "آخرین دیدار شمخانی و پاتروشف ۲۳ آوریل (۳ اردیبهشت) در حاشیه کنفرانس امنیت بین‌المللی مسکو انجام شده بود.\n"
     "بنا بر اعلام دبیرخانه شورای عالی امنیت ملی، پاتروشف نیز اواسط تیرماه برای ادامه رایزنی‌ها به تهران سفر خواهد کرد.\n"
     "نشست اوفا فردا با صدور بیانیه پایانی به کار خود پایان می‌دهد و نمایندگان بیش از ۱۲۰ کشور در آن شرکت کرده‌اند.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: علی شمخانی، نیکلای پاتروشف، روسیه\n"
     "• پاتروشف: تهران و مسکو شرکای راهبردی‌اند - ۱۳۹۸/۰۲/۰۳"),
     dates=[("۱۳۹۸/۰۳/۲۹", "2019-06-19", "j"), ("سه‌شنبه شب", "2019-06-18", "r"), ("صبح امروز", "2019-06-19", "r"),
            ("۴ تیر", "2019-06-25", "j"), ("۱۸ اردیبهشت ۱۳۹۷", "2018-05-08", "j"), ("دیروز", "2019-06-18", "r"),
            ("۲۳ آوریل", "2019-04-23", "g"), ("۳ اردیبهشت", "2019-04-23", "j"),
            ("اواسط تیرماه", "2019-07-02/2019-07-11", "j"), ("فردا", "2019-06-20", "r"), ("۱۳۹۸/۰۲/۰۳", "2019-04-23", "j")],
     contacts=[C(PAT, SHAM, "meet", "2019-06-19"), C(KHAB, SHAM, "meet", "2019-06-18"),
               C(PAT, SHAM, "meet", "2019-04-23"), C(PAT, [IR], "meet", "2019-07-02/2019-07-11")]),
dict(id="P45", pub="2023-05-18", text=(
     "روزنامه دنیای اقتصاد - شماره ۵۷۸۲\n"
     "پنجشنبه ۲۸ اردیبهشت ۱۴۰۲ - ۲۸ شوال ۱۴۴۴\n"
     "قرارداد راه‌آهن رشت–آستارا با حضور مجازی رئیسی و پوتین امضا شد\n"
     "قرارداد ساخت خط آهن ۱۶۲ کیلومتری رشت–آستارا دیروز چهارشنبه در مراسمی که آیت‌الله سید ابراهیم رئیسی و ولادیمیر پوتین، رؤسای جمهور ایران و روسیه، به صورت ویدئوکنفرانس در آن حضور داشتند، به امضای مهرداد بذرپاش، وزیر راه و شهرسازی، و ویتالی ساویلیف، وزیر حمل‌ونقل روسیه، رسید.\n"
     "ساویلیف که از سه‌شنبه در تهران است، پیش از مراسم امضا در وزارت راه و شهرسازی با بذرپاش دیدار و گفت‌وگو کرد.\n"
     "بر اساس این قرارداد، روسیه ۱.۳ میلیارد یورو از هزینه ۱.۶ میلیارد یورویی طرح را در قالب وام دولتی تأمین می‌کند و ساخت خط ظرف ۴ سال به پایان می‌رسد.\n"
     "پوتین در این مراسم گفت این مسیر «سهم مهمی در تنوع‌بخشی به جریان‌های حمل‌ونقل جهانی» خواهد داشت و رئیسی آن را «گامی مهم و راهبردی» خواند.\n"
     "به گفته بذرپاش، عملیات اجرایی سال آینده میلادی آغاز می‌شود و نخستین قطار در سال ۲۰۲۸ از این مسیر عبور خواهد کرد.\n"
     "موافقت‌نامه بین‌دولتی تأمین مالی این طرح پیش‌تر در ۸ فروردین ۱۳۹۶، در جریان سفر حسن روحانی به مسکو، امضا شده بود اما اجرای آن سال‌ها معطل ماند.\n"
     "بذرپاش ماه گذشته نیز در سفر به سن‌پترزبورگ با ساویلیف درباره جزئیات فنی قرارداد گفت‌وگو کرده بود.\n"
     "وزیر حمل‌ونقل روسیه امروز پنجشنبه با محمد مخبر، معاون اول رئیس‌جمهور، دیدار خواهد کرد و سپس تهران را ترک می‌کند.\n"
     "جمهوری آذربایجان نیز که مسیر ریلی باکو–آستارا را در اختیار دارد، از امضای این قرارداد استقبال کرده است."),
     dates=[("پنجشنبه ۲۸ اردیبهشت ۱۴۰۲", "2023-05-18", "j"), ("۲۸ شوال ۱۴۴۴", "2023-05-18", "h"),
            ("دیروز چهارشنبه", "2023-05-17", "r"), ("سه‌شنبه", "2023-05-16", "r"), ("سال آینده میلادی", "2024", "r"),
            ("سال ۲۰۲۸", "2028", "g"), ("۸ فروردین ۱۳۹۶", "2017-03-28", "j"), ("ماه گذشته", "2023-03-21/2023-04-20", "r"),
            ("امروز پنجشنبه", "2023-05-18", "r")],
     contacts=[C(SAV + [PUT], BAZ + [RAI], "agreement", "2023-05-17"), C(PUT, RAI, "meet", "2023-05-17", True),
               C(SAV, BAZ, "meet", "2023-05-17"), C(SAV, [IR], "meet", "2023-05-16", True),
               C(SAV, BAZ, "meet", "2023-03-21/2023-04-20"), C([PUT, RU], [ROU, IR], "agreement", "2017-03-28"),
               C([PUT, RU], ROU, "meet", "2017-03-28"), C(SAV, MOKH, "meet", "2023-05-18")]),
dict(id="P46", pub="2024-07-06", text=(
     "روزنامه اعتماد | شماره ۵۷۹۱ | شنبه ۱۶ تیر ۱۴۰۳\n"
     "پزشکیان نهمین رئیس‌جمهور ایران شد\n"
     "مسعود پزشکیان در دور دوم چهاردهمین دوره انتخابات ریاست‌جمهوری که روز جمعه ۱۵ تیر برگزار شد، با کسب ۱۶ میلیون و ۳۸۴ هزار رأی بر سعید جلیلی پیروز شد.\n"
     "محسن اسلامی، سخنگوی ستاد انتخابات کشور، بامداد امروز اعلام کرد مشارکت در دور دوم به ۴۹.۸ درصد رسیده است؛ رقمی که نسبت به دور نخست در ۸ تیر حدود ۱۰ درصد بیشتر است.\n"
     "مشارکت ۳۹.۹ درصدی دور نخست، پایین‌ترین رقم در انتخابات ریاست‌جمهوری از زمان انقلاب ۱۳۵۷ بود.\n"
     "انتخابات زودهنگام پس از جان باختن ابراهیم رئیسی و همراهانش در سانحه سقوط بالگرد در ۳۰ اردیبهشت برگزار شد.\n"
     "بر اساس قانون اساسی، مراسم تنفیذ و تحلیف رئیس‌جمهور منتخب احتمالاً اوایل مرداد برگزار می‌شود و دولت چهاردهم پس از رأی اعتماد مجلس کار خود را آغاز خواهد کرد.\n"
     "پزشکیان ۶۹ ساله، نماینده تبریز در مجلس و وزیر بهداشت دولت اصلاحات در دهه ۸۰ بود.\n"
     "با آغاز ماه محرم از فردا یکشنبه، ستاد انتخابات اعلام کرد تجمع‌های هواداران نامزدها ممنوع است و مراسم عزاداری تاسوعا و عاشورای حسینی در ۲۵ و ۲۶ تیر برگزار می‌شود."),
     dates=[("شنبه ۱۶ تیر ۱۴۰۳", "2024-07-06", "j"), ("روز جمعه ۱۵ تیر", "2024-07-05", "j"), ("بامداد امروز", "2024-07-06", "r"),
            ("۸ تیر", "2024-06-28", "j"), ("انقلاب ۱۳۵۷", None, "ignore"), ("۳۰ اردیبهشت", "2024-05-19", "j"),
            ("اوایل مرداد", "2024-07-22/2024-07-31", "j"), ("دهه ۸۰", None, "ignore"), ("ماه محرم", None, "ignore"),
            ("فردا یکشنبه", "2024-07-07", "r"), ("تاسوعا", None, "ignore"), ("عاشورای حسینی", None, "ignore"),
            ("۲۵", "2024-07-15", "j"), ("۲۶ تیر", "2024-07-16", "j")],
     contacts=[]),
dict(id="P47", pub="2025-12-09", text=(
     "پایان نوزدهمین کمیسیون مشترک ایران و روسیه با امضای ۱۲ سند همکاری\n"
     "سه‌شنبه ۱۸ آذر ۱۴۰۴ - ۱۷:۴۰\n"
     "کد خبر: 86012345\n"
     "تهران- ایرنا- نوزدهمین نشست کمیسیون مشترک همکاری‌های اقتصادی، بازرگانی و فنی جمهوری اسلامی ایران و فدراسیون روسیه امروز سه‌شنبه ۱۸ آذر (۹ دسامبر) با امضای ۱۲ سند همکاری در زمینه‌های انرژی، حمل‌ونقل، گمرک و بانکداری به کار خود پایان داد.\n"
     "این اسناد در حضور محسن پاک‌نژاد، وزیر نفت، و سرگئی تسیویلیف، وزیر انرژی روسیه، رؤسای کمیسیون، به امضای معاونان وزیران و مدیران دستگاه‌های دو کشور رسید.\n"
     "نشست دو روزه کمیسیون از دیروز در تهران آغاز شده بود و تسیویلیف پیش از افتتاح آن با پاک‌نژاد دیدار خصوصی داشت.\n"
     "وزیر انرژی روسیه ظهر امروز نیز با مسعود پزشکیان، رئیس‌جمهور، دیدار و گفت‌وگو کرد.\n"
     "به گفته پاک‌نژاد، بر اساس یکی از اسناد امضاشده، انتقال گاز روسیه از مسیر جمهوری آذربایجان به ایران از سال ۲۰۲۶ با ۲ میلیارد مترمکعب آغاز می‌شود و به تدریج به ۵۵ میلیارد مترمکعب در سال می‌رسد.\n"
     "همچنین تفاهم‌نامه پذیرش کارت‌های میر در پایانه‌های فروشگاهی ایران در نشستی ویدئوکنفرانسی میان محمدرضا فرزین، رئیس کل بانک مرکزی، و الویرا نابیولینا، رئیس بانک مرکزی روسیه، امضا شد.\n"
     "مرحله نخست اتصال شبکه‌های پرداخت شتاب و میر ۳۰ آبان ۱۴۰۳ عملیاتی شده بود.\n"
     "پاک‌نژاد پیش‌تر، بیست و سوم مهرماه، در حاشیه هفته انرژی روسیه در مسکو با تسیویلیف و الکساندر نواک، معاون نخست‌وزیر روسیه، دیدار کرده بود.\n"
     "نشست هجدهم کمیسیون شهریور ۱۴۰۳ در مسکو برگزار شده بود.\n"
     "بر اساس تفاهم طرفین، بیستمین نشست کمیسیون مشترک سال آینده در روسیه برگزار خواهد شد و وزیر انرژی روسیه فردا صبح تهران را ترک می‌کند.\n"
     "اخبار مرتبط:\n"
     "تسیویلیف: گاز روسیه سال آینده از مسیر آذربایجان به ایران می‌رسد - ۱۴۰۴/۰۹/۰۵"),
     dates=[("سه‌شنبه ۱۸ آذر ۱۴۰۴", "2025-12-09", "j"), ("امروز سه‌شنبه ۱۸ آذر", "2025-12-09", "j"),
            ("۹ دسامبر", "2025-12-09", "g"), ("دیروز", "2025-12-08", "r"), ("ظهر امروز", "2025-12-09", "r"),
            ("سال ۲۰۲۶", "2026", "g"), ("۳۰ آبان ۱۴۰۳", "2024-11-20", "j"), ("بیست و سوم مهرماه", "2025-10-15", "j"),
            ("شهریور ۱۴۰۳", "2024-08-22/2024-09-21", "j"), ("سال آینده", "2026-03-21/2027-03-20", "r"),
            ("فردا صبح", "2025-12-10", "r"), ("سال آینده", None, "ignore"), ("۱۴۰۴/۰۹/۰۵", "2025-11-26", "j")],
     contacts=[C(TSI, PAK, "agreement", "2025-12-09"), C(TSI, PAK, "meet", "2025-12-08/2025-12-09", True),
               C(TSI, PAK, "meet", "2025-12-08"), C(TSI, PEZ, "meet", "2025-12-09"),
               C(NAB, FAR, "agreement", "2025-12-09"), C(NAB, FAR, "meet", "2025-12-09", True),
               C(TSI, PAK, "meet", "2025-10-15"), C(NOV, PAK, "meet", "2025-10-15"),
               C([RU], [IR], "meet", "2024-08-22/2024-09-21", True), C([RU], [IR], "meet", "2026-03-21/2027-03-20", True)]),
dict(id="P48", pub="2026-02-17", text=(
     "بی‌بی‌سی فارسی\n"
     "سه‌شنبه ۱۷ فوریه ۲۰۲۶ - ۲۸ بهمن ۱۴۰۴\n"
     "عراقچی در مسکو؛ سفر پوتین به تهران باز هم به تعویق افتاد\n"
     "عباس عراقچی، وزیر امور خارجه ایران، روز دوشنبه در مسکو با سرگئی لاوروف، همتای روس خود، دیدار و درباره برنامه هسته‌ای ایران و همکاری‌های اقتصادی دو کشور گفت‌وگو کرد.\n"
     "آقای عراقچی امروز نیز در کرملین با ولادیمیر پوتین دیدار کرد و پیام مکتوب مسعود پزشکیان را به او تحویل داد.\n"
     "به گفته دیمیتری پسکوف، سخنگوی کرملین، سفر آقای پوتین به تهران که قرار بود نیمه دوم دی‌ماه انجام شود، به سال آینده موکول شده است.\n"
     "کرملین پیش‌تر گزارش‌ها درباره دیداری جداگانه میان آقای پوتین و آقای پزشکیان در ترکمنستان را «بی‌پایه» خوانده بود.\n"
     "دو کشور ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در مسکو پیمان مشارکت راهبردی جامع را امضا کردند؛ پیمانی که ۱۰ مهر امسال لازم‌الاجرا شد اما بند دفاع متقابل ندارد.\n"
     "روس‌اتم و سازمان انرژی اتمی ایران نیز ۴ مهر در مسکو قراردادی ۲۵ میلیارد دلاری برای ساخت چهار واحد نیروگاه اتمی در سیریک هرمزگان امضا کردند.\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی ایران، هفته گذشته در تماسی تلفنی با سرگئی شویگو، همتای روس خود، درباره تحولات منطقه گفت‌وگو کرده بود.\n"
     "در همین حال، سفر سرلشکر عبدالرحیم موسوی، رئیس ستاد کل نیروهای مسلح ایران، به مسکو که برای اواخر ژانویه برنامه‌ریزی شده بود، بدون اعلام دلیل لغو شد.\n"
     "آخرین سفر آقای پوتین به تهران ۲۸ تیر ۱۴۰۱ و برای شرکت در نشست سران روند آستانه بود.\n"
     "منتقدان در ایران می‌گویند روسیه در جنگ ۱۲ روزه خرداد امسال حمایت عملی از تهران نکرد.\n"
     "© 2026 BBC"),
     dates=[("سه‌شنبه ۱۷ فوریه ۲۰۲۶", "2026-02-17", "g"), ("۲۸ بهمن ۱۴۰۴", "2026-02-17", "j"), ("روز دوشنبه", "2026-02-16", "r"),
            ("امروز", "2026-02-17", "r"), ("نیمه دوم دی‌ماه", "2026-01-06/2026-01-20", "j"),
            ("سال آینده", "2026-03-21/2027-03-20", "r"), ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g"),
            ("۱۰ مهر امسال", "2025-10-02", "j"), ("۴ مهر", "2025-09-26", "j"), ("هفته گذشته", "2026-02-07/2026-02-13", "r"),
            ("اواخر ژانویه", "2026-01-21/2026-01-31", "g"), ("۲۸ تیر ۱۴۰۱", "2022-07-19", "j"),
            ("خرداد امسال", "2025-05-22/2025-06-21", "j"), ("2026", None, "ignore")],
     contacts=[C(LAV, ARA, "meet", "2026-02-16"), C(PUT, ARA, "meet", "2026-02-17"), C(PUT, PEZ, "message", "2026-02-17"),
               C(PUT, PEZ, "meet", "2026-03-21/2027-03-20"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"),
               C(PUT, PEZ, "meet", "2025-01-17", True), C(LIK, ESL, "agreement", "2025-09-26"),
               C(SHO, LARS, "phone_call", "2026-02-07/2026-02-13"), C([PUT, RU], [RAI, IR], "meet", "2022-07-19", True)]),
]
