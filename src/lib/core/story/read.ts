/**
 * `readDocuments`: articles in, one Story out. Cleaning → documents → dates → items per
 * document, then the story: merging across documents, links, derived status and corroboration.
 * Pure and deterministic (no clock, no randomness, no node modules): the browser calls it too.
 */
import { gazetteer as loadGazetteer, type Gazetteer } from '../gazetteer';
import type { TimeMention } from '../dates/mention';
import type { TimeValue } from '../time/time-value';
import { segments, type Segment } from '../reading/clean';
import { findDates, findPublicationDate } from '../reading/dates-port';
import { htmlToArticle, type ParseHtml } from '../reading/html';
import { readItems, readHeadline, newDiscourse, VERB_FORMS, type DocEntity } from '../reading/items';
import { lowerWords, nameKey, PRIOR_SURNAME } from '../reading/mentions';
import { splitSentences } from '../reading/sentences';
import { readingWork } from '../reading/work';
import type { PublishedSource, Story, StoryDocument } from './model';
import { buildStory, type DocItems } from './build';

/** What is known about an input beside its text (a FILE.meta.json, the seed manifest, a notebook cell). */
export interface InputMeta {
	outlet?: string | null;
	url?: string | null;
	lang?: string | null;
	/** A TimeValue, or an ISO string: YYYY, YYYY-MM or YYYY-MM-DD. */
	published?: TimeValue | string | null;
	/** How `published` is known; defaults to 'analyst'. */
	publishedSource?: PublishedSource | null;
	title?: string | null;
	/** Overrides for the second, third… article found in the same file. */
	parts?: InputMeta[];
}

export interface Input {
	path: string;
	text: string;
	html?: boolean;
	meta?: InputMeta;
}

export interface ReadOptions {
	/** DOM factory for HTML inputs (browser: DOMParser; node: `parseHtmlNode`). */
	parseHtml?: ParseHtml;
	/** Extra gazetteer lines (same format as the shipped data) for this notebook. */
	gazetteer?: string;
	/**
	 * People the story's other inputs introduced, to be found here by name alone (`storyPeople`):
	 * «اسماعیل بقائی گفت» in one article when another gave his post.
	 */
	people?: readonly DocEntity[];
}

/**
 * Read articles into a Story (DESIGN.md §2/§4). Same inputs, same output, byte for byte.
 * Throws only for an HTML input without `opts.parseHtml`; unreadable inputs are the caller's
 * concern (the CLI reports them by name).
 * @example readDocuments([{ path: 'a.txt', text: 'نفت حركة طالبان …' }]).statements[0].act === 'denial'
 */
export function readDocuments(inputs: Input[], opts: ReadOptions = {}): Story {
	const g = loadGazetteer(opts.gazetteer);
	return buildStory(g, readEachDocument(inputs, opts, g));
}

/**
 * The reading half of `readDocuments`: each input cleaned, split into articles, dated and read
 * into items, before anything is merged across documents. Linear in the length of the text.
 * Throws as `readDocuments` does.
 * @example readEachDocument([{ path: 'a.txt', text }])[0].statements
 */
export function readEachDocument(
	inputs: Input[],
	opts: ReadOptions = {},
	g: Gazetteer = loadGazetteer(opts.gazetteer)
): DocItems[] {
	const first = inputs.map((input) => readInput(g, input, opts));
	const people = storyPeople(first);
	return first.flatMap((read, k) =>
		people[k].length ? readInput(g, inputs[k], { ...opts, people: people[k] }) : read
	);
}

/**
 * The second reading of a story: for each input (as read alone, `read[k]`), the people the other
 * inputs introduced whose names its text holds and it did not introduce itself. An input with
 * none keeps its first reading; the others are read again with `ReadOptions.people`. A person
 * qualifies when a document gave a full name (two words or more) with a role or a body: a
 * name alone proves too little to be carried into another article. Order-independent but for
 * ties, which the first input wins.
 * @example storyPeople([readEachDocument([ar]), readEachDocument([fa])])[1] // [{ id: 'اسماعيل بقائي', role: 'foreign ministry spokesperson', … }]
 */
