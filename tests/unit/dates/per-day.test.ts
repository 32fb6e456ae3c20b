import { describeRows, type Row } from './rows';

/**
 * Arabic says "the day" and "today" alike (اليوم): after the «في» of a rate that follows an amount (a
 * figure or a counted noun, words.ts `rate` and `count`) it is "per day", no date (dates/find.ts
 * `perDay`). «اليوم» right after the amount, or after «في» with no amount before it, stays today.
 * Persian «در روز» and English "per day", "a day" are never a day.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a rate per day is no day': [
		[
			'ar',
			'2022-10-06',
			'بخفض الإنتاج بمقدار مليوني برميل في اليوم حتى نهاية العام 2023.',
			['نهاية العام 2023=2023-09-01/2023-12-31']
		],
		['ar', '2022-10-06', 'يستقبل المعبر 500 في اليوم', []],
		['ar', '2022-10-06', 'يزور المتحف ألف شخص في اليوم', []],
		['ar', '2022-10-06', 'ينتج الحقل 300 ألف برميل فى اليوم', []],
		['fa', '2022-10-06', 'تولید روزانه دو میلیون بشکه در روز است', []],
		['en', '2022-10-06', 'output of two million barrels per day, or 500 a day', []]
	],
	'look-alikes: today after an amount, or after «في» alone': [
		['ar', '2022-10-06', 'وصل 200 شخص اليوم إلى المعبر', ['اليوم=2022-10-06']],
		['ar', '2022-10-06', 'أعلن الوزير في اليوم عن خطة جديدة', ['اليوم=2022-10-06']],
		['fa', '2022-10-06', 'امروز ۲۰۰ نفر رسیدند', ['امروز=2022-10-06']],
		['en', '2022-10-06', 'Two hundred people arrived today', ['today=2022-10-06']]
	]
};

describeRows('«اليوم» of a rate', rows);
