/**
 * One frame of the timeline as positioned shapes — lanes, glyphs, uncertainty spans, density
 * aggregates, ticks and links — computed without a DOM, so the live component and the SVG/PNG
 * export draw the same picture.
 *
 * Speed: the window is found per lane by binary search over sorted start days; items are packed
 * into at most `maxRows` rows per lane, first fit in time order (optimal for intervals); what does
 * not fit is counted per pixel bucket. A lane with more visible items than its width can show is
 * drawn as density buckets only. Output size is therefore bounded by the pixel area, not the data.
 */
import { scaleLinear } from 'd3-scale';
import type { CalendarId } from '../time/time-value';
import { defaultLocale, type DisplayLocale } from './axis-calendar';
import type { ItemKind, TimelineItem, TimelineLink } from './item';
import {
	BLOCK,
	itemPosition,
	lowerBound,
	prepareTimeline,
	upperBound,
	windowToDays,
	type PrepareOptions,
	type PreparedLane,
	type PreparedTimeline
} from './prepare';
import { calendarAxisTicks, type AxisTick } from './ticks';
import type { TimelineView } from './view';

export interface LayoutOptions {
	width: number;
	height: number;
	/** Vertical scroll of the lanes area, px (only lanes in view are laid out). */
	scrollY?: number;
	/** Row height inside a lane, px. */
	rowHeight?: number;
	/** Rows per lane before items are counted instead of drawn. */
	maxRows?: number;
	/** Width of a density bucket, px. */
	bucketPx?: number;
	/** Width of the lane-label column, px (0 hides labels). */
	labelWidth?: number;
	/** Target tick count (default: one per ~90 px). */
	tickCount?: number;
	/**
	 * False draws every item as a glyph (as many rows as a lane needs, no density buckets): for an
	 * exported picture of a stretch that is counted on screen. Default true.
	 */
	aggregate?: boolean;
	/** Keys of lanes opened up to draw every item they hold (a stack the reader asked to see). */
	expanded?: ReadonlySet<string>;
}

export interface TickMark extends AxisTick {
	x: number;
}

export interface LaneBox {
	key: string;
	label: string;
	/** The label cut (with an ellipsis) to fit the lane-label column beside its count. */
	shortLabel: string;
	index: number;
	y: number;
	height: number;
	/** Items of the lane in the window (drawn or counted). */
	visible: number;
	/** Dated items of the lane in all (after filters). */
	total: number;
	/** True when the lane is drawn as density buckets only. */
	aggregated: boolean;
}

export interface Glyph {
	id: string;
	kind: ItemKind;
	status: TimelineItem['status'];
	item: TimelineItem;
	lane: number;
	/** Glyph centre. */
	x: number;
	y: number;
	/** The uncertainty span [earliest, latest+1 day) in px (x1 ≤ x2), when wider than the glyph. */
	span: [number, number] | null;
	approximate: boolean;
	/** Label text, or '' when the next item in the row leaves no room. */
	label: string;
	/** Which side the label goes: 'end' = after the glyph in reading direction. */
	labelSide: 'right' | 'left';
}

export interface Aggregate {
	key: string;
	lane: number;
	/** Its pixel column, counted from the window's start in the time direction. */
	bucket: number;
	/** Bucket box, px. */
	x: number;
	y: number;
	width: number;
	height: number;
	count: number;
	/** Day range covered by the counted items (for "zoom to reveal"). */
	start: number;
	end: number;
	/** Fraction 0..1 of the densest bucket in this frame, for shading. */
	density: number;
}

export interface LinkPath {
	key: string;
	type: TimelineLink['type'];
	from: string;
	to: string;
	/**
	 * The cubic and its arrowhead as 12 numbers (px, rounded to 0.1): start, control 1, control 2,
	 * end (the arrow's tip), then the arrowhead's two back corners.
	 */
	p: readonly number[];
	/** SVG path data of the curve (made from `p` when asked). */
	readonly d: string;
	/** Arrowhead triangle as SVG `points` (made from `p` when asked). */
	readonly arrow: string;
	/** An end lies in a density bucket (the item is counted there, not drawn): the link meets the bucket. */
	fromCounted: boolean;
	toCounted: boolean;
}

