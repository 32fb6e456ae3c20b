/**
 * Who is mentioned in a sentence: named actors from the gazetteer, anonymous descriptors
 * ("قيادي بارز في طالبان" → anonymous senior Taliban official), named roles ("المتحدث باسم
 * الكرملين" → Kremlin spokesperson), quoted account names, and anaphors resolved against what the
 * document said before ("الصحيفة" → the last outlet). All word lists are data (`data/speakers.ts`).
 */
import type { ActorKind } from '../story/model';
import type { TimeValue } from '../time/time-value';
import type { Gazetteer } from '../gazetteer';
import SPEAKERS from './data/speakers';
import CUES from './data/cues';
import GRAMMAR from './data/grammar';
import { parseLines, READING_FOLD } from './lexicon';
import { readingWork } from './work';
import { fold, normalize, type Normalized } from '../text';
import type { Span } from './sentences';

/** A reference to a speaker or participant in a sentence (offsets into the file text). */
export interface Ref {
	start: number;
	end: number;
	/** Actor id, descriptor ("anonymous senior Taliban official") or surface name. */
	id: string;
	kind: ActorKind;
	anonymous: boolean;
	/** The gazetteer actor a descriptor or role belongs to (Taliban for "قائد في طالبان"). */
	affiliation: string | null;
	via: 'name' | 'adjective' | 'descriptor' | 'role' | 'anaphor' | 'surface';
	/** How much a descriptor says (rank, count, affiliation): the richest wins a tie. */
	weight: number;
	/** Preceded by a preposition: an object or a place, not a subject. */
	prep: boolean;
}

export interface Token {
	s: number;
	e: number;
	w: string;
}

interface Lex {
	head: Map<string, string>;
	plural: Map<string, string>;
	rank: Map<string, string>;
	count: Map<string, string>;
	link: Set<string>;
	role: Map<string, string>;
	title: Set<string>;
	intro: Set<string>;
	anaphor: Map<string, string>;
	prep: Set<string>;
	stop: Set<string>;
	complementizer: Set<string>;
	purpose: Set<string>;
	opener: Set<string>;
	target: Set<string>;
	generic: Set<string>;
	negator: Set<string>;
}

function loadLex(): Lex {
	const lex: Lex = {
		head: new Map(),
		plural: new Map(),
		rank: new Map(),
		count: new Map(),
		link: new Set(),
		role: new Map(),
		title: new Set(),
		intro: new Set(),
		anaphor: new Map(),
		prep: new Set(),
		stop: new Set(),
		complementizer: new Set(),
		purpose: new Set(),
		opener: new Set(),
		target: new Set(),
		generic: new Set(),
		negator: new Set()
	};
	for (const [kind, form, en] of parseLines(SPEAKERS)) {
		const f = fold(form, READING_FOLD);
		if (kind === 'link') lex.link.add(f);
		else if (kind === 'title') lex.title.add(f);
		else if (kind === 'intro') lex.intro.add(f);
		else (lex[kind as 'head'] as Map<string, string>).set(f, en);
	}
	for (const [kind, form] of parseLines(GRAMMAR)) {
		const f = fold(form, READING_FOLD);
		if (kind === 'preposition') lex.prep.add(f);
		else if (kind === 'stop') lex.stop.add(f);
		else if (kind === 'complementizer') lex.complementizer.add(f);
		else if (kind === 'purpose') lex.purpose.add(f);
		else if (kind === 'opener') lex.opener.add(f);
		else if (kind === 'target') lex.target.add(f);
		else if (kind === 'generic') lex.generic.add(f);
		else if (kind === 'negator') lex.negator.add(f);
	}
	return lex;
}

export const LEX = loadLex();

/** Heads that name an institution rather than a person (the English of `head` lines). */
const INSTITUTIONS = new Set(['embassy', 'ministry', 'government', 'army']);

/** Folded one-word speech verbs (a name run stops at one). */
const SPEECH = new Set(
	parseLines(CUES)
		.map(([f]) => fold(f, READING_FOLD))
		.filter((f) => !f.includes(' '))
);

