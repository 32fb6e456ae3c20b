/**
 * Writing an item's date for people: in any of the three calendars, the locale's digits, a range
 * when the date is uncertain — used by the tooltip, the table and the exports.
 */
import type { CalendarId, TimeValue } from '../time/time-value';
import { defaultLocale, formatDay, isoToDay, type DisplayLocale } from './axis-calendar';

// A word rather than "~": a leading neutral sign lands on the wrong side of an RTL date.
const CIRCA: Record<DisplayLocale, string> = { en: 'c. ', fa: 'حدود ', ar: 'حوالي ' };

/**
 * A TimeValue written in `calendar`: one day ("۱ دی ۱۳۹۴"), or the range earliest – latest
 * ("1 Dec 2015 – 31 Dec 2015"), prefixed with "c." / "حدود" / "حوالي" when approximate. '' for null.
 * @example formatWhen(tv, 'persian') // '۱ دی ۱۳۹۴'
 */
export function formatWhen(
	when: TimeValue | null,
	calendar: CalendarId,
	locale: DisplayLocale = defaultLocale(calendar)
): string {
	if (!when) return '';
	const a = isoToDay(when.earliest);
	const b = isoToDay(when.latest);
	if (!Number.isFinite(a) || !Number.isFinite(b)) return when.text || when.edtf;
	const s =
		a === b
			? formatDay(a, calendar, locale)
			: `${formatDay(a, calendar, locale)} – ${formatDay(b, calendar, locale)}`;
	return when.approximate ? `${CIRCA[locale]}${s}` : s;
}

/** Text direction of a string from its first strong character: 'rtl' for Arabic/Persian/Hebrew script. */
export function textDirection(s: string): 'rtl' | 'ltr' {
	const m = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/.exec(s);
	return m && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/.test(m[0]) ? 'rtl' : 'ltr';
}
