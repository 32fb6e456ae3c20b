import { describe, expect, it } from 'vitest';
import { renderTimelineSvg, type SvgExportInput } from '../../../src/lib/core/export/svg';
import { toBase64 } from '../../../src/lib/core/export/fonts';
import { defaultView, emptyFilters } from '../../../src/lib/core/timeline/view';
import type { TimelineItem } from '../../../src/lib/core/timeline/item';
import { seedItems, seedLinks } from '../../../src/routes/dev/export/seed-fixture';
import { syntheticItems } from '../../../src/lib/core/timeline/synthetic';

const base: SvgExportInput = {
	items: seedItems,
	links: seedLinks,
	view: { ...defaultView(), lanes: 'kind' },
	scope: 'all',
	title: 'Russia, Pakistan and the Taliban',
	sourceCount: 5,
	exportedOn: '2026-11-23'
};

/** Every way an SVG could reach outside itself or run code. */
function dangers(svg: string): string[] {
	const found: string[] = [];
	// Text content is escaped, so every '<' opens a real tag: check the tags.
	const tags = (svg.match(/<[^>]*>/g) ?? []).join('\n');
	if (/<script/i.test(tags)) found.push('script');
	if (/<foreignObject/i.test(tags)) found.push('foreignObject');
	if (/\son[a-z]+\s*=/i.test(tags)) found.push('event attribute');
	if (/href\s*=/i.test(tags)) found.push('href');
	for (const m of svg.matchAll(/url\(\s*([^)]*)\)/gi))
		if (!/^(#|data:)/.test(m[1].replace(/^['"]/, ''))) found.push(`url(${m[1].slice(0, 30)})`);
	if (/@import/i.test(svg)) found.push('@import');
	return found;
}

describe('standalone SVG', () => {
	it('has no script, no event attributes, no foreignObject and no external reference', () => {
		expect(dangers(renderTimelineSvg(base).svg)).toEqual([]);
	});

	it('escapes hostile labels instead of letting them become markup', () => {
		const evil: TimelineItem = {
			...seedItems[4],
			id: 'evil',
			label: '<script>alert(1)</script><a href="http://x" onclick="y">',
			actors: ['"><image href="http://evil/x.png"/>']
		};
		const { svg } = renderTimelineSvg({
			...base,
			items: [evil],
			links: [],
			view: { ...defaultView(), lanes: 'actor' },
			title: '</title><script>1</script>'
		});
		expect(dangers(svg)).toEqual([]);
		expect(svg).toContain('&lt;script&gt;');
	});

	it('is well-formed XML with one root', () => {
		const { svg } = renderTimelineSvg(base);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.endsWith('</svg>')).toBe(true);
		const opens = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/gi) ?? []).length;
		const closes = (svg.match(/<\/[a-z]+>/gi) ?? []).length;
		expect(opens).toBe(closes);
	});

	it('is the same bytes for the same input', () => {
		expect(renderTimelineSvg(base).svg).toBe(renderTimelineSvg({ ...base, items: [...seedItems] }).svg);
	});

	it.each([
		['the title', 'Russia, Pakistan and the Taliban'],
		['the display calendar', 'Gregorian calendar'],
		['the source count', '5 sources'],
		['the absence of filters', 'Filters: No filters'],
		['the credit line', 'Made with Taqvim'],
		['the undated count', '1 undated items not shown'],
		['a legend entry', '>Denial<'],
		[
			'an Arabic label, right to left',
			'direction="rtl" text-anchor="end" font-size="11" fill="#1d2330">طالبان تنفي'
		]
	])('stamps %s', (_name, text) => {
		expect(renderTimelineSvg(base).svg).toContain(text);
	});

	it('stamps the active filters', () => {
		const view = {
			...base.view,
			filters: { ...emptyFilters(), actors: ['Taliban'], kinds: ['denial' as const] }
		};
		expect(renderTimelineSvg({ ...base, view }).svg).toContain('Filters: Actors: Taliban · Kinds: Denial');
	});

	it('stamps header words and digits of the display locale', () => {
		const { svg } = renderTimelineSvg({ ...base, view: { ...base.view, calendar: 'persian' } });
		expect(svg).toContain('تقویم هجری شمسی');
		expect(svg).toContain('۵ منبع');
		expect(svg).toContain('۲ آذر ۱۴۰۵');
	});

	it('draws only the items of the current window when asked', () => {
		const view = { ...base.view, window: { start: '2015-12-15', end: '2016-01-01' } };
		const all = renderTimelineSvg({ ...base, view, scope: 'all' });
		const win = renderTimelineSvg({ ...base, view, scope: 'window' });
		expect(win.drawn).toBeLessThan(all.drawn);
		expect(win.svg).toContain('Window:');
		expect(win.svg).not.toContain('غزل متبادل');
	});

	it('scales its pixel size but keeps its viewBox', () => {
		const a = renderTimelineSvg(base);
		const b = renderTimelineSvg({ ...base, scale: 2 });
		expect(b.svg).toContain(
			`width="${a.width * 2}" height="${a.height * 2}" viewBox="0 0 ${a.width} ${a.height}"`
		);
	});

	it('embeds fonts as data URLs and refuses font data that is not base64', () => {
		const font = { family: 'Vazirmatn', weight: 400, format: 'woff2' as const, base64: 'd09GMgABAAA=' };
		expect(renderTimelineSvg({ ...base, fonts: [font] }).svg).toContain(
			"src:url(data:font/woff2;base64,d09GMgABAAA=) format('woff2')"
		);
		expect(() => renderTimelineSvg({ ...base, fonts: [{ ...font, base64: 'x);}<script>' }] })).toThrow(
			/not base64/
		);
	});
});

