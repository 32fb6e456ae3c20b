import { newCellId, newCorrectionId, type Random } from './ids';
import { SCHEMA_VERSION } from './migrations';
import {
	NOTEBOOK_FORMAT,
	type Cell,
	type CellKind,
	type Correction,
	type ItemImport,
	type ItemRef,
	type Notebook,
	type NotebookActor
} from './model';
import { correctionKey } from './corrections';
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
	const anchoredHere = (k: Correction) => anchoredIn(k, id);
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
 * Adds a correction with a fresh id. A correction answering the same question — the same type on
 * the same span, the same `from` actor for merges, the same link between the same two items —
 * replaces the earlier one, so the file holds one decision per question. Items added by hand are
 * each their own question. Example: `addCorrection(nb, {type: 'dismiss', at, scope: 'document'})`.
 */
export function addCorrection(nb: Notebook, k: CorrectionInput, random?: Random): Notebook {
	const key = correctionKey(k);
	const kept =
		k.type === 'add-item' ? nb.corrections : nb.corrections.filter((o) => correctionKey(o) !== key);
	const id = newCorrectionId(
		nb.corrections.map((o) => o.id),
		random
	);
	return { ...nb, corrections: [...kept, { ...k, id } as Correction] };
}

/**
 * Replaces the correction with `id` by `k`, in its place and under its id (an item added by hand,
 * edited from its row). Unknown ids leave the notebook unchanged.
 */
export function replaceCorrection(nb: Notebook, id: string, k: CorrectionInput): Notebook {
	const i = nb.corrections.findIndex((o) => o.id === id);
	if (i < 0) return nb;
	const corrections = nb.corrections.slice();
	corrections[i] = { ...k, id } as Correction;
	return { ...nb, corrections };
}

/**
 * Removes the correction with `id`; removing an item added by hand also removes the links the
 * analyst set from or to it (they name nothing any more).
 */
export function removeCorrection(nb: Notebook, id: string): Notebook {
	const names = (r: ItemRef) => 'added' in r && r.added === id;
	return {
		...nb,
		corrections: nb.corrections.filter(
			(k) => k.id !== id && !(k.type === 'link' && (names(k.from) || names(k.to)))
		)
	};
}

/** True when correction `k` is anchored in cell `cellId` (its span, or a link end's span). */
function anchoredIn(k: Correction, cellId: string): boolean {
	if (k.type === 'link') return [k.from, k.to].some((r) => 'at' in r && r.at.doc === cellId);
	return 'at' in k && k.at?.doc === cellId;
}

/**
 * Teaches the notebook an actor (replacing one with the same id); every source is then read
 * again with it. Example: `addActor(nb, {id: 'Ned Price', kind: 'person', names: {en: 'Ned Price'}, aliases: []})`.
 */
export function addActor(nb: Notebook, actor: NotebookActor): Notebook {
	const i = nb.actors.findIndex((a) => a.id === actor.id);
	const actors = nb.actors.slice();
	if (i < 0) actors.push(actor);
	else actors[i] = actor;
	return { ...nb, actors };
}

/** Forgets an actor the notebook was taught. */
export function removeActor(nb: Notebook, id: string): Notebook {
	return { ...nb, actors: nb.actors.filter((a) => a.id !== id) };
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
