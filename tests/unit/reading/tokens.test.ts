import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/lib/core/text';
import { READING_FOLD } from '../../../src/lib/core/reading/lexicon';
import { tokenize } from '../../../src/lib/core/reading/tokens';

const words = (text: string, persian = true) =>
	tokenize(normalize(text, READING_FOLD), persian).map((t) => t.w);

describe('Persian verb parts written apart (verbprefix@fa, verbsuffix@fa)', () => {
	it.each([
		// a plain space where the page lost the half-space: one word, as the half-space makes it
		['مجاهد می گوید', ['مجاهد', 'میگوید']],
		['مجاهد می‌گوید', ['مجاهد', 'میگوید']],
		['طالبان آن را رد نمی کنند', ['طالبان', 'ان', 'را', 'رد', 'نميکنند']],
		['مقامات گفته اند', ['مقامات', 'گفتهاند']],
		['ما تایید کرده ایم', ['ما', 'تاييد', 'کردهايم']]
	])('«%s» reads %j', (text, expected) => {
		expect(words(text).join(' ')).toBe(words(expected.join(' ')).join(' '));
	});

	it('keeps the span of both parts (the evidence shows the words the page wrote)', () => {
		const [, verb] = tokenize(normalize('مجاهد می گوید', READING_FOLD), true);
		expect([verb.s, verb.e]).toEqual([6, 13]);
	});

	it.each([
		// look-alikes: the parts stay apart where they are no verb's («می» before a digit or a
		// mark, Arabic text, a suffix-like word opening a sentence)
		['می ۲۰ درصد', true, 3],
		['اند', true, 1],
		['قال إن اند', false, 3]
	])('«%s» stays %i words', (text, persian, n) => {
		expect(words(text, persian)).toHaveLength(n);
	});
});
