/**
 * Matching-oriented normalisation of Arabic, Persian and English text, keeping a map from every
 * normalised character back to the original text so that each span found on the normalised string
 * is reported in UTF-16 offsets of the ORIGINAL string (end exclusive).
 *
 * Each original code unit becomes at most one normalised code unit (folded or dropped), so the map
 * is a plain array and the normalised text is never longer than the original.
 */

/** One-to-one foldings. Letters that are written several ways in the wild fold to one form. */
const FOLD: Record<string, string> = {
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0622': '\u0627', // آ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0672': '\u0627',
	'\u0673': '\u0627',
	'\u0649': '\u064A', // ى → ي
	'\u06CC': '\u064A', // ی (Persian yeh) → ي
	'\u06D0': '\u064A',
	'\u0626': '\u064A', // ئ → ي
	'\u06A9': '\u0643', // ک → ك
	'\u06AA': '\u0643',
	'\u0629': '\u0647', // ة → ه (taa marbuta)
	'\u06C0': '\u0647', // ۀ → ه
	'\u06C1': '\u0647',
	'\u06D5': '\u0647',
	'\u0624': '\u0648', // ؤ → و
	'\u060C': ',', // Arabic comma
	'\u061B': ';', // Arabic semicolon
	'\u066B': '.', // Arabic decimal separator
	'\u066C': ',', // Arabic thousands separator
	'\u06D4': '.', // Urdu full stop
	'\u200C': ' ', // ZWNJ (Persian half-space): a word boundary for matching; lexicons also know the glued form
	'\u00A0': ' ',
	'\u2007': ' ',
	'\u202F': ' ',
	'\u2009': ' ',
	'\u2013': '-', // en dash
	'\u2014': '-', // em dash
	'\u2212': '-',
	'\u2010': '-',
	'\u2011': '-',
	'\u2044': '/',
	'\u066D': '*',
	'\u00AB': '"',
	'\u00BB': '"',
	'\u201C': '"',
	'\u201D': '"',
	'\u2018': "'",
	'\u2019': "'",
	'\u0640': '' // tatweel
};

/** True for code units dropped entirely: Arabic diacritics, tatweel, bidi and zero-width marks. */
function isDropped(c: number): boolean {
	return (
		(c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun…
		c === 0x0670 || // superscript alef
		c === 0x0640 || // tatweel
		(c >= 0x06d6 && c <= 0x06ed) || // Quranic marks
		c === 0x200b || // zero-width space
		c === 0x200d || // ZWJ
		c === 0x200e ||
		c === 0x200f || // LRM, RLM
		c === 0x061c || // Arabic letter mark
		(c >= 0x202a && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069) ||
		c === 0xfeff
	);
}

/** The fold of one UTF-16 code unit: '' when dropped, else exactly one code unit. */
function foldUnit(ch: string): string {
	const c = ch.charCodeAt(0);
	if (c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
	if (isDropped(c)) return '';
	if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660); // Arabic-Indic digits
	if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0); // Persian digits
	const f = FOLD[ch];
	if (f !== undefined) return f;
	if (c >= 0xc0 && c <= 0x24f) {
		const l = ch.toLowerCase();
		return l.length === 1 ? l : ch;
	}
	return ch;
}

/** A normalised text and its map back to the original. */
export interface Normalized {
	/** The folded, lower-cased text. */
	text: string;
	/**
	 * `map[i]` is the offset (UTF-16) in the original text of normalised code unit i;
	 * `map[text.length]` is the original length.
	 */
	map: Int32Array;
}

/**
 * How the one normaliser treats the Persian half-space (ZWNJ, U+200C). The date lexicons list
 * «دی‌ماه» and «دیماه» both, so for dates the half-space is a word boundary (`'space'`, the
 * default). Reading's lexicons and the gazetteer rely on «می‌گوید» = «میگوید» and «روس‌ها» =
 * «روسها», so reading drops it (`'drop'`). Everything else folds the same in both modes.
 */
