# Held-out probe set 33: PERSIAN news, 36 SNIPPETS of 1–4 sentences and 4 WHOLE ARTICLES of 8–15 lines (P09, P21, P29,
# P36: headline, header date line, news code, dateline, body, background lines recalling older dated contacts,
# boilerplate / tags / a related-news link / a copyright line), hand-annotated; 40 cases, P01–P40, publication dates
# 2010–2026 (two or three a year, the years in id order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set29 and set31 (plus the bare names of set31's top-level assignments, no values).
# The tool was not run and git was not used.  New text (no real article copied; events are modelled on real ones but
# details, numbers, quotes and several dates are invented) in the style of ISNA (P01, P17, P33; sports items P05, P20),
# Hamshahri / Hamshahri Online (P02, P22), Fars (P03, P21 with a news code that embeds a date, P39), Etemad (P04), IRNA
# (P06 from Beijing and P12 from Ufa with Arabic-Indic digits, P29 with a «۳۰ دی ۱۴۰۰، ۱۰:۱۵» header and a Latin-digit
# news code), Mehr (P07 from Rasht, P10, P13, P34), Donya-e-Eqtesad (P08), Tasnim (P09 with a «۱۳۹۲/۰۹/۲۰ - ۱۹:۴۵»
# header, P40), Radio Farda (P11, P37), BBC Persian (P14, P35), ICANA / Khane-ye Mellat (P15), Khabaronline (P16 and P28
# with Latin digits), Eghtesad Online (P18), Shana (P19), Entekhab (P24 with Latin digits), Shargh (P25; P38 with Latin
# digits), Euronews Persian (P26, P31), Kayhan (P32), IRIB News (P36 with a «دوشنبه ۱۵ مرداد ۱۴۰۳ - ۲۱:۴۰» header), and
# two Afghan Dari items: Pajhwok (P23: «کابل (پژواک، ۲۷ سنبله ۱۳۹۸):» dateline, میزان, جوزا, «سپتمبر») and Tolonews
# (P27: میزان, «اکتوبر»).
# Contacts: presidents and the Leader (Ahmadinejad, Rouhani, Raisi, Pezeshkian / Medvedev, Putin: SCO sidelines in
# Beijing and Ufa, Qingdao recalled, the Baku Caspian summit recalled, the Sochi trilateral with a joint statement, an
# Astana-format video summit that replaced a postponed Tehran summit, a Kremlin visit recalled, a postponed Putin visit,
# Putin–Khamenei recalled by month, a planned Kazan bilateral, an accepted invitation, a congratulation message, phone
# calls, condolences after Mina and after Raisi's death, the 2025 treaty recalled), the Leader's and the president's
# messages (Velayati in Moscow, a promised reply; Araghchi handing the Leader's letter to Putin; Lavrov carrying Putin's
# oral message to Rouhani), foreign ministers and deputies (Mottaki, Zarif, Amir-Abdollahian, Araghchi / Lavrov,
# Ryabkov: calls, visits, a planned visit, the Geneva P5+1 sidelines), an ambassador (Dzhagaryan, received by the deputy
# foreign minister Rahimpour), security council secretaries (Jalili, Ahmadian / Patrushev, Shoigu, with the chief of
# staff Bagheri), defence ministers (Ashtiani / Shoigu, a video call), parliament (Boroujerdi / Slutsky, Larijani and
# Ghalibaf / Volodin, Raisi at the Duma, Azizi / Karasin by video, a postponed Federation Council delegation), central
# banks (Bahmani / Ignatiev, a monetary agreement planned for a joint commission), energy (Chitchian, Zanganeh,
# Ardakanian, Owji / Novak: an MoU, joint commissions recalled and planned), companies (Technopromexport–TPPH for Sirik,
# Zarubezhneft–NIOC, United Grain Company–GTC), a region and a province (Astrakhan / Gilan MoU), mayors (Sobyanin /
# Hanachi MoU and a planned visit), labour ministers (Kotyakov / Abdolmaleki), agriculture ministers (Lut / Nouri
# Ghezeljeh), the Afghan envoys (Kabulov / Kazemi Qomi at the Moscow format); arrivals, planned, postponed (P09, P26,
# P38), cancelled (P30), denied (P24, P32) and never-held (P10) contacts, and contacts recalled in the past perfect.
# General news naming Russia or Iran with NO Russia–Iran contact (13): P02, P05, P08, P11, P14, P16, P20, P23, P25, P31,
# P33, P35, P39.  All other cases (27) have at least one required row.  Traps: Russia–Iran sport matches called «دیدار»
# (wrestling P05; the World Cup in Russia P20), third-country contacts (Iran–China P06, P16; Iran–India P12;
# Iran–Afghanistan P06; Russia–Turkey P09, P14, P31 — P31 a Russia–Turkey meeting held IN Tehran; Russia–Syria P17;
# Russia–US P17, P21; Russia–Saudi P17, P25; Russia–Ukraine P11, P31; Iran–US P37), a cancelled Russia–Turkey visit
# (P14), deliveries (P22), statements (P11, P14, P23, P35), joint naval drills (P39), treaty entry into force (P38),
# numbers, money, percentages, clock times («۶:۳۰ تا ۱۹», «ساعت ۲۲:۳۰», «ساعت ۲:۱۵ بامداد», «ساعت ۷ صبح تا ۳ بعد از
# چاشت»), scores and minutes («۵ بر ۳», «دقیقه ۵۴»), weights («۶۶ کیلوگرم»), model numbers («سوخو-۲۴», «سوخو-۳۵»,
# «IR-1», «خط ۷»), «۱+۵», durations («۴ دقیقه و ۲۰ ثانیه», «۱۷ ثانیه», «٥٠ دقیقه», «۱۲۰ روز», «55 دقیقه», «به مدت چهار
# روز», «پس از چهار سال وقفه»), the city دوشنبه (Dushanbe, P28), «آذربایجان» (P33), «سکه بهار آزادی» (P08), the agency
# مهر, a street named by a date («خیابان ۱۶ آذر», P02) and news codes («کد خبر: ۱۳۹۷۰۴۲۱۰۰۱۲۴۷», P21).
# Totals: 170 date lines (155 mentions + 15 ignore lines), 89 contact rows (71 required, 18 optional).
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
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set31 as the headers of set29 and set31 state them
#   (set31, the later, wins where they differ): اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month end; «هفته دوم» of a
#   month = days 8–14 (set29's «هفته سوم» rule); Saturday–Friday weeks («هفته آینده», «هفته گذشته»); Persian and Dari
#   relative years / months / seasons (امسال, سال آینده, ماه گذشته, پاییز امسال) are Solar Hijri intervals unless میلادی is
#   written («سال آینده میلادی» = the next Gregorian year, r); «N ماه نخست سال جاری میلادی» = 1 January to the end of the N-th
#   month (r); دیروز / روز گذشته = pub − 1, پریروز = pub − 2, امشب = pub; «شنبه گذشته» = the last such weekday strictly
#   before pub; a bare weekday (also with عصر / شامگاه / بامداد / ظهر) = the nearest one in the direction of the tense,
#   «دوشنبه آینده» after pub; «سه‌شنبه‌شب» = the evening OF that weekday; «از X تا Y» is one range mention with «از» inside, a
#   start point «از ۱۴ فروردین» keeps «از» outside; a weekday next to its date belongs to it; a relative word joined to a
#   written date («دیروز چهارشنبه ١٧ خرداد», «امروز ۱۱ ذی‌الحجه») is one mention in the calendar of the written date, a
#   relative word + weekday alone («فردا پنجشنبه», «امروز شنبه») is r; a date written in two calendars is two mentions with
#   one value; «۲۵ و ۲۶ شهریور» is two mentions (the bare first day, then day + month); a trailing امسال / سال گذشته / همان
#   سال / گذشته that fixes the year is inside the span («آبان سال گذشته», «اسفند همان سال», «آوریل گذشته»); a year-less date
#   or month takes the year nearest pub unless the sentence says otherwise; «در سال ۱۳۹۱» → «سال ۱۳۹۱»; Y/M/D numeric
#   headers are j, the time after them outside; a Hijri date equated with a Solar Hijri / weekday date or a relative day
#   carries the text's day; a Hijri month written with its year is an interval (h); a holiday name beside its own date
#   («اربعین حسینی») is an ignore line; counted event-relative phrases («پنج روز پس از ترور …», «چهار روز پیش از نشست
#   سران», «۴۸ ماه پس از آغاز عملیات اجرایی»), «به زودی», «۱۰ سال آینده», anaphoric «همان روز», years inside event names
#   («جام جهانی ۲۰۱۸», «کمربند امنیت دریایی ۲۰۲۶»), copyright years, street names made of a date, «تعطیلات نوروزی» and
#   «تا پایان سال ۱۴۰۴» are ignore lines; a disaster or attack named by its day («حادثه ۲ مهر», «حمله موشکی ۱ اکتبر») is a
#   mention; Dari months (سنبله, میزان, جوزا) are Solar Hijri (j).
#   Contacts: as set27 / set29 / set31 (envoy with a message → meet (envoy–host) + message (sender–host), separate messages
#   → one row per sender, a promised reply with no date → optional message None accepting either addressee; trilateral
#   summits at which the two sides sit together → required, a bilateral the same day is that row, a joint statement issued
#   there → optional agreement; a video summit or video call → required phone_call; multilateral meetings and joint
#   commissions without a bilateral → optional, Iran–P5+1 rounds → optional country-level meet; planned contacts with a day,
#   week, month, part of a month, season or year → required, hoped-for or undated ones → optional None; a postponed contact
#   → one row at its new date; denied, cancelled or never-held → no row; arrival days with no meeting stated that day →
#   optional meet; a minister's or governor's MoU with the meeting stated → required meet + required agreement; company
#   contracts → required agreement, an in-person signing attended by ministers with no meeting stated → optional meet for
#   the ministers; a recalled treaty → required agreement + optional meet; a message with no date of its own → "pub";
#   decrees, drills, deliveries, entry into force and statements → no row).
# Decided here where nothing above says (set33):
#   «چهارشنبه‌سوری» (a festival named by a weekday) in the same sentence as its own evening «سه‌شنبه‌شب» is an ignore line and
#   the weekday carries the value, as a holiday name beside its own date (P02).  «هفته پیش» = «هفته گذشته», the previous
#   Saturday–Friday week (r, P22).  A weekday tied to a relative week — «پنجشنبه هفته آینده», «سه‌شنبه هفته گذشته» — is
#   that weekday inside the next / previous Saturday–Friday week, one mention (r, P30, P40).  «از پنجشنبه تا یکشنبه
#   آینده» is one range mention, the آینده governing both ends (r, P33).  «زمستان گذشته» in spring = Dey 1 – Esfand end of the
#   Solar Hijri year just ended (interval, r, P30).  «ماه آینده میلادی» = the next Gregorian month "YYYY-MM" (r, P25), as
#   set31's «سال آینده میلادی»; «اوایل آوریل» = days 1–10 of that Gregorian month (g interval, P25).  «۶ ماه نخست امسال» =
#   Farvardin 1 – Shahrivar 31 of the current Solar Hijri year (r, P38).  A Dari year-less month in a sentence that names
#   its year («در انتخابات … سال ۱۳۹۳، … به ماه جوزا») takes that year (j, P23).  «همان روز» right after a written date is an
#   ignore line like set29's «همین روز» (P11).  A deadline by a relative day («تا ظهر امروز») is a mention of that day (r,
#   P35), as set29's «تا چهارشنبه».  A news code that embeds a date («۱۳۹۷۰۴۲۱۰۰۱۲۴۷») gets no line, like an issue number
#   (P21).  A time-of-day word before a written date («بامداد ۱۰ مرداد») is inside the span (P36).
#   Contacts: a match between Russian and Iranian national teams («دیدار پایانی … روسیه را شکست داد») is not a contact
#   (P05, P20).  A Russia–Turkey meeting held in Tehran with no Iranian participant stated → no row (P31).  A dated
#   congratulation message («14 مرداد … در پیامی … تبریک گفته بود») → required message on that day (P28); a condolence
#   message with no date → "pub"; a condolence call or visit → ordinary phone_call / meet rows (P13, P34).  An oral message
#   of the president carried by his foreign minister to the host president → meet (minister–host) + message (sender–host),
#   as the envoy rule (P09).  Two mayors' MoU at a stated meeting → required meet + required agreement, an invitation
#   accepted for a stated month → required meet for that month (P22).  A planned visit «به دعوت رسمی ولودین» dated by a part
#   of a month → required meet accepting the inviter (P15).  A monetary agreement «to be signed» at a joint-commission
#   session in a stated week → required agreement dated by that week, the session optional (set29's month rule, P04).  A
#   recalled joint-commission session → optional meet; its follow-up session that «was never held» → no row (P10).  A
#   bilateral on the sidelines of the Moscow format → required, the format meeting and its next round («سال آینده میلادی»)
#   optional (P27).  A video session of two parliamentary committee heads → required phone_call (P38).  A recalled treaty
#   signing stated only by place and date → required country-level agreement accepting the presidents + optional meet
#   (P38).  A planned Iran–P5+1 round named as a topic with no date → optional country-level meet None (P06).
PUT, MED = "Vladimir Putin", "Dmitry Medvedev"
ROU, KHA, RAI, PEZ, AHMD = "Hassan Rouhani", "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian", "Mahmoud Ahmadinejad"
LAV, ZAR, ARA, AMI, MOT = "Sergei Lavrov", "Mohammad Javad Zarif", "Abbas Araghchi", "Hossein Amir-Abdollahian", "Manouchehr Mottaki"
RU, IR = "Russia", "Iran"
RYA = ["Sergei Ryabkov", RU]
PAT, JALS = ["Nikolai Patrushev", RU], ["Saeed Jalili", IR]
SHO, AHM = ["Sergei Shoigu", RU], ["Ali Akbar Ahmadian", IR]
IGN = ["Sergei Ignatiev", "Bank of Russia", "Central Bank of Russia", RU]
BAH = ["Mahmoud Bahmani", "Central Bank of Iran", "CBI", IR]
ZHI = ["Alexander Zhilkin", "Astrakhan Oblast", "Astrakhan", RU]
GIL = ["Governor of Gilan", "Gilan Province", "Gilan", IR]
NOV, CHI, ZAN, OWJ = ["Alexander Novak", RU], ["Hamid Chitchian", IR], ["Bijan Zanganeh", IR], ["Javad Owji", IR]
ARD = ["Reza Ardakanian", IR]
DZH, RAH = ["Levan Dzhagaryan", RU], ["Ebrahim Rahimpour", IR]
SLU = ["Leonid Slutsky", "State Duma", RU]
BOR = ["Alaeddin Boroujerdi", "Majlis", "Islamic Consultative Assembly", IR]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
LAR = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
GHA = ["Mohammad Bagher Ghalibaf", "Majlis", "Islamic Consultative Assembly", IR]
TPE = ["Technopromexport", "Rostec", "Alexander Novak", RU]
TPPH = ["Thermal Power Plants Holding Company", "TPPH", "Reza Ardakanian", IR]
ZARU = ["Zarubezhneft", RU]
NIOC = ["National Iranian Oil Company", "NIOC", "Dana Energy", IR]
VEL = ["Ali Akbar Velayati", IR]
SOB = ["Sergei Sobyanin", "Moscow", RU]
HAN = ["Pirouz Hanachi", "Tehran Municipality", "Tehran", IR]
KAB, KAZ = ["Zamir Kabulov", RU], ["Hassan Kazemi Qomi", IR]
KOT = ["Anton Kotyakov", "Russian Ministry of Labour", RU]
ABD = ["Hojjatollah Abdolmaleki", "Ministry of Cooperatives, Labour and Social Welfare", IR]
ASH, MOKH, BAGH = ["Mohammad Reza Ashtiani", IR], ["Mohammad Mokhber", IR], ["Mohammad Bagheri", IR]
KAR = ["Grigory Karasin", "Federation Council", RU]
AZI = ["Ebrahim Azizi", "Majlis", "Islamic Consultative Assembly", IR]
LUT = ["Oksana Lut", "Russian Ministry of Agriculture", RU]
NOU = ["Gholamreza Nouri Ghezeljeh", "Ministry of Agriculture Jihad", IR]
UGC = ["United Grain Company", RU]
GTC = ["Government Trading Corporation of Iran", "GTC", IR]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
# ---------------- P01–P10 ----------------
dict(id="P01", pub="2010-04-14", text=(
     "تهران- ایسنا- منوچهر متکی، وزیر امور خارجه، عصر دیروز در گفت‌وگوی تلفنی با سرگئی لاوروف، همتای روس خود، درباره پیشنهاد تبادل سوخت رآکتور تحقیقاتی تهران و رایزنی‌های جاری در شورای امنیت تبادل نظر کرد. "
     "به گفته یک منبع آگاه در وزارت خارجه، سرگئی ریابکوف، معاون وزیر خارجه روسیه، نیز هفته آینده برای ادامه این رایزنی‌ها به تهران می‌آید. "
     "متکی و لاوروف پیش‌تر ۲۵ بهمن در جریان سفر وزیر خارجه کشورمان به مسکو دیدار و گفت‌وگو کرده بودند."),
     dates=[("عصر دیروز", "2010-04-13", "r"), ("هفته آینده", "2010-04-17/2010-04-23", "r"), ("۲۵ بهمن", "2010-02-14", "j")],
     contacts=[C(LAV, MOT, "phone_call", "2010-04-13"), C(RYA, IR, "meet", "2010-04-17/2010-04-23"),
               C(LAV, MOT, "meet", "2010-02-14")]),
