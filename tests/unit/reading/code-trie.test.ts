import { describe, expect, it } from 'vitest';
import { CodeTrie } from '../../../src/lib/core/gazetteer/trie';

/** The values a walk along `s` from the root reaches at its end, or null when the walk stops. */
function walk<T>(trie: CodeTrie<T>, s: string): readonly T[] | null {
	let node = CodeTrie.ROOT;
	for (let k = 0; k < s.length; k++) {
		node = trie.step(node, s.charCodeAt(k));
		if (node < 0) return null;
	}
	return trie.ends(node);
}

describe('CodeTrie: the gazetteer’s trie of spellings by code unit', () => {
	const items: [string, number][] = [
		['طالبان', 1],
		['حركة طالبان', 2],
		['ال', 3],
		['الحركة', 4],
		['Taliban', 5],
		['طالبان', 6],
		['', 7]
	];
	const trie = CodeTrie.of(items);

	it.each([
		['طالبان', [1, 6]],
		['حركة طالبان', [2]],
		['ال', [3]],
		['الحركة', [4]],
		['Taliban', [5]]
	])('finds what %s stands for, in the order the items came', (s, values) => {
		expect(walk(trie, s)).toEqual(values);
	});

	it.each([
		['a prefix of a spelling', 'طال', []],
		['a word no spelling begins', 'Kabul', null],
		['a spelling gone on past its end', 'Talibans', null]
	])('tells %s: nothing ends there, or the walk stops', (_, s, values) => {
		expect(walk(trie, s)).toEqual(values);
	});

	it('leaves out an empty spelling (nothing ends at the root)', () => {
		expect(trie.ends(CodeTrie.ROOT)).toEqual([]);
	});

	it('holds thousands of spellings sharing first letters, each found and no other', () => {
		const many = Array.from({ length: 5000 }, (_, k) => [`ال${k.toString(36)}`, k] as [string, number]);
		const big = CodeTrie.of(many);
		for (const [s, k] of many) expect(walk(big, s)).toEqual([k]);
		expect(walk(big, 'الzzz')).toBeNull();
	});

	it('is empty when built from nothing', () => {
		expect(CodeTrie.of<number>([]).step(CodeTrie.ROOT, 97)).toBe(-1);
	});
});
