/**
 * From one cleaned document to items: statements (speaker + speech cue + content, with their
 * chain of attribution) and events (a trigger, its participants, its own time). Pure; the lexicons
 * are data under ./data.
 */
import type { Gazetteer } from '../gazetteer';
import type { TimeMention } from '../dates/mention';
import { mentionValue } from '../dates/mention';
import type { SpeechAct } from '../story/model';
import type { TimeValue } from '../time/time-value';
import CUES from './data/cues';
import DISMISSALS from './data/dismissals';
import EVENTS from './data/events';
import OBJECTS from './data/objects';
import PERSIAN_VERBS from './data/persian-verbs';
import { listField, parseLines, READING_FOLD } from './lexicon';
import { readingWork } from './work';
import { fold, normalize } from '../text';
import {
	bases,
	findRefs,
	LEX,
	matchForm,
	remember,
	surfacePerson,
	tokenize,
	type Discourse,
	type Ref,
	type Token
} from './refs';
import type { Span } from './sentences';

type Role = 'verb' | 'verbo' | 'object' | 'source' | 'relay' | 'noun';

const CUE_TABLE = new Map<string, { act: SpeechAct; role: Role }>();
// the first line of a spelling wins: "نفى" (verb) and "نفي" (noun) fold alike
for (const [form, act, role] of parseLines(CUES))
	if (!CUE_TABLE.has(fold(form, READING_FOLD)))
		CUE_TABLE.set(fold(form, READING_FOLD), { act: act as SpeechAct, role: role as Role });
// Persian compound verbs: every stem with every light-verb form
{
	const lines = parseLines(PERSIAN_VERBS);
	const forms = lines.filter(([k]) => k === 'form').map(([, f]) => f);
	for (const [k, stem, act] of lines) {
		if (k !== 'stem') continue;
		for (const f of forms) {
			const key = fold(`${stem} ${f}`, READING_FOLD);
			if (!CUE_TABLE.has(key)) CUE_TABLE.set(key, { act: act as SpeechAct, role: 'verb' });
		}
	}
}
/** Folded single-word speech verbs (for cutting run-on sentences). */
export const VERB_FORMS = [...CUE_TABLE.entries()]
	.filter(([f, c]) => !f.includes(' ') && (c.role === 'verb' || c.role === 'verbo'))
	.map(([f]) => f);
const OBJECT_WORDS = new Set(parseLines(OBJECTS).map(([w]) => fold(w, READING_FOLD)));
const DISMISS = parseLines(DISMISSALS).map(([w]) => fold(w, READING_FOLD));
interface Trigger {
	type: string;
	summary: string;
	pair: boolean;
	incident: boolean;
}
const TRIGGERS = new Map<string, Trigger>();
for (const [type, forms, summary, flags] of parseLines(EVENTS)) {
	const fl = listField(flags);
	for (const f of listField(forms))
		TRIGGERS.set(fold(f, READING_FOLD), {
			type,
			summary,
			pair: fl.includes('pair'),
			incident: fl.includes('incident')
		});
}

/** A statement read from one sentence (before merging across documents). */
export interface ReadStatement {
	act: SpeechAct;
	speaker: string;
	speakerRef: Ref;
	chain: string[];
	sentence: Span;
	/** Where the reported content lies (offsets into the file text). */
	content: Span;
	saidAt: TimeValue | null;
	/** Index into the document's events, or null. */
	about: number | null;
	/** Who or what a denial names as what it answers ("تصريحات مسؤول روسي"): affiliation or speaker ids. */
	answers: string[];
	/** Gazetteer actors named in the content (for linking denials to claims). */
	topic: string[];
	cuePos: number;
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
	/** A bare definite reference ("اللقاء") that points back to the last event of its type. */
	anaphoric: boolean;
}

interface Cue {
	s: number; // normalised index in sentence
	e: number;
	ti: number; // first token index
	tj: number; // token index after the cue
	act: SpeechAct;
	role: Role;
}

