/**
 * One sentence as reading reads it: its words (tokens of its normalised text) and the ways back
 * from them to the original text. Its helpers are methods, made once, not closures over the
 * sentence made anew for each of the thousands of sentences of a long text.
 */
import type { Normalized } from '../text';
import type { Span } from './sentences';
import { tables } from './tables';
import type { Token } from './tokens';

export class SentenceView {
	constructor(
		/** The whole text the sentence lies in. */
		readonly text: string,
		/** The sentence's span in `text`. */
		readonly sent: Span,
		/** The sentence normalised (`READING_FOLD`), what `toks` index. */
		readonly n: Normalized,
		readonly toks: Token[],
		readonly lang: string,
		/** The date mentions of the sentence (offsets into `text`): their words are never names. */
		readonly dateSpans: readonly Span[] = []
	) {}

	/** Original offset (in `text`) of normalised index i. */
	at(i: number): number {
		return this.sent.start + this.n.map[Math.min(i, this.n.map.length - 1)];
	}

	/** Original end offset (exclusive) of the token ending at normalised index i. */
	endAt(i: number): number {
		return this.sent.start + this.n.map[i - 1] + 1;
	}

	/** Original offset of token j. */
	tokStart(j: number): number {
		return this.at(this.toks[j].s);
	}

	/** Original end offset (exclusive) of token j. */
	tokEnd(j: number): number {
		return this.endAt(this.toks[j].e);
	}

	/**
	 * The original text between token j-1 and token j: the sentence's edges for j = 0 and
	 * j = toks.length; past the last word, the rest of the sentence (a reference carried from
	 * another sentence may end beyond this one's words).
	 */
	gap(j: number): string {
		const { toks, sent } = this;
		return this.text.slice(
			j > 0 ? this.tokEnd(Math.min(j, toks.length) - 1) : sent.start,
			j < toks.length ? this.tokStart(j) : sent.end
		);
	}

	/** Token j is covered by a date mention (`dateSpans`). */
	inDate(j: number): boolean {
		for (const m of this.dateSpans) if (m.start <= this.tokStart(j) && m.end >= this.tokEnd(j)) return true;
		return false;
	}

	/**
	 * Token j starts with a capital letter in the original text, or is a name part and a hyphen
	 * before a capital ("al-Ansari").
	 */
	cap(j: number): boolean {
		const at = this.tokStart(j);
		const w = this.toks[j].w;
		if (/^\p{Lu}/u.test(this.text[at] ?? '')) return true;
		const h = w.indexOf('-');
		return (
			h > 0 && !!tables().grammar.namepart?.has(w.slice(0, h)) && /^\p{Lu}/u.test(this.text[at + h + 1] ?? '')
		);
	}

	/** Original text of tokens [i, j). */
	raw(i: number, j: number): string {
		return this.text.slice(this.tokStart(i), this.tokEnd(j - 1));
	}
}
