/**
 * The timeline in a real browser, on the component test bed (/dev/timeline) with the fixture
 * story modelled on the seed articles: calendar ticks, filters, keyboard, hover, and a screenshot
 * with Arabic and Persian labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { toGregorian, toJalaali } from 'jalaali-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ARTIFACTS,
	launchBrowser,
	saveScreenshot,
	startApp,
	type RunningApp,
	waitForReading
} from './harness';

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

async function open(query: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${app.url}/dev/timeline${query}`);
	await page.waitForSelector('svg.plot .tick');
	// (the web fonts loaded: on a busy machine a first frame may otherwise be drawn in a fallback
	// face that later frames no longer use)
	await page.evaluate(() => document.fonts.ready);
	expect(errors).toEqual([]);
	return page;
}

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** What the canvas shows in the axis row at each x: the tick line's grey, or the axis background. */
async function axisPixels(page: Page, xs: number[]): Promise<string[]> {
	return page.evaluate((xs) => {
		const canvas = document.querySelector('canvas.paint') as HTMLCanvasElement;
		const ctx = canvas.getContext('2d')!;
		const dpr = canvas.width / canvas.getBoundingClientRect().width;
		return xs.map((x) => {
			const [r, g, b] = ctx.getImageData(Math.round(x) * dpr, Math.round(20 * dpr), 1, 1).data;
			if (Math.abs(r - 0x9a) < 24 && Math.abs(g - 0xa3) < 24 && Math.abs(b - 0xb2) < 24) return 'tick';
			if (r > 240 && g > 240 && b > 235) return 'background';
			return `rgb(${r},${g},${b})`;
		});
	}, xs);
}

async function markIds(page: Page): Promise<string[]> {
	return (
		await page.$$eval('svg.plot [data-id], aside.undated [data-id]', (els) =>
			els.map((e) => e.getAttribute('data-id')!)
		)
	).sort();
}

