/**
 * The notebook page under load, measured with the browser's own long-task observer (every task
 * of the page's main thread of 50 ms or more is reported by Chromium, with its duration):
 *
 * - a 1,000-article notebook (the 50 real articles of tests/eval/reading/dev and the 5 seeds, in
 *   turn, each a source cell with its metadata): how long until it is read, then typing 40
 *   characters into one source at ~12 keys/s and waiting until that edit is read and drawn. Bar:
 *   no main-thread task of 50 ms or more while typing (issue 15, item 9). Peer: the same page
 *   reading in the page instead of in its worker (`?reader=page`), typing the same keys.
 * - a source of 297,000 characters made only of dates ("2016-03-05 " × 27,000, inside the
 *   300,000 limit): time from navigation until its text is shown with its dates marked (bar:
 *   under 3 s) and from a click on a date until the date editor is on screen (bar: 200 ms),
 *   with the longest main-thread task of each (issue 16, item 3).
 *
 * Keys are typed by Chromium's input pipeline (playwright `keyboard.type`), so each keystroke's
 * handling, the notebook's edit and the page's update fall in the page's own tasks.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchBrowser, startApp, type RunningApp } from '../tests/e2e/harness';
import {
	emptyNotebook,
	insertCell,
	newCell,
	seedNotebook,
	type Notebook,
	type SourceCell
} from '../src/lib/core/notebook';
import { metaDate } from '../src/lib/core/story';
import { TYPING_PAUSE_MS } from '../src/lib/state/reader-protocol';

const ARTICLES = 1000;
const TYPED = 'and the spokesman said on Monday it was so';

/** Installed before the page's own scripts: collects every long task from the start. */
const OBSERVE = `(() => {
	const tasks = [];
	globalThis.__longTasks = tasks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
})()`;

interface Tasks {
	count: number;
	max: number;
	total: number;
}

async function tasksSince(page: Page, since: number): Promise<Tasks> {
	const ts = (await page.evaluate(
		(t) =>
			(globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
				(x) => x.start >= t
			),
		since
	)) as { start: number; duration: number }[];
	return {
		count: ts.length,
		max: Math.max(0, ...ts.map((x) => x.duration)),
		total: ts.reduce((n, x) => n + x.duration, 0)
	};
}

async function tasksBetween(page: Page, from: number, to: number): Promise<Tasks> {
	const ts = (await page.evaluate(
		([a, b]) =>
			(globalThis as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
				(x) => x.start >= a && x.start < b
			),
		[from, to]
	)) as { start: number; duration: number }[];
	return {
		count: ts.length,
		max: Math.max(0, ...ts.map((x) => x.duration)),
		total: ts.reduce((n, x) => n + x.duration, 0)
	};
}

/** The 1,000-article notebook: real articles with their metadata, in turn. */
export function thousand(count = ARTICLES): Notebook {
	const dir = join(ROOT, 'tests/eval/reading/dev');
	const articles = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const meta = JSON.parse(readFileSync(join(dir, `${f}.meta.json`), 'utf8')) as Record<string, string>;
			return { text: readFileSync(join(dir, f), 'utf8'), meta, name: f };
		});
	const seeds = seedNotebook(
		readdirSync(join(ROOT, 'seeds'))
			.filter((f) => f.endsWith('.txt'))
			.map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') })),
		JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8'))
	);
	let nb = emptyNotebook('x', `${ARTICLES} articles`);
	nb = insertCell(nb, seeds.cells[0]);
	const seedCells = seeds.cells.filter((c) => c.kind === 'source');
	for (let i = 0; i < count; i++) {
		const k = i % (articles.length + seedCells.length);
		if (k >= articles.length) {
			const { id: _id, ...seed } = seedCells[k - articles.length];
			nb = insertCell(nb, newCell(nb, 'source', seed as Partial<SourceCell>));
			continue;
		}
		const a = articles[k];
		let published = null;
		try {
			published = a.meta.published ? metaDate(a.meta.published) : null;
		} catch {
			published = null;
		}
		nb = insertCell(
			nb,
			newCell(nb, 'source', {
				text: a.text,
				lang: a.meta.lang ?? null,
				outlet: a.meta.outlet ?? null,
				url: a.meta.url ?? null,
				published,
				publishedSource: published ? 'analyst' : null,
				filename: a.name
			})
		);
	}
	return nb;
}

