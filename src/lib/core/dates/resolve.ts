/**
 * Turns parsed date parts into an interval of days, following DESIGN.md §3: relative expressions
 * against the reference day, months without a year to the latest such month on or before it, the
 * text's own calendar for "this/last/next month|year", seasons, thirds, decades and centuries.
 * Invalid dates are reported, never shifted.
 */
import type { CalendarId, Precision } from '../time/time-value';
import { seasonValue, timeValueFromDays } from '../time/build';
import { dayToIso as iso, isoToDay } from '../calendars/iso';
import { daysInMonth, fromDay, toDay, weekday as dow, whyInvalid } from './calendar-adapter';
import type { Cue, Parts, Season } from './parse';
import { dateWork } from './work';

/** The value part of a mention. */
export interface Resolved {
	calendar: CalendarId;
	earliest: string | null;
	latest: string | null;
	precision: Precision;
	edtf: string | null;
	relative: boolean;
	anchor?: string;
	approximate?: boolean;
	uncertain?: boolean;
	unresolved?: string;
	invalid?: string;
}

type Lang = 'ar' | 'fa' | 'en';

const NO_REF = 'relative expression, and no reference date (publication date) is known to resolve it against';

/**
 * Days from the week's first day to the weekend's first day. Weekends: Saturday–Sunday in English,
 * Friday–Saturday in Arabic (the Gulf, Egypt, Iraq, Jordan…), Thursday–Friday in Persian (Iran and
 * Afghanistan). The weekend of a week is the one that begins in it (an Arabic Friday–Saturday
 * weekend ends on the next week's first day).
 */
function weekendOffset(lang: Lang): number {
	return lang === 'ar' ? 6 : 5;
}

/** First day of the week: Saturday in Iran and the Arab world, Monday (ISO) in English. */
function weekStartDow(lang: Lang): number {
	return lang === 'en' ? 1 : 6;
}

function monthRange(cal: CalendarId, y: number, m: number): [number, number] {
	const a = toDay(cal, y, m, 1);
	return [a, a + daysInMonth(cal, y, m) - 1];
}

function yearRange(cal: CalendarId, y: number): [number, number] {
	return [toDay(cal, y, 1, 1), toDay(cal, y + 1, 1, 1) - 1];
}

function monthsRange(cal: CalendarId, y: number, m1: number, m2: number): [number, number] {
	return [monthRange(cal, y, m1)[0], monthRange(cal, y, m2)[1]];
}

/** Days from day `ref` to the span [s, e] of day numbers (0 inside it). */
function seasonGap([s, e]: [number, number], ref: number): number {
	return ref < s ? s - ref : ref > e ? ref - e : 0;
}

/**
 * A season of a year as day numbers, as time/ builds it: Solar Hijri quarters, Gregorian
 * meteorological seasons (winter Y = December Y-1 … February Y). Throws for the lunar Hijri
 * calendar, which has no seasons.
 */
export function seasonRange(cal: CalendarId, y: number, s: Season): [number, number] {
	const v = seasonValue(cal, y, s);
	return [isoToDay(v.earliest), isoToDay(v.latest)];
}

/**
 * Early / mid / late third of an interval: days of a month; months of a year; years of a decade;
 * of anything else (a week) its first two days, the days between and its last two.
 * First / second half: months 1–6 / 7–12 of a year, days 1–15 / 16–end of a month.
 */
