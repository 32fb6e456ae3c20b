import { describe, expect, it } from 'vitest';
import {
	FIXTURE_STORY,
	GLYPHS,
	GLYPH_R,
	LINK_COLOURS,
	PALETTE,
	STATUS_COLOURS,
	defaultView,
	drawTimeline,
	layoutTimeline,
	storyToItems,
	type Align,
	type MarkState,
	type Paint,
	type Surface,
	type TextStyle,
	type TimelineLayout
} from '$lib/core/timeline';
import { labelsMark } from '$lib/core/timeline/marks';
import { AGGREGATE_ALPHAS, KIND_COLOURS } from '$lib/core/timeline/style';
import { renderTimelineSvg } from '$lib/core/export/svg';
import { SvgSurface } from '$lib/core/export/svg-surface';

type Op =
	| { op: 'path'; d: string; paint: Paint; x: number; y: number }
	| { op: 'paths'; ds: readonly string[]; paint: Paint }
	| { op: 'links'; pts: readonly (readonly number[])[]; paint: Paint; heads: boolean }
	| { op: 'text'; s: string; x: number; y: number; style: TextStyle; align: Align }
	| { op: 'other'; name: string };

/** A surface that records what the marks ask it to draw (widths estimated at 6 px a character). */
class Recorder implements Surface {
	ops: Op[] = [];
	rects() {
		this.ops.push({ op: 'other', name: 'rects' });
	}
	lines() {
		this.ops.push({ op: 'other', name: 'lines' });
	}
	path(d: string, paint: Paint, x = 0, y = 0) {
		this.ops.push({ op: 'path', d, paint, x, y });
	}
	paths(ds: readonly string[], paint: Paint) {
		this.ops.push({ op: 'paths', ds, paint });
	}
	links(pts: readonly (readonly number[])[], paint: Paint, heads: boolean) {
		this.ops.push({ op: 'links', pts, paint, heads });
	}
	fade() {
		this.ops.push({ op: 'other', name: 'fade' });
	}
	bar() {
		this.ops.push({ op: 'other', name: 'bar' });
	}
	text(s: string, x: number, y: number, style: TextStyle, align: Align) {
		this.ops.push({ op: 'text', s, x, y, style, align });
	}
	measure(s: string) {
		return s.length * 6;
	}
	clip() {}
	unclip() {}
}

const story = storyToItems(FIXTURE_STORY);
const size = { width: 1200, height: 900 };
const layout = layoutTimeline(story.items, story.links, defaultView(), size);
const none: MarkState = { active: null, selected: null, hovered: null, unnamedLane: '—' };

function record(L: TimelineLayout, st = none): Op[] {
	const r = new Recorder();
	drawTimeline(L, size.height, r, st);
	return r.ops;
}

describe('drawTimeline', () => {
	it('draws every glyph with its kind’s one shape, filled or outlined in its status colour', () => {
		const glyphs = record(layout).filter((o): o is Extract<Op, { op: 'path' }> => o.op === 'path');
		expect(glyphs).toHaveLength(layout.glyphs.length);
		layout.glyphs.forEach((g, i) => {
			const o = glyphs[i];
			expect([o.d, o.x, o.y]).toEqual([GLYPHS[g.kind].d, g.x, g.y]);
			const colour = STATUS_COLOURS[g.status ?? 'none'];
			expect(GLYPHS[g.kind].stroked ? o.paint.stroke : o.paint.fill).toBe(colour);
		});
	});

	it('strokes each link type in its colour, and brings the hovered item’s links forward', () => {
		const denial = layout.links.find((l) => l.type === 'denies')!;
		const ops = record(layout, { ...none, hovered: denial.from });
		const strokes = ops.filter((o): o is Extract<Op, { op: 'links' }> => o.op === 'links' && !o.heads);
		expect(strokes.length).toBeGreaterThan(0);
		for (const o of strokes) expect(Object.values(LINK_COLOURS)).toContain(o.paint.stroke);
		const strong = strokes.filter((o) => o.paint.width! > 2);
		expect(strong.flatMap((o) => o.pts)).toContain(denial.p);
		const faint = strokes.filter((o) => (o.paint.alpha ?? 1) < 0.5).flatMap((o) => o.pts);
		expect(faint).not.toContain(denial.p);
		expect(faint.length).toBeGreaterThan(0);
		// the item at the other end wears a ring
		const ring = ops.find(
			(o): o is Extract<Op, { op: 'path' }> =>
				o.op === 'path' &&
				layout.glyphs.find((g) => g.id === denial.to)?.x === o.x &&
				o.paint.stroke === PALETTE.ink
		);
		expect(ring).toBeDefined();
	});

	it.each([false, true])('never draws a label over its own glyph (rtl %s), whatever the script', (rtl) => {
		const L = layoutTimeline(story.items, story.links, { ...defaultView(), rtl, lanes: 'none' }, size);
		const r = new Recorder();
		labelsMark(L.glyphs, r);
		const texts = r.ops.filter((o): o is Extract<Op, { op: 'text' }> => o.op === 'text');
		expect(texts.length).toBeGreaterThan(0);
		for (const t of texts) {
			const g = L.glyphs.find((x) => x.label === t.s)!;
			const w = r.measure(t.s);
			const left = t.align === 'left' ? t.x : t.x - w;
			const right = left + w;
			expect(right <= g.x - GLYPH_R || left >= g.x + GLYPH_R).toBe(true);
		}
	});
});

describe('one palette', () => {
	const palette = new Set(
		[
			...Object.values(PALETTE),
			...Object.values(STATUS_COLOURS),
			...Object.values(LINK_COLOURS),
			...Object.values(KIND_COLOURS)
		].map((c) => c.toLowerCase())
	);

	it('is every colour of an exported picture', () => {
		const { svg } = renderTimelineSvg({
			items: story.items,
			links: story.links,
			view: { ...defaultView(), lanes: 'kind' },
			scope: 'all',
			title: 'Fixture',
			sourceCount: 5
		});
		const used = new Set(
			[...svg.matchAll(/(?:fill|stroke|stop-color)="(#[0-9a-f]{6})"/gi)].map((m) => m[1].toLowerCase())
		);
		expect(used.size).toBeGreaterThan(4);
		expect([...used].filter((c) => !palette.has(c))).toEqual([]);
	});

	it('gives a denial’s link the same stroke on screen and in the file', () => {
		const ops = record(layout);
		const screen = ops.find(
			(o): o is Extract<Op, { op: 'links' }> => o.op === 'links' && o.paint.stroke === LINK_COLOURS.denies
		)!;
		const s = new SvgSurface();
		s.links(screen.pts, screen.paint, false);
		expect(s.toString()).toContain(
			`stroke="${LINK_COLOURS.denies}" stroke-width="1.2" stroke-dasharray="4 2"`
		);
		const { svg } = renderTimelineSvg({
			items: story.items,
			links: story.links,
			view: defaultView(),
			scope: 'all',
			title: 'Fixture',
			sourceCount: 5
		});
		expect(svg).toContain(`stroke="${LINK_COLOURS.denies}" stroke-width="1.2" stroke-dasharray="4 2"`);
	});

	it('shades density buckets in the levels the marks define', () => {
		expect(AGGREGATE_ALPHAS[0]).toBeLessThan(AGGREGATE_ALPHAS[AGGREGATE_ALPHAS.length - 1]);
	});
});
