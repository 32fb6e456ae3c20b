/**
 * The timeline's state: raw inputs (items, links, view, size, the live zoom window) and derived
 * outputs (the filtered index, the frame layout). Derivations only — no effect copies state into
 * state. The index is rebuilt only when items, links, filters or lanes change; a zoom or pan frame
 * recomputes just the layout.
 */
import {
	defaultView,
	fitWindow,
	layoutFrame,
	prepareTimeline,
	windowToDays,
	type ActorNames,
	type LaneMode,
	type PreparedTimeline,
	type TimelineItem,
	type TimelineLayout,
	type TimelineLink,
	type TimelineView
} from '$lib/core/timeline';

export interface TimelineInputs {
	items: readonly TimelineItem[];
	links?: readonly TimelineLink[];
	/** The owner's view; when absent the state keeps its own (`ownView`). */
	view?: TimelineView;
	/** Height of the plot, px. */
	height?: number;
	/** Display name of a lane key (a document's title). */
	laneLabel?: (key: string, mode: LaneMode) => string;
	/** The story's actors: search finds their other names and spellings. */
	actors?: readonly ActorNames[];
}

export class TimelineState {
	/** Reads the component's props; a getter, so props are never copied into state. */
	private readonly inputs: () => TimelineInputs;
	/** The view used when the owner does not pass one. */
	ownView = $state.raw<TimelineView>(defaultView());
	readonly items = $derived.by(() => this.inputs().items);
	readonly links = $derived.by(() => this.inputs().links ?? []);
	readonly view: TimelineView = $derived.by(() => this.inputs().view ?? this.ownView);
	width = $state.raw(800);
	readonly height = $derived.by(() => this.inputs().height ?? 320);
	scrollY = $state.raw(0);
	/** Lanes opened to draw every item (a stack the reader asked to see); not part of the view. */
	// Replaced as a whole, never mutated: no SvelteSet needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	expanded = $state.raw<ReadonlySet<string>>(new Set());
	/**
	 * The window while the user is zooming/panning, tagged with the view it started from: once the
	 * owner hands in a new view the tag no longer matches and the view's own window wins again.
	 */
	live = $state.raw<{ from: TimelineView; window: [number, number] } | null>(null);

	/** The filtered, lane-split index: depends on items, links, filters and lanes only. */
	readonly prep: PreparedTimeline = $derived.by(() =>
		prepareTimeline(this.items, this.links, this.filters, this.lanes, {
			laneLabel: this.laneLabel,
			actors: this.actors
		})
	);
	private readonly laneLabel = $derived.by(() => this.inputs().laneLabel);
	private readonly actors = $derived.by(() => this.inputs().actors);
	// Split out so that a new view object with equal filters/lanes does not rebuild the index.
	private readonly filtersKey = $derived(JSON.stringify(this.view.filters));
	private readonly filters = $derived.by(() => JSON.parse(this.filtersKey) as TimelineView['filters']);
	private readonly lanes = $derived(this.view.lanes);

	/** The items' own window, padded: what "fit" shows. */
	readonly fit: [number, number] = $derived(fitWindow(this.prep));

	/** The window on screen, day numbers [start, end). */
	readonly window: [number, number] = $derived.by(() => {
		if (this.live && this.live.from === this.view) return this.live.window;
		return windowToDays(this.view.window) ?? this.fit;
	});

	/** The lane-name column: wider for document titles, never more than a third of the width. */
	readonly labelWidth = $derived(this.view.lanes === 'document' ? 220 : 120);

	constructor(inputs: () => TimelineInputs) {
		this.inputs = inputs;
	}

	readonly layout: TimelineLayout = $derived.by(() =>
		layoutFrame(this.prep, this.view, this.window, {
			width: this.width,
			height: this.height,
			scrollY: this.scrollY,
			labelWidth: this.labelWidth,
			expanded: this.expanded
		})
	);
}
