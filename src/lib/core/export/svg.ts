import type { TimelineItem, TimelineLink } from '../timeline/item';
import type { LaneMode, TimelineFilters, TimelineView } from '../timeline/view';
import {
	defaultLocale,
	formatDay,
	isoToDay,
	localDigits,
	type DisplayLocale
} from '../timeline/axis-calendar';
import { fitWindow, GLYPH_R, layoutFrame, type TimelineLayout } from '../timeline/layout';
import { itemDays, prepareTimeline, windowToDays } from '../timeline/prepare';
import { itemPredicate, type ActorNames } from '../timeline/filter';
import { drawTimeline, frameLegend } from '../timeline/marks';
import { FONT_FAMILY, PALETTE, TEXT, textStyle } from '../timeline/style';
import { word } from './labels';
import { fitText, isRtlText, SvgSurface, svgText, textWidth } from './svg-surface';
import { escapeXml, num } from './xml';

/**
 * The timeline as an SVG file that stands alone (STYLE.md anti-pattern 5: never the live SVG
 * rasterised as-is). It is drawn from the same pure layout as the live view (`layoutFrame`), at a
 * height that fits every lane, and stamped with title, display calendar, window, active filters,
 * source count, legend and a credit line.
 *
 * Standalone means: presentation attributes only, plus one `<style>` holding `@font-face` rules
 * whose fonts are `data:` URLs (so Arabic and Persian shape the same on any machine and a canvas
 * is never tainted); no script, no event attribute, no `foreignObject`, no `href`, no reference
 * outside the file. Every piece of text from a document is XML-escaped.
 */

/** A font file to embed. `base64` is the raw file (woff2 or woff) in base64. */
export interface EmbeddedFont {
	family: string;
	weight: number;
	format: 'woff2' | 'woff';
	base64: string;
	/** CSS unicode-range, e.g. the Arabic subset's; omitted = all. */
	unicodeRange?: string;
}

export interface SvgExportInput {
	items: readonly TimelineItem[];
	links?: readonly TimelineLink[];
	/** The timeline cell's view: filters, lanes, display calendar and locale, window, direction. */
	view: TimelineView;
	/** 'all' = every item passing the filters, fitted; 'window' = only the view's current window. */
	scope: 'all' | 'window';
	title: string;
	/** Number of source documents behind the items (stamped in the header). */
	sourceCount: number;
	/** Fonts to embed; without them the file names Vazirmatn and falls back to the viewer's fonts. */
	fonts?: readonly EmbeddedFont[];
	/** Width in CSS px (default 1200, at least 480). The height follows from the lanes. */
	width?: number;
	/** Multiplies the width/height attributes (the viewBox stays) — for rasterising at 2×, 4×. */
	scale?: number;
	/** ISO day stamped in the credit line; omitted = no date (keeps output reproducible). */
	exportedOn?: string;
	/** Display name of a lane key (an actor's name in the display language). */
	laneLabel?: (key: string, mode: LaneMode) => string;
	/** Rows per lane before items are counted instead of drawn (default 6). */
	maxRows?: number;
	/** Draw every item as a glyph, however dense (no density buckets). Default false. */
	everyItem?: boolean;
	/** The story's actors: a search in the filters also finds their other names and spellings. */
	actors?: readonly ActorNames[];
}

export interface SvgExport {
	svg: string;
	/** Size in CSS px (the viewBox); the attributes are these times `scale`. */
	width: number;
	height: number;
	/** Glyphs drawn, items counted in density boxes, undated items left out. */
	drawn: number;
	counted: number;
	undated: number;
}

export const SVG_FONT_STACK = FONT_FAMILY;
const MARGIN = 24;
const KIND_KEYS = new Set(['event', 'claim', 'report', 'denial', 'confirmation', 'document']);
const TITLE = textStyle(22, 700, PALETTE.ink);
const META = textStyle(13, 400, PALETTE.muted);
const FILTERS = textStyle(12, 400, PALETTE.muted);
const CREDIT = textStyle(11, 400, PALETTE.muted);

