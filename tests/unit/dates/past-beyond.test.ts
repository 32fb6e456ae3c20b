import { describeRows, type Row } from './rows';

/**
 * English "past" before a date is "beyond" ("will not be extended past July 15"), and "last" only after
 * "this" or "the" ("this past Monday"; lexicon/words.ts `beyond`, dates/parse.ts `relBefore`). A "due
 * date" tells no tense (lexicon/tense.ts `neutral`): "taxes with a due date on or after March 19" said
 * on 20 March is the 19th just past, while "due" alone still looks forward ("is due March 25"). Arabic
 * and Persian say "last" after the date and "beyond" with a word of their own («ما بعد», «پس از»).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'"past" before a date: beyond it': [
		['en', '2020-06-30', 'The deadline will not be extended past July 15.', ['July 15=2020-07-15']],
		['en', '2020-06-30', 'It is past March 1 already.', ['March 1=2020-03-01']],
		['ar', '2020-06-30', 'لن يتم تمديد الموعد النهائي إلى ما بعد 15 يوليو', ['15 يوليو=2020-07-15']],
		['fa', '2020-06-30', 'مهلت پس از ۲۵ تیر تمدید نخواهد شد', ['۲۵ تیر=2020-07-15']]
	],
	'look-alikes: "this past", "the past" are the last one': [
		['en', '2020-06-30', 'He left this past Monday.', ['past Monday=2020-06-29']],
		['en', '2020-06-30', 'Prices rose in the past week.', ['past week=2020-06-22/2020-06-28']],
		['ar', '2020-06-30', 'غادر الأحد الماضي', ['الأحد الماضي=2020-06-28']],
		['fa', '2020-06-30', 'دوشنبه گذشته رفت', ['دوشنبه گذشته=2020-06-29']]
	],
	'a due date tells no tense; "due" alone looks forward': [
		[
			'en',
			'2020-03-20',
			'Iowa issued an order that extends deadlines for taxes with a due date on or after March 19.',
			['March 19=2020-03-19']
		],
		['en', '2020-03-20', 'The payment is due March 25.', ['March 25=2020-03-25']],
		['ar', '2020-06-30', 'مع موعد استحقاق في 19 يونيو', ['19 يونيو=2020-06-19']],
		['fa', '2020-06-30', 'با سررسید ۲۹ خرداد', ['۲۹ خرداد=2020-06-18']]
	]
};

describeRows('"past" before a date is beyond it, and a due date tells no tense', rows);
