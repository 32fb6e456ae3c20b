import { describeRows, type Row } from './rows';

/**
 * What news says of a schedule looks forward (lexicon/tense.ts, dates/tense.ts): the Arabic imperfect
 * of a scheduled happening is future on its own («تجرى الانتخابات يومي 7 و8 نوفمبر», «يسافر أول فوج»,
 * «وتشهد … أمطارًا حتى مساء الأحد»), as is «على أن» after a date ("with … to be"), and «يكون», «تكون» ("will be"); "is targeting",
 * "targeted for", "no earlier than", "no later than"; a Persian clause is read over 25 words, as its
 * verb comes last («روز 26 فوریه (7 اسفند) انتخابات … برگزار خواهد شد»), and «آغاز شده» (has begun) is
 * past, nearer than a future verb after «و». Each row: [lang, ref, text, exactly the mentions found,
 * as "span=day" or "span=first/last"].
 */

const rows: Record<string, Row[]> = {
	'Arabic: the imperfect of a scheduled happening, and «على أن», look forward': [
		[
			'ar',
			'2025-10-29',
			'تجرى انتخابات مجلس النواب في الخارج يومى 7 و8 نوفمبر',
			['7=2025-11-07', '8 نوفمبر=2025-11-08']
		],
		[
			'ar',
			'2019-04-17',
			'يسافر أول فوج من الحجاج في النصف الثاني من شهر ذي القعدة',
			['النصف الثاني من شهر ذي القعدة=2019-07-19/2019-08-01']
		],
		['ar', '2025-08-02', 'وتشهد محايل عسير أمطارًا متوسطة حتى مساء الأحد', ['الأحد=2025-08-03']],
		[
			'ar',
			'2025-10-29',
			'وفى الداخل 10 و11 نوفمبر، على أن تعلن النتيجة يوم 18 نوفمبر',
			['10=2025-11-10', '11 نوفمبر=2025-11-11', 'يوم 18 نوفمبر=2025-11-18']
		]
	],
	'Arabic: «يكون», «تكون» (will be) are future on their own, as in a consequence («فيكون»)': [
		['ar', '2026-01-19', 'ويكون الدوام يوم الأحد', ['يوم الأحد=2026-01-25']],
		[
			'ar',
			'2026-01-19',
			'وفي حال ثبوت رؤية الهلال مساء يوم 17 شباط، فيكون الأربعاء 18 شباط غرة رمضان',
			['يوم 17 شباط=2026-02-17', 'الأربعاء 18 شباط=2026-02-18', 'غرة رمضان=2026-02-18']
		],
		['ar', '2026-01-19', 'كان الدوام يوم الأحد', ['يوم الأحد=2026-01-18']]
	],
	'Arabic look-alikes: the perfect, and a past verb nearer than «على أن», look back': [
		[
			'ar',
			'2025-10-29',
			'جرت انتخابات مجلس النواب في الخارج يومي 7 و8 نوفمبر',
			['7=2024-11-07', '8 نوفمبر=2024-11-08']
		],
		[
			'ar',
			'2019-04-17',
			'سافر أول فوج من الحجاج في النصف الثاني من شهر ذي القعدة',
			['النصف الثاني من شهر ذي القعدة=2018-07-29/2018-08-11']
		],
		['ar', '2025-08-02', 'وشهدت محايل عسير أمطارًا متوسطة حتى مساء الأحد', ['الأحد=2025-07-27']],
		['ar', '2025-10-29', 'اتفق الطرفان على أن الاجتماع عقد في 11 نوفمبر', ['11 نوفمبر=2024-11-11']]
	],
	'Persian: the verb at the end of a long clause; «آغاز شده» is past': [
		[
			'fa',
			'2016-02-18',
			'روز 26 فوریه (7 اسفند) انتخابات دهمین دوره مجلس شورای اسلامی ایران برای انتخاب 290 نماینده این مجلس برای یک دوره چهار ساله برگزار خواهد شد.',
			['روز 26 فوریه=2016-02-26', '7 اسفند=2016-02-26']
		],
		[
			'fa',
			'2023-08-09',
			'پیش ثبت نام از روز ۱۶ مرداد آغاز شده و تا ۲۲ مرداد ماه ادامه خواهد داشت.',
			['روز ۱۶ مرداد=2023-08-07', '۲۲ مرداد ماه=2023-08-13']
		]
	],
	'Persian look-alikes: a past verb at the end, a start to come': [
		[
			'fa',
			'2016-02-18',
			'روز 26 فوریه (7 اسفند) انتخابات دهمین دوره مجلس شورای اسلامی ایران برای انتخاب 290 نماینده این مجلس برای یک دوره چهار ساله برگزار شد.',
			['روز 26 فوریه=2015-02-26', '7 اسفند=2015-02-26']
		],
		[
			'fa',
			'2023-08-09',
			'پیش ثبت نام از روز ۱۶ مرداد آغاز می شود و تا ۲۲ مرداد ماه ادامه خواهد داشت.',
			['روز ۱۶ مرداد=2024-08-06', '۲۲ مرداد ماه=2023-08-13']
		]
	],
	'English: "is targeting", "targeted for", "no earlier than", "no later than" look forward': [
		[
			'en',
			'2020-08-24',
			'Then, on Thursday, SpaceX is targeting 7:19 p.m. to launch a radar satellite.',
			['Thursday=2020-08-27']
		],
		['en', '2009-02-17', 'The satellite is targeted for March 9.', ['March 9=2009-03-09']],
		[
			'en',
			'2009-02-17',
			'NASA has scheduled a news conference no earlier than Friday.',
			['Friday=2009-02-20']
		],
		['en', '2009-02-17', 'Applications must arrive no later than March 1.', ['March 1=2009-03-01']]
	],
	'English look-alikes: a past verb, and "earlier" alone, look back': [
		['en', '2020-08-24', 'Then, on Thursday, SpaceX launched a radar satellite.', ['Thursday=2020-08-20']],
		['en', '2009-02-17', 'The plant closed earlier than usual on Friday.', ['Friday=2009-02-13']],
		['en', '2009-02-17', 'The plant closed earlier on Friday.', ['Friday=2009-02-13']]
	]
};

describeRows('What news says of a schedule looks forward', rows);