function findCues(toks: Token[]): Cue[] {
	const out: Cue[] = [];
	for (let i = 0; i < toks.length; i++) {
		let m = matchForm(CUE_TABLE, toks, i, 4);
		if (!m) {
			// a verb with an object pronoun glued on ("ووصفها", "ونفاه")
			const bare = toks[i].w.replace(/(ها|هم|هما|ه)$/, '');
			if (bare !== toks[i].w && bare.length >= 3) {
				const c = matchForm(CUE_TABLE, [{ ...toks[i], w: bare }], 0, 1);
				if (c && (c[0] as { role: Role }).role === 'verbo') m = c;
			}
		}
		if (!m) continue;
		// "لم ينف", "لا يمكنه نفي", "did not deny": a negated speech verb is no speech act
		if ([toks[i - 1], toks[i - 2]].some((t) => t && LEX.negator.has(t.w))) continue;
		const c = m[0] as { act: SpeechAct; role: Role };
		const k = m[1];
		out.push({ s: toks[i].s, e: toks[i + k - 1].e, ti: i, tj: i + k, act: c.act, role: c.role });
		i += k - 1;
	}
	return out;
}

function findTriggers(toks: Token[]): (Trigger & { s: number; e: number; definite: boolean })[] {
	const out: (Trigger & { s: number; e: number; definite: boolean })[] = [];
	for (let i = 0; i < toks.length; i++) {
		const m = matchForm(TRIGGERS, toks, i, 3);
		if (!m) continue;
		const t = m[0] as Trigger;
		const k = m[1];
		out.push({
			s: toks[i].s,
			e: toks[i + k - 1].e,
			...t,
			definite: bases(toks[i].w).some((b) => b.startsWith('ال')) && k === 1
		});
		i += k - 1;
	}
	return out;
}

export interface DocContext {
	g: Gazetteer;
	lang: string;
	published: TimeValue | null;
	dates: TimeMention[];
	discourse: Discourse;
}

/**
 * Read statements and events from the sentences of one document.
 * Never throws; a sentence with no cue and no trigger yields nothing.
 */
