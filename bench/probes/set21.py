# Held-out probe set 21: PERSIAN news about Russia–Iran contacts, 45 SNIPPETS of 1–4 sentences (S01–S45) and 8 WHOLE ARTICLES
# of 10–20 sentences (A01–A08) kept "as scraped" (headline, header date line(s), news code, dateline, body, background
# paragraphs recalling older dated contacts, boilerplate and related-news links with their own dates), hand-annotated.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py or the other set files except the first 140 lines
# of set16 and the comment headers of set19 and set20, and without running the tool.  New text in the style of IRNA (S01, S11,
# S18, S22, S25, S34, S38, S39, S45, A01), ISNA (S03, S17, S27, S37), Tasnim (S05, S13, S26, S35, S43, A02), Mehr (S02, S14,
# S36, A06), Fars (S06, S28), Entekhab (S07), Khabaronline (S08, S32, A04), Etemad (S09, S31), Shargh (S10, S29), Hamshahri
# (S12, S19, A03, three-calendar header), Donya-e-Eqtesad (S15, S20, A07), Jam-e Jam (S16), Press TV Persian (S23), Euronews
# Persian (S24, S41, A08, numeric D/M/Y header), Independent Persian (S30), BBC Persian (S42), Radio Farda (S04, S40) and four
# Afghan Dari items with Dari months (S21 and S44 Tolonews, S33 Bakhtar, A05 Pajhwok).  Publication dates 2012–2026.
# Kinds: meetings, sidelines of SCO/BRICS/Caspian/Astana/CICA/EAEU summits, visits (arrival, departure, planned), phone and
# video calls, congratulation/condolence messages, a message handed over by an envoy, MoUs, contracts, the 2025 treaty; planned,
# postponed, cancelled, denied and hoped-for contacts; actors from presidents to deputy ministers, energy/oil/roads/defence/
# agriculture ministers, central bankers, security secretaries, speakers, a committee head, ambassadors, governors (Astrakhan,
# Tatarstan, Gilan, Isfahan), Rosatom/AEOI, chambers of commerce and army chiefs.  S04, S12, S31 have no contact at all.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime and hijridate.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied contacts, give no row.
# Conventions: /work/shared/gold/README.md plus those of set16, set19 and set20 (and through them set13 and probe4–probe8), i.e.
#   اوایل = days 1–10 of the month, اواسط = days 11–20, اواخر = day 21 to month end; Persian هفته آینده / هفته گذشته = next /
#   previous Saturday–Friday week; Persian relative years/months (امسال, سال گذشته, سال آینده, ماه آینده, ماه گذشته) are Solar
#   Hijri intervals unless میلادی is written («سال آینده میلادی» = the next Gregorian year); «N روز پیش» = pub − N; «پریروز» =
#   pub − 2; «دیشب» = pub − 1; «روز چهارشنبه گذشته» = the last such weekday strictly before pub; «شنبه شب» = the evening OF
#   that Saturday.  A range «از X تا Y» is one mention, «از» inside; a start point «از ۱ دی‌ماه» keeps «از» outside; «۱۹ و ۲۰
#   بهمن» is two mentions (the bare first day, then day + month).  A weekday next to its date belongs to that date; a relative
#   word joined to a written date («عصر امروز جمعه ۲۲ شهریور», «فردا دوشنبه ۱۷ رمضان») is one mention in the calendar of the
#   written date; a relative word + weekday alone is r.  A header in two or three calendars is one mention per calendar, same
#   value, the weekday going with the first.  A trailing امسال / همان سال after a written date is inside the span.
#   «۱۴۰۲/۰۹/۱۵» = Y/M/D Solar Hijri (j).  A counted period «۹ ماه نخست ۲۰۱۷ میلادی» runs from 1 January (g), «هفت ماه نخست
#   امسال» from 1 Farvardin (r).  A season with a year word («پاییز امسال») = its three Solar Hijri months (j).  A year-less
#   date or month in a past sentence takes the latest such one on or before pub; otherwise the nearest.  A year-less Hijri month
#   («ماه صفر») = the nearest one, Umm al-Qura interval (h).  «نوروز» alone = 1 Farvardin of the nearest year (j).  Anaphoric
#   («همان روز», «این دو روز», «سال قبل»), vague and event-relative («یک روز پس از …», «چند روز پس از …», «کمتر از دو هفته»,
#   «در دو سال اخیر», «مدت مشابه سال گذشته») expressions, deadlines («تا پایان اردیبهشت», «تا پایان سال آینده»), holiday names
#   in the same clause as their own written date («عید سعید قربان روز سه‌شنبه ۲۳ شهریور», «ماه مبارک رمضان … پنجشنبه ۳۰
#   بهمن»), years inside event names («اجلاس بریکس ۲۰۲۴») and a copyright year are ignore lines.  Counts, durations, percentages,
#   money, clock times, news codes, resolution numbers («قطعنامه ۱۹۲۹»), phone numbers, «۱+۵», «کووید ۱۹», the agency مهر, the
#   city دوشنبه (Dushanbe) and the name بهمن get no line.  A relative word inside a linked headline is an ignore line; the link's
#   own date is a mention.  Dari months (حمل … حوت) are Solar Hijri (j); Dari «اکتوبر» is g.
#   Contacts (from the same headers): treaty signed by two presidents → required agreement row + optional meet row; envoy
#   handing over a leader's message → meet row (envoy–host) + message row (sender–host); joint commissions and multilateral
#   meetings with no bilateral stated → optional rows; a trilateral summit at which the two presidents sit together → required
#   meet row (a bilateral the same day is the same row); planned contacts with a stated day or interval → required, from an
#   anonymous source or as a mere hope/possibility → optional (None when undated); a POSTPONED contact → one row at its new date
#   (optional for a joint commission); CANCELLED and DENIED ones → no row; a video call → phone_call row; a minister present at
#   his president's meeting → required row for his pair, an aide present → optional; a named Russian official's visit with no
#   host named → required meet row with country-level host names; company–company contracts → required agreement rows; the
#   2007 S-300 contract → required country-level agreement row dated "2007"; a multilateral summit a president is due to attend
#   in the other country → optional; a congratulation «به مناسبت نوروز» with no date → message row "any"; a decree, a
#   ratification and an organisation's membership are not contacts.
# Decided here where nothing above says (set21):
#   «شب گذشته» = pub − 1 (like دیشب).  «شنبه هفته گذشته» = that weekday inside the previous Saturday–Friday week (r).  Dari «هفته
#   روان» = the current Saturday–Friday week (r); Dari «سال روان» = امسال (inside the span of a written date: «۱۲ سرطان سال روان»,
#   j); a trailing «سال گذشته» («۲۸ میزان سال گذشته») or «گذشته» («۱۲ مهر گذشته») after a written day + month is inside
#   the span (one j mention), like a trailing امسال.  A Persian numeric
#   date with the four-digit Gregorian year last («۱۱/۰۲/۲۰۲۶», Euronews) = D/M/Y (g).  «عید سعید فطر» alone = 1 Shawwal of the
#   nearest year (h).  An anniversary name with no written date of its own («چهارمین سالگرد …», «هشتادمین سالگرد …») is an ignore
#   line.
#   Contacts: a contact mentioned only as a time reference («پس از دیدار با حسن روحانی …», «پیش از دیدار رؤسای جمهور») is a
#   required row dated by its clause.  The ARRIVAL day of a bilateral visit whose stated meetings fall on other days is an optional
#   meet row with country-level host names (S05, S10, S36, S39, S43); arriving at a multilateral forum gives no row.  A lawsuit
#   against a Russian company is not a contact.  A greeting at the airport is an optional meet row.  A contact
#   stated ONLY in a linked headline is an optional row dated by the link's date (set19's rule for Persian; set20 made it
#   required for Arabic); a link repeating a body contact gives no row.  A multilateral agreement that both countries join
#   (JCPOA, the Geneva JPOA, the Lausanne framework, the Iran–EAEU interim FTA, a Moscow-format or trilateral communiqué) is an
#   optional agreement row.  A message handed over by an embassy to an office, with no envoy or host named: required message
#   row + optional meet row.  A promise to brief the other side later, undated: optional message row with date None.  A planned
#   meeting with a NAMED counterpart on the occasion of a joint commission is a required row (A07); the commission alone stays
#   optional.  An implied earlier contact («دومین گفت‌وگوی تلفنی … از آغاز سال ۲۰۲۳») is an optional row dated by the period.
PUT, ROU, KHA, RAI, PEZ = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
SHO, AHM, LAR, AHN = "Sergei Shoigu", "Ali Akbar Ahmadian", "Ali Larijani", "Mahmoud Ahmadinejad"
RU, IR = "Russia", "Iran"
SALEHI = ["Ali Akbar Salehi", IR]
SLH = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
MIN = ["Rustam Minnikhanov", "Tatarstan", "Republic of Tatarstan", RU]
ISF = ["Governor of Isfahan", "Isfahan Province", "Rasoul Zargarpour", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
ROG = ["Dmitry Rogozin", RU]
SHM = ["Sergei Shmatko", "Russian Ministry of Energy", RU]
DZH, BOR = ["Levan Dzhagaryan", RU], ["Alaeddin Boroujerdi", "Majlis", IR]
SLU = ["Leonid Slutsky", "State Duma", RU]
MAJ = ["National Security and Foreign Policy Committee", "Majlis", "Islamic Consultative Assembly", IR]
RYA, DEH = ["Sergei Ryabkov", RU], ["Hossein Dehghan", IR]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
CHI = ["Hamid Chitchian", "Ministry of Energy", IR]
ARD = ["Reza Ardakanian", "Ministry of Energy", IR]
TPE = ["Technopromexport", RU]
MAT = ["Valentina Matviyenko", "Federation Council", RU]
LARM = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
KAT = ["Sergei Katyrin", "Chamber of Commerce and Industry of the Russian Federation", RU]
SHAF = ["Gholamhossein Shafei", "Iran Chamber of Commerce", "ICCIMA", IR]
PAT, SHAM = ["Nikolai Patrushev", RU], ["Ali Shamkhani", IR]
KAB, JAB, KQ = ["Zamir Kabulov", RU], ["Hossein Jaberi Ansari", IR], ["Hassan Kazemi Qomi", IR]
MOR, BAG = ["Igor Morgulov", RU], ["Ali Bagheri Kani", IR]
DIE = ["Yevgeny Dietrich", "Russian Ministry of Transport", RU]
ESLR = ["Mohammad Eslami", "Ministry of Roads and Urban Development", IR]
JALA, ULY = ["Kazem Jalali", IR], ["Mikhail Ulyanov", RU]
MOKH = ["Mohammad Mokhber", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
GER, BAGH = ["Valery Gerasimov", RU], ["Mohammad Bagheri", IR]
DPAT = ["Dmitry Patrushev", "Russian Ministry of Agriculture", RU]
LEV = ["Sergei Levin", "Russian Ministry of Agriculture", RU]
SADA = ["Javad Sadatinejad", "Ministry of Agriculture Jihad", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
BAB = ["Igor Babushkin", "Astrakhan Oblast", RU]
HAG = ["Hadi Haghshenas", "Governor of Gilan", "Gilan Province", IR]
USH = ["Yuri Ushakov", RU]
ZAN = ["Bijan Zanganeh", "Ministry of Petroleum", IR]
ROSN, NIOC = ["Rosneft", "Igor Sechin", RU], ["National Iranian Oil Company", "NIOC", IR]
OWJ = ["Javad Owji", "Ministry of Petroleum", IR]
SHU = ["Nikolai Shulginov", "Russian Ministry of Energy", RU]
OVE = ["Alexei Overchuk", RU]
GAZ, NIGC = ["Gazprom", "Alexei Miller", RU], ["National Iranian Gas Company", "NIGC", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
HOR = ["Iran Hormoz", "Atomic Energy Organization of Iran", "AEOI", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- snippets ----------------
dict(id="S01", pub="2012-06-07", text=(
     "پکن- ایرنا- محمود احمدی‌نژاد، رئیس‌جمهور کشورمان، امروز پنجشنبه در حاشیه دوازدهمین نشست سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و درباره پرونده هسته‌ای ایران و تحولات سوریه گفت‌وگو کرد. "
     "احمدی‌نژاد دیروز نیز در بدو ورود به پکن با هو جین‌تائو، رئیس‌جمهور چین، دیدار کرده بود. "
     "این نخستین دیدار دو رئیس‌جمهور از زمان بازگشت پوتین به کرملین در ۱۸ اردیبهشت است و به گفته یک مقام ایرانی ۴۵ دقیقه به طول انجامید."),
     dates=[("امروز پنجشنبه", "2012-06-07", "r"), ("دیروز", "2012-06-06", "r"), ("۱۸ اردیبهشت", "2012-05-07", "j")],
     contacts=[C(PUT, AHN, "meet", "2012-06-07")]),
dict(id="S02", pub="2012-11-20", text=(
     "به گزارش خبرگزاری مهر، علی‌اکبر صالحی، وزیر امور خارجه، دیروز در تماس تلفنی با سرگئی لاوروف، همتای روس خود، درباره حملات رژیم صهیونیستی به نوار غزه و دور آینده مذاکرات ایران و گروه ۱+۵ رایزنی کرد. "
     "صالحی روز شنبه نیز در گفت‌وگویی تلفنی با احمد داوود اوغلو، وزیر خارجه ترکیه، خواستار توقف فوری حملات به غزه شده بود. "
     "لاوروف در این تماس گفت مسکو از برگزاری دور تازه مذاکرات در دسامبر حمایت می‌کند."),
     dates=[("دیروز", "2012-11-19", "r"), ("روز شنبه", "2012-11-17", "r"), ("دسامبر", "2012-12", "g")],
     contacts=[C(LAV, SALEHI, "phone_call", "2012-11-19")]),
dict(id="S03", pub="2013-09-13", text=(
     "بیشکک- ایسنا- حسن روحانی، رئیس‌جمهور، عصر امروز جمعه ۲۲ شهریور در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک با ولادیمیر پوتین دیدار کرد؛ این نخستین دیدار دو رئیس‌جمهور از زمان آغاز به کار دولت یازدهم است. "
     "پوتین ۲۶ خرداد در پیامی پیروزی روحانی در انتخابات ریاست‌جمهوری را تبریک گفته و او را به سفر به مسکو دعوت کرده بود. "
     "روحانی در این سفر با شی جین‌پینگ، رئیس‌جمهور چین، نیز گفت‌وگو کرد. "
     "پوتین در این دیدار گفت امیدوار است در اجلاس آینده سران کشورهای ساحلی خزر در تهران حضور یابد."),
     dates=[("عصر امروز جمعه ۲۲ شهریور", "2013-09-13", "j"), ("۲۶ خرداد", "2013-06-16", "j")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C(PUT, ROU, "message", "2013-06-16"),
               C([PUT, RU], [ROU, IR], "meet", None, True)]),
dict(id="S04", pub="2014-01-14", text=(
     "رادیو فردا: مرضیه افخم، سخنگوی وزارت امور خارجه ایران، امروز سه‌شنبه گزارش روزنامه روسی کومرسانت درباره نهایی شدن قرارداد «نفت در برابر کالا» به ارزش ۱۵ میلیارد دلار میان تهران و مسکو را «بی‌اساس» خواند و گفت سندی در این زمینه امضا نشده است. "
     "کومرسانت روز جمعه به نقل از منابع آگاه نوشته بود بر اساس این قرارداد، روسیه روزانه ۵۰۰ هزار بشکه نفت ایران را در ازای تجهیزات و کالاهای روسی خریداری خواهد کرد. "
     "خانم افخم افزود روابط ایران و روسیه «در بهترین سطح تاریخی خود» قرار دارد."),
     dates=[("امروز سه‌شنبه", "2014-01-14", "r"), ("روز جمعه", "2014-01-10", "r")],
     contacts=[]),
dict(id="S05", pub="2014-07-13", text=(
     "به گزارش تسنیم، رستم مینیخانوف، رئیس جمهوری تاتارستان روسیه، که از روز جمعه در رأس هیئتی ۶۰ نفره از فعالان اقتصادی در تهران به سر می‌برد، شامگاه دیروز در ضیافت افطاری که وزارت امور خارجه به افتخار او برپا کرده بود با محمدجواد ظریف دیدار و گفت‌وگو کرد. "
     "مینیخانوف قرار است فردا دوشنبه ۱۷ رمضان به اصفهان برود و یادداشت تفاهم همکاری‌های صنعتی و گردشگری را با استاندار اصفهان امضا کند."),
     dates=[("روز جمعه", "2014-07-11", "r"), ("شامگاه دیروز", "2014-07-12", "r"), ("فردا دوشنبه ۱۷ رمضان", "2014-07-14", "h")],
     contacts=[C(MIN, ZAR, "meet", "2014-07-12"), C(MIN, ISF, "agreement", "2014-07-14"),
               C(MIN, ISF, "meet", "2014-07-14", True), C(MIN, IR, "meet", "2014-07-11", True)]),
dict(id="S06", pub="2014-11-12", text=(
     "به گزارش خبرگزاری فارس، قرارداد ساخت دو واحد جدید نیروگاه اتمی بوشهر دیروز سه‌شنبه ۲۰ آبان در مسکو به امضای علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کریینکو، مدیرکل شرکت دولتی روس‌اتم، رسید. "
     "صالحی پس از مراسم امضا با دیمیتری راگوزین، معاون نخست‌وزیر روسیه، دیدار کرد. "
     "بر اساس این قرارداد، روسیه در مجموع هشت رآکتور ۱۰۰۰ مگاواتی در ایران خواهد ساخت. "
     "واحد نخست نیروگاه بوشهر ۲۱ شهریور ۱۳۹۰ با حضور سرگئی شماتکو، وزیر انرژی وقت روسیه، رسماً افتتاح شده بود."),
     dates=[("دیروز سه‌شنبه ۲۰ آبان", "2014-11-11", "j"), ("۲۱ شهریور ۱۳۹۰", "2011-09-12", "j")],
     contacts=[C(KIR, SLH, "agreement", "2014-11-11"), C(KIR, SLH, "meet", "2014-11-11", True), C(ROG, SLH, "meet", "2014-11-11"),
               C(SHM, IR, "meet", "2011-09-12")]),
dict(id="S07", pub="2015-07-14", text=(
     "انتخاب: محمدجواد ظریف و وزیران خارجه کشورهای گروه ۱+۵ امروز سه‌شنبه ۲۳ تیر در وین پس از ۱۸ روز مذاکره فشرده، متن «برنامه جامع اقدام مشترک» را نهایی کردند. "
     "ظریف شب گذشته در حاشیه این مذاکرات جداگانه با سرگئی لاوروف دیدار کرده بود. "
     "بر اساس این توافق، تحریم‌های قطعنامه‌های ۱۷۳۷، ۱۷۴۷، ۱۸۰۳ و ۱۹۲۹ شورای امنیت لغو خواهد شد."),
     dates=[("امروز سه‌شنبه ۲۳ تیر", "2015-07-14", "j"), ("شب گذشته", "2015-07-13", "r")],
     contacts=[C(LAV, ZAR, "meet", "2015-07-13"), C([LAV, RU], [ZAR, IR], "meet", "2015-07-14", True),
               C([LAV, RU], [ZAR, IR], "agreement", "2015-07-14", True)]),
dict(id="S08", pub="2015-10-12", text=(
     "خبرآنلاین: لوان جاگاریان، سفیر روسیه در تهران، روز گذشته با علاءالدین بروجردی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، دیدار و درباره عملیات هوایی روسیه در سوریه گفت‌وگو کرد. "
     "بروجردی در این دیدار از آغاز حملات هوایی روسیه علیه مواضع داعش در ۳۰ سپتامبر (۸ مهر) حمایت کرد و گفت: «ایران و روسیه در مبارزه با تروریسم در یک جبهه قرار دارند.» "
     "به گفته او، هیئتی از کمیسیون امنیت ملی قرار است اواخر آبان به مسکو سفر کند و با لئونید اسلوتسکی، رئیس کمیته امور کشورهای مستقل مشترک‌المنافع دومای دولتی، دیدار کند."),
     dates=[("روز گذشته", "2015-10-11", "r"), ("۳۰ سپتامبر", "2015-09-30", "g"), ("۸ مهر", "2015-09-30", "j"),
            ("اواخر آبان", "2015-11-12/2015-11-21", "j")],
     contacts=[C(DZH, BOR, "meet", "2015-10-11"), C(SLU, MAJ, "meet", "2015-11-12/2015-11-21")]),
dict(id="S09", pub="2014-05-15", text=(
     "اعتماد: عباس عراقچی، معاون وزیر امور خارجه، دیروز در حاشیه چهارمین دور مذاکرات ایران و گروه ۱+۵ در وین جداگانه با سرگئی ریابکوف، معاون وزیر خارجه روسیه، و وندی شرمن، معاون وزیر خارجه آمریکا، دیدار کرد. "
     "این دور از مذاکرات که از سه‌شنبه آغاز شده بود، امروز بدون نتیجه نهایی به پایان رسید. "
     "به گفته عراقچی، دور پنجم مذاکرات از ۲۶ تا ۳۰ خرداد در وین برگزار می‌شود."),
     dates=[("دیروز", "2014-05-14", "r"), ("سه‌شنبه", "2014-05-13", "r"), ("امروز", "2014-05-15", "r"),
            ("از ۲۶ تا ۳۰ خرداد", "2014-06-16/2014-06-20", "j")],
     contacts=[C(RYA, ARA, "meet", "2014-05-14"), C(RU, [ARA, IR], "meet", "2014-05-13/2014-05-15", True),
               C(RU, [ARA, IR], "meet", "2014-06-16/2014-06-20", True)]),
dict(id="S10", pub="2016-02-16", text=(
     "شرق: سرتیپ حسین دهقان، وزیر دفاع، که دیروز در رأس هیئتی نظامی وارد مسکو شد، امروز با سرگئی شویگو، همتای روس خود، دیدار کرد و دو طرف درباره تکمیل تحویل سامانه پدافندی اس-۳۰۰ و خرید جنگنده‌های سوخو-۳۰ گفت‌وگو کردند. "
     "قرارداد ۸۰۰ میلیون دلاری اس-۳۰۰ در سال ۲۰۰۷ امضا شده بود اما مسکو در سال ۲۰۱۰ با استناد به قطعنامه ۱۹۲۹ اجرای آن را متوقف کرد. "
     "دهقان قرار است فردا با دیمیتری راگوزین، معاون نخست‌وزیر روسیه، نیز دیدار کند."),
     dates=[("دیروز", "2016-02-15", "r"), ("امروز", "2016-02-16", "r"), ("سال ۲۰۰۷", "2007", "g"), ("سال ۲۰۱۰", "2010", "g"),
            ("فردا", "2016-02-17", "r")],
     contacts=[C(SHO, DEH, "meet", "2016-02-16"), C(RU, IR, "agreement", "2007"), C(ROG, DEH, "meet", "2016-02-17"),
               C(RU, DEH, "meet", "2016-02-15", True)]),
dict(id="S11", pub="2016-06-07", text=(
     "تهران- ایرنا- حمید چیت‌چیان، وزیر نیرو و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، گفت سیزدهمین نشست این کمیسیون هفته آینده در تهران برگزار می‌شود. "
     "چیت‌چیان که پریروز در تماسی تلفنی با الکساندر نواک، وزیر انرژی روسیه، درباره دستور کار نشست گفت‌وگو کرده بود، افزود: حجم مبادلات تجاری دو کشور در سال ۲۰۱۵ میلادی به یک میلیارد و ۲۰۰ میلیون دلار رسید که ۲۰ درصد کمتر از سال قبل بود. "
     "دوازدهمین نشست کمیسیون مشترک شهریورماه سال گذشته در مسکو برگزار شده بود."),
     dates=[("هفته آینده", "2016-06-11/2016-06-17", "r"), ("پریروز", "2016-06-05", "r"), ("سال ۲۰۱۵ میلادی", "2015", "g"),
            ("سال قبل", None, "ignore"), ("شهریورماه سال گذشته", "2015-08-23/2015-09-22", "j")],
     contacts=[C(NOV, CHI, "phone_call", "2016-06-05"), C(NOV, CHI, "meet", "2016-06-11/2016-06-17", True),
               C([NOV, RU], [CHI, IR], "meet", "2015-08-23/2015-09-22", True)]),
dict(id="S12", pub="2016-09-10", text=(
     "همشهری آنلاین: بر اساس تقویم رسمی کشور، عید سعید قربان روز سه‌شنبه ۲۳ شهریور و عید غدیر خم روز چهارشنبه ۳۱ شهریور تعطیل رسمی است و ادارات و بانک‌ها در این دو روز تعطیل خواهند بود. "
     "به گفته معاون حمل‌ونقل شهرداری تهران، ساعات اجرای طرح ترافیک از شنبه ۳ مهر و همزمان با آغاز سال تحصیلی به ۶:۳۰ تا ۱۹ تغییر می‌کند. "
     "شرکت هواپیمایی ایران‌ایر نیز اعلام کرد شمار پروازهای تهران–مسکو از اواسط مهرماه به چهار پرواز در هفته افزایش می‌یابد."),
     dates=[("عید سعید قربان", None, "ignore"), ("روز سه‌شنبه ۲۳ شهریور", "2016-09-13", "j"), ("عید غدیر خم", None, "ignore"),
            ("روز چهارشنبه ۳۱ شهریور", "2016-09-21", "j"), ("این دو روز", None, "ignore"), ("شنبه ۳ مهر", "2016-09-24", "j"),
            ("آغاز سال تحصیلی", None, "ignore"), ("اواسط مهرماه", "2016-10-02/2016-10-11", "j")],
     contacts=[]),
dict(id="S13", pub="2016-12-20", text=(
     "به گزارش تسنیم، محمدجواد ظریف که دیشب در پیامی به سرگئی لاوروف ترور آندری کارلوف، سفیر روسیه در آنکارا، را تسلیت گفته بود، امروز سه‌شنبه در نشست سه‌جانبه وزیران خارجه ایران، روسیه و ترکیه در مسکو شرکت کرد. "
     "وزیران دفاع سه کشور نیز به طور همزمان در مسکو گفت‌وگو کردند و در پایان، «بیانیه مسکو» درباره حل سیاسی بحران سوریه صادر شد. "
     "ظریف پیش از نشست سه‌جانبه با مولود چاووش‌اوغلو، وزیر خارجه ترکیه، دیدار دوجانبه داشت."),
     dates=[("دیشب", "2016-12-19", "r"), ("امروز سه‌شنبه", "2016-12-20", "r")],
     contacts=[C(LAV, ZAR, "message", "2016-12-19"), C(LAV, ZAR, "meet", "2016-12-20"), C([SHO, RU], DEH, "meet", "2016-12-20"),
               C([LAV, RU], [ZAR, IR], "agreement", "2016-12-20", True)]),
dict(id="S14", pub="2017-06-12", text=(
     "به گزارش خبرگزاری مهر، حسن روحانی در پیامی فرا رسیدن روز ملی فدراسیون روسیه (۱۲ ژوئن) را به ولادیمیر پوتین تبریک گفت و ابراز امیدواری کرد روابط دو کشور در دوره دوم ریاست‌جمهوری او «بیش از پیش» گسترش یابد. "
     "روحانی در این پیام یادآور شد که دو رئیس‌جمهور ۸ فروردین امسال در کرملین ۱۴ سند همکاری امضا کردند. "
     "پوتین نیز ۳۰ اردیبهشت در پیامی پیروزی روحانی در انتخابات ریاست‌جمهوری را به او تبریک گفته بود."),
     dates=[("روز ملی فدراسیون روسیه", None, "ignore"), ("۱۲ ژوئن", "2017-06-12", "g"), ("۸ فروردین امسال", "2017-03-28", "j"),
            ("۳۰ اردیبهشت", "2017-05-20", "j")],
     contacts=[C(PUT, ROU, "message", "pub"), C(PUT, ROU, "agreement", "2017-03-28"), C(PUT, ROU, "meet", "2017-03-28", True),
               C(PUT, ROU, "message", "2017-05-20")]),
dict(id="S15", pub="2017-10-09", text=(
     "دنیای اقتصاد: غلامحسین شافعی، رئیس اتاق بازرگانی ایران، و سرگئی کاتیرین، رئیس اتاق بازرگانی و صنعت روسیه، روز چهارشنبه گذشته در مسکو یادداشت تفاهمی برای تشکیل شورای مشترک تجاری دو کشور امضا کردند. "
     "به گفته شافعی، نخستین نشست این شورا ۱۵ آذر در تهران برگزار خواهد شد. "
     "حجم تجارت ایران و روسیه در ۹ ماه نخست ۲۰۱۷ میلادی ۲۶ درصد افزایش یافته و به ۱.۷ میلیارد دلار رسیده است."),
     dates=[("روز چهارشنبه گذشته", "2017-10-04", "r"), ("۱۵ آذر", "2017-12-06", "j"),
            ("۹ ماه نخست ۲۰۱۷ میلادی", "2017-01-01/2017-09-30", "g")],
     contacts=[C(KAT, SHAF, "agreement", "2017-10-04"), C(KAT, SHAF, "meet", "2017-10-04", True),
               C(KAT, SHAF, "meet", "2017-12-06", True)]),
dict(id="S16", pub="2017-08-06", text=(
     "جام جم آنلاین: والنتینا ماتوینکو، رئیس شورای فدراسیون روسیه، که برای شرکت در مراسم تحلیف دوازدهمین دوره ریاست‌جمهوری روز گذشته ۱۴ مرداد به تهران آمده بود، امروز یکشنبه در نهاد ریاست‌جمهوری با حسن روحانی دیدار کرد. "
     "در مراسم تحلیف که با حضور هیئت‌هایی از ۱۰۵ کشور در مجلس برگزار شد، ماتوینکو در کنار فدریکا موگرینی، مسئول سیاست خارجی اتحادیه اروپا، در ردیف نخست مهمانان نشسته بود. "
     "رئیس شورای فدراسیون عصر امروز با علی لاریجانی، رئیس مجلس، نیز دیدار خواهد کرد."),
     dates=[("روز گذشته ۱۴ مرداد", "2017-08-05", "j"), ("امروز یکشنبه", "2017-08-06", "r"), ("عصر امروز", "2017-08-06", "r")],
     contacts=[C(MAT, ROU, "meet", "2017-08-06"), C(MAT, LARM, "meet", "2017-08-06"),
               C(MAT, [ROU, IR], "meet", "2017-08-05", True)]),
dict(id="S17", pub="2018-04-05", text=(
     "ایسنا: حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان دیروز در دومین نشست سه‌جانبه سران روند آستانه در آنکارا بر ادامه آتش‌بس در سوریه و حفظ تمامیت ارضی این کشور تأکید کردند. "
     "روحانی پیش از آغاز نشست، جداگانه با پوتین و اردوغان دیدار کرده بود. "
     "نخستین نشست سران سه کشور ۱ آذر ۱۳۹۶ در سوچی برگزار شده بود و به گفته حمید ابوطالبی، معاون سیاسی دفتر رئیس‌جمهور، نشست بعدی در تهران خواهد بود."),
     dates=[("دیروز", "2018-04-04", "r"), ("۱ آذر ۱۳۹۶", "2017-11-22", "j")],
     contacts=[C(PUT, ROU, "meet", "2018-04-04"), C(PUT, ROU, "meet", "2017-11-22"), C(PUT, ROU, "meet", None, True)]),
dict(id="S18", pub="2018-05-24", text=(
     "سوچی- ایرنا- علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در نهمین نشست بین‌المللی مقامات عالی امنیتی از روز چهارشنبه ۲ خرداد در سوچی به سر می‌برد، امروز در حاشیه این نشست با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار و گفت‌وگو کرد. "
     "شمخانی همچنین با همتایان چینی، هندی و عراقی خود دیدار کرده است. "
     "این نشست سه روزه فردا به کار خود پایان می‌دهد."),
     dates=[("روز چهارشنبه ۲ خرداد", "2018-05-23", "j"), ("امروز", "2018-05-24", "r"), ("فردا", "2018-05-25", "r")],
     contacts=[C(PAT, SHAM, "meet", "2018-05-24")]),
dict(id="S19", pub="2018-09-08", text=(
     "همشهری آنلاین: ولادیمیر پوتین که برای شرکت در سومین نشست سران روند آستانه روز جمعه ۱۶ شهریور به تهران آمده بود، پس از دیدار با حسن روحانی و حضور در نشست سه‌جانبه، شامگاه همان روز تهران را ترک کرد. "
     "رایزنی‌ها بر سر پیش‌نویس بیانیه پایانی نشست از روز پنجشنبه در سطح معاونان وزیران خارجه ایران، روسیه و ترکیه در تهران آغاز شده بود. "
     "بر اساس بیانیه پایانی، نشست بعدی سران سه کشور سال آینده میلادی در روسیه برگزار خواهد شد."),
     dates=[("روز جمعه ۱۶ شهریور", "2018-09-07", "j"), ("شامگاه همان روز", None, "ignore"), ("روز پنجشنبه", "2018-09-06", "r"),
            ("سال آینده میلادی", "2019", "r")],
     contacts=[C(PUT, ROU, "meet", "2018-09-07"), C(RU, IR, "meet", "2018-09-06"),
               C([PUT, RU], [ROU, IR], "agreement", "2018-09-07", True), C([PUT, RU], [ROU, IR], "meet", "2019")]),
dict(id="S20", pub="2019-10-27", text=(
     "دنیای اقتصاد: موافقت‌نامه موقت تجارت ترجیحی ایران و اتحادیه اقتصادی اوراسیا از امروز یکشنبه ۵ آبان ۱۳۹۸ اجرایی شد. "
     "این موافقت‌نامه ۲۷ اردیبهشت ۱۳۹۷ در آستانه، پایتخت قزاقستان، به امضای نمایندگان ایران و پنج کشور عضو اتحادیه رسیده بود و بر اساس آن تعرفه ۵۰۲ قلم کالای ایرانی و ۳۶۰ قلم کالای اوراسیایی کاهش می‌یابد. "
     "حسن روحانی ۹ مهر در حاشیه اجلاس شورای عالی اقتصادی اوراسیا در ایروان با ولادیمیر پوتین دیدار کرده و بر اجرای به‌موقع این موافقت‌نامه تأکید کرده بود."),
     dates=[("امروز یکشنبه ۵ آبان ۱۳۹۸", "2019-10-27", "j"), ("۲۷ اردیبهشت ۱۳۹۷", "2018-05-17", "j"), ("۹ مهر", "2019-10-01", "j")],
     contacts=[C(RU, IR, "agreement", "2018-05-17", True), C(PUT, ROU, "meet", "2019-10-01")]),
dict(id="S21", pub="2018-11-10", text=(
     "کابل (طلوع‌نیوز): نشست چندجانبه مسکو در مورد صلح افغانستان روز جمعه ۱۸ عقرب با حضور نمایندگان ۱۱ کشور، شورای عالی صلح و هیئتی از طالبان در پایتخت روسیه برگزار شد. "
     "به گزارش خبرگزاری تاس، ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه در امور افغانستان، در حاشیه این نشست با حسین جابری انصاری، معاون وزیر خارجه ایران، ملاقات کرد. "
     "سرگی لاوروف در سخنرانی افتتاحیه گفت دور بعدی این نشست به تاریخ ۱۰ حوت در مسکو برگزار خواهد شد."),
     dates=[("روز جمعه ۱۸ عقرب", "2018-11-09", "j"), ("۱۰ حوت", "2019-03-01", "j")],
     contacts=[C(KAB, JAB, "meet", "2018-11-09"), C(RU, IR, "meet", "2019-03-01", True)]),
dict(id="S22", pub="2019-06-16", text=(
     "دوشنبه- ایرنا- حسن روحانی، رئیس‌جمهور، روز شنبه در حاشیه پنجمین اجلاس سران کنفرانس تعامل و اعتمادسازی در آسیا (سیکا) با ولادیمیر پوتین دیدار کرد و دو طرف درباره حوادث اخیر دریای عمان و کاهش تعهدات برجامی ایران گفت‌وگو کردند. "
     "روحانی در حاشیه این اجلاس در دوشنبه، پایتخت تاجیکستان، با رجب طیب اردوغان و شی جین‌پینگ نیز دیدار کرد. "
     "پوتین در این دیدار گفت برای شرکت در اجلاس سران کشورهای ساحلی خزر که سال ۲۰۲۰ در تهران برگزار می‌شود به ایران سفر خواهد کرد."),
     dates=[("روز شنبه", "2019-06-15", "r"), ("سال ۲۰۲۰", "2020", "g")],
     contacts=[C(PUT, ROU, "meet", "2019-06-15"), C([PUT, RU], [ROU, IR], "meet", "2020", True)]),
dict(id="S23", pub="2019-12-16", text=(
     "پرس‌تی‌وی: رضا اردکانیان، وزیر نیرو، گفت شانزدهمین نشست کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه ماه آینده در تهران برگزار می‌شود و او سه‌شنبه گذشته در تماس تلفنی با الکساندر نواک، وزیر انرژی روسیه، درباره جزئیات آن به توافق رسیده است. "
     "به گفته اردکانیان، نیروگاه حرارتی سیریک با ظرفیت ۱۴۰۰ مگاوات که قرارداد آن ۱۳۹۶ با شرکت روسی تکنوپروم‌اکسپورت امضا شد، تا پایان سال آینده به بهره‌برداری می‌رسد. "
     "اردکانیان این سخنان را در حاشیه نشست هیئت دولت و در پاسخ به خبرنگاران بیان کرد."),
     dates=[("ماه آینده", "2019-12-22/2020-01-20", "r"), ("سه‌شنبه گذشته", "2019-12-10", "r"), ("۱۳۹۶", "2017-03-21/2018-03-20", "j"),
            ("تا پایان سال آینده", None, "ignore")],
     contacts=[C(NOV, ARD, "phone_call", "2019-12-10"), C(NOV, ARD, "meet", "2019-12-22/2020-01-20", True),
               C(TPE, ARD, "agreement", "2017-03-21/2018-03-20")]),
dict(id="S24", pub="2020-01-05", text=(
     "یورونیوز: سرگئی لاوروف، وزیر خارجه روسیه، روز جمعه ۱۳ دی در تماس تلفنی با محمدجواد ظریف کشته شدن سرلشکر قاسم سلیمانی را تسلیت گفت و حمله پهپادی آمریکا در بغداد را «نقض آشکار حقوق بین‌الملل» خواند. "
     "ولادیمیر پوتین نیز همان روز در گفت‌وگوی تلفنی با امانوئل مکرون، رئیس‌جمهور فرانسه، درباره پیامدهای این حمله ابراز نگرانی کرد. "
     "ظریف دیروز نیز در تماس‌های جداگانه با همتایان ترک و قطری خود گفت‌وگو کرده است."),
     dates=[("روز جمعه ۱۳ دی", "2020-01-03", "j"), ("همان روز", None, "ignore"), ("دیروز", "2020-01-04", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-01-03")]),
dict(id="S25", pub="2020-04-12", text=(
     "تهران- ایرنا- محمد اسلامی، وزیر راه و شهرسازی، پنجشنبه ۲۱ فروردین در نشستی ویدئویی با یوگنی دیتریش، وزیر حمل‌ونقل روسیه، درباره تسریع ترانزیت کالا در کریدور شمال–جنوب در دوران شیوع کووید ۱۹ گفت‌وگو کرد. "
     "سفر اسلامی به مسکو که قرار بود ۱۷ فروردین برای امضای سند همکاری‌های ریلی انجام شود، به دلیل بسته شدن مرزها لغو شده بود. "
     "دو وزیر در این نشست توافق کردند نخستین قطار باری از مسیر شرق خزر تا پایان اردیبهشت به روسیه برسد."),
     dates=[("پنجشنبه ۲۱ فروردین", "2020-04-09", "j"), ("۱۷ فروردین", "2020-04-05", "j"), ("تا پایان اردیبهشت", None, "ignore")],
     contacts=[C(DIE, ESLR, "phone_call", "2020-04-09")]),
dict(id="S26", pub="2020-11-12", text=(
     "به گزارش خبرگزاری تسنیم، کاظم جلالی، سفیر ایران در روسیه، روز سه‌شنبه با سرگئی ریابکوف، معاون وزیر امور خارجه روسیه، دیدار و درباره آینده برجام پس از انتخابات ۳ نوامبر آمریکا گفت‌وگو کرد. "
     "جلالی در گفت‌وگو با خبرنگار تسنیم ابراز امیدواری کرد دیدار حضوری رؤسای جمهور دو کشور که به دلیل همه‌گیری کرونا به تعویق افتاده است، «در نخستین فرصت» انجام شود. "
     "وی گفت حجم مبادلات دو کشور در هفت ماه نخست امسال با وجود کرونا ۱۵ درصد کاهش یافته است."),
     dates=[("روز سه‌شنبه", "2020-11-10", "r"), ("۳ نوامبر", "2020-11-03", "g"), ("هفت ماه نخست امسال", "2020-03-20/2020-10-21", "r")],
     contacts=[C(RYA, JALA, "meet", "2020-11-10"), C([PUT, RU], [ROU, IR], "meet", None, True)]),
dict(id="S27", pub="2021-01-25", text=(
     "ایسنا: سعید خطیب‌زاده، سخنگوی وزارت امور خارجه، امروز در نشست خبری هفتگی اعلام کرد محمدجواد ظریف فردا سه‌شنبه ۷ بهمن برای دیدار با سرگئی لاوروف عازم مسکو می‌شود و سپس به باکو، ایروان و تفلیس سفر خواهد کرد. "
     "خطیب‌زاده در پاسخ به پرسشی درباره گزارش یک رسانه عربی مبنی بر سفر محرمانه یک مقام امنیتی روس به تهران در ماه گذشته گفت: «چنین سفری صحت ندارد.» "
     "او همچنین گفت رایزنی‌های ایران و روسیه درباره برجام «مستمر» است."),
     dates=[("امروز", "2021-01-25", "r"), ("فردا سه‌شنبه ۷ بهمن", "2021-01-26", "j"), ("ماه گذشته", "2020-12-21/2021-01-19", "r")],
     contacts=[C(LAV, ZAR, "meet", "2021-01-26")]),
dict(id="S28", pub="2021-06-20", text=(
     "خبرگزاری فارس: ولادیمیر پوتین در پیامی پیروزی سید ابراهیم رئیسی در سیزدهمین دوره انتخابات ریاست‌جمهوری را تبریک گفت و ابراز اطمینان کرد همکاری‌های دوجانبه «در راستای منافع دو ملت» گسترش خواهد یافت. "
     "پیام پوتین شنبه شب از طریق سفارت روسیه در تهران به دفتر رئیس‌جمهور منتخب تحویل داده شد. "
     "رئیسی قرار است پس از مراسم تحلیف در ۱۴ مرداد کار خود را رسماً آغاز کند."),
     dates=[("شنبه شب", "2021-06-19", "r"), ("۱۴ مرداد", "2021-08-05", "j")],
     contacts=[C(PUT, RAI, "message", "2021-06-19"), C(["Russian Embassy in Tehran", RU], [RAI, IR], "meet", "2021-06-19", True)]),
dict(id="S29", pub="2021-09-17", text=(
     "شرق: آیت‌الله سید ابراهیم رئیسی که روز پنجشنبه ۲۵ شهریور برای شرکت در بیست‌ویکمین اجلاس سران سازمان همکاری شانگهای وارد دوشنبه شده بود، امروز جمعه در نشست سران سخنرانی کرد؛ ولادیمیر پوتین به دلیل قرنطینه به صورت ویدئویی در این نشست حضور داشت. "
     "روند عضویت دائم ایران در این سازمان نیز در همین اجلاس به تصویب رسید. "
     "رئیسی در حاشیه اجلاس با عمران خان، نخست‌وزیر پاکستان، و الکساندر لوکاشنکو، رئیس‌جمهور بلاروس، دیدار کرد."),
     dates=[("روز پنجشنبه ۲۵ شهریور", "2021-09-16", "j"), ("امروز جمعه", "2021-09-17", "r")],
     contacts=[C([PUT, RU], [RAI, IR], "meet", "2021-09-17", True)]),
dict(id="S30", pub="2021-11-29", text=(
     "ایندیپندنت فارسی: علی باقری کنی، معاون سیاسی وزارت امور خارجه و رئیس هیئت مذاکره‌کننده ایران، یکشنبه ۷ آذر، یک روز پیش از آغاز دور هفتم مذاکرات وین، با میخائیل اولیانوف، نماینده روسیه در سازمان‌های بین‌المللی مستقر در وین، دیدار کرد. "
     "دور هفتم مذاکرات احیای برجام امروز دوشنبه با حضور هیئت‌هایی از ایران و کشورهای ۱+۴ در هتل کوبورگ آغاز شد. "
     "دور ششم مذاکرات ۳۰ خرداد، یک روز پس از انتخابات ریاست‌جمهوری ایران، متوقف شده بود."),
     dates=[("یکشنبه ۷ آذر", "2021-11-28", "j"), ("یک روز پیش از آغاز دور هفتم مذاکرات وین", None, "ignore"),
            ("امروز دوشنبه", "2021-11-29", "r"), ("۳۰ خرداد", "2021-06-20", "j"),
            ("یک روز پس از انتخابات ریاست‌جمهوری ایران", None, "ignore")],
     contacts=[C(ULY, BAG, "meet", "2021-11-28"), C(RU, [BAG, IR], "meet", "2021-11-29", True)]),
dict(id="S31", pub="2022-03-30", text=(
     "اعتماد: هیئت‌های مذاکره‌کننده روسیه و اوکراین دیروز سه‌شنبه در کاخ دلمه‌باغچه استانبول با میانجی‌گری ترکیه دور تازه‌ای از گفت‌وگوهای صلح را برگزار کردند. "
     "حسین امیرعبداللهیان، وزیر امور خارجه، نیز عصر دیروز در تماس تلفنی با مولود چاووش‌اوغلو از تلاش‌های آنکارا برای پایان جنگی که از ۵ اسفند آغاز شده است قدردانی کرد. "
     "سعید خطیب‌زاده، سخنگوی وزارت خارجه، دوشنبه در نشست خبری گفته بود: «روابط ایران و روسیه راهبردی است و تحت تأثیر جنگ اوکراین قرار نمی‌گیرد.»"),
     dates=[("دیروز سه‌شنبه", "2022-03-29", "r"), ("عصر دیروز", "2022-03-29", "r"), ("۵ اسفند", "2022-02-24", "j"),
            ("دوشنبه", "2022-03-28", "r")],
     contacts=[]),
dict(id="S32", pub="2022-06-30", text=(
     "خبرآنلاین: آیت‌الله سید ابراهیم رئیسی و ولادیمیر پوتین دیروز در حاشیه ششمین اجلاس سران کشورهای ساحلی دریای خزر در عشق‌آباد دیدار و گفت‌وگو کردند؛ این دومین دیدار حضوری دو رئیس‌جمهور پس از سفر رئیسی به مسکو در ۲۹ دی است. "
     "سرگئی لاوروف هفته گذشته در سفری دو روزه به تهران با رئیسی و حسین امیرعبداللهیان دیدار کرده بود. "
     "به گفته پوتین، اجلاس بعدی سران خزر در تهران برگزار می‌شود؛ زمان آن هنوز تعیین نشده است."),
     dates=[("دیروز", "2022-06-29", "r"), ("۲۹ دی", "2022-01-19", "j"), ("هفته گذشته", "2022-06-18/2022-06-24", "r")],
     contacts=[C(PUT, RAI, "meet", "2022-06-29"), C(PUT, RAI, "meet", "2022-01-19"), C(LAV, RAI, "meet", "2022-06-18/2022-06-24"),
               C(LAV, AMI, "meet", "2022-06-18/2022-06-24"), C([PUT, RU], [RAI, IR], "meet", None, True)]),
dict(id="S33", pub="2022-11-17", text=(
     "کابل (باختر): چهارمین نشست «فارمت مسکو» در مورد افغانستان روز چهارشنبه ۲۵ عقرب ۱۴۰۱ با حضور نمایندگان ویژه روسیه، چین، پاکستان، ایران، هند و کشورهای آسیای میانه در مسکو برگزار شد. "
     "امیرخان متقی، وزیر خارجه امارت اسلامی، روز سه‌شنبه در کابل با سفیران روسیه و ایران به صورت جداگانه دیدار کرده بود. "
     "حسن کاظمی قمی، نماینده ویژه ایران در امور افغانستان، در حاشیه نشست با ضمیر کابلوف در مورد تشکیل حکومت فراگیر گفتگو کرد. "
     "نشست قبلی این فارمت ۲۸ میزان سال گذشته برگزار شده بود."),
     dates=[("روز چهارشنبه ۲۵ عقرب ۱۴۰۱", "2022-11-16", "j"), ("روز سه‌شنبه", "2022-11-15", "r"),
            ("۲۸ میزان سال گذشته", "2021-10-20", "j")],
     contacts=[C(KAB, KQ, "meet", "2022-11-16"), C(RU, IR, "meet", "2021-10-20", True)]),
dict(id="S34", pub="2023-01-30", text=(
     "به گزارش ایرنا، محمدرضا فرزین، رئیس کل بانک مرکزی، دیروز در گفت‌وگوی ویدئویی با الویرا نابیولینا، رئیس بانک مرکزی روسیه، بر اتصال کامل شبکه‌های پرداخت «شتاب» و «میر» تأکید کرد. "
     "محسن کریمی، معاون بین‌الملل بانک مرکزی، نیز گفت اتصال سامانه‌های پیام‌رسان مالی دو کشور از ۹ بهمن عملیاتی شده و ۵۲ بانک روسی و ۱۰۶ بانک ایرانی به آن متصل شده‌اند. "
     "فرزین قرار است اسفندماه برای امضای تفاهم‌نامه تسویه مبادلات با ارزهای ملی به مسکو سفر کند."),
     dates=[("دیروز", "2023-01-29", "r"), ("۹ بهمن", "2023-01-29", "j"), ("اسفندماه", "2023-02-20/2023-03-20", "j")],
     contacts=[C(NAB, FAR, "phone_call", "2023-01-29"), C(NAB, FAR, "meet", "2023-02-20/2023-03-20"),
               C(NAB, FAR, "agreement", "2023-02-20/2023-03-20", True)]),
dict(id="S35", pub="2023-10-24", text=(
     "به گزارش گروه دفاعی خبرگزاری تسنیم، سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، روز یکشنبه در تماس تلفنی با ژنرال والری گراسیموف، رئیس ستاد کل ارتش روسیه، درباره تحولات غزه و امنیت قفقاز گفت‌وگو کرد. "
     "این دومین گفت‌وگوی تلفنی دو مقام نظامی از آغاز سال ۲۰۲۳ میلادی است. "
     "یک منبع آگاه به تسنیم گفت هیئتی نظامی از روسیه قرار است اوایل آبان برای بازدید از نمایشگاه دستاوردهای صنایع دفاعی به تهران سفر کند."),
     dates=[("روز یکشنبه", "2023-10-22", "r"), ("سال ۲۰۲۳ میلادی", "2023", "g"), ("اوایل آبان", "2023-10-23/2023-11-01", "j")],
     contacts=[C(GER, BAGH, "phone_call", "2023-10-22"), C(GER, BAGH, "phone_call", "2023", True),
               C(RU, IR, "meet", "2023-10-23/2023-11-01", True)]),
dict(id="S36", pub="2023-03-08", text=(
     "به گزارش خبرگزاری مهر، سید جواد ساداتی‌نژاد، وزیر جهاد کشاورزی، که از روز شنبه در مسکو به سر می‌برد، دیروز با دیمیتری پاتروشف، وزیر کشاورزی روسیه، دیدار کرد و قرارداد واردات ۲ میلیون تن گندم روسی برای سال ۱۴۰۲ به امضای دو طرف رسید. "
     "ساداتی‌نژاد امروز به تهران بازمی‌گردد. "
     "او پیش از این، ۲۴ بهمن ۱۴۰۱ در تهران با سرگئی لوین، معاون وزیر کشاورزی روسیه، نیز گفت‌وگو کرده بود."),
     dates=[("روز شنبه", "2023-03-04", "r"), ("دیروز", "2023-03-07", "r"), ("سال ۱۴۰۲", "2023-03-21/2024-03-19", "j"),
            ("امروز", "2023-03-08", "r"), ("۲۴ بهمن ۱۴۰۱", "2023-02-13", "j")],
     contacts=[C(DPAT, SADA, "meet", "2023-03-07"), C(DPAT, SADA, "agreement", "2023-03-07"), C(LEV, SADA, "meet", "2023-02-13"),
               C(RU, SADA, "meet", "2023-03-04", True)]),
dict(id="S37", pub="2024-01-04", text=(
     "به گزارش ایسنا، ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیام‌هایی جداگانه به آیت‌الله خامنه‌ای و سید ابراهیم رئیسی، حادثه تروریستی دیروز در گلزار شهدای کرمان را تسلیت گفت. "
     "در این حادثه که در مراسم چهارمین سالگرد شهادت سردار سلیمانی رخ داد، دست‌کم ۸۹ نفر جان باختند. "
     "سرگئی لاوروف نیز امروز صبح در تماس تلفنی با حسین امیرعبداللهیان همدردی مسکو را ابراز کرد. "
     "دولت ایران روز پنجشنبه ۱۴ دی ۱۴۰۲ را عزای عمومی اعلام کرده است."),
     dates=[("دیروز", "2024-01-03", "r"), ("چهارمین سالگرد", None, "ignore"), ("امروز صبح", "2024-01-04", "r"),
            ("روز پنجشنبه ۱۴ دی ۱۴۰۲", "2024-01-04", "j")],
     contacts=[C(PUT, KHA, "message", "pub"), C(PUT, RAI, "message", "pub"), C(LAV, AMI, "phone_call", "2024-01-04")]),
dict(id="S38", pub="2024-05-23", text=(
     "به گزارش ایرنا، ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که در رأس هیئتی برای شرکت در مراسم بزرگداشت شهید آیت‌الله رئیسی به تهران آمده بود، دیروز با محمد مخبر، سرپرست ریاست‌جمهوری، و محمدباقر قالیباف، رئیس مجلس، دیدار کرد. "
     "ولادیمیر پوتین روز دوشنبه ۳۱ اردیبهشت در پیامی به رهبر انقلاب درگذشت رئیسی را تسلیت گفته و او را «دوست واقعی روسیه» خوانده بود. "
     "پوتین همچنین همان روز در تماس تلفنی با مخبر ابراز همدردی کرد. "
     "رئیسی و پوتین آخرین بار ۱۶ آذر ۱۴۰۲ در کرملین دیدار کرده بودند."),
     dates=[("دیروز", "2024-05-22", "r"), ("روز دوشنبه ۳۱ اردیبهشت", "2024-05-20", "j"), ("همان روز", None, "ignore"),
            ("۱۶ آذر ۱۴۰۲", "2023-12-07", "j")],
     contacts=[C(VOL, MOKH, "meet", "2024-05-22"), C(VOL, GHA, "meet", "2024-05-22"), C(PUT, KHA, "message", "2024-05-20"),
               C(PUT, MOKH, "phone_call", "2024-05-20"), C(PUT, RAI, "meet", "2023-12-07")]),
dict(id="S39", pub="2024-12-11", text=(
     "رشت- ایرنا- ایگور بابوشکین، استاندار آستاراخان روسیه، که پریروز در رأس هیئتی ۴۰ نفره از طریق بندر انزلی وارد گیلان شد، دیروز با هادی حق‌شناس، استاندار گیلان، دیدار کرد و دو طرف سند همکاری‌های بندری، کشاورزی و گردشگری را امضا کردند. "
     "حق‌شناس گفت ظرفیت تخلیه و بارگیری بندر انزلی امسال به ۱۲ میلیون تن رسیده و خط کشتیرانی مستقیم انزلی–آستاراخان از ۱ دی‌ماه به صورت هفتگی فعال می‌شود. "
     "فعالان اقتصادی برای ثبت‌نام در هیئت تجاری اعزامی به آستاراخان می‌توانند با شماره ۳۳۳۲۴۵۶۷-۰۱۳ تماس بگیرند."),
     dates=[("پریروز", "2024-12-09", "r"), ("دیروز", "2024-12-10", "r"), ("امسال", "2024-03-20/2025-03-20", "r"),
            ("۱ دی‌ماه", "2024-12-21", "j")],
     contacts=[C(BAB, HAG, "meet", "2024-12-10"), C(BAB, HAG, "agreement", "2024-12-10"), C(BAB, IR, "meet", "2024-12-09", True)]),
dict(id="S40", pub="2025-01-14", text=(
     "رادیو فردا: دفتر مطبوعاتی کرملین روز دوشنبه اعلام کرد مسعود پزشکیان جمعه ۱۷ ژانویه (۲۸ دی) به مسکو سفر می‌کند و پس از مذاکرات با ولادیمیر پوتین، دو رئیس‌جمهور «معاهده مشارکت راهبردی جامع» را امضا خواهند کرد. "
     "این معاهده ۲۰ ساله پیش‌تر قرار بود در حاشیه اجلاس بریکس ۲۰۲۴ در کازان امضا شود اما به تعویق افتاد. "
     "کرملین همچنین گزارش‌ها درباره سفر پوتین به تهران در فروردین را رد کرد."),
     dates=[("روز دوشنبه", "2025-01-13", "r"), ("جمعه ۱۷ ژانویه", "2025-01-17", "g"), ("۲۸ دی", "2025-01-17", "j"),
            ("اجلاس بریکس ۲۰۲۴", None, "ignore"), ("فروردین", "2025-03-21/2025-04-20", "j")],
     contacts=[C(PUT, PEZ, "meet", "2025-01-17"), C(PUT, PEZ, "agreement", "2025-01-17")]),
dict(id="S41", pub="2025-09-02", text=(
     "یورونیوز فارسی: مسعود پزشکیان و ولادیمیر پوتین روز دوشنبه ۱۰ شهریور در حاشیه اجلاس سران سازمان همکاری شانگهای در تیانجین چین دیدار و درباره برنامه هسته‌ای ایران و سازوکار ماشه گفت‌وگو کردند. "
     "عباس عراقچی و سرگئی لاوروف نیز همان روز پیش از دیدار رؤسای جمهور جداگانه با یکدیگر رایزنی کرده بودند. "
     "پزشکیان قرار است فردا در رژه نظامی پکن به مناسبت هشتادمین سالگرد پایان جنگ جهانی دوم شرکت کند."),
     dates=[("روز دوشنبه ۱۰ شهریور", "2025-09-01", "j"), ("همان روز", None, "ignore"), ("فردا", "2025-09-03", "r"),
            ("هشتادمین سالگرد پایان جنگ جهانی دوم", None, "ignore")],
     contacts=[C(PUT, PEZ, "meet", "2025-09-01"), C(LAV, ARA, "meet", "2025-09-01")]),
dict(id="S42", pub="2025-06-23", text=(
     "بی‌بی‌سی فارسی: عباس عراقچی، وزیر امور خارجه ایران، امروز دوشنبه ۲ تیر در کاخ کرملین با ولادیمیر پوتین دیدار کرد؛ یک روز پس از حمله آمریکا به تأسیسات هسته‌ای فردو، نطنز و اصفهان. "
     "یوری اوشاکوف، دستیار پوتین، و سرگئی لاوروف، وزیر خارجه روسیه، نیز در این دیدار حضور داشتند. "
     "پوتین در این دیدار گفت حملات علیه ایران «هیچ توجیهی» ندارد. "
     "عراقچی پیش از سفر گفته بود حامل پیامی از سوی رهبر ایران برای پوتین است؛ اما کرملین از تأیید تحویل نامه‌ای کتبی خودداری کرد."),
     dates=[("امروز دوشنبه ۲ تیر", "2025-06-23", "j"), ("یک روز پس از حمله آمریکا", None, "ignore")],
     contacts=[C(PUT, ARA, "meet", "2025-06-23"), C(LAV, ARA, "meet", "2025-06-23"), C(USH, ARA, "meet", "2025-06-23", True),
               C(PUT, KHA, "message", "2025-06-23", True)]),
dict(id="S43", pub="2026-01-20", text=(
     "خبرگزاری تسنیم: علی لاریجانی، دبیر شورای عالی امنیت ملی، که دیروز وارد مسکو شد، امروز با سرگئی شویگو، دبیر شورای امنیت فدراسیون روسیه، دیدار و گفت‌وگو کرد. "
     "لاریجانی قرار است پنجشنبه آینده در سن‌پترزبورگ با ولادیمیر پوتین دیدار کند و پیام کتبی رئیس‌جمهور را به او تحویل دهد. "
     "شویگو ۱۲ مهر گذشته در سفر به تهران با لاریجانی و مسعود پزشکیان دیدار کرده بود."),
     dates=[("دیروز", "2026-01-19", "r"), ("امروز", "2026-01-20", "r"), ("پنجشنبه آینده", "2026-01-22", "r"),
            ("۱۲ مهر گذشته", "2025-10-04", "j")],
     contacts=[C(SHO, LAR, "meet", "2026-01-20"), C(PUT, LAR, "meet", "2026-01-22"), C(PUT, PEZ, "message", "2026-01-22"),
               C(SHO, LAR, "meet", "2025-10-04"), C(SHO, PEZ, "meet", "2025-10-04"), C(RU, LAR, "meet", "2026-01-19", True)]),
dict(id="S44", pub="2025-10-08", text=(
     "کابل (طلوع‌نیوز): هفتمین نشست «فارمت مسکو» روز سه‌شنبه ۱۵ میزان با حضور امیرخان متقی، وزیر خارجه امارت اسلامی، و نمایندگان ویژه روسیه، ایران، چین، پاکستان، هند و کشورهای آسیای میانه در مسکو برگزار شد. "
     "متقی در حاشیه این نشست با سرگی لاوروف و نماینده ویژه ایران به صورت جداگانه دیدار کرد. "
     "روسیه به تاریخ ۱۲ سرطان سال روان نخستین کشوری شد که حکومت امارت اسلامی را به رسمیت شناخت. "
     "در اعلامیه پایانی نشست، کشورهای شرکت‌کننده با حضور نیروهای نظامی خارجی در افغانستان و کشورهای همسایه آن مخالفت کردند."),
     dates=[("روز سه‌شنبه ۱۵ میزان", "2025-10-07", "j"), ("۱۲ سرطان سال روان", "2025-07-03", "j")],
     contacts=[C(RU, IR, "meet", "2025-10-07", True), C(RU, IR, "agreement", "2025-10-07", True)]),
dict(id="S45", pub="2026-03-22", text=(
     "تهران- ایرنا- ولادیمیر پوتین در پیامی به مسعود پزشکیان فرارسیدن نوروز و عید سعید فطر را تبریک گفت و برای ملت ایران آرزوی صلح و سعادت کرد. "
     "عباس عراقچی نیز شامگاه جمعه در تماس تلفنی با سرگئی لاوروف ضمن تبادل تبریک‌های نوروزی، درباره آخرین وضعیت همکاری‌های دو کشور گفت‌وگو کرد. "
     "سال گذشته نیز رهبران دو کشور پیام‌های نوروزی مبادله کرده بودند."),
     dates=[("نوروز", "2026-03-21", "j"), ("عید سعید فطر", "2026-03-20", "h"), ("شامگاه جمعه", "2026-03-20", "r"),
            ("سال گذشته", "2025-03-21/2026-03-20", "r")],
     contacts=[C(PUT, PEZ, "message", "any"), C(LAV, ARA, "phone_call", "2026-03-20"),
               C([PUT, RU], [PEZ, KHA, IR], "message", "2025-03-21/2026-03-20", True)]),
# ---------------- whole articles ----------------
dict(id="A01", pub="2013-12-12", text=(
     "ظریف در مسکو: همکاری تهران و مسکو پس از توافق ژنو وارد مرحله تازه‌ای می‌شود\n"
     "پنجشنبه ۲۱ آذر ۱۳۹۲ - ۱۶:۴۵\n"
     "کد خبر: ۸۰۹۶۱۲۳۴\n"
     "مسکو- ایرنا- محمدجواد ظریف، وزیر امور خارجه، که بامداد امروز در نخستین سفر رسمی خود به روسیه وارد مسکو شد، ظهر امروز با سرگئی لاوروف، وزیر امور خارجه روسیه، دیدار و گفت‌وگو کرد.\n"
     "دو وزیر در این دیدار که بیش از سه ساعت به طول انجامید، درباره اجرای برنامه اقدام مشترک ژنو، بحران سوریه و همکاری‌های اقتصادی گفت‌وگو کردند.\n"
     "لاوروف در نشست خبری مشترک پس از این دیدار گفت: «توافق ژنو نشان داد که مذاکره تنها راه حل پرونده هسته‌ای ایران است و روسیه از حق ایران برای غنی‌سازی حمایت می‌کند.»\n"
     "ظریف نیز با اشاره به توافق ۳ آذر در ژنو گفت اجرای گام نخست تعهدات دو طرف باید از ژانویه آغاز شود.\n"
     "به گفته ظریف، ساخت واحد دوم نیروگاه اتمی بوشهر و پرونده سامانه اس-۳۰۰ از دیگر موضوعات این دیدار بود.\n"
     "وزیر امور خارجه قرار است فردا جمعه با دیمیتری راگوزین، معاون نخست‌وزیر روسیه، نیز دیدار کند و سپس مسکو را به مقصد تهران ترک کند.\n"
     "برخی رسانه‌های روسی از احتمال دیدار ظریف با ولادیمیر پوتین در این سفر خبر داده بودند، اما دیمیتری پسکوف، سخنگوی کرملین، عصر امروز اعلام کرد چنین دیداری در برنامه رئیس‌جمهور روسیه قرار ندارد.\n"
     "ظریف و لاوروف پیش از این ۴ مهر در حاشیه مجمع عمومی سازمان ملل در نیویورک دیدار کرده بودند.\n"
     "آخرین سفر یک وزیر خارجه ایران به مسکو به سفر علی‌اکبر صالحی در ۲۰ فروردین ۱۳۹۱ بازمی‌گردد.\n"
     "حجم تجارت دو کشور در ۱۰ ماه نخست ۲۰۱۳ به حدود یک میلیارد و ۲۰۰ میلیون دلار رسیده که نسبت به مدت مشابه سال گذشته ۲۵ درصد کاهش نشان می‌دهد.\n"
     "کمیسیون مشترک همکاری‌های اقتصادی دو کشور نیز که قرار بود آبان‌ماه در تهران تشکیل شود، به بهمن‌ماه موکول شده است.\n"
     "انتهای پیام /\n"
     "اخبار مرتبط\n"
     "روحانی و پوتین در بیشکک دیدار کردند ۱۳۹۲/۰۶/۲۲\n"
     "لاوروف: تحریم‌های یکجانبه علیه ایران غیرقانونی است ۱۳۹۲/۰۸/۱۵\n"
     "تماس تلفنی ظریف و لاوروف درباره سوریه ۱۳۹۲/۰۹/۰۸"),
     dates=[("پنجشنبه ۲۱ آذر ۱۳۹۲", "2013-12-12", "j"), ("بامداد امروز", "2013-12-12", "r"), ("ظهر امروز", "2013-12-12", "r"),
            ("۳ آذر", "2013-11-24", "j"), ("ژانویه", "2014-01", "g"), ("فردا جمعه", "2013-12-13", "r"),
            ("عصر امروز", "2013-12-12", "r"), ("۴ مهر", "2013-09-26", "j"), ("۲۰ فروردین ۱۳۹۱", "2012-04-08", "j"),
            ("۱۰ ماه نخست ۲۰۱۳", "2013-01-01/2013-10-31", "g"), ("مدت مشابه سال گذشته", None, "ignore"),
            ("آبان‌ماه", "2013-10-23/2013-11-21", "j"), ("بهمن‌ماه", "2014-01-21/2014-02-19", "j"),
            ("۱۳۹۲/۰۶/۲۲", "2013-09-13", "j"), ("۱۳۹۲/۰۸/۱۵", "2013-11-06", "j"), ("۱۳۹۲/۰۹/۰۸", "2013-11-29", "j")],
     contacts=[C(LAV, ZAR, "meet", "2013-12-12"), C(ROG, ZAR, "meet", "2013-12-13"), C(LAV, ZAR, "meet", "2013-09-26"),
               C(RU, SALEHI, "meet", "2012-04-08"), C([LAV, RU], [ZAR, IR], "agreement", "2013-11-24", True),
               C(RU, IR, "meet", "2014-01-21/2014-02-19", True), C(PUT, ROU, "meet", "2013-09-13", True),
               C(LAV, ZAR, "phone_call", "2013-11-29", True)]),
dict(id="A02", pub="2015-04-14", text=(
     "واکنش تهران به لغو ممنوعیت تحویل اس-۳۰۰؛ دهقان: قرارداد باید بی‌کم‌وکاست اجرا شود\n"
     "۱۳۹۴/۰۱/۲۵ - ۱۱:۲۰\n"
     "اخبار بین‌الملل کد خبر: ۷۰۹۴۵۶\n"
     "به گزارش خبرنگار بین‌الملل خبرگزاری تسنیم، ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه با امضای فرمانی ممنوعیت تحویل سامانه پدافند موشکی اس-۳۰۰ به ایران را لغو کرد.\n"
     "این ممنوعیت ۳۱ شهریور ۱۳۸۹ با فرمان دیمیتری مدودف، رئیس‌جمهور وقت روسیه، و در پی تصویب قطعنامه ۱۹۲۹ شورای امنیت برقرار شده بود.\n"
     "سرتیپ حسین دهقان، وزیر دفاع، امروز در جمع خبرنگاران گفت: «تصمیم روسیه گامی مثبت است، اما قرارداد سال ۲۰۰۷ باید بی‌کم‌وکاست اجرا شود.»\n"
     "دهقان افزود روز پنجشنبه ۲۷ فروردین برای شرکت در چهارمین کنفرانس امنیت بین‌المللی مسکو به روسیه سفر می‌کند و در حاشیه این کنفرانس دو روزه با سرگئی شویگو، وزیر دفاع روسیه، دیدار خواهد کرد.\n"
     "سرگئی لاوروف، وزیر خارجه روسیه، نیز دیروز در نشستی خبری گفت تصمیم پوتین با توجه به پیشرفت مذاکرات لوزان گرفته شده و «نیازی به تأیید شورای امنیت ندارد».\n"
     "توافق چارچوب لوزان ۱۳ فروردین میان ایران و گروه ۱+۵ حاصل شده بود.\n"
     "محمدجواد ظریف روز شنبه در تماس تلفنی با لاوروف درباره روند تدوین متن توافق نهایی گفت‌وگو کرده بود.\n"
     "ایران آبان ۱۳۹۰ با ثبت شکایتی ۴ میلیارد دلاری در دیوان داوری ژنو، خواستار غرامت از شرکت روسی «روس‌اوبورون‌اکسپورت» شده بود.\n"
     "یوری اوشاکوف، دستیار پوتین، نیز امروز اعلام کرد رئیس‌جمهور روسیه برای شرکت در اجلاس سران مجمع کشورهای صادرکننده گاز در پاییز امسال به تهران سفر خواهد کرد؛ زمان دقیق این سفر هنوز تعیین نشده است.\n"
     "انتهای پیام/\n"
     "مطالب مرتبط\n"
     "ولایتی: خرید اس-۳۰۰ از روسیه همچنان در دستور کار است ۱۳۹۳/۱۱/۰۱\n"
     "دیدار دهقان و شویگو در تهران؛ امضای تفاهم‌نامه همکاری نظامی ۱۳۹۳/۱۰/۳۰\n"
     "برچسب‌ها: اس-۳۰۰ ، روسیه ، حسین دهقان"),
     dates=[("۱۳۹۴/۰۱/۲۵", "2015-04-14", "j"), ("روز دوشنبه", "2015-04-13", "r"), ("۳۱ شهریور ۱۳۸۹", "2010-09-22", "j"),
            ("امروز", "2015-04-14", "r"), ("سال ۲۰۰۷", "2007", "g"), ("روز پنجشنبه ۲۷ فروردین", "2015-04-16", "j"),
            ("دیروز", "2015-04-13", "r"), ("۱۳ فروردین", "2015-04-02", "j"), ("روز شنبه", "2015-04-11", "r"),
            ("آبان ۱۳۹۰", "2011-10-23/2011-11-21", "j"), ("امروز", "2015-04-14", "r"),
            ("پاییز امسال", "2015-09-23/2015-12-21", "j"), ("۱۳۹۳/۱۱/۰۱", "2015-01-21", "j"), ("۱۳۹۳/۱۰/۳۰", "2015-01-20", "j")],
     contacts=[C(SHO, DEH, "meet", "2015-04-16/2015-04-17"), C(LAV, ZAR, "phone_call", "2015-04-11"), C(RU, IR, "agreement", "2007"),
               C([LAV, RU], [ZAR, IR], "agreement", "2015-04-02", True), C(PUT, [ROU, IR], "meet", "2015-09-23/2015-12-21", True),
               C(SHO, DEH, "meet", "2015-01-20", True), C(SHO, DEH, "agreement", "2015-01-20", True)]),
dict(id="A03", pub="2017-11-01", text=(
     "پوتین در تهران؛ از دیدار با رهبر انقلاب تا نشست سه‌جانبه با روحانی و علی‌اف\n"
     "چهارشنبه ۱۰ آبان ۱۳۹۶ - ۱۲ صفر ۱۴۳۹ - ۰۱ نوامبر ۲۰۱۷\n"
     "کد خبر ۳۹۵۸۲۱ | زمان مطالعه: ۴ دقیقه\n"
     "همشهری آنلاین: ولادیمیر پوتین، رئیس‌جمهور روسیه، عصر امروز برای شرکت در دومین نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان وارد تهران شد و در فرودگاه مهرآباد مورد استقبال بیژن زنگنه، وزیر نفت، قرار گرفت.\n"
     "پوتین نخست در مجموعه فرهنگی سعدآباد با حسن روحانی دیدار و گفت‌وگو کرد و سپس در نشست سه‌جانبه با حضور روحانی و الهام علی‌اف شرکت کرد.\n"
     "رئیس‌جمهور روسیه شامگاه امروز با حضرت آیت‌الله خامنه‌ای، رهبر معظم انقلاب اسلامی، دیدار کرد.\n"
     "در حاشیه این سفر، شرکت روس‌نفت و شرکت ملی نفت ایران نقشه راه اجرای پروژه‌های راهبردی نفت و گاز به ارزش ۳۰ میلیارد دلار را امضا کردند.\n"
     "رهبران سه کشور در بیانیه پایانی نشست بر تکمیل راه‌آهن رشت–آستارا در کریدور شمال–جنوب تأکید کردند.\n"
     "به گفته حمید ابوطالبی، معاون سیاسی دفتر رئیس‌جمهور، روحانی و پوتین در این دیدار درباره آینده برجام پس از سخنرانی ۲۱ مهر دونالد ترامپ نیز گفت‌وگو کردند.\n"
     "این دومین سفر پوتین به تهران در دو سال اخیر است؛ او ۲ آذر ۱۳۹۴ برای شرکت در سومین اجلاس سران مجمع کشورهای صادرکننده گاز به تهران آمده و با رهبر انقلاب دیدار کرده بود.\n"
     "نخستین نشست سه‌جانبه سران سه کشور ۱۸ مرداد ۱۳۹۵ در باکو برگزار شده بود و نشست سوم سال آینده در روسیه برگزار می‌شود.\n"
     "پوتین قرار است بامداد فردا تهران را به مقصد مسکو ترک کند.\n"
     "سفر پوتین با ایام سوگواری ماه صفر همزمان شده است؛ اربعین حسینی روز پنجشنبه ۱۸ آبان است.\n"
     "برچسب‌ها: ولادیمیر پوتین ، نشست سه‌جانبه ، جمهوری آذربایجان\n"
     "خبرهای مرتبط\n"
     "روحانی: همکاری با روسیه راهبردی است | ۱۳۹۶/۰۷/۲۵\n"
     "علی‌اف برای نشست سه‌جانبه راهی تهران شد | ۱۳۹۶/۰۸/۰۹\n"
     "نشست سه‌جانبه باکو با حضور روحانی و پوتین برگزار شد | ۱۳۹۵/۰۵/۱۸\n"
     "© ۱۳۹۶ کلیه حقوق برای همشهری آنلاین محفوظ است."),
     dates=[("چهارشنبه ۱۰ آبان ۱۳۹۶", "2017-11-01", "j"), ("۱۲ صفر ۱۴۳۹", "2017-11-01", "h"), ("۰۱ نوامبر ۲۰۱۷", "2017-11-01", "g"),
            ("عصر امروز", "2017-11-01", "r"), ("شامگاه امروز", "2017-11-01", "r"), ("۲۱ مهر", "2017-10-13", "j"),
            ("دو سال اخیر", None, "ignore"), ("۲ آذر ۱۳۹۴", "2015-11-23", "j"), ("۱۸ مرداد ۱۳۹۵", "2016-08-08", "j"),
            ("سال آینده", "2018-03-21/2019-03-20", "r"), ("بامداد فردا", "2017-11-02", "r"),
            ("ماه صفر", "2017-10-21/2017-11-18", "h"), ("اربعین حسینی", None, "ignore"), ("روز پنجشنبه ۱۸ آبان", "2017-11-09", "j"),
            ("۱۳۹۶/۰۷/۲۵", "2017-10-17", "j"), ("۱۳۹۶/۰۸/۰۹", "2017-10-31", "j"), ("۱۳۹۵/۰۵/۱۸", "2016-08-08", "j"),
            ("© ۱۳۹۶", None, "ignore")],
     contacts=[C(PUT, ROU, "meet", "2017-11-01"), C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ZAN, "meet", "2017-11-01", True),
               C(ROSN, NIOC, "agreement", "2017-11-01"), C([PUT, RU], [ROU, IR], "agreement", "2017-11-01", True),
               C(PUT, KHA, "meet", "2015-11-23"), C(PUT, ROU, "meet", "2016-08-08"),
               C([PUT, RU], [ROU, IR], "meet", "2018-03-21/2019-03-20")]),
dict(id="A04", pub="2019-06-19", text=(
     "شمخانی در اوفا با پاتروشف دیدار کرد؛ مسکو: در نشست سه‌جانبه بیت‌المقدس منافع ایران را در نظر می‌گیریم\n"
     "کد خبر ۱۲۷۸۹۶۵\n"
     "تاریخ انتشار: ۱۳۹۸/۰۳/۲۹ ۱۱:۴۲:۰۰\n"
     "علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در دهمین نشست بین‌المللی مقامات عالی امنیتی از دیروز در شهر اوفا، مرکز جمهوری باشقیرستان روسیه، به سر می‌برد، امروز چهارشنبه در حاشیه این نشست با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار و گفت‌وگو کرد.\n"
     "دو طرف در این دیدار درباره حمله به دو نفتکش در دریای عمان در ۲۳ خرداد و آینده برجام گفت‌وگو کردند.\n"
     "پاتروشف قرار است هفته آینده در نشستی سه‌جانبه با جان بولتون، مشاور امنیت ملی آمریکا، و مئیر بن‌شبات، همتای اسرائیلی خود، در بیت‌المقدس شرکت کند.\n"
     "دبیر شورای امنیت روسیه به شمخانی گفت مسکو در این نشست «منافع مشروع ایران» را در نظر خواهد داشت و نتایج آن را به اطلاع تهران خواهد رساند.\n"
     "شمخانی همچنین در حاشیه نشست اوفا با همتایان چینی، هندی و عراقی خود دیدار کرد.\n"
     "پاتروشف در سخنرانی افتتاحیه نشست گفت: «همکاری‌های امنیتی روسیه و ایران در بالاترین سطح خود قرار دارد.»\n"
     "شمخانی و پاتروشف پیش از این ۳ خرداد ۱۳۹۷ در حاشیه نهمین نشست مقامات عالی امنیتی در سوچی دیدار کرده بودند.\n"
     "به گفته شمخانی، دور دوم گفت‌وگوهای کارشناسی امنیتی ایران و روسیه که قرار بود اردیبهشت در تهران برگزار شود، به دلیل «مسائل فنی» به تیرماه موکول شده است.\n"
     "حسن روحانی و ولادیمیر پوتین نیز چهار روز پیش در حاشیه اجلاس سیکا در دوشنبه با یکدیگر دیدار کرده بودند.\n"
     "۲۱۶۲۱۶\n"
     "بیشتر بخوانید:\n"
     "ظریف: مذاکره با آمریکا در شرایط فعلی معنا ندارد ۱۳۹۸/۰۳/۲۷\n"
     "پوتین: روسیه آتش‌نشان نیست ۱۳۹۸/۰۳/۲۰\n"
     "لاوروف و ظریف تلفنی گفت‌وگو کردند ۱۳۹۸/۰۳/۲۵"),
     dates=[("۱۳۹۸/۰۳/۲۹", "2019-06-19", "j"), ("دیروز", "2019-06-18", "r"), ("امروز چهارشنبه", "2019-06-19", "r"),
            ("۲۳ خرداد", "2019-06-13", "j"), ("هفته آینده", "2019-06-22/2019-06-28", "r"), ("۳ خرداد ۱۳۹۷", "2018-05-24", "j"),
            ("اردیبهشت", "2019-04-21/2019-05-21", "j"), ("تیرماه", "2019-06-22/2019-07-22", "j"), ("چهار روز پیش", "2019-06-15", "r"),
            ("۱۳۹۸/۰۳/۲۷", "2019-06-17", "j"), ("۱۳۹۸/۰۳/۲۰", "2019-06-10", "j"), ("۱۳۹۸/۰۳/۲۵", "2019-06-15", "j")],
     contacts=[C(PAT, SHAM, "meet", "2019-06-19"), C(PAT, SHAM, "message", None, True), C(PAT, SHAM, "meet", "2018-05-24"),
               C(RU, IR, "meet", "2019-06-22/2019-07-22"), C(PUT, ROU, "meet", "2019-06-15"),
               C(LAV, ZAR, "phone_call", "2019-06-15", True)]),
dict(id="A05", pub="2021-10-21", text=(
     "نشست مسکو؛ روسیه، ایران و چین خواستار تشکیل حکومت فراگیر در افغانستان شدند\n"
     "پنجشنبه ۲۹ میزان ۱۴۰۰ - ۲۱ اکتوبر ۲۰۲۱\n"
     "کابل (پژواک): نشست «فارمت مسکو» در مورد افغانستان دیروز با حضور هیئت امارت اسلامی به رهبری مولوی عبدالسلام حنفی، معاون رئیس الوزرا، و نمایندگان ۱۰ کشور منطقه در پایتخت روسیه برگزار شد.\n"
     "سرگی لاوروف، وزیر خارجه روسیه، در آغاز این نشست گفت که به رسمیت شناختن حکومت طالبان «فعلاً در دستور کار نیست».\n"
     "در اعلامیه مشترک پایانی که به امضای نمایندگان روسیه، ایران، چین، پاکستان، هند و پنج کشور آسیای میانه رسید، از سازمان ملل خواسته شد تا کنفرانس کمک‌رسانی به افغانستان را هرچه زودتر برگزار کند.\n"
     "حسن کاظمی قمی، نماینده ویژه ایران برای افغانستان، در حاشیه نشست با ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه، ملاقات کرد و دو طرف در مورد وضعیت پناهجویان و قاچاق مواد مخدر گفتگو کردند.\n"
     "کاظمی قمی پیش از این به تاریخ ۱۰ سنبله نیز در تماس تیلفونی با کابلوف در مورد وضعیت پنجشیر تبادل نظر کرده بود.\n"
     "همزمان، وزارت امور خارجه ایران اعلام کرد علی باقری کنی، معاون سیاسی این وزارت، سه‌شنبه گذشته در مسکو با ایگور مورگولوف، معاون وزیر خارجه روسیه، دیدار کرده است.\n"
     "قرار است نشست وزیران خارجه کشورهای همسایه افغانستان با اشتراک روسیه به تاریخ ۵ عقرب در تهران برگزار شود.\n"
     "نشست «تروئیکای گسترده» با حضور روسیه، چین، امریکا و پاکستان ۲۸ حوت ۱۳۹۹ در مسکو برگزار شده بود و ایران در آن حضور نداشت.\n"
     "ذبیح‌الله مجاهد، سخنگوی امارت اسلامی، امروز در یک نشست خبری در کابل گفت حکومت سرپرست «به زودی» با ایران و روسیه در مورد تجارت ترانزیتی گفتگو خواهد کرد.\n"
     "به گفته او، محموله‌های گندم روسیه از طریق بندر حیرتان به افغانستان انتقال داده می‌شود و قیمت آرد در بازارهای کابل طی هفته روان ۵ درصد کاهش یافته است.\n"
     "خبرهای مرتبط\n"
     "کابلوف: طالبان باید به وعده‌های خود عمل کنند ۲۵ میزان ۱۴۰۰\n"
     "هیئت امارت اسلامی برای اشتراک در نشست مسکو کابل را ترک کرد ۲۷ میزان ۱۴۰۰\n"
     "© ۲۰۲۱ پژواک. تمامی حقوق محفوظ است."),
     dates=[("پنجشنبه ۲۹ میزان ۱۴۰۰", "2021-10-21", "j"), ("۲۱ اکتوبر ۲۰۲۱", "2021-10-21", "g"), ("دیروز", "2021-10-20", "r"),
            ("۱۰ سنبله", "2021-09-01", "j"), ("سه‌شنبه گذشته", "2021-10-19", "r"), ("۵ عقرب", "2021-10-27", "j"),
            ("۲۸ حوت ۱۳۹۹", "2021-03-18", "j"), ("امروز", "2021-10-21", "r"), ("هفته روان", "2021-10-16/2021-10-22", "r"),
            ("۲۵ میزان ۱۴۰۰", "2021-10-17", "j"), ("۲۷ میزان ۱۴۰۰", "2021-10-19", "j"), ("© ۲۰۲۱", None, "ignore")],
     contacts=[C(KAB, KQ, "meet", "2021-10-20"), C(RU, IR, "agreement", "2021-10-20", True), C(KAB, KQ, "phone_call", "2021-09-01"),
               C(MOR, BAG, "meet", "2021-10-19"), C(RU, IR, "meet", "2021-10-27", True)]),
dict(id="A06", pub="2023-12-07", text=(
     "رئیسی و پوتین در کرملین ۵ ساعت گفت‌وگو کردند؛ امضای سند همکاری در حوزه انرژی\n"
     "۱۶ آذر ۱۴۰۲، ۲۳:۱۰\n"
     "کد خبر ۵۹۵۳۲۱۸\n"
     "به گزارش خبرنگار اعزامی خبرگزاری مهر به مسکو، آیت‌الله سید ابراهیم رئیسی که صبح امروز در رأس هیئتی سیاسی و اقتصادی وارد مسکو شد، در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد.\n"
     "در این دیدار که بیش از پنج ساعت به طول انجامید، سرگئی لاوروف، وزیر امور خارجه روسیه، و یوری اوشاکوف، دستیار رئیس‌جمهور روسیه، نیز حضور داشتند.\n"
     "پوتین در آغاز دیدار با اشاره به تحولات غزه گفت: «وضعیت در فلسطین موضوعی است که باید به تفصیل درباره آن گفت‌وگو کنیم.»\n"
     "رئیس‌جمهور روسیه دیروز در سفری یک‌روزه به امارات و عربستان سعودی با محمد بن زاید و محمد بن سلمان دیدار کرده بود.\n"
     "در حاشیه این سفر، جواد اوجی، وزیر نفت و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی، و نیکلای شولگینوف، وزیر انرژی روسیه، سندی برای همکاری در زمینه سوآپ گاز امضا کردند.\n"
     "اوجی گفت هجدهمین نشست کمیسیون مشترک که قرار بود آبان‌ماه در تهران برگزار شود، به اواسط دی‌ماه موکول شده است.\n"
     "رئیسی و پوتین پیش از این ۲۸ تیر ۱۴۰۱ در تهران و ۲۴ شهریور همان سال در سمرقند دیدار کرده بودند.\n"
     "آخرین گفت‌وگوی تلفنی دو رئیس‌جمهور ۲۰ مهر، چند روز پس از آغاز جنگ غزه، انجام شده بود.\n"
     "پوتین در این دیدار دعوت رئیسی برای شرکت در اجلاس سران کشورهای ساحلی خزر در تهران در سال ۲۰۲۴ را پذیرفت.\n"
     "گفتنی است، محمد مخبر، معاون اول رئیس‌جمهور، شنبه هفته گذشته در تهران با الکسی اورچوک، معاون نخست‌وزیر روسیه، دیدار کرده بود.\n"
     "رئیسی قرار است فردا صبح پس از دیدار با جمعی از ایرانیان مقیم روسیه به تهران بازگردد.\n"
     "برچسب‌ها: سید ابراهیم رئیسی، ولادیمیر پوتین، روسیه\n"
     "اخبار مرتبط\n"
     "رئیسی: روابط با روسیه راهبردی است ۱۴۰۲/۰۹/۱۵\n"
     "گفت‌وگوی تلفنی امیرعبداللهیان و لاوروف درباره غزه ۱۴۰۲/۰۹/۰۲\n"
     "اوجی: نشست کمیسیون مشترک ایران و روسیه به تعویق افتاد ۱۴۰۲/۰۹/۱۰"),
     dates=[("۱۶ آذر ۱۴۰۲", "2023-12-07", "j"), ("صبح امروز", "2023-12-07", "r"), ("دیروز", "2023-12-06", "r"),
            ("آبان‌ماه", "2023-10-23/2023-11-21", "j"), ("اواسط دی‌ماه", "2024-01-01/2024-01-10", "j"),
            ("۲۸ تیر ۱۴۰۱", "2022-07-19", "j"), ("۲۴ شهریور همان سال", "2022-09-15", "j"), ("۲۰ مهر", "2023-10-12", "j"),
            ("چند روز پس از آغاز جنگ غزه", None, "ignore"), ("سال ۲۰۲۴", "2024", "g"), ("شنبه هفته گذشته", "2023-11-25", "r"),
            ("فردا صبح", "2023-12-08", "r"), ("۱۴۰۲/۰۹/۱۵", "2023-12-06", "j"), ("۱۴۰۲/۰۹/۰۲", "2023-11-23", "j"),
            ("۱۴۰۲/۰۹/۱۰", "2023-12-01", "j")],
     contacts=[C(PUT, RAI, "meet", "2023-12-07"), C(LAV, RAI, "meet", "2023-12-07"), C(USH, RAI, "meet", "2023-12-07", True),
               C(SHU, OWJ, "agreement", "2023-12-07"), C(SHU, OWJ, "meet", "2023-12-07", True),
               C(SHU, OWJ, "meet", "2024-01-01/2024-01-10", True), C(PUT, RAI, "meet", "2022-07-19"), C(PUT, RAI, "meet", "2022-09-15"),
               C(PUT, RAI, "phone_call", "2023-10-12"), C([PUT, RU], [RAI, IR], "meet", "2024", True),
               C(OVE, MOKH, "meet", "2023-11-25"), C(LAV, AMI, "phone_call", "2023-11-23", True)]),
dict(id="A07", pub="2024-10-24", text=(
     "پزشکیان و پوتین در کازان؛ معاهده جامع «آماده امضا» است\n"
     "پنجشنبه ۳ آبان ۱۴۰۳ - ۰۹:۱۵\n"
     "کد خبر: ۴۱۲۹۸۷۶\n"
     "دنیای اقتصاد: مسعود پزشکیان و ولادیمیر پوتین عصر دیروز در حاشیه شانزدهمین اجلاس سران بریکس در کازان دیدار و گفت‌وگو کردند؛ این دومین دیدار دو رئیس‌جمهور در کمتر از دو هفته است.\n"
     "دو رئیس‌جمهور نخستین بار ۲۰ مهر در عشق‌آباد، در حاشیه همایش بزرگداشت مختومقلی فراغی، با یکدیگر دیدار کرده بودند.\n"
     "پوتین در این دیدار گفت متن معاهده مشارکت راهبردی جامع نهایی شده و «به محض آماده شدن مقدمات» امضا خواهد شد.\n"
     "پزشکیان نیز گفت: «روابط ما با روسیه راهبردی است و تحریم‌ها نمی‌تواند مانع توسعه آن شود.»\n"
     "عباس عراقچی، وزیر امور خارجه، که صبح دیروز با سرگئی لاوروف در کازان دیدار کرده بود، در دیدار رؤسای جمهور نیز حضور داشت.\n"
     "ولادیمیر پوتین ۱۶ تیر در پیامی پیروزی پزشکیان در انتخابات را تبریک گفته بود و سرگئی شویگو، دبیر شورای امنیت روسیه، ۱۵ مرداد در سفر به تهران با پزشکیان و علی‌اکبر احمدیان دیدار کرده بود.\n"
     "شرکت گازپروم و شرکت ملی گاز ایران نیز ششم تیر در مسکو یادداشت تفاهمی برای صادرات گاز روسیه به ایران امضا کرده بودند.\n"
     "قرار است محسن پاکنژاد، وزیر نفت، ماه آینده برای نشست کمیسیون مشترک همکاری‌های اقتصادی به مسکو سفر کند و با سرگئی تسیویلف، وزیر انرژی روسیه، دیدار کند.\n"
     "در اجلاس کازان که با حضور هیئت‌هایی از ۳۶ کشور برگزار شد، ایران برای نخستین بار به عنوان عضو کامل بریکس شرکت کرد؛ عضویت ایران از ۱ ژانویه ۲۰۲۴ رسمیت یافته بود.\n"
     "پزشکیان در حاشیه اجلاس با شی جین‌پینگ، نارندرا مودی و رجب طیب اردوغان نیز دیدار کرد.\n"
     "میزبانی اجلاس بریکس ۲۰۲۵ بر عهده برزیل است.\n"
     "منبع: دنیای اقتصاد\n"
     "اخبار مرتبط\n"
     "عراقچی: معاهده با روسیه در کازان امضا نمی‌شود ۱۴۰۳/۰۷/۲۹\n"
     "ورود پزشکیان به کازان ۱۴۰۳/۰۸/۰۱\n"
     "تماس تلفنی پوتین و پزشکیان ۱۴۰۳/۰۵/۱۲"),
     dates=[("پنجشنبه ۳ آبان ۱۴۰۳", "2024-10-24", "j"), ("عصر دیروز", "2024-10-23", "r"), ("کمتر از دو هفته", None, "ignore"),
            ("۲۰ مهر", "2024-10-11", "j"), ("صبح دیروز", "2024-10-23", "r"), ("۱۶ تیر", "2024-07-06", "j"),
            ("۱۵ مرداد", "2024-08-05", "j"), ("ششم تیر", "2024-06-26", "j"), ("ماه آینده", "2024-11-21/2024-12-20", "r"),
            ("۱ ژانویه ۲۰۲۴", "2024-01-01", "g"), ("اجلاس بریکس ۲۰۲۵", None, "ignore"), ("۱۴۰۳/۰۷/۲۹", "2024-10-20", "j"),
            ("۱۴۰۳/۰۸/۰۱", "2024-10-22", "j"), ("۱۴۰۳/۰۵/۱۲", "2024-08-02", "j")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"), C(PUT, PEZ, "agreement", None, True),
               C(LAV, ARA, "meet", "2024-10-23"), C(PUT, ARA, "meet", "2024-10-23"), C(PUT, PEZ, "message", "2024-07-06"),
               C(SHO, PEZ, "meet", "2024-08-05"), C(SHO, AHM, "meet", "2024-08-05"), C(GAZ, NIGC, "agreement", "2024-06-26"),
               C(TSI, PAK, "meet", "2024-11-21/2024-12-20"), C(PUT, PEZ, "phone_call", "2024-08-02", True)]),
dict(id="A08", pub="2026-02-11", text=(
     "عراقچی در مسکو: معاهده راهبردی با روسیه «سپر» ایران در برابر فشارهای غرب است\n"
     "آخرین به‌روزرسانی: ۱۱/۰۲/۲۰۲۶ - ۱۴:۳۰\n"
     "یورونیوز فارسی: عباس عراقچی، وزیر امور خارجه ایران، روز سه‌شنبه ۲۱ بهمن در مسکو با سرگئی لاوروف دیدار کرد و دو طرف در نشست خبری مشترک بر «هماهنگی کامل» در شورای حکام آژانس بین‌المللی انرژی اتمی تأکید کردند.\n"
     "لاوروف گفت مسکو هرگونه تلاش برای بازگرداندن تحریم‌های سازمان ملل از طریق «سازوکار ماشه» را بی‌اعتبار می‌داند و به گفته او، مهلت قطعنامه ۲۲۳۱ در ۲۶ مهر ۱۴۰۴ به پایان رسیده است.\n"
     "عراقچی امروز صبح با یوری اوشاکوف، دستیار رئیس‌جمهور روسیه، نیز گفت‌وگو کرد و قرار است پیش از ترک مسکو در روز پنجشنبه با ولادیمیر پوتین دیدار کند.\n"
     "به گزارش خبرگزاری تاس، عراقچی حامل پیام مکتوب مسعود پزشکیان برای پوتین است.\n"
     "ماریا زاخارووا، سخنگوی وزارت خارجه روسیه، گزارش برخی رسانه‌های غربی درباره سفر محرمانه سرگئی شویگو به تهران در دی‌ماه را «جعلی» خواند.\n"
     "ایران و روسیه ۲۸ دی ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در مسکو معاهده مشارکت راهبردی جامع را امضا کردند که پس از تصویب در پارلمان‌های دو کشور، از ۱۰ مهر ۱۴۰۴ لازم‌الاجرا شد.\n"
     "شرکت روس‌اتم و شرکت ایران هرمز نیز ۴ مهر ۱۴۰۴ در حاشیه هفته جهانی اتم در مسکو قراردادی ۲۵ میلیارد دلاری برای ساخت چهار واحد نیروگاه هسته‌ای در سیریک امضا کردند.\n"
     "محمد اسلامی، رئیس سازمان انرژی اتمی ایران، همان روز با الکسی لیخاچف، مدیرکل روس‌اتم، دیدار کرده بود.\n"
     "علی لاریجانی، دبیر شورای عالی امنیت ملی، نیز ۲ بهمن در سن‌پترزبورگ پیام کتبی پزشکیان را به پوتین تحویل داده بود.\n"
     "نوزدهمین نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور که قرار بود ۱۹ و ۲۰ بهمن در تهران برگزار شود، به اسفندماه موکول شد.\n"
     "سفر میخائیل میشوستین، نخست‌وزیر روسیه، به تهران نیز که برای اواسط بهمن اعلام شده بود، لغو شد.\n"
     "به گفته دفتر وزیر خارجه، عراقچی پیش از آغاز ماه مبارک رمضان، که در ایران احتمالاً پنجشنبه ۳۰ بهمن خواهد بود، به تهران بازمی‌گردد.\n"
     "کرملین ۸ ژانویه اعلام کرده بود پوتین برنامه‌ای برای سفر به تهران در سال ۲۰۲۶ ندارد.\n"
     "مطالب مرتبط\n"
     "لاریجانی در سن‌پترزبورگ با پوتین دیدار کرد ۲۲/۰۱/۲۰۲۶\n"
     "روسیه: مذاکره ایران و آمریکا باید بدون پیش‌شرط باشد ۰۳/۰۲/۲۰۲۶\n"
     "پزشکیان و پوتین تلفنی گفت‌وگو کردند ۲۸/۱۲/۲۰۲۵"),
     dates=[("۱۱/۰۲/۲۰۲۶", "2026-02-11", "g"), ("روز سه‌شنبه ۲۱ بهمن", "2026-02-10", "j"), ("۲۶ مهر ۱۴۰۴", "2025-10-18", "j"),
            ("امروز صبح", "2026-02-11", "r"), ("روز پنجشنبه", "2026-02-12", "r"), ("دی‌ماه", "2025-12-22/2026-01-20", "j"),
            ("۲۸ دی ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g"), ("۱۰ مهر ۱۴۰۴", "2025-10-02", "j"),
            ("۴ مهر ۱۴۰۴", "2025-09-26", "j"), ("همان روز", None, "ignore"), ("۲ بهمن", "2026-01-22", "j"), ("۱۹", "2026-02-08", "j"),
            ("۲۰ بهمن", "2026-02-09", "j"), ("اسفندماه", "2026-02-20/2026-03-20", "j"), ("اواسط بهمن", "2026-01-31/2026-02-09", "j"),
            ("ماه مبارک رمضان", None, "ignore"), ("پنجشنبه ۳۰ بهمن", "2026-02-19", "j"), ("۸ ژانویه", "2026-01-08", "g"),
            ("سال ۲۰۲۶", "2026", "g"), ("۲۲/۰۱/۲۰۲۶", "2026-01-22", "g"), ("۰۳/۰۲/۲۰۲۶", "2026-02-03", "g"),
            ("۲۸/۱۲/۲۰۲۵", "2025-12-28", "g")],
     contacts=[C(LAV, ARA, "meet", "2026-02-10"), C(USH, ARA, "meet", "2026-02-11"), C(PUT, ARA, "meet", "2026-02-12"),
               C(PUT, PEZ, "message", "2026-02-12"), C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"),
               C([PUT, RU], [PEZ, IR], "meet", "2025-01-17", True), C(LIK, HOR, "agreement", "2025-09-26"),
               C(LIK, ESL, "meet", "2025-09-26"), C(PUT, LAR, "meet", "2026-01-22"), C(PUT, PEZ, "message", "2026-01-22"),
               C(RU, IR, "meet", "2026-02-20/2026-03-20", True), C(PUT, PEZ, "phone_call", "2025-12-28", True)]),
]
