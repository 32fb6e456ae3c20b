/**
 * The per-filter index the timeline lays out from on every frame: items filtered once, split into
 * lanes, each lane sorted by start day with typed arrays so that the visible window is found by
 * binary search rather than a scan. Rebuilt only when items, links, filters or lane mode change —
 * never on zoom or pan.
 */
import { DAY_MS, isoToDay, dayToIso } from './axis-calendar';
import { itemPredicate, type ActorNames } from './filter';
import type { TimelineItem, TimelineLink } from './item';
import type { LaneMode, TimelineFilters } from './view';

export interface PreparedLane {
	key: string;
	label: string;
	/** Dated items of this lane, sorted by start day (ties by id). */
	items: TimelineItem[];
	/** start[i] / end[i]: item i's first day and the day after its last (day numbers, end exclusive). */
	start: Float64Array;
	end: Float64Array;
	/** The longest item in the lane (days), to bound the binary search for items starting before the window. */
	maxSpan: number;
	/** Ends ascending: how many items end by a day (the visible count, by binary search). */
	endSorted: Float64Array;
	/**
	 * Centres ((start + end) / 2) ascending, with each item's start and end in that order: a
	 * density bucket is a run of this order, found by binary search.
	 */
	mid: Float64Array;
	midStart: Float64Array;
	midEnd: Float64Array;
	/** Per block of BLOCK items in centre order, the least start and the greatest end. */
	blockStart: Float64Array;
	blockEnd: Float64Array;
}

/** Items per block of the centre order's start/end summaries. */
export const BLOCK = 32;

export interface PreparedTimeline {
	/** Every item passing the filters (dated and undated), in input order. */
	items: TimelineItem[];
	lanes: PreparedLane[];
	/** Items without a date: listed beside the axis, never dropped. */
	undated: TimelineItem[];
	/** First and last day covered by dated items (end exclusive), or null when none are dated. */
	extent: [number, number] | null;
	/** Links whose both ends pass the filters. */
	links: TimelineLink[];
	byId: Map<string, TimelineItem>;
}

const NO_LANE = '—';

/** The lane an item falls in under `mode`: its first actor/outlet/document, its kind, or one lane. */
export function laneKey(item: TimelineItem, mode: LaneMode): string {
	switch (mode) {
		case 'actor':
			return item.actors[0] ?? NO_LANE;
		case 'outlet':
			return item.outlets[0] ?? NO_LANE;
		case 'document':
			return item.docs[0] ?? NO_LANE;
		case 'kind':
			return item.kind;
		default:
			return '';
	}
}

/** An item's first day and the day after its last (day numbers), or null when undated or malformed. */
export function itemDays(item: TimelineItem): [number, number] | null {
	if (!item.when) return null;
	const s = isoToDay(item.when.earliest);
	const e = isoToDay(item.when.latest);
	if (!Number.isFinite(s) || !Number.isFinite(e)) return null;
	return [Math.min(s, e), Math.max(s, e) + 1];
}

export interface PrepareOptions {
	/** Display name of a lane key (a document's title, an actor's name); default the key. */
	laneLabel?: (key: string, mode: LaneMode) => string;
	/** The story's actors, so that a search finds their other names and spellings. */
	actors?: readonly ActorNames[];
}

/**
 * Filters, splits into lanes and indexes. Lanes are ordered by their first item in time (then by
 * name), the empty-key lane last. O(n log n).
 */
export function prepareTimeline(
	items: readonly TimelineItem[],
	links: readonly TimelineLink[],
	filters: TimelineFilters,
	lanes: LaneMode,
	opts: PrepareOptions = {}
): PreparedTimeline {
	const laneLabel = opts.laneLabel ?? ((k: string) => k);
	const pass = itemPredicate(filters, opts.actors);
	const kept: TimelineItem[] = [];
	const undated: TimelineItem[] = [];
	const groups = new Map<string, { item: TimelineItem; s: number; e: number }[]>();
	const byId = new Map<string, TimelineItem>();
	let lo = Infinity;
	let hi = -Infinity;
	for (const it of items) {
		if (!pass(it)) continue;
		kept.push(it);
		byId.set(it.id, it);
		const days = itemDays(it);
		if (!days) {
			undated.push(it);
			continue;
		}
		const key = laneKey(it, lanes);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = []));
		g.push({ item: it, s: days[0], e: days[1] });
		if (days[0] < lo) lo = days[0];
		if (days[1] > hi) hi = days[1];
	}
	const byTime = (a: { item: TimelineItem; s: number }, b: { item: TimelineItem; s: number }) =>
		a.s - b.s || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
	const laneList: PreparedLane[] = [];
	for (const [key, g] of groups) {
		g.sort(byTime);
		const start = new Float64Array(g.length);
		const end = new Float64Array(g.length);
		let maxSpan = 0;
		g.forEach((x, i) => {
			start[i] = x.s;
			end[i] = x.e;
			if (x.e - x.s > maxSpan) maxSpan = x.e - x.s;
		});
		laneList.push({
			key,
			label: key === '' ? '' : laneLabel(key, lanes),
			items: g.map((x) => x.item),
			start,
			end,
			maxSpan,
			endSorted: Float64Array.from(end).sort(),
			...centreOrder(start, end)
		});
	}
	laneList.sort((a, b) => {
		if ((a.key === NO_LANE) !== (b.key === NO_LANE)) return a.key === NO_LANE ? 1 : -1;
		return a.start[0] - b.start[0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	});
	return {
		items: kept,
		lanes: laneList,
		undated,
		extent: Number.isFinite(lo) ? [lo, hi] : null,
		links: links.filter((l) => byId.has(l.from) && byId.has(l.to)),
		byId
	};
}

