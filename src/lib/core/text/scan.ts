/**
 * A fast first pass over ORIGINAL text: folds each code unit through the normalisation table,
 * finds token boundaries and hashes each word's folded form, so that a caller can find the few
 * places worth a closer look (numbers, lexicon words) without allocating a string or an object per
 * token. One pass, linear, no regular expressions.
 */
import { ARTICLE, ARTICLE_AFTER_LAM } from '../lexicon/article';
import { grown } from './grow';
import { foldCode } from './normalize';
import { CHAR_CLASS } from './tokenize';

/** Token boundaries in ORIGINAL offsets, kinds and a candidate flag, as flat arrays. */
export interface QuickScan {
	n: number;
	starts: Int32Array;
	ends: Int32Array;
	/** 0 num, 1 word, 2 punct, 3 nl */
	kinds: Uint8Array;
	/** 1 when the token is a number or a word whose folded form (or the form without a glued و/ب/ل/ف) hashes into `hashes`. */
	cand: Uint8Array;
}

/** The classes of `CHAR_CLASS` (tokenize.ts: `CHAR`). */
const enum C {
	Other = 0,
	Digit = 1,
	Latin = 2,
	Arabic = 3,
	Space = 4,
	Nl = 5
}

/** The tokenizer's classes (`CHAR_CLASS`), numbered as `C`. */
const CLS = CHAR_CLASS;

function fresh(cap: number): QuickScan {
	return {
		n: 0,
		starts: new Int32Array(cap),
		ends: new Int32Array(cap),
		kinds: new Uint8Array(cap),
		cand: new Uint8Array(cap)
	};
}

let scratch = fresh(1024);

/**
 * One look-up per code unit: -1 = dropped (diacritics, tatweel, bidi marks), else
 * (class << 16) | folded code unit.
 */
const FC = (() => {
	const t = new Int32Array(0x10000);
	for (let c = 0; c < 0x10000; c++) {
		const f = foldCode(c);
		t[c] = f < 0 ? -1 : (CLS[f] << 16) | f;
	}
	return t;
})();

/** Folded «ل» and «ا»: «لل» opens a word where «ل» is glued to the article «ال» (proclitics data). */
const LAM = foldCode(ARTICLE_AFTER_LAM.charCodeAt(0));
const ALEF = foldCode(ARTICLE.charCodeAt(0));

/** و ب ل ف: letters Arabic glues to the next word (compared, not looked up: this runs per word). */
function gluedLetter(f: number): boolean {
	return f === 0x648 || f === 0x628 || f === 0x644 || f === 0x641;
}

/** Bits of a hash that index the quick-reject filter (2^16 bits, 8 KB per hash set). */
const FILTER_BITS = 16;
const filters = new WeakMap<Set<number>, Uint32Array>();

/**
 * A bit per `FILTER_BITS` low bits of the hashes in a set: a word whose bit is clear is not in the
 * set, without a hash-table look-up (most words of a text are not). Built once per set; the sets
 * are the lexicon's, built once and never changed.
 * @example mayHold(filterOf(new Set([hashRange('يناير', 0, 5)])), hashRange('يناير', 0, 5)) === true
 */
export function filterOf(hashes: Set<number>): Uint32Array {
	let f = filters.get(hashes);
	if (!f) {
		f = new Uint32Array(1 << (FILTER_BITS - 5));
		for (const h of hashes) f[(h & 0xffff) >>> 5] |= 1 << (h & 31);
		filters.set(hashes, f);
	}
	return f;
}

/** False when hash h is in no set the filter came from (`filterOf`); true when it may be. */
export function mayHold(filter: Uint32Array, h: number): boolean {
	return (filter[(h & 0xffff) >>> 5] & (1 << (h & 31))) !== 0;
}

/** Whether hash h (unsigned) may be in the set the filter came from, then whether it is. */
function inSet(filter: Uint32Array, hashes: Set<number>, h: number): boolean {
	return mayHold(filter, h) && hashes.has(h >>> 0);
}