dict(id="P02", pub="2010-03-15", text=(
     "به گزارش همشهری آنلاین، معاون حمل‌ونقل و ترافیک شهرداری تهران اعلام کرد طرح ترافیک از شنبه ۲۹ اسفند تا جمعه ۱۳ فروردین اجرا نمی‌شود و از ۱۴ فروردین دوباره با همان ساعت‌های همیشگی، از ۶:۳۰ تا ۱۹، اعمال خواهد شد. "
     "به گفته وی، به دلیل مراسم چهارشنبه‌سوری، خیابان ۱۶ آذر و بخشی از خیابان انقلاب سه‌شنبه‌شب از ساعت ۱۸ تا ۲۴ به روی خودروها بسته است. "
     "پیش‌بینی می‌شود در تعطیلات نوروزی بیش از دو میلیون خودرو از تهران به سمت استان‌های شمالی ایران حرکت کنند."),
     dates=[("از شنبه ۲۹ اسفند تا جمعه ۱۳ فروردین", "2010-03-20/2010-04-02", "j"), ("۱۴ فروردین", "2010-04-03", "j"),
            ("چهارشنبه‌سوری", None, "ignore"), ("خیابان ۱۶ آذر", None, "ignore"), ("سه‌شنبه‌شب", "2010-03-16", "r"),
            ("تعطیلات نوروزی", None, "ignore")],
     contacts=[]),
