import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds } from '../../../src/lib/core/dates';
import { describeRows } from './rows';

/**
 * [lang, ref, text, span that must be found (a substring of text), expected value]
 * value: 'YYYY-MM-DD' (a day), 'A/B' (an interval), 'invalid' or 'unresolved'.
 */
type Row = [string, string | null, string, string, string];

const R19 = '2019-07-15'; // Monday; 24 Tir 1398; 12 Dhu al-Qa'da 1440
const R5 = '2019-05-01'; // Wednesday

const cases: Record<string, Row[]> = {
	'full dates with month names, in any digits and order': [
		['ar', R19, 'وصل الوفد يوم الثلاثاء ١٢ يناير ٢٠١٦ إلى كابول', '١٢ يناير ٢٠١٦', '2016-01-12'],
		['ar', R19, 'في 3 تشرين الثاني/نوفمبر 2017 عقد اللقاء', '3 تشرين الثاني/نوفمبر 2017', '2017-11-03'],
		['ar', R19, 'في الحادي والثلاثين من ديسمبر 2020', 'الحادي والثلاثين من ديسمبر 2020', '2020-12-31'],
		['ar', R19, 'بتاريخ 15 جانفي 2021 أعلنت الوزارة', '15 جانفي 2021', '2021-01-15'],
		['ar', R19, 'الجمعة ١٩ / يوليو / ٢٠١٩', 'الجمعة ١٩ / يوليو / ٢٠١٩', '2019-07-19'],
		['ar', R19, 'يوم الأربعاء الموافق 10 يوليو 2019', '10 يوليو 2019', '2019-07-10'],
		['fa', R19, 'این نشست ۱۵ خرداد ۱۳۹۸ برگزار شد', '۱۵ خرداد ۱۳۹۸', '2019-06-05'],
		['fa', R19, 'دوشنبه ۲۴ تیر ۱۳۹۸ اعلام شد', 'دوشنبه ۲۴ تیر ۱۳۹۸', '2019-07-15'],
		['fa', R19, 'روز ۱۳ آبان‌ماه ۱۳۹۷ تجمع کردند', '۱۳ آبان‌ماه ۱۳۹۷', '2018-11-04'],
		['fa', R19, 'روز ۱۳ آبانماه ۱۳۹۷ تجمع کردند', '۱۳ آبانماه ۱۳۹۷', '2018-11-04'],
		['fa', R19, 'در ۱۲ ژوئیه ۲۰۱۹ میلادی', '۱۲ ژوئیه ۲۰۱۹', '2019-07-12'],
		['fa', R19, 'روز ۱۰ جنوری ۲۰۲۰ در کابل', '۱۰ جنوری ۲۰۲۰', '2020-01-10'],
		['en', R19, 'The talks began on 4 July 2019 in Doha.', '4 July 2019', '2019-07-04'],
		['en', R19, 'On July 4, 2019, the envoy said', 'July 4, 2019', '2019-07-04'],
		['en', R19, 'Thursday, July 4, 2019 was hot', 'Thursday, July 4, 2019', '2019-07-04'],
		['en', R19, 'signed on the 21st of March 2019', '21st of March 2019', '2019-03-21'],
		// an ordinal ending glued to the figures (words.ts `suffix ordinal`)
		['fa', R19, 'جمعه, 25ام تیر, 1400', 'جمعه, 25ام تیر, 1400', '2021-07-16'],
		['fa', R19, 'در ۲۵ام تیر ۱۳۹۸ برگزار شد', '۲۵ام تیر ۱۳۹۸', '2019-07-16'],
		['en', R19, 'It happened on Sept. 3, 2018.', 'Sept. 3, 2018', '2018-09-03']
	],
	'numeric dates in every digit system': [
		['ar', R19, 'نُشر بتاريخ 2019/07/04 على الموقع', '2019/07/04', '2019-07-04'],
		['ar', R19, 'في ٠٤/٠٧/٢٠١٩ صدر القرار', '٠٤/٠٧/٢٠١٩', '2019-07-04'],
		['ar', R19, 'في 25-12-2018 وقع الهجوم', '25-12-2018', '2018-12-25'],
		['fa', R19, 'در تاریخ ۱۳۹۸/۰۵/۰۱ تصویب شد', '۱۳۹۸/۰۵/۰۱', '2019-07-23'],
		['fa', R19, 'انتشار: ۰۹:۱۵ - ۱۵-۰۳-۱۳۹۸', '۱۵-۰۳-۱۳۹۸', '2019-06-05'],
		['fa', R19, 'تاریخ ۱۳۹۸.۰۳.۱۵', '۱۳۹۸.۰۳.۱۵', '2019-06-05'],
		['en', R19, 'Filed on 2019-07-04 in court.', '2019-07-04', '2019-07-04'],
		['en', R19, 'Dated 26/12/2015.', '26/12/2015', '2015-12-26'],
		// English: month first with a slash or a hyphen, day first with dots (as Europe writes it),
		// unless the day shows it
		['en', R19, 'Dated 05/12/2024.', '05/12/2024', '2024-05-12'],
		['en', R19, 'Dated 12.05.2024.', '12.05.2024', '2024-05-12'],
		['en', R19, 'Dated 03.24.2017.', '03.24.2017', '2017-03-24'],
		['ar', R19, 'بتاريخ 12.05.2024', '12.05.2024', '2024-05-12']
	],
	'paired month names': [
		['ar', R19, 'في سبتمبر (أيلول) 2018', 'سبتمبر (أيلول) 2018', '2018-09-01/2018-09-30'],
		['ar', R19, 'في يناير/كانون الثاني 2019', 'يناير/كانون الثاني 2019', '2019-01-01/2019-01-31'],
		['ar', R19, 'منذ أغسطس/آب 2017', 'أغسطس/آب 2017', '2017-08-01/2017-08-31'],
		['ar', R19, 'أواخر نيسان/أبريل 2019', 'أواخر نيسان/أبريل 2019', '2019-04-21/2019-04-30']
	],
	'solar Hijri with Iranian and Afghan month names and ordinal day words': [
		['fa', R19, 'هفتم اردیبهشت ۱۳۹۹ اعلام شد', 'هفتم اردیبهشت ۱۳۹۹', '2020-04-26'],
		['fa', R19, 'بیست و دوم بهمن ۱۳۵۷', 'بیست و دوم بهمن ۱۳۵۷', '1979-02-11'],
		['fa', R19, 'سی‌ام شهریور ۱۳۹۹', 'سی‌ام شهریور ۱۳۹۹', '2020-09-20'],
		['fa', R19, 'روز ۲۸ اسد ۱۳۹۸ جشن گرفته شد', '۲۸ اسد ۱۳۹۸', '2019-08-19'],
		['fa', R19, 'از ۱ حوت ۱۳۹۹ آغاز شد', '۱ حوت ۱۳۹۹', '2021-02-19'],
		['fa', R19, 'اوایل عقرب ۱۴۰۰', 'اوایل عقرب ۱۴۰۰', '2021-10-23/2021-11-01'],
		['fa', '2021-12-01', 'در اواخر میزان', 'اواخر میزان', '2021-10-13/2021-10-22'],
		['fa', R19, 'راهپیمایی ۲۲ بهمن امسال', '۲۲ بهمن امسال', '2020-02-11'],
		['fa', R19, 'تیر ماه ۱۳۹۷ آغاز شد', 'تیر ماه ۱۳۹۷', '2018-06-22/2018-07-22'],
		['ar', R19, 'في السادس والعشرين من مايو 2019', 'السادس والعشرين من مايو 2019', '2019-05-26']
	],
	'lunar Hijri dates and doubled dates': [
		['ar', R19, 'في 1 محرم 1441هـ الموافق 31 أغسطس 2019م', '1 محرم 1441هـ', '2019-08-31'],
		['ar', R19, 'في 1 محرم 1441هـ الموافق 31 أغسطس 2019م', '31 أغسطس 2019م', '2019-08-31'],
		['ar', R19, 'في العاشر من ذي الحجة 1440 هـ', 'العاشر من ذي الحجة 1440 هـ', '2019-08-11'],
		['ar', R19, 'خلال شهر رمضان لعام 1440 هـ', 'رمضان لعام 1440 هـ', '2019-05-06/2019-06-03'],
		['fa', R19, 'در ماه مبارک رمضان ۱۴۴۰', 'رمضان ۱۴۴۰', '2019-05-06/2019-06-03'],
		['ar', R19, 'عام 1440 هـ', '1440 هـ', '2018-09-11/2019-08-30']
	],
	'years with the era said or inferred': [
		['ar', R19, 'منذ عام 2003م', '2003م', '2003-01-01/2003-12-31'],
		['ar', R19, 'توفي في 2013 بعد مرض', '2013', '2013-01-01/2013-12-31'],
		['fa', R19, 'در سال ۱۳۹۳ آغاز شد', 'سال ۱۳۹۳', '2014-03-21/2015-03-20'],
		['fa', R19, 'در سال ۱۹۷۹ میلادی', 'سال ۱۹۷۹ میلادی', '1979-01-01/1979-12-31'],
		['fa', R19, 'در سال ۹۸ تصویب شد', 'سال ۹۸', '2019-03-21/2020-03-19'],
		['en', R19, 'The group has existed since 2014.', '2014', '2014-01-01/2014-12-31'],
		['en', R19, 'It fell in 2001.', '2001', '2001-01-01/2001-12-31']
	],
	'relative days, weeks, months and years in the text’s own calendar': [
		['ar', R5, 'سيصل بعد غد إلى كابول', 'بعد غد', '2019-05-03'],
		['ar', R5, 'أكد أول من أمس موقفه', 'أول من أمس', '2019-04-29'],
		['ar', R5, 'قتل قبل خمسة أيام', 'قبل خمسة أيام', '2019-04-26'],
		['ar', R5, 'وقع قبل أسبوعين', 'قبل أسبوعين', '2019-04-13/2019-04-19'],
		['ar', R5, 'يعقد الأسبوع المقبل', 'الأسبوع المقبل', '2019-05-04/2019-05-10'],
		['ar', R5, 'في العام المقبل', 'العام المقبل', '2020-01-01/2020-12-31'],
		['ar', R5, 'خلال الشهر الجاري', 'الشهر الجاري', '2019-05-01/2019-05-31'],
		['fa', R19, 'ماه آینده برگزار می‌شود', 'ماه آینده', '2019-07-23/2019-08-22'],
		['fa', R19, 'سال گذشته افزایش یافت', 'سال گذشته', '2018-03-21/2019-03-20'],
		['fa', R19, 'سال گذشته میلادی افزایش یافت', 'سال گذشته میلادی', '2018-01-01/2018-12-31'],
		['fa', R19, 'هفته آینده', 'هفته آینده', '2019-07-20/2019-07-26'],
		['fa', R19, 'چهار روز پیش', 'چهار روز پیش', '2019-07-11'],
		['fa', R19, 'پریروز گفت', 'پریروز', '2019-07-13'],
		['fa', R19, 'پارسال', 'پارسال', '2018-03-21/2019-03-20'],
		['en', R19, 'They met last week.', 'last week', '2019-07-08/2019-07-14'],
		['en', R19, 'two days ago', 'two days ago', '2019-07-13'],
		['en', R19, 'a year ago', 'a year ago', '2018-01-01/2018-12-31'],
		['en', R19, 'earlier this month', 'this month', '2019-07-01/2019-07-31'],
		['en', R19, 'He arrives tomorrow.', 'tomorrow', '2019-07-16']
	],
	'weekdays bare, last and next': [
		['ar', R5, 'قال الخميس إن', 'الخميس', '2019-04-25'],
		['ar', R5, 'الخميس المقبل', 'الخميس المقبل', '2019-05-02'],
		['ar', R5, 'يوم الأربعاء الماضي', 'الأربعاء الماضي', '2019-04-24'],
		['ar', R5, 'اليوم الأربعاء', 'اليوم الأربعاء', '2019-05-01'],
		['fa', R19, 'پنجشنبه گذشته', 'پنجشنبه گذشته', '2019-07-11'],
		['fa', R19, 'روز سه‌شنبه', 'سه‌شنبه', '2019-07-09'],
		['fa', R19, 'روز سه شنبه', 'سه شنبه', '2019-07-09'],
		['en', R19, 'next Tuesday', 'next Tuesday', '2019-07-16'],
		['en', R19, 'said on Friday that', 'Friday', '2019-07-12'],
		['en', R19, 'said on Monday that', 'Monday', '2019-07-15']
	],
	'months without a year, with last and next': [
		['ar', R5, 'في أكتوبر القادم', 'أكتوبر القادم', '2019-10-01/2019-10-31'],
		['ar', R5, 'منتصف شباط الماضي', 'منتصف شباط الماضي', '2019-02-11/2019-02-20'],
		['ar', R5, 'في آذار/مارس المقبل', 'آذار/مارس المقبل', '2020-03-01/2020-03-31'],
		['ar', R5, 'في مايو', 'مايو', '2019-05-01/2019-05-31'],
		['fa', R19, 'در اسفند', 'اسفند', '2019-02-20/2019-03-20'],
		['en', R19, 'last September', 'last September', '2018-09-01/2018-09-30'],
		['en', R19, 'in May', 'May', '2019-05-01/2019-05-31'],
		['en', R19, 'early June', 'early June', '2019-06-01/2019-06-10']
	],
	'seasons in the Gregorian and Solar Hijri calendars': [
		['ar', R19, 'شتاء 2018', 'شتاء 2018', '2017-12-01/2018-02-28'],
		['ar', R5, 'خريف العام الماضي', 'خريف العام الماضي', '2018-09-01/2018-11-30'],
		['fa', R19, 'پاییز ۱۳۹۷', 'پاییز ۱۳۹۷', '2018-09-23/2018-12-21'],
		['fa', R19, 'زمستان امسال', 'زمستان امسال', '2019-12-22/2020-03-19'],
		['en', R19, 'in the spring of 2016', 'spring of 2016', '2016-03-01/2016-05-31'],
		['en', R19, 'last summer', 'last summer', '2018-06-01/2018-08-31']
	],
	'early, mid and late; decades and centuries': [
		['ar', R5, 'مطلع العام الجاري', 'مطلع العام الجاري', '2019-01-01/2019-04-30'],
		['ar', R19, 'أوائل 2015', 'أوائل 2015', '2015-01-01/2015-04-30'],
		['en', R19, 'in mid-2018', 'mid-2018', '2018-05-01/2018-08-31'],
		['en', R19, 'late 2017', 'late 2017', '2017-09-01/2017-12-31'],
		['ar', R19, 'سبعينيات القرن العشرين', 'سبعينيات القرن العشرين', '1970-01-01/1979-12-31'],
		['ar', R19, 'منذ التسعينيات', 'التسعينيات', '1990-01-01/1999-12-31'],
		['ar', R19, 'في القرن التاسع عشر', 'القرن التاسع عشر', '1800-01-01/1899-12-31'],
		['fa', R19, 'در سده بیستم میلادی', 'سده بیستم میلادی', '1900-01-01/1999-12-31'],
		['fa', R19, 'قرن نوزدهم میلادی', 'قرن نوزدهم میلادی', '1800-01-01/1899-12-31'],
		['fa', R19, 'در دهه شصت', 'دهه شصت', '1981-03-21/1991-03-20'],
		['fa', R19, 'دهه ۱۹۹۰ میلادی', 'دهه ۱۹۹۰ میلادی', '1990-01-01/1999-12-31'],
		['en', R19, 'since the 1980s', 'the 1980s', '1980-01-01/1989-12-31'],
		['en', R19, "in the '90s", "'90s", '1990-01-01/1999-12-31'],
		['en', R19, 'the 19th century', '19th century', '1800-01-01/1899-12-31']
	],
	'ranges of days, weekday next to its date, "before last", cue on this unit': [
		// a range of days is one mention per endpoint (exact spans in gaps.test.ts)
		['ar', R19, 'من 5 إلى 10 يناير 2016', '5', '2016-01-05'],
		['ar', R19, 'من 5 إلى 10 يناير 2016', '10 يناير 2016', '2016-01-10'],
		['fa', R19, 'از ۱۵ تا ۲۰ دی ۱۳۹۴', '۱۵', '2016-01-05'],
		['fa', R19, 'از ۱۵ تا ۲۰ دی ۱۳۹۴', '۲۰ دی ۱۳۹۴', '2016-01-10'],
		['en', R19, 'from December 24 to 26, 2015', 'December 24', '2015-12-24'],
		['en', R19, 'from December 24 to 26, 2015', '26, 2015', '2015-12-26'],
		['en', R19, 'on 24-26 December 2015', '24', '2015-12-24'],
		['en', R19, 'on 24-26 December 2015', '26 December 2015', '2015-12-26'],
		['ar', R19, 'الخميس (24 ديسمبر 2015)', 'الخميس (24 ديسمبر 2015)', '2015-12-24'],
		['ar', R19, 'يوم السبت الموافق 26/12/2015', 'السبت الموافق 26/12/2015', '2015-12-26'],
		['ar', R19, 'العام قبل الماضي', 'العام قبل الماضي', '2017-01-01/2017-12-31'],
		// since the start of the year: the span runs through the year (since-start.test.ts)
		['ar', R19, 'منذ مطلع العام', 'مطلع العام', '2019-01-01/2019-12-31'],
		['ar', R19, 'في مطلع العام', 'مطلع العام', '2019-01-01/2019-04-30'],
		['fa', R19, 'اواخر ماه', 'اواخر ماه', '2019-07-12/2019-07-22'],
		['ar', R19, 'منذ شهر', 'منذ شهر', '2019-06-01/2019-06-30'],
		['fa', R19, 'روز گذشته', 'روز گذشته', '2019-07-14'],
		['en', R19, 'during Ramadan', 'Ramadan', '2019-05-06/2019-06-03'],
		['en', R19, 'in Farvardin 1398', 'Farvardin 1398', '2019-03-21/2019-04-20'],
		['ar', R19, 'في الخامس من الشهر الجاري', 'الخامس من الشهر الجاري', '2019-07-05'],
		['ar', R19, 'في 20 من الشهر الماضي', '20 من الشهر الماضي', '2019-06-20'],
		['fa', R19, '۵ ماه جاری', '۵ ماه جاری', '2019-06-26'],
		['en', R19, 'The 2014 election', '2014', '2014-01-01/2014-12-31'],
		['en', R19, 'the 1996-2001 regime', '2001', '2001-01-01/2001-12-31'],
		['ar', R19, 'بين 1996 و2001', '2001', '2001-01-01/2001-12-31'],
		['ar', R19, 'وفي مارس وصل الوفد', 'مارس', '2019-03-01/2019-03-31'],
		['fa', R19, 'این تابستان', 'این تابستان', '2019-06-22/2019-09-22'],
		['ar', R19, 'هذا الصيف', 'هذا الصيف', '2019-06-01/2019-08-31'],
		['ar', R19, 'الخميس 11 الجاري', 'الخميس 11 الجاري', '2019-07-11'],
		['ar', R19, 'في القرن الـ19', 'القرن الـ19', '1800-01-01/1899-12-31'],
		['fa', R19, 'در سال روان', 'سال روان', '2019-03-21/2020-03-19'],
		['ar', R19, 'منذ 15 يوماً', 'منذ 15 يوماً', '2019-06-30'],
		['fa', R19, 'یکشنبه هفته گذشته', 'یکشنبه هفته گذشته', '2019-07-07'],
		['ar', R19, 'الأحد من الأسبوع الماضي', 'الأحد من الأسبوع الماضي', '2019-07-07'],
		['en', R19, 'on Monday last week', 'Monday last week', '2019-07-08'],
		['fa', R19, 'سه ماه پیش', 'سه ماه پیش', '2019-03-21/2019-04-20'],
		['fa', R19, 'پیرارسال', 'پیرارسال', '2017-03-21/2018-03-20'],
		['fa', R19, 'در روزهای ۲۳ و ۲۴ آذر ۱۳۹۷', '۲۳', '2018-12-14'],
		['fa', R19, 'در روزهای ۲۳ و ۲۴ آذر ۱۳۹۷', '۲۴ آذر ۱۳۹۷', '2018-12-15'],
		['en', R19, 'on 5 and 6 January 2016', '5', '2016-01-05'],
		['ar', R19, 'في غرة شهر رمضان 1440', 'غرة شهر رمضان 1440', '2019-05-06']
	],
	'impossible dates are invalid, never shifted': [
		['fa', R19, '۳۰ اسفند ۱۳۹۸', '۳۰ اسفند ۱۳۹۸', 'invalid'],
		['fa', R19, '۳۱ مهر ۱۳۹۸', '۳۱ مهر ۱۳۹۸', 'invalid'],
		['ar', R19, '30 فبراير 2015', '30 فبراير 2015', 'invalid'],
		['en', R19, 'April 31, 2019', 'April 31, 2019', 'invalid'],
		['fa', R19, '۳۰ اسفند ۱۳۹۹', '۳۰ اسفند ۱۳۹۹', '2021-03-20']
	],
	'a weekday, a restatement in brackets, a range or the reference day tells the year': [
		// the year whose day falls on the weekday written with it, before or after the reference
		['fa', '2018-12-19', 'امتحانات در روز شنبه(اول دی) لغو شود', 'اول دی', '2018-12-22'],
		['ar', '2019-07-15', 'يوم الخميس 18 يوليو يجتمع المجلس', '18 يوليو', '2019-07-18'],
		['en', '2019-07-15', 'the council meets on Thursday, August 1', 'August 1', '2019-08-01'],
		// (a weekday that matches no year within half a year of the reference leaves the default: a
		// text's wrong weekday moves no date by a year)
		['en', '2019-07-15', 'on Thursday, July 12, the council met', 'July 12', '2019-07-12'],
		// a day and month in brackets after a day restate it
		['fa', '2022-08-14', 'فردا دوشنبه (۲۴ مرداد) تعطیل عمومی است', '۲۴ مرداد', '2022-08-15'],
		['fa', '2022-08-14', 'دیروز (۲۲ مرداد) تعطیل بود', '۲۲ مرداد', '2022-08-13'],
		// a range runs forward: its end without a year after its start
		['ar', '2022-12-17', 'قد يتمخض عن نتائج بين كانون الأول وشباط', 'شباط', '2023-02-01/2023-02-28'],
		['ar', '2022-12-17', 'بين أيلول وتشرين الأول وقعت الاشتباكات', 'تشرين الأول', '2022-10-01/2022-10-31'],
		// day and month either way: the reading that is the reference day
		['en', '2022-01-05', 'Updated: 05-01-2022 01:29 IST', '05-01-2022', '2022-01-05'],
		['ar', '2019-11-03', 'نشر في 11/3/2019', '11/3/2019', '2019-11-03'],
		['ar', '2019-07-15', 'في 11/3/2019 وقع الهجوم', '11/3/2019', '2019-03-11'],
		// a year opening a line of a chronology; after «مصوب»
		['en', '2011-11-08', '1992: Leaked copy of a Pentagon strategy', '1992', '1992-01-01/1992-12-31'],
		['fa', '2011-09-21', 'بر اساس قانون مصوب 1386 مجلس', '1386', '2007-03-21/2008-03-19'],
		// "last" makes a weekday after an institution word a day («سازمان دوشنبه» alone is a name)
		['fa', '2012-08-22', 'بهای نفت این سازمان دوشنبه گذشته ۱۱۱ دلار بود', 'دوشنبه گذشته', '2012-08-20'],
		// a day and month with no year after a full date in its sentence take that date's year (the
		// first such day on or after it); after a sentence end they do not
		[
			'fa',
			'2011-11-05',
			'نمایشگاه در روز چهاردهم آبان ۱۳۶۶ ش افتتاح شد و تا بیست و سوم آبان ادامه یافت',
			'بیست و سوم آبان',
			'1987-11-14'
		],
		[
			'en',
			'2024-06-01',
			'He was arrested on 5 December 2019 and released on 10 January.',
			'10 January',
			'2020-01-10'
		],
		[
			'en',
			'2024-06-01',
			'He was arrested on 5 March 2020. He was released on 10 April.',
			'10 April',
			'2024-04-10'
		],
		// "of this year" with «من» or a glued «لـ», in the month's calendar
		['ar', '2026-01-19', 'هو الأول من شهر شعبان لهذا العام', 'الأول من شهر شعبان لهذا العام', '2026-01-20'],
		['ar', '2026-01-19', 'في 5 مارس من هذا العام', '5 مارس من هذا العام', '2026-03-05'],
		// a weekday after a day counted from the reference runs forward within the week
		['fa', '2026-02-15', 'از امروز یکشنبه تا سه شنبه احتمال باران وجود دارد', 'سه شنبه', '2026-02-17'],
		// the ends of a range said with no year lie within a year of each other, near the reference
		['ar', '2026-01-30', 'تُقام الدورة خلال الفترة من 21 يناير حتى 3 فبراير', '21 يناير', '2026-01-21'],
		['ar', '2026-01-30', 'تُقام الدورة خلال الفترة من 21 يناير حتى 3 فبراير', '3 فبراير', '2026-02-03'],
		['ar', '2022-01-16', 'فى الفترة من 26 يناير حتى 7 فبراير المقبل بمركز مصر', '26 يناير', '2022-01-26'],
		// "this year" with the year said after it; «اليوم التاسع» is a ninth day, not today
		[
			'ar',
			'2025-05-20',
			'يوم الثلاثاء 29 من ذي القعدة لهذا العام 1446هـ',
			'يوم الثلاثاء 29 من ذي القعدة لهذا العام 1446هـ',
			'2025-05-27'
		],
		// a weekday of this week in any script; a year in brackets right after a day and month
		['fa', '2021-02-23', 'پنج شنبه این هفته', 'پنج شنبه این هفته', '2021-02-25'],
		['ar', '2021-02-23', 'الخميس من هذا الأسبوع', 'الخميس من هذا الأسبوع', '2021-02-25'],
		['fa', '2018-09-25', 'روز 31 شهریورماه (1359) جنگ آغاز شد', '31 شهریورماه (1359)', '1980-09-22'],
		['en', '2018-09-25', 'on 3 March (1999)', '3 March (1999)', '1999-03-03'],
		// an Afghan byline: month, day, comma, year («آبان ۰۱» alone is the year 1401)
		['fa', '2024-03-20', 'حمل 01, 1403 11:51 Asia/Kabul', 'حمل 01, 1403', '2024-03-20'],
		['fa', '2023-06-20', '(Last Updated On: جوزا ۲۴, ۱۴۰۲)', 'جوزا ۲۴, ۱۴۰۲', '2023-06-14'],
		['fa', '2023-06-20', 'آبان ۰۱', 'آبان ۰۱', '2022-10-23/2022-11-21'],
		// a year after a title, a cup or a league
		['ar', '2022-08-07', 'فظفر بالقاب 1975و 1978 و1989', '1975', '1975-01-01/1975-12-31'],
		[
			'ar',
			'2022-08-07',
			'فقطف معهم اول كاس للاردن على حساب البقعه والدوري 1983',
			'1983',
			'1983-01-01/1983-12-31'
		],
		// a day of this month after «يوم» and "in" («قتل 20 في الشهر الماضي» is a count)
		['ar', '2023-08-20', 'تمديد القوائم إلى يوم 20 في الشهر الجاري', 'يوم 20 في الشهر الجاري', '2023-08-20'],
		['ar', '2023-08-20', 'قتل 20 في الشهر الماضي', 'الشهر الماضي', '2023-07-01/2023-07-31'],
		// a date between a past speech verb and what was said is the verb's, whatever tense follows
		[
			'ar',
			'2017-07-09',
			'وقال التلفزيون الحكومي السبت إنه من المتوقع الإعلان عن النصر',
			'السبت',
			'2017-07-08'
		]
	],
	'relative mentions without a reference day stay unresolved': [
		['ar', null, 'سبتمبر (أيلول)', 'سبتمبر (أيلول)', 'unresolved'],
		['fa', null, 'امروز', 'امروز', 'unresolved'],
		['en', null, 'last month', 'last month', 'unresolved'],
		['en', null, 'on Friday', 'Friday', 'unresolved']
	]
};