describe('timeline (browser)', () => {
	it('in Solar Hijri, month ticks sit on the first of Farvardin, Ordibehesht… at the x of the converted date', async () => {
		const page = await open('?cal=persian&win=2015-10-01..2016-06-01');
		const ticks = await page.$$eval('svg.plot g.tick', (els) =>
			els.map((e) => ({
				day: Number(e.getAttribute('data-day')),
				x: Number(e.getAttribute('data-x')),
				label: e.textContent!.trim()
			}))
		);
		const g = (await page.evaluate('__timeline.geometry()')) as {
			plot: { x0: number; x1: number };
			window: [number, number];
		};
		const x = (d: number) =>
			g.plot.x0 + ((d - g.window[0]) / (g.window[1] - g.window[0])) * (g.plot.x1 - g.plot.x0);
		// Every Solar Hijri month start in the window, converted independently with jalaali-js.
		const expected: { day: number; month: number }[] = [];
		for (let jy = 1394; jy <= 1395; jy++)
			for (let jm = 1; jm <= 12; jm++) {
				const gd = toGregorian(jy, jm, 1);
				const d = dayOf(gd.gy, gd.gm, gd.gd);
				if (d >= g.window[0] && d <= g.window[1]) expected.push({ day: d, month: jm });
			}
		expect(ticks.map((t) => t.day)).toEqual(expected.map((e) => e.day));
		const names = [
			'فروردین',
			'اردیبهشت',
			'خرداد',
			'تیر',
			'مرداد',
			'شهریور',
			'مهر',
			'آبان',
			'آذر',
			'دی',
			'بهمن',
			'اسفند'
		];
		ticks.forEach((t, i) => {
			expect(t.x).toBeCloseTo(x(expected[i].day), 1);
			expect(t.label.startsWith(names[expected[i].month - 1])).toBe(true);
			const gd = new Date(t.day * 86_400_000);
			expect(toJalaali(gd.getUTCFullYear(), gd.getUTCMonth() + 1, gd.getUTCDate()).jd).toBe(1);
		});
		expect(ticks.find((t) => t.day === dayOf(2016, 3, 20))?.label).toBe('فروردین ۱۳۹۵');
		// And the canvas draws each tick line there: the axis row is tick-grey at every tick's x and
		// background half-way between two ticks.
		expect(
			await axisPixels(
				page,
				ticks.map((t) => t.x)
			)
		).toEqual(ticks.map(() => 'tick'));
		const mids = ticks.slice(1).map((t, i) => (t.x + ticks[i].x) / 2);
		expect(await axisPixels(page, mids)).toEqual(mids.map(() => 'background'));
		await page.close();
	});

	it('a text drawn again is blitted from the text cache where fillText first drew it', async () => {
		const page = await open('?cal=persian&win=2015-10-01..2016-06-01');
		type Frame = { text: { direct: number; cached: number }; ink: number[] };
		// Shows a window and returns the frame's text counts and its ink per 4×4-pixel block.
		const show = (w: [number, number]) =>
			page.evaluate((w) => {
				const h = (globalThis as unknown as { __timeline: Record<string, (...a: unknown[]) => unknown> })
					.__timeline;
				h.frame(w[0], w[1]);
				const text = (h.stats() as { text: Frame['text'] }).text;
				const canvas = document.querySelector('canvas.paint') as HTMLCanvasElement;
				const { data, width, height } = canvas
					.getContext('2d')!
					.getImageData(0, 0, canvas.width, canvas.height);
				const bw = Math.ceil(width / 4);
				const ink = new Array<number>(bw * Math.ceil(height / 4)).fill(0);
				for (let y = 0; y < height; y++)
					for (let x = 0; x < width; x++) {
						const i = (y * width + x) * 4;
						ink[(y >> 2) * bw + (x >> 2)] +=
							(data[i + 3] / 255) * (765 - data[i] - data[i + 1] - data[i + 2]);
					}
				return { text, ink };
			}, w) as Promise<Frame>;
		// A window this page has not shown: its day ticks are new texts, shaped with fillText.
		const [a, b] = (await page.evaluate('__timeline.window()')) as [number, number];
		const w: [number, number] = [a + (b - a) * 0.4, a + (b - a) * 0.5];
		const first = await show(w);
		expect(first.text.direct).toBeGreaterThan(0);
		// Once the page has been idle, the same frame blits every text from the cache… (polled: on a
		// busy machine the idle period that fills the cache may come late)
		let again = first;
		for (let i = 0; i < 40 && again.text.direct > 0; i++) {
			await page.waitForTimeout(250);
			again = await show(w);
		}
		expect(again.text).toEqual({ direct: 0, cached: first.text.direct + first.text.cached });
		// …and looks the same: the ink moves by under a device pixel (blits land on whole pixels).
		const diff = again.ink.reduce((s, v, i) => s + Math.abs(v - first.ink[i]), 0);
		const total = first.ink.reduce((s, v) => s + v, 0);
		expect(total).toBeGreaterThan(0);
		expect(diff / total).toBeLessThan(0.15);
		await page.close();
	});

	it('after a wheel zoom the painted ticks, the tick copies and the view agree', async () => {
		const page = await open('?cal=persian&win=2015-10-01..2016-06-01');
		const box = (await page.locator('svg.plot').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 200);
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
		// The DOM copies catch up once the gesture pauses; the URL then holds the new window.
		await page.waitForFunction(
			() => new URL(location.href).searchParams.get('win') !== '2015-10-01..2016-06-01'
		);
		await page.waitForTimeout(300);
		const g = (await page.evaluate('__timeline.geometry()')) as { window: [number, number] };
		expect(g.window[1] - g.window[0]).toBeLessThan(dayOf(2016, 6, 1) - dayOf(2015, 10, 1));
		const ticks = await page.$$eval('svg.plot g.tick', (els) =>
			els.map((e) => ({ day: Number(e.getAttribute('data-day')), x: Number(e.getAttribute('data-x')) }))
		);
		expect(ticks.length).toBeGreaterThan(2);
		for (const t of ticks) {
			const gd = new Date(t.day * 86_400_000);
			// Every tick is a Solar Hijri boundary (day 1 of a month, or a day within the month on a fine zoom).
			expect(toJalaali(gd.getUTCFullYear(), gd.getUTCMonth() + 1, gd.getUTCDate()).jy).toBeGreaterThan(1393);
		}
		expect(
			await axisPixels(
				page,
				ticks.map((t) => t.x)
			)
		).toEqual(ticks.map(() => 'tick'));
		await page.close();
	});

	it('brushing the overview band shows that stretch of time, and the band marks it', async () => {
		const page = await open('');
		const g = (await page.evaluate('__timeline.geometry()')) as {
			plot: { x0: number; x1: number };
			window: [number, number];
		};
		const band = (await page.locator('.overview svg').boundingBox())!;
		const at = (f: number) => band.x + g.plot.x0 + f * (g.plot.x1 - g.plot.x0);
		const y = band.y + band.height / 2;
		await page.mouse.move(at(0.3), y);
		await page.mouse.down();
		await page.mouse.move(at(0.4), y, { steps: 4 });
		await page.mouse.move(at(0.5), y, { steps: 4 });
		await page.mouse.up();
		const w = (await page.evaluate('__timeline.window()')) as [number, number];
		const span = g.window[1] - g.window[0];
		expect(Math.abs(w[0] - (g.window[0] + 0.3 * span))).toBeLessThan(span * 0.02);
		expect(Math.abs(w[1] - (g.window[0] + 0.5 * span))).toBeLessThan(span * 0.02);
		// The band's marker is painted over the brushed stretch and not outside it.
		const tint = await page.evaluate(
			([a, b]) => {
				const c = document.querySelector('.overview canvas') as HTMLCanvasElement;
				const dpr = c.width / c.getBoundingClientRect().width;
				const alpha = (x: number) => c.getContext('2d')!.getImageData(Math.round(x * dpr), 4, 1, 1).data[3];
				return { inside: alpha((a + b) / 2), outside: alpha(b + 40) };
			},
			[at(0.3) - band.x, at(0.5) - band.x]
		);
		expect(tint.inside).toBeGreaterThan(20);
		expect(tint.outside).toBe(0);
		await page.close();
	});

	it('clicking a density bucket zooms to the items it counts', async () => {
		const page = await open('?n=2000');
		const g = (await page.evaluate('__timeline.geometry()')) as {
			window: [number, number];
			aggregates: { x: number; y: number; width: number; height: number; start: number; end: number }[];
		};
		expect(g.aggregates.length).toBeGreaterThan(0);
		const a = g.aggregates[Math.floor(g.aggregates.length / 2)];
		const box = (await page.locator('svg.plot').boundingBox())!;
		await page.mouse.click(box.x + a.x + a.width / 2, box.y + a.y + a.height / 2);
		const w = (await page.evaluate('__timeline.window()')) as [number, number];
		expect(w[1] - w[0]).toBeLessThan((g.window[1] - g.window[0]) / 4);
		expect(w[0]).toBeLessThanOrEqual(a.start);
		expect(w[1]).toBeGreaterThanOrEqual(a.end);
		await page.close();
	});

	it('filtering by actor "Taliban" and outlet "ISNA" shows exactly the expected items in the timeline and the table', async () => {
		const page = await open('');
		await page.click('details[data-filter="actors"] summary');
		await page.check('details[data-filter="actors"] input[value="Taliban"]');
		await page.click('details[data-filter="outlets"] summary');
		await page.check('details[data-filter="outlets"] input[value="ISNA"]');
		await page.waitForFunction(() => document.querySelectorAll('svg.plot [data-id]').length === 3);
		expect(await markIds(page)).toEqual(['e1', 's1', 's2']);
		const rows = (
			await page.$$eval('table.timeline-table tbody tr', (els) => els.map((e) => e.getAttribute('data-id')!))
		).sort();
		expect(rows).toEqual(['e1', 's1', 's2']);
		// The view is in the URL: opening the link reproduces it.
		const url = new URL(page.url());
		expect(url.searchParams.get('actor')).toBe('Taliban');
		expect(url.searchParams.get('outlet')).toBe('ISNA');
		const again = await open(url.search);
		expect(await markIds(again)).toEqual(['e1', 's1', 's2']);
		await page.close();
		await again.close();
	});

	it('the keyboard reaches every item: Tab in, arrows through all, Enter opens, Escape leaves', async () => {
		const page = await open('');
		const all = await markIds(page);
		expect(all.length).toBe(16);
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.classList.contains('plot'))) break;
		}
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
		const seen = new Set<string>();
		for (let i = 0; i < all.length + 2; i++) {
			await page.keyboard.press('ArrowRight');
			const id = await page.evaluate(() => {
				const ref = document.activeElement?.getAttribute('aria-activedescendant');
				return ref ? document.getElementById(ref)?.getAttribute('data-id') : null;
			});
			if (id) seen.add(id);
		}
		expect([...seen].sort()).toEqual(all);
		await page.keyboard.press('Enter');
		expect(await page.textContent('[data-testid="selected"]')).not.toBe('');
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('plot') ?? false)).toBe(
			false
		);
		await page.close();
	});

	it('hovering a mark shows the sentence and its date in all three calendars', async () => {
		const page = await open('');
		// The glyphs are painted on the canvas under the transparent SVG marks: every mark's centre has
		// a painted pixel there (approximate dates are drawn faded, at 45 %), so what tests find is what
		// a person sees.
		const painted = await page.evaluate(() => {
			const canvas = document.querySelector('canvas.paint') as HTMLCanvasElement;
			const ctx = canvas.getContext('2d')!;
			const box = canvas.getBoundingClientRect();
			const dpr = canvas.width / box.width;
			return [...document.querySelectorAll('svg.plot g.mark')].map((m) => {
				const r = m.getBoundingClientRect();
				const px = ctx.getImageData(
					Math.round((r.x + r.width / 2 - box.x) * dpr),
					Math.round((r.y + r.height / 2 - box.y) * dpr),
					1,
					1
				).data;
				return { id: m.getAttribute('data-id'), alpha: px[3] };
			});
		});
		expect(painted.length).toBeGreaterThan(0);
		for (const p of painted) expect(p.alpha, p.id ?? '').toBeGreaterThan(100);
		await page.hover('svg.plot [data-id="s3"] path');
		const tip = await page.textContent('.tooltip');
		expect(tip).toContain('نفت حركة طالبان');
		expect(tip).toContain('27 Dec 2015');
		expect(tip).toContain('۶ دی ۱۳۹۴');
		expect(tip).toContain('١٤٣٧');
		await page.close();
	});

	it('zoom buttons narrow the window, double-click fits everything again, clicking selects', async () => {
		const page = await open('');
		const w0 = (await page.evaluate('__timeline.window()')) as [number, number];
		await page.click('[data-control="zoom-in"]');
		const w1 = (await page.evaluate('__timeline.window()')) as [number, number];
		expect(w1[1] - w1[0]).toBeCloseTo((w0[1] - w0[0]) / 2, 3);
		expect(new URL(page.url()).searchParams.get('win')).toMatch(/\.\./);
		await page.dblclick('svg.plot', { position: { x: 600, y: 300 } });
		const w2 = (await page.evaluate('__timeline.window()')) as [number, number];
		expect(w2[0]).toBeCloseTo(w0[0], 1);
		await page.click('svg.plot [data-id="e1"] path');
		expect(await page.textContent('[data-testid="selected"]')).toBe('e1');
		await page.close();
	});

	it('renders Arabic and Persian labels legibly (screenshots saved for review)', async () => {
		const page = await open('?cal=persian&cal2=islamic-umalqura&win=2015-08-15..2016-01-15');
		await page.waitForTimeout(300);
		await saveScreenshot(page, 'timeline-persian-lunar');
		const rtl = await open('?cal=islamic-umalqura&cal2=gregorian&rtl=1&lanes=kind');
		await rtl.waitForTimeout(300);
		await saveScreenshot(rtl, 'timeline-lunar-rtl');
		const labels = await rtl.$$eval('svg.plot g.tick text', (els) => els.map((e) => e.textContent));
		expect(labels.join(' ')).toMatch(/[٠-٩]/);
		await page.close();
		await rtl.close();
	});
});

