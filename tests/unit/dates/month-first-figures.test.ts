import { describeRows, type Row } from './rows';

/**
 * A full date in figures with its year last reads the day first outside English («28/11/2024»),
 * but where the second part cannot be a month and the first can, the day shows the order in every
 * language: «11/28/2024» on an Arabic or Persian page is 28 November (dates/parse.ts
 * `parseNumericDate`). Where both parts could be a month the day stays first, and a part above 31
 * is no day at all.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the day shows the month came first': [
		['ar', '2024-11-28', '11/28/2024', ['11/28/2024=2024-11-28']],
		['ar', '2024-11-30', 'نشر بتاريخ ١١/٢٨/٢٠٢٤ في الرياض', ['١١/٢٨/٢٠٢٤=2024-11-28']],
		['fa', '2024-11-30', 'تاریخ انتشار: 11/28/2024', ['11/28/2024=2024-11-28']],
		['fa', '2020-09-12', 'تاریخ: ۰۶/۲۱/۱۳۹۹', ['۰۶/۲۱/۱۳۹۹=2020-09-11']],
		['en', '2024-11-30', 'Posted 11/28/2024', ['11/28/2024=2024-11-28']]
	],
	'look-alikes: the day first where both parts may be a month, pairs without a year': [
		['ar', '2024-11-30', 'بتاريخ 03/04/2024', ['03/04/2024=2024-04-03']],
		['ar', '2024-11-30', 'بتاريخ 28/11/2024', ['28/11/2024=2024-11-28']],
		['fa', '2024-11-30', 'تاریخ ۰۳/۰۴/۲۰۲۴', ['۰۳/۰۴/۲۰۲۴=2024-04-03']],
		['ar', '2024-11-30', 'النتيجة 11/28', []],
		['fa', '2024-11-30', 'نسبت ۱۱/۲۸ است', []]
	]
};

describeRows('a date in figures whose day shows the month came first', rows);
