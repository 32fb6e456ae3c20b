/**
 * From one cleaned document to items: statements (a speaker, a speech act, what was said, the
 * chain of who relayed it, when it was said) and events (what happened, who took part, when).
 * Pure; every word list is lexicon data (lexicon/reading, loaded by ./tables).
 *
 * A statement is read around a speech cue (a verb, "according to", «به گزارش», a referred claim)
 * by where each language puts the speaker: after the verb or before it in Arabic, at the head of
 * the clause in Persian, before the verb (or after it, behind a quote) in English. Its time is the
 * date of its own clause, outside what was said; a date inside what was said dates the event.
 */
import type { Gazetteer } from '../gazetteer';
import type { TimeMention } from '../dates/mention';
import { mentionValue } from '../dates/mention';
import type { SpeechAct } from '../story/model';
import type { TimeValue } from '../time/time-value';
import { fold, normalize, type Normalized } from '../text';
import { READING_FOLD } from './lexicon';
import { findRefs, outletByName, remember, type Discourse, type Ref, type DocEntity } from './mentions';
import { tables, type Cue, type CueRole, type EventWord } from './tables';
import { basesOf, pastStems, tokenize, withoutEnclitic, withWord, type Token } from './tokens';
import { readingWork } from './work';
import { splitSentences, type Span } from './sentences';
import { SentenceView } from './view';

export { newDiscourse } from './mentions';
export type { Discourse, DocEntity, Ref } from './mentions';

/** A statement read from one sentence (before merging across documents). */
export interface ReadStatement {
	act: SpeechAct;
	speaker: string;
	speakerRef: Ref;
	/** Who relayed it, nearest first, ending with the speaker. */
	chain: string[];
	sentence: Span;
	/** Where what was said lies (offsets into the file text). */
	content: Span;
	saidAt: TimeValue | null;
	/** Index into the document's events, or null. */
	about: number | null;
	/** Whom a denial names as answered: the owners of the claims it refers to. */
	answers: string[];
	/** Indexes into the document's statements of the claims a denial refers to in its own sentence. */
	answersLocal: number[];
	/** Actors named in what was said (for linking denials to claims). */
	topic: string[];
	cuePos: number;
	/** A claim only referred to («تقرير وكالة X», "the Pentagon's allegation"), read so that a denial can answer it. */
	referred?: boolean;
	/** A denial whose sentence speaks of reports or claims («ادعاهای مطرح شده», "the reports"): it answers reports. */
	ofClaims?: boolean;
	/** The date mention that gave `saidAt` (not stored in the story). */
	ownDate?: TimeMention | null;
	/**
	 * The weekday its own clause names when no publication date resolves it («نفت الخارجية الأحد» on
	 * an undated page): undated, but the same statement dated in another document falls on that day.
	 */
	weekday?: number;
	/** `saidAt` is the page's publication date (no date of its own): said then or before. */
	pageDated?: boolean;
	/** The headline that repeats it (`readHeadline`): a second evidence of the same statement. */
	headline?: Span;
}

/** An event read from one sentence. */
export interface ReadEvent {
	type: string;
	summaryHead: string;
	participants: string[];
	place: string | null;
	when: TimeValue | null;
	sentence: Span;
	trigger: Span;
	/** A bare definite reference («الهجوم», "the attack") that points back to the last event of its type. */
	anaphoric: boolean;
}

/** Folded one-word speech verbs (sentence splitting cuts long runs before «و+verb»). */
export const VERB_FORMS: string[] = [];

export interface DocContext {
	g: Gazetteer;
	lang: string;
	published: TimeValue | null;
	dates: TimeMention[];
	discourse: Discourse;
}

interface Hit {
	ti: number;
	tj: number;
	cue: Cue;
}

/** A sentence being read into items: its view, the references found in it and its dates. */
class Sent extends SentenceView {
	/** Who and what the sentence names (`findRefs`, past a dateline), in text order. */
	refs: Ref[] = [];
	constructor(
		text: string,
		sent: Span,
		n: Normalized,
		toks: Token[],
		lang: string,
		dateSpans: readonly Span[],
		/** The sentence's date mentions that have a value. */
		readonly dates: TimeMention[],
		/** Those that no publication date resolved («الأحد» on an undated page). */
		readonly unresolved: TimeMention[] = []
	) {
		super(text, sent, n, toks, lang, dateSpans);
	}

	/** Token q lies inside one of the sentence's dates that have a value (`dates`). */
	valuedDateAt(q: number): boolean {
		const t = this.toks[q];
		return this.dates.some((m) => m.start <= this.at(t.s) && m.end >= this.endAt(t.e));
	}
}

const HARD = /[.!?؟;؛]/;

/** How far after an Arabic speech verb what was said may be introduced («… على أن»). */
const FAR_INTRO = 32;

/**
 * Read statements and events from the sentences of one document. Never throws; a sentence with no
 * cue and no event word yields nothing.
 */
export function readItems(
	text: string,
	sentences: Span[],
	ctx: DocContext
): { statements: ReadStatement[]; events: ReadEvent[]; entities: DocEntity[] } {
	const statements: ReadStatement[] = [];
	const events: ReadEvent[] = [];
	/**
	 * The kinds of event the document has told so far, by kind and by family (`family:F`, the last
	 * told): what «این حمله» or "the strike" can point back to.
	 */
	const told = new Map<string, ReadEvent>();
	const sorted = isSortedByStart(ctx.dates);
	let cursor = 0;
	/** The statements of the sentence before (what a back reference, «جاء ذلك …», points to). */
	let prevLocal: ReadStatement[] = [];
	for (const sent of sentences) {
		const from = sorted ? (cursor = seek(ctx.dates, cursor, sent.start)) : 0;
		const to = sorted ? (cursor = seek(ctx.dates, from, sent.end)) : ctx.dates.length;
		const inSentence = (sorted ? ctx.dates.slice(from, to) : ctx.dates).filter(
			(m) => m.end <= sent.end && !pageDate(text, m)
		);
		readingWork.dateChecks += inSentence.length;
		const s = text.slice(sent.start, sent.end);
		readingWork.sentenceChars += s.length;
		const n = normalize(s, READING_FOLD);
		const toks = tokenize(n, ctx.lang === 'fa');
		if (!toks.length) continue;
		const S = new Sent(
			text,
			sent,
			n,
			toks,
			ctx.lang,
			inSentence,
			inSentence.filter((m) => mentionValue(m)),
			inSentence.filter((m) => m.unresolved)
		);
		// «باشگاه خبرنگاران جوان- وزارت امور خارجه طالبان … توصیف کرد», "KABUL, Afghanistan (AP) —":
		// the outlet or place of a dateline opening a paragraph is no one of the sentence
		const lead = datelineEnd(S);
		// the state the report's first dateline names (by its capital or its name): where it is from
		if (lead > 0 && ctx.discourse.dateline === undefined)
			ctx.discourse.dateline =
				ctx.g
					.find(text.slice(sent.start, S.tokStart(lead)))
					.find((m) => m.via === 'name' && ctx.g.get(m.id)?.kind === 'state')?.id ?? null;
		const found = findRefs(ctx.g, text, sent, ctx.discourse, n, toks, inSentence);
		S.refs = lead > 0 ? found.filter((r) => r.tj > lead) : found;
		const local = readStatements(S, ctx, statements.length, n);
		const evs = readEvents(S, ctx, local, told);
		for (const ev of evs) {
			const idx = events.length;
			events.push(ev);
			told.set(ev.type, ev);
			const family = tables().eventTypes.get(ev.type)?.family;
			if (family) told.set(`family:${family}`, ev);
			const holder = local
				.filter(
					(st) =>
						ev.trigger.start >= st.content.start && ev.trigger.start < st.content.end && st.about === null
				)
				.sort((a, b) => b.content.start - a.content.start)[0];
			if (holder) holder.about = idx;
		}
		// «ونفى الجيش هذه الاتهامات», "This claim was dismissed by X": a denial of a claim named
		// only by a demonstrative answers the last claim or report of someone else told before it
		// (and the claims of its side: "this claim" of a ministry is its state's claim too), among
		// the last few told (`ANTECEDENTS`)
		const open = local.filter((st) => st.act === 'denial' && !st.answers.length && !st.answersLocal.length);
		const anaphor = open.length ? toks.findIndex((_, q) => !!tables().claimAnaphors.match(toks, q, 3)) : -1;
		const named =
			anaphor > 0 ? toks.findIndex((_, q) => q < anaphor && !!tables().claimWords.match(toks, q, 2)) : -1;
		if (anaphor >= 0 && named < 0)
			for (const st of open) {
				const own = new Set(sideOf(ctx.g, st));
				for (let k = statements.length - 1; k >= Math.max(0, statements.length - ANTECEDENTS); k--) {
					const c = statements[k];
					if (c.act !== 'claim' && c.act !== 'report') continue;
					const side = sideOf(ctx.g, c);
					if (side.some((x) => own.has(x))) continue;
					st.answersLocal.push(k);
					for (const a of side) if (!st.answers.includes(a)) st.answers.push(a);
					break;
				}
			}
		// a denial that speaks of reports or claims («رد ادعاهای مطرح شده», "denied the reports") answers
		// the story's reports, whoever owns them
		if (local.some((st) => st.act === 'denial')) {
			const T = tables();
			const ofClaims = toks.some(
				(_, q) => !!T.claimWords.match(toks, q, 2) || !!T.claimAnaphors.match(toks, q, 3)
			);
			if (ofClaims) for (const st of local) if (st.act === 'denial') st.ofClaims = true;
		}
		// a denial with no event of its own is about what the claims it answers are about
		for (const st of local)
			if (st.act === 'denial' && st.about === null)
				for (const k of st.answersLocal) {
					const c = statements[k] ?? local[k - statements.length];
					if (c && c.about !== null) st.about = c.about;
				}
		// «جاء ذلك خلال تصريحات … الخميس», "The remarks came on Thursday": a sentence that opens by
		// pointing back to what was just said (`backref`) gives its date to the statements of the
		// sentence before that had none of their own
		const back = tables().grammar.backref?.match(toks, 0, 4, true);
		if (back && prevLocal.length) {
			const day = S.dates.find((m) => m.start >= S.at(toks[back.len - 1]?.s ?? 0));
			const value = day ? mentionValue(day) : null;
			if (value)
				for (const st of prevLocal)
					if (!st.referred && !st.ownDate && (st.pageDated || !st.saidAt)) {
						st.saidAt = value;
						st.ownDate = day;
						delete st.pageDated;
					}
		}
		prevLocal = local;
		statements.push(...local);
	}
	return { statements, events, entities: [...ctx.discourse.entities.values()] };
}

/**
 * The statements of a document's headline line (a heading, not read with the prose) that its body
 * does not tell: «سپاه: تمام پهپادها … سالم بازگشته‌اند», «طهران: فكرة خبيثة عارية من الصحة»,
 * "Taliban reject UN team's report". Read after the body, with its discourse (the names the body
 * introduced are known); a headline statement whose speaker and act a body statement has is that
 * statement (FORMAT: the headline repeats it), and the headline's events are the body's. `body`
 * gains the rest, at its end, and the discourse's entities.
 */
export function readHeadline(
	text: string,
	headline: Span,
	body: { statements: ReadStatement[]; events: ReadEvent[]; entities: DocEntity[] },
	ctx: DocContext
): void {
	const own = (st: ReadStatement) => !st.referred;
	const h = readItems(text, splitSentences(text, [headline], VERB_FORMS), ctx);
	for (const st of h.statements) {
		if (!own(st)) continue;
		// a headline that repeats a statement of the body (the same speaker's same act) is that
		// statement told again: a second evidence of it. A headline naming the speaker's side
		// («إيران تنفي» over the ministry spokesman's denial) tells a statement of its own.
		const same = body.statements.find((b) => own(b) && b.act === st.act && b.speaker === st.speaker);
		if (same) same.headline ??= st.sentence;
		else body.statements.push({ ...st, about: null, answersLocal: [] });
	}
	body.entities = h.entities;
}

/** The most words a dateline before its dash holds ("date 2025-11-28 باشگاه خبرنگاران جوان-"). */
const DATELINE_WORDS = 7;

/**
 * The first word after a dateline that opens a paragraph: a few words, then a dash standing apart
 * from them («کابل- », "KABUL, Afghanistan (AP) — "); 0 when the sentence opens with none. A dash
 * inside a word ("al-Ansari") is part of it; a speech verb before the dash makes it no dateline.
 */
function datelineEnd(v: SentenceView): number {
	const { text, sent, toks } = v;
	const line = text.lastIndexOf('\n', sent.start - 1) + 1;
	if (/\S/.test(text.slice(line, sent.start))) return 0;
	const T = tables();
	for (let k = 1; k <= DATELINE_WORDS && k < toks.length; k++) {
		if (T.cues.match(toks, k - 1, 1)) return 0;
		const gap = v.gap(k);
		if (/[-–—]/.test(gap) && /[-–—]\s|\s[-–—]/.test(gap)) return k;
		if (/[.!?؟:;؛]/.test(gap)) return 0;
	}
	return 0;
}

/**
 * A date a page label opens its line with («date 2025-10-25 اعتقلت …», «تاریخ ۱۴۰۴/۰۸/۰۳»): the
 * page's own date (the publication date reads it), not the date of the clause glued after it.
 */
function pageDate(text: string, m: TimeMention): boolean {
	const from = Math.max(0, m.start - 24);
	const before = text.slice(from, m.start);
	const nl = before.lastIndexOf('\n');
	if (nl < 0 && from > 0) return false;
	const label = fold(before.slice(nl + 1))
		.trim()
		.replace(/:$/, '')
		.trim();
	return !!label && tables().pageLabels.has(label);
}

