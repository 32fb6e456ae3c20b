/**
 * The calendar arithmetic the date finder needs, behind one small interface, backed by the shared
 * calendar registry (`../calendars`); ISO days are the calendars' too (`../calendars/iso`). Day numbers count days since 1970-01-01 (proleptic Gregorian),
 * as everywhere in Taqvim; no `Date` in local time is involved, so results do not depend on TZ.
 */
import type { CalendarId } from '../calendars/types';
import { getCalendar } from '../calendars/registry';

const impl = getCalendar;

/** A date in one calendar, months and days 1-based. */
export interface Ymd {
	y: number;
	m: number;
	d: number;
}

/**
 * Day number of a date. Throws (with a message naming the date and why it does not exist) when the
 * date is invalid, e.g. `toDay('persian', 1394, 12, 30)`.
 */
export function toDay(calendar: CalendarId, y: number, m: number, d: number): number {
	return impl(calendar).toDay(y, m, d);
}

/** The date on a day number in a calendar. @example fromDay('gregorian', 0) → {y:1970,m:1,d:1} */
export function fromDay(calendar: CalendarId, day: number): Ymd {
	const c = impl(calendar).fromDay(day);
	return { y: c.year, m: c.month, d: c.day };
}

/** Days in a month (29–31). Throws on a year outside the calendar's range. */
export function daysInMonth(calendar: CalendarId, y: number, m: number): number {
	return impl(calendar).daysInMonth(y, m);
}

/** Null when the date exists, else a sentence saying why it does not. Never throws. */
export function whyInvalid(calendar: CalendarId, y: number, m: number, d?: number): string | null {
	try {
		if (d === undefined) impl(calendar).daysInMonth(y, m);
		else impl(calendar).toDay(y, m, d);
		return null;
	} catch (e) {
		return e instanceof Error ? e.message : String(e);
	}
}

/** Day of week of a day number, 0 = Sunday … 6 = Saturday. */
export { weekdayOfDay as weekday } from '../calendars/week';
