import type { Correction, ItemRef, SpanAnchor } from '$lib/core/notebook';
import type { StoryDocument } from '$lib/core/story/model';
import type { TimelineItem, TimelineLink } from '$lib/core/timeline';

/**
 * How the notebook page names the items it shows: by the span of a source they were read from
 * (what corrections are keyed to, since story ids are numbered afresh on every reading) or, for
 * an item added by hand, by the id of the correction that added it.
 */

/** The correction that added `item` by hand, or undefined for an item read from a source. */
export function addedBy(item: { id: string }, corrections: readonly Correction[]) {
	return corrections.find(
		(k): k is Extract<Correction, { type: 'add-item' }> => k.type === 'add-item' && k.id === item.id
	);
}

/**
 * The anchor of `item` in source cell `cell` (its first evidence there), or in its first source
 * when `cell` is not given; null when it has no evidence in a source that is still open.
 */
export function anchorOf(
	item: TimelineItem,
	documents: readonly StoryDocument[],
	texts: ReadonlyMap<string, string>,
	cell?: string
): SpanAnchor | null {
	const path = new Map(documents.map((d) => [d.id, d.path]));
	const ev = item.evidence.find((e) => (cell ? path.get(e.doc) === cell : path.has(e.doc)));
	const doc = ev && path.get(ev.doc);
	const text = doc && texts.get(doc);
	if (!ev || !doc || text === undefined) return null;
	return {
		doc,
		start: ev.start,
		end: ev.end,
		text: text.slice(ev.start, ev.end),
		item: item.kind === 'event' ? 'event' : 'statement'
	};
}

/** How a link correction names `item`, or null when it cannot be named. */
export function refOf(
	item: TimelineItem,
	corrections: readonly Correction[],
	documents: readonly StoryDocument[],
	texts: ReadonlyMap<string, string>
): ItemRef | null {
	if (addedBy(item, corrections)) return { added: item.id };
	const at = anchorOf(item, documents, texts);
	return at && { at };
}

/** The items read from each source cell (by evidence), in story order: one pass over the items. */
export function itemsByCell(
	items: readonly TimelineItem[],
	documents: readonly StoryDocument[]
): Map<string, TimelineItem[]> {
	const path = new Map(documents.map((d) => [d.id, d.path]));
	const out = new Map<string, TimelineItem[]>();
	for (const it of items) {
		if (it.kind === 'document') continue;
		const cells = new Set<string>();
		for (const e of it.evidence) {
			const p = path.get(e.doc);
			if (p) cells.add(p);
		}
		for (const c of cells) {
			const list = out.get(c);
			if (list) list.push(it);
			else out.set(c, [it]);
		}
	}
	return out;
}

/** The links of one item, in both directions, each with the item at its other end. */
export interface ItemLinks {
	out: { link: TimelineLink; other: TimelineItem }[];
	in: { link: TimelineLink; other: TimelineItem }[];
}

/** Every item's links, by item id (one pass over the links). */
export function linksByItem(
	items: readonly TimelineItem[],
	links: readonly TimelineLink[]
): Map<string, ItemLinks> {
	const byId = new Map(items.map((i) => [i.id, i]));
	const out = new Map<string, ItemLinks>();
	const of = (id: string) => {
		let l = out.get(id);
		if (!l) out.set(id, (l = { out: [], in: [] }));
		return l;
	};
	for (const l of links) {
		const from = byId.get(l.from);
		const to = byId.get(l.to);
		if (!from || !to) continue;
		of(l.from).out.push({ link: l, other: to });
		of(l.to).in.push({ link: l, other: from });
	}
	return out;
}
