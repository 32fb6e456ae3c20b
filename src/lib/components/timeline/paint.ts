/**
 * Paints one timeline frame (a `TimelineLayout` from the core) on a 2D canvas: the axis with its
 * calendar ticks and second label row, grid, lane labels, links with arrowheads, density buckets,
 * uncertainty spans, glyphs, item labels and focus rings.
 *
 * Why a canvas: a zoom or pan frame changes the position of every tick, link, bucket and glyph.
 * As SVG, that was ~40 re-positioned tick groups and up to ~400 bucket boxes per frame, and their
 * style and layout dominated the frame. The SVG over the canvas keeps what must be in the DOM —
 * hit targets and accessible options for the items, and a copy of the ticks, lanes and links for
 * tests and tools — and brings it up to date once a gesture pauses.
 */
import { glyphPath, SPAN_FADE, statusColour, textDirection, type TimelineLayout } from '$lib/core/timeline';
import type { ItemKind } from '$lib/core/timeline/item';
import { TextSprites, type Align } from './text-sprites';

export const INK = '#1d2330';
export const MUTED = '#5b6474';
export const ACCENT = '#1f5fa8';
/** The plot's background (the canvas is opaque). */
export const PAPER = '#ffffff';
const SHADES = 6;
const SHADE_FILLS = Array.from(
	{ length: SHADES },
	(_, lv) => `rgba(74, 85, 104, ${0.15 + (0.6 * (lv + 1)) / SHADES})`
);
const FAMILY = 'Vazirmatn, system-ui, sans-serif';
const LINK_COLOUR: Record<string, string> = { denies: '#c53030' };