export function readItems(
	text: string,
	sentences: Span[],
	ctx: DocContext
): { statements: ReadStatement[]; events: ReadEvent[] } {
	const statements: ReadStatement[] = [];
	const events: ReadEvent[] = [];
	const sortedDates = isSortedByStart(ctx.dates);
	let cursor = 0;
	for (const sent of sentences) {
		// the document's dates that start in this sentence, found by a cursor that moves on with
		// the sentences: scanning all of them for every sentence made a long document quadratic,
		// and a binary search per sentence costs a logarithm more than one pass
		const from = sortedDates ? (cursor = seek(ctx.dates, cursor, sent.start)) : 0;
		const to = sortedDates ? (cursor = seek(ctx.dates, from, sent.end)) : ctx.dates.length;
		const inSentence = sortedDates ? ctx.dates.slice(from, to) : ctx.dates;
		readingWork.dateChecks += inSentence.length;
		const s = text.slice(sent.start, sent.end);
		readingWork.sentenceChars += s.length;
		const n = normalize(s, READING_FOLD);
		const toks = tokenize(n);
		const refs = findRefs(ctx.g, text, sent, ctx.discourse, { n, toks });
		const at = (i: number) => sent.start + n.map[Math.min(i, n.map.length - 1)];
		const cues = findCues(toks);
		const local: ReadStatement[] = [];
		const fa = ctx.lang === 'fa';
		const refAfter = (pos: number, limit: number) =>
			refs.find((r) => r.start >= pos && r.start <= pos + limit);
		const richest = (from: number, to: number) => {
			const cands = refs.filter((r) => r.start >= from && r.start < to);
			const named = cands.find((r) => r.kind === 'person' && r.via === 'name');
			if (named) return named;
			return cands.sort((a, b) => b.weight - a.weight || a.start - b.start)[0];
		};
		const stopAt = (fromTok: number, words: Set<string> | null, colon = true): number => {
			// normalised index of the first complementizer / colon / quote after token fromTok
			for (let j = fromTok; j < toks.length; j++) {
				// the gap is read in the original text: the normaliser folds « into "
				const gap = text.slice(j > 0 ? at(toks[j - 1].e - 1) + 1 : sent.start, at(toks[j].s));
				if (colon && /[:«]/.test(gap)) return toks[j - 1]?.e ?? toks[j].s;
				if (words && bases(toks[j].w).some((b) => words.has(b))) return toks[j].s;
			}
			return n.text.length;
		};
		const inContent = (pos: number) => local.some((st) => pos >= st.content.start && pos < st.content.end);
		let pendingChain: Ref[] = [];
		for (const cue of cues) {
			const cueStart = at(cue.s);
			const cueEnd = at(cue.e - 1) + 1;
			// `speaker` says what lies in [start, end), relayed by the pending chain, which it closes
			const say = (speaker: Ref, start: number, end = sent.end) => {
				local.push(
					makeStatement(cue.act, speaker, [...pendingChain, speaker], sent, { start, end }, cue, cueStart)
				);
				pendingChain = [];
			};
			if (cue.role === 'relay') {
				const subj = refs.find((r) => r.start >= cueEnd && r.start <= cueEnd + 30 && r.via !== 'adjective');
				const aboutTok =
					toks[cue.tj - 1]?.w === 'عن' ? cue.tj - 1 : toks.findIndex((t, j) => j >= cue.tj && t.w === 'عن');
				if (subj && (aboutTok < 0 || subj.start < at(toks[aboutTok].s))) pendingChain.push(subj);
				if (aboutTok >= 0 && !fa) {
					// "نقلت X عن Y قوله إن …": Y is the speaker
					const end = stopAt(aboutTok + 1, LEX.complementizer);
					const from = at(toks[aboutTok].s);
					const sp = richest(from, Math.min(at(end), from + 60));
					if (sp) {
						const contentStart = at(end);
						say(sp, contentStart);
					}
				}
				continue;
			}
			if (cue.role === 'source') {
				const sp = refAfter(cueEnd, 12);
				const prev = local[local.length - 1];
				if (
					sp &&
					prev &&
					cueStart > prev.cuePos &&
					(sp.kind === 'outlet' || sp.kind === 'agency') &&
					prev.speakerRef.kind !== 'outlet' &&
					prev.speakerRef.kind !== 'agency'
				) {
					// "قائد قال … وفقاً للصحيفة": the outlet relays the speaker
					if (!prev.chain.includes(sp.id)) prev.chain = [sp.id, ...prev.chain];
					continue;
				}
				if (sp && prev && cueStart > prev.cuePos) {
					// trailing attribution: the previous speaker only relays
					prev.chain = [...prev.chain, sp.id];
					prev.speaker = sp.id;
					prev.speakerRef = sp;
					prev.act = actFor(cue.act === 'claim' ? 'claim' : cue.act, sp);
					continue;
				}
				if (prev) continue;
				const who = sp ?? refs.find((r) => !r.prep && r.start < cueStart);
				if (!who) continue;
				const contentStart = sp ? sp.end : sent.start;
				local.push(
					makeStatement(
						cue.act,
						who,
						[...pendingChain.map((r) => r.id), who.id],
						sent,
						{ start: contentStart, end: sent.end },
						cue,
						cueStart
					)
				);
				continue;
			}
			if (cue.role === 'noun') {
				const sp = refAfter(cueEnd, 3);
				if (!sp) continue;
				const after = toks.findIndex((t) => at(t.s) >= sp.end);
				const t = toks[after];
				if (!t) continue;
				const introduces =
					!!matchForm(CUE_TABLE, toks, after, 2) ||
					LEX.complementizer.has(t.w) ||
					(/^ب/.test(t.w) && t.w.length > 3);
				if (!introduces) continue;
				local.push(
					makeStatement(cue.act, sp, [sp.id], sent, { start: sp.end, end: sent.end }, cue, cueStart)
				);
				continue;
			}
			if (cue.role === 'object') {
				const hasObject = toks
					.slice(cue.tj, cue.tj + 4)
					.some((t) => bases(t.w).some((b) => OBJECT_WORDS.has(b)));
				if (!hasObject) continue;
			}
			// verb / verbo / object: find the subject
			let speaker: Ref | undefined;
			let contentStart: number;
			const inside = inContent(cueStart);
			if (fa) {
				// SOV: the subject opens the clause, after any "به گزارش X به نقل از Y،" prefix
				const prefixEnd = pendingChain.length ? pendingChain[pendingChain.length - 1].end : sent.start;
				const surface = surfaceName(text, sent, n, toks, at, prefixEnd);
				const first = refs.find((r) => r.start >= prefixEnd && r.start < cueStart && !r.prep);
				const overlapsName = surface && first && first.start < surface.end && first.end > surface.start;
				speaker = surface && !overlapsName && (!first || surface.start <= first.start) ? surface : first;
				const colon = /^\s*([:：،,]|که\s)/.test(text.slice(cueEnd, cueEnd + 4));
				// "… به خبرگزاری فرانسه گفت": the outlet spoken to relays the statement
				const told = refs.filter(
					(r) =>
						(r.kind === 'outlet' || r.kind === 'agency') &&
						r.start > (speaker?.end ?? prefixEnd) &&
						r.end <= cueStart &&
						/(^|\s)(به|to)\s*[«"“]?\s*$/.test(
							fold(text.slice(Math.max(0, r.start - 12), r.start), READING_FOLD)
						)
				);
				if (told.length && speaker) pendingChain.push(...told.filter((r) => r !== speaker));
				contentStart = colon ? cueEnd : (speaker?.end ?? prefixEnd);
				if (!colon) {
					// "طالبان روز جمعه در بیانیه‌ای … را رد کرد": a date right after the subject dates the saying
					const d0 = dateRightAfter(text, ctx.dates, sortedDates, contentStart, from);
					if (d0) contentStart = d0.end;
				}
				const contentEnd = colon ? sent.end : cueStart;
				if (!speaker) speaker = continuation(ctx.discourse);
				if (!speaker) continue;
				say(speaker, contentStart, contentEnd);
				continue;
			}
			if (ctx.lang === 'en') {
				// SVO: the subject before the verb (adverbials may intervene), else "…, X said"
				const before = refs.filter((r) => r.end <= cueStart && !r.prep && r.via !== 'adjective');
				const near = before[before.length - 1];
				const gap = near ? toks.filter((t) => at(t.s) >= near.end && at(t.e - 1) < cueStart).length : 99;
				speaker =
					near && gap <= 5 ? near : refs.find((r) => r.start >= cueEnd && r.start <= cueEnd + 3 && !r.prep);
				if (!speaker && !inside && cue.ti <= 1) speaker = continuation(ctx.discourse);
				if (!speaker) continue;
				if (cue.role === 'object' || cue.role === 'verbo' || cue.role === 'verb') {
					const told = refs.filter(
						(r) =>
							(r.kind === 'outlet' || r.kind === 'agency') &&
							r !== speaker &&
							r.start >= cueEnd &&
							r.start <= cueEnd + 4
					);
					pendingChain.push(...told);
				}
				// "said on Wednesday that …": what comes before "that" dates the saying, not the content
				const that = toks.findIndex((t, j) => j >= cue.tj && j <= cue.tj + 6 && LEX.complementizer.has(t.w));
				const cStart = that >= 0 ? at(toks[that].s) : cueEnd;
				say(speaker, cStart);
				continue;
			}
			const endTok = stopAt(cue.tj, LEX.complementizer);
			const subjEnd = at(endTok);
			// "قال لوكالة انترفاكس": an outlet after لـ/بـ is the addressee, not the subject
			const addressed = (r: Ref) =>
				(r.kind === 'outlet' || r.kind === 'agency') &&
				/(^|\s)(ل|لل|به|to)/.test(fold(text.slice(cueEnd, r.start), READING_FOLD));
			const after = refs.filter(
				(r) => r.start >= cueEnd && r.start < subjEnd && r.start <= cueEnd + 40 && r.via !== 'adjective'
			);
			const subjects = after.filter((r) => !addressed(r));
			// a named person closes a long title ("الناطق الرسمي باسم وزارة الدفاع الروسية إيجور كوناشينكوف"),
			// but not a named outlet or state that is itself the subject ("كشفت صحيفة … عن لقاءات … بوتين")
			const firstSubject = refs.find(
				(r) => r.start >= cueEnd && r.start < subjEnd && !r.prep && r.via !== 'adjective'
			);
			const named = refs.find(
				(r) =>
					r.start >= cueEnd &&
					r.start < subjEnd &&
					r.kind === 'person' &&
					r.via === 'name' &&
					(!firstSubject ||
						firstSubject === r ||
						((firstSubject.via === 'role' || firstSubject.via === 'descriptor') &&
							r.start - firstSubject.end <= 30 &&
							// "المبعوث الخاص للرئيس بوتين" is the president's envoy, not the president
							!/(^|\s)لل?\S/.test(fold(text.slice(firstSubject.end, r.start), READING_FOLD)))) &&
					r.start <= cueEnd + 70
			);
			const surface = surfaceName(text, sent, n, toks, at, cueEnd);
			speaker = surface ?? named ?? subjects.find((r) => !r.prep) ?? undefined;
			if (!speaker && toks[cue.tj]) {
				// "ورفض مانتيتسكي …": a surname alone points back to the person named in full before
				const w = toks[cue.tj].w;
				const known = ctx.discourse.surfaces.find(
					(r) => ++readingWork.memoryChecks > 0 && fold(r.id, READING_FOLD).split(' ').includes(w)
				);
				if (known)
					speaker = { ...known, start: at(toks[cue.tj].s), end: at(toks[cue.tj].e - 1) + 1, prep: false };
			}
			if (!speaker) {
				// SV: the subject right before the verb, or the antecedent of a relative ("روسيا، التي … تقول")
				const before = refs.filter((r) => r.end <= cueStart && r.via !== 'adjective');
				for (let b = before.length - 1; b >= 0 && !speaker; b--) {
					const near = before[b];
					const gapToks = toks.filter((t) => at(t.s) >= near.end && at(t.e - 1) < cueStart);
					const relative = gapToks.length > 0 && /^(التي|الذي|الذين|اللذين|که)$/.test(gapToks[0].w);
					const wasOnly = gapToks.every((t) => /^(قد|كان|كانت|وكان|وكانت)$/.test(t.w));
					// an object can still head a relative clause ("قنوات اتصال مع الحركة التي نفت ذلك")
					if (relative || (!near.prep && !inside && (gapToks.length === 0 || wasOnly))) speaker = near;
					if (b === before.length - 1 && !relative && gapToks.length > 12) break;
				}
			}
			if (!speaker && (inside || cue.ti > 1)) continue;
			if (!speaker) speaker = continuation(ctx.discourse);
			if (!speaker) continue;
			// an outlet the speaker spoke to ("قال لوكالة انترفاكس") relays the statement
			const via = after.filter((r) => r !== speaker && (r.kind === 'outlet' || r.kind === 'agency'));
			if (via.length) pendingChain.push(...via);
			// Arabic "verb" cues need their content introduced (إن، أن، :، «)
			// …and close to the verb: a far "أن" belongs to a later clause ("…، مشيرة إلى أنها")
			const wordsToIntro = toks.filter((t) => t.s >= toks[cue.tj - 1].e && t.e <= endTok).length;
			const introduced = endTok < n.text.length && (cue.role === 'verb' || wordsToIntro <= 6);
			if (cue.role === 'verb' && !introduced) continue;
			contentStart = introduced ? at(endTok) : Math.max(speaker.end, cueEnd);
			say(speaker, contentStart);
		}
		// one statement per (speaker, act) in a sentence
		const merged: ReadStatement[] = [];
		for (const st of local) {
			const same = merged.find((m) => m.speaker === st.speaker && m.act === st.act);
			if (same) {
				same.content = {
					start: Math.min(same.content.start, st.content.start),
					end: Math.max(same.content.end, st.content.end)
				};
				continue;
			}
			merged.push(st);
		}
		// denial by content ("وصفها بأنها غير ذات صلة"), answers, topic, saidAt
		for (const st of merged) {
			if (st.act !== 'denial') {
				const contentText = fold(text.slice(st.content.start, st.content.end), READING_FOLD);
				if (DISMISS.some((w) => contentText.includes(w))) st.act = 'denial';
			}
			st.topic = [
				...new Set(
					refs
						.filter((r) => r.start >= st.content.start && r.end <= st.content.end && r.via !== 'descriptor')
						.map((r) => r.affiliation ?? r.id)
				)
			].sort();
			if (st.act === 'denial') st.answers = answersOf(refs, toks, at, st);
			const own = dateOutside(inSentence, sent, st.content);
			// "وكان كابولوف قال الأربعاء … وقال لوكالة انترفاكس …": the same speaker went on that day
			const inherited = ctx.discourse.lastSpeaker?.id === st.speaker ? ctx.discourse.lastSaidAt : null;
			st.saidAt = own ?? inherited ?? ctx.published;
			ctx.discourse.lastSaidAt = own ?? inherited;
			ctx.discourse.lastSpeaker = st.speakerRef;
			if (
				st.speakerRef.via === 'surface' &&
				!ctx.discourse.surfaces.some((r) => ++readingWork.memoryChecks > 0 && r.id === st.speaker)
			)
				ctx.discourse.surfaces.push(st.speakerRef);
			remember(ctx.g, ctx.discourse.lastSpeakerByKind, st.speakerRef);
		}
		// events
		const triggers = findTriggers(toks);
		readingWork.dateChecks += inSentence.length;
		const sentDates = inSentence.filter((m) => m.start >= sent.start && m.end <= sent.end && mentionValue(m));
		const taken = new Set<TimeMention>();
		const evs: { ev: ReadEvent; pos: number }[] = [];
		for (const tr of triggers) {
			const ts = at(tr.s);
			const te = at(tr.e - 1) + 1;
			// the innermost statement whose content holds the trigger
			const holder = merged
				.filter((st) => ts >= st.content.start && ts < st.content.end)
				.sort((a, b) => b.content.start - a.content.start)[0];
			const [cs, ce] = eventWindow(text, n, toks, at, sent, ts, te, tr.pair ? 80 : 45);
			const winStart = Math.max(holder ? holder.content.start : sent.start, cs);
			const purpose = toks.find((t, j) => at(t.s) > te && !!matchForm(LEX.purpose, toks, j, 3));
			const winEnd = Math.min(purpose ? at(purpose.s) : sent.end, ce);
			let parts = participantsIn(ctx.g, text, refs, winStart, winEnd, holder?.speakerRef, tr.pair);
			if (tr.pair && holder && parts.ids.length >= 2) {
				// a party speaking of its own contacts is one of the parties ("نفت طالبان … تبادل المعلومات مع موسكو")
				const side = ctx.g.lineage(holder.speakerRef.affiliation ?? holder.speakerRef.id);
				const top = side[side.length - 1];
				const topKind = top ? ctx.g.get(top)?.kind : undefined;
				if (
					(topKind === 'state' || topKind === 'organisation') &&
					!parts.ids.some((p) => ctx.g.related(p, top))
				)
					parts.ids = collapseIds(ctx.g, [...parts.ids, top]);
			}
			if (tr.pair && parts.ids.length === 1) {
				// the other party: the speaker's own side ("لدينا قنوات اتصال مع طالبان"), else the sentence
				const side = holder ? ctx.g.lineage(holder.speakerRef.affiliation ?? holder.speakerRef.id) : [];
				const top = side.length ? side[side.length - 1] : null;
				const topKind = top ? ctx.g.get(top)?.kind : undefined;
				if (
					top &&
					(topKind === 'state' || topKind === 'organisation') &&
					!parts.ids.some((p) => ctx.g.related(p, top))
				)
					parts.ids = collapseIds(ctx.g, [...parts.ids, top]);
				else parts = participantsIn(ctx.g, text, refs, sent.start, winEnd, holder?.speakerRef, tr.pair);
			}
			const anaphoric = tr.definite && parts.ids.length === 0;
			if (tr.pair && parts.ids.length < 2 && !anaphoric) continue; // a meeting needs two parties
			if (tr.pair && parts.ids.length > 3) continue; // a list of neighbours, not parties to one exchange
			const ev: ReadEvent = {
				type: tr.type,
				summaryHead: tr.summary,
				participants: parts.ids,
				place: parts.place,
				when: null,
				sentence: sent,
				trigger: { start: ts, end: te },
				anaphoric
			};
			evs.push({ ev, pos: ts });
		}
		// each date goes to the nearest trigger; a date in the reporting clause is not the event's
		const pairs: { d: TimeMention; e: (typeof evs)[number]; dist: number }[] = [];
		for (const d of sentDates) {
			const holder = merged.find((st) => d.start >= st.sentence.start && d.start < st.content.start);
			if (holder) continue;
			readingWork.dateChecks += evs.length;
			for (const e of evs) {
				const dist = d.start >= e.ev.trigger.end ? d.start - e.ev.trigger.end : e.ev.trigger.start - d.end;
				pairs.push({ d, e, dist: Math.max(0, dist) });
			}
		}
		pairs.sort((a, b) => a.dist - b.dist);
		for (const p of pairs) {
			if (taken.has(p.d) || p.e.ev.when || p.dist > 80) continue;
			p.e.ev.when = mentionValue(p.d);
			taken.add(p.d);
		}
		for (const { ev } of evs) {
			const trig = TRIGGERS_BY_TYPE.get(ev.type);
			if (!ev.participants.length && !ev.when && !ev.anaphoric && !trig?.incident) continue;
			const idx = events.length;
			events.push(ev);
			const holder = merged.find(
				(st) => ev.trigger.start >= st.content.start && ev.trigger.start < st.content.end && st.about === null
			);
			if (holder) holder.about = idx;
		}
		statements.push(...merged);
	}
	return { statements, events };
}

