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
	type SourceCell,
	makeRescue,
	restoreRescue
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
	#inflight: Notebook | null = null;
	#fetch: typeof fetch;
	#storage: RescueStorage | null;
	/** Counts changes of `notebook` (every edit, undo, redo); a save is complete when none came after it. */
	#gen = 0;
	/** Text typed but not yet put into the notebook (cell id → field and value), committed after a pause. */
	// Not shown by anything (the text box holds what is typed): a plain map, not a reactive one.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#drafts = new Map<string, { field: 'text' | 'markdown'; value: string }>();
	/** The notebook as the server last acknowledged it (or as loaded): what a rescue is written against. */
	#saved: Notebook;
	/** This tab, in the rescue it writes (so that it clears only its own). */
	readonly #tab = Math.random().toString(36).slice(2, 10);
	delay: number;

	constructor(
		nb: Notebook,
		opts: { fetch?: typeof fetch; delay?: number; storage?: RescueStorage | null } = {}
	) {
		this.notebook = nb;
		this.#saved = nb;
		this.baseVersion = nb.version;
		this.#fetch = opts.fetch ?? ((...a) => fetch(...a));
		this.#storage = opts.storage !== undefined ? opts.storage : browserStorage();
		this.delay = opts.delay ?? 800;
	}

	/** True while something typed or edited is not yet acknowledged by the server. */
	get dirty(): boolean {
		return this.#drafts.size > 0 || this.status !== 'saved';
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
		this.#commitDrafts();
		const r = undoStep(this.history, this.notebook);
		if (!r) return;
		this.history = r.history;
		this.#replace({ ...r.value, version: this.notebook.version });
	}

	/** Does the last undone step again. */
	redo(): void {
		this.#commitDrafts();
		const r = redoStep(this.history, this.notebook);
		if (!r) return;
		this.history = r.history;
		this.#replace({ ...r.value, version: this.notebook.version });
	}

	#replace(next: Notebook): void {
		this.notebook = next;
		this.#gen++;
		if (this.status === 'conflict') return; // keep the edit in the tab; saving waits for a choice
		this.status = 'unsaved';
		this.#schedule();
	}

	/**
	 * Text being typed into a source or a note: kept aside (the page shows "unsaved" at once) and put
	 * into the notebook, then saved, after a pause in typing of `delay` ms, so that the story is not
	 * read again on every keystroke. `flush` commits and saves at once (a paste, leaving the field).
	 */
	draft(id: string, field: 'text' | 'markdown', value: string): void {
		this.#drafts.set(id, { field, value });
		if (this.status !== 'conflict') this.status = 'unsaved';
		this.#schedule();
	}

	/** The text typed into cell `id` that is not in the notebook yet, if any. */
	draftOf(id: string): string | undefined {
		return this.#drafts.get(id)?.value;
	}

	/** Puts typed text into the notebook and saves now. Resolves when the answer is in. */
	flush(): Promise<void> {
		return this.save();
	}

	#commitDrafts(): void {
		if (!this.#drafts.size) return;
		const drafts = [...this.#drafts];
		this.#drafts.clear();
		for (const [id, d] of drafts) {
			const cell = this.notebook.cells.find((c) => c.id === id);
			if (cell && (cell as unknown as Record<string, unknown>)[d.field] !== d.value)
				this.updateCell(id, { [d.field]: d.value });
		}
	}

	addCell(kind: CellKind, init: Partial<Cell> = {}, index?: number): string {
		const cell = newCell(this.notebook, kind, init as never);
		this.edit((nb) => insertCell(nb, cell, index), { label: `add ${kind} cell` });
		return cell.id;
	}

	updateCell<C extends Cell>(id: string, patch: Partial<C>): void {
		const keys = Object.keys(patch);
		// Text set from elsewhere (an upload, a commit of the draft itself) replaces what was being typed.
		const draft = this.#drafts.get(id);
		if (draft && keys.includes(draft.field)) this.#drafts.delete(id);
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

	/**
	 * Saves now (autosave calls this): typed text is put into the notebook first, and the whole
	 * notebook is sent. Edits made while the save is on its way (to any part: cells, corrections,
	 * title, actors, imports, views) leave the state "unsaved" and are saved next; "saved" is shown
	 * only when the server has acknowledged the notebook exactly as it is in the tab. Resolves when
	 * the answer is in; never throws.
	 */
	async save(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#commitDrafts();
		if (this.#inflight || this.status === 'conflict') return;
		const sent = this.notebook;
		const gen = this.#gen;
		this.status = 'saving';
		this.#inflight = sent;
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
				this.message = body.error
					? `Not saved: ${body.error}`
					: r.status === 413
						? 'Not saved: the notebook is larger than the server accepts. Remove or split a large source.'
						: `Not saved: the server answered ${r.status}`;
				return;
			}
			this.baseVersion = body.version;
			this.#saved = { ...sent, version: body.version };
			// Edits made while the save was on its way stay, and are saved next.
			if (this.#gen === gen) this.notebook = this.#saved;
			else this.notebook = { ...this.notebook, version: body.version };
			if (this.#gen === gen && !this.#drafts.size) {
				this.status = 'saved';
				this.message = '';
				this.#forgetRescue();
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
			this.#inflight = null;
		}
	}

	/**
	 * Keeps unsaved work in the browser's storage when the page is being left (reload, close,
	 * navigation), so that the next load of this notebook puts it back. Does nothing when all is
	 * saved. Returns false when there was work to keep and the storage refused it.
	 */
	keepForLater(): boolean {
		this.#commitDrafts();
		if (this.status === 'saved' || !this.#storage) return this.status === 'saved';
		const r = makeRescue(this.notebook, this.#saved, this.baseVersion, this.#inflight, this.#tab);
		try {
			this.#storage.setItem(rescueKey(this.notebook.id), JSON.stringify(r));
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Puts back work kept by `keepForLater` when this notebook was last left (call once, after the
	 * page is shown): the edits are applied and saved, or, when the notebook was saved elsewhere in
	 * between, kept in the tab as a conflict to resolve. Returns what happened.
	 */
	restoreKept(): 'none' | 'apply' | 'conflict' {
		if (!this.#storage) return 'none';
		const key = rescueKey(this.notebook.id);
		let raw: unknown = null;
		try {
			const text = this.#storage.getItem(key);
			if (text === null) return 'none';
			raw = JSON.parse(text);
		} catch {
			/* unreadable: dropped below */
		}
		const got = restoreRescue(raw, this.notebook);
		// Taken: from now on the work is this tab's unsaved state (kept again if the page is left).
		this.#storage.removeItem(key);
		if (got.kind === 'none') return 'none';
		if (got.kind === 'apply') {
			this.edit(() => got.notebook, { label: 'restore unsaved edits' });
			void this.save();
		} else {
			this.history = recordStep(this.history, this.notebook, 'restore unsaved edits', null, Date.now());
			this.notebook = got.notebook;
			this.#gen++;
			this.status = 'conflict';
			this.message =
				'Edits made before this page was last left were not saved, and the notebook was saved elsewhere since.';
		}
		return got.kind;
	}

	#forgetRescue(): void {
		if (!this.#storage) return;
		const key = rescueKey(this.notebook.id);
		try {
			const text = this.#storage.getItem(key);
			if (text !== null && (JSON.parse(text) as { tab?: string }).tab === this.#tab)
				this.#storage.removeItem(key);
		} catch {
			this.#storage.removeItem(key);
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
		this.#drafts.clear();
		this.notebook = nb;
		this.#saved = nb;
		this.#gen++;
		this.#forgetRescue();
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

/** Where unsaved work is kept across leaving the page (the browser's localStorage, or a test double). */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): RescueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage disabled by the browser's settings
	}
}

function rescueKey(id: string): string {
	return `taqvim:unsaved:${id}`;
}

const [getNotebook, setNotebook] = createContext<NotebookState>();

/** The open notebook, for any component under the notebook page. */
export { getNotebook, setNotebook };
