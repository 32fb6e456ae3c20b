import { describe, expect, it } from 'vitest';
import { toJalaali } from 'jalaali-js';
import {
	axisCalendar,
	calendarAxisTicks,
	dayToIso,
	isoToDay,
	localDigits,
	pickStep
} from '$lib/core/timeline';

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
	timeZone: 'UTC',
	day: 'numeric'
});
const dayOfMonth = {
	gregorian: (d: number) => new Date(d * 86_400_000).getUTCDate(),
	persian: (d: number) => {
		const g = new Date(d * 86_400_000);
		return toJalaali(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate()).jd;
	},
	'islamic-umalqura': (d: number) => Number(umalqura.format(new Date(d * 86_400_000)))
} as const;

describe('calendar axis ticks', () => {
	it.each([
		['gregorian', '2015-01-01', '2016-12-31'],
		['persian', '2015-01-01', '2016-12-31'],
		['islamic-umalqura', '2015-01-01', '2016-12-31'],
		['persian', '1990-06-01', '1991-09-01'],
		['islamic-umalqura', '2023-02-10', '2023-11-30']
	] as const)(
		'month ticks in %s from %s to %s all sit on the first day of a month of that calendar',
		(cal, a, b) => {
			const span = isoToDay(b) - isoToDay(a);
			const ticks = calendarAxisTicks(cal, isoToDay(a), isoToDay(b), Math.floor(span / 25), 'en');
			expect(ticks.length).toBeGreaterThan(8);
			for (const t of ticks) {
				expect(t.level).toBe('month');
				expect(dayOfMonth[cal](t.day)).toBe(1);
			}
			// Consecutive ticks are one month apart: 28–31 days.
			for (let i = 1; i < ticks.length; i++) {
				const gap = ticks[i].day - ticks[i - 1].day;
				expect(gap).toBeGreaterThanOrEqual(28);
				expect(gap).toBeLessThanOrEqual(31);
			}
		}
	);

	it.each([
		['persian', '2016-03-20', 'فروردین ۱۳۹۵'],
		['persian', '2015-12-22', 'دی ۱۳۹۴'],
		['gregorian', '2016-01-01', 'Jan 2016'],
		['islamic-umalqura', '2015-10-14', 'محرم ١٤٣٧']
	] as const)(
		'the %s month tick on %s is labelled "%s" in the calendar\'s own locale and digits',
		(cal, iso, label) => {
			const loc = cal === 'persian' ? 'fa' : cal === 'gregorian' ? 'en' : 'ar';
			const d = isoToDay(iso);
			const ticks = calendarAxisTicks(cal, d - 40, d + 40, 4, loc);
			const t = ticks.find((x) => x.day === d);
			expect(t, JSON.stringify(ticks)).toBeDefined();
			// The year is written on January/Farvardin/Muharram ticks (and the first tick).
			expect(t!.label.startsWith(label.split(' ')[0])).toBe(true);
			if (t!.major) expect(t!.label).toBe(label);
		}
	);

	it('year ticks in Solar Hijri sit on 1 Farvardin (Nowruz)', () => {
		const ticks = calendarAxisTicks('persian', isoToDay('2000-01-01'), isoToDay('2020-01-01'), 12, 'fa');
		expect(ticks.every((t) => t.level === 'year')).toBe(true);
		for (const t of ticks) {
			const iso = dayToIso(t.day);
			expect(iso.slice(5, 7)).toBe('03');
			expect(['19', '20', '21']).toContain(iso.slice(8, 10));
		}
	});

	it('day ticks restart at each month of the display calendar', () => {
		const ticks = calendarAxisTicks('persian', isoToDay('2016-03-10'), isoToDay('2016-04-05'), 8, 'fa');
		expect(ticks.some((t) => t.day === isoToDay('2016-03-20') && t.major)).toBe(true);
	});

	it.each([
		[365, 12, 'month', 1],
		[3650, 12, 'year', 1],
		[30, 10, 'day', 5],
		[7, 10, 'day', 1]
	] as const)('a window of %i days with %i ticks uses %s steps of %i', (span, count, level, k) => {
		const s = pickStep(span, count);
		expect([s.level, s.k]).toEqual([level, k]);
	});

	it('returns no ticks for an empty or inverted window', () => {
		expect(calendarAxisTicks('gregorian', 10, 10, 5, 'en')).toEqual([]);
		expect(calendarAxisTicks('gregorian', 10, 5, 5, 'en')).toEqual([]);
	});

	it('throws on an unknown calendar instead of falling back to Gregorian', () => {
		expect(() => axisCalendar('julian' as never)).toThrow(/Unknown calendar/);
	});
});

describe('day numbers', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-02-29', 11_016],
		['2015-12-22', 16_791]
	])('%s is day %i', (iso, n) => {
		expect(isoToDay(iso)).toBe(n);
		expect(dayToIso(n)).toBe(iso);
	});

	it('round-trips every day from 1900 to 2100', () => {
		for (let d = isoToDay('1900-01-01'); d <= isoToDay('2100-12-31'); d += 1)
			expect(isoToDay(dayToIso(d))).toBe(d);
	});

	it.each(['2015-13-01', '2015-00-10', 'abc', '', '2015-1-1'])('rejects malformed day "%s" with NaN', (s) => {
		expect(isoToDay(s)).toBeNaN();
	});

	it('round-trips Solar Hijri and lunar Hijri month starts through the axis calendars', () => {
		for (const id of ['persian', 'islamic-umalqura'] as const) {
			const cal = axisCalendar(id);
			for (let d = isoToDay('2010-01-01'); d < isoToDay('2012-01-01'); d += 7) {
				const c = cal.fromDayNumber(d);
				expect(cal.toDayNumber(c.year, c.month, c.day)).toBe(d);
			}
		}
	});

	it.each([
		[1394, 'fa', '۱۳۹۴'],
		[1437, 'ar', '١٤٣٧'],
		[2015, 'en', '2015']
	] as const)('writes %i with %s digits as %s', (n, loc, s) => {
		expect(localDigits(n, loc)).toBe(s);
	});
});
