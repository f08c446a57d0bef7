# Held-out probe set 41: PERSIAN news, 36 SNIPPETS of 1–3 sentences and 4 WHOLE ARTICLES of 11–12 lines (F08, F20, F29,
# F38: headline, header date line, news code, dateline / body, background lines recalling older dated contacts,
# boilerplate / tags / related links / a copyright line), hand-annotated; 40 cases, F01–F40, publication dates 2008–2026
# (two or three a year, ids in strict date order).
# Written BLIND: without reading the tool's code, its tests, bench/probes.py, timeline/ or the case bodies of any set
# file; what was read: /work/shared/gold/README.md, the five seed articles, the first 140 lines of set16 (file format)
# and the leading comment headers of set37 and set39 (plus the bare names of the latest Persian set's top-level
# assignments, no values).  The tool was not run and git was not used.  New text (no real article copied; events are
# modelled on real ones but details, numbers, quotes and several dates are invented) in the style of Mehr (F01 with «۲
# روزه»; F10 in Arabic-Indic digits «١١ آبان»; F30), Radio Farda (F02, F17, F34), IRNA (F03 from Yekaterinburg, F22 from
# Qingdao, F28 from Moscow, F35 from Kazan; F20 with a «۱۱ آبان ۱۳۹۶، ۹:۴۲» header and a news code), Fars (F04 from
# Moscow; F08 from Moscow with a two-calendar header «سه‌شنبه ۲۵ مرداد ۱۳۹۰ - ۱۶ رمضان ۱۴۳۲ - ۱۴:۳۵», a Latin-digit news
# code that embeds a date and a Latin «© 2011» line), BBC Persian (F05, F14, F37), ISNA (F06, F27, F19, F39), Khane-ye
# Mellat / ICANA (F07 with the name «بهمن طاهرخانی»), Euronews Persian (F09 with a Latin «4 مارس» among Persian digits,
# F13 in Latin digits, F36), Tasnim (F11, F16 from Moscow, F24, F40; F38 from Moscow with a numeric «۱۴۰۴/۰۷/۰۵ - ۱۰:۲۰»
# header), Khabaronline (F12 quoting ISNA, F26), Donya-e-Eqtesad (F15, F32), Shana (F18), Hamshahri Online (F21; F29
# with a «پنجشنبه ۳۰ دی ۱۴۰۰ - ۱۷ جمادی‌الثانی ۱۴۴۳ - ۱۲:۲۰» header), Varzesh3 (F23), Sputnik Persian (F25), and two
# Afghan Dari items: Tolonews (F31: سرطان, «عید قربان (۱۰ ذوالحجه)», «میزان بازگشت») and Pajhwok (F33: «کابل (پژواک،
# ۸ میزان ۱۴۰۲):» dateline, عقرب).
# Contacts: presidents (Ahmadinejad, Rouhani, Raisi, Pezeshkian, Khatami / Medvedev, Putin: Yekaterinburg SCO 2009 with an
# undated accepted invitation, Baku Caspian 2010 recalled, a Putin–Rouhani call 2013 with a Bishkek meeting planned by
# day, Bishkek 2013 recalled, Putin's Tehran visit 2017 (with the Leader), Qingdao SCO 2018 with the Tehran Astana-format
# summit planned «شهریورماه», the Astana-format video summit 2020 with a joint statement, a Raisi–Putin call recalled,
# Raisi's Moscow visit 2022 with Duma, oil and FM side meetings, Rouhani's 2017 Moscow visit recalled by its date in two
# calendars, Ashgabat Caspian 2022, the Rasht–Astara deal with the presidents on video 2023, Kazan BRICS and Ashgabat
# 2024, the 2025 treaty and the 2001 treaty recalled), foreign ministers and deputies (Mottaki, Salehi, Zarif,
# Amir-Abdollahian, Araghchi as deputy and as minister / Lavrov, Bogdanov, Ryabkov: calls, Moscow visits, the Dushanbe
# SCO sidelines 2021, a Geneva sideline with the P5+1 expert round and the Geneva interim deal, a Lavrov Tehran visit
# postponed «به دی‌ماه»), security secretaries (Jalili, Shamkhani / Patrushev: Moscow 2011 with an arrival day, Tehran
# 2010 recalled, Ufa 2019), defence (Dehghan / Shoigu, Moscow security conference 2015), parliament (Larijani / Mironov;
# Raisi / Volodin), ambassador (Sajjadi / Kiriyenko), atomic energy (Salehi, Eslami / Kiriyenko, Likhachev, Shmatko:
# Bushehr fuel loading 2010, the 2014 Bushehr-2 contract, the 2025 Hormoz contract, the 2011 Bushehr inauguration),
# energy (Zanganeh, Owji, Paknejad / Novak, Shulginov, Tsivilev, Miller; Rosneft–NIOC roadmap, Zarubezhneft–NIOC
# contract, a postponed joint commission), transport (Bazrpash / Savelyev), Afghanistan envoys (Kazemi Qomi / Kabulov at
# the Kazan «Moscow format» 2023, the 2022 round recalled).
# General news naming Russia or Iran with NO Russia–Iran contact (13): F02, F05, F09, F14, F17, F19, F21, F23, F25, F27,
# F31, F34, F37.  All other cases (27) have at least one required row.  Traps: third-country contacts (Medvedev–Sarkozy
# F02; Kerry–Lavrov F14; Putin–Erdogan call F19; Rouhani–Xi F22; Lavrov–Clinton F08; Lavrov–Rubio in Riyadh F37;
# Kabulov–Taliban F31; the Doha freeze talks F18), statements (F05, F09, F13, F14, F17, F19, F34, F37), a decree (F16),
# sanctions (F05, F34), aid (F21), a delivery (F27), naval drills (F25), a UNSC draft (F38); counts, money,
# percentages («۲ روزه», «شش ماده‌ای», «۹۶.۷ درصد», «۶۳ درصد», «۳۰ درصد», «۱۶ درصد», «۳۰ میلیارد دلار», «۲۵ میلیارد
# دلار», «۱.۳ میلیارد یورو», «۵۵ میلیارد مترمکعب», «۲۰ هزار دوز», «۱۷ هزار کیلومتر مربع», «۱۶۲ کیلومتری», «۴۷ ماده‌ای»),
# «صبح چهارشنبه ۲۶ موشک کروز» (F17: «۲۶» is a count, not a day), «با شلیک ۹ تیر» (F19: bullets, not 9 Tir), the oil
# field «آبان» (F20), durations («ظرف دو هفته», «یک ساعته», «شش ساعت», «۴۸ ماه», «۲۰ ساله», «برای ۲۰ سال», «چهار روز»,
# «چهار و نیم ساعته», «شش‌ماهه»), clock times in headers, «قطعنامه ۱۹۲۹», «اس-۳۰۰», «۱+۵», «ژنو 2», «دقیقه ۹۵», «کووید
# ۱۹» (F26, F27), ordinals («نهمین», «دولت یازدهم», «دولت سیزدهم», «نوزدهمین نشست»), news codes, the outlet «ورزش سه»,
# the agency مهر (F01, F10, F30), the Tajik capital «دوشنبه» (F05, F28), Dari «میزان بازگشت».
# Totals: 157 date lines (147 mentions + 10 ignore lines), 81 contact rows (59 required, 22 optional).
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
# Conventions: /work/shared/gold/README.md plus those of set16 and set19–set39 as the headers of set37 and set39 state them
#   (set39, the later, wins where they differ): اوایل / اواسط / اواخر = days 1–10 / 11–20 / 21 to month end; «هفته دوم»
#   of a month = days 8–14; Saturday–Friday weeks («هفته گذشته»); Persian and Dari relative years / months / seasons
#   (سال گذشته, پارسال, ماه گذشته, تابستان سال آینده) are Solar Hijri intervals unless میلادی is written; دیروز / روز
#   گذشته / شب گذشته = pub − 1; «جمعه گذشته» = the last such weekday strictly before pub; a bare weekday (also with شامگاه
#   / عصر / صبح) = the nearest one in the direction of the tense; «سه‌شنبه‌شب» = the evening OF that weekday; «از X تا Y»
#   is one range mention with «از» inside; a start point («از ۲۰ ژانویه», «از سال ۲۰۰۶», «از سه‌شنبه آینده», «از روز
#   گذشته», «از پنجشنبه ۳ مهر») keeps «از» outside; a weekday next to its date belongs to it; a relative word joined to a
#   written date («دیروز سه‌شنبه ۲۰ آبان», «عصر دیروز چهارشنبه ۲ آبان») is one mention in the calendar of the written
#   date, a relative word + weekday alone («فردا چهارشنبه», «دیروز شنبه») is r; a weekday before a comma and its date
#   («روز چهارشنبه، ۹ ژوئن», «جمعه گذشته، ۱۲ اسفند») is one mention in the calendar of the date; a date written in two
#   calendars is two mentions with one value; a trailing امسال that fixes the year is inside the span («۲۵ مرداد
#   امسال»); a header in two calendars is one mention per calendar, the time outside; Y/M/D numeric headers are j; a
#   holiday name beside its own date («عید قربان (۱۰ ذوالحجه)») is an ignore line, the date carries the value; an event
#   named by its day («انتخابات ۲۲ خرداد», «خروج آمریکا از برجام در ۱۸ اردیبهشت») is a mention of the date; counted
#   event-relative phrases («روز بعد», «سه روز پس از آن», «سه روز پیش از مراسم تحلیف», «دو هفته پیش از پایان مهلت …»),
#   anaphoric «شامگاه همان روز», vague «هفته‌های گذشته», deadlines by a year («تا پایان امسال»), years inside event names
#   («جام جهانی ۲۰۱۸») and copyright years are ignore lines; the original date of a cancelled or postponed contact («قرار
#   بود ۲۳ فروردین», «قرار بود پانزدهم آذر», «قرار بود اواسط دی») is an ordinary mention; news codes get no line; Dari
#   months (سرطان, میزان, عقرب) are Solar Hijri (j).
#   Contacts: as set27–set39 (trilateral summits at which the two sides sit together → required; planned contacts with a
#   day, part of a month, month or year → required, hoped-for or undated ones → optional None; multilateral meetings
#   (SCO, Caspian, BRICS plenary, the Moscow format) and joint commissions without a bilateral → optional, Iran–P5+1
#   rounds and the Geneva interim deal → optional country-level meet (+ optional agreement for the deal); a postponed joint
#   commission → optional at its new date; arrival days with no meeting stated that day → optional meet with the later
#   host's names; a minister's contract with the meeting stated → required meet + required agreement; company contracts
#   → required agreement; a recalled treaty → required agreement + optional meet; a recalled contract stated only by its
#   date and the two countries → required country-level agreement; a deal signed at a ceremony the presidents join by
#   video → required agreement + optional meet; an in-person ceremony attended with no meeting stated → optional meet; a
#   president's visit recalled by its date with no meeting named → required meet with country-level names for the host;
#   decrees, aid, deliveries, drills, sanctions and statements → no row).
# Decided here where nothing above says (set41):
#   A trilateral summit held by video conference («نشست ویدئوکنفرانسی سران روند آستانه») is one required phone_call row
#   (the video-call rule wins over the trilateral-meet rule), its joint statement an optional agreement (F26).  A postponed
#   bilateral visit moved to a month («به دی‌ماه موکول شد») is a planned contact → required meet at the new month; a Russian
#   minister's Tehran visit with no host named accepts the Iranian counterpart or the country (F39).  «ماه گذشته» next to
#   a Gregorian date inside that month is still its own r mention (the previous Solar Hijri month) (F34).  A time-of-day
#   word before a Gregorian date («شب ۷ اوت») is inside the span (F02).  A bare year in «پس از برد مقابل آمریکا در ۱۹۹۸»
#   is a g year mention, «در» outside (F23).  The co-chairs' phone call about a postponed joint commission is a required
#   phone_call row; the commission at its new date stays optional (F40).
PUT, MED, AHMD, ROU, KHA, RAI, PEZ = ("Vladimir Putin", "Dmitry Medvedev", "Mahmoud Ahmadinejad", "Hassan Rouhani",
                                      "Ali Khamenei", "Ebrahim Raisi", "Masoud Pezeshkian")
