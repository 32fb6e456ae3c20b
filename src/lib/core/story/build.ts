/**
 * From items read per document to one Story: merge the same event or statement found in several
 * documents (keeping every evidence), then `deriveStory`: link denials to what they deny and
 * reports to the events they report, derive each event's status, count independent origins and
 * list the actors used. The derivation reads only the story, so the analyst's corrections
 * (notebook/corrections.ts) run the same code again on the corrected items.
 */
import { parentAt, type Gazetteer } from '../gazetteer';
import type { TimeMention } from '../dates/mention';
import type { TimeValue } from '../time/time-value';
import { isoToDay, weekdayOfDay } from '../calendars';
import type { DocEntity, ReadEvent, ReadStatement } from '../reading/items';
import { entityActor, isRoleId, mergeEntities, type StoryEntity } from './entities';
import { sameGist, storyGists } from './gist';
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
} from './model';

export interface DocItems {
	doc: StoryDocument;
	dates: TimeMention[];
	statements: ReadStatement[];
	events: ReadEvent[];
	/** The actors the document named that the gazetteer may not know (people, outlets, bodies). */
	entities?: DocEntity[];
}

/**
 * Test only: how many pairs building has compared (an event or statement with a candidate to
 * merge with, a denial with a candidate it may answer), for the scaling test to count instead of
 * timing. Reset by the caller; counting has no effect on the story.
 */
export const comparisons = { count: 0 };

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
	/** Keys of its evidence (`evidenceKey`), so that adding evidence does not scan the list. */
	seen: Set<string>;
}

interface StatementAcc {
	st: Statement;
	reading: StatementReading;
	topic: Set<string>;
	words: Set<string>;
	docs: Set<string>;
	/** Keys of its evidence (`evidenceKey`). */
	seen: Set<string>;
	/** Index in `perDoc` of the document that first said it. */
	born: number;
	/** Only ever referred to («تقرير وكالة X»), never told: dated by its first page at the end. */
	referredOnly: boolean;
	/** Undated, its clause naming a weekday (`ReadStatement.weekday`). */
	weekday?: number;
}

/**
 * Build the story. Ids: events e1…, statements s1… in order of first appearance (documents in
 * input order, text order within a document), so equal inputs give equal ids.
 */
export function buildStory(g: Gazetteer, docs: DocItems[]): Story {
	const { idOf, entities } = mergeEntities(
		g,
		docs.map((d) => d.entities ?? [])
	);
	const perDoc = docs.map((d, k) => withStoryIds(d, (id) => idOf(id, k)));
	const sameDay = (a: TimeValue | null, b: TimeValue | null) =>
		!!a && !!b && a.precision === 'day' && b.precision === 'day' && a.earliest === b.earliest;
	const isPerson = (id: string) => (g.get(id)?.kind ?? entities.get(id)?.kind) === 'person';
	const onePerson = (a: string[], b: string[]) => {
		const [small, large] = a.length <= b.length ? [a, b] : [b, a];
		return (
			small.length === 1 &&
			large.length > 1 &&
			isPerson(small[0]) &&
			large.some((y) => g.related(small[0], y))
		);
	};
	const events: EventAcc[] = [];
	const statements: StatementAcc[] = [];
	const lastOfType = new Map<string, EventAcc>(); // per doc, reset below
	const eventIndex = new EventIndex(g);
	const typeOfEvent = new Map<string, string>();
	const merger = new StatementMerger();
	for (let k = 0; k < perDoc.length; k++) {
		const d = perDoc[k];
		lastOfType.clear();
		const localEventIds: (string | null)[] = [];
		for (const re of d.events) {
			const evidence: Evidence = { doc: d.doc.id, start: re.sentence.start, end: re.sentence.end };
			let target: EventAcc | undefined;
			if (re.anaphoric) target = lastOfType.get(re.type);
			else
				target = eventIndex.first(
					re,
					(e) =>
						compatible(e.ev.when, re.when) &&
						(participantsMatch(g, e.ev.participants, re.participants) ||
							// a participant in common (or a person and their side) at a time that agrees
							(!!e.ev.when &&
								!!re.when &&
								e.ev.participants.some((p) => re.participants.some((q) => g.related(p, q)))) ||
							// no participants on one side: the same kind of event at the same time, or
							// told of again without a time
							((!e.ev.participants.length || !re.participants.length) && !!e.ev.when === !!re.when) ||
							// one named person, and an event of the same kind with them in it («کشته شدن محسود», "Pakistan
							// killed Mehsud"): the person's event
							onePerson(e.ev.participants, re.participants) ||
							// the same kind of happening on the same day, told with other parties (who struck whom
							// is what the documents disagree on)
							sameDay(e.ev.when, re.when))
				);
			if (!target && re.anaphoric) {
				localEventIds.push(null);
				continue;
			}
			if (target) {
				addEvidence(target.ev.evidence, target.seen, evidence);
				const when = finer(target.ev.when, re.when);
				if (when !== target.ev.when) {
					target.ev.when = when;
					eventIndex.file(target);
				}
				target.ev.place ??= re.place;
				// a named person is more precise than their organisation ("Mullah Omar" over "Taliban")
				const sharper =
					re.participants.length > 0 &&
					target.ev.participants.every((p) =>
						re.participants.some((q) => q !== p && g.lineage(q).includes(p))
					);
				if (!target.ev.participants.length || sharper) {
					target.ev.participants = re.participants;
					eventIndex.file(target);
				}
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
					docLast: new Map(),
					seen: new Set([evidenceKey(evidence)])
				};
				events.push(target);
				eventIndex.add(target);
				typeOfEvent.set(target.ev.id, target.type);
			}
			lastOfType.set(re.type, target);
			localEventIds.push(target.ev.id);
		}
		const localStatementIds: string[] = [];
		const later: [StatementReading, number[]][] = [];
		/** By outlet, its first report in this document and whether it was only referred to (`sameReport`); null once paired. */
		const ownReports = new Map<string, [StatementAcc, boolean] | null>();
		for (const rs of d.statements) {
			const about = rs.about !== null ? (localEventIds[rs.about] ?? null) : null;
			// the claims its sentence refers to are filled in once the document's statements all have ids
			const answersIds: string[] = [];
			const evidence: Evidence = { doc: d.doc.id, start: rs.sentence.start, end: rs.sentence.end };
			const words = contentWords(d.doc.text.slice(rs.content.start, rs.content.end));
			const paired = sameReport(rs, ownReports);
			const same =
				paired ??
				merger.find(
					rs,
					about,
					d.doc.id,
					k,
					words,
					(id) => (id ? (typeOfEvent.get(id) ?? null) : null),
					(id) => speakerKin(g, id)
				);
			if (same) {
				// the document's first report of the outlet, told in an earlier document too
				if (!paired && rs.act === 'report' && !ownReports.has(rs.speaker))
					ownReports.set(rs.speaker, [same, !!rs.referred]);
				addEvidence(same.st.evidence, same.seen, evidence);
				if (rs.headline) addEvidence(same.st.evidence, same.seen, headlineEvidence(d.doc.id, rs.headline));
				// told with a time of its own in one of its documents: that time, not a page's
				if (!rs.pageDated && rs.saidAt) delete same.reading.pageDated;
				const saidAt = finer(same.st.saidAt, rs.saidAt);
				if (saidAt !== same.st.saidAt) merger.moveLater(same);
				same.st.saidAt = saidAt;
				same.docs.add(d.doc.id);
				for (const t of rs.topic) same.topic.add(t);
				for (const a of rs.answers) if (!same.reading.answers.includes(a)) same.reading.answers.push(a);
				if (rs.ofClaims) same.reading.ofClaims = true;
				if (!rs.referred) same.referredOnly = false;
				later.push([same.reading, rs.answersLocal]);
				if (rs.chain.length > same.st.chain.length) same.st.chain = rs.chain;
				localStatementIds.push(same.st.id);
				continue;
			}
			const acc: StatementAcc = {
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
					answers: rs.answers.slice(),
					answersIds,
					...(rs.ofClaims ? { ofClaims: true } : {}),
					...(rs.pageDated ? { pageDated: true } : {})
				},
				topic: new Set(rs.topic),
				words,
				docs: new Set([d.doc.id]),
				seen: new Set([evidenceKey(evidence)]),
				born: k,
				referredOnly: !!rs.referred,
				...(rs.weekday !== undefined ? { weekday: rs.weekday } : {})
			};
			if (rs.headline) addEvidence(acc.st.evidence, acc.seen, headlineEvidence(d.doc.id, rs.headline));
			statements.push(acc);
			merger.add(acc);
			if (rs.act === 'report') ownReports.set(rs.speaker, [acc, !!rs.referred]);
			localStatementIds.push(acc.st.id);
			later.push([acc.reading, rs.answersLocal]);
		}
		for (const [reading, local] of later)
			for (const x of local) {
				const id = localStatementIds[x];
				if (id && !reading.answersIds!.includes(id)) reading.answersIds!.push(id);
			}
		merger.endDocument();
	}
	// a claim only referred to has no clause of its own to date it (its sentence's date is its
	// speaker's): as any statement whose clause gives no date, it takes its page's date
	for (const s of statements)
		if (s.referredOnly && !s.st.saidAt && perDoc[s.born].doc.published) {
			s.st.saidAt = perDoc[s.born].doc.published;
			s.reading.pageDated = true;
		}
	for (const s of statements) s.st.reading = { ...s.reading, topic: [...s.topic] };
	const actors = storyActors(g, perDoc, entities, idOf);
	return deriveStory(g, {
		documents: perDoc.map((d) => d.doc),
		actors,
		events: events.map((e) => e.ev),
		statements: statements.map((s) => s.st),
		links: []
	});
}

