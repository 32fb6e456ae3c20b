import { createContext } from 'svelte';
import {
	MAX_SOURCE_CHARS,
	addCorrection,
	applyCorrections,
	emptyHistory,
	recordStep,
	redoStep,
	undoStep,
	type History,
	insertCell,
	moveCell,
	newCell,
	removeCell,
	sourceInput,
	updateCell,
	type Cell,
	type CellKind,
	type CorrectionInput,
	type Notebook,
	type SourceCell
} from '$lib/core/notebook';
import { readDocuments, type Input } from '$lib/core/story';
import type { Story } from '$lib/core/story/model';
import { storyToItems } from '$lib/core/timeline';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export { MAX_SOURCE_CHARS } from '$lib/core/notebook';

/**
 * The open notebook in the browser: the inputs and decisions (`notebook`, replaced as a whole on
 * each edit), what is derived from them (story, items — recomputed, never stored), and saving.
 * Autosave runs a short while after the last edit; the server refuses a save from a stale base
 * version (409), which puts the state in 'conflict' until the analyst reloads or keeps both.
 */
export class NotebookState {
	notebook = $state.raw<Notebook>(null as unknown as Notebook);
	/** Version on the server this tab's edits are based on. */
	baseVersion = $state.raw(0);
	status = $state.raw<SaveStatus>('saved');
	message = $state.raw('');
	/** Undo/redo steps over the whole notebook (view changes and collapsing are not steps). */
	history = $state.raw<History<Notebook>>(emptyHistory());
	/** The cell and span to show (a click on a timeline item opens its source). */
	focus = $state.raw<{ cell: string; start: number; end: number } | null>(null);

	readonly sources = $derived(this.notebook.cells.filter((c): c is SourceCell => c.kind === 'source'));
	// A fresh map per change of the sources, never mutated: no SvelteMap needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly texts = $derived(new Map(this.sources.map((c) => [c.id, c.text])));
	/** The story read from every source (too-large sources are left out, and say so). */
	readonly raw: { story: Story; error: string } = $derived.by(() => readAll(this.sources));
	readonly story = $derived(applyCorrections(this.raw.story, this.notebook.corrections, this.texts));
	/** Items and links read from the sources, then those of the item files (ids prefixed by the file's id). */
	readonly timeline = $derived.by(() => {
		const read = storyToItems(this.story);
		if (!this.notebook.imports.length) return read;
		const items = [...read.items];
		const links = [...read.links];
		for (const m of this.notebook.imports) {
			const p = (id: string) => `${m.id}:${id}`;
			for (const it of m.items) items.push({ ...it, id: p(it.id) });
			for (const l of m.links) links.push({ ...l, from: p(l.from), to: p(l.to) });
		}
		return { items, links };
	});

	#timer: ReturnType<typeof setTimeout> | null = null;
	#inflight = false;
	#fetch: typeof fetch;
	delay: number;

	constructor(nb: Notebook, opts: { fetch?: typeof fetch; delay?: number } = {}) {
		this.notebook = nb;
		this.baseVersion = nb.version;
		this.#fetch = opts.fetch ?? ((...a) => fetch(...a));
		this.delay = opts.delay ?? 800;
	}

	/**
	 * Applies a pure edit and schedules an autosave. `step` names it for undo (`key`: edits with the
	 * same key in quick succession are one step); `false` keeps it out of the history (view state).
	 */
	edit(
		fn: (nb: Notebook) => Notebook,
		step: { label: string; key?: string } | false = { label: 'edit' }
	): void {
		const next = fn(this.notebook);
		if (next === this.notebook) return;
		if (step)
			this.history = recordStep(this.history, this.notebook, step.label, step.key ?? null, Date.now());
		this.#replace(next);
	}

	/** Takes back the last step (the notebook's saved version number is kept). */
	undo(): void {
		const r = undoStep(this.history, this.notebook);
		if (!r) return;
		this.history = r.history;
		this.#replace({ ...r.value, version: this.notebook.version });
	}

	/** Does the last undone step again. */
	redo(): void {
		const r = redoStep(this.history, this.notebook);
		if (!r) return;
		this.history = r.history;
		this.#replace({ ...r.value, version: this.notebook.version });
	}