LAV, ZAR, AMI, ARA = "Sergei Lavrov", "Mohammad Javad Zarif", "Hossein Amir-Abdollahian", "Abbas Araghchi"
RU, IR = "Russia", "Iran"
PAT, JALS, SHMA = ["Nikolai Patrushev", RU], ["Saeed Jalili", IR], ["Ali Shamkhani", IR]
MOT = ["Manouchehr Mottaki", IR]
KIR = ["Sergei Kiriyenko", "Rosatom", RU]
SAJ = ["Mahmoud-Reza Sajjadi", IR]
SALH = ["Ali Akbar Salehi", "Atomic Energy Organization of Iran", "AEOI", IR]
SALF = ["Ali Akbar Salehi", IR]
MIRO = ["Sergei Mironov", "Federation Council", RU]
LAR = ["Ali Larijani", "Majlis", "Islamic Consultative Assembly", IR]
BOG = ["Mikhail Bogdanov", RU]
RYAB = ["Sergei Ryabkov", RU]
SHO, DEH = ["Sergei Shoigu", RU], ["Hossein Dehghan", IR]
NOV, ZAN = ["Alexander Novak", RU], ["Bijan Zanganeh", IR]
SECH = ["Igor Sechin", "Rosneft", RU]
NIOC = ["National Iranian Oil Company", "NIOC", "Ali Kardor", IR]
NIOCZ = NIOC + ["Bijan Zanganeh"]
ZARU = ["Zarubezhneft", RU]
VOL = ["Vyacheslav Volodin", "State Duma", RU]
SHUL, OWJ = ["Nikolai Shulginov", "Russian Ministry of Energy", RU], ["Javad Owji", IR]
SAV = ["Vitaly Savelyev", "Russian Ministry of Transport", RU, PUT]
BAZ = ["Mehrdad Bazrpash", "Ministry of Roads and Urban Development", IR, RAI]
KAB, QOMI = ["Zamir Kabulov", RU], ["Hassan Kazemi Qomi", IR]
KHAT = ["Mohammad Khatami", IR]
LIK = ["Alexei Likhachev", "Rosatom", RU]
ESL = ["Mohammad Eslami", "Atomic Energy Organization of Iran", "AEOI", IR]
SHMT = ["Sergei Shmatko", RU]
TSIV = ["Sergei Tsivilev", "Russian Ministry of Energy", RU]
PAK = ["Mohsen Paknejad", "Ministry of Petroleum", IR]
MIL = ["Alexei Miller", "Gazprom", RU]
# C(ru, ir, fam, date, optional=False), one gold contact, is given by bench/probes.py

