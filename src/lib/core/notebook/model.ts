import type { ActorKind, PublishedSource, SpeechAct } from '../story/model';
import type { TimeValue } from '../time/time-value';
import type { TimelineView } from '../timeline/view';
import type { TimelineItem, TimelineLink } from '../timeline/item';

/**
 * The notebook file (DESIGN.md §5): only inputs (texts, metadata) and decisions (corrections, view
 * settings). Nothing derived — story, mentions, items — is ever stored; the browser recomputes them.
 */
export const NOTEBOOK_FORMAT = 'taqvim-notebook';

/**
 * Largest source text, in UTF-16 code units. Reading is done in the browser on every edit, and a
 * 200,000-character article reads in about 0.25 s; larger texts are refused with a message asking
 * to split them (a 10 MB document would freeze the page for minutes).
 */
export const MAX_SOURCE_CHARS = 300_000;

export type CellKind = 'source' | 'note' | 'timeline' | 'table';

interface CellBase {
	/** Stable id, assigned once when the cell is created and never changed (`c-` + 10 base-36 chars). */
	id: string;
	kind: CellKind;
	/** Folded in the UI (a decision, so it survives reload). */
	collapsed: boolean;
}

/** An article and what is known about it. `text` is the document exactly as pasted or uploaded. */
export interface SourceCell extends CellBase {
	kind: 'source';
	title: string;
	text: string;
	/** 'ar' | 'fa' | 'en' as set by the analyst; null = detect from the text. */
	lang: string | null;
	/** Outlet id (canonical English name) or null when unknown. */
	outlet: string | null;
	url: string | null;
	/** Publication date, or null when unknown. */
	published: TimeValue | null;
	publishedSource: PublishedSource | null;
	/** Name of the uploaded file, when it came from one. */
	filename: string | null;
	/** What is known about the second, third… article found in the same text (a page with two). */
	parts: SourcePart[];
}

/** Metadata of a later article in the same source text. */
export interface SourcePart {
	title: string | null;
	outlet: string | null;
	published: TimeValue | null;
	publishedSource: PublishedSource | null;
}

/** Markdown, rendered sanitised. */
export interface NoteCell extends CellBase {
	kind: 'note';
	markdown: string;
}

export interface TimelineCell extends CellBase {
	kind: 'timeline';
	title: string;
	/** Filters, lanes, display calendars and zoom window (the timeline core's view value). */
	view: TimelineView;
}

export interface TableCell extends CellBase {
	kind: 'table';
	title: string;
	/** Filters, lanes, display calendars and zoom window (the timeline core's view value). */
	view: TimelineView;
}

export type Cell = SourceCell | NoteCell | TimelineCell | TableCell;

/** Where a correction is anchored: a span of one source cell's text, with the span text itself so
 * that the anchor can be found again after the text was edited a little. */
export interface SpanAnchor {
	/** Source cell id. */
	doc: string;
	/** UTF-16 offsets into the cell's text, end exclusive. */
	start: number;
	end: number;
	/** The text between start and end when the decision was made. */
	text: string;
	/** Which item the decision is about when an event and a statement share the span. */
	item?: 'event' | 'statement';
}

/** A mention's date set by the analyst. */
export interface MentionDateCorrection {
	id: string;
	type: 'mention-date';
	at: SpanAnchor;
	value: TimeValue;
}

/** An item (event or statement, found by its evidence span) given another kind. */
export interface ItemKindCorrection {
	id: string;
	type: 'item-kind';
	at: SpanAnchor;
	kind: 'event' | SpeechAct;
}

export interface SpeakerCorrection {
	id: string;
	type: 'speaker';
	at: SpanAnchor;
	speaker: string;
}

export interface ActorsCorrection {
	id: string;
	type: 'actors';
	at: SpanAnchor;
	actors: string[];
}

/**
 * An item read wrongly, dismissed. With `scope` 'document' only this document's reading of it goes:
 * the story is built as if this document had not said it, and the other documents that said it
 * keep it as they had it. Without a scope (or 'everywhere') the item goes from the whole story.
 */
