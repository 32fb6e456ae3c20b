import type { PublishedSource } from '../story/model';
import type { CalendarId, Precision, TimeValue } from '../time/time-value';
import { isCellId, isNotebookId } from './ids';
import { migrate, MigrationError, SCHEMA_VERSION } from './migrations';
import {
	NOTEBOOK_FORMAT,
	type Cell,
	type Correction,
	type ItemImport,
	type ItemRef,
	type Notebook,
	type NotebookActor,
	type SourcePart,
	type SpanAnchor
} from './model';
import { normalizeView } from '../timeline/view';
import { ITEMS_FORMAT, parseItemsJson } from '../export/json';

/**
 * Reading and writing the notebook file. The file is JSON with two-space indentation, keys in a
 * fixed order (the order below, then alphabetical), long texts as arrays of lines, and a final
 * newline — so the same notebook always gives the same bytes and a diff shows what changed.
 */

/** Thrown when a file is not a notebook Taqvim can read; `message` names what is wrong and where. */
export class NotebookFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotebookFormatError';
	}
}

// Keys written first, in this order; any other key follows alphabetically.
const KEY_ORDER = [
	'format',
	'schema',
	'id',
	'kind',
	'type',
	'title',
	'version',
	'collapsed',
	'lang',
	'outlet',
	'url',
	'published',
	'publishedSource',
	'filename',
	'at',
	'doc',
	'start',
	'end',
	'text',
	'markdown',
	'view',
	'earliest',
	'latest',
	'precision',
	'calendar',
	'edtf',
	'cells',
	'corrections',
	'actors',
	'imports'
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function ordered(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(ordered);
	if (value === null || typeof value !== 'object') return value;
	const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
	keys.sort((a, b) => {
		const ra = RANK.get(a) ?? Infinity;
		const rb = RANK.get(b) ?? Infinity;
		return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
	});
	const out: Record<string, unknown> = {};
	for (const k of keys) out[k] = ordered((value as Record<string, unknown>)[k]);
	return out;
}

/**
 * The file text for a notebook: deterministic (same notebook → same bytes), ending with '\n'.
 * Texts and Markdown are written as arrays of lines. Example: `serialiseNotebook(nb)` → '{\n  "format": …'.
 */
export function serialiseNotebook(nb: Notebook): string {
	const onDisk = {
		...nb,
		cells: nb.cells.map((c) => {
			if (c.kind === 'source') return { ...c, text: c.text.split('\n') };
			if (c.kind === 'note') return { ...c, markdown: c.markdown.split('\n') };
			return c;
		})
	};
	return JSON.stringify(ordered(onDisk), null, 2) + '\n';
}

/**
 * Parses a notebook file (any schema this app knows), migrates it, checks every field and returns
 * the normalised notebook. Throws NotebookFormatError saying what is wrong (bad JSON, a missing
 * field, an unknown cell kind, a schema from a newer app…). Never returns a half-read notebook.
 */
export function parseNotebook(text: string): Notebook {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new NotebookFormatError(`not valid JSON (${(e as Error).message})`);
	}
	return normaliseNotebook(raw);
}

/** Like parseNotebook, for an already-parsed value (an API body, an imported file). */
export function normaliseNotebook(raw: unknown): Notebook {
	if (!isObject(raw)) throw new NotebookFormatError('the file is not a JSON object');
	if (raw.format !== undefined && raw.format !== NOTEBOOK_FORMAT)
		throw new NotebookFormatError(`"format" is ${JSON.stringify(raw.format)}, not "${NOTEBOOK_FORMAT}"`);
	let doc: Record<string, unknown>;
	try {
		doc = migrate(raw);
	} catch (e) {
		if (e instanceof MigrationError) throw new NotebookFormatError(e.message);
		throw e;
	}
	const id = doc.id;
	if (!isNotebookId(id))
		throw new NotebookFormatError(`"id" ${JSON.stringify(id)} is not a valid notebook id`);
	const version = doc.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
		throw new NotebookFormatError('"version" must be a whole number ≥ 0');
	if (!Array.isArray(doc.cells)) throw new NotebookFormatError('"cells" must be a list');
	const cells = doc.cells.map((c, i) => normaliseCell(c, `cells[${i}]`));
	const seen = new Set<string>();
	for (const c of cells) {
		if (seen.has(c.id)) throw new NotebookFormatError(`cell id ${c.id} appears twice`);
		seen.add(c.id);
	}
	const corrections = list(doc.corrections, 'corrections').map((c, i) =>
		normaliseCorrection(c, `corrections[${i}]`)
	);
	const actors = list(doc.actors, 'actors').map((a, i) => normaliseActor(a, `actors[${i}]`));
	const imports = list(doc.imports, 'imports').map((m, i) => normaliseImport(m, `imports[${i}]`));
	return {
		format: NOTEBOOK_FORMAT,
		schema: SCHEMA_VERSION,
		id,
		title: str(doc.title, 'title'),
		version,
		cells,
		corrections,
		actors,
		imports
	};
}