/** A link of a frame: numbers; its SVG strings are written only for what needs them (overlay, files). */
class FrameLink implements LinkPath {
	constructor(
		readonly key: string,
		readonly type: TimelineLink['type'],
		readonly from: string,
		readonly to: string,
		readonly p: readonly number[],
		readonly fromCounted: boolean,
		readonly toCounted: boolean
	) {}
	get d(): string {
		const p = this.p;
		return `M${p[0]},${p[1]}C${p[2]},${p[3]} ${p[4]},${p[5]} ${p[6]},${p[7]}`;
	}
	get arrow(): string {
		const p = this.p;
		return `${p[6]},${p[7]} ${p[8]},${p[9]} ${p[10]},${p[11]}`;
	}
}

export interface TimelineLayout {
	width: number;
	height: number;
	rtl: boolean;
	/** Plot area (x0 < x1). */
	plot: { x0: number; x1: number; y0: number; y1: number };
	/** The window shown, day numbers [start, end). */
	window: [number, number];
	/** Day number → x. */
	x: (day: number) => number;
	/** x → day number. */
	day: (x: number) => number;
	axisHeight: number;
	ticks: TickMark[];
	/** Second label row in another calendar (its own boundaries), or []. */
	ticks2: TickMark[];
	lanes: LaneBox[];
	/** Height all lanes would take (for a vertical scrollbar). */
	contentHeight: number;
	glyphs: Glyph[];
	aggregates: Aggregate[];
	links: LinkPath[];
	undated: TimelineItem[];
	calendar: CalendarId;
	locale: DisplayLocale;
}

export const GLYPH_R = 6;
const GAP = 2;
const LANE_PAD = 6;

/** The window to show when the view has none: the items' extent padded by 3 %, or the last year. */
export function fitWindow(prep: PreparedTimeline): [number, number] {
	if (!prep.extent) {
		const today = Math.floor(Date.now() / 86_400_000);
		return [today - 365, today + 1];
	}
	const [s, e] = prep.extent;
	const pad = Math.max(1, (e - s) * 0.03);
	return [s - pad, e + pad];
}

/** A label's width in px at 11 px, estimated (layout must not depend on a DOM). */
function labelWidth(s: string): number {
	return s.length * 6.2 + 6;
}

/** `s` cut on a character boundary (with an ellipsis) to about `px` at 11 px; '' when nothing fits. */
function fitLabel(s: string, px: number): string {
	if (labelWidth(s) <= px) return s;
	const n = Math.floor((px - 6) / 6.2) - 1;
	return n >= 3 ? [...s].slice(0, n).join('').trimEnd() + '…' : '';
}

const LABEL_CHARS = 48;
/** Glyph labels stay short; the tooltip and the table carry the whole sentence. */
function clip(s: string): string {
	return s.length <= LABEL_CHARS ? s : s.slice(0, LABEL_CHARS - 1).trimEnd() + '…';
}

/**
 * Lays out one frame from a prepared index. Pure; `window` is [start, end) in day numbers.
 * @example layoutFrame(prepareTimeline(items, links, view.filters, view.lanes), view, [16700, 16800], { width: 900, height: 400 })
 */
