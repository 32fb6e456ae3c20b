/*
 * TEST ONLY. The story builder written the straightforward way: every event compared with every
 * earlier event, every statement with every earlier statement, every denial with every statement.
 * linear-links.test.ts checks that the indexed builder (src/lib/core/story/build.ts) gives the same
 * story byte for byte; links-bound.test.ts shows what the pairwise links would grow to without the
 * builder's caps (`{ capped: false }`). It follows the builder's rules, not its indexes: when a rule
 * changes, change it here too, in its plainest form.
 */
import type { Gazetteer } from '../../../src/lib/core/gazetteer';
import type { TimeValue } from '../../../src/lib/core/time/time-value';
import {
	compatible,
	finer,
	MAX_ANSWERED,
	MAX_TESTED,
	origin,
	PAGE_NEWS_DAYS,
	withStoryIds,
	type DocItems
} from '../../../src/lib/core/story/build';
import { mergeEntities } from '../../../src/lib/core/story/entities';
import { sameGist, storyGists } from '../../../src/lib/core/story/gist';
import {
	actorsUsed,
	speakerKin,
	storyActors,
	storyDay,
	storySides,
	type Sides
} from '../../../src/lib/core/story/build';
import type {
	Evidence,
	EventStatus,
	Link,
	Statement,
	StatementReading,
	Story,
	StoryEvent
} from '../../../src/lib/core/story/model';

export type { DocItems };

interface Options {
	/** Apply the builder's caps (MAX_ANSWERED, MAX_TESTED); false: every link the rules allow. */
	capped?: boolean;
}

interface EventAcc {
	ev: StoryEvent;
	type: string;
}

interface StatementAcc {
	st: Statement;
	reading: StatementReading;
	topic: Set<string>;
	words: Set<string>;
	docs: Set<string>;
	born: number;
	n: number;
	referredOnly: boolean;
	weekday?: number;
}

/** A day-precise time on the given weekday (0 = Sunday), as the builder's `onWeekday`. */
const onDayOf = (t: TimeValue | null, weekday: number | undefined) =>
	weekday !== undefined &&
	!!t &&
	t.precision === 'day' &&
	t.earliest === t.latest &&
	new Date(`${t.earliest}T00:00:00Z`).getUTCDay() === weekday;

/** How many of a speaker's latest statements a statement of another document is compared with (as the builder). */
const RECENT = 24;