/**
 * The actors the documents' entities make, each with every way the articles wrote it as the speaker
 * of a statement in its own sentence («کاخ کرملین», «وزارت دفاع امارت اسلامی») among its aliases
 * (not a pronoun or a noun pointing back: «این روزنامه‌نگار», "he"; not an anonymous source, a kind
 * of source rather than one actor); a gazetteer actor written so
 * is listed too, to keep those spellings (`actorsUsed` adds them to its record).
 */
export function storyActors(
	g: Gazetteer,
	perDoc: DocItems[],
	entities: Map<string, StoryEntity>,
	idOf: (id: string) => string
): Actor[] {
	const written = new Map<string, Set<string>>();
	for (const d of perDoc)
		for (const rs of d.statements) {
			// (its own sentence's words, not a pronoun or a noun pointing back: «این روزنامه‌نگار», "he")
			const r = rs.speakerRef;
			// (an anonymous source is a kind of source, not one actor: its words name none)
			const own =
				r.start >= rs.sentence.start && r.end <= rs.sentence.end && r.via !== 'anaphor' && !r.anonymous;
			const text =
				own && r.end > r.start && r.end - r.start <= 80 ? d.doc.text.slice(r.start, r.end).trim() : '';
			if (!text) continue;
			let set = written.get(rs.speaker);
			if (!set) written.set(rs.speaker, (set = new Set()));
			set.add(text);
		}
	const withWritten = (a: Actor): Actor => {
		// (nor an office told by its role, "Taliban spokesperson": whoever holds it)
		if (a.kind === 'anonymous' || isRoleId(a)) return a;
		const more = [...(written.get(a.id) ?? [])].filter(
			(n) => n !== a.id && !a.aliases.includes(n) && !Object.values(a.names).includes(n)
		);
		return more.length ? { ...a, aliases: [...a.aliases, ...more] } : a;
	};
	const actors = [...entities.values()].map((e) => withWritten(entityActor(e, idOf)));
	for (const id of [...written.keys()].sort())
		if (!entities.has(id) && g.get(id)) actors.push(withWritten(g.actors(new Set([id]))[0]));
	return actors;
}

/**
 * The report of the same outlet earlier in the same document, when one of the two is only referred
 * to and the other told: «نفى … ما أثاره تقرير لصحيفة "واشنطن بوست"» and «وكانت صحيفة "واشنطن بوست"
 * كشفت …», "denied the Post's report" and "The Post reported that …", «گزارش ایسنا» and «ایسنا
 * گزارش داد» are one report. `own`: by outlet, its first report in the document and whether that
 * one was referred to.
 */
function sameReport(
	rs: ReadStatement,
	own: Map<string, [StatementAcc, boolean] | null>
): StatementAcc | undefined {
	if (rs.act !== 'report') return undefined;
	const x = own.get(rs.speaker);
	if (!x || x[1] === !!rs.referred || !compatible(x[0].st.saidAt, rs.saidAt)) return undefined;
	own.set(rs.speaker, null); // one pair: two reports told by the outlet in one document stay two
	return x[0];
}

/**
 * Who may tell a speaker's statement for them, or they for whom: a person's body (not a state), and
 * a body's people, as the gazetteer files them (Dmitry Peskov ↔ Kremlin), sorted.
 * @example speakerKin(gazetteer(), 'Dmitry Peskov') → ['Kremlin']
 */