/** `#rrggbb` with an alpha, as a CSS colour. */
function withAlpha(hex: string, a: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** Glyph sizes per kind (px radius), shared by the canvas and the SVG hit targets. */
export const GLYPHS: Record<ItemKind, { d: string; stroked: boolean }> = {
	event: glyphPath('event', 6),
	claim: glyphPath('claim', 6.5),
	report: glyphPath('report', 6.5),
	denial: glyphPath('denial', 7),
	confirmation: glyphPath('confirmation', 6.5),
	document: glyphPath('document', 6)
};

export interface PaintState {
	/** Item id with the keyboard focus ring, if the timeline has focus. */
	active: string | null;
	/** Item id of the selection ring. */
	selected: string | null;
	/** Second label row present (the first row's tick lines start higher). */
	twoRows: boolean;
	/** Placeholder label of lanes without a name ('' in lane mode "none"). */
	unnamedLane: string;
}

/**
 * A painter bound to one canvas: `paint(layout, height, state)` redraws everything; `fontsChanged()`
 * after a web font arrives; `dispose()` when the canvas goes. It keeps the parsed glyph shapes and
 * the text bitmaps between frames.
 */
export function canvasPainter(canvas: HTMLCanvasElement) {
	let ctx: CanvasRenderingContext2D | null = null;
	const shapes = Object.fromEntries(Object.entries(GLYPHS).map(([k, v]) => [k, new Path2D(v.d)])) as Record<
		ItemKind,
		Path2D
	>;
	const text = new TextSprites();
	/** Span fades per colour, made once per context. */
	const fades = new Map<string, CanvasGradient>();
	const labelFont = `11px ${FAMILY}`;
	const boldFont = `700 11px ${FAMILY}`;
	const countFont = `700 10px ${FAMILY}`;

	/** Texts of the last frame: shaped with `fillText` (first sight) or blitted from the cache. */
	let textCounts = { direct: 0, cached: 0 };

	function paint(lay: TimelineLayout, h: number, st: PaintState) {
		const dpr = globalThis.devicePixelRatio || 1;
		const w = Math.round(lay.width * dpr);
		const hh = Math.round(h * dpr);
		if (canvas.width !== w || canvas.height !== hh) {
			canvas.width = w;
			canvas.height = hh;
			ctx = null;
			fades.clear();
			text.contextChanged();
		}
		// Opaque: the compositor then copies the canvas instead of blending it over the page. On a
		// 2-core machine its work competes with the next frame's; this cut the zoom frames' p95 from
		// 5.6 to 4.0 ms (6 loads each, taking turns).
		ctx ??= canvas.getContext('2d', { alpha: false });
		if (!ctx) return;
		const c = ctx;
		const top = lay.axisHeight;
		// Text at an anchor: `align` says where the anchor falls on the text's box, whatever its direction.
		const say = (s: string, x: number, y: number, font: string, fill: string, align: Align) =>
			text.draw(c, s, x, y, font, fill, textDirection(s), align, dpr);
		c.setTransform(dpr, 0, 0, dpr, 0, 0);
		c.fillStyle = PAPER;
		c.fillRect(0, 0, lay.width, h);
		c.globalAlpha = 1;

		// Lanes scroll under the axis: nothing of theirs is drawn over it.
		c.save();
		c.beginPath();
		c.rect(0, top, lay.width, h - top);
		c.clip();

		// Grid: one path per weight.
		for (const major of [false, true]) {
			c.beginPath();
			for (const t of lay.ticks) {
				if (t.major !== major) continue;
				const x = Math.round(t.x) + 0.5;
				c.moveTo(x, top);
				c.lineTo(x, h);
			}
			c.strokeStyle = major ? '#dde1e8' : '#eef0f4';
			c.lineWidth = 1;
			c.stroke();
		}

		// Lane labels with their totals, on the reading-start side: "label 12" in LTR, mirrored
		// ("12 label", flush right) in RTL.
		for (const lane of lay.lanes) {
			const name = lane.label || st.unnamedLane;
			const total = String(lane.total);
			const y = lane.y + 14;
			const lw = name ? text.width(boldFont, name) : 0;
			const tw = text.width(labelFont, total);
			const x0 = lay.rtl ? lay.width - 6 - lw - 5 - tw : 6;
			if (name) say(name, lay.rtl ? x0 + tw + 5 : x0, y, boldFont, MUTED, 'left');
			say(total, lay.rtl ? x0 : x0 + lw + (name ? 5 : 0), y, labelFont, MUTED, 'left');
		}

		// Links: a denial → what it denies (red, dashed), a report → its event (grey).
		for (const l of lay.links) {
			const colour = LINK_COLOUR[l.type] ?? '#718096';
			c.strokeStyle = colour;
			c.fillStyle = colour;
			c.lineWidth = 1.2;
			c.setLineDash(l.type === 'denies' ? [4, 2] : []);
			c.stroke(new Path2D(l.d));
			c.setLineDash([]);
			c.fill(new Path2D(`M${l.arrow}Z`));
		}

		// Density buckets in SHADES levels of one grey: one path and one fill per level.
		const level = new Uint8Array(lay.aggregates.length);
		const used = new Uint8Array(SHADES);
		lay.aggregates.forEach((a, i) => {
			level[i] = Math.min(SHADES - 1, Math.floor(a.density * SHADES));
			used[level[i]] = 1;
		});
		for (let lv = 0; lv < SHADES; lv++) {
			if (!used[lv]) continue;
			c.beginPath();
			lay.aggregates.forEach((a, i) => {
				if (level[i] === lv) c.rect(a.x, a.y, a.width, a.height);
			});
			c.fillStyle = SHADE_FILLS[lv];
			c.fill();
		}

		// Uncertainty spans under the glyphs; an approximate one fades out towards both ends. The fade
		// is one gradient per colour from x = 0 to 1, stretched onto each span by the transform, so a
		// frame creates no gradient objects.
		c.lineCap = 'round';
		c.lineWidth = 4;
		c.globalAlpha = 0.35;
		for (const g of lay.glyphs) {
			if (!g.span) continue;
			const colour = statusColour(g.status);
			const w = g.span[1] - g.span[0];
			if (g.approximate && w > 2) {
				let fade = fades.get(colour);
				if (!fade) {
					fade = c.createLinearGradient(0, 0, 1, 0);
					for (const [o, a] of SPAN_FADE) fade.addColorStop(o, withAlpha(colour, a));
					fades.set(colour, fade);
				}
				c.fillStyle = fade;
				c.setTransform(dpr * w, 0, 0, dpr, dpr * g.span[0], 0);
				c.fillRect(0, g.y - 2, 1, 4);
				c.setTransform(dpr, 0, 0, dpr, 0, 0);
				continue;
			}
			c.strokeStyle = colour;
			c.beginPath();
			c.moveTo(g.span[0], g.y);
			c.lineTo(g.span[1], g.y);
			c.stroke();
		}
		c.lineCap = 'butt';

		// Glyphs: styles are set only when they change (each assignment is parsed).
		let fillStyle = '';
		let strokeStyle = '';
		let lineWidth = -1;
		let alpha = -1;
		for (const g of lay.glyphs) {
			const colour = statusColour(g.status);
			const shape = GLYPHS[g.kind];
			const ring = st.active === g.id ? 'active' : st.selected === g.id ? 'selected' : null;
			const ga = g.approximate ? 0.45 : 1;
			const fs = shape.stroked ? '#fff' : colour;
			const ss = ring === 'active' ? ACCENT : ring === 'selected' ? INK : shape.stroked ? colour : '#fff';
			const lw = ring === 'active' ? 3 : ring === 'selected' ? 2.5 : shape.stroked ? 2 : 1;
			if (ga !== alpha) c.globalAlpha = alpha = ga;
			if (fs !== fillStyle) c.fillStyle = fillStyle = fs;
			if (ss !== strokeStyle) c.strokeStyle = strokeStyle = ss;
			if (lw !== lineWidth) c.lineWidth = lineWidth = lw;
			c.setTransform(dpr, 0, 0, dpr, g.x * dpr, g.y * dpr);
			c.fill(shapes[g.kind]);
			c.stroke(shapes[g.kind]);
		}
		c.setTransform(dpr, 0, 0, dpr, 0, 0);
		c.globalAlpha = 1;
		for (const g of lay.glyphs) {
			if (!g.label) continue;
			const right = g.labelSide === 'right';
			say(g.label, g.x + (right ? 9 : -9), g.y + 4, labelFont, INK, right ? 'left' : 'right');
		}

		// Counts on the buckets of lanes that still show glyphs (a fully aggregated lane shows its
		// total on the lane label, and each bucket's count on hover). Text is the costly part.
		const dense = new Set(lay.lanes.filter((l) => l.aggregated).map((l) => l.index));
		let counted = 0;
		for (const a of lay.aggregates) {
			if (a.width < 16 || a.y < top || dense.has(a.lane)) continue;
			if (++counted > 40) break;
			const n = a.count > 999 ? Math.round(a.count / 1000) + 'k' : String(a.count);
			// Digits' cap height is ~0.7 em: a baseline 3.5 px below the middle centres them.
			say(
				n,
				a.x + a.width / 2,
				a.y + a.height / 2 + 4,
				countFont,
				a.density >= 2 / SHADES ? '#ffffff' : INK,
				'center'
			);
		}
		c.restore();
		text.contextChanged(); // restore() put back the font of save() time

		// The axis, over everything: background, the display calendar's ticks, the second row.
		c.fillStyle = '#fbfbf8';
		c.fillRect(0, 0, lay.width, top);
		c.strokeStyle = '#d9dee7';
		c.lineWidth = 1;
		c.beginPath();
		c.moveTo(0, top - 0.5);
		c.lineTo(lay.width, top - 0.5);
		c.stroke();
		c.strokeStyle = '#9aa3b2';
		c.beginPath();
		for (const t of lay.ticks) {
			const x = Math.round(t.x) + 0.5;
			c.moveTo(x, st.twoRows ? 2 : 4);
			c.lineTo(x, top);
		}
		for (const t of lay.ticks2) {
			const x = Math.round(t.x) + 0.5;
			c.moveTo(x, 22);
			c.lineTo(x, top);
		}
		c.stroke();
		// Labels run from their tick in the reading direction: right of it in LTR, left in RTL.
		const dx = lay.rtl ? -3 : 3;
		const align = lay.rtl ? 'right' : 'left';
		for (const t of lay.ticks) say(t.label, t.x + dx, 14, t.major ? boldFont : labelFont, INK, align);
		for (const t of lay.ticks2) say(t.label, t.x + dx, 34, labelFont, MUTED, align);
		textCounts = text.counts();
	}
	return {
		paint,
		fontsChanged: () => text.reset(),
		dispose: () => text.dispose(),
		textCounts: () => textCounts
	};
}
