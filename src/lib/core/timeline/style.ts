/**
 * The visual grammar shared by every renderer of the timeline (DESIGN.md §6): one palette, a glyph
 * per kind, a colour per status, a stroke per link type. The canvas, the SVG overlay, the exported
 * SVG and the on-screen legend all read their colours and shapes from here (marks.ts draws with
 * them); nothing else in the app names a timeline colour.
 */
import type { EventStatus } from '../story/model';
import type { ItemKind, TimelineLink } from './item';

/** Colour per derived status; items without one (documents, free-standing statements) are grey. */
export const STATUS_COLOURS: Record<EventStatus | 'none', string> = {
	reported: '#b7791f',
	confirmed: '#2f855a',
	denied: '#c53030',
	disputed: '#805ad5',
	none: '#5b6474'
};

/** Accent per kind, used where status does not apply (table chips). */
export const KIND_COLOURS: Record<ItemKind, string> = {
	event: '#2b6cb0',
	claim: '#b7791f',
	report: '#b7791f',
	denial: '#c53030',
	confirmation: '#2f855a',
	document: '#5b6474'
};

/** Stroke colour per link type: a denial's link is red like a denied status, a confirmation's green. */
export const LINK_COLOURS: Record<TimelineLink['type'], string> = {
	denies: '#c53030',
	'reports-on': '#718096',
	confirms: '#2f855a'
};

/** Dash pattern per link type (px); solid where empty. */
export const LINK_DASH: Record<TimelineLink['type'], readonly number[]> = {
	denies: [4, 2],
	'reports-on': [],
	confirms: [1, 2]
};

/** Everything else a timeline is painted with. */
export const PALETTE = {
	ink: '#1d2330',
	muted: '#5b6474',
	accent: '#1f5fa8',
	/** The plot's background (the canvas is opaque) and the inside of outlined glyphs. */
	paper: '#ffffff',
	/** Every other lane. */
	/** The rule between two lanes. */
	laneRule: '#eef0f4',
	axisBackground: '#fbfbf8',
	axisRule: '#d9dee7',
	tick: '#9aa3b2',
	grid: '#eef0f4',
	gridMajor: '#dde1e8',
	/** Density buckets: this grey at an opacity that grows with the count. */
	aggregate: '#4a5568',
	/** Count on a bucket dark enough to need it. */
	aggregateText: '#ffffff'
} as const;

/** Shades of a density bucket, lightest first: the bucket's density picks one. */
export const AGGREGATE_SHADES = 6;
export const AGGREGATE_ALPHAS: readonly number[] = Array.from(
	{ length: AGGREGATE_SHADES },
	(_, lv) => 0.15 + (0.6 * (lv + 1)) / AGGREGATE_SHADES
);

/**
 * Opacity along an approximate date's span, as [offset 0..1, opacity 0..1] stops: full in the middle
 * and fading to nothing at both ends, so "about September" does not read as a hard-edged interval.
 */
export const SPAN_FADE: readonly (readonly [number, number])[] = [
	[0, 0],
	[0.3, 1],
	[0.7, 1],
	[1, 0]
];

/** The fill colour of an item's glyph. */
export function statusColour(status: EventStatus | null): string {
	return STATUS_COLOURS[status ?? 'none'];
}

const f = (n: number) => Math.round(n * 100) / 100;

/**
 * The glyph of a kind as SVG path data of radius `r` (px) centred on the origin:
 * event ●, claim/report ◆, denial ⊘ (ring and bar, drawn with a stroke), confirmation ▲, document ▮.
 * `stroked` says the shape is meant as an outline (the denial) rather than a filled form.
 * @example glyphPath('event', 6).d // 'M6,0A6,6 0 1,1 -6,0A6,6 0 1,1 6,0Z'
 */
export function glyphPath(kind: ItemKind, r: number): { d: string; stroked: boolean } {
	switch (kind) {
		case 'event':
			return {
				d: `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`,
				stroked: false
			};
		case 'claim':
		case 'report':
			return { d: `M0,${f(-r)}L${f(r)},0L0,${f(r)}L${f(-r)},0Z`, stroked: false };
		case 'denial': {
			const q = r * 0.8;
			const k = q * Math.SQRT1_2;
			return {
				d: `M${f(q)},0A${f(q)},${f(q)} 0 1,1 ${f(-q)},0A${f(q)},${f(q)} 0 1,1 ${f(q)},0ZM${f(-k)},${f(k)}L${f(k)},${f(-k)}`,
				stroked: true
			};
		}
		case 'confirmation':
			return { d: `M0,${f(-r)}L${f(r)},${f(r * 0.75)}L${f(-r)},${f(r * 0.75)}Z`, stroked: false };
		default:
			return { d: `M${f(-r * 0.55)},${f(-r)}H${f(r * 0.55)}V${f(r)}H${f(-r * 0.55)}Z`, stroked: false };
	}
}

/**
 * The glyph every renderer draws for each kind (radius 6–7 px, the shapes of `glyphPath`): the
 * canvas fills and strokes these, the SVG overlay uses them as hit targets, the export and the
 * legend draw them.
 */
export const GLYPHS: Readonly<Record<ItemKind, { d: string; stroked: boolean }>> = {
	event: glyphPath('event', 6),
	claim: glyphPath('claim', 6.5),
	report: glyphPath('report', 6.5),
	denial: glyphPath('denial', 7),
	confirmation: glyphPath('confirmation', 6.5),
	document: glyphPath('document', 6)
};

