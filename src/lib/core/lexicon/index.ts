/**
 * The date lexicon: every data file parsed once into a phrase table keyed by folded tokens.
 * Adding a spelling means adding it to a data file; no code changes.
 */
import { fold, hashRange, tokenize } from '../text';
import type { CalendarId } from '../time/time-value';
import gregorianMonths from './months-gregorian';
import solarMonths from './months-solar';
import hijriMonths from './months-hijri';
import weekdays from './weekdays';
import ordinals from './ordinals';
import cardinals from './cardinals';
import words from './words';
import holidays from './holidays';
import agencies from './agencies';
import tense from './tense';
import namedDates from './named-dates';
import dayNames from './day-names';

export type EntryKind =
	| 'month'
	| 'weekday'
	| 'ordinal'
	| 'cardinal'
	| 'era'
	| 'rel'
	| 'deictic'
	| 'anchored'
	| 'unit'
	| 'relunit'
	| 'ago'
	| 'season'
	| 'cue'
	| 'decade'
	| 'of'
	| 'equals'
	| 'range'
	| 'between'
	| 'from'
	| 'and'
	| 'prep'
	| 'block'
	| 'count'
	| 'about'
	| 'holiday'
	| 'agency'
	| 'tense'
	| 'yearlead'
	| 'numbered'
	| 'named'
	| 'place'
	| 'title'
	| 'suchas'
	| 'places'
	| 'nameafter'
	| 'listend'
	| 'stance'
	| 'moon'
	| 'partisan'
	| 'except';

/** One meaning of a phrase. */
export interface Entry {
	kind: EntryKind;
	/**
	 * Month/weekday/ordinal/cardinal/deictic/decade number, the count of a dual unit (else 1), or a
	 * holiday's month × 100 + day.
	 */
	n: number;
	/** Sub-value: calendar of a month, era or holiday, rel direction, unit, season, cue. */
	tag: string;
	/** Also an everyday word: a date part only in a supporting context. */
	weak: boolean;
	/** For solar months: the spelling carried the word ماه ("دی‌ماه"), which makes it unambiguous. */
	withMonthWord?: boolean;
	/** Weak, but a preposition before it is support enough (`word?` in the data: Arabic مارس "he practised"). */
	prepOk?: boolean;
	/** Only in texts of this language (a spelling written `word@fa` in the data). */
	lang?: string;
}

/** Phrase table: key = folded tokens joined by one space. */
export interface Lexicon {
	phrases: Map<string, Entry[]>;
	/** Longest phrase (in tokens) starting with a given token text. */
	maxLen: Map<string, number>;
	/** Every key made of a phrase's first tokens, two or more but not all of them ("the day before"). */
	prefixes: Set<string>;
	/**
	 * Per language, hashes (hashRange) of the words that anchor a date: month and weekday names,
	 * today/yesterday, units, seasons, decades. Cue, relative, count and "ago" words only come
	 * next to an anchor, so a scan needs to look closer only around anchors and numbers.
	 */
	anchorHashes: Record<'ar' | 'fa' | 'en', Set<number>>;
	/**
	 * Hashes of anchor words that anchor only when capitalised: English month and weekday names,
	 * which the parsers read only with a capital ("may" and "march" are verbs, "sun" a star).
	 */
	capsOnlyAnchors: Set<number>;
	/**
	 * Word lists the parsers compare with one token as written, by `kind value` of their line in
	 * words.ts (`glued`, `inyear`, `habit plural`…): not phrases, so never a match of their own.
	 */
	lists: Map<string, ReadonlySet<string>>;
	/**
	 * Days that name a camp or an event (day-names.ts), by the lexicon key of their spelling ("دوم
	 * خرداد"): the real day they stand for, as a `named` entry's tag ("CALENDAR EARLIEST LATEST").
	 */
	dayNames: Map<string, Entry>;
}

