/**
 * The gazetteer: canonical actors and outlets with every spelling, and a matcher that finds them
 * in Arabic, Persian and English text. Pure data + pure functions (runs in the browser).
 */
import type { Actor, ActorKind } from '../story/model';
import { listField, parseLines, READING_FOLD } from '../reading/lexicon';
import { fold, LETTER, normalize, toOriginal, type Normalized } from '../text';
import ACTORS from './actors';
import { countries } from './countries';
import { CodeTrie } from './trie';
import { MAX_PROCLITICS, procliticPrefix, procliticUnit } from '../reading/tokens';
import { parseLexicon } from '../lexicon/lines';
import GRAMMAR from '../lexicon/reading/grammar';

/** Endings an Arabic nationality adjective takes for the dual («أميركي» → «أميركيان»): grammar data. */
const ADJ_DUAL = parseLexicon(GRAMMAR)
	.filter((l) => l.kind === 'adjdual')
	.flatMap((l) => l.spellings.map((s) => fold(s.s, READING_FOLD)));

export interface GazetteerEntry extends Actor {
	adjectives: string[];
	notFollowedBy: string[];
	/**
	 * Parents it took on at a date, in order ("Afghanistan from 2021-08-15": the Taliban govern
	 * Afghanistan from then on; before, they fought its government): what side it is on in a story
	 * told after that day (`parentAt`).
	 */
	later?: { parent: string; from: string }[];
	/**
	 * Spellings (among the names and aliases) found only as written, capitals included: an
	 * all-caps abbreviation whose letters are an everyday word ("US" is not "us", "UN" not "un").
	 */
	exact?: string[];
}

/** The parent of an entry on day `at` (an ISO date): the last it took on by then, else its first. */
export function parentAt(e: GazetteerEntry, at?: string): string | null {
	let p = e.parent ?? null;
	if (at) for (const l of e.later ?? []) if (l.from <= at) p = l.parent;
	return p;
}

/** A gazetteer spelling marked to match only as written: `US!` (the mark is dropped). */
export function exactMark(spelling: string): { s: string; exact: boolean } {
	return spelling.length > 1 && spelling.endsWith('!')
		? { s: spelling.slice(0, -1).trim(), exact: true }
		: { s: spelling, exact: false };
}

/** One actor found in a text. Offsets are UTF-16 into the original text, end exclusive. */
export interface ActorMention {
	id: string;
	start: number;
	end: number;
	/** `name` = the actor is named; `adjective` = a nationality/membership adjective ("روسي"). */
	via: 'name' | 'adjective';
}

interface Form {
	folded: string;
	id: string;
	via: 'name' | 'adjective';
	/** The spelling as written, when it is found only with this very case. */
	exact?: string;
}

export class Gazetteer {
	readonly entries: Map<string, GazetteerEntry>;
	private forms: Form[];
	private trie: CodeTrie<Spelling>;

	constructor(entries: GazetteerEntry[]) {
		this.entries = new Map(entries.map((e) => [e.id, e]));
		const forms: Form[] = [];
		const seen = new Set<string>();
		for (const e of entries) {
			const exact = new Set(e.exact ?? []);
			// a state whose English name is an everyday word (Mali) is not found by its id either
			const names = [
				e.names.en === '-' ? '-' : e.id,
				e.names.en,
				e.names.ar,
				e.names.fa,
				...e.aliases
			].filter((x): x is string => !!x && x !== '-');
			for (const [list, via] of [
				[names, 'name'],
				[e.adjectives, 'adjective']
			] as const) {
				// a Persian spelling with a half-space is also written with a space («دیده‌بان» / «دیده بان»)
				for (const n of list.flatMap((x) => (x.includes('\u200c') ? [x, x.replace(/\u200c/g, ' ')] : [x]))) {
					const f = fold(n, READING_FOLD);
					const key = exact.has(n) ? `${f}|${e.id}|${n}` : `${f}|${e.id}`;
					if (f.length < 2 || seen.has(key)) continue;
					seen.add(key);
					forms.push({ folded: f, id: e.id, via, ...(exact.has(n) ? { exact: n } : {}) });
				}
			}
		}
		// longest first, so that "حركة طالبان باكستان" wins over "طالبان"
		forms.sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
		this.forms = forms;
		// every spelling to look for, in a trie of code units: `find` reads the text once instead
		// of once per spelling (thousands of spellings, every sentence), and at a position follows
		// only the spellings that go on as the text does (a bucket of all the spellings sharing two
		// first letters, hundreds for «ال», was tried one by one at every word)
		const spellings: [string, Spelling][] = [];
		for (const form of forms) {
			const variants = [form.folded];
			// «مسؤولان أميركيان»: an adjective of two
			if (form.via === 'adjective' && /[\u0621-\u064a]ي$/.test(form.folded))
				for (const end of ADJ_DUAL) variants.push(form.folded + end);
			for (const v of [...variants]) if (v.startsWith('ال') && v.length > 3) variants.push('لل' + v.slice(2));
			for (const v of variants) spellings.push([v, { form, order: spellings.length }]);
		}
		this.trie = CodeTrie.of(spellings);
	}

