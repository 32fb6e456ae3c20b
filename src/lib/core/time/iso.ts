/**
 * ISO day strings (YYYY-MM-DD, proleptic Gregorian) ↔ day numbers (days since 1970-01-01).
 * UTC only: a day is a day, whatever the machine's time zone. JS Date appears only in
 * `dayToUtcDate`/`utcDateToDay`, which exist for the screen axis.
 */
import { gregorian, gregorianFromDay } from '../calendars/gregorian';
import { InvalidDateError } from '../calendars/errors';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number of an ISO day. Throws InvalidDateError for a malformed string or a day that does not
 * exist (2015-02-30).
 * @example isoToDay('1970-01-02') // 1
 */
export function isoToDay(iso: string): number {
	const m = ISO_DAY.exec(iso);
	if (!m)
		throw new InvalidDateError(`"${iso}" is not an ISO day (YYYY-MM-DD).`, 'not-a-number', 'gregorian', NaN);
	return gregorian.toDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * ISO day of a day number (years 1–9999). Throws InvalidDateError outside that range.
 * @example dayToIso(16795) // '2015-12-26'
 */
export function dayToIso(day: number): string {
	gregorian.fromDay(day); // range check
	const [y, m, d] = gregorianFromDay(day);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The UTC midnight starting a day number, for d3 scales (the only place JS Date is used).
 * @example dayToUtcDate(0).toISOString() // '1970-01-01T00:00:00.000Z'
 */
export function dayToUtcDate(day: number): Date {
	return new Date(day * MS_PER_DAY);
}

/**
 * The day number a UTC instant falls on (floors: 23:59 UTC is still that day).
 * @example utcDateToDay(new Date('2015-12-26T23:00:00Z')) // 16795
 */
export function utcDateToDay(date: Date | number): number {
	return Math.floor(+date / MS_PER_DAY);
}
