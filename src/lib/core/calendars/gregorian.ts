/**
 * The proleptic Gregorian calendar, years 1–9999 (the years an ISO YYYY-MM-DD string can hold).
 *
 * Pure integer arithmetic (Howard Hinnant's days_from_civil / civil_from_days) rather than JS Date
 * or date-fns: no time zone can leak in, and it is the pivot every other calendar converts through.
 */
import { makeCalendar } from './base';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date; no validation, any integers.
 * @example gregorianToDay(2015, 12, 26) // 16795
 */
export function gregorianToDay(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/**
 * [year, month, day] of a day number in the proleptic Gregorian calendar; any integer.
 * @example gregorianFromDay(0) // [1970, 1, 1]
 */
export function gregorianFromDay(dayNumber: number): [number, number, number] {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The Gregorian calendar (proleptic), years 1–9999. */
export const gregorian = makeCalendar({
	id: 'gregorian',
	name: 'Gregorian',
	range: { min: 1, max: 9999 },
	eraSuffix: '',
	leapMonth: 2,
	isLeapYear: isLeap,
	monthLength: (y, m) => (m === 2 && isLeap(y) ? 29 : LENGTHS[m - 1]),
	toDay: gregorianToDay,
	fromDay: gregorianFromDay
});
