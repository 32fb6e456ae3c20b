import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 16.5 in the app: a file in another encoding is read as such and the page says so, or it is
// refused by name; its letters are never replaced by U+FFFD.

function cp1256(text: string): Buffer {
	const all = new TextDecoder('windows-1256').decode(new Uint8Array(256).map((_, i) => i));
	const back = new Map([...all].map((c, i) => [c, i]));
	return Buffer.from([...text].map((c) => back.get(c)!));
}

const AR =
	'طالبان تنفي تبادل المعلومات مع موسكو\n\nنفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.';

describe('uploading files in other encodings', () => {
	let app: RunningApp;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		app = await startApp();
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		const r = await fetch(`${app.url}/api/notebooks`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title: 'Encodings' })
		});
		await page.goto(`${app.url}/notebooks/${(await r.json()).id}`, { waitUntil: 'networkidle' });
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('reads a Windows-1256 Arabic article, marks its date and says how it was read', async () => {
		await page.click('button:has-text("Source")');
		const cell = page.locator('[data-cell-kind="source"]').last();
		await cell
			.locator('input[type="file"]')
			.setInputFiles({ name: 'arabic-1256.txt', mimeType: 'text/plain', buffer: cp1256(AR) });
		await page.waitForSelector('.mark.date:has-text("23 ديسمبر 2015")');
		expect(await cell.locator('.text').textContent()).toContain('نفت حركة طالبان');
		expect(await cell.locator('[data-upload-note]').textContent()).toBe(
			'arabic-1256.txt is not UTF-8: it was read as Windows-1256 (Arabic).'
		);
		expect(await cell.locator('.text').textContent()).not.toContain('\uFFFD');
		await saveScreenshot(page, 'notebook-upload-1256');
	});

	it('reads a UTF-16 file with a byte-order mark', async () => {
		await page.click('button:has-text("Source")');
		const cell = page.locator('[data-cell-kind="source"]').last();
		const bytes = Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from('Kabul, 27 December 2015. The Taliban denied it.', 'utf16le')
		]);
		await cell
			.locator('input[type="file"]')
			.setInputFiles({ name: 'english-utf16.txt', mimeType: 'text/plain', buffer: bytes });
		await cell.locator('.mark.date:has-text("27 December 2015")').waitFor();
		expect(await cell.locator('[data-upload-note]').textContent()).toContain(
			'read as UTF-16 (little endian)'
		);
	});

	it('refuses a file whose encoding cannot be told, by name, and keeps the source empty', async () => {
		await page.click('button:has-text("Source")');
		const cell = page.locator('[data-cell-kind="source"]').last();
		const bytes = Buffer.concat([
			cp1256('الأحد الماضي '),
			Buffer.from('señora Straße Köln Ångström Øresund', 'latin1')
		]);
		await cell
			.locator('input[type="file"]')
			.setInputFiles({ name: 'mixed.txt', mimeType: 'text/plain', buffer: bytes });
		await cell.locator('.err').waitFor();
		expect(await cell.locator('.err').textContent()).toMatch(
			/^mixed\.txt is not UTF-8, and its encoding could not be told .*save it as UTF-8/
		);
		expect(await cell.locator('textarea[aria-label="Source text"]').inputValue()).toBe('');
	});
});
