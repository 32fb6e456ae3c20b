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
	// one pass into a code-unit buffer: `out += ch` and a regex test per character made this the
	// hottest function when reading a megabyte of prose
	const codes: number[] = [];
	const map: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isDropped(c)) continue;
		const ch = text[i];
		let f = FOLD[ch];
		if (f === undefined)
			f = c < 0x80 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch) : ch.toLowerCase();
		// toLowerCase can change length for a few exotic letters; keep one char per source char
		codes.push(f.length === 1 ? f.charCodeAt(0) : c);
		map.push(i);
	}
	map.push(text.length);
	let out = '';
	for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
	return { text: out, map };
}

/** Dropped code units: U+064B–065F, U+0670, U+0640, U+200C, U+200E/F, U+202A–202E, U+2066–2069. */
function isDropped(c: number): boolean {
	return (
		(c >= 0x064b && c <= 0x065f) ||
		c === 0x0670 ||
		c === 0x0640 ||
		c === 0x200c ||
		c === 0x200e ||
		c === 0x200f ||
		(c >= 0x202a && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069)
	);
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
