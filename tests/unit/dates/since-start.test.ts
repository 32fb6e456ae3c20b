import { describeRows, type Row } from './rows';

/**
 * "Since the start of this year" counts a span that runs up to now: the unit is the date the text
 * gives, not its first third (the eighteenth set's annotators, and every earlier set that accepts
 * both, take the whole year). "From the start of" counts so only with a word of "now" after it;
 * without one, and without "since", the start stays the unit's first third.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'since the start of a unit: the whole unit': [
		[
			'ar',
			'2025-09-22',
			'ارتفعت الوفيات منذ بداية هذا العام إلى 179',
			['بداية هذا العام=2025-01-01/2025-12-31']
		],
		['ar', '2024-05-10', 'سجلت 52 وفاة منذ مطلع العام الجاري', ['مطلع العام الجاري=2024-01-01/2024-12-31']],
		[
			'ar',
			'2024-05-10',
			'سجلت 52 وفاة من بداية العام الجاري وحتى الآن',
			['بداية العام الجاري=2024-01-01/2024-12-31']
		],
		[
			'fa',
			'2025-07-01',
			'از ابتدای سال ۲۰۲۵ تاکنون ۱۶ نفر جان باختند',
			['ابتدای سال ۲۰۲۵=2025-01-01/2025-12-31']
		],
		[
			'fa',
			'2023-06-27',
			'از آغاز سال جاری تا کنون 35 مورد ثبت شده است',
			['آغاز سال جاری=2023-03-21/2024-03-19']
		],
		[
			'en',
			'2025-09-22',
			'Deaths since the start of the year rose to 179.',
			['start of the year=2025-01-01/2025-12-31']
		],
		[
			'en',
			'2025-09-22',
			'Deaths since the beginning of 2025 rose to 179.',
			['beginning of 2025=2025-01-01/2025-12-31']
		]
	],
	'look-alikes: the start itself stays the first third': [
		['ar', '2025-09-22', 'تبدأ الخطة في بداية العام المقبل', ['بداية العام المقبل=2026-01-01/2026-04-30']],
		[
			'ar',
			'2025-09-22',
			'رفعت الحكومة الأسعار مطلع العام الجاري',
			['مطلع العام الجاري=2025-01-01/2025-04-30']
		],
		[
			'fa',
			'2025-07-01',
			'از ابتدای سال آینده قیمت‌ها افزایش می‌یابد',
			['ابتدای سال آینده=2026-03-21/2026-07-22']
		],
		['fa', '2025-07-01', 'در آغاز سال ۱۴۰۴ قیمت‌ها بالا رفت', ['آغاز سال ۱۴۰۴=2025-03-21/2025-07-22']],
		[
			'en',
			'2025-09-22',
			'Prices rose at the start of the year.',
			['start of the year=2025-01-01/2025-04-30']
		],
		['en', '2025-09-22', 'Since early 2025 prices rose.', ['early 2025=2025-01-01/2025-04-30']]
	]
};

describeRows('since the start of a unit', rows);
