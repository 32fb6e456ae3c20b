import { describeRows, type Row } from './rows';

/**
 * Words that spell a date part but are something else here: the Persian verb prefix می (May), a
 * channel or paper named "Today", English "end" as a verb. Each row: [lang, ref, text, spans that
 * must be found and nothing else, as "span=value" with value a day or "A/B"].
 */

const REF = '2019-07-15';

const rows: Record<string, Row[]> = {
	'the Persian verb prefix می is not May; a day, a year or ماه makes it one': [
		['fa', REF, 'تعطیلات از ۲۷ اسفند ۱۴۰۳ آغاز می‌شود.', ['۲۷ اسفند ۱۴۰۳=2025-03-17']],
		['fa', REF, 'هفته آینده مذاکرات آغاز می شود.', ['هفته آینده=2019-07-20/2019-07-26']],
		['fa', REF, 'کار در اوایل حوت ۱۳۹۹ به پایان می‌رسد.', ['اوایل حوت ۱۳۹۹=2021-02-19/2021-02-28']],
		['fa', REF, 'این طرح به پایان میرسد و آغاز میشود.', []],
		['fa', REF, 'تعداد کشته‌ها به ۲۰ می‌رسد', []],
		['fa', REF, 'این رقم به ۱۲ میشود و ۳۰ می کنند', []],
		['fa', REF, 'نشست ۱۵ می اعلام شد', ['۱۵ می=2019-05-15']],
		['fa', REF, 'نشست ۱۵ می ۲۰۱۹ برگزار شد', ['۱۵ می ۲۰۱۹=2019-05-15']],
		['fa', REF, 'در ماه می گذشته', ['ماه می گذشته=2019-05-01/2019-05-31']],
		['fa', REF, 'در می ۲۰۱۹ اعلام شد', ['می ۲۰۱۹=2019-05-01/2019-05-31']],
		['fa', REF, 'در اواسط جوزا از سر گرفته شد', ['اواسط جوزا=2019-06-01/2019-06-10']]
	],
	'a channel or a paper named "Today" is not today': [
		['ar', REF, 'وصرّح مصدر لقناة روسيا اليوم بأن المفاوضات متعثرة.', []],
		['ar', REF, 'ونقلت صحيفة اليوم السابع عن مصدر', []],
		['ar', REF, 'وقال لروسيا اليوم إن الاجتماع عقد اليوم', ['اليوم=2019-07-15']],
		['fa', REF, 'شبکه روسیا الیوم گزارش داد', []],
		['en', REF, 'USA Today reported the strike.', []],
		['en', REF, 'He told Russia Today that talks resume today.', ['today=2019-07-15']]
	],
	'English "end" and "beginning" as a verb or a noun are not "the end of"': [
		['en', '2024-09-01', 'The coalition mission will end next year.', ['next year=2025-01-01/2025-12-31']],
		['en', '2024-09-01', 'A new beginning in 2025.', ['2025=2025-01-01/2025-12-31']],
		['en', '2024-09-01', 'by the end of 2025', ['end of 2025=2025-09-01/2025-12-31']],
		['en', '2024-09-01', 'until the end of March', ['end of March=2024-03-21/2024-03-31']],
		['en', '2024-09-01', 'by year-end', ['year-end=2024-09-01/2024-12-31']],
		['en', '2024-09-01', 'at year-end 2015', ['year-end 2015=2015-09-01/2015-12-31']],
		['en', '2024-09-01', 'They end talks in May.', ['May=2024-05-01/2024-05-31']],
		['en', '2024-09-01', 'at the beginning of March 2024', ['beginning of March 2024=2024-03-01/2024-03-10']],
		['ar', '2024-09-01', 'مع نهاية العام المقبل', ['نهاية العام المقبل=2025-09-01/2025-12-31']],
		['fa', '2024-09-01', 'تا پایان سال ۱۴۰۳', ['پایان سال ۱۴۰۳=2024-11-21/2025-03-20']]
	]
};

describeRows('look-alikes of date words', rows);
