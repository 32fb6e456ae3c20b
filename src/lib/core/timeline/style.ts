/**
 * The visual grammar shared by the live timeline and the exports (DESIGN.md §6): a glyph per kind,
 * a colour per status. Shapes are SVG path data centred on (0, 0) so any renderer can place them.
 */
import type { EventStatus } from '../story/model';
import type { ItemKind } from './item';

/** Colour per derived status; items without one (documents, free-standing statements) are grey. */
export const STATUS_COLOURS: Record<EventStatus | 'none', string> = {
	reported: '#b7791f',
	confirmed: '#2f855a',
	denied: '#c53030',
	disputed: '#805ad5',
	none: '#5b6474'
};

/** Accent per kind, used where status does not apply (legend, table chips). */
export const KIND_COLOURS: Record<ItemKind, string> = {
	event: '#2b6cb0',
	claim: '#b7791f',
	report: '#b7791f',
	denial: '#c53030',
	confirmation: '#2f855a',
	document: '#5b6474'
};

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
