/**
 * The calendars by id. An unknown id throws: a silent fall-back to Gregorian would put a Persian
 * date months away from where it belongs without anyone noticing.
 */
import type { CalendarId } from './types';
import { UnknownCalendarError } from './errors';
import { gregorian } from './gregorian';
import { islamicUmalqura } from './islamic-umalqura';
import { persian } from './persian';
import type { Calendar } from './types';

const calendars: Record<CalendarId, Calendar> = {
	gregorian,
	persian,
	'islamic-umalqura': islamicUmalqura
};

/** Every calendar id we support, in display order. */
export const CALENDAR_IDS: readonly CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];

/** True when `id` names one of our calendars. */
export function isCalendarId(id: unknown): id is CalendarId {
	return typeof id === 'string' && Object.hasOwn(calendars, id);
}

/**
 * The calendar with this id. Throws UnknownCalendarError for any other id (never falls back).
 * @example getCalendar('persian').toDay(1394, 10, 5) // 16795 (2015-12-26)
 */
export function getCalendar(id: string): Calendar {
	if (!isCalendarId(id)) throw new UnknownCalendarError(String(id));
	return calendars[id];
}

/**
 * Converts a date between calendars through its day number. Throws InvalidDateError if the date
 * does not exist, UnknownCalendarError for an unknown calendar.
 * @example convertDate('persian', 1394, 10, 5, 'gregorian') // {calendar:'gregorian', year:2015, month:12, day:26}
 */
export function convertDate(from: string, year: number, month: number, day: number, to: string) {
	return getCalendar(to).fromDay(getCalendar(from).toDay(year, month, day));
}
