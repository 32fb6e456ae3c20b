/**
 * `findDates`: normalise → tokenize → look up the lexicon once per token → at each position try the
 * parsers in order and keep the longest match → resolve. Linear in the text length: every parser
 * looks at a bounded window, and the scan never moves backwards.
 */
import { normalize, tokenize, toOriginal, type Token } from '../text';
import { getLexicon } from '../lexicon';
import type { FindDatesOptions, TimeMention } from './mention';
import { buildStream, Cursor, PARSERS, type Match } from './parse';
import { resolve } from './resolve';
import { parseIso } from './calendar-adapter';
import { detectLang, normaliseLang } from './lang';

/** True when the match is the only word content of a bulleted line (menus: "- اليوم", "- الأسبوع"). */
function aloneOnLine(toks: Token[], m: Match): boolean {
	let bullet = false;
	for (let k = m.start - 1; k >= 0 && toks[k].kind !== 'nl'; k--) {
		if (toks[k].kind !== 'punct') return false;
		bullet = true;
	}
	if (!bullet) return false;
	for (let k = m.end; k < toks.length && toks[k].kind !== 'nl'; k++)
		if (toks[k].kind !== 'punct') return false;
	return true;
}

/**
 * Every date expression in a text, in order, with offsets into the ORIGINAL text (UTF-16, end
 * exclusive). Relative expressions resolve against `opts.ref` (ISO day); without it they come back
 * with `unresolved` set. Dates that do not exist come back with `invalid` set. Never throws on text.
 * @example findDates('۱۸ دی ۱۳۹۴', {lang: 'fa'})[0].earliest === '2016-01-08'
 */
export function findDates(text: string, opts: FindDatesOptions = {}): TimeMention[] {
	if (!text) return [];
	const lang = normaliseLang(opts.lang) ?? detectLang(text);
	const ref = opts.ref ? parseIso(opts.ref) : null;
	const out: TimeMention[] = [];
	// Work segment by segment (lines, or sentence-sized pieces of a very long line): dates never
	// span a line, and short-lived tokens keep memory flat on megabyte inputs.
	for (let a = 0; a < text.length;) {
		const b = segmentEnd(text, a);
		findInSegment(text.slice(a, b), a, lang, ref, out);
		a = b;
	}
	return out;
}

const SEGMENT = 4096;

/** End (exclusive) of the segment starting at a: after a newline, else after a sentence end, else at a space. */
function segmentEnd(text: string, a: number): number {
	const n = text.length;
	if (n - a <= SEGMENT) return n;
	const nlLimit = Math.min(n, a + 2 * SEGMENT);
	for (let k = a + SEGMENT; k < nlLimit; k++) if (text.charCodeAt(k) === 10) return k + 1;
	const limit = Math.min(n, a + 3 * SEGMENT);
	let space = -1;
	for (let k = a + SEGMENT; k < limit; k++) {
		const c = text.charCodeAt(k);
		if (c === 32 || c === 10) {
			const p = text.charCodeAt(k - 1);
			if (p === 46 || p === 33 || p === 63 || p === 0x061f || p === 0x06d4) return k + 1; // . ! ? ؟ ۔
			if (space < 0 && k > a + 2 * SEGMENT) space = k + 1;
		}
	}
	if (space > 0) return space;
	// no space at all: cut, but not inside a run of digits or letters (bounded step back)
	let k = limit;
	for (
		let step = 0;
		step < 64 && k > a + 1 && /[\p{L}\p{N}]/u.test(text[k - 1]) && /[\p{L}\p{N}]/u.test(text[k]);
		step++
	)
		k--;
	return k;
}

function findInSegment(
	text: string,
	offset: number,
	lang: 'ar' | 'fa' | 'en',
	ref: number | null,
	out: TimeMention[]
): void {
	const norm = normalize(text);
	const toks = tokenize(norm.text);
	const stream = buildStream(toks, getLexicon(), text, norm.map, lang);
	const c = new Cursor(stream);
	let i = 0;
	while (i < toks.length) {
		const t = toks[i];
		if (t.kind === 'nl' || (t.kind === 'punct' && t.text !== "'")) {
			i++;
			continue;
		}
		const hit = stream.hits[i];
		if (hit && hit.some((e) => e.kind === 'block')) {
			i += stream.lens[i] || 1;
			continue;
		}
		// only numbers and lexicon words can start a date: skip the rest without trying the parsers
		const mask = stream.masks[i];
		if (mask === 0) {
			i++;
			continue;
		}
		let best: Match | null = null;
		for (const [parse, starts] of PARSERS) {
			if (!(mask & starts)) continue;
			const m = parse(c, i);
			if (m && m.end > m.start && (!best || m.end > best.end)) best = m;
		}
		if (!best) {
			i++;
			continue;
		}
		if (aloneOnLine(toks, best) && (best.parts.deictic !== undefined || best.parts.unitRel)) {
			// "- اليوم" alone in a list is a navigation link ("Today"), not a date
			i = best.end;
			continue;
		}
		// a glued conjunction or preposition ("وسبتمبر", "بتاريخ") is not part of the date
		const from = toks[best.start].start + (stream.prefixed[best.start] ? 1 : 0);
		const [start, end] = toOriginal(norm, from, toks[best.end - 1].end);
		const v = resolve(best.parts, lang, ref);
		out.push({ start: start + offset, end: end + offset, text: text.slice(start, end), ...v });
		i = best.end;
	}
}
