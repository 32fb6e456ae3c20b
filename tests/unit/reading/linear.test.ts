import { describe, expect, it } from 'vitest';
import { seedProseLine } from '../../fixtures/seeds';
import { readEachDocument } from '../../../src/lib/core/story/read';
import { splitSentences } from '../../../src/lib/core/reading/sentences';
import { VERB_FORMS } from '../../../src/lib/core/reading/items';

const seedProse = seedProseLine();

const english =
	'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it ';
const persian =
	'ذبیح‌الله مجاهد سخنگوی طالبان روز جمعه گفت که روسیه با این گروه اطلاعات مبادله نکرده است و مقام‌های روسی این را رد کردند ';

/** `unit` repeated to exactly `size` characters. */
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** One document: a title line, then one paragraph of `size` characters. */
const doc = (body: string) => `عنوان تجريبي للخبر\n\n${body}\n`;

/**
 * CPU time (ms) of reading `text` into items, the least of three runs: CPU time of this process,
 * not wall time, so that other work on the machine does not count; the least, so that a GC pause
 * does not. Building the story across documents (story/build.ts) is not part of it: its links
 * compare statements pairwise, a cost of the number of statements, not of reading.
 */
function cost(text: string): number {
	let best = Infinity;
	for (let k = 0; k < 3; k++) {
		const t0 = process.cpuUsage();
		readEachDocument([{ path: 'big.txt', text }]);
		const d = process.cpuUsage(t0);
		best = Math.min(best, (d.user + d.system) / 1000);
	}
	return best;
}

describe('reading a document into items takes time linear in its length', () => {
	// A ratio between two sizes holds on a slow machine as on a fast one: four times the text costs
	// 4× when reading is linear and 16× when it is quadratic. The bar sits between the two (8×,
	// their geometric mean), leaving room for GC and JIT noise and still catching a quadratic step.
	it.each([
		['Arabic news prose', (n: number) => repeat(seedProse, n)],
		[
			'Arabic news prose with no punctuation',
			(n: number) => repeat(seedProse, n).replace(/[.!?؟؛:،,]/g, ' ')
		],
		['English with no punctuation', (n: number) => repeat(english, n)],
		['Persian with no punctuation', (n: number) => repeat(persian, n)]
	])(
		'reads four times as much %s in less than eight times the time',
		(label, body) => {
			cost(doc(body(20_000))); // warm up the JIT and the lexicons
			const small = cost(doc(body(100_000)));
			const large = cost(doc(body(400_000)));
			console.log(`${label}: 100 kB ${small.toFixed(0)} ms, 400 kB ${large.toFixed(0)} ms`);
			expect(large / small).toBeLessThan(8);
		},
		120_000
	);
});

describe('sentences of a long unpunctuated run', () => {
	it.each([
		['English', english],
		['Persian', persian],
		['Arabic without its punctuation', seedProse.replace(/[.!?؟؛:،,]/g, ' ')]
	])('are cut at spaces to at most 1,000 characters, covering all the %s text', (label, unit) => {
		const text = repeat(unit, 50_000);
		const sents = splitSentences(text, [{ start: 0, end: text.length }], VERB_FORMS);
		expect(sents.length).toBeGreaterThanOrEqual(50);
		for (const s of sents) expect(s.end - s.start).toBeLessThanOrEqual(1000);
		for (let i = 1; i < sents.length; i++) {
			// nothing but white space lost between two sentences, and no word cut in two
			expect(text.slice(sents[i - 1].end, sents[i].start)).toMatch(/^\s+$/);
		}
		expect(sents[0].start).toBe(0);
		expect(text.slice(sents[sents.length - 1].end).trim()).toBe('');
	});

	it('keeps a sentence of ordinary length whole', () => {
		const text = english.repeat(5).trim();
		expect(splitSentences(text, [{ start: 0, end: text.length }], VERB_FORMS)).toEqual([
			{ start: 0, end: text.length }
		]);
	});
});
