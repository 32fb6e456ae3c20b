import type { PublishedSource } from '../story/model';
import type { TimeValue } from '../time/time-value';
import { newCell, emptyNotebook, insertCell } from './edit';
import type { Random } from './ids';
import { metaDate } from '../story/read';
import { defaultView } from '../timeline/view';
import type { Notebook, SourceCell, SourcePart } from './model';

/** What `seeds/manifest.json` may say about one seed file (C owns the file; every field optional). */
export interface SeedFacts {
	file?: string;
	path?: string;
	title?: string | null;
	lang?: string | null;
	outlet?: string | null;
	url?: string | null;
	/** A TimeValue, or an ISO day. */
	published?: TimeValue | string | null;
	publishedSource?: PublishedSource | null;
	/** Alternative name for publishedSource. */
	how?: PublishedSource | null;
	/** Facts about the second, third… article in the same file. */
	parts?: SeedFacts[];
}

/**
 * The facts for each seed file name from a manifest in any of the shapes it may take: a list of
 * records with `file`/`path`, an object keyed by file name, or `{seeds: [...]}`. Unknown shapes
 * give an empty map (the seeds then open with nothing known — never invented).
 */
export function seedFactsByFile(manifest: unknown): Map<string, SeedFacts> {
	const out = new Map<string, SeedFacts>();
	const base = (p: string) => p.split('/').pop() ?? p;
	const add = (key: string, v: unknown) => {
		if (v && typeof v === 'object') out.set(base(key), v as SeedFacts);
	};
	if (Array.isArray(manifest)) {
		for (const r of manifest) if (r && typeof r === 'object') add(String(r.file ?? r.path ?? ''), r);
	} else if (manifest && typeof manifest === 'object') {
		const m = manifest as Record<string, unknown>;
		const list = m.seeds ?? m.documents ?? m.files;
		if (list && typeof list === 'object') return seedFactsByFile(list);
		for (const [k, v] of Object.entries(m)) if (k.includes('.')) add(k, v);
	}
	return out;
}

function publishedValue(p: SeedFacts['published']): TimeValue | null {
	if (!p) return null;
	try {
		return metaDate(p);
	} catch {
		return null; // a malformed date in the manifest is left unknown rather than guessed
	}
}

/**
 * The seed notebook: one source cell per file (in file-name order) with what the manifest knows,
 * after a first timeline cell. Example: `seedNotebook([{name:'a.txt', text:'…'}], manifest)`.
 */
export function seedNotebook(
	files: { name: string; text: string }[],
	manifest: unknown,
	opts: { id?: string; title?: string; random?: Random } = {}
): Notebook {
	const facts = seedFactsByFile(manifest);
	let nb = emptyNotebook(opts.id ?? 'seed', opts.title ?? 'Russia, Pakistan and the Taliban against ISIS');
	const sorted = files.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const f of sorted) {
		const m = facts.get(f.name) ?? {};
		const published = publishedValue(m.published);
		const init: Partial<SourceCell> = {
			// No title unless the manifest gives one: the reader finds the headline (a first line may be a date).
			title: (m.title ?? '').slice(0, 200),
			text: f.text,
			lang: m.lang ?? null,
			outlet: m.outlet ?? null,
			url: m.url ?? null,
			published,
			publishedSource: published ? (m.publishedSource ?? m.how ?? 'analyst') : null,
			filename: f.name,
			parts: (m.parts ?? []).map((p): SourcePart => {
				const v = publishedValue(p.published);
				return {
					title: p.title ?? null,
					outlet: p.outlet ?? null,
					published: v,
					publishedSource: v ? (p.publishedSource ?? p.how ?? 'analyst') : null
				};
			})
		};
		nb = insertCell(nb, newCell(nb, 'source', init, opts.random));
	}
	// The timeline comes first: it is the story at a glance, the sources below are its evidence.
	// Lanes by kind keep the documents' publication marks in one lane of their own.
	const view = { ...defaultView(), lanes: 'kind' as const };
	nb = insertCell(nb, newCell(nb, 'timeline', { title: 'Timeline', view }, opts.random), 0);
	// A second view, as an analyst would set it up: the autumn of 2015, when the claims and the
	// denials were made, on the Solar Hijri axis of the Persian sources with Gregorian below, one
	// lane per actor. It only stores a view (a decision); the items are recomputed as everywhere.
	const close = {
		...defaultView(),
		calendar: 'persian' as const,
		calendar2: 'gregorian' as const,
		lanes: 'actor' as const,
		window: { start: '2015-09-01', end: '2016-01-16' }
	};
	nb = insertCell(
		nb,
		newCell(nb, 'timeline', { title: 'Autumn 2015 · پاییز ۱۳۹۴', view: close }, opts.random),
		1
	);
	return nb;
}
