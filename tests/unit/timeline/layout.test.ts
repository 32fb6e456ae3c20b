import { describe, expect, it } from 'vitest';
import {
	FIXTURE_STORY,
	GLYPH_R,
	defaultView,
	fitWindow,
	isoToDay,
	itemDays,
	layoutFrame,
	layoutTimeline,
	overviewBins,
	prepareTimeline,
	storyToItems,
	syntheticItems,
	type TimelineLayout
} from '$lib/core/timeline';

const story = storyToItems(FIXTURE_STORY);
const synth = syntheticItems(10_000, 42);
const size = { width: 1200, height: 2000 };

function inWindow(items: typeof synth.items, w: [number, number]) {
	return items.filter((it) => {
		const d = itemDays(it);
		return d && d[0] < w[1] && d[1] > w[0];
	}).length;
}

function overlaps(L: TimelineLayout): string[] {
	const bad: string[] = [];
	const byRow = new Map<string, typeof L.glyphs>();
	for (const g of L.glyphs) {
		const k = `${g.lane}|${g.y}`;
		byRow.set(k, [...(byRow.get(k) ?? []), g]);
	}
	for (const row of byRow.values()) {
		const boxes = row
			.map(
				(g) =>
					[
						Math.min(g.x - GLYPH_R, g.span?.[0] ?? Infinity),
						Math.max(g.x + GLYPH_R, g.span?.[1] ?? -Infinity),
						g.id
					] as const
			)
			.sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < boxes.length; i++)
			if (boxes[i][0] < boxes[i - 1][1]) bad.push(`${boxes[i - 1][2]}/${boxes[i][2]}`);
	}
	return bad;
}

