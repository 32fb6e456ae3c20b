import { describeRows, type Row } from './rows';

/**
 * Months and years told together: a bare month before "/" or "or" and a
 * month with its year shares that year ("November/December 2014", "February or March 2014"), and the
 * Persian plural of "year" before a year ending in 0 names its decade («سالهای ۱۹۹۰ میلادی», «سال‌های
 * ۱۳۶۰»; Arabic and English say the decade otherwise: «تسعينيات القرن الماضي», "the 1990s"). Each with
 * look-alikes.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const REF = '2014-11-16';
const rows: Record<string, Row[]> = {
	'a month before "/" or "or" takes the year of the month after it': [
		[
			'en',
			REF,
			'(A photo of a photo in Archaeology Magazine November/December 2014)',
			['November=2014-11-01/2014-11-30', 'December 2014=2014-12-01/2014-12-31']
		],
		[
			'ar',
			REF,
			'عدد نوفمبر/ديسمبر 2014',
			['نوفمبر=2014-11-01/2014-11-30', 'ديسمبر 2014=2014-12-01/2014-12-31']
		],
		['fa', REF, 'شماره آبان/آذر ۱۳۹۳', ['آبان=2014-10-23/2014-11-21', 'آذر ۱۳۹۳=2014-11-22/2014-12-21']],
		[
			'en',
			REF,
			'in February or March 2014',
			['February=2014-02-01/2014-02-28', 'March 2014=2014-03-01/2014-03-31']
		],
		['ar', REF, 'في فبراير أو مارس 2014', ['فبراير=2014-02-01/2014-02-28', 'مارس 2014=2014-03-01/2014-03-31']]
	],
	'look-alikes: a slash between words or figures': [
		['en', REF, 'and/or May', []],
		['ar', REF, 'الماء/آب', []],
		['en', REF, 'the 2/3 majority in December 2014', ['December 2014=2014-12-01/2014-12-31']]
	],
	'the Persian "years" of a year ending in 0 is its decade': [
		['fa', REF, 'این آثار مربوط به سالهای ۱۹۹۰ میلادی است', ['سالهای ۱۹۹۰ میلادی=1990-01-01/1999-12-31']],
		['fa', REF, 'در سال‌های ۱۳۶۰ جنگ بود', ['۱۳۶۰=1981-03-21/1991-03-20']],
		['ar', REF, 'في تسعينيات القرن الماضي', ['تسعينيات القرن الماضي=1990-01-01/1999-12-31']],
		['en', REF, 'in the 1990s', ['the 1990s=1990-01-01/1999-12-31']]
	],
	'look-alikes: the years themselves, a year not ending in 0, a count': [
		['fa', REF, 'بین سال‌های ۱۳۹۰ تا ۱۳۹۵', ['۱۳۹۰=2011-03-21/2012-03-19', '۱۳۹۵=2016-03-20/2017-03-20']],
		['fa', REF, 'در سال‌های ۱۳۹۰ و ۱۳۹۱', ['۱۳۹۰=2011-03-21/2012-03-19', '۱۳۹۱=2012-03-20/2013-03-20']],
		['fa', REF, 'سال‌های ۱۳۹۰-۱۳۹۵', ['۱۳۹۰=2011-03-21/2012-03-19', '۱۳۹۵=2016-03-20/2017-03-20']],
		['fa', REF, 'در سال‌های ۱۳۶۵ جنگ بود', ['۱۳۶۵=1986-03-21/1987-03-20']],
		['fa', REF, 'در سالهای ۱۳۹۰ نفر', []],
		['ar', REF, 'بين سنوات 1990 و2000', ['1990=1990-01-01/1990-12-31', '2000=2000-01-01/2000-12-31']],
		['en', REF, 'in the years 1990 and 2000', ['1990=1990-01-01/1990-12-31', '2000=2000-01-01/2000-12-31']]
	]
};

describeRows('the twelfth round: months and years told together', rows);
