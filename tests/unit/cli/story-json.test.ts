import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';
import { documentsOnce, writeStoryJson } from '../../../src/cli/story-json';
import { newsText } from '../../fixtures/news';

// Issue 16.8: `extract` prints each file's text once, so its output grows with the input, not with
// the input times the number of articles in it.

function printed(text: string) {
	const story = readDocuments([{ path: 'news.txt', text }]);
	const chunks: string[] = [];
	writeStoryJson(story, (c) => chunks.push(c));
	return { story, json: chunks.join(''), chunks };
}

describe('the story as extract prints it', () => {
	const small = printed(newsText(50_000));

	it('is byte for byte JSON.stringify of the story with each file’s text on its first document', () => {
		const expected =
			JSON.stringify({ ...small.story, documents: documentsOnce(small.story.documents) }, null, 2) + '\n';
		expect(small.json).toBe(expected);
	});

	it('carries the file’s text once, and names the document holding it on the others', () => {
		const out = JSON.parse(small.json);
		expect(out.documents.length).toBeGreaterThan(10);
		const [first, ...rest] = out.documents;
		expect(first.text).toBe(small.story.documents[0].text);
		for (const d of rest) {
			expect(d).not.toHaveProperty('text');
			expect(d.textOf).toBe(first.id);
			// The contract fields are all still there (DESIGN.md §4).
			for (const k of [
				'id',
				'path',
				'lang',
				'outlet',
				'published',
				'publishedSource',
				'bodyStart',
				'bodyEnd'
			])
				expect(d).toHaveProperty(k);
			expect(Object.keys(d).indexOf('textOf')).toBe(Object.keys(small.story.documents[1]).indexOf('text'));
		}
		// Evidence offsets still point into that text.
		for (const s of out.statements)
			for (const e of s.evidence) {
				const doc = out.documents.find((d: { id: string }) => d.id === e.doc);
				const text = doc.text ?? out.documents.find((d: { id: string }) => d.id === doc.textOf).text;
				expect(e.end).toBeLessThanOrEqual(text.length);
			}
	});

	it('keeps the text of each of several files on its own first document', () => {
		const story = readDocuments([
			{ path: 'a.txt', text: newsText(8_000) },
			{ path: 'b.txt', text: newsText(12_000) }
		]);
		const docs = documentsOnce(story.documents);
		expect(docs.filter((d) => d.text !== undefined).map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
		expect(
			docs.every((d) => d.text !== undefined || docs.find((x) => x.id === d.textOf)!.path === d.path)
		).toBe(true);
	});

	it('grows linearly: four times the news gives at most 4.5 times the output (the old format: 16 times)', () => {
		const large = printed(newsText(200_000));
		const ratio = large.json.length / small.json.length;
		const oldSize = (p: typeof small) => JSON.stringify(p.story, null, 2).length;
		expect(ratio).toBeLessThanOrEqual(4.5);
		expect(oldSize(large) / oldSize(small)).toBeGreaterThan(8); // the quadratic format this replaces
		// Written in chunks of about 1 MB, never as one string of everything.
		expect(Math.max(...large.chunks.map((c) => c.length))).toBeLessThan(2 << 20);
	}, 60_000);
});
