/**
 * The timeline's whole view as one plain value — filters, lanes, display calendars, zoom window —
 * which the notebook stores per cell and the URL query carries, so that a link reproduces it.
 */
import type { EventStatus } from '../story/model';
import type { CalendarId } from '../time/time-value';
import type { DisplayLocale } from './axis-calendar';
import type { ItemKind } from './item';

export type LaneMode = 'actor' | 'outlet' | 'kind' | 'document' | 'none';

/** Filters shared by the timeline and the table. Empty lists mean "no restriction". */
export interface TimelineFilters {
	actors: string[];
	outlets: string[];
	kinds: ItemKind[];
	/** 'none' matches items without a status (documents, statements about nothing). */
	statuses: (EventStatus | 'none')[];
	langs: string[];
	/** ISO day, inclusive; items overlapping [from, to] pass. Undated items pass a date filter only when both are null. */
	from: string | null;
	to: string | null;
	/** Case-insensitive text search over label, text, actors, outlets. */
	q: string;
}

export interface TimelineView {
	filters: TimelineFilters;
	lanes: LaneMode;
	calendar: CalendarId;
	/** A second row of labels in another calendar, or null. */
	calendar2: CalendarId | null;
	/** Label locale; null = the calendar's own (fa for Solar Hijri, ar for lunar Hijri, en for Gregorian). */
	locale: DisplayLocale | null;
	/** The zoom window as ISO days [start, end) (end exclusive), or null = fit everything. */
	window: { start: string; end: string } | null;
	/** Right-to-left layout: time runs from right to left, lane labels on the right. */
	rtl: boolean;
	/** The table of the same items shown under the timeline; absent = hidden (older files have no key). */
	table?: true;
}

/** A filter set that lets everything through. */
export function emptyFilters(): TimelineFilters {
	return { actors: [], outlets: [], kinds: [], statuses: [], langs: [], from: null, to: null, q: '' };
}

/** The default view: Gregorian, lanes by actor, everything shown, fitted. */
export function defaultView(): TimelineView {
	return {
		filters: emptyFilters(),
		lanes: 'actor',
		calendar: 'gregorian',
		calendar2: null,
		locale: null,
		window: null,
		rtl: false
	};
}

/**
 * Fills the gaps of a partial (possibly hand-edited or older) view with defaults; unknown values
 * are dropped rather than trusted. The one place loose view input is normalised.
 */
export function normalizeView(v: unknown): TimelineView {
	const d = defaultView();
	if (!v || typeof v !== 'object') return d;
	const o = v as Record<string, unknown>;
	const f = (o.filters && typeof o.filters === 'object' ? o.filters : {}) as Record<string, unknown>;
	const strs = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
	const iso = (x: unknown) => (typeof x === 'string' && ISO_DAY.test(x) ? x : null);
	const w = o.window as Record<string, unknown> | null | undefined;
	return {
		filters: {
			actors: strs(f.actors),
			outlets: strs(f.outlets),
			kinds: strs(f.kinds).filter((k): k is ItemKind => KINDS.includes(k as ItemKind)),
			statuses: strs(f.statuses).filter((s): s is EventStatus | 'none' =>
				STATUSES.includes(s as EventStatus)
			),
			langs: strs(f.langs),
			from: iso(f.from),
			to: iso(f.to),
			q: typeof f.q === 'string' ? f.q : ''
		},
		lanes: LANES.includes(o.lanes as LaneMode) ? (o.lanes as LaneMode) : d.lanes,
		calendar: CALENDARS.includes(o.calendar as CalendarId) ? (o.calendar as CalendarId) : d.calendar,
		calendar2: CALENDARS.includes(o.calendar2 as CalendarId) ? (o.calendar2 as CalendarId) : null,
		locale: LOCALES.includes(o.locale as DisplayLocale) ? (o.locale as DisplayLocale) : null,
		window:
			w && typeof w === 'object' && iso(w.start) && iso(w.end) && String(w.start) < String(w.end)
				? { start: String(w.start), end: String(w.end) }
				: null,
		rtl: o.rtl === true,
		...(o.table === true ? { table: true as const } : {})
	};
}

const ISO_DAY = /^-?\d{4,6}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;
const KINDS: ItemKind[] = ['event', 'claim', 'report', 'denial', 'confirmation', 'document'];
const STATUSES: (EventStatus | 'none')[] = ['reported', 'confirmed', 'denied', 'disputed', 'none'];
const LANES: LaneMode[] = ['actor', 'outlet', 'kind', 'document', 'none'];
const CALENDARS: CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];
const LOCALES: DisplayLocale[] = ['en', 'ar', 'fa'];

