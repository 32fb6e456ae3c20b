import { describeRows, type Row } from './rows';

/**
 * Month names in a list joined by «و», "and" or commas are months, even those that are also everyday
 * words («آب» water, «میزان» level, «حمل» transport) or, in English, said without a preposition:
 * some name of the list must be a sure one, or a plural of "month" lead it (dates/parse.ts
 * `inMonthList`, words.ts `months plural`). Each row: [lang, ref, text, exactly the mentions found,
 * as "span=day" or "span=first/last"].
 */

const SEP = '2025-09-08';
const AQRAB = '2021-11-20'; // 29 Aqrab 1400

const rows: Record<string, Row[]> = {
	'Arabic: a Levantine month that is also a word, after a sure one': [
		['ar', SEP, 'بلغت ذروتها خلال شهري تموز وآب', ['تموز=2025-07-01/2025-07-31', 'آب=2025-08-01/2025-08-31']],
		[
			'ar',
			SEP,
			'في أشهر حزيران وتموز وآب',
			['حزيران=2025-06-01/2025-06-30', 'تموز=2025-07-01/2025-07-31', 'آب=2025-08-01/2025-08-31']
		]
	],
	'Arabic look-alikes: water is no month': [
		['ar', SEP, 'انقطع الماء وآب المواطنون إلى بيوتهم', []],
		['ar', SEP, 'شرب الأطفال ماء وآب', []]
	],
	'Dari: Afghan months that are words, led by «ماه‌های» or beside a sure one': [
		[
			'fa',
			AQRAB,
			'معاشات ماه های سنبله، میزان و عقرب کارمندان پرداخت شد',
			['سنبله=2021-08-23/2021-09-22', 'میزان=2021-09-23/2021-10-22', 'عقرب=2021-10-23/2021-11-21']
		],
		[
			'fa',
			AQRAB,
			'حقوق ماه‌های حمل و ثور پرداخت شد',
			['حمل=2021-03-21/2021-04-20', 'ثور=2021-04-21/2021-05-21']
		]
	],
	'Persian look-alikes: everyday words joined by «و» are no list of months': [
		['fa', AQRAB, 'میزان آب و برق در شهر کم شد', []],
		['fa', AQRAB, 'هزینه حمل و نقل و میزان مصرف بالا رفت', []]
	],
	'English: months listed without a preposition': [
		[
			'en',
			SEP,
			'The rains of June, July and August were heavy.',
			['June=2025-06-01/2025-06-30', 'July=2025-07-01/2025-07-31', 'August=2025-08-01/2025-08-31']
		]
	],
	'English look-alikes: verbs and names': [
		['en', SEP, 'Officials may march and protest.', []],
		['en', SEP, 'Theresa May and Boris Johnson met.', []]
	]
};

describeRows('Month names in a list are months', rows);
