/**
 * Canvas text as cached bitmaps in a few atlas pages. `fillText` shapes its string on every call
 * (for Arabic script that is the costly part of a timeline frame), while zooming and panning redraw
 * the same few hundred labels — month names, lane names, item labels — at new positions.
 *
 * A text not yet cached is drawn with `fillText` and queued; when the main thread is idle, queued
 * texts are shaped at the device pixel ratio into slots of an atlas page, and from then on blitted
 * at whole device pixels, exactly as sharp as `fillText` there. So a frame never pays for making a
 * bitmap, and a frame that zooms into new labels costs what plain `fillText` costs.
 *
 * Why pages, filled when idle, read as ImageBitmaps: a canvas and context per text cost more than
 * the text itself; and drawing from a canvas snapshots it on every call, which made a blit dearer
 * than `fillText`. A page is drawn on a canvas and read through an immutable ImageBitmap copy of
 * it, the cheap source to blit from; when the page gains texts (in an idle callback) a new copy is
 * made, and its new texts are blitted once the copy is ready. When all pages are full the oldest
 * is wiped and reused; its texts are queued again if they return.
 */

export type Align = 'left' | 'right' | 'center';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

interface Page {
	canvas: OffscreenCanvas | HTMLCanvasElement;
	ctx: Context2D;
	/** What frames draw from: the page's last ImageBitmap, or the canvas itself where none can be made. */
	image: CanvasImageSource | null;
	/** Texts written so far, and how many of them `image` holds. */
	written: number;
	ready: number;
	/** Bumped when the page is wiped, so a copy made before is not taken for one made after. */
	epoch: number;
	/** Shelf packing: the pen, and the current shelf's top and height (device px). */
	x: number;
	y: number;
	shelf: number;
	/** Keys of the sprites held, dropped with the page. */
	keys: string[];
	/** Context state last set, to skip re-parsing fonts and colours. */
	font: string;
	fill: string;
	direction: string;
}

interface Sprite {
	page: Page;
	/** Its place in the page's writing order: in `image` once `page.ready` passes it. */
	n: number;
	/** Source rectangle in the page, device px. */
	sx: number;
	sy: number;
	sw: number;
	sh: number;
	/** Advance width, CSS px (what alignment uses). */
	advance: number;
	/** Offset from the pen position to the bitmap's top-left corner, CSS px. */
	dx: number;
	dy: number;
}

interface Metrics {
	width: number;
	left: number;
	right: number;
	ascent: number;
	descent: number;
}

const PAGE_W = 512;
const PAGE_H = 256;
const MAX_PAGES = 32;
/** Bounds on remembered measurements and on texts waiting for a slot. */
const MAX_METRICS = 20_000;
const MAX_PENDING = 5_000;
/** Device px left between slots. */
const GAP = 1;

export class TextSprites {
	private sprites = new Map<string, Sprite>();
	private metrics = new Map<string, Metrics>();
	private pages: Page[] = [];
	private dpr = 1;
	private scratch: Context2D | null = null;
	/** Texts drawn directly and waiting for a slot: key → [font, fill, direction, text]. */
	private pending = new Map<string, [string, string, 'ltr' | 'rtl', string]>();
	private idle: (() => void) | null = null;
	/** The target canvas's text state as last set by a direct draw (setting a font re-parses it). */
	private target = { font: '', direction: '', align: '' };
	/** Texts drawn since `counts()` was last read: shaped with `fillText`, or blitted from a page. */
	private direct = 0;
	private cached = 0;

	/** Drops every bitmap (a web font arrived, or the pixel ratio changed). */
	reset(): void {
		this.sprites.clear();
		this.metrics.clear();
		this.pending.clear();
		this.contextChanged();
		for (const p of this.pages) wipe(p);
	}

	/** Releases the pages and cancels queued work (the canvas is going away). */
	dispose(): void {
		this.idle?.();
		this.idle = null;
		this.reset();
		this.pages = [];
	}

	/** The advance width of `text` in `font`, CSS px. */
	width(font: string, text: string): number {
		return this.measure(font, 'ltr', text).width;
	}

	/** How many texts were drawn directly and from the cache since the last call. */
	counts(): { direct: number; cached: number } {
		const r = { direct: this.direct, cached: this.cached };
		this.direct = this.cached = 0;
		return r;
	}