export function layoutFrame(
	prep: PreparedTimeline,
	view: Pick<TimelineView, 'calendar' | 'calendar2' | 'locale' | 'rtl'>,
	window: [number, number],
	opts: LayoutOptions
): TimelineLayout {
	const width = Math.max(50, opts.width);
	const height = Math.max(50, opts.height);
	const rowH = opts.rowHeight ?? 18;
	const everyItem = opts.aggregate === false;
	const maxRows = everyItem ? Infinity : (opts.maxRows ?? 3);
	const bucketPx = opts.bucketPx ?? 28;
	const lw = Math.min(opts.labelWidth ?? 120, width / 3);
	const scrollY = opts.scrollY ?? 0;
	const rtl = view.rtl;
	const locale = view.locale ?? defaultLocale(view.calendar);
	const axisHeight = view.calendar2 ? 40 : 24;
	const x0 = rtl ? 8 : lw + 8;
	const x1 = rtl ? width - lw - 8 : width - 8;
	const y0 = axisHeight;
	const y1 = height;
	const [ws, we] = window;
	const scale = scaleLinear()
		.domain([ws, we])
		.range(rtl ? [x1, x0] : [x0, x1]);
	const xOf = (d: number) => scale(d);
	const plotW = x1 - x0;
	const pxPerDay = plotW / (we - ws);
	// u: distance along the time direction from the window start, px (the same in LTR and RTL).
	const uOf = (d: number) => (d - ws) * pxPerDay;
	const xOfU = (u: number) => (rtl ? x1 - u : x0 + u);

	const count = opts.tickCount ?? Math.max(2, Math.floor(plotW / 90));
	// A label runs from its tick in the reading direction; one that would leave the plot is blanked
	// (the tick line stays) rather than clipped mid-word.
	const place = (ts: AxisTick[]): TickMark[] =>
		ts.map((t) => {
			const x = xOf(t.day);
			const w = labelWidth(t.label);
			const fits = rtl ? x - w >= 0 : x + w <= width;
			// Spelled out, not spread: a frame places a few dozen ticks and a spread is a slow copy.
			return { day: t.day, label: fits ? t.label : '', level: t.level, major: t.major, x };
		});
	const ticks = place(calendarAxisTicks(view.calendar, ws, we, count, locale));
	const ticks2 = view.calendar2
		? place(calendarAxisTicks(view.calendar2, ws, we, count, view.locale ?? defaultLocale(view.calendar2)))
		: [];

	const glyphs: Glyph[] = [];
	const aggregates: Aggregate[] = [];
	const lanes: LaneBox[] = [];
	// More items than one per 12 px of width: draw the lane as density only (bounds the DOM to
	// about width/30 glyphs per lane, revealed on zoom).
	const denseLimit = everyItem ? Infinity : Math.max(4, plotW / 30);
	// Labels only where a lane is sparse: text is the costliest node to create while zooming.
	const labelLimit = Math.max(3, plotW / 60);
	let yCursor = y0 + 4 - scrollY;
	let maxBucket = 1;
	const rowsEnd: number[] = [];
	const rowLast: number[] = [];
	// Per glyph, while its lane is laid out: its row, and where its label would end (u, px).
	const glyphRow: number[] = [];
	const glyphItem: number[] = [];
	const labelEnd: number[] = [];
	// Density buckets of the lane being laid out, by pixel column: typed arrays reused across
	// lanes, and the list of the ones touched (in first-touch order) to read and reset them.
	const nBuckets = Math.max(1, Math.ceil(plotW / bucketPx));
	const bCount = new Int32Array(nBuckets);
	const bStart = new Float64Array(nBuckets);
	const bEnd = new Float64Array(nBuckets);
	const touched: number[] = [];

	/** Adds n items with the given least start and greatest end to bucket bk. */
	const addToBucket = (bk: number, n: number, s: number, e: number) => {
		if (bCount[bk] === 0) {
			touched.push(bk);
			bStart[bk] = s;
			bEnd[bk] = e;
		} else {
			if (s < bStart[bk]) bStart[bk] = s;
			if (e > bEnd[bk]) bEnd[bk] = e;
		}
		bCount[bk] += n;
	};
	const daysPerBucket = bucketPx / pxPerDay;
	/**
	 * Density buckets of a lane drawn as density only, without visiting its items one by one: a
	 * bucket holds the items whose centre falls in its pixel column, a run of the lane's centre
	 * order found by binary search, its extent read from per-block summaries. Items reaching into
	 * the window with their centre outside it go to the edge bucket, as in the item-by-item path;
	 * only those are visited (they start within maxSpan of an edge).
	 */
	const bucketLane = (lane: PreparedLane, loIdx: number, hiIdx: number) => {
		const { start, end, mid } = lane;
		const last = nBuckets - 1;
		for (let i = loIdx; i < hiIdx && start[i] < ws; i++)
			if (end[i] > ws && (start[i] + end[i]) / 2 < ws) addToBucket(0, 1, start[i], end[i]);
		const iR = lowerBound(mid, we);
		let lo = lowerBound(mid, ws);
		for (let k = 0; k <= last && lo < iR; k++) {
			const hi = k === last ? iR : Math.min(iR, lowerBound(mid, ws + (k + 1) * daysPerBucket));
			if (hi > lo) {
				const [s, e] = runExtent(lane, lo, hi);
				addToBucket(k, hi - lo, s, e);
			}
			lo = Math.max(lo, hi);
		}
		for (let i = lowerBound(start, we - lane.maxSpan); i < hiIdx; i++)
			if ((start[i] + end[i]) / 2 >= we) addToBucket(last, 1, start[i], end[i]);
	};

	prep.lanes.forEach((lane, li) => {
		// The visible slice: items with start < we and end > ws. Starts are sorted; ends are bounded by
		// maxSpan. Counted by binary search: those starting before we, less those ending by ws (which
		// all start before we too).
		const hiIdx = lowerBound(lane.start, we);
		const loIdx = lowerBound(lane.start, ws - lane.maxSpan);
		const visible = hiIdx - upperBound(lane.endSorted, ws);
		const open = opts.expanded?.has(lane.key) ?? false;
		const laneRows = open ? Infinity : maxRows;
		const aggregated = !open && visible > denseLimit;
		const labelled = visible <= labelLimit;
		const laneTop = yCursor;
		rowsEnd.length = 0;
		rowLast.length = 0;
		touched.length = 0;
		const laneGlyphStart = glyphs.length;
		// Lanes far outside the viewport are not laid out item by item; their height is estimated.
		const offscreen = laneTop > y1 + 10;
		if (!offscreen && aggregated) {
			bucketLane(lane, loIdx, hiIdx);
		} else if (!offscreen) {
			for (let i = loIdx; i < hiIdx; i++) {
				const s = lane.start[i];
				const e = lane.end[i];
				if (e <= ws) continue;
				const us = uOf(s);
				const ue = uOf(e);
				const uc = (us + ue) / 2;
				const a = Math.min(us, uc - GLYPH_R);
				const b = Math.max(ue, uc + GLYPH_R);
				let row = -1;
				for (let r = 0; r < rowsEnd.length; r++) {
					if (rowsEnd[r] + GAP <= a) {
						row = r;
						break;
					}
				}
				if (row < 0 && rowsEnd.length < laneRows) {
					row = rowsEnd.length;
					rowsEnd.push(-Infinity);
					rowLast.push(-1);
				}
				if (row >= 0) {
					const item = lane.items[i];
					const prev = rowLast[row];
					// The previous glyph in this row keeps its label only if this one leaves room.
					if (prev >= 0 && glyphs[prev].label && labelEnd[prev] + GAP > a) glyphs[prev].label = '';
					const label = clip(item.label);
					rowLast[row] = glyphs.length;
					glyphRow[glyphs.length] = row;
					glyphItem[glyphs.length] = i;
					labelEnd[glyphs.length] = uc + GLYPH_R + 3 + labelWidth(label);
					glyphs.push({
						id: item.id,
						kind: item.kind,
						status: item.status,
						item,
						lane: li,
						x: xOfU(uc),
						y: 0,
						span: ue - us > GLYPH_R * 2 ? (rtl ? [xOfU(ue), xOfU(us)] : [xOfU(us), xOfU(ue)]) : null,
						approximate: !!(item.when?.approximate || item.when?.uncertain),
						label: labelled ? label : '',
						labelSide: rtl ? 'left' : 'right'
					});
					rowsEnd[row] = b;
					continue;
				}
				// No row left: counted in the pixel column of its centre, or the nearest one in the
				// window (a long span may have its centre outside it).
				addToBucket(Math.max(0, Math.min(nBuckets - 1, Math.floor(uc / bucketPx))), 1, s, e);
			}
		}
		// Labels must also stay inside the plot.
		for (let g = laneGlyphStart; g < glyphs.length; g++) if (labelEnd[g] > plotW) glyphs[g].label = '';
		const rows = offscreen ? Math.min(laneRows, Math.max(1, visible)) : Math.max(1, rowsEnd.length);
		const aggRow = touched.length > 0 || (offscreen && aggregated) ? 1 : 0;
		const laneH = (aggregated ? 1 : rows + aggRow) * rowH + LANE_PAD * 2;
		for (let g = laneGlyphStart; g < glyphs.length; g++)
			glyphs[g].y = laneTop + LANE_PAD + glyphRow[g] * rowH + rowH / 2;
		const aggY = laneTop + LANE_PAD + (aggregated ? 0 : rows) * rowH;
		const laneAggStart = aggregates.length;
		for (const bk of touched) {
			const n = bCount[bk];
			bCount[bk] = 0;
			if (n > maxBucket) maxBucket = n;
			const ua = bk * bucketPx;
			const ub = Math.min(plotW, ua + bucketPx);
			const xa = xOfU(ua);
			const xb = xOfU(ub);
			aggregates.push({
				key: `${lane.key}|${bk}`,
				lane: li,
				bucket: bk,
				x: Math.min(xa, xb) + 1,
				y: aggY + 2,
				width: Math.max(2, Math.abs(xb - xa) - 2),
				height: rowH - 4,
				count: n,
				start: bStart[bk],
				end: bEnd[bk],
				density: 0
			});
		}
		if (laneTop + laneH >= y0 && laneTop <= y1) {
			lanes.push({
				key: lane.key,
				label: lane.label,
				shortLabel: fitLabel(lane.label, lw - 14 - labelWidth(String(lane.items.length))),
				index: li,
				y: laneTop,
				height: laneH,
				visible,
				total: lane.items.length,
				aggregated
			});
		} else if (laneTop + laneH < y0) {
			// Scrolled above the viewport: drop what was laid out for it.
			glyphs.length = laneGlyphStart;
			aggregates.length = laneAggStart;
		}
		yCursor += laneH;
	});
	for (const a of aggregates) a.density = a.count / maxBucket;

	// A link's end is its glyph, or else the density bucket its item is counted in (the pixel
	// column of the item's centre, clamped to the window, as when it was counted).
	// (A frame of counted stacks only, with many links, has none to draw: the table is not built.)
	const links =
		glyphs.length || prep.links.length <= STACK_LINKS * 4
			? linkPaths(
					linkTable(prep),
					prep,
					glyphs,
					glyphItem,
					aggregates,
					nBuckets,
					(mid) => Math.max(0, Math.min(nBuckets - 1, Math.floor(uOf(mid) / bucketPx))),
					ws,
					we,
					rtl
				)
			: [];
	return {
		width,
		height,
		rtl,
		plot: { x0, x1, y0, y1 },
		window: [ws, we],
		x: xOf,
		day: (x: number) => scale.invert(x),
		axisHeight,
		ticks,
		ticks2,
		lanes,
		contentHeight: yCursor + scrollY - y0,
		glyphs,
		aggregates,
		links,
		undated: prep.undated,
		calendar: view.calendar,
		locale
	};
}