/** The kinds of words.ts lines that are word lists (`Lexicon.lists`), not phrases. */
const LIST_KINDS = new Set([
	'glued',
	'inyear',
	'clock',
	'habit',
	'age',
	'coincide',
	'degrees',
	'monthlead',
	'third',
	'dayprep',
	'bc',
	'earlyera',
	'clocknoun',
	'daypart',
	'suffix',
	'demonstrative',
	'definite',
	'adverb',
	'dayevent',
	'agokeep',
	'agoevent',
	'shift',
	'months',
	'say',
	'duration',
	'beyond',
	'dateword',
	'nominal',
	'vague',
	'since',
	'until',
	'birth',
	'same',
	'amount',
	'or',
	'rate',
	'dated'
]);

/** Common English words that begin date phrases: a phrase is not anchored on them (see getLexicon). */
const COMMON = new Set([
	'the',
	'a',
	'an',
	'at',
	'over',
	'during',
	'this',
	'last',
	'next',
	'first',
	'second',
	'third',
	'fourth',
	'final',
	'of',
	'in',
	'on',
	'by',
	'for',
	'from',
	'to',
	// "New Year's Eve": anchored on "year", not on every "new"
	'new'
]);

/**
 * How many tokens a phrase's anchor word may lie after the phrase's first word: the date finder
 * looks at least this far back from an anchor (its BACK).
 */
export const ANCHOR_REACH = 3;

function keyOf(spelling: string): { key: string; len: number } {
	const toks = tokenize(fold(spelling)).filter((t) => t.kind !== 'nl');
	return { key: toks.map((t) => t.text).join(' '), len: toks.length };
}

function add(lex: Lexicon, spelling: string, entry: Entry): void {
	const { key, len } = keyOf(spelling);
	if (!key) return;
	const list = lex.phrases.get(key);
	if (list) {
		// the same meaning twice is kept once, unless it differs in doubt or language (Arabic جمعة* and
		// Persian جمعه fold to one key)
		const same = (e: Entry): boolean =>
			e.kind === entry.kind &&
			e.n === entry.n &&
			e.tag === entry.tag &&
			(e.weak === entry.weak || e.lang === entry.lang);
		if (!list.some(same)) list.push(entry);
	} else lex.phrases.set(key, [entry]);
	const parts = key.split(' ');
	const first = parts[0];
	if ((lex.maxLen.get(first) ?? 0) < len) lex.maxLen.set(first, len);
	for (let k = 2; k < parts.length; k++) lex.prefixes.add(parts.slice(0, k).join(' '));
}

interface Spelling {
	s: string;
	weak: boolean;
	lang?: string;
	prepOk?: boolean;
}

/** `word`, `word*` (weak), `word@fa` (only in Persian texts), `word*@fa`. */
function parseSpelling(raw: string): Spelling {
	let s = raw;
	let lang: string | undefined;
	const at = s.lastIndexOf('@');
	if (at > 0) {
		lang = s.slice(at + 1).trim();
		s = s.slice(0, at).trim();
	}
	const prepOk = s.endsWith('?');
	const weak = prepOk || s.endsWith('*');
	if (weak) s = s.slice(0, -1).trim();
	return { s, weak, ...(lang ? { lang } : {}), ...(prepOk ? { prepOk } : {}) };
}

/** Parse `value: a | b*` lines. */
function lines(data: string): { head: string; spellings: Spelling[] }[] {
	const out: { head: string; spellings: Spelling[] }[] = [];
	for (const raw of data.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const colon = line.indexOf(':');
		// the head never contains ':' except in `unit day:2` style values, so split at ': '
		const sep = line.indexOf(': ');
		const at = sep >= 0 ? sep : colon;
		const head = line.slice(0, at).trim();
		const spellings = line
			.slice(at + 1)
			.split('|')
			.map((s) => s.trim())
			.filter(Boolean)
			.map(parseSpelling);
		out.push({ head, spellings });
	}
	return out;
}