/** A word that can be part of a person's name: in no closed list and no lexicon. */
function plainWord(w: string): boolean {
	if (/\d/.test(w) || w.length < 2) return false;
	const sets = [
		LEX.stop,
		LEX.complementizer,
		LEX.prep,
		LEX.link,
		LEX.title,
		LEX.target,
		LEX.opener,
		LEX.negator,
		LEX.generic
	];
	if (sets.some((x) => x.has(w)) || SPEECH.has(w)) return false;
	const maps = [LEX.head, LEX.plural, LEX.rank, LEX.count, LEX.role, LEX.anaphor];
	return !maps.some((m) => bases(w).some((b) => m.has(b)));
}

/** Word tokens of a normalised string (letters, digits, inner dots as in "سی.ان.ان"). */
export function tokenize(n: Normalized): Token[] {
	const out: Token[] = [];
	const re = /[\p{L}\p{N}](?:[\p{L}\p{N}-]|\.(?=[\p{L}\p{N}]))*/gu;
	let m: RegExpExecArray | null;
	while ((m = re.exec(n.text))) out.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
	return out;
}

/** `bases` of the words met so far: news prose repeats its words, and every lexicon look-up asks. */
const baseCache = new Map<string, readonly string[]>();

/**
 * A word and the forms it can have without a glued Arabic proclitic (و، ف، ب، ل، ك، لل).
 * The array is shared between calls: read it, never change it.
 * @example bases('وللحركه') → ['وللحركه', 'الحركه', 'للحركه', 'لحركه']
 */
export function bases(w: string): readonly string[] {
	let out = baseCache.get(w);
	if (out) return out;
	const b = [w];
	const c0 = w.charCodeAt(0);
	const c1 = w.charCodeAt(1);
	const c2 = w.charCodeAt(2);
	const WAW = 0x648;
	const FEH = 0x641;
	const BEH = 0x628;
	const LAM = 0x644;
	const KAF = 0x643;
	const wf = c0 === WAW || c0 === FEH;
	if (w.length > 3 && c0 === LAM && c1 === LAM) b.push('ال' + w.slice(2));
	if (w.length > 3 && wf && c1 === LAM && c2 === LAM) b.push('ال' + w.slice(3));
	if (w.length > 2 && (wf || c0 === BEH || c0 === LAM || c0 === KAF)) b.push(w.slice(1));
	if (w.length > 3 && wf && (c1 === BEH || c1 === LAM || c1 === KAF)) b.push(w.slice(2));
	out = b;
	// bounded: a megabyte of text has tens of thousands of distinct words, not millions
	if (baseCache.size >= 100_000) baseCache.clear();
	baseCache.set(w, out);
	return out;
}

/** What a lexicon table can match: the first words of its keys and its longest key in words. */
interface TableShape {
	size: number;
	firsts: Set<string>;
	maxWords: number;
}

const shapes = new WeakMap<Map<string, unknown> | Set<string>, TableShape>();

function shapeOf(table: Map<string, unknown> | Set<string>): TableShape {
	let sh = shapes.get(table);
	// tables are built once at load; the size check catches one grown after its first use
	if (sh && sh.size === table.size) return sh;
	sh = { size: table.size, firsts: new Set(), maxWords: 0 };
	for (const key of table.keys()) {
		const words = key.split(' ');
		sh.firsts.add(words[0]);
		if (words.length > sh.maxWords) sh.maxWords = words.length;
	}
	shapes.set(table, sh);
	return sh;
}

/**
 * Longest multi-word form of `table` starting at token i: [english, tokens used] or null.
 * Keys are folded words joined by one space; the first word may carry a proclitic (`bases`).
 * Only bases that begin some key are tried, and never more words than the longest key has:
 * this is called several times per token, and building every candidate key was most of the
 * time spent reading a megabyte.
 */
export function matchForm<T>(
	table: Map<string, T> | Set<string>,
	toks: Token[],
	i: number,
	maxWords = 3
): [T | true, number] | null {
	if (i < 0 || i >= toks.length) return null;
	const sh = shapeOf(table);
	const all = bases(toks[i].w);
	readingWork.lexiconProbes += all.length;
	const firsts = all.filter((b) => sh.firsts.has(b));
	if (!firsts.length) return null;
	for (let k = Math.min(maxWords, sh.maxWords, toks.length - i); k >= 1; k--) {
		let rest = '';
		for (let j = i + 1; j < i + k; j++) rest += ' ' + toks[j].w;
		for (const b of firsts) {
			const key = b + rest;
			readingWork.lexiconProbes++;
			if (table.has(key)) return [table instanceof Map ? (table.get(key) as T) : true, k];
		}
	}
	return null;
}

