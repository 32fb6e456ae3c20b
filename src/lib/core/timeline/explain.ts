/**
 * Why an item has its status, in words a person reads on hover, on selection, in the table and
 * under a source: "Denied by Taliban (Dec 2015, Asharq Al-Awsat)", "Denies: Zamir Kabulov's claim
 * of Dec 2015", the chain of attribution (ISNA ← CNN ← Maria Zakharova) and the independent origins
 * counted (echoes of one origin count once). Pure: reads the Story's statements, events, links,
 * documents and actors only; indexed once per story.
 */
import type { Actor, EventStatus, Link, Statement, Story, StoryDocument, StoryEvent } from '../story/model';
import { formatTimeValue } from '../time/format';
import type { TimeValue } from '../time/time-value';
import type { ItemKind } from './item';

/** Another item named in an explanation, with its id so a view can select and reveal it. */
export interface ItemRef {
	id: string;
	kind: ItemKind;
	/** "Taliban (Dec 2015, Asharq Al-Awsat)", "Zamir Kabulov's claim of Dec 2015", "meeting: … (Sep 2015)". */
	text: string;
}

/** One line of an explanation: a label ("Denied by") and either refs or a text. */
export interface ExplanationLine {
	key:
		| 'status'
		| 'denies'
		| 'denied-by'
		| 'event-denied-by'
		| 'confirms'
		| 'confirmed-by'
		| 'about'
		| 'reported-by'
		| 'chain'
		| 'origins'
		| 'published';
	label: string;
	text: string;
	refs: ItemRef[];
}

export interface Explanation {
	id: string;
	kind: ItemKind;
	/** The item's status: an event's derived status; a statement's from what answers it or its event. */
	status: EventStatus | null;
	/** The one line that says the status and why ("Denied by Taliban (Dec 2015, Asharq Al-Awsat)"). */
	summary: string;
	/** What a denial denies, and who denies this item (directly, or the event it reports). */
	denies: ItemRef[];
	deniedBy: ItemRef[];
	eventDeniedBy: ItemRef[];
	confirms: ItemRef[];
	confirmedBy: ItemRef[];
	/** The event a statement is about. */
	about: ItemRef | null;
	/** Statements about an event (claims, reports, confirmations). */
	reportedBy: ItemRef[];
	/** Chain of attribution, nearest first (names). */
	chain: string[];
	/** Independent origins counted for the event (its own, or the one the statement reports): names. */
	origins: string[];
	/** Everything above as lines to show, in reading order; empty lines left out. */
	lines: ExplanationLine[];
}

interface Index {
	actors: Map<string, Actor>;
	events: Map<string, StoryEvent>;
	statements: Map<string, Statement>;
	documents: Map<string, StoryDocument>;
	linksFrom: Map<string, Link[]>;
	linksTo: Map<string, Link[]>;
	/** Statements about each event. */
	aboutEvent: Map<string, Statement[]>;
}

const indexes = new WeakMap<Story, Index>();

function indexOf(story: Story): Index {
	let ix = indexes.get(story);
	if (ix) return ix;
	const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
		const l = m.get(k);
		if (l) l.push(v);
		else m.set(k, [v]);
	};
	const linksFrom = new Map<string, Link[]>();
	const linksTo = new Map<string, Link[]>();
	const have = new Set<string>();
	const add = (l: Link) => {
		have.add(`${l.from}>${l.to}`);
		push(linksFrom, l.from, l);
		push(linksTo, l.to, l);
	};
	for (const l of story.links) if (l.type !== 'same-as') add(l);
	// A statement about an event answers it even where the story lists no link (as on the timeline).
	for (const s of story.statements)
		if (s.about && !have.has(`${s.id}>${s.about}`))
			add({
				type: s.act === 'denial' ? 'denies' : s.act === 'confirmation' ? 'confirms' : 'reports-on',
				from: s.id,
				to: s.about
			});
	const aboutEvent = new Map<string, Statement[]>();
	for (const s of story.statements) if (s.about) push(aboutEvent, s.about, s);
	ix = {
		actors: new Map(story.actors.map((a) => [a.id, a])),
		events: new Map(story.events.map((e) => [e.id, e])),
		statements: new Map(story.statements.map((s) => [s.id, s])),
		documents: new Map(story.documents.map((d) => [d.id, d])),
		linksFrom,
		linksTo,
		aboutEvent
	};
	indexes.set(story, ix);
	return ix;
}

/** The story's origin of a statement: the last link of its chain (echoes share it). */
function originOf(s: Statement): string {
	return s.chain[s.chain.length - 1] ?? s.speaker;
}

