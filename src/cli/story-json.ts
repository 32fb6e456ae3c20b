/**
 * The story as `extract` prints it (DESIGN.md §4): `{"documents","actors","events","statements",
 * "links"}`, two-space indented, written record by record so that the output is never one string
 * the size of everything. Documents carry their text once: a file that holds several articles gives
 * several documents, and only the first of them carries `text` (the whole file as read, which every
 * document's `bodyStart`/`bodyEnd` and every evidence `start`/`end` are offsets into); the others
 * name that document in `textOf` instead of repeating the file (a 1 MB page of 99 articles printed
 * 99 copies of itself: 100 MB; now about 1.4 MB).
 */
import type { Story, StoryDocument } from '../lib/core/story';

/** A document as printed: `text` on the first document of its file, `textOf` on the others. */
export type PrintedDocument = Omit<StoryDocument, 'text'> & { text?: string; textOf?: string };

/**
 * The documents with each file's text kept on its first document only (documents of one file are
 * those with the same `path`, whose `text` is the same string).
 * Example: two documents of a.txt → `[{id:'a', text:'…'}, {id:'a#2', textOf:'a'}]` (other fields kept).
 */
export function documentsOnce(documents: StoryDocument[]): PrintedDocument[] {
	const holder = new Map<string, StoryDocument>();
	return documents.map((d) => {
		const first = holder.get(d.path);
		if (!first || first.text !== d.text) {
			holder.set(d.path, d);
			return d;
		}
		// `textOf` where `text` was, so the fields keep their order.
		const out: PrintedDocument = {} as PrintedDocument;
		for (const [k, v] of Object.entries(d)) {
			if (k === 'text') out.textOf = first.id;
			else (out as Record<string, unknown>)[k] = v;
		}
		return out;
	});
}

const KEYS = ['documents', 'actors', 'events', 'statements', 'links'] as const;
const FLUSH = 1 << 20;

/**
 * Writes the story as JSON through `write` (called with chunks of about 1 MB), byte for byte what
 * `JSON.stringify({...story, documents: documentsOnce(story.documents)}, null, 2) + '\\n'` gives.
 */
export function writeStoryJson(story: Story, write: (chunk: string) => void): void {
	const parts: string[] = ['{\n'];
	let size = 2;
	const put = (s: string) => {
		parts.push(s);
		size += s.length;
		if (size >= FLUSH) {
			write(parts.join(''));
			parts.length = 0;
			size = 0;
		}
	};
	KEYS.forEach((key, k) => {
		const list: unknown[] = key === 'documents' ? documentsOnce(story.documents) : story[key];
		put(`  ${JSON.stringify(key)}: `);
		if (!list.length) put('[]');
		else {
			put('[\n');
			list.forEach((r, i) => {
				// Inside the array inside the object: every line of the record 4 spaces further in.
				put(
					'    ' +
						JSON.stringify(r, null, 2).replaceAll('\n', '\n    ') +
						(i + 1 < list.length ? ',\n' : '\n')
				);
			});
			put('  ]');
		}
		put(k + 1 < KEYS.length ? ',\n' : '\n');
	});
	put('}\n');
	if (parts.length) write(parts.join(''));
}
