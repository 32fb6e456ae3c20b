import { describeRows, type Row } from './rows';

/**
 * Persian and Dari news phrasing read in general, not for one set (tests/eval/README.md, the seventh
 * round): years after the words that lead them, the present of a change, "since N days past", habits
 * of every year and of "days", forecasts over a span of weekdays, and the look-alikes of each. Each
 * row: [lang, ref, text, exactly the mentions found, as "span=value"].
 */

const REF = '2023-10-10'; // 18 Mehr 1402, a Tuesday

const rows: Record<string, Row[]> = {
	'a Solar Hijri year after the word that leads it: born, fiscal year, graduates, "on the date"': [
		['fa', REF, 'او متولد ۱۳۶۰ است', ['۱۳۶۰=1981-03-21/1982-03-20']],
		['fa', REF, 'باید در سال مالی 1403 متوقف شود', ['1403=2024-03-20/2025-03-20']],
		['fa', REF, 'باید در سال مالی 1403متوقف شود', ['1403=2024-03-20/2025-03-20']],
		[
			'fa',
			REF,
			'در سالهای مالی 1396 تا 1398 پرداخت شد',
			['1396=2017-03-21/2018-03-20', '1398=2019-03-21/2020-03-19']
		],
		['fa', REF, 'مرحله چهارم کانکور فارغان ۱۳۹۵ لیسه‌ها', ['۱۳۹۵=2016-03-20/2017-03-20']],
		['fa', REF, 'این قرارداد به تاریخ ۱۳۹۸ ثبت شد', ['۱۳۹۸=2019-03-21/2020-03-19']],
		['fa', REF, 'دانشجویان ورودی ۱۳۹۸ دانشگاه تهران', ['۱۳۹۸=2019-03-21/2020-03-19']],
		// a count, and an age or a length in years, are no year
		['fa', REF, 'متولد ۱۳۶۰ نفر', []],
		['fa', REF, 'در تاریخ ۱۴۰۰ ساله ایران', []],
		['fa', REF, 'کد خبر ۱۴۰۰', []]
	],
	'«سالجاری» written as one word is this year': [
		['fa', REF, 'خرید گندم در سالجاری افزایش یافت', ['سالجاری=2023-03-21/2024-03-19']],
		['fa', REF, 'در سال‌جاری', ['سال‌جاری=2023-03-21/2024-03-19']]
	],
	'a Persian present of a change takes the nearer of the last and the next such day': [
		['fa', '2008-08-16', 'خاموشی های برق از اول شهریور كاهش می یابد.', ['اول شهریور=2008-08-22']],
		[
			'fa',
			'2008-09-20',
			'وزیر وعده داده بود كه از ۱۰ مهر ماه خاموشی ها به طور كامل برطرف می شود',
			['۱۰ مهر ماه=2008-10-01']
		],
		['fa', REF, 'مدارس از اول آبان بازگشایی میشود', ['اول آبان=2023-10-23']],
		// three days back is nearer than a year ahead: it holds since then
		['fa', REF, 'قیمت جدید از ۱۵ مهر اعمال می‌شود', ['۱۵ مهر=2023-10-07']],
		// the past stays past
		['fa', REF, 'مدارس از اول آبان بازگشایی شد', ['اول آبان=2022-10-23']]
	],
	'«از N روز گذشته» is since N days ago; the past N days alone and "for N more days" are no day': [
		[
			'fa',
			'2017-09-11',
			'از ۴ روز گذشته به اینسو طالبان حملات خود را آغاز کرده‌اند',
			['۴ روز گذشته=2017-09-07']
		],
		['fa', REF, 'طی ۴ روز گذشته درگیری ادامه داشت', []],
		['fa', REF, 'در سه روز گذشته باران بارید', []],
		['fa', REF, 'مراسم مدت دو روز دیگر به تعویق افتاد', []],
		['fa', REF, 'مهلت به مدت دو روز دیگر تمدید شد', []],
		['fa', REF, 'دو روز دیگر برگزار می‌شود', ['دو روز دیگر=2023-10-12']],
		['fa', REF, 'روز گذشته اعلام شد', ['روز گذشته=2023-10-09']]
	],
	'a season or month after "every year" is a habit, no particular one': [
		['fa', REF, 'مردم انتظار دارند که هر سال تابستان وضعیت برق بهتر شود', []],
		['fa', REF, 'هر ساله در تابستان برق می‌رود', []],
		['fa', REF, 'این جشنواره سالانه در بهار برگزار می‌شود', []],
		['ar', REF, 'تنقطع الكهرباء كل عام في الصيف', []],
		// with a year or "this", it is one
		['fa', REF, 'تابستان امسال برق رفت', ['تابستان امسال=2023-06-22/2023-09-22']],
		['fa', REF, 'در تابستان برق رفت', ['تابستان=2023-06-22/2023-09-22']],
		['fa', REF, 'هر سال در ۱۵ مهر ۱۴۰۲ برگزار شد', ['۱۵ مهر ۱۴۰۲=2023-10-07']]
	],
	'weekdays after "days" are a habit in a clause of no tense, particular days otherwise': [
		['fa', REF, 'ساعت کار موزه در روزهای پنجشنبه و جمعه از ۹ تا ۱۸ است', []],
		['fa', REF, 'روزهای پنجشنبه و جمعه تعطیل است', []],
		['fa', REF, 'روزهای شنبه و یکشنبه افزایش دما ثبت شد', ['شنبه=2023-10-07', 'یکشنبه=2023-10-08']],
		[
			'fa',
			'2025-12-04',
			'روزهای شنبه و یکشنبه (۱۵ و ۱۶ آذرماه) افزایش نسبی دما مورد انتظار است',
			['شنبه=2025-12-06', 'یکشنبه=2025-12-07', '۱۵=2025-12-06', '۱۶ آذرماه=2025-12-07']
		]
	],
	'a span "from the day X to Y" in a future clause is a forecast of particular days': [
		[
			'fa',
			'2025-12-15',
			'از روز سهشنبه تا جمعه سامانه بارشی در این استان فعال خواهد بود',
			['روز سهشنبه=2025-12-16', 'جمعه=2025-12-19']
		],
		[
			'fa',
			REF,
			'از روز سه‌شنبه تا جمعه سامانه بارشی فعال خواهد بود',
			['روز سه‌شنبه=2023-10-10', 'جمعه=2023-10-13']
		],
		// a schedule stays a schedule: no «روز», no future, or opening hours
		['fa', REF, 'موزه از شنبه تا چهارشنبه باز است', []],
		['fa', REF, 'از روز شنبه تا چهارشنبه باز است', []],
		['en', REF, 'The shop opens Monday to Friday, 9am to 5pm.', []]
	],
	'a year of two figures after a day and month, before a mark or the line end (1321–1349 too)': [
		['fa', REF, 'کودتای ۲۸ مرداد ۳۲', ['کودتای ۲۸ مرداد=1953-08-19']],
		['fa', REF, 'قیام (۱۵ خرداد ۴۲) آغاز شد', ['۱۵ خرداد ۴۲=1963-06-05']],
		['fa', REF, 'از برجام در ۱۸ اردیبهشت ۹۷ اعلام شد', ['۱۸ اردیبهشت ۹۷=2018-05-08']],
		// before a word the number may be a count
		['fa', REF, 'در ۱۰ مهر ۲۵ کشته شدند', ['۱۰ مهر=2023-10-02']],
		['fa', REF, 'در ۱۰ مهر ۲۵ نفر کشته شدند', ['۱۰ مهر=2023-10-02']]
	],
	'a month name that is an everyday word is a month in a range with a sure one': [
		['fa', REF, 'از شهریور تا مهر برگزار شد', ['شهریور=2023-08-23/2023-09-22', 'مهر=2023-09-23/2023-10-22']],
		['fa', REF, 'از تیر تا شهریور برگزار شد', ['تیر=2023-06-22/2023-07-22', 'شهریور=2023-08-23/2023-09-22']],
		// two everyday words are no range of months
		['fa', REF, 'از آب تا مهر', []],
		['fa', REF, 'از تیر تا دی', []]
	],
	'a month name alone opening a line before a colon is a name': [
		['fa', '2016-01-29', 'رجب: شاهراه سالنگ بروی ترافیک مسدود شده است', []],
		['fa', '2016-01-29', 'گزارش\nشعبان: گفت که راه باز است', []],
		['fa', '2016-01-29', 'در ماه رجب: شاهراه مسدود است', ['ماه رجب=2015-04-20/2015-05-18']],
		['fa', '2016-01-29', 'رجب ۱۴۳۷: شاهراه مسدود است', ['رجب ۱۴۳۷=2016-04-08/2016-05-07']]
	],
	'«روز» glued to the weekday or to «گذشته» (pages that lost the space) is the same day': [
		['fa', REF, 'شرکت هوایی آریانا روزپنجشنبه اعلام کرد', ['روزپنجشنبه=2023-10-05']],
		['fa', REF, 'وزارت روزسه شنبه اعلام کرد', ['روزسه شنبه=2023-10-10']],
		['fa', REF, 'این خبر روزگذشته منتشر شد', ['روزگذشته=2023-10-09']],
		// look-alikes: words that begin with «روز» and are no day
		['fa', REF, 'روزنامه‌ها گزارش دادند', []],
		['fa', REF, 'روزشمار انتخابات منتشر شد', []],
		['fa', REF, 'روزگار سختی بود', []]
	]
};

describeRows('Persian and Dari news phrasing', rows);
