/**
 * Bytes to text, for files and lines people bring: UTF-8 (with or without a byte-order mark), and
 * the legacy encodings Arabic, Persian and English news still arrives in — Windows-1256 (Arabic
 * script), Windows-1252 (Western European) and UTF-16 (little or big endian, with or without a
 * mark). Decoding is the platform's TextDecoder (WHATWG encodings, in every browser and in Node
 * with full ICU); this module only decides which one, and refuses what it cannot tell, by saying
 * so: text is never read with replacement characters (U+FFFD) standing for lost letters.
 *
 * Windows-1252 is decoded here from the WHATWG index, not by TextDecoder: Node 20's TextDecoder
 * reads the label as ISO-8859-1 (bytes 0x80–0x9F as C1 controls instead of € ‚ “ ” – — …).
 *
 * How it decides, in order:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. UTF-16 without a mark: in nearly every pair of bytes the high byte is 0x00 (Latin), 0x06
 *    (Arabic script), 0x20 (punctuation) or 0xFB/0xFE (presentation forms);
 * 3. NUL or other control bytes: binary, refused;
 * 4. valid UTF-8 (pure ASCII included) is UTF-8;
 * 5. mostly well-formed UTF-8 with a few bad bytes: damaged UTF-8, refused (never guessed as a
 *    legacy encoding, which would turn every letter into another);
 * 6. otherwise a single-byte encoding: the bytes that Windows-1256 and Windows-1252 read as
 *    different characters vote — in runs of such bytes, away from ASCII letters, for Arabic script
 *    (Arabic words are runs of high bytes); beside an ASCII letter for Western European (an
 *    accented letter inside a Latin word). A clear majority (4 to 1) decides; anything else is
 *    refused as an unknown encoding.
 */

/** What `decodeText` found: the text and the encoding it was read in, or why it was refused. */
export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

/** The encodings `decodeText` reads (WHATWG labels). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'windows-1252';

/** Names for messages: "read as Windows-1256". */
export const ENCODING_NAMES: Record<TextEncodingName, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (little endian)',
	'utf-16be': 'UTF-16 (big endian)',
	'windows-1256': 'Windows-1256 (Arabic)',
	'windows-1252': 'Windows-1252 (Western European)'
};

const REFUSED_HINT = 'save it as UTF-8 and add it again';

/**
 * Decodes `bytes` as text in the encoding it is in (see the module comment), or says why not.
 * `declared` is an encoding a container names (an HTML `<meta charset>`): it is used when the bytes
 * are not UTF-8 and it is one of the supported encodings.
 * Example: `decodeText(new Uint8Array([0xc7, 0xe1]))` → `{ok: true, text: 'ال', encoding: 'windows-1256'}`.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
	// 1. byte-order marks
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
	// 2. UTF-16 without a mark (before UTF-8: "a\0b\0" is well-formed UTF-8 too)
	const wide = utf16Guess(bytes);
	if (wide) return utf16(bytes, wide);
	// 3. binary
	const control = controlBytes(bytes);
	if (control !== null)
		return {
			ok: false,
			reason: `looks binary (it contains ${control === 0 ? 'NUL' : 'control'} bytes), not text`
		};
	// 4. UTF-8
	const asUtf8 = utf8(bytes);
	if (asUtf8.ok) return asUtf8;
	// 5. damaged UTF-8
	const { good, bad } = utf8Sequences(bytes);
	if (good >= bad)
		return {
			ok: false,
			reason: `is UTF-8 with ${bad.toLocaleString('en')} malformed byte${bad === 1 ? '' : 's'} (the file is damaged); ${REFUSED_HINT}`
		};
	// 6. a single-byte encoding
	const named = declaredEncoding(declared);
	if (named) return single(bytes, named);
	const vote = singleByteVote(bytes);
	if (vote) return single(bytes, vote);
	return {
		ok: false,
		reason: `is not UTF-8, and its encoding could not be told (neither Windows-1256 nor Windows-1252 nor UTF-16); ${REFUSED_HINT}`
	};
}

function utf8(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { ok: false, reason: 'is not valid UTF-8' };
	}
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
	try {
		const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
		// eslint-disable-next-line no-control-regex -- control characters are what is looked for
		if (/[\0-\x08\x0e-\x1f]/.test(text))
			return {
				ok: false,
				reason: `looks binary (control characters when read as ${ENCODING_NAMES[encoding]})`
			};
		return { ok: true, text, encoding };
	} catch {
		return { ok: false, reason: `is not valid ${ENCODING_NAMES[encoding]}; ${REFUSED_HINT}` };
	}
}

function single(bytes: Uint8Array, encoding: 'windows-1256' | 'windows-1252'): Decoded {
	const text = encoding === 'windows-1252' ? windows1252(bytes) : new TextDecoder(encoding).decode(bytes);
	return { ok: true, text, encoding };
}

/** WHATWG index-windows-1252 for 0x80–0x9F (the other bytes are their own code points). */
const W1252 = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
	0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
	0x153, 0x9d, 0x17e, 0x178
];

