/**
 * Token-pattern parsers: each looks at a bounded window of tokens from a start position and
 * returns the date *parts* it read (nothing is resolved here). Every parser moves forward only,
 * a bounded number of tokens, so the whole pass is linear in the text length.
 */
import { filterOf, fold, hashRange, mayHold, type Token } from '../text';
import { getLexicon, type Entry, type EntryKind, type Lexicon } from '../lexicon';
import { ARTICLE, ARTICLE_AFTER_LAM } from '../lexicon/article';
import type { CalendarId } from '../time/time-value';
import { whyInvalid } from './calendar-adapter';
import { dateWork } from './work';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century';
export type Cue = 'early' | 'mid' | 'late' | 'half1' | 'half2' | 'q1' | 'q2' | 'q3' | 'q4';
export type Season = 'winter' | 'spring' | 'summer' | 'autumn';

/** What one expression stated. Unset fields were not said. */
export interface Parts {
	/** Calendar of the month name, of the numeric date's year range, or of the era marker. */
	cal?: CalendarId;
	/** Calendar stated explicitly by an era word (میلادی, هـ, CE…). */
	era?: CalendarId;
	year?: number;
	month?: number;
	day?: number;
	/** Last day of a range of days in one month ("5 إلى 10 يناير", "December 24-26"). */
	dayEnd?: number;
	/** The day range is a week of the month ("الأسبوع الأول من أيار"): week precision. */
	monthWeek?: boolean;
	weekday?: number;
	/** last (-1) / this (0) / next (+1) said of the month or weekday itself ("سبتمبر الماضي"). */
	selfRel?: number;
	/** Year offset from the reference year ("من العام الماضي" -1, "امسال" 0). */
	yearRel?: number;
	/** Whole-unit offset from the reference ("last week", "ماه گذشته", "3 days ago"). */
	unitRel?: { unit: Unit; offset: number };
	/** An event whose name stands for its date ("هجمات 11 سبتمبر", "9/11"): its value. */
	named?: { cal: CalendarId; earliest: string; latest: string };
	/** A fixed-date holiday (نوروز, عيد الفطر): its calendar, month and day. */
	holiday?: { cal: CalendarId; month: number; day: number };
	/** The last day of a span that crosses months ("30 نوفمبر - 2 ديسمبر 2015"): its own parts. */
	until?: Parts;
	/**
	 * Token indices of a range's two endpoints (`dayEnd` or `until`): the first ends before
	 * `firstEnd`, the second starts at `secondStart`; the connective between them is in neither.
	 */
	rangeAt?: { firstEnd: number; secondStart: number };
	/** A quarter said without a year ("the third quarter"): the latest one begun by the reference. */
	latestQuarter?: boolean;
	/** A weekend said without this/last/next ("في نهاية الأسبوع", "آخر هفته"): the latest one begun. */
	bareWeekend?: boolean;
	/**
	 * A day and month without a year that is the text's own date (an agency dateline): the latest
	 * occurrence up to two days after the reference, since time zones can put a dateline a day or
	 * two ahead of the publication date it is compared with.
	 */
	dateline?: boolean;
	/**
	 * A numeric date whose day and month could be read either way ("05-01-2022", "11/3/2019"): read
	 * the other way when that lands on the reference day and this way does not (see `find.ts`).
	 */
	swappable?: boolean;
	deictic?: number;
	/** Days from the day the text told just before ("the next day": 1), not from the reference. */
	anchored?: number;
	/**
	 * A day of the month the text told before it («24 من الشهر ذاته», «۲۴ همان ماه», "the 24th of the
	 * same month"): valued from that month by the finder (`followDays`), never from the reference.
	 */
	sameMonth?: boolean;
	/**
	 * Said in a future clause ("will start on June 3", «سيعقد في يناير»): a day, month, weekday,
	 * season or holiday without a year is the earliest such one on or after the reference.
	 */
	future?: boolean;
	season?: Season;
	cue?: Cue;
	/** The cue is the start of a span up to now ("since the start of the year"): the value is the whole unit. */
	sinceStart?: boolean;
	/** First year of a decade (1990) or, with `decadeCentury`, the decade within a relative century. */
	decade?: number;
	/** Decade digit word ("التسعينيات" → 90) waiting for its century. */
	decadeOf?: number;
	/** Century number (20 = 1900–1999) or relative century offset. */
	century?: number;
	centuryRel?: number;
}

export interface Match {
	/** Token index range [start, end). */
	start: number;
	end: number;
	parts: Parts;
}

/** Token stream with lexicon look-ups done once. */
export interface Stream {
	toks: Token[];
	/** Longest lexicon phrase starting at each token: entries and length in tokens. */
	hits: (Entry[] | null)[];
	lens: number[];
	/** 1 when the token's first original character is an upper-case Latin letter. */
	caps: number[];
	/**
	 * Non-zero when the phrase at the token was found only after removing a glued و/ب/ل/ف:
	 * GLUED_AND when that letter is the lexicon's "and" (و), GLUED_ARTICLE when it is «ل» on the
	 * article, whose alef it drops («للخامس» is «ل» + «الخامس»), else GLUED.
	 */
	prefixed: number[];
	/** Bit set of the entry kinds (and unit tags) at each token, for cheap look-ahead. */
	masks: number[];
	lang: 'ar' | 'fa' | 'en';
}

const NONE: ReadonlySet<string> = new Set();

/** A word list of the lexicon (words.ts: `glued`, `inyear`, `habit plural`…). */
function wordList(name: string, lex: Lexicon = getLexicon()): ReadonlySet<string> {
	return lex.lists.get(name) ?? NONE;
}
/**
 * `Stream.prefixed` values: a glued preposition ("بتاريخ"), the glued conjunction ("و5"), or the
 * preposition «ل» on the article («للخامس والعشرين»: the two lams stay in the date's span, as the
 * article's cannot be cut from its word).
 */
export const GLUED = 1;
export const GLUED_AND = 2;
export const GLUED_ARTICLE = 3;

/** How many characters of token `i`'s text are a glued letter outside the date (0 or 1). */
export function gluedWidth(prefixed: ArrayLike<number>, i: number): number {
	return prefixed[i] && prefixed[i] !== GLUED_ARTICLE ? 1 : 0;
}

/** The text of token `i` as the lexicon found it: without its glued letter, «للخامس» as «الخامس». */
export function lookedUp(s: Stream, i: number): string {
	const t = s.toks[i].text;
	if (s.prefixed[i] === GLUED_ARTICLE) return ARTICLE + t.slice(ARTICLE_AFTER_LAM.length);
	return s.prefixed[i] ? t.slice(1) : t;
}

/** True when a preposition is glued to token i («بالصيف», «للصيف»), not the conjunction. */
function gluedPrep(c: Cursor, i: number): boolean {
	return c.s.prefixed[i] === GLUED || c.s.prefixed[i] === GLUED_ARTICLE;
}

/** Bits for the look-ahead masks. */
export const BIT = {
	num: 1,
	month: 2,
	weekday: 4,
	deictic: 8,
	unit: 16,
	relunit: 32,
	season: 64,
	decade: 128,
	century: 256,
	monthWord: 512,
	ordinal: 1024,
	cue: 2048,
	rel: 4096,
	ago: 8192,
	cardinal: 16384,
	/** "the" and "'" (English decades and centuries) */
	lead: 32768,
	holiday: 65536,
	named: 131072,
	/**
	 * A name that blocks the date words in it (words.ts `block`: «مهر» of Mehr News…): no parser
	 * starts at it; the finder steps over it (a bit, so that it is not looked for among the entries of
	 * every token the lexicon knows)
	 */
	block: 262144
} as const;

function bitOf(e: Entry): number {
	switch (e.kind) {
		case 'month':
			return BIT.month;
		case 'weekday':
			return BIT.weekday;
		case 'deictic':
		case 'anchored':
			return BIT.deictic;
		case 'relunit':
			return BIT.relunit;
		case 'season':
			return BIT.season;
		case 'decade':
			return BIT.decade;
		case 'ordinal':
			return BIT.ordinal;
		case 'cue':
			return BIT.cue;
		case 'rel':
			return BIT.rel;
		case 'ago':
			return BIT.ago;
		case 'cardinal':
			return BIT.cardinal;
		case 'holiday':
			return BIT.holiday;
		case 'named':
			return BIT.named;
		case 'block':
			return BIT.block;
		case 'unit':
			return e.tag === 'century'
				? BIT.century | BIT.unit
				: e.tag === 'month'
					? BIT.monthWord | BIT.unit
					: BIT.unit;
		default:
			return 0;
	}
}

// keys tried by `longest` and their characters, counted here and added to `dateWork` once per stream
let probes = 0;
let probeChars = 0;

/**
 * What `longest` needs to know of one lexicon key, in one look-up: its entries (undefined when the key
 * is only the beginning of longer phrases), their bits (`bitOf`), and for a first word the length in
 * tokens of its longest phrase (`lex.maxLen`; 0 for keys of two or more tokens).
 */
export interface KeyInfo {
	entries: Entry[] | undefined;
	mask: number;
	max: number;
}

/**
 * The keys of a lexicon's phrases, their first words and their beginnings (`lex.phrases`,
 * `lex.maxLen`, `lex.prefixes`) in one table, and a quick-reject filter of the first words (`heads`:
 * text/scan.ts `filterOf` over each one's `hashRange`): most words of a text begin no phrase, and a
 * clear bit says so without a look-up in the table, which hashes a string made for it.
 */
interface KeyTable {
	lex: Lexicon;
	keys: Map<string, KeyInfo>;
	heads: Uint32Array;
	/**
	 * The same filter over the keys of two or more tokens: a phrase grown by one more token is
	 * looked up only when its hash may be one of them. Nineteen in twenty are not (Arabic news),
	 * and each of those cost a string built to be hashed and looked up.
	 */
	longer: Uint32Array;
}

/** Made once per lexicon, which never changes once built. */
let keyTable: KeyTable | null = null;

/** The key table of a lexicon (see `KeyInfo`): also the tense reader's (tense.ts `phrase`). */
export function keysOf(lex: Lexicon): Map<string, KeyInfo> {
	return tableOf(lex).keys;
}

function tableOf(lex: Lexicon): KeyTable {
	if (keyTable?.lex === lex) return keyTable;
	const keys = new Map<string, KeyInfo>();
	for (const [key, entries] of lex.phrases) {
		let mask = 0;
		for (const e of entries) mask |= bitOf(e);
		keys.set(key, { entries, mask, max: 0 });
	}
	for (const key of lex.prefixes) if (!keys.has(key)) keys.set(key, { entries: undefined, mask: 0, max: 0 });
	for (const [first, max] of lex.maxLen) {
		const info = keys.get(first);
		if (info) info.max = max;
		else keys.set(first, { entries: undefined, mask: 0, max });
	}
	const heads = filterOf(new Set([...lex.maxLen.keys()].map((first) => hashRange(first, 0, first.length))));
	const longer = filterOf(
		new Set([...keys.keys()].filter((k) => k.includes(' ')).map((k) => hashRange(k, 0, k.length)))
	);
	keyTable = { lex, keys, heads, longer };
	return keyTable;
}

/**
 * Longest phrase in the lexicon starting at token i with first-token text `first`: its entries go to
 * `hits[i]`, its length in tokens to `lens[i]` and its bits to `masks[i]`; false when there is none.
 * The key grows a token at a time only while it is the beginning of some phrase (`lex.prefixes`), so a
 * common first word ("the", «في») costs one look-up, not one per possible length.
 */
function longest(
	{ keys, longer }: KeyTable,
	toks: Token[],
	i: number,
	first: string,
	hits: (Entry[] | null)[],
	lens: number[],
	masks: number[]
): boolean {
	const head = keys.get(first);
	probes++;
	probeChars += first.length;
	if (!head || !head.max) return false;
	const n = toks.length;
	// the longest key that is still a phrase or the beginning of one
	let key = first;
	let len = 1;
	const top = Math.min(head.max, n - i);
	let bestLen = 0;
	let best: KeyInfo | null = head.entries ? head : null;
	if (best) bestLen = 1;
	// the key's hash (hashRange), grown with it: FNV-1a reads the units in order
	let h = top > 1 ? hashRange(first, 0, first.length) : 0;
	while (len < top) {
		const u = toks[i + len];
		if (u.kind === 'nl') break;
		const w = u.text;
		h = Math.imul(h ^ 32, 0x01000193);
		for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
		if (!mayHold(longer, h)) break;
		const next = key + ' ' + w;
		probes++;
		probeChars += next.length;
		// (a key of two or more tokens is in the table when it is a phrase or the beginning of one)
		const e = keys.get(next);
		if (!e) break;
		if (e.entries) {
			best = e;
			bestLen = len + 1;
		}
		key = next;
		len++;
	}
	if (!best) return false;
	hits[i] = best.entries!;
	lens[i] = bestLen;
	masks[i] |= best.mask;
	return true;
}

/**
 * The letters Arabic glues to the next word (words.ts `glued`: و/ب/ل/ف), by code unit, and those
 * of them that are the lexicon's "and". Compared by code: a word's first letter sliced off as a
 * string is a new string to hash, for every word.
 */
interface Glued {
	lex: Lexicon;
	letters: Set<number>;
	and: Set<number>;
}

let gluedCache: Glued | null = null;

function gluedOf(lex: Lexicon): Glued {
	if (gluedCache?.lex === lex) return gluedCache;
	const letters = new Set<number>();
	const and = new Set<number>();
	for (const p of wordList('glued', lex)) {
		// (a longer entry could never be a word's first code unit)
		if (p.length !== 1) continue;
		letters.add(p.charCodeAt(0));
		if (lex.phrases.get(p)?.some((e) => e.kind === 'and')) and.add(p.charCodeAt(0));
	}
	gluedCache = { lex, letters, and };
	return gluedCache;
}

/** True when the word `w` begins with a letter Arabic glues to the next word (`gluedOf`). */
function gluedFirst(w: string): boolean {
	return gluedOf(getLexicon()).letters.has(w.charCodeAt(0));
}

/** Build the look-up table for a token stream. Linear: at most `maxLen` probes per token. */
export function buildStream(
	toks: Token[],
	lex: Lexicon,
	original: string,
	map: Int32Array,
	lang: Stream['lang']
): Stream {
	const n = toks.length;
	// plain arrays, grown by push (packed, and no fill before the loop): small typed arrays live
	// off-heap and cost more to create than they save
	const hits: (Entry[] | null)[] = [];
	const lens: number[] = [];
	const caps: number[] = [];
	const prefixed: number[] = [];
	const masks: number[] = [];
	const table = tableOf(lex);
	const heads = table.heads;
	const glued = gluedOf(lex);
	for (let i = 0; i < n; i++) {
		const t = toks[i];
		hits.push(null);
		lens.push(0);
		prefixed.push(0);
		masks.push(t.kind === 'num' ? BIT.num : t.text === 'the' || t.text === "'" ? BIT.lead : 0);
		if (t.kind === 'word') {
			const c = original.charCodeAt(map[t.start]);
			caps.push(c >= 65 && c <= 90 ? 1 : 0);
		} else caps.push(0);
		if (t.kind === 'nl') continue;
		// (the first word a phrase would begin with is tested against the filter before it is looked up)
		const w = t.text;
		if (mayHold(heads, hashRange(w, 0, w.length)) && longest(table, toks, i, w, hits, lens, masks)) continue;
		// Arabic glues و/ب/ل/ف to the next word ("ولعام", "بتاريخ", "والأحد")
		if (
			t.kind === 'word' &&
			w.length > 2 &&
			glued.letters.has(w.charCodeAt(0)) &&
			mayHold(heads, hashRange(w, 1, w.length)) &&
			longest(table, toks, i, w.slice(1), hits, lens, masks)
		)
			prefixed[i] = glued.and.has(w.charCodeAt(0)) ? GLUED_AND : GLUED;
		// «للخامس والعشرين», «للعام الجاري»: «ل» glued to the article drops its alef (لل = ل + ال)
		else if (
			t.kind === 'word' &&
			t.text.length > 3 &&
			t.text.startsWith(ARTICLE_AFTER_LAM) &&
			lang === 'ar' &&
			longest(table, toks, i, ARTICLE + t.text.slice(ARTICLE_AFTER_LAM.length), hits, lens, masks)
		)
			prefixed[i] = GLUED_ARTICLE;
	}
	dateWork.streamTokens += n;
	dateWork.lexiconProbes += probes;
	dateWork.lexiconChars += probeChars;
	probes = 0;
	probeChars = 0;
	return { toks, hits, lens, caps, prefixed, masks, lang };
}

/**
 * Parsers share this view over a stream. It counts what is looked at through it (`looks`: tokens,
 * lexicon entries, look-ahead steps) and the parsers tried on it (`parses`, counted by the
 * finder), which the finder adds to `dateWork` once per stream.
 */
export class Cursor {
	looks = 0;
	parses = 0;

	constructor(readonly s: Stream) {}

	get n(): number {
		return this.s.toks.length;
	}

	tok(i: number): Token | undefined {
		this.looks++;
		return i < this.s.toks.length ? this.s.toks[i] : undefined;
	}

