/**
 * Timeline rendering: first render and zoom/pan frame times for Taqvim's timeline at 10,000 and
 * 100,000 synthetic items, next to vis-timeline on the same 10,000 items, in the same headless
 * Chromium. Items come from `syntheticItems(n, 42)`, identical for every engine.
 *
 * How a frame is timed, identically for both: inside a requestAnimationFrame callback, set the
 * window programmatically, run the library's redraw to completion (Svelte's flushSync; vis-timeline's
 * own redraw, which it would otherwise defer to the next frame), force style and layout, and read
 * performance.now() around all of it. Paint and compositing are excluded for both. One frame per
 * animation frame; 90 steps: 30 zoom-in steps (×0.85), 30 pan steps (4 % of the window), 30 zoom-out,
 * driven three times over (270 frames), so that a few first-time frames (JIT warm-up, first text
 * shaping) weigh as they would in a session rather than as 5 % of the sample; the first pass's own
 * p95 is printed too. Each engine is first loaded once cold (only its first render is kept), then
 * afresh ROUNDS times (default 3, `TAQVIM_BENCH_ROUNDS`), the engines taking turns, and the frames
 * of all its loads are pooled: on a small shared machine a busy spell then falls on both engines
 * alike instead of on whichever ran during it. Every load's own p95 is printed as well. Taqvim
 * also reports its gesture-end frame: while a gesture runs only the canvas is redrawn, and the SVG
 * hit targets and accessible options catch up once it pauses.
 * First render: from handing over the items to forced layout of the first frame.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { ROOT, launchBrowser, startApp } from '../tests/e2e/harness';

interface Run {
	name: string;
	n: number;
	first: number;
	frames: number[];
	/** The gesture-end frame (Taqvim only), ms. */
	settle: number | null;
	note: string;
}

const DRIVE_FRAMES = `(async () => {
	const h = globalThis.__timeline;
	await new Promise((r) => requestAnimationFrame(() => r(null)));
	let [a, b] = h.window();
	const steps = [];
	const zoom = (f) => {
		const c = (a + b) / 2;
		const half = ((b - a) / 2) * f;
		a = c - half;
		b = c + half;
	};
	for (let i = 0; i < 30; i++) { zoom(0.85); steps.push([a, b]); }
	for (let i = 0; i < 30; i++) { const d = (b - a) * 0.04; a += d; b += d; steps.push([a, b]); }
	for (let i = 0; i < 30; i++) { zoom(1 / 0.85); steps.push([a, b]); }
	const out = [];
	for (let pass = 0; pass < 3; pass++)
		for (const [x, y] of steps) out.push(await new Promise((r) => requestAnimationFrame(() => r(h.frame(x, y)))));
	const settle = h.settle ? await new Promise((r) => requestAnimationFrame(() => r(h.settle()))) : null;
	return { frames: out, settle };
})()`;

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

async function measure(page: Page, url: string, name: string, n: number): Promise<Run> {
	await page.goto(url);
	await page.waitForFunction(
		() => !!(globalThis as { __timeline?: { firstRender?: unknown } }).__timeline?.firstRender,
		null,
		{
			timeout: 60_000
		}
	);
	const first = await page.evaluate(() => {
		const h = (globalThis as unknown as { __timeline: { firstRender(): number } }).__timeline;
		return h.firstRender();
	});
	// Passed as source text: tsx would otherwise wrap the inner helpers in its own `__name` calls,
	// which do not exist in the page.
	const { frames, settle } = (await page.evaluate(DRIVE_FRAMES)) as {
		frames: number[];
		settle: number | null;
	};
	const stats = await page.evaluate(() =>
		JSON.stringify((globalThis as unknown as { __timeline: { stats(): unknown } }).__timeline.stats())
	);
	return { name, n, first, frames, settle, note: stats };
}

