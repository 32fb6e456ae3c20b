/**
 * EDTF (ISO 8601-2, level 0–1) for TimeValues: serialisation from an interval of days and parsing
 * back. EDTF is Gregorian, so a Solar Hijri month or a Hijri day range is written as an explicit
 * day interval ("2015-12-22/2016-01-20"); whole Gregorian days, months, years, decades (199X) and
 * centuries (19XX) get their compact forms.
 *
 * Seasons are written as day intervals too, never as 21–24: EDTF season codes carry no agreed
 * months (the `edtf` package reads 2015-21 as January–March), and DESIGN §3 fixes meteorological
 * seasons. When *parsing*, 21–24 are read as meteorological seasons as `seasonValue` builds them
 * (winter 2015 = December 2014 to February 2015, the winter that ends in the year).
 *
 * Hand-written rather than the `edtf` package because that package goes through JS Date and
 * milliseconds; the tests check that it parses every string we write to the same days.
 */
import { gregorian, gregorianFromDay } from '../calendars/gregorian';
import { InvalidDateError } from '../calendars/errors';
import { dayToIso } from '../calendars/iso';
import type { Precision } from './time-value';

/** Qualifiers of an EDTF value, and the precision it was said at. */
export interface EdtfQualifiers {
	approximate?: boolean;
	uncertain?: boolean;
	/**
	 * The value's precision: ten whole years are written "199X" only for a decade and a hundred
	 * "19XX" only for a century ("between 2010 and 2019" is the interval of its years). When absent,
	 * any such span is compacted.
	 */
	precision?: Precision;
}

function qualifier(q: EdtfQualifiers): string {
	return q.approximate && q.uncertain ? '%' : q.approximate ? '~' : q.uncertain ? '?' : '';
}

/**
 * EDTF string for day numbers first…last (inclusive), with `~` approximate, `?` uncertain, `%` both.
 * @example edtfFromDays(16770, 16800) // '2015-12'
 * @example edtfFromDays(16791, 16820, {approximate: true}) // '2015-12-22~/2016-01-20~'
 */
export function edtfFromDays(first: number, last: number, q: EdtfQualifiers = {}): string {
	const mark = qualifier(q);
	if (first === last) return dayToIso(first) + mark;
	const [y1, m1, d1] = gregorianFromDay(first);
	const [y2, m2, d2] = gregorianFromDay(last);
	const endOfMonth = d2 === gregorian.daysInMonth(y2, m2);
	if (d1 === 1 && endOfMonth) {
		if (y1 === y2 && m1 === m2) return `${pad4(y1)}-${pad2(m1)}${mark}`;
		if (m1 === 1 && m2 === 12) {
			if (y1 === y2) return pad4(y1) + mark;
			const p = q.precision;
			if ((!p || p === 'decade') && y1 % 10 === 0 && y2 === y1 + 9) return `${pad4(y1).slice(0, 3)}X${mark}`;
			if ((!p || p === 'century') && y1 % 100 === 0 && y2 === y1 + 99)
				return `${pad4(y1).slice(0, 2)}XX${mark}`;
		}
	}
	return `${dayToIso(first)}${mark}/${dayToIso(last)}${mark}`;
}

/** Result of parsing an EDTF string: the inclusive days it covers and how precisely. */
export interface ParsedEdtf {
	earliest: string;
	latest: string;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
}

const SINGLE = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

/**
 * Parses EDTF level 0–1 dates and closed intervals: 2015, 2015-12, 2015-12-26, 2015-22 (season),
 * 201X, 19XX, qualifiers ~ ? %, and a/b. Throws InvalidDateError with a readable message for
 * anything else (open or unknown ends, negative or 5-digit years, 2015-02-30).
 * @example parseEdtf('2015-12~') // {earliest:'2015-12-01', latest:'2015-12-31', precision:'month', approximate:true, …}
 */
export function parseEdtf(edtf: string): ParsedEdtf {
	const s = edtf.trim();
	const slash = s.split('/');
	if (slash.length === 2) {
		const a = parseSingle(slash[0], edtf);
		const b = parseSingle(slash[1], edtf);
		if (b.last < a.first) fail(`"${edtf}" ends before it starts.`);
		return {
			earliest: dayToIso(a.first),
			latest: dayToIso(b.last),
			precision: precisionOfSpan(b.last - a.first + 1),
			approximate: a.approximate || b.approximate,
			uncertain: a.uncertain || b.uncertain
		};
	}
	if (slash.length > 2) fail(`"${edtf}" has more than one "/".`);
	const one = parseSingle(s, edtf);
	return {
		earliest: dayToIso(one.first),
		latest: dayToIso(one.last),
		precision: one.precision,
		approximate: one.approximate,
		uncertain: one.uncertain
	};
}

function parseSingle(s: string, whole: string) {
	if (s === '' || s === '..') fail(`"${whole}" has an open or unknown end, which a TimeValue cannot hold.`);
	const m = SINGLE.exec(s);
	if (!m) fail(`"${whole}" is not an EDTF date we read (YYYY, YYYY-MM, YYYY-MM-DD, 199X, 19XX, a/b).`);
	const [, yearText, monthText, dayText, mark] = m;
	const approximate = mark === '~' || mark === '%';
	const uncertain = mark === '?' || mark === '%';
	const unspecified = yearText.replace(/\d/g, '').length;
	if (unspecified) {
		if (monthText) fail(`"${whole}": a decade or century cannot have a month.`);
		const base = Number(yearText.replace(/X/g, '0'));
		const span = unspecified === 1 ? 10 : 100;
		const a = Math.max(base, 1);
		return {
			first: gregorian.toDay(a, 1, 1),
			last: gregorian.toDay(base + span - 1, 12, 31),
			precision: (unspecified === 1 ? 'decade' : 'century') as Precision,
			approximate,
			uncertain
		};
	}
	const year = Number(yearText);
	if (monthText === undefined)
		return {
			first: gregorian.toDay(year, 1, 1),
			last: gregorian.toDay(year, 12, 31),
			precision: 'year' as Precision,
			approximate,
			uncertain
		};
	const month = Number(monthText);
	if (month >= 21 && month <= 24) {
		if (dayText) fail(`"${whole}": a season cannot have a day.`);
		const startMonth = (month - 20) * 3; // spring → March … winter → December (of the year before)
		const startYear = month === 24 ? year - 1 : year;
		const endYear = year;
		const endMonth = month === 24 ? 2 : startMonth + 2;
		return {
			first: gregorian.toDay(startYear, startMonth, 1),
			last: gregorian.toDay(endYear, endMonth, gregorian.daysInMonth(endYear, endMonth)),
			precision: 'season' as Precision,
			approximate,
			uncertain
		};
	}
	if (dayText === undefined) {
		const first = gregorian.toDay(year, month, 1);
		return {
			first,
			last: first + gregorian.daysInMonth(year, month) - 1,
			precision: 'month' as Precision,
			approximate,
			uncertain
		};
	}
	const n = gregorian.toDay(year, month, Number(dayText));
	return { first: n, last: n, precision: 'day' as Precision, approximate, uncertain };
}

/** A best-fitting precision for an interval of `days` days. */
function precisionOfSpan(days: number): Precision {
	if (days <= 1) return 'day';
	if (days <= 7) return 'week';
	if (days <= 31) return 'month';
	if (days <= 92) return 'season';
	if (days <= 366) return 'year';
	if (days <= 3653) return 'decade';
	return 'century';
}

function fail(message: string): never {
	throw new InvalidDateError(message, 'not-a-number', 'gregorian', NaN);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');