dict(id="P03", pub="2011-08-17", text=(
     "به گزارش خبرگزاری فارس از مسکو، سعید جلیلی، دبیر شورای عالی امنیت ملی، که پریروز در رأس هیئتی وارد پایتخت روسیه شده بود، روز گذشته با نیکولای پاتروشف، دبیر شورای امنیت این کشور، دیدار و درباره طرح پیشنهادی مسکو برای حل موضوع هسته‌ای ایران گفت‌وگو کرد. "
     "پاتروشف در این دیدار گفت طرح «گام‌به‌گام» روسیه بر پایه اعتمادسازی متقابل است و تهران و گروه ۱+۵ هر دو باید در آن امتیاز بدهند. "
     "قرار است جلیلی پیش از پایان سفر با سرگئی لاوروف، وزیر امور خارجه روسیه، نیز دیدار کند."),
     dates=[("پریروز", "2011-08-15", "r"), ("روز گذشته", "2011-08-16", "r")],
     contacts=[C(RU, JALS, "meet", "2011-08-15", True), C(PAT, JALS, "meet", "2011-08-16"),
               C(LAV, JALS, "meet", None, True)]),
dict(id="P04", pub="2011-12-07", text=(
     "اعتماد- محمود بهمنی، رئیس کل بانک مرکزی، چهارشنبه گذشته در سفری کوتاه به مسکو با سرگئی ایگناتیف، رئیس بانک مرکزی روسیه، دیدار کرد و دو طرف بر جایگزینی ریال و روبل به جای دلار در مبادلات تجاری دو کشور تأکید کردند. "
     "به گفته بهمنی، پیش‌نویس موافقت‌نامه پولی ایران و روسیه آماده است و هفته دوم دی‌ماه در نشست کمیسیون مشترک اقتصادی در تهران به امضا می‌رسد. "
     "حجم مبادلات تجاری دو کشور در ۹ ماه نخست سال جاری میلادی به حدود سه میلیارد و ۲۰۰ میلیون دلار رسیده است."),
     dates=[("چهارشنبه گذشته", "2011-11-30", "r"), ("هفته دوم دی‌ماه", "2011-12-29/2012-01-04", "j"),
            ("۹ ماه نخست سال جاری میلادی", "2011-01-01/2011-09-30", "r")],
     contacts=[C(IGN, BAH, "meet", "2011-11-30"), C(IGN, BAH, "agreement", "2011-12-29/2012-01-04"),
               C(RU, IR, "meet", "2011-12-29/2012-01-04", True)]),
dict(id="P05", pub="2012-02-20", text=(
     "تیم ملی کشتی آزاد ایران عصر دیروز در دیدار پایانی جام جهانی ۲۰۱۲ باکو با نتیجه ۵ بر ۳ از سد روسیه، مدافع عنوان قهرمانی، گذشت و جام را بالای سر برد. "
     "مهدی تقوی در وزن ۶۶ کیلوگرم و صادق گودرزی در ۸۴ کیلوگرم برابر حریفان روس خود به پیروزی رسیدند و تقوی در ۴ دقیقه و ۲۰ ثانیه حریفش را ضربه فنی کرد. "
     "کاروان کشتی ایران بامداد چهارشنبه با پروازی ویژه به فرودگاه امام خمینی (ره) می‌رسد."),
     dates=[("عصر دیروز", "2012-02-19", "r"), ("۲۰۱۲", None, "ignore"), ("بامداد چهارشنبه", "2012-02-22", "r")],
     contacts=[]),
dict(id="P06", pub="2012-06-07", text=(
     "پکن- ایرنا- محمود احمدی‌نژاد دیروز چهارشنبه ١٧ خرداد (٦ ژوئن) در حاشیه دوازدهمین نشست سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و درباره مذاکرات هسته‌ای مسکو و تحولات سوریه گفت‌وگو کرد. "
     "رئیس‌جمهور کشورمان همچنین با هو جین‌تائو، رئیس‌جمهور چین، و حامد کرزی، رئیس‌جمهور افغانستان، دیدارهای جداگانه‌ای داشت. "
     "این نخستین دیدار احمدی‌نژاد و پوتین پس از بازگشت او به کرملین است؛ آخرین دیدار احمدی‌نژاد با رئیس‌جمهور روسیه به آبان ١٣٨٩ بازمی‌گردد که در حاشیه اجلاس سران کشورهای ساحلی خزر در باکو با دیمیتری مدودف گفت‌وگو کرده بود."),
     dates=[("دیروز چهارشنبه ١٧ خرداد", "2012-06-06", "j"), ("٦ ژوئن", "2012-06-06", "g"),
            ("آبان ١٣٨٩", "2010-10-23/2010-11-21", "j")],
     contacts=[C(PUT, AHMD, "meet", "2012-06-06"), C(RU, IR, "meet", None, True),
               C(MED, AHMD, "meet", "2010-10-23/2010-11-21")]),
dict(id="P07", pub="2012-12-11", text=(
     "رشت- خبرگزاری مهر- الکساندر ژیلکین، استاندار آستاراخان روسیه، صبح امروز در رأس هیئتی ۴۰ نفره از مدیران دولتی و فعالان اقتصادی این استان وارد رشت شد و در دیدار با استاندار گیلان بر گسترش حمل‌ونقل دریایی میان بنادر دو استان تأکید کرد. "
     "در پایان این دیدار، تفاهم‌نامه همکاری‌های بازرگانی، گردشگری و شیلات میان استان‌های گیلان و آستاراخان به امضا رسید. "
     "بر اساس این تفاهم‌نامه، خط منظم کشتیرانی مسافری بندر انزلی–آستاراخان از اواسط دی‌ماه راه‌اندازی می‌شود و هر سفر دریایی میان دو بندر حدود ۳۶ ساعت طول خواهد کشید."),
     dates=[("صبح امروز", "2012-12-11", "r"), ("اواسط دی‌ماه", "2012-12-31/2013-01-09", "j")],
     contacts=[C(ZHI, GIL, "meet", "2012-12-11"), C(ZHI, GIL, "agreement", "2012-12-11")]),
dict(id="P08", pub="2013-05-13", text=(
     "دنیای اقتصاد- بر پایه آمار گمرک جمهوری اسلامی ایران، صادرات غیرنفتی کشور به روسیه در سال ۱۳۹۱ با ۱۲ درصد کاهش به ۳۹۰ میلیون دلار رسید، در حالی که واردات از این کشور ۱۷ درصد افزایش یافت. "
     "این روند در فروردین امسال نیز ادامه داشت و سهم میوه و تره‌بار از صادرات به روسیه به ۴۴ درصد رسید. "
     "در بازار آزاد تهران نیز دلار دیروز با ۶۰ تومان افت به ۳۵۲۰ تومان رسید و سکه تمام بهار آزادی طرح جدید یک میلیون و ۱۲۰ هزار تومان معامله شد. "
     "فعالان بازار نوسان‌های ارزی را تا برگزاری انتخابات ۲۴ خرداد ادامه‌دار می‌دانند."),
     dates=[("سال ۱۳۹۱", "2012-03-20/2013-03-20", "j"), ("فروردین امسال", "2013-03-21/2013-04-20", "j"),
            ("دیروز", "2013-05-12", "r"), ("۲۴ خرداد", "2013-06-14", "j")],
     contacts=[]),
dict(id="P09", pub="2013-12-11", text=(
     "لاوروف در تهران: اجرای توافق ژنو نباید به تأخیر بیفتد\n"
     "۱۳۹۲/۰۹/۲۰ - ۱۹:۴۵\n"
     "کد خبر: ۲۱۴۵۸۷\n"
     "تهران- خبرگزاری تسنیم- سرگئی لاوروف، وزیر امور خارجه روسیه، که شامگاه سه‌شنبه در رأس هیئتی وارد تهران شده بود، امروز در محل وزارت امور خارجه با محمدجواد ظریف دیدار و گفت‌وگو کرد.\n"
     "دو وزیر پس از این دیدار در نشست خبری مشترکی حاضر شدند و لاوروف گفت مسکو اجرای کامل و بی‌درنگ برنامه اقدام مشترک ژنو را ضروری می‌داند.\n"
     "وزیر خارجه روسیه عصر امروز با حسن روحانی نیز دیدار کرد و پیام شفاهی ولادیمیر پوتین را به وی رساند.\n"
     "ظریف در نشست خبری یادآور شد که دو طرف ۳ آذر نیز در حاشیه دور پایانی مذاکرات ایران و ۱+۵ در ژنو دیدار دوجانبه داشته‌اند.\n"
     "به گفته لاوروف، سفر ولادیمیر پوتین به تهران که قرار بود در سال ۲۰۱۳ میلادی انجام شود، به سال آینده میلادی موکول شده است.\n"
     "لاوروف فردا پنجشنبه تهران را به مقصد آنکارا ترک می‌کند تا با احمد داووداوغلو، وزیر خارجه ترکیه، درباره نشست ژنو ۲ گفت‌وگو کند.\n"
     "انتهای پیام/\n"
     "برچسب‌ها: سرگئی لاوروف، محمدجواد ظریف، برنامه اقدام مشترک"),
     dates=[("۱۳۹۲/۰۹/۲۰", "2013-12-11", "j"), ("شامگاه سه‌شنبه", "2013-12-10", "r"), ("امروز", "2013-12-11", "r"),
            ("عصر امروز", "2013-12-11", "r"), ("۳ آذر", "2013-11-24", "j"), ("سال ۲۰۱۳ میلادی", "2013", "g"),
            ("سال آینده میلادی", "2014", "r"), ("فردا پنجشنبه", "2013-12-12", "r")],
     contacts=[C(LAV, IR, "meet", "2013-12-10", True), C(LAV, ZAR, "meet", "2013-12-11"), C(LAV, ROU, "meet", "2013-12-11"),
               C(PUT, ROU, "message", "2013-12-11"), C(LAV, ZAR, "meet", "2013-11-24"),
               C(RU, IR, "meet", "2013-11-24", True), C(PUT, [ROU, IR], "meet", "2014")]),
