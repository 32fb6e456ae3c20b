import type { TimeMention } from '../dates/mention';
import { gazetteer, type Gazetteer } from '../gazetteer';
import { buildStory, deriveStory, type DocItems } from '../story/build';
import type { Evidence, Statement, StatementReading, Story, StoryDocument, StoryEvent } from '../story/model';
import type { CorrectionInput } from './edit';
import type { Correction, ItemRef, LinkCorrection, SpanAnchor } from './model';

/**
 * Corrections are decisions keyed to a span of text (cell + offsets + the span's text). The story is
 * recomputed from the inputs, and then the corrections are applied on top of it: a correction whose
 * span can no longer be found is reported as orphaned, never applied to the wrong place.
 */

/**
 * Where `anchor` lies in `text` now: the same offsets if the span text is still there, otherwise the
 * occurrence of the span text nearest to the old start (the text was edited before it), otherwise
 * null. Example: `findAnchor('xx 5 Dey', {doc:'c', start:0, end:5, text:'5 Dey'})` → {start:3, end:8}.
 */
export function findAnchor(text: string, anchor: SpanAnchor): { start: number; end: number } | null {
	if (text.slice(anchor.start, anchor.end) === anchor.text) return { start: anchor.start, end: anchor.end };
	if (!anchor.text) return null;
	let best = -1;
	for (let i = text.indexOf(anchor.text); i >= 0; i = text.indexOf(anchor.text, i + 1)) {
		if (best < 0 || Math.abs(i - anchor.start) < Math.abs(best - anchor.start)) best = i;
	}
	return best < 0 ? null : { start: best, end: best + anchor.text.length };
}

/** A mention as shown in a source view: with the analyst's value when a correction applies. */
export interface ShownMention extends TimeMention {
	/** Id of the correction that set this mention's value. */
	correctedBy?: string;
}

/**
 * The mentions of one cell's text with mention-date corrections applied (matched by span). Mentions
 * are returned in the same order; a correction whose span no longer matches a mention is ignored
 * here (see `orphanedCorrections`).
 */
export function correctMentions(
	cellId: string,
	text: string,
	mentions: TimeMention[],
	corrections: Correction[]
): ShownMention[] {
	const bySpan = new Map<string, Extract<Correction, { type: 'mention-date' }>>();
	for (const k of corrections) {
		if (k.type !== 'mention-date' || k.at.doc !== cellId) continue;
		const at = findAnchor(text, k.at);
		if (at) bySpan.set(`${at.start}:${at.end}`, k);
	}
	return mentions.map((m) => {
		const k = bySpan.get(`${m.start}:${m.end}`);
		if (!k) return m;
		return {
			...m,
			calendar: k.value.calendar,
			earliest: k.value.earliest,
			latest: k.value.latest,
			precision: k.value.precision,
			edtf: k.value.edtf,
			relative: false,
			unresolved: undefined,
			invalid: undefined,
			correctedBy: k.id
		};
	});
}

/**
 * Ids of the corrections that can no longer be applied: a span no longer found in its cell's text
 * (or its cell is gone), a link naming an item that is gone. An item added by hand without a span
 * is never orphaned. Example: `orphanedCorrections([k], new Map([['c-a', 'other text']]))` → ['k-1'].
 */
export function orphanedCorrections(corrections: Correction[], texts: Map<string, string>): string[] {
	const added = new Set(corrections.filter((k) => k.type === 'add-item').map((k) => k.id));
	const found = (at: SpanAnchor) => {
		const text = texts.get(at.doc);
		return text !== undefined && findAnchor(text, at) !== null;
	};
	const refFound = (r: ItemRef) => ('added' in r ? added.has(r.added) : found(r.at));
	return corrections
		.filter((k) => {
			if (k.type === 'link') return !refFound(k.from) || !refFound(k.to);
			if (k.type === 'merge-actors') return false;
			return k.at !== null && !found(k.at);
		})
		.map((k) => k.id);
}

interface Located {
	kind: 'event' | 'statement';
	index: number;
	width: number;
	/** The story document of the evidence that holds the anchor. */
	doc: string;
}

/** One key per question a correction answers: a later correction of the same question replaces it. */
export function correctionKey(k: Correction | CorrectionInput): string {
	switch (k.type) {
		case 'merge-actors':
			return `merge ${k.from}`;
		case 'add-item':
			return `add ${'id' in k ? k.id : ''}`;
		case 'link':
			return `link ${k.link} ${refKey(k.from)} ${refKey(k.to)}`;
		default:
			return `${k.type} ${k.at.doc} ${k.at.start} ${k.at.end}`;
	}
}

/** A string naming the item a reference points at (its span and kind, or the added item's id). */
function refKey(r: ItemRef): string {
	return 'added' in r ? `+${r.added}` : `${r.at.doc}:${r.at.start}:${r.at.end}:${r.at.item ?? ''}`;
}