function isObject(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(where: string, what: string): never {
	throw new NotebookFormatError(`${where}: ${what}`);
}

function obj(v: unknown, where: string): Record<string, unknown> {
	if (!isObject(v)) fail(where, 'must be an object');
	return v;
}

function list(v: unknown, where: string): unknown[] {
	if (v === undefined) return [];
	if (!Array.isArray(v)) fail(where, 'must be a list');
	return v;
}

function str(v: unknown, where: string): string {
	if (typeof v !== 'string') fail(where, 'must be text');
	return v;
}

function strOrNull(v: unknown, where: string): string | null {
	if (v === undefined || v === null) return null;
	return str(v, where);
}

function lines(v: unknown, where: string): string {
	if (typeof v === 'string') return v;
	if (Array.isArray(v) && v.every((l) => typeof l === 'string')) return v.join('\n');
	fail(where, 'must be a list of lines');
}

function int(v: unknown, where: string): number {
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(where, 'must be a whole number ≥ 0');
	return v;
}

const CALENDARS: CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];
const PRECISIONS: Precision[] = ['day', 'week', 'month', 'season', 'year', 'decade', 'century'];
const SOURCES: PublishedSource[] = ['label', 'header', 'url', 'analyst', 'inferred'];
const ISO_DAY = /^-?\d{4,6}-\d{2}-\d{2}$/;

function oneOf<T extends string>(v: unknown, options: readonly T[], where: string): T {
	if (typeof v !== 'string' || !options.includes(v as T)) fail(where, `must be one of ${options.join(', ')}`);
	return v as T;
}

function timeValue(v: unknown, where: string): TimeValue {
	const o = obj(v, where);
	const earliest = str(o.earliest, `${where}.earliest`);
	const latest = str(o.latest, `${where}.latest`);
	if (!ISO_DAY.test(earliest) || !ISO_DAY.test(latest)) fail(where, 'earliest/latest must be ISO days');
	if (earliest > latest && !earliest.startsWith('-')) fail(where, 'earliest is after latest');
	const tv: TimeValue = {
		earliest,
		latest,
		precision: oneOf(o.precision, PRECISIONS, `${where}.precision`),
		calendar: oneOf(o.calendar, CALENDARS, `${where}.calendar`),
		edtf: str(o.edtf, `${where}.edtf`),
		text: o.text === undefined ? '' : str(o.text, `${where}.text`)
	};
	if (o.relative === true) tv.relative = true;
	if (typeof o.anchor === 'string') tv.anchor = o.anchor;
	if (o.approximate === true) tv.approximate = true;
	if (o.uncertain === true) tv.uncertain = true;
	return tv;
}

function strings(v: unknown, where: string): string[] {
	const l = list(v, where);
	if (!l.every((s) => typeof s === 'string')) fail(where, 'must be a list of text');
	return l as string[];
}

function part(v: unknown, where: string): SourcePart {
	const o = obj(v, where);
	return {
		title: strOrNull(o.title, `${where}.title`),
		outlet: strOrNull(o.outlet, `${where}.outlet`),
		published: o.published == null ? null : timeValue(o.published, `${where}.published`),
		publishedSource:
			o.publishedSource == null ? null : oneOf(o.publishedSource, SOURCES, `${where}.publishedSource`)
	};
}

function normaliseCell(v: unknown, where: string): Cell {
	const o = obj(v, where);
	if (!isCellId(o.id)) fail(`${where}.id`, `${JSON.stringify(o.id)} is not a cell id`);
	const base = { id: o.id, collapsed: o.collapsed === true };
	switch (o.kind) {
		case 'source':
			return {
				...base,
				kind: 'source',
				title: o.title === undefined ? '' : str(o.title, `${where}.title`),
				text: lines(o.text, `${where}.text`),
				lang: strOrNull(o.lang, `${where}.lang`),
				outlet: strOrNull(o.outlet, `${where}.outlet`),
				url: strOrNull(o.url, `${where}.url`),
				published: o.published == null ? null : timeValue(o.published, `${where}.published`),
				publishedSource:
					o.publishedSource == null ? null : oneOf(o.publishedSource, SOURCES, `${where}.publishedSource`),
				filename: strOrNull(o.filename, `${where}.filename`),
				parts: list(o.parts, `${where}.parts`).map((p, i) => part(p, `${where}.parts[${i}]`))
			};
		case 'note':
			return { ...base, kind: 'note', markdown: lines(o.markdown ?? '', `${where}.markdown`) };
		case 'timeline':
		case 'table':
			return {
				...base,
				kind: o.kind,
				title: o.title === undefined ? '' : str(o.title, `${where}.title`),
				view: normalizeView(o.view)
			};
		default:
			fail(`${where}.kind`, `unknown cell kind ${JSON.stringify(o.kind)}`);
	}
}

