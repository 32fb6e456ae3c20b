/**
 * Plain-text cleaning: which lines of a page are article prose, which are site chrome, and where
 * one article ends and the next begins. Every result is a span of the ORIGINAL text, so evidence
 * offsets never drift. Chrome cue phrases are data (`lexicon/reading/chrome.ts`); the rules here are about
 * shape (bullets, repetition, length, blank-line gaps).
 */
import CHROME from '../lexicon/reading/chrome';
import { parseLexicon } from '../lexicon/lines';
import { READING_FOLD } from './lexicon';
import { findDates } from './dates-port';
import { readingWork } from './work';
import { fold } from '../text';
import { bases } from './tokens';
import { tables } from './tables';

export type LineKind = 'prose' | 'heading' | 'chrome' | 'blank';

export interface Line {
	start: number;
	/** End of the line's content, without the newline (exclusive). */
	end: number;
	kind: LineKind;
	/** Why a line is chrome (for tests and debugging). */
	why?: string;
}

/** One article found in a text: its span, title line and prose lines. */
export interface Segment {
	start: number;
	end: number;
	title: string;
	titleStart: number;
	/** Prose lines: the only places items are read from. */
	prose: { start: number; end: number }[];
	/** Headings and captions kept for dates but not for items. */
	lines: Line[];
}

const cues = parseLexicon(CHROME)
	.filter((l) => l.kind === 'chrome')
	.flatMap((l) =>
		l.spellings.map((sp) => {
			const phrase = fold(sp.s, READING_FOLD);
			// what a 'line' cue opens a line with, made once (every cue is tried on every line)
			return { kind: l.args[0], phrase, space: phrase + ' ', colon: phrase + ':' };
		})
	);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "… [File: Name/Reuters]", "Photo: Name / AFP", «عکس: …»: a caption's label and credit end the line
const CAPTION = new RegExp(
	`(?:^|[.!?؟»"”]\\s+|[[(]\\s*)(?:${cues
		.filter((c) => c.kind === 'label')
		.map((c) => escape(c.phrase))
		.sort((a, b) => b.length - a.length)
		.join('|')})\\s*[:：]\\s*[^\\n]{1,80}$`,
	'u'
);
const CAPTION_MAX = 300;
const BULLET = /^\s*(?:[-–•*·▪●]|\d+[.)])\s+/;
const SENTENCE_END = /[.!?؟:»"”)\]]\s*$/;

/** Split into lines with offsets (handles \n, \r\n, \r). */
export function lines(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const re = /\r\n|\n|\r/g;
	let at = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		out.push({ start: at, end: m.index });
		at = m.index + m[0].length;
	}
	out.push({ start: at, end: text.length });
	return out;
}

function isProseShape(s: string): boolean {
	const t = s.trim();
	if (t.length >= 140) return true;
	if (t.length >= 50 && SENTENCE_END.test(t) && /\s/.test(t)) return true;
	// a short closing paragraph still ends like a sentence; headlines do not
	return t.length >= 25 && /[.!?؟]\s*$/.test(t) && (t.match(/\s+/g) ?? []).length >= 4;
}

/**
 * Classify every line of a plain text as prose, heading, chrome or blank.
 * Chrome: cue lines, "most read" lists and what follows them, bullet lists of short headlines,
 * lines repeated verbatim (repeated headlines and captions), lines ending in a photo credit,
 * everything after a share/newsletter box, and long runs of ad headlines after it.
 */
