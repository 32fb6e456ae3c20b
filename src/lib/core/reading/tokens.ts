/**
 * Words of a normalised sentence, the forms a word takes without its glued Arabic proclitics, and
 * phrase tables matched over words. The proclitics are lexicon data (lexicon/reading/proclitics.ts).
 */
import type { Normalized } from '../text';
import { fold } from '../text';
import { parseLexicon } from '../lexicon/lines';
import PROCLITICS from '../lexicon/reading/proclitics';
import { readingWork } from './work';
import { READING_FOLD } from './lexicon';

/** A word of a normalised sentence: [s, e) in the normalised text, `w` the folded word. */
export interface Token {
	s: number;
	e: number;
	w: string;
	/** No proclitics are read off this word (Persian glues none: «وزارت» is not «و + زارت»). */
	whole?: boolean;
	/** The word's readings once `basesOf` has read them (kept with the token, never set by hand). */
	bases?: readonly Base[];
}

/**
 * Word tokens of a normalised string (letters, digits, inner dots as in "سی.ان.ان", inner hyphens;
 * a hyphen ending a word, «جوان- », is no part of it).
 * `whole`: read no proclitics off the words (Persian text).
 */
export function tokenize(n: Normalized, whole = false): Token[] {
	const out: Token[] = [];
	const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[-.](?=[\p{L}\p{N}]))*/gu;
	let m: RegExpExecArray | null;
	// every token made with the same fields (`bases` filled in later by `basesOf`): tokens of one
	// shape are read faster, everywhere they are read
	while ((m = re.exec(n.text))) {
		const w = m[0];
		const last = out[out.length - 1];
		// Persian verb parts written apart with a plain space («می گوید», «گفته اند»): one word, as
		// the half-space the page lost made it (verbprefix@fa, verbsuffix@fa)
		if (whole && last && m.index === last.e + 1 && n.text[last.e] === ' ') {
			if (CLITICS.faVerbPrefixes.includes(last.w) && /^\p{L}/u.test(w)) {
				out[out.length - 1] = {
					s: last.s,
					e: m.index + w.length,
					w: last.w + w,
					whole: true,
					bases: undefined
				};
				continue;
			}
			if (CLITICS.faVerbSuffixes.includes(w) && !CLITICS.faVerbPrefixes.includes(last.w)) {
				out[out.length - 1] = {
					s: last.s,
					e: m.index + w.length,
					w: last.w + w,
					whole: true,
					bases: undefined
				};
				continue;
			}
		}
		out.push({ s: m.index, e: m.index + w.length, w, whole: whole || undefined, bases: undefined });
	}
	return out;
}

/** The token with another word in its place (the same span; its readings read anew). */
export function withWord(t: Token, w: string): Token {
	return { s: t.s, e: t.e, w, whole: t.whole, bases: undefined };
}

/**
 * The token's word without an object pronoun glued to its end («ووصفها» → «ووصف»), or null when it
 * has none or is read whole (Persian: «آورده» is no «أورد + ه»).
 */
export function withoutEnclitic(t: Token): string | null {
	if (t.whole) return null;
	for (const e of CLITICS.enclitics)
		if (t.w.endsWith(e) && t.w.length - e.length >= 3) return t.w.slice(0, -e.length);
	return null;
}

/** The readings of a token's word: only the word itself when the token is read whole. */
export function basesOf(t: Token): readonly Base[] {
	// every phrase table is tried at every word, each asking for the word's readings: kept with
	// the token rather than looked up again. A copy spread with another word (`{ ...t, w }`; make
	// it with `withWord`) would carry the readings of the first: they are kept only while they
	// read this word (the word is the first reading)
	const kept = t.bases;
	if (kept !== undefined && kept[0].w === t.w) return kept;
	return (t.bases = t.whole ? wholeBases(t.w) : bases(t.w));
}

const wholeCache = new Map<string, readonly Base[]>();

/**
 * A Persian word and the forms it can have without one ending (proclitics.ts `suffix@fa`:
 * «حمله‌ای» → «حمله», «سخنانش» → «سخنان»), the whole word first; a stem keeps three letters.
 */
function wholeBases(w: string): readonly Base[] {
	let out = wholeCache.get(w);
	if (out) return out;
	const list: Base[] = [reading(w, { prep: false, article: w.startsWith(ARTICLE) || undefined })];
	for (const suf of CLITICS.faSuffixes)
		if (w.endsWith(suf.s) && w.length - suf.s.length >= 3) {
			const stem = w.slice(0, -suf.s.length);
			if (!list.some((b) => b.w === stem))
				list.push(reading(stem, { prep: false, suffix: suf.plural ? 'plural' : 'other' }));
		}
	// «خارجه‌ی» (folded «خارجهي»): the ezafe after a final «ه»
	const stem = ezafeStem(w);
	if (stem !== w && !list.some((b) => b.w === stem))
		list.push(reading(stem, { prep: false, suffix: 'other' }));
	out = list;
	if (wholeCache.size >= 100_000) wholeCache.clear();
	wholeCache.set(w, out);
	return out;
}