	/** The entry of a kind at i (the longest phrase there), or null. */
	ent(i: number, kind: EntryKind, allowWeak = true): Entry | null {
		this.looks++;
		const h = i < this.s.hits.length ? this.s.hits[i] : null;
		if (!h) return null;
		for (const e of h)
			if (e.kind === kind && (allowWeak || !e.weak) && (!e.lang || e.lang === this.s.lang)) return e;
		return null;
	}

	/** True when a token with one of `bits` starts within `window` tokens from i (same line). */
	ahead(i: number, bits: number, window: number): boolean {
		const toks = this.s.toks;
		const end = Math.min(toks.length, i + window);
		for (let k = i; k < end; k++) {
			if (this.s.masks[k] & bits) {
				this.looks += k - i + 1;
				return true;
			}
			if (toks[k].kind === 'nl') {
				this.looks += k - i + 1;
				return false;
			}
		}
		this.looks += Math.max(0, end - i);
		return false;
	}

	len(i: number): number {
		this.looks++;
		return this.s.lens[i] || 1;
	}

	isPunct(i: number, chars: string): boolean {
		const t = this.tok(i);
		return !!t && t.kind === 'punct' && chars.includes(t.text);
	}

	isNum(i: number): boolean {
		return this.tok(i)?.kind === 'num';
	}

	/** A number that is part of a bigger figure ("3,000", "2.5", "17:46") rather than on its own. */
	numberContinues(i: number): boolean {
		const a = this.tok(i + 1);
		const b = this.tok(i + 2);
		if (!a || a.space) return false;
		if (a.kind === 'word' && !inList('suffix ordinal', a.text)) return false;
		if (a.kind === 'punct' && (a.text === '%' || a.text === '٪')) return true;
		if (
			a.kind === 'punct' &&
			(a.text === ':' || a.text === ',' || a.text === '.') &&
			b?.kind === 'num' &&
			!b.space
		)
			return a.text !== ',' || b.text.length === 3;
		return false;
	}

	numberContinuedBefore(i: number): boolean {
		const a = this.tok(i - 1);
		const b = this.tok(i - 2);
		const t = this.tok(i);
		if (!a || !t || t.space) return false;
		if (a.kind === 'punct' && (a.text === ':' || a.text === ',' || a.text === '.') && b?.kind === 'num')
			return true;
		return false;
	}
}

const REL: Record<string, number> = { past: -1, next: 1, this: 0, past2: -2, next2: 2 };

/** Direction of a rel entry at i. */
function relAt(c: Cursor, i: number, allowWeak: boolean): number | null {
	const e = c.ent(i, 'rel', allowWeak);
	return e ? REL[e.tag] : null;
}

/** A relative word continuing a phrase ("الماضي" after a month): not one glued to و, which starts a new clause. */
function relAfter(c: Cursor, i: number, allowWeak: boolean): number | null {
	if (c.s.prefixed[i]) return null;
	return relAt(c, i, allowWeak);
}

/**
 * A cue word (early / mid / late) at i, or null. A weak one (English "end", "beginning", also a
 * verb or a noun of its own: "the mission will end next year"; "Q3", "H1") counts only before "of";
 * a quarter or half also before a year in figures ("Q3 2024", "H1 2025").
 */
function cueAt(c: Cursor, i: number): Entry | null {
	const e = c.ent(i, 'cue');
	const after = i + (e ? c.len(i) : 0);
	if (!e || !e.weak || c.ent(after, 'of')) return e;
	// a quarter or half before its year in figures; "end 2024" may be the verb
	if ((e.tag[0] === 'q' || e.tag.startsWith('half')) && c.isNum(after) && c.tok(after)!.text.length === 4)
		return e;
	// Persian آغاز / پایان take no "of" ("پایان سال"): kept, but too weak to make a weak month one
	return c.tok(i)!.text.charCodeAt(0) < 128 ? null : e;
}

/**
 * A leading early/mid/late cue at i ("أواخر", "اوایل", "late", "mid-"): records it in `p.cue` and
 * returns the token after the cue, its hyphen and one connector; -1 if none. `e` is the cue's
 * entry when the caller has looked it up.
 */
function leadingCue(c: Cursor, i: number, p: Parts, e: Entry | null = cueAt(c, i)): number {
	if (!e) return -1;
	p.cue = e.tag as Cue;
	if (p.cue === 'early' && sinceStart(c, i)) p.sinceStart = true;
	let j = i + c.len(i);
	if (c.isPunct(j, '-')) j++;
	return skipOf(c, j);
}

/** How far after "the start of X" a word of "now" may close a "from … until now" («از ابتدای سال ۲۰۲۵ تاکنون»). */
const SINCE_NOW_REACH = 12;

/**
 * True when the start word at i is the start of a span up to now: "since the start of this year",
 * «منذ بداية هذا العام», «منذ مطلع العام الجاري», «از ابتدای سال ۲۰۲۵ تاکنون», «من بداية العام وحتى
 * الآن». What is counted runs through the unit, so the unit is the date the text gives, not its
 * first third. "From" words («از», «من», "from") count only with a word of "now" after them: «از
 * ابتدای سال آینده» ('from the start of next year') is the start itself.
 */
function sinceStart(c: Cursor, i: number): boolean {
	if (!listAt(c, i, 'since start')) return false;
	let k = i - 1;
	if (c.s.lang === 'en' && c.tok(k)?.text === 'the') k--;
	if (k < 0) return false;
	if (listAt(c, k, 'since word')) return true;
	if (!listAt(c, k, 'since from')) return false;
	const end = Math.min(c.n, i + SINCE_NOW_REACH);
	for (let j = i + 1; j < end; j++) {
		const t = c.tok(j)!;
		if (t.kind === 'nl' || (t.kind === 'punct' && '.!?؟;؛'.includes(t.text))) return false;
		if (listAt(c, j, 'since now')) return true;
	}
	return false;
}

/** Skip one optional connector (من, of, the, "-" after "mid"). */
function skipOf(c: Cursor, i: number): number {
	if (c.ent(i, 'of')) return i + c.len(i);
	return i;
}

function eraAt(c: Cursor, i: number): { cal: CalendarId; end: number } | null {
	let j = i;
	// "2015 م." "1437هـ" "1394 ه.ش"
	const e = c.ent(j, 'era');
	if (!e) return null;
	const t = c.tok(j)!;
	// a weak one-letter marker (ش, ق) must touch the year or stand alone before punctuation
	if (e.weak && t.space) {
		const nx = c.tok(j + c.len(j));
		if (nx && nx.kind === 'word' && !nx.space) return null;
	}
	j += c.len(j);
	if (c.isPunct(j, '.') && c.tok(j - 1)?.text.length === 1 && !c.tok(j)!.space) j++;
	return { cal: e.tag as CalendarId, end: j };
}

/** A day of the month: "23", "23rd", "الخامس عشر", "بیست و ششم", "اول". */
function dayAt(c: Cursor, i: number): { day: number; end: number; numeric: boolean } | null {
	const t = c.tok(i);
	if (!t) return null;
	if (t.kind === 'num') {
		if (t.text.length > 2 || t.value < 1 || t.value > 31) return null;
		if (c.numberContinuedBefore(i)) return null;
		let j = i + 1;
		const s = c.tok(j);
		if (s && s.kind === 'word' && !s.space && inList('suffix ordinal', s.text)) j++;
		else if (c.numberContinues(i)) return null;
		return { day: t.value, end: j, numeric: true };
	}
	const o = c.ent(i, 'ordinal');
	if (o && o.n <= 31) return { day: o.n, end: i + c.len(i), numeric: false };
	return null;
}

/**
 * A Persian day in cardinal words before a month name that is no everyday word and its year in
 * figures: «یک سپتامبر ۲۰۲۵», «بیست و پنج دسامبر ۲۰۱۹» (Persian writes days so beside «اول», «بیست و
 * پنجم»). Without the year «یک مهر» (a seal), «سه تیر» (three arrows) stay words.
 */
function cardinalDayAt(c: Cursor, i: number): { day: number; end: number; numeric: boolean } | null {
	if (c.s.lang !== 'fa') return null;
	const e = cardinalAt(c, i);
	if (!e || e.n > 31) return null;
	const whole = compoundAt(c, i);
	if (whole === 'other') return null;
	const n = whole ? whole.n : e.n;
	const end = whole ? whole.end : i + c.len(i);
	if (n < 1 || n > 31) return null;
	const m = monthAt(c, end);
	if (!m || m.weak) return null;
	const y = c.tok(m.end);
	if (!y || y.kind !== 'num' || y.text.length !== 4) return null;
	return { day: n, end, numeric: false };
}

/**
 * A number where a day belongs that no month has: 0 or 32–99 ("32 March 2016", "0 March 2016").
 * The caller reads it only before a month with a year, and the resolver reports it as invalid.
 */
function impossibleDayAt(c: Cursor, i: number): { day: number; end: number; numeric: boolean } | null {
	const t = c.tok(i);
	if (!t || t.kind !== 'num' || t.text.length > 2 || (t.value >= 1 && t.value <= 31)) return null;
	if (c.numberContinuedBefore(i) || c.numberContinues(i)) return null;
	return { day: t.value, end: i + 1, numeric: true };
}

/** A month name, with an optional pair ("سبتمبر (أيلول)", "يناير/كانون الثاني") and "ماه" after it. */
/** True when a month name at i has a year in figures right after it («ربيع الاول 1425», "May 2004"). */
function monthYearAt(c: Cursor, i: number): boolean {
	const m = monthAt(c, i);
	return !!m && c.isNum(m.end) && c.tok(m.end)!.text.length === 4;
}

function monthAt(
	c: Cursor,
	i: number
): { month: number; cal: CalendarId; weak: boolean; strong: boolean; prepOk: boolean; end: number } | null {
	let j = i;
	let monthWord = false;
	const mw = c.ent(j, 'unit');
	if (mw && mw.tag === 'month' && mw.n === 1 && !c.ent(j, 'month')) {
		monthWord = true;
		j += c.len(j);
	}
	const e = c.ent(j, 'month');
	if (!e) return null;
	const t = c.tok(j)!;
	let weak = e.weak;
	// English month names are capitalised; "may" and "march" in lower case are verbs
	if (t.kind === 'word' && t.text.charCodeAt(0) < 128 && !c.s.caps[j]) return null;
	j += c.len(j);
	// "Dec. 24", "Jan. 2016": the abbreviation's point, not the full stop after "in May."
	if (
		c.isPunct(j, '.') &&
		c.tok(j - 1)!.text.length <= 4 &&
		c.tok(j - 1)!.text.charCodeAt(0) < 128 &&
		c.isNum(j + 1)
	)
		j++;
	let strong = monthWord || !!e.withMonthWord;
	// paired name: "(أيلول)", "/كانون الثاني", "-آب", «جدی|دی» (an Afghan site's Afghan and Iranian names)
	if (c.isPunct(j, '(/-|')) {
		const open = c.tok(j)!.text;
		let k = j + 1;
		const p = c.ent(k, 'month');
		if (p && p.n === e.n) {
			k += c.len(k);
			if (open === '(') {
				if (c.isPunct(k, ')')) {
					j = k + 1;
					strong = true;
				}
			} else {
				j = k;
				strong = true;
			}
		}
	} else if (c.tok(j)?.kind === 'word') {
		// «7 يوليو تموز», «16 أكتوبر تشرين الأول», «۷ ژوئیه جولای»: the two names of a month paired with a
		// space only; another spelling of the same month of the same calendar is its pair, not a month
		const p = c.ent(j, 'month');
		if (p && p.n === e.n && p.tag === e.tag && c.tok(j)!.text !== t.text) {
			j += c.len(j);
			strong = true;
		}
	}
	// Persian "تیر ماه", "دی ماه"
	const after = c.ent(j, 'unit');
	if (after && after.tag === 'month' && after.n === 1 && e.tag === 'persian' && c.tok(j)!.text !== 'month') {
		j += c.len(j);
		strong = true;
	}
	if (strong) weak = false;
	return { month: e.n, cal: e.tag as CalendarId, weak, strong, prepOk: !!e.prepOk, end: j };
}

/**
 * The word that opens a range ending right before token i: 'between' (between, بين, ما بين, بین,
 * میان) or 'from' (from, من, از), looking past up to two prepositions or words for years ("between
 * the years 2015 and 2018", "بین سال‌های ۱۳۹۰ تا ۱۳۹۵", "من عام 2014"); null when there is none.
 * After "between", an "and" joins the date at i to the next one as a range, as "to" does.
 */
export function rangeOpenerBefore(c: Cursor, i: number): 'between' | 'from' | null {
	let k = i;
	for (let step = 0; step < 3 && k > 0; step++) {
		// the phrases that end right before k: an opener, or one to look past
		let past = -1;
		for (let b = Math.max(0, k - 3); b < k; b++) {
			if (!c.s.lens[b] || b + c.s.lens[b] !== k) continue;
			if (c.ent(b, 'between')) return 'between';
			if (c.ent(b, 'from')) return 'from';
			const u = c.ent(b, 'unit');
			if (past < 0 && (c.ent(b, 'prep') || (u && u.tag === 'year'))) past = b;
		}
		// a time of day between the opener and the date ("from 10 pm this evening", «من الساعة 11 مساء
		// يوم الاثنين», "from midnight Tuesday")
		if (past < 0) past = clockTimeBefore(c, k);
		// the word "date" ("from the date 10/22 to …", «من تاريخ 10/22 ولغاية …»; words.ts `dateword`)
		if (past < 0 && listAt(c, k - 1, 'dateword')) past = k - 1;
		if (past < 0) return null;
		k = past;
	}
	return null;
}

/** True when token k is a word of the list `name` (words.ts), as written or without a glued letter. */
function listAt(c: Cursor, k: number, name: string): boolean {
	const t = c.tok(k);
	if (!t || t.kind !== 'word') return false;
	return inList(name, t.text) || (!!c.s.prefixed[k] && inList(name, t.text.slice(1)));
}

/** True when tokens [k, k + 4) are "a.m." or "p.m." ("a", ".", "m", "."), or token k is "am"/"pm". */
function meridiemAt(c: Cursor, k: number): number {
	const t = c.tok(k)?.text;
	if (t === 'am' || t === 'pm') return 1;
	if ((t === 'a' || t === 'p') && c.isPunct(k + 1, '.') && c.tok(k + 2)?.text === 'm')
		return c.isPunct(k + 3, '.') ? 4 : 3;
	return 0;
}

/**
 * The token after a time of day that starts at token k, or k when none does: a word for one
 * ("midnight", "noon": `clocknoun`), an hour in figures after a word of the clock or before a part of
 * the day or am/pm («الساعة 4 فجر», «ساعت ۱۰ شب», "10 pm", "1 p.m.", "11:30 a.m."). Read between a
 * range word and the date it brings («وحتى الساعة 4 فجر يوم الثلاثاء», "until midnight Friday").
 */
export function clockTimeAfter(c: Cursor, k: number): number {
	if (listAt(c, k, 'clocknoun')) return k + 1;
	let j = k;
	const clock = listAt(c, j, 'clock');
	if (clock) j++;
	const n = c.tok(j);
	if (!n || n.kind !== 'num' || n.text.length > 2) return k;
	j++;
	if (c.isPunct(j, ':') && c.isNum(j + 1)) j += 2;
	const mer = meridiemAt(c, j);
	if (mer) return j + mer;
	if (listAt(c, j, 'daypart')) return j + 1;
	return clock ? j : k;
}

/** The first token of a time of day that ends right before token k (see `clockTimeAfter`), or -1. */
function clockTimeBefore(c: Cursor, k: number): number {
	// (looked at for every date with no opener before it: first the one token a time of day ends with)
	const t = c.tok(k - 1);
	if (!t) return -1;
	if (t.kind === 'punct' && t.text !== '.') return -1;
	if (t.kind === 'word' && t.text !== 'm' && !listAt(c, k - 1, 'clocknoun') && !listAt(c, k - 1, 'daypart'))
		return -1;
	for (let b = Math.max(0, k - 6); b < k; b++) if (clockTimeAfter(c, b) === k) return b;
	return -1;
}

/** True when a "between" word opens a range right before token i (see `rangeOpenerBefore`). */
export function betweenBefore(c: Cursor, i: number): boolean {
	return rangeOpenerBefore(c, i) === 'between';
}

/**
 * "- 10", "إلى 10", "to 26th" after a first day, and "و5", "and 5" when the first day follows a
 * "between" word: the last day of a range, or null.
 */
function rangeTo(
	c: Cursor,
	i: number,
	first: number,
	between: boolean
): { day: number; start: number; end: number } | null {
	let k = i;
	let and = false;
	if (c.isPunct(k, '-')) k++;
	else if (c.ent(k, 'range')) k += c.len(k);
	else if (between && c.ent(k, 'and')) {
		and = true;
		k += c.len(k);
	} else return null;
	const d = dayAt(c, k);
	// "between 5 and 3 March" names no span of days: two dates, as without "between"
	if (!d || (and && d.day <= first)) return null;
	return { day: d.day, start: k, end: d.end };
}

/** Plausible year for a calendar. */
export function plausibleYear(cal: CalendarId | undefined, y: number): boolean {
	if (cal === 'persian') return y >= 1200 && y <= 1600;
	if (cal === 'islamic-umalqura') return y >= 1200 && y <= 1600;
	return y >= 1000 && y <= 2300;
}