/** Least start and greatest end of the items lo…hi-1 in a lane's centre order, by whole blocks where it can. */
function runExtent(lane: PreparedLane, lo: number, hi: number): [number, number] {
	const { midStart, midEnd, blockStart, blockEnd } = lane;
	let s = Infinity;
	let e = -Infinity;
	let i = lo;
	while (i < hi) {
		if (i % BLOCK === 0 && i + BLOCK <= hi) {
			const b = i / BLOCK;
			if (blockStart[b] < s) s = blockStart[b];
			if (blockEnd[b] > e) e = blockEnd[b];
			i += BLOCK;
		} else {
			if (midStart[i] < s) s = midStart[i];
			if (midEnd[i] > e) e = midEnd[i];
			i++;
		}
	}
	return [s, e];
}

/** One end of a link: a glyph (key ≥ 0, its index) or a density bucket (key < 0); rim radius r. */
interface LinkEnd {
	x: number;
	y: number;
	r: number;
	key: number;
}

/** The links of an index as typed arrays of lane positions and days, built once per index. */
interface LinkTable {
	links: readonly TimelineLink[];
	/** Per link: lane index and index in the lane of each end. */
	fromLane: Int32Array;
	fromIdx: Int32Array;
	toLane: Int32Array;
	toIdx: Int32Array;
	/** Where each lane's items start in the per-item arrays below. */
	laneOffset: Int32Array;
	/** Per item, the links touching it: `adj[adjStart[k] … adjStart[k + 1])` (link indices). */
	adjStart: Int32Array;
	adj: Int32Array;
	/** Per dated item, the index of its glyph in the frame being laid out, else -1 (reset after use). */
	glyphSlots: Int32Array;
	/** Link indices by the earliest day of their two ends; those days ascending; the latest ends ascending. */
	byLo: Int32Array;
	lo: Float64Array;
	hiSorted: Float64Array;
	/** The longest link (days from its earliest start to its latest end). */
	maxSpan: number;
}