/** A singular head noun at token i, with or without its article ("السفير" → سفير). */
function matchHead(toks: Token[], i: number): [string | true, number] | null {
	const m = matchForm(LEX.head, toks, i, 2);
	if (m) return m;
	// "الصحيفة", "المسؤول" point back: they are anaphors, not new speakers
	if (matchForm(LEX.anaphor, toks, i, 2)) return null;
	for (const b of bases(toks[i].w)) {
		if (b.startsWith('ال') && b.length > 4) {
			const m2 = matchForm(LEX.head, [{ ...toks[i], w: b.slice(2) }, ...toks.slice(i + 1, i + 2)], 0, 2);
			if (m2) return m2;
		}
	}
	return null;
}

/** Discourse memory of one document: what an anaphor or a subject-less verb points back to. */
export interface Discourse {
	lastSpeaker: Ref | null;
	lastByKind: Map<string, Ref>;
	lastSpeakerByKind: Map<string, Ref>;
	/** The date the last statement's own sentence gave it (a continued quote was said then too). */
	lastSaidAt: TimeValue | null;
	/** People named as written (not in the gazetteer) who spoke so far: "مانتيتسكي" finds "الكسندر مانتيتسكي". */
	surfaces: Ref[];
}

export function newDiscourse(): Discourse {
	return {
		lastSpeaker: null,
		lastByKind: new Map(),
		lastSpeakerByKind: new Map(),
		lastSaidAt: null,
		surfaces: []
	};
}

/**
 * Record `r` as the last actor of its kind. Non-state organisations (no state in their lineage)
 * are also remembered as `group`, what "الحركة"/"الجماعة" point back to.
 */
export function remember(g: Gazetteer, m: Map<string, Ref>, r: Ref): void {
	m.set(r.anonymous && r.kind === 'anonymous' ? 'anonymous' : r.kind, r);
	if (r.kind === 'organisation' && !g.lineage(r.id).some((id) => g.get(id)?.kind === 'state'))
		m.set('group', r);
}

/** English label of an affiliation: "Russian" for Russia, the id for organisations. */
export function affLabel(g: Gazetteer, id: string): string {
	const e = g.get(id);
	if (!e) return id;
	if (e.kind === 'state') return e.adjectives.find((a) => /^[A-Z]/.test(a)) ?? id;
	return id;
}

/**
 * Every reference in one sentence, in text order, non-overlapping (a descriptor or role wraps the
 * names inside it). `d` is read for anaphors and updated with the sentence's mentions.
 * `sentence` is the sentence already normalised (with READING_FOLD) and tokenized, when the caller has it.
 */