	/** Forget the target canvas's text state (its context was restored or made anew). */
	contextChanged(): void {
		this.target = { font: '', direction: '', align: '' };
	}

	/**
	 * Draws `text` on `c` (whose transform is the plain dpr scale) with its alphabetic baseline at
	 * `y`; `align` is where `x` falls on the text's advance box. A text not cached yet is drawn
	 * with `fillText` aligned by the canvas itself, so a first sight costs no measuring.
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
	): void {
		if (!text) return;
		if (dpr !== this.dpr) {
			this.reset();
			this.dpr = dpr;
		}
		const key = `${font}\u0000${fill}\u0000${direction}\u0000${text}`;
		const s = this.sprites.get(key);
		if (!s || s.n >= s.page.ready || !s.page.image) {
			const t = this.target;
			if (t.font !== font) c.font = t.font = font;
			c.fillStyle = fill;
			if (t.direction !== direction) c.direction = t.direction = direction;
			// 'left', 'right' and 'center' are physical, whatever the direction.
			if (t.align !== align) c.textAlign = t.align = align;
			c.textBaseline = 'alphabetic';
			c.fillText(text, x, y);
			if (!s) this.queue(key, font, fill, direction, text);
			this.direct++;
			return;
		}
		const left = align === 'left' ? x : align === 'right' ? x - s.advance : x - s.advance / 2;
		const px = Math.round((left + s.dx) * dpr) / dpr;
		const py = Math.round((y + s.dy) * dpr) / dpr;
		c.drawImage(s.page.image, s.sx, s.sy, s.sw, s.sh, px, py, s.sw / dpr, s.sh / dpr);
		this.cached++;
	}

	private queue(key: string, font: string, fill: string, direction: 'ltr' | 'rtl', text: string): void {
		if (this.pending.size >= MAX_PENDING) return;
		this.pending.set(key, [font, fill, direction, text]);
		this.schedule();
	}

	/** Asks for an idle period to fill pages in, unless one is asked for already. */
	private schedule(): void {
		if (this.idle) return;
		const run = (deadline?: IdleDeadline) => {
			this.idle = null;
			this.fill(deadline);
		};
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(run, { timeout: 500 });
			this.idle = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(run, 50);
			this.idle = () => clearTimeout(id);
		}
	}

	/** Shapes queued texts into pages while the idle period lasts, then re-snapshots the pages written. */
	private fill(deadline?: IdleDeadline): void {
		const written = new Set<Page>();
		for (const [key, [font, fill, direction, text]] of this.pending) {
			this.pending.delete(key);
			if (this.sprites.has(key)) continue;
			const p = this.sprite(key, font, fill, direction, text, this.dpr);
			if (p) written.add(p);
			if (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1) break;
		}
		for (const p of written) snapshot(p);
		// Whatever did not fit in this idle period waits for the next.
		if (this.pending.size) this.schedule();
	}

	private measure(font: string, direction: 'ltr' | 'rtl', text: string): Metrics {
		const key = `${font}\u0000${direction}\u0000${text}`;
		let m = this.metrics.get(key);
		if (m) return m;
		this.scratch ??= context2d(makeCanvas(1, 1));
		const c = this.scratch;
		if (!c) return { width: 0, left: 0, right: 0, ascent: 0, descent: 0 };
		if (c.font !== font) c.font = font;
		c.direction = direction;
		// Measured as drawn in a slot: from the box's left edge, whatever the direction (with the
		// default 'start', right-to-left text would extend left of the pen and land a whole text
		// width left of where `fillText` puts it).
		c.textAlign = 'left';
		const t = c.measureText(text);
		// The ink can reach past the advance box (Arabic swashes, italics): size to the ink.
		m = {
			width: t.width,
			left: Math.max(0, t.actualBoundingBoxLeft),
			right: Math.max(t.width, t.actualBoundingBoxRight),
			ascent: Math.max(t.fontBoundingBoxAscent, t.actualBoundingBoxAscent),
			descent: Math.max(t.fontBoundingBoxDescent, t.actualBoundingBoxDescent)
		};
		if (this.metrics.size >= MAX_METRICS) this.metrics.clear();
		this.metrics.set(key, m);
		return m;
	}

	/** Shapes one text into a page slot; returns the page, or null without a 2D context. */
	private sprite(
		key: string,
		font: string,
		fill: string,
		direction: 'ltr' | 'rtl',
		text: string,
		dpr: number
	): Page | null {
		const m = this.measure(font, direction, text);
		// 1 CSS px spare round the ink; wider than a page is clipped (no timeline label is).
		const left = m.left + 1;
		const ascent = m.ascent + 1;
		const W = Math.min(PAGE_W, Math.max(1, Math.ceil((left + m.right + 1) * dpr)));
		const H = Math.min(PAGE_H, Math.max(1, Math.ceil((ascent + m.descent + 1) * dpr)));
		const p = this.slot(W, H);
		if (!p) return null;
		const sx = p.x;
		const sy = p.y;
		p.x += W + GAP;
		p.shelf = Math.max(p.shelf, H);
		const c = p.ctx;
		if (p.font !== font) c.font = p.font = font;
		if (p.fill !== fill) c.fillStyle = p.fill = fill;
		if (p.direction !== direction) c.direction = (p.direction = direction) as CanvasDirection;
		c.save();
		c.beginPath();
		c.rect(sx, sy, W, H);
		c.clip();
		c.setTransform(dpr, 0, 0, dpr, sx + left * dpr, sy + ascent * dpr);
		// The pen is the left edge of the advance box in either direction, as `draw` blits it.
		c.textAlign = 'left';
		c.fillText(text, 0, 0);
		c.restore();
		p.keys.push(key);
		const n = p.written++;
		this.sprites.set(key, { page: p, n, sx, sy, sw: W, sh: H, advance: m.width, dx: -left, dy: -ascent });
		return p;
	}

	/** A page with room for W×H device px at its pen (moving the pen to a new shelf if need be). */
	private slot(W: number, H: number): Page | null {
		let p = this.pages[this.pages.length - 1];
		if (p && p.x + W > PAGE_W) {
			p.y += p.shelf + GAP;
			p.x = 0;
			p.shelf = 0;
		}
		if (p && p.y + H <= PAGE_H) return p;
		if (this.pages.length < MAX_PAGES) {
			const canvas = makeCanvas(PAGE_W, PAGE_H);
			const ctx = context2d(canvas);
			if (!ctx) return null;
			p = {
				canvas,
				ctx,
				image: null,
				written: 0,
				ready: 0,
				epoch: 0,
				x: 0,
				y: 0,
				shelf: 0,
				keys: [],
				font: '',
				fill: '',
				direction: ''
			};
			this.pages.push(p);
			return p;
		}
		// All full: wipe the oldest page, forget what it held, and fill it again as the newest.
		p = this.pages.shift()!;
		for (const k of p.keys) this.sprites.delete(k);
		wipe(p);
		this.pages.push(p);
		return p;
	}
}

