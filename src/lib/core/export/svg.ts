import type { EventStatus } from '../story/model';
import type { ItemKind, TimelineItem, TimelineLink } from '../timeline/item';
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
import { itemPredicate } from '../timeline/filter';
import { glyphPath, SPAN_FADE, STATUS_COLOURS, statusColour } from '../timeline/style';
import { word } from './labels';
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

export const SVG_FONT_STACK = "Vazirmatn, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";
const INK = '#1d2330';
const MUTED = '#5b6474';
const LINE = '#d9dee7';
const PAPER = '#ffffff';
const LINK_COLOURS: Record<TimelineLink['type'], string> = {
	denies: '#c53030',
	'reports-on': '#5b6474',
	confirms: '#2f855a'
};
const MARGIN = 24;
const PLOT_CLIP = 'taqvim-export-plot';
const KIND_KEYS = new Set(['event', 'claim', 'report', 'denial', 'confirmation', 'document']);

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** True when the first strong character of `s` is right-to-left (Arabic, Persian, Hebrew). */
export function isRtlText(s: string): boolean {
	for (const ch of s) {
		if (RTL_CHAR.test(ch)) return true;
		if (LTR_CHAR.test(ch)) return false;
	}
	return false;
}

/** Estimated advance of `s` at `size` px; layout must not depend on a DOM. */
function textWidth(s: string, size: number): number {
	let w = 0;
	for (const ch of s) w += /[\s.,:;'|·()]/.test(ch) ? 0.3 : /[A-Z\u0600-\u06FF]/.test(ch) ? 0.62 : 0.55;
	return w * size;
}

/** Cuts `s` on a character boundary with an ellipsis so that it fits `px` at `size`. */
function fit(s: string, px: number, size: number): string {
	if (textWidth(s, size) <= px) return s;
	const chars = [...s];
	let lo = 0;
	let hi = chars.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (textWidth(chars.slice(0, mid).join('') + '…', size) <= px) lo = mid;
		else hi = mid - 1;
	}
	return lo > 0 ? chars.slice(0, lo).join('').trimEnd() + '…' : '';
}

/**
 * A `<text>` whose visual edge `side` sits at x, whatever the direction of its content: RTL text
 * gets `direction="rtl"` so the bidi algorithm orders it from the right, and the anchor is swapped
 * accordingly (in SVG, `start` is the right edge of RTL text).
 */
function text(
	x: number,
	y: number,
	content: string,
	side: 'left' | 'right' | 'middle',
	attrs: string
): string {
	const rtl = isRtlText(content);
	const anchor = side === 'middle' ? 'middle' : (side === 'left') !== rtl ? 'start' : 'end';
	return `<text x="${num(x)}" y="${num(y)}"${rtl ? ' direction="rtl"' : ''} text-anchor="${anchor}" ${attrs}>${escapeXml(content)}</text>`;
}

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

function glyph(kind: ItemKind, status: EventStatus | null, x: number, y: number, faded: boolean): string {
	const { d, stroked } = glyphPath(kind, GLYPH_R);
	const colour = statusColour(status);
	const paint = stroked
		? `fill="${PAPER}" stroke="${colour}" stroke-width="2"`
		: `fill="${colour}" stroke="${PAPER}" stroke-width="1"`;
	return `<path transform="translate(${num(x)},${num(y)})" d="${d}" ${paint}${faded ? ' opacity="0.5"' : ''}/>`;
}

