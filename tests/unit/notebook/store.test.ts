import { spawnSync } from 'node:child_process';
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
	StoreError,
	MAX_NOTEBOOK_BYTES,
	cleanTemporaryFiles
} from '../../../src/lib/server/store';
import {
	isNotebookId,
	newCell,
	serialiseNotebook,
	slugify,
	type Notebook
} from '../../../src/lib/core/notebook';

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

	it('refuses to save a notebook it could not open again (the same limit on write as on read), writing nothing', async () => {
		const nb = await createNotebook('Big');
		const before = readFileSync(join(dir, 'big.taqvim.json'), 'utf8');
		// Sources under the per-source limit, together over the file limit (issue 16.6: 172 × 299,000).
		const cells = Array.from({ length: 172 }, (_, i) =>
			newCell(nb, 'source', { text: String.fromCharCode(97 + (i % 26)).repeat(299_000) })
		);
		const err = await saveNotebook(nb.id, { ...nb, cells }, 1).catch((e) => e);
		expect(err).toBeInstanceOf(StoreError);
		expect(err.status).toBe(413);
		expect(err.message).toMatch(
			/^The notebook “Big” is 49\.\d MB, larger than Taqvim opens \(48 MB\)\. Move some sources into another notebook/
		);
		expect(readFileSync(join(dir, 'big.taqvim.json'), 'utf8')).toBe(before);
		// One source fewer than the limit allows is saved, and opens again.
		const fits = Math.floor(MAX_NOTEBOOK_BYTES / 299_100) - 1;
		const saved = await saveNotebook(nb.id, { ...nb, cells: cells.slice(0, fits) }, 1);
		expect((await readNotebook(nb.id)).notebook.cells).toHaveLength(saved.cells.length);
		// The same words when a file written by other means is too large to open.
		writeFileSync(join(dir, 'huge.taqvim.json'), ' '.repeat(MAX_NOTEBOOK_BYTES + 1));
		expect((await readNotebook('huge').catch((e) => e)).message).toMatch(
			/^huge\.taqvim\.json is 48 MB, larger than Taqvim opens \(48 MB\)\. Move some sources/
		);
	}, 60_000);

	it.each([
		['cells is not a list', { cells: 'x' }, /"cells" must be a list/],
		['an unknown cell kind', { cells: [{ id: 'c-abcd1234', kind: 'chart' }] }, /unknown cell kind "chart"/],
		['schema 999', { schema: 999, cells: [] }, /schema 999, newer than this version/],
		['another format', { format: 'jupyter', cells: [] }, /"format" is "jupyter"/]
	])('refuses to create a notebook whose body has %s, with 400 and what is wrong', async (_, init, why) => {
		const err = await createNotebook('Bad', init as Partial<Notebook>).catch((e) => e);
		expect(err).toBeInstanceOf(StoreError);
		expect(err.status).toBe(400);
		expect(err.message).toMatch(why);
		expect(readdirSync(dir)).toEqual([]);
	});

	it.each(['con', 'CON', 'Nul', 'com1', 'LPT1', 'prn', 'aux'])(
		'never makes the device name %s a file name',
		async (title) => {
			expect(isNotebookId(title.toLowerCase())).toBe(false);
			const nb = await createNotebook(title);
			expect(nb.id).toBe(`${title.toLowerCase()}-notebook`);
			expect(readdirSync(dir)).toEqual([`${title.toLowerCase()}-notebook.taqvim.json`]);
			expect(await status(readNotebook(title.toLowerCase()))).toBe(400);
		}
	);

	it('keeps device names apart from ordinary ones that start like them', () => {
		expect(slugify('Console')).toBe('console');
		expect(slugify('com10')).toBe('com10');
		expect(slugify('nul', ['nul-notebook'])).toBe('nul-notebook-2');
		expect(isNotebookId('lpt10')).toBe(true);
	});

	it('lists a data file whose name is not a valid id, by name, with why it cannot be opened', async () => {
		await createNotebook('Good');
		for (const name of ['My Notes.taqvim.json', 'Seed.taqvim.json', 'con.taqvim.json'])
			writeFileSync(join(dir, name), '{}');
		const list = await listNotebooks();
		const broken = list.filter((n) => n.error).map((n) => [n.file, n.error]);
		expect(broken.map(([f]) => f).sort()).toEqual([
			'My Notes.taqvim.json',
			'Seed.taqvim.json',
			'con.taqvim.json'
		]);
		for (const [file, error] of broken)
			expect(error).toMatch(
				new RegExp(
					`^${file!.replace('.', '\\.')} cannot be opened: .* is not a valid notebook name.*left untouched`
				)
			);
		expect(list.find((n) => n.id === 'good')?.error).toBeUndefined();
	});

	it('removes the temporary files of saves whose process is gone, and only those', async () => {
		const nb = await createNotebook('Temp');
		// A process that has exited: its pid is free.
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
		const deadPid = Number(dead.stdout.trim());
		const names = [
			`.${nb.id}.taqvim.json.${deadPid}.0123456789ab.tmp`,
			`.${nb.id}.taqvim.json.${process.pid}.0123456789ab.tmp`,
			`.notes.txt.tmp`
		];
		for (const n of names) writeFileSync(join(dir, n), 'partial');
		expect(await cleanTemporaryFiles()).toEqual([names[0]]);
		expect(readdirSync(dir).sort()).toEqual([names[1], names[2], `${nb.id}.taqvim.json`].sort());
	});
});
