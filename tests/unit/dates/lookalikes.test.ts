import { describeRows, type Row } from './rows';

/**
 * Words that spell a date part but are something else here: the Persian verb prefix می (May), a
 * channel or paper named "Today", English "end" as a verb. Each row: [lang, ref, text, spans that
 * must be found and nothing else, as "span=value" with value a day or "A/B"].
 */

const REF = '2019-07-15';

const rows: Record<string, Row[]> = {
	'«در دوشنبه» is in Dushanbe (a weekday takes «روز» or nothing before it)': [
		['fa', '2023-10-10', 'سفارت چین در دوشنبه اعلام کرد که سه شهروند کشته شدند', []],
		['fa', '2023-10-10', 'روز دوشنبه سفارت اعلام کرد', ['روز دوشنبه=2023-10-09']],
		['fa', '2023-10-10', 'دوشنبه گذشته سفارت اعلام کرد', ['دوشنبه گذشته=2023-10-09']]
	],
	'the Persian verb prefix می is not May; a day, a year or ماه makes it one': [
		['fa', REF, 'تعطیلات از ۲۷ اسفند ۱۴۰۳ آغاز می‌شود.', ['۲۷ اسفند ۱۴۰۳=2025-03-17']],
		['fa', REF, 'هفته آینده مذاکرات آغاز می شود.', ['هفته آینده=2019-07-20/2019-07-26']],
		['fa', REF, 'کار در اوایل حوت ۱۳۹۹ به پایان می‌رسد.', ['اوایل حوت ۱۳۹۹=2021-02-19/2021-02-28']],
		['fa', REF, 'این طرح به پایان میرسد و آغاز میشود.', []],
		['fa', REF, 'تعداد کشته‌ها به ۲۰ می‌رسد', []],
		['fa', REF, 'این رقم به ۱۲ میشود و ۳۰ می کنند', []],
		['fa', REF, 'نشست ۱۵ می اعلام شد', ['۱۵ می=2019-05-15']],
		['fa', REF, 'نشست ۱۵ می ۲۰۱۹ برگزار شد', ['۱۵ می ۲۰۱۹=2019-05-15']],
		['fa', REF, 'در ماه می گذشته', ['ماه می گذشته=2019-05-01/2019-05-31']],
		['fa', REF, 'در می ۲۰۱۹ اعلام شد', ['می ۲۰۱۹=2019-05-01/2019-05-31']],
		['fa', REF, 'در اواسط جوزا از سر گرفته شد', ['اواسط جوزا=2019-06-01/2019-06-10']]
	],
	'a channel or a paper named "Today" is not today': [
		['ar', REF, 'وصرّح مصدر لقناة روسيا اليوم بأن المفاوضات متعثرة.', []],
		['ar', REF, 'ونقلت صحيفة اليوم السابع عن مصدر', []],
		['ar', REF, 'وقال لروسيا اليوم إن الاجتماع عقد اليوم', ['اليوم=2019-07-15']],
		['fa', REF, 'شبکه روسیا الیوم گزارش داد', []],
		['en', REF, 'USA Today reported the strike.', []],
		['en', REF, 'He told Russia Today that talks resume today.', ['today=2019-07-15']]
	],
	'"today" of an age ("today\'s world") is no day; the Arabic «اليوم» in Persian text is part of a name': [
		['fa', REF, 'اوضاع حساس جهان امروز را بررسی کرد', []],
		['fa', REF, 'افکار عمومی در دنیای امروز بسیار مهم است', []],
		['fa', REF, 'مشکلات جامعه امروز ایران', []],
		['ar', REF, 'التحديات في عالم اليوم كثيرة', []],
		['en', REF, "in today's world, news travels fast", []],
		['fa', REF, 'روزنامه العرب الیوم چاپ امان نوشت', []],
		['fa', REF, 'روزنامه مصر الیوم گزارش داد', []],
		// the same words as days
		['fa', REF, 'نشست جهانی امروز برگزار شد', ['امروز=2019-07-15']],
		['fa', REF, 'جهان امروزی را بررسی کرد، امروز', ['امروز=2019-07-15']],
		['ar', REF, 'يحتفل العالم اليوم بعيد العمال', ['اليوم=2019-07-15']],
		['ar', REF, 'وصل الوفد اليوم', ['اليوم=2019-07-15']],
		['en', REF, "today's meeting was short", ['today=2019-07-15']],
		['en', REF, 'The world changed today.', ['today=2019-07-15']]
	],
	'month and weekday words inside personal names are no dates': [
		['ar', REF, 'قال رجب طيب أردوغان إن بلاده ستشارك', []],
		['ar', REF, 'وغنى شعبان عبد الرحيم أغنية جديدة', []],
		['ar', REF, 'وقال محرم إنجه إن الحزب', []],
		['ar', REF, 'وقال خميس الخنجر إن', []],
		['ar', REF, 'قال المفكر طارق رمضان', []],
		['fa', REF, 'آذر نفیسی نویسنده کتاب است', []],
		['fa', REF, 'بهمن قبادی فیلم تازه‌ای ساخت', []],
		['fa', REF, 'محرم علی از کابل آمد', []],
		['en', REF, 'Jan Kavan of the Czech Republic signed', []],
		['en', REF, 'and Jan Kavan signed', []],
		['en', REF, 'April Ryan asked the question', []],
		['en', REF, 'Theresa May said', []],
		// «و» glued to a name after another name joins two names, not two dates
		['ar', REF, 'ومسرح فيفي عبده وشعبان عبد الرحيم يصاب بالتخمة', []],
		['ar', REF, 'والتقى الوزير أحمد ورجب طيب أردوغان', []],
		['fa', REF, 'سعید وبهمن قبادی فیلم ساختند', []],
		// the same words as dates
		[
			'ar',
			REF,
			'وقع الهجوم في رجب وشعبان الماضيين',
			['رجب=2019-03-08/2019-04-05', 'شعبان=2019-04-06/2019-05-05']
		],
		['ar', REF, 'وشعبان الماضي شهد هجمات', ['شعبان الماضي=2019-04-06/2019-05-05']],
		['ar', REF, 'وفي رجب الماضي وقع الهجوم', ['رجب الماضي=2019-03-08/2019-04-05']],
		['ar', REF, 'وصل الوفد في شعبان', ['شعبان=2019-04-06/2019-05-05']],
		['fa', REF, 'در آذر برگزار شد', ['آذر=2018-11-22/2018-12-21']],
		['fa', REF, 'آذر امسال', ['آذر امسال=2019-11-22/2019-12-21']],
		['en', REF, 'in April, Congress passed', ['April=2019-04-01/2019-04-30']],
		['ar', REF, 'شهد يناير احتجاجات واسعة', ['يناير=2019-01-01/2019-01-31']]
	],
	'movements, papers and programmes named after a date, capitals named like a weekday': [
		['fa', REF, 'نمایندگان جبهه دوم خرداد در جلسه حاضر شدند', []],
		['fa', REF, 'فعالان جنبش دوم خرداد گفتند', []],
		['ar', REF, 'قال أنصار حركة 20 فبراير', []],
		['fa', REF, 'غروب جمعه در دوشنبه، پایتخت تاجیکستان کشته شد', ['جمعه=2019-07-12']],
		['fa', REF, 'برنامه‌های «راه شب، دوشنبه شب‌ها» را اجرا می‌کند', []],
		['fa', REF, 'شنبه‌ها تعطیل است', []],
		['fa', REF, 'مدیر مجله ایران فردا است', []],
		['ar', REF, 'وهاجم سمير رجب، رئيس التحرير', []],
		['fa', REF, 'و صادق آذر، مشاور فنی طرح', []],
		['en', REF, 'the 50 March protesters', []],
		// the same words as dates
		['fa', REF, 'در دوم خرداد ۱۳۷۶ رای دادند', ['دوم خرداد ۱۳۷۶=1997-05-23']],
		['fa', REF, 'روز دوشنبه به تهران رسید', ['روز دوشنبه=2019-07-15']]
	],
	'weekdays after "except" are left out of a weekly schedule, no particular days': [
		['ar', REF, 'تبث المسلسلات طوال أيام الأسبوع عدا الخميس والجمعة', []],
		['ar', REF, 'يفتح المتحف يوميا ما عدا الجمعة', []],
		['fa', REF, 'موزه همه روزها به جز جمعه باز است', []],
		['en', REF, 'The museum opens daily except Saturday and Sunday.', []],
		['en', REF, 'The office opens except Saturday, Sunday and Monday.', []],
		// the same weekdays as days, and a date after "except"
		['ar', REF, 'وصل الوفد الخميس والجمعة', ['الخميس=2019-07-11', 'الجمعة=2019-07-12']],
		['fa', REF, 'موزه روز جمعه باز بود', ['روز جمعه=2019-07-12']],
		['en', REF, 'every day except on May 3, 2019', ['May 3, 2019=2019-05-03']],
		['en', REF, 'They met on Friday.', ['Friday=2019-07-12']]
	],
	'a weekday every week is a habit, no particular day': [
		['ar', REF, 'ويعقد مجلس الوزراء جلساته في يوم الثلاثاء من كل أسبوع', []],
		['ar', REF, 'يجتمع المجلس كل يوم ثلاثاء', []],
		['fa', REF, 'جلسه هر سه‌شنبه برگزار می‌شود', []],
		['en', REF, 'The council meets every Tuesday.', []],
		['en', REF, 'The council meets on Tuesday of each week.', []],
		// «كل» and "every" elsewhere in the sentence change nothing
		['ar', REF, 'كل ذلك حدث يوم الثلاثاء', ['يوم الثلاثاء=2019-07-09']],
		['en', REF, 'It happened on Tuesday, every witness said.', ['Tuesday=2019-07-09']]
	],
	'a site called "X Today" opening a dateline is no day': [
		['ar', REF, 'بغداد اليوم - بغداد', []],
		['ar', REF, 'بغداد اليوم - كردستان أكد بارزاني، اليوم الاثنين، ثقته', ['اليوم الاثنين=2019-07-15']],
		// "today" in a speaker's quotation, or after a verb at a line's head, is the day
		['ar', REF, 'وقال "سنعود اليوم" للمدينة', ['اليوم=2019-07-15']],
		['ar', REF, 'وصل الوفد اليوم - بحسب المصادر', ['اليوم=2019-07-15']]
	],
	'«اليوم» before an ordinal is the Nth day of something': [
		['ar', REF, 'مع نهاية اليوم التاسع لفتح أبوابه', []],
		['ar', REF, 'وصل الوفد اليوم', ['اليوم=2019-07-15']]
	],
	'the Maghrebi «جوان» (June) is Persian for young': [
		['fa', REF, 'به تاریخ ۷ دسمبر نیز ۴ جوان هراتی را بازداشت کرده بود', ['۷ دسمبر=2018-12-07']],
		['ar', REF, 'يوم 4 جوان 2024 بالجزائر', ['يوم 4 جوان 2024=2024-06-04']]
	],
	'places, markets and firms named after a date are no dates': [
		['ar', REF, 'في سوق الجمعة بالقاهرة', []],
		['ar', REF, 'في مدينة 6 أكتوبر', []],
		['ar', REF, 'أعلن جهاز مدينة حدائق أكتوبر عن أعمال صيانة', []],
		['ar', REF, 'على جسر 6 أكتوبر', []],
		['ar', REF, 'في شارع 26 يوليو', []],
		['ar', REF, 'صلى في مسجد الجمعة', []],
		['fa', REF, 'در خیابان ۱۵ خرداد', []],
		['fa', REF, 'در میدان ۷ تیر تجمع کردند', []],
		['fa', REF, 'پنجشنبه بازار محله', []],
		['fa', REF, 'جمعه بازار پارکینگ', []],
		['fa', REF, 'در بیمارستان ۱۵ خرداد بستری شد', []],
		['fa', REF, 'رستوران آذر تعطیل شد', []],
		['fa', REF, 'دانشجویان دانشگاه ۱۳ آبان', []],
		['fa', REF, 'خبرگزاری مهر گزارش داد', []],
		['fa', REF, 'یک لیوان آب', []],
		['en', REF, 'They prayed at the Friday Mosque.', []],
		// the same dates said as dates, with an article or a word between
		['ar', REF, 'افتتح السوق الجمعة', ['الجمعة=2019-07-12']],
		['ar', REF, 'وصل إلى المدينة في 6 أكتوبر', ['6 أكتوبر=2018-10-06']],
		['fa', REF, 'در خیابان، ۱۵ خرداد تجمع کردند', ['۱۵ خرداد=2019-06-05']]
	],
	'a weekend said bare after a verb of coinciding is a kind of day, no particular weekend': [
		[
			'ar',
			'2026-01-14',
			'لأن يومي الحادي والثلاثين من يناير الجاري والأول من فبراير المقبل يصادفان عطلة نهاية الأسبوع.',
			['الحادي والثلاثين من يناير الجاري=2026-01-31', 'الأول من فبراير المقبل=2026-02-01']
		],
		[
			'ar',
			'2026-01-14',
			'بسبب تزامن نهاية الشهر مع عطلة نهاية الأسبوع',
			['نهاية الشهر=2026-01-21/2026-01-31']
		],
		['fa', '2026-01-14', 'این روز مصادف با تعطیلات آخر هفته است', []],
		['en', '2026-01-14', 'Christmas falls on the weekend.', []],
		// a weekend that something happened in stays the last one
		['ar', '2026-01-14', 'سافر الوفد في عطلة نهاية الأسبوع', ['عطلة نهاية الأسبوع=2026-01-09/2026-01-10']],
		['fa', '2026-01-14', 'مردم در تعطیلات آخر هفته سفر کردند', ['تعطیلات آخر هفته=2026-01-08/2026-01-09']],
		['en', '2026-01-14', 'They traveled over the weekend.', ['over the weekend=2026-01-10/2026-01-11']]
	],
	'a decade without its century after a word of temperature is a reading in degrees (English)': [
		[
			'en',
			'2022-02-02',
			'Things will warm up this weekend with daytime highs climbing back into the 40s and 50s.',
			['this weekend=2022-02-05/2022-02-06']
		],
		['en', REF, 'Lows will be in the upper 20s.', []],
		['en', REF, 'Temperatures in the nineties are expected.', []],
		// the century written, another sentence, or no word of temperature: decades
		['en', REF, 'Temperatures were higher in the 1990s.', ['the 1990s=1990-01-01/1999-12-31']],
		['en', REF, 'Highs were mild. In the 80s the town grew.', ['the 80s=1980-01-01/1989-12-31']],
		['en', REF, 'the high point of the 80s', ['the 80s=1980-01-01/1989-12-31']]
	],
	'a year or century "before Christ" is no date of these calendars; a number of words is a count': [
		['en', REF, 'The tomb dates back to approximately the 15th century B.C.', []],
		['en', REF, 'the 3rd century BC', []],
		['ar', REF, 'في القرن الخامس عشر قبل الميلاد', []],
		['ar', REF, 'في القرن الثالث ق.م', []],
		['fa', REF, 'در قرن پنجم پیش از میلاد', []],
		['en', REF, 'Summarize this content to 2000 words in 6 paragraphs', []],
		// "AD", the lunar era «ق» and a year after "to" stay
		['en', REF, 'in the 5th century AD', ['the 5th century=0400-01-01/0499-12-31']],
		['ar', REF, 'عام 1440 ق', ['عام 1440 ق=2018-09-11/2019-08-30']],
		['en', REF, 'from 1990 to 2000', ['1990=1990-01-01/1990-12-31', '2000=2000-01-01/2000-12-31']]
	],
	"a decade of a person's age is no decade of the calendar": [
		['en', REF, 'Now living in our eighties we have come to understand', []],
		['en', REF, 'She died in her early sixties.', []],
		['ar', REF, 'توفي الفنان وهو في الثمانينيات من عمره', []],
		['ar', REF, 'رجل في السبعينيات من العمر', []],
		['fa', REF, 'او در دهه هشتاد زندگی خود است', []],
		// the calendar's decades stay
		['en', REF, 'In the eighties the city grew.', ['the eighties=1980-01-01/1989-12-31']],
		['en', REF, 'their 80s hits', ['80s=1980-01-01/1989-12-31']],
		['ar', REF, 'في الثمانينيات من القرن الماضي', ['الثمانينيات من القرن الماضي=1980-01-01/1989-12-31']],
		['fa', REF, 'در دهه هشتاد', ['دهه هشتاد=2001-03-21/2011-03-20']]
	],
	'a two-figure number after a day and month before a currency is an amount, no year (Dari rates)': [
		['fa', '', 'نرخ سرای امروز ۱۵ قوس ۹۸ دالر بسته شد.', ['امروز=null', '۱۵ قوس=null']],
		['fa', '', 'نرخ ۱۵ قوس ۷۲ افغانی بود', ['۱۵ قوس=null']],
		['fa', '', 'قیمت در ۱۵ قوس ۹۸ افزایش یافت', ['۱۵ قوس ۹۸=2019-12-06']]
	],
	'English "end" and "beginning" as a verb or a noun are not "the end of"': [
		['en', '2024-09-01', 'The coalition mission will end next year.', ['next year=2025-01-01/2025-12-31']],
		['en', '2024-09-01', 'A new beginning in 2025.', ['2025=2025-01-01/2025-12-31']],
		['en', '2024-09-01', 'by the end of 2025', ['end of 2025=2025-09-01/2025-12-31']],
		['en', '2024-09-01', 'until the end of March', ['end of March=2024-03-21/2024-03-31']],
		['en', '2024-09-01', 'by year-end', ['year-end=2024-09-01/2024-12-31']],
		['en', '2024-09-01', 'at year-end 2015', ['year-end 2015=2015-09-01/2015-12-31']],
		['en', '2024-09-01', 'They end talks in May.', ['May=2024-05-01/2024-05-31']],
		['en', '2024-09-01', 'at the beginning of March 2024', ['beginning of March 2024=2024-03-01/2024-03-10']],
		['ar', '2024-09-01', 'مع نهاية العام المقبل', ['نهاية العام المقبل=2025-09-01/2025-12-31']],
		['fa', '2024-09-01', 'تا پایان سال ۱۴۰۳', ['پایان سال ۱۴۰۳=2024-11-21/2025-03-20']]
	]
};

describeRows('look-alikes of date words', rows);