/** How a shape is filled and outlined. Absent fill or stroke: not painted. */
export interface Paint {
	fill?: string;
	stroke?: string;
	/** Stroke width, px. */
	width?: number;
	dash?: readonly number[];
	/** Opacity 0..1 of the whole shape (default 1). */
	alpha?: number;
}

/** Which ring a glyph wears: keyboard focus, selection, or a link to the item in focus. */
export type Ring = 'none' | 'active' | 'selected' | 'related';
const RINGS: Ring[] = ['none', 'active', 'selected', 'related'];
const STATUSES: (EventStatus | 'none')[] = ['reported', 'confirmed', 'denied', 'disputed', 'none'];

// Every glyph paint made once (5 statuses × outlined or not × 4 rings × exact or approximate), so a
// frame hands the same objects to the renderer, allocates none and builds no key strings.
const STATUS_INDEX: Record<EventStatus | 'none', number> = {
	reported: 0,
	confirmed: 1,
	denied: 2,
	disputed: 3,
	none: 4
};
const RING_INDEX: Record<Ring, number> = { none: 0, active: 1, selected: 2, related: 3 };
const GLYPH_PAINTS: Paint[] = [];
for (const s of STATUSES)
	for (const stroked of [false, true])
		for (const ring of RINGS)
			for (const approximate of [false, true]) {
				const colour = STATUS_COLOURS[s];
				const stroke =
					ring === 'active'
						? PALETTE.accent
						: ring === 'selected' || ring === 'related'
							? PALETTE.ink
							: stroked
								? colour
								: PALETTE.paper;
				const width =
					ring === 'active' ? 3 : ring === 'selected' ? 2.5 : ring === 'related' ? 2 : stroked ? 2 : 1;
				GLYPH_PAINTS[glyphPaintIndex(STATUS_INDEX[s], stroked, RING_INDEX[ring], approximate)] = {
					fill: stroked ? PALETTE.paper : colour,
					stroke,
					width,
					alpha: approximate ? 0.45 : 1
				};
			}

function glyphPaintIndex(status: number, stroked: boolean, ring: number, approximate: boolean): number {
	return ((status * 2 + (stroked ? 1 : 0)) * 4 + ring) * 2 + (approximate ? 1 : 0);
}

/**
 * The paint of a glyph: filled in its status colour (outlined for a denial), ringed when focused,
 * selected or linked to the item in focus, faded when its date is approximate.
 */
export function glyphPaint(
	kind: ItemKind,
	status: EventStatus | null,
	ring: Ring = 'none',
	approximate = false
): Paint {
	return GLYPH_PAINTS[
		glyphPaintIndex(STATUS_INDEX[status ?? 'none'], GLYPHS[kind].stroked, RING_INDEX[ring], approximate)
	];
}

const LINK_PAINTS = new Map<string, Paint>();
for (const t of Object.keys(LINK_COLOURS) as TimelineLink['type'][])
	for (const emphasis of ['normal', 'strong', 'faint'] as const) {
		LINK_PAINTS.set(`${t}|${emphasis}`, {
			stroke: LINK_COLOURS[t],
			width: emphasis === 'strong' ? 2.2 : 1.2,
			dash: LINK_DASH[t],
			alpha: emphasis === 'faint' ? 0.3 : emphasis === 'strong' ? 1 : 0.85
		});
		LINK_PAINTS.set(`${t}|${emphasis}|head`, {
			fill: LINK_COLOURS[t],
			alpha: emphasis === 'faint' ? 0.3 : 1
		});
	}

/**
 * The stroke of a link (or the fill of its arrowhead): 'strong' when it touches the item in focus,
 * 'faint' when another item is in focus.
 */
export function linkPaint(
	type: TimelineLink['type'],
	emphasis: 'normal' | 'strong' | 'faint' = 'normal',
	head = false
): Paint {
	return LINK_PAINTS.get(`${type}|${emphasis}${head ? '|head' : ''}`)!;
}

/** A text style: size (px), weight, colour; `font` is the CSS shorthand a canvas takes. */
export interface TextStyle {
	size: number;
	weight: 400 | 700;
	fill: string;
	font: string;
}

/** The font stack of every timeline text, on screen and in files (Vazirmatn ships with the app). */
export const FONT_FAMILY = "Vazirmatn, 'Noto Sans Arabic', 'DejaVu Sans', system-ui, sans-serif";

/** A text style of `size` px and `weight` in `fill`. */
export function textStyle(size: number, weight: 400 | 700, fill: string): TextStyle {
	return { size, weight, fill, font: `${weight === 700 ? '700 ' : ''}${size}px ${FONT_FAMILY}` };
}

/** The timeline's texts: tick labels (major ones bold), the second row, lane names, item labels, counts. */
export const TEXT = {
	tick: textStyle(11, 400, PALETTE.ink),
	tickMajor: textStyle(11, 700, PALETTE.ink),
	tick2: textStyle(11, 400, PALETTE.muted),
	lane: textStyle(11, 700, PALETTE.muted),
	laneCount: textStyle(11, 400, PALETTE.muted),
	label: textStyle(11, 400, PALETTE.ink),
	count: textStyle(10, 700, PALETTE.ink),
	countOnDark: textStyle(10, 700, PALETTE.aggregateText),
	legend: textStyle(12, 400, PALETTE.ink)
} as const;