const CLITICS = (() => {
	const conj: string[] = [];
	const prep: string[] = [];
	const prepArticle: string[] = [];
	let article = '';
	const enclitics: string[] = [];
	const faSuffixes: { s: string; plural: boolean }[] = [];
	const ezafeAfter: string[] = [];
	let ezafe = '';
	const faVerbPrefixes: string[] = [];
	const faVerbSuffixes: string[] = [];
	const faGluedPreps: string[] = [];
	const arImperfect: string[] = [];
	let arPastOpen = '';
	for (const l of parseLexicon(PROCLITICS)) {
		if (l.kind === 'imperfect@ar') {
			arPastOpen = fold(l.args[0], READING_FOLD);
			arImperfect.push(...l.spellings.map((sp) => fold(sp.s, READING_FOLD)));
		}
		if (l.kind === 'verbprefix@fa') faVerbPrefixes.push(...l.spellings.map((sp) => fold(sp.s, READING_FOLD)));
		if (l.kind === 'gluedprep@fa') faGluedPreps.push(...l.spellings.map((sp) => fold(sp.s, READING_FOLD)));
		if (l.kind === 'verbsuffix@fa') faVerbSuffixes.push(...l.spellings.map((sp) => fold(sp.s, READING_FOLD)));
		if (l.kind === 'ezafe@fa') {
			ezafe = fold(l.args[0], READING_FOLD);
			ezafeAfter.push(...l.spellings.map((sp) => fold(sp.s, READING_FOLD)));
		}
		if (l.kind === 'suffix@fa')
			for (const sp of l.spellings)
				faSuffixes.push({ s: fold(sp.s, READING_FOLD), plural: l.args[0] === 'plural' });
		if (l.kind === 'article') article = fold(l.spellings[0].s, READING_FOLD);
		if (l.kind === 'enclitic') enclitics.push(...l.spellings.map((s) => fold(s.s, READING_FOLD)));
		if (l.kind !== 'proclitic') continue;
		const forms = l.spellings.map((s) => fold(s.s, READING_FOLD));
		if (l.args[0] === 'conj') conj.push(...forms);
		else if (l.args[0] === 'prep') prep.push(...forms);
		else if (l.args[0] === 'prep+article') prepArticle.push(...forms);
	}
	enclitics.sort((a, b) => b.length - a.length);
	faSuffixes.sort((a, b) => b.s.length - a.s.length);
	return {
		conj,
		prep,
		prepArticle,
		article,
		enclitics,
		faSuffixes,
		ezafeAfter,
		ezafe,
		faVerbPrefixes,
		faVerbSuffixes,
		faGluedPreps,
		arImperfect,
		arPastOpen
	};
})();

/**
 * The past-tense stems an Arabic imperfect verb may be of (proclitics.ts `imperfect@ar`): without its
 * prefix («تقصف» → «قصف»), and opened as a derived form's past («يستهدف» → «استهدف»); none when it
 * opens with no imperfect prefix.
 * @example pastStems('تقصف') // ['قصف', 'اقصف']
 */
export function pastStems(w: string): string[] {
	if (w.length < 2 || !CLITICS.arImperfect.includes(w[0])) return [];
	const rest = w.slice(1);
	return [rest, CLITICS.arPastOpen + rest];
}

/**
 * A Persian word without the ezafe glued after its final «ه» («خارجه‌ی» → «خارجه», proclitics.ts
 * `ezafe@fa`); the word itself when it has none.
 */
function ezafeStem(w: string): string {
	const last = w.length - CLITICS.ezafe.length;
	return CLITICS.ezafe &&
		w.length >= 4 &&
		w.endsWith(CLITICS.ezafe) &&
		CLITICS.ezafeAfter.includes(w[last - 1])
		? w.slice(0, last)
		: w;
}

/** The longest run of proclitics `procliticPrefix` accepts (a conjunction, then one letter). */
export const MAX_PROCLITICS = Math.max(0, ...CLITICS.conj.map((c) => c.length)) + 1;

/**
 * True when `prefix` is a run of proclitics that may be glued to a name: a conjunction, then a
 * preposition, or «لل» (what the gazetteer allows before a name it finds inside a word).
 * @example procliticPrefix('ول') === true; procliticPrefix('م') === false
 */
export function procliticPrefix(prefix: string): boolean {
	if (!prefix) return true;
	for (const c of ['', ...CLITICS.conj]) {
		if (!prefix.startsWith(c)) continue;
		const rest = prefix.slice(c.length);
		if (!rest && c) return true;
		if ([...CLITICS.prep, ...CLITICS.prepArticle.map((p) => p.slice(0, 1))].includes(rest)) return true;
	}
	return false;
}

