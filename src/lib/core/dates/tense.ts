/**
 * The tense of the clause around a date: "will start on June 3", «سيعقد في يناير», «در فروردین اعلام
 * خواهد شد» look forward. A day, month, weekday, season or holiday said without a year resolves to
 * the earliest such one on or after the reference in a future clause, and to the latest on or before
 * it otherwise (DESIGN.md §3).
 *
 * The clause is read on the whole text's scan tokens (not the finder's window, which holds only a
 * few tokens around a date): up to `REACH` tokens each way (`REACH_FA` in Persian), stopping at a sentence end. The nearest
 * tense word decides (lexicon/tense.ts), so "He said on Monday that talks will resume in June"
 * reads Monday as past and June as future. Each scan token is looked up at most once per text.
 */
import { fold, type QuickScan } from '../text';
import { getLexicon, type Entry, type Lexicon } from '../lexicon';
import { keysOf, type KeyInfo } from './parse';
import { dateWork } from './work';

/** Tokens looked at on each side of a date; Persian puts the verb at the end of a long clause. */
const REACH = 12;
const REACH_FA = 25;
/** Words after a comma looked at for a verb of saying ("…, the PIA spokesman said"). */
const SAY_REACH = 4;

const UNKNOWN = -2;
const NONE = 0;
const FUTURE = 1;
const PAST = -1;
/** A word that makes the past participle after it no past ("will be held"). */
const PASSIVE = 2;
/** A sentence end: the clause stops there. */
const STOP = 3;
/** A word that starts another clause ("and", "but"): the scan ahead of a date stops there. */
const CLAUSE = 4;
/** "by": future right before a date ("by August"), nothing further away. */
const DEADLINE = 5;
/** "to" before a verb: a past word before it says nothing of a deadline after it. */
const INFINITIVE = 6;
/** «إن», «که»: what was said starts; the verb of saying before it is not the tense of a date after it. */
const COMPLEMENT = 7;
/** Quote marks that may close what was said before a verb of saying (", “, ”, «, »). */
const QUOTES = new Set([34, 0x201c, 0x201d, 0xab, 0xbb]);

/** A Persian present of a change («کاهش می‌یابد»): the nearer of the last such day and the next. */
const NEAR = 8;
/**
 * A future word that opens a clause of its own («، على أن تختتم يوم 2 فبراير»): future for a date
 * after it, and the end of the clause for a date before it.
 */
const FUTURE_OPEN = 9;
/** "beginning", "starting": future right before the date ("flights resume, beginning Tuesday"), nothing else. */
const ONSET = 10;
/**
 * A past verb of announcing or deciding («اعلام کرد», «أعلن», "declared"): a past, whose object may be
 * a day still to come («روز دوشنبه را اول محرم اعلام کرد»). `past` counts it; `pastEvent` does not.
 */
const DECLARE = 11;
/**
 * A present copula («است», «هو»): a day named by what it is («چهارشنبه عید قربان است», «الأحد هو المتمم
 * لشهر شعبان») is the nearer of the last such day and the next, as after `NEAR`. Persian puts it last in
 * the clause; Arabic only right after the date. (Not the English "is": "The forecast for Sunday is rain"
 * looks forward, "because Sunday is a holiday" names no particular Sunday.)
 */
const PRESENT = 12;
/**
 * A hope («ابراز امیدواری کرد», «عن أمله», "expressed hope"): future for a date after it, what is hoped;
 * a date before it is when the hope was told, so the look ahead stops there.
 */
const HOPE = 13;

// scratch space shared by the readers (a typed array made per call costs more than the work)
let scratchTags = new Int8Array(1024);
let scratchLens = new Uint8Array(1024);

/** Word lists of a lexicon as folded spellings, made once per lexicon and list. */
const foldedLists = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();

/** The lexicon's word list `name` (words.ts) as folded spellings. */
function folded(lex: Lexicon, name: string): ReadonlySet<string> {
	let lists = foldedLists.get(lex);
	if (!lists) foldedLists.set(lex, (lists = new Map()));
	let set = lists.get(name);
	if (!set) lists.set(name, (set = new Set([...(lex.lists.get(name) ?? [])].map((w) => fold(w)))));
	return set;
}

