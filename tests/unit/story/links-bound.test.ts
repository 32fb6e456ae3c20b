import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { buildStory, MAX_ANSWERED, type DocItems } from '../../../src/lib/core/story/build';
import type { Story } from '../../../src/lib/core/story/model';
import { readEachDocument } from '../../../src/lib/core/story/read';
import * as reference from './reference-build';

/**
 * The links of a story grow linearly with its statements. One long text saying the same claim
 * and the same denial over and over (a megabyte of unpunctuated English is cut into a thousand
 * sentences of at most 1,000 characters, each with its claim and its denial) made every denial
 * answer every copy of the claim in its article: 1,004,004 links from 2,203 statements. Each
 * denial and confirmation now keeps its MAX_ANSWERED nearest answers. Counted, not timed.
 */

const g = gazetteer();

/** One article, dated: a title line, then `unit` repeated to `size` characters. */
function article(unit: string, size: number): DocItems[] {
	const body = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
	const text = `عنوان تجريبي للخبر\n\n${body}\n`;
	return readEachDocument([{ path: 'big.txt', text, meta: { published: '2015-10-01' } }], {}, g);
}

/** Four times the text may give at most this many times the links: 4× and a margin. */
const BAR = 4.5;

/**
 * What bounds the links of any story: a statement has at most one link to an event (a claim's
 * `reports-on`, a denial's `denies`) and, a denial or confirmation, MAX_ANSWERED to statements.
 */
const linearBound = (story: Story) => (MAX_ANSWERED + 1) * story.statements.length;

const english =
	'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it ';

describe('the links of a story grow linearly with its statements', () => {
	it.each([
		['English without punctuation', english],
		[
			'Persian without punctuation',
			'ذبیح‌الله مجاهد سخنگوی طالبان روز جمعه گفت که روسیه با این گروه اطلاعات مبادله نکرده است و مقام‌های روسی این را رد کردند '
		],
		[
			'Arabic denials naming whom they answer',
			'نفت حركة طالبان أن تكون روسيا قد زودتها بالسلاح. ونفى الكرملين تصريحات مسؤول أفغاني. قال مسؤول أفغاني إن روسيا تدعم طالبان. '
		]
	])(
		'on one article of %s, 250 kB then 1 MB: at most 4.5 times the links, and MAX_ANSWERED + 1 a statement at most',
		(label, unit) => {
			const small = buildStory(g, article(unit, 250_000));
			const large = buildStory(g, article(unit, 1_000_000));
			console.log(
				`${label}: 250 kB ${small.statements.length} statements ${small.links.length} links; ` +
					`1 MB ${large.statements.length} statements ${large.links.length} links`
			);
			// the text was read, and it denies: statements grew with it, and links with them
			expect(large.statements.length).toBeGreaterThan(3.5 * small.statements.length);
			expect(small.links.length).toBeGreaterThan(small.statements.length);
			expect(large.links.length).toBeLessThanOrEqual(BAR * small.links.length);
			expect(large.links.length).toBeLessThanOrEqual(linearBound(large));
		},
		120_000
	);

	it('would not hold for the pairwise builder, which linked each denial to every claim it answers', () => {
		// the builder as it was before its links were indexed (reference-build.ts), on a quarter of
		// the sizes above (it compares every pair): its links grow with the square of the text
		const small = article(english, 62_500);
		const large = article(english, 250_000);
		const pairwise = [small, large].map(
			(per) => reference.buildStory(g, structuredClone(per), { capped: false }).links.length
		);
		const capped = [small, large].map((per) => buildStory(g, structuredClone(per)).links.length);
		console.log(`English without punctuation, 62.5 kB then 250 kB: pairwise ${pairwise}, capped ${capped}`);
		expect(pairwise[1]).toBeGreaterThan(BAR * pairwise[0]);
		expect(pairwise[1]).toBeGreaterThan(linearBound(buildStory(g, structuredClone(large))));
		expect(capped[1]).toBeLessThanOrEqual(BAR * capped[0]);
	});
});
