import { describeRows, type Row } from './rows';

/**
 * A weekday in brackets right after today, tomorrow or yesterday restates that day when it falls on
 * it («فردا (دوشنبه)», "tomorrow (Monday)", «غدا (الاثنين)»): read alone it would be the latest such
 * weekday, a week back (dates/find.ts `restated`). A weekday that does not fall on the day named is
 * left as it is. Each row: [lang, ref, text, exactly the mentions found, as "span=day" or
 * "span=first/last"].
 */

const REF = '2025-09-28'; // a Sunday; 6 Mehr 1404

const rows: Record<string, Row[]> = {
	'Persian: «فردا (دوشنبه)» is tomorrow': [
		[
			'fa',
			REF,
			'موزه پس از بیش از سه ماه تعطیلی، فردا (دوشنبه) بازگشایی میشود.',
			['فردا=2025-09-29', 'دوشنبه=2025-09-29']
		]
	],
	'Persian look-alike: a weekday that is not tomorrow keeps its own value': [
		['fa', REF, 'موزه پس از تعطیلی، فردا (جمعه) بازگشایی میشود.', ['فردا=2025-09-29', 'جمعه=2025-09-26']]
	],
	'Arabic: «غدا (الاثنين)» is tomorrow': [
		['ar', REF, 'يعاد افتتاح المتحف غدا (الاثنين) أمام الزوار', ['غدا=2025-09-29', 'الاثنين=2025-09-29']]
	],
	'Arabic look-alike: a weekday that is not tomorrow': [
		['ar', REF, 'يعاد افتتاح المتحف غدا (الجمعة) أمام الزوار', ['غدا=2025-09-29', 'الجمعة=2025-09-26']]
	],
	'English: "tomorrow (Monday)" is tomorrow': [
		[
			'en',
			REF,
			'The museum reopens tomorrow (Monday) after three months.',
			['tomorrow=2025-09-29', 'Monday=2025-09-29']
		]
	],
	'English look-alike: a weekday that is not tomorrow': [
		[
			'en',
			REF,
			'The museum reopens tomorrow (Friday) to visitors.',
			['tomorrow=2025-09-29', 'Friday=2025-09-26']
		]
	]
};

describeRows('A weekday in brackets after a relative day restates it', rows);
