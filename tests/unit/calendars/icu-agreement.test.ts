/**
 * The dense bars: every day 1900-01-01 … 2100-12-31 round-trips through each calendar and agrees
 * with the platform's ICU calendars, except the reviewed list in tests/known-differences.
 */
import { describe, expect, it } from 'vitest';
import known from '../../known-differences/calendars.json';
import {
	dayToIso,
	getCalendar,
	isoToDay,
	UMALQURA_FIRST_YEAR,
	UMALQURA_LAST_YEAR
} from '../../../src/lib/core/calendars';

interface Difference {
	calendar: string;
	day: string;
	ours: string;
	icu: string;
	reason: string;
}

const FIRST = isoToDay('1900-01-01');
const LAST = isoToDay('2100-12-31');
const DAY_MS = 86_400_000;

function icuReader(calendar: string) {
	const fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric'
	});
	return (day: number) => {
		let y = '';
		let m = '';
		let d = '';
		for (const p of fmt.formatToParts(new Date(day * DAY_MS))) {
			if (p.type === 'year') y = p.value;
			else if (p.type === 'month') m = p.value;
			else if (p.type === 'day') d = p.value;
		}
		return `${y}-${m}-${d}`;
	};
}

const listed = known.differences as Difference[];

describe('agreement with ICU, every day 1900–2100', () => {
	it('has a reason for every listed known difference', () => {
		for (const d of listed) expect(d.reason.length, JSON.stringify(d)).toBeGreaterThan(20);
	});

	it.each(['persian', 'islamic-umalqura'])(
		'converts every day Gregorian → %s → Gregorian exactly and agrees with ICU',
		(id) => {
			const cal = getCalendar(id);
			const icu = icuReader(id);
			const found: Difference[] = [];
			let roundTripFailures = 0;
			for (let n = FIRST; n <= LAST; n++) {
				const c = cal.fromDay(n);
				if (cal.toDay(c.year, c.month, c.day) !== n) roundTripFailures++;
				const ours = `${c.year}-${c.month}-${c.day}`;
				const theirs = icu(n);
				if (ours !== theirs) found.push({ calendar: id, day: dayToIso(n), ours, icu: theirs, reason: '' });
			}
			expect(roundTripFailures).toBe(0);
			const mine = listed.filter((d) => d.calendar === id);
			const key = (d: Difference) => `${d.day} ${d.ours} ${d.icu}`;
			const unlisted = found.filter((d) => !mine.some((k) => key(k) === key(d)));
			const stale = mine.filter((k) => !found.some((d) => key(k) === key(d)));
			expect(unlisted, 'disagreements with ICU not in known-differences').toEqual([]);
			expect(stale, 'known differences that no longer occur').toEqual([]);
		},
		60_000
	);

	it('converts every day 1900–2100 Gregorian → day number → Gregorian exactly, as Date.UTC does', () => {
		const g = getCalendar('gregorian');
		let failures = 0;
		for (let n = FIRST; n <= LAST; n++) {
			const c = g.fromDay(n);
			if (g.toDay(c.year, c.month, c.day) !== n) failures++;
			if (Date.UTC(c.year, c.month - 1, c.day) !== n * DAY_MS) failures++;
		}
		expect(failures).toBe(0);
	});

	it('covers 73,414 days', () => {
		expect(LAST - FIRST + 1).toBe(73_414);
	});
});

describe('Solar Hijri leap years 1300–1500', () => {
	const persian = getCalendar('persian');
	const icu = icuReader('persian');
	it('match ICU, and 30 Esfand exists exactly in them', () => {
		const mismatches: number[] = [];
		let leapYears = 0;
		for (let y = 1300; y <= 1500; y++) {
			const dayAfter29Esfand = persian.toDay(y, 12, 29) + 1;
			const icuLeap = icu(dayAfter29Esfand) === `${y}-12-30`;
			const oursLeap = persian.isLeapYear(y);
			const esfand30Exists = persian.validate(y, 12, 30) === null;
			if (icuLeap !== oursLeap || esfand30Exists !== oursLeap) mismatches.push(y);
			if (oursLeap) leapYears++;
		}
		expect(mismatches).toEqual([]);
		// 201 years hold 49 leap years under the 33-year rhythm (8 per 33 years, with one 5-year gap).
		expect(leapYears).toBe(49);
	});

	it.each([1300, 1304, 1375, 1399, 1403, 1408, 1412])('knows %i is a leap year', (y) => {
		expect(persian.isLeapYear(y)).toBe(true);
	});
	it.each([1374, 1394, 1400, 1402, 1404, 1407])('knows %i is a common year', (y) => {
		expect(persian.isLeapYear(y)).toBe(false);
	});
});

describe('Umm al-Qura table edges', () => {
	const hijri = getCalendar('islamic-umalqura');
	const icu = icuReader('islamic-umalqura');
	it('agrees with ICU on every day of its table, 1 Muharram 1300 … 29/30 Dhu al-Hijjah 1600', () => {
		const a = hijri.toDay(UMALQURA_FIRST_YEAR, 1, 1);
		const b = hijri.toDay(UMALQURA_LAST_YEAR, 12, hijri.daysInMonth(UMALQURA_LAST_YEAR, 12));
		const bad: string[] = [];
		for (let n = a; n <= b; n++) {
			const c = hijri.fromDay(n);
			if (`${c.year}-${c.month}-${c.day}` !== icu(n)) bad.push(dayToIso(n));
		}
		expect(bad).toEqual([]);
		expect([dayToIso(a), dayToIso(b)]).toEqual(['1882-11-12', '2174-11-25']);
	}, 60_000);
	it.each([
		['the first table year', 1299, 1301],
		['the last table year', 1599, 1601],
		['an early civil year', 1, 3],
		['the last supported year', 2998, 3000]
	])('agrees with ICU around %s', (_name, from, to) => {
		const a = hijri.toDay(from, 1, 1);
		const b = hijri.toDay(to, 12, hijri.daysInMonth(to, 12));
		const bad: number[] = [];
		for (let n = a; n <= b; n++) {
			const c = hijri.fromDay(n);
			if (`${c.year}-${c.month}-${c.day}` !== icu(n) || hijri.toDay(c.year, c.month, c.day) !== n)
				bad.push(n);
		}
		expect(bad).toEqual([]);
	});
});
