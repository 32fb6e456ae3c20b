import { describeRows, type Row } from './rows';

/**
 * The tense of a clause decides which way a day, month, weekday, season or holiday without a year
 * resolves (dates/tense.ts, DESIGN.md §3): forward in a future clause, back otherwise. Each row:
 * [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const MAY = '2024-05-15'; // a Wednesday; 26 Ordibehesht 1403
const ESFAND = '2024-03-01'; // 11 Esfand 1402

const rows: Record<string, Row[]> = {
	'English: will, due to, scheduled, would, must, by… look forward': [
		['en', MAY, 'The talks will start on June 3.', ['June 3=2024-06-03']],
		['en', MAY, 'The album is due to be released in October.', ['October=2024-10-01/2024-10-31']],
		['en', MAY, 'The vote is scheduled for Friday.', ['Friday=2024-05-17']],
		['en', MAY, 'He said the envoy would arrive in March.', ['March=2025-03-01/2025-03-31']],
		['en', MAY, 'The rights expire Nov. 21.', ['Nov. 21=2024-11-21']],
		['en', MAY, 'The boy must be returned by Jan. 14.', ['Jan. 14=2025-01-14']],
		['en', MAY, 'The meeting will be held on Monday.', ['Monday=2024-05-20']],
		['en', MAY, 'The offer was extended to Nov. 16.', ['Nov. 16=2024-11-16']]
	],
	'English: the past, and the nearest tense word, win': [
		['en', MAY, 'The talks started on June 3.', ['June 3=2023-06-03']],
		[
			'en',
			MAY,
			'He said on Monday that talks will resume in June.',
			['Monday=2024-05-13', 'June=2024-06-01/2024-06-30']
		],
		[
			'en',
			MAY,
			'Output had fallen in April and would recover by December.',
			['April=2024-04-01/2024-04-30', 'December=2024-12-01/2024-12-31']
		],
		['en', MAY, 'Two members had filed reports by Wednesday.', ['Wednesday=2024-05-15']],
		['en', MAY, 'The loss was due to its weak sales in March.', ['March=2024-03-01/2024-03-31']],
		['en', MAY, 'The ban lasted until the end of March.', ['end of March=2024-03-21/2024-03-31']],
		['en', MAY, 'It will rain. The talks began in June.', ['June=2023-06-01/2023-06-30']]
	],
	'Arabic: سـ, سوف, من المقرر look forward': [
		['ar', MAY, 'سيعقد الاجتماع في يناير', ['يناير=2025-01-01/2025-01-31']],
		['ar', MAY, 'وستبدأ المحادثات يوم الأحد', ['يوم الأحد=2024-05-19']],
		['ar', MAY, 'سوف تصل البعثة في سبتمبر', ['سبتمبر=2024-09-01/2024-09-30']],
		['ar', MAY, 'ومن المقرر أن تنطلق الجولة في 3 يونيو', ['3 يونيو=2024-06-03']]
	],
	'Arabic: the past stays back; words that only look like the future prefix': [
		['ar', MAY, 'عقد الاجتماع في يناير', ['يناير=2024-01-01/2024-01-31']],
		[
			'ar',
			MAY,
			'وانتهت المرحلة الأولى بحلول نهاية شهر كانون الثاني',
			['نهاية شهر كانون الثاني=2024-01-21/2024-01-31']
		],
		['ar', MAY, 'وصلت السيارة يوم الأحد', ['يوم الأحد=2024-05-12']],
		['ar', MAY, 'ناقشت السياسة في يناير', ['يناير=2024-01-01/2024-01-31']]
	],
	'Persian: خواهد, قرار است look forward, wherever they stand in the clause': [
		['fa', ESFAND, 'نتایج در فروردین اعلام خواهد شد', ['فروردین=2024-03-20/2024-04-19']],
		[
			'fa',
			ESFAND,
			'قرار است نشست وزرای خارجه دو کشور در اردیبهشت برگزار شود',
			['اردیبهشت=2024-04-20/2024-05-20']
		],
		['fa', ESFAND, 'هیئت روز شنبه به تهران خواهد آمد', ['روز شنبه=2024-03-02']],
		['fa', ESFAND, 'نتایج در فروردین اعلام شد', ['فروردین=2023-03-21/2023-04-20']],
		['fa', ESFAND, 'هیئت روز شنبه به تهران آمد', ['روز شنبه=2024-02-24']]
	],
	'scheduled happenings in the present look forward: an Arabic imperfect of holding or concluding, «برگزار می‌شود», "meets next"':
		[
			['ar', MAY, 'وتختتم الجولة يوم السبت بمواجهات التعاون ضد القادسية', ['يوم السبت=2024-05-18']],
			['ar', MAY, '21 مليون عراقي يختارون نوابهم 11 نوفمبر', ['11 نوفمبر=2024-11-11']],
			['fa', ESFAND, 'نمایشگاه کتاب از ۲۱ اردیبهشت در مصلی برگزار می‌شود', ['۲۱ اردیبهشت=2024-05-10']],
			['en', MAY, 'The committee meets next on November 3.', ['November 3=2024-11-03']],
			// the past of the same, and a verb of saying in a headline's present, stay back
			['ar', MAY, 'واختتمت الجولة يوم السبت', ['يوم السبت=2024-05-11']],
			['ar', MAY, 'طالبان تنفي يوم الأحد أي علاقة', ['يوم الأحد=2024-05-12']],
			['fa', ESFAND, 'نمایشگاه کتاب از ۲۱ اردیبهشت در مصلی برگزار شد', ['۲۱ اردیبهشت=2023-05-11']],
			['en', MAY, 'The committee met on November 3.', ['November 3=2023-11-03']],
			// what opens or closes on a day («وتُغلق يوم 2 شباط», «بسته می‌شود», "closes on Feb. 2")
			[
				'ar',
				'2026-01-14',
				'انطلقت الفترة مطلع كانون الثاني، وتُغلق يوم 2 شباط',
				['مطلع كانون الثاني=2026-01-01/2026-01-10', 'يوم 2 شباط=2026-02-02']
			],
			['fa', '2026-01-14', 'پنجره نقل و انتقالات ۱۳ بهمن بسته می‌شود', ['۱۳ بهمن=2026-02-02']],
			['en', '2026-01-14', 'The window closes on Feb. 2.', ['Feb. 2=2026-02-02']],
			['ar', '2026-01-14', 'أغلقت المدارس يوم 2 شباط', ['يوم 2 شباط=2025-02-02']],
			['fa', '2026-01-14', 'پنجره نقل و انتقالات ۱۳ بهمن بسته شد', ['۱۳ بهمن=2025-02-01']],
			['en', '2026-01-14', 'The window closed on Feb. 2.', ['Feb. 2=2025-02-02']],
			// an Arabic weather forecast in the imperfect («تتأثر البلاد», «تهطل الأمطار», «ترتفع درجات الحرارة»)
			['ar', '2025-12-30', 'أما في يوم الخميس، تتأثر البلاد بمنخفض جوي', ['يوم الخميس=2026-01-01']],
			['ar', '2025-12-30', 'ترتفع درجات الحرارة يوم الجمعة', ['يوم الجمعة=2026-01-02']],
			['ar', '2025-12-30', 'ارتفعت درجات الحرارة يوم الجمعة', ['يوم الجمعة=2025-12-26']]
		],
	'after «که» / «إن» the verb of saying is not the tense: what was said decides, far in a Persian clause': [
		[
			'fa',
			ESFAND,
			'عضو هیات رئیسه مجلس شورای اسلامی گفت که ۹ اردیبهشت مراسم تحلیف «مسعود پزشکیان» رئیس جمهور منتخب در مجلس شورای اسلامی برگزار میشود.',
			['۹ اردیبهشت=2024-04-28']
		],
		['fa', ESFAND, 'سخنگو گفت که ۹ اردیبهشت مراسم در مجلس برگزار شد.', ['۹ اردیبهشت=2023-04-29']],
		// a date before «إن» is the verb's
		['ar', MAY, 'وقال التلفزيون الحكومي السبت إنه من المتوقع الإعلان عن النصر', ['السبت=2024-05-11']]
	],
	'a forecast: «مورد انتظار است», «انتظار می‌رود» look forward': [
		[
			'fa',
			MAY,
			'روزهای شنبه و یکشنبه افزایش نسبی دما مورد انتظار است.',
			['شنبه=2024-05-18', 'یکشنبه=2024-05-19']
		],
		['fa', MAY, 'انتظار می‌رود نشست در ۱۰ خرداد برگزار شود.', ['۱۰ خرداد=2024-05-30']],
		// the past stays back
		['fa', MAY, 'روزهای شنبه و یکشنبه افزایش دما ثبت شد.', ['شنبه=2024-05-11', 'یکشنبه=2024-05-12']]
	],
	"«على أن» opens a future clause of its own: a date before it keeps its own clause's tense": [
		[
			'ar',
			'2026-01-14',
			'انطلقت فترة الانتقالات في ألمانيا وإنجلترا وفرنسا في الأول من يناير، على أن تختتم يوم 2 فبراير.',
			['الأول من يناير=2026-01-01', 'يوم 2 فبراير=2026-02-02']
		],
		[
			'ar',
			MAY,
			'افتتحت البطولة في 10 مايو على أن تنتهي في 30 مايو',
			['10 مايو=2024-05-10', '30 مايو=2024-05-30']
		],
		// no tense in the clause before it: the future after the comma is the date's
		['ar', MAY, 'في الداخل 20 و21 نوفمبر، على أن تعلن النتيجة', ['20=2024-11-20', '21 نوفمبر=2024-11-21']],
		['ar', MAY, 'تم الاتفاق على أن يكون 20 يناير موعدا للتسليم', ['20 يناير=2025-01-20']],
		// look-alikes: the past verb alone, and «على» alone
		['ar', MAY, 'انطلقت البطولة في 20 نوفمبر', ['20 نوفمبر=2023-11-20']],
		['ar', MAY, 'علاوة على أن الاجتماع عقد في 20 نوفمبر', ['20 نوفمبر=2023-11-20']]
	],
	'the point of a decimal number and an English line wrapped inside a sentence end no clause': [
		['en', '2018-02-26', 'The river will crest at 46.9 feet Wednesday.', ['Wednesday=2018-02-28']],
		['ar', '2018-02-26', 'سيرتفع منسوب النهر إلى 46.9 قدم يوم الأربعاء', ['يوم الأربعاء=2018-02-28']],
		['fa', '2018-02-26', 'روز چهارشنبه سطح آب رودخانه به ۴۶.۹ متر خواهد رسید', ['روز چهارشنبه=2018-02-28']],
		[
			'en',
			'2025-04-17',
			'The Wabash River is expected to pass below moderate flood stage\nFriday at Mount Carmel.',
			['Friday=2025-04-18']
		],
		// look-alikes: a full stop after a figure, a blank line, a line ending in a capital
		['en', '2018-02-26', 'The river will crest. It was 46 feet Wednesday.', ['Wednesday=2018-02-21']],
		['ar', '2018-02-26', 'سيرتفع منسوب النهر. وبلغ 46 قدما يوم الأربعاء', ['يوم الأربعاء=2018-02-21']],
		[
			'en',
			'2018-02-26',
			'Flood warnings are expected to continue\n\nWednesday brought the heaviest rain.',
			['Wednesday=2018-02-21']
		],
		[
			'en',
			'2018-02-26',
			'Rain Expected To Continue In Evansville\nWednesday brought the heaviest rain.',
			['Wednesday=2018-02-21']
		]
	],
	'English: on track to, poised to, aims to; a possessive day before "targeted" or "planned"': [
		[
			'en',
			'2023-08-24',
			'SpaceX teams are on track to launch a Falcon 9 rocket early Friday.',
			['Friday=2023-08-25']
		],
		['en', '2023-08-24', 'The agency is poised to announce its decision on Monday.', ['Monday=2023-08-28']],
		[
			'en',
			'2023-08-24',
			"The crew rescheduled the mission to fly hours after Friday's targeted launch.",
			['Friday=2023-08-25']
		],
		// look-alikes: the past ("was on track", "targeted" as a verb)
		['en', '2023-08-24', 'The jets targeted a depot on Friday.', ['Friday=2023-08-18']],
		['en', '2023-08-24', "Friday's launch went well.", ['Friday=2023-08-18']]
	],
	'"could", "might", «قد يتم», «ممکن است» look forward; "could not", "could be", "could have", "could hear" do not':
		[
			[
				'en',
				'2018-02-26',
				'He said another inch of rain could fall on the area from midnight Tuesday to noon Thursday.',
				['Tuesday=2018-02-27', 'Thursday=2018-03-01']
			],
			['en', '2018-02-26', 'The talks might resume on Thursday.', ['Thursday=2018-03-01']],
			['en', '2018-02-26', 'He could not attend on Tuesday.', ['Tuesday=2018-02-20']],
			['en', '2000-01-06', 'Neither he nor his family could be located Wednesday.', ['Wednesday=2000-01-05']],
			['en', '2018-02-26', 'Police wondered how he could have hidden it on Tuesday.', ['Tuesday=2018-02-20']],
			['en', '2018-02-26', 'Residents could hear explosions on Tuesday.', ['Tuesday=2018-02-20']],
			// Arabic «قد» before an imperfect, «من المحتمل أن», Persian «ممکن است», «احتمال دارد»
			['ar', '2018-02-26', 'قد يتم الإعلان عن النتائج يوم الثلاثاء', ['يوم الثلاثاء=2018-02-27']],
			['ar', '2018-02-26', 'من المحتمل أن تهطل الأمطار يوم الثلاثاء', ['يوم الثلاثاء=2018-02-27']],
			['fa', '2018-02-26', 'ممکن است روز سه‌شنبه باران ببارد', ['روز سه‌شنبه=2018-02-27']],
			['fa', '2018-02-26', 'احتمال دارد روز پنجشنبه جلسه برگزار شود', ['روز پنجشنبه=2018-03-01']],
			// «قد» before a perfect is "already", the past
			['ar', '2018-02-26', 'وقد تم الإعلان يوم الخميس', ['يوم الخميس=2018-02-22']],
			['fa', '2018-02-26', 'روز پنجشنبه جلسه برگزار شد', ['روز پنجشنبه=2018-02-22']]
		],
	'"beginning"/"starting" right before a date, "expects" and "the forecast" look forward': [
		[
			'en',
			'2025-07-14',
			'The ministry announced on Monday the resumption of flights to Iran, beginning Tuesday, after a suspension.',
			['Monday=2025-07-14', 'Tuesday=2025-07-15']
		],
		['en', '2025-07-14', 'Flights resume starting Tuesday.', ['Tuesday=2025-07-15']],
		['en', '2025-07-14', 'The forecast for Sunday is rain.', ['Sunday=2025-07-20']],
		['ar', '2025-09-20', 'يتوقع المركز هطول أمطار يوم الأحد', ['يوم الأحد=2025-09-21']],
		[
			'en',
			'2025-06-30',
			'Oil prices fell on Monday over expectations of another output hike in August.',
			['Monday=2025-06-30', 'August=2025-08-01/2025-08-31']
		],
		['en', '2025-06-30', 'Sales in May beat expectations.', ['May=2025-05-01/2025-05-31']],
		// look-alikes: the past of starting, and "beginning" further from the date
		['en', '2025-07-14', 'The strike began Tuesday.', ['Tuesday=2025-07-08']],
		[
			'en',
			'2025-07-14',
			'Beginning in the early hours of Tuesday, the attack lasted a day.',
			['Tuesday=2025-07-08']
		],
		['ar', '2025-09-20', 'توقع المركز هطول أمطار يوم الأحد', ['يوم الأحد=2025-09-14']]
	],
	'a condition to be met looks forward: «في حال», «إذا», «در صورت», «اگر», "if"': [
		[
			'ar',
			'2026-01-19',
			'وفي حال ثبوت رؤية الهلال مساء يوم 17 شباط، فيكون الأربعاء 18 شباط أول أيام رمضان',
			['يوم 17 شباط=2026-02-17', 'الأربعاء 18 شباط=2026-02-18', 'أول أيام رمضان=2026-02-18']
		],
		['fa', '2026-01-19', 'اگر روز سه‌شنبه باران ببارد', ['روز سه‌شنبه=2026-01-20']],
		['en', '2025-07-02', 'If talks fail on Monday, strikes follow.', ['Monday=2025-07-07']],
		// a nearer past word wins: "asked if … met", «إذا كان … قد التقى»
		['en', '2025-07-02', 'Reporters asked if the minister met the envoy on Monday.', ['Monday=2025-06-30']],
		['ar', '2026-01-19', 'سأل إذا كان الوزير قد التقى المبعوث يوم الثلاثاء', ['يوم الثلاثاء=2026-01-13']]
	],
	'English: "runs through", "is set for", and a participle after "remain" or "stay"': [
		['en', '2024-05-15', 'The festival runs through Sunday.', ['Sunday=2024-05-19']],
		['en', '2024-05-15', 'The trial is set for June 3.', ['June 3=2024-06-03']],
		['en', '2024-05-15', 'Schools will remain closed through Friday.', ['Friday=2024-05-17']],
		// look-alikes: the past
		['en', '2024-05-15', 'The festival ran through Sunday.', ['Sunday=2024-05-12']],
		['en', '2024-05-15', 'The office remained closed on Friday.', ['Friday=2024-05-10']]
	],
	'a date with its year, or said relative, does not move with the tense': [
		['en', MAY, 'The talks will start on June 3, 2023.', ['June 3, 2023=2023-06-03']],
		['en', MAY, 'It will be decided next month.', ['next month=2024-06-01/2024-06-30']],
		['ar', MAY, 'سيعقد الاجتماع في يناير الماضي', ['يناير الماضي=2024-01-01/2024-01-31']]
	]
};

describeRows('the tense of the clause decides the direction of a date without a year', rows);
