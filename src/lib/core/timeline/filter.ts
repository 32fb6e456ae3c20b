/**
 * Filters shared by the timeline and the table: pure `(items, filters) → items`, plus the facet
 * values (actors, outlets, kinds, statuses, languages) a filter bar offers.
 */
import { fold } from '../text/normalize';
import type { TimelineItem } from './item';
import type { TimelineFilters } from './view';

/** What search needs of an actor (a story `Actor` is one): its id, names and other spellings. */
export interface ActorNames {
	id: string;
	names: { en: string; ar?: string; fa?: string };
	aliases: readonly string[];
}

/**
 * A string as search compares it: letters written several ways in Arabic and Persian folded to one
 * (ي/ى/ی, ك/ک, أ/إ/آ/ا, ة/ه…), diacritics, tatweel and the half-space dropped, Latin lower-cased.
 * @example searchKey('پوتین') === searchKey('پوتين')
 */
export function searchKey(s: string): string {
	return fold(s, { zwnj: 'drop' }).toLocaleLowerCase('en');
}

const hays = new WeakMap<TimelineItem, string>();
function hayOf(it: TimelineItem): string {
	let h = hays.get(it);
	if (h === undefined) {
		h = searchKey(`${it.label}\n${it.text}\n${it.actors.join('\n')}\n${it.outlets.join('\n')}`);
		hays.set(it, h);
	}
	return h;
}

/**
 * What a search finds: the query itself, and — through the actors whose names or spellings contain
 * it — every other name of those actors, in any script ("Putin" → بوتين, پوتین, Russian President…).
 * Returns the search keys to look for and the ids of the actors matched.
 * @example searchTerms('Putin', story.actors).actors // Set {'Vladimir Putin'}
 */
export function searchTerms(
	q: string,
	actors: readonly ActorNames[] = []
): { terms: string[]; actors: Set<string> } {
	const key = searchKey(q.trim());
	const terms = new Set<string>(key ? [key] : []);
	const ids = new Set<string>();
	if (key.length >= 2)
		for (const a of actors) {
			const names = [a.id, a.names.en, a.names.ar, a.names.fa, ...a.aliases]
				.filter((n): n is string => !!n)
				.map(searchKey)
				.filter((n) => n.length >= 2);
			if (!names.some((n) => n.includes(key))) continue;
			ids.add(a.id);
			for (const n of names) terms.add(n);
		}
	return { terms: [...terms], actors: ids };
}

/**
 * A compiled filter: one predicate, built once per filter set. The text search `q` matches label,
 * sentence, actors and outlets across scripts and spellings (see `searchTerms`); with `actors`
 * given it also finds the other names of the actors it names, and their items.
 */
export function itemPredicate(
	f: TimelineFilters,
	actorNames: readonly ActorNames[] = []
): (item: TimelineItem) => boolean {
	const actors = f.actors.length ? new Set(f.actors) : null;
	const outlets = f.outlets.length ? new Set(f.outlets) : null;
	const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
	const statuses = f.statuses.length ? new Set<string>(f.statuses) : null;
	const langs = f.langs.length ? new Set(f.langs) : null;
	const search = f.q.trim() ? searchTerms(f.q, actorNames) : null;
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
		if (search) {
			if (!it.actors.some((a) => search.actors.has(a))) {
				const hay = hayOf(it);
				if (!search.terms.some((t) => hay.includes(t))) return false;
			}
		}
		return true;
	};
}

/**
 * The items passing `filters`, in their original order.
 * @example filterItems(items, { ...emptyFilters(), actors: ['Taliban'] })
 */
export function filterItems(
	items: readonly TimelineItem[],
	filters: TimelineFilters,
	actors: readonly ActorNames[] = []
): TimelineItem[] {
	return items.filter(itemPredicate(filters, actors));
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
