import { describeRows, type Row } from './rows';

/**
 * «اليوم المتمم», «اليوم المكمل»: the day that completes a lunar month to thirty days when no crescent
 * is sighted, a name in moon-sighting news, not "today" (lexicon/words.ts `block`). «اليوم» before a
 * weekday is still today, and Persian and English say "today" with words of their own.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the completing day: no date': [
		['ar', '2018-06-14', 'بينما سيكون اليوم المتمّم عند الدول التي لا تعتمد على الرؤية شرطاً', []],
		['ar', '2018-06-14', 'ويعد اليوم المكمل للشهر يوم عيد', []]
	],
	'look-alikes: today with a weekday, today in Persian and English': [
		['ar', '2018-06-14', 'وسيكون اليوم الخميس هو يوم التحري', ['اليوم الخميس=2018-06-14']],
		['fa', '2018-06-14', 'امروز روز متمم ماه رمضان است', ['امروز=2018-06-14']],
		['en', '2018-06-14', 'Today is the day that completes Ramadan.', ['Today=2018-06-14']]
	]
};

describeRows('«اليوم المتمم», the day that completes a month, is no "today"', rows);
