import { describeRows, type Row } from './rows';

/**
 * A day of a month said without a year as an item of a schedule or a headline (a colon right after it,
 * a colon or semicolon right before it, a dash opening its line: dates/find.ts `listedDay`), in a
 * clause with no tense word at all, is the one to come when it falls within two months after the
 * reference (`SILENT_AHEAD`), not the one most of a year back. A past in its clause, a day further
 * ahead, a holiday, or a day in running text with no such mark keeps the latest such day on or before
 * the reference (DESIGN.md §3).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a day with no tense word within two months ahead is to come': [
		[
			'fa',
			'2019-12-03',
			'۲۲ دی تا ۱۱ بهمن: بررسی صلاحیت نامزدها توسط شورا',
			['۲۲ دی=2020-01-12', '۱۱ بهمن=2020-01-31']
		],
		['ar', '2020-05-01', 'وزير الصحة: 15 جوان موعد انطلاق الحملة', ['15 جوان=2020-06-15']],
		['en', '2018-02-14', '- March 20: launch of the satellite from the Cape', ['March 20=2018-03-20']]
	],
	'look-alikes: a past in the clause, a day further ahead': [
		['fa', '2019-12-03', '۲۲ دی بررسی صلاحیت‌ها انجام شد', ['۲۲ دی=2019-01-12']],
		['ar', '2020-05-01', 'انطلقت الحملة في 15 جوان', ['15 جوان=2019-06-15']],
		['en', '2018-02-14', 'The satellite launched on March 20.', ['March 20=2017-03-20']],
		['en', '2018-02-14', '- June 20: launch of the satellite from the Cape', ['June 20=2017-06-20']],
		['en', '2018-02-14', 'Launch of the satellite on March 20 from the Cape', ['March 20=2017-03-20']],
		['fa', '2019-12-03', 'جشن ۲۲ دی در تهران', ['۲۲ دی=2019-01-12']]
	]
};

describeRows('a day with no tense word in its clause', rows);
