/**
 * Axis ticks on the display calendar's own boundaries: 1 Farvardin, 1 Muharram, 1 January, the
 * first of each month, every fifth day… computed in that calendar (never Gregorian ticks
 * relabelled), labelled in the display locale and its digits.
 */
import type { CalendarId } from '../time/time-value';
import { InvalidDateError, calendarIntervals } from '../calendars';
import { DAY_MS, axisCalendar, localDigits, monthNames, type DisplayLocale } from './axis-calendar';

export type TickLevel = 'year' | 'month' | 'day';

export interface AxisTick {
	/** Day number (days since 1970-01-01, UTC) of the boundary the tick sits on. */
	day: number;
	label: string;
	level: TickLevel;
	/** A coarser boundary (new year for month ticks, new month for day ticks): drawn stronger. */
	major: boolean;
}

interface Step {
	level: TickLevel;
	k: number;
	approxDays: number;
}

const STEPS: Step[] = [
	...[1, 2, 5, 10].map((k) => ({ level: 'day' as const, k, approxDays: k })),
	...[1, 2, 3, 6].map((k) => ({ level: 'month' as const, k, approxDays: 30.44 * k })),
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k) => ({
		level: 'year' as const,
		k,
		approxDays: 365.25 * k
	}))
];

/**
 * Picks the finest calendar step that yields at most `count` ticks over `span` days.
 * @example pickStep(365, 12) // { level: 'month', k: 1, … }
 */
export function pickStep(spanDays: number, count: number): Step {
	for (const s of STEPS) if (spanDays / s.approxDays <= Math.max(1, count)) return s;
	return STEPS[STEPS.length - 1];
}

/**
 * Ticks for the window [startDay, endDay] (day numbers, fractional allowed) in `calendar`.
 * At most about `count` ticks; labels in `locale` with its digits. Pure and deterministic.
 * @example calendarAxisTicks('persian', 16_800, 16_900, 4, 'fa') // ticks on 1 Bahman, 1 Esfand, 1 Farvardin
 */
export function calendarAxisTicks(
	calendar: CalendarId,
	startDay: number,
	endDay: number,
	count: number,
	locale: DisplayLocale
): AxisTick[] {
	if (!(endDay > startDay) || !Number.isFinite(startDay) || !Number.isFinite(endDay)) return [];
	const cal = axisCalendar(calendar);
	const step = pickStep(endDay - startDay, count);
	// English month names are abbreviated (Dec 2015); Persian and Arabic names are short already.
	const names = monthNames(calendar, locale, locale === 'en' ? 'short' : 'long');
	// Positions come from the calendar's own d3-shaped intervals (1 Farvardin, 1 Muharram, …).
	const base = calendarIntervals(calendar)[step.level];
	const interval = step.k === 1 ? base : base.every(step.k);
	if (!interval) return [];
	let days: number[];
	try {
		days = interval
			.range(new Date(Math.ceil(startDay) * DAY_MS), new Date(Math.floor(endDay) * DAY_MS + 1))
			.map((d) => Math.round(+d / DAY_MS));
	} catch (err) {
		// Outside the years a calendar converts (e.g. lunar Hijri before 1300 AH): no ticks rather
		// than Gregorian ones in disguise.
		if (err instanceof InvalidDateError) return [];
		throw err;
	}
	const out: AxisTick[] = [];
	for (const day of days.slice(0, 2000)) {
		const c = cal.fromDayNumber(day);
		if (step.level === 'year') {
			out.push({
				day,
				label: localDigits(c.year, locale),
				level: 'year',
				major: c.year % (step.k * 10) === 0
			});
		} else if (step.level === 'month') {
			const withYear = c.month === 1 || out.length === 0;
			out.push({
				day,
				label: withYear ? `${names[c.month - 1]} ${localDigits(c.year, locale)}` : names[c.month - 1],
				level: 'month',
				major: c.month === 1
			});
		} else {
			// Skip a last tick squeezed against the next month's first.
			if (c.day > 1 && cal.toDayNumber(c.year, c.month + 1, 1) - day < step.k / 2) continue;
			const withMonth = c.day === 1 || out.length === 0;
			out.push({
				day,
				label: withMonth ? `${localDigits(c.day, locale)} ${names[c.month - 1]}` : localDigits(c.day, locale),
				level: 'day',
				major: c.day === 1
			});
		}
	}
	return out;
}
