/**
 * How the command line reads text it is given: files (`extract`) and lines on stdin (`dates`). Bytes
 * are decoded in the encoding they are in (UTF-8, UTF-16, Windows-1256, Windows-1252; see
 * core/text/encoding.ts) and what cannot be told is refused by name, never read with replacement
 * characters standing for lost letters.
 */
import { readFileSync, statSync } from 'node:fs';
import {
	decodeText,
	declaredHtmlCharset,
	ENCODING_NAMES,
	lostLetters,
	type TextEncodingName
} from '../lib/core/text/encoding';

/** Largest article file, in bytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadText =
	{ ok: true; text: string; encoding: TextEncodingName; note: string } | { ok: false; reason: string };

/**
 * An article file's text, or why it cannot be read (missing, a folder, empty, over 10 MB, binary,
 * an encoding that cannot be told). `note` says how a file that is not UTF-8 was read.
 */
export function readTextFile(path: string): ReadText {
	let size: number;
	try {
		const st = statSync(path);
		if (st.isDirectory()) return { ok: false, reason: 'is a directory, not an article' };
		size = st.size;
	} catch {
		return { ok: false, reason: 'no such file' };
	}
	if (size === 0) return { ok: false, reason: 'is empty' };
	if (size > MAX_FILE_BYTES)
		return { ok: false, reason: `is ${(size / 1048576).toFixed(1)} MB; articles over 10 MB are refused` };
	const bytes = readFileSync(path);
	const got = decodeText(bytes, /\.html?$/i.test(path) ? declaredHtmlCharset(bytes) : null);
	if (!got.ok) return got;
	if (!got.text.trim()) return { ok: false, reason: 'holds only whitespace' };
	const notes = [
		got.encoding === 'utf-8' ? '' : `not UTF-8: read as ${ENCODING_NAMES[got.encoding]}`,
		lostLetters(got.text)
	];
	return { ...got, note: notes.filter(Boolean).join('; ') };
}

/**
 * The lines of a byte stream (stdin), each decoded on its own: a UTF-8 stream line by line, a
 * line in a legacy encoding as that encoding (and `note(n, message)` says so), a line that cannot
 * be told as lossy UTF-8 (the caller refuses text with U+FFFD). A stream that starts with a UTF-16
 * byte-order mark is decoded as UTF-16 as a whole. Line numbers start at 1; "\r\n" ends a line too.
 */
export async function* textLines(
	input: AsyncIterable<Uint8Array | string>,
	note: (line: number, message: string) => void = () => {}
): AsyncGenerator<string> {
	let n = 0;
	let pending: Uint8Array[] = [];
	let wide: TextDecoder | null = null;
	let wideRest = '';
	let first = true;
	const line = (bytes: Uint8Array): string => {
		n++;
		const body = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
		const got = decodeText(body);
		if (got.ok) {
			if (got.encoding !== 'utf-8') note(n, `not UTF-8: read as ${ENCODING_NAMES[got.encoding]}`);
			return got.text;
		}
		return new TextDecoder('utf-8').decode(body);
	};
	for await (const chunk of input) {
		let bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
		if (first) {
			first = false;
			if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
				wide = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
				bytes = bytes.subarray(2);
			}
		}
		if (wide) {
			const parts = (wideRest + wide.decode(bytes, { stream: true })).split('\n');
			wideRest = parts.pop()!;
			for (const p of parts) {
				n++;
				yield p.endsWith('\r') ? p.slice(0, -1) : p;
			}
			continue;
		}
		let start = 0;
		for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, start)) {
			const piece = bytes.subarray(start, i);
			start = i + 1;
			if (pending.length) {
				pending.push(piece);
				yield line(concat(pending));
				pending = [];
			} else yield line(piece);
		}
		if (start < bytes.length) pending.push(bytes.slice(start));
	}
	if (wide) {
		const last = wideRest + wide.decode();
		if (last) {
			n++;
			yield last.endsWith('\r') ? last.slice(0, -1) : last;
		}
	} else if (pending.length) yield line(concat(pending));
}

function concat(parts: Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0];
	const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
