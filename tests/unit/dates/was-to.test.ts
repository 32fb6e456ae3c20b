import { describeRows, type Row } from './rows';

/**
 * What was to be ("was to conclude", «قرار بود», «كان من المقرر»; lexicon/tense.ts `near`): the plan lay
 * ahead of a telling that is past, so a day without a year is the nearer of the last such day and the
 * next — tomorrow when said the day before, the March just past when said in June — where "is to",
 * «قرار است», «من المقرر» look forward and a bare past looks back. "No sooner than" looks forward as "no
 * earlier than" does, and a verb of saying after a comma and the closing quote of what was said is not
 * the tense of a date inside the quote (dates/tense.ts `saidAfterComma`).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'what was to be is the nearer day': [
		[
			'en',
			'2022-04-07',
			'According to the original schedule, the session was to conclude on April 8.',
			['April 8=2022-04-08']
		],
		[
			'en',
			'2022-06-07',
			'The meeting was to take place on March 3, but it was cancelled.',
			['March 3=2022-03-03']
		],
		['fa', '2022-04-07', 'قرار بود جلسه ۲۰ فروردین برگزار شود', ['۲۰ فروردین=2022-04-09']],
		['fa', '2022-06-07', 'قرار بود جلسه ۲۰ فروردین برگزار شود اما لغو شد', ['۲۰ فروردین=2022-04-09']],
		['ar', '2022-04-07', 'وكان من المقرر انطلاق البطولة في 8 أبريل', ['8 أبريل=2022-04-08']],
		['ar', '2022-06-07', 'وكان من المقرر انطلاق البطولة في 3 مارس', ['3 مارس=2022-03-03']]
	],
	'look-alikes: what is to be looks forward, a past looks back': [
		['en', '2022-04-07', 'The session is to conclude on March 8.', ['March 8=2023-03-08']],
		['en', '2022-04-07', 'The session concluded on April 8.', ['April 8=2021-04-08']],
		['fa', '2022-04-07', 'قرار است جلسه ۱۰ فروردین برگزار شود', ['۱۰ فروردین=2023-03-30']],
		['ar', '2022-04-07', 'ومن المقرر انطلاق البطولة في 8 مارس', ['8 مارس=2023-03-08']]
	],
	'no sooner than, and a saying after the quote': [
		['en', '2008-06-25', 'Launch is no sooner than late July.', ['late July=2008-07-21/2008-07-31']],
		[
			'en',
			'2008-06-25',
			'"The launch is no sooner than late July to early August," said the company.',
			['late July=2008-07-21/2008-07-31', 'early August=2008-08-01/2008-08-10']
		],
		['en', '2008-06-25', '"We met on June 3," said the minister.', ['June 3=2008-06-03']],
		['ar', '2022-03-01', '«ستعقد القمة في 3 مارس»، قال الوزير', ['3 مارس=2022-03-03']]
	]
};

describeRows('what was to be', rows);