const linkTables = new WeakMap<PreparedTimeline, LinkTable>();
function linkTable(prep: PreparedTimeline): LinkTable {
	let t = linkTables.get(prep);
	if (t) return t;
	const links = prep.links.filter((l) => itemPosition(prep, l.from) && itemPosition(prep, l.to));
	const n = links.length;
	const laneOffset = new Int32Array(prep.lanes.length);
	let total = 0;
	prep.lanes.forEach((l, li) => {
		laneOffset[li] = total;
		total += l.items.length;
	});
	const fromLane = new Int32Array(n);
	const fromIdx = new Int32Array(n);
	const toLane = new Int32Array(n);
	const toIdx = new Int32Array(n);
	const lo = new Float64Array(n);
	const hi = new Float64Array(n);
	const degree = new Int32Array(total + 1);
	let maxSpan = 0;
	links.forEach((l, k) => {
		const [fl, fi] = itemPosition(prep, l.from)!;
		const [tl, ti] = itemPosition(prep, l.to)!;
		fromLane[k] = fl;
		fromIdx[k] = fi;
		toLane[k] = tl;
		toIdx[k] = ti;
		lo[k] = Math.min(prep.lanes[fl].start[fi], prep.lanes[tl].start[ti]);
		hi[k] = Math.max(prep.lanes[fl].end[fi], prep.lanes[tl].end[ti]);
		maxSpan = Math.max(maxSpan, hi[k] - lo[k]);
		degree[laneOffset[fl] + fi]++;
		if (laneOffset[tl] + ti !== laneOffset[fl] + fi) degree[laneOffset[tl] + ti]++;
	});
	const adjStart = new Int32Array(total + 1);
	for (let k = 0; k < total; k++) adjStart[k + 1] = adjStart[k] + degree[k];
	const adj = new Int32Array(adjStart[total]);
	const fillAt = adjStart.slice(0, total);
	for (let k = 0; k < n; k++) {
		const a = laneOffset[fromLane[k]] + fromIdx[k];
		const b = laneOffset[toLane[k]] + toIdx[k];
		adj[fillAt[a]++] = k;
		if (b !== a) adj[fillAt[b]++] = k;
	}
	const byLo = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => lo[a] - lo[b] || a - b);
	t = {
		links,
		fromLane,
		fromIdx,
		toLane,
		toIdx,
		laneOffset,
		adjStart,
		adj,
		glyphSlots: new Int32Array(total).fill(-1),
		byLo,
		lo: Float64Array.from(byLo, (k) => lo[k]),
		hiSorted: Float64Array.from(hi).sort(),
		maxSpan
	};
	linkTables.set(prep, t);
	return t;
}