function addMonths(lex: Lexicon, data: string, cal: CalendarId, solar: boolean): void {
	for (const { head, spellings } of lines(data)) {
		const n = Number(head);
		for (const { s, weak, lang, prepOk } of spellings) {
			const l = { ...(lang ? { lang } : {}), ...(prepOk ? { prepOk } : {}) };
			add(lex, s, { kind: 'month', n, tag: cal, weak, ...l });
			// Persian/Dari ezafe: "جوزای ۱۳۹۶", "سنبله‌ی", "ژانویه‌ی ۲۰۲۰"
			if (/[\u0600-\u06ff]ا$/.test(s)) add(lex, s + 'ی', { kind: 'month', n, tag: cal, weak, ...l });
			if (cal !== 'islamic-umalqura') addEzafe(lex, s, { kind: 'month', n, tag: cal, weak, ...l });
			// a multi-word name also appears glued ("ربیع‌الاول" scraped as "ربیعالاول")
			if (s.includes(' ') || s.includes('\u200c'))
				add(lex, s.replace(/[ \u200c]/g, ''), { kind: 'month', n, tag: cal, weak, ...l });
			if (solar) {
				// Persian writes "دی‌ماه", "دی ماه" or, with the half-space lost, "دیماه"
				add(lex, s + 'ماه', { kind: 'month', n, tag: cal, weak: false, withMonthWord: true, ...l });
			}
		}
	}
}

/** Kinds of word that take the Persian ezafe (هفته‌ی گذشته, سه‌شنبه‌ی آینده, دهه‌ی ۶۰). */
const EZAFE_KINDS = new Set<EntryKind>(['weekday', 'unit', 'cue', 'relunit', 'month']);

/**
 * Persian writes the ezafe after a final ه as ‌ی (or a glued ی when the half-space is lost):
 * "هفته‌ی گذشته" is "هفته گذشته". Derived here so the data files keep one spelling per word.
 */
function addEzafe(lex: Lexicon, s: string, entry: Entry): void {
	if (!EZAFE_KINDS.has(entry.kind) || !/[\u0600-\u06ff]ه$/.test(s)) return;
	add(lex, s + '\u200cی', entry);
	add(lex, s.replace(/\u200c/g, '') + 'ی', entry);
}

function addSimple(lex: Lexicon, data: string, kind: EntryKind): void {
	for (const { head, spellings } of lines(data)) {
		const n = Number(head);
		for (const { s, weak, lang } of spellings) {
			const l = lang ? { lang } : {};
			add(lex, s, { kind, n, tag: '', weak, ...l });
			addEzafe(lex, s, { kind, n, tag: '', weak, ...l });
			if (s.includes('\u200c') || (kind === 'ordinal' && s.includes(' ')))
				add(lex, s.replace(/[ \u200c]/g, ''), { kind, n, tag: '', weak, ...l });
		}
	}
}

/**
 * The Persian word for "day" glued to the weekday or the "past"/"this" after it, as pages that lost
 * the space write it («روزپنجشنبه», «روزسه شنبه», «روزگذشته»): the words.ts list `glued day` holds
 * that word; each weekday spelling in Persian or Arabic script (not one with the article «ال») and
 * each phrase that starts with the word and a space (deictic, anchored) is added glued, with its meaning.
 */
function addGluedDay(lex: Lexicon, weekdayData: string, wordData: string): void {
	const days = [...(lex.lists.get('glued day') ?? [])];
	for (const day of days) {
		for (const { head, spellings } of lines(weekdayData)) {
			for (const { s, weak, lang } of spellings) {
				if (/^[a-z]/.test(s) || s.startsWith('ال')) continue;
				add(lex, day + s, { kind: 'weekday', n: Number(head), tag: '', weak, ...(lang ? { lang } : {}) });
			}
		}
		for (const { head, spellings } of lines(wordData)) {
			const [kind, value = ''] = head.split(/\s+/);
			if (kind !== 'deictic' && kind !== 'anchored') continue;
			for (const { s, weak, lang } of spellings) {
				if (!s.startsWith(day + ' ')) continue;
				add(lex, day + s.slice(day.length + 1), {
					kind: kind as EntryKind,
					n: Number(value),
					tag: '',
					weak,
					...(lang ? { lang } : {})
				});
			}
		}
	}
}

