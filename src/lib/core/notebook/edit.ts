import { newCellId, newCorrectionId, type Random } from './ids';
import { SCHEMA_VERSION } from './migrations';
import {
	NOTEBOOK_FORMAT,
	type Cell,
	type CellKind,
	type Correction,
	type ItemImport,
	type Notebook
} from './model';
import { defaultView } from '../timeline/view';

/**
 * Pure edits of a notebook: each returns a new notebook and leaves its argument untouched, so the
 * client can keep the previous value for undo and compare by reference.
 */

/** An empty notebook (no cells) with version 0. */
export function emptyNotebook(id: string, title: string): Notebook {
	return {
		format: NOTEBOOK_FORMAT,
		schema: SCHEMA_VERSION,
		id,
		title,
		version: 0,
		cells: [],
		corrections: [],
		actors: [],
		imports: []
	};
}

/**
 * A new cell of `kind` with a fresh id not used in `nb`, and empty content; `init` overrides fields.
 * Example: `newCell(nb, 'note', {markdown: '# Hi'})`.
 */
export function newCell<K extends CellKind>(
	nb: Pick<Notebook, 'cells'>,
	kind: K,
	init: Partial<Extract<Cell, { kind: K }>> = {},
	random?: Random
): Extract<Cell, { kind: K }> {
	const id = newCellId(
		nb.cells.map((c) => c.id),
		random
	);
	const base = { id, collapsed: false };
	let cell: Cell;
	switch (kind) {
		case 'source':
			cell = {
				...base,
				kind: 'source',
				title: '',
				text: '',
				lang: null,
				outlet: null,
				url: null,
				published: null,
				publishedSource: null,
				filename: null,
				parts: []
			};
			break;
		case 'note':
			cell = { ...base, kind: 'note', markdown: '' };
			break;
		default:
			cell = { ...base, kind: kind as 'timeline' | 'table', title: '', view: defaultView() };
	}
	return { ...cell, ...init, id, kind } as Extract<Cell, { kind: K }>;
}

/** Inserts `cell` at `index` (default: the end). */
export function insertCell(nb: Notebook, cell: Cell, index = nb.cells.length): Notebook {
	const cells = nb.cells.slice();
	cells.splice(Math.max(0, Math.min(index, cells.length)), 0, cell);
	return { ...nb, cells };
}

/** Replaces the cell with `id` by `patch` applied to it; unknown ids leave the notebook unchanged. */
export function updateCell<C extends Cell>(nb: Notebook, id: string, patch: Partial<C>): Notebook {
	const i = nb.cells.findIndex((c) => c.id === id);
	if (i < 0) return nb;
	const cells = nb.cells.slice();
	cells[i] = { ...cells[i], ...patch, id, kind: cells[i].kind } as Cell;
	return { ...nb, cells };
}

/** Moves the cell with `id` by `delta` places (−1 = up), clamped to the list. */
export function moveCell(nb: Notebook, id: string, delta: number): Notebook {
	const i = nb.cells.findIndex((c) => c.id === id);
	if (i < 0) return nb;
	const j = Math.max(0, Math.min(nb.cells.length - 1, i + delta));
	if (i === j) return nb;
	const cells = nb.cells.slice();
	const [c] = cells.splice(i, 1);
	cells.splice(j, 0, c);
	return { ...nb, cells };
}

/** A removed cell and everything needed to put it back (undo). */
export interface Removed {
	cell: Cell;
	index: number;
	/** Corrections anchored in this cell, removed with it. */
	corrections: Correction[];
}

/** Removes the cell with `id` and the corrections anchored to it; returns what `restoreCell` needs. */
export function removeCell(nb: Notebook, id: string): { notebook: Notebook; removed: Removed | null } {
	const index = nb.cells.findIndex((c) => c.id === id);
	if (index < 0) return { notebook: nb, removed: null };
	const cell = nb.cells[index];
	const anchoredHere = (k: Correction) => 'at' in k && k.at.doc === id;
	return {
		notebook: {
			...nb,
			cells: nb.cells.filter((c) => c.id !== id),
			corrections: nb.corrections.filter((k) => !anchoredHere(k))
		},
		removed: { cell, index, corrections: nb.corrections.filter(anchoredHere) }
	};
}

/** Puts a removed cell back where it was (or at the end), with its corrections. */
export function restoreCell(nb: Notebook, removed: Removed): Notebook {
	if (nb.cells.some((c) => c.id === removed.cell.id)) return nb;
	const withCell = insertCell(nb, removed.cell, removed.index);
	return { ...withCell, corrections: [...withCell.corrections, ...removed.corrections] };
}

/** Distributes Omit over the members of a union (plain Omit collapses it). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What `addCorrection` takes: a correction without its id. */
export type CorrectionInput = DistributiveOmit<Correction, 'id'>;

/**
 * Adds a correction with a fresh id. A correction of the same type on the same span (or the same
 * `from` actor for merges) replaces the earlier one, so the file holds one decision per question.
 */
export function addCorrection(nb: Notebook, k: CorrectionInput, random?: Random): Notebook {
	const same = (o: Correction) => {
		if (o.type !== k.type) return false;
		if (o.type === 'merge-actors' && k.type === 'merge-actors') return o.from === k.from;
		if ('at' in o && 'at' in k)
			return o.at.doc === k.at.doc && o.at.start === k.at.start && o.at.end === k.at.end;
		return false;
	};
	const kept = nb.corrections.filter((o) => !same(o));
	const id = newCorrectionId(
		nb.corrections.map((o) => o.id),
		random
	);
	return { ...nb, corrections: [...kept, { ...k, id } as Correction] };
}

/** Removes the correction with `id`. */
export function removeCorrection(nb: Notebook, id: string): Notebook {
	return { ...nb, corrections: nb.corrections.filter((k) => k.id !== id) };
}

/**
 * Adds a file of ready-made items (from the export core's importer) with a fresh id; its items and
 * links are shown beside those read from the sources. Example: `addImport(nb, 'items.csv', items, [])`.
 */
export function addImport(
	nb: Notebook,
	filename: string,
	items: ItemImport['items'],
	links: ItemImport['links'],
	random: Random = Math.random
): Notebook {
	const taken = new Set(nb.imports.map((m) => m.id));
	let id = '';
	do id = 'i-' + newCorrectionId([], random).slice(2);
	while (taken.has(id));
	return { ...nb, imports: [...nb.imports, { id, filename, items, links }] };
}

/** Removes an item file. */
export function removeImport(nb: Notebook, id: string): Notebook {
	return { ...nb, imports: nb.imports.filter((m) => m.id !== id) };
}