/** Calendar of a bare year from the text's language and the year's range. */
export function yearCalendar(lang: Stream['lang'], y: number): CalendarId | null {
	if (y >= 1800 && y <= 2200) return 'gregorian';
	if (y >= 1250 && y <= 1500) return lang === 'fa' ? 'persian' : lang === 'ar' ? 'islamic-umalqura' : null;
	if (y >= 1000 && y < 1800) return 'gregorian';
	return null;
}

/** A year number with an optional era after it. */
function yearNumAt(
	c: Cursor,
	i: number,
	cal: CalendarId | undefined,
	allowShort: boolean
): { year: number; era?: CalendarId; end: number } | null {
	const t = c.tok(i);
	if (!t || t.kind !== 'num') return null;
	if (c.numberContinuedBefore(i) || c.numberContinues(i)) return null;
	let y = t.value;
	// «سنة 61 للهجرة», «680 ميلادي», «سال ۶۱ هجری قمری»: a year of the first millennium, said with its era
	// written in full (words.ts `earlyera`; not Solar Hijri: «سال ۹۹ شمسی» is the shorthand 1399)
	if (t.text.length <= 3 && y >= 1 && inList('earlyera', c.tok(i + 1)?.text ?? '')) {
		const era = eraAt(c, i + 1);
		if (era && era.cal !== 'persian') return { year: y, era: era.cal, end: era.end };
	}
	if (t.text.length === 2 && allowShort) {
		// Persian shorthand "سال ۹۴" = 1394; "سال ۰۲" = 1402
		if (cal === 'persian' || (cal === undefined && c.s.lang === 'fa')) y = y >= 50 ? 1300 + y : 1400 + y;
		else return null;
	} else if (t.text.length < 3 || t.text.length > 4) return null;
	const era = eraAt(c, i + 1);
	if (!plausibleYear(era?.cal ?? cal, y)) return null;
	return { year: y, era: era?.cal, end: era ? era.end : i + 1 };
}

/**
 * Persian shorthand year right after a Solar Hijri month name ("آبان ۹۸", "بهمن ۹۹", "دی ۰۱"):
 * 1350–1399 and 1400–1420 only (1321–1349 too after a day: «۱۵ خرداد ۴۲»), and not a count ("دی ۱۰
 * نفر"), so a stray number is not a year.
 */
function shortSolarYear(
	c: Cursor,
	i: number,
	p: Parts,
	adjacent: boolean
): { year: number; era?: CalendarId; end: number } | null {
	if (!adjacent || p.cal !== 'persian' || c.s.lang !== 'fa') return null;
	const t = c.tok(i);
	if (!t || t.kind !== 'num' || t.text.length !== 2) return null;
	if (c.numberContinuedBefore(i) || c.numberContinues(i) || c.ent(i + 1, 'count') || c.ent(i + 1, 'unit'))
		return null;
	const v = t.value;
	if (v >= 50) return { year: 1300 + v, end: i + 1 };
	if (v <= 20) return { year: 1400 + v, end: i + 1 };
	// «کودتای ۲۸ مرداد ۳۲»، «(۱۵ خرداد ۴۲)»: after a day and month and before a mark or the line's
	// end, a number of two figures is the year (1321–1349); before a word it may be a count («در ۱۰
	// مهر ۲۵ کشته شدند»), and after a month alone it is none ("آبان ۳۰ درصد")
	const next = c.tok(i + 1);
	if (p.day !== undefined && (!next || next.kind === 'nl' || next.kind === 'punct'))
		return { year: 1300 + v, end: i + 1 };
	return null;
}

/**
 * A number right after a month (or after its day) that is meant as its year but names no year the
 * calendar has: five digits or more ("12 March 99999", "1 January 10000"), all zeros ("0000"),
 * negative ("3 March -44"), or past the calendar's last year. Taken as the year only when nothing
 * follows it but punctuation, a line end or an era word, so that "12 March 10000 people" stays a
 * count. The date is then reported as invalid with the reason, never resolved to another day.
 */
function absurdYearAt(
	c: Cursor,
	i: number,
	cal: CalendarId
): { year: number; era?: CalendarId; end: number } | null {
	let k = i;
	let sign = 1;
	// "-44": a minus glued to the number, spaced from what comes before
	if (c.isPunct(k, '-') && c.tok(k)!.space && c.isNum(k + 1) && !c.tok(k + 1)!.space) {
		sign = -1;
		k++;
	}
	const t = c.tok(k);
	if (!t || t.kind !== 'num' || c.numberContinues(k) || c.numberContinuedBefore(k)) return null;
	if (sign > 0 && t.text.length < 4) return null;
	const year = sign * t.value;
	const era = eraAt(c, k + 1);
	if (whyInvalid(era?.cal ?? cal, year, 1) === null) return null;
	const end = era ? era.end : k + 1;
	const next = c.tok(end);
	if (next && next.kind !== 'nl' && !(next.kind === 'punct' && '.,،;؛:!?؟)»"\''.includes(next.text)))
		return null;
	return { year, ...(era ? { era: era.cal } : {}), end };
}

/**
 * «يونيو من العام المقبل 2023», «خرداد سال آینده ۱۴۰۲», "June next year (2023)": a year in figures
 * (or in brackets) right after the relative year of a month or a season names that year, of the
 * month's calendar (`namedYearAt`, as after "this year" alone: «العام الحالي 2024»). Sets `p.year` in
 * place of `p.yearRel` and returns the token after it, or k when none follows.
 */
function restatedYear(c: Cursor, k: number, p: Parts): number {
	const bracket = c.isPunct(k, '(');
	const named = namedYearAt(c, bracket ? k + 1 : k);
	if (!named || named.cal !== (p.cal ?? 'gregorian')) return k;
	if (bracket && !c.isPunct(named.end, ')')) return k;
	p.year = named.year;
	if (named.era) p.era = named.era;
	delete p.yearRel;
	return bracket ? named.end + 1 : named.end;
}

/**
 * What follows a month name: a year ("2015", "، 2015", "/ ٢٠٢٤", "من العام 2015"), a relative year
 * ("من العام الماضي", "سال گذشته", "امسال", "this year") or a relative word ("الماضي", "گذشته").
 */
function afterMonth(c: Cursor, i: number, p: Parts): number {
	const absurd =
		absurdYearAt(c, i, p.cal ?? 'gregorian') ??
		(c.isPunct(i, ',/') ? absurdYearAt(c, i + 1, p.cal ?? 'gregorian') : null);
	if (absurd) {
		p.year = absurd.year;
		if (absurd.era) p.era = absurd.era;
		return absurd.end;
	}
	let j = i;
	// «31 شهریورماه (1359)»: the year in brackets right after the day and month
	if (c.isPunct(j, '(') && c.isPunct(j + 2, ')')) {
		const yb = yearNumAt(c, j + 1, p.cal, false);
		if (yb && yb.end === j + 2 && p.day !== undefined && !c.ent(j + 3, 'count')) {
			p.year = yb.year;
			return j + 3;
		}
	}
	if (c.isPunct(j, ',/-') && c.isNum(j + 1)) j++;
	let k = skipOf(c, j);
	// "15 آذار/مارس في عام 2011", "۱۵ اسفند در سال ۱۳۹۰": "in the year" joins a day and month to their year
	if (
		k === j &&
		wordList('inyear').has(c.tok(k)?.text ?? '') &&
		c.ent(k + 1, 'unit')?.tag === 'year' &&
		c.isNum(k + 2)
	)
		k++;
	const u = c.ent(k, 'unit');
	let sawYearWord = false;
	let named: CalendarId | undefined;
	if (u && u.tag === 'year' && u.n === 1) {
		k += c.len(k);
		sawYearWord = true;
		// «ذي الحجة من العام الهجري 1445»: the era between the year word and its number
		const e = c.ent(k, 'era', false);
		if (e && c.isNum(k + c.len(k))) {
			named = e.tag as CalendarId;
			k += c.len(k);
		}
	}
	const y = yearNumAt(c, k, named ?? p.cal, sawYearWord) ?? shortSolarYear(c, k, p, k === i);
	if (y) {
		p.year = y.year;
		if (y.era ?? named) p.era = y.era ?? named;
		return y.end;
	}
	if (sawYearWord) {
		const r = relAfter(c, k, true);
		if (r !== null) {
			p.yearRel = r;
			return restatedYear(c, k + c.len(k), p);
		}
	}
	const ru = c.ent(k, 'relunit');
	if (ru && ru.tag === 'year') {
		p.yearRel = ru.n;
		return restatedYear(c, k + c.len(k), p);
	}
	// "this year" / "last year" after a month in English ("September of last year" too)
	if (k !== j && relAfter(c, j, false) === null && relAfter(c, k, false) !== null) {
		const u3 = c.ent(k + c.len(k), 'unit');
		// (and «شعبان من هذا العام»: this, then the year with its article)
		const ar = c.s.lang === 'ar' && relAfter(c, k, false) === 0 && !indefiniteArabic(c, k + c.len(k));
		if (u3 && u3.tag === 'year' && u3.n === 1 && (c.tok(k)!.text.charCodeAt(0) < 128 || ar)) j = k;
	}
	// «الأول من شهر شعبان لهذا العام»: "of this year" with «لـ» glued on "this"
	if (c.s.lang === 'ar' && gluedPrep(c, j) && c.tok(j)!.text.startsWith('ل') && relAt(c, j, false) === 0) {
		const u4 = c.ent(j + c.len(j), 'unit');
		if (u4 && u4.tag === 'year' && u4.n === 1 && !indefiniteArabic(c, j + c.len(j))) {
			const after = j + c.len(j) + c.len(j + c.len(j));
			// («لهذا العام 1446هـ»: the year said after it is the year)
			const y = yearNumAt(c, after, p.cal, true);
			if (y) {
				p.year = y.year;
				if (y.era) p.era = y.era;
				return y.end;
			}
			p.yearRel = 0;
			return after;
		}
	}
	const r0 = relAfter(c, j, false);
	if (r0 !== null) {
		const u2 = c.ent(j + c.len(j), 'unit');
		// "March this year", and «مارس هذا العام», «صيف هذه السنة» (this, then the year with its article)
		const thisYearAr =
			r0 === 0 && c.s.lang === 'ar' && !!u2 && u2.n === 1 && !indefiniteArabic(c, j + c.len(j));
		if (
			u2 &&
			u2.tag === 'year' &&
			c.tok(j)!.kind === 'word' &&
			(c.tok(j)!.text.charCodeAt(0) < 128 || thisYearAr)
		) {
			p.yearRel = r0;
			return restatedYear(c, j + c.len(j) + c.len(j + c.len(j)), p);
		}
		if (!u2) {
			p.selfRel = r0;
			return j + c.len(j);
		}
	}
	return i;
}

/**
 * A date written as ordinals of day and month: «اليوم العاشر من الشهر الثالث من العام 1443 الهجري»
 * (the tenth day of the third month of 1443 AH), "the tenth day of the third month of 1443 AH": the
 * month's number in the calendar its era or year says (lunar Hijri here).
 */
export function parseOrdinalDate(c: Cursor, i: number): Match | null {
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	const dw = c.ent(j, 'unit');
	if (dw && dw.tag === 'day' && dw.n === 1) j += c.len(j);
	const d = c.ent(j, 'ordinal');
	if (!d || d.n > 31) return null;
	// "the tenth day" puts the word after the ordinal
	j += c.len(j);
	if (!dw) {
		const dw2 = c.ent(j, 'unit');
		if (!dw2 || dw2.tag !== 'day' || dw2.n !== 1) return null;
		j += c.len(j);
	}
	j = skipOf(c, j);
	if (c.tok(j)?.text === 'the') j++;
	let mw = c.ent(j, 'unit');
	let m: Entry | null = null;
	if (mw && mw.tag === 'month' && mw.n === 1) {
		j += c.len(j);
		m = c.ent(j, 'ordinal');
		if (!m) return null;
		j += c.len(j);
	} else {
		m = c.ent(j, 'ordinal');
		if (!m) return null;
		j += c.len(j);
		mw = c.ent(j, 'unit');
		if (!mw || mw.tag !== 'month' || mw.n !== 1) return null;
		j += c.len(j);
	}
	if (m.n < 1 || m.n > 12) return null;
	j = skipOf(c, j);
	if (c.tok(j)?.text === 'the') j++;
	const yw = c.ent(j, 'unit');
	const afterWord = yw && yw.tag === 'year' && yw.n === 1 ? j + c.len(j) : j;
	const y = yearNumAt(c, afterWord, undefined, false);
	if (!y) return null;
	const cal = y.era ?? yearCalendar(c.s.lang, y.year);
	if (!cal) return null;
	return {
		start: i,
		end: y.end,
		parts: { cal, ...(y.era ? { era: y.era } : {}), year: y.year, month: m.n, day: d.n }
	};
}

/**
 * "الأسبوع الأول", "هفته دوم", "the first week" before a month: the first day of that week of the
 * month (1, 8, 15, 22) and the token after the phrase; null otherwise. Only the first four weeks,
 * whose days do not depend on the month's length.
 */
function weekOfMonth(c: Cursor, i: number): { first: number; end: number } | null {
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	if (oneWeek(c, j)) {
		const k = j + c.len(j);
		const o = c.ent(k, 'ordinal');
		if (o && o.n <= 4) return { first: (o.n - 1) * 7 + 1, end: k + c.len(k) };
		return null;
	}
	const o = c.ent(j, 'ordinal');
	if (o && o.n <= 4 && oneWeek(c, j + c.len(j)))
		return { first: (o.n - 1) * 7 + 1, end: j + c.len(j) + c.len(j + c.len(j)) };
	return null;
}

/**
 * True when token k is the unit "week" (one of it). (Functions of the module, not closures made per
 * call, on the parsers' paths: tsx names every function created, which costs more than the work.)
 */
function oneWeek(c: Cursor, k: number): boolean {
	const u = c.ent(k, 'unit');
	return !!u && u.tag === 'week' && u.n === 1;
}

/**
 * A Persian third of a month said with «دهه» (ten days) and an ordinal before the month: «دهه اول
 * محرم», «دهه دوم اردیبهشت», «دهه سوم خرداد ۱۴۰۳», «دهه آخر صفر», «دهه پایانی اسفند» are its days
 * 1–10, 11–20, 21–end (not the first, second or third day). Words for the last third: words.ts
 * `third last`. Returns the cue and the token where the month starts, or null; «دهه اول قرن» (a
 * decade of a century) and «دهه اول انقلاب» are none.
 */
function decadeThird(c: Cursor, i: number): { cue: Cue; end: number } | null {
	const u = c.ent(i, 'unit');
	if (!u || u.tag !== 'decade' || u.n !== 1) return null;
	const k = i + c.len(i);
	const o = c.ent(k, 'ordinal');
	let cue: Cue | null = null;
	if (o && o.n >= 1 && o.n <= 3) cue = o.n === 1 ? 'early' : o.n === 2 ? 'mid' : 'late';
	else if (inList('third last', c.tok(k)?.text ?? '')) cue = 'late';
	if (!cue) return null;
	let m = k + (o ? c.len(k) : 1);
	// «دهه اول ماه محرم»
	const mw = c.ent(m, 'unit');
	if (mw && mw.tag === 'month' && mw.n === 1 && c.ent(m + c.len(m), 'month')) m += c.len(m);
	return c.ent(m, 'month') ? { cue, end: m } : null;
}

/** English "last/next/this" before a month, weekday or season. */
function relBefore(c: Cursor, i: number): { dir: number; end: number } | null {
	const t = c.tok(i);
	if (!t || t.kind !== 'word' || t.text.charCodeAt(0) >= 128) return null;
	// "extended past July 15" is beyond it; "this past Monday" is the last one (words.ts `beyond`)
	if (inList('beyond', t.text) && !(i > 0 && inList('beyond lead', c.tok(i - 1)!.text))) return null;
	const r = relAt(c, i, false);
	return r === null ? null : { dir: r, end: i + c.len(i) };
}

/**
 * The main composite: [cue] [weekday] [day [of]] month [pair] [year | relative year | rel],
 * English "[weekday,] Month day[,] year" too.
 */