export function buildStory(g: Gazetteer, docs: DocItems[], opts: Options = {}): Story {
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
	const typeOf = new Map<string, string>();
	for (let k = 0; k < perDoc.length; k++) {
		const d = perDoc[k];
		const lastOfType = new Map<string, EventAcc>();
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
							(!!e.ev.when &&
								!!re.when &&
								e.ev.participants.some((p) => re.participants.some((q) => g.related(p, q)))) ||
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
				addEvidence(target.ev.evidence, evidence);
				target.ev.when = finer(target.ev.when, re.when);
				target.ev.place ??= re.place;
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
					type: re.type
				};
				events.push(target);
				typeOf.set(target.ev.id, re.type);
			}
			lastOfType.set(re.type, target);
			localEventIds.push(target.ev.id);
		}
		const localStatementIds: string[] = [];
		const later: [StatementReading, number[]][] = [];
		const ownReports = new Map<string, [StatementAcc, boolean] | null>();
		for (const rs of d.statements) {
			const about = rs.about !== null ? (localEventIds[rs.about] ?? null) : null;
			// the claims its sentence refers to are filled in once the document's statements all have ids
			const answersIds: string[] = [];
			const evidence: Evidence = { doc: d.doc.id, start: rs.sentence.start, end: rs.sentence.end };
			const words = contentWords(d.doc.text.slice(rs.content.start, rs.content.end));
			let same: StatementAcc | undefined;
			// an outlet's report referred to and told in one document is one report (the first pair)
			const first = rs.act === 'report' ? ownReports.get(rs.speaker) : undefined;
			const paired = !!first && first[1] !== !!rs.referred && compatible(first[0].st.saidAt, rs.saidAt);
			if (first && paired) {
				same = first[0];
				ownReports.set(rs.speaker, null);
			}
			if (!same && about !== null)
				same = statements.find(
					(s) =>
						s.st.speaker === rs.speaker &&
						s.st.act === rs.act &&
						s.st.about === about &&
						compatible(s.st.saidAt, rs.saidAt) &&
						// within one document only an outlet's report is told again: a person's two sentences are two statements
						(rs.act === 'report' || !s.docs.has(d.doc.id))
				);
			if (!same) {
				const recent = statements
					.filter((s) => s.st.speaker === rs.speaker && s.st.act === rs.act)
					.slice(-RECENT);
				let bestScore = 0;
				for (const s of recent) {
					if (s.docs.has(d.doc.id) || s.born >= k || !compatible(s.st.saidAt, rs.saidAt)) continue;
					const ta = s.st.about ? (typeOf.get(s.st.about) ?? null) : null;
					const tb = about ? (typeOf.get(about) ?? null) : null;
					let score = 0;
					if (ta && tb) score = ta === tb ? 2 : 0;
					else {
						const weekday = onDayOf(s.st.saidAt, rs.weekday) || onDayOf(rs.saidAt, s.weekday);
						const mine = rs.topic.filter((t) => t !== rs.speaker);
						const theirs = [...s.topic].filter((t) => t !== rs.speaker);
						const shared = mine.filter((t) => s.topic.has(t)).length;
						const union = new Set([...mine, ...theirs]).size;
						if (((s.st.saidAt && rs.saidAt) || weekday) && shared && shared * 2 >= union)
							score = 1 + shared / union;
						// undated in one, on the weekday it names in the other, naming nothing the other does not
						else if (weekday && (!mine.length || !theirs.length)) score = 1;
					}
					// the outlet's report told again elsewhere, unless about another kind of event
					if (!score && rs.act === 'report' && !(ta && tb && ta !== tb)) score = 0.5;
					// the denial of the same party's claims told again elsewhere
					if (!score && rs.act === 'denial' && rs.answers.some((a) => s.reading.answers.includes(a)))
						score = 0.75;
					// the same speaker's same act on one same day
					if (score > bestScore) {
						same = s;
						bestScore = score;
					}
				}
			}
			// a person's statement and their body's, about the same kind of event at a time that agrees
			const tb = about ? (typeOf.get(about) ?? null) : null;
			if (!same && about !== null && tb && rs.saidAt)
				for (const other of speakerKin(g, rs.speaker)) {
					same = statements
						.filter((s) => s.st.speaker === other && s.st.act === rs.act)
						.slice(-RECENT)
						.find(
							(s) =>
								!s.docs.has(d.doc.id) &&
								s.born < k &&
								!!s.st.saidAt &&
								compatible(s.st.saidAt, rs.saidAt) &&
								(s.st.about ? (typeOf.get(s.st.about) ?? null) : null) === tb
						);
					if (same) break;
				}
			if (!same && about === null)
				same = statements.find(
					(s) =>
						s.st.speaker === rs.speaker &&
						s.st.act === rs.act &&
						compatible(s.st.saidAt, rs.saidAt) &&
						s.st.about === null &&
						s.born < k &&
						!s.docs.has(d.doc.id) &&
						jaccard(s.words, words) >= 0.5
				);
			if (same) {
				if (!paired && rs.act === 'report' && !ownReports.has(rs.speaker))
					ownReports.set(rs.speaker, [same, !!rs.referred]);
				addEvidence(same.st.evidence, evidence);
				if (rs.headline)
					addEvidence(same.st.evidence, { doc: d.doc.id, start: rs.headline.start, end: rs.headline.end });
				if (!rs.pageDated && rs.saidAt) delete same.reading.pageDated;
				same.st.saidAt = finer(same.st.saidAt, rs.saidAt);
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
				born: k,
				referredOnly: !!rs.referred,
				...(rs.weekday !== undefined ? { weekday: rs.weekday } : {}),
				n: statements.length
			};
			if (rs.headline)
				addEvidence(acc.st.evidence, { doc: d.doc.id, start: rs.headline.start, end: rs.headline.end });
			statements.push(acc);
			if (rs.act === 'report') ownReports.set(rs.speaker, [acc, !!rs.referred]);
			localStatementIds.push(acc.st.id);
			later.push([acc.reading, rs.answersLocal]);
		}
		for (const [reading, local] of later)
			for (const x of local) {
				const id = localStatementIds[x];
				if (id && !reading.answersIds!.includes(id)) reading.answersIds!.push(id);
			}
	}
	// a claim only referred to has no clause of its own to date it (its sentence's date is its
	// speaker's): as any statement whose clause gives no date, it takes its page's date
	for (const s of statements)
		if (s.referredOnly && !s.st.saidAt && perDoc[s.born].doc.published) {
			s.st.saidAt = perDoc[s.born].doc.published;
			s.reading.pageDated = true;
		}
	for (const s of statements) s.st.reading = { ...s.reading, topic: [...s.topic] };
	return deriveStory(
		g,
		{
			documents: perDoc.map((d) => d.doc),
			actors: storyActors(g, perDoc, entities, idOf),
			events: events.map((e) => e.ev),
			statements: statements.map((s) => s.st),
			links: []
		},
		opts
	);
}

