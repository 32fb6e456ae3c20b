import type { CalendarId, Precision, TimeValue } from '../time/time-value';
import type { ItemKind } from '../timeline/item';
import type { EventStatus } from '../story/model';
import type { ImportIssue } from './import-error';

/** The closed vocabularies an imported file is checked against (data model, DESIGN.md §2). */
export const ITEM_KINDS: readonly ItemKind[] = [
	'event',
	'claim',
	'report',
	'denial',
	'confirmation',
	'document'
];
export const PRECISIONS: readonly Precision[] = [
	'day',
	'week',
	'month',
	'season',
	'year',
	'decade',
	'century'
];
export const CALENDARS: readonly CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];
export const STATUSES: readonly EventStatus[] = ['reported', 'confirmed', 'denied', 'disputed'];

const ISO_DAY = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;

/**
 * True for an existing proleptic-Gregorian ISO day, years −999999…999999 (`2016-02-29` yes,
 * `2015-02-29` no). Pure arithmetic, no Date, so it does not depend on the time zone.
 */
export function isIsoDay(s: unknown): s is string {
	if (typeof s !== 'string') return false;
	const m = ISO_DAY.exec(s);
	if (!m) return false;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1) return false;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	const len = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
	return d <= len;
}

/** Compares two ISO days (negative years and 5–6 digit years included). */
export function compareIsoDay(a: string, b: string): number {
	const pa = ISO_DAY.exec(a)!;
	const pb = ISO_DAY.exec(b)!;
	for (let k = 1; k <= 3; k++) {
		const d = Number(pa[k]) - Number(pb[k]);
		if (d) return d;
	}
	return 0;
}

/**
 * Checks a TimeValue-shaped object, pushing an issue per bad field (`where(field)` names the place).
 * Returns the value when it is sound, otherwise null. Optional flags must be booleans; `anchor` an ISO day.
 */
export function checkTimeValue(
	v: Record<string, unknown>,
	row: number,
	where: (field: string) => string,
	issues: ImportIssue[]
): TimeValue | null {
	const before = issues.length;
	const bad = (field: string, message: string) => issues.push({ row, column: where(field), message });
	if (!isIsoDay(v.earliest)) bad('earliest', `"${String(v.earliest)}" is not a date (YYYY-MM-DD)`);
	if (!isIsoDay(v.latest)) bad('latest', `"${String(v.latest)}" is not a date (YYYY-MM-DD)`);
	if (isIsoDay(v.earliest) && isIsoDay(v.latest) && compareIsoDay(v.earliest, v.latest) > 0)
		bad('latest', `${v.latest} is before earliest ${v.earliest}`);
	if (!PRECISIONS.includes(v.precision as Precision))
		bad('precision', `"${String(v.precision)}" is not one of ${PRECISIONS.join(', ')}`);
	if (!CALENDARS.includes(v.calendar as CalendarId))
		bad('calendar', `"${String(v.calendar)}" is not one of ${CALENDARS.join(', ')}`);
	if (typeof v.edtf !== 'string' || v.edtf === '') bad('edtf', 'an EDTF date is required');
	if (typeof v.text !== 'string') bad('text', 'must be text');
	for (const flag of ['relative', 'approximate', 'uncertain'] as const)
		if (v[flag] !== undefined && typeof v[flag] !== 'boolean') bad(flag, 'must be true or false');
	if (v.anchor !== undefined && !isIsoDay(v.anchor))
		bad('anchor', `"${String(v.anchor)}" is not a date (YYYY-MM-DD)`);
	if (issues.length > before) return null;
	const tv: TimeValue = {
		earliest: v.earliest as string,
		latest: v.latest as string,
		precision: v.precision as Precision,
		calendar: v.calendar as CalendarId,
		edtf: v.edtf as string,
		text: v.text as string
	};
	if (v.relative) tv.relative = true;
	if (v.anchor) tv.anchor = v.anchor as string;
	if (v.approximate) tv.approximate = true;
	if (v.uncertain) tv.uncertain = true;
	return tv;
}