export function speakerKin(g: Gazetteer, id: string): string[] {
	const e = g.get(id);
	if (!e) return [];
	const out: string[] = [];
	const parent = e.parent ? g.get(e.parent) : undefined;
	if (e.kind === 'person' && parent && parent.kind !== 'state') out.push(parent.id);
	if (e.kind === 'organisation' || e.kind === 'agency')
		for (const x of g.entries.values()) if (x.kind === 'person' && x.parent === id) out.push(x.id);
	return out.sort();
}

/** A document's items with every actor id replaced by its story id (`mergeEntities`). */
export function withStoryIds(d: DocItems, idOf: (id: string) => string): DocItems {
	const map = (ids: string[]) => [...new Set(ids.map(idOf))];
	return {
		...d,
		statements: d.statements.map((st) => ({
			...st,
			speaker: idOf(st.speaker),
			speakerRef: {
				...st.speakerRef,
				id: idOf(st.speakerRef.id),
				affiliation: st.speakerRef.affiliation ? idOf(st.speakerRef.affiliation) : null
			},
			chain: map(st.chain),
			answers: map(st.answers),
			topic: map(st.topic).sort()
		})),
		events: d.events.map((ev) => ({ ...ev, participants: map(ev.participants).sort() }))
	};
}

/**
 * Finds the event a newly read one merges into, as a scan of every earlier event of its type would
 * (the first in order of creation that passes): events are filed by type, and by type and the
 * months of their time (`months`), filed again when their time becomes finer; an event read with
 * a time of a few months looks only in those months and among the events of no or a wide time.
 */
class EventIndex {
	private byTypeMonth = new Map<string, EventAcc[]>();
	/** By type and every id in the lineage of every participant (a superset of who can match). */
	private byTypeActor = new Map<string, EventAcc[]>();
	/** The same for the events of no time only (what a dated event can still merge with by its parties). */
	private undatedByActor = new Map<string, EventAcc[]>();
	/** By type, the events of no time, and those of no time and no participants, in order. */
	private undated = new Map<string, EventAcc[]>();
	private undatedEmpty = new Map<string, EventAcc[]>();
	private order = new Map<EventAcc, number>();
	private filedActors = new Map<EventAcc, Set<string>>();

	constructor(private g: Gazetteer) {}

	add(e: EventAcc): void {
		this.order.set(e, this.order.size);
		if (!e.ev.when) {
			push(this.undated, e.type, e);
			if (!e.ev.participants.length) push(this.undatedEmpty, e.type, e);
		}
		this.file(e);
	}

	/** File `e` under the months of its time and its participants (again, when they changed; the old files stay). */
	file(e: EventAcc): void {
		if (e.ev.when)
			for (const m of months(e.ev.when) ?? ['wide']) this.insert(this.byTypeMonth, key(e.type, m), e);
		let done = this.filedActors.get(e);
		if (!done) this.filedActors.set(e, (done = new Set()));
		for (const p of e.ev.participants)
			for (const y of this.g.lineage(p))
				if (!done.has(y)) {
					done.add(y);
					this.insert(this.byTypeActor, key(e.type, y), e);
					if (!e.ev.when) this.insert(this.undatedByActor, key(e.type, y), e);
				}
	}

	/** Put `e` in the list under `k`, kept in order of creation (an event filed again lands where it belongs). */
	private insert(m: Map<string, EventAcc[]>, k: string, e: EventAcc): void {
		const list = m.get(k);
		if (!list) {
			m.set(k, [e]);
			return;
		}
		const n = this.order.get(e)!;
		if (this.order.get(list[list.length - 1])! < n) {
			list.push(e);
			return;
		}
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.order.get(list[mid])! < n) lo = mid + 1;
			else hi = mid;
		}
		if (list[lo] !== e) list.splice(lo, 0, e);
	}

	/**
	 * The first event, in order of creation, that passes `test`, as a scan of every event of the
	 * type would find it, looking only where one can pass (see `sameEvent`): the months of its time,
	 * the events sharing a participant's lineage, and the first undated events.
	 */
	first(re: ReadEvent, test: (e: EventAcc) => boolean): EventAcc | undefined {
		const lists: (EventAcc[] | undefined)[] = [];
		if (re.when)
			for (const m of [...(months(re.when) ?? []), 'wide']) lists.push(this.byTypeMonth.get(key(re.type, m)));
		// a dated event finds dated ones by their months, undated ones by their parties
		const byActor = re.when ? this.undatedByActor : this.byTypeActor;
		for (const p of re.participants)
			for (const y of this.g.lineage(p)) lists.push(byActor.get(key(re.type, y)));
		let first: EventAcc | undefined;
		// every list is in order of creation: a list is read until its events come after the best found
		for (const list of lists)
			for (const e of list ?? []) {
				if (first && this.order.get(e)! >= this.order.get(first)!) break;
				comparisons.count++;
				if (test(e)) first = e;
			}
		if (!re.when) {
			// undated: the first undated event (no participants here), or the first undated one with none
			const pool = re.participants.length ? this.undatedEmpty.get(re.type) : this.undated.get(re.type);
			for (const e of pool ?? []) {
				if (first && this.order.get(e)! >= this.order.get(first)!) break;
				comparisons.count++;
				if (test(e)) {
					first = e;
					break;
				}
			}
		}
		if (re.when && months(re.when) === null) {
			// a wide time (a year, a decade): every dated event of the type may overlap it
			for (const [k, list] of this.byTypeMonth)
				if (k.startsWith(re.type + '\u0000'))
					for (const e of list) {
						if (first && this.order.get(e)! >= this.order.get(first)!) break;
						comparisons.count++;
						if (test(e)) first = e;
					}
		}
		return first;
	}
}

/**
 * Finds the statement a newly read one merges into, as a scan of every earlier statement would
 * (the first in order of creation that has the same speaker, act and event, or — with no event —
 * shares at least half its words and comes from another document), without that scan: statements
 * are bucketed by speaker, act and event; those about no event are indexed by the first half of
 * their words in a fixed order (two sets with Jaccard ≥ ½ share a word among those halves, see
 * `prefix`), and only candidates from earlier documents are read.
 */
