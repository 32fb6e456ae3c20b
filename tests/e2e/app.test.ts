import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 2: the app opens on the seed notebook, as a person sees it in a real browser.
describe('the seed notebook at /', () => {
	let app: RunningApp;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(app.url + '/', { waitUntil: 'networkidle' });
		await page.waitForSelector('[data-cell-kind="timeline"] svg', { timeout: 30_000 });
		await page.evaluate(() => document.fonts.ready);
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('opens the seed notebook', async () => {
		// (the query holds the timeline cells' views, mirrored so that a copied link reproduces them)
		expect(new URL(page.url()).pathname).toBe('/notebooks/seed');
	});

	it('shows five source cells, one per seed', async () => {
		expect(await page.locator('[data-cell-kind="source"]').count()).toBe(5);
	});

	it('shows Arabic and Persian text laid out right to left, paragraph by paragraph', async () => {
		const paras = await page.$$eval('[data-cell-kind="source"] .text p[dir="auto"]', (ps) =>
			ps.map((p) => ({ text: p.textContent ?? '', dir: getComputedStyle(p).direction }))
		);
		const arabic = paras.filter((p) => /طالبان/.test(p.text) && /[ةى]/.test(p.text));
		const persian = paras.filter((p) => /[پچژگ]/.test(p.text) && /طالبان/.test(p.text));
		expect(arabic.length).toBeGreaterThan(0);
		expect(persian.length).toBeGreaterThan(0);
		// dir="auto" sets the direction from the first strong letter; computed style shows the result.
		const rtl = await page.$$eval('[data-cell-kind="source"] .text p[dir="auto"]', (ps) =>
			ps
				.filter((p) => /^[\s\p{P}\d]*[\u0600-\u06FF]/u.test(p.textContent ?? ''))
				.map((p) => p.matches(':dir(rtl)'))
		);
		expect(rtl.length).toBeGreaterThan(10);
		expect(rtl.every(Boolean)).toBe(true);
	});

	it('uses the shipped Vazirmatn font', async () => {
		const ok = await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'طالبان'));
		expect(ok).toBe(true);
	});

	it('draws the timeline with one document mark per dated document', async () => {
		const timeline = page.locator('[data-cell-kind="timeline"]');
		expect(await timeline.count()).toBeGreaterThanOrEqual(1);
		expect(await timeline.first().locator('svg').count()).toBeGreaterThan(0);
		// The seeds' manifest dates three documents and the Persian page prints its own date (5 Dey 1394).
		const dated = Number(await timeline.first().getAttribute('data-dated-documents'));
		expect(dated).toBeGreaterThanOrEqual(4);
		const marks = await timeline.first().locator('svg [data-kind="document"]').count();
		expect(marks).toBe(dated);
	});

	it('saves a screenshot of what a person sees', async () => {
		const file = await saveScreenshot(page, 'app-seed-notebook');
		expect(file).toMatch(/\.png$/);
		// The first screen alone, at a legible size, for people to look at.
		await page.screenshot({ path: join(ARTIFACTS, 'app-seed-first-screen.png') });
	});
});
