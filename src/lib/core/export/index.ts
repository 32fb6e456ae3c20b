/**
 * Exports and imports of a timeline (pure: no DOM). Images: `renderTimelineSvg` (standalone SVG;
 * the browser rasterises it to PNG). Data: CSV of items, story JSON, items JSON, TimelineJS3 JSON,
 * each with dates as ISO days and EDTF alongside; and the importers that read them back.
 */
export {
	renderTimelineSvg,
	describeFilters,
	isRtlText,
	SVG_FONT_STACK,
	type EmbeddedFont,
	type SvgExport,
	type SvgExportInput
} from './svg';
export { toCsv, parseCsv, BOM } from './csv';
export { itemsToCsv, parseItemsCsv, readItemsCsv, ITEM_CSV_COLUMNS } from './items-csv';
export { storyToJson, itemsToJson, parseStoryJson, parseItemsJson, ITEMS_FORMAT } from './json';
export {
	itemsToTimelineJs,
	parseTimelineJs,
	type TimelineJsFile,
	type TimelineJsEvent,
	type TimelineJsOptions
} from './timelinejs';
export { importFile, type ImportedFile } from './import';
export { ImportError, describeIssue, type ImportIssue } from './import-error';
export { escapeXml, escapeHtml } from './xml';
export { exportFileName } from './filename';
export { VAZIRMATN_FACES, toBase64, type FontFaceSpec } from './fonts';