export function parseNamedDate(c: Cursor, i: number): Match | null {
	// a cardinal word starts a day only in Persian (`cardinalDayAt`): "a", «واحد» are let pass at once
	if (c.s.masks[i] === BIT.cardinal && c.s.lang !== 'fa') return null;
	if (!c.ahead(i, BIT.month | BIT.monthWord | BIT.rel, 9)) return null;
	const p: Parts = {};
	let j = i;
	const third = decadeThird(c, j);
	const cue = third ? null : cueAt(c, j);
	if (third) {
		p.cue = third.cue;
		j = third.end;
	}
	const afterCue = leadingCue(c, j, p, cue);
	if (afterCue >= 0) j = skipOf(c, afterCue);
	const rb = relBefore(c, j);
	if (rb && c.ent(rb.end, 'month')) {
		p.selfRel = rb.dir;
		j = rb.end;
	}
	let weekdayWeak = false;
	{
		let k = j;
		const dw = c.ent(k, 'unit');
		if (dw && dw.tag === 'day') k += c.len(k);
		const wd = c.ent(k, 'weekday');
		if (wd && !(c.tok(k)!.text.charCodeAt(0) < 128 && !c.s.caps[k])) {
			p.weekday = wd.n;
			weekdayWeak = wd.weak;
			j = k + c.len(k);
			if (c.isPunct(j, ',-')) j++;
			// "الخميس الموافق 24 ديسمبر"
			if (c.ent(j, 'equals')) j += c.len(j);
		}
	}
	// "الأسبوع الأول من أيار", "هفته دوم اردیبهشت", "the first week of May": a week of the month
	const wk = p.weekday === undefined ? weekOfMonth(c, j) : null;
	const weekFirst = wk && monthAt(c, skipOf(c, wk.end)) ? wk.first : 0;
	if (weekFirst) j = skipOf(c, wk!.end);
	const dayStart = j;
	let k = j;
	const dw2 = c.ent(k, 'unit');
	if (dw2 && dw2.tag === 'day' && dw2.n === 1) k += c.len(k);
	let day = weekFirst ? null : (dayAt(c, k) ?? cardinalDayAt(c, k));
	// "32 March 2016", "0 March 2016": a day the month cannot have, read so that it is reported
	let badDay = false;
	if (!day && !weekFirst) {
		const b = impossibleDayAt(c, k);
		if (b && monthAt(c, skipOf(c, b.end))) {
			day = b;
			badDay = true;
		}
	}
	let sepAfterDay = false;
	if (day) {
		j = day.end;
		// "the eighth day of Dhul-Hijjah": the word "day" after the ordinal, as «اليوم الثامن» puts it before
		const dw3 = dw2 || day.numeric ? null : c.ent(j, 'unit');
		if (dw3 && dw3.tag === 'day' && dw3.n === 1 && c.ent(j + c.len(j), 'of')) j += c.len(j);
		// with no "of": Arabic's plural in a construct («أول أيام شوال», the first of Shawwal's days),
		// Persian's word with its ezafe («اولین روز ماه شوال», «نخستین روز مهر»), right before a month
		else if (
			dw3 &&
			dw3.tag === 'day' &&
			((dw3.n === 0 && c.s.lang === 'ar') || (dw3.n === 1 && c.s.lang === 'fa')) &&
			monthAt(c, j + c.len(j))
		)
			j += c.len(j);
		// a range of days: "5 إلى 10 يناير", "۱۵ تا ۲۰ دی", "24-26 December"
		const rg = rangeTo(c, j, day.day, betweenBefore(c, i));
		if (rg) {
			p.dayEnd = rg.day;
			p.rangeAt = { firstEnd: j, secondStart: rg.start };
			j = rg.end;
		}
		if (day.numeric && c.isPunct(j, '/-.')) {
			j++;
			sepAfterDay = true;
		}
		// "19th, January 2024": a comma after a day written with its ordinal ending, before the month
		else if (day.numeric && day.end - k === 2 && c.isPunct(j, ',') && monthAt(c, j + 1)) j++;
		// «الأحد 20 ,ربيع الاول 1425»: a stray comma between the day and a month with its year, after a
		// weekday or set off from the day and glued to the month as right-to-left copy leaves it (not
		// "Vol. 12, May 2004")
		else if (
			day.numeric &&
			c.isPunct(j, ',،') &&
			(p.weekday !== undefined || (c.tok(j)!.space && !c.tok(j + 1)?.space && !c.ent(k - 1, 'numbered'))) &&
			monthYearAt(c, j + 1)
		)
			j++;
		j = skipOf(c, j);
	}
	const m = monthAt(c, j);
	if (!m) {
		// "الخامس من الشهر الجاري", "20 من الشهر الماضي", "the 5th of this month"
		if (day) {
			// Arabic "24 الجاري" / "الخميس 24 الجاري": the 24th of this month
			if (
				relAfter(c, j, false) === 0 &&
				c.tok(j)!.text.charCodeAt(0) >= 128 &&
				!wordList('demonstrative').has(c.tok(j)!.text) &&
				!c.ent(j + c.len(j), 'unit')
			) {
				p.day = day.day;
				p.unitRel = { unit: 'month', offset: 0 };
				return { start: i, end: j + c.len(j), parts: p };
			}
			// «22 من الشهر ذاته», «الأربعاء 24 من الشهر نفسه», «۲۴ همان ماه», "the 24th of the same month"
			const same = sameMonthAt(c, j);
			if (same >= 0) {
				p.day = day.day;
				p.sameMonth = true;
				return { start: i, end: same, parts: p };
			}
			let k2 = j;
			// «يوم 20 في الشهر الجاري»: after «يوم» and its day, "in" before a month counted from now
			const dayWord = c.ent(i, 'unit');
			if (
				dayWord?.tag === 'day' &&
				wordList('inyear').has(c.tok(k2)?.text ?? '') &&
				c.ent(k2 + 1, 'unit')?.tag === 'month'
			)
				k2++;
			const r1 = relBefore(c, k2);
			if (r1) k2 = r1.end;
			const u = c.ent(k2, 'unit');
			if (u && u.tag === 'month' && u.n === 1) {
				const r2 = r1 ? r1.dir : relAfter(c, k2 + c.len(k2), true);
				// Persian "۵ ماه گذشته" is "the past five months": only "ماه جاری" names a month there
				if (r2 !== null && (c.s.lang !== 'fa' || r2 === 0)) {
					p.day = day.day;
					p.unitRel = { unit: 'month', offset: r2 };
					return { start: i, end: r1 ? k2 + c.len(k2) : k2 + c.len(k2) + c.len(k2 + c.len(k2)), parts: p };
				}
			}
		}
		return null;
	}
	p.month = m.month;
	p.cal = m.cal;
	if (day) p.day = day.day;
	else j = dayStart;
	j = m.end;
	if (weekFirst) {
		p.day = weekFirst;
		p.dayEnd = weekFirst + 6;
		p.monthWeek = true;
	} else if (!day) {
		// English "December 23", "Dec. 24, 2015", "December 23rd"
		let d2 = dayAt(c, j);
		// "March 32, 2016": a day the month cannot have, with its year
		if (!d2) {
			const b = impossibleDayAt(c, j);
			if (b && c.isPunct(b.end, ',') && c.isNum(b.end + 1)) {
				d2 = b;
				badDay = true;
			}
		}
		// "آذار 19 قتيلاً", "آبان ۳۰ درصد": a count after the month, not its day; Persian "آبان ۰۱"
		// (month, then a zero-led number) is the shorthand year 1401, Persian puts the day first
		// (but «حمل 01, 1403», a byline's month, day, comma and year, has its day)
		const zeroLed =
			c.s.lang === 'fa' &&
			m.cal === 'persian' &&
			/^0[0-9]$/.test(c.tok(j)?.text ?? '') &&
			!(c.isPunct(j + 1, ',') && c.tok(j + 2)?.kind === 'num' && c.tok(j + 2)!.text.length === 4);
		if (d2 && d2.numeric && !zeroLed && !c.ent(d2.end, 'count')) {
			const after = c.tok(d2.end);
			// "Dec. 24, 2015", and without the comma "December 22 2015", "Dec 22nd 2015": a
			// four-digit year of the month's calendar after the day (not a count: "May 3 2000 votes")
			const bareYear =
				!!after &&
				after.kind === 'num' &&
				after.text.length === 4 &&
				plausibleYear(m.cal, after.value) &&
				!c.ent(d2.end + 1, 'count') &&
				!c.numberContinues(d2.end);
			const yearNext = c.isPunct(d2.end, ',') ? c.isNum(d2.end + 1) : bareYear;
			if (!after || after.kind !== 'num' || yearNext) {
				p.day = d2.day;
				j = d2.end;
				const rg = rangeTo(c, j, d2.day, betweenBefore(c, i));
				if (rg) {
					p.dayEnd = rg.day;
					p.rangeAt = { firstEnd: j, secondStart: rg.start };
					j = rg.end;
				}
			}
		}
	}
	if (sepAfterDay && !c.isPunct(j, '/-.') && !c.isNum(j)) {
		// "03 / مايو" then no year: fine
	}
	j = afterMonth(c, j, p);
	if (p.era && p.cal !== p.era) {
		// a Gregorian month with هـ, or an Iranian month with م: trust the month name
	}
	// Persian آغاز / پایان are also nouns before verbs ("آغاز می‌شود" starts, "به پایان می‌رسد" ends) and
	// the verb prefix می‌ spells May: such a cue alone does not make a weak name a month
	const evidence =
		p.day !== undefined ||
		p.year !== undefined ||
		p.yearRel !== undefined ||
		p.selfRel !== undefined ||
		(!!cue && !(cue.weak && !c.ent(i + c.len(i), 'of') && m.weak)) ||
		!!third;
	// a list of month names supports each of them; looked at only when nothing else does
	// (read at most once: `listed ??= …` where it is needed; no closure on the parsers' path)
	let listed: boolean | undefined;
	// a weak name ("May", "آب") needs support; in English a capitalised one after "in"/"since" has it
	// "the" counts before a year ("the 2014 election") but not before a month ("The March of Dignity")
	const monthPrep =
		(prepBefore(c, i) && c.tok(i - 1)?.text !== 'the') ||
		superlativeBefore(c, i) ||
		(!m.weak && monthLeadBefore(c, i));
	const enPrep = (m.prepOk || (c.s.lang === 'en' && c.tok(m.end - 1)!.text.charCodeAt(0) < 128)) && monthPrep;
	// an impossible day is a date only with its year ("the 50 March protesters" is none)
	if (badDay && p.year === undefined) return null;
	if (
		!evidence &&
		!m.strong &&
		p.weekday === undefined &&
		(nameAfter(c, i, j, m.cal) || nameBefore(c, i, m.cal)) &&
		!(listed ??= inMonthList(c, i, m.cal))
	)
		return null;
	// "0 فروردین", "the 50 March protesters": a number no day can be, right before a month said
	// without a year, leaves the month no date either
	if (p.day === undefined && p.year === undefined && !cue && afterImpossibleDay(c, i)) return null;
	if (m.weak && !evidence && !m.strong && !enPrep && !(listed ??= inMonthList(c, i, m.cal))) return null;
	if (p.weekday !== undefined && weekdayWeak && p.day === undefined) return null;
	if (!m.strong && !evidence && c.s.lang === 'en' && !monthPrep && !(listed ??= inMonthList(c, i, m.cal)))
		return null;
	return { start: i, end: j, parts: p };
}

/** True when token i is a word of the `same` list (words.ts) of the given side, a glued letter allowed. */
function sameWord(c: Cursor, i: number, side: 'before' | 'after'): boolean {
	const t = c.tok(i);
	if (!t || t.kind !== 'word') return false;
	const name = `same ${side}`;
	return inList(name, t.text) || (gluedFirst(t.text) && inList(name, t.text.slice(1)));
}

/**
 * End of "the same month" at token i («الشهر ذاته», «نفس الشهر», «همان ماه», "the same month", "that
 * month"; words.ts `same`), a connector before it allowed ("of the same month"); -1 when there is none.
 */
function sameMonthAt(c: Cursor, i: number): number {
	const k = skipOf(c, i);
	const monthWord = (at: number) => {
		const u = c.ent(at, 'unit');
		return !!u && u.tag === 'month' && u.n === 1;
	};
	if (monthWord(k) && sameWord(c, k + c.len(k), 'after')) return k + c.len(k) + 1;
	if (sameWord(c, k, 'before') && monthWord(k + 1)) return k + 1 + c.len(k + 1);
	return -1;
}

/**
 * True when a day in figures ending before token k is closed there: the text ends, or a line, a
 * mark that is no part of a figure («،», ",", ".", ";", ")", no figure after it) or "and" follows. Not a
 * counted noun («الجمعة 3 مواجهات»), a list of figures ("Friday 3, 4 and 5 people") or a time («الجمعة 10:30»).
 */
function dayClosed(c: Cursor, k: number): boolean {
	const t = c.tok(k);
	if (!t || t.kind === 'nl') return true;
	// (not a list of figures: "Friday 3, 4 and 5 people")
	if (t.kind === 'punct') return ',،.;؛)'.includes(t.text) && !c.isNum(k + 1);
	return !!c.ent(k, 'and') || c.s.prefixed[k] === GLUED_AND;
}

/**
 * True when an English `monthlead` word comes right before token i ("over January", "ending
 * December"): a month name that is no everyday word is a month after it, as after a preposition.
 */
function monthLeadBefore(c: Cursor, i: number): boolean {
	return c.s.lang === 'en' && i > 0 && inList('monthlead', c.tok(i - 1)!.text);
}

/**
 * True when "the" and an English superlative come right before token i ("the wettest February on
 * record", "the hottest July since 1990"): a particular month, as after a preposition. A word in lower
 * case of six letters or more ending in -est ("the West", "the rest" are none).
 */
function superlativeBefore(c: Cursor, i: number): boolean {
	if (c.s.lang !== 'en' || i < 2 || c.tok(i - 2)!.text !== 'the') return false;
	const t = c.tok(i - 1)!;
	return t.kind === 'word' && !c.s.caps[i - 1] && t.text.length >= 6 && t.text.endsWith('est');
}

/**
 * The start of the month name of `cal` that ends right before the connective at token `k` (and, a
 * comma or a glued «و» on token k + 1), or -1: looked for one to three tokens back.
 */
function monthEndingAt(c: Cursor, end: number, cal: CalendarId): { at: number; weak: boolean } | -1 {
	for (let b = end - 1; b >= Math.max(0, end - 3); b--) {
		const m = monthAt(c, b);
		if (m && m.end === end && m.cal === cal) return { at: b, weak: m.weak };
	}
	return -1;
}

/** The token where the connective before token i starts (a glued «و»: i itself), or -1. */
function connectiveBefore(c: Cursor, i: number): number {
	if (c.s.prefixed[i] === GLUED_AND) return i;
	if (i > 0 && (c.ent(i - 1, 'and') || c.ent(i - 1, 'range') || c.isPunct(i - 1, ',،/') || orAt(c, i - 1)))
		return i - 1;
	return -1;
}

/** True when token k is "or" (words.ts `or`: «أو», «یا»): a month list may offer months to choose from. */
function orAt(c: Cursor, k: number): boolean {
	const t = c.tok(k);
	return !!t && t.kind === 'word' && inList('or', t.text);
}

/**
 * True when the month name at i stands in a list of month names of its calendar joined by «و», "and"
 * or commas («خلال شهري تموز وآب», «ماه‌های سنبله، میزان و عقرب»), or in a range of two («از شهریور
 * تا مهر»: words.ts `range`), which makes a name that is also an
 * everyday word («آب» water, «میزان» level) a month: some name of the list is not such a word, or a
 * plural of "month" leads the list (words.ts `months plural`). A lone pair of everyday words is not
 * a list («آب و میزان»).
 */
function inMonthList(c: Cursor, i: number, cal: CalendarId): boolean {
	let sure = false;
	let n = 1;
	let first = i;
	// back over "X، Y و" to the list's first name
	for (let k = i, guard = 0; guard < 12; guard++) {
		const conn = connectiveBefore(c, k);
		if (conn < 0) break;
		const prev = monthEndingAt(c, conn, cal);
		if (prev === -1) break;
		n++;
		if (!prev.weak) sure = true;
		first = prev.at;
		k = prev.at;
	}
	// ahead over "، Y و Z"
	const here = monthAt(c, i);
	for (let j = here ? here.end : i + 1, guard = 0; guard < 12; guard++) {
		let k = j;
		if (c.ent(k, 'and') || c.ent(k, 'range') || c.isPunct(k, ',،/') || orAt(c, k)) k++;
		else if (c.s.prefixed[k] !== GLUED_AND) break;
		const next = monthAt(c, k);
		if (!next || next.cal !== cal) break;
		n++;
		if (!next.weak) sure = true;
		j = next.end;
	}
	if (n < 2) return false;
	if (sure) return true;
	// «ماه‌های» is read as «ماه» «های»
	const lead = c.tok(first - 1);
	if (!lead) return false;
	if (inList('months plural', lead.text)) return true;
	// «ماه های»: the plural ending written apart (words.ts `suffix plural`)
	return inList('suffix plural', lead.text) && c.ent(first - 2, 'unit')?.tag === 'month';
}

/** A number alone in parentheses: «فيلم الرسالة (1976)», "(۱۳۵۷)". */
function parenthesised(c: Cursor, i: number, end: number): boolean {
	// "(2000) dollars" is a sum
	return c.isPunct(i - 1, '(') && c.isPunct(end, ')') && !c.ent(end + 1, 'count');
}

/**
 * English plurals without -s ("for 2000 people"): after a determiner the number before one is a
 * count (after "in" it is still a year: "In 2015 people protested").
 */
const PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'feet']);

/**
 * True when a `yearlead` word ends right before token i ("a 2014 election", "her 2012 campaign",
 * «انتخابات 2014»), unless "people", "men"… follow the number at `end` (counted nouns with a
 * plural in -s are `count` entries, which no year reading takes).
 */
function yearLeadBefore(c: Cursor, i: number, end: number): boolean {
	let lead = false;
	for (let b = Math.max(0, i - 3); b < i && !lead; b++)
		if (c.s.lens[b] && b + c.s.lens[b] === i && c.ent(b, 'yearlead')) lead = true;
	// Arabic and Persian name the event first and its year after the words that qualify it:
	// «انتخابات نواب الأردن 2024», «كأس أمم أفريقيا 2025», «جام جهانی فوتبال ۲۰۲۲», «انتخابات مجلس النواب
	// العراقي 2025», «انتخابات مجلس شورای اسلامی ۱۴۰۲» (three words at most,
	// none a preposition or a noun that numbers things)
	if (!lead && c.s.lang !== 'en') lead = yearLeadAcross(c, i);
	if (!lead) return false;
	const next = c.tok(end);
	return !(next && next.kind === 'word' && c.s.lang === 'en' && PLURALS.has(next.text));
}