function check([lang, ref, text, span, value]: Row): void {
	// a range is checked end by end (the dates --jsonl form)
	const ms = mentionEnds(findDates(text, { lang, ref }));
	const at = text.indexOf(span);
	expect(at, 'span is in the text').toBeGreaterThanOrEqual(0);
	const m = ms.find((x) => x.start < at + span.length && at < x.end);
	expect(m, `a mention over "${span}" in ${JSON.stringify(ms.map((x) => x.text))}`).toBeDefined();
	expect(text.slice(m!.start, m!.end)).toBe(m!.text);
	if (value === 'invalid') {
		expect(m!.invalid).toBeTruthy();
		expect(m!.earliest).toBeNull();
	} else if (value === 'unresolved') {
		expect(m!.unresolved).toBeTruthy();
		expect(m!.earliest).toBeNull();
	} else {
		const [a, b = a] = value.split('/');
		expect(`${m!.earliest}/${m!.latest}`).toBe(`${a}/${b}`);
	}
}

describe('findDates', () => {
	for (const [phenomenon, rows] of Object.entries(cases)) {
		describe(phenomenon, () => {
			it.each(rows)('[%s, ref %s] reads "%s"', (...row) => check(row as Row));
		});
	}
});

/** [lang, text]: nothing here is a date. */
const negatives: [string, string][] = [
	['ar', 'وقال المسؤول إن 52 شخصاً قتلوا وإن أكثر من 70 آخرين أصيبوا'],
	['ar', 'قتل 685 فرداً و3,000 مقاتل بنسبة 20%'],
	['ar', 'ونقلت صحيفة صنداي تايمز عن أحد المسؤولين'],
	['ar', 'قال أب الضحية إن مقتل اثنين من أفراد الأمن'],
	['fa', 'به گزارش خبرگزاری مهر، تیراندازی در کابل'],
	['fa', 'شکار با تیر و کمان ممنوع است'],
	['fa', 'بهمن محمدی گفت این کار جدی است و میزان تورم بالا رفت'],
	['fa', 'کد خبر: ۶۴۵۶۸۶ ساعت ۱۷:۴۶ و ۳۵۰۰ نفر'],
	['fa', 'طالبان در بیانیهای و بیانیه‌ای اعلام کرد'],
	['en', 'Mansour may meet envoys, sources said, as fighters march toward Kunduz.'],
	['en', 'The Sunday Times reported that about 3,000 fighters were there.'],
	['en', 'About 2000 people gathered in 2,015 places at 10:30.'],
	['en', 'the fall of its regime'],
	['ar', 'وقال إن شهر وقبل ذلك'],
	['fa', 'در ۵ ماه گذشته'],
	['ar', 'مارس الضغط على الحكومة'],
	['en', 'The March of Dignity drew 10,000 people.'],
	['fa', 'شنبه‌ها تعطیل است و سال‌ها پیش'],
	['fa', 'در سه روز گذشته'],
	['en', 'The previous week, talks had stalled; the following week they resumed.'],
	['en', 'Two years later, talks resumed.'],
	['fa', 'این تیم رتبه 3ام جهان را گرفت و در 25 امین سالگرد'],
	['en', 'He finished 3rd and 21st in the two races.']
];

