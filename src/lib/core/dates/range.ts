/**
 * A range ("5 to 9 August", "between 3 and 5 March", "between 2015 and 2018") is found as two
 * mentions, one per endpoint (`rangeTo`/`rangeFrom` pair them).
 * Whoever dates an event by the range as a whole (the story reader) joins them back here.
 */
import { isoToDay } from '../calendars/iso';
import type { TimeMention } from './mention';
import { valueOf } from './resolve';

/**
 * The mentions with each paired range joined into one mention spanning both endpoints (from the
 * first's start to the second's end of `text`), valued from the first day to the last: the value
 * the range had as a whole. When an endpoint is unresolved or invalid, or the last day comes before
 * the first, the joined mention keeps the value of the endpoint that says so (the first one when
 * the days are out of order), so nothing is silently dated. Order is kept; unpaired mentions pass
 * through unchanged.
 */
export function joinRanges(text: string, mentions: TimeMention[]): TimeMention[] {
	if (!mentions.some((m) => m.rangeTo !== undefined)) return mentions;
	const second = new Map<number, TimeMention>();
	for (const m of mentions) if (m.rangeFrom !== undefined) second.set(m.rangeFrom, m);
	const used = new Set<TimeMention>();
	const out: TimeMention[] = [];
	for (const a of mentions) {
		if (used.has(a)) continue;
		const b = a.rangeTo !== undefined ? second.get(a.start) : undefined;
		if (!b || b.start !== a.rangeTo) {
			out.push(a.rangeFrom !== undefined || a.rangeTo !== undefined ? unpaired(a) : a);
			continue;
		}
		used.add(b);
		out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), ...joinedValue(a, b) });
	}
	return out;
}

/** A mention without its range fields. */
function unpaired(m: TimeMention): TimeMention {
	const { rangeTo: _t, rangeFrom: _f, ...rest } = m;
	return rest;
}

/** The value of the whole range from its two endpoints (see `joinRanges`). */
function joinedValue(a: TimeMention, b: TimeMention): Omit<TimeMention, 'start' | 'end' | 'text'> {
	const { start: _s, end: _e, text: _x, rangeTo: _t, rangeFrom: _f, ...va } = a;
	const { start: _s2, end: _e2, text: _x2, rangeTo: _t2, rangeFrom: _f2, ...vb } = b;
	if (!a.earliest) return va;
	if (!b.latest) return vb;
	const s = isoToDay(a.earliest);
	const e = isoToDay(b.latest);
	if (e < s) return va;
	const uncertain = !!(a.uncertain || b.uncertain);
	// "between 2015 and 2018" is a range of years, "3 to 5 March" one of days; ends of unlike
	// precision ("between 2015 and March 2018") are only as precise as a day range says
	const precision = a.precision === b.precision ? a.precision : 'day';
	return {
		...va,
		...valueOf(a.calendar, s, e, precision, {
			relative: a.relative || b.relative,
			...(a.anchor || b.anchor ? { anchor: a.anchor ?? b.anchor } : {}),
			approximate: !!a.approximate,
			uncertain
		})
	};
}
