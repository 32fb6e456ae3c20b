import { describeRows, type Row } from './rows';

/**
 * A Gregorian winter named by the two years it spans ("the winter of 1979-1980", «شتاء 2014-2015»,
 * «زمستان ۲۰۱۴-۲۰۱۵», "winter 2014/15") is the one from December of the first to February of the
 * second, one mention; not the winter that ended in the first year and that year's neighbour. Another
 * season, years that do not follow each other, or a Solar Hijri winter (inside one year) stay as before.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a winter across two years': [
		[
			'en',
			'',
			'The DNR has conducted these counts since the winter of 1979-1980, when there were 25 wolves.',
			['winter of 1979-1980=1979-12-01/1980-02-29']
		],
		['en', '2025-01-01', 'during winter 2014/15 the lake froze', ['winter 2014/15=2014-12-01/2015-02-28']],
		['ar', '2025-01-01', 'خلال شتاء 2014-2015 تجمدت البحيرة', ['شتاء 2014-2015=2014-12-01/2015-02-28']],
		['ar', '2025-01-01', 'شتاء 2014 - 2015 ضحية', ['شتاء 2014 - 2015=2014-12-01/2015-02-28']],
		['fa', '2025-01-01', 'در زمستان ۲۰۱۴-۲۰۱۵ دریاچه یخ زد', ['زمستان ۲۰۱۴-۲۰۱۵=2014-12-01/2015-02-28']]
	],
	'look-alikes: one year, years apart, another season, a Solar Hijri winter': [
		['en', '2025-01-01', 'the winter of 1979', ['winter of 1979=1978-12-01/1979-02-28']],
		[
			'en',
			'2025-01-01',
			'the winter of 1979-1985 drought',
			['winter of 1979=1978-12-01/1979-02-28', '1985=1985-01-01/1985-12-31']
		],
		[
			'en',
			'2025-01-01',
			'the summer of 2014-2015',
			['summer of 2014=2014-06-01/2014-08-31', '2015=2015-01-01/2015-12-31']
		],
		[
			'fa',
			'2025-01-01',
			'زمستان ۱۳۹۸-۱۳۹۹',
			['زمستان ۱۳۹۸=2019-12-22/2020-03-19', '۱۳۹۹=2020-03-20/2021-03-20']
		]
	]
};

describeRows('a winter named by the two years it spans', rows);
