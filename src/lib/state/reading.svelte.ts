/* eslint-disable svelte/prefer-svelte-reactivity -- the maps here are either private bookkeeping
   (never read by the view) or fresh values assigned to $state.raw fields, never mutated after. */
import type { Correction, Notebook, NotebookActor, SourceCell } from '$lib/core/notebook';
import type { ReaderProgress, SourceReading } from '$lib/core/notebook/reading';
import type { Story } from '$lib/core/story/model';
import type { TimelineItem, TimelineLink } from '$lib/core/timeline';
import {
	TYPING_PAUSE_MS,
	type ReadAnswer,
	type ReadRequest,
	type SaveAnswer,
	type SaveRequest
} from './reader-protocol';

const EMPTY: Story = { documents: [], actors: [], events: [], statements: [], links: [] };

/** How long the page waits after an edit before asking for a reading (typing is one request). */
export const READ_DELAY_MS = 150;

/** Runs `f` in a task of its own, after the browser has had the chance to draw and take input. */
function next(f: () => void): void {
	setTimeout(f, 0);
}

/**
 * The notebook's reading as the page has it: the story and each source's reading (documents,
 * mentions, actors), made off the page's thread by the reading worker from what the page sends
 * (`request`), and how far the reading under way is. The page stays responsive while a long
 * notebook is read: it sends only the cells that changed, the worker reads only those again, and
 * the answer brings back only their readings (the others keep their objects, so their views have
 * nothing to redo). Nothing is read on the server: the page's first state is "not read yet".
 */
export class ReadingState {
	story = $state.raw<Story>(EMPTY);
	/** The story's timeline items and links (`storyToItems`, made by the worker with the story). */
	items = $state.raw<{ items: TimelineItem[]; links: TimelineLink[] }>({ items: [], links: [] });
	/** Each source cell's reading by cell id (objects kept while a cell is unchanged). */
	sources = $state.raw<ReadonlyMap<string, SourceReading>>(new Map());
	/** Sources left out of the story, in words, or ''. */
	error = $state.raw('');
	/** The pass under way, or null when the reading is that of the notebook as it is. */
	progress = $state.raw<ReaderProgress | null>(null);
	/** True from an edit that needs reading until its reading is in. */
	busy = $state.raw(false);

	#worker: { post(m: ReadRequest | SaveRequest): void; stop(): void } | null = null;
	/** Saves on their way through the worker, by id. */
	#saves = new Map<number, (a: SaveAnswer) => void>();
	#saveIds = 0;
	#gen = 0;
	#applied = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#next: Notebook | null = null;
	/** The last notebook asked for. */
	#last: Notebook | null = null;
	/** What the reader has been sent (cells by id, corrections, actors). */
	#sent = new Map<string, SourceCell>();
	#sentCorrections: readonly Correction[] | null = null;
	#sentActors: readonly NotebookActor[] | null = null;
	#order: string[] = [];
	/** The cells as sent with each request still unanswered, to put their texts back. */
	#snapshots = new Map<number, Map<string, SourceCell>>();

