import { describeRows, type Row } from './rows';

/**
 * «آب» is August only in Levantine and Iraqi Arabic; in Persian and Dari it is water, whatever word
 * follows it («با آب این بند», «آب این رودخانه»), DESIGN.md §3 (lexicon/months-gregorian.ts `آب*@ar`).
 * English has no such word. Each row: [lang, ref, text, exactly the mentions found, as "span=day" or
 * "span=first/last"].
 */

const REF = '2021-03-22';

const rows: Record<string, Row[]> = {
	'Arabic: «آب» with a day, "last" or a year is August': [
		['ar', REF, 'وقع الانفجار في 4 آب الماضي', ['4 آب الماضي=2020-08-04']],
		['ar', REF, 'في آب 2020', ['آب 2020=2020-08-01/2020-08-31']]
	],
	'Arabic look-alike: water without a day or year': [['ar', REF, 'انقطع آب عن المنطقة', []]],
	'Persian and Dari: «آب» is water, even before «این»': [
		['fa', REF, 'با آب این بند ده ها هزار هکتار زمین آبیاری خواهد شد', []],
		['fa', REF, 'آب این رودخانه شور است', []],
		['fa', REF, 'در ۴ اوت ۲۰۲۰ بندر بیروت منفجر شد', ['۴ اوت ۲۰۲۰=2020-08-04']]
	]
};

describeRows('«آب» is August in Arabic only', rows);