dict(id="P10", pub="2014-08-06", text=(
     "به گزارش خبرگزاری مهر، حمید چیت‌چیان، وزیر نیرو و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، روز سه‌شنبه ۱۴ مرداد در مسکو با الکساندر نواک، وزیر انرژی روسیه، دیدار کرد و دو وزیر یادداشت تفاهمی برای همکاری در ساخت نیروگاه‌های حرارتی و برق‌آبی و توسعه شبکه انتقال برق امضا کردند. "
     "ارزش طرح‌های پیش‌بینی‌شده در این یادداشت تا ۸ میلیارد دلار برآورد می‌شود. "
     "نخستین نشست کمیسیون مشترک پس از چهار سال وقفه، ۲۰ آبان ۱۳۹۱ در مسکو برگزار شده بود و نشست بعدی که قرار بود اسفند همان سال در تهران تشکیل شود، هیچ‌گاه برگزار نشد. "
     "چیت‌چیان گفت نشست آینده کمیسیون سال آینده در تهران برگزار خواهد شد."),
     dates=[("روز سه‌شنبه ۱۴ مرداد", "2014-08-05", "j"), ("۲۰ آبان ۱۳۹۱", "2012-11-10", "j"),
            ("اسفند همان سال", "2013-02-19/2013-03-20", "j"), ("سال آینده", "2015-03-21/2016-03-19", "r")],
     contacts=[C(NOV, CHI, "meet", "2014-08-05"), C(NOV, CHI, "agreement", "2014-08-05"),
               C(RU, IR, "meet", "2012-11-10", True), C(NOV, CHI, "meet", "2015-03-21/2016-03-19", True)]),
# ---------------- P11–P20 ----------------
dict(id="P11", pub="2014-09-06", text=(
     "نمایندگان اوکراین، روسیه و جدایی‌طلبان شرق اوکراین روز جمعه ۵ سپتامبر (۱۴ شهریور) در مینسک، پایتخت بلاروس، پروتکلی ۱۲ ماده‌ای را امضا کردند که بر پایه آن آتش‌بس از ساعت ۱۸ به وقت محلی همان روز برقرار شد. "
     "درگیری‌ها در منطقه دونباس از آوریل گذشته بیش از دو هزار و ۶۰۰ کشته بر جای گذاشته است. "
     "مرضیه افخم، سخنگوی وزارت امور خارجه ایران، امروز شنبه با استقبال از این توافق گفت تهران از هر ابتکاری که به کاهش خشونت‌ها بینجامد، حمایت می‌کند."),
     dates=[("روز جمعه ۵ سپتامبر", "2014-09-05", "g"), ("۱۴ شهریور", "2014-09-05", "j"), ("همان روز", None, "ignore"),
            ("آوریل گذشته", "2014-04", "g"), ("امروز شنبه", "2014-09-06", "r")],
     contacts=[]),
dict(id="P12", pub="2015-07-10", text=(
     "اوفا- ایرنا- حجت‌الاسلام والمسلمین حسن روحانی عصر دیروز پنجشنبه ١٨ تیر در حاشیه نشست سران سازمان همکاری شانگهای و بریکس در شهر اوفا، مرکز جمهوری باشقیرستان، با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "در این دیدار که حدود ٥٠ دقیقه به طول انجامید، دو رئیس‌جمهور بر اجرای توافق‌های نفت، برق و راه‌آهن تأکید کردند و پوتین دعوت روحانی برای سفر به تهران در پاییز امسال را پذیرفت. "
     "رئیس‌جمهور کشورمان پیش از این دیدار با نارندرا مودی، نخست‌وزیر هند، نیز گفت‌وگو کرده بود."),
     dates=[("عصر دیروز پنجشنبه ١٨ تیر", "2015-07-09", "j"), ("پاییز امسال", "2015-09-23/2015-12-21", "r")],
     contacts=[C(PUT, ROU, "meet", "2015-07-09"), C(PUT, ROU, "meet", "2015-09-23/2015-12-21")]),
dict(id="P13", pub="2015-09-25", text=(
     "ولادیمیر پوتین، رئیس‌جمهور روسیه، با ارسال پیامی به حجت‌الاسلام حسن روحانی، جان باختن شمار زیادی از حجاج ایرانی در حادثه روز پنجشنبه منا را تسلیت گفت. "
     "لوان جاگاریان، سفیر روسیه در تهران، نیز امروز صبح با حضور در وزارت امور خارجه با ابراهیم رحیم‌پور، معاون آسیا و اقیانوسیه وزیر امور خارجه، دیدار و همدردی دولت و ملت روسیه را ابلاغ کرد. "
     "به گزارش خبرگزاری مهر، سازمان حج و زیارت اعلام کرد تاکنون هویت ۱۳۱ نفر از جان‌باختگان ایرانی حادثه ۲ مهر تأیید شده و مراسم رمی جمرات امروز ۱۱ ذی‌الحجه با تدابیر ویژه امنیتی ادامه دارد."),
     dates=[("روز پنجشنبه", "2015-09-24", "r"), ("امروز صبح", "2015-09-25", "r"), ("۲ مهر", "2015-09-24", "j"),
            ("امروز ۱۱ ذی‌الحجه", "2015-09-25", "h")],
     contacts=[C(PUT, ROU, "message", "pub"), C(DZH, RAH, "meet", "2015-09-25")]),
dict(id="P14", pub="2015-11-25", text=(
     "ترکیه دیروز سه‌شنبه یک فروند بمب‌افکن سوخو-۲۴ روسیه را در نزدیکی مرز سوریه سرنگون کرد؛ به گفته ارتش ترکیه، خلبانان این هواپیما در ۵ دقیقه ۱۰ بار هشدار دریافت کرده بودند و هواپیما ۱۷ ثانیه در حریم هوایی این کشور بود. "
     "ولادیمیر پوتین این اقدام را «خنجری از پشت» خواند و سرگئی لاوروف سفر خود به آنکارا را که قرار بود امروز انجام شود، لغو کرد. "
     "روسیه از ۳۰ سپتامبر (۸ مهر) حملات هوایی در سوریه را آغاز کرده است. "
     "وزارت امور خارجه ایران از مسکو و آنکارا خواست برای جلوگیری از تشدید تنش خویشتنداری کنند."),
     dates=[("دیروز سه‌شنبه", "2015-11-24", "r"), ("امروز", "2015-11-25", "r"), ("۳۰ سپتامبر", "2015-09-30", "g"),
            ("۸ مهر", "2015-09-30", "j")],
     contacts=[]),
dict(id="P15", pub="2016-12-08", text=(
     "به گزارش خانه ملت، علاءالدین بروجردی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، که دوشنبه گذشته در رأس هیئتی پارلمانی وارد مسکو شد، دیروز با لئونید اسلوتسکی، رئیس کمیته امور بین‌الملل دومای دولتی روسیه، دیدار و درباره آینده حلب و روند سیاسی سوریه رایزنی کرد. "
     "بروجردی قرار است فردا با ویاچسلاو ولودین، رئیس دوما، نیز دیدار کند. "
     "به گفته یکی از اعضای هیئت همراه، علی لاریجانی، رئیس مجلس شورای اسلامی، هم اواخر آذر به دعوت رسمی ولودین به مسکو سفر خواهد کرد."),
     dates=[("دوشنبه گذشته", "2016-12-05", "r"), ("دیروز", "2016-12-07", "r"), ("فردا", "2016-12-09", "r"),
            ("اواخر آذر", "2016-12-11/2016-12-20", "j")],
     contacts=[C(RU, BOR, "meet", "2016-12-05", True), C(SLU, BOR, "meet", "2016-12-07"), C(VOL, BOR, "meet", "2016-12-09"),
               C(VOL, LAR, "meet", "2016-12-11/2016-12-20")]),
dict(id="P16", pub="2016-01-24", text=(
     "شی جین‌پینگ، رئیس‌جمهور چین، که نخستین رهبر خارجی پس از اجرای برجام است که به تهران سفر می‌کند، روز شنبه 3 بهمن با حسن روحانی دیدار کرد و دو طرف 17 سند همکاری، از جمله نقشه راه مشارکت جامع راهبردی 25 ساله، امضا کردند. "
     "روحانی گفت دو کشور قصد دارند حجم مبادلات تجاری را طی 10 سال آینده به 600 میلیارد دلار برسانند. "
     "تحریم‌های هسته‌ای ایران از 16 ژانویه (26 دی) با اعلام روز اجرای برجام لغو شد و شی پیش از تهران از ریاض و قاهره دیدن کرده بود. "
     "رهبر چین روز گذشته با آیت‌الله خامنه‌ای نیز دیدار کرد."),
     dates=[("روز شنبه 3 بهمن", "2016-01-23", "j"), ("10 سال آینده", None, "ignore"), ("16 ژانویه", "2016-01-16", "g"),
            ("26 دی", "2016-01-16", "j"), ("روز گذشته", "2016-01-23", "r")],
     contacts=[]),