function addWords(lex: Lexicon, data: string): void {
	// the future prefix glued to an Arabic imperfect (tense.ts `futureprefix`: «سـ»)
	const futurePrefixes = lines(data)
		.filter((l) => l.head === 'tense futureprefix')
		.flatMap((l) => l.spellings.map((x) => x.s));
	// the word of possibility before an Arabic imperfect (tense.ts `mayword`: «قد»)
	const mayWords = lines(data)
		.filter((l) => l.head === 'tense mayword')
		.flatMap((l) => l.spellings.map((x) => x.s));
	for (const { head, spellings } of lines(data)) {
		if (head === 'tense futureprefix' || head === 'tense mayword') continue;
		const [kind, value = ''] = head.split(/\s+/) as [EntryKind, string?];
		if (LIST_KINDS.has(kind)) {
			const name = value && value !== '-' ? `${kind} ${value}` : kind;
			const list = new Set(lex.lists.get(name));
			for (const { s } of spellings) list.add(s);
			lex.lists.set(name, list);
			continue;
		}
		let tag = value;
		let n = 1;
		if (kind === 'deictic' || kind === 'anchored' || kind === 'decade') {
			n = Number(value);
			tag = '';
		} else if (kind === 'unit' || kind === 'relunit') {
			const [u, c] = value.split(':');
			tag = u;
			n = c === undefined ? (kind === 'unit' ? 1 : 0) : Number(c);
		}
		for (const { s, weak, lang } of spellings) {
			if (kind === 'tense' && (tag === 'sa' || tag === 'sched')) {
				// an Arabic imperfect verb stands for its future form with سـ glued («يعقد» → «سيعقد»);
				// one of a scheduled happening is future on its own too («وتختتم الجولة يوم السبت»)
				for (const pre of futurePrefixes) add(lex, pre + s, { kind, n, tag: 'future', weak, lang: 'ar' });
				for (const may of mayWords) add(lex, may + ' ' + s, { kind, n, tag: 'future', weak, lang: 'ar' });
				if (tag === 'sched') add(lex, s, { kind, n, tag: 'future', weak, lang: 'ar' });
				continue;
			}
			add(lex, s, { kind, n, tag, weak, ...(lang ? { lang } : {}) });
			addEzafe(lex, s, { kind, n, tag, weak, ...(lang ? { lang } : {}) });
			if (s.includes('\u200c'))
				add(lex, s.replace(/\u200c/g, ''), { kind, n, tag, weak, ...(lang ? { lang } : {}) });
		}
	}
}

/** `CALENDAR M/D: spelling | …` lines (holidays.ts). */
function addHolidays(lex: Lexicon, data: string): void {
	for (const { head, spellings } of lines(data)) {
		const [cal, md] = head.split(/\s+/);
		const [m, d] = md.split('/').map(Number);
		for (const { s, weak, lang } of spellings) {
			const e: Entry = { kind: 'holiday', n: m * 100 + d, tag: cal, weak, ...(lang ? { lang } : {}) };
			add(lex, s, e);
			if (s.includes('\u200c')) add(lex, s.replace(/\u200c/g, ''), e);
		}
	}
}

/**
 * `VALUE CALENDAR | spelling | source` lines (named-dates.ts): each spelling is a `named` entry whose
 * tag is "CALENDAR EARLIEST LATEST".
 */
function addNamed(lex: Lexicon, data: string): void {
	for (const { s, entry } of namedLines(data)) add(lex, s, entry);
}

/** The `VALUE CALENDAR | spelling | source` lines of named-dates.ts and day-names.ts, as `named` entries. */
function namedLines(data: string): { s: string; entry: Entry }[] {
	const out: { s: string; entry: Entry }[] = [];
	for (const raw of data.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const [head, spelling] = line.split('|').map((x) => x.trim());
		const [value, cal] = head.split(/\s+/);
		const [a, b = a] = value.split('/');
		const { s, lang } = parseSpelling(spelling);
		out.push({
			s,
			entry: { kind: 'named', n: 1, tag: `${cal} ${a} ${b}`, weak: false, ...(lang ? { lang } : {}) }
		});
	}
	return out;
}

