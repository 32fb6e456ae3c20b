/**
 * Scoring the reader against the reading corpora (tests/eval/reading/FORMAT.md says how they are
 * annotated and how they are scored). Used by `npm run eval` and the corpus tests.
 *
 * Each story is read as one notebook (all its documents together). A predicted item matches a gold
 * item when their evidence overlaps (same document; the gold quote lies in the predicted sentence)
 * and, for statements, the act is the same and the speaker is the same actor: one of the gold
 * actor's names or mentions equals one of the predicted actor's names (folded), or — for people —
 * the last words agree, or — for anonymous sources — both are anonymous and speak for the same
 * affiliation. A statement is right when its time (`saidAt`) also equals the gold interval; an
 * event is right when its `when` does. Links match when both ends match. Matching is one-to-one,
 * greedy in gold order, the strict match tried first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments, type Input, type InputMeta } from '../../../src/lib/core/story';
import type { Story, Statement, StoryEvent } from '../../../src/lib/core/story/model';
import { fold } from '../../../src/lib/core/text';
import { READING_FOLD } from '../../../src/lib/core/reading/lexicon';

export type GoldTime = string | { earliest: string; latest: string } | null;

export interface GoldActor {
	key: string;
	kind: string;
	name: string;
	role?: string | null;
	affiliation?: string | null;
	mentions: string[];
}

export interface GoldEvidence {
	doc: string;
	quote: string;
}

export interface GoldItem {
	key: string;
	kind: 'statement' | 'event';
	act?: string;
	speaker?: string;
	chain?: string[];
	saidAt?: GoldTime;
	when?: GoldTime;
	about?: string | null;
	evidence: GoldEvidence[];
}

export interface GoldStory {
	story: string;
	documents: { id: string; published: string | null }[];
	actors: GoldActor[];
	items: GoldItem[];
	links: { type: string; from: string; to: string }[];
}

/** Counts for one element kind. */
export interface Tally {
	gold: number;
	predicted: number;
	/** Gold items found with everything right (speaker, act and time; an event with its time). */
	right: number;
	/** Gold items found, whatever their time. */
	found: number;
}

export interface CorpusScore {
	statements: Tally;
	events: Tally;
	denials: Tally;
	/** Per language of the gold item's first document: statements, events and denial links right. */
	byLang: Record<string, { gold: number; right: number }>;
	/** One line per gold item missed or wrong, and per predicted item that matched nothing. */
	misses: string[];
	stories: number;
	documents: number;
}

/** A set's documents and gold stories (throws when the set is malformed). */
export function loadSet(dir: string): { inputs: Map<string, Input>; stories: GoldStory[] } {
	const inputs = new Map<string, Input>();
	for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
		const metaPath = join(dir, f + '.meta.json');
		const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as InputMeta) : {};
		inputs.set(f.replace(/\.txt$/, ''), { path: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), meta });
	}
	const gdir = join(dir, 'gold');
	const stories = readdirSync(gdir)
		.filter((f) => f.endsWith('.gold.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(gdir, f), 'utf8')) as GoldStory);
	return { inputs, stories };
}

const key = (s: string) =>
	fold(s, READING_FOLD)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');

/** The ISO interval of a gold time: "YYYY", "YYYY-MM", "YYYY-MM-DD" or {earliest, latest}. */
export function interval(t: GoldTime | undefined): [string, string] | null {
	if (!t) return null;
	if (typeof t !== 'string') return [t.earliest, t.latest];
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
	if (!m) throw new Error(`gold time "${t}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
	if (m[3]) return [t, t];
	if (m[2]) {
		const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
		return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`];
	}
	return [`${m[1]}-01-01`, `${m[1]}-12-31`];
}

/** Score every story of a set. */
export function scoreSet(dir: string): CorpusScore {
	const { inputs, stories } = loadSet(dir);
	const total: CorpusScore = {
		statements: { gold: 0, predicted: 0, right: 0, found: 0 },
		events: { gold: 0, predicted: 0, right: 0, found: 0 },
		denials: { gold: 0, predicted: 0, right: 0, found: 0 },
		byLang: {},
		misses: [],
		stories: stories.length,
		documents: 0
	};
	for (const gold of stories) {
		const docs = gold.documents.map((d) => {
			const input = inputs.get(d.id);
			if (!input) throw new Error(`${gold.story}: no document ${d.id} in ${dir}`);
			return input;
		});
		total.documents += docs.length;
		const story = readDocuments(docs);
		scoreStory(gold, story, total);
	}
	return total;
}

