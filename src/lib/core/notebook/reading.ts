/**
 * One reading of a notebook for every view: each source cell is read once (`readEachDocument`),
 * and its documents, the date mentions the reader used (each resolved against its own document's
 * publication date), the actors found in it and the story built from all of them with the
 * analyst's corrections (`storyOf`) come out of the same pass. The source view highlights these
 * mentions and the story dates its items from them, so a date shown in the text is the date the
 * story uses. A reader keeps what it read per cell, keyed by the cell's text and metadata and the
 * notebook's actors: a pass reads again only the cells that changed (all of them when the actors
 * changed) and then builds the story. Pure and deterministic; the browser runs it in a Web Worker.
 */
import type { TimeMention } from '../dates/mention';
import { gazetteer, type Gazetteer } from '../gazetteer';
import type { DocItems } from '../story/build';
import type { Story, StoryDocument } from '../story/model';
import { readEachDocument, storyPeople } from '../story/read';
import type { DocEntity } from '../reading/items';
import { storyOf } from './corrections';
import { actorLines, sourceInput } from './inputs';
import { MAX_SOURCE_CHARS, type Correction, type NotebookActor, type SourceCell } from './model';

/** An actor or outlet named in a source (UTF-16 offsets into its text, end exclusive). */
export interface ActorMark {
	id: string;
	start: number;
	end: number;
	/** An outlet or agency (drawn in another colour). */
	outlet: boolean;
}

/** What one source cell was read into. */
export interface SourceReading {
	cell: string;
	/** The text it was read from: a view compares it with the cell's text before using offsets. */
	text: string;
	/** The articles found in the text (a page may hold several), as the story has them. */
	docs: StoryDocument[];
	/** Every date mention the reader used, in text order, ranges joined into one value. */
	mentions: TimeMention[];
	actors: ActorMark[];
	/** Why the source was not read (too large, reading failed), or ''. */
	error: string;
}

/** What a pass reads: the notebook's source cells in order, its corrections and taught actors. */
export interface ReaderInput {
	sources: readonly SourceCell[];
	corrections: readonly Correction[];
	actors: readonly NotebookActor[];
}

export interface NotebookReading {
	story: Story;
	/** One per source cell, in cell order; a cell not read again keeps its earlier object. */
	sources: SourceReading[];
	/** Ids of the cells read again in this pass. */
	changed: string[];
	/** Sources left out of the story, in words, or ''. */
	error: string;
}

/** How far a pass is: `read` of `total` cells to read again, then building the story. */
export interface ReaderProgress {
	phase: 'read' | 'build';
	done: number;
	total: number;
}

interface Cached {
	text: string;
	meta: string;
	lines: string;
	perDoc: DocItems[];
	reading: SourceReading;
	/**
	 * The cell read again with the people the other cells introduced (`storyPeople`), and which
	 * people those were: read again only when they change.
	 */
	again?: { people: string; perDoc: DocItems[] };
}

const EMPTY_STORY: Story = { documents: [], actors: [], events: [], statements: [], links: [] };

/**
 * Reads notebooks pass after pass, reading again only what changed.
 * @example const r = new NotebookReader(); r.read({ sources, corrections: [], actors: [] }).story
 */
export class NotebookReader {
	#cache = new Map<string, Cached>();
	#gazetteer: { lines: string; g: Gazetteer } | null = null;
	#last: { input: ReaderInput; result: NotebookReading; lines: string } | null = null;

	/** A whole pass at once. */
	read(input: ReaderInput): NotebookReading {
		const steps = this.steps(input);
		for (;;) {
			const r = steps.next();
			if (r.done) return r.value;
		}
	}