dict(id="P17", pub="2017-11-23", text=(
     "به گزارش ایسنا، نشست سه‌جانبه سران ایران، روسیه و ترکیه درباره آینده سوریه دیروز، چهارشنبه اول آذرماه، در شهر ساحلی سوچی برگزار شد و حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان در پایان آن بیانیه مشترکی صادر کردند. "
     "روحانی پیش از آغاز نشست، در دیداری دوجانبه با پوتین درباره همکاری‌های اقتصادی و پرونده سوریه گفت‌وگو کرد. "
     "پوتین روز دوشنبه در همین شهر میزبان بشار اسد بود و پس از آن در تماس‌های تلفنی جداگانه با دونالد ترامپ و ملک سلمان نتایج این دیدار را تشریح کرده بود."),
     dates=[("دیروز، چهارشنبه اول آذرماه", "2017-11-22", "j"), ("روز دوشنبه", "2017-11-20", "r")],
     contacts=[C(PUT, ROU, "meet", "2017-11-22"), C([PUT, RU], [ROU, IR], "agreement", "2017-11-22", True)]),
dict(id="P18", pub="2017-12-13", text=(
     "اقتصادآنلاین- قرارداد ساخت دو واحد نیروگاه حرارتی سیریک در استان هرمزگان به ظرفیت یک هزار و ۴۰۰ مگاوات، روز دوشنبه در تهران میان شرکت مادرتخصصی تولید نیروی برق حرارتی و شرکت روسی تکنوپرام‌اکسپورت، از زیرمجموعه‌های گروه روستک، امضا شد. "
     "این قرارداد با حضور رضا اردکانیان، وزیر نیرو، و الکساندر نواک، وزیر انرژی روسیه، به امضا رسید و تأمین مالی آن از محل خط اعتباری ۲ میلیارد و ۲۰۰ میلیون یورویی روسیه انجام می‌شود. "
     "واحد نخست این نیروگاه ۴۸ ماه پس از آغاز عملیات اجرایی و واحد دوم در سال ۱۴۰۰ وارد مدار خواهد شد."),
     dates=[("روز دوشنبه", "2017-12-11", "r"), ("۴۸ ماه پس از آغاز عملیات اجرایی", None, "ignore"),
            ("سال ۱۴۰۰", "2021-03-21/2022-03-20", "j")],
     contacts=[C(TPE, TPPH, "agreement", "2017-12-11"), C(NOV, ARD, "meet", "2017-12-11", True)]),
dict(id="P19", pub="2018-03-15", text=(
     "شانا- قرارداد توسعه میدان‌های نفتی آبان و پایدار غرب به ارزش ۷۴۲ میلیون دلار دیروز در ساختمان وزارت نفت میان شرکت ملی نفت ایران و کنسرسیومی متشکل از شرکت روسی زاروبژنفت با ۸۰ درصد سهم و شرکت ایرانی دانا انرژی با ۲۰ درصد سهم امضا شد. "
     "بر اساس این قرارداد ۱۰ ساله، تولید از دو میدان مرزی در استان ایلام از حدود ۳۶ هزار بشکه به ۴۸ هزار بشکه در روز افزایش می‌یابد. "
     "بیژن زنگنه، وزیر نفت، و الکساندر نواک، وزیر انرژی روسیه، آذرماه در حاشیه نشست کمیسیون مشترک اقتصادی در تهران دیدار کرده و بر شتاب گرفتن این قرارداد تأکید کرده بودند. "
     "نخستین نفت افزوده این میدان‌ها سال ۲۰۱۹ میلادی تولید خواهد شد."),
     dates=[("دیروز", "2018-03-14", "r"), ("آذرماه", "2017-11-22/2017-12-21", "j"), ("سال ۲۰۱۹ میلادی", "2019", "g")],
     contacts=[C(ZARU, NIOC, "agreement", "2018-03-14"), C(NOV, ZAN, "meet", "2017-11-22/2017-12-21")]),
dict(id="P20", pub="2018-06-21", text=(
     "تیم ملی فوتبال ایران شامگاه چهارشنبه در دومین دیدار خود در جام جهانی ۲۰۱۸ روسیه، در ورزشگاه کازان آرنا با یک گل مغلوب اسپانیا شد. "
     "تنها گل این بازی را دیگو کاستا در دقیقه ۵۴ به ثمر رساند و گل سعید عزت‌اللهی در دقیقه ۶۲ پس از بازبینی ویدئویی مردود اعلام شد. "
     "شاگردان کارلوس کی‌روش برای صعود از گروه B باید دوشنبه ۴ تیر در سارانسک پرتغال را شکست دهند؛ این دیدار ساعت ۲۲:۳۰ به وقت تهران آغاز می‌شود. "
     "ایران در نخستین بازی خود با یک گل مراکش را برده بود."),
     dates=[("شامگاه چهارشنبه", "2018-06-20", "r"), ("۲۰۱۸", None, "ignore"), ("دوشنبه ۴ تیر", "2018-06-25", "j")],
     contacts=[]),
# ---------------- P21–P30 ----------------
dict(id="P21", pub="2018-07-12", text=(
     "ولایتی پیام‌های رهبر انقلاب و رئیس‌جمهور را به پوتین تسلیم کرد\n"
     "پنجشنبه ۲۱ تیر ۱۳۹۷ - ۲۲:۱۰\n"
     "کد خبر: ۱۳۹۷۰۴۲۱۰۰۱۲۴۷\n"
     "خبرگزاری فارس- گروه بین‌الملل: علی‌اکبر ولایتی، مشاور رهبر معظم انقلاب در امور بین‌الملل، امروز در کاخ کرملین با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار کرد و پیام‌های جداگانه حضرت آیت‌الله خامنه‌ای و حجت‌الاسلام حسن روحانی را به وی تسلیم کرد.\n"
     "ولایتی پس از این دیدار به خبرنگاران گفت پیام‌ها درباره روابط راهبردی دو کشور، همکاری در سوریه و آینده برجام بوده و پوتین به زودی پاسخ آنها را ارسال خواهد کرد.\n"
     "مشاور رهبر انقلاب که سه‌شنبه شب وارد مسکو شده بود، دیروز با سرگئی لاوروف، وزیر امور خارجه، و نیکولای پاتروشف، دبیر شورای امنیت روسیه، به‌طور جداگانه گفت‌وگو کرد.\n"
     "ولایتی در دیدار با لاوروف گفت: «همکاری تهران و مسکو در مبارزه با تروریسم به ثبات منطقه کمک کرده است و ادامه خواهد یافت.»\n"
     "قرار است او فردا جمعه در دانشگاه روابط بین‌الملل مسکو سخنرانی کند و روز شنبه به تهران بازگردد.\n"
     "پوتین آبان سال گذشته در سفر به تهران با رهبر انقلاب دیدار کرده بود و روحانی و پوتین نیز ۱۹ خرداد امسال در حاشیه اجلاس سران سازمان همکاری شانگهای در چینگدائو گفت‌وگو کردند.\n"
     "سفر ولایتی چهار روز پیش از نشست سران روسیه و آمریکا انجام می‌شود؛ پوتین قرار است دوشنبه آینده در هلسینکی با دونالد ترامپ دیدار کند.\n"
     "انتهای پیام/\n"
     "بیشتر بخوانید: لاوروف: همکاری ایران و روسیه تحت تأثیر فشار آمریکا قرار نمی‌گیرد"),
     dates=[("پنجشنبه ۲۱ تیر ۱۳۹۷", "2018-07-12", "j"), ("امروز", "2018-07-12", "r"), ("به زودی", None, "ignore"),
            ("سه‌شنبه شب", "2018-07-10", "r"), ("دیروز", "2018-07-11", "r"), ("فردا جمعه", "2018-07-13", "r"),
            ("روز شنبه", "2018-07-14", "r"), ("آبان سال گذشته", "2017-10-23/2017-11-21", "j"),
            ("۱۹ خرداد امسال", "2018-06-09", "j"), ("چهار روز پیش از نشست سران", None, "ignore"),
            ("دوشنبه آینده", "2018-07-16", "r")],
     contacts=[C(PUT, VEL, "meet", "2018-07-12"), C(PUT, KHA, "message", "2018-07-12"), C(PUT, ROU, "message", "2018-07-12"),
               C(PUT, [KHA, ROU, IR], "message", None, True), C(RU, VEL, "meet", "2018-07-10", True),
               C(LAV, VEL, "meet", "2018-07-11"), C(PAT, VEL, "meet", "2018-07-11"),
               C(PUT, KHA, "meet", "2017-10-23/2017-11-21"), C(PUT, ROU, "meet", "2018-06-09")]),
dict(id="P22", pub="2019-07-17", text=(
     "همشهری- پیروز حناچی، شهردار تهران، که برای شرکت در همایش بین‌المللی شهری مسکو به پایتخت روسیه سفر کرده است، روز گذشته با سرگئی سوبیانین، شهردار مسکو، دیدار کرد و دو طرف تفاهم‌نامه همکاری در حوزه حمل‌ونقل عمومی، مترو و مدیریت پسماند امضا کردند. "
     "به گفته حناچی، نخستین محموله از ۷۰ دستگاه واگن ساخت کارخانه متروواگون‌ماش روسیه هفته پیش به تهران رسید و پس از آزمایش در خط ۷ متروی تهران به کار گرفته می‌شود. "
     "شهردار مسکو نیز دعوت همتای ایرانی خود را برای سفر به تهران در مهرماه پذیرفت."),
     dates=[("روز گذشته", "2019-07-16", "r"), ("هفته پیش", "2019-07-06/2019-07-12", "r"),
            ("مهرماه", "2019-09-23/2019-10-22", "j")],
     contacts=[C(SOB, HAN, "meet", "2019-07-16"), C(SOB, HAN, "agreement", "2019-07-16"),
               C(SOB, HAN, "meet", "2019-09-23/2019-10-22")]),
