import { grown } from './grow';
/**
 * A tokenizer for date finding: digit runs, letter runs (Arabic script or Latin) and single
 * punctuation characters, over normalised text. Linear time; no regular expressions.
 */

export type TokenKind = 'num' | 'word' | 'punct' | 'nl';

/** One token. Offsets are in the normalised text; `[start, end)`. */
export interface Token {
	kind: TokenKind;
	/** The normalised characters. */
	text: string;
	start: number;
	end: number;
	/** True when whitespace (not a newline) separates it from the previous token. */
	space: boolean;
	/** Numeric value of a `num` token (digits only), else NaN. */
	value: number;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Latin letters, Arabic-script letters (after folding) and the apostrophe-free word characters. */
function isLetter(c: number): boolean {
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		(c >= 0x0621 && c <= 0x064a) ||
		(c >= 0x066e && c <= 0x06d3) ||
		(c >= 0x06fa && c <= 0x06ff) ||
		(c >= 0xc0 && c <= 0x24f)
	);
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 13 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isNewline(c: number): boolean {
	return c === 10 || c === 0x2028 || c === 0x2029;
}

/** Classes of `CHAR_CLASS`. */
export const CHAR = { other: 0, digit: 1, latin: 2, arabic: 3, space: 4, nl: 5 } as const;

/**
 * The class of every UTF-16 code unit, as `isDigit`, `isLetter` (Latin below U+0600, Arabic script
 * above), `isSpace` and `isNewline` say: one look-up per character for the scanners (this file's and
 * quickScan's), which meet the same token boundaries.
 */
export const CHAR_CLASS = (() => {
	const t = new Uint8Array(0x10000);
	for (let c = 0; c < 0x10000; c++) {
		if (isDigit(c)) t[c] = CHAR.digit;
		else if (isLetter(c)) t[c] = c < 0x600 ? CHAR.latin : CHAR.arabic;
		else if (isSpace(c)) t[c] = CHAR.space;
		else if (isNewline(c)) t[c] = CHAR.nl;
	}
	return t;
})();

/** Token boundaries as flat arrays (no objects): the cheap first pass over a text. */
export interface Scan {
	n: number;
	starts: Int32Array;
	ends: Int32Array;
	/** 0 num, 1 word, 2 punct, 3 nl */
	kinds: Uint8Array;
}

const KINDS: TokenKind[] = ['num', 'word', 'punct', 'nl'];

/**
 * Find token boundaries without allocating a token object per token. Linear.
 * @example scanTokens('18 دي').n === 2
 */
export function scanTokens(text: string): Scan {
	return scanWith(text, 16, null);
}

let scratch: Scan | null = null;

function scanWith(text: string, minCap: number, reuse: Scan | null): Scan {
	const len = text.length;
	let cap = reuse ? reuse.starts.length : Math.max(minCap, len >> 1);
	let starts = reuse ? reuse.starts : new Int32Array(cap);
	let ends = reuse ? reuse.ends : new Int32Array(cap);
	let kinds = reuse ? reuse.kinds : new Uint8Array(cap);
	let n = 0;
	let i = 0;
	while (i < len) {
		const c = text.charCodeAt(i);
		const cls = CHAR_CLASS[c];
		if (cls === CHAR.space) {
			i++;
			continue;
		}
		const start = i;
		let kind: number;
		if (cls === CHAR.digit || cls === CHAR.latin || cls === CHAR.arabic) {
			// a run of one class: digits, or letters of one script ("سورياfebruary" is two words)
			i++;
			while (i < len && CHAR_CLASS[text.charCodeAt(i)] === cls) i++;
			kind = cls === CHAR.digit ? 0 : 1;
		} else if (cls === CHAR.nl) {
			i++;
			kind = 3;
		} else {
			// keep a surrogate pair together
			i += c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
			kind = 2;
		}
		if (n === cap) {
			cap *= 2;
			starts = grown(starts);
			ends = grown(ends);
			kinds = grown(kinds);
		}
		starts[n] = start;
		ends[n] = i;
		kinds[n] = kind;
		n++;
	}
	return { n, starts, ends, kinds };
}

/**
 * Token objects for the scanned tokens a..b-1 (offsets stay those of the whole text).
 */
export function tokensOf(text: string, scan: Scan, a: number, b: number): Token[] {
	const out: Token[] = new Array(Math.max(0, b - a));
	for (let k = a; k < b; k++) {
		const start = scan.starts[k];
		const end = scan.ends[k];
		const kind = KINDS[scan.kinds[k]];
		const prevEnd = k > 0 ? scan.ends[k - 1] : 0;
		const space =
			start > prevEnd && scan.kinds[k] !== 3 && (k === 0 || scan.kinds[k - 1] !== 3 || start > prevEnd);
		const t = text.slice(start, end);
		// a huge digit run is not a number we care about; avoid precision noise
		const value = kind === 'num' ? (t.length <= 9 ? Number(t) : Infinity) : NaN;
		out[k - a] = { kind, text: t, start, end, space, value };
	}
	return out;
}

/** 32-bit FNV-1a hash of text[from, to): lets a scan test words against the lexicon without slicing. */
export function hashRange(text: string, from: number, to: number): number {
	let h = 0x811c9dc5;
	for (let i = from; i < to; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * Split normalised text into tokens. Newlines become `nl` tokens (dates never cross them).
 * @example tokenize('18 دي 1394').map(t => t.kind) // ['num', 'word', 'num']
 */
export function tokenize(text: string): Token[] {
	// token objects copy what they need, so the flat arrays can be scratch space reused across calls
	scratch ??= scanWith('', 1024, null);
	const scan = scanWith(text, 1024, scratch);
	scratch = scan.starts.length > 1 << 16 ? null : scan;
	return tokensOf(text, scan, 0, scan.n);
}