/**
 * The corrections that count: of several answering one question (one type at one span, merges of
 * one actor, one link), the last — as `addCorrection` keeps them — so a correction listed twice is
 * applied once.
 */
function effective(corrections: Correction[]): Correction[] {
	const last = new Map(corrections.map((k) => [correctionKey(k), k]));
	return corrections.filter((k) => last.get(correctionKey(k)) === k);
}

/**
 * What is known of a speaker the analyst named, as the reader records it: a gazetteer actor with
 * its kind and itself as affiliation; any other name with no known affiliation.
 */
function speakerReading(g: Gazetteer, speaker: string, topic: string[] = []): StatementReading {
	const known = g.get(speaker);
	return {
		speakerKind: known?.kind ?? (speaker.includes('anonymous') ? 'anonymous' : 'person'),
		affiliation: known ? speaker : null,
		topic,
		answers: []
	};
}

/**
 * A statement with another speaker. The speaker is the origin, the last link of its chain
 * (ISNA ← CNN ← Zakharova), so it is replaced there too; what was said (topic, whom it answers)
 * stays as read.
 */
function withSpeaker(g: Gazetteer, s: Statement, speaker: string): Statement {
	const chain = s.chain.at(-1) === s.speaker ? [...new Set([...s.chain.slice(0, -1), speaker])] : s.chain;
	const said = speakerReading(g, speaker);
	return {
		...s,
		speaker,
		chain,
		reading: { ...said, topic: s.reading?.topic ?? [], answers: s.reading?.answers ?? [] }
	};
}

/**
 * The story of a notebook from the items each document read: the documents merged into one story
 * (`buildStory`), then the analyst's corrections applied (`applyCorrections`). The one computation
 * every view shows. Example: `storyOf(readEachDocument(inputs, {}, g), nb.corrections, texts, g)`.
 */
export function storyOf(
	perDoc: DocItems[],
	corrections: Correction[],
	texts: Map<string, string>,
	g: Gazetteer = gazetteer()
): Story {
	return applyCorrections(buildStory(g, perDoc), corrections, texts, g);
}

/**
 * Applies corrections to a story computed from the same cells. `texts` maps cell id → text; story
 * documents are matched to cells by `path` (the cell id). Returns a new story; the argument is not modified. Each correction at a span finds its item
 * by the smallest evidence span in that cell that contains the anchor:
 * - mention-date, item-date: the item's `when` (event) or `saidAt` (statement);
 * - item-text: an event's summary, a statement's text;
 * - item-kind: a statement's act changes, or a statement becomes an event and back;
 * - speaker: the statement's speaker; actors: an event's participants (for a statement, the
 *   speaker becomes the first actor);
 * - dismiss: the item is removed (a statement about a dismissed event is then about nothing);
 *   with scope 'document' only its evidence in the anchor's document is, and the item stays,
 *   with its text and links, for the other documents (it goes when no evidence is left);
 * - add-item: an event or statement added by hand (its id is the correction's id);
 * - merge-actors: every use of `from` becomes `into`, and the two actors' aliases are joined;
 * - link: a `denies` or `reports-on` link added or taken away (a statement's link to an event is
 *   its `about`; other links are set after the derivation, and the statuses follow them).
 * Then links, event summaries, statuses, corroboration and the actors used are derived again by
 * the builder's own `deriveStory` (with `g`, the gazetteer the story was read with), so they
 * follow the corrections.
 * Of several corrections answering one question only the last counts; one whose span or item is
 * gone changes nothing.
 */
