import type { TimeMention } from '../dates/mention';
import { gazetteer, type Gazetteer } from '../gazetteer';
import { deriveStory } from '../story/build';
import type { Statement, StatementReading, Story, StoryEvent } from '../story/model';
import type { Correction, SpanAnchor } from './model';

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

/** Ids of the corrections whose span can no longer be found in their cell's text (or whose cell is gone). */
export function orphanedCorrections(corrections: Correction[], texts: Map<string, string>): string[] {
	return corrections
		.filter((k) => {
			if (!('at' in k)) return false;
			const text = texts.get(k.at.doc);
			return text === undefined || findAnchor(text, k.at) === null;
		})
		.map((k) => k.id);
}

interface Located {
	kind: 'event' | 'statement';
	index: number;
	width: number;
}

/**
 * The corrections that count: of several of one type at one span (or merges of one actor), the
 * last — as `addCorrection` keeps them — so a correction listed twice is applied once.
 */
function effective(corrections: Correction[]): Correction[] {
	const key = (k: Correction) =>
		k.type === 'merge-actors' ? `merge ${k.from}` : `${k.type} ${k.at.doc} ${k.at.start} ${k.at.end}`;
	const last = new Map(corrections.map((k) => [key(k), k]));
	return corrections.filter((k) => last.get(key(k)) === k);
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
 * Applies corrections to a story computed from the same cells. `texts` maps cell id → text; story
 * documents are matched to cells by `path` (the cell id). Returns a new story; the argument is not
 * modified. Each correction finds its item by the smallest evidence span that contains the anchor:
 * - mention-date: the item's `when` (event) or `saidAt` (statement) becomes the analyst's value;
 * - item-kind: a statement's act changes, or a statement becomes an event and back;
 * - speaker: the statement's speaker; actors: an event's participants (for a statement, the
 *   speaker becomes the first actor);
 * - dismiss: the item is removed (a statement about a dismissed event is then about nothing);
 * - merge-actors: every use of `from` becomes `into`, and the two actors' aliases are joined.
 * Then links, event summaries, statuses, corroboration and the actors used are derived again by
 * the builder's own `deriveStory` (with `g`, the gazetteer the story was read with), so they
 * follow the corrections.
 * Of several corrections of one type at one span only the last counts; one whose span or item is
 * gone changes nothing.
 */
export function applyCorrections(
	story: Story,
	corrections: Correction[],
	texts: Map<string, string>,
	g: Gazetteer = gazetteer()
): Story {
	if (corrections.length === 0) return story;
	let events = story.events.slice();
	let statements = story.statements.slice();
	const docOfCell = new Map(story.documents.map((d) => [d.path, d.id]));
	const ks = effective(corrections);

	const locate = (at: SpanAnchor): Located | null => {
		const text = texts.get(at.doc);
		const doc = docOfCell.get(at.doc);
		if (text === undefined || doc === undefined) return null;
		const span = findAnchor(text, at);
		if (!span) return null;
		let best: Located | null = null;
		const consider = (kind: Located['kind'], list: (StoryEvent | Statement)[]) =>
			list.forEach((item, index) => {
				for (const ev of item.evidence) {
					if (ev.doc !== doc || ev.start > span.start || ev.end < span.end) continue;
					const width = ev.end - ev.start;
					if (!best || width < best.width) best = { kind, index, width };
				}
			});
		if (at.item !== 'statement') consider('event', events);
		if (at.item !== 'event') consider('statement', statements);
		return best;
	};

	const dismissed = new Set<string>();
	for (const k of ks) {
		if (k.type === 'merge-actors') continue;
		const hit = locate(k.at);
		if (!hit) continue;
		if (hit.kind === 'event') {
			const e = events[hit.index];
			switch (k.type) {
				case 'mention-date':
					events[hit.index] = { ...e, when: { ...k.value } };
					break;
				case 'actors':
					events[hit.index] = { ...e, participants: k.actors.slice() };
					break;
				case 'dismiss':
					dismissed.add(e.id);
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
					statements[hit.index] = { ...s, saidAt: { ...k.value } };
					break;
				case 'speaker':
					statements[hit.index] = withSpeaker(g, s, k.speaker);
					break;
				case 'actors':
					if (k.actors.length) statements[hit.index] = withSpeaker(g, s, k.actors[0]);
					break;
				case 'dismiss':
					dismissed.add(s.id);
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
	const eventIds = new Set(events.map((e) => e.id));
	statements = statements
		.filter((s) => !dismissed.has(s.id))
		.map((s) => (s.about && !eventIds.has(s.about) ? { ...s, about: null } : s));

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
	const derived = deriveStory(g, { ...story, documents, events, statements, links: [] });
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
