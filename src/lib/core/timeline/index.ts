/**
 * The timeline core's public names. Pure TypeScript: the component and the exports both use it.
 */
export type { ItemKind, TimelineItem, TimelineLink } from './item';
export type { LaneMode, TimelineFilters, TimelineView } from './view';
export {
	defaultView,
	emptyFilters,
	hasViewQuery,
	normalizeView,
	viewFromQuery,
	viewToQuery,
	withViewQuery
} from './view';
export {
	facets,
	filterItems,
	itemPredicate,
	searchKey,
	searchTerms,
	type ActorNames,
	type Facets
} from './filter';
export { storyToItems, shortLabel } from './story-to-items';
export {
	daysToWindow,
	itemDays,
	itemPosition,
	readingOrder,
	laneKey,
	prepareTimeline,
	windowToDays,
	type PrepareOptions,
	type PreparedLane,
	type PreparedTimeline
} from './prepare';
export {
	GLYPH_R,
	fitWindow,
	layoutFrame,
	layoutTimeline,
	overviewBins,
	type Aggregate,
	type Glyph,
	type LaneBox,
	type LayoutOptions,
	type LinkPath,
	type TickMark,
	type TimelineLayout
} from './layout';
export { calendarAxisTicks, pickStep, type AxisTick, type TickLevel } from './ticks';
export {
	DAY_MS,
	DISPLAY_CALENDARS,
	axisCalendar,
	dayToIso,
	defaultLocale,
	formatDay,
	isoToDay,
	localDigits,
	monthNames,
	type DisplayLocale
} from './axis-calendar';
export {
	AGGREGATE_ALPHAS,
	FONT_FAMILY,
	GLYPHS,
	KIND_COLOURS,
	LINK_COLOURS,
	PALETTE,
	SPAN_FADE,
	STATUS_COLOURS,
	TEXT,
	glyphPaint,
	glyphPath,
	linkPaint,
	statusColour,
	type Paint,
	type Ring,
	type TextStyle
} from './style';
export {
	drawTimeline,
	frameLegend,
	legendEntries,
	type Align,
	type LegendEntry,
	type MarkState,
	type Surface
} from './marks';
export { syntheticItems } from './synthetic';
export { formatWhen, textDirection } from '../time/format';
export { FIXTURE_STORY } from './fixtures';
export { explainItem, itemStatusText, type Explanation, type ExplanationLine, type ItemRef } from './explain';
export {
	actorName,
	eventLabel,
	labelIndex,
	labelLocale,
	laneLabeller,
	quoted,
	statementLabel
} from './labels';
export { word, maybeWord, kindGroupLabel } from './words';
