import { describeRows, type Row } from './rows';

/**
 * A Persian date in figures with a two-digit year and one-figure day and month, day first («3/1/72» is
 * 3 Farvardin 1372, «روز شنبه 3 / 5 / 83» is 3 Mordad 1383; dates/parse.ts `parseNumericDate`), as one
 * with a two-figure day already was («17/2/97»). Not with a count after it («3/1/72 درصد»), and Arabic
 * and English still need a two-figure month there ("3/1/72" may be month first or day first, and of
 * which century).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'Persian: day, month and a two-digit year, in single figures': [
		['fa', '1993-03-23', '3/1/72', ['3/1/72=1993-03-23']],
		[
			'fa',
			'2004-07-20',
			'روز شنبه 3 / 5 / 83 به عنوان اولین روز بعد از تعطیل محسوب خواهد شد',
			['روز شنبه 3 / 5 / 83=2004-07-24']
		],
		['fa', '2018-05-01', 'در 17/2/97', ['17/2/97=2018-05-07']]
	],
	'look-alikes: a count after it; Arabic and English with a one-figure month': [
		['fa', '1993-03-23', 'نتیجه 3/1/72 درصد', []],
		['ar', '2017-03-23', 'في 3/1/72', []],
		['en', '2017-03-23', 'on 3/1/72', []],
		['ar', '2017-03-23', 'في 23/11/17', ['23/11/17=2017-11-23']],
		['en', '2017-03-23', 'on 23/11/17', ['23/11/17=2017-11-23']]
	]
};

describeRows('a Persian date in single figures with a two-digit year', rows);
