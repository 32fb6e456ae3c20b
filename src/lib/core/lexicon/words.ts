/**
 * Every other word the date finder knows, one meaning per line: `kind value: spelling | spelling`.
 *
 * kinds:
 *   era CAL            a calendar/era marker after a year (CAL = gregorian | persian | islamic-umalqura)
 *   rel DIR            a relative word after (or before) a unit, month or weekday: past | next | this,
 *                      past2 | next2 ("before last", "after next")
 *   deictic N          a day N days from the reference (today 0, yesterday -1…)
 *   anchored N         a day N days from the day the text told just before it ("the next day" 1,
 *                      «اليوم السابق» -1, "the same day" 0): it counts from that day, never from the reference
 *   unit U[:N]         a calendar unit (day, week, weekend, month, year, decade, century); N = 2 for a dual,
 *                      0 for a plural (counted only: "3 days ago"), else 1
 *   relunit U:N        a fused relative unit (امسال = this year, پارسال = last year)
 *   ago DIR            "ago"/"قبل"/"پیش" (DIR past) or "later"/"بعد" (DIR next) around a count
 *   season S           winter | spring | summer | autumn
 *   cue C              early | mid | late (thirds of a month, year or decade); half1 | half2 (halves);
 *                      q1 … q4 (quarters of a year)
 *   decade N           an Arabic/English decade word (التسعينيات = 90)
 *   of -               a connector between parts of a date (من, of, the)
 *   equals -           "corresponding to" between a weekday or one date and another
 *   range -            between two days of one month ("5 إلى 10 يناير", "24 to 26 December")
 *   between -          before two dates joined by "and" (or a range word), makes them one range's
 *                      endpoints: "between 3 and 5 March", "بين 3 و5 مارس", "بین ۱۰ و ۱۲ فروردین"
 *   from -             before two dates joined by a range word, makes them one range's endpoints (days
 *                      already are): "from 1980 to 1988", "من عام 2014 إلى 2016", "از ۱۳۹۰ تا ۱۳۹۵";
 *                      "since" words too ("منذ 2014 حتى 2016", "since 2014 until 2016"): with no date
 *                      after the range word ("منذ 2014 حتى الآن", "از ۱۳۹۰ تا کنون") nothing is paired
 *   and -              a conjunction between two days or two months that share what follows
 *                      ("3 و5 آذار", "مارس وأبريل 2020", "March and April 2020")
 *   prep -             a preposition that makes a bare number read as a year (في 2013, in 2001)
 *   about -            a hedge between "ago" and its count ("قبل نحو أسبوعين", "منذ حوالي عام"): skipped
 *   yearlead -         a word after which a bare number of a modern year is that year when no counted noun
 *                      follows: a determiner or possessive ("a 2014 election", "her 2012 campaign", "the
 *                      company's 1989 results", "fiscal 1989"), or an event noun («انتخابات 2014»,
 *                      «جنگ ۱۳۶۷»); never a noun that numbers things («القرار 1559», "Resolution 598")
 *   numbered -         a noun that numbers things: a number right after it is its number, never a year,
 *                      even where a year would close a title line («القرار 1559», «کد خبر ۱۴۰۰»,
 *                      "Resolution 2254", "Flight 1549")
 *   place -            a place, institution, movement or firm named after a date it comes right
 *                      before, with no article and nothing between (one list for Arabic and Persian:
 *                      their spellings fold together): «شارع 26 يوليو», «مدينة 6 أكتوبر», «سوق الجمعة»,
 *                      «خیابان ۱۵ خرداد», «رستوران آذر»; the date is part of a name, not a date
 *   title -            a noun for a work with a title (a programme, film, book, song, newspaper, conference):
 *                      a relative date inside the quoted title after it is part of the title, not a day
 *                      counted from the publication date: «برنامه «عصر امروز»», «برنامج «صباح اليوم»»,
 *                      'NBC's "Today" show' (the noun after the closing quote, English), "songs such as
 *                      Yesterday" (after a `suchas` word, no quote needed: what follows is the title)
 *   suchas -           "such as" before examples: after a `title` or `places` noun, the names it lists
 *   places -           a plural noun of places that are named after dates too (streets, squares): a date
 *                      without a year in the list after it is one of the names: «خیابان‌های زمزم ، دهم
 *                      فروردین», «شوارع الحمراء و26 يوليو»
 *   listend -          a word that closes a list's noun phrase (a verb comes next, not another name):
 *                      «خیابان‌ها را بستند و ۱۵ خرداد …» is no list of streets
 *   nameafter -        an English name noun written with a capital right after a date without a year: the
 *                      date names it ("the July 26 Movement", "the 6th of October Bridge")
 *   stance -           a word whose object is a camp, a cause or a person, never a time (against, opposed
 *                      to, attributed to): a date without a year right after it names a movement or an
 *                      event, not a day: «علیه دوم خرداد», «مخالف دوم خرداد», «منتسب به دوم خرداد», «ضد 14
 *                      آذار». Not English: "against Tuesday's ruling" is a date
 *   moon -             a word for the crescent that opens a lunar month: the month right after it is
 *                      the moon seen or born, not a time («رؤية هلال شهر شوال», «يولد هلال شهر شوال»,
 *                      «رویت هلال ماه شوال»); with its year it stays a date («هلال شهر رمضان 1445»)
 *   partisan -         a noun of the people or the press that follow a cause: before a day that names a
 *                      camp (day-names.ts) it makes the day that camp's name, «اصلاح‌طلبان دوم خرداد»,
 *                      «أنصار 14 آذار»; before any other date it says nothing («اصلاح‌طلبان ۱۵ مهر تجمع کردند»)
 *   dayevent -         a word for what happened on a day that names an event (day-names.ts): with it the
 *                      day is the event's real day, a named date: «حماسه دوم خرداد» is 1997-05-23
 *   except -           "except" before weekdays: a bare weekday after it is left out of a weekly schedule,
 *                      no particular day («طوال أيام الأسبوع عدا الخميس والجمعة», «به جز جمعه», "daily
 *                      except Sunday"); with a date after it ("except on 3 May") the day is a date
 *   count -            a noun counted or measured after a number (نفر, شخص, dollars), or its magnitude
 *                      (میلیون, ألف, million): "۱۴۰۰ واحد" is 1400 units, not the year 1400, even after a
 *                      preposition; so is the first number of "X to Y" before one («از ۱۳۸۰ تا ۱۴۰۰ افغانی»)
 *   block -            a phrase that looks like a date but is not one (The Sunday Times, خبرگزاری; a year
 *                      that is no calendar year: the school year, «سال تحصیلی», «العام الدراسي»; "today"
 *                      of an age, not a day: «جهان امروز», «دنیای امروز», «عالم اليوم», "today's world"; the
 *                      Persian verb prefix می before common verb stems, "به ۲۰ می‌رسد" reaches 20)
 *   block N            a day named by its rank N («اليوم الأول», "first day"): blocked as above, unless a month
 *                      follows it after an optional "of": then it is day N of that month («اليوم الأول لشهر
 *                      شوال», "the first day of Ramadan")
 *
 * Word lists the parsers compare with one token as written (not phrases of the lexicon):
 *   glued -            letters Arabic glues to the next word (و، ب، ل، ف): a phrase is looked up again
 *                      without one ("ولعام", "بتاريخ"), and a tense word too ("وسيعقد")
 *   clock -            a word of the clock before an hour in figures («ساعت ۱۰», «الساعة 10»): the number
 *                      is an hour, no count, so a day said after it is a date («ساعت ۱۰ شب گذشته» is
 *                      last night, as «۱۰ شب گذشته» alone is the past ten nights)
 *   glued day          the Persian word for "day" as pages glue it to a weekday or "past" that lost the space
 *                      («روزپنجشنبه», «روزگذشته»): the loader adds each weekday and each deictic phrase
 *                      that starts with it glued
 *   inyear -           a preposition that joins a day and month to "the year N" («15 آذار/مارس في عام
 *                      2011», «۱۵ اسفند در سال ۱۳۹۰»)
 *   definite -         how an Arabic word made definite by the article begins (with a glued letter
 *                      before it, or «لل»): a unit without it takes no "this" or "last" after it
 *   adverb -           an Arabic season in the accusative, an adverb of time on its own («صيفا»)
 *   demonstrative -    an Arabic demonstrative: it points at the noun after it, so a day before it is
 *                      no day of this month («24 الجاري» is, «أول هذه الدوافع» is not)
 *   agoevent -         a word that makes a count before it counted from an event after it, not from
 *                      the reference, so no date: «از» after «پیش»/«قبل» («یک سال پیش از انتخابات»,
 *                      «هفته پیش از انتخابات»), English "before" ("two years before the election"). Not
 *                      Arabic «من»: verbs take it after the count («حذرت قبل شهرين من تفشي الكوليرا»)
 *   agokeep -          words after an `agoevent` word that keep the count counted from the reference:
 *                      "now" («سه روز پیش از این») and the source of an act («دو روز پیش از سوی وزارت»)
 *   vague -            a vague count before a unit («چند ماه پیش», a few months ago; «عدة أشهر»): a
 *                      count, so the unit and "past" after it are no "last month"
 *   habit plural       Persian plural endings written apart after a weekday («شنبه ها», «دوشنبه شب ها»):
 *                      every such day, a habit, no particular day
 *   habit time         times of day that take that ending apart («دوشنبه شب ها»)
 *   habit glued        the same written as one word («دوشنبه شبها»)
 *   habit every        a word of recurrence before a weekday («كل يوم ثلاثاء», "every Tuesday», «هر
 *                      سه‌شنبه») or before the week after it («يوم الثلاثاء من كل أسبوع»): a habit;
 *                      before the word "year" («هر سال», «هر ساله», «كل عام») a habit of each year
 *   habit year         one word for "every year" («هرساله», «سالانه», «سنويا»): a season or month without
 *                      a year after it or after «هر سال» («هر سال تابستان برق می‌رود») is no particular one
 *   habit weekly       a word of weekly recurrence before a weekday or the word for its day or days
 *                      («عطلة البنوك الأسبوعية يومي الجمعة والسبت», «تعطیلی هفتگی روز جمعه», "the weekly
 *                      Friday prayer"): every such day, no particular one
 *   habit daysof       the Arabic dual "the two days of" («يومي»), between a `habit weekly` word and weekdays
 *   coincide -         a verb of coinciding: a weekend said bare after it in its clause is a kind of day, no
 *                      particular weekend («يصادفان عطلة نهاية الأسبوع», "falls on a weekend")
 *   bc -               "before Christ" after a year, decade or century, as tokens: no date of the calendars
 *                      read here ("the 15th century B.C.", «عام 500 قبل الميلاد», «پیش از میلاد»)
 *   earlyera -         the first word of a Gregorian or lunar Hijri era written in full: after a number of one to
 *                      three figures it makes that number a year of the first millennium («سنة 61 للهجرة»,
 *                      «680 ميلادي», «سال ۶۱ هجری قمری», "680 AD"); the short marks (م, هـ) do not: "680 م" is
 *                      680 metres
 *   dayprep -          an English preposition of a day before a holiday said without a year ("on Christmas Eve")
 *   third last         a word for "last" after «دهه» before a month: its last ten days («دهه آخر صفر»)
 *   clocknoun -        a word for a time of day ("midnight", "noon"), and
 *   daypart -          a part of the day after an hour in figures («الساعة 4 فجر», «ساعت ۱۰ شب», "10 pm"):
 *                      read between a range word and the date it brings ("until midnight Friday")
 *   monthlead -        an English word after which a month name that is no everyday word is a month, as
 *                      after a preposition ("rose 0.5 percent over January", "the 12 months ending December")
 *   degrees -          a word of temperature: a decade without its century after it in its clause is a reading
 *                      in degrees, no decade ("daytime highs climbing back into the 40s and 50s")
 *   age before         a possessive between "in" and a decade: the decade is an age ("in our eighties")
 *   age after          a word of lifetime after a decade («من» between allowed): an age, no decade of the
 *                      calendar («في الثمانينيات من عمره», «دهه هشتاد زندگی»)
 *   habit days         the plural "days" before weekdays («روزهای پنجشنبه و جمعه», «أيام الخميس والجمعة»):
 *                      every such day, no particular one
 *   duration           "for" a length of time before a count («به مدت دو روز دیگر»): no day counted from now
 *   nominal first      "first" or "last" before `nominal day` ("day", "days") right after a weekday, or its closing
 *   nominal day        quote, in a clause with no tense word before it: the day is named by what it is («"الجمعة"
 *                      أول أيام العيد», «الثلاثاء آخر أيام رمضان»): the nearer of the last such day and the next
 *   dateword -         the word "date" between "from" and a day in figures: looked past to the "from" («من تاريخ
 *                      10/22 ولغاية 2017/11/5», "from the date 10/22 to …")
 *   beyond -           an English "last" word that is also a preposition: before a date it says "beyond" ("will
 *                      not be extended past July 15"), and "last" only after a `beyond lead` word ("this past
 *                      Monday")
 *   since past         «از» before "N days past": since N days ago («از ۴ روز گذشته به این‌سو»), a day
 *   until -            "until" right before a day of a month said without a year: a past before it tells when
 *                      a state began, not that the day is over («مکاتب تا ۱۷ حمل تعطیل شدند» said on 11 Hamal
 *                      is the 17th to come, as a day soon after the reference is without a past)
 *   birth -            a word of birth before a full date ("born Dec. 2, 1909", «ولد في 2 ديسمبر 1909»,
 *                      «متولد ۲ آذر ۱۳۰۹»), `birth skip` words between, or `birth after` it in Persian
 *                      («۲ آذر ۱۳۰۹ متولد شد»): a birthday lends its year to no day told after it, a life
 *                      spans years ("born Dec. 2, 1909 … died Dec. 31")
 *   since start        a word for the start of a unit after `since word` ("since the start of this year",
 *                      «منذ بداية هذا العام») or after `since from` with a `since now` word after it («از
 *                      ابتدای سال ۲۰۲۵ تاکنون»): a span up to now, so its date is the whole unit
 *   same before        "same" or "that" before the word "month" («نفس الشهر», «ذات الشهر», «همان ماه», "the same
 *                      month", "that month"), `same after` it («الشهر ذاته», «الشهر نفسه»): a day of it is a day
 *                      of the month told before («22 من الشهر ذاته» after «20 جويلية»), not of the reference's
 *   amount to          the Persian "to" of a change of amount between two figures («از ۱۳۸۰ به ۱۴۰۰»: it rose
 *                      from 1380 to 1400): both figures are amounts, no years (a span of years says «تا»)
 *   amount more        "more" or "less" before «از», «من» ("more than"): the number after it is an amount
 *                      («بیش از ۱۸۶۰ خانواده», «أكثر من 1860 أسرة»), never a year
 *   dated -            "dated" between a weekday and the date it names, as `equals` words are («روز جمعه مورخ
 *                      ۱۱ اسفندماه ۱۴۰۲», «يوم الجمعة بتاريخ 1 مارس 2024»); so is a `dateword` ("date") alone
 *   dated lead         or after one of these («روز جمعه به تاریخ ۱۱ اسفند», «يوم الجمعة في تاريخ …»)
 *   rate -             the Arabic "in" of a rate between an amount and «اليوم»: "per day", no today («مليوني
 *                      برميل في اليوم», «200 شخص في اليوم»; an amount is a figure or a `count` word before it)
 *   or                 "or" between two month names, which makes a list of them as "and" does ("in
 *                      February or March", «في يناير أو فبراير», «در بهمن یا اسفند»)
 *   suffix plural      Persian plural endings written apart after a noun («برنامه‌های», «خیابان‌های»): the
 *                      noun's phrase is looked up before them
 *   suffix ezafe       the Persian ezafe written apart after a noun («برنامه‌ی»)
 *   suffix ordinal     an ending glued to a day's figures that makes it an ordinal ("23rd", «۲۵ام تیر»)
 * `*` after a spelling: ambiguous, used only in a supporting context.
 * "previous"/"following" (السابق/التالي) count from the day being told, not from the publication
 * date: they are `anchored`, never `deictic`.
 */
