import type { TimeValue } from '../time/time-value';

/**
 * The story model (DESIGN.md §2, CLI contract §4). Plain JSON-safe records; every record has an id.
 * Actor and outlet ids are their canonical English names ("Taliban", "ISNA").
 */
export type PublishedSource = 'label' | 'header' | 'url' | 'analyst' | 'inferred';

export interface StoryDocument {
	id: string;
	/** File path or notebook cell id the document came from. */
	path: string;
	lang: string;
	title: string;
	/** Outlet id (canonical English name), or null when unknown. */
	outlet: string | null;
	url: string | null;
	published: TimeValue | null;
	publishedSource: PublishedSource | null;
	/** The original text (the whole file for the first document of a file). */
	text: string;
	/** Where this document's body lies in `text` (UTF-16, end exclusive). */
	bodyStart: number;
	bodyEnd: number;
	/** How `published` was found, in words ("labelled …", "given in the metadata"). */
	publishedReason?: string;
}

export type ActorKind = 'state' | 'organisation' | 'person' | 'outlet' | 'agency' | 'anonymous';

export interface Actor {
	id: string;
	kind: ActorKind;
	names: { en: string; ar?: string; fa?: string };
	aliases: string[];
	parent?: string | null;
	/** For a person read from the text: the role they were introduced with ("foreign minister"). */
	role?: string;
}

export interface Evidence {
	doc: string;
	start: number;
	end: number;
}

export type EventStatus = 'reported' | 'confirmed' | 'denied' | 'disputed';

export interface StoryEvent {
	id: string;
	participants: string[];
	when: TimeValue | null;
	summary: string;
	status: EventStatus;
	evidence: Evidence[];
	place?: string | null;
	/** Independent origins (the last link of each chain) of the claims and reports about it; echoes count once. */
	corroboration?: number;
	/** What reading found that the summary is made from (so that it follows corrected participants). */
	reading?: EventReading;
}

/** Facts read with an event beside its fields. */
export interface EventReading {
	/** The kind of event in words, the head of its summary ("meeting"). */
	head: string;
}

export type SpeechAct = 'claim' | 'report' | 'denial' | 'confirmation';

export interface Statement {
	id: string;
	act: SpeechAct;
	/** Actor id, or an anonymous descriptor ("anonymous senior Taliban official"). */
	speaker: string;
	saidAt: TimeValue | null;
	/** Event id this statement is about, or null. */
	about: string | null;
	/** Who relayed it, outlet/actor ids, nearest first: ISNA ← CNN ← Zakharova = ["ISNA","CNN","Maria Zakharova"]. */
	chain: string[];
	evidence: Evidence[];
	/** The sentence (or clause) the statement was read from. */
	text: string;
	/** A short label for the statement, when one is known (the timeline falls back to `text`). */
	summary?: string;
	/**
	 * What reading found beside the fields above that links and status are derived from. Kept in
	 * the story so that they can be derived again after the analyst's corrections (see `deriveStory`).
	 */
	reading?: StatementReading;
}

/** Facts read with a statement that its links depend on (ids are actor ids, as elsewhere). */
export interface StatementReading {
	/** Kind of the speaker as read ("outlet" for «صحيفة …»): a report by an outlet answers a denial. */
	speakerKind: ActorKind;
	/** The actor the speaker belongs to (Taliban for "anonymous senior Taliban official"), or null. */
	affiliation: string | null;
	/** Gazetteer actors named in what was said. */
	topic: string[];
	/** For a denial: whom it names as answered («تصريحات مسؤول روسي» → Russia). */
	answers: string[];
	/** For a denial or a confirmation: the statements its own sentence refers to («نفى تقرير وكالة X»). */
	answersIds?: string[];
	/** For a denial: its sentence speaks of reports or claims, so it answers the story's reports. */
	ofClaims?: boolean;
	/** Said at no time of its own: `saidAt` is the publication date of its page, so said then or before. */
	pageDated?: boolean;
}

export type LinkType = 'denies' | 'reports-on' | 'same-as' | 'confirms';

export interface Link {
	type: LinkType;
	from: string;
	to: string;
}

export interface Story {
	documents: StoryDocument[];
	actors: Actor[];
	events: StoryEvent[];
	statements: Statement[];
	links: Link[];
}
