/**
 * Builds a full `Calendar` (with validation and messages a person understands) from the few
 * primitives each calendar file provides. Keeping validation here means the three calendars word
 * their errors the same way.
 */
import type { CalendarId } from './types';
import { InvalidDateError } from './errors';
import { monthName } from './month-names';
import type { Calendar, CalendarDate, YearRange } from './types';

/** What one calendar file must supply; inputs are already validated. */
export interface CalendarPrimitives {
	id: CalendarId;
	name: string;
	range: YearRange;
	/** Suffix for English messages ("AH"), or ''. */
	eraSuffix: string;
	/** The month that gains a day in leap years (February, Esfand), or null (lunar Hijri). */
	leapMonth: number | null;
	isLeapYear(year: number): boolean;
	monthLength(year: number, month: number): number;
	/** Day number of a valid date. */
	toDay(year: number, month: number, day: number): number;
	/** [year, month, day] of a day number inside the range. */
	fromDay(day: number): [number, number, number];
}

/** Wraps primitives in the public Calendar interface. */
export function makeCalendar(p: CalendarPrimitives): Calendar {
	const label = (y: number, m: number, d?: number) =>
		`${d === undefined ? '' : `${d} `}${monthName(p.id, m, 'en')} ${y}${p.eraSuffix ? ` ${p.eraSuffix}` : ''}`;

	// (no closures or arrays made per call: validation runs for every date resolved)
	function bad(msg: string, reason: InvalidDateError['reason'], year: number, month?: number, day?: number) {
		return new InvalidDateError(msg, reason, p.id, year, month, day);
	}

	function validate(year: number, month?: number, day?: number): InvalidDateError | null {
		if (
			!Number.isInteger(year) ||
			(month !== undefined && !Number.isInteger(month)) ||
			(day !== undefined && !Number.isInteger(day))
		) {
			const [what, v] = !Number.isInteger(year)
				? ['Year', year]
				: month !== undefined && !Number.isInteger(month)
					? ['Month', month]
					: ['Day', day];
			return bad(`${what} ${String(v)} is not a whole number.`, 'not-a-number', year, month, day);
		}
		if (year < p.range.min || year > p.range.max)
			return bad(
				`Year ${year} is outside the years the ${p.name} calendar supports here (${p.range.min}–${p.range.max}).`,
				'year-out-of-range',
				year,
				month,
				day
			);
		if (month === undefined) return null;
		if (month < 1 || month > 12)
			return bad(
				`Month ${month} does not exist: the ${p.name} calendar has 12 months.`,
				'month-out-of-range',
				year,
				month,
				day
			);
		if (day === undefined) return null;
		if (day < 1)
			return bad(
				`Day ${day} does not exist: days of a month start at 1.`,
				'day-out-of-range',
				year,
				month,
				day
			);
		const len = p.monthLength(year, month);
		if (day <= len) return null;
		const name = monthName(p.id, month, 'en');
		if (month === p.leapMonth && day === len + 1 && !p.isLeapYear(year))
			return bad(
				`${label(year, month, day)} does not exist: ${year} is not a leap year; ${name} has ${len} days.`,
				'not-a-leap-year',
				year,
				month,
				day
			);
		const why =
			p.leapMonth === null
				? `in the ${p.name} calendar ${label(year, month)} has ${len} days.`
				: month === p.leapMonth
					? `${name} ${year} has ${len} days.`
					: `${name} has ${len} days.`;
		return bad(`${label(year, month, day)} does not exist: ${why}`, 'day-out-of-range', year, month, day);
	}

	function check(year: number, month?: number, day?: number): void {
		const err = validate(year, month, day);
		if (err) throw err;
	}

	const minDay = p.toDay(p.range.min, 1, 1);
	const maxDay = p.toDay(p.range.max, 12, p.monthLength(p.range.max, 12));

	return {
		id: p.id,
		name: p.name,
		range: p.range,
		validate,
		toDay(year, month, day) {
			check(year, month, day);
			return p.toDay(year, month, day);
		},
		fromDay(day): CalendarDate {
			if (!Number.isInteger(day) || day < minDay || day > maxDay)
				throw new InvalidDateError(
					`Day number ${day} is outside the years the ${p.name} calendar supports here (${p.range.min}–${p.range.max}).`,
					Number.isInteger(day) ? 'year-out-of-range' : 'not-a-number',
					p.id,
					NaN
				);
			const [year, month, d] = p.fromDay(day);
			return { calendar: p.id, year, month, day: d };
		},
		daysInMonth(year, month) {
			check(year, month);
			return p.monthLength(year, month);
		},
		monthsInYear(year) {
			check(year);
			return 12;
		},
		daysInYear(year) {
			check(year);
			let n = 0;
			for (let m = 1; m <= 12; m++) n += p.monthLength(year, m);
			return n;
		},
		isLeapYear(year) {
			check(year);
			return p.isLeapYear(year);
		}
	};
}
