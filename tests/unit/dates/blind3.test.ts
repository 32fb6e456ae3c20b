import { describeRows, type Row } from './rows';

/**
 * Rules added after the third blind set (tests/eval/dates-blind3.jsonl). Each row: [lang, ref,
 * text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const REF = '2016-05-10'; // a Tuesday; 21 Ordibehesht (ثور) 1395

const rows: Record<string, Row[]> = {
	'two bare weekdays joined by "to" are a weekly schedule, not days': [
		['ar', REF, 'يعمل المكتب من الأحد إلى الخميس من 8:00 إلى 16:00', []],
		['ar', REF, 'الدوام من السبت حتى الأربعاء', []],
		['en', REF, 'The shop opens Monday to Friday, 9am to 5pm.', []],
		['en', REF, 'Open Monday - Saturday', []],
		['fa', REF, 'ساعت کاری از شنبه تا چهارشنبه است', []],
		['ar', REF, 'وصل الوفد الأحد الماضي وغادر الخميس', ['الأحد الماضي=2016-05-08', 'الخميس=2016-05-05']],
		['en', REF, 'He arrived on Monday and left on Friday.', ['Monday=2016-05-09', 'Friday=2016-05-06']],
		['en', REF, 'from Monday to Thursday, 5 May', ['Monday=2016-05-09', 'Thursday, 5 May=2016-05-05']],
		['ar', REF, 'وقعت الغارات ليل السبت-الأحد', ['السبت=2016-05-07', 'الأحد=2016-05-08']],
		['ar', REF, 'ليلة الخميس إلى الجمعة', ['الخميس=2016-05-05', 'الجمعة=2016-05-06']]
	],
	'Afghan برج ("sign") before a zodiac month makes it a month': [
		['fa', REF, 'کابل (پژواک) ۱۵ برج سرطان ۱۴۰۰:', ['۱۵ برج سرطان ۱۴۰۰=2021-07-06']],
		['fa', REF, 'در برج حوت ۱۳۹۹', ['برج حوت ۱۳۹۹=2021-02-19/2021-03-20']],
		['fa', REF, 'در برج حمل', ['برج حمل=2016-03-20/2016-04-19']],
		['fa', REF, 'از بالای برج میلاد دیده می‌شود', []]
	],
	'a number before a counted noun (votes, spectators, pupils…) is a quantity, not a year': [
		['fa', REF, 'بازی ۲-۱ تمام شد و ۱۴۰۲ تماشاگر حضور داشتند', []],
		['fa', REF, 'او ۲۸۹ رأی آورد و ۱۳۹۸ رأی باطله شمرده شد', []],
		['ar', REF, 'حصل على 1437 صوتا مقابل 1394 صوتاً', []],
		['ar', REF, 'وسجل في 2015 طالبا في الجامعة', []],
		['en', REF, 'with 1,120 for and 2016 votes against', []],
		['fa', REF, 'در ۱۴۰۲ تماشاگران بیشتری آمدند', ['۱۴۰۲=2023-03-21/2024-03-19']],
		['en', REF, 'In 2016 voters chose a new parliament', ['2016=2016-01-01/2016-12-31']]
	],
	'English "over/during/at the weekend" is the latest weekend on or before the reference': [
		['en', REF, 'The deal was struck over the weekend.', ['over the weekend=2016-05-07/2016-05-08']],
		['en', '2016-05-08', 'Talks went on during the weekend.', ['during the weekend=2016-05-07/2016-05-08']],
		['en', REF, 'weekend shopping rose, the weekend edition said', []]
	],
	'a month, a day and a four-digit year without the comma are one date': [
		['en', REF, 'Dec 22nd 2015 | 02:35 PM', ['Dec 22nd 2015=2015-12-22']],
		['en', REF, 'posted December 22 2015 in Kabul', ['December 22 2015=2015-12-22']],
		['en', REF, 'on Dec. 1st 2015 the council met', ['Dec. 1st 2015=2015-12-01']],
		['en', REF, 'on May 3 2000 votes were cast', []]
	],
	'a weekday then a day and month in figures, when the weekday confirms them': [
		['ar', REF, 'وصل الوفد الخميس 5/5 إلى بغداد', ['الخميس 5/5=2016-05-05']],
		['ar', REF, 'الأحد 1-5 جلسة', ['الأحد 1-5=2016-05-01']],
		['fa', REF, 'سه‌شنبه ۱۴/۲ جلسه بود', ['سه‌شنبه ۱۴/۲=2016-05-03']],
		['en', REF, 'Thursday 5/5 was the deadline', ['Thursday 5/5=2016-05-05']],
		['en', REF, 'Monday 4/25 and Monday 25/4', ['Monday 4/25=2016-04-25', 'Monday 25/4=2016-04-25']],
		['ar', REF, 'فاز الفريق الأحد 2/1 على ضيفه', ['الأحد=2016-05-08']],
		['ar', REF, 'الخميس 5/5/2016', ['الخميس 5/5/2016=2016-05-05']],
		['en', REF, 'Thursday 5/5:30', ['Thursday=2016-05-05']],
		// the day named may be the next one: said on Wednesday 15 May 2024, "Thursday 16/5" is the next day
		['ar', '2024-05-15', 'تنطلق البطولة الخميس 16/5', ['الخميس 16/5=2024-05-16']],
		['fa', '2024-05-15', 'پنجشنبه ۲۷/۲ جلسه است', ['پنجشنبه ۲۷/۲=2024-05-16']],
		['en', '2024-05-15', 'Thursday 5/16 is the deadline', ['Thursday 5/16=2024-05-16']],
		// neither the last nor the next such day is that weekday: a weekday and a score
		['ar', '2024-05-15', 'فاز الفريق الخميس 17/5', ['الخميس=2024-05-09']]
	],
	'Afghan ترسایی (Christian) marks a Gregorian year': [
		['fa', REF, 'در سال ۲۰۲۱ ترسایی', ['سال ۲۰۲۱ ترسایی=2021-01-01/2021-12-31']],
		['fa', REF, 'ماه گذشته ترسایی', ['ماه گذشته ترسایی=2016-04-01/2016-04-30']]
	],
	'Afghan سال پار is last year': [
		['fa', REF, 'بودجه سال پار تصویب نشد', ['سال پار=2015-03-21/2016-03-19']],
		['fa', REF, 'در پارسال', ['پارسال=2015-03-21/2016-03-19']]
	],
	'English Tues., Weds. and Thurs. are weekdays without support, and "Thurs., May 5" is one date': [
		['en', REF, 'the court said on Tues.', ['Tues=2016-05-10']],
		['en', REF, 'Officials met Weds.', ['Weds=2016-05-04']],
		['en', REF, 'Thurs., May 5, was the deadline', ['Thurs., May 5=2016-05-05']],
		['en', REF, 'tues and weds in lower case', []]
	]
};

describeRows('blind set 3 rules', rows);
