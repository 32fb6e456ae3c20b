import type { CalendarId, Precision, TimeValue } from '../time/time-value';
import type { TimelineItem } from '../timeline/item';
import type { DisplayLocale } from '../timeline/axis-calendar';
import { formatTimeValue } from '../time/format';
import { edtfFromDays } from '../time/edtf';
import { isoToDay } from '../calendars/iso';
import { ImportError, type ImportIssue } from './import-error';
import { parseJsonText } from './json';
import { kindGroupLabel, word } from './labels';
import { escapeHtml } from './xml';
import { isIsoDay } from './validate';

/**
 * TimelineJS3 JSON (Knight Lab), so an analyst can publish the chronology with that tool.
 *
 * TimelineJS draws a Gregorian axis only; to avoid its habit of relabelling Gregorian months with
 * Persian names (STYLE.md anti-pattern 1) every date carries a `display_date` written in the
 * display calendar, and the EDTF string rides along in `edtf`. TimelineJS renders `headline` and
 * `text` as HTML, so all text is HTML-escaped. Undated items cannot be placed and are left out
 * (the caller is told how many).
 */
export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	display_date?: string;
}

export interface TimelineJsEvent {
	unique_id: string;
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: { headline: string; text: string };
	group: string;
	/** Not read by TimelineJS; kept so the date's precision survives a round trip. */
	edtf: string;
}

export interface TimelineJsFile {
	title?: { text: { headline: string; text: string } };
	events: TimelineJsEvent[];
}

export interface TimelineJsOptions {
	title?: string;
	/** Calendar and locale of the `display_date` strings. */
	calendar?: CalendarId;
	locale?: DisplayLocale;
	/** Group (TimelineJS row) of an item; default: its kind ("Denials", "Events"…). */
	group?: (item: TimelineItem) => string;
}

/** The date in the display calendar, as the app writes it; the ISO span when that calendar cannot. */
function displayDate(w: TimeValue, calendar: CalendarId, locale: DisplayLocale): string {
	try {
		return formatTimeValue(w, { calendar, locale });
	} catch {
		return w.earliest === w.latest ? w.earliest : `${w.earliest}/${w.latest}`;
	}
}

function parts(iso: string): { year: number; month: number; day: number } {
	const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso)!;
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function tjsDate(iso: string, precision: Precision): TimelineJsDate {
	const p = parts(iso);
	if (precision === 'year' || precision === 'decade' || precision === 'century') return { year: p.year };
	if (precision === 'month' || precision === 'season') return { year: p.year, month: p.month };
	return p;
}

/**
 * Items as a TimelineJS3 file. Returns the file and how many undated items were skipped.
 * Example: a denial dated 2015-12-27 → `{start_date:{year:2015,month:12,day:27,display_date:"…"},
 * text:{headline:"…",text:"<p>…</p>"}, group:"Denials", edtf:"2015-12-27"}`.
 */
export function itemsToTimelineJs(
	items: readonly TimelineItem[],
	opts: TimelineJsOptions = {}
): { file: TimelineJsFile; skipped: number } {
	const calendar = opts.calendar ?? 'gregorian';
	const locale = opts.locale ?? 'en';
	const group = opts.group ?? ((it: TimelineItem) => kindGroupLabel(it.kind, locale));
	const events: TimelineJsEvent[] = [];
	let skipped = 0;
	for (const it of items) {
		const w = it.when;
		if (!w) {
			skipped++;
			continue;
		}
		const display = displayDate(w, calendar, locale);
		const start = tjsDate(w.earliest, w.precision);
		const endIso = w.latest;
		const end = tjsDate(endIso, w.precision);
		const sameAsStart = JSON.stringify(start) === JSON.stringify(end);
		const body = [`<p>${escapeHtml(it.text)}</p>`];
		// The chain of attribution is one line of relays (ISNA ← CNN ← Zakharova); the outlets that
		// published the item independently are a list, never written as a chain.
		if (it.chain.length > 1) body.push(`<p>${escapeHtml(it.chain.join(' ← '))}</p>`);
		const published = it.outlets.filter((o) => !it.chain.includes(o));
		if (published.length)
			body.push(
				`<p>${escapeHtml(word('published-in', locale))}: ${escapeHtml(published.join(`${word('list.comma', locale)} `))}</p>`
			);
		body.push(`<p><small>EDTF ${escapeHtml(w.edtf)}${w.text ? ' · ' + escapeHtml(w.text) : ''}</small></p>`);
		events.push({
			unique_id: it.id,
			start_date: { ...start, display_date: display },
			...(sameAsStart ? {} : { end_date: end }),
			display_date: display,
			text: { headline: escapeHtml(it.label), text: body.join('') },
			group: escapeHtml(group(it)),
			edtf: w.edtf
		});
	}
	const file: TimelineJsFile = { events };
	if (opts.title) file.title = { text: { headline: escapeHtml(opts.title), text: '' } };
	return { file, skipped };
}

