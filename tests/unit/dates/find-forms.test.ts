import { describeRows, type Row } from './rows';

/**
 * Rules of form: a weekday with "tomorrow" in brackets after it,
 * "today" in brackets-dated names, a weekday after a day to come across a clock's "a.m.", a Persian day
 * in cardinal words, month pairs parted by "|", a range from a day to a month with its year, and years
 * counted back in three figures. Each with look-alikes that must not match.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const MON = '2020-07-20';
const rows: Record<string, Row[]> = {
	'a weekday with the day word in brackets after it is that day («سه‌شنبه (فردا)», "Tuesday (tomorrow)")': [
		[
			'fa',
			MON,
			'دولت روسیه اعلام کرد که لاوروف روز سه‌شنبه (فردا) با ظریف در مسکو دیدار می‌کند.',
			['روز سه‌شنبه=2020-07-21', 'فردا=2020-07-21']
		],
		['ar', MON, 'وقال الكرملين الثلاثاء (غدا) سيلتقي', ['الثلاثاء=2020-07-21', 'غدا=2020-07-21']],
		[
			'en',
			MON,
			'Lavrov meets Zarif on Tuesday (tomorrow) in Moscow.',
			['Tuesday=2020-07-21', 'tomorrow=2020-07-21']
		],
		// the other way round, as before
		['fa', MON, 'فردا (سه‌شنبه) دیدار می‌کند.', ['فردا=2020-07-21', 'سه‌شنبه=2020-07-21']]
	],
	'"today" with its weekday in brackets is the day even where it closes a name («روسیه امروز (دوشنبه)»)': [
		[
			'fa',
			MON,
			'«ماریا زاخاروا» سخنگوی وزارت خارجه روسیه امروز (دوشنبه) به خبرگزاری «تاس» گفت',
			['امروز=2020-07-20', 'دوشنبه=2020-07-20']
		],
		['ar', MON, 'أعلنت الوزارة اليوم (الاثنين) أن', ['اليوم=2020-07-20', 'الاثنين=2020-07-20']],
		['en', MON, 'Russia Today (Monday) reported', ['Today=2020-07-20', 'Monday=2020-07-20']]
	],
	'look-alikes: the channel named alone': [
		['ar', MON, 'بثت قناة روسيا اليوم تقريرا', []],
		['fa', MON, 'شبکه روسیه امروز گزارش داد', []],
		['en', MON, 'Russia Today (RT) reported', []]
	],
	'a weekday after a day to come in its sentence, across a clock\'s "a.m." and "p.m."': [
		[
			'en',
			'2022-08-05',
			'They will meet 9 a.m. to noon Saturday, Aug. 6, and 9 a.m. to 1 p.m. on Sunday.',
			['Saturday, Aug. 6=2022-08-06', 'Sunday=2022-08-07']
		],
		[
			'ar',
			'2022-08-05',
			'سيعقد الاجتماع السبت 6 أغسطس ثم يوم الأحد',
			['السبت 6 أغسطس=2022-08-06', 'يوم الأحد=2022-08-07']
		],
		[
			'fa',
			'2022-08-05',
			'جلسه شنبه ۱۵ مرداد برگزار می‌شود و روز یکشنبه ادامه می‌یابد',
			['شنبه ۱۵ مرداد=2022-08-06', 'روز یکشنبه=2022-08-07']
		]
	],
	'look-alike: a full stop between them still parts the sentences': [
		[
			'en',
			'2022-08-05',
			'They will meet Saturday, Aug. 6. The paper said at 9 a.m. on Sunday.',
			['Saturday, Aug. 6=2022-08-06', 'Sunday=2022-07-31']
		]
	],
	'a Persian day in cardinal words before a month and its year («یک سپتامبر ۲۰۲۵»)': [
		[
			'fa',
			'',
			'به ترتیب در تاریخهای ۱۲ دسامبر ۲۰۲۵ و یک سپتامبر ۲۰۲۵ برگزار شده است.',
			['۱۲ دسامبر ۲۰۲۵=2025-12-12', 'یک سپتامبر ۲۰۲۵=2025-09-01']
		],
		['fa', '', 'در بیست و پنج دسامبر ۲۰۱۹ برگزار شد.', ['بیست و پنج دسامبر ۲۰۱۹=2019-12-25']],
		['fa', '', 'دو فروردین ۱۴۰۰', ['دو فروردین ۱۴۰۰=2021-03-22']]
	],
	'look-alikes: a count before a month that is a word, no year, or another language': [
		['fa', '', 'سه تیر ۱۴۰۰ شلیک شد', ['تیر ۱۴۰۰=2021-06-22/2021-07-22']],
		['fa', '', 'یک مهر ۱۴۰۰ زده شد', ['مهر ۱۴۰۰=2021-09-23/2021-10-22']],
		['fa', '2025-10-01', 'یک سپتامبر برگزار شد', ['سپتامبر=2025-09-01/2025-09-30']],
		['ar', '', 'في ثلاثة سبتمبر 2025', ['سبتمبر 2025=2025-09-01/2025-09-30']],
		['en', '', 'one September 2025', ['September 2025=2025-09-01/2025-09-30']]
	],
	'two names of one month parted by "|" («جدی|دی»)': [
		[
			'fa',
			'',
			'آدينه 29 جدی|دی 1396 برابر با 19 جنوری 2018',
			['آدينه 29 جدی|دی 1396=2018-01-19', '19 جنوری 2018=2018-01-19']
		],
		['ar', '', 'في 25 ديسمبر|كانون الأول 2019', ['25 ديسمبر|كانون الأول 2019=2019-12-25']]
	],
	'look-alike: a bar before a month is no pair': [
		['fa', '2018-01-20', 'گزارش | دی 1396', ['دی 1396=2017-12-22/2018-01-20']]
	],
	'a range from a day to a month with its year: the day takes the year': [
		[
			'fa',
			'',
			'جدول تخصیص معاشات از اول جنوری الی اخیر جون سال ۲۰۱۶ منظور گردیده است',
			['اول جنوری=2016-01-01', 'اخیر جون سال ۲۰۱۶=2016-06-21/2016-06-30']
		],
		[
			'ar',
			'',
			'من 5 مارس إلى نهاية يونيو 2016',
			['5 مارس=2016-03-05', 'نهاية يونيو 2016=2016-06-21/2016-06-30']
		],
		['en', '', 'from March 5 to June 2016', ['March 5=2016-03-05', 'June 2016=2016-06-01/2016-06-30']]
	],
	'look-alikes: «اخیر» after a unit is "recent"': [
		['fa', '2016-09-01', 'در سال‌های اخیر', []],
		['fa', '2016-09-01', 'در ماه اخیر', []]
	],
	'years counted back in three figures ("159 years ago")': [
		[
			'en',
			'2023-09-01',
			'The yearly event is a reenactment of a skirmish fought 159 years ago in Decatur.',
			['159 years ago=1864-01-01/1864-12-31']
		],
		['ar', '2023-09-01', 'وقعت المعركة قبل 150 عاما في المدينة.', ['قبل 150 عاما=1873-01-01/1873-12-31']],
		['fa', '2023-09-01', 'این نبرد ۱۵۹ سال پیش رخ داد.', ['۱۵۹ سال پیش=1864-03-20/1865-03-20']]
	],
	'look-alikes: a length of time, an amount, four figures': [
		['en', '2023-09-01', 'The tree lived for 159 years in the park.', []],
		['en', '2023-09-01', 'some 159 people died years ago', []],
		['fa', '2023-09-01', 'این درخت ۱۵۹ سال عمر دارد.', []],
		['ar', '2023-09-01', 'عاش 150 عاما', []],
		['en', '2023-09-01', '1500 years ago', []]
	]
};

describeRows('the twelfth round: forms', rows);