describe('numbers and words that are not dates', () => {
	it.each(negatives)('[%s] finds nothing in "%s"', (lang, text) => {
		expect(findDates(text, { lang, ref: R19 }).map((m) => m.text)).toEqual([]);
	});
});

/** [lang, text, the whole mention, what its reason must say]. */
const absurd: [string, string, string, RegExp][] = [
	['en', 'It was signed on 12 March 99999.', '12 March 99999', /Year 99999 is outside .*Gregorian.*1–9999/],
	['ar', 'وقع في 12 مارس 99999', '12 مارس 99999', /Year 99999 is outside/],
	['fa', 'در ۱۲ اسفند ۹۹۹۹۹', '۱۲ اسفند ۹۹۹۹۹', /Year 99999 is outside .*Solar Hijri.*1–3177/],
	['en', 'from 1 January 10000', '1 January 10000', /Year 10000 is outside/],
	['en', 'on 3 March -44', '3 March -44', /Year -44 is outside/],
	['en', 'on 1 January 0000', '1 January 0000', /Year 0 is outside/],
	['en', 'on March 12, 99999.', 'March 12, 99999', /Year 99999 is outside/],
	['en', 'on 32 March 2016', '32 March 2016', /32 March 2016 does not exist: March has 31 days/],
	['en', 'on 0 March 2016', '0 March 2016', /Day 0 does not exist/],
	['en', 'on March 32, 2016', 'March 32, 2016', /March has 31 days/],
	['ar', 'في ٣٢ مارس ٢٠١٦', '٣٢ مارس ٢٠١٦', /March has 31 days/],
	['fa', 'روز ۳۲ فروردین ۱۴۰۲', 'روز ۳۲ فروردین ۱۴۰۲', /Farvardin has 31 days/],
	['en', 'filed 2016-13-01 in court', '2016-13-01', /Month 13 does not exist/],
	['ar', 'بتاريخ 31/13/2016', '31/13/2016', /Month 13 does not exist/],
	['fa', 'تاریخ ۱۴۰۲/۱۳/۰۵', '۱۴۰۲/۱۳/۰۵', /Month 13 does not exist: the Solar Hijri/]
];