export function classifyLines(text: string): Line[] {
	const raw = lines(text);
	// each line folded once (a line can be a megabyte of prose)
	const folded = raw.map((l) => fold(text.slice(l.start, l.end), READING_FOLD));
	readingWork.lineChars += text.length;
	const count = new Map<string, number>();
	for (const k of folded) if (k.length >= 12) count.set(k, (count.get(k) ?? 0) + 1);
	const out: Line[] = [];
	const push = (l: { start: number; end: number }, kind: LineKind, why?: string) =>
		out.push({ ...l, kind, ...(why ? { why } : {}) });
	const last = lastLine(raw, folded);
	let inList = false;
	let inTail = false;
	for (let i = 0; i < raw.length; i++) {
		const l = raw[i];
		const s = text.slice(l.start, l.end);
		const f = folded[i];
		const bare = f.replace(BULLET, '').trim();
		if (!f.trim()) {
			push(l, 'blank');
			continue;
		}
		if (inTail) {
			push(l, 'chrome', 'after a share or newsletter box');
			continue;
		}
		const trimmed = f.trimEnd();
		const label = bare.replace(/[:：]$/, '');
		const cue = cues.find((c) =>
			c.kind === 'credit'
				? trimmed.endsWith(c.phrase)
				: c.kind === 'line'
					? bare === c.phrase || bare.startsWith(c.space) || bare.startsWith(c.colon)
					: bare === c.phrase || label === c.phrase
		);
		if (cue?.kind === 'tail') {
			inTail = true;
			push(l, 'chrome', `share/newsletter cue "${cue.phrase}"`);
			continue;
		}
		if (cue?.kind === 'list') {
			inList = true;
			push(l, 'chrome', `list heading "${cue.phrase}"`);
			continue;
		}
		if (cue?.kind === 'line') {
			push(l, 'chrome', `cue "${cue.phrase}"`);
			continue;
		}
		if (cue?.kind === 'credit') {
			push(l, 'chrome', 'photo caption (ends with a credit)');
			continue;
		}
		if (f.trim().length <= CAPTION_MAX && CAPTION.test(trimmed)) {
			push(l, 'chrome', 'photo caption (ends with a credit label)');
			continue;
		}
		const prose = isProseShape(s) && !BULLET.test(s);
		// under a "most read" heading only a real paragraph ends the list: a long one, or a sentence
		// (headlines end with no full stop, and never open with a glued «و» before a known word)
		if (inList && s.trim().length < 200 && !/[.!?؟۔]["»”)]?$/.test(s.trim()) && !cutSentence(s, false)) {
			push(l, 'chrome', 'headline under a "most read" list');
			continue;
		}
		inList = false;
		if (BULLET.test(s) && s.trim().length < 160) {
			push(l, 'chrome', 'navigation or headline list item');
			continue;
		}
		if ((count.get(bare) ?? 0) > 1 && !prose) {
			push(l, 'heading', 'repeated headline');
			continue;
		}
		if ((count.get(bare) ?? 0) > 1) {
			push(l, 'chrome', 'repeated caption');
			continue;
		}
		push(l, prose || cutSentence(s, i === last) ? 'prose' : 'heading');
	}
	return out;
}

/** Index of the last line with text. */
function lastLine(raw: { start: number; end: number }[], folded: string[]): number {
	for (let i = raw.length - 1; i >= 0; i--) if (folded[i].trim()) return i;
	return -1;
}

/**
 * A sentence whose end was cut off (a saved page's excerpt stops mid-sentence): the last line of
 * the text, six words or more, or a line that opens with a glued conjunction («وأضاف», «ولفتت»):
 * Arabic headlines never do. Read as prose so that what it says is not lost.
 */
function cutSentence(s: string, last: boolean): boolean {
	const words = s.trim().split(/\s+/);
	if (words.length < 6) return false;
	// «وأضاف», «ولفتت»: a conjunction glued to a word the lexicon knows (not «واشنطن»)
	const T = tables();
	return (
		last || bases(fold(words[0], READING_FOLD)).some((b) => b.conj && (T.known(b.w) || !!T.cues.get(b.w)))
	);
}

/**
 * Split a classified text into articles. A new article starts at a heading that follows a gap of
 * at least two blank lines after prose and is itself followed by prose (seed 001 carries a second,
 * unrelated article after its first). Chrome-only stretches never start an article.
 * @example segments('Title\n\nBody…') → one segment
 */
export function segments(text: string, classified: Line[] = classifyLines(text)): Segment[] {
	const starts: number[] = [];
	let seenProse = false;
	let blanks = 0;
	for (let i = 0; i < classified.length; i++) {
		const l = classified[i];
		if (l.kind === 'blank') {
			blanks++;
			continue;
		}
		if (l.kind === 'heading' && seenProse && blanks >= 2) {
			// prose within the next 13 lines (a bounded look: copying the rest of the page for every
			// such heading was quadratic in the number of lines)
			let nextProse = -1;
			for (let j = i + 1; j < classified.length && j <= i + 13; j++)
				if (classified[j].kind === 'prose') {
					nextProse = j - i - 1;
					break;
				}
			if (nextProse >= 0 && nextProse <= 12) {
				starts.push(i);
				seenProse = false;
			}
		}
		if (l.kind === 'prose') seenProse = true;
		blanks = 0;
	}
	const bounds = [0, ...starts, classified.length];
	const segs: Segment[] = [];
	for (let k = 0; k + 1 < bounds.length; k++) {
		const part = classified.slice(bounds[k], bounds[k + 1]);
		const prose = part.filter((l) => l.kind === 'prose').map((l) => ({ start: l.start, end: l.end }));
		const kept = part.filter((l) => l.kind === 'prose' || l.kind === 'heading');
		if (!kept.length) continue;
		const titleLine = pickTitle(text, part, () => repeats(text, part));
		const lead = titleLine ? null : (prose[0] ?? kept[0]);
		segs.push({
			start: kept[0].start,
			end: (prose.length ? prose[prose.length - 1] : kept[kept.length - 1]).end,
			title: titleLine ? text.slice(titleLine.start, titleLine.end).trim() : leadWords(text, lead!),
			titleStart: titleLine ? titleLine.start : lead!.start,
			prose,
			lines: part
		});
	}
	// a second "article" with no prose of its own is not an article
	return segs.filter((s, i) => i === 0 || s.prose.length > 0);
}

function key(text: string, l: Line): string {
	readingWork.lineChars += l.end - l.start;
	return fold(text.slice(l.start, l.end), READING_FOLD).replace(BULLET, '').trim();
}

function repeats(text: string, part: Line[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const l of part) {
		if (l.kind === 'blank') continue;
		const k = key(text, l);
		m.set(k, (m.get(k) ?? 0) + 1);
	}
	return m;
}

const headerLabels = parseLexicon(CHROME)
	.filter((l) => l.kind === 'headerlabel')
	.flatMap((l) => l.spellings.map((sp) => fold(sp.s, READING_FOLD)));

/**
 * Page furniture above a headline: a line opening with a header label ("کد خبر ۴۴۰۱۹۹",
 * "تاریخ انتشار: …", "به روز شده در: …"), or a line that, once its dates and numbers are taken
 * out, has fewer than two words left ("۲۷ اسفند ۱۴۰۳", "الجمعة ٠٣ / مايو / ٢٠٢٤").
 */
function isHeaderLine(s: string): boolean {
	const f = fold(s, READING_FOLD);
	for (const p of headerLabels)
		if (f === p || (f.startsWith(p) && /^\s*(?:[:：\-–—|]|[\p{N}])/u.test(f.slice(p.length)))) return true;
	let rest = s;
	for (const m of findDates(s).sort((a, b) => b.start - a.start))
		rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
	return (rest.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

/**
 * The title: among the headings before the first paragraph, the most repeated, then the longest.
 * `repeated` counts the lines of the part: asked for only when two headings are in the running.
 */
function pickTitle(text: string, part: Line[], repeated: () => Map<string, number>): Line | null {
	const firstProse = part.findIndex((l) => l.kind === 'prose');
	const cands = part
		.slice(0, firstProse < 0 ? part.length : firstProse)
		.filter(
			(l) =>
				l.kind === 'heading' &&
				/\p{L}{2,}.*\s.*\p{L}{2,}/u.test(text.slice(l.start, l.end)) &&
				!isHeaderLine(text.slice(l.start, l.end))
		);
	let best: Line | null = null;
	let rep: Map<string, number> | null = null;
	for (const l of cands) {
		if (!best) best = l;
		else {
			rep ??= repeated();
			const d = (rep.get(key(text, l)) ?? 0) - (rep.get(key(text, best)) ?? 0);
			if (d > 0 || (d === 0 && l.end - l.start > best.end - best.start)) best = l;
		}
	}
	return best;
}

/** How many words a title made from the opening sentence keeps. */
const LEAD_WORDS = 12;

/**
 * A stand-in title when a page has no headline line: the first words of its first sentence,
 * cut at a clause mark when there is one after a few words, with "…" when cut.
 */
function leadWords(text: string, l: { start: number; end: number }): string {
	const line = text.slice(l.start, l.end).trim();
	const sentence = line.split(/(?<=[.!?؟])\s/u)[0];
	const words = sentence.split(/\s+/).filter(Boolean);
	let out = words.slice(0, LEAD_WORDS);
	const clause = out.findIndex((w, i) => i >= 4 && /[،,؛;:]$/.test(w));
	if (clause >= 0) out = out.slice(0, clause + 1);
	const cut = out.length < words.length;
	const t = out.join(' ').replace(/[،,؛;:]$/, '');
	return cut ? `${t}…` : t;
}
