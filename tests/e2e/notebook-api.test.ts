import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startApp, type RunningApp } from './harness';

// Bad input against the running server: hostile names, a corrupted file, an import.
describe('the notebook API and list page with bad input', () => {
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

	it.each(['..%2F..%2Fetc%2Fpasswd', '..', '%2e%2e%2fseed', 'Seed', 'a.b'])(
		'refuses the hostile notebook name %s',
		async (name) => {
			const r = await fetch(`${app.url}/api/notebooks/${name}`);
			expect([400, 404]).toContain(r.status);
			const d = await fetch(`${app.url}/api/notebooks/${name}`, { method: 'DELETE' });
			expect([400, 404, 405]).toContain(d.status);
		}
	);

	it('reports a corrupted file by name on the list page and leaves it untouched', async () => {
		const bad = '{"format": "taqvim-notebook", "schema": 1, "cells": [ {';
		writeFileSync(join(app.dataDir, 'damaged.taqvim.json'), bad);
		const page = await browser.newPage();
		await page.goto(app.url + '/notebooks', { waitUntil: 'networkidle' });
		const row = await page.locator('[data-notebook-id="damaged"]').textContent();
		expect(row).toMatch(/damaged\.taqvim\.json could not be read/);
		await page.goto(app.url + '/notebooks/damaged');
		expect(await page.locator('body').textContent()).toMatch(
			/damaged\.taqvim\.json could not be read.*left untouched/
		);
		const r = await fetch(`${app.url}/api/notebooks/damaged`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ baseVersion: 0, notebook: { id: 'damaged', title: 'x', version: 0, cells: [] } })
		});
		expect(r.status).toBe(422);
		expect(readFileSync(join(app.dataDir, 'damaged.taqvim.json'), 'utf8')).toBe(bad);
		await page.close();
	});

	it('exports a notebook file and imports it back as a new notebook with the same content', async () => {
		const file = await (await fetch(`${app.url}/api/notebooks/seed/file`)).text();
		expect(file).toBe(readFileSync(join(app.dataDir, 'seed.taqvim.json'), 'utf8'));
		const r = await fetch(`${app.url}/api/notebooks/import?name=seed.taqvim.json`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: file
		});
		expect(r.status).toBe(201);
		const copy = await r.json();
		const original = JSON.parse(file);
		expect(copy.id).not.toBe('seed');
		const copyFile = await (await fetch(`${app.url}/api/notebooks/${copy.id}/file`)).text();
		expect(JSON.parse(copyFile).cells).toEqual(original.cells);
		const refused = await fetch(`${app.url}/api/notebooks/import?name=x.json`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"format":"other"}'
		});
		expect(refused.status).toBe(400);
		expect((await refused.json()).error).toMatch(/not a Taqvim notebook/);
	});
});