const TRIGGERS_BY_TYPE = new Map([...TRIGGERS.values()].map((t) => [t.type, t]));

/**
 * Where an event's participants are looked for: 45 characters either side of the trigger, not
 * across a quote, a colon or a semicolon, nor across a comma that opens a new clause (", حيث").
 */
function eventWindow(
	text: string,
	n: ReturnType<typeof normalize>,
	toks: Token[],
	at: (i: number) => number,
	sent: Span,
	ts: number,
	te: number,
	reach: number
): [number, number] {
	const hard = /[«»:;؛]/;
	let s = ts;
	while (s > sent.start && ts - s < reach) {
		const ch = text[s - 1];
		if (hard.test(ch)) break;
		if ('،,'.includes(ch)) {
			const nextTok = toks.find((t) => at(t.s) >= s);
			if (nextTok && (/^و/.test(nextTok.w) || LEX.opener.has(nextTok.w))) break;
		}
		s--;
	}
	let e = te;
	while (e < sent.end && e - te < reach) {
		const ch = text[e];
		if (hard.test(ch)) break;
		if ('،,'.includes(ch)) {
			const nextTok = toks.find((t) => at(t.s) > e);
			if (nextTok && (/^و/.test(nextTok.w) || LEX.opener.has(nextTok.w))) break;
		}
		e++;
	}
	void n;
	return [s, e];
}