/** A `yearlead` word one to three plain words before token i (see `yearLeadBefore`). */
function yearLeadAcross(c: Cursor, i: number): boolean {
	for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
		const t = c.tok(k)!;
		if (t.kind !== 'word' || c.s.hits[k] || c.s.prefixed[k]) return false;
		for (let b = Math.max(0, k - 3); b < k; b++)
			if (c.s.lens[b] && b + c.s.lens[b] === k && c.ent(b, 'yearlead')) return true;
	}
	return false;
}

/**
 * True when the number [i, end) closes a line of words, as a year closes the name of an event in a
 * headline or a title («معرض القاهرة الدولي للكتاب 2026», «انتخابات نواب الأردن 2024», «نمایشگاه
 * کتاب ۱۴۰۳», "Cairo Book Fair 2026"): a word comes right before it and the line ends after it. Not
 * after a noun that numbers things («القرار 1559», «کد خبر ۱۴۰۰», "Resolution 2254", "Flight 1549").
 */
function titleYear(c: Cursor, i: number, end: number): boolean {
	const prev = c.tok(i - 1);
	const next = c.tok(end);
	if (!prev || prev.kind !== 'word' || (next && next.kind !== 'nl')) return false;
	for (let b = Math.max(0, i - 3); b < i; b++)
		if (c.s.lens[b] && b + c.s.lens[b] === i && c.ent(b, 'numbered')) return false;
	return true;
}

/**
 * A month name said alone, [i, j), that is a personal name or part of one: «رجب طيب أردوغان», «آذر
 * نفیسی», «شعبان عبد الرحيم», "Jan Kavan", "April Ryan". In Arabic and Persian a month alone is a date
 * after a preposition («في رجب», «در آذر») or at the end of its clause; a lunar Hijri or Solar Hijri
 * month name followed by another word, with no preposition before it, is a name (Gregorian names are
 * no given names). In English a capitalised word after it makes it one.
 */
function nameAfter(c: Cursor, i: number, j: number, cal: CalendarId): boolean {
	const next = c.tok(j);
	if (!next || next.kind !== 'word') return false;
	// another date word follows: "يناير وفبراير", "May and June"
	if (c.s.masks[j] & (BIT.month | BIT.weekday | BIT.rel | BIT.unit | BIT.num)) return false;
	if (c.ent(j, 'and') || c.ent(j, 'range') || c.ent(j, 'era') || c.ent(j, 'of')) return false;
	if (c.s.lang === 'en') return !!c.s.caps[j];
	// Gregorian names (يناير، ژانویه) are no given names: "شهد يناير احتجاجات" is a date
	return cal !== 'gregorian' && !prepBefore(c, i) && !timeGlue(c, i);
}

/**
 * True when the letter glued to token i makes it a time: a preposition («برجب», «لشعبان»), or «و»
 * continuing a list of dates («في رجب وشعبان»). «و» after a word that is no date joins two names
 * («فيفي عبده وشعبان عبد الرحيم»).
 */
function timeGlue(c: Cursor, i: number): boolean {
	if (!c.s.prefixed[i]) return false;
	if (c.s.prefixed[i] !== GLUED_AND || i === 0) return true;
	const prev = c.tok(i - 1)!;
	return (
		prev.kind !== 'word' || !!(c.s.masks[i - 1] & (BIT.month | BIT.weekday | BIT.rel | BIT.unit | BIT.num))
	);
}

/** True when the token before i is a number of one or two digits that no day can be (0, 32–99). */
function afterImpossibleDay(c: Cursor, i: number): boolean {
	if (i === 0) return false;
	const t = c.tok(i - 1)!;
	return t.kind === 'num' && t.text.length <= 2 && (t.value === 0 || t.value > 31);
}

/**
 * A lunar or solar Hijri month said alone in Arabic or Persian text, with nothing before it that
 * makes it a time (no preposition, no glued و/ب/ل/ف): a name, whatever follows («قال سمیر رجب،»,
 * «و صادق آذر، مشاور فنی»). Such months are given names and family names; as dates they come after
 * «في», «در», «از», «تا»… or with a year, a day or "last/next" (which the caller has checked).
 */
function nameBefore(c: Cursor, i: number, cal: CalendarId): boolean {
	if (c.s.lang === 'en' || cal === 'gregorian' || i === 0) return false;
	if (prepBefore(c, i) || timeGlue(c, i)) return false;
	const prev = c.tok(i - 1)!;
	// at the start of a line or after punctuation it stands on its own ("آذر: ماه نهم")
	return prev.kind === 'word';
}

/** True when token i follows "<year> -" or "<year> و/to/and" (the second year of a span). */
function afterYear(c: Cursor, i: number): boolean {
	const sep = c.tok(i - 1);
	const prev = c.tok(i - 2);
	if (!sep || !prev || prev.kind !== 'num' || prev.text.length !== 4) return false;
	if (sep.kind === 'punct') {
		// "1926 ~ 2020" alone on its line (see `yearSpanAfter`)
		if (sep.text === '~') return yearSpanAfter(c, i - 2, 0) !== null;
		if (sep.text !== '-' && sep.text !== '/') return false;
		// "1980-1988-2000", "978-1980-1988": a phone number or an ID, not a span of years
		if (c.isPunct(i + 1, '-/') && c.isNum(i + 2)) return false;
		if (!prev.space && c.isPunct(i - 3, '-/') && c.isNum(i - 4)) return false;
		// "جنگ ۱۳۵۹-۱۳۶۷": solar years only with a hyphen, where a slash would be a year and month
		if (sep.text === '-' && spanYear(c.s.lang, prev.value)) return true;
	} else if (!c.ent(i - 1, 'range') && !c.ent(i - 1, 'prep')) return false;
	return prev.value >= 1900 && prev.value <= 2100;
}

/**
 * A year that can open a span of years written with a hyphen: a modern Gregorian one, or in
 * Persian text a solar one ("۱۳۵۹-۱۳۶۷").
 */
function spanYear(lang: Stream['lang'], y: number): boolean {
	return (y >= 1900 && y <= 2100) || (lang === 'fa' && y >= 1300 && y <= 1500);
}

/** The most years a span alone in brackets or on its line may cover (a lifespan). */
const LIFESPAN = 110;

/**
 * The second year of a span of years written with a hyphen or a dash, glued or spaced on both sides
 * ("the 1980-1988 war", "the 1980–88 war", "حرب 1980 - 1988", "جنگ ۱۳۵۹-۱۳۶۷") whose first year is
 * the number at token i: its token index and year (a two-digit one takes the first's century).
 * Null unless it is later than the first and at most `maxGap` years after it, nothing chained
 * before or after makes the whole a phone number, an ID or a numeric date ("1980-1988-2000",
 * "978-1980-1988", "2015 - 12 - 03"), and no counted noun follows ("2000-2010 دولار").
 */
export function yearSpanAfter(c: Cursor, i: number, maxGap: number): { at: number; year: number } | null {
	const t = c.tok(i);
	const sep = c.tok(i + 1);
	const next = c.tok(i + 2);
	if (!t || !sep || !next || t.kind !== 'num' || t.text.length !== 4 || next.kind !== 'num') return null;
	// a span alone in brackets or on its line is a lifespan ("(1926 - 2020)", "1926 ~ 2020" under an
	// obituary's name): up to `LIFESPAN` years, and a tilde joins it too
	const alone =
		(c.isPunct(i - 1, '(') && c.isPunct(i + 3, ')')) || (lineEdge(c, i - 1) && lineEdge(c, i + 3));
	// glued ("1980-1988") or spaced on both sides ("حرب 1980 - 1988", "the 1980 – 1988 war"); a
	// dash spaced on one side only ("1980 -1988", "1980- 1988") is a list or a minus, not a span
	if (sep.kind !== 'punct' || !(sep.text === '-' || (alone && sep.text === '~')) || sep.space !== next.space)
		return null;
	if (next.text.length !== 2 && next.text.length !== 4) return null;
	if (!spanYear(c.s.lang, t.value) || c.isPunct(i + 3, '-/') || c.numberContinues(i + 2)) return null;
	if (c.numberContinuedBefore(i) || (!t.space && c.isPunct(i - 1, '-/') && c.isNum(i - 2))) return null;
	// "1980 - 1988 - 2000": a spaced chain is no span either, from whichever of its numbers
	if (sep.space && c.isPunct(i - 1, '-/') && c.isNum(i - 2)) return null;
	// "2000-2010 دولار", "2014 - 15 شخصا": numbers before a counted noun are quantities
	if (c.ent(i + 3, 'count')) return null;
	const second = next.text.length === 2 ? t.value - (t.value % 100) + next.value : next.value;
	if (second <= t.value || second > t.value + (alone ? Math.max(maxGap, LIFESPAN) : maxGap)) return null;
	return { at: i + 2, year: second };
}

/** True when token k is past either end of the stream or a line break. */
function lineEdge(c: Cursor, k: number): boolean {
	const e = c.tok(k);
	return !e || e.kind === 'nl';
}

/** True when token i is the first year of a span of years ("حرب 1980-1988", "the 1980-88 war"). */
function beforeYear(c: Cursor, i: number): boolean {
	return yearSpanAfter(c, i, 50) !== null || reversedYearPair(c, i);
}

/**
 * True when token i is the first of two years in a row written the other way round, the later first,
 * glued by a hyphen («فصل ۱۴۰۳-۱۴۰۲», «موسم 2023-2022»: typed right to left, a season or a school
 * year over both): each is a year of its own, as the second already is after a hyphen (`afterYear`).
 */
function reversedYearPair(c: Cursor, i: number): boolean {
	const t = c.tok(i);
	const sep = c.tok(i + 1);
	const next = c.tok(i + 2);
	if (!t || !sep || !next || t.kind !== 'num' || next.kind !== 'num') return false;
	if (t.text.length !== 4 || next.text.length !== 4 || sep.space || next.space || sep.text !== '-')
		return false;
	if (next.value !== t.value - 1 || !spanYear(c.s.lang, next.value)) return false;
	return (
		!c.isPunct(i + 3, '-/') &&
		!c.numberContinuedBefore(i) &&
		!c.isPunct(i - 1, '-/') &&
		!c.ent(i + 3, 'count')
	);
}

function prepBefore(c: Cursor, i: number): boolean {
	if (i === 0) return false;
	// the entry that ends right before i
	for (let b = Math.max(0, i - 3); b < i; b++) {
		if (c.s.lens[b] && b + c.s.lens[b] === i && (c.ent(b, 'prep') || c.ent(b, 'unit'))) return true;
	}
	return false;
}

/** Numeric dates: 26/12/2015, ۰۵-۱۰-۱۳۹۴, ۱۳۹۵/۰۹/۱۴, 2016.01.02, "٠٣ / ٠٥ / ٢٠٢٤". */
export function parseNumericDate(c: Cursor, i: number): Match | null {
	const a = c.tok(i);
	if (!a || a.kind !== 'num' || a.text.length > 4 || c.numberContinuedBefore(i)) return null;
	const s1 = c.tok(i + 1);
	// a backslash too, as some sites' bylines write a Solar Hijri date («1401\\06\\01 12:38:08»): only
	// with a four-digit year at one end (below)
	if (!s1 || s1.kind !== 'punct' || !'/-.\\'.includes(s1.text)) return null;
	const b = c.tok(i + 2);
	if (!b || b.kind !== 'num' || b.text.length > 2) return null;
	const s2 = c.tok(i + 3);
	if (!s2 || s2.kind !== 'punct' || s2.text !== s1.text) return null;
	const d = c.tok(i + 4);
	if (!d || d.kind !== 'num') return null;
	// not part of a longer run (1.2.3.4, 2015-12-26-7)
	const s3 = c.tok(i + 5);
	if (s3 && s3.kind === 'punct' && s3.text === s1.text && c.tok(i + 6)?.kind === 'num') return null;
	if (s1.text === '\\' && a.text.length !== 4 && d.text.length !== 4) return null;
	const p: Parts = {};
	let y: number, m: number, dd: number;
	if (a.text.length === 4 && d.text.length <= 2) {
		y = a.value;
		m = b.value;
		dd = d.value;
	} else if (d.text.length === 4 && a.text.length <= 2) {
		y = d.value;
		// English puts the month first with a slash or a hyphen ("05/12/2024"), the day first with dots
		// as Europe writes it ("12.05.2024"); in every language the day shows it where it cannot be a
		// month ("03.24.2017", «11/28/2024» on an Arabic page)
		const monthFirst = c.s.lang === 'en' && s1.text !== '.';
		if (a.value <= 12 && b.value > 12) {
			m = a.value;
			dd = b.value;
		} else if (a.value > 12 && b.value <= 12) {
			dd = a.value;
			m = b.value;
		} else if (monthFirst && a.value <= 12) {
			m = a.value;
			dd = b.value;
		} else {
			dd = a.value;
			m = b.value;
		}
		if (a.value <= 12 && b.value <= 12 && a.value !== b.value) p.swappable = true;
	} else if (a.text.length === 2 && a.value > 31 && d.text.length <= 2 && c.s.lang === 'fa') {
		// Persian shorthand year first ("۹۵/۵/۲۹" = 29 Mordad 1395): a first part above 31 is no day
		y = a.value >= 50 ? 1300 + a.value : 1400 + a.value;
		m = b.value;
		dd = d.value;
	} else if (d.text.length === 2 && (b.text.length === 2 || c.s.lang === 'fa')) {
		// two-digit year, day first ("26/12/15", "۰۵/۱۰/۹۴", Persian «17/2/97» and «3/1/72» with a
		// one-figure month); English month-first only when the day shows it (a part above 12), so that
		// "3/4/15" stays unread
		const en = c.s.lang === 'en';
		if (a.value > 12 && b.value <= 12) {
			dd = a.value;
			m = b.value;
		} else if (b.value > 12 && a.value <= 12 && en) {
			m = a.value;
			dd = b.value;
		} else if (!en && a.value <= 31 && b.value <= 12) {
			dd = a.value;
			m = b.value;
		} else return null;
		// (no count after it: «3/1/72 درصد» is a figure)
		if (c.ent(i + 5, 'count')) return null;
		// Persian text counts Solar Hijri ("۹۴" = 1394, "۰۲" = 1402); otherwise 1950–2049
		const short = d.value;
		// (a one-figure month is read only for a year the news can mean: 1350–1409, not «12/5/20»)
		if (b.text.length === 1 && short < 50 && short > 9) return null;
		y =
			c.s.lang === 'fa'
				? short >= 50
					? 1300 + short
					: 1400 + short
				: short >= 50
					? 1900 + short
					: 2000 + short;
	} else return null;
	// "2016-13-01", "31/13/2016": a full date in figures with a four-digit year whose month or day
	// cannot be is read, and reported as invalid; any other shape is no date
	const certain =
		(a.text.length === 4 || d.text.length === 4) &&
		b.text.length === 2 &&
		a.text.length + d.text.length === 6;
	if ((m < 1 || m > 12 || dd < 1 || dd > 31) && !(certain && m <= 99 && dd <= 99)) return null;
	let end = i + 5;
	const era = eraAt(c, end);
	let cal: CalendarId | null = era ? era.cal : yearCalendar(c.s.lang, y);
	if (era) end = era.end;
	if (!cal) return null;
	if (!era && y >= 1250 && y <= 1500 && c.s.lang === 'en') cal = 'persian';
	p.cal = cal;
	p.year = y;
	p.month = m;
	p.day = dd;
	return { start: i, end, parts: p };
}

/** Longest day of each month in any year (29 February: leap years are the resolver's to judge). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A news agency's numeric dateline, day then month, "دمشق - 12 - 3 (كونا) --" (12 March): read
 * only when a marker of an agency that writes them (lexicon/agencies.ts) follows in parentheses at
 * once, since "12 - 3" alone is a score or an article number. The match is the day and month only;
 * without a year it resolves like any day and month. Gregorian: the agency's calendar, whatever the
 * text's language.
 */
export function parseDateline(c: Cursor, i: number): Match | null {
	const a = c.tok(i);
	if (!a || a.kind !== 'num' || a.text.length > 2) return null;
	const s1 = c.tok(i + 1);
	if (!s1 || s1.kind !== 'punct' || s1.text !== '-') return null;
	const b = c.tok(i + 2);
	if (!b || b.kind !== 'num' || b.text.length > 2) return null;
	if (!c.isPunct(i + 3, '(') || !c.ent(i + 4, 'agency')) return null;
	if (!c.isPunct(i + 4 + c.len(i + 4), ')')) return null;
	// not the tail of a longer run of figures ("2015 - 12 - 3", "1 - 12 - 3")
	if (i >= 2 && c.isPunct(i - 1, '-/.') && c.isNum(i - 2)) return null;
	if (c.numberContinuedBefore(i)) return null;
	const day = a.value;
	const month = b.value;
	if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]) return null;
	return { start: i, end: i + 3, parts: { cal: 'gregorian', day, month, dateline: true } };
}