export function applyCorrections(
	story: Story,
	corrections: Correction[],
	texts: Map<string, string>,
	g: Gazetteer = gazetteer()
): Story {
	const ks = effective(corrections);
	if (ks.length === 0) return story;
	let events = story.events.slice();
	let statements = story.statements.slice();
	const docsOfCell = new Map<string, StoryDocument[]>();
	for (const d of story.documents) {
		const list = docsOfCell.get(d.path);
		if (list) list.push(d);
		else docsOfCell.set(d.path, [d]);
	}

	const locate = (at: SpanAnchor): Located | null => {
		const text = texts.get(at.doc);
		const docs = docsOfCell.get(at.doc);
		if (text === undefined || docs === undefined) return null;
		const span = findAnchor(text, at);
		if (!span) return null;
		const ids = new Set(docs.map((d) => d.id));
		let best: Located | null = null;
		const consider = (kind: Located['kind'], list: (StoryEvent | Statement)[]) =>
			list.forEach((item, index) => {
				for (const ev of item.evidence) {
					if (!ids.has(ev.doc) || ev.start > span.start || ev.end < span.end) continue;
					const width = ev.end - ev.start;
					if (!best || width < best.width) best = { kind, index, width, doc: ev.doc };
				}
			});
		if (at.item !== 'statement') consider('event', events);
		if (at.item !== 'event') consider('statement', statements);
		return best;
	};

	const dismissed = new Set<string>();
	for (const k of ks) {
		if (!('at' in k) || k.at === null || k.type === 'add-item') continue;
		const hit = locate(k.at);
		if (!hit) continue;
		if (hit.kind === 'event') {
			const e = events[hit.index];
			switch (k.type) {
				case 'mention-date':
				case 'item-date':
					events[hit.index] = { ...e, when: k.value && { ...k.value } };
					break;
				case 'item-text':
					// without its reading the summary is the analyst's, not made again from the participants
					events[hit.index] = { ...e, summary: k.text, reading: undefined };
					break;
				case 'actors':
					events[hit.index] = { ...e, participants: k.actors.slice() };
					break;
				case 'dismiss':
					if (k.scope === 'document' && e.evidence.some((x) => x.doc !== hit.doc))
						events[hit.index] = { ...e, evidence: e.evidence.filter((x) => x.doc !== hit.doc) };
					else dismissed.add(e.id);
					break;
				case 'item-kind':
					if (k.kind !== 'event') {
						const speaker = e.participants[0] ?? 'unknown';
						const s: Statement = {
							id: e.id,
							act: k.kind,
							speaker,
							saidAt: e.when,
							about: null,
							chain: [],
							evidence: e.evidence,
							text: e.summary,
							reading: speakerReading(g, speaker, e.participants.slice())
						};
						events = events.filter((_, i) => i !== hit.index);
						statements = [...statements, s];
					}
					break;
			}
		} else {
			const s = statements[hit.index];
			switch (k.type) {
				case 'mention-date':
				case 'item-date':
					statements[hit.index] = { ...s, saidAt: k.value && { ...k.value } };
					break;
				case 'item-text':
					statements[hit.index] = { ...s, text: k.text, summary: k.text };
					break;
				case 'speaker':
					statements[hit.index] = withSpeaker(g, s, k.speaker);
					break;
				case 'actors':
					if (k.actors.length) statements[hit.index] = withSpeaker(g, s, k.actors[0]);
					break;
				case 'dismiss':
					if (k.scope === 'document' && s.evidence.some((x) => x.doc !== hit.doc))
						statements[hit.index] = { ...s, evidence: s.evidence.filter((x) => x.doc !== hit.doc) };
					else dismissed.add(s.id);
					break;
				case 'item-kind':
					if (k.kind === 'event') {
						const e: StoryEvent = {
							id: s.id,
							participants: s.speaker ? [s.speaker] : [],
							when: s.saidAt,
							summary: s.text,
							status: 'reported',
							evidence: s.evidence
						};
						statements = statements.filter((_, i) => i !== hit.index);
						events = [...events, e];
					} else statements[hit.index] = { ...s, act: k.kind };
					break;
			}
		}
	}
	events = events.filter((e) => !dismissed.has(e.id));
	// A statement about an event that was dismissed, or made a statement, is about nothing now.
	let eventIds = new Set(events.map((e) => e.id));
	statements = statements
		.filter((s) => !dismissed.has(s.id))
		.map((s) => (s.about && !eventIds.has(s.about) ? { ...s, about: null } : s));

	// Links name read items by their span: find them now, before items added by hand join the lists.
	const linkKs = ks.filter((k): k is LinkCorrection => k.type === 'link');
	const refId = (r: ItemRef): string | null => {
		if ('added' in r) return ks.some((k) => k.type === 'add-item' && k.id === r.added) ? r.added : null;
		const hit = locate(r.at);
		return hit ? (hit.kind === 'event' ? events : statements)[hit.index].id : null;
	};
	const linked = linkKs
		.map((k) => ({ k, from: refId(k.from), to: refId(k.to) }))
		.filter(
			(l): l is { k: LinkCorrection; from: string; to: string } => !!l.from && !!l.to && l.from !== l.to
		);

	for (const k of ks) {
		if (k.type !== 'add-item') continue;
		const evidence = k.at ? evidenceOf(k.at, docsOfCell.get(k.at.doc), texts.get(k.at.doc)) : [];
		const { kind, text, when, speaker, participants } = k.item;
		if (kind === 'event')
			events.push({
				id: k.id,
				participants: participants.slice(),
				when: when && { ...when },
				summary: text,
				status: 'reported',
				evidence
			});
		else {
			const who = speaker?.trim() || 'unknown';
			statements.push({
				id: k.id,
				act: kind,
				speaker: who,
				saidAt: when && { ...when },
				about: null,
				chain: [who],
				evidence,
				text,
				summary: text,
				reading: speakerReading(g, who, participants.slice())
			});
		}
	}

	// A statement's link to an event is what it is about: set or cleared before the derivation.
	eventIds = new Set(events.map((e) => e.id));
	const statementAt = new Map(statements.map((s, i) => [s.id, i]));
	const after: typeof linked = [];
	for (const l of linked) {
		const i = statementAt.get(l.from);
		const s = i === undefined ? undefined : statements[i];
		const fits = s && eventIds.has(l.to) && (l.k.link === 'denies') === (s.act === 'denial');
		if (s && fits && l.k.remove && s.about === l.to) statements[i!] = { ...s, about: null };
		else if (s && fits && !l.k.remove && s.about === null) statements[i!] = { ...s, about: l.to };
		else after.push(l);
	}

	let documents = story.documents;
	const merges = ks.filter((k) => k.type === 'merge-actors');
	// Follow chains (A→B, B→C) to the end; a cycle stops where it started.
	const into = new Map(merges.map((k) => [k.from, k.into]));
	const canon = (id: string) => {
		const seen = new Set<string>();
		while (into.has(id) && !seen.has(id)) {
			seen.add(id);
			id = into.get(id)!;
		}
		return id;
	};
	if (merges.length) {
		const ids = (l: string[]) => [...new Set(l.map(canon))];
		events = events.map((e) => ({ ...e, participants: ids(e.participants) }));
		statements = statements.map((s) => ({
			...s,
			speaker: canon(s.speaker),
			chain: ids(s.chain),
			...(s.reading && {
				reading: {
					...s.reading,
					affiliation: s.reading.affiliation && canon(s.reading.affiliation),
					topic: ids(s.reading.topic),
					answers: ids(s.reading.answers)
				}
			})
		}));
		documents = documents.map((d) => (d.outlet ? { ...d, outlet: canon(d.outlet) } : d));
	}
	let derived = deriveStory(g, { ...story, documents, events, statements, links: [] });
	if (after.length) derived = withLinks(derived, after);
	if (!merges.length) return derived;
	// An actor that absorbed others keeps their names as aliases (found in the story given, where
	// an actor merged before already holds them: merging again adds nothing).
	const targets = new Set(merges.map((k) => canon(k.from)));
	const actors = derived.actors.map((a) => {
		if (!targets.has(a.id)) return a;
		const given = story.actors.filter((o) => canon(o.id) === a.id);
		const aliases = new Set(a.aliases);
		for (const o of given) {
			const names = o.id === a.id ? o.aliases : [o.id, o.names.en, o.names.ar, o.names.fa, ...o.aliases];
			for (const n of names) if (n && n !== a.id) aliases.add(n);
		}
		return { ...a, aliases: [...aliases] };
	});
	return { ...derived, actors };
}