export interface NormalizeOptions {
	zwnj?: 'space' | 'drop';
}

/** Folding table for code units below 0x3000: -1 = drop, otherwise the folded code unit. */
const TABLE = (() => {
	const t = new Int32Array(0x3000);
	for (let c = 0; c < t.length; c++) {
		const f = foldUnit(String.fromCharCode(c));
		t[c] = f === '' ? -1 : f.charCodeAt(0);
	}
	return t;
})();

/** The same table with ZWNJ dropped (`zwnj: 'drop'`). */
const TABLE_JOINED = (() => {
	const t = TABLE.slice();
	t[0x200c] = -1;
	return t;
})();

function tableFor(opts?: NormalizeOptions): Int32Array {
	return opts?.zwnj === 'drop' ? TABLE_JOINED : TABLE;
}

/** The fold of one code unit through `table`: -1 when dropped, else the folded code unit. */
function foldWith(table: Int32Array, c: number): number {
	if (c < 0x3000) return table[c];
	return c === 0xfeff ? -1 : c;
}

/** The fold of one code unit: -1 when dropped, else the folded code unit. */
export function foldCode(c: number): number {
	return foldWith(TABLE, c);
}

/**
 * Fold a text for matching: Arabic-Indic and Persian digits → ASCII, ي/ی/ى → ي, ك/ک → ك, alef forms
 * → ا, ة → ه, ؤ → و, ئ → ي; diacritics, tatweel and bidi marks dropped; ZWNJ → space (or dropped,
 * see `NormalizeOptions`); Latin lower-cased. Linear time (one table look-up per code unit), total
 * (never throws).
 * @example normalize('۱۸ دی‌ماه').text === '18 دي ماه'
 * @example normalize('می‌گوید', { zwnj: 'drop' }).text === 'ميگويد'
 */
export function normalize(text: string, opts?: NormalizeOptions): Normalized {
	const r = normalizeInto(text, opts);
	return { text: r.text, map: r.map.slice() };
}

let bufScratch = new Uint16Array(4096);
let mapScratch = new Int32Array(4097);

/** Grow the shared scratch buffers to hold `len` code units. */
function scratchFor(len: number): void {
	if (bufScratch.length < len) {
		bufScratch = new Uint16Array(len);
		mapScratch = new Int32Array(len + 1);
	}
}

/** Drop megabyte-sized scratch buffers after one huge text instead of keeping them alive. */
function releaseScratch(): void {
	if (bufScratch.length > 1 << 16) {
		bufScratch = new Uint16Array(4096);
		mapScratch = new Int32Array(4097);
	}
}

/** UTF-16 decoding of the scratch buffer, where the platform's byte order is little-endian. */
const UTF16 =
	new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
		? new TextDecoder('utf-16le', { ignoreBOM: true })
		: null;

/**
 * `buf[0, n)` as a string. Decoded natively when it holds no surrogate (`surrogates` false: a lone
 * one would come back as U+FFFD), else in chunks of `String.fromCharCode` (spreading a megabyte into
 * one call overflows the stack).
 */
function stringOf(buf: Uint16Array, n: number, surrogates: boolean): string {
	let out = '';
	if (n <= 8) {
		// lexicon entries and short words: a call into the decoder costs more than it saves here
		for (let k = 0; k < n; k++) out += String.fromCharCode(buf[k]);
		return out;
	}
	if (UTF16 && !surrogates) return UTF16.decode(new Uint8Array(buf.buffer, buf.byteOffset, 2 * n));
	const CHUNK = 8192;
	for (let k = 0; k < n; k += CHUNK)
		out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
	return out;
}

/**
 * A short text folded through `table`: the runs it leaves unchanged are sliced from it, so that a
 * word with a folded letter costs a concatenation or two rather than one per character.
 */