async function create(app: RunningApp, title: string, nb: Notebook): Promise<string> {
	const r = await fetch(`${app.url}/api/notebooks`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title, notebook: nb })
	});
	if (r.status !== 201) throw new Error(`creating ${title}: ${r.status} ${await r.text()}`);
	return ((await r.json()) as { id: string }).id;
}

/** Waits until the page's reading is that of the notebook as it is. */
async function readingDone(page: Page, timeout = 300_000) {
	await page.waitForFunction(
		() =>
			document.querySelector('[data-reading]')?.getAttribute('data-reading') === 'idle' &&
			!document.querySelector('[data-cell-kind="source"][data-read="stale"]'),
		null,
		{ timeout, polling: 100 }
	);
}

interface TypingRun {
	name: string;
	readMs: number;
	load: Tasks;
	/** From the first key to the last. */
	typing: Tasks;
	/** After the last key, until the edit is read and shown (and 1.5 s more). */
	after: Tasks;
	/** From the last key to the edit read and drawn, ms. */
	settleMs: number;
	keys: { p50: number; p95: number; max: number };
}

async function typing(app: RunningApp, id: string, name: string, query: string): Promise<TypingRun> {
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.addInitScript(OBSERVE);
		const t0 = Date.now();
		await page.goto(`${app.url}/notebooks/${id}${query}`, { waitUntil: 'load', timeout: 300_000 });
		await page.waitForSelector('[data-cell-kind="source"][data-read="yes"]', { timeout: 300_000 });
		await readingDone(page);
		const readMs = Date.now() - t0;
		const load = await tasksSince(page, 0);
		// one source in the middle: open its text for editing, at its end
		const cell = page.locator('[data-cell-kind="source"]').nth(ARTICLES / 2);
		await cell.scrollIntoViewIfNeeded();
		await cell.locator('button:has-text("Edit text")').click();
		const area = cell.locator('textarea');
		await area.focus();
		await area.evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(t.value.length, t.value.length));
		await page.waitForTimeout(1000);
		// keystroke handling times (Event Timing: from the key press to the next paint)
		await page.evaluate(() => {
			const keys: number[] = [];
			(globalThis as unknown as { __keys: number[] }).__keys = keys;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) if (e.name === 'keydown') keys.push(e.duration);
			}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
		});
		const since = await page.evaluate(() => performance.now());
		await page.keyboard.type(`\n${TYPED}`, { delay: 80 });
		const lastKey = await page.evaluate(() => performance.now());
		const last = Date.now();
		await readingDone(page);
		const settleMs = Date.now() - last;
		await page.waitForTimeout(1500); // autosave and anything else the edit set off
		// tasks begun while typing, and those begun after the last key (one snapshot each, so no
		// difference of two counts read at different times)
		const typed = await tasksBetween(page, since, lastKey);
		const after = await tasksSince(page, lastKey);
		const keys = (await page.evaluate(
			() => (globalThis as unknown as { __keys: number[] }).__keys
		)) as number[];
		const q = (p: number) => {
			const s = [...keys].sort((a, b) => a - b);
			return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : 0;
		};
		const text = await area.inputValue();
		if (!text.endsWith(TYPED)) throw new Error(`${name}: the text typed is not in the source`);
		return {
			name,
			readMs,
			load,
			typing: typed,
			after,
			settleMs,
			keys: { p50: q(0.5), p95: q(0.95), max: Math.max(0, ...keys) }
		};
	} finally {
		await browser.close();
	}
}

/**
 * A click on a date, from its event to the date editor drawn on screen (the frame after it is in
 * the DOM). Passed as source text: tsx would wrap the inner functions in its own `__name` calls.
 */
const CLICK = `new Promise((resolve) => {
	const mark = document.querySelectorAll('.text .mark.date')[40];
	const t = performance.now();
	const seen = () =>
		document.querySelector('[aria-label="Correct a date"]')
			? requestAnimationFrame(() => resolve(performance.now() - t))
			: requestAnimationFrame(seen);
	mark.click();
	requestAnimationFrame(seen);
})`;

interface LongSource {
	name: string;
	openMs: number;
	openTasks: Tasks;
	clickMs: number;
	clickTasks: Tasks;
}