class StatementMerger {
	private byEvent = new Map<string, StatementAcc[]>();
	/** By speaker, act, event and month said (`months`): only statements whose time can overlap. */
	private byEventMonth = new Map<string, StatementAcc[]>();
	/** By speaker, act and prefix word: every statement (for a statement said at no known time). */
	private byWord = new Map<string, StatementAcc[]>();
	/** The same, by month said too (`months`): only statements whose time can overlap. */
	private byWordMonth = new Map<string, StatementAcc[]>();
	private order = new Map<StatementAcc, number>();
	/** Statements whose time became finer in this document, filed again once it is read. */
	private moved = new Set<StatementAcc>();
	/** By speaker and act, the latest few (another document telling the same statement in another language). */
	private bySpeaker = new Map<string, StatementAcc[]>();

	add(s: StatementAcc): void {
		this.order.set(s, this.order.size);
		const sk = key(s.st.speaker, s.st.act);
		const recent = this.bySpeaker.get(sk);
		if (recent) {
			recent.push(s);
			if (recent.length > RECENT) recent.shift();
		} else this.bySpeaker.set(sk, [s]);
		if (s.st.about !== null) push(this.byEvent, key(s.st.speaker, s.st.act, s.st.about), s);
		else for (const w of prefix(s.words)) push(this.byWord, key(s.st.speaker, s.st.act, w), s);
		this.file(s);
	}

	private file(s: StatementAcc): void {
		if (s.st.about !== null) {
			for (const m of months(s.st.saidAt) ?? ['wide'])
				push(this.byEventMonth, key(s.st.speaker, s.st.act, s.st.about, m), s);
			return;
		}
		for (const w of prefix(s.words))
			for (const m of months(s.st.saidAt) ?? ['wide'])
				push(this.byWordMonth, key(s.st.speaker, s.st.act, w, m), s);
	}

	/** `s` merged a statement and its time changed: file it under its new months after this document. */
	moveLater(s: StatementAcc): void {
		this.moved.add(s);
	}

	/** The end of a document: statements whose time changed are filed again (the old files stay). */
	endDocument(): void {
		for (const s of this.moved) this.file(s);
		this.moved.clear();
	}

	find(
		rs: ReadStatement,
		about: string | null,
		doc: string,
		born: number,
		words: Set<string>,
		typeOf: (event: string | null) => string | null = () => null,
		kin: (speaker: string) => string[] = () => []
	): StatementAcc | undefined {
		if (about !== null) {
			// the first, in order of creation, of the same speaker, act and event at a time that agrees:
			// a time within a few months looks in those months, the wide ones and the unknown ones. Within
			// one document only an outlet's report is told again: a person's two sentences are two statements
			const when = rs.saidAt ? months(rs.saidAt) : null;
			const lists = when
				? [...when, 'wide', 'none'].map((m) => this.byEventMonth.get(key(rs.speaker, rs.act, about, m)))
				: [this.byEvent.get(key(rs.speaker, rs.act, about))];
			let same: StatementAcc | undefined;
			for (const list of lists)
				for (const s of list ?? []) {
					if (same && this.order.get(s)! >= this.order.get(same)!) break;
					comparisons.count++;
					if (compatible(s.st.saidAt, rs.saidAt) && (rs.act === 'report' || !s.docs.has(doc))) same = s;
				}
			if (same) return same;
		}
		// another document, maybe another language: the same speaker and act at a time that agrees,
		// about the same kind of event or naming an actor in common besides the speaker; else an
		// outlet's report (not about another kind of event), or a denial answering the same party
		// the candidate that says most nearly the same: the same kind of event, else the most actors in
		// common (at least half of both lists); the earliest on a tie
		let best: StatementAcc | undefined;
		let bestScore = 0;
		for (const s of this.bySpeaker.get(key(rs.speaker, rs.act)) ?? []) {
			comparisons.count++;
			if (s.docs.has(doc) || s.born >= born || !compatible(s.st.saidAt, rs.saidAt)) continue;
			const ta = typeOf(s.st.about);
			const tb = typeOf(about);
			let score = 0;
			if (ta && tb) score = ta === tb ? 2 : 0;
			else {
				const weekday = onWeekday(s.st.saidAt, rs.weekday) || onWeekday(rs.saidAt, s.weekday);
				const mine = rs.topic.filter((t) => t !== rs.speaker);
				const theirs = [...s.topic].filter((t) => t !== rs.speaker);
				const shared = mine.filter((t) => s.topic.has(t)).length;
				const union = new Set([...mine, ...theirs]).size;
				if (((s.st.saidAt && rs.saidAt) || weekday) && shared && shared * 2 >= union)
					score = 1 + shared / union;
				// undated in one telling, on the weekday it names in the other, and naming nothing the
				// other does not: one occasion
				else if (weekday && (!mine.length || !theirs.length)) score = 1;
			}
			// an outlet's report told again in another document is that report, unless it is about another kind of event
			if (!score && rs.act === 'report' && !(ta && tb && ta !== tb)) score = 0.5;
			// the speaker's denial of the same party's claims told again in another document is that denial
			if (!score && rs.act === 'denial' && rs.answers.some((a) => s.reading.answers.includes(a)))
				score = 0.75;
			// (the same speaker's same act on the same day is not enough: a speaker says several things
			// a day, and one statement is one occasion — FORMAT.md)
			if (score > bestScore) {
				best = s;
				bestScore = score;
			}
		}
		if (best) return best;
		// told by a person in one document and by the body they speak for in another (Peskov, the
		// Kremlin: the gazetteer says whom each serves): one statement only about the same kind of
		// event, both said at a time that agrees
		const tb = typeOf(about);
		if (about !== null && tb && rs.saidAt)
			for (const other of kin(rs.speaker))
				for (const s of this.bySpeaker.get(key(other, rs.act)) ?? []) {
					comparisons.count++;
					if (s.docs.has(doc) || s.born >= born || !s.st.saidAt || !compatible(s.st.saidAt, rs.saidAt))
						continue;
					if (typeOf(s.st.about) === tb) return s;
				}
		if (about !== null) return undefined;
		// a time within a few months looks in those months, in the wide ones and the unknown ones
		const when = rs.saidAt ? months(rs.saidAt) : null;
		const lists: (StatementAcc[] | undefined)[] = [];
		for (const w of prefix(words)) {
			if (!when) lists.push(this.byWord.get(key(rs.speaker, rs.act, w)));
			else
				for (const m of [...when, 'wide', 'none'])
					lists.push(this.byWordMonth.get(key(rs.speaker, rs.act, w, m)));
		}
		// the first, in order of creation, of the candidates that pass: check them all, order only those
		let first: StatementAcc | undefined;
		for (const list of lists) {
			for (const s of list ?? []) {
				// lists are in order of filing: the rest was filed in this document, which never merges
				if (s.born >= born) break;
				comparisons.count++;
				if (first && this.order.get(s)! >= this.order.get(first)!) continue;
				if (
					s.st.speaker === rs.speaker &&
					s.st.act === rs.act &&
					compatible(s.st.saidAt, rs.saidAt) &&
					s.st.about === null &&
					!s.docs.has(doc) &&
					jaccard(s.words, words) >= 0.5
				)
					first = s;
			}
		}
		return first;
	}
}

