import { describeRows, type Row } from './rows';

/**
 * A bare year or month after an English bound of time ("as early as", "as recently as", "as far back
 * as", "no later than"; words.ts `prep`) is a date, as after "in" or "by". Arabic and Persian say a
 * preposition or the year word there and were read already («في موعد أقصاه 2030», «نه زودتر از ۱۴۰۵»).
 * An amount after "as many as" or "as soon as … troops" stays a number.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a year or month after a bound of time': [
		[
			'en',
			'',
			'The landing, which could take place as early as 2025, will follow.',
			['2025=2025-01-01/2025-12-31']
		],
		['en', '', 'The rule was applied as recently as 2019.', ['2019=2019-01-01/2019-12-31']],
		['en', '', 'as far back as 1975, they warned', ['1975=1975-01-01/1975-12-31']],
		['en', '', 'The plant must close no later than 2030.', ['2030=2030-01-01/2030-12-31']],
		['en', '2024-06-01', 'Snow fell as late as March.', ['March=2024-03-01/2024-03-31']],
		['ar', '', 'على أن يتم ذلك في موعد أقصاه 2030', ['2030=2030-01-01/2030-12-31']],
		['fa', '', 'این کار نه زودتر از ۱۴۰۵ انجام می‌شود', ['۱۴۰۵=2026-03-21/2027-03-20']]
	],
	'look-alikes: amounts after "as many as", "as soon as"': [
		['en', '', 'as many as 2000 people gathered', []],
		['en', '', 'as soon as 1500 troops arrive', []],
		['ar', '', 'تجمع أكثر من 2000 شخص', []],
		['fa', '', 'بیش از ۱۴۰۰ نفر جمع شدند', []]
	]
};

describeRows('a year after a bound of time', rows);
