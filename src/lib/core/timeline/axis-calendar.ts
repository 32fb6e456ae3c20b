/**
 * The calendar arithmetic the timeline axis needs, on top of the shared calendar registry
 * (`$lib/core/calendars`): split a day number into the display calendar's year/month/day and back,
 * and its month names in a locale. Ticks are computed on the display calendar's own boundaries
 * (see `ticks.ts`), never Gregorian ticks relabelled.
 *
 * Day numbers are days since 1970-01-01 (UTC), so no local time zone can shift a date (Tehran is
 * +03:30).
 */
import { getCalendar, monthName } from '../calendars';
import type { CalendarId } from '../time/time-value';

export const DAY_MS = 86_400_000;

/** A day in some calendar; `month` is 1-based. */
export interface CalendarDay {
	year: number;
	month: number;
	day: number;
}

/** One calendar as the axis sees it. */
export interface AxisCalendar {
	id: CalendarId;
	/** Day number (days since 1970-01-01) → the calendar's date. Throws outside the calendar's years. */
	fromDayNumber(n: number): CalendarDay;
	/** The calendar's date → day number. Months past 12 roll into the next year and days past the
	 * month's end into the next month, so `toDayNumber(y, m + 1, 1)` is "the next month's first". */
	toDayNumber(year: number, month: number, day: number): number;
	/** Months in a year (12 for all three calendars we support). */
	monthsInYear: number;
}

function normMonth(year: number, month: number): [number, number] {
	const m0 = month - 1;
	const y = year + Math.floor(m0 / 12);
	return [y, (((m0 % 12) + 12) % 12) + 1];
}

const axisCache = new Map<CalendarId, AxisCalendar>();

/**
 * The axis arithmetic for a calendar id (conversions from the shared calendar registry).
 * @throws Error for an unknown calendar (never a silent Gregorian fallback).
 * @example axisCalendar('persian').fromDayNumber(16_791) // { year: 1394, month: 10, day: 1, … }
 */
export function axisCalendar(id: CalendarId): AxisCalendar {
	const hit = axisCache.get(id);
	if (hit) return hit;
	if (id !== 'gregorian' && id !== 'persian' && id !== 'islamic-umalqura')
		throw new Error(`Unknown calendar "${String(id)}"`);
	const cal = getCalendar(id);
	const out: AxisCalendar = {
		id,
		monthsInYear: 12,
		fromDayNumber: (n) => cal.fromDay(Math.floor(n)),
		toDayNumber(year, month, day) {
			const [y, m] = normMonth(year, month);
			return cal.toDay(y, m, 1) + (day - 1);
		}
	};
	axisCache.set(id, out);
	return out;
}

/** The calendars the switch offers, in display order. */
export const DISPLAY_CALENDARS: CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];

export type DisplayLocale = 'en' | 'ar' | 'fa';

/** The locale a calendar's labels use unless the view asks for another. */
export function defaultLocale(calendar: CalendarId): DisplayLocale {
	return calendar === 'persian' ? 'fa' : calendar === 'islamic-umalqura' ? 'ar' : 'en';
}

const DIGITS: Record<DisplayLocale, string> = {
	en: '0123456789',
	ar: '٠١٢٣٤٥٦٧٨٩',
	fa: '۰۱۲۳۴۵۶۷۸۹'
};

/**
 * Writes an integer with the locale's digits (Western, Arabic-Indic, Persian).
 * @example localDigits(1394, 'fa') // '۱۳۹۴'
 */
export function localDigits(n: number, locale: DisplayLocale): string {
	const d = DIGITS[locale];
	return String(n).replace(/[0-9]/g, (c) => d[Number(c)]);
}

const monthNameCache = new Map<string, string[]>();

/**
 * The twelve month names of `calendar` in `locale` (from the shared month-name data).
 * @example monthNames('persian', 'fa')[9] // 'دی'
 */
export function monthNames(
	calendar: CalendarId,
	locale: DisplayLocale,
	style: 'long' | 'short' = 'long'
): string[] {
	const key = `${calendar}|${locale}|${style}`;
	let names = monthNameCache.get(key);
	if (!names) {
		names = Array.from({ length: 12 }, (_, i) => monthName(calendar, i + 1, locale, style));
		monthNameCache.set(key, names);
	}
	return names;
}

/**
 * A day written in a calendar and locale, e.g. "۱ دی ۱۳۹۴", "10 Dec 2015", "٢٨ صفر ١٤٣٧".
 * @param dayNumber days since 1970-01-01 (UTC)
 */
export function formatDay(dayNumber: number, calendar: CalendarId, locale: DisplayLocale): string {
	const c = axisCalendar(calendar).fromDayNumber(dayNumber);
	const month = monthNames(calendar, locale, locale === 'en' ? 'short' : 'long')[c.month - 1];
	return `${localDigits(c.day, locale)} ${month} ${localDigits(c.year, locale)}`;
}

/**
 * ISO YYYY-MM-DD (an optional time part is ignored) → day number; NaN when malformed.
 * Hand-parsed with Hinnant's days-from-civil because the timeline converts every item's dates when
 * it indexes (200,000 calls for 100,000 items), where a regex and a Date per call cost ~0.3 s.
 * @example isoToDay('1970-01-02') // 1
 */
export function isoToDay(iso: string): number {
	let i = 0;
	let sign = 1;
	if (iso.charCodeAt(0) === 45) {
		sign = -1;
		i = 1;
	}
	let y = 0;
	let digits = 0;
	for (; i < iso.length; i++) {
		const c = iso.charCodeAt(i) - 48;
		if (c < 0 || c > 9) break;
		y = y * 10 + c;
		digits++;
	}
	if (digits < 1 || digits > 6 || iso.charCodeAt(i) !== 45) return NaN;
	const m = two(iso, i + 1);
	if (iso.charCodeAt(i + 3) !== 45) return NaN;
	const d = two(iso, i + 4);
	if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
	return daysFromCivil(sign * y, m, d);
}

function two(s: string, i: number): number {
	const a = s.charCodeAt(i) - 48;
	const b = s.charCodeAt(i + 1) - 48;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

function daysFromCivil(y0: number, m: number, d: number): number {
	const y = m <= 2 ? y0 - 1 : y0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Day number → ISO YYYY-MM-DD (proleptic Gregorian). */
export function dayToIso(n: number): string {
	const d = new Date(Math.floor(n) * DAY_MS);
	const g = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
	const y = g.year < 0 ? '-' + String(-g.year).padStart(4, '0') : String(g.year).padStart(4, '0');
	return `${y}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}
