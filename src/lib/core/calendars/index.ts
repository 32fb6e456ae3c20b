/**
 * Public API of the calendars: conversion through day numbers, validation, names, and (for the
 * timeline axis) calendar-aware d3 intervals and ticks.
 */
export type { Calendar, CalendarDate, CalendarId, YearRange } from './types';
export { InvalidDateError, UnknownCalendarError, type InvalidDateReason } from './errors';
export { CALENDAR_IDS, convertDate, getCalendar, isCalendarId } from './registry';
export { gregorian, gregorianFromDay, gregorianToDay } from './gregorian';
export { persian } from './persian';
export { islamicUmalqura, UMALQURA_FIRST_YEAR, UMALQURA_LAST_YEAR } from './islamic-umalqura';
export { defaultLocale, monthName, type DisplayLocale, type MonthStyle } from './month-names';
export { DAY_MS, dayToIso, dayToUtcDate, isoToDay, utcDateToDay } from './iso';
export { defaultWeekStart, weekdayOfDay } from './week';
export { defaultDigits, toDigits, type Digits } from './digits';
export {
	calendarInterval,
	calendarIntervals,
	type CalendarIntervals,
	type IntervalOptions,
	type IntervalUnit
} from './intervals';
export { calendarTicks, tickFormatter, type CalendarTicks, type TickOptions } from './ticks';
