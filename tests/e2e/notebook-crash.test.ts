import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from './harness';

// The server is killed (SIGKILL) in the middle of a burst of saves, several times over: the file on
// disk is always exactly one version the server accepted (or the one before), never a mix.
describe('a server killed in the middle of saves', () => {
	it('leaves the notebook file as the old or the new version, never a mix', async () => {
		let app = await startApp();
		const dataDir = app.dataDir;
		await fetch(app.url + '/'); // creates the seed notebook
		const path = join(dataDir, 'seed.taqvim.json');
		const known = new Set<string>([readFileSync(path, 'utf8')]);
		for (let round = 0; round < 4; round++) {
			const nb = await (await fetch(`${app.url}/api/notebooks/seed`)).json();
			let version = nb.version;
			const sends: Promise<void>[] = [];
			// Saves of different sizes (a big note makes the write take time), one after another.
			const burst = (async () => {
				for (let i = 0; i < 200; i++) {
					const note = `round ${round} save ${i} `.repeat(1 + ((i * 7919) % 5000));
					const body = {
						...nb,
						cells: [...nb.cells, { id: 'c-crash0000', kind: 'note', collapsed: false, markdown: note }]
					};
					try {
						const r = await fetch(`${app.url}/api/notebooks/seed`, {
							method: 'PUT',
							headers: { 'content-type': 'application/json' },
							body: JSON.stringify({ baseVersion: version, notebook: body })
						});
						if (!r.ok) break;
						const saved = await r.json();
						version = saved.version;
					} catch {
						break; // the server is gone
					}
				}
			})();
			sends.push(burst);
			await new Promise((r) => setTimeout(r, 150 + round * 70));
			app.process.kill('SIGKILL');
			await Promise.all(sends);
			// A killed child has signalCode set and exitCode null: wait for 'exit' only if it has not happened.
			const child = app.process;
			if (child.exitCode === null && child.signalCode === null)
				await new Promise((r) => child.once('exit', r));
			const text = readFileSync(path, 'utf8');
			const parsed = JSON.parse(text); // never half a file
			expect(parsed.format).toBe('taqvim-notebook');
			// Exactly a file the app writes: its own serialisation of itself.
			const cells = parsed.cells as { kind: string; markdown?: string[] }[];
			const note = cells.find((c) => c.kind === 'note');
			if (note) expect(note.markdown!.join('\n')).toMatch(/^(round \d+ save \d+ )+$/);
			expect(parsed.version).toBeGreaterThanOrEqual(nb.version);
			expect(parsed.version).toBeLessThanOrEqual(version + 1);
			known.add(text);
			app = await startApp({ dataDir });
			expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
			const r = await fetch(`${app.url}/api/notebooks/seed`);
			expect(r.status).toBe(200);
		}
		await app.stop();
		// Left-over temporary files are never mistaken for notebooks, and a restart removes them.
		const listed = await readdirSync(dataDir).filter((n) => n.endsWith('.taqvim.json'));
		expect(listed).toEqual(['seed.taqvim.json']);
		expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
		// A kill does not always land inside a write: one left by a process that is gone, for certain.
		const gone = Number(
			spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout
		);
		writeFileSync(join(dataDir, `.seed.taqvim.json.${gone}.00112233aabb.tmp`), '{"format": "taqv');
		app = await startApp({ dataDir });
		expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
		await app.stop();
		expect(known.size).toBeGreaterThan(1);
	});
});
