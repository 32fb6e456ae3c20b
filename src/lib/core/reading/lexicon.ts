/**
 * Lexicon data is kept as template-literal strings, one entry per line, so that a linguist can
 * edit it without touching code. Blank lines and lines starting with `#` are ignored; fields are
 * separated by ` | `.
 */
import type { NormalizeOptions } from '../text';

/**
 * Split lexicon text into entries (arrays of trimmed fields).
 * @example parseLines('# c\nقال | claim\n') → [['قال', 'claim']]
 */
export function parseLines(data: string): string[][] {
	const out: string[][] = [];
	for (const raw of data.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		out.push(line.split(' | ').map((f) => f.trim()));
	}
	return out;
}

/** Split a `;`-separated field into its non-empty trimmed parts. */
export function listField(field: string | undefined): string[] {
	if (!field || field === '-') return [];
	return field
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * How reading folds text and lexicon entries with the shared normaliser (`../text`): the Persian
 * half-space is dropped, so «می‌گوید» and «میگوید», «روس‌ها» and «روسها» are one spelling.
 * Pass it to every `fold`/`normalize` whose result meets reading's lexicons or the gazetteer.
 * @example fold('می‌گوید', READING_FOLD) === 'ميگويد'
 */
export const READING_FOLD: NormalizeOptions = { zwnj: 'drop' };
