import { describeRows, type Row } from './rows';

/**
 * A day told as an ordinal with the word "day" is that day of the month named after it: Arabic and
 * Persian put the word first («اليوم الثامن من ذي الحجة», «روز هشتم ذی‌الحجه»), English after the
 * ordinal ("the eighth day of Dhul-Hijjah 1445 AH"; dates/parse.ts `parseNamedDate`). English writes
 * the lunar months with a hyphen too ("Dhul-Hijjah", "Dhul-Qadah"; lexicon/months-hijri.ts). Each
 * row: [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const rows: Record<string, Row[]> = {
	'An ordinal day and the word "day" before a month': [
		[
			'en',
			'2024-06-20',
			'Pilgrims began arriving in Mina on the eighth day of Dhul-Hijjah 1445 AH, to spend the day there.',
			['eighth day of Dhul-Hijjah 1445 AH=2024-06-14']
		],
		[
			'en',
			'2024-03-01',
			'The talks ended on the tenth day of March 2023.',
			['tenth day of March 2023=2023-03-10']
		],
		['en', '2024-06-20', 'The rites begin on 8 Dhul-Hijjah 1445 AH.', ['8 Dhul-Hijjah 1445 AH=2024-06-14']],
		[
			'ar',
			'2024-06-20',
			'وصل الحجاج إلى منى في اليوم الثامن من ذي الحجة 1445 هـ',
			['اليوم الثامن من ذي الحجة 1445 هـ=2024-06-14']
		],
		['fa', '2024-06-20', 'حجاج روز هشتم ذی الحجه ۱۴۴۵ به منی رسیدند', ['روز هشتم ذی الحجه ۱۴۴۵=2024-06-14']]
	],
	'Look-alikes: the day of something that is no month': [
		['en', '2024-03-01', 'Workers marked the tenth day of the strike.', []],
		['ar', '2024-03-01', 'دخل الإضراب يومه العاشر من الاحتجاج', []],
		['fa', '2024-03-01', 'روز دهم اعتصاب کارگران فرا رسید', []]
	]
};

describeRows('An ordinal day with the word "day" before a month', rows);

describeRows('an ordinal day before "and" and an ordinal day of a month shares its month', {
	'«چهاردهم و پانزدهم جوزا», «الخامس والسادس من يناير»': [
		[
			'fa',
			'2021-04-04',
			'امتحان کانکور در چهاردهم و پانزدهم جوزا برگزار میشود',
			['چهاردهم=2021-06-04', 'پانزدهم جوزا=2021-06-05']
		],
		[
			'ar',
			'2024-05-15',
			'في الخامس والسادس من يناير 2024',
			['الخامس=2024-01-05', 'السادس من يناير 2024=2024-01-06']
		]
	],
	'look-alikes: an ordinal not before "and", a later ordinal before it': [
		['fa', '2021-04-04', 'برای بار چهاردهم پانزدهم جوزا برگزار شد', ['پانزدهم جوزا=2020-06-04']],
		['ar', '2024-05-15', 'في السابع والسادس من يناير 2024', ['السادس من يناير 2024=2024-01-06']]
	]
});
