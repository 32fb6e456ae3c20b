import { describeRows, type Row } from './rows';

/**
 * A year of the first millennium said with its era written in full is that year (lexicon/words.ts
 * `earlyera`, dates/parse.ts `yearNumAt`): «في سنة 61 للهجرة الموافق 680 ميلادي», «سال ۶۱ هجری قمری»,
 * "in 680 AD", "61 AH". The short marks are no such era («680 م» is 680 metres), a Solar Hijri era
 * after two figures keeps the shorthand («سال ۹۹ شمسی» is 1399), and four figures read as before.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a year of one to three figures with its era in full': [
		[
			'ar',
			'',
			'في سنة 61 للهجرة الموافق 680 ميلادي',
			['سنة 61 للهجرة=0680-10-04/0681-09-22', '680 ميلادي=0680-01-01/0680-12-31']
		],
		['fa', '', 'در سال ۶۱ هجری قمری', ['سال ۶۱ هجری قمری=0680-10-04/0681-09-22']],
		['fa', '', 'سال ۶۸۰ میلادی', ['سال ۶۸۰ میلادی=0680-01-01/0680-12-31']],
		['en', '', 'in 680 AD', ['680 AD=0680-01-01/0680-12-31']],
		['en', '', 'in 61 AH', ['61 AH=0680-10-04/0681-09-22']]
	],
	'look-alikes: a short mark, a Solar Hijri shorthand, four figures': [
		['ar', '', 'على مسافة 680 م', []],
		['fa', '', 'سال ۹۹ شمسی', ['سال ۹۹ شمسی=2020-03-20/2021-03-20']],
		['ar', '', 'في عام 1445 للهجرة', ['عام 1445 للهجرة=2023-07-19/2024-07-06']],
		['en', '', 'He scored 61 points.', []]
	]
};

describeRows('a year of the first millennium with its era in full', rows);
