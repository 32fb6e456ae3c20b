import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/core/export/import-error';
import {
	itemsToCsv,
	parseItemsCsv,
	readItemsCsv,
	ITEM_CSV_COLUMNS
} from '../../../src/lib/core/export/items-csv';
import { syntheticItems } from '../../../src/lib/core/timeline/synthetic';
import type { TimelineItem } from '../../../src/lib/core/timeline/item';
import { seedItems, seedLinks } from '../../../src/routes/dev/export/seed-fixture';

/** Items as the importer returns them: optional date flags that are false are simply absent. */
function normal(items: TimelineItem[]): TimelineItem[] {
	return items.map((it) => {
		if (!it.when) return it;
		const w = { ...it.when };
		for (const k of ['relative', 'approximate', 'uncertain'] as const) if (!w[k]) delete w[k];
		return { ...it, when: w };
	});
}

function issuesOf(text: string) {
	try {
		parseItemsCsv(text);
	} catch (e) {
		if (e instanceof ImportError) return e.issues;
		throw e;
	}
	return [];
}

const header = ITEM_CSV_COLUMNS.join(',');

describe('items CSV round trip', () => {
	it('gives back the same seed items, Arabic and Persian intact', () => {
		expect(parseItemsCsv(itemsToCsv(seedItems))).toEqual(normal(seedItems));
	});

	it('gives back the links among the exported items, in the links column', () => {
		const { links } = readItemsCsv(itemsToCsv(seedItems, seedLinks));
		const key = (l: { type: string; from: string; to: string }) => `${l.from} ${l.type} ${l.to}`;
		expect(links.map(key).sort()).toEqual(seedLinks.map(key).sort());
	});

	it('leaves out links to items that are not in the file', () => {
		const some = seedItems.filter((i) => i.id !== 'e-pakistan-intel');
		expect(readItemsCsv(itemsToCsv(some, seedLinks)).links.some((l) => l.to === 'e-pakistan-intel')).toBe(
			false
		);
	});

	it('gives back the same 2,000 synthetic items', () => {
		const { items } = syntheticItems(2000, 7);
		expect(parseItemsCsv(itemsToCsv(items))).toEqual(normal(items));
	});

	it('keeps list values that contain the separator or a backslash', () => {
		const it0: TimelineItem = {
			...seedItems[0],
			actors: ['A | B', 'C\\D', 'Kabul, Ministry'],
			evidence: [{ doc: 'doc@2', start: 3, end: 9 }]
		};
		expect(parseItemsCsv(itemsToCsv([it0]))).toEqual(normal([it0]));
	});

	it('writes the EDTF string beside the ISO days', () => {
		const csv = itemsToCsv(seedItems.slice(0, 1));
		const [head, row] = csv.slice(1).split('\r\n');
		const cells = row.split(',');
		const col = (name: string) => cells[head.split(',').indexOf(name)];
		expect([col('earliest'), col('latest'), col('edtf')]).toEqual(['2015-09-01', '2015-09-30', '2015-09']);
	});
});

describe('items CSV import of edited files', () => {
	it('accepts reordered columns, LF line ends and missing optional columns', () => {
		const text =
			'kind,id,label,earliest,latest,precision,edtf\nevent,e1,Meeting,2015-09-01,2015-09-30,month,2015-09\n\nclaim,c1,Undated,,,,\n';
		const items = parseItemsCsv(text);
		expect(items.map((i) => [i.id, i.kind, i.when?.edtf ?? null, i.when?.calendar ?? null])).toEqual([
			['e1', 'event', '2015-09', 'gregorian'],
			['c1', 'claim', null, null]
		]);
	});

	it.each([
		[
			'a date that does not exist',
			`${header}\ne1,event,x,,2015-02-29,2015-02-29,day,gregorian,2015-02-29`,
			2,
			'earliest'
		],
		[
			'latest before earliest',
			`${header}\ne1,event,x,,2015-03-02,2015-03-01,day,gregorian,2015-03`,
			2,
			'latest'
		],
		['an unknown kind', `${header}\ne1,rumour,x`, 2, 'kind'],
		[
			'an unknown precision',
			`${header}\ne1,event,x,,2015-03-01,2015-03-01,fortnight,gregorian,2015-03-01`,
			2,
			'precision'
		],
		[
			'an unknown calendar',
			`${header}\ne1,event,x,,2015-03-01,2015-03-01,day,julian,2015-03-01`,
			2,
			'calendar'
		],
		[
			'a bad flag',
			`${header}\ne1,event,x,,2015-03-01,2015-03-01,day,gregorian,2015-03-01,,maybe`,
			2,
			'approximate'
		],
		['a duplicate id', `${header}\ne1,event\ne1,event`, 3, 'id'],
		['an empty id', `${header}\n,event`, 2, 'id'],
		['an unknown status', `${header}\ne1,event,x,,,,,,,,,,,,rumoured`, 2, 'status'],
		['bad evidence', `${header}\ne1,event,x,,,,,,,,,,,,,,,,,,doc1@9`, 2, 'evidence'],
		['a missing id column', 'kind,label\nevent,x', 1, 'id'],
		['a link to an id not in the file', 'id,kind,links\ne1,event,denies:e9', 2, 'links'],
		['a link of an unknown type', 'id,kind,links\ne1,event\ne2,denial,refutes:e1', 3, 'links']
	])('names row and column for %s', (_name, text, row, column) => {
		const issues = issuesOf(text);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0]).toMatchObject({ row, column });
	});

	it('lists every bad row, not just the first, and says so in the message', () => {
		const text = `${header}\ne1,rumour\ne2,event\ne3,gossip\n`;
		try {
			parseItemsCsv(text);
			expect.fail('should throw');
		} catch (e) {
			expect((e as ImportError).issues.map((i) => i.row)).toEqual([2, 4]);
			expect((e as Error).message).toMatch(/row 2, column kind: "rumour" is not one of/);
		}
	});

	it('rejects an empty file with a message', () => {
		expect(() => parseItemsCsv('')).toThrow(/empty/);
	});
});