dict(id="P23", pub="2019-09-18", text=(
     "کابل (پژواک، ۲۷ سنبله ۱۳۹۸): کمیسیون مستقل انتخابات می‌گوید همه آمادگی‌ها برای برگزاری انتخابات ریاست جمهوری که روز شنبه ۶ میزان (۲۸ سپتمبر) برگزار می‌شود، گرفته شده است. "
     "سخنگوی این کمیسیون امروز در یک نشست خبری گفت که مراکز رای‌دهی از ساعت ۷ صبح تا ۳ بعد از چاشت باز خواهند بود و بیش از ۹ میلیون و ۶۰۰ هزار تن برای رای دادن ثبت نام کرده‌اند. "
     "سفارت‌های ایران و روسیه در کابل نیز با نشر اعلامیه‌های جداگانه از برگزاری انتخابات در موعد معین حمایت کرده‌اند. "
     "در انتخابات پیشین ریاست جمهوری در سال ۱۳۹۳، دور دوم رای‌دهی به ماه جوزا کشیده شده بود."),
     dates=[("۲۷ سنبله ۱۳۹۸", "2019-09-18", "j"), ("روز شنبه ۶ میزان", "2019-09-28", "j"), ("۲۸ سپتمبر", "2019-09-28", "g"),
            ("امروز", "2019-09-18", "r"), ("سال ۱۳۹۳", "2014-03-21/2015-03-20", "j"),
            ("ماه جوزا", "2014-05-22/2014-06-21", "j")],
     contacts=[]),
dict(id="P24", pub="2019-11-12", text=(
     "انتخاب- عباس عراقچی، معاون سیاسی وزیر امور خارجه، روز گذشته در مسکو با سرگئی ریابکوف، معاون وزیر خارجه روسیه، درباره آخرین وضعیت برجام و گام چهارم کاهش تعهدات ایران گفت‌وگو کرد؛ گامی که از 15 آبان با تزریق گاز به سانتریفیوژهای تأسیسات فردو آغاز شد. "
     "ظریف و لاوروف نیز ماه گذشته در مسکو دیدار و گفت‌وگو کرده بودند. "
     "سید عباس موسوی، سخنگوی وزارت امور خارجه، اما خبر برخی رسانه‌ها درباره دیدار ظریف و لاوروف در هفته آینده در ژنو را تکذیب کرد و گفت چنین دیداری در برنامه نیست. "
     "ایران تاکنون 1044 سانتریفیوژ IR-1 را در فردو فعال نگه داشته است."),
     dates=[("روز گذشته", "2019-11-11", "r"), ("15 آبان", "2019-11-06", "j"), ("ماه گذشته", "2019-09-23/2019-10-22", "r"),
            ("هفته آینده", "2019-11-16/2019-11-22", "r")],
     contacts=[C(RYA, ARA, "meet", "2019-11-11"), C(LAV, ZAR, "meet", "2019-09-23/2019-10-22")]),
dict(id="P25", pub="2020-03-09", text=(
     "شرق- بهای نفت برنت امروز در نخستین ساعات معاملات بازارهای آسیا با ۳۱ درصد سقوط به ۳۱ دلار و ۲ سنت رسید؛ بزرگ‌ترین افت روزانه از زمان جنگ خلیج فارس در سال ۱۹۹۱. "
     "این سقوط پس از آن رخ داد که روسیه جمعه گذشته پیشنهاد عربستان برای کاهش ۱.۵ میلیون بشکه‌ای تولید را نپذیرفت. "
     "عربستان در واکنش، قیمت رسمی فروش نفت خود برای ماه آینده میلادی را کاهش داد و اعلام کرد از اوایل آوریل تولیدش را به بیش از ۱۰ میلیون بشکه در روز می‌رساند. "
     "بیژن زنگنه، وزیر نفت، گفت ایران که به دلیل تحریم‌ها از سهمیه‌بندی معاف است، از این جنگ قیمتی زیان چندانی نخواهد دید."),
     dates=[("امروز", "2020-03-09", "r"), ("سال ۱۹۹۱", "1991", "g"), ("جمعه گذشته", "2020-03-06", "r"),
            ("ماه آینده میلادی", "2020-04", "r"), ("اوایل آوریل", "2020-04-01/2020-04-10", "g")],
     contacts=[]),
dict(id="P26", pub="2020-07-01", text=(
     "یورونیوز- نشست سران سه کشور ضامن روند آستانه امروز چهارشنبه ۱۱ تیر به‌صورت ویدئوکنفرانس و با حضور حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان برگزار شد. "
     "روحانی که میزبان این نشست بود، از تهران به آن پیوست و سه رئیس‌جمهور در پایان بیانیه مشترکی درباره حفظ تمامیت ارضی سوریه منتشر کردند. "
     "این نشست قرار بود فروردین در تهران و به‌صورت حضوری برگزار شود، اما همه‌گیری کووید ۱۹ آن را به تعویق انداخت. "
     "شمار مبتلایان به کرونا در ایران از مرز ۲۳۰ هزار نفر گذشته است."),
     dates=[("امروز چهارشنبه ۱۱ تیر", "2020-07-01", "j"), ("فروردین", "2020-03-20/2020-04-19", "j")],
     contacts=[C(PUT, ROU, "phone_call", "2020-07-01"), C([PUT, RU], [ROU, IR], "agreement", "2020-07-01", True)]),
dict(id="P27", pub="2021-10-21", text=(
     "طلوع‌نیوز- نشست فارمت مسکو در باره افغانستان روز چهارشنبه ۲۸ میزان (۲۰ اکتوبر) با حضور نمایندگان ده کشور، از جمله روسیه، چین، پاکستان، ایران و هند، و هیئتی از امارت اسلامی به رهبری مولوی عبدالسلام حنفی، معاون رئیس‌الوزرا، در مسکو برگزار شد. "
     "سرگئی لاوروف، وزیر خارجه روسیه، در آغاز نشست گفت که به رسمیت شناختن حکومت جدید افغانستان فعلاً در دستور کار نیست. "
     "در حاشیه این نشست، ضمیر کابلوف، نماینده ویژه رئیس‌جمهور روسیه برای افغانستان، با حسن کاظمی قمی، نماینده ویژه ایران در امور افغانستان، دیدار کرد و دو طرف در باره وضعیت بشری و مهاجرین افغان گفتگو کردند. "
     "نشست بعدی این روند قرار است سال آینده میلادی برگزار شود."),
     dates=[("روز چهارشنبه ۲۸ میزان", "2021-10-20", "j"), ("۲۰ اکتوبر", "2021-10-20", "g"), ("سال آینده میلادی", "2022", "r")],
     contacts=[C(RU, IR, "meet", "2021-10-20", True), C(KAB, KAZ, "meet", "2021-10-20"), C(RU, IR, "meet", "2022", True)]),
dict(id="P28", pub="2021-08-18", text=(
     "خبرآنلاین- آیت‌الله سید ابراهیم رئیسی شامگاه سه‌شنبه در نخستین گفت‌وگوی تلفنی خود با ولادیمیر پوتین پس از آغاز به کار دولت سیزدهم، بر ضرورت اجرای توافق‌های نیمه‌تمام دو کشور، از جمله در حوزه انرژی و حمل‌ونقل، تأکید کرد. "
     "پوتین که 14 مرداد نیز در پیامی تحلیف رئیس‌جمهور جدید ایران را تبریک گفته بود، رئیسی را به سفر رسمی به مسکو دعوت کرد و رئیسی این دعوت را پذیرفت. "
     "رئیس‌جمهور برای شرکت در اجلاس سران سازمان همکاری شانگهای که 25 و 26 شهریور در دوشنبه برگزار می‌شود، به تاجیکستان سفر خواهد کرد. "
     "این گفت‌وگو 55 دقیقه به طول انجامید."),
     dates=[("شامگاه سه‌شنبه", "2021-08-17", "r"), ("14 مرداد", "2021-08-05", "j"), ("25", "2021-09-16", "j"),
            ("26 شهریور", "2021-09-17", "j")],
     contacts=[C(PUT, RAI, "phone_call", "2021-08-17"), C(PUT, RAI, "message", "2021-08-05"), C(PUT, RAI, "meet", None, True)]),