export function storyPeople(read: readonly DocItems[][]): DocEntity[][] {
	const introduced = read.map((docs) => {
		const out: DocEntity[] = [];
		for (const d of docs)
			for (const e of d.entities ?? [])
				if (
					e.kind === 'person' &&
					!e.known &&
					!e.anonymous &&
					(e.role || e.affiliation) &&
					e.names.some((n) => nameKey(n).includes(' '))
				)
					out.push(e);
		return out;
	});
	if (read.length < 2 || introduced.every((p) => !p.length)) return read.map(() => []);
	return read.map((docs, k) => {
		// what the input itself introduced: its people's ids and surnames («امانوئل ماکرون» is the
		// input's own Macron, whichever first name another article spelt)
		const own = new Set<string>();
		for (const d of docs)
			for (const e of d.entities ?? []) {
				own.add(e.id);
				if (e.kind === 'person') for (const n of e.names) own.add(surnameOf(nameKey(n)));
			}
		const seen = new Set<string>();
		let folded: string | null = null;
		const out: DocEntity[] = [];
		introduced.forEach((people, j) => {
			if (j === k) return;
			for (const e of people) {
				if (own.has(e.id) || seen.has(e.id) || e.names.some((n) => own.has(surnameOf(nameKey(n))))) continue;
				seen.add(e.id);
				folded ??= docs.map((d) => nameKey(d.doc.text.slice(d.doc.bodyStart, d.doc.bodyEnd))).join(' ');
				const keys = e.names.map(nameKey).filter((n) => n.includes(' '));
				const surnames = keys.map(surnameOf).filter((n) => n.length >= PRIOR_SURNAME);
				if ([...keys, ...surnames].some((n) => folded!.includes(n))) out.push(e);
			}
		});
		return out;
	});
}

/** The last word of a folded name (`nameKey`): its surname. */
function surnameOf(key: string): string {
	return key.slice(key.lastIndexOf(' ') + 1);
}

/** Language of a text from its letters: 'fa' (Persian letters), 'ar', else 'en'. */
export function detectLang(text: string): string {
	const sample = text.slice(0, 5000);
	const fa = (sample.match(/[پچژگیک]/g) ?? []).length;
	const ar = (sample.match(/[ةىيكؤئ]/g) ?? []).length;
	const arabicScript = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
	const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
	if (arabicScript < latin) return 'en';
	return fa > ar / 2 ? 'fa' : 'ar';
}

/** Parse a metadata date: TimeValue as is; 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into a TimeValue. */
export function metaDate(v: TimeValue | string | null | undefined): TimeValue | null {
	if (!v) return null;
	if (typeof v !== 'string') return v;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v.trim());
	if (!m) throw new Error(`published "${v}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
	const y = Number(m[1]);
	if (!m[2])
		return {
			earliest: `${m[1]}-01-01`,
			latest: `${m[1]}-12-31`,
			precision: 'year',
			calendar: 'gregorian',
			edtf: m[1],
			text: ''
		};
	const mo = Number(m[2]);
	const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	if (mo < 1 || mo > 12 || (m[3] && (Number(m[3]) < 1 || Number(m[3]) > last)))
		throw new Error(`published "${v}" is not a real date`);
	if (!m[3])
		return {
			earliest: `${m[1]}-${m[2]}-01`,
			latest: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`,
			precision: 'month',
			calendar: 'gregorian',
			edtf: `${m[1]}-${m[2]}`,
			text: ''
		};
	return { earliest: v, latest: v, precision: 'day', calendar: 'gregorian', edtf: v, text: '' };
}

/** Lines and characters of a document the publication date is looked for in. */
const HEAD_LINES = 80;
const HEAD_LINE_CHARS = 2000;

/**
 * The head of a document as `findPublicationDate` reads it: its first 80 lines that are not blank
 * (all it looks at; a saved page's menu of forty items, one every other line, comes before the
 * article's date line), each cut to 2,000 characters. A label, a header date or the date after a
 * label sits near the start of its line; without the cut a megabyte-long first paragraph was
 * folded and date-scanned whole, several times, for nothing.
 */
