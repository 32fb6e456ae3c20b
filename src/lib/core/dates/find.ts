/**
 * `findDates`: normalise → tokenize → look up the lexicon once per token → at each position try the
 * parsers in order and keep the longest match → resolve. Linear in the text length: every parser
 * looks at a bounded window, and the scan never moves backwards. The steps are counted in
 * `dateWork` (work.ts), which tests/unit/dates/linear.test.ts checks grows no faster than the text.
 */
import {
	fold,
	hashRange,
	normalizeInto,
	quickScan,
	tokenize,
	toOriginal,
	windowTokens,
	type Normalized,
	type QuickScan,
	type Token
} from '../text';
import { ANCHOR_REACH, getLexicon } from '../lexicon';
import type { FindDatesOptions, TimeMention } from './mention';
import {
	betweenBefore,
	clockTimeAfter,
	BIT,
	buildStream,
	rangeOpenerBefore,
	Cursor,
	GLUED_AND,
	gluedWidth,
	inList,
	lookedUp,
	PARSERS,
	parseNamedDate,
	parseNumericDate,
	parseWeekday,
	parseRankedDay,
	yearSpanAfter,
	type Match,
	type Parts
} from './parse';
import { dayAfter, resolve, valueOf, type Resolved } from './resolve';
import { fromDay, toDay, weekday as dowOf, whyInvalid } from './calendar-adapter';
import { isoToDay } from '../calendars/iso';
import { detectLang, normaliseLang } from './lang';
import { joinEnds } from './range';
import { dropNamed } from './names';
import { TenseReader } from './tense';
import { dateWork } from './work';

/** A window's offsets back to its text: `map` of its normalised text (text/normalize.ts `Normalized`). */
type Offsets = Pick<Normalized, 'map'>;

/**
 * A day told from the day before it ("the next day", «اليوم التالي») followed by its weekday and the
 * date it names («اليوم التالي الأحد الموافق الثلاثين من شهر شعبان», "the next day, Sunday, May 5"):
 * one mention with the date's value, as a weekday followed by its date is (`withFollowingDate`).
 */
function withNamedNextDay(c: Cursor, m: Match): Match {
	let k = m.end;
	if (c.isPunct(k, ',')) k++;
	c.parses++;
	const wd = parseWeekday(c, k);
	if (!wd || !bareWeekday(wd.parts)) return m;
	const dated = withFollowingDate(c, wd);
	if (dated === wd || dated.parts.day === undefined) return m;
	return { start: m.start, end: dated.end, parts: dated.parts };
}

/**
 * A bare weekday followed by the date it names ("الخميس (24 ديسمبر)", "يوم السبت الموافق
 * 26/12/2015", "Thursday - 24 December"): one mention with the date's value.
 */
function withFollowingDate(c: Cursor, m: Match): Match {
	const p = m.parts;
	if (p.anchored !== undefined && p.weekday === undefined && p.month === undefined)
		return withNamedNextDay(c, m);
	if (p.weekday === undefined || p.month !== undefined || p.deictic !== undefined || p.selfRel !== undefined)
		return m;
	let k = m.end;
	let paren = false;
	// "Thurs., May 5": the abbreviation's point
	const last = c.tok(k - 1)!;
	if (c.isPunct(k, '.') && last.text.length <= 5 && last.text.charCodeAt(0) < 128) k++;
	for (let step = 0; step < 3; step++) {
		if (c.isPunct(k, '(')) {
			paren = true;
			k++;
		} else if (c.isPunct(k, ',-:')) k++;
		else if (c.ent(k, 'equals')) k += c.len(k);
		// «روز جمعه مورخ ۱۱ اسفندماه ۱۴۰۲», «يوم الجمعة بتاريخ 1 مارس 2024», «روز جمعه به تاریخ …»
		else if (wordAt(c, k, 'dated') || wordAt(c, k, 'dateword')) k++;
		else if (wordAt(c, k, 'dated lead') && wordAt(c, k + 1, 'dateword')) k += 2;
		else break;
	}
	c.parses++;
	let next = parseNumericDate(c, k);
	if (!next) {
		c.parses++;
		next = parseNamedDate(c, k);
	}
	if (!next || next.parts.day === undefined) return m;
	let end = next.end;
	if (paren && c.isPunct(end, ')')) end++;
	return { start: m.start, end, parts: { ...next.parts, weekday: p.weekday } };
}

/** True when token k is a word of the list `name` (words.ts), as written or without a glued letter. */
function wordAt(c: Cursor, k: number, name: string): boolean {
	const t = c.tok(k);
	if (!t || t.kind !== 'word') return false;
	return inList(name, t.text) || (!!c.s.prefixed[k] && inList(name, t.text.slice(1)));
}

/**
 * A day that ends a span across months or years ("30 نوفمبر - 2 ديسمبر 2015", "from 28 December
 * 2015 to 3 January 2016", "۲۸ اسفند تا ۵ فروردین ۱۳۹۵", and after a "between" word with "and":
 * "between 28 February and 2 March 2020", "میان ۲۵ اسفند و ۵ فروردین ۱۴۰۳"): read as one match so
 * that a first day without a year takes the last day's (the year before when its month is later);
 * `splitRange` then makes it two mentions, one per endpoint.
 */
function withRangeEnd(c: Cursor, m: Match): Match {
	const p = m.parts;
	if (p.day === undefined || p.month === undefined || p.dayEnd !== undefined || p.unitRel || p.cue) return m;
	let k = m.end;
	if (c.isPunct(k, '-')) k++;
	else if (c.ent(k, 'range') || (c.ent(k, 'and') && betweenBefore(c, m.start))) k += c.len(k);
	// «بين الخامس عشر من يناير والسادس عشر من فبراير»: the «و» glued to the second day
	else if (c.s.prefixed[k] !== GLUED_AND || !betweenBefore(c, m.start)) return m;
	// "and the sixteenth of February"
	if (c.tok(k)?.text === 'the') k++;
	c.parses++;
	const next = parseNamedDate(c, k);
	if (!next) return m;
	const q = next.parts;
	// "from 1 January to late June 2016", «از اول جنوری الی اخیر جون سال ۲۰۱۶»: a month with its year
	// ends the range too, and lends the first day its year
	const monthEnd = q.day === undefined && q.month !== undefined && q.year !== undefined && !q.unitRel;
	if (
		!monthEnd &&
		(q.day === undefined || q.month === undefined || q.dayEnd !== undefined || q.cue || q.unitRel)
	)
		return m;
	// (both ways in need a month; a day is missing only when the month has its year)
	if (q.cal !== p.cal || q.month === undefined) return m;
	const first: Parts = { ...p };
	if (first.year === undefined && q.year !== undefined) {
		first.year = p.month > q.month ? q.year - 1 : q.year;
		if (q.era) first.era = q.era;
	} else if (first.year === undefined && q.year === undefined) {
		// "between March 3 and March 5", "from 3 May to 9 May": a range of days in one month, resolved
		// as a whole so that both ends fall in the same month and year
		if (p.month === q.month) {
			if (
				q.day === undefined ||
				q.day <= p.day ||
				q.weekday !== undefined ||
				q.selfRel !== undefined ||
				p.selfRel !== undefined
			)
				return m;
			if (q.yearRel !== p.yearRel) return m;
			return {
				start: m.start,
				end: next.end,
				parts: { ...p, dayEnd: q.day, rangeAt: { firstEnd: m.end, secondStart: next.start } }
			};
		}
	} else if (q.year === undefined) return m;
	return {
		start: m.start,
		end: next.end,
		parts: { ...first, until: q, rangeAt: { firstEnd: m.end, secondStart: next.start } }
	};
}

/**
 * A bare weekday followed by a day and month in figures without a year ("الثلاثاء 15/12",
 * "سه‌شنبه ۲۴/۹", "Tuesday 12/15"): one mention of that day, the latest on or before the
 * reference. Such a pair alone could be a fraction, a score or an article number, so it is read
 * only after a weekday, and only when the weekday confirms it (which also picks the English
 * month-first order). Unchanged without a reference or a confirming reading. (A score after a
 * weekday that happens to name a day of that weekday, one time in seven, is still misread.)
 */
function withDayMonthFigures(c: Cursor, m: Match, lang: 'ar' | 'fa' | 'en', ref: number | null): Match {
	if (ref === null || !bareWeekday(m.parts)) return m;
	let k = m.end;
	if (c.isPunct(k, ',-')) k++;
	const a = c.tok(k);
	const sep = c.tok(k + 1);
	const b = c.tok(k + 2);
	if (!a || !sep || !b || a.kind !== 'num' || b.kind !== 'num' || a.text.length > 2 || b.text.length > 2)
		return m;
	if (sep.kind !== 'punct' || (sep.text !== '/' && sep.text !== '-' && sep.text !== '.')) return m;
	if (b.space === false && sep.space) return m;
	// a third part makes it a full date, read elsewhere; "15/12:30" or "15/12.5" are not dates
	const after = c.tok(k + 3);
	if (after && after.kind === 'punct' && !after.space && '/-.:,'.includes(after.text) && c.isNum(k + 4))
		return m;
	const cal = lang === 'fa' ? 'persian' : 'gregorian';
	const orders =
		lang === 'en'
			? [
					[a.value, b.value],
					[b.value, a.value]
				]
			: [[a.value, b.value]];
	for (const [day, month] of orders) {
		if (month < 1 || month > 12 || day < 1 || day > 31) continue;
		const parts: Parts = { cal, day, month };
		// the latest such day on or before the reference, or the next one («الخميس 16/5» said on
		// Wednesday 15 May is the next day): the one the weekday names
		for (const q of [parts, inFuture(parts)]) {
			const v = resolve(q, lang, ref);
			const d = v.earliest ? isoToDay(v.earliest) : NaN;
			if (!Number.isNaN(d) && v.earliest === v.latest && dowOf(d) === m.parts.weekday)
				return { start: m.start, end: k + 3, parts: { ...q, weekday: m.parts.weekday } };
		}
	}
	return m;
}

/**
 * A range of days ("10 إلى 14 نيسان", "۲۵ اسفند تا ۱۳ فروردین", "5 to 9 August") is two mentions,
 * one per endpoint, as the blind sets annotate it and as "بين 3 و5 آذار" already was: the first
 * endpoint keeps the month and year it took from the second, and the connective is in neither.
 * Returns the two endpoints' token spans and values, each naming the other (`rangeTo`/`rangeFrom`
 * are filled in by the caller once offsets are known), or null when the match is no such range.
 * A range inside one month is resolved as a whole first, so both ends fall in the same month and
 * year even when that is relative ("5 to 9 August" said on 7 August 2019 is 5–9 August 2019, not
 * 9 August 2018).
 */
function splitRange(
	m: Match,
	lang: 'ar' | 'fa' | 'en',
	ref: number | null
): [[number, number, Resolved, Parts], [number, number, Resolved, Parts]] | null {
	const p = m.parts;
	const at = p.rangeAt;
	if (!at || p.monthWeek) return null;
	const rest: Parts = { ...p, rangeAt: undefined };
	if (p.until) {
		const pa: Parts = { ...rest, until: undefined };
		return [
			[m.start, at.firstEnd, resolve(pa, lang, ref), pa],
			[at.secondStart, m.end, resolve(p.until, lang, ref), p.until]
		];
	}
	if (p.dayEnd === undefined || p.day === undefined || p.dayEnd <= p.day) return null;
	const whole = resolve(rest, lang, ref);
	const pa: Parts = { ...rest, dayEnd: undefined };
	const pb: Parts = { ...rest, day: p.dayEnd, dayEnd: undefined, weekday: undefined };
	const first = resolve(pa, lang, ref);
	const second = resolve(pb, lang, ref);
	if (whole.earliest !== null && whole.latest !== null && whole.precision === 'day') {
		// the ends of the whole range, so that both ends share its month and year
		return [
			[m.start, at.firstEnd, onDay(first.earliest !== null ? first : whole, whole.earliest), pa],
			[at.secondStart, m.end, onDay(second.earliest !== null ? second : whole, whole.latest), pb]
		];
	}
	return [
		[m.start, at.firstEnd, first, pa],
		[at.secondStart, m.end, second, pb]
	];
}

