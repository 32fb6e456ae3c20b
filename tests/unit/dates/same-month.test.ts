import { describeRows, type Row } from './rows';

/**
 * A day of "the same month" («22 من الشهر ذاته», «24 من نفس الشهر», «۲۴ همان ماه», "the 24th of the
 * same month", "of that month"; words.ts `same`) is that day of the month of the last day or month
 * told before it in its paragraph, in that month's calendar and year, not a day of the reference's
 * month. With no month told before it, it stays unresolved (null), never dropped.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a day of the month told before': [
		[
			'ar',
			'2025-07-17',
			'عرض في 20 جويلية، ثم عرض مسرحي في 22 من الشهر ذاته.',
			['20 جويلية=2025-07-20', '22 من الشهر ذاته=2025-07-22']
		],
		[
			'ar',
			'2025-08-29',
			'تبدأ الاختبارات يوم الاثنين 15 سبتمبر المقبل، وتستمر حتى الأربعاء 24 من الشهر ذاته.',
			['يوم الاثنين 15 سبتمبر المقبل=2025-09-15', 'الأربعاء 24 من الشهر ذاته=2025-09-24']
		],
		[
			'ar',
			'2025-08-28',
			'تنطلق في 16 أكتوبر وتستمر حتى 24 من نفس الشهر.',
			['16 أكتوبر=2025-10-16', '24 من نفس الشهر=2025-10-24']
		],
		[
			'ar',
			'2025-08-28',
			'افتتح المعرض في أكتوبر 2019 وأغلق في 24 من الشهر نفسه.',
			['أكتوبر 2019=2019-10-01/2019-10-31', '24 من الشهر نفسه=2019-10-24']
		],
		[
			'fa',
			'2025-08-28',
			'جشنواره از ۱۶ مهر آغاز می‌شود و تا ۲۴ همان ماه ادامه دارد.',
			['۱۶ مهر=2025-10-08', '۲۴ همان ماه=2025-10-16']
		],
		[
			'fa',
			'2025-08-28',
			'نمایشگاه در ۱۰ اسفند ۱۴۰۲ گشایش یافت و در بیستم همان ماه بسته شد.',
			['۱۰ اسفند ۱۴۰۲=2024-02-29', 'بیستم همان ماه=2024-03-10']
		],
		[
			'en',
			'2025-08-28',
			'The festival opens on October 16 and runs until the 24th of the same month.',
			['October 16=2025-10-16', '24th of the same month=2025-10-24']
		],
		[
			'en',
			'2025-08-28',
			'It opened on October 16, 2019 and closed on the 24th of that month.',
			['October 16, 2019=2019-10-16', '24th of that month=2019-10-24']
		]
	],
	'no month told before it in its paragraph: unresolved, kept': [
		['ar', '2025-08-28', 'وصل الوفد في 24 من الشهر ذاته.', ['24 من الشهر ذاته=null']],
		[
			'ar',
			'2025-08-28',
			'في 20 يوليو.\n\nوفي 24 من الشهر ذاته وصل الوفد.',
			['20 يوليو=2025-07-20', '24 من الشهر ذاته=null']
		],
		['en', '2025-08-28', 'The 24th of the same month', ['24th of the same month=null']]
	],
	'look-alikes: a count of months, "the same" of another noun': [
		['ar', '2025-08-28', 'سجن 24 شهرا في الشهر ذاته.', []],
		['fa', '2025-08-28', 'در ۲۴ ماه گذشته قیمت‌ها دو برابر شد.', []],
		['fa', '2025-08-28', 'در ۱۶ مهر، ۲۴ ماه زندان گرفت.', ['۱۶ مهر=2024-10-07']],
		['en', '2025-08-28', 'On October 16 he got 24 months in the same prison.', ['October 16=2024-10-16']]
	]
};

describeRows('a day of the same month', rows);