/** The centre order of a lane's items and its per-block summaries (see PreparedLane). */
function centreOrder(start: Float64Array, end: Float64Array) {
	const n = start.length;
	const centre = (i: number) => (start[i] + end[i]) / 2;
	// Starts are sorted, so centres nearly are: the sort has little to do.
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => centre(a) - centre(b) || a - b);
	const mid = new Float64Array(n);
	const midStart = new Float64Array(n);
	const midEnd = new Float64Array(n);
	const blocks = Math.ceil(n / BLOCK);
	const blockStart = new Float64Array(blocks).fill(Infinity);
	const blockEnd = new Float64Array(blocks).fill(-Infinity);
	order.forEach((i, k) => {
		mid[k] = centre(i);
		midStart[k] = start[i];
		midEnd[k] = end[i];
		const b = (k / BLOCK) | 0;
		if (start[i] < blockStart[b]) blockStart[b] = start[i];
		if (end[i] > blockEnd[b]) blockEnd[b] = end[i];
	});
	return { mid, midStart, midEnd, blockStart, blockEnd };
}

const orders = new WeakMap<PreparedTimeline, string[]>();
const positions = new WeakMap<PreparedTimeline, Map<string, [number, number]>>();

/**
 * Item ids in reading order — dated items by start day across lanes (ties by lane, then id), then
 * the undated ones — for keyboard navigation. Computed on first use and cached per index.
 */
export function readingOrder(prep: PreparedTimeline): string[] {
	let o = orders.get(prep);
	if (o) return o;
	const all: { id: string; s: number; lane: number }[] = [];
	prep.lanes.forEach((lane, li) =>
		lane.items.forEach((it, i) => all.push({ id: it.id, s: lane.start[i], lane: li }))
	);
	all.sort((a, b) => a.s - b.s || a.lane - b.lane || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	o = [...all.map((x) => x.id), ...prep.undated.map((u) => u.id)];
	orders.set(prep, o);
	return o;
}

/** item id → [lane index, index in lane] for dated items; computed on first use and cached. */
export function itemPosition(prep: PreparedTimeline, id: string): [number, number] | undefined {
	let p = positions.get(prep);
	if (!p) {
		p = new Map();
		const m = p;
		prep.lanes.forEach((lane, li) => lane.items.forEach((it, i) => m.set(it.id, [li, i])));
		positions.set(prep, p);
	}
	return p.get(id);
}

/** First index i with arr[i] > x (arr sorted ascending). */
export function upperBound(arr: Float64Array, x: number): number {
	let lo = 0;
	let hi = arr.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (arr[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index i with arr[i] >= x (arr sorted ascending). */
export function lowerBound(arr: Float64Array, x: number): number {
	let lo = 0;
	let hi = arr.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (arr[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * A view window (ISO strings, end exclusive) → day numbers; times of day are kept as fractions.
 * Returns null for a missing or malformed window.
 */
export function windowToDays(w: { start: string; end: string } | null): [number, number] | null {
	if (!w) return null;
	const s = isoToFractionalDay(w.start);
	const e = isoToFractionalDay(w.end);
	return Number.isFinite(s) && Number.isFinite(e) && e > s ? [s, e] : null;
}

function isoToFractionalDay(iso: string): number {
	const day = isoToDay(iso);
	const t = /T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?Z$/.exec(iso);
	if (!t) return day;
	return day + (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400;
}

/**
 * Day numbers → a view window; whole days stay plain ISO days, fractions get a UTC time to the
 * minute (enough for any zoom a person uses) so links stay short.
 */
export function daysToWindow(start: number, end: number): { start: string; end: string } {
	const fmt = (d: number) => {
		const whole = Math.floor(d);
		const minutes = Math.round((d - whole) * 1440);
		if (minutes === 0) return dayToIso(whole);
		if (minutes === 1440) return dayToIso(whole + 1);
		return new Date(whole * DAY_MS + minutes * 60_000).toISOString().slice(0, 16) + 'Z';
	};
	return { start: fmt(start), end: fmt(end) };
}