function collapseIds(g: Gazetteer, ids: string[]): string[] {
	return ids
		.filter((id) => !ids.some((o) => o !== id && g.get(o)?.kind === 'person' && g.lineage(o).includes(id)))
		.sort();
}

function makeStatement(
	act: SpeechAct,
	speaker: Ref,
	chain: (Ref | string)[],
	sentence: Span,
	content: Span,
	cue: Cue,
	cuePos: number
): ReadStatement {
	const ids = chain.map((c) => (typeof c === 'string' ? c : c.id));
	const dedup = ids.filter((id, i) => ids.indexOf(id) === i);
	return {
		act: actFor(act, speaker),
		speaker: speaker.id,
		speakerRef: speaker,
		chain: dedup,
		sentence,
		content,
		saidAt: null,
		about: null,
		answers: [],
		topic: [],
		cuePos
	};
}

/** A claim by an outlet or agency is a report. */
function actFor(act: SpeechAct, speaker: Ref): SpeechAct {
	if (act === 'claim' && (speaker.kind === 'outlet' || speaker.kind === 'agency')) return 'report';
	if (act === 'report' && speaker.kind !== 'outlet' && speaker.kind !== 'agency') return 'claim';
	return act;
}

function continuation(d: Discourse): Ref | undefined {
	return d.lastSpeaker ?? undefined;
}

