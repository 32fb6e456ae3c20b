import { describeRows, describePairedRows, type Row } from './rows';

/**
 * What the parsers read (dates/parse.ts), issue 14 items 2–5: bare years in attributive and
 * parenthesised use, "between the years" as one range, "N units ago / after", lunar Hijri as written
 * in Egypt, dates in words, and events whose name stands for their date. Each row: [lang, ref, text,
 * exactly the mentions found, as "span=day" or "span=first/last"], with the two ends of a range
 * shown together ("first ⟷ second").
 */

const REF = '2024-05-15';

const years: Record<string, Row[]> = {
	'a bare year after a determiner, a possessive or an event noun is a year': [
		['en', REF, 'He won a 2014 election.', ['2014=2014-01-01/2014-12-31']],
		['en', REF, 'Her 2012 campaign failed.', ['2012=2012-01-01/2012-12-31']],
		['en', REF, "The company's 1989 results fell.", ['1989=1989-01-01/1989-12-31']],
		['en', REF, 'Sales for fiscal 1989 rose.', ['1989=1989-01-01/1989-12-31']],
		['en', REF, 'Bonds due 1993 were sold.', ['1993=1993-01-01/1993-12-31']],
		[
			'en',
			REF,
			'It grew in both 1990 and 1991.',
			['1990=1990-01-01/1990-12-31', '1991=1991-01-01/1991-12-31']
		],
		['ar', REF, 'جرت انتخابات 2014 في موعدها', ['2014=2014-01-01/2014-12-31']],
		['ar', REF, 'في أعقاب حرب 1967', ['1967=1967-01-01/1967-12-31']],
		['fa', REF, 'در انتخابات ۱۴۰۰ شرکت کرد', ['۱۴۰۰=2021-03-21/2022-03-20']],
		['fa', REF, 'جنگ ۱۳۶۷ پایان یافت', ['۱۳۶۷=1988-03-21/1989-03-20']],
		// a Solar Hijri year after the words that lead it in Persian news (birth, fiscal year, intake)
		['fa', REF, 'او متولد ۱۳۶۰ است', ['۱۳۶۰=1981-03-21/1982-03-20']],
		['fa', REF, 'بودجه سال مالی 1403 تصویب شد', ['1403=2024-03-20/2025-03-20']],
		// look-alikes: an age or a length after a number is no year
		['fa', REF, 'این بنا تاریخ ۱۴۰۰ ساله دارد', []]
	],
	'a year alone in parentheses is a year': [
		['ar', REF, 'فيلم الرسالة (1976) من إخراج العقاد', ['1976=1976-01-01/1976-12-31']],
		['en', REF, 'The Battle of Algiers (1966) was banned.', ['1966=1966-01-01/1966-12-31']],
		['en', REF, 'Cuba (1898) won independence.', ['1898=1898-01-01/1898-12-31']]
	],
	'counts, prices, codes and scores stay numbers': [
		['en', REF, 'a 2000 soldiers attack', []],
		['en', REF, 'for 2000 people', []],
		['en', REF, 'a 2000 troops deployment', []],
		['ar', REF, 'القرار 1559', []],
		['ar', REF, '(2000 جندي)', []],
		['en', REF, 'Resolution 2254 (2015) passed.', ['2015=2015-01-01/2015-12-31']],
		['en', REF, 'It cost (2000) dollars.', []]
	]
};

const ranges: Record<string, Row[]> = {
	'"between the years" is one range': [
		[
			'en',
			REF,
			'between the years 1990 and 1995',
			['1990=1990-01-01/1990-12-31 ⟷ 1995=1995-01-01/1995-12-31']
		],
		['ar', REF, 'بين العامين 1990 و1995', ['1990=1990-01-01/1990-12-31 ⟷ 1995=1995-01-01/1995-12-31']],
		['ar', REF, 'بين عامي 1990 و1995', ['عامي 1990=1990-01-01/1990-12-31 ⟷ 1995=1995-01-01/1995-12-31']],
		['fa', REF, 'بین سال‌های ۱۳۷۰ تا ۱۳۷۵', ['۱۳۷۰=1991-03-21/1992-03-20 ⟷ ۱۳۷۵=1996-03-20/1997-03-20']]
	]
};