/**
 * Scan a text. `hashes` holds FNV-1a hashes (see hashRange) of folded words that matter.
 * The returned arrays are shared scratch space: use them before the next call.
 * @example quickScan('في 2015', new Set()).cand // [0, 1]
 */
export function quickScan(text: string, hashes: Set<number>): QuickScan {
	const len = text.length;
	// scratch buffers reused from call to call (the result is valid until the next call): short
	// texts then allocate nothing here
	let cap = scratch.starts.length;
	let { starts, ends, kinds, cand } = scratch;
	const filter = filterOf(hashes);
	let n = 0;
	let i = 0;
	while (i < len) {
		const x = FC[text.charCodeAt(i)];
		if (x < 0) {
			i++;
			continue;
		}
		const f = x & 0xffff;
		const cls = x >> 16;
		if (cls === C.Space) {
			i++;
			continue;
		}
		const start = i;
		let kind: number;
		let isCand = 0;
		if (cls === C.Digit) {
			i++;
			while (i < len) {
				const y = FC[text.charCodeAt(i)];
				if (y >= 0 && y >> 16 !== C.Digit) break;
				i++;
			}
			kind = 0;
			isCand = 1;
		} else if (cls === C.Latin || (cls === C.Arabic && !gluedLetter(f))) {
			// a word that cannot begin with a glued letter (every Latin one): its hash alone, in a loop
			// of its own, the tightest of the scan
			let h = Math.imul(0x811c9dc5 ^ f, 0x01000193);
			i++;
			while (i < len) {
				const y = FC[text.charCodeAt(i)];
				if (y < 0) {
					i++;
					continue;
				}
				if (y >> 16 !== cls) break;
				h = Math.imul(h ^ (y & 0xffff), 0x01000193);
				i++;
			}
			kind = 1;
			if (inSet(filter, hashes, h)) isCand = 1;
		} else if (cls === C.Arabic) {
			let h = Math.imul(0x811c9dc5 ^ f, 0x01000193);
			// an Arabic word that begins with a letter that may be a glued و/ب/ل/ف: also the hash without it
			let h2 = 0x811c9dc5;
			// and, after «ل» glued to the article (لل = ل + ال), the hash with the article's alef back
			const lam = f === LAM;
			let h3 = Math.imul(0x811c9dc5 ^ ALEF, 0x01000193);
			let second = 0;
			let count = 1;
			i++;
			while (i < len) {
				const y = FC[text.charCodeAt(i)];
				if (y < 0) {
					i++;
					continue;
				}
				if (y >> 16 !== cls) break;
				const g = y & 0xffff;
				h = Math.imul(h ^ g, 0x01000193);
				h2 = Math.imul(h2 ^ g, 0x01000193);
				if (lam) h3 = Math.imul(h3 ^ g, 0x01000193);
				if (count === 1) second = g;
				count++;
				i++;
			}
			kind = 1;
			if (
				inSet(filter, hashes, h) ||
				(count > 2 && inSet(filter, hashes, h2)) ||
				(lam && second === LAM && count > 3 && inSet(filter, hashes, h3))
			)
				isCand = 1;
		} else if (cls === C.Nl) {
			i++;
			kind = 3;
		} else {
			i++;
			kind = 2;
		}
		if (n === cap) {
			cap *= 2;
			starts = grown(starts);
			ends = grown(ends);
			kinds = grown(kinds);
			cand = grown(cand);
		}
		starts[n] = start;
		ends[n] = i;
		kinds[n] = kind;
		cand[n] = isCand;
		n++;
	}
	if (cap > 1 << 16)
		scratch = fresh(1024); // do not keep megabytes alive after a huge text
	else scratch = { n: 0, starts, ends, kinds, cand };
	return { n, starts, ends, kinds, cand };
}
