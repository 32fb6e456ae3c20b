import type { Correction, NotebookActor, SourceCell } from '$lib/core/notebook';
import type { ReaderProgress, SourceReading } from '$lib/core/notebook/reading';

/**
 * Messages between the page and the reading worker (`reader.worker.ts`). The page sends only what
 * changed since its last message (cells it had not sent as they are now, the cell order, and the
 * corrections and actors when they changed); the worker answers each request's generation with
 * progress and then the reading. Texts never travel back: documents and readings come without
 * them, and the page puts back the texts it sent.
 */
export interface ReadRequest {
	gen: number;
	/** Source cells new or changed since the last request. */
	upsert: SourceCell[];
	/** Every source cell id, in notebook order. */
	order: string[];
	corrections?: Correction[];
	actors?: NotebookActor[];
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

/** A reading's documents without their text, to send. */
export function withoutTexts(r: SourceReading): SourceReading {
	return { ...r, text: '', docs: r.docs.map((d) => ({ ...d, text: '' })) };
}
