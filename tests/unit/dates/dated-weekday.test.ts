import { describeRows, type Row } from './rows';

/**
 * A weekday followed by "dated" and the date it names («روز جمعه مورخ ۱۱ اسفندماه ۱۴۰۲», «روز یکشنبه به
 * تاریخ 1402/5/29», «يوم الجمعة بتاريخ 1 مارس 2024», "Friday, dated March 1, 2024") is one mention with
 * the date's value, as with "corresponding to" («الموافق»; dates/find.ts `withFollowingDate`, words.ts
 * `dated`). A document dated after a noun between the weekday and its date is another date.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a weekday dated by the date after it': [
		[
			'fa',
			'2022-12-10',
			'انتخابات در روز جمعه مورخ ۱۱ اسفندماه ۱۴۰۲ برگزار می‌شود',
			['روز جمعه مورخ ۱۱ اسفندماه ۱۴۰۲=2024-03-01']
		],
		['fa', '', 'تا روز یکشنبه به تاریخ 1402/5/29 منتشر می‌شود', ['روز یکشنبه به تاریخ 1402/5/29=2023-08-20']],
		['ar', '2022-12-10', 'يوم الجمعة بتاريخ 1 مارس 2024', ['يوم الجمعة بتاريخ 1 مارس 2024=2024-03-01']],
		['en', '2022-12-10', 'on Friday, dated March 1, 2024', ['Friday, dated March 1, 2024=2024-03-01']]
	],
	'look-alikes: a document dated after a noun': [
		[
			'fa',
			'2022-12-10',
			'روز جمعه نامه مورخ ۱۱ اسفند ۱۴۰۲ را خواند',
			['روز جمعه=2022-12-09', '۱۱ اسفند ۱۴۰۲=2024-03-01']
		],
		[
			'ar',
			'2022-12-10',
			'يوم الجمعة نشر بيانا بتاريخ 1 مارس 2024',
			['يوم الجمعة=2022-12-09', '1 مارس 2024=2024-03-01']
		],
		[
			'en',
			'2022-12-10',
			'On Friday he read a letter dated March 1, 2024.',
			['Friday=2022-12-09', 'March 1, 2024=2024-03-01']
		]
	]
};

describeRows('a weekday dated by its date', rows);
