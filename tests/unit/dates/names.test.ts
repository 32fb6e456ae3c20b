import { describeRows, type Row } from './rows';

/**
 * Dates that are part of a name (issue 14, Persian trap sentences): a movement or its members named
 * after a day, a quoted title with "today" in it, a list of streets named after days, an English
 * name noun after a date. Beside each, the same date said as a date, which must still be found; a
 * date with its year, or a named event («قیام ۱۵ خرداد»), stays a date. Each row: [lang, ref, text,
 * exactly the mentions found, as "span=day" or "span=first/last"].
 */

const REF = '2019-07-15';

const rows: Record<string, Row[]> = {
	'a movement, its factions or its forces named after a day are no date': [
		['fa', REF, 'زیرمجموعه‌های دوم خرداد از کنترل خارج شدند', []],
		['fa', REF, 'نیروهای دوم خرداد در انتخابات شرکت کردند', []],
		['fa', REF, 'گروه‌های دوم خرداد بیانیه دادند', []],
		['fa', REF, 'جناح دوم خرداد اکثریت را به دست آورد', []],
		['fa', REF, 'ائتلاف دوم خرداد فهرست داد', []],
		['ar', REF, 'قال قادة ائتلاف 14 آذار', []],
		['ar', REF, 'نظم شباب 6 أبريل وقفة', []],
		['ar', REF, 'وانتقدت قوى 8 آذار الحكومة', []],
		['en', REF, 'the April 6 Youth Movement called a strike', []],
		['en', REF, "Castro's July 26 Movement took power", []],
		['en', REF, 'members of the July 26 Movement', []],
		['en', REF, 'They crossed the 6th of October Bridge.', []],
		// the same days said as dates: with a year, after a preposition or «روز», or as the event
		['fa', REF, 'در دوم خرداد ۱۳۷۶ رای دادند', ['دوم خرداد ۱۳۷۶=1997-05-23']],
		['fa', REF, 'نیروها روز دوم خرداد رسیدند', ['روز دوم خرداد=2019-05-23']],
		['fa', REF, 'در ۱۵ خرداد ۱۳۴۲ قیام شد', ['۱۵ خرداد ۱۳۴۲=1963-06-05']],
		['fa', REF, 'سالگرد قیام ۱۵ خرداد', ['قیام ۱۵ خرداد=1963-06-05']],
		['ar', REF, 'تظاهر الشباب في 6 أبريل', ['6 أبريل=2019-04-06']],
		['en', REF, 'The movement met on July 26.', ['July 26=2018-07-26']],
		['en', REF, 'on July 26 Movement leaders met', ['July 26=2018-07-26']],
		['en', REF, 'The bridge opened on October 6, 1973.', ['October 6, 1973=1973-10-06']]
	],
	'a day after a word whose object is a camp or a cause (against, opposed to, attributed to) is no date': [
		['fa', REF, 'تهاجم علیه دوم خرداد شدت گرفت', []],
		['fa', REF, 'جناح راست و مخالف دوم خرداد تغییر کرد', []],
		['fa', REF, 'درگیری بین گروه منتسب به دوم خرداد و نیروهای امنیتی', []],
		['fa', REF, 'مخالفان ۱۸ تیر بیانیه دادند', []],
		['ar', REF, 'تظاهر الآلاف ضد 30 يونيو', []],
		['ar', REF, 'وقال معارضو 14 آذار إن الحكومة', []],
		// the same days as dates: after a preposition, «روز» or nothing
		['fa', REF, 'تهاجم در دوم خرداد شدت گرفت', ['دوم خرداد=2019-05-23']],
		['fa', REF, 'مخالفت‌ها از دوم خرداد شدت گرفت', ['دوم خرداد=2019-05-23']],
		['ar', REF, 'تظاهر الآلاف في 30 يونيو', ['30 يونيو=2019-06-30']],
		// English says "against Tuesday's ruling" of a ruling made that day: a date
		['en', REF, "They protested against Tuesday's ruling.", ['Tuesday=2019-07-09']]
	],
	'a day that names a camp (day-names.ts) is its name after a noun of its followers, its real day after its event':
		[
			['fa', REF, 'سیاست اصلاح‌طلبان دوم خرداد تنش‌زدایی است', []],
			['fa', REF, 'هواداران ۱۸ تیر تجمع کردند', []],
			['ar', REF, 'قال أنصار 14 آذار إن', []],
			['ar', REF, 'وقال أنصار 30 يونيو إن', []],
			['fa', REF, 'پیش از انتخابات دوم خرداد پیش‌بینی کردند', ['انتخابات دوم خرداد=1997-05-23']],
			['fa', REF, 'مدافعان حماسه دوم خرداد', ['حماسه دوم خرداد=1997-05-23']],
			['fa', REF, 'سالروز حادثه ۱۸ تیر', ['حادثه ۱۸ تیر=1999-07-09']],
			['ar', REF, 'شارك في مظاهرات 14 آذار', ['مظاهرات 14 آذار=2005-03-14']],
			// followers before a day that names no camp, or the day said with «روز» or a year: a date
			['fa', REF, 'اصلاح‌طلبان ۱۵ مهر تجمع کردند', ['۱۵ مهر=2018-10-07']],
			['fa', REF, 'اصلاح‌طلبان روز دوم خرداد تجمع کردند', ['روز دوم خرداد=2019-05-23']],
			['fa', REF, 'هواداران در ۱۸ تیر ۱۳۹۸ تجمع کردند', ['۱۸ تیر ۱۳۹۸=2019-07-09']],
			['ar', REF, 'قال أنصار الحزب في 14 آذار', ['14 آذار=2019-03-14']],
			// a day kept every year is this year's: «راهپیمایی ۲۲ بهمن» is no day-name
			['fa', REF, 'راهپیمایی ۲۲ بهمن برگزار شد', ['۲۲ بهمن=2019-02-11']]
		],
	'"today" or "tonight" in a title named by a programme, film, book or song is no date': [
		['fa', REF, 'برنامه‌های « عصر امروز ، یکشنبه‌ها » را اجرا می‌کند', []],
		['fa', REF, 'فیلم «فردا» در جشنواره نمایش داده شد', []],
		['fa', REF, 'روزنامه «امروز» توقیف شد', []],
		['fa', REF, 'ترانه‌هایی چون ، امشب در سر شوری دارم را خواند', []],
		['ar', REF, 'قدم برنامج «صباح اليوم» على القناة', []],
		['ar', REF, 'عرض فيلم «أمس» في المهرجان', []],
		['en', REF, 'the film "Tomorrow Never Dies" was shown', []],
		['en', REF, 'he told NBC\'s "Today" show', []],
		['en', REF, 'she sang hits such as Yesterday and Imagine', []],
		// the same words as dates: in speech, or not in the title
		['fa', REF, 'او گفت « فردا می‌آیم »', ['فردا=2019-07-16']],
		['fa', REF, 'فیلم امروز اکران شد', ['امروز=2019-07-15']],
		['ar', REF, 'قال «سنلتقي غدا»', ['غدا=2019-07-16']],
		['ar', REF, 'عرض البرنامج اليوم', ['اليوم=2019-07-15']],
		['en', REF, 'he said "we meet tomorrow"', ['tomorrow=2019-07-16']],
		['en', REF, 'The film opened yesterday.', ['yesterday=2019-07-14']],
		['en', REF, 'Songs were played yesterday.', ['yesterday=2019-07-14']]
	],
	'a day in a list of streets or squares is one of their names': [
		['fa', REF, 'خیابانهای زمزم ، دهم فروردین ، پاسدار گمنام', []],
		['fa', REF, 'خیابان‌های ۱۵ خرداد و ۱۷ شهریور بسته شد', []],
		['fa', REF, 'میدان‌های انقلاب و ۷ تیر', []],
		['fa', REF, 'خیابان‌های آزادی و انقلاب و ۱۷ شهریور', []],
		['ar', REF, 'أغلقت شوارع الحمراء و26 يوليو', []],
		// a date after the list, beyond a verb or a preposition, is a date
		['fa', REF, 'خیابان‌ها را بستند و ۱۵ خرداد بازگشایی شد', ['۱۵ خرداد=2019-06-05']],
		['fa', REF, 'خیابان‌های شهر ، امروز شلوغ بود', ['امروز=2019-07-15']],
		['fa', REF, 'اتحادیه‌های کارگری ، ۱۵ خرداد اعتصاب کردند', ['۱۵ خرداد=2019-06-05']],
		['fa', REF, 'خیابان‌های شهر در ۱۵ خرداد بسته شد', ['۱۵ خرداد=2019-06-05']],
		['ar', REF, 'أغلقت الشوارع في 26 يوليو', ['26 يوليو=2018-07-26']],
		['en', REF, 'streets were closed, and on July 26 they reopened', ['July 26=2018-07-26']]
	],
	'the month after the crescent that opens it is a moon, no time': [
		['ar', REF, 'يولد هلال شهر شوال مباشرة بعد الاقتران', []],
		['ar', REF, 'تحري هلال شهر ذي القعدة', []],
		['fa', REF, 'رویت هلال ماه شوال', []],
		// look-alikes: with its year, or the month itself
		['ar', REF, 'رؤية هلال شهر رمضان 1445', ['شهر رمضان 1445=2024-03-11/2024-04-09']],
		['ar', REF, 'يبدأ شهر شوال', ['شهر شوال=2020-05-24/2020-06-21']],
		['fa', REF, 'ماه شوال آغاز می‌شود', ['ماه شوال=2020-05-24/2020-06-21']],
		['en', REF, 'Shawwal begins next week', ['next week=2019-07-22/2019-07-28']]
	],
	'an English season with a capital inside a sentence, before a capitalised word, begins a name': [
		['en', REF, 'Fulford was a caretaker in Winter Park and was slain.', []],
		['en', REF, 'He moved to Spring Valley last month.', ['last month=2019-06-01/2019-06-30']],
		// look-alikes: in lower case, or with "last"; Arabic and Persian write no capitals
		['en', REF, 'in winter Park officials met', ['winter=2018-12-01/2019-02-28']],
		['en', REF, 'the attacks last Summer.', ['last Summer=2018-06-01/2018-08-31']],
		['ar', REF, 'في فصل الشتاء الماضي', ['الشتاء الماضي=2018-12-01/2019-02-28']],
		['fa', REF, 'زمستان گذشته', ['زمستان گذشته=2018-12-22/2019-03-20']]
	],
	// names.ts reads a look-back's last dozen words first and all of them only when a decision goes
	// further: a title or list that opens near the tail's start must be read as over the whole
	'a title or list read as far back in a long sentence as in a short one': [
		[
			'fa',
			REF,
			'در گزارشی که پلیس راهور پایتخت منتشر کرد آمده است که خیابان‌های زمزم ، انقلاب ، آزادی ، پاسدار گمنام ، دهم فروردین بسته شد',
			[]
		],
		[
			'fa',
			REF,
			'مجری شناخته شده تلویزیون که سال‌ها در صداوسیما کار کرده بود گفت که برنامه «یک دو سه چهار پنج شش هفت هشت نه ، امروز» پخش شد',
			[]
		],
		[
			'ar',
			REF,
			'وقال المتحدث باسم المحافظة في بيان نشره على موقعه الرسمي مساء أمس إن السلطات أغلقت شوارع الحمراء والنصر والجلاء و26 يوليو',
			['أمس=2019-07-14']
		],
		[
			'en',
			REF,
			'In an interview broadcast late in the evening on the public channel, the singer performed songs such as, Yesterday',
			[]
		],
		// the same length, no name: dates
		[
			'fa',
			REF,
			'به گفته مسئولان شهرداری منطقه که با خبرنگار ما گفتگو کردند خیابان‌های شهر ، امروز شلوغ بود',
			['امروز=2019-07-15']
		],
		[
			'ar',
			REF,
			'وقال المتحدث باسم المحافظة في بيان نشره على موقعه الرسمي إن السلطات أغلقت الشوارع الرئيسية في المدينة ، و26 يوليو موعد افتتاحها',
			['26 يوليو=2018-07-26']
		],
		[
			'en',
			REF,
			'In an interview broadcast late in the evening on the public channel, the singer said the streets were closed, and on July 26 they reopened',
			['July 26=2018-07-26']
		]
	]
};

describeRows('dates that are part of a name', rows);
