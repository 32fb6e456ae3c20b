import { describeRows, type Row } from './rows';

/**
 * Rules of form: figures after "more than" are amounts, months
 * offered with "or" are a list as with "and", and a backslash may part a date in figures with a
 * four-digit year. Each with look-alikes that must not match.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a number after "more than" or "less than" is an amount, never a year': [
		['fa', '2014-09-07', '۲۰۰۰ خانواده در قندوز و بیش از ۱۸۶۰ خانواده در ننگرهار کمک گرفتند.', []],
		['ar', '2014-09-07', 'استفادت أكثر من 1860 أسرة من المساعدات.', []],
		['ar', '2014-09-07', 'استفادت أقل من 1990 أسرة من المساعدات في 2014.', ['2014=2014-01-01/2014-12-31']],
		['en', '2014-09-07', 'More than 1860 families received aid.', []]
	],
	'look-alikes: a year after a preposition alone stays a year': [
		['fa', '2014-09-07', 'این مدرسه در ۱۳۸۰ ساخته شد.', ['۱۳۸۰=2001-03-21/2002-03-20']],
		['ar', '2014-09-07', 'تأسست المدرسة في 1980.', ['1980=1980-01-01/1980-12-31']]
	],
	'two months offered with "or" are both months («أو», «یا»)': [
		[
			'en',
			'2013-12-27',
			'It will hit its quota in February or March.',
			['February=2014-02-01/2014-02-28', 'March=2014-03-01/2014-03-31']
		],
		[
			'ar',
			'2013-12-27',
			'سيتم بلوغ الحصة في فبراير أو مارس.',
			['فبراير=2014-02-01/2014-02-28', 'مارس=2014-03-01/2014-03-31']
		],
		[
			'fa',
			'2013-10-05',
			'سهمیه در آبان یا آذر پر خواهد شد.',
			['آبان=2013-10-23/2013-11-21', 'آذر=2013-11-22/2013-12-21']
		]
	],
	'look-alikes: "or" beside words that are also month names': [
		['en', '2013-12-27', 'Are you going or not? March on!', []],
		['ar', '2013-12-27', 'انقطع الماء أو آب المواطنون', []],
		['fa', '2013-10-05', 'قطع آب یا برق در این منطقه', []],
		['fa', '2013-10-05', 'وزن میزان یا ترازو', []]
	],
	'a backslash parts a date in figures with a four-digit year': [
		['fa', '2022-08-23', '1401\\06\\01 12:38:08', ['1401\\06\\01=2022-08-23']],
		['ar', '2022-08-23', '2022\\08\\23', ['2022\\08\\23=2022-08-23']]
	],
	'look-alikes: a path, an article number': [
		['en', '2022-08-23', 'see C:\\2022\\08\\file', []],
		['fa', '2022-08-23', 'ماده 12\\06\\01 قانون', []]
	]
};

describeRows('the twelfth round: look-alikes and lists', rows);
