import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds } from '../../../src/lib/core/dates';
import { scoreDates, type GoldCase } from '../../../src/lib/core/dates/score';

/**
 * The date sets, scored as score-dates.js scores them: the dev set beside the repository
 * (../shared/eval, as in CI: a clone with shared/ next to it) and the blind sets committed under
 * tests/eval (tests/eval/README.md). None may fall below the value F1 it reached when its rules
 * were written (a rule that breaks a case of another set shows here, not in the next blind
 * measurement).
 */
const DEV = resolve(import.meta.dirname, '../../../../shared/eval/dates-dev.jsonl');
const FLOORS: [string, number][] = [
	['dates-extra.jsonl', 1],
	['dates-blind2.jsonl', 1],
	['dates-blind3.jsonl', 0.994],
	['dates-blind4.jsonl', 1],
	['dates-real5.jsonl', 0.978],
	['dates-real6.jsonl', 0.97],
	['dates-real7.jsonl', 0.954],
	['dates-real8.jsonl', 0.92],
	['dates-real9.jsonl', 0.855],
	['dates-real10.jsonl', 0.96],
	['dates-real11.jsonl', 0.955],
	// never read: only its aggregate is run (tests/eval/README.md)
	['dates-real12.jsonl', 0.905],
	['dates-real13.jsonl', 0.95],
	['dates-real14.jsonl', 0.91],
	// tuned on (the session's third round)
	['dates-real15.jsonl', 0.92],
	// tuned on (the session's fourth round; first run 0.915, after it 0.973)
	['dates-real16.jsonl', 0.965],
	// tuned on from the seventh session's ninth round (first run 0.891 with the session's starting
	// main, 0.903 after the eighth round, 0.946 after the ninth)
	['dates-real17.jsonl', 0.94],
	// tuned on (tenth round; first run 0.915, after it 0.960)
	['dates-real18.jsonl', 0.955],
	// tuned on (eleventh round; first run 0.911, after it 0.950)
	['dates-real19.jsonl', 0.945],
	// tuned on (twelfth round; first run 0.926, after it 0.998)
	['dates-real20.jsonl', 0.995],
	// tuned on (thirteenth round; first run 0.883 with the ninth session's starting main, 0.879 after
	// the twelfth round, 0.976 after the thirteenth, 0.980 after the fourteenth)
	['dates-real21.jsonl', 0.975],
	// tuned on (fourteenth round; first run 0.914 with the tenth session's starting main, 0.914 after
	// the thirteenth round, 0.937 after three range spans of its gold were split as the project reads
	// ranges, 1.000 after the fourteenth round)
	['dates-real22.jsonl', 0.995],
	// never read: only its aggregate is run (first run 0.819 with the eleventh session's starting main,
	// 0.827 after the fourteenth round)
	['dates-real23.jsonl', 0.81]
];

/** Value F1 of the tagger on a JSONL set, and what it missed. */
function score(path: string): { f1: number; misses: string } {
	const gold = readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as GoldCase);
	const preds = new Map(
		gold.map((k) => [k.id, mentionEnds(findDates(k.text, { lang: k.lang, ref: k.ref ?? null }))])
	);
	const s = scoreDates(gold, preds);
	return { f1: s.value.F1, misses: s.misses.join('\n') };
}

describe('the dev set', () => {
	it.skipIf(!existsSync(DEV))(
		'is read with value F1 of at least 0.95 (scored as score-dates.js does)',
		() => {
			const { f1, misses } = score(DEV);
			expect(f1, misses).toBeGreaterThanOrEqual(0.95);
		}
	);
});

describe('the committed date sets', () => {
	it.each(FLOORS)('%s is read with value F1 of at least %s', (file, floor) => {
		const { f1, misses } = score(resolve(import.meta.dirname, '../../eval', file));
		expect(f1, misses).toBeGreaterThanOrEqual(floor - 1e-9);
	});
});
