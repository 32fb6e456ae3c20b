/**
 * A range ("5 to 9 August", "between 3 and 5 March", "between 2015 and 2018") is one mention with
 * two ends: it spans both and is valued from the first day to the last, and `ends` holds each end as
 * a mention of its own. The finder pairs the ends while it reads (`rangeTo`/`rangeFrom`) and makes
 * each pair one mention here; `mentionEnds` gives them back as two paired mentions, the form the
 * `dates --jsonl` command writes (the scorers and the blind sets count ends).
 */
import { isoToDay } from '../calendars/iso';
import { getLexicon } from '../lexicon';
import { fold, tokenize } from '../text';
import { daysInMonth, fromDay, toDay, whyInvalid } from './calendar-adapter';
import type { TimeMention } from './mention';
import { valueOf } from './resolve';

/**
 * The mentions with each pair of range ends (`rangeTo` of the first is the second's start, and
 * `rangeFrom` of the second the first's start) made one mention with `ends`. Order is kept; a
 * mention whose partner is missing keeps no range fields.
 */
export function joinEnds(text: string, mentions: TimeMention[]): TimeMention[] {
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
		const [a2, b2] = inOrder(a, b);
		const ends: [TimeMention, TimeMention] = [unpaired(a2), unpaired(b2)];
		out.push({
			start: a.start,
			end: b.end,
			text: text.slice(a.start, b.end),
			...joinedValue(a2, ends[1]),
			ends
		});
	}
	return out;
}

/**
 * The mentions with each range given as its two ends, the first with `rangeTo` (the second's
 * start), the second with `rangeFrom` (the first's start): the form `dates --jsonl` writes.
 * @example mentionEnds(findDates('from 5 to 9 August', {lang: 'en'})).map((m) => m.text) // ['5', '9 August']
 */
export function mentionEnds(mentions: TimeMention[]): TimeMention[] {
	if (!mentions.some((m) => m.ends)) return mentions;
	const out: TimeMention[] = [];
	for (const m of mentions) {
		if (!m.ends) {
			out.push(m);
			continue;
		}
		const [a, b] = m.ends;
		out.push({ ...a, rangeTo: b.start }, { ...b, rangeFrom: a.start });
	}
	return out;
}

/**
 * The two ends of a range in order. When both were read with no year and the second lands before
 * the first, either the second moves a year later (`laterThan`) or the first a year earlier,
 * whichever puts the range nearer the day both were counted from: «تُقام … خلال الفترة من 21
 * يناير حتى 3 فبراير» said on 30 January in a future clause is 21 January – 3 February of that
 * year, not of the next; «بين كانون الأول وشباط» said in December ends in February next year.
 */
function inOrder(a: TimeMention, b: TimeMention): [TimeMention, TimeMention] {
	const later = laterThan(a, b);
	if (
		!a.relative ||
		!b.relative ||
		!a.anchor ||
		a.anchor !== b.anchor ||
		!a.earliest ||
		!a.latest ||
		!b.earliest ||
		!b.latest
	)
		return [a, later];
	const at = isoToDay(a.anchor);
	const away = (x: TimeMention, y: TimeMention) =>
		Math.max(0, isoToDay(x.earliest!) - at, at - isoToDay(y.latest!));
	// the second before the first: the second a year later, or the first a year earlier
	if (b.latest < a.earliest) {
		const earlier = a.precision === b.precision ? yearShifted(a, -1) : null;
		return earlier && away(earlier, b) < away(a, later) ? [earlier, b] : [a, later];
	}
	// a range of ends said with no year spans less than a year («من 26 يناير حتى 7 فبراير المقبل»
	// said in January: the first end is in the year of the second)
	const sooner = yearShifted(a, 1);
	if (sooner && sooner.latest! <= b.earliest) return [sooner, b];
	return [a, later];
}

/** A mention of a day or a month `n` years later in its calendar, or null. */
function yearShifted(a: TimeMention, n: number): TimeMention | null {
	if (a.precision !== 'month' && a.precision !== 'day') return null;
	const cal = a.calendar;
	const x = fromDay(cal, isoToDay(a.earliest!));
	const z = fromDay(cal, isoToDay(a.latest!));
	if (
		whyInvalid(cal, x.y + n, x.m, x.d) ||
		whyInvalid(cal, z.y + n, z.m, Math.min(z.d, daysInMonth(cal, z.y + n, z.m)))
	)
		return null;
	const s = toDay(cal, x.y + n, x.m, x.d);
	const e = toDay(cal, z.y + n, z.m, a.precision === 'month' ? daysInMonth(cal, z.y + n, z.m) : z.d);
	return movedTo(a, s, e);
}

/** Mention `a` valued from day `s` to day `e` at its own precision, still counted from its anchor. */
function movedTo(a: TimeMention, s: number, e: number): TimeMention {
	return {
		...a,
		...valueOf(a.calendar, s, e, a.precision, {
			relative: true,
			...(a.anchor ? { anchor: a.anchor } : {}),
			approximate: !!a.approximate,
			uncertain: !!a.uncertain
		})
	};
}

/**
 * The second end of a range, a year later when it was read with no year and lands before the first
 * («بين كانون الأول وشباط» told in December: February of the next year). A range runs forward.
 */
function laterThan(a: TimeMention, b: TimeMention): TimeMention {
	if (!b.relative || !a.earliest || !b.earliest || !b.latest || b.latest >= a.earliest) return b;
	// "from Saturday to Monday", «از امروز یکشنبه تا سه شنبه»: a weekday after a day counted from
	// the reference is the first such day after it, within the week
	// (a weekday said alone: "Thursday, 5 May" keeps the day it names)
	// (and after a day said in full: «من يوم الاثنين 26 يناير 2026 وحتى يوم الثلاثاء» ends the next day)
	if (
		(a.relative || a.precision === 'day') &&
		b.precision === 'day' &&
		b.earliest === b.latest &&
		!/[0-9٠-٩۰-۹]/.test(b.text)
	) {
		const d = isoToDay(b.earliest) + 7;
		if (d < isoToDay(a.earliest) || d - isoToDay(a.earliest) >= 7) return b;
		return movedTo(b, d, d);
	}
	// (a month, or a day after a first end that is not itself counted from the reference, or is a
	// day and month said without a year: "from Monday to Thursday, 5 May" keeps the Thursday its
	// weekday says, «من 21 يناير حتى 3 فبراير» said on 22 January ends on 3 February of that year)
	const dayAfterDay = b.precision === 'day' && (!a.relative || dayAndMonth(a));
	if (b.precision !== 'month' && !dayAfterDay) return b;
	const later = yearShifted(b, 1);
	return later && later.latest! >= a.earliest ? later : b;
}

/**
 * True when the mention is a day of a month (in figures or an ordinal: «21 يناير», «اول سنبله»), not a
 * weekday, whose year a weekday would fix ("Monday").
 */
function dayAndMonth(m: TimeMention): boolean {
	if (m.precision !== 'day') return false;
	const phrases = getLexicon().phrases;
	for (const t of tokenize(fold(m.text)))
		if (phrases.get(t.text)?.some((e) => e.kind === 'weekday')) return false;
	return true;
}

/** A mention without its range fields. */
function unpaired(m: TimeMention): TimeMention {
	const { rangeTo: _t, rangeFrom: _f, ends: _e, ...rest } = m;
	return rest;
}

/**
 * The value of the whole range from its two ends: from the first day to the last. When an end is
 * unresolved or invalid, or the last day comes before the first, the value of the end that says so
 * (the first one when the days are out of order), so nothing is silently dated.
 */
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
