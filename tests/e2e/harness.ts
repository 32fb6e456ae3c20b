/**
 * End-to-end harness: starts the BUILT app (`build/index.js`, made by `npm run test:e2e`) on a free
 * port with its own temporary data folder, and launches Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-results');

export interface RunningApp {
	url: string;
	port: number;
	dataDir: string;
	process: ChildProcess;
	/** Server output so far (stdout+stderr), for failure messages. */
	log(): string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', rej);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => res(port));
		});
	});
}

/** Starts the built server. `dataDir` defaults to a fresh temporary folder (so the seed notebook is created). */
export async function startApp(
	opts: { dataDir?: string; env?: Record<string, string> } = {}
): Promise<RunningApp> {
	const entry = join(ROOT, 'build/index.js');
	if (!existsSync(entry))
		throw new Error('build/index.js is missing: run `npm run test:e2e` (it builds first).');
	const port = await freePort();
	const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'taqvim-e2e-'));
	mkdirSync(dataDir, { recursive: true });
	let out = '';
	const child = spawn(process.execPath, [entry], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			BODY_SIZE_LIMIT: '64M',
			TAQVIM_DATA_DIR: dataDir,
			...opts.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
		try {
			const r = await fetch(url + '/', { redirect: 'manual' });
			if (r.status < 500) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) throw new Error(`server did not answer on ${url} within 30 s:\n${out}`);
		await new Promise((r) => setTimeout(r, 150));
	}
	return {
		url,
		port,
		dataDir,
		process: child,
		log: () => out,
		stop: () =>
			new Promise<void>((res) => {
				if (child.exitCode !== null) return res();
				child.once('exit', () => res());
				child.kill('SIGTERM');
			})
	};
}

/** The Chromium binary: $CHROMIUM_PATH or Debian's /usr/bin/chromium. Throws (never skips) when absent. */
export function chromiumPath(): string {
	const p = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
		(x): x is string => !!x && existsSync(x)
	);
	if (!p)
		throw new Error(
			'Chromium not found: run `node scripts/ensure-chromium.mjs` (apt-get install -y chromium).'
		);
	return p;
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage'
		]
	});
}

/** Saves a screenshot into test-results/ (kept as a CI artefact and for people to look at). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
	mkdirSync(ARTIFACTS, { recursive: true });
	const file = join(ARTIFACTS, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}

/**
 * Waits until the notebook's reading (done off the page's thread) is in for the notebook as it is
 * now: no reading under way, no source waiting to be read again, and at least one source read when
 * `someRead` (a notebook with sources).
 */
export async function waitForReading(page: Page, { someRead = true } = {}): Promise<void> {
	await page.waitForFunction(
		(some) =>
			document.querySelector('[data-reading]')?.getAttribute('data-reading') === 'idle' &&
			!document.querySelector('[data-cell-kind="source"][data-read="stale"]') &&
			(!some || !!document.querySelector('[data-cell-kind="source"][data-read="yes"]')),
		someRead,
		{ timeout: 30_000 }
	);
}