function name(ix: Index, id: string): string {
	return ix.actors.get(id)?.names.en || id;
}

function date(tv: TimeValue | null): string {
	if (!tv) return '';
	try {
		return formatTimeValue(tv, { calendar: 'gregorian', locale: 'en' });
	} catch {
		return tv.earliest === tv.latest ? tv.earliest : `${tv.earliest} – ${tv.latest}`;
	}
}

/** Where a statement was published: its documents' outlets, "unnamed source" for a document without one. */
function outletsOf(ix: Index, s: Statement): string[] {
	const out: string[] = [];
	const docs = new Set(s.evidence.map((e) => e.doc));
	let unnamed = 0;
	for (const d of docs) {
		const o = ix.documents.get(d)?.outlet;
		if (!o) unnamed++;
		else if (!out.includes(name(ix, o))) out.push(name(ix, o));
	}
	if (unnamed) out.push(unnamed === 1 ? 'unnamed source' : `${unnamed} unnamed sources`);
	return out;
}

/** "Taliban (Dec 2015, Asharq Al-Awsat)": who said it, when and where it was published. */
function byRef(ix: Index, s: Statement): ItemRef {
	const facts = [date(s.saidAt), outletsOf(ix, s).join(', ')].filter(Boolean);
	return {
		id: s.id,
		kind: s.act,
		text: `${name(ix, s.speaker)}${facts.length ? ` (${facts.join(', ')})` : ''}`
	};
}

/** "Zamir Kabulov's claim of Dec 2015", or an event "meeting: … (Sep 2015)". */
function targetRef(ix: Index, id: string): ItemRef | null {
	const s = ix.statements.get(id);
	if (s) {
		const d = date(s.saidAt);
		return { id, kind: s.act, text: `${name(ix, s.speaker)}’s ${s.act}${d ? ` of ${d}` : ''}` };
	}
	const e = ix.events.get(id);
	return e ? eventRef(e) : null;
}

function eventRef(e: StoryEvent): ItemRef {
	const d = date(e.when);
	return { id: e.id, kind: 'event', text: `${e.summary}${d ? ` (${d})` : ''}` };
}

function refsOf(ix: Index, links: Link[] | undefined, type: Link['type'], end: 'from' | 'to'): ItemRef[] {
	const out: ItemRef[] = [];
	for (const l of links ?? []) {
		if (l.type !== type) continue;
		const id = l[end];
		if (out.some((r) => r.id === id)) continue;
		const s = ix.statements.get(id);
		const r = end === 'from' && s ? byRef(ix, s) : targetRef(ix, id);
		if (r) out.push(r);
	}
	return out;
}

/** "A; B ×2; C and 2 more" (refs that read the same are written once, with their number). */
function listRefs(refs: ItemRef[], max = 3): string {
	const counts = new Map<string, number>();
	for (const r of refs) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
	const texts = [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t));
	return texts.slice(0, max).join('; ') + (texts.length > max ? ` and ${texts.length - max} more` : '');
}

/** Independent origins of what is said about an event (denials aside), by name. */
function originsOfEvent(ix: Index, eventId: string): string[] {
	const out = new Set<string>();
	for (const s of ix.aboutEvent.get(eventId) ?? []) if (s.act !== 'denial') out.add(name(ix, originOf(s)));
	return [...out];
}

function statusWord(s: EventStatus): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Why the item with `id` has its status, or null for an id the story does not hold (a document,
 * an imported item).
 * @example explainItem(story, 's8')?.summary // "Denies: meeting: Akhtar Mansour, Vladimir Putin (Sep 2015); …"
 * @example explainItem(story, 's11')?.summary // "Denied by Taliban (Dec 2015, Asharq Al-Awsat); Taliban (25 Dec 2015)"
 */
