/**
 * Sentence splitting for Arabic, Persian and English news prose. Splits after . ! ? ؟ ؛ (and
 * their run of closing quotes) when followed by space, never inside dotted abbreviations such as
 * "سی.ان.ان" or "إ.ب.أ"; long runs with no punctuation at all are cut before a conjunction glued to
 * a speech verb ("… وقال …"), which is where Arabic news starts a new sentence.
 */
import { normalize } from './normalize';

export interface Span {
	start: number;
	end: number;
}

/** Sentences longer than this with no punctuation are cut before "و+speech verb". */
const LONG = 260;
const END = /[.!?؟؛]/;
const CLOSERS = /[»"”'\u2019)\]]/;

/**
 * Split the ranges `spans` of `text` into sentences (offsets into `text`, end exclusive,
 * surrounding whitespace trimmed). `verbs` are folded speech-verb forms used to cut long runs.
 * @example splitSentences('قال. وقال', [{start:0,end:9}]) → [{0,4},{5,9}]
 */
export function splitSentences(text: string, spans: Span[], verbs: string[] = []): Span[] {
	const out: Span[] = [];
	for (const sp of spans) {
		let s = sp.start;
		for (let i = sp.start; i < sp.end; i++) {
			if (!END.test(text[i])) continue;
			let j = i + 1;
			while (j < sp.end && CLOSERS.test(text[j])) j++;
			if (j < sp.end && !/\s/.test(text[j])) continue; // abbreviation or number
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
	return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[], verbs: string[]): void {
	while (s < e && /\s/.test(text[s])) s++;
	while (e > s && /\s/.test(text[e - 1])) e--;
	if (e - s < 2) return;
	if (e - s > LONG && verbs.length) {
		const cut = cutPoint(text, s, e, verbs);
		if (cut > s) {
			pushTrimmed(text, s, cut, out, verbs);
			pushTrimmed(text, cut, e, out, verbs);
			return;
		}
	}
	out.push({ start: s, end: e });
}

/** The first " و<verb>" at least 60 characters in, where a run-on sentence can be cut. */
function cutPoint(text: string, s: number, e: number, verbs: string[]): number {
	const n = normalize(text.slice(s, e));
	const re = /(?<=\s)[وف](\p{L}+)/gu;
	let m: RegExpExecArray | null;
	while ((m = re.exec(n.text))) {
		if (m.index < 60) continue;
		if (verbs.includes(m[1])) return s + n.map[m.index];
	}
	return -1;
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