/** After writing to a page: a new bitmap copy of it, which frames draw from once it is ready. */
function snapshot(p: Page): void {
	const n = p.written;
	const epoch = p.epoch;
	if (typeof createImageBitmap !== 'function') {
		p.image = p.canvas;
		p.ready = n;
		return;
	}
	void createImageBitmap(p.canvas).then(
		(b) => {
			// Superseded by a later copy, or the page was wiped meanwhile.
			if (p.epoch !== epoch || n < p.ready) return b.close();
			if (p.image instanceof ImageBitmap) p.image.close();
			p.image = b;
			p.ready = n;
		},
		() => {}
	);
}

function wipe(p: Page): void {
	if (p.image instanceof ImageBitmap) p.image.close();
	p.image = null;
	p.written = p.ready = 0;
	p.epoch++;
	p.ctx.setTransform(1, 0, 0, 1, 0, 0);
	p.ctx.clearRect(0, 0, PAGE_W, PAGE_H);
	p.x = p.y = p.shelf = 0;
	p.keys = [];
}

function makeCanvas(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
	return typeof OffscreenCanvas !== 'undefined'
		? new OffscreenCanvas(w, h)
		: Object.assign(document.createElement('canvas'), { width: w, height: h });
}

function context2d(canvas: OffscreenCanvas | HTMLCanvasElement): Context2D | null {
	return canvas.getContext('2d') as Context2D | null;
}