/** Links between two counted stacks are drawn when a window holds at most this many (else none). */
const STACK_LINKS = 60;

/**
 * Curved links between the items on screen, each end at its glyph or, for an item counted in a
 * density bucket, at that bucket. A link between items side by side in time bulges upward; one
 * between items stacked at about the same time bulges sideways, towards earlier time (away from the
 * labels), so links from one denial to several stacked claims are nested arcs rather than one
 * vertical line. Each ends at the target's rim with an arrowhead.
 *
 * Bounded by the pixels, not the data: the links of each drawn glyph are read from its adjacency
 * list (a glyph's links to one bucket are one link). Links between two counted stacks — items no
 * one can point at — are drawn only while the window holds few links (then each pair of buckets
 * once, all of them or none when more than STACK_LINKS pairs: a partial web would mislead).
 */
function linkPaths(
	t: LinkTable,
	prep: PreparedTimeline,
	glyphs: readonly Glyph[],
	glyphItem: readonly number[],
	aggregates: readonly Aggregate[],
	nBuckets: number,
	bucketOfMid: (mid: number) => number,
	ws: number,
	we: number,
	rtl: boolean
): LinkPath[] {
	const n = t.links.length;
	if (!n || (!glyphs.length && !aggregates.length)) return [];
	const slots = t.glyphSlots;
	glyphs.forEach((g, i) => (slots[t.laneOffset[g.lane] + glyphItem[i]] = i));
	const aggAt = new Int32Array(prep.lanes.length * nBuckets).fill(-1);
	aggregates.forEach((a, i) => (aggAt[a.lane * nBuckets + a.bucket] = i));
	const a: LinkEnd = { x: 0, y: 0, r: 0, key: 0 };
	const b: LinkEnd = { x: 0, y: 0, r: 0, key: 0 };
	const end = (lane: number, idx: number, out: LinkEnd): boolean => {
		const gi = slots[t.laneOffset[lane] + idx];
		if (gi >= 0) {
			const g = glyphs[gi];
			out.x = g.x;
			out.y = g.y;
			out.r = GLYPH_R + 1;
			out.key = gi;
			return true;
		}
		const L = prep.lanes[lane];
		const s = L.start[idx];
		const e = L.end[idx];
		if (e <= ws || s >= we) return false;
		const ai = aggAt[lane * nBuckets + bucketOfMid((s + e) / 2)];
		if (ai < 0) return false;
		const box = aggregates[ai];
		out.x = box.x + box.width / 2;
		out.y = box.y + box.height / 2;
		out.r = box.height / 2 + 1;
		out.key = -1 - ai;
		return true;
	};
	const TYPE: Record<TimelineLink['type'], number> = { denies: 0, 'reports-on': 1, confirms: 2 };
	const out: LinkPath[] = [];
	const seen = new Set<number>();
	/** Adds link k if its ends are on screen and it is not drawn yet (per link, or per pair of ends). */
	const add = (k: number, stacks: boolean): boolean => {
		if (!end(t.fromLane[k], t.fromIdx[k], a) || !end(t.toLane[k], t.toIdx[k], b) || a.key === b.key)
			return false;
		if (!stacks && a.key < 0 && b.key < 0) return false;
		const l = t.links[k];
		// One link per pair of ends: glyph or bucket indices, both under 2^20.
		const pair = (TYPE[l.type] * 2 ** 21 + a.key + 2 ** 20) * 2 ** 21 + b.key + 2 ** 20;
		if (seen.has(pair)) return false;
		seen.add(pair);
		const c = curve(a, b, rtl);
		if (c)
			out.push(new FrameLink(`${l.type}|${l.from}|${l.to}`, l.type, l.from, l.to, c, a.key < 0, b.key < 0));
		return true;
	};
	for (let i = 0; i < glyphs.length; i++) {
		const item = t.laneOffset[glyphs[i].lane] + glyphItem[i];
		for (let j = t.adjStart[item]; j < t.adjStart[item + 1]; j++) add(t.adj[j], false);
	}
	// Links in the window: those whose earliest day is before its end, less those whose latest day
	// is by its start (binary searches; no link is visited to count them).
	const inWindow = lowerBound(t.lo, we) - upperBound(t.hiSorted, ws);
	if (aggregates.length && inWindow <= STACK_LINKS * 4) {
		const before = out.length;
		let pairs = 0;
		for (let j = lowerBound(t.lo, ws - t.maxSpan), e = lowerBound(t.lo, we); j < e; j++) {
			if (add(t.byLo[j], true) && ++pairs > STACK_LINKS) {
				out.length = before;
				break;
			}
		}
	}
	glyphs.forEach((g, i) => (slots[t.laneOffset[g.lane] + glyphItem[i]] = -1));
	return out;
}

