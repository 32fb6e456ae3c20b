import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { buildStory, comparisons, type DocItems } from '../../../src/lib/core/story/build';
import { readEachDocument, type Input } from '../../../src/lib/core/story/read';

/**
 * Building the story (merges, links, status) takes time near-linear in the number of statements
 * when what they say does not make the links themselves grow faster: a denial is compared only
 * with the statements that can answer to it, not with every statement.
 */

const g = gazetteer();

/** One article: a title line, then `unit` repeated to `size` characters. */
const article = (unit: string, size: number): Input[] => [
	{ path: 'dense.txt', text: `عنوان تجريبي للخبر\n\n${unit.repeat(Math.ceil(size / unit.length))}\n` }
];

/**
 * `n` short articles, one a day from 1 September 2015 (so that a month holds as many whatever
 * their number), each saying the same things in other words: a claim, a denial and a report.
 */
function notebook(n: number): Input[] {
	return Array.from({ length: n }, (_, i) => {
		const day = new Date(Date.UTC(2015, 8, 1 + i)).toISOString().slice(0, 10);
		return {
			path: `a${i}.txt`,
			text:
				`خبر رقم ${i}\n\nقال مسؤول روسي رقم ${i} إن روسيا زودت حركة طالبان بمعلومات عن داعش في الجلسة ${i}. ` +
				`نفت حركة طالبان أن تكون روسيا قد زودتها بالسلاح. ` +
				`ذكرت صحيفة صنداي تايمز أن بوتين التقى الملا أختر منصور في ${day}.\n`,
			meta: { published: day, lang: 'ar' }
		};
	});
}

/** Pairs compared in building the story from `per`. */
function compared(per: DocItems[]): number {
	comparisons.count = 0;
	buildStory(g, structuredClone(per));
	return comparisons.count;
}

describe('building the story does work near-linear in the number of statements', () => {
	// Counted, not timed (a busy machine moves CPU-time ratios; speed belongs in the bench): four
	// times the statements cost 4× when building is linear and 16× when it compares every pair; the
	// bar sits at their geometric mean, 8×, which a pairwise step still crosses.
	it.each([
		[
			'one article of Arabic claims and denials',
			(k: number) => article('قال مسؤول روسي إن طالبان تقاتل داعش. نفت حركة طالبان ذلك. ', 40_000 * k)
		],
		[
			'one article of Arabic dismissals of reports',
			(k: number) => article('نفى المتحدث باسم طالبان التقارير. ', 40_000 * k)
		],
		[
			'one article of Arabic denials naming Russia',
			(k: number) =>
				article(
					'نفت حركة طالبان أن تكون روسيا قد زودتها بالسلاح. ونفى الكرملين تصريحات مسؤول أفغاني. ',
					40_000 * k
				)
		],
		['a notebook of one short Arabic article a day', (k: number) => notebook(200 * k)]
	])(
		'on %s, four times the statements compare less than eight times the pairs',
		(label, input) => {
			const small = readEachDocument(input(1), {}, g);
			const large = readEachDocument(input(4), {}, g);
			const count = (per: DocItems[]) => per.reduce((n, d) => n + d.statements.length, 0);
			expect(count(large)).toBeGreaterThanOrEqual(3.5 * count(small));
			const ca = compared(small);
			const cb = compared(large);
			console.log(
				`${label}: ${count(small)} statements ${ca} comparisons, ` +
					`${count(large)} statements ${cb} comparisons`
			);
			// statements plus pairs compared: 0 pairs would leave no ratio
			expect((cb + count(large)) / (ca + count(small))).toBeLessThan(8);
		},
		120_000
	);
});