function publicationHead(text: string): string {
	const lines: string[] = [];
	let filled = 0;
	let at = 0;
	while (filled < HEAD_LINES && at <= text.length) {
		let nl = text.indexOf('\n', at);
		if (nl < 0) nl = text.length;
		const line = text.slice(at, Math.min(nl, at + HEAD_LINE_CHARS));
		lines.push(line);
		if (line.trim()) filled++;
		at = nl + 1;
	}
	return lines.join('\n');
}

const RANK = { day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, century: 6 } as const;

function readInput(g: Gazetteer, input: Input, opts: ReadOptions): DocItems[] {
	let text = input.text;
	const meta = input.meta ?? {};
	let htmlMeta: { published: string | null; url: string | null; lang: string | null; title: string } | null =
		null;
	if (input.html) {
		if (!opts.parseHtml) throw new Error(`${input.path}: HTML input needs a DOM parser (opts.parseHtml)`);
		const art = htmlToArticle(text, opts.parseHtml);
		text = art.text;
		htmlMeta = { published: art.publishedMeta, url: art.url, lang: art.lang, title: art.title };
	}
	const lang = meta.lang ?? (htmlMeta?.lang ? htmlMeta.lang.slice(0, 2) : null) ?? detectLang(text);
	const url = meta.url ?? htmlMeta?.url ?? null;
	const segs = segments(text);
	const base = input.path.replace(/^.*[\\/]/, '').replace(/\.(txt|html?|md)$/i, '');
	const found = findPublicationDate(publicationHead(text), { lang, url });
	const docs = segs.map((seg, k): StoryDocument => {
		const part = k === 0 ? meta : { ...(meta.parts?.[k - 1] ?? {}) };
		let published: TimeValue | null = null;
		let publishedSource: PublishedSource | null = null;
		let publishedReason = '';
		const metaValue = part.published ? metaDate(part.published) : null;
		if (
			k === 0 &&
			metaValue &&
			metaValue.precision !== 'day' &&
			found.value?.precision === 'day' &&
			found.value.earliest >= metaValue.earliest &&
			found.value.latest <= metaValue.latest
		) {
			// the address gives the month, the page its day within it: the day is the finer truth
			published = found.value;
			publishedSource = found.source;
			publishedReason = found.reason;
		} else if (part.published) {
			published = metaDate(part.published);
			publishedSource = part.publishedSource ?? 'analyst';
			publishedReason = 'given in the metadata';
		} else if (k === 0 && htmlMeta?.published && /^\d{4}-\d{2}-\d{2}/.test(htmlMeta.published)) {
			published = metaDate(htmlMeta.published.slice(0, 10));
			publishedSource = 'header';
			publishedReason = 'HTML <meta> publication tag';
		} else if (k === 0 && found.value) {
			published = found.value;
			publishedSource = found.source;
			publishedReason = found.reason;
		}
		const doc: StoryDocument = {
			id: k === 0 ? base : `${base}#${k + 1}`,
			path: input.path,
			lang,
			title: (k === 0 ? (meta.title ?? htmlMeta?.title) : part.title) || seg.title,
			outlet: (k === 0 ? meta.outlet : (part.outlet ?? meta.outlet)) ?? null,
			url: k === 0 ? url : (part.url ?? url),
			published,
			publishedSource,
			text,
			bodyStart: seg.start,
			bodyEnd: seg.end
		};
		if (publishedReason) doc.publishedReason = publishedReason;
		return doc;
	});
	const finder = datesOnce(
		text,
		lang,
		docs.map((d) => ({ ref: refDay(d.published), start: d.bodyStart, end: d.bodyEnd }))
	);
	const out: DocItems[] = [];
	segs.forEach((seg, k) => {
		const doc = docs[k];
		const published = doc.published;
		const dates = datesFor(finder, seg.start, seg.end, published);
		const sentences = splitSentences(text, seg.prose, VERB_FORMS);
		const ctx = {
			g,
			lang,
			published,
			dates,
			discourse: newDiscourse(lang, doc.outlet, lowerWords(text.slice(seg.start, seg.end)), opts.people)
		};
		const items = readItems(text, sentences, ctx);
		const headline = headlineSpan(text, seg);
		if (headline) readHeadline(text, headline, items, ctx);
		out.push({ doc, dates, statements: items.statements, events: items.events, entities: items.entities });
	});
	return out;
}