function applyCue(cal: CalendarId, r: [number, number], precision: Precision, cue: Cue): [number, number] {
	const [a, b] = r;
	if (cue === 'q1' || cue === 'q2' || cue === 'q3' || cue === 'q4') {
		// quarters of a year (months 1–3 … 10–12); said of anything else they add nothing
		if (precision !== 'year') return r;
		const q = Number(cue[1]);
		return monthsRange(cal, fromDay(cal, a).y, 3 * q - 2, 3 * q);
	}
	if (cue === 'half1' || cue === 'half2') {
		// halves: months 1–6 / 7–12 of a year, days 1–15 / 16–end of a month, else the middle day
		if (precision === 'year') {
			const { y } = fromDay(cal, a);
			return cue === 'half1' ? monthsRange(cal, y, 1, 6) : monthsRange(cal, y, 7, 12);
		}
		const mid = precision === 'month' ? a + 15 : a + Math.floor((b - a + 1) / 2);
		return cue === 'half1' ? [a, mid - 1] : [mid, b];
	}
	if (precision === 'month') {
		if (cue === 'early') return [a, a + 9];
		if (cue === 'mid') return [a + 10, a + 19];
		return [a + 20, b];
	}
	if (precision === 'year') {
		const { y } = fromDay(cal, a);
		if (cue === 'early') return monthsRange(cal, y, 1, 4);
		if (cue === 'mid') return monthsRange(cal, y, 5, 8);
		return monthsRange(cal, y, 9, 12);
	}
	if (precision === 'decade' || precision === 'century') {
		const { y } = fromDay(cal, a);
		const span = precision === 'decade' ? 10 : 100;
		const k = span / 10;
		if (cue === 'early') return [a, yearRange(cal, y + 4 * k - 1)[1]];
		if (cue === 'mid') return [yearRange(cal, y + 4 * k)[0], yearRange(cal, y + 7 * k - 1)[1]];
		return [yearRange(cal, y + 7 * k)[0], b];
	}
	const third = Math.floor((b - a + 1) / 3);
	if (cue === 'early') return [a, a + third - 1];
	if (cue === 'mid') return [a + third, b - third];
	return [b - third + 1, b];
}

/**
 * The value part of a mention for the days first…last (inclusive), built as every TimeValue is
 * (time/build: the ISO days, the EDTF with its qualifiers; a ten-year span is "199X" only at decade
 * precision). Throws outside years 1–9999 (the caller reports the date as invalid).
 */
export function valueOf(
	calendar: CalendarId,
	first: number,
	last: number,
	precision: Precision,
	q: { relative: boolean; anchor?: string; approximate?: boolean; uncertain?: boolean }
): Resolved {
	const v = timeValueFromDays(first, last, precision, calendar, {
		relative: q.relative,
		anchor: q.anchor || undefined,
		approximate: !!q.approximate,
		uncertain: !!q.uncertain
	});
	// built field by field, in this order (a mention's JSON keeps it), without spreading an object per field
	const r: Resolved = {
		calendar: v.calendar,
		earliest: v.earliest,
		latest: v.latest,
		precision: v.precision,
		edtf: v.edtf,
		relative: q.relative
	};
	if (v.anchor) r.anchor = v.anchor;
	if (v.approximate) r.approximate = true;
	if (v.uncertain) r.uncertain = true;
	return r;
}

function out(
	cal: CalendarId,
	r: [number, number],
	precision: Precision,
	rel: boolean,
	ref: number | null,
	approximate = false,
	uncertain = false
): Resolved {
	return valueOf(cal, r[0], r[1], precision, {
		relative: rel,
		anchor: rel && ref !== null ? anchorOf(ref) : undefined,
		approximate,
		uncertain
	});
}

/** The last reference day written as an anchor, and its ISO form: a text's mentions share one. */
let lastAnchor = { day: NaN, iso: '' };

function anchorOf(ref: number): string {
	if (lastAnchor.day !== ref) lastAnchor = { day: ref, iso: iso(ref) };
	return lastAnchor.iso;
}

const NO_EARLIER_DAY = 'counted from a day told before it, and no day is told just before it';
const NO_EARLIER_MONTH = 'a day of the month told before it, and no month is told just before it';

/**
 * The day `offset` days after `day` (a day number), as a value relative to it: "the next day"
 * after the day a text told before it.
 * @example dayAfter('gregorian', isoToDay('2013-05-05'), 1).earliest === '2013-05-06'
 */
export function dayAfter(cal: CalendarId, day: number, offset: number): Resolved {
	return out(cal, [day + offset, day + offset], 'day', true, day);
}

function unresolved(cal: CalendarId, precision: Precision): Resolved {
	return {
		calendar: cal,
		earliest: null,
		latest: null,
		precision,
		edtf: null,
		relative: true,
		unresolved: NO_REF
	};
}