const counts: Record<string, Row[]> = {
	'N units ago or after, the number in digits or words': [
		['ar', REF, 'قبل سبعين عاما', ['قبل سبعين عاما=1954-01-01/1954-12-31']],
		['ar', REF, 'بعد 25 عاما', ['بعد 25 عاما=2049-01-01/2049-12-31']],
		['ar', REF, 'بعد ثلاثة أيام', ['بعد ثلاثة أيام=2024-05-18']],
		['ar', REF, 'قبل أكثر من شهرين', ['قبل أكثر من شهرين=2024-03-01/2024-03-31']],
		['fa', REF, 'سه سال پیش', ['سه سال پیش=2021-03-21/2022-03-20']],
		['en', REF, 'two decades ago', ['two decades ago=2000-01-01/2009-12-31']],
		['en', REF, 'three days ago', ['three days ago=2024-05-12']],
		// 13 to 19 in words (cardinals.ts): «هجده ماه پیش» was read as «ماه پیش», last month
		['en', REF, 'seventeen days ago', ['seventeen days ago=2024-04-28']],
		['ar', REF, 'قبل سبعة عشر يوما', ['قبل سبعة عشر يوما=2024-04-28']],
		['fa', REF, 'هفده روز پیش', ['هفده روز پیش=2024-04-28']],
		['fa', REF, 'هجده ماه پیش', ['هجده ماه پیش=2022-10-23/2022-11-21']]
	],
	'look-alikes: a vague count before a unit is no "last" unit (vague)': [
		['fa', REF, 'چند ماه پیش', []],
		['fa', REF, 'چندین سال پیش', []],
		['fa', REF, 'ماه پیش', ['ماه پیش=2024-03-20/2024-04-19']]
	],
	'look-alikes: "after" a day or an event, less than a month': [
		['ar', REF, 'بعد يوم الجمعة', ['يوم الجمعة=2024-05-10']],
		['ar', REF, 'قبل أقل من شهر', []]
	]
};

const hijri: Record<string, Row[]> = {
	'lunar Hijri as written in Egypt and elsewhere': [
		['ar', REF, '5 جمادى أول 1445 هـ', ['5 جمادى أول 1445 هـ=2023-11-19']],
		['ar', REF, '3 ربيع آخر 1440 هـ', ['3 ربيع آخر 1440 هـ=2018-12-10']],
		['ar', REF, '12 جمادى آخر 1445 هـ', ['12 جمادى آخر 1445 هـ=2023-12-25']]
	],
	'a date in words, and a day and month joined to their year by "in the year"': [
		[
			'ar',
			REF,
			'اليوم العاشر من الشهر الثالث من العام 1443 الهجري',
			['اليوم العاشر من الشهر الثالث من العام 1443 الهجري=2021-10-16']
		],
		[
			'en',
			REF,
			'the tenth day of the third month of 1443 AH',
			['the tenth day of the third month of 1443 AH=2021-10-16']
		],
		['ar', REF, '15 آذار/مارس في عام 2011', ['15 آذار/مارس في عام 2011=2011-03-15']],
		['fa', REF, '۱۵ اسفند در سال ۱۳۹۰', ['۱۵ اسفند در سال ۱۳۹۰=2012-03-05']]
	]
};

const named: Record<string, Row[]> = {
	'an event whose name stands for its date': [
		['ar', REF, 'بعد هجمات 11 سبتمبر', ['هجمات 11 سبتمبر=2001-09-11']],
		['ar', REF, 'منذ أحداث الحادي عشر من سبتمبر', ['أحداث الحادي عشر من سبتمبر=2001-09-11']],
		['en', REF, 'after 9/11, the war began', ['9/11=2001-09-11']],
		['fa', REF, 'پس از حملات ۱۱ سپتامبر', ['حملات ۱۱ سپتامبر=2001-09-11']],
		['fa', REF, 'از انقلاب ۵۷ تا امروز', ['انقلاب ۵۷=1979-02-11', 'امروز=2024-05-15']],
		['ar', REF, 'في ذكرى النكبة', ['النكبة=1948-01-01/1948-12-31']],
		[
			'en',
			REF,
			'since the Soviet invasion of Afghanistan',
			['the Soviet invasion of Afghanistan=1979-12-24']
		],
		['ar', REF, 'شارك في ثورة 25 يناير', ['ثورة 25 يناير=2011-01-25']]
	],
	'with a year the date is read as written; 9/11 in Arabic is a day and month': [
		['ar', REF, 'هجمات 11 سبتمبر 2001', ['11 سبتمبر 2001=2001-09-11']],
		['ar', REF, 'أحداث 11 سبتمبر 2012 في بنغازي', ['11 سبتمبر 2012=2012-09-11']],
		['en', REF, 'on 9/11/2015', ['9/11/2015=2015-09-11']],
		['ar', REF, 'في 11 سبتمبر', ['11 سبتمبر=2023-09-11']]
	]
};

