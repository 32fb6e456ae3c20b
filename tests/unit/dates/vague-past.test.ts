import { describeRows, type Row } from './rows';

/**
 * «چند روز گذشته» is "the past few days", a stretch counted back, as «سه روز گذشته» is: not «روز
 * گذشته» (yesterday) after a word of a vague count (words.ts `vague`). A vague count elsewhere in the
 * clause leaves "yesterday" a day.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a vague count before "past day" is a stretch, no day': [
		['fa', '2022-06-07', 'تیم در چند روز گذشته ۶۹ تن را آموزش داده است', []],
		['fa', '2022-06-07', 'در چند شب گذشته باران بارید', []],
		['fa', '2022-06-07', 'طی چندین روز گذشته باران بارید', []],
		['ar', '2022-06-07', 'هطلت الأمطار خلال الأيام القليلة الماضية', []],
		['en', '2022-06-07', 'It rained over the past few days.', []]
	],
	'look-alikes: a vague count elsewhere leaves yesterday a day': [
		['fa', '2022-06-07', 'چند نفر روز گذشته کشته شدند', ['روز گذشته=2022-06-06']],
		['ar', '2022-06-07', 'قتل عدة أشخاص أمس', ['أمس=2022-06-06']],
		['en', '2022-06-07', 'Several people died yesterday.', ['yesterday=2022-06-06']]
	]
};

describeRows('a vague count before a past day', rows);