export function explainItem(story: Story, id: string): Explanation | null {
	const ix = indexOf(story);
	const from = ix.linksFrom.get(id);
	const to = ix.linksTo.get(id);
	const e = ix.events.get(id);
	const s = ix.statements.get(id);
	if (!e && !s) return null;
	const denies = refsOf(ix, from, 'denies', 'to');
	const deniedBy = refsOf(ix, to, 'denies', 'from');
	const confirms = refsOf(ix, from, 'confirms', 'to');
	const confirmedBy = refsOf(ix, to, 'confirms', 'from');
	const lines: ExplanationLine[] = [];
	const line = (key: ExplanationLine['key'], label: string, text: string, refs: ItemRef[] = []) => {
		if (text || refs.length) lines.push({ key, label, text, refs });
	};

	if (e) {
		const reportedBy = (ix.aboutEvent.get(e.id) ?? [])
			.filter((x) => x.act !== 'denial')
			.map((x) => byRef(ix, x));
		const origins = originsOfEvent(ix, e.id);
		const summary =
			e.status === 'denied'
				? `Denied by ${listRefs(deniedBy)}`
				: e.status === 'disputed'
					? `Disputed: denied by ${listRefs(deniedBy)}, confirmed by ${listRefs(confirmedBy)}`
					: e.status === 'confirmed'
						? `Confirmed by ${listRefs(confirmedBy.length ? confirmedBy : reportedBy)}`
						: origins.length
							? `Reported by ${origins.length} independent origin${origins.length === 1 ? '' : 's'}, not denied`
							: 'Told by the article itself (no source quoted), not denied';
		line('status', 'Status', summary);
		line('denied-by', 'Denied by', '', deniedBy);
		line('confirmed-by', 'Confirmed by', '', confirmedBy);
		line('reported-by', 'Reported by', '', reportedBy);
		line(
			'origins',
			'Origins',
			origins.length ? `${origins.length} independent (echoes counted once): ${origins.join(', ')}` : ''
		);
		return {
			id,
			kind: 'event',
			status: e.status,
			summary,
			denies,
			deniedBy,
			eventDeniedBy: [],
			confirms,
			confirmedBy,
			about: null,
			reportedBy,
			chain: [],
			origins,
			lines
		};
	}

	const st = s!;
	const ev = st.about ? ix.events.get(st.about) : undefined;
	const eventDeniedBy = ev
		? refsOf(ix, ix.linksTo.get(ev.id), 'denies', 'from').filter(
				(r) => r.id !== st.id && !deniedBy.some((d) => d.id === r.id)
			)
		: [];
	const against = [...deniedBy, ...eventDeniedBy];
	const status: EventStatus | null =
		st.act === 'denial'
			? null
			: against.length && confirmedBy.length
				? 'disputed'
				: against.length
					? 'denied'
					: confirmedBy.length
						? 'confirmed'
						: (ev?.status ?? 'reported');
	const origins = ev ? originsOfEvent(ix, ev.id) : [];
	const chain = st.chain.map((c) => name(ix, c));
	const summary =
		st.act === 'denial'
			? denies.length
				? `Denies: ${listRefs(denies)}`
				: 'A denial; what it denies was not found in these sources'
			: st.act === 'confirmation' && confirms.length
				? `Confirms: ${listRefs(confirms)}`
				: against.length
					? `Denied by ${listRefs(against)}`
					: confirmedBy.length
						? `Confirmed by ${listRefs(confirmedBy)}`
						: status === 'denied' || status === 'disputed'
							? `${statusWord(status)}: the event it reports is ${status}`
							: 'Not denied or confirmed in these sources';
	line('status', 'Status', summary);
	line('denies', 'Denies', '', denies);
	line('confirms', 'Confirms', '', confirms);
	line('denied-by', 'Denied by', '', deniedBy);
	line('event-denied-by', 'Its event denied by', '', eventDeniedBy);
	line('confirmed-by', 'Confirmed by', '', confirmedBy);
	const about = ev ? eventRef(ev) : null;
	line('about', 'About', '', about ? [about] : []);
	line('chain', 'Chain', chain.length > 1 ? `${chain.join(' ← ')} (origin: ${name(ix, originOf(st))})` : '');
	line(
		'origins',
		'Origins',
		ev && origins.length
			? `its event has ${origins.length} independent origin${origins.length === 1 ? '' : 's'} (echoes counted once): ${origins.join(', ')}`
			: ''
	);
	const published = st.evidence
		.map((x) => ix.documents.get(x.doc))
		.filter((d): d is StoryDocument => !!d)
		.map((d) => {
			const facts = [d.outlet ? name(ix, d.outlet) : 'unknown outlet', date(d.published)].filter(Boolean);
			return facts.join(', ');
		});
	line('published', 'Published', [...new Set(published)].join('; '));
	return {
		id,
		kind: st.act,
		status,
		summary,
		denies,
		deniedBy,
		eventDeniedBy,
		confirms,
		confirmedBy,
		about,
		reportedBy: [],
		chain,
		origins,
		lines
	};
}

/**
 * The one line under an item row or in the table's status column: `explainItem(story, id).summary`,
 * or '' for an id the story does not hold.
 * @example itemStatusText(story, 's11') // "Denied by Taliban (Dec 2015, Asharq Al-Awsat); Taliban (25 Dec 2015)"
 */
export function itemStatusText(story: Story, id: string): string {
	return explainItem(story, id)?.summary ?? '';
}