/**
 * The character of `text` at `x` in lower case, '' outside the text (`clockDot`; functions of the
 * module rather than closures made per call, which tsx wraps at a cost greater than their work).
 */
function lowerAt(text: string, x: number): string {
	return (text[x] ?? '').toLowerCase();
}

/** True when the character of `text` at `x` is white space or a digit (`clockDot`). */
function leadAt(text: string, x: number): boolean {
	return /[\s\d]/.test(text[x] ?? '');
}

/** Reads the tense around dates in one text; built once per `findDates` call. */
export class TenseReader {
	/** Tense tag of each scan token, UNKNOWN until looked up (shared scratch, see `ready`). */
	private tags = scratchTags;
	/** Length in tokens of the phrase starting at a token (multi-word tense words: "due to", «قرار است»). */
	private lens = scratchLens;
	/** The scratch arrays are cleared for this text on the first question (most texts ask none). */
	private ready = false;
	private readonly lex: Lexicon;
	/** The lexicon's keys (parse.ts `keysOf`). */
	private readonly keys: Map<string, KeyInfo>;
	/** Letters Arabic glues to the next word (words.ts `glued`). */
	private readonly glued: ReadonlySet<string>;
	/** Words of a postponement and the words that bring its new date (words.ts `shift`), folded. */
	private readonly shiftVerbs: ReadonlySet<string>;
	private readonly shiftTo: ReadonlySet<string>;
	/** Verbs of saying (words.ts `say`), folded. */
	private readonly sayVerbs: ReadonlySet<string>;

	constructor(
		private readonly text: string,
		private readonly q: QuickScan,
		private readonly lang: 'ar' | 'fa' | 'en'
	) {
		this.lex = getLexicon();
		this.keys = keysOf(this.lex);
		this.glued = this.lex.lists.get('glued') ?? new Set();
		this.shiftVerbs = folded(this.lex, 'shift verb');
		this.shiftTo = folded(this.lex, 'shift to');
		this.sayVerbs = folded(this.lex, 'say');
	}

	/**
	 * True when the span [start, end) is the new date of a postponement: right after "to", «إلى», «به»,
	 * «تا» (words.ts `shift to`), with a word of postponing in its sentence within the reach, before
	 * it or (Persian puts the verb last) after it: "adjourned the session to July 8", «تأجيل الجلسة إلى
	 * 12 مارس», «به ۲۰ حمل موکول شد». Such a date is near the reference on either side.
	 */
	shifted(start: number, end: number): boolean {
		const a = this.firstAtOrAfter(start);
		if (a === 0 || this.q.kinds[a - 1] !== 1 || !this.shiftTo.has(this.word(a - 1))) return false;
		return this.shiftVerbFrom(a - 2, -1) || this.shiftVerbFrom(this.firstAtOrAfter(end), 1);
	}

	/**
	 * True when a word of postponing stands within the reach from scan token k on, going `step` (-1
	 * back, 1 on), in the sentence; words are counted, not the quotes and brackets of a headline
	 * («تأجيل محاكمة «مرسى» … لـ6 نوفمبر»).
	 */
	private shiftVerbFrom(k: number, step: -1 | 1): boolean {
		const reach = this.lang === 'fa' ? REACH_FA : REACH;
		for (let d = 1; k >= 0 && k < this.q.n && d <= reach; k += step) {
			if (this.q.kinds[k] === 3 || this.isStop(k)) break;
			if (this.q.kinds[k] === 1 && this.has(this.shiftVerbs, this.word(k))) return true;
			if (this.q.kinds[k] !== 2) d++;
		}
		return false;
	}

	/**
	 * True when a word of the lexicon's word list `name` (words.ts) stands among the `reach` words
	 * before the text offset `at`, in its sentence: "highs … into the 40s" (`degrees`).
	 */
	listWordBefore(at: number, name: string, reach: number): boolean {
		const words = folded(this.lex, name);
		for (let k = this.firstAtOrAfter(at) - 1, d = 0; k >= 0 && d < reach; k--) {
			const kind = this.q.kinds[k];
			if (kind === 3 || this.isStop(k)) return false;
			if (kind !== 1) continue;
			d++;
			if (words.has(this.word(k))) return true;
		}
		return false;
	}

