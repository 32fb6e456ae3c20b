/**
 * Matching-oriented normalisation of Arabic-script text that keeps a map back to the original
 * offsets: every lexicon lookup runs on the normalised string, every result is reported in
 * UTF-16 offsets of the original text.
 */

const FOLD: Record<string, string> = {
	'\u0623': 'ا', // أ
	'\u0625': 'ا', // إ
	'\u0622': 'ا', // آ
	'\u0671': 'ا', // ٱ
	'\u0649': 'ي', // ى
	'\u06CC': 'ي', // ی (Persian yeh)
	'\u064A': 'ي',
	'\u06A9': 'ك', // ک
	'\u0629': 'ه', // ة
	'\u06C0': 'ه', // ۀ
	'\u0624': 'و', // ؤ
	'\u0626': 'ي', // ئ
	'\u00A0': ' '
};

/** Characters dropped entirely: Arabic diacritics, tatweel, bidi marks. */
// ZWNJ (the Persian half-space) is dropped: pages write می‌گوید and میگوید alike
const DROP = /[\u064B-\u065F\u0670\u0640\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface Normalized {
	/** The folded, lower-cased text. */
	text: string;
	/** `map[i]` = offset in the original text of normalised character i; `map[text.length]` = end. */
	map: number[];
}

/**
 * Fold a text for matching (alef/yeh/kaf/teh-marbuta variants, diacritics, tatweel, case).
 * Offsets: use `toOriginal` to go back. Total function, never throws.
 * @example normalize('أختر').text === 'اختر'
 */
export function normalize(text: string): Normalized {
	let out = '';
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (DROP.test(ch)) continue;
		const f = FOLD[ch] ?? ch.toLowerCase();
		// toLowerCase can change length for a few exotic letters; keep one char per source char
		out += f.length === 1 ? f : ch;
		map.push(i);
	}
	map.push(text.length);
	return { text: out, map };
}

/** Normalise a lexicon entry the same way (no map needed). */
export function fold(s: string): string {
	return normalize(s).text.replace(/\s+/g, ' ').trim();
}

/** Original [start, end) for normalised [s, e). */
export function toOriginal(n: Normalized, s: number, e: number): [number, number] {
	const start = n.map[s];
	const end = e > s ? n.map[e - 1] + 1 : start;
	return [start, end];
}

/** First normalised index whose original offset is ≥ `orig`. */
export function fromOriginal(n: Normalized, orig: number): number {
	let lo = 0;
	let hi = n.map.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (n.map[mid] < orig) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A letter of any script (Arabic letters included), used for word boundaries. */
export const LETTER = /[\p{L}\p{N}]/u;
