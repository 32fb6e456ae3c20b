/**
 * The golden formatting table: calendars × locales × digit sets × precisions. Each expected string
 * was checked by hand against the Iranian, Saudi and Gregorian calendars for the day in question.
 */
import { describe, expect, it } from 'vitest';
import {
	centuryValue,
	dayValue,
	decadeValue,
	formatDay,
	formatTimeValue,
	intervalValue,
	isoToDay,
	monthPartValue,
	monthValue,
	seasonValue,
	timeValueFromDays,
	toDigits,
	weekValue,
	yearValue,
	type FormatOptions,
	type TimeValue
} from '../../../src/lib/core/time';

const dec26 = dayValue('gregorian', 2015, 12, 26);
const dey5 = dayValue('persian', 1394, 10, 5);
const dey = monthValue('persian', 1394, 10);
const december = monthValue('gregorian', 2015, 12);
const ramadan = monthValue('islamic-umalqura', 1437, 9);
const summer1394 = seasonValue('persian', 1394, 'summer');
const winter2015 = seasonValue('gregorian', 2016, 'winter'); // December 2015 – February 2016
const approx = { ...dec26, approximate: true };
const unsure = { ...dey5, uncertain: true };
const widenedHijri = timeValueFromDays(
	isoToDay('2015-12-25'),
	isoToDay('2015-12-27'),
	'day',
	'islamic-umalqura',
	{ uncertain: true }
);

