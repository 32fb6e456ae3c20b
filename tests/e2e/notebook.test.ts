import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { itemsToCsv } from '../../src/lib/core/export';
import { readDocuments } from '../../src/lib/core/story';
import { storyToItems } from '../../src/lib/core/timeline';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 7: a person creates a notebook, pastes an Arabic article, corrects a date, reloads.
const ARTICLE = [
	'طالبان تنفي تبادل المعلومات مع موسكو',
	'',
	'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا لبحث التهديد الذي يمثله تنظيم داعش.',
	'وقال المتحدث باسم الحركة إن هذه التقارير لا أساس لها.'
].join('\n');

async function saved(page: Page) {
	await page.waitForSelector('[data-save-status="saved"]', { timeout: 20_000 });
}

describe('a new notebook with a pasted Arabic article', () => {
	let app: RunningApp;
	let browser: Browser;
	let page: Page;
	let id = '';

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('is created from the list page', async () => {
		await page.goto(app.url + '/notebooks', { waitUntil: 'networkidle' });
		await page.fill('input[aria-label="New notebook title"]', 'Taliban denials');
		await page.click('button:has-text("Create")');
		await page.waitForURL(/\/notebooks\/taliban-denials$/);
		id = 'taliban-denials';
		expect(await page.locator('[data-cell-kind]').count()).toBe(0);
	});

	it('keeps the pasted article and shows it right to left with its date marked', async () => {
		await page.click('button:has-text("Source")');
		const area = page.locator('[data-cell-kind="source"] textarea[aria-label="Source text"]');
		await area.fill(ARTICLE);
		await area.press('Tab');
		await page.waitForSelector('[data-cell-kind="source"] .text p[dir="auto"]');
		const rtl = await page.$eval('[data-cell-kind="source"] .text p[dir="auto"]', (p) =>
			p.matches(':dir(rtl)')
		);
		expect(rtl).toBe(true);
		const mark = page.locator('.mark.date', { hasText: '23 ديسمبر 2015' });
		expect(await mark.getAttribute('title')).toContain('23 Dec 2015');
		await saved(page);
	});

	it('takes a date correction typed in another calendar and echoes it in all three', async () => {
		await page.click('.mark.date:has-text("23 ديسمبر 2015")');
		const input = page.locator('[aria-label="Correct a date"] input');
		await input.fill('۳ دی ۱۳۹۴');
		const echo = await page.locator('[aria-label="Correct a date"] .echo').textContent();
		expect(echo).toContain('24 Dec 2015');
		expect(echo).toContain('۳ دی ۱۳۹۴');
		await input.press('Enter');
		await page.waitForSelector('.mark.date.corrected');
		await saved(page);
		await saveScreenshot(page, 'notebook-corrected');
	});

	it('still has the article and the correction after a reload', async () => {
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForSelector('.mark.date.corrected');
		const text = await page.locator('[data-cell-kind="source"] .text').textContent();
		expect(text).toContain('نفت حركة طالبان');
		const title = await page.locator('.mark.date.corrected').getAttribute('title');
		expect(title).toContain('24 Dec 2015');
		const file = JSON.parse(readFileSync(join(app.dataDir, `${id}.taqvim.json`), 'utf8'));
		expect(file.corrections).toHaveLength(1);
		expect(file.corrections[0]).toMatchObject({ type: 'mention-date', value: { earliest: '2015-12-24' } });
		expect(file.corrections[0].at.text).toContain('23 ديسمبر 2015');
	});

	it('undoes and redoes a removed correction and a deleted cell (buttons, Ctrl+Z), and saves the result', async () => {
		const undo = page.locator('[data-control="undo"]');
		const redo = page.locator('[data-control="redo"]');
		expect(await undo.isDisabled()).toBe(true); // a fresh load has no steps
		// Remove the correction, then take that back with the keyboard (outside any text field).
		await page.click('details.corrections summary');
		await page.click('details.corrections li button:has-text("Remove")');
		await page.waitForSelector('.mark.date.corrected', { state: 'detached' });
		expect(await undo.getAttribute('title')).toBe('Undo: remove correction (Ctrl+Z)');
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Control+z');
		await page.waitForSelector('.mark.date.corrected');
		await redo.click();
		await page.waitForSelector('.mark.date.corrected', { state: 'detached' });
		await undo.click();
		await page.waitForSelector('.mark.date.corrected');
		// Delete a note cell: the banner's Undo puts it back where it was.
		await page.click('button:has-text("Note")');
		const cells = () =>
			page.locator('[data-cell-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-kind')));
		const withNote = await cells();
		await page.click('[data-cell-kind="note"] button[title="Delete cell"]');
		expect(await page.locator('.banner.undo').textContent()).toContain('Deleted a note cell.');
		await page.click('.banner.undo button');
		expect(await cells()).toEqual(withNote);
		await page.click('[data-cell-kind="note"] button[title="Delete cell"]');
		await saved(page);
		const file = JSON.parse(readFileSync(join(app.dataDir, `${id}.taqvim.json`), 'utf8'));
		expect(file.corrections).toHaveLength(1);
		expect(file.cells.map((c: { kind: string }) => c.kind)).toEqual(['source']);
	});

	it('refuses a 10 MB paste and a 10 MB file with a message about their size', async () => {
		await page.click('button:has-text("Source")');
		const cell = page.locator('[data-cell-kind="source"]').last();
		await cell.locator('textarea[aria-label="Source text"]').evaluate((el) => {
			const data = new DataTransfer();
			data.setData('text/plain', 'طالبان '.repeat(1_500_000));
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		});
		expect(await cell.locator('.err[role="alert"]').textContent()).toMatch(
			/10,500,000 characters long.*up to 300,000 characters.*Split it/
		);
		await cell.locator('input[type="file"]').setInputFiles({
			name: 'huge.txt',
			mimeType: 'text/plain',
			buffer: Buffer.alloc(10 * 1024 * 1024, 'a')
		});
		await page.waitForSelector('text=/huge.txt is 10.0 MB/');
		await page.click('[data-cell-kind="source"] >> nth=-1 >> button[title="Delete cell"]');
		await saved(page);
	});

	it('adds an items CSV through the export core’s importer, and keeps it across a reload', async () => {
		const story = readDocuments([
			{ path: 'x', text: ARTICLE, meta: { lang: 'ar', published: '2015-12-27' } }
		]);
		const { items } = storyToItems(story);
		await page.click('button:has-text("Source")');
		const cell = page.locator('[data-cell-kind="source"]').last();
		await cell.locator('input[type="file"]').setInputFiles({
			name: 'items.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(itemsToCsv(items), 'utf8')
		});
		await page.waitForSelector(`text=/items.csv: ${items.length} items added/`);
		await page.click('[data-cell-kind="source"] >> nth=-1 >> button[title="Delete cell"]');
		await saved(page);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('[data-import-id]').textContent()).toContain(
			`items.csv: ${items.length} items`
		);
	});

	it('writes a file that survives load → save byte for byte (only the version moves)', async () => {
		await page.reload({ waitUntil: 'networkidle' });
		await saved(page);
		const path = join(app.dataDir, `${id}.taqvim.json`);
		const before = readFileSync(path, 'utf8');
		const version = JSON.parse(before).version;
		const answer = page.waitForResponse(
			(r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/notebooks/${id}`)
		);
		await page.click('button:has-text("Save now")');
		expect((await answer).status()).toBe(200);
		await saved(page);
		const after = readFileSync(path, 'utf8');
		expect(JSON.parse(after).version).toBe(version + 1);
		expect(after).toBe(before.replace(`"version": ${version},`, `"version": ${version + 1},`));
	});
});