/** The headline line of a segment when it is a heading (not one of its prose lines, not a stand-in). */
function headlineSpan(text: string, seg: Segment): { start: number; end: number } | null {
	if (!seg.title) return null;
	const start = seg.titleStart;
	if (!text.startsWith(seg.title, start)) return null;
	const end = start + seg.title.length;
	if (seg.prose.some((p) => p.start < end && start < p.end)) return null;
	return { start, end };
}

/** The reference day relative dates of a document resolve against: its publication day, or the last day it may be. */
function refDay(published: TimeValue | null): string | null {
	return published ? (published.precision === 'day' ? published.earliest : published.latest) : null;
}

/**
 * The dates of a text against a reference day, found once per reference day: a file of many
 * articles asks for each article's dates, and finding them in the whole text once per article was
 * quadratic in the number of articles (articles after the first without a date of their own share
 * the reference null). Each reference day's dates are read only from the first to the last
 * article that asks for them (`within`: the same mentions there as in the whole text), so that a
 * file whose first article has a date and the others none is read about once, not twice.
 */
function datesOnce(
	text: string,
	lang: string,
	asks: { ref: string | null; start: number; end: number }[]
): (ref: string | null) => Found {
	const spans = new Map<string | null, { start: number; end: number }>();
	for (const a of asks) {
		const s = spans.get(a.ref);
		if (!s) spans.set(a.ref, { start: a.start, end: a.end });
		else {
			s.start = Math.min(s.start, a.start);
			s.end = Math.max(s.end, a.end);
		}
	}
	const found = new Map<string | null, Found>();
	return (ref) => {
		let f = found.get(ref);
		if (!f) {
			const all = findDates(text, { lang, ref, within: spans.get(ref) });
			let sorted = true;
			for (let i = 1; i < all.length && sorted; i++) sorted = all[i].start >= all[i - 1].start;
			found.set(ref, (f = { all, sorted }));
		}
		return f;
	};
}

/** The mentions of a whole text, and whether they come sorted by start (as `findDates` gives them). */
interface Found {
	all: TimeMention[];
	sorted: boolean;
}

/**
 * Dates of one document (the article in [start, end) of its file). Relative mentions resolve
 * against the publication date; when that date is coarser than the mention (a weekday against
 * "December 2015") the mention is left unresolved rather than pinned to a guessed day.
 */
function datesFor(
	finder: (ref: string | null) => Found,
	start: number,
	end: number,
	published: TimeValue | null
): TimeMention[] {
	return within(finder(refDay(published)), start, end).map((m) => {
		if (!m.relative || !published || published.precision === 'day') return m;
		if (RANK[m.precision] >= RANK[published.precision]) return m;
		return {
			...m,
			earliest: null,
			latest: null,
			edtf: null,
			unresolved: `the publication date is only known to the ${published.precision}`
		};
	});
}

/**
 * The mentions lying in [start, end), in their order. When they come sorted by start, those
 * starting in the span are found by binary search, so that each article of a file costs its own
 * mentions, not all of the file's (counted in `readingWork.dateChecks`); else they are filtered.
 */
function within({ all, sorted }: Found, start: number, end: number): TimeMention[] {
	if (!sorted) {
		readingWork.dateChecks += all.length;
		return all.filter((m) => m.start >= start && m.end <= end);
	}
	let lo = 0;
	let hi = all.length;
	while (lo < hi) {
		readingWork.dateChecks++;
		const mid = (lo + hi) >> 1;
		if (all[mid].start < start) lo = mid + 1;
		else hi = mid;
	}
	const out: TimeMention[] = [];
	for (let i = lo; i < all.length && all[i].start < end; i++) {
		readingWork.dateChecks++;
		if (all[i].end <= end) out.push(all[i]);
	}
	return out;
}
