import { describeRows, type Row } from './rows';

/**
 * Rules from the residual errors of the real-news sets (real5–real7), each with look-alikes that
 * must not match. Each row: [lang, ref, text, exactly the mentions found, as "span=value"].
 */

const REF = '2026-01-22';

const rows: Record<string, Row[]> = {
	'a year closing a headline or title line is that year; a numbered thing is not': [
		['ar', REF, 'معرض القاهرة الدولي للكتاب 2026', ['2026=2026-01-01/2026-12-31']],
		['ar', REF, 'انتخابات نواب الأردن 2024\nأخبار الأردن', ['2024=2024-01-01/2024-12-31']],
		['fa', REF, 'نمایشگاه بین‌المللی کتاب تهران ۱۴۰۳', ['۱۴۰۳=2024-03-20/2025-03-20']],
		['en', REF, 'Cairo International Book Fair 2026', ['2026=2026-01-01/2026-12-31']],
		// numbered things, and a number with more after it on its line
		['ar', REF, 'مجلس الأمن يتبنى القرار 2254', []],
		['ar', REF, 'للاستفسار هاتف 2100', []],
		['fa', REF, 'کد خبر ۱۴۰۰', []],
		['fa', REF, 'تعداد ۱۴۰۰', []],
		['en', REF, 'The Council adopted Resolution 2254', []],
		['en', REF, 'Passengers of Flight 1549', []],
		['ar', REF, 'وصل عدد الحضور 2000 شخص', []],
		['en', REF, 'Its price rose 2000 points on Monday', ['Monday=2026-01-19']]
	],
	'the second end of a range said with no year comes after the first': [
		[
			'ar',
			REF,
			'وتقام فعاليات المعرض لعام 2026 خلال الفترة من 21 يناير حتى 3 فبراير، بمركز مصر',
			['عام 2026=2026-01-01/2026-12-31', '21 يناير=2026-01-21', '3 فبراير=2026-02-03']
		],
		['fa', REF, 'نمایشگاه از ۲۵ دی تا ۵ بهمن در تهران دایر بود', ['۲۵ دی=2026-01-15', '۵ بهمن=2026-01-25']],
		[
			'en',
			REF,
			'The fair ran from January 21 to February 3 in Cairo.',
			['January 21=2026-01-21', 'February 3=2026-02-03']
		],
		['fa', '2024-09-18', 'از اول سنبله تا ۱۵ میزان', ['اول سنبله=2024-08-22', '۱۵ میزان=2024-10-06']],
		// a weekday with its date keeps the day it names
		[
			'en',
			REF,
			'from Monday to Thursday, 5 February',
			['Monday=2026-01-19', 'Thursday, 5 February=2026-02-05']
		],
		// ends in order stay as read
		['ar', REF, 'من 3 إلى 9 يناير', ['3=2026-01-03', '9 يناير=2026-01-09']]
	],
	'«ل» glued to the article («لل») before a day, a unit or a season': [
		[
			'ar',
			'2012-10-20',
			'سيكون الوقوف بعرفة الموافق للخامس والعشرين من شهر أكتوبر 2012م',
			['للخامس والعشرين من شهر أكتوبر 2012م=2012-10-25']
		],
		['ar', '2024-05-01', 'المقرر للعاشر من الشهر المقبل', ['للعاشر من الشهر المقبل=2024-06-10']],
		['ar', '2024-05-01', 'تأجيل الجلسة للصيف المقبل', ['للصيف المقبل=2024-06-01/2024-08-31']],
		['ar', '2024-05-01', 'وذلك للعام الجاري', ['للعام الجاري=2024-01-01/2024-12-31']],
		// «لل» before what is no date: the Nth time, a world day, a company's name
		['ar', '2024-05-01', 'فاز باللقب للعام الثاني على التوالي', []],
		['ar', '2024-05-01', 'دعت للاحتفال لليوم العالمي للمرأة', []],
		['ar', '2024-05-01', 'وجه الدعوة للخامس من المدعوين', []],
		['ar', '2024-05-01', 'أفلام مترو جولدوين ماير وفوكس للقرن العشرين', []],
		['en', '2024-05-01', 'films by Twentieth Century Fox', []],
		['fa', '2024-05-01', 'فیلم‌های کمپانی فاکس قرن بیستم', []],
		// the same words as dates, with no glued letter
		['ar', '2024-05-01', 'في القرن العشرين', ['القرن العشرين=1900-01-01/1999-12-31']],
		['en', '2024-05-01', 'in the twentieth century', ['the twentieth century=1900-01-01/1999-12-31']]
	],
	'a site or paper called "X Today" standing apart is no day; a speaker\'s "today" is': [
		['ar', REF, 'وكان صدر في الجريدة الرسمية (الكويت اليوم) مشروع مرسوم', []],
		['ar', REF, 'في تصريح صحفي وتابعته "بغداد اليوم"، إن المجلس قرر', []],
		['ar', REF, 'دمشق-لبنان اليوم', []],
		['fa', REF, 'به گزارش روزنامه (ایران امروز) وزیر', []],
		['fa', REF, 'تهران-ایران امروز', []],
		['en', REF, 'according to the newspaper (Egypt Today) the minister', []],
		['en', REF, 'CAIRO - Egypt Today', []],
		// a speaker's words, a verb before "today", "today" alone in brackets
		['ar', REF, 'وقال "سنعود اليوم" للمدينة', ['اليوم=2026-01-22']],
		['ar', REF, 'وقال: "نصل اليوم" للمدينة', ['اليوم=2026-01-22']],
		['ar', REF, 'المؤتمر (يعقد اليوم) في القاهرة', ['اليوم=2026-01-22']],
		['ar', REF, 'وصل الوفد اليوم - بحسب المصادر', ['اليوم=2026-01-22']],
		['ar', REF, 'وأعلن (اليوم) الوزير', ['اليوم=2026-01-22']],
		['fa', REF, 'وزیر گفت "امروز می‌رسیم"', ['امروز=2026-01-22']],
		['en', REF, 'He said "leave today" to them', ['today=2026-01-22']],
		['en', REF, 'The minister arrived today - sources said', ['today=2026-01-22']]
	],
	'a day written with its ordinal ending takes a comma before its month': [
		['en', REF, 'Published on 19th, January 2024', ['19th, January 2024=2024-01-19']],
		['ar', REF, 'تاريخ النشر: 19th, January 2024 GMT', ['19th, January 2024=2024-01-19']],
		['en', REF, 'the 5th, March 2023', ['5th, March 2023=2023-03-05']],
		// a plain number and a comma stay apart from the month
		['en', REF, 'Of the 19, January 2024 saw most', ['January 2024=2024-01-01/2024-01-31']]
	],
	'the school year is no calendar year': [
		['fa', '2024-03-20', 'آغاز سال تحصیلی در مناطق سردسیر افغانستان', []],
		['fa', '2024-05-01', 'سال تحصیلی جدید از اول مهر آغاز می‌شود', ['اول مهر=2024-09-22']],
		['ar', '2024-05-01', 'مع بداية العام الدراسي الجديد', []],
		['en', '2024-05-01', 'at the start of the school year', []],
		// the calendar year, and years said with the school year
		['fa', '2024-05-01', 'در آغاز سال جاری', ['آغاز سال جاری=2024-03-20/2024-07-21']],
		['ar', '2024-05-01', 'مع بداية العام الجاري', ['بداية العام الجاري=2024-01-01/2024-04-30']],
		['en', '2024-05-01', 'at the start of the year', ['start of the year=2024-01-01/2024-04-30']],
		[
			'ar',
			'2024-05-01',
			'العام الدراسي 2023-2024',
			['2023=2023-01-01/2023-12-31', '2024=2024-01-01/2024-12-31']
		]
	],
	'a day after "and" that follows a month-first day shares its month; a count does not': [
		[
			'en',
			'2020-07-29',
			'the last two matches will be on Nov. 12 and 17 in Tehran.',
			['Nov. 12=2020-11-12', '17=2020-11-17']
		],
		['en', '2020-07-29', 'They met on March 3 and 5.', ['March 3=2020-03-03', '5=2020-03-05']],
		// day-first, the first day shares what follows (Arabic, Persian, English)
		['ar', '2020-07-29', 'يومي 12 و17 نوفمبر', ['12=2019-11-12', '17 نوفمبر=2019-11-17']],
		['fa', '2020-07-29', 'در روزهای ۱۲ و ۱۷ تیر', ['۱۲=2020-07-02', '۱۷ تیر=2020-07-07']],
		// counts, times, decimals and dates of their own after "and"
		['en', '2020-07-29', 'They met on May 5 and 6 people died', ['May 5=2020-05-05']],
		['en', '2020-07-29', 'On March 3 and 12 of them fled', ['March 3=2020-03-03']],
		['en', '2020-07-29', 'on March 3 and 5.5 percent more', ['March 3=2020-03-03']],
		['en', '2020-07-29', 'on March 3 and 17:30', ['March 3=2020-03-03']],
		['en', '2020-07-29', 'on March 3 and 4 March', ['March 3=2020-03-03', '4 March=2020-03-04']],
		['en', '2020-07-29', 'on March 5 and 3 in Paris', ['March 5=2020-03-05']]
	],
	'"the first three (six) months" of a year is its first quarter (half); of anything else, no date': [
		['fa', '2024-09-18', 'در سه ماه نخست سال جاری', ['سه ماه نخست سال جاری=2024-03-20/2024-06-20']],
		['fa', '2024-09-18', 'در سه ماه اول سال ۱۴۰۳', ['سه ماه اول سال ۱۴۰۳=2024-03-20/2024-06-20']],
		['fa', '2024-09-18', 'در شش ماهه دوم سال', ['شش ماهه دوم سال=2024-09-22/2025-03-20']],
		[
			'ar',
			'2024-09-18',
			'خلال الأشهر الثلاثة الأولى من العام الجاري',
			['الأشهر الثلاثة الأولى من العام الجاري=2024-01-01/2024-03-31']
		],
		[
			'ar',
			'2024-09-18',
			'خلال الأشهر الستة الأولى من 2024',
			['الأشهر الستة الأولى من 2024=2024-01-01/2024-06-30']
		],
		[
			'en',
			'2024-09-18',
			'in the first three months of 2024',
			['first three months of 2024=2024-01-01/2024-03-31']
		],
		[
			'en',
			'2024-09-18',
			'in the first six months of this year',
			['first six months of this year=2024-01-01/2024-06-30']
		],
		// the first months of a term, after an election, or of nothing said
		['fa', '2024-09-18', 'در سه ماه اول پس از انتخابات', []],
		['fa', '2024-09-18', 'طی سه ماه نخست', []],
		['ar', '2024-09-18', 'خلال الأشهر الثلاثة الأولى من ولايته', []],
		['en', '2024-09-18', 'in the first three months of his term', []],
		['en', '2024-09-18', 'in the first six months', []]
	],
	'a count before an event is counted from the event, no date; before "now" it is a date': [
		['fa', '2024-09-18', 'یک سال پیش از انتخابات', []],
		['fa', '2024-09-18', 'هفته پیش از انتخابات', []],
		['fa', '2024-09-18', 'دو روز قبل از حمله', []],
		['en', '2024-09-18', 'two years before the election', []],
		['en', '2024-09-18', 'a week prior to the vote', []],
		// counted from the reference: "before this", a source after «از», a verb's «من» in Arabic
		['fa', '2024-09-18', 'سه روز پیش از این', ['سه روز پیش=2024-09-15']],
		['fa', '2024-09-18', 'دو روز پیش از سوی وزارت اعلام شد', ['دو روز پیش=2024-09-16']],
		['fa', '2024-09-18', 'هفته پیش اعلام شد', ['هفته پیش=2024-09-07/2024-09-13']],
		['ar', '2024-09-18', 'حذرت قبل شهرين من تفشي الكوليرا', ['قبل شهرين=2024-07-01/2024-07-31']],
		['en', '2024-09-18', 'two days ago', ['two days ago=2024-09-16']]
	],
	'the week or year "ahead" («پیش رو») is the next one, not the last': [
		['fa', '2024-09-18', 'در هفته پیش رو', ['هفته پیش رو=2024-09-21/2024-09-27']],
		['fa', '2024-09-18', 'سال پیش‌رو', ['سال پیش‌رو=2025-03-21/2026-03-20']],
		['ar', '2024-09-18', 'خلال الأسبوع القادم', ['الأسبوع القادم=2024-09-21/2024-09-27']],
		['en', '2024-09-18', 'in the coming week', ['coming week=2024-09-23/2024-09-29']],
		// «پیشرو» as "leading", and last week
		['fa', '2024-09-18', 'کشور پیشرو در منطقه', []],
		['fa', '2024-09-18', 'در هفته پیش', ['هفته پیش=2024-09-07/2024-09-13']]
	],
	'"scheduled" and "awaited" make a bare day look forward': [
		['ar', '2024-09-18', 'جولة الإعادة المقررة في 20 أكتوبر', ['20 أكتوبر=2024-10-20']],
		['ar', '2024-09-18', 'القمة المنتظرة في نوفمبر', ['نوفمبر=2024-11-01/2024-11-30']],
		['en', '2024-09-18', 'the vote slated for Nov. 5', ['Nov. 5=2024-11-05']],
		['fa', '2024-09-18', 'انتخابات قرار است ۱۵ مهر برگزار شود', ['۱۵ مهر=2024-10-06']],
		// past happenings look back
		['ar', '2024-09-18', 'الجولة التي عقدت في 20 أكتوبر', ['20 أكتوبر=2023-10-20']],
		['en', '2024-09-18', 'the vote held on Nov. 5', ['Nov. 5=2023-11-05']],
		['fa', '2024-09-18', 'انتخابات ۱۵ مهر برگزار شد', ['۱۵ مهر=2023-10-07']]
	],
	'the era said between the year word and its number, or before the year word': [
		['ar', '2024-09-18', 'خلال العام الهجري 1446', ['العام الهجري 1446=2024-07-07/2025-06-25']],
		['ar', '2024-09-18', 'رأس السنة الهجرية 1446', ['السنة الهجرية 1446=2024-07-07/2025-06-25']],
		[
			'ar',
			'2024-09-18',
			'شهر ذي الحجة من العام الهجري 1445',
			['شهر ذي الحجة من العام الهجري 1445=2024-06-07/2024-07-06']
		],
		['fa', '2024-09-18', 'در سال هجری شمسی ۱۴۰۳', ['سال هجری شمسی ۱۴۰۳=2024-03-20/2025-03-20']],
		['fa', '2024-09-18', 'اول محرم سال هجری قمری ۱۴۴۶', ['اول محرم سال هجری قمری ۱۴۴۶=2024-07-07']],
		['en', '2024-09-18', 'the Hijri year 1446', ['year 1446=2024-07-07/2025-06-25']],
		['en', '2024-09-18', 'the Solar Hijri year 1403', ['year 1403=2024-03-20/2025-03-20']],
		// an era with no number after it: the new Hijri year is a holiday, no year
		['ar', '2024-09-18', 'العام الهجري الجديد', []],
		['ar', '2024-09-18', 'في العام 1446', ['العام 1446=2024-07-07/2025-06-25']]
	],
	'"Q3" and "H1" before a year in figures are its quarter and half': [
		['en', '2024-09-18', 'revenue rose in Q3 2024', ['Q3 2024=2024-07-01/2024-09-30']],
		['en', '2024-09-18', 'H1 2024 revenue', ['H1 2024=2024-01-01/2024-06-30']],
		['ar', '2024-09-18', 'في الربع الثالث 2024', ['الربع الثالث 2024=2024-07-01/2024-09-30']],
		['fa', '2024-09-18', 'در سه ماهه سوم ۱۴۰۳', ['سه ماهه سوم ۱۴۰۳=2024-09-22/2024-12-20']],
		// without a year: a name, a visa, results; "end" before a year may be the verb
		['en', '2024-09-18', 'Q3 results beat forecasts', []],
		['en', '2024-09-18', 'the H1 visa', []],
		['en', '2024-09-18', 'the mission will end 2024 talks', []]
	],
	'a future word before «أن» / «که» still makes the date after it look forward': [
		['ar', '2024-09-18', 'من المقرر أن يصل الوزير يوم الأحد', ['يوم الأحد=2024-09-22']],
		['fa', '2024-09-18', 'قرار است که روز یکشنبه برگزار شود', ['روز یکشنبه=2024-09-22']],
		['en', '2024-09-18', 'It is expected that the talks resume on Monday', ['Monday=2024-09-23']],
		// a verb of saying before them is not the date's tense
		['ar', '2024-09-18', 'وقال الوزير إن الاجتماع عقد يوم الأحد', ['يوم الأحد=2024-09-15']],
		['fa', '2024-09-18', 'وزیر گفت که جلسه روز یکشنبه برگزار شد', ['روز یکشنبه=2024-09-15']],
		['en', '2024-09-18', 'He said that talks were held on Monday', ['Monday=2024-09-16']]
	],
	'"starting from", extensions, "is to" and scheduled openings look forward': [
		['ar', '2024-09-18', 'بدءا من الأول من أكتوبر', ['الأول من أكتوبر=2024-10-01']],
		['ar', '2024-09-18', 'اعتبارا من 5 أكتوبر', ['5 أكتوبر=2024-10-05']],
		['ar', '2024-09-18', 'يستمر التسجيل حتى 30 سبتمبر', ['30 سبتمبر=2024-09-30']],
		['ar', '2024-09-18', 'قررت الهيئة تمديد التسجيل حتى 30 سبتمبر', ['30 سبتمبر=2024-09-30']],
		['fa', '2024-09-18', 'مهلت ثبت نام تا ۳۰ مهر تمدید شد', ['۳۰ مهر=2024-10-21']],
		['en', '2024-09-18', 'The court is to rule on Oct. 2', ['Oct. 2=2024-10-02']],
		['en', '2024-09-18', 'Registration runs until Sept. 30', ['Sept. 30=2024-09-30']],
		['en', '2024-09-18', 'The summit opens Thursday', ['Thursday=2024-09-19']],
		['en', '2024-09-18', 'The festival kicks off on Oct. 3', ['Oct. 3=2024-10-03']],
		// the same in the past, or with "last"
		['ar', '2024-09-18', 'بدءا من 5 أكتوبر الماضي', ['5 أكتوبر الماضي=2023-10-05']],
		['ar', '2024-09-18', 'استمر التسجيل حتى 30 أغسطس', ['30 أغسطس=2024-08-30']],
		['fa', '2024-09-18', 'ثبت نام تا ۳۰ مرداد ادامه داشت', ['۳۰ مرداد=2024-08-20']],
		['en', '2024-09-18', 'The summit opened Thursday', ['Thursday=2024-09-12']],
		['en', '2024-09-18', 'The court ruled on Oct. 2', ['Oct. 2=2023-10-02']]
	]
};

describeRows('rules from the real-news sets', rows);
