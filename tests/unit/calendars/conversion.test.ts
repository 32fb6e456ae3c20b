import { describe, expect, it } from 'vitest';
import {
	convertDate,
	dayToIso,
	getCalendar,
	InvalidDateError,
	isoToDay,
	UnknownCalendarError
} from '../../../src/lib/core/calendars';

// Hand-verified pairs: Iranian and Saudi official calendars, press reports of the day.
const pairs: [string, number, number, number, string][] = [
	['persian', 1394, 10, 5, '2015-12-26'],
	['persian', 1403, 1, 1, '2024-03-20'], // Nowruz 1403
	['persian', 1404, 1, 1, '2025-03-21'], // Nowruz 1404
	['persian', 1403, 12, 30, '2025-03-20'], // 1403 is a leap year
	['persian', 1394, 7, 30, '2015-10-22'],
	['persian', 1357, 11, 22, '1979-02-11'], // revolution day
	['persian', 1300, 1, 1, '1921-03-21'],
	['islamic-umalqura', 1437, 9, 1, '2016-06-06'], // 1 Ramadan 1437
	['islamic-umalqura', 1437, 3, 14, '2015-12-25'],
	['islamic-umalqura', 1437, 1, 1, '2015-10-14'],
	['islamic-umalqura', 1445, 9, 1, '2024-03-11'],
	['islamic-umalqura', 1446, 1, 1, '2024-07-07'],
	['islamic-umalqura', 1300, 1, 1, '1882-11-12'],
	['gregorian', 2015, 12, 26, '2015-12-26'],
	['gregorian', 1970, 1, 1, '1970-01-01'],
	['gregorian', 2000, 2, 29, '2000-02-29'],
	['gregorian', 1, 1, 1, '0001-01-01'],
	['gregorian', 9999, 12, 31, '9999-12-31']
];

describe('calendar conversion', () => {
	it.each(pairs)('converts %s %i-%i-%i to %s and back', (cal, y, m, d, iso) => {
		const c = getCalendar(cal);
		expect(dayToIso(c.toDay(y, m, d))).toBe(iso);
		expect(c.fromDay(isoToDay(iso))).toEqual({ calendar: cal, year: y, month: m, day: d });
	});

	it('uses days since 1970-01-01 as the day number', () => {
		expect(isoToDay('1970-01-01')).toBe(0);
		expect(isoToDay('1969-12-31')).toBe(-1);
		expect(isoToDay('2015-12-26')).toBe(16795);
	});

	it('converts between two non-Gregorian calendars through the day number', () => {
		expect(convertDate('persian', 1394, 10, 5, 'islamic-umalqura')).toEqual({
			calendar: 'islamic-umalqura',
			year: 1437,
			month: 3,
			day: 15
		});
	});

	it('throws on an unknown calendar instead of falling back to Gregorian', () => {
		expect(() => getCalendar('julian')).toThrow(UnknownCalendarError);
		expect(() => getCalendar('islamic')).toThrow(/Unknown calendar "islamic"/);
		expect(() => getCalendar('')).toThrow(UnknownCalendarError);
		expect(() => getCalendar('toString')).toThrow(UnknownCalendarError);
	});
});

describe('calendar facts', () => {
	it.each([
		['gregorian', 2015, 2, 28],
		['gregorian', 2016, 2, 29],
		['gregorian', 1900, 2, 28],
		['gregorian', 2000, 2, 29],
		['persian', 1394, 12, 29],
		['persian', 1395, 12, 30],
		['persian', 1394, 6, 31],
		['persian', 1394, 7, 30],
		['islamic-umalqura', 1437, 8, 29],
		['islamic-umalqura', 1437, 9, 30]
	])('knows %s %i month %i has %i days', (cal, y, m, n) => {
		expect(getCalendar(cal).daysInMonth(y, m)).toBe(n);
	});

	it.each([
		['gregorian', 2016, true, 366],
		['gregorian', 2015, false, 365],
		['persian', 1395, true, 366],
		['persian', 1394, false, 365],
		['persian', 1403, true, 366]
	])('knows %s %i is leap: %s (%i days)', (cal, y, leap, days) => {
		expect(getCalendar(cal).isLeapYear(y)).toBe(leap);
		expect(getCalendar(cal).daysInYear(y)).toBe(days);
	});

	it('gives every lunar Hijri year 354 or 355 days and 12 months', () => {
		const h = getCalendar('islamic-umalqura');
		for (let y = 1300; y <= 1600; y++) {
			expect([354, 355]).toContain(h.daysInYear(y));
			expect(h.monthsInYear(y)).toBe(12);
		}
	});
});

