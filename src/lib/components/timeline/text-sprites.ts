/**
 * Canvas text as cached bitmaps. `fillText` shapes its string on every call (for Arabic script
 * that is the costly part of a timeline frame), while zooming and panning redraw the same few
 * hundred labels — month names, lane names, item labels — at new positions. A text drawn a second
 * time is shaped once into a small bitmap at the device pixel ratio and from then on blitted at
 * whole device pixels, so it is exactly as sharp as `fillText` there. A text seen only once is
 * drawn directly: making a bitmap costs a few `fillText`s, a loss for a label that never returns.
 */

export type Align = 'left' | 'right' | 'center';

interface Sprite {
	image: CanvasImageSource;
	/** Advance width, CSS px (what alignment uses). */
	advance: number;
	/** Offset from the pen position to the bitmap's top-left corner, CSS px. */
	dx: number;
	dy: number;
	/** Bitmap size, CSS px. */
	w: number;
	h: number;
}

const MAX_SPRITES = 3000;
const MAX_SEEN = 20_000;

export class TextSprites {
	private cache = new Map<string, Sprite>();
	private seen = new Set<string>();
	private widths = new Map<string, number>();
	private dpr = 1;
	/** The font last set on the target canvas by a direct draw (setting it re-parses it). */
	private font = '';
	private scratch: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;

	/** Drops every bitmap (a web font arrived, or the pixel ratio changed). */
	reset(): void {
		for (const s of this.cache.values()) close(s);
		this.cache.clear();
		this.seen.clear();
		this.widths.clear();
		this.font = '';
	}

	/** The advance width of `text` in `font`, CSS px. */
	width(font: string, text: string): number {
		const key = `${font}\u0000${text}`;
		let w = this.widths.get(key);
		if (w === undefined) {
			const m = this.context();
			if (m) m.font = font;
			w = m ? m.measureText(text).width : 0;
			if (this.widths.size >= MAX_SEEN) this.widths.clear();
			this.widths.set(key, w);
		}
		return w;
	}

	/** Forget the target canvas's font (its context was made anew). */
	contextChanged(): void {
		this.font = '';
	}

	/**
	 * Draws `text` on `c` (whose transform is the plain dpr scale) with its alphabetic baseline at
	 * `y`; `align` is where `x` falls on the text's advance box.
	 */
	draw(
		c: CanvasRenderingContext2D,
		text: string,
		x: number,
		y: number,
		font: string,
		fill: string,
		direction: 'ltr' | 'rtl',
		align: Align,
		dpr: number
	): number {
		if (!text) return 0;
		if (dpr !== this.dpr) {
			this.reset();
			this.dpr = dpr;
		}
		const key = `${font}\u0000${fill}\u0000${direction}\u0000${text}`;
		let s = this.cache.get(key);
		if (!s && !this.seen.has(key)) {
			if (this.seen.size >= MAX_SEEN) this.seen.clear();
			this.seen.add(key);
			const advance = this.width(font, text);
			if (font !== this.font) c.font = this.font = font;
			c.fillStyle = fill;
			c.direction = direction;
			c.textAlign = 'left';
			c.textBaseline = 'alphabetic';
			const left = align === 'left' ? x : align === 'right' ? x - advance : x - advance / 2;
			c.fillText(text, left, y);
			return advance;
		}
		s ??= this.sprite(key, font, fill, direction, text, dpr);
		const left = align === 'left' ? x : align === 'right' ? x - s.advance : x - s.advance / 2;
		const px = Math.round((left + s.dx) * dpr) / dpr;
		const py = Math.round((y + s.dy) * dpr) / dpr;
		c.drawImage(s.image, px, py, s.w, s.h);
		return s.advance;
	}

	private context(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
		this.scratch ??= context2d(makeCanvas(1, 1));
		return this.scratch;
	}

	private sprite(
		key: string,
		font: string,
		fill: string,
		direction: 'ltr' | 'rtl',
		text: string,
		dpr: number
	): Sprite {
		// Full: drop the oldest third (a Map iterates in insertion order).
		if (this.cache.size >= MAX_SPRITES) {
			let n = Math.floor(MAX_SPRITES / 3);
			for (const [k, old] of this.cache) {
				if (n-- <= 0) break;
				close(old);
				this.cache.delete(k);
			}
		}
		const m = this.context();
		let sprite: Sprite;
		if (!m) {
			sprite = { image: makeCanvas(1, 1), advance: 0, dx: 0, dy: 0, w: 0, h: 0 };
		} else {
			m.font = font;
			m.direction = direction;
			m.textAlign = 'left';
			m.textBaseline = 'alphabetic';
			const met = m.measureText(text);
			// The ink can reach past the advance box (Arabic swashes, italics): size to the ink, 1 px spare.
			const left = Math.max(0, met.actualBoundingBoxLeft) + 1;
			const right = Math.max(met.width, met.actualBoundingBoxRight) + 1;
			const ascent = Math.max(met.fontBoundingBoxAscent, met.actualBoundingBoxAscent) + 1;
			const descent = Math.max(met.fontBoundingBoxDescent, met.actualBoundingBoxDescent) + 1;
			const W = Math.max(1, Math.ceil((left + right) * dpr));
			const H = Math.max(1, Math.ceil((ascent + descent) * dpr));
			const canvas = makeCanvas(W, H);
			const t = context2d(canvas);
			if (!t) throw new Error('TextSprites: no 2D canvas context');
			t.scale(dpr, dpr);
			t.font = font;
			t.direction = direction;
			t.textAlign = 'left';
			t.textBaseline = 'alphabetic';
			t.fillStyle = fill;
			t.fillText(text, left, ascent);
			sprite = {
				image: 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas,
				advance: met.width,
				dx: -left,
				dy: -ascent,
				w: W / dpr,
				h: H / dpr
			};
		}
		this.cache.set(key, sprite);
		return sprite;
	}
}

function makeCanvas(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
	return typeof OffscreenCanvas !== 'undefined'
		? new OffscreenCanvas(w, h)
		: Object.assign(document.createElement('canvas'), { width: w, height: h });
}

function context2d(
	canvas: OffscreenCanvas | HTMLCanvasElement
): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
	return canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
}

function close(s: Sprite): void {
	if (typeof ImageBitmap !== 'undefined' && s.image instanceof ImageBitmap) s.image.close();
}