export function findRefs(
	g: Gazetteer,
	text: string,
	sent: Span,
	d: Discourse,
	sentence?: { n: Normalized; toks: Token[] }
): Ref[] {
	const s = text.slice(sent.start, sent.end);
	const n = sentence?.n ?? normalize(s, READING_FOLD);
	const toks = sentence?.toks ?? tokenize(n);
	const at = (i: number) => sent.start + n.map[i];
	const endAt = (i: number) => sent.start + n.map[i - 1] + 1;
	readingWork.gazetteerChars += n.text.length;
	const names: Ref[] = g.find(s, n).map((m) => {
		const e = g.get(m.id)!;
		return {
			start: sent.start + m.start,
			end: sent.start + m.end,
			id: m.id,
			kind: e.kind,
			anonymous: false,
			affiliation: m.id,
			via: m.via,
			weight: 0,
			prep: false
		};
	});
	// every name, even those a descriptor absorbs ("قادة من حركة طالبان"), for anaphors to point at
	const allNames = [...names];
	const nameAtTok = (t: Token) => names.find((r) => r.start <= at(t.s) && r.end >= endAt(t.e));
	const refs: Ref[] = [];
	const used = new Set<number>();
	for (let i = 0; i < toks.length; i++) {
		if (used.has(i)) continue;
		// role: "المتحدث باسم X" → "X spokesperson"
		const role = nameAtTok(toks[i]) ? null : matchForm(LEX.role, toks, i);
		if (role) {
			const [en, k] = role as [string, number];
			const after = toks[i + k];
			const x = after
				? names.find((r) => r.start >= endAt(toks[i + k - 1].e) && r.start <= at(after.s) + 1)
				: null;
			const nextName = after && nameAtTok(after);
			if (x && x.via === 'name' && en === '=') {
				refs.push({ ...x, start: at(toks[i].s), via: 'role', weight: 2 });
				names.splice(names.indexOf(x), 1);
				for (let j = i; j < i + k; j++) used.add(j);
				continue;
			}
			if (x && x.via === 'name' && x.kind !== 'person') {
				refs.push({
					...x,
					start: at(toks[i].s),
					id: `${x.id} ${en}`,
					kind: 'person',
					via: 'role',
					weight: 2
				});
				names.splice(names.indexOf(x), 1);
				for (let j = i; j < i + k; j++) used.add(j);
				continue;
			}
			const ana = after ? matchForm(LEX.anaphor, toks, i + k, 2) : null;
			if (ana && ana[0] !== 'anonymous' && ana[0] !== 'any') {
				// "سخنگوی این گروه": the body is the group spoken of before
				const kind = ana[0] as string;
				const t =
					recent(g, allNames, at(toks[i].s), kind) ?? d.lastSpeakerByKind.get(kind) ?? d.lastByKind.get(kind);
				if (t) {
					const last = i + k + (ana[1] as number) - 1;
					refs.push({
						...t,
						start: at(toks[i].s),
						end: endAt(toks[last].e),
						id: `${t.affiliation ?? t.id} ${en}`,
						kind: 'person',
						via: 'role',
						weight: 2,
						prep: false,
						anonymous: false
					});
					for (let j = i; j <= last; j++) used.add(j);
					continue;
				}
			}
			if (
				!nextName &&
				after &&
				!LEX.complementizer.has(after.w) &&
				/باسم|سخنگوي|for/.test(toks[i + k - 1].w)
			) {
				// an unknown body: take up to three words up to punctuation
				let j = i + k;
				while (
					j < toks.length &&
					j < i + k + 3 &&
					!/[،,.:؛«»"]/.test(s.slice(n.map[toks[j - 1].e - 1] + 1, n.map[toks[j].s])) &&
					!LEX.prep.has(toks[j].w) &&
					!LEX.complementizer.has(toks[j].w)
				)
					j++;
				const body = s.slice(n.map[toks[i + k].s], n.map[toks[j - 1].e - 1] + 1);
				// "سخنگوی وزارت خارجه ایران": the body belongs to the state or body named inside it
				const inner = names.find((r) => r.start >= at(toks[i + k].s) && r.end <= endAt(toks[j - 1].e));
				refs.push({
					start: at(toks[i].s),
					end: endAt(toks[j - 1].e),
					id: `${en} of ${body}`,
					kind: 'person',
					anonymous: false,
					affiliation: inner?.id ?? null,
					via: 'role',
					weight: 1,
					prep: false
				});
				for (let q = i; q < j; q++) used.add(q);
				continue;
			}
		}
		// a quoted account name: حساب باسم "X"
		const intro = matchForm(LEX.intro, toks, i);
		if (intro) {
			const k = intro[1];
			const q = /^\s*["«“]([^"»”]{2,40})["»”]/.exec(s.slice(n.map[toks[i + k - 1].e - 1] + 1));
			if (q) {
				const startOrig = sent.start + n.map[toks[i].s];
				const endOrig = sent.start + n.map[toks[i + k - 1].e - 1] + 1 + q[0].length;
				refs.push(surfacePerson(startOrig, endOrig, q[1].trim()));
				for (let j = i; j < toks.length && at(toks[j].s) < endOrig; j++) used.add(j);
				continue;
			}
		}
		// anonymous descriptor
		const head = nameAtTok(toks[i]) ? null : (matchHead(toks, i) ?? matchForm(LEX.plural, toks, i, 2));
		if (head) {
			const desc = descriptor(g, toks, i, head[1] as number, names, at, endAt, d, s, n);
			if (desc) {
				refs.push(desc.ref);
				for (let j = desc.from; j < desc.to; j++) used.add(j);
				for (const r of desc.absorbed) names.splice(names.indexOf(r), 1);
				continue;
			}
		}
		// anaphor
		const ana = nameAtTok(toks[i]) ? null : matchForm(LEX.anaphor, toks, i, 2);
		if (ana) {
			const [kind, k] = ana as [string, number];
			// outlets: the last one named (often only as a relay); groups: the last one that spoke
			const target =
				kind === 'any'
					? d.lastSpeaker
					: kind === 'outlet' || kind === 'agency'
						? (recent(g, allNames, at(toks[i].s), kind) ??
							d.lastByKind.get(kind) ??
							d.lastByKind.get('agency'))
						: (d.lastSpeakerByKind.get(kind) ??
							recent(g, allNames, at(toks[i].s), kind, anaphorNoun(toks[i].w)) ??
							d.lastByKind.get(kind) ??
							(kind === 'outlet'
								? (d.lastSpeakerByKind.get('agency') ?? d.lastByKind.get('agency'))
								: undefined));
			if (target) {
				refs.push({
					...target,
					start: at(toks[i].s),
					end: endAt(toks[i + k - 1].e),
					via: 'anaphor',
					prep: false
				});
				for (let j = i; j < i + k; j++) used.add(j);
			}
		}
	}
	const all = [...names.filter((r) => !refs.some((x) => r.start < x.end && r.end > x.start)), ...refs].sort(
		(a, b) => a.start - b.start || b.end - a.end
	);
	// prepositional: the token before the ref is a preposition (or the ref's own proclitic is ب/ل/ك)
	for (const r of all) {
		const ti = toks.findIndex((t) => endAt(t.e) > r.start);
		const tok = toks[ti];
		if (!tok) continue;
		if (at(tok.s) < r.start) {
			// a proclitic glued to the name: بـ / لـ / كـ make it an object
			const prefix = fold(text.slice(at(tok.s), r.start), READING_FOLD);
			if (/[بلك]/.test(prefix)) r.prep = true;
			continue;
		}
		const before = toks[ti - 1];
		if (before && LEX.prep.has(before.w)) r.prep = true;
	}
	for (const r of all) remember(g, d.lastByKind, r);
	return all;
}

/**
 * A person known only by the name as written (not in the gazetteer): an account name in quotes,
 * a name before an apposition. `start`/`end` are offsets into the file text.
 */
export function surfacePerson(start: number, end: number, id: string): Ref {
	return {
		start,
		end,
		id,
		kind: 'person',
		anonymous: false,
		affiliation: null,
		via: 'surface',
		weight: 2,
		prep: false
	};
}

/** The last name of `kind` mentioned in this sentence before `pos`. */
function recent(g: Gazetteer, names: Ref[], pos: number, kind: string, noun?: string): Ref | undefined {
	const m = new Map<string, Ref>();
	let fit: Ref | undefined;
	for (const r of names) {
		if (r.end > pos) continue;
		const before = m.get(kind);
		remember(g, m, r);
		// "الحركة" prefers the movement whose names say حركة (Taliban), not the last group (ISIS)
		if (noun && m.get(kind) === r && m.get(kind) !== before && namedBy(g, r.id, noun)) fit = r;
	}
	return fit ?? m.get(kind);
}

/** True when one of the actor's names contains `noun` as a word ("حركة" in "حركة طالبان"). */
function namedBy(g: Gazetteer, id: string, noun: string): boolean {
	const e = g.get(id);
	if (!e) return false;
	let words = nameWords.get(e);
	if (!words) {
		// asked for every name before every anaphor: fold each actor's names once
		words = new Set(
			[e.names.ar, e.names.fa, ...e.aliases].flatMap((a) => (a ? fold(a, READING_FOLD).split(' ') : []))
		);
		nameWords.set(e, words);
	}
	return words.has(noun);
}

/** The folded words of an actor's Arabic, Persian and alias names (see `namedBy`). */
const nameWords = new WeakMap<object, Set<string>>();

/** The noun of a definite anaphor without its article or proclitic ("الحركة" → "حركه"). */
function anaphorNoun(w: string): string {
	return w.replace(/^[وفبلك]?(ال|لل)/, '');
}

function descriptor(
	g: Gazetteer,
	toks: Token[],
	i: number,
	k: number,
	names: Ref[],
	at: (i: number) => number,
	endAt: (i: number) => number,
	d: Discourse,
	s: string,
	n: Normalized
): { ref: Ref; from: number; to: number; absorbed: Ref[] } | null {
	const headForms = matchHead(toks, i);
	const plural = !headForms;
	let en = (headForms?.[0] ?? matchForm(LEX.plural, toks, i, 2)![0]) as string;
	const nameAt = (j: number) => names.find((r) => r.start <= at(toks[j].s) && r.end >= endAt(toks[j].e));
	// a head right before a named outlet/person ("صحيفة واشنطن بوست", "قائد X") is not anonymous
	const next = toks[i + k];
	if (next) {
		const nm = nameAt(i + k);
		const gap = s.slice(n.map[toks[i + k - 1].e - 1] + 1, n.map[next.s]);
		if (
			nm &&
			nm.via === 'name' &&
			/^[\s"«“]*$/.test(gap) &&
			(nm.kind === 'person' || nm.kind === 'outlet' || nm.kind === 'agency')
		)
			return null;
	}
	if (/newspaper|agency|outlet/.test(en)) {
		const lim = toks[Math.min(toks.length - 1, i + k + 3)];
		if (
			names.some(
				(r) =>
					(r.kind === 'outlet' || r.kind === 'agency') && r.start >= at(toks[i].s) && r.start <= at(lim.s)
			)
		)
			return null;
	}
	let from = i;
	let count: string | null = null;
	for (let back = 2; back >= 1; back--) {
		if (i - back < 0) continue;
		const c = matchForm(LEX.count, toks, i - back, back);
		if (c && c[1] === back) {
			count = c[0] as string;
			from = i - back;
			break;
		}
	}
	const ranks: string[] = [];
	let aff: string | null = null;
	const absorbed: Ref[] = [];
	let j = i + k;
	let lastGood = j;
	let skipped = 0;
	while (j < toks.length && j < i + k + 8) {
		const gap = s.slice(n.map[toks[j - 1].e - 1] + 1, n.map[toks[j].s]);
		if (/[،,.:؛!?؟]/.test(gap)) break;
		const r = matchForm(LEX.rank, toks, j, 2);
		if (r) {
			if (!ranks.includes(r[0] as string)) ranks.push(r[0] as string);
			j += r[1];
			lastGood = j;
			continue;
		}
		const nm = nameAt(j);
		if (nm && !aff && (nm.via === 'adjective' || skipped === 0)) {
			aff = nm.id;
			absorbed.push(nm);
			while (j < toks.length && at(toks[j].s) < nm.end) j++;
			lastGood = j;
			continue;
		}
		if (LEX.link.has(toks[j].w) && !aff) {
			// "في طالبان", "في حكومة طالبان", "من الحركة"
			let q = j + 1;
			let found: Ref | null = null;
			while (q < toks.length && q <= j + 2) {
				const nm2 = nameAt(q);
				if (nm2 && nm2.kind !== 'outlet') {
					found = nm2;
					break;
				}
				const an = matchForm(LEX.anaphor, toks, q, 1);
				if (an) {
					const t =
						recent(g, names, at(toks[q].s), an[0] as string, anaphorNoun(toks[q].w)) ??
						d.lastByKind.get(an[0] as string);
					if (t) found = { ...t, start: at(toks[q].s), end: endAt(toks[q].e) };
					break;
				}
				q++;
			}
			if (found) {
				aff = found.affiliation ?? found.id;
				if (names.includes(found)) absorbed.push(found);
				j = q + 1;
				while (j < toks.length && at(toks[j].s) < found.end) j++;
				lastGood = j;
				continue;
			}
			break;
		}
		// the group anaphor right after a plural head: "قادة الجماعة"
		const an = matchForm(LEX.anaphor, toks, j, 1);
		if (an && !aff && (an[0] === 'group' || an[0] === 'outlet')) {
			const t =
				recent(g, names, at(toks[j].s), an[0] as string, anaphorNoun(toks[j].w)) ??
				d.lastByKind.get(an[0] as string);
			if (t) {
				aff = t.affiliation ?? t.id;
				j += 1;
				lastGood = j;
				continue;
			}
		}
		if (skipped >= 3) break;
		skipped++;
		j++;
	}
	// English puts rank and nationality before the head: "a senior Russian official"
	for (let b = from - 1; b >= 0 && b >= from - 3; b--) {
		const r = matchForm(LEX.rank, toks, b, 1);
		const nm = nameAt(b);
		if (r) {
			if (!ranks.includes(r[0] as string)) ranks.push(r[0] as string);
			from = b;
		} else if (matchForm(LEX.count, toks, b, 1) && !count) {
			count = matchForm(LEX.count, toks, b, 1)![0] as string;
			from = b;
		} else if (nm && !aff && (nm.via === 'adjective' || nm.kind === 'state' || nm.kind === 'organisation')) {
			aff = nm.id;
			absorbed.push(nm);
			from = b;
		} else break;
	}
	if (count === 'one' && plural) en = en.replace(/s$/, '');
	if (count === 'one' && !plural) count = null;
	const isOutlet = /newspaper|agency|outlet/.test(en);
	if (INSTITUTIONS.has(en) && aff) {
		// "سفارت روسیه", "السفارة الروسية": an institution is named by whom it belongs to
		const to0 = Math.max(lastGood, i + k);
		return {
			ref: {
				start: at(toks[from].s),
				end: endAt(toks[to0 - 1].e),
				id: `${affLabel(g, aff)} ${en}`,
				kind: 'organisation',
				anonymous: false,
				affiliation: aff,
				via: 'descriptor',
				weight: 3,
				prep: false
			},
			from,
			to: to0,
			absorbed
		};
	}
	const words = count && count !== 'one' ? [count, 'anonymous'] : ['anonymous'];
	if (ranks.includes('former')) words.push('former');
	if (ranks.includes('senior')) words.push('senior');
	if (aff) words.push(affLabel(g, aff));
	words.push(count && count !== 'one' && !/s$/.test(en) ? en + 's' : en);
	const to = Math.max(lastGood, i + k);
	// "نائب وزير الخارجية الروسي إيجور مورجولوف،": a role followed by a name is that named person
	if (!plural) {
		let q = to;
		while (q < toks.length && q < to + 3) {
			const gap = s.slice(n.map[toks[q - 1].e - 1] + 1, n.map[toks[q].s]);
			if (!/^[\s"«“”»]*$/.test(gap) || !plainWord(toks[q].w) || nameAt(q)) break;
			q++;
		}
		const after = s.slice(n.map[toks[q - 1].e - 1] + 1, q < toks.length ? n.map[toks[q].s] : s.length);
		const closes =
			q >= toks.length ||
			/[،,:\-–]/.test(after) ||
			LEX.complementizer.has(toks[q].w) ||
			SPEECH.has(toks[q].w);
		if (q > to && (q - to >= 2 || (isOutlet && !aff)) && closes) {
			// an outlet keeps its head word in its name ("خبرگزاری آسیا"); a person is named by the name
			const nameFrom = isOutlet ? i : to;
			const raw = s
				.slice(n.map[toks[nameFrom].s], n.map[toks[q - 1].e - 1] + 1)
				.replace(/["«»“”]/g, '')
				.trim();
			return {
				ref: {
					start: at(toks[from].s),
					end: endAt(toks[q - 1].e),
					id: raw,
					kind: isOutlet ? (/agency/.test(en) ? 'agency' : 'outlet') : 'person',
					anonymous: false,
					affiliation: aff,
					via: 'surface',
					weight: 3,
					prep: false
				},
				from,
				to: q,
				absorbed
			};
		}
	}
	return {
		ref: {
			start: at(toks[from].s),
			end: endAt(toks[to - 1].e),
			id: words.join(' '),
			kind: isOutlet ? 'outlet' : 'anonymous',
			anonymous: true,
			affiliation: aff,
			via: 'descriptor',
			weight: (aff ? 2 : 0) + ranks.length + (count ? 1 : 0),
			prep: false
		},
		from,
		to,
		absorbed
	};
}
