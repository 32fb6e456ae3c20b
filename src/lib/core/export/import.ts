import type { Story } from '../story/model';
import type { TimelineItem, TimelineLink } from '../timeline/item';
import { ImportError } from './import-error';
import { readItemsCsv } from './items-csv';
import { ITEMS_FORMAT, parseItemsJson, parseJsonText, parseStoryJson } from './json';
import { parseTimelineJs } from './timelinejs';

/** What an uploaded file turned out to be. */
export type ImportedFile =
	| {
			kind: 'items';
			format: 'csv' | 'items-json' | 'timelinejs';
			items: TimelineItem[];
			links: TimelineLink[];
	  }
	| { kind: 'story'; format: 'story-json'; story: Story };

/**
 * Reads an uploaded .csv or .json file made by the exports: items CSV, items JSON, story JSON
 * (also `taqvim extract` output) or TimelineJS3 JSON, told apart by extension and shape.
 * Throws ImportError (row/column or JSON path named) for bad content or an unknown kind of file.
 * Example: `importFile('items.csv', text)` → `{kind:'items', format:'csv', items, links: []}`.
 */
export function importFile(name: string, text: string): ImportedFile {
	const lower = name.toLowerCase();
	if (text.trim() === '')
		throw new ImportError('file', [{ row: 0, column: '', message: `${name} is empty` }]);
	if (lower.endsWith('.csv')) return { kind: 'items', format: 'csv', ...readItemsCsv(text) };
	if (!lower.endsWith('.json'))
		throw new ImportError('file', [
			{ row: 0, column: '', message: `${name}: only .csv and .json files can be imported` }
		]);
	const data = parseJsonText(text, 'JSON file');
	if (data && typeof data === 'object' && !Array.isArray(data)) {
		const o = data as Record<string, unknown>;
		if (o.format === ITEMS_FORMAT) return { kind: 'items', format: 'items-json', ...parseItemsJson(text) };
		if (Array.isArray(o.documents) || Array.isArray(o.statements))
			return { kind: 'story', format: 'story-json', story: parseStoryJson(text) };
		if (Array.isArray(o.events) && !Array.isArray(o.statements))
			return { kind: 'items', format: 'timelinejs', items: parseTimelineJs(text), links: [] };
	}
	throw new ImportError('JSON file', [
		{ row: 0, column: '', message: 'not a Taqvim story, a Taqvim items file or a TimelineJS file' }
	]);
}
