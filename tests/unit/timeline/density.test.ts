import { describe, expect, it } from 'vitest';
import {
	dayToIso,
	defaultView,
	fitWindow,
	itemDays,
	layoutFrame,
	prepareTimeline,
	syntheticItems,
	type TimelineItem
} from '$lib/core/timeline';
import { mulberry32 } from '$lib/core/timeline/synthetic';

const BUCKET_PX = 28;

/**
 * Synthetic items plus long spans (a year, three years, a decade): items reaching into a window
 * with their centre outside it are the density buckets' edge case.
 */
function itemsWithLongSpans(n: number, seed: number): TimelineItem[] {
	const { items } = syntheticItems(n, seed);
	const rnd = mulberry32(seed + 1);
	return items.map((it, i) => {
		if (i % 40 !== 0 || !it.when) return it;
		const days = [365, 3 * 365, 3650][i % 3];
		const start = 14_610 + Math.floor(rnd() * 3650);
		return { ...it, when: { ...it.when, earliest: dayToIso(start), latest: dayToIso(start + days) } };
	});
}

/**
 * The density buckets of the aggregated lanes, item by item: each item overlapping the window is
 * counted in the pixel column of its centre, clamped to the plot. Key: lane key | column.
 */
function referenceBuckets(
	items: TimelineItem[],
	win: [number, number],
	plotW: number,
	laneKeys: Set<string>
) {
	const v = defaultView();
	const prep = prepareTimeline(items, [], v.filters, v.lanes);
	const out = new Map<string, { count: number; start: number; end: number }>();
	const n = Math.ceil(plotW / BUCKET_PX);
	for (const lane of prep.lanes) {
		if (!laneKeys.has(lane.key)) continue;
		for (const it of lane.items) {
			const [s, e] = itemDays(it)!;
			if (!(s < win[1] && e > win[0])) continue;
			const u = ((s + e) / 2 - win[0]) * (plotW / (win[1] - win[0]));
			const key = `${lane.key}|${Math.max(0, Math.min(n - 1, Math.floor(u / BUCKET_PX)))}`;
			const b = out.get(key);
			if (!b) out.set(key, { count: 1, start: s, end: e });
			else {
				b.count++;
				b.start = Math.min(b.start, s);
				b.end = Math.max(b.end, e);
			}
		}
	}
	return out;
}

describe('density buckets of lanes drawn as density only', () => {
	const cases: [string, number, number][] = [
		['10,000 items, seed 42', 10_000, 42],
		['20,000 items, seed 7', 20_000, 7],
		['3,000 items, seed 99', 3_000, 99]
	];
	it.each(cases)(
		'%s: every bucket holds the count and extent an item-by-item count gives, at any zoom, LTR and RTL',
		(_name, n, seed) => {
			const items = itemsWithLongSpans(n, seed);
			const v = defaultView();
			const prep = prepareTimeline(items, [], v.filters, v.lanes);
			const fit = fitWindow(prep);
			const rnd = mulberry32(seed);
			let compared = 0;
			for (let k = 0; k < 40; k++) {
				// Windows from the whole span down to a few weeks, anywhere in it.
				const span = (fit[1] - fit[0]) * Math.pow(0.01, rnd());
				const a = fit[0] + rnd() * (fit[1] - fit[0] - span);
				const win: [number, number] = [a, a + span];
				const rtl = k % 2 === 1;
				const L = layoutFrame(prep, { ...v, rtl }, win, { width: 1200, height: 100_000 });
				const dense = new Set(L.lanes.filter((l) => l.aggregated).map((l) => l.key));
				const got = new Map(
					L.aggregates
						.filter((x) => dense.has(prep.lanes[x.lane].key))
						.map((x) => [x.key, { count: x.count, start: x.start, end: x.end }])
				);
				const want = referenceBuckets(items, win, L.plot.x1 - L.plot.x0, dense);
				expect(got).toEqual(want);
				compared += want.size;
			}
			// The comparison is not vacuous: many buckets of dense lanes were compared.
			expect(compared).toBeGreaterThan(500);
		},
		// 20,000 items laid out at a dozen zooms, twice, and counted item by item: seconds on a busy machine
		30_000
	);
});
