import { describeRows, type Row } from './rows';

/**
 * A list of days in figures that share the month named after the last one ("21, 23 and 25 June",
 * «21 و23 و25 يونيو», «۲۱، ۲۳ و ۲۵ خرداد»): each day is a mention of that month, in the tense of the
 * clause read from the list's first day. A number that is not smaller than the day after it, or that
 * is part of a bigger figure, ends the list. A verb of confirming after a comma ("…, the group has
 * confirmed") is a verb of saying: its tense is not the date's.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'each day of a list shares the month named last': [
		[
			'en',
			'2022-06-07',
			'Members will stage 24-hour walkouts on 21, 23 and 25 June, the Rail Delivery Group (RDG) has confirmed.',
			['21=2022-06-21', '23=2022-06-23', '25 June=2022-06-25']
		],
		[
			'en',
			'2022-06-07',
			'Walkouts were held on 1, 3 and 5 June.',
			['1=2022-06-01', '3=2022-06-03', '5 June=2022-06-05']
		],
		[
			'ar',
			'2022-06-07',
			'سينظم العمال إضرابات في 21 و23 و25 يونيو',
			['21=2022-06-21', '23=2022-06-23', '25 يونيو=2022-06-25']
		],
		[
			'fa',
			'2022-06-07',
			'کارگران در روزهای ۱۱، ۱۳ و ۱۵ خرداد اعتصاب کردند',
			['۱۱=2022-06-01', '۱۳=2022-06-03', '۱۵ خرداد=2022-06-05']
		]
	],
	'look-alikes: a number that is no smaller day, or part of a figure, ends the list': [
		['en', '2022-06-07', 'The votes were 30, 21 and 25 June.', ['21=2021-06-21', '25 June=2021-06-25']],
		['ar', '2022-06-07', 'بلغ العدد 1,200، 21 و25 مايو', ['21=2022-05-21', '25 مايو=2022-05-25']],
		['fa', '2022-06-07', 'رقم ۴۰، ۱۳ و ۱۵ خرداد', ['۱۳=2022-06-03', '۱۵ خرداد=2022-06-05']]
	],
	'a verb of confirming after a comma is no tense of the date': [
		[
			'en',
			'2022-06-07',
			'Members will stage walkouts on 23 and 25 June, the group has confirmed.',
			['23=2022-06-23', '25 June=2022-06-25']
		],
		['en', '2022-06-07', 'Members staged walkouts on 25 June.', ['25 June=2021-06-25']]
	]
};

describeRows('lists of days sharing a month', rows);
