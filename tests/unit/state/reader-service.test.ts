import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	emptyNotebook,
	insertCell,
	newCell,
	type Notebook,
	type SourceCell
} from '../../../src/lib/core/notebook';
import { metaDate } from '../../../src/lib/core/story';
import type { ReadAnswer, SaveAnswer } from '../../../src/lib/state/reader-protocol';
import { readerService } from '../../../src/lib/state/reader-service';

const AR = 'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.';
const EN = 'Reuters reported on 5 March 2016 that Vladimir Putin met Taliban leader Mullah Akhtar Mansour.';

function notebook(): Notebook {
	let nb = emptyNotebook('t', 'T');
	for (const [text, lang] of [
		[AR, 'ar'],
		[EN, 'en']
	])
		nb = insertCell(nb, newCell(nb, 'source', { text, lang, published: metaDate('2016-03-10') }));
	return nb;
}

const sources = (nb: Notebook) => nb.cells.filter((c): c is SourceCell => c.kind === 'source');

/** A service whose answers are collected; `settled` waits until it has posted a result. */
function service() {
	const got: (ReadAnswer | SaveAnswer)[] = [];
	const handle = readerService((m) => got.push(m));
	const results = () => got.filter((m): m is Extract<ReadAnswer, { type: 'result' }> => m.type === 'result');
	const settled = async (n: number) => {
		for (let i = 0; i < 400 && results().length < n; i++) await new Promise((r) => setTimeout(r, 5));
		return results();
	};
	return { got, handle, results, settled };
}

describe('the reading service', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('answers only the latest request: a newer one drops the pass under way', async () => {
		const s = service();
		const nb = notebook();
		const [a, b] = sources(nb);
		s.handle({ gen: 1, upsert: [a, b], order: [a.id, b.id], corrections: [], actors: [] });
		s.handle({ gen: 2, upsert: [{ ...b, text: b.text + ' It denied it.' }], order: [a.id, b.id] });
		const rs = await s.settled(1);
		await new Promise((r) => setTimeout(r, 50));
		expect(s.results().map((r) => r.gen)).toEqual([2]);
		expect(JSON.parse(rs[0].sources).map((x: { cell: string }) => x.cell)).toEqual([a.id, b.id]);
		expect(rs[0].story).not.toBe(null);
		// texts never travel back
		for (const r of JSON.parse(rs[0].sources)) expect(r.text).toBe('');
		expect(JSON.parse(rs[0].story!).documents.every((d: { text: string }) => d.text === '')).toBe(true);
	});

	it('sends again only what changed: the cell read again, and no story or items when they are the same', async () => {
		const s = service();
		const nb = notebook();
		const [a, b] = sources(nb);
		s.handle({ gen: 1, upsert: [a, b], order: [a.id, b.id], corrections: [], actors: [] });
		await s.settled(1);
		// the same text again under a new cell object: read again, same story
		s.handle({ gen: 2, upsert: [{ ...b }], order: [a.id, b.id] });
		const second = (await s.settled(2))[1];
		expect(JSON.parse(second.sources)).toEqual([]);
		expect(second.story).toBe(null);
		expect(second.items).toBe(null);
		// a real edit: that cell's reading and a new story
		s.handle({
			gen: 3,
			upsert: [{ ...b, text: b.text.replace('5 March 2016', '6 March 2016') }],
			order: [a.id, b.id]
		});
		const third = (await s.settled(3))[2];
		expect(JSON.parse(third.sources).map((x: { cell: string }) => x.cell)).toEqual([b.id]);
		expect(third.story).not.toBe(null);
		expect(third.items).toContain('2016-03-06');
	});

	it('saves the notebook from the cells it holds, writing its JSON and sending it', async () => {
		const put = vi.fn(async (_url: string, init: RequestInit) => {
			const body = JSON.parse(init.body as string);
			return new Response(JSON.stringify({ version: body.baseVersion + 1 }), { status: 200 });
		});
		vi.stubGlobal('fetch', put);
		const s = service();
		const nb = notebook();
		const [a, b] = sources(nb);
		s.handle({ gen: 1, upsert: [a, b], order: [a.id, b.id], corrections: [], actors: [] });
		s.handle({
			type: 'save',
			id: 7,
			url: 'http://x/api/notebooks/t',
			baseVersion: 3,
			notebook: { ...nb, cells: [a.id, b] }
		});
		for (let i = 0; i < 100 && !s.got.some((m) => m.type === 'saved'); i++)
			await new Promise((r) => setTimeout(r, 5));
		expect(s.got.find((m) => m.type === 'saved')).toEqual({
			type: 'saved',
			id: 7,
			status: 200,
			body: { version: 4 }
		});
		expect(put).toHaveBeenCalledOnce();
		const [url, init] = put.mock.calls[0];
		expect(url).toBe('http://x/api/notebooks/t');
		expect(init.method).toBe('PUT');
		expect(JSON.parse(init.body as string)).toEqual({ baseVersion: 3, notebook: nb });
	});

	it('says a save could not be made, without sending half a notebook', async () => {
		const put = vi.fn();
		vi.stubGlobal('fetch', put);
		const s = service();
		const nb = notebook();
		s.handle({
			type: 'save',
			id: 1,
			url: 'http://x/',
			baseVersion: 1,
			notebook: { ...nb, cells: ['c-unknown1'] }
		});
		for (let i = 0; i < 100 && !s.got.length; i++) await new Promise((r) => setTimeout(r, 5));
		expect(s.got[0]).toMatchObject({
			type: 'saved',
			id: 1,
			status: 0,
			error: 'the cell c-unknown1 was not sent'
		});
		expect(put).not.toHaveBeenCalled();
	});
});