/**
 * Serialises a view into URL query pairs (only what differs from the default, in a fixed key
 * order so the same view always gives the same link). `prefix` namespaces several timelines on
 * one page ("t1." → "t1.cal=persian").
 * @example viewToQuery({...defaultView(), calendar: 'persian'}).toString() // 'cal=persian'
 */
export function viewToQuery(view: TimelineView, prefix = ''): URLSearchParams {
	const p = new URLSearchParams();
	const d = defaultView();
	const set = (k: string, v: string) => p.set(prefix + k, v);
	const list = (k: string, v: string[]) => {
		if (v.length) set(k, v.join(','));
	};
	if (view.calendar !== d.calendar) set('cal', view.calendar);
	if (view.calendar2) set('cal2', view.calendar2);
	if (view.locale) set('loc', view.locale);
	if (view.lanes !== d.lanes) set('lanes', view.lanes);
	if (view.rtl) set('rtl', '1');
	if (view.table) set('table', '1');
	if (view.window) set('win', `${view.window.start}..${view.window.end}`);
	const f = view.filters;
	list('actor', f.actors.map(encodeListItem));
	list('outlet', f.outlets.map(encodeListItem));
	list('kind', f.kinds);
	list('status', f.statuses);
	list('lang', f.langs);
	if (f.from) set('from', f.from);
	if (f.to) set('to', f.to);
	if (f.q) set('q', f.q);
	return p;
}

// Actor and outlet ids may contain commas ("Kabul, Ministry of …"): escape them inside lists.
function encodeListItem(s: string): string {
	return s.replace(/%/g, '%25').replace(/,/g, '%2C');
}
function decodeListItem(s: string): string {
	return s.replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/**
 * Reads a view back from URL query pairs written by `viewToQuery` (missing keys → defaults,
 * malformed values dropped). `viewFromQuery(viewToQuery(v))` equals `normalizeView(v)`.
 */
export function viewFromQuery(params: URLSearchParams | string, prefix = ''): TimelineView {
	const p = typeof params === 'string' ? new URLSearchParams(params) : params;
	const get = (k: string) => p.get(prefix + k);
	const list = (k: string) => {
		const v = get(k);
		return v ? v.split(',').filter(Boolean).map(decodeListItem) : [];
	};
	const win = get('win')?.split('..');
	return normalizeView({
		filters: {
			actors: list('actor'),
			outlets: list('outlet'),
			kinds: list('kind'),
			statuses: list('status'),
			langs: list('lang'),
			from: get('from'),
			to: get('to'),
			q: get('q') ?? ''
		},
		lanes: get('lanes') ?? undefined,
		calendar: get('cal') ?? undefined,
		calendar2: get('cal2'),
		locale: get('loc'),
		window: win && win.length === 2 ? { start: win[0], end: win[1] } : null,
		rtl: get('rtl') === '1',
		table: get('table') === '1'
	});
}

/** True when the query holds any key of the view under `prefix` (a link that says how to show it). */
export function hasViewQuery(params: URLSearchParams, prefix = ''): boolean {
	for (const k of params.keys()) if (k.startsWith(prefix) && (prefix || VIEW_KEYS.has(k))) return true;
	return false;
}

const VIEW_KEYS = new Set([
	'v',
	'cal',
	'cal2',
	'loc',
	'lanes',
	'rtl',
	'table',
	'win',
	'actor',
	'outlet',
	'kind',
	'status',
	'lang',
	'from',
	'to',
	'q'
]);

/**
 * The query `params` with the view under `prefix` replaced by `view` (other keys kept, in order):
 * what the address bar shows after a change, so that a copied link reproduces the view. A `v=1`
 * key under the prefix marks the view as given even when it is the default one.
 * @example withViewQuery(new URLSearchParams('x=1'), {...defaultView(), calendar: 'persian'}, 'c-1.').toString() // 'x=1&c-1.v=1&c-1.cal=persian'
 */
export function withViewQuery(params: URLSearchParams, view: TimelineView, prefix: string): URLSearchParams {
	const out = new URLSearchParams();
	for (const [k, v] of params) if (!k.startsWith(prefix)) out.append(k, v);
	out.set(prefix + 'v', '1');
	for (const [k, v] of viewToQuery(view, prefix)) out.set(k, v);
	return out;
}
