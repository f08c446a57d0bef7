# Held-out probe set 27: PERSIAN news, 35 SNIPPETS of 1–4 sentences and 5 WHOLE ARTICLES of 8–15 sentences (P06, P14, P22,
# P30, P38: headline, header date line, news code or issue number, dateline, body, background lines recalling older dated
# contacts, boilerplate / tags / a related-news link / a copyright line), hand-annotated; 40 cases, P01–P40, publication
# dates 2011–2026 (two or three a year, the years in id order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set file;
# what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format) and the
# leading comment headers of set23 and set25.  The tool was not run and git was not used.  New text (no real article copied;
# events are modelled on real ones but details, numbers, quotes and several dates are invented) in the style of ISNA (P01,
# P13), Jam-e Jam (P02, P24), Fars (P03, P23, P32), Donya-e-Eqtesad (P04, P09), Mehr (P05, P14), IRNA (P06, P18, P25),
# Tasnim (P07, P21 with Arabic-Indic digits, P30 with a Latin-digit «1401/08/25» header), Khabaronline (P08, P22 with a
# Solar Hijri + Gregorian header), Entekhab (P11, P40), BBC Persian (P12), Hamshahri (P15, P37), Sputnik Persian (P16),
# Kayhan (P17, P29, P38 with a Solar Hijri + Hijri + Gregorian header), Radio Farda (P19, P39), Asr-e Iran (P20, P36 with
# Latin digits), Etemad (P26, P33), Shargh (P28), Euronews Persian (P31), Independent Persian (P35) and three Afghan Dari
# items: Tolonews (P10, P34: سرطان / جوزا / جدی, «جولای», «سپتمبر», «دسمبر») and Pajhwok (P27: «مسکو (پژواک، ۲۸ میزان
# ۱۴۰۰):» dateline, اسد / عقرب, «اگست», «نومبر»).
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Mokhber, Pezeshkian / Putin), foreign ministers (Salehi,
# Zarif, Araghchi / Lavrov), a spokesman announcing visits (Mehmanparast, Ghasemi, Baghaei), a Duma committee head and the
# Duma speaker (Pushkov, Volodin / Boroujerdi, Larijani, Ghalibaf), oil / energy ministers and their deputies (Zanganeh,
# Zamaninia, Owji / Novak, Yanovsky), the Iran–Russia economic MoU of 2014 (Tayebnia), central bankers (Seif / Nabiullina),
# Rosatom / AEOI (Kiriyenko, Likhachev / Abbasi, Salehi), customs heads (Mir-Ashrafi / Bulavin), Gazprom / NIOC, defence
# ministers and chiefs of staff (Ashtiani, Bagheri / Shoigu, Gerasimov), governors and mayors (Astrakhan's Zhilkin and
# Babushkin with Gilan and Mazandaran, Kazan's Metshin and Tatarstan's Minnikhanov with Isfahan's mayor, St Petersburg's
# Beglov with ambassador Jalali), Reshetnikov, a deputy foreign minister (Safari), Kabulov and Iran's Afghan envoy at the
# Moscow format, Larijani as the Leader's envoy; meetings, sidelines of SCO / BRICS / Caspian / security-conference meetings,
# trilateral Astana summits (one held by video), phone calls, a virtual MoU signing, congratulation and condolence messages,
# a leader's letter handed over by an envoy (to Putin, and to Volodin for Putin), MoUs and contracts, planned, postponed,
# cancelled (P35) and denied (P18, P22, P26, P36, P38, P39) contacts and contacts recalled in the past perfect.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P04, P07, P10, P12, P15, P19, P24, P28, P31, P34,
# P37, P40.  All other cases (27) have at least one required row.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence).
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set25 as the headers of set23 and set25 state them
#   (set25, the later, wins where they differ).  In short: اوایل = days 1–10, اواسط = 11–20, اواخر = 21 to month end, نیمه
#   دوم = 16 to month end; هفته آینده / هفته گذشته = next / previous Saturday–Friday week; «دو هفته پیش» = the Saturday–Friday
#   week containing pub − 14; Persian and Dari relative years / months (امسال, سال آینده, ماه آینده, ماه گذشته) are Solar
#   Hijri intervals unless میلادی is written; دیروز / روز گذشته / دیشب = pub − 1, پریروز = pub − 2; «پنجشنبه گذشته» = the last
#   such weekday strictly before pub; «دوشنبه‌شب» = the evening OF that weekday; «شامگاه دیروز» = pub − 1; a bare weekday (also
#   with شامگاه / بعدازظهر) = the nearest one in the direction of the tense; «از X تا Y» and «X تا Y» are one range mention
#   (with «از» inside), a start point «از ۲۰ شهریور» keeps «از» outside; a weekday next to its date belongs to it; a relative
#   word joined to a written date («امروز سه‌شنبه ۱۸ مرداد», «دیروز سه‌شنبه ۲۸ تیر», «فردا چهارشنبه ۲۸ آذر») is one mention
#   in the calendar of the written date, a relative word + weekday alone is r; a date written in two calendars is two mentions
#   with one value, a header in two or three calendars one mention per calendar, the weekday going with the first; a trailing
#   امسال / گذشته / همان سال / سال آینده after a written day or month is inside the span; «۱۳۹۸/۰۷/۱۴» = Y/M/D Solar Hijri
#   (j), also in a link line and a header; two-digit years are 13xx/14xx; a year-less date or month takes the year nearest
#   pub (each past one here lies within a few months before pub); a deadline with a written day is a mention of that day
#   («تا» outside), «تا پایان …» deadlines are ignore lines; a holiday or month name in the same clause as its own written
#   date, «سال نو», anaphoric («همان روز»), event-relative («یک روز پس از آن») and vague expressions («روزهای آینده»,
#   «در ۲۴ ساعت گذشته»), years inside event names («جام جهانی ۲۰۱۸», «المپیک ۲۰۱۶», «ارتش-۲۰۲۳»), decades («دهه ۹۰»,
#   «دهه ۱۹۵۰») and a copyright year are ignore lines; counts, durations («جنگ ۱۲ روزه», «سفری سه‌روزه»), percentages,
#   money, clock times («ساعت ۲۱ و ۴۸ دقیقه», «۱۸:۴۵»), news codes and issue numbers, model numbers («سوخو-۲۴»,
#   «شاهد-۱۳۶»), ordinals of sessions and summits, «کووید ۱۹», the agency مهر, the city دوشنبه (Dushanbe) and the name بهمن
#   get no line; Dari months (حمل … حوت) are Solar Hijri (j); Dari «جولای», «اگست», «سپتمبر», «نومبر», «دسمبر» are g.
#   Contacts: treaty signed by two presidents → required agreement + optional meet; a deal signed at a video conference →
#   required agreement + optional meet; an envoy handing over a leader's letter → meet (envoy–host) + message (sender–
#   addressee; a letter for Putin handed to another official accepts either); joint commissions, working groups and
#   multilateral meetings with no bilateral stated → optional; a trilateral summit at which the two presidents sit together
#   (held or planned) → required; a bilateral on the sidelines of a multilateral meeting the same day is the row for that
#   pair; planned contacts with a stated day, interval, relative week, month or year → required, hoped-for / "soon" ones →
#   optional None; a postponed contact → one row at its new date (optional for a joint commission); cancelled and denied ones
#   → no row; a video call → phone_call; a named official's visit with no host named → required meet with country-level host
#   names; the arrival day of a bilateral visit whose stated meetings fall on other days → optional meet; a recalled visit to
#   a multilateral summit with no bilateral stated → optional; company / agency contracts → required agreement; two governors
#   (or mayors) whose meeting is stated besides the MoU they sign → required meet + required agreement; a trade delegation
#   with no named member → optional meet; a minister present at his president's meeting → the row for his own pair; decrees,
#   drills, aid deliveries, ratifications and statements about the other country → no row.
# Decided here where nothing above says (set27):
#   «مریخ-۹۶» (the Mars-96 probe) is an ignore line, a year inside a mission name (the «مارس» reading is wrong anyway).
#   A year range «از ۲۰۰۰ تا ۲۰۰۸» is one mention "2000-01-01/2008-12-31" (g).  «چهار سال پیش» = the Solar Hijri year four
#   before pub's year (interval, r), like set16's «سه ماه پیش».  «تا سال ۲۰۲۰» → «سال ۲۰۲۰» = "2020" (g), «تا» outside, as a
#   deadline with a written unit.  «هفت ماه نخست امسال» = 1 Farvardin to the end of Mehr of the current year (r, no month name
#   written).  «تفاهم‌نامه امروز» («today's MoU») carries a mention «امروز» (r).  Decimal numbers written with a slash
#   («۲/۲ میلیون بشکه», «زلزله ۷/۳ ریشتری», «۴۷/۶ درصد») get no line.  «امسال» standing alone («۶۴ هزار زائر ایرانی امسال»)
#   is the current Solar Hijri year (r).
#   Contacts: a trilateral Astana summit held by video conference → required phone_call for the two presidents (the video-call
#   rule) plus an optional agreement row for its joint statement; a phone call the Kremlin says will take place «در روزهای
#   آینده» → optional phone_call None; a minister's MoU signed in person with no meeting stated → required agreement +
#   optional meet (the governors' rule, P09); a foreign ministers' trilateral (Astana format, Doha) at which the two sit
#   together → required meet, like the presidents' trilateral rule (P38); a Duma speaker due at a state funeral in Tehran →
#   required meet with country-level Iranian names (named visit, no host named, P35); one message sent jointly by the Leader
#   and the president → one message row accepting either (P39); the «استانداران وقت» of a video call → the regions' names
#   (P30); the Moscow-format meeting recalled with its date and no bilateral → optional meet (P27).  The JCPOA («برجام»)
#   named in a Russia–Iran talk without a date of its own → optional agreement row with date "any" (P20, P22), extending
#   set23's implementation-day rule.  Executive contracts «سال آینده» under a company MoU → required agreement dated by that
#   Solar Hijri year (the planned-contact rule, P29); the president's visit named only as «همزمان با سفر پوتین به تهران»
#   → required meet dated by the signing it times (P29).
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py
PUT, ROU, KHA, RAI, PEZ = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
SHO, AHM, LAR = "Sergei Shoigu", "Ali Akbar Ahmadian", "Ali Larijani"
RU, IR = "Russia", "Iran"
PAT, SHAM = ["Nikolai Patrushev", RU], ["Ali Shamkhani", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
DEH = ["Hossein Dehghan", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR]
DED, AREF = ["Alexey Dedov", RU], ["Mohammad Reza Aref", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
OVE = ["Alexei Overchuk", RU]
SAD = ["Farzaneh Sadegh", "Ministry of Roads and Urban Development", IR]
JAL = ["Kazem Jalali", IR]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
NOV, PAK, OWJ = ["Alexander Novak", RU], ["Mohsen Paknejad", IR], ["Javad Owji", IR]
BAK = ["Dmitry Bakanov", "Roscosmos", RU]
SAL = ["Hassan Salarieh", "Iranian Space Agency", IR]
GTC = ["Government Trading Corporation of Iran", "GTC", IR]
# names used only in this set
AHMD, MOKH = "Mahmoud Ahmadinejad", ["Mohammad Mokhber", IR]
SALF = ["Ali Akbar Salehi", IR]                                   # as foreign minister (2011)
SALA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]   # as head of the AEOI (2016)
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
ABB = ["Fereydoun Abbasi", "Fereydoun Abbasi-Davani", "Atomic Energy Organization of Iran", "AEOI", IR]
PUSH = ["Alexey Pushkov", "State Duma", RU]
BOR = ["Alaeddin Boroujerdi", "Majlis", IR]
ZANG = ["Bijan Zanganeh", "Bijan Namdar Zanganeh", "Ministry of Petroleum", IR]
ZAMA, YANO = ["Amir-Hossein Zamaninia", "Ministry of Petroleum", IR], ["Anatoly Yanovsky", "Russian Ministry of Energy", RU]
TAYE = ["Ali Tayebnia", IR]
SEIF = ["Valiollah Seif", "Central Bank of Iran", "CBI", IR]
ZHIL = ["Alexander Zhilkin", "Astrakhan Region", "Astrakhan Oblast", RU]
ASTR = ["Astrakhan Region", "Astrakhan Oblast", RU]
GILG = ["Governor of Gilan", "Gilan Province", "Gilan", IR]
AKH = ["Abbas Akhoundi", "Ministry of Roads and Urban Development", IR]
METS, MINN = ["Ilsur Metshin", "Kazan", RU], ["Rustam Minnikhanov", "Tatarstan", RU]
NOR = ["Ghodratollah Noroozi", "Isfahan", "Isfahan Municipality", IR]
BUL = ["Vladimir Bulavin", "Federal Customs Service", RU]
MIRA = ["Mehdi Mir-Ashrafi", "IRICA", "Islamic Republic of Iran Customs Administration", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
KHOJ = ["Mohsen Khojastehmehr", "National Iranian Oil Company", "NIOC", IR]
BAB = ["Igor Babushkin", "Astrakhan Region", "Astrakhan Oblast", RU]
MAZG = ["Mahmoud Hosseinipour", "Governor of Mazandaran", "Mazandaran Province", "Mazandaran", IR]
SAFR = ["Mehdi Safari", IR]
ASHT, BAGH = ["Mohammad-Reza Ashtiani", IR], ["Mohammad Bagheri", IR]
GER = ["Valery Gerasimov", RU]
BEG, RESH = ["Alexander Beglov", "Saint Petersburg", RU], ["Maxim Reshetnikov", RU]
KABU = ["Zamir Kabulov", RU]

CASES = [
# ---------------- 2011–2014 ----------------
dict(id="P01", pub="2011-08-09", text=(
     "به گزارش ایسنا، رامین مهمان‌پرست، سخنگوی وزارت امور خارجه، امروز سه‌شنبه ۱۸ مرداد در نشست خبری هفتگی خود اعلام کرد که علی‌اکبر صالحی هفته آینده در رأس هیئتی به مسکو سفر می‌کند و با سرگئی لاوروف درباره طرح گام‌به‌گام روسیه برای حل موضوع هسته‌ای ایران گفت‌وگو خواهد کرد. "
     "به گفته مهمان‌پرست، صالحی و لاوروف پیش از این نیز ۲۵ خرداد در حاشیه اجلاس سران سازمان همکاری شانگهای در آستانه با یکدیگر دیدار کرده بودند."),
     dates=[("امروز سه‌شنبه ۱۸ مرداد", "2011-08-09", "j"), ("هفته آینده", "2011-08-13/2011-08-19", "r"),
            ("۲۵ خرداد", "2011-06-15", "j")],
     contacts=[C(LAV, SALF, "meet", "2011-08-13/2011-08-19"), C(LAV, SALF, "meet", "2011-06-15")]),
dict(id="P02", pub="2011-11-10", text=(
     "به گزارش جام جم، کاوشگر روسی «فوبوس-گرونت» که بامداد دیروز چهارشنبه ۱۸ آبان از پایگاه بایکونور به سوی قمر مریخ پرتاب شد، پس از جدا شدن از موشک حامل در مدار زمین سرگردان مانده است. "
     "این نخستین مأموریت میان‌سیاره‌ای روسیه پس از شکست کاوشگر «مریخ-۹۶» است و کارشناسان می‌گویند تا دو هفته برای برقراری ارتباط با آن فرصت دارند. "
     "در همین حال، سازمان فضایی ایران اعلام کرده است ماهواره «نوید علم و صنعت» اوایل بهمن‌ماه با ماهواره‌بر سفیر به فضا پرتاب می‌شود."),
     dates=[("بامداد دیروز چهارشنبه ۱۸ آبان", "2011-11-09", "j"), ("مریخ-۹۶", None, "ignore"),
            ("اوایل بهمن‌ماه", "2012-01-21/2012-01-30", "j")],
     contacts=[]),
dict(id="P03", pub="2012-03-06", text=(
     "به گزارش خبرگزاری فارس، محمود احمدی‌نژاد، رئیس‌جمهور، روز گذشته در پیامی پیروزی ولادیمیر پوتین در انتخابات ریاست‌جمهوری یکشنبه ۱۴ اسفند (۴ مارس) را به وی تبریک گفت و ابراز امیدواری کرد همکاری‌های تهران و مسکو در دوره جدید گسترش یابد. "
     "پوتین که پیش از این نیز دو دوره، از ۲۰۰۰ تا ۲۰۰۸، رئیس‌جمهور روسیه بوده است، طبق قانون اساسی ۱۸ اردیبهشت سال آینده سوگند یاد می‌کند و دوره ریاست‌جمهوری او شش سال خواهد بود."),
     dates=[("روز گذشته", "2012-03-05", "r"), ("یکشنبه ۱۴ اسفند", "2012-03-04", "j"), ("۴ مارس", "2012-03-04", "g"),
            ("از ۲۰۰۰ تا ۲۰۰۸", "2000-01-01/2008-12-31", "g"), ("۱۸ اردیبهشت سال آینده", "2012-05-07", "j")],
     contacts=[C(PUT, AHMD, "message", "2012-03-05")]),
dict(id="P04", pub="2012-07-02", text=(
     "به گزارش دنیای اقتصاد، تحریم نفتی اتحادیه اروپا علیه ایران از دیروز یکشنبه ۱۱ تیر (اول ژوئیه) به‌طور کامل اجرایی شد و خریداران اروپایی دیگر اجازه واردات نفت خام ایران و بیمه نفتکش‌های حامل آن را ندارند. "
     "صادرات نفت ایران که در ژانویه ۲۰۱۲ حدود ۲/۲ میلیون بشکه در روز بود، به گفته آژانس بین‌المللی انرژی در ژوئن به کمتر از ۱/۵ میلیون بشکه رسیده است. "
     "کارشناسان بازار می‌گویند روسیه و عربستان سعودی بیشترین سهم را از بازار از دست‌رفته ایران در اروپا خواهند برد؛ وضعیتی که به گفته آنها از اوایل دهه ۹۰ میلادی بی‌سابقه است. "
     "قیمت نفت برنت در معاملات بامداد امروز با ۱٫۲ درصد کاهش به ۹۶ دلار و ۳۰ سنت رسید."),
     dates=[("دیروز یکشنبه ۱۱ تیر", "2012-07-01", "j"), ("اول ژوئیه", "2012-07-01", "g"), ("ژانویه ۲۰۱۲", "2012-01", "g"),
            ("ژوئن", "2012-06", "g"), ("اوایل دهه ۹۰ میلادی", None, "ignore"), ("بامداد امروز", "2012-07-02", "r")],
     contacts=[]),
dict(id="P05", pub="2012-10-10", text=(
     "به گزارش خبرگزاری مهر، فریدون عباسی، رئیس سازمان انرژی اتمی، امروز در گفت‌وگو با خبرنگاران اعلام کرد که ماه گذشته در حاشیه پنجاه و ششمین کنفرانس عمومی آژانس بین‌المللی انرژی اتمی در وین با سرگئی کرینکو، مدیرکل روس‌اتم، دیدار کرده و دو طرف بر تحویل کامل نیروگاه بوشهر به طرف ایرانی تا پایان سال ۲۰۱۳ تأکید کرده‌اند. "
     "به گفته عباسی، نخستین واحد نیروگاه بوشهر از ۸ شهریور با ظرفیت ۱۰۰ درصد به شبکه برق سراسری متصل است و یک هیئت ۱۲ نفره از کارشناسان روس‌اتم هفته آینده برای بازرسی دوره‌ای به بوشهر می‌آید."),
     dates=[("امروز", "2012-10-10", "r"), ("ماه گذشته", "2012-08-22/2012-09-21", "r"), ("تا پایان سال ۲۰۱۳", None, "ignore"),
            ("۸ شهریور", "2012-08-29", "j"), ("هفته آینده", "2012-10-13/2012-10-19", "r")],
     contacts=[C(KIR, ABB, "meet", "2012-08-22/2012-09-21"),
               C(["Rosatom", RU], ["Atomic Energy Organization of Iran", "AEOI", "Bushehr nuclear power plant", IR], "meet",
                 "2012-10-13/2012-10-19", True)]),
dict(id="P06", pub="2013-09-13", text=(
     "روحانی و پوتین در بیشکک دیدار کردند؛ دعوت رسمی از رئیس‌جمهور روسیه برای سفر به تهران\n"
     "جمعه ۲۲ شهریور ۱۳۹۲ - ۱۸:۴۵\n"
     "کد خبر: 80812354\n"
     "بیشکک- ایرنا- حسن روحانی، رئیس‌جمهوری اسلامی ایران، عصر امروز جمعه در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد. "
     "این نخستین دیدار دو رئیس‌جمهور پس از مراسم تنفیذ حکم روحانی در ۱۲ مرداد امسال است. "
     "روحانی در این دیدار گفت: «ایران و روسیه دو همسایه بزرگ هستند و می‌توانند در حل بحران سوریه و پرونده هسته‌ای نقشی سازنده ایفا کنند.» "
     "پوتین نیز با اشاره به نیروگاه بوشهر گفت روسیه آماده است همکاری در ساخت واحدهای جدید را ادامه دهد و دعوت روحانی برای سفر به تهران را پذیرفت؛ زمان این سفر از مجاری دیپلماتیک تعیین خواهد شد. "
     "محمدجواد ظریف و سرگئی لاوروف، وزیران امور خارجه دو کشور، که در این دیدار حضور داشتند، صبح امروز نیز به‌طور جداگانه با یکدیگر گفت‌وگو کرده بودند. "
     "روحانی همچنین با شی جین‌پینگ، رئیس‌جمهور چین، دیدار کرد و فردا شنبه به تهران بازمی‌گردد.\n"
     "پوتین آخرین بار ۲۴ مهر ۱۳۸۶ برای شرکت در دومین اجلاس سران کشورهای ساحلی خزر به تهران سفر کرده بود و در همان سفر با حضرت آیت‌الله خامنه‌ای و محمود احمدی‌نژاد دیدار کرد. "
     "آخرین دیدار رؤسای‌جمهور دو کشور نیز ۱۸ خرداد ۹۱ در حاشیه اجلاس سران شانگهای در پکن انجام شده بود. "
     "به گفته یوری اوشاکوف، دستیار رئیس‌جمهور روسیه، چهارمین اجلاس سران کشورهای ساحلی خزر در سال ۲۰۱۴ در آستاراخان برگزار می‌شود.\n"
     "انتهای پیام\n"
     "برچسب‌ها: روحانی، پوتین، سازمان همکاری شانگهای، بیشکک"),
     dates=[("جمعه ۲۲ شهریور ۱۳۹۲", "2013-09-13", "j"), ("عصر امروز جمعه", "2013-09-13", "r"), ("۱۲ مرداد امسال", "2013-08-03", "j"),
            ("صبح امروز", "2013-09-13", "r"), ("فردا شنبه", "2013-09-14", "r"), ("۲۴ مهر ۱۳۸۶", "2007-10-16", "j"),
            ("۱۸ خرداد ۹۱", "2012-06-07", "j"), ("سال ۲۰۱۴", "2014", "g")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(LAV, ZAR, "meet", "2013-09-13"), C(PUT, ROU, "meet", None, True),
               C(PUT, KHA, "meet", "2007-10-16"), C(PUT, AHMD, "meet", "2007-10-16"), C(PUT, AHMD, "meet", "2012-06-07"),
               C([PUT, RU], [ROU, IR], "meet", "2014", True)]),
dict(id="P07", pub="2013-10-14", text=(
     "به گزارش خبرگزاری تسنیم، دفتر رهبر معظم انقلاب با صدور اطلاعیه‌ای اعلام کرد عید سعید قربان روز سه‌شنبه ۲۳ مهرماه مصادف با دهم ذی‌الحجه ۱۴۳۴ است و امروز دوشنبه، روز عرفه، مراسم دعای عرفه در مساجد و امامزاده‌های سراسر کشور برگزار می‌شود. "
     "بیش از ۶۴ هزار زائر ایرانی امسال در مراسم حج تمتع شرکت کرده‌اند و به گفته رئیس سازمان حج و زیارت، بازگشت نخستین کاروان‌ها به ایران از ۳۰ مهر آغاز می‌شود."),
     dates=[("عید سعید قربان", None, "ignore"), ("روز سه‌شنبه ۲۳ مهرماه", "2013-10-15", "j"), ("دهم ذی‌الحجه ۱۴۳۴", "2013-10-15", "h"),
            ("امروز دوشنبه", "2013-10-14", "r"), ("روز عرفه", None, "ignore"), ("امسال", "2013-03-21/2014-03-20", "r"),
            ("۳۰ مهر", "2013-10-22", "j")],
     contacts=[]),
dict(id="P08", pub="2014-04-20", text=(
     "به گزارش خبرآنلاین، علاءالدین بروجردی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، امروز یکشنبه ۳۱ فروردین در دیدار با الکسی پوشکوف، رئیس کمیته امور بین‌الملل دومای دولتی روسیه، گفت: «مواضع تهران و مسکو درباره بحران‌های اوکراین و سوریه به هم نزدیک است.» "
     "پوشکوف که پریروز جمعه در رأس یک هیئت ۶ نفره پارلمانی وارد تهران شد، قرار است فردا با علی لاریجانی، رئیس مجلس شورای اسلامی، دیدار کند و روز سه‌شنبه تهران را ترک کند."),
     dates=[("امروز یکشنبه ۳۱ فروردین", "2014-04-20", "j"), ("پریروز جمعه", "2014-04-18", "r"), ("فردا", "2014-04-21", "r"),
            ("روز سه‌شنبه", "2014-04-22", "r")],
     contacts=[C(PUSH, BOR, "meet", "2014-04-20"), C(PUSH, [IR, "Majlis"], "meet", "2014-04-18", True),
               C(PUSH, [LAR, "Majlis", IR], "meet", "2014-04-21")]),
dict(id="P09", pub="2014-09-10", text=(
     "به گزارش دنیای اقتصاد، بیژن نامدار زنگنه، وزیر نفت، دیروز در گفت‌وگویی تلفنی با الکساندر نواک، وزیر انرژی روسیه، درباره اجرای طرح «نفت در برابر کالا» رایزنی کرد و دو طرف توافق کردند یازدهمین نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور که قرار بود اواسط شهریور در تهران برگزار شود، به آبان‌ماه موکول شود. "
     "پیش از این، امیرحسین زمانی‌نیا، معاون امور بین‌الملل وزارت نفت، دو هفته پیش در مسکو با آناتولی یانوفسکی، معاون وزیر انرژی روسیه، درباره جزئیات فنی این طرح مذاکره کرده بود. "
     "چارچوب این همکاری در تفاهم‌نامه‌ای پنج‌ساله آمده است که ۱۴ مرداد (۵ اوت) در مسکو به امضای نواک و علی طیب‌نیا، وزیر امور اقتصادی و دارایی، رسید و بر اساس آن روسیه روزانه تا ۵۰۰ هزار بشکه نفت ایران را خریداری می‌کند."),
     dates=[("دیروز", "2014-09-09", "r"), ("اواسط شهریور", "2014-09-02/2014-09-11", "j"), ("آبان‌ماه", "2014-10-23/2014-11-21", "j"),
            ("دو هفته پیش", "2014-08-23/2014-08-29", "r"), ("۱۴ مرداد", "2014-08-05", "j"), ("۵ اوت", "2014-08-05", "g")],
     contacts=[C(NOV, ZANG, "phone_call", "2014-09-09"), C([NOV, RU], [ZANG, IR], "meet", "2014-10-23/2014-11-21", True),
               C(YANO, ZAMA, "meet", "2014-08-23/2014-08-29"), C(NOV, TAYE, "agreement", "2014-08-05"),
               C(NOV, TAYE, "meet", "2014-08-05", True)]),
dict(id="P10", pub="2014-07-06", text=(
     "کابل (طلوع‌نیوز): وزارت امور مهاجرین و عودت‌کنندگان می‌گوید که در ماه گذشته بیش از ۲۰ هزار مهاجر افغان از ایران اخراج شده‌اند و تنها روز شنبه، ۱۴ سرطان، ۱۲۰۰ تن از راه بندر اسلام‌قلعه به کشور بازگشتند. "
     "مقام‌های این وزارت از حکومت ایران خواسته‌اند که در گرمای شدید از اخراج اجباری مهاجرین خودداری کند. "
     "همزمان، کمیسیون مستقل انتخابات اعلام کرده است که نتایج ابتدایی دور دوم انتخابات ریاست‌جمهوری که ۲۴ جوزا برگزار شد، فردا، ۱۶ سرطان (۷ جولای)، اعلام می‌شود."),
     dates=[("ماه گذشته", "2014-05-22/2014-06-21", "r"), ("روز شنبه، ۱۴ سرطان", "2014-07-05", "j"), ("۲۴ جوزا", "2014-06-14", "j"),
            ("فردا، ۱۶ سرطان", "2014-07-07", "j"), ("۷ جولای", "2014-07-07", "g")],
     contacts=[]),
# ---------------- 2015–2018 ----------------
dict(id="P11", pub="2015-07-10", text=(
     "به گزارش انتخاب، حسن روحانی و ولادیمیر پوتین دیروز پنجشنبه هجدهم تیرماه در حاشیه اجلاس سران سازمان همکاری شانگهای در اوفا، مرکز جمهوری باشقیرستان، دیدار و درباره دور پایانی مذاکرات هسته‌ای وین گفت‌وگو کردند. "
     "ولی‌الله سیف، رئیس کل بانک مرکزی، که در هیئت همراه رئیس‌جمهور بود، در همان روز با الویرا نابیولینا، رئیس بانک مرکزی روسیه، دیدار کرد و دو طرف بر استفاده از پول‌های ملی در مبادلات تجاری تأکید کردند. "
     "قرار است دو رئیس‌جمهور آذرماه در حاشیه اجلاس سران مجمع کشورهای صادرکننده گاز در تهران بار دیگر دیدار کنند. "
     "روحانی بامداد امروز اوفا را به مقصد تهران ترک کرد."),
     dates=[("دیروز پنجشنبه هجدهم تیرماه", "2015-07-09", "j"), ("همان روز", None, "ignore"),
            ("آذرماه", "2015-11-22/2015-12-21", "j"), ("بامداد امروز", "2015-07-10", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(NAB, SEIF, "meet", "2015-07-09"),
               C(PUT, ROU, "meet", "2015-11-22/2015-12-21")]),
dict(id="P12", pub="2015-11-25", text=(
     "ترکیه روز سه‌شنبه، ۲۴ نوامبر، یک بمب‌افکن سوخو-۲۴ نیروی هوایی روسیه را در نزدیکی مرز سوریه سرنگون کرد؛ این نخستین بار از دهه ۱۹۵۰ است که یک کشور عضو ناتو هواپیمای نظامی روسیه یا شوروی را ساقط می‌کند. "
     "ولادیمیر پوتین این اقدام را «خنجری از پشت» خواند و سرگئی لاوروف سفری را که برای امروز چهارشنبه به استانبول برنامه‌ریزی شده بود، لغو کرد. "
     "محمدجواد ظریف، وزیر خارجه ایران، در گفت‌وگویی تلفنی با مولود چاووش‌اوغلو، همتای ترک خود، از دو طرف خواست خویشتنداری کنند."),
     dates=[("روز سه‌شنبه، ۲۴ نوامبر", "2015-11-24", "g"), ("دهه ۱۹۵۰", None, "ignore"), ("امروز چهارشنبه", "2015-11-25", "r")],
     contacts=[]),
dict(id="P13", pub="2016-11-15", text=(
     "علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، در گفت‌وگو با ایسنا گفت: «الکسی لیخاچف که از ۱۴ مهر جانشین سرگئی کرینکو در ریاست روس‌اتم شده، ماه آینده به تهران می‌آید و با هم درباره قرارداد سوخت واحدهای جدید نیروگاه بوشهر مذاکره می‌کنیم.» "
     "به گفته صالحی، عملیات اجرایی ساخت واحدهای دوم و سوم نیروگاه از ۲۰ شهریور آغاز شده و تاکنون حدود ۸ درصد پیشرفت داشته است. "
     "قرارداد ساخت این دو واحد ۲۰ آبان ۱۳۹۳ (۱۱ نوامبر ۲۰۱۴) در مسکو به امضای صالحی و کرینکو رسیده بود."),
     dates=[("۱۴ مهر", "2016-10-05", "j"), ("ماه آینده", "2016-11-21/2016-12-20", "r"), ("۲۰ شهریور", "2016-09-10", "j"),
            ("۲۰ آبان ۱۳۹۳", "2014-11-11", "j"), ("۱۱ نوامبر ۲۰۱۴", "2014-11-11", "g")],
     contacts=[C(LIK, SALA, "meet", "2016-11-21/2016-12-20"), C(KIR, SALA, "agreement", "2014-11-11")]),
dict(id="P14", pub="2016-05-17", text=(
     "استاندار آستاراخان در رشت: حجم مبادلات با بنادر شمالی ایران را دو برابر می‌کنیم\n"
     "سه‌شنبه ۲۸ اردیبهشت ۱۳۹۵ - ۱۴:۳۰\n"
     "کد خبر ۳۶۵۷۸۹۲\n"
     "رشت- خبرگزاری مهر- الکساندر ژیلکین، استاندار آستاراخان روسیه، که از دیروز در رأس هیئتی ۴۰ نفره از مدیران و بازرگانان روس به گیلان آمده است، امروز با استاندار گیلان دیدار کرد و دو طرف تفاهم‌نامه همکاری‌های تجاری، بندری و گردشگری دو استان را امضا کردند. "
     "ژیلکین در این دیدار گفت حجم مبادلات تجاری آستاراخان با بنادر شمالی ایران در سال ۲۰۱۵ میلادی به ۵۰۰ میلیون دلار رسیده و هدف، دو برابر کردن آن تا سال ۲۰۲۰ است. "
     "استاندار گیلان نیز از آغاز به کار خط منظم کشتیرانی مسافری انزلی–آستاراخان از ۱۵ خرداد خبر داد. "
     "بر پایه تفاهم‌نامه امروز، کارگروه مشترک دو استان هر شش ماه یک بار تشکیل جلسه می‌دهد و نخستین نشست آن مهرماه در آستاراخان برگزار خواهد شد. "
     "استاندار آستاراخان قرار است فردا برای دیدار با عباس آخوندی، وزیر راه و شهرسازی، به تهران برود. "
     "به گفته معاون اقتصادی استاندار گیلان، هیئتی از اتاق بازرگانی رشت نیز هفته آینده در نمایشگاه «کاسپین اکسپو» در آستاراخان شرکت می‌کند.\n"
     "ژیلکین پیش از این در اسفند ۹۳ نیز به رشت سفر کرده و با مقام‌های استان دیدار کرده بود. "
     "آستاراخان مهر ۱۳۹۳ میزبان چهارمین اجلاس سران کشورهای ساحلی خزر بود که حسن روحانی نیز در آن شرکت کرد.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: گیلان، آستاراخان، روسیه، دیپلماسی استانی"),
     dates=[("سه‌شنبه ۲۸ اردیبهشت ۱۳۹۵", "2016-05-17", "j"), ("دیروز", "2016-05-16", "r"), ("امروز", "2016-05-17", "r"),
            ("سال ۲۰۱۵ میلادی", "2015", "g"), ("سال ۲۰۲۰", "2020", "g"), ("۱۵ خرداد", "2016-06-04", "j"),
            ("امروز", "2016-05-17", "r"), ("مهرماه", "2016-09-22/2016-10-21", "j"), ("فردا", "2016-05-18", "r"),
            ("هفته آینده", "2016-05-21/2016-05-27", "r"), ("اسفند ۹۳", "2015-02-20/2015-03-20", "j"),
            ("مهر ۱۳۹۳", "2014-09-23/2014-10-22", "j")],
     contacts=[C(ZHIL, GILG, "meet", "2016-05-17"), C(ZHIL, GILG, "agreement", "2016-05-17"),
               C(ZHIL, ["Gilan", "Gilan Province", IR], "meet", "2016-05-16", True),
               C(ASTR, GILG, "meet", "2016-09-22/2016-10-21", True), C(ZHIL, AKH, "meet", "2016-05-18"),
               C(ASTR, ["Rasht Chamber of Commerce", "Gilan", IR], "meet", "2016-05-21/2016-05-27", True),
               C(ZHIL, GILG, "meet", "2015-02-20/2015-03-20"),
               C([PUT, RU], [ROU, IR], "meet", "2014-09-23/2014-10-22", True)]),
dict(id="P15", pub="2016-08-13", text=(
     "به گزارش همشهری، کیانوش رستمی، وزنه‌بردار ملی‌پوش ایران، بامداد امروز شنبه ۲۳ مرداد به وقت تهران در دسته ۸۵ کیلوگرم بازی‌های المپیک ۲۰۱۶ ریو با مجموع ۳۹۶ کیلوگرم و ثبت رکورد جهانی صاحب مدال طلا شد. "
     "رستمی چهار سال پیش در المپیک لندن به مدال برنز رسیده بود. "
     "وزنه‌برداران روسیه در این دوره از بازی‌ها حضور ندارند؛ فدراسیون جهانی وزنه‌برداری ۲۹ ژوئیه به دلیل پرونده‌های دوپینگ، تیم روسیه را از حضور در ریو محروم کرد."),
     dates=[("بامداد امروز شنبه ۲۳ مرداد", "2016-08-13", "j"), ("المپیک ۲۰۱۶", None, "ignore"),
            ("چهار سال پیش", "2012-03-20/2013-03-20", "r"), ("۲۹ ژوئیه", "2016-07-29", "g")],
     contacts=[]),
dict(id="P16", pub="2017-05-21", text=(
     "اسپوتنیک- ولادیمیر پوتین، رئیس‌جمهور روسیه، روز شنبه در پیامی به حسن روحانی، پیروزی او در انتخابات ریاست‌جمهوری ۲۹ اردیبهشت را تبریک گفت و ابراز اطمینان کرد که همکاری‌های مسکو و تهران در دوره دوم ریاست‌جمهوری روحانی گسترش خواهد یافت. "
     "به گفته دیمیتری پسکوف، سخنگوی کرملین، گفت‌وگوی تلفنی دو رئیس‌جمهور «در روزهای آینده» انجام می‌شود. "
     "رجب طیب اردوغان، رئیس‌جمهور ترکیه، نیز دیشب در تماسی تلفنی به روحانی تبریک گفته بود."),
     dates=[("روز شنبه", "2017-05-20", "r"), ("۲۹ اردیبهشت", "2017-05-19", "j"), ("روزهای آینده", None, "ignore"),
            ("دیشب", "2017-05-20", "r")],
     contacts=[C(PUT, ROU, "message", "2017-05-20"), C(PUT, ROU, "phone_call", None, True)]),
dict(id="P17", pub="2017-11-14", text=(
     "به گزارش کیهان، ولادیمیر پوتین با ارسال پیامی به حسن روحانی و سرگئی لاوروف در تماسی تلفنی با محمدجواد ظریف، روز گذشته جان باختن هموطنان‌مان در زلزله ۷/۳ ریشتری کرمانشاه را تسلیت گفتند و آمادگی روسیه برای کمک به آسیب‌دیدگان را اعلام کردند. "
     "این زلزله شامگاه یکشنبه ساعت ۲۱ و ۴۸ دقیقه در عمق ۱۰ کیلومتری زمین در نزدیکی ازگله رخ داد و شمار جان‌باختگان آن تا ظهر امروز به ۴۳۰ نفر رسیده است. "
     "هواپیمای حامل ۳۸ تن اقلام امدادی وزارت شرایط اضطراری روسیه قرار است بامداد فردا در فرودگاه کرمانشاه به زمین بنشیند."),
     dates=[("روز گذشته", "2017-11-13", "r"), ("شامگاه یکشنبه", "2017-11-12", "r"), ("ظهر امروز", "2017-11-14", "r"),
            ("بامداد فردا", "2017-11-15", "r")],
     contacts=[C(PUT, ROU, "message", "2017-11-13"), C(LAV, ZAR, "phone_call", "2017-11-13")]),
dict(id="P18", pub="2018-09-03", text=(
     "تهران- ایرنا- بهرام قاسمی، سخنگوی وزارت امور خارجه، امروز دوشنبه در نشست خبری هفتگی اعلام کرد که سومین نشست سه‌جانبه سران ایران، روسیه و ترکیه در چارچوب روند آستانه روز جمعه ۱۶ شهریور در تهران برگزار می‌شود و ولادیمیر پوتین و رجب طیب اردوغان در حاشیه آن جداگانه با حسن روحانی دیدار خواهند کرد. "
     "به گفته قاسمی، محمدجواد ظریف و سرگئی لاوروف پنجشنبه گذشته در گفت‌وگویی تلفنی مقدمات این نشست را هماهنگ کرده بودند. "
     "سخنگوی دستگاه دیپلماسی در پاسخ به پرسشی درباره گزارش‌هایی مبنی بر سفر لاوروف به تهران در مهرماه گفت: «چنین سفری در برنامه نیست.»"),
     dates=[("امروز دوشنبه", "2018-09-03", "r"), ("روز جمعه ۱۶ شهریور", "2018-09-07", "j"), ("پنجشنبه گذشته", "2018-08-30", "r"),
            ("مهرماه", "2018-09-23/2018-10-22", "j")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C(LAV, ZAR, "phone_call", "2018-08-30")]),
dict(id="P19", pub="2018-06-16", text=(
     "تیم ملی فوتبال ایران شامگاه جمعه ۲۵ خرداد در نخستین دیدار خود در جام جهانی ۲۰۱۸ روسیه با گل به خودی عزیز بوحدوز در دقیقه ۹۵ مراکش را یک بر صفر شکست داد. "
     "این بازی در ورزشگاه سن‌پترزبورگ برگزار شد و ایران روز چهارشنبه ۳۰ خرداد در کازان به مصاف اسپانیا می‌رود. "
     "این نخستین پیروزی ایران در جام جهانی پس از ۲۰ سال و برد تاریخی برابر آمریکا در ۲۱ ژوئن ۱۹۹۸ در لیون است."),
     dates=[("شامگاه جمعه ۲۵ خرداد", "2018-06-15", "j"), ("جام جهانی ۲۰۱۸", None, "ignore"),
            ("روز چهارشنبه ۳۰ خرداد", "2018-06-20", "j"), ("۲۱ ژوئن ۱۹۹۸", "1998-06-21", "g")],
     contacts=[]),
dict(id="P20", pub="2018-05-14", text=(
     "به گزارش عصر ایران، محمدجواد ظریف که شامگاه دیروز از پکن وارد مسکو شد، امروز دوشنبه ۲۴ اردیبهشت با سرگئی لاوروف دیدار و درباره آینده برجام پس از خروج آمریکا از این توافق در ۱۸ اردیبهشت گفت‌وگو کرد. "
     "لاوروف در نشست خبری مشترک گفت روسیه «از منافع مشروع ایران» دفاع خواهد کرد. "
     "ظریف روز یکشنبه در پکن با وانگ یی دیدار کرده بود و فردا سه‌شنبه در بروکسل با وزیران خارجه فرانسه، آلمان و بریتانیا گفت‌وگو می‌کند."),
     dates=[("شامگاه دیروز", "2018-05-13", "r"), ("امروز دوشنبه ۲۴ اردیبهشت", "2018-05-14", "j"), ("۱۸ اردیبهشت", "2018-05-08", "j"),
            ("روز یکشنبه", "2018-05-13", "r"), ("فردا سه‌شنبه", "2018-05-15", "r")],
     contacts=[C(LAV, ZAR, "meet", "2018-05-14"), C([RU], ZAR, "meet", "2018-05-13", True),
               C([RU], [IR], "agreement", "any", True)]),
# ---------------- 2019–2022 ----------------
dict(id="P21", pub="2019-10-16", text=(
     "به گزارش خبرگزاری تسنیم، قدرت‌الله نوروزی، شهردار اصفهان، که در رأس هیئتی از اعضای شورای شهر به تاتارستان سفر کرده است، دیروز در کازان با ایلسور متشین، شهردار این شهر، دیدار و سند خواهرخواندگی اصفهان و کازان را امضا کرد. "
     "نوروزی قرار است روز پنجشنبه با رستم مینیخانف، رئیس جمهوری تاتارستان، نیز دیدار کند. "
     "متشین پیش‌تر در اردیبهشت ١٣٩٧ در سفری به اصفهان با نوروزی دیدار کرده بود و دو طرف در آن سفر بر لزوم برقراری پرواز مستقیم اصفهان–کازان تأکید کرده بودند."),
     dates=[("دیروز", "2019-10-15", "r"), ("روز پنجشنبه", "2019-10-17", "r"), ("اردیبهشت ١٣٩٧", "2018-04-21/2018-05-21", "j")],
     contacts=[C(METS, NOR, "meet", "2019-10-15"), C(METS, NOR, "agreement", "2019-10-15"), C(MINN, NOR, "meet", "2019-10-17"),
               C(METS, NOR, "meet", "2018-04-21/2018-05-21")]),
dict(id="P22", pub="2019-12-30", text=(
     "ظریف در مسکو: همکاری با روسیه پاسخ ما به یک‌جانبه‌گرایی آمریکاست\n"
     "دوشنبه ۹ دی ۱۳۹۸ | ۳۰ دسامبر ۲۰۱۹\n"
     "کد خبر: ۱۳۴۵۶۷۸\n"
     "خبرآنلاین- محمدجواد ظریف، وزیر امور خارجه، که شامگاه یکشنبه وارد مسکو شده بود، امروز با سرگئی لاوروف، همتای روس خود، دیدار و گفت‌وگو کرد. "
     "ظریف در نشست خبری مشترک پس از این دیدار گفت: «همکاری تهران و مسکو پاسخ ما به یک‌جانبه‌گرایی و تحریم‌های غیرقانونی آمریکاست.» "
     "لاوروف نیز تأکید کرد روسیه همچنان به برجام پایبند است و از سه کشور اروپایی خواست به تعهدات خود عمل کنند. "
     "دو وزیر همچنین درباره رزمایش مشترک دریایی ایران، روسیه و چین که از جمعه ۶ دی در شمال اقیانوس هند آغاز شده و تا امروز ادامه دارد، گفت‌وگو کردند. "
     "به گفته لاوروف، نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور در فوریه ۲۰۲۰ در مسکو برگزار خواهد شد. "
     "سخنگوی کرملین، دیمیتری پسکوف، نیز روز گذشته گزارش برخی رسانه‌ها درباره سفر پوتین به تهران در بهمن‌ماه را تکذیب کرد و گفت «چنین سفری در برنامه نیست». "
     "ظریف فردا سه‌شنبه به تهران بازمی‌گردد.\n"
     "حسن روحانی و ولادیمیر پوتین امسال دو بار با یکدیگر دیدار کرده بودند: ۲۵ خرداد در حاشیه اجلاس سیکا در دوشنبه و ۲۵ شهریور در نشست سه‌جانبه سران روند آستانه در آنکارا.\n"
     "مطالب مرتبط: لاوروف: روابط مسکو و تهران در بهترین سطح تاریخ است (۱۳۹۸/۰۷/۱۴)\n"
     "برچسب‌ها: ظریف، لاوروف، روسیه، برجام"),
     dates=[("دوشنبه ۹ دی ۱۳۹۸", "2019-12-30", "j"), ("۳۰ دسامبر ۲۰۱۹", "2019-12-30", "g"), ("شامگاه یکشنبه", "2019-12-29", "r"),
            ("امروز", "2019-12-30", "r"), ("جمعه ۶ دی", "2019-12-27", "j"), ("امروز", "2019-12-30", "r"),
            ("فوریه ۲۰۲۰", "2020-02", "g"), ("روز گذشته", "2019-12-29", "r"), ("بهمن‌ماه", "2020-01-21/2020-02-19", "j"),
            ("فردا سه‌شنبه", "2019-12-31", "r"), ("امسال", "2019-03-21/2020-03-19", "r"), ("۲۵ خرداد", "2019-06-15", "j"),
            ("۲۵ شهریور", "2019-09-16", "j"), ("۱۳۹۸/۰۷/۱۴", "2019-10-06", "j")],
     contacts=[C(LAV, ZAR, "meet", "2019-12-30"), C([RU], ZAR, "meet", "2019-12-29", True),
               C([RU], [IR], "agreement", "any", True), C([RU], [IR], "meet", "2020-02", True),
               C(PUT, ROU, "meet", "2019-06-15"), C(PUT, ROU, "meet", "2019-09-16")]),
dict(id="P23", pub="2020-07-01", text=(
     "به گزارش خبرگزاری فارس، ششمین نشست سه‌جانبه سران ایران، روسیه و ترکیه در چارچوب روند آستانه امروز چهارشنبه ۱۱ تیر به صورت ویدئوکنفرانس و با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان برگزار شد. "
     "این نشست قرار بود فروردین‌ماه در تهران برگزار شود، اما به دلیل شیوع کووید ۱۹ به تعویق افتاد. "
     "در پایان نشست که حدود دو ساعت به طول انجامید، بیانیه مشترک سران سه کشور درباره سوریه منتشر شد."),
     dates=[("امروز چهارشنبه ۱۱ تیر", "2020-07-01", "j"), ("فروردین‌ماه", "2020-03-20/2020-04-19", "j")],
     contacts=[C(PUT, ROU, "phone_call", "2020-07-01"), C([PUT, RU], [ROU, IR], "agreement", "2020-07-01", True)]),
dict(id="P24", pub="2020-08-12", text=(
     "به گزارش جام جم، ولادیمیر پوتین روز سه‌شنبه ۱۱ اوت (۲۱ مرداد) اعلام کرد نخستین واکسن کرونا با نام «اسپوتنیک وی» در روسیه به ثبت رسیده و واکسیناسیون گسترده از اکتبر آغاز می‌شود. "
     "کیانوش جهانپور، سخنگوی وزارت بهداشت ایران، دیروز گفت ایران تا پیش از اعلام نظر سازمان جهانی بهداشت درباره این واکسن تصمیمی نمی‌گیرد. "
     "بر اساس آمار رسمی، در ۲۴ ساعت گذشته ۲۶۳۴ بیمار جدید کووید ۱۹ در کشور شناسایی شده است."),
     dates=[("روز سه‌شنبه ۱۱ اوت", "2020-08-11", "g"), ("۲۱ مرداد", "2020-08-11", "j"), ("اکتبر", "2020-10", "g"),
            ("دیروز", "2020-08-11", "r"), ("در ۲۴ ساعت گذشته", None, "ignore")],
     contacts=[]),
dict(id="P25", pub="2020-12-16", text=(
     "تهران- ایرنا- مهدی میراشرفی، رئیس کل گمرک ایران، و ولادیمیر بولاوین، رئیس سرویس فدرال گمرک روسیه، پریروز در نشستی ویدئویی یادداشت تفاهم راه‌اندازی «کریدور سبز گمرکی» میان دو کشور را امضا کردند. "
     "بر اساس این سند که از اول دی‌ماه اجرایی می‌شود، اطلاعات محموله‌های صادراتی پیش از رسیدن به مرز به‌صورت الکترونیکی مبادله خواهد شد. "
     "دو رئیس گمرک پیش‌تر در اسفند ۹۸، اندکی پیش از شیوع کرونا، در مسکو دیدار و مذاکره کرده بودند."),
     dates=[("پریروز", "2020-12-14", "r"), ("اول دی‌ماه", "2020-12-21", "j"), ("اسفند ۹۸", "2020-02-20/2020-03-19", "j")],
     contacts=[C(BUL, MIRA, "agreement", "2020-12-14"), C(BUL, MIRA, "meet", "2020-12-14", True),
               C(BUL, MIRA, "meet", "2020-02-20/2020-03-19")]),
dict(id="P26", pub="2021-02-09", text=(
     "به گزارش اعتماد، محمدباقر قالیباف، رئیس مجلس، که یکشنبه ۱۹ بهمن وارد مسکو شد، دیروز با ویاچسلاو ولودین، رئیس دومای دولتی روسیه، دیدار کرد و پیام مکتوب رهبر انقلاب خطاب به ولادیمیر پوتین را به او تحویل داد. "
     "دیمیتری پسکوف، سخنگوی کرملین، گزارش‌های مربوط به «لغو» دیدار پوتین با قالیباف را رد کرد و گفت چنین دیداری از ابتدا در برنامه نبود و پیام از طریق ولودین به رئیس‌جمهور روسیه می‌رسد. "
     "قالیباف امروز با سرگئی لاوروف دیدار می‌کند و روز پنجشنبه به تهران بازمی‌گردد."),
     dates=[("یکشنبه ۱۹ بهمن", "2021-02-07", "j"), ("دیروز", "2021-02-08", "r"), ("امروز", "2021-02-09", "r"),
            ("روز پنجشنبه", "2021-02-11", "r")],
     contacts=[C(VOL, GHA, "meet", "2021-02-08"), C([PUT, "Vyacheslav Volodin", RU], KHA, "message", "2021-02-08"),
               C([RU], GHA, "meet", "2021-02-07", True), C(LAV, GHA, "meet", "2021-02-09")]),
dict(id="P27", pub="2021-10-20", text=(
     "مسکو (پژواک، ۲۸ میزان ۱۴۰۰): نشست «فارمت مسکو» درباره افغانستان امروز با حضور نمایندگان ۱۰ کشور از جمله روسیه، چین، پاکستان، ایران و هند و هیئت امارت اسلامی به ریاست مولوی عبدالسلام حنفی، معاون رئیس‌الوزرا، در مسکو برگزار شد. "
     "این نخستین نشست فارمت مسکو پس از تسلط طالبان بر کابل در ۲۴ اسد (۱۵ اگست) است و سرگئی لاوروف، وزیر خارجه روسیه، آن را افتتاح کرد. "
     "ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه در امور افغانستان، در حاشیه نشست با نماینده ویژه وزارت خارجه ایران در امور افغانستان دیدار و در مورد وضعیت مرزها و مهاجرین گفتگو کرد. "
     "نشست قبلی فارمت مسکو ۱۸ عقرب ۱۳۹۷ (۹ نومبر ۲۰۱۸) برگزار شده بود."),
     dates=[("۲۸ میزان ۱۴۰۰", "2021-10-20", "j"), ("امروز", "2021-10-20", "r"), ("۲۴ اسد", "2021-08-15", "j"),
            ("۱۵ اگست", "2021-08-15", "g"), ("۱۸ عقرب ۱۳۹۷", "2018-11-09", "j"), ("۹ نومبر ۲۰۱۸", "2018-11-09", "g")],
     contacts=[C(KABU, ["Iranian special envoy for Afghanistan", "Iranian Foreign Ministry", IR], "meet", "2021-10-20"),
               C([KABU, LAV, RU], [IR], "meet", "2018-11-09", True)]),
dict(id="P28", pub="2021-06-23", text=(
     "به گزارش شرق، مرکز آمار ایران اعلام کرد نرخ تورم نقطه‌به‌نقطه خرداد ۱۴۰۰ به ۴۷/۶ درصد رسیده که بالاترین رقم از اسفند ۹۷ تاکنون است. "
     "به گفته اقتصاددانان، متوسط تورم سالانه در دهه ۹۰ حدود ۲۲ درصد بوده و اقتصاد ایران اکنون سومین سال پیاپی تورم بالای ۴۰ درصد را تجربه می‌کند. "
     "گزارش تورم تیرماه اوایل مرداد منتشر می‌شود."),
     dates=[("خرداد ۱۴۰۰", "2021-05-22/2021-06-21", "j"), ("اسفند ۹۷", "2019-02-20/2019-03-20", "j"), ("دهه ۹۰", None, "ignore"),
            ("تیرماه", "2021-06-22/2021-07-22", "j"), ("اوایل مرداد", "2021-07-23/2021-08-01", "j")],
     contacts=[]),
dict(id="P29", pub="2022-07-20", text=(
     "به گزارش کیهان، همزمان با سفر ولادیمیر پوتین به تهران، یادداشت تفاهم همکاری راهبردی به ارزش حدود ۴۰ میلیارد دلار میان شرکت ملی نفت ایران و شرکت گازپروم روسیه دیروز سه‌شنبه ۲۸ تیر در نشستی برخط با حضور جواد اوجی، وزیر نفت، و الکسی میلر، مدیرعامل گازپروم، به امضای محسن خجسته‌مهر، مدیرعامل شرکت ملی نفت، و معاون گازپروم رسید. "
     "بر اساس این تفاهم‌نامه، گازپروم در یک دوره هشت‌ساله در توسعه میدان‌های گازی کیش و پارس شمالی و شش میدان نفتی مشارکت می‌کند و نخستین قراردادهای اجرایی سال آینده امضا خواهد شد. "
     "الکساندر نواک، معاون نخست‌وزیر روسیه، ۴ خرداد امسال برای شرکت در نشست کمیسیون مشترک همکاری‌های اقتصادی به تهران سفر کرده و با اوجی دیدار کرده بود."),
     dates=[("دیروز سه‌شنبه ۲۸ تیر", "2022-07-19", "j"), ("سال آینده", "2023-03-21/2024-03-19", "r"), ("۴ خرداد امسال", "2022-05-25", "j")],
     contacts=[C(PUT, [RAI, KHA, IR], "meet", "2022-07-19"), C(MIL, KHOJ + [OWJ[0]], "agreement", "2022-07-19"),
               C(MIL, KHOJ + [OWJ[0]], "meet", "2022-07-19", True), C(MIL, KHOJ, "agreement", "2023-03-21/2024-03-19"),
               C(NOV, OWJ, "meet", "2022-05-25")]),
dict(id="P30", pub="2022-11-16", text=(
     "استاندار آستاراخان در ساری: کارگروه مشترک با مازندران آذرماه تشکیل می‌شود\n"
     "1401/08/25 - 13:05\n"
     "اخبار استان‌ها > مازندران\n"
     "ساری- خبرگزاری تسنیم- ایگور بابوشکین، استاندار آستاراخان روسیه، صبح امروز در ساری با سید محمود حسینی‌پور، استاندار مازندران، دیدار و گفت‌وگو کرد و دو طرف یادداشت تفاهم همکاری در حوزه‌های کشاورزی، شیلات و حمل‌ونقل دریایی را امضا کردند. "
     "بابوشکین که دوشنبه‌شب در رأس هیئتی ۳۵ نفره از طریق بندر امیرآباد وارد مازندران شد، دیروز از منطقه ویژه اقتصادی امیرآباد و کارخانه‌های فرآوری مرکبات ساری بازدید کرده بود. "
     "حسینی‌پور در این دیدار گفت حجم مبادلات تجاری مازندران و آستاراخان در هفت ماه نخست امسال ۶۰ درصد افزایش یافته است. "
     "به گفته حسینی‌پور، برقراری خط منظم کشتیرانی کانتینری میان امیرآباد و آستاراخان از اولویت‌های این همکاری است. "
     "بابوشکین نیز گفت: «مازندران دروازه ورود کالاهای روسی به بازار ایران است.» "
     "استاندار آستاراخان از برگزاری نخستین نشست کارگروه مشترک دو استان در نیمه دوم آذر در آستاراخان خبر داد. "
     "بابوشکین قرار است فردا پنجشنبه برای دیدار با مهدی صفری، معاون دیپلماسی اقتصادی وزارت امور خارجه، به تهران برود.\n"
     "استان‌های مازندران و آستاراخان نخستین بار تیرماه ۹۹ در نشستی ویدئویی میان استانداران وقت دو استان درباره همکاری گفت‌وگو کرده بودند و ۲۵ آذر همان سال تفاهم‌نامه خواهرخواندگی دو استان به صورت مجازی امضا شد. "
     "سید ابراهیم رئیسی و ولادیمیر پوتین نیز ۸ تیر امسال در حاشیه ششمین اجلاس سران کشورهای ساحلی خزر در عشق‌آباد با یکدیگر دیدار کرده بودند.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: مازندران، آستاراخان، روسیه، دیپلماسی استانی"),
     dates=[("آذرماه", "2022-11-22/2022-12-21", "j"), ("1401/08/25", "2022-11-16", "j"), ("صبح امروز", "2022-11-16", "r"),
            ("دوشنبه‌شب", "2022-11-14", "r"), ("دیروز", "2022-11-15", "r"), ("هفت ماه نخست امسال", "2022-03-21/2022-10-22", "r"),
            ("نیمه دوم آذر", "2022-12-07/2022-12-21", "j"), ("فردا پنجشنبه", "2022-11-17", "r"),
            ("تیرماه ۹۹", "2020-06-21/2020-07-21", "j"), ("۲۵ آذر همان سال", "2020-12-15", "j"), ("۸ تیر امسال", "2022-06-29", "j")],
     contacts=[C(BAB, MAZG, "meet", "2022-11-16"), C(BAB, MAZG, "agreement", "2022-11-16"),
               C(BAB, ["Mazandaran", "Mazandaran Province", IR], "meet", "2022-11-14", True),
               C(BAB, MAZG, "meet", "2022-12-07/2022-12-21", True), C(BAB, SAFR, "meet", "2022-11-17"),
               C(BAB, MAZG, "phone_call", "2020-06-21/2020-07-21"), C(BAB, MAZG, "agreement", "2020-12-15"),
               C(BAB, MAZG, "meet", "2020-12-15", True), C(PUT, RAI, "meet", "2022-06-29")]),
dict(id="P31", pub="2022-09-21", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، بامداد امروز چهارشنبه ۲۱ سپتامبر در یک سخنرانی تلویزیونی فرمان بسیج نسبی نیروهای ذخیره را صادر کرد؛ به گفته سرگئی شویگو، وزیر دفاع، ۳۰۰ هزار نیروی ذخیره فراخوانده می‌شوند. "
     "این اعلام یک روز پس از آن صورت گرفت که مقام‌های تحت حمایت مسکو در چهار منطقه اشغالی اوکراین از برگزاری همه‌پرسی الحاق به روسیه از ۲۳ تا ۲۷ سپتامبر خبر دادند. "
     "روسیه از ۲۴ فوریه حمله گسترده به اوکراین را آغاز کرده است. "
     "در همین حال، وزارت امور خارجه اوکراین دیروز با متهم کردن ایران به ارسال پهپادهای شاهد-۱۳۶ به روسیه، از کاهش سطح روابط دیپلماتیک با تهران خبر داد."),
     dates=[("بامداد امروز چهارشنبه ۲۱ سپتامبر", "2022-09-21", "g"), ("یک روز پس از آن", None, "ignore"),
            ("از ۲۳ تا ۲۷ سپتامبر", "2022-09-23/2022-09-27", "g"), ("۲۴ فوریه", "2022-02-24", "g"), ("دیروز", "2022-09-20", "r")],
     contacts=[]),
# ---------------- 2023–2026 ----------------
dict(id="P32", pub="2023-08-16", text=(
     "به گزارش خبرگزاری فارس، امیر سرتیپ محمدرضا آشتیانی، وزیر دفاع و پشتیبانی نیروهای مسلح، روز گذشته در حاشیه یازدهمین کنفرانس امنیت بین‌المللی مسکو با ژنرال سرگئی شویگو، وزیر دفاع روسیه، دیدار و درباره همکاری‌های دفاعی و امنیت منطقه‌ای گفت‌وگو کرد. "
     "دو وزیر پیش‌تر ۱۰ فروردین امسال در گفت‌وگویی تلفنی درباره همین موضوعات رایزنی کرده بودند. "
     "آشتیانی امروز از نمایشگاه بین‌المللی «ارتش-۲۰۲۳» در کوبینکا بازدید می‌کند. "
     "سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، نیز ۲۸ مهر ۱۴۰۰ در سفری سه‌روزه به مسکو با ژنرال والری گراسیموف، رئیس ستاد کل ارتش روسیه، دیدار کرده بود."),
     dates=[("روز گذشته", "2023-08-15", "r"), ("۱۰ فروردین امسال", "2023-03-30", "j"), ("امروز", "2023-08-16", "r"),
            ("ارتش-۲۰۲۳", None, "ignore"), ("۲۸ مهر ۱۴۰۰", "2021-10-20", "j")],
     contacts=[C(SHO, ASHT, "meet", "2023-08-15"), C(SHO, ASHT, "phone_call", "2023-03-30"), C(GER, BAGH, "meet", "2021-10-20")]),
dict(id="P33", pub="2023-06-17", text=(
     "به گزارش اعتماد، کاظم جلالی، سفیر ایران در مسکو، که برای حضور در مجمع بین‌المللی اقتصادی سن‌پترزبورگ (۲۴ تا ۲۷ خرداد) به این شهر رفته است، پنجشنبه با الکساندر بگلوف، فرماندار سن‌پترزبورگ، و جمعه با ماکسیم رشتنیکوف، وزیر توسعه اقتصادی روسیه، دیدار کرد. "
     "به گفته جلالی، او و بگلوف بر راه‌اندازی خط مستقیم کشتیرانی میان بندرعباس و سن‌پترزبورگ تا پایان سال ۲۰۲۳ تأکید کردند. "
     "سفیر ایران همچنین ابراز امیدواری کرد سفر آیت‌الله رئیسی به روسیه «به زودی» انجام شود."),
     dates=[("۲۴ تا ۲۷ خرداد", "2023-06-14/2023-06-17", "j"), ("پنجشنبه", "2023-06-15", "r"), ("جمعه", "2023-06-16", "r"),
            ("تا پایان سال ۲۰۲۳", None, "ignore")],
     contacts=[C(BEG, JAL, "meet", "2023-06-15"), C(RESH, JAL, "meet", "2023-06-16"), C([PUT, RU], [RAI, IR], "meet", None, True)]),
dict(id="P34", pub="2023-12-12", text=(
     "کابل (طلوع‌نیوز): اداره ملی هواشناسی اعلام کرد که از فردا چهارشنبه تا شنبه در کابل و ۱۵ ولایت دیگر برف و باران می‌بارد و دمای هوا در برخی مناطق تا منفی ۱۲ درجه سانتی‌گراد کاهش می‌یابد. "
     "همزمان، وزارت امور مهاجرین و عودت‌کنندگان می‌گوید از اول سپتمبر تاکنون بیش از ۳۰۰ هزار مهاجر افغان از ایران اخراج شده‌اند و تنها دیروز ۲۵۰۰ تن از راه بندر اسلام‌قلعه به کشور بازگشتند. "
     "سازمان ملل هشدار داده است که با آغاز فصل زمستان در اول جدی (۲۲ دسمبر) وضعیت بازگشت‌کنندگان بدتر خواهد شد."),
     dates=[("از فردا چهارشنبه تا شنبه", "2023-12-13/2023-12-16", "r"), ("اول سپتمبر", "2023-09-01", "g"), ("دیروز", "2023-12-11", "r"),
            ("اول جدی", "2023-12-22", "j"), ("۲۲ دسمبر", "2023-12-22", "g")],
     contacts=[]),
dict(id="P35", pub="2024-05-21", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، دیروز دوشنبه با ارسال پیامی به علی خامنه‌ای، رهبر جمهوری اسلامی، مرگ ابراهیم رئیسی را تسلیت گفت و شامگاه دیروز نیز در گفت‌وگویی تلفنی با محمد مخبر، سرپرست ریاست‌جمهوری، بر تداوم همکاری‌های دو کشور تأکید کرد. "
     "بالگرد حامل رئیسی و هیئت همراه بعدازظهر یکشنبه ۳۰ اردیبهشت در منطقه کوهستانی ورزقان در آذربایجان شرقی سقوط کرد. "
     "به گفته کرملین، ویاچسلاو ولودین، رئیس دومای دولتی، فردا چهارشنبه برای شرکت در مراسم تشییع به تهران می‌رود. "
     "رسانه‌های روسی همچنین گزارش داده‌اند سفر سرگئی لاوروف به تهران که برای هفته آینده برنامه‌ریزی شده بود، لغو شده است."),
     dates=[("دیروز دوشنبه", "2024-05-20", "r"), ("شامگاه دیروز", "2024-05-20", "r"), ("بعدازظهر یکشنبه ۳۰ اردیبهشت", "2024-05-19", "j"),
            ("فردا چهارشنبه", "2024-05-22", "r"), ("هفته آینده", "2024-05-25/2024-05-31", "r")],
     contacts=[C(PUT, KHA, "message", "2024-05-20"), C(PUT, MOKH, "phone_call", "2024-05-20"), C(VOL, [IR], "meet", "2024-05-22")]),
dict(id="P36", pub="2024-10-22", text=(
     "به گزارش عصر ایران، مسعود پزشکیان بامداد امروز سه‌شنبه برای شرکت در شانزدهمین اجلاس سران بریکس عازم کازان شد. "
     "به گفته اسماعیل بقائی، سخنگوی وزارت امور خارجه، رئیس‌جمهور فردا در حاشیه اجلاس با ولادیمیر پوتین دیدار خواهد کرد و عباس عراقچی نیز پنجشنبه با سرگئی لاوروف گفت‌وگو می‌کند؛ این دومین دیدار پزشکیان و پوتین پس از دیدار 20 مهر در عشق‌آباد خواهد بود. "
     "بقائی پیش‌تر گفته بود امضای معاهده جامع مشارکت راهبردی دو کشور در این سفر «در دستور کار نیست» و متن آن هنوز در حال نهایی شدن است."),
     dates=[("بامداد امروز سه‌شنبه", "2024-10-22", "r"), ("فردا", "2024-10-23", "r"), ("پنجشنبه", "2024-10-24", "r"),
            ("20 مهر", "2024-10-11", "j")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(LAV, ARA, "meet", "2024-10-24"), C(PUT, PEZ, "meet", "2024-10-11")]),
dict(id="P37", pub="2024-12-17", text=(
     "به گزارش همشهری، استانداری تهران اعلام کرد به دلیل تداوم آلودگی هوا و صرفه‌جویی در مصرف سوخت، ادارات، بانک‌ها و مدارس استان فردا چهارشنبه ۲۸ آذر تعطیل است. "
     "شاخص کیفیت هوای پایتخت ساعت ۹ صبح امروز به ۱۷۸ رسید و از ۱۸ آذر تاکنون تنها دو روز هوای قابل قبول ثبت شده است. "
     "سخنگوی صنعت برق ایران نیز گفت خاموشی‌های برنامه‌ریزی‌شده تا شب یلدا (جمعه ۳۰ آذر) ادامه دارد."),
     dates=[("فردا چهارشنبه ۲۸ آذر", "2024-12-18", "j"), ("صبح امروز", "2024-12-17", "r"), ("۱۸ آذر", "2024-12-08", "j"),
            ("شب یلدا", None, "ignore"), ("جمعه ۳۰ آذر", "2024-12-20", "j")],
     contacts=[]),
dict(id="P38", pub="2025-04-19", text=(
     "عراقچی پیام کتبی رهبر انقلاب را به پوتین تحویل داد؛ رایزنی با لاوروف پیش از دور دوم مذاکرات\n"
     "شنبه ۳۰ فروردین ۱۴۰۴ - ۲۱ شوال ۱۴۴۶ - ۱۹ آوریل ۲۰۲۵\n"
     "شماره ۲۳۹۱۵\n"
     "سرویس سیاسی- سید عباس عراقچی، وزیر امور خارجه، که پنجشنبه ۲۸ فروردین در رأس هیئتی وارد مسکو شد، همان روز در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام کتبی حضرت آیت‌الله خامنه‌ای را به وی تحویل داد. "
     "پوتین در این دیدار با اشاره به روند مذاکرات هسته‌ای گفت روسیه آماده است «هر کمکی» برای رسیدن به راه‌حل مسالمت‌آمیز ارائه کند. "
     "وزیر امور خارجه روز جمعه نیز با سرگئی لاوروف دیدار و درباره دور دوم مذاکرات غیرمستقیم با آمریکا که امروز در رم برگزار می‌شود، گفت‌وگو کرد. "
     "دور نخست این مذاکرات شنبه ۲۳ فروردین (۱۲ آوریل) با میانجیگری عمان در مسقط برگزار شده بود. "
     "عراقچی دیشب مسکو را به مقصد رم ترک کرد.\n"
     "معاهده جامع مشارکت راهبردی ایران و روسیه ۲۸ دی ۱۴۰۳ در مسکو به امضای مسعود پزشکیان و ولادیمیر پوتین رسیده بود و دومای دولتی روسیه ۸ آوریل آن را تصویب کرد. "
     "عراقچی و لاوروف ۱۷ آذر گذشته نیز در حاشیه مجمع دوحه در نشست سه‌جانبه روند آستانه درباره سوریه، همراه با هاکان فیدان، با یکدیگر دیدار کرده بودند. "
     "به گفته سفیر ایران در مسکو، نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور که قرار بود اسفندماه در تهران برگزار شود، به خردادماه موکول شده است. "
     "دیمیتری پسکوف، سخنگوی کرملین، نیز گزارش برخی رسانه‌های غربی درباره گفت‌وگوی تلفنی پوتین و پزشکیان در هفته گذشته را «بی‌اساس» خواند.\n"
     "تمامی حقوق این سایت متعلق به روزنامه کیهان است © ۱۴۰۴"),
     dates=[("شنبه ۳۰ فروردین ۱۴۰۴", "2025-04-19", "j"), ("۲۱ شوال ۱۴۴۶", "2025-04-19", "h"), ("۱۹ آوریل ۲۰۲۵", "2025-04-19", "g"),
            ("پنجشنبه ۲۸ فروردین", "2025-04-17", "j"), ("همان روز", None, "ignore"), ("روز جمعه", "2025-04-18", "r"),
            ("امروز", "2025-04-19", "r"), ("شنبه ۲۳ فروردین", "2025-04-12", "j"), ("۱۲ آوریل", "2025-04-12", "g"),
            ("دیشب", "2025-04-18", "r"), ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۸ آوریل", "2025-04-08", "g"),
            ("۱۷ آذر گذشته", "2024-12-07", "j"), ("اسفندماه", "2025-02-19/2025-03-20", "j"),
            ("خردادماه", "2025-05-22/2025-06-21", "j"), ("هفته گذشته", "2025-04-12/2025-04-18", "r"), ("© ۱۴۰۴", None, "ignore")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17"), C(LAV, ARA, "meet", "2025-04-18"),
               C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True), C(LAV, ARA, "meet", "2024-12-07"),
               C([RU], [IR], "meet", "2025-05-22/2025-06-21", True)]),
dict(id="P39", pub="2025-07-21", text=(
     "کرملین اعلام کرد ولادیمیر پوتین روز یکشنبه، ۲۹ تیر، در مسکو با علی لاریجانی، مشاور رهبر جمهوری اسلامی، دیدار کرده و لاریجانی «ارزیابی‌های» مقام‌های ایرانی درباره تحولات منطقه و برنامه هسته‌ای را به او منتقل کرده است. "
     "به گفته دیمیتری پسکوف، سخنگوی کرملین، این دیدار از پیش اعلام نشده بود و لاریجانی پیامی از سوی علی خامنه‌ای و مسعود پزشکیان برای پوتین همراه داشت. "
     "پسکوف گزارش‌های مربوط به سفر قریب‌الوقوع پوتین به تهران را رد کرد. "
     "این دیدار پس از پایان جنگ ۱۲ روزه ایران و اسرائیل در ۳ تیر (۲۴ ژوئن) انجام شد."),
     dates=[("روز یکشنبه، ۲۹ تیر", "2025-07-20", "j"), ("۳ تیر", "2025-06-24", "j"), ("۲۴ ژوئن", "2025-06-24", "g")],
     contacts=[C(PUT, [LAR, IR], "meet", "2025-07-20"), C(PUT, [KHA, PEZ, IR], "message", "2025-07-20")]),
dict(id="P40", pub="2026-01-06", text=(
     "به گزارش انتخاب، تقویم رسمی ایران برای سال ۱۴۰۵ که شورای عالی انقلاب فرهنگی دیروز آن را تصویب کرد، ۲۶ روز تعطیل رسمی دارد. "
     "لحظه تحویل سال نو ساعت ۱۸ و ۱۵ دقیقه روز جمعه ۲۹ اسفند ۱۴۰۴ است. "
     "به گفته مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران، ماه مبارک رمضان امسال از ۲۹ بهمن آغاز می‌شود و عید سعید فطر احتمالاً با روز نخست فروردین همزمان خواهد بود."),
     dates=[("سال ۱۴۰۵", "2026-03-21/2027-03-20", "j"), ("دیروز", "2026-01-05", "r"), ("سال نو", None, "ignore"),
            ("روز جمعه ۲۹ اسفند ۱۴۰۴", "2026-03-20", "j"), ("ماه مبارک رمضان امسال", None, "ignore"), ("۲۹ بهمن", "2026-02-18", "j"),
            ("عید سعید فطر", None, "ignore"), ("روز نخست فروردین", "2026-03-21", "j")],
     contacts=[]),
]
