import { describe, expect, it } from 'vitest';
import {
	defaultView,
	hasViewQuery,
	normalizeView,
	viewFromQuery,
	viewToQuery,
	withViewQuery,
	type TimelineView
} from '$lib/core/timeline';

const base = defaultView();
const views: [string, TimelineView][] = [
	['the default view', base],
	[
		'a Solar Hijri view with a Gregorian second row',
		{ ...base, calendar: 'persian', calendar2: 'gregorian', locale: 'fa' }
	],
	['lanes by outlet, right to left', { ...base, lanes: 'outlet', rtl: true }],
	['a zoom window of whole days', { ...base, window: { start: '2015-09-01', end: '2016-01-31' } }],
	[
		'a zoom window with times of day',
		{ ...base, window: { start: '2015-12-01T06:30Z', end: '2015-12-02T18:00Z' } }
	],
	[
		'every filter set',
		{
			...base,
			filters: {
				actors: ['Taliban', 'Kabul, Ministry of Interior'],
				outlets: ['ISNA'],
				kinds: ['denial', 'claim'],
				statuses: ['denied', 'none'],
				langs: ['fa', 'ar'],
				from: '2015-01-01',
				to: '2016-12-31',
				q: 'طالبان & "Moscow"'
			}
		}
	]
];

describe('view ↔ URL query', () => {
	it.each(views)('%s survives a round trip through the query string', (_name, v) => {
		const q = viewToQuery(v).toString();
		expect(viewFromQuery(q)).toEqual(normalizeView(v));
		expect(viewFromQuery(new URLSearchParams(q))).toEqual(v);
	});

	it.each(views)('%s round-trips under a prefix, next to another timeline', (_name, v) => {
		const q = viewToQuery(v, 't1.');
		q.set('t2.cal', 'islamic-umalqura');
		expect(viewFromQuery(q, 't1.')).toEqual(v);
		expect(viewFromQuery(q, 't2.').calendar).toBe('islamic-umalqura');
	});

	it('writes nothing for the default view, so plain links stay plain', () => {
		expect(viewToQuery(base).toString()).toBe('');
	});

	it('writes keys in a fixed order so the same view always gives the same link', () => {
		const v = views[5][1];
		expect(viewToQuery({ ...v, filters: { ...v.filters } }).toString()).toBe(viewToQuery(v).toString());
	});

	it.each([
		['an unknown calendar', 'cal=julian', { calendar: 'gregorian' }],
		['an unknown lane mode', 'lanes=colour', { lanes: 'actor' }],
		['a malformed window', 'win=yesterday..today', { window: null }],
		['an inverted window', 'win=2016-01-01..2015-01-01', { window: null }],
		['a malformed date filter', 'from=01/02/2015', {}],
		['an unknown kind', 'kind=rumour,denial', {}]
	])('drops %s instead of trusting it', (_name, q, expected) => {
		const v = viewFromQuery(q);
		expect(v).toMatchObject(expected);
		if (q.startsWith('from')) expect(v.filters.from).toBeNull();
		if (q.startsWith('kind')) expect(v.filters.kinds).toEqual(['denial']);
	});

	it('normalizes junk into the default view', () => {
		expect(normalizeView(null)).toEqual(base);
		expect(normalizeView('x')).toEqual(base);
		expect(normalizeView({ filters: 3, lanes: 7 })).toEqual(base);
	});
});

describe('the view in a page address', () => {
	it('carries the table toggle and drops it when off', () => {
		const v: TimelineView = { ...defaultView(), table: true };
		expect(viewToQuery(v).toString()).toBe('table=1');
		expect(viewFromQuery('table=1').table).toBe(true);
		expect('table' in viewFromQuery('')).toBe(false);
	});

	it('replaces one cell’s view and keeps the others’ keys', () => {
		const q = new URLSearchParams('c-b.v=1&c-b.cal=persian&c-a.v=1&c-a.lanes=kind&x=1');
		const next = withViewQuery(q, { ...defaultView(), calendar: 'islamic-umalqura', table: true }, 'c-a.');
		expect(next.toString()).toBe('c-b.v=1&c-b.cal=persian&x=1&c-a.v=1&c-a.cal=islamic-umalqura&c-a.table=1');
		expect(viewFromQuery(next, 'c-b.').calendar).toBe('persian');
		expect(viewFromQuery(next, 'c-a.').lanes).toBe('actor');
	});

	it('says whether an address holds a cell’s view, even the default one', () => {
		const q = withViewQuery(new URLSearchParams(), defaultView(), 'c-a.');
		expect(hasViewQuery(q, 'c-a.')).toBe(true);
		expect(hasViewQuery(q, 'c-b.')).toBe(false);
		expect(hasViewQuery(new URLSearchParams('cal=persian'))).toBe(true);
		expect(hasViewQuery(new URLSearchParams('n=100'))).toBe(false);
	});
});