/** How many of a speaker's latest statements a statement of another document is compared with. */
const RECENT = 24;

/**
 * The months ("2015-09") a time can fall in, when it is a span of ISO days within three months;
 * ['none'] for no time; null for anything else (wider, or not ISO days), which is filed as 'wide'
 * and, when looked for, looked for everywhere. Two such spans that overlap (`compatible`, which
 * compares ISO strings) share a month.
 */
function months(t: TimeValue | null): string[] | null {
	if (!t) return ['none'];
	const a = /^(\d{4})-(\d{2})-\d{2}$/.exec(t.earliest);
	const b = /^(\d{4})-(\d{2})-\d{2}$/.exec(t.latest);
	if (!a || !b) return null;
	const from = Number(a[1]) * 12 + Number(a[2]) - 1;
	const to = Number(b[1]) * 12 + Number(b[2]) - 1;
	if (to < from || to - from > 2) return null;
	const out: string[] = [];
	for (let m = from; m <= to; m++) out.push(`${Math.floor(m / 12)}-${(m % 12) + 1}`);
	return out;
}

/** A map key of several strings (ids and words never hold U+0000). */
function key(...parts: string[]): string {
	return parts.join('\u0000');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
	const list = m.get(k);
	if (list) list.push(v);
	else m.set(k, [v]);
}

/**
 * The first |w| − ⌈|w|/2⌉ + 1 words of `w` in code-unit order. When Jaccard(a, b) ≥ ½ the two
 * share I ≥ ⌈|a|/2⌉ and ≥ ⌈|b|/2⌉ words (I ≥ ½·|a ∪ b|); the first shared word, with I − 1
 * shared words after it in each set, lies within both prefixes.
 */
function prefix(w: Set<string>): string[] {
	const sorted = [...w].sort();
	return sorted.slice(0, sorted.length - Math.ceil(sorted.length / 2) + 1);
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
	const links = linkStory(storySides(g, story.actors, storyDay(story)), story.events, statements);
	const aboutOf = new Map(statements.map((s) => [s.id, s.about]));
	// what a denial reaches (its target and the event its target is about), what is confirmed,
	// and the origins said of each event: one pass each instead of one per event
	const denied = new Set<string | null | undefined>();
	for (const l of links)
		if (l.type === 'denies') {
			denied.add(l.to);
			denied.add(aboutOf.get(l.to));
		}
	const confirmed = new Set<string | null>();
	const origins = new Map<string | null, Set<string>>();
	for (const s of statements) {
		if (s.act === 'confirmation') confirmed.add(s.about);
		if (s.act !== 'denial') {
			const set = origins.get(s.about);
			if (set) set.add(origin(s));
			else origins.set(s.about, new Set([origin(s)]));
		}
	}
	const events = story.events.map((e): StoryEvent => ({
		...e,
		summary: summarize(e),
		status: statusOf(denied.has(e.id), confirmed.has(e.id)),
		corroboration: origins.get(e.id)?.size ?? 0
	}));
	return {
		documents,
		actors: actorsUsed(g, documents, events, statements, story.actors),
		events,
		statements,
		links
	};
}

/**
 * The actors a story uses (outlets, speakers, chains, participants): gazetteer records, then the
 * others (anonymous descriptors, names not in the gazetteer) with the affiliation read for them.
 */
export function actorsUsed(
	g: Gazetteer,
	documents: StoryDocument[],
	events: StoryEvent[],
	statements: Statement[],
	prior: Actor[]
): Actor[] {
	const used = new Set<string>();
	for (const d of documents) if (d.outlet) used.add(d.outlet);
	for (const s of statements) for (const id of [s.speaker, ...s.chain]) used.add(id);
	for (const e of events) for (const id of e.participants) used.add(id);
	const read = new Map(prior.map((a) => [a.id, a]));
	// a gazetteer actor keeps the spellings the articles gave it
	const known = g.actors(used).map((a) => {
		const p = read.get(a.id);
		const more = p ? p.aliases.filter((n) => !a.aliases.includes(n)) : [];
		return more.length ? { ...a, aliases: [...a.aliases, ...more] } : a;
	});
	const firstSaid = new Map<string, Statement>();
	for (const s of statements) if (!firstSaid.has(s.speaker)) firstSaid.set(s.speaker, s);
	const extra: Actor[] = [...used]
		.filter((id) => !g.get(id))
		.sort()
		.map((id) => {
			const e = read.get(id);
			if (e) return e;
			return {
				id,
				kind: id.includes('anonymous') ? 'anonymous' : 'person',
				names: { en: id },
				aliases: [],
				parent: firstSaid.get(id)?.reading?.affiliation ?? null
			};
		});
	return [...known, ...extra];
}

/** The original source of a statement: the last link of its chain (echoes share it). */
export function origin(st: Statement): string {
	return st.chain[st.chain.length - 1] ?? st.speaker;
}

function addEvidence(list: Evidence[], seen: Set<string>, e: Evidence): void {
	const k = evidenceKey(e);
	if (seen.has(k)) return;
	seen.add(k);
	list.push(e);
}

/** One string per place in a document. */
/** The headline that repeats a statement of the body, as evidence of it. */
function headlineEvidence(doc: string, headline: { start: number; end: number }): Evidence {
	return { doc, start: headline.start, end: headline.end };
}

