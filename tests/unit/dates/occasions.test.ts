import { describeRows, type Row } from './rows';

/**
 * A holiday said with no year and no "last", "next" or "this year", in the sentence of a day told on
 * its own, names that day's occasion and is no second date (dates/find.ts `occasions`): "Tuesday, June
 * 4, will be the first day of Eid Al-Fitr", «فردا شانزدهم تیر ماه، روز اول شوال و عید سعید فطر است»,
 * «وتكون الأحد أول أيام عيد الأضحى». Where no day is told beside it (or only in another sentence), or it
 * says its year, the holiday is a date as before.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a holiday beside the day it falls on: the day only': [
		[
			'en',
			'2019-06-03',
			'The Shawwal crescent was sighted on Monday, as a result of which the festival of Eid al-Fitr will officially begin on Tuesday.',
			['Monday=2019-06-03', 'Tuesday=2019-06-04']
		],
		[
			'fa',
			'2016-07-05',
			'فردا شانزدهم تیر ماه، روز اول شوال و عید سعید فطر است.',
			['فردا=2016-07-06', 'شانزدهم تیر ماه=2016-07-06', 'روز اول شوال=2016-07-06']
		],
		[
			'ar',
			'2024-06-10',
			'وأعلنت المحكمة أن صلاة عيد الأضحى ستقام يوم الأحد 16 يونيو.',
			['يوم الأحد 16 يونيو=2024-06-16']
		]
	],
	'look-alikes: no day beside it, a day in another sentence, a year told': [
		['en', '2019-06-03', 'Shops close before Eid al-Fitr.', ['Eid al-Fitr=2019-06-04']],
		[
			'en',
			'2019-06-03',
			'Shops close before Eid al-Fitr. They reopen on Tuesday.',
			['Eid al-Fitr=2019-06-04', 'Tuesday=2019-06-04']
		],
		['ar', '2024-06-10', 'وتغلق المحال قبل عيد الأضحى', ['عيد الأضحى=2024-06-16']],
		[
			'ar',
			'2024-06-10',
			'في عيد الأضحى 2024 يوم الأحد',
			['عيد الأضحى 2024=2024-06-16', 'يوم الأحد=2024-06-16']
		],
		[
			'fa',
			'2016-07-05',
			'عید فطر امسال روز چهارشنبه است',
			['عید فطر امسال=2016-07-06', 'روز چهارشنبه=2016-07-06']
		],
		['fa', '2016-07-05', 'مردم در عید فطر به سفر می‌روند.', ['عید فطر=2016-07-06']]
	]
};

describeRows('a holiday beside the day it falls on names its occasion', rows);
