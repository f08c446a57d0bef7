# Held-out probe set 35: PERSIAN news, 36 SNIPPETS of 1–4 sentences and 4 WHOLE ARTICLES of 11–12 lines (P08, P19, P28,
# P37: headline, header date line, news code, dateline, body, background lines recalling older dated contacts,
# boilerplate / tags / a copyright line), hand-annotated; 40 cases, P01–P40, publication dates 2010–2026 (two or three a
# year, the years in id order; inside a year the ids need not be chronological).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set31 and set33 (plus the bare names of set33's top-level assignments, no values).
# The tool was not run and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes and several dates are invented) in the style of ISNA (P01, P11; P19 from Sochi with a
# «پنجشنبه / ۳ خرداد ۱۳۹۷ / ۲۲:۴۰» header and a news code that embeds a date), Khabaronline (P02), Fars (P03 from Baku,
# P27), Mehr (P04, P26), Euronews Persian (P05), IRNA (P06; P08 from Bushehr with a «تاریخ انتشار: ۰۱ مهر ۱۳۹۲ - ۱۴:۲۰»
# header, a Latin-digit news code and a copyright line; P22 from Isfahan with Arabic-Indic digits; P37 from Moscow with a
# three-calendar header «جمعه ۴ مهر ۱۴۰۴ | ۴ ربیع‌الثانی ۱۴۴۷ | ۲۶ سپتامبر ۲۰۲۵» and «VVER-1200»), Radio Farda (P09, P20),
# Shana (P10), Donya-e-Eqtesad (P12), Tasnim (P13; P35 with Arabic-Indic digits), BBC Persian (P14), Jam-e Jam Online
# (P15), Hamshahri Online (P16), Entekhab (P17 with Latin digits), Asr-e Iran (P18), Etemad Online (P21), ICANA /
# Khane-ye Mellat (P24), Iran International (P25), ILNA (P28 with a «پنجشنبه ۰۲ تیر ۱۴۰۱ - ۱۳:۴۵» header, a Persian-digit
# news code and a copyright line), YJC (P29), Independent Persian (P30), Eghtesad Online (P31), Tabnak (P33), IMNA (P34
# with a numeric «۱۴۰۳/۰۶/۱۹»), Kayhan (P36), EcoIran (P38 with Latin digits), IRIB News (P39), Shargh (P40), and three
# Afghan Dari items: Tolonews (P07: ثور, «ماه سرطان» beside «شفاخانه ... سرطان», «میزان تجارت», «حمل و نقل»), Pajhwok (P23:
# «کابل (پژواک، هشتم جوزا ۱۳۹۸):» dateline, «ماه جدی سال گذشته») and Hasht-e Sobh (P32: میزان, «زلزله ۱ سرطان ۱۴۰۱»,
# «میزان خسارت»).
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Pezeshkian, Mokhber / Medvedev, Putin: the Baku
# Caspian summit 2010 with a bilateral and a five-party security agreement, Putin's 2007 Tehran visit recalled, Bishkek
# 2013 and Tashkent 2016 recalled, the Baku 2016 Russia–Iran–Azerbaijan trilateral with a joint statement and a next
# trilateral planned «سال آینده», the Tehran 2018 Astana-format summit recalled, Raisi at the Kremlin 2022 and 2023
# recalled, a planned Ashgabat bilateral, the 2001 treaty and the 2025 treaty recalled, congratulation messages
# (Ahmadinejad to Putin 2012; Putin to Raisi 2021 with an undated invitation), condolence messages (Putin to Rouhani after
# the Ahvaz attack; Putin to the Leader and a call to Mokhber after Raisi's death)), envoys and messages (Lavrov handing
# Putin's written message to Rouhani; Lavrov carrying Putin's oral message to Raisi; Larijani carrying the Leader's and
# the president's oral messages to Putin; the Russian ambassador Dzhagaryan handing Sobyanin's invitation to the Tehran
# mayor Najafi), foreign ministers and deputies (Mottaki, Salehi, Zarif, Amir-Abdollahian, Araghchi, Gharibabadi /
# Lavrov, Ryabkov: calls, Moscow visits, the Geneva 2013 sidelines, the Moscow FMs' trilateral with Syria 2017, the Doha
# Astana-format trilateral 2024, planned visits and consultations), security council secretaries (Jalili, Shamkhani /
# Patrushev: Moscow, Sochi, Tehran), defence ministers (Dehghan / Shoigu: a Moscow conference bilateral, a Tehran MoU
# recalled), parliament (Ghalibaf / Volodin: a video call, a congratulation message, Volodin at Raisi's inauguration;
# the committee head Zonnour / Dzhagaryan; Volodin at Raisi's funeral; a cancelled Volodin visit), atomic energy
# (Salehi, Ahmadian, Eslami / Kiriyenko, Spassky, Likhachev: Bushehr fuel loading 2010, the 2013 handover protocol, the
# 1995 Bushehr contract and the 2014 Bushehr-2/3 contract recalled, the 2025 Rosatom–Iran Hormoz contract for Sirik and a
# small-reactor MoU), energy (Zanganeh / Novak MoU, a Lukoil delegation, a planned joint commission), central banks
# (Farzin / Nabiullina: a video call, the SEPAM–SPFS agreement with the Bank of Russia delegation), a region and a
# province (Minnikhanov of Tatarstan / the Isfahan governor Rezaei: MoU), mayors (Metshin of Kazan / Ghasemzadeh of
# Isfahan: a sister-city MoU, an accepted invitation dated by a week of a month, a 2019 city MoU recalled), companies
# (Gazprom–NIOC planned MoU), the Iran–EAEU interim free-trade agreement, Iran–P5+1 rounds (Geneva, a planned experts'
# round), an Astana-talks round; arrivals, planned, postponed (P40), cancelled (P14 Russia–Turkey, P40 Volodin) and
# denied (P30) contacts, and contacts recalled in the past perfect.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P05, P07, P12, P14, P16, P20, P23, P25, P30,
# P32, P38, P39.  All other cases (27) have at least one required row.  Traps: third-country contacts (Iran–Kazakhstan
# P02; Russia–US P04, P05, P17, P20; Russia–Afghanistan P07, P23; Russia–Turkey P12, P14 (a cancelled visit); Iran–Turkey
# P14; Russia–Israel P20; Iran–Taliban P23; Iran–China P25; Ukraine–Iran P30; Iran–US P38; Russia–Ukraine P38;
# Russia–Syria–Iran and Russia–Turkey–Iran trilaterals as real contacts P17, P35), decrees (P02, P03, P13), aid (P07,
# P32), drones and a denial (P29, P30), statements (P05, P20, P30), numbers, money, percentages («۳.۵ درصد», «۴۹.۳ درصد»,
# «1.8 درصد»), clock times («ساعت ۱۴ به وقت محلی», «ساعت یک بامداد», «از ساعت ۱۸ تا ۶ صبح», «ساعت ۱۱ و ۱۱ دقیقه پیش از
# چاشت», «ساعت 11 صبح», «از ساعت ۷ تا ۱۸:۳۰», header times), scores («۴ بر ۲»), model numbers («اس-۳۰۰», «سوخو-۲۴»,
# «شاهد-۱۳۶», «گران-۲», «VVER-1200», «خط ۱۰ مترو»), «۱+۵», «کووید ۱۹», durations and counts («یک هفته», «شش ماه»,
# «۴۰ دقیقه», «پنج دقیقه ۱۰ بار», «۱۰ سال», «۶۰ ساله», «دوساعته», «بیست‌ساله», «۸ سال», «۱۲ روزه», «هیئتی ٦٠ نفره»,
# «هفته‌ای دو بار»), news codes, outlet and agency names made of date words («رادیو فردا», «عصر ایران», «هشت صبح», the
# agency مهر), the name «رجب طیب اردوغان» (P12, P21), fog «مه صبحگاهی» beside the month «۷ مه» elsewhere (P16, P06),
# «شهر آینده», «هفته جهانی اتم», «هفته فرهنگی کازان» (names containing آینده / هفته, P34, P37), a street named by a date
# («خیابان ۱۵ خرداد», P39), «میدان بولوتنایا» (P05).
# Totals: 200 date lines (180 mentions + 20 ignore lines), 100 contact rows (83 required, 17 optional).
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime; every span was checked to occur in its text in listing order (k-th listing = k-th occurrence), without overlaps,
# and every listed span text occurs in its text exactly as many times as it is listed.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set33 as the headers of set31 and set33 state them
#   (set33, the later, wins where they differ): اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month end; «هفته دوم» /
#   «هفته سوم» of a month = days 8–14 / 15–21; Saturday–Friday weeks («هفته آینده», «هفته گذشته», «هفته پیش»); a weekday
#   tied to a relative week («پنجشنبه هفته آینده») is that weekday inside the next / previous week (r); Persian and Dari
#   relative years / months / seasons (امسال, سال آینده, ماه آینده, پاییز امسال, زمستان امسال, تابستان امسال) are Solar
#   Hijri intervals unless میلادی is written, any season = its three Solar Hijri months; دیروز / روز گذشته = pub − 1,
#   امشب = pub; «شنبه گذشته» = the last such weekday strictly before pub; a bare weekday (also with صبح / عصر / شامگاه /
#   بامداد) = the nearest one in the direction of the tense, «سه‌شنبه آینده» after pub; «یکشنبه شب» = the evening OF that
#   weekday; «از X تا Y» is one range mention with «از» inside, a start point («از ١٥ خرداد», «از سال ۲۰۱۶ میلادی», «از
#   ژانویه», «از ٢٧ نوامبر (٧ آذر)», «از نیمه دوم اسفند») keeps «از» outside; a weekday next to its date belongs to it; a
#   relative word joined to a written date («دیروز دوشنبه ۲۴ مرداد», «امروز ۱۸ مرداد», «فردا پنجشنبه ۲۵ دی») is one mention
#   in the calendar of the written date, a relative word + weekday alone («امروز شنبه», «فردا جمعه») is r; a date written
#   in two calendars is two mentions with one value; «3 و 4 مه» is two mentions (the bare first day, then day + month); a
#   trailing امسال / سال گذشته / سال آینده / گذشته that fixes the year is inside the span («۳۰ مرداد امسال», «آبان سال
#   گذشته», «مهرماه گذشته», «ماه جدی سال گذشته»); a year-less date or month takes the year nearest pub unless the sentence
#   says otherwise; «در سال ۲۰۰۱ میلادی» → «سال ۲۰۰۱ میلادی»; Y/M/D numeric dates are j; a header in three calendars is one
#   mention per calendar, the weekday going with the first, the time outside; a Hijri date equated with a Solar Hijri
#   weekday date carries the text's day («سه‌شنبه ۱۲ مرداد، مصادف با ۲۳ ذی‌الحجه ۱۴۴۲» = 2021-08-03, Umm al-Qura 08-02, inside
#   ±1); a Hijri month written with its year is an interval (h); a holiday name beside its own date («عید مبعث», «شب یلدا»
#   beside «امشب») is an ignore line and the date carries the value; counted event-relative phrases («سه روز پس از آن»,
#   «یک روز پس از انتخاب قالیباف», «نزدیک به یک ماه پس از پایان جنگ ۱۲ روزه», «چند ماه پیش از آغاز جنگ اوکراین»,
#   «ساعاتی پس از ورود», «ساعاتی پیش از امضای توافق», «ساعاتی بعد»), anaphoric «همان روز», «۲۴ ساعت گذشته», deadlines by
#   a year («تا پایان سال ۲۰۱۰ میلادی», «تا سال ۱۴۰۰»), years inside event names («جام جهانی ۲۰۱۸»), copyright years and
#   street names made of a date are ignore lines; a deadline by a relative day («تا روز جمعه», «تا روز پنجشنبه», «تا روز
#   چهارشنبه») is a mention of that day, the «تا» outside; a disaster or attack named by its day («حمله تروریستی ۳۱ شهریور»,
#   «زمین‌لرزه‌های روز شنبه ۱۵ میزان», «زلزله ۱ سرطان ۱۴۰۱», «حمله روز یکشنبه») is a mention; the original date of a
#   postponed meeting («قرار بود ۱۵ بهمن ... برگزار شود») is an ordinary mention; news codes get no line; a time-of-day
#   word before a written date («بامداد 18 فروردین», «عصر یکشنبه ۳۰ اردیبهشت») is inside the span; Dari months (ثور, جوزا,
#   سرطان, جدی, میزان) are Solar Hijri (j).
#   Contacts: as set27 / set29 / set31 / set33 (envoy with a message → meet (envoy–host) + message (sender–host), separate
#   senders → one row per sender; trilateral summits and ministers' trilaterals at which the two sides sit together →
#   required, a bilateral the same day is that row, a joint statement issued there → optional agreement; a video call →
#   required phone_call; multilateral meetings and joint commissions without a bilateral → optional, Iran–P5+1 rounds →
#   optional country-level meet; planned contacts with a day, week, part of a month, month or year → required, hoped-for or
#   undated ones → optional None; a postponed contact → one row at its new date (optional for a joint commission); denied,
#   cancelled or never-held → no row; arrival days with no meeting stated that day → optional meet; a minister's,
#   governor's or mayor's MoU with the meeting stated → required meet + required agreement; company contracts → required
#   agreement, an in-person signing attended by the heads of the two atomic bodies with no meeting stated → optional meet;
#   a recalled treaty → required agreement + optional meet; an invitation accepted for a stated part of a month →
#   required meet; a congratulation or condolence message dated by its sentence → that day, with no date → "pub"; a
#   condolence call → phone_call; a recalled contract stated only by its date and the two countries → required
#   country-level agreement; decrees, aid, deliveries, entry into force, denials and statements → no row).
# Decided here where nothing above says (set35):
#   A range glossed in a second calendar without its own «از» («از ۱۵ اوت تا ۳۱ دسامبر (۲۴ مرداد تا ۱۰ دی)») is two range
#   mentions, one per calendar, same interval (P02).  «نیمه دوم» / «نیمه اول» + month = days 16 to month end / days 1–15
#   (j interval, P31, P40); «نیمه اول سال ۱۴۰۵» = 1 Farvardin – 31 Shahrivar of that year (j, as set33's «۶ ماه نخست امسال»,
#   P37).  «هفته آخر» + month = the last seven days of that month (j interval, P40).  «شب گذشته» = «دیشب» = pub − 1 (r, P14).
#   A Gregorian decade («دهه ۱۹۵۰») is an ignore line (P14).  «۱۵ سال گذشته», «سه سال گذشته» (a count of years back with no
#   anchor) are ignore lines, like set31's «سه روز گذشته» (P13, P38).  A part of a month with a relative year («اواخر خرداد
#   سال آینده») is one mention in j (P18).  A relative weekday before a comma and its date («پنجشنبه گذشته، ۲۷ اردیبهشت»,
#   «چهارشنبه آینده، ۸ تیر») is one mention in j (P19, P28).  A slash header «پنجشنبه / ۳ خرداد ۱۳۹۷ / ۲۲:۴۰» is one j
#   mention, the time outside (P19).  A Dari dateline day written as an ordinal word («هشتم جوزا ۱۳۹۸») is a j mention (P23).
#   «از شنبه ۴ تا دوشنبه ۶ دی» is one range mention with both weekdays inside (P16).  «اواخر ماه سرطان» (Dari, «ماه»
#   between) = days 21–31 Saratan (j, P07).
#   Contacts: a five-party Caspian security agreement signed at a summit where the two presidents also met → optional
#   agreement beside the required meet (the multilateral rule, P03).  The Joint Plan of Action reached by Iran and the P5+1
#   → optional country-level agreement "pub" beside the optional round row (P09).  A planned Astana-talks round «با حضور
#   هیئت‌های ایران، روسیه و ترکیه» → optional country-level meet dated by its days (P17).  A minister hosting a Russian
#   company delegation («میزبان هیئتی از شرکت لوک‌اویل») → required meet with the company's names (P10).  An invitation
#   letter of the Moscow mayor handed over by the ambassador → meet (ambassador–mayor) + message (Sobyanin–Najafi, the
#   handover day) + the accepted visit as a required meet dated by the stated part of a month (P18).  A parliament speaker's
#   planned attendance at a state funeral with no bilateral stated → optional meet with country-level Iranian names, as
#   set31's recalled inauguration visit (P33).  A sister-city MoU recalled by month → required agreement with city names
#   (P34).  A recalled 1995 Bushehr completion contract «میان ایران و روسیه» → required country-level agreement accepting
#   Minatom / AEOI (P08).  An arrival of a Russian regional head with no host named that day → optional meet with the
#   later host's names (P22).
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
AHMD, ROU, KHA, RAI, PEZ = "Mahmoud Ahmadinejad", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
KHAT, MOKH = "Mohammad Khatami", "Mohammad Mokhber"
LAV, MOT, ZAR, AMI, ARA = "Sergei Lavrov", "Manouchehr Mottaki", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
SALF = ["Ali Akbar Salehi", IR]
PAT, JALS, SHAM = ["Nikolai Patrushev", RU], ["Saeed Jalili", IR], ["Ali Shamkhani", IR]
SHO, DEH = "Sergei Shoigu", ["Hossein Dehghan", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SALA = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
SPA = ["Nikolai Spassky", "Rosatom", RU]
AHMA = ["Mohammad Ahmadian", "Atomic Energy Organization of Iran", "AEOI", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
ZAN = ["Bijan Zanganeh", "Ministry of Petroleum", IR]
LUK = ["Vagit Alekperov", "Lukoil", RU]
DZH = ["Levan Dzhagaryan", RU]
SOB = ["Sergey Sobyanin", "Moscow", RU]
NAJ = ["Mohammad Ali Najafi", "Tehran Municipality", IR]
MIN = ["Rustam Minnikhanov", "Tatarstan", RU]
REZ = ["Abbas Rezaei", "Isfahan Province", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
ZON = ["Mojtaba Zonnour", "National Security and Foreign Policy Committee", "Majlis", IR]
GAZ, NIOC = ["Gazprom", RU], ["National Iranian Oil Company", "NIOC", IR]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
MET = ["Ilsur Metshin", "Kazan", RU]
QAS = ["Ali Ghasemzadeh", "Isfahan Municipality", "Isfahan", IR]
LAR = ["Ali Larijani", IR]
IHZ = ["Iran Hormoz", "Iran Hormoz Company", IR]
GHAR, RYA = ["Kazem Gharibabadi", IR], ["Sergei Ryabkov", RU]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- snippets and articles, P01–P10 ----------------
dict(id="P01", pub="2010-01-19", text=(
     "به گزارش خبرگزاری دانشجویان ایران (ایسنا)، منوچهر متکی، وزیر امور خارجه، شامگاه دوشنبه در تماسی تلفنی با سرگئی لاوروف، همتای روس خود، درباره پیشنهاد مبادله سوخت راکتور تحقیقاتی تهران و روند تکمیل نیروگاه اتمی بوشهر گفت‌وگو کرد. "
     "ایران پیشنهاد موسوم به گروه وین برای خروج ۱۲۰۰ کیلوگرم اورانیوم با غنای ۳.۵ درصد را، که مهرماه گذشته مطرح شده بود، در شکل کنونی نپذیرفته و خواستار مبادله همزمان در خاک خود است. "
     "متکی ابراز امیدواری کرد نیروگاه بوشهر، چنان که مقام‌های روس وعده داده‌اند، تا پایان سال ۲۰۱۰ میلادی راه‌اندازی شود. "
     "سعید جلیلی، دبیر شورای عالی امنیت ملی، نیز ۱۴ آذر در مسکو با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار کرده بود."),
     dates=[("شامگاه دوشنبه", "2010-01-18", "r"), ("مهرماه گذشته", "2009-09-23/2009-10-22", "j"),
            ("تا پایان سال ۲۰۱۰ میلادی", None, "ignore"), ("۱۴ آذر", "2009-12-05", "j")],
     contacts=[C(LAV, MOT, "phone_call", "2010-01-18"), C(PAT, JALS, "meet", "2009-12-05")]),
dict(id="P02", pub="2010-08-09", text=(
     "به گزارش خبرآنلاین، ممنوعیت صادرات گندم، جو و آرد از روسیه که پنجشنبه گذشته با فرمان ولادیمیر پوتین، نخست‌وزیر این کشور، اعلام شد، از ۱۵ اوت تا ۳۱ دسامبر (۲۴ مرداد تا ۱۰ دی) اجرا می‌شود و قیمت گندم را در بورس شیکاگو در یک هفته ۱۹ درصد بالا برده است. "
     "خشکسالی بی‌سابقه و آتش‌سوزی جنگل‌ها در تابستان امسال محصول بیش از ۹ میلیون هکتار از مزارع روسیه را از بین برده است. "
     "مهدی غضنفری، وزیر بازرگانی، روز گذشته در گفت‌وگوی تلفنی با همتای قزاق خود خواستار افزایش واردات گندم از قزاقستان شد و گفت ذخایر راهبردی کشور دست‌کم برای شش ماه کافی است و نگرانی از کمبود آرد در ماه مبارک رمضان ۱۴۳۱ وجود ندارد."),
     dates=[("پنجشنبه گذشته", "2010-08-05", "r"), ("از ۱۵ اوت تا ۳۱ دسامبر", "2010-08-15/2010-12-31", "g"),
            ("۲۴ مرداد تا ۱۰ دی", "2010-08-15/2010-12-31", "j"), ("تابستان امسال", "2010-06-22/2010-09-22", "r"),
            ("روز گذشته", "2010-08-08", "r"), ("ماه مبارک رمضان ۱۴۳۱", "2010-08-11/2010-09-09", "h")],
     contacts=[]),
dict(id="P03", pub="2010-11-18", text=(
     "باکو- خبرگزاری فارس- محمود احمدی‌نژاد که صبح امروز پنجشنبه برای شرکت در سومین اجلاس سران کشورهای ساحلی دریای خزر وارد باکو شد، ظهر در حاشیه اجلاس با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد؛ این نخستین دیدار دو رئیس‌جمهور پس از آن است که مدودف اواخر شهریور با امضای فرمانی تحویل سامانه اس-۳۰۰ به ایران را ممنوع کرد. "
     "سران پنج کشور ساحلی در پایان اجلاس موافقت‌نامه همکاری امنیتی در دریای خزر را امضا کردند و قرار شد نشست بعدی در روسیه برگزار شود. "
     "سوخت‌گذاری نیروگاه اتمی بوشهر ۳۰ مرداد امسال با حضور سرگئی کرییینکو، رئیس روس‌اتم، و علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، آغاز شده بود و دو مقام همان روز در بوشهر نشست خبری مشترکی برگزار کردند."),
     dates=[("صبح امروز پنجشنبه", "2010-11-18", "r"), ("اواخر شهریور", "2010-09-12/2010-09-22", "j"),
            ("۳۰ مرداد امسال", "2010-08-21", "j"), ("همان روز", None, "ignore")],
     contacts=[C(MED, AHMD, "meet", "2010-11-18"), C([MED, RU], [AHMD, IR], "agreement", "2010-11-18", True),
               C(KIR, SALA, "meet", "2010-08-21")]),
dict(id="P04", pub="2011-08-16", text=(
     "به گزارش خبرگزاری مهر، سعید جلیلی، دبیر شورای عالی امنیت ملی، که از روز یکشنبه در مسکو به سر می‌برد، دیروز دوشنبه ۲۴ مرداد با نیکلای پاتروشف، دبیر شورای امنیت روسیه، درباره طرح «گام‌به‌گام» مسکو برای حل مسئله هسته‌ای ایران دیدار و گفت‌وگو کرد. "
     "این طرح را سرگئی لاوروف نخستین بار اواخر تیرماه در دیدار با هیلاری کلینتون در واشنگتن مطرح کرده بود. "
     "جلیلی امروز با لاوروف نیز دیدار می‌کند و قرار است علی‌اکبر صالحی، وزیر امور خارجه، هفته سوم شهریور برای رایزنی درباره جزئیات همین طرح به مسکو سفر کند."),
     dates=[("روز یکشنبه", "2011-08-14", "r"), ("دیروز دوشنبه ۲۴ مرداد", "2011-08-15", "j"),
            ("اواخر تیرماه", "2011-07-12/2011-07-22", "j"), ("امروز", "2011-08-16", "r"),
            ("هفته سوم شهریور", "2011-09-06/2011-09-12", "j")],
     contacts=[C(PAT, JALS, "meet", "2011-08-15"), C(LAV, JALS, "meet", "2011-08-16"),
               C([LAV, RU], SALF, "meet", "2011-09-06/2011-09-12")]),
dict(id="P05", pub="2011-12-10", text=(
     "یورونیوز- ده‌ها هزار نفر امروز شنبه از ساعت ۱۴ به وقت محلی در میدان بولوتنایا در مرکز مسکو در اعتراض به آنچه تقلب در انتخابات پارلمانی ۴ دسامبر می‌خوانند، گرد آمدند؛ پلیس مسکو شمار معترضان را ۲۵ هزار نفر اعلام کرد. "
     "بر پایه نتایج رسمی، حزب روسیه متحد با ۴۹.۳ درصد آرا ۲۳۸ کرسی از ۴۵۰ کرسی دومای دولتی را به دست آورد که ۷۷ کرسی کمتر از دوره پیشین است. "
     "ولادیمیر پوتین، نخست‌وزیر و نامزد انتخابات ریاست‌جمهوری ۴ مارس ۲۰۱۲، روز پنجشنبه هیلاری کلینتون را به «دادن علامت» به معترضان متهم کرده بود. "
     "رامین مهمانپرست، سخنگوی وزارت خارجه ایران، این تحولات را «امری داخلی» خواند."),
     dates=[("امروز شنبه", "2011-12-10", "r"), ("۴ دسامبر", "2011-12-04", "g"), ("۴ مارس ۲۰۱۲", "2012-03-04", "g"),
            ("روز پنجشنبه", "2011-12-08", "r")],
     contacts=[]),
dict(id="P06", pub="2012-03-05", text=(
     "تهران- ایرنا- محمود احمدی‌نژاد، رئیس‌جمهور، امروز دوشنبه در پیامی پیروزی ولادیمیر پوتین در انتخابات ریاست‌جمهوری روسیه را به وی تبریک گفت و ابراز امیدواری کرد همکاری دو کشور در نیروگاه بوشهر و دریای خزر در دوره جدید گسترش یابد. "
     "پوتین در انتخابات روز یکشنبه ۱۴ اسفند با ۶۳.۶ درصد آرا برای سومین بار به ریاست‌جمهوری روسیه برگزیده شد و مراسم تحلیف او ۷ مه (۱۸ اردیبهشت) در کرملین برگزار می‌شود. "
     "این پیام همزمان با شمارش آرای انتخابات نهمین دوره مجلس شورای اسلامی، که جمعه ۱۲ اسفند برگزار شد، صادر شد. "
     "احمدی‌نژاد و پوتین آخرین بار ۲۴ مهر ۱۳۸۶ در تهران و در حاشیه اجلاس سران خزر با یکدیگر گفت‌وگو کرده بودند."),
     dates=[("امروز دوشنبه", "2012-03-05", "r"), ("روز یکشنبه ۱۴ اسفند", "2012-03-04", "j"), ("۷ مه", "2012-05-07", "g"),
            ("۱۸ اردیبهشت", "2012-05-07", "j"), ("جمعه ۱۲ اسفند", "2012-03-02", "j"), ("۲۴ مهر ۱۳۸۶", "2007-10-16", "j")],
     contacts=[C(PUT, AHMD, "message", "2012-03-05"), C(PUT, AHMD, "meet", "2007-10-16")]),
dict(id="P07", pub="2012-05-15", text=(
     "طلوع‌نیوز: زلمی رسول، وزیر امور خارجه کشور، روز دوشنبه ۲۵ ثور در مسکو با سرگئی لاوروف، همتای روسی اش دیدار کرد و دو طرف در مورد بلند بردن میزان تجارت، همکاری در بخش حمل و نقل و مبارزه با مواد مخدر گفتگو کردند. "
     "لاوروف در یک نشست خبری مشترک گفت مسکو نگران پیامدهای خروج نیروهای ناتو از افغانستان در سال ۲۰۱۴ میلادی است. "
     "در همین حال، وزارت صحت عامه اعلام کرد نخستین شفاخانه تخصصی سرطان در کابل که با کمک جمهوری اسلامی ایران ساخته شده، اواخر ماه سرطان افتتاح می‌شود."),
     dates=[("روز دوشنبه ۲۵ ثور", "2012-05-14", "j"), ("سال ۲۰۱۴ میلادی", "2014", "g"),
            ("اواخر ماه سرطان", "2012-07-11/2012-07-21", "j")],
     contacts=[]),
dict(id="P08", pub="2013-09-23", text=(
     "سند تحویل موقت نیروگاه اتمی بوشهر به ایران امضا شد\n"
     "تاریخ انتشار: ۰۱ مهر ۱۳۹۲ - ۱۴:۲۰\n"
     "کد خبر: 80831452\n"
     "بوشهر- ایرنا- سند تحویل موقت نیروگاه اتمی بوشهر عصر امروز دوشنبه در مراسمی در محل نیروگاه به امضای محمد احمدیان، معاون سازمان انرژی اتمی ایران، و نیکلای اسپاسکی، معاون مدیرکل شرکت دولتی روس‌اتم، رسید.\n"
     "بر اساس این سند، بهره‌برداری از نیروگاه ۱۰۰۰ مگاواتی بوشهر به مدت دو سال به صورت مشترک بر عهده کارشناسان دو کشور خواهد بود و پس از آن به طور کامل به طرف ایرانی واگذار می‌شود.\n"
     "علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، صبح امروز در تماسی تلفنی با سرگئی کرییینکو، مدیرکل روس‌اتم، این گام را «نقطه عطف» همکاری دو کشور خواند و قرار شد هیئتی از روس‌اتم اواسط آبان برای مذاکره درباره ساخت واحدهای جدید به تهران بیاید.\n"
     "قرارداد تکمیل این نیروگاه ۱۸ دی ۱۳۷۳ در تهران میان ایران و روسیه امضا شده بود، اما راه‌اندازی آن بارها به تعویق افتاد.\n"
     "نیروگاه بوشهر در ۲۱ اوت ۲۰۱۰ (۳۰ مرداد ۱۳۸۹) سوخت‌گذاری شد و از شهریور ۱۳۹۰ به شبکه سراسری برق پیوست.\n"
     "حسن روحانی و ولادیمیر پوتین نیز ۲۲ شهریور در حاشیه اجلاس سران سازمان همکاری شانگهای در بیشکک دیدار کرده و بر ادامه همکاری در بوشهر تأکید کرده بودند.\n"
     "انتهای پیام /\n"
     "برچسب‌ها: نیروگاه اتمی بوشهر، روس‌اتم، سازمان انرژی اتمی\n"
     "© ۱۳۹۲ خبرگزاری جمهوری اسلامی ایران"),
     dates=[("۰۱ مهر ۱۳۹۲", "2013-09-23", "j"), ("عصر امروز دوشنبه", "2013-09-23", "r"), ("صبح امروز", "2013-09-23", "r"),
            ("اواسط آبان", "2013-11-02/2013-11-11", "j"), ("۱۸ دی ۱۳۷۳", "1995-01-08", "j"), ("۲۱ اوت ۲۰۱۰", "2010-08-21", "g"),
            ("۳۰ مرداد ۱۳۸۹", "2010-08-21", "j"), ("شهریور ۱۳۹۰", "2011-08-23/2011-09-22", "j"), ("۲۲ شهریور", "2013-09-13", "j"),
            ("© ۱۳۹۲", None, "ignore")],
     contacts=[C(SPA, AHMA, "agreement", "2013-09-23"), C(KIR, SALA, "phone_call", "2013-09-23"),
               C(KIR, SALA, "meet", "2013-11-02/2013-11-11"),
               C(["Viktor Mikhailov", "Minatom", "Rosatom", RU], ["Reza Amrollahi", "Atomic Energy Organization of Iran", "AEOI", IR],
                 "agreement", "1995-01-08"),
               C(PUT, ROU, "meet", "2013-09-13")]),
dict(id="P09", pub="2013-11-24", text=(
     "رادیو فردا- ایران و گروه ۱+۵ بامداد امروز یکشنبه، پس از چهار روز مذاکره فشرده در ژنو، بر سر «برنامه اقدام مشترک» به توافق رسیدند؛ توافقی موقت که شش ماه اعتبار دارد. "
     "محمدجواد ظریف ساعاتی پیش از امضای توافق، شامگاه شنبه در هتل اینترکنتیننتال با سرگئی لاوروف دیدار کرد؛ وزیر خارجه روسیه که ابتدا برنامه‌ای برای سفر به ژنو نداشت، پس از گفت‌وگوی تلفنی با کاترین اشتون خود را به این شهر رساند. "
     "بر اساس این توافق، ایران غنی‌سازی بالای ۵ درصد را متوقف و ذخایر اورانیوم ۲۰ درصدی خود را رقیق می‌کند. "
     "نخستین دور گفت‌وگوهای کارشناسی برای اجرای توافق قرار است هفته دوم آذر در وین برگزار شود."),
     dates=[("بامداد امروز یکشنبه", "2013-11-24", "r"), ("ساعاتی پیش از امضای توافق", None, "ignore"),
            ("شامگاه شنبه", "2013-11-23", "r"), ("هفته دوم آذر", "2013-11-29/2013-12-05", "j")],
     contacts=[C(LAV, ZAR, "meet", "2013-11-23"), C(RU, IR, "meet", "pub", True), C(RU, IR, "agreement", "pub", True),
               C(RU, IR, "meet", "2013-11-29/2013-12-05", True)]),
dict(id="P10", pub="2014-08-06", text=(
     "به گزارش شانا، بیژن زنگنه، وزیر نفت، و الکساندر نواک، وزیر انرژی روسیه، دیروز سه‌شنبه ۱۴ مرداد در مسکو دیدار کردند و یادداشت تفاهمی پنج‌ساله برای همکاری در بخش‌های نفت، گاز و برق به امضا رساندند. "
     "بر اساس این تفاهم‌نامه، شرکت‌های روس در ساخت نیروگاه‌های حرارتی با ظرفیت کل ۵۰۰۰ مگاوات و احداث ۱۰۰۰ کیلومتر خط انتقال برق در ایران مشارکت می‌کنند. "
     "زنگنه پیش‌تر، ۱۷ فروردین امسال، در تهران میزبان هیئتی از شرکت لوک‌اویل به ریاست وحید علکبروف بود. "
     "نشست کمیسیون مشترک اقتصادی دو کشور نیز قرار است پاییز امسال در تهران برگزار شود."),
     dates=[("دیروز سه‌شنبه ۱۴ مرداد", "2014-08-05", "j"), ("۱۷ فروردین امسال", "2014-04-06", "j"),
            ("پاییز امسال", "2014-09-23/2014-12-21", "r")],
     contacts=[C(NOV, ZAN, "meet", "2014-08-05"), C(NOV, ZAN, "agreement", "2014-08-05"), C(LUK, ZAN, "meet", "2014-04-06"),
               C([NOV, RU], IR, "meet", "2014-09-23/2014-12-21", True)]),
# ---------------- P11–P20 ----------------
dict(id="P11", pub="2014-11-11", text=(
     "به گزارش ایسنا، علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کرییینکو، مدیرکل روس‌اتم، امروز سه‌شنبه در مسکو پس از دیداری دوساعته، قرارداد ساخت دو واحد جدید نیروگاه اتمی بوشهر و پروتکلی برای احداث احتمالی هشت واحد دیگر در ایران را امضا کردند. "
     "این قرارداد در حالی امضا می‌شود که مهلت ۲۴ نوامبر (۳ آذر) برای دستیابی به توافق جامع هسته‌ای میان ایران و گروه ۱+۵ رو به پایان است. "
     "صالحی گفت عملیات ساخت واحد دوم از سال ۲۰۱۶ میلادی آغاز می‌شود و حدود ۱۰ سال طول می‌کشد. "
     "روس‌اتم همچنین متعهد شده است سوخت این واحدها را در تمام دوره ۶۰ ساله بهره‌برداری تأمین کند."),
     dates=[("امروز سه‌شنبه", "2014-11-11", "r"), ("۲۴ نوامبر", "2014-11-24", "g"), ("۳ آذر", "2014-11-24", "j"),
            ("سال ۲۰۱۶ میلادی", "2016", "g")],
     contacts=[C(KIR, SALA, "meet", "2014-11-11"), C(KIR, SALA, "agreement", "2014-11-11")]),
dict(id="P12", pub="2014-12-16", text=(
     "دنیای اقتصاد- روبل روسیه امروز سه‌شنبه در بورس مسکو تا مرز ۸۰ روبل در برابر هر دلار سقوط کرد، هرچند بانک مرکزی این کشور ساعت یک بامداد با اقدامی غافلگیرکننده نرخ بهره را از ۱۰.۵ به ۱۷ درصد رسانده بود. "
     "ارزش روبل از ژانویه تاکنون بیش از ۵۰ درصد کاهش یافته و سقوط قیمت نفت برنت از حدود ۱۱۵ دلار در اواخر خرداد به کمتر از ۶۰ دلار، عامل اصلی آن است. "
     "ولادیمیر پوتین اول دسامبر در سفر به آنکارا و پس از دیدار با رجب طیب اردوغان، از توقف طرح خط لوله «جریان جنوبی» خبر داده بود. "
     "صادرکنندگان خشکبار و محصولات کشاورزی ایران می‌گویند سفارش‌های خریداران روس در آذرماه حدود ۳۰ درصد کم شده است."),
     dates=[("امروز سه‌شنبه", "2014-12-16", "r"), ("ژانویه", "2014-01", "g"), ("اواخر خرداد", "2014-06-11/2014-06-21", "j"),
            ("اول دسامبر", "2014-12-01", "g"), ("آذرماه", "2014-11-22/2014-12-21", "j")],
     contacts=[]),
dict(id="P13", pub="2015-04-16", text=(
     "به گزارش خبرگزاری تسنیم، سرتیپ حسین دهقان، وزیر دفاع، که برای شرکت در چهارمین کنفرانس امنیت بین‌المللی مسکو به روسیه رفته است، امروز پنجشنبه در حاشیه این کنفرانس با ژنرال سرگئی شویگو دیدار کرد؛ این دیدار ۴۰ دقیقه به طول انجامید. "
     "دیدار دو وزیر سه روز پس از آن انجام شد که ولادیمیر پوتین دوشنبه ۲۴ فروردین با امضای فرمانی، ممنوعیت تحویل سامانه اس-۳۰۰ به ایران را لغو کرد. "
     "شویگو ۳۰ دی ۱۳۹۳ در نخستین سفر یک وزیر دفاع روسیه به تهران در ۱۵ سال گذشته، با دهقان دیدار و یادداشت تفاهم همکاری نظامی امضا کرده بود."),
     dates=[("امروز پنجشنبه", "2015-04-16", "r"), ("سه روز پس از آن", None, "ignore"), ("دوشنبه ۲۴ فروردین", "2015-04-13", "j"),
            ("۳۰ دی ۱۳۹۳", "2015-01-20", "j"), ("۱۵ سال گذشته", None, "ignore")],
     contacts=[C(SHO, DEH, "meet", "2015-04-16"), C(SHO, DEH, "meet", "2015-01-20"), C(SHO, DEH, "agreement", "2015-01-20")]),
dict(id="P14", pub="2015-11-25", text=(
     "بی‌بی‌سی فارسی- ترکیه روز سه‌شنبه یک بمب‌افکن سوخو-۲۴ روسیه را در نزدیکی مرز سوریه سرنگون کرد؛ ولادیمیر پوتین این اقدام را «خنجری از پشت» خواند و سرگئی لاوروف سفری را که قرار بود امروز چهارشنبه به آنکارا انجام دهد، لغو کرد. "
     "ارتش ترکیه می‌گوید خلبانان این هواپیما در پنج دقیقه ۱۰ بار اخطار دریافت کرده بودند. "
     "محمدجواد ظریف، وزیر خارجه ایران، شب گذشته در گفت‌وگویی تلفنی با مولود چاووش‌اوغلو، همتای ترک خود، خواستار خویشتنداری دو طرف شد. "
     "این نخستین سرنگونی یک هواپیمای نظامی روسیه یا شوروی به دست یک کشور عضو ناتو از دهه ۱۹۵۰ است."),
     dates=[("روز سه‌شنبه", "2015-11-24", "r"), ("امروز چهارشنبه", "2015-11-25", "r"), ("شب گذشته", "2015-11-24", "r"),
            ("دهه ۱۹۵۰", None, "ignore")],
     contacts=[]),
dict(id="P15", pub="2016-08-08", text=(
     "به گزارش جام‌جم آنلاین، نخستین نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان امروز ۱۸ مرداد با حضور حسن روحانی، ولادیمیر پوتین و الهام علی‌اف در باکو برگزار شد و سه رئیس‌جمهور در پایان، بیانیه‌ای مشترک امضا کردند. "
     "روحانی پیش از آغاز نشست، حدود یک ساعت به طور جداگانه با پوتین گفت‌وگو کرد و دو طرف بر تکمیل کریدور بین‌المللی شمال-جنوب تأکید کردند. "
     "دو رئیس‌جمهور ۴ تیرماه نیز در حاشیه اجلاس سازمان همکاری شانگهای در تاشکند یکدیگر را دیده بودند. "
     "قرار است نشست سه‌جانبه بعدی سال آینده در تهران برگزار شود."),
     dates=[("امروز ۱۸ مرداد", "2016-08-08", "j"), ("۴ تیرماه", "2016-06-24", "j"), ("سال آینده", "2017-03-21/2018-03-20", "r")],
     contacts=[C(PUT, ROU, "meet", "2016-08-08"), C([PUT, RU], [ROU, IR], "agreement", "2016-08-08", True),
               C(PUT, ROU, "meet", "2016-06-24"), C(PUT, ROU, "meet", "2017-03-21/2018-03-20")]),
dict(id="P16", pub="2016-12-20", text=(
     "همشهری آنلاین- سازمان هواشناسی اعلام کرد با نفوذ توده هوای سرد از روسیه و قزاقستان، دمای هوای تهران امشب، شب یلدا، به منفی ۶ درجه می‌رسد و مه صبحگاهی در جاده‌های شمالی کشور تا روز جمعه ادامه خواهد داشت. "
     "بارش برف در استان‌های شمال غرب ایران از شنبه ۴ تا دوشنبه ۶ دی پیش‌بینی شده و ارتفاع برف در گردنه حیران ممکن است به ۴۰ سانتی‌متر برسد. "
     "پلیس راه نیز از بسته بودن جاده چالوس از ساعت ۱۸ تا ۶ صبح خبر داد."),
     dates=[("امشب", "2016-12-20", "r"), ("شب یلدا", None, "ignore"), ("روز جمعه", "2016-12-23", "r"),
            ("از شنبه ۴ تا دوشنبه ۶ دی", "2016-12-24/2016-12-26", "j")],
     contacts=[]),
dict(id="P17", pub="2017-04-14", text=(
     "به گزارش انتخاب، محمدجواد ظریف، سرگئی لاوروف و ولید المعلم، وزیران خارجه ایران، روسیه و سوریه، امروز جمعه 25 فروردین در مسکو نشستی سه‌جانبه برگزار کردند و حمله موشکی آمریکا به پایگاه هوایی الشعیرات در بامداد 18 فروردین را «تجاوز آشکار» خواندند. "
     "ظریف پیش از نشست سه‌جانبه، 40 دقیقه با لاوروف گفت‌وگوی دوجانبه داشت و سه وزیر خواستار تحقیقی بی‌طرفانه درباره حادثه شیمیایی 4 آوریل در خان شیخون شدند. "
     "ریکس تیلرسون، وزیر خارجه آمریکا، روز چهارشنبه در مسکو با پوتین و لاوروف دیدار کرده بود. "
     "دور بعدی مذاکرات آستانه با حضور هیئت‌های ایران، روسیه و ترکیه قرار است 3 و 4 مه برگزار شود."),
     dates=[("امروز جمعه 25 فروردین", "2017-04-14", "j"), ("بامداد 18 فروردین", "2017-04-07", "j"), ("4 آوریل", "2017-04-04", "g"),
            ("روز چهارشنبه", "2017-04-12", "r"), ("3", "2017-05-03", "g"), ("4 مه", "2017-05-04", "g")],
     contacts=[C(LAV, ZAR, "meet", "2017-04-14"), C(RU, IR, "meet", "2017-05-03/2017-05-04", True)]),
dict(id="P18", pub="2017-12-12", text=(
     "عصر ایران- لوان جاگاریان، سفیر روسیه در تهران، صبح امروز در ساختمان شهرداری با محمدعلی نجفی، شهردار تهران، دیدار کرد و دعوت‌نامه سرگئی سوبیانین، شهردار مسکو، برای شرکت در مجمع شهری مسکو را به وی تسلیم کرد. "
     "نجفی این دعوت را پذیرفت و گفت در این مجمع که اواخر خرداد سال آینده برگزار می‌شود، با سوبیانین درباره همکاری در حوزه مترو و مدیریت پسماند گفت‌وگو خواهد کرد. "
     "شهردار تهران افزود شرکت‌های روس می‌توانند در تکمیل خط ۱۰ مترو که باید تا سال ۱۴۰۰ به بهره‌برداری برسد، مشارکت کنند."),
     dates=[("صبح امروز", "2017-12-12", "r"), ("اواخر خرداد سال آینده", "2018-06-11/2018-06-21", "j"), ("تا سال ۱۴۰۰", None, "ignore")],
     contacts=[C(DZH, NAJ, "meet", "2017-12-12"), C(SOB, NAJ, "message", "2017-12-12"), C(SOB, NAJ, "meet", "2018-06-11/2018-06-21")]),
dict(id="P19", pub="2018-05-24", text=(
     "شمخانی در سوچی: خروج آمریکا از برجام اعتماد جهانی به واشنگتن را از بین برد\n"
     "پنجشنبه / ۳ خرداد ۱۳۹۷ / ۲۲:۴۰\n"
     "کد خبر: 97030301873\n"
     "سوچی- ایسنا- علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در نهمین نشست بین‌المللی مقام‌های عالی امنیتی به سوچی سفر کرده است، عصر امروز در حاشیه این نشست با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و گفت‌وگو کرد.\n"
     "شمخانی در این دیدار با اشاره به خروج آمریکا از برجام در ۱۸ اردیبهشت گفت: «واشنگتن نشان داد به هیچ توافقی پایبند نیست و اروپا باید تضمین‌های عملی ارائه کند.»\n"
     "پاتروشف نیز گفت مسکو به تعهدات خود در برجام پایبند می‌ماند و همکاری امنیتی دو کشور در سوریه ادامه خواهد یافت.\n"
     "دبیر شورای عالی امنیت ملی فردا جمعه با همتایان چینی و هندی خود نیز دیدار خواهد کرد.\n"
     "پیش از این، محمدجواد ظریف ۲۴ اردیبهشت در سفر به مسکو با سرگئی لاوروف گفت‌وگو کرده بود و موافقت‌نامه موقت تجارت آزاد ایران و اتحادیه اقتصادی اوراسیا نیز پنجشنبه گذشته، ۲۷ اردیبهشت، در آستانه به امضا رسید.\n"
     "شمخانی و پاتروشف آخرین بار آبان سال گذشته در تهران دیدار کرده بودند.\n"
     "انتهای پیام\n"
     "برچسب‌ها: علی شمخانی، نیکلای پاتروشف، برجام، سوچی"),
     dates=[("پنجشنبه / ۳ خرداد ۱۳۹۷", "2018-05-24", "j"), ("عصر امروز", "2018-05-24", "r"), ("۱۸ اردیبهشت", "2018-05-08", "j"),
            ("فردا جمعه", "2018-05-25", "r"), ("۲۴ اردیبهشت", "2018-05-14", "j"),
            ("پنجشنبه گذشته، ۲۷ اردیبهشت", "2018-05-17", "j"), ("آبان سال گذشته", "2017-10-23/2017-11-21", "j")],
     contacts=[C(PAT, SHAM, "meet", "2018-05-24"), C(LAV, ZAR, "meet", "2018-05-14"),
               C(["Eurasian Economic Union", "EAEU", RU], IR, "agreement", "2018-05-17", True),
               C(PAT, SHAM, "meet", "2017-10-23/2017-11-21")]),
dict(id="P20", pub="2018-07-17", text=(
     "رادیو فردا- دونالد ترامپ و ولادیمیر پوتین روز دوشنبه در هلسینکی، پایتخت فنلاند، حدود دو ساعت تنها با حضور مترجمان گفت‌وگو کردند؛ این نشست پس از فینال جام جهانی ۲۰۱۸ برگزار شد که یکشنبه شب در مسکو با پیروزی ۴ بر ۲ فرانسه مقابل کرواسی به پایان رسید. "
     "پوتین در نشست خبری پس از دیدار گفت به ترامپ گفته است خروج آمریکا از برجام «اشتباه» بود و تحریم‌های نفتی ایران که از ۱۳ آبان (۴ نوامبر) اجرا می‌شود، بازار جهانی را بی‌ثبات می‌کند. "
     "بنیامین نتانیاهو، نخست‌وزیر اسرائیل، نیز ۲۰ تیر در مسکو با پوتین درباره حضور نظامی ایران در سوریه دیدار کرده بود. "
     "بهرام قاسمی، سخنگوی وزارت خارجه ایران، امروز گفت تهران نگران «معامله بر سر ایران» نیست."),
     dates=[("روز دوشنبه", "2018-07-16", "r"), ("جام جهانی ۲۰۱۸", None, "ignore"), ("یکشنبه شب", "2018-07-15", "r"),
            ("۱۳ آبان", "2018-11-04", "j"), ("۴ نوامبر", "2018-11-04", "g"), ("۲۰ تیر", "2018-07-11", "j"), ("امروز", "2018-07-17", "r")],
     contacts=[]),
# ---------------- P21–P30 ----------------
dict(id="P21", pub="2018-09-23", text=(
     "اعتماد آنلاین- ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی به حسن روحانی حمله تروریستی ۳۱ شهریور به رژه نیروهای مسلح در اهواز را محکوم کرد و آمادگی مسکو برای همکاری در مبارزه با تروریسم را اعلام داشت. "
     "در این حمله که صبح روز شنبه در بلوار قدس اهواز رخ داد، ۲۵ نفر جان باختند و دست‌کم ۶۰ نفر زخمی شدند. "
     "سرگئی لاوروف نیز شامگاه دیروز در تماس تلفنی با محمدجواد ظریف همدردی دولت روسیه را ابلاغ کرد. "
     "روحانی و پوتین ۱۶ شهریور در نشست سه‌جانبه تهران، که با حضور رجب طیب اردوغان برگزار شد، دیدار کرده بودند."),
     dates=[("۳۱ شهریور", "2018-09-22", "j"), ("صبح روز شنبه", "2018-09-22", "r"), ("شامگاه دیروز", "2018-09-22", "r"),
            ("۱۶ شهریور", "2018-09-07", "j")],
     contacts=[C(PUT, ROU, "message", "pub"), C(LAV, ZAR, "phone_call", "2018-09-22"), C(PUT, ROU, "meet", "2018-09-07")]),
dict(id="P22", pub="2019-04-16", text=(
     "اصفهان- ایرنا- رستم مینیخانوف، رئیس‌جمهور تاتارستان، که دیروز دوشنبه در رأس هیئتی ٦٠ نفره وارد اصفهان شد، صبح امروز با عباس رضایی، استاندار اصفهان، دیدار کرد و دو طرف یادداشت تفاهم همکاری در حوزه‌های صنعت، گردشگری و آموزش عالی امضا کردند. "
     "بر اساس این تفاهم‌نامه، پرواز مستقیم کازان-اصفهان از ١٥ خرداد هفته‌ای دو بار برقرار می‌شود. "
     "مینیخانوف پیش از این، ٢٥ فروردین، در تهران با محمدجواد ظریف نیز دیدار کرده بود. "
     "این دومین سفر رئیس تاتارستان به ایران از سال ٢٠١٥ است."),
     dates=[("دیروز دوشنبه", "2019-04-15", "r"), ("صبح امروز", "2019-04-16", "r"), ("١٥ خرداد", "2019-06-05", "j"),
            ("٢٥ فروردین", "2019-04-14", "j"), ("سال ٢٠١٥", "2015", "g")],
     contacts=[C(MIN, REZ, "meet", "2019-04-15", True), C(MIN, REZ, "meet", "2019-04-16"), C(MIN, REZ, "agreement", "2019-04-16"),
               C(MIN, ZAR, "meet", "2019-04-14")]),
dict(id="P23", pub="2019-05-29", text=(
     "کابل (پژواک، هشتم جوزا ۱۳۹۸): هیئت طالبان به رهبری ملا عبدالغنی برادر دیروز در مسکو با شماری از سیاستمداران افغان، از جمله محمد حنیف اتمر و عطا محمد نور، دیدار کرد. "
     "این نشست به مناسبت صدمین سالروز برقراری روابط دیپلوماتیک افغانستان و روسیه برگزار می‌شود و تا روز پنجشنبه ادامه دارد. "
     "سرگئی لاوروف، وزیر خارجه روسیه، روز سه‌شنبه در آغاز نشست گفت مسکو از گفتگوهای بین‌الافغانی حمایت می‌کند. "
     "هیئت طالبان پیش از این در ماه جدی سال گذشته در تهران با سید عباس عراقچی، معاون وزیر خارجه ایران، گفتگو کرده بود."),
     dates=[("هشتم جوزا ۱۳۹۸", "2019-05-29", "j"), ("دیروز", "2019-05-28", "r"), ("روز پنجشنبه", "2019-05-30", "r"),
            ("روز سه‌شنبه", "2019-05-28", "r"), ("ماه جدی سال گذشته", "2018-12-22/2019-01-20", "j")],
     contacts=[]),
dict(id="P24", pub="2020-06-16", text=(
     "به گزارش خانه ملت، محمدباقر قالیباف، رئیس مجلس شورای اسلامی، عصر امروز سه‌شنبه در نخستین گفت‌وگوی ویدئویی خود با یک رئیس پارلمان خارجی، با ویاچسلاو ولودین، رئیس دومای دولتی روسیه، درباره همکاری‌های پارلمانی و مقابله با تحریم‌ها رایزنی کرد. "
     "ولودین ۹ خرداد، تنها یک روز پس از انتخاب قالیباف به ریاست مجلس، در پیامی این انتخاب را تبریک گفته بود. "
     "دو طرف توافق کردند نشست گروه دوستی پارلمانی دو کشور پس از پایان همه‌گیری کرونا در مسکو برگزار شود. "
     "مجتبی ذوالنور، رئیس کمیسیون امنیت ملی و سیاست خارجی، نیز هفته گذشته با لوان جاگاریان، سفیر روسیه در تهران، دیدار کرده بود."),
     dates=[("عصر امروز سه‌شنبه", "2020-06-16", "r"), ("۹ خرداد", "2020-05-29", "j"), ("یک روز پس از انتخاب قالیباف", None, "ignore"),
            ("هفته گذشته", "2020-06-06/2020-06-12", "r")],
     contacts=[C(VOL, GHA, "phone_call", "2020-06-16"), C(VOL, GHA, "message", "2020-05-29"), C(VOL, GHA, "meet", None, True),
               C(DZH, ZON, "meet", "2020-06-06/2020-06-12")]),
dict(id="P25", pub="2020-08-11", text=(
     "ایران اینترنشنال- ولادیمیر پوتین روز سه‌شنبه ۲۱ مرداد اعلام کرد روسیه نخستین واکسن کووید ۱۹ در جهان را با نام «اسپوتنیک وی» ثبت کرده و یکی از دخترانش نیز آن را دریافت کرده است. "
     "سازمان جهانی بهداشت گفت این واکسن هنوز مرحله سوم آزمایش بالینی را، که معمولاً ماه‌ها طول می‌کشد، پشت سر نگذاشته است. "
     "کیانوش جهانپور، سخنگوی وزارت بهداشت ایران، گفت تهران با یک شرکت چینی برای مشارکت در آزمایش بالینی واکسن به توافق رسیده و نخستین محموله ممکن است زمستان امسال وارد کشور شود. "
     "آمار رسمی جان‌باختگان کرونا در ایران با ۱۸۹ مورد در ۲۴ ساعت گذشته به ۱۸ هزار و ۸۰۰ نفر رسید."),
     dates=[("روز سه‌شنبه ۲۱ مرداد", "2020-08-11", "j"), ("زمستان امسال", "2020-12-21/2021-03-20", "r"),
            ("۲۴ ساعت گذشته", None, "ignore")],
     contacts=[]),
dict(id="P26", pub="2021-04-13", text=(
     "به گزارش خبرگزاری مهر، سرگئی لاوروف، وزیر امور خارجه روسیه، که شامگاه دوشنبه وارد تهران شده بود، امروز سه‌شنبه ۲۴ فروردین با محمدجواد ظریف دیدار و گفت‌وگو کرد و سپس در دیدار با حسن روحانی، پیام کتبی ولادیمیر پوتین را به رئیس‌جمهور تسلیم کرد. "
     "دو وزیر در نشست خبری مشترک، حمله روز یکشنبه به تأسیسات غنی‌سازی نطنز را «تروریسم هسته‌ای» خواندند. "
     "ظریف و لاوروف پیش‌تر ۷ بهمن در مسکو دیدار کرده بودند. "
     "دو طرف همچنین بر تمدید پیمان همکاری‌های دوجانبه که در سال ۲۰۰۱ میلادی به امضای ولادیمیر پوتین و محمد خاتمی رسید، تأکید کردند."),
     dates=[("شامگاه دوشنبه", "2021-04-12", "r"), ("امروز سه‌شنبه ۲۴ فروردین", "2021-04-13", "j"), ("روز یکشنبه", "2021-04-11", "r"),
            ("۷ بهمن", "2021-01-26", "j"), ("سال ۲۰۰۱ میلادی", "2001", "g")],
     contacts=[C([LAV], [IR], "meet", "2021-04-12", True), C(LAV, ZAR, "meet", "2021-04-13"), C(LAV, ROU, "meet", "2021-04-13"),
               C(PUT, ROU, "message", "2021-04-13"), C(LAV, ZAR, "meet", "2021-01-26"),
               C([PUT, RU], [KHAT, IR], "agreement", "2001"), C(PUT, KHAT, "meet", "2001", True)]),
dict(id="P27", pub="2021-08-05", text=(
     "به گزارش خبرگزاری فارس، آیت‌الله سید ابراهیم رئیسی امروز پنجشنبه ۱۴ مرداد ۱۴۰۰ در صحن علنی مجلس سوگند یاد کرد؛ ویاچسلاو ولودین، رئیس دومای دولتی روسیه، از جمله ۷۳ مقام خارجی حاضر در این مراسم بود و پس از آن با رئیس‌جمهور جدید دیدار کرد. "
     "ولودین شامگاه چهارشنبه نیز در بدو ورود به تهران با محمدباقر قالیباف گفت‌وگو کرده بود. "
     "ولادیمیر پوتین ۲۹ خرداد در پیامی پیروزی رئیسی در انتخابات را تبریک گفته و او را به سفر به مسکو دعوت کرده بود. "
     "مراسم تنفیذ حکم ریاست‌جمهوری رئیسی سه‌شنبه ۱۲ مرداد، مصادف با ۲۳ ذی‌الحجه ۱۴۴۲، برگزار شده بود."),
     dates=[("امروز پنجشنبه ۱۴ مرداد ۱۴۰۰", "2021-08-05", "j"), ("شامگاه چهارشنبه", "2021-08-04", "r"), ("۲۹ خرداد", "2021-06-19", "j"),
            ("سه‌شنبه ۱۲ مرداد", "2021-08-03", "j"), ("۲۳ ذی‌الحجه ۱۴۴۲", "2021-08-03", "h")],
     contacts=[C(VOL, RAI, "meet", "2021-08-05"), C(VOL, GHA, "meet", "2021-08-04"), C(PUT, RAI, "message", "2021-06-19"),
               C(PUT, RAI, "meet", None, True)]),
dict(id="P28", pub="2022-06-23", text=(
     "لاوروف در تهران: متن سند همکاری بلندمدت ایران و روسیه در مرحله نهایی است\n"
     "پنجشنبه ۰۲ تیر ۱۴۰۱ - ۱۳:۴۵\n"
     "کد خبر : ۱۲۵۴۸۷۳\n"
     "ایلنا- سرگئی لاوروف، وزیر امور خارجه روسیه، که عصر دیروز در رأس هیئتی وارد تهران شد، صبح امروز در محل وزارت امور خارجه با حسین امیرعبداللهیان دیدار و گفت‌وگو کرد.\n"
     "لاوروف شامگاه چهارشنبه، ساعاتی پس از ورود، با آیت‌الله سید ابراهیم رئیسی دیدار کرده و پیام شفاهی ولادیمیر پوتین را به او رسانده بود.\n"
     "دو وزیر در نشست خبری مشترک اعلام کردند متن سند همکاری بیست‌ساله در حال نهایی شدن است و مذاکرات احیای برجام باید هرچه زودتر از سر گرفته شود.\n"
     "امیرعبداللهیان گفت رئیسی و پوتین چهارشنبه آینده، ۸ تیر، در حاشیه ششمین اجلاس سران کشورهای ساحلی خزر در عشق‌آباد دیدار خواهند کرد.\n"
     "به گفته وی، شرکت ملی نفت ایران و گازپروم نیز ماه آینده یادداشت تفاهمی ۴۰ میلیارد دلاری برای توسعه میدان‌های گازی امضا می‌کنند.\n"
     "امیرعبداللهیان پیش از این، ۲۴ اسفند، در مسکو با لاوروف گفت‌وگو کرده بود و رئیسی نیز ۲۹ دی ۱۴۰۰ در سفری دوروزه به مسکو در کرملین با پوتین دیدار کرد.\n"
     "وزیر خارجه روسیه امروز عصر تهران را به مقصد عشق‌آباد ترک می‌کند.\n"
     "برچسب‌ها: سرگئی لاوروف، حسین امیرعبداللهیان، برجام، دریای خزر\n"
     "© ۱۴۰۱ خبرگزاری کار ایران (ایلنا)"),
     dates=[("پنجشنبه ۰۲ تیر ۱۴۰۱", "2022-06-23", "j"), ("عصر دیروز", "2022-06-22", "r"), ("صبح امروز", "2022-06-23", "r"),
            ("شامگاه چهارشنبه", "2022-06-22", "r"), ("ساعاتی پس از ورود", None, "ignore"), ("چهارشنبه آینده، ۸ تیر", "2022-06-29", "j"),
            ("ماه آینده", "2022-07-23/2022-08-22", "r"), ("۲۴ اسفند", "2022-03-15", "j"), ("۲۹ دی ۱۴۰۰", "2022-01-19", "j"),
            ("امروز عصر", "2022-06-23", "r"), ("© ۱۴۰۱", None, "ignore")],
     contacts=[C(LAV, AMI, "meet", "2022-06-23"), C(LAV, RAI, "meet", "2022-06-22"), C(PUT, RAI, "message", "2022-06-22"),
               C(PUT, RAI, "meet", "2022-06-29"), C(GAZ, NIOC, "agreement", "2022-07-23/2022-08-22"),
               C(LAV, AMI, "meet", "2022-03-15"), C(PUT, RAI, "meet", "2022-01-19")]),
dict(id="P29", pub="2022-11-09", text=(
     "به گزارش باشگاه خبرنگاران جوان، نیکلای پاتروشف، دبیر شورای امنیت روسیه، که بامداد امروز وارد تهران شد، در نشستی دوساعته با علی شمخانی، دبیر شورای عالی امنیت ملی، درباره تحولات اوکراین، قفقاز جنوبی و مذاکرات رفع تحریم‌ها گفت‌وگو کرد و قرار است عصر با آیت‌الله رئیسی نیز دیدار کند. "
     "شمخانی و پاتروشف آخرین بار ۳ خرداد در مسکو و در حاشیه نشست بین‌المللی مقام‌های امنیتی یکدیگر را دیده بودند. "
     "این سفر در حالی انجام می‌شود که کی‌یف و کشورهای غربی تهران را به ارسال پهپاد به روسیه متهم می‌کنند؛ حسین امیرعبداللهیان ۱۴ آبان گفته بود ایران چند ماه پیش از آغاز جنگ اوکراین شمار محدودی پهپاد در اختیار روسیه قرار داده است."),
     dates=[("بامداد امروز", "2022-11-09", "r"), ("۳ خرداد", "2022-05-24", "j"), ("۱۴ آبان", "2022-11-05", "j"),
            ("چند ماه پیش از آغاز جنگ اوکراین", None, "ignore")],
     contacts=[C(PAT, SHAM, "meet", "2022-11-09"), C(PAT, RAI, "meet", "2022-11-09"), C(PAT, SHAM, "meet", "2022-05-24")]),
dict(id="P30", pub="2022-10-18", text=(
     "ایندیپندنت فارسی- پهپادهای انتحاری روز دوشنبه در ساعات اولیه صبح چند نقطه از کی‌یف را هدف قرار دادند؛ مقام‌های اوکراینی می‌گویند این پهپادها از نوع «شاهد-۱۳۶» ساخت ایران بوده‌اند که روسیه آن‌ها را «گران-۲» می‌نامد. "
     "ناصر کنعانی، سخنگوی وزارت خارجه ایران، امروز سه‌شنبه در نشست خبری هفتگی خود گزارش‌ها درباره ارسال پهپاد به روسیه برای استفاده در جنگ اوکراین را «بی‌اساس» خواند. "
     "دیمیترو کولبا، وزیر خارجه اوکراین، گفته است پیشنهاد قطع روابط دیپلماتیک با تهران را به ولودیمیر زلنسکی ارائه می‌کند؛ کی‌یف ۱ مهر سطح روابط خود با ایران را کاهش داده بود. "
     "وزیران خارجه اتحادیه اروپا نیز قرار است پنجشنبه هفته آینده درباره تحریم‌های تازه علیه ایران تصمیم بگیرند."),
     dates=[("روز دوشنبه", "2022-10-17", "r"), ("امروز سه‌شنبه", "2022-10-18", "r"), ("۱ مهر", "2022-09-23", "j"),
            ("پنجشنبه هفته آینده", "2022-10-27", "r")],
     contacts=[]),
# ---------------- P31–P40 ----------------
dict(id="P31", pub="2023-01-29", text=(
     "اقتصادآنلاین- محمدرضا فرزین، رئیس کل بانک مرکزی، امروز یکشنبه ۹ بهمن در دیدار با هیئتی از بانک مرکزی روسیه به ریاست معاون اول این بانک، توافق‌نامه اتصال سامانه پیام‌رسان مالی «سپام» به سامانه روسی «اس‌پی‌اف‌اس» را امضا کرد. "
     "بر اساس این توافق، حدود ۷۰۰ بانک روس و ۱۰۶ بانک غیرروس عضو این سامانه می‌توانند با ۵۲ بانک ایرانی پیام مالی مبادله کنند. "
     "فرزین پیش‌تر، ۲۲ دی، در یک تماس ویدئویی با الویرا نابیولینا، رئیس بانک مرکزی روسیه، درباره تجارت با ارزهای ملی گفت‌وگو کرده بود. "
     "اتصال کارت‌های بانکی «میر» و «شتاب» نیز قرار است از نیمه دوم اسفند عملیاتی شود."),
     dates=[("امروز یکشنبه ۹ بهمن", "2023-01-29", "j"), ("۲۲ دی", "2023-01-12", "j"), ("نیمه دوم اسفند", "2023-03-07/2023-03-20", "j")],
     contacts=[C(NAB, FAR, "meet", "2023-01-29"), C(NAB, FAR, "agreement", "2023-01-29"), C(NAB, FAR, "phone_call", "2023-01-12")]),
dict(id="P32", pub="2023-10-09", text=(
     "هشت صبح: شمار قربانیان زمین‌لرزه‌های روز شنبه ۱۵ میزان در ولایت هرات به بیش از دو هزار تن رسیده است؛ نخستین زمین‌لرزه با بزرگی ۶.۳ ریشتر ساعت ۱۱ و ۱۱ دقیقه پیش از چاشت رخ داد. "
     "جمعیت هلال احمر ایران دیروز نخستین محموله کمک‌ها را از راه مرز دوغارون به هرات فرستاد و وزارت حالات اضطرار روسیه نیز گفته است دو هواپیمای کمک‌رسان آن تا روز چهارشنبه در کابل فرود می‌آیند. "
     "به گفته اداره ملی مبارزه با حوادث، میزان خسارت در ولسوالی زنده‌جان بیش از همه است و زخمیان به شفاخانه حوزوی هرات منتقل شده‌اند. "
     "این مرگبارترین زمین‌لرزه افغانستان پس از زلزله ۱ سرطان ۱۴۰۱ در پکتیکا است."),
     dates=[("روز شنبه ۱۵ میزان", "2023-10-07", "j"), ("دیروز", "2023-10-08", "r"), ("روز چهارشنبه", "2023-10-11", "r"),
            ("۱ سرطان ۱۴۰۱", "2022-06-22", "j")],
     contacts=[]),
dict(id="P33", pub="2024-05-20", text=(
     "تابناک- ولادیمیر پوتین امروز دوشنبه در پیامی به آیت‌الله خامنه‌ای، درگذشت آیت‌الله سید ابراهیم رئیسی و همراهانش را تسلیت گفت و رئیسی را «دوست واقعی روسیه» خواند. "
     "رئیس‌جمهور روسیه ساعاتی بعد در تماس تلفنی با محمد مخبر، سرپرست ریاست‌جمهوری، نیز همدردی کرد؛ بالگرد حامل رئیسی و حسین امیرعبداللهیان عصر یکشنبه ۳۰ اردیبهشت در منطقه کوهستانی ورزقان سقوط کرده بود. "
     "کرملین اعلام کرد ویاچسلاو ولودین، رئیس دومای دولتی، روز چهارشنبه در مراسم تشییع پیکر رئیس‌جمهور در تهران شرکت خواهد کرد. "
     "رئیسی آخرین بار ۱۶ آذر ۱۴۰۲ در کرملین با پوتین دیدار کرده بود."),
     dates=[("امروز دوشنبه", "2024-05-20", "r"), ("ساعاتی بعد", None, "ignore"), ("عصر یکشنبه ۳۰ اردیبهشت", "2024-05-19", "j"),
            ("روز چهارشنبه", "2024-05-22", "r"), ("۱۶ آذر ۱۴۰۲", "2023-12-07", "j")],
     contacts=[C(PUT, KHA, "message", "2024-05-20"), C(PUT, MOKH, "phone_call", "2024-05-20"), C(VOL, IR, "meet", "2024-05-22", True),
               C(PUT, RAI, "meet", "2023-12-07")]),
dict(id="P34", pub="2024-09-10", text=(
     "ایمنا- ایلسور متشین، شهردار کازان، و علی قاسم‌زاده، شهردار اصفهان، روز دوشنبه ۱۴۰۳/۰۶/۱۹ در کازان دیدار و تفاهم‌نامه خواهرخواندگی دو شهر را امضا کردند. "
     "قاسم‌زاده در رأس هیئتی ۱۲ نفره از شورای شهر و شهرداری اصفهان برای شرکت در نمایشگاه بین‌المللی «شهر آینده» به تاتارستان سفر کرده است. "
     "شهردار کازان نیز دعوت همتای ایرانی خود را پذیرفت تا هفته سوم مهر برای افتتاح «هفته فرهنگی کازان» به اصفهان سفر کند. "
     "اصفهان و کازان نخستین بار فروردین ۱۳۹۸ یادداشت تفاهم همکاری‌های فرهنگی امضا کرده بودند."),
     dates=[("روز دوشنبه ۱۴۰۳/۰۶/۱۹", "2024-09-09", "j"), ("هفته سوم مهر", "2024-10-06/2024-10-12", "j"),
            ("فروردین ۱۳۹۸", "2019-03-21/2019-04-20", "j")],
     contacts=[C(MET, QAS, "meet", "2024-09-09"), C(MET, QAS, "agreement", "2024-09-09"), C(MET, QAS, "meet", "2024-10-06/2024-10-12"),
               C(["Kazan", "Tatarstan", RU], ["Isfahan", "Isfahan Municipality", IR], "agreement", "2019-03-21/2019-04-20")]),
dict(id="P35", pub="2024-12-08", text=(
     "به گزارش خبرگزاری تسنیم، سید عباس عراقچی، سرگئی لاوروف و هاکان فیدان، وزیران خارجه ایران، روسیه و ترکیه، شامگاه شنبه در حاشیه مجمع دوحه در نشستی در قالب روند آستانه درباره تحولات شتابان سوریه گفت‌وگو کردند. "
     "عراقچی پیش از این نشست، به طور جداگانه با لاوروف نیز دیدار کرده بود. "
     "تحولات سوریه از ٢٧ نوامبر (٧ آذر) با حمله گروه‌های مسلح به حومه حلب شتاب گرفت و صبح امروز یکشنبه با ورود آن‌ها به دمشق به اوج رسید. "
     "وزیر خارجه کشورمان فردا دوشنبه به تهران بازمی‌گردد."),
     dates=[("شامگاه شنبه", "2024-12-07", "r"), ("٢٧ نوامبر", "2024-11-27", "g"), ("٧ آذر", "2024-11-27", "j"),
            ("صبح امروز یکشنبه", "2024-12-08", "r"), ("فردا دوشنبه", "2024-12-09", "r")],
     contacts=[C(LAV, ARA, "meet", "2024-12-07")]),
dict(id="P36", pub="2025-07-20", text=(
     "کیهان- علی لاریجانی، مشاور رهبر معظم انقلاب، امروز یکشنبه در کاخ کرملین با ولادیمیر پوتین دیدار کرد و پیام‌های شفاهی حضرت آیت‌الله خامنه‌ای و مسعود پزشکیان را درباره تحولات منطقه و برنامه هسته‌ای کشورمان به رئیس‌جمهور روسیه منتقل کرد. "
     "دیمیتری پسکوف، سخنگوی کرملین، گفت این دیدار از پیش اعلام نشده بود و نزدیک به یک ماه پس از پایان جنگ ۱۲ روزه انجام شد. "
     "سید عباس عراقچی نیز ۲ تیر در سفر به مسکو با پوتین دیدار کرده بود. "
     "معاهده مشارکت راهبردی جامع دو کشور ۲۸ دی ۱۴۰۳ در کرملین به امضای پوتین و پزشکیان رسیده است."),
     dates=[("امروز یکشنبه", "2025-07-20", "r"), ("نزدیک به یک ماه پس از پایان جنگ ۱۲ روزه", None, "ignore"), ("۲ تیر", "2025-06-23", "j"),
            ("۲۸ دی ۱۴۰۳", "2025-01-17", "j")],
     contacts=[C(PUT, LAR, "meet", "2025-07-20"), C(PUT, KHA, "message", "2025-07-20"), C(PUT, PEZ, "message", "2025-07-20"),
               C(PUT, ARA, "meet", "2025-06-23"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"),
               C(PUT, PEZ, "meet", "2025-01-17", True)]),
dict(id="P37", pub="2025-09-26", text=(
     "قرارداد ۲۵ میلیارد دلاری ساخت چهار واحد نیروگاه اتمی در سیریک امضا شد\n"
     "جمعه ۴ مهر ۱۴۰۴ | ۴ ربیع‌الثانی ۱۴۴۷ | ۲۶ سپتامبر ۲۰۲۵\n"
     "کد خبر: 85946210\n"
     "مسکو- ایرنا- قرارداد ساخت چهار واحد نیروگاه اتمی «هرمز» در منطقه سیریک استان هرمزگان امروز جمعه در حاشیه «هفته جهانی اتم» میان شرکت ایران هرمز و شرکت دولتی روس‌اتم به امضا رسید.\n"
     "محمد اسلامی، رئیس سازمان انرژی اتمی، و الکسی لیخاچف، مدیرعامل روس‌اتم، در مراسم امضای این قرارداد حضور داشتند.\n"
     "ظرفیت هر یک از واحدهای این نیروگاه که با فناوری روسی VVER-1200 ساخته می‌شود، ۱۲۵۰ مگاوات است و کل طرح ۵۰۰۰ مگاوات برق به شبکه سراسری اضافه می‌کند.\n"
     "اسلامی روز چهارشنبه نیز در دیدار با لیخاچف، یادداشت تفاهم همکاری در ساخت نیروگاه‌های کوچک مدولار را امضا کرده بود.\n"
     "به گفته رئیس سازمان انرژی اتمی، عملیات اجرایی طرح از نیمه اول سال ۱۴۰۵ آغاز می‌شود و ساخت هر واحد حدود ۸ سال به طول می‌انجامد.\n"
     "قرارداد ساخت واحدهای دوم و سوم نیروگاه بوشهر ۲۰ آبان ۱۳۹۳ در مسکو میان دو کشور امضا شده بود و عملیات اجرایی آن از مهرماه ۱۳۹۵ آغاز شد.\n"
     "آخرین دیدار اسلامی و لیخاچف پیش از این سفر، ۱۶ خرداد (۶ ژوئن) در حاشیه همایشی در سن‌پترزبورگ انجام شده بود.\n"
     "انتهای پیام\n"
     "برچسب‌ها: انرژی اتمی، روس‌اتم، سیریک، نیروگاه بوشهر"),
     dates=[("جمعه ۴ مهر ۱۴۰۴", "2025-09-26", "j"), ("۴ ربیع‌الثانی ۱۴۴۷", "2025-09-26", "h"), ("۲۶ سپتامبر ۲۰۲۵", "2025-09-26", "g"),
            ("امروز جمعه", "2025-09-26", "r"), ("روز چهارشنبه", "2025-09-24", "r"),
            ("نیمه اول سال ۱۴۰۵", "2026-03-21/2026-09-22", "j"), ("۲۰ آبان ۱۳۹۳", "2014-11-11", "j"),
            ("مهرماه ۱۳۹۵", "2016-09-22/2016-10-21", "j"), ("۱۶ خرداد", "2025-06-06", "j"), ("۶ ژوئن", "2025-06-06", "g")],
     contacts=[C(LIK, IHZ, "agreement", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-26", True),
               C(LIK, ESL, "meet", "2025-09-24"), C(LIK, ESL, "agreement", "2025-09-24"),
               C(KIR, SALA, "agreement", "2014-11-11"), C(LIK, ESL, "meet", "2025-06-06")]),
dict(id="P38", pub="2025-05-17", text=(
     "اکوایران- قیمت دلار در بازار آزاد تهران امروز شنبه 27 اردیبهشت با 1.8 درصد افت به 82 هزار و 400 تومان رسید و سکه امامی در معاملات ساعت 11 صبح 71 میلیون تومان دست به دست شد. "
     "فعالان بازار این افت را به خوش‌بینی نسبت به دور پنجم مذاکرات ایران و آمریکا نسبت می‌دهند؛ دور چهارم یکشنبه 21 اردیبهشت در مسقط برگزار شده بود. "
     "قیمت نفت برنت نیز پس از نخستین مذاکرات مستقیم روسیه و اوکراین در سه سال گذشته، که جمعه در استانبول برگزار شد، به 65 دلار رسید. "
     "شاخص کل بورس تهران هم با 41 هزار واحد افزایش به 2 میلیون و 960 هزار واحد رسید."),
     dates=[("امروز شنبه 27 اردیبهشت", "2025-05-17", "j"), ("یکشنبه 21 اردیبهشت", "2025-05-11", "j"), ("سه سال گذشته", None, "ignore"),
            ("جمعه", "2025-05-16", "r")],
     contacts=[]),
dict(id="P39", pub="2026-01-14", text=(
     "به گزارش خبرگزاری صدا و سیما، با تداوم آلودگی هوای تهران، ادارات و مدارس استان فردا پنجشنبه ۲۵ دی تعطیل است و طرح ترافیک از ساعت ۷ تا ۱۸:۳۰ اجرا نمی‌شود. "
     "شاخص کیفیت هوا صبح امروز در ایستگاه سنجش خیابان ۱۵ خرداد به ۱۸۷ رسید و سازمان حفاظت محیط زیست ایران از شهروندان خواست تا روز جمعه از تردد غیرضروری خودداری کنند. "
     "جمعه ۲۶ دی، مصادف با ۲۷ رجب و عید مبعث، تعطیل رسمی است و هواشناسی ورود سامانه بارشی را از روز شنبه پیش‌بینی کرده است. "
     "ستاد برگزاری راهپیمایی ۲۲ بهمن نیز مسیرهای راهپیمایی را هفته آینده اعلام می‌کند."),
     dates=[("فردا پنجشنبه ۲۵ دی", "2026-01-15", "j"), ("صبح امروز", "2026-01-14", "r"), ("خیابان ۱۵ خرداد", None, "ignore"),
            ("روز جمعه", "2026-01-16", "r"), ("جمعه ۲۶ دی", "2026-01-16", "j"), ("۲۷ رجب", "2026-01-16", "h"), ("عید مبعث", None, "ignore"),
            ("روز شنبه", "2026-01-17", "r"), ("۲۲ بهمن", "2026-02-11", "j"), ("هفته آینده", "2026-01-17/2026-01-23", "r")],
     contacts=[]),
dict(id="P40", pub="2026-02-24", text=(
     "روزنامه شرق- سید عباس عراقچی، وزیر امور خارجه، دیروز دوشنبه در تماس تلفنی با سرگئی لاوروف درباره آخرین وضعیت پرونده هسته‌ای و همکاری‌های اقتصادی دو کشور گفت‌وگو کرد. "
     "دو وزیر توافق کردند نشست کمیسیون مشترک همکاری‌های اقتصادی که قرار بود ۱۵ بهمن در تهران برگزار شود، به نیمه دوم فروردین ۱۴۰۵ موکول شود. "
     "کاظم غریب‌آبادی، معاون حقوقی و بین‌المللی وزارت امور خارجه، و سرگئی ریابکوف، معاون وزیر خارجه روسیه، نیز سه‌شنبه آینده در مسکو رایزنی خواهند کرد. "
     "سفر ویاچسلاو ولودین به تهران که برای هفته آخر بهمن برنامه‌ریزی شده بود، به دلیل «مشکلات برنامه‌ای» لغو شد."),
     dates=[("دیروز دوشنبه", "2026-02-23", "r"), ("۱۵ بهمن", "2026-02-04", "j"), ("نیمه دوم فروردین ۱۴۰۵", "2026-04-05/2026-04-20", "j"),
            ("سه‌شنبه آینده", "2026-03-03", "r"), ("هفته آخر بهمن", "2026-02-13/2026-02-19", "j")],
     contacts=[C(LAV, ARA, "phone_call", "2026-02-23"), C([RU], [IR], "meet", "2026-04-05/2026-04-20", True),
               C(RYA, GHAR, "meet", "2026-03-03")]),
]
