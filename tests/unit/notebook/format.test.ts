import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';
import { storyToItems } from '../../../src/lib/core/timeline';
import {
	addCorrection,
	addImport,
	emptyNotebook,
	insertCell,
	isNotebookId,
	newCell,
	NotebookFormatError,
	parseNotebook,
	serialiseNotebook,
	slugify,
	type Notebook
} from '../../../src/lib/core/notebook';

function seeded(seed = 1) {
	let x = seed;
	return () => {
		x = (x * 48271) % 2147483647;
		return x / 2147483647;
	};
}

function sample(): Notebook {
	const r = seeded();
	let nb = emptyNotebook('sample', 'نمونه — sample');
	nb = insertCell(
		nb,
		newCell(
			nb,
			'source',
			{
				title: 'طالبان تنفي',
				text: 'سطر أول\r\nنفت حركة طالبان يوم ۵ دی ۱۳۹۴\n\n"quoted" \\ back\u200c\n',
				lang: 'ar',
				published: {
					earliest: '2015-12-26',
					latest: '2015-12-26',
					precision: 'day',
					calendar: 'persian',
					edtf: '2015-12-26',
					text: '۵ دی ۱۳۹۴'
				},
				publishedSource: 'label'
			},
			r
		)
	);
	nb = insertCell(nb, newCell(nb, 'note', { markdown: '# Note\n\n- one' }, r));
	nb = insertCell(nb, newCell(nb, 'timeline', { title: 'Timeline' }, r));
	nb = insertCell(nb, newCell(nb, 'table', {}, r));
	nb = addCorrection(
		nb,
		{
			type: 'mention-date',
			at: { doc: nb.cells[0].id, start: 20, end: 29, text: '۵ دی ۱۳۹۴' },
			value: {
				earliest: '2015-12-27',
				latest: '2015-12-27',
				precision: 'day',
				calendar: 'gregorian',
				edtf: '2015-12-27',
				text: '2015-12-27'
			}
		},
		r
	);
	nb = addCorrection(nb, { type: 'merge-actors', from: 'Islamic State', into: 'ISIS' }, r);
	return { ...nb, version: 7 };
}

describe('the notebook file', () => {
	it('survives parse → serialise byte for byte', () => {
		const text = serialiseNotebook(sample());
		expect(serialiseNotebook(parseNotebook(text))).toBe(text);
		expect(parseNotebook(text)).toEqual(sample());
	});

	it('is the same bytes whatever the key order of the object it was made from', () => {
		const nb = sample();
		const shuffled = JSON.parse(JSON.stringify(nb), (_k, v) =>
			v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v
		);
		expect(serialiseNotebook(shuffled)).toBe(serialiseNotebook(nb));
	});

	it('stores texts as lines so that a diff shows the changed line', () => {
		const text = serialiseNotebook(sample());
		expect(text).toContain('"نفت حركة طالبان يوم ۵ دی ۱۳۹۴",');
		expect(text.startsWith('{\n  "format": "taqvim-notebook",\n  "schema": 1,\n  "id": "sample"')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('keeps the schema version and stores nothing derived', () => {
		const j = JSON.parse(serialiseNotebook(sample()));
		expect(j.schema).toBe(1);
		expect(Object.keys(j)).toEqual([
			'format',
			'schema',
			'id',
			'title',
			'version',
			'cells',
			'corrections',
			'actors',
			'imports'
		]);
		expect(JSON.stringify(j)).not.toMatch(/"(mentions|items|story|events|statements)"/);
	});

	it('keeps an item file added to the notebook, byte for byte through a round trip', () => {
		const story = readDocuments([
			{ path: 'x', text: 'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير عن لقاء مع روسيا.', meta: { lang: 'ar' } }
		]);
		const { items, links } = storyToItems(story);
		const nb = addImport(sample(), 'items.csv', items, links, seeded(3));
		const text = serialiseNotebook(nb);
		expect(serialiseNotebook(parseNotebook(text))).toBe(text);
		expect(parseNotebook(text).imports[0].items).toHaveLength(items.length);
	});

	it('migrates a schema 0 file (texts as strings, no version) to the current schema', () => {
		const old = {
			id: 'old',
			title: 'Old',
			cells: [{ id: 'c-abcd123456', kind: 'source', title: 't', text: 'a\nb' }]
		};
		const nb = parseNotebook(JSON.stringify(old));
		expect(nb.schema).toBe(1);
		expect(nb.version).toBe(0);
		expect(nb.cells[0]).toMatchObject({ kind: 'source', text: 'a\nb', lang: null, published: null });
	});

	it.each([
		['not JSON', '{"cells": [', /not valid JSON/],
		['a list', '[]', /not a JSON object/],
		['another format', '{"format":"x"}', /"format"/],
		['a future schema', '{"format":"taqvim-notebook","schema":99}', /newer than this version/],
		[
			'a hostile id',
			'{"schema":1,"id":"../../etc/passwd","version":0,"cells":[]}',
			/not a valid notebook id/
		],
		[
			'an unknown cell kind',
			'{"schema":1,"id":"a","version":0,"cells":[{"id":"c-abcd","kind":"x"}]}',
			/unknown cell kind/
		],
		[
			'a duplicate cell id',
			'{"schema":1,"id":"a","version":0,"cells":[{"id":"c-abcd","kind":"note"},{"id":"c-abcd","kind":"note"}]}',
			/appears twice/
		],
		['a negative version', '{"schema":1,"id":"a","version":-1,"cells":[]}', /version/]
	])('refuses %s with a message saying what is wrong', (_name, text, message) => {
		expect(() => parseNotebook(text)).toThrow(NotebookFormatError);
		expect(() => parseNotebook(text)).toThrow(message);
	});
});

describe('ids', () => {
	it.each([
		['seed', true],
		['russia-taliban-2', true],
		['../../etc/passwd', false],
		['..', false],
		['a/b', false],
		['-x', false],
		['Seed', false],
		['', false],
		['a'.repeat(64), false],
		['x.json', false]
	])('notebook id %j is accepted: %s', (id, ok) => {
		expect(isNotebookId(id)).toBe(ok);
	});

	it.each([
		['Russia & Taliban', [], 'russia-taliban'],
		['طالبان', [], 'notebook'],
		['Seed', ['seed'], 'seed-2'],
		['../../etc/passwd', [], 'etc-passwd']
	])('slugify(%j) with %j taken gives %j', (title, taken, id) => {
		expect(slugify(title, taken)).toBe(id);
		expect(isNotebookId(slugify(title, taken))).toBe(true);
	});

	it('gives new cells ids that are unique and never reused', () => {
		let nb = emptyNotebook('a', 'a');
		for (let i = 0; i < 200; i++) nb = insertCell(nb, newCell(nb, 'note'));
		expect(new Set(nb.cells.map((c) => c.id)).size).toBe(200);
	});
});
