import { createContext } from 'svelte';
import {
	addActor,
	addCorrection,
	emptyHistory,
	recordStep,
	redoStep,
	undoStep,
	type History,
	insertCell,
	moveCell,
	newCell,
	removeActor,
	removeCell,
	removeCorrection,
	replaceCorrection,
	updateCell,
	type Cell,
	type CellKind,
	type CorrectionInput,
	type Notebook,
	type NotebookActor,
	type SourceCell,
	fingerprint,
	makeRescue,
	restoreRescue
} from '$lib/core/notebook';
import type { Story } from '$lib/core/story/model';
import type { TimelineItem, TimelineLink } from '$lib/core/timeline';
import { itemsByCell, linksByItem, refOf } from './items';
import { ReadingState } from './reading.svelte';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export { MAX_SOURCE_CHARS } from '$lib/core/notebook';

/**
 * The open notebook in the browser: the inputs and decisions (`notebook`, replaced as a whole on
 * each edit), what is derived from them (story, items — recomputed, never stored), and saving.
 * Autosave runs a short while after the last edit; the server refuses a save from a stale base
 * version (409), which puts the state in 'conflict' until the analyst reloads or keeps both.
 */
export class NotebookState {
	#notebook = $state.raw<Notebook>(null as unknown as Notebook);
	/** The notebook as it is now (replaced as a whole on each edit). */
	get notebook(): Notebook {
		return this.#notebook;
	}
	set notebook(nb: Notebook) {
		this.#notebook = nb;
		// The parts views depend on one by one, set only when they change: a keystroke in one source
		// replaces the notebook, and what reads only the corrections or item files is not redone.
		if (nb.corrections !== this.corrections) this.corrections = nb.corrections;
		if (nb.imports !== this.imports) this.imports = nb.imports;
	}
	/** Version on the server this tab's edits are based on. */
	baseVersion = $state.raw(0);
	status = $state.raw<SaveStatus>('saved');
	message = $state.raw('');
	/** Undo/redo steps over the whole notebook (view changes and collapsing are not steps). */
	history = $state.raw<History<Notebook>>(emptyHistory());
	/** The cell and span to show (a click on a timeline item opens its source). */
	focus = $state.raw<{ cell: string; start: number; end: number; at?: number } | null>(null);

	/** The corrections alone: views that use them are not redone when only a cell changes. */
	corrections = $state.raw<Notebook['corrections']>([]);
	/** The source cell whose text is being edited (its text area shown), or null. */
	editing = $state.raw<string | null>(null);

	readonly sources = $derived(this.notebook.cells.filter((c): c is SourceCell => c.kind === 'source'));
	// A fresh map per change of the sources, never mutated: no SvelteMap needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly texts = $derived(new Map(this.sources.map((c) => [c.id, c.text])));
	/**
	 * The notebook's one reading (story with the corrections applied, each source's documents,
	 * mentions and actors), made off the page's thread; see ReadingState.
	 */
	readonly reading = new ReadingState();
	readonly story: Story = $derived(this.reading.story);
	/** The reading's story and why sources were left out of it (too large, unreadable). */
	get raw(): { story: Story; error: string } {
		return { story: this.reading.story, error: this.reading.error };
	}
	/** The item files alone: what depends on them is not redone when a cell changes. */
	imports = $state.raw<Notebook['imports']>([]);
	/** Items and links read from the sources (made with the story, off the page's thread). */
	readonly read = $derived(this.reading.items);
	/** Items and links read from the sources, then those of the item files (ids prefixed by the file's id). */
	readonly timeline = $derived.by(() => {
		const read = this.read;
		if (!this.imports.length) return read;
		const items = [...read.items];
		const links = [...read.links];
		for (const m of this.imports) {
			const p = (id: string) => `${m.id}:${id}`;
			for (const it of m.items) items.push({ ...it, id: p(it.id) });
			for (const l of m.links) links.push({ ...l, from: p(l.from), to: p(l.to) });
		}
		return { items, links };
	});

	/** The items read from each source cell, and every item's links (for the rows under a source). */
	readonly itemsByCell = $derived(itemsByCell(this.timeline.items, this.story.documents));
	readonly linksByItem = $derived(linksByItem(this.timeline.items, this.timeline.links));
	/** A link being made: its first item is picked, the next item picked is its other end. */
	linking = $state.raw<{ from: TimelineItem; link: 'denies' | 'reports-on' } | null>(null);
	/** The page is being printed: lists folded on screen are drawn. */
	printing = $state.raw(false);

	#timer: ReturnType<typeof setTimeout> | null = null;
	#inflight: Notebook | null = null;
	#fetch: typeof fetch;
	/** A fetch was given (tests): saves use it instead of the reading worker. */
	#fetchGiven: boolean;
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
		this.#fetchGiven = !!opts.fetch;
		this.#storage = opts.storage !== undefined ? opts.storage : browserStorage();
		this.delay = opts.delay ?? 800;
		this.reading.request(nb, true);
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
		this.reading.request(next);
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