	/**
	 * True when scan token k is a comma with a verb of saying (words.ts `say`) among the few words
	 * after it: "will depart on July 24, announced the ministry", "…, the spokesman said".
	 */
	private saidAfterComma(k: number): boolean {
		const { q } = this;
		if (q.kinds[k] !== 2) return false;
		const c = this.text.charCodeAt(q.starts[k]);
		if (c !== 44 && c !== 0x60c) return false;
		// (the closing quote of what was said may stand between: '"… early August," said Musk')
		const from =
			k + 1 < q.n && q.kinds[k + 1] === 2 && QUOTES.has(this.text.charCodeAt(q.starts[k + 1]))
				? k + 2
				: k + 1;
		for (let j = from; j < q.n && j <= from + SAY_REACH - 1 && q.kinds[j] === 1; j++) {
			if (this.has(this.sayVerbs, this.word(j))) return true;
		}
		return false;
	}

	/**
	 * True when scan tokens k, k + 1 say "the first/last day(s) of" (lexicon/words.ts `nominal first`,
	 * `nominal day`: «أول أيام», «آخر يوم»), naming the day before them by what it is.
	 */
	private namesDay(k: number): boolean {
		if (k + 1 >= this.q.n || this.q.kinds[k] !== 1 || this.q.kinds[k + 1] !== 1) return false;
		return (
			folded(this.lex, 'nominal first').has(this.word(k)) &&
			folded(this.lex, 'nominal day').has(this.word(k + 1))
		);
	}

	/** True when scan token k is a closing quote mark. */
	private closingQuote(k: number): boolean {
		if (k >= this.q.n || this.q.kinds[k] !== 2) return false;
		const c = this.text.charCodeAt(this.q.starts[k]);
		return c === 34 || c === 0xbb || c === 0x201d;
	}

	private isStop(k: number): boolean {
		if (this.q.kinds[k] !== 2) return false;
		const c = this.text.charCodeAt(this.q.starts[k]);
		return c === 46 || c === 33 || c === 63 || c === 0x61f || c === 59 || c === 0x61b;
	}

	/** True when word `w` is in `words`, as it stands or with a glued letter («و», «ف», …) off. */
	private has(words: ReadonlySet<string>, w: string): boolean {
		return words.has(w) || (w.length > 3 && this.glued.has(w[0]) && words.has(w.slice(1)));
	}

	/**
	 * True when the nearest tense word around the span [start, end) of the text (UTF-16 offsets) is a
	 * future one, within its sentence.
	 */
	future(start: number, end: number): boolean {
		return this.tenseAt(start, end) === FUTURE;
	}

	/**
	 * True when the nearest tense word around the span [start, end) is a past one ("said on Sunday"),
	 * within its sentence.
	 */
	past(start: number, end: number): boolean {
		const t = this.tenseAt(start, end);
		return t === PAST || t === DECLARE;
	}

	/**
	 * True when no tense word at all stands around the span within its clause: a line of a schedule or a
	 * headline with no verb («۲۲ دی تا ۱۱ بهمن: اعلام نظر نهایی», "Dec 12 - Jan 2: final review").
	 */
	silent(start: number, end: number): boolean {
		return this.tenseAt(start, end) === NONE;
	}

	/**
	 * True when the nearest tense word around the span is a past one that tells a happening ("ruled on
	 * Oct. 2", «عقد في 11 نوفمبر», «بازگشایی شد»), not an announcement or a decision (`DECLARE`).
	 */
	pastEvent(start: number, end: number): boolean {
		return this.tenseAt(start, end) === PAST;
	}

	/**
	 * The clause's lean in one reading: 'future' as `future` says, 'near' when the nearest tense word
	 * is a Persian present of a change or a measure taking effect (lexicon/tense.ts `near`: «از اول
	 * شهریور کاهش می‌یابد», the date the nearer of its last and its next occurrence), else null.
	 */
	ahead(start: number, end: number): 'future' | 'near' | null {
		const t = this.tenseAt(start, end);
		return t === FUTURE ? 'future' : t === NEAR ? 'near' : null;
	}

