# Held-out probe set 31: PERSIAN news, 36 SNIPPETS of 1–4 sentences and 4 WHOLE ARTICLES of 8–15 lines (P07, P17, P27,
# P37: headline, header date line, news code or issue number, dateline, body, background lines recalling older dated
# contacts, boilerplate / tags / a related-news link / a copyright line), hand-annotated; 40 cases, P01–P40, publication
# dates 2010–2026 (two or three a year, the years in id order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set file;
# what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format) and the
# leading comment headers of set27 and set29 (plus the bare names of set29's top-level assignments, no values).  The tool
# was not run and git was not used.  New text (no real article copied; events are modelled on real ones but details,
# numbers, quotes and several dates are invented) in the style of ISNA (P01, P13, P34), BBC Persian (P02, P14), Mehr (P03,
# P15), IRNA (P04, P07, P33 with Arabic-Indic digits and a «نیژنی نووگورود- ایرنا-» dateline, P37), Donya-e-Eqtesad (P05),
# Fars (P06, P29), Hamshahri / Hamshahri Online (P08, P32), Radio Farda (P09), Tasnim (P11, P20 with Arabic-Indic digits),
# Khabaronline (P12, P26), Entekhab (P16), Kayhan (P17 with a Solar Hijri + Hijri + Gregorian header and an issue number),
# ILNA (P18), Eghtesad Online (P19), Jam-e Jam Online (P21), Asr-e Iran (P22 with Latin digits), Sputnik Persian (P23),
# Independent Persian (P24), YJC (P25), Etemad Online (P27 with a «۱۴ مهر ۱۴۰۰ ، ۱۸:۳۵» header), Shana (P28), Varzesh3
# (P30), Euronews Persian (P31), Fararu (P36), EcoIran (P38), IQNA (P39), ICANA / Khane-ye Mellat (P40), and two Afghan
# Dari items from Tolonews (P10: جوزا / سرطان; P35: قوس / جدی).
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Pezeshkian / Medvedev, Putin: SCO sidelines in Astana,
# Bishkek and Samarkand, CICA in Dushanbe, BRICS in Kazan, Ashgabat, the Baku Caspian summit recalled, the Tehran 2017
# Russia–Iran–Azerbaijan trilateral, the Tehran and Ankara Astana-format summits, a Kremlin visit, a phone call after the
# Shayrat strike, a congratulation call and an inauguration message, the 2001 treaty and the 2025 treaty recalled, a
# planned next-year visit and trilateral), foreign ministers and deputies (Zarif, Amir-Abdollahian, Bagheri Kani, Araghchi /
# Lavrov, Ryabkov: Moscow visits, the Moscow trilateral of December 2016, phone calls, a planned trilateral, a Leader's
# letter for Putin handed to Lavrov, a president's message handed to Putin by the foreign minister), an ambassador
# (Jalali), security council secretaries (Jalili, Shamkhani / Patrushev, Shoigu as defence minister), defence ministers
# (Dehghan / Shoigu: a military MoU, an unnamed defence ministers' trilateral), Rosatom / AEOI (Kiriyenko / Salehi at
# Bushehr), agriculture (Hojjati / Tkachev, an MoU), energy (Owji, Raisi / Novak; Rosneft–NIOC, Gazprom–NIOC), parliament
# speakers (Ghalibaf / Volodin, an inter-parliamentary document), RDIF and the Health Ministry (a planned vaccine contract),
# an arms contract recalled by year (S-300, 2007), Iran–EAEU free trade, joint economic commissions (planned, postponed),
# Iran–P5+1 Baghdad round; meetings, arrivals, planned, postponed (P38), denied (P09, P38) contacts and contacts recalled in
# the past perfect.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P05, P08, P10, P13, P14, P19, P21, P24, P30,
# P31, P35, P39.  All other cases (27) have at least one required row.  Traps: third-country contacts (Russia–Turkey P14,
# P20, P29; Iran–China P07, P22, P24, P29; Iran–Saudi–China P31; Russia–UAE / Saudi P32; Iran–Turkey P14; Iran–US P36;
# Afghanistan–Russia P35), a Russian ambassador's assassination (P15), fuel delivery (P01), aid flights (P21), a decree and
# an arbitration suit (P12), naval drills (P23), statements (P19, P24, P31), numbers, money, percentages, clock times
# («۱۹:۳۰», «ساعت ۲۲ تا ۵ بامداد», «۰۰:۰۱», «ساعت ۱۷ و ۵۸ دقیقه»), scores («۶ بر صفر», «۶ بر ۲»), model and resolution
# numbers («اس-۳۰۰», «سوخو-۲۴», «ایلیوشین-۷۶», «اس-٤٠٠», «قطعنامه ۱۹۲۹»), «۱+۵», «۳+۳», durations («۴۵ دقیقه», «۱۴ ماه»,
# «۲۵ ساله», «پنج ساعت», «در کمتر از دو هفته»), the city دوشنبه (Dushanbe, P22), مهرآباد, آذربایجان, the agency مهر, the
# name «بهمن حیدری» (P26), and street / square names containing a date (P08).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence), without overlaps.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set29 as the headers of set27 and set29 state them
#   (set29, the later, wins where they differ); everything in set27's "In short" and "Contacts" paragraphs and set29's
#   "Decided here" holds here: اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month end; Saturday–Friday weeks
#   («هفته آینده», «هفته گذشته»); Persian and Dari relative years / months (سال گذشته, سال آینده, ماه گذشته, پارسال) are
#   Solar Hijri intervals unless میلادی is written; دیروز / روز گذشته = pub − 1, پریروز = pub − 2; «شنبه گذشته» = the last
#   such weekday strictly before pub; a bare weekday (also with عصر / شامگاه / بامداد) = the nearest one in the direction of
#   the tense, «شنبه آینده» after pub; «دوشنبه‌شب» = the evening OF that weekday; «از X تا Y» is one range mention with «از»
#   inside, a start point «از ۲۶ اسفند ۹۷» keeps «از» outside; a weekday next to its date belongs to it; a relative word
#   joined to a written date («امروز شنبه ۳۰ مرداد ۱۳۸۹», «دیروز سه‌شنبه ۱۶ مرداد») is one mention in the calendar of the
#   written date, a relative word + weekday alone («فردا شنبه», «امروز چهارشنبه») is r; a date written in two calendars is
#   two mentions with one value, a header in three calendars one mention per calendar, the weekday going with the first;
#   two-digit years are 13xx/14xx; a year-less date or month takes the year nearest pub; «در سال ۱۸۷۹» → «سال ۱۸۷۹» (g);
#   «نوروز ۱۴۰۵» = 1 Farvardin 1405 (j); a Hijri date equated with a Solar Hijri weekday date carries the text's day; copyright
#   years, years inside event names («جام جهانی ۲۰۱۸»), counted event-relative phrases («یک روز پس از حمله», «چهار روز پس از
#   رأی اعتماد», «یک سال پس از خروج آمریکا»), anaphoric and vague expressions («ظرف دو ماه آینده», «۴۸ ساعت آینده»,
#   «نخستین روز این سفر») are ignore lines; Dari months (جوزا, سرطان, قوس, جدی) are Solar Hijri (j).
#   Contacts: as set27 / set29 (treaty → required agreement + optional meet; envoy with a letter → meet + message, a letter
#   for Putin handed to another official accepts either; trilateral summits and foreign / defence ministers' trilaterals at
#   which the two sides sit together → required, a bilateral the same day is that row; joint commissions and multilateral
#   meetings without a bilateral → optional; planned contacts with a day, week, month or year → required, hoped-for or
#   undated ones → optional None; a postponed contact → one row at its new date (optional for a joint commission); denied
#   → no row; arrival days with no meeting stated that day → optional meet; a minister's MoU with the meeting stated →
#   required meet + required agreement; company contracts → required agreement; Iran–P5+1 rounds → optional country-level
#   meet; decrees, drills, aid, fuel deliveries, entry into force and statements → no row).
# Decided here where nothing above says (set31):
#   Street and square names made of a date («میدان هفت تیر», «خیابان ۱۷ شهریور») are ignore lines, like a year inside an
#   event name (P08); names merely containing a month word («فرودگاه مهرآباد», «آذربایجان») get no line; a disaster named by
#   its day in running text («سیل ۵ فروردین») is a mention of that day (j, P21).  «آذرماه پارسال» is one mention in j (the
#   trailing-word rule extended to پارسال, P08).  «تابستان امسال» = 1 Tir – 31 Shahrivar of the current Solar Hijri year
#   (interval, r, P28); any season = its three Solar Hijri months.  «سال آینده میلادی» = the next Gregorian year "YYYY" (r,
#   P23).  «۹ ماه نخست سال ۲۰۲۵ میلادی» = 1 January – 30 September of the written year (g, set29's «شش ماه نخست سال جاری
#   میلادی» with a written year, P38).  «سال‌های ۲۰۲۶ تا ۲۰۲۸» is one range mention "2026-01-01/2028-12-31" (g, as set27's
#   «از ۲۰۰۰ تا ۲۰۰۸», P40).  A two-day pair glossed in a second calendar («١٠ و ١١ ژوئن (٢١ و ٢٢ خرداد)») is four mentions:
#   bare first day + day-month, in each calendar (P33).  «سه روز گذشته» is an ignore line, like «۲۴ ساعت گذشته» (P35);
#   «روزهای نخست این ماه» and «پایان ماه رمضان امسال» are ignore lines (vague / event-relative, P39); «در کمتر از دو هفته»
#   (a duration with no anchor) gets no line (P34).  The original month of a postponed meeting («قرار بود آبان‌ماه … برگزار
#   شود») is an ordinary mention (j); the row goes to the new date (P38).  «اول ماه مبارک رمضان ۱۴۴۷» beside «پنجشنبه ۳۰
#   بهمن» = 2026-02-19 (h; Umm al-Qura 02-18, inside ±1, P39).
#   Contacts: a joint declaration / final statement issued in person at a trilateral (the Moscow declaration, the Tehran
#   summit statement) → optional agreement row beside the required meet, as set27's video-summit statement (P15, P20).
#   A defence ministers' trilateral whose ministers are not named → required meet with the ministers' and countries' names
#   (P15).  An arms contract recalled with only its year (S-300, «سال ۲۰۰۷») → required country-level agreement dated by the
#   year (set16's undated launch contract stays optional, P12).  An inauguration-congratulation message with no date of its
#   own → date "pub" (P06).  Documents to be signed at a joint-commission session in a stated season → required agreement
#   dated by the season, the session optional (set29's month rule, P28).  An Iran–EAEU free-trade agreement (a bloc Russia
#   belongs to) → optional agreement with EAEU / Russia names (the multilateral rule, P32).  A treaty «to be signed during
#   the president's coming visit» with no date → optional agreement None + optional meet None (P34).  A recalled visit to
#   attend an inauguration with no bilateral stated → optional meet (as a recalled multilateral summit visit, P40).  A
#   trilateral planned «سال آینده» → required meet for the two presidents dated by that Solar Hijri year (P17).
PUT, ROU, KHA, RAI, PEZ = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
RU, IR = "Russia", "Iran"
MED = ["Dmitry Medvedev", RU]
AHMD = ["Mahmoud Ahmadinejad", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SALE = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
PAT = ["Nikolai Patrushev", RU]
JALS = ["Saeed Jalili", IR]
SHO, DEH, SHAM = ["Sergei Shoigu", RU], ["Hossein Dehghan", IR], ["Ali Shamkhani", IR]
TKA = ["Alexander Tkachev", "Russian Ministry of Agriculture", RU]
HOJ = ["Mahmoud Hojjati", "Ministry of Agriculture Jihad", IR]
ROSN, NIOC = ["Rosneft", RU], ["National Iranian Oil Company", "NIOC", IR]
RYA, JAL = ["Sergei Ryabkov", RU], ["Kazem Jalali", IR]
RDIF = ["Russian Direct Investment Fund", "RDIF", RU]
MOH = ["Ministry of Health and Medical Education", "Iranian Ministry of Health", IR]
KHAT = ["Mohammad Khatami", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
NOV, OWJ = ["Alexander Novak", RU], ["Javad Owji", IR]
GAZ = ["Gazprom", RU]
BAGH, MOKH = ["Ali Bagheri Kani", "Ali Bagheri", IR], ["Mohammad Mokhber", IR]
EAEU = ["Eurasian Economic Union", "EAEU", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- P01–P10 ----------------
dict(id="P01", pub="2010-08-21", text=(
     "بوشهر- ایسنا- با حضور علی‌اکبر صالحی، رئیس سازمان انرژی اتمی ایران، و سرگئی کریینکو، مدیرعامل شرکت دولتی روس‌اتم، بارگذاری سوخت در نیروگاه اتمی بوشهر امروز شنبه ۳۰ مرداد ۱۳۸۹ آغاز شد. "
     "صالحی و کریینکو پیش از آغاز مراسم در ساختمان اداری نیروگاه با یکدیگر دیدار و درباره برنامه راه‌اندازی گفت‌وگو کردند. "
     "نخستین محموله سوخت این راکتور ۱۰۰۰ مگاواتی ۲۵ آذر ۱۳۸۶ از روسیه به بوشهر رسیده بود. "
     "به گفته صالحی، نیروگاه ظرف دو ماه آینده به شبکه سراسری برق متصل می‌شود."),
     dates=[("امروز شنبه ۳۰ مرداد ۱۳۸۹", "2010-08-21", "j"), ("۲۵ آذر ۱۳۸۶", "2007-12-16", "j"),
            ("ظرف دو ماه آینده", None, "ignore")],
     contacts=[C(KIR, SALE, "meet", "2010-08-21")]),
dict(id="P02", pub="2010-08-06", text=(
     "موج گرما و آتش‌سوزی‌های گسترده در روسیه همچنان ادامه دارد؛ دمای هوای مسکو روز پنجشنبه به ۳۸ درجه سانتی‌گراد رسید که به گفته هواشناسان بالاترین رقم از زمان آغاز ثبت داده‌ها در سال ۱۸۷۹ است. "
     "دولت روسیه اعلام کرده صادرات گندم، جو و آرد را از ۱۵ اوت تا ۳۱ دسامبر ممنوع می‌کند و به دنبال این خبر قیمت گندم در بورس شیکاگو ۸ درصد بالا رفت. "
     "مصر و ایران از بزرگ‌ترین خریداران غلات روسیه به شمار می‌روند؛ ایران سال گذشته بیش از یک میلیون تن گندم از این کشور وارد کرده بود. "
     "دود ناشی از آتش گرفتن بیش از ۵۰۰ کانون در اطراف پایتخت، پروازهای فرودگاه دوموددوو را نیز مختل کرده است."),
     dates=[("روز پنجشنبه", "2010-08-05", "r"), ("سال ۱۸۷۹", "1879", "g"), ("از ۱۵ اوت تا ۳۱ دسامبر", "2010-08-15/2010-12-31", "g"),
            ("سال گذشته", "2009-03-21/2010-03-20", "r")],
     contacts=[]),
dict(id="P03", pub="2011-08-16", text=(
     "به گزارش خبرگزاری مهر، سعید جلیلی، دبیر شورای عالی امنیت ملی، که در رأس هیئتی به مسکو سفر کرده است، امروز سه‌شنبه با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و درباره طرح «گام به گام» پیشنهادی مسکو برای حل مسئله هسته‌ای گفت‌وگو کرد. "
     "پاتروشف در این دیدار گفت روسیه جزئیات این طرح را ماه گذشته با دیگر اعضای گروه ۱+۵ نیز در میان گذاشته است. "
     "قرار است جلیلی فردا با سرگئی لاوروف، وزیر امور خارجه روسیه، ملاقات کند."),
     dates=[("امروز سه‌شنبه", "2011-08-16", "r"), ("ماه گذشته", "2011-06-22/2011-07-22", "r"), ("فردا", "2011-08-17", "r")],
     contacts=[C(PAT, JALS, "meet", "2011-08-16"), C(LAV, JALS, "meet", "2011-08-17")]),
dict(id="P04", pub="2011-06-15", text=(
     "آستانه- ایرنا- محمود احمدی‌نژاد و دیمیتری مدودف، رؤسای جمهوری ایران و روسیه، امروز چهارشنبه ۲۵ خرداد در حاشیه اجلاس سران سازمان همکاری شانگهای در آستانه به مدت ۴۵ دقیقه با یکدیگر گفت‌وگو کردند. "
     "مدودف پیش از این دیدار با هو جین‌تائو، رئیس‌جمهوری چین، نیز ملاقات کرده بود. "
     "آخرین دیدار احمدی‌نژاد و مدودف ۲۷ آبان ۱۳۸۹ در باکو و در حاشیه سومین اجلاس سران کشورهای ساحلی خزر برگزار شده بود. "
     "احمدی‌نژاد شامگاه امروز به تهران بازمی‌گردد."),
     dates=[("امروز چهارشنبه ۲۵ خرداد", "2011-06-15", "j"), ("۲۷ آبان ۱۳۸۹", "2010-11-18", "j"), ("شامگاه امروز", "2011-06-15", "r")],
     contacts=[C(MED, AHMD, "meet", "2011-06-15"), C(MED, AHMD, "meet", "2010-11-18")]),
dict(id="P05", pub="2012-10-02", text=(
     "دنیای اقتصاد- بازار ارز تهران روز گذشته یکی از پرتلاطم‌ترین روزهای خود را پشت سر گذاشت و نرخ هر دلار آمریکا تا ساعت ۱۴ به ۳۵ هزار و ۵۰۰ ریال رسید؛ رقمی که نسبت به پریروز حدود ۱۷ درصد بیشتر است. "
     "فعالان بازار می‌گویند از زمان آغاز به کار مرکز مبادلات ارزی در ۴ مهرماه، فاصله نرخ رسمی و آزاد بیش از دو برابر شده است. "
     "در همین حال ارزش روبل روسیه و لیر ترکیه در صرافی‌های خیابان فردوسی هم بیش از ۱۰ درصد بالا رفت. "
     "کارشناسان هشدار می‌دهند اگر این روند ادامه یابد، کسری لایحه بودجه سال آینده از ۴۰ درصد فراتر خواهد رفت."),
     dates=[("روز گذشته", "2012-10-01", "r"), ("پریروز", "2012-09-30", "r"), ("۴ مهرماه", "2012-09-25", "j"),
            ("سال آینده", "2013-03-21/2014-03-20", "r")],
     contacts=[]),
dict(id="P06", pub="2012-05-08", text=(
     "به گزارش خبرگزاری فارس، محمود احمدی‌نژاد در پیامی به ولادیمیر پوتین آغاز دوره جدید ریاست‌جمهوری او را تبریک گفت و ابراز امیدواری کرد همکاری‌های تهران و مسکو در این دوره گسترش یابد. "
     "پوتین دیروز در مراسمی در تالار اندریفسکی کاخ کرملین برای سومین بار سوگند ریاست‌جمهوری یاد کرد. "
     "احمدی‌نژاد پیش‌تر نیز ۱۵ اسفند ۹۰، یک روز پس از انتخابات، در تماسی تلفنی پیروزی پوتین را به او تبریک گفته بود. "
     "دور تازه مذاکرات ایران و گروه ۱+۵ روز چهارشنبه ۳ خرداد در بغداد برگزار می‌شود."),
     dates=[("دیروز", "2012-05-07", "r"), ("۱۵ اسفند ۹۰", "2012-03-05", "j"), ("یک روز پس از انتخابات", None, "ignore"),
            ("روز چهارشنبه ۳ خرداد", "2012-05-23", "j")],
     contacts=[C(PUT, AHMD, "message", "pub"), C(PUT, AHMD, "phone_call", "2012-03-05"),
               C([RU], [IR], "meet", "2012-05-23", True)]),
dict(id="P07", pub="2013-09-13", text=(
     "روحانی و پوتین در بیشکک دیدار کردند؛ تأکید بر ادامه همکاری در نیروگاه بوشهر\n"
     "جمعه ۲۲ شهریور ۱۳۹۲ - ۱۷:۴۰\n"
     "کد خبر: ۸۰۸۱۲۶۵۳\n"
     "بیشکک- ایرنا- حجت‌الاسلام والمسلمین حسن روحانی، رئیس‌جمهوری اسلامی ایران، عصر امروز در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهوری روسیه، دیدار و گفت‌وگو کرد.\n"
     "این نخستین دیدار دو رئیس‌جمهور از زمان آغاز به کار دولت یازدهم در ۱۲ مرداد است.\n"
     "پوتین در این دیدار گفت: روسیه آماده است ساخت واحدهای جدید نیروگاه اتمی بوشهر را آغاز کند و همکاری دو کشور در زمینه برنامه هسته‌ای صلح‌آمیز ایران ادامه خواهد یافت.\n"
     "روحانی نیز از پوتین برای سفر به تهران دعوت کرد و رئیس‌جمهوری روسیه این دعوت را پذیرفت؛ زمان سفر از مجاری دیپلماتیک تعیین می‌شود.\n"
     "روحانی پیش از این دیدار، صبح امروز با شی جین‌پینگ، رئیس‌جمهوری چین، و الماس‌بیک آتامبایف، رئیس‌جمهوری قرقیزستان، جداگانه ملاقات کرده بود.\n"
     "پوتین آخرین بار ۲۴ مهر ۱۳۸۶ برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر به تهران سفر کرده و در آن سفر با رهبر معظم انقلاب و محمود احمدی‌نژاد دیدار کرده بود.\n"
     "رئیس‌جمهور قرار است فردا شنبه پس از دیدار با جامعه ایرانیان مقیم قرقیزستان به تهران بازگردد.\n"
     "انتهای پیام /\n"
     "برچسب‌ها: روسیه، شانگهای، بیشکک، بوشهر\n"
     "© ۱۳۹۲ خبرگزاری جمهوری اسلامی (ایرنا)"),
     dates=[("جمعه ۲۲ شهریور ۱۳۹۲", "2013-09-13", "j"), ("عصر امروز", "2013-09-13", "r"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("صبح امروز", "2013-09-13", "r"), ("۲۴ مهر ۱۳۸۶", "2007-10-16", "j"), ("فردا شنبه", "2013-09-14", "r"),
            ("© ۱۳۹۲", None, "ignore")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "meet", None, True),
               C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHMD, "meet", "2007-10-16")]),
dict(id="P08", pub="2013-11-17", text=(
     "همشهری- معاون حمل‌ونقل و ترافیک شهرداری تهران از آغاز عملیات ساخت زیرگذر میدان هفت تیر از شنبه آینده خبر داد و گفت در این مدت خیابان کریم‌خان از ساعت ۲۲ تا ۵ بامداد بسته خواهد بود. "
     "به گفته او اجرای این طرح ۱۴ ماه طول می‌کشد و هم‌زمان ۱۲۰ دستگاه اتوبوس جدید در خطوط تندروی خیابان ۱۷ شهریور و محور فرودگاه مهرآباد به کار گرفته می‌شود. "
     "این اتوبوس‌ها بخشی از قرارداد ۴۵۰ دستگاهی شرکت واحد با یک خودروساز ایرانی است که آذرماه پارسال امضا شد."),
     dates=[("میدان هفت تیر", None, "ignore"), ("شنبه آینده", "2013-11-23", "r"), ("خیابان ۱۷ شهریور", None, "ignore"),
            ("آذرماه پارسال", "2012-11-21/2012-12-20", "j")],
     contacts=[]),
dict(id="P09", pub="2014-01-17", text=(
     "رادیو فردا- محمدجواد ظریف، وزیر امور خارجه ایران، روز پنجشنبه ۲۶ دی در مسکو نخست با سرگئی لاوروف و سپس با ولادیمیر پوتین دیدار کرد. "
     "به گفته خبرگزاری ریا نووستی، پوتین در این دیدار از برگزاری المپیک زمستانی سوچی، که ۷ فوریه (۱۸ بهمن) آغاز می‌شود، سخن گفت و برای ظریف آرزوی موفقیت در مذاکرات هسته‌ای کرد. "
     "در همین حال، یک سخنگوی وزارت خارجه روسیه گزارش رویترز درباره قرارداد تهاتر نفت در برابر کالا به ارزش ۱.۵ میلیارد دلار را «بی‌پایه» خواند و گفت چنین توافقی امضا نشده است."),
     dates=[("روز پنجشنبه ۲۶ دی", "2014-01-16", "j"), ("۷ فوریه", "2014-02-07", "g"), ("۱۸ بهمن", "2014-02-07", "j")],
     contacts=[C(LAV, ZAR, "meet", "2014-01-16"), C(PUT, ZAR, "meet", "2014-01-16")]),
dict(id="P10", pub="2014-06-16", text=(
     "طلوع‌نیوز: کمیسیون مستقل انتخابات می‌گوید بیش از هفت میلیون تن در دور دوم انتخابات ریاست جمهوری که روز شنبه ۲۴ جوزا برگزار شد، رای داده‌اند. "
     "یوسف نورستانی، رئیس این کمیسیون، گفت نتایج ابتدایی ۱۱ سرطان و نتایج نهایی ۳۱ سرطان اعلام خواهد شد. "
     "سفارت جمهوری اسلامی ایران در کابل و وزارت خارجه روسیه در اعلامیه‌های جداگانه از برگزاری این دور انتخابات استقبال کرده‌اند. "
     "به گفته مسئولان امنیتی، در جریان رای‌دهی ۱۵۰ حمله در ولایت‌های مختلف ثبت شد."),
     dates=[("روز شنبه ۲۴ جوزا", "2014-06-14", "j"), ("۱۱ سرطان", "2014-07-02", "j"), ("۳۱ سرطان", "2014-07-22", "j")],
     contacts=[]),
# ---------------- P11–P20 ----------------
dict(id="P11", pub="2015-01-20", text=(
     "به گزارش خبرگزاری تسنیم، سرگئی شویگو، وزیر دفاع روسیه، که دیروز در رأس یک هیئت نظامی وارد تهران شد، امروز سه‌شنبه ۳۰ دی با سرتیپ حسین دهقان، وزیر دفاع و پشتیبانی نیروهای مسلح، دیدار کرد و دو وزیر در پایان این دیدار یادداشت تفاهم همکاری‌های نظامی دو کشور را امضا کردند. "
     "دهقان در نشست خبری مشترک گفت این سند آموزش نیروها و مبارزه با تروریسم را در بر می‌گیرد و موضوع سامانه اس-۳۰۰ در این سفر مطرح نشد. "
     "شویگو نخستین وزیر دفاع روسیه است که پس از ۱۴ سال به ایران سفر می‌کند؛ او قرار است عصر امروز و پیش از ترک تهران با علی شمخانی، دبیر شورای عالی امنیت ملی، هم دیدار کند."),
     dates=[("دیروز", "2015-01-19", "r"), ("امروز سه‌شنبه ۳۰ دی", "2015-01-20", "j"), ("عصر امروز", "2015-01-20", "r")],
     contacts=[C(SHO, DEH, "meet", "2015-01-20"), C(SHO, DEH, "agreement", "2015-01-20"), C(SHO, SHAM, "meet", "2015-01-20"),
               C(SHO, [IR], "meet", "2015-01-19", True)]),
dict(id="P12", pub="2015-04-14", text=(
     "خبرآنلاین- ولادیمیر پوتین دیروز با امضای فرمانی، ممنوعیت تحویل سامانه پدافند موشکی اس-۳۰۰ به ایران را لغو کرد. "
     "قرارداد خرید پنج آتشبار از این سامانه به ارزش حدود ۸۰۰ میلیون دلار در سال ۲۰۰۷ میان تهران و مسکو امضا شده بود، اما دیمیتری مدودف در سپتامبر ۲۰۱۰ با استناد به قطعنامه ۱۹۲۹ شورای امنیت اجرای آن را متوقف کرد. "
     "ایران پس از آن در دادگاه داوری ژنو شکایتی ۴ میلیارد دلاری علیه شرکت روس‌اباران‌اکسپورت طرح کرد. "
     "سرگئی لاوروف امروز گفت زمان تحویل سامانه‌ها به آمادگی فنی طرفین بستگی دارد."),
     dates=[("دیروز", "2015-04-13", "r"), ("سال ۲۰۰۷", "2007", "g"), ("سپتامبر ۲۰۱۰", "2010-09", "g"), ("امروز", "2015-04-14", "r")],
     contacts=[C([RU], [IR], "agreement", "2007")]),
dict(id="P13", pub="2015-10-09", text=(
     "ایسنا- تیم ملی فوتبال ایران شامگاه پنجشنبه ۱۶ مهر در ورزشگاه آزادی با نتیجه ۶ بر صفر از سد گوام گذشت و با ۷ امتیاز به صدر جدول گروه C رسید. "
     "سردار آزمون در دقیقه ۲۲ نخستین گل دیدار را به ثمر رساند؛ بازی از ساعت ۱۹:۳۰ و با حضور حدود ۳۰ هزار تماشاگر برگزار شد. "
     "شاگردان کارلوس کی‌روش سه‌شنبه در مسقط به مصاف عمان می‌روند و تیم اول این گروه مستقیماً به دور نهایی مقدماتی جام جهانی ۲۰۱۸ روسیه راه پیدا می‌کند."),
     dates=[("شامگاه پنجشنبه ۱۶ مهر", "2015-10-08", "j"), ("سه‌شنبه", "2015-10-13", "r"), ("جام جهانی ۲۰۱۸", None, "ignore")],
     contacts=[]),
dict(id="P14", pub="2016-08-10", text=(
     "بی‌بی‌سی فارسی- رجب طیب اردوغان، رئیس‌جمهور ترکیه، روز سه‌شنبه در کاخ کنستانتین در سن پترزبورگ با ولادیمیر پوتین دیدار کرد؛ این نخستین سفر خارجی او پس از کودتای نافرجام ۱۵ ژوئیه (۲۵ تیر) بود. "
     "روابط دو کشور پس از سرنگونی یک جنگنده سوخو-۲۴ روسیه به دست نیروی هوایی ترکیه در ۲۴ نوامبر ۲۰۱۵ به پایین‌ترین سطح رسیده بود و دو رهبر اکنون توافق کرده‌اند پروژه خط لوله ترک‌استریم و ساخت نیروگاه اتمی آک‌کویو از سر گرفته شود. "
     "محمدجواد ظریف، وزیر امور خارجه ایران، هم قرار است جمعه به آنکارا برود و با مولود چاووش‌اوغلو دیدار کند."),
     dates=[("روز سه‌شنبه", "2016-08-09", "r"), ("۱۵ ژوئیه", "2016-07-15", "g"), ("۲۵ تیر", "2016-07-15", "j"),
            ("۲۴ نوامبر ۲۰۱۵", "2015-11-24", "g"), ("جمعه", "2016-08-12", "r")],
     contacts=[]),
dict(id="P15", pub="2016-12-20", text=(
     "مسکو- خبرگزاری مهر- وزیران امور خارجه ایران، روسیه و ترکیه امروز سه‌شنبه ۳۰ آذر در مسکو گرد هم آمدند و پس از چهار ساعت گفت‌وگو درباره آینده حلب، «بیانیه مسکو» را صادر کردند. "
     "محمدجواد ظریف پیش از نشست سه‌جانبه، جداگانه با سرگئی لاوروف دیدار کرد؛ وزیران دفاع سه کشور هم هم‌زمان در ساختمان وزارت دفاع روسیه نشستی مشابه داشتند. "
     "این نشست یک روز پس از ترور آندری کارلوف، سفیر روسیه در آنکارا، برگزار شد که دوشنبه‌شب هنگام سخنرانی در یک نمایشگاه عکس هدف گلوله قرار گرفت."),
     dates=[("امروز سه‌شنبه ۳۰ آذر", "2016-12-20", "j"), ("یک روز پس از ترور", None, "ignore"), ("دوشنبه‌شب", "2016-12-19", "r")],
     contacts=[C([LAV, RU], [ZAR, IR], "meet", "2016-12-20"), C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True),
               C([SHO[0], RU], [DEH[0], IR], "meet", "2016-12-20")]),
dict(id="P16", pub="2017-04-10", text=(
     "انتخاب- حسن روحانی شامگاه یکشنبه در گفت‌وگویی تلفنی با ولادیمیر پوتین، حمله موشکی بامداد جمعه ۱۸ فروردین آمریکا به پایگاه هوایی الشعیرات سوریه را «تجاوز آشکار» خواند. "
     "به گزارش پایگاه اطلاع‌رسانی ریاست‌جمهوری، پوتین نیز گفت شلیک ۵۹ موشک تاماهاک به خاک یک کشور مستقل نقض قوانین بین‌المللی است و دو طرف بر ضرورت تحقیقی بی‌طرفانه درباره حادثه خان‌شیخون تأکید کردند. "
     "به گفته بهرام قاسمی، سخنگوی وزارت امور خارجه، محمدجواد ظریف روز جمعه برای شرکت در نشست سه‌جانبه با همتایان روس و سوری خود به مسکو می‌رود."),
     dates=[("شامگاه یکشنبه", "2017-04-09", "r"), ("بامداد جمعه ۱۸ فروردین", "2017-04-07", "j"), ("روز جمعه", "2017-04-14", "r")],
     contacts=[C(PUT, ROU, "phone_call", "2017-04-09"), C([LAV, RU], ZAR, "meet", "2017-04-14")]),
dict(id="P17", pub="2017-11-02", text=(
     "پوتین در دیدار با رهبر انقلاب: همکاری تهران و مسکو در سوریه موفق بوده است\n"
     "پنجشنبه ۱۱ آبان ۱۳۹۶ - ۱۳ صفر ۱۴۳۹ - ۲ نوامبر ۲۰۱۷\n"
     "شماره ۲۱۷۶۸\n"
     "سرویس سیاسی- ولادیمیر پوتین، رئیس‌جمهور روسیه، که برای شرکت در نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان به تهران آمده بود، عصر دیروز با حضرت آیت‌الله خامنه‌ای دیدار و گفت‌وگو کرد.\n"
     "پوتین پیش از این دیدار در مجموعه فرهنگی‌تاریخی سعدآباد با حسن روحانی گفت‌وگو کرده و سپس در نشست سه‌جانبه‌ای با حضور الهام علی‌اف، رئیس‌جمهور آذربایجان، شرکت کرده بود.\n"
     "در این نشست تکمیل کریدور بین‌المللی شمال-جنوب و اتصال شبکه‌های برق سه کشور در اولویت قرار گرفت.\n"
     "هم‌زمان با این سفر، شرکت ملی نفت ایران و شرکت روس‌نفت نقشه راه اجرای پروژه‌های مشترک نفت و گاز به ارزش حدود ۳۰ میلیارد دلار را امضا کردند.\n"
     "رهبر انقلاب در این دیدار همکاری دو کشور در سوریه را «موفق» خواند و گفت همکاری‌ها می‌تواند آمریکا را منزوی کند.\n"
     "پوتین آذر ۹۴ نیز برای اجلاس سران کشورهای صادرکننده گاز به تهران آمده و با رهبر انقلاب دیدار کرده بود.\n"
     "رئیس‌جمهور روسیه شامگاه دیروز تهران را به مقصد مسکو ترک کرد.\n"
     "بنا بر اعلام دفتر ریاست‌جمهوری، نشست بعدی سران سه کشور سال آینده در سوچی برگزار می‌شود.\n"
     "برچسب‌ها: روسیه، ولادیمیر پوتین، سعدآباد، آذربایجان\n"
     "کلیه حقوق این سایت برای مؤسسه کیهان محفوظ است."),
     dates=[("پنجشنبه ۱۱ آبان ۱۳۹۶", "2017-11-02", "j"), ("۱۳ صفر ۱۴۳۹", "2017-11-02", "h"), ("۲ نوامبر ۲۰۱۷", "2017-11-02", "g"),
            ("عصر دیروز", "2017-11-01", "r"), ("آذر ۹۴", "2015-11-22/2015-12-21", "j"), ("شامگاه دیروز", "2017-11-01", "r"),
            ("سال آینده", "2018-03-21/2019-03-20", "r")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"), C(ROSN, NIOC, "agreement", "2017-11-01"),
               C(PUT, KHA, "meet", "2015-11-22/2015-12-21"), C(PUT, ROU, "meet", "2018-03-21/2019-03-20")]),
dict(id="P18", pub="2017-12-13", text=(
     "ایلنا- محمود حجتی، وزیر جهاد کشاورزی، روز سه‌شنبه در مسکو با الکساندر تکاچف، وزیر کشاورزی روسیه، دیدار کرد و دو طرف یادداشت تفاهمی برای رفع موانع صادرات محصولات لبنی و گلخانه‌ای ایران امضا کردند. "
     "بر اساس این تفاهم، محدودیت ورود گوجه‌فرنگی ایرانی به بازار روسیه از اول دی برداشته می‌شود و سهمیه صادرات گوشت مرغ به ۴۰۰ هزار تن در سال می‌رسد. "
     "حجتی گفت سهم روسیه از صادرات کشاورزی ایران هنوز کمتر از ۵ درصد است و جزئیات این توافق در اجلاس کمیسیون مشترک اقتصادی دو کشور که اواسط بهمن در تهران برگزار می‌شود نهایی خواهد شد."),
     dates=[("روز سه‌شنبه", "2017-12-12", "r"), ("اول دی", "2017-12-22", "j"), ("اواسط بهمن", "2018-01-31/2018-02-09", "j")],
     contacts=[C(TKA, HOJ, "meet", "2017-12-12"), C(TKA, HOJ, "agreement", "2017-12-12"),
               C([RU], [IR], "meet", "2018-01-31/2018-02-09", True)]),
dict(id="P19", pub="2018-08-08", text=(
     "اقتصادآنلاین- نخستین دور تحریم‌های بازگشتی آمریکا علیه ایران دیروز سه‌شنبه ۱۶ مرداد (۷ اوت) از ساعت ۰۰:۰۱ بامداد به وقت واشنگتن اجرایی شد و خرید دلار، طلا و فلزات گران‌بها و نیز صنعت خودرو را هدف گرفت. "
     "دور دوم این تحریم‌ها که فروش نفت و نقل‌وانتقالات بانکی را در بر می‌گیرد، از ۱۴ آبان اعمال خواهد شد؛ دونالد ترامپ ۱۸ اردیبهشت خروج کشورش از برجام را اعلام کرده بود. "
     "قیمت دلار در بازار آزاد تهران امروز با ۳ درصد کاهش به ۹۴ هزار ریال رسید. "
     "روسیه و چین اعلام کرده‌اند این تحریم‌ها را به رسمیت نمی‌شناسند."),
     dates=[("دیروز سه‌شنبه ۱۶ مرداد", "2018-08-07", "j"), ("۷ اوت", "2018-08-07", "g"), ("۱۴ آبان", "2018-11-05", "j"),
            ("۱۸ اردیبهشت", "2018-05-08", "j"), ("امروز", "2018-08-08", "r")],
     contacts=[]),
dict(id="P20", pub="2018-09-07", text=(
     "به گزارش خبرگزاری تسنیم، سومین نشست سران کشورهای ضامن روند آستانه امروز جمعه ١٦ شهریور ١٣٩٧ با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در تهران برگزار شد و بیانیه پایانی آن در ١٢ بند به تصویب رسید. "
     "روحانی و پوتین پیش از آغاز نشست، در دیداری دوجانبه درباره وضعیت ادلب و خروج آمریکا از برجام گفت‌وگو کردند؛ اردوغان نیز جداگانه با رئیس‌جمهور روسیه درباره تحویل سامانه اس-٤٠٠ به ترکیه رایزنی کرد. "
     "سه رئیس‌جمهور آخرین بار ١٥ فروردین در آنکارا گرد هم آمده بودند و قرار است نشست بعدی در روسیه برگزار شود."),
     dates=[("امروز جمعه ١٦ شهریور ١٣٩٧", "2018-09-07", "j"), ("١٥ فروردین", "2018-04-04", "j")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C(PUT, ROU, "agreement", "2018-09-07", True), C(PUT, ROU, "meet", "2018-04-04"),
               C(PUT, ROU, "meet", None, True)]),
# ---------------- P21–P30 ----------------
dict(id="P21", pub="2019-04-05", text=(
     "جام جم آنلاین- سخنگوی ستاد مدیریت بحران کشور اعلام کرد شمار جان‌باختگان سیلاب‌هایی که از ۲۶ اسفند ۹۷ در گلستان آغاز شد و در ادامه فارس، لرستان و خوزستان را درگیر کرد، به ۷۰ نفر رسیده است. "
     "سیل ۵ فروردین در محدوده دروازه قرآن شیراز به تنهایی ۲۱ قربانی گرفت. "
     "به گفته او، نخستین محموله کمک‌های بشردوستانه وزارت شرایط اضطراری روسیه شامگاه دیروز با دو فروند هواپیمای ایلیوشین-۷۶ در فرودگاه امام خمینی به زمین نشست. "
     "سازمان هواشناسی برای ۴۸ ساعت آینده نیز در استان‌های ایلام و خوزستان هشدار سطح نارنجی صادر کرده است."),
     dates=[("۲۶ اسفند ۹۷", "2019-03-17", "j"), ("۵ فروردین", "2019-03-25", "j"), ("شامگاه دیروز", "2019-04-04", "r"),
            ("۴۸ ساعت آینده", None, "ignore")],
     contacts=[]),
dict(id="P22", pub="2019-06-15", text=(
     "عصر ایران - حسن روحانی امروز شنبه 25 خرداد در دوشنبه، پایتخت تاجیکستان، در حاشیه پنجمین اجلاس سران کنفرانس تعامل و اعتمادسازی در آسیا (سیکا) با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "روحانی در این دیدار گفت ایران یک سال پس از خروج آمریکا از برجام بخشی از تعهدات خود را کاهش داده و اروپا تنها 60 روز برای عمل به وعده‌هایش فرصت دارد. "
     "دو رئیس‌جمهور روز گذشته نیز در اجلاس سران سازمان همکاری شانگهای در بیشکک حضور داشتند. "
     "روحانی در سفر به دوشنبه با شی جین‌پینگ و امامعلی رحمان هم دیدار کرد."),
     dates=[("امروز شنبه 25 خرداد", "2019-06-15", "j"), ("یک سال پس از خروج آمریکا", None, "ignore"), ("روز گذشته", "2019-06-14", "r")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-06-14", True)]),
dict(id="P23", pub="2019-12-30", text=(
     "اسپوتنیک- محمدجواد ظریف که دیروز برای سفری دو روزه وارد مسکو شد، امروز دوشنبه ۹ دی با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
     "لاوروف در نشست خبری پس از این دیدار، رزمایش مشترک دریایی ایران، روسیه و چین را که از جمعه ۶ دی در شمال اقیانوس هند و دریای عمان آغاز شده، «نشانه اعتماد متقابل» خواند و از برنامه‌ریزی برای سفر حسن روحانی به روسیه در سال آینده میلادی خبر داد. "
     "دو وزیر ۲۱ آبان نیز تلفنی درباره کاهش تعهدات برجامی ایران گفت‌وگو کرده بودند."),
     dates=[("دیروز", "2019-12-29", "r"), ("امروز دوشنبه ۹ دی", "2019-12-30", "j"), ("جمعه ۶ دی", "2019-12-27", "j"),
            ("سال آینده میلادی", "2020", "r"), ("۲۱ آبان", "2019-11-12", "j")],
     contacts=[C(LAV, ZAR, "meet", "2019-12-30"), C([RU], ZAR, "meet", "2019-12-29", True), C(PUT, ROU, "meet", "2020"),
               C(LAV, ZAR, "phone_call", "2019-11-12")]),
dict(id="P24", pub="2020-07-12", text=(
     "ایندیپندنت فارسی- انتشار متن پیش‌نویس «برنامه همکاری جامع ۲۵ ساله ایران و چین» واکنش‌های گسترده‌ای در پی داشته است. "
     "بر اساس این سند، که هیئت وزیران روز یکشنبه ۱ تیر آن را تصویب کرد، چین طی ۲۵ سال حدود ۴۰۰ میلیارد دلار در بخش‌های انرژی و زیرساخت ایران سرمایه‌گذاری خواهد کرد و منتقدان آن را با امتیاز رویتر در سال ۱۸۷۲ میلادی مقایسه کرده‌اند. "
     "محمدجواد ظریف هفته گذشته در مجلس گفت این سند «هیچ نکته پنهانی ندارد» و تهران برای مقابله با قطعنامه پیشنهادی آمریکا درباره تمدید تحریم تسلیحاتی، که ۲۷ مهر به پایان می‌رسد، روی حمایت چین و روسیه در شورای امنیت حساب می‌کند."),
     dates=[("روز یکشنبه ۱ تیر", "2020-06-21", "j"), ("سال ۱۸۷۲ میلادی", "1872", "g"), ("هفته گذشته", "2020-07-04/2020-07-10", "r"),
            ("۲۷ مهر", "2020-10-18", "j")],
     contacts=[]),
dict(id="P25", pub="2020-12-29", text=(
     "باشگاه خبرنگاران جوان- کاظم جلالی، سفیر جمهوری اسلامی ایران در مسکو، روز دوشنبه با سرگئی ریابکوف، معاون وزیر امور خارجه روسیه، دیدار و درباره آینده برجام پس از روی کار آمدن دولت جدید آمریکا در ۲۰ ژانویه گفت‌وگو کرد. "
     "جلالی پس از این دیدار به خبرنگاران گفت قرارداد خرید واکسن اسپوتنیک وی میان وزارت بهداشت ایران و صندوق سرمایه‌گذاری مستقیم روسیه هفته آینده امضا می‌شود. "
     "به گفته سازندگان، این واکسن در برابر کووید ۱۹ اثربخشی ۹۱.۴ درصدی دارد."),
     dates=[("روز دوشنبه", "2020-12-28", "r"), ("۲۰ ژانویه", "2021-01-20", "g"), ("هفته آینده", "2021-01-02/2021-01-08", "r")],
     contacts=[C(RYA, JAL, "meet", "2020-12-28"), C(RDIF, MOH, "agreement", "2021-01-02/2021-01-08")]),
dict(id="P26", pub="2021-01-26", text=(
     "خبرآنلاین- محمدجواد ظریف امروز سه‌شنبه ۷ بهمن در مسکو با سرگئی لاوروف دیدار کرد و دو وزیر در نشست خبری مشترک از ایده «سکوی همکاری منطقه‌ای ۳+۳» در قفقاز جنوبی حمایت کردند. "
     "ظریف گفت تهران خواهان بازگشت بی‌قیدوشرط آمریکا به برجام است و برای مذاکره با دولت جو بایدن، که ۱ بهمن سوگند یاد کرد، عجله‌ای ندارد. "
     "دو وزیر ماه گذشته هم تلفنی درباره آتش‌بس قره‌باغ رایزنی کرده بودند.\n"
     "عکس: بهمن حیدری"),
     dates=[("امروز سه‌شنبه ۷ بهمن", "2021-01-26", "j"), ("۱ بهمن", "2021-01-20", "j"), ("ماه گذشته", "2020-12-21/2021-01-19", "r")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26"), C(LAV, ZAR, "phone_call", "2020-12-21/2021-01-19")]),
dict(id="P27", pub="2021-10-06", text=(
     "امیرعبداللهیان در مسکو: مذاکرات وین به‌زودی از سر گرفته می‌شود\n"
     "۱۴ مهر ۱۴۰۰ ، ۱۸:۳۵\n"
     "کد خبر: ۵۰۳۲۱۸\n"
     "اعتماد آنلاین- حسین امیرعبداللهیان، وزیر امور خارجه، که دیروز سه‌شنبه در نخستین سفر خود به روسیه وارد مسکو شد، امروز در ساختمان وزارت خارجه این کشور با سرگئی لاوروف دیدار و گفت‌وگو کرد.\n"
     "دو وزیر در این دیدار درباره تحولات افغانستان، قفقاز جنوبی و مذاکرات احیای برجام تبادل نظر کردند.\n"
     "لاوروف در نشست خبری مشترک گفت مسکو از روند عضویت کامل ایران در سازمان همکاری شانگهای حمایت می‌کند.\n"
     "امیرعبداللهیان نیز گفت کارشناسان دو کشور روی متن به‌روزشده معاهده همکاری بیست‌ساله ایران و روسیه کار می‌کنند؛ سندی که نسخه نخست آن ۲۲ اسفند ۱۳۷۹ در مسکو امضا شده بود.\n"
     "دو وزیر ۷ شهریور، چهار روز پس از رأی اعتماد مجلس به امیرعبداللهیان، نخستین گفت‌وگوی تلفنی خود را انجام داده بودند.\n"
     "وزیر خارجه قرار است فردا پنجشنبه پیش از بازگشت به تهران با ویاچسلاو ولودین، رئیس دومای دولتی روسیه، دیدار کند.\n"
     "انتهای پیام\n"
     "برچسب‌ها: روسیه، برجام، امیرعبداللهیان، لاوروف\n"
     "خبرهای مرتبط: سهم روبل و ریال در تجارت ایران و روسیه به ۶۰ درصد رسید"),
     dates=[("۱۴ مهر ۱۴۰۰", "2021-10-06", "j"), ("دیروز سه‌شنبه", "2021-10-05", "r"), ("امروز", "2021-10-06", "r"),
            ("۲۲ اسفند ۱۳۷۹", "2001-03-12", "j"), ("۷ شهریور", "2021-08-29", "j"), ("چهار روز پس از رأی اعتماد", None, "ignore"),
            ("فردا پنجشنبه", "2021-10-07", "r")],
     contacts=[C(LAV, AMI, "meet", "2021-10-06"), C([RU], AMI, "meet", "2021-10-05", True),
               C([PUT, RU], [KHAT, IR], "agreement", "2001-03-12"), C(LAV, AMI, "phone_call", "2021-08-29"),
               C(VOL, AMI, "meet", "2021-10-07")]),
dict(id="P28", pub="2022-05-25", text=(
     "شانا- الکساندر نواک، معاون نخست‌وزیر روسیه، که در رأس هیئتی ۷۰ نفره از دیروز در تهران به سر می‌برد، امروز چهارشنبه ۴ خرداد با آیت‌الله سید ابراهیم رئیسی دیدار کرد. "
     "نواک دیروز در نخستین روز این سفر با جواد اوجی، وزیر نفت و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی، گفت‌وگو کرده بود و دو طرف بر سوآپ گاز و فرآورده‌های نفتی روسیه از مسیر ایران تأکید کردند. "
     "به گفته اوجی، هفدهمین اجلاس کمیسیون مشترک دو کشور تابستان امسال در مسکو برگزار می‌شود و دست‌کم ۸ سند همکاری در آن به امضا خواهد رسید."),
     dates=[("دیروز", "2022-05-24", "r"), ("امروز چهارشنبه ۴ خرداد", "2022-05-25", "j"), ("دیروز", "2022-05-24", "r"),
            ("نخستین روز این سفر", None, "ignore"), ("تابستان امسال", "2022-06-22/2022-09-22", "r")],
     contacts=[C(NOV, RAI, "meet", "2022-05-25"), C(NOV, OWJ, "meet", "2022-05-24"),
               C([NOV, RU], [OWJ, IR], "meet", "2022-06-22/2022-09-22", True), C([NOV, RU], [OWJ, IR], "agreement", "2022-06-22/2022-09-22")]),
dict(id="P29", pub="2022-09-15", text=(
     "خبرگزاری فارس- آیت‌الله سید ابراهیم رئیسی عصر امروز پنجشنبه در حاشیه بیست‌ودومین اجلاس سران سازمان همکاری شانگهای در سمرقند با ولادیمیر پوتین دیدار و گفت‌وگو کرد و پوتین در این دیدار گفت قرارداد همکاری راهبردی بلندمدت دو کشور «در مرحله نهایی» است. "
     "رئیسی که روز گذشته وارد ازبکستان شد، شامگاه دیروز با شی جین‌پینگ ملاقات کرده بود؛ پوتین هم فردا با رجب طیب اردوغان دیدار خواهد کرد. "
     "تفاهم‌نامه ۴۰ میلیارد دلاری گازپروم و شرکت ملی نفت ایران ۲۸ تیر در تهران امضا شده بود."),
     dates=[("عصر امروز پنجشنبه", "2022-09-15", "r"), ("روز گذشته", "2022-09-14", "r"), ("شامگاه دیروز", "2022-09-14", "r"),
            ("فردا", "2022-09-16", "r"), ("۲۸ تیر", "2022-07-19", "j")],
     contacts=[C(PUT, RAI, "meet", "2022-09-15"), C([PUT, RU], [RAI, IR], "agreement", None, True), C(GAZ, NIOC, "agreement", "2022-07-19")]),
dict(id="P30", pub="2022-11-22", text=(
     "ورزش سه- تیم ملی فوتبال ایران دیروز دوشنبه ۳۰ آبان در نخستین دیدار خود در جام جهانی ۲۰۲۲ قطر با نتیجه ۶ بر ۲ مغلوب انگلیس شد. "
     "مهدی طارمی هر دو گل ایران را به ثمر رساند و علیرضا بیرانوند در دقیقه ۲۰ پس از برخورد با مجید حسینی از زمین بیرون رفت. "
     "ایران در دومین بازی خود جمعه ۴ آذر از ساعت ۱۳:۳۰ به وقت تهران در ورزشگاه احمد بن علی با ولز روبه‌رو می‌شود. "
     "روسیه به دلیل جنگ اوکراین از حضور در این دوره از رقابت‌ها محروم شده است."),
     dates=[("دیروز دوشنبه ۳۰ آبان", "2022-11-21", "j"), ("جام جهانی ۲۰۲۲", None, "ignore"), ("جمعه ۴ آذر", "2022-11-25", "j")],
     contacts=[]),
# ---------------- P31–P40 ----------------
dict(id="P31", pub="2023-03-11", text=(
     "یورونیوز فارسی- ایران و عربستان سعودی روز جمعه با میانجی‌گری چین در پکن توافق کردند روابط دیپلماتیک خود را از سر بگیرند و سفارتخانه‌هایشان را ظرف دو ماه بازگشایی کنند. "
     "ریاض روابط خود با تهران را ۱۳ دی ۱۳۹۴، پس از حمله معترضان به سفارت عربستان در تهران، قطع کرده بود. "
     "در بیانیه سه‌جانبه پکن آمده است که دو کشور توافق‌نامه همکاری امنیتی سال ۲۰۰۱ را دوباره به اجرا می‌گذارند. "
     "وزارت خارجه روسیه و دبیرکل سازمان ملل متحد از این توافق استقبال کردند."),
     dates=[("روز جمعه", "2023-03-10", "r"), ("۱۳ دی ۱۳۹۴", "2016-01-03", "j"), ("سال ۲۰۰۱", "2001", "g")],
     contacts=[]),
dict(id="P32", pub="2023-12-08", text=(
     "همشهری آنلاین- آیت‌الله سید ابراهیم رئیسی عصر پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ دیداری که حدود پنج ساعت طول کشید و پوتین آن را «بسیار محتوایی» توصیف کرد. "
     "رئیس‌جمهور روسیه روز چهارشنبه در سفری کوتاه به ابوظبی و ریاض با محمد بن زاید و محمد بن سلمان دیدار کرده بود. "
     "به گفته مهدی صفری، معاون دیپلماسی اقتصادی وزارت خارجه، موافقت‌نامه تجارت آزاد ایران و اتحادیه اقتصادی اوراسیا ۴ دی در سن‌پترزبورگ امضا می‌شود."),
     dates=[("عصر پنجشنبه", "2023-12-07", "r"), ("روز چهارشنبه", "2023-12-06", "r"), ("۴ دی", "2023-12-25", "j")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C(EAEU, [IR], "agreement", "2023-12-25", True)]),
dict(id="P33", pub="2024-06-11", text=(
     "نیژنی نووگورود- ایرنا- علی باقری، سرپرست وزارت امور خارجه، روز دوشنبه در حاشیه نشست وزیران خارجه کشورهای عضو بریکس که ١٠ و ١١ ژوئن (٢١ و ٢٢ خرداد) در این شهر برگزار شد، با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
     "لاوروف در این دیدار بار دیگر درگذشت آیت‌الله رئیسی و حسین امیرعبداللهیان را تسلیت گفت. "
     "ولادیمیر پوتین نیز ٣١ اردیبهشت در پیامی به رهبر معظم انقلاب و محمد مخبر، سرپرست ریاست‌جمهوری، از ایران به عنوان «دوستی واقعی» یاد کرده بود. "
     "انتخابات زودهنگام ریاست‌جمهوری ایران ٨ تیر برگزار می‌شود."),
     dates=[("روز دوشنبه", "2024-06-10", "r"), ("١٠", "2024-06-10", "g"), ("١١ ژوئن", "2024-06-11", "g"), ("٢١", "2024-06-10", "j"),
            ("٢٢ خرداد", "2024-06-11", "j"), ("٣١ اردیبهشت", "2024-05-20", "j"), ("٨ تیر", "2024-06-28", "j")],
     contacts=[C(LAV, BAGH, "meet", "2024-06-10"), C(PUT, [KHA, MOKH[0], IR], "message", "2024-05-20")]),
dict(id="P34", pub="2024-10-23", text=(
     "ایسنا- مسعود پزشکیان که برای شرکت در شانزدهمین اجلاس سران بریکس در کازان به سر می‌برد، امروز چهارشنبه با ولادیمیر پوتین دیدار کرد؛ دومین دیدار دو رئیس‌جمهور در کمتر از دو هفته. "
     "آن دو پیش‌تر، ۲۰ مهر، در حاشیه همایشی در عشق‌آباد برای نخستین بار با یکدیگر دیدار کرده بودند. "
     "پوتین در این دیدار گفت معاهده مشارکت راهبردی جامع دو کشور آماده امضاست و امضای آن در سفر آتی پزشکیان به مسکو انجام خواهد شد. "
     "اجلاس کازان از ۱ تا ۳ آبان با حضور نمایندگان ۳۶ کشور برگزار می‌شود."),
     dates=[("امروز چهارشنبه", "2024-10-23", "r"), ("۲۰ مهر", "2024-10-11", "j"), ("از ۱ تا ۳ آبان", "2024-10-22/2024-10-24", "j")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"),
               C(PUT, PEZ, "agreement", None, True), C(PUT, PEZ, "meet", None, True)]),
dict(id="P35", pub="2024-12-26", text=(
     "طلوع‌نیوز: مقام‌های حکومت سرپرست می‌گویند در سه روز گذشته بیش از ۱۲ هزار مهاجر افغان از ایران از طریق گذرگاه اسلام‌قلعه به کشور بازگشته‌اند و ایران از اول قوس روند اخراج مهاجران بی‌مدرک را سرعت بخشیده است. "
     "در همین حال، دومای دولتی روسیه روز سه‌شنبه قانونی را تصویب کرد که بر اساس آن، خارج کردن نام طالبان از فهرست گروه‌های ممنوعه امکان‌پذیر می‌شود. "
     "ذبیح‌الله مجاهد، سخنگوی حکومت سرپرست، این اقدام را «گامی مثبت» خواند و گفت هیئتی از کابل اواخر جدی به مسکو سفر خواهد کرد."),
     dates=[("سه روز گذشته", None, "ignore"), ("اول قوس", "2024-11-21", "j"), ("روز سه‌شنبه", "2024-12-24", "r"),
            ("اواخر جدی", "2025-01-10/2025-01-19", "j")],
     contacts=[]),
dict(id="P36", pub="2025-04-18", text=(
     "فرارو- عباس عراقچی، وزیر امور خارجه، امروز جمعه در مسکو با سرگئی لاوروف دیدار کرد و نامه‌ای از سوی حضرت آیت‌الله خامنه‌ای خطاب به ولادیمیر پوتین را به همتای روس خود سپرد. "
     "به گفته اسماعیل بقائی، سخنگوی وزارت خارجه، این نامه درباره آخرین وضعیت گفت‌وگوهای هسته‌ای است. "
     "عراقچی فردا شنبه در رم دور دوم مذاکرات غیرمستقیم با استیو ویتکاف، فرستاده ویژه آمریکا، را با میانجی‌گری عمان پیگیری می‌کند؛ دور نخست این گفت‌وگوها شنبه گذشته در مسقط برگزار شده بود."),
     dates=[("امروز جمعه", "2025-04-18", "r"), ("فردا شنبه", "2025-04-19", "r"), ("شنبه گذشته", "2025-04-12", "r")],
     contacts=[C(LAV, ARA, "meet", "2025-04-18"), C([PUT, LAV], KHA, "message", "2025-04-18")]),
dict(id="P37", pub="2025-06-23", text=(
     "عراقچی در کرملین: ایران از حق مشروع دفاع از خود کوتاه نمی‌آید\n"
     "دوشنبه ۲ تیر ۱۴۰۴ - ۱۶:۲۵\n"
     "کد خبر: ۸۵۸۷۴۴۱۲\n"
     "مسکو- ایرنا- سید عباس عراقچی، وزیر امور خارجه کشورمان، امروز در کاخ کرملین با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و پیام مکتوب دکتر مسعود پزشکیان را به وی تسلیم کرد.\n"
     "این دیدار یک روز پس از حمله هوایی آمریکا به تأسیسات هسته‌ای فردو، نطنز و اصفهان در بامداد یکشنبه ۱ تیر انجام شد.\n"
     "پوتین در این دیدار حملات آمریکا و رژیم صهیونیستی به ایران را «تجاوزی بی‌دلیل» خواند و گفت روسیه برای کمک به مردم ایران تلاش می‌کند.\n"
     "عراقچی نیز با اشاره به تجاوز رژیم صهیونیستی که از بامداد ۲۳ خرداد آغاز شد، گفت روسیه در سمت درست تاریخ ایستاده است.\n"
     "دو کشور ۲۸ دی ۱۴۰۳ در جریان سفر پزشکیان به مسکو، معاهده مشارکت راهبردی جامع را امضا کرده بودند؛ معاهده‌ای که بندی درباره دفاع متقابل ندارد.\n"
     "قرار است عراقچی فردا با سرگئی لاوروف نیز دیدار و گفت‌وگو کند.\n"
     "وزیر خارجه روز یکشنبه در حاشیه نشست سازمان همکاری اسلامی در استانبول گفته بود برای «رایزنی‌های جدی» با رئیس‌جمهور روسیه به مسکو می‌رود.\n"
     "انتهای پیام\n"
     "برچسب‌ها: عراقچی، پوتین، کرملین، فردو\n"
     "کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی (ایرنا) است. © ۱۴۰۴"),
     dates=[("دوشنبه ۲ تیر ۱۴۰۴", "2025-06-23", "j"), ("امروز", "2025-06-23", "r"), ("یک روز پس از حمله", None, "ignore"),
            ("بامداد یکشنبه ۱ تیر", "2025-06-22", "j"), ("بامداد ۲۳ خرداد", "2025-06-13", "j"), ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"),
            ("فردا", "2025-06-24", "r"), ("روز یکشنبه", "2025-06-22", "r"), ("© ۱۴۰۴", None, "ignore")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23"), C(PUT, PEZ, "message", "2025-06-23"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True),
               C(LAV, ARA, "meet", "2025-06-24")]),
dict(id="P38", pub="2025-12-10", text=(
     "اکوایران- سخنگوی کرملین گزارش برخی رسانه‌های عربی درباره سفر قریب‌الوقوع ولادیمیر پوتین به تهران را «بی‌اساس» خواند و گفت چنین سفری در دستور کار نیست. "
     "دیمیتری پسکوف افزود رؤسای جمهور دو کشور پریروز در تماسی تلفنی درباره اجرای معاهده راهبردی و پروژه خط آهن رشت-آستارا گفت‌وگو کرده‌اند. "
     "در همین حال، نوزدهمین اجلاس کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه که قرار بود آبان‌ماه در تهران برگزار شود، به اواخر دی موکول شد. "
     "حجم تجارت دو کشور در ۹ ماه نخست سال ۲۰۲۵ میلادی به ۴.۸ میلیارد دلار رسیده است."),
     dates=[("پریروز", "2025-12-08", "r"), ("آبان‌ماه", "2025-10-23/2025-11-21", "j"), ("اواخر دی", "2026-01-11/2026-01-20", "j"),
            ("۹ ماه نخست سال ۲۰۲۵ میلادی", "2025-01-01/2025-09-30", "g")],
     contacts=[C([PUT, RU], [PEZ, IR], "phone_call", "2025-12-08"), C([RU], [IR], "meet", "2026-01-11/2026-01-20", True)]),
dict(id="P39", pub="2026-02-17", text=(
     "ایکنا- دفتر رهبر انقلاب با صدور اطلاعیه‌ای اعلام کرد پنجشنبه ۳۰ بهمن، اول ماه مبارک رمضان ۱۴۴۷ است. "
     "بر اساس اعلام مؤسسه ژئوفیزیک دانشگاه تهران، اذان مغرب فردا در تهران ساعت ۱۷ و ۵۸ دقیقه گفته می‌شود و روزه‌داران پایتخت در روزهای نخست این ماه حدود ۱۳ ساعت روزه خواهند داشت. "
     "در روسیه نیز اداره دینی مسلمانان آغاز رمضان را اعلام کرده و مسجد جامع مسکو هر شب میزبان سفره افطار خواهد بود. "
     "پایان ماه رمضان امسال تقریباً با نوروز ۱۴۰۵ همزمان می‌شود."),
     dates=[("پنجشنبه ۳۰ بهمن", "2026-02-19", "j"), ("اول ماه مبارک رمضان ۱۴۴۷", "2026-02-19", "h"), ("فردا", "2026-02-18", "r"),
            ("روزهای نخست این ماه", None, "ignore"), ("پایان ماه رمضان امسال", None, "ignore"), ("نوروز ۱۴۰۵", "2026-03-21", "j")],
     contacts=[]),
dict(id="P40", pub="2026-02-24", text=(
     "خانه ملت- ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که از روز یکشنبه در تهران به سر می‌برد، امروز سه‌شنبه ۵ اسفند با محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیدار کرد و دو رئیس پارلمان سند همکاری‌های پارلمانی تهران و مسکو را برای سال‌های ۲۰۲۶ تا ۲۰۲۸ امضا کردند. "
     "قالیباف در این دیدار گفت معاهده مشارکت راهبردی جامع، که از ۱۰ مهر ۱۴۰۴ لازم‌الاجرا شده، به پشتیبانی قانونی دو مجلس نیاز دارد. "
     "ولودین روز پنجشنبه پیش از ترک تهران با مسعود پزشکیان دیدار خواهد کرد. "
     "رئیس دومای روسیه آخرین بار مرداد ۱۴۰۰ برای شرکت در مراسم تحلیف آیت‌الله رئیسی به تهران آمده بود."),
     dates=[("روز یکشنبه", "2026-02-22", "r"), ("امروز سه‌شنبه ۵ اسفند", "2026-02-24", "j"), ("سال‌های ۲۰۲۶ تا ۲۰۲۸", "2026-01-01/2028-12-31", "g"),
            ("۱۰ مهر ۱۴۰۴", "2025-10-02", "j"), ("روز پنجشنبه", "2026-02-26", "r"), ("مرداد ۱۴۰۰", "2021-07-23/2021-08-22", "j")],
     contacts=[C(VOL, GHA, "meet", "2026-02-24"), C(VOL, GHA, "agreement", "2026-02-24"), C(VOL, [IR], "meet", "2026-02-22", True),
               C(VOL, PEZ, "meet", "2026-02-26"), C(VOL, [RAI, IR], "meet", "2021-07-23/2021-08-22", True)]),
]