describe('layoutFrame', () => {
	it.each([
		['the fixture story, fitted', story.items, story.links, null],
		['10,000 synthetic items, fitted', synth.items, synth.links, null],
		[
			'10,000 synthetic items, one month',
			synth.items,
			synth.links,
			[isoToDay('2015-03-01'), isoToDay('2015-04-01')]
		],
		[
			'10,000 synthetic items, one year',
			synth.items,
			synth.links,
			[isoToDay('2015-01-01'), isoToDay('2016-01-01')]
		]
	] as const)('for %s, drawn glyphs never overlap within a lane row', (_n, items, links, w) => {
		const v = defaultView();
		const prep = prepareTimeline(items, links, v.filters, v.lanes);
		const L = layoutFrame(prep, v, w ? [w[0], w[1]] : fitWindow(prep), size);
		expect(overlaps(L)).toEqual([]);
	});

	it.each([
		['fitted', null],
		['one year', [isoToDay('2015-01-01'), isoToDay('2016-01-01')]],
		['one week', [isoToDay('2015-03-01'), isoToDay('2015-03-08')]]
	] as const)('%s: every item in the window is drawn or counted exactly once', (_n, w) => {
		const v = defaultView();
		const prep = prepareTimeline(synth.items, synth.links, v.filters, v.lanes);
		const win: [number, number] = w ? [w[0], w[1]] : fitWindow(prep);
		const L = layoutFrame(prep, v, win, { width: 1200, height: 100_000 });
		const counted = L.aggregates.reduce((n, a) => n + a.count, 0);
		expect(L.glyphs.length + counted).toBe(inWindow(synth.items, win));
		expect(new Set(L.glyphs.map((g) => g.id)).size).toBe(L.glyphs.length);
	});

	it('aggregates dense lanes so the number of marks is bounded by the width, not the data', () => {
		const v = defaultView();
		const big = syntheticItems(100_000, 7);
		const prep = prepareTimeline(big.items, big.links, v.filters, v.lanes);
		const L = layoutFrame(prep, v, fitWindow(prep), { width: 1200, height: 800 });
		expect(L.glyphs.length + L.aggregates.length).toBeLessThan(1200);
		expect(L.aggregates.length).toBeGreaterThan(0);
	}, 30_000);

	it('reveals individual items when zoomed in (fewer aggregates, more glyphs)', () => {
		const v = defaultView();
		const prep = prepareTimeline(synth.items, synth.links, v.filters, v.lanes);
		const wide = layoutFrame(prep, v, fitWindow(prep), size);
		const narrow = layoutFrame(prep, v, [isoToDay('2015-03-01'), isoToDay('2015-03-15')], size);
		expect(narrow.glyphs.length).toBeGreaterThan(wide.glyphs.length);
		expect(narrow.aggregates.reduce((n, a) => n + a.count, 0)).toBeLessThan(
			wide.aggregates.reduce((n, a) => n + a.count, 0)
		);
	});

	it('never drops undated items: they are listed beside the axis', () => {
		const L = layoutTimeline(story.items, story.links, defaultView(), size);
		expect(L.undated.map((u) => u.id).sort()).toEqual(['d3', 's8']);
	});

	it('mirrors glyphs, spans and links exactly in a right-to-left layout', () => {
		const ltr = layoutTimeline(story.items, story.links, defaultView(), size);
		const rtl = layoutTimeline(story.items, story.links, { ...defaultView(), rtl: true }, size);
		expect(rtl.glyphs.map((g) => g.id)).toEqual(ltr.glyphs.map((g) => g.id));
		rtl.glyphs.forEach((g, i) => {
			expect(g.x).toBeCloseTo(size.width - ltr.glyphs[i].x, 6);
			expect(g.y).toBe(ltr.glyphs[i].y);
			if (g.span) expect(g.span[0]).toBeCloseTo(size.width - ltr.glyphs[i].span![1], 6);
			expect(g.labelSide).toBe('left');
		});
		expect(rtl.links.length).toBeGreaterThan(0);
		rtl.links.forEach((l, i) => {
			const tip = (s: string) => s.split(' ')[0].split(',').map(Number);
			const [x, y] = tip(l.arrow);
			const [lx, ly] = tip(ltr.links[i].arrow);
			expect(x).toBeCloseTo(size.width - lx, 0);
			expect(y).toBeCloseTo(ly, 5);
		});
	});

	it('draws a link from each denial to what it denies, with an arrowhead at the target', () => {
		const L = layoutTimeline(story.items, story.links, defaultView(), size);
		const d = L.links.find((l) => l.from === 's3' && l.to === 's1');
		expect(d?.type).toBe('denies');
		expect(d?.d).toMatch(/^M[\d.-]+,[\d.-]+C/);
	});

	it('puts each item in the lane of its first actor, outlet, document or kind', () => {
		for (const lanes of ['actor', 'outlet', 'kind', 'document', 'none'] as const) {
			const prep = prepareTimeline(story.items, story.links, defaultView().filters, lanes);
			const total = prep.lanes.reduce((n, l) => n + l.items.length, 0);
			expect(total).toBe(story.items.length - 2);
			if (lanes === 'none') expect(prep.lanes).toHaveLength(1);
		}
	});

	it('is deterministic: the same input lays out identically', () => {
		const a = layoutTimeline(
			story.items,
			story.links,
			{ ...defaultView(), calendar: 'persian', calendar2: 'gregorian' },
			size
		);
		const b = layoutTimeline(
			story.items,
			story.links,
			{ ...defaultView(), calendar: 'persian', calendar2: 'gregorian' },
			size
		);
		const strip = (L: TimelineLayout) => JSON.stringify({ ...L, x: 0, day: 0 });
		expect(strip(a)).toBe(strip(b));
		expect(a.ticks2.length).toBeGreaterThan(0);
	});

	it('counts every dated item once in the overview bins', () => {
		const v = defaultView();
		const prep = prepareTimeline(synth.items, synth.links, v.filters, v.lanes);
		const [s, e] = fitWindow(prep);
		const bins = overviewBins(prep, s, e, 300);
		expect(bins.reduce((n, c) => n + c, 0)).toBe(synth.items.filter((i) => i.when).length);
	});
});

