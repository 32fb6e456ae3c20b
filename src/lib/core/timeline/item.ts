import type { EventStatus, SpeechAct } from '../story/model';
import type { TimeValue } from '../time/time-value';

/**
 * What the timeline, the table and the exports draw: one row per event, statement or dated
 * document, flattened from the Story (see `storyToItems`). Plain data.
 */
export type ItemKind = 'event' | SpeechAct | 'document';

export interface TimelineItem {
	/** The story record id (event / statement / document id). */
	id: string;
	kind: ItemKind;
	/** Short label shown next to the glyph (in the source language). */
	label: string;
	/** The sentence or summary shown on hover. */
	text: string;
	/** When it happened (event), was said (statement) or was published (document); null = undated. */
	when: TimeValue | null;
	/** Derived status for events; statements carry the status of the event they are about, if any. */
	status: EventStatus | null;
	/** Actor ids involved (speaker and participants). */
	actors: string[];
	/** Outlet ids (publishing outlet and chain outlets). */
	outlets: string[];
	/** Chain of attribution, nearest first. */
	chain: string[];
	/** Document ids this item was read from. */
	docs: string[];
	lang: string;
	/** Evidence spans for "click opens the source at the sentence". */
	evidence: { doc: string; start: number; end: number }[];
}

/** A drawn link: a denial → what it denies, a report → the event it reports. */
export interface TimelineLink {
	type: 'denies' | 'reports-on' | 'confirms';
	from: string;
	to: string;
}