function invalid(cal: CalendarId, precision: Precision, why: string): Resolved {
	return {
		calendar: cal,
		earliest: null,
		latest: null,
		precision,
		edtf: null,
		relative: false,
		invalid: why
	};
}

/** Calendar a text counts relative months and years in: Solar Hijri for Persian unless it says otherwise. */
function textCalendar(p: Parts, lang: Lang): CalendarId {
	return p.era ?? (lang === 'fa' ? 'persian' : 'gregorian');
}

/**
 * Resolve parts to a value.
 * @param ref reference day number (days since 1970-01-01) or null when unknown
 * @returns a resolved, unresolved (relative without ref) or invalid value; never throws for a
 *   date that does not exist (that is an `invalid` value), only for programming errors.
 */
export function resolve(p: Parts, lang: Lang, ref: number | null): Resolved {
	dateWork.resolves++;
	try {
		return resolveInner(p, lang, ref);
	} catch (e) {
		const cal = p.cal ?? textCalendar(p, lang);
		return invalid(cal, 'day', e instanceof Error ? e.message : String(e));
	}
}

function resolveInner(p: Parts, lang: Lang, ref: number | null): Resolved {
	// "since the start of this year": the span runs through the year, so the year is its date
	if (p.sinceStart) return resolveInner({ ...p, cue: undefined, sinceStart: undefined }, lang, ref);
	if (p.until) {
		// a span across months: from the first day's start to the last day's end
		const a = resolveInner({ ...p, until: undefined }, lang, ref);
		const b = resolveInner(p.until, lang, ref);
		if (!a.earliest || !b.latest) return a.earliest ? b : a;
		const s = isoToDay(a.earliest);
		const e = isoToDay(b.latest);
		if (e < s) return a;
		return valueOf(a.calendar, s, e, 'day', {
			relative: a.relative || b.relative,
			...(a.anchor ? { anchor: a.anchor } : {}),
			uncertain: !!(a.uncertain || b.uncertain)
		});
	}
	if (p.named) {
		const a = isoToDay(p.named.earliest);
		const b = isoToDay(p.named.latest);
		const ga = fromDay('gregorian', a);
		const gb = fromDay('gregorian', b);
		const year = ga.y === gb.y && ga.m === 1 && ga.d === 1 && gb.m === 12 && gb.d === 31;
		return out(p.named.cal, [a, b], year ? 'year' : 'day', false, ref);
	}
	const tcal = textCalendar(p, lang);
	// early/mid/late are loose; a half is exact
	const approx = p.cue === 'early' || p.cue === 'mid' || p.cue === 'late';
	if (p.holiday) return resolveHoliday(p, p.holiday, ref);
	// "the next day": counted from the day told before it, which the finder gives it (`followDays`)
	if (p.anchored !== undefined) return { ...unresolved(tcal, 'day'), unresolved: NO_EARLIER_DAY };
	// «24 من الشهر ذاته»: a day of the month told before it, which the finder gives it (`followDays`)
	if (p.sameMonth) return { ...unresolved(tcal, 'day'), unresolved: NO_EARLIER_MONTH };
	// today, yesterday… (a weekday next to it is only a confirmation)
	if (p.deictic !== undefined) {
		if (ref === null) return unresolved(tcal, 'day');
		const d = ref + p.deictic;
		return out(tcal, [d, d], 'day', true, ref);
	}
	if (p.unitRel) {
		const { unit, offset } = p.unitRel;
		if (unit === 'weekend') {
			if (ref === null) return unresolved(tcal, 'day');
			const start = ref - ((dow(ref) - weekStartDow(lang) + 7) % 7) + weekendOffset(lang);
			// bare: the latest weekend begun on or before the reference, like a bare weekday
			let first = p.bareWeekend ? (start <= ref ? start : start - 7) : start + 7 * offset;
			// "last weekend" is over before the reference: said on a Saturday, the Arabic Friday–Saturday
			// weekend of last week is still running, so the one before it
			if (!p.bareWeekend && offset < 0 && first + 1 >= ref) first -= 7;
			return out(tcal, [first, first + 1], 'day', true, ref);
		}
		const precision: Precision = unit;
		if (ref === null)
			return unresolved(tcal, p.weekday !== undefined || p.day !== undefined ? 'day' : precision);
		if (unit === 'week' && p.weekday !== undefined) {
			// a weekday of a relative week: that week's day
			const start = ref - ((dow(ref) - weekStartDow(lang) + 7) % 7) + 7 * offset;
			const d = start + ((p.weekday - weekStartDow(lang) + 7) % 7);
			return out(tcal, [d, d], 'day', true, ref);
		}
		let r: [number, number];
		if (unit === 'day') r = [ref + offset, ref + offset];
		else if (unit === 'week') {
			const start = ref - ((dow(ref) - weekStartDow(lang) + 7) % 7) + 7 * offset;
			r = [start, start + 6];
		} else {
			const c = fromDay(tcal, ref);
			if (unit === 'month') {
				const k = c.y * 12 + (c.m - 1) + offset;
				const y = Math.floor(k / 12);
				const m = (k % 12) + 1;
				if (p.day !== undefined) {
					// "الخامس من الشهر الجاري": a day of a relative month
					const why = whyInvalid(tcal, y, m, p.day);
					if (why) return invalid(tcal, 'day', why);
					const d = toDay(tcal, y, m, p.day);
					return out(tcal, [d, d], 'day', true, ref);
				}
				r = monthRange(tcal, y, m);
			} else if (unit === 'year') {
				r = yearRange(tcal, c.y + offset);
				if (p.latestQuarter && p.cue) {
					// a quarter without a year: this year's, or last year's when it has not begun (next
					// year's in a future clause when this year's is over)
					const q = applyCue(tcal, r, 'year', p.cue);
					if (!p.future && q[0] > ref) r = yearRange(tcal, c.y + offset - 1);
					else if (p.future && q[1] < ref) r = yearRange(tcal, c.y + offset + 1);
				}
			} else if (unit === 'decade') {
				const d0 = Math.floor(c.y / 10) * 10 + 10 * offset;
				r = [yearRange(tcal, d0)[0], yearRange(tcal, d0 + 9)[1]];
			} else {
				const c0 = Math.floor(c.y / 100) * 100 + 100 * offset;
				r = [yearRange(tcal, c0)[0], yearRange(tcal, c0 + 99)[1]];
			}
		}
		if (p.cue) r = applyCue(tcal, r, precision, p.cue);
		return out(tcal, r, precision, true, ref, approx);
	}
	if (p.season) {
		const cal = p.year !== undefined ? (p.era ?? yearCal(p.year, lang)) : tcal;
		let r: [number, number];
		let rel = false;
		if (p.year !== undefined) r = seasonRange(cal, p.year, p.season);
		else {
			if (ref === null) return unresolved(cal, 'season');
			rel = true;
			const y = fromDay(cal, ref).y;
			if (p.yearRel !== undefined) r = seasonRange(cal, y + p.yearRel, p.season);
			else {
				const cands = [y - 2, y - 1, y, y + 1, y + 2].map((k) => seasonRange(cal, k, p.season!));
				const dir = p.selfRel ?? 0;
				if (dir < 0) r = cands.filter((c) => c[1] < ref).pop()!;
				else if (dir > 0) r = cands.find((c) => c[0] > ref)!;
				else if (p.future) r = cands.find((c) => c[1] >= ref)!;
				else if (p.selfRel === 0)
					// "this summer" said in May is the coming one, said in October the one just past: the
					// season that holds the reference, else the nearest to it
					r = cands.reduce((a, c) => (seasonGap(c, ref) < seasonGap(a, ref) ? c : a));
				else r = cands.find((c) => c[0] <= ref && ref <= c[1]) ?? cands.filter((c) => c[0] <= ref).pop()!;
			}
		}
		if (p.cue) r = applyCue(cal, r, 'season', p.cue);
		return out(cal, r, 'season', rel, ref, approx);
	}
	if (p.decade !== undefined || p.decadeOf !== undefined) {
		const cal = p.cal ?? 'gregorian';
		let d0: number;
		let rel = false;
		if (p.decade !== undefined) d0 = p.decade;
		else if (p.centuryRel !== undefined) {
			if (ref === null) return unresolved('gregorian', 'decade');
			rel = true;
			d0 = Math.floor(fromDay('gregorian', ref).y / 100) * 100 + 100 * p.centuryRel + p.decadeOf!;
		} else d0 = ((p.century ?? 20) - 1) * 100 + p.decadeOf!;
		let r: [number, number] = [yearRange(cal, d0)[0], yearRange(cal, d0 + 9)[1]];
		if (p.cue) r = applyCue(cal, r, 'decade', p.cue);
		return out(cal, r, 'decade', rel, ref, approx);
	}
	if (p.century !== undefined || p.centuryRel !== undefined) {
		let cal: CalendarId = p.era ?? 'gregorian';
		let c0: number;
		let rel = false;
		if (p.century !== undefined) {
			if (!p.era && lang === 'fa' && p.century >= 13 && p.century <= 15) cal = 'persian';
			c0 = (p.century - 1) * 100;
		} else {
			if (ref === null) return unresolved(cal, 'century');
			rel = true;
			c0 = Math.floor(fromDay(cal, ref).y / 100) * 100 + 100 * p.centuryRel!;
		}
		let r: [number, number] = [yearRange(cal, c0)[0], yearRange(cal, c0 + 99)[1]];
		if (p.cue) r = applyCue(cal, r, 'century', p.cue);
		return out(cal, r, 'century', rel, ref, approx);
	}
	if (p.month !== undefined) {
		const cal = p.cal ?? tcal;
		const m = p.month;
		let y = p.year;
		let rel = false;
		if (y === undefined) {
			if (ref === null) return unresolved(cal, p.day !== undefined ? 'day' : 'month');
			rel = true;
			const c = fromDay(cal, ref);
			const weekdayY =
				p.day !== undefined && p.weekday !== undefined
					? weekdayYear(cal, c.y, m, p.day, p.weekday, ref)
					: undefined;
			if (p.yearRel !== undefined) y = c.y + p.yearRel;
			// «6 أغسطس المقبل» said on 1 August is this August's 6th; «أغسطس المقبل» alone is next year's
			else if (p.selfRel === -1)
				y = m < c.m || (p.day !== undefined && m === c.m && p.day < c.d) ? c.y : c.y - 1;
			else if (p.selfRel === 1)
				y = m > c.m || (p.day !== undefined && m === c.m && p.day > c.d) ? c.y : c.y + 1;
			else if (p.selfRel === 0) y = c.y;
			else if (p.dateline && p.day !== undefined) y = datelineYear(cal, c.y, m, p.day, ref);
			// «روز شنبه (اول دی)», «فردا دوشنبه (۲۴ مرداد)»: the year whose day falls on that weekday
			else if (weekdayY !== undefined) y = weekdayY;
			else if (p.future && p.day !== undefined) y = m > c.m || (m === c.m && p.day >= c.d) ? c.y : c.y + 1;
			else if (p.future) y = m >= c.m ? c.y : c.y + 1;
			else if (p.day !== undefined) y = m < c.m || (m === c.m && p.day <= c.d) ? c.y : c.y - 1;
			else y = m <= c.m ? c.y : c.y - 1;
		}
		const uncertainDay = cal === 'islamic-umalqura';
		// «يوم الجمعة العاشر من شهر ذي الحجة», «چهارشنبه ۲۹ رمضان»: a lunar Hijri day and its weekday
		// a day off Umm al-Qura (a country's own moon sighting): the day its weekday names
		if (rel && uncertainDay && p.day !== undefined && p.weekday !== undefined && p.dayEnd === undefined) {
			const c = fromDay(cal, ref!);
			if (weekdayYear(cal, c.y, m, p.day, p.weekday, ref!) === undefined) {
				const sd = sightedDay(cal, c.y, m, p.day, p.weekday, ref!);
				if (sd !== undefined) return out(cal, [sd, sd], 'day', rel, ref, false, uncertainDay);
			}
		}
		if (p.day !== undefined) {
			const why = whyInvalid(cal, y, m, p.day);
			if (why) return invalid(cal, 'day', why);
			const d = toDay(cal, y, m, p.day);
			if (p.dayEnd !== undefined && p.dayEnd > p.day) {
				const why2 = whyInvalid(cal, y, m, p.dayEnd);
				if (why2) return invalid(cal, 'day', why2);
				const prec = p.monthWeek ? 'week' : 'day';
				return out(cal, [d, toDay(cal, y, m, p.dayEnd)], prec, rel, ref, false, uncertainDay);
			}
			return out(cal, [d, d], 'day', rel, ref, false, uncertainDay);
		}
		const why = whyInvalid(cal, y, m);
		if (why) return invalid(cal, 'month', why);
		let r = monthRange(cal, y, m);
		if (p.cue) r = applyCue(cal, r, 'month', p.cue);
		return out(cal, r, 'month', rel, ref, approx);
	}
	if (p.year !== undefined) {
		const cal = p.era ?? p.cal ?? yearCal(p.year, lang);
		let r = yearRange(cal, p.year);
		if (p.cue) r = applyCue(cal, r, 'year', p.cue);
		return out(cal, r, 'year', false, ref, approx);
	}
	if (p.weekday !== undefined) {
		if (ref === null) return unresolved(tcal, 'day');
		const w = p.weekday;
		const today = dow(ref);
		if (p.day !== undefined) {
			const d = weekdayDay(tcal, p.day, w, ref, !!p.future);
			if (d !== undefined) return out(tcal, [d, d], 'day', true, ref);
		}
		let d: number;
		if (p.selfRel === -1) d = ref - ((today - w + 7) % 7 || 7);
		else if (p.selfRel === 1) d = ref + ((w - today + 7) % 7 || 7);
		else if (p.selfRel === 0) {
			const start = ref - ((today - weekStartDow(lang) + 7) % 7);
			d = start + ((w - weekStartDow(lang) + 7) % 7);
		} else if (p.future) d = ref + ((w - today + 7) % 7);
		else d = ref - ((today - w + 7) % 7);
		return out(tcal, [d, d], 'day', true, ref);
	}
	return invalid(tcal, 'day', 'nothing to resolve');
}