	#replace(next: Notebook): void {
		this.notebook = next;
		if (this.status === 'conflict') return; // keep the edit in the tab; saving waits for a choice
		this.status = 'unsaved';
		this.#schedule();
	}

	addCell(kind: CellKind, init: Partial<Cell> = {}, index?: number): string {
		const cell = newCell(this.notebook, kind, init as never);
		this.edit((nb) => insertCell(nb, cell, index), { label: `add ${kind} cell` });
		return cell.id;
	}

	updateCell<C extends Cell>(id: string, patch: Partial<C>): void {
		const keys = Object.keys(patch);
		// A timeline's view (zoom, filters) and a cell's folding are where you are, not what you wrote.
		const viewOnly = keys.every((k) => k === 'view' || k === 'collapsed');
		const typing = keys.length === 1 && (keys[0] === 'text' || keys[0] === 'markdown');
		this.edit(
			(nb) => updateCell<C>(nb, id, patch),
			viewOnly
				? false
				: typing
					? { label: 'edit text', key: `text:${id}` }
					: { label: `edit ${keys.join(', ')}` }
		);
	}

	moveCell(id: string, delta: number): void {
		this.edit((nb) => moveCell(nb, id, delta), { label: 'move cell' });
	}

	deleteCell(id: string): void {
		const kind = this.notebook.cells.find((c) => c.id === id)?.kind;
		this.edit((nb) => removeCell(nb, id).notebook, { label: `delete ${kind} cell` });
	}

	/** What undo and redo would do next ("delete source cell"), or null. */
	get nextUndo(): string | null {
		return this.history.past.at(-1)?.label ?? null;
	}
	get nextRedo(): string | null {
		return this.history.future.at(-1)?.label ?? null;
	}

	correct(k: CorrectionInput): void {
		this.edit((nb) => addCorrection(nb, k), { label: `correction (${k.type})` });
	}

	removeCorrection(id: string): void {
		this.edit((nb) => ({ ...nb, corrections: nb.corrections.filter((k) => k.id !== id) }), {
			label: 'remove correction'
		});
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), this.delay);
	}

	/** Saves now (autosave calls this). Resolves when the answer is in; never throws. */
	async save(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#inflight || this.status === 'conflict') return;
		const sent = this.notebook;
		this.status = 'saving';
		this.#inflight = true;
		try {
			const r = await this.#fetch(`/api/notebooks/${sent.id}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ baseVersion: this.baseVersion, notebook: sent })
			});
			const body = await r.json().catch(() => ({}));
			if (r.status === 409) {
				this.status = 'conflict';
				this.message = body.error ?? 'This notebook was changed elsewhere.';
				return;
			}
			if (!r.ok) {
				this.status = 'error';
				this.message =
					r.status === 413
						? 'Not saved: the notebook is larger than the server accepts. Remove or split a large source.'
						: `Not saved: ${body.error ?? `the server answered ${r.status}`}`;
				return;
			}
			this.baseVersion = body.version;
			// Edits made while the save was on its way stay, and are saved next.
			this.notebook = { ...this.notebook, version: body.version };
			if (
				this.notebook.cells === sent.cells &&
				this.notebook.corrections === sent.corrections &&
				this.notebook.title === sent.title
			) {
				this.status = 'saved';
				this.message = '';
			} else {
				this.status = 'unsaved';
				this.#schedule();
			}
		} catch (e) {
			this.status = 'error';
			this.message = `Not saved: the server could not be reached (${(e as Error).message}). Your edits are kept in this tab; saving will be retried.`;
			this.#timer = setTimeout(() => {
				if (this.status === 'error') {
					this.status = 'unsaved';
					void this.save();
				}
			}, 3000);
		} finally {
			this.#inflight = false;
		}
	}

	/** Conflict choice 1: drop this tab's unsaved edits and load the saved notebook. */
	async reload(): Promise<void> {
		const r = await this.#fetch(`/api/notebooks/${this.notebook.id}`);
		if (!r.ok) {
			this.message = `Could not reload: ${(await r.json().catch(() => ({}))).error ?? r.status}`;
			return;
		}
		const nb = (await r.json()) as Notebook;
		this.notebook = nb;
		this.history = emptyHistory();
		this.baseVersion = nb.version;
		this.status = 'saved';
		this.message = '';
	}

	/** Conflict choice 2: save this tab's version as a new notebook; resolves to its id. */
	async keepBoth(): Promise<string | null> {
		const r = await this.#fetch('/api/notebooks', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title: `${this.notebook.title} (my copy)`, notebook: this.notebook })
		});
		const body = await r.json().catch(() => ({}));
		if (!r.ok) {
			this.message = `Could not save a copy: ${body.error ?? r.status}`;
			return null;
		}
		return body.id as string;
	}
}

/** Reads every source into one story; sources over the size limit are skipped (with a message). */
function readAll(sources: SourceCell[]): { story: Story; error: string } {
	const inputs: Input[] = [];
	const skipped: string[] = [];
	for (const c of sources) {
		if (!c.text.trim()) continue;
		if (c.text.length > MAX_SOURCE_CHARS) {
			skipped.push(c.title || c.id);
			continue;
		}
		inputs.push(sourceInput(c));
	}
	try {
		return {
			story: readDocuments(inputs),
			error: skipped.length ? `Too large to read: ${skipped.join(', ')}.` : ''
		};
	} catch (e) {
		return {
			story: { documents: [], actors: [], events: [], statements: [], links: [] },
			error: `Reading failed: ${(e as Error).message}`
		};
	}
}

const [getNotebook, setNotebook] = createContext<NotebookState>();

/** The open notebook, for any component under the notebook page. */
export { getNotebook, setNotebook };
