import { describe, expect, it } from 'vitest';
import { NotebookState, type RescueStorage } from '../../../src/lib/state/notebook.svelte';
import {
	addCorrection,
	addImport,
	emptyNotebook,
	insertCell,
	newCell,
	normaliseNotebook,
	type Notebook,
	type TimelineCell
} from '../../../src/lib/core/notebook';

/**
 * A fake server for the browser's notebook state: it keeps the notebook as saved, answers PUTs with
 * optimistic concurrency like the real one, and holds each answer until the test lets it go, so
 * that edits can be made while a save is on its way.
 */
function fakeServer(initial: Notebook) {
	let stored = initial;
	const puts: { body: { baseVersion: number; notebook: Notebook }; release: () => void }[] = [];
	const fetch = (async (_url: string, init?: RequestInit) => {
		if (!init || init.method !== 'PUT') return new Response(JSON.stringify(stored));
		const body = JSON.parse(String(init.body));
		await new Promise<void>((release) => puts.push({ body, release }));
		if (body.baseVersion !== stored.version)
			return new Response(JSON.stringify({ error: 'stale' }), { status: 409 });
		stored = normaliseNotebook({ ...body.notebook, version: stored.version + 1 });
		return new Response(JSON.stringify(stored));
	}) as unknown as typeof globalThis.fetch;
	return {
		fetch,
		puts,
		get stored() {
			return stored;
		},
		/** Lets every held answer go and waits until the state has taken them in. */
		async releaseAll() {
			while (puts.length) puts.shift()!.release();
			await tick(5);
		}
	};
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, what: string) {
	for (let i = 0; i < 200 && !cond(); i++) await tick(5);
	if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

/** The same three-cell notebook (note, source, timeline; version 1) on every call. */
function start(): Notebook {
	let seed = 1;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	let nb = { ...emptyNotebook('nb', 'Notebook'), version: 1 };
	nb = insertCell(nb, newCell(nb, 'note', { markdown: 'first' }, random));
	nb = insertCell(nb, newCell(nb, 'source', { text: 'Kabul, 5 March 2016.' }, random));
	nb = insertCell(nb, newCell(nb, 'timeline', { title: 'Timeline' }, random));
	return nb;
}

function memoryStorage(): RescueStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, String(v)),
		removeItem: (k) => void map.delete(k)
	};
}

// Each part of a notebook file, changed while a save is on its way (issue 16.1).
const PARTS: [string, (s: NotebookState) => void, (nb: Notebook) => unknown][] = [
	[
		'cells (a note typed)',
		(s) => s.updateCell(s.notebook.cells[0].id, { markdown: 'second' }),
		(nb) => nb.cells[0].kind === 'note' && nb.cells[0].markdown
	],
	[
		'corrections',
		(s) => {
			const doc = s.notebook.cells[1].id;
			s.correct({ type: 'dismiss', at: { doc, start: 0, end: 5, text: 'Kabul' } });
		},
		(nb) => nb.corrections.map((k) => k.type)
	],
	['title', (s) => s.edit((n) => ({ ...n, title: 'Renamed' })), (nb) => nb.title],
	[
		'imports (an items file)',
		(s) => s.edit((n) => addImport(n, 'items.csv', [], [])),
		(nb) => nb.imports.map((m) => m.filename)
	],
	[
		'actors',
		(s) =>
			s.edit((n) => ({
				...n,
				actors: [{ id: 'Zamir Kabulov', kind: 'person', names: { en: 'Zamir Kabulov' }, aliases: [] }]
			})),
		(nb) => nb.actors.map((a) => a.id)
	],
	[
		'view state (a timeline’s calendar)',
		(s) => {
			const tl = s.notebook.cells[2] as TimelineCell;
			s.updateCell<TimelineCell>(tl.id, { view: { ...tl.view, calendar: 'persian' } });
		},
		(nb) => (nb.cells[2] as TimelineCell).view.calendar
	],
	[
		'text typed into a source (not yet committed)',
		(s) => s.draft(s.notebook.cells[1].id, 'text', 'Kabul, 6 March 2016.'),
		(nb) => nb.cells[1].kind === 'source' && nb.cells[1].text
	]
];

