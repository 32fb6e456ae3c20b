/**
 * Dates that are part of a name, recognised after the parsers have read them (a refiner, as chrono
 * calls it): the parsers look a few tokens around a date, while a title's quote or a list's plural
 * noun can lie further back. Only relative mentions are dropped (no year said: a day, month,
 * weekday or "today" counted from the publication date); a date with its year stays a date even
 * inside a name, since it still names a real time («کتاب «ایران در ۱۳۵۷»»). What counts as a title
 * noun, a list of places or a name noun is data (lexicon/words.ts: `title`, `suchas`, `places`,
 * `listend`, `nameafter`, `suffix`).
 */
import { filterOf, fold, foldCode, hashRange, mayHold, tokenize, type Token } from '../text';
import { getLexicon, type EntryKind, type Lexicon } from '../lexicon';
import type { TimeMention } from './mention';

/** Characters looked at before and after a mention: more than the longest title or list we read. */
const LOOK_BACK = 160;
const LOOK_AHEAD = 100;
/** Tokens walked back to a title's opening quote or a list's plural noun, and on to a closing quote. */
const REACH = 12;
/** Longest phrase (in tokens) of the kinds looked up here ("هفته نامه", "از جمله"). */
const MAX_PHRASE = 3;

/** Punctuation that ends a sentence or a clause: no title or list reaches across it. */
const STOPS = '.!?؟;؛:';

/** True when the code unit c is one of `STOPS` (compared, not searched: this runs per character). */
function isStopCode(c: number): boolean {
	return c === 46 || c === 33 || c === 63 || c === 0x61f || c === 59 || c === 0x61b || c === 58;
}

/**
 * The mentions that are not part of a name. `lang` is the text's language.
 * @example dropNamed('برنامه «عصر امروز» پخش شد', mentions, 'fa') // without «امروز»
 */
export function dropNamed(text: string, mentions: TimeMention[], lang: 'ar' | 'fa' | 'en'): TimeMention[] {
	let out: TimeMention[] | null = null;
	for (let k = 0; k < mentions.length; k++) {
		const m = mentions[k];
		const named = m.relative && !m.invalid && partOfName(text, m, lang);
		if (named && !out) out = mentions.slice(0, k);
		else if (!named && out) out.push(m);
	}
	return out ?? mentions;
}

/** True when the relative mention `m` lies in a quoted title, a list of places or before an English name noun. */
function partOfName(text: string, m: TimeMention, lang: 'ar' | 'fa' | 'en'): boolean {
	if (lang === 'en' && seasonInName(text, m)) return true;
	const back = text.slice(Math.max(0, m.start - LOOK_BACK), m.start);
	// Most mentions stand in none of these: read the words around one only where a quote before it,
	// an English capital after it, or the word right before it (a comma or "and" of a list, a plural
	// place noun, "such as") makes a name possible. Tokenizing every mention's surroundings costs a
	// fifth of the finder's time on English news.
	const quoted = QUOTES.test(back);
	const capital = lang === 'en' && /^\s+[A-Z]/.test(text.slice(m.end, m.end + 8));
	const last = lastWord(back);
	const cue = cueWords();
	const cued = cue.suchAs.has(last) || cue.list.has(last);
	if (!quoted && !capital && !cued) return false;
	// A quote with a sentence end between it and the mention, or no quote between the mention and the
	// next sentence end, makes no title around it (`inTitle`): then, as without a quote, only the word
	// right before the mention (a cue word, or a plural or ezafe ending after one) or an English
	// capital after it could make it part of a name
	if (quoted && !cued && last !== '' && !suffix(last) && !hasSurrogate(back)) {
		const ahead = text.slice(m.end, m.end + LOOK_AHEAD);
		if (
			(noQuoteInClause(back, true) || noQuoteInClause(ahead, false)) &&
			(lang !== 'en' || !CAPITAL_AFTER.test(text.slice(m.end, m.end + 40)))
		)
			return false;
	}
	// the words after are read only by the tests that need them (a title's closing quote, a name noun)
	const after: After = { text, end: m.end, toks: null };
	// Most decisions read a dozen words back, a few up to twenty: first the words of the look-back's
	// tail, and all of them only when a decision reached the tail's guard (`wordsOfTail`)
	const tail = wordsOfTail(back);
	if (tail) {
		reachedGuard = false;
		const named = nameAround(m, tail, after, lang);
		if (!reachedGuard) return named;
	}
	return nameAround(m, words(back), after, lang);
}

