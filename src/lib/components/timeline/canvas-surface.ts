/**
 * The marks' `Surface` on a 2D canvas (the live timeline). Every timeline shape is defined once in
 * core/timeline/marks.ts; this file only knows how a canvas draws rectangles, lines, paths, fading
 * bars and text, cheaply:
 *
 * - styles are set only when they change (each assignment of a colour or font is parsed);
 * - a batch of rectangles, segments or paths is one path and one fill or stroke;
 * - path data seen before (the glyph shapes) is parsed into a Path2D once;
 * - a span's fade is one gradient per colour from x = 0 to 1, stretched onto each span by the
 *   transform, so a frame creates no gradient objects;
 * - text goes through TextSprites (shaped once, then blitted from an atlas).
 *
 * Why a canvas: a zoom or pan frame moves every tick, link, bucket and glyph; as SVG that was
 * dozens of re-positioned tick groups and hundreds of bucket boxes per frame, and their style and
 * layout dominated the frame.
 */
import { textDirection } from '$lib/core/time/format';
import type { Align, Surface } from '$lib/core/timeline/marks';
import { SPAN_FADE, type Paint, type TextStyle } from '$lib/core/timeline/style';
import { TextSprites } from './text-sprites';

/** `#rrggbb` with an alpha, as a CSS colour. */
function withAlpha(hex: string, a: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

const MAX_SHAPES = 64;

/**
 * A surface bound to one canvas context at a device pixel ratio. `begin(ctx, dpr)` before each
 * frame (the context or ratio may have changed); `reset()` when a web font arrives.
 */
export class CanvasSurface implements Surface {
	private c!: CanvasRenderingContext2D;
	private dpr = 1;
	private readonly sprites = new TextSprites();
	private readonly shapes = new Map<string, Path2D>();
	private readonly fades = new Map<string, CanvasGradient>();
	// The context's style as last set (reading it back from the context is as dear as setting it).
	private fill = '';
	private stroke = '';
	private width = -1;
	private alpha = -1;
	private dashed = false;

	/** Starts a frame on `ctx` at `dpr`: plain scale transform, nothing assumed of the context's state. */
	begin(ctx: CanvasRenderingContext2D, dpr: number): void {
		if (ctx !== this.c) this.fades.clear();
		this.c = ctx;
		this.dpr = dpr;
		this.fill = this.stroke = '';
		this.width = this.alpha = -1;
		this.dashed = true;
		this.dash(undefined);
		ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
		ctx.lineCap = 'butt';
		this.sprites.contextChanged();
	}

	/** Drops the text bitmaps (a web font arrived) and forgets the context's gradients. */
	reset(): void {
		this.sprites.reset();
		this.fades.clear();
	}

	dispose(): void {
		this.sprites.dispose();
	}

	/** Texts drawn since the last call: shaped with fillText, or blitted from the cache. */
	textCounts(): { direct: number; cached: number } {
		return this.sprites.counts();
	}

	private setFill(f: string) {
		if (f !== this.fill) this.c.fillStyle = this.fill = f;
	}
	private setStroke(s: string) {
		if (s !== this.stroke) this.c.strokeStyle = this.stroke = s;
	}
	private setWidth(w: number) {
		if (w !== this.width) this.c.lineWidth = this.width = w;
	}
	private setAlpha(a: number) {
		if (a !== this.alpha) this.c.globalAlpha = this.alpha = a;
	}
	private dash(d: readonly number[] | undefined) {
		const on = !!d && d.length > 0;
		if (!on && !this.dashed) return;
		this.c.setLineDash(on ? (d as number[]) : []);
		this.dashed = on;
	}

	rects(xywh: readonly number[], fill: string, alpha = 1): void {
		const c = this.c;
		c.beginPath();
		for (let i = 0; i < xywh.length; i += 4) c.rect(xywh[i], xywh[i + 1], xywh[i + 2], xywh[i + 3]);
		this.setAlpha(alpha);
		this.setFill(fill);
		c.fill();
	}

	lines(xyxy: readonly number[], stroke: string, width: number): void {
		const c = this.c;
		c.beginPath();
		for (let i = 0; i < xyxy.length; i += 4) {
			c.moveTo(xyxy[i], xyxy[i + 1]);
			c.lineTo(xyxy[i + 2], xyxy[i + 3]);
		}
		this.setAlpha(1);
		this.dash(undefined);
		this.setStroke(stroke);
		this.setWidth(width);
		c.stroke();
	}

	private shape(d: string): Path2D {
		let p = this.shapes.get(d);
		if (!p) {
			if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
			this.shapes.set(d, (p = new Path2D(d)));
		}
		return p;
	}

	private paint(p: Path2D, paint: Paint): void {
		this.setAlpha(paint.alpha ?? 1);
		if (paint.fill) {
			this.setFill(paint.fill);
			this.c.fill(p);
		}
		if (paint.stroke) {
			this.setStroke(paint.stroke);
			this.setWidth(paint.width ?? 1);
			this.dash(paint.dash);
			this.c.stroke(p);
		}
	}

	path(d: string, paint: Paint, x = 0, y = 0): void {
		const dpr = this.dpr;
		const moved = x !== 0 || y !== 0;
		if (moved) this.c.setTransform(dpr, 0, 0, dpr, x * dpr, y * dpr);
		this.paint(this.shape(d), paint);
		if (moved) this.c.setTransform(dpr, 0, 0, dpr, 0, 0);
	}

	paths(ds: readonly string[], paint: Paint): void {
		if (ds.length) this.paint(new Path2D(ds.join('')), paint);
	}

	links(pts: readonly (readonly number[])[], paint: Paint, heads: boolean): void {
		const c = this.c;
		c.beginPath();
		for (const p of pts) {
			if (heads) {
				c.moveTo(p[6], p[7]);
				c.lineTo(p[8], p[9]);
				c.lineTo(p[10], p[11]);
				c.closePath();
			} else {
				c.moveTo(p[0], p[1]);
				c.bezierCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]);
			}
		}
		this.setAlpha(paint.alpha ?? 1);
		if (paint.fill) {
			this.setFill(paint.fill);
			c.fill();
		}
		if (paint.stroke) {
			this.setStroke(paint.stroke);
			this.setWidth(paint.width ?? 1);
			this.dash(paint.dash);
			c.stroke();
		}
	}

	fade(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void {
		const c = this.c;
		let g = this.fades.get(colour);
		if (!g) {
			g = c.createLinearGradient(0, 0, 1, 0);
			for (const [o, a] of SPAN_FADE) g.addColorStop(o, withAlpha(colour, a));
			this.fades.set(colour, g);
		}
		this.setAlpha(alpha);
		c.fillStyle = g;
		this.fill = '';
		const dpr = this.dpr;
		c.setTransform(dpr * (x1 - x0), 0, 0, dpr, dpr * x0, 0);
		c.fillRect(0, y - h / 2, 1, h);
		c.setTransform(dpr, 0, 0, dpr, 0, 0);
	}

	bar(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void {
		const c = this.c;
		this.setAlpha(alpha);
		this.dash(undefined);
		this.setStroke(colour);
		this.setWidth(h);
		c.lineCap = 'round';
		c.beginPath();
		c.moveTo(x0, y);
		c.lineTo(x1, y);
		c.stroke();
		c.lineCap = 'butt';
	}

	text(s: string, x: number, y: number, style: TextStyle, align: Align): void {
		this.setAlpha(1);
		this.sprites.draw(this.c, s, x, y, style.font, style.fill, textDirection(s), align, this.dpr);
		// A direct draw sets the fill itself.
		this.fill = '';
	}

	measure(s: string, style: TextStyle): number {
		return this.sprites.width(style.font, s);
	}

	clip(x: number, y: number, w: number, h: number): void {
		const c = this.c;
		c.save();
		c.beginPath();
		c.rect(x, y, w, h);
		c.clip();
	}

	unclip(): void {
		this.c.restore();
		// restore() put back the state of save() time.
		this.fill = this.stroke = '';
		this.width = this.alpha = -1;
		this.dashed = true;
		this.sprites.contextChanged();
	}
}