/** Score one story into `total`. */
export function scoreStory(gold: GoldStory, story: Story, total: CorpusScore): void {
	const actors = new Map(gold.actors.map((a) => [a.key, a]));
	const docText = (id: string) => story.documents.find((d) => d.id === id || d.id.startsWith(id + '#'));
	const langOf = (id: string) => {
		const d = docText(id);
		if (!d) return '?';
		return /-prs-/.test(id) ? 'prs' : d.lang;
	};
	const quoteAt = (ev: GoldEvidence) => {
		const d = story.documents.find((x) => x.id === ev.doc || x.id.startsWith(ev.doc + '#'));
		if (!d) throw new Error(`${gold.story}: no document ${ev.doc}`);
		const at = d.text.indexOf(ev.quote);
		if (at < 0) throw new Error(`${gold.story}: quote not found in ${ev.doc}: ${ev.quote}`);
		return { doc: ev.doc, start: at, end: at + ev.quote.length };
	};
	const overlaps = (evidence: { doc: string; start: number; end: number }[], gi: GoldItem) =>
		gi.evidence.some((ge) => {
			const r = quoteAt(ge);
			return evidence.some((e) => e.doc.split('#')[0] === r.doc && e.start < r.end && r.start < e.end);
		});
	const namesOf = (id: string): string[] => {
		const a = story.actors.find((x) => x.id === id);
		return [id, ...(a ? [a.names.en, a.names.ar ?? '', a.names.fa ?? '', ...a.aliases] : [])].filter(Boolean);
	};
	// a gold name may carry a description in brackets ("Al-Masirah (Houthi-run TV)", "Federal Bureau of
	// Investigation (FBI)"): the name before the brackets and the one inside them are names of the actor too
	const goldNames = (a: GoldActor) => {
		const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(a.name);
		return [a.name, ...(m ? [m[1], m[2]] : []), ...a.mentions];
	};
	const last = (s: string) => {
		const w = key(s).split(' ');
		return w[w.length - 1];
	};
	const sameActor = (predId: string, a: GoldActor | undefined): boolean => {
		if (!a) return false;
		const pn = namesOf(predId).map(key);
		const gn = goldNames(a).map(key);
		if (pn.some((p) => gn.includes(p))) return true;
		if (a.kind === 'person' && !predId.startsWith('anonymous')) {
			const pl = new Set(pn.map(last).filter((w) => w.length >= 3));
			if (goldNames(a).some((g) => pl.has(last(g)))) return true;
		}
		return false;
	};
	const speakerOk = (st: Statement, gi: GoldItem) => {
		const a = actors.get(gi.speaker ?? '');
		if (!a) return false;
		if (sameActor(st.speaker, a)) return true;
		const predAnon = st.speaker.startsWith('anonymous') || story.actors.find((x) => x.id === st.speaker)?.kind === 'anonymous';
		if (a.kind === 'anonymous' && predAnon) {
			const aff = a.affiliation ? actors.get(a.affiliation) : undefined;
			const pAff = st.reading?.affiliation ?? story.actors.find((x) => x.id === st.speaker)?.parent ?? null;
			if (!aff) return !pAff;
			return !!pAff && sameActor(pAff, aff);
		}
		return false;
	};
	const same = (t: { earliest: string; latest: string } | null, g: GoldTime | undefined) => {
		const gi = interval(g);
		if (!gi || !t) return !gi && !t;
		return t.earliest === gi[0] && t.latest === gi[1];
	};
	const goldS = gold.items.filter((x) => x.kind === 'statement');
	const goldE = gold.items.filter((x) => x.kind === 'event');
	const pairs = new Map<string, string>();
	const used = new Set<string>();
	const matchAll = <P extends { id: string; evidence: { doc: string; start: number; end: number }[] }>(
		golds: GoldItem[],
		preds: P[],
		loose: (p: P, g: GoldItem) => boolean,
		right: (p: P, g: GoldItem) => boolean,
		tally: Tally
	) => {
		tally.gold += golds.length;
		tally.predicted += preds.length;
		const rightOnes = new Set<string>();
		for (const strict of [true, false])
			for (const g of golds) {
				if (pairs.has(g.key)) continue;
				const p = preds.find((x) => !used.has(x.id) && overlaps(x.evidence, g) && loose(x, g) && (!strict || right(x, g)));
				if (!p) continue;
				pairs.set(g.key, p.id);
				used.add(p.id);
				tally.found++;
				if (strict) {
					tally.right++;
					rightOnes.add(g.key);
				}
			}
		for (const g of golds) {
			const lang = langOf(g.evidence[0].doc);
			const b = (total.byLang[lang] ??= { gold: 0, right: 0 });
			b.gold++;
			if (rightOnes.has(g.key)) b.right++;
			else {
				const p = pairs.get(g.key);
				const pred = p ? preds.find((x) => x.id === p) : undefined;
				// what was read over the gold's words instead (a wrong act or speaker), to tell a miss from a misreading
				const takenBy = (id: string) => [...pairs].find(([, v]) => v === id)?.[0];
				const near = p
					? []
					: preds
							.filter((x) => overlaps(x.evidence, g))
							.map((x) => describe(x as unknown as Statement | StoryEvent) + (takenBy(x.id) ? ` (matched to ${takenBy(x.id)})` : ''));
				total.misses.push(
					`${gold.story} ${g.key} (${g.kind}${g.act ? ' ' + g.act : ''}${g.speaker ? ' ' + actors.get(g.speaker)?.name : ''}, ${JSON.stringify(g.saidAt ?? g.when ?? null)}) ${p ? 'WRONG TIME ' + describe(pred as unknown as Statement | StoryEvent) : 'MISSED'} @${g.evidence[0].doc}: ${g.evidence[0].quote}${near.length ? ' | read instead: ' + near.join('; ') : ''}`
				);
			}
		}
		for (const p of preds)
			if (!used.has(p.id))
				total.misses.push(`${gold.story} SPURIOUS ${describe(p as unknown as Statement | StoryEvent)} @${p.evidence[0]?.doc}`);
	};
	matchAll(
		goldS,
		story.statements,
		(p, g) => p.act === g.act && speakerOk(p, g),
		(p, g) => same(p.saidAt, g.saidAt),
		total.statements
	);
	matchAll(goldE, story.events, () => true, (p, g) => same(p.when, g.when), total.events);
	// denial links: both ends matched (loosely), and a predicted link between them
	const denies = gold.links.filter((l) => l.type === 'denies');
	const predDenies = story.links.filter((l) => l.type === 'denies' && story.statements.some((s) => s.id === l.to));
	const predDeniesAll = story.links.filter((l) => l.type === 'denies');
	total.denials.gold += denies.length;
	total.denials.predicted += predDeniesAll.length;
	void predDenies;
	const linkUsed = new Set<string>();
	for (const l of denies) {
		const from = pairs.get(l.from);
		const to = pairs.get(l.to);
		const hit = from && to && predDeniesAll.find((p) => p.from === from && p.to === to && !linkUsed.has(`${p.from}>${p.to}`));
		const lang = langOf(gold.items.find((x) => x.key === l.from)?.evidence[0].doc ?? '');
		const b = (total.byLang[lang] ??= { gold: 0, right: 0 });
		b.gold++;
		if (hit) {
			linkUsed.add(`${hit.from}>${hit.to}`);
			total.denials.right++;
			total.denials.found++;
			b.right++;
		} else total.misses.push(`${gold.story} LINK ${l.from} denies ${l.to} MISSED (${from ?? 'denial unmatched'} → ${to ?? 'target unmatched'})`);
	}
}

function describe(x: Statement | StoryEvent): string {
	if ('act' in x) return `${x.id} ${x.act} ${x.speaker} [${x.chain.join(' ← ')}] ${x.saidAt?.edtf ?? 'null'}`;
	return `${x.id} event ${x.summary} ${x.when?.edtf ?? 'null'}`;
}

/** Precision, recall and F1 of a tally (right items). */
export function prf(t: Tally): { p: number; r: number; f: number } {
	const p = t.predicted ? t.right / t.predicted : 1;
	const r = t.gold ? t.right / t.gold : 1;
	return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
