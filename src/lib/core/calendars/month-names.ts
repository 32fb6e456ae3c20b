/**
 * Month names by calendar, locale and style, read from `month-names-data.ts` once at load.
 * Names come from data rather than Intl so that output is identical on every platform and ICU
 * version (the same notebook must render byte for byte the same everywhere).
 */
import type { CalendarId } from './types';
import data from './month-names-data';

/** Locales Taqvim displays dates in. `fa-AF` uses the Afghan Dari solar month names (حمل…حوت). */
export type DisplayLocale = 'en' | 'ar' | 'fa' | 'fa-AF';
export type MonthStyle = 'long' | 'short';

const table = new Map<string, string>();
for (const raw of data.split('\n')) {
	const line = raw.trim();
	if (!line || line.startsWith('#')) continue;
	const [calendar, locale, style, month, ...name] = line.split(/\s+/);
	table.set(`${calendar} ${locale} ${style} ${month}`, name.join(' '));
}

/**
 * The name of `month` (1–12) in `calendar`, spelled for `locale`.
 * Falls back short → long and fa-AF → fa (Afghan names differ only for the solar months).
 * Throws RangeError for a month with no name.
 * @example monthName('persian', 10, 'fa') // 'دی'
 */
export function monthName(
	calendar: CalendarId,
	month: number,
	locale: DisplayLocale = 'en',
	style: MonthStyle = 'long'
): string {
	const locales: string[] = locale === 'fa-AF' ? ['fa-AF', 'fa'] : [locale];
	for (const loc of locales) {
		for (const st of style === 'short' ? ['short', 'long'] : ['long']) {
			const hit = table.get(`${calendar} ${loc} ${st} ${month}`);
			if (hit) return hit;
		}
	}
	throw new RangeError(`No ${style} name for month ${month} of ${calendar} in ${locale}.`);
}

/**
 * The locale a calendar's labels are written in unless a view asks for another: Persian for Solar
 * Hijri, Arabic for lunar Hijri, English for Gregorian.
 * @example defaultLocale('persian') // 'fa'
 */
export function defaultLocale(calendar: CalendarId): 'en' | 'ar' | 'fa' {
	return calendar === 'persian' ? 'fa' : calendar === 'islamic-umalqura' ? 'ar' : 'en';
}