function drawPlot(layout: TimelineLayout, laneLabelW: number): string {
	const out: string[] = [];
	const { x0, x1, y0 } = layout.plot;
	const lastLane = layout.lanes[layout.lanes.length - 1];
	const bottom = lastLane ? lastLane.y + lastLane.height : y0 + 40;
	// Lane bands and their names.
	layout.lanes.forEach((lane, i) => {
		if (i % 2 === 1)
			out.push(
				`<rect x="0" y="${num(lane.y)}" width="${num(layout.width)}" height="${num(lane.height)}" fill="#f4f6f9"/>`
			);
		out.push(
			`<line x1="0" x2="${num(layout.width)}" y1="${num(lane.y)}" y2="${num(lane.y)}" stroke="${LINE}" stroke-width="1"/>`
		);
		const name = fit(lane.label || '—', laneLabelW - 12, 12);
		const ly = lane.y + Math.min(lane.height / 2, 18) + 4;
		out.push(
			layout.rtl
				? text(layout.width - 4, ly, name, 'right', `font-size="12" font-weight="700" fill="${INK}"`)
				: text(4, ly, name, 'left', `font-size="12" font-weight="700" fill="${INK}"`)
		);
	});
	out.push(
		`<line x1="0" x2="${num(layout.width)}" y1="${num(bottom)}" y2="${num(bottom)}" stroke="${LINE}" stroke-width="1"/>`
	);
	// Ticks: gridlines through the lanes, labels in the axis band above them.
	for (const t of layout.ticks) {
		if (t.x < x0 - 0.5 || t.x > x1 + 0.5) continue;
		// The label reads away from the tick; drop it when it would run past the plot's end.
		const room = layout.rtl ? t.x - x0 : x1 - t.x;
		const tickLabel = room > textWidth(t.label, 11) + 6 ? t.label : '';
		out.push(
			`<line x1="${num(t.x)}" x2="${num(t.x)}" y1="${num(y0 - 6)}" y2="${num(bottom)}" stroke="${t.major ? '#aab3c2' : LINE}" stroke-width="1"/>`
		);
		if (tickLabel)
			out.push(
				text(
					t.x + (layout.rtl ? -3 : 3),
					y0 - 9,
					tickLabel,
					layout.rtl ? 'right' : 'left',
					`font-size="11" fill="${MUTED}"${t.major ? ' font-weight="700"' : ''}`
				)
			);
	}
	out.push(
		`<line x1="${num(x0)}" x2="${num(x1)}" y1="${num(y0)}" y2="${num(y0)}" stroke="${MUTED}" stroke-width="1"/>`
	);
	for (const t of layout.ticks2) {
		if (t.x < x0 - 0.5 || t.x > x1 + 0.5) continue;
		out.push(text(t.x + 3, y0 - 24, t.label, 'left', `font-size="10" fill="${MUTED}"`));
	}
	// Uncertainty spans under the glyphs; an approximate one fades out towards both ends.
	const fades = new Set(layout.glyphs.filter((g) => g.span && g.approximate).map((g) => g.status ?? 'none'));
	if (fades.size) {
		out.push('<defs>');
		for (const st of fades) {
			const c = STATUS_COLOURS[st];
			const stops = SPAN_FADE.map(
				([o, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`
			).join('');
			out.push(`<linearGradient id="tq-fade-${st}" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient>`);
		}
		out.push('</defs>');
	}
	for (const g of layout.glyphs) {
		if (!g.span) continue;
		const fill = g.approximate ? `url(#tq-fade-${g.status ?? 'none'})` : statusColour(g.status);
		out.push(
			`<rect x="${num(g.span[0])}" y="${num(g.y - 3)}" width="${num(Math.max(1, g.span[1] - g.span[0]))}" height="6" rx="3" fill="${fill}" opacity="0.3"/>`
		);
	}
	// Density boxes where items are counted instead of drawn.
	for (const a of layout.aggregates) {
		out.push(
			`<rect x="${num(a.x)}" y="${num(a.y)}" width="${num(a.width)}" height="${num(a.height)}" rx="3" fill="${MUTED}" opacity="${num(0.15 + 0.45 * a.density)}"/>`
		);
		if (a.width >= 14)
			out.push(
				text(
					a.x + a.width / 2,
					a.y + a.height / 2 + 4,
					localDigits(a.count, layout.locale),
					'middle',
					`font-size="10" fill="${INK}"`
				)
			);
	}
	// Links, clipped to the lanes so that a curve from the first lane never crosses the axis labels,
	// then glyphs and their labels on top. The clip is an in-file reference (#id), nothing external.
	out.push(
		`<clipPath id="${PLOT_CLIP}"><rect x="0" y="${num(y0)}" width="${num(layout.width)}" height="${num(Math.max(0, bottom - y0))}"/></clipPath><g clip-path="url(#${PLOT_CLIP})">`
	);
	for (const l of layout.links) {
		const c = LINK_COLOURS[l.type];
		out.push(
			`<path d="${l.d}" fill="none" stroke="${c}" stroke-width="1.4"${l.type === 'denies' ? ' stroke-dasharray="4 3"' : ''} opacity="0.8"/><polygon points="${l.arrow}" fill="${c}"/>`
		);
	}
	out.push('</g>');
	for (const g of layout.glyphs) out.push(glyph(g.kind, g.status, g.x, g.y, g.approximate));
	for (const l of placeLabels(layout.glyphs, x0, x1, layout.rtl))
		out.push(text(l.x, l.y, l.text, l.side, `font-size="11" fill="${INK}"`));
	return out.join('');
}

const LABEL_SIZE = 11;
const LABEL_GAP = 3;
const MIN_LABEL_PX = 48;
const MAX_LABEL_PX = 300;

/**
 * Labels for a still image. The live layout labels sparse lanes only and only after the glyph, to
 * keep zooming cheap; a printed picture can afford more text. Per row, left to right, each glyph
 * gets its label on the reading-direction side if it fits before the next glyph (or the plot's
 * end), else on the other side if it fits after the previous glyph and its label, else the longer
 * of the two rooms if it holds a useful cut (≥ 48 px), else none. Labels therefore never overlap
 * each other or a glyph of their row.
 */
function placeLabels(
	glyphs: readonly TimelineLayout['glyphs'][number][],
	x0: number,
	x1: number,
	rtl: boolean
): { x: number; y: number; text: string; side: 'left' | 'right' }[] {
	const rows = new Map<string, TimelineLayout['glyphs'][number][]>();
	for (const g of glyphs) {
		const key = `${g.lane}|${num(g.y)}`;
		const row = rows.get(key);
		if (row) row.push(g);
		else rows.set(key, [g]);
	}
	const out: { x: number; y: number; text: string; side: 'left' | 'right' }[] = [];
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
			const fitted = side ? fit(label, room(side), LABEL_SIZE) : '';
			if (!side || !fitted) {
				usedUntil = Math.max(usedUntil, glyphRight);
				return;
			}
			if (side === 'right') {
				out.push({ x: glyphRight + LABEL_GAP, y: g.y + 4, text: fitted, side: 'left' });
				usedUntil = glyphRight + LABEL_GAP + textWidth(fitted, LABEL_SIZE);
			} else {
				out.push({ x: g.x - GLYPH_R - LABEL_GAP, y: g.y + 4, text: fitted, side: 'right' });
				usedUntil = Math.max(usedUntil, glyphRight);
			}
		});
	}
	return out;
}

/** Legend entries: glyph per kind present, colour per status present, link types present. */
function drawLegend(
	layout: TimelineLayout,
	locale: DisplayLocale,
	width: number,
	y: number
): { svg: string; height: number } {
	const kinds = new Set<ItemKind>();
	const statuses = new Set<EventStatus | 'none'>();
	for (const g of layout.glyphs) {
		kinds.add(g.kind);
		statuses.add(g.status ?? 'none');
	}
	const linkTypes = new Set(layout.links.map((l) => l.type));
	const entries: { draw: (x: number, y: number) => string; label: string }[] = [];
	const KIND_ORDER: ItemKind[] = ['event', 'claim', 'report', 'denial', 'confirmation', 'document'];
	for (const k of KIND_ORDER)
		if (kinds.has(k))
			entries.push({
				label: word(`kind.${k}`, locale),
				draw: (x, yy) => {
					const { d, stroked } = glyphPath(k, GLYPH_R);
					return `<path transform="translate(${num(x)},${num(yy)})" d="${d}" ${stroked ? `fill="${PAPER}" stroke="${INK}" stroke-width="2"` : `fill="${INK}"`}/>`;
				}
			});
	for (const s of ['reported', 'confirmed', 'denied', 'disputed', 'none'] as const)
		if (statuses.has(s))
			entries.push({
				label: word(`status.${s}`, locale),
				draw: (x, yy) =>
					`<rect x="${num(x - 6)}" y="${num(yy - 6)}" width="12" height="12" rx="2" fill="${STATUS_COLOURS[s]}"/>`
			});
	for (const t of ['denies', 'reports-on', 'confirms'] as const)
		if (linkTypes.has(t))
			entries.push({
				label: word(`link.${t}`, locale),
				draw: (x, yy) =>
					`<line x1="${num(x - 10)}" x2="${num(x + 8)}" y1="${num(yy)}" y2="${num(yy)}" stroke="${LINK_COLOURS[t]}" stroke-width="1.6"${t === 'denies' ? ' stroke-dasharray="4 3"' : ''}/>`
			});
	if (layout.aggregates.length)
		entries.push({
			label: word('aggregate', locale),
			draw: (x, yy) =>
				`<rect x="${num(x - 9)}" y="${num(yy - 7)}" width="18" height="14" rx="3" fill="${MUTED}" opacity="0.4"/>` +
				text(x, yy + 4, localDigits(3, locale), 'middle', `font-size="10" fill="${INK}"`)
		});
	const rtl = locale !== 'en';
	const out: string[] = [];
	let cx = 0;
	let row = 0;
	for (const e of entries) {
		const w = 22 + textWidth(e.label, 12) + 18;
		if (cx + w > width && cx > 0) {
			cx = 0;
			row++;
		}
		const yy = y + row * 22 + 8;
		const gx = rtl ? width - cx - 10 : cx + 10;
		out.push(e.draw(gx, yy));
		out.push(
			text(rtl ? gx - 16 : gx + 16, yy + 4, e.label, rtl ? 'right' : 'left', `font-size="12" fill="${INK}"`)
		);
		cx += w;
	}
	return { svg: out.join(''), height: entries.length ? (row + 1) * 22 : 0 };
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
	const pass = itemPredicate(view.filters);
	const undatedCount = input.items.reduce((n, it) => (!it.when && pass(it) ? n + 1 : n), 0);
	const shownItems = win
		? input.items.filter((it) => {
				const d = itemDays(it);
				return d !== null && d[0] < win[1] && d[1] > win[0];
			})
		: input.items;
	const prep = prepareTimeline(shownItems, input.links ?? [], view.filters, view.lanes, laneLabel);
	const windowDays = win ?? fitWindow(prep);
	const laneLabelW = view.lanes === 'none' ? 0 : Math.min(170, inner / 4);
	const layout = layoutFrame(prep, view, windowDays, {
		width: inner,
		height: 1_000_000,
		maxRows: input.maxRows ?? 6,
		rowHeight: 20,
		labelWidth: laneLabelW,
		tickCount: Math.max(2, Math.floor((inner - laneLabelW) / 110))
	});
	const lastLane = layout.lanes[layout.lanes.length - 1];
	const plotBottom = lastLane ? lastLane.y + lastLane.height : layout.plot.y0 + 40;

	// Header: title, then calendar · window · sources, then filters.
	const parts: string[] = [];
	const side = rtlUi ? 'right' : 'left';
	const hx = rtlUi ? W - MARGIN : MARGIN;
	let y = MARGIN + 22;
	parts.push(
		text(
			hx,
			y,
			fit(input.title || 'Taqvim', inner, 22),
			side,
			`font-size="22" font-weight="700" fill="${INK}"`
		)
	);
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
	parts.push(text(hx, y, fit(meta, inner, 13), side, `font-size="13" fill="${MUTED}"`));
	y += 20;
	const filters = describeFilters(view.filters, locale);
	const filterLine = `${word('filters', locale)}: ${filters.length ? filters.join(sep) : word('no-filters', locale)}`;
	parts.push(text(hx, y, fit(filterLine, inner, 12), side, `font-size="12" fill="${MUTED}"`));
	y += 16;

	const plotTop = y;
	parts.push(`<g transform="translate(${MARGIN},${num(plotTop)})">${drawPlot(layout, laneLabelW)}</g>`);
	y = plotTop + plotBottom + 18;

	const legend = drawLegend(layout, locale, inner, y);
	parts.push(`<g transform="translate(${MARGIN},0)">${legend.svg}</g>`);
	y += legend.height + 10;

	const undated = undatedCount;
	const credit = [
		word('credit', locale),
		...(input.exportedOn && Number.isFinite(isoToDay(input.exportedOn))
			? [`${word('exported', locale)} ${formatDay(isoToDay(input.exportedOn), view.calendar, locale)}`]
			: []),
		...(undated ? [`${localDigits(undated, locale)} ${word('undated', locale)}`] : [])
	].join(sep);
	parts.push(text(hx, y + 10, fit(credit, inner, 11), side, `font-size="11" fill="${MUTED}"`));
	const H = Math.ceil(y + 10 + MARGIN);

	const counted = layout.aggregates.reduce((n, a) => n + a.count, 0);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(W * scale)}" height="${num(H * scale)}" viewBox="0 0 ${W} ${H}" font-family="${SVG_FONT_STACK.replace(/'/g, '&apos;')}">` +
		`<title>${escapeXml(input.title)}</title>` +
		fontFaces(input.fonts ?? []) +
		`<rect width="${W}" height="${H}" fill="${PAPER}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width: W, height: H, drawn: layout.glyphs.length, counted, undated };
}
