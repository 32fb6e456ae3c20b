import { describeRows, type Row } from './rows';

/**
 * A day of a month said without a year (and a holiday), in three readings that real news (the seventeenth set) asked
 * for: a day a few days after the publication date is that day to come, not the same day a year back
 * (which news would tell with its year), unless a past of a happening says it was; "last year" told
 * before it in its clause gives it that year; and after a full date told in its sentence it is the
 * nearer such day, before or after («۲۶ اسفند ۱۴۰۰ نسبت به ۲۵ اسفند» is the day before, not a year on).
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a day of a month within two weeks after the reference is the one to come': [
		['ar', '2025-07-17', 'يليه عرض موسيقي في 20 جويلية', ['20 جويلية=2025-07-20']],
		['fa', '2024-06-08', '۲۸ جوزا روز اول عید قربان است', ['۲۸ جوزا=2024-06-17']],
		['en', '2021-06-01', 'The ceremony is on June 3.', ['June 3=2021-06-03']],
		// an announcement or a decision in the past is of a day to come (lexicon tense `declare`)
		['ar', '2025-07-17', 'أعلنت الوزارة 20 يوليو عطلة رسمية', ['20 يوليو=2025-07-20']],
		['fa', '2024-06-08', 'دادگاه عالی ۲۸ جوزا را روز اول عید اعلام کرد', ['۲۸ جوزا=2024-06-17']],
		['fa', '2024-07-15', 'نخست وزیر دستور داد ۲۶ تیرماه تعطیل رسمی باشد.', ['۲۶ تیرماه=2024-07-16']],
		['en', '2021-06-01', 'The ministry declared June 3 a public holiday.', ['June 3=2021-06-03']],
		// look-alikes: a past of a happening, or a day further ahead, is the last such day
		['ar', '2025-07-17', 'عقد الاجتماع في 20 يوليو', ['20 يوليو=2024-07-20']],
		['ar', '2024-03-05', 'ووصل الوفد إلى بغداد في 12 مارس', ['12 مارس=2023-03-12']],
		['fa', '2024-06-08', 'مدارس از ۲۸ جوزا بازگشایی شد', ['۲۸ جوزا=2023-06-18']],
		['en', '2021-06-01', 'The court ruled on June 3.', ['June 3=2020-06-03']],
		['en', '2021-06-01', 'The ceremony is on June 30.', ['June 30=2020-06-30']],
		// (with «است» after it, «جشن در ۲۸ سرطان است», the day is named by what it is: present-copula.test.ts)
		['fa', '2024-06-08', 'جشن ۲۸ سرطان', ['۲۸ سرطان=2023-07-19']]
	],
	'a holiday within two weeks after the reference is the one to come': [
		['ar', '2023-06-25', 'في عيد الأضحى', ['عيد الأضحى=2023-06-28']],
		[
			'fa',
			'2023-06-25',
			'به مناسبت روزهای عرفه و عید قربان، چهار روز تعطیل عمومی است.',
			['عید قربان=2023-06-28']
		],
		['en', '2023-12-20', 'Shops are open on Christmas Day.', ['Christmas Day=2023-12-25']],
		// look-alikes: a past of a happening, or a holiday further ahead
		['ar', '2023-06-25', 'جرت الصلاة في عيد الأضحى', ['عيد الأضحى=2022-07-09']],
		['fa', '2023-06-25', 'روزهای عرفه و عید قربان تعطیل شد.', ['عید قربان=2022-07-09']],
		['en', '2023-12-20', 'Shops closed on Christmas Day.', ['Christmas Day=2022-12-25']],
		['ar', '2023-06-01', 'في عيد الأضحى', ['عيد الأضحى=2022-07-09']],
		['en', '2023-12-01', 'Shops are open on Christmas Day.', ['Christmas Day=2022-12-25']]
	],
	'"last year" told before a day in its clause gives the day that year': [
		[
			'fa',
			'2022-08-14',
			'سال گذشته در تاریخ ۱۵ آگوست نیروها خارج شدند',
			['سال گذشته=2021-03-21/2022-03-20', '۱۵ آگوست=2021-08-15']
		],
		[
			'en',
			'2021-07-08',
			'Last year we started July 19th.',
			['Last year=2020-01-01/2020-12-31', 'July 19th=2020-07-19']
		],
		[
			'ar',
			'2025-07-17',
			'بدأ الموسم العام الماضي في 10 يوليو',
			['العام الماضي=2024-01-01/2024-12-31', '10 يوليو=2024-07-10']
		],
		// look-alikes: another clause, after a comma
		[
			'ar',
			'2025-07-17',
			'العام الماضي، قال إن الموسم بدأ في 10 يوليو',
			['العام الماضي=2024-01-01/2024-12-31', '10 يوليو=2025-07-10']
		],
		[
			'fa',
			'2022-08-14',
			'سال گذشته ، نیروها در ۱۰ مرداد خارج شدند',
			['سال گذشته=2021-03-21/2022-03-20', '۱۰ مرداد=2022-08-01']
		],
		[
			'en',
			'2021-07-08',
			'Last year was hard, and we started July 1st.',
			['Last year=2020-01-01/2020-12-31', 'July 1st=2021-07-01']
		]
	],
	'after a full date told in its sentence, a day without a year is the nearer one, before or after it': [
		[
			'fa',
			'2022-08-14',
			'در روز پنجشنبه ۲۶ اسفندماه ۱۴۰۰ نسبت به روز چهارشنبه ۲۵ اسفندماه افزایش داشتیم',
			['روز پنجشنبه ۲۶ اسفندماه ۱۴۰۰=2022-03-17', 'روز چهارشنبه ۲۵ اسفندماه=2022-03-16']
		],
		[
			'ar',
			'2022-08-14',
			'ارتفعت الحركة يوم 17 مارس 2022 مقارنة بيوم 16 مارس',
			['يوم 17 مارس 2022=2022-03-17', 'يوم 16 مارس=2022-03-16']
		],
		[
			'en',
			'2022-08-14',
			'Traffic on March 17, 2022 rose compared with March 16.',
			['March 17, 2022=2022-03-17', 'March 16=2022-03-16']
		],
		// look-alikes: a day early in the next year is that year's
		[
			'fa',
			'2022-08-14',
			'آنها در ۲۹ اسفند ۱۳۹۹ آمدند و در ۲ فروردین رفتند',
			['۲۹ اسفند ۱۳۹۹=2021-03-19', '۲ فروردین=2021-03-22']
		],
		[
			'ar',
			'2022-08-14',
			'التقوا في 30 ديسمبر 2019 وغادروا في 2 يناير',
			['30 ديسمبر 2019=2019-12-30', '2 يناير=2020-01-02']
		],
		[
			'en',
			'2022-08-14',
			'They met on December 30, 2019 and left on January 2.',
			['December 30, 2019=2019-12-30', 'January 2=2020-01-02']
		]
	]
};

describeRows('a day of a month without a year, near the reference or a date told', rows);
