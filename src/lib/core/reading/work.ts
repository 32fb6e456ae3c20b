/**
 * Counted work of reading: how many characters, look-ups and candidates the reading pipeline
 * stepped over, so that a test can check that reading stays linear in the length of a text by
 * counting instead of timing (CPU time moves with the load of the machine; speed is measured by
 * `npm run bench`).
 *
 * One module-level counter rather than a counters object in the options: the counted steps sit
 * deep in the pipeline (`matchForm` alone is called from 27 places in refs.ts and
 * items.ts), and threading an object to each would add a parameter to most helpers for the sake of
 * tests. An increment of a field of one object costs nothing next to the look-up it counts, and
 * hot loops count in a local and add once. Reading is synchronous, so what is counted between
 * `countReadingWork`'s reset and its read-out belongs to that one call. Nothing reads the counter
 * to decide anything: reading gives the same output, byte for byte, whatever it holds.
 */

/** What reading counts (all non-negative integers). */
export interface ReadingWork {
	/** Characters of lines classified and folded while cleaning a text (clean.ts). */
	lineChars: number;
	/** Characters the sentence splitter stepped over (each time it looked at one). */
	splitChars: number;
	/** Characters of sentences normalised, tokenised and read into items. */
	sentenceChars: number;
	/** Keys tried in the lexicon tables (`matchForm`). */
	lexiconProbes: number;
	/** Characters handed to the gazetteer's matcher (it reads each about once). */
	gazetteerChars: number;
	/** Characters handed to the date finder (it reads each about once). */
	dateFinderChars: number;
	/** Date mentions examined for a sentence: its candidates, a saying's date, an event's date. */
	dateChecks: number;
	/** Speakers examined in a document's discourse memory (people named as written so far). */
	memoryChecks: number;
}

/** The counter; `countReadingWork` resets it. Read it, never rely on it to decide anything. */
export const readingWork: ReadingWork = zero();

function zero(): ReadingWork {
	return {
		lineChars: 0,
		splitChars: 0,
		sentenceChars: 0,
		lexiconProbes: 0,
		gazetteerChars: 0,
		dateFinderChars: 0,
		dateChecks: 0,
		memoryChecks: 0
	};
}

/**
 * Run `fn` (some reading) with the counter reset, and return its result with a copy of the work
 * it counted. A call nested in another's `fn` counts toward both: the outer total is restored
 * with the inner one added.
 * @example countReadingWork(() => readEachDocument(inputs)).work.splitChars // ≈ the text's length
 */
export function countReadingWork<T>(fn: () => T): { result: T; work: ReadingWork } {
	const outer = { ...readingWork };
	Object.assign(readingWork, zero());
	let work: ReadingWork;
	let result: T;
	try {
		result = fn();
	} finally {
		work = { ...readingWork };
		for (const k of Object.keys(outer) as (keyof ReadingWork)[]) readingWork[k] = outer[k] + work[k];
	}
	return { result, work };
}
