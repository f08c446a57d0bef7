# Held-out probe set 23: PERSIAN news snippets of 1–4 sentences, hand-annotated: 60 items from Iranian agencies and papers and
# from foreign Persian-language media (P01–P60) plus 5 Afghan Dari items (D01–D05), 65 cases in all.
# Written BLIND: without reading the tool's code, its tests, bench/probes.py or the other set files except the first 140 lines
# of set16 and the comment headers of set19, set20, set21 and set22 (and, by a slip, the name-constant lines of set21, no
# cases), without running the tool and without git.  New text (no real article copied; the events are modelled on real ones
# but details, numbers and some dates are invented) in the style of IRNA (P01, P09, P19, P23, P26, P35, P49, P58), ISNA (P03,
# P10, P16, P39, P42, P45), Tasnim (P05, P11, P21, P37, P48), Mehr (P04, P30, P36, P44), Fars (P02, P17, P24), YJC (P20, P38,
# P47), Khabaronline (P06, P28, P53), Entekhab (P13, P50, P55), Etemad (P15, P32), Donya-e-Eqtesad (P14, P25, P54), Jam-e Jam
# (P18, P29, P43), Kayhan (P12, P52, P60), Hamshahri (P22, P40, P41, P57), BBC Persian (P07, P51), Radio Farda (P08, P33, P59),
# Iran International (P27), Independent Persian (P31, P46), DW Persian (P34, P56), and Dari items in
# the style of Bakhtar (D01), Tolonews (D02, D04, D05) and Pajhwok (D03).  Publication dates 2012–2026.
# P01–P40 are about Russia–Iran contacts (presidents, the Leader, foreign and deputy foreign ministers, energy/oil, defence and
# industry ministers, chiefs of staff, speakers, a Duma committee head and a Majlis committee head, security council
# secretaries, central bankers, ambassadors, an adviser carrying letters, provincial and regional governors, Rosatom/AEOI,
# Rosneft/NIOC, Gazprom/NIOC/NIGC; meetings, visits and arrivals, phone and video calls, congratulation and condolence
# messages, envoy- and embassy-delivered messages, contracts, MoUs, the 2025 treaty, joint commissions, planned, postponed,
# cancelled and denied contacts, hopes, contacts recalled with their own dates, contacts named only as the time of another).
# P41–P60 have no Russia–Iran contact (weather, exams, school calendar, religious holidays, Nowruz, prices, COVID figures,
# football and wrestling, Iran–Turkey, Iran–China, Russia–Ukraine, a BRICS summit both merely attend — P56 carries one
# OPTIONAL row under the multilateral-summit rule).  D02 has a required contact, D03 only optional ones.
# Every Solar Hijri / Islamic (Umm al-Qura) conversion and every stated weekday was checked with jdatetime, hijridate and
# datetime.
# dates: (span text, value, calendar) — calendar 'h' gets the ±1-day Hijri tolerance; ("span", None, "ignore") = ignore line
#   calendars: j = Solar Hijri, g = Gregorian, h = Islamic (Hijri), r = relative
#   spans are found by string search in order: a span text listed k times is its first k occurrences in the text; no listed
#   span text occurs earlier inside another word or span than the mention it stands for; every list is in text order.
# contacts: C(ru=[acceptable names], ir=[acceptable names], fam, date=value|None|"pub"|"any", optional=bool)
#   fam: meet (meeting/talks/summit/visit), phone_call, agreement, message
#   each distinct Russia–Iran contact is listed once; contacts with a third country only, and denied or cancelled contacts,
#   give no row.
# Conventions: /work/shared/gold/README.md plus those of set16, set19, set20, set21 and set22 (and through them set13 and
#   probe4–probe8).  In short: اوایل = days 1–10, اواسط = 11–20, اواخر = 21 to month end (Solar Hijri or Gregorian month);
#   هفته آینده / هفته گذشته = next / previous Saturday–Friday week; «N هفته پیش» = the Saturday–Friday week containing pub −
#   7N; Persian relative years/months (امسال, پارسال, سال آینده, ماه آینده, ماه گذشته) and Dari ones (ماه گذشته, هفته روان,
#   سال گذشته) are Solar Hijri unless میلادی is written; «N روز پیش» = pub − N, پریروز = pub − 2, دیشب / شب گذشته = pub − 1,
#   «سه‌شنبه گذشته» = the last such weekday strictly before pub, «پنجشنبه هفته گذشته» = that weekday inside the previous
#   week, «دوشنبه شب» / «جمعه شب» = the evening OF that weekday, «شامگاه دوشنبه», «بعدازظهر امروز» = that day; a bare
#   weekday = the nearest one in the direction of the tense; «از X تا Y» is one range mention with «از» inside, a start point
#   «از ۱۵ آذر» keeps «از» outside, «۳۰ و ۳۱ خرداد», «۶ و ۷ ژوئیه» are two mentions (the bare first day, then day + month); a
#   weekday next to its date belongs to it; a relative word joined to a written date («دیروز چهارشنبه ۱۷ خرداد», «امروز
#   ۹ بهمن ۱۴۰۱», «پس‌فردا چهارشنبه ۱۵ مرداد») is one mention in the calendar of the written date; a relative word + weekday
#   alone is r; a date written in two calendars is two mentions with one value; a trailing امسال / سال گذشته after a written
#   day or month is inside the span; «۱۴۰۳/۰۴/۱۸» = Y/M/D Solar Hijri (j); two-digit years are 13xx/14xx; a year-less date
#   or month in a past sentence takes the latest one on or before pub, otherwise the nearest; a year-less Hijri month or
#   holiday = the nearest one (h); «نوروز» alone = 1 Farvardin of the nearest year (j); a holiday or month name in the same
#   clause as its own written date, an anniversary name, a year inside an event name («کنکور ۹۸», «آزمون سراسری ۱۴۰۳»), a
#   school year («سال تحصیلی ۹۸-۹۹»), deadlines «تا پایان …», anaphoric, vague and event-relative expressions are ignore
#   lines; counts, durations («۲۰ ساله», «جنگ ۱۲ روزه»), percentages, money, clock times («ساعت ۱۸ و ۱۶ دقیقه»), scores,
#   round / summit ordinals («دربی ۸۳», «هفته سوم لیگ برتر», «ژنو ۲»), «۱+۵», «کووید ۱۹», the agency مهر, the city دوشنبه,
#   the name بهمن, «بهمن» = avalanche, «مه» = fog and the coin «بهار آزادی» get no line.  Dari months (حمل … حوت) are Solar
#   Hijri (j); Dari «سپتمبر», «دسمبر» are g.
#   Contacts: treaty signed by two presidents → required agreement + optional meet; deal signed at a video conference →
#   required agreement + optional meet; envoy handing over a leader's letter → meet (envoy–host) + message (sender–addressee;
#   a message to Putin handed to Lavrov accepts either); a message handed over by an embassy with no envoy named → required
#   message + optional meet; joint commissions and multilateral meetings with no bilateral stated → optional; a trilateral
#   summit at which the two presidents sit together (held or planned) → required; planned contacts with a stated day,
#   interval, relative week or month → required, anonymous-source / possible / hoped-for ones → optional (None when undated);
#   a POSTPONED contact → one row at its new date (optional for a joint commission); cancelled and denied ones → no row; a
#   video call → phone_call; a named official's visit with no host named (also a recalled one) → required meet with
#   country-level host names; the arrival day of a bilateral visit whose stated meetings fall on other days → optional meet;
#   arriving at a multilateral forum → no row; a contact named only as the time reference of another clause → required,
#   dated by that clause; company / agency contracts → required agreement (meet only when a meeting is stated); regional
#   governors signing an MoU → required agreement + optional meet; a recalled visit to a multilateral summit with no host
#   named → optional; the 2007 S-300 contract → required country-level agreement "2007"; the JCPOA and the Lausanne framework
#   and the Iran–EAEU interim FTA → optional agreement rows; a Nowruz congratulation with no date → message "any"; a promise
#   of a later reply, undated → optional message None; a minister present at his president's meeting → required row for his
#   pair; a summit one president attends by video, with no bilateral stated → optional meet; decrees, drills,
#   ratifications, a treaty's entry into force and third-country contacts → no row.
#   Where the headers differ: set21 made a contact stated only in a linked headline optional for Persian, set22 (later) made
#   it required; no case here has linked headlines, so the difference does not arise.  set19/set21 keep deadlines
#   «تا پایان …» as ignore lines; set22 (later) makes a deadline with a WRITTEN day a mention — followed here for Persian
#   («تا ۲۵ شهریور» → «۲۵ شهریور», «تا ساعت ۲۴ روز ۲۵ خرداد» → «روز ۲۵ خرداد», «تا» and the clock time outside).
# Decided here where nothing above says (set23):
#   «پس‌فردا» = pub + 2 (r), like set20's Arabic «بعد غد»; «روز گذشته» = pub − 1 (like set21's «شب گذشته»).
#   «دوشنبه هفته آینده» = that weekday inside the NEXT Saturday–Friday
#   week (mirror of set21's «شنبه هفته گذشته»), while «یکشنبه آینده», «جمعه آینده» = the first such weekday after pub.
#   «از امشب تا روز جمعه» (Dari) is one range (r).  A range without «از» («۱۶ تا ۲۶ دسمبر») is one mention.  A range with a
#   relative start joined to a written date («از پس‌فردا چهارشنبه ۵ دی تا جمعه ۷ دی») is one j mention.
#   «در ۲۴ ساعت گذشته», «طی ۱۰ سال آینده», «طی ۵۰ سال اخیر», «اواخر هفته آینده», «پارسال در همین روزها», «همان شب», a
#   generic month («بالاترین دمای … در مردادماه»), «دهه فجر», «تعطیلات نوروزی» and «سال نو» are ignore lines.
#   «شب یلدا» alone = 30 Azar of the nearest year (j).  «روز عاشورا» alone, after the text gave Tasua/Ashura as 12 and 13 Aban
#   1393, carries the text's own date 2014-11-04 (Umm al-Qura 10 Muharram 1436 = 2014-11-03, inside the ±1 tolerance).
#   «ماه مبارک رمضان امسال» with no date of its own = that Ramadan, Umm al-Qura interval (h).  A date line at the very start
#   of a snippet («۱۴۰۴/۱۰/۲۴ -», Latin-digit «1404/08/19 -») is a mention of pub (j).  «مه‌ماه ۲۰۲۳» = "2023-05" (g).
#   «نوروز» inside «کشورهای حوزه نوروز» (the Nowruz region) is not a date.
#   Contacts: an implementation day of the JCPOA stated in the text → optional agreement row with date "any"; a trade
#   delegation due at an exhibition, with no named visitor → optional meet; an MoU recalled with only a relative year
#   («پارسال امضا شد») → required agreement dated by that year, plus the optional meet of the governors' rule; a past meeting
#   dated only by «هفته گذشته» / «دو هفته پیش» → required, dated by that week; the treaty's «به زودی» signing and visit →
#   optional None rows.
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py
PUT, ROU, KHA, RAI, PEZ, AHN = "Vladimir Putin", "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian", "Mahmoud Ahmadinejad"
LAV, ZAR, ARA, AMI = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian"
SHO = "Sergei Shoigu"
RU, IR = "Russia", "Iran"
SALF = ["Ali Akbar Salehi", IR]
BAGK = ["Ali Bagheri Kani", IR]
MOKH = ["Mohammad Mokhber", IR]
PAT, SHAM, AHM = ["Nikolai Patrushev", RU], ["Ali Shamkhani", IR], ["Ali Akbar Ahmadian", IR]
NAR = ["Sergei Naryshkin", "State Duma", RU]
MAT = ["Valentina Matviyenko", "Federation Council", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SLU = ["Leonid Slutsky", "State Duma", RU]
LARM = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
AZI = ["Ebrahim Azizi", "National Security and Foreign Policy Committee", "Majlis", "Islamic Consultative Assembly", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SLH = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
DZH, DED = ["Levan Dzhagaryan", RU], ["Alexey Dedov", RU]
JAL = ["Kazem Jalali", IR]
RYA = ["Sergei Ryabkov", RU]
NOV = ["Alexander Novak", "Russian Ministry of Energy", RU]
ARD = ["Reza Ardakanian", "Ministry of Energy", IR]
TSI = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
ORE = ["Maxim Oreshkin", "Russian Ministry of Economic Development", RU]
SHA = ["Mohammad Shariatmadari", "Ministry of Industry, Mine and Trade", IR]
NAB = ["Elvira Nabiullina", "Bank of Russia", "Central Bank of Russia", RU]
FAR = ["Mohammad Reza Farzin", "Central Bank of Iran", "CBI", IR]
CBR = ["Bank of Russia", "Central Bank of Russia", RU]
CBI = ["Central Bank of Iran", "CBI", IR]
GAZ = ["Gazprom", "Alexei Miller", RU]
ROSN = ["Rosneft", "Igor Sechin", RU]
NIOC = ["National Iranian Oil Company", "NIOC", "Mohsen Khojasteh Mehr", IR]
NIGC = ["National Iranian Gas Company", "NIGC", IR]
VEL, USH = ["Ali Akbar Velayati", IR], ["Yuri Ushakov", RU]
AST = ["Igor Babushkin", "Astrakhan Oblast", RU]
GIL = ["Governor of Gilan", "Gilan Province", IR]
MAZ = ["Governor of Mazandaran", "Mazandaran Province", IR]
ASH = ["Mohammad Reza Ashtiani", "Ministry of Defence", IR]
GER, BAGH = ["Valery Gerasimov", RU], ["Mohammad Bagheri", IR]
KAB, KQ = ["Zamir Kabulov", RU], ["Hassan Kazemi Qomi", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- Russia–Iran contacts ----------------
dict(id="P01", pub="2012-06-07", text=(
     "پکن- ایرنا- محمود احمدی‌نژاد، رئیس‌جمهور، دیروز چهارشنبه ۱۷ خرداد در حاشیه دوازدهمین اجلاس سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد. "
     "دو رئیس‌جمهور در این دیدار توافق کردند نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور اواخر تیرماه در تهران برگزار شود. "
     "علی‌اکبر صالحی، وزیر امور خارجه، نیز امروز پیش از بازگشت به تهران با سرگئی لاوروف، همتای روس خود، دیدار می‌کند."),
     dates=[("دیروز چهارشنبه ۱۷ خرداد", "2012-06-06", "j"), ("اواخر تیرماه", "2012-07-11/2012-07-21", "j"),
            ("امروز", "2012-06-07", "r")],
     contacts=[C(PUT, AHN, "meet", "2012-06-06"), C(RU, IR, "meet", "2012-07-11/2012-07-21", True),
               C(LAV, SALF, "meet", "2012-06-07")]),
dict(id="P02", pub="2012-12-11", text=(
     "به گزارش خبرگزاری فارس، علی لاریجانی، رئیس مجلس شورای اسلامی، که روز یکشنبه در رأس هیئتی پارلمانی وارد مسکو شد، امروز سه‌شنبه ۲۱ آذر با سرگئی ناریشکین، رئیس دومای دولتی روسیه، دیدار و گفت‌وگو کرد. "
     "لاریجانی فردا نیز با والنتینا ماتوینکو، رئیس شورای فدراسیون، دیدار خواهد کرد. "
     "سفر قبلی رئیس مجلس به مسکو فروردین ۱۳۹۰ انجام شده بود."),
     dates=[("روز یکشنبه", "2012-12-09", "r"), ("امروز سه‌شنبه ۲۱ آذر", "2012-12-11", "j"), ("فردا", "2012-12-12", "r"),
            ("فروردین ۱۳۹۰", "2011-03-21/2011-04-20", "j")],
     contacts=[C(RU, LARM, "meet", "2012-12-09", True), C(NAR, LARM, "meet", "2012-12-11"), C(MAT, LARM, "meet", "2012-12-12"),
               C(RU, LARM, "meet", "2011-03-21/2011-04-20")]),
dict(id="P03", pub="2013-06-16", text=(
     "به گزارش ایسنا، ولادیمیر پوتین، رئیس‌جمهور روسیه، روز شنبه در پیامی پیروزی حسن روحانی در یازدهمین دوره انتخابات ریاست‌جمهوری را که جمعه ۲۴ خرداد ۹۲ برگزار شد، تبریک گفت و ابراز امیدواری کرد همکاری‌های دو کشور در دولت جدید گسترش یابد. "
     "روحانی با کسب ۵۰.۷ درصد آرا به پیروزی رسید و قرار است مراسم تنفیذ حکم او ۱۲ مرداد برگزار شود. "
     "به گفته یک دیپلمات آگاه، احتمال دارد نخستین دیدار دو رئیس‌جمهور در حاشیه اجلاس سران شانگهای در بیشکک در شهریورماه انجام شود."),
     dates=[("روز شنبه", "2013-06-15", "r"), ("جمعه ۲۴ خرداد ۹۲", "2013-06-14", "j"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("شهریورماه", "2013-08-23/2013-09-22", "j")],
     contacts=[C(PUT, ROU, "message", "2013-06-15"), C(PUT, ROU, "meet", "2013-08-23/2013-09-22", True)]),
dict(id="P04", pub="2013-09-14", text=(
     "بیشکک- خبرگزاری مهر: حسن روحانی و ولادیمیر پوتین دیروز جمعه ۲۲ شهریور در حاشیه سیزدهمین اجلاس سران سازمان همکاری شانگهای در بیشکک برای نخستین بار دیدار و درباره برنامه هسته‌ای ایران و بحران سوریه گفت‌وگو کردند. "
     "پوتین در این دیدار گفت برای سفر به تهران آمادگی دارد و دو طرف توافق کردند وزیران خارجه دو کشور اواخر سپتامبر در حاشیه مجمع عمومی سازمان ملل در نیویورک دیدار کنند. "
     "این دیدار ۴۵ دقیقه طول کشید و اجلاس بعدی سران شانگهای سال آینده در دوشنبه، پایتخت تاجیکستان، برگزار می‌شود."),
     dates=[("دیروز جمعه ۲۲ شهریور", "2013-09-13", "j"), ("اواخر سپتامبر", "2013-09-21/2013-09-30", "g"),
            ("سال آینده", "2014-03-21/2015-03-20", "r")],
     contacts=[C(PUT, ROU, "meet", "2013-09-13"), C([LAV, RU], [ZAR, IR], "meet", "2013-09-21/2013-09-30"),
               C(PUT, [ROU, IR], "meet", None, True)]),
dict(id="P05", pub="2014-01-21", text=(
     "به گزارش تسنیم، محمدجواد ظریف و سرگئی لاوروف دیشب در تماسی تلفنی درباره لغو دعوت از ایران برای حضور در کنفرانس ژنو ۲ گفت‌وگو کردند. "
     "لاوروف در این گفت‌وگو لغو دعوت از ایران را «اشتباه» خواند. "
     "کنفرانس ژنو ۲ قرار است از فردا چهارشنبه ۲ بهمن (۲۲ ژانویه) در شهر مونترو سوئیس آغاز شود."),
     dates=[("دیشب", "2014-01-20", "r"), ("فردا چهارشنبه ۲ بهمن", "2014-01-22", "j"), ("۲۲ ژانویه", "2014-01-22", "g")],
     contacts=[C(LAV, ZAR, "phone_call", "2014-01-20")]),
dict(id="P06", pub="2014-11-12", text=(
     "به گزارش خبرآنلاین، علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کریینکو، مدیرعامل روس‌اتم، روز سه‌شنبه ۲۰ آبان ۱۳۹۳ پس از دیداری دوجانبه در مسکو قراردادی برای ساخت دو واحد جدید نیروگاه اتمی بوشهر امضا کردند. "
     "ساخت این دو واحد حدود ۱۰ سال طول می‌کشد و هزینه آن بیش از ۱۰ میلیارد دلار برآورد شده است. "
     "واحد نخست نیروگاه بوشهر از شهریور ۱۳۹۰ به شبکه سراسری برق متصل شده است."),
     dates=[("روز سه‌شنبه ۲۰ آبان ۱۳۹۳", "2014-11-11", "j"), ("شهریور ۱۳۹۰", "2011-08-23/2011-09-22", "j")],
     contacts=[C(KIR, SLH, "agreement", "2014-11-11"), C(KIR, SLH, "meet", "2014-11-11")]),
dict(id="P07", pub="2015-07-15", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، دیروز در گفت‌وگویی تلفنی با حسن روحانی دستیابی به توافق هسته‌ای را تبریک گفت. "
     "این توافق سه‌شنبه ۱۴ ژوئیه (۲۳ تیر) پس از ۱۸ روز مذاکره فشرده در وین میان ایران و گروه ۱+۵ حاصل شد. "
     "سرگئی لاوروف و محمدجواد ظریف دوشنبه شب نیز در حاشیه مذاکرات وین دیدار کرده بودند."),
     dates=[("دیروز", "2015-07-14", "r"), ("سه‌شنبه ۱۴ ژوئیه", "2015-07-14", "g"), ("۲۳ تیر", "2015-07-14", "j"),
            ("دوشنبه شب", "2015-07-13", "r")],
     contacts=[C(PUT, ROU, "phone_call", "2015-07-14"), C([LAV, RU], [ZAR, IR], "agreement", "2015-07-14", True),
               C(LAV, ZAR, "meet", "2015-07-13")]),
dict(id="P08", pub="2015-04-14", text=(
     "ولادیمیر پوتین روز دوشنبه با امضای فرمانی ممنوعیت تحویل سامانه موشکی اس-۳۰۰ به ایران را لغو کرد. "
     "قرارداد فروش این سامانه در سال ۲۰۰۷ میلادی میان تهران و مسکو امضا شده بود، اما دیمیتری مدودف، رئیس‌جمهور وقت روسیه، در سپتامبر ۲۰۱۰ اجرای آن را متوقف کرد. "
     "سرگئی لاوروف، وزیر خارجه روسیه، گفت این تصمیم پس از توافق لوزان در ۱۳ فروردین گرفته شده است."),
     dates=[("روز دوشنبه", "2015-04-13", "r"), ("سال ۲۰۰۷ میلادی", "2007", "g"), ("سپتامبر ۲۰۱۰", "2010-09", "g"),
            ("۱۳ فروردین", "2015-04-02", "j")],
     contacts=[C(RU, IR, "agreement", "2007"), C([LAV, RU], [ZAR, IR], "agreement", "2015-04-02", True)]),
dict(id="P09", pub="2016-02-16", text=(
     "تهران- ایرنا- لوان جاگاریان، سفیر روسیه در تهران، صبح امروز سه‌شنبه ۲۷ بهمن با علی لاریجانی، رئیس مجلس شورای اسلامی، دیدار و پیام کتبی سرگئی ناریشکین، رئیس دومای دولتی روسیه، را تقدیم وی کرد. "
     "ناریشکین در این پیام از لاریجانی دعوت کرده است اردیبهشت‌ماه آینده برای شرکت در همایش بین‌المللی پارلمانی به مسکو سفر کند. "
     "دو طرف همچنین درباره انتخابات مجلس که ۷ اسفند برگزار می‌شود گفت‌وگو کردند."),
     dates=[("صبح امروز سه‌شنبه ۲۷ بهمن", "2016-02-16", "j"), ("اردیبهشت‌ماه آینده", "2016-04-20/2016-05-20", "j"),
            ("۷ اسفند", "2016-02-26", "j")],
     contacts=[C(DZH, LARM, "meet", "2016-02-16"), C(NAR, LARM, "message", "2016-02-16"),
               C(NAR, LARM, "meet", "2016-04-20/2016-05-20", True)]),
dict(id="P10", pub="2016-06-29", text=(
     "به گزارش ایسنا، سید عباس عراقچی، معاون وزیر امور خارجه، که پریروز وارد مسکو شد، دیروز با سرگئی ریابکوف، همتای روس خود، درباره روند اجرای برجام گفت‌وگو کرد. "
     "دو طرف توافق کردند دور بعدی رایزنی‌های سیاسی دو کشور اوایل مهر در تهران برگزار شود. "
     "برجام از ۲۶ دی‌ماه سال گذشته اجرایی شده است."),
     dates=[("پریروز", "2016-06-27", "r"), ("دیروز", "2016-06-28", "r"), ("اوایل مهر", "2016-09-22/2016-10-01", "j"),
            ("۲۶ دی‌ماه سال گذشته", "2016-01-16", "j")],
     contacts=[C(RU, ARA, "meet", "2016-06-27", True), C(RYA, ARA, "meet", "2016-06-28"),
               C(RYA, ARA, "meet", "2016-09-22/2016-10-01"), C(RU, IR, "agreement", "any", True)]),
dict(id="P11", pub="2017-05-25", text=(
     "به گزارش تسنیم، دریابان علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در هشتمین نشست بین‌المللی مقامات عالی امنیتی به مسکو سفر کرده است، امروز پنجشنبه ۴ خرداد ۱۳۹۶ با نیکولای پاتروشف، دبیر شورای امنیت روسیه، دیدار کرد. "
     "شمخانی پس از این دیدار در جمع خبرنگاران گفت همکاری دو کشور در مبارزه با تروریسم در سوریه ادامه خواهد یافت. "
     "دو دبیر پیش از این ۲۷ اسفند ۹۵ در تهران دیدار کرده بودند."),
     dates=[("امروز پنجشنبه ۴ خرداد ۱۳۹۶", "2017-05-25", "j"), ("۲۷ اسفند ۹۵", "2017-03-17", "j")],
     contacts=[C(PAT, SHAM, "meet", "2017-05-25"), C(PAT, SHAM, "meet", "2017-03-17")]),
dict(id="P12", pub="2017-11-02", text=(
     "به گزارش کیهان، رهبر معظم انقلاب اسلامی عصر دیروز در دیدار ولادیمیر پوتین، رئیس‌جمهور روسیه، همکاری دو کشور در سوریه را «موفق» خواندند. "
     "پوتین پیش از این دیدار در نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان با حضور حسن روحانی و الهام علی‌اف شرکت کرده بود و دو رئیس‌جمهور در حاشیه آن جداگانه نیز گفت‌وگو کردند. "
     "در این سفر یک‌روزه، تفاهم‌نامه همکاری نفتی روس‌نفت و شرکت ملی نفت ایران نیز به امضا رسید. "
     "نخستین نشست سه‌جانبه سران سه کشور مرداد ۱۳۹۵ در باکو برگزار شده بود."),
     dates=[("عصر دیروز", "2017-11-01", "r"), ("مرداد ۱۳۹۵", "2016-07-22/2016-08-21", "j")],
     contacts=[C(PUT, KHA, "meet", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"), C(ROSN, NIOC, "agreement", "2017-11-01"),
               C(PUT, ROU, "meet", "2016-07-22/2016-08-21")]),
dict(id="P13", pub="2018-07-13", text=(
     "به گزارش انتخاب، علی‌اکبر ولایتی، مشاور رهبر انقلاب در امور بین‌الملل، دیروز پنجشنبه در کاخ کرملین با ولادیمیر پوتین دیدار و پیام‌های رهبر انقلاب و رئیس‌جمهور را به وی تسلیم کرد. "
     "ولایتی پس از این دیدار گفت پیام‌ها درباره همکاری‌های راهبردی دو کشور بود و پوتین پاسخ آن را به‌زودی خواهد داد. "
     "او روز چهارشنبه نیز با سرگئی لاوروف دیدار کرده بود و قرار است امروز با یوری اوشاکوف گفت‌وگو کند."),
     dates=[("دیروز پنجشنبه", "2018-07-12", "r"), ("روز چهارشنبه", "2018-07-11", "r"), ("امروز", "2018-07-13", "r")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"), C(PUT, [ROU, IR], "message", "2018-07-12"),
               C(PUT, [KHA, ROU, IR], "message", None, True), C(LAV, VEL, "meet", "2018-07-11"), C(USH, VEL, "meet", "2018-07-13")]),
dict(id="P14", pub="2018-05-18", text=(
     "به گزارش دنیای اقتصاد، موافقت‌نامه موقت تجارت آزاد ایران و اتحادیه اقتصادی اوراسیا روز پنجشنبه ۲۷ اردیبهشت ۱۳۹۷ در آستانه، پایتخت قزاقستان، به امضای محمد شریعتمداری، وزیر صنعت، معدن و تجارت، و نمایندگان پنج کشور عضو این اتحادیه رسید. "
     "شریعتمداری در حاشیه مراسم امضا با ماکسیم اورشکین، وزیر توسعه اقتصادی روسیه، نیز دیدار و گفت‌وگو کرد. "
     "این موافقت‌نامه سه ماه پس از تصویب در پارلمان‌های کشورهای عضو اجرایی می‌شود و تعرفه ۸۶۲ قلم کالا را کاهش می‌دهد. "
     "پیش‌بینی می‌شود حجم مبادلات ایران و روسیه امسال از ۲ میلیارد دلار فراتر رود."),
     dates=[("روز پنجشنبه ۲۷ اردیبهشت ۱۳۹۷", "2018-05-17", "j"), ("سه ماه پس از تصویب", None, "ignore"),
            ("امسال", "2018-03-21/2019-03-20", "r")],
     contacts=[C(RU, SHA, "agreement", "2018-05-17", True), C(ORE, SHA, "meet", "2018-05-17")]),
dict(id="P15", pub="2019-04-09", text=(
     "به گزارش اعتماد، نشست پانزدهم کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه که قرار بود اواخر فروردین در کازان برگزار شود، به درخواست طرف ایرانی به خرداد موکول شد. "
     "رضا اردکانیان، وزیر نیرو و رئیس ایرانی این کمیسیون، روز یکشنبه در تماس تلفنی با الکساندر نواک، وزیر انرژی روسیه، درباره زمان جدید نشست رایزنی کرد. "
     "سیل‌های فروردین‌ماه در ۲۶ استان کشور دلیل اصلی این تعویق عنوان شده است."),
     dates=[("اواخر فروردین", "2019-04-10/2019-04-20", "j"), ("خرداد", "2019-05-22/2019-06-21", "j"),
            ("روز یکشنبه", "2019-04-07", "r"), ("فروردین‌ماه", "2019-03-21/2019-04-20", "j")],
     contacts=[C(NOV, ARD, "meet", "2019-05-22/2019-06-21", True), C(NOV, ARD, "phone_call", "2019-04-07")]),
dict(id="P16", pub="2019-12-31", text=(
     "به گزارش ایسنا، محمدجواد ظریف که روز یکشنبه وارد مسکو شده بود، دوشنبه ۹ دی (۳۰ دسامبر) با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
     "وزیر امور خارجه پس از دیدار با همتای روس خود در نشست خبری مشترک گفت طرح صلح هرمز را با مسکو در میان گذاشته است. "
     "رزمایش مشترک دریایی ایران، روسیه و چین نیز از جمعه ۶ دی به مدت چهار روز در دریای عمان برگزار شد."),
     dates=[("روز یکشنبه", "2019-12-29", "r"), ("دوشنبه ۹ دی", "2019-12-30", "j"), ("۳۰ دسامبر", "2019-12-30", "g"),
            ("جمعه ۶ دی", "2019-12-27", "j")],
     contacts=[C([LAV, RU], ZAR, "meet", "2019-12-29", True), C(LAV, ZAR, "meet", "2019-12-30")]),
dict(id="P17", pub="2020-01-04", text=(
     "به گزارش فارس، سرگئی لاوروف، وزیر خارجه روسیه، روز جمعه ۱۳ دی در تماس تلفنی با محمدجواد ظریف شهادت سردار سپهبد قاسم سلیمانی را تسلیت گفت. "
     "سفارت روسیه در تهران نیز امروز با ارسال پیامی به وزارت امور خارجه مراتب همدردی دولت و ملت روسیه را ابراز کرد. "
     "مراسم تشییع پیکر سردار سلیمانی از فردا در اهواز، مشهد، تهران و قم برگزار می‌شود."),
     dates=[("روز جمعه ۱۳ دی", "2020-01-03", "j"), ("امروز", "2020-01-04", "r"), ("فردا", "2020-01-05", "r")],
     contacts=[C(LAV, ZAR, "phone_call", "2020-01-03"), C(RU, [IR, ZAR, "Ministry of Foreign Affairs"], "message", "2020-01-04"),
               C(RU, [IR, ZAR, "Ministry of Foreign Affairs"], "meet", "2020-01-04", True)]),
dict(id="P18", pub="2020-11-17", text=(
     "به گزارش جام جم، محمدباقر قالیباف، رئیس مجلس شورای اسلامی، صبح امروز سه‌شنبه در گفت‌وگویی ویدئویی با ویاچسلاو ولودین، رئیس دومای دولتی روسیه، درباره همکاری‌های پارلمانی دو کشور رایزنی کرد. "
     "سفر قالیباف به مسکو که برای آبان‌ماه برنامه‌ریزی شده بود، به دلیل همه‌گیری کووید ۱۹ لغو شد. "
     "دو طرف ابراز امیدواری کردند پس از بهبود شرایط بهداشتی دیدار حضوری داشته باشند."),
     dates=[("صبح امروز سه‌شنبه", "2020-11-17", "r"), ("آبان‌ماه", "2020-10-22/2020-11-20", "j")],
     contacts=[C(VOL, GHA, "phone_call", "2020-11-17"), C(VOL, GHA, "meet", None, True)]),
dict(id="P19", pub="2021-04-13", text=(
     "تهران- ایرنا- سرگئی لاوروف، وزیر امور خارجه روسیه، که دیشب وارد تهران شد، صبح امروز ۲۴ فروردین ۱۴۰۰ با محمدجواد ظریف دیدار و گفت‌وگو کرد. "
     "دو وزیر درباره مذاکرات وین و آینده برجام گفت‌وگو کردند و لاوروف قرار است عصر امروز با حسن روحانی نیز دیدار کند. "
     "سفر قبلی لاوروف به تهران اواخر آذر ۹۶ انجام شده بود."),
     dates=[("دیشب", "2021-04-12", "r"), ("صبح امروز ۲۴ فروردین ۱۴۰۰", "2021-04-13", "j"), ("عصر امروز", "2021-04-13", "r"),
            ("اواخر آذر ۹۶", "2017-12-12/2017-12-21", "j")],
     contacts=[C(LAV, IR, "meet", "2021-04-12", True), C(LAV, ZAR, "meet", "2021-04-13"), C(LAV, ROU, "meet", "2021-04-13"),
               C(LAV, IR, "meet", "2017-12-12/2017-12-21")]),
dict(id="P20", pub="2021-08-05", text=(
     "به گزارش باشگاه خبرنگاران جوان، ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم تحلیف سید ابراهیم رئیسی به تهران آمده است، امروز پنجشنبه ۱۴ مرداد پیش از آغاز مراسم با رئیس‌جمهور دیدار کرد. "
     "ولادیمیر پوتین نیز سه‌شنبه گذشته، همزمان با تنفیذ حکم ریاست‌جمهوری، در پیامی به رئیسی آغاز رسمی دوره ریاست‌جمهوری او را تبریک گفته بود. "
     "مراسم تحلیف با حضور هیئت‌هایی از ۷۳ کشور ساعت ۱۷ در مجلس برگزار می‌شود."),
     dates=[("امروز پنجشنبه ۱۴ مرداد", "2021-08-05", "j"), ("سه‌شنبه گذشته", "2021-08-03", "r")],
     contacts=[C(VOL, [RAI, IR], "meet", "2021-08-05"), C(PUT, RAI, "message", "2021-08-03")]),
dict(id="P21", pub="2022-01-20", text=(
     "به گزارش تسنیم، آیت‌الله سید ابراهیم رئیسی که دیروز در رأس هیئتی بلندپایه وارد مسکو شد، عصر چهارشنبه ۲۹ دی در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ دیداری که بیش از سه ساعت به طول انجامید. "
     "در همین دیدار، حسین امیرعبداللهیان پیش‌نویس سند همکاری‌های جامع ۲۰ ساله دو کشور را به سرگئی لاوروف تحویل داد. "
     "رئیس‌جمهور امروز پنجشنبه در صحن علنی دومای دولتی روسیه سخنرانی می‌کند و با ویاچسلاو ولودین دیدار خواهد داشت."),
     dates=[("دیروز", "2022-01-19", "r"), ("عصر چهارشنبه ۲۹ دی", "2022-01-19", "j"), ("امروز پنجشنبه", "2022-01-20", "r")],
     contacts=[C(PUT, RAI, "meet", "2022-01-19"), C(LAV, AMI, "meet", "2022-01-19"), C(VOL, [RAI, IR], "meet", "2022-01-20")]),
dict(id="P22", pub="2022-07-20", text=(
     "به گزارش همشهری آنلاین، تفاهم‌نامه‌ای به ارزش تقریبی ۴۰ میلیارد دلار میان شرکت ملی نفت ایران و گازپروم روسیه دیروز سه‌شنبه ۲۸ تیر از طریق ویدئوکنفرانس و با حضور محسن خجسته‌مهر و الکسی میلر، مدیران عامل دو شرکت، امضا شد. "
     "امضای این سند همزمان با سفر ولادیمیر پوتین به تهران و دیدار او با آیت‌الله رئیسی انجام شد. "
     "جواد اوجی، وزیر نفت، امروز گفت گازپروم در توسعه میدان‌های گازی کیش و پارس شمالی مشارکت خواهد کرد."),
     dates=[("دیروز سه‌شنبه ۲۸ تیر", "2022-07-19", "j"), ("امروز", "2022-07-20", "r")],
     contacts=[C(GAZ, NIOC, "agreement", "2022-07-19"), C(GAZ, NIOC, "meet", "2022-07-19", True), C(PUT, RAI, "meet", "2022-07-19")]),
dict(id="P23", pub="2023-06-12", text=(
     "ساری- ایرنا- الکسی ددوف، سفیر روسیه در تهران، امروز دوشنبه ۲۲ خرداد ۱۴۰۲ در ساری با استاندار مازندران دیدار و درباره توسعه کشتیرانی در دریای خزر گفت‌وگو کرد. "
     "استاندار مازندران در این دیدار گفت: تفاهم‌نامه همکاری مازندران و منطقه آستاراخان که پارسال امضا شد، باید هرچه زودتر عملیاتی شود. "
     "قرار است هیئتی تجاری از آستاراخان اواسط تیرماه برای شرکت در نمایشگاه تخصصی بندر امیرآباد به مازندران سفر کند."),
     dates=[("امروز دوشنبه ۲۲ خرداد ۱۴۰۲", "2023-06-12", "j"), ("پارسال", "2022-03-21/2023-03-20", "r"),
            ("اواسط تیرماه", "2023-07-02/2023-07-11", "j")],
     contacts=[C(DED, MAZ, "meet", "2023-06-12"), C(AST, MAZ, "agreement", "2022-03-21/2023-03-20"),
               C(AST, MAZ, "meet", "2022-03-21/2023-03-20", True), C(AST, MAZ, "meet", "2023-07-02/2023-07-11", True)]),
dict(id="P24", pub="2023-08-02", text=(
     "به گزارش فارس، علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، دو روز پیش در گفت‌وگویی تلفنی با نیکولای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، درباره تحولات قفقاز جنوبی و افغانستان رایزنی کرد. "
     "دو دبیر هفته گذشته نیز در حاشیه نشست دبیران شوراهای امنیت کشورهای عضو و دوست بریکس در ژوهانسبورگ دیدار کرده بودند. "
     "احمدیان که مه‌ماه ۲۰۲۳ جانشین علی شمخانی شد، قرار است اواسط شهریور به مسکو سفر کند."),
     dates=[("دو روز پیش", "2023-07-31", "r"), ("هفته گذشته", "2023-07-22/2023-07-28", "r"), ("مه‌ماه ۲۰۲۳", "2023-05", "g"),
            ("اواسط شهریور", "2023-09-02/2023-09-11", "j")],
     contacts=[C(PAT, AHM, "phone_call", "2023-07-31"), C(PAT, AHM, "meet", "2023-07-22/2023-07-28"),
               C(PAT, AHM, "meet", "2023-09-02/2023-09-11")]),
dict(id="P25", pub="2023-01-29", text=(
     "به گزارش دنیای اقتصاد، محمدرضا فرزین، رئیس کل بانک مرکزی، امروز ۹ بهمن ۱۴۰۱ از اتصال سامانه پیام‌رسان مالی ایران (سپام) به سامانه پیام‌رسان مالی روسیه (اس‌پی‌اف‌اس) خبر داد. "
     "به گفته او، توافق‌نامه این اتصال روز گذشته در تهران به امضای معاونان دو بانک مرکزی رسید. "
     "فرزین افزود هفته آینده برای پیگیری اتصال کارت‌های بانکی میر و شتاب به مسکو سفر می‌کند و با الویرا نابیولینا دیدار خواهد کرد."),
     dates=[("امروز ۹ بهمن ۱۴۰۱", "2023-01-29", "j"), ("روز گذشته", "2023-01-28", "r"), ("هفته آینده", "2023-02-04/2023-02-10", "r")],
     contacts=[C(CBR, CBI, "agreement", "2023-01-28"), C(NAB, FAR, "meet", "2023-02-04/2023-02-10")]),
dict(id="P26", pub="2024-03-23", text=(
     "تهران- ایرنا- آیت‌الله سید ابراهیم رئیسی امروز شنبه ۴ فروردین ۱۴۰۳ در پیامی به ولادیمیر پوتین حمله تروریستی شامگاه جمعه به سالن کنسرت کروکوس در حومه مسکو را محکوم کرد و به دولت و ملت روسیه تسلیت گفت. "
     "حسین امیرعبداللهیان نیز بعدازظهر امروز پس از گفت‌وگوی تلفنی با سرگئی لاوروف در شبکه ایکس نوشت: ایران در کنار ملت روسیه است. "
     "در این حمله دست‌کم ۱۳۳ نفر کشته شدند."),
     dates=[("امروز شنبه ۴ فروردین ۱۴۰۳", "2024-03-23", "j"), ("شامگاه جمعه", "2024-03-22", "r"),
            ("بعدازظهر امروز", "2024-03-23", "r")],
     contacts=[C(PUT, RAI, "message", "2024-03-23"), C(LAV, AMI, "phone_call", "2024-03-23")]),
dict(id="P27", pub="2024-05-22", text=(
     "ویاچسلاو ولودین، رئیس دومای روسیه، که امروز برای شرکت در مراسم بزرگداشت ابراهیم رئیسی وارد تهران شد، با محمدباقر قالیباف، رئیس مجلس، دیدار کرد. "
     "ولادیمیر پوتین نیز روز دوشنبه در پیامی به علی خامنه‌ای درگذشت رئیسی را تسلیت گفت و در تماسی تلفنی با محمد مخبر، سرپرست ریاست‌جمهوری، بر تداوم همکاری‌های دو کشور تاکید کرد. "
     "بالگرد حامل رئیسی و همراهانش یکشنبه ۳۰ اردیبهشت (۱۱ ذی‌القعده) در ارتفاعات ورزقان سقوط کرد."),
     dates=[("امروز", "2024-05-22", "r"), ("روز دوشنبه", "2024-05-20", "r"), ("یکشنبه ۳۰ اردیبهشت", "2024-05-19", "j"),
            ("۱۱ ذی‌القعده", "2024-05-19", "h")],
     contacts=[C(VOL, GHA, "meet", "2024-05-22"), C(PUT, KHA, "message", "2024-05-20"), C(PUT, MOKH, "phone_call", "2024-05-20")]),
dict(id="P28", pub="2024-10-23", text=(
     "به گزارش خبرآنلاین، مسعود پزشکیان که دیروز برای شرکت در شانزدهمین اجلاس سران بریکس وارد کازان شد، امروز چهارشنبه ۲ آبان (۲۳ اکتبر) در حاشیه این اجلاس با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "دو رئیس‌جمهور دو هفته پیش نیز در عشق‌آباد، پایتخت ترکمنستان، با یکدیگر دیدار کرده بودند. "
     "پزشکیان گفت متن پیمان مشارکت راهبردی جامع دو کشور نهایی شده و به زودی در سفری به مسکو امضا خواهد شد."),
     dates=[("دیروز", "2024-10-22", "r"), ("امروز چهارشنبه ۲ آبان", "2024-10-23", "j"), ("۲۳ اکتبر", "2024-10-23", "g"),
            ("دو هفته پیش", "2024-10-05/2024-10-11", "r")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-05/2024-10-11"),
               C(PUT, PEZ, "agreement", None, True), C(PUT, PEZ, "meet", None, True)]),
dict(id="P29", pub="2025-01-18", text=(
     "به گزارش جام جم، پیمان مشارکت راهبردی جامع ایران و روسیه روز جمعه ۲۸ دی‌ماه ۱۴۰۳ (۱۷ ژانویه ۲۰۲۵) در کاخ کرملین به امضای مسعود پزشکیان و ولادیمیر پوتین رسید. "
     "این پیمان ۴۷ ماده دارد و برای مدت ۲۰ سال معتبر است. "
     "عباس عراقچی و سرگئی لاوروف نیز در حاشیه این سفر دیدار و درباره تحولات سوریه گفت‌وگو کردند. "
     "پیمان پس از تصویب در مجلس شورای اسلامی و دومای دولتی روسیه لازم‌الاجرا می‌شود."),
     dates=[("روز جمعه ۲۸ دی‌ماه ۱۴۰۳", "2025-01-17", "j"), ("۱۷ ژانویه ۲۰۲۵", "2025-01-17", "g")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True), C(LAV, ARA, "meet", "2025-01-17")]),
dict(id="P30", pub="2025-04-19", text=(
     "به گزارش خبرگزاری مهر، سید عباس عراقچی دیروز جمعه در کاخ کرملین با ولادیمیر پوتین دیدار و نامه رهبر انقلاب را به وی تسلیم کرد. "
     "وزیر امور خارجه پیش از این دیدار با سرگئی لاوروف گفت‌وگو کرده بود و پس از آن راهی رم شد تا دور دوم مذاکرات غیرمستقیم با آمریکا را امروز شنبه ۳۰ فروردین برگزار کند. "
     "دور نخست این مذاکرات ۲۳ فروردین در مسقط برگزار شده بود."),
     dates=[("دیروز جمعه", "2025-04-18", "r"), ("امروز شنبه ۳۰ فروردین", "2025-04-19", "j"), ("۲۳ فروردین", "2025-04-12", "j")],
     contacts=[C(PUT, ARA, "meet", "2025-04-18"), C(PUT, KHA, "message", "2025-04-18"), C(LAV, ARA, "meet", "2025-04-18")]),
dict(id="P31", pub="2025-06-14", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز جمعه ۲۳ خرداد (۱۳ ژوئن) در گفت‌وگوهای تلفنی جداگانه با مسعود پزشکیان و بنیامین نتانیاهو حملات اسرائیل به ایران را محکوم کرد و پیشنهاد میانجیگری داد. "
     "دیمیتری پسکوف، سخنگوی کرملین، امروز گزارش برخی رسانه‌ها درباره سفر محرمانه علی لاریجانی به مسکو در هفته گذشته را «بی‌اساس» خواند. "
     "اسماعیل بقائی، سخنگوی وزارت خارجه ایران، گفت عباس عراقچی دوشنبه هفته آینده برای دیدار با پوتین به مسکو سفر می‌کند."),
     dates=[("روز جمعه ۲۳ خرداد", "2025-06-13", "j"), ("۱۳ ژوئن", "2025-06-13", "g"), ("امروز", "2025-06-14", "r"),
            ("هفته گذشته", "2025-06-07/2025-06-13", "r"), ("دوشنبه هفته آینده", "2025-06-23", "r")],
     contacts=[C(PUT, PEZ, "phone_call", "2025-06-13"), C(PUT, ARA, "meet", "2025-06-23")]),
dict(id="P32", pub="2025-11-10", text=(
     "1404/08/19 - به گزارش اعتماد، لئونید اسلوتسکی، رئیس کمیته امور بین‌الملل دومای دولتی روسیه، امروز در تهران با ابراهیم عزیزی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، دیدار و گفت‌وگو کرد. "
     "دو طرف بر اجرای پیمان مشارکت راهبردی جامع دو کشور تاکید کردند که از ۱۰ مهر ۱۴۰۴ لازم‌الاجرا شده است. "
     "اسلوتسکی قرار است پس‌فردا با محمدباقر قالیباف، رئیس مجلس، دیدار کند."),
     dates=[("1404/08/19", "2025-11-10", "j"), ("امروز", "2025-11-10", "r"), ("۱۰ مهر ۱۴۰۴", "2025-10-02", "j"),
            ("پس‌فردا", "2025-11-12", "r")],
     contacts=[C(SLU, AZI, "meet", "2025-11-10"), C(SLU, GHA, "meet", "2025-11-12")]),
dict(id="P33", pub="2026-01-14", text=(
     "۱۴۰۴/۱۰/۲۴ - عباس عراقچی، وزیر خارجه جمهوری اسلامی، شامگاه دوشنبه در تماس تلفنی با همتای روس خود درباره پیامدهای بازگشت تحریم‌های شورای امنیت و تحولات داخلی ایران گفت‌وگو کرد. "
     "سفارت روسیه در تهران گزارش رسانه‌های اسرائیلی درباره سفر محرمانه سرگئی شویگو، دبیر شورای امنیت روسیه، به تهران در ۱۸ دی را «جعلی» خواند. "
     "عراقچی همچنین گفت اواخر ژانویه برای شرکت در نشست وزیران خارجه کشورهای ساحلی خزر به مسکو سفر خواهد کرد."),
     dates=[("۱۴۰۴/۱۰/۲۴", "2026-01-14", "j"), ("شامگاه دوشنبه", "2026-01-12", "r"), ("۱۸ دی", "2026-01-08", "j"),
            ("اواخر ژانویه", "2026-01-21/2026-01-31", "g")],
     contacts=[C([LAV, RU], ARA, "phone_call", "2026-01-12"), C([LAV, RU], [ARA, IR], "meet", "2026-01-21/2026-01-31", True)]),
dict(id="P34", pub="2026-02-05", text=(
     "یوری اوشاکوف، دستیار رئیس‌جمهور روسیه در امور بین‌الملل، روز پنجشنبه اعلام کرد سفر ولادیمیر پوتین به تهران که قرار بود اوایل بهمن انجام شود، به اسفند موکول شده است. "
     "به گفته او، پوتین و مسعود پزشکیان پریروز در گفت‌وگویی تلفنی بر سر زمان جدید این سفر توافق کردند. "
     "آخرین سفر پوتین به ایران تیر ۱۴۰۱ و برای شرکت در نشست سران روند آستانه انجام شده بود."),
     dates=[("روز پنجشنبه", "2026-02-05", "r"), ("اوایل بهمن", "2026-01-21/2026-01-30", "j"), ("اسفند", "2026-02-20/2026-03-20", "j"),
            ("پریروز", "2026-02-03", "r"), ("تیر ۱۴۰۱", "2022-06-22/2022-07-22", "j")],
     contacts=[C(PUT, [PEZ, IR], "meet", "2026-02-20/2026-03-20"), C(PUT, PEZ, "phone_call", "2026-02-03"),
               C(PUT, [RAI, KHA, IR], "meet", "2022-06-22/2022-07-22", True)]),
dict(id="P35", pub="2021-11-11", text=(
     "رشت- ایرنا- استاندار گیلان و ایگور بابوشکین، فرماندار منطقه آستاراخان روسیه، ظهر امروز پنجشنبه ۲۰ آبان (۱۱ نوامبر) در رشت تفاهم‌نامه همکاری‌های اقتصادی، بندری و گردشگری دو منطقه را امضا کردند. "
     "بابوشکین روز سه‌شنبه در رأس هیئتی ۴۰ نفره از طریق بندر انزلی وارد گیلان شده بود. "
     "قرار است پروازهای مستقیم رشت-آستاراخان از ۱۵ آذر برقرار شود."),
     dates=[("ظهر امروز پنجشنبه ۲۰ آبان", "2021-11-11", "j"), ("۱۱ نوامبر", "2021-11-11", "g"), ("روز سه‌شنبه", "2021-11-09", "r"),
            ("۱۵ آذر", "2021-12-06", "j")],
     contacts=[C(AST, GIL, "agreement", "2021-11-11"), C(AST, GIL, "meet", "2021-11-11", True),
               C(AST, GIL, "meet", "2021-11-09", True)]),
dict(id="P36", pub="2022-07-05", text=(
     "به گزارش خبرگزاری مهر، کاظم جلالی، سفیر ایران در مسکو، روز دوشنبه ۱۳ تیر ۱۴۰۱ با سرگئی لاوروف دیدار و پیام مکتوب آیت‌الله رئیسی خطاب به ولادیمیر پوتین را تسلیم وی کرد. "
     "رئیسی و پوتین ۸ تیر در حاشیه ششمین اجلاس سران کشورهای ساحلی خزر در عشق‌آباد با یکدیگر دیدار کرده بودند. "
     "پوتین قرار است ۲۸ تیر برای شرکت در نشست سه‌جانبه سران روند آستانه با حضور رئیسی و رجب طیب اردوغان به تهران سفر کند."),
     dates=[("روز دوشنبه ۱۳ تیر ۱۴۰۱", "2022-07-04", "j"), ("۸ تیر", "2022-06-29", "j"), ("۲۸ تیر", "2022-07-19", "j")],
     contacts=[C(LAV, JAL, "meet", "2022-07-04"), C([PUT, LAV, RU], RAI, "message", "2022-07-04"), C(PUT, RAI, "meet", "2022-06-29"),
               C(PUT, RAI, "meet", "2022-07-19")]),
dict(id="P37", pub="2023-08-16", text=(
     "به گزارش تسنیم، امیر سرتیپ محمدرضا آشتیانی، وزیر دفاع، که برای شرکت در یازدهمین کنفرانس امنیت بین‌المللی مسکو به روسیه سفر کرده است، سه‌شنبه ۲۴ مرداد در حاشیه این کنفرانس با سرگئی شویگو، همتای روس خود، دیدار و گفت‌وگو کرد. "
     "سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، نیز هفته گذشته در ارتباطی ویدئویی با والری گراسیموف، رئیس ستاد کل نیروهای مسلح روسیه، درباره همکاری‌های نظامی دو کشور گفت‌وگو کرده بود."),
     dates=[("سه‌شنبه ۲۴ مرداد", "2023-08-15", "j"), ("هفته گذشته", "2023-08-05/2023-08-11", "r")],
     contacts=[C(SHO, ASH, "meet", "2023-08-15"), C(GER, BAGH, "phone_call", "2023-08-05/2023-08-11")]),
dict(id="P38", pub="2024-06-11", text=(
     "به گزارش باشگاه خبرنگاران جوان، علی باقری کنی، سرپرست وزارت امور خارجه، دیروز در حاشیه نشست وزیران خارجه کشورهای عضو بریکس در نیژنی نووگورود با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
     "نشست اصلی وزیران خارجه بریکس امروز سه‌شنبه ۲۲ خرداد به ریاست لاوروف برگزار می‌شود. "
     "باقری کنی پیش از انتخابات ریاست‌جمهوری ۸ تیر به تهران بازمی‌گردد."),
     dates=[("دیروز", "2024-06-10", "r"), ("امروز سه‌شنبه ۲۲ خرداد", "2024-06-11", "j"), ("۸ تیر", "2024-06-28", "j")],
     contacts=[C(LAV, BAGK, "meet", "2024-06-10"), C(LAV, BAGK, "meet", "2024-06-11", True)]),
dict(id="P39", pub="2024-11-25", text=(
     "به گزارش ایسنا، سرگئی تسیویلف، وزیر انرژی روسیه و رئیس روسی کمیسیون مشترک همکاری‌های اقتصادی دو کشور، اواسط آذر برای شرکت در هجدهمین نشست این کمیسیون به تهران سفر می‌کند و با محسن پاک‌نژاد، وزیر نفت، دیدار خواهد کرد. "
     "پاک‌نژاد روز شنبه در تماس تلفنی با همتای روس خود مقدمات این نشست را بررسی کرد. "
     "تفاهم‌نامه صادرات گاز روسیه به ایران ۶ تیر امسال میان گازپروم و شرکت ملی گاز ایران امضا شده بود."),
     dates=[("اواسط آذر", "2024-12-01/2024-12-10", "j"), ("روز شنبه", "2024-11-23", "r"), ("۶ تیر امسال", "2024-06-26", "j")],
     contacts=[C(TSI, PAK, "meet", "2024-12-01/2024-12-10"), C(RU, IR, "meet", "2024-12-01/2024-12-10", True),
               C(TSI, PAK, "phone_call", "2024-11-23"), C(GAZ, NIGC, "agreement", "2024-06-26")]),
dict(id="P40", pub="2019-03-21", text=(
     "تهران- همشهری آنلاین- ولادیمیر پوتین، رئیس‌جمهور روسیه، در پیامی فرا رسیدن نوروز را به حسن روحانی و ملت ایران تبریک گفت و ابراز امیدواری کرد دو رئیس‌جمهور به زودی در اجلاس سه‌جانبه آستانه دیدار کنند. "
     "لحظه تحویل سال ۱۳۹۸ ساعت ۱ و ۲۸ دقیقه و ۲۷ ثانیه بامداد امروز پنجشنبه یکم فروردین، مصادف با ۱۴ رجب ۱۴۴۰، بود. "
     "روحانی نیز در پیام‌های جداگانه‌ای نوروز را به سران کشورهای حوزه نوروز تبریک گفت."),
     dates=[("نوروز", "2019-03-21", "j"), ("سال ۱۳۹۸", "2019-03-21/2020-03-19", "j"), ("بامداد امروز پنجشنبه یکم فروردین", "2019-03-21", "j"),
            ("۱۴ رجب ۱۴۴۰", "2019-03-21", "h"), ("نوروز", "2019-03-21", "j")],
     contacts=[C(PUT, ROU, "message", "any"), C(PUT, ROU, "meet", None, True)]),
# ---------------- no Russia–Iran contact ----------------
dict(id="P41", pub="2012-01-29", text=(
     "به گزارش همشهری، بارش برف از دیشب در تهران آغاز شده و تا عصر چهارشنبه ادامه خواهد داشت. "
     "به همین دلیل مدارس ابتدایی پایتخت فردا دوشنبه تعطیل است و جاده چالوس به دلیل خطر ریزش بهمن تا اطلاع ثانوی بسته شد. "
     "کمینه دمای تهران بامداد امروز به منفی ۸ درجه رسید؛ پارسال در همین روزها دما به منفی ۱۲ درجه رسیده بود."),
     dates=[("دیشب", "2012-01-28", "r"), ("عصر چهارشنبه", "2012-02-01", "r"), ("فردا دوشنبه", "2012-01-30", "r"),
            ("بامداد امروز", "2012-01-29", "r"), ("پارسال در همین روزها", None, "ignore")],
     contacts=[]),
dict(id="P42", pub="2013-06-08", text=(
     "به گزارش ایسنا، آزمون سراسری سال ۱۳۹۲ در روزهای ۳۰ و ۳۱ خرداد با شرکت بیش از یک میلیون و ۱۰۰ هزار داوطلب برگزار می‌شود. "
     "کارت ورود به جلسه داوطلبان از سه‌شنبه ۲۸ خرداد روی سایت سازمان سنجش قرار می‌گیرد و نتایج اولیه اواخر مرداد اعلام خواهد شد. "
     "شمار داوطلبان نسبت به کنکور ۹۱ حدود ۸ درصد کاهش یافته است."),
     dates=[("سال ۱۳۹۲", "2013-03-21/2014-03-20", "j"), ("۳۰", "2013-06-20", "j"), ("۳۱ خرداد", "2013-06-21", "j"),
            ("سه‌شنبه ۲۸ خرداد", "2013-06-18", "j"), ("اواخر مرداد", "2013-08-12/2013-08-22", "j"), ("کنکور ۹۱", None, "ignore")],
     contacts=[]),
dict(id="P43", pub="2014-11-01", text=(
     "به گزارش جام جم، ادارات، بانک‌ها و مدارس سراسر کشور در روزهای تاسوعا و عاشورای حسینی (۱۲ و ۱۳ آبان) تعطیل است. "
     "ماه محرم امسال از یکشنبه ۴ آبان آغاز شد و هیئت‌های عزاداری پایتخت از همان شب مراسم خود را برپا کرده‌اند. "
     "سازمان هواشناسی برای روز عاشورا آسمانی صاف و دمای ۲۲ درجه پیش‌بینی کرده و اعلام کرده است سامانه بارشی بعدی از پنجشنبه وارد کشور می‌شود."),
     dates=[("تاسوعا و عاشورای حسینی", None, "ignore"), ("۱۲", "2014-11-03", "j"), ("۱۳ آبان", "2014-11-04", "j"),
            ("ماه محرم امسال", None, "ignore"), ("یکشنبه ۴ آبان", "2014-10-26", "j"), ("همان شب", None, "ignore"),
            ("روز عاشورا", "2014-11-04", "h"), ("پنجشنبه", "2014-11-06", "r")],
     contacts=[]),
dict(id="P44", pub="2015-10-20", text=(
     "به گزارش خبرگزاری مهر، قیمت دلار امروز سه‌شنبه در بازار آزاد تهران به ۳ هزار و ۴۵۰ تومان رسید که نسبت به هفته گذشته ۲ درصد افزایش نشان می‌دهد. "
     "سکه تمام بهار آزادی طرح جدید نیز ۹۸۰ هزار تومان معامله شد. "
     "بانک مرکزی از اول مهر عرضه ارز مسافرتی را در ۱۵۰ شعبه بانک ملی از سر گرفته است."),
     dates=[("امروز سه‌شنبه", "2015-10-20", "r"), ("هفته گذشته", "2015-10-10/2015-10-16", "r"), ("اول مهر", "2015-09-23", "j")],
     contacts=[]),
dict(id="P45", pub="2016-08-17", text=(
     "به گزارش ایسنا، دربی ۸۳ پایتخت میان استقلال و پرسپولیس جمعه ۲۹ مرداد ساعت ۱۹ در ورزشگاه آزادی و در چارچوب هفته سوم لیگ برتر برگزار می‌شود. "
     "پرسپولیس پنجشنبه هفته گذشته با نتیجه ۲ بر یک از سد صنعت نفت آبادان گذشت. "
     "در المپیک ریو نیز حسن یزدانی، آزادکار وزن ۷۴ کیلوگرم، یکشنبه آینده (۲۱ اوت) به روی تشک می‌رود."),
     dates=[("جمعه ۲۹ مرداد", "2016-08-19", "j"), ("پنجشنبه هفته گذشته", "2016-08-11", "r"), ("یکشنبه آینده", "2016-08-21", "r"),
            ("۲۱ اوت", "2016-08-21", "g")],
     contacts=[]),
dict(id="P46", pub="2017-10-04", text=(
     "رجب طیب اردوغان، رئیس‌جمهور ترکیه، صبح امروز چهارشنبه دوازدهم مهر در رأس هیئتی بلندپایه وارد تهران شد و در کاخ سعدآباد مورد استقبال رسمی حسن روحانی قرار گرفت. "
     "دو رئیس‌جمهور درباره همه‌پرسی استقلال اقلیم کردستان عراق که ۳ مهر برگزار شد گفت‌وگو کردند. "
     "آخرین سفر اردوغان به تهران فروردین ۹۵ بود و حجم تجارت دو کشور پارسال به ۱۰ میلیارد دلار رسید. "
     "ایران، روسیه و ترکیه از ژانویه ۲۰۱۷ ضامنان روند آستانه هستند."),
     dates=[("صبح امروز چهارشنبه دوازدهم مهر", "2017-10-04", "j"), ("۳ مهر", "2017-09-25", "j"), ("فروردین ۹۵", "2016-03-20/2016-04-19", "j"),
            ("پارسال", "2016-03-20/2017-03-20", "r"), ("ژانویه ۲۰۱۷", "2017-01", "g")],
     contacts=[]),
dict(id="P47", pub="2018-12-24", text=(
     "به گزارش باشگاه خبرنگاران جوان، مه غلیظ از بامداد امروز دید افقی در جاده‌های گیلان و مازندران را به کمتر از ۵۰ متر رساند. "
     "کارشناس سازمان هواشناسی گفت بارش‌ها از شب یلدا تاکنون ۳۵ درصد بیشتر از مدت مشابه سال گذشته بوده و سامانه بارشی جدید از پس‌فردا چهارشنبه ۵ دی تا جمعه ۷ دی فعال است. "
     "دمای هوای تهران در اواسط دی‌ماه تا منفی ۵ درجه کاهش می‌یابد."),
     dates=[("بامداد امروز", "2018-12-24", "r"), ("شب یلدا", "2018-12-21", "j"), ("مدت مشابه سال گذشته", None, "ignore"),
            ("از پس‌فردا چهارشنبه ۵ دی تا جمعه ۷ دی", "2018-12-26/2018-12-28", "j"), ("اواسط دی‌ماه", "2019-01-01/2019-01-10", "j")],
     contacts=[]),
dict(id="P48", pub="2019-09-05", text=(
     "به گزارش تسنیم، وزیر آموزش و پرورش گفت سال تحصیلی ۹۸-۹۹ دوشنبه یکم مهر با حضور رئیس‌جمهور در مدرسه‌ای در تهران آغاز می‌شود و ثبت‌نام دانش‌آموزان تا ۲۵ شهریور ادامه دارد. "
     "نتایج نهایی کنکور ۹۸ نیز هفته آینده اعلام خواهد شد و انتخاب رشته دانشگاه آزاد از ۱۶ تا ۲۰ شهریور انجام می‌شود. "
     "امسال ۱۴ میلیون و ۸۰۰ هزار دانش‌آموز در ۱۰۵ هزار مدرسه به تحصیل خواهند پرداخت."),
     dates=[("سال تحصیلی ۹۸-۹۹", None, "ignore"), ("دوشنبه یکم مهر", "2019-09-23", "j"), ("۲۵ شهریور", "2019-09-16", "j"),
            ("کنکور ۹۸", None, "ignore"), ("هفته آینده", "2019-09-07/2019-09-13", "r"),
            ("از ۱۶ تا ۲۰ شهریور", "2019-09-07/2019-09-11", "j"), ("امسال", "2019-03-21/2020-03-19", "r")],
     contacts=[]),
dict(id="P49", pub="2020-07-19", text=(
     "تهران- ایرنا- سخنگوی وزارت بهداشت امروز یکشنبه اعلام کرد در ۲۴ ساعت گذشته ۱۸۸ بیمار کووید ۱۹ جان باختند و شمار کل جان‌باختگان این بیماری از ۳۰ بهمن ۹۸، که نخستین موارد ابتلا در قم تأیید شد، به ۱۴ هزار و ۱۸۸ نفر رسید. "
     "محدودیت‌های کرونایی در تهران تا پایان تیرماه تمدید شد. "
     "دستورالعمل بهداشتی برگزاری مراسم ماه محرم که از اواخر مرداد آغاز می‌شود، هفته آینده ابلاغ خواهد شد."),
     dates=[("امروز یکشنبه", "2020-07-19", "r"), ("۲۴ ساعت گذشته", None, "ignore"), ("۳۰ بهمن ۹۸", "2020-02-19", "j"),
            ("تا پایان تیرماه", None, "ignore"), ("ماه محرم", None, "ignore"), ("اواخر مرداد", "2020-08-11/2020-08-21", "j"),
            ("هفته آینده", "2020-07-25/2020-07-31", "r")],
     contacts=[]),
dict(id="P50", pub="2021-03-28", text=(
     "به گزارش انتخاب، سند همکاری‌های ۲۵ ساله ایران و چین دیروز شنبه هفتم فروردین ۱۴۰۰ در تهران به امضای محمدجواد ظریف و وانگ یی، وزیران خارجه دو کشور، رسید. "
     "وانگ یی که جمعه شب وارد تهران شد، با حسن روحانی و علی لاریجانی نیز دیدار کرد. "
     "این سند نخستین بار بهمن ۱۳۹۴ در سفر شی جین‌پینگ به تهران مطرح شده بود."),
     dates=[("دیروز شنبه هفتم فروردین ۱۴۰۰", "2021-03-27", "j"), ("جمعه شب", "2021-03-26", "r"), ("بهمن ۱۳۹۴", "2016-01-21/2016-02-19", "j")],
     contacts=[]),
dict(id="P51", pub="2022-03-30", text=(
     "هیئت‌های مذاکره‌کننده روسیه و اوکراین روز سه‌شنبه ۲۹ مارس در کاخ دلمه‌باغچه استانبول با میانجیگری ترکیه دیدار کردند؛ نخستین دیدار رو در روی دو طرف از دهم مارس. "
     "روسیه از ۲۴ فوریه حمله نظامی به اوکراین را آغاز کرده است. "
     "رجب طیب اردوغان پیش از آغاز مذاکرات گفت امیدوار است دور بعدی گفت‌وگوها تا پایان آوریل به دیدار پوتین و زلنسکی بینجامد."),
     dates=[("روز سه‌شنبه ۲۹ مارس", "2022-03-29", "g"), ("دهم مارس", "2022-03-10", "g"), ("۲۴ فوریه", "2022-02-24", "g"),
            ("تا پایان آوریل", None, "ignore")],
     contacts=[]),
dict(id="P52", pub="2023-04-20", text=(
     "به گزارش کیهان، دفتر رهبر انقلاب اعلام کرد فردا جمعه ۱ اردیبهشت ۱۴۰۲ عید سعید فطر است و نماز عید فطر به امامت رهبر انقلاب در مصلای امام خمینی تهران اقامه می‌شود. "
     "به این ترتیب ماه مبارک رمضان امسال ۲۹ روزه بود. "
     "ادارات و بانک‌های استان تهران شنبه ۲ اردیبهشت نیز تعطیل است."),
     dates=[("فردا جمعه ۱ اردیبهشت ۱۴۰۲", "2023-04-21", "j"), ("عید سعید فطر", None, "ignore"), ("نماز عید فطر", None, "ignore"),
            ("ماه مبارک رمضان امسال", "2023-03-23/2023-04-20", "h"), ("شنبه ۲ اردیبهشت", "2023-04-22", "j")],
     contacts=[]),
dict(id="P53", pub="2024-06-10", text=(
     "به گزارش خبرآنلاین، سازمان سنجش آموزش کشور اعلام کرد دومین نوبت آزمون سراسری ۱۴۰۳ روزهای ۱۴۰۳/۰۴/۱۸ و ۱۴۰۳/۰۴/۱۹ برگزار می‌شود و کارت ورود به جلسه از چهار روز قبل از آزمون روی سایت قرار می‌گیرد. "
     "نتایج نوبت نخست آزمون که اردیبهشت‌ماه برگزار شد، ۱۰ خرداد اعلام شده بود. "
     "داوطلبان می‌توانند تا ساعت ۲۴ روز ۲۵ خرداد نسبت به ویرایش اطلاعات خود اقدام کنند."),
     dates=[("آزمون سراسری ۱۴۰۳", None, "ignore"), ("۱۴۰۳/۰۴/۱۸", "2024-07-08", "j"), ("۱۴۰۳/۰۴/۱۹", "2024-07-09", "j"),
            ("چهار روز قبل از آزمون", None, "ignore"), ("اردیبهشت‌ماه", "2024-04-20/2024-05-20", "j"), ("۱۰ خرداد", "2024-05-30", "j"),
            ("روز ۲۵ خرداد", "2024-06-14", "j")],
     contacts=[]),
dict(id="P54", pub="2024-12-07", text=(
     "به گزارش دنیای اقتصاد، سخنگوی دولت روز چهارشنبه گفت تصمیمی برای افزایش قیمت بنزین تا پایان سال گرفته نشده است؛ آخرین افزایش قیمت بنزین ۲۴ آبان ۱۳۹۸ اتفاق افتاد و قیمت هر لیتر بنزین سهمیه‌ای را به ۱۵۰۰ تومان رساند. "
     "بهمن رضایی، کارشناس بازار انرژی، گفت مصرف بنزین در آبان امسال به رکورد ۱۳۰ میلیون لیتر در روز رسید. "
     "قیمت دلار در بازار آزاد امروز ۷۲ هزار و ۵۰۰ تومان اعلام شد که نسبت به ماه گذشته ۸ درصد افزایش نشان می‌دهد."),
     dates=[("روز چهارشنبه", "2024-12-04", "r"), ("تا پایان سال", None, "ignore"), ("۲۴ آبان ۱۳۹۸", "2019-11-15", "j"),
            ("آبان امسال", "2024-10-22/2024-11-20", "j"), ("امروز", "2024-12-07", "r"), ("ماه گذشته", "2024-10-22/2024-11-20", "r")],
     contacts=[]),
dict(id="P55", pub="2025-08-04", text=(
     "به گزارش انتخاب، استانداری تهران اعلام کرد به دلیل گرمای شدید هوا و صرفه‌جویی در مصرف برق، ادارات و بانک‌های استان پس‌فردا چهارشنبه ۱۵ مرداد تعطیل است. "
     "دمای هوای تهران دیروز به ۴۲ درجه رسید که بالاترین دمای ثبت‌شده در مردادماه طی ۵۰ سال اخیر است. "
     "سازمان هواشناسی پیش‌بینی کرده است گرما تا اواخر هفته آینده ادامه یابد و ساعت کاری ادارات از اول شهریور به روال عادی بازمی‌گردد."),
     dates=[("پس‌فردا چهارشنبه ۱۵ مرداد", "2025-08-06", "j"), ("دیروز", "2025-08-03", "r"), ("مردادماه", None, "ignore"),
            ("۵۰ سال اخیر", None, "ignore"), ("اواخر هفته آینده", None, "ignore"), ("اول شهریور", "2025-08-23", "j")],
     contacts=[]),
dict(id="P56", pub="2025-07-05", text=(
     "عباس عراقچی، وزیر خارجه ایران، امروز شنبه برای شرکت در هفدهمین نشست سران بریکس که ۶ و ۷ ژوئیه در ریو دو ژانیرو برگزار می‌شود، وارد برزیل شد. "
     "ولادیمیر پوتین به دلیل حکم بازداشت دیوان کیفری بین‌المللی به صورت ویدئویی در نشست شرکت می‌کند و سرگئی لاوروف ریاست هیئت روسیه را بر عهده دارد. "
     "مسعود پزشکیان پس از جنگ ۱۲ روزه در این نشست حضور ندارد."),
     dates=[("امروز شنبه", "2025-07-05", "r"), ("۶", "2025-07-06", "g"), ("۷ ژوئیه", "2025-07-07", "g")],
     contacts=[C([LAV, PUT, RU], [ARA, IR], "meet", "2025-07-06/2025-07-07", True)]),
dict(id="P57", pub="2026-03-15", text=(
     "به گزارش همشهری، لحظه تحویل سال ۱۴۰۵ ساعت ۱۸ و ۱۶ دقیقه روز جمعه ۲۹ اسفند خواهد بود؛ روزی که بنا بر پیش‌بینی‌ها عید سعید فطر امسال نیز است. "
     "تعطیلات نوروزی مدارس از ۲۵ اسفند آغاز می‌شود و کلاس‌ها ۱۵ فروردین از سر گرفته خواهد شد. "
     "چهارشنبه‌سوری امسال، سه‌شنبه شب ۲۶ اسفند، برگزار می‌شود و آتش‌نشانی از شهروندان خواسته است از مواد محترقه استفاده نکنند."),
     dates=[("سال ۱۴۰۵", "2026-03-21/2027-03-20", "j"), ("روز جمعه ۲۹ اسفند", "2026-03-20", "j"), ("عید سعید فطر امسال", None, "ignore"),
            ("تعطیلات نوروزی", None, "ignore"), ("۲۵ اسفند", "2026-03-16", "j"), ("۱۵ فروردین", "2026-04-04", "j"),
            ("چهارشنبه‌سوری امسال", None, "ignore"), ("سه‌شنبه شب ۲۶ اسفند", "2026-03-17", "j")],
     contacts=[]),
dict(id="P58", pub="2016-01-24", text=(
     "تهران- ایرنا- شی جین‌پینگ، رئیس‌جمهور چین، که جمعه شب وارد تهران شد، دیروز با رهبر انقلاب و حسن روحانی دیدار کرد و ۱۷ سند همکاری به امضای مقام‌های دو کشور رسید. "
     "دو رئیس‌جمهور توافق کردند حجم تجارت دو کشور طی ۱۰ سال آینده به ۶۰۰ میلیارد دلار برسد. "
     "این نخستین سفر یک رئیس‌جمهور چین به ایران از ۲۰۰۲ به این سو است."),
     dates=[("جمعه شب", "2016-01-22", "r"), ("دیروز", "2016-01-23", "r"), ("۱۰ سال آینده", None, "ignore"), ("۲۰۰۲", "2002", "g")],
     contacts=[]),
dict(id="P59", pub="2025-05-17", text=(
     "هیئت‌های روسیه و اوکراین دیروز جمعه ۱۶ مه (۲۶ اردیبهشت) در استانبول برای نخستین بار از مارس ۲۰۲۲ رو در رو مذاکره کردند و بر سر تبادل هزار اسیر از هر طرف توافق کردند. "
     "ولادیمیر مدینسکی، رئیس هیئت روسیه، گفت دو طرف دور بعدی را اوایل ژوئن برگزار می‌کنند. "
     "در همین حال دور پنجم مذاکرات غیرمستقیم ایران و آمریکا قرار است جمعه آینده در رم برگزار شود."),
     dates=[("دیروز جمعه ۱۶ مه", "2025-05-16", "g"), ("۲۶ اردیبهشت", "2025-05-16", "j"), ("مارس ۲۰۲۲", "2022-03", "g"),
            ("اوایل ژوئن", "2025-06-01/2025-06-10", "g"), ("جمعه آینده", "2025-05-23", "r")],
     contacts=[]),
dict(id="P60", pub="2013-02-10", text=(
     "به گزارش کیهان، راهپیمایی ۲۲ بهمن امروز با حضور میلیون‌ها نفر در سراسر کشور برگزار شد و محمود احمدی‌نژاد در میدان آزادی تهران سخنرانی کرد. "
     "شرکت‌کنندگان در سی و چهارمین سالگرد پیروزی انقلاب اسلامی قطعنامه‌ای ۱۰ بندی صادر کردند. "
     "مراسم دهه فجر از ۱۲ بهمن، سالروز بازگشت امام خمینی به میهن، آغاز شده بود."),
     dates=[("۲۲ بهمن", "2013-02-10", "j"), ("امروز", "2013-02-10", "r"), ("سی و چهارمین سالگرد پیروزی انقلاب اسلامی", None, "ignore"),
            ("دهه فجر", None, "ignore"), ("۱۲ بهمن", "2013-01-31", "j"), ("سالروز بازگشت امام خمینی به میهن", None, "ignore")],
     contacts=[]),
# ---------------- Afghan Dari ----------------
dict(id="D01", pub="2013-03-20", text=(
     "کابل (باختر): ریاست عمومی هواشناسی از بارش باران و برف در بیشتر ولایات کشور از امشب تا روز جمعه خبر داده است. "
     "مراسم جهنده بالا به مناسبت نوروز و آغاز سال نو فردا پنجشنبه اول حمل در روضه مبارک سخی شهر مزار شریف برگزار می‌شود. "
     "حکومت روز شنبه ۳ حمل را نیز رخصتی عمومی اعلام کرده است."),
     dates=[("از امشب تا روز جمعه", "2013-03-20/2013-03-22", "r"), ("نوروز", None, "ignore"), ("سال نو", None, "ignore"),
            ("فردا پنجشنبه اول حمل", "2013-03-21", "j"), ("روز شنبه ۳ حمل", "2013-03-23", "j")],
     contacts=[]),
dict(id="D02", pub="2022-09-20", text=(
     "ضمیر کابلوف، نماینده ویژه رییس جمهور روسیه در امور افغانستان، و حسن کاظمی قمی، نماینده ویژه رییس جمهور ایران برای افغانستان، روز دوشنبه ۲۸ سنبله در کابل با هم دیدار کرده و در مورد تشکیل حکومت همه‌شمول گفتگو کردند. "
     "این دو دیپلمات پیش از آن هر کدام جداگانه با امیرخان متقی، سرپرست وزارت خارجه حکومت سرپرست، دیدار کرده بودند. "
     "قرار است نشست فارمت مسکو در مورد افغانستان ماه آینده در مسکو برگزار شود."),
     dates=[("روز دوشنبه ۲۸ سنبله", "2022-09-19", "j"), ("ماه آینده", "2022-09-23/2022-10-22", "r")],
     contacts=[C(KAB, KQ, "meet", "2022-09-19"), C(KAB, KQ, "meet", "2022-09-23/2022-10-22", True)]),
dict(id="D03", pub="2024-10-05", text=(
     "مسکو (پژواک): نشست ششم فارمت مسکو در مورد افغانستان روز جمعه ۱۳ میزان ۱۴۰۳ با حضور نمایندگان روسیه، چین، ایران، پاکستان، هند و کشورهای آسیای میانه در مسکو برگزار شد و شرکت‌کنندگان در پایان یک اعلامیه مشترک ۱۵ ماده‌ای صادر کردند. "
     "هیئت امارت اسلامی به رهبری امیرخان متقی در این نشست اشتراک کرد. "
     "نشست قبلی این فارمت ۷ میزان سال گذشته در شهر قازان برگزار شده بود."),
     dates=[("روز جمعه ۱۳ میزان ۱۴۰۳", "2024-10-04", "j"), ("۷ میزان سال گذشته", "2023-09-29", "j")],
     contacts=[C([LAV, RU], IR, "meet", "2024-10-04", True), C(RU, IR, "agreement", "2024-10-04", True),
               C(RU, IR, "meet", "2023-09-29", True)]),
dict(id="D04", pub="2023-12-05", text=(
     "کابل (طلوع‌نیوز): اداره ملی امتحانات اعلام کرد امتحان کانکور سال ۱۴۰۲ برای فارغان صنف دوازدهم از ۲۵ قوس تا ۵ جدی (۱۶ تا ۲۶ دسمبر) در کابل و ولایات برگزار می‌شود. "
     "نتایج امتحان کانکور قبلی در ماه حوت ۱۴۰۱ اعلام شده بود. "
     "سال تعلیمی جدید مکاتب اول حمل آغاز می‌شود."),
     dates=[("کانکور سال ۱۴۰۲", None, "ignore"), ("از ۲۵ قوس تا ۵ جدی", "2023-12-16/2023-12-26", "j"),
            ("۱۶ تا ۲۶ دسمبر", "2023-12-16/2023-12-26", "g"), ("ماه حوت ۱۴۰۱", "2023-02-20/2023-03-20", "j"), ("اول حمل", "2024-03-20", "j")],
     contacts=[]),
dict(id="D05", pub="2025-09-16", text=(
     "کابل (طلوع‌نیوز): قیمت یک بوری ۵۰ کیلویی آرد در بازارهای کابل در هفته روان به ۱۸۵۰ افغانی رسیده که نسبت به ماه گذشته ۶ درصد افزایش نشان می‌دهد. "
     "تاجران می‌گویند واردات گندم روسیه از راه بندرعباس ایران از اواسط اسد به دلیل افزایش هزینه ترانزیت کاهش یافته است. "
     "وزارت صنعت و تجارت روز یکشنبه (۱۴ سپتمبر) اعلام کرد ۱۲ هزار تن گندم قزاقستان از طریق بندر حیرتان وارد کشور شده است."),
     dates=[("هفته روان", "2025-09-13/2025-09-19", "r"), ("ماه گذشته", "2025-07-23/2025-08-22", "r"), ("اواسط اسد", "2025-08-02/2025-08-11", "j"),
            ("روز یکشنبه", "2025-09-14", "r"), ("۱۴ سپتمبر", "2025-09-14", "g")],
     contacts=[]),
]
