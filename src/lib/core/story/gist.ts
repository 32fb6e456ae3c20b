/**
 * The gist of a story's statements for linking a denial to what it answers: the words of each
 * statement's sentence that few other statements of the story use. "The plane was not brought
 * down by a missile" answers "the plane was hit by an Iranian missile" even when no actor tells
 * the two apart; the words every sentence of the story holds ("the plane", "Iranian") tell
 * nothing and are left out.
 *
 * A word is folded (letter variants, diacritics, case), and an Arabic word is kept in every form it
 * may have without its glued conjunction, preposition and article (`bases`: «والطائرة» gives
 * «طائرة»); forms shorter than four letters, figures and the words that are never part of a
 * name (common verbs and adverbs, `stop` in ../lexicon/reading/grammar.ts) are left out.
 */
import { fold } from '../text';
import { tables } from '../reading/tables';
import { ARTICLE, bases } from '../reading/tokens';

/** The shortest form of a word that counts. */
const MIN_LETTERS = 4;

/** A word used by more than this share of a story's statements (and more than two) says nothing. */
const COMMON_SHARE = 0.25;

/** How many words two statements must share to speak of the same thing. */
export const GIST_SHARED = 2;

/** The words of one sentence, each in every form it may have without its Arabic proclitics. */
function wordsOf(text: string): Set<string> {
	const stop = tables().grammar.stop;
	const out = new Set<string>();
	for (const w of fold(text).split(/[^\p{L}]+/u)) {
		if (w.length < MIN_LETTERS || stop?.has(w)) continue;
		for (const b of bases(w)) {
			const form = b.article ? b.w.slice(ARTICLE.length) : b.w;
			if (form.length >= MIN_LETTERS) out.add(form);
		}
	}
	return out;
}

/**
 * For each text (a statement's sentence), its words that at most a quarter of the different texts
 * (or two) use. Linear in the texts' length.
 */
export function storyGists(texts: readonly string[]): Set<string>[] {
	// a sentence that holds two statements ("denied …, and said …") counts once
	const distinct = [...new Set(texts)];
	const of = new Map(distinct.map((t) => [t, wordsOf(t)]));
	const df = new Map<string, number>();
	for (const ws of of.values()) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
	const most = Math.max(2, Math.floor(distinct.length * COMMON_SHARE));
	const gist = new Map(
		[...of].map(([t, ws]) => [t, new Set([...ws].filter((w) => (df.get(w) ?? 0) <= most))])
	);
	return texts.map((t) => gist.get(t)!);
}

/** True when two gists share `GIST_SHARED` words. */
export function sameGist(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	let n = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const w of small) if (large.has(w) && ++n >= GIST_SHARED) return true;
	return false;
}
