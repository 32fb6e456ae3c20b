/**
 * The tokens of a stretch of text that `quickScan` has already split: what
 * `tokenize(normalize(stretch).text)` gives, without folding the stretch into a string and splitting
 * it again. The date finder reads a text in short windows around its anchors (a dozen tokens each in
 * Arabic news), and preparing each window from scratch cost it a third of its time.
 */
import { foldCode, type Normalized } from './normalize';
import type { QuickScan } from './scan';
import type { Token, TokenKind } from './tokenize';

/** The tokens of a window and the map of its normalised offsets back to the window's text. */
export interface WindowTokens {
	/** As `tokenize` gives them for the window's normalised text (offsets in that text). */
	toks: Token[];
	/**
	 * `map[i]`: the offset, in the window's original text (`text.slice(q.starts[a], q.ends[b - 1])`),
	 * of normalised code unit i; `map[n]` is the window's length, as `Normalized.map`. Shared
	 * scratch space: valid until the next call.
	 */
	map: Normalized['map'];
}

const KINDS: TokenKind[] = ['num', 'word', 'punct', 'nl'];

let mapScratch = new Int32Array(1024);

/**
 * The tokens of scan tokens [a, b) of `text` (`q` is `quickScan(text, …)`, a < b), and the offsets
 * map of the window they span, exactly as normalising `text.slice(q.starts[a], q.ends[b - 1])` and
 * tokenizing its text would give them; null when the window holds a high surrogate, which the
 * tokenizer keeps with the unit after it and the scan does not (the caller then does both).
 * Linear in the window's length; one string per token, sliced from `text` when folding leaves it
 * unchanged.
 * @example windowTokens('في ١٨ دي', quickScan('في ١٨ دي', new Set()), 1, 3)!.toks.map((t) => t.text) // ['18', 'دي']
 */
export function windowTokens(text: string, q: QuickScan, a: number, b: number): WindowTokens | null {
	const s0 = q.starts[a];
	const len = q.ends[b - 1] - s0;
	if (mapScratch.length <= len) mapScratch = new Int32Array(2 * (len + 1));
	const map = mapScratch;
	const toks: Token[] = new Array(b - a);
	// n: normalised code units so far; prev: where the previous token ended in `text`
	let n = 0;
	let prev = s0;
	for (let k = a; k < b; k++) {
		const qs = q.starts[k];
		const qe = q.ends[k];
		const kind = q.kinds[k];
		if (kind === 2) {
			const c = text.charCodeAt(qs);
			if (c >= 0xd800 && c <= 0xdbff) return null;
		}
		// the white space and dropped marks before it: whitespace kept makes it `space`
		const gap = n;
		for (let i = prev; i < qs; i++) if (foldCode(text.charCodeAt(i)) >= 0) map[n++] = i - s0;
		const start = n;
		// its folded units: the text unchanged is sliced as it is, else rebuilt from the runs it keeps
		let folded = '';
		let run = qs;
		for (let i = qs; i < qe; i++) {
			const c = text.charCodeAt(i);
			const f = foldCode(c);
			if (f >= 0) map[n++] = i - s0;
			if (f === c) continue;
			folded += text.slice(run, i);
			if (f >= 0) folded += String.fromCharCode(f);
			run = i + 1;
		}
		const t = run === qs ? text.slice(qs, qe) : folded + text.slice(run, qe);
		toks[k - a] = {
			kind: KINDS[kind],
			text: t,
			start,
			end: n,
			space: start > gap && kind !== 3,
			// a huge digit run is not a number we care about (as tokensOf)
			value: kind === 0 ? (t.length <= 9 ? Number(t) : Infinity) : NaN
		};
		prev = qe;
	}
	map[n] = len;
	return { toks, map: map.subarray(0, n + 1) };
}
