/**
 * The lunar Hijri calendar as Saudi Arabia's Umm al-Qura tables define it, years 1–3000 AH.
 *
 * Why a table generated from ICU rather than calling Intl at run time or another npm library:
 * - Intl's `islamic-umalqura` is ICU's copy of the official month lengths; every browser and Node
 *   ship it, so it is the reference the tests hold us to — but `formatToParts` is slow (µs per day)
 *   and its answer could drift with the platform's ICU version. A 301-line table of month lengths
 *   (`umalqura-data.ts`) gives the same answers, fast, identically on every platform.
 * - The npm Umm al-Qura packages we know either wrap moment or cover only 1356–1500 AH.
 *
 * Exact range: 1300–1600 AH (1882-11-12 … 2174-11-25), where ICU (and so this table) holds the Umm
 * al-Qura month lengths. Outside it, like ICU, we use the tabular "civil" Islamic calendar (30-year
 * cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), which can differ from the moon-sighting
 * and the historical calendar by a day or two — treat such dates as approximate.
 */
import { makeCalendar } from './base';
import data, { UMALQURA_FIRST_DAY, UMALQURA_FIRST_YEAR, UMALQURA_LAST_YEAR } from './umalqura-data';

export { UMALQURA_FIRST_YEAR, UMALQURA_LAST_YEAR };

/** Day number of 1 Muharram 1 AH in the civil (tabular) Islamic calendar: 622-07-19 (Gregorian). */
const CIVIL_EPOCH = -492148;

const civilLeap = (y: number) => (14 + 11 * y) % 30 < 11;
const civilYearStart = (y: number) => CIVIL_EPOCH + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30);
const civilMonthLength = (y: number, m: number) => (m % 2 === 1 || (m === 12 && civilLeap(y)) ? 30 : 29);

// monthStarts[i] is the day number of month (i % 12) + 1 of year FIRST + floor(i / 12); one extra
// entry holds 1 Muharram of LAST + 1 so that every month's length is a difference.
const monthStarts: number[] = [];
{
	let day = UMALQURA_FIRST_DAY;
	const lines = data.trim().split('\n');
	for (const [i, line] of lines.entries()) {
		const [year, hex] = line.trim().split(/\s+/);
		if (Number(year) !== UMALQURA_FIRST_YEAR + i)
			throw new Error(`umalqura-data: line ${i + 1} is out of order`);
		const mask = parseInt(hex, 16);
		for (let m = 0; m < 12; m++) {
			monthStarts.push(day);
			day += mask & (1 << m) ? 30 : 29;
		}
	}
	monthStarts.push(day);
	if (monthStarts.length !== (UMALQURA_LAST_YEAR - UMALQURA_FIRST_YEAR + 1) * 12 + 1)
		throw new Error('umalqura-data: wrong number of years');
}
const TABLE_FIRST_DAY = monthStarts[0];
const TABLE_END_DAY = monthStarts[monthStarts.length - 1]; // exclusive

const inTable = (y: number) => y >= UMALQURA_FIRST_YEAR && y <= UMALQURA_LAST_YEAR;
const tableIndex = (y: number, m: number) => (y - UMALQURA_FIRST_YEAR) * 12 + (m - 1);

function monthLength(y: number, m: number): number {
	if (!inTable(y)) return civilMonthLength(y, m);
	const i = tableIndex(y, m);
	return monthStarts[i + 1] - monthStarts[i];
}

function monthStart(y: number, m: number): number {
	if (inTable(y)) return monthStarts[tableIndex(y, m)];
	let day = civilYearStart(y);
	for (let k = 1; k < m; k++) day += civilMonthLength(y, k);
	return day;
}

function fromDay(day: number): [number, number, number] {
	if (day >= TABLE_FIRST_DAY && day < TABLE_END_DAY) {
		let lo = 0;
		let hi = monthStarts.length - 2;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (monthStarts[mid] <= day) lo = mid;
			else hi = mid - 1;
		}
		return [UMALQURA_FIRST_YEAR + Math.floor(lo / 12), (lo % 12) + 1, day - monthStarts[lo] + 1];
	}
	// Civil calendar: estimate the year, then step to the exact one.
	let y = Math.floor((30 * (day - CIVIL_EPOCH) + 10646) / 10631);
	while (civilYearStart(y) > day) y--;
	while (civilYearStart(y + 1) <= day) y++;
	let m = 1;
	let start = civilYearStart(y);
	while (m < 12 && start + civilMonthLength(y, m) <= day) start += civilMonthLength(y, m++);
	return [y, m, day - start + 1];
}

/** The lunar Hijri calendar (Umm al-Qura), years 1–3000 AH; exact Umm al-Qura for 1300–1600 AH. */
export const islamicUmalqura = makeCalendar({
	id: 'islamic-umalqura',
	name: 'Umm al-Qura',
	range: { min: 1, max: 3000 },
	eraSuffix: 'AH',
	leapMonth: null,
	isLeapYear(y) {
		let n = 0;
		for (let m = 1; m <= 12; m++) n += monthLength(y, m);
		return n === 355;
	},
	monthLength,
	toDay: (y, m, d) => monthStart(y, m) + d - 1,
	fromDay
});