/** Which side of each labelled tick its label's ink lies on, in the axis row of the canvas. */
async function labelSides(page: Page, row: 'first' | 'second' = 'first'): Promise<string[]> {
	return page.evaluate((row) => {
		const canvas = document.querySelector('canvas.paint') as HTMLCanvasElement;
		const ctx = canvas.getContext('2d')!;
		const dpr = canvas.width / canvas.getBoundingClientRect().width;
		const [y0, y1] = row === 'first' ? [5, 16] : [25, 36];
		const ink = (xa: number, xb: number) => {
			let n = 0;
			const w = Math.max(1, Math.round((xb - xa) * dpr));
			const h = Math.round((y1 - y0) * dpr);
			const d = ctx.getImageData(Math.round(xa * dpr), Math.round(y0 * dpr), w, h).data;
			for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 3 * 150) n++;
			return n;
		};
		return [...document.querySelectorAll(`svg.plot g.${row === 'first' ? 'tick' : 'tick2'}`)]
			.filter((g) => g.textContent!.trim())
			.map((g) => {
				const x = Number(g.getAttribute('data-x'));
				const after = ink(x + 2, x + 16);
				const before = ink(x - 16, x - 2);
				return after > before * 2 + 4 ? 'right' : before > after * 2 + 4 ? 'left' : '?';
			});
	}, row);
}

