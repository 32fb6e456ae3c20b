/**
 * Building TimeValues from calendar dates at a precision. Every builder computes the inclusive
 * interval of Gregorian days the expression can mean, in the calendar the text used, and derives the
 * EDTF string from that interval (see `edtf.ts`).
 */
import { InvalidDateError } from '../calendars/errors';
import { getCalendar } from '../calendars/registry';
import { gregorian } from '../calendars/gregorian';
import { dayToIso, isoToDay } from '../calendars/iso';
import { defaultWeekStart, weekdayOfDay } from '../calendars/week';
import { edtfFromDays } from './edtf';
import type { CalendarId, Precision, TimeValue } from './time-value';

/** Thirds of a month: days 1–10, 11–20 and 21–end (DESIGN §3). */
export type MonthPart = 'early' | 'mid' | 'late';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Optional facts carried into the TimeValue unchanged. */
export interface ValueOptions {
	/** The original text span ('' by default). */
	text?: string;
	approximate?: boolean;
	uncertain?: boolean;
	relative?: boolean;
	/** ISO day a relative value was resolved against. */
	anchor?: string;
}

/**
 * A TimeValue covering day numbers `first`…`last` (inclusive). Throws RangeError if last < first,
 * InvalidDateError outside years 1–9999.
 * @example timeValueFromDays(16795, 16795, 'day', 'persian') // earliest = latest = '2015-12-26'
 */
export function timeValueFromDays(
	first: number,
	last: number,
	precision: Precision,
	calendar: CalendarId,
	options: ValueOptions & { part?: MonthPart } = {}
): TimeValue {
	if (!(last >= first)) throw new RangeError(`An interval cannot end (${last}) before it starts (${first}).`);
	// outside years 1–9999 the Gregorian calendar throws its InvalidDateError
	gregorian.fromDay(first);
	gregorian.fromDay(last);
	const earliest = dayToIso(first);
	const value: TimeValue = {
		earliest,
		latest: last === first ? earliest : dayToIso(last),
		precision,
		calendar,
		edtf: edtfFromDays(first, last, {
			approximate: options.approximate,
			uncertain: options.uncertain,
			precision
		}),
		text: options.text ?? ''
	};
	if (options.relative !== undefined) value.relative = options.relative;
	if (options.anchor !== undefined) value.anchor = options.anchor;
	if (options.approximate) value.approximate = true;
	if (options.uncertain) value.uncertain = true;
	if (options.part) value.part = options.part;
	return value;
}

/**
 * One day of a calendar. Throws InvalidDateError if it does not exist (30 Esfand 1394).
 * @example dayValue('persian', 1394, 10, 5).earliest // '2015-12-26'
 */
export function dayValue(
	calendar: CalendarId,
	year: number,
	month: number,
	day: number,
	options: ValueOptions = {}
): TimeValue {
	const n = getCalendar(calendar).toDay(year, month, day);
	return timeValueFromDays(n, n, 'day', calendar, options);
}

/**
 * A whole month of a calendar.
 * @example monthValue('persian', 1394, 10) // 2015-12-22 … 2016-01-20
 */
export function monthValue(
	calendar: CalendarId,
	year: number,
	month: number,
	options: ValueOptions = {}
): TimeValue {
	const cal = getCalendar(calendar);
	const first = cal.toDay(year, month, 1);
	return timeValueFromDays(first, first + cal.daysInMonth(year, month) - 1, 'month', calendar, options);
}

/**
 * Early (days 1–10), mid (11–20) or late (21–end) part of a month; precision 'month', marked
 * approximate because the phrase is vague even though the convention fixes the days.
 * @example monthPartValue('gregorian', 2015, 12, 'late') // 2015-12-21 … 2015-12-31
 */
export function monthPartValue(
	calendar: CalendarId,
	year: number,
	month: number,
	part: MonthPart,
	options: ValueOptions = {}
): TimeValue {
	const cal = getCalendar(calendar);
	const start = cal.toDay(year, month, 1);
	const len = cal.daysInMonth(year, month);
	const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, len];
	return timeValueFromDays(start + a - 1, start + b - 1, 'month', calendar, {
		approximate: true,
		...options,
		part
	});
}

/**
 * A whole year of a calendar.
 * @example yearValue('persian', 1394) // 2015-03-21 … 2016-03-19
 */
