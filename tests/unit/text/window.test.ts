import { describe, expect, it } from 'vitest';
import { normalize, quickScan, tokenize, windowTokens } from '../../../src/lib/core/text';

/** Every window [a, b) of a text's scan tokens, read both ways: from the scan and from scratch. */
function everyWindow(text: string): { a: number; b: number; chunk: string }[] {
	const q = quickScan(text, new Set());
	const out: { a: number; b: number; chunk: string }[] = [];
	for (let a = 0; a < q.n; a++)
		for (let b = a + 1; b <= q.n; b++) out.push({ a, b, chunk: text.slice(q.starts[a], q.ends[b - 1]) });
	return out;
}

describe('windowTokens', () => {
	it.each([
		['the date in figures and words', 'On Tuesday, 5 January 2016 (15 Dey 1394)'],
		['Arabic with diacritics, tatweel and Arabic-Indic digits', 'في الـ ١٤ رَبيعٌ الأوَّل ١٤٣٧هـــ،\nالخميس'],
		['Persian with half-spaces and Persian digits', 'روز سه‌شنبه ۱۵ دی‌ماه ۱۳۹۴ (۵ ژانویه)'],
		['bidi marks between and after words', '\u200fالخميس\u200e 24\u200f/12/2015\u200f. Next'],
		['marks dropped right after a point and at the end', 'a.\u064b b\u200f 2015\u0640'],
		['a number glued to letters and a long digit run', '2015م 5th 12345678901 ٢٠١٥-١٢-٢٦'],
		['Latin letters with accents and capitals', 'ÉTÉ Über déc. MAY'],
		['blank lines and tabs', 'one\n\n\ttwo \r\n three']
	])('gives the tokens and offsets of normalising and tokenizing the window: %s', (_, text) => {
		const q = quickScan(text, new Set());
		for (const { a, b, chunk } of everyWindow(text)) {
			const norm = normalize(chunk);
			const w = windowTokens(text, q, a, b)!;
			expect(w.toks).toEqual(tokenize(norm.text));
			expect([...w.map]).toEqual([...norm.map]);
		}
	});

	it('gives up on a window with a high surrogate, which the tokenizer keeps with the unit after it', () => {
		const text = 'يوم 5 😀 يناير';
		const q = quickScan(text, new Set());
		expect(windowTokens(text, q, 0, q.n)).toBeNull();
		expect(windowTokens(text, q, 0, 2)).not.toBeNull();
	});
});