/** The cubic from a's rim to b's rim and its arrowhead, or null when the two touch. */
function curve(a: LinkEnd, b: LinkEnd, rtl: boolean): number[] | null {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len = Math.hypot(dx, dy);
	if (len <= a.r + b.r + 2) return null;
	// The normal to the chord: upward for a mostly level chord, towards earlier time for a steep one.
	let nx = dy / len;
	let ny = -dx / len;
	if (Math.abs(dx) >= Math.abs(dy) ? ny > 0 : nx * (rtl ? 1 : -1) < 0) {
		nx = -nx;
		ny = -ny;
	}
	const lift = Math.min(60, len / 3 + 14);
	const c1x = a.x + dx / 3 + nx * lift;
	const c1y = a.y + dy / 3 + ny * lift;
	const c2x = b.x - dx / 3 + nx * lift;
	const c2y = b.y - dy / 3 + ny * lift;
	// Start at a's rim along the first tangent (a → c1), stop at b's rim along the last (c2 → b).
	const sl = Math.hypot(c1x - a.x, c1y - a.y) || 1;
	const sx = a.x + ((c1x - a.x) / sl) * a.r;
	const sy = a.y + ((c1y - a.y) / sl) * a.r;
	let tx = b.x - c2x;
	let ty = b.y - c2y;
	const tl = Math.hypot(tx, ty) || 1;
	tx /= tl;
	ty /= tl;
	const ex = b.x - tx * b.r;
	const ey = b.y - ty * b.r;
	const r = (n: number) => Math.round(n * 10) / 10;
	const head = 6;
	const px = -ty;
	const py = tx;
	const bx = ex - tx * head;
	const by = ey - ty * head;
	return [
		r(sx),
		r(sy),
		r(c1x),
		r(c1y),
		r(c2x),
		r(c2y),
		r(ex),
		r(ey),
		r(bx + px * head * 0.5),
		r(by + py * head * 0.5),
		r(bx - px * head * 0.5),
		r(by - py * head * 0.5)
	];
}