	/**
	 * A pass one cell at a time: yields after each cell read and before building the story, so
	 * that a caller can stay responsive and drop the pass when a newer one is due (what was read
	 * so far stays cached). Returns the reading.
	 */
	*steps(input: ReaderInput): Generator<ReaderProgress, NotebookReading> {
		const lines = actorLines([...input.actors]);
		const last = this.#last;
		if (
			last &&
			last.lines === lines &&
			last.input.corrections === input.corrections &&
			sameCells(last.input.sources, input.sources)
		)
			return { ...last.result, changed: [] };
		if (this.#gazetteer?.lines !== lines) this.#gazetteer = { lines, g: gazetteer(lines || undefined) };
		const g = this.#gazetteer.g;
		const todo = input.sources.filter((c) => !this.#fresh(c, lines));
		const changed: string[] = [];
		for (const c of todo) {
			yield { phase: 'read', done: changed.length, total: todo.length };
			this.#cache.set(c.id, readCell(c, g, lines));
			changed.push(c.id);
		}
		yield { phase: 'build', done: todo.length, total: todo.length };
		const ids = new Set(input.sources.map((c) => c.id));
		for (const id of [...this.#cache.keys()]) if (!ids.has(id)) this.#cache.delete(id);
		const perDoc: DocItems[] = [];
		const sources: SourceReading[] = [];
		const texts = new Map<string, string>();
		// a person one cell introduced is found by name alone in the others (as readDocuments does)
		const people = storyPeople(input.sources.map((c) => this.#cache.get(c.id)!.perDoc));
		input.sources.forEach((c, k) => {
			const got = this.#cache.get(c.id)!;
			perDoc.push(...(people[k].length ? readAgain(c, got, people[k], g) : got.perDoc));
			sources.push(got.reading);
			texts.set(c.id, c.text);
		});
		let story = EMPTY_STORY;
		const failed: string[] = [];
		try {
			story = storyOf(perDoc, [...input.corrections], texts, g);
		} catch (e) {
			failed.push(`Building the story failed: ${(e as Error).message}`);
		}
		const tooLarge = input.sources.filter((c) => c.text.length > MAX_SOURCE_CHARS);
		const unread = sources.filter((s) => s.error && !tooLarge.some((c) => c.id === s.cell));
		if (tooLarge.length) failed.unshift(`Too large to read: ${tooLarge.map(name).join(', ')}.`);
		if (unread.length) failed.push(`Could not read: ${unread.map((s) => s.error).join('; ')}`);
		const result = { story, sources, changed, error: failed.join(' ') };
		this.#last = { input, result, lines };
		return result;
	}

	#fresh(c: SourceCell, lines: string): boolean {
		const got = this.#cache.get(c.id);
		return !!got && got.lines === lines && got.text === c.text && got.meta === metaKey(c);
	}
}

/** Two lists of the same cells, by reference (a notebook edit replaces only the cells it changes). */
function sameCells(a: readonly SourceCell[], b: readonly SourceCell[]): boolean {
	return a.length === b.length && a.every((c, i) => c === b[i]);
}

function name(c: SourceCell): string {
	return c.title || c.filename || c.id;
}

/** Everything of a cell but its text that reading depends on. */
function metaKey(c: SourceCell): string {
	return JSON.stringify({ ...sourceInput(c), text: undefined });
}

/**
 * What a cell reads into with the people the other cells introduced: its second reading, kept
 * while those people stay the same; its first one if reading again fails.
 */
function readAgain(c: SourceCell, got: Cached, people: DocEntity[], g: Gazetteer): DocItems[] {
	const key = JSON.stringify(people.map((e) => [e.id, e.names, e.role, e.affiliation, e.org ?? null]));
	if (got.again?.people === key) return got.again.perDoc;
	let perDoc = got.perDoc;
	try {
		perDoc = readEachDocument([sourceInput(c)], { people }, g);
	} catch {
		// the first reading stands
	}
	got.again = { people: key, perDoc };
	return perDoc;
}

function readCell(c: SourceCell, g: Gazetteer, lines: string): Cached {
	const base = { text: c.text, meta: metaKey(c), lines };
	const empty = (error: string): Cached => ({
		...base,
		perDoc: [],
		reading: { cell: c.id, text: c.text, docs: [], mentions: [], actors: [], error }
	});
	if (!c.text.trim()) return empty('');
	if (c.text.length > MAX_SOURCE_CHARS)
		return empty(`${name(c)} is too large to read (${c.text.length.toLocaleString('en')} characters)`);
	try {
		const perDoc = readEachDocument([sourceInput(c)], {}, g);
		const mentions = perDoc.flatMap((d) => d.dates);
		const actors = g.find(c.text).map((m) => {
			const kind = g.get(m.id)?.kind;
			return { id: m.id, start: m.start, end: m.end, outlet: kind === 'outlet' || kind === 'agency' };
		});
		return {
			...base,
			perDoc,
			reading: { cell: c.id, text: c.text, docs: perDoc.map((d) => d.doc), mentions, actors, error: '' }
		};
	} catch (e) {
		return empty(`${name(c)} (${(e as Error).message})`);
	}
}
