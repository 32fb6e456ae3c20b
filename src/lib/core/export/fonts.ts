/**
 * The font faces the standalone SVG embeds: Vazirmatn (shipped with the app through
 * @fontsource/vazirmatn), Latin and Arabic subsets, regular and bold. Data only — the component
 * fetches the files through Vite URLs, tests and the benchmark read them from node_modules —
 * so the pure core receives the bytes as a parameter. Latin comes first: where the two ranges
 * overlap (joiners, U+200C ZWNJ inside Persian words), the later Arabic face wins and keeps a word
 * in one font run for shaping.
 */
export interface FontFaceSpec {
	/** File name in node_modules/@fontsource/vazirmatn/files/. */
	file: string;
	weight: number;
	unicodeRange: string;
}

const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const ARABIC =
	'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1';

export const VAZIRMATN_FACES: readonly FontFaceSpec[] = [
	{ file: 'vazirmatn-latin-400-normal.woff2', weight: 400, unicodeRange: LATIN },
	{ file: 'vazirmatn-latin-700-normal.woff2', weight: 700, unicodeRange: LATIN },
	{ file: 'vazirmatn-arabic-400-normal.woff2', weight: 400, unicodeRange: ARABIC },
	{ file: 'vazirmatn-arabic-700-normal.woff2', weight: 700, unicodeRange: ARABIC }
];

/**
 * Base64 of bytes without Buffer or btoa on huge strings (works in browsers and Node).
 * Example: `toBase64(new Uint8Array([77, 97, 110]))` → `'TWFu'`.
 */
export function toBase64(bytes: Uint8Array): string {
	const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + A[n & 63];
	}
	if (i < bytes.length) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
		out += A[n >> 18] + A[(n >> 12) & 63] + (i + 1 < bytes.length ? A[(n >> 6) & 63] : '=') + '=';
	}
	return out;
}
