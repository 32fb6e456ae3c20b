/**
 * The embedded fonts for the standalone SVG, fetched once from the files Vite serves for the app's
 * own Vazirmatn (so an export needs no network beyond the app) and kept as base64.
 */
import latin400 from '@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2?url';
import latin700 from '@fontsource/vazirmatn/files/vazirmatn-latin-700-normal.woff2?url';
import arabic400 from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff2?url';
import { toBase64, VAZIRMATN_FACES } from '$lib/core/export/fonts';
import type { EmbeddedFont } from '$lib/core/export/svg';

const URLS: Record<string, string> = {
	'vazirmatn-latin-400-normal.woff2': latin400,
	'vazirmatn-latin-700-normal.woff2': latin700,
	'vazirmatn-arabic-400-normal.woff2': arabic400,
	'vazirmatn-arabic-700-normal.woff2': arabic700
};

let cached: Promise<EmbeddedFont[]> | null = null;

/** Vazirmatn Latin+Arabic, 400 and 700, as EmbeddedFonts. Throws (and forgets) when a file cannot be fetched. */
export function loadExportFonts(): Promise<EmbeddedFont[]> {
	cached ??= Promise.all(
		VAZIRMATN_FACES.map(async (face) => {
			const res = await fetch(URLS[face.file]);
			if (!res.ok) throw new Error(`Could not load the font ${face.file} (${res.status})`);
			return {
				family: 'Vazirmatn',
				weight: face.weight,
				format: 'woff2' as const,
				base64: toBase64(new Uint8Array(await res.arrayBuffer())),
				unicodeRange: face.unicodeRange
			};
		})
	).catch((err) => {
		cached = null;
		throw err;
	});
	return cached;
}