describe('absurd and invalid dates are reported with the reason, never resolved to another date', () => {
	it.each(absurd)('[%s] "%s" gives "%s", invalid', (lang, text, span, why) => {
		const ms = findDates(text, { lang, ref: R19 });
		expect(ms.map((m) => m.text)).toEqual([span]);
		expect(ms[0].earliest).toBeNull();
		expect(ms[0].latest).toBeNull();
		expect(ms[0].invalid).toMatch(why);
	});

	/** Look-alikes: a count after a date, an impossible day with no year, a figure in a longer run. */
	it.each([
		['en', 'On 12 March 10000 people marched.', ['12 March=2019-03-12']],
		['en', 'On 5 March 2016, 10000 protesters came.', ['5 March 2016=2016-03-05']],
		['ar', 'في 12 مارس 99999 شخصا', ['12 مارس=2019-03-12']],
		['fa', '۱۲ اسفند ۹۹۹۹۹ تومان', ['۱۲ اسفند=2019-03-03']],
		['en', 'On 12 March, 99,999 votes.', ['12 March=2019-03-12']],
		['en', 'in 32 March', []],
		['en', 'Resolution 2016-13-01-5', []],
		['en', 'on 12/13/2016', ['12/13/2016=2016-12-13']]
	])('[%s] "%s" gives %j', (lang, text, want) => {
		expect(findDates(text, { lang, ref: R19 }).map((m) => `${m.text}=${m.earliest}`)).toEqual(want);
	});
});

