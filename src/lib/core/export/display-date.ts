import type { CalendarId, TimeValue } from '../time/time-value';

/**
 * Dates as the export stamps them: in the display calendar, locale and digits, through the
 * platform's ICU calendars (`Intl.DateTimeFormat` with `-u-ca-`), which DESIGN.md §3 names as the
 * reference the project's own calendars are tested against. Always in UTC: a calendar day is not an
 * instant, and Tehran's +03:30 must not move it.
 */
export type { DisplayLocale } from '../timeline/axis-calendar';
import type { DisplayLocale } from '../timeline/axis-calendar';

const ICU_CALENDAR: Record<CalendarId, string> = {
	gregorian: 'gregory',
	persian: 'persian',
	'islamic-umalqura': 'islamic-umalqura'
};
const ICU_LOCALE: Record<DisplayLocale, string> = { en: 'en-GB', ar: 'ar-SA', fa: 'fa-IR' };

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for `calendar` in `locale`; `opts` picks the fields. Throws on an unknown calendar. */
export function dayFormatter(
	calendar: CalendarId,
	locale: DisplayLocale,
	opts: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const ca = ICU_CALENDAR[calendar];
	if (!ca) throw new Error(`Unknown calendar "${calendar}"`);
	const key = `${calendar}|${locale}|${JSON.stringify(opts)}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(`${ICU_LOCALE[locale] ?? 'en-GB'}-u-ca-${ca}`, {
			timeZone: 'UTC',
			...opts
		});
		cache.set(key, f);
	}
	return f;
}

/**
 * Milliseconds since 1970 (UTC midnight) of an ISO day; works for years −271820…275759.
 * Example: `isoDayToMs('1970-01-02')` → 86400000.
 */
export function isoDayToMs(iso: string): number {
	const m = /^(-?\d{4,6})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`Not an ISO day: "${iso}"`);
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return d.getTime();
}

/** The ISO day (UTC) of a millisecond instant. Example: `msToIsoDay(0)` → `'1970-01-01'`. */
export function msToIsoDay(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
	return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const PRECISION_FIELDS: Record<string, Intl.DateTimeFormatOptions> = {
	day: { year: 'numeric', month: 'long', day: 'numeric' },
	week: { year: 'numeric', month: 'long', day: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	season: { year: 'numeric', month: 'long' },
	year: { year: 'numeric' },
	decade: { year: 'numeric' },
	century: { year: 'numeric' }
};

/**
 * A TimeValue written in the display calendar at its own precision: one date, or "a – b" when the
 * value is a span at that precision. Example (persian, fa): 2015-12-27 day → "۶ دی ۱۳۹۴".
 */
export function formatTimeValue(v: TimeValue, calendar: CalendarId, locale: DisplayLocale): string {
	const f = dayFormatter(calendar, locale, PRECISION_FIELDS[v.precision] ?? PRECISION_FIELDS.day);
	const a = f.format(isoDayToMs(v.earliest));
	const b = f.format(isoDayToMs(v.latest));
	const approx = v.approximate ? '~' : '';
	return a === b ? approx + a : `${approx}${a} – ${b}`;
}