function nameAround(m: TimeMention, before: Token[], after: After, lang: 'ar' | 'fa' | 'en'): boolean {
	return (
		inTitle(before, after, lang) ||
		inPlaceList(m, before, lang) ||
		beforeNameNoun(after.text, m.end, before, after, lang)
	);
}

/** Spaces in a look-back's tail: the dozen words most decisions read (a title's quote, a list's noun). */
const TAIL_WORDS = 12;
/** Guard tokens put before a tail's words: reading one means the decision reached beyond the tail. */
const GUARDS = 4;

/** Set when a guard token was read (`wordsOfTail`). */
let reachedGuard = false;

/**
 * A token that stands for the words cut off before a look-back's tail: reading its kind or text sets
 * `reachedGuard`. Its values (a mark that is no stop, quote or comma, no lexicon key) make a decision
 * go on as over an unknown word, and a decision that read one is made again over every word.
 */
const GUARD: Token = {
	get kind(): Token['kind'] {
		reachedGuard = true;
		return 'punct';
	},
	get text(): string {
		reachedGuard = true;
		return '\u0000';
	},
	start: 0,
	end: 0,
	space: false,
	value: NaN
};

/**
 * The words of `back` after its last `TAIL_WORDS` spaces, after `GUARDS` guard tokens; null when it
 * has no more spaces than that (then all its words are read). Tokens never span a space and folding
 * keeps one, so the tail's words are the last words of the whole look-back.
 */
function wordsOfTail(back: string): Token[] | null {
	let spaces = 0;
	let cut = back.length;
	while (cut > 0 && spaces < TAIL_WORDS) if (back.charCodeAt(--cut) === 32) spaces++;
	if (spaces < TAIL_WORDS || cut === 0) return null;
	const toks = words(back.slice(cut + 1));
	const out: Token[] = new Array(GUARDS + toks.length);
	for (let k = 0; k < GUARDS; k++) out[k] = GUARD;
	for (let k = 0; k < toks.length; k++) out[GUARDS + k] = toks[k];
	return out;
}

/**
 * An English season written with a capital inside a sentence, a capitalised word right after it:
 * the first word of a place's or an event's name ("in Winter Park", "Spring Valley"), no season.
 * Only Latin script writes capitals, so only English text has this clue; a season opening a sentence
 * ("Winter came early") or in lower case ("in winter Park officials") is still a season.
 */
function seasonInName(text: string, m: TimeMention): boolean {
	if (m.precision !== 'season' || !SEASON_WORD.test(m.text)) return false;
	if (!NAME_AFTER.test(text.slice(m.end, m.end + 3))) return false;
	// inside a sentence: a lower-case word or a comma before it, on its line
	return WORD_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/** One capitalised word (a season said alone, "Winter"). */
const SEASON_WORD = /^[A-Z][a-z]+$/;
/** A space and a capitalised word. */
const NAME_AFTER = /^ [A-Z][a-z]/;
/** A lower-case letter or a comma, then one space. */
const WORD_BEFORE = /[a-z,] $/;

/** The words after a mention, tokenized on first use. */
interface After {
	text: string;
	end: number;
	toks: Token[] | null;
}

function afterWords(a: After): Token[] {
	a.toks ??= words(a.text.slice(a.end, a.end + LOOK_AHEAD));
	return a.toks;
}

/** Quotation marks of the three languages (folded to '"' in tokens). */
const QUOTES = /["«»“”„]/;

/** White space and a capital after a mention: the first name word `beforeNameNoun` needs. */
const CAPITAL_AFTER = /^\s+[A-Z]/;

/**
 * True when the tokens of `s` hold no quotation mark before its first sentence end (a `STOPS`
 * mark), read from its end backwards (`backwards`, a mention's look-back: no quote opens a title
 * before the mention) or from its start (its look-ahead: none closes one after it). False when a
 * quote comes first, and when `s` holds a surrogate (the tokenizer keeps a pair's halves together,
 * so a mark after one might be no token of its own).
 */
function noQuoteInClause(s: string, backwards: boolean): boolean {
	if (hasSurrogate(s)) return false;
	for (let k = 0; k < s.length; k++) {
		const f = foldCode(s.charCodeAt(backwards ? s.length - 1 - k : k));
		if (f === 0x22) return false; // "
		if (isStopCode(f)) return true;
	}
	return true;
}

function hasSurrogate(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) return true;
	}
	return false;
}