	/**
	 * Asks for the reading of `nb` as it is now: after READ_DELAY_MS (edits in between join it),
	 * or at once. Edits that change nothing the reader reads (notes, views, titles of timeline
	 * cells) ask for nothing. Does nothing on the server.
	 */
	request(nb: Notebook, now = false): void {
		if (typeof window === 'undefined') return;
		const sources = nb.cells.filter((c): c is SourceCell => c.kind === 'source');
		const same =
			nb.corrections === this.#sentCorrections &&
			nb.actors === this.#sentActors &&
			sources.length === this.#order.length &&
			sources.every((c, i) => c.id === this.#order[i] && this.#sent.get(c.id) === c);
		if (same && !this.#next) return;
		this.#next = nb;
		this.#last = nb;
		this.busy = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (now) this.#send();
		else this.#timer = setTimeout(() => this.#send(), READ_DELAY_MS);
	}

	/** Stops the worker (the page is leaving). */
	stop(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#worker?.stop();
		this.#worker = null;
	}

	#send(): void {
		this.#timer = null;
		const nb = this.#next;
		this.#next = null;
		if (!nb) return;
		const reader = this.#reader(); // first: a reader started in the page resets what was sent
		const sources = nb.cells.filter((c): c is SourceCell => c.kind === 'source');
		const upsert = sources.filter((c) => this.#sent.get(c.id) !== c);
		const m: ReadRequest = { gen: ++this.#gen, upsert, order: sources.map((c) => c.id) };
		if (nb.corrections !== this.#sentCorrections) m.corrections = nb.corrections;
		if (nb.actors !== this.#sentActors) m.actors = nb.actors;
		this.#sent = new Map(sources.map((c) => [c.id, c]));
		this.#sentCorrections = nb.corrections;
		this.#sentActors = nb.actors;
		this.#order = m.order;
		this.#snapshots.set(m.gen, this.#sent);
		reader.post(m);
	}

	/**
	 * Saves `nb` (PUT `url` with its base version) through the reading worker, which writes the JSON
	 * from the source cells it holds (those it holds as they are go as their id) and sends it: a
	 * notebook of megabytes is not written on the page's thread. Resolves to the server's response;
	 * rejects when it could not be sent. Without a running worker, saves from the page.
	 */
	put(url: string, baseVersion: number, nb: Notebook): Promise<Response> {
		const absolute = new URL(url, location.href).href;
		if (!this.#worker) {
			return fetch(absolute, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ baseVersion, notebook: nb })
			});
		}
		const id = ++this.#saveIds;
		const cells = nb.cells.map((c) => (c.kind === 'source' && this.#sent.get(c.id) === c ? c.id : c));
		return new Promise((resolve, reject) => {
			this.#saves.set(id, (a) => {
				if (a.status === 0) reject(new Error(a.error ?? 'not sent'));
				else
					resolve(
						new Response(JSON.stringify(a.body), {
							status: a.status,
							headers: { 'content-type': 'application/json' }
						})
					);
			});
			this.#worker!.post({ type: 'save', id, url: absolute, baseVersion, notebook: { ...nb, cells } });
		});
	}

	#reader(): { post(m: ReadRequest | SaveRequest): void; stop(): void } {
		if (this.#worker) return this.#worker;
		// `?reader=page` reads in the page, as before the worker (the benchmark's peer)
		if (new URLSearchParams(location.search).get('reader') === 'page') {
			this.#inPage('asked for by ?reader=page');
			return this.#worker!;
		}
		try {
			const w = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
			w.onmessage = (e: MessageEvent<ReadAnswer | SaveAnswer>) => this.#answer(e.data);
			w.onerror = (e) => {
				// A worker that cannot start (or dies) is replaced by reading in the page.
				e.preventDefault?.();
				this.#inPage('the reading worker stopped');
			};
			this.#worker = { post: (m) => w.postMessage(m), stop: () => w.terminate() };
		} catch {
			this.#inPage('no reading worker could start');
		}
		return this.#worker!;
	}

	/** Reads in the page from now on, and asks again for the last notebook asked for. */
	#inPage(why: string): void {
		this.#worker?.stop();
		// saves that were on their way through the worker are not: their callers hear so
		for (const [id, answer] of this.#saves)
			answer({ type: 'saved', id, status: 0, body: {}, error: 'the reading worker stopped' });
		this.#saves.clear();
		let handle: ((m: ReadRequest | SaveRequest) => void) | null = null;
		const queue: (ReadRequest | SaveRequest)[] = [];
		this.#worker = {
			post: (m) => (handle ? handle(m) : queue.push(m)),
			stop: () => (handle = () => {})
		};
		void import('./reader-service').then(({ readerService }) => {
			handle = readerService((a) => this.#answer(a));
			for (const m of queue.splice(0)) handle(m);
		});
		console.warn(`Taqvim reads in the page: ${why}.`);
		this.#sent = new Map();
		this.#sentCorrections = null;
		this.#sentActors = null;
		this.#order = [];
		if (this.#last) this.request(this.#last, true);
	}

	#answer(a: ReadAnswer | SaveAnswer): void {
		if (a.type === 'saved') {
			this.#saves.get(a.id)?.(a);
			this.#saves.delete(a.id);
			return;
		}
		if (a.gen < this.#applied) return;
		if (a.type === 'progress') {
			if (a.gen === this.#gen) this.progress = a.progress;
			return;
		}
		if (a.type === 'failed') {
			this.error = `Reading failed: ${a.message}`;
			this.#done(a.gen);
			return;
		}
		// only the reading of the notebook as last sent is shown (an older one is on its way out)
		if (a.gen !== this.#gen) return;
		this.#result = a;
		this.#applySoon();
	}

	/** A result waiting to be shown (the analyst is typing), the last one only. */
	#result: Extract<ReadAnswer, { type: 'result' }> | null = null;
	#applyTimer: ReturnType<typeof setTimeout> | null = null;
	/** When a key was last pressed on the page (performance.now()). */
	#lastKey = -Infinity;

	/** A key was pressed: a new reading waits until typing pauses before it is shown. */
	typed(): void {
		this.#lastKey = performance.now();
	}

	/**
	 * Shows the waiting result once typing has paused for TYPING_PAUSE_MS, in three tasks of the
	 * page's thread (the readings of the sources, the story, the timeline's items), so that no
	 * one of them holds the page for long.
	 */
	#applySoon(): void {
		if (this.#applyTimer) return;
		const wait = this.#lastKey + TYPING_PAUSE_MS - performance.now();
		this.#applyTimer = setTimeout(
			() => {
				this.#applyTimer = null;
				if (performance.now() - this.#lastKey < TYPING_PAUSE_MS) return this.#applySoon();
				const a = this.#result;
				this.#result = null;
				if (a && a.gen === this.#gen) this.#apply(a);
			},
			Math.max(0, wait)
		);
	}

	#apply(a: Extract<ReadAnswer, { type: 'result' }>): void {
		const gen = a.gen;
		const cells = this.#snapshots.get(gen) ?? new Map<string, SourceCell>();
		const text = (id: string) => cells.get(id)?.text ?? '';
		const fresh = JSON.parse(a.sources) as SourceReading[];
		if (fresh.length || a.order.length !== this.sources.size) {
			const sources = new Map<string, SourceReading>();
			for (const id of a.order) {
				const kept = this.sources.get(id);
				if (kept) sources.set(id, kept);
			}
			for (const r of fresh)
				sources.set(r.cell, {
					...r,
					text: text(r.cell),
					docs: r.docs.map((d) => ({ ...d, text: text(d.path) }))
				});
			this.sources = sources;
		}
		if (a.error !== this.error) this.error = a.error;
		const stale = () => gen !== this.#gen;
		const story = () => {
			if (stale()) return;
			if (a.story !== null) {
				const s = JSON.parse(a.story) as Story;
				for (const d of s.documents) d.text = text(d.path);
				this.story = s;
			}
			next(items);
		};
		const items = () => {
			if (stale()) return;
			if (a.items !== null) this.items = JSON.parse(a.items);
			this.#done(gen);
		};
		next(story);
	}

	#done(gen: number): void {
		this.#applied = gen;
		for (const g of [...this.#snapshots.keys()]) if (g < gen) this.#snapshots.delete(g);
		if (gen === this.#gen && !this.#next) {
			this.progress = null;
			this.busy = false;
		}
	}
}