/** "روز جمعه", "الأحد الماضي", "on Thursday", "last Friday", "الجمعة المقبلة". */
export function parseWeekday(c: Cursor, i: number): Match | null {
	if (!c.ahead(i, BIT.weekday, 3)) return null;
	const p: Parts = {};
	let j = i;
	let supported = false;
	const rb = relBefore(c, j);
	if (rb && c.ent(rb.end, 'weekday')) {
		p.selfRel = rb.dir;
		j = rb.end;
		supported = true;
	}
	const dw = c.ent(j, 'unit');
	if (dw && dw.tag === 'day' && dw.n === 1 && c.ent(j + c.len(j), 'weekday')) {
		j += c.len(j);
		supported = true;
	}
	const wd = c.ent(j, 'weekday');
	if (!wd) return null;
	if (c.tok(j)!.text.charCodeAt(0) < 128 && !c.s.caps[j]) return null;
	p.weekday = wd.n;
	j += c.len(j);
	// Persian plural "شنبه‌ها" (Saturdays) is no particular day, nor "every Tuesday", «كل يوم ثلاثاء»,
	// «يوم الثلاثاء من كل أسبوع», «هر سه‌شنبه»
	if (habitual(c, j) || everyAround(c, i, j)) return null;
	const r = relAfter(c, j, false);
	if (r !== null && p.selfRel === undefined && !c.ent(j + c.len(j), 'unit')) {
		p.selfRel = r;
		j += c.len(j);
		supported = true;
	}
	if (p.selfRel === undefined) {
		// "یکشنبه هفته گذشته", "الأحد من الأسبوع الماضي", "Monday last week": a day of a relative week
		let k = j;
		if (c.isPunct(k, ',')) k++;
		k = skipOf(c, k);
		// («پنج شنبه این هفته», «الخميس من هذا الأسبوع»: "this" before the week in any script)
		const rw = relAt(c, k, false);
		const rb =
			relBefore(c, k) ??
			(rw === 0 && c.ent(k + c.len(k), 'unit')?.tag === 'week' ? { dir: 0, end: k + c.len(k) } : null);
		const uk = rb ? rb.end : k;
		const u = c.ent(uk, 'unit');
		if (u && u.tag === 'week' && u.n === 1) {
			const r2 = rb ? rb.dir : relAfter(c, uk + c.len(uk), true);
			if (r2 !== null) {
				p.unitRel = { unit: 'week', offset: r2 };
				return { start: i, end: rb ? uk + c.len(uk) : uk + c.len(uk) + c.len(uk + c.len(uk)), parts: p };
			}
		}
	}
	if (p.selfRel === undefined) {
		// «يوم الخميس 17،», "Thursday 17th,": a weekday and a day of no month said, the month where that
		// day falls on that weekday near the reference (resolve.ts); not before a counted noun («الجمعة
		// 3 مواجهات»), a month (parseNamedDate), a time or a list of figures (`dayClosed`)
		const day = dayAt(c, j);
		if (day && day.numeric && dayClosed(c, day.end))
			return { start: i, end: day.end, parts: { ...p, day: day.day } };
	}
	if (wd.weak && !supported) return null;
	return { start: i, end: j, parts: p };
}

/**
 * Persian plurals after a weekday ("شنبه‌ها", "دوشنبه شب‌ها", "یکشنبه صبح‌ها"): every such day, a
 * habit or a programme's slot, no particular day.
 */
function habitual(c: Cursor, j: number): boolean {
	const t = c.tok(j)?.text ?? '';
	const plural = wordList('habit plural');
	if (plural.has(t) || wordList('habit glued').has(t)) return true;
	return wordList('habit time').has(t) && plural.has(c.tok(j + 1)?.text ?? '');
}

/**
 * A word of recurrence (`habit every`: «كل», "every", «هر») right before the weekday at [i, j) or
 * before its «يوم», or after it with a week («من كل أسبوع», "of every week"): every such day.
 */
function everyAround(c: Cursor, i: number, j: number): boolean {
	const every = wordList('habit every');
	if (everyAt(c, every, i - 1)) return true;
	// («كل يوم ثلاثاء»; «هر سه‌شنبه», whose «شنبه» is tried again after its «سه»)
	const dw = i >= 2 ? c.ent(i - 1, 'unit') : null;
	const inWeekday = i >= 1 && !!c.ent(i - 1, 'weekday') && i - 1 + c.len(i - 1) > i;
	if (everyAt(c, every, i - 2) && ((dw && dw.tag === 'day') || inWeekday)) return true;
	const k = skipOf(c, j);
	const u = everyAt(c, every, k) ? c.ent(k + 1, 'unit') : null;
	return !!u && u.tag === 'week';
}

/** True when token k is a word of recurrence (`every`, the list `habit every`). */
function everyAt(c: Cursor, every: ReadonlySet<string>, k: number): boolean {
	return k >= 0 && every.has(c.tok(k)?.text ?? '');
}

/** "اليوم", "أمس", "دیروز", "yesterday", "اليوم الأربعاء". */
export function parseDeictic(c: Cursor, i: number): Match | null {
	const a = c.ent(i, 'anchored');
	if (a) return { start: i, end: i + c.len(i), parts: { anchored: a.n } };
	const e = c.ent(i, 'deictic');
	if (!e || e.weak) {
		if (!e) return null;
	}
	const t = c.tok(i)!;
	if (
		t.kind === 'word' &&
		t.text.charCodeAt(0) < 128 &&
		c.s.caps[i] &&
		(t.text === 'today' || t.text === 'tomorrow')
	) {
		// "Today" as a programme name is rare; keep it
	}
	// "سه روز گذشته" is "the past three days", not yesterday, and so is «چند روز گذشته» (a few: words.ts
	// `vague`); an hour after a clock word counts nothing («ساعت ۱۰ شب گذشته», «الساعة 10 اليوم»)
	if (
		i > 0 &&
		!c.s.prefixed[i] &&
		((c.isNum(i - 1) && c.tok(i - 1)!.text.length <= 3 && !wordList('clock').has(c.tok(i - 2)?.text ?? '')) ||
			c.ent(i - 1, 'cardinal') ||
			inList('vague', c.tok(i - 1)!.text))
	)
		return null;
	// «اليوم التاسع لفتح أبوابه», «روز اول»: "the ninth day" of something, no day counted from now
	if (e.n === 0 && c.tok(i)!.text.charCodeAt(0) >= 128 && c.ent(i + c.len(i), 'ordinal')) return null;
	const p: Parts = { deictic: e.n };
	let j = i + c.len(i);
	if (c.isPunct(j, ',')) j++;
	const wd = c.ent(j, 'weekday');
	if (wd && !(c.tok(j)!.text.charCodeAt(0) < 128 && !c.s.caps[j]) && !habitual(c, j + c.len(j))) {
		p.weekday = wd.n;
		j += c.len(j);
	} else j = i + c.len(i);
	return { start: i, end: j, parts: p };
}

/** A count: a number (1–99) or a cardinal word, or two words of one number ("ninety-five"). */
function countAt(c: Cursor, i: number): { n: number; end: number } | null {
	const t = c.tok(i);
	if (!t) return null;
	if (
		t.kind === 'num' &&
		t.text.length <= 2 &&
		t.value > 0 &&
		!c.numberContinues(i) &&
		!c.numberContinuedBefore(i)
	)
		return { n: t.value, end: i + 1 };
	const e = cardinalAt(c, i);
	if (!e) return null;
	// the last word of a bigger number ("ninety-five", «تسعين» in «خمسة وتسعين») counts nothing alone
	const from = compoundStartBefore(c, i);
	if (from === 'number') return null;
	if (from !== null) {
		const whole = compoundAt(c, from);
		if (whole === 'other' || (whole && plausible(c, whole))) return null;
	}
	const whole = compoundAt(c, i);
	if (whole === 'other') return null;
	if (whole && plausible(c, whole)) return whole;
	return { n: e.n, end: i + c.len(i) };
}

/**
 * A count of years in three figures (100–999), for an anniversary counted back: "159 years ago",
 * «قبل 150 عاما», «۱۵۹ سال پیش». Only before the year unit: three figures before any other word are
 * an amount, and "150 years" alone is a length of time.
 */
function centuriesOfYearsAt(c: Cursor, i: number): { n: number; end: number } | null {
	const t = c.tok(i);
	if (!t || t.kind !== 'num' || t.text.length !== 3 || t.value < 100) return null;
	if (c.numberContinues(i) || c.numberContinuedBefore(i)) return null;
	const u = c.ent(i + 1, 'unit');
	return u && u.tag === 'year' && u.n !== 2 ? { n: t.value, end: i + 1 } : null;
}

/** A cardinal word at i (not a weak one). */
function cardinalAt(c: Cursor, i: number): Entry | null {
	const e = c.ent(i, 'cardinal');
	return e && !e.weak ? e : null;
}

/**
 * Two number words from i that make one number: «خمسة وتسعين» (units, «و», tens), «نود و پنج»,
 * "ninety-five", "ninety five" (tens, then units), "a hundred"; null when no number word follows
 * the first, 'other' when one does that makes no number of two words ("one hundred and five").
 */
function compoundAt(c: Cursor, i: number): { n: number; end: number; tight: boolean } | 'other' | null {
	const e = cardinalAt(c, i);
	if (!e) return null;
	const end = i + c.len(i);
	const joined = c.s.prefixed[end] === GLUED_AND;
	const gap = joined ? 0 : c.isPunct(end, '-') || c.ent(end, 'and') ? c.len(end) : 0;
	const next = cardinalAt(c, end + gap);
	if (!next || !(joined || gap || c.tok(end)?.kind === 'word')) return null;
	const n = e.n;
	const to = end + gap + c.len(end + gap);
	// glued or hyphened, the two words are one number beyond doubt
	const tight = joined || c.isPunct(end, '-');
	if (n < 10 && next.n === 100 && !gap && !joined) return { n: n * 100, end: to, tight };
	if (n < 10 && next.n >= 20 && next.n % 10 === 0 && next.n < 100 && (joined || gap))
		return { n: n + next.n, end: to, tight };
	if (n >= 20 && n % 10 === 0 && n < 100 && next.n < 10) return { n: n + next.n, end: to, tight };
	return 'other';
}

/**
 * Where a number that the word at i ends begins: the token of its first word, 'number' after a
 * figure ("3 and five"), or null when the word at i begins its number.
 */
function compoundStartBefore(c: Cursor, i: number): number | 'number' | null {
	if (i === 0) return null;
	if (c.s.prefixed[i] === GLUED_AND) return cardinalAt(c, i - 1) ? i - 1 : null;
	const k = c.isPunct(i - 1, '-') || c.ent(i - 1, 'and') ? i - 2 : i - 1;
	if (k < 0) return null;
	if (c.tok(k)?.kind === 'num') return 'number';
	if (cardinalAt(c, k)) return k;
	if (k > 0 && cardinalAt(c, k - 1) && c.len(k - 1) === 2) return k - 1;
	return null;
}

/**
 * A count of two words is read as one number when they are glued or hyphened ("ninety-two"), or
 * else when it is a sensible count of the unit after it: years, decades and centuries by the
 * dozen, days, weeks and months up to 31 («نود و دو ماه» is no 92 months: a name «نود», and then
 * two months, rather).
 */
function plausible(c: Cursor, count: { n: number; end: number; tight: boolean }): boolean {
	if (count.tight) return true;
	const u = c.ent(count.end, 'unit');
	return !u || u.tag === 'year' || u.tag === 'decade' || u.tag === 'century' || count.n <= 31;
}

const UNITS: Unit[] = ['day', 'week', 'weekend', 'month', 'year', 'decade', 'century'];

/**
 * Whole-unit relative expressions: "last month", "الشهر الماضي", "ماه گذشته میلادی", "هذا الأسبوع",
 * "امسال", "3 days ago", "قبل عامين", "سه روز پیش", and a cue before them ("أواخر العام الماضي").
 */
export function parseRelUnit(c: Cursor, i: number): Match | null {
	if (
		!c.ahead(i, BIT.unit | BIT.relunit, 7) &&
		c.ent(i, 'cue', false)?.tag[0] !== 'q' &&
		// («از ۴ روز گذشته»: «روز گذشته» is looked up as "yesterday")
		!(i > 0 && inList('since past', c.tok(i - 1)!.text) && c.ahead(i, BIT.deictic, 3))
	)
		return null;
	const p: Parts = {};
	let j = i;
	const cue = cueAt(c, j);
	const afterCue = leadingCue(c, j, p, cue);
	if (afterCue >= 0) j = skipOf(c, afterCue);
	if (!p.cue) {
		// English "year-end", "year-end 2015": the last third of this year or of the year named
		const u = c.ent(j, 'unit');
		const k = j + c.len(j);
		const e = c.ent(k + 1, 'cue');
		if (
			u &&
			u.tag === 'year' &&
			u.n === 1 &&
			c.isPunct(k, '-') &&
			e &&
			e.tag === 'late' &&
			c.tok(k + 1)!.text === 'end'
		) {
			p.cue = 'late';
			const y = yearNumAt(c, k + 2, undefined, false);
			if (y) {
				p.year = y.year;
				p.cal = y.era ?? 'gregorian';
				return { start: i, end: y.end, parts: p };
			}
			p.unitRel = { unit: 'year', offset: 0 };
			return { start: i, end: k + 2, parts: p };
		}
	}
	let got = relUnitCore(c, j, p);
	if (got === null && p.cue) {
		// "مطلع العام", "أواخر الشهر", "اوایل سال", "the end of the month": this one
		const u = c.ent(j, 'unit');
		if (
			u &&
			u.n === 1 &&
			(u.tag === 'month' || u.tag === 'year' || u.tag === 'week') &&
			!c.isNum(j + c.len(j))
		) {
			p.unitRel = { unit: u.tag as Unit, offset: 0 };
			got = j + c.len(j);
		}
	}
	if (got === null && cue && !cue.weak && p.cue && p.cue[0] === 'q' && !c.ent(i + c.len(i), 'of')) {
		// "the third quarter", "third-quarter", «الربع الثالث», «سه ماهه سوم»: the latest such quarter
		// begun by the reference (the next one in a future clause)
		p.unitRel = { unit: 'year', offset: 0 };
		p.latestQuarter = true;
		return { start: i, end: i + c.len(i), parts: p };
	}
	if (got === null && !p.cue) {
		// Arabic and Persian name the weekend with a phrase of its own ("نهاية الأسبوع", "آخر هفته");
		// English only with a preposition ("over the weekend"), as "weekend" alone is often generic
		const u = c.ent(j, 'unit');
		if (u && u.tag === 'weekend' && (c.s.lang !== 'en' || c.len(j) > 1)) {
			p.unitRel = { unit: 'weekend', offset: 0 };
			p.bareWeekend = true;
			return { start: i, end: j + c.len(j), parts: p };
		}
	}
	if (got === null) return null;
	j = got;
	// «العام الحالي 2024», «سال جاری ۱۴۰۳»: the year said right after this (last, next) year is the year
	const named = p.unitRel?.unit === 'year' ? namedYearAt(c, j) : null;
	if (named) {
		delete p.unitRel;
		p.year = named.year;
		p.cal = named.cal;
		if (named.era) p.era = named.era;
		return { start: i, end: named.end, parts: p };
	}
	// "ماه گذشته میلادی", "الشهر الماضي الهجري"
	const era = eraAt(c, j);
	if (era && !c.ent(j, 'era')!.weak) {
		p.era = era.cal;
		j = era.end;
	}
	return { start: i, end: j, parts: p };
}

/**
 * A year in figures at token i that names the year just said as "this/last/next year": a modern
 * Gregorian one, a Solar Hijri one in Persian text, or any with its era; no counted noun after it
 * («العام الماضي 2000 طن» is a quantity).
 */
function namedYearAt(
	c: Cursor,
	i: number
): { year: number; cal: CalendarId; era?: CalendarId; end: number } | null {
	const y = yearNumAt(c, i, undefined, false);
	if (!y || c.ent(y.end, 'count')) return null;
	const next = c.tok(y.end);
	if (next && next.kind === 'word' && c.s.lang === 'en' && PLURALS.has(next.text)) return null;
	const cal = y.era ?? yearCalendar(c.s.lang, y.year);
	if (!cal) return null;
	if (!y.era && cal === 'gregorian' && (y.year < 1900 || y.year > 2100)) return null;
	if (!y.era && cal === 'islamic-umalqura') return null;
	return { year: y.year, cal, ...(y.era ? { era: y.era } : {}), end: y.end };
}

