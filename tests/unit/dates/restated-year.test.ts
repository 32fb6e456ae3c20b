import { describeRows, type Row } from './rows';

/**
 * A month or a season with a relative year ("next year", «العام المقبل», «سال آینده», «امسال») and
 * the year in figures right after it, or in brackets: the figure names the year, so the date needs
 * no reference (dates/parse.ts `restatedYear`, as `namedYearAt` does after "this year" alone). A
 * figure of another calendar than the month's, or one that counts something, is no year of it.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the year said after a relative year is the year': [
		[
			'ar',
			'',
			'وأن الاجتماع الوزاري القادم سيكون في يونيو من العام المقبل 2023.',
			['يونيو من العام المقبل 2023=2023-06-01/2023-06-30']
		],
		['ar', '', 'في صيف العام المقبل 2023', ['صيف العام المقبل 2023=2023-06-01/2023-08-31']],
		['ar', '', 'في رمضان من العام المقبل 1445 هـ', ['رمضان من العام المقبل 1445 هـ=2024-03-11/2024-04-09']],
		['fa', '', 'در خرداد سال آینده ۱۴۰۲', ['خرداد سال آینده ۱۴۰۲=2023-05-22/2023-06-21']],
		['fa', '', 'تا تیر امسال (۱۴۰۲)', ['تیر امسال (۱۴۰۲)=2023-06-22/2023-07-22']],
		['en', '', 'The talks resume in June next year (2023).', ['June next year (2023)=2023-06-01/2023-06-30']],
		['en', '', 'in June of next year 2023', ['June of next year 2023=2023-06-01/2023-06-30']]
	],
	'look-alikes: an amount, a year of another calendar': [
		[
			'ar',
			'2022-05-01',
			'صدر في يونيو من العام الماضي 2000 طن',
			['يونيو من العام الماضي=2021-06-01/2021-06-30']
		],
		['fa', '2022-05-01', 'در خرداد سال آینده ۲۰۲۳ نفر', ['خرداد سال آینده=2023-05-22/2023-06-21']],
		['en', '2022-05-01', 'in June last year 2,000 jobs went', ['June last year=2021-06-01/2021-06-30']]
	]
};

describeRows('a relative year restated by its figure', rows);
