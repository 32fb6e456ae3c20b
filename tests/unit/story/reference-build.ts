/*
 * TEST ONLY. The story builder as it was before its links and merges were indexed
 * (src/lib/core/story/build.ts at commit 862a9f3), kept verbatim but for import paths: the
 * straightforward pairwise algorithm that linear-links.test.ts compares the indexed one with.
 * Do not change it to follow the builder; change the builder's tests instead.
 */
/**
 * From items read per document to one Story: merge the same event or statement found in several
 * documents (keeping every evidence), then `deriveStory`: link denials to what they deny and
 * reports to the events they report, derive each event's status, count independent origins and
 * list the actors used. The derivation reads only the story, so the analyst's corrections
 * (notebook/corrections.ts) run the same code again on the corrected items.
 */
import type { Gazetteer } from '../../../src/lib/core/gazetteer';
import type { TimeMention } from '../../../src/lib/core/dates/mention';
import type { TimeValue } from '../../../src/lib/core/time/time-value';
import type { ReadEvent, ReadStatement } from '../../../src/lib/core/reading/items';
import type {
	Actor,
	Evidence,
	EventStatus,
	Link,
	Statement,
	StatementReading,
	Story,
	StoryDocument,
	StoryEvent
} from '../../../src/lib/core/story/model';

export interface DocItems {
	doc: StoryDocument;
	dates: TimeMention[];
	statements: ReadStatement[];
	events: ReadEvent[];
}

const PRECISION = ['day', 'week', 'month', 'season', 'year', 'decade', 'century'];

