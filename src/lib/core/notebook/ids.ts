/**
 * Ids for notebooks (file names) and cells. Notebook ids are checked strictly because they become
 * file names on the server: anything else (`../../etc/passwd`, `CON`, dots, slashes) is refused.
 */

const NOTEBOOK_ID = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;
const CELL_ID = /^c-[a-z0-9]{4,32}$/;
/**
 * Names Windows keeps for devices, with or without an extension (`con.taqvim.json` opens the
 * console there): never a file name, so never a notebook id.
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** True when `id` is a safe notebook id: lower-case ASCII letters, digits and '-', 1–63 chars,
 * not starting with '-', not a Windows device name (con, nul, com1, lpt1…).
 * Example: `isNotebookId('seed')` → true, `isNotebookId('../x')` → false, `isNotebookId('con')` → false. */
export function isNotebookId(id: unknown): id is string {
	return typeof id === 'string' && NOTEBOOK_ID.test(id) && !RESERVED.test(id);
}

/** True when `id` looks like a cell id (`c-` then 4–32 base-36 chars). */
export function isCellId(id: unknown): id is string {
	return typeof id === 'string' && CELL_ID.test(id);
}

/** A source of randomness in [0, 1); injectable so that tests are deterministic. */
export type Random = () => number;

function randomBase36(n: number, random: Random): string {
	let s = '';
	for (let i = 0; i < n; i++) s += Math.floor(random() * 36).toString(36);
	return s;
}

/** A new cell id, e.g. `c-k3j9x0a1qz`. Random (not a counter) so that two tabs adding cells to the
 * same notebook never collide when both versions are kept. `taken` ids are avoided. */
export function newCellId(taken: Iterable<string> = [], random: Random = Math.random): string {
	const used = new Set(taken);
	for (;;) {
		const id = 'c-' + randomBase36(10, random);
		if (!used.has(id)) return id;
	}
}

/** A new correction id (`k-` + 10 base-36 chars). */
export function newCorrectionId(taken: Iterable<string> = [], random: Random = Math.random): string {
	const used = new Set(taken);
	for (;;) {
		const id = 'k-' + randomBase36(10, random);
		if (!used.has(id)) return id;
	}
}

/**
 * A notebook id made from a title: ASCII letters and digits kept, the rest folded to '-', at most
 * 40 chars; titles with no ASCII letters (Persian, Arabic) give 'notebook'. A suffix `-2`, `-3`…
 * is added until the id is not in `taken`; a Windows device name gets '-notebook' ('CON' → 'con-notebook').
 * Example: `slugify('Russia & Taliban', [])` → 'russia-taliban'.
 */
export function slugify(title: string, taken: Iterable<string> = []): string {
	const used = new Set(taken);
	let base = title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	if (!base) base = 'notebook';
	if (RESERVED.test(base)) base += '-notebook';
	if (!used.has(base)) return base;
	for (let i = 2; ; i++) {
		const id = `${base}-${i}`;
		if (!used.has(id)) return id;
	}
}
