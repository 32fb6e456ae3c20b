/**
 * Digit sets for writing numbers: Western (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹).
 */
import type { DisplayLocale } from './month-names';

/** Western (0-9), Arabic-Indic (٠-٩) or Persian (۰-۹) digits. */
export type Digits = 'latn' | 'arab' | 'arabext';

const DIGITS: Record<Digits, string> = {
	latn: '0123456789',
	arab: '٠١٢٣٤٥٦٧٨٩',
	arabext: '۰۱۲۳۴۵۶۷۸۹'
};

/**
 * Rewrites the ASCII digits of a string in another digit set.
 * @example toDigits('1394', 'arabext') // '۱۳۹۴'
 */
export function toDigits(text: string, digits: Digits): string {
	if (digits === 'latn') return text;
	const set = DIGITS[digits];
	return text.replace(/[0-9]/g, (d) => set[d.charCodeAt(0) - 48]);
}

/** The digit set a locale uses unless told otherwise. */
export function defaultDigits(locale: DisplayLocale): Digits {
	return locale === 'en' ? 'latn' : locale === 'ar' ? 'arab' : 'arabext';
}
