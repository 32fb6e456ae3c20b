import { describe, expect, it } from 'vitest';
import { seedInputs } from '../../fixtures/seeds';
import { parseHtmlNode } from '../../../src/lib/core/reading/html-node';
import { readDocuments } from '../../../src/lib/core/story';
import { loadGold, resolve, score } from '../../golden/match';

const story = readDocuments(seedInputs(), { parseHtml: parseHtmlNode });
const gold = loadGold();
const s = score(story, gold);
const pred = (key: string) => {
	const id = s.pairs.get(key);
	return story.statements.find((x) => x.id === id) ?? story.events.find((x) => x.id === id);
};

describe('the seed story against the hand-reviewed golden', () => {
	it('reaches precision and recall of at least 0.95 on items (the bar of issue 13)', () => {
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});

	it('is byte-for-byte the same when read twice', () => {
		expect(JSON.stringify(readDocuments(seedInputs(), { parseHtml: parseHtmlNode }))).toBe(
			JSON.stringify(story)
		);
	});

	it.each(gold.documents.map((d) => [d.id, d.published] as const))(
		'dates document %s as %s',
		(id, published) => {
			const doc = story.documents.find((d) => d.id === id);
			expect(doc).toBeDefined();
			expect(doc!.published?.edtf ?? null).toBe(published);
		}
	);

	it('reads the Kurram article of seed 001 as its own document', () => {
		const kurram = story.documents.find((d) => d.id.endsWith('#2'))!;
		expect(kurram.title).toContain('باكستان تطلق عملية أمنية');
		const first = story.documents.find((d) => d.id === '001_5efe405581343bf2')!;
		expect(first.bodyEnd).toBeLessThanOrEqual(kurram.bodyStart);
	});

	it('merges the Sunday Times report of the meeting across 001 and 003, dated September 2015', () => {
		const st = pred('S-st-report')!;
		const docs = new Set(st.evidence.map((e) => e.doc));
		expect(docs).toEqual(new Set(['001_5efe405581343bf2', '003_4ec9eaed58d9fb5a']));
		const meeting = story.events.find((e) => e.id === (st as { about: string }).about)!;
		expect(meeting.when).toMatchObject({ earliest: '2015-09-01', latest: '2015-09-30', precision: 'month' });
	});

	it('keeps the chain ISNA ← CNN ← Zakharova in 002', () => {
		expect(pred('S-zakharova')).toMatchObject({
			speaker: 'Maria Zakharova',
			chain: ['ISNA', 'CNN', 'Maria Zakharova']
		});
	});

	it('reads the Washington Post report with two anonymous Taliban leaders and the Pakistani official', () => {
		expect(pred('S-wapo-two-leaders')).toMatchObject({
			speaker: 'two anonymous Taliban leaders',
			chain: ['The Washington Post', 'two anonymous Taliban leaders']
		});
		expect(pred('S-pak-official')).toMatchObject({ act: 'claim', speaker: 'anonymous Pakistani official' });
	});

	it('dates the claimed HTS allegiance in 004 to 26 January 2022', () => {
		expect(pred('S-khorasani')).toMatchObject({ saidAt: { earliest: '2022-01-26', latest: '2022-01-26' } });
	});

	it.each(gold.links.map((l) => [l.type, l.from, l.to] as const))(
		'links %s from %s to %s',
		(type, from, to) => {
			const f = s.pairs.get(from);
			const t = s.pairs.get(to);
			expect(f && t).toBeTruthy();
			expect(story.links).toContainEqual({ type, from: f, to: t });
		}
	);

	it.each(gold.notChrome)('reads no item from the site chrome "%s"', (phrase) => {
		for (const d of story.documents) {
			const at = d.text.indexOf(phrase);
			if (at < 0) continue;
			const items = [...story.statements, ...story.events].filter((i) =>
				i.evidence.some((e) => e.doc === d.id && e.start <= at && at < e.end)
			);
			expect(items).toEqual([]);
		}
	});

	it('resolves every golden quote inside its document body', () => {
		for (const i of gold.items) for (const e of i.evidence) expect(() => resolve(story, e)).not.toThrow();
	});
});
