import { describe, expect, it } from 'vitest';
import {
	dayValue,
	formatInAllCalendars,
	timeValueAt,
	widenValue,
	type CalendarPoint,
	type Precision
} from '../../../src/lib/core/time';

describe('timeValueAt', () => {
	it.each([
		['persian', { year: 1394, month: 10, day: 5 }, 'day', '2015-12-26', '2015-12-26'],
		['persian', { year: 1394, month: 10, day: 5 }, 'week', '2015-12-26', '2016-01-01'],
		['persian', { year: 1394, month: 10 }, 'month', '2015-12-22', '2016-01-20'],
		['persian', { year: 1394, month: 10, part: 'early' }, 'month', '2015-12-22', '2015-12-31'],
		['persian', { year: 1394, season: 'summer' }, 'season', '2015-06-22', '2015-09-22'],
		['islamic-umalqura', { year: 1437 }, 'year', '2015-10-14', '2016-10-01'],
		['gregorian', { year: 1994 }, 'decade', '1990-01-01', '1999-12-31'],
		['gregorian', { year: 1994 }, 'century', '1900-01-01', '1999-12-31'],
		['persian', { year: 1394 }, 'century', '1921-03-21', '2021-03-20']
	] as const)('builds %s %o at %s precision', (calendar, at, precision, earliest, latest) => {
		const v = timeValueAt(calendar, at as CalendarPoint, precision as Precision);
		expect([v.earliest, v.latest, v.precision]).toEqual([earliest, latest, precision]);
	});

	it.each([
		['day', { year: 1394, month: 10 }, 'A day-precision date needs a day.'],
		['month', { year: 1394 }, 'A month-precision date needs a month.'],
		['season', { year: 1394 }, 'A season-precision date needs a season.']
	] as const)('says what a %s-precision date is missing', (precision, at, message) => {
		expect(() => timeValueAt('persian', at, precision)).toThrow(message);
	});
});

describe('widenValue', () => {
	it('widens a lunar Hijri day by a day either side and marks it uncertain', () => {
		const v = widenValue(dayValue('islamic-umalqura', 1437, 9, 1, { text: '1 رمضان 1437' }));
		expect(v).toEqual({
			earliest: '2016-06-05',
			latest: '2016-06-07',
			precision: 'day',
			calendar: 'islamic-umalqura',
			edtf: '2016-06-05?/2016-06-07?',
			text: '1 رمضان 1437',
			uncertain: true
		});
	});
});

describe('formatInAllCalendars', () => {
	it('gives one day in the three calendars', () => {
		expect(formatInAllCalendars(dayValue('gregorian', 2015, 12, 26))).toEqual({
			gregorian: '26 Dec 2015',
			persian: '5 Dey 1394',
			'islamic-umalqura': '15 Rabiʻ al-Awwal 1437 AH'
		});
		expect(formatInAllCalendars(dayValue('gregorian', 2015, 12, 26), { locale: 'fa' })).toEqual({
			gregorian: '۲۶ دسامبر ۲۰۱۵',
			persian: '۵ دی ۱۳۹۴',
			'islamic-umalqura': '۱۵ ربیع‌الاول ۱۴۳۷ ه‍.ق'
		});
	});
});
