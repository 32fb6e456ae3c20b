import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { describePairedRows } from './rows';

/**
 * "between X and Y" is a range like "from X to Y": one mention with two ends, written as two
 * endpoints paired by `rangeTo`/`rangeFrom` (`mentionEnds`; shown "first ⟷ second"), the first taking the month and year the second
 * names. The "between" words are data (lexicon kind `between`). Each row: [lang, ref, text, exactly
 * the mentions found].
 */

const REF = '2024-05-01'; // 12 Ordibehesht 1403

describePairedRows('"between X and Y" is a paired range', {
	'two days of one month: the first takes the month and year named after the second': [
		['en', REF, 'The fair runs between 3 and 5 March 2024.', ['3=2024-03-03 ⟷ 5 March 2024=2024-03-05']],
		[
			'en',
			REF,
			'Voting took place between March 3 and March 5.',
			['March 3=2024-03-03 ⟷ March 5=2024-03-05']
		],
		['en', REF, 'Voting took place between March 3 and 5.', ['March 3=2024-03-03 ⟷ 5=2024-03-05']],
		['ar', REF, 'تجرى الانتخابات بين 3 و5 مارس 2024', ['3=2024-03-03 ⟷ 5 مارس 2024=2024-03-05']],
		['ar', REF, 'وعقدت الجولة ما بين 10 و 12 يناير 2016', ['10=2016-01-10 ⟷ 12 يناير 2016=2016-01-12']],
		['ar', REF, 'وبين 3 و5 آذار 2019 عقد المعرض', ['3=2019-03-03 ⟷ 5 آذار 2019=2019-03-05']],
		['fa', '2024-03-10', 'رزمایش بین ۳ تا ۵ اسفند انجام شد', ['۳=2024-02-22 ⟷ ۵ اسفند=2024-02-24']],
		['fa', REF, 'بین ۱۰ و ۱۲ فروردین ۱۴۰۳', ['۱۰=2024-03-29 ⟷ ۱۲ فروردین ۱۴۰۳=2024-03-31']],
		['fa', REF, 'مذاکرات بین ۱۰ و ۱۵ حمل ۱۴۰۰ ادامه یافت', ['۱۰=2021-03-30 ⟷ ۱۵ حمل ۱۴۰۰=2021-04-04']]
	],
	'days written as ordinal words pair too, the «و» glued to the second and "the" before it': [
		[
			'ar',
			'2026-01-14',
			'حُددت فترته بين الخامس عشر من يناير/كانون الثاني والسادس عشر من فبراير/شباط المقبل.',
			['الخامس عشر من يناير/كانون الثاني=2026-01-15 ⟷ السادس عشر من فبراير/شباط المقبل=2026-02-16']
		],
		[
			'ar',
			REF,
			'ما بين الخامس عشر من يناير والسادس عشر من فبراير 2020',
			['الخامس عشر من يناير=2020-01-15 ⟷ السادس عشر من فبراير 2020=2020-02-16']
		],
		[
			'ar',
			REF,
			'بين 15 يناير والسادس عشر من فبراير 2020',
			['15 يناير=2020-01-15 ⟷ السادس عشر من فبراير 2020=2020-02-16']
		],
		[
			'fa',
			'2023-06-01',
			'بین پانزدهم دی و شانزدهم بهمن ۱۴۰۲ برگزار شد',
			['پانزدهم دی=2024-01-05 ⟷ شانزدهم بهمن ۱۴۰۲=2024-02-05']
		],
		[
			'en',
			REF,
			'between the fifteenth of January and the sixteenth of February 2020',
			['fifteenth of January=2020-01-15 ⟷ sixteenth of February 2020=2020-02-16']
		],
		// without "between" the two days stay apart, the first the latest such day before the reference
		[
			'ar',
			REF,
			'في الخامس عشر من يناير والسادس عشر من فبراير 2020',
			['الخامس عشر من يناير=2024-01-15', 'السادس عشر من فبراير 2020=2020-02-16']
		],
		[
			'en',
			REF,
			'on the fifteenth of January and the sixteenth of February 2020',
			['fifteenth of January=2024-01-15', 'sixteenth of February 2020=2020-02-16']
		]
	],
	'a time of day after the range word or before the first date still pairs the ends': [
		[
			'en',
			'2017-02-23',
			'The warning covers the counties from 10 pm this evening until midnight Friday.',
			['this evening=2017-02-23 ⟷ Friday=2017-02-24']
		],
		[
			'en',
			'2017-02-23',
			'from 10 p.m. this evening until noon Friday',
			['this evening=2017-02-23 ⟷ Friday=2017-02-24']
		],
		[
			'ar',
			'2026-01-26',
			'سيتم قطع المياه اعتبارًا من الساعة 11 مساء يوم الاثنين الموافق 26 يناير 2026 وحتى الساعة 4 فجر يوم الثلاثاء.',
			['يوم الاثنين الموافق 26 يناير 2026=2026-01-26 ⟷ يوم الثلاثاء=2026-01-27']
		],
		[
			'fa',
			'2026-01-26',
			'برق از ساعت ۱۰ شب امروز تا ساعت ۶ صبح پنجشنبه قطع است',
			['امروز=2026-01-26 ⟷ پنجشنبه=2026-01-29']
		],
		// look-alikes: hours alone pair nothing; a date after an hour with no range word stays alone
		['en', '2017-02-23', 'Call between 9 a.m. and 5 p.m. on weekdays.', []],
		['en', '2017-02-23', 'The shop closed at 10 pm Friday.', ['Friday=2017-02-17']],
		['ar', '2026-01-26', 'وصل الوفد الساعة 4 فجر يوم الثلاثاء', ['يوم الثلاثاء=2026-01-20']]
	],
	'days and months in figures with no year are read inside a range (Arabic and Persian, day first)': [
		[
			'ar',
			'2024-07-20',
			'ويقام مهرجان جرش بالفترة من 24/7 وحتى 4/8 تحت شعار',
			['24/7=2024-07-24 ⟷ 4/8=2024-08-04']
		],
		['ar', '2024-07-05', 'تجرى الامتحانات بين 10/7 و15/7', ['10/7=2024-07-10 ⟷ 15/7=2024-07-15']],
		['fa', '2024-07-20', 'نمایشگاه از ۲۴/۷ تا ۴/۸ برگزار می‌شود', ['۲۴/۷=2024-10-15 ⟷ ۴/۸=2024-10-25']],
		// look-alikes: a pair alone (a score, a mark), a pair after a range word with no opener, English
		['ar', '2024-07-20', 'فاز الفريق 2/1 على ضيفه', []],
		['ar', '2024-07-20', 'وارتفع المؤشر 2/1 إلى 3/1 نقطة', []],
		['fa', '2024-07-20', 'نمره ۱۵/۲۰ گرفت', []],
		['en', '2024-07-20', 'The festival runs from 7/24 to 8/4.', []]
	],
	'a range said without a year, on a reference between its ends, is resolved as a whole': [
		// each end alone would be the latest such day on or before the reference: 3 March 2024 but 5 March 2023
		['en', '2024-03-04', 'between 3 and 5 March', ['3=2024-03-03 ⟷ 5 March=2024-03-05']],
		['ar', '2024-03-04', 'بين 3 و5 مارس', ['3=2024-03-03 ⟷ 5 مارس=2024-03-05']],
		['fa', '2024-02-23', 'بین ۳ و ۵ اسفند', ['۳=2024-02-22 ⟷ ۵ اسفند=2024-02-24']]
	],
	'days in two months: the first takes the year of the second (the year before when its month is later)': [
		[
			'en',
			'2021-05-01',
			'Flights stopped between 28 February and 2 March 2020.',
			['28 February=2020-02-28 ⟷ 2 March 2020=2020-03-02']
		],
		['ar', '2021-05-01', 'ما بين 28 فبراير و2 مارس 2020', ['28 فبراير=2020-02-28 ⟷ 2 مارس 2020=2020-03-02']],
		['fa', REF, 'میان ۲۵ اسفند و ۵ فروردین ۱۴۰۳', ['۲۵ اسفند=2024-03-15 ⟷ ۵ فروردین ۱۴۰۳=2024-03-24']],
		[
			'fa',
			REF,
			'میان ۲۵ اسفند ۱۴۰۲ و ۵ فروردین ۱۴۰۳',
			['۲۵ اسفند ۱۴۰۲=2024-03-15 ⟷ ۵ فروردین ۱۴۰۳=2024-03-24']
		]
	],
	'two months: the first takes the year of the second': [
		[
			'en',
			REF,
			'between March and May 2020',
			['March=2020-03-01/2020-03-31 ⟷ May 2020=2020-05-01/2020-05-31']
		],
		[
			'ar',
			REF,
			'بين كانون الثاني وآذار 2019',
			['كانون الثاني=2019-01-01/2019-01-31 ⟷ آذار 2019=2019-03-01/2019-03-31']
		],
		[
			'fa',
			REF,
			'بین فروردین و خرداد ۱۴۰۲',
			['فروردین=2023-03-21/2023-04-20 ⟷ خرداد ۱۴۰۲=2023-05-22/2023-06-21']
		]
	],
	'two years are a range of years': [
		[
			'en',
			REF,
			'The group held the town between 2015 and 2018.',
			['2015=2015-01-01/2015-12-31 ⟷ 2018=2018-01-01/2018-12-31']
		],
		[
			'en',
			REF,
			'between the years 2015 and 2018',
			['2015=2015-01-01/2015-12-31 ⟷ 2018=2018-01-01/2018-12-31']
		],
		['ar', REF, 'بين عامي 2014 و2016', ['عامي 2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		['ar', REF, 'في الفترة ما بين 2015 و2018', ['2015=2015-01-01/2015-12-31 ⟷ 2018=2018-01-01/2018-12-31']],
		['fa', REF, 'بین ۱۳۹۰ و ۱۳۹۵', ['۱۳۹۰=2011-03-21/2012-03-19 ⟷ ۱۳۹۵=2016-03-20/2017-03-20']],
		['fa', REF, 'بین سال‌های ۱۳۹۰ تا ۱۳۹۵', ['۱۳۹۰=2011-03-21/2012-03-19 ⟷ ۱۳۹۵=2016-03-20/2017-03-20']],
		['fa', REF, 'میان سال‌های ۱۳۵۹ و ۱۳۶۷', ['۱۳۵۹=1980-03-21/1981-03-20 ⟷ ۱۳۶۷=1988-03-21/1989-03-20']]
	],
	'without a publication date the ends stay unresolved, still paired; days out of order are no range': [
		['en', '', 'between 3 and 5 March', ['3=null ⟷ 5 March=null']],
		['en', REF, 'between 5 and 3 March 2024', ['3 March 2024=2024-03-03']]
	],
	'"from X to Y" pairs months and years too, the first month taking the year of the second': [
		[
			'en',
			REF,
			'Iran and Iraq fought from 1980 to 1988.',
			['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']
		],
		['en', REF, 'from March to May 2020', ['March=2020-03-01/2020-03-31 ⟷ May 2020=2020-05-01/2020-05-31']],
		['en', REF, 'from 2014 to date', ['2014=2014-01-01/2014-12-31']],
		['ar', REF, 'من عام 2014 إلى 2016', ['عام 2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		['ar', REF, 'من مارس إلى مايو 2020', ['مارس=2020-03-01/2020-03-31 ⟷ مايو 2020=2020-05-01/2020-05-31']],
		['fa', REF, 'از سال ۱۳۹۰ تا ۱۳۹۵', ['سال ۱۳۹۰=2011-03-21/2012-03-19 ⟷ ۱۳۹۵=2016-03-20/2017-03-20']],
		[
			'fa',
			REF,
			'از فروردین تا خرداد ۱۴۰۲',
			['فروردین=2023-03-21/2023-04-20 ⟷ خرداد ۱۴۰۲=2023-05-22/2023-06-21']
		],
		['fa', REF, 'از ۱۳۹۰ تا کنون', ['۱۳۹۰=2011-03-21/2012-03-19']]
	],
	'"between" that joins no dates adds nothing, and dates joined without "between" stay apart': [
		['en', REF, 'Trade between the two countries rose by 12 percent.', []],
		['en', REF, 'Between 20 and 30 fighters were killed.', []],
		['en', REF, 'Call between 9 a.m. and 5 p.m. on weekdays.', []],
		[
			'en',
			REF,
			'talks between Russia and the Taliban in 2015 and 2016',
			['2015=2015-01-01/2015-12-31', '2016=2016-01-01/2016-12-31']
		],
		['en', REF, 'on 3 and 5 March 2024', ['3=2024-03-03', '5 March 2024=2024-03-05']],
		['ar', REF, 'وتصاعد التوتر بين البلدين بشكل ملحوظ', []],
		['ar', REF, 'قتل بين 20 و30 مقاتلا', []],
		['ar', REF, 'بين الساعة 9 و11 صباحا', []],
		[
			'ar',
			REF,
			'العلاقات بين روسيا وطالبان في 2015 و2016',
			['2015=2015-01-01/2015-12-31', '2016=2016-01-01/2016-12-31']
		],
		['ar', REF, 'في 3 و5 آذار 2019', ['3=2019-03-03', '5 آذار 2019=2019-03-05']],
		['fa', REF, 'روابط تجاری بین دو کشور گسترش یافت', []],
		['fa', REF, 'بین ۲۰ و ۳۰ نفر زخمی شدند', []],
		['fa', REF, 'بین ساعت ۹ و ۱۱', []],
		[
			'fa',
			REF,
			'میان ایران و عراق در ۱۳۵۹ و ۱۳۶۷',
			['۱۳۵۹=1980-03-21/1981-03-20', '۱۳۶۷=1988-03-21/1989-03-20']
		],
		['fa', REF, '۲۳ و ۲۴ آذر ۱۴۰۲', ['۲۳=2023-12-14', '۲۴ آذر ۱۴۰۲=2023-12-15']]
	]
});

describe('a "between" range read as a whole', () => {
	const joined = (lang: string, text: string) =>
		findDates(text, { lang, ref: REF }).map((m) => [m.text, m.earliest, m.latest, m.precision]);

	it.each([
		['en', 'between 2015 and 2018', ['2015 and 2018', '2015-01-01', '2018-12-31', 'year']],
		['ar', 'بين عامي 2014 و2016', ['عامي 2014 و2016', '2014-01-01', '2016-12-31', 'year']],
		['en', 'between March and May 2020', ['March and May 2020', '2020-03-01', '2020-05-31', 'month']],
		['fa', 'بین ۱۰ و ۱۲ فروردین ۱۴۰۳', ['۱۰ و ۱۲ فروردین ۱۴۰۳', '2024-03-29', '2024-03-31', 'day']]
	])('[%s] "%s" is one value from the first end to the last, as precise as its ends', (lang, text, want) => {
		expect(joined(lang, text)).toEqual([want]);
	});
});
