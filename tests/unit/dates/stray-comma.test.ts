import { describeRows, type Row } from './rows';

/**
 * A comma between a day in figures and a month with its year («الأحد 20 ,ربيع الاول 1425»), after a
 * weekday or set off from the day and glued to the month as right-to-left copy leaves it, does not part
 * the day from its month (dates/parse.ts `parseNamedDate`). A number after a noun that numbers things
 * («العدد», «شماره», "Vol.") and a comma after it is an issue's number, not a day.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a stray comma between the day and its month': [
		['ar', '', 'الأحد 20 ,ربيع الاول 1425', ['الأحد 20 ,ربيع الاول 1425=2004-05-09']],
		['ar', '', 'صدر 20 ,ربيع الاول 1425', ['20 ,ربيع الاول 1425=2004-05-09']],
		['ar', '', 'الخميس 20، مايو 2004', ['الخميس 20، مايو 2004=2004-05-20']],
		['fa', '', 'یکشنبه ۲۰ ، اردیبهشت ۱۳۸۳', ['یکشنبه ۲۰ ، اردیبهشت ۱۳۸۳=2004-05-09']],
		['en', '', 'Sunday 9, May 2004', ['Sunday 9, May 2004=2004-05-09']]
	],
	'look-alikes: the number of an issue or volume': [
		['en', '', 'Vol. 12, May 2004', ['May 2004=2004-05-01/2004-05-31']],
		['ar', '', 'العدد 20، مايو 2004', ['مايو 2004=2004-05-01/2004-05-31']],
		['fa', '', 'شماره ۲۰ ،اردیبهشت ۱۳۸۳', ['اردیبهشت ۱۳۸۳=2004-04-20/2004-05-20']]
	]
};

describeRows('a stray comma between a day and its month', rows);
