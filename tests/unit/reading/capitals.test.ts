import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';

/** Every speaker and event participant read from one English article. */
function actorsOf(text: string): string[] {
	const s = readDocuments([
		{ path: 'a.txt', text: `Title\n\n${text}\n`, meta: { lang: 'en', published: '2023-05-04', outlet: null } }
	]);
	return [...s.statements.map((x) => x.speaker), ...s.events.flatMap((e) => e.participants)];
}

// capitalisation is English only: Arabic and Persian write no capitals, so the rules have no
// Arabic or Persian cases
describe('a capitalised common word is no name', () => {
	it.each([
		['Twelve people were killed in the strike, Mujahid said.', 'Twelve'],
		['Twelve were killed in Khost on Monday. Officials said twelve more were hurt.', 'Twelve'],
		["Following Tuesday's strike, the Taliban accused Pakistan of killing civilians.", "Following Tuesday's"],
		["Following Tuesday's strike, the Taliban accused Pakistan of killing civilians.", "Tuesday's"],
		['Thousands protested in Kabul against the strike.', 'Thousands'],
		['Smoke rose over Khost after the strike. Mujahid said smoke covered the village.', 'Smoke']
	])('«%s» has no actor %s', (text, junk) => {
		expect(actorsOf(text)).not.toContain(junk);
	});

	// look-alikes: a name whose first word is a common word, a name never written in lower case
	it.each([
		['Mark Rutte said the strike was illegal. He will mark the day.', 'Mark Rutte'],
		['Hope Hicks said the talks had failed. There is little hope left.', 'Hope Hicks'],
		['Rutte said the strike was illegal. Twelve died.', 'Rutte']
	])('«%s» still has %s', (text, name) => {
		expect(actorsOf(text)).toContain(name);
	});
});