/** Days from the reference within which a weekday written with a day and no month picks its month. */
const WEEKDAY_DAY_REACH = 45;

/**
 * «يوم الخميس 17», "Thursday 17th": the day `day` of a month of `cal` that falls on weekday `w`
 * (0 = Sunday), nearest the reference within `WEEKDAY_DAY_REACH` days (in a future clause the first
 * on or after it); undefined when none does, and the weekday is read alone.
 * @example weekdayDay('gregorian', 17, 4, isoToDay('2014-07-14'), false) === isoToDay('2014-07-17')
 */
export function weekdayDay(
	cal: CalendarId,
	day: number,
	w: number,
	ref: number,
	future: boolean
): number | undefined {
	const c = fromDay(cal, ref);
	let best: number | undefined;
	for (let k = -2; k <= 2; k++) {
		const n = c.y * 12 + (c.m - 1) + k;
		const y = Math.floor(n / 12);
		const m = (n % 12) + 1;
		if (whyInvalid(cal, y, m, day)) continue;
		const d = toDay(cal, y, m, day);
		if (dow(d) !== w || Math.abs(d - ref) > WEEKDAY_DAY_REACH || (future && d < ref)) continue;
		if (best === undefined || Math.abs(d - ref) < Math.abs(best - ref)) best = d;
	}
	return best;
}

