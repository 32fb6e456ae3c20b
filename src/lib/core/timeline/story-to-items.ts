/**
 * Flattens a Story into what the timeline, table and exports draw: one item per event, per
 * statement and per document (at its publication date; undated documents become undated items,
 * never dropped), and the links worth drawing (denials, reports, confirmations — not same-as).
 * Labels say who did what in the document's language (labels.ts).
 */
import type { Story, StoryDocument, Statement, StoryEvent } from '../story/model';
import type { TimelineItem, TimelineLink } from './item';
import { eventLabel, labelIndex, labelLocale, statementLabel, type LabelIndex } from './labels';

const LABEL_MAX = 80;

/** Shortens a sentence to a glyph label on a word boundary, with an ellipsis. */
export function shortLabel(text: string, max = LABEL_MAX): string {
	const t = text.replace(/\s+/g, ' ').trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max);
	const sp = cut.lastIndexOf(' ');
	return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

function uniq(xs: (string | null | undefined)[]): string[] {
	const out: string[] = [];
	for (const x of xs) if (x && !out.includes(x)) out.push(x);
	return out;
}

/**
 * Items and links for a story. Statements take the status of the event they are about; their
 * actors are the speaker then the event's participants; their outlets the publishing outlets of
 * their evidence documents then the outlets in the chain. Deterministic: story order is kept.
 * @example storyToItems(story).items.filter((i) => i.kind === 'denial')
 */
export function storyToItems(story: Story): { items: TimelineItem[]; links: TimelineLink[] } {
	const docs = new Map<string, StoryDocument>(story.documents.map((d) => [d.id, d]));
	const events = new Map<string, StoryEvent>(story.events.map((e) => [e.id, e]));
	const outletIds = new Set<string>(story.documents.map((d) => d.outlet).filter((o): o is string => !!o));
	for (const a of story.actors) if (a.kind === 'outlet' || a.kind === 'agency') outletIds.add(a.id);
	const docOutlets = (ev: { doc: string }[]) => ev.map((e) => docs.get(e.doc)?.outlet ?? null);
	const docLang = (ev: { doc: string }[]) => (ev.length ? (docs.get(ev[0].doc)?.lang ?? '') : '');
	const ix = labelIndex(story);

	const items: TimelineItem[] = [];
	for (const e of story.events) {
		items.push({
			id: e.id,
			kind: 'event',
			label: shortLabel(eventLabel(e, labelLocale(docLang(e.evidence)), ix)),
			text: e.summary,
			when: e.when,
			status: e.status,
			actors: uniq(e.participants),
			outlets: uniq(docOutlets(e.evidence)),
			chain: [],
			docs: uniq(e.evidence.map((x) => x.doc)),
			lang: docLang(e.evidence),
			evidence: e.evidence
		});
	}
	for (const s of story.statements) items.push(statementItem(s, events, docOutlets, docLang, outletIds, ix));
	for (const d of story.documents) {
		items.push({
			id: d.id,
			kind: 'document',
			label: shortLabel(d.title || d.path),
			text: d.title || d.path,
			when: d.published,
			status: null,
			actors: [],
			outlets: uniq([d.outlet]),
			chain: [],
			docs: [d.id],
			lang: d.lang,
			evidence: [{ doc: d.id, start: d.bodyStart, end: Math.min(d.bodyEnd, d.bodyStart + 200) }]
		});
	}
	const ids = new Set(items.map((i) => i.id));
	const links: TimelineLink[] = [];
	for (const l of story.links) {
		if (l.type === 'same-as') continue;
		if (!ids.has(l.from) || !ids.has(l.to)) continue;
		links.push({ type: l.type, from: l.from, to: l.to });
	}
	// A report/claim/denial about an event is also a link even when the story did not list it.
	const have = new Set(links.map((l) => `${l.from}>${l.to}`));
	for (const s of story.statements) {
		if (!s.about || !ids.has(s.about) || have.has(`${s.id}>${s.about}`)) continue;
		const type: TimelineLink['type'] =
			s.act === 'denial' ? 'denies' : s.act === 'confirmation' ? 'confirms' : 'reports-on';
		links.push({ type, from: s.id, to: s.about });
		have.add(`${s.id}>${s.about}`);
	}
	return { items, links };
}

function statementItem(
	s: Statement,
	events: Map<string, StoryEvent>,
	docOutlets: (ev: { doc: string }[]) => (string | null)[],
	docLang: (ev: { doc: string }[]) => string,
	outletIds: Set<string>,
	ix: LabelIndex
): TimelineItem {
	const ev = s.about ? events.get(s.about) : undefined;
	return {
		id: s.id,
		kind: s.act,
		label: shortLabel(statementLabel(s, labelLocale(docLang(s.evidence)), ix)),
		text: s.text,
		when: s.saidAt,
		status: ev?.status ?? null,
		actors: uniq([s.speaker, ...(ev?.participants ?? [])]),
		outlets: uniq([...docOutlets(s.evidence), ...s.chain.filter((c) => outletIds.has(c))]),
		chain: s.chain,
		docs: uniq(s.evidence.map((x) => x.doc)),
		lang: docLang(s.evidence),
		evidence: s.evidence
	};
}