/** The code units runs of proclitics are written with (`procliticPrefix`). */
const PROCLITIC_UNITS = new Set(
	[...CLITICS.conj, ...CLITICS.prep, ...CLITICS.prepArticle].flatMap((f) =>
		[...f].map((ch) => ch.charCodeAt(0))
	)
);

/**
 * True when code unit `c` may be written in a run of proclitics (`procliticPrefix` accepts none
 * with any other): a matcher that looks for names glued to proclitics rules a word's inner
 * positions out with it before looking anything up.
 * @example procliticUnit('و'.charCodeAt(0)) === true; procliticUnit('م'.charCodeAt(0)) === false
 */
export function procliticUnit(c: number): boolean {
	return PROCLITIC_UNITS.has(c);
}

/** One reading of a word: the form without proclitics and what was glued on. */
export interface Base {
	w: string;
	/** A preposition was glued on (`clitic` says which: ب، ل، ك). */
	prep: boolean;
	clitic?: string;
	/** A conjunction was glued on (و، ف). */
	conj?: boolean;
	/** The form carries the article (ال, or ل + ال written لل). */
	article?: boolean;
	/** A Persian ending was read off the word («حمله‌ای» → «حمله»); `plural` for «ها», «های». */
	suffix?: 'plural' | 'other';
}

/**
 * A reading as made here: every field present (undefined when not said), so that the readings
 * the phrase tables look at, at every word, all have one shape; and the tables' memo (`begins`).
 */
interface Reading extends Base {
	/** The `generation` of the tables the memo was made under. */
	memoOf: number;
	/** Tables (by `bit`) asked about this reading's word, and those it begins a phrase of. */
	asked: number;
	begins: number;
}

function reading(w: string, o: Omit<Base, 'w'>): Reading {
	return {
		w,
		prep: o.prep,
		clitic: o.clitic,
		conj: o.conj,
		article: o.article,
		suffix: o.suffix,
		memoOf: -1,
		asked: 0,
		begins: 0
	};
}

const baseCache = new Map<string, readonly Base[]>();

/** The Arabic article, what «لل» stands for after its preposition (proclitics.ts). */
export const ARTICLE = CLITICS.article;

/**
 * A word and the forms it can have without glued Arabic proclitics (a conjunction, then a
 * preposition; «لل» for ل + ال), the whole word first. The array is shared: read it, never change it.
 * @example bases('وللحركه').map((b) => b.w) → ['وللحركه', 'للحركه', 'الحركه', 'لحركه']
 */
export function bases(w: string): readonly Base[] {
	let out = baseCache.get(w);
	if (out) return out;
	const list: Base[] = [reading(w, { prep: false, article: w.startsWith(ARTICLE) || undefined })];
	const add = (x: string, b: Omit<Base, 'w'>) => {
		if (x.length >= 2 && !list.some((y) => y.w === x))
			list.push(reading(x, { ...b, article: b.article || x.startsWith(ARTICLE) || undefined }));
	};
	const afterPrep = (x: string, conj: boolean) => {
		for (const pa of CLITICS.prepArticle)
			if (x.startsWith(pa) && x.length > pa.length + 1)
				add(ARTICLE + x.slice(pa.length), { prep: true, clitic: pa.slice(0, 1), conj, article: true });
		for (const p of CLITICS.prep)
			if (x.startsWith(p) && x.length > p.length + 1) add(x.slice(p.length), { prep: true, clitic: p, conj });
	};
	if (/^[\u0600-\u06ff]/.test(w)) {
		afterPrep(w, false);
		for (const c of CLITICS.conj)
			if (w.startsWith(c) && w.length > c.length + 1) {
				const rest = w.slice(c.length);
				add(rest, { prep: false, conj: true });
				afterPrep(rest, true);
			}
	}
	out = list;
	if (baseCache.size >= 100_000) baseCache.clear();
	baseCache.set(w, out);
	return out;
}

/** True when the word carries a glued preposition in every reading but the whole word. */
export function gluedPrep(w: string): boolean {
	return bases(w).some((b) => b.prep);
}

/** A word of the phrases of a table: the values of the phrase ending here, and the words that go on. */
interface WordNode<T> {
	values: T[] | null;
	next: Map<string, WordNode<T>> | null;
}

/** Phrase tables given a bit so far (`PhraseTable.bit`). */
let tableCount = 0;
/** Changes whenever some table gains a first word: every memo is made anew. */
let generation = 0;

/**
 * A table of phrases (folded words joined by one space) to values, matched at a token: the
 * longest phrase wins, its first word may carry proclitics. Several values may share a phrase.
 */
