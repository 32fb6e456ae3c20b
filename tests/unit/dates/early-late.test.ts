import { describeRows, type Row } from './rows';

/**
 * early / mid / late of a relative week, month or year ("early next week", "مطلع الأسبوع المقبل",
 * "اواخر ماه گذشته") take the same thirds as of a named one (DESIGN.md §3): days 1–10, 11–20 and
 * 21–end of a month, months 1–4, 5–8 and 9–12 of a year, and of a week its first two days, the
 * three in the middle and the last two, the week starting on Monday in English and on Saturday in
 * Arabic and Persian. Persian counts Solar Hijri months and years unless it says میلادی.
 */

const WED = '2024-05-15'; // a Wednesday; 26 Ordibehesht 1403

const rows: Record<string, Row[]> = {
	'English: early / mid / late of last, this and next week, month and year': [
		['en', WED, 'The minister visits Kabul early next week.', ['early next week=2024-05-20/2024-05-21']],
		['en', WED, 'Talks resume mid next week.', ['mid next week=2024-05-22/2024-05-24']],
		['en', WED, 'A ceasefire was agreed late last week.', ['late last week=2024-05-11/2024-05-12']],
		['en', WED, 'Prices rose late last month.', ['late last month=2024-04-21/2024-04-30']],
		['en', WED, 'in early next month', ['early next month=2024-06-01/2024-06-10']],
		['en', WED, 'The report is due early next year.', ['early next year=2025-01-01/2025-04-30']],
		['en', WED, 'by late next year', ['late next year=2025-09-01/2025-12-31']],
		['en', WED, 'at the end of next month', ['end of next month=2024-06-21/2024-06-30']],
		['en', WED, 'at the start of next month', ['start of next month=2024-06-01/2024-06-10']],
		['en', WED, 'from the start of next year', ['start of next year=2025-01-01/2025-04-30']]
	],
	'Arabic: مطلع / أوائل / منتصف / أواخر of a relative week, month and year': [
		['ar', WED, 'يزور الوزير كابول مطلع الأسبوع المقبل', ['مطلع الأسبوع المقبل=2024-05-18/2024-05-19']],
		['ar', WED, 'أوائل الأسبوع القادم', ['أوائل الأسبوع القادم=2024-05-18/2024-05-19']],
		['ar', WED, 'وتم الاتفاق أواخر الأسبوع الماضي', ['أواخر الأسبوع الماضي=2024-05-09/2024-05-10']],
		['ar', WED, 'وارتفعت الأسعار أواخر الشهر الماضي', ['أواخر الشهر الماضي=2024-04-21/2024-04-30']],
		['ar', WED, 'منتصف الشهر المقبل', ['منتصف الشهر المقبل=2024-06-11/2024-06-20']],
		['ar', WED, 'يصدر التقرير أوائل العام المقبل', ['أوائل العام المقبل=2025-01-01/2025-04-30']],
		['ar', WED, 'أواخر العام الماضي', ['أواخر العام الماضي=2023-09-01/2023-12-31']]
	],
	'Persian and Dari: اوایل / اواسط / اواخر of a relative week, month and year, in Solar Hijri': [
		['fa', WED, 'وزیر اوایل هفته آینده به کابل می‌رود', ['اوایل هفته آینده=2024-05-18/2024-05-19']],
		['fa', WED, 'اواخر هفته‌ی گذشته', ['اواخر هفته‌ی گذشته=2024-05-09/2024-05-10']],
		// Farvardin 1403 is 20 March – 19 April 2024: its last third is 21–31 Farvardin
		['fa', WED, 'قیمت سوخت اواخر ماه گذشته افزایش یافت', ['اواخر ماه گذشته=2024-04-09/2024-04-19']],
		['fa', WED, 'آخر ماه گذشته', ['آخر ماه گذشته=2024-04-09/2024-04-19']],
		['fa', WED, 'اواخر ماه گذشته میلادی', ['اواخر ماه گذشته میلادی=2024-04-21/2024-04-30']],
		// Khordad 1403 begins on 21 May 2024
		['fa', WED, 'اواسط ماه آینده', ['اواسط ماه آینده=2024-05-31/2024-06-09']],
		// 1404 begins on 21 March 2025; Farvardin–Tir end on 22 July
		['fa', WED, 'اوایل سال آینده', ['اوایل سال آینده=2025-03-21/2025-07-22']],
		['fa', WED, 'اواخر ماه روان', ['اواخر ماه روان=2024-05-10/2024-05-20']]
	],
	'without a publication date they stay unresolved': [
		['en', '', 'early next week', ['early next week=null']],
		['ar', '', 'أواخر الشهر الماضي', ['أواخر الشهر الماضي=null']],
		['fa', '', 'اوایل هفته آینده', ['اوایل هفته آینده=null']]
	],
	'look-alikes: "late" and "start" that are no time, Arabic آخر ("last", "latest")': [
		['en', WED, 'The late president was buried in his home town.', []],
		['en', WED, 'He arrived late last night.', ['last night=2024-05-14']],
		['en', WED, 'Talks will start next week.', ['next week=2024-05-20/2024-05-26']],
		['ar', WED, 'آخر تحديث: 12 مارس 2024', ['12 مارس 2024=2024-03-12']],
		['ar', WED, 'خلال آخر أسبوع', []],
		['fa', WED, 'آخر هفته به شمال رفتیم', ['آخر هفته=2024-05-09/2024-05-10']]
	]
};

describeRows('early, mid and late of a relative week, month or year', rows);

describeRows(
	'a third of a month said with «دهه» and an ordinal, or "the last ten days of", is its ten days',
	{
		'«دهه اول / نخست / دوم / سوم / آخر / پایانی» before a month': [
			['fa', WED, 'در دهه نخست محرم', ['دهه نخست محرم=2023-07-19/2023-07-28']],
			['fa', WED, 'دهه اول ماه محرم', ['دهه اول ماه محرم=2023-07-19/2023-07-28']],
			['fa', WED, 'دهه دوم اردیبهشت', ['دهه دوم اردیبهشت=2024-04-30/2024-05-09']],
			['fa', WED, 'دهه سوم خرداد ۱۴۰۳', ['دهه سوم خرداد ۱۴۰۳=2024-06-10/2024-06-20']],
			['fa', WED, 'دهه آخر صفر', ['دهه آخر صفر=2023-09-06/2023-09-15']],
			['fa', WED, 'دهه پایانی اسفند', ['دهه پایانی اسفند=2024-03-11/2024-03-19']],
			// as Arabic says it with «العشر», and English with "the first/last ten days of"
			['ar', WED, 'العشر الأواخر من رمضان', ['العشر الأواخر من رمضان=2024-03-31/2024-04-09']],
			['en', WED, 'in the last ten days of Ramadan', ['last ten days of Ramadan=2024-03-31/2024-04-09']],
			['en', WED, 'the first ten days of Muharram', ['first ten days of Muharram=2023-07-19/2023-07-28']]
		],
		'look-alikes: a decade of a century or of an era, an ordinal day without «دهه»': [
			['fa', WED, 'دهه اول قرن بیستم', ['دهه اول قرن بیستم=1900-01-01/1909-12-31']],
			['fa', WED, 'در دهه اول انقلاب', []],
			['fa', WED, 'اول محرم', ['اول محرم=2023-07-19']],
			['en', WED, 'in the last ten days, prices rose', []]
		]
	}
);
