import { describeRows, type Row } from './rows';

/**
 * A weekday says which year a day and month without one belong to (dates/find.ts `restated`,
 * `toldYear`): a weekday in brackets after a day names that day («روز اول مهر (چهارشنبه)» said on 9
 * Aban 1394 in a future sentence is 1 Mehr 1394, a Wednesday, not 1 Mehr 1395, a Thursday), and a day
 * with its weekday after a year told in its sentence takes that year only when it falls on the weekday
 * there, else the year after when it does («عملکرد سال ۱۴۰۰ … روز شنبه یکم مردادماه» is 1 Mordad 1401),
 * else none. A weekday in brackets that is no weekday of the day stays a weekday of its own.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a weekday in brackets after a day and month: the year where it falls on it': [
		[
			'fa',
			'2015-10-31',
			'روز اول مهر (چهارشنبه) بازگشایی مدارس را خواهیم داشت',
			['روز اول مهر=2015-09-23', 'چهارشنبه=2015-09-23']
		],
		[
			'en',
			'2015-10-31',
			'School opens on September 23 (Wednesday).',
			['September 23=2015-09-23', 'Wednesday=2015-09-23']
		],
		[
			'ar',
			'2015-10-31',
			'يبدأ العام الدراسي في 23 سبتمبر (الأربعاء)',
			['23 سبتمبر=2015-09-23', 'الأربعاء=2015-09-23']
		],
		['fa', '2015-10-31', 'روز اول مهر ۱۳۹۵ (پنجشنبه)', ['روز اول مهر ۱۳۹۵=2016-09-22', 'پنجشنبه=2016-09-22']]
	],
	'a day with its weekday after a year told: that year, or the year after, by the weekday': [
		[
			'fa',
			'',
			'آخرین مهلت تسلیم اظهارنامه عملکرد سال ۱۴۰۰ روز شنبه یکم مردادماه میباشد.',
			['سال ۱۴۰۰=2021-03-21/2022-03-20', 'روز شنبه یکم مردادماه=2022-07-23']
		],
		[
			'fa',
			'',
			'عملکرد سال ۱۴۰۰ روز جمعه یکم مردادماه',
			['سال ۱۴۰۰=2021-03-21/2022-03-20', 'روز جمعه یکم مردادماه=2021-07-23']
		],
		[
			'ar',
			'',
			'حساب سنة 2021 يوم السبت 23 يوليو',
			['سنة 2021=2021-01-01/2021-12-31', 'يوم السبت 23 يوليو=2022-07-23']
		],
		[
			'en',
			'',
			'The 2021 returns are due on Friday, July 23.',
			['2021=2021-01-01/2021-12-31', 'Friday, July 23=2021-07-23']
		]
	],
	'look-alikes: a weekday that is no weekday of the day, in neither year': [
		['fa', '2015-10-31', 'روز اول مهر ۱۳۹۵ (دوشنبه)', ['روز اول مهر ۱۳۹۵=2016-09-22', 'دوشنبه=2015-10-26']],
		[
			'fa',
			'',
			'سال ۱۴۰۰ روز سه‌شنبه یکم مردادماه',
			['سال ۱۴۰۰=2021-03-21/2022-03-20', 'روز سه‌شنبه یکم مردادماه=null']
		]
	]
};

describeRows('a weekday tells the year of a day and month said without one', rows);