/** Links, status, corroboration and actors of a story, pairwise (see the builder's `deriveStory`). */
export function deriveStory(g: Gazetteer, story: Story, opts: Options = {}): Story {
	const { documents, statements } = story;
	const links = linkStory(
		storySides(g, story.actors, storyDay(story)),
		story.events,
		statements,
		opts.capped !== false
	);
	const aboutOf = new Map(statements.map((s) => [s.id, s.about]));
	const events = story.events.map((e): StoryEvent => ({
		...e,
		summary: summarize(e),
		status: statusOf(e.id, statements, links, aboutOf),
		corroboration: new Set(statements.filter((s) => s.about === e.id && s.act !== 'denial').map(origin)).size
	}));
	return {
		documents,
		actors: actorsUsed(g, documents, events, statements, story.actors),
		events,
		statements,
		links
	};
}

function addEvidence(list: Evidence[], e: Evidence): void {
	if (!list.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) list.push(e);
}

function participantsMatch(g: Gazetteer, a: string[], b: string[]): boolean {
	if (!a.length || !b.length) return false;
	const [small, large] = a.length <= b.length ? [a, b] : [b, a];
	if (small.length === 1) return large.length === 1 && g.related(large[0], small[0]);
	const hits = small.filter((x) => large.some((y) => g.related(x, y))).length;
	return hits >= Math.max(2, Math.ceil(small.length * 0.67));
}

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

interface Said {
	st: Statement;
	r: StatementReading;
	docs: Set<string>;
	n: number;
	side: Set<string>;
	/** whom it names as the owner of what it answers, but for its own side */
	answers: string[];
	gist: Set<string>;
}

const NO_READING: StatementReading = { speakerKind: 'person', affiliation: null, topic: [], answers: [] };
const DAY = 86400000;

/**
 * Links, comparing every denial with every statement: a denial links to the claims its sentence
 * names, and to those among the claims of whom it names, the claims about its event and the claims
 * that implicate its side which `answers` accepts — capped, nearest first, at MAX_TESTED candidates
 * tested and MAX_ANSWERED kept; with no claim answered, to its event.
 */
