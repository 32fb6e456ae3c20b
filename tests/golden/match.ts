/**
 * Matching extracted items against the golden story (used by `npm run eval` and the golden test).
 *
 * An item is an event or a statement. A predicted item matches a golden one when:
 *   - statements: same act; same speaker — the id is one of the golden speaker's accepted ids, or,
 *     when the golden speaker is anonymous or not in the gazetteer, the predicted speaker is
 *     anonymous/unlisted with the same affiliation (an anonymous speaker is identified by whom
 *     they speak for); and their evidence overlaps (same document, overlapping spans);
 *   - events: their evidence overlaps and their participants agree (every golden participant is,
 *     or is related to, a predicted one; an event with no golden participants matches on evidence).
 * Matching is one-to-one and greedy in golden order. Precision = matched / predicted items,
 * recall = matched / golden items.
 */
import { readFileSync } from 'node:fs';
import { gazetteer } from '../../src/lib/core/gazetteer';
import type { Story } from '../../src/lib/core/story/model';

export interface GoldEvidence {
	doc: string;
	quote: string;
}
export interface GoldItem {
	key: string;
	kind: 'event' | 'statement';
	act?: string;
	speaker?: string[];
	affiliation?: string;
	chain?: string[];
	about?: string;
	participants?: string[];
	when?: string | null;
	evidence: GoldEvidence[];
}
export interface Gold {
	documents: { id: string; published: string | null; title?: string }[];
	items: GoldItem[];
	links: { type: string; from: string; to: string }[];
	notChrome: string[];
}

export const GOLD_PATH = new URL('./seeds.golden.json', import.meta.url);

export function loadGold(): Gold {
	return JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold;
}

/** Resolve a golden quote to offsets in the document's text; throws when absent (a stale golden). */
export function resolve(story: Story, ev: GoldEvidence): { doc: string; start: number; end: number } {
	const doc = story.documents.find((d) => d.id === ev.doc);
	if (!doc) throw new Error(`golden: no document ${ev.doc}`);
	const at = doc.text.indexOf(ev.quote, doc.bodyStart);
	if (at < 0 || at >= doc.bodyEnd) throw new Error(`golden: quote not found in ${ev.doc}: ${ev.quote}`);
	return { doc: ev.doc, start: at, end: at + ev.quote.length };
}

type Pred = { id: string; kind: 'event' | 'statement'; act?: string; speaker?: string; participants?: string[]; evidence: { doc: string; start: number; end: number }[] };

export interface Scores {
	precision: number;
	recall: number;
	matched: number;
	predicted: number;
	golden: number;
	/** golden key → predicted id */
	pairs: Map<string, string>;
	missed: GoldItem[];
	spurious: Pred[];
}

export function score(story: Story, gold: Gold): Scores {
	const g = gazetteer();
	const preds: Pred[] = [
		...story.events.map((e) => ({ id: e.id, kind: 'event' as const, participants: e.participants, evidence: e.evidence })),
		...story.statements.map((s) => ({ id: s.id, kind: 'statement' as const, act: s.act, speaker: s.speaker, evidence: s.evidence }))
	];
	const affOf = (id: string): string | null => {
		if (g.get(id)) return id;
		return story.actors.find((a) => a.id === id)?.parent ?? null;
	};
	const overlaps = (p: Pred, gi: GoldItem) =>
		gi.evidence.some((ge) => {
			const r = resolve(story, ge);
			return p.evidence.some((e) => e.doc === r.doc && e.start < r.end && r.start < e.end);
		});
	const speakerOk = (p: Pred, gi: GoldItem) => {
		const sp = p.speaker ?? '';
		if (gi.speaker!.includes(sp)) return true;
		const goldUnlisted = gi.speaker!.every((s) => !g.get(s));
		const predUnlisted = !g.get(sp);
		return goldUnlisted && predUnlisted && (gi.affiliation ?? null) === affOf(sp);
	};
	const partsOk = (p: Pred, gi: GoldItem) =>
		!gi.participants!.length || gi.participants!.every((x) => p.participants!.some((y) => g.related(x, y)));
	const used = new Set<string>();
	const pairs = new Map<string, string>();
	for (const gi of gold.items) {
		const m = preds.find(
			(p) =>
				!used.has(p.id) &&
				p.kind === gi.kind &&
				overlaps(p, gi) &&
				(gi.kind === 'event' ? partsOk(p, gi) : p.act === gi.act && speakerOk(p, gi))
		);
		if (m) {
			used.add(m.id);
			pairs.set(gi.key, m.id);
		}
	}
	const matched = pairs.size;
	return {
		precision: preds.length ? matched / preds.length : 1,
		recall: gold.items.length ? matched / gold.items.length : 1,
		matched,
		predicted: preds.length,
		golden: gold.items.length,
		pairs,
		missed: gold.items.filter((gi) => !pairs.has(gi.key)),
		spurious: preds.filter((p) => !used.has(p.id))
	};
}
