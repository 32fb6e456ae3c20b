import { describeRows, type Row } from './rows';

/**
 * A weekday said alone, in no past clause, after a day to come on that weekday told before it (within
 * a week of the reference) is that day, not the same weekday a week back (dates/find.ts
 * `sameWeekday`). A weekday in a past clause ("said on Sunday") keeps the latest such day. Each row:
 * [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const REF = '2014-06-05'; // a Thursday; 15 Khordad 1393

const rows: Record<string, Row[]> = {
	'Arabic: the weekday repeats the day to come': [
		[
			'ar',
			REF,
			'كان مقررا لها جلسة الأحد 8 يونيو ولكن بسبب قرار مجلس الوزراء أن يكون الأحد إجازة رسمية',
			['الأحد 8 يونيو=2014-06-08', 'الأحد=2014-06-08']
		]
	],
	'Arabic look-alike: a past clause keeps its own weekday': [
		[
			'ar',
			REF,
			'تعقد الجلسة الأحد 8 يونيو. وقال الوزير الأحد إن الموعد ثابت',
			['الأحد 8 يونيو=2014-06-08', 'الأحد=2014-06-01']
		]
	],
	'Persian: the weekday repeats the day to come': [
		[
			'fa',
			REF,
			'جلسه برای یکشنبه ۱۸ خرداد تعیین شده است اما یکشنبه تعطیل رسمی است',
			['یکشنبه ۱۸ خرداد=2014-06-08', 'یکشنبه=2014-06-08']
		]
	],
	'Persian look-alike: a past clause keeps its own weekday': [
		[
			'fa',
			REF,
			'جلسه برای یکشنبه ۱۸ خرداد تعیین شده است. وزیر یکشنبه گفت که آماده است',
			['یکشنبه ۱۸ خرداد=2014-06-08', 'یکشنبه=2014-06-01']
		]
	],
	'English: the weekday repeats the day to come': [
		[
			'en',
			REF,
			'The hearing set for Sunday, June 8, is off because Sunday is now a public holiday.',
			['Sunday, June 8=2014-06-08', 'Sunday=2014-06-08']
		]
	],
	'English look-alikes: a past clause, or a day to come more than a week away': [
		[
			'en',
			REF,
			'The hearing is set for Sunday, June 8. The court said Sunday that it was ready.',
			['Sunday, June 8=2014-06-08', 'Sunday=2014-06-01']
		],
		[
			'en',
			REF,
			'The hearing set for Sunday, June 15, is off because Sunday is a holiday.',
			['Sunday, June 15=2014-06-15', 'Sunday=2014-06-01']
		]
	]
};

describeRows('A weekday said alone after a day to come on it is that day', rows);
