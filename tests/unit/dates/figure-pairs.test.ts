import { describeRows, type Row } from './rows';

/**
 * A day and month in figures without a year, read only as an end of a range (dates/parse.ts
 * `parseDayMonthRange`): the other end may be a full date in figures («من تاريخ 10/22 ولغاية
 * 2017/11/5»), the word "date" may stand after "from" («من تاريخ», «از تاریخ»), and a pair reads month
 * first where no other reading is possible (10/22), and then so does the other end of its range («من
 * 10/22 إلى 11/5»). A pair alone stays a figure, and English is left alone (the pair does not say its
 * order).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a pair of figures as an end of a range': [
		[
			'ar',
			'2017-11-06',
			'من تاريخ 10/22ولغاية 2017/11/5، بلغ عدد الزائرين',
			['10/22=2017-10-22', '2017/11/5=2017-11-05']
		],
		['ar', '2017-11-06', 'من 10/22 إلى 11/5', ['10/22=2017-10-22', '11/5=2017-11-05']],
		['ar', '2017-11-06', 'من تاريخ 24/7 إلى 4/8', ['24/7=2017-07-24', '4/8=2017-08-04']],
		['fa', '2017-11-06', 'از تاریخ ۲۴/۷ تا ۴/۸', ['۲۴/۷=2017-10-16', '۴/۸=2017-10-26']]
	],
	'look-alikes: a pair alone, English': [
		['ar', '2017-11-06', 'النتيجة 10/22', []],
		['fa', '2017-11-06', 'نتیجه ۲۴/۷', []],
		['en', '2017-11-06', 'from 10/22 to 11/5', []]
	]
};

describeRows('a day and month in figures as an end of a range', rows);