	/** The entry for an id, or undefined. */
	get(id: string): GazetteerEntry | undefined {
		return this.entries.get(id);
	}

	/**
	 * Ids from `id` up through its parents (Putin → Kremlin → Russia), as they stood on day `at`
	 * (an ISO date; without it, the parents the entries give first). Cycles are cut.
	 */
	lineage(id: string, at?: string): string[] {
		const out: string[] = [];
		let cur: string | null | undefined = id;
		while (cur && !out.includes(cur)) {
			out.push(cur);
			const e = this.entries.get(cur);
			cur = e ? parentAt(e, at) : undefined;
		}
		return out;
	}

	/** True when a and b are the same actor or one is an ancestor of the other. */
	related(a: string, b: string): boolean {
		return this.lineage(a).includes(b) || this.lineage(b).includes(a);
	}

	/**
	 * Every actor mention in `text` (or in its normalised form `n`), non-overlapping, in text
	 * order; at one position the longest spelling wins. Never throws.
	 * @example gazetteer().find('نفت حركة طالبان') → [{id:'Taliban', start:4, end:15, via:'name'}]
	 */
	find(text: string, n: Normalized = normalize(text, READING_FOLD)): ActorMention[] {
		const t = n.text;
		const trie = this.trie;
		const hits: { s: number; e: number; form: Form; order: number }[] = [];
		let wordStart = 0;
		for (let i = 0; i + 1 < t.length; i++) {
			if (i === 0 || !letterAt(t, i - 1)) wordStart = i;
			// a name starts a word, or follows proclitics glued to it (و ف ب ل ك)
			if (i - wordStart > MAX_PROCLITICS) continue;
			// inside a word, only after letters proclitics are written with (`gluedOk` below decides)
			if (i !== wordStart && !procliticUnit(t.charCodeAt(i - 1))) continue;
			// every spelling is two code units or more: the first two open the walk
			const first = trie.step(CodeTrie.ROOT, t.charCodeAt(i));
			let node = first < 0 ? -1 : trie.step(first, t.charCodeAt(i + 1));
			if (node < 0) continue;
			if (wordStart !== i && !gluedOk(t.slice(wordStart, i))) continue;
			// the spellings t[i, e) spells, for e = i + 2, i + 3, … while some spelling goes on
			for (let e = i + 2; node >= 0; e++) {
				const ends = trie.ends(node);
				if (ends.length && !letterAt(t, e))
					for (const { form, order } of ends) {
						if (this.excluded(form.id, t, e)) continue;
						if (form.exact !== undefined) {
							const [os, oe] = toOriginal(n, i, e);
							if (text.slice(os, oe) !== form.exact) continue;
						}
						hits.push({ s: i, e, form, order });
					}
				node = e < t.length ? trie.step(node, t.charCodeAt(e)) : -1;
			}
		}
		// ties in length and start keep the spelling order (longest first), as before
		hits.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s || a.order - b.order);
		const taken: boolean[] = [];
		const chosen: typeof hits = [];
		for (const h of hits) {
			let free = true;
			for (let k = h.s; k < h.e; k++) if (taken[k]) free = false;
			if (!free) continue;
			for (let k = h.s; k < h.e; k++) taken[k] = true;
			chosen.push(h);
		}
		chosen.sort((a, b) => a.s - b.s);
		return chosen.map((h) => {
			const [start, end] = toOriginal(n, h.s, h.e);
			return { id: h.form.id, start, end, via: h.form.via };
		});
	}

	private excluded(id: string, t: string, e: number): boolean {
		const words = this.entries.get(id)?.notFollowedBy ?? [];
		if (!words.length) return false;
		const rest = t.slice(e, e + 40).replace(/^[\s"'«»“”]+/, '');
		return words.some((w) => {
			const f = fold(w, READING_FOLD);
			return rest.startsWith(f) && !LETTER.test(rest[f.length] ?? ' ');
		});
	}

	/** All actors as story records (sorted by id, deterministic). */
	actors(ids?: Iterable<string>): Actor[] {
		const want = ids ? new Set(ids) : null;
		return [...this.entries.values()]
			.filter((e) => !want || want.has(e.id))
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.map((e) => ({ id: e.id, kind: e.kind, names: e.names, aliases: e.aliases, parent: e.parent ?? null }));
	}
}

/** A spelling in the trie: its form and its place in the longest-first order. */
interface Spelling {
	form: Form;
	order: number;
}

/** Whether the UTF-16 unit at `i` is a letter or digit (LETTER), read once per unit; false past the end. */
function letterAt(t: string, i: number): boolean {
	if (i >= t.length) return false;
	const c = t.charCodeAt(i);
	let v = letterUnits[c];
	if (!v) letterUnits[c] = v = LETTER.test(t[i]) ? 1 : 2;
	return v === 1;
}
const letterUnits = new Uint8Array(65536);

/** Whether the letters before a name inside a word are proclitics glued to it (answers kept). */
function gluedOk(prefix: string): boolean {
	let ok = glued.get(prefix);
	if (ok === undefined) {
		ok = prefix.length <= 4 && procliticPrefix(prefix);
		if (glued.size >= 10_000) glued.clear();
		glued.set(prefix, ok);
	}
	return ok;
}

const glued = new Map<string, boolean>();

/**
 * Parse gazetteer data (the format of `actors.ts`). Throws on a malformed line, naming it.
 * @example parseGazetteer('Taliban | organisation | - | Taliban | طالبان | طالبان | - | - | -')
 */
export function parseGazetteer(data: string): GazetteerEntry[] {
	const kinds: ActorKind[] = ['state', 'organisation', 'person', 'outlet', 'agency', 'anonymous'];
	return parseLines(data).map((f) => {
		if (f.length < 6 || !kinds.includes(f[1] as ActorKind)) {
			throw new Error(`gazetteer: malformed line "${f.join(' | ')}"`);
		}
		const aliases = listField(f[6]).map(exactMark);
		const exact = aliases.filter((a) => a.exact).map((a) => a.s);
		// "-; Afghanistan from 2021-08-15": the first parent, then those taken on at a date
		const [first, ...rest] = f[2].split(';').map((x) => x.trim());
		const later = rest.map((x) => {
			const m = /^(.+?)\s+from\s+(\d{4}-\d{2}-\d{2})$/.exec(x);
			if (!m) throw new Error(`gazetteer: malformed parent "${x}" in line "${f.join(' | ')}"`);
			return { parent: m[1], from: m[2] };
		});
		return {
			id: f[0],
			kind: f[1] as ActorKind,
			parent: first === '-' ? null : first,
			...(later.length ? { later } : {}),
			names: { en: f[3], ...(f[4] !== '-' ? { ar: f[4] } : {}), ...(f[5] !== '-' ? { fa: f[5] } : {}) },
			aliases: aliases.map((a) => a.s),
			...(exact.length ? { exact } : {}),
			adjectives: listField(f[7]),
			notFollowedBy: listField(f[8])
		};
	});
}

let shipped: Gazetteer | null = null;

/**
 * The shipped entries: every state (countries.ts), then the actors of actors.ts. An actors.ts line
 * for a state keeps its names and parent and adds its aliases and adjectives to the state's.
 */
function shippedEntries(): Map<string, GazetteerEntry> {
	const base = new Map(countries().map((e) => [e.id, e]));
	for (const e of parseGazetteer(ACTORS)) {
		const c = base.get(e.id);
		base.set(
			e.id,
			c
				? {
						...e,
						aliases: [...new Set([...e.aliases, ...c.aliases])],
						adjectives: [...new Set([...e.adjectives, ...c.adjectives])],
						exact: [...new Set([...(e.exact ?? []), ...(c.exact ?? [])])]
					}
				: e
		);
	}
	return base;
}

/**
 * The shipped gazetteer, optionally extended with notebook entries in the same line format
 * (an extra entry with an existing id replaces it).
 */
export function gazetteer(extra?: string): Gazetteer {
	if (!extra) return (shipped ??= new Gazetteer([...shippedEntries().values()]));
	const base = shippedEntries();
	for (const e of parseGazetteer(extra)) base.set(e.id, e);
	return new Gazetteer([...base.values()]);
}
