import type { Input } from '../story/read';
import type { NotebookActor, SourceCell } from './model';

/**
 * What the story reader gets from a source cell: its text under the cell id as path, and the
 * metadata the analyst or the seed gave it (language, outlet, URL, title, publication date and its
 * source, and the same for each later article in the text).
 */
export function sourceInput(c: SourceCell): Input {
	return {
		path: c.id,
		text: c.text,
		meta: {
			lang: c.lang,
			outlet: c.outlet,
			url: c.url,
			title: c.title || null,
			published: c.published,
			publishedSource: c.publishedSource,
			parts: c.parts.map((p) => ({
				title: p.title,
				outlet: p.outlet,
				published: p.published,
				publishedSource: p.publishedSource
			}))
		}
	};
}

/**
 * What is wrong with an actor as the analyst typed it, or null: the gazetteer's line format keeps
 * `|`, `;` and line breaks as separators, and `-` alone means "none", so a name holding them could
 * not be read back. Example: `actorProblem({id: 'A; B', …})` → 'A name cannot contain “;” …'.
 */
export function actorProblem(a: NotebookActor): string | null {
	const names = [a.id, a.names.en, a.names.ar, a.names.fa, a.parent, ...a.aliases].filter(
		(n): n is string => typeof n === 'string'
	);
	if (!a.id.trim()) return 'Give the actor a name.';
	for (const n of names) {
		if (/[;|\n\r]/.test(n)) return `A name cannot contain “;”, “|” or a line break: “${n}”.`;
		if (n.trim() === '-' || n.trim().startsWith('#')) return `“${n}” is not a name.`;
	}
	if (names.some((n) => n.trim().length < 2)) return 'Names need at least two letters.';
	return null;
}

/**
 * The notebook's actors as gazetteer lines (the shipped data's format), for `ReadOptions.gazetteer`;
 * '' when there are none. Actors `actorProblem` refuses are left out. Deterministic.
 * @example actorLines([{id: 'Ned Price', kind: 'person', names: {en: 'Ned Price'}, aliases: ['Price']}])
 *   → 'Ned Price | person | - | Ned Price | - | - | Price | - | -'
 */
export function actorLines(actors: NotebookActor[]): string {
	const field = (v: string | null | undefined) => (v && v.trim() ? v.trim() : '-');
	const list = (vs: string[]) => (vs.length ? vs.map((v) => v.trim()).join('; ') : '-');
	return actors
		.filter((a) => actorProblem(a) === null)
		.map((a) =>
			[
				a.id.trim(),
				a.kind,
				field(a.parent),
				field(a.names.en),
				field(a.names.ar),
				field(a.names.fa),
				list(a.aliases.filter((x) => x.trim())),
				'-',
				'-'
			].join(' | ')
		)
		.join('\n');
}
