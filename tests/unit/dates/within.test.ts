import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { adversarialText } from '../../fixtures/adversarial';
import { newsText } from '../../fixtures/news';

/**
 * `within`: the finder reads only the stretches of dates that reach into a span, and must give
 * there exactly what reading the whole text gives (the reader asks for one article's dates of a
 * file of many against the article's own publication day).
 */
const inSpan = (ms: ReturnType<typeof findDates>, start: number, end: number) =>
	ms.filter((m) => m.start >= start && m.end <= end);

describe('findDates within a span', () => {
	const texts: [string, string][] = [
		['news of every corpus', newsText(300_000)],
		['adversarial text', adversarialText(60_000)]
	];
	it.each(texts)(
		'finds in a span of %s what the whole text gives there',
		(_, text) => {
			for (const ref of ['2025-01-01', '2015-12-24', null]) {
				const whole = findDates(text, { ref });
				let seen = 0;
				// spans of many sizes, at places of no note (a fixed step through the text)
				for (let k = 0; k < 24; k++) {
					const start = Math.floor((k * 7919 * 13) % text.length);
					const end = Math.min(text.length, start + 200 * (k + 1) ** 2);
					const part = findDates(text, { ref, within: { start, end } });
					expect(inSpan(part, start, end)).toEqual(inSpan(whole, start, end));
					seen += inSpan(whole, start, end).length;
					// and it read less: nothing past the stretches that reach into the span
					expect(part.length).toBeLessThanOrEqual(whole.length);
				}
				expect(seen).toBeGreaterThan(100);
				expect(findDates(text, { ref, within: { start: 0, end: text.length } })).toEqual(whole);
			}
		},
		120_000
	);
});