/**
 * An unknown person named before an apposition: "المحامي سيف علي، المتحدث باسم …" or
 * "اولگا اولیکر از مرکز …". The id is the name as written.
 */
function surfaceName(
	text: string,
	sent: Span,
	n: ReturnType<typeof normalize>,
	toks: Token[],
	at: (i: number) => number,
	from: number
): Ref | undefined {
	let i = toks.findIndex((t) => at(t.s) >= from);
	if (i < 0) return undefined;
	if (LEX.title.has(toks[i].w)) i++;
	const start = i;
	for (let k = 1; k <= 3 && start + k < toks.length; k++) {
		const last = toks[start + k - 1];
		const w = toks.slice(start, start + k);
		if (w.some((t) => LEX.stop.has(t.w) || /\d/.test(t.w) || LEX.complementizer.has(t.w))) return undefined;
		const gap = n.text.slice(last.e, toks[start + k].s);
		const nextW = toks[start + k];
		const appos =
			/^\s*[،,]\s*$/.test(gap) &&
			!!(
				matchForm(LEX.role, toks, start + k, 2) ||
				matchForm(LEX.head, toks, start + k, 2) ||
				matchForm(LEX.plural, toks, start + k, 2) ||
				matchForm(LEX.count, toks, start + k, 2)
			);
		const fromOrg = /^\s+$/.test(gap) && nextW.w === 'از' && k >= 2;
		if (appos || fromOrg) {
			if (
				matchForm(LEX.head, toks, start, 1) ||
				matchForm(LEX.plural, toks, start, 1) ||
				matchForm(LEX.anaphor, toks, start, 1)
			)
				return undefined;
			const s0 = sent.start + n.map[toks[start].s];
			const e0 = sent.start + n.map[last.e - 1] + 1;
			return surfacePerson(s0, e0, text.slice(s0, e0).replace(/\s+/g, ' ').trim());
		}
	}
	return undefined;
}

