/**
 * The shapes every calendar shares. A calendar converts between its own dates and a *day number*:
 * integer days since 1970-01-01 in the proleptic Gregorian calendar (1970-01-01 is 0, 1969-12-31
 * is -1). Day numbers have no time of day and no time zone, so Tehran (+03:30) and UTC agree.
 */
import type { InvalidDateError } from './errors';

/** The calendars Taqvim reads and draws: Gregorian, Solar Hijri, lunar Hijri (Umm al-Qura). */
export type CalendarId = 'gregorian' | 'persian' | 'islamic-umalqura';

/** A date in one calendar. `month` and `day` are 1-based. */
export interface CalendarDate {
	calendar: CalendarId;
	year: number;
	month: number;
	day: number;
}

/** Inclusive range of years a calendar supports here. */
export interface YearRange {
	min: number;
	max: number;
}

/** One calendar: arithmetic only, no names or locales (see `names.ts` for those). */
export interface Calendar {
	readonly id: CalendarId;
	/** English name, used in error messages ("Solar Hijri"). */
	readonly name: string;
	/** Years this calendar converts (inclusive); outside it every method throws InvalidDateError. */
	readonly range: YearRange;
	/** Day number of (year, month, day). Throws InvalidDateError if that date does not exist. */
	toDay(year: number, month: number, day: number): number;
	/** The date on a day number. Throws InvalidDateError if the day is outside `range`. */
	fromDay(day: number): CalendarDate;
	/** Days in a month (28–31). Throws InvalidDateError on a bad year or month. */
	daysInMonth(year: number, month: number): number;
	/** Months in a year (12 in all three calendars). */
	monthsInYear(year: number): number;
	/** Days in a year. */
	daysInYear(year: number): number;
	/** True for a leap year (366 days Gregorian/Solar Hijri, 355 days lunar Hijri). */
	isLeapYear(year: number): boolean;
	/**
	 * Checks a date without throwing: null when it exists, otherwise the error (with a message a
	 * person understands) that `toDay` would throw. Omit `day` (or `month`) to check only a month
	 * (or a year).
	 */
	validate(year: number, month?: number, day?: number): InvalidDateError | null;
}