function evidenceKey(e: Evidence): string {
	return `${e.doc}\u0000${e.start}\u0000${e.end}`;
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

/**
 * A statement dated to a day falls on the weekday an undated telling of it names («نفت الخارجية
 * الأحد» on a page with no date, dated Sunday 8 September in another article): one occasion may be
 * told in both.
 */
function onWeekday(t: TimeValue | null, weekday: number | undefined): boolean {
	return (
		weekday !== undefined &&
		!!t &&
		t.precision === 'day' &&
		t.earliest === t.latest &&
		weekdayOfDay(isoToDay(t.earliest)) === weekday
	);
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
	/** Its place in the story's list: links are written in that order. */
	n: number;
	/** The speaker's lineage and the affiliation's: its side. */
	side: Set<string>;
	/**
	 * Whom a denial names as the owner of what it answers, but for its own side: «نفى المتحدث
	 * باسم الحكومة القطرية» names Qatar, the denier's own state, not whom it answers.
	 */
	answers: string[];
	/** The words of its sentence that few others of the story use (`storyGists`). */
	gist: Set<string>;
	/** The actors it involves (`involvedIn`), once asked for. */
	involved?: Set<string>;
	/** The lineages of what it says (its topic) together (`accuses`), once asked for. */
	accused?: Set<string>;
}

const NO_READING: StatementReading = { speakerKind: 'person', affiliation: null, topic: [], answers: [] };

/** Whose side an actor is on: itself, then the bodies and states above it. */
export interface Sides {
	lineage(id: string): readonly string[];
}

/**
 * Sides from the gazetteer, and for actors in no list from what the story read of them: an
 * adviser of «مكتب زيلينسكي» is on the side of the president the story calls Ukraine's.
 */
export function storySides(g: Gazetteer, actors: Actor[], at?: string): Sides {
	const parent = new Map(actors.map((a) => [a.id, a.parent]));
	// linking asks for the lineage of the same few actors for every pair of statements it compares:
	// each is walked once for these sides (which never change) and shared
	const known = new Map<string, readonly string[]>();
	return {
		lineage(id: string): readonly string[] {
			let out = known.get(id);
			if (out) return out;
			const walked: string[] = [];
			let cur: string | null | undefined = id;
			while (cur && !walked.includes(cur)) {
				walked.push(cur);
				const e = g.get(cur);
				cur = e ? parentAt(e, at) : parent.get(cur);
			}
			known.set(id, (out = walked));
			return out;
		}
	};
}

/**
 * The day a story is told on, for the sides as they stood then (`parentAt`): its latest
 * publication date, else the latest time a statement was said; undefined when nothing is dated.
 */
export function storyDay(story: Story): string | undefined {
	let day: string | undefined;
	for (const t of [...story.documents.map((d) => d.published), ...story.statements.map((s) => s.saidAt)])
		if (t && (!day || t.latest > day)) day = t.latest;
	return day;
}

/**
 * Links. `reports-on`: a claim/report/confirmation → the event it is about. `denies`: a denial →
 * each earlier claim it answers: by a speaker it names ("تصريحات مسؤول روسي" → Russian speakers),
 * or else a claim that involves the denier and shares a topic actor with the denial, or a claim
 * told in the denial's own sentence; and a denial about an event → that event, unless a claim it
 * answers is about it (the event is then denied through that claim). `confirms`: a confirmation →
 * claims about the same event.
 *
 * A denial is compared only with the statements that can answer to it, found in four indexes of
 * the statements that are not denials: by actor (the speaker and both lineages; for a denial
 * naming whom it answers), by event (for a denial about an event), by actor involved with the
 * lineage of what they involve (for the rest, which must involve the denier) and by sentence (the
 * claims told with the denial). Candidates are then checked by `answers` exactly as a comparison with
 * every statement would, nearest first, and a denial or a confirmation keeps the `MAX_ANSWERED`
 * nearest statements it answers (`nearest`): the links are those of the pairwise comparison, in
 * the same order, but for that cap. Then a denial answers what the other denials of its side
 * (the top of its lineage) answer, when `sameStand` allows, up to the same cap in all; a claim
 * only known from a denial that names it implicates its denier (`implicated`).
 */
function linkStory(g: Sides, events: StoryEvent[], list: Statement[]): Link[] {
	const links: Link[] = [];
	const byId = new Map(events.map((e) => [e.id, e]));
	const lineageOf = (id: string, aff: string | null) =>
		new Set([...g.lineage(id), ...(aff ? g.lineage(aff) : [])]);
	const referredBy = deniersOf(list);
	const gists = storyGists(list.map((st) => st.text));
	const statements: Said[] = list.map((st, n) => {
		const r = implicated(st.reading ?? NO_READING, referredBy.get(st.id));
		const side = lineageOf(st.speaker, r.affiliation);
		return {
			st,
			r,
			docs: new Set(st.evidence.map((e) => e.doc)),
			n,
			side,
			answers: r.answers.filter((a) => !g.lineage(a).some((y) => side.has(y))),
			gist: gists[n]
		};
	});
	for (const s of statements) {
		if (s.st.about && s.st.act !== 'denial')
			links.push({ type: 'reports-on', from: s.st.id, to: s.st.about });
	}
	const byActor = new Map<string, Said[]>();
	const byEvent = new Map<string, Said[]>();
	/** Claims and reports by each actor they involve (what was said of it, its event's parties, and their lineages). */
	const byInvolved = new Map<string, Said[]>();
	/** Claims and reports by each sentence that tells them (`evidenceKey`). */
	const bySentence = new Map<string, Said[]>();
	for (const c of statements) {
		if (c.st.act === 'denial' || c.st.act === 'confirmation') continue;
		for (const a of new Set([c.st.speaker, ...c.side])) push(byActor, a, c);
		if (c.st.about !== null) push(byEvent, c.st.about, c);
		for (const y of involvedIn(g, byId, c)) push(byInvolved, y, c);
		for (const e of c.st.evidence) push(bySentence, evidenceKey(e), c);
	}
	const byStatementId = new Map(statements.map((x) => [x.st.id, x]));
	/** Reports by outlets and agencies, in story order: what a denial of "the reports" answers. */
	const reports = statements.filter((c) => c.st.act === 'report');
	/** By the side at the top of a denier's lineage (a state, a movement): the claims its denials answer. */
	const deniedBySide = new Map<string, Set<Said>>();
	const linked = new Set<string>();
	/** By denial, how many more statements it may answer (MAX_ANSWERED in all). */
	const room = new Map<Said, number>();
	const topOf = (d: Said) => g.lineage(d.r.affiliation ?? d.st.speaker).at(-1) ?? d.st.speaker;
	for (const d of statements) {
		if (d.st.act !== 'denial') continue;
		// the claims its own sentence names («نفى تقرير وكالة X») are what it answers
		const named = (d.r.answersIds ?? [])
			.map((id) => byStatementId.get(id))
			.filter((x): x is Said => !!x && x !== d);
		for (const c of named) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
		const lists: Said[][] = [];
		const take = (list: Said[] | undefined) => {
			if (list?.length) lists.push(list);
		};
		// what it answers: the claims of whom it names («نفت تصريحات مسؤول روسي»), the claims about
		// the event it denies, and the claims of others that implicate its side
		for (const a of d.answers) take(byActor.get(a));
		if (d.st.about) take(byEvent.get(d.st.about));
		if (!d.answers.length) for (const y of d.side) take(byInvolved.get(y));
		if (d.r.ofClaims) take(reports);
		take(toldWith(d, bySentence));
		const answered = nearest(lists, d.n, (c) => !named.includes(c) && answers(g, byId, d, c));
		for (const c of answered) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
		// a denial that answers no claim of the story denies the event itself
		if (d.st.about && ![...named, ...answered].some((c) => c.st.about === d.st.about))
			links.push({ type: 'denies', from: d.st.id, to: d.st.about });
		const top = topOf(d);
		const side = deniedBySide.get(top) ?? new Set<Said>();
		deniedBySide.set(top, side);
		for (const c of [...named, ...answered]) {
			side.add(c);
			linked.add(`${d.st.id}>${c.st.id}`);
		}
		room.set(d, MAX_ANSWERED - answered.length);
	}
	// a denial answers what its side denies elsewhere in the story («کررت إيران نفيها» answers the
	// accusation Iran's foreign ministry rejected in another article): nearest first, as above, up
	// to MAX_ANSWERED statements answered in all
	const bySide = new Map([...deniedBySide].map(([k, v]) => [k, [...v].sort((a, b) => a.n - b.n)]));
	for (const d of statements) {
		if (d.st.act !== 'denial') continue;
		const list = bySide.get(topOf(d));
		if (!list) continue;
		const test = (c: Said) => !linked.has(`${d.st.id}>${c.st.id}`) && sameStand(byId, d, c);
		for (const c of nearest([list], d.n, test, room.get(d)))
			links.push({ type: 'denies', from: d.st.id, to: c.st.id });
	}
	for (const c of statements) {
		if (c.st.act !== 'confirmation' || !c.st.about) continue;
		const list = byEvent.get(c.st.about);
		const claims = (o: Said) => o !== c && (o.st.act === 'claim' || o.st.act === 'report');
		for (const o of nearest(list ? [list] : [], c.n, claims))
			links.push({ type: 'confirms', from: c.st.id, to: o.st.id });
	}
	return links;
}

/**
 * By claim, the speakers of the denials whose own sentence names it («نفى تقرير وكالة X», "denied
 * the Post's report"): a claim known from its denial implicates whoever denies it.
 */
function deniersOf(list: Statement[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const st of list)
		if (st.act === 'denial') for (const id of st.reading?.answersIds ?? []) push(out, id, st.speaker);
	return out;
}

/** A reading whose topic also names `deniers` (`deniersOf`): what the claim implicates. */
function implicated(r: StatementReading, deniers: string[] | undefined): StatementReading {
	return deniers ? { ...r, topic: [...new Set([...r.topic, ...deniers])] } : r;
}

/**
 * The most statements one denial or confirmation is linked to. A statement said over and over in
 * one long text (a megabyte of unpunctuated English cut into a thousand sentences, each with the
 * same claim and the same denial) answered every copy of what it answers: a million links from a
 * thousand denials, drawn on top of each other. With the cap the links grow with the number of
 * statements, not its square. The seed story's busiest denial answers 17 statements (the
 * Taliban's denial of the reports).
 */
export const MAX_ANSWERED = 24;

/**
 * The most candidates one denial or confirmation is tested against, nearest first. A denial that
 * names no one is compared with the claims that implicate its side; in a long text of one side's
 * claims, most of them fail the test, and testing them all made building quadratic.
 */
export const MAX_TESTED = 8 * MAX_ANSWERED;

/**
 * The statements among `lists` that pass `test`, at most `most` (`MAX_ANSWERED`), the nearest to place `n`
 * in story order first (on a tie, the earlier: a denial answers what was said before it), given
 * back in story order. Story order is the order of documents, then of text: the nearest are the
 * sentences around it in its own article, then the articles next to its own. Each list is in
 * story order without repeats (a statement in several lists is tested once); they are walked
 * outward from `n` together, so that a statement with many candidates that answer stops after
 * the nearest few instead of testing them all. Every candidate tested counts in `comparisons`.
 */
function nearest(lists: Said[][], n: number, test: (c: Said) => boolean, most = MAX_ANSWERED): Said[] {
	// per list, the next candidate before `n` (down) and at or after it (up)
	const down: number[] = [];
	const up: number[] = [];
	for (const list of lists) {
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid].n < n) lo = mid + 1;
			else hi = mid;
		}
		down.push(lo - 1);
		up.push(lo);
	}
	const seen = lists.length > 1 ? new Set<Said>() : null;
	const out: Said[] = [];
	let tested = 0;
	while (out.length < most && tested < MAX_TESTED) {
		let best: Said | undefined;
		let from = -1;
		let upward = false;
		for (let i = 0; i < lists.length; i++) {
			for (const goingUp of [false, true]) {
				const c = lists[i][goingUp ? up[i] : down[i]];
				if (c && (!best || closer(c, best, n))) {
					best = c;
					from = i;
					upward = goingUp;
				}
			}
		}
		if (!best) break;
		if (upward) up[from]++;
		else down[from]--;
		if (seen) {
			if (seen.has(best)) continue;
			seen.add(best);
		}
		comparisons.count++;
		tested++;
		if (test(best)) out.push(best);
	}
	return out.sort((a, b) => a.n - b.n);
}