function foldedShort(text: string, table: Int32Array): string {
	let out = '';
	let run = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const f = foldWith(table, c);
		if (f === c) continue;
		out += text.slice(run, i);
		if (f >= 0) out += String.fromCharCode(f);
		run = i + 1;
	}
	return run === 0 ? text : out + text.slice(run);
}

/**
 * `normalize` into shared scratch space: the returned `map` is only valid until the next call.
 * For hot loops that use one result at a time (the date finder); everyone else calls `normalize`.
 */
export function normalizeInto(text: string, opts?: NormalizeOptions): Normalized {
	const len = text.length;
	scratchFor(len);
	const table = tableFor(opts);
	const buf = bufScratch;
	const map = mapScratch;
	let n = 0;
	let ascii = true;
	let surrogates = false;
	let same = true;
	for (let i = 0; i < len; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x80) {
			ascii = false;
			if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
		}
		const f = foldWith(table, c);
		if (f !== c) same = false;
		if (f < 0) continue;
		buf[n] = f;
		map[n++] = i;
	}
	map[n] = len;
	// ASCII only folds A–Z to lower case (nothing is dropped): the native lower-casing builds the same
	// string. Otherwise the folded units are decoded at once, short texts too: Arabic folds a letter in
	// a dozen or so (ة, أ, ى…), and a window of a few dozen built by concatenating the runs between them
	// cost twice as much, then again when the tokenizer flattened it.
	const folded = ascii ? text.toLowerCase() : same ? text : stringOf(buf, n, surrogates);
	const result = { text: folded, map: map.subarray(0, n + 1) };
	releaseScratch();
	return result;
}

/** White space for `fold`'s collapsing: what `\s` matches among code units that survive folding. */
function isSpaceCode(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x205f ||
		c === 0x3000
	);
}

/**
 * Fold a string exactly as `normalize` folds text, collapse every run of white space to one space
 * and trim, so that lexicon entries, lines and text meet in the same form. Linear, allocation-light
 * (lines of a megabyte are folded too).
 * @example fold('ربیع‌الاول') === 'ربيع الاول'
 * @example fold(' می‌گوید\t', { zwnj: 'drop' }) === 'ميگويد'
 */
export function fold(s: string, opts?: NormalizeOptions): string {
	const len = s.length;
	scratchFor(len);
	const table = tableFor(opts);
	const buf = bufScratch;
	let n = 0;
	let space = false;
	let white = false;
	let ascii = true;
	let surrogates = false;
	for (let i = 0; i < len; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0x80) {
			ascii = false;
			if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
		}
		const f = foldWith(table, c);
		if (f < 0) continue;
		if (isSpaceCode(f)) {
			space = n > 0;
			white = true;
			continue;
		}
		if (space) {
			buf[n++] = 32;
			space = false;
		}
		buf[n++] = f;
	}
	// without white space there is nothing to collapse or trim: a word (the usual call) keeps the runs
	// it leaves unchanged (`foldedShort`)
	const out = white
		? stringOf(buf, n, surrogates)
		: ascii
			? s.toLowerCase()
			: len <= 64
				? foldedShort(s, table)
				: stringOf(buf, n, surrogates);
	releaseScratch();
	return out;
}

/**
 * Map a span of the normalised text back to the original text.
 * @param start normalised offset (inclusive)
 * @param end normalised offset (exclusive), > start
 * @returns `[start, end)` in UTF-16 offsets of the original text.
 */
export function toOriginal(norm: Pick<Normalized, 'map'>, start: number, end: number): [number, number] {
	const s = norm.map[start];
	// the next kept character's offset: marks dropped right after the span (tatweel in "هـ",
	// diacritics on the last letter) belong to it
	const e = end > start ? norm.map[end] : s;
	return [s, e];
}

/** A letter or digit of any script: what a word boundary test on normalised text looks for. */
export const LETTER = /[\p{L}\p{N}]/u;