function relUnitCore(c: Cursor, j: number, p: Parts): number | null {
	// fused: امسال, پارسال
	const ru = c.ent(j, 'relunit', false);
	if (ru) {
		p.unitRel = { unit: ru.tag as Unit, offset: ru.n };
		return j + c.len(j);
	}
	// rel before unit: "last month", "هذا الأسبوع", "این هفته"
	const r = relAt(c, j, false);
	if (r !== null) {
		const k = j + c.len(j);
		const u = c.ent(k, 'unit');
		if (u && u.n === 1 && UNITS.includes(u.tag as Unit) && u.tag !== 'day') {
			p.unitRel = { unit: u.tag as Unit, offset: r };
			return k + c.len(k);
		}
	}
	const u = c.ent(j, 'unit');
	// "۵ ماه گذشته" (the past five months) is a duration, not last month
	const counted =
		j > 0 &&
		!c.s.prefixed[j] &&
		((c.isNum(j - 1) && c.tok(j - 1)!.text.length <= 3) ||
			!!c.ent(j - 1, 'cardinal') ||
			// «چند ماه پیش», a few months ago: no last month
			inList('vague', c.tok(j - 1)!.text));
	if (u && u.n === 1 && u.tag !== 'day' && !counted && !indefiniteArabic(c, j)) {
		const k = j + c.len(j);
		const r2 = relAfter(c, k, true);
		// «هفته پیش از انتخابات», «هفته بعد از آن»: the week before or after an event, not last or next week
		if (r2 !== null && r2 !== 0 && eventAfter(c, k + c.len(k))) return null;
		if (r2 !== null) {
			// "پیش"/"قبل" after a unit means "last" only when no count precedes (checked by the caller order)
			p.unitRel = { unit: u.tag as Unit, offset: r2 };
			return k + c.len(k);
		}
	}
	// count unit ago: "3 days ago", "سه روز پیش", "دو هفته قبل", "عامين" dual, "159 years ago"
	const cnt = countAt(c, j) ?? centuriesOfYearsAt(c, j);
	// «به مدت دو روز دیگر», «لمدة يومين آخرين»: "for N more days" is a length of time, no day
	if (cnt && j > 0 && inList('duration', c.tok(j - 1)!.text)) return null;
	if (cnt && j > 0 && inList('since past', c.tok(j - 1)!.text)) {
		// «از ۴ روز گذشته به این‌سو»: "since the past N days" is since N days ago, a day; without «از»
		// («طی ۴ روز گذشته») the past N days are a span, left unread. («روز گذشته» is also one phrase,
		// "yesterday", whose first word is the unit)
		const k = cnt.end;
		const yesterday = c.ent(k, 'deictic')?.n === -1 && c.len(k) === 2 && c.tok(k)!.text === 'روز';
		const u = yesterday ? null : c.ent(k, 'unit');
		if (yesterday || (u && u.n <= 1 && relAfter(c, k + c.len(k), false) === -1)) {
			p.unitRel = { unit: u ? (u.tag as Unit) : 'day', offset: -cnt.n };
			return yesterday ? k + 2 : k + c.len(k) + c.len(k + c.len(k));
		}
	}
	if (cnt) {
		const u2 = c.ent(cnt.end, 'unit');
		if (u2 && u2.n <= 1) {
			const k = cnt.end + c.len(cnt.end);
			const ago = c.ent(k, 'ago');
			// «یک سال پیش از انتخابات», "two years before the election": counted from an event
			if (ago && (eventAfter(c, k + c.len(k)) || eventAgo(c, k))) return null;
			if (ago) {
				p.unitRel = { unit: u2.tag as Unit, offset: ago.tag === 'past' ? -cnt.n : cnt.n };
				return k + c.len(k);
			}
		}
	}
	// ago count unit: "قبل ثلاثة أيام", "منذ يومين", "قبل عامين"
	const ago = c.ent(j, 'ago');
	if (ago && c.tok(j)!.text.charCodeAt(0) >= 128) {
		let k = j + c.len(j);
		// "قبل نحو أسبوعين", "منذ حوالي عام": the hedge does not move the date
		if (c.ent(k, 'about')) k += c.len(k);
		const dual = c.ent(k, 'unit');
		if (dual && dual.n === 2) {
			p.unitRel = { unit: dual.tag as Unit, offset: ago.tag === 'past' ? -2 : 2 };
			return k + c.len(k);
		}
		if (dual && dual.n === 1 && dual.tag !== 'century') {
			// "قبل أسبوع", "منذ شهر": one unit ago — unless a weekday or date follows ("قبل يوم الجمعة")
			const after = k + c.len(k);
			const blocked =
				c.ent(after, 'weekday') ||
				c.ent(after, 'month') ||
				c.isNum(after) ||
				c.ent(after, 'ordinal') ||
				relAfter(c, after, true) !== null;
			if (!blocked && c.tok(k)!.kind === 'word' && !c.ent(k, 'deictic')) {
				p.unitRel = { unit: dual.tag as Unit, offset: ago.tag === 'past' ? -1 : 1 };
				return after;
			}
		}
		const cnt2 = countAt(c, k) ?? centuriesOfYearsAt(c, k);
		if (cnt2) {
			const u3 = c.ent(cnt2.end, 'unit');
			if (u3 && u3.n <= 1) {
				p.unitRel = { unit: u3.tag as Unit, offset: ago.tag === 'past' ? -cnt2.n : cnt2.n };
				return cnt2.end + c.len(cnt2.end);
			}
		}
	}
	// dual then ago: "يومين قبل" (rare) — and English "a week ago"
	return null;
}

/**
 * True when the `agoevent` word at token k («از» after «پیش»/«قبل») opens an event that a count
 * before it is counted from («یک سال پیش از انتخابات»): no `agokeep` word follows it («سه روز پیش
 * از این» is counted from the reference).
 */
function eventAfter(c: Cursor, k: number): boolean {
	const t = c.tok(k);
	if (!t || !inList('agoevent', t.text)) return false;
	const next = c.tok(k + 1);
	return !!next && next.kind === 'word' && !inList('agokeep', next.text);
}

/**
 * True when the ago word at k takes an event after it ("two years before the election", "a week
 * prior to the vote"): a word follows it that is no `agokeep` word.
 */
function eventAgo(c: Cursor, k: number): boolean {
	if (
		!inList(
			'agoevent',
			c.s.toks
				.slice(k, k + c.len(k))
				.map((t) => t.text)
				.join(' ')
		)
	)
		return false;
	const next = c.tok(k + c.len(k));
	return !!next && next.kind === 'word' && !inList('agokeep', next.text) && !c.ent(k + c.len(k), 'tense');
}

const foldedLists = new Map<string, ReadonlySet<string>>();

/** Membership of a folded token text in a word list of the lexicon (whose lists keep the data's spelling). */
export function inList(name: string, folded: string): boolean {
	let list = foldedLists.get(name);
	if (!list) {
		list = new Set([...wordList(name)].map((w) => fold(w)));
		foldedLists.set(name, list);
	}
	return list.has(folded);
}

/**
 * An Arabic noun without its article at i: a word after it is no adjective of it («عقد هذا
 * الاجتماع» is "this meeting was held", «عام قبل ذلك» "a year before that"; this decade is «هذا
 * العقد» or «العقد الحالي»). Persian has no article and English puts "this" first.
 */
function indefiniteArabic(c: Cursor, i: number): boolean {
	const t = c.tok(i);
	// one word: the first noun of a phrase («نهاية الأسبوع») is made definite by the noun after it
	if (c.s.lang !== 'ar' || !t || t.kind !== 'word' || c.len(i) !== 1) return false;
	for (const p of wordList('definite')) if (t.text.startsWith(p)) return false;
	return true;
}

/** Seasons: "صيف 2015", "تابستان امسال", "the summer of 2015", "زمستان سال گذشته", "last summer". */
export function parseSeason(c: Cursor, i: number): Match | null {
	if (!c.ahead(i, BIT.season, 5)) return null;
	const p: Parts = {};
	let j = i;
	const afterCue = leadingCue(c, j, p);
	if (afterCue >= 0) j = skipOf(c, afterCue);
	const rs = relAt(c, j, false);
	const rb = rs !== null ? { dir: rs, end: j + c.len(j) } : null;
	if (rb && c.ent(rb.end, 'season')) {
		p.selfRel = rb.dir;
		j = rb.end;
	}
	const s = c.ent(j, 'season');
	if (!s) return null;
	p.season = s.tag as Season;
	j += c.len(j);
	if (p.selfRel !== undefined) return { start: i, end: j, parts: p };
	const r = relAfter(c, j, false);
	if (r !== null && !c.ent(j + c.len(j), 'unit')) {
		p.selfRel = r;
		return { start: i, end: j + c.len(j), parts: p };
	}
	const k = afterMonth(c, j, p);
	if (p.selfRel !== undefined && k !== j) return { start: i, end: k, parts: p };
	if (k === j || (p.year === undefined && p.yearRel === undefined)) {
		// a season on its own ("في الربيع", "در بهار", "in the spring", "اوایل زمستان") is the latest
		// such season, like a month without a year; only after a preposition or a cue, and only a
		// spelling that is no everyday word ("fall", "ربيع"), so that names and verbs stay out
		if (s.weak) return null;
		if (!p.cue && !seasonPrep(c, i) && !adverbial(c, j - 1)) return null;
		p.selfRel = undefined;
		delete p.year;
		delete p.yearRel;
		return { start: i, end: j, parts: p };
	}
	return { start: i, end: winterSpan(c, k, p), parts: p };
}

/**
 * "the winter of 1979-1980", «شتاء 2014-2015», "winter 2014/15": a Gregorian winter named by the two
 * years it spans is the one that ends in the second (winter Y is December Y-1 to February Y); returns
 * the token after the second year (moving `p.year` to it), or k when no such year follows.
 */
function winterSpan(c: Cursor, k: number, p: Parts): number {
	if (p.season !== 'winter' || p.year === undefined || p.era || p.cue) return k;
	if (yearCalendar(c.s.lang, p.year) !== 'gregorian' || !c.isPunct(k, '-–/')) return k;
	const t = c.tok(k + 1);
	if (!t || t.kind !== 'num' || c.numberContinues(k + 1) || c.ent(k + 2, 'count')) return k;
	const next = p.year + 1;
	if (t.text.length === 4 ? t.value !== next : t.text.length !== 2 || t.value !== next % 100) return k;
	p.year = next;
	return k + 2;
}

/** An Arabic season in the accusative, an adverb of time on its own: «صيفا», «خريفا». */
function adverbial(c: Cursor, i: number): boolean {
	return c.s.lang === 'ar' && c.len(i) === 1 && wordList('adverb').has(c.tok(i)?.text ?? '');
}

/** A preposition before a season: "في", "در", "during", and English "in the" (not a bare "the"). */
function seasonPrep(c: Cursor, i: number): boolean {
	if (gluedPrep(c, i)) return true; // "بالصيف", "للصيف"
	if (c.tok(i - 1)?.text === 'the') return prepBefore(c, i - 1);
	return prepBefore(c, i);
}

/** The calendar of an era word (not a one-letter one) that ends right before token i, or undefined. */
function eraEndingAt(c: Cursor, i: number): CalendarId | undefined {
	for (let b = Math.max(0, i - 3); b < i; b++) {
		if (!c.s.lens[b] || b + c.s.lens[b] !== i) continue;
		const e = c.ent(b, 'era', false);
		if (e) return e.tag as CalendarId;
	}
	return undefined;
}

/** Years: "عام 1979", "سال ۱۳۹۳", "سال ۲۰۱۵ میلادی", "1437 هـ", "in 2001", "أوائل 2015". */
export function parseYear(c: Cursor, i: number): Match | null {
	if (!c.ahead(i, BIT.num, 6)) return null;
	const p: Parts = {};
	let j = i;
	const afterCue = leadingCue(c, j, p);
	if (afterCue >= 0) j = skipOf(c, afterCue);
	const u = c.ent(j, 'unit');
	let yearWord = false;
	// the era said with the year word, between it and the number («العام الهجري 1446», «سال هجری
	// شمسی ۱۴۰۳») or before it ("the Hijri year 1446", "the Solar Hijri year 1403")
	let named: CalendarId | undefined;
	if (u && u.tag === 'year' && u.n === 1) {
		yearWord = true;
		const before = eraEndingAt(c, j);
		j += c.len(j);
		const e = c.ent(j, 'era', false);
		if (e && c.isNum(j + c.len(j))) {
			named = e.tag as CalendarId;
			j += c.len(j);
		} else if (before) named = before;
	}
	const t = c.tok(j);
	if (!t || t.kind !== 'num') return null;
	const y0 = yearNumAt(c, j, named, yearWord) ?? shortSecondYear(c, j);
	if (!y0) return null;
	const y = named && !y0.era ? { ...y0, era: named } : y0;
	let cal: CalendarId | null = y.era ?? null;
	if (!cal) {
		if (yearWord && c.s.lang === 'fa' && t.text.length === 2) cal = 'persian';
		else cal = yearCalendar(c.s.lang, y.year);
	}
	if (!cal) return null;
	if (!yearWord && !y.era && !p.cue) {
		// a bare number reads as a year only after a preposition (or as the end of a span of years,
		// "1996-2001", "بين 1996 و2001") and in a modern range
		const inParens = parenthesised(c, i, y.end);
		const afterPrep = prepBefore(c, i);
		// "1992: Leaked copy of …": a year opening a line of a chronology, before a colon
		const entry = (i === 0 || c.tok(i - 1)?.kind === 'nl') && c.isPunct(y.end, ':') && !c.isNum(y.end + 1);
		if (
			!afterPrep &&
			!afterYear(c, i) &&
			!beforeYear(c, i) &&
			!inParens &&
			!entry &&
			!yearLeadBefore(c, i, y.end) &&
			!titleYear(c, i, y.end)
		)
			return null;
		// a modern year; one of the 19th century too after a preposition ("in 1821", «في 1840») or
		// alone in parentheses ("(1898)")
		const from = inParens || afterPrep ? 1800 : 1900;
		if (cal === 'gregorian' && (y.year < from || y.year > 2100)) return null;
		if (cal === 'islamic-umalqura') return null;
		// "و ۱۴۰۰ واحد", "في 2015 شخص": a number before a counted noun is a quantity, and so is the first
		// of two joined by "to" before one («از ۱۳۸۰ تا ۱۴۰۰ افغانی», "from 1500 to 2000 dollars"), or of
		// two joined by the Persian "to" of a change («از ۱۳۸۰ به ۱۴۰۰»)
		if (c.ent(y.end, 'count') || amountTo(c, y.end)) return null;
		// «بیش از ۱۸۶۰ خانواده», «أكثر من 1860 أسرة»: after "more than" or "less than" a number is an
		// amount, whatever follows it (words.ts `amount more`; the «از», «من» of it is what read it as a year)
		if (afterPrep && i >= 2 && inList('amount more', c.tok(i - 2)!.text)) return null;
	}
	p.cal = cal;
	if (y.era) p.era = y.era;
	p.year = y.year;
	// "the 1988 second quarter": a quarter of the year just said
	const q = !p.cue ? c.ent(y.end, 'cue', false) : null;
	if (q && q.tag[0] === 'q') {
		p.cue = q.tag as Cue;
		return { start: i, end: y.end + c.len(y.end), parts: p };
	}
	return { start: i, end: y.end, parts: p };
}

/**
 * True when token k, right after a figure, joins it to a second figure as an amount: the Persian "to"
 * of a change («از ۱۳۸۰ به ۱۴۰۰»; words.ts `amount to`), or a range word or dash before a figure and a
 * counted noun («تا ۱۴۰۰ افغانی», "to 2000 dollars", «إلى 2000 دولار»).
 */
function amountTo(c: Cursor, k: number): boolean {
	const t = c.tok(k);
	if (!t) return false;
	if (t.kind === 'word' && inList('amount to', t.text)) return c.isNum(k + 1);
	const w = t.kind === 'punct' ? ('-–—'.includes(t.text) ? 1 : 0) : c.ent(k, 'range') ? c.len(k) : 0;
	return w > 0 && c.isNum(k + w) && !!c.ent(k + w + 1, 'count');
}

/**
 * The second year of a span written short ("1980-88", "2014/15", "1980 – 88"): the same century as
 * the first year, and later than it. Null for anything else.
 */
function shortSecondYear(c: Cursor, i: number): { year: number; era?: CalendarId; end: number } | null {
	const t = c.tok(i);
	const sep = c.tok(i - 1);
	const prev = c.tok(i - 2);
	// glued ("1980-88") or, with a hyphen, spaced on both sides ("1980 – 88", see `yearSpanAfter`)
	if (!t || t.kind !== 'num' || t.text.length !== 2 || !sep || t.space !== sep.space) return null;
	if (t.space && sep.text !== '-') return null;
	if (sep.kind !== 'punct' || (sep.text !== '-' && sep.text !== '/')) return null;
	if (!prev || prev.kind !== 'num' || prev.text.length !== 4 || c.numberContinuedBefore(i - 2)) return null;
	if (c.numberContinues(i) || c.isPunct(i + 1, '-/')) return null;
	const y = prev.value - (prev.value % 100) + t.value;
	if (y <= prev.value) return null;
	// "۱۳۵۹-۶۷": solar years only with a hyphen (see `afterYear`)
	if (!(y >= 1900 && y <= 2100) && !(sep.text === '-' && spanYear(c.s.lang, y))) return null;
	return { year: y, end: i + 1 };
}