dict(id="P29", pub="2022-01-20", text=(
     "رئیسی در دومای روسیه: سیاست همسایگی اولویت دولت سیزدهم است\n"
     "۳۰ دی ۱۴۰۰، ۱۰:۱۵\n"
     "کد خبر: 84620147\n"
     "مسکو- ایرنا- آیت‌الله سید ابراهیم رئیسی صبح امروز پنجشنبه با استقبال ویاچسلاو ولودین، رئیس دومای دولتی روسیه، در صحن علنی این مجلس حضور یافت و برای نمایندگان سخنرانی کرد.\n"
     "رئیس‌جمهور که چهارشنبه در رأس هیئتی سیاسی و اقتصادی وارد مسکو شد، عصر دیروز در کاخ کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ گفت‌وگویی که نزدیک به سه ساعت به طول انجامید.\n"
     "حسین امیرعبداللهیان و سرگئی لاوروف نیز روز گذشته به‌طور جداگانه درباره مذاکرات وین و لغو تحریم‌ها رایزنی کردند.\n"
     "جواد اوجی، وزیر نفت، که رئیس‌جمهور را در این سفر همراهی می‌کند، ظهر پنجشنبه با الکساندر نواک، معاون نخست‌وزیر روسیه، دیدار و درباره سوآپ گاز و فرآورده‌های نفتی گفت‌وگو کرد.\n"
     "رئیسی امشب مسکو را به مقصد تهران ترک می‌کند.\n"
     "آخرین سفر یک رئیس‌جمهور ایران به روسیه به ۲۸ مارس ۲۰۱۷ (۸ فروردین ۱۳۹۶) بازمی‌گردد که حسن روحانی در کرملین با پوتین دیدار کرد.\n"
     "رئیسی و پوتین پیش‌تر در تماس‌های تلفنی ۱۴ آبان و ۵ دی درباره برجام، افغانستان و همکاری‌های منطقه‌ای گفت‌وگو کرده بودند.\n"
     "برچسب‌ها: سفر رئیسی به روسیه، دومای دولتی، کرملین\n"
     "کلیه حقوق این وب‌سایت متعلق به خبرگزاری جمهوری اسلامی است. © ۱۴۰۰"),
     dates=[("۳۰ دی ۱۴۰۰", "2022-01-20", "j"), ("صبح امروز پنجشنبه", "2022-01-20", "r"), ("چهارشنبه", "2022-01-19", "r"),
            ("عصر دیروز", "2022-01-19", "r"), ("روز گذشته", "2022-01-19", "r"), ("ظهر پنجشنبه", "2022-01-20", "r"),
            ("امشب", "2022-01-20", "r"), ("۲۸ مارس ۲۰۱۷", "2017-03-28", "g"), ("۸ فروردین ۱۳۹۶", "2017-03-28", "j"),
            ("۱۴ آبان", "2021-11-05", "j"), ("۵ دی", "2021-12-26", "j"), ("© ۱۴۰۰", None, "ignore")],
     contacts=[C(VOL, RAI, "meet", "2022-01-20"), C(PUT, RAI, "meet", "2022-01-19"), C(LAV, AMI, "meet", "2022-01-19"),
               C(NOV, OWJ, "meet", "2022-01-20"), C(PUT, ROU, "meet", "2017-03-28"),
               C(PUT, RAI, "phone_call", "2021-11-05"), C(PUT, RAI, "phone_call", "2021-12-26")]),
dict(id="P30", pub="2022-05-17", text=(
     "ایلنا- حجت‌الله عبدالملکی، وزیر تعاون، کار و رفاه اجتماعی، صبح امروز در ساختمان این وزارتخانه میزبان آنتون کوتیاکوف، وزیر کار و حمایت اجتماعی روسیه، بود و دو وزیر سند همکاری در زمینه آموزش مهارت، بیمه‌های اجتماعی و اعزام نیروی کار را امضا کردند. "
     "بر اساس این سند، سالانه دست‌کم ۱۰ هزار کارگر ماهر ایرانی در پروژه‌های عمرانی روسیه به کار گرفته می‌شوند. "
     "با این حال نشست کارگروه مشترک بیمه که قرار بود پنجشنبه هفته آینده در مسکو برگزار شود، به دلیل مشکلات انتقال پول لغو شد. "
     "نرخ بیکاری در ایران در زمستان گذشته ۹.۴ درصد اعلام شده است."),
     dates=[("صبح امروز", "2022-05-17", "r"), ("پنجشنبه هفته آینده", "2022-05-26", "r"),
            ("زمستان گذشته", "2021-12-22/2022-03-20", "r")],
     contacts=[C(KOT, ABD, "meet", "2022-05-17"), C(KOT, ABD, "agreement", "2022-05-17")]),
# ---------------- P31–P40 ----------------
dict(id="P31", pub="2022-07-23", text=(
     "یورونیوز فارسی- نمایندگان روسیه و اوکراین دیروز جمعه ۲۲ ژوئیه (۳۱ تیر) در کاخ دلمه‌باغچه استانبول، در مراسمی با حضور آنتونیو گوترش و رجب طیب اردوغان، توافق‌های جداگانه‌ای برای ازسرگیری صادرات غلات از بنادر دریای سیاه امضا کردند. "
     "این توافق‌ها ۱۲۰ روز اعتبار دارند و راه را برای صدور حدود ۲۰ میلیون تن غلات انبارشده در اوکراین باز می‌کنند. "
     "ولادیمیر پوتین و اردوغان سه‌شنبه گذشته در تهران درباره جزئیات این طرح با یکدیگر گفت‌وگو کرده بودند. "
     "ایران که بخشی از گندم وارداتی خود را از روسیه تأمین می‌کند، از این توافق استقبال کرد و قیمت جهانی گندم ۵.۹ درصد کاهش یافت."),
     dates=[("دیروز جمعه ۲۲ ژوئیه", "2022-07-22", "g"), ("۳۱ تیر", "2022-07-22", "j"), ("سه‌شنبه گذشته", "2022-07-19", "r")],
     contacts=[]),
dict(id="P32", pub="2023-08-16", text=(
     "کیهان- امیر سرتیپ محمدرضا آشتیانی، وزیر دفاع و پشتیبانی نیروهای مسلح، روز سه‌شنبه ۲۴ مرداد در حاشیه یازدهمین کنفرانس امنیت بین‌المللی مسکو با ژنرال سرگئی شویگو، وزیر دفاع روسیه، دیدار و درباره همکاری‌های دفاعی و مقابله با یکجانبه‌گرایی آمریکا گفت‌وگو کرد. "
     "دو وزیر آخرین بار اسفند سال گذشته در یک ارتباط ویدئویی با یکدیگر گفت‌وگو کرده بودند. "
     "سخنگوی وزارت دفاع در عین حال گزارش رسانه‌های غربی درباره امضای قرارداد خرید ۲۴ فروند جنگنده سوخو-۳۵ در این سفر را «کذب محض» خواند. "
     "وزیر دفاع امروز به تهران بازمی‌گردد."),
     dates=[("روز سه‌شنبه ۲۴ مرداد", "2023-08-15", "j"), ("اسفند سال گذشته", "2023-02-20/2023-03-20", "j"),
            ("امروز", "2023-08-16", "r")],
     contacts=[C(SHO, ASH, "meet", "2023-08-15"), C(SHO, ASH, "phone_call", "2023-02-20/2023-03-20")]),
dict(id="P33", pub="2023-09-03", text=(
     "ایسنا- رئیس ستاد مرکزی اربعین اعلام کرد تا صبح امروز بیش از ۳ میلیون و ۲۰۰ هزار زائر ایرانی از مرزهای مهران، چذابه، شلمچه و خسروی وارد عراق شده‌اند و تردد از مرز مهران از ساعت ۲۲ تا ۶ صبح نیز ادامه دارد. "
     "مراسم اربعین حسینی روز چهارشنبه ۱۵ شهریور مصادف با بیستم صفر ۱۴۴۵ برگزار می‌شود و پیش‌بینی می‌شود بازگشت زائران از پنجشنبه تا یکشنبه آینده به اوج برسد. "
     "به گفته وی، امسال زائرانی از روسیه، جمهوری آذربایجان، پاکستان و افغانستان نیز از مسیر ایران راهی کربلا شده‌اند."),
     dates=[("صبح امروز", "2023-09-03", "r"), ("اربعین حسینی", None, "ignore"), ("روز چهارشنبه ۱۵ شهریور", "2023-09-06", "j"),
            ("بیستم صفر ۱۴۴۵", "2023-09-06", "h"), ("از پنجشنبه تا یکشنبه آینده", "2023-09-07/2023-09-10", "r"),
            ("امسال", "2023-03-21/2024-03-19", "r")],
     contacts=[]),
dict(id="P34", pub="2024-05-22", text=(
     "مهر- ویاچسلاو ولودین، رئیس دومای دولتی روسیه، که برای شرکت در مراسم بزرگداشت آیت‌الله سید ابراهیم رئیسی و همراهانش به تهران آمده است، امروز با محمدباقر قالیباف، رئیس مجلس شورای اسلامی، دیدار و مراتب تسلیت مردم و پارلمان روسیه را ابراز کرد. "
     "ولادیمیر پوتین نیز دوشنبه شب در تماس تلفنی با محمد مخبر، سرپرست ریاست‌جمهوری، شهادت رئیسی را ضایعه‌ای بزرگ برای ایران و روسیه خواند. "
     "آیین تشییع پیکر رئیس‌جمهور و همراهانش از سه‌شنبه ۱ خرداد در تبریز آغاز شد و انتخابات ریاست‌جمهوری ۸ تیر برگزار می‌شود. "
     "بالگرد حامل رئیسی بعدازظهر یکشنبه در منطقه ورزقان سقوط کرده بود."),
     dates=[("امروز", "2024-05-22", "r"), ("دوشنبه شب", "2024-05-20", "r"), ("سه‌شنبه ۱ خرداد", "2024-05-21", "j"),
            ("۸ تیر", "2024-06-28", "j"), ("بعدازظهر یکشنبه", "2024-05-19", "r")],
     contacts=[C(VOL, GHA, "meet", "2024-05-22"), C(PUT, MOKH, "phone_call", "2024-05-20")]),