function anchor(v: unknown, where: string): SpanAnchor {
	const o = obj(v, where);
	const start = int(o.start, `${where}.start`);
	const end = int(o.end, `${where}.end`);
	if (end < start) fail(where, 'end is before start');
	const at: SpanAnchor = { doc: str(o.doc, `${where}.doc`), start, end, text: str(o.text, `${where}.text`) };
	if (o.item !== undefined) at.item = oneOf(o.item, ['event', 'statement'] as const, `${where}.item`);
	return at;
}

const ACTS = ['claim', 'report', 'denial', 'confirmation'] as const;

/** An item a link names: `{"at": …}` (read from a span) or `{"added": "k-…"}` (added by hand). */
function itemRef(v: unknown, where: string): ItemRef {
	const o = obj(v, where);
	if (typeof o.added === 'string') return { added: o.added };
	return { at: anchor(o.at, `${where}.at`) };
}

function normaliseCorrection(v: unknown, where: string): Correction {
	const o = obj(v, where);
	const id = str(o.id, `${where}.id`);
	switch (o.type) {
		case 'mention-date':
			return {
				id,
				type: o.type,
				at: anchor(o.at, `${where}.at`),
				value: timeValue(o.value, `${where}.value`)
			};
		case 'item-kind':
			return {
				id,
				type: o.type,
				at: anchor(o.at, `${where}.at`),
				kind: oneOf(o.kind, ['event', ...ACTS] as const, `${where}.kind`)
			};
		case 'speaker':
			return {
				id,
				type: o.type,
				at: anchor(o.at, `${where}.at`),
				speaker: str(o.speaker, `${where}.speaker`)
			};
		case 'actors':
			return {
				id,
				type: o.type,
				at: anchor(o.at, `${where}.at`),
				actors: strings(o.actors, `${where}.actors`)
			};
		case 'dismiss': {
			const k: Correction = { id, type: o.type, at: anchor(o.at, `${where}.at`) };
			if (o.scope !== undefined)
				k.scope = oneOf(o.scope, ['document', 'everywhere'] as const, `${where}.scope`);
			return k;
		}
		case 'merge-actors':
			return { id, type: o.type, from: str(o.from, `${where}.from`), into: str(o.into, `${where}.into`) };
		case 'item-text':
			return { id, type: o.type, at: anchor(o.at, `${where}.at`), text: str(o.text, `${where}.text`) };
		case 'item-date':
			return {
				id,
				type: o.type,
				at: anchor(o.at, `${where}.at`),
				value: o.value == null ? null : timeValue(o.value, `${where}.value`)
			};
		case 'add-item': {
			const item = obj(o.item, `${where}.item`);
			return {
				id,
				type: o.type,
				at: o.at == null ? null : anchor(o.at, `${where}.at`),
				item: {
					kind: oneOf(item.kind, ['event', ...ACTS] as const, `${where}.item.kind`),
					text: str(item.text, `${where}.item.text`),
					when: item.when == null ? null : timeValue(item.when, `${where}.item.when`),
					speaker: strOrNull(item.speaker, `${where}.item.speaker`),
					participants: strings(item.participants, `${where}.item.participants`)
				}
			};
		}
		case 'link': {
			const k: Correction = {
				id,
				type: o.type,
				link: oneOf(o.link, ['denies', 'reports-on'] as const, `${where}.link`),
				from: itemRef(o.from, `${where}.from`),
				to: itemRef(o.to, `${where}.to`)
			};
			if (o.remove === true) k.remove = true;
			return k;
		}
		default:
			fail(`${where}.type`, `unknown correction ${JSON.stringify(o.type)}`);
	}
}

function normaliseImport(v: unknown, where: string): ItemImport {
	const o = obj(v, where);
	const id = str(o.id, `${where}.id`);
	if (!/^i-[a-z0-9]{4,32}$/.test(id)) fail(`${where}.id`, `${JSON.stringify(id)} is not an import id`);
	try {
		// The export core's own checks, so an item file is read the same way when imported and reloaded.
		const { items, links } = parseItemsJson(
			JSON.stringify({ format: ITEMS_FORMAT, version: 1, items: o.items ?? [], links: o.links ?? [] })
		);
		return { id, filename: str(o.filename, `${where}.filename`), items, links };
	} catch (e) {
		fail(where, (e as Error).message);
	}
}

function normaliseActor(v: unknown, where: string): NotebookActor {
	const o = obj(v, where);
	const names = obj(o.names, `${where}.names`);
	const out: NotebookActor = {
		id: str(o.id, `${where}.id`),
		kind: oneOf(
			o.kind,
			['state', 'organisation', 'person', 'outlet', 'agency', 'anonymous'] as const,
			`${where}.kind`
		),
		names: { en: str(names.en, `${where}.names.en`) },
		aliases: strings(o.aliases, `${where}.aliases`)
	};
	if (typeof names.ar === 'string') out.names.ar = names.ar;
	if (typeof names.fa === 'string') out.names.fa = names.fa;
	if (typeof o.parent === 'string') out.parent = o.parent;
	return out;
}
