/**
 * ISO day strings (YYYY-MM-DD, proleptic Gregorian) ↔ day numbers (days since 1970-01-01), the one
 * conversion every part of Taqvim uses. UTC only: a day is a day, whatever the machine's time zone.
 * JS Date appears only in `dayToUtcDate`/`utcDateToDay`, which exist for the screen axis.
 *
 * Hand-parsed rather than with a regular expression and a Date: the timeline converts every item's
 * dates when it indexes (200,000 calls for 100,000 items) and the date finder every value it makes.
 */
import { gregorianFromDay, gregorianToDay } from './gregorian';

/** Milliseconds in a day (UTC: no day has 23 or 25 hours). */
export const DAY_MS = 86_400_000;

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Day number of the ISO day a string starts with ("2015-12-26", also "2015-12-26T14:35Z": the time is
 * ignored; leading spaces too). NaN — never an exception — when the string does not start with a day
 * that exists in years 1–9999 ("2015-02-30", "26/12/2015", "").
 * @example isoToDay('1970-01-02') // 1
 * @example isoToDay('2015-02-30') // NaN
 */
export function isoToDay(iso: string): number {
	let i = 0;
	while (i < iso.length && iso.charCodeAt(i) === 32) i++;
	const y = four(iso, i);
	if (iso.charCodeAt(i + 4) !== 45 || iso.charCodeAt(i + 7) !== 45) return NaN;
	const m = two(iso, i + 5);
	const d = two(iso, i + 8);
	// a fifth digit is a longer year, not this one
	const next = iso.charCodeAt(i + 10);
	if (next >= 48 && next <= 57) return NaN;
	if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1)) return NaN;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	if (d > (m === 2 && leap ? 29 : LENGTHS[m - 1])) return NaN;
	return gregorianToDay(y, m, d);
}

/**
 * The ISO day of a day number (an integer; years before 1 are written with a sign, "-0044-03-15").
 * @example dayToIso(16795) // '2015-12-26'
 */
export function dayToIso(day: number): string {
	const [y, m, d] = gregorianFromDay(day);
	// (the date finder writes a few of these per date: years of four digits and two-digit parts are
	// written without padStart, which costs a fifth of the call)
	const ys = y >= 1000 ? String(y) : y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
	return ys + (m < 10 ? '-0' : '-') + m + (d < 10 ? '-0' : '-') + d;
}

/**
 * The UTC midnight starting a day number, for d3 scales (the only place JS Date is used).
 * @example dayToUtcDate(0).toISOString() // '1970-01-01T00:00:00.000Z'
 */
export function dayToUtcDate(day: number): Date {
	return new Date(day * DAY_MS);
}

/**
 * The day number a UTC instant falls on (floors: 23:59 UTC is still that day).
 * @example utcDateToDay(new Date('2015-12-26T23:00:00Z')) // 16795
 */
export function utcDateToDay(date: Date | number): number {
	return Math.floor(+date / DAY_MS);
}

/** Four ASCII digits at i as a number, or NaN. */
function four(s: string, i: number): number {
	let n = 0;
	for (let k = i; k < i + 4; k++) {
		const c = s.charCodeAt(k) - 48;
		if (!(c >= 0 && c <= 9)) return NaN;
		n = n * 10 + c;
	}
	return n;
}

/** Two ASCII digits at i as a number, or NaN. */
function two(s: string, i: number): number {
	const a = s.charCodeAt(i) - 48;
	const b = s.charCodeAt(i + 1) - 48;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
