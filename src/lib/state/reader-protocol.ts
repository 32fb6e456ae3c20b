import type { Cell, Correction, Notebook, NotebookActor, SourceCell } from '$lib/core/notebook';
import type { ReaderProgress, SourceReading } from '$lib/core/notebook/reading';

/**
 * Messages between the page and the reading worker (`reader.worker.ts`). The page sends only what
 * changed since its last message (cells it had not sent as they are now, the cell order, and the
 * corrections and actors when they changed); the worker answers each request's generation with
 * progress and then the reading. Texts never travel back: documents and readings come without
 * them, and the page puts back the texts it sent.
 */
export interface ReadRequest {
	type?: 'read';
	gen: number;
	/** Source cells new or changed since the last request. */
	upsert: SourceCell[];
	/** Every source cell id, in notebook order. */
	order: string[];
	corrections?: Correction[];
	actors?: NotebookActor[];
}

/**
 * Saving a notebook through the worker: the worker writes the JSON body and sends it (a notebook
 * of a thousand articles is megabytes of JSON, too long to write on the page's thread while the
 * analyst types). Source cells the worker already holds as they are come as their id.
 */
export interface SaveRequest {
	type: 'save';
	id: number;
	/** Where to PUT, absolute. */
	url: string;
	baseVersion: number;
	notebook: Omit<Notebook, 'cells'> & { cells: (Cell | string)[] };
}

/** The server's answer to a save: its status and its JSON body (or {} when none); status 0: not sent. */
export interface SaveAnswer {
	type: 'saved';
	id: number;
	status: number;
	body: unknown;
	/** Why it could not be sent (status 0). */
	error?: string;
}

export type ReadAnswer =
	| { gen: number; type: 'progress'; progress: ReaderProgress }
	| {
			gen: number;
			type: 'result';
			/**
			 * The story as JSON (its documents' `text` left empty), and its timeline items and links
			 * (`storyToItems`) as JSON; null when the same as in the last result. A string crosses to
			 * the page at once; the page parses it in one go, not object by object.
			 */
			story: string | null;
			items: string | null;
			/**
			 * Readings of the cells read again since the last result, as JSON (their `text` and their
			 * documents' left empty): a source of 27,000 dates crosses as one string, not 27,000 objects.
			 */
			sources: string;
			/** Every source cell id in order (readings of the others are unchanged). */
			order: string[];
			error: string;
	  }
	| { gen: number; type: 'failed'; message: string };

/** A new reading is shown once no key has been pressed on the page for this long (ms). */
export const TYPING_PAUSE_MS = 600;

/** A reading's documents without their text, to send. */
export function withoutTexts(r: SourceReading): SourceReading {
	return { ...r, text: '', docs: r.docs.map((d) => ({ ...d, text: '' })) };
}
