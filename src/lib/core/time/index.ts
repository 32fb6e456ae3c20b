/**
 * Public API of TimeValues: building them from calendar dates, ISO day ↔ day number, EDTF, and
 * formatting in any display calendar and locale.
 */
export type { CalendarId, Precision, TimeValue } from './time-value';
export { dayToIso, dayToUtcDate, isoToDay, utcDateToDay } from '../calendars/iso';
export {
	centuryValue,
	dayValue,
	decadeValue,
	defaultWeekStart,
	intervalValue,
	monthPartValue,
	monthValue,
	seasonValue,
	timeValueAt,
	timeValueFromDays,
	widenValue,
	weekdayOfDay,
	weekValue,
	yearValue,
	type CalendarPoint,
	type MonthPart,
	type PartialCalendarDate,
	type Season,
	type ValueOptions
} from './build';
export { edtfFromDays, parseEdtf, type EdtfQualifiers, type ParsedEdtf } from './edtf';
export {
	defaultDigits,
	formatDay,
	formatInAllCalendars,
	formatTimeValue,
	formatWhen,
	textDirection,
	toDigits,
	type Digits,
	type FormatOptions
} from './format';
