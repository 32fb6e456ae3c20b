import { describeRows, type Row } from './rows';

/**
 * Two years in a row glued by a hyphen the other way round, the later first, as text typed right to
 * left puts a season or a school year over both («فصل ۱۴۰۳-۱۴۰۲», «الدوري 2023-2022»): each is a year
 * of its own (dates/parse.ts `reversedYearPair`), as the second already was. Not two years further
 * apart, a chain of figures, or figures before a counted noun.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the later year first: two years': [
		[
			'fa',
			'2023-07-23',
			'برنامه لیگ برتر فصل ۱۴۰۳-۱۴۰۲ اعلام شد.',
			['۱۴۰۳=2024-03-20/2025-03-20', '۱۴۰۲=2023-03-21/2024-03-19']
		],
		['ar', '2023-07-23', 'الدوري 2023-2022', ['2023=2023-01-01/2023-12-31', '2022=2022-01-01/2022-12-31']],
		['en', '2023-07-23', 'the league 2023-2022', ['2023=2023-01-01/2023-12-31', '2022=2022-01-01/2022-12-31']]
	],
	'look-alikes: years apart, a chain of figures, an amount': [
		['fa', '2023-07-23', 'کد ۱۴۰۳-۱۴۰۲-۱۴۰۱', []],
		['fa', '2023-07-23', '۱۴۰۳-۱۴۰۲ تومان', []],
		['en', '2023-07-23', 'scores 2023-2021', ['2021=2021-01-01/2021-12-31']]
	]
};

describeRows('two years the other way round are two years', rows);
