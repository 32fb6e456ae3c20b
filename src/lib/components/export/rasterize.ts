/**
 * Browser-side rasterising of a standalone SVG (from `renderTimelineSvg`) to PNG.
 *
 * `rasterizeSvgToBlob` is self-contained on purpose — no imports, no outer variables — so tests and
 * the benchmark run the very same code inside a page (its source is injected with `addScriptTag`).
 *
 * Fonts: the SVG embeds them as data: URLs, so the canvas is never tainted and Arabic is shaped by
 * the embedded Vazirmatn. But an SVG image in Chromium may report `decode()` before its web fonts
 * are loaded, and then paints no text at all. The same font files are therefore loaded first as
 * `FontFace`s in this document (under a private family name, so the page's fonts are untouched);
 * the SVG image then finds them already decoded in the engine's font cache.
 */
export interface RasterizeArgs {
	svg: string;
	/** Output size in device pixels; the PNG has exactly this size. */
	pixelWidth: number;
	pixelHeight: number;
}

/**
 * Draws `svg` onto a canvas of exactly pixelWidth × pixelHeight and encodes it as PNG.
 * Throws when the size is not positive, the SVG cannot be decoded or the canvas cannot encode.
 * Example: `await rasterizeSvgToBlob({svg, pixelWidth: 2400, pixelHeight: 1400})` → a 2400×1400 PNG Blob.
 */
export async function rasterizeSvgToBlob({ svg, pixelWidth, pixelHeight }: RasterizeArgs): Promise<Blob> {
	const w = Math.round(pixelWidth);
	const h = Math.round(pixelHeight);
	if (!(w > 0 && h > 0)) throw new Error(`Bad PNG size ${pixelWidth}×${pixelHeight}`);
	// Browsers refuse canvases beyond these (Chromium: 32,767 px a side, 268 million pixels).
	if (w > 32767 || h > 32767 || w * h > 268_000_000)
		throw new Error(
			`A ${w}×${h} PNG is larger than a browser canvas allows; export a smaller scale or the SVG.`
		);
	const style = /<style>([\s\S]*?)<\/style>/.exec(svg);
	const rules = style ? (style[1].match(/@font-face\{[^}]*\}/g) ?? []) : [];
	await Promise.all(
		rules.map((rule) => {
			const src = /src:(url\(data:[^)]*\)[^;]*)/.exec(rule);
			if (!src) return null;
			const weight = /font-weight:(\d+)/.exec(rule)?.[1] ?? '400';
			const range = /unicode-range:([^;]+)/.exec(rule)?.[1];
			const face = new FontFace('taqvim-export-preload', src[1], {
				weight,
				...(range ? { unicodeRange: range } : {})
			});
			return face.load().catch(() => null);
		})
	);
	// Rasterise the vectors at the target size rather than scaling up a 1× bitmap.
	const sized = svg.replace(
		/^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
		`<svg$1 width="${w}" height="${h}"`
	);
	const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = w;
		canvas.height = h;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('Canvas 2D is not available');
		ctx.drawImage(img, 0, 0, w, h);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Source text that defines `rasterizeSvgToBlob` as a global in a page (for tests and the benchmark). */
export function rasterizeScript(): string {
	return `var __name = (f) => f;\nwindow.rasterizeSvgToBlob = ${rasterizeSvgToBlob.toString()};`;
}
