import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/core/export/import-error';
import { importFile } from '../../../src/lib/core/export/import';
import { itemsToCsv } from '../../../src/lib/core/export/items-csv';
import { itemsToJson, parseItemsJson, parseStoryJson, storyToJson } from '../../../src/lib/core/export/json';
import { itemsToTimelineJs } from '../../../src/lib/core/export/timelinejs';
import type { Story } from '../../../src/lib/core/story/model';
import { seedItems, seedLinks } from '../../../src/routes/dev/export/seed-fixture';

const story: Story = {
	documents: [
		{
			id: 'd1',
			path: 'seeds/001.txt',
			lang: 'ar',
			title: 'طالبان تنفي',
			outlet: 'Asharq Al-Awsat',
			url: null,
			published: {
				earliest: '2015-12-27',
				latest: '2015-12-27',
				precision: 'day',
				calendar: 'gregorian',
				edtf: '2015-12-27',
				text: ''
			},
			publishedSource: 'label',
			text: 'طالبان تنفي وجود أي تبادل معلومات مع موسكو',
			bodyStart: 0,
			bodyEnd: 42
		}
	],
	actors: [
		{ id: 'Taliban', kind: 'organisation', names: { en: 'Taliban', ar: 'طالبان' }, aliases: ['طالبان'] }
	],
	events: [
		{
			id: 'e1',
			participants: ['Taliban'],
			when: null,
			summary: 'exchange',
			status: 'denied',
			evidence: [{ doc: 'd1', start: 0, end: 5 }]
		}
	],
	statements: [
		{
			id: 's1',
			act: 'denial',
			speaker: 'Taliban',
			saidAt: null,
			about: 'e1',
			chain: [],
			evidence: [],
			text: 'طالبان تنفي'
		}
	],
	links: [{ type: 'denies', from: 's1', to: 'e1' }]
};

function issuesOf(f: () => unknown) {
	try {
		f();
	} catch (e) {
		if (e instanceof ImportError) return e.issues;
		throw e;
	}
	return [];
}

describe('story JSON', () => {
	it('round-trips a story unchanged', () => {
		expect(parseStoryJson(storyToJson(story))).toEqual(story);
	});

	it('is byte-for-byte the same for the same story', () => {
		expect(storyToJson(structuredClone(story))).toBe(storyToJson(story));
	});

	it.each([
		[
			'a link to a missing record',
			{ ...story, links: [{ type: 'denies', from: 's1', to: 'nope' }] },
			'links[0].to'
		],
		[
			'an unknown speech act',
			{ ...story, statements: [{ ...story.statements[0], act: 'rumour' }] },
			'statements[0].act'
		],
		[
			'an impossible date',
			{
				...story,
				events: [{ ...story.events[0], when: { ...story.documents[0].published, earliest: '2015-02-30' } }]
			},
			'events[0].when.earliest'
		],
		['a duplicate id', { ...story, events: [story.events[0], story.events[0]] }, 'events[1].id'],
		['a missing list', { ...story, links: undefined }, 'links']
	])('names the JSON path of %s', (_name, data, path) => {
		expect(issuesOf(() => parseStoryJson(JSON.stringify(data)))[0]?.column).toBe(path);
	});

	it('says a file with a JSON syntax error is not valid JSON', () => {
		const issues = issuesOf(() => parseStoryJson('{\n"documents": [\n,]\n}'));
		expect(issues[0].message).toMatch(/not valid JSON/);
	});
});

describe('items JSON', () => {
	it('round-trips items and links', () => {
		expect(parseItemsJson(itemsToJson(seedItems, seedLinks))).toEqual({ items: seedItems, links: seedLinks });
	});

	it('names the field of a bad item', () => {
		const bad = JSON.parse(itemsToJson(seedItems, seedLinks));
		bad.items[2].kind = 'gossip';
		expect(issuesOf(() => parseItemsJson(JSON.stringify(bad)))[0]).toMatchObject({ column: 'items[2].kind' });
	});
});

describe('importing an uploaded file', () => {
	it.each([
		['items.csv', () => itemsToCsv(seedItems), 'items', 'csv'],
		['items.json', () => itemsToJson(seedItems, seedLinks), 'items', 'items-json'],
		['story.json', () => storyToJson(story), 'story', 'story-json'],
		['timelinejs.json', () => JSON.stringify(itemsToTimelineJs(seedItems).file), 'items', 'timelinejs']
	])('recognises %s', (name, make, kind, format) => {
		expect(importFile(name, make())).toMatchObject({ kind, format });
	});

	it.each([
		['notes.txt', 'hello', /only \.csv and \.json/],
		['empty.csv', '   ', /empty/],
		['other.json', '{"a":1}', /not a Taqvim story/]
	])('refuses %s with a clear message', (name, text, msg) => {
		expect(() => importFile(name, text)).toThrow(msg);
	});
});
