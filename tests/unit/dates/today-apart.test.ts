import { describeRows, type Row } from './rows';

/**
 * "Today" that is no day. A one-word name with "today" opening a line before a colon is a site's or
 * paper's name giving the source of what follows («وطنا اليوم: كشفت المفوضية», «ایران امروز: …»,
 * "Egypt Today: …"; dates/find.ts `todayInName`); a weekday before it keeps it a day. Arabic
 * «على مدار اليوم», «مرتين في اليوم» are "around the clock" and "twice a day" (words.ts `block`).
 * Each row: [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const rows: Record<string, Row[]> = {
	'A name with "today" opening its line before a colon': [
		['ar', '2025-08-26', 'وطنا اليوم:كشفت المفوضية السامية عودة نحو 125 ألف لاجئ', []],
		['fa', '2025-08-26', 'ایران امروز: وزارت نیرو برنامه خاموشی را اعلام کرد', []],
		['en', '2025-08-26', 'Egypt Today: The ministry announced the schedule', []]
	],
	'Look-alikes: "today" with no name before it, a weekday before it, or a speaker before it': [
		['ar', '2025-08-26', 'اليوم: افتتاح المعرض', ['اليوم=2025-08-26']],
		['ar', '2025-08-26', 'الأحد اليوم: افتتاح المعرض', ['الأحد=2025-08-24', 'اليوم=2025-08-26']],
		['ar', '2025-08-26', 'قال الوزير اليوم: سنفتتح المعرض', ['اليوم=2025-08-26']],
		['fa', '2025-08-26', 'امروز: افتتاح نمایشگاه', ['امروز=2025-08-26']],
		['en', '2025-08-26', 'Today: the fair opens', ['Today=2025-08-26']]
	],
	'Arabic: around the clock, and so many times a day': [
		['ar', '2025-08-26', 'سيتم قطع التيار لمدة ساعتين عن كل منطقة، موزعة على مدار اليوم.', []],
		['ar', '2025-08-26', 'يتناول المريض الدواء مرتين في اليوم', []],
		['ar', '2025-08-26', 'يعمل ثماني ساعات في اليوم الواحد', []]
	],
	'Arabic look-alikes: today itself': [
		['ar', '2025-08-26', 'يفتتح المعرض اليوم على مدار ساعتين', ['اليوم=2025-08-26']],
		['ar', '2025-08-26', 'وصل الوفد اليوم مرتين إلى المطار', ['اليوم=2025-08-26']]
	]
};

describeRows('"Today" that is no day', rows);
