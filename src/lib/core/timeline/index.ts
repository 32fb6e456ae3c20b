/**
 * The timeline core's public names. Pure TypeScript: the component and the exports both use it.
 */
export type { ItemKind, TimelineItem, TimelineLink } from './item';
export type { LaneMode, TimelineFilters, TimelineView } from './view';
export { defaultView, emptyFilters, normalizeView, viewFromQuery, viewToQuery } from './view';
export { facets, filterItems, itemPredicate, type Facets } from './filter';
export { storyToItems, shortLabel } from './story-to-items';
export {
	daysToWindow,
	itemDays,
	itemPosition,
	readingOrder,
	laneKey,
	prepareTimeline,
	windowToDays,
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
export { glyphPath, SPAN_FADE, STATUS_COLOURS, KIND_COLOURS, statusColour } from './style';
export { syntheticItems } from './synthetic';
export { formatWhen, textDirection } from '../time/format';
export { FIXTURE_STORY } from './fixtures';
