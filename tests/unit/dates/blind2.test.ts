import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';

/**
 * Rules added after the second blind set (tests/eval/dates-blind2.jsonl). Each row: [lang, ref,
 * text, exactly the mentions found, as "span=day" or "span=first/last"].
 */
type Row = [string, string, string, string[]];

const REF = '2016-05-10'; // a Tuesday; 21 Ordibehesht 1395; 3 Sha'ban 1437

const rows: Record<string, Row[]> = {
	'Moroccan فاتح is the first day of the month': [
		['ar', REF, 'في استفتاء فاتح يوليوز 2011', ['فاتح يوليوز 2011=2011-07-01']],
		['ar', REF, 'منذ الفاتح من سبتمبر 1969', ['الفاتح من سبتمبر 1969=1969-09-01']],
		['ar', REF, 'قال محمد الفاتح إن الوفد وصل', []]
	],
	'a two-digit Solar Hijri year right after a Persian month name': [
		['fa', REF, 'اعتراضات آبان ۹۸ ادامه داشت', ['آبان ۹۸=2019-10-23/2019-11-21']],
		['fa', REF, 'نرخ تورم در بهمن ۹۹ بالا رفت', ['بهمن ۹۹=2021-01-20/2021-02-18']],
		['fa', REF, 'در عقرب ۹۸ اعلام شد', ['عقرب ۹۸=2019-10-23/2019-11-21']],
		['fa', REF, 'در آذر ۸۸ آغاز شد', ['آذر ۸۸=2009-11-22/2009-12-21']],
		['fa', REF, 'اعتراضات آبان ۰۱ ادامه یافت', ['آبان ۰۱=2022-10-23/2022-11-21']],
		['fa', REF, 'در ۱۵ اسفند', ['۱۵ اسفند=2016-03-05']],
		['fa', REF, 'در ۵ دی ۱۰ نفر زخمی شدند', ['۵ دی=2015-12-26']],
		['fa', REF, 'در آبان ۳۰ درصد کاهش یافت', ['آبان=2015-10-23/2015-11-21']],
		['ar', REF, 'في آذار 19 قتيلاً', ['آذار=2016-03-01/2016-03-31']]
	],
	'a Persian numeric date with a two-digit year first': [
		['fa', REF, 'نامه مورخ ۹۵/۵/۲۹ ارسال شد', ['۹۵/۵/۲۹=2016-08-19']],
		['ar', REF, 'النتيجة 95/5/29 في الجدول', []]
	],
	'a number before a counted noun is a quantity, not a year or a day': [
		['fa', REF, 'و ۱۴۰۰ واحد مسکونی فروخته شد', []],
		['fa', REF, 'در ۱۳۹۸ نفر از مردم', []],
		['ar', REF, 'في 2015 شخصاً من المدنيين', []],
		['en', REF, 'in 2000 dollars of aid', []],
		['fa', REF, 'در ۱۳۹۸ مردم به خیابان آمدند', ['۱۳۹۸=2019-03-21/2020-03-19']],
		['en', REF, 'In 2015 people protested', ['2015=2015-01-01/2015-12-31']]
	],
	'a bare year after "compared with"': [
		[
			'fa',
			REF,
			'تولید در ۱۳۹۴ نسبت به ۱۳۹۳ کاهش یافت',
			['۱۳۹۴=2015-03-21/2016-03-19', '۱۳۹۳=2014-03-21/2015-03-20']
		],
		['ar', REF, 'ارتفعت الصادرات مقارنة مع 2014', ['2014=2014-01-01/2014-12-31']],
		['en', REF, 'exports rose compared with 2014', ['2014=2014-01-01/2014-12-31']],
		['fa', REF, 'نسبت به ۱۳۹۳ نفر', []]
	],
	'the Persian ezafe after a final ه (هفته‌ی، سه‌شنبه‌ی، دهه‌ی)': [
		['fa', REF, 'هفته‌ی آینده وزیر می‌رود', ['هفته‌ی آینده=2016-05-14/2016-05-20']],
		['fa', REF, 'هفتهی گذشته وزیر رفت', ['هفتهی گذشته=2016-04-30/2016-05-06']],
		['fa', REF, 'سه‌شنبه‌ی گذشته جلسه بود', ['سه‌شنبه‌ی گذشته=2016-05-03']],
		['fa', REF, 'چهارشنبه‌ی آینده جلسه است', ['چهارشنبه‌ی آینده=2016-05-11']],
		['fa', REF, 'در دهه‌ی ۶۰', ['دهه‌ی ۶۰=1981-03-21/1991-03-20']]
	],
	'a week of the month is its 7 days (1–7, 8–14, 15–21, 22–28)': [
		['ar', REF, 'في الأسبوع الأول من أيار 2015', ['الأسبوع الأول من أيار 2015=2015-05-01/2015-05-07']],
		['fa', REF, 'هفته دوم آذر ۱۳۹۴', ['هفته دوم آذر ۱۳۹۴=2015-11-29/2015-12-05']],
		['en', REF, 'in the third week of March 2015', ['third week of March 2015=2015-03-15/2015-03-21']],
		['en', REF, 'The fifth week of March 2015 was quiet', ['March 2015=2015-03-01/2015-03-31']]
	],
	'spellings: Persian ذیقعده/ذیحجه, Arabic الليلة الماضية, Persian جمعه without روز': [
		['fa', REF, 'اول ذیقعده ۱۴۳۶', ['اول ذیقعده ۱۴۳۶=2015-08-16']],
		['fa', REF, '۱۰ ذیحجه ۱۴۳۶ قمری', ['۱۰ ذیحجه ۱۴۳۶ قمری=2015-09-23']],
		['ar', REF, 'في ساعة متأخرة من الليلة الماضية', ['الليلة الماضية=2016-05-09']],
		['fa', REF, 'طالبان شامگاه جمعه حمله کردند', ['جمعه=2016-05-06']],
		['fa', REF, 'امام جمعه تهران گفت', []],
		['ar', REF, 'وقال إن جمعة الغضب انطلقت', []]
	],
	'the Dari/Persian ezafe on a month name (جوزای، سنبله‌ی، ژانویه‌ی)': [
		['fa', REF, 'صبح ۱۰ جوزای ۱۳۹۶ رخ داد', ['۱۰ جوزای ۱۳۹۶=2017-05-31']],
		['fa', REF, 'اوایل ماه جوزای امسال', ['اوایل ماه جوزای امسال=2016-05-21/2016-05-30']],
		['fa', REF, 'در سنبله‌ی ۱۳۹۹', ['سنبله‌ی ۱۳۹۹=2020-08-22/2020-09-21']],
		['fa', REF, 'در ژانویه‌ی ۲۰۲۰', ['ژانویه‌ی ۲۰۲۰=2020-01-01/2020-01-31']]
	],
	'quarters of a year': [
		['ar', REF, 'في الربع الأول من 2015', ['الربع الأول من 2015=2015-01-01/2015-03-31']],
		['en', REF, 'in the third quarter of 2015', ['third quarter of 2015=2015-07-01/2015-09-30']],
		['fa', REF, 'در سه ماهه نخست سال ۱۳۹۴', ['سه ماهه نخست سال ۱۳۹۴=2015-03-21/2015-06-21']],
		['ar', REF, 'الربع الأخير من العام الماضي', ['الربع الأخير من العام الماضي=2015-10-01/2015-12-31']],
		['en', REF, 'profits in the first quarter rose', []]
	],
	'a hedge between "ago" and its count; "the same day" is not today': [
		['ar', REF, 'وقع الهجوم قبل نحو يومين', ['قبل نحو يومين=2016-05-08']],
		['ar', REF, 'غادر منذ حوالي 3 أسابيع', ['منذ حوالي 3 أسابيع=2016-04-16/2016-04-22']],
		['ar', REF, 'قبل أكثر من ثلاثة أشهر', []],
		['ar', REF, 'وفي اليوم ذاته أعلن الجيش', []],
		['ar', REF, 'في نفس اليوم', []]
	],
	'both years of a span of years, the second one written short or not': [
		['en', REF, 'In the 1980-88 war', ['1980=1980-01-01/1980-12-31', '88=1988-01-01/1988-12-31']],
		['ar', REF, 'في حرب 1980-1988', ['1980=1980-01-01/1980-12-31', '1988=1988-01-01/1988-12-31']],
		['en', REF, 'Code 2015-12 was sent', []]
	],
	'English "<month> of last/this year" is one mention': [
		['en', REF, 'in September of last year', ['September of last year=2015-09-01/2015-09-30']],
		['en', REF, 'in September of this year', ['September of this year=2016-09-01/2016-09-30']]
	],
	'a bare month before "and" and a month with a year shares that year': [
		['ar', REF, 'في مارس وأبريل 2020', ['مارس=2020-03-01/2020-03-31', 'أبريل 2020=2020-04-01/2020-04-30']],
		[
			'fa',
			REF,
			'در فروردین و اردیبهشت ۱۳۹۹',
			['فروردین=2020-03-20/2020-04-19', 'اردیبهشت ۱۳۹۹=2020-04-20/2020-05-20']
		],
		[
			'en',
			REF,
			'in December and January 2016',
			['December=2015-12-01/2015-12-31', 'January 2016=2016-01-01/2016-01-31']
		],
		['en', REF, 'in March and on 5 April 2020', ['March=2016-03-01/2016-03-31', '5 April 2020=2020-04-05']],
		[
			'ar',
			REF,
			'في مارس الماضي وأبريل 2020',
			['مارس الماضي=2016-03-01/2016-03-31', 'أبريل 2020=2020-04-01/2020-04-30']
		]
	],
	'Lebanese coalitions named after a date are names, not dates': [
		['ar', REF, 'وقالت قوى 14 آذار إن تحالف 8 آذار رفض', []],
		['ar', REF, 'وتظاهرت قوى ١٤ آذار في 14 آذار 2005', ['14 آذار 2005=2005-03-14']],
		['en', REF, 'The March 8 Alliance met on March 14.', ['March 14=2016-03-14']]
	],
	'the ten first, middle or last days of a month (العشر الأواخر)': [
		[
			'ar',
			REF,
			'في العشر الأواخر من رمضان 1436 هـ',
			['العشر الأواخر من رمضان 1436 هـ=2015-07-08/2015-07-16']
		],
		[
			'ar',
			REF,
			'العشر الأوائل من ذي الحجة 1436 هـ',
			['العشر الأوائل من ذي الحجة 1436 هـ=2015-09-14/2015-09-23']
		]
	]
};

describe('blind set 2 rules', () => {
	for (const [name, table] of Object.entries(rows)) {
		describe(name, () => {
			it.each(table)('[%s, ref %s] in "%s" finds exactly %j', (lang, ref, text, want) => {
				const got = findDates(text, { lang, ref }).map((m) =>
					m.earliest === m.latest ? `${m.text}=${m.earliest}` : `${m.text}=${m.earliest}/${m.latest}`
				);
				expect(got).toEqual(want);
			});
		});
	}
});