describe('date validation', () => {
	it.each([
		[
			'persian',
			1394,
			12,
			30,
			'not-a-leap-year',
			'30 Esfand 1394 does not exist: 1394 is not a leap year; Esfand has 29 days.'
		],
		['persian', 1394, 7, 31, 'day-out-of-range', '31 Mehr 1394 does not exist: Mehr has 30 days.'],
		[
			'gregorian',
			2015,
			2,
			30,
			'day-out-of-range',
			'30 February 2015 does not exist: February 2015 has 28 days.'
		],
		[
			'gregorian',
			2015,
			2,
			29,
			'not-a-leap-year',
			'29 February 2015 does not exist: 2015 is not a leap year; February has 28 days.'
		],
		[
			'gregorian',
			2016,
			2,
			30,
			'day-out-of-range',
			'30 February 2016 does not exist: February 2016 has 29 days.'
		],
		['gregorian', 2015, 4, 31, 'day-out-of-range', '31 April 2015 does not exist: April has 30 days.'],
		[
			'islamic-umalqura',
			1437,
			8,
			30,
			'day-out-of-range',
			'30 Shaʻban 1437 AH does not exist: in the Umm al-Qura calendar Shaʻban 1437 AH has 29 days.'
		],
		[
			'persian',
			1394,
			13,
			1,
			'month-out-of-range',
			'Month 13 does not exist: the Solar Hijri calendar has 12 months.'
		],
		[
			'gregorian',
			2015,
			0,
			1,
			'month-out-of-range',
			'Month 0 does not exist: the Gregorian calendar has 12 months.'
		],
		['gregorian', 2015, 1, 0, 'day-out-of-range', 'Day 0 does not exist: days of a month start at 1.'],
		[
			'gregorian',
			20150,
			1,
			1,
			'year-out-of-range',
			'Year 20150 is outside the years the Gregorian calendar supports here (1–9999).'
		],
		[
			'persian',
			0,
			1,
			1,
			'year-out-of-range',
			'Year 0 is outside the years the Solar Hijri calendar supports here (1–3177).'
		],
		[
			'islamic-umalqura',
			5000,
			1,
			1,
			'year-out-of-range',
			'Year 5000 is outside the years the Umm al-Qura calendar supports here (1–3000).'
		],
		['persian', 1394, 1.5, 1, 'not-a-number', 'Month 1.5 is not a whole number.'],
		['gregorian', NaN, 1, 1, 'not-a-number', 'Year NaN is not a whole number.']
	])('rejects %s %s-%s-%s (%s)', (cal, y, m, d, reason, message) => {
		const c = getCalendar(cal);
		const err = c.validate(y, m, d);
		expect(err).toBeInstanceOf(InvalidDateError);
		expect(err?.reason).toBe(reason);
		expect(err?.message).toBe(message);
		expect(() => c.toDay(y, m, d)).toThrow(message);
	});

	it.each([
		['persian', 1395, 12, 30],
		['persian', 1394, 6, 31],
		['gregorian', 2016, 2, 29],
		['islamic-umalqura', 1437, 9, 30]
	])('accepts %s %i-%i-%i', (cal, y, m, d) => {
		expect(getCalendar(cal).validate(y, m, d)).toBeNull();
	});

	it('validates a month or a year alone', () => {
		expect(getCalendar('persian').validate(1394, 12)).toBeNull();
		expect(getCalendar('persian').validate(1394, 13)?.reason).toBe('month-out-of-range');
		expect(getCalendar('gregorian').validate(0)?.reason).toBe('year-out-of-range');
	});

	it('reads an ISO day (a time after it ignored) and gives NaN, never an exception, for anything else', () => {
		expect(isoToDay('2015-12-26')).toBe(16795);
		expect(isoToDay(' 2015-12-26T14:35:00Z')).toBe(16795);
		expect(isoToDay('2016-02-29')).toBe(isoToDay('2016-03-01') - 1);
		for (const bad of [
			'2015-02-30',
			'2015-02-29',
			'1900-02-29',
			'2015-13-01',
			'2015-00-10',
			'26/12/2015',
			'',
			'0000-01-01',
			'20155-01-01',
			'2015-1-1'
		])
			expect(isoToDay(bad), bad).toBeNaN();
		// the reason a person reads comes from the calendar
		expect(getCalendar('gregorian').validate(2015, 2, 30)?.message).toMatch(
			'30 February 2015 does not exist'
		);
	});

	it('writes every day of years 1–9999 back to the ISO day it was read from', () => {
		for (let day = isoToDay('0001-01-01'); day <= isoToDay('9999-12-31'); day += 97)
			expect(isoToDay(dayToIso(day))).toBe(day);
		expect(dayToIso(isoToDay('9999-12-31'))).toBe('9999-12-31');
	});

	it('rejects day numbers outside the supported years', () => {
		expect(() => getCalendar('gregorian').fromDay(isoToDay('9999-12-31') + 1)).toThrow(InvalidDateError);
		expect(() => getCalendar('gregorian').fromDay(0.5)).toThrow(InvalidDateError);
	});
});