/** Runs the section; returns printable lines. Builds the app first unless TAQVIM_BENCH_NO_BUILD=1. */
export async function benchTimeline(): Promise<string> {
	if (process.env.TAQVIM_BENCH_NO_BUILD !== '1')
		execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
	const app = await startApp();
	const browser = await launchBrowser();
	const lines: string[] = [];
	try {
		const rounds = Math.max(1, Number(process.env.TAQVIM_BENCH_ROUNDS ?? 3));
		const engines = [
			{ url: `${app.url}/dev/timeline?bench=1&n=10000`, name: 'Taqvim timeline', n: 10_000 },
			{ url: `${app.url}/dev/vis?n=10000`, name: 'vis-timeline 8 (peer)', n: 10_000 },
			{ url: `${app.url}/dev/timeline?bench=1&n=100000`, name: 'Taqvim timeline', n: 100_000 }
		];
		const loads: Run[][] = engines.map(() => []);
		// One cold load per engine first, its frames not pooled: the browser's caches and compiled
		// code then start warm for every measured load, as they would after a user's first minute.
		// Its first render is reported, and counts for the first-render bars.
		const cold: number[] = [];
		for (const e of engines) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			cold.push((await measure(page, e.url, e.name, e.n)).first);
			await page.close();
		}
		for (let r = 0; r < rounds; r++) {
			// Taqvim 10k and vis-timeline swap places every round.
			const order = r % 2 ? [1, 0, 2] : [0, 1, 2];
			for (const i of order) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
				loads[i].push(await measure(page, engines[i].url, engines[i].name, engines[i].n));
				await page.close();
			}
		}
		const median = (xs: number[]) => quantile(xs, 0.5);
		const runs: (Run & { firsts: number[]; p95s: number[]; pass1: number[]; cold: number })[] = loads.map(
			(ls, i) => ({
				...ls[0],
				cold: cold[i],
				first: median(ls.map((l) => l.first)),
				firsts: ls.map((l) => l.first),
				frames: ls.flatMap((l) => l.frames),
				pass1: ls.flatMap((l) => l.frames.slice(0, 90)),
				p95s: ls.map((l) => quantile(l.frames, 0.95)),
				settle: ls[0].settle === null ? null : median(ls.map((l) => l.settle ?? 0)),
				note: ls[ls.length - 1].note
			})
		);
		const version = (await browser.version()) || 'Chromium';
		lines.push(
			`Headless ${version}, viewport 1280×800, synthetic items seed 42, 3 × 90 zoom/pan frames per load, ${rounds} measured loads per engine after one cold load (frames pooled; first render and gesture end: median of the measured loads).`
		);
		lines.push(
			'engine                     items    first render   frame p50   frame p95   frame max   p95 1st pass   gesture end'
		);
		const ms = (v: number, w = 7) => `${v.toFixed(2).padStart(w)} ms`;
		for (const r of runs) {
			const cols = [
				r.name.padEnd(26),
				String(r.n).padStart(7),
				`  ${r.first.toFixed(1).padStart(9)} ms`,
				ms(quantile(r.frames, 0.5)),
				ms(quantile(r.frames, 0.95)),
				ms(Math.max(...r.frames)),
				ms(quantile(r.pass1, 0.95), 10),
				r.settle === null ? '     —' : ms(r.settle, 8)
			];
			lines.push(cols.join(' '));
		}
		lines.push('');
		for (const r of runs)
			lines.push(
				`${r.name} ${r.n}: first render cold ${r.cold.toFixed(0)} ms, then ${r.firsts.map((v) => v.toFixed(0)).join(' / ')} ms; frame p95 ${r.p95s.map((v) => v.toFixed(2)).join(' / ')} ms`
			);
		const [t10, vis, t100] = runs;
		const worst = (r: (typeof runs)[number]) => Math.max(r.cold, ...r.firsts);
		const p95 = (r: Run) => quantile(r.frames, 0.95);
		const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
		lines.push('');
		lines.push(
			`bar 10k: first render (slowest load, cold included) ${worst(t10).toFixed(0)} ms ≤ 300 ms ${verdict(worst(t10) <= 300)}; frame p95 ${p95(t10).toFixed(2)} ms ≤ 16 ms ${verdict(p95(t10) <= 16)}`
		);
		lines.push(
			`bar 100k: first render (slowest load, cold included) ${worst(t100).toFixed(0)} ms ≤ 1500 ms ${verdict(worst(t100) <= 1500)}; frame p95 ${p95(t100).toFixed(2)} ms ≤ 33 ms ${verdict(p95(t100) <= 33)}`
		);
		const ratio = p95(vis) / Math.max(0.01, p95(t10));
		lines.push(
			`vs vis-timeline on 10k: p95 ${p95(vis).toFixed(2)} ms / ${p95(t10).toFixed(2)} ms = ${ratio.toFixed(1)}× ${verdict(ratio >= 10)} (bar ≥ 10×)`
		);
		lines.push(`last frame: taqvim 10k ${t10.note}; taqvim 100k ${t100.note}; vis ${vis.note}`);
	} finally {
		await browser.close();
		await app.stop();
	}
	return lines.join('\n');
}
