import { describe, expect, it } from 'vitest';
import { seedProseLine } from '../../fixtures/seeds';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { segments } from '../../../src/lib/core/reading/clean';
import { findDates } from '../../../src/lib/core/reading/dates-port';
import { newDiscourse, readItems, VERB_FORMS } from '../../../src/lib/core/reading/items';
import { splitSentences } from '../../../src/lib/core/reading/sentences';
import { countReadingWork, type ReadingWork } from '../../../src/lib/core/reading/work';
import { readEachDocument } from '../../../src/lib/core/story/read';
import { overTheBar, type Counts } from '../../fixtures/work';

/**
 * Reading is linear in the length of a text, checked by counting its work (characters stepped
 * over, lexicon keys tried, characters handed to the gazetteer and the date finder, date mentions
 * and remembered speakers examined: `readingWork`), not by timing it: CPU-time ratios move with
 * the load of the machine, and speed is measured by `npm run bench`.
 */

const g = gazetteer();
const seedProse = seedProseLine();
const english =
	'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it ';
const persian =
	'ذبیح‌الله مجاهد سخنگوی طالبان روز جمعه گفت که روسیه با این گروه اطلاعات مبادله نکرده است و مقام‌های روسی این را رد کردند ';
const unpunctuated = (s: string) => s.replace(/[.!?؟؛:،,]/g, ' ');

/** `unit` repeated to exactly `size` characters. */
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** One document: a title line, then one paragraph. */
const doc = (body: string) => `عنوان تجريبي للخبر\n\n${body}\n`;

/**
 * One file of articles of about 1,000 characters each (a title, two blank lines between them),
 * each opening with its own number so that no paragraph repeats another (a repeated line is chrome).
 */
function articles(size: number): string {
	const parts: string[] = [];
	let n = 0;
	for (let k = 0; n < size; k++) {
		const part = `عنوان الخبر رقم ${k} عن طالبان\n\nقال المتحدث في البيان رقم ${k} ${seedProse.slice(0, 900)}\n\n\n`;
		parts.push(part);
		n += part.length;
	}
	return parts.join('');
}

/** The work of reading `text` into items (`readEachDocument`: cleaning, dates, sentences, items). */
const work = (text: string): Counts<keyof ReadingWork> =>
	countReadingWork(() => readEachDocument([{ path: 'big.txt', text }], {}, g)).work;

/** Pairs of sentences of `text`: the work of a step that compared every sentence with every other. */
function sentencePairs(text: string): number {
	const s = splitSentences(text, [{ start: 0, end: text.length }], VERB_FORMS).length;
	return (s * (s - 1)) / 2;
}

const shapes: [string, (size: number) => string, number][] = [
	['Arabic news prose', (n) => doc(repeat(seedProse, n)), 100_000],
	['Arabic news prose with no punctuation', (n) => doc(unpunctuated(repeat(seedProse, n))), 100_000],
	['English with no punctuation', (n) => doc(repeat(english, n)), 100_000],
	['Persian with no punctuation', (n) => doc(repeat(persian, n)), 100_000],
	['a file of many short Arabic articles', articles, 100_000],
	// the megabyte paragraphs once timed by speed.test.ts, counted here at 250 kB and 1 MB
	['a paragraph of Arabic news prose, 250 kB to 1 MB', (n) => doc(repeat(seedProse, n)), 250_000],
	[
		'a paragraph of Arabic news prose with no punctuation, 250 kB to 1 MB',
		(n) => doc(unpunctuated(repeat(seedProse, n))),
		250_000
	]
];

describe('reading a text into items does work linear in its length', () => {
	// Four times the text costs 4× the work when reading is linear and 16× when a step is
	// quadratic; the bar, 4.5×, leaves a margin for what does not grow (the title, the head read for
	// the publication date) and for the first repetition of a text, read with an empty memory.
	it.each(shapes)(
		'reads four times as much of %s with at most 4.5 times the counted work',
		(label, text, size) => {
			const small = work(text(size));
			const large = work(text(4 * size));
			console.log(`${label}: ${size} chars ${JSON.stringify(small)}; ×4 ${JSON.stringify(large)}`);
			// the larger text was read: the splitter stepped over about four times the characters
			expect(large.splitChars).toBeGreaterThan(3.5 * small.splitChars);
			expect(large.sentenceChars).toBeGreaterThan(3.5 * small.sentenceChars);
			expect(overTheBar(small, large)).toEqual([]);
			// …and a step that compared every sentence with every other would have crossed the bar
			const quadratic = (w: Counts<keyof ReadingWork>, t: string) => ({
				...w,
				sentencePairs: sentencePairs(t)
			});
			expect(overTheBar(quadratic(small, text(size)), quadratic(large, text(4 * size)))).toContain(
				'sentencePairs'
			);
		},
		120_000
	);

	it('would cross the bar if every sentence looked through all the dates of its document', () => {
		// readItems finds a sentence's dates with a cursor over dates sorted by start; given the
		// same dates out of order it scans them all for every sentence, the quadratic step the
		// cursor replaced. Counting catches it.
		const read = (
			text: string,
			order: (dates: ReturnType<typeof findDates>) => typeof dates
		): Counts<keyof ReadingWork> =>
			countReadingWork(() => {
				const [seg] = segments(text);
				const dates = order(findDates(text, { lang: 'ar' }));
				const sentences = splitSentences(text, seg.prose, VERB_FORMS);
				readItems(text, sentences, { g, lang: 'ar', published: null, dates, discourse: newDiscourse('ar') });
			}).work;
		const text = (n: number) => doc(repeat(seedProse, n));
		const inOrder = (d: ReturnType<typeof findDates>) => d;
		const reversed = (d: ReturnType<typeof findDates>) => d.slice().reverse();
		expect(overTheBar(read(text(50_000), inOrder), read(text(200_000), inOrder))).toEqual([]);
		// (at twice the size of the linear check, where the quadratic step outweighs the linear work
		// around it by a margin: at 50 kB it crossed the bar in total by a hair)
		const over = overTheBar(read(text(100_000), reversed), read(text(400_000), reversed));
		expect(over).toContain('dateChecks');
		expect(over).toContain('total');
	}, 120_000);
});

describe('sentences of a long unpunctuated run', () => {
	it.each([
		['English', english],
		['Persian', persian],
		['Arabic without its punctuation', unpunctuated(seedProse)]
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
