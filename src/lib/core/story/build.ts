/**
 * From items read per document to one Story: merge the same event or statement found in several
 * documents (keeping every evidence), link denials to what they deny and reports to the events
 * they report, derive each event's status, and count independent origins.
 */
import type { Gazetteer } from '../gazetteer';
import type { TimeMention } from '../dates/mention';
import type { TimeValue } from '../time/time-value';
import type { ReadEvent, ReadStatement } from '../reading/items';
import type {
	Actor,
	Evidence,
	EventStatus,
	Link,
	Statement,
	Story,
	StoryDocument,
	StoryEvent
} from './model';

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
	head: string;
	docLast: Map<string, EventAcc>;
}

interface StatementAcc {
	st: Statement;
	speakerKind: string;
	affiliation: string | null;
	topic: Set<string>;
	answers: string[];
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
						place: re.place
					},
					type: re.type,
					head: re.summaryHead,
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
				for (const a of rs.answers) if (!same.answers.includes(a)) same.answers.push(a);
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
				speakerKind: rs.speakerRef.kind,
				affiliation: rs.speakerRef.affiliation,
				topic: new Set(rs.topic),
				answers: rs.answers,
				words,
				docs: new Set([d.doc.id])
			});
		}
	}
	for (const e of events) e.ev.summary = summarize(e);
	const links = linkStory(g, events, statements);
	deriveStatus(events, statements, links);
	for (const e of events) {
		const origins = new Set(
			statements.filter((s) => s.st.about === e.ev.id && s.st.act !== 'denial').map((s) => origin(s.st))
		);
		e.ev.corroboration = origins.size;
	}
	const used = new Set<string>();
	for (const d of perDoc) if (d.doc.outlet) used.add(d.doc.outlet);
	for (const s of statements) for (const id of [s.st.speaker, ...s.st.chain]) used.add(id);
	for (const e of events) for (const id of e.ev.participants) used.add(id);
	const known = g.actors(used);
	const extra: Actor[] = [...used]
		.filter((id) => !g.get(id))
		.sort()
		.map((id) => ({
			id,
			kind: id.includes('anonymous') ? 'anonymous' : 'person',
			names: { en: id },
			aliases: [],
			parent: statements.find((s) => s.st.speaker === id)?.affiliation ?? null
		}));
	return {
		documents: perDoc.map((d) => d.doc),
		actors: [...known, ...extra],
		events: events.map((e) => e.ev),
		statements: statements.map((s) => s.st),
		links
	};
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

function summarize(e: EventAcc): string {
	const who = e.ev.participants.join(', ');
	return `${e.head}${who ? `: ${who}` : ''}${e.ev.place ? ` (in ${e.ev.place})` : ''}`;
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

/**
 * Links. `reports-on`: a claim/report/confirmation → the event it is about. `denies`: a denial →
 * each earlier claim it answers: by a speaker it names ("تصريحات مسؤول روسي" → Russian speakers),
 * or else a claim that involves the denier and shares a topic actor with the denial; and a denial
 * about an event → that event. `confirms`: a confirmation → claims about the same event.
 */
function linkStory(g: Gazetteer, events: EventAcc[], statements: StatementAcc[]): Link[] {
	const links: Link[] = [];
	const byId = new Map(events.map((e) => [e.ev.id, e]));
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
		const denier = lineageOf(d.st.speaker, d.affiliation);
		if (d.st.about) links.push({ type: 'denies', from: d.st.id, to: d.st.about });
		const dEvent = d.st.about ? byId.get(d.st.about) : undefined;
		for (const c of statements) {
			if (c === d || c.st.act === 'denial') continue;
			const cl = lineageOf(c.st.speaker, c.affiliation);
			if ([...cl].some((x) => denier.has(x))) continue; // one's own side
			const sameDoc = [...c.docs].some((x) => d.docs.has(x));
			// a denial answers what was said shortly before it (or in the same article)
			if (!sameDoc) {
				if (!c.st.saidAt || !d.st.saidAt) continue;
				const gap = gapDays(c.st.saidAt, d.st.saidAt);
				if (c.st.saidAt.earliest > d.st.saidAt.latest || gap > 31) continue;
			}
			let answers = false;
			if (d.answers.length) {
				answers = d.answers.some((a) => cl.has(a) || c.st.speaker === a);
			} else if (d.st.about && c.st.about === d.st.about) {
				answers = true;
			} else if (sameDoc) {
				const ev = c.st.about ? byId.get(c.st.about) : undefined;
				const involved = new Set([...c.topic, ...(ev?.ev.participants ?? [])]);
				const involvesDenier = [...involved].some((x) => g.lineage(x).some((y) => denier.has(y)));
				const others = new Set(
					[...(dEvent?.ev.participants ?? []), ...d.topic].filter(
						(t) => !g.lineage(t).some((y) => denier.has(y))
					)
				);
				const shared = [...others].some((t) => cl.has(t) || [...involved].some((x) => g.related(x, t)));
				// "dismissed the reports": no object named, so it answers what the article said of the denier
				const isReport = c.speakerKind === 'outlet' || c.speakerKind === 'agency';
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
function deriveStatus(events: EventAcc[], statements: StatementAcc[], links: Link[]): void {
	const aboutOf = new Map(statements.map((s) => [s.st.id, s.st.about]));
	for (const e of events) {
		const id = e.ev.id;
		const denied = links.some((l) => l.type === 'denies' && (l.to === id || aboutOf.get(l.to) === id));
		const confirmed = statements.some((s) => s.st.act === 'confirmation' && s.st.about === id);
		const status: EventStatus =
			denied && confirmed ? 'disputed' : denied ? 'denied' : confirmed ? 'confirmed' : 'reported';
		e.ev.status = status;
	}
}
