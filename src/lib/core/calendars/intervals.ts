/**
 * Calendar-aware time intervals in d3-time's shape (`floor`, `offset`, `ceil`, `round`, `range`,
 * `every`, `count`, `filter`), so that `d3.scaleUtc().ticks(interval)` ticks on 1 Farvardin or
 * 1 Muharram instead of relabelling Gregorian ticks.
 *
 * They operate on UTC JS Dates because d3 scales do: this (and `ticks.ts`) is the only place a Date
 * stands for a day, always as UTC midnight, so the machine's time zone (Tehran is +03:30) never
 * moves a tick. Like d3's own intervals they are built from two primitives, floor and offset.
 */
import { timeInterval, type CountableTimeInterval } from 'd3-time';
import { defaultWeekStart, weekdayOfDay } from './week';
import { getCalendar } from './registry';
import type { CalendarId } from './types';

/** The units a calendar axis ticks on. */
export type IntervalUnit = 'year' | 'month' | 'week' | 'day';

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => Math.floor(+date / DAY_MS);

export interface IntervalOptions {
	/** First day of the week for `week`: 0 = Sunday … 6 = Saturday (default: Saturday for the
	 * Hijri calendars, Monday for Gregorian). */
	weekStart?: number;
}

/**
 * A d3 time interval counting `unit`s of a calendar. `every(n)` keeps units whose number is a
 * multiple of n: months 1, 4, 7, 10 for every(3); years divisible by n; days 1, 1+n, … of each
 * month; weeks counted from 1970. Throws UnknownCalendarError for an unknown calendar; the interval
 * throws InvalidDateError for dates outside the calendar's years.
 * @example calendarInterval('persian', 'month').range(new Date('2015-12-01'), new Date('2016-03-01'))
 * // → 2015-12-22 (1 Dey), 2016-01-21 (1 Bahman), 2016-02-20 (1 Esfand)
 */
export function calendarInterval(
	calendarId: CalendarId,
	unit: IntervalUnit,
	options: IntervalOptions = {}
): CountableTimeInterval {
	const cal = getCalendar(calendarId);
	const weekStart = options.weekStart ?? defaultWeekStart(calendarId);
	const set = (date: Date, day: number, ms = 0) => date.setTime(day * DAY_MS + ms);
	const weekFloor = (day: number) => day - ((((weekdayOfDay(day) - weekStart) % 7) + 7) % 7);

	if (unit === 'day' || unit === 'week') {
		const size = unit === 'day' ? 1 : 7;
		return timeInterval(
			(date) => {
				if (!Number.isFinite(+date)) return;
				set(date, unit === 'day' ? dayOf(date) : weekFloor(dayOf(date)));
			},
			(date, step) => {
				date.setTime(+date + step * size * DAY_MS);
			},
			(start, end) => (dayOf(end) - dayOf(start)) / size,
			unit === 'day'
				? (date) => cal.fromDay(dayOf(date)).day - 1
				: (date) => Math.floor((weekFloor(dayOf(date)) - weekFloor(0)) / 7)
		);
	}

	const monthIndex = (date: Date) => {
		const c = cal.fromDay(dayOf(date));
		return unit === 'year' ? c.year : c.year * 12 + c.month - 1;
	};
	return timeInterval(
		(date) => {
			if (!Number.isFinite(+date)) return;
			const c = cal.fromDay(dayOf(date));
			set(date, cal.toDay(c.year, unit === 'year' ? 1 : c.month, 1));
		},
		(date, step) => {
			if (!Number.isFinite(+date)) return;
			const day = dayOf(date);
			const ms = +date - day * DAY_MS;
			const c = cal.fromDay(day);
			const index = c.year * 12 + c.month - 1 + (unit === 'year' ? step * 12 : step);
			const y = Math.floor(index / 12);
			const m = index - y * 12 + 1;
			set(date, cal.toDay(y, m, Math.min(c.day, cal.daysInMonth(y, m))), ms);
		},
		(start, end) => monthIndex(end) - monthIndex(start),
		unit === 'year' ? (date) => cal.fromDay(dayOf(date)).year : (date) => cal.fromDay(dayOf(date)).month - 1
	);
}

/** The four intervals of a calendar. */
export interface CalendarIntervals {
	year: CountableTimeInterval;
	month: CountableTimeInterval;
	week: CountableTimeInterval;
	day: CountableTimeInterval;
}

const cache = new Map<string, CalendarIntervals>();

/**
 * Year, month, week and day intervals of a calendar (cached).
 * @example d3.scaleUtc().domain([a, b]).ticks(calendarIntervals('persian').month)
 */
export function calendarIntervals(calendarId: CalendarId, options: IntervalOptions = {}): CalendarIntervals {
	const key = `${calendarId} ${options.weekStart ?? ''}`;
	let hit = cache.get(key);
	if (!hit) {
		hit = {
			year: calendarInterval(calendarId, 'year', options),
			month: calendarInterval(calendarId, 'month', options),
			week: calendarInterval(calendarId, 'week', options),
			day: calendarInterval(calendarId, 'day', options)
		};
		cache.set(key, hit);
	}
	return hit;
}