dict(id="P35", pub="2024-10-26", text=(
     "اسرائیل بامداد امروز، شنبه ۵ آبان، در سه موج پیاپی مواضعی نظامی در استان‌های تهران، خوزستان و ایلام را هدف قرار داد؛ نخستین انفجارها حدود ساعت ۲:۱۵ بامداد در تهران شنیده شد. "
     "ارتش اسرائیل گفت این حمله پاسخی به حمله موشکی ۱ اکتبر (۱۰ مهر) ایران بوده که در آن حدود ۱۸۰ موشک بالستیک به سوی اسرائیل شلیک شد. "
     "وزارت خارجه روسیه با انتشار بیانیه‌ای خواستار خویشتنداری همه طرف‌ها شد و پروازهای شرکت‌های هواپیمایی روسی به مقصد تهران تا ظهر امروز لغو شد. "
     "سازمان هواپیمایی کشوری ایران اعلام کرد پروازها از ساعت ۹ صبح از سر گرفته شده است."),
     dates=[("بامداد امروز، شنبه ۵ آبان", "2024-10-26", "j"), ("۱ اکتبر", "2024-10-01", "g"), ("۱۰ مهر", "2024-10-01", "j"),
            ("ظهر امروز", "2024-10-26", "r")],
     contacts=[]),
dict(id="P36", pub="2024-08-05", text=(
     "شویگو در تهران با پزشکیان، احمدیان و سرلشکر باقری دیدار کرد\n"
     "دوشنبه ۱۵ مرداد ۱۴۰۳ - ۲۱:۴۰\n"
     "کد خبر: ۵۱۲۳۴۸۷\n"
     "به گزارش خبرگزاری صدا و سیما، سرگئی شویگو، دبیر شورای امنیت فدراسیون روسیه، امروز در سفری اعلام‌نشده وارد تهران شد و در نخستین دیدار خود با علی‌اکبر احمدیان، دبیر شورای عالی امنیت ملی، درباره تحولات منطقه گفت‌وگو کرد.\n"
     "شویگو سپس در نهاد ریاست‌جمهوری با مسعود پزشکیان دیدار کرد و رئیس‌جمهور در این دیدار گفت: «روسیه از دوستان راهبردی ایران است و همکاری دو کشور به‌ویژه در چارچوب بریکس و شانگهای باید گسترش یابد.»\n"
     "دبیر شورای امنیت روسیه همچنین با سرلشکر محمد باقری، رئیس ستاد کل نیروهای مسلح، گفت‌وگو کرد.\n"
     "این سفر پنج روز پس از ترور اسماعیل هنیه، رئیس دفتر سیاسی حماس، در تهران انجام می‌شود؛ هنیه بامداد ۱۰ مرداد در محل اقامتش در شمال تهران به شهادت رسید.\n"
     "احمدیان و شویگو پیش‌تر ۲۰ تیر نیز در تماسی تلفنی درباره امنیت منطقه و مبارزه با تروریسم گفت‌وگو کرده بودند.\n"
     "شویگو از ۲۳ اردیبهشت امسال با فرمان پوتین جانشین نیکولای پاتروشف در دبیرخانه شورای امنیت روسیه شده است.\n"
     "به گفته یک منبع آگاه، پزشکیان اواخر مهر برای شرکت در اجلاس سران بریکس به کازان سفر می‌کند و در حاشیه آن با ولادیمیر پوتین دیدار خواهد کرد.\n"
     "دفتر رئیس‌جمهور همچنین گزارش یک روزنامه آمریکایی درباره تحویل سامانه‌های جنگ الکترونیک روسی به ایران را «بی‌اساس» خواند.\n"
     "انتهای پیام"),
     dates=[("دوشنبه ۱۵ مرداد ۱۴۰۳", "2024-08-05", "j"), ("امروز", "2024-08-05", "r"),
            ("پنج روز پس از ترور اسماعیل هنیه", None, "ignore"), ("بامداد ۱۰ مرداد", "2024-07-31", "j"),
            ("۲۰ تیر", "2024-07-10", "j"), ("۲۳ اردیبهشت امسال", "2024-05-12", "j"),
            ("اواخر مهر", "2024-10-12/2024-10-21", "j")],
     contacts=[C(SHO, AHM, "meet", "2024-08-05"), C(SHO, PEZ, "meet", "2024-08-05"), C(SHO, BAGH, "meet", "2024-08-05"),
               C(SHO, AHM, "phone_call", "2024-07-10"), C(PUT, PEZ, "meet", "2024-10-12/2024-10-21")]),
dict(id="P37", pub="2025-04-18", text=(
     "رادیو فردا- عباس عراقچی، وزیر امور خارجه جمهوری اسلامی، پنجشنبه ۲۸ فروردین در کرملین با ولادیمیر پوتین دیدار کرد و نامه‌ای از علی خامنه‌ای، رهبر جمهوری اسلامی، را به او تحویل داد. "
     "دیمیتری پسکوف، سخنگوی کرملین، محتوای نامه را فاش نکرد اما گفت موضوع آن «تحولات مربوط به برنامه هسته‌ای ایران» بوده است. "
     "عراقچی پیش از این دیدار با سرگئی لاوروف نیز گفت‌وگو کرد. "
     "این سفر میان دو دور مذاکرات غیرمستقیم تهران و واشنگتن انجام شد؛ دور نخست ۲۳ فروردین در مسقط برگزار شد و دور دوم روز شنبه در رم با حضور استیو ویتکاف برگزار می‌شود."),
     dates=[("پنجشنبه ۲۸ فروردین", "2025-04-17", "j"), ("۲۳ فروردین", "2025-04-12", "j"), ("روز شنبه", "2025-04-19", "r")],
     contacts=[C(PUT, ARA, "meet", "2025-04-17"), C(PUT, KHA, "message", "2025-04-17"), C(LAV, ARA, "meet", "2025-04-17")]),
dict(id="P38", pub="2025-10-13", text=(
     "شرق- ابراهیم عزیزی، رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس، روز یکشنبه در نشستی ویدئویی با گریگوری کاراسین، رئیس کمیته امور بین‌الملل شورای فدراسیون روسیه، درباره پیامدهای بازگشت تحریم‌های شورای امنیت و اجرای معاهده مشارکت راهبردی جامع دو کشور گفت‌وگو کرد. "
     "به گفته عزیزی، سفر هیئت پارلمانی شورای فدراسیون به تهران که قرار بود مهرماه انجام شود، به آذر موکول شده است. "
     "معاهده مشارکت راهبردی جامع ایران و روسیه که 28 دی سال گذشته در مسکو امضا شده بود، از 10 مهر لازم‌الاجرا شده است. "
     "سهم روسیه از واردات کالاهای اساسی ایران در 6 ماه نخست امسال به 14 درصد رسید."),
     dates=[("روز یکشنبه", "2025-10-12", "r"), ("مهرماه", "2025-09-23/2025-10-22", "j"), ("آذر", "2025-11-22/2025-12-21", "j"),
            ("28 دی سال گذشته", "2025-01-17", "j"), ("10 مهر", "2025-10-02", "j"),
            ("6 ماه نخست امسال", "2025-03-21/2025-09-22", "r")],
     contacts=[C(KAR, AZI, "phone_call", "2025-10-12"), C(["Federation Council", RU], AZI, "meet", "2025-11-22/2025-12-21"),
               C([PUT, RU], [PEZ, IR], "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17", True)]),
dict(id="P39", pub="2026-02-05", text=(
     "فارس- رزمایش مشترک دریایی «کمربند امنیت دریایی ۲۰۲۶» با حضور یگان‌های شناور نیروی دریایی ارتش و سپاه، ناوگان اقیانوس آرام روسیه و نیروی دریایی ارتش آزادی‌بخش خلق چین از سه‌شنبه آینده به مدت چهار روز در شمال اقیانوس هند و دریای عمان برگزار می‌شود. "
     "به گفته سخنگوی رزمایش، ناوشکن «سهند» و ناو موشک‌انداز «زره» از بندرعباس و دو ناوچه روسی از ولادی‌وستوک عازم منطقه شده‌اند. "
     "دوره پیشین این رزمایش اسفند سال گذشته در آب‌های چابهار برگزار شده بود و ۱۸ کشور ناظر آن بودند. "
     "به گفته سخنگو، شرایط جوی منطقه با ارتفاع موج ۱.۵ تا ۲ متر برای اجرای برنامه‌ها مناسب است."),
     dates=[("۲۰۲۶", None, "ignore"), ("سه‌شنبه آینده", "2026-02-10", "r"), ("اسفند سال گذشته", "2025-02-19/2025-03-20", "j")],
     contacts=[]),
dict(id="P40", pub="2026-01-13", text=(
     "تسنیم- غلامرضا نوری قزلجه، وزیر جهاد کشاورزی، سه‌شنبه هفته گذشته در مسکو با اکسانا لوت، وزیر کشاورزی روسیه، دیدار کرد و دو وزیر یادداشت تفاهمی برای تسهیل صادرات محصولات باغی ایران و واردات نهاده‌های دامی از روسیه امضا کردند. "
     "به گزارش تسنیم، قرارداد خرید ۲ میلیون تن گندم روسی نیز امروز صبح در تهران میان شرکت بازرگانی دولتی ایران و شرکت متحد غلات روسیه به امضا رسید و نخستین محموله آن پیش از آغاز ماه مبارک رمضان ۱۴۴۷ در بندر آستاراخان بارگیری می‌شود. "
     "بر اساس برنامه، واردات این محموله‌ها تا پایان سال ۱۴۰۴ ادامه خواهد داشت."),
     dates=[("سه‌شنبه هفته گذشته", "2026-01-06", "r"), ("امروز صبح", "2026-01-13", "r"),
            ("ماه مبارک رمضان ۱۴۴۷", "2026-02-18/2026-03-19", "h"), ("تا پایان سال ۱۴۰۴", None, "ignore")],
     contacts=[C(LUT, NOU, "meet", "2026-01-06"), C(LUT, NOU, "agreement", "2026-01-06"), C(UGC, GTC, "agreement", "2026-01-13")]),
]
