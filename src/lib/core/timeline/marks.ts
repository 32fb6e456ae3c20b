/**
 * The timeline's marks — grid and ticks, lane bands and names, links, density buckets, uncertainty
 * spans, glyphs, item labels, the axis, the legend — each drawn by one function from a frame's
 * layout onto a `Surface`. The live canvas (components/timeline/canvas-surface.ts), the exported
 * SVG (export/svg-surface.ts) and the on-screen legend implement `Surface`; so every shape is
 * defined once, with one palette (style.ts), whatever draws it — as Observable Plot's marks
 * declare shapes and leave the output to a renderer.
 *
 * A surface call draws many shapes at once where the canvas can batch them (all grid lines of a
 * weight are one stroke, all buckets of a shade one fill, all links of a type one path), which is
 * what keeps a zoom frame on the canvas cheap.
 */
import type { EventStatus } from '../story/model';
import type { ItemKind, TimelineLink } from './item';
import { GLYPH_R, type Glyph, type TimelineLayout } from './layout';
import {
	AGGREGATE_ALPHAS,
	AGGREGATE_SHADES,
	GLYPHS,
	PALETTE,
	STATUS_COLOURS,
	TEXT,
	glyphPaint,
	linkPaint,
	statusColour,
	type Paint,
	type Ring,
	type TextStyle
} from './style';

/** Where `x` falls on a text's box: its left edge, right edge or middle, whatever its direction. */
export type Align = 'left' | 'right' | 'center';