function windows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	for (let i = 0; i < bytes.length; i += 8192) {
		const chunk = bytes.subarray(i, i + 8192);
		const codes = new Array<number>(chunk.length);
		for (let k = 0; k < chunk.length; k++) {
			const b = chunk[k];
			codes[k] = b >= 0x80 && b < 0xa0 ? W1252[b - 0x80] : b;
		}
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

/** High bytes of UTF-16 code units for the scripts Taqvim reads: Latin/ASCII, Arabic, punctuation, presentation forms. */
const WIDE_HIGH = new Set([0x00, 0x06, 0x20, 0xfb, 0xfe]);

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length < 4 || bytes.length % 2) return null;
	let le = 0;
	let be = 0;
	let nulLe = 0;
	let nulBe = 0;
	const pairs = bytes.length / 2;
	for (let i = 0; i < bytes.length; i += 2) {
		if (WIDE_HIGH.has(bytes[i + 1])) le++;
		if (WIDE_HIGH.has(bytes[i])) be++;
		if (bytes[i + 1] === 0) nulLe++;
		if (bytes[i] === 0) nulBe++;
	}
	// Text has spaces, digits or Latin letters somewhere: some high bytes are 0x00.
	if (le >= 0.95 * pairs && nulLe > 0 && nulBe < nulLe) return 'utf-16le';
	if (be >= 0.95 * pairs && nulBe > 0 && nulLe < nulBe) return 'utf-16be';
	return null;
}

/** The first control byte that text does not hold (NUL, 0x01–0x08, 0x0E–0x1F but ESC), or null. */
function controlBytes(bytes: Uint8Array): number | null {
	for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return b;
	return null;
}

/** Well-formed UTF-8 multi-byte sequences and bytes that belong to none, counted. */
function utf8Sequences(bytes: Uint8Array): { good: number; bad: number } {
	let good = 0;
	let bad = 0;
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const n =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (n === 0) {
			i++;
			continue;
		}
		let ok = n > 0;
		for (let k = 1; ok && k <= n; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
		if (ok) {
			good++;
			i += n + 1;
		} else {
			bad++;
			i++;
		}
	}
	return { good, bad };
}

function declaredEncoding(label: string | null | undefined): 'windows-1256' | 'windows-1252' | null {
	if (!label) return null;
	try {
		const enc = new TextDecoder(label.trim()).encoding;
		// WHATWG reads ISO-8859-1 and US-ASCII as Windows-1252 already.
		return enc === 'windows-1256' || enc === 'windows-1252' ? enc : null;
	} catch {
		return null;
	}
}

let table: { differs: Uint8Array } | null = null;

/** Which high bytes Windows-1256 and Windows-1252 read as different characters (letters, mostly). */
function tables(): { differs: Uint8Array } {
	if (table) return table;
	const all = new Uint8Array(256).map((_, i) => i);
	const ar = new TextDecoder('windows-1256').decode(all);
	const la = windows1252(all);
	const differs = new Uint8Array(256);
	for (let i = 0x80; i < 256; i++) differs[i] = ar[i] !== la[i] ? 1 : 0;
	table = { differs };
	return table;
}

const isAsciiLetter = (b: number | undefined) =>
	b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

function singleByteVote(bytes: Uint8Array): 'windows-1256' | 'windows-1252' | null {
	const { differs } = tables();
	let arabic = 0;
	let latin = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (!differs[bytes[i]]) continue;
		const prev = bytes[i - 1];
		const next = bytes[i + 1];
		if (isAsciiLetter(prev) || isAsciiLetter(next)) latin++;
		else if ((prev !== undefined && prev >= 0x80) || (next !== undefined && next >= 0x80)) arabic++;
	}
	if (arabic === 0 && latin === 0) return 'windows-1252'; // only bytes both read alike (– “ ” …)
	if (arabic >= 4 * latin) return 'windows-1256';
	if (latin >= 4 * arabic) return 'windows-1252';
	return null;
}

/** The `<meta charset>` an HTML page declares in its first 1,024 bytes, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
	const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	return m ? m[1] : null;
}

/**
 * A warning for text that holds U+FFFD replacement characters of its own (valid UTF-8 that already
 * lost letters before it was saved), or '' when it has none. The text is kept as it is: the
 * characters stand where letters were, and the person is told.
 * Example: `lostLetters('a\uFFFDb')` → 'holds 1 replacement character (U+FFFD) where letters were lost before it was saved'.
 */
export function lostLetters(text: string): string {
	let n = 0;
	for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
	if (!n) return '';
	return `holds ${n.toLocaleString('en')} replacement character${n === 1 ? '' : 's'} (U+FFFD) where letters were lost before it was saved`;
}
