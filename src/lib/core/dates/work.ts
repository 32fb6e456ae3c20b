/**
 * Counted work of the date finder: how many characters, tokens, look-ups and parser attempts
 * `findDates` stepped through, so that a test can check that finding dates stays linear in the
 * length of a text by counting instead of timing (CPU time moves with the load of the machine;
 * speed is measured by `npm run bench`).
 *
 * One module-level counter, as reading's `readingWork` (reading/work.ts), rather than a counters
 * object in the options: the counted steps sit in the stream builder, the cursor every parser
 * reads through and the resolver, and threading an object to each would add a parameter to most
 * parsers for the sake of tests. Hot loops count in a local (the cursor counts on itself) and add
 * once per window of text. Finding dates is synchronous, so what is counted between
 * `countDateWork`'s reset and its read-out belongs to that one call. Nothing reads the counter to
 * decide anything: the finder gives the same output, byte for byte, whatever it holds.
 */

/** What the date finder counts (all non-negative integers). */
export interface DateWork {
	/** Characters read to detect the language (when none is given; at most 20,000 per text). */
	langChars: number;
	/** Characters the anchor scan (`quickScan`) read: the whole text, once. */
	scanChars: number;
	/** Scan tokens the windowing loop stepped over. */
	scanTokens: number;
	/** Anchor candidates among them (numbers and words that can start a date). */
	anchors: number;
	/** Windows of text around anchors (runs of anchors close together, at most 4,096 scan tokens each). */
	windows: number;
	/** Characters of those windows, normalised and tokenised. */
	windowChars: number;
	/** Tokens of those windows given lexicon look-ups (the token streams built). */
	streamTokens: number;
	/** Lexicon phrase keys tried while building the streams (at most the longest phrase per token). */
	lexiconProbes: number;
	/** Characters of those keys (hashing a key reads it; a huge token is read here). */
	lexiconChars: number;
	/** Token positions the finder's loop stopped at. */
	positions: number;
	/** Parser attempts: at a position, and from the refiners looking for a date after a match. */
	parserCalls: number;
	/** Tokens and lexicon entries looked at through the cursor by parsers and refiners. */
	cursorLooks: number;
	/** Tokens walked to see whether a match stands alone on a bulleted line. */
	lineSteps: number;
	/** Scan tokens looked up to read the tense of a clause around a date (each at most once). */
	tenseLooks: number;
	/** Parts resolved to values (each mention, each range end, each weekday confirmation tried). */
	resolves: number;
	/** Mentions written out, a range's two ends counted apart (as `mentionEnds` gives them). */
	mentions: number;
}

/** The counter; `countDateWork` resets it. Read it, never rely on it to decide anything. */
export const dateWork: DateWork = zero();

function zero(): DateWork {
	return {
		langChars: 0,
		scanChars: 0,
		scanTokens: 0,
		anchors: 0,
		windows: 0,
		windowChars: 0,
		streamTokens: 0,
		lexiconProbes: 0,
		lexiconChars: 0,
		positions: 0,
		parserCalls: 0,
		cursorLooks: 0,
		lineSteps: 0,
		tenseLooks: 0,
		resolves: 0,
		mentions: 0
	};
}

/**
 * Run `fn` (some date finding) with the counter reset, and return its result with a copy of the
 * work it counted. A call nested in another's `fn` counts toward both: the outer total is
 * restored with the inner one added.
 * @example countDateWork(() => findDates(text, { lang: 'ar' })).work.scanChars === text.length
 */
export function countDateWork<T>(fn: () => T): { result: T; work: DateWork } {
	const outer = { ...dateWork };
	Object.assign(dateWork, zero());
	let work: DateWork;
	let result: T;
	try {
		result = fn();
	} finally {
		work = { ...dateWork };
		for (const k of Object.keys(outer) as (keyof DateWork)[]) dateWork[k] = outer[k] + work[k];
	}
	return { result, work };
}