/** The cues of a sentence: speech verbs, sources, relays, referred claims; none inside a "no comment". */
function findCues(S: Sent): Hit[] {
	const T = tables();
	const is = isWord(T);
	const out: Hit[] = [];
	const blocked: [number, number][] = [];
	const { toks } = S;
	for (let i = 0; i < toks.length; i++) {
		// a word inside a name the gazetteer knows is no cue ("States" of "the United States")
		if (S.refs.some((r) => r.via === 'name' && r.ti < i && i < r.tj)) continue;
		const m = T.cues.match(toks, i, 8);
		let vals =
			m?.values.filter(
				(c) =>
					(!c.lang || c.lang === S.lang) &&
					(!c.needs || needed(toks, i, c.needs, c.unless)) &&
					(!c.after || namedBefore(toks, i, c.after))
			) ?? [];
		let len = m?.len ?? 0;
		if (!vals.length) {
			// a verb with an object pronoun glued on («ووصفها», «ونفاه»)
			const bare = withoutEnclitic(toks[i]);
			if (bare) {
				const c = T.cues.match([withWord(toks[i], bare)], 0, 1);
				vals = c?.values.filter((x) => x.role === 'verbo' || x.role === 'verb') ?? [];
				len = 1;
			}
		}
		if (!vals.length && S.lang === 'fa') {
			const gapped = gappedCompound(S, i);
			if (gapped) {
				vals = [gapped.cue];
				len = gapped.len;
			}
		}
		if (!vals.length) continue;
		if (vals.some((c) => c.act === 'none')) {
			blocked.push([i, i + len]);
			i += len - 1;
			continue;
		}
		// "lines that say 'reports'": a noun after a determiner or before "by"/"of", else a verb
		const nouns = vals.filter((c) => c.role === 'noun');
		const verbs = vals.filter((c) => c.role !== 'noun');
		let cue: Cue;
		if (nouns.length && verbs.length) {
			const prev = toks[i - 1]?.w ?? '';
			const next = toks[i + len]?.w ?? '';
			const nounish = is('determiner', prev) || is('nounfollower', next) || /'s$/.test(prev);
			cue = nounish ? nouns[0] : verbs[0];
		} else cue = vals[0];
		// «استنكرت الوزارة التقرير» (a denial of the report) but «استنكرت … إن» (said): a verb that is a
		// speech act with a claim-like object is that act when one follows
		if (vals.length > 1 && cue.role !== 'noun') {
			const obj = vals.find((c) => c.role === 'object');
			if (obj && objectAfter(S, i + len, 6)) cue = obj;
			else if (obj && cue === obj) cue = vals.find((c) => c.role !== 'object' && c.role !== 'noun') ?? obj;
		}
		// «تقارير أفادت بأن», «تقارير إعلامية أفغانية ذكرت»: a verb right after a claim word (and its
		// adjectives) tells what the claim says
		const claimBefore = [1, 2, 3].find((k) => i - k >= 0 && T.claimWords.match(toks, i - k, 1));
		const onlyAdjectives =
			claimBefore !== undefined &&
			!/[،,.:;؛«»"“”]/.test(S.text.slice(S.at(toks[i - claimBefore].s), S.at(toks[i].s))) &&
			S.refs.every((r) => r.tj <= i - claimBefore || r.ti >= i || r.via === 'adjective');
		if (cue.role !== 'noun' && onlyAdjectives && S.lang === 'ar') {
			i += len - 1;
			continue;
		}
		// «در واکنش به گزارش وال‌استریت ژورنال»: the report reacted to, not a relay
		if (cue.role === 'relay' && i > 0 && is('reactionto', toks[i - 1].w)) {
			i += len - 1;
			continue;
		}
		// «وی ادامه داد:», "he continued: …": a cue that speaks only when what was said is introduced
		if (
			cue.introduced &&
			!/^\s*[:：«"“]/.test(S.gap(i + len)) &&
			!T.grammar.complementizer?.match(toks, i + len, 2, true)
		) {
			i += len - 1;
			continue;
		}
		// "refused to confirm", "asked him to deny": an infinitive is no act, unless it was done ("went on to deny")
		if (
			S.lang === 'en' &&
			cue.role !== 'noun' &&
			cue.role !== 'source' &&
			cue.role !== 'relay' &&
			i >= 1 &&
			is('infinitive', toks[i - 1].w) &&
			!is('goeson', toks[i - 2]?.w ?? '')
		) {
			i += len - 1;
			continue;
		}
		// «لم ينف», «لا يمكنه نفي», "did not deny": a negated speech verb is no speech act
		if (cue.role !== 'noun' && cue.role !== 'source' && cue.role !== 'relay') {
			// (in the verb's own clause: '"… never happened," said X' is not negated)
			const neg = [i - 1, i - 2].some(
				(k) =>
					k >= 0 &&
					T.grammar.negator?.match(toks, k, 2, true) &&
					// («وهو ما نفته الرباط»: "which", not "not")
					!(is('whatword', toks[k].w) && k > 0 && is('whatbefore', toks[k - 1].w)) &&
					!/[،,.:;؛!?؟«»"“”]/.test(S.text.slice(S.endAt(toks[k].e), S.at(toks[i].s)))
			);
			if (neg) {
				i += len - 1;
				continue;
			}
		}
		out.push({ ti: i, tj: i + len, cue });
		i += len - 1;
	}
	// "A US official, speaking to Reuters on condition of anonymity, declined to confirm": whom it was
	// told to, then a refusal before anything said, is no statement
	return out.filter(
		(h) =>
			!blocked.some(([a, b]) => h.ti >= a && h.ti < b) &&
			!(
				h.cue.role === 'told' &&
				blocked.some(([a]) => {
					if (a <= h.ti) return false;
					const intro = introAfter(S, h.tj, a - h.tj + 1);
					return intro < 0 || intro >= a;
				})
			)
	);
}

/** A reference that may be the subject of an Arabic verb with none of its own: no object of a preposition, no adjective, no outlet. */
const mayBeSubject = (r: Ref) =>
	!r.prep && r.via !== 'adjective' && r.kind !== 'outlet' && r.kind !== 'agency';

/** A quotation closes right before token j (its mark, then at most a comma): '"…," X said'. */
const quoteClosesBefore = (S: Sent, j: number) => /["”»]\s*,?\s*$/.test(S.gap(j));

/** A boundary between token j-1 and j: punctuation that closes a clause or opens a quote. */
const breaks = (S: Sent, j: number, re = /[،,.:;؛!?؟«»"“”]/) => re.test(S.gap(j));

/** The first complementizer, colon or opening quote at or after token j: [token index, kind]; -1 when none. */
function introAfter(S: Sent, j: number, limit = 12): number {
	const T = tables();
	for (let k = j; k < S.toks.length && k < j + limit; k++) {
		// «قالت "تسنيم" إن», «أوضحت "أورانو" أنها»: a name of a word or three in quotes, what was said
		// introduced after it, is the subject, not the quote of what was said
		const named = /[«"“]/.test(S.gap(k)) && !/:/.test(S.gap(k)) ? nameQuoteEnd(S, k) : -1;
		if (named > 0) {
			// past the closing mark: what was said is introduced right there, or further on
			const rest = S.gap(named).replace(/^\s*[»"”]/, '');
			if (/[:«"“]/.test(rest) || T.grammar.complementizer?.match(S.toks, named, 2, true)) return named;
			if (HARD.test(rest)) return -1;
			k = named;
			continue;
		}
		if (/[:«"“]/.test(S.gap(k))) return k;
		if (T.grammar.complementizer?.match(S.toks, k, 2, true)) return k;
		if (k > j && HARD.test(S.gap(k))) return -1;
	}
	return -1;
}

/**
 * The subject joined to `first` by «و» / "and" right after it («جو بایدن و ارتش امریکا گفتند»),
 * when it is another actor that is no object; else undefined.
 */
function coordinated(S: Sent, cands: Ref[], first: Ref): Ref | undefined {
	const and = S.toks[first.tj];
	if (!and || !tables().grammar.conjunction?.has(and.w) || /[،,.:;؛]/.test(S.gap(first.tj))) return undefined;
	return cands.find((r) => r.ti === first.tj + 1 && r.id !== first.id && r.via !== 'adjective');
}

/**
 * Where the short quote opening before token k ends when it is a name: its closing mark within
 * three words, then a complementizer (or «إلى أن») within two — the token after the quote; else -1.
 */
function quotedName(S: Sent, k: number): number {
	const T = tables();
	for (let m = k + 1; m <= k + 3 && m < S.toks.length; m++) {
		if (!/[»"”]/.test(S.gap(m))) continue;
		for (let q = m; q < m + 2 && q < S.toks.length; q++)
			if (T.grammar.complementizer?.match(S.toks, q, 2, true)) return m;
		return -1;
	}
	return -1;
}

/**
 * Where the quote opening before token k ends when all it holds is an actor the reader knows
 * («مصدر أمني في "أنصار الله" في تصريحات أمس…، إن»): the token after it; else -1.
 */
function quotedActor(S: Sent, k: number): number {
	const r = S.refs.find((x) => x.ti <= k && x.tj > k && x.tj < S.toks.length && /[»"”]/.test(S.gap(x.tj)));
	return r ? r.tj : -1;
}

/** Where the quote opening before token k ends when it holds a name (`quotedName`, `quotedActor`); else -1. */
function nameQuoteEnd(S: Sent, k: number): number {
	const named = quotedName(S, k);
	return named > 0 ? named : quotedActor(S, k);
}

/**
 * A colon or a quotation mark opening what was said from token j on; the marks around a name
 * («لتنظيم "الدولة الإسلامية" هم») are none.
 */
function speechMarkAfter(S: Sent, j: number): boolean {
	for (let k = j; k < S.toks.length; k++) {
		const gap = S.gap(k);
		if (/:/.test(gap)) return true;
		if (!/[«"“]/.test(gap)) continue;
		const name = nameQuoteEnd(S, k);
		if (name < 0) return true;
		k = name;
	}
	return /[:«"“]/.test(
		S.text.slice(S.toks.length ? S.endAt(S.toks[S.toks.length - 1].e) : S.sent.start, S.sent.end)
	);
}

/**
 * References whose first token lies in [a, b) that can be subjects: not after a preposition (a cue
 * that is also a preposition, «عبر», does not count for the word right after it), not adjectives.
 */
const subjectsIn = (S: Sent, a: number, b: number) =>
	S.refs.filter(
		(r) => r.ti >= a && r.ti < b && (!r.prep || (r.ti === a && !r.gluedPrep)) && r.via !== 'adjective'
	);

/** A date right after token j, with only spaces, commas and «يوم / روز / on» before it: the token after it. */
function skipDates(S: Sent, j: number): number {
	const T = tables();
	const is = isWord(T);
	let k = j;
	// (a date no publication date resolved is a date too: «نفت الخارجية الأحد، التقارير» on an undated page)
	const dates = S.unresolved.length ? [...S.dates, ...S.unresolved] : S.dates;
	for (let guard = 0; guard < 4; guard++) {
		const pos = k < S.toks.length ? S.at(S.toks[k].s) : S.sent.end;
		const d = dates.find(
			(m) =>
				m.start >= (k > 0 ? S.endAt(S.toks[k - 1].e) : S.sent.start) &&
				m.start <= pos + 1 &&
				/^[\s،,(]*$/.test(S.text.slice(k > 0 ? S.endAt(S.toks[k - 1].e) : S.sent.start, m.start))
		);
		if (d) {
			while (k < S.toks.length && S.at(S.toks[k].s) < d.end) k++;
			continue;
		}
		if (k < S.toks.length && is('dateprep', S.toks[k].w)) {
			const nextPos = k + 1 < S.toks.length ? S.at(S.toks[k + 1].s) : -1;
			if (dates.some((m) => m.start <= nextPos && m.end > nextPos)) {
				k++;
				continue;
			}
		}
		break;
	}
	return k;
}

/** How many of the statements told before a denial its «هذه الاتهامات», "this claim" may point back to. */
const ANTECEDENTS = 12;

/** A statement's speaker, the bodies above it, and whom it speaks for and the bodies above that. */
function sideOf(g: Gazetteer, st: ReadStatement): string[] {
	const out = [st.speaker, ...g.lineage(st.speaker)];
	if (st.speakerRef.affiliation) out.push(...g.lineage(st.speakerRef.affiliation));
	return [...new Set(out)];
}

/**
 * An unnamed source with no side of its own («مصدر عسكري», "a security source"), relayed by an
 * outlet that has one (a state's agency, a movement's channel: «نقل موقع قناة "المسيرة" التابع
 * للحوثيين عن مصدر عسكري», «نقلت وكالة تسنيم عن مصدر مطلع»), speaks for the outlet's side: the
 * relay nearest the source decides. An outlet with no side (a wire service) gives none.
 */
function sourceSide(g: Gazetteer, speaker: Ref, relays: readonly Ref[]): Ref {
	if (!speaker.anonymous || speaker.affiliation || speaker.kind === 'outlet' || speaker.kind === 'agency')
		return speaker;
	const relay = relays.at(-1);
	if (!relay || (relay.kind !== 'outlet' && relay.kind !== 'agency')) return speaker;
	const side = [relay.affiliation, ...g.lineage(relay.id)].find((x) => x && x !== relay.id) ?? null;
	return side ? { ...speaker, affiliation: side } : speaker;
}

/** The first token of the sentence ending after original offset `pos` (-1 when none does). */
function tokenAt(S: Sent, pos: number): number {
	return S.toks.findIndex((t) => S.endAt(t.e) > pos);
}

/**
 * «وجاء في البيان», «در این بیانیه آمده است», "according to the statement": the document a report
 * word in tokens [from, to) points back to (../lexicon/reading/grammar.ts, `pronoun report`), whose
 * owner's it is.
 */
function documentIn(S: Sent, from: number, to: number): Ref | undefined {
	const T = tables();
	return S.refs.find(
		(r) =>
			r.via === 'anaphor' &&
			r.ti >= from &&
			r.tj <= to &&
			T.pronouns.match(S.toks, r.ti, r.tj - r.ti)?.values[0] === 'report'
	);
}

/**
 * Where the subject's place begins in a clause opening at `head` with a fronted adverbial closed by a
 * comma («به دنبال زخمی شدن پنج شهروند چینی در حمله بر هتل …، وزارت امور خارجه چین … خواسته است»;
 * grammar `fronted`): after that comma, when a subject stands between it and the verb at `verb`;
 * `head` otherwise.
 */
function frontedEnd(S: Sent, head: number, verb: number): number {
	const m = tables().grammar.fronted?.match(S.toks, head, 3);
	if (!m) return head;
	for (let k = head + m.len; k < verb; k++)
		if (/[،,]/.test(S.gap(k))) return subjectsIn(S, k, verb).length ? k : head;
	return head;
}

/** Where the clause of token ti starts: after a full stop or a colon; quotes around a name («"زامير كابولوف" قال») do not cut it. */
function clauseStart(S: Sent, ti: number): number {
	let k = ti;
	while (k > 0 && !breaks(S, k, /[.:;؛!?؟]/)) k--;
	return k;
}

function readStatements(
	S: Sent,
	ctx: DocContext,
	offset: number,
	n: ReturnType<typeof normalize>
): ReadStatement[] {
	const T = tables();
	const is = isWord(T);
	const { toks, refs } = S;
	const d = ctx.discourse;
	const hits = findCues(S);
	const local: ReadStatement[] = [];
	let pending: Ref[] = [];
	const addressees: Ref[] = [];
	const make = (
		act: SpeechAct,
		speaker: Ref,
		contentFrom: number,
		contentTo: number,
		cueTi: number,
		extra: Partial<ReadStatement> = {}
	): ReadStatement => {
		const chain = [...pending.map((r) => r.id), speaker.id].filter((x, k, a) => a.indexOf(x) === k);
		speaker = sourceSide(ctx.g, speaker, pending);
		pending = [];
		return {
			act: actFor(act, speaker),
			speaker: speaker.id,
			speakerRef: speaker,
			chain,
			sentence: S.sent,
			content: {
				start: contentFrom < toks.length ? S.at(toks[contentFrom].s) : S.sent.end,
				end: contentTo < toks.length ? S.at(toks[contentTo].s) : S.sent.end
			},
			saidAt: null,
			about: null,
			answers: [],
			answersLocal: [],
			topic: [],
			cuePos: S.at(toks[cueTi].s),
			...extra
		};
	};
	// «جو بایدن و ارتش امریکا گفتند», "Biden and Harris said": the second subject says it too, through the same chain
	const pushSaid = (
		act: SpeechAct,
		speaker: Ref,
		second: Ref | undefined,
		contentFrom: number,
		contentTo: number,
		cueTi: number
	) => {
		const chain = pending;
		local.push(make(act, speaker, contentFrom, contentTo, cueTi));
		if (!second) return;
		pending = chain;
		local.push(make(act, second, contentFrom, contentTo, cueTi));
	};
	for (const h of hits) {
		const role: CueRole = h.cue.role;
		const act = h.cue.act as SpeechAct;
		if (role === 'relay') {
			if (local.length && is('source', toks[h.tj - 1].w) && h.tj - h.ti >= 2) {
				// «وقالت الصحيفة نقلا عن مصادر رسمية إن …»: an outlet that says what it cites relays it
				const last = local[local.length - 1];
				const cited = refs.find((r) => r.ti >= h.tj && r.ti <= h.tj + 1 && r.via !== 'adjective');
				const outlet = last.speakerRef.kind === 'outlet' || last.speakerRef.kind === 'agency';
				if (outlet && cited && !last.referred && last.speakerRef.ti < h.ti) {
					local.pop();
					const intro = introAfter(S, cited.tj);
					const st = make('claim', cited, intro >= 0 ? intro : cited.tj, toks.length, h.ti);
					// the outlet's own chain, then the outlet, then the source it cites
					st.chain = [...last.chain.filter((x) => x !== cited.id), cited.id];
					local.push(st);
				}
				// «وذكر تقرير … نقلاً عن جهاز الاستخبارات»: what a report already said cites a source; no new speaker
				continue;
			}
			// «به گزارش X», «نقلت X عن Y», "quoted X as saying", "citing X"
			// of two references at one word, the wider ("US officials", not "US")
			let after = refs
				.filter((r) => r.ti >= h.tj && r.ti <= h.tj + 2 && r.via !== 'adjective')
				.reduce<Ref | undefined>((a, r) => (!a || (r.ti === a.ti && r.tj > a.tj) ? r : a), undefined);
			if (!after && S.lang !== 'en') {
				// «به گزارش میدل ایست نیوز، …»: an outlet in no list, named by its name alone
				const o = outletByName(S.text, S.sent, d, n, toks, h.tj);
				if (o) {
					refs.push(o);
					refs.sort((a, b) => a.ti - b.ti);
					after = o;
				}
			}
			// («به گزارش رویترز از Y», «نقلت X عن Y»: whom it cites follows the outlet in its clause, not
			// past a colon, «بنا بر گزارش رویترز: تهران و مسکو از زمانی که …»)
			let an = -1;
			for (let k = h.tj; k <= h.tj + 8 && k < toks.length; k++) {
				if (k > h.tj && breaks(S, k, /[.:;؛!?؟]/)) break;
				if (is('source', toks[k].w)) {
					an = k;
					break;
				}
			}
			if (S.lang === 'en' && after) {
				// "X reported, citing Y": Y speaks, X (before) relays; "X quoted Y as saying"
				const before = refs.filter((r) => r.tj <= h.ti && !r.prep).at(-1);
				if (before && before.kind !== 'person') pending.push(before);
				const intro = introAfter(S, after.tj);
				let from = intro >= 0 ? intro : after.tj;
				let to = toks.length;
				// '"…," Axios quoted a spokesperson as saying.', '"…," Arab News reported, citing X.':
				// nothing is said after whom it cites; the quotation the sentence opens with is what was said
				const said = from + (T.grammar.quotedas?.match(toks, from, 3, true)?.len ?? 0);
				const opener = before && before.tj <= h.ti ? before.ti : h.ti;
				if (said >= toks.length && opener > 0 && quoteClosesBefore(S, opener)) {
					from = 0;
					to = opener;
					// the outlet's report of that quotation is the relay of it, not a report of its own
					const last = local.at(-1);
					if (
						last &&
						before &&
						last.speaker === before.id &&
						!last.referred &&
						S.at(toks[opener].s) <= last.cuePos
					)
						local.pop();
				}
				local.push(make('claim', after, from, to, h.ti));
				continue;
			}
			// «رویترز به نقل از دو منبع آگاه گزارش داد»: the outlet standing right before the relay relays it
			if (S.lang === 'fa') {
				const outletBefore = refs.find(
					(r) => r.tj === h.ti && (r.kind === 'outlet' || r.kind === 'agency') && !r.prep
				);
				if (outletBefore && !pending.includes(outletBefore)) pending.push(outletBefore);
			}
			if (after && (an < 0 || after.ti < an)) pending.push(after);
			if (an >= 0 && S.lang !== 'fa') {
				const sp = refs.find((r) => r.ti > an && r.ti <= an + 3);
				if (sp) {
					const intro = introAfter(S, sp.tj);
					local.push(make('claim', sp, intro >= 0 ? intro : sp.tj, toks.length, h.ti));
				}
			} else if (an >= 0 && S.lang === 'fa') {
				const sp = refs.find((r) => r.ti > an && r.ti <= an + 3);
				if (sp && sp !== after) pending.push(sp);
			}
			continue;
		}
		if (role === 'told') {
			// "told X", «در گفت‌وگو با X», «في مقابلة مع X»: X hears it; an outlet relays it
			const x = refs.find((r) => r.ti >= h.tj && r.ti <= h.tj + 2);
			if (x) addressees.push(x);
			if (S.lang === 'en' && !T.grammar.preposition?.has(toks[h.ti].w)) {
				const subj = refs.filter((r) => r.tj <= h.ti && !r.prep && r.via !== 'adjective').at(-1);
				if (subj && h.ti - subj.tj <= 6) {
					const intro = introAfter(S, h.tj);
					if (x && (x.kind === 'outlet' || x.kind === 'agency')) pending.push(x);
					// '"It wasn't us," the official told a news agency.': nothing said after whom it was
					// told to; the quotation before the speaker is what was said
					const open = subj.ti - (T.grammar.article?.has(toks[subj.ti - 1]?.w ?? '') ? 1 : 0);
					// (whom it was told to may take a few words: "told the official IRNA news agency")
					const quoted = intro < 0 && !quotationFrom(S, h.tj) && open > 0 && quoteClosesBefore(S, open);
					if (quoted) local.push(make('claim', subj, 0, open, h.ti));
					else local.push(make('claim', subj, intro >= 0 ? intro : h.tj, toks.length, h.ti));
				}
			}
			continue;
		}
		if (role === 'source') {
			// «بحسب X», «به گفته X», "according to X": X is the speaker of the clause
			// («براساس این گزارش، طالبان …»: a cue that names the document is not followed by its owner)
			const namesDocument = toks
				.slice(h.ti, h.tj)
				.some((_, k) => T.pronouns.match(toks, h.ti + k, h.tj - h.ti - k)?.values[0] === 'report');
			let sp = namesDocument
				? documentIn(S, h.ti, h.tj)
				: refs.find((r) => r.ti >= h.tj && r.ti <= h.tj + 2 && r.via !== 'adjective');
			if (!sp) {
				// «بحسب بيان صادر عن وزارة الدفاع», "according to a statement issued by X": who issued it
				for (let k = h.tj; k <= h.tj + 4 && k < toks.length && !sp; k++) {
					const issued = T.issued.match(toks, k, 4);
					if (!issued) continue;
					const at = k + issued.len;
					sp = refs.find((r) => r.ti >= at && r.ti <= at + 1 && r.via !== 'adjective');
				}
			}
			// «در اعلامیه آمده است» opening a sentence, no owner named: the document of the last speaker
			if (!sp && h.ti <= 1 && d.lastSpeaker && toks.slice(h.ti, h.tj).some((t) => is('document', t.w)))
				sp = {
					...d.lastSpeaker,
					ti: h.tj,
					tj: h.tj,
					start: S.at(toks[h.tj - 1].s),
					end: S.endAt(toks[h.tj - 1].e)
				};
			if (!sp) continue;
			const prev = local[local.length - 1];
			if (
				prev &&
				(sp.kind === 'outlet' || sp.kind === 'agency') &&
				prev.speakerRef.kind !== 'outlet' &&
				prev.speakerRef.kind !== 'agency'
			) {
				// "X said … according to the newspaper": the outlet relays the speaker
				if (!prev.chain.includes(sp.id)) prev.chain = [sp.id, ...prev.chain];
				continue;
			}
			if (prev && !prev.referred && h.ti > 2 && sp.id !== prev.speaker) {
				// «قالت صحيفة X إن … بحسب ما قال اثنان من قادة الجماعة»: the first speaker only relays
				prev.chain = [...prev.chain.filter((x) => x !== sp.id), sp.id];
				prev.speaker = sp.id;
				prev.speakerRef = sp;
				prev.act = actFor(prev.act === 'report' ? 'claim' : prev.act, sp);
				continue;
			}
			// what was said is the rest of the sentence: before the cue when the cue closes it
			// ("…, according to X"), else after the source («به گفته X، …»)
			if (h.ti > 2) local.push(make(act, sp, 0, h.ti, h.ti));
			else local.push(make(act, sp, sp.tj, toks.length, h.ti));
			continue;
		}
		// "Yemen's Houthi authorities": the owner is who the possessive qualifies, when it is an actor
		const possessed = (r: Ref | undefined): Ref | undefined => {
			if (!r || !/^['’]s\b/.test(S.text.slice(r.end, r.end + 3))) return r;
			return refs.find((q) => q !== r && q.ti >= r.tj && q.ti <= r.tj + 1 && !q.prep) ?? r;
		};
		if (role === 'noun') {
			// («این گزارش», «هذا التقرير», "this report": one told before, owned by no one after it)
			if (is('demonstrative', toks[h.ti - 1]?.w)) continue;
			// a claim referred to by its owner: «تصريحات X», «ادعای X», "X's allegation", "a report by X"
			// («المزاعم الأمريكية»: an Arabic noun with the article is in no construct: only an adjective after it owns it)
			const definite = S.lang === 'ar' && basesOf(toks[h.ti]).some((b) => b.article);
			const owner =
				possessed(
					refs.find(
						(r) =>
							!definite &&
							r.ti >= h.tj &&
							r.ti <= h.tj + 1 &&
							r.via !== 'adjective' &&
							// ('"We reject the allegations," Mujahid said': not across a closing quote or a comma)
							![h.tj, h.tj + 1].some((k) => k <= r.ti && breaks(S, k)) &&
							// "the reports that Qatar was informed": after "that", who the claim is about, not its owner
							!(S.lang === 'en' && T.grammar.complementizer?.match(toks, h.tj, 1, true))
					)
				) ??
				(S.lang === 'en'
					? refs.find((r) => r.tj === h.ti && /'s$|’s$/.test(S.text.slice(r.start, r.end + 2)))
					: undefined) ??
				// «المزاعم الأمريكية», «الاتهامات الإسرائيلية»: a state's adjective right after the noun
				// (Arabic), "US allegations", "Israeli claims": its name or adjective right before it
				// (English) — its owner when something in the sentence answers it
				(S.lang === 'ar'
					? refs.find((r) => r.ti === h.tj && r.via === 'adjective' && ctx.g.get(r.id)?.kind === 'state')
					: S.lang === 'en'
						? refs.find((r) => r.tj === h.ti && ctx.g.get(r.id)?.kind === 'state' && !r.prep)
						: undefined) ??
				// "Israeli allegations that …", "Pakistani media reports claiming …": the owner before the
				// noun, a state by its adjective or the press, when what was claimed follows
				(S.lang === 'en' &&
				(T.grammar.complementizer?.match(toks, h.tj, 2, true) || is('claimprep', toks[h.tj]?.w))
					? ownerBefore(refs, h.ti)
					: undefined) ??
				// "the accusations made by X", «الاتهامات التي أدلى بها X», «ادعاهای مطرح شده از سوی X»: the
				// owner after the words that say who made it (an Arabic definite noun too)
				madeBy(S, refs, h.tj) ??
				// ("the claim by the outlawed PKK": an article and a word or two describing it may stand between)
				(S.lang === 'en' && is('agent', toks[h.tj]?.w)
					? possessed(
							refs.find((r) => r.ti === h.tj + 1) ??
								refs.find(
									(r) =>
										r.ti > h.tj + 1 &&
										r.ti <= h.tj + 3 &&
										r.via !== 'adjective' &&
										!breaks(S, r.ti) &&
										!breaks(S, h.tj + 1) &&
										toks.slice(h.tj + 1, r.ti).every((t) => !T.known(t.w) || is('determiner', t.w))
								)
						)
					: undefined);
			if (
				!owner ||
				(owner.kind === 'state' && owner.via === 'adjective' && owner.tj !== h.ti && owner.ti !== h.tj)
			)
				continue;
			// kept where something answers it (a denial, a confirmation or a dismissal in the sentence), or
			// where it says what was claimed («ادعاءات حركة طالبان بقطع علاقتها», «ادعای X مبنی بر اینکه»)
			// (the verb before it, «نفى تقرير X», or right after its owner in the same clause, «ادعای X را رد کرد»)
			const answered =
				hits.some(
					(o) =>
						o !== h &&
						(o.cue.act === 'denial' || o.cue.act === 'confirmation') &&
						(o.ti < h.ti ||
							(o.ti >= owner.tj && o.ti <= owner.tj + 1 && !breaks(S, o.ti)) ||
							// Persian: the verb ends the clause («ادعای X در مورد Y را رد کرد»)
							(S.lang === 'fa' &&
								o.ti > owner.tj &&
								o.ti - owner.tj <= 8 &&
								!clauseBreakIn(S, owner.tj, o.ti)))
				) || hasDismissal(S, h.tj, toks.length);
			// (what follows the owner, or the noun when the owner stands before it)
			const after = owner.tj === h.ti ? h.tj : owner.tj;
			const next = toks[after];
			const says =
				!!next &&
				(!!T.grammar.complementizer?.match(toks, after, 2, true) ||
					is('claimprep', next.w) ||
					(S.lang === 'ar' && next.w.length > 3 && basesOf(next).some((b) => b.prep)));
			if (!answered && !says) continue;
			if (says && !answered) {
				const intro = introAfter(S, after, 4);
				local.push(
					make(
						T.claimWords.match(toks, h.ti, 2)?.values[0] === 'report' ? 'report' : 'claim',
						owner,
						intro >= 0 ? intro : after,
						toks.length,
						h.ti
					)
				);
				continue;
			}
			const gloss = T.claimWords.match(toks, h.ti, 2)?.values[0] ?? 'claim';
			local.push(
				make(
					gloss === 'report' ? 'report' : 'claim',
					owner,
					owner.tj,
					Math.min(toks.length, owner.tj + 12),
					h.ti,
					{ referred: true }
				)
			);
			continue;
		}
		if (
			role === 'manner' &&
			hits.some((o) => o.ti > h.ti && o.cue.role !== 'manner' && o.cue.role !== 'noun')
		)
			continue;
		if (role === 'manner' && local.length) {
			// «قال X … نافيا», "X said, denying …": the subject of the main verb denies; «مضيفا»: goes on
			if (act === 'denial') local[local.length - 1].act = 'denial';
			continue;
		}
		// "The Taliban defended their governance, asserting that …", "Putin broke his silence, calling
		// Prigozhin …": a participle of speech after a comma, with no speech verb before it, is said by
		// the subject that opens the sentence
		if (role === 'manner' && S.lang === 'en' && /,\s*$/.test(S.gap(h.ti))) {
			const subj = refs.find((r) => r.ti < h.ti && !r.prep && r.via !== 'adjective');
			if (subj && subj.ti <= 2 && !breaks(S, subj.tj, /[.:;!?"“”]/)) {
				const intro = introAfter(S, h.tj, 4);
				local.push(make(act, subj, intro >= 0 ? intro : h.tj, toks.length, h.ti));
			}
			// ("The army moved in, calling residents to stay home": no subject opens it, no one speaks)
			continue;
		}
		// verbs: find the subject
		let speaker: Ref | undefined;
		let contentFrom: number;
		let contentTo = toks.length;
		// «مع الحركة التي نفت ذلك», "the ministry, which denied it": the noun before the relative speaks
		if (is('relative', toks[h.ti - 1]?.w)) {
			const ante = refs.find(
				(r) => r.tj === h.ti - 1 || (r.tj === h.ti - 2 && /,\s*$/.test(S.gap(h.ti - 1)))
			);
			if (ante && !(role === 'object' && !objectAfter(S, h.tj, 5))) {
				local.push(make(act, ante, skipDates(S, h.tj), toks.length, h.ti));
				continue;
			}
		}
		if (S.lang === 'fa') {
			// SOV: the subject opens the clause, after any «به گزارش X، به نقل از Y،» and after dates
			const cs = clauseStart(S, h.ti);
			const head = frontedEnd(S, pending.length ? Math.max(cs, pending[pending.length - 1].tj) : cs, h.ti);
			const cands = subjectsIn(S, head, h.ti).filter(
				(r) => !pending.includes(r) && !addressees.includes(r) && !is('objectmarker', toks[r.tj]?.w)
			);
			speaker = cands[0];
			// «این گزارش از سوی وزارت خارجه تکذیب شد»: a passive's agent speaks, and only it
			let passive = false;
			// («مدعی شد», «یادآور شد»: the subject claims, recalls)
			if (!is('activeshod', toks[h.ti].w))
				for (let k = h.ti + 1; k < h.tj; k++) if (is('passive', toks[k].w)) passive = true;
			if (passive) {
				speaker = undefined;
				for (let q = head; q < h.ti && !speaker; q++) {
					const m = T.grammar.agent?.match(toks, q, 2, true);
					if (m) speaker = refs.filter((r) => r.ti === q + m.len).sort((a, b) => b.tj - a.tj)[0];
				}
				// «در این بیانیه تاکید شده است که …»: said in the document, by its owner
				speaker ??= documentIn(S, head, h.ti);
				if (!speaker) continue;
			}
			if (!speaker) {
				const p = refs.find((r) => r.ti >= head && r.ti < h.ti && r.via === 'anaphor');
				speaker = p;
			}
			// «… به خبرگزاری فرانسه گفت»: the outlet spoken to relays it
			for (const r of refs)
				if (
					r !== speaker &&
					(r.kind === 'outlet' || r.kind === 'agency') &&
					r.ti > (speaker?.tj ?? head) &&
					r.tj <= h.ti &&
					is('addressee', toks[r.ti - 1]?.w) &&
					!pending.includes(r)
				)
					pending.push(r);
			const intro =
				/^\s*[:：]/.test(S.gap(h.tj)) ||
				(h.tj < toks.length && !!T.grammar.complementizer?.match(toks, h.tj, 2, true));
			if (intro) contentFrom = h.tj;
			else {
				contentFrom = skipDates(S, speaker ? speaker.tj : head);
				contentTo = h.ti;
				// «سخنگوی طالبان گفت چنین دیداری صورت نگرفته است»: what was said follows the verb
				if (contentFrom >= contentTo) {
					contentFrom = h.tj;
					contentTo = toks.length;
				}
			}
			// «خبرگزاری تسنیم به نقل از یک منبع نظامی نوشت»: with no subject of its own, the source the
			// outlet cites speaks (the outlet relays it)
			const cited = pending.at(-1);
			if (!speaker && cited && cited.kind !== 'outlet' && cited.kind !== 'agency') {
				speaker = cited;
				pending = pending.slice(0, -1);
			}
			if (!speaker && (h.ti - head <= 1 || is('continuer', toks[head]?.w)))
				speaker = d.lastSpeaker ?? undefined;
			if (!speaker) continue;
			// «جو بایدن و ارتش امریکا گفته‌اند»: two subjects joined by «و» both said it
			const second = passive ? undefined : coordinated(S, cands, speaker);
			pushSaid(act, speaker, second, contentFrom, contentTo, h.ti);
			continue;
		}
		if (S.lang === 'en') {
			// SVO: the subject before the verb (adverbials may stand between), else "…," said X
			const cs = clauseStart(S, h.ti);
			// "A report by X revealed …": the owner of the report that is the subject speaks
			const ownerOfSubject = (r: Ref) =>
				r.prep && r.ti >= 2 && is('agent', toks[r.ti - 1]?.w) && !!T.claimWords.match(toks, r.ti - 2, 1);
			const before = refs.filter(
				(r) =>
					r.tj <= h.ti &&
					r.ti >= Math.max(0, cs - 1) &&
					(!r.prep || ownerOfSubject(r)) &&
					r.via !== 'adjective'
			);
			let near: Ref | undefined = before[before.length - 1];
			const nearest = near;
			// "Zelenskyy, who was on a visit to Helsinki, dismissed …": past a relative clause
			const rel = toks.findIndex((t, k) => k < h.ti && is('relative', t.w) && /,\s*$/.test(S.gap(k)));
			// the comma right before the verb closes the relative clause: no quote ends there
			let relClosed = false;
			if (rel > 0) {
				const head = before.filter((r) => r.tj <= rel).at(-1);
				const closeRel = toks.findIndex((t, k) => k > rel && k <= h.ti && /,\s*$/.test(S.gap(k)));
				if (head && closeRel > 0 && closeRel <= h.ti && h.ti - closeRel <= 2) {
					near = head;
					relClosed = closeRel === h.ti && !quoteClosesBefore(S, h.ti);
				}
			}
			// between the subject and its verb only adverbs, auxiliaries, dates and "in a statement"
			const onlyBetween = (a: number, b: number) => {
				for (let q = a; q < b; q++) {
					const inDate = S.valuedDateAt(q);
					if (!inDate && !T.grammar.between?.match(toks, q, 1, true)) return false;
				}
				return true;
			};
			if (near && !(rel > 0 && near.tj <= rel) && !onlyBetween(near.tj, h.ti)) {
				// a nearer word of another kind stands between: look for a subject right before the verb
				near = before.filter((r) => onlyBetween(r.tj, h.ti)).at(-1) ?? (near.unsure ? undefined : near);
			}
			const gapWords = near ? (rel > 0 && near.tj <= rel ? 0 : h.ti - near.tj) : 99;
			const quoteBefore =
				!relClosed && ((quoteClosesBefore(S, h.ti) && !scareQuoted(S, h.ti)) || /,\s*$/.test(S.gap(h.ti)));
			const afterRef = refs.find((r) => r.ti >= h.tj && r.ti <= h.tj + 1 && !r.prep);
			// "was dismissed by U.S. officials": the passive's agent speaks
			// (the longest name there: "U.S. officials" before "U.S.", "Afghan media" before "Afghan")
			const agent =
				is('agent', toks[h.tj]?.w) && (is('passive', toks[h.ti - 1]?.w) || is('passive', toks[h.ti - 2]?.w))
					? refs
							.filter((r) => r.ti === h.tj + 1)
							.sort((a, b) => Number(a.via === 'adjective') - Number(b.via === 'adjective') || b.tj - a.tj)[0]
					: undefined;
			// ("Caroline Levin, a lawyer for the family, said": a name of no list before an apposition
			// that names no one is still the nearest reference)
			const apposed = appositive(S, before, near ?? nearest, h.ti);
			// "Niger's spokesman, Colonel Abderrahmane Amadou, denied Western reports": a name set off
			// by commas right before the verb is its subject, whatever follows the verb
			const enclosed =
				near &&
				near.tj === h.ti &&
				(near.kind === 'person' || near.kind === 'organisation') &&
				/^\s*,\s*$/.test(S.gap(h.ti)) &&
				(/,\s*$/.test(S.gap(near.ti)) ||
					/,/.test(S.text.slice(S.at(toks[near.ti].s), S.at(toks[near.tj - 1].s))))
					? near
					: undefined;
			// "the attack was condemned", "the claims were rejected" with no "by X": no one said to speak
			// ("has been denying" is no passive: a present participle is the speaker's own act)
			const agentless =
				S.lang === 'en' &&
				!agent &&
				h.tj - h.ti === 1 &&
				!/ing$/.test(toks[h.ti].w) &&
				!/^as$/.test(toks[h.tj]?.w ?? '') &&
				(is('passive', toks[h.ti - 1]?.w) ||
					(is('passive', toks[h.ti - 2]?.w) && /ly$/.test(toks[h.ti - 1]?.w ?? '')));
			if (agentless) continue;
			// "Baradar, who was last week named as …": a date between the auxiliary and the verb
			if (
				S.lang === 'en' &&
				!agent &&
				h.tj - h.ti === 1 &&
				!/ing$/.test(toks[h.ti].w) &&
				!is('agent', toks[h.tj]?.w)
			) {
				let k = h.ti - 1;
				while (k >= 0 && S.valuedDateAt(k)) k--;
				if (k < h.ti - 1 && k >= 0 && is('passive', toks[k].w)) continue;
			}
			if (agent) speaker = agent;
			else if (apposed) speaker = apposed;
			else if (enclosed) speaker = enclosed;
			else if (quoteBefore && afterRef) speaker = afterRef;
			else if (near && gapWords <= 6) speaker = near;
			else if (afterRef && (quoteBefore || h.ti === 0)) speaker = afterRef;
			// "The FBI and several other agencies claimed", "Iran and Russia reject": the subject's first
			// name speaks, and the one joined to it by "and" (a word or two of quantity between) too
			let joinedSubject: Ref | undefined;
			if (speaker && speaker === near && speaker.ti > 1) {
				for (let a = speaker.ti - 1; a >= Math.max(1, speaker.ti - 3) && !joinedSubject; a--) {
					if (
						!T.grammar.conjunction?.has(toks[a].w) ||
						/[,;:.]/.test(S.gap(a)) ||
						/[,;:.]/.test(S.gap(a + 1))
					)
						continue;
					const first = before.find((r) => r.tj === a && r.via !== 'adjective' && !r.prep);
					if (first && first.id !== speaker.id) {
						joinedSubject = speaker;
						speaker = first;
					}
				}
			}
			if (!speaker && is('subjectpronoun', toks[h.ti - 1]?.w)) {
				// "he said": the last speaker when a person spoke last, else the last person who did
				const last = d.lastSpeaker;
				const person = last && (last.kind === 'person' || last.kind === 'anonymous');
				const personal = T.pronouns.has(toks[h.ti - 1].w);
				speaker =
					(!personal || person
						? last
						: (d.lastSpeakerByKind.get('named') ?? d.lastByKind.get('named') ?? last)) ?? undefined;
			}
			// "… acknowledged that …, but said …", "X declined to comment but has earlier denied …": a
			// second verb of the same subject (auxiliaries and adverbs may stand after the coordinator):
			// the subject of the statement before, else the subject that opens the sentence
			{
				let c = h.ti - 1;
				while (c > 0 && h.ti - c <= 3 && is('between', toks[c].w)) c--;
				const prev = local.at(-1);
				// ("they had killed five fighters, but denied …": not a noun of what the first verb said)
				const inPrev = !!speaker && !!prev && prev.cuePos < speaker.start && speaker.start < prev.content.end;
				if (is('coordinator', toks[c]?.w) && (!speaker || inPrev))
					speaker =
						prev?.speakerRef ??
						refs.find((r) => r.ti <= 1 && r.tj <= c && mayBeSubject(r) && !breaks(S, r.tj));
			}
			if (!speaker) continue;
			if (speaker.unsure && speaker !== afterRef && speaker !== apposed && gapWords > 1) continue;
			for (const r of refs)
				if (
					(r.kind === 'outlet' || r.kind === 'agency') &&
					r !== speaker &&
					r.ti >= h.tj &&
					r.ti <= h.tj + 3 &&
					!pending.includes(r)
				)
					pending.push(r);
			// a passive's object is its subject, before the verb («This claim was dismissed by …»)
			// ("have rejected as baseless the claims": a dismissal right after stands for the object)
			if (
				h.cue.role === 'object' &&
				!agent &&
				!objectAfter(S, h.tj, 5) &&
				!asDismissed(S, h.tj) &&
				!characterised(S, h.tj)
			)
				continue;
			// "the ministry had said the strike late on Tuesday “resulted in …”": what was said opens
			// with the article right after the verb, before any quotation inside it
			const bare = skipDates(S, h.tj);
			const opens = bare < toks.length && T.grammar.article?.has(toks[bare].w) && !/["“«:]/.test(S.gap(bare));
			const that = opens ? bare : introAfter(S, h.tj, 8);
			if (speaker === afterRef && quoteBefore) {
				contentFrom = 0;
				contentTo = h.ti;
			} else if (agent && that < 0) {
				// "The claims were rejected by the Taliban on Monday": what the passive tells of is its
				// subject, before the verb; the agent and the date after it are the saying's
				contentFrom = clauseStart(S, h.ti);
				contentTo = h.ti;
			} else contentFrom = that >= 0 ? that : skipDates(S, h.tj);
			// '"We reject the accusations," Dujarric said.': nothing after the verb, and a quote or a
			// comma closes what was said before the speaker ('"…," Russia's state news agency RIA
			// reported': a few words of who it is may stand between)
			// (or only whom it was told to, where and how after it, no "that" and no quotation: '"…,"
			// Dorosti told the official IRNA agency', '"…," Khatibzadeh told a press conference')
			const toldOnlyAfter = that < 0 && contentFrom < toks.length && !quotationFrom(S, contentFrom);
			if ((contentFrom >= toks.length || toldOnlyAfter) && speaker.ti > 0 && speaker.ti < h.ti) {
				// (a comma closes it only right before the speaker: "X denied it, Russia's TASS reported"
				// is TASS relaying X)
				let k = speaker.ti;
				if (!/,\s*$/.test(S.gap(k)))
					while (k > 0 && speaker.ti - k < 6 && !quoteClosesBefore(S, k) && !breaks(S, k)) k--;
				if (
					k > 0 &&
					(quoteClosesBefore(S, k) || (!toldOnlyAfter && k === speaker.ti && /,\s*$/.test(S.gap(k))))
				) {
					contentFrom = 0;
					contentTo = k;
				}
			}
			pushSaid(act, speaker, joinedSubject, contentFrom, contentTo, h.ti);
			continue;
		}
		// Arabic: VSO, the subject after the verb, before what is said; or SVO, the topic before it
		const nearIntro = introAfter(S, h.tj, 14);
		const subjEnd = nearIntro >= 0 ? nearIntro : Math.min(toks.length, h.tj + 8);
		// («وشدد الوزير حمية في مؤتمر صحافي عقده عصر اليوم … في مطار بيروت الدولي على أن»: where and
		// when it was said may stand long between; no other speech cue may)
		const far = nearIntro < 0 && role === 'verb' ? introAfter(S, h.tj, FAR_INTRO) : -1;
		const intro = far >= 0 && !hits.some((o) => o !== h && o.ti > h.ti && o.ti < far) ? far : nearIntro;
		// («إيران تنفي التقرير»: a report told again right after a verb of denying or confirming is what
		// is denied or confirmed, not the speaker)
		const after = subjectsIn(S, h.tj, subjEnd).filter(
			(r) =>
				!addressed(S, r, h.tj) &&
				!(
					r.via === 'anaphor' &&
					(act === 'denial' || act === 'confirmation') &&
					T.claimWords.match(toks, r.ti, r.tj - r.ti)?.len === r.tj - r.ti
				)
		);
		// the subject stands right after the verb: only dates, «يوم», a glued addressee or a word or two
		// of manner between («قال لوكالة X إن», «نفت اليوم الاثنين الخارجية»); a noun far after it is what
		// was said («تقرير … يكشف وجود تنظيمات … طالبان»)
		const near = (r: Ref) => {
			let words = 0;
			for (let q = h.tj; q < r.ti; q++) {
				const inDate = S.dates.some((m) => m.start <= S.at(toks[q].s) && m.end >= S.endAt(toks[q].e));
				const told = refs.some((x) => x.ti <= q && q < x.tj && addressed(S, x, h.tj));
				// «ذكر تقرير رسمي صادر عن X»: the statement's own noun and who issued it lead to the subject
				const issuing =
					!!T.claimWords.match(toks, q, 1) || !!T.issued.match(toks, q, 3) || is('official', toks[q].w);
				if (!inDate && !told && !issuing && !is('subjectgap', toks[q].w)) words++;
			}
			return words <= 2;
		};
		speaker = after[0] && near(after[0]) ? after[0] : undefined;
		// «وكان نائب وزير الدفاع أناتولي أنتونوف اتهم …»: «كان» opens the clause and its subject stands
		// between it and the verb, which then has none after it
		const kana = kanaSubject(S, refs, h.ti);
		if (kana) speaker = kana;
		// a person named inside a long title closes it («الناطق باسم وزارة الدفاع الروسية إيجور كوناشينكوف»)
		if (speaker && speaker.kind !== 'person') {
			// (not the owner of a claim the verb takes: «نفت وزارة الخارجية الأوكرانية تصريحات الرئيس الروسي»)
			const named = after.find(
				(r) =>
					r.kind === 'person' &&
					r.via !== 'descriptor' &&
					r.ti - speaker!.tj <= 1 &&
					(r.ti === speaker!.tj || !T.claimWords.match(toks, speaker!.tj, 1))
			);
			if (named && speaker.ti === h.tj) speaker = named;
		}
		// «واستقبل المتحدث باسم طالبان الصحفيين، وقال: …», «وعزّى موسوي عوائل الضحايا، وقال»: a verb
		// joined by «و» after a comma, with no subject of its own, shares the subject of the first verb
		// of its sentence (the first name after it), not the object nearest to it
		const joined = !speaker && /[،,]\s*$/.test(S.gap(h.ti)) && basesOf(toks[h.ti]).some((b) => b.conj);
		if (joined) {
			const cs = clauseStart(S, h.ti);
			speaker = refs.find((r) => r.ti >= cs && r.ti < h.ti && r.ti <= cs + 3 && mayBeSubject(r));
		}
		if (!speaker) {
			const cs = clauseStart(S, h.ti);
			const before = refs.filter((r) => r.tj <= h.ti && r.ti >= cs && !r.prep && r.via !== 'adjective');
			const near = before[before.length - 1];
			// «وكانت البعثة الإيرانية في الأمم المتحدة قد نفت»: where the subject sits and «قد» do not
			// part it from its verb
			let words = 0;
			if (near)
				for (let q = near.tj; q < h.ti; q++)
					if (!refs.some((r) => r.prep && r.ti <= q + 1 && q < r.tj) && !is('svogap', toks[q].w)) words++;
			if (near && words <= 3) speaker = near;
		}
		// (a verb after a comma that found no subject at all: a name of the sentence before it that no
		// punctuation parts from the clause's start)
		if (!speaker && /[،,]\s*$/.test(S.gap(h.ti)))
			speaker = refs.find(
				(r) =>
					r.ti < h.ti &&
					mayBeSubject(r) &&
					!/[،,.:;؛]/.test(
						S.text.slice(S.at(toks[clauseStart(S, h.ti)].s), S.at(toks[r.ti].s)).replace(/^[^،,]*[:]/, '')
					)
			);
		// «وأضاف:», «وقال لوكالة X إن …»: the last speaker goes on
		const toldOnly =
			intro >= h.tj &&
			refs.filter((r) => r.ti >= h.tj && r.ti < intro).every((r) => addressed(S, r, h.tj)) &&
			refs.some((r) => r.ti >= h.tj && r.ti < intro);
		// («وأضاف في مؤتمر صحفي أن», «واعتبرت خلال مؤتمر صحفي، اليوم (السبت) في السليمانية، أن»: where and
		// when it was said, a phrase opened by a preposition, may stand between: no subject in it)
		const placed =
			intro > h.tj + 2 &&
			!!T.grammar.preposition?.match(toks, h.tj, 1) &&
			refs.every(
				(r) => r.ti < h.tj || r.ti >= intro || r.prep || addressed(S, r, h.tj) || r.via === 'adjective'
			);
		if (
			!speaker &&
			h.ti - clauseStart(S, h.ti) <= 1 &&
			((intro >= h.tj && intro <= h.tj + 2) ||
				placed ||
				toldOnly ||
				/^\s*[:«"“]/.test(S.gap(h.tj)) ||
				['verbo', 'object'].includes(role))
		)
			speaker = d.lastSpeaker ?? undefined;
		if (!speaker) continue;
		if (role === 'object' && !objectAfter(S, speaker.ti >= h.tj ? speaker.tj : h.tj, 5)) continue;
		// «ورفض المتحدث التعليق»: a refusal to comment is no denial
		if (role === 'object' && is('refused', toks[speaker.ti >= h.tj ? speaker.tj : h.tj]?.w)) continue;
		// the outlet the speaker spoke to («قال لوكالة X») relays it
		for (const r of refs)
			if (
				r !== speaker &&
				(r.kind === 'outlet' || r.kind === 'agency') &&
				r.ti >= h.tj &&
				r.ti < subjEnd &&
				addressed(S, r, h.tj) &&
				!pending.includes(r)
			)
				pending.push(r);
		for (const x of addressees)
			if ((x.kind === 'outlet' || x.kind === 'agency') && !pending.includes(x)) pending.push(x);
		const subjTo = speaker.ti >= h.tj ? speaker.tj : h.tj;
		// (the mark after a quoted subject closes it: «لتنظيم "الدولة الإسلامية" هم»)
		const quotedSubject = refs.includes(speaker) && speaker.ti >= h.tj && /[«"“]\s*$/.test(S.gap(speaker.ti));
		if (
			role === 'verb' &&
			intro < 0 &&
			!/^\s*["«“]/.test(quotedSubject ? S.gap(subjTo).replace(/^\s*[»"”]/, '') : S.gap(subjTo)) &&
			!hasDismissal(S, subjTo, toks.length)
		) {
			// an Arabic speech verb introduces what is said; without it «قال» is not reporting speech —
			// but for an event told as its object («أعلن الجيش مقتل …», «أكدت السلطات سقوط صواريخ»)
			const object = skipDates(S, subjTo);
			// (a direct object: «أبلغت بالهجوم», informed of the attack, tells no event)
			if (!speechMarkAfter(S, h.tj) && !(object < toks.length && T.events.match(toks, object, 2, true)))
				continue;
		}
		contentFrom = intro >= 0 ? intro : skipDates(S, subjTo);
		// «ونفت إيران وروسيا», «وقالت الولايات المتحدة وبريطانيا إن»: a subject joined by «و» speaks too
		const sp = speaker;
		const joinedAt = T.grammar.conjunction?.has(toks[sp.tj]?.w ?? '') ? sp.tj + 1 : sp.tj;
		const alsoSaid =
			sp.ti >= h.tj && !/[،,]/.test(S.gap(sp.tj)) && !/[،,]/.test(S.gap(joinedAt))
				? refs.find(
						(r) =>
							r.ti === joinedAt &&
							r.id !== sp.id &&
							r.via !== 'adjective' &&
							(joinedAt > sp.tj || basesOf(toks[r.ti]).some((b) => b.conj)) &&
							(r.kind === 'state' || r.kind === 'organisation' || r.kind === 'person')
					)
				: undefined;
		pushSaid(act, speaker, alsoSaid, contentFrom, contentTo, h.ti);
	}
	// «به گزارش الجزیره، …» with no one else speaking in the sentence: the outlet reports it (a credit
	// line with nothing after it, «به گزارش افغان نیوز؛», reports nothing)
	if (pending.length && !local.some((st) => !st.referred) && pending[pending.length - 1].tj < toks.length) {
		const r = pending[pending.length - 1];
		const chain = pending.slice(0, -1);
		pending = chain;
		local.push(make('report', r, r.tj, toks.length, r.ti));
	}
	// «X با رد … گفت»: a manner cue before the main verb makes its statement a denial
	const mannerFirst = hits.find((h) => h.cue.role === 'manner' && h.cue.act === 'denial');
	if (mannerFirst)
		for (const st of local)
			if (st.cuePos > S.at(toks[mannerFirst.ti].s) && !st.referred && st.speakerRef.ti < mannerFirst.ti)
				st.act = 'denial';
	// a claim quoted inside what someone else says («كتب X بأن "القائد Y أعلن …"») is theirs to report, not a statement of its own
	const quotes = quoteSpans(S);
	for (let q = local.length - 1; q >= 0; q--) {
		const st = local[q];
		const inQuote = quotes.find(([a, b]) => st.cuePos >= a && st.cuePos < b && st.speakerRef.start >= a);
		if (
			inQuote &&
			local.some(
				(o) =>
					o !== st && o.cuePos < inQuote[0] && o.content.start <= inQuote[0] && o.content.end >= inQuote[1]
			)
		)
			local.splice(q, 1);
	}
	// a headline's «البيت الأبيض: لم نر أي مؤشر…», «لاوروف: …», "Kremlin: …": who opens the line
	// and a colon say the rest (an outlet there is a credit or a byline, not a speaker, unless it is
	// named as one: «خبرگزاری راسک: …», «وكالة أنباء فارس: …» report); a claim only referred to in
	// the rest («طالبان: گزارش نیویورک‌تایمز جعلی است») is what they answer
	if (local.every((x) => x.referred)) {
		const first = refs.find((r) => r.ti === 0 && !r.prep && r.via !== 'adjective');
		if (
			first &&
			((first.kind !== 'outlet' && first.kind !== 'agency') || !!tables().outletHeads.match(toks, 0, 3)) &&
			/^\s*:/.test(S.gap(first.tj)) &&
			toks.length - first.tj >= 3 &&
			// («منبع: https://…», "Source: www…": where a page came from, not what anyone said)
			!/^(https?|www)$/i.test(toks[first.tj]?.w ?? '')
		)
			local.push(make('claim', first, first.tj, toks.length, first.ti));
	}
	// one statement per speaker and act in a sentence
	const merged: ReadStatement[] = [];
	for (const st of local) {
		const same = merged.find(
			(m) => m.speaker === st.speaker && m.act === st.act && !!m.referred === !!st.referred
		);
		if (same) {
			same.content = {
				start: Math.min(same.content.start, st.content.start),
				end: Math.max(same.content.end, st.content.end)
			};
			if (st.chain.length > same.chain.length) same.chain = st.chain;
			continue;
		}
		merged.push(st);
	}
	// "…, Russia's state news agency TASS reported.", "As reported by RT, he commented …": an outlet's
	// report whose words hold another speaker's speech verb relays that speech; it is no report of
	// its own ("X reported, citing Y, that …" stays X's report: citing is no speech verb of Y's)
	// (only a sentence with a report and another statement has anything to fold)
	const folds = merged.length > 1 && merged.some((r) => r.act === 'report');
	const verbAt = new Set(
		folds
			? hits.filter((h) => h.cue.role === 'verb' || h.cue.role === 'verbo').map((h) => S.at(toks[h.ti].s))
			: []
	);
	for (let q = folds ? merged.length - 1 : -1; q >= 0; q--) {
		const r = merged[q];
		if (r.act !== 'report' || r.referred) continue;
		if (r.speakerRef.kind !== 'outlet' && r.speakerRef.kind !== 'agency') continue;
		const told = merged.find(
			(o) =>
				o !== r &&
				!o.referred &&
				o.speaker !== r.speaker &&
				// before a report that closes the sentence with nothing after it, or in the words of a
				// report told by "as reported by" (not "X reported that Y said": X's report of Y's words)
				// (English: a Persian report's verb closes its own clause, its words before it, and
				// «به گزارش X، …» already puts X in the chain of what follows)
				((S.lang === 'en' && r.content.start >= r.content.end && o.cuePos < r.cuePos) ||
					(S.lang === 'en' &&
						!verbAt.has(r.cuePos) &&
						o.cuePos >= r.content.start &&
						o.cuePos < r.content.end)) &&
				verbAt.has(o.cuePos)
		);
		if (!told) continue;
		told.chain = [r.speaker, ...told.chain.filter((x) => x !== r.speaker)];
		merged.splice(q, 1);
	}
	// acts from what was said, answers, topic, time
	for (const st of merged) {
		const c0 = tokenAt(S, st.content.start);
		const c1 = st.content.end >= S.sent.end ? toks.length : Math.max(c0, tokenAt(S, st.content.end));
		// what was said, and the words between the verb and it ("said it had seen no indication that …":
		// "that" opens the content after the words that deny)
		const cue = tokenAt(S, st.cuePos);
		// ("said on Wednesday it did not make": the date after the verb is no part of what was said)
		const from = cue >= 0 && cue < c0 && S.lang === 'en' ? skipDates(S, cue + 1) : c0;
		// (what was said holds another speaker's own speech act, «أفادت وكالة فارس أن الخارجية
		// الإيرانية تنفي …»: the denial is theirs, the outlet reports it)
		const inner =
			(st.act === 'report' || st.speakerRef.kind === 'outlet' || st.speakerRef.kind === 'agency') &&
			merged.some(
				(o) =>
					o !== st &&
					!o.referred &&
					o.speaker !== st.speaker &&
					o.cuePos >= st.content.start &&
					o.cuePos < st.content.end
			);
		if (
			!st.referred &&
			!inner &&
			(st.act === 'claim' || st.act === 'report') &&
			c0 >= 0 &&
			(denies(S, from, c1) ||
				deniesForSide(S, from, c1, sideOf(ctx.g, st), ctx.g) ||
				characterisesAccusation(S, cue, c0, c1))
		)
			st.act = 'denial';
		st.topic = [
			...new Set(
				refs
					.filter((r) => r.start >= st.content.start && r.end <= st.content.end && r.via !== 'descriptor')
					.map((r) => r.affiliation ?? r.id)
			)
		].sort();
		if (st.act === 'denial' || st.act === 'confirmation') {
			for (const o of merged)
				if (o.referred && o !== st) {
					st.answersLocal.push(offset + merged.indexOf(o));
					// the claim's owner, and whom an unnamed owner speaks for («مسؤول روسي» → Russia)
					for (const a of [o.speakerRef.anonymous ? o.speakerRef.affiliation : null, o.speaker])
						if (a && !st.answers.includes(a)) st.answers.push(a);
				}
			if (!st.answers.length) st.answers = ownersAfter(S, c0 >= 0 ? c0 : 0, st.speaker);
		}
		const ownM = st.referred ? null : ownDate(S, st);
		st.ownDate = ownM;
		const own = ownM ? mentionValue(ownM) : null;
		// (no date of its own, but a weekday no publication date resolved: kept to match another telling)
		const unresolvedM = !own && !st.referred ? ownDate(S, st, S.unresolved) : null;
		const day = unresolvedM ? T.weekdayIn(unresolvedM.text) : null;
		if (day !== null) st.weekday = day;
		// said again and again ("has consistently denied", «لطالما نفت», «همواره … متهم کرده»): at no one time
		const again = !own && habitual(S, st, c0);
		const inherited = !own && !again && d.lastSpeaker?.id === st.speaker ? d.lastSaidAt : null;
		// a claim only referred to was said at some time before, not when its sentence's speaker spoke
		st.saidAt = st.referred || again ? null : (own ?? inherited ?? ctx.published);
		if (!st.referred && !again && !own && !inherited && ctx.published) st.pageDated = true;
		if (!st.referred) {
			d.lastSaidAt = own ?? inherited;
			d.lastSpeaker = st.speakerRef;
			remember(ctx.g, d.lastSpeakerByKind, st.speakerRef);
		}
	}
	// one statement per speaker and act in a sentence, also once the acts are read from what was
	// said («وأردف بيسكوف قائلاً: "… كذبة"»: two cues, one denial)
	const ordered: ReadStatement[] = [];
	// (a body's words told inside what its own ministry or spokesperson said, «وقال بيان لوزارة
	// الخارجية الإماراتية إن الإمارات رحبت …»: the same statement, not the state's own)
	const within = (m: ReadStatement, st: ReadStatement) =>
		!m.referred &&
		m.speaker !== st.speaker &&
		st.cuePos >= m.content.start &&
		st.cuePos < m.content.end &&
		(m.act === st.act || st.act === 'claim') &&
		ctx.g.lineage(m.speakerRef.affiliation ?? m.speaker).includes(st.speaker);
	for (const st of merged) {
		if (!st.referred && merged.some((m) => m !== st && within(m, st))) continue;
		const same = st.referred
			? undefined
			: ordered.find((m) => !m.referred && m.speaker === st.speaker && m.act === st.act);
		if (!same) {
			ordered.push(st);
			continue;
		}
		same.topic = [...new Set([...same.topic, ...st.topic])].sort();
		for (const a of st.answers) if (!same.answers.includes(a)) same.answers.push(a);
		for (const k of st.answersLocal) if (!same.answersLocal.includes(k)) same.answersLocal.push(k);
		if (st.chain.length > same.chain.length) same.chain = st.chain;
	}
	// a referred claim's index is its place in the document's list
	for (const st of ordered)
		st.answersLocal = st.answersLocal.map((k) => offset + ordered.indexOf(merged[k - offset]));
	return ordered;
}

/**
 * "Lieutenant General Ahmed Sharif Chaudhry, Director General of Pakistan Army's media wing,
 * said …": the named person opening the clause, set off by a comma from the apposition that ends
 * right before the verb, is the subject — not the last noun of the apposition.
 */
function appositive(S: Sent, before: Ref[], near: Ref | undefined, verb: number): Ref | undefined {
	if (!near || !/,\s*$/.test(S.gap(verb))) return undefined;
	// (no quote before the verb: '"… Putin," said X' is an inverted quote)
	if (/["“”«»]/.test(S.text.slice(S.sent.start, S.at(S.toks[verb].s)))) return undefined;
	const first = before[0];
	if (!first || first.anonymous) return undefined;
	// a state or a body, with an apposition that describes it ("the UAE, a US ally, said", "Hengaw,
	// based in Oslo, said"; not a list: "Iran, the US and Russia said")
	const described =
		(first.kind === 'state' || first.kind === 'organisation') &&
		first !== near &&
		/^\s*,\s*$/.test(S.gap(first.tj)) &&
		!!tables().grammar.describes?.match(S.toks, first.tj, 1, true);
	if (first.kind !== 'person' && !described) return undefined;
	// the name and its apposition read as one reference ("X, spokesman for the ministry,")
	if (first === near) return first.start === S.at(S.toks[0].s) || first.ti === 0 ? first : undefined;
	if (!/^\s*,/.test(S.gap(first.tj)) || first.tj >= near.ti) return undefined;
	// the apposition is one stretch: no other comma between it and the verb
	for (let q = first.tj + 1; q < verb; q++) if (/[,;:]/.test(S.gap(q))) return undefined;
	return first;
}

/**
 * The owner of a claim noun standing right before it in English: a state named by its adjective
 * ("Israeli allegations") or the press ("Pakistani media reports"); the wider reference first.
 */
function ownerBefore(refs: Ref[], ti: number): Ref | undefined {
	const r = refs.filter((x) => x.tj === ti).sort((a, b) => a.ti - b.ti)[0];
	if (!r) return undefined;
	return (r.kind === 'state' && r.via === 'adjective') || r.kind === 'outlet' || r.kind === 'agency'
		? r
		: undefined;
}

/**
 * The quote closing right before token `j` holds a word or two ('Iran "categorically" denied'): a
 * manner set in quotes, not what was said.
 */
function scareQuoted(S: Sent, j: number): boolean {
	const end = S.at(S.toks[j].s);
	const before = S.text.slice(S.sent.start, end).replace(/["”»]\s*,?\s*$/, '');
	const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('«'));
	if (open < 0) return false;
	return (
		before
			.slice(open + 1)
			.trim()
			.split(/\s+/).length <= 2
	);
}

/** The quoted stretches of a sentence (offsets into the file text): «…», "…", “…”. */
function quoteSpans(S: Sent): [number, number][] {
	const out: [number, number][] = [];
	const t = S.text.slice(S.sent.start, S.sent.end);
	const re = /«[^«»]*»|"[^"]*"|“[^“”]*”/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(t)))
		if (m[0].length > 12) out.push([S.sent.start + m.index, S.sent.start + m.index + m[0].length]);
	return out;
}

/** An outlet after «لـ / to / به» right after the verb is spoken to, not speaking. */
function addressed(S: Sent, r: Ref, from: number): boolean {
	const T = tables();
	const is = isWord(T);
	if (r.kind !== 'outlet' && r.kind !== 'agency' && !r.prep) return false;
	const first = S.toks[r.ti];
	const glued = basesOf(first).some((b) => b.prep && T.grammar.addressee?.has(b.clitic ?? ''));
	return r.ti >= from && (glued || is('addressee', S.toks[r.ti - 1]?.w));
}

/** A claim-like object («التقارير», "the report") within `k` words from token j. */
function objectAfter(S: Sent, j: number, k: number): boolean {
	const T = tables();
	for (let q = j; q < S.toks.length && q < j + k; q++) if (T.claimWords.match(S.toks, q, 2)) return true;
	return false;
}

/** No punctuation parts tokens [a, b] (the gaps before a+1 … b). */
function clauseBreakIn(S: Sent, a: number, b: number): boolean {
	for (let q = a + 1; q <= b; q++) if (breaks(S, q)) return true;
	return false;
}

/** "as baseless", «باعتباره كاذبا»: a dismissal within the three words after token j. */
function asDismissed(S: Sent, j: number): boolean {
	return hasDismissal(S, j, j + 3);
}

/**
 * English "called the strike a cowardly act", "calls it "a blatant violation"": what the verb's object
 * is said to be follows it (a determiner or a pronoun opens the object at j, then "a"/"an" or a
 * quotation within six words, in the same clause); not "a group called Hamas", "called on", "called for".
 */
function characterised(S: Sent, j: number): boolean {
	const T = tables();
	const is = isWord(T);
	if (S.lang !== 'en' || j >= S.toks.length) return false;
	const w = S.toks[j].w;
	const pronoun = !!T.grammar.objectpronoun?.has(w);
	if (!pronoun && !is('determiner', w)) return false;
	// (the object: the pronoun, or a determiner and up to three words before "a"; up to seven before a quotation)
	let plain = true;
	for (let k = j + 1; k < S.toks.length && k <= j + 8; k++) {
		if (/[.;:!?,]/.test(S.gap(k))) return false;
		if (/["“]\s*$/.test(S.gap(k))) return true;
		const article = !!T.indefinite.match(S.toks, k, 1);
		if (plain && article && (pronoun || k > j + 1) && k <= j + (pronoun ? 1 : 4)) return true;
		if (T.grammar.preposition?.has(S.toks[k].w)) plain = false;
	}
	return false;
}

/** Words that call what was said false, in tokens [a, b). */
function hasDismissal(S: Sent, a: number, b: number): boolean {
	const T = tables();
	for (let q = a; q < b && q < S.toks.length; q++) if (T.dismissals.match(S.toks, q, 6)) return true;
	return false;
}

/**
 * What was said denies something: a dismissal («مفبركة», "baseless"), a negated happening («لم
 * يحدث», «صورت نگرفته است», "did not take place", "no such meeting took place"), "has no
 * information about", or a rejection of a claim («رفضها القاطع لأي اتهامات»).
 */
function denies(S: Sent, a: number, b: number): boolean {
	const T = tables();
	const is = isWord(T);
	// "said it did not target civilians", «قالت إنها لم ترسل»: the speaker denies having done it
	// (not "it did not know", «إنها لم تتلق»)
	for (const q of [a, a + 1]) {
		const own = q < b ? T.selfNegations.match(S.toks, q, 5) : null;
		if (own && q + own.len < b && !T.selfNegationsNot.match(S.toks, q + own.len, 3)) return true;
	}
	// "said that its Air Force has never communicated", "our forces did not cross": what the speaker
	// has (a `possessive` and up to three words) did not do it
	for (const q of [a, a + 1]) {
		if (q >= b || !T.grammar.possessive?.match(S.toks, q, 1, true)) continue;
		for (let k = q + 1; k <= q + 4 && k < b; k++) {
			if (breaks(S, k, /[.:;؛!?؟,،«»"“”]/)) break;
			const neg = T.grammar.negpast?.match(S.toks, k, 4, true);
			if (!neg) continue;
			// (not a state: "its soldiers were not hurt")
			if (T.grammar.negstate?.match(S.toks, k, 2, true)) break;
			if (k > q + 1 && !T.selfNegationsNot.match(S.toks, k + neg.len, 3)) return true;
			break;
		}
	}
	for (let q = a; q < b && q < S.toks.length; q++) {
		if (T.dismissals.match(S.toks, q, 6) || T.noinfo.match(S.toks, q, 6)) return true;
		// «لم يكن للوزارة أي تورط», "had no involvement": "no" / «أي» right before a noun of taking
		// part, a negation at most six words before it
		if (q > a && is('negquant', S.toks[q - 1].w) && T.involvement.match(S.toks, q, 1))
			for (let k = q - 1; k >= Math.max(a, q - 6); k--)
				if (T.grammar.negator?.match(S.toks, k, 2, true)) return true;
		// «هیچ هیأت مذاکره‌ای … اعزام نشده است»: "no …" and a negated light verb after it (none was sent)
		if (is('negquant', S.toks[q].w) && !T.grammar.negator?.match(S.toks, q, 2, true))
			for (let k = q + 1; k < Math.min(b, q + 14) && !breaks(S, k, /[.:;؛!?؟«»"“”]/); k++)
				if (T.grammar.negverb?.match(S.toks, k, 3, true)) return true;
		// «ما این راپورها را به شدت رد می‌کنیم»: Persian names what it rejects before the verb (a form of
		// the light verb «کرد», speech data `fa-light`)
		if (
			S.lang === 'fa' &&
			q > a &&
			T.rejections.match(S.toks, q, 1) &&
			T.faLight.get(DO)?.match(S.toks, q + 1, 3)
		)
			for (let k = q - 1; k >= Math.max(a, q - 6); k--) if (T.claimWords.match(S.toks, k, 2)) return true;
		// «رفضها القاطع لأي اتهامات», "its rejection of the allegations": a rejection of what was claimed
		const rej = T.rejections.match(S.toks, q, 3);
		// (not a refusal to comment on them: «رفض التعليق على التقارير»)
		if (rej && !is('refused', S.toks[q + rej.len]?.w))
			for (let k = q + rej.len; k <= q + rej.len + 4 && k < b && k < S.toks.length; k++)
				if (T.claimWords.match(S.toks, k, 2)) return true;
		const occ = T.occurred.match(S.toks, q, 4);
		if (occ) {
			// Persian negates the verb itself («صورت نگرفته», «رخ نداد»)
			const w = S.toks.slice(q, q + occ.len).map((t) => t.w);
			if (S.lang === 'fa' && w.some((x, k) => k > 0 && /^ن/.test(x) && !/^نمود/.test(x))) return true;
			// ("will not happen again", «لن يحدث»: a promise about what is to come denies nothing)
			const promised = [1, 2, 3, 4].some(
				(k) => q - k >= a && !!T.grammar.future?.match(S.toks, q - k, 2, true)
			);
			for (let k = q - 1; k >= Math.max(a, q - 4) && !promised; k--) {
				if (T.grammar.negator?.match(S.toks, k, 2, true)) return true;
				if (is('negquant', S.toks[k].w) && k >= q - 3) return true;
			}
		}
	}
	return negatedAssertion(S, a, b);
}

/**
 * The cue calls the accusations something («… called the accusations "conjectural"», "described the
 * Danish allegations as a plot", «ادعای انگلیس را «ناپخته و شتاب‌زده» توصیف کرد»): a rebuttal of them,
 * a denial, whatever it calls them. The cue is a `characterise` verb and an `accusation` word stands
 * in the first `CHARACTERISED` words of what was said (Persian names it before its final verb, in the
 * words before the cue), with no mark and no word introducing what was said before it.
 */
function characterisesAccusation(S: Sent, cue: number, c0: number, c1: number): boolean {
	const G = tables().grammar;
	if (cue < 0 || !G.characterise?.match(S.toks, cue, 4, true) || !G.accusation) return false;
	// after the cue (its subject may stand between: «وصفت الخارجية الاتهامات بأنها»), or before a
	// verb-final cue, back to where its clause begins
	if (cue < c0) {
		const to = Math.min(c1, c0 + CHARACTERISED, cue + 1 + 3 * CHARACTERISED);
		for (let k = cue + 1; k < to && k < S.toks.length; k++) {
			if (k > cue + 1 && breaks(S, k, /[.:;؛!?؟]/)) return false;
			if (G.complementizer?.match(S.toks, k, 2, true)) return false;
			if (G.accusation.match(S.toks, k, 2, true)) return true;
		}
		return false;
	}
	for (let k = cue - 1; k >= Math.max(0, cue - 6 * CHARACTERISED); k--) {
		if (G.accusation.match(S.toks, k, 2, true)) return true;
		if (breaks(S, k, /[.:;؛!?؟،,]/)) return false;
	}
	return false;
}

/**
 * The subject of an Arabic verb after «كان» (grammar `kana`) in its clause: «وكان X اتهم», «وكانت
 * الوزارة أعلنت» — the name right after «كان», at most three words (not counting `svogap` words such
 * as «قد») before the verb, with no preposition before it. Null when the clause does not open so.
 */
function kanaSubject(S: Sent, refs: Ref[], verb: number): Ref | null {
	const T = tables();
	const is = isWord(T);
	const cs = clauseStart(S, verb);
	for (let q = cs; q < verb && q <= cs + 1; q++) {
		if (!T.grammar.kana?.match(S.toks, q, 1, true)) continue;
		const r = refs.find((x) => x.ti === q + 1 && x.tj <= verb && !x.prep && x.via !== 'adjective');
		if (!r) return null;
		let words = 0;
		for (let k = r.tj; k < verb; k++) if (!is('svogap', S.toks[k].w)) words++;
		return words <= 3 ? r : null;
	}
	return null;
}

/** How many words into what was said the accusations a characterising verb rebuts may stand. */
const CHARACTERISED = 4;

/** A quotation mark from token k to the end of the sentence (what follows holds a quotation). */
function quotationFrom(S: Sent, k: number): boolean {
	return k < S.toks.length && /["“”«»]/.test(S.text.slice(S.at(S.toks[k].s), S.sent.end));
}

/** The Persian light verb "to do", as its forms are filed in speech data (`fa-light کرد`). */
const DO = 'کرد';

/**
 * What was said opens with a negation of what it asserts, in its first clause: there was none of it
 * (`negexist`: "there were no civilians killed", «لا توجد أي عناصر», «وجود ندارد»), or a negated past
 * verb (`negassert`) of a happening — an event word or a word of taking part after it, or right before
 * it in Persian, where a light verb closes the clause ("this airplane was not hit by a missile", «لم تتم
 * محادثات», «هیچ شهروندی بازداشت نمی‌شود»). A future or unreal word right before it makes a promise or a
 * condition ("will not", «لن», "if … not"), a `hedge` anywhere before it a guess ("likely did not"); a
 * `negassertnot` word (or a `selfnegnot` verb) right after
 * it denies nothing ("not only", "did not know", "has not yet"); a negated state ("is not a problem")
 * asserts one.
 */
function negatedAssertion(S: Sent, a: number, b: number): boolean {
	const T = tables();
	const G = T.grammar;
	if (!G.negassert && !G.negexist) return false;
	const end = Math.min(b, S.toks.length, a + (S.lang === 'fa' ? 18 : 14));
	// (an Arabic verb after «لم» is in the imperfect: «لم تقصف» is of «قصف», «لم يستهدف» of «استهدف»)
	const jussive = (w: string) => S.lang === 'ar' && pastStems(w).some((x) => T.events.has(x));
	const happening = (from: number, to: number) => {
		for (let k = Math.max(a, from); k < Math.min(end + 6, b, to, S.toks.length); k++)
			if (T.events.match(S.toks, k, 3) || T.involvement.match(S.toks, k, 1) || jussive(S.toks[k].w))
				return true;
		return false;
	};
	for (let q = a; q < end; q++) {
		if (q > a && breaks(S, q, /[.:;؛!?؟]/)) return false;
		const exist = G.negexist?.match(S.toks, q, 5, true);
		const m = exist ?? G.negassert?.match(S.toks, q, 5, true);
		if (!m) continue;
		const after = q + m.len;
		if (G.negassertnot?.match(S.toks, after, 2, true) || T.selfNegationsNot.match(S.toks, after, 3))
			return false;
		for (let k = q - 1; k >= a; k--)
			if (
				(k >= q - 3 && (G.future?.match(S.toks, k, 3, true) || G.unreal?.match(S.toks, k, 3, true))) ||
				G.hedge?.match(S.toks, k, 3, true)
			)
				return false;
		if (exist) return true;
		if (S.lang === 'fa' ? happening(q - 1, q) : happening(after, after + 6)) return true;
	}
	return false;
}

/**
 * What was said opens on the speaker's own side, by name, and a negated past verb of it: "Iran's
 * foreign ministry said Iran did not send missiles", «وقالت الخارجية الإيرانية إن طهران لم ترسل»,
 * «وزارت خارجه ایران گفت که ایران موشکی به روسیه نداده است» — the speaker denies what its side was
 * said to have done (as "it did not", `selfneg`, with a pronoun). A verb of the `selfnegnot` list
 * after the negation denies nothing; a future word before it makes a promise.
 */
function deniesForSide(S: Sent, a: number, b: number, side: string[], g: Gazetteer): boolean {
	const T = tables();
	const subject = S.refs.find((r) => r.ti >= a && r.ti <= a + 1 && r.tj < b);
	if (!subject) return false;
	const mine = [subject.id, ...(subject.affiliation ? [subject.affiliation] : [])].some((x) =>
		g
			.lineage(x)
			.concat(x)
			.some((y) => side.includes(y))
	);
	if (!mine) return false;
	const reach = S.lang === 'fa' ? 14 : 3;
	for (let q = subject.tj; q < b && q < subject.tj + reach; q++) {
		if (breaks(S, q, /[.:;؛!?؟«»"“”]/)) return false;
		const neg = T.grammar.negpast?.match(S.toks, q, 4, true);
		if (!neg) continue;
		if (T.selfNegationsNot.match(S.toks, q + neg.len, 3)) return false;
		for (let k = q - 1; k >= Math.max(a, q - 3); k--)
			if (T.grammar.future?.match(S.toks, k, 2, true)) return false;
		return true;
	}
	return false;
}

/** Owners of claims named after a denial («نفت … تصريحات مسؤول روسي» → the Russian official). */
function ownersAfter(S: Sent, from: number, speaker: string): string[] {
	const T = tables();
	for (let q = from; q < S.toks.length; q++) {
		const cw = T.claimWords.match(S.toks, q, 2);
		if (!cw) continue;
		// «اتهامات من قبل X», "claims by X", «ادعاهای از سوی X»: the owner after the agent's preposition
		const j = q + cw.len + (T.grammar.agent?.match(S.toks, q + cw.len, 2, true)?.len ?? 0);
		const r = S.refs.find((x) => x.ti >= j && x.ti <= j + 1 && x.id !== speaker);
		if (r)
			return [r.affiliation && r.anonymous ? r.affiliation : r.id, r.id].filter(
				(x, k, a) => a.indexOf(x) === k
			);
		return [];
	}
	return [];
}

/**
 * The statement's own date: a date of the sentence outside what was said, nearest the cue; null
 * when the clause has none.
 */
function ownDate(S: Sent, st: ReadStatement, dates: readonly TimeMention[] = S.dates): TimeMention | null {
	let best: TimeMention | null = null;
	let dist = Infinity;
	const aside = relativeAsides(S, st.content.start);
	const told = toldBefore(S, st);
	for (const m of dates) {
		readingWork.dateChecks++;
		if (m.start >= st.content.start && m.start < st.content.end) continue;
		// ("… in May, the statement added": what was said before the speaker's clause)
		if (m.start < told) continue;
		// ("Baradar, who was last week named deputy prime minister, said …": the date of who the speaker is)
		if (aside.some(([a, b]) => m.start >= a && m.start < b)) continue;
		const dd = Math.abs(m.start - st.cuePos);
		if (dd < dist) {
			dist = dd;
			best = m;
		}
	}
	return best;
}

/**
 * Where the speaker's own clause begins when what was said comes before it and no words after the
 * cue say it ("… in May, the NAVCENT statement added", «… في مايو، بحسب البيان»): after the last
 * comma or closing quote before the speaker (or the cue). 0 (nothing said before) otherwise.
 */
function toldBefore(S: Sent, st: ReadStatement): number {
	// words after the cue that say something ("said the talks had failed"), not only whom it quoted
	// ("Reuters said quoting the UN report": a relay cue opens them)
	if (st.content.start > st.cuePos && st.content.start < st.content.end) {
		const k = tokenAt(S, st.content.start);
		const m = k >= 0 ? tables().cues.match(S.toks, k, 8) : null;
		if (!m?.values.some((c) => c.role === 'relay')) return 0;
	}
	const sp =
		st.speakerRef.ti >= 0 && st.speakerRef.ti < S.toks.length ? S.at(S.toks[st.speakerRef.ti].s) : st.cuePos;
	const head = Math.min(sp, st.cuePos);
	if (head <= S.sent.start) return 0;
	const before = S.text.slice(S.sent.start, head);
	const cut = Math.max(...[',', '،', '”', '»', '"'].map((c) => before.lastIndexOf(c)));
	// a clause said, not an adverbial ("On Monday, the ministry said …")
	if (
		cut < 0 ||
		before
			.slice(0, cut)
			.split(/\s+/)
			.filter((w) => /\p{L}/u.test(w)).length < TOLD_BEFORE
	)
		return 0;
	return S.sent.start + cut;
}

/** At least this many words before a speaker's clause are something said, not an adverbial. */
const TOLD_BEFORE = 5;

/**
 * Whether the event word at `trigger` names the occasion of statement `st`: outside what was said,
 * within `OCCASION` words of its cue, right after an occasion word (grammar `occasion`: «خلال», «در»,
 * "during", "at"), an article or a possessive between («خلال اجتماع», "at a press conference", "during
 * his visit"), in the cue's clause.
 */
function occasionOf(S: Sent, trigger: Span, st: ReadStatement): boolean {
	if (trigger.start < st.content.end && trigger.end > st.content.start) return false;
	const T = tables();
	const { toks } = S;
	const ti = tokenAt(S, trigger.start);
	const cue = tokenAt(S, st.cuePos);
	if (ti < 0 || cue < 0 || Math.abs(ti - cue) > OCCASION) return false;
	const [a, b] = ti < cue ? [ti, cue] : [cue, ti];
	for (let k = a + 1; k <= b; k++) if (/[.:;؛!?؟«»"“”]/.test(S.gap(k))) return false;
	for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) {
		if (k !== ti - 1 && /[،,]/.test(S.gap(k + 1))) return false;
		if (T.grammar.occasion?.has(toks[k].w)) return true;
		if (!T.grammar.stop?.has(toks[k].w) && !T.grammar.article?.has(toks[k].w)) return false;
	}
	return false;
}

/** How many words an occasion of a saying («خلال اجتماع», "at a press conference") may stand from its cue. */
const OCCASION = 6;

/**
 * The relative clauses that end before what was said (from `before`): from a relative pronoun
 * («الذي», «که», "who", "which") to the comma that closes it ("Baradar, who was last week named …,
 * said"; «برادر که هفته گذشته منصوب شد، گفت»; «وقال برادر، الذي عين يوم الاثنين …، إن»). What they
 * tell is about the speaker, not when it spoke.
 */
function relativeAsides(S: Sent, before: number): [number, number][] {
	const T = tables();
	const out: [number, number][] = [];
	const { toks } = S;
	for (let k = 0; k < toks.length && S.at(toks[k].s) < before; k++) {
		if (!T.grammar.relativeaside?.has(toks[k].w)) continue;
		let e = k + 1;
		while (e < toks.length && !/[،,.;؛:!?؟]/.test(S.gap(e))) e++;
		const end = e < toks.length ? S.at(toks[e].s) : S.sent.end;
		if (end <= before) out.push([S.at(toks[k].s), end]);
		k = e - 1;
	}
	return out;
}

/**
 * The words from `a` to `b` are a relative pronoun and at most a word before a date («که روز», «التي
 * وقعت يوم», ", which took place on»).
 */
function relativeBefore(S: Sent, a: number, b: number): boolean {
	const T = tables();
	if (/[.;؛!?؟:]/.test(S.text.slice(a, b))) return false;
	let words = 0;
	let relative = false;
	for (const t of S.toks) {
		if (S.at(t.s) < a) continue;
		if (S.endAt(t.e) > b || ++words > 4) break;
		relative ||= !!T.grammar.relative?.has(t.w);
	}
	return words <= 4 && relative;
}

/** Events of a sentence: an event word, the actors around it, the date of its own clause. */
function readEvents(
	S: Sent,
	ctx: DocContext,
	local: ReadStatement[],
	told: Map<string, ReadEvent>
): ReadEvent[] {
	const T = tables();
	const is = isWord(T);
	const { toks } = S;
	const found: {
		ev: ReadEvent;
		word: EventWord;
		ti: number;
		back: boolean;
		underway: boolean;
		/** The event told before that a demonstrative points back to («این حمله», "this attack"). */
		pointed?: ReadEvent;
	}[] = [];
	for (let i = 0; i < toks.length; i++) {
		const m = T.events.match(toks, i, 5);
		const word = m?.values.find((w) => !w.lang || w.lang === S.lang);
		if (!m || !word) continue;
		const ts = S.at(toks[i].s);
		const te = S.endAt(toks[i + m.len - 1].e);
		i += m.len - 1;
		// one event per kind in a sentence («هجوم … الهجوم» is one attack), one per family in a clause
		// (another clause, after a comma, may tell another one: «۵۵ نفر از سال ۲۰۲۱ بازداشت شده‌اند، که … دو نفر روز پنجشنبه دستگیر شده‌اند»)
		if (
			found.some(
				(f) => f.word.type.type === word.type.type && !/[،,;؛]/.test(S.text.slice(f.ev.trigger.end, ts))
			)
		)
			continue;
		if (word.type.family && found.some((f) => f.word.type.family === word.type.family && i - f.ti <= 4))
			continue;
		// «لم نجري محادثات», "no talks were held": what did not happen is no event
		const t0 = i - m.len + 1;
		if (
			[1, 2, 3, 4, 5, 6, 7, 8].some(
				(k) =>
					t0 - k >= 0 &&
					!/[،,.:;؛«»"“”]/.test(S.text.slice(S.at(toks[t0 - k].s), S.at(toks[t0].s))) &&
					T.grammar.negator?.match(toks, t0 - k, 2, true)
			)
		)
			continue;
		// "a leaked US document", "the detained UN employees": a participle describing a noun tells no event
		if (m.len === 1 && attributive(S, i)) continue;
		// «محاولة اغتيال», «تلاش برای کشتن», "an assassination bid": a killing tried is no killing
		if (
			word.type.outcome &&
			([1, 2, 3].some((k) => {
				const u = t0 - k >= 0 ? T.grammar.attempt?.match(toks, t0 - k, 3, true) : null;
				return (
					!!u && u.len <= k && !/[،,.:;؛«»"“”]/.test(S.text.slice(S.at(toks[t0 - k].s), S.at(toks[t0].s)))
				);
			}) ||
				(!!T.grammar.attempt?.match(toks, i + 1, 1, true) && !/[^\s]/.test(S.gap(i + 1))))
		)
			continue;
		// «وقعت التفجيرات», «انفجارين وقعا», «الانفجارين اللذين وقعا»: "took place" before or after an
		// event noun (a relative pronoun between them), not «وقّعت» (signed)
		if (
			m.len === 1 &&
			T.grammar.occurs?.has(toks[t0].w) &&
			(T.events.match(toks, i + 1, 5) ||
				(t0 >= 1 && !breaks(S, t0) && !!T.events.match(toks, t0 - 1, 1)) ||
				(t0 >= 2 &&
					!breaks(S, t0) &&
					!breaks(S, t0 - 1) &&
					isWord(T)('relative', toks[t0 - 1]?.w) &&
					!!T.events.match(toks, t0 - 2, 1)))
		)
			continue;
		// «استهدفت اجتماع الحكومة», "a strike on a wedding": what an attack is aimed at is its target, not an event
		if (
			!word.type.outcome &&
			found.some((f) => f.word.type.family && t0 - f.ti <= 3 && !/[،,.:;؛!?؟«»]/.test(S.gap(t0)))
		)
			continue;
		// "released a report", "launched a new cross-border operation": what it is said of is no
		// happening of its kind (`not=KIND`: a word of KIND in its noun phrase, up to six words on)
		const notBefore = word.type.notBefore ? T.grammar[word.type.notBefore] : undefined;
		if (notBefore) {
			let hit = false;
			for (let k = i + 1; k < Math.min(toks.length, i + 7) && !hit; k++) {
				if (breaks(S, k, /[.:;؛!?؟«»"“”،,]/) || T.grammar.preposition?.match(toks, k, 1, true)) break;
				hit = !!notBefore.match(toks, k, 1, true);
			}
			if (hit) continue;
		}
		// «دیدار نکرد», «حمله نکردند», «کشته نشد»: the verb after the event noun says it did not happen
		if (T.grammar.negverb?.match(toks, i + 1, 3, true) && !HARD.test(S.gap(i + 1))) continue;
		// "threatened to strike", «هددت بشن غارات», «ممکن است حمله کند», "whenever it attacks": not told as done
		if (
			[1, 2, 3, 4].some((k) => {
				const u = t0 - k >= 0 ? T.grammar.unreal?.match(toks, t0 - k, 3, true) : null;
				return (
					!!u && u.len <= k && !/[،,.:;؛«»"“”]/.test(S.text.slice(S.at(toks[t0 - k].s), S.at(toks[t0].s)))
				);
			})
		)
			continue;
		const holder = local
			.filter((st) => ts >= st.content.start && ts < st.content.end)
			.sort((a, b) => b.content.start - a.content.start)[0];
		const [ws, we] = eventWindow(S, i - m.len + 1, i + 1, holder, word.type.pair ? 80 : 45);
		let parts = participants(ctx.g, S, ws, we, holder?.speakerRef, word.type.pair, [t0, i + 1]);
		if (word.type.pair && parts.ids.length === 1 && holder) {
			// «لدينا قنوات اتصال مع طالبان»: a state or body speaking of its own contacts is the other party
			const side = ctx.g.lineage(holder.speakerRef.affiliation ?? holder.speakerRef.id);
			const top = side[side.length - 1];
			const kind = top ? ctx.g.get(top)?.kind : undefined;
			if (
				top &&
				(kind === 'state' || kind === 'organisation') &&
				!parts.ids.some((p) => ctx.g.related(p, top))
			)
				parts = { ...parts, ids: [...parts.ids, top].sort() };
		}
		const definite =
			(m.len === 1 && basesOf(toks[i]).some((b) => b.article)) || is('determiner', toks[i - m.len]?.w);
		// «این حملات», «هذه الهجمات», «الهجوم», "the sabotage", «حمله مذکور»: the one told before in the document
		const demonstrative = is('anaphor', toks[i - m.len]?.w) || is('anaphor', toks[i + 1]?.w);
		const pointer = demonstrative || (m.len === 1 && basesOf(toks[i]).some((b) => b.article));
		// …a demonstrative even to the one of its family told in other words («این حمله پهپادی» after «حمله به کرملین»)
		const back = pointer
			? (told.get(word.type.type) ??
				(demonstrative && word.type.family ? told.get(`family:${word.type.family}`) : undefined))
			: undefined;
		const anaphoric = (definite && parts.ids.length === 0) || !!back;
		found.push({
			ev: {
				type: back?.type ?? word.type.type,
				summaryHead: back?.summaryHead ?? word.type.head,
				participants: parts.ids,
				place: parts.place,
				when: null,
				sentence: S.sent,
				trigger: { start: ts, end: te },
				anaphoric
			},
			word,
			ti: i,
			back: !!back && demonstrative,
			pointed: demonstrative ? back : undefined,
			underway: underway(S, t0, i + 1)
		});
	}
	// «حمله هوایی … که در نتیجه آن ده تن کشته و چهار تن زخمی شدند»: the dead and the wounded of one
	// sentence are one happening (what the attack did to people, an event of its own beside the attack:
	// "killed in an attack" tells the attack and the deaths)
	for (let k = found.length - 1; k >= 0; k--) {
		const o = found[k].word.type.outcome;
		if (o && found.some((x, j) => j < k && x.word.type.outcome === o)) found.splice(k, 1);
	}
	// «سفر … به تعویق افتاده است», "postponed what was to be a trip to China": the trip did not take place
	if (found.some((f) => f.word.type.undoes))
		for (let k = found.length - 1; k >= 0; k--) {
			const t = found[k].word.type;
			if (!t.undoes && !t.incident && !t.family && !t.outcome) found.splice(k, 1);
		}
	// dates: each goes to the nearest event word in its clause; a date of a statement's own clause is not the event's
	const pairs: { d: TimeMention; f: (typeof found)[number]; dist: number; across: number }[] = [];
	for (const dm of S.dates) {
		const owner = local.find((st) => st.ownDate === dm || (!!st.ownDate && restates(S.text, st.ownDate, dm)));
		// «قال وفد طالبان، خلال اجتماع في الدوحة», "said at a press conference on Monday": the occasion of a
		// saying took place when the saying did
		const occasions = owner ? found.filter((f) => occasionOf(S, f.ev.trigger, owner)) : [];
		for (const f of occasions)
			if (!f.ev.when) {
				const v = mentionValue(dm);
				if (v) f.ev.when = v;
			}
		// "Pakistani jets struck Kunar on Monday, the Taliban said": a comma cuts the date off from the
		// saying; in the clause of an event word it is that event's day
		if (owner && !/[،,]/.test(S.text.slice(Math.min(dm.end, owner.cuePos), Math.max(dm.start, owner.cuePos))))
			continue;
		for (const f of found) {
			// «این حملات» points back to an event of its own time: a date nearby is another clause's —
			// but for one in a relative clause right after it («در این حمله که روز چهارشنبه به وقوع
			// پیوست», "the attack, which took place on Wednesday")
			// …and for one whose verb says it took place («این دیدار … روز دوشنبه در نیویورک صورت گرفته است»,
			// "the killings … took place in Kahor on August 30")
			const tookPlace = tookPlaceOn(S, f.ti, dm, found);
			if (
				f.back &&
				!tookPlace &&
				!(dm.start > f.ev.trigger.end && relativeBefore(S, f.ev.trigger.end, dm.start))
			)
				continue;
			readingWork.dateChecks++;
			const dist = dm.start >= f.ev.trigger.end ? dm.start - f.ev.trigger.end : f.ev.trigger.start - dm.end;
			const between = S.text.slice(
				Math.min(dm.end, f.ev.trigger.end),
				Math.max(dm.start, f.ev.trigger.start)
			);
			// (a date a comma cuts off from both the saying and the event word is the saying's, but for one
			// the event word stands between it and the saying: «في 14 أيلول، لهجوم … ، تبنته قوات الحوثيين»)
			const eventBetween =
				!!owner &&
				(owner.cuePos >= dm.end
					? f.ev.trigger.start >= dm.end && f.ev.trigger.end <= owner.cuePos
					: f.ev.trigger.end <= dm.start && f.ev.trigger.start >= owner.cuePos);
			if (/[.;؛!?؟]/.test(between) || (owner && !eventBetween && /[،,]/.test(between))) continue;
			// a date as near before the event word as another after it is the other's: «نشست روز جمعه»;
			// one across a comma is another clause's when its own clause has an event word ("attacked a
			// post on Monday, killing five": Monday is the attack's)
			const across = /[،,]/.test(between) ? COMMA : 0;
			// «الهجوم الذي وقع يوم الأربعاء أسفر عن مقتل», "the attack, which took place on Wednesday,
			// killed": a date in a relative clause right after an event word is that event's own
			const relative =
				tookPlace || (dm.start >= f.ev.trigger.end && relativeBefore(S, f.ev.trigger.end, dm.start));
			pairs.push({
				d: dm,
				f,
				dist: relative ? 0 : Math.max(0, dist) + (dm.start < f.ev.trigger.start ? 0.5 : 0) + across,
				across: relative ? 0 : across
			});
		}
	}
	pairs.sort((a, b) => a.dist - b.dist);
	const taken = new Set<TimeMention>();
	for (const p of pairs) {
		const reach = (found.length === 1 ? REACH_ONE : REACH) + p.across;
		if (taken.has(p.d) || p.f.ev.when || p.dist > reach) continue;
		p.f.ev.when = mentionValue(p.d);
		taken.add(p.d);
	}
	// what an event did to people («…, killing five», «أسفر عن مقتل») happened when the event did
	for (const f of found) {
		const of = f.word.type.outcome;
		if (f.ev.when || !of) continue;
		const cause = found.find((c) => c !== f && c.ev.when && c.word.type.family === of);
		if (cause) f.ev.when = cause.ev.when;
		// «در این حمله چهار نفر کشته شدند», "five were killed in this attack": when the attack told before did
		else
			f.ev.when =
				found.find((c) => c !== f && c.pointed?.when && c.word.type.family === of)?.pointed?.when ?? null;
	}
	const out: ReadEvent[] = [];
	for (const { ev, word, underway: begun, back } of found) {
		// «الاجتماع» with a date of its own is an event told again with its time, not only a pointer back
		// («این حمله که روز چهارشنبه …»: the one it points back to, now with its day)
		if (ev.when && !back) ev.anaphoric = false;
		const incident = word.type.incident && !word.weak && !word.type.weak;
		// what someone says happened (a trigger inside a statement's content) is an event of its own
		const said =
			local.some((st) => ev.trigger.start >= st.content.start && ev.trigger.start < st.content.end) &&
			!word.weak &&
			!word.type.weak;
		// a meeting needs two parties, unless someone says it took place, or one party met, on a day of its own
		if (
			word.type.pair &&
			ev.participants.length < 2 &&
			!ev.anaphoric &&
			!((said || ev.participants.length) && ev.when)
		)
			continue;
		if (word.type.pair && ev.participants.length > 3) continue;
		// «تحقیقات … آغاز شده است», "investigations are ongoing", «تم إرسال فرق التحقيق»: told as under way
		if (!ev.participants.length && !ev.when && !ev.anaphoric && !incident && !said && !begun) continue;
		if ((word.weak || word.type.weak) && !ev.when && !ev.participants.length && !begun) continue;
		out.push(ev);
	}
	return out;
}

/**
 * Whether the event word ending at token `ti` is the subject of a verb saying it took place
 * («صورت گرفت», «رخ داد», «جرى», "took place", "happened": `occurred` in ../lexicon/reading/denials.ts)
 * that date `dm` dates: the verb within `SUBJECT` words after the event word, the date after the event
 * word and beside the verb (before it in Persian: «… روز دوشنبه در نیویورک صورت گرفته است»; after it:
 * "took place in the village of Kahor on August 30"), no full stop, colon or quote between them and no
 * other event word of the sentence before the date.
 */
function tookPlaceOn(S: Sent, ti: number, dm: TimeMention, found: readonly { ti: number }[]): boolean {
	const T = tables();
	const { toks } = S;
	const end = S.endAt(toks[ti].e);
	if (dm.start < end || found.some((o) => o.ti > ti && S.at(toks[o.ti].s) < dm.start)) return false;
	for (let k = ti + 1; k < toks.length && k <= ti + SUBJECT; k++) {
		if (/[.:;؛!?؟«»"“”]/.test(S.gap(k))) return false;
		const m = T.occurred.match(toks, k, 4);
		if (!m) continue;
		const [vs, ve] = [S.at(toks[k].s), S.endAt(toks[k + m.len - 1].e)];
		const gap = dm.start >= ve ? S.text.slice(ve, dm.start) : dm.end <= vs ? S.text.slice(dm.end, vs) : null;
		if (gap === null || /[،,.:;؛!?؟«»"“”]/.test(gap)) return false;
		// «تم مساء أمس استهداف …»: the verb (or its date) leads another event noun, which it is the verb of
		const after = tokenAt(S, Math.max(ve, dm.end));
		if (after >= 0 && [after, after + 1].some((q) => !!T.events.match(toks, q, 5))) return false;
		return (gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= PLACE_WORDS;
	}
	return false;
}

/** How many words the subject of «صورت گرفت», "took place" may run to (`tookPlaceOn`). */
const SUBJECT = 30;
/** How many words («در نیویورک», "in the village of Kahor in Daykundi province in central Afghanistan") may stand between that verb and its date. */
const PLACE_WORDS = 12;

/**
 * How far (characters) a date may stand from the event word it dates. A sentence with one event
 * word gives it a date further off: "nine people were killed … when pagers … detonated across
 * Lebanon on Tuesday" (a "when" clause is the event's own).
 */
const REACH = 90;
const REACH_ONE = 160;
/** What a comma between a date and an event word adds to their distance (characters). */
const COMMA = 1000;

/**
 * Tokens [a, b) around an event word where its participants are looked for: its clause, within
 * `reach` characters either side, not across a quote, a colon or a comma that opens a new clause.
 */
function eventWindow(
	S: Sent,
	ti: number,
	tj: number,
	holder: ReadStatement | undefined,
	reach: number
): [number, number] {
	const T = tables();
	const from = S.at(S.toks[ti].s);
	const to = S.endAt(S.toks[tj - 1].e);
	let a = ti;
	while (a > 0 && from - S.at(S.toks[a - 1].s) <= reach) {
		if (/[«»:;؛]/.test(S.gap(a))) break;
		if (
			/[،,]/.test(S.gap(a)) &&
			(T.grammar.opener?.match(S.toks, a, 1, true) || basesOf(S.toks[a]).some((x) => x.conj))
		)
			break;
		a--;
	}
	if (holder)
		a = Math.max(
			a,
			S.toks.findIndex((t) => S.at(t.s) >= holder.content.start)
		);
	let b = tj;
	while (b < S.toks.length && S.endAt(S.toks[b].e) - to <= reach) {
		if (/[«»:;؛]/.test(S.gap(b))) break;
		if (
			/[،,]/.test(S.gap(b)) &&
			(T.grammar.opener?.match(S.toks, b, 1, true) || basesOf(S.toks[b]).some((x) => x.conj))
		)
			break;
		if (T.grammar.purpose?.match(S.toks, b, 3, true)) break;
		b++;
	}
	return [Math.max(0, a), b];
}

function participants(
	g: Gazetteer,
	S: Sent,
	a: number,
	b: number,
	exclude: Ref | undefined,
	pair: boolean,
	trigger: [number, number]
): { ids: string[]; place: string | null } {
	const T = tables();
	const ids: string[] = [];
	let place: string | null = null;
	for (const r of S.refs) {
		if (r.ti < a || r.tj > b || r === exclude) continue;
		// a name read from the event's words («كمنظمة إرهابية») or from them on («به عنوان یک سازمان
		// تروریستی معرفی کرد») is no party (a party told inside them is: «سحب أعضاء بعثتها»)
		if (r.ti >= trigger[0] && r.ti < trigger[1] && (r.tj > trigger[1] || r.ti === trigger[0])) continue;
		if (r.kind === 'outlet' || r.kind === 'agency') continue;
		if (pair) {
			// «ضد داعش», «ضد تنامي تنظيم الدولة», "against ISIS": what two parties act against is no party
			if ([1, 2, 3].some((k) => r.ti - k >= 0 && T.grammar.target?.match(S.toks, r.ti - k, 1, true)))
				continue;
			if (r.ti > 0 && T.grammar.topic?.match(S.toks, r.ti - 1, 1, true)) continue;
		}
		if (r.via === 'adjective' && S.refs.some((o) => o !== r && o.tj === r.ti)) continue;
		// "Assassination bid…", "Investigations into…", "Nobody was hurt": a capitalised word of the
		// lexicon read as a name only for its capital is no party
		if (r.unsure && r.tj - r.ti === 1 && (T.known(S.toks[r.ti].w) || T.events.match(S.toks, r.ti, 1)))
			continue;
		// an unnamed source or role-holder («زعيم طالبان») takes part as whom they belong to
		const id = r.anonymous || (r.via === 'role' && r.affiliation) ? r.affiliation : r.id;
		if (!id) continue;
		const prevW = S.toks[r.ti - 1]?.w ?? '';
		const locative =
			T.grammar.locative?.has(prevW) ||
			// «في/بـ» glued on («بكابل»), not a name that begins with the letter («باكستان»)
			(!!r.gluedPrep &&
				basesOf(S.toks[r.ti]).some((x) => x.prep && !!T.grammar.locative?.has(x.clitic ?? '')));
		if (locative && g.get(id)?.kind === 'state' && r.via === 'name') {
			place ??= id;
			continue;
		}
		// "in Khost", «در گربز»: a name the gazetteer does not know, right after "in", is where it happened
		if (locative && !g.get(id) && !r.anonymous && (r.via === 'name' || r.via === 'surface')) {
			place ??= id;
			continue;
		}
		if (!ids.includes(id)) ids.push(id);
	}
	// a person stands for the organisation or state above them
	const out = ids
		.filter((id) => !ids.some((o) => o !== id && g.get(o)?.kind === 'person' && g.lineage(o).includes(id)))
		.sort();
	return { ids: out, place };
}

/**
 * Whether the words right around an event word [a, b) say it took place or is under way: up to four
 * tokens after it («آغاز شده است», "are ongoing", "were suspended") or two before it («تم إرسال»),
 * within its clause (grammar underway).
 */
function underway(S: Sent, a: number, b: number): boolean {
	const T = tables();
	for (let k = b; k < Math.min(S.toks.length, b + 4); k++) {
		if (/[.!?؟;؛:«»"“”]/.test(S.gap(k))) break;
		if (T.grammar.underway?.match(S.toks, k, 4, true)) return true;
	}
	for (let k = a - 1; k >= Math.max(0, a - 2); k--) {
		if (/[.!?؟;؛:،,«»"“”]/.test(S.gap(k + 1))) break;
		if (T.grammar.underway?.match(S.toks, k, 2, true)) return true;
	}
	return false;
}

/** Token i is a participle between a determiner and the noun it describes ("a leaked document"). */
function attributive(S: Sent, i: number): boolean {
	const T = tables();
	const w = S.toks[i].w;
	const next = S.toks[i + 1];
	if (!next || !T.grammar.attributive?.has(S.toks[i - 1]?.w ?? '') || /[^\s]/.test(S.gap(i + 1)))
		return false;
	if (
		![...(T.grammar.participle?.entries() ?? [])].some(
			([end]) => w.length > end.length + 2 && w.endsWith(end)
		)
	)
		return false;
	// "the killed in the attack", "the detained and the wounded": no noun after it
	return (
		!T.grammar.preposition?.has(next.w) && !T.grammar.coordinator?.has(next.w) && !T.grammar.stop?.has(next.w)
	);
}

/**
 * Whether date `b` only restates date `a` right beside it: «امروز سه شنبه (۴ قوس)», «الاثنين، 4
 * جمادى الثانية», "Monday (24 November)" — one day written twice, owned by whoever owns the first.
 */
function restates(text: string, a: TimeMention, b: TimeMention): boolean {
	const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
	return gap.length <= 4 && /^[\s(),،\-–]*$/.test(gap);
}

/** Whether a folded word is in a grammar list of the lexicon (lexicon/reading/grammar.ts). */
const isWord =
	(T: ReturnType<typeof tables>) =>
	(kind: string, w: string | undefined): boolean =>
		!!w && !!T.grammar[kind]?.has(w);

/** A claim by an outlet or agency is a report; a report by anyone else is a claim. */
function actFor(act: SpeechAct, speaker: Ref): SpeechAct {
	if (act === 'claim' && (speaker.kind === 'outlet' || speaker.kind === 'agency')) return 'report';
	if (act === 'report' && speaker.kind !== 'outlet' && speaker.kind !== 'agency') return 'claim';
	return act;
}

/** True when every date starts at or after the one before it (the order `findDates` gives). */
function isSortedByStart(dates: TimeMention[]): boolean {
	for (let i = 1; i < dates.length; i++) if (dates[i].start < dates[i - 1].start) return false;
	return true;
}

/**
 * Index of the first date starting at or after `pos` in dates sorted by start, looked for from
 * index `i` on: one by one when the dates before `i` start before `pos` (sentences come in text
 * order, so these walks add up to one pass over the dates), else by binary search.
 */
function seek(dates: TimeMention[], i: number, pos: number): number {
	if (i > dates.length || (i > 0 && dates[i - 1].start >= pos)) return firstFrom(dates, pos);
	while (i < dates.length && dates[i].start < pos) {
		readingWork.dateChecks++;
		i++;
	}
	return i;
}

function firstFrom(dates: TimeMention[], pos: number): number {
	let lo = 0;
	let hi = dates.length;
	while (lo < hi) {
		readingWork.dateChecks++;
		const mid = (lo + hi) >> 1;
		if (dates[mid].start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

// the verbs sentence splitting cuts long runs at
for (const [k, cues] of tables().cues.entries())
	if (!k.includes(' ') && cues.some((c) => c.role === 'verb' || c.role === 'verbo')) VERB_FORMS.push(k);

/**
 * One of `words` follows token i within sixteen words, and none of `unless` comes before it (a cue's
 * `needs` and `unless`, see ../lexicon/reading/speech.ts).
 */
function needed(toks: readonly Token[], i: number, words: string[], unless: string[] = []): boolean {
	for (let k = i + 1; k < toks.length && k <= i + 16; k++) {
		const bases = basesOf(toks[k]);
		if (bases.some((b) => words.includes(b.w))) return true;
		if (unless.length && bases.some((b) => unless.includes(b.w))) return false;
	}
	return false;
}

/**
 * A habitual word between the statement's speaker and its verb, or in the two words before a verb
 * its speaker follows, outside what was said (`habitual` in ../lexicon/reading/grammar.ts).
 */
function habitual(S: Sent, st: ReadStatement, contentFrom: number): boolean {
	const T = tables();
	const { toks } = S;
	const cue = toks.findIndex((t) => S.endAt(t.e) > st.cuePos);
	if (cue < 0 || !T.grammar.habitual) return false;
	const sp = st.speakerRef;
	// "has been denying", «لا تزال تنفي», «لا تزال طالبان تنفي»: said on and on, right before the verb
	// or before its subject
	for (const at of sp.ti < cue ? [cue, sp.ti] : [cue])
		for (let n = 1; n <= 3 && at - n >= 0; n++)
			if (T.grammar.ongoing?.match(toks, at - n, n, true)?.len === n) return true;
	const [from, to] = sp.ti < cue ? [sp.tj, cue] : [Math.max(0, cue - 2), cue];
	for (let k = from; k < to; k++) {
		// (what was said may stand before its verb, «همواره طالبان را … متهم کرده»: only the word
		// right after the speaker is then read)
		if (contentFrom >= 0 && k >= contentFrom && contentFrom < cue && k > sp.tj) break;
		if (T.grammar.habitual.match(toks, k, 3)) return true;
	}
	return false;
}

/** One of `words` comes within sixteen words before token i (a cue's `after`, ../lexicon/reading/speech.ts). */
function namedBefore(toks: readonly Token[], i: number, words: string[]): boolean {
	for (let k = Math.max(0, i - 16); k < i; k++)
		if (basesOf(toks[k]).some((b) => words.includes(b.w))) return true;
	return false;
}

/**
 * The owner of a referred claim told after the words that say who made it ("made by", «التي أدلى
 * بها», «مطرح شده از سوی»: `madeby` and `agent` in the grammar data), an article between them
 * allowed; none when the words are not there.
 */
function madeBy(S: Sent, refs: Ref[], at: number): Ref | undefined {
	const T = tables();
	const m = T.grammar.madeby?.match(S.toks, at, 5, true);
	if (!m) return undefined;
	let k = at + m.len;
	const agent = T.grammar.agent?.match(S.toks, k, 3, true);
	if (agent) k += agent.len;
	if (k - at > m.len + 3 || breaks(S, k)) return undefined;
	const owner = refs.find(
		(r) => (r.ti === k || (r.ti === k + 1 && !!T.grammar.article?.has(S.toks[k].w))) && r.via !== 'adjective'
	);
	if (!owner || !/^['’]s\b/.test(S.text.slice(owner.end, owner.end + 3))) return owner;
	return refs.find((q) => q !== owner && q.ti >= owner.tj && q.ti <= owner.tj + 1 && !q.prep) ?? owner;
}

/**
 * A Persian compound verb whose light verb serves a second clause too: «این حمله را محکوم و با
 * خانواده‌های قربانیان ابراز همدردی کرد», «به … اشاره و تصاویری را منتشر کرد». The preverb at i, «و», then
 * within a dozen words of the same clause one of the light verbs it takes, two words or more after
 * «و» («رد و بدل کردند», exchanged, is one verb): the preverb is the cue.
 */
function gappedCompound(S: Sent, i: number): { cue: Cue; len: number } | null {
	const T = tables();
	const { toks } = S;
	const pv = T.faPreverbs.match(toks, i, 3);
	if (!pv) return null;
	const and = i + pv.len;
	if (and >= toks.length || !T.grammar.conjunction?.has(toks[and].w)) return null;
	const { act, lights } = pv.values[0];
	for (let k = and + 3; k < toks.length && k <= and + 12; k++) {
		if (/[.:;؛!?؟«»"“”]/.test(S.gap(k))) return null;
		if (lights.some((l) => T.faLight.get(l)?.match(toks, k, 3)))
			return { cue: { act, role: 'verb', lang: 'fa' }, len: pv.len };
	}
	return null;
}
