import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';

/** Long prose paragraphs of the Arabic and Persian seeds, joined into one line. */
const seedProse = ['001_5efe405581343bf2', '002_c9650de6e31c8931', '004_6eea52bd81b2b4bd']
	.map((id) =>
		readFileSync(`seeds/${id}.txt`, 'utf8')
			.split('\n')
			.filter((l) => l.length > 200)
			.join(' ')
	)
	.join(' ');

/** One paragraph of about `size` characters made by repeating the seed prose. */
function bigParagraph(size: number): string {
	const parts: string[] = [];
	let n = 0;
	while (n < size) {
		parts.push(seedProse);
		n += seedProse.length + 1;
	}
	return parts.join(' ').slice(0, size);
}

describe('reading a megabyte of news prose', () => {
	it.each([
		['with sentence punctuation', (s: string) => s],
		['with no sentence punctuation at all', (s: string) => s.replace(/[.!?؟؛:،,]/g, ' ')]
	])(
		'reads one ~1 MB paragraph %s in well under ten seconds',
		(label, shape) => {
			const text = `عنوان تجريبي للخبر\n\n${shape(bigParagraph(1_000_000))}\n`;
			const t0 = performance.now();
			const story = readDocuments([{ path: 'big.txt', text }]);
			const seconds = (performance.now() - t0) / 1000;
			console.log(`readDocuments, 1 MB paragraph ${label}: ${seconds.toFixed(2)} s`);
			expect(story.documents).toHaveLength(1);
			expect(story.statements.length).toBeGreaterThan(0);
			expect(seconds).toBeLessThan(10);
		},
		60_000
	);
});
