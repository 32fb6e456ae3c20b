import { htmlToArticle } from '$lib/core/story';
import type { SourceCell } from '$lib/core/notebook';

/** What an uploaded file becomes: a source's text and metadata, or a message why not. */
export type Upload =
	| { kind: 'source'; patch: Partial<SourceCell> }
	| { kind: 'items'; file: File }
	| { kind: 'refused'; message: string };

/** Largest uploaded file, in bytes. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/**
 * Reads an uploaded file in the browser: .txt/.md as text, .html through Readability (scripts
 * never run: the page is parsed by DOMParser, which executes nothing), .csv/.json as items for the
 * importer. Binary or oversized files are refused with a message a person understands.
 */
export async function readUpload(f: File): Promise<Upload> {
	const name = f.name.toLowerCase();
	if (f.size > MAX_UPLOAD_BYTES)
		return {
			kind: 'refused',
			message: `${f.name} is ${(f.size / 1048576).toFixed(1)} MB; Taqvim reads files up to ${MAX_UPLOAD_BYTES / 1048576} MB. Split it into several sources.`
		};
	if (/\.(csv|json)$/.test(name)) return { kind: 'items', file: f };
	if (!/\.(txt|md|markdown|html?)$/.test(name))
		return {
			kind: 'refused',
			message: `${f.name}: only .txt, .html, .md, .csv and .json files can be added.`
		};
	const text = await f.text();
	if (text.includes('\u0000') || text.includes('\uFFFD\uFFFD\uFFFD'))
		return { kind: 'refused', message: `${f.name} does not look like text (it may be a binary file).` };
	if (!text.trim()) return { kind: 'refused', message: `${f.name} is empty.` };
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
			}
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
		}
	};
}
