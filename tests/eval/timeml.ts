/**
 * TimeML (TempEval-3) documents as gold cases in the scoring form of ../shared/eval/score-dates.js:
 * one case per document, its TEXT with every tag removed, the day of its creation time (DCT) as
 * `ref`, and one gold mention per TIMEX3 with its span and the [earliest, latest] intervals its
 * value accepts. What is counted (see tests/eval/README.md, "TempEval-3"):
 *
 * - DATE and TIME timexes whose value names concrete days: a day (1998-02-13, and a TIME on a day,
 *   1998-02-13TNI), a month, a year, a decade (199, 199X), a century (19, 19XX), a quarter (1998-Q3),
 *   a half (1998-H1), an ISO week (1998-W07, Monday to Sunday) or its weekend (1998-W07-WE, Saturday
 *   and Sunday), a season (1998-SU: meteorological, or astronomical). With mod START / MID / END
 *   ("early 1998") the whole value is accepted and so is the part the README's conventions give.
 * - Everything else is optional (neither rewarded nor penalised): DURATION and SET timexes, values
 *   with X in them (XXXX-WI, 1998-XX-15), PRESENT_REF / PAST_REF / FUTURE_REF.
 *
 * Run as a script, it writes ../shared/eval/tempeval3/{train,platinum}.jsonl from the TimeML
 * directories fetched there (never committed): `npx tsx tests/eval/timeml.ts`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldMention {
	text: string;
	start: number;
	end: number;
	values: string[];
	optional?: boolean;
	/** The TIMEX3 type and value, for reading misses. */
	timex: string;
}

export interface GoldCase {
	id: string;
	lang: 'en';
	ref: string;
	text: string;
	gold: GoldMention[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO day of a UTC date from year, month (1-12), day; months and days may overflow (Date.UTC does). */
function day(y: number, m: number, d: number): string {
	const t = new Date(Date.UTC(2000, m - 1, d));
	t.setUTCFullYear(y, m - 1, d);
	return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Last day of a month. */
const lastOf = (y: number, m: number) => day(y, m + 1, 0);
const months = (y: number, a: number, b: number) => `${day(y, a, 1)}/${lastOf(y, b)}`;
const years = (a: number, b: number) => `${day(a, 1, 1)}/${day(b, 12, 31)}`;

/** Monday of ISO week `w` of year `y`. */
function isoWeekMonday(y: number, w: number): [number, number, number] {
	const jan4 = new Date(Date.UTC(y, 0, 4));
	const dow = (jan4.getUTCDay() + 6) % 7; // Monday 0
	const monday = new Date(Date.UTC(y, 0, 4 - dow + 7 * (w - 1)));
	return [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
}

/**
 * The intervals ("A" or "A/B", ISO days) a TIMEX3 value accepts, or null when it names no concrete
 * days. `mod` is its mod attribute (START, MID, END add the README's parts of the value).
 * @example timexValues('1998-Q3') // ['1998-07-01/1998-09-30']
 */
export function timexValues(value: string, mod = ''): string[] | null {
	let m: RegExpExecArray | null;
	const out: string[] = [];
	const third = (a: string, b: string, c: string) =>
		mod === 'START' ? out.push(a) : mod === 'MID' ? out.push(b) : mod === 'END' ? out.push(c) : 0;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) {
		out.push(day(+m[1], +m[2], +m[3]));
	} else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		const [y, mo] = [+m[1], +m[2]];
		out.push(months(y, mo, mo));
		third(
			`${day(y, mo, 1)}/${day(y, mo, 10)}`,
			`${day(y, mo, 11)}/${day(y, mo, 20)}`,
			`${day(y, mo, 21)}/${lastOf(y, mo)}`
		);
	} else if ((m = /^(\d{4})$/.exec(value))) {
		const y = +m[1];
		out.push(years(y, y));
		if (mod === 'START') out.push(months(y, 1, 4), months(y, 1, 3));
		if (mod === 'MID') out.push(months(y, 5, 8), months(y, 4, 9), months(y, 6, 7));
		if (mod === 'END') out.push(months(y, 9, 12), months(y, 10, 12));
	} else if ((m = /^(\d{3})X?$/.exec(value))) {
		const y = +m[1] * 10;
		out.push(years(y, y + 9));
		if (mod === 'START') out.push(years(y, y + 2), years(y, y + 3), years(y, y + 4));
		if (mod === 'MID')
			out.push(years(y + 3, y + 6), years(y + 4, y + 6), years(y + 3, y + 7), years(y + 4, y + 5));
		if (mod === 'END') out.push(years(y + 5, y + 9), years(y + 6, y + 9), years(y + 7, y + 9));
	} else if ((m = /^(\d{2})(XX)?$/.exec(value))) {
		const c = +m[1] * 100;
		out.push(years(c, c + 99), years(c + 1, c + 100));
	} else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const q = +m[2];
		out.push(months(+m[1], 3 * q - 2, 3 * q));
	} else if ((m = /^(\d{4})-H([12])$/.exec(value))) {
		out.push(m[2] === '1' ? months(+m[1], 1, 6) : months(+m[1], 7, 12));
	} else if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
		const [y, mo, d] = isoWeekMonday(+m[1], +m[2]);
		out.push(m[3] ? `${day(y, mo, d + 5)}/${day(y, mo, d + 6)}` : `${day(y, mo, d)}/${day(y, mo, d + 6)}`);
	} else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const y = +m[1];
		if (m[2] === 'SP') out.push(months(y, 3, 5), `${day(y, 3, 21)}/${day(y, 6, 20)}`);
		if (m[2] === 'SU') out.push(months(y, 6, 8), `${day(y, 6, 21)}/${day(y, 9, 22)}`);
		if (m[2] === 'FA') out.push(months(y, 9, 11), `${day(y, 9, 23)}/${day(y, 12, 20)}`);
		// "the winter of 1998": the one that begins in December 1998 or the one that ends in 1998
		if (m[2] === 'WI')
			out.push(
				`${day(y - 1, 12, 1)}/${lastOf(y, 2)}`,
				`${day(y, 12, 1)}/${lastOf(y + 1, 2)}`,
				`${day(y - 1, 12, 21)}/${day(y, 3, 20)}`,
				`${day(y, 12, 21)}/${day(y + 1, 3, 20)}`
			);
	} else return null;
	return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML character references and the five named entities. */
