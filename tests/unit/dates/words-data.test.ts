import { describeRows, type Row } from './rows';

/**
 * Spellings added as data: the Maghrebi word for summer («صائفة», «الصائفة»), the
 * current week called "the outgoing week" (as Persian «هفته جاری», Arabic «الأسبوع الجاري»), and Radio
 * Farda («رادیو فردا»), a station's name and no "tomorrow".
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'summer, this week': [
		['ar', '2015-09-05', 'محل منشور تفتيش منذ صائفة سنة 2014.', ['صائفة سنة 2014=2014-06-01/2014-08-31']],
		['ar', '2015-09-05', 'خلال الصائفة الماضية', ['الصائفة الماضية=2015-06-01/2015-08-31']],
		['fa', '2015-09-05', 'تابستان ۱۳۹۳', ['تابستان ۱۳۹۳=2014-06-22/2014-09-22']],
		[
			'en',
			'2025-07-26',
			'prices surged in Kabul during the outgoing week, market sources said.',
			['outgoing week=2025-07-21/2025-07-27']
		],
		['fa', '2025-07-26', 'قیمت‌ها در هفته جاری افزایش یافت.', ['هفته جاری=2025-07-26/2025-08-01']],
		['ar', '2025-07-26', 'ارتفعت الأسعار خلال الأسبوع الجاري.', ['الأسبوع الجاري=2025-07-26/2025-08-01']]
	],
	'look-alikes: a name, an adjective of a person': [
		['fa', '2011-11-04', 'رادیو فردا - ۱۳ آبان ۱۳۹۰', ['۱۳ آبان ۱۳۹۰=2011-11-04']],
		['ar', '2011-11-04', 'قالت إذاعة راديو فردا', []],
		['fa', '2011-11-04', 'فردا رادیو را روشن می‌کنیم', ['فردا=2011-11-05']],
		['en', '2025-07-26', 'the outgoing president said', []],
		['en', '2025-07-26', 'Radio Farda reported on Saturday.', ['Saturday=2025-07-26']]
	]
};

describeRows('spellings of the eleventh round', rows);