	/** The nearest tense word's tense around the span: FUTURE, PAST, DECLARE, NEAR or NONE. */
	private tenseAt(start: number, end: number): number {
		const { q } = this;
		if (!this.ready) {
			// one reader at a time: finding dates is synchronous and never nested
			if (scratchTags.length < q.n) {
				scratchTags = new Int8Array(Math.max(q.n, scratchTags.length * 2));
				scratchLens = new Uint8Array(scratchTags.length);
			}
			this.tags = scratchTags;
			this.lens = scratchLens;
			this.tags.fill(UNKNOWN, 0, q.n);
			this.lens.fill(0, 0, q.n);
			this.ready = true;
		}
		// first scan token at or after start, and the first at or after end
		const a = this.firstAtOrAfter(start);
		const b = this.firstAtOrAfter(end);
		let best = NONE;
		let bestDist = Infinity;
		const reach = this.lang === 'fa' ? REACH_FA : REACH;
		// back; past a complement only a future word counts: the verb of saying before «إن», «که» is
		// not the date's tense, a future one is («من المقرر أن يصل الوزير يوم الأحد», «قرار است که»)
		let said = false;
		for (let k = a - 1, d = 1; k >= 0 && d <= reach; k--, d++) {
			let t = this.tag(k);
			if (t === STOP) break;
			// read backwards, «دستور داد», «مقرر شد», «سبق أن» meet «داد», «شد» (a past of their own), «أن»
			// (a complement) before the phrase they end
			if (t === PAST || t === COMPLEMENT) t = this.endedPhrase(k) ?? t;
			// and «كان من المقرر» meets the future «المقرر», «من المقرر» inside what was to be (NEAR)
			else if (t === FUTURE && this.insideNear(k)) t = NEAR;
			// a date after a hope is what is hoped: to come
			if (t === HOPE) t = FUTURE;
			if (t === COMPLEMENT) {
				said = true;
				continue;
			}
			if (said && t !== FUTURE && t !== FUTURE_OPEN) continue;
			if (t === ONSET) {
				if (d !== 1) continue;
				best = FUTURE;
				bestDist = d;
				break;
			}
			if (t === DEADLINE && d === 1) {
				// "by August": future, unless the clause before it is past ("had filed … by Wednesday")
				best = this.pastBefore(k) ? PAST : FUTURE;
				bestDist = d;
				break;
			}
			if (t === FUTURE || t === PAST || t === NEAR || t === FUTURE_OPEN || t === DECLARE) {
				best = t === FUTURE_OPEN ? FUTURE : t;
				bestDist = d;
				break;
			}
		}
		// ahead: a nearer word wins; at the same distance the one before the date does
		for (let k = b, d = 1; k < q.n && d < bestDist && d <= reach; d++) {
			const t = this.tag(k);
			if (t === STOP || t === CLAUSE || t === COMPLEMENT || t === HOPE) break;
			// «…، على أن تعلن النتيجة»: the future after the comma is the date's only when the clause
			// before it told no tense of its own
			if (t === FUTURE_OPEN) {
				if (best === NONE) best = FUTURE;
				break;
			}
			// "…, said the PIA spokesman": the saying after a comma is not the date's tense
			if (this.saidAfterComma(k)) break;
			if (t === FUTURE || t === PAST || t === NEAR || t === DECLARE) {
				best = t;
				break;
			}
			// «"الجمعة" أول أيام العيد»: right after the date, or after its closing quote, a phrase that
			// names it by what it is, with no tense word before the date
			if (best === NONE && (d === 1 || (d === 2 && this.closingQuote(b))) && this.namesDay(k)) {
				best = NEAR;
				break;
			}
			if (t === PRESENT && (this.lang === 'fa' || d === 1)) {
				best = NEAR;
				break;
			}
			k += Math.max(1, this.lens[k]);
		}
		return best;
	}