/**
 * The whole picture in one call, for exports: filters, lanes, window (the view's, or fitted).
 * @example layoutTimeline(items, links, view, { width: 1200, height: 600 })
 */
export function layoutTimeline(
	items: readonly TimelineItem[],
	links: readonly TimelineLink[],
	view: TimelineView,
	opts: LayoutOptions,
	prepare: PrepareOptions = {}
): TimelineLayout {
	const prep = prepareTimeline(items, links, view.filters, view.lanes, prepare);
	return layoutFrame(prep, view, windowToDays(view.window) ?? fitWindow(prep), opts);
}

/**
 * Counts of dated items per bin over [start, end) for the overview band; bounded by `bins`.
 * @returns an Int32Array of length `bins`
 */
export function overviewBins(prep: PreparedTimeline, start: number, end: number, bins: number): Int32Array {
	const out = new Int32Array(Math.max(1, bins));
	const w = (end - start) / out.length;
	if (!(w > 0)) return out;
	for (const lane of prep.lanes) {
		const a = lowerBound(lane.start, start);
		const b = upperBound(lane.start, end);
		for (let i = a; i < b; i++) {
			const k = Math.min(out.length - 1, Math.floor((lane.start[i] - start) / w));
			out[k]++;
		}
	}
	return out;
}
