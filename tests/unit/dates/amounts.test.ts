import { describeRows, type Row } from './rows';

/**
 * Figures that are amounts, not years: a number before a magnitude («۶۲ میلیون», «2015 مليون», "1990
 * million"; words.ts `count`), the first of two joined by "to" or a dash before a counted noun («از ۱۳۸۰
 * تا ۱۴۰۰ افغانی», «من 1500 إلى 2000 دولار», "from 1500 to 2000 dollars"), and both of two joined by the
 * Persian "to" of a change («از ۱۳۸۰ به ۱۴۰۰»: it rose from 1380 to 1400; `amount to`). A span of years
 * joined by "to" with no counted noun after it stays a span of years.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'amounts, no years': [
		['fa', '2025-08-30', 'قیمت آرد از ۱۳۸۰ به ۱۴۰۰ افغانی افزایش یافت.', []],
		['fa', '2025-08-30', 'قیمت آرد از ۱۳۸۰ به ۱۴۰۰ رسید.', []],
		['fa', '2025-08-30', 'قیمت از ۱۳۸۰ تا ۱۴۰۰ افغانی است.', []],
		['fa', '', 'سد امیرکبیر تا ۲۱ فروردین ماه ۶۲ میلیون متر مکعب آب دارد.', ['۲۱ فروردین ماه=null']],
		['ar', '2025-08-30', 'ارتفع السعر من 1500 إلى 2000 دولار.', []],
		['ar', '2025-08-30', 'بلغ عدد الزوار في 2015 مليون زائر.', []],
		['en', '2025-08-30', 'Prices rose from 1500 to 2000 dollars.', []],
		['en', '2025-08-30', 'The fund grew by 1990 million.', []]
	],
	'look-alikes: spans of years, a year before "to" a place': [
		[
			'fa',
			'2025-08-30',
			'از ۱۳۸۰ تا ۱۴۰۰ در کابل بود.',
			['۱۳۸۰=2001-03-21/2002-03-20', '۱۴۰۰=2021-03-21/2022-03-20']
		],
		['fa', '2025-08-30', 'از سال ۱۳۸۰ به بعد', ['سال ۱۳۸۰=2001-03-21/2002-03-20']],
		['fa', '2025-08-30', 'در ۱۴۰۰ به تهران رفت.', ['۱۴۰۰=2021-03-21/2022-03-20']],
		[
			'ar',
			'2025-08-30',
			'من 2015 إلى 2020 عمل في الوزارة.',
			['2015=2015-01-01/2015-12-31', '2020=2020-01-01/2020-12-31']
		],
		[
			'en',
			'2025-08-30',
			'From 2015 to 2020 he worked there.',
			['2015=2015-01-01/2015-12-31', '2020=2020-01-01/2020-12-31']
		]
	]
};

describeRows('figures that are amounts', rows);
