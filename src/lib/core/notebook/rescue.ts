import type { Cell, Notebook } from './model';
import { NotebookFormatError, normaliseNotebook, serialiseNotebook } from './serialise';

/**
 * Unsaved work kept across leaving the page. When a tab is left (reload, close, navigation) with
 * edits the server has not acknowledged, the page writes a Rescue to the browser's storage; the next
 * load of the same notebook finds it and puts the edits back (then saves them), or, when the
 * notebook was saved elsewhere in between, keeps them in the tab as a conflict to resolve.
 *
 * A rescue is small: cells the tab did not change since the last acknowledged save are written as
 * `{ref: id}` and taken from the loaded notebook again.
 */
export const RESCUE_FORMAT = 'taqvim-unsaved';

/** Cells unchanged since the last acknowledged save are references to the loaded notebook's cell. */
export type RescuedCell = Cell | { ref: string };

export interface Rescue {
	format: typeof RESCUE_FORMAT;
	/** Notebook id. */
	id: string;
	/** The server version the edits are based on. */
	baseVersion: number;
	/**
	 * Fingerprint of a save that was on its way when the page was left (its answer never came):
	 * if the server took it, the loaded notebook is that save, one version later, and the edits
	 * still apply on top of it.
	 */
	inflight: string | null;
	/** Which tab wrote it (a tab clears only its own rescue once it has saved). */
	tab: string;
	title: string;
	cells: RescuedCell[];
	corrections: Notebook['corrections'];
	actors: Notebook['actors'];
	imports: Notebook['imports'];
}

/**
 * A short fingerprint of a notebook's content, its version left out (64 bits from two 32-bit
 * string hashes over the deterministic file text). Same content, same fingerprint.
 * Example: `fingerprint(nb) === fingerprint({...nb, version: nb.version + 1})` → true.
 */
export function fingerprint(nb: Notebook): string {
	const s = serialiseNotebook({ ...nb, version: 0 });
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The rescue of `current` (the tab's notebook, drafts included), against `saved` (the notebook as
 * last acknowledged, version `baseVersion`) and `inflight` (a save on its way, or null).
 */
export function makeRescue(
	current: Notebook,
	saved: Notebook,
	baseVersion: number,
	inflight: Notebook | null,
	tab: string
): Rescue {
	const before = new Set(saved.cells);
	return {
		format: RESCUE_FORMAT,
		id: current.id,
		baseVersion,
		inflight: inflight ? fingerprint(inflight) : null,
		tab,
		title: current.title,
		cells: current.cells.map((c) => (before.has(c) ? { ref: c.id } : c)),
		corrections: current.corrections,
		actors: current.actors,
		imports: current.imports
	};
}

/** What a rescue means for a freshly loaded notebook. */
export type Restored =
	/** Nothing to do: the loaded notebook already holds these edits (or the rescue is unusable). */
	| { kind: 'none'; reason: string }
	/** The edits apply to the loaded version: put them back and save them. */
	| { kind: 'apply'; notebook: Notebook }
	/** The notebook was saved elsewhere since: keep the edits in the tab, let the analyst choose. */
	| { kind: 'conflict'; notebook: Notebook };

/**
 * Puts a rescue's edits back onto `loaded` (the notebook as the server has it now). `raw` is the
 * parsed storage value (anything: it is checked). Pure; never throws.
 */
export function restoreRescue(raw: unknown, loaded: Notebook): Restored {
	if (!raw || typeof raw !== 'object') return { kind: 'none', reason: 'not a rescue' };
	const r = raw as Partial<Rescue>;
	if (r.format !== RESCUE_FORMAT || r.id !== loaded.id || !Array.isArray(r.cells))
		return { kind: 'none', reason: 'not a rescue of this notebook' };
	const byId = new Map(loaded.cells.map((c) => [c.id, c]));
	const cells: Cell[] = [];
	for (const c of r.cells) {
		if (c && typeof c === 'object' && 'ref' in c) {
			// A cell this tab did not change: the loaded one (gone if it was deleted elsewhere).
			const got = byId.get(c.ref);
			if (got) cells.push(got);
		} else cells.push(c as Cell);
	}
	let notebook: Notebook;
	try {
		notebook = normaliseNotebook({
			...loaded,
			title: r.title,
			cells,
			corrections: r.corrections,
			actors: r.actors,
			imports: r.imports
		});
	} catch (e) {
		return { kind: 'none', reason: e instanceof NotebookFormatError ? e.message : String(e) };
	}
	if (fingerprint(notebook) === fingerprint(loaded)) return { kind: 'none', reason: 'already saved' };
	const landed =
		r.inflight != null && loaded.version === (r.baseVersion ?? -1) + 1 && fingerprint(loaded) === r.inflight;
	if (loaded.version === r.baseVersion || landed) return { kind: 'apply', notebook };
	return { kind: 'conflict', notebook };
}
