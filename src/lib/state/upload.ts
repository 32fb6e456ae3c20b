import { htmlToArticle } from '$lib/core/story';
import type { SourceCell } from '$lib/core/notebook';
import { declaredHtmlCharset, decodeText, ENCODING_NAMES, lostLetters } from '$lib/core/text/encoding';

/**
 * What an uploaded file becomes: a source's text and metadata, or an items file's text, or a
 * message why not. `note` says how a file that was not UTF-8 was read ("read as Windows-1256").
 */
export type Upload =
	| { kind: 'source'; patch: Partial<SourceCell>; note: string }
	| { kind: 'items'; name: string; text: string; note: string }
	| { kind: 'refused'; message: string };

/** Largest uploaded file, in bytes. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/**
 * Reads an uploaded file in the browser: .txt/.md as text, .html through Readability (scripts
 * never run: the page is parsed by DOMParser, which executes nothing), .csv/.json as items for the
 * importer. The bytes are decoded in the encoding they are in (UTF-8, UTF-16, Windows-1256 or
 * Windows-1252: core/text/encoding.ts); binary, oversized or undecidable files are refused with a
 * message a person understands, never read with replacement characters.
 */
export async function readUpload(f: File): Promise<Upload> {
	const name = f.name.toLowerCase();
	if (f.size > MAX_UPLOAD_BYTES)
		return {
			kind: 'refused',
			message: `${f.name} is ${(f.size / 1048576).toFixed(1)} MB; Taqvim reads files up to ${MAX_UPLOAD_BYTES / 1048576} MB. Split it into several sources.`
		};
	const items = /\.(csv|json)$/.test(name);
	if (!items && !/\.(txt|md|markdown|html?)$/.test(name))
		return {
			kind: 'refused',
			message: `${f.name}: only .txt, .html, .md, .csv and .json files can be added.`
		};
	const bytes = new Uint8Array(await f.arrayBuffer());
	const decoded = decodeText(bytes, /\.html?$/.test(name) ? declaredHtmlCharset(bytes) : null);
	if (!decoded.ok) return { kind: 'refused', message: `${f.name} ${decoded.reason}.` };
	const text = decoded.text;
	const note = [
		decoded.encoding === 'utf-8'
			? ''
			: `${f.name} is not UTF-8: it was read as ${ENCODING_NAMES[decoded.encoding]}.`,
		lostLetters(text) ? `${f.name} ${lostLetters(text)}.` : ''
	]
		.filter(Boolean)
		.join(' ');
	if (!text.trim()) return { kind: 'refused', message: `${f.name} is empty.` };
	if (items) return { kind: 'items', name: f.name, text, note };
	if (/\.html?$/.test(name)) {
		const art = htmlToArticle(text, (h) => new DOMParser().parseFromString(h, 'text/html'));
		return {
			kind: 'source',
			patch: {
				text: art.text,
				title: art.title,
				url: art.url,
				lang: art.lang?.slice(0, 2) ?? null,
				filename: f.name
			},
			note
		};
	}
	return {
		kind: 'source',
		patch: {
			text,
			filename: f.name,
			title:
				text
					.split('\n')
					.find((l) => l.trim())
					?.trim()
					.slice(0, 200) ?? f.name
		},
		note
	};
}