describe('saving the notebook from the browser', () => {
	it.each(PARTS)(
		'an edit of %s made while a save is on its way is saved next, and only then is all saved',
		async (_, change, part) => {
			const server = fakeServer(start());
			const s = new NotebookState(start(), { fetch: server.fetch, delay: 1, storage: null });
			s.updateCell(s.notebook.cells[0].id, { markdown: 'typing' });
			void s.save();
			await until(() => server.puts.length === 1, 'the first save');
			expect(s.status).toBe('saving');
			const before = part(s.notebook);
			change(s);
			expect(s.status).toBe('unsaved');
			await tick(20); // the autosave's pause runs out while the first save is still on its way
			await server.releaseAll();
			// The answer to the first save does not claim the later edit was saved.
			expect(s.status).not.toBe('saved');
			expect(part(server.stored)).toEqual(before);
			await until(() => server.puts.length === 1, 'the second save');
			await server.releaseAll();
			await until(() => s.status === 'saved', 'saved');
			expect(part(server.stored)).not.toEqual(before);
			expect(part(server.stored)).toEqual(part(s.notebook));
			expect(server.stored.version).toBe(3);
			expect(s.baseVersion).toBe(3);
		}
	);

	it('shows typing as unsaved at once and puts it into the notebook after a pause', async () => {
		const server = fakeServer(start());
		const s = new NotebookState(start(), { fetch: server.fetch, delay: 30, storage: null });
		const id = s.notebook.cells[1].id;
		s.draft(id, 'text', 'Kabul, 7 March');
		expect(s.status).toBe('unsaved');
		expect(s.dirty).toBe(true);
		expect(s.draftOf(id)).toBe('Kabul, 7 March');
		// Not yet in the notebook: the story is not read again on each keystroke.
		expect((s.notebook.cells[1] as { text: string }).text).toBe('Kabul, 5 March 2016.');
		s.draft(id, 'text', 'Kabul, 7 March 2016.');
		await until(() => server.puts.length === 1, 'the save after a pause');
		expect(server.puts[0].body.notebook.cells[1]).toMatchObject({ text: 'Kabul, 7 March 2016.' });
		expect(s.draftOf(id)).toBeUndefined();
		await server.releaseAll();
		expect(s.status).toBe('saved');
		expect(s.dirty).toBe(false);
		// Typing is one undo step.
		s.undo();
		expect((s.notebook.cells[1] as { text: string }).text).toBe('Kabul, 5 March 2016.');
	});

	it('saves at once on flush (a paste) without waiting for the pause', async () => {
		const server = fakeServer(start());
		const s = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage: null });
		s.draft(s.notebook.cells[1].id, 'text', 'pasted');
		void s.flush();
		await until(() => server.puts.length === 1, 'the save');
		await server.releaseAll();
		expect(s.status).toBe('saved');
		expect(server.stored.cells[1]).toMatchObject({ text: 'pasted' });
	});

	it('keeps a conflict’s edits in the tab and does not send them', async () => {
		const server = fakeServer(start());
		const s = new NotebookState(start(), { fetch: server.fetch, delay: 1, storage: null });
		s.baseVersion = 0; // another tab saved version 1 since
		s.edit((n) => ({ ...n, title: 'Mine' }));
		await until(() => server.puts.length === 1, 'the save');
		await server.releaseAll();
		expect(s.status).toBe('conflict');
		s.draft(s.notebook.cells[1].id, 'text', 'more');
		await tick(20);
		expect(server.puts.length).toBe(0);
		expect(s.status).toBe('conflict');
		expect(s.notebook.title).toBe('Mine');
	});
});