/** True when two time values can be the same time (their intervals overlap); null is compatible. */
export function compatible(a: TimeValue | null, b: TimeValue | null): boolean {
	if (!a || !b) return true;
	return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** The more precise of two compatible values (the narrower interval; the first on a tie). */
export function finer(a: TimeValue | null, b: TimeValue | null): TimeValue | null {
	if (!a) return b;
	if (!b) return a;
	const pa = PRECISION.indexOf(a.precision);
	const pb = PRECISION.indexOf(b.precision);
	return pb < pa ? b : a;
}

interface EventAcc {
	ev: StoryEvent;
	type: string;
	docLast: Map<string, EventAcc>;
}

interface StatementAcc {
	st: Statement;
	reading: StatementReading;
	topic: Set<string>;
	words: Set<string>;
	docs: Set<string>;
}

/**
 * Build the story. Ids: events e1…, statements s1… in order of first appearance (documents in
 * input order, text order within a document), so equal inputs give equal ids.
 */
export function buildStory(g: Gazetteer, perDoc: DocItems[]): Story {
	const events: EventAcc[] = [];
	const statements: StatementAcc[] = [];
	const lastOfType = new Map<string, EventAcc>(); // per doc, reset below
	for (const d of perDoc) {
		lastOfType.clear();
		const localEventIds: (string | null)[] = [];
		for (const re of d.events) {
			const evidence: Evidence = { doc: d.doc.id, start: re.sentence.start, end: re.sentence.end };
			let target: EventAcc | undefined;
			if (re.anaphoric) target = lastOfType.get(re.type);
			else
				target = events.find(
					(e) =>
						e.type === re.type &&
						compatible(e.ev.when, re.when) &&
						(participantsMatch(g, e.ev.participants, re.participants) ||
							// no participants on one side: the same kind of event at the same known time
							((!e.ev.participants.length || !re.participants.length) && !!e.ev.when && !!re.when))
				);
			if (!target && re.anaphoric) {
				localEventIds.push(null);
				continue;
			}
			if (target) {
				addEvidence(target.ev.evidence, evidence);
				target.ev.when = finer(target.ev.when, re.when);
				target.ev.place ??= re.place;
				// a named person is more precise than their organisation ("Mullah Omar" over "Taliban")
				const sharper =
					re.participants.length > 0 &&
					target.ev.participants.every((p) =>
						re.participants.some((q) => q !== p && g.lineage(q).includes(p))
					);
				if (!target.ev.participants.length || sharper) target.ev.participants = re.participants;
			} else {
				target = {
					ev: {
						id: `e${events.length + 1}`,
						participants: re.participants,
						when: re.when,
						summary: '',
						status: 'reported',
						evidence: [evidence],
						place: re.place,
						reading: { head: re.summaryHead }
					},
					type: re.type,
					docLast: new Map()
				};
				events.push(target);
			}
			lastOfType.set(re.type, target);
			localEventIds.push(target.ev.id);
		}
		for (const rs of d.statements) {
			const about = rs.about !== null ? (localEventIds[rs.about] ?? null) : null;
			const evidence: Evidence = { doc: d.doc.id, start: rs.sentence.start, end: rs.sentence.end };
			const words = contentWords(d.doc.text.slice(rs.content.start, rs.content.end));
			const same = statements.find(
				(s) =>
					s.st.speaker === rs.speaker &&
					s.st.act === rs.act &&
					compatible(s.st.saidAt, rs.saidAt) &&
					((about !== null && s.st.about === about) ||
						(about === null &&
							s.st.about === null &&
							!s.docs.has(d.doc.id) &&
							jaccard(s.words, words) >= 0.5))
			);
			if (same) {
				addEvidence(same.st.evidence, evidence);
				same.st.saidAt = finer(same.st.saidAt, rs.saidAt);
				same.docs.add(d.doc.id);
				for (const t of rs.topic) same.topic.add(t);
				for (const a of rs.answers) if (!same.reading.answers.includes(a)) same.reading.answers.push(a);
				if (rs.chain.length > same.st.chain.length) same.st.chain = rs.chain;
				continue;
			}
			statements.push({
				st: {
					id: `s${statements.length + 1}`,
					act: rs.act,
					speaker: rs.speaker,
					saidAt: rs.saidAt,
					about,
					chain: rs.chain,
					evidence: [evidence],
					text: d.doc.text.slice(rs.sentence.start, rs.sentence.end)
				},
				reading: {
					speakerKind: rs.speakerRef.kind,
					affiliation: rs.speakerRef.affiliation,
					topic: [],
					answers: rs.answers.slice()
				},
				topic: new Set(rs.topic),
				words,
				docs: new Set([d.doc.id])
			});
		}
	}
	for (const s of statements) s.st.reading = { ...s.reading, topic: [...s.topic] };
	return deriveStory(g, {
		documents: perDoc.map((d) => d.doc),
		actors: [],
		events: events.map((e) => e.ev),
		statements: statements.map((s) => s.st),
		links: []
	});
}

/**
 * The parts of a story derived from its items: links, each event's summary, status and
 * corroboration, and the actors used. Reads only `documents`, `events` and `statements` (with their `reading`);
 * returns a new story and leaves the argument as it was. The builder ends with it and
 * `applyCorrections` runs it again after the analyst's corrections, so a dismissed denial or a
 * claim turned into a denial moves the status and the links with it.
 * @example deriveStory(gazetteer(), story).events[0].status // 'denied' when a denial answers it
 */
export function deriveStory(g: Gazetteer, story: Story): Story {
	const { documents, statements } = story;
	const links = linkStory(g, story.events, statements);
	const aboutOf = new Map(statements.map((s) => [s.id, s.about]));
	const events = story.events.map((e): StoryEvent => ({
		...e,
		summary: summarize(e),
		status: statusOf(e.id, statements, links, aboutOf),
		corroboration: corroboration(e.id, statements)
	}));
	return { documents, actors: actorsUsed(g, documents, events, statements), events, statements, links };
}

/** Independent origins of the claims, reports and confirmations about an event: echoes count once. */
function corroboration(id: string, statements: Statement[]): number {
	return new Set(statements.filter((s) => s.about === id && s.act !== 'denial').map(origin)).size;
}

/**
 * The actors a story uses (outlets, speakers, chains, participants): gazetteer records, then the
 * others (anonymous descriptors, names not in the gazetteer) with the affiliation read for them.
 */
function actorsUsed(
	g: Gazetteer,
	documents: StoryDocument[],
	events: StoryEvent[],
	statements: Statement[]
): Actor[] {
	const used = new Set<string>();
	for (const d of documents) if (d.outlet) used.add(d.outlet);
	for (const s of statements) for (const id of [s.speaker, ...s.chain]) used.add(id);
	for (const e of events) for (const id of e.participants) used.add(id);
	const known = g.actors(used);
	const extra: Actor[] = [...used]
		.filter((id) => !g.get(id))
		.sort()
		.map((id) => ({
			id,
			kind: id.includes('anonymous') ? 'anonymous' : 'person',
			names: { en: id },
			aliases: [],
			parent: statements.find((s) => s.speaker === id)?.reading?.affiliation ?? null
		}));
	return [...known, ...extra];
}

/** The original source of a statement: the last link of its chain (echoes share it). */
export function origin(st: Statement): string {
	return st.chain[st.chain.length - 1] ?? st.speaker;
}

function addEvidence(list: Evidence[], e: Evidence): void {
	if (!list.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) list.push(e);
}

/** Every participant of the smaller set is, or is related to (parent/child), one of the larger. */
function participantsMatch(g: Gazetteer, a: string[], b: string[]): boolean {
	if (!a.length || !b.length) return false;
	const [small, large] = a.length <= b.length ? [a, b] : [b, a];
	if (small.length === 1) return large.length === 1 && g.related(large[0], small[0]);
	const hits = small.filter((x) => large.some((y) => g.related(x, y))).length;
	return hits >= Math.max(2, Math.ceil(small.length * 0.67));
}

/** "meeting: Akhtar Mansour, Vladimir Putin (in Tajikistan)"; an event without a read head keeps its summary. */
function summarize(e: StoryEvent): string {
	if (!e.reading) return e.summary;
	const who = e.participants.join(', ');
	return `${e.reading.head}${who ? `: ${who}` : ''}${e.place ? ` (in ${e.place})` : ''}`;
}

function contentWords(s: string): Set<string> {
	return new Set(
		s
			.replace(/[^\p{L}\p{N}\s]/gu, ' ')
			.split(/\s+/)
			.filter((w) => w.length > 2)
	);
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (!a.size || !b.size) return 0;
	let inter = 0;
	for (const w of a) if (b.has(w)) inter++;
	return inter / (a.size + b.size - inter);
}

/** What linking reads of a statement: the statement, its reading (never missing) and its documents. */
interface Said {
	st: Statement;
	r: StatementReading;
	docs: Set<string>;
}

const NO_READING: StatementReading = { speakerKind: 'person', affiliation: null, topic: [], answers: [] };

/**
 * Links. `reports-on`: a claim/report/confirmation → the event it is about. `denies`: a denial →
 * each earlier claim it answers: by a speaker it names ("تصريحات مسؤول روسي" → Russian speakers),
 * or else a claim that involves the denier and shares a topic actor with the denial; and a denial
 * about an event → that event. `confirms`: a confirmation → claims about the same event.
 */
function linkStory(g: Gazetteer, events: StoryEvent[], list: Statement[]): Link[] {
	const links: Link[] = [];
	const byId = new Map(events.map((e) => [e.id, e]));
	const statements: Said[] = list.map((st) => ({
		st,
		r: st.reading ?? NO_READING,
		docs: new Set(st.evidence.map((e) => e.doc))
	}));
	for (const s of statements) {
		if (s.st.about && s.st.act !== 'denial')
			links.push({ type: 'reports-on', from: s.st.id, to: s.st.about });
	}
	const lineageOf = (id: string, aff: string | null) =>
		new Set([...g.lineage(id), ...(aff ? g.lineage(aff) : [])]);
	const DAY = 86400000;
	const gapDays = (a: TimeValue, b: TimeValue) => (Date.parse(b.earliest) - Date.parse(a.latest)) / DAY;
	for (const d of statements) {
		if (d.st.act !== 'denial') continue;
		const denier = lineageOf(d.st.speaker, d.r.affiliation);
		if (d.st.about) links.push({ type: 'denies', from: d.st.id, to: d.st.about });
		const dEvent = d.st.about ? byId.get(d.st.about) : undefined;
		for (const c of statements) {
			if (c === d || c.st.act === 'denial') continue;
			const cl = lineageOf(c.st.speaker, c.r.affiliation);
			if ([...cl].some((x) => denier.has(x))) continue; // one's own side
			const sameDoc = [...c.docs].some((x) => d.docs.has(x));
			// a denial answers what was said shortly before it (or in the same article)
			if (!sameDoc) {
				if (!c.st.saidAt || !d.st.saidAt) continue;
				const gap = gapDays(c.st.saidAt, d.st.saidAt);
				if (c.st.saidAt.earliest > d.st.saidAt.latest || gap > 31) continue;
			}
			let answers = false;
			if (d.r.answers.length) {
				answers = d.r.answers.some((a) => cl.has(a) || c.st.speaker === a);
			} else if (d.st.about && c.st.about === d.st.about) {
				answers = true;
			} else if (sameDoc) {
				const ev = c.st.about ? byId.get(c.st.about) : undefined;
				const involved = new Set([...c.r.topic, ...(ev?.participants ?? [])]);
				const involvesDenier = [...involved].some((x) => g.lineage(x).some((y) => denier.has(y)));
				const others = new Set(
					[...(dEvent?.participants ?? []), ...d.r.topic].filter(
						(t) => !g.lineage(t).some((y) => denier.has(y))
					)
				);
				const shared = [...others].some((t) => cl.has(t) || [...involved].some((x) => g.related(x, t)));
				// "dismissed the reports": no object named, so it answers what the article said of the denier
				const isReport = c.r.speakerKind === 'outlet' || c.r.speakerKind === 'agency';
				answers = involvesDenier && (shared || (others.size === 0 && isReport));
			}
			if (answers) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
		}
	}
	for (const c of statements) {
		if (c.st.act !== 'confirmation' || !c.st.about) continue;
		for (const o of statements)
			if (o !== c && o.st.about === c.st.about && (o.st.act === 'claim' || o.st.act === 'report'))
				links.push({ type: 'confirms', from: c.st.id, to: o.st.id });
	}
	return links;
}

/**
 * Status from statements: denied (a denial answers it or a claim about it, no confirmation),
 * confirmed (confirmed, not denied), disputed (both), reported (neither).
 */
function statusOf(
	id: string,
	statements: Statement[],
	links: Link[],
	aboutOf: Map<string, string | null>
): EventStatus {
	const denied = links.some((l) => l.type === 'denies' && (l.to === id || aboutOf.get(l.to) === id));
	const confirmed = statements.some((s) => s.act === 'confirmation' && s.about === id);
	return denied && confirmed ? 'disputed' : denied ? 'denied' : confirmed ? 'confirmed' : 'reported';
}