describe('embedded font data', () => {
	it.each([[[]], [[77]], [[77, 97]], [[77, 97, 110]], [[0, 255, 128, 7, 9]]])(
		'base64 of %j matches Node',
		(bytes) => {
			expect(toBase64(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('base64'));
		}
	);

	it('names kind lanes in the display language', () => {
		const { svg } = renderTimelineSvg({ ...base, view: { ...base.view, calendar: 'persian' } });
		expect(svg).toContain('>تکذیب‌ها<');
	});

	it('leaves lanes without items in the window out of a window export', () => {
		const view = {
			...defaultView(),
			lanes: 'actor' as const,
			window: { start: '2016-01-01', end: '2016-02-01' }
		};
		const { svg } = renderTimelineSvg({ ...base, view, scope: 'window' });
		expect(svg).not.toContain('>Maria Zakharova<');
		expect(svg).toContain('>Washington Post<');
	});
});

describe('uncertainty spans in the SVG', () => {
	const item = (id: string, approximate: boolean): TimelineItem => ({
		...seedItems[0],
		id,
		label: id,
		when: {
			earliest: '2015-09-01',
			latest: '2015-09-30',
			precision: 'month',
			calendar: 'gregorian',
			approximate
		} as TimelineItem['when']
	});
	const render = (items: TimelineItem[]) =>
		renderTimelineSvg({ ...base, items, links: [], view: { ...defaultView(), lanes: 'none' } }).svg;

	it('fades an approximate span to nothing at both ends, through a gradient defined in the file', () => {
		const svg = render([item('about-september', true)]);
		const grad = /<linearGradient id="(tq-fade-[a-z0-9]+)"[^>]*>(.*?)<\/linearGradient>/.exec(svg);
		expect(grad).not.toBeNull();
		const opacities = [...grad![2].matchAll(/stop-opacity="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(opacities[0]).toBe(0);
		expect(opacities[opacities.length - 1]).toBe(0);
		expect(Math.max(...opacities)).toBe(1);
		expect(svg).toContain(`fill="url(#${grad![1]})"`);
	});

	it('draws an exact month as a solid span, with no gradient', () => {
		const svg = render([item('september', false)]);
		expect(svg).not.toContain('linearGradient');
		expect(svg).toMatch(
			/<path d="M[\d.]+,[\d.]+H[\d.]+" stroke="#[0-9a-f]{6}" stroke-width="4" stroke-linecap="round"/
		);
	});
});

describe('every item drawn', () => {
	const dense = syntheticItems(3000, 7).items;
	const view = {
		...defaultView(),
		lanes: 'none' as const,
		window: { start: '2015-01-01', end: '2015-02-01' }
	};

	it('counts dense stretches in buckets by default, and draws each item as a glyph when asked', () => {
		const counted = renderTimelineSvg({ ...base, items: dense, links: [], view, scope: 'window' });
		expect(counted.counted).toBeGreaterThan(0);
		const all = renderTimelineSvg({
			...base,
			items: dense,
			links: [],
			view,
			scope: 'window',
			everyItem: true
		});
		expect(all.counted).toBe(0);
		expect(all.drawn).toBe(counted.drawn + counted.counted);
	});
});