/** True when `a` is nearer than `b` to place `n` in story order, or as near and earlier. */
function closer(a: Said, b: Said, n: number): boolean {
	const da = Math.abs(a.n - n);
	const db = Math.abs(b.n - n);
	return da < db || (da === db && a.n < b.n);
}

const DAY = 86400000;

/**
 * How many days after a denial the page may be that dates the claim it answers, when the page's
 * date is all the claim has: a claim a page retells without a date of its own was news that week.
 */
export const PAGE_NEWS_DAYS = 7;

/** Days from the end of `a` to the start of `b`. */
const gapDays = (a: TimeValue, b: TimeValue) => (Date.parse(b.earliest) - Date.parse(a.latest)) / DAY;

/**
 * The actors a claim involves: what was said of them, its event's parties, and their lineages
 * (made once per statement: `answers` asks for it at every pair compared). Read it, never change it.
 */
function involvedIn(g: Sides, byId: Map<string, StoryEvent>, c: Said): Set<string> {
	if (c.involved) return c.involved;
	const ev = c.st.about ? byId.get(c.st.about) : undefined;
	const out = new Set<string>();
	for (const x of [...c.r.topic, ...(ev?.participants ?? [])]) for (const y of g.lineage(x)) out.add(y);
	return (c.involved = out);
}

