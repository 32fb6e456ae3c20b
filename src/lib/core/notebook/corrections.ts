import type { TimeMention } from '../dates/mention';
import type { Statement, Story, StoryEvent } from '../story/model';
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
 * Applies corrections to a story computed from the same cells. `texts` maps cell id → text; story
 * documents are matched to cells by `path` (the cell id). Returns a new story; the argument is not
 * modified. Each correction finds its item by the smallest evidence span that contains the anchor:
 * - mention-date: the item's `when` (event) or `saidAt` (statement) becomes the analyst's value;
 * - item-kind: a statement's act changes, or a statement becomes an event and back;
 * - speaker: the statement's speaker; actors: an event's participants (for a statement, the
 *   speaker becomes the first actor);
 * - dismiss: the item and its links are removed;
 * - merge-actors: every use of `from` becomes `into`, and the two actors' aliases are joined.
 */
export function applyCorrections(story: Story, corrections: Correction[], texts: Map<string, string>): Story {
	if (corrections.length === 0) return story;
	let events = story.events.slice();
	let statements = story.statements.slice();
	let links = story.links.slice();
	const docOfCell = new Map(story.documents.map((d) => [d.path, d.id]));

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
	for (const k of corrections) {
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
						const s: Statement = {
							id: e.id,
							act: k.kind,
							speaker: e.participants[0] ?? 'unknown',
							saidAt: e.when,
							about: null,
							chain: [],
							evidence: e.evidence,
							text: e.summary
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
					statements[hit.index] = { ...s, speaker: k.speaker };
					break;
				case 'actors':
					if (k.actors.length) statements[hit.index] = { ...s, speaker: k.actors[0] };
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
	if (dismissed.size) {
		events = events.filter((e) => !dismissed.has(e.id));
		statements = statements
			.filter((s) => !dismissed.has(s.id))
			.map((s) => (s.about && dismissed.has(s.about) ? { ...s, about: null } : s));
		links = links.filter((l) => !dismissed.has(l.from) && !dismissed.has(l.to));
	}

	let actors = story.actors;
	let documents = story.documents;
	const merges = corrections.filter((k) => k.type === 'merge-actors');
	if (merges.length) {
		const into = new Map(merges.map((k) => [k.from, k.into]));
		// Follow chains (A→B, B→C) to the end; a cycle stops where it started.
		const canon = (id: string) => {
			const seen = new Set<string>();
			while (into.has(id) && !seen.has(id)) {
				seen.add(id);
				id = into.get(id)!;
			}
			return id;
		};
		const ids = (l: string[]) => [...new Set(l.map(canon))];
		events = events.map((e) => ({ ...e, participants: ids(e.participants) }));
		statements = statements.map((s) => ({ ...s, speaker: canon(s.speaker), chain: ids(s.chain) }));
		documents = documents.map((d) => (d.outlet ? { ...d, outlet: canon(d.outlet) } : d));
		actors = actors
			.filter((a) => canon(a.id) === a.id)
			.map((a) => {
				const absorbed = actors.filter((o) => o.id !== a.id && canon(o.id) === a.id);
				if (!absorbed.length) return a;
				const aliases = new Set(a.aliases);
				for (const o of absorbed)
					for (const n of [o.id, o.names.en, o.names.ar, o.names.fa, ...o.aliases]) if (n) aliases.add(n);
				return { ...a, aliases: [...aliases] };
			});
	}
	return { documents, actors, events, statements, links };
}
