import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Two tabs edit one notebook: the stale save is refused with a message, and no edit is lost.
describe('two tabs editing one notebook', () => {
	let app: RunningApp;
	let browser: Browser;
	let a: Page;
	let b: Page;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
		const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 } });
		a = await ctx.newPage();
		b = await ctx.newPage();
		for (const p of [a, b]) {
			await p.goto(app.url + '/notebooks/seed', { waitUntil: 'networkidle' });
			await p.waitForSelector('[data-save-status="saved"]');
		}
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	async function addNote(p: Page, text: string) {
		await p.click('.add button:has-text("Note")');
		const area = p.locator('[data-cell-kind="note"] textarea').last();
		await area.fill(text);
	}

	it('saves the first tab’s edit', async () => {
		await addNote(a, 'Edit from tab A');
		await a.waitForSelector('[data-save-status="saved"]', { timeout: 20_000 });
		expect(readFileSync(join(app.dataDir, 'seed.taqvim.json'), 'utf8')).toContain('Edit from tab A');
	});

	it('refuses the second tab’s stale save with a message and keeps its edit in the tab', async () => {
		await addNote(b, 'Edit from tab B');
		await b.waitForSelector('[data-save-status="conflict"]', { timeout: 20_000 });
		const banner = await b.locator('.banner.conflict').textContent();
		expect(banner).toMatch(/saved elsewhere/);
		expect(banner).toMatch(/Keep both/);
		const file = readFileSync(join(app.dataDir, 'seed.taqvim.json'), 'utf8');
		expect(file).toContain('Edit from tab A');
		expect(file).not.toContain('Edit from tab B');
		expect(await b.locator('[data-cell-kind="note"] textarea').last().inputValue()).toBe('Edit from tab B');
		await saveScreenshot(b, 'notebook-conflict');
	});

	it('keeps both when asked: the second tab’s version becomes a copy, the first stays', async () => {
		await b.click('button:has-text("Keep both")');
		await b.waitForURL(/\/notebooks\/(?!seed$)[a-z0-9-]+$/);
		const copyId = b.url().split('/').pop()!;
		const copy = readFileSync(join(app.dataDir, `${copyId}.taqvim.json`), 'utf8');
		expect(copy).toContain('Edit from tab B');
		expect(copy).not.toContain('Edit from tab A');
		expect(readFileSync(join(app.dataDir, 'seed.taqvim.json'), 'utf8')).toContain('Edit from tab A');
	});

	it('answers a stale save through the API with 409 and a clear message', async () => {
		const nb = await (await fetch(`${app.url}/api/notebooks/seed`)).json();
		const r = await fetch(`${app.url}/api/notebooks/seed`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ baseVersion: nb.version - 1, notebook: nb })
		});
		expect(r.status).toBe(409);
		expect((await r.json()).error).toMatch(/saved elsewhere.*not saved/);
	});
});
