/**
 * The calendar arithmetic the timeline axis needs: split a UTC day into the display calendar's
 * year/month/day and back, and the calendar's month names in a locale. Ticks are then computed on
 * the display calendar's own boundaries (see `ticks.ts`), never Gregorian ticks relabelled.
 *
 * The conversions go through a day number (days since 1970-01-01, UTC) so that no local time zone
 * can shift a date (Tehran is +03:30). Solar Hijri uses jalaali-js; lunar Hijri (Umm al-Qura) uses
 * the platform's ICU calendar, cached per day because `formatToParts` is slow.
 */
import { toGregorian, toJalaali } from 'jalaali-js';
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
	/** Day number (days since 1970-01-01) → the calendar's date. */
	fromDayNumber(n: number): CalendarDay;
	/** The calendar's date → day number. Days past the month's end roll over (JS Date style). */
	toDayNumber(year: number, month: number, day: number): number;
	/** Months in a year (12 for all three calendars we support). */
	monthsInYear: number;
}

function gregorianDay(n: number): CalendarDay {
	const d = new Date(n * DAY_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function gregorianNumber(y: number, m: number, d: number): number {
	const t = new Date(0);
	t.setUTCFullYear(y, m - 1, d);
	t.setUTCHours(0, 0, 0, 0);
	return Math.round(t.getTime() / DAY_MS);
}

const gregorian: AxisCalendar = {
	id: 'gregorian',
	monthsInYear: 12,
	fromDayNumber: gregorianDay,
	toDayNumber: gregorianNumber
};

function normMonth(year: number, month: number): [number, number] {
	const m0 = month - 1;
	const y = year + Math.floor(m0 / 12);
	return [y, (((m0 % 12) + 12) % 12) + 1];
}

const persian: AxisCalendar = {
	id: 'persian',
	monthsInYear: 12,
	fromDayNumber(n) {
		const g = gregorianDay(n);
		const j = toJalaali(g.year, g.month, g.day);
		return { year: j.jy, month: j.jm, day: j.jd };
	},
	toDayNumber(year, month, day) {
		const [y, m] = normMonth(year, month);
		const g = toGregorian(y, m, 1);
		return gregorianNumber(g.gy, g.gm, g.gd) + (day - 1);
	}
};

const islamicCache = new Map<number, CalendarDay>();
let islamicParts: Intl.DateTimeFormat | null = null;

function islamicFromDay(n: number): CalendarDay {
	const hit = islamicCache.get(n);
	if (hit) return hit;
	islamicParts ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric'
	});
	const parts = islamicParts.formatToParts(new Date(n * DAY_MS));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
	const out = { year: get('year'), month: get('month'), day: get('day') };
	if (islamicCache.size > 200_000) islamicCache.clear();
	islamicCache.set(n, out);
	return out;
}

/** Mean lunar year / month lengths, only used to guess where to start searching. */
const LUNAR_MONTH = 29.530588853;
const HIJRI_EPOCH = -492_148; // day number of 1 Muharram 1 AH (civil), close enough for a guess

const islamic: AxisCalendar = {
	id: 'islamic-umalqura',
	monthsInYear: 12,
	fromDayNumber: islamicFromDay,
	toDayNumber(year, month, day) {
		const [y, m] = normMonth(year, month);
		// Guess the first of the month, then walk to the exact day the ICU calendar gives.
		let n = Math.round(HIJRI_EPOCH + ((y - 1) * 12 + (m - 1)) * LUNAR_MONTH);
		for (let i = 0; i < 8; i++) {
			const c = islamicFromDay(n);
			const diff = (y - c.year) * 12 + (m - c.month);
			if (diff === 0) break;
			n += Math.round(diff * LUNAR_MONTH);
		}
		let c = islamicFromDay(n);
		while (c.year > y || (c.year === y && c.month >= m && c.day > 1)) {
			n -= c.day > 1 ? c.day - 1 : 1;
			c = islamicFromDay(n);
			if (c.year < y || (c.year === y && c.month < m)) break;
		}
		while (c.year < y || (c.year === y && c.month < m)) {
			n += 1;
			c = islamicFromDay(n);
		}
		return n + (day - 1);
	}
};

const REGISTRY: Record<CalendarId, AxisCalendar> = {
	gregorian,
	persian,
	'islamic-umalqura': islamic
};

/**
 * The axis arithmetic for a calendar id.
 * @throws Error for an unknown calendar (never a silent Gregorian fallback).
 * @example axisCalendar('persian').fromDayNumber(16_791) // { year: 1394, month: 10, day: 1 }
 */
export function axisCalendar(id: CalendarId): AxisCalendar {
	const c = REGISTRY[id];
	if (!c) throw new Error(`Unknown calendar "${String(id)}"`);
	return c;
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
 * The twelve month names of `calendar` in `locale`, from the platform's ICU data.
 * @example monthNames('persian', 'fa')[9] // 'دی'
 */
export function monthNames(
	calendar: CalendarId,
	locale: DisplayLocale,
	style: 'long' | 'short' = 'long'
): string[] {
	const key = `${calendar}|${locale}|${style}`;
	const hit = monthNameCache.get(key);
	if (hit) return hit;
	const cal = axisCalendar(calendar);
	const icuLocale = { en: 'en', ar: 'ar-SA', fa: 'fa-IR' }[locale];
	// ICU spells the Gregorian calendar 'gregory'.
	const icuCal = calendar === 'gregorian' ? 'gregory' : calendar;
	const fmt = new Intl.DateTimeFormat(`${icuLocale}-u-ca-${icuCal}`, { timeZone: 'UTC', month: style });
	const year = calendar === 'gregorian' ? 2001 : calendar === 'persian' ? 1380 : 1422;
	const names: string[] = [];
	for (let m = 1; m <= 12; m++) {
		// The middle of the month, so that no boundary disagreement can pick the neighbour's name.
		const n = cal.toDayNumber(year, m, 15);
		names.push(fmt.format(new Date(n * DAY_MS)));
	}
	monthNameCache.set(key, names);
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
	const g = gregorianDay(Math.floor(n));
	const y = g.year < 0 ? '-' + String(-g.year).padStart(4, '0') : String(g.year).padStart(4, '0');
	return `${y}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}