/**
 * With no reference day, the parts of a range's end said as a day and month with no year, which a
 * year told before it in its sentence may give its year (`toldYear`: "In 2016 the session ran from
 * February 23 to March 16"); null for an end that has its value or says no day of a month.
 */
function endYearless(ref: number | null, v: Resolved, p: Parts): Parts | null {
	if (ref !== null || v.earliest !== null || !directionless(p)) return null;
	if (p.month === undefined || p.day === undefined || p.holiday) return null;
	return p;
}

/** A value moved to one ISO day, keeping its other fields. */
function onDay(v: Resolved, day: string): Resolved {
	const d = isoToDay(day);
	return { ...v, ...valueOf(v.calendar, d, d, v.precision, v) };
}

/**
 * Offsets in the original text of tokens [s, e): a glued conjunction or preposition on the first
 * token ("وسبتمبر", "بتاريخ") is not part of the date.
 */
function originalSpan(
	norm: Offsets,
	toks: Token[],
	prefixed: ArrayLike<number>,
	s: number,
	e: number
): [number, number] {
	return toOriginal(norm, toks[s].start + gluedWidth(prefixed, s), toks[e - 1].end);
}

/**
 * A date whose direction from the reference is not said: a day, month, weekday, season or holiday
 * without a year and without "last/next/this" (an agency dateline has its own rule).
 */
function directionless(p: Parts): boolean {
	if (p.year !== undefined || p.yearRel !== undefined || p.selfRel !== undefined) return false;
	if (p.dateline || p.unitRel || p.deictic !== undefined) return false;
	return p.month !== undefined || p.weekday !== undefined || p.season !== undefined || !!p.holiday;
}

/**
 * A date without a year that the words right before it, with nothing between, make part of a name:
 * a place, institution or firm word («شارع 26 يوليو», «سوق الجمعة», «خیابان ۱۵ خرداد», «رستوران
 * آذر»); a word whose object is a camp or a cause, never a time («علیه دوم خرداد», «منتسب به دوم
 * خرداد», «ضد 14 آذار»); the crescent that opens a month, a moon and no time («هلال شهر شوال»); or,
 * before a day that names a camp (lexicon/day-names.ts), a noun of its followers («اصلاح‌طلبان دوم
 * خرداد», «أنصار 14 آذار»; «اصلاح‌طلبان ۱۵ مهر» is a day).
 */
function namedPlace(c: Cursor, m: Match): boolean {
	const p = m.parts;
	// («این سازمان دوشنبه گذشته»: "last" makes it a day, whatever stands before it)
	if (p.year !== undefined || p.named || p.unitRel || p.deictic !== undefined || p.selfRel !== undefined)
		return false;
	const t = c.s.toks[m.start];
	if (!t.space || m.start === 0) return false;
	let partisan = false;
	for (let b = Math.max(0, m.start - 3); b < m.start; b++) {
		if (!c.s.lens[b] || b + c.s.lens[b] !== m.start) continue;
		if (c.ent(b, 'place') || c.ent(b, 'stance') || c.ent(b, 'moon')) return true;
		if (c.ent(b, 'partisan')) partisan = true;
	}
	return partisan && namesCamp(c, m);
}

/** True when the match is exactly a day of lexicon/day-names.ts («دوم خرداد», «14 آذار») in its language. */
function namesCamp(c: Cursor, m: Match): boolean {
	const toks = c.s.toks;
	let key = lookedUp(c.s, m.start);
	for (let k = m.start + 1; k < m.end; k++) key += ' ' + toks[k].text;
	const e = getLexicon().dayNames.get(key);
	return !!e && (!e.lang || e.lang === c.s.lang);
}

/** Parts said in a future clause (the end of a span too). */
function inFuture(p: Parts): Parts {
	return { ...p, future: true, ...(p.until ? { until: { ...p.until, future: true } } : {}) };
}

/**
 * A range of days said with no year and no direction («از ۱۴ تا ۲۲ اسفند», «من 14 إلى 22 مارس», "from
 * March 14 to 22", "28 December to 3 January"): as a day and month with no year, it is the one to come
 * when it starts a few days after the reference (`SOON_AFTER`), unless a past tells it happened.
 */
function yearlessRange(p: Parts): boolean {
	if (p.day === undefined || p.month === undefined || p.weekday !== undefined || p.holiday) return false;
	if (p.dayEnd !== undefined) return true;
	const q = p.until;
	return !!q && q.year === undefined && q.yearRel === undefined && q.selfRel === undefined && !q.unitRel;
}

/** A weekday said on its own: no date, no "last/next", no relative week around it. */
function bareWeekday(p: Parts): boolean {
	return (
		p.weekday !== undefined &&
		p.day === undefined &&
		p.month === undefined &&
		p.year === undefined &&
		p.deictic === undefined &&
		p.selfRel === undefined &&
		!p.unitRel
	);
}

/**
 * "من الأحد إلى الخميس", "Monday to Friday", "شنبه تا چهارشنبه": two bare weekdays joined by
 * "to"/"-" name a weekly schedule (opening hours, a working week), not particular days, so
 * neither is a date. Two days in a row are not a schedule but a night ("ليل السبت-الأحد").
 * Returns the token index after the second weekday, or null.
 */
function weekdaySpanEnd(c: Cursor, m: Match): number | null {
	if (!bareWeekday(m.parts)) return null;
	let k = m.end;
	if (c.isPunct(k, '-')) k++;
	else if (c.ent(k, 'range')) k += c.len(k);
	else return null;
	c.parses++;
	const next = parseWeekday(c, k);
	if (!next || !bareWeekday(next.parts)) return null;
	// "ليل السبت-الأحد", "ليلة الخميس إلى الجمعة": two days in a row are one night, real days
	if (next.parts.weekday === (m.parts.weekday! + 1) % 7) return null;
	// "Monday to Friday, 24 December": the second day names its date, so it is a real span
	if (withFollowingDate(c, next) !== next) return null;
	return next.end;
}

/**
 * «عدا الخميس والجمعة», «به جز جمعه», "except Saturday and Sunday": bare weekdays after an `except`
 * word are left out of a weekly schedule («طوال أيام الأسبوع عدا الخميس»), no particular days.
 * So are bare weekdays after the plural "days" (`habit days`: «روزهای پنجشنبه و جمعه», «أيام الخميس
 * والجمعة»): every such day, a habit, unless one of them is told as a particular day («روزهای شنبه و
 * یکشنبه گذشته»), or (see the caller) the days say their dates or the clause is future.
 * Returns the token index after the last of them (joined by "و"/"and"/","), or null.
 */
function exceptedWeekdaysEnd(c: Cursor, m: Match): number | null {
	if (!bareWeekday(m.parts) || m.start === 0) return null;
	let except = false;
	for (let b = Math.max(0, m.start - 2); b < m.start && !except; b++)
		except = !!c.s.lens[b] && b + c.s.lens[b] === m.start && !!c.ent(b, 'except');
	const days = !except && daysBefore(c, m);
	if (!except && !days) return null;
	let end = m.end;
	for (;;) {
		let k = end;
		if (c.s.prefixed[k] === GLUED_AND) {
			// «والجمعة»: the weekday is read without its «و»
		} else if (c.isPunct(k, ',') || c.ent(k, 'and')) k += c.len(k) || 1;
		else return end;
		c.parses++;
		const next = parseWeekday(c, k);
		if (next && !bareWeekday(next.parts) && days) return null;
		if (!next || !bareWeekday(next.parts)) return end;
		end = next.end;
	}
}

/**
 * A month name alone opening a line before a colon («رجب: شاهراه سالنگ مسدود شده است»): a speaker's
 * or a reporter's name (رجب، شعبان، رمضان، بهمن are given names), no month.
 */
function speakerName(c: Cursor, m: Match): boolean {
	const p = m.parts;
	if (p.month === undefined || m.end - m.start !== 1 || !c.isPunct(m.end, ':')) return false;
	if (p.day !== undefined || p.year !== undefined || p.yearRel !== undefined || p.selfRel !== undefined)
		return false;
	return m.start === 0 || c.tok(m.start - 1)!.kind === 'nl';
}

/**
 * True when the plural "days" (`habit days`: «روزهای», «أيام») comes right before the match, or a
 * word of weekly recurrence (`habit weekly`) right before it or before the word for its day or days:
 * «عطلة البنوك الأسبوعية يومي الجمعة والسبت», «تعطیلی هفتگی روز جمعه», "the weekly Friday prayers".
 */
function daysBefore(c: Cursor, m: Match): boolean {
	if (m.start === 0) return false;
	// the days may be quoted after their noun («وتشمل أيام «الجمعة والسبت والأحد»»)
	const quoted = m.start >= 2 && c.isPunct(m.start - 1, '«"“');
	const before = c.tok(m.start - (quoted ? 2 : 1))!.text;
	if (inList('habit days', before) || inList('habit weekly', before)) return true;
	// the match may begin with its «يوم» / «روز» already
	let k = m.start;
	const dw = c.ent(k, 'unit');
	if (dw && dw.tag === 'day' && dw.n === 1) k += c.len(k);
	if (k >= 1 && k > m.start && inList('habit weekly', c.tok(k - 2)?.text ?? '')) return true;
	return m.start >= 2 && inList('habit daysof', before) && inList('habit weekly', c.tok(m.start - 2)!.text);
}

/**
 * A season or month said without a year after "every year" («هر سال تابستان», «هر ساله در
 * تابستان», «سالانه در بهار», «كل عام في الصيف», "every year in spring"): a habit, no particular one.
 * A `habit year` word or a `habit every` word and the year unit end right before it, "in" (`inyear`)
 * between them allowed.
 */
function yearlyHabit(c: Cursor, m: Match): boolean {
	const p = m.parts;
	if (p.season === undefined && p.month === undefined) return false;
	if (p.day !== undefined || p.year !== undefined || p.yearRel !== undefined || p.selfRel !== undefined)
		return false;
	let k = m.start - 1;
	if (k >= 0 && inList('inyear', c.tok(k)!.text)) k--;
	if (k < 0) return false;
	const t = c.tok(k)!.text;
	if (inList('habit year', t)) return true;
	// («هر ساله»: the year unit with the ending «ه»)
	const year = c.ent(k, 'unit')?.tag === 'year' || t === 'ساله';
	return year && k > 0 && inList('habit every', c.tok(k - 1)!.text);
}

/** Words looked back over from a bare weekend for a verb of coinciding (`coincidingWeekend`). */
const COINCIDE_REACH = 5;

/**
 * A weekend said bare after a verb of coinciding in its clause («يصادفان عطلة نهاية الأسبوع»,
 * «تزامن نهاية الشهر مع عطلة نهاية الأسبوع», "falls on a weekend", «مصادف با تعطیلات آخر هفته»: words.ts
 * `coincide`): a kind of day, no particular weekend counted from the reference.
 */