CASES = [
dict(id="F01", pub="2008-02-13", text=(
     "به گزارش خبرگزاری مهر، منوچهر متکی وزیر امور خارجه کشورمان شامگاه دوشنبه در تماس تلفنی با سرگئی لاوروف همتای روس خود درباره روند تحویل سوخت نیروگاه اتمی بوشهر و پیش‌نویس قطعنامه جدید شورای امنیت گفتگو کرد. "
     "متکی که ۲۶ دی نیز در مسکو با لاوروف دیدار کرده بود، اوایل اسفند برای ادامه رایزنی‌ها با همتای روس خود دوباره به مسکو سفر می‌کند. "
     "بر اساس این گزارش، آخرین محموله سوخت روسی ۹ بهمن‌ماه و با فاصله‌ای ۲ روزه از محموله قبلی به بوشهر رسید."),
     dates=[("شامگاه دوشنبه", "2008-02-11", "r"), ("۲۶ دی", "2008-01-16", "j"), ("اوایل اسفند", "2008-02-20/2008-02-29", "j"),
            ("۹ بهمن‌ماه", "2008-01-29", "j")],
     contacts=[C(LAV, MOT, "phone_call", "2008-02-11"), C(LAV, MOT, "meet", "2008-01-16"),
               C(LAV, MOT, "meet", "2008-02-20/2008-02-29")]),
dict(id="F02", pub="2008-08-14", text=(
     "وزارت امور خارجه جمهوری اسلامی ایران روز چهارشنبه با انتشار بیانیه‌ای از روسیه و گرجستان خواست به آتش‌بس شش ماده‌ای که با میانجیگری فرانسه به دست آمده پایبند بمانند. "
     "درگیری‌ها از شب ۷ اوت (۱۷ مرداد) با حمله نیروهای گرجستان به تسخینوالی، مرکز اوستیای جنوبی، آغاز شد و ارتش روسیه روز بعد وارد منطقه شد. "
     "دیمیتری مدودف، رئیس‌جمهور روسیه، روز سه‌شنبه در مسکو با نیکلا سارکوزی، رئیس‌جمهور فرانسه، دیدار کرد و طرح آتش‌بس را پذیرفت."),
     dates=[("روز چهارشنبه", "2008-08-13", "r"), ("شب ۷ اوت", "2008-08-07", "g"), ("۱۷ مرداد", "2008-08-07", "j"),
            ("روز بعد", None, "ignore"), ("روز سه‌شنبه", "2008-08-12", "r")],
     contacts=[]),
dict(id="F03", pub="2009-06-17", text=(
     "یکاترینبورگ- ایرنا- محمود احمدی‌نژاد، رئیس‌جمهور، که سه‌شنبه ۲۶ خرداد در نهمین اجلاس سران سازمان همکاری شانگهای در این شهر سخنرانی کرد، در حاشیه اجلاس با دیمیتری مدودف، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد و مدودف دعوت او برای سفر به تهران را پذیرفت. "
     "این نخستین سفر خارجی احمدی‌نژاد پس از انتخابات ۲۲ خرداد بود. "
     "رئیس‌جمهور بامداد امروز به تهران بازگشت."),
     dates=[("سه‌شنبه ۲۶ خرداد", "2009-06-16", "j"), ("۲۲ خرداد", "2009-06-12", "j"), ("بامداد امروز", "2009-06-17", "r")],
     contacts=[C(MED, AHMD, "meet", "2009-06-16"), C(MED, AHMD, "meet", None, True)]),
dict(id="F04", pub="2009-11-17", text=(
     "به گزارش خبرگزاری فارس از مسکو، محمودرضا سجادی، سفیر جمهوری اسلامی ایران در روسیه، دیروز با سرگئی کیریینکو، مدیرعامل شرکت دولتی انرژی اتمی روسیه (روس‌اتم)، دیدار و درباره آخرین وضعیت نیروگاه اتمی بوشهر گفت‌وگو کرد. "
     "کیریینکو در این دیدار گفت راه‌اندازی فیزیکی نیروگاه به دلایل فنی به سال ۲۰۱۰ میلادی موکول شده است. "
     "پیش از این سرگئی شماتکو، وزیر انرژی روسیه، اواسط آبان گفته بود نیروگاه تا پایان امسال راه‌اندازی می‌شود."),
     dates=[("دیروز", "2009-11-16", "r"), ("سال ۲۰۱۰ میلادی", "2010", "g"), ("اواسط آبان", "2009-11-02/2009-11-11", "j"),
            ("تا پایان امسال", None, "ignore")],
     contacts=[C(KIR, SAJ, "meet", "2009-11-16")]),
dict(id="F05", pub="2010-06-10", text=(
     "شورای امنیت سازمان ملل متحد روز چهارشنبه، ۹ ژوئن، قطعنامه ۱۹۲۹ را با ۱۲ رای موافق، دو رای مخالف برزیل و ترکیه و یک رای ممتنع لبنان تصویب کرد و تحریم‌های تازه‌ای علیه ایران وضع کرد. "
     "روسیه و چین که در هفته‌های گذشته نسبت به گسترش تحریم‌ها تردید نشان داده بودند، به این قطعنامه رای مثبت دادند. "
     "محمود احمدی‌نژاد که در دوشنبه، پایتخت تاجیکستان، به سر می‌برد، گفت این چهارمین قطعنامه تحریمی از سال ۲۰۰۶ است و «هیچ ارزشی» برای ایران ندارد."),
     dates=[("روز چهارشنبه، ۹ ژوئن", "2010-06-09", "g"), ("هفته‌های گذشته", None, "ignore"), ("سال ۲۰۰۶", "2006", "g")],
     contacts=[]),
dict(id="F06", pub="2010-08-21", text=(
     "به گزارش ایسنا، عملیات بارگذاری سوخت در نیروگاه اتمی بوشهر امروز شنبه ۳۰ مرداد ۱۳۸۹ با حضور علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کیریینکو، مدیرعامل روس‌اتم، آغاز شد. "
     "صالحی و کیریینکو پیش از آغاز مراسم در دیداری یک ساعته درباره جدول زمانی اتصال نیروگاه به شبکه سراسری گفت‌وگو کردند و پروتکل تحویل سوخت را امضا کردند. "
     "بر اساس برنامه اعلام‌شده، انتقال سوخت به قلب رآکتور ظرف دو هفته انجام می‌شود و نیروگاه اواخر شهریور به شبکه برق متصل خواهد شد."),
     dates=[("امروز شنبه ۳۰ مرداد ۱۳۸۹", "2010-08-21", "j"), ("اواخر شهریور", "2010-09-12/2010-09-22", "j")],
     contacts=[C(KIR, SALH, "meet", "2010-08-21"), C(KIR, SALH, "agreement", "2010-08-21")]),
dict(id="F07", pub="2011-02-06", text=(
     "به گزارش خبرگزاری خانه ملت، علی لاریجانی، رئیس مجلس شورای اسلامی، صبح امروز یکشنبه در دیدار سرگئی میرونوف، رئیس شورای فدراسیون روسیه، خواستار تسریع در تکمیل نیروگاه بوشهر و افزایش مبادلات تجاری دو کشور شد. "
     "میرونوف که عصر دیروز در رأس هیئتی پارلمانی وارد تهران شد، قرار است فردا با محمود احمدی‌نژاد نیز دیدار کند. "
     "به گفته بهمن طاهرخانی، عضو کمیسیون امنیت ملی، گروه دوستی پارلمانی دو کشور نیز در حاشیه این سفر تشکیل جلسه می‌دهد."),
     dates=[("صبح امروز یکشنبه", "2011-02-06", "r"), ("عصر دیروز", "2011-02-05", "r"), ("فردا", "2011-02-07", "r")],
     contacts=[C(MIRO, LAR, "meet", "2011-02-06"), C(MIRO, AHMD, "meet", "2011-02-07"),
               C(MIRO, LAR, "meet", "2011-02-05", True)]),
dict(id="F08", pub="2011-08-16", text="\n".join([
     "جلیلی و پاتروشف در مسکو درباره طرح گام‌به‌گام روسیه گفت‌وگو کردند",
     "سه‌شنبه ۲۵ مرداد ۱۳۹۰ - ۱۶ رمضان ۱۴۳۲ - ۱۴:۳۵",
     "کد خبر: 9005250412",
     "مسکو- خبرگزاری فارس: سعید جلیلی، دبیر شورای عالی امنیت ملی، که از روز گذشته برای سفری دو روزه در مسکو به سر می‌برد، امروز با نیکلای پاتروشف، دبیر شورای امنیت فدراسیون روسیه، دیدار و گفت‌وگو کرد.",
     "در این دیدار که حدود سه ساعت به طول انجامید، پاتروشف جزئیات طرح پیشنهادی روسیه برای حل موضوع هسته‌ای ایران را تشریح کرد و جلیلی گفت تهران این طرح را به دقت بررسی خواهد کرد.",
     "جلیلی قرار است فردا چهارشنبه با سرگئی لاوروف، وزیر امور خارجه روسیه، نیز دیدار کند.",
     "لاوروف ۲۲ تیر در واشنگتن با هیلاری کلینتون، وزیر خارجه آمریکا، درباره همین طرح رایزنی کرده بود.",
     "آخرین دیدار دو دبیر ۲۷ بهمن ۱۳۸۸ در تهران انجام شده بود.",
     "محمود احمدی‌نژاد و دیمیتری مدودف نیز ۲۷ آبان ۱۳۸۹ در حاشیه سومین اجلاس سران کشورهای ساحلی خزر در باکو با یکدیگر دیدار کرده بودند.",
     "انتهای پیام/",
     "برچسب‌ها: روسیه، شورای عالی امنیت ملی، سعید جلیلی",
     "© 2011 Fars News Agency. All rights reserved."]),
     dates=[("سه‌شنبه ۲۵ مرداد ۱۳۹۰", "2011-08-16", "j"), ("۱۶ رمضان ۱۴۳۲", "2011-08-16", "h"), ("روز گذشته", "2011-08-15", "r"),
            ("امروز", "2011-08-16", "r"), ("فردا چهارشنبه", "2011-08-17", "r"), ("۲۲ تیر", "2011-07-13", "j"),
            ("۲۷ بهمن ۱۳۸۸", "2010-02-16", "j"), ("۲۷ آبان ۱۳۸۹", "2010-11-18", "j"), ("2011", None, "ignore")],
     contacts=[C(PAT, JALS, "meet", "2011-08-16"), C(PAT, JALS, "meet", "2011-08-15", True), C(LAV, JALS, "meet", "2011-08-17"),
               C(PAT, JALS, "meet", "2010-02-16"), C(MED, AHMD, "meet", "2010-11-18")]),
dict(id="F09", pub="2012-03-05", text=(
     "ولادیمیر پوتین با کسب بیش از ۶۳ درصد آرا در انتخابات ریاست‌جمهوری یکشنبه 4 مارس پیروز شد و برای سومین بار به کرملین بازمی‌گردد؛ مراسم تحلیف او ۷ مه برگزار می‌شود. "
     "رامین مهمانپرست، سخنگوی وزارت امور خارجه ایران، امروز در نشست خبری هفتگی خود گفت تهران انتخاب مردم روسیه را محترم می‌شمارد. "
     "در ایران نیز دور نخست انتخابات نهمین دوره مجلس جمعه گذشته، ۱۲ اسفند، برگزار شد."),
     dates=[("یکشنبه 4 مارس", "2012-03-04", "g"), ("۷ مه", "2012-05-07", "g"), ("امروز", "2012-03-05", "r"),
            ("جمعه گذشته، ۱۲ اسفند", "2012-03-02", "j")],
     contacts=[]),
dict(id="F10", pub="2012-12-10", text=(
     "به گزارش خبرگزاری مهر، میخائیل بوگدانف، معاون وزیر امور خارجه و نماینده ویژه رئیس‌جمهور روسیه در امور خاورمیانه، امروز دوشنبه در تهران با حسین امیرعبداللهیان، معاون عربی و آفریقایی وزارت امور خارجه، درباره تحولات سوریه گفت‌وگو کرد. "
     "بوگدانف فردا با علی‌اکبر صالحی، وزیر امور خارجه، دیدار می‌کند و سپس راهی بیروت می‌شود. "
     "دو معاون پیش از این ١١ آبان در مسکو رایزنی کرده بودند."),
     dates=[("امروز دوشنبه", "2012-12-10", "r"), ("فردا", "2012-12-11", "r"), ("١١ آبان", "2012-11-01", "j")],
     contacts=[C(BOG, AMI, "meet", "2012-12-10"), C(BOG, SALF, "meet", "2012-12-11"), C(BOG, AMI, "meet", "2012-11-01")]),
dict(id="F11", pub="2013-08-13", text=(
     "به گزارش خبرگزاری تسنیم، ولادیمیر پوتین، رئیس‌جمهور روسیه، عصر دیروز در تماس تلفنی با حسن روحانی ضمن تبریک مجدد آغاز به کار دولت یازدهم، بر ادامه همکاری دو کشور در پروژه نیروگاه بوشهر تأکید کرد. "
     "دو رئیس‌جمهور توافق کردند ۲۲ شهریور در حاشیه اجلاس سران سازمان همکاری شانگهای در بیشکک با یکدیگر دیدار کنند. "
     "حکم ریاست‌جمهوری روحانی ۱۲ مرداد از سوی رهبر انقلاب تنفیذ شد و او ۱۳ مرداد در مجلس سوگند یاد کرد."),
     dates=[("عصر دیروز", "2013-08-12", "r"), ("۲۲ شهریور", "2013-09-13", "j"), ("۱۲ مرداد", "2013-08-03", "j"),
            ("۱۳ مرداد", "2013-08-04", "j")],
     contacts=[C(PUT, ROU, "phone_call", "2013-08-12"), C(PUT, ROU, "meet", "2013-09-13")]),
dict(id="F12", pub="2013-12-18", text=(
     "به گزارش خبرآنلاین به نقل از ایسنا، عباس عراقچی، معاون وزیر امور خارجه، که برای پیگیری اجرای توافق ژنو در این شهر به سر می‌برد، شامگاه سه‌شنبه با سرگئی ریابکوف، معاون وزیر خارجه روسیه، دیدار و درباره جزئیات فنی گام نخست گفت‌وگو کرد. "
     "دور تازه مذاکرات کارشناسان ایران و گروه ۱+۵ از ۲۷ تا ۲۹ آذر در ژنو ادامه دارد. "
     "توافق موقت ژنو بامداد ۳ آذر (۲۴ نوامبر) به امضا رسیده بود."),
     dates=[("شامگاه سه‌شنبه", "2013-12-17", "r"), ("از ۲۷ تا ۲۹ آذر", "2013-12-18/2013-12-20", "j"), ("بامداد ۳ آذر", "2013-11-24", "j"),
            ("۲۴ نوامبر", "2013-11-24", "g")],
     contacts=[C(RYAB, ARA, "meet", "2013-12-17"), C(RU, IR, "meet", "2013-12-18/2013-12-20", True),
               C(RU, IR, "meet", "2013-11-24", True), C(RU, IR, "agreement", "2013-11-24", True)]),
dict(id="F13", pub="2014-01-16", text=(
     "محمدجواد ظریف، وزیر امور خارجه ایران، روز پنجشنبه 16 ژانویه در مسکو با سرگئی لاوروف، همتای روس خود، دیدار کرد. "
     "دو وزیر درباره اجرای توافق هسته‌ای ژنو که از 20 ژانویه اجرایی می‌شود و کنفرانس ژنو 2 درباره سوریه گفتگو کردند. "
     "لاوروف پس از این دیدار گفت روسیه از حضور ایران در کنفرانس صلح سوریه که 22 ژانویه در مونترو آغاز می‌شود، حمایت می‌کند."),
     dates=[("روز پنجشنبه 16 ژانویه", "2014-01-16", "g"), ("20 ژانویه", "2014-01-20", "g"), ("22 ژانویه", "2014-01-22", "g")],
     contacts=[C(LAV, ZAR, "meet", "2014-01-16")]),
dict(id="F14", pub="2014-03-17", text=(
     "در همه‌پرسی روز یکشنبه در کریمه، به گفته مقام‌های محلی، ۹۶.۷ درصد شرکت‌کنندگان به پیوستن این شبه‌جزیره به روسیه رای دادند. "
     "جان کری، وزیر خارجه آمریکا، و سرگئی لاوروف، وزیر خارجه روسیه، جمعه گذشته در لندن شش ساعت گفت‌وگو کردند اما به توافقی نرسیدند. "
     "مرضیه افخم، سخنگوی وزارت امور خارجه ایران، امروز گفت ایران خواستار حل بحران اوکراین از راه‌های مسالمت‌آمیز و احترام به تمامیت ارضی کشورهاست."),
     dates=[("روز یکشنبه", "2014-03-16", "r"), ("جمعه گذشته", "2014-03-14", "r"), ("امروز", "2014-03-17", "r")],
     contacts=[]),
dict(id="F15", pub="2014-11-12", text=(
     "قرارداد ساخت دو واحد جدید نیروگاه اتمی بوشهر که دیروز سه‌شنبه ۲۰ آبان در مسکو به امضای علی‌اکبر صالحی، رئیس سازمان انرژی اتمی، و سرگئی کیریینکو، مدیرعامل روس‌اتم، رسید، امکان ساخت تا هشت واحد دیگر را نیز پیش‌بینی می‌کند. "
     "به گزارش دنیای اقتصاد، صالحی و کیریینکو پیش از امضای قرارداد درباره تأمین سوخت و آموزش نیروی انسانی گفت‌وگو کرده بودند. "
     "امضای این قرارداد دو هفته پیش از پایان مهلت مذاکرات هسته‌ای ایران و ۱+۵ در ۲۴ نوامبر (۳ آذر) انجام شد."),
     dates=[("دیروز سه‌شنبه ۲۰ آبان", "2014-11-11", "j"), ("دو هفته پیش از پایان مهلت مذاکرات هسته‌ای", None, "ignore"),
            ("۲۴ نوامبر", "2014-11-24", "g"), ("۳ آذر", "2014-11-24", "j")],
     contacts=[C(KIR, SALH, "agreement", "2014-11-11"), C(KIR, SALH, "meet", "2014-11-11")]),
dict(id="F16", pub="2015-04-16", text=(
     "به گزارش خبرنگار اعزامی تسنیم به مسکو، سرتیپ حسین دهقان، وزیر دفاع، امروز پنجشنبه در حاشیه چهارمین کنفرانس امنیت بین‌المللی مسکو با ژنرال سرگئی شویگو، وزیر دفاع روسیه، دیدار و گفت‌وگو کرد. "
     "این دیدار سه روز پس از آن صورت گرفت که ولادیمیر پوتین روز دوشنبه ۲۴ فروردین با امضای فرمانی ممنوعیت تحویل سامانه اس-۳۰۰ به ایران را لغو کرد. "
     "دهقان فردا جمعه به تهران بازمی‌گردد."),
     dates=[("امروز پنجشنبه", "2015-04-16", "r"), ("سه روز پس از آن", None, "ignore"), ("روز دوشنبه ۲۴ فروردین", "2015-04-13", "j"),
            ("فردا جمعه", "2015-04-17", "r")],
     contacts=[C(SHO, DEH, "meet", "2015-04-16")]),
dict(id="F17", pub="2015-10-08", text=(
     "وزارت دفاع روسیه اعلام کرد ناوهای این کشور در دریای خزر صبح چهارشنبه ۲۶ موشک کروز به سوی مواضع گروه موسوم به دولت اسلامی در سوریه شلیک کردند که از حریم هوایی ایران و عراق عبور کرده‌اند. "
     "حسین جابری انصاری، سخنگوی وزارت امور خارجه ایران، گفت عبور این موشک‌ها «در چارچوب همکاری‌های ضدتروریستی منطقه‌ای» بوده است. "
     "عملیات هوایی روسیه در سوریه از ۳۰ سپتامبر آغاز شده است."),
     dates=[("صبح چهارشنبه", "2015-10-07", "r"), ("۳۰ سپتامبر", "2015-09-30", "g")],
     contacts=[]),
dict(id="F18", pub="2016-02-22", text=(
     "به گزارش شانا، بیژن زنگنه، وزیر نفت، روز گذشته در تهران با الکساندر نواک، وزیر انرژی روسیه، دیدار و درباره طرح تثبیت سطح تولید نفت که ۲۷ بهمن در دوحه مطرح شد، گفت‌وگو کرد. "
     "نواک که در رأس هیئتی اقتصادی به تهران آمده است، امروز با حسن روحانی نیز دیدار می‌کند. "
     "نشست بعدی کمیسیون مشترک همکاری‌های اقتصادی دو کشور قرار است تابستان سال آینده در مسکو برگزار شود."),
     dates=[("روز گذشته", "2016-02-21", "r"), ("۲۷ بهمن", "2016-02-16", "j"), ("امروز", "2016-02-22", "r"),
            ("تابستان سال آینده", "2016-06-21/2016-09-21", "r")],
     contacts=[C(NOV, ZAN, "meet", "2016-02-21"), C(NOV, ROU, "meet", "2016-02-22"),
               C(RU, IR, "meet", "2016-06-21/2016-09-21", True)]),
dict(id="F19", pub="2016-12-20", text=(
     "به گزارش ایسنا، بهرام قاسمی، سخنگوی وزارت امور خارجه، ترور آندری کارلوف، سفیر روسیه در ترکیه، را که عصر دیروز در یک نمایشگاه عکس در آنکارا با شلیک ۹ تیر از پای درآمد، به شدت محکوم کرد. "
     "کارلوف از سال ۲۰۱۳ سفیر روسیه در آنکارا بود. "
     "ولادیمیر پوتین این حمله را «تحریکی» برای برهم زدن روابط مسکو و آنکارا خواند و رجب طیب اردوغان در تماس تلفنی با او تسلیت گفت."),
     dates=[("عصر دیروز", "2016-12-19", "r"), ("سال ۲۰۱۳", "2013", "g")],
     contacts=[]),
dict(id="F20", pub="2017-11-02", text="\n".join([
     "امضای نقشه راه ۳۰ میلیارد دلاری روس‌نفت و شرکت ملی نفت ایران",
     "۱۱ آبان ۱۳۹۶، ۹:۴۲",
     "کد خبر: 82718455",
     "تهران- ایرنا- شرکت روسی روس‌نفت و شرکت ملی نفت ایران دیروز چهارشنبه در حاشیه سفر ولادیمیر پوتین به تهران نقشه راه اجرای پروژه‌های راهبردی در بخش بالادستی نفت و گاز را امضا کردند.",
     "این سند را ایگور سچین، مدیرعامل روس‌نفت، و علی کاردر، مدیرعامل شرکت ملی نفت ایران، در حضور بیژن زنگنه، وزیر نفت، امضا کردند و سرمایه‌گذاری پیش‌بینی‌شده در آن تا ۳۰ میلیارد دلار برآورد شده است.",
     "پوتین روز گذشته پس از شرکت در نشست سه‌جانبه سران ایران، روسیه و جمهوری آذربایجان با حسن روحانی و رهبر انقلاب دیدار و گفت‌وگو کرد و شامگاه همان روز تهران را ترک کرد.",
     "زنگنه اواسط مهر نیز در مسکو با سچین درباره این نقشه راه گفت‌وگو کرده بود.",
     "پیش از این شرکت روسی زاروبژنفت در اسفند ۱۳۹۵ قراردادی برای توسعه میدان‌های آبان و پایدار غرب با شرکت ملی نفت ایران امضا کرده بود.",
     "روحانی و پوتین نخستین دیدار خود را ۲۲ شهریور ۱۳۹۲ در بیشکک برگزار کرده بودند.",
     "انتهای پیام",
     "اخبار مرتبط: سفر پوتین به تهران | اجلاس سه‌جانبه تهران"]),
     dates=[("۱۱ آبان ۱۳۹۶", "2017-11-02", "j"), ("دیروز چهارشنبه", "2017-11-01", "r"), ("روز گذشته", "2017-11-01", "r"),
            ("شامگاه همان روز", None, "ignore"), ("اواسط مهر", "2017-10-03/2017-10-12", "j"),
            ("اسفند ۱۳۹۵", "2017-02-19/2017-03-20", "j"), ("۲۲ شهریور ۱۳۹۲", "2013-09-13", "j")],
     contacts=[C(SECH, NIOCZ, "agreement", "2017-11-01"), C(PUT, ROU, "meet", "2017-11-01"), C(PUT, KHA, "meet", "2017-11-01"),
               C(SECH, ZAN, "meet", "2017-10-03/2017-10-12"), C(ZARU, NIOC, "agreement", "2017-02-19/2017-03-20"),
               C(PUT, ROU, "meet", "2013-09-13")]),
dict(id="F21", pub="2017-11-14", text=(
     "به گزارش همشهری آنلاین، شمار جان‌باختگان زمین‌لرزه شامگاه یکشنبه ۲۱ آبان در غرب استان کرمانشاه به بیش از ۴۰۰ نفر رسیده و حدود هفت هزار نفر زخمی شده‌اند. "
     "وزارت شرایط اضطراری روسیه امروز اعلام کرد آماده است یک فروند هواپیمای ایلیوشین حامل چادر، پتو و تجهیزات پزشکی به ایران بفرستد. "
     "دولت دیروز دوشنبه را در استان کرمانشاه روز عزای عمومی اعلام کرده بود."),
     dates=[("شامگاه یکشنبه ۲۱ آبان", "2017-11-12", "j"), ("امروز", "2017-11-14", "r"), ("دیروز دوشنبه", "2017-11-13", "r")],
     contacts=[]),
dict(id="F22", pub="2018-06-10", text=(
     "چینگدائو- ایرنا- حسن روحانی، رئیس‌جمهوری اسلامی ایران، ظهر امروز یکشنبه ۲۰ خرداد در حاشیه هجدهمین نشست سران سازمان همکاری شانگهای با ولادیمیر پوتین، رئیس‌جمهور روسیه، دیدار و گفت‌وگو کرد. "
     "این نخستین دیدار دو رئیس‌جمهور پس از خروج آمریکا از برجام در ۱۸ اردیبهشت است؛ روحانی دیروز شنبه نیز با شی جین‌پینگ، رئیس‌جمهور چین، دیدار کرده بود. "
     "روحانی در این دیدار از پوتین برای شرکت در نشست سه‌جانبه سران روند آستانه که شهریورماه در تهران برگزار می‌شود، دعوت کرد و پوتین این دعوت را پذیرفت."),
     dates=[("ظهر امروز یکشنبه ۲۰ خرداد", "2018-06-10", "j"), ("۱۸ اردیبهشت", "2018-05-08", "j"), ("دیروز شنبه", "2018-06-09", "r"),
            ("شهریورماه", "2018-08-23/2018-09-22", "j")],
     contacts=[C(PUT, ROU, "meet", "2018-06-10"), C(PUT, ROU, "meet", "2018-08-23/2018-09-22")]),
dict(id="F23", pub="2018-06-16", text=(
     "به گزارش ورزش سه، تیم ملی فوتبال ایران شب گذشته در نخستین دیدار خود در جام جهانی ۲۰۱۸ روسیه با گل به خودی دقیقه ۹۵ مدافع حریف، مراکش را یک بر صفر در سن‌پترزبورگ شکست داد. "
     "شاگردان کارلوس کی‌روش چهارشنبه ۳۰ خرداد در کازان به مصاف اسپانیا می‌روند و آخرین بازی گروهی خود را دوشنبه ۴ تیر (۲۵ ژوئن) در سارانسک مقابل پرتغال برگزار می‌کنند. "
     "این دومین پیروزی ایران در تاریخ جام جهانی پس از برد مقابل آمریکا در ۱۹۹۸ است."),
     dates=[("شب گذشته", "2018-06-15", "r"), ("جام جهانی ۲۰۱۸", None, "ignore"), ("چهارشنبه ۳۰ خرداد", "2018-06-20", "j"),
            ("دوشنبه ۴ تیر", "2018-06-25", "j"), ("۲۵ ژوئن", "2018-06-25", "g"), ("۱۹۹۸", "1998", "g")],
     contacts=[]),
dict(id="F24", pub="2019-06-19", text=(
     "به گزارش تسنیم، علی شمخانی، دبیر شورای عالی امنیت ملی، که برای شرکت در دهمین نشست بین‌المللی نمایندگان عالی امور امنیتی به اوفا سفر کرده است، دیروز سه‌شنبه ۲۸ خرداد در حاشیه این نشست با نیکلای پاتروشف، دبیر شورای امنیت روسیه، دیدار کرد و درباره حمله به دو نفتکش در دریای عمان در ۲۳ خرداد و تنش‌ها در خلیج فارس گفت‌وگو کرد. "
     "شمخانی امروز در نشست عمومی سخنرانی می‌کند و روز پنجشنبه به تهران بازمی‌گردد."),
     dates=[("دیروز سه‌شنبه ۲۸ خرداد", "2019-06-18", "j"), ("۲۳ خرداد", "2019-06-13", "j"), ("امروز", "2019-06-19", "r"),
            ("روز پنجشنبه", "2019-06-20", "r")],
     contacts=[C(PAT, SHMA, "meet", "2019-06-18")]),
dict(id="F25", pub="2019-12-27", text=(
     "اسپوتنیک- رزمایش مشترک دریایی «کمربند امنیت دریایی» با شرکت ناوهای ایران، روسیه و چین امروز جمعه ۲۷ دسامبر از بندر چابهار آغاز شد و چهار روز ادامه خواهد داشت. "
     "ناوشکن «یاروسلاو مودری» و نفتکش «یلنیا» از ناوگان بالتیک روسیه روز پنجشنبه وارد آب‌های ایران شدند. "
     "غلامرضا طحانی، سخنگوی رزمایش، گفت این رزمایش در پهنه‌ای به وسعت ۱۷ هزار کیلومتر مربع در شمال اقیانوس هند برگزار می‌شود."),
     dates=[("امروز جمعه ۲۷ دسامبر", "2019-12-27", "g"), ("روز پنجشنبه", "2019-12-26", "r")],
     contacts=[]),
dict(id="F26", pub="2020-07-02", text=(
     "به گزارش خبرآنلاین، حسن روحانی، ولادیمیر پوتین و رجب طیب اردوغان عصر دیروز چهارشنبه ۱۱ تیر در نشست ویدئوکنفرانسی سران روند آستانه درباره سوریه گفت‌وگو کردند و در پایان، بیانیه‌ای مشترک صادر شد. "
     "این نشست قرار بود ۲۳ فروردین در تهران برگزار شود اما به دلیل شیوع کووید ۱۹ به تعویق افتاد. "
     "روحانی پیشنهاد کرد نشست بعدی به شکل حضوری در تهران برگزار شود."),
     dates=[("عصر دیروز چهارشنبه ۱۱ تیر", "2020-07-01", "j"), ("۲۳ فروردین", "2020-04-11", "j")],
     contacts=[C(PUT, ROU, "phone_call", "2020-07-01"), C(PUT, ROU, "agreement", "2020-07-01", True),
               C(PUT, ROU, "meet", None, True)]),
dict(id="F27", pub="2021-02-05", text=(
     "به گزارش ایسنا، نخستین محموله واکسن روسی اسپوتنیک وی شامل ۲۰ هزار دوز، عصر پنجشنبه ۱۶ بهمن با پرواز هواپیمایی ماهان از مسکو وارد فرودگاه امام خمینی شد. "
     "واکسیناسیون کادر درمان بخش‌های ویژه کووید ۱۹ از سه‌شنبه آینده در بیمارستان‌های منتخب آغاز می‌شود. "
     "به گفته سخنگوی وزارت بهداشت، محموله دوم این واکسن اواخر بهمن‌ماه وارد کشور خواهد شد."),
     dates=[("عصر پنجشنبه ۱۶ بهمن", "2021-02-04", "j"), ("سه‌شنبه آینده", "2021-02-09", "r"),
            ("اواخر بهمن‌ماه", "2021-02-09/2021-02-18", "j")],
     contacts=[]),
dict(id="F28", pub="2021-10-06", text=(
     "مسکو- ایرنا- حسین امیرعبداللهیان، وزیر امور خارجه، که سه‌شنبه‌شب در رأس هیئتی وارد مسکو شد، امروز چهارشنبه ۱۴ مهر با سرگئی لاوروف، همتای روس خود، دیدار و گفت‌وگو کرد. "
     "این نخستین سفر امیرعبداللهیان به روسیه پس از آغاز به کار دولت سیزدهم است؛ دو وزیر ۲۶ شهریور نیز در حاشیه اجلاس سازمان همکاری شانگهای در دوشنبه با یکدیگر دیدار کرده بودند. "
     "وزیر امور خارجه فردا به تهران بازمی‌گردد."),
     dates=[("سه‌شنبه‌شب", "2021-10-05", "r"), ("امروز چهارشنبه ۱۴ مهر", "2021-10-06", "j"), ("۲۶ شهریور", "2021-09-17", "j"),
            ("فردا", "2021-10-07", "r")],
     contacts=[C(LAV, AMI, "meet", "2021-10-06"), C(LAV, AMI, "meet", "2021-10-05", True), C(LAV, AMI, "meet", "2021-09-17")]),
dict(id="F29", pub="2022-01-20", text="\n".join([
     "رئیسی در دومای روسیه: تهران به دنبال روابط راهبردی با مسکو است",
     "پنجشنبه ۳۰ دی ۱۴۰۰ - ۱۷ جمادی‌الثانی ۱۴۴۳ - ۱۲:۲۰",
     "کد خبر ۶۵۲۴۱۸",
     "به گزارش همشهری آنلاین، آیت‌الله سید ابراهیم رئیسی، رئیس‌جمهور، که روز گذشته برای سفری دو روزه وارد مسکو شد، امروز در صحن علنی دومای دولتی روسیه سخنرانی کرد و پیش از آن با ویاچسلاو ولودین، رئیس دوما، دیدار کرد.",
     "رئیس‌جمهور شامگاه چهارشنبه ۲۹ دی در کرملین با ولادیمیر پوتین دیدار و گفت‌وگو کرد؛ این دیدار که قرار بود دو ساعت باشد، نزدیک به سه ساعت به طول انجامید.",
     "رئیسی در این دیدار گفت متن پیشنهادی سند همکاری‌های جامع ۲۰ ساله دو کشور به طرف روسی تحویل داده شده است.",
     "رئیس‌جمهور امروز همچنین با جمعی از ایرانیان مقیم روسیه دیدار می‌کند و سپس به تهران بازمی‌گردد.",
     "حسین امیرعبداللهیان و جواد اوجی، وزیر نفت، نیز دیروز در حاشیه این سفر با همتایان روس خود، سرگئی لاوروف و نیکلای شولگینوف، گفت‌وگو کردند.",
     "آخرین سفر یک رئیس‌جمهور ایران به مسکو ۸ فروردین ۱۳۹۶ (۲۸ مارس ۲۰۱۷) و از سوی حسن روحانی انجام شده بود.",
     "رئیسی و پوتین پیش از این ۲۵ مرداد امسال در نخستین تماس تلفنی خود گفت‌وگو کرده بودند.",
     "انتهای خبر/",
     "کلیه حقوق این سایت متعلق به همشهری آنلاین است."]),
     dates=[("پنجشنبه ۳۰ دی ۱۴۰۰", "2022-01-20", "j"), ("۱۷ جمادی‌الثانی ۱۴۴۳", "2022-01-20", "h"), ("روز گذشته", "2022-01-19", "r"),
            ("امروز", "2022-01-20", "r"), ("شامگاه چهارشنبه ۲۹ دی", "2022-01-19", "j"), ("امروز", "2022-01-20", "r"),
            ("دیروز", "2022-01-19", "r"), ("۸ فروردین ۱۳۹۶", "2017-03-28", "j"), ("۲۸ مارس ۲۰۱۷", "2017-03-28", "g"),
            ("۲۵ مرداد امسال", "2021-08-16", "j")],
     contacts=[C(VOL, RAI, "meet", "2022-01-20"), C(PUT, RAI, "meet", "2022-01-19"), C(LAV, AMI, "meet", "2022-01-19"),
               C(SHUL, OWJ, "meet", "2022-01-19"), C([PUT, RU], ROU, "meet", "2017-03-28"), C(PUT, RAI, "phone_call", "2021-08-16")]),
dict(id="F30", pub="2022-06-30", text=(
     "به گزارش خبرگزاری مهر، آیت‌الله سید ابراهیم رئیسی و ولادیمیر پوتین دیروز در حاشیه ششمین اجلاس سران کشورهای ساحلی خزر در عشق‌آباد با یکدیگر دیدار و گفت‌وگو کردند. "
     "پوتین در این دیدار گفت در نخستین فرصت به تهران سفر خواهد کرد. "
     "بر اساس بیانیه پایانی، هفتمین اجلاس سران کشورهای ساحلی خزر سال ۲۰۲۴ میلادی در تهران برگزار می‌شود."),
     dates=[("دیروز", "2022-06-29", "r"), ("سال ۲۰۲۴ میلادی", "2024", "g")],
     contacts=[C(PUT, RAI, "meet", "2022-06-29"), C(PUT, RAI, "meet", None, True), C(RU, IR, "meet", "2024", True)]),
dict(id="F31", pub="2022-07-17", text=(
     "طلوع‌نیوز: مسوولان وزارت امور مهاجرین و عودت‌کنندگان می‌گویند که در هفته گذشته بیش از ۱۲ هزار مهاجر افغان از ایران اخراج شده‌اند و روز شنبه ۲۵ سرطان بیش از دو هزار تن از طریق بندر اسلام‌قلعه به کشور برگشتند. "
     "به گفته این وزارت، شمار اخراج‌شدگان پس از روزهای عید قربان (۱۰ ذوالحجه) بیشتر شده و میزان بازگشت اجباری مهاجرین نسبت به سال گذشته ۳۰ درصد افزایش یافته است. "
     "همزمان، ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه برای افغانستان، روز پنجشنبه در مسکو با هیئت امارت اسلامی دیدار کرد."),
     dates=[("هفته گذشته", "2022-07-09/2022-07-15", "r"), ("روز شنبه ۲۵ سرطان", "2022-07-16", "j"), ("عید قربان", None, "ignore"),
            ("۱۰ ذوالحجه", "2022-07-09", "h"),
            ("سال گذشته", "2021-03-21/2022-03-20", "r"), ("روز پنجشنبه", "2022-07-14", "r")],
     contacts=[]),
dict(id="F32", pub="2023-05-18", text=(
     "به گزارش دنیای اقتصاد، موافقت‌نامه ساخت راه‌آهن رشت–آستارا دیروز چهارشنبه ۲۷ اردیبهشت در تهران به امضای مهرداد بذرپاش، وزیر راه و شهرسازی، و ویتالی ساولیف، وزیر حمل‌ونقل روسیه، رسید و آیت‌الله رئیسی و ولادیمیر پوتین به صورت ویدئوکنفرانس در مراسم حضور داشتند. "
     "بر اساس این موافقت‌نامه، روسیه ۱.۳ میلیارد یورو وام دولتی برای ساخت این خط ۱۶۲ کیلومتری تأمین می‌کند و عملیات اجرایی ظرف ۴۸ ماه به پایان می‌رسد. "
     "ایران و روسیه نخستین تفاهم‌نامه این پروژه را آذر ۱۳۹۵ امضا کرده بودند."),
     dates=[("دیروز چهارشنبه ۲۷ اردیبهشت", "2023-05-17", "j"), ("آذر ۱۳۹۵", "2016-11-21/2016-12-20", "j")],
     contacts=[C(SAV, BAZ, "agreement", "2023-05-17"), C(SAV, BAZ, "meet", "2023-05-17", True),
               C(PUT, RAI, "meet", "2023-05-17", True), C(RU, IR, "agreement", "2016-11-21/2016-12-20")]),
dict(id="F33", pub="2023-09-30", text=(
     "کابل (پژواک، ۸ میزان ۱۴۰۲): پنجمین نشست «فارمت مسکو» در مورد افغانستان دیروز جمعه در شهر قازان روسیه با اشتراک نمایندگان ده کشور برگزار شد. "
     "حسن کاظمی قمی، نماینده ویژه رئیس جمهور ایران برای افغانستان، در حاشیه این نشست با ضمیر کابلوف، نماینده ویژه رئیس جمهور روسیه، دیدار کرد و دو طرف در مورد مبارزه با مواد مخدر و تروریزم گفتگو کردند. "
     "نشست قبلی این فارمت ۲۵ عقرب ۱۴۰۱ در مسکو برگزار شده بود."),
     dates=[("۸ میزان ۱۴۰۲", "2023-09-30", "j"), ("دیروز جمعه", "2023-09-29", "r"), ("۲۵ عقرب ۱۴۰۱", "2022-11-16", "j")],
     contacts=[C(KAB, QOMI, "meet", "2023-09-29"), C(RU, IR, "meet", "2022-11-16", True)]),
dict(id="F34", pub="2024-10-15", text=(
     "اتحادیه اروپا روز دوشنبه ۱۴ اکتبر شرکت هواپیمایی ایران‌ایر و هفت فرد و نهاد ایرانی دیگر را به اتهام انتقال موشک‌های بالستیک به روسیه تحریم کرد. "
     "آمریکا، بریتانیا، فرانسه و آلمان ماه گذشته نیز در بیانیه‌ای مشترک در ۱۰ سپتامبر تحریم‌هایی مشابه علیه ایران‌ایر اعلام کرده بودند. "
     "اسماعیل بقائی، سخنگوی وزارت خارجه ایران، این تحریم‌ها را «غیرقانونی» خواند و گفت ایران هیچ موشکی به روسیه تحویل نداده است."),
     dates=[("روز دوشنبه ۱۴ اکتبر", "2024-10-14", "g"), ("ماه گذشته", "2024-08-22/2024-09-21", "r"), ("۱۰ سپتامبر", "2024-09-10", "g")],
     contacts=[]),
dict(id="F35", pub="2024-10-24", text=(
     "قازان- ایرنا- مسعود پزشکیان، رئیس‌جمهور، که برای شرکت در شانزدهمین اجلاس سران بریکس در قازان به سر می‌برد، عصر دیروز چهارشنبه ۲ آبان (۲۳ اکتبر) در حاشیه این اجلاس با ولادیمیر پوتین دیدار و گفت‌وگو کرد. "
     "این دومین دیدار دو رئیس‌جمهور پس از دیدار ۲۰ مهر در عشق‌آباد است؛ پزشکیان ابراز امیدواری کرد معاهده جامع راهبردی دو کشور به زودی امضا شود. "
     "رئیس‌جمهور امروز پنجشنبه در نشست «بریکس پلاس» با حضور سران کشورهای عضو و مهمان سخنرانی می‌کند."),
     dates=[("عصر دیروز چهارشنبه ۲ آبان", "2024-10-23", "j"), ("۲۳ اکتبر", "2024-10-23", "g"), ("۲۰ مهر", "2024-10-11", "j"),
            ("امروز پنجشنبه", "2024-10-24", "r")],
     contacts=[C(PUT, PEZ, "meet", "2024-10-23"), C(PUT, PEZ, "meet", "2024-10-11"), C(PUT, PEZ, "agreement", None, True),
               C(PUT, PEZ, "meet", "2024-10-24", True)]),
dict(id="F36", pub="2025-01-18", text=(
     "مسعود پزشکیان و ولادیمیر پوتین روز جمعه ۱۷ ژانویه در کرملین پس از گفت‌وگویی چندساعته، «معاهده مشارکت راهبردی جامع» میان ایران و روسیه را امضا کردند. "
     "این معاهده ۴۷ ماده‌ای برای ۲۰ سال اعتبار دارد و جایگزین «معاهده اصول روابط» می‌شود که در سال ۲۰۰۱ میلادی به امضای محمد خاتمی و پوتین رسیده بود. "
     "امضای معاهده سه روز پیش از مراسم تحلیف دونالد ترامپ در ۲۰ ژانویه انجام شد."),
     dates=[("روز جمعه ۱۷ ژانویه", "2025-01-17", "g"), ("سال ۲۰۰۱ میلادی", "2001", "g"), ("سه روز پیش از مراسم تحلیف", None, "ignore"),
            ("۲۰ ژانویه", "2025-01-20", "g")],
     contacts=[C(PUT, PEZ, "agreement", "2025-01-17"), C(PUT, PEZ, "meet", "2025-01-17"), C(PUT, KHAT, "agreement", "2001"),
               C(PUT, KHAT, "meet", "2001", True)]),
dict(id="F37", pub="2025-02-19", text=(
     "سرگئی لاوروف و مارکو روبیو، وزیران خارجه روسیه و آمریکا، روز سه‌شنبه در ریاض نخستین گفت‌وگوی رو در روی مقام‌های ارشد دو کشور از آغاز جنگ اوکراین در فوریه ۲۰۲۲ را برگزار کردند. "
     "به گزارش رسانه‌های روسی، برنامه هسته‌ای ایران نیز از موضوعات این گفت‌وگوی چهار و نیم ساعته بوده است. "
     "اسماعیل بقائی، سخنگوی وزارت خارجه ایران، امروز در نشست خبری هفتگی گفت تهران به هیچ طرف ثالثی اجازه نمی‌دهد درباره برنامه هسته‌ای ایران تصمیم بگیرد."),
     dates=[("روز سه‌شنبه", "2025-02-18", "r"), ("فوریه ۲۰۲۲", "2022-02", "g"), ("امروز", "2025-02-19", "r")],
     contacts=[]),
dict(id="F38", pub="2025-09-27", text="\n".join([
     "امضای قرارداد ۲۵ میلیارد دلاری ساخت نیروگاه اتمی هرمز با روس‌اتم",
     "۱۴۰۴/۰۷/۰۵ - ۱۰:۲۰",
     "کد خبر: 3412587",
     "مسکو- تسنیم- محمد اسلامی، معاون رئیس‌جمهور و رئیس سازمان انرژی اتمی، و الکسی لیخاچف، مدیرعامل روس‌اتم، روز گذشته در حاشیه «هفته جهانی اتم» در مسکو قراردادی به ارزش ۲۵ میلیارد دلار برای ساخت چهار واحد نیروگاه اتمی در منطقه سیریک استان هرمزگان امضا کردند.",
     "اسلامی و لیخاچف پیش از امضای قرارداد دیدار و درباره تکمیل واحدهای دوم و سوم نیروگاه بوشهر گفت‌وگو کرده بودند.",
     "اسلامی که از پنجشنبه ۳ مهر برای شرکت در این رویداد چهار روزه در مسکو به سر می‌برد، امروز در نشست عمومی همایش با حضور ولادیمیر پوتین شرکت می‌کند.",
     "نیروگاه بوشهر ۲۱ شهریور ۱۳۹۰ با حضور سرگئی شماتکو، وزیر انرژی روسیه، به طور رسمی افتتاح شد و قرارداد ساخت واحدهای دوم و سوم آن آبان ۱۳۹۳ میان دو کشور امضا شده بود.",
     "همزمان، قطعنامه پیشنهادی روسیه و چین برای تعویق شش‌ماهه بازگشت تحریم‌های سازمان ملل علیه ایران روز جمعه در شورای امنیت رای لازم را به دست نیاورد.",
     "انتهای پیام/",
     "برچسب‌ها: روس‌اتم، سازمان انرژی اتمی، نیروگاه هرمز",
     "اخبار مرتبط: سفر اسلامی به مسکو | آینده نیروگاه بوشهر"]),
     dates=[("۱۴۰۴/۰۷/۰۵", "2025-09-27", "j"), ("روز گذشته", "2025-09-26", "r"), ("پنجشنبه ۳ مهر", "2025-09-25", "j"),
            ("امروز", "2025-09-27", "r"), ("۲۱ شهریور ۱۳۹۰", "2011-09-12", "j"), ("آبان ۱۳۹۳", "2014-10-23/2014-11-21", "j"),
            ("روز جمعه", "2025-09-26", "r")],
     contacts=[C(LIK, ESL, "agreement", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-26"), C(LIK, ESL, "meet", "2025-09-25", True),
               C(PUT, ESL, "meet", "2025-09-27", True), C(SHMT, IR, "meet", "2011-09-12", True),
               C(RU, IR, "agreement", "2014-10-23/2014-11-21")]),
dict(id="F39", pub="2025-12-09", text=(
     "به گزارش ایسنا، سید عباس عراقچی، وزیر امور خارجه، شامگاه یکشنبه در گفت‌وگوی تلفنی با سرگئی لاوروف، وزیر خارجه روسیه، درباره آخرین تحولات پرونده هسته‌ای و همکاری‌های دوجانبه رایزنی کرد. "
     "سفر لاوروف به تهران که قرار بود پانزدهم آذر انجام شود، به درخواست طرف روسی به دی‌ماه موکول شد. "
     "سخنگوی وزارت امور خارجه گفت زمان دقیق این سفر «از مجاری دیپلماتیک» اعلام خواهد شد."),
     dates=[("شامگاه یکشنبه", "2025-12-07", "r"), ("پانزدهم آذر", "2025-12-06", "j"), ("دی‌ماه", "2025-12-22/2026-01-20", "j")],
     contacts=[C(LAV, ARA, "phone_call", "2025-12-07"), C(LAV, [ARA, IR], "meet", "2025-12-22/2026-01-20")]),
dict(id="F40", pub="2026-01-20", text=(
     "به گزارش تسنیم، محسن پاک‌نژاد، وزیر نفت و رئیس ایرانی کمیسیون مشترک همکاری‌های اقتصادی ایران و روسیه، صبح امروز سه‌شنبه ۳۰ دی در تماس تلفنی با سرگئی تسیویلف، وزیر انرژی روسیه، درباره برگزاری نوزدهمین نشست کمیسیون مشترک گفت‌وگو کرد؛ این نشست که قرار بود اواسط دی در مسکو برگزار شود، به هفته دوم بهمن موکول شده است. "
     "الکسی میلر، مدیرعامل گازپروم، نیز ۲۰ آذر در تهران با پاک‌نژاد دیدار و درباره قرارداد سوآپ ۵۵ میلیارد مترمکعب گاز روسیه از مسیر جمهوری آذربایجان گفت‌وگو کرده بود. "
     "حجم مبادلات تجاری دو کشور پارسال ۱۶ درصد افزایش یافت."),
     dates=[("صبح امروز سه‌شنبه ۳۰ دی", "2026-01-20", "j"), ("اواسط دی", "2026-01-01/2026-01-10", "j"),
            ("هفته دوم بهمن", "2026-01-28/2026-02-03", "j"), ("۲۰ آذر", "2025-12-11", "j"), ("پارسال", "2024-03-20/2025-03-20", "r")],
     contacts=[C(TSIV, PAK, "phone_call", "2026-01-20"), C(TSIV, PAK, "meet", "2026-01-28/2026-02-03", True),
               C(MIL, PAK, "meet", "2025-12-11")]),
]
