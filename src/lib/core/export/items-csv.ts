import type { EventStatus } from '../story/model';
import type { ItemKind, TimelineItem, TimelineLink } from '../timeline/item';
import { parseCsv, toCsv } from './csv';
import { ImportError, type ImportIssue } from './import-error';
import { checkTimeValue, ITEM_KINDS, STATUSES } from './validate';

/**
 * Timeline items (events and statements, and dated documents) as one CSV table, one row per item,
 * and back. Every field of `TimelineItem` has a column, so an exported file imported again gives the
 * same items. Dates are ISO days (`earliest`, `latest`) with the EDTF string alongside (`edtf`).
 *
 * List cells (actors, outlets, chain, docs) separate values with " | "; a literal "|" or "\" inside
 * a value is escaped with "\". Evidence cells list `doc@start-end` (UTF-16 offsets, end exclusive).
 * The `links` cell lists the item's outgoing links as `type:target-id` (`denies:e1 | reports-on:e2`),
 * written only when the target is in the same file, so that links survive the round trip too.
 */
const LINK_TYPES: readonly TimelineLink['type'][] = ['denies', 'reports-on', 'confirms'];
export const ITEM_CSV_COLUMNS = [
	'id',
	'kind',
	'label',
	'text',
	'earliest',
	'latest',
	'precision',
	'calendar',
	'edtf',
	'date_text',
	'approximate',
	'uncertain',
	'relative',
	'anchor',
	'status',
	'actors',
	'outlets',
	'chain',
	'docs',
	'lang',
	'evidence',
	'links'
] as const;

type Column = (typeof ITEM_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'kind'];

function joinList(values: readonly string[]): string {
	return values.map((v) => v.replace(/[\\|]/g, (c) => '\\' + c)).join(' | ');
}

function splitList(cell: string): string[] {
	if (cell.trim() === '') return [];
	const out: string[] = [];
	let cur = '';
	for (let i = 0; i < cell.length; i++) {
		const c = cell[i];
		if (c === '\\' && i + 1 < cell.length) cur += cell[++i];
		else if (c === '|') {
			out.push(cur.trim());
			cur = '';
		} else cur += c;
	}
	out.push(cur.trim());
	return out;
}

const flag = (b: boolean | undefined) => (b ? 'true' : '');

/**
 * Serialises items as CSV (UTF-8 BOM, RFC 4180, CRLF), header first, in the order given.
 * Example: `itemsToCsv([item])` → `'\uFEFFid,kind,label,…\r\ns1,denial,طالبان تنفي…\r\n'`.
 */
export function itemsToCsv(items: readonly TimelineItem[], links: readonly TimelineLink[] = []): string {
	const rows: string[][] = [[...ITEM_CSV_COLUMNS]];
	const ids = new Set(items.map((i) => i.id));
	const outgoing = new Map<string, string[]>();
	for (const l of links)
		if (ids.has(l.from) && ids.has(l.to))
			outgoing.set(l.from, [...(outgoing.get(l.from) ?? []), `${l.type}:${l.to}`]);
	for (const it of items) {
		const w = it.when;
		const cells: Record<Column, string> = {
			id: it.id,
			kind: it.kind,
			label: it.label,
			text: it.text,
			earliest: w?.earliest ?? '',
			latest: w?.latest ?? '',
			precision: w?.precision ?? '',
			calendar: w?.calendar ?? '',
			edtf: w?.edtf ?? '',
			date_text: w?.text ?? '',
			approximate: flag(w?.approximate),
			uncertain: flag(w?.uncertain),
			relative: flag(w?.relative),
			anchor: w?.anchor ?? '',
			status: it.status ?? '',
			actors: joinList(it.actors),
			outlets: joinList(it.outlets),
			chain: joinList(it.chain),
			docs: joinList(it.docs),
			lang: it.lang,
			evidence: joinList(it.evidence.map((e) => `${e.doc}@${e.start}-${e.end}`)),
			links: joinList(outgoing.get(it.id) ?? [])
		};
		rows.push(ITEM_CSV_COLUMNS.map((c) => cells[c]));
	}
	return toCsv(rows);
}

function parseFlag(cell: string, row: number, column: string, issues: ImportIssue[]): boolean | undefined {
	const v = cell.trim().toLowerCase();
	if (v === '' || v === 'false' || v === '0' || v === 'no') return v === '' ? undefined : false;
	if (v === 'true' || v === '1' || v === 'yes') return true;
	issues.push({ row, column, message: `"${cell}" is not true or false` });
	return undefined;
}

/**
 * Parses a CSV made by `itemsToCsv` (or edited in a spreadsheet) back into items. Columns may come
 * in any order; only `id` and `kind` are required, a missing column reads as empty. Blank rows are
 * skipped. A row with no `earliest` and no `latest` is undated (`when: null`).
 * Throws ImportError listing every bad cell by row (as a spreadsheet numbers it) and column name.
 * Example: `parseItemsCsv(itemsToCsv(items))` deep-equals `items` (false flags omitted).
 */