function answersOf(refs: Ref[], toks: Token[], at: (i: number) => number, st: ReadStatement): string[] {
	// "نفت … تصريحات مسؤول روسي": the ref right after a claim-like object word
	for (let i = 0; i < toks.length; i++) {
		if (at(toks[i].s) < st.cuePos) continue;
		if (!bases(toks[i].w).some((b) => OBJECT_WORDS.has(b))) continue;
		const r = refs.find((x) => x.start >= at(toks[i].e - 1) && x.start <= at(toks[i].e - 1) + 12);
		if (r) return [r.affiliation ?? r.id, r.id].filter((x, k, a) => a.indexOf(x) === k);
		return [];
	}
	return [];
}

/** True when every date starts at or after the one before it (the order `findDates` gives). */
function isSortedByStart(dates: TimeMention[]): boolean {
	for (let i = 1; i < dates.length; i++) if (dates[i].start < dates[i - 1].start) return false;
	return true;
}

/**
 * Index of the first date starting at or after `pos` in dates sorted by start (dates.length if
 * none), looked for from index `i` on: one by one when the dates before `i` start before `pos`
 * (sentences come in text order, so these walks add up to one pass over the dates), else by
 * binary search.
 */
function seek(dates: TimeMention[], i: number, pos: number): number {
	if (i > dates.length || (i > 0 && dates[i - 1].start >= pos)) return firstFrom(dates, pos);
	while (i < dates.length && dates[i].start < pos) {
		readingWork.dateChecks++;
		i++;
	}
	return i;
}

