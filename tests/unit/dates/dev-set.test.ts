import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds } from '../../../src/lib/core/dates';
import { scoreDates, type GoldCase } from '../../../src/lib/core/dates/score';

// shared/ stands beside the repository (as in CI: a clone with shared/ next to it).
const DEV = resolve(import.meta.dirname, '../../../../shared/eval/dates-dev.jsonl');

describe('the dev set', () => {
	it.skipIf(!existsSync(DEV))(
		'is read with value F1 of at least 0.95 (scored as score-dates.js does)',
		() => {
			const gold = readFileSync(DEV, 'utf8')
				.split('\n')
				.filter((l) => l.trim())
				.map((l) => JSON.parse(l) as GoldCase);
			const preds = new Map(
				gold.map((k) => [k.id, mentionEnds(findDates(k.text, { lang: k.lang, ref: k.ref ?? null }))])
			);
			const s = scoreDates(gold, preds);
			expect(s.value.F1, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
		}
	);
});
