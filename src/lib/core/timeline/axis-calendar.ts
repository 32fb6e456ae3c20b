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
import type { CalendarId } from '../calendars/types';

// day numbers and ISO days are the calendars' (one conversion for all of Taqvim)
export { DAY_MS, dayToIso, isoToDay } from '../calendars/iso';

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
export { defaultLocale } from '../calendars/month-names';

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