/** Draws frames of the current window until every text comes from the text cache. */
async function untilCached(page: Page) {
	for (let i = 0; i < 40; i++) {
		const direct = await page.evaluate(() => {
			const h = (globalThis as unknown as { __timeline: Record<string, (...a: unknown[]) => unknown> })
				.__timeline;
			const [a, b] = h.window() as [number, number];
			h.frame(a, b);
			return (h.stats() as { text: { direct: number } }).text.direct;
		});
		if (direct === 0) return;
		await page.waitForTimeout(250);
	}
	throw new Error('the text cache never filled');
}

describe('axis labels', () => {
	it.each([
		['left to right', '', 'right'],
		['right to left', '&rtl=1', 'left']
	])(
		'Solar and lunar Hijri month labels sit on the same side of their tick in every state (%s)',
		async (_name, rtl, side) => {
			const page = await open(`?cal=persian&cal2=islamic-umalqura&win=2015-09-01..2016-03-01${rtl}`);
			// First sight: drawn with fillText.
			const first = await labelSides(page);
			const second = await labelSides(page, 'second');
			expect(first.length).toBeGreaterThan(3);
			expect(first).toEqual(first.map(() => side));
			expect(second).toEqual(second.map(() => side));
			// Blitted from the text cache, and after changing lanes (a new frame of cached texts).
			await untilCached(page);
			expect(await labelSides(page)).toEqual(first);
			await page.locator('select[data-control="lanes"]').selectOption('kind');
			await page.waitForTimeout(200);
			await untilCached(page);
			expect(await labelSides(page)).toEqual(first);
			expect(await labelSides(page, 'second')).toEqual(second);
			await page.close();
		}
	);
});