/** Days from the reference within which a weekday written with a day and month picks their year. */
const WEEKDAY_REACH = 183;

/**
 * The year (of y-1, y, y+1) in which day `d` of month `m` falls on weekday `w` and lies nearest to
 * the reference (the earlier on a tie), within `WEEKDAY_REACH` of it: a weekday written with a day
 * and month says which year they are of, before or after the reference. Undefined when none does.
 */
function weekdayYear(
	cal: CalendarId,
	y: number,
	m: number,
	d: number,
	w: number,
	ref: number
): number | undefined {
	const days: [number, number][] = [];
	for (const yy of [y - 1, y, y + 1]) if (!whyInvalid(cal, yy, m, d)) days.push([toDay(cal, yy, m, d), yy]);
	// (within half a year of the reference: a weekday a text got wrong moves no date by a year)
	return nearestOnWeekday(days, w, ref);
}

/**
 * The lunar Hijri day `d` of month `m` (of y-1, y, y+1) as a country's moon sighting may put it, a
 * day before or after Umm al-Qura's, where that day falls on weekday `w`, nearest the reference
 * within `WEEKDAY_REACH`; a 30th in a month Umm al-Qura gives 29 days is the day after its 29th.
 * Undefined when none does.
 */
function sightedDay(
	cal: CalendarId,
	y: number,
	m: number,
	d: number,
	w: number,
	ref: number
): number | undefined {
	const days: [number, number][] = [];
	for (const yy of [y - 1, y, y + 1]) {
		if (whyInvalid(cal, yy, m, 1)) continue;
		const last = daysInMonth(cal, yy, m);
		if (d > last + 1) continue;
		const uq = d <= last ? toDay(cal, yy, m, d) : toDay(cal, yy, m, last) + 1;
		for (const day of [uq - 1, uq, uq + 1]) days.push([day, day]);
	}
	return nearestOnWeekday(days, w, ref);
}

