import { describeRows, type Row } from './rows';

/**
 * Weekdays of a weekly schedule (dates/find.ts `exceptedWeekdaysEnd`, lexicon/words.ts `except`,
 * `habit days`): bare weekdays after the plural "days" are every such day, also where they are quoted
 * after it («وتشمل أيام «الجمعة والسبت والأحد»»), and bare weekdays after "except" are left out of the
 * schedule, also after the glued spelling «ماعدا». A quoted weekday after any other word, and a weekday
 * with its date after "except", are still days.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'quoted weekdays after the plural "days": every such day': [
		['ar', '2022-01-10', 'وتشمل الإجازة أيام «الجمعة والسبت والأحد».', []],
		['ar', '2022-01-10', 'وتشمل الإجازة أيام "الجمعة والسبت".', []],
		['fa', '2022-01-10', 'روزهای «شنبه و یکشنبه» تعطیل است', []]
	],
	'weekdays after «ماعدا»: out of a weekly schedule': [
		['ar', '2026-01-21', 'يستقبل زواره من الساعة 10 صباحا إلى 8 مساءً ماعدا الخميس والجمعة حتى 9 مساءً.', []],
		['ar', '2026-01-21', 'يستقبل زواره ما عدا الخميس', []],
		['fa', '2026-01-21', 'نمایشگاه هر روز به جز جمعه باز است', []],
		['en', '2026-01-21', 'The fair is open daily except Thursday and Friday.', []]
	],
	'look-alikes: a quoted weekday after another word, a date after "except"': [
		['ar', '2022-01-10', 'وقال عن «الجمعة» إنه يوم حاسم', ['الجمعة=2022-01-07']],
		['fa', '2022-01-10', 'مراسم «جمعه» برگزار شد', ['جمعه=2022-01-07']],
		['en', '2022-01-10', 'He said "Friday" was the day.', ['Friday=2022-01-07']],
		['ar', '2022-01-10', 'ماعدا الخميس 13 يناير', ['الخميس 13 يناير=2022-01-13']]
	]
};

describeRows('weekdays of a weekly schedule, quoted or after «ماعدا»', rows);