describe('unsaved work when the page is left', () => {
	it('is kept in storage and put back (then saved) on the next load of the same version', async () => {
		const server = fakeServer(start());
		const storage = memoryStorage();
		const a = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage });
		const id = a.notebook.cells[1].id;
		a.draft(id, 'text', 'Pasted just before the reload.');
		expect(a.keepForLater()).toBe(true);
		const kept = JSON.parse(storage.map.get('taqvim:unsaved:nb')!);
		// Unchanged cells are references, not copies.
		expect(kept.cells).toEqual([
			{ ref: a.notebook.cells[0].id },
			a.notebook.cells[1],
			{ ref: a.notebook.cells[2].id }
		]);
		// The reload: a fresh state from the server's notebook, as the page makes it.
		const b = new NotebookState(server.stored, { fetch: server.fetch, delay: 60_000, storage });
		expect(b.restoreKept()).toBe('apply');
		expect(b.notebook.cells[1]).toMatchObject({ text: 'Pasted just before the reload.' });
		expect(b.status).toBe('saving');
		await until(() => server.puts.length === 1, 'the save');
		await server.releaseAll();
		expect(b.status).toBe('saved');
		expect(server.stored.cells[1]).toMatchObject({ text: 'Pasted just before the reload.' });
		expect(storage.map.size).toBe(0);
		// Undo takes the restored edits back out.
		expect(b.nextUndo).toBe('restore unsaved edits');
	});

	it('applies the edits when the save on its way when the page was left did land', async () => {
		const server = fakeServer(start());
		const storage = memoryStorage();
		const a = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage });
		a.edit((n) => ({ ...n, title: 'Sent' }));
		void a.save();
		await until(() => server.puts.length === 1, 'the save');
		a.draft(a.notebook.cells[0].id, 'markdown', 'typed after');
		a.keepForLater();
		await server.releaseAll(); // lands on the server; the tab is gone and never hears of it
		const b = new NotebookState(server.stored, { fetch: server.fetch, delay: 60_000, storage });
		expect(b.restoreKept()).toBe('apply');
		expect(b.notebook.title).toBe('Sent');
		expect(b.notebook.cells[0]).toMatchObject({ markdown: 'typed after' });
	});

	it('keeps the edits as a conflict when the notebook was saved elsewhere in between', async () => {
		const server = fakeServer(start());
		const storage = memoryStorage();
		const a = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage });
		a.edit((n) => ({ ...n, title: 'Mine' }));
		a.keepForLater();
		const other = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage: null });
		other.edit((n) => addCorrection(n, { type: 'merge-actors', from: 'A', into: 'B' }));
		void other.save();
		await until(() => server.puts.length === 1, 'the other save');
		await server.releaseAll();
		const b = new NotebookState(server.stored, { fetch: server.fetch, delay: 60_000, storage });
		expect(b.restoreKept()).toBe('conflict');
		expect(b.status).toBe('conflict');
		expect(b.notebook.title).toBe('Mine');
		await tick(10);
		expect(server.puts.length).toBe(0);
	});

	it('takes a save answered "changed elsewhere" as saved when what was saved is what it sends', async () => {
		// the page is left while typing: the edits are kept and a flush goes out; the page loads
		// again before the flush lands, puts the kept edits back and saves them against the old
		// version — the flush has already saved exactly that
		const server = fakeServer(start());
		const storage = memoryStorage();
		const a = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage });
		a.edit((n) => ({ ...n, title: 'Typed' }));
		a.keepForLater();
		void a.save();
		await until(() => server.puts.length === 1, 'the flush');
		const b = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage });
		expect(b.restoreKept()).toBe('apply');
		await until(() => server.puts.length === 2, 'the restored save');
		await server.releaseAll(); // the flush lands first; the restored save is answered 409
		await until(() => b.status !== 'saving', 'the answer');
		expect(b.status).toBe('saved');
		expect(b.notebook.version).toBe(server.stored.version);
		expect(b.notebook.title).toBe('Typed');
	});

	it('stays a conflict when what was saved elsewhere differs', async () => {
		const server = fakeServer(start());
		const other = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage: null });
		other.edit((n) => ({ ...n, title: 'Theirs' }));
		void other.save();
		await until(() => server.puts.length === 1, 'the other save');
		await server.releaseAll();
		const b = new NotebookState(start(), { fetch: server.fetch, delay: 60_000, storage: null });
		b.edit((n) => ({ ...n, title: 'Mine' }));
		void b.save();
		await until(() => server.puts.length === 1, 'my save');
		await server.releaseAll();
		await until(() => b.status !== 'saving', 'the answer');
		expect(b.status).toBe('conflict');
	});

	it('drops a rescue that holds nothing new, or is not one', () => {
		const storage = memoryStorage();
		const nb = start();
		storage.setItem('taqvim:unsaved:nb', '{not json');
		const s = new NotebookState(nb, { storage, delay: 60_000 });
		expect(s.restoreKept()).toBe('none');
		expect(storage.map.size).toBe(0);
		const a = new NotebookState(nb, { storage, delay: 60_000 });
		a.edit((n) => ({ ...n, title: 'x' }));
		a.edit((n) => ({ ...n, title: nb.title }));
		a.keepForLater();
		expect(new NotebookState(nb, { storage, delay: 60_000 }).restoreKept()).toBe('none');
		expect(storage.map.size).toBe(0);
	});

	it('writes nothing when everything is saved', () => {
		const storage = memoryStorage();
		const s = new NotebookState(start(), { storage, delay: 60_000 });
		expect(s.keepForLater()).toBe(true);
		expect(storage.map.size).toBe(0);
	});
});
