import { describeRows, type Row } from './rows';

/**
 * A holiday with last/next/this: English says it before the holiday ("Last Christmas", "next
 * Christmas"), Arabic and Persian after it («عيد الأضحى الماضي», «نوروز گذشته»). "Last" is the one
 * strictly before the reference, "next" strictly after. After "the", "last" is "final", no date ("the
 * last Christmas market").
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'last or next holiday': [
		['en', '2018-12-05', 'Last Christmas Don visited his son.', ['Last Christmas=2017-12-25']],
		['en', '2018-12-05', 'He came home last Christmas.', ['last Christmas=2017-12-25']],
		['en', '2018-12-05', 'Next Christmas we will travel.', ['Next Christmas=2018-12-25']],
		['ar', '2018-12-05', 'في عيد الأضحى الماضي زار ابنه', ['عيد الأضحى الماضي=2018-08-21']],
		['fa', '2018-12-05', 'در نوروز گذشته به سفر رفتیم', ['نوروز گذشته=2018-03-21']]
	],
	'look-alikes: "the last" is the final one; a holiday as a noun': [
		['en', '2018-12-05', 'The last Christmas market closed.', []],
		['en', '2018-12-05', 'Christmas shopping rose.', []],
		['ar', '2018-12-05', 'أقيمت صلاة عيد الأضحى', []],
		['fa', '2018-12-05', 'تعطیلات نوروز طولانی است', []]
	]
};

describeRows('a holiday with last or next', rows);
