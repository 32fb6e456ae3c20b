/**
 * Filters shared by the timeline and the table: pure `(items, filters) → items`, plus the facet
 * values (actors, outlets, kinds, statuses, languages) a filter bar offers.
 */
import type { TimelineItem } from './item';
import type { TimelineFilters } from './view';

/** A compiled filter: one predicate, built once per filter set. */
export function itemPredicate(f: TimelineFilters): (item: TimelineItem) => boolean {
	const actors = f.actors.length ? new Set(f.actors) : null;
	const outlets = f.outlets.length ? new Set(f.outlets) : null;
	const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
	const statuses = f.statuses.length ? new Set<string>(f.statuses) : null;
	const langs = f.langs.length ? new Set(f.langs) : null;
	const q = f.q.trim().toLocaleLowerCase();
	const from = f.from;
	const to = f.to;
	return (it) => {
		if (kinds && !kinds.has(it.kind)) return false;
		if (statuses && !statuses.has(it.status ?? 'none')) return false;
		if (langs && !langs.has(it.lang)) return false;
		if (actors && !it.actors.some((a) => actors.has(a))) return false;
		if (outlets && !it.outlets.some((o) => outlets.has(o))) return false;
		if (from || to) {
			// A date range keeps the items whose [earliest, latest] overlaps it; undated items cannot.
			if (!it.when) return false;
			if (from && it.when.latest < from) return false;
			if (to && it.when.earliest > to) return false;
		}
		if (q) {
			const hay =
				`${it.label}\n${it.text}\n${it.actors.join('\n')}\n${it.outlets.join('\n')}`.toLocaleLowerCase();
			if (!hay.includes(q)) return false;
		}
		return true;
	};
}

/**
 * The items passing `filters`, in their original order.
 * @example filterItems(items, { ...emptyFilters(), actors: ['Taliban'] })
 */
export function filterItems(items: readonly TimelineItem[], filters: TimelineFilters): TimelineItem[] {
	return items.filter(itemPredicate(filters));
}

export interface Facets {
	actors: { value: string; count: number }[];
	outlets: { value: string; count: number }[];
	kinds: { value: string; count: number }[];
	statuses: { value: string; count: number }[];
	langs: { value: string; count: number }[];
}

/** Distinct facet values with counts, most frequent first (ties by name), for a filter bar. */
export function facets(items: readonly TimelineItem[]): Facets {
	const maps = {
		actors: new Map<string, number>(),
		outlets: new Map<string, number>(),
		kinds: new Map<string, number>(),
		statuses: new Map<string, number>(),
		langs: new Map<string, number>()
	};
	const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
	for (const it of items) {
		for (const a of new Set(it.actors)) bump(maps.actors, a);
		for (const o of new Set(it.outlets)) bump(maps.outlets, o);
		bump(maps.kinds, it.kind);
		bump(maps.statuses, it.status ?? 'none');
		if (it.lang) bump(maps.langs, it.lang);
	}
	const sorted = (m: Map<string, number>) =>
		[...m]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
	return {
		actors: sorted(maps.actors),
		outlets: sorted(maps.outlets),
		kinds: sorted(maps.kinds),
		statuses: sorted(maps.statuses),
		langs: sorted(maps.langs)
	};
}