	/**
	 * DECLARE, FUTURE, PAST, HOPE or NEAR when scan token k is the last word of such a phrase of two or
	 * three words («اعلام کرد», «مقرر شد», «سبق أن», «قرار بود»), else null.
	 */
	private endedPhrase(k: number): number | null {
		for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
			if (this.q.kinds[j] === 3) return null;
			const t = this.tag(j);
			if ((t === DECLARE || t === FUTURE || t === PAST || t === HOPE || t === NEAR) && j + this.lens[j] > k)
				return t;
		}
		return null;
	}

	/**
	 * True when scan token k lies inside a phrase of what was to be («كان من المقرر»: lexicon/tense.ts
	 * `near`) that starts one or two tokens before it.
	 */
	private insideNear(k: number): boolean {
		for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
			if (this.q.kinds[j] === 3) return false;
			if (this.tag(j) === NEAR && j + this.lens[j] > k) return true;
		}
		return false;
	}

	/** True when a past word comes before scan token k within its clause (and REACH tokens). */
	private pastBefore(k: number): boolean {
		for (let j = k - 1, d = 1; j >= 0 && d <= REACH; j--, d++) {
			const t = this.tag(j);
			if (t === STOP || t === FUTURE || t === FUTURE_OPEN || t === HOPE || t === INFINITIVE) return false;
			if (t === PAST || t === DECLARE) return true;
		}
		return false;
	}

	private firstAtOrAfter(at: number): number {
		const s = this.q.starts;
		let lo = 0;
		let hi = this.q.n;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (s[mid] < at) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The tense tag of scan token k (looked up once). */
	private tag(k: number): number {
		let t = this.tags[k];
		if (t === UNKNOWN) {
			t = this.lookUp(k);
			this.tags[k] = t;
		}
		return t;
	}

	private word(k: number): string {
		return fold(this.text.slice(this.q.starts[k], this.q.ends[k]));
	}

	private lookUp(k: number): number {
		const { q } = this;
		dateWork.tenseLooks++;
		const kind = q.kinds[k];
		if (kind === 3) return this.wrapped(k) ? NONE : STOP;
		if (kind === 2) {
			const c = this.text.charCodeAt(q.starts[k]);
			// the point of a decimal number ("46.9 feet") ends nothing
			if (c === 46 && this.decimalPoint(k)) return NONE;
			// . ! ? ؟ ; ؛ end a sentence ("Dec." and "U.S." too, which only shortens the clause); not the
			// dots of "a.m." and "p.m." ("will be 10 a.m. Tuesday": the clock is inside the clause)
			if (c === 46 && this.clockDot(k)) return NONE;
			if (c === 46 || c === 33 || c === 63 || c === 0x61f || c === 59 || c === 0x61b) return STOP;
			// a colon after a word opens what was said («ادامه داد: این برداشت … تا اواخر مهر ادامه داشته»,
			// «وقال: …», "he said: …"): as «که», the saying before it is not the tense of a date after it
			if (c === 58 && k > 0 && q.kinds[k - 1] === 1) return COMPLEMENT;
			// only "'" starts a tense phrase ("'ll"), typeset or not ("it’ll")
			if (c !== 39 && c !== 0x2019) return NONE;
		}
		if (kind === 0) return NONE;
		const first = this.word(k);
		// Arabic glues و/ب/ل/ف to the next word ("وسيعقد")
		const tag =
			this.phrase(k, first) ??
			(first.length > 2 && this.glued.has(first[0]) ? this.phrase(k, first.slice(1)) : null);
		if (tag !== null) return tag;
		// English past tense from the ending -ed ("rolled", "arrested"); not a capitalised name
		// ("United"), and not a participle after "be" ("will be delayed")
		if (this.lang === 'en' && first.length >= 5 && first.endsWith('ed')) {
			const c = this.text.charCodeAt(q.starts[k]);
			if (c >= 97 && c <= 122 && !this.passiveBefore(k)) return PAST;
		}
		return NONE;
	}

	/**
	 * True when the line break at scan token k wraps a sentence, not ends it: English text broken
	 * inside a sentence ("is expected to pass below moderate flood stage⏎Friday at Mount Carmel", as
	 * weather bulletins are): a single break after a word in lower case (not a title's last word,
	 * "… In Evansville⏎Wednesday brought …"), before a word or a number.
	 */
	private wrapped(k: number): boolean {
		const { q } = this;
		if (this.lang !== 'en' || k === 0 || k + 1 >= q.n) return false;
		if (q.kinds[k - 1] !== 1 || (q.kinds[k + 1] !== 1 && q.kinds[k + 1] !== 0)) return false;
		const c = this.text.charCodeAt(q.starts[k - 1]);
		return c >= 97 && c <= 122;
	}

	/** True when the dot at scan token k stands between two figures, glued to both ("46.9"). */
	private decimalPoint(k: number): boolean {
		const { q } = this;
		return (
			k > 0 &&
			k + 1 < q.n &&
			q.kinds[k - 1] === 0 &&
			q.kinds[k + 1] === 0 &&
			q.ends[k - 1] === q.starts[k] &&
			q.ends[k] === q.starts[k + 1]
		);
	}

	/** True when the dot at scan token k belongs to "a.m." or "p.m." (the letter before it is a, p or m, glued). */
	private clockDot(k: number): boolean {
		const at = this.q.starts[k];
		const t = this.text;
		// the first dot ("10 a|.m.") or the second ("10 a.m|."), after a figure or a space
		const first =
			'ap'.includes(lowerAt(t, at - 1)) &&
			lowerAt(t, at - 1) !== '' &&
			leadAt(t, at - 2) &&
			lowerAt(t, at + 1) === 'm' &&
			lowerAt(t, at + 2) === '.';
		const second =
			lowerAt(t, at - 1) === 'm' &&
			lowerAt(t, at - 2) === '.' &&
			'ap'.includes(lowerAt(t, at - 3)) &&
			lowerAt(t, at - 3) !== '' &&
			leadAt(t, at - 4);
		return first || second;
	}

	/** True when the word before scan token k is a Persian past participle: a past word of the lexicon and «ه». */
	private participleBefore(k: number): boolean {
		if (this.lang !== 'fa' || k === 0 || this.q.kinds[k - 1] !== 1) return false;
		const w = this.word(k - 1);
		if (w.length < 3 || !w.endsWith('ه')) return false;
		const e = this.lex.phrases.get(w.slice(0, -1));
		return !!e && e.some((x) => x.kind === 'tense' && (x.tag === 'past' || x.tag === 'declare'));
	}

	/** True when the word before scan token k is "be", "been", "is"… (a tense passive entry). */
	private passiveBefore(k: number): boolean {
		if (k === 0 || this.q.kinds[k - 1] !== 1) return false;
		const e = this.lex.phrases.get(this.word(k - 1));
		return (
			!!e && e.some((x) => x.kind === 'tense' && x.tag === 'passive' && (!x.lang || x.lang === this.lang))
		);
	}

	/**
	 * The tense of the longest tense phrase at scan token k whose first word is `first`, or null. The
	 * key grows a word at a time while it begins some phrase (`lex.prefixes`).
	 */
	private phrase(k: number, first: string): number | null {
		const { q, keys } = this;
		// one look-up per key in the lexicon's key table (parse.ts `keysOf`): its phrases, first words
		// and beginnings
		const head = keys.get(first);
		if (!head || !head.max) return null;
		const max = head.max;
		let key = first;
		let found: Entry | null = this.tenseOf(head.entries);
		let len = found ? 1 : 0;
		for (let j = 1; j < max && k + j < q.n; j++) {
			if (q.kinds[k + j] === 3) break;
			const next = key + ' ' + this.word(k + j);
			// (a key of two or more words is in the table when it is a phrase or the beginning of one)
			const info = keys.get(next);
			const e = this.tenseOf(info?.entries);
			if (e) {
				found = e;
				len = j + 1;
			} else if (!info) break;
			key = next;
		}
		if (!found) return null;
		this.lens[k] = len;
		if (found.tag === 'future') return FUTURE;
		if (found.tag === 'futureopen') return FUTURE_OPEN;
		if (found.tag === 'onset') return ONSET;
		if (found.tag === 'hope') return HOPE;
		if (found.tag === 'near') return NEAR;
		// «گفته است», «انجام شده است»: after a past participle (a past word with «ه») «است» makes a perfect
		if (found.tag === 'present') return this.participleBefore(k) ? NONE : PRESENT;
		if (found.tag === 'passive') return PASSIVE;
		if (found.tag === 'clause') return CLAUSE;
		if (found.tag === 'complement') return COMPLEMENT;
		if (found.tag === 'deadline') return DEADLINE;
		if (found.tag === 'neutral') return NONE;
		if (found.tag === 'infinitive') return INFINITIVE;
		// a past form right after "be" is a participle: "will be held"
		if (this.passiveBefore(k)) return NONE;
		return found.tag === 'declare' ? DECLARE : PAST;
	}

	/** The tense entry among a phrase's entries, for this text's language, or null. */
	private tenseOf(entries: Entry[] | undefined): Entry | null {
		if (!entries) return null;
		for (const e of entries) if (e.kind === 'tense' && (!e.lang || e.lang === this.lang)) return e;
		return null;
	}
}
