/**
 * The marks' `Surface` as SVG markup (exported images and the on-screen legend's swatches). The
 * shapes come from core/timeline/marks.ts, as on the canvas; this file only writes them as SVG
 * elements with presentation attributes, escapes every text, and keeps every reference inside the
 * file (gradients and clip paths by `#id`).
 */
import type { Align, Surface } from '../timeline/marks';
import { SPAN_FADE, type Paint, type TextStyle } from '../timeline/style';
import { escapeXml, num } from './xml';

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

/** Estimated advance of `s` at `size` px: files are written without a DOM to measure in. */
export function textWidth(s: string, size: number): number {
	let w = 0;
	for (const ch of s) w += /[\s.,:;'|·()]/.test(ch) ? 0.3 : /[A-Z\u0600-\u06FF]/.test(ch) ? 0.62 : 0.55;
	return w * size;
}

/** Cuts `s` on a character boundary with an ellipsis so that it fits `px` at `size`; '' if nothing does. */
export function fitText(s: string, px: number, size: number): string {
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
 * A `<text>` whose visual edge `align` sits at x, whatever the direction of its content: RTL text
 * gets `direction="rtl"` so the bidi algorithm orders it from the right, and the anchor is swapped
 * accordingly (in SVG, `start` is the right edge of RTL text).
 */
export function svgText(x: number, y: number, content: string, style: TextStyle, align: Align): string {
	const rtl = isRtlText(content);
	const anchor = align === 'center' ? 'middle' : (align === 'left') !== rtl ? 'start' : 'end';
	const weight = style.weight === 700 ? ' font-weight="700"' : '';
	return `<text x="${num(x)}" y="${num(y)}"${rtl ? ' direction="rtl"' : ''} text-anchor="${anchor}" font-size="${style.size}"${weight} fill="${style.fill}">${escapeXml(content)}</text>`;
}

function paintAttrs(p: Paint): string {
	let s = `fill="${p.fill ?? 'none'}"`;
	if (p.stroke) {
		s += ` stroke="${p.stroke}" stroke-width="${num(p.width ?? 1)}"`;
		if (p.dash?.length) s += ` stroke-dasharray="${p.dash.join(' ')}"`;
	}
	if (p.alpha !== undefined && p.alpha !== 1) s += ` opacity="${num(p.alpha)}"`;
	return s;
}

/**
 * Collects SVG elements. `idPrefix` keeps gradient and clip ids unique when several surfaces'
 * output share a document (the legend's swatches on a page).
 */
export class SvgSurface implements Surface {
	private out: string[] = [];
	private defs: string[] = [];
	private fades = new Map<string, string>();
	private clips = 0;

	constructor(private readonly idPrefix = 'tq') {}

	/** The elements drawn so far, with the gradients they use defined first. */
	toString(): string {
		return (this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '') + this.out.join('');
	}

	/** Adds ready-made markup (the caller escapes it). */
	raw(markup: string): void {
		this.out.push(markup);
	}

	rects(xywh: readonly number[], fill: string, alpha = 1): void {
		const attrs = paintAttrs({ fill, alpha });
		for (let i = 0; i < xywh.length; i += 4)
			this.out.push(
				`<rect x="${num(xywh[i])}" y="${num(xywh[i + 1])}" width="${num(xywh[i + 2])}" height="${num(xywh[i + 3])}" ${attrs}/>`
			);
	}

	lines(xyxy: readonly number[], stroke: string, width: number): void {
		const attrs = paintAttrs({ stroke, width });
		for (let i = 0; i < xyxy.length; i += 4)
			this.out.push(
				`<path d="M${num(xyxy[i])},${num(xyxy[i + 1])}L${num(xyxy[i + 2])},${num(xyxy[i + 3])}" ${attrs}/>`
			);
	}

	path(d: string, paint: Paint, x = 0, y = 0): void {
		const at = x !== 0 || y !== 0 ? ` transform="translate(${num(x)},${num(y)})"` : '';
		this.out.push(`<path${at} d="${d}" ${paintAttrs(paint)}/>`);
	}

	paths(ds: readonly string[], paint: Paint): void {
		if (ds.length) this.out.push(`<path d="${ds.join('')}" ${paintAttrs(paint)}/>`);
	}

	/**
	 * One element per link (not one path of them all): a browser rasterises an SVG in tiles, and a
	 * path spanning the whole picture is worked through for every tile it covers (a 1,000-item
	 * picture took seven times longer to screenshot as one path).
	 */
	links(pts: readonly (readonly number[])[], paint: Paint, heads: boolean): void {
		const attrs = paintAttrs(paint);
		for (const p of pts)
			this.out.push(
				heads
					? `<path d="M${p[6]},${p[7]}L${p[8]},${p[9]}L${p[10]},${p[11]}Z" ${attrs}/>`
					: `<path d="M${p[0]},${p[1]}C${p[2]},${p[3]} ${p[4]},${p[5]} ${p[6]},${p[7]}" ${attrs}/>`
			);
	}

	fade(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void {
		let id = this.fades.get(colour);
		if (!id) {
			id = `${this.idPrefix}-fade-${colour.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;
			const stops = SPAN_FADE.map(
				([o, a]) => `<stop offset="${o}" stop-color="${colour}" stop-opacity="${a}"/>`
			).join('');
			this.defs.push(`<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient>`);
			this.fades.set(colour, id);
		}
		this.out.push(
			`<rect x="${num(x0)}" y="${num(y - h / 2)}" width="${num(Math.max(1, x1 - x0))}" height="${num(h)}" fill="url(#${id})"${alpha !== 1 ? ` opacity="${num(alpha)}"` : ''}/>`
		);
	}

	bar(x0: number, x1: number, y: number, h: number, colour: string, alpha: number): void {
		this.out.push(
			`<path d="M${num(x0)},${num(y)}H${num(x1)}" stroke="${colour}" stroke-width="${num(h)}" stroke-linecap="round"${alpha !== 1 ? ` opacity="${num(alpha)}"` : ''}/>`
		);
	}

	text(s: string, x: number, y: number, style: TextStyle, align: Align): void {
		if (s) this.out.push(svgText(x, y, s, style, align));
	}

	measure(s: string, style: TextStyle): number {
		return textWidth(s, style.size);
	}

	clip(x: number, y: number, w: number, h: number): void {
		const id = `${this.idPrefix}-clip-${++this.clips}`;
		this.out.push(
			`<clipPath id="${id}"><rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(Math.max(0, h))}"/></clipPath><g clip-path="url(#${id})">`
		);
	}

	unclip(): void {
		this.out.push('</g>');
	}
}