export function parseItemsCsv(text: string): TimelineItem[] {
	return readItemsCsv(text).items;
}

/**
 * As `parseItemsCsv`, also returning the links of the `links` column; a link to an id that is not
 * in the file is an error naming its row and the column `links`.
 * Example: `readItemsCsv(itemsToCsv(items, links))` → `{items, links}` (links among those items).
 */
export function readItemsCsv(text: string): { items: TimelineItem[]; links: TimelineLink[] } {
	const { rows, lines } = parseCsv(text);
	const issues: ImportIssue[] = [];
	if (rows.length === 0)
		throw new ImportError('CSV file', [{ row: 0, column: '', message: 'the file is empty' }]);
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const index = new Map<string, number>();
	header.forEach((h, i) => {
		if (index.has(h)) issues.push({ row: lines[0], column: h, message: 'this column appears twice' });
		else index.set(h, i);
	});
	for (const c of REQUIRED)
		if (!index.has(c)) issues.push({ row: lines[0], column: c, message: 'required column is missing' });
	if (issues.length) throw new ImportError('CSV file', issues);

	const items: TimelineItem[] = [];
	const linkCells: { row: number; link: TimelineLink }[] = [];
	const seen = new Map<string, number>();
	for (let r = 1; r < rows.length; r++) {
		const cells = rows[r];
		const row = lines[r];
		if (cells.every((c) => c.trim() === '')) continue;
		if (cells.length > header.length)
			issues.push({ row, column: '', message: `${cells.length} fields but the header has ${header.length}` });
		const get = (c: Column) => {
			const i = index.get(c);
			return i === undefined ? '' : (cells[i] ?? '');
		};
		const before = issues.length;
		const id = get('id').trim();
		if (!id) issues.push({ row, column: 'id', message: 'id is empty' });
		else if (seen.has(id))
			issues.push({ row, column: 'id', message: `id "${id}" is already used on row ${seen.get(id)}` });
		else seen.set(id, row);
		const kind = get('kind').trim() as ItemKind;
		if (!ITEM_KINDS.includes(kind))
			issues.push({
				row,
				column: 'kind',
				message: `"${get('kind')}" is not one of ${ITEM_KINDS.join(', ')}`
			});
		const status = get('status').trim();
		if (status && !STATUSES.includes(status as EventStatus))
			issues.push({ row, column: 'status', message: `"${status}" is not one of ${STATUSES.join(', ')}` });

		let when: TimelineItem['when'] = null;
		const dated = ['earliest', 'latest', 'precision', 'edtf'].some((c) => get(c as Column).trim() !== '');
		if (dated) {
			when = checkTimeValue(
				{
					earliest: get('earliest').trim(),
					latest: get('latest').trim(),
					precision: get('precision').trim(),
					calendar: get('calendar').trim() || 'gregorian',
					edtf: get('edtf').trim(),
					text: get('date_text'),
					approximate: parseFlag(get('approximate'), row, 'approximate', issues),
					uncertain: parseFlag(get('uncertain'), row, 'uncertain', issues),
					relative: parseFlag(get('relative'), row, 'relative', issues),
					anchor: get('anchor').trim() || undefined
				},
				row,
				(f) => (f === 'text' ? 'date_text' : f),
				issues
			);
		}

		const evidence: TimelineItem['evidence'] = [];
		for (const e of splitList(get('evidence'))) {
			const m = /^(.*)@(\d+)-(\d+)$/.exec(e);
			if (!m || Number(m[2]) > Number(m[3]))
				issues.push({ row, column: 'evidence', message: `"${e}" is not doc@start-end` });
			else evidence.push({ doc: m[1], start: Number(m[2]), end: Number(m[3]) });
		}
		for (const l of splitList(get('links'))) {
			const m = /^([a-z-]+):(.+)$/.exec(l);
			if (!m || !LINK_TYPES.includes(m[1] as TimelineLink['type']))
				issues.push({
					row,
					column: 'links',
					message: `"${l}" is not type:id (type one of ${LINK_TYPES.join(', ')})`
				});
			else linkCells.push({ row, link: { type: m[1] as TimelineLink['type'], from: id, to: m[2] } });
		}
		if (issues.length > before) continue;
		items.push({
			id,
			kind,
			label: get('label'),
			text: get('text'),
			when,
			status: (status || null) as EventStatus | null,
			actors: splitList(get('actors')),
			outlets: splitList(get('outlets')),
			chain: splitList(get('chain')),
			docs: splitList(get('docs')),
			lang: get('lang').trim(),
			evidence
		});
	}
	for (const { row, link } of linkCells)
		if (!seen.has(link.to))
			issues.push({ row, column: 'links', message: `no row in this file has id "${link.to}"` });
	if (issues.length) throw new ImportError('CSV file', issues);
	return { items, links: linkCells.map((c) => c.link) };
}