function decode(s: string): string {
	return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
			: ENTITIES[e]
	);
}

function attr(tag: string, name: string): string {
	const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
	return m ? m[1] : '';
}

/** One TimeML document as a gold case: its TEXT without tags, its DCT's day, its TIMEX3s. */
export function timemlCase(id: string, xml: string): GoldCase {
	const dct = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
	const ref = dct ? attr(dct[1], 'value').slice(0, 10) : '';
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
	let text = '';
	const gold: GoldMention[] = [];
	let open: { tag: string; start: number } | null = null;
	const re = /<[^>]+>|[^<]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(body))) {
		const piece = m[0];
		if (piece[0] !== '<') {
			text += decode(piece);
			continue;
		}
		if (piece.startsWith('<TIMEX3')) open = { tag: piece, start: text.length };
		else if (piece.startsWith('</TIMEX3') && open) {
			const type = attr(open.tag, 'type');
			const value = attr(open.tag, 'value');
			const values = type === 'DATE' || type === 'TIME' ? timexValues(value, attr(open.tag, 'mod')) : null;
			gold.push({
				text: text.slice(open.start),
				start: open.start,
				end: text.length,
				values: values ?? [],
				...(values ? {} : { optional: true }),
				timex: `${type} ${value}${attr(open.tag, 'mod') ? ' ' + attr(open.tag, 'mod') : ''}`
			});
			open = null;
		}
	}
	return { id, lang: 'en', ref, text, gold };
}

/** Every .tml file under `dir` (recursively), as gold cases, sorted by file name. */
export function timemlDir(dir: string): GoldCase[] {
	const out: GoldCase[] = [];
	const walk = (d: string) => {
		for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (f.isDirectory()) walk(join(d, f.name));
			else if (f.name.endsWith('.tml'))
				out.push(timemlCase(f.name.replace(/\.tml$/, ''), readFileSync(join(d, f.name), 'utf8')));
		}
	};
	if (existsSync(dir)) walk(dir);
	return out;
}

/** Where TempEval-3 lies: ../shared/eval/tempeval3 beside the repository. */
export const TEMPEVAL3 = resolve(import.meta.dirname, '../../../shared/eval/tempeval3');

/** TempEval-3's training data (TBAQ-cleaned: TimeBank and AQUAINT) and its platinum test set. */
export function tempeval3(): { train: GoldCase[]; platinum: GoldCase[] } {
	return {
		train: [
			...timemlDir(join(TEMPEVAL3, 'TBAQ-cleaned/TimeBank')),
			...timemlDir(join(TEMPEVAL3, 'TBAQ-cleaned/AQUAINT'))
		],
		platinum: timemlDir(join(TEMPEVAL3, 'te3-platinum'))
	};
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const { train, platinum } = tempeval3();
	for (const [name, cases] of [
		['train', train],
		['platinum', platinum]
	] as const) {
		const file = join(TEMPEVAL3, `${name}.jsonl`);
		writeFileSync(file, cases.map((k) => JSON.stringify(k)).join('\n') + '\n');
		const scored = cases.flatMap((k) => k.gold).filter((g) => !g.optional).length;
		console.log(`${file}: ${cases.length} documents, ${scored} scored timexes`);
	}
}