const golden: [string, TimeValue, FormatOptions, string][] = [
	// Day precision, one day (2015-12-26) in every calendar and locale.
	['a Gregorian day in English', dec26, {}, '26 Dec 2015'],
	['a Gregorian day with long month names', dec26, { monthStyle: 'long' }, '26 December 2015'],
	['a Gregorian day in Arabic, Latin digits', dec26, { locale: 'ar', digits: 'latn' }, '26 ديسمبر 2015'],
	['a Gregorian day in Arabic, Arabic-Indic digits', dec26, { locale: 'ar' }, '٢٦ ديسمبر ٢٠١٥'],
	['a Gregorian day in Persian', dec26, { locale: 'fa' }, '۲۶ دسامبر ۲۰۱۵'],
	['a Gregorian day with its era', dec26, { era: 'always' }, '26 Dec 2015 CE'],
	['a Gregorian day in Solar Hijri, English', dec26, { calendar: 'persian' }, '5 Dey 1394'],
	['a Gregorian day in Solar Hijri, Persian', dec26, { calendar: 'persian', locale: 'fa' }, '۵ دی ۱۳۹۴'],
	['a Solar Hijri day in Persian', dey5, { locale: 'fa' }, '۵ دی ۱۳۹۴'],
	['a Solar Hijri day in Dari', dey5, { locale: 'fa-AF' }, '۵ جدی ۱۳۹۴'],
	['a Solar Hijri day in Arabic', dey5, { locale: 'ar' }, '٥ دي ١٣٩٤'],
	['a Solar Hijri day with its era', dey5, { locale: 'fa', era: 'always' }, '۵ دی ۱۳۹۴ ه‍.ش'],
	['a Solar Hijri day with Latin digits', dey5, { locale: 'fa', digits: 'latn' }, '5 دی 1394'],
	['a Solar Hijri day in Gregorian', dey5, { calendar: 'gregorian' }, '26 Dec 2015'],
	['a day in lunar Hijri, English', dec26, { calendar: 'islamic-umalqura' }, '15 Rabiʻ al-Awwal 1437 AH'],
	[
		'a day in lunar Hijri, Arabic with Latin digits',
		dec26,
		{ calendar: 'islamic-umalqura', locale: 'ar', digits: 'latn' },
		'15 ربيع الأول 1437 هـ'
	],
	[
		'a day in lunar Hijri, Arabic-Indic digits',
		dec26,
		{ calendar: 'islamic-umalqura', locale: 'ar' },
		'١٥ ربيع الأول ١٤٣٧ هـ'
	],
	[
		'a day in lunar Hijri, Persian',
		dec26,
		{ calendar: 'islamic-umalqura', locale: 'fa' },
		'۱۵ ربیع‌الاول ۱۴۳۷ ه‍.ق'
	],
	[
		'a lunar Hijri day in Arabic',
		dayValue('islamic-umalqura', 1437, 3, 14),
		{ locale: 'ar', digits: 'latn' },
		'14 ربيع الأول 1437 هـ'
	],
	[
		'a lunar Hijri day without its era',
		dec26,
		{ calendar: 'islamic-umalqura', era: 'never' },
		'15 Rabiʻ al-Awwal 1437'
	],
	[
		'a lunar Hijri day widened by a day either side',
		widenedHijri,
		{ qualifiers: false },
		'14–16 Rabiʻ al-Awwal 1437 AH'
	],
	['a widened lunar day marked uncertain', widenedHijri, {}, '14–16 Rabiʻ al-Awwal 1437 AH?'],
	[
		'1 Ramadan 1437 in Gregorian',
		dayValue('islamic-umalqura', 1437, 9, 1),
		{ calendar: 'gregorian' },
		'6 Jun 2016'
	],
	[
		'Nowruz 1403 in Gregorian',
		dayValue('persian', 1403, 1, 1),
		{ calendar: 'gregorian', monthStyle: 'long' },
		'20 March 2024'
	],
	[
		'Nowruz 1404 in Persian',
		dayValue('gregorian', 2025, 3, 21),
		{ calendar: 'persian', locale: 'fa' },
		'۱ فروردین ۱۴۰۴'
	],
	// Qualifiers.
	['an approximate day in English', approx, {}, 'c. 26 Dec 2015'],
	['an approximate day in Arabic', approx, { locale: 'ar', digits: 'latn' }, 'حوالي 26 ديسمبر 2015'],
	['an approximate day in Persian', approx, { locale: 'fa', calendar: 'persian' }, 'حدود ۵ دی ۱۳۹۴'],
	['an uncertain day in Persian', unsure, { locale: 'fa' }, '۵ دی ۱۳۹۴؟'],
	['an uncertain day in English', unsure, {}, '5 Dey 1394?'],
	['qualifiers switched off', approx, { qualifiers: false }, '26 Dec 2015'],
	// Weeks.
	[
		'a Solar Hijri week (Saturday to Friday)',
		weekValue('persian', 1394, 10, 5),
		{ locale: 'fa' },
		'۵–۱۱ دی ۱۳۹۴'
	],
	[
		'a Solar Hijri week shown in Gregorian',
		weekValue('persian', 1394, 10, 5),
		{ calendar: 'gregorian' },
		'26 Dec 2015 – 1 Jan 2016'
	],
	['a Gregorian ISO week', weekValue('gregorian', 2015, 12, 26), {}, '21–27 Dec 2015'],
	// Months.
	['a Solar Hijri month in English', dey, {}, 'Dey 1394'],
	['a Solar Hijri month in Persian', dey, { locale: 'fa' }, 'دی ۱۳۹۴'],
	['a Solar Hijri month in Dari', dey, { locale: 'fa-AF' }, 'جدی ۱۳۹۴'],
	['a Solar Hijri month in Arabic', dey, { locale: 'ar' }, 'دي ١٣٩٤'],
	['a Solar Hijri month shown in Gregorian', dey, { calendar: 'gregorian' }, '22 Dec 2015 – 20 Jan 2016'],
	['a Gregorian month in English', december, {}, 'Dec 2015'],
	['a Gregorian month with a long name', december, { monthStyle: 'long' }, 'December 2015'],
	['a Gregorian month in Arabic', december, { locale: 'ar', digits: 'latn' }, 'ديسمبر 2015'],
	['a Gregorian month in Persian', december, { locale: 'fa' }, 'دسامبر ۲۰۱۵'],
	['a Gregorian month shown in Solar Hijri', december, { calendar: 'persian' }, '10 Azar – 10 Dey 1394'],
	['a lunar Hijri month in English', ramadan, {}, 'Ramadan 1437 AH'],
	['a lunar Hijri month in Arabic', ramadan, { locale: 'ar' }, 'رمضان ١٤٣٧ هـ'],
	['a lunar Hijri month in Persian', ramadan, { locale: 'fa' }, 'رمضان ۱۴۳۷ ه‍.ق'],
	['a lunar Hijri month shown in Gregorian', ramadan, { calendar: 'gregorian' }, '6 Jun – 5 Jul 2016'],
	// Thirds of a month.
	['early in a Solar Hijri month', monthPartValue('persian', 1394, 10, 'early'), {}, 'early Dey 1394'],
	[
		'early in a Solar Hijri month, Persian',
		monthPartValue('persian', 1394, 10, 'early'),
		{ locale: 'fa' },
		'اوایل دی ۱۳۹۴'
	],
	['mid-month in Persian', monthPartValue('persian', 1394, 10, 'mid'), { locale: 'fa' }, 'اواسط دی ۱۳۹۴'],
	[
		'late in a Dari month',
		monthPartValue('persian', 1394, 10, 'late'),
		{ locale: 'fa-AF' },
		'اواخر جدی ۱۳۹۴'
	],
	['mid-December in English', monthPartValue('gregorian', 2015, 12, 'mid'), {}, 'mid-Dec 2015'],
	[
		'late December in Arabic',
		monthPartValue('gregorian', 2015, 12, 'late'),
		{ locale: 'ar', digits: 'latn' },
		'أواخر ديسمبر 2015'
	],
	[
		'early December in Arabic',
		monthPartValue('gregorian', 2015, 12, 'early'),
		{ locale: 'ar' },
		'أوائل ديسمبر ٢٠١٥'
	],
	[
		'late Ramadan in Arabic',
		monthPartValue('islamic-umalqura', 1437, 9, 'late'),
		{ locale: 'ar' },
		'أواخر رمضان ١٤٣٧ هـ'
	],
	[
		'early Dey shown in Gregorian',
		monthPartValue('persian', 1394, 10, 'early'),
		{ calendar: 'gregorian' },
		'c. 22–31 Dec 2015'
	],
	// Seasons.
	['a Solar Hijri season in Persian', summer1394, { locale: 'fa' }, 'تابستان ۱۳۹۴'],
	['a Solar Hijri season in English', summer1394, {}, 'Summer 1394'],
	['a Solar Hijri season in Arabic', summer1394, { locale: 'ar' }, 'صيف ١٣٩٤'],
	['a Solar Hijri season in Dari', summer1394, { locale: 'fa-AF' }, 'تابستان ۱۳۹۴'],
	['a Solar Hijri winter', seasonValue('persian', 1394, 'winter'), { locale: 'fa' }, 'زمستان ۱۳۹۴'],
	['a Solar Hijri season shown in Gregorian', summer1394, { calendar: 'gregorian' }, '22 Jun – 22 Sep 2015'],
	['a Gregorian summer', seasonValue('gregorian', 2015, 'summer'), {}, 'Summer 2015'],
	['a Gregorian winter across two years', winter2015, {}, 'Winter 2015–16'],
	['a Gregorian winter in Arabic', winter2015, { locale: 'ar', digits: 'latn' }, 'شتاء 2015–16'],
	['a Gregorian winter in Persian', winter2015, { locale: 'fa' }, 'زمستان ۲۰۱۵–۱۶'],
	[
		'a Gregorian spring shown in Solar Hijri',
		seasonValue('gregorian', 2015, 'spring'),
		{ calendar: 'persian' },
		'10 Esfand 1393 – 10 Khordad 1394'
	],
	[
		'a Gregorian autumn shown in lunar Hijri',
		seasonValue('gregorian', 2015, 'autumn'),
		{ calendar: 'islamic-umalqura' },
		'17 Dhu al-Qaʻdah 1436 – 18 Safar 1437 AH'
	],
	// Years.
	['a Solar Hijri year in Persian', yearValue('persian', 1394), { locale: 'fa' }, '۱۳۹۴'],
	['a Solar Hijri year in English', yearValue('persian', 1394), {}, '1394'],
	['a Solar Hijri year with its era', yearValue('persian', 1394), { era: 'always' }, '1394 AP'],
	['a Gregorian year', yearValue('gregorian', 2015), {}, '2015'],
	['a Gregorian year in Arabic', yearValue('gregorian', 2015), { locale: 'ar', era: 'always' }, '٢٠١٥ م'],
	[
		'a Gregorian year shown in Solar Hijri',
		yearValue('gregorian', 2015),
		{ calendar: 'persian', locale: 'fa' },
		'۱۳۹۳–۱۳۹۴'
	],
	[
		'a Gregorian year shown in lunar Hijri',
		yearValue('gregorian', 2015),
		{ calendar: 'islamic-umalqura' },
		'1436–1437 AH'
	],
	['a lunar Hijri year in Arabic', yearValue('islamic-umalqura', 1437), { locale: 'ar' }, '١٤٣٧ هـ'],
	['a lunar Hijri year in English', yearValue('islamic-umalqura', 1437), {}, '1437 AH'],
	[
		'a Solar Hijri month range',
		intervalValue('persian', { year: 1394, month: 7 }, { year: 1394, month: 10 }),
		{ locale: 'fa' },
		'مهر–دی ۱۳۹۴'
	],
	[
		'a month range across years',
		intervalValue('persian', { year: 1394, month: 12 }, { year: 1395, month: 1 }),
		{},
		'Esfand 1394 – Farvardin 1395'
	],
	// Decades and centuries.
	['a Gregorian decade', decadeValue('gregorian', 1990), {}, '1990s'],
	[
		'a Gregorian decade in Arabic',
		decadeValue('gregorian', 1990),
		{ locale: 'ar', digits: 'latn' },
		'عقد 1990'
	],
	['a Gregorian decade in Persian', decadeValue('gregorian', 1990), { locale: 'fa' }, 'دهه ۱۹۹۰'],
	['a Solar Hijri decade', decadeValue('persian', 1370), { locale: 'fa' }, 'دهه ۱۳۷۰'],
	[
		'a Gregorian decade shown in Solar Hijri',
		decadeValue('gregorian', 1990),
		{ calendar: 'persian' },
		'1368–1378'
	],
	['the 20th century', centuryValue('gregorian', 20), {}, '20th century'],
	['the 21st century', centuryValue('gregorian', 21), {}, '21st century'],
	['the 12th century', centuryValue('gregorian', 12), {}, '12th century'],
	['the 2nd century', centuryValue('gregorian', 2), {}, '2nd century'],
	['the first century', centuryValue('gregorian', 1), {}, '1st century'],
	['a Solar Hijri century', centuryValue('persian', 14), { locale: 'fa' }, 'قرن ۱۴'],
	['a lunar Hijri century in Arabic', centuryValue('islamic-umalqura', 15), { locale: 'ar' }, 'القرن ١٥ هـ']
];

describe('formatting TimeValues', () => {
	it('has a golden table of at least 60 cases', () => {
		expect(golden.length).toBeGreaterThanOrEqual(60);
	});

	it.each(golden)('formats %s', (_name, value, options, expected) => {
		expect(formatTimeValue(value, options)).toBe(expected);
	});

	it('formats a bare day number in a display calendar', () => {
		expect(formatDay(isoToDay('2015-12-26'), { calendar: 'persian', locale: 'fa' })).toBe('۵ دی ۱۳۹۴');
	});

	it('rewrites digits into Arabic-Indic and Persian forms', () => {
		expect(toDigits('2015-12-26', 'arab')).toBe('٢٠١٥-١٢-٢٦');
		expect(toDigits('1394', 'arabext')).toBe('۱۳۹۴');
		expect(toDigits('1394', 'latn')).toBe('1394');
	});

	it('throws on an unknown display calendar instead of falling back to Gregorian', () => {
		expect(() => formatTimeValue(dec26, { calendar: 'julian' as never })).toThrow(/Unknown calendar/);
	});
});
