import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { readDocuments } from '../../../src/lib/core/story';

/** The ids the shipped gazetteer finds in a text, in order. */
const ids = (text: string) =>
	gazetteer()
		.find(text)
		.map((m) => m.id);

describe('a Persian name with a half-space is found written with a space too', () => {
	it.each([
		['دیده‌بان حقوق بشر گفت', ['Human Rights Watch']],
		['دیده بان حقوق بشر گفت', ['Human Rights Watch']],
		['دیدهبان حقوق بشر گفت', ['Human Rights Watch']],
		['اف‌بی‌آی اعلام کرد', ['FBI']],
		['اف بی آی اعلام کرد', ['FBI']],
		// (a look-alike: «دیده» alone is a word, "seen")
		['این صحنه دیده شد', []]
	])('«%s» → %j', (text, want) => {
		expect(ids(text)).toEqual(want);
	});
});

describe('an intelligence service is a body, not a news agency', () => {
	// what the CIA or Mossad says is its claim; only what a news agency tells is a report
	it.each([
		['en', 'The CIA said the Taliban knew of the visit.', 'CIA'],
		['ar', 'وقال الموساد إن العملية نجحت.', 'Mossad'],
		['en', 'The FBI said the plot was directed from Tehran.', 'FBI'],
		['en', 'Reuters said the plot was directed from Tehran.', 'Reuters']
	])('%s: «%s»', (lang, text, speaker) => {
		const st = readDocuments([
			{ path: 'a.txt', text, meta: { lang, published: '2024-05-10', outlet: null } }
		]).statements;
		expect(st.map((x) => [x.speaker, x.act])).toEqual([
			[speaker, speaker === 'Reuters' ? 'report' : 'claim']
		]);
	});
});
