/**
 * Errors raised by calendar arithmetic. They carry a message meant for the analyst ("30 Esfand 1394
 * does not exist: 1394 is not a leap year, so Esfand has 29 days") and a machine-readable `reason`.
 */
import type { CalendarId } from './types';

export type InvalidDateReason =
	'not-a-number' | 'year-out-of-range' | 'month-out-of-range' | 'day-out-of-range' | 'not-a-leap-year';

/** A date that does not exist in its calendar, or lies outside the supported years. */
export class InvalidDateError extends RangeError {
	override readonly name = 'InvalidDateError';
	constructor(
		message: string,
		readonly reason: InvalidDateReason,
		readonly calendar: CalendarId,
		readonly year: number,
		readonly month?: number,
		readonly day?: number
	) {
		super(message);
	}
}

/** Thrown by `getCalendar` for an id that is not one of our calendars (never a silent fallback). */
export class UnknownCalendarError extends Error {
	override readonly name = 'UnknownCalendarError';
	constructor(readonly id: string) {
		super(`Unknown calendar "${id}": expected one of gregorian, persian, islamic-umalqura.`);
	}
}