function coincidingWeekend(c: Cursor, m: Match): boolean {
	if (!m.parts.bareWeekend) return false;
	for (let k = m.start - 1; k >= 0 && k >= m.start - COINCIDE_REACH; k--) {
		const t = c.tok(k)!;
		if (t.kind !== 'word') return false;
		if (inList('coincide', t.text) || (c.s.prefixed[k] && inList('coincide', t.text.slice(1)))) return true;
	}
	return false;
}

/**
 * A decade said of a person's age, not of the calendar: after "in" and a possessive ("in our
 * eighties", "in his early seventies": `age before`), or before a word of lifetime, «من» allowed
 * between («في الثمانينيات من عمره», «السبعينيات من العمر», «دهه هشتاد زندگی»: `age after`).
 * "the eighties", «الثمانينيات من القرن الماضي», "their 80s hits" stay decades.
 */
function decadeOfAge(c: Cursor, m: Match): boolean {
	const p = m.parts;
	if (p.decade === undefined && p.decadeOf === undefined) return false;
	let k = m.end;
	if (c.ent(k, 'of')) k += c.len(k);
	if (inList('age after', c.tok(k)?.text ?? '')) return true;
	const b = m.start - 1;
	return b >= 1 && inList('age before', c.tok(b)!.text) && c.ent(b - 1, 'prep')?.kind === 'prep';
}

/** The spellings of "before Christ" (words.ts `bc`), each as its folded tokens; made once. */
let bcSpellings: { spellings: string[][]; firsts: Set<string> } | null = null;

/**
 * True when a year, decade or century is followed by "before Christ" ("the 15th century B.C.", "500
 * BCE", «القرن الخامس عشر قبل الميلاد», «ق.م», «پیش از میلاد»: words.ts `bc`): no day of the calendars
 * read here, so no date (the lunar Hijri «ق.» of «ق.م» included).
 */
function beforeChrist(c: Cursor, m: Match): boolean {
	const p = m.parts;
	if (p.year === undefined && p.century === undefined && p.decade === undefined && p.decadeOf === undefined)
		return false;
	if (!bcSpellings) {
		const spellings = [...(getLexicon().lists.get('bc') ?? [])].map((s) => s.split(' ').map((w) => fold(w)));
		bcSpellings = { spellings, firsts: new Set(spellings.map((sp) => sp[0])) };
	}
	const { spellings, firsts } = bcSpellings;
	// «ق.» read as the lunar era: "before Christ" starts there
	for (let k = p.era && m.end - m.start >= 3 ? m.end - 2 : m.end; k <= m.end; k++) {
		const t = c.tok(k);
		if (!t || !firsts.has(t.text)) continue;
		for (const sp of spellings) if (sp.every((w, j) => c.tok(k + j)?.text === w)) return true;
	}
	return false;
}

/** Words looked back over from a decade for a word of temperature (`decadeOfDegrees`). */
const DEGREES_REACH = 10;

/**
 * A decade said without its century after a word of temperature in its sentence ("daytime highs
 * climbing back into the 40s and 50s", "lows will be in the upper 20s", "temperatures in the
 * nineties": words.ts `degrees`): a reading in degrees, no decade. "the 1990s" stays one. The
 * sentence is read on the whole text (`TenseReader.listWordBefore`), past the window.
 */
function decadeOfDegrees(
	c: Cursor,
	norm: Offsets,
	toks: Token[],
	tense: TenseReader,
	offset: number,
	m: Match
): boolean {
	const p = m.parts;
	if (p.decade === undefined && p.decadeOf === undefined) return false;
	for (let j = m.start; j < m.end; j++)
		if (c.tok(j)!.kind === 'num' && c.tok(j)!.text.length > 2) return false;
	if (p.century !== undefined && p.decadeOf === undefined) return false;
	const [s0] = toOriginal(norm, toks[m.start].start, toks[m.end - 1].end);
	return tense.listWordBefore(s0 + offset, 'degrees', DEGREES_REACH);
}

/**
 * Token index of a bare day number after "and"/"و" that follows a month-first day ("on Nov. 12 and
 * 17", "May 5 and 6"), or null. It shares the first day's month and year, so it must be a later day,
 * stand alone (no month, no year, no counted noun, no time after it) and the first must name no
 * weekday or span. The mirror of `elidedDay` (day-first: "5 and 6 January").
 */
function trailingDay(c: Cursor, m: Match): number | null {
	const p = m.parts;
	if (p.day === undefined || p.month === undefined || p.dayEnd !== undefined || p.weekday !== undefined)
		return null;
	if (p.cue || p.unitRel || p.until || p.year !== undefined) return null;
	if (c.tok(m.start)?.kind === 'num' || c.tok(m.end - 1)?.kind !== 'num') return null;
	if (!c.ent(m.end, 'and')) return null;
	const k = m.end + c.len(m.end);
	const d = c.tok(k);
	if (!d || d.kind !== 'num' || d.text.length > 2 || d.value <= p.day || d.value > 31) return null;
	if (c.numberContinues(k) || c.isPunct(k + 1, ':/-') || c.ent(k + 1, 'count')) return null;
	const after = c.s.masks[k + 1] ?? 0;
	if (after & (BIT.month | BIT.num | BIT.unit)) return null;
	if (c.isPunct(k + 1, ',') && c.isNum(k + 2)) return null;
	// the clause goes on after it as after a date ("in Tehran", ".", ","), not as after a count
	// ("and 6 people", "and 12 of them")
	const next = c.tok(k + 1);
	if (!next || next.kind === 'nl' || (next.kind === 'punct' && '.,;)'.includes(next.text))) return k;
	return c.ent(k + 1, 'prep') && !c.ent(k + 1, 'of') ? k : null;
}

/**
 * The tokens [start, end) and day of a bare day right before "و"/"and"/"," and a day-month date
 * (in figures, or an ordinal word before an ordinal one), or null.
 */
function elidedDay(c: Cursor, m: Match, lastEnd: number): { start: number; end: number; day: number } | null {
	const p = m.parts;
	if (p.day === undefined || p.month === undefined || p.dayEnd !== undefined || p.weekday !== undefined)
		return null;
	const first = c.tok(m.start);
	if (!first) return null;
	// days written as ordinal words, «چهاردهم و پانزدهم جوزا», «الخامس والسادس من يناير» (the «و» glued)
	if (first.kind === 'word' && c.ent(m.start, 'ordinal')) {
		const glued = c.s.prefixed[m.start] === GLUED_AND;
		const to = glued ? m.start : m.start - 1;
		if (!glued && !(c.isPunct(to, ',') || c.ent(to, 'and'))) return null;
		for (let b = Math.max(lastEnd, to - 4); b < to; b++) {
			if (!c.s.lens[b] || b + c.s.lens[b] !== to) continue;
			const e = c.ent(b, 'ordinal');
			if (e && e.n >= 1 && e.n < p.day) return { start: b, end: to, day: e.n };
		}
		return null;
	}
	const sep = c.tok(m.start - 1);
	if (!sep || !(sep.text === ',' || c.ent(m.start - 1, 'and'))) return null;
	if (first.kind !== 'num') return null; // day-first order only
	const k = m.start - 2;
	if (k < lastEnd) return null;
	const d = c.tok(k);
	if (!d || d.kind !== 'num' || d.text.length > 2 || d.value < 1 || d.value > 31 || d.value >= p.day)
		return null;
	if (c.numberContinuedBefore(k)) return null;
	return { start: k, end: k + 1, day: d.value };
}

/** The most days a list before a day-month date may hold ("1, 3, 5, 7 and 9 June"). */
const MAX_LISTED = 6;

/**
 * `elidedDay` and, before it, each earlier day of a list of days in figures that share the month
 * named last ("21, 23 and 25 June", «21 و23 و25 يونيو», «۲۱، ۲۳ و ۲۵ خرداد»), in text order. Each
 * listed day is smaller than the one after it, alone between a comma or "and" and the next: a count
 * before the list ("3, 21 and 25 June": 3 is no smaller day of it, so it stops there) is left out.
 */
function elidedDays(c: Cursor, m: Match, lastEnd: number): { start: number; end: number; day: number }[] {
	const first = elidedDay(c, m, lastEnd);
	if (!first) return [];
	const days = [first];
	if (c.tok(m.start)?.kind !== 'num') return days;
	for (let k = first.start; days.length < MAX_LISTED;) {
		const sep = c.tok(k - 1);
		if (!sep || !(sep.text === ',' || c.ent(k - 1, 'and'))) break;
		const j = k - 2;
		if (j < lastEnd) break;
		const d = c.tok(j);
		if (!d || d.kind !== 'num' || d.text.length > 2 || d.value < 1 || d.value >= days[0].day) break;
		if (c.numberContinuedBefore(j)) break;
		days.unshift({ start: j, end: j + 1, day: d.value });
		k = j;
	}
	return days;
}

/**
 * The token index where a second date must start for `m` to be the first endpoint of a range
 * opened by "between … and" or "from … to" (or either with a range word): "between 2015 and 2018",
 * "بين عامي 2014 و2016", "بین سال‌های ۱۳۹۰ تا ۱۳۹۵", "بين مارس وأبريل 2020" (the "و" glued to the
 * second date), "from 1980 to 1988", "من عام 2014 إلى 2016", "از ۱۳۹۰ تا ۱۳۹۵". -1 when no such
 * word comes before `m` or no connective after it. Ranges of days are joined by the parsers already.
 */
function rangeSecondAt(c: Cursor, m: Match): number {
	if (m.parts.rangeAt) return -1;
	const opener = rangeOpenerBefore(c, m.start);
	if (!opener) return -1;
	const k = m.end;
	// a time of day may stand before the second date ("until midnight Friday", «وحتى الساعة 4 فجر يوم
	// الثلاثاء»)
	if (c.ent(k, 'range')) return clockTimeAfter(c, k + c.len(k));
	if (opener !== 'between') return -1;
	if (c.s.prefixed[k] === GLUED_AND) return k;
	if (c.ent(k, 'and')) return k + c.len(k);
	return -1;
}

/**
 * A year said on its own, nothing else about it ("1980", "عام 2014", "سال ۱۳۹۰", "1437 هـ"): what
 * a span of years written with a hyphen pairs.
 */
function yearOnly(p: Parts): boolean {
	if (p.year === undefined) return false;
	for (const k in p)
		if (p[k as keyof Parts] !== undefined && k !== 'year' && k !== 'cal' && k !== 'era') return false;
	return true;
}

/**
 * The second year of a span of years written with a hyphen or a dash right after the year `m`
 * ("the 1980-1988 war", "the 1980–88 war", "حرب 1980 - 1988", "جنگ ۱۳۵۹-۱۳۶۷"): its token index and
 * year, later than the first and within a century of it (see `yearSpanAfter`), or null.
 */
function yearSpanSecond(c: Cursor, m: Match): { at: number; year: number } | null {
	if (!yearOnly(m.parts) || m.parts.era) return null;
	return yearSpanAfter(c, m.end - 1, 100);
}

/** A month named without a year and nothing relative about it ("مارس" in "مارس وأبريل 2020"). */
function bareMonth(p: Parts): boolean {
	return (
		p.month !== undefined &&
		p.day === undefined &&
		p.year === undefined &&
		p.yearRel === undefined &&
		p.selfRel === undefined &&
		p.weekday === undefined &&
		!p.unitRel
	);
}

/**
 * "مارس وأبريل 2020", "فروردین و اردیبهشت ۱۳۹۹", "March and April 2020", "from March to May 2020":
 * the bare month `prev` right before "و"/"and"/","/a range word/"or"/"/" and the month-and-year `m` of the
 * same calendar shares its year (the year before when it is the later month: "December and January
 * 2016"). Null when not so.
 */
