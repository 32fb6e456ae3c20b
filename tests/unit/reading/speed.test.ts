import { describe, expect, it } from 'vitest';
import { seedProseLine } from '../../fixtures/seeds';
import { readDocuments } from '../../../src/lib/core/story';

const seedProse = seedProseLine();

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