describe('offsets', () => {
	it('point into the original text even with diacritics, tatweel, ZWNJ and bidi marks', () => {
		const text = '\u200fفي الـ ١٤ رَبيع‌الأوَّل ١٤٣٧ هـ، قال\u200f';
		const ms = findDates(text, { lang: 'ar' });
		expect(ms).toHaveLength(1);
		expect(text.slice(ms[0].start, ms[0].end)).toBe(ms[0].text);
		expect(ms[0].text.startsWith('١٤')).toBe(true);
		expect(ms[0].text.endsWith('هـ')).toBe(true);
	});

	it('exclude a glued conjunction from the span', () => {
		const ms = findDates('وسبتمبر الماضي', { lang: 'ar', ref: R19 });
		expect(ms[0].text).toBe('سبتمبر الماضي');
	});

	it('are reported in text order and never overlap', () => {
		const text = 'في 5 يناير 2016 ثم في 7 يناير 2016 والأسبوع الماضي وأمس';
		const ms = findDates(text, { lang: 'ar', ref: R19 });
		for (let k = 1; k < ms.length; k++) expect(ms[k].start).toBeGreaterThanOrEqual(ms[k - 1].end);
		expect(ms).toHaveLength(4);
	});
});

describe('mentions carry calendar, precision and EDTF', () => {
	it('keeps the source calendar and gives an EDTF string', () => {
		const [m] = findDates('۱۸ دی ۱۳۹۴', { lang: 'fa' });
		expect(m.calendar).toBe('persian');
		expect(m.precision).toBe('day');
		expect(m.edtf).toBe('2016-01-08');
		const [y] = findDates('سال ۲۰۱۵ میلادی', { lang: 'fa' });
		expect(y.edtf).toBe('2015');
		const [late] = findDates('late September 2015', { lang: 'en' });
		expect(late.approximate).toBe(true);
		expect(late.edtf).toBe('2015-09-21~/2015-09-30~');
	});

	it('marks lunar Hijri days as uncertain and relative values with their anchor', () => {
		const [h] = findDates('5 رمضان 1437 هـ', { lang: 'ar' });
		expect(h.calendar).toBe('islamic-umalqura');
		expect(h.uncertain).toBe(true);
		const [r] = findDates('yesterday', { lang: 'en', ref: '2016-01-10' });
		expect(r.relative).toBe(true);
		expect(r.anchor).toBe('2016-01-10');
	});

	it('detects the language when none is given', () => {
		expect(findDates('۱۸ دی ۱۳۹۴')[0].calendar).toBe('persian');
		expect(findDates('On December 24, 2015')[0].earliest).toBe('2015-12-24');
	});
});