/**
 * day-names.ts: each day by its key in `Lexicon.dayNames`, and after each word of the `dayevent` list
 * a named date of its own («حماسه دوم خرداد»): the event said with its day is that day.
 */
function addDayNames(lex: Lexicon, data: string): void {
	const events = lex.lists.get('dayevent') ?? new Set<string>();
	for (const { s, entry } of namedLines(data)) {
		lex.dayNames.set(keyOf(s).key, entry);
		for (const w of events) add(lex, `${w} ${s}`, entry);
	}
}

/** One spelling a line, `#` lines are comments (agencies.ts): each spelling is one entry of `kind`. */
function addList(lex: Lexicon, data: string, kind: EntryKind): void {
	for (const raw of data.split('\n')) {
		const s = raw.trim();
		if (s && !s.startsWith('#')) add(lex, s, { kind, n: 1, tag: '', weak: false });
	}
}

let cached: Lexicon | null = null;

/**
 * The lexicon, built on first use (a few milliseconds) and shared afterwards.
 * @example getLexicon().phrases.get('دي ماه') // [{kind: 'month', n: 10, tag: 'persian', …}]
 */
export function getLexicon(): Lexicon {
	if (cached) return cached;
	const lex: Lexicon = {
		phrases: new Map(),
		maxLen: new Map(),
		prefixes: new Set(),
		anchorHashes: { ar: new Set(), fa: new Set(), en: new Set() },
		capsOnlyAnchors: new Set(),
		lists: new Map(),
		dayNames: new Map()
	};
	addMonths(lex, gregorianMonths, 'gregorian', false);
	addMonths(lex, solarMonths, 'persian', true);
	addMonths(lex, hijriMonths, 'islamic-umalqura', false);
	addSimple(lex, weekdays, 'weekday');
	addSimple(lex, ordinals, 'ordinal');
	addSimple(lex, cardinals, 'cardinal');
	addWords(lex, words);
	addGluedDay(lex, weekdays, words);
	addHolidays(lex, holidays);
	addList(lex, agencies, 'agency');
	addWords(lex, tense);
	addNamed(lex, namedDates);
	addDayNames(lex, dayNames);
	const anchors = new Set<EntryKind>([
		'month',
		'weekday',
		'deictic',
		'unit',
		'relunit',
		'season',
		'decade',
		'holiday',
		'named'
	]);
	// which words of each language need the caps they are written with to be an anchor (see
	// `capsOnlyAnchors`): true while every anchor meaning of the word is an English month or weekday
	const capsOnly = new Map<number, boolean>();
	for (const [key, entries] of lex.phrases) {
		const toks = key.split(' ');
		// A phrase is anchored on its first word, unless that is a common English word ("the", "at",
		// "third"): then on its longest word among the next ANCHOR_REACH ("weekend" in "over the
		// weekend", "quarter" in "third quarter", "yesterday" in "the day before yesterday"), so that
		// those words start no window of their own; the window reaches back to the phrase's first word.
		let word = toks[0];
		if (COMMON.has(word) && toks.length > 1) {
			word = toks[1];
			for (let k = 2; k <= ANCHOR_REACH && k < toks.length; k++)
				if (toks[k].length > word.length) word = toks[k];
		}
		const h = hashRange(word, 0, word.length);
		for (const e of entries) {
			// cues anchor too: "the first half of the year" reaches further back than "year" does, and a
			// quarter ("third quarter", «الربع الثالث») is a date on its own
			if (!anchors.has(e.kind) && e.kind !== 'cue') continue;
			for (const lang of ['ar', 'fa', 'en'] as const)
				if (!e.lang || e.lang === lang) lex.anchorHashes[lang].add(h);
			const caps = toks.length === 1 && /^[a-z]+$/.test(word) && (e.kind === 'month' || e.kind === 'weekday');
			capsOnly.set(h, (capsOnly.get(h) ?? true) && caps);
		}
	}
	for (const [h, only] of capsOnly) if (only) lex.capsOnlyAnchors.add(h);
	cached = lex;
	return lex;
}
