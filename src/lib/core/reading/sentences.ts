/**
 * Sentence splitting for Arabic, Persian and English news prose. Splits after . ! ? ؟ ؛ (and
 * their run of closing quotes) when followed by space, never inside dotted abbreviations such as
 * "سی.ان.ان" or "إ.ب.أ"; long runs with no punctuation at all are cut before a conjunction glued to
 * a speech verb ("… وقال …"), which is where Arabic news starts a new sentence, and whatever is
 * still longer than 1,000 characters is cut at a space.
 */
import { normalize, CHAR, CHAR_CLASS } from '../text';
import { READING_FOLD } from './lexicon';
import { readingWork } from './work';

export interface Span {
	start: number;
	end: number;
}

/** Sentences longer than this with no punctuation are cut before "و+speech verb". */
const LONG = 260;
/**
 * No sentence is longer than this: longer runs are cut at a space. News sentences stay well below
 * it (the seeds' longest is under 400 characters); it bounds the work per sentence, so that reading
 * stays linear in the length of a document whatever its punctuation.
 */
const MAX = 1000;
const END = /[.!?؟؛]/;
const CLOSERS = /[»"”'\u2019)\]]/;

/**
 * Split the ranges `spans` of `text` into sentences (offsets into `text`, end exclusive,
 * surrounding whitespace trimmed). `verbs` are folded speech-verb forms used to cut long runs.
 * @example splitSentences('قال. وقال', [{start:0,end:9}]) → [{0,4},{5,9}]
 */
export function splitSentences(text: string, spans: Span[], verbs: string[] = []): Span[] {
	const out: Span[] = [];
	let steps = 0; // characters looked at, added to `readingWork` once
	for (const sp of spans) {
		let s = sp.start;
		for (let i = sp.start; i < sp.end; i++) {
			steps++;
			if (!END.test(text[i])) continue;
			let j = i + 1;
			while (j < sp.end && CLOSERS.test(text[j])) j++;
			steps += j - i - 1;
			// abbreviation or number — but a word, a period and an Arabic word glued on ("أمس.وندد",
			// «كاملة".وكانت»: pages that lost the space) is a sentence end
			if (j < sp.end && !/\s/.test(text[j]) && !gluedEnd(text, i, j, sp.end)) continue;
			// "U.S." and initials ("J. Smith") are not sentence ends
			if (
				text[i] === '.' &&
				/\p{L}/u.test(text[i - 1] ?? '') &&
				(text[i - 2] === '.' || (/^[A-Z]$/.test(text[i - 1]) && !/\p{L}/u.test(text[i - 2] ?? '')))
			)
				continue;
			pushTrimmed(text, s, j, out, verbs);
			s = j;
			i = j - 1;
		}
		pushTrimmed(text, s, sp.end, out, verbs);
	}
	readingWork.splitChars += steps;
	return out;
}

/**
 * True when the period at `i` ends a sentence though the next one, from `j`, follows with no space:
 * a word of two letters or more (or a closing quote) before it, an Arabic-script word of three
 * letters or more after it with no period of its own ("سی.ان.ان", «إ.ب.أ» are abbreviations); in
 * Latin script, a lower-case word before it and a capitalised one after it ("elections.If").
 */
function gluedEnd(text: string, i: number, j: number, end: number): boolean {
	if (text[i] !== '.') return false;
	// "elections.If the US …": a lower-case word of three letters or more, and a capitalised word
	// ("U.S.", "Gen.Smith", "Reuters.com", "e.g." are no sentence ends)
	if (/[A-Z]/.test(text[j]))
		return (
			/^[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) &&
			/^[A-Z][a-z]+(?:[\s,;:]|$)/.test(text.slice(j, Math.min(end, j + 24)))
		);
	if (!isArabicLetter(text, j)) return false;
	const before = text.slice(Math.max(0, i - 2), i);
	if (!/^(\p{L}\p{L}|.[»"”'\u2019)])$/u.test(before) || text[i - 3] === '.') return false;
	let k = j;
	while (k < end && k - j < 4 && isArabicLetter(text, k)) k++;
	return k - j >= 3 && text[k] !== '.';
}

/** An Arabic-script letter at `k`, as the tokenizer classes it. */
function isArabicLetter(text: string, k: number): boolean {
	return CHAR_CLASS[text.charCodeAt(k)] === CHAR.arabic;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[], verbs: string[]): void {
	const s0 = s;
	const e0 = e;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	readingWork.splitChars += s - s0 + (e0 - e);
	if (e - s < 2) return;
	if (e - s <= LONG || !verbs.length) {
		pushPlain(text, s, e, out);
		return;
	}
	// Normalise the run once and walk its cut points left to right: re-normalising the rest of
	// the run after every cut made a 1 MB unpunctuated paragraph quadratic.
	const cuts = cutPoints(text, s, e, verbs);
	let cur = s;
	let curN = 0;
	for (const c of cuts) {
		if (e - cur <= LONG) break;
		if (c.n < curN + 60) continue;
		pushPlain(text, cur, c.at, out);
		cur = c.at;
		curN = c.n;
	}
	pushPlain(text, cur, e, out);
}

function pushPlain(text: string, s: number, e: number, out: Span[]): void {
	let steps = 0;
	const s0 = s;
	const e0 = e;
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	steps += s - s0 + (e0 - e);
	// a run still longer than any sentence (English or Persian with no punctuation, no "و+verb")
	// is cut at a space: reading a sentence costs more than linear time in its length
	while (e - s > MAX) {
		let cut = s + MAX;
		while (cut > s + MAX / 2 && !/\s/.test(text[cut])) cut--;
		steps += s + MAX - cut + 1;
		if (cut <= s + MAX / 2) cut = s + MAX;
		pushPlain(text, s, cut, out);
		s = cut;
		while (s < e && /\s/.test(text[s])) {
			s++;
			steps++;
		}
	}
	readingWork.splitChars += steps;
	if (e - s >= 2) out.push({ start: s, end: e });
}

const verbSets = new WeakMap<string[], Set<string>>();

/** Every " و<verb>" / " ف<verb>" in [s, e): normalised index in the run and original offset. */
function cutPoints(text: string, s: number, e: number, verbs: string[]): { n: number; at: number }[] {
	let set = verbSets.get(verbs);
	if (!set) verbSets.set(verbs, (set = new Set(verbs)));
	const n = normalize(text.slice(s, e), READING_FOLD);
	readingWork.splitChars += e - s; // normalised once, then searched once
	const re = /(?<=\s)[وف](\p{L}+)/gu;
	const out: { n: number; at: number }[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(n.text))) if (set.has(m[1])) out.push({ n: m.index, at: s + n.map[m.index] });
	return out;
}

/**
 * Clause boundaries inside a sentence: Arabic/Persian comma, semicolon, colon and guillemets.
 * Returns the clause spans (offsets into `text`).
 */
export function clauses(text: string, sent: Span): Span[] {
	const out: Span[] = [];
	let s = sent.start;
	for (let i = sent.start; i < sent.end; i++) {
		if ('،,؛;:«»'.includes(text[i])) {
			if (i > s) out.push({ start: s, end: i });
			s = i + 1;
		}
	}
	if (sent.end > s) out.push({ start: s, end: sent.end });
	return out;
}