	/** Several corrections as one step (an item edited from its row). */
	correctAll(ks: CorrectionInput[], label = 'edit item'): void {
		if (!ks.length) return;
		this.edit((nb) => ks.reduce((n, k) => addCorrection(n, k), nb), { label });
	}

	removeCorrection(id: string): void {
		this.edit((nb) => removeCorrection(nb, id), { label: 'remove correction' });
	}

	/** Changes a correction in place (an item added by hand, edited from its row). */
	replaceCorrection(id: string, k: CorrectionInput): void {
		this.edit((nb) => replaceCorrection(nb, id, k), { label: `edit ${k.type}` });
	}

	/** Teaches the notebook an actor: every source is read again with it. */
	teach(actor: NotebookActor): void {
		this.edit((nb) => addActor(nb, actor), { label: `teach actor ${actor.id}` });
	}

	forget(actorId: string): void {
		this.edit((nb) => removeActor(nb, actorId), { label: `forget actor ${actorId}` });
	}

	/**
	 * Shows an item's sentence in its source: the source cell opens (unfolded) and scrolls its
	 * text to the span, which stays highlighted until the next one is shown.
	 */
	reveal(cell: string, start: number, end: number): void {
		const c = this.notebook.cells.find((x) => x.id === cell);
		if (c?.collapsed) this.updateCell(cell, { collapsed: false });
		if (this.editing === cell) this.editing = null;
		this.focus = { cell, start, end, at: ++this.#reveals };
	}
	#reveals = 0;

	/**
	 * An item was picked (a click or Enter on the timeline, a table row, a row under a source): it
	 * ends the link being made, or else its sentence is shown in its source.
	 */
	select(item: TimelineItem): void {
		if (this.linking) {
			this.pickLink(item);
			return;
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
		const path = new Map(this.story.documents.map((d) => [d.id, d.path]));
		const ev = item.evidence.find((e) => path.has(e.doc));
		if (ev) this.reveal(path.get(ev.doc)!, ev.start, ev.end);
	}

	/** Ends the link being made at `to` (a link correction); nothing when `to` cannot be named. */
	pickLink(to: TimelineItem): void {
		const l = this.linking;
		this.linking = null;
		if (!l || to.id === l.from.id) return;
		const docs = this.story.documents;
		const from = refOf(l.from, this.notebook.corrections, docs, this.texts);
		const target = refOf(to, this.notebook.corrections, docs, this.texts);
		if (!from || !target) {
			this.message = 'That item cannot be linked (its source is gone).';
			return;
		}
		this.correct({ type: 'link', link: l.link, from, to: target });
	}

	/** Takes away a link, whether the reader found it or the analyst set it. */
	unlink(link: TimelineLink): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
		const byId = new Map(this.timeline.items.map((i) => [i.id, i]));
		const a = byId.get(link.from);
		const b = byId.get(link.to);
		if (!a || !b || link.type === 'confirms') return;
		const docs = this.story.documents;
		const from = refOf(a, this.notebook.corrections, docs, this.texts);
		const to = refOf(b, this.notebook.corrections, docs, this.texts);
		if (from && to) this.correct({ type: 'link', link: link.type, from, to, remove: true });
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), this.delay);
	}

	/**
	 * PUTs a notebook: through the reading worker, which writes the JSON of a notebook of megabytes
	 * off the page's thread, or with the fetch given to the constructor.
	 */
	#put(url: string, baseVersion: number, nb: Notebook): Promise<Response> {
		if (!this.#fetchGiven) return this.reading.put(url, baseVersion, nb);
		return this.#fetch(url, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ baseVersion, notebook: nb })
		});
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
			const r = await this.#put(`/api/notebooks/${sent.id}`, this.baseVersion, sent);
			const body = await r.json().catch(() => ({}));
			if (r.status === 409) {
				// saved elsewhere since: no conflict when what was saved is what this tab sends (the
				// flush sent on leaving the page landed after the page was loaded again)
				const theirs = await this.#current(sent.id);
				if (theirs && fingerprint(theirs) === fingerprint(sent)) {
					this.#acknowledged(theirs, gen);
					return;
				}
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
			this.#acknowledged({ ...sent, version: body.version }, gen);
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
	 * The server holds `saved` (what was sent when the edit generation was `gen`): it is the new
	 * base; edits made while the save was on its way stay, and are saved next.
	 */
	#acknowledged(saved: Notebook, gen: number): void {
		this.baseVersion = saved.version;
		this.#saved = saved;
		if (this.#gen === gen) this.notebook = saved;
		else this.notebook = { ...this.notebook, version: saved.version };
		if (this.#gen === gen && !this.#drafts.size) {
			this.status = 'saved';
			this.message = '';
			this.#forgetRescue();
		} else {
			this.status = 'unsaved';
			this.#schedule();
		}
	}

	/** The notebook as the server has it now, or null when it cannot be had. */
	async #current(id: string): Promise<Notebook | null> {
		try {
			const r = await this.#fetch(`/api/notebooks/${id}`);
			return r.ok ? ((await r.json()) as Notebook) : null;
		} catch {
			return null;
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
		this.reading.request(nb, true);
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