const decadesOfCentury: Record<string, Row[]> = {
	'the n-th decade of a century is its years (n − 1) × 10 to (n − 1) × 10 + 9': [
		[
			'ar',
			REF,
			'كانت السينما خلال العقد الأول من القرن الماضي متخلفة',
			['العقد الأول من القرن الماضي=1900-01-01/1909-12-31']
		],
		[
			'ar',
			REF,
			'في العقد الثاني من القرن الحادي والعشرين',
			['العقد الثاني من القرن الحادي والعشرين=2010-01-01/2019-12-31']
		],
		['fa', REF, 'در دهه اول قرن بیستم', ['دهه اول قرن بیستم=1900-01-01/1909-12-31']],
		['fa', REF, 'در دهه‌ی نخست قرن گذشته', ['دهه‌ی نخست قرن گذشته=1900-01-01/1909-12-31']],
		[
			'en',
			REF,
			'in the first decade of the 20th century',
			['the first decade of the 20th century=1900-01-01/1909-12-31']
		],
		[
			'en',
			REF,
			'in the first decade of the last century',
			['the first decade of the last century=1900-01-01/1909-12-31']
		],
		[
			'en',
			REF,
			'in the second decade of the twenty-first century',
			['the second decade of the twenty-first century=2010-01-01/2019-12-31']
		]
	],
	'a decade of something else than a century is no date': [
		['ar', REF, 'في العقد الأول من عمره', []],
		['fa', REF, 'در دهه دوم انقلاب', []],
		['en', REF, 'the first decade of his rule', []]
	]
};

const realNews: Record<string, Row[]> = {
	'a day and month with "next" or "last" in the month of the reference (real15)': [
		// «6 أغسطس المقبل» said on 1 August is this August's 6th; the month alone is next year's
		['ar', '2022-08-01', 'حتى 6 أغسطس المقبل.', ['6 أغسطس المقبل=2022-08-06']],
		['ar', '2022-08-10', 'في 6 أغسطس الماضي.', ['6 أغسطس الماضي=2022-08-06']],
		['ar', '2022-08-01', 'في أغسطس المقبل.', ['أغسطس المقبل=2023-08-01/2023-08-31']]
	],
	'a Persian date in figures with a one-figure month and a two-figure year (real15)': [
		['fa', '2018-06-01', 'مصوب جلسه 853 مورخ 17/2/97 شورای آموزشی دانشگاه', ['17/2/97=2018-05-07']],
		// (not a year the news cannot mean)
		['fa', '2018-06-01', 'نمره 12/5/20 شد.', []]
	],
	'the clock of a.m. and p.m. ends no clause (real15)': [
		['en', '2020-07-31', 'Visitation will be 3-6 p.m. Monday at the funeral home.', ['Monday=2020-08-03']],
		['en', '2020-07-31', 'Services will be 10 a.m. Tuesday.', ['Tuesday=2020-08-04']]
	],
	'another weekday in the sentence of a day to come is the first such day after it (real15)': [
		[
			'en',
			'2024-04-08',
			'The talks will resume tomorrow, Tuesday, and end on Thursday.',
			['tomorrow, Tuesday=2024-04-09', 'Thursday=2024-04-11']
		],
		// (another sentence: the weekday keeps its own reading)
		[
			'en',
			'2024-04-08',
			'He arrives tomorrow. Last Thursday he met the envoy.',
			['tomorrow=2024-04-09', 'Last Thursday=2024-04-04']
		]
	],
	'a forecast told in the pluperfect was of days now past (real15)': [
		[
			'fa',
			'2026-02-10',
			'برفباری سنگین برای روز های یکشنبه و دوشنبه پیش‌بینی شده بود.',
			['یکشنبه=2026-02-08', 'دوشنبه=2026-02-09']
		],
		['fa', '2026-02-10', 'برفباری سنگین برای روز یکشنبه پیش‌بینی شده است.', ['روز یکشنبه=2026-02-15']]
	],
	'a weekday ending a range after a day said in full is the first such day after it (real15)': [
		[
			'ar',
			'2026-01-26',
			'من يوم الاثنين 26 يناير 2026 وحتى يوم الثلاثاء.',
			['يوم الاثنين 26 يناير 2026=2026-01-26', 'يوم الثلاثاء=2026-01-27']
		]
	]
};

describeRows('bare years', years);
describeRows('real news', realNews);
describeRows('decades of a century', decadesOfCentury);
describePairedRows('ranges of years', ranges);
describeRows('N units ago or after', counts);
describeRows('lunar Hijri spellings and dates in words', hijri);
describeRows('named dates', named);
