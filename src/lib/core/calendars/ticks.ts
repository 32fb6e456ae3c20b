/**
 * Picks a tick interval for a calendar axis (year / quarter / month / week / day and multiples) and
 * labels ticks in the display calendar, locale and digits. Ticks fall on the display calendar's own
 * boundaries, computed by `intervals.ts`.
 */
import type { TimeInterval } from 'd3-time';
import { defaultDigits, toDigits, type Digits } from './digits';
import { calendarIntervals, type IntervalOptions, type IntervalUnit } from './intervals';
import { monthName, type DisplayLocale } from './month-names';
import { getCalendar } from './registry';
import type { CalendarId } from './types';

const DAY_MS = 86_400_000;

export interface TickOptions extends IntervalOptions {
	locale?: DisplayLocale;
	digits?: Digits;
}

export interface CalendarTicks {
	/** The unit and multiple chosen, e.g. month × 3 for quarters. */
	unit: IntervalUnit;
	step: number;
	/** The interval (pass to `scaleUtc().ticks(...)` or `.nice(...)`). */
	interval: TimeInterval;
	/** Tick positions (UTC midnights) within [start, end]. */
	ticks: Date[];
	/** Label for a tick in the display calendar: the year at a year start, the month name at a
	 * month start, else the day number. */
	format: (date: Date) => string;
}

/** Candidate steps, finest first: [unit, multiple]. */
const STEPS: [IntervalUnit, number][] = [
	['day', 1],
	['day', 2],
	['week', 1],
	['month', 1],
	['month', 3],
	['month', 6],
	['year', 1],
	['year', 2],
	['year', 5],
	['year', 10],
	['year', 20],
	['year', 50],
	['year', 100],
	['year', 200],
	['year', 500],
	['year', 1000]
];

function unitDays(calendarId: CalendarId, unit: IntervalUnit): number {
	const lunar = calendarId === 'islamic-umalqura';
	return unit === 'day'
		? 1
		: unit === 'week'
			? 7
			: unit === 'month'
				? lunar
					? 29.53
					: 30.44
				: lunar
					? 354.37
					: 365.2425;
}

/**
 * Ticks for the window [start, end] in a display calendar, about `approxCount` of them (like d3's
 * `ticks(count)`: the step whose length is closest, by ratio, to span / count).
 * Throws UnknownCalendarError for an unknown calendar.
 * @example calendarTicks('persian', new Date('2015-10-01'), new Date('2016-04-01'), 6, {locale: 'fa'}).ticks
 * // 1 Mehr … 1 Farvardin 1395; labels 'مهر', 'آبان', …, '۱۳۹۵'
 */
export function calendarTicks(
	calendarId: CalendarId,
	start: Date | number,
	end: Date | number,
	approxCount = 10,
	options: TickOptions = {}
): CalendarTicks {
	getCalendar(calendarId); // throws UnknownCalendarError before any work
	const intervals = calendarIntervals(calendarId, options);
	let a = +start;
	let b = +end;
	if (b < a) [a, b] = [b, a];
	const target = (b - a) / DAY_MS / Math.max(1, approxCount);
	let best = STEPS[STEPS.length - 1];
	let bestScore = Infinity;
	for (const s of STEPS) {
		const len = unitDays(calendarId, s[0]) * s[1];
		const score = Math.abs(Math.log(len / Math.max(target, 1e-9)));
		if (score < bestScore) [best, bestScore] = [s, score];
	}
	const [unit, step] = best;
	const interval = (intervals[unit].every(step) ?? intervals[unit]) as TimeInterval;
	const ticks = Number.isFinite(a) && Number.isFinite(b) ? interval.range(new Date(a), new Date(b + 1)) : [];
	return { unit, step, interval, ticks, format: tickFormatter(calendarId, unit, options) };
}

/**
 * A label function for ticks of `unit` in a display calendar: years as numbers, month starts by
 * month name (the year at 1 Farvardin / 1 Muharram / 1 January), other days by their number.
 * @example tickFormatter('persian', 'month', {locale: 'fa'})(new Date('2015-12-22')) // 'دی'
 */
export function tickFormatter(
	calendarId: CalendarId,
	unit: IntervalUnit,
	options: TickOptions = {}
): (date: Date) => string {
	const cal = getCalendar(calendarId);
	const locale = options.locale ?? 'en';
	const digits = options.digits ?? defaultDigits(locale);
	const style = locale === 'en' && calendarId === 'gregorian' ? 'short' : 'long';
	return (date: Date) => {
		const c = cal.fromDay(Math.floor(+date / DAY_MS));
		let text: string;
		if (unit === 'year' || (c.month === 1 && c.day === 1)) text = String(c.year);
		else if (c.day === 1) text = monthName(calendarId, c.month, locale, style);
		else text = String(c.day);
		return toDigits(text, digits);
	};
}
