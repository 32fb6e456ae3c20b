import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, startApp, type RunningApp } from './harness';

// Issue 16.7: a note is untrusted (notebooks arrive by import from other people). It keeps its
// formatting, lists, tables, code and safe links, and nothing that styles the page, covers it,
// asks for a password or fetches anything; the page's Content-Security-Policy blocks the rest.

/** The note, with `R` standing for the address of a server that must never be asked for anything. */
const NOTE = (R: string) =>
	[
		'# Findings',
		'',
		'**Bold**, _italic_, `code`, ~~struck~~ and [a safe link](https://example.org/a).',
		'',
		'- one',
		'- [x] a task',
		'',
		'| who | when |',
		'| --- | ---: |',
		'| Taliban | 2015-12-27 |',
		'',
		'```',
		'code block',
		'```',
		'',
		`Leading text <style>body{display:none!important} @import url("${R}/import.css");</style> after.`,
		'',
		`Leading text <div id="cover" style="position:fixed;inset:0;z-index:99999;background:red">covered</div>`,
		'',
		`Leading text <form action="${R}/steal" method="post"><input type="password" name="pw"><button>Log in</button></form>`,
		'',
		`Leading text <img src="${R}/pixel.png"> and ![a picture](${R}/md-pixel.png)`,
		'',
		`Leading text <link rel="stylesheet" href="${R}/link.css"><iframe src="${R}/frame"></iframe><object data="${R}/obj"></object><video src="${R}/v.mp4"></video>`,
		'',
		`Leading text <svg><style>body{background:red}</style><image href="${R}/svg.png"/></svg><math><style>p{color:red}</style></math>`,
		'',
		`Leading text <a href="javascript:window.__pwned=3">a script link</a> <a href="data:text/html,x">a data link</a> <a href="${R}/ok" onclick="window.__pwned=4">a handler</a>`,
		'',
		`Leading text <script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><base href="${R}/"><meta http-equiv="refresh" content="0;url=${R}/meta">`,
		'',
		`Leading text <table><tr><td background="${R}/td.png" style="background:url(${R}/bg.png)">cell</td></tr></table>`
	].join('\n');

describe('a note from someone else', () => {
	let app: RunningApp;
	let browser: Browser;
	let page: Page;
	let remote: Server;
	let R = '';
	const asked: string[] = [];
	let csp = '';

	beforeAll(async () => {
		remote = createServer((req, res) => {
			asked.push(req.url ?? '');
			res.end('');
		});
		await new Promise<void>((r) => remote.listen(0, '127.0.0.1', r));
		R = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
		app = await startApp();
		browser = await launchBrowser();
		const created = await fetch(`${app.url}/api/notebooks`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				title: 'Imported from someone',
				notebook: { cells: [{ id: 'c-hostile01', kind: 'note', collapsed: false, markdown: NOTE(R) }] }
			})
		});
		const { id } = await created.json();
		page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		const answer = await page.goto(`${app.url}/notebooks/${id}`, { waitUntil: 'networkidle' });
		csp = (await answer!.allHeaders())['content-security-policy'] ?? '';
		await page.waitForSelector('.note h1');
		await page.waitForTimeout(500);
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		remote?.close();
	});

	it('keeps the note’s formatting, lists, table, code and safe link', async () => {
		const note = page.locator('[data-cell-kind="note"] .note');
		expect(await note.locator('h1').textContent()).toBe('Findings');
		expect(await note.locator('strong').first().textContent()).toBe('Bold');
		expect(await note.locator('em').first().textContent()).toBe('italic');
		expect(await note.locator('del').first().textContent()).toBe('struck');
		expect(await note.locator('li').allTextContents()).toEqual(['one', '☑ a task']);
		expect(await note.locator('td').first().textContent()).toBe('Taliban');
		expect(await note.locator('pre code').textContent()).toBe('code block\n');
		const link = note.locator('a', { hasText: 'a safe link' });
		expect(await link.getAttribute('href')).toBe('https://example.org/a');
		expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
		expect(await link.getAttribute('target')).toBe('_blank');
		// A picture is a link to it, fetched only if clicked.
		expect(await note.locator('a', { hasText: 'a picture' }).getAttribute('href')).toBe(`${R}/md-pixel.png`);
		await saveScreenshot(page, 'notebook-hostile-note');
	});

	it('does not let the note style the page, cover it or ask for a password', async () => {
		const note = page.locator('[data-cell-kind="note"] .note');
		for (const sel of [
			'style',
			'form',
			'input',
			'button',
			'img',
			'iframe',
			'object',
			'video',
			'svg',
			'math',
			'link',
			'script',
			'base',
			'meta',
			'[style]',
			'[background]',
			'[onclick]',
			'[onerror]',
			'#cover'
		])
			expect(await note.locator(sel).count(), sel).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
			'rgb(255, 0, 0)'
		);
		// The middle of the window is the app, not a box laid over it.
		const top = await page.evaluate(() => document.elementFromPoint(600, 450)?.closest('#cover') ?? null);
		expect(top).toBeNull();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		for (const a of await note.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href'))))
			expect(a === null || /^(https?:|mailto:|#)/.test(a), String(a)).toBe(true);
		// The text of removed elements may stay (as text); their markup does not.
		expect(await note.textContent()).toContain('Leading text');
	});

	it('fetches nothing from anywhere else when the notebook opens', async () => {
		await page.waitForTimeout(300);
		expect(asked).toEqual([]);
	});

	it('is served with a Content-Security-Policy without unsafe-inline scripts that blocks what slipped through', async () => {
		const directives = new Map(
			csp.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		expect(directives.get('script-src')).toContain("'self'");
		expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
		expect(directives.get('script-src')!.some((v) => v.startsWith("'nonce-"))).toBe(true);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('style-src-elem')).toEqual(["'self'"]);
		expect(directives.get('img-src')).not.toContain('http:');
		expect(directives.get('form-action')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		// As if the sanitiser had missed them: a <style>, a remote image, an inline script, an inline handler.
		const result = await page.evaluate(async (r) => {
			const style = document.createElement('style');
			style.textContent = 'body { display: none !important }';
			document.head.append(style);
			const img = document.createElement('img');
			img.src = `${r}/slipped.png`;
			document.body.append(img);
			const script = document.createElement('script');
			script.textContent = 'window.__pwned = 5';
			document.body.append(script);
			const div = document.createElement('div');
			div.innerHTML = '<img src="x" onerror="window.__pwned = 6">';
			document.body.append(div);
			await new Promise((res) => setTimeout(res, 400));
			return {
				display: getComputedStyle(document.body).display,
				pwned: (window as unknown as { __pwned?: number }).__pwned ?? null
			};
		}, R);
		expect(result).toEqual({ display: 'block', pwned: null });
		expect(asked).toEqual([]);
	});

	it('sends a policy that allows nothing with the notebook file and the API', async () => {
		const r = await fetch(`${app.url}/api/notebooks/seed/file`);
		expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
		expect(r.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
