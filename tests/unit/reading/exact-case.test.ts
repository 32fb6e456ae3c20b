import { describe, expect, it } from 'vitest';
import { gazetteer, parseGazetteer } from '../../../src/lib/core/gazetteer';
import { parseSpelling } from '../../../src/lib/core/lexicon/lines';

/** The ids the shipped gazetteer finds in a text, in order. */
const ids = (text: string, extra?: string) =>
	gazetteer(extra)
		.find(text)
		.map((m) => m.id);

describe('all-caps abbreviations are found only in capitals', () => {
	it.each([
		['en', 'The strike was confirmed, citing US officials.', ['United States']],
		['en', 'The U.S. military said', ['United States']],
		['en', 'a USA spokesman', ['United States']],
		['en', 'UK officials told reporters', ['United Kingdom']],
		['en', 'UAE mediators', ['United Arab Emirates']],
		['en', 'the UN envoy said', ['United Nations']],
		['en', 'EU leaders met', ['European Union']],
		['ar', 'قالت الولايات المتحدة إن', ['United States']],
		['fa', 'آمریکا اعلام کرد', ['United States']]
	])('%s: «%s» → %j', (_lang, text, want) => {
		expect(ids(text)).toEqual(want);
	});

	it.each([
		['en', 'Let us be clear about this'],
		['en', 'He told us that the talks failed'],
		['en', 'The tool is used by us and them'],
		['en', 'Us and them, he said'],
		['en', 'un homme a dit'],
		['en', 'the u.s. of it'],
		['en', 'uk-based is not a name']
	])('%s: «%s» names no state', (_lang, text) => {
		expect(ids(text)).toEqual([]);
	});
});

describe('the `!` mark of a spelling', () => {
	it.each([
		['US!', { s: 'US', weak: false, exact: true }],
		['UN!@en', { s: 'UN', weak: false, lang: 'en', exact: true }],
		['US', { s: 'US', weak: false }],
		['!', { s: '!', weak: false }],
		['قال*', { s: 'قال', weak: true }]
	])('%s → %j', (raw, want) => {
		expect(parseSpelling(raw)).toEqual(want);
	});

	const extra = 'Acme | organisation | - | Acme Corp | شركة أكمي | شرکت اکمی | AC!; أكمي!; اکمی! | - | -';
	it('a gazetteer line gives its exact spellings without the mark', () => {
		const [e] = parseGazetteer(extra);
		expect(e.aliases).toEqual(['AC', 'أكمي', 'اکمی']);
		expect(e.exact).toEqual(['AC', 'أكمي', 'اکمی']);
	});
	it.each([
		['en', 'AC said on Monday', ['Acme']],
		['en', 'the ac unit said', []],
		['en', 'Ac said', []],
		['ar', 'وقالت أكمي إن', ['Acme']],
		['fa', 'اکمی گفت', ['Acme']]
	])('%s: «%s» → %j', (_lang, text, want) => {
		expect(ids(text, extra)).toEqual(want);
	});
});

describe('a parent taken on at a date', () => {
	// "-; Afghanistan from 2021-08-15": no parent before that day, Afghanistan from it on
	const [e] = parseGazetteer(
		'Taliban | organisation | -; Afghanistan from 2021-08-15 | Taliban | طالبان | طالبان | - | - | -'
	);
	it('reads the first parent and the later ones', () => {
		expect(e.parent).toBeNull();
		expect(e.later).toEqual([{ parent: 'Afghanistan', from: '2021-08-15' }]);
	});
	it.each([
		[undefined, ['Taliban']],
		['2015-12-23', ['Taliban']],
		['2021-08-14', ['Taliban']],
		['2021-08-15', ['Taliban', 'Afghanistan']],
		['2025-03-14', ['Taliban', 'Afghanistan']]
	])('on %s the Taliban’s lineage is %j', (at, lineage) => {
		expect(gazetteer().lineage('Taliban', at as string | undefined)).toEqual(lineage);
	});
	it('names the line of a parent it cannot read', () => {
		expect(() =>
			parseGazetteer('X | organisation | -; Afghanistan since 2021 | X | - | - | - | - | -')
		).toThrow(/malformed parent "Afghanistan since 2021"/);
	});
});