function elidedMonthYear(c: Cursor, prev: Match | null, m: Match): Parts | null {
	const q = m.parts;
	if (!prev || !bareMonth(prev.parts) || q.month === undefined || q.day !== undefined) return null;
	if (q.year === undefined || q.cal !== prev.parts.cal) return null;
	const glued = prev.end === m.start && c.s.prefixed[m.start] === GLUED_AND;
	const sep = c.tok(m.start - 1);
	// (and "or", "/": "February or March 2014", "November/December 2014", «فبراير أو مارس 2014»)
	const joined =
		prev.end === m.start - 1 &&
		!!sep &&
		(sep.text === ',' ||
			sep.text === '/' ||
			!!c.ent(m.start - 1, 'and') ||
			!!c.ent(m.start - 1, 'range') ||
			(sep.kind === 'word' && inList('or', sep.text)));
	if (!glued && !joined) return null;
	const year = prev.parts.month! > q.month ? q.year - 1 : q.year;
	return { ...prev.parts, year, ...(q.era ? { era: q.era } : {}) };
}

/** True when the match is the only word content of a bulleted line (menus: "- اليوم", "- الأسبوع"). */
function aloneOnLine(toks: Token[], m: Match): boolean {
	let bullet = false;
	let k = m.start - 1;
	for (; k >= 0 && toks[k].kind !== 'nl'; k--) {
		if (toks[k].kind !== 'punct') break;
		bullet = true;
	}
	dateWork.lineSteps += m.start - k;
	if (k >= 0 && toks[k].kind !== 'nl') return false;
	if (!bullet) return false;
	for (k = m.end; k < toks.length && toks[k].kind !== 'nl'; k++) if (toks[k].kind !== 'punct') break;
	dateWork.lineSteps += k - m.end + 1;
	return k >= toks.length || toks[k].kind === 'nl';
}

/**
 * "Today" closing a one-word name that stands apart as a site's name does: the name of a site or a
 * paper such as «روسيا اليوم», not the day. It stands apart
 * - at the head of a line before a spaced dash, as a dateline opens («بغداد اليوم - بغداد»);
 * - at the end of a line after a dash, as a dateline closes («دمشق-لبنان اليوم»);
 * - at the head of a line before a colon, as the source of what follows («وطنا اليوم: كشفت»,
 *   «ایران امروز: …», "Egypt Today: …"; a weekday before it is a day: «الأحد اليوم:»);
 * - alone in brackets or quotes that no verb of saying opens («الجريدة الرسمية (الكويت اليوم)»,
 *   «وتابعته "بغداد اليوم"»): a speaker's words are a day («وقال "سنعود اليوم"», «قال: "نصل اليوم"»).
 */
function todayInName(c: Cursor, m: Match): boolean {
	const toks = c.s.toks;
	if (m.end - m.start !== 1 || m.start < 1 || toks[m.start - 1].kind !== 'word') return false;
	const before = toks[m.start - 2];
	const after = toks[m.end];
	if ((!before || before.kind === 'nl') && isDash(after) && after.space) return true;
	// «وطنا اليوم: كشفت …», "Egypt Today: …": a site's name opening its line as the source of what follows
	if (
		(!before || before.kind === 'nl') &&
		after?.kind === 'punct' &&
		after.text === ':' &&
		!c.ent(m.start - 1, 'weekday')
	)
		return true;
	if (isDash(before) && (!after || after.kind === 'nl')) return true;
	if (!before || !after || !ENCLOSED[before.text] || ENCLOSED[before.text] !== after.text) return false;
	const opener = c.tok(m.start - 3);
	if (!opener || opener.kind !== 'word') return opener?.kind === 'nl' || !opener;
	return c.ent(m.start - 3, 'tense')?.tag !== 'past' && !c.ent(m.start - 1, 'tense');
}

/**
 * «اليوم» after the «في» of a rate after an amount: "per day", not today («بمقدار مليوني برميل في
 * اليوم», «200 شخص في اليوم»; words.ts `rate`). The amount is a figure or a `count` word (or a phrase of
 * one) ending right before «في». Only Arabic says "the day" and "today" alike: Persian «در روز» and
 * English "per day" are never a day.
 */
function perDay(c: Cursor, m: Match): boolean {
	if (m.end - m.start !== 1 || m.start < 2) return false;
	const rate = c.tok(m.start - 1);
	if (!rate || rate.kind !== 'word' || !inList('rate', rate.text)) return false;
	const k = m.start - 2;
	if (c.tok(k)?.kind === 'num') return true;
	for (let b = Math.max(0, k - 2); b <= k; b++)
		if (c.s.lens[b] && b + c.s.lens[b] === k + 1 && c.ent(b, 'count')) return true;
	return false;
}

/**
 * True when token k is "today" (a deictic of day 0) and a weekday in brackets follows it at once
 * («امروز (دوشنبه)», «اليوم (الاثنين)», "today (Monday)").
 */
function todayBeforeWeekday(c: Cursor, k: number): boolean {
	return c.ent(k, 'deictic')?.n === 0 && c.isPunct(k + 1, '(') && !!c.ent(k + 2, 'weekday');
}

/** Dashes that set a dateline's parts apart. */
const DASHES = '-–—';

/** True when t is a dash (`DASHES`). */
function isDash(t: Token | undefined): t is Token {
	return !!t && t.kind === 'punct' && DASHES.includes(t.text);
}

/** Marks that enclose a name, each with its closing mark (quotes are folded to '"'). */
const ENCLOSED: Record<string, string> = { '(': ')', '"': '"' };

/**
 * Every date expression in a text, in order, with offsets into the ORIGINAL text (UTF-16, end
 * exclusive). Relative expressions resolve against `opts.ref` (ISO day); without it they come back
 * with `unresolved` set. Dates that do not exist come back with `invalid` set. A range is one
 * mention with its two `ends` (`mentionEnds` gives the ends, as `dates --jsonl` writes them).
 * Never throws on text.
 * @example findDates('۱۸ دی ۱۳۹۴', {lang: 'fa'})[0].earliest === '2016-01-08'
 */
export function findDates(text: string, opts: FindDatesOptions = {}): TimeMention[] {
	if (!text) return [];
	const lang = normaliseLang(opts.lang) ?? detectLang(text);
	const refDay = opts.ref ? isoToDay(opts.ref) : NaN;
	const ref = Number.isNaN(refDay) ? null : refDay;
	const out: TimeMention[] = [];
	const lex = getLexicon();
	const q = quickScan(text, lex.anchorHashes[lang]);
	dateWork.scanChars += text.length;
	dateWork.scanTokens += q.n;
	let anchors = 0;
	const tense = new TenseReader(text, q, lang);
	// Only numbers and words that can start a date matter: look closer only at runs of tokens around
	// them (a few tokens back for prepositions, enough forward to finish any pattern).
	// (no closures on this path: tsx wraps every function created per call, which costs more than the work)
	let w0 = -1;
	let w1 = -1;
	const capsOnly = lex.capsOnlyAnchors;
	// (the runs before the span that a date in it is read against — a weekday it repeats, a year or a
	// day it follows — are read too: `WITHIN_BACK` characters before it)
	const span = opts.within
		? { start: Math.max(0, opts.within.start - WITHIN_BACK), end: opts.within.end }
		: null;
	for (let k = 0; k < q.n; k++) {
		if (!q.cand[k]) continue;
		// a figure that starts no date: an amount ("$1.5", "15%"), or the second part of "1.5" or "1,000"
		if (q.kinds[k] === 0 && !startsDate(text, q, k)) continue;
		// "may", "march", "sun" in lower case are no month or weekday: no window for them
		if (
			q.kinds[k] === 1 &&
			lowerLatin(text, q.starts[k]) &&
			capsOnly.has(hashRange(fold(text.slice(q.starts[k], q.ends[k])), 0, q.ends[k] - q.starts[k]))
		)
			continue;
		anchors++;
		let a = Math.max(0, k - BACK);
		// never open a window inside a figure ("2.12 - 3": from "2", so that "12" is seen to continue it)
		for (let g = 0; g < GLUED_BACK && a > 0 && q.starts[a] === q.ends[a - 1]; g++) a--;
		const b = Math.min(q.n, k + AHEAD);
		if (w0 >= 0 && a <= w1) w1 = Math.max(w1, b);
		else {
			if (w0 >= 0 && reaches(q, w0, w1, span)) findInRun(text, q, w0, w1, lang, ref, tense, out);
			w0 = a;
			w1 = b;
		}
	}
	if (w0 >= 0 && reaches(q, w0, w1, span)) findInRun(text, q, w0, w1, lang, ref, tense, out);
	dateWork.anchors += anchors;
	dateWork.mentions += out.length;
	// the ends of each range were paired as they were read; a range is one mention with two ends
	// a date inside a title, a list of named places or before an English name noun is part of the name
	// "the next day" counts from the day told before it
	// a day and month with no year after a full date in the same sentence take its year
	// a weekday said alone after a day to come on that weekday is that day
	// a holiday said beside the day it falls on names that day's occasion
	return occasions(
		text,
		sameWeekday(
			text,
			restated(text, followDays(text, dropNamed(text, joinEnds(text, toldYear(text, out, lang)), lang)))
		)
	);
}

/**
 * True when the date in tokens [a, b) stands as an item of a schedule or a headline: a colon right
 * after it ("- March 20: launch", «۲۲ دی تا ۱۱ بهمن: بررسی»), or a colon or semicolon right before it
 * («وزير الصحة: 15 جوان موعد …», «… استقلال؛10 شهریور»), or a dash opening its line.
 */
function listedDay(c: Cursor, a: number, b: number): boolean {
	if (c.isPunct(b, ':')) return true;
	if (c.isPunct(a - 1, ':;؛')) return true;
	return isDash(c.tok(a - 1)) && (a < 2 || c.tok(a - 2)!.kind === 'nl');
}

/** Marks that end a sentence: a holiday and a day told beside it share one. */
const SENTENCE_END = /[.!?؟\n]/;

/**
 * A holiday said with no year and no "last"/"next" (`occasion`) in the sentence of a day told on its
 * own (a weekday, a day of a month, tomorrow) is the name of that day's occasion, not a second date:
 * "Tuesday, June 4, will be the first day of Eid Al-Fitr", "Eid al-Fitr will officially begin on
 * Tuesday", «فردا شانزدهم تیر ماه، روز اول شوال و عید سعید فطر است». The day is the date the text
 * gives; the holiday stays a date where no day is told beside it («قبيل عيد الأضحى», "on Christmas Eve").
 */
function occasions(text: string, mentions: TimeMention[]): TimeMention[] {
	if (!mentions.some((m) => m.occasion)) return mentions;
	const out: TimeMention[] = [];
	for (let k = 0; k < mentions.length; k++) {
		const m = mentions[k];
		if (!m.occasion) {
			out.push(m);
			continue;
		}
		let told = false;
		for (let j = k - 1; j >= 0 && !told; j--) {
			const d = mentions[j];
			if (SENTENCE_END.test(text.slice(d.end, m.start))) break;
			told = !d.occasion && d.precision === 'day';
		}
		for (let j = k + 1; j < mentions.length && !told; j++) {
			const d = mentions[j];
			if (SENTENCE_END.test(text.slice(m.end, d.start))) break;
			told = !d.occasion && d.precision === 'day';
		}
		if (told) continue;
		const { occasion: _o, ...rest } = m;
		void _o;
		out.push(rest);
	}
	return out;
}

/** The dotted "a.m." and "p.m." after a clock's figures. */
const CLOCK_DOTS = /(?<=\d\s?)[ap]\.m\./gi;

/** How far back a weekday said alone looks for the day to come it repeats (`sameWeekday`). */
const WEEKDAY_REACH = 1200;

