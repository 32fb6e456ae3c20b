import { describeRows, type Row } from './rows';

/**
 * Obituaries: a birthday lends its year to no day told after it, a life spans years ("born Dec. 2,
 * 1909 … died Dec. 31" is the last Dec. 31 before the reference, not 1909's); any other full date
 * still does. A bare year after a word of birth («زاده ۱۳۰۹», «مواليد 1930», as «متولد ۱۳۶۰») is that year.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a birthday lends its year to no day after it': [
		[
			'en',
			'2000-06-07',
			'Art was born Dec. 2, 1909, in NYC and died Dec. 31 in Albuquerque.',
			['Dec. 2, 1909=1909-12-02', 'Dec. 31=1999-12-31']
		],
		[
			'ar',
			'2000-06-07',
			'ولد في 2 ديسمبر 1909 في القاهرة وتوفي في 31 ديسمبر',
			['2 ديسمبر 1909=1909-12-02', '31 ديسمبر=1999-12-31']
		],
		[
			'fa',
			'2013-06-07',
			'او متولد ۲ آذر ۱۳۰۹ در بوشهر بود و در ۲۸ دی درگذشت',
			['۲ آذر ۱۳۰۹=1930-11-23', '۲۸ دی=2013-01-17']
		],
		[
			'fa',
			'2013-06-07',
			'او در ۲ آذر ۱۳۰۹ متولد شد و در ۲۸ دی درگذشت',
			['۲ آذر ۱۳۰۹=1930-11-23', '۲۸ دی=2013-01-17']
		]
	],
	'look-alikes: another full date still lends its year': [
		[
			'en',
			'2000-06-07',
			'The plant opened Dec. 2, 1909, and closed Dec. 31.',
			['Dec. 2, 1909=1909-12-02', 'Dec. 31=1909-12-31']
		],
		[
			'ar',
			'2000-06-07',
			'افتتح المصنع في 2 ديسمبر 1909 وأغلق في 31 ديسمبر',
			['2 ديسمبر 1909=1909-12-02', '31 ديسمبر=1909-12-31']
		],
		[
			'fa',
			'2013-06-07',
			'کارخانه در ۲ آذر ۱۳۰۹ افتتاح شد و در ۲۸ دی بسته شد',
			['۲ آذر ۱۳۰۹=1930-11-23', '۲۸ دی=1931-01-18']
		]
	],
	'a bare year after a word of birth': [
		['fa', '2013-06-07', 'همایون خرم، زاده ۱۳۰۹ در بوشهر', ['۱۳۰۹=1930-03-21/1931-03-21']],
		['ar', '2013-06-07', 'اللاعب من مواليد 1990 في بغداد', ['1990=1990-01-01/1990-12-31']],
		// look-alikes: a count after the word, or no word of birth
		['fa', '2013-06-07', 'زاده ۱۳۰۹ نفر', []],
		['fa', '2013-06-07', 'همایون خرم ۱۳۰۹ در بوشهر', []]
	]
};

describeRows('birthdays and years of birth', rows);
