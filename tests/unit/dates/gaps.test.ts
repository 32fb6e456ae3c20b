import { describeRows, type Row } from './rows';

/**
 * Expressions the first tagger missed. Each row: [lang, ref, text, exactly the mentions found, as
 * "span=day" or "span=first/last"].
 */

const MON = '2019-07-15'; // a Monday; 24 Tir 1398

const rows: Record<string, Row[]> = {
	'a season without a year is the latest such season on or before the reference': [
		['en', MON, 'Talks resume in the spring.', ['spring=2019-03-01/2019-05-31']],
		['en', MON, 'Fighting slowed during the winter.', ['winter=2018-12-01/2019-02-28']],
		['en', MON, 'during the summer', ['summer=2019-06-01/2019-08-31']],
		['ar', MON, 'استؤنفت المحادثات في الربيع', ['الربيع=2019-03-01/2019-05-31']],
		['ar', MON, 'وخلال الشتاء تراجع القتال', ['الشتاء=2018-12-01/2019-02-28']],
		['fa', MON, 'در بهار مذاکرات از سر گرفته شد', ['بهار=2019-03-21/2019-06-21']],
		['fa', MON, 'در تابستان', ['تابستان=2019-06-22/2019-09-22']],
		['fa', MON, 'اوایل زمستان برف بارید', ['اوایل زمستان=2018-12-22/2019-01-19']]
	],
	'a season word that is a name, a noun or a verb is no date': [
		['en', MON, 'the spring offensive and the fall of Kabul', []],
		['ar', MON, 'في الربيع العربي سقطت أنظمة', []],
		['fa', MON, 'بهار گفت که در بهار عربی', []],
		['en', MON, 'Protests of the Arab Spring', []]
	],
	'numeric dates with a two-digit year, when the order of day and month is clear': [
		['ar', MON, 'في 26/12/15 وقع الهجوم', ['26/12/15=2015-12-26']],
		['ar', MON, 'في 05.10.94', ['05.10.94=1994-10-05']],
		['fa', MON, 'تاریخ ۰۵/۱۰/۹۴ اعلام شد', ['۰۵/۱۰/۹۴=2015-12-26']],
		['fa', MON, 'انتشار: ۲۰/۰۱/۰۲', ['۲۰/۰۱/۰۲=2023-04-09']],
		['en', MON, 'filed on 12/26/15 in court', ['12/26/15=2015-12-26']],
		['en', MON, 'filed on 26/12/15 in court', ['26/12/15=2015-12-26']],
		['en', MON, 'on 3/4/15 and scores 10-12-14', []],
		['ar', MON, 'النتيجة 3-1-2', []]
	],
	'a span of days that crosses months or years is one mention per endpoint, the first taking the year of the second':
		[
			[
				'ar',
				MON,
				'من 30 نوفمبر - 2 ديسمبر 2015 عقد المؤتمر',
				['30 نوفمبر=2015-11-30', '2 ديسمبر 2015=2015-12-02']
			],
			[
				'ar',
				MON,
				'من 28 ديسمبر 2015 إلى 3 يناير 2016',
				['28 ديسمبر 2015=2015-12-28', '3 يناير 2016=2016-01-03']
			],
			['ar', MON, 'من 28 ديسمبر لغاية 3 يناير 2016', ['28 ديسمبر=2015-12-28', '3 يناير 2016=2016-01-03']],
			[
				'en',
				MON,
				'from 28 December 2015 to 3 January 2016',
				['28 December 2015=2015-12-28', '3 January 2016=2016-01-03']
			],
			[
				'en',
				MON,
				'November 30 - December 2, 2015',
				['November 30=2015-11-30', 'December 2, 2015=2015-12-02']
			],
			['en', MON, 'from 28 December to 3 January', ['28 December=2018-12-28', '3 January=2019-01-03']],
			['fa', MON, 'از ۲۸ اسفند تا ۵ فروردین ۱۳۹۵', ['۲۸ اسفند=2016-03-18', '۵ فروردین ۱۳۹۵=2016-03-24']],
			['fa', MON, 'از ۱۰ دی ۱۳۹۴ تا ۲ بهمن ۱۳۹۴', ['۱۰ دی ۱۳۹۴=2015-12-31', '۲ بهمن ۱۳۹۴=2016-01-22']],
			['fa', MON, 'تعطیلات از ۲۵ اسفند تا ۱۳ فروردین', ['۲۵ اسفند=2019-03-16', '۱۳ فروردین=2019-04-02']],
			['en', MON, 'on 5 May 2015 - 10 people died', ['5 May 2015=2015-05-05']]
		],
	'a range of days in one month is one mention per endpoint, the first taking the month and year of the second':
		[
			['ar', MON, 'من 5 إلى 10 يناير 2016', ['5=2016-01-05', '10 يناير 2016=2016-01-10']],
			[
				'ar',
				MON,
				'وتمتد الفعاليات من 10 حتى 14 نيسان المقبل',
				['10=2020-04-10', '14 نيسان المقبل=2020-04-14']
			],
			['ar', MON, 'من 3 لغاية 7 آذار 2016', ['3=2016-03-03', '7 آذار 2016=2016-03-07']],
			['ar', MON, 'ليل 25-26 مارس/آذار 2015', ['25=2015-03-25', '26 مارس/آذار 2015=2015-03-26']],
			['ar', MON, 'من 28 إلى 30 شباط 2015', ['28=2015-02-28', '30 شباط 2015=null']],
			['fa', MON, 'از ۱۵ تا ۲۰ دی ۱۳۹۴', ['۱۵=2016-01-05', '۲۰ دی ۱۳۹۴=2016-01-10']],
			['fa', MON, 'تعطیلات نوروزی از ۱ تا ۱۳ فروردین ادامه دارد', ['۱=2019-03-21', '۱۳ فروردین=2019-04-02']],
			['fa', MON, 'از ۱ تا ۱۳ فروردین ۱۴۰۲', ['۱=2023-03-21', '۱۳ فروردین ۱۴۰۲=2023-04-02']],
			['en', MON, 'from December 24 to 26, 2015', ['December 24=2015-12-24', '26, 2015=2015-12-26']],
			['en', MON, 'on 24-26 December 2015', ['24=2015-12-24', '26 December 2015=2015-12-26']],
			['en', MON, 'The festival ran 5–9 August 2019', ['5=2019-08-05', '9 August 2019=2019-08-09']],
			['en', MON, 'from 5 through 9 August 2018', ['5=2018-08-05', '9 August 2018=2018-08-09']],
			// both ends in the month the whole range names: said on 7 August, "9 August" is not 2018's
			[
				'en',
				'2019-08-07',
				'The festival runs from 5 until 9 August',
				['5=2019-08-05', '9 August=2019-08-09']
			],
			// a week of the month stays one mention
			['ar', MON, 'الأسبوع الأول من أيار 2016', ['الأسبوع الأول من أيار 2016=2016-05-01/2016-05-07']]
		],
	'first and second halves of a year or a month': [
		['en', MON, 'in the first half of 2015', ['first half of 2015=2015-01-01/2015-06-30']],
		['en', MON, 'the second half of March 2015', ['second half of March 2015=2015-03-16/2015-03-31']],
		['en', MON, 'in the first half of the year', ['first half of the year=2019-01-01/2019-06-30']],
		['ar', MON, 'في النصف الأول من 2015', ['النصف الأول من 2015=2015-01-01/2015-06-30']],
		['ar', MON, 'النصف الثاني من العام الماضي', ['النصف الثاني من العام الماضي=2018-07-01/2018-12-31']],
		['fa', MON, 'در نیمه نخست ۱۳۹۴', ['نیمه نخست ۱۳۹۴=2015-03-21/2015-09-22']],
		['fa', MON, 'نیمه دوم امسال', ['نیمه دوم امسال=2019-09-23/2020-03-19']],
		['fa', MON, 'در نیمه شب', []]
	],
	'holidays: Nowruz is 1 Farvardin, Eid al-Fitr 1 Shawwal, Eid al-Adha 10 Dhu al-Hijja': [
		['fa', MON, 'در نوروز ۱۳۹۵ سفر کرد', ['نوروز ۱۳۹۵=2016-03-20']],
		['fa', MON, 'تعطیلات نوروز امسال', ['نوروز امسال=2019-03-21']],
		['fa', MON, 'پس از عید قربان', ['عید قربان=2018-08-21']],
		['fa', MON, 'در نوروز به سفر رفتند', ['نوروز=2019-03-21']],
		['fa', MON, 'تعطیلات نوروزی مدارس و تعطیلات نوروز', []],
		['ar', MON, 'وأدى المسلمون صلاة عيد الفطر صباحا', []],
		['ar', MON, 'عيد الأضحى 1437 هـ', ['عيد الأضحى 1437 هـ=2016-09-11']],
		['ar', MON, 'قبيل عيد الأضحى المقبل', ['عيد الأضحى المقبل=2019-08-11']],
		['ar', MON, 'خلال عيد الفطر 2016', ['عيد الفطر 2016=2016-07-06']],
		['en', MON, 'after Eid al-Adha, talks resume', ['Eid al-Adha=2018-08-21']],
		['en', MON, 'Nowruz 2016 celebrations', ['Nowruz 2016=2016-03-20']],
		// English fixed days, after the prepositions of a day too ("on", "at", "over")
		['en', MON, 'The family gathered on Christmas Eve.', ['Christmas Eve=2018-12-24']],
		['en', MON, "Fireworks lit the sky on New Year's Eve.", ["New Year's Eve=2018-12-31"]],
		['en', MON, "Sales rose on Valentine's Day.", ["Valentine's Day=2019-02-14"]],
		['en', MON, 'Christmas sales rose', []]
	],
	'weekends: Saturday–Sunday in English, Friday–Saturday in Arabic, Thursday–Friday in Persian': [
		['en', MON, 'last weekend', ['last weekend=2019-07-13/2019-07-14']],
		['en', MON, 'this weekend', ['this weekend=2019-07-20/2019-07-21']],
		['en', MON, 'next weekend', ['next weekend=2019-07-27/2019-07-28']],
		['en', MON, 'the weekend edition', []],
		['ar', MON, 'في نهاية الأسبوع', ['نهاية الأسبوع=2019-07-12/2019-07-13']],
		['ar', MON, 'نهاية الأسبوع الماضي', ['نهاية الأسبوع الماضي=2019-07-12/2019-07-13']],
		['ar', MON, 'عطلة نهاية الأسبوع المقبل', ['عطلة نهاية الأسبوع المقبل=2019-07-26/2019-07-27']],
		['fa', MON, 'آخر هفته گذشته', ['آخر هفته گذشته=2019-07-11/2019-07-12']],
		// said on a Saturday the Arabic weekend of last week is still running: "last" is the one before
		['ar', '2023-06-24', 'نهاية الأسبوع الماضي', ['نهاية الأسبوع الماضي=2023-06-16/2023-06-17']],
		['ar', '2023-06-26', 'نهاية الأسبوع الماضي', ['نهاية الأسبوع الماضي=2023-06-23/2023-06-24']],
		['en', '2023-06-25', 'last weekend', ['last weekend=2023-06-17/2023-06-18']],
		['fa', MON, 'در آخر هفته', ['آخر هفته=2019-07-11/2019-07-12']],
		['fa', MON, 'آخر هفته آینده', ['آخر هفته آینده=2019-07-25/2019-07-26']]
	]
};

describeRows('gaps closed', rows);