/**
 * A weekday said alone, in no past clause (`weekdayOnly`), after a day to come on that weekday told
 * within `WEEKDAY_REACH` before it and within a week of the reference, is that day: «كان مقررا لها
 * جلسة الأحد 8 يونيو ولكن … أن يكون الأحد إجازة رسمية», «تبدأ الموجة يوم السبت … ما بين السبت
 * والأحد» (read alone each took the latest such weekday, a week back).
 */
function sameWeekday(text: string, mentions: TimeMention[]): TimeMention[] {
	if (!mentions.some((m) => m.weekdayOnly)) return mentions;
	return mentions.map((m, k) => {
		if (!m.weekdayOnly) return m;
		const { weekdayOnly: _w, ...rest } = m;
		void _w;
		if (m.earliest === null || m.anchor === undefined || m.earliest > m.anchor) return rest;
		const ref = isoToDay(m.anchor);
		const day = isoToDay(m.earliest);
		for (let j = k - 1; j >= 0; j--) {
			const t = mentions[j];
			if (m.start - t.end > WEEKDAY_REACH) break;
			if (t.precision !== 'day' || t.earliest === null || t.earliest !== t.latest || t.ends) continue;
			const d = isoToDay(t.earliest);
			if (d <= ref || d - ref >= 7) continue;
			if ((d - day) % 7 === 0) return { ...rest, earliest: t.earliest, latest: t.latest, edtf: t.edtf };
			// «فردا سه‌شنبه آخرین روز … و روز چهارشنبه …»: another weekday in the sentence of a day to
			// come is the first such day after it
			// (not a weekday in brackets right after it: "tomorrow (Friday)" names its own day)
			// (the dots of a clock's "a.m.", "p.m." end no sentence: "Saturday, Aug. 6, and 9 a.m. to 1 p.m.
			// on Sunday")
			// (only for a day to come within the week: the text between is read for few mentions)
			const between = text.slice(t.end, m.start).replace(CLOCK_DOTS, 'am');
			if (!/[.!?؟\n([]/.test(between) && between.trim().length >= 6) {
				const after = d + ((((day - d) % 7) + 7) % 7);
				return { ...rest, ...valueOf(m.calendar, after, after, 'day', { relative: true, anchor: m.anchor }) };
			}
		}
		return rest;
	});
}

/**
 * True when a word of "until" (words.ts `until`: «تا», «حتى», "until") stands right before token i,
 * or before the word "day" there («تا روز ۱۷ حمل», «حتى يوم 20 يوليو»).
 */
function untilBefore(c: Cursor, i: number): boolean {
	let k = i - 1;
	if (k >= 0 && c.ent(k, 'unit')?.tag === 'day' && c.len(k) === 1) k--;
	if (k < 0) return false;
	const t = c.tok(k)!;
	return (
		t.kind === 'word' && (inList('until', t.text) || (!!c.s.prefixed[k] && inList('until', t.text.slice(1))))
	);
}

/** Days from a day of another calendar told before it within which a day and month with no year take their year from it. */
const NEAR_TOLD = 183;

/** How far back a day and month with no year look for the full date whose year they take. */
const TOLD_REACH = 400;

/** Days after a day to come within which a day and month with no year told after it fall (`toldYear`). */
const AHEAD_REACH = 62;
/** Days after the reference within which a day of a month or a holiday with no year is the one to come. */
const SOON_AFTER = 14;
/** Days after the reference within which such a day with no tense word in its clause is the one to come. */
const SILENT_AHEAD = 62;
/** Days after the reference within which a month said after "until" begins to be the one to come. */
const UNTIL_MONTH_AHEAD = 62;
/** How far after its reference a day to come may lie and still lead the days after it (`toldYear`). */
const AHEAD_FROM_REF = 183;

/**
 * A day and month with no year (`yearless`) in the sentence of a full date told before it, within
 * `TOLD_REACH`, and in its calendar, is the first such day on or after that date: «افتتاح شد در
 * روز چهاردهم آبان ۱۳۶۶ … و تا بیست و سوم آبان ادامه یافت» is 23 Aban 1366, not the last 23 Aban
 * before the publication date. Without one it keeps the value the reference gave it.
 */
function toldYear(text: string, mentions: TimeMention[], lang: 'ar' | 'fa' | 'en'): TimeMention[] {
	if (!mentions.some((m) => m.yearless || m.yearlessParts)) return mentions;
	let last: TimeMention | null = null;
	// the last single day valued after its reference day (tomorrow, a day in a future clause): a day
	// and month with no year after it in its sentence is said of the same stretch of time to come
	let ahead: TimeMention | null = null;
	// the last full day and the last year told, by calendar (a doubled date tells both calendars)
	const lastDay = new Map<string, TimeMention>();
	const lastYear = new Map<string, TimeMention>();
	// the last year told by its distance from the reference ("last year", «سال گذشته»), in any calendar
	let yearTold: TimeMention | null = null;
	// the first ends of ranges, by their start (`rangeFrom` of the second)
	const firstEnds = new Map<number, TimeMention>();
	return mentions.map((m) => {
		let r = m;
		if (m.yearlessParts) {
			// no reference day: «… ذي الحجة 1433ه …، يوم الجمعة العاشر من شهر ذي الحجة», «برای سال 1442
			// هجری قمری … روز چهارشنبه ، 29 ماه رمضان»: the year told before it, the day on or after it
			const { yearlessParts: parts, ...rest } = m;
			r = rest;
			const day = lastDay.get(m.calendar) ?? null;
			const year = lastYear.get(m.calendar) ?? null;
			const from = inSentence(text, day, m) ? day : inSentence(text, year, m) ? year : null;
			if (from) {
				const told = isoToDay(from.earliest!);
				const p = parts as Parts;
				const y = fromDay(m.calendar, told).y;
				let v = resolve({ ...p, year: y }, lang, null);
				if (from.precision === 'day' && v.earliest && isoToDay(v.earliest) < told) {
					// the day told of the year after, unless it is nearer in the same year («۲۶ اسفند ۱۴۰۰
					// نسبت به ۲۵ اسفند»: the day before, not a year on)
					const next = resolve({ ...p, year: y + 1 }, lang, null);
					if (!next.earliest || isoToDay(next.earliest) - told < told - isoToDay(v.earliest)) v = next;
				}
				// «عملکرد سال ۱۴۰۰ … روز شنبه یکم مردادماه»: a weekday its day does not fall on in the year told
				// says it is of another year: the year after (a deadline for a year's accounts), when it falls
				// on it there, else none. (A lunar Hijri day's weekday may be a sighting's day off: left as is.)
				if (p.weekday !== undefined && m.calendar !== 'islamic-umalqura' && v.earliest) {
					const ok = (w: Resolved) => !!w.earliest && dowOf(isoToDay(w.earliest)) === p.weekday;
					if (!ok(v)) {
						const next = resolve({ ...p, year: y + 1 }, lang, null);
						v = ok(next) ? next : { ...v, earliest: null };
					}
				}
				// the second end of a range is on or after its first ("from December 20 to January 5")
				const first = m.rangeFrom !== undefined ? firstEnds.get(m.rangeFrom) : undefined;
				if (v.earliest && first?.earliest && v.earliest < first.earliest)
					v = resolve({ ...p, year: y + 1 }, lang, null);
				if (v.earliest) r = { ...rest, ...v };
			} else if (last && m.calendar !== last.calendar && inSentence(text, last, m, true)) {
				// «روز پنجشنبه 23 اردیبهشت 1400 به عنوان روز اول شوال المکرم», «الخميس 13 مايو، الموافق 1
				// شوال»: a day of another calendar told before it in its sentence; the year that puts it
				// nearest that day (a day restated in the other calendar, or one close to it)
				const p = parts as Parts;
				const told = isoToDay(last.earliest!);
				const y = fromDay(m.calendar, told).y;
				let best: Resolved | null = null;
				let gap = Infinity;
				for (const yy of [y - 1, y, y + 1]) {
					const v = resolve({ ...p, year: yy }, lang, null);
					if (!v.earliest || v.invalid) continue;
					const g = Math.abs(isoToDay(v.earliest) - told);
					if (g < gap) {
						gap = g;
						best = v;
					}
				}
				if (best && gap <= NEAR_TOLD) r = { ...rest, ...best };
			}
		}
		if (m.yearless) {
			const { yearless: _y, ...rest } = m;
			void _y;
			r = rest;
			// the nearer of the two: a full date told, or a day to come
			const from = ahead && (!last || ahead.end > last.end) ? ahead : last;
			const inYear = yearTold && (!from || yearTold.end > from.end) ? yearTold : null;
			if (
				inYear &&
				m.earliest !== null &&
				m.start - inYear.end <= TOLD_REACH &&
				!/[.!?؟\n,،;؛:]/.test(text.slice(inYear.end, m.start))
			) {
				// "last year" or «سال گذشته» told before it in its clause («سال گذشته در تاریخ ۱۵ آگوست»,
				// "Last year we started July 19th"): that day of that year. (A year said with its number
				// is often another thing's: «مصوب 1386 … سی ام شهریور», "since 2015 until … July 1".)
				const was = fromDay(m.calendar, isoToDay(m.earliest));
				const a = isoToDay(inYear.earliest!);
				const b = isoToDay(inYear.latest!);
				const y0 = fromDay(m.calendar, a).y;
				for (const yy of [y0, y0 + 1]) {
					if (whyInvalid(m.calendar, yy, was.m, was.d)) continue;
					const d = toDay(m.calendar, yy, was.m, was.d);
					if (d < a || d > b) continue;
					if (d !== isoToDay(m.earliest)) r = { ...rest, ...dayAfter(m.calendar, d, 0) };
					break;
				}
			} else if (
				from &&
				from.calendar === m.calendar &&
				m.earliest !== null &&
				m.start - from.end <= TOLD_REACH &&
				!/[.!?؟\n]/.test(text.slice(from.end, m.start))
			) {
				const told = isoToDay(from.earliest!);
				const was = fromDay(m.calendar, isoToDay(m.earliest));
				const y = fromDay(m.calendar, told).y;
				const on = (yy: number) =>
					whyInvalid(m.calendar, yy, was.m, was.d) ? NaN : toDay(m.calendar, yy, was.m, was.d);
				let d = on(y);
				// the day on or after the one told, or the day before it if that is nearer («پنجشنبه ۲۶
				// اسفند ۱۴۰۰ نسبت به چهارشنبه ۲۵ اسفند»: a comparison with the day before, not a year on)
				if (d < told) {
					const next = on(y + 1);
					if (Number.isNaN(d) || !(told - d < next - told)) d = next;
				}
				// after a day to come, only a day soon after it («غدا السبت، الموافق 13 أغسطس», "will
				// continue until May 31, with … starting on June 10"): not a day recalled a year back
				if (from === ahead && d - told > AHEAD_REACH) d = NaN;
				if (!Number.isNaN(d) && d !== isoToDay(m.earliest))
					r = { ...rest, ...dayAfter(m.calendar, told, d - told) };
			}
		}
		if (
			!r.relative &&
			r.earliest !== null &&
			!r.ends &&
			r.rangeTo === undefined &&
			r.rangeFrom === undefined &&
			r.precision === 'day' &&
			r.earliest === r.latest &&
			!birthDay(text, r)
		) {
			last = r;
			lastDay.set(r.calendar, r);
		}
		if (
			r.relative &&
			r.anchor !== undefined &&
			r.earliest !== null &&
			r.earliest === r.latest &&
			r.precision === 'day' &&
			!r.ends &&
			r.earliest > r.anchor &&
			isoToDay(r.earliest) - isoToDay(r.anchor) <= AHEAD_FROM_REF
		)
			ahead = r;
		if (r.rangeTo !== undefined) firstEnds.set(r.start, r);
		if (!r.relative && r.earliest !== null && !r.ends && r.precision === 'year') lastYear.set(r.calendar, r);
		if (r.relative && r.earliest !== null && r.latest !== null && !r.ends && r.precision === 'year')
			yearTold = r;
		return r;
	});
}

/** How many words before a date, prepositions not counted, a word of birth may stand (`birthDay`). */
const BIRTH_BEFORE = 2;
/** How many characters before or after a date `birthDay` reads for its word of birth. */
const BIRTH_REACH = 40;

/**
 * True when `m` is the day someone was born: a word of birth (words.ts `birth`: "born", «ولد»,
 * «متولد», «زاده») right before it, prepositions skipped, or right after it in Persian, whose verb
 * comes last («۲ آذر ۱۳۰۹ متولد شد»). A life spans years, so a birthday lends its year to no day told
 * after it ("born Dec. 2, 1909 … died Dec. 31" is not 1909's Dec. 31; `toldYear`).
 */
function birthDay(text: string, m: TimeMention): boolean {
	const before = fold(text.slice(Math.max(0, m.start - BIRTH_REACH), m.start)).split(/[\s,،]+/);
	let seen = 0;
	for (let k = before.length - 1; k >= 0 && seen < BIRTH_BEFORE; k--) {
		const w = before[k];
		if (!w) continue;
		if (inList('birth', w)) return true;
		if (!inList('birth skip', w)) seen++;
	}
	const after = fold(text.slice(m.end, m.end + BIRTH_REACH)).split(/[\s,،]+/);
	const first = after.find((w) => w !== '');
	return first !== undefined && inList('birth after', first);
}

/** True when `t` is told before `m` in its sentence, within `TOLD_REACH`, in its calendar (`toldYear`). */
function inSentence(
	text: string,
	t: TimeMention | null,
	m: TimeMention,
	anyCalendar = false
): t is TimeMention {
	return (
		!!t &&
		(anyCalendar || t.calendar === m.calendar) &&
		m.start - t.end <= TOLD_REACH &&
		!/[.!?؟\n]/.test(text.slice(t.end, m.start))
	);
}

/**
 * A numeric date read day-first or month-first by the text's language, unless the other reading
 * is the reference day (within a day: time zones) and this one is not: "Updated: 05-01-2022" on a
 * page of 5 January 2022 (an Indian outlet writes day-first in English), «11/3/2019» on one of 3
 * November 2019.
 */
/**
 * True when a year alone in Arabic text, with no era, read as lunar Hijri by default, is the Solar
 * Hijri year of its time instead: within two years of the reference's Solar Hijri year and more than
 * twenty from its lunar Hijri year («عام 1403» in Afghan or Iranian news of 2025 is 1403 SH, not 1982;
 * «عام 1446» stays lunar). Arabic news of Iran and Afghanistan counts their years.
 */
function solarNotLunar(p: Parts, ref: number): boolean {
	if (p.cal !== 'islamic-umalqura' || p.era || p.year === undefined) return false;
	if (p.month !== undefined || p.day !== undefined || p.holiday) return false;
	const solar = fromDay('persian', ref).y;
	const lunar = fromDay('islamic-umalqura', ref).y;
	return Math.abs(solar - p.year) <= 2 && Math.abs(lunar - p.year) > 20;
}

function resolveSwappable(p: Parts, lang: 'ar' | 'fa' | 'en', ref: number | null): Resolved {
	const v = resolve(p, lang, ref);
	if (!p.swappable || ref === null || p.day === undefined || p.month === undefined || !v.earliest) return v;
	const near = (iso: string) => Math.abs(isoToDay(iso) - ref) <= 1;
	if (near(v.earliest)) return v;
	const w = resolve({ ...p, day: p.month, month: p.day }, lang, ref);
	return w.earliest && near(w.earliest) ? w : v;
}

/**
 * «فردا دوشنبه (۲۴ مرداد)», "tomorrow (August 15)": a day and month without a year, in brackets
 * right after a day, restate that day; so does a weekday in brackets after a relative day that falls
 * on it a week away («فردا (دوشنبه)», "tomorrow (Monday)"). Read on its own it took the latest such day on or before the
 * reference (last year's, when the day named before is still to come); it takes that day's year.
 */
function restated(text: string, mentions: TimeMention[]): TimeMention[] {
	let out: TimeMention[] | null = null;
	for (let k = 1; k < mentions.length; k++) {
		const a = mentions[k - 1];
		const m = mentions[k];
		if (!m.relative || m.precision !== 'day' || m.earliest === null || m.earliest !== m.latest) continue;
		if (a.precision !== 'day' || a.earliest === null || a.earliest !== a.latest || a.earliest === m.earliest)
			continue;
		if (!/^\s*\(\s*$/.test(text.slice(a.end, m.start))) continue;
		if (!dayWord(a.text) && weekdayWord(m.text)) {
			// «روز اول مهر (چهارشنبه)», "September 23 (Wednesday)": a weekday in brackets after a day is that
			// day's, and a day and month said without a year are of the year (the one they took, the one
			// before or after) in which they fall on that weekday
			const w = dowOf(isoToDay(m.earliest));
			const told = fromDay(a.calendar, isoToDay(a.earliest));
			for (const y of a.relative ? [told.y, told.y - 1, told.y + 1] : [told.y]) {
				if (whyInvalid(a.calendar, y, told.m, told.d)) continue;
				const day = toDay(a.calendar, y, told.m, told.d);
				if (dowOf(day) !== w) continue;
				const v = valueOf(a.calendar, day, day, 'day', { relative: true, anchor: a.anchor });
				out ??= mentions.slice();
				out[k - 1] = { ...a, earliest: v.earliest, latest: v.latest, edtf: v.edtf };
				out[k] = { ...m, earliest: v.earliest, latest: v.latest, edtf: v.edtf };
				break;
			}
			continue;
		}
		const was = fromDay(m.calendar, isoToDay(m.earliest));
		const day = fromDay(m.calendar, isoToDay(a.earliest));
		// «فردا (دوشنبه)», "tomorrow (Monday)": a weekday a week from the day named, the same weekday
		const gap = isoToDay(a.earliest) - isoToDay(m.earliest);
		const sameWeekday = m.precision === 'day' && (gap === 7 || gap === -7) && a.relative;
		if (!sameWeekday && (was.m !== day.m || was.d !== day.d || Math.abs(was.y - day.y) !== 1)) continue;
		out ??= mentions.slice();
		// «روز سه‌شنبه (فردا)», «يوم الثلاثاء (غدا)», "Tuesday (tomorrow)": the day word in brackets names
		// the weekday's day, not the other way round
		if (sameWeekday && dayWord(m.text) && !dayWord(a.text))
			out[k - 1] = { ...a, earliest: m.earliest, latest: m.latest, edtf: m.edtf };
		else out[k] = { ...m, earliest: a.earliest, latest: a.latest, edtf: a.edtf };
	}
	return out ?? mentions;
}

/** True when a mention's whole text is a weekday alone: «چهارشنبه», «الأربعاء», "Wednesday". */
function weekdayWord(text: string): boolean {
	const es = getLexicon().phrases.get(fold(text));
	return !!es && es.some((e) => e.kind === 'weekday');
}

/** True when a mention's whole text is a day counted from the reference: today, tomorrow, «فردا», «غدا». */
function dayWord(text: string): boolean {
	const es = getLexicon().phrases.get(fold(text));
	return !!es && es.some((e) => e.kind === 'deictic');
}

/**
 * How far back "the next day" («اليوم التالي», «روز پس از آن») looks for the day it counts from:
 * within a few sentences and the same paragraph (no blank line between), or it stays unresolved.
 */
const FOLLOW_REACH = 600;

/**
 * How far before a span (`FindDatesOptions.within`) the runs of dates are read too: as far as a date
 * looks back at the dates before it (`sameWeekday`, `toldYear`, `followDays`), so that the span gets
 * what reading the whole text gives it.
 */
const WITHIN_BACK = Math.max(WEEKDAY_REACH, TOLD_REACH, FOLLOW_REACH);

/**
 * Mentions counted from the day told before them (`afterPrevious`) valued from the last single
 * day before them within `FOLLOW_REACH`; the others as they are. One with no such day is left
 * out: "the same day" with no day told names no date (it points at one the text does not give).
 * A day of "the same month" (`dayOfMonthBefore`: «22 من الشهر ذاته» after «20 جويلية», «۲۴ همان ماه»)
 * is that day of the month of the last day or month told before it within `FOLLOW_REACH` (the last
 * day of a range), in its calendar; with none it stays unresolved and says why.
 */
function followDays(text: string, mentions: TimeMention[]): TimeMention[] {
	if (!mentions.some((m) => m.afterPrevious !== undefined || m.dayOfMonthBefore !== undefined))
		return mentions;
	let last: TimeMention | null = null;
	let lastMonth: TimeMention | null = null;
	const near = (t: TimeMention | null, m: TimeMention): t is TimeMention =>
		!!t && m.start - t.end <= FOLLOW_REACH && !/\n[^\S\n]*\n/.test(text.slice(t.end, m.start));
	const out: TimeMention[] = [];
	for (const m of mentions) {
		let r = m;
		if (m.afterPrevious !== undefined) {
			if (!near(last, m)) continue;
			const { unresolved: _why, ...rest } = m;
			void _why;
			r = { ...rest, ...dayAfter(last.calendar, isoToDay(last.earliest!), m.afterPrevious) };
		} else if (m.dayOfMonthBefore !== undefined) {
			const { dayOfMonthBefore: day, ...rest } = m;
			r = rest;
			if (near(lastMonth, m)) {
				const told = fromDay(lastMonth.calendar, isoToDay(lastMonth.latest!));
				if (!whyInvalid(lastMonth.calendar, told.y, told.m, day)) {
					const { unresolved: _why, ...known } = rest;
					void _why;
					const d = toDay(lastMonth.calendar, told.y, told.m, day);
					r = { ...known, ...dayAfter(lastMonth.calendar, d, 0) };
				}
			}
		}
		if (r.precision === 'day' && r.earliest !== null && r.earliest === r.latest && !r.ends) last = r;
		if ((r.precision === 'day' || r.precision === 'month') && r.earliest !== null && r.latest !== null)
			lastMonth = r;
		out.push(r);
	}
	return out;
}

/**
 * Whether the run of scan tokens [w0, w1) reaches into `span` (`FindDatesOptions.within`; null:
 * the whole text). A run is read on its own: its dates and both ends of its ranges lie in its
 * stretch of text and nothing carries over from one run to the next, so a run that does not
 * reach into the span has no date there and is left unread.
 */
function reaches(q: QuickScan, w0: number, w1: number, span: { start: number; end: number } | null): boolean {
	return !span || (q.ends[w1 - 1] > span.start && q.starts[w0] < span.end);
}

/** Scan tokens before a run looked at for a range opener ("between", «ما بين»): see `openerBefore`. */
const LEAD = 2;

/** First words of the range openers (words.ts `between`, `from`), folded; made once per lexicon. */
let openerWords: { lex: object; words: Set<string>; firsts: Set<number> } | null = null;

/**
 * How many scan tokens before token w0 to read as context: up to the first word of a range opener
 * ("between", «بين», «ما بين», "from", «من», «از») among the `LEAD` words before it, else none. (Every
 * run reading two more tokens cost the English bench a fifth of its window work.)
 */
function openerBefore(text: string, q: QuickScan, w0: number): number {
	const lex = getLexicon();
	if (!openerWords || openerWords.lex !== lex) {
		const words = new Set<string>();
		for (const [key, entries] of lex.phrases)
			if (entries.some((e) => e.kind === 'between' || e.kind === 'from')) words.add(key.split(' ')[0]);
		// the letters they begin with, either case, and the glued ones: most words are let pass unfolded
		const firsts = new Set<number>([...GLUED_LETTERS].map((l) => l.charCodeAt(0)));
		for (const w of words) for (const v of [w, w.toUpperCase()]) firsts.add(v.charCodeAt(0));
		openerWords = { lex, words, firsts };
	}
	for (let d = 1; d <= LEAD && w0 - d >= 0; d++) {
		const k = w0 - d;
		if (q.kinds[k] !== 1) return 0;
		if (!openerWords.firsts.has(text.charCodeAt(q.starts[k])) || q.ends[k] - q.starts[k] > 9) continue;
		const w = fold(text.slice(q.starts[k], q.ends[k]));
		if (
			openerWords.words.has(w) ||
			(w.length > 2 && GLUED_LETTERS.has(w[0]) && openerWords.words.has(w.slice(1)))
		)
			return d;
	}
	return 0;
}

/** Letters Arabic glues to the next word («وبين»): looked past when matching an opener. */
const GLUED_LETTERS = new Set(['و', 'ف']);
/** Tokens a window reaches back from an anchor: to a phrase's first word (see ANCHOR_REACH). */
const BACK = ANCHOR_REACH;
const AHEAD = 5;
/** Tokens a window start may move back to begin with the figure it would cut ("2.12", "1,000"). */
const GLUED_BACK = 4;
/**
 * False when the number at scan token k cannot be the first token of a date: it follows a currency
 * sign or comes before a per cent sign ("$1.5 billion", "15%"), or it continues a figure right after
 * a point or comma glued to a number ("1.5", "1,000": "24.03.2017" starts at "24"), or it is the first
 * part of a figure of exactly two parts glued by a point or comma ("1.5", "3,000"; a date in figures
 * has three). Its window, if any, comes from another anchor.
 */
function startsDate(text: string, q: QuickScan, k: number): boolean {
	const s = q.starts[k];
	const e = q.ends[k];
	const before = s > 0 ? text.charCodeAt(s - 1) : 0;
	if (before === 36 || before === 0xa3 || before === 0x20ac) return false; // $ £ €
	const after = e < text.length ? text.charCodeAt(e) : 0;
	if (after === 37 || after === 0x66a) return false; // % ٪
	if (
		k >= 2 &&
		glued(q, k - 1, k) &&
		glued(q, k - 2, k - 1) &&
		q.kinds[k - 2] === 0 &&
		pointOrComma(text, q, k - 1)
	)
		return false;
	if (
		k + 2 < q.n &&
		glued(q, k, k + 1) &&
		glued(q, k + 1, k + 2) &&
		q.kinds[k + 2] === 0 &&
		pointOrComma(text, q, k + 1) &&
		!(
			k + 4 < q.n &&
			glued(q, k + 2, k + 3) &&
			q.kinds[k + 3] === 2 &&
			glued(q, k + 3, k + 4) &&
			q.kinds[k + 4] === 0
		)
	)
		return false;
	return true;
}

/** Scan tokens a and b touch. */
function glued(q: QuickScan, a: number, b: number): boolean {
	return q.ends[a] === q.starts[b];
}

/** Scan token k is a point or a comma (Latin or Arabic). */
function pointOrComma(text: string, q: QuickScan, k: number): boolean {
	if (q.kinds[k] !== 2) return false;
	const c = text.charCodeAt(q.starts[k]);
	return c === 46 || c === 44 || c === 0x66b || c === 0x66c || c === 0x60c;
}

/** True when the character at `at` is a lower-case Latin letter. */
function lowerLatin(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return c >= 97 && c <= 122;
}

/**
 * A run of anchors longer than this many scan tokens is read a window at a time, so that memory
 * stays flat on megabytes of dates or digits. A window never cuts a date: past this many tokens the
 * finder stops at the next place no date spans (see `findInWindow`), and the next window starts
 * there, with `CONTEXT` tokens before it to look back at.
 */
const MAX_WINDOW = 4096;
/** Tokens past `MAX_WINDOW` in which to look for a sentence boundary to stop at. */
const SLACK = 64;
/** Then as many again in which to stop at any place between two dates. */
const MUST = 64;
/** Tokens read beyond the last place a window may stop, so that a date begun there is read whole. */
const TAIL = 128;
/** Tokens before a window's first position that its parsers may look back at (prepositions, "between"…). */
const CONTEXT = 16;

/**
 * Find dates in the run of scan tokens [w0, w1) of `text`: in one window when it is short, else in
 * windows of about `MAX_WINDOW` tokens, each resuming where the previous one stopped.
 */
function findInRun(
	text: string,
	q: QuickScan,
	w0: number,
	w1: number,
	lang: 'ar' | 'fa' | 'en',
	ref: number | null,
	tense: TenseReader,
	out: TimeMention[]
): void {
	// a range opener right before the run is read as context only: «بين» before a day written in
	// words («بين الخامس عشر من يناير والسادس عشر من فبراير»), which no anchor reaches back to
	let start = w0 - openerBefore(text, q, w0);
	let emitFrom = q.starts[w0];
	for (;;) {
		const soft = start + MAX_WINDOW;
		if (soft + SLACK + MUST + TAIL >= w1) {
			findInChunk(text, q, start, w1, { emitFrom, soft: -1, must: -1, last: -1 }, lang, ref, tense, out);
			return;
		}
		const end = soft + SLACK + MUST + TAIL;
		const limits = {
			emitFrom,
			soft: q.starts[soft],
			must: q.starts[soft + SLACK],
			last: q.starts[soft + SLACK + MUST]
		};
		const stop = findInChunk(text, q, start, end, limits, lang, ref, tense, out);
		if (stop < 0) return; // (cannot happen: a window stops by `last`, before its end)
		// the first scan token at or after the stop, and some context before it
		let k = soft;
		while (k < end && q.starts[k] < stop) k++;
		emitFrom = stop;
		start = Math.max(w0, k - CONTEXT);
	}
}

/**
 * Where a window of a long run starts and stops, as offsets in the whole text. Positions before
 * `emitFrom` are context only: no date starts there (the previous window read them). Past `soft`
 * the window stops at the first sentence boundary with no range pending, past `must` at the first
 * place between two dates that no "and", "to", comma or dash joins, past `last` at the first place
 * between two dates. -1: read to the end of the window.
 */
interface Limits {
	emitFrom: number;
	soft: number;
	must: number;
	last: number;
}

/**
 * Find dates in the window of scan tokens [a, b) of `text` (`q`: its quick scan), within `limits`;
 * returns the offset in `text` where it stopped (the next window starts there), or -1 when it read
 * to the end. The window's tokens are made from the scan's (text/window.ts), not by normalising and
 * tokenizing its text again; the same tokens either way.
 */
function findInChunk(
	text: string,
	q: QuickScan,
	a: number,
	b: number,
	limits: Limits,
	lang: 'ar' | 'fa' | 'en',
	ref: number | null,
	tense: TenseReader,
	out: TimeMention[]
): number {
	const from = q.starts[a];
	const chunk = text.slice(from, q.ends[b - 1]);
	dateWork.windows++;
	dateWork.windowChars += chunk.length;
	const w = windowTokens(text, q, a, b);
	if (w) return findInWindow(chunk, from, w, w.toks, lang, ref, tense, out, limits);
	// (a high surrogate: the tokenizer keeps it with the unit after it, the scan does not)
	const norm = normalizeInto(chunk);
	return findInWindow(chunk, from, norm, tokenize(norm.text), lang, ref, tense, out, limits);
}

/** A token that ends a sentence: the next one can start a window with nothing pending. */
function endsSentence(t: Token): boolean {
	return t.kind === 'nl' || (t.kind === 'punct' && '.!?؟;؛'.includes(t.text));
}

/** A token that can join two dates (and, to, a comma, a dash, a slash): no window stops beside it. */
function joins(c: Cursor, i: number): boolean {
	const t = c.s.toks[i];
	if (t.kind === 'punct') return ',،-–—/'.includes(t.text);
	return !!(c.ent(i, 'and') || c.ent(i, 'range') || c.s.prefixed[i] === GLUED_AND);
}

/**
 * True when weekdays from `m` to token `end` (a span, or a list after "days") are particular days:
 * their dates follow in brackets («روزهای شنبه و یکشنبه (۱۵ و ۱۶ آذرماه)»); a list after "days" is
 * told in a past or future clause («روزهای شنبه و یکشنبه افزایش دما ثبت شد»; with neither,
 * «روزهای پنجشنبه و جمعه از ۹ تا ۱۸ است», it is a habit); a span "from the day X to Y" is told in a
 * future clause («از روز سه‌شنبه تا جمعه سامانه بارشی فعال خواهد بود»: a forecast; "opens Monday to
 * Friday" and «از شنبه تا چهارشنبه» stay a schedule). (A function of the module, not a closure made
 * for every token of the window: the English bench lost 7% to it.)
 */
function toldDays(
	c: Cursor,
	norm: Offsets,
	toks: Token[],
	tense: TenseReader,
	offset: number,
	m: Match,
	end: number,
	span: boolean
): boolean {
	if (c.isPunct(end, '(') && c.isNum(end + 1)) return true;
	if (span && (rangeOpenerBefore(c, m.start) !== 'from' || c.ent(m.start, 'unit')?.tag !== 'day'))
		return false;
	const [s0, e0] = toOriginal(norm, toks[m.start].start, toks[end - 1].end);
	return tense.future(s0 + offset, e0 + offset) || (!span && tense.past(s0 + offset, e0 + offset));
}

function findInWindow(
	text: string,
	offset: number,
	norm: Offsets,
	toks: Token[],
	lang: 'ar' | 'fa' | 'en',
	ref: number | null,
	tense: TenseReader,
	out: TimeMention[],
	limits: Limits
): number {
	const stream = buildStream(toks, getLexicon(), text, norm.map, lang);
	const c = new Cursor(stream);
	let i = 0;
	let lastEnd = 0;
	let prevMatch: Match | null = null;
	let prevOut = -1;
	// token where the second date of a "between"/"from" range must start (-1: none pending), and the
	// index in `out` of its first date
	let secondAt = -1;
	let firstOut = -1;
	// the year the second date must be when the range is a span of years with a hyphen (-1: any date)
	let secondYear = -1;
	let positions = 0;
	let stop = -1;
	while (i < toks.length) {
		positions++;
		const t = toks[i];
		if (limits) {
			const at = norm.map[t.start] + offset;
			if (at < limits.emitFrom) {
				// context before the window: the previous window read it
				i++;
				continue;
			}
			if (
				limits.soft >= 0 &&
				at >= limits.soft &&
				i > 0 &&
				(at >= limits.last ||
					(secondAt < 0 &&
						(endsSentence(toks[i - 1]) || (at >= limits.must && !joins(c, i) && !joins(c, i - 1)))))
			) {
				stop = at;
				break;
			}
		}
		if (t.kind === 'nl' || (t.kind === 'punct' && t.text !== "'")) {
			i++;
			continue;
		}
		let ranked: Match | null = null;
		if (stream.masks[i] & BIT.block) {
			const len = stream.lens[i] || 1;
			// «روسیه امروز (دوشنبه)», "Russia Today (Monday)": a name ending in "today" with the day's
			// weekday in brackets after it is the word "today", the day
			// a day named by its rank before a month («اليوم الأول لشهر شوال») is that day of the month
			ranked = parseRankedDay(c, i, len);
			if (!ranked && !(len > 1 && todayBeforeWeekday(c, i + len - 1))) {
				i += len;
				continue;
			}
			if (!ranked) i += len - 1;
		}
		// only numbers and lexicon words can start a date: skip the rest without trying the parsers
		const mask = ranked ? 0 : stream.masks[i];
		if (mask === 0 && !ranked) {
			i++;
			continue;
		}
		let best: Match | null = ranked;
		for (let k = 0; k < PARSERS.length && !ranked; k++) {
			// [parser, the bits of the tokens it can start at], read without destructuring
			const parser = PARSERS[k];
			if (!(mask & parser[1])) continue;
			c.parses++;
			const m = parser[0](c, i);
			if (m && m.end > m.start && (!best || m.end > best.end)) best = m;
		}
		if (!best) {
			i++;
			continue;
		}
		const span = weekdaySpanEnd(c, best);
		const schedule = span ?? exceptedWeekdaysEnd(c, best);
		if (
			schedule !== null &&
			!(
				(span !== null || daysBefore(c, best)) &&
				toldDays(c, norm, toks, tense, offset, best, schedule, span !== null)
			)
		) {
			i = schedule;
			continue;
		}
		best = withRangeEnd(c, withDayMonthFigures(c, withFollowingDate(c, best), lang, ref));
		if (aloneOnLine(toks, best) && (best.parts.deictic !== undefined || best.parts.unitRel)) {
			// "- اليوم" alone in a list is a navigation link ("Today"), not a date
			i = best.end;
			continue;
		}
		if (best.parts.deictic === 0 && (todayInName(c, best) || perDay(c, best))) {
			// «بغداد اليوم - بغداد»: a site called "X Today" opening a dateline
			i = best.end;
			continue;
		}
		if (
			yearlyHabit(c, best) ||
			speakerName(c, best) ||
			decadeOfAge(c, best) ||
			coincidingWeekend(c, best) ||
			decadeOfDegrees(c, norm, toks, tense, offset, best) ||
			beforeChrist(c, best)
		) {
			i = best.end;
			continue;
		}
		if (namedPlace(c, best)) {
			// «شارع 26 يوليو», «مدينة 6 أكتوبر», «خیابان ۱۵ خرداد»: the date names a place
			i = best.end;
			continue;
		}
		if (ref !== null && solarNotLunar(best.parts, ref))
			best = { ...best, parts: { ...best.parts, cal: 'persian' } };
		// a day and month with no year: a year told before it in its sentence may be theirs (`toldYear`)
		const yearless =
			ref !== null &&
			directionless(best.parts) &&
			best.parts.day !== undefined &&
			best.parts.dayEnd === undefined &&
			best.parts.weekday === undefined &&
			!best.parts.holiday;
		// "۲۳ و ۲۴ آذر", "5 and 6 January": the first day shares the month (and year) named after the second
		// (and each day of a list before it, "21, 23 and 25 June", «21 و23 و25 يونيو», «۲۱، ۲۳ و ۲۵ خرداد»)
		const listed = elidedDays(c, best, lastEnd);
		const ep = listed.length ? listed[0] : null;
		if (ref !== null && directionless(best.parts)) {
			// "will start on June 3", «در فروردین اعلام خواهد شد»: a future clause looks forward (read from
			// the first day of a list, whose tense word may lie before it)
			const from = ep ? ep.start : best.start;
			const [s0, e0] = toOriginal(norm, toks[from].start, toks[best.end - 1].end);
			const lean = tense.ahead(s0 + offset, e0 + offset);
			if (lean === 'future') best = { ...best, parts: inFuture(best.parts) };
			else if (lean === 'near' || tense.shifted(s0 + offset, e0 + offset)) {
				// the new date of a postponement, or a date of a Persian present of a change («از اول
				// شهریور کاهش می‌یابد»): the nearer of the last one and the next one
				const back = resolve(best.parts, lang, ref).earliest;
				const fwd = resolve(inFuture(best.parts), lang, ref).earliest;
				if (back && fwd && isoToDay(fwd) - ref < ref - isoToDay(back))
					best = { ...best, parts: inFuture(best.parts) };
			} else if (
				((yearless && best.parts.month !== undefined) ||
					yearlessRange(best.parts) ||
					(best.parts.holiday && best.parts.weekday === undefined)) &&
				(untilBefore(c, best.start) || !tense.pastEvent(s0 + offset, e0 + offset))
			) {
				// a day of a month or a holiday a few days after the reference is that day to come, not the
				// same day a year back, which would be told with its year («في 20 جويلية» on 17 July, «۲۸
				// جوزا» on 19 Jawza, "on June 3" on 1 June, «عید قربان» three days before it), unless a past tells it happened ("ruled on Oct. 2";
				// an announcement, «اعلام کرد», may be of a day to come: tense.ts `pastEvent`)
				// After "until" a past tells when the state began, not that its end is over («مکاتب … تا ۱۷ حمل
				// تعطیل شدند», "schools were closed until June 3", «أغلقت المدارس حتى 20 يوليو»).
				// As an item of a schedule or a headline (`listedDay`) with no tense word at all in its clause
				// («۲۲ دی تا ۱۱ بهمن: بررسی صلاحیت‌ها», «وزير الصحة: 15 جوان موعد انطلاق الحملة», "- March 20:
				// launch of the satellite") it may lie further ahead: the one to come within two months rather
				// than the one most of a year back (not a holiday: «في عيد الأضحى» keeps the last one).
				const fwd = resolve(inFuture(best.parts), lang, ref).earliest;
				const reach =
					!best.parts.holiday && listedDay(c, from, best.end) && tense.silent(s0 + offset, e0 + offset)
						? SILENT_AHEAD
						: SOON_AFTER;
				if (fwd && isoToDay(fwd) - ref <= reach) best = { ...best, parts: inFuture(best.parts) };
			} else if (
				best.parts.month !== undefined &&
				best.parts.day === undefined &&
				best.parts.weekday === undefined &&
				untilBefore(c, best.start) &&
				!tense.pastEvent(s0 + offset, e0 + offset)
			) {
				// a month, or a part of one, after "until" that begins within two months is the one to come:
				// what lasts until it goes on now («صید میگو تا اواخر آبان ادامه دارد» said in Mehr, «حتى
				// نهاية أكتوبر», "until late October" said in September), not a month most of a year back
				const fwd = resolve(inFuture(best.parts), lang, ref).earliest;
				if (fwd && isoToDay(fwd) - ref <= UNTIL_MONTH_AHEAD) best = { ...best, parts: inFuture(best.parts) };
			}
		}
		for (const d of listed) {
			const [s0, e0] = toOriginal(norm, toks[d.start].start, toks[d.end - 1].end);
			const v0 = resolve({ ...best.parts, day: d.day, dayEnd: undefined, weekday: undefined }, lang, ref);
			out.push({ start: s0 + offset, end: e0 + offset, text: text.slice(s0, e0), ...v0 });
		}
		const em = elidedMonthYear(c, prevMatch, best);
		if (em && prevOut >= 0) {
			const o = out[prevOut];
			out[prevOut] = { start: o.start, end: o.end, text: o.text, ...resolve(em, lang, ref) };
		}
		lastEnd = best.end;
		const ends = splitRange(best, lang, ref);
		if (ends) {
			const [sa, ea] = originalSpan(norm, toks, stream.prefixed, ends[0][0], ends[0][1]);
			const [sb, eb] = originalSpan(norm, toks, stream.prefixed, ends[1][0], ends[1][1]);
			const ya = endYearless(ref, ends[0][2], ends[0][3]);
			const yb = endYearless(ref, ends[1][2], ends[1][3]);
			out.push(
				{
					start: sa + offset,
					end: ea + offset,
					text: text.slice(sa, ea),
					...ends[0][2],
					rangeTo: sb + offset,
					...(ya ? { yearlessParts: ya } : {})
				},
				{
					start: sb + offset,
					end: eb + offset,
					text: text.slice(sb, eb),
					...ends[1][2],
					rangeFrom: sa + offset,
					...(yb ? { yearlessParts: yb } : {})
				}
			);
			prevMatch = best;
			prevOut = out.length - 1;
			secondAt = -1;
			firstOut = -1;
			secondYear = -1;
			i = best.end;
			continue;
		}
		// a glued conjunction or preposition ("وسبتمبر", "بتاريخ") is not part of the date
		const from = toks[best.start].start + gluedWidth(stream.prefixed, best.start);
		const [start, end] = toOriginal(norm, from, toks[best.end - 1].end);
		const v = resolveSwappable(best.parts, lang, ref);
		const mention: TimeMention = {
			start: start + offset,
			end: end + offset,
			text: text.slice(start, end),
			...v
		};
		if (best.parts.anchored !== undefined) mention.afterPrevious = best.parts.anchored;
		if (best.parts.sameMonth) mention.dayOfMonthBefore = best.parts.day;
		if (yearless && ep === null) mention.yearless = true;
		const h = best.parts;
		if (h.holiday && h.year === undefined && h.yearRel === undefined && h.selfRel === undefined)
			mention.occasion = true;
		if (ref !== null && ep === null && bareWeekday(best.parts) && !best.parts.future) {
			const [s0, e0] = toOriginal(norm, toks[best.start].start, toks[best.end - 1].end);
			if (!tense.past(s0 + offset, e0 + offset)) mention.weekdayOnly = true;
		}
		// with no reference day, a year told before it in its sentence is its only year (`toldYear`),
		// for a day and month as for a month alone («در سال ۱۴۰۱ … در فیش حقوقی خردادماه خود»)
		if (
			ref === null &&
			ep === null &&
			mention.earliest === null &&
			directionless(best.parts) &&
			best.parts.month !== undefined &&
			(best.parts.day !== undefined || best.parts.weekday === undefined) &&
			best.parts.dayEnd === undefined &&
			!best.parts.holiday
		)
			mention.yearlessParts = best.parts;
		if (
			ep === null &&
			firstOut >= 0 &&
			best.start === secondAt &&
			!best.parts.rangeAt &&
			(secondYear < 0 || (yearOnly(best.parts) && best.parts.year === secondYear))
		) {
			// the second date of "between X and Y", "from X to Y" or "1980-1988": one range's endpoints
			out[firstOut] = { ...out[firstOut], rangeTo: mention.start };
			mention.rangeFrom = out[firstOut].start;
			secondAt = -1;
			firstOut = -1;
			secondYear = -1;
		} else {
			secondAt = ep === null ? rangeSecondAt(c, best) : -1;
			secondYear = -1;
			if (secondAt < 0 && ep === null) {
				const span = yearSpanSecond(c, best);
				if (span) {
					secondAt = span.at;
					secondYear = span.year;
				}
			}
			firstOut = secondAt >= 0 ? out.length : -1;
		}
		out.push(mention);
		prevMatch = best;
		prevOut = out.length - 1;
		i = best.end;
		// "on Nov. 12 and 17": a day after the month's first day shares its month (and year)
		const td = secondAt < 0 ? trailingDay(c, best) : null;
		if (td !== null) {
			const [s1, e1] = toOriginal(norm, toks[td].start, toks[td].end);
			const v1 = resolve({ ...best.parts, day: toks[td].value }, lang, ref);
			out.push({ start: s1 + offset, end: e1 + offset, text: text.slice(s1, e1), ...v1 });
			i = td + 1;
		}
	}
	dateWork.positions += positions;
	dateWork.parserCalls += c.parses;
	dateWork.cursorLooks += c.looks;
	return stop;
}