export default `
era gregorian: م | م. | ميلادي | ميلادية | الميلادي | الميلادية | للميلاد | میلادی | ميلادى | ترسایی | ترسائی | عیسوی | ad | a.d | ce | c.e
era persian: ه.ش | هـ.ش | ه ش | هـ ش | ش* | شمسی | شمسي | خورشیدی | هجری شمسی | هجري شمسي | هجری خورشیدی | sh | solar hijri
era islamic-umalqura: هـ | ه | ه.ق | هـ.ق | ه ق | ق* | قمری | قمري | هجری قمری | هجري قمري | هجري | هجرية | هجرى | الهجري | الهجرية | للهجرة | ah | a.h | hijri

rel past: الماضي | الماضية | المنصرم | المنصرمة | الفائت | الفائته | گذشته | قبل* | پیش* | last | past
rel next: المقبل | المقبلة | القادم | القادمة | آینده | آتی | پیش رو | پیش‌رو | پیشرو* | بعد* | next | coming
rel past2: قبل الماضي | قبل الماضية | ما قبل الماضي | ما قبل الماضية | before last
rel next2: بعد المقبل | بعد المقبلة | بعد القادم | بعد القادمة | after next
rel this: هذا | هذه | الجاري | الجارية | الحالي | الحالية | جاری | جاري | روان* | این | همین | this | current | outgoing

deictic 0: اليوم*@ar | امروز | today | tonight | this morning | this afternoon | this evening | هذا اليوم | امشب | امروز صبح | روز جاری
deictic -1: أمس | امس | الأمس | البارحة | الليلة الماضية | ليلة البارحة | بالأمس | دیروز | yesterday | دیشب | ليلة أمس | last night | روز گذشته | شب گذشته | دیروز عصر
deictic -2: أول أمس | اول امس | أول من أمس | قبل أمس | أمس الأول | پریروز | پری روز | the day before yesterday
deictic 1: غدا | غدًا | غداً | الغد | غد* | فردا@fa | tomorrow
deictic 2: بعد غد | بعد الغد | پس فردا | پسفردا | the day after tomorrow
anchored 1: اليوم التالي | اليوم الموالي | اليوم اللاحق | فردای آن روز | روز پس از آن | روز بعد از آن | the next day | the following day
anchored 0: اليوم ذاته | اليوم نفسه | نفس اليوم | ذات اليوم | همان روز | the same day | that same day | later that day | earlier that day | later in the day | earlier in the day | later on the same day | earlier on the same day | ذلك اليوم | آن روز | that day
anchored -1: اليوم السابق | اليوم الذي سبقه | روز پیش از آن | روز قبل از آن | the previous day | the day before that

unit day: يوم | اليوم*@ar | روز | day
unit day:0: أيام | ايام | الأيام | يوما | روزها | days
unit day:2: يومين | يومان
unit week: أسبوع | الأسبوع | اسبوع | الاسبوع | هفته | week
unit weekend: over the weekend | during the weekend | at the weekend | weekend | نهاية الأسبوع | نهاية الاسبوع | عطلة نهاية الأسبوع | عطلة الأسبوع | آخر هفته | اخر هفته | آخر هفتهٔ | تعطیلات آخر هفته
unit week:0: أسابيع | أسبوعا | هفته‌ها | weeks
unit week:2: أسبوعين | أسبوعان
unit month: شهر@ar | الشهر | ماه | month
unit month:0: أشهر | شهور | شهرا | ماه‌ها | months
unit month:2: شهرين | شهران
unit year: عام | العام | سنة | السنة | عامي | سنتي | سال | year
unit year:0: أعوام | سنوات | عاما | سال‌ها | سالها | سالهای | years
unit year:2: عامين | عامان | سنتين | سنتان | العامين | العامان | السنتين | السنتان
unit decade: عقد | العقد | دهه | decade
unit decade:0: عقود | عقدين* | دهه‌ها | decades
unit century: قرن | القرن | سده | century
unit century:0: قرون | centuries

relunit year:0: امسال | إمسال | emsal | سالجاری | سالجاري
relunit year:-1: پارسال | سال پار | پار سال
relunit year:-2: پیرارسال
relunit week:0: اینهفته*

ago past: قبل | منذ | پیش | قبل از این | ago | earlier | before
ago next: from now | دیگر | hence | بعد@ar

season winter: شتاء | الشتاء | شتاءا | زمستان | winter
season spring: ربيع* | الربيع | ربيعا* | بهار | spring
season summer: صيف | الصيف | صيفا | صائفة | الصائفة | تابستان | summer
season autumn: خريف | الخريف | خريفا | پاییز | پائیز | autumn | fall*

cue early: first ten days | first 10 days | العشر الأوائل | العشر الاوائل | العشر الأولى | العشر الاولى | مطلع | أوائل | اوائل | بداية | بدايات | مستهل | مطالع | اوایل | ابتدای | ابتدا | آغاز* | early | beginning* | start*
cue mid: العشر الأواسط | العشر الاواسط | العشر الوسطى | منتصف | أواسط | اواسط | وسط | میانه | نیمه | mid | middle
cue late: last ten days | last 10 days | final ten days | final 10 days | العشر الأواخر | العشر الاواخر | أواخر | اواخر | نهاية | نهايات | أواخر | پایان* | انتهای | آخر*@fa | اخر*@fa | اخیر*@fa | late | end*

cue q1: الربع الأول | الربع الاول | الأشهر الثلاثة الأولى* | الاشهر الثلاثة الاولى* | الشهور الثلاثة الأولى* | سه ماهه اول | سه ماهه نخست | سه‌ماهه اول | سه‌ماهه نخست | سه ماه اول* | سه ماه نخست* | سه‌ماه اول* | سه‌ماه نخست* | first quarter | first-quarter | first three months* | q1*@en
cue q2: الربع الثاني | سه ماهه دوم | سه‌ماهه دوم | سه ماه دوم* | سه‌ماه دوم* | second quarter | second-quarter | q2*@en
cue q3: الربع الثالث | سه ماهه سوم | سه‌ماهه سوم | سه ماه سوم* | سه‌ماه سوم* | third quarter | third-quarter | q3*@en
cue q4: الربع الرابع | الربع الأخير | الربع الاخير | سه ماهه چهارم | سه ماهه پایانی | سه‌ماهه چهارم | سه‌ماهه پایانی | سه ماه چهارم* | سه‌ماه چهارم* | fourth quarter | fourth-quarter | final quarter | last quarter | q4*@en

cue half1: النصف الأول | النصف الاول | الشطر الأول | الأشهر الستة الأولى* | الاشهر الستة الاولى* | الستة أشهر الأولى* | شش ماهه اول | شش ماهه نخست | شش‌ماهه اول | شش‌ماهه نخست | شش ماه اول* | شش ماه نخست* | شش‌ماه اول* | شش‌ماه نخست* | first six months* | نیمه نخست | نیمه اول | نیمهٔ نخست | نیمهٔ اول | نیمه‌ی نخست | نیمه‌ی اول | first half | h1*@en
cue half2: النصف الثاني | الشطر الثاني | شش ماهه دوم | شش‌ماهه دوم | شش ماه دوم* | شش‌ماه دوم* | نیمه دوم | نیمهٔ دوم | نیمه‌ی دوم | second half | h2*@en

decade 10: العشرينيات* | العشرينات*
decade 20: العشرينيات | العشرينات | عشرينيات | عشرينات | twenties | 20s
decade 30: الثلاثينيات | الثلاثينات | ثلاثينيات | ثلاثينات | thirties | 30s
decade 40: الأربعينيات | الاربعينيات | الأربعينات | أربعينيات | اربعينات | forties | 40s
decade 50: الخمسينيات | الخمسينات | خمسينيات | خمسينات | fifties | 50s
decade 60: الستينيات | الستينات | ستينيات | ستينات | sixties | 60s
decade 70: السبعينيات | السبعينات | سبعينيات | سبعينات | seventies | 70s
decade 80: الثمانينيات | الثمانينات | ثمانينيات | ثمانينات | eighties | 80s
decade 90: التسعينيات | التسعينات | تسعينيات | تسعينات | nineties | 90s

of -: من | of | the
range -: إلى | الى | حتى | لغاية | تا | الی | to | until | through | till
between -: between | بين | ما بين | فيما بين | بین | ما بین | میان
from -: from | من | از
from -: منذ | since
and -: و | and | &
equals -: الموافق | الموافقة | الموافق ل | المصادف | الموافق لـ | المصادف لـ | مطابق با | مصادف با | برابر با | برابر | مطابق | corresponding to | i.e.

prep -: نسبت به | در مقایسه با | در قیاس با | مقارنة مع | مقارنة ب | مقارنة بـ | compared with | compared to | في | فى | منذ | حتى | حتي | عام | خلال | بحلول | قبل | بعد | إلى | الى | من | عن | مطلع | بين | و | منذ | in | the | since | until | till | by | before | after | during | from | to | of | through | between | and | early | late | mid | در | از | تا | طی | سال | سال‌های | بین | و | پس | پیش | اواخر | اوایل | اواسط
# English bounds of time said before a bare year or month ("as early as 2025", "as recently as 2019", "no
# later than 2030", "as late as March"); Arabic and Persian say the year word or a preposition there
prep -: as early as@en | as late as@en | as recently as@en | far back as@en | as soon as@en | no later than@en | not later than@en | no earlier than@en | not earlier than@en | no sooner than@en
block -: در دوشنبه | غد أفضل | غد افضل | غد أجمل | غد مشرق | الغد الأفضل | غد جديد | فردای بهتر | فردایی بهتر | a better tomorrow | جمعه بازار | پنجشنبه بازار | پنج شنبه بازار | دوشنبه ، پایتخت | دوشنبه پایتخت | شهر دوشنبه | ایران فردا | رادیو فردا | راديو فردا | radio farda | شنبه بازار | یکشنبه بازار | دوشنبه بازار | سه شنبه بازار | چهارشنبه بازار | friday mosque | friday mosques | مسجد جمعه | مسجد الجمعة
block -: قوى 14 آذار | قوى 8 آذار | تحالف 14 آذار | تحالف 8 آذار | فريق 14 آذار | فريق 8 آذار | تيار 14 آذار | march 14 alliance | march 8 alliance | march 14 coalition | march 8 coalition | اليوم العالمي | اليوم الوطني | اليوم الأخير | اليوم المتمم | اليوم المكمل | روسيا اليوم | روسیا الیوم | اليوم السابع | usa today | russia today | روسیه امروز | الربيع العربي | ربيع عربي | بهار عربی | arab spring | prague spring | ربيع براغ | بهار پراگ | بهار آزادی | خبرگزاری مهر | خبرگزاري مهر | وكالة أنباء مهر | وكالة مهر | mehr news agency | صنداي تايمز | صاندي تايمز | ساندي تايمز | صنداى تايمز | ساندی تایمز | the sunday times | sunday times | mehr news | الجمعة الأولى* | صلاة الجمعة | نماز جمعه | امام جمعه | أيام الأسبوع | روزهای هفته | day one | يوم واحد | فوكس للقرن العشرين | فوكس القرن العشرين | فوكس القرن 20 | فاکس قرن بیستم | twentieth century fox | 20th century fox | 20th century studios
block -: على مدار اليوم@ar | على مدى اليوم@ar | في اليوم الواحد@ar | مرة في اليوم@ar | مرتين في اليوم@ar | مرات في اليوم@ar | ساعة في اليوم@ar | ساعات في اليوم@ar | ساعتين في اليوم@ar
block 1: اليوم الأول | first day
block 2: اليوم الثاني
block 3: اليوم الثالث
block -: سال تحصیلی | سال‌تحصیلی | سال آموزشی | سال درسی | سال تعلیمی | العام الدراسي | العام الدراسى | السنة الدراسية | عام دراسي | سنة دراسية | العام الجامعي | السنة الجامعية | العام الأكاديمي | العام الاكاديمي | school year | academic year | the school year | the academic year
block -: جهان امروز@fa | دنیای امروز@fa | دنیا امروز@fa | بشر امروز@fa | انسان امروز@fa | جامعه امروز@fa | جامعه‌ی امروز@fa | نسل امروز@fa | عالم اليوم@ar | عالمنا اليوم@ar | جيل اليوم@ar | إنسان اليوم@ar | انسان اليوم@ar | today's world@en | today's paper@en | today's print edition@en | today's e-paper@en | today's youth@en | today's society@en | today's generation@en
block -: می شود | می شوند | می شد | می شدند | می رسد | می رسند | می رسید | می رسیدند | می کند | می کنند | می کرد | می کردند | می گوید | می گویند | می گفت | می گفتند | می دهد | می دهند | می داد | می دادند | می باشد | می باشند | می یابد | می یابند | می یافت | می گیرد | می گیرند | می گرفت | می آید | می آیند | می آمد | می رود | می روند | می رفت | می توان | می تواند | می توانند | می توانست | می خواهد | می خواهند | می خواست | می بیند | می بینند | می دانند | می داند | می ماند | می مانند | می زند | می زنند | می سازد | می سازند | می کشد | می کشند | می افتد | می گذرد | می گذارد | می پردازد | می نماید | می نمایند | می گردد | می گردند | می بود | می بودند | می رساند | می دارد | می دارند | می آورد | می آورند | می برد | می برند
yearlead -: مصوب@fa | مصوبه@fa | مصوب سال@fa | a@en | an@en | this@en | that@en | his@en | her@en | its@en | their@en | our@en | my@en | your@en | whose@en | both@en | fiscal@en | for@en | into@en | due@en | ' s@en
yearlead -: انتخابات | الانتخابات@ar | ثورة@ar | حرب@ar | دستور@ar | مونديال@ar | كأس العالم@ar | أولمبياد@ar | اتفاق@ar | اتفاقية@ar | أحداث@ar | هجمات@ar | انتفاضة@ar | غزو@ar | ميزانية@ar | موازنة@ar | موسم@ar | قمة@ar | احتجاجات@ar | مظاهرات@ar | انقلاب | زلزال@ar | فيضانات@ar | نكبة@ar | نكسة@ar | مجزرة@ar | معركة@ar | اجتياح@ar | احتلال@ar | تعداد@ar | رؤية@ar | خطة@ar | استفتاء@ar | بطولة@ar | دورة@ar | إحصاءات@ar | تقرير@ar | الدوري@ar | دوري@ar | كأس@ar | كاس@ar | الكأس@ar | ألقاب@ar | القاب@ar | لقب@ar | نسخة@ar
yearlead -: session@en | budget@en | election@en | elections@en | census@en | vision@en | season@en | olympics@en | expo@en | summit@en | world cup@en
yearlead -: متولد@fa | زاده@fa | مواليد@ar | سال مالی@fa | سال‌های مالی@fa | سالهای مالی@fa | سالهای@fa | فارغان@fa | فارغ التحصیلان@fa | فارغ‌التحصیلان@fa | دانش آموختگان@fa | ورودی@fa | به تاریخ@fa | در تاریخ@fa | تاریخ گشایش@fa | تاریخ تأسیس@fa | جنگ@fa | قانون اساسی@fa | بودجه@fa | المپیک@fa | جام جهانی@fa | کنکور@fa | توافق@fa | اعتراضات@fa | تظاهرات@fa | زلزله@fa | سیل@fa | سرشماری@fa | چشم انداز@fa | سند@fa | همه پرسی@fa | رفراندوم@fa | قیام@fa | کودتای@fa | کودتا@fa | اشغال@fa | تحریم های@fa | گزارش@fa
numbered -: القرار | قرار | رقم | الرقم | العدد | عدد | المادة | مادة | البند | بند | الفقرة | فقرة | الصفحة | صفحة | ص | الرحلة | رحلة | الطريق | طريق | الغرفة | غرفة | الكود | كود | الرمز | رمز | هاتف | الهاتف | فاكس | رقم الخبر | القانون رقم
numbered -: قطعنامه | شماره | ماده | بند | صفحه | پرواز | کد | کد خبر | شماره خبر | تلفن | تلفن همراه | نمابر | کدپستی | کد پستی | تعداد | اصل
numbered -: resolution@en | flight@en | article@en | page@en | section@en | no@en | number@en | route@en | room@en | code@en | tel@en | phone@en | fax@en | model@en | version@en | pin@en | id@en | ref@en | box@en | suite@en | unit@en | highway@en | bus@en | channel@en
place -: حركة | جبهة | تيار | تحالف | ائتلاف | قوى | شباب@ar | جماعة | مجلة | فيلم | مسلسل | شارع | ميدان | جسر | مدينة | حي | مسجد | سوق | مستشفى | جامعة | مدرسة | ملعب | فندق | مطار | قاعة | حدائق | ضاحية | منطقة@ar | كوبري | نادي | نادي | مجمع | شركة | مصنع | محطة | كوبري | طريق | مخيم | مركز | مطعم | بنك | مصرف | قرية | حديقة
place -: جبهه | جنبش | جناح | طیف | ائتلاف | تشکل | تشکل‌های | گروه‌های | نیروهای | زیرمجموعه‌های | فراکسیون | حزب | سازمان | بنیاد | نهضت | ستاد | انجمن | کانون | اتحادیه | مجله | نشریه | هفته نامه | ماهنامه | فیلم | سریال | خیابان | بلوار | بزرگراه | بیمارستان | دانشگاه | ورزشگاه | بازار | رستوران | هتل | مدرسه | پل | شهرک | کوی | کوچه | شرکت | کارخانه | فروشگاه | سینما | پارک | تالار | بانک | مجتمع | هواپیمایی | ایستگاه | فرودگاه | خوابگاه | دبیرستان | هنرستان | باشگاه
title -: برنامه | فیلم | کتاب | ترانه | آهنگ | سریال | مجموعه | نمایش | نمایشنامه | رمان | داستان | شعر | سروده | آلبوم | مستند | روزنامه | نشریه | هفته نامه | هفته‌نامه | ماهنامه | مجله | ستون | همایش | کنفرانس | جشنواره
title -: برنامج | برامج | فيلم | أفلام | كتاب | رواية | قصيدة | ديوان | أغنية | أغاني | مسلسل | مسرحية | ألبوم | صحيفة | جريدة | مجلة | عمود | مؤتمر | مهرجان
title -: film@en | films@en | movie@en | show@en | programme@en | program@en | book@en | books@en | novel@en | song@en | songs@en | hit@en | hits@en | album@en | series@en | play@en | poem@en | newspaper@en | magazine@en | column@en | documentary@en
suchas -: چون@fa | همچون | مانند | مثل | نظیر | از جمله | such as | including@en | like@en
places -: خیابان‌های | خیابان‌ها | خیابانهای | خیابانها | میدان‌های | میدان‌ها | میدانهای | بزرگراه‌های | بزرگراه‌ها | بزرگراههای | بلوارهای | بلوار‌ها | کوچه‌های | کوچههای | میادین | شوارع | ميادين | ساحات | أحياء | streets@en | squares@en | avenues@en
listend -: را@fa | که@fa | التي@ar | الذي@ar | which@en | that@en | were@en | are@en | was@en | is@en
moon -: هلال | الهلال | crescent
stance -: علیه@fa | مخالف@fa | مخالفان@fa | منتسب به@fa | منسوب به@fa | ضد | مناهضي@ar | مناهضو@ar | معارضي@ar | معارضو@ar
partisan -: اصلاح‌طلبان@fa | اصلاح طلبان@fa | طرفداران@fa | هواداران@fa | حامیان@fa | مدافعان@fa | فعالان@fa | مطبوعات@fa | رسانه‌های@fa | جریان@fa | دولت@fa | گفتمان@fa | آرمان‌های@fa | أنصار@ar | انصار@ar | مؤيدي@ar | مؤيدو@ar | ثوار@ar
dayevent -: حماسه@fa | حماسه‌ی@fa | انتخابات@fa | قیام@fa | واقعه@fa | حادثه@fa | فاجعه@fa | کودتای@fa | کشتار@fa | ثورة@ar | انتفاضة@ar | مظاهرات@ar | تظاهرات@ar
except -: عدا@ar | ما عدا@ar | ماعدا@ar | باستثناء@ar | به جز@fa | بجز@fa | جز@fa | except@en | except for@en
nameafter -: movement@en | alliance@en | coalition@en | front@en | street@en | avenue@en | square@en | bridge@en | stadium@en | boulevard@en | road@en
about -: نحو | حوالي | حوالى | قرابة | زهاء | ما يقارب | ما يقرب من | أكثر من | اكثر من | ما يزيد عن | ما يزيد على | بضعة
count -: درصد | ساله | سالگی | نفر | تن* | واحد | شخص | تومان | ریال | ريال | دلار | دالر | افغانی | روپیه | کلدار | پوند | یورو | کیلومتر | متر | کیلوگرم | خانوار | قبضه | فروند | راس | رأس | نسخه
count -: بالمئة | بالمائة | في المئة | في المائة | شخصا | شخصاً | أشخاص | اشخاص | فردا@ar | فرداً | قتيل | قتيلا | قتيلاً | جريح | جريحا | جندي | جنود | مقاتل | مقاتلا | مقاتلاً | عنصر | عنصرا | دولار | دينار | جنيه | درهم | ليرة | يورو | كيلومتر | كيلومترا | متر | طن | برميل | اسم | اسما | اسماً | نسمة | منزل | وحدة | عائلة | أسرة | اسرة | مدني | مدنيا | لاجئ | نازح | معتقل | سجين
count -: رأی | رای | آرا | نامزد | داوطلب | تماشاگر | دانش‌آموز | دانشجو | نماینده | سرباز | پناهجو | مهاجر | خودرو | دستگاه | مسافر | زندانی | کارگر | عضو | بیمار
count -: صوت | صوتا | صوتاً | أصوات | مرشح | مرشحا | مرشحاً | مرشحين | مرشحة | طالب | طالبا | طالباً | نائبا | نائباً | متظاهر | متظاهرا | متظاهراً | إصابة | اصابة | زائر | مسافر | سيارة | طفل | طفلا | طفلاً | مقعد | مقعدا | مقعداً | عامل | عاملا | عاملاً | موظف | موظفا | موظفاً
count -: votes | ballots | candidates | spectators | passengers | soldiers | troops | employees | workers | members | protesters | fighters | civilians | refugees | residents | students | cars | vehicles | homes | houses | jobs | seats | deaths | casualties | prisoners | families | patients | visitors | tourists | copies | delegates
count -: words | pages | points | percent | per cent | dollars | euros | pounds | km | kilometres | kilometers | miles | tonnes | tons | barrels | acres | hectares | megawatts | mw
count -: میلیون | میلیارد | هزار | مليون | ملايين | مليار | مليارات | ألف | آلاف | million | millions | billion | billions | thousand
glued -: و | ب | ل | ف
glued day: روز
inyear -: في | فى | در | in
clock -: ساعت | الساعة | الساعه | ساعة | ساعه | بالساعة
# verbs of saying after a comma («…, قال المتحدث», "will depart on July 24, announced the ministry",
# "…, the spokesman said"): the saying's tense is not that of a date before the comma (dates/tense.ts)
say -: said | says | announced | told | added | stated | noted | reported | confirmed | confirms | explained | أكد | أكدت | أفاد | أفادت | قال | قالت | أعلن | أعلنت | أضاف | أضافت | ذكر | ذكرت | أوضح | أوضحت | گفت | گفتند | افزود | افزودند
# a plural of "month" before a list of month names («معاشات ماه های سنبله، میزان و عقرب», «خلال أشهر
# تموز وآب»): the list's names are months even when each is also an everyday word (dates/parse.ts)
months plural: ماههای | شهري | شهرى | اشهر | الاشهر | أشهر | الأشهر | months
# a postponement and the word that brings its new date («أجلت الجلسة إلى 8 يوليو», "adjourned the
# session to July 8", «به ۲۰ حمل موکول شد», «تأجيل المحاكمة لـ6 نوفمبر», «لجلسة»): the date right after a word
# of "shift to" is the new one (dates/tense.ts)
shift verb: postpone | postpones | postponed | postponing | adjourn | adjourns | adjourned | adjourning | defer | defers | deferred | reschedule | reschedules | rescheduled | تأجيل | تاجيل | أجل | أجلت | يؤجل | تؤجل | أرجأ | أرجأت | إرجاء | يرجئ | ترجئ | تأجيلها | تأجيله | موکول | تعویق | تعويق
shift to: to | until | till | إلى | الى | لغاية | حتى | ل | لـ | لجلسة | به | تا
demonstrative -: هذا | هذه | هذي | ذلك | تلك
definite -: ال | وال | فال | بال | كال | لال | لل
adverb -: صيفا | شتاءا | ربيعا | خريفا
agokeep -: این | اکنون | کنون | حالا | now | today | امروز | سوی | طرف | طریق | جانب | سمت | قبل | بعد
agoevent -: از | before | prior to
habit plural: ها | هاي
habit time: شب | صبح | عصر | ظهر
habit glued: شبها | صبحها | عصرها | ظهرها
habit every: كل | every | each | هر
habit year: هرساله | سالانه | سنويا | سنوياً | annually
coincide -: يصادف | يصادفان | تصادف | تصادفان | صادف | صادفت | يتزامن | تتزامن | تزامن | تزامنها | تزامنه | يوافق | توافق | مصادف | مصادفت | همزمان | falls | fall | falling | coincides | coincide | coinciding
earlyera -: ميلادي | ميلادية | الميلادي | الميلادية | للميلاد | ميلادى | للهجرة | هجري | هجرية | هجرى | الهجري | الهجرية | میلادی | هجری | ad | ah
bc -: bc | b . c | bce | b . c . e | قبل الميلاد | قبل الميلاد المسيح | ق . م | ق م | پیش از میلاد | قبل از میلاد
dayprep -: on@en | at@en | over@en
third last: آخر | اخر | پایانی | انتهایی
clocknoun -: midnight | noon | midday
daypart -: صباحا | صباحاً | صباح | مساء | مساءً | مساءا | فجرا | فجراً | فجر | ظهرا | ظهراً | ظهر | ليلا | ليلاً | عصرا | عصراً | صبح | عصر | شب | بامداد | am | pm
monthlead -: over | ending | ended | throughout | than | versus | vs
degrees -: highs | lows | temperatures | temperature | temps | thermometer | chills
age before: his | her | their | our | my | your
age after: عمره | عمرها | عمرهم | العمر | عمري | عمر | عمرش | عمرم | زندگی | زندگیش | زندگی‌اش | زندگیاش | life
habit days: روزهای | روزها | ایام | أيام | ايام
habit weekly: الأسبوعية | الأسبوعي | الاسبوعية | الاسبوعي | الأسبوعيه | الاسبوعيه | أسبوعية | اسبوعية | هفتگی | هفتگي | weekly
habit daysof: يومي | يومى
duration -: مدت | مدة | لمدة
dateword -: تاريخ | التاريخ | تاریخ | date
nominal first: أول | اول | آخر | اخر
nominal day: أيام | ايام | يوم
beyond -: past
beyond lead: this | the
vague -: چند | چندین | برخی | بعضی | ده‌ها | دهها | صدها | هزاران | بضعة | بضع | عدة | several | few | many | some
since past: از
birth -: born | ولد | وُلد | ولدت | وُلدت | مواليد | المولود | المولودة | متولد | زاده | تولد | زادروز
birth skip: on | in | في | فى | يوم | بتاريخ | در | روز | تاریخ
birth after: متولد | زاده
until -: تا | حتى | حتي | لغاية | until | till | through
since start: بداية | مطلع | مستهل | بدء | ابتدای | ابتدا | آغاز | start | beginning | outset
since word: منذ | since
since from: من | از | from
since now: الآن | الان | اليوم | امروز | تاکنون | کنون | اکنون | حالا | اینسو | now | date
same before: نفس | ذات | همان | همون | same | that
same after: ذاته | نفسه | عينه | المذكور
amount to: به
amount more: بیش | بیشتر | کمتر | افزون | أكثر | اكثر | أقل | اقل | أزيد | ازيد
or -: أو | یا | or
rate -: في | فى
dated -: مورخ | مورخه | مؤرخ | بتاريخ | وبتاريخ | dated
dated lead: به | في | فى
suffix plural: ها | های | هایی
suffix ezafe: ی
suffix ordinal: st | nd | rd | th | ام | اُم | م
`;
