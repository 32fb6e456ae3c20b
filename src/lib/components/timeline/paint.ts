/**
 * Paints one timeline frame (a `TimelineLayout` from the core) on the live canvas, with the marks
 * of core/timeline/marks.ts drawn on a CanvasSurface. The SVG over the canvas keeps what must be
 * in the DOM — hit targets and accessible options for the items, and a copy of the ticks, lanes
 * and links for tests and tools — and brings it up to date once a gesture pauses.
 */
import { drawTimeline, type MarkState } from '$lib/core/timeline/marks';
import type { TimelineLayout } from '$lib/core/timeline';
import { PALETTE } from '$lib/core/timeline/style';
import { CanvasSurface } from './canvas-surface';

export type PaintState = MarkState;

/**
 * A painter bound to one canvas: `paint(layout, height, state)` redraws everything; `fontsChanged()`
 * after a web font arrives; `dispose()` when the canvas goes. It keeps the parsed glyph shapes and
 * the text bitmaps between frames.
 */
export function canvasPainter(canvas: HTMLCanvasElement) {
	let ctx: CanvasRenderingContext2D | null = null;
	const surface = new CanvasSurface();
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
		}
		// Opaque: the compositor then copies the canvas instead of blending it over the page. On a
		// 2-core machine its work competes with the next frame's; this cut the zoom frames' p95 from
		// 5.6 to 4.0 ms (6 loads each, taking turns).
		ctx ??= canvas.getContext('2d', { alpha: false });
		if (!ctx) return;
		surface.begin(ctx, dpr);
		surface.rects([0, 0, lay.width, h], PALETTE.paper);
		drawTimeline(lay, h, surface, st);
		textCounts = surface.textCounts();
	}
	return {
		paint,
		fontsChanged: () => surface.reset(),
		dispose: () => surface.dispose(),
		textCounts: () => textCounts
	};
}
