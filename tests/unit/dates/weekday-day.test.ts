import { describeRows, type Row } from './rows';

/**
 * A weekday and a day in figures with no month («يوم الخميس 17،», «روز پنجشنبه ۶،», "Thursday 21st,")
 * is that day of the month, near the reference (45 days), on which it falls on that weekday: the text
 * says both. The day must be closed (a mark, "and", the end); before a counted noun, a time or a list
 * of figures the number is no day and the weekday is read alone.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a weekday and its day of no month': [
		[
			'ar',
			'2014-07-14',
			'يعرض الفيلم يوم الخميس 17، والفيلم الجزائري يوم الجمعة 18، والفيلم السوري يوم السبت 19 من الشهر الجاري.',
			['يوم الخميس 17=2014-07-17', 'يوم الجمعة 18=2014-07-18', 'يوم السبت 19 من الشهر الجاري=2014-07-19']
		],
		['ar', '2025-08-28', 'يوم الخميس 17، في الموعد', ['يوم الخميس 17=2025-07-17']],
		['fa', '2025-08-28', 'نشست روز پنجشنبه ۶، در تهران برگزار شد.', ['روز پنجشنبه ۶=2025-08-28']],
		[
			'en',
			'2025-08-28',
			'The final is on Thursday 21st, and the replay on Friday 22.',
			['Thursday 21st=2025-08-21', 'Friday 22=2025-08-22']
		],
		['en', '2025-08-28', 'Talks resume Monday 1.', ['Monday 1=2025-09-01']]
	],
	'look-alikes: a count, a time, a list of figures after the weekday': [
		['ar', '2025-08-28', 'فاز الفريق الجمعة 3 مواجهات.', ['الجمعة=2025-08-22']],
		['ar', '2025-08-28', 'الجمعة 10:30 صباحا.', ['الجمعة=2025-08-22']],
		['fa', '2025-08-28', 'پنجشنبه ۱۷ نفر کشته شدند', ['پنجشنبه=2025-08-28']],
		['en', '2025-08-28', 'On Friday 3 people died.', ['Friday=2025-08-22']],
		['en', '2025-08-28', 'On Friday 3, 4 and 5 people died.', ['Friday=2025-08-22']]
	]
};

describeRows('a weekday and a day of no month', rows);