/** Index of the first date starting at or after `pos` in dates sorted by start (dates.length if none). */
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

/**
 * The first date at or after `pos` with only spaces and commas before it ("طالبان روز جمعه …").
 * In dates sorted by start, the gap to a later date contains the gap to an earlier one, so the
 * first date that fails ends the search; it is looked for from index `hint` on (`seek`).
 */
function dateRightAfter(
	text: string,
	dates: TimeMention[],
	sorted: boolean,
	pos: number,
	hint: number
): TimeMention | undefined {
	const gapOk = (m: TimeMention) =>
		++readingWork.dateChecks > 0 && /^[\s،,]*$/.test(text.slice(pos, m.start));
	if (!sorted) return dates.find((m) => m.start >= pos && gapOk(m));
	const i = seek(dates, hint, pos);
	return i < dates.length && gapOk(dates[i]) ? dates[i] : undefined;
}

function dateOutside(dates: TimeMention[], sent: Span, content: Span): TimeValue | null {
	for (const m of dates) {
		readingWork.dateChecks++;
		if (m.start < sent.start || m.end > sent.end) continue;
		if (m.start >= content.start && m.start < content.end) continue;
		const v = mentionValue(m);
		if (v) return v;
	}
	return null;
}

function participantsIn(
	g: Gazetteer,
	text: string,
	refs: Ref[],
	from: number,
	to: number,
	exclude?: Ref,
	pair = false
): { ids: string[]; place: string | null } {
	const ids: string[] = [];
	let place: string | null = null;
	for (const r of refs) {
		if (r.start < from || r.end > to || r === exclude) continue;
		if (r.kind === 'outlet' || r.kind === 'agency') continue;
		// "… ضد داعش", "against ISIS": what two parties meet about is not a party
		if (pair) {
			const lead = fold(text.slice(Math.max(0, r.start - 14), r.start), READING_FOLD)
				.split(/[^\p{L}]+/u)
				.filter(Boolean);
			const last = lead[lead.length - 1] ?? '';
			const prev = lead[lead.length - 2] ?? '';
			const isTarget = (w: string) => LEX.target.has(w) || LEX.target.has(w.replace(/^[وفبل]/, ''));
			// "ضد تنظيم "داعش"": a generic head may stand between the marker and the name
			if (isTarget(last) || (LEX.generic.has(last) && isTarget(prev))) continue;
		}
		// an adjective right after a name qualifies it ("صحيفة صنداي تايمز البريطانية")
		if (r.via === 'adjective' && refs.some((o) => o !== r && o.end <= r.start && r.start - o.end <= 3))
			continue;
		const id = r.anonymous ? r.affiliation : r.id;
		if (!id) continue;
		const locative = /(^|\s)(في|فى|در|in|at)\s*$|(^|\s)ب$/.test(
			fold(text.slice(Math.max(0, r.start - 5), r.start), READING_FOLD)
		);
		if (r.prep && locative && g.get(id)?.kind === 'state' && r.via === 'name') {
			place ??= id;
			continue;
		}
		if (!ids.includes(id)) ids.push(id);
	}
	// a person stands for the organisation or state above them
	return { ids: collapseIds(g, ids), place };
}