export function yearValue(calendar: CalendarId, year: number, options: ValueOptions = {}): TimeValue {
	const cal = getCalendar(calendar);
	const first = cal.toDay(year, 1, 1);
	return timeValueFromDays(first, first + cal.daysInYear(year) - 1, 'year', calendar, options);
}

/** Quarter of the year a season is (Gregorian winter: December of the year before → February). */
const SEASON_MONTHS: Record<Season, number> = { spring: 1, summer: 2, autumn: 3, winter: 4 };

/**
 * A season. Gregorian seasons are meteorological (spring = March–May … winter = December of
 * `year - 1` to February of `year`: "winter 2015" is the winter that ends in 2015, as climate
 * records name it); Solar Hijri seasons are its quarters (summer = Tir–Shahrivar, winter =
 * Dey–Esfand, which also ends the year).
 * The lunar Hijri calendar has no seasons: throws InvalidDateError.
 * @example seasonValue('persian', 1394, 'summer') // 2015-06-22 … 2015-09-22
 */
export function seasonValue(
	calendar: CalendarId,
	year: number,
	season: Season,
	options: ValueOptions = {}
): TimeValue {
	const cal = getCalendar(calendar);
	const q = SEASON_MONTHS[season];
	if (calendar === 'islamic-umalqura')
		throw new InvalidDateError(
			`The lunar Hijri calendar has no seasons (${season} ${year}).`,
			'month-out-of-range',
			calendar,
			year
		);
	let first: number;
	let last: number;
	if (calendar === 'persian') {
		first = cal.toDay(year, q * 3 - 2, 1);
		last = cal.toDay(year, q * 3, cal.daysInMonth(year, q * 3));
	} else {
		first = cal.toDay(q === 4 ? year - 1 : year, q * 3, 1);
		const endM = q === 4 ? 2 : q * 3 + 2;
		last = cal.toDay(year, endM, cal.daysInMonth(year, endM));
	}
	return timeValueFromDays(first, last, 'season', calendar, options);
}

/**
 * Ten years starting at `startYear` (a multiple of 10): the 1990s, دهه ۱۳۷۰.
 * Throws RangeError if startYear is not a multiple of 10.
 * @example decadeValue('gregorian', 1990) // 1990-01-01 … 1999-12-31, edtf '199X'
 */
export function decadeValue(calendar: CalendarId, startYear: number, options: ValueOptions = {}): TimeValue {
	if (startYear % 10 !== 0) throw new RangeError(`A decade starts at a multiple of 10, not ${startYear}.`);
	return yearSpan(calendar, startYear, startYear + 9, 'decade', options);
}

/**
 * A century by its ordinal: century 20 is 1900–1999 (the EDTF and everyday "1900s" reading, not the
 * strict 1901–2000); century 1 starts at year 1. Solar Hijri century 14 is 1300–1399.
 * @example centuryValue('gregorian', 20).edtf // '19XX'
 */
export function centuryValue(calendar: CalendarId, century: number, options: ValueOptions = {}): TimeValue {
	if (!Number.isInteger(century) || century < 1)
		throw new RangeError(`Century ${century} does not exist: centuries are counted from 1.`);
	const start = (century - 1) * 100;
	return yearSpan(calendar, Math.max(start, 1), start + 99, 'century', options);
}

function yearSpan(
	calendar: CalendarId,
	a: number,
	b: number,
	precision: Precision,
	options: ValueOptions
): TimeValue {
	const cal = getCalendar(calendar);
	const first = cal.toDay(a, 1, 1);
	const last = cal.toDay(b, 12, cal.daysInMonth(b, 12));
	return timeValueFromDays(first, last, precision, calendar, options);
}

/**
 * The week (7 days) containing a date. `weekStart` is 0 = Sunday … 6 = Saturday; by default
 * Saturday for Solar and lunar Hijri (the Iranian and Arab week), Monday (ISO) for Gregorian.
 * @example weekValue('persian', 1394, 10, 5).earliest // '2015-12-26' (a Saturday)
 */
export function weekValue(
	calendar: CalendarId,
	year: number,
	month: number,
	day: number,
	options: ValueOptions & { weekStart?: number } = {}
): TimeValue {
	const n = getCalendar(calendar).toDay(year, month, day);
	const start = options.weekStart ?? defaultWeekStart(calendar);
	const first = n - weekdayOffset(n, start);
	return timeValueFromDays(first, first + 6, 'week', calendar, options);
}

export { defaultWeekStart, weekdayOfDay };