describe('links at every zoom', () => {
	const when = (iso: string) => ({
		earliest: iso,
		latest: iso,
		precision: 'day' as const,
		calendar: 'gregorian' as const,
		edtf: iso,
		text: ''
	});
	const item = (id: string, kind: 'claim' | 'denial', day: string, actor: string) => ({
		...story.items[0],
		id,
		kind,
		label: id,
		when: when(day),
		actors: [actor],
		status: null
	});
	// One denial and three claims said on the same day: drawn stacked, one above the other.
	const stacked = [
		item('d', 'denial', '2015-12-25', 'A'),
		item('c1', 'claim', '2015-12-25', 'A'),
		item('c2', 'claim', '2015-12-25', 'A'),
		item('c3', 'claim', '2015-12-25', 'B')
	];
	const denies = ['c1', 'c2', 'c3'].map((to) => ({ type: 'denies' as const, from: 'd', to }));
	const view = { ...defaultView(), window: { start: '2015-12-01', end: '2016-01-01' } };
	/** Control points of a link path "Mx,yCx1,y1 x2,y2 x,y". */
	const points = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number);

	it('draws links between stacked items as distinct arcs bowing sideways, not one vertical line', () => {
		const L = layoutTimeline(stacked, denies, view, size);
		const x = L.glyphs.find((g) => g.id === 'd')!.x;
		expect(L.glyphs.every((g) => Math.abs(g.x - x) < 0.01)).toBe(true);
		expect(L.links).toHaveLength(3);
		const bows = L.links.map((l) => {
			const p = points(l.d);
			// the control points stand off the column of glyphs, towards earlier time (left in LTR)
			expect(p[2]).toBeLessThan(x - 5);
			expect(p[4]).toBeLessThan(x - 5);
			return Math.round(x - p[2]);
		});
		expect(new Set(bows).size).toBe(3);
	});

	it('bows the other way in a right-to-left layout (mirrored)', () => {
		const ltr = layoutTimeline(stacked, denies, view, size);
		const rtl = layoutTimeline(stacked, denies, { ...view, rtl: true }, size);
		rtl.links.forEach((l, i) => {
			const a = points(l.d);
			const b = points(ltr.links[i].d);
			expect(a[2]).toBeCloseTo(size.width - b[2], 0);
		});
	});

	it('ends a link at the density bucket of a claim counted there, and draws it once per pair of buckets', () => {
		// Eight claims on one day in lane A: three rows are drawn, the rest counted in a bucket.
		const many = Array.from({ length: 8 }, (_, i) => item(`c${i}`, 'claim', '2015-12-10', 'A'));
		const d = item('d', 'denial', '2015-12-25', 'B');
		const links = many.map((c) => ({ type: 'denies' as const, from: 'd', to: c.id }));
		const L = layoutTimeline([...many, d], links, view, size);
		const counted = many.filter((c) => !L.glyphs.some((g) => g.id === c.id));
		expect(counted.length).toBeGreaterThan(0);
		const toBucket = L.links.filter((l) => l.toCounted);
		expect(toBucket).toHaveLength(1);
		const [bx, by] = toBucket[0].arrow.split(' ')[0].split(',').map(Number);
		const box = L.aggregates[0];
		expect(bx).toBeGreaterThan(box.x - 2);
		expect(bx).toBeLessThan(box.x + box.width + 2);
		expect(Math.abs(by - (box.y + box.height / 2))).toBeLessThanOrEqual(box.height / 2 + 2);
		// the drawn claims keep their own links
		expect(L.links.filter((l) => !l.toCounted)).toHaveLength(many.length - counted.length);
	});

	it('draws every item of an opened lane, and of every lane with aggregate: false', () => {
		const many = Array.from({ length: 8 }, (_, i) => item(`c${i}`, 'claim', '2015-12-10', 'A'));
		const closed = layoutTimeline(many, [], view, size);
		expect(closed.glyphs.length).toBeLessThan(8);
		const opened = layoutTimeline(many, [], view, { ...size, expanded: new Set(['A']) });
		expect(opened.glyphs).toHaveLength(8);
		expect(opened.aggregates).toHaveLength(0);
		const all = layoutTimeline(synth.items, [], defaultView(), { ...size, aggregate: false });
		expect(all.aggregates).toHaveLength(0);
		expect(all.glyphs.length).toBeGreaterThan(1000);
	});
});

describe('links bounded by the pixels, not the data', () => {
	it('draws no more links than the glyphs on screen and a few pairs of stacks, at 100,000 items', () => {
		const big = syntheticItems(100_000, 42);
		const v = defaultView();
		const prep = prepareTimeline(big.items, big.links, v.filters, v.lanes);
		const fit = fitWindow(prep);
		for (const w of [fit, [fit[0], fit[0] + (fit[1] - fit[0]) / 50] as [number, number]]) {
			const L = layoutFrame(prep, v, w, size);
			const fromGlyphs = L.links.filter((l) => !l.fromCounted || !l.toCounted).length;
			expect(L.links.length - fromGlyphs).toBeLessThanOrEqual(60);
			expect(fromGlyphs).toBeLessThanOrEqual(L.glyphs.length * 8);
		}
	}, 30_000);
});