/** What a renderer must do for the marks. Coordinates are CSS px. */
export interface Surface {
	/** Filled rectangles, `xywh` = x, y, width, height of each in turn. */
	rects(xywh: readonly number[], fill: string, alpha?: number): void;
	/** Straight segments in one stroke, `xyxy` = x1, y1, x2, y2 of each in turn. */
	lines(xyxy: readonly number[], stroke: string, width: number): void;
	/** SVG path data, translated by (x, y), filled and/or stroked. */
	path(d: string, paint: Paint, x?: number, y?: number): void;
	/** Several SVG paths painted alike (one stroke or fill on a canvas). */
	paths(ds: readonly string[], paint: Paint): void;
	/**
	 * Links painted alike: for each, 12 numbers in `pts` from `at` on (see LinkPath.p). `heads`
	 * false strokes the cubics; true fills the arrowheads (tip, then two back corners).
	 */
	links(pts: readonly (readonly number[])[], paint: Paint, heads: boolean): void;
	/** A bar from x0 to x1 (x0 < x1) centred on y, `h` high, in `colour` at `alpha`, fading out at both ends (SPAN_FADE). */
	fade(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void;
	/** A round-capped bar from x0 to x1 centred on y. */
	bar(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void;
	/** One line of text with its alphabetic baseline at y; right-to-left text is shaped as such. */
	text(s: string, x: number, y: number, style: TextStyle, align: Align): void;
	/** Width of a text in px (measured where the surface can, else estimated). */
	measure(s: string, style: TextStyle): number;
	/** Draws only inside a rectangle until `unclip`. */
	clip(x: number, y: number, w: number, h: number): void;
	unclip(): void;
}

/** What the frame shows besides the layout: focus, selection, hover and the axis rows. */
export interface MarkState {
	/** Item with the keyboard focus ring (when the plot has focus). */
	active: string | null;
	/** Item with the selection ring. */
	selected: string | null;
	/** Item under the pointer: its links are drawn strong and its linked items ringed. */
	hovered: string | null;
	/** Placeholder name of lanes without one ('' in lane mode "none"). */
	unnamedLane: string;
}

/**
 * Draws one frame: lane bands, grid, lane names, links, density buckets, spans, glyphs, labels,
 * counts, then the axis over everything. `height` is the visible height (px).
 * @example drawTimeline(layout, 400, surface, { active: null, selected: 's8', hovered: null, unnamedLane: '—' })
 */
export function drawTimeline(
	L: TimelineLayout,
	height: number,
	out: Surface,
	st: MarkState,
	opts: { countLimit?: number; countDense?: boolean } = {}
): void {
	const top = L.axisHeight;
	// Lanes scroll under the axis: nothing of theirs is drawn over it.
	out.clip(0, top, L.width, height - top);
	laneRulesMark(L, out);
	gridMark(L, height, out);
	laneNamesMark(L, out, st.unnamedLane);
	// Items stay in the plot: a span begun before the window, or a label running past its edge,
	// does not reach into the lane names.
	const { x0, x1 } = L.plot;
	out.clip(x0 - GLYPH_R, top, x1 - x0 + 2 * GLYPH_R, height - top);
	const focus = st.hovered ?? st.selected;
	const related = linksMark(L, out, focus);
	aggregatesMark(L, out);
	spansMark(L, out);
	glyphsMark(L.glyphs, out, st, related);
	labelsMark(L.glyphs, out);
	countsMark(L, out, opts.countLimit, opts.countDense);
	out.unclip();
	out.unclip();
	axisMark(L, out);
}

/** A rule under each lane, so a lane's rows read as one (lines, not bands: a band repaints half the plot). */
export function laneRulesMark(L: TimelineLayout, out: Surface): void {
	const xyxy: number[] = [];
	for (const lane of L.lanes) {
		const y = Math.round(lane.y + lane.height) - 0.5;
		xyxy.push(0, y, L.width, y);
	}
	if (xyxy.length) out.lines(xyxy, PALETTE.laneRule, 1);
}

/** Vertical grid lines through the lanes at every tick (major ticks darker). */
export function gridMark(L: TimelineLayout, bottom: number, out: Surface): void {
	for (const major of [false, true]) {
		const xyxy: number[] = [];
		for (const t of L.ticks) {
			if (t.major !== major) continue;
			const x = Math.round(t.x) + 0.5;
			xyxy.push(x, L.axisHeight, x, bottom);
		}
		if (xyxy.length) out.lines(xyxy, major ? PALETTE.gridMajor : PALETTE.grid, 1);
	}
}

/**
 * Lane names with their totals on the reading-start side: "name 12" in LTR, mirrored ("12 name",
 * flush right) in RTL. Names are the layout's fitted `shortLabel`.
 */
export function laneNamesMark(L: TimelineLayout, out: Surface, unnamed: string): void {
	for (const lane of L.lanes) {
		const name = lane.label ? lane.shortLabel : unnamed;
		const total = String(lane.total);
		const y = lane.y + 14;
		const lw = name ? out.measure(name, TEXT.lane) : 0;
		const tw = out.measure(total, TEXT.laneCount);
		const x0 = L.rtl ? L.width - 6 - lw - 5 - tw : 6;
		if (name) out.text(name, L.rtl ? x0 + tw + 5 : x0, y, TEXT.lane, 'left');
		out.text(total, L.rtl ? x0 : x0 + lw + (name ? 5 : 0), y, TEXT.laneCount, 'left');
	}
}

const LINK_TYPES: TimelineLink['type'][] = ['reports-on', 'confirms', 'denies'];

/**
 * Links: a denial → what it denies (red, dashed), a report → its event (grey), a confirmation →
 * what it confirms (green, dotted), with arrowheads. With an item in focus, its links are strong
 * and the others faint. Returns the ids linked to the item in focus (their glyphs are ringed).
 */
export function linksMark(L: TimelineLayout, out: Surface, focus: string | null): Set<string> {
	const related = new Set<string>();
	if (!L.links.length) return related;
	for (const type of LINK_TYPES) {
		const groups = {
			normal: [] as (readonly number[])[],
			strong: [] as (readonly number[])[],
			faint: [] as (readonly number[])[]
		};
		for (const l of L.links) {
			if (l.type !== type) continue;
			const hit = focus !== null && (l.from === focus || l.to === focus);
			if (hit) related.add(l.from === focus ? l.to : l.from);
			groups[focus === null ? 'normal' : hit ? 'strong' : 'faint'].push(l.p);
		}
		for (const k of ['faint', 'normal', 'strong'] as const) {
			if (!groups[k].length) continue;
			out.links(groups[k], linkPaint(type, k), false);
			out.links(groups[k], linkPaint(type, k, true), true);
		}
	}
	return related;
}

/** Density buckets in AGGREGATE_SHADES levels of one grey: one batch per level. */
export function aggregatesMark(L: TimelineLayout, out: Surface): void {
	const byLevel: number[][] = Array.from({ length: AGGREGATE_SHADES }, () => []);
	for (const a of L.aggregates) byLevel[aggregateLevel(a.density)].push(a.x, a.y, a.width, a.height);
	byLevel.forEach((xywh, lv) => {
		if (xywh.length) out.rects(xywh, PALETTE.aggregate, AGGREGATE_ALPHAS[lv]);
	});
}

function aggregateLevel(density: number): number {
	return Math.min(AGGREGATE_SHADES - 1, Math.floor(density * AGGREGATE_SHADES));
}

/** Uncertainty spans under the glyphs, in the status colour; an approximate one fades out at both ends. */
export function spansMark(L: TimelineLayout, out: Surface): void {
	for (const g of L.glyphs) {
		if (!g.span) continue;
		const colour = statusColour(g.status);
		const w = g.span[1] - g.span[0];
		if (g.approximate && w > 2) out.fade(g.span[0], g.span[1], g.y, 4, colour, 0.35);
		else out.bar(g.span[0], g.span[1], g.y, 4, colour, 0.35);
	}
}

/** The glyph of each item: shape by kind, colour by status, ring by focus, selection or link to the focus. */
export function glyphsMark(
	glyphs: readonly Glyph[],
	out: Surface,
	st: Pick<MarkState, 'active' | 'selected'>,
	related: ReadonlySet<string> = new Set()
): void {
	const any = st.active !== null || st.selected !== null || related.size > 0;
	for (const g of glyphs) {
		const ring: Ring = !any
			? 'none'
			: st.active === g.id
				? 'active'
				: st.selected === g.id
					? 'selected'
					: related.has(g.id)
						? 'related'
						: 'none';
		out.path(GLYPHS[g.kind].d, glyphPaint(g.kind, g.status, ring, g.approximate), g.x, g.y);
	}
}

/** Label gap from a glyph's centre, px. */
export const LABEL_OFFSET = 9;

/**
 * Item labels beside their glyphs, on the side the layout chose: starting just past the glyph's
 * right edge, or ending just before its left edge — never over the glyph, whatever the text's
 * direction (the surfaces align physically).
 */
export function labelsMark(glyphs: readonly Glyph[], out: Surface): void {
	for (const g of glyphs) {
		if (!g.label) continue;
		const right = g.labelSide === 'right';
		out.text(
			g.label,
			g.x + (right ? LABEL_OFFSET : -LABEL_OFFSET),
			g.y + 4,
			TEXT.label,
			right ? 'left' : 'right'
		);
	}
}

/**
 * Counts on the buckets of lanes that still show glyphs (on screen a fully aggregated lane shows its
 * total on the lane name, and each bucket's count on hover; `dense` counts those too); at most
 * `limit` (40: text is the costly part of a frame).
 */
export function countsMark(L: TimelineLayout, out: Surface, limit = 40, dense = false): void {
	const skip = new Set(dense ? [] : L.lanes.filter((l) => l.aggregated).map((l) => l.index));
	let n = 0;
	for (const a of L.aggregates) {
		if (a.width < 16 || a.y < L.axisHeight || skip.has(a.lane)) continue;
		if (++n > limit) break;
		const s = a.count > 999 ? Math.round(a.count / 1000) + 'k' : String(a.count);
		// Digits' cap height is ~0.7 em: a baseline 4 px below the middle centres them.
		const dark = aggregateLevel(a.density) >= 2;
		out.text(s, a.x + a.width / 2, a.y + a.height / 2 + 4, dark ? TEXT.countOnDark : TEXT.count, 'center');
	}
}

/**
 * The axis band over the plot: background, rule, tick lines of the display calendar (and of the
 * second row), and labels that run from their tick in the reading direction — right of it in LTR,
 * left in RTL, whatever script the label is in.
 */
export function axisMark(L: TimelineLayout, out: Surface): void {
	const top = L.axisHeight;
	const twoRows = top > 24;
	out.rects([0, 0, L.width, top], PALETTE.axisBackground);
	out.lines([0, top - 0.5, L.width, top - 0.5], PALETTE.axisRule, 1);
	const xyxy: number[] = [];
	for (const t of L.ticks) {
		const x = Math.round(t.x) + 0.5;
		xyxy.push(x, twoRows ? 2 : 4, x, top);
	}
	for (const t of L.ticks2) {
		const x = Math.round(t.x) + 0.5;
		xyxy.push(x, 22, x, top);
	}
	if (xyxy.length) out.lines(xyxy, PALETTE.tick, 1);
	const dx = L.rtl ? -3 : 3;
	const align: Align = L.rtl ? 'right' : 'left';
	for (const t of L.ticks) out.text(t.label, t.x + dx, 14, t.major ? TEXT.tickMajor : TEXT.tick, align);
	for (const t of L.ticks2) out.text(t.label, t.x + dx, 34, TEXT.tick2, align);
}

/** One entry of the legend: a swatch drawn by the same marks as the plot, and its words. */
export interface LegendEntry {
	key: string;
	/** Draws the swatch centred on (x, y). */
	swatch: (out: Surface, x: number, y: number) => void;
}

const KIND_ORDER: ItemKind[] = ['event', 'claim', 'report', 'denial', 'confirmation', 'document'];
const STATUS_ORDER: (EventStatus | 'none')[] = ['reported', 'confirmed', 'denied', 'disputed', 'none'];

/**
 * Legend entries for what a picture shows: a glyph per kind (in the neutral grey, so shape reads
 * apart from colour), a colour per status, a stroke per link type, and the density bucket. Keys
 * are `kind.<kind>`, `status.<status>`, `link.<type>` and `aggregate` (words in words.ts).
 */
export function legendEntries(shown: {
	kinds: Iterable<ItemKind>;
	statuses: Iterable<EventStatus | 'none'>;
	links: Iterable<TimelineLink['type']>;
	aggregates: boolean;
}): LegendEntry[] {
	const kinds = new Set(shown.kinds);
	const statuses = new Set(shown.statuses);
	const links = new Set(shown.links);
	const out: LegendEntry[] = [];
	for (const k of KIND_ORDER)
		if (kinds.has(k))
			out.push({
				key: `kind.${k}`,
				swatch: (s, x, y) => s.path(GLYPHS[k].d, glyphPaint(k, null), x, y)
			});
	for (const st of STATUS_ORDER)
		if (statuses.has(st))
			out.push({
				key: `status.${st}`,
				swatch: (s, x, y) =>
					s.path(GLYPHS.event.d, { fill: STATUS_COLOURS[st], stroke: PALETTE.paper, width: 1 }, x, y)
			});
	for (const t of LINK_TYPES)
		if (links.has(t))
			out.push({
				key: `link.${t}`,
				swatch: (s, x, y) => {
					s.paths([`M${x - 10},${y}L${x + 5},${y}`], linkPaint(t));
					s.paths([`M${x + 10},${y}L${x + 4},${y - 3}L${x + 4},${y + 3}Z`], linkPaint(t, 'normal', true));
				}
			});
	if (shown.aggregates)
		out.push({
			key: 'aggregate',
			swatch: (s, x, y) => {
				s.rects([x - 10, y - 7, 20, 14], PALETTE.aggregate, AGGREGATE_ALPHAS[2]);
				s.text('3', x, y + 4, TEXT.countOnDark, 'center');
			}
		});
	return out;
}

/** The legend entries of what a frame shows (kinds, statuses and link types drawn; buckets if any). */
export function frameLegend(L: TimelineLayout): LegendEntry[] {
	return legendEntries({
		kinds: L.glyphs.map((g) => g.kind),
		statuses: L.glyphs.map((g) => g.status ?? 'none'),
		links: L.links.map((l) => l.type),
		aggregates: L.aggregates.length > 0
	});
}
