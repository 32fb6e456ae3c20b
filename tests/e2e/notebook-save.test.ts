import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { itemsToCsv } from '../../src/lib/core/export';
import { readDocuments } from '../../src/lib/core/story';
import { storyToItems } from '../../src/lib/core/timeline';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 15.1 and 16.1: nothing typed, pasted or added is lost — not by a reload at once, not by an
// edit made while a save is on its way.
const ARTICLE = [
	'طالبان تنفي تبادل المعلومات مع موسكو',
	'',
	'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.'
].join('\n');

const status = (page: Page) => page.getAttribute('[data-save-status]', 'data-save-status');
const onDisk = (app: RunningApp, id: string) =>
	JSON.parse(readFileSync(join(app.dataDir, `${id}.taqvim.json`), 'utf8'));

async function newNotebook(app: RunningApp, page: Page, title: string): Promise<string> {
	const r = await fetch(`${app.url}/api/notebooks`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title })
	});
	const { id } = await r.json();
	await page.goto(`${app.url}/notebooks/${id}`, { waitUntil: 'networkidle' });
	return id;
}

/** Pastes `text` into a text area the way a person does (a real paste event, then the input). */
async function paste(page: Page, selector: string, text: string) {
	await page.click(selector);
	await page.evaluate((t) => navigator.clipboard?.writeText?.(t).catch(() => {}), text).catch(() => {});
	await page.locator(selector).evaluate((el: HTMLTextAreaElement, t: string) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		const ev = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
		if (el.dispatchEvent(ev)) {
			el.setRangeText(t, el.selectionStart, el.selectionEnd, 'end');
			el.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: t, bubbles: true }));
		}
	}, text);
}

describe('saving while typing', () => {
	let app: RunningApp;
	let browser: Browser;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('keeps text pasted into a new source when the page is reloaded at once', async () => {
		const page = await browser.newPage();
		const id = await newNotebook(app, page, 'Paste then reload');
		await page.click('button:has-text("Source")');
		await page.waitForSelector('[data-save-status="saved"]');
		const area = '[data-cell-kind="source"] textarea[aria-label="Source text"]';
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.type());
			void d.accept(); // the person leaves anyway
		});
		// The save the paste starts at once is still on its way (held here) when the page reloads.
		let held = false;
		await page.route(`**/api/notebooks/${id}`, (r) => {
			if (r.request().method() === 'PUT' && !held) held = true;
			else void r.continue();
		});
		await paste(page, area, ARTICLE);
		await page.waitForTimeout(100);
		expect(held).toBe(true);
		expect(await status(page)).toBe('saving');
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForSelector('[data-cell-kind="source"] .text');
		expect(await page.locator('[data-cell-kind="source"] .text').textContent()).toContain('نفت حركة طالبان');
		await page.waitForSelector('[data-save-status="saved"]');
		const cell = onDisk(app, id).cells.find((c: { kind: string }) => c.kind === 'source');
		expect(cell.text.join('\n')).toBe(ARTICLE);
		await page.close();
	});

	it('keeps text typed (not pasted) when the page is reloaded before the pause runs out', async () => {
		const page = await browser.newPage();
		const id = await newNotebook(app, page, 'Type then reload');
		await page.click('button:has-text("Source")');
		await page.waitForSelector('[data-save-status="saved"]');
		page.on('dialog', (d) => void d.accept());
		const area = page.locator('[data-cell-kind="source"] textarea[aria-label="Source text"]');
		await area.pressSequentially('Kabul, 5 March 2016');
		expect(await status(page)).toBe('unsaved');
		expect(await page.locator('[data-save-status]').textContent()).toBe('Unsaved changes…');
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForSelector('[data-save-status="saved"]');
		const cell = onDisk(app, id).cells.find((c: { kind: string }) => c.kind === 'source');
		expect(cell.text).toEqual(['Kabul, 5 March 2016']);
		await page.close();
	});

	it('saves typing after a pause, without leaving the text box, and says so honestly', async () => {
		const page = await browser.newPage();
		const id = await newNotebook(app, page, 'Type and wait');
		await page.click('button:has-text("Source")');
		await page.waitForSelector('[data-save-status="saved"]');
		const area = page.locator('[data-cell-kind="source"] textarea[aria-label="Source text"]');
		await area.pressSequentially('Geneva, 5 March 2016. ');
		expect(await status(page)).toBe('unsaved');
		await page.waitForSelector('[data-save-status="saved"]', { timeout: 10_000 });
		// Still typing in the same box: it did not close under the cursor.
		expect(await area.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(onDisk(app, id).cells[0].text).toEqual(['Geneva, 5 March 2016. ']);
		await page.close();
	});

	it('warns before leaving with unsaved work', async () => {
		const page = await browser.newPage();
		await newNotebook(app, page, 'Warn');
		await page.click('button:has-text("Note")');
		// Hold every save so the work stays unsaved.
		await page.route('**/api/notebooks/*', (r) =>
			r.request().method() === 'PUT' ? undefined : r.continue()
		);
		await page.locator('[data-cell-kind="note"] textarea').pressSequentially('unsaved note');
		let warned = '';
		page.on('dialog', (d) => {
			warned = d.type();
			void d.dismiss(); // stay on the page
		});
		await page.reload({ timeout: 3000 }).catch(() => 'the reload was cancelled');
		expect(await page.locator('[data-cell-kind="note"] textarea').inputValue()).toBe('unsaved note');
		expect(warned).toBe('beforeunload');
		await page.close();
	});

	it('saves an items file added while a save is on its way (16.1), and it is there after a reload', async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		const id = await newNotebook(app, page, 'Edit during save');
		await page.click('button:has-text("Note")');
		await page.click('button:has-text("Source")');
		await page.waitForSelector('[data-save-status="saved"]');
		// The next save waits until the test lets it go.
		let held: Route | null = null;
		await page.route(`**/api/notebooks/${id}`, (r) => {
			if (r.request().method() === 'PUT' && !held) held = r;
			else void r.continue();
		});
		await page.locator('[data-cell-kind="note"] textarea').fill('A note typed first.');
		await page.waitForSelector('[data-save-status="saving"]', { timeout: 10_000 });
		const story = readDocuments([
			{ path: 'x', text: ARTICLE, meta: { lang: 'ar', published: '2015-12-27' } }
		]);
		const { items } = storyToItems(story);
		await page.locator('[data-cell-kind="source"] input[type="file"]').setInputFiles({
			name: 'items.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(itemsToCsv(items), 'utf8')
		});
		await page.waitForSelector(`text=/items.csv: ${items.length} items added/`);
		expect(held).not.toBeNull();
		await held!.continue();
		await page.waitForSelector('[data-save-status="saved"]', { timeout: 10_000 });
		const file = onDisk(app, id);
		expect(file.imports.map((m: { filename: string }) => m.filename)).toEqual(['items.csv']);
		expect(file.imports[0].items).toHaveLength(items.length);
		expect(file.cells[0].markdown).toEqual(['A note typed first.']);
		await page.unroute(`**/api/notebooks/${id}`);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('[data-import-id]').textContent()).toContain(
			`items.csv: ${items.length} items`
		);
		await saveScreenshot(page, 'notebook-save-import');
		await page.close();
	});
});