function unescapeHtml(s: string): string {
	return s
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const isoOf = (y: number, m: number, d: number) => `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const monthLen = (y: number, m: number) =>
	[31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
		m - 1
	];

/**
 * Reads a TimelineJS3 JSON file back as items (kind "event", lossy: TimelineJS has no speakers or
 * evidence). Dates: `year` alone is a year, `year`+`month` a month, all three a day; `end_date`
 * widens the span. Throws ImportError naming `events[i].start_date.year` etc. for bad dates.
 */
export function parseTimelineJs(text: string): TimelineItem[] {
	const data = parseJsonText(text, 'TimelineJS file') as { events?: unknown };
	if (typeof data !== 'object' || data === null || !Array.isArray(data.events))
		throw new ImportError('TimelineJS file', [
			{ row: 0, column: 'events', message: 'expected an "events" list' }
		]);
	const issues: ImportIssue[] = [];
	const items: TimelineItem[] = [];
	data.events.forEach((raw: unknown, i: number) => {
		const e = raw as Partial<TimelineJsEvent>;
		const p = `events[${i}]`;
		const range = (
			d: TimelineJsDate | undefined,
			field: string,
			isEnd: boolean
		): [string, Precision] | null => {
			if (!d || typeof d !== 'object') {
				issues.push({ row: 0, column: `${p}.${field}`, message: 'a date {year, month, day} is required' });
				return null;
			}
			const y = Number(d.year);
			const m = d.month === undefined || d.month === ('' as never) ? undefined : Number(d.month);
			const dd = d.day === undefined || d.day === ('' as never) ? undefined : Number(d.day);
			if (!Number.isInteger(y)) {
				issues.push({ row: 0, column: `${p}.${field}.year`, message: `"${String(d.year)}" is not a year` });
				return null;
			}
			if (m !== undefined && !(Number.isInteger(m) && m >= 1 && m <= 12)) {
				issues.push({
					row: 0,
					column: `${p}.${field}.month`,
					message: `"${String(d.month)}" is not a month 1–12`
				});
				return null;
			}
			if (m === undefined) return [isoOf(y, isEnd ? 12 : 1, isEnd ? 31 : 1), 'year'];
			if (dd === undefined) return [isoOf(y, m, isEnd ? monthLen(y, m) : 1), 'month'];
			const iso = isoOf(y, m, dd);
			if (!isIsoDay(iso)) {
				issues.push({ row: 0, column: `${p}.${field}.day`, message: `${iso} does not exist` });
				return null;
			}
			return [iso, 'day'];
		};
		const s = range(e.start_date, 'start_date', false);
		const f = e.end_date ? range(e.end_date, 'end_date', true) : s && range(e.start_date, 'start_date', true);
		if (!s || !f) return;
		const when: TimeValue = {
			earliest: s[0],
			latest: f[0],
			precision: s[1],
			calendar: 'gregorian',
			edtf: typeof e.edtf === 'string' && e.edtf ? e.edtf : edtfFromDays(isoToDay(s[0]), isoToDay(f[0])),
			text: typeof e.display_date === 'string' ? e.display_date : ''
		};
		items.push({
			id: typeof e.unique_id === 'string' && e.unique_id ? e.unique_id : `tjs-${i + 1}`,
			kind: 'event',
			label: unescapeHtml(String(e.text?.headline ?? '')),
			text: unescapeHtml(String(e.text?.text ?? '')),
			when,
			status: null,
			actors: [],
			outlets: [],
			chain: [],
			docs: [],
			lang: '',
			evidence: []
		});
	});
	if (issues.length) throw new ImportError('TimelineJS file', issues);
	return items;
}