async function longSource(app: RunningApp, id: string, name: string, query: string): Promise<LongSource> {
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.addInitScript(OBSERVE);
		await page.goto(`${app.url}/notebooks/${id}${query}`, { waitUntil: 'commit', timeout: 120_000 });
		await page.waitForSelector('[data-cell-kind="source"][data-read="yes"] .text .mark.date', {
			timeout: 300_000
		});
		const openMs = (await page.evaluate(() => performance.now())) as number;
		await readingDone(page);
		const openTasks = await tasksSince(page, 0);
		const since = await page.evaluate(() => performance.now());
		// a click on a date: from the click's event to the date editor drawn on screen
		const clickMs = (await page.evaluate(CLICK)) as number;
		await page.waitForTimeout(500);
		return { name, openMs, openTasks, clickMs, clickTasks: await tasksSince(page, since) };
	} finally {
		await browser.close();
	}
}

/** Runs the section; returns printable lines. Builds the app first unless TAQVIM_BENCH_NO_BUILD=1. */
export async function benchNotebook(): Promise<string> {
	if (process.env.TAQVIM_BENCH_NO_BUILD !== '1')
		execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
	const app = await startApp();
	const lines: string[] = [];
	const ms = (v: number) => `${v.toFixed(0)} ms`;
	const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
	try {
		const big = thousand();
		const chars = big.cells.reduce((n, c) => n + (c.kind === 'source' ? c.text.length : 0), 0);
		const id = await create(app, 'Thousand', big);
		const runs = [
			await typing(app, id, 'Taqvim (reading in a worker)', ''),
			await typing(app, id, 'same page reading in the page (peer)', '?reader=page')
		];
		lines.push(
			`${ARTICLES} source cells (${chars.toLocaleString('en')} characters: the 50 articles of tests/eval/reading/dev and the 5 seeds in turn), headless Chromium 1280×900; ${TYPED.length + 1} keys typed at the end of source ${ARTICLES / 2 + 1} with 80 ms between keys; long tasks = main-thread tasks ≥ 50 ms (PerformanceObserver 'longtask').`
		);
		lines.push(
			'page                                   read all   load: long tasks (max)   while typing: long tasks (max)   key→paint p50 / p95 / max   after the last key: long tasks (max)   edit shown after'
		);
		for (const r of runs)
			lines.push(
				[
					r.name.padEnd(38),
					ms(r.readMs).padStart(9),
					`  ${String(r.load.count).padStart(5)} (${ms(r.load.max)})`.padEnd(24),
					`${String(r.typing.count).padStart(8)} (${ms(r.typing.max)})`.padEnd(32),
					`${ms(r.keys.p50)} / ${ms(r.keys.p95)} / ${ms(r.keys.max)}`.padEnd(27),
					`${String(r.after.count).padStart(8)} (${ms(r.after.max)})`.padEnd(37),
					ms(r.settleMs)
				].join(' ')
			);
		const [w, peer] = runs;
		lines.push(
			`bar: while typing in one source of ${ARTICLES}, every main-thread task < 50 ms: ${w.typing.count} long tasks (longest ${ms(w.typing.max)}) ${verdict(w.typing.count === 0)}; peer reading in the page: ${peer.typing.count} (longest ${ms(peer.typing.max)}). Once typing pauses (${TYPING_PAUSE_MS} ms), the new reading is shown: ${w.after.count} long tasks (longest ${ms(w.after.max)}).`
		);

		let dates = emptyNotebook('x', 'Dates');
		dates = insertCell(
			dates,
			newCell(dates, 'source', {
				text: '2016-03-05 '.repeat(27_000),
				lang: 'en',
				published: metaDate('2016-03-10'),
				publishedSource: 'analyst'
			})
		);
		const did = await create(app, 'Dates', dates);
		const long = [
			await longSource(app, did, 'Taqvim (chunks in view, reading in a worker)', ''),
			await longSource(app, did, 'reading in the page (peer)', '?reader=page')
		];
		lines.push('');
		lines.push(
			'297,000 characters of dates ("2016-03-05 " × 27,000) in one source: navigation → text shown with its dates marked; click on a date → date editor drawn.'
		);
		lines.push(
			'page                                            open      longest task   click → drawn   longest task'
		);
		for (const r of long)
			lines.push(
				[
					r.name.padEnd(46),
					ms(r.openMs).padStart(8),
					ms(r.openTasks.max).padStart(14),
					ms(r.clickMs).padStart(15),
					ms(r.clickTasks.max).padStart(14)
				].join(' ')
			);
		lines.push(
			`bar: opens in ${ms(long[0].openMs)} < 3000 ms ${verdict(long[0].openMs < 3000)}; click handled in ${ms(long[0].clickMs)} ≤ 200 ms ${verdict(long[0].clickMs <= 200 && long[0].clickTasks.max <= 200)}`
		);
	} finally {
		await app.stop();
	}
	return lines.join('\n');
}