/** Decades: "التسعينيات", "ثمانينيات القرن الماضي", "the 1990s", "the early '90s", "دهه هفتاد", "دهه ۱۳۷۰". */
export function parseDecade(c: Cursor, i: number): Match | null {
	if (!c.ahead(i, BIT.decade | BIT.num | BIT.unit, 5)) return null;
	const p: Parts = {};
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	const afterCue = leadingCue(c, j, p);
	if (afterCue >= 0) {
		j = afterCue;
		if (c.tok(j)?.text === 'the') j++;
	}
	// Arabic/English decade word
	const dw = c.ent(j, 'decade');
	if (dw && !dw.weak) {
		j += c.len(j);
		p.decadeOf = dw.n;
		const k = skipOf(c, j);
		const cu = c.ent(k, 'unit');
		if (cu && cu.tag === 'century') {
			const k2 = k + c.len(k);
			const r = relAt(c, k2, false);
			const o = c.ent(k2, 'ordinal');
			if (r !== null) {
				p.centuryRel = r;
				return { start: i, end: k2 + c.len(k2), parts: p };
			}
			if (o) {
				p.century = o.n;
				return { start: i, end: k2 + c.len(k2), parts: p };
			}
		}
		p.century = 20;
		return { start: i, end: j, parts: p };
	}
	// "1990s", "'90s", "90s"
	{
		let k = j;
		if (c.isPunct(k, "'")) k++;
		const t = c.tok(k);
		const s = c.tok(k + 1);
		if (t && t.kind === 'num' && s && s.kind === 'word' && !s.space && s.text === 's' && t.value % 10 === 0) {
			if (t.text.length === 4) {
				p.decade = t.value;
				p.cal = 'gregorian';
				return { start: i, end: k + 2, parts: p };
			}
			if (t.text.length === 2) {
				p.decade = 1900 + t.value;
				p.cal = 'gregorian';
				return { start: i, end: k + 2, parts: p };
			}
		}
	}
	// «سالهای ۱۹۹۰ میلادی», «سال‌های ۱۳۶۰» (the second read from its figures: «سال‌های» is a preposition
	// word): Persian names a decade by "the years" of its first year
	const ys = persianYearsOf(c, c.isNum(j) ? j : j + c.len(j));
	if (ys) {
		p.decade = ys.decade;
		p.cal = ys.cal;
		return { start: i, end: ys.end, parts: p };
	}
	// دهه / عقد + number or tens word
	const u = c.ent(j, 'unit');
	if (u && u.tag === 'decade') {
		let k = j + c.len(j);
		const inner = c.ent(k, 'decade');
		if (inner && !inner.weak) {
			p.decadeOf = inner.n;
			p.century = 20;
			return { start: i, end: k + c.len(k), parts: p };
		}
		const t = c.tok(k);
		let v: number | null = null;
		let digits = 0;
		if (t && t.kind === 'num' && !c.numberContinues(k)) {
			v = t.value;
			digits = t.text.length;
			k++;
		} else {
			const card = c.ent(k, 'cardinal');
			if (card && card.n >= 10 && card.n % 10 === 0) {
				v = card.n;
				digits = 2;
				k += c.len(k);
			}
		}
		if (v === null || v % 10 !== 0) return null;
		const era = eraAt(c, k);
		let cal: CalendarId = era ? era.cal : c.s.lang === 'fa' ? 'persian' : 'gregorian';
		if (era) k = era.end;
		if (digits === 4) {
			if (!era) cal = v >= 1800 ? 'gregorian' : c.s.lang === 'fa' ? 'persian' : 'gregorian';
			p.decade = v;
		} else if (digits === 2) {
			p.decade = (cal === 'persian' ? 1300 : cal === 'islamic-umalqura' ? 1400 : 1900) + v;
		} else return null;
		p.cal = cal;
		return { start: i, end: k, parts: p };
	}
	return null;
}

/**
 * «سال‌های ۱۳۶۰», «سالهای ۱۹۹۰ میلادی»: the Persian plural of "year" (one word, or «سال» and the plural
 * ending written apart) before a year in four figures ending in 0 at k is that decade — not when a
 * second year follows, joined by "to", "and" or a dash («سال‌های ۱۳۹۰ تا ۱۳۹۵», «سال‌های ۱۳۹۰ و ۱۳۹۱»:
 * the years themselves), nor before a counted noun. Null when not so.
 */
function persianYearsOf(c: Cursor, k: number): { decade: number; cal: CalendarId; end: number } | null {
	if (c.s.lang !== 'fa' || k < 1 || !c.isNum(k)) return null;
	const plural =
		(c.s.lens[k - 1] === 1 && c.ent(k - 1, 'unit')?.tag === 'year' && c.ent(k - 1, 'unit')?.n === 0) ||
		(k >= 2 && inList('suffix plural', c.tok(k - 1)!.text) && c.tok(k - 2)!.text === 'سال');
	if (!plural) return null;
	const t = c.tok(k);
	if (!t || t.kind !== 'num' || t.text.length !== 4 || t.value % 10 !== 0) return null;
	if (c.numberContinues(k) || c.numberContinuedBefore(k)) return null;
	let end = k + 1;
	const era = eraAt(c, end);
	if (era) end = era.end;
	const cal: CalendarId = era ? era.cal : t.value >= 1800 ? 'gregorian' : 'persian';
	if (cal === 'islamic-umalqura') return null;
	if (c.ent(end, 'count') || c.isPunct(end, '-–')) return null;
	if (
		(c.ent(end, 'range') || c.ent(end, 'and') || c.s.prefixed[end] === GLUED_AND) &&
		c.isNum(end + c.len(end))
	)
		return null;
	return { decade: t.value, cal, end };
}

/**
 * A decade counted within a century: "العقد الأول من القرن الماضي", «العقد الثاني من القرن الحادي
 * والعشرين», «دهه اول قرن بیستم», "the first decade of the 20th century" (1900–1909: the n-th decade
 * starts at the century's year (n − 1) × 10). The decade word and its ordinal come in either order,
 * then "of" (optional in Persian, which joins them by the ezafe) and a century as `parseCentury`
 * reads it, with no cue of its own.
 */
export function parseDecadeOfCentury(c: Cursor, i: number): Match | null {
	// "the second decade of the twenty - first century": the century word is the ninth token
	if (!c.ahead(i, BIT.century, 9)) return null;
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	let o = c.ent(j, 'ordinal');
	let u: Entry | null;
	if (o) {
		// "first decade"
		u = c.ent(j + c.len(j), 'unit');
		j += c.len(j);
	} else {
		// «العقد الأول», «دهه اول»
		u = c.ent(j, 'unit');
		if (!u) return null;
		j += c.len(j);
		o = c.ent(j, 'ordinal');
		if (!o) return null;
	}
	if (!u || u.tag !== 'decade' || u.n !== 1 || o.n < 1 || o.n > 10) return null;
	j += c.len(j);
	const century = parseCentury(c, skipOf(c, j)) ?? relCentury(c, skipOf(c, j));
	if (!century || century.parts.cue) return null;
	const { century: n, centuryRel, era } = century.parts;
	const p: Parts = { decadeOf: (o.n - 1) * 10 };
	if (n !== undefined) p.century = n;
	if (centuryRel !== undefined) p.centuryRel = centuryRel;
	if (era) p.cal = era;
	return { start: i, end: century.end, parts: p };
}

/** A century said with "last/next/this" before it, as English says it: "the last century". */
function relCentury(c: Cursor, i: number): Match | null {
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	const r = relAt(c, j, false);
	if (r === null) return null;
	j += c.len(j);
	const u = c.ent(j, 'unit');
	if (!u || u.tag !== 'century' || u.n !== 1) return null;
	return { start: i, end: j + c.len(j), parts: { centuryRel: r } };
}

/** Centuries: "القرن العشرين", "قرن بیستم", "the 20th century", "القرن الماضي". */
export function parseCentury(c: Cursor, i: number): Match | null {
	if (!c.ahead(i, BIT.century, 6)) return null;
	const p: Parts = {};
	let j = i;
	if (c.tok(j)?.text === 'the') j++;
	const afterCue = leadingCue(c, j, p);
	if (afterCue >= 0) {
		j = afterCue;
		if (c.tok(j)?.text === 'the') j++;
	}
	const u = c.ent(j, 'unit');
	if (u && u.tag === 'century') {
		let k = j + c.len(j);
		// "القرن الـ19", "القرن 20", "قرن ۲۰"
		if (c.tok(k)?.text === 'ال' && c.isNum(k + 1)) k++;
		const num = c.tok(k);
		if (
			num &&
			num.kind === 'num' &&
			num.text.length <= 2 &&
			num.value >= 1 &&
			num.value <= 22 &&
			!c.numberContinues(k)
		) {
			p.century = num.value;
			return { start: i, end: k + 1, parts: p };
		}
		const o = c.ent(k, 'ordinal');
		if (o) {
			p.century = o.n;
			let e = k + c.len(k);
			const era = eraAt(c, e);
			if (era) {
				p.era = era.cal;
				e = era.end;
			}
			return { start: i, end: e, parts: p };
		}
		const r = relAt(c, k, false);
		if (r !== null) {
			p.centuryRel = r;
			return { start: i, end: k + c.len(k), parts: p };
		}
		return null;
	}
	// "20th century", "twentieth century"
	const d = dayAt(c, j);
	if (d) {
		const u2 = c.ent(d.end, 'unit');
		if (u2 && u2.tag === 'century') {
			p.century = d.day;
			return { start: i, end: d.end + c.len(d.end), parts: p };
		}
	}
	return null;
}

/**
 * A blocked phrase that names a day by its rank (words.ts `block N`: "first day", «اليوم الأول») before
 * a month, after an optional "of": day N of that month («اليوم الأول لشهر شوال المكرم 1445 ه.ق», "the
 * first day of Ramadan"). Null when no month without a day or weekday follows: then the phrase stays
 * blocked («اليوم الأول من المؤتمر», "on the first day").
 */
export function parseRankedDay(c: Cursor, i: number, len: number): Match | null {
	const e = c.ent(i, 'block');
	const rank = e ? Number(e.tag) : 0;
	if (!(rank >= 1 && rank <= 31)) return null;
	const k = skipOf(c, i + len);
	if (!monthAt(c, k)) return null;
	const m = parseNamedDate(c, k);
	if (!m || m.start !== k || m.parts.day !== undefined || m.parts.weekday !== undefined) return null;
	return { start: i, end: m.end, parts: { ...m.parts, day: rank } };
}

/**
 * Holidays: "نوروز ۱۳۹۵", "عيد الفطر 2016", "عيد الأضحى المقبل", "عید قربان امسال", "after Eid al-Adha".
 * An English spelling must be capitalised; one without a year or relative word needs a preposition.
 */
export function parseHoliday(c: Cursor, i: number): Match | null {
	// "last Christmas", "next Eid al-Adha": English says last/next before the holiday (Arabic and
	// Persian after it, «عيد الأضحى الماضي», «نوروز گذشته», read by `afterMonth`)
	// ("the last Christmas market" is the final one, no date)
	const rb = i > 0 && c.tok(i - 1)!.text === 'the' ? null : relBefore(c, i);
	const h = rb ? rb.end : i;
	const e = c.ent(h, 'holiday');
	if (!e || e.weak) return null;
	const t = c.tok(h)!;
	if (t.kind === 'word' && t.text.charCodeAt(0) < 128 && !c.s.caps[h]) return null;
	const cal = e.tag as CalendarId;
	const p: Parts = { holiday: { cal, month: Math.floor(e.n / 100), day: e.n % 100 } };
	if (rb) p.selfRel = rb.dir;
	const j = h + c.len(h);
	// the year after it may be of any calendar ("عيد الفطر 2016", "عيد الفطر 1437 هـ")
	const end = afterMonth(c, j, p);
	// bare, a holiday is often a name ("صلاة عيد الفطر" the Eid prayer, "تعطیلات نوروز" the Nowruz
	// holidays): it is a time only after a preposition ("قبيل عيد الأضحى", "در نوروز", "after Eid", and
	// the English prepositions of a day, "on Christmas Eve": words.ts `dayprep`) or with last/next
	if (!rb && end === j && !prepBefore(c, i) && !(i > 0 && inList('dayprep', c.tok(i - 1)!.text))) return null;
	if (p.year !== undefined && !p.era) p.cal = yearCalendar(c.s.lang, p.year) ?? cal;
	else if (p.era) p.cal = p.era;
	return { start: i, end, parts: p };
}

/**
 * An event whose name stands for its date (lexicon/named-dates.ts): "9/11", «هجمات 11 سبتمبر»,
 * «انقلاب ۵۷». With a year after the name it is no named date: the date is read as said ("هجمات 11
 * سبتمبر 2001", and "أحداث 11 سبتمبر 2012", the Benghazi attack).
 */
export function parseNamed(c: Cursor, i: number): Match | null {
	const e = c.ent(i, 'named');
	if (!e) return null;
	const [cal, earliest, latest] = e.tag.split(' ');
	const end = i + c.len(i);
	// with a year after it, the date is said in full ("هجمات 11 سبتمبر 2001", "کودتای ۲۸ مرداد ۱۳۳۲")
	if (yearNumAt(c, end, undefined, false)) return null;
	return { start: i, end, parts: { named: { cal: cal as CalendarId, earliest, latest } } };
}

/**
 * A day and month in figures, day first, glued to a slash («24/7»), or null: one or two digits each,
 * a possible day and month, not part of a longer run of figures («24/7/2024», «3/4:30»).
 */
function dayMonthPair(
	c: Cursor,
	k: number,
	monthFirstToo = false
): { day: number; month: number; end: number; monthFirst: boolean } | null {
	// (tried at every number: the slash first)
	const s = c.tok(k + 1);
	if (!s || s.kind !== 'punct' || s.text !== '/' || s.space) return null;
	const a = c.tok(k);
	const b = c.tok(k + 2);
	if (!a || !b || a.kind !== 'num' || b.kind !== 'num' || a.text.length > 2 || b.text.length > 2 || b.space)
		return null;
	// day first; month first only where no other reading is possible («من تاريخ 10/22»), or where the
	// other end of the range is read so (`monthFirstToo`: «من 10/22 إلى 11/5»)
	const monthFirst = a.value <= 12 && (b.value > 12 || (monthFirstToo && b.value <= 31));
	const day = monthFirst ? b.value : a.value;
	const month = monthFirst ? a.value : b.value;
	if (a.value < 1 || day > 31 || b.value < 1 || month > 12 || c.numberContinuedBefore(k)) return null;
	const after = c.tok(k + 3);
	if (after && after.kind === 'punct' && !after.space && '/-.:'.includes(after.text) && c.isNum(k + 4))
		return null;
	if (c.ent(k + 3, 'count')) return null;
	return { day, month, end: k + 3, monthFirst };
}

/**
 * The ends of a range of days and months in figures without a year, in Arabic and Persian (day
 * first): «بالفترة من 24/7 وحتى 4/8», «از ۲۴/۷ تا ۴/۸». A pair alone may be a fraction or a score, so
 * each end is read only inside such a range: a "from"/"between" word before the first and a range
 * word between the two. English is left alone (month first or day first, the pair does not say).
 */
export function parseDayMonthRange(c: Cursor, i: number): Match | null {
	if (c.s.lang === 'en' || !c.isPunct(i + 1, '/')) return null;
	let m = dayMonthPair(c, i);
	if (!m) return null;
	// "between" joins its ends with "and" too («بين 10/7 و15/7»)
	const joins = (k: number, opener: 'between' | 'from' | null) =>
		!!opener && (!!c.ent(k, 'range') || (opener === 'between' && !!c.ent(k, 'and')));
	let ok = false;
	// the second end a pair too, or a full date in figures («من تاريخ 10/22 ولغاية 2017/11/5»)
	if (joins(m.end, rangeOpenerBefore(c, i))) {
		const k = m.end + c.len(m.end);
		const second = dayMonthPair(c, k);
		ok = second !== null || parseNumericDate(c, k) !== null;
		if (second?.monthFirst && !m.monthFirst) m = dayMonthPair(c, i, true) ?? m;
	}
	for (let b = Math.max(3, i - 3); !ok && b < i; b++) {
		if (!c.s.lens[b] || b + c.s.lens[b] !== i) continue;
		const first = dayMonthPair(c, b - 3);
		ok = first !== null && first.end === b && joins(b, rangeOpenerBefore(c, b - 3));
		if (ok && first!.monthFirst && !m.monthFirst) m = dayMonthPair(c, i, true) ?? m;
	}
	if (!ok) return null;
	const cal: CalendarId = c.s.lang === 'fa' ? 'persian' : 'gregorian';
	return { start: i, end: m.end, parts: { cal, day: m.day, month: m.month } };
}

type Parser = (c: Cursor, i: number) => Match | null;

const B = BIT;
/**
 * The parsers, in order, each with the kinds of token it can start on (so that most are never
 * called); at each position the longest match wins (ties: the earlier parser).
 */
export const PARSERS: [Parser, number][] = [
	[parseNamed, B.named],
	[parseNumericDate, B.num],
	[parseDayMonthRange, B.num],
	[parseDateline, B.num],
	[parseNamedDate, B.num | B.ordinal | B.cardinal | B.month | B.unit | B.weekday | B.cue | B.rel],
	[parseOrdinalDate, B.lead | B.unit | B.ordinal],
	[parseDeictic, B.deictic],
	[parseHoliday, B.holiday | B.rel],
	[parseWeekday, B.weekday | B.unit | B.rel],
	[parseRelUnit, B.cue | B.relunit | B.rel | B.unit | B.num | B.cardinal | B.ago],
	[parseSeason, B.cue | B.rel | B.season],
	[parseDecade, B.lead | B.cue | B.decade | B.num | B.unit],
	[parseDecadeOfCentury, B.lead | B.unit | B.ordinal],
	[parseCentury, B.lead | B.cue | B.unit | B.num | B.ordinal],
	[parseYear, B.cue | B.unit | B.num]
];
