import { describeRows, type Row } from './rows';

/**
 * An Arabic weekday named by what it is in a sentence with no verb, "first/last day(s) of" right after
 * it or after its closing quote («"الجمعة" أول أيام العيد», «الثلاثاء آخر أيام رمضان», a headline), is
 * the nearer of the last such day and the next, as with a present copula (dates/tense.ts `namesDay`,
 * lexicon/words.ts `nominal first`, `nominal day`). Not after a past verb before it («وصل الوفد يوم
 * الجمعة أول أيام العيد»), and not in Persian, whose verb comes last («او روز جمعه اولین روز کاری را
 * آغاز کرد»), nor English ("is" is left alone there).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a weekday named "the first day of": the nearer one': [
		['ar', '2018-06-14', 'بإجماع.. فلكيون: "الجمعة" أول أيام العيد', ['الجمعة=2018-06-15']],
		['ar', '2018-06-14', 'الجمعة أول أيام العيد', ['الجمعة=2018-06-15']],
		['ar', '2018-06-14', 'الثلاثاء آخر أيام رمضان', ['الثلاثاء=2018-06-12']]
	],
	'look-alikes: a past verb before it, Persian, English': [
		['ar', '2018-06-14', 'وصل الوفد يوم الجمعة أول أيام العيد', ['يوم الجمعة=2018-06-08']],
		['fa', '2018-06-14', 'او روز جمعه اولین روز کاری را آغاز کرد', ['روز جمعه=2018-06-08']],
		['en', '2018-06-14', 'He arrived Friday, the first day of the holiday.', ['Friday=2018-06-08']]
	]
};

describeRows('an Arabic weekday named "the first day of" in a sentence with no verb', rows);