export interface DismissCorrection {
	id: string;
	type: 'dismiss';
	at: SpanAnchor;
	scope?: 'document' | 'everywhere';
}

/** An item's text set by the analyst: an event's summary, or what a statement said. */
export interface ItemTextCorrection {
	id: string;
	type: 'item-text';
	at: SpanAnchor;
	text: string;
}

/** An item's date set by the analyst (an event's `when`, a statement's `saidAt`); null = undated. */
export interface ItemDateCorrection {
	id: string;
	type: 'item-date';
	at: SpanAnchor;
	value: TimeValue | null;
}

/** What the analyst says an item added by hand is. */
export interface AddedItem {
	kind: 'event' | SpeechAct;
	/** An event's summary, or what a statement said. */
	text: string;
	/** When it happened (event) or was said (statement), in any calendar; null = undated. */
	when: TimeValue | null;
	/** Who said it (statements only; an actor id or a descriptor). */
	speaker: string | null;
	/** An event's participants; for a statement, the actors it is about. */
	participants: string[];
}

/**
 * An event or statement the reader missed, added by hand. Its id in the story is the correction's
 * id. `at` is the span of a source it was read from (its evidence), or null when it has none.
 */
export interface AddItemCorrection {
	id: string;
	type: 'add-item';
	at: SpanAnchor | null;
	item: AddedItem;
}

/** An item a link correction names: one read from a span of a source, or one added by hand. */
export type ItemRef = { at: SpanAnchor } | { added: string };

/**
 * A link between two items set by the analyst: `denies` (a denial → what it denies) or
 * `reports-on` (a statement → the event it reports); with `remove` the link is taken away even
 * where the reader found it.
 */
export interface LinkCorrection {
	id: string;
	type: 'link';
	link: 'denies' | 'reports-on';
	from: ItemRef;
	to: ItemRef;
	remove?: true;
}

/** Two actors are one: every `from` becomes `into`. */
export interface MergeActorsCorrection {
	id: string;
	type: 'merge-actors';
	from: string;
	into: string;
}

export type Correction =
	| MentionDateCorrection
	| ItemKindCorrection
	| SpeakerCorrection
	| ActorsCorrection
	| DismissCorrection
	| MergeActorsCorrection
	| ItemTextCorrection
	| ItemDateCorrection
	| AddItemCorrection
	| LinkCorrection;

/** The corrections anchored to one span of a source (every type but merges, links and additions). */
export type SpanCorrection = Extract<Correction, { at: SpanAnchor }>;

/**
 * An actor the analyst taught this notebook (extends the shipped gazetteer; an actor with the id of
 * a shipped one replaces it). Every source is read again with it.
 */
export interface NotebookActor {
	/** Canonical name (used as id everywhere, as the shipped actors' English names are). */
	id: string;
	kind: ActorKind;
	names: { en: string; ar?: string; fa?: string };
	/** Every other spelling met in the texts. */
	aliases: string[];
	/** The actor it belongs to (a ministry, a state, a movement), or absent. */
	parent?: string | null;
}

/** A file of ready-made timeline items (items CSV/JSON, TimelineJS) added to the notebook as an input. */
export interface ItemImport {
	/** Stable id (`i-` + base-36), also the prefix of its items' ids in the views. */
	id: string;
	filename: string;
	items: TimelineItem[];
	links: TimelineLink[];
}

export interface Notebook {
	format: typeof NOTEBOOK_FORMAT;
	/** Schema version of this file (see migrations.ts). */
	schema: number;
	/** File id: `[a-z0-9][a-z0-9-]{0,62}`; the file is `<id>.taqvim.json`. */
	id: string;
	title: string;
	/** Save counter for optimistic concurrency: the server refuses a save whose base version is stale. */
	version: number;
	cells: Cell[];
	corrections: Correction[];
	actors: NotebookActor[];
	/** Item files added as they are (never re-read from a source). */
	imports: ItemImport[];
}
