import { describeRows, type Row } from './rows';

/**
 * An hour after a word of the clock (words.ts `clock`: «ساعت», «الساعة») counts nothing, so the day
 * said after it is a date: «از ساعت10 شب گذشته» is last night, «ساعت ۱۶ امروز» today, «الساعة 10
 * اليوم» today (dates/parse.ts `parseDeictic`). Without the clock word a number before «شب گذشته»,
 * «روز گذشته» counts nights or days («طی ۱۰ شب گذشته», the past ten nights: no day). English puts the
 * hour's own words after it ("10 p.m. last night"). Each row: [lang, ref, text, exactly the mentions
 * found, as "span=day" or "span=first/last"].
 */

const rows: Record<string, Row[]> = {
	'Persian: after «ساعت» the hour is no count': [
		[
			'fa',
			'2019-02-17',
			'شاهراه سالنگ از ساعت10 شب گذشته به اینسو مسدود گردیده است.',
			['شب گذشته=2019-02-16']
		],
		['fa', '2019-02-17', 'جلسه ساعت ۱۶ امروز برگزار شد.', ['امروز=2019-02-17']]
	],
	'Persian look-alikes: a count of nights or days': [
		['fa', '2019-02-17', 'طی ۱۰ شب گذشته جاده مسدود بود.', []],
		['fa', '2019-02-17', 'در ۳ روز گذشته باران بارید.', []]
	],
	'Arabic: after «الساعة» the hour is no count': [
		['ar', '2019-02-17', 'يبدأ الاجتماع الساعة 10 اليوم في القاهرة', ['اليوم=2019-02-17']]
	],
	'Arabic look-alikes: a count of days': [['ar', '2019-02-17', 'خلال 3 أيام الماضية', []]],
	'English: the hour says itself a time': [
		['en', '2019-02-17', 'The road was closed at 10 p.m. last night.', ['last night=2019-02-16']]
	],
	'English look-alikes: a count of nights': [['en', '2019-02-17', 'It rained for 10 nights.', []]]
};

describeRows('An hour after a word of the clock counts nothing', rows);