/**
 * Of candidate days (each with what it stands for), what the one on weekday `w` nearest the
 * reference stands for, within `WEEKDAY_REACH` (the earlier on a tie); undefined when none is.
 */
function nearestOnWeekday<T>(days: [number, T][], w: number, ref: number): T | undefined {
	let best: T | undefined;
	let dist = Infinity;
	for (const [day, x] of days) {
		if (dow(day) !== w || Math.abs(day - ref) > WEEKDAY_REACH) continue;
		const dd = Math.abs(day - ref) + (day > ref ? 0.5 : 0);
		if (dd < dist) {
			dist = dd;
			best = x;
		}
	}
	return best;
}

/**
 * A holiday's day: in the year given (a year of another calendar: the occurrence that falls in it),
 * or relative to the reference like a month without a year.
 */
function resolveHoliday(p: Parts, h: NonNullable<Parts['holiday']>, ref: number | null): Resolved {
	const { cal, month, day } = h;
	const at = (y: number): number => toDay(cal, y, month, day);
	const uncertain = cal === 'islamic-umalqura';
	if (p.year !== undefined) {
		const ycal = p.cal ?? cal;
		if (ycal === cal) {
			const d = at(p.year);
			return out(cal, [d, d], 'day', false, ref, false, uncertain);
		}
		const [a, b] = yearRange(ycal, p.year);
		const y0 = fromDay(cal, a).y;
		for (const y of [y0, y0 + 1]) {
			const d = at(y);
			if (d >= a && d <= b) return out(cal, [d, d], 'day', false, ref, false, uncertain);
		}
		return invalid(cal, 'day', `no ${cal} holiday ${month}/${day} falls in ${ycal} year ${p.year}`);
	}
	if (ref === null) return unresolved(cal, 'day');
	const y = fromDay(cal, ref).y;
	let d: number;
	if (p.yearRel !== undefined) d = at(y + p.yearRel);
	else if (p.selfRel === 0) d = at(y);
	else if (p.selfRel === 1) d = at(y) > ref ? at(y) : at(y + 1);
	else if (p.selfRel === -1) d = at(y) < ref ? at(y) : at(y - 1);
	else if (p.future) d = at(y) >= ref ? at(y) : at(y + 1);
	else d = at(y) <= ref ? at(y) : at(y - 1);
	return out(cal, [d, d], 'day', true, ref, false, uncertain);
}

/** Days a dateline may run ahead of the reference (time zones between the agency and the feed). */
const DATELINE_AHEAD = 2;

/** The latest year (y+1, y or y-1) whose day/month falls on or before the reference + DATELINE_AHEAD. */
function datelineYear(cal: CalendarId, y: number, m: number, d: number, ref: number): number {
	for (const cy of [y + 1, y, y - 1])
		if (!whyInvalid(cal, cy, m, d) && toDay(cal, cy, m, d) <= ref + DATELINE_AHEAD) return cy;
	return y - 1;
}

function yearCal(y: number, lang: Lang): CalendarId {
	if (y >= 1250 && y <= 1500) return lang === 'ar' ? 'islamic-umalqura' : 'persian';
	return 'gregorian';
}
