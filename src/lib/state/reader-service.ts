/**
 * What the reading worker does, as a function of its messages: it keeps the source cells it was
 * sent and one `NotebookReader`, which keeps what it read per cell, so that an edit reads again
 * only the cell that changed before the story is built. A newer request drops the pass under way
 * at the next cell (what was read so far stays cached); progress is posted from 300 ms into a
 * pass, at most every 250 ms.
 * `reader.worker.ts` runs it in a Web Worker; the page runs it in place when no worker can start.
 * It saves too: the notebook's JSON is written from the cells it holds, off the page's thread.
 */
import type { Correction, NotebookActor, SourceCell } from '$lib/core/notebook';
import { NotebookReader, type SourceReading } from '$lib/core/notebook/reading';
import { storyToItems } from '$lib/core/timeline';
import {
	withoutTexts,
	type ReadAnswer,
	type ReadRequest,
	type SaveAnswer,
	type SaveRequest
} from './reader-protocol';

/** Lets queued messages (a newer request, a click) in between two cells. */
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * A reading service posting its answers with `post`; returns the handler of its requests. It also
 * saves (SaveRequest): the notebook's JSON is written here, from the cells it holds, and PUT.
 */
export function readerService(
	post: (m: ReadAnswer | SaveAnswer) => void
): (m: ReadRequest | SaveRequest) => void {
	const reader = new NotebookReader();
	const cells = new Map<string, SourceCell>();
	let order: string[] = [];
	let corrections: Correction[] = [];
	let actors: NotebookActor[] = [];
	let latest = 0;
	let running = false;
	/** The reading last sent for each cell: a result carries those that are new since. */
	const sent = new Map<string, SourceReading>();
	/** The story and items last sent, as sent. */
	let sentStory: string | null = null;
	let sentItems: string | null = null;

	async function run(): Promise<void> {
		running = true;
		try {
			for (;;) {
				const gen = latest;
				const sources = order.map((id) => cells.get(id)).filter((c): c is SourceCell => !!c);
				const steps = reader.steps({ sources, corrections, actors });
				// progress is worth showing for a pass that takes a while: from 300 ms, every 250 ms
				let lastPost = Date.now() + 50;
				let finished = false;
				for (;;) {
					const r = steps.next();
					if (r.done) {
						finished = true;
						// a newer request that came while the story was built is read next, and only its
						// reading is sent: the page waits for the reading of the notebook as it is now
						await pause();
						if (latest !== gen) break;
						const { story, sources, error } = r.value;
						const fresh = sources.filter((s) => sent.get(s.cell) !== s);
						sent.clear();
						for (const s of sources) sent.set(s.cell, s);
						const storyJson = JSON.stringify({
							...story,
							documents: story.documents.map((d) => ({ ...d, text: '' }))
						});
						const itemsJson = JSON.stringify(storyToItems(story));
						post({
							gen,
							type: 'result',
							story: storyJson === sentStory ? null : storyJson,
							items: itemsJson === sentItems ? null : itemsJson,
							sources: JSON.stringify(fresh.map(withoutTexts)),
							order: sources.map((s) => s.cell),
							error
						});
						sentStory = storyJson;
						sentItems = itemsJson;
						break;
					}
					if (Date.now() - lastPost > 250) {
						post({ gen, type: 'progress', progress: r.value });
						lastPost = Date.now();
					}
					await pause();
					if (latest !== gen) break;
				}
				if (finished && latest === gen) return;
				await pause();
			}
		} catch (e) {
			post({ gen: latest, type: 'failed', message: (e as Error).message });
		} finally {
			running = false;
		}
	}

	async function save(m: SaveRequest): Promise<void> {
		try {
			const notebook = {
				...m.notebook,
				cells: m.notebook.cells.map((c) => {
					if (typeof c !== 'string') return c;
					const held = cells.get(c);
					if (!held) throw new Error(`the cell ${c} was not sent`);
					return held;
				})
			};
			const r = await fetch(m.url, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ baseVersion: m.baseVersion, notebook })
			});
			const body = await r.json().catch(() => ({}));
			post({ type: 'saved', id: m.id, status: r.status, body });
		} catch (e) {
			post({ type: 'saved', id: m.id, status: 0, body: {}, error: (e as Error).message });
		}
	}

	return (m) => {
		if (m.type === 'save') {
			void save(m);
			return;
		}
		for (const c of m.upsert) cells.set(c.id, c);
		order = m.order;
		const ids = new Set(order);
		for (const id of [...cells.keys()]) if (!ids.has(id)) cells.delete(id);
		if (m.corrections) corrections = m.corrections;
		if (m.actors) actors = m.actors;
		latest = m.gen;
		if (!running) void run();
	};
}