/** A Persian plural or ezafe ending written apart («ها», «ی»): what `kindBefore` steps over. */
function suffix(word: string): boolean {
	return has('suffix plural', word) || has('suffix ezafe', word);
}

/**
 * The last word of `s`, folded ("," for a trailing comma), '' when none: the run of characters
 * after the last white space or mark of `ENDS_WORD` (none of which may end `s`, white space aside).
 * Read backwards from the end, so that a mention's look-back costs its last word, not its length.
 */
function lastWord(s: string): string {
	let e = s.length;
	while (e > 0 && isWhite(s.charCodeAt(e - 1))) e--;
	if (e === 0) return '';
	const c = s.charCodeAt(e - 1);
	if (c === 0x2c || c === 0x60c) return ','; // , ،
	let b = e;
	while (b > 0 && !isWhite(s.charCodeAt(b - 1)) && !ENDS_WORD.includes(s[b - 1])) b--;
	if (b === e) return '';
	const toks = words(s.slice(b, e));
	return toks.length ? toks[toks.length - 1].text : '';
}

/** Marks that end a word for `lastWord`, beside white space: commas, colons, semicolons, quotes. */
const ENDS_WORD = ',،:;«»"“”';

/** White space as `\s` and `trimEnd` know it (Unicode White_Space and line terminators, BOM). */
function isWhite(c: number): boolean {
	return (
		c === 0x20 ||
		(c >= 0x9 && c <= 0xd) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

let cues: { suchAs: Set<string>; list: Set<string> } | null = null;

/**
 * Last words of the phrases a name can end on right before a date: "such as" words (`suchAs`), and
 * a list's comma, "and" or plural place noun (`list`). Built once from the lexicon.
 */
function cueWords(): { suchAs: Set<string>; list: Set<string> } {
	if (cues) return cues;
	const c = { suchAs: new Set<string>(), list: new Set<string>([',']) };
	for (const [key, entries] of getLexicon().phrases) {
		const tail = key.slice(key.lastIndexOf(' ') + 1);
		if (entries.some((e) => e.kind === 'suchas')) c.suchAs.add(tail);
		if (entries.some((e) => e.kind === 'places' || e.kind === 'and')) c.list.add(tail);
	}
	cues = c;
	return c;
}

function words(s: string): Token[] {
	return tokenize(fold(s));
}

function isStop(t: Token): boolean {
	return t.kind === 'nl' || (t.kind === 'punct' && STOPS.includes(t.text));
}

const isQuote = (t: Token) => t.kind === 'punct' && t.text === '"';
const isComma = (t: Token) => t.kind === 'punct' && t.text === ',';

/**
 * Start index of a phrase of `kind` ending right before token `end`, or -1. A Persian plural or
 * ezafe ending written apart may follow the phrase («برنامه‌های», «برنامه‌ی»).
 */
function kindBefore(toks: Token[], end: number, kind: EntryKind, lang: string): number {
	const last = toks[end - 1];
	if (
		last &&
		last.kind === 'word' &&
		end >= 2 &&
		(has('suffix plural', last.text) || has('suffix ezafe', last.text))
	) {
		const s = phraseEndingAt(toks, end - 1, kind, lang);
		if (s >= 0) return s;
	}
	return phraseEndingAt(toks, end, kind, lang);
}

/** Start index of a phrase of `kind` made of the tokens right before `end`, or -1. */
function phraseEndingAt(toks: Token[], end: number, kind: EntryKind, lang: string): number {
	const filter = kindFilter(kind);
	for (let n = Math.min(MAX_PHRASE, end); n >= 1; n--)
		if (mayBeKey(filter, toks, end - n, end) && isKind(keyOf(toks, end - n, end), kind, lang)) return end - n;
	return -1;
}

/** Per kind, the quick-reject bits (text/scan.ts `filterOf`) of the keys that have an entry of it. */
let kindFilters: { lex: Lexicon; byKind: Map<EntryKind, Uint32Array> } | null = null;

/**
 * The filter of the lexicon's keys with an entry of `kind` (of any language): a key whose bit is
 * clear is none of them, and `isKind` would say false. Most keys tried here are no phrase of the
 * kind, and each cost a string built to be looked up.
 */
function kindFilter(kind: EntryKind): Uint32Array {
	const lex = getLexicon();
	if (kindFilters?.lex !== lex) kindFilters = { lex, byKind: new Map() };
	let f = kindFilters.byKind.get(kind);
	if (!f) {
		const hashes = new Set<number>();
		for (const [key, entries] of lex.phrases)
			if (entries.some((e) => e.kind === kind)) hashes.add(hashRange(key, 0, key.length));
		f = filterOf(hashes);
		kindFilters.byKind.set(kind, f);
	}
	return f;
}

/**
 * False when `keyOf(toks, from, to)` is no key in `filter`: its hash (hashRange) made from the
 * tokens' texts as keyOf joins them, without joining them. Reads the same tokens' texts as keyOf
 * (a guard token's text says it was reached).
 */
function mayBeKey(filter: Uint32Array, toks: Token[], from: number, to: number): boolean {
	let h = 0x811c9dc5;
	for (let i = from; i < to; i++) {
		if (i > from) h = Math.imul(h ^ 32, 0x01000193);
		const w = toks[i].text;
		for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
	}
	return mayHold(filter, h);
}

/** The lexicon key of tokens [from, to): their texts joined by spaces. */
function keyOf(toks: Token[], from: number, to: number): string {
	let key = toks[from].text;
	for (let i = from + 1; i < to; i++) key += ' ' + toks[i].text;
	return key;
}

/** True when the lexicon has the phrase `key` as a `kind` of `lang` (or of every language). */
function isKind(key: string, kind: EntryKind, lang: string): boolean {
	const entries = getLexicon().phrases.get(key);
	if (entries) for (const x of entries) if (x.kind === kind && (!x.lang || x.lang === lang)) return true;
	return false;
}

const foldedLists = new Map<string, ReadonlySet<string>>();

/** Membership of a folded token in a word list of the lexicon (its lists keep the data's spelling). */
function has(name: string, folded: string): boolean {
	let list = foldedLists.get(name);
	if (!list) {
		list = new Set([...(getLexicon().lists.get(name) ?? [])].map((w) => fold(w)));
		foldedLists.set(name, list);
	}
	return list.has(folded);
}

/** True when a phrase of `kind` starts at token `at`. */
function kindAt(toks: Token[], at: number, kind: EntryKind, lang: string): boolean {
	const filter = kindFilter(kind);
	for (let n = Math.min(MAX_PHRASE, toks.length - at); n >= 1; n--)
		if (mayBeKey(filter, toks, at, at + n) && isKind(keyOf(toks, at, at + n), kind, lang)) return true;
	return false;
}

/**
 * A title noun ends right before token `end`, "such as" and a comma or colon allowed between
 * («ترانه‌هایی چون ،», "songs such as").
 */
function titleBefore(toks: Token[], end: number, lang: string, needSuchAs: boolean): boolean {
	let e = end;
	while (e > 0 && isComma(toks[e - 1])) e--;
	const s = kindBefore(toks, e, 'suchas', lang);
	if (s >= 0) e = s;
	else if (needSuchAs) return false;
	while (e > 0 && isComma(toks[e - 1])) e--;
	return kindBefore(toks, e, 'title', lang) >= 0;
}

/**
 * In a title: inside quotes opened right after a title noun («برنامه «عصر امروز»», 'the film
 * "Tomorrow Never Dies"') or closed right before one ('NBC's "Today" show'), or right after a title
 * noun and "such as" ("songs such as Yesterday", «ترانه‌هایی چون ، امشب …»). Quotes that follow
 * "said" are speech, and a date in speech is a date.
 */
function inTitle(before: Token[], around: After, lang: string): boolean {
	let open = -1;
	for (let i = before.length - 1; i >= 0 && i >= before.length - REACH; i--) {
		if (isStop(before[i])) break;
		if (isQuote(before[i])) {
			open = i;
			break;
		}
	}
	if (open < 0) return titleBefore(before, before.length, lang, true);
	const after = afterWords(around);
	let close = -1;
	for (let i = 0; i < after.length && i < REACH; i++) {
		if (isStop(after[i])) break;
		if (isQuote(after[i])) {
			close = i;
			break;
		}
	}
	if (close < 0) return false;
	return titleBefore(before, open, lang, false) || kindAt(after, close + 1, 'title', lang);
}

/**
 * In a list of places named by a plural noun before it: «خیابان‌های زمزم ، دهم فروردین», «شوارع
 * الحمراء و26 يوليو». The date opens the list or follows a comma or "and"; the list is walked back
 * to the noun over names, commas and "and", never across a clause's end or a preposition. Only a
 * day of a month names a street: "today" or a weekday after «خیابان‌های شهر ،» is a date.
 */
function inPlaceList(m: TimeMention, before: Token[], lang: string): boolean {
	if (!namesDay(m, lang)) return false;
	const n = before.length;
	if (kindBefore(before, n, 'places', lang) >= 0) return true;
	const last = before[n - 1];
	if (!last || !(isComma(last) || kindAt(before, n - 1, 'and', lang))) return false;
	const lex = getLexicon();
	for (let i = n - 1; i >= 1 && i >= n - REACH; i--) {
		const t = before[i - 1];
		if (isStop(t) || isQuote(t)) return false;
		const e = lex.phrases.get(t.text);
		// "و" and "and" are prepositions too (of a year: «و 2014»), here they join names
		if (
			e?.some((x) => x.kind === 'prep' || x.kind === 'tense' || x.kind === 'listend') &&
			!e.some((x) => x.kind === 'and')
		)
			return false;
		if (kindBefore(before, i, 'places', lang) >= 0) return true;
	}
	return false;
}

/** `namesDay` of a mention's text in a language: mentions' texts repeat («اليوم», "Monday"). */
const namesDayOf = new Map<string, boolean>();

/** The mention names a month (a day of it, as street names do) and no weekday or "today". */
function namesDay(m: TimeMention, lang: string): boolean {
	const key = lang + ' ' + m.text;
	let named = namesDayOf.get(key);
	if (named === undefined) {
		// a bounded memo: a long run of distinct texts starts it afresh
		if (namesDayOf.size >= 4096) namesDayOf.clear();
		named = namesDayIn(m.text, lang);
		namesDayOf.set(key, named);
	}
	return named;
}

function namesDayIn(text: string, lang: string): boolean {
	const toks = words(text);
	let month = false;
	for (let k = 0; k < toks.length; k++) {
		if (kindAt(toks, k, 'deictic', lang) || kindAt(toks, k, 'weekday', lang)) return false;
		month ||= kindAt(toks, k, 'month', lang);
	}
	return month;
}

/**
 * Before an English name noun with a capital, up to two other capitalised words between: "the July
 * 26 Movement", "the 6th of October Bridge", "the April 6 Youth Movement"; only after a determiner
 * or possessive.
 */
function beforeNameNoun(text: string, end: number, before: Token[], around: After, lang: string): boolean {
	if (lang !== 'en') return false;
	// a name comes after a determiner or possessive ("the", "its", "Cuba's": `of` and `yearlead` words);
	// "on July 26 Movement leaders met" is a date
	const n = before.length;
	if (!n || (kindBefore(before, n, 'of', lang) < 0 && kindBefore(before, n, 'yearlead', lang) < 0))
		return false;
	const after = afterWords(around);
	let at = end;
	for (let k = 0; k < 3 && k < after.length; k++) {
		const cap = /^\s+[A-Z][a-z]*/.exec(text.slice(at, at + 40));
		if (!cap || after[k].kind !== 'word') return false;
		if (kindAt(after, k, 'nameafter', lang)) return true;
		at += cap[0].length;
	}
	return false;
}
