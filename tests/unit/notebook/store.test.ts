import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	createNotebook,
	deleteNotebook,
	duplicateNotebook,
	ensureSeed,
	importNotebook,
	listNotebooks,
	readNotebook,
	renameNotebook,
	saveNotebook,
	StoreError
} from '../../../src/lib/server/store';
import { serialiseNotebook } from '../../../src/lib/core/notebook';

let dir = '';
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'taqvim-store-'));
	process.env.TAQVIM_DATA_DIR = dir;
});

async function status(p: Promise<unknown>): Promise<number> {
	try {
		await p;
		return 200;
	} catch (e) {
		if (e instanceof StoreError) return e.status;
		throw e;
	}
}

describe('the notebook store', () => {
	it('creates the seed notebook from seeds/ once, with five sources and a timeline', async () => {
		await ensureSeed();
		const { notebook, text } = await readNotebook('seed');
		expect(notebook.cells.filter((c) => c.kind === 'source')).toHaveLength(5);
		expect(notebook.cells[0].kind).toBe('timeline');
		await ensureSeed();
		expect(readFileSync(join(dir, 'seed.taqvim.json'), 'utf8')).toBe(text);
	});

	it('takes what the manifest knows and invents nothing', async () => {
		await ensureSeed();
		const { notebook } = await readNotebook('seed');
		const byFile = new Map(notebook.cells.map((c) => [c.kind === 'source' ? c.filename : c.id, c]));
		expect(byFile.get('004_6eea52bd81b2b4bd.txt')).toMatchObject({
			outlet: 'Levant News',
			publishedSource: 'url'
		});
		expect(byFile.get('000_bc47ae5588ddb94c.txt')).toMatchObject({ outlet: null, published: null });
	});

	it('saves with the right base version and refuses a stale one with 409, writing nothing', async () => {
		const nb = await createNotebook('Test');
		const saved = await saveNotebook(nb.id, { ...nb, title: 'First' }, 1);
		expect(saved.version).toBe(2);
		const before = readFileSync(join(dir, 'test.taqvim.json'), 'utf8');
		expect(await status(saveNotebook(nb.id, { ...nb, title: 'Stale' }, 1))).toBe(409);
		expect(readFileSync(join(dir, 'test.taqvim.json'), 'utf8')).toBe(before);
	});

	it('serialises concurrent saves: of two saves from one base, exactly one wins', async () => {
		const nb = await createNotebook('Race');
		const results = await Promise.all([
			status(saveNotebook(nb.id, { ...nb, title: 'A' }, 1)),
			status(saveNotebook(nb.id, { ...nb, title: 'B' }, 1))
		]);
		expect(results.sort()).toEqual([200, 409]);
	});

	it.each(['../../etc/passwd', '..', 'a/b', 'CON.', '%2e%2e', ''])(
		'refuses the hostile name %j',
		async (id) => {
			expect(await status(readNotebook(id))).toBe(400);
			expect(await status(deleteNotebook(id))).toBe(400);
			expect(await status(saveNotebook(id, {}, 0))).toBe(400);
		}
	);

	it('reports a corrupted file by name and leaves it untouched', async () => {
		writeFileSync(join(dir, 'broken.taqvim.json'), '{"format": "taqvim-notebook", "cells": [');
		const err = await readNotebook('broken').catch((e) => e);
		expect(err).toBeInstanceOf(StoreError);
		expect(err.status).toBe(422);
		expect(err.message).toMatch(/broken\.taqvim\.json could not be read.*left untouched/);
		expect(await status(saveNotebook('broken', { id: 'broken', title: 'b', version: 0, cells: [] }, 0))).toBe(
			422
		);
		expect(readFileSync(join(dir, 'broken.taqvim.json'), 'utf8')).toBe(
			'{"format": "taqvim-notebook", "cells": ['
		);
		const list = await listNotebooks();
		expect(list.find((n) => n.id === 'broken')?.error).toMatch(/could not be read/);
	});

	it('renames (the id stays), duplicates and deletes', async () => {
		const nb = await createNotebook('Original');
		expect((await renameNotebook(nb.id, 'Renamed')).id).toBe('original');
		const copy = await duplicateNotebook(nb.id);
		expect(copy.title).toBe('Renamed (copy)');
		expect(copy.id).not.toBe(nb.id);
		await deleteNotebook(nb.id);
		expect((await listNotebooks()).map((n) => n.id)).toEqual([copy.id]);
	});

	it('imports a notebook file under a fresh id and never overwrites one', async () => {
		const nb = await createNotebook('Mine');
		const text = serialiseNotebook(nb);
		const imported = await importNotebook(text, 'mine.taqvim.json');
		expect(imported.id).toBe('mine-2');
		expect(await status(importNotebook('not json', 'x.json'))).toBe(400);
		expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	});
});