describe('the timeline in the seed notebook', () => {
	/** Shows the table under a timeline (the toggle is saved with the view, so it may be on already). */
	async function showTable(tl: Locator) {
		const toggle = tl.locator('[data-control="table"]');
		if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
		await tl.locator('table.timeline-table').waitFor();
	}

	async function openSeed(viewport = { width: 1280, height: 900 }) {
		const ctx = await browser.newContext({ viewport, acceptDownloads: true });
		const page = await ctx.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${app.url}/`);
		await page.waitForURL(/\/notebooks\//);
		await waitForReading(page);
		await page.waitForSelector('svg.plot .tick');
		await page.evaluate(() => document.fonts.ready);
		return { ctx, page, errors };
	}

	// First in this block: the screenshots show the seed notebook's own saved views, before other
	// tests change them.
	it('states for review: hover cards beside their glyph, the exported cell, a 390 px phone (screenshots saved)', async () => {
		/** Scrolls an element's top just below the sticky page header. */
		const place = (el: Locator) =>
			el.evaluate((e) => {
				e.scrollIntoView({ block: 'start' });
				window.scrollBy(0, -((document.querySelector('header')?.getBoundingClientRect().height ?? 60) + 12));
			});
		/** The element's top part, as it is on screen now. */
		const shot = async (page: Page, el: Locator, name: string, height: number) => {
			const b = (await el.boundingBox())!;
			const vh = page.viewportSize()!.height;
			mkdirSync(ARTIFACTS, { recursive: true });
			await page.screenshot({
				path: join(ARTIFACTS, `${name}.png`),
				clip: {
					x: Math.max(0, b.x - 4),
					y: Math.max(0, b.y - 4),
					width: b.width + 8,
					height: Math.min(height, vh - Math.max(0, b.y - 4))
				}
			});
		};
		const { ctx, page } = await openSeed({ width: 1280, height: 1400 });
		const autumn = page.locator('.timeline').nth(1);
		await autumn.scrollIntoViewIfNeeded();
		await showTable(autumn);
		const row = autumn
			.locator('table.timeline-table tbody tr[data-kind="denial"]')
			.filter({ has: page.locator('td:nth-child(4)', { hasText: /^Taliban/ }) })
			.filter({ has: page.locator('td:nth-child(5)', { hasText: 'Asharq Al-Awsat' }) })
			.first();
		const denial = (await row.getAttribute('data-id'))!;
		await row.locator('button.open').click();
		await autumn.locator('[data-control="table"]').click(); // the plot alone
		await place(autumn);
		await page.waitForTimeout(1000); // texts shaped into the cache, as a person sees them after a moment
		const mark = autumn.locator(`svg.plot g.mark[data-id="${denial}"]`);
		await mark.hover();
		const tip = autumn.locator('.tooltip');
		await tip.waitFor();
		// The card stands beside the glyph, never over it.
		const g = (await mark.boundingBox())!;
		const t = (await tip.boundingBox())!;
		expect(g.x + g.width <= t.x || t.x + t.width <= g.x).toBe(true);
		await shot(page, autumn, 'timeline-denial', 700);
		// The first timeline, a Russian official's claim hovered, with its table.
		const first = page.locator('.timeline').first();
		await first.scrollIntoViewIfNeeded();
		await showTable(first);
		const claimRow = first
			.locator('table.timeline-table tbody tr[data-kind="claim"]')
			.filter({ has: page.locator('td:nth-child(4)', { hasText: /Russian official/ }) })
			.filter({ has: page.locator('td.status', { hasText: 'Denied by' }) })
			.first();
		const claim = (await claimRow.getAttribute('data-id'))!;
		await claimRow.locator('button.open').click();
		await place(first);
		await page.waitForTimeout(1000);
		await first.locator(`svg.plot g.mark[data-id="${claim}"]`).hover();
		await first.locator('.tooltip').waitFor();
		await shot(page, first, 'timeline-claim', 1000);
		// The autumn cell exported as a PNG (its window and title by default).
		const menu = page.getByTestId('export-menu').nth(1);
		await menu.locator('summary').click();
		const [dl] = await Promise.all([
			page.waitForEvent('download'),
			menu.getByTestId('export-png-1x').click()
		]);
		const png = readFileSync((await dl.path())!);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		writeFileSync(join(ARTIFACTS, 'timeline-export.png'), png);
		await ctx.close();
		// A phone: the plot keeps the width, the undated list goes under it.
		const phone = await openSeed({ width: 390, height: 844 });
		const tl = phone.page.locator('.timeline').nth(1);
		await place(tl);
		await phone.page.waitForTimeout(800);
		const plot = (await tl.locator('svg.plot').boundingBox())!;
		const undated = (await tl.locator('aside.undated').boundingBox())!;
		expect(plot.x + plot.width).toBeLessThanOrEqual(390);
		expect(plot.width).toBeGreaterThan(300);
		expect(undated.y).toBeGreaterThan(plot.y + plot.height - 1);
		await shot(phone.page, tl, 'timeline-phone', 900);
		await phone.ctx.close();
	});

	it('hovering the Taliban’s denial in Asharq Al-Awsat shows what it denies; hovering the Russian official’s claim shows "denied by"', async () => {
		const { ctx, page, errors } = await openSeed();
		const tl = page.locator('.timeline').first();
		await showTable(tl);
		// The denial as a person finds it in the table: by the Taliban, published in Asharq Al-Awsat.
		const row = tl
			.locator('table.timeline-table tbody tr[data-kind="denial"]')
			.filter({ has: page.locator('td:nth-child(4)', { hasText: /^Taliban/ }) })
			.filter({ has: page.locator('td:nth-child(5)', { hasText: 'Asharq Al-Awsat' }) })
			.first();
		const denial = (await row.getAttribute('data-id'))!;
		expect(await row.locator('td.status').textContent()).toMatch(/^Denies: /);
		// A row selects the item and brings it into view as a glyph, linked to what it denies.
		await row.locator('button.open').click();
		const mark = tl.locator(`svg.plot g.mark[data-id="${denial}"]`);
		await mark.waitFor();
		await expect.poll(() => tl.locator(`svg.plot .links [data-from="${denial}"]`).count()).toBeGreaterThan(0);
		await mark.hover();
		const tip = tl.locator('.tooltip');
		await expect.poll(() => tip.locator('[data-explain="status"]').textContent()).toMatch(/^Denies: /);
		expect(await tip.locator('[data-explain="denies"]').textContent()).toMatch(/Russian official’s claim/);
		await saveScreenshot(page, 'seed-hover-denial');
		// The Russian official's claim it names: picked in the selection card, revealed, hovered.
		const ref = tl
			.locator('section.selection [data-explain="denies"] button', { hasText: 'Russian official’s claim' })
			.first();
		const claim = (await ref.getAttribute('data-ref'))!;
		await ref.click();
		const claimMark = tl.locator(`svg.plot g.mark[data-id="${claim}"]`);
		await claimMark.waitFor();
		await claimMark.hover();
		await expect
			.poll(() => tip.locator('[data-explain="status"]').textContent())
			.toMatch(/^Denied by Taliban \([^)]*Asharq Al-Awsat/);
		expect(await tip.locator('[data-explain="denied-by"]').textContent()).toContain('Taliban');
		await saveScreenshot(page, 'seed-hover-claim');
		expect(errors).toEqual([]);
		await ctx.close();
	});

	it('a link copied from the address bar opens the same filters, calendar, lanes and window in a new context', async () => {
		const { ctx, page } = await openSeed();
		const second = (p: Page) => p.locator('.timeline').nth(1);
		const tl = second(page);
		await tl.locator('select[data-control="calendar"]').selectOption('islamic-umalqura');
		await tl.locator('select[data-control="lanes"]').selectOption('document');
		await tl.locator('details[data-filter="kinds"] summary').click();
		await tl.locator('details[data-filter="kinds"] input[value="denial"]').check();
		await tl.locator('details[data-filter="kinds"] input[value="claim"]').check();
		await tl.locator('details[data-filter="kinds"] summary').click();
		await tl.locator('[data-control="zoom-in"]').click();
		await expect
			.poll(() => tl.locator('[data-window]').getAttribute('data-window'))
			.not.toBe('2015-09-01..2016-01-16');
		const state = async (p: Page) => {
			const t = second(p);
			await t.locator('svg.plot .tick').first().waitFor();
			return {
				calendar: await t.locator('select[data-control="calendar"]').inputValue(),
				lanes: await t.locator('select[data-control="lanes"]').inputValue(),
				kinds: await t
					.locator('details[data-filter="kinds"] input:checked')
					.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort()),
				window: await t.locator('[data-window]').getAttribute('data-window'),
				lanesShown: await t.locator('svg.plot .lanes text').allTextContents(),
				marks: (
					await t.locator('svg.plot g.mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))
				).sort()
			};
		};
		await expect.poll(() => new URL(page.url()).search).toContain('cal=islamic-umalqura');
		const link = page.url();
		const shown = await state(page);
		expect(shown.calendar).toBe('islamic-umalqura');
		expect(shown.kinds).toEqual(['claim', 'denial']);
		expect(shown.lanesShown.join(' ')).not.toMatch(/\bc-[a-z0-9]{10}/); // document titles, not ids
		// The notebook is then saved with another view, so only the link can carry the first one.
		await tl.locator('select[data-control="calendar"]').selectOption('gregorian');
		await expect.poll(() => page.getAttribute('[data-save-status]', 'data-save-status')).toBe('saved');
		const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const p2 = await other.newPage();
		await p2.goto(link);
		await waitForReading(p2);
		expect(await state(p2)).toEqual(shown);
		// A notebook opened fresh shows its saved view.
		const p3 = await other.newPage();
		await p3.goto(new URL(link).origin + new URL(link).pathname);
		await second(p3).locator('svg.plot .tick').first().waitFor();
		expect(await second(p3).locator('select[data-control="calendar"]').inputValue()).toBe('gregorian');
		expect(await second(p3).locator('select[data-control="lanes"]').inputValue()).toBe('document');
		await other.close();
		await ctx.close();
	});

	it('a filter that leaves nothing says so, and offers the way back', async () => {
		const { ctx, page } = await openSeed();
		const tl = page.locator('.timeline').first();
		const before = await tl.locator('svg.plot g.mark').count();
		await tl.locator('input[data-filter="q"]').fill('no such thing anywhere');
		const empty = tl.locator('[data-empty="filters"]');
		await empty.waitFor();
		expect(await empty.textContent()).toMatch(/No items match these filters/);
		await empty.locator('[data-control="back"]').click();
		await expect.poll(() => tl.locator('svg.plot g.mark').count()).toBe(before);
		expect(await tl.locator('input[data-filter="q"]').inputValue()).toBe('');
		await expect.poll(() => page.getAttribute('[data-save-status]', 'data-save-status')).toBe('saved');
		await ctx.close();
	});

	it('a search for Putin finds the sentences that write him بوتين and پوتین', async () => {
		const { ctx, page } = await openSeed();
		const tl = page.locator('.timeline').first();
		await showTable(tl);
		await tl.locator('input[data-filter="q"]').fill('Putin');
		// the search has applied when the table holds a few rows of the 69 (not all, not none)
		await expect
			.poll(async () => {
				const n = await tl.locator('table.timeline-table tbody tr').count();
				return n > 2 && n < 30;
			})
			.toBe(true);
		const texts = await tl
			.locator('table.timeline-table tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')!));
		expect(texts.length).toBeGreaterThan(2);
		// hover texts come from the items: check through the selection card of each row's item
		const sentences: string[] = [];
		for (const id of texts.slice(0, 12)) {
			await tl.locator(`table.timeline-table tbody tr[data-id="${id}"] button.open`).click();
			sentences.push((await tl.locator('section.selection').textContent()) ?? '');
		}
		const all = sentences.join('\n');
		expect(all).toMatch(/بوتين/);
		expect(all).toMatch(/پوتین/);
		// the search is part of the saved view: clear it so the next test opens the whole story
		await tl.locator('input[data-filter="q"]').fill('');
		await expect
			.poll(() => page.getAttribute('[data-save-status]', 'data-save-status'), { timeout: 10_000 })
			.toBe('saved');
		await ctx.close();
	});

	it('shows a legend of shapes and colours, and lanes by document named by their titles', async () => {
		const { ctx, page } = await openSeed();
		const tl = page.locator('.timeline').first();
		const legend = await tl.locator('.legend li').allTextContents();
		expect(legend.map((s) => s.trim())).toEqual(
			expect.arrayContaining(['Event', 'Claim', 'Denial', 'Denied', 'denies'])
		);
		await tl.locator('select[data-control="lanes"]').selectOption('document');
		await expect
			.poll(async () => (await tl.locator('svg.plot .lanes text').allTextContents()).join(' '))
			.toMatch(/طالبان/);
		expect((await tl.locator('svg.plot .lanes text').allTextContents()).join(' ')).not.toMatch(
			/c-[a-z0-9]{10}/
		);
		await ctx.close();
	});
});
