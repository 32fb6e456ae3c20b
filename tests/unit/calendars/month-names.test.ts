import { describe, expect, it } from 'vitest';
import { CALENDAR_IDS, monthName, type DisplayLocale } from '../../../src/lib/core/calendars';

const LOCALES: DisplayLocale[] = ['en', 'ar', 'fa', 'fa-AF'];

describe('month names', () => {
	it.each(CALENDAR_IDS.flatMap((c) => LOCALES.map((l) => [c, l] as const)))(
		'names all twelve %s months in %s, each once',
		(calendar, locale) => {
			const names = Array.from({ length: 12 }, (_, i) => monthName(calendar, i + 1, locale));
			expect(new Set(names).size).toBe(12);
			for (const n of names) expect(n.trim()).toBe(n);
		}
	);

	it.each([
		['persian', 10, 'fa', 'long', 'دی'],
		['persian', 10, 'fa-AF', 'long', 'جدی'],
		['persian', 1, 'fa-AF', 'long', 'حمل'],
		['persian', 12, 'fa-AF', 'long', 'حوت'],
		['gregorian', 12, 'en', 'short', 'Dec'],
		['gregorian', 12, 'fa-AF', 'long', 'دسامبر'],
		['persian', 10, 'en', 'short', 'Dey'],
		['islamic-umalqura', 3, 'ar', 'long', 'ربيع الأول'],
		['islamic-umalqura', 11, 'fa', 'long', 'ذی‌القعده']
	] as const)('names %s month %i in %s (%s) %s', (calendar, month, locale, style, name) => {
		expect(monthName(calendar, month, locale, style)).toBe(name);
	});

	it('throws for a month with no name', () => {
		expect(() => monthName('persian', 13, 'fa')).toThrow('No long name for month 13 of persian in fa.');
	});
});
