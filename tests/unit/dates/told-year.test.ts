import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';

/**
 * With no reference day, a month said without a year takes the year told before it in its sentence,
 * as a day and month do (dates/find.ts `toldYear`): «در سال ۱۴۰۱ … فیش حقوقی خردادماه» is Khordad
 * 1401. With no year before it in its sentence it stays unresolved. Each row: [lang, text, exactly the
 * mentions found, as "span=first/last", "span=" when unresolved].
 */
const rows: [string, string, string[]][] = [
	// Persian
	[
		'fa',
		'در سال ۱۴۰۱ بازنشستگان افزایش حقوق را در فیش حقوقی خردادماه خود مشاهده کردند.',
		['سال ۱۴۰۱=2022-03-21/2023-03-20', 'خردادماه=2022-05-22/2022-06-21']
	],
	[
		'fa',
		'افزایش حقوق در فیش خردادماه اعمال شد. در سال ۱۴۰۱ نیز چنین بود.',
		['خردادماه=', 'سال ۱۴۰۱=2022-03-21/2023-03-20']
	],
	// Arabic
	[
		'ar',
		'أقر البرلمان موازنة عام 2023 وصرفت الرواتب في شهر آذار',
		['عام 2023=2023-01-01/2023-12-31', 'شهر آذار=2023-03-01/2023-03-31']
	],
	[
		'ar',
		'صرفت الرواتب في شهر آذار. وأقر البرلمان موازنة عام 2023',
		['شهر آذار=', 'عام 2023=2023-01-01/2023-12-31']
	],
	// English
	[
		'en',
		'In 2019 the museum reopened in March after repairs.',
		['2019=2019-01-01/2019-12-31', 'March=2019-03-01/2019-03-31']
	],
	['en', 'The museum reopened in March. Repairs had begun in 2019.', ['March=', '2019=2019-01-01/2019-12-31']]
];

describe('With no reference day, a month takes the year told before it in its sentence', () => {
	it.each(rows)('[%s] in "%s" finds exactly %j', (lang, text, want) => {
		const got = findDates(text, { lang, ref: null }).map((m) =>
			m.earliest === null ? `${m.text}=` : `${m.text}=${m.earliest}/${m.latest}`
		);
		expect(got).toEqual(want);
	});
});
