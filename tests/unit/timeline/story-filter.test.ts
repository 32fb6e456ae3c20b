import { describe, expect, it } from 'vitest';
import {
	FIXTURE_STORY,
	emptyFilters,
	facets,
	filterItems,
	storyToItems,
	type TimelineFilters
} from '$lib/core/timeline';

const { items, links } = storyToItems(FIXTURE_STORY);
const ids = (f: Partial<TimelineFilters>) =>
	filterItems(items, { ...emptyFilters(), ...f })
		.map((i) => i.id)
		.sort();

describe('storyToItems', () => {
	it('makes one item per event, statement and document — undated ones included', () => {
		const s = FIXTURE_STORY;
		expect(items).toHaveLength(s.events.length + s.statements.length + s.documents.length);
		expect(items.filter((i) => i.when === null).map((i) => i.id)).toEqual(['s8', 'd3']);
	});

	it('gives documents their publication date and outlet', () => {
		const d2 = items.find((i) => i.id === 'd2')!;
		expect(d2).toMatchObject({ kind: 'document', outlets: ['ISNA'], lang: 'fa' });
		expect(d2.when?.earliest).toBe('2015-12-26');
	});

	it('gives a statement the speaker first, the event participants next, and the status of its event', () => {
		const s3 = items.find((i) => i.id === 's3')!;
		expect(s3.actors).toEqual(['Taliban', 'Russia']);
		expect(s3.status).toBe('denied');
		expect(s3.kind).toBe('denial');
	});

	it('counts outlets in the chain of attribution as sources', () => {
		expect(items.find((i) => i.id === 's1')!.outlets).toEqual(['ISNA', 'CNN']);
	});

	it('keeps denies links, drops same-as links, and links each statement to the event it is about', () => {
		expect(links).toContainEqual({ type: 'denies', from: 's3', to: 's1' });
		expect(links.some((l) => (l.type as string) === 'same-as')).toBe(false);
		expect(links).toContainEqual({ type: 'denies', from: 's4', to: 'e2' });
		expect(links).toContainEqual({ type: 'reports-on', from: 's5', to: 'e2' });
	});
});

describe('filters shared by the timeline and the table', () => {
	it.each<[string, Partial<TimelineFilters>, string[]]>([
		['no filter', {}, items.map((i) => i.id).sort()],
		['actor Taliban and outlet ISNA', { actors: ['Taliban'], outlets: ['ISNA'] }, ['e1', 's1', 's2']],
		['kind denial', { kinds: ['denial'] }, ['s3', 's4']],
		['status reported', { statuses: ['reported'] }, ['e3', 's6', 's7']],
		[
			'status none (documents and free statements)',
			{ statuses: ['none'] },
			['d0', 'd1', 'd2', 'd3', 'd4', 's8']
		],
		[
			'language fa (an item takes the language of its first evidence)',
			{ langs: ['fa'] },
			['d2', 'e1', 's1', 's2']
		],
		[
			'a date range (overlap, undated excluded)',
			{ from: '2015-12-24', to: '2015-12-26' },
			['d2', 'e1', 's2', 's5']
		],
		['a search in Arabic', { q: 'بوتين' }, ['s4']],
		// the event, and the two statements whose labels say they are about it
		['a search, case-insensitive', { q: 'PUTIN meets' }, ['e2', 's4', 's5']]
	])('%s keeps exactly the expected items', (_n, f, expected) => {
		expect(ids(f)).toEqual(expected);
	});

	it('lists facet values with counts, most frequent first', () => {
		const f = facets(items);
		expect(f.actors[0]).toEqual({ value: 'Taliban', count: 9 });
		expect(f.kinds.map((k) => k.value)).toContain('document');
	});
});