function weekdayOffset(day: number, weekStart: number): number {
	return (((weekdayOfDay(day) - weekStart) % 7) + 7) % 7;
}

/** A date in some calendar, the day optional. */
export interface PartialCalendarDate {
	year: number;
	month?: number;
	day?: number;
}

/**
 * The interval from one calendar date to another, inclusive, each end taken at its own precision
 * ("from Mehr to Dey 1394" = 1 Mehr … 30 Dey). Precision is the coarser of the two ends.
 * Throws InvalidDateError for a date that does not exist, RangeError if it ends before it starts.
 * @example intervalValue('persian', {year: 1394, month: 7}, {year: 1394, month: 10}).latest // '2016-01-20'
 */
export function intervalValue(
	calendar: CalendarId,
	from: PartialCalendarDate,
	to: PartialCalendarDate,
	options: ValueOptions = {}
): TimeValue {
	const a = spanOf(calendar, from);
	const b = spanOf(calendar, to);
	const rank: Precision[] = ['day', 'month', 'year'];
	const precision = rank[Math.max(rank.indexOf(a.precision), rank.indexOf(b.precision))];
	return timeValueFromDays(a.first, b.last, precision, calendar, options);
}

function spanOf(calendar: CalendarId, d: PartialCalendarDate) {
	const v =
		d.month === undefined
			? yearValue(calendar, d.year)
			: d.day === undefined
				? monthValue(calendar, d.year, d.month)
				: dayValue(calendar, d.year, d.month, d.day);
	return {
		first: getCalendar('gregorian').toDay(...isoParts(v.earliest)),
		last: getCalendar('gregorian').toDay(...isoParts(v.latest)),
		precision: v.precision
	};
}

function isoParts(iso: string): [number, number, number] {
	return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** What `timeValueAt` needs: a year, and the month, day, season or third its precision asks for. */
export interface CalendarPoint {
	year: number;
	month?: number;
	day?: number;
	season?: Season;
	part?: MonthPart;
}

/**
 * One entry point for every precision: the TimeValue for `at` in `calendar` at `precision`.
 * day and week need month and day; month needs month (and takes `part` for early/mid/late);
 * season needs `season`; decade and century take the decade or century containing `year`.
 * Throws RangeError when a needed field is missing, InvalidDateError for a date that does not exist.
 * @example timeValueAt('persian', {year: 1394, month: 10, part: 'early'}, 'month').latest // '2015-12-31'
 */
export function timeValueAt(
	calendar: CalendarId,
	at: CalendarPoint,
	precision: Precision,
	options: ValueOptions = {}
): TimeValue {
	const need = <T>(v: T | undefined, what: string): T => {
		if (v === undefined) throw new RangeError(`A ${precision}-precision date needs a ${what}.`);
		return v;
	};
	switch (precision) {
		case 'day':
			return dayValue(calendar, at.year, need(at.month, 'month'), need(at.day, 'day'), options);
		case 'week':
			return weekValue(calendar, at.year, need(at.month, 'month'), need(at.day, 'day'), options);
		case 'month':
			return at.part
				? monthPartValue(calendar, at.year, need(at.month, 'month'), at.part, options)
				: monthValue(calendar, at.year, need(at.month, 'month'), options);
		case 'season':
			return seasonValue(calendar, at.year, need(at.season, 'season'), options);
		case 'year':
			return yearValue(calendar, at.year, options);
		case 'decade':
			return decadeValue(calendar, Math.floor(at.year / 10) * 10, options);
		case 'century':
			return centuryValue(calendar, Math.floor(at.year / 100) + 1, options);
	}
}

/**
 * The same value widened by `before` days at the start and `after` at the end, marked uncertain —
 * for a lunar Hijri day whose convention (Umm al-Qura, sighting, civil) is unknown (DESIGN §2).
 * The precision is kept; the EDTF becomes the widened interval with `?`.
 * @example widenValue(dayValue('islamic-umalqura', 1437, 9, 1), 1, 1) // 2016-06-05 … 2016-06-07, '?'
 */
export function widenValue(value: TimeValue, before = 1, after = before): TimeValue {
	const first = isoToDay(value.earliest) - before;
	const last = isoToDay(value.latest) + after;
	const widened = timeValueFromDays(first, last, value.precision, value.calendar, {
		...value,
		uncertain: true
	});
	// Keep every other field (text, relative, anchor, part…) as it was.
	return { ...value, ...widened };
}
