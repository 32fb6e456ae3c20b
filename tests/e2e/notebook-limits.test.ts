import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 16.6, 16.9 and 16.10 against the running server: the same limits on write as on read,
// errors a person understands with the right status, and the small holes.

const put = (app: RunningApp, id: string, body: unknown) =>
	fetch(`${app.url}/api/notebooks/${id}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
const post = (app: RunningApp, body: unknown) =>
	fetch(`${app.url}/api/notebooks`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});

describe('limits and errors of the notebook server', () => {
	let app: RunningApp;
	let browser: Browser;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
		await fetch(app.url + '/');
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('refuses to save what it could not open again: 172 sources of 299,000 characters (16.6)', async () => {
		const nb = await (await post(app, { title: 'Many long sources' })).json();
		const file = join(app.dataDir, `${nb.id}.taqvim.json`);
		const before = readFileSync(file, 'utf8');
		const cells = Array.from({ length: 172 }, (_, i) => ({
			id: `c-big${String(i).padStart(5, '0')}`,
			kind: 'source',
			collapsed: false,
			text: 'Kabul, 5 March 2016. '.repeat(14_239).slice(0, 299_000)
		}));
		const r = await put(app, nb.id, { baseVersion: nb.version, notebook: { ...nb, cells } });
		expect(r.status).toBe(413);
		const { error } = await r.json();
		expect(error).toMatch(
			/^The notebook “Many long sources” is \d+(\.\d)? MB, larger than Taqvim opens \(48 MB\)\. Move some sources into another notebook, or delete some/
		);
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect((await fetch(`${app.url}/api/notebooks/${nb.id}`)).status).toBe(200);

		// The page shows that message and keeps the edit: the save answer is the server's own.
		const page = await browser.newPage();
		await page.route(`**/api/notebooks/${nb.id}`, (route) =>
			route.request().method() === 'PUT'
				? route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ error }) })
				: route.continue()
		);
		await page.goto(`${app.url}/notebooks/${nb.id}`, { waitUntil: 'networkidle' });
		await page.click('button:has-text("Note")');
		await page.locator('[data-cell-kind="note"] textarea').fill('one more note');
		await page.waitForSelector('[data-save-status="error"]', { timeout: 10_000 });
		expect(await page.locator('.banner[role="alert"]').textContent()).toBe(`Not saved: ${error}`);
		await saveScreenshot(page, 'notebook-too-large');
		await page.close();
	}, 120_000);

	it.each([
		['cells is not a list', { cells: 'x' }, /"cells" must be a list/],
		['an unknown cell kind', { cells: [{ id: 'c-abcd1234', kind: 'chart' }] }, /unknown cell kind "chart"/],
		['schema 999', { schema: 999, cells: [] }, /schema 999, newer than this version of Taqvim/],
		['another format', { format: 'jupyter', cells: [] }, /"format" is "jupyter"/]
	])(
		'answers a notebook body with %s by 400 and what is wrong, on create and on save (16.9)',
		async (_, bad, why) => {
			const logBefore = app.log().length;
			const created = await post(app, { title: 'Bad body', notebook: bad });
			expect(created.status).toBe(400);
			expect((await created.json()).error).toMatch(why);
			const seed = await (await fetch(`${app.url}/api/notebooks/seed`)).json();
			const saved = await put(app, 'seed', { baseVersion: seed.version, notebook: { ...seed, ...bad } });
			expect(saved.status).toBe(400);
			expect((await saved.json()).error).toMatch(why);
			// Nothing the server did not expect: no stack trace in its log.
			expect(app.log().slice(logBefore)).not.toMatch(/\n\s+at /);
		}
	);

	it.each([
		['70 MB (over the adapter’s BODY_SIZE_LIMIT)', 70],
		['60 MB (over what a notebook can be)', 60]
	])(
		'refuses a body of %s as too large, with 413 (16.9)',
		async (_, mb) => {
			const huge = JSON.stringify({ baseVersion: 1, notebook: { note: 'x'.repeat(mb * 1024 * 1024) } });
			for (const r of [
				await put(app, 'seed', huge),
				await post(app, huge),
				await fetch(`${app.url}/api/notebooks/import?name=big.json`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: huge
				})
			]) {
				expect(r.status).toBe(413);
				expect((await r.json()).error).toMatch(
					/larger than the server accepts \(a notebook is at most 48 MB\)/
				);
			}
		},
		120_000
	);

	it('answers a body that is not JSON with 400 saying so', async () => {
		const r = await put(app, 'seed', '{"baseVersion": 1, ');
		expect(r.status).toBe(400);
		expect((await r.json()).error).toBe('The request body is not valid JSON.');
	});

	it.each(['con', 'NUL', 'Com1', 'lpt1'])('never makes the title %s a file name (16.10)', async (title) => {
		const r = await post(app, { title });
		expect(r.status).toBe(201);
		const { id } = await r.json();
		expect(id).toBe(`${title.toLowerCase()}-notebook`);
		expect(readdirSync(app.dataDir)).toContain(`${id}.taqvim.json`);
		expect(readdirSync(app.dataDir)).not.toContain(`${title.toLowerCase()}.taqvim.json`);
		expect((await fetch(`${app.url}/api/notebooks/${title.toLowerCase()}`)).status).toBe(400);
	});

	it('lists a data file whose name is not a valid id, by name, on the list page (16.10)', async () => {
		writeFileSync(
			join(app.dataDir, 'Field Notes.taqvim.json'),
			readFileSync(join(app.dataDir, 'seed.taqvim.json'))
		);
		const page = await browser.newPage();
		await page.goto(app.url + '/notebooks', { waitUntil: 'networkidle' });
		const row = page.locator('li.broken', { hasText: 'Field Notes.taqvim.json' });
		expect(await row.locator('.err').textContent()).toMatch(
			/^Field Notes\.taqvim\.json cannot be opened: "Field Notes" is not a valid notebook name .*Rename the file to open it; it was left untouched\.$/
		);
		await page.close();
	});
});