/** The key a spelling is filed under in a `PhraseTable`: folded, its words joined by single spaces. */
export function phraseKey(spelling: string): string {
	return fold(spelling, READING_FOLD)
		.replace(/[^\p{L}\p{N}.'’-]+/gu, ' ')
		.trim()
		.replace(/\s+/g, ' ');
}

export class PhraseTable<T> {
	private map = new Map<string, T[]>();
	/**
	 * The phrases word by word: the first word of every phrase, then the words after it. A
	 * phrase is matched by walking the words that follow a token, not by joining them into keys
	 * to look up (each key a new string, at every word, for every table).
	 */
	private firsts = new Map<string, WordNode<T>>();
	/**
	 * This table's bit in a reading's memo (`Reading.asked`): the first 30 tables made have one
	 * (30 bits keep the memo a small integer, which the engine stores in the object itself).
	 */
	private readonly bit = tableCount < 30 ? 1 << tableCount++ : 0;
	maxWords = 0;

	/** Add `value` under the folded spelling (a spelling that folds to nothing is skipped). */
	add(spelling: string, value: T): void {
		const key = phraseKey(spelling);
		if (!key) return;
		const words = key.split(' ');
		let list = this.map.get(key);
		if (list) {
			if (!list.includes(value)) list.push(value);
		} else this.map.set(key, (list = [value]));
		let node = this.firsts.get(words[0]);
		if (!node) {
			this.firsts.set(words[0], (node = { values: null, next: null }));
			generation++;
		}
		for (const w of words.slice(1)) {
			node.next ??= new Map();
			let child = node.next.get(w);
			if (!child) node.next.set(w, (child = { values: null, next: null }));
			node = child;
		}
		node.values = list;
		if (words.length > this.maxWords) this.maxWords = words.length;
		// «به گفته» is also «به‌گفته», which reading reads as one word (the half-space dropped): the
		// phrase is found glued too (gluedprep@fa)
		if (words.length >= 2 && CLITICS.faGluedPreps.includes(words[0]))
			this.add([words[0] + words[1], ...words.slice(2)].join(' '), value);
	}

	has(key: string): boolean {
		return this.map.has(key);
	}

	get(key: string): T[] | undefined {
		return this.map.get(key);
	}

	/**
	 * The longest phrase starting at token i: its values, its length in tokens and whether its
	 * first word carried a glued preposition (`plural`: a Persian plural ending); null when none.
	 * `max` caps the words tried. Of two readings of the first word beginning phrases of the same
	 * length, the earlier reading's wins.
	 */
	match(
		toks: Token[],
		i: number,
		max = this.maxWords,
		noPrep = false
	): { values: T[]; len: number; prep: boolean; plural?: boolean } | null {
		if (i < 0 || i >= toks.length) return null;
		const top = Math.min(max, toks.length - i);
		let best: Base | null = null;
		let len = 0;
		let values: T[] | null = null;
		// `noPrep`: only the word and its conjunction-stripped form («ولم», not «كما» as «ما»)
		for (const b of basesOf(toks[i])) {
			if (noPrep && b.prep) continue;
			readingWork.lexiconProbes++;
			// the phrases this reading begins, along the words that follow it
			let node = this.begun(b as Reading);
			for (let k = 1; node && k <= top; k++) {
				if (node.values && k > len) {
					best = b;
					len = k;
					values = node.values;
				}
				if (k === top || !node.next) break;
				readingWork.lexiconProbes++;
				const w = toks[i + k].w;
				node = node.next.get(w) ?? (toks[i + k].whole ? node.next.get(ezafeStem(w)) : undefined);
			}
		}
		if (!best || !values) return null;
		return best.suffix === 'plural'
			? { values, len, prep: best.prep, plural: true }
			: { values, len, prep: best.prep };
	}

	/**
	 * The phrases the reading's word begins, if any. Dozens of tables are tried at every word,
	 * and most words begin no phrase of most tables: whether they do is kept with the reading
	 * (one object for every token of the word), a bit per table, while no table has gained a
	 * first word since (`generation`).
	 */
	private begun(r: Reading): WordNode<T> | undefined {
		const bit = this.bit;
		if (!bit) return this.firsts.get(r.w);
		if (r.memoOf !== generation) {
			r.memoOf = generation;
			r.asked = 0;
			r.begins = 0;
		}
		if (r.asked & bit) return r.begins & bit ? this.firsts.get(r.w) : undefined;
		const node = this.firsts.get(r.w);
		r.asked |= bit;
		if (node) r.begins |= bit;
		return node;
	}

	/** Every phrase and its values. */
	entries(): IterableIterator<[string, T[]]> {
		return this.map.entries();
	}

	/** True when some phrase starts with this word (or one of its bases). */
	starts(w: string): boolean {
		return bases(w).some((b) => this.firsts.has(b.w));
	}
}
