import { describeRows, type Row } from './rows';

/**
 * Counts in words, days counted from the day told before them, Arabic definiteness, seasons as
 * adverbs and 19th-century years: [lang, ref, text, exactly the mentions found]. Look-alikes that
 * must find nothing (or nothing more) sit beside the cases that must be found.
 */

const REF = '2013-05-10'; // a Friday; 20 Ordibehesht 1392

const rows: Record<string, Row[]> = {
	'a count in words of two parts is one number («خمسة وتسعين», «نود و پنج», "ninety-five")': [
		['ar', REF, 'قبل خمسة وتسعين عاما', ['قبل خمسة وتسعين عاما=1918-01-01/1918-12-31']],
		['ar', REF, 'منذ ثلاثة وعشرين عاما', ['منذ ثلاثة وعشرين عاما=1990-01-01/1990-12-31']],
		['ar', REF, 'قبل مئة عام', ['قبل مئة عام=1913-01-01/1913-12-31']],
		['fa', REF, 'نود و پنج سال پیش', ['نود و پنج سال پیش=1918-03-22/1919-03-21']],
		['fa', REF, 'بیست و یک روز پیش', ['بیست و یک روز پیش=2013-04-19']],
		['en', REF, 'ninety-five years ago', ['ninety-five years ago=1918-01-01/1918-12-31']],
		['en', REF, 'ninety five years ago', ['ninety five years ago=1918-01-01/1918-12-31']],
		['en', REF, 'twenty-one days ago', ['twenty-one days ago=2013-04-19']],
		['en', REF, 'a hundred years ago', ['a hundred years ago=1913-01-01/1913-12-31']]
	],
	'two number words joined by a spaced "and" are one count only when it is a sensible count of the unit': [
		['fa', REF, 'در برنامه نود و دو ماه پیش گفت', ['دو ماه پیش=2013-02-19/2013-03-20']],
		['en', REF, 'ninety-two months ago', ['ninety-two months ago=2005-09-01/2005-09-30']],
		['fa', REF, 'سی و پنج سال پیش', ['سی و پنج سال پیش=1978-03-21/1979-03-20']]
	],
	'a demonstrative points at the noun after it; a "better tomorrow" is no day': [
		['ar', REF, 'لعل اول هذه الدوافع هو محاولة', []],
		['ar', REF, 'في 24 الجاري', ['24 الجاري=2013-05-24']],
		['ar', REF, 'من أجل غد أفضل', []],
		['en', REF, 'for a better tomorrow', []],
		['ar', REF, 'تنطلق مساء غد الفعاليات', ['غد=2013-05-11']]
	],
	'the last word of a bigger number is no count of its own (nothing rather than a wrong year)': [
		['en', REF, 'one hundred and five years ago', []],
		['ar', REF, 'قبل مائة وخمسين عاما', []],
		['en', REF, 'five years ago', ['five years ago=2008-01-01/2008-12-31']],
		['ar', REF, 'قبل خمسة أعوام', ['قبل خمسة أعوام=2008-01-01/2008-12-31']]
	],
	'a day counted from the day told just before it («اليوم التالي», «فردای آن روز», "the next day")': [
		[
			'ar',
			REF,
			'وصل الوفد في 5 مايو 2013، وفي اليوم التالي التقى الرئيس، وفي اليوم نفسه غادر.',
			['5 مايو 2013=2013-05-05', 'اليوم التالي=2013-05-06', 'اليوم نفسه=2013-05-06']
		],
		[
			'ar',
			REF,
			'هاجم في 3 آذار 2012. وفي اليوم السابق كان قد وصل.',
			['3 آذار 2012=2012-03-03', 'اليوم السابق=2012-03-02']
		],
		[
			'fa',
			REF,
			'او در ۱۵ فروردین ۱۳۹۲ وارد شد و فردای آن روز با رئیس جمهور دیدار کرد.',
			['۱۵ فروردین ۱۳۹۲=2013-04-04', 'فردای آن روز=2013-04-05']
		],
		[
			'fa',
			REF,
			'دیروز حمله شد و همان روز گروه مسئولیت را پذیرفت.',
			['دیروز=2013-05-09', 'همان روز=2013-05-09']
		],
		[
			'en',
			REF,
			'He arrived on May 5. The next day he met the president. The following day he left.',
			['May 5=2013-05-05', 'The next day=2013-05-06', 'The following day=2013-05-07']
		],
		// the day of the story told just before: "earlier in the day", «ذلك اليوم», «آن روز»
		[
			'en',
			REF,
			'The helicopter crashed on May 5. He had met Aliyev earlier in the day. Later that day, rescuers left.',
			['May 5=2013-05-05', 'earlier in the day=2013-05-05', 'Later that day=2013-05-05']
		],
		[
			'ar',
			REF,
			'سقطت المروحية في 5 مايو 2013، وكان قد التقى الرئيس في ذلك اليوم.',
			['5 مايو 2013=2013-05-05', 'ذلك اليوم=2013-05-05']
		],
		[
			'fa',
			REF,
			'بالگرد در ۱۵ فروردین ۱۳۹۲ سقوط کرد و آن روز هوا مه آلود بود.',
			['۱۵ فروردین ۱۳۹۲=2013-04-04', 'آن روز=2013-04-04']
		],
		// with no day told before it, it is no mention (not the publication day)
		['en', REF, 'He had met Aliyev earlier in the day.', []],
		['fa', REF, 'آن روز هوا مه آلود بود.', []]
	],
	'"the next day" followed by its weekday and its date is one mention, of that date': [
		[
			'ar',
			'2019-05-04',
			'تجرى رؤية الهلال مساء اليوم التالى الأحد الموافق الثلاثين من شهر شعبان',
			['اليوم التالى الأحد الموافق الثلاثين من شهر شعبان=2019-05-05']
		],
		[
			'fa',
			'2019-05-04',
			'او در ۱۰ اردیبهشت آمد و فردای آن روز یکشنبه ۱۱ اردیبهشت رفت',
			['۱۰ اردیبهشت=2019-04-30', 'فردای آن روز یکشنبه ۱۱ اردیبهشت=2019-05-01']
		],
		[
			'en',
			'2019-05-04',
			'They met on Saturday, May 4. The next day, Sunday, May 5, they left.',
			['Saturday, May 4=2019-05-04', 'The next day, Sunday, May 5=2019-05-05']
		],
		// look-alike: a weekday alone after it is a mention of its own
		[
			'en',
			'2019-05-04',
			'They met on May 3. The next day, Sunday, they left.',
			['May 3=2019-05-03', 'The next day=2019-05-04', 'Sunday=2019-05-05']
		]
	],
	'with no day told just before it (or only across a blank line), "the next day" names no date': [
		['ar', REF, 'وفي اليوم التالي التقى الرئيس.', []],
		['en', REF, 'The next day he met the president.', []],
		['fa', REF, 'همان روز گروه مسئولیت را پذیرفت.', []],
		['en', REF, 'He arrived on May 5.\n\nThe next day he met the president.', ['May 5=2013-05-05']],
		['en', REF, 'He arrived in May. The next day he met the president.', ['May=2013-05-01/2013-05-31']]
	],
	'an Arabic unit without its article takes no "this" or "last" after it («عقد هذا» is a verb)': [
		['ar', REF, 'عقد هذا الاجتماع في القاهرة', []],
		['ar', REF, 'وقد حدث ذلك عام قبل ذلك', []],
		['ar', REF, 'في هذا العقد', ['هذا العقد=2010-01-01/2019-12-31']],
		['ar', REF, 'في العقد الحالي', ['العقد الحالي=2010-01-01/2019-12-31']],
		['ar', REF, 'في العام الماضي', ['العام الماضي=2012-01-01/2012-12-31']],
		['ar', REF, 'نهاية الأسبوع الماضي', ['نهاية الأسبوع الماضي=2013-05-03/2013-05-04']],
		['fa', REF, 'در سال گذشته', ['سال گذشته=2012-03-20/2013-03-20']]
	],
	'a season as an Arabic adverb («صيفا»), and a season or month of "this year"': [
		['ar', REF, 'زار الرئيس المدينة صيفا', ['صيفا=2012-06-01/2012-08-31']],
		['ar', REF, 'في شتاء هذا العام', ['شتاء هذا العام=2012-12-01/2013-02-28']],
		['ar', REF, 'صيف هذا العام', ['صيف هذا العام=2013-06-01/2013-08-31']],
		['ar', REF, 'في مارس هذا العام', ['مارس هذا العام=2013-03-01/2013-03-31']],
		['ar', REF, 'قال صيف إن المدينة هادئة', []]
	],
	'a 19th-century year after a preposition; a number before a counted noun stays a number': [
		['ar', REF, 'في 1821 استقلت اليونان', ['1821=1821-01-01/1821-12-31']],
		['ar', REF, 'منذ 1840', ['1840=1840-01-01/1840-12-31']],
		['en', REF, 'in 1821 Greece rose', ['1821=1821-01-01/1821-12-31']],
		['ar', REF, 'في 1850 شخصا', []],
		['en', REF, 'rose 1821 points', []]
	]
};

describeRows('counts, counted days, definiteness, seasons and old years', rows);
