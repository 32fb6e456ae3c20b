import type { ActorKind, LinkType, SpeechAct, Story } from '../story/model';
import type { TimelineItem, TimelineLink } from '../timeline/item';
import { ImportError, type ImportIssue } from './import-error';
import { checkTimeValue, ITEM_KINDS, STATUSES } from './validate';

/**
 * JSON files: the whole story (the same shape `taqvim extract` prints, so CLI output imports too)
 * and a timeline's items with their links. Output is indented, keys in a fixed order, so that the
 * same story always gives the same bytes.
 */
export const ITEMS_FORMAT = 'taqvim-timeline-items';

/** The story as pretty JSON (tab-free, 2-space indent, trailing newline). */
export function storyToJson(story: Story): string {
	const { documents, actors, events, statements, links } = story;
	return JSON.stringify({ documents, actors, events, statements, links }, null, 2) + '\n';
}

/**
 * Items and links as JSON: `{"format":"taqvim-timeline-items","version":1,"items":[…],"links":[…]}`.
 * Example: `parseItemsJson(itemsToJson(items, links))` gives back `{items, links}`.
 */
export function itemsToJson(items: readonly TimelineItem[], links: readonly TimelineLink[] = []): string {
	const ordered = items.map((it) => ({
		id: it.id,
		kind: it.kind,
		label: it.label,
		text: it.text,
		when: it.when,
		status: it.status,
		actors: it.actors,
		outlets: it.outlets,
		chain: it.chain,
		docs: it.docs,
		lang: it.lang,
		evidence: it.evidence
	}));
	return JSON.stringify({ format: ITEMS_FORMAT, version: 1, items: ordered, links }, null, 2) + '\n';
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrArr = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Parses JSON text, turning a syntax error into an ImportError that names the line. */
export function parseJsonText(text: string, fileKind: string): unknown {
	const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
	try {
		return JSON.parse(src);
	} catch (err) {
		const msg = err instanceof Error ? err.message : String(err);
		// Engines differ: some give "position N", some "line N", some neither.
		const pos = /position (\d+)/.exec(msg);
		const line = /line (\d+)/.exec(msg);
		const row = pos ? src.slice(0, Number(pos[1])).split('\n').length : line ? Number(line[1]) : 0;
		throw new ImportError(fileKind, [{ row, column: '', message: `not valid JSON (${msg})` }]);
	}
}

function checkEvidence(x: unknown, path: string, issues: ImportIssue[]) {
	if (!Array.isArray(x)) return void issues.push({ row: 0, column: path, message: 'must be a list' });
	x.forEach((e, i) => {
		if (!isObj(e) || typeof e.doc !== 'string' || !Number.isInteger(e.start) || !Number.isInteger(e.end))
			issues.push({ row: 0, column: `${path}[${i}]`, message: 'must be {doc, start, end}' });
	});
}

function checkWhen(x: unknown, path: string, issues: ImportIssue[]): void {
	if (x === null) return;
	if (!isObj(x)) return void issues.push({ row: 0, column: path, message: 'must be a date object or null' });
	checkTimeValue(x, 0, (f) => `${path}.${f}`, issues);
}

function checkIds(list: unknown[], path: string, issues: ImportIssue[]): Set<string> {
	const ids = new Set<string>();
	list.forEach((r, i) => {
		if (!isObj(r) || typeof r.id !== 'string' || r.id === '')
			issues.push({ row: 0, column: `${path}[${i}].id`, message: 'every record needs a text id' });
		else if (ids.has(r.id))
			issues.push({ row: 0, column: `${path}[${i}].id`, message: `id "${r.id}" is used twice` });
		else ids.add(r.id);
	});
	return ids;
}

const ACTS: readonly SpeechAct[] = ['claim', 'report', 'denial', 'confirmation'];
const LINK_TYPES: readonly LinkType[] = ['denies', 'reports-on', 'same-as', 'confirms'];
const ACTOR_KINDS: readonly ActorKind[] = [
	'state',
	'organisation',
	'person',
	'outlet',
	'agency',
	'anonymous'
];

/**
 * Parses and checks a story JSON file (from `storyToJson` or `taqvim extract`). Every record needs
 * an id; dates are checked like TimeValues; links must join records that exist.
 * Throws ImportError with JSON paths (`events[2].when.earliest`) for every problem found.
 */
export function parseStoryJson(text: string): Story {
	const data = parseJsonText(text, 'story file');
	const issues: ImportIssue[] = [];
	if (!isObj(data))
		throw new ImportError('story file', [{ row: 0, column: '', message: 'expected a JSON object' }]);
	for (const k of ['documents', 'actors', 'events', 'statements', 'links'])
		if (!Array.isArray(data[k])) issues.push({ row: 0, column: k, message: 'must be a list' });
	if (issues.length) throw new ImportError('story file', issues);
	const story = data as unknown as Story;
	const ids = new Set<string>();
	for (const k of ['documents', 'actors', 'events', 'statements'] as const)
		for (const id of checkIds(story[k], k, issues)) ids.add(id);
	story.documents.forEach((d, i) => {
		const p = `documents[${i}]`;
		if (typeof d.text !== 'string') issues.push({ row: 0, column: `${p}.text`, message: 'must be text' });
		if (typeof d.lang !== 'string') issues.push({ row: 0, column: `${p}.lang`, message: 'must be text' });
		checkWhen(d.published ?? null, `${p}.published`, issues);
	});
	story.actors.forEach((a, i) => {
		if (!ACTOR_KINDS.includes(a.kind))
			issues.push({
				row: 0,
				column: `actors[${i}].kind`,
				message: `"${String(a.kind)}" is not one of ${ACTOR_KINDS.join(', ')}`
			});
	});
	story.events.forEach((e, i) => {
		const p = `events[${i}]`;
		checkWhen(e.when ?? null, `${p}.when`, issues);
		if (!STATUSES.includes(e.status))
			issues.push({
				row: 0,
				column: `${p}.status`,
				message: `"${String(e.status)}" is not one of ${STATUSES.join(', ')}`
			});
		if (!isStrArr(e.participants))
			issues.push({ row: 0, column: `${p}.participants`, message: 'must be a list of ids' });
		checkEvidence(e.evidence, `${p}.evidence`, issues);
	});
	story.statements.forEach((s, i) => {
		const p = `statements[${i}]`;
		if (!ACTS.includes(s.act))
			issues.push({
				row: 0,
				column: `${p}.act`,
				message: `"${String(s.act)}" is not one of ${ACTS.join(', ')}`
			});
		checkWhen(s.saidAt ?? null, `${p}.saidAt`, issues);
		if (!isStrArr(s.chain)) issues.push({ row: 0, column: `${p}.chain`, message: 'must be a list of ids' });
		checkEvidence(s.evidence, `${p}.evidence`, issues);
	});
	story.links.forEach((l, i) => {
		const p = `links[${i}]`;
		if (!isObj(l) || !LINK_TYPES.includes(l.type))
			return void issues.push({
				row: 0,
				column: `${p}.type`,
				message: `must be one of ${LINK_TYPES.join(', ')}`
			});
		for (const end of ['from', 'to'] as const)
			if (!ids.has(l[end]))
				issues.push({ row: 0, column: `${p}.${end}`, message: `no record has id "${String(l[end])}"` });
	});
	if (issues.length) throw new ImportError('story file', issues);
	return story;
}

/**
 * Parses and checks an items JSON file made by `itemsToJson`. Throws ImportError naming
 * `items[i].field` for each bad field. Example: see `itemsToJson`.
 */
export function parseItemsJson(text: string): { items: TimelineItem[]; links: TimelineLink[] } {
	const data = parseJsonText(text, 'timeline items file');
	const issues: ImportIssue[] = [];
	if (!isObj(data) || !Array.isArray(data.items))
		throw new ImportError('timeline items file', [
			{ row: 0, column: 'items', message: 'expected an object with an "items" list' }
		]);
	const ids = checkIds(data.items, 'items', issues);
	data.items.forEach((it: unknown, i: number) => {
		const p = `items[${i}]`;
		if (!isObj(it)) return;
		if (!ITEM_KINDS.includes(it.kind as never))
			issues.push({
				row: 0,
				column: `${p}.kind`,
				message: `"${String(it.kind)}" is not one of ${ITEM_KINDS.join(', ')}`
			});
		for (const k of ['label', 'text', 'lang'])
			if (typeof it[k] !== 'string') issues.push({ row: 0, column: `${p}.${k}`, message: 'must be text' });
		for (const k of ['actors', 'outlets', 'chain', 'docs'])
			if (!isStrArr(it[k])) issues.push({ row: 0, column: `${p}.${k}`, message: 'must be a list of text' });
		if (it.status !== null && !STATUSES.includes(it.status as never))
			issues.push({
				row: 0,
				column: `${p}.status`,
				message: `"${String(it.status)}" is not one of ${STATUSES.join(', ')} or null`
			});
		checkWhen(it.when ?? null, `${p}.when`, issues);
		checkEvidence(it.evidence, `${p}.evidence`, issues);
	});
	const links = Array.isArray(data.links) ? data.links : [];
	links.forEach((l: unknown, i: number) => {
		const p = `links[${i}]`;
		if (!isObj(l) || !['denies', 'reports-on', 'confirms'].includes(l.type as string))
			return void issues.push({
				row: 0,
				column: `${p}.type`,
				message: 'must be one of denies, reports-on, confirms'
			});
		for (const end of ['from', 'to'] as const)
			if (!ids.has(l[end] as string))
				issues.push({ row: 0, column: `${p}.${end}`, message: `no item has id "${String(l[end])}"` });
	});
	if (issues.length) throw new ImportError('timeline items file', issues);
	return { items: data.items as TimelineItem[], links: links as TimelineLink[] };
}