function linkStory(g: Sides, events: StoryEvent[], list: Statement[], capped: boolean): Link[] {
	const links: Link[] = [];
	const byId = new Map(events.map((e) => [e.id, e]));
	const lineageOf = (id: string, aff: string | null) =>
		new Set([...g.lineage(id), ...(aff ? g.lineage(aff) : [])]);
	const gists = storyGists(list.map((st) => st.text));
	// a claim named by a denial's own sentence implicates its denier
	const all: Said[] = list.map((st, n) => {
		const r0 = st.reading ?? NO_READING;
		const deniers = list.filter((d) => d.act === 'denial' && d.reading?.answersIds?.includes(st.id));
		const r = deniers.length
			? { ...r0, topic: [...new Set([...r0.topic, ...deniers.map((d) => d.speaker)])] }
			: r0;
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
	for (const s of all)
		if (s.st.about && s.st.act !== 'denial')
			links.push({ type: 'reports-on', from: s.st.id, to: s.st.about });
	const involvedIn = (c: Said) => {
		const ev = c.st.about ? byId.get(c.st.about) : undefined;
		const out = new Set<string>();
		for (const x of [...c.r.topic, ...(ev?.participants ?? [])]) for (const y of g.lineage(x)) out.add(y);
		return out;
	};
	const answers = (d: Said, c: Said) => {
		if (c === d || c.st.act === 'denial' || c.st.act === 'confirmation') return false;
		for (const x of c.side) if (d.side.has(x)) return false;
		if (c.st.saidAt && d.st.saidAt) {
			// a claim dated only by the page that told it may have been said the day before, or,
			// dated by a later page, up to PAGE_NEWS_DAYS before that page
			if (gapDays(d.st.saidAt, c.st.saidAt) > (c.r.pageDated ? PAGE_NEWS_DAYS : 1)) return false;
			if (gapDays(c.st.saidAt, d.st.saidAt) > 31) return false;
		}
		// told in the denial's own sentence
		if (sameSentence(d, c)) return true;
		// of whom it names, or of a body on their side that accuses the denier's side
		const accuses = [...d.side].some((y) => c.r.topic.some((x) => g.lineage(x).includes(y)));
		// a report, when the denial speaks of reports and names no owner, about what it speaks of
		if (d.r.ofClaims && c.st.act === 'report') {
			if (!c.r.topic.length || accuses) return true;
			if (d.st.about && c.st.about === d.st.about) return true;
			const mine = involvedIn(d);
			return [...involvedIn(c)].some((x) => mine.has(x) && !d.side.has(x));
		}
		// (or, saying nothing the reader could read, in the denial's own article)
		const sameDoc = [...c.docs].some((x) => d.docs.has(x));
		if (d.answers.length)
			return (
				d.answers.includes(c.st.speaker) ||
				(d.answers.some((a) => c.side.has(a)) && (accuses || (!c.r.topic.length && sameDoc)))
			);
		if (d.st.about && c.st.about === d.st.about) return true;
		// its sentence names the claim's side, and the claim involves the denier
		if (
			d.r.topic.some((t) => !d.side.has(t) && c.side.has(t)) &&
			[...involvedIn(c)].some((x) => d.side.has(x))
		)
			return true;
		// what the claim says names the denier's side (its event's parties alone are not enough)
		if (!accuses) return false;
		const involved = involvedIn(c);
		const dEv = d.st.about ? byId.get(d.st.about) : undefined;
		const cEv = c.st.about ? byId.get(c.st.about) : undefined;
		if (dEv && cEv && dEv.reading?.head === cEv.reading?.head) return true;
		const others = [...involvedIn(d)].filter((x) => !d.side.has(x));
		if (!others.length) return true;
		// or the words few other statements of the story use
		return others.some((x) => involved.has(x) || c.side.has(x)) || sameGist(d.gist, c.gist);
	};
	const deniedBy: [string, Said][] = [];
	const linked = new Set<string>();
	const room = new Map<Said, number>();
	const topOf = (d: Said) => g.lineage(d.r.affiliation ?? d.st.speaker).at(-1) ?? d.st.speaker;
	for (const d of all) {
		if (d.st.act !== 'denial') continue;
		const named = (d.r.answersIds ?? [])
			.map((id) => all.find((x) => x.st.id === id))
			.filter((x): x is Said => !!x && x !== d);
		for (const c of named) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
		// the candidates: claims of whom it names, about its event, implicating its side
		const candidates = all.filter(
			(c) =>
				c.st.act !== 'denial' &&
				c.st.act !== 'confirmation' &&
				(d.answers.some((a) => c.st.speaker === a || c.side.has(a)) ||
					(!!d.st.about && c.st.about === d.st.about) ||
					(!d.answers.length && [...d.side].some((y) => involvedIn(c).has(y))) ||
					(!!d.r.ofClaims && c.st.act === 'report') ||
					sameSentence(d, c))
		);
		candidates.sort((a, b) => Math.abs(a.n - d.n) - Math.abs(b.n - d.n) || a.n - b.n);
		const answered: Said[] = [];
		let tested = 0;
		for (const c of candidates) {
			if (capped && (answered.length >= MAX_ANSWERED || tested >= MAX_TESTED)) break;
			tested++;
			if (!named.includes(c) && answers(d, c)) answered.push(c);
		}
		answered.sort((a, b) => a.n - b.n);
		for (const c of answered) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
		// its event, unless what it answers is about it
		if (d.st.about && ![...named, ...answered].some((c) => c.st.about === d.st.about))
			links.push({ type: 'denies', from: d.st.id, to: d.st.about });
		for (const c of [...named, ...answered]) {
			deniedBy.push([topOf(d), c]);
			linked.add(`${d.st.id}>${c.st.id}`);
		}
		room.set(d, MAX_ANSWERED - answered.length);
	}
	// what another denial of its side answers, the same month, about the same kind of event
	for (const d of all) {
		if (d.st.act !== 'denial') continue;
		const candidates = [...new Set(deniedBy.filter(([t]) => t === topOf(d)).map(([, c]) => c))].sort(
			(a, b) => Math.abs(a.n - d.n) - Math.abs(b.n - d.n) || a.n - b.n
		);
		const answered: Said[] = [];
		let tested = 0;
		for (const c of candidates) {
			if (capped && (answered.length >= room.get(d)! || tested >= MAX_TESTED)) break;
			tested++;
			if (linked.has(`${d.st.id}>${c.st.id}`) || [...c.side].some((x) => d.side.has(x))) continue;
			if (
				c.st.saidAt &&
				d.st.saidAt &&
				(gapDays(d.st.saidAt, c.st.saidAt) > (c.r.pageDated ? PAGE_NEWS_DAYS : 1) ||
					gapDays(c.st.saidAt, d.st.saidAt) > 31)
			)
				continue;
			const head = (id: string) => byId.get(id)?.reading?.head;
			if (d.st.about && c.st.about && d.st.about !== c.st.about && head(d.st.about) !== head(c.st.about))
				continue;
			answered.push(c);
		}
		answered.sort((a, b) => a.n - b.n);
		for (const c of answered) links.push({ type: 'denies', from: d.st.id, to: c.st.id });
	}
	for (const c of all) {
		if (c.st.act !== 'confirmation' || !c.st.about) continue;
		const claims = all
			.filter((o) => o !== c && o.st.about === c.st.about && (o.st.act === 'claim' || o.st.act === 'report'))
			.sort((a, b) => Math.abs(a.n - c.n) - Math.abs(b.n - c.n) || a.n - b.n);
		const kept = (capped ? claims.slice(0, MAX_ANSWERED) : claims).sort((a, b) => a.n - b.n);
		for (const o of kept) links.push({ type: 'confirms', from: c.st.id, to: o.st.id });
	}
	return links;
}

/** The two statements are told in one same sentence of one document. */
const sameSentence = (d: Said, c: Said) =>
	c.st.evidence.some((e) =>
		d.st.evidence.some((f) => e.doc === f.doc && e.start === f.start && e.end === f.end)
	);

const gapDays = (a: TimeValue, b: TimeValue) => (Date.parse(b.earliest) - Date.parse(a.latest)) / DAY;

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
