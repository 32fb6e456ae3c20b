/**
 * Weekdays of day numbers and where a week starts in each calendar's region.
 */
import type { CalendarId } from './types';

/**
 * Weekday of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 * @example weekdayOfDay(0) // 4
 */
export function weekdayOfDay(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

/**
 * The weekday a week starts on, 0 = Sunday … 6 = Saturday: Saturday for the Hijri calendars (the
 * Iranian and Arab week), Monday (ISO) for Gregorian.
 * @example defaultWeekStart('persian') // 6
 */
export function defaultWeekStart(calendar: CalendarId): number {
	return calendar === 'gregorian' ? 1 : 6;
}