describeRows('weekdays after a word of weekly recurrence are a habit in a clause of no tense', {
	'«الأسبوعية», «هفتگی», "weekly" before the weekdays or the word for their days': [
		[
			'ar',
			'2025-04-11',
			'يأتي ذلك بالتزامن مع عطلة البنوك الأسبوعية يومي الجمعة والسبت وفقًا لقرار البنك المركزي',
			[]
		],
		['ar', '2025-04-11', 'عطلة البنوك الأسبوعية يوم الجمعة', []],
		['fa', '2025-04-11', 'تعطیلی هفتگی روز جمعه است', []],
		['fa', '2025-04-11', 'بازار هفتگی روزهای پنجشنبه و جمعه برپا است', []],
		['en', '2025-04-11', 'The weekly Friday prayers draw large crowds.', []]
	],
	'a past or future clause makes them particular days, and "weekly" elsewhere changes nothing': [
		['ar', '2025-04-11', 'وأقيمت صلاة الجمعة الأسبوعية يوم الجمعة', ['يوم الجمعة=2025-04-11']],
		['ar', '2025-04-11', 'تجرى الانتخابات يومي الجمعة والسبت', ['الجمعة=2025-04-11', 'السبت=2025-04-12']],
		['fa', '2025-04-11', 'نشست هفتگی روز دوشنبه برگزار شد', ['روز دوشنبه=2025-04-07']],
		['en', '2025-04-11', 'The weekly Friday prayer was held in the square.', ['Friday=2025-04-11']],
		['en', '2025-04-11', 'The weekly meeting was held on Friday.', ['Friday=2025-04-11']]
	]
});

