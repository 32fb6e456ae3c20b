/**
 * Axis ticks on the display calendar's own boundaries: 1 Farvardin, 1 Muharram, 1 January, the
 * first of each month, every fifth day… computed in that calendar (never Gregorian ticks
 * relabelled), labelled in the display locale and its digits.
 */
import type { CalendarId } from '../time/time-value';
import { axisCalendar, localDigits, monthNames, type DisplayLocale } from './axis-calendar';

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
	const first = cal.fromDayNumber(Math.floor(startDay));
	const out: AxisTick[] = [];
	const limit = 2000; // guards against a runaway loop on a malformed window
	if (step.level === 'year') {
		let y = Math.floor(first.year / step.k) * step.k;
		for (let i = 0; i < limit; i++, y += step.k) {
			const day = cal.toDayNumber(y, 1, 1);
			if (day > endDay) break;
			if (day >= startDay)
				out.push({ day, label: localDigits(y, locale), level: 'year', major: y % (step.k * 10) === 0 });
		}
		return out;
	}
	if (step.level === 'month') {
		let y = first.year;
		let m = first.month - ((first.month - 1) % step.k);
		for (let i = 0; i < limit; i++) {
			const day = cal.toDayNumber(y, m, 1);
			if (day > endDay) break;
			if (day >= startDay) {
				const withYear = m === 1 || out.length === 0;
				out.push({
					day,
					label: withYear ? `${names[m - 1]} ${localDigits(y, locale)}` : names[m - 1],
					level: 'month',
					major: m === 1
				});
			}
			m += step.k;
			if (m > 12) {
				m -= 12;
				y += 1;
			}
		}
		return out;
	}
	// Day ticks: the 1st, 1+k, 1+2k… of every month, restarting at each month (d3's utcDay.every).
	let y = first.year;
	let m = first.month;
	for (let i = 0; i < limit; i++) {
		const monthStart = cal.toDayNumber(y, m, 1);
		if (monthStart > endDay) break;
		const nextMonth = cal.toDayNumber(y, m + 1, 1);
		for (let d = 1; monthStart + d - 1 < nextMonth; d += step.k) {
			// Skip a last tick squeezed against the next month's first.
			if (d > 1 && nextMonth - (monthStart + d - 1) < step.k / 2) break;
			const day = monthStart + d - 1;
			if (day > endDay) break;
			if (day < startDay) continue;
			const withMonth = d === 1 || out.length === 0;
			out.push({
				day,
				label: withMonth ? `${localDigits(d, locale)} ${names[m - 1]}` : localDigits(d, locale),
				level: 'day',
				major: d === 1
			});
		}
		m += 1;
		if (m > 12) {
			m = 1;
			y += 1;
		}
	}
	return out;
}
