import { describeRows, type Row } from './rows';

/**
 * A day of a month named by its rank, in the forms news writes it (dates/parse.ts `parseNamedDate`,
 * `parseRankedDay`; lexicon/words.ts `block N`): Arabic's plural "days" in a construct («أول أيام شوال»),
 * Persian's «روز» with its ezafe («اولین روز ماه شوال»), and the phrases that are blocked alone, "first
 * day" and «اليوم الأول», before a month («اليوم الأول لشهر شوال», "the first day of Shawwal"). Without a
 * month after it the rank names no date: «أول أيام الأسبوع», «اولین روز هفته», "the first day of school".
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the first day of a month': [
		[
			'ar',
			'2024-04-09',
			'أعلن مكتب قائد الثورة أن يوم غد الأربعاء هو أول أيام شوال المكرم',
			['غد الأربعاء=2024-04-10', 'أول أيام شوال المكرم=2024-04-10']
		],
		[
			'ar',
			'2024-04-09',
			'سيكون يوم الأربعاء هو اليوم الأول لشهر شوال المكرم 1445 ه.ق',
			['يوم الأربعاء=2024-04-10', 'اليوم الأول لشهر شوال المكرم 1445 ه.ق=2024-04-10']
		],
		[
			'fa',
			'1993-03-23',
			'فردا چهارشنبه مصادف با اولین روز ماه شوال میباشد',
			['فردا چهارشنبه=1993-03-24', 'اولین روز ماه شوال=1993-03-25']
		],
		['fa', '1993-03-23', 'نخستین روز مهر ۱۳۷۲', ['نخستین روز مهر ۱۳۷۲=1993-09-23']],
		[
			'en',
			'2024-04-09',
			'Wednesday will be the first day of Shawwal.',
			['Wednesday=2024-04-10', 'first day of Shawwal=2024-04-10']
		],
		['en', '2024-04-09', 'the first day of Ramadan 1445', ['first day of Ramadan 1445=2024-03-11']]
	],
	'look-alikes: a rank with no month after it': [
		['ar', '2024-04-09', 'أول أيام الأسبوع', []],
		['ar', '2024-04-09', 'في اليوم الأول من المؤتمر', []],
		['ar', '2024-04-09', 'قضى أياما في المدينة', []],
		['fa', '1993-03-23', 'اولین روز هفته', []],
		['fa', '1993-03-23', 'در اولین روز نمایشگاه', []],
		['en', '2024-04-09', 'on the first day of the summit', []],
		['en', '2024-04-09', 'the first day of school', []]
	]
};

describeRows(
	'the first day of a month: «أول أيام شوال», «اولین روز ماه شوال», "the first day of Ramadan"',
	rows
);
