import { describeRows, type Row } from './rows';

/**
 * A day and month without a year told in the sentence of a day to come (tomorrow, a day of a future
 * clause) is said of that stretch of time: it is the first such day on or after that day, when that
 * falls soon after it (dates/find.ts `toldYear`). A day recalled from long ago keeps the latest such
 * day on or before the reference, and "since" looks back. Each row: [lang, ref, text, exactly the
 * mentions found, as "span=day" or "span=first/last"].
 */

const AUG = '2022-08-12'; // a Friday; 21 Mordad 1401
const APR = '2025-04-29'; // a Tuesday

const rows: Record<string, Row[]> = {
	'Arabic: after tomorrow or a day to come, the days of the same sentence follow it': [
		[
			'ar',
			AUG,
			'يعقد المجلس جلسة طارئة غدا السبت، الموافق 13 أغسطس، في تمام الساعة 12 ظهرا.',
			['غدا السبت=2022-08-13', '13 أغسطس=2022-08-13']
		],
		[
			'ar',
			AUG,
			'العودة الجامعية يوم 2 سبتمبر المقبل للطب و 12 سبتمبر لبقية المؤسسات',
			['يوم 2 سبتمبر المقبل=2022-09-02', '12 سبتمبر=2022-09-12']
		]
	],
	'Arabic look-alikes: a day recalled, or in another sentence, stays back': [
		['ar', AUG, 'يحيي الحزب غدا السبت ذكرى مجزرة 10 أغسطس', ['غدا السبت=2022-08-13', '10 أغسطس=2022-08-10']],
		[
			'ar',
			AUG,
			'تبدأ الدراسة غدا السبت. وكانت قد توقفت في 20 سبتمبر',
			['غدا السبت=2022-08-13', '20 سبتمبر=2021-09-20']
		]
	],
	'Persian: after فردا the days of the sentence follow it': [
		[
			'fa',
			AUG,
			'نمایشگاه فردا باز می‌شود و تا ۲۵ مرداد ادامه دارد',
			['فردا=2022-08-13', '۲۵ مرداد=2022-08-16']
		]
	],
	'Persian look-alikes: a day recalled a year back stays back': [
		['fa', AUG, 'فردا سالگرد حادثه ۱۸ مرداد است', ['فردا=2022-08-13', '۱۸ مرداد=2022-08-09']]
	],
	'English: days after a day of a future clause follow it': [
		[
			'en',
			APR,
			'The pre-Hajj operation will continue until May 31, with the post-Hajj operation starting on June 10 and ending on July 10.',
			['May 31=2025-05-31', 'June 10=2025-06-10', 'July 10=2025-07-10']
		],
		['en', APR, 'Talks resume tomorrow, with a vote on May 5.', ['tomorrow=2025-04-30', 'May 5=2025-05-05']]
	],
	'English look-alikes: "since" looks back; a day a year away leads nothing': [
		[
			'en',
			'2006-11-27',
			'The rationing, which has been effective since November 23 and will last through December 3, cut supply.',
			['November 23=2006-11-23', 'December 3=2006-12-03']
		],
		[
			'en',
			APR,
			'Tomorrow is the anniversary of the April 20 attack.',
			['Tomorrow=2025-04-30', 'April 20=2025-04-20']
		]
	]
};

describeRows('Days told after a day to come take its stretch of time', rows);
