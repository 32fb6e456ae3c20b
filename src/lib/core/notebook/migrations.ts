/**
 * Schema versions of the notebook file and the steps between them. A file is migrated step by
 * step up to SCHEMA_VERSION when it is read; a file from the future is refused (never guessed at).
 *
 * - 0: the first drafts — source text and note Markdown as one string, no `version`, no
 *      `corrections`/`actors` lists, `format` absent.
 * - 1: text and Markdown stored as arrays of lines (so that a diff shows the changed line),
 *      `version` counter, `corrections` and `actors` at the top level.
 */
export const SCHEMA_VERSION = 1;

type Json = Record<string, unknown>;

const steps: Record<number, (old: Json) => Json> = {
	0: (old) => {
		const cells = Array.isArray(old.cells) ? old.cells : [];
		return {
			...old,
			format: 'taqvim-notebook',
			schema: 1,
			version: typeof old.version === 'number' ? old.version : 0,
			corrections: Array.isArray(old.corrections) ? old.corrections : [],
			actors: Array.isArray(old.actors) ? old.actors : [],
			imports: Array.isArray(old.imports) ? old.imports : [],
			cells: cells.map((c: Json) => {
				const out: Json = { ...c };
				if (typeof c.text === 'string') out.text = c.text.split('\n');
				if (typeof c.markdown === 'string') out.markdown = c.markdown.split('\n');
				return out;
			})
		};
	}
};

/** Thrown when a file cannot be brought to the current schema. */
export class MigrationError extends Error {}

/**
 * Brings a parsed file (plain JSON) to SCHEMA_VERSION. A missing `schema` means 0.
 * Throws MigrationError for a schema newer than this app or with no migration step.
 * Example: `migrate({cells: []}).schema` → 1.
 */
export function migrate(raw: Json): Json {
	let doc = raw;
	let schema = typeof doc.schema === 'number' ? doc.schema : 0;
	if (!Number.isInteger(schema) || schema < 0)
		throw new MigrationError(`schema ${JSON.stringify(doc.schema)} is not a version number`);
	if (schema > SCHEMA_VERSION)
		throw new MigrationError(
			`the file has schema ${schema}, newer than this version of Taqvim understands (${SCHEMA_VERSION})`
		);
	while (schema < SCHEMA_VERSION) {
		const step = steps[schema];
		if (!step) throw new MigrationError(`no migration from schema ${schema}`);
		doc = step(doc);
		schema = doc.schema as number;
	}
	return doc;
}
