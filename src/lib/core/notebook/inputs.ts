import type { Input } from '../story/read';
import type { SourceCell } from './model';

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