/** The evidence of an item added at a span: the document of its cell whose body holds the span. */
function evidenceOf(at: SpanAnchor, docs: StoryDocument[] | undefined, text: string | undefined): Evidence[] {
	const span = text === undefined ? null : findAnchor(text, at);
	if (!docs?.length || !span) return [];
	const doc = docs.find((d) => d.bodyStart <= span.start && span.start < d.bodyEnd) ?? docs[0];
	return [{ doc: doc.id, start: span.start, end: span.end }];
}

/**
 * The story with the links the analyst set or took away beyond what a statement is about (a
 * denial of a statement, a link from or to an item of the wrong kind for `about`), and each
 * event's status derived again from the links as `deriveStory` derives it: denied when a denial
 * reaches it or a statement about it, confirmed when a confirmation is about it.
 */
function withLinks(story: Story, set: { k: LinkCorrection; from: string; to: string }[]): Story {
	const key = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;
	const removed = new Set(set.filter((l) => l.k.remove).map((l) => key(l.k.link, l.from, l.to)));
	const links = story.links.filter((l) => !removed.has(key(l.type, l.from, l.to)));
	const have = new Set(links.map((l) => key(l.type, l.from, l.to)));
	for (const l of set) {
		if (l.k.remove || have.has(key(l.k.link, l.from, l.to))) continue;
		have.add(key(l.k.link, l.from, l.to));
		links.push({ type: l.k.link, from: l.from, to: l.to });
	}
	const aboutOf = new Map(story.statements.map((s) => [s.id, s.about]));
	const denied = new Set<string | null | undefined>();
	for (const l of links)
		if (l.type === 'denies') {
			denied.add(l.to);
			denied.add(aboutOf.get(l.to));
		}
	const confirmed = new Set(story.statements.filter((s) => s.act === 'confirmation').map((s) => s.about));
	const events = story.events.map((e): StoryEvent => {
		const d = denied.has(e.id);
		const c = confirmed.has(e.id);
		const status = d && c ? 'disputed' : d ? 'denied' : c ? 'confirmed' : 'reported';
		return status === e.status ? e : { ...e, status };
	});
	return { ...story, events, links };
}