describeRows(
	'a month after "the" and a superlative is a particular month (English months need a preposition otherwise)',
	{
		'the wettest February, the hottest July': [
			[
				'en',
				'2018-02-26',
				'flooding caused by the wettest February on record for the region.',
				['February=2018-02-01/2018-02-28']
			],
			['en', '2018-08-10', 'It was the hottest July since records began.', ['July=2018-07-01/2018-07-31']],
			['ar', '2018-02-26', 'تسبب فبراير الأكثر مطرا في الفيضانات', ['فبراير=2018-02-01/2018-02-28']]
		],
		'look-alikes: "the" alone, a capitalised word, a short word in -est, an avalanche': [
			['en', '2018-02-26', 'The March of Dignity reached the capital.', []],
			['en', '2018-02-26', 'the West March', []],
			['en', '2018-02-26', 'they put the rest March aside', []],
			['fa', '2018-02-26', 'بزرگ‌ترین بهمن سال‌های اخیر جاده را بست', []]
		]
	}
);

describeRows(
	'an English month after "over", "ending", "than" is a month, unless its name is an everyday word',
	{
		'over January, ending December, than November': [
			['en', '2021-01-14', 'Prices rose 0.5 percent over January.', ['January=2021-01-01/2021-01-31']],
			[
				'en',
				'2021-01-14',
				'CPI rose 1.4% for the 12 months ending December.',
				['December=2020-12-01/2020-12-31']
			],
			['en', '2021-01-14', 'Sales were higher than January.', ['January=2021-01-01/2021-01-31']]
		],
		'look-alikes: May and March are everyday words': [
			['en', '2021-01-14', 'He won over May in the vote.', []],
			['en', '2021-01-14', 'Prices rose over March.', []]
		]
	}
);

describeRows('an Arabic year with no era near the Solar Hijri year of the reference is a Solar Hijri year', {
	'«عام 1403» in Afghan or Iranian news of 2025': [
		['ar', '2025-05-01', 'بلغت الصادرات في عام 1403 نحو مليون طن', ['عام 1403=2024-03-20/2025-03-20']]
	],
	'with its era, near the lunar year, far from both, or with no reference: lunar Hijri as before': [
		['ar', '2025-05-01', 'عام 1403 هـ', ['عام 1403 هـ=1982-10-18/1983-10-07']],
		['ar', '2025-05-01', 'في عام 1446', ['عام 1446=2024-07-07/2025-06-25']],
		['ar', '2025-05-01', 'في عام 1400', ['عام 1400=1979-11-21/1980-11-08']],
		['ar', '', 'في عام 1403', ['عام 1403=1982-10-18/1983-10-07']]
	]
});
