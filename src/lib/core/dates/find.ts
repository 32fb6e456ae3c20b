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

/** True when the match is the only word content of its line (menus: "- اليوم", "- الأسبوع"). */
function aloneOnLine(toks: Token[], m: Match): boolean {
	for (let k = m.start - 1; k >= 0 && toks[k].kind !== 'nl'; k--) if (toks[k].kind !== 'punct') return false;
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
	const norm = normalize(text);
	const toks = tokenize(norm.text);
	const stream = buildStream(toks, getLexicon(), text, norm.map, lang);
	const c = new Cursor(stream);
	const out: TimeMention[] = [];
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
		let best: Match | null = null;
		for (const parse of PARSERS) {
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
		out.push({ start, end, text: text.slice(start, end), ...v });
		i = best.end;
	}
	return out;
}