export { isRtlText };

function fontFaces(fonts: readonly EmbeddedFont[]): string {
	if (!fonts.length) return '';
	const rules = fonts.map((f) => {
		if (!/^[A-Za-z0-9+/=]*$/.test(f.base64)) throw new Error(`Font ${f.family} ${f.weight}: not base64`);
		const family = f.family.replace(/['"\\<>&;{}]/g, '');
		const range =
			f.unicodeRange && /^[U+0-9A-Fa-f?,\s-]+$/.test(f.unicodeRange)
				? `unicode-range:${f.unicodeRange};`
				: '';
		return `@font-face{font-family:'${family}';font-style:normal;font-weight:${Math.round(f.weight)};src:url(data:font/${f.format};base64,${f.base64}) format('${f.format}');${range}}`;
	});
	return `<style>${rules.join('')}</style>`;
}

/**
 * Human-readable lines for the active filters, in the display locale.
 * Example: `describeFilters({...emptyFilters(), actors:['Taliban']}, 'en')` → `['Actors: Taliban']`.
 */
export function describeFilters(f: TimelineFilters, locale: DisplayLocale): string[] {
	const out: string[] = [];
	const sep = locale === 'en' ? ', ' : '، ';
	const list = (key: string, values: readonly string[]) => {
		if (values.length) out.push(`${word(`filter.${key}`, locale)}: ${values.join(sep)}`);
	};
	list('actors', f.actors);
	list('outlets', f.outlets);
	list(
		'kinds',
		f.kinds.map((k) => word(`kind.${k}`, locale))
	);
	list(
		'statuses',
		f.statuses.map((s) => word(`status.${s}`, locale))
	);
	list('langs', f.langs);
	if (f.from) out.push(`${word('filter.from', locale)}: ${f.from}`);
	if (f.to) out.push(`${word('filter.to', locale)}: ${f.to}`);
	if (f.q.trim()) out.push(`${word('filter.q', locale)}: «${f.q.trim()}»`);
	return out;
}

const LABEL_SIZE = 11;
const LABEL_GAP = 3;
const MIN_LABEL_PX = 48;
const MAX_LABEL_PX = 300;

type Glyph = TimelineLayout['glyphs'][number];

/**
 * Labels for a still image. The live layout labels sparse lanes only and only after the glyph, to
 * keep zooming cheap; a printed picture can afford more text. Per row, left to right, each glyph
 * gets its label on the reading-direction side if it fits before the next glyph (or the plot's
 * end), else on the other side if it fits after the previous glyph and its label, else the longer
 * of the two rooms if it holds a useful cut (≥ 48 px), else none. Labels therefore never overlap
 * each other or a glyph of their row. Returns the glyphs with their labels and sides set (the
 * label mark draws them, as on screen).
 */
function placeLabels(glyphs: readonly Glyph[], x0: number, x1: number, rtl: boolean): Glyph[] {
	const rows = new Map<string, Glyph[]>();
	const out = glyphs.map((g) => ({ ...g, label: '' }));
	for (const g of out) {
		const key = `${g.lane}|${num(g.y)}`;
		const row = rows.get(key);
		if (row) row.push(g);
		else rows.set(key, [g]);
	}
	for (const row of rows.values()) {
		row.sort((a, b) => a.x - b.x);
		let usedUntil = x0;
		row.forEach((g, i) => {
			const label = g.item.label.replace(/\s+/g, ' ').trim();
			const glyphRight = g.x + GLYPH_R;
			if (!label) {
				usedUntil = Math.max(usedUntil, glyphRight);
				return;
			}
			const next = row[i + 1];
			const rightRoom = Math.min(
				MAX_LABEL_PX,
				(next ? next.x - GLYPH_R - LABEL_GAP : x1) - (glyphRight + LABEL_GAP)
			);
			const leftRoom = Math.min(MAX_LABEL_PX, g.x - GLYPH_R - LABEL_GAP - (usedUntil + LABEL_GAP));
			const need = textWidth(label, LABEL_SIZE);
			const [first, second] = rtl ? (['left', 'right'] as const) : (['right', 'left'] as const);
			const room = (side: 'left' | 'right') => (side === 'right' ? rightRoom : leftRoom);
			let side: 'left' | 'right' | null = null;
			if (room(first) >= need) side = first;
			else if (room(second) >= need) side = second;
			else {
				const best = room(first) >= room(second) ? first : second;
				if (room(best) >= MIN_LABEL_PX) side = best;
			}
			const fitted = side ? fitText(label, room(side), LABEL_SIZE) : '';
			if (!side || !fitted) {
				usedUntil = Math.max(usedUntil, glyphRight);
				return;
			}
			g.label = fitted;
			g.labelSide = side;
			usedUntil =
				side === 'right'
					? glyphRight + LABEL_GAP + textWidth(fitted, LABEL_SIZE)
					: Math.max(usedUntil, glyphRight);
		});
	}
	return out;
}

/** The legend of what the picture shows, in rows that wrap at `width`: the same swatches as on screen. */
function drawLegend(
	layout: TimelineLayout,
	locale: DisplayLocale,
	width: number,
	y: number
): { svg: string; height: number } {
	const entries = frameLegend(layout);
	const rtl = locale !== 'en';
	const out = new SvgSurface('tq-legend');
	let cx = 0;
	let row = 0;
	for (const e of entries) {
		const label = word(e.key, locale);
		const w = 22 + textWidth(label, 12) + 18;
		if (cx + w > width && cx > 0) {
			cx = 0;
			row++;
		}
		const yy = y + row * 22 + 8;
		const gx = rtl ? width - cx - 12 : cx + 12;
		e.swatch(out, gx, yy);
		out.text(label, rtl ? gx - 18 : gx + 18, yy + 4, TEXT.legend, rtl ? 'right' : 'left');
		cx += w;
	}
	return { svg: out.toString(), height: entries.length ? (row + 1) * 22 : 0 };
}

/**
 * Renders the standalone SVG. Pure and deterministic (same input, same bytes).
 * Throws only on malformed font data. Example:
 * `renderTimelineSvg({items, links, view: defaultView(), scope: 'all', title: 'Story', sourceCount: 5}).svg`
 * starts with `<svg xmlns="http://www.w3.org/2000/svg"`.
 */
export function renderTimelineSvg(input: SvgExportInput): SvgExport {
	const view = input.view;
	const locale = view.locale ?? defaultLocale(view.calendar);
	const rtlUi = locale !== 'en';
	const W = Math.max(480, Math.round(input.width ?? 1200));
	const scale = input.scale && input.scale > 0 ? input.scale : 1;
	const inner = W - 2 * MARGIN;
	// Kind lanes are named in the display language; other lane keys are ids unless the caller names them.
	const laneLabel =
		input.laneLabel ??
		((key: string, mode: LaneMode) =>
			mode === 'kind' && KIND_KEYS.has(key) ? word(`group.${key}`, locale) : key);
	// The current window only: leave out what lies outside it, so that lanes empty in this window
	// are not drawn at all. Undated items are counted either way (they are never silently dropped).
	const win = input.scope === 'window' ? windowToDays(view.window) : null;
	const pass = itemPredicate(view.filters, input.actors);
	const undatedCount = input.items.reduce((n, it) => (!it.when && pass(it) ? n + 1 : n), 0);
	const shownItems = win
		? input.items.filter((it) => {
				const d = itemDays(it);
				return d !== null && d[0] < win[1] && d[1] > win[0];
			})
		: input.items;
	const prep = prepareTimeline(shownItems, input.links ?? [], view.filters, view.lanes, {
		laneLabel,
		actors: input.actors
	});
	const windowDays = win ?? fitWindow(prep);
	const laneLabelW = view.lanes === 'none' ? 0 : Math.min(view.lanes === 'document' ? 240 : 170, inner / 4);
	const frame = layoutFrame(prep, view, windowDays, {
		width: inner,
		height: 1_000_000,
		maxRows: input.maxRows ?? 6,
		rowHeight: 20,
		labelWidth: laneLabelW,
		tickCount: Math.max(2, Math.floor((inner - laneLabelW) / 110)),
		aggregate: !input.everyItem
	});
	const lastLane = frame.lanes[frame.lanes.length - 1];
	const plotBottom = lastLane ? lastLane.y + lastLane.height : frame.plot.y0 + 40;
	const layout: TimelineLayout = {
		...frame,
		glyphs: placeLabels(frame.glyphs, frame.plot.x0, frame.plot.x1, frame.rtl)
	};

	// Header: title, then calendar · window · sources, then filters.
	const parts: string[] = [];
	const side = rtlUi ? 'right' : 'left';
	const hx = rtlUi ? W - MARGIN : MARGIN;
	let y = MARGIN + 22;
	parts.push(svgText(hx, y, fitText(input.title || 'Taqvim', inner, 22), TITLE, side));
	y += 24;
	const [ws, we] = layout.window;
	const range = `${formatDay(Math.ceil(ws), view.calendar, locale)} – ${formatDay(Math.floor(we - 1), view.calendar, locale)}`;
	const sep = ' · ';
	const meta = [
		word(`calendar.${view.calendar}`, locale),
		`${word(win ? 'scope.window' : 'scope.all', locale)}: ${range}`,
		`${localDigits(input.sourceCount, locale)} ${word('sources', locale)}`,
		word(`lanes.${view.lanes}`, locale)
	].join(sep);
	parts.push(svgText(hx, y, fitText(meta, inner, 13), META, side));
	y += 20;
	const filters = describeFilters(view.filters, locale);
	const filterLine = `${word('filters', locale)}: ${filters.length ? filters.join(sep) : word('no-filters', locale)}`;
	parts.push(svgText(hx, y, fitText(filterLine, inner, 12), FILTERS, side));
	y += 16;

	// The plot: the same marks as the live canvas, at the height of all its lanes.
	const plotTop = y;
	const plot = new SvgSurface('tq');
	drawTimeline(
		layout,
		plotBottom,
		plot,
		{ active: null, selected: null, hovered: null, unnamedLane: view.lanes === 'none' ? '' : '—' },
		{ countLimit: Infinity, countDense: true }
	);
	plot.lines([0, plotBottom + 0.5, layout.width, plotBottom + 0.5], PALETTE.axisRule, 1);
	parts.push(`<g transform="translate(${MARGIN},${num(plotTop)})">${plot.toString()}</g>`);
	y = plotTop + plotBottom + 18;

	const legend = drawLegend(layout, locale, inner, y);
	parts.push(`<g transform="translate(${MARGIN},0)">${legend.svg}</g>`);
	y += legend.height + 10;

	const credit = [
		word('credit', locale),
		...(input.exportedOn && Number.isFinite(isoToDay(input.exportedOn))
			? [`${word('exported', locale)} ${formatDay(isoToDay(input.exportedOn), view.calendar, locale)}`]
			: []),
		...(undatedCount ? [`${localDigits(undatedCount, locale)} ${word('undated', locale)}`] : [])
	].join(sep);
	parts.push(svgText(hx, y + 10, fitText(credit, inner, 11), CREDIT, side));
	const H = Math.ceil(y + 10 + MARGIN);

	const counted = layout.aggregates.reduce((n, a) => n + a.count, 0);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(W * scale)}" height="${num(H * scale)}" viewBox="0 0 ${W} ${H}" font-family="${SVG_FONT_STACK.replace(/'/g, '&apos;')}">` +
		`<title>${escapeXml(input.title)}</title>` +
		fontFaces(input.fonts ?? []) +
		`<rect width="${W}" height="${H}" fill="${PALETTE.paper}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width: W, height: H, drawn: layout.glyphs.length, counted, undated: undatedCount };
}