/**
 * True when denial `d` answers statement `c`: a claim or report of the other side, said before the
 * denial (or the same day) and within a month of it when both are dated, by whom the denial names
 * ("Moscow's allegations": Russia's) or by a body on their side that accuses the denier's side
 * (the Kremlin's claim that Kyiv attacked, not its claim that two drones were downed), or — when
 * the reader could read nothing of what it says — by a body on their side in the denial's own
 * article; one told in the denial's own sentence, whoever it names ("Pakistan claims …, a charge
 * the Taliban deny"); with no owner named, one about the event the denial is about, one by a side
 * the denial's sentence names whose event involves the denier ("Qatar refuted the White House
 * claim": the White House said Qatar was told), or one that accuses the denier's side
 * (what the claim says names it: "Russia accused Ukraine of
 * attacking the Kremlin", not "the Kremlin said the attack caused no damage" merely because
 * Ukraine is a party to the attack) while the two speak of the same things: the same kind of
 * event, or an actor in common besides the denier, or nothing else at all on one side.
 */
function answers(g: Sides, byId: Map<string, StoryEvent>, d: Said, c: Said): boolean {
	if (c === d || c.st.act === 'denial' || c.st.act === 'confirmation') return false;
	for (const x of c.side) if (d.side.has(x)) return false; // one's own side
	if (!saidInTime(d, c)) return false;
	// told in the denial's own sentence ("Pakistan claims the TTP operates from Afghan soil, a charge
	// the Taliban deny"): what it answers
	if (c.st.evidence.some((e) => d.st.evidence.some((f) => sameSentence(e, f)))) return true;
	// a report, when the denial speaks of reports or claims («رد ادعاهای مطرح
	// شده», "denied the reports"): what outlets reported is what it answers
	if (d.r.ofClaims && c.st.act === 'report') {
		// … about what the denial speaks of: its side, an actor in common, its event, or nothing named
		if (!c.r.topic.length || accuses(g, d, c)) return true;
		if (d.st.about && c.st.about === d.st.about) return true;
		const mine = involvedIn(g, byId, d);
		return [...involvedIn(g, byId, c)].some((x) => mine.has(x) && !d.side.has(x));
	}
	// a claim of whom it names («ادعاءات موسكو», "Moscow's allegations"), or of a body on their
	// side that accuses the denier's side (the Kremlin's claim that Kyiv attacked, not its claim
	// that two drones were downed)
	if (d.answers.length)
		return (
			d.answers.includes(c.st.speaker) ||
			(d.answers.some((a) => c.side.has(a)) &&
				((!c.r.topic.length && [...c.docs].some((x) => d.docs.has(x))) || accuses(g, d, c)))
		);
	if (d.st.about && c.st.about === d.st.about) return true;
	// the denial's sentence names whose claim it is (its topic: "Qatar refuted the White House
	// claim"), and the claim involves the denier (its event's parties)
	if (
		d.r.topic.some((t) => !d.side.has(t) && c.side.has(t)) &&
		[...involvedIn(g, byId, c)].some((x) => d.side.has(x))
	)
		return true;
	// an accusation names the accused: what the claim says (not only its event's parties) names the denier's side
	if (!accuses(g, d, c)) return false;
	const involved = involvedIn(g, byId, c);
	const dEv = d.st.about ? byId.get(d.st.about) : undefined;
	const cEv = c.st.about ? byId.get(c.st.about) : undefined;
	if (dEv && cEv && dEv.reading?.head === cEv.reading?.head) return true;
	const dInvolved = involvedIn(g, byId, d);
	const others = [...dInvolved].filter((x) => !d.side.has(x));
	if (!others.length) return true;
	// … or the same words: "not brought down by a missile" answers "hit by an Iranian missile"
	return others.some((x) => involved.has(x) || c.side.has(x)) || sameGist(d.gist, c.gist);
}

/** The claims and reports told in the sentences that tell denial `d`, in story order, once each. */
function toldWith(d: Said, bySentence: Map<string, Said[]>): Said[] {
	const out = new Set<Said>();
	for (const e of d.st.evidence) for (const c of bySentence.get(evidenceKey(e)) ?? []) out.add(c);
	return [...out].sort((a, b) => a.n - b.n);
}

/** Two evidences are the same sentence of the same document. */
function sameSentence(a: Evidence, b: Evidence): boolean {
	return a.doc === b.doc && a.start === b.start && a.end === b.end;
}

/**
 * True when claim `c` may have been said before denial `d` answered it: said before it (or the day
 * after: a claim dated only by the page that told it may have been said the day before), within a
 * month, when both are dated. A claim dated only by a later page (`pageDated`) was said then or
 * before, but a page tells recent news: the denial came at most `PAGE_NEWS_DAYS` before that page
 * (a page of 20 August retelling a Microsoft report answers a denial of 18 August; a page of
 * next year does not).
 */
function saidInTime(d: Said, c: Said): boolean {
	if (!c.st.saidAt || !d.st.saidAt) return true;
	if (gapDays(d.st.saidAt, c.st.saidAt) > (c.r.pageDated ? PAGE_NEWS_DAYS : 1)) return false;
	return gapDays(c.st.saidAt, d.st.saidAt) <= 31;
}

/**
 * True when denial `d` may answer claim `c` that another denial of its side answers: a claim of
 * the other side, said within the month before it (or the day after), about the same event or the
 * same kind of event when both are about one.
 */
function sameStand(byId: Map<string, StoryEvent>, d: Said, c: Said): boolean {
	for (const x of c.side) if (d.side.has(x)) return false;
	if (!saidInTime(d, c)) return false;
	if (!d.st.about || !c.st.about || d.st.about === c.st.about) return true;
	return byId.get(d.st.about)?.reading?.head === byId.get(c.st.about)?.reading?.head;
}

/** What claim `c` says (its topic, not only its event's parties) names the side of denier `d`. */
function accuses(g: Sides, d: Said, c: Said): boolean {
	// the lineages of c's topic together, made once per claim
	if (!c.accused) {
		c.accused = new Set();
		for (const x of c.r.topic) for (const y of g.lineage(x)) c.accused.add(y);
	}
	for (const y of d.side) if (c.accused.has(y)) return true;
	return false;
}

/**
 * Status from statements: denied (a denial answers it or a claim about it, no confirmation),
 * confirmed (confirmed, not denied), disputed (both), reported (neither).
 */
function statusOf(denied: boolean, confirmed: boolean): EventStatus {
	return denied && confirmed ? 'disputed' : denied ? 'denied' : confirmed ? 'confirmed' : 'reported';
}
