import { describeRows, type Row } from './rows';

/**
 * Tense: which way a day, month or range said without
 * a year looks from the reference. Each rule in Arabic, Persian and English where it occurs, with the
 * look-alikes that must keep the latest such day on or before the reference.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a decision of what is to be looks forward («مقرر شد», «قرار شد», «من المقرر»)': [
		['fa', '2025-09-30', 'مقرر شد فصل صید میگو از دهم مهرماه آغاز شود.', ['دهم مهرماه=2025-10-02']],
		['fa', '2025-09-30', 'قرار شد جلسه روز شنبه برگزار شود.', ['روز شنبه=2025-10-04']],
		['en', '2025-09-30', 'The two sides are scheduled to meet on Monday.', ['Monday=2025-10-06']],
		['ar', '2025-09-30', 'من المقرر أن يبدأ موسم الصيد في العاشر من أكتوبر.', ['العاشر من أكتوبر=2025-10-10']]
	],
	'look-alikes: what happened stays back': [
		['fa', '2025-09-30', 'فصل صید میگو از دهم مهرماه آغاز شد.', ['دهم مهرماه=2024-10-01']],
		['ar', '2025-09-30', 'بدأ موسم الصيد في العاشر من أكتوبر.', ['العاشر من أكتوبر=2024-10-10']],
		['en', '2025-09-30', 'The two sides met on Monday.', ['Monday=2025-09-29']],
		// the day of agreeing, not of what was agreed
		['en', '2013-03-22', 'Roth on Thursday agreed to plead guilty.', ['Thursday=2013-03-21']]
	],
	'"\'ll" typeset with a curly apostrophe is the future': [
		[
			'en',
			'2013-12-27',
			'Trebesch estimates it’ll hit its quota in February.',
			['February=2014-02-01/2014-02-28']
		],
		[
			'en',
			'2013-12-27',
			"Trebesch estimates it'll hit its quota in February.",
			['February=2014-02-01/2014-02-28']
		],
		[
			'en',
			'2013-12-27',
			'Trebesch estimated it hit its quota in February.',
			['February=2013-02-01/2013-02-28']
		]
	],
	'"previously" makes a date past inside a future sentence («پیشتر», «سبق أن»)': [
		[
			'fa',
			'2020-07-20',
			'این دیدار انجام خواهد شد که ظریف پیشتر در تاریخ بیست‌وهفتم خرداد به مسکو سفر کرده بود.',
			['بیست‌وهفتم خرداد=2020-06-16']
		],
		['ar', '2020-07-20', 'ومن المقرر أن يزور موسكو، وقد سبق أن زارها في 16 يونيو.', ['16 يونيو=2020-06-16']],
		[
			'en',
			'2020-07-20',
			'He will visit Moscow, having previously met Lavrov on June 16.',
			['June 16=2020-06-16']
		]
	],
	'look-alikes: with no such word the future holds': [
		[
			'fa',
			'2020-07-20',
			'این دیدار انجام خواهد شد که ظریف در تاریخ بیست‌وهفتم تیر به مسکو سفر می‌کند.',
			['بیست‌وهفتم تیر=2021-07-18']
		],
		['ar', '2020-07-20', 'ومن المقرر أن يزور موسكو في 16 يونيو.', ['16 يونيو=2021-06-16']],
		['en', '2020-07-20', 'He will visit Moscow on June 16.', ['June 16=2021-06-16']]
	],
	'a range of days with no year starting a few days ahead is the one to come, after an announcement': [
		[
			'fa',
			'2024-02-29',
			'کمیته امداد از برپایی جشن نیکوکاری از ۱۴ تا ۲۲ اسفند خبر داد.',
			['۱۴=2024-03-04', '۲۲ اسفند=2024-03-12']
		],
		[
			'ar',
			'2024-02-29',
			'أعلنت اللجنة عن إقامة المهرجان من 4 إلى 12 مارس.',
			['4=2024-03-04', '12 مارس=2024-03-12']
		],
		[
			'en',
			'2024-02-29',
			'The committee announced the festival from March 4 to 12.',
			['March 4=2024-03-04', '12=2024-03-12']
		],
		[
			'fa',
			'2024-03-15',
			'از ۲۸ اسفند تا ۵ فروردین تعطیل اعلام شد.',
			['۲۸ اسفند=2024-03-18', '۵ فروردین=2024-03-24']
		]
	],
	'look-alikes: a range that happened, or one far ahead, stays back': [
		[
			'fa',
			'2024-02-29',
			'جشن نیکوکاری از ۱۴ تا ۲۲ اسفند برگزار شد.',
			['۱۴=2023-03-05', '۲۲ اسفند=2023-03-13']
		],
		['ar', '2024-02-29', 'أقيم المهرجان من 4 إلى 12 مارس.', ['4=2023-03-04', '12 مارس=2023-03-12']],
		[
			'en',
			'2024-02-29',
			'The festival was held from March 4 to 12.',
			['March 4=2023-03-04', '12=2023-03-12']
		],
		['fa', '2024-02-29', 'برداشت از ۱۴ تا ۲۲ فروردین انجام شد.', ['۱۴=2023-04-03', '۲۲ فروردین=2023-04-11']]
	],
	'a month after "until" that begins within two months is the one to come': [
		['fa', '2025-10-04', 'صید میگو تا اواخر آبان ادامه دارد.', ['اواخر آبان=2025-11-12/2025-11-21']],
		['ar', '2025-10-04', 'يستمر موسم الصيد حتى أواخر نوفمبر.', ['أواخر نوفمبر=2025-11-21/2025-11-30']],
		['en', '2025-10-04', 'The harvest goes on until November.', ['November=2025-11-01/2025-11-30']]
	],
	'look-alikes: a past of what went on, or a month far ahead': [
		['fa', '2025-10-04', 'صید میگو تا اواخر آبان ادامه یافت.', ['اواخر آبان=2024-11-11/2024-11-20']],
		['fa', '2025-10-04', 'صید میگو تا اواخر تیر ادامه دارد.', ['اواخر تیر=2025-07-12/2025-07-22']],
		['ar', '2025-10-04', 'استمر موسم الصيد حتى أواخر نوفمبر.', ['أواخر نوفمبر=2024-11-21/2024-11-30']],
		[
			'en',
			'2025-10-04',
			'The shrimp season lasted until late November.',
			['late November=2024-11-21/2024-11-30']
		],
		['en', '2025-10-04', 'The harvest goes on until March.', ['March=2025-03-01/2025-03-31']]
	],
	'a colon after a word opens what was said: the saying is not the tense of a date after it': [
		[
			'fa',
			'2025-09-08',
			'وی ادامه داد: این برداشت تا اواخر مهر ماه ادامه دارد.',
			['اواخر مهر ماه=2025-10-13/2025-10-22']
		],
		['ar', '2025-09-08', 'وأضاف: يستمر الحصاد حتى أواخر أكتوبر.', ['أواخر أكتوبر=2025-10-21/2025-10-31']],
		[
			'en',
			'2025-09-08',
			'He added: the harvest goes on until late October.',
			['late October=2025-10-21/2025-10-31']
		]
	],
	'look-alikes: a past said after the colon, a clock': [
		['fa', '2025-09-08', 'وی گفت: برداشت در اواخر مرداد پایان یافت.', ['اواخر مرداد=2025-08-12/2025-08-22']],
		['en', '2025-09-08', 'He said: the harvest ended in late August.', ['late August=2025-08-21/2025-08-31']],
		['en', '2025-09-08', 'The meeting ended at 10:30 on Monday.', ['Monday=2025-09-08']]
	]
};

describeRows('the twelfth round: tense', rows);
