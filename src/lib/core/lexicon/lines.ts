/**
 * The one line format of every lexicon data file, and its one parser.
 *
 *   # a comment
 *   KIND [ATTR …]: spelling | spelling* | spelling@fa | …
 *
 * One line is one meaning: its head says what the spellings mean (a kind, then attributes separated
 * by spaces, each a bare word or `key=value`), its spellings are every way the meaning is written.
 * A spelling ending in `*` is weak (an everyday word too: used only in a supporting context), in
 * `?` weak but enough after a preposition, in `!` found only as written, capitals included (an
 * abbreviation whose letters are an everyday word: `US!` is not "us"), and `@xx` restricts it to
 * texts in language `xx`.
 * A head without spellings (`KIND ATTR` with no colon) is a line of attributes only.
 */

/** One spelling of a lexicon line. */
export interface Spelling {
	s: string;
	weak: boolean;
	lang?: string;
	prepOk?: boolean;
	/** Found only as written, capitals included (`US!`). */
	exact?: boolean;
}

/** One parsed line. */
export interface LexLine {
	kind: string;
	/** The head's words after the kind, in order (`key=value` words included as written). */
	args: string[];
	/** The head's `key=value` words. */
	attrs: Record<string, string>;
	spellings: Spelling[];
	/** 1-based line number in its data, for error messages. */
	line: number;
}

/** `word`, `word*` (weak), `word?` (weak, prep enough), `word!` (case as written), `word@fa`, `word*@fa`. */
export function parseSpelling(raw: string): Spelling {
	let s = raw;
	let lang: string | undefined;
	const at = s.lastIndexOf('@');
	if (at > 0) {
		lang = s.slice(at + 1).trim();
		s = s.slice(0, at).trim();
	}
	const exact = s.length > 1 && s.endsWith('!');
	if (exact) s = s.slice(0, -1).trim();
	const prepOk = s.endsWith('?');
	const weak = prepOk || s.endsWith('*');
	if (weak) s = s.slice(0, -1).trim();
	return { s, weak, ...(lang ? { lang } : {}), ...(prepOk ? { prepOk } : {}), ...(exact ? { exact } : {}) };
}

/**
 * Parse lexicon data into lines. The head ends at the first ': ' (or the last ':' when the line
 * has no ': '), so heads such as `unit day:2` keep their colon.
 * @example parseLexicon('speech claim verb: قال | said')[0] → {kind:'speech', args:['claim','verb'], …}
 */
export function parseLexicon(data: string): LexLine[] {
	const out: LexLine[] = [];
	const rows = data.split('\n');
	for (let i = 0; i < rows.length; i++) {
		const line = rows[i].trim();
		if (!line || line.startsWith('#')) continue;
		const sep = line.indexOf(': ');
		const at = sep >= 0 ? sep : line.endsWith(':') ? line.length - 1 : -1;
		const head = (at >= 0 ? line.slice(0, at) : line).trim();
		const words = head.split(/\s+/);
		const attrs: Record<string, string> = {};
		for (const w of words.slice(1)) {
			const eq = w.indexOf('=');
			if (eq > 0) attrs[w.slice(0, eq)] = w.slice(eq + 1);
		}
		const spellings =
			at >= 0
				? line
						.slice(at + 1)
						.split('|')
						.map((s) => s.trim())
						.filter(Boolean)
						.map(parseSpelling)
				: [];
		out.push({ kind: words[0], args: words.slice(1), attrs, spellings, line: i + 1 });
	}
	return out;
}
