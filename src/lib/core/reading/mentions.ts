/**
 * Who is mentioned in a sentence, in any story: actors of the gazetteer (states, bodies, known
 * people, outlets), people introduced by a role in either order and with appositions («الرئيس
 * الفرنسي إيمانويل ماكرون», «سعید خطیب‌زاده سخنگوی وزارت امور خارجه», "Ned Price, the State
 * Department spokesman"), later mentions of them by surname or role, outlets that are in no list
 * («صحيفة X», «خبرگزاری X», "the X newspaper"), anonymous sources with their affiliation
 * ("a senior Taliban official") and pronouns. Every word list is lexicon data (lexicon/reading).
 *
 * A document keeps a `Discourse`: the people, outlets and bodies it has named so far, so that a
 * surname, a role or a pronoun finds who it points back to. Offsets are UTF-16 into the file text.
 */
import type { ActorKind } from '../story/model';
import type { TimeValue } from '../time/time-value';
import type { Gazetteer } from '../gazetteer';
import { fold, type Normalized } from '../text';
import { READING_FOLD } from './lexicon';
import { tables } from './tables';
import { ARTICLE, basesOf, type Token, withoutEnclitic, withWord } from './tokens';
import { readingWork } from './work';
import type { Span } from './sentences';
import { SentenceView } from './view';

/** A reference to an actor in a sentence. */
export interface Ref {
	start: number;
	end: number;
	/** Token range [ti, tj) in the sentence. */
	ti: number;
	tj: number;
	/** Actor id: a gazetteer id, a name as written, a role ("Iranian foreign ministry spokesperson") or a descriptor. */
	id: string;
	kind: ActorKind;
	anonymous: boolean;
	/** The actor the speaker belongs to or speaks for (a gazetteer id or another id), or null. */
	affiliation: string | null;
	via: 'name' | 'adjective' | 'descriptor' | 'role' | 'anaphor' | 'surface';
	/** The role the mention gives ("foreign minister"), or null. */
	role: string | null;
	/** How much it says: the richest wins a tie. */
	weight: number;
	/** After a preposition (or with one glued on): an object, an addressee or a place, not a subject. */
	prep: boolean;
	/** A capitalised English run or a bare word read as a name without support: a speaker only as a subject. */
	unsure?: boolean;
	/** Its first word carried a glued preposition («للسفيرة», «لوكالة»). */
	gluedPrep?: boolean;
}

/** An actor a document named that the gazetteer may not know. */
export interface DocEntity {
	id: string;
	kind: ActorKind;
	/** Every name it was given in the text, as written (full name, surname, role phrases). */
	names: string[];
	role: string | null;
	affiliation: string | null;
	/** The id is a gazetteer id. */
	known: boolean;
	anonymous: boolean;
	/** For a role-holder: the body named with the role («سخنگوی وزارت امور خارجه» → foreign ministry). */
	org?: string | null;
}

/** What a document has said so far, for surnames, roles and pronouns to point back to. */
export interface Discourse {
	lang: string;
	entities: Map<string, DocEntity>;
	/** Folded name (full or surname) → entity id. */
	byName: Map<string, string>;
	/**
	 * The first word of every key of `byName` (set with it by `register`): a word that begins no
	 * name begins no name the document gave before, found without building the keys to look up.
	 */
	nameStarts: Set<string>;
	/** Role (and role + affiliation) → the last entity named with it. */
	byRole: Map<string, string>;
	lastSpeaker: Ref | null;
	lastByKind: Map<string, Ref>;
	lastSpeakerByKind: Map<string, Ref>;
	/** The date the last statement's own clause gave it (a continued quote was said then too). */
	lastSaidAt: TimeValue | null;
	/** The document's own outlet (from its metadata), never a person. */
	outlet: string | null;
	/** The organisations named lately, oldest first (what «الحركة» may point back to). */
	groups: Ref[];
	/**
	 * The Latin-script words the document writes in lower case somewhere (folded): such a word
	 * capitalised only because it opens a sentence ("Twelve", "Following", "Smoke") is no name.
	 */
	lower?: Set<string>;
	/**
	 * People the story's other documents introduced (a name given with a role or a body): their
	 * full names and surnames are looked up like the document's own, and a person found this way
	 * enters the document's entities when it is first named (`entityOf`).
	 */
	prior?: Map<string, DocEntity>;
	/**
	 * The state the report's dateline names («بغداد - …», "BEIRUT (AP) —"), once a paragraph opened
	 * with one: an unnamed official with no side of their own speaks for it (`side=dateline`).
	 */
	dateline?: string | null;
}

/**
 * The Latin-script words a text writes in lower case (folded), for `Discourse.lower`.
 * @example lowerWords('Twelve died; twelve more were hurt.').has('twelve') === true
 */
export function lowerWords(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}\p{N}])[a-z][\p{L}]*(?![\p{L}\p{N}])/gu))
		out.add(fold(m[0], READING_FOLD));
	return out;
}

export function newDiscourse(
	lang = 'ar',
	outlet: string | null = null,
	lower: Set<string> | null = null,
	prior: readonly DocEntity[] = []
): Discourse {
	const d: Discourse = {
		lang,
		entities: new Map(),
		byName: new Map(),
		nameStarts: new Set(),
		byRole: new Map(),
		lastSpeaker: null,
		lastByKind: new Map(),
		lastSpeakerByKind: new Map(),
		lastSaidAt: null,
		outlet,
		groups: [],
		...(lower ? { lower } : {})
	};
	if (outlet)
		register(d, {
			id: outlet,
			kind: 'outlet',
			names: [outlet],
			role: null,
			affiliation: null,
			known: false,
			anonymous: false
		});
	if (prior.length) registerPrior(d, prior);
	return d;
}

/** The shortest surname another document's person is found by: «سيف علي» is no «علي» (nor «على»). */
export const PRIOR_SURNAME = 4;

/** Punctuation between two words that a name or a phrase does not run across: commas, stops, colons, quotes, brackets. */
const CUT = /[،,.:;؛«»"“”()]/;

/** `CUT`, and the question and exclamation marks. */
const CUT_END = /[،,.:;؛!?؟«»"“”()]/;

/**
 * The story's people in a new document's discourse: each by its full names and its surname, a key
 * that two of them share by neither (a first name never: «محمد» names too many). Registered before
 * the document names anyone, so that a name the document gives itself takes the key over.
 */
function registerPrior(d: Discourse, prior: readonly DocEntity[]): void {
	const owner = new Map<string, string | null>();
	const claim = (k: string, id: string) => owner.set(k, owner.has(k) && owner.get(k) !== id ? null : id);
	for (const e of prior)
		for (const n of e.names) {
			const k = nameKey(n);
			if (!k) continue;
			claim(k, e.id);
			const words = k.split(' ');
			if (words.length > 1 && words[words.length - 1].length >= PRIOR_SURNAME)
				claim(words[words.length - 1], e.id);
		}
	d.prior = new Map(prior.map((e) => [e.id, e]));
	for (const [k, id] of owner) {
		if (!id) continue;
		d.byName.set(k, id);
		d.nameStarts.add(k.split(' ', 1)[0]);
	}
}

/**
 * The entity a looked-up name belongs to: the document's own, or a person of the story named here
 * for the first time, who then becomes one of the document's entities (a copy: documents never
 * share what they learn).
 */
function entityOf(d: Discourse, id: string): DocEntity {
	const own = d.entities.get(id);
	if (own) return own;
	const p = d.prior!.get(id)!;
	const e: DocEntity = { ...p, names: [...p.names] };
	d.entities.set(e.id, e);
	if (e.role) for (const k of roleKeys(e.role, e.affiliation, e.org ?? null)) d.byRole.set(k, e.id);
	return e;
}

/** The folded form of a name as names are looked up (no diacritics, Arabic-script letters folded). */
export function nameKey(s: string): string {
	return fold(s, READING_FOLD)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * The person named by the words from token `k` up to reference `r` (a role or a descriptor set
 * beside the name), registered in the discourse: the reference that replaces `r`, starting at the
 * name; null when the words are only punctuation.
 */
function namedBefore(d: Discourse, v: SentenceView, r: Ref, k: number, role: string | null): Ref | null {
	const name = v
		.raw(k, r.ti)
		.replace(/[،,]\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (!name) return null;
	return namedPerson(d, r, name, role, { start: v.at(v.toks[k].s), ti: k });
}

/**
 * Reference `r` (a role or a descriptor) as the person `name` set beside it, registered in the
 * discourse with `role` and `r`'s affiliation; `span` widens it over the name (before or after).
 */
function namedPerson(
	d: Discourse,
	r: Ref,
	name: string,
	role: string | null,
	span: Partial<Pick<Ref, 'start' | 'end' | 'ti' | 'tj'>>
): Ref {
	const e = register(d, {
		id: name,
		kind: 'person',
		names: [name],
		role,
		affiliation: r.affiliation,
		known: false,
		anonymous: false
	});
	return {
		...r,
		...span,
		id: e.id,
		kind: 'person',
		anonymous: false,
		via: 'surface',
		weight: 3,
		unsure: false
	};
}

/**
 * Record an entity of the document. Its `names` are looked up later (a surname finds the person)
 * unless `lookup` is false: a role phrase («الرئيس الأوكراني») is kept as an alias, never as a name.
 */
function register(d: Discourse, e: DocEntity, lookup = true): DocEntity {
	const old = d.entities.get(e.id);
	if (old) {
		for (const n of e.names) if (!old.names.includes(n)) old.names.push(n);
		old.role ??= e.role;
		old.affiliation ??= e.affiliation;
		e = old;
	} else d.entities.set(e.id, e);
	const name = (k: string) => {
		d.byName.set(k, e.id);
		d.nameStarts.add(k.split(' ', 1)[0]);
	};
	for (const n of lookup ? e.names : []) {
		const k = nameKey(n);
		if (!k) continue;
		name(k);
		// a person is later named by the last word of the name (the surname)
		if (e.kind === 'person' && !e.anonymous) {
			const words = k.split(' ');
			if (words.length > 1 && words[words.length - 1].length >= 3) name(words[words.length - 1]);
			// «سيف علي» … «وأضاف سيف»: Arabic news names a person by the first name too, when no one else has it
			if (words.length > 1 && words[0].length >= 3 && !d.byName.has(words[0]) && !/^[a-z]/.test(words[0]))
				name(words[0]);
		}
	}
	if (e.role) for (const k of roleKeys(e.role, e.affiliation, e.org ?? null)) d.byRole.set(k, e.id);
	return e;
}

/**
 * The keys a role is looked up by: the role alone, with its body, with its affiliation; and the
 * more general roles its holder is told again by, alone and with the affiliation (a foreign
 * minister is «الوزير», «این وزیر», "the minister" later: `is=` in the roles data).
 */
function roleKeys(role: string, aff: string | null, org: string | null): string[] {
	const keys = [`${role}||${org ?? ''}`, ...(aff ? [`${role}|${aff}|${org ?? ''}`] : [])];
	for (const general of tables().roleIs.get(role) ?? [])
		keys.push(`${general}||`, ...(aff ? [`${general}|${aff}|`] : []));
	return keys;
}

/** A person the document names with no role or body said beside the name (registered as read). */
function newPerson(d: Discourse, name: string): DocEntity {
	return register(d, {
		id: name,
		kind: 'person',
		names: [name],
		role: null,
		affiliation: null,
		known: false,
		anonymous: false
	});
}

/** A name as written, without the quote marks around it or part of it, on one line. */
function cleanName(raw: string): string {
	return raw
		.replace(/["«»“”]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** English label of an affiliation: "Russian" for Russia, the id for anything else. */
export function affLabel(g: Gazetteer, id: string): string {
	const e = g.get(id);
	if (!e) return id;
	if (e.kind === 'state') return e.adjectives.find((a) => /^[A-Z][a-z]/.test(a) && !/s$/.test(a)) ?? id;
	return id;
}

/**
 * Record `r` as the last actor of its kind. Non-state organisations (no state in their lineage)
 * are also remembered as `group`, what «الحركة» / "the group" point back to.
 */
export function remember(g: Gazetteer, m: Map<string, Ref>, r: Ref): void {
	m.set(r.anonymous && r.kind === 'anonymous' ? 'anonymous' : r.kind, r);
	// («anonymous Pakistani sources» is the last anonymous "sources", for «المصدر» and "the sources")
	if (r.anonymous && r.kind === 'anonymous') m.set(`anonymous ${r.id.split(' ').at(-1)}`, r);
	if (r.kind === 'organisation' && !g.lineage(r.id).some((id) => g.get(id)?.kind === 'state'))
		m.set('group', r);
	// («Afghan Foreign Ministry» is the last "ministry", for «الوزارة» and "the ministry")
	if (r.kind === 'organisation') m.set(`organisation ${r.id.split(' ').at(-1)!.toLowerCase()}`, r);
	if (r.kind === 'person' && !r.anonymous) m.set('named', r);
}

/**
 * Every reference in one sentence, in text order, not overlapping. `d` is read for surnames,
 * roles and pronouns and updated with the people, outlets and bodies the sentence names.
 * `dates` are the date mentions of the sentence: their words are never names.
 */
export function findRefs(
	g: Gazetteer,
	text: string,
	sent: Span,
	d: Discourse,
	n: Normalized,
	toks: Token[],
	dates: { start: number; end: number }[] = []
): Ref[] {
	const T = tables();
	const s = text.slice(sent.start, sent.end);
	const view = new SentenceView(text, sent, n, toks, d.lang, dates);
	readingWork.gazetteerChars += n.text.length;
	// gazetteer names, as token ranges
	const gaz: Ref[] = [];
	for (const m of g.find(s, n)) {
		const e = g.get(m.id)!;
		const start = sent.start + m.start;
		const end = sent.start + m.end;
		if (dates.some((x) => x.start <= start && x.end >= end)) continue;
		const ti = toks.findIndex((_, j) => view.tokEnd(j) > start);
		let tj = ti;
		while (tj < toks.length && view.tokStart(tj) < end) tj++;
		if (ti < 0) continue;
		gaz.push({
			start,
			end,
			ti,
			tj,
			id: m.id,
			kind: e.kind,
			anonymous: false,
			affiliation: m.id,
			via: m.via,
			role: null,
			weight: 0,
			prep: false
		});
	}
	const gazAt = (j: number) => gaz.find((r) => r.ti === j);
	const refs: Ref[] = [];
	const mk = (ti: number, tj: number, over: Partial<Ref> & Pick<Ref, 'id' | 'kind' | 'via'>): Ref => ({
		start: view.tokStart(ti),
		end: view.tokEnd(tj - 1),
		ti,
		tj,
		anonymous: false,
		affiliation: null,
		role: null,
		weight: 1,
		prep: false,
		...over
	});
	const lang = d.lang;
	// the last token a state's name starts at: no capitalised run after it holds a place
	let lastState = -1;
	for (const r of gaz) if (r.kind === 'state' && r.ti > lastState) lastState = r.ti;
	let i = 0;
	while (i < toks.length) {
		// "The Kyiv Independent", "Tehran Times": an English outlet's name may hold a place
		if (i <= lastState && /^[a-z]/.test(toks[i].w) && view.cap(i)) {
			const whole = capitalRun(view, i, []);
			if (
				whole &&
				whole.to - whole.from >= 2 &&
				T.outletTails.match(toks, whole.to - 1, 1) &&
				gaz.some((r) => r.ti >= whole.from && r.tj <= whole.to && r.kind === 'state')
			) {
				const known = gaz.find((r) => r.ti === whole.from && r.tj === whole.to);
				const ref = known ?? classifyRun(g, view, d, whole.from, whole.to);
				if (ref) {
					refs.push(ref);
					i = whole.to;
					continue;
				}
			}
		}
		// a gazetteer person, outlet or organisation name wins over any pattern starting inside it
		const gz = gazAt(i);
		// «سیمور هرش روزنامه‌نگار تحقیقی …», «ماجد الأنصاري المتحدث باسم …»: a role right after a
		// person's name (Arabic and Persian write the apposition without a comma) is that person's, and
		// the words after it are no new name
		const prev = refs.at(-1);
		const holder =
			lang !== 'en' &&
			!/\S/.test(view.gap(i)) &&
			((!!prev && prev.tj === i && prev.kind === 'person' && !prev.anonymous) ||
				(i >= 2 &&
					(!prev || prev.tj <= i - 2) &&
					nameish(view, i - 1, lang) &&
					nameish(view, i - 2, lang) &&
					!/\S/.test(view.gap(i - 1)) &&
					(i === 2 || /[،,.:;؛«»"“”()-]/.test(view.gap(i - 2)) || !!T.cues.match(toks, i - 3, 1))));
		const role = gz && gz.via === 'name' ? null : rolePhrase(g, view, d, i, gaz, holder);
		if (role) {
			// an English role takes in what stands before it ("the State Department spokesman")
			while (refs.length && refs[refs.length - 1].tj > role.ref.ti) refs.pop();
			// "Prime Minister Imran Khan's office said": the named holder's body speaks, not the holder
			const body =
				lang === 'en' &&
				role.ref.kind === 'person' &&
				!role.ref.anonymous &&
				/['’]s$/.test(toks[role.next - 1].w)
					? T.orgs.match(toks, role.next, 2)
					: null;
			if (body && T.personalOrgs.has(body.values[0]) && !CUT.test(view.gap(role.next))) {
				const end = role.next + body.len;
				const aff = g.get(role.ref.id)?.parent ?? role.ref.affiliation ?? null;
				refs.push(
					mk(
						role.ref.ti,
						end,
						personalBody(
							d,
							view.raw(role.ref.ti, end),
							body.values[0],
							role.ref.id.replace(/['’]s$/, ''),
							aff
						)
					)
				);
				i = end;
				continue;
			}
			refs.push(role.ref);
			i = role.next;
			continue;
		}
		// "the Taliban foreign ministry", "Hamas health ministry": a named body before the kind of a
		// body is that body's owner (as a state is: "the Chinese foreign ministry")
		const owned =
			gz &&
			gz.via === 'name' &&
			gz.kind === 'organisation' &&
			/^[a-z]/.test(toks[i].w) &&
			T.orgs.match(toks, gz.tj, 4)
				? orgPhrase(g, view, d, i, gaz)
				: null;
		if (owned) {
			refs.push(owned.ref);
			i = owned.next;
			continue;
		}
		// "the Trump campaign", "Netanyahu's office": a body of a person the gazetteer knows
		const gzOrg = gz?.kind === 'person' && lang === 'en' ? T.orgs.match(toks, gz.tj, 2) : null;
		if (gz && gzOrg && T.personalOrgs.has(gzOrg.values[0]) && !CUT.test(view.gap(gz.tj))) {
			const end = gz.tj + gzOrg.len;
			const aff = g.get(gz.id)?.parent ?? null;
			refs.push(mk(i, end, personalBody(d, view.raw(i, end), gzOrg.values[0], gz.id, aff)));
			i = end;
			continue;
		}
		if (gz && gz.via === 'name' && gz.kind !== 'state') {
			// a known person is later named by the last word of the name as written («ذبیح‌الله مجاهد» → «مجاهد»)
			if (gz.kind === 'person')
				register(d, {
					id: gz.id,
					kind: 'person',
					names: [view.raw(gz.ti, gz.tj)],
					role: null,
					affiliation: g.get(gz.id)?.parent ?? null,
					known: true,
					anonymous: false
				});
			refs.push(gz);
			i = gz.tj;
			continue;
		}
		const media = gz ? null : mediaPhrase(g, view, i, gaz);
		if (media) {
			refs.push(media.ref);
			i = media.next;
			continue;
		}
		const outlet = gz ? null : outletPhrase(g, view, d, i, gaz);
		if (outlet) {
			// (the adjective it begins with is part of it: "Iranian state television")
			while (refs.length && refs[refs.length - 1].ti >= outlet.ref.ti) refs.pop();
			refs.push(outlet.ref);
			i = outlet.next;
			continue;
		}
		const desc = gz
			? null
			: descriptor(g, view, d, i, gaz, () =>
					[...refs, ...gaz.filter((r) => r.tj <= i && !refs.includes(r))].sort((a, b) => a.ti - b.ti)
				);
		if (desc) {
			refs.push(desc.ref);
			i = desc.next;
			continue;
		}
		const org = orgPhrase(g, view, d, i, gaz);
		if (org) {
			refs.push(org.ref);
			i = org.next;
			continue;
		}
		const body = gz ? null : namedBody(view, d, i, gaz);
		if (body) {
			refs.push(body.ref);
			i = body.next;
			continue;
		}
		if (gz) {
			refs.push(gz);
			i = gz.tj;
			continue;
		}
		// «أوضحت "أورانو" أنها»: a name of a word or three in quotes that what was said follows is a
		// body (Arabic news quotes the names of firms, groups and outlets, seldom of people)
		const quoted = lang !== 'en' && !gz ? quotedBody(view, d, i) : null;
		if (quoted) {
			refs.push(quoted.ref);
			i = quoted.next;
			continue;
		}
		// «حساب باسم "جواد مجاهد"»: a quoted name introduced as an account is who speaks
		const intro = T.intro.match(toks, i, 4);
		if (intro) {
			const k = i + intro.len;
			const q = /["«“]\s*$/.test(view.gap(k));
			let end = k;
			while (
				q &&
				end < toks.length &&
				end - k < 5 &&
				!/["»”]/.test(view.gap(end + 1 <= toks.length ? end + 1 : end))
			)
				end++;
			if (q && end < toks.length) {
				const name = view
					.raw(k, end + 1)
					.replace(/["«»“”]/g, '')
					.replace(/\s+/g, ' ')
					.trim();
				const e = newPerson(d, name);
				refs.push(mk(i, end + 1, { id: e.id, kind: 'person', via: 'surface', weight: 3 }));
				i = end + 1;
				continue;
			}
		}
		// a title introduces a name («المحامي سيف علي، …», «آقای X»): its words up to a comma or a verb
		const title = T.titles.match(toks, i, 3);
		// English titles and the names after them are written with capitals ("the major cities" is none)
		const latinTitle = /^[a-z]/.test(toks[i].w);
		if (title && !gazAt(i + title.len) && (!latinTitle || view.cap(i))) {
			const k = i + title.len;
			let end = k;
			while (
				end < toks.length &&
				end - k < 3 &&
				(end === k || !CUT.test(view.gap(end))) &&
				!/\d/.test(toks[end].w) &&
				(!latinTitle || view.cap(end)) &&
				!T.cues.match(toks, end, 3) &&
				!T.roles.match(toks, end, 3) &&
				!(end > k && T.grammar.stop?.match(toks, end, 1, true)) &&
				!view.inDate(end)
			)
				end++;
			if (
				end > k &&
				(end === toks.length ||
					CUT.test(view.gap(end)) ||
					T.cues.match(toks, end, 3) ||
					// «آقای ظریف نیز گفت»: an adverb between the name and its verb
					(T.grammar.stop?.match(toks, end, 1, true) && T.cues.match(toks, end + 1, 3)) ||
					// «آقای اتمر در این تماس تلفنی گفت», «خانم گاسمن با اشاره به …»: a preposition after a
					// name of a word or two that a title opens
					(end - k <= 2 && !latinTitle && T.grammar.preposition?.match(toks, end, 1, true)) ||
					T.roles.match(toks, end, 3) ||
					T.grammar.complementizer?.match(toks, end, 1, true))
			) {
				const name = cleanName(view.raw(k, end));
				const known = d.byName.get(nameKey(name));
				const e = known ? entityOf(d, known) : newPerson(d, name);
				refs.push(
					mk(i, end, {
						id: e.id,
						kind: 'person',
						via: 'surface',
						role: e.role,
						affiliation: e.affiliation,
						weight: 3,
						gluedPrep: title.prep
					})
				);
				i = end;
				continue;
			}
		}
		// Arabic: «قال محمد وثيق إن …»: two or three name words right after a speech verb and right
		// before «إن» / «أن» or a colon are the verb's subject, a person (the first word bare, not «ال…»)
		if (lang === 'ar' && i > 0 && !basesOf(toks[i]).some((b) => b.article)) {
			let v0 = i - 1;
			// («وقال الكاتب جون سميث إن», «قال المحامي …»: one word with the article, or a title, between
			// the verb and the name says what the person is)
			if (
				v0 > 0 &&
				(basesOf(toks[v0]).some((b) => b.article) || !!T.titles.match(toks, v0, 1)) &&
				!gazAt(v0) &&
				!CUT.test(view.gap(i)) &&
				T.cues.match(toks, v0 - 1, 1)
			)
				v0--;
			while (v0 > 0 && view.inDate(v0)) v0--;
			// (not after a word that names: «مسؤول يدعى محمد وثيق إن», where «يدعى» folds to «يدعي», claims)
			const cue = T.grammar.namer?.has(toks[v0].w) ? null : T.cues.match(toks, v0, 1);
			const end = cue ? nameRun(view, i, lang, gaz, 3) : i;
			// («وقال آدم بولر أيضا إن»: "also" may stand before «إن»; «قالت X عبر بيان، إن»: and where it was
			// said, a preposition and a document, a comma after it)
			let intro = end < toks.length && T.grammar.continuer?.has(toks[end].w) ? end + 1 : end;
			if (
				intro + 1 < toks.length &&
				T.grammar.preposition?.has(toks[intro].w) &&
				T.grammar.document?.has(toks[intro + 1].w)
			)
				intro += 2;
			// («وقال نتنياهو إن»: one word is a name too, right between the verb and «إن» / «أن», when it is
			// no word of the lexicon, not short, and not a plural or a word with a pronoun glued on)
			const one =
				end - i === 1 &&
				intro === end &&
				toks[i].w.length >= ONE_NAME_LETTERS &&
				!T.nounEndings.some((e) => toks[i].w.endsWith(e)) &&
				!!T.grammar.complementizer?.match(toks, intro, 2, true) &&
				// (a name the document gave before, «خوستي» of «سعيد خوستي», is that person's, found as such)
				!d.byName.has(nameKey(toks[i].w));
			if (
				cue &&
				cue.values.some((c) => c.role === 'verb' || c.role === 'verbo') &&
				(end - i >= 2 || one) &&
				intro < toks.length &&
				!/[،,.;؛]/.test(view.gap(end)) &&
				(/^\s*:/.test(view.gap(intro)) || !!T.grammar.complementizer?.match(toks, intro, 2, true))
			) {
				const name = cleanName(view.raw(i, end));
				const e = newPerson(d, name);
				refs.push(mk(i, end, { id: e.id, kind: 'person', via: 'surface', weight: 3 }));
				i = end;
				continue;
			}
		}
		// Persian: «اولگا اولیکر از مرکز …»: two name words or more opening a clause, then «از» and a body
		if (lang === 'fa' && (i === 0 || CUT.test(view.gap(i)))) {
			const end = nameRun(view, i, lang, gaz, 3);
			const from =
				end < toks.length &&
				T.grammar.source?.has(toks[end].w) &&
				(gazAt(end + 1) ||
					T.orgs.match(toks, end + 1, 3) ||
					T.orgHeads.match(toks, end + 1, 2) ||
					T.outletHeads.match(toks, end + 1, 2));
			// «علی رضایی گفت», «علی رضایی روز شنبه گفت», «علی رضایی نیز گفت»: or right before a speech
			// verb (a date or "also" between)
			const skip = (k: number) =>
				view.inDate(k) ||
				!!T.grammar.continuer?.has(toks[k].w) ||
				(!!T.grammar.dateprep?.has(toks[k].w) && k + 1 < toks.length && view.inDate(k + 1));
			let verbAt = end;
			while (verbAt < toks.length && skip(verbAt)) verbAt++;
			const speaks =
				end > i && verbAt < toks.length && !!T.cues.match(toks, verbAt, 3) && !/[،,.:;؛]/.test(view.gap(end));
			// «جان اسمیت، تحلیلگر این موسسه، گفت»: or set off by commas from an apposition before the verb
			let apposed = false;
			if (end - i >= 2 && !from && !speaks && end < toks.length && /^\s*[،,]\s*$/.test(view.gap(end))) {
				let c = end + 1;
				while (c < toks.length && c - end <= 10 && !CUT.test(view.gap(c))) c++;
				if (c < toks.length && c - end <= 10 && /^\s*[،,]\s*$/.test(view.gap(c))) {
					while (c < toks.length && view.inDate(c)) c++;
					apposed = c < toks.length && !!T.cues.match(toks, c, 3);
				}
			}
			// «اسماعیل بقائی در واکنش به ادعاهای … اظهار کرد»: or before a preposition, with a speech verb
			// further on in the clause
			let led = false;
			let p0 = end;
			while (p0 < toks.length && skip(p0)) p0++;
			// («متیو میلر روز دوشنبه این حمله را محکوم کرد»: or before the verb's object, «این» / «آن» opening it)
			const opens = (w: string) =>
				!!T.grammar.preposition?.has(w) || (!!T.grammar.determiner?.has(w) && !/^[a-z]/.test(w));
			if (end - i >= 2 && !from && !speaks && !apposed && opens(toks[p0]?.w ?? ''))
				for (let c = p0 + 1; c < toks.length && c - end <= LED_WORDS; c++) {
					if (/[.:;؛!?؟«»"“”()]/.test(view.gap(c))) break;
					if (T.cues.match(toks, c, 3)?.values.some((x) => x.role === 'verb' || x.role === 'verbo')) {
						led = true;
						break;
					}
				}
			if (end - i >= 2 && (from || speaks || apposed || led)) {
				const name = cleanName(view.raw(i, end));
				const e = newPerson(d, name);
				refs.push(mk(i, end, { id: e.id, kind: 'person', via: 'surface', weight: 3 }));
				i = end;
				continue;
			}
		}
		// "Cotler's office said", "the Trump campaign said": a body of a person the document named
		// before (English: the name, possessive or not, before the body's word)
		const ownOrg = lang === 'en' ? T.orgs.match(toks, i + 1, 2) : null;
		if (ownOrg && T.personalOrgs.has(ownOrg.values[0]) && !CUT.test(view.gap(i + 1))) {
			const id = d.byName.get(nameKey(toks[i].w.replace(/['’]s$/, '')));
			const person = id ? entityOf(d, id) : null;
			if (person?.kind === 'person') {
				const end = i + 1 + ownOrg.len;
				refs.push(
					mk(i, end, personalBody(d, view.raw(i, end), ownOrg.values[0], person.id, person.affiliation))
				);
				i = end;
				continue;
			}
		}
		// a name the document gave before (full name or surname)
		const known = knownName(view, d, i);
		if (known) {
			const e = entityOf(d, known.id);
			refs.push(
				mk(i, known.next, {
					id: e.id,
					kind: e.kind,
					via: 'surface',
					role: e.role,
					affiliation: e.affiliation,
					anonymous: e.anonymous,
					weight: 2,
					gluedPrep: known.prep
				})
			);
			i = known.next;
			continue;
		}
		// English: a capitalised run is a name
		const run = lang === 'en' || /^[a-z]/.test(toks[i].w) ? capitalRun(view, i, gaz, d.lower) : null;
		if (run) {
			const ref = classifyRun(g, view, d, run.from, run.to);
			if (ref) refs.push(ref);
			i = run.to;
			continue;
		}
		const pro = T.pronouns.match(toks, i, 3);
		// "the office of X", "the ministry of Y": a body said whose it is points back to no one
		if (pro && /^[a-z]/.test(toks[i].w) && T.linkers.match(toks, i + pro.len, 1)) {
			i++;
			continue;
		}
		if (pro) {
			// every name so far, those a descriptor took in too («قادة من حركة طالبان … الحركة»)
			const named = [...refs, ...gaz.filter((r) => r.tj <= i && !refs.includes(r))].sort(
				(a, b) => a.ti - b.ti
			);
			let target = pronounTarget(g, d, named, pro.values[0], toks[i]);
			let end = i + pro.len;
			// «وأوضح المسؤول الإيراني», «این مقام آمریکایی»: a nationality after the word says whose it
			// is: the source told before only when it is of that state, else the last speaker of that
			// state who is a person, else a new source of that state
			const adj = pro.values[0].startsWith('anonymous ')
				? gaz.find((r) => r.ti === end && r.via === 'adjective' && g.get(r.id)?.kind === 'state')
				: undefined;
			if (adj) {
				// (of that state through a body the document named: «هيئة الطيران المدني الإيرانية»)
				const ofState = (x: string | null | undefined, depth = 0): boolean =>
					!!x &&
					(g.lineage(x).includes(adj.id) ||
						(depth < 2 && ofState(d.entities.get(x)?.affiliation, depth + 1)));
				const of = (r: Ref | null | undefined) => !!r && (ofState(r.affiliation) || ofState(r.id));
				if (!of(target)) {
					const last = d.lastSpeakerByKind.get('named');
					target = last && of(last) ? last : null;
				}
				end = adj.tj;
				if (!target) {
					const heads = pro.values[0].split(' ').slice(1);
					const plural = heads.length > 1 && !!T.plurals.match(toks, i, pro.len);
					refs.push(
						mk(i, end, {
							id: `anonymous ${affLabel(g, adj.id)} ${plural ? heads[1] : heads[0]}`,
							kind: 'anonymous',
							anonymous: true,
							affiliation: adj.id,
							via: 'descriptor',
							weight: 2
						})
					);
					i = end;
					continue;
				}
			}
			// «الصحيفة الأمريكية», «این روزنامه آمریکایی»: an outlet or a body told again with a
			// nationality that is not another state's is the one told before (the adjective is part of it)
			const said =
				['outlet', 'agency', 'group'].includes(pro.values[0]) || pro.values[0].startsWith('organisation')
					? gaz.find((r) => r.ti === end && r.via === 'adjective' && g.get(r.id)?.kind === 'state')
					: undefined;
			if (said && target) {
				const states = g.lineage(target.affiliation ?? target.id).filter((x) => g.get(x)?.kind === 'state');
				if (!states.length || states.includes(said.id)) end = said.tj;
			}
			if (target)
				refs.push({
					...target,
					start: view.tokStart(i),
					end: view.tokEnd(end - 1),
					ti: i,
					tj: end,
					via: 'anaphor',
					prep: false,
					unsure: false
				});
			i = end;
			continue;
		}
		i++;
	}
	appositions(g, view, d, refs);
	namedAfter(view, d, refs);
	// «بيان صادر عن X», "a statement issued by X": X is who speaks
	const issuedBy = new Set<Ref>();
	for (const r of refs) {
		for (let k = 1; k <= 3 && r.ti - k >= 0; k++) {
			const m = T.issued.match(toks, r.ti - k, 4);
			if (m && r.ti - k + m.len === r.ti) {
				issuedBy.add(r);
				break;
			}
		}
	}
	// prepositional: the word before is a preposition, or the first word carries a glued one
	for (const r of refs) {
		const first = toks[r.ti];
		const wholeKnown = r.via === 'name' && basesOf(first)[0].w !== first.w;
		const prev = toks[r.ti - 1];
		const glued = gluedHere(first.w, r, view);
		// ("to the UN": an article may stand between)
		const at = prev && r.ti >= 2 && T.grammar.article?.has(prev.w) ? r.ti - 2 : r.ti - 1;
		// («أعلن كل من رئيس الحكومة … و…», "both … and …": «كل من» opens the subjects, no preposition)
		const both = r.ti >= 2 && !!T.grammar.bothof?.match(toks, r.ti - 2, 2);
		if (((at >= 0 && T.grammar.preposition?.match(toks, at, 1, true)) || glued) && !issuedBy.has(r) && !both)
			r.prep = true;
		void wholeKnown;
	}
	for (const r of refs) {
		remember(g, d.lastByKind, r);
		if (r.kind === 'organisation' && !r.anonymous) {
			d.groups.push(r);
			if (d.groups.length > 8) d.groups.shift();
		}
	}
	return refs;
}

/** The first word of a reference carries a glued preposition (بـ، لـ، كـ، لل) in front of the name. */
function gluedHere(w: string, r: Ref, v: SentenceView): boolean {
	const start = v.at(v.toks[r.ti].s);
	if (start >= r.start && r.via === 'name') {
		// the gazetteer matched after the proclitic: look at what precedes the name in the word
		const prefix = fold(v.text.slice(start, r.start), READING_FOLD);
		if (prefix) return /[بلك]/.test(prefix);
	}
	if (r.via === 'name' || v.lang === 'fa') return false;
	// a name read after a glued «بـ / لـ / كـ / لل» (the tables matched its bare form)
	return r.gluedPrep === true;
}

/** The fewest letters of an Arabic name of one word told between a speech verb and «إن» («وقال نتنياهو إن»). */
const ONE_NAME_LETTERS = 4;

/** A word that can be part of a person's name here. */
function nameish(v: SentenceView, j: number, lang: string): boolean {
	const T = tables();
	const t = v.toks[j];
	if (!t || /\d/.test(t.w) || t.w.length < 2 || v.inDate(j)) return false;
	// «حمد الله فيترات», «ذبیح الله مجاهد»: a word that is a common word too but builds names
	// after a name word («الله», «الدين»)
	if (T.grammar.namebuilder?.has(t.w) && j > 0 && nameish(v, j - 1, lang)) return true;
	// «امیر سعید ایروانی»: a role word that is a first name too, before a name word
	if (
		T.grammar.givenname?.has(t.w) &&
		j + 1 < v.toks.length &&
		!/[،,.:;؛]/.test(v.gap(j + 1)) &&
		nameish(v, j + 1, lang)
	)
		return true;
	if (surnameAfterFirst(v, j) && !/\S/.test(v.gap(j))) return true;
	// a word known to the lexicon is no name; nor is one with a glued proclitic when what is left
	// is a known word of four letters or more («وقال», «للحركة»); «بالي» is not «ب + الى»
	if (T.known(t.w) || basesOf(t).some((b, k) => k > 0 && b.w.length >= 4 && T.known(b.w))) return false;
	if (T.events.match(v.toks, j, 1) || T.cues.match(v.toks, j, 1)) return false;
	const latin = /^[a-z]/.test(t.w);
	if (latin) return v.cap(j) || (!!T.grammar.namepart?.has(t.w) && !/^(of|the|and)$/.test(t.w));
	if (lang === 'en') return false;
	return true;
}

/**
 * The state or body a post is at stands right after the role: "to", "in" or "at" (grammar
 * `postprep`), then an article, a word or both ("to neighboring Tajikistan", "to the UN"), no mark.
 */
function postedAt(v: SentenceView, role: Ref, at: Ref | undefined): boolean {
	const G = tables().grammar;
	if (!at || (at.kind !== 'state' && at.kind !== 'organisation')) return false;
	const n = at.ti - role.tj;
	if (n < 1 || n > 3) return false;
	for (let k = role.tj; k <= at.ti; k++) if (/[^\s-]/.test(v.gap(k))) return false;
	if (!G.postprep?.has(v.toks[role.tj].w)) return false;
	return n === 1 || G.article?.has(v.toks[role.tj + 1].w) || n === 2;
}

/**
 * An English surname that is also a word ("Theresa May", "Ann Will"): token j capitalised, after a
 * capitalised first name that is no word.
 */
function surnameAfterFirst(v: SentenceView, j: number): boolean {
	return (
		j > 0 &&
		/^[a-z]/.test(v.toks[j].w) &&
		/^[a-z]/.test(v.toks[j - 1].w) &&
		v.cap(j) &&
		v.cap(j - 1) &&
		!tables().known(v.toks[j - 1].w)
	);
}

/**
 * «آرپان رای، روزنامه‌نگار هندی،»: the start of a two-word name set off by a comma before the
 * role or descriptor at token `at`, whose last word is also a common word («رای», a vote) — the
 * clause starts at the name; null when the words are not such a name.
 */
function endedBySurname(v: SentenceView, d: Discourse, at: number, floor: number): number | null {
	const k = at - 2;
	if (k < floor || !/[،,]\s*$/.test(v.gap(at))) return null;
	if (!surnameLike(v, at - 1) || nameish(v, at - 1, d.lang) || !nameish(v, k, d.lang)) return null;
	if (CUT.test(v.gap(at - 1))) return null;
	return k === floor || k === 0 || CUT.test(v.gap(k)) ? k : null;
}

/**
 * A word that may end a name though the lexicon knows it as a common word (a surname such as «رای»,
 * which folds to Arabic «رأى», he saw): a word of letters in a non-Latin script, not in a date. The
 * name word before it and the commas around the pair say it is a name.
 */
function surnameLike(v: SentenceView, j: number): boolean {
	const t = v.toks[j];
	return !!t && /^\p{L}{2,}$/u.test(t.w) && !/^[a-z]/.test(t.w) && !v.inDate(j);
}

/**
 * An outlet named only by its name right after «به گزارش» / «نقلا عن» / "according to" (a name that
 * is in no list): the name words up to punctuation, registered as an outlet.
 */
export function outletByName(
	text: string,
	sent: Span,
	d: Discourse,
	n: Normalized,
	toks: Token[],
	j: number
): Ref | null {
	const v = new SentenceView(text, sent, n, toks, d.lang);
	const end = nameRun(v, j, d.lang === 'en' ? 'en' : 'ar', [], 4);
	if (end <= j || (end < toks.length && !/[،,:]/.test(v.gap(end)) && end - j < 2)) return null;
	const name = v
		.raw(j, end)
		.replace(/["«»“”()]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	const e = register(d, {
		id: name,
		kind: 'outlet',
		names: [name],
		role: null,
		affiliation: null,
		known: false,
		anonymous: false
	});
	return {
		start: v.tokStart(j),
		end: v.tokEnd(end - 1),
		ti: j,
		tj: end,
		id: e.id,
		kind: 'outlet',
		anonymous: false,
		affiliation: null,
		via: 'surface',
		role: null,
		weight: 2,
		prep: false
	};
}

/** How far after a Persian clause-opening name and its preposition its speech verb may stand. */
const LED_WORDS = 15;

/** Up to `max` name words from token j on, stopping at punctuation: [j, end). */
function nameRun(v: SentenceView, j: number, lang: string, gaz: Ref[], max = 4): number {
	let k = j;
	while (k < v.toks.length && k - j < max) {
		// a quote mark alone may wrap part of a name («عبد الحميد "خراساني"»)
		if (k > j && /[،,.:;؛!?؟()[\]]/.test(v.gap(k))) break;
		if (k > j && /["«»“”]/.test(v.gap(k)) && !/^\s*["«»“”]\s*$/.test(v.gap(k))) break;
		if (gaz.some((r) => r.ti <= k && k < r.tj)) break;
		if (!nameish(v, k, lang)) break;
		k++;
	}
	// Arabic: a name does not end in «ال…» unless it has a first name before it (أيمن الظواهري)
	return k;
}

/**
 * A body of a person (`of=person` in ../lexicon/reading/roles.ts: an office, a campaign), registered
 * in the document as an organisation beside the person: the fields of its reference.
 */
function personalBody(
	d: Discourse,
	written: string,
	org: string,
	person: string,
	affiliation: string | null
): Pick<Ref, 'id' | 'kind' | 'via' | 'affiliation' | 'weight'> {
	const e = register(d, {
		id: `${org} of ${person}`,
		kind: 'organisation',
		names: [written],
		role: org,
		affiliation,
		known: false,
		anonymous: false
	});
	return { id: e.id, kind: 'organisation', via: 'surface', affiliation: e.affiliation, weight: 2 };
}

/**
 * A place of the places list at token k (../lexicon/reading/places.ts), after a word for a place or
 * none («ولاية هلمند», «ولایت هرات», "Helmand province"): the state it is in and the token after it.
 */
function placeAt(v: SentenceView, k: number, lang: string): { state: string; next: number } | null {
	const T = tables();
	const toks = v.toks;
	let i = k;
	const head = T.grammar.placehead?.match(toks, i, 1, true);
	if (head && !CUT.test(v.gap(i + head.len))) i += head.len;
	const m = T.places.match(toks, i, 4);
	const p = m?.values.find((x) => !x.lang || x.lang === lang);
	if (!m || !p) return null;
	let next = i + m.len;
	// "Helmand province": a word for a place after the name
	const tail = T.grammar.placehead?.match(toks, next, 1, true);
	if (tail && !CUT.test(v.gap(next))) next += tail.len;
	// a name that is an everyday word too (weak: Farah, «فارس») is a place only beside such a word
	if (p.weak && !head && !tail) return null;
	return { state: p.state, next };
}

/** The next token after j is a boundary for a name: punctuation, a verb, a complementizer, the end. */
function boundaryAfter(v: SentenceView, k: number): boolean {
	const T = tables();
	if (k >= v.toks.length) return true;
	if (/[،,.:;؛!?؟«»"“”()\-–]/.test(v.gap(k))) return true;
	const toks = v.toks;
	return !!(
		T.cues.match(toks, k, 4) ||
		T.grammar.complementizer?.match(toks, k, 2, true) ||
		T.grammar.preposition?.match(toks, k, 1, true) ||
		T.grammar.stop?.match(toks, k, 1, true) ||
		T.roles.match(toks, k, 3) ||
		v.inDate(k) ||
		basesOf(toks[k]).some((b) => b.prep && b.w.length > 2)
	);
}

/** A name the document gave before, at token i: its entity id and the token after it. */
function knownName(
	v: SentenceView,
	d: Discourse,
	i: number
): { id: string; next: number; prep: boolean } | null {
	if (!d.byName.size || i >= v.toks.length) return null;
	// a key begins with a reading of the first word (a reading holds no space): only readings that
	// begin some name are tried, and a word that begins none (most words) ends the look here
	const firsts = basesOf(v.toks[i]).filter((b) => d.nameStarts.has(b.w));
	readingWork.memoryChecks++;
	if (!firsts.length) return null;
	// a name runs over no punctuation: up to four words, fewer before the first mark between two
	let top = Math.min(4, v.toks.length - i);
	for (let q = 1; q < top; q++)
		if (/[،,.:;؛«»"()]/.test(v.gap(i + q))) {
			top = q;
			break;
		}
	// the words after the first, as keys join them: rests[k] for a name of k + 1 words
	const rests = [''];
	for (let k = 1; k < top; k++) rests.push(rests[k - 1] + ' ' + v.toks[i + k].w);
	for (let k = top; k >= 1; k--)
		for (const b of firsts) {
			readingWork.memoryChecks++;
			const id = d.byName.get(b.w + rests[k - 1]);
			if (id) return { id, next: i + k, prep: b.prep };
		}
	return null;
}

/**
 * A word that starts a name: a capital, or a small name word joined to a capitalised one by a
 * hyphen ("al-Ansari", "el-Sisi", "bin-Salman"): written with its lower-case particle, a name
 * still.
 */
/** A run of capitalised English words at token i (not a gazetteer name): [from, to). */
function capitalRun(
	v: SentenceView,
	i: number,
	gaz: Ref[],
	lower?: Set<string>
): { from: number; to: number } | null {
	const T = tables();
	if (!/^[a-z]/.test(v.toks[i].w) || !v.cap(i) || v.inDate(i)) return null;
	let k = i;
	let body = false;
	while (k < v.toks.length && (k === i || !/[,.:;!?"“”()]/.test(v.gap(k)))) {
		if (gaz.some((r) => r.ti <= k && k < r.tj)) break;
		const w = v.toks[k].w;
		if (!/^[a-z]/.test(w) || v.inDate(k)) break;
		// "the Islamic Resistance in Iraq": a body's name goes on with "in" and a capitalised place
		const inPlace = body && !!T.grammar.locative?.has(w) && k + 1 < v.toks.length && v.cap(k + 1);
		const state = inPlace ? gaz.find((r) => r.ti === k + 1 && r.kind === 'state') : undefined;
		if (state) {
			k = state.tj;
			break;
		}
		if (!v.cap(k) && !(k > i && T.grammar.namepart?.has(w)) && !inPlace) break;
		// "HDP Group Deputy Chair Meral Danis Bestas", "Hamas Political Bureau Chief Ismail Haniyeh": a
		// post inside the run, a name of two words after it, opens a role phrase of its own (whose post it
		// is stays before it; a rank word before the post belongs to it: "Supreme Leader Ali Khamenei")
		if (k > i && roleInRun(v, k)) break;
		if (T.orgHeads.match(v.toks, k, 1)) body = true;
		k++;
	}
	// (a surname that is also such a word stays: "Theresa May")
	while (
		k > i &&
		(T.grammar.stop?.has(v.toks[k - 1].w) ?? false) &&
		!(k - 1 > i && surnameAfterFirst(v, k - 1))
	)
		k--;
	// a sentence-initial word that is a known English word is not a name ("The", "But", "Officials")
	let from = i;
	const common = (w: string) => T.known(w) || T.known(w.replace(/'s$/, ''));
	while (from < k && common(v.toks[from].w) && !(from + 1 < k && T.orgHeads.match(v.toks, from, 1))) from++;
	if (from >= k) return null;
	// nor is a word that opens the sentence and that the document writes in lower case elsewhere,
	// when nothing but common words follows it ("Smoke rises" beside "smoke covered"); a first name
	// that is a word too ("Will Smith", "Mark Rutte") keeps its name
	if (from === 0 && lower?.has(v.toks[0].w)) {
		let rest = 1;
		while (rest < k && common(v.toks[rest].w)) rest++;
		if (rest >= k) return null;
	}
	return { from, to: k };
}

/**
 * A post starts at token `k` of a capitalised run (no rank or deputy word right before it), with two
 * capitalised words after it that the post is no part of: the name of its holder.
 */
function roleInRun(v: SentenceView, k: number): boolean {
	const T = tables();
	// ("Deputy Chair": a deputy word opens the post)
	const dep = T.deputy.match(v.toks, k, 1)?.len ?? 0;
	const m = T.roles.match(v.toks, k + dep, 3);
	if (!m) return false;
	if (T.deputy.match(v.toks, k - 1, 1) || T.ranks.match(v.toks, k - 1, 1) || T.roles.match(v.toks, k - 1, 1))
		return false;
	const after = k + dep + m.len;
	return (
		after + 1 < v.toks.length &&
		v.cap(after) &&
		v.cap(after + 1) &&
		!/[,.:;!?"“”()]/.test(v.gap(after)) &&
		!T.roles.match(v.toks, after, 1)
	);
}

/** A capitalised run as an actor: an outlet ("The Kyiv Post"), an organisation, or a person. */
function classifyRun(g: Gazetteer, v: SentenceView, d: Discourse, from: number, to: number): Ref | null {
	const T = tables();
	const raw = cleanName(v.raw(from, to));
	const base = {
		start: v.at(v.toks[from].s),
		end: v.endAt(v.toks[to - 1].e),
		ti: from,
		tj: to,
		anonymous: false,
		affiliation: null,
		role: null,
		weight: 1,
		prep: false
	};
	if (d.outlet && nameKey(raw) === nameKey(d.outlet))
		return { ...base, id: d.outlet, kind: 'outlet', via: 'surface' };
	if (T.outletTails.match(v.toks, to - 1, 1) && to - from >= 2) {
		const kind = T.outletTails.match(v.toks, to - 1, 1)!.values[0];
		register(d, {
			id: raw,
			kind,
			names: [raw],
			role: null,
			affiliation: null,
			known: false,
			anonymous: false
		});
		return { ...base, id: raw, kind, via: 'surface', weight: 2 };
	}
	if (
		v.toks
			.slice(from, to)
			.some((t, k) => T.orgHeads.match(v.toks, from + k, 1) || T.orgs.match(v.toks, from + k, 1))
	) {
		register(d, {
			id: raw,
			kind: 'organisation',
			names: [raw],
			role: null,
			affiliation: null,
			known: false,
			anonymous: false
		});
		return { ...base, id: raw, kind: 'organisation', via: 'surface', weight: 2 };
	}
	// a capitalised run is a person for sure with a title before it or a speech verb right after it;
	// otherwise it may be a place or a thing ("Nord Stream"), a speaker only as the verb's subject
	const titled = from > 0 && T.titles.match(v.toks, from - 1, 1);
	// ("Anwar Gargash on Friday said": a date between the name and its verb)
	const prep = (k: number) => k < v.toks.length && !!T.grammar.dateprep?.has(v.toks[k].w);
	let verbAt = to;
	while (
		verbAt < v.toks.length &&
		(v.inDate(verbAt) ||
			(prep(verbAt) && (v.inDate(verbAt + 1) || (prep(verbAt + 1) && v.inDate(verbAt + 2)))))
	)
		verbAt++;
	const speaks =
		verbAt < v.toks.length &&
		!!T.cues.match(v.toks, verbAt, 3) &&
		!/[,.;:]/.test(v.gap(to)) &&
		!/[,.;:]/.test(v.gap(verbAt));
	const unsure = !titled && !speaks;
	const e = register(d, {
		id: raw,
		kind: 'person',
		names: [raw],
		role: null,
		affiliation: null,
		known: false,
		anonymous: false
	});
	void g;
	return { ...base, id: e.id, kind: 'person', via: 'surface', weight: 2, unsure };
}

/** What a pronoun or a bare definite noun points back to. */
function pronounTarget(g: Gazetteer, d: Discourse, refs: Ref[], kind: string, word?: Token): Ref | null {
	// «الحركة» prefers the movement whose names say حركة (حركة طالبان), not the last group named
	if (kind === 'group' && word) {
		const noun = basesOf(word)
			.find((b) => b.article)
			?.w.slice(ARTICLE.length);
		if (noun)
			for (const r of [...refs].reverse().concat([...d.groups].reverse()))
				if (r.kind === 'organisation' && namedBy(g, r.id, noun)) return r;
	}
	const recent = (k: string) => {
		for (let q = refs.length - 1; q >= 0; q--) {
			const r = refs[q];
			if (
				r.kind === k ||
				(k === 'group' &&
					r.kind === 'organisation' &&
					!g.lineage(r.id).some((x) => g.get(x)?.kind === 'state'))
			)
				return r;
		}
		return null;
	};
	if (kind === 'any') return d.lastSpeakerByKind.get('named') ?? d.lastSpeaker;
	if (kind === 'report') return d.lastSpeaker;
	if (kind === 'outlet' || kind === 'agency')
		return (
			recent('outlet') ?? recent('agency') ?? d.lastByKind.get('outlet') ?? d.lastByKind.get('agency') ?? null
		);
	// «الوزارة», "the embassy": the last body of that kind, else the last body
	if (kind.startsWith('organisation ')) {
		const head = `organisation ${kind.split(' ')[1]}`;
		const byHead = d.lastSpeakerByKind.get(head) ?? d.lastByKind.get(head);
		if (byHead) return byHead;
		kind = 'organisation';
	}
	if (kind === 'organisation')
		return (
			recent('organisation') ??
			d.lastSpeakerByKind.get('organisation') ??
			d.lastByKind.get('organisation') ??
			null
		);
	if (kind.startsWith('anonymous ')) {
		// «وأضاف المصدر»: the last source (told by any of the heads the pronoun names: "source",
		// "sources"), else the last anonymous one
		const last = (m: Map<string, Ref>) =>
			kind
				.split(' ')
				.slice(1)
				.map((h) => m.get(`anonymous ${h}`))
				.reduce<Ref | undefined>((a, r) => (r && (!a || r.start > a.start) ? r : a), undefined);
		const byHead = last(d.lastSpeakerByKind) ?? last(d.lastByKind);
		if (byHead) return byHead;
		kind = 'anonymous';
	}
	return d.lastSpeakerByKind.get(kind) ?? recent(kind) ?? d.lastByKind.get(kind) ?? null;
}

/** True when one of a gazetteer actor's names holds `noun` as a word («حركة» in «حركة طالبان»). */
function namedBy(g: Gazetteer, id: string, noun: string): boolean {
	const e = g.get(id);
	if (!e) return false;
	let words = nameWords.get(e);
	if (!words) {
		words = new Set([e.names.ar, e.names.fa, ...e.aliases].flatMap((a) => (a ? nameKey(a).split(' ') : [])));
		nameWords.set(e, words);
	}
	return words.has(noun);
}

/** The folded words of each actor's names (see `namedBy`). */
const nameWords = new WeakMap<object, Set<string>>();

/**
 * A role at token i with what it belongs to and the name it introduces: «المتحدث باسم الخارجية
 * الصينية وانغ ون بين», «وزیر خارجه پاکستان بلاول بوتو زرداری», "Defense Secretary Lloyd Austin",
 * "Russia's foreign minister". A role with no name is a role-holder ("Iranian foreign ministry
 * spokesperson"), the person the document named with that role before, or — with an indefinite
 * article or «في / من» before its body — an anonymous source.
 */
function rolePhrase(
	g: Gazetteer,
	v: SentenceView,
	d: Discourse,
	i: number,
	gaz: Ref[],
	/**
	 * No name is read after the role: it follows its holder's name, or it is the role of someone
	 * another role serves («المتحدث باسم الرئيس الأوكراني»).
	 */
	afterHolder = false
): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	let j = i;
	// «نائب وزير», "deputy minister": a deputy's role; «القائم بأعمال وزير», "acting minister": the role
	let deputy = false;
	const dep = T.deputy.match(toks, j, 3);
	if (dep && T.roles.match(toks, j + dep.len, 4)) {
		deputy = dep.values[0];
		j += dep.len;
	}
	const roleStart = j;
	// the longest role that is not the start of a known person's name
	const m = T.roles.match(toks, j, 5);
	if (!m) return null;
	const glued = (dep ?? m).prep;
	const role = m.values[0].role;
	// the body a role implies («وزير الخارجية» → the foreign ministry) is not named in its id;
	// a body read after it («المتحدث باسم وزارة الدفاع») is
	let org: string | null = null;
	j += m.len;
	let aff: string | null = null;
	let affLabelText: string | null = null;
	let viaLink = false;
	// English: what stands before the role ("Russian Foreign Minister", "Taliban spokesman", "Russia's")
	let from = i;
	if (d.lang === 'en' || /^[a-z]/.test(toks[i].w)) {
		let b = i - 1;
		while (b >= 0 && b >= i - 4) {
			const gz = gaz.find(
				(r) => r.tj === b + 1 || (r.tj === b + 2 && /'s?$|’s?$/.test(toks[b + 1]?.w ?? ''))
			);
			// the longest body whose words end right before what was read so far ("foreign ministry
			// spokesperson", not "ministry spokesperson")
			let orgAt = b;
			let orgM: ReturnType<typeof T.orgs.match> = null;
			for (let s = Math.max(0, b - 2); s <= b && !orgM; s++) {
				const o = T.orgs.match(toks, s, 4);
				if (o && s + o.len === from) {
					orgM = o;
					orgAt = s;
				}
			}
			if (gz && !aff && gz.kind !== 'person') {
				aff = gz.id;
				from = gz.ti;
				b = gz.ti - 1;
				continue;
			}
			if (/'s$|’s$/.test(toks[b].w)) {
				const owner = gaz.find((r) => r.tj === b + 1);
				if (owner && !aff) {
					aff = owner.id;
					from = owner.ti;
					b = owner.ti - 1;
					continue;
				}
			}
			if (orgM && orgM.len >= 1 && orgAt + orgM.len === from) {
				org = orgM.values[0];
				from = orgAt;
				b = orgAt - 1;
				continue;
			}
			if (T.grammar.determiner?.has(toks[b].w)) {
				from = b;
				break;
			}
			break;
		}
	}
	// what follows: «باسم / of / for» + a body, a state or an adjective, an organisation word
	// a role ending in «باسم» / «لـ» / "of" serves whom follows it
	// «وزير الخارجية الإيرانية»: a body the gazetteer names across the role's last words («الخارجية
	// الإيرانية», Iran's foreign ministry) is whose the role is
	const across = gaz.find((r) => r.ti > roleStart && r.ti < j && r.tj > j && r.kind !== 'person');
	if (across && !aff && !CUT_END.test(v.gap(j))) {
		// (the state, as «وزير الخارجية الإيراني» says it: the ministry is the role's own)
		aff = g.lineage(across.id).find((x) => g.get(x)?.kind === 'state') ?? across.id;
		j = across.tj;
	}
	const endsLinked = !!T.grammar.servicelinker?.has(toks[j - 1]?.w ?? '');
	const roleEnd = j;
	let construct = false;
	let guard = 0;
	let afterBody = endsLinked;
	/** The token after a portfolio opening at k and its two words at most («للشؤون السياسية»); k without one. */
	const pastPortfolio = (k: number) => {
		const pf = T.grammar.portfolio?.match(toks, k, 2);
		if (!pf || CUT_END.test(v.gap(k))) return k;
		// one word, and those «و» joins to it («للشؤون العربية والأفريقية», «در امور حقوقی و بین‌المللی»)
		let e = k + pf.len + 1;
		while (e < toks.length && e - k - pf.len < 4 && !CUT_END.test(v.gap(e))) {
			if (T.grammar.conjunction?.has(toks[e].w) && e + 1 < toks.length) e += 2;
			else if (basesOf(toks[e]).some((b) => b.conj && b.article)) e++;
			else break;
		}
		return Math.min(e, toks.length);
	};
	// where a body named in quotes ended («الناطق باسم "طالبان" بلال كريمي»): its closing quote
	// stands between the role's words and the name, and separates nothing
	let quotedTo = -1;
	while (j < toks.length && guard++ < 6) {
		if (CUT_END.test(v.gap(j))) {
			const q = /^\s*["«“]\s*$/.test(v.gap(j))
				? gaz.find((r) => r.ti === j && r.kind !== 'person')
				: undefined;
			if (!q || !/^\s*["»”]/.test(v.gap(q.tj)) || aff) break;
			aff = q.id;
			j = q.tj;
			quotedTo = j;
			continue;
		}
		// «المتحدث باسم الرئيس الأوكراني», «مستشار مكتب الرئيس»: the role of someone who holds a role
		if (afterBody && !aff && T.roles.match(toks, j, 5)) {
			const sub = rolePhrase(g, v, d, j, gaz, true);
			if (sub) {
				aff = sub.ref.id;
				j = sub.next;
				break;
			}
		}
		const afterLinker = afterBody && j > 0 && !!T.linkers.match(toks, j - 1, 1);
		afterBody = false;
		const gz = gaz.find((r) => r.ti === j);
		if (gz && gz.kind === 'person') break;
		// «واتهم المتحدث الكرملين»: a role with the article heads no construct, so a body named right
		// after it is no one it serves (an adjective is: «المتحدث الإيراني»)
		// (nor a body's noun: «واتهم المتحدث بعثة الأمم المتحدة» accuses the mission)
		if (d.lang === 'ar' && j === roleEnd && basesOf(toks[roleEnd - 1]).some((b) => b.article)) {
			const noun = gz ? null : T.orgs.match(toks, j, 4);
			if (gz ? gz.via !== 'adjective' && !basesOf(toks[j]).some((b) => b.prep) : noun && !noun.prep) break;
		}
		if (gz && (gz.kind === 'state' || gz.kind === 'organisation' || gz.kind === 'agency') && !aff) {
			aff = gz.id;
			j = gz.tj;
			continue;
		}
		// «عضو اللجنة الثقافية في طالبان»: the body a body belongs to, after a linker; the one the
		// gazetteer knows is the affiliation
		if (
			gz &&
			aff &&
			afterLinker &&
			(gz.kind === 'organisation' ||
				gz.kind === 'agency' ||
				(gz.kind === 'state' && g.get(aff)?.kind === 'state'))
		) {
			if (!g.get(aff) && g.get(gz.id)) aff = gz.id;
			j = gz.tj;
			continue;
		}
		if (gz && gz.kind === 'state' && aff && g.get(aff)?.kind !== 'state') {
			// «سخنگوی وزارت امور خارجه چین»: the ministry of that state
			affLabelText = affLabel(g, gz.id);
			aff = gz.id;
			j = gz.tj;
			continue;
		}
		// «للشؤون السياسية», «در امور سیاسی», "for political affairs": what the post deals with, up to
		// two words, says nothing of whose it is
		const past = pastPortfolio(j);
		if (past > j) {
			j = past;
			continue;
		}
		// «فرمانده ارشد سپاه», «مندوب روسيا الدائم»: a rank says what kind of holder, not whose;
		// «… لدى الأمم المتحدة», «در سازمان ملل»: where the post sits, once whom it serves is known,
		// is no one it serves
		if (T.ranks.match(toks, j, 1) && !gaz.some((r) => r.ti === j) && !T.orgs.match(toks, j, 3)) {
			j += T.ranks.match(toks, j, 1)!.len;
			continue;
		}
		if (aff && T.grammar.seat?.has(toks[j].w)) {
			const at = gaz.find((r) => r.ti === j + 1 && r.kind === 'organisation');
			if (at) {
				j = at.tj;
				continue;
			}
		}
		// «المتحدث باسمه», «المتحدثة باسمها»: the linker with a pronoun glued to it speaks for the body
		// told last (the party, the ministry, the group of the sentence or the discourse)
		const bare = !aff && !T.linkers.match(toks, j, 1) ? withoutEnclitic(toks[j]) : null;
		if (bare && T.linkers.match([withWord(toks[j], bare)], 0, 1)) {
			const t =
				pronounTarget(
					g,
					d,
					gaz.filter((r) => r.tj <= j),
					'organisation'
				) ?? pronounTarget(g, d, [], 'group');
			// (a body of no list is no target: the name after the linker is still read)
			if (t) aff = t.affiliation && t.kind !== 'organisation' ? t.affiliation : t.id;
			j += 1;
			continue;
		}
		const link = T.linkers.match(toks, j, 1);
		if (link && j + 1 < toks.length) {
			// "a spokesperson of the Afghan Defense Ministry": an article may stand after the linker
			const direct = gaz.find((r) => r.ti === j + 1) ?? T.orgs.match(toks, j + 1, 4);
			const art = !direct && T.grammar.article?.has(toks[j + 1].w) ? 1 : 0;
			const after = gaz.find((r) => r.ti === j + 1 + art);
			const orgAfter = T.orgs.match(toks, j + 1 + art, 4);
			if ((after && after.kind !== 'person') || orgAfter) {
				viaLink ||= !!T.grammar.inlink?.has(toks[j].w);
				j += 1 + art;
				afterBody = true;
				continue;
			}
			const inner = T.roles.match(toks, j + 1, 5);
			if (inner && !aff) {
				// «المتحدث باسم الرئيس الأوكراني»: the role of someone who holds a role
				const sub = rolePhrase(g, v, d, j + 1, gaz, true);
				if (sub) {
					aff = sub.ref.id;
					j = sub.next;
					continue;
				}
			}
			if (T.pronouns.match(toks, j + 1, 2)) {
				// «سخنگوی این گروه», «المتحدث باسم الحركة»
				const p = T.pronouns.match(toks, j + 1, 2)!;
				const t = pronounTarget(g, d, [], p.values[0]);
				if (t) aff = t.affiliation ?? t.id;
				j += 1 + p.len;
				continue;
			}
			break;
		}
		const o = T.orgs.match(toks, j, 4);
		if (o) {
			org = o.values[0];
			j += o.len;
			afterBody = true;
			continue;
		}
		// «الرئيسة التنفيذية للشركة المجرية», «مدیرعامل یک شرکت روسی»: a body of a kind and its state
		const kindHead = !aff && !org ? T.orgHeads.match(toks, j, 2) : null;
		if (kindHead) {
			const st = gaz.find((r) => r.ti === j + kindHead.len && r.kind === 'state');
			if (st && !CUT_END.test(v.gap(st.ti))) {
				aff = st.id;
				j = st.tj;
				continue;
			}
		}
		// «مدیرکل آمریکای وزارت امور خارجه», «مدیرکل حقوقی وزارت …», «مدير عام الشؤون الأمريكية في
		// الخارجية»: a word or two of what the post deals with, between the role and its body
		if (guard === 1 && !aff && !org) {
			const body = (k: number) =>
				!!T.orgs.match(toks, k, 4) ||
				gaz.some((r) => r.ti === k && (r.kind === 'organisation' || r.kind === 'agency'));
			// (not the head of a body's own name: «رئيس لجنة التحقيق» heads the committee)
			let k = j;
			while (
				k < j + 2 &&
				k < toks.length &&
				!gaz.some((r) => r.ti === k && r.kind === 'person') &&
				!body(k) &&
				!T.orgHeads.match(toks, k, 1) &&
				!T.roles.match(toks, k, 1) &&
				// (a speech verb or «که» / "that" ends the role: «این سخنگو گفت که یوناما» is the
				// spokesperson speaking of UNAMA)
				!T.cues.match(toks, k, 2) &&
				!T.grammar.complementizer?.match(toks, k, 1, true)
			) {
				if (k > j && CUT_END.test(v.gap(k))) break;
				k++;
			}
			const via = k < toks.length && T.grammar.locative?.has(toks[k].w) ? 1 : 0;
			if (k > j && k + via < toks.length && !CUT_END.test(v.gap(k)) && body(k + via)) {
				j = k + via;
				afterBody = true;
				continue;
			}
		}
		// a glued «لـ»/«بـ» on an org or state ("المتحدث باسم الخارجية", "وزير خارجية روسيا")
		const p = T.pronouns.match(toks, j, 2);
		if (p && (p.values[0] === 'group' || p.values[0].startsWith('organisation'))) {
			const t = pronounTarget(g, d, [], p.values[0]);
			if (t) aff = t.affiliation ?? t.id;
			j += p.len;
			continue;
		}
		// («سخنگوی ارتش این کشور», "a spokesman of the country's army": the state told last, or the
		// state of the last speaker)
		if (p && p.values[0] === 'state' && !aff) {
			const t = pronounTarget(g, d, [], 'state');
			const last = d.lastSpeaker;
			const lineage = last ? g.lineage(last.affiliation ?? last.id) : [];
			aff = t?.id ?? lineage.find((x) => g.get(x)?.kind === 'state') ?? null;
			j += p.len;
			continue;
		}
		// «رئيس هيئة الطيران المدني الإيرانية علي عابد زاده»: a body in no list that the role heads
		// (the head of the body speaks, not the body)
		const unlisted = !aff && !org && d.lang !== 'en' ? namedBody(v, d, j, gaz) : null;
		if (unlisted) {
			// (right after the role, a construct: the role is definite — «رئيس لجنة التحقيق في البرلمان»)
			construct ||= j === roleEnd;
			aff = unlisted.ref.id;
			j = unlisted.next;
			continue;
		}
		break;
	}
	// the name it introduces: a known person, a name the document gave, or name words
	// «سخنگوی ولودیمیر زلنسکی»: a role held for a known person names whom it serves
	if (m.values[0].ofPerson && !aff && !afterHolder && !/[،,]/.test(v.gap(j))) {
		const served = gaz.find((r) => r.ti === j && r.kind === 'person') ?? null;
		const known = served ? null : knownName(v, d, j);
		const other = known ? (d.entities.get(known.id) ?? d.prior?.get(known.id)) : undefined;
		// (English names whom a role serves only after "for" or "of": "spokesman Zabihullah Mujahid" is
		// the holder, "a spokesman for Zelensky" the served)
		if ((served && (d.lang !== 'en' || endsLinked)) || (other && other.role && other.role !== role)) {
			aff = served ? served.id : other!.id;
			j = served ? served.tj : known!.next;
		} else if ((d.lang === 'fa' || endsLinked) && j === roleEnd) {
			// «سخنگوی ولودیمیر زلنسکی»: in Persian (and after «باسم») a new name right after the role is whom it serves
			// (after a body it is the holder's own: «المتحدث باسم وزارة الدفاع سون لي فانغ»)
			const end = nameRun(v, j, d.lang, gaz);
			if (end - j >= 2) {
				const name = cleanName(v.raw(j, end));
				const e = newPerson(d, name);
				aff = e.id;
				j = end;
			}
		}
	}
	// «مساعد مكتب الرئيس الإيراني للشؤون السياسية محمد جمشيدي»: past what the post deals with
	j = pastPortfolio(j);
	// «وزير السياحة وليد نصار», «وزير النقل في حكومة تصريف الأعمال علي حمية»: Arabic definite words
	// right after the role (or a construct ending in one) are what it is of when two bare name words
	// follow them (not the parts of a name: «عبد العزيز», «الأمير»)
	if (d.lang === 'ar' && !afterHolder && j < toks.length && !CUT_END.test(v.gap(j))) {
		const part = (k: number) =>
			k < toks.length &&
			definite(toks[k]) &&
			!T.grammar.namebuilder?.has(toks[k].w) &&
			!T.titles.match(toks, k, 1) &&
			!gaz.some((r) => r.ti === k && r.via !== 'adjective') &&
			!CUT_END.test(v.gap(k));
		let k = j;
		const word = (x: number) =>
			!T.grammar.stop?.match(toks, x, 1, true) &&
			!T.grammar.complementizer?.match(toks, x, 1, true) &&
			!T.grammar.preposition?.match(toks, x, 1, true) &&
			!T.cues.match(toks, x, 2);
		if (!definite(toks[k]) && word(k) && part(k + 1) && !gaz.some((r) => r.ti === k)) k++;
		while (k < j + 4 && part(k)) k++;
		if (k > j && definite(toks[k - 1]) && !definite(toks[k] ?? toks[k - 1]) && !knownName(v, d, j)) {
			const name = nameRun(v, k, d.lang, gaz);
			// («علي» is also «على», a preposition: a given name before a name word)
			const bare = toks
				.slice(k, name - 1)
				.every((t, x) => !definite(t) && (word(k + x) || !!T.grammar.givenname?.has(t.w)));
			if (name - k >= 2 && bare && boundaryAfter(v, name) && !CUT_END.test(v.gap(k))) {
				// («مستشار الأمن الوطني العراقي»: the state of the post)
				const adj = gaz.find((r) => r.ti >= j && r.tj <= k && r.via === 'adjective' && r.kind === 'state');
				if (adj && !aff) aff = adj.id;
				j = k;
			}
		}
	}
	// (the closing quote of a body named in quotes separates nothing)
	const gapAt = (x: number) => (x === quotedTo ? v.gap(x).replace(/["»”]/g, ' ') : v.gap(x));
	const gzName = gaz.find((r) => r.ti === j && r.kind === 'person');
	let nameTo = j;
	let person: string | null = null;
	let kind: ActorKind = 'person';
	let unsure = false;
	let ofWhat: string | null = null;
	if (afterHolder) {
		// the holder is named before the role
	} else if (gzName && !CUT.test(gapAt(j))) {
		person = gzName.id;
		nameTo = gzName.tj;
	} else {
		// allow a comma between a role and its name only when the name is followed by one too
		let k = j;
		// «حاكم منطقة باكوا», «ولسوال ولسوالی بکواه», "governor of Farah province": a word for a place
		// and the name after it are where the post is (placehead); a name may follow («حاكم منطقة
		// باكوا عبد الغفور مجاهد»)
		if (!aff && k < toks.length && T.grammar.placehead?.match(toks, k, 1, true) && !CUT.test(gapAt(k + 1))) {
			const placeEnd = Math.min(nameRun(v, k + 1, d.lang, gaz), k + 2);
			// (the body the post belongs to may follow: «مسؤول أمن ولاية بنجشير في حكومة طالبان …»)
			const bodyAfter =
				!CUT.test(gapAt(placeEnd)) &&
				(!!T.linkers.match(toks, placeEnd, 1) || !!T.grammar.preposition?.match(toks, placeEnd, 1, true));
			if (placeEnd > k + 1 && !bodyAfter) {
				ofWhat = v.raw(k, placeEnd);
				// a place of the list says the state the post is in («حاكم ولاية هلمند»: Afghanistan's)
				const place = placeAt(v, k, d.lang);
				if (place && place.next >= placeEnd) aff = place.state;
				k = j = placeEnd;
			}
		}
		const skipTitle = T.titles.match(toks, k, 2);
		if (skipTitle) k += skipTitle.len;
		const commaName = /^\s*[،,]\s*$/.test(gapAt(k)) && k === j;
		if (!CUT.test(gapAt(k)) || k === j) {
			const known = knownName(v, d, k);
			if (known) {
				person = entityOf(d, known.id).id;
				nameTo = known.next;
			} else if (!/[.:;؛«»"“”()]/.test(gapAt(k))) {
				let end = nameRun(v, k, d.lang, gaz);
				// «سيرجي لافروف» when the gazetteer knows only «لافروف»: the known person
				const tailGz = gaz.find((r) => r.ti === end && r.kind === 'person' && !CUT.test(v.gap(end)));
				if (tailGz && end - k <= 2) {
					person = tailGz.id;
					nameTo = tailGz.tj;
					end = k;
				}
				// «محمد شياع السوداني», «أحمد المصري»: a nationality word right after two name words and
				// before the verb is a surname (after a name, Arabic says whose someone is before it)
				const nisba = gaz.find((r) => r.ti === end && r.tj === end + 1 && r.via === 'adjective');
				if (
					!person &&
					nisba &&
					d.lang === 'ar' &&
					end - k >= 2 &&
					definite(toks[end]) &&
					!CUT.test(v.gap(end)) &&
					boundaryAfter(v, end + 1)
				)
					end++;
				// a new name has two words at least: one word after a role is more often what the role
				// is of («حاكم بالي», "the governor of Bali") than a name; a surname alone is found
				// when the document named the person before, and English titles a capitalised word
				const latinOne =
					!person &&
					end - k === 1 &&
					/^[a-z]/.test(toks[k].w) &&
					(skipTitle || v.cap(k)) &&
					boundaryAfter(v, end);
				// «الرئيس ماكرون»: an Arabic role with the article heads no construct, so one bare word
				// right after it is in apposition, a name («رئيس حماس», "president of Hamas", has none)
				const arabicOne =
					!person &&
					d.lang === 'ar' &&
					k === roleEnd &&
					end - k === 1 &&
					definite(toks[roleEnd - 1]) &&
					!definite(toks[k]) &&
					boundaryAfter(v, end);
				// «الرئيس الأوكراني، فلوديمير زيلينسكي،»: a name set off by commas on both sides
				const closed = end >= toks.length || /[،,.]/.test(v.gap(end));
				const ok =
					!person &&
					end > k &&
					(end - k >= 2 || latinOne || arabicOne) &&
					(!commaName || (closed && end - k >= 2));
				if (ok) {
					person = cleanName(v.raw(k, end));
					nameTo = end;
					unsure = end - k === 1;
				} else if (!person && end - k === 1 && boundaryAfter(v, end) && !aff) {
					// «حاكم بالي»: the word is what the role is of
					ofWhat = v.raw(k, end);
					j = end;
				}
			} else if (/^\s*["«“]\s*$/.test(gapAt(k)) && d.lang !== 'en') {
				// «رئيس هيئة الطيران المدني “علي عابد زاده”»: the name in quotes right after the role
				const end = nameRun(v, k, d.lang, gaz);
				if (end - k >= 2 && end - k <= 4 && /^\s*["»”]/.test(v.gap(end))) {
					person = cleanName(v.raw(k, end));
					nameTo = end;
				}
			}
		}
	}
	// («الصحافي الأمريكي سيمور هيرش»: an American journalist, on no one's side)
	const fromState = !!aff && m.values[0].noSide && g.get(aff)?.kind === 'state';
	const affId = fromState ? null : aff;
	const label = affId ? (affLabelText ?? affLabel(g, affId)) : null;
	const fullRole = `${deputy ? 'deputy ' : ''}${role}`;
	const roleKey = (r: string) => (affId ? `${r}|${affId}|${org ?? ''}` : `${r}||${org ?? ''}`);
	if (person) {
		const known = g.get(person);
		// a known person is later named by the last word of the name as written here
		// («المتحدث باسم طالبان ذبيح الله مجاهد» … «وقال مجاهد»)
		const written = gzName && person === gzName.id ? cleanName(v.raw(gzName.ti, gzName.tj)) : null;
		const e = register(d, {
			id: person,
			kind: known?.kind ?? 'person',
			names: written && written !== person ? [person, written] : [person],
			role: fullRole,
			affiliation: affId,
			known: !!known,
			anonymous: false,
			org
		});
		kind = e.kind;
		return {
			ref: {
				start: v.at(toks[from].s),
				end: v.endAt(toks[nameTo - 1].e),
				ti: from,
				tj: nameTo,
				id: e.id,
				kind,
				anonymous: false,
				affiliation: affId ?? known?.parent ?? e.affiliation,
				via: known ? 'name' : 'surface',
				role: fullRole,
				weight: 3,
				prep: false,
				unsure,
				gluedPrep: glued
			},
			next: nameTo
		};
	}
	// no name: the person named with this role before, an anonymous source, or the role-holder
	const before = d.byRole.get(roleKey(fullRole));
	const end = j;
	const base = {
		start: v.at(toks[from].s),
		end: v.endAt(toks[end - 1].e),
		ti: from,
		tj: end,
		weight: 2,
		prep: false,
		gluedPrep: glued
	};
	// (an office whose holder was named beside it was folded into that person: its entity is gone)
	const held = before ? d.entities.get(before) : undefined;
	if (held) {
		return {
			ref: {
				...base,
				id: held.id,
				kind: held.kind,
				anonymous: held.anonymous,
				affiliation: held.affiliation,
				via: 'anaphor',
				role: held.role
			},
			next: end
		};
	}
	// "a Taliban commander", «یک فرمانده», «قائد في طالبان» (no article, a body after «في / من»): anonymous
	const indefinite =
		(from > 0 && !!T.indefinite.match(toks, from - 1, 1)) ||
		(d.lang === 'ar' && viaLink && !construct && !basesOf(toks[roleStart]).some((b) => b.article));
	if (m.values[0].bareNo && !aff && !ofWhat && !org && !afterHolder) return null;
	const orgLabel =
		org && !['government', 'presidency', 'army'].includes(org) && role !== org ? `${org} ` : '';
	const id = `${label ? label + ' ' : ''}${orgLabel}${fullRole}${ofWhat ? ` of ${ofWhat}` : ''}`
		.replace(/\s+/g, ' ')
		.trim();
	if (indefinite) {
		return {
			ref: {
				...base,
				id: `anonymous ${id}`,
				kind: 'anonymous',
				anonymous: true,
				affiliation: affId,
				via: 'descriptor',
				role: fullRole
			},
			next: end
		};
	}
	const e = register(
		d,
		{
			id,
			kind: 'person',
			names: [v.raw(from, end)],
			role: fullRole,
			affiliation: affId,
			known: false,
			anonymous: false,
			org
		},
		false
	);
	return {
		ref: {
			...base,
			id: e.id,
			kind: 'person',
			anonymous: false,
			affiliation: affId,
			via: 'role',
			role: fullRole
		},
		next: end
	};
}

/**
 * A body named by what it is and whose it is: «وزارة الخارجية الروسية», «الجيش الباكستاني»,
 * «ارتش پاکستان», «سفارت روسیه», "Pakistan's military", "the Chinese foreign ministry". A
 * government is its state («الحكومة الباكستانية» is Pakistan); a body with no state named is
 * the one of that kind the document named before, or else a body of no known state.
 */
/** A quoted name at token i, right after a speech verb and before what was said (see `findRefs`), as a body. */
function quotedBody(v: SentenceView, d: Discourse, i: number): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	if (!/[«"“]\s*$/.test(v.gap(i)) || /:/.test(v.gap(i))) return null;
	// right after a speech verb: «وصف الهجوم بأنه "عمل إرهابي"» quotes words, not a name
	if (i === 0 || !T.cues.match(toks, i - 1, 1)) return null;
	let m = i + 1;
	while (m <= i + 3 && m < toks.length && !/[»"”]/.test(v.gap(m))) m++;
	if (m > i + 3 || m >= toks.length || !/^\s*[»"”]/.test(v.gap(m))) return null;
	for (let k = i; k < m; k++) if (!nameish(v, k, d.lang)) return null;
	if (
		!T.grammar.complementizer?.match(toks, m, 2, true) &&
		!T.grammar.complementizer?.match(toks, m + 1, 2, true)
	)
		return null;
	return bodyRef(v, d, i, m, null, false);
}

/**
 * A body the lists do not know, named by what it is and its name: «جبهة التحرير الوطني», «گروه
 * جیش العدل», «المقاومة الإسلامية في العراق», «مقاومت اسلامی عراق». The name runs from the head word
 * over up to four words, to punctuation, a speech, event or role word, a complementizer, a
 * preposition, another body or a date; a state named at its end («في العراق», «عراق») is whom it
 * belongs to. A head alone («الحركة») points back to a group named before and is read elsewhere;
 * English names bodies with capitals (`classifyRun`).
 */
function namedBody(v: SentenceView, d: Discourse, i: number, gaz: Ref[]): { ref: Ref; next: number } | null {
	if (d.lang === 'en') return null;
	const T = tables();
	const { toks } = v;
	const head = T.orgHeads.match(toks, i, 2);
	if (!head) return null;
	const from = i + head.len;
	let k = from;
	let owner: Ref | null = null;
	while (k < toks.length && k - from < 4) {
		if (/[،,.:;؛!?؟()[\]«»"“”]/.test(v.gap(k))) break;
		// «ستاد کل نیروهای مسلح»: a word that names a body only right after its head
		if (k === from && T.grammar.bodyname?.match(toks, k, 1, true)) {
			k++;
			continue;
		}
		const gz = gaz.find((r) => r.ti === k);
		if (gz) {
			if (gz.kind === 'state') {
				owner = gz;
				k = gz.tj;
			}
			break;
		}
		// «في العراق», «در عراق»: a state after a preposition ends the name and owns the body
		if (T.grammar.preposition?.match(toks, k, 1, true)) {
			const st = gaz.find((r) => r.ti === k + 1 && r.kind === 'state');
			if (st && k > from && T.grammar.locative?.match(toks, k, 1, true)) {
				owner = st;
				k = st.tj;
			}
			break;
		}
		if (
			/\d/.test(toks[k].w) ||
			v.inDate(k) ||
			T.cues.match(toks, k, 3) ||
			T.roles.match(toks, k, 3) ||
			// «لجنة التحقيق»: what a body is of may be an event noun; a later one ends the name
			(k > from && T.events.match(toks, k, 1)) ||
			// («جبهه مقاومت ملی»: a head word right after the head is part of the name)
			(k > from && T.orgHeads.match(toks, k, 1)) ||
			T.grammar.complementizer?.match(toks, k, 2, true) ||
			T.grammar.stop?.match(toks, k, 1, true)
		)
			break;
		// Arabic: after a definite word a body's name goes on with definite words («اللجنة الثقافية»,
		// «المقاومة الإسلامية») or a construct before one («جماعة جيش العدل»); two bare words after it
		// are someone's name («اللجنة الثقافية محمد وثيق»)
		if (
			d.lang === 'ar' &&
			definite(toks[k - 1]) &&
			!definite(toks[k]) &&
			!(k + 1 < toks.length && definite(toks[k + 1]) && !T.grammar.namebuilder?.has(toks[k + 1].w))
		)
			break;
		k++;
	}
	if (k === from || (owner && owner.ti === from)) return null;
	return bodyRef(v, d, i, k, owner?.id ?? null, head.prep);
}

/** An Arabic word with the article («الثقافية», «والحركة»). */
const definite = (t: Token) => basesOf(t).some((b) => b.article);

/**
 * A body in no list named by tokens [i, k) as written, registered in the discourse with
 * `affiliation`: the reference to it and the token after it. `prep`: a preposition is glued on.
 */
function bodyRef(
	v: SentenceView,
	d: Discourse,
	i: number,
	k: number,
	affiliation: string | null,
	prep: boolean
): { ref: Ref; next: number } {
	const name = cleanName(v.raw(i, k));
	const e = register(d, {
		id: name,
		kind: 'organisation',
		names: [name],
		role: null,
		affiliation,
		known: false,
		anonymous: false
	});
	return {
		ref: {
			start: v.at(v.toks[i].s),
			end: v.endAt(v.toks[k - 1].e),
			ti: i,
			tj: k,
			id: e.id,
			kind: e.kind,
			anonymous: false,
			affiliation: e.affiliation,
			via: 'surface',
			role: null,
			weight: 2,
			prep,
			...(prep ? { gluedPrep: true } : {})
		},
		next: k
	};
}

function orgPhrase(
	g: Gazetteer,
	v: SentenceView,
	d: Discourse,
	i: number,
	gaz: Ref[]
): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	let from = i;
	let owner: Ref | undefined;
	let j = i;
	// English: the owner first ("Pakistan's military", "the Chinese foreign ministry")
	const gz0 = gaz.find((r) => r.ti === i);
	if (gz0) {
		if (gz0.kind !== 'state' && !(gz0.kind === 'organisation' && gz0.via === 'name')) return null;
		j = gz0.tj;
		if (j < toks.length && /^'?s$/.test(toks[j].w) && /['’]/.test(v.text[v.at(toks[j].s) - 1] ?? v.gap(j)))
			j++;
		owner = gz0;
	}
	if (j > i && CUT.test(v.gap(j))) return null;
	const o = T.orgs.match(toks, j, 4);
	if (!o) return null;
	const org = o.values[0];
	const glued = !gz0 && o.prep;
	let end = j + o.len;
	if (!owner) {
		// after it: a state or its adjective («الجيش الباكستاني», «ارتش پاکستان», "ministry of X")
		let k = end;
		const link = T.linkers.match(toks, k, 1);
		if (link && /^[a-z]/.test(toks[k].w)) k++;
		// («وزارت دفاع ملی امارت اسلامی»: "national" between the kind and whose it is)
		if (T.grammar.orgadjective?.has(toks[k]?.w ?? '') && !CUT.test(v.gap(k))) k++;
		// («وزارت دفاع حکومت طالبان», «وزارة الدفاع في حكومة طالبان»: of whose government)
		const gov = T.orgs.match(toks, k, 2);
		if (gov?.values[0] === 'government' && !gaz.some((r) => r.ti === k)) k += gov.len;
		const after = gaz.find((r) => r.ti === k);
		if (
			after &&
			(after.kind === 'state' || (after.kind === 'organisation' && after.via === 'name')) &&
			!CUT.test(v.gap(k))
		) {
			owner = after;
			end = after.tj;
		}
	}
	// «مكتب نتنياهو», "the office of Prime Minister Benjamin Netanyahu": a person's office speaks as a
	// body of its own (beside the person), when the person is one the gazetteer or the document knows
	if (!owner && T.personalOrgs.has(org) && end < toks.length && !CUT.test(v.gap(end))) {
		let k = end;
		if (T.linkers.match(toks, k, 1) && /^[a-z]/.test(toks[k].w)) k++;
		if (T.grammar.article?.has(toks[k]?.w ?? '')) k++;
		const gzp = gaz.find((r) => r.ti === k && r.kind === 'person');
		const known = gzp ? null : knownName(v, d, k);
		// ("the office of Israeli Prime Minister Benjamin Netanyahu": a role and the name it introduces)
		const role = gzp || known ? null : rolePhrase(g, v, d, k, gaz);
		const person = gzp
			? { id: gzp.id, next: gzp.tj }
			: known && entityOf(d, known.id).kind === 'person'
				? known
				: // (a named holder, or a post whose holder is not named: «مكتب رئيس الوزراء الإسرائيلي»,
					// "the office of the Iraqi prime minister" is the post's office)
					role && role.ref.kind === 'person' && (role.ref.via === 'role' || !role.ref.anonymous)
					? { id: role.ref.id, next: role.next }
					: null;
		if (person) {
			const aff = g.get(person.id)?.parent ?? entityOf(d, person.id).affiliation ?? null;
			return {
				ref: {
					start: v.at(toks[from].s),
					end: v.endAt(toks[person.next - 1].e),
					ti: from,
					tj: person.next,
					prep: false,
					gluedPrep: glued,
					anonymous: false,
					...personalBody(d, v.raw(i, person.next), org, person.id, aff),
					role: org
				},
				next: person.next
			};
		}
	}
	// «البعثة الإيرانية لدى الأمم المتحدة», «نمایندگی ایران در سازمان ملل», "Iran's mission to the UN":
	// where a mission or an embassy sits is part of its name as written
	if (owner && (org === 'mission' || org === 'embassy' || org === 'consulate') && end < toks.length) {
		const seat = T.grammar.seat?.has(toks[end].w) && !CUT.test(v.gap(end));
		const art = seat && T.grammar.article?.has(toks[end + 1]?.w ?? '') ? 1 : 0;
		const at = seat ? gaz.find((r) => r.ti === end + 1 + art && r.kind !== 'person') : undefined;
		if (at) end = at.tj;
	}
	const base = {
		start: v.at(toks[from].s),
		end: v.endAt(toks[end - 1].e),
		ti: from,
		tj: end,
		weight: 2,
		prep: false,
		gluedPrep: glued
	};
	if (owner && org === 'government')
		return { ref: { ...owner, ...base, via: owner.via === 'adjective' ? 'name' : owner.via }, next: end };
	if (!owner) {
		if (gz0) return null;
		// a bare «الخارجية» / «وزارت خارجه»: the body of that kind named before, else a body of no known state
		for (const e of [...d.entities.values()].reverse())
			if (e.kind === 'organisation' && e.role === org)
				return {
					ref: {
						...base,
						id: e.id,
						kind: 'organisation',
						anonymous: false,
						affiliation: e.affiliation,
						via: 'anaphor',
						role: org
					},
					next: end
				};
		// a bare «الشرطة», «پولیس», "police": the police of the state the document's last speaker is
		// of (as bare authorities are), else police of no state named, by the words of the text
		if (org === 'police') {
			const state = d.lastSpeaker
				? g.lineage(d.lastSpeaker.affiliation ?? d.lastSpeaker.id).find((x) => g.get(x)?.kind === 'state')
				: undefined;
			const id = state ? `${affLabel(g, state)} police` : 'police';
			const e = register(d, {
				id,
				kind: 'organisation',
				names: [v.raw(i, end)],
				role: org,
				affiliation: state ?? null,
				known: false,
				anonymous: false
			});
			return {
				ref: {
					...base,
					id: e.id,
					kind: 'organisation',
					anonymous: false,
					affiliation: e.affiliation,
					via: 'surface',
					role: org
				},
				next: end
			};
		}
		// a bare «الاستخبارات», «الجيش», "the army" names no one in particular
		if (
			[
				'ministry',
				'office',
				'government',
				'court',
				'intelligence',
				'army',
				'navy',
				'air force',
				'police',
				'parliament',
				'embassy',
				'presidency'
			].includes(org)
		)
			return null;
		const e = register(d, {
			id: org,
			kind: 'organisation',
			names: [v.raw(i, end)],
			role: org,
			affiliation: null,
			known: false,
			anonymous: false
		});
		return {
			ref: {
				...base,
				id: e.id,
				kind: 'organisation',
				anonymous: false,
				affiliation: null,
				via: 'surface',
				role: org
			},
			next: end
		};
	}
	void from;
	const id = `${affLabel(g, owner.affiliation ?? owner.id)} ${org}`;
	const e = register(d, {
		id,
		kind: 'organisation',
		names: [v.raw(i, end)],
		role: org,
		affiliation: owner.affiliation ?? owner.id,
		known: false,
		anonymous: false
	});
	from = i;
	return {
		ref: {
			...base,
			id: e.id,
			kind: 'organisation',
			anonymous: false,
			affiliation: e.affiliation,
			via: 'surface',
			role: org
		},
		next: end
	};
}

/**
 * The press in general, as a source: «رسانه‌های پاکستانی», «وسائل إعلام إسرائيلية», "Israeli media":
 * an outlet of no name, named by its nationality ("Pakistani media").
 */
function mediaPhrase(
	g: Gazetteer,
	v: SentenceView,
	i: number,
	gaz: Ref[]
): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	let from = i;
	let aff: Ref | undefined;
	const m = T.media.match(toks, i, 4);
	if (!m) return null;
	let end = i + m.len;
	// "Iranian state media", "Iran's state media", «وسائل الإعلام الرسمية الإيرانية», «رسانه‌های
	// دولتی ایران»: a word for "state" may stand between the media and whose they are
	const official = (k: number) => k >= 0 && k < toks.length && !!T.grammar.official?.has(toks[k].w);
	const stateBefore = v.lang === 'en' && official(i - 1);
	const before = gaz.find(
		(r) =>
			(r.tj === i ||
				(stateBefore && r.tj === i - 1) ||
				(stateBefore && r.tj === i - 2 && /^'?s$|^’s$/.test(toks[i - 2].w))) &&
			(r.via === 'adjective' ||
				(v.lang === 'en' && r.kind === 'state') ||
				// "Houthi-run media", "PKK-affiliated media": whose they are, glued by a hyphen
				(v.lang === 'en' &&
					r.tj === i &&
					i > 0 &&
					!!T.grammar.hyphenowner?.has(toks[i - 1].w.replace(/^.*-/, ''))))
	);
	const stateAfter = official(end) && !CUT.test(v.gap(end));
	const at = stateAfter ? end + 1 : end;
	const after = gaz.find((r) => r.ti === at && (r.via === 'adjective' || r.kind === 'state'));
	let state = false;
	// "media close to the PKK", «وسائل إعلام مقربة من حزب الله», «رسانه‌های نزدیک به سپاه»: whose they are
	const link = !after && !CUT.test(v.gap(end)) ? T.mediaLinks.match(toks, end, 3) : null;
	const served = link
		? gaz.find(
				(r) =>
					r.ti >= end + link.len &&
					r.ti <= end + link.len + 1 &&
					r.via !== 'adjective' &&
					(r.kind === 'organisation' || r.kind === 'state') &&
					!CUT.test(v.gap(end + link.len))
			)
		: undefined;
	if (served) {
		aff = served;
		end = served.tj;
	} else if (after && !CUT.test(v.gap(at))) {
		aff = after;
		end = after.tj;
		state = stateAfter;
	} else if (
		before &&
		v.lang === 'en' &&
		(before.via === 'adjective' || stateBefore || before.kind === 'organisation' || before.kind === 'state')
	) {
		aff = before;
		from = before.ti;
		state = stateBefore;
	}
	// «وسائل الإعلام المحلية», «رسانه‌های محلی», "local media": the press of the place it reports from
	let local = false;
	if (!aff) {
		const r = T.ranks.match(toks, end, 1);
		if (r?.values[0] === 'local' && !CUT.test(v.gap(end))) {
			local = true;
			end += r.len;
		} else if (v.lang === 'en' && i > 0 && T.ranks.match(toks, i - 1, 1)?.values[0] === 'local') {
			local = true;
			from = i - 1;
		}
	}
	const id = aff ? `${affLabel(g, aff.id)}${state ? ' state' : ''} media` : local ? 'local media' : 'media';
	return {
		ref: {
			start: v.at(toks[from].s),
			end: v.endAt(toks[end - 1].e),
			ti: from,
			tj: end,
			id,
			kind: 'outlet',
			anonymous: true,
			affiliation: aff?.id ?? null,
			via: 'descriptor',
			role: null,
			weight: 1,
			prep: false,
			gluedPrep: m.prep
		},
		next: end
	};
}

/**
 * An outlet named by its kind and its name: «صحيفة وول ستريت جورنال الأمريكية», «وكالة تسنيم»,
 * «خبرگزاری فارس», «روزنامه "X"», "the X newspaper". A head followed by a known outlet is that
 * outlet; a head with nothing nameable after it is no reference.
 */
function outletPhrase(
	g: Gazetteer,
	v: SentenceView,
	d: Discourse,
	i: number,
	gaz: Ref[]
): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	const head = T.outletHeads.match(toks, i, 3);
	if (!head) return null;
	const glued = head.prep;
	const kind = head.values[0];
	let j = i + head.len;
	// «وكالة الأنباء الروسية الرسمية "تاس"»: what the outlet is before its name
	let skip = j;
	for (let guard = 0; guard < 3 && skip < toks.length; guard++) {
		const adj = gaz.find((r) => r.ti === skip && r.via === 'adjective');
		if (adj) {
			skip = adj.tj;
			continue;
		}
		if (T.ranks.match(toks, skip, 1) || T.grammar.official?.has(toks[skip].w)) {
			skip++;
			continue;
		}
		break;
	}
	if (
		skip > j &&
		skip < toks.length &&
		(gaz.some((r) => r.ti === skip && (r.kind === 'outlet' || r.kind === 'agency')) ||
			/["«“]/.test(v.gap(skip)) ||
			// «روزنامه چینی گلوبال تایمز»: a name of words in no list after what it is
			(d.lang !== 'en' && nameish(v, skip, d.lang) && !/[،,.:;؛]/.test(v.gap(skip))))
	)
		j = skip;
	// more head words ("قناة ... الإخبارية" is later; "وكالة الأنباء الرسمية")
	const known = gaz.find((r) => r.ti === j || r.ti === j + 1);
	// «گلوبال تایمز» is not «تایمز» (The Times): a name word in no list before a known outlet's
	// name makes another outlet's name
	// (not across a colon or a stop: «وكالة أنباء فارس: إيران …» is Fars, then what it says)
	const longer =
		!!known &&
		known.ti === j + 1 &&
		nameish(v, j, d.lang) &&
		!/["«“]/.test(v.gap(j + 1)) &&
		!CUT.test(v.gap(j + 1));
	if (known && !longer && (known.kind === 'outlet' || known.kind === 'agency') && known.ti - j <= 1) {
		let end = known.tj;
		const adj = gaz.find((r) => r.ti === end && r.via === 'adjective');
		if (adj && !/[،,]/.test(v.gap(end))) end = adj.tj;
		return {
			ref: {
				...known,
				start: v.at(toks[i].s),
				end: v.endAt(toks[end - 1].e),
				ti: i,
				tj: end,
				weight: 3,
				gluedPrep: glued
			},
			next: end
		};
	}
	// a quoted name: «…», "…"
	const q = /^\s*["«“(]\s*$/.test(v.gap(j)) ? j : -1;
	let end: number;
	if (q >= 0) {
		end = j;
		while (
			end < toks.length &&
			end - j < 6 &&
			!/["»”)]/.test(v.gap(end + 1 < toks.length ? end + 1 : end) ?? '')
		)
			end++;
		end = Math.min(end + 1, toks.length);
	} else if (longer) end = known!.tj;
	else end = nameRun(v, j, d.lang === 'en' ? 'en' : 'ar', gaz, 4);
	if (end <= j) {
		// «صحيفة بريطانية», "a British newspaper": an outlet not named, known by where it is from —
		// after its kind, or in English before it ("Iranian state television")
		// («التلفزيون الرسمي الإيراني»: "official" may stand before where it is from)
		const officialAfter = j < toks.length && !!T.grammar.official?.has(toks[j].w) ? 1 : 0;
		// («تلویزیون دولتی ایران», «خبرگزاری رسمی ایران»: Persian names the state after "official", by
		// its name; the head may hold "official" itself)
		const headOfficial = !!T.grammar.official?.has(toks[i + head.len - 1].w);
		const official = officialAfter === 1 || headOfficial;
		const adj = gaz.find(
			(r) =>
				r.ti === j + officialAfter &&
				(r.via === 'adjective' || (d.lang === 'fa' && official && g.get(r.id)?.kind === 'state'))
		);
		// («التلفزيون الإيراني الرسمي»: or right after where it is from)
		const stateWord =
			(i > 0 && !!T.grammar.official?.has(toks[i - 1].w)) ||
			(!!adj && (official || (adj.tj < toks.length && !!T.grammar.official?.has(toks[adj.tj].w))));
		const before =
			d.lang === 'en' && !adj
				? gaz.find((r) => r.via === 'adjective' && (r.tj === i || (stateWord && r.tj === i - 1)))
				: undefined;
		const from = adj ?? before;
		if (!from) return null;
		const what = kind === 'agency' ? 'agency' : (T.outletWhat.match(toks, i, 4)?.values[0] ?? 'newspaper');
		const [ti, tj] = before ? [before.ti, i + head.len] : [i, from.tj];
		return {
			ref: {
				start: v.at(toks[ti].s),
				end: v.endAt(toks[tj - 1].e),
				ti,
				tj,
				// (a state's own television or agency is one body, named by whose it is: "Iranian state
				// television"; "an American newspaper" is one of many, unnamed)
				id: stateWord ? `${affLabel(g, from.id)} state ${what}` : `anonymous ${affLabel(g, from.id)} ${what}`,
				kind,
				anonymous: !stateWord,
				affiliation: from.id,
				via: 'descriptor',
				role: null,
				weight: 2,
				prep: false,
				gluedPrep: glued
			},
			next: tj
		};
	}
	// English keeps a capitalised head in the name ("Radio Azadi", "Xinhua News Agency"); Arabic and
	// Persian name the outlet after it («صحيفة X»)
	const headInName = /^[a-z]/.test(toks[i].w) && v.cap(i);
	let name = cleanName(v.raw(headInName ? i : j, end));
	// a nationality adjective after the name says where it is from, not what it is called
	let tail = end;
	const adj = gaz.find((r) => r.ti === tail && r.via === 'adjective');
	if (adj) tail = adj.tj;
	if (!name) return null;
	const doc = d.outlet && nameKey(name) === nameKey(d.outlet) ? d.outlet : null;
	if (doc) name = doc;
	const e = register(d, {
		id: name,
		kind,
		names: [name, v.raw(i, end)],
		role: null,
		affiliation: adj?.id ?? null,
		known: false,
		anonymous: false
	});
	void g;
	return {
		ref: {
			start: v.at(toks[i].s),
			end: v.endAt(toks[tail - 1].e),
			ti: i,
			tj: tail,
			id: e.id,
			kind: e.kind,
			anonymous: false,
			affiliation: e.affiliation,
			via: 'surface',
			role: null,
			weight: 3,
			prep: false,
			gluedPrep: glued
		},
		next: tail
	};
}

/**
 * An anonymous source: «قيادي بارز في طالبان», «مسؤولين إندونيسيين», «منابع آگاه», "a senior
 * Taliban official", "two Pakistani officials". Named by the words of the text:
 * "anonymous [count] [former] [senior] <affiliation> <head>".
 */
/** The English plural of a descriptor's head ("official" → "officials", "authority" → "authorities"). */
function englishPlural(w: string): string {
	return /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : /(s|sh|ch|x)$/.test(w) ? w + 'es' : w + 's';
}

function descriptor(
	g: Gazetteer,
	v: SentenceView,
	d: Discourse,
	i: number,
	gaz: Ref[],
	/** The references before token i (asked for only by a pronoun: built for few of the words tried). */
	refsSoFar: () => Ref[] = () => gaz.filter((r) => r.tj <= i)
): { ref: Ref; next: number } | null {
	const T = tables();
	const { toks } = v;
	const h = T.heads.match(toks, i, 3);
	const p = h ? null : T.plurals.match(toks, i, 3);
	const m = h ?? p;
	if (!m) return null;
	let glued = m.prep;
	// the definite singular points back («المسؤول»): a pronoun, not a new source
	if (h && T.pronouns.match(toks, i, 2)) return null;
	// «مقام‌های افغان»: a singular head with a Persian plural ending is plural
	let head = h?.plural ? englishPlural(m.values[0]) : m.values[0];
	const plural = !!p || !!h?.plural;
	let from = i;
	let j = i + m.len;
	const ranks: string[] = [];
	let count: string | null = null;
	let aff: string | null = null;
	// before the head: a count ("اثنان من", "two"), English ranks and nationality ("a senior Russian")
	for (let b = i - 1; b >= 0 && b >= i - 4; b--) {
		// a count of up to three words ends right before what was read so far («اثنان من», "one of")
		let counted = false;
		for (let len = 3; len >= 1 && !count; len--) {
			const c = from - len >= 0 ? T.counts.match(toks, from - len, len) : null;
			if (c && c.len === len) {
				count = c.values[0];
				from -= len;
				b = from;
				glued = c.prep;
				counted = true;
				break;
			}
		}
		if (counted) continue;
		const r = T.ranks.match(toks, b, 2);
		if (r && b + r.len === from) {
			if (!ranks.includes(r.values[0])) ranks.push(r.values[0]);
			from = b;
			continue;
		}
		const gz = gaz.find((x) => x.tj === from && x.ti <= b);
		if (gz && !aff && (gz.via === 'adjective' || gz.kind === 'state' || gz.kind === 'organisation')) {
			aff = gz.id;
			from = gz.ti;
			b = gz.ti;
			continue;
		}
		// "a senior US defence official", "a Turkish defense ministry official": a body's words before the head
		if (d.lang === 'en') {
			let orgLen = 0;
			for (let len = 3; len >= 1 && !orgLen; len--)
				if (from - len >= 0 && T.orgs.match(toks, from - len, len)?.len === len) orgLen = len;
			if (orgLen) {
				from -= orgLen;
				b = from;
				continue;
			}
		}
		break;
	}
	// after the head: ranks, an adjective, «في / من / of» + a body; up to three other words may
	// come first («مسؤول أمن ولاية بنجشير في حكومة طالبان») when a body follows them
	let guard = 0;
	let skipped = 0;
	while (j < toks.length && guard++ < 10) {
		if (CUT_END.test(v.gap(j))) break;
		// (not the first word of a body's name: "Defense" of "the Afghan Defense Ministry")
		const r = T.orgs.match(toks, j, 3) ? null : T.ranks.match(toks, j, 2);
		if (r) {
			if (!ranks.includes(r.values[0])) ranks.push(r.values[0]);
			j += r.len;
			continue;
		}
		// «منابع رسمی اردن», «مصادر رسمية مصرية»: "official" says no more than the head
		if (T.grammar.official?.has(toks[j].w) && j === i + m.len) {
			j++;
			continue;
		}
		// «یک مقام مقاومت اسلامی عراق»: a body in no list that the head is of
		const unlisted = !aff && d.lang !== 'en' && !gaz.some((x) => x.ti === j) ? namedBody(v, d, j, gaz) : null;
		if (unlisted) {
			aff = unlisted.ref.id;
			j = unlisted.next;
			continue;
		}
		const gz = gaz.find((x) => x.ti === j);
		// an adjective («مسؤول روسي»), or the body or state the head is of («قيادي طالبان», «مقام طالبان»)
		if (
			gz &&
			!aff &&
			(gz.via === 'adjective' ||
				(gz.kind !== 'person' && gz.kind !== 'outlet' && gz.kind !== 'agency' && d.lang !== 'en'))
		) {
			aff = gz.id;
			j = gz.tj;
			continue;
		}
		// «مسؤول الرئاسة الأوكرانية», «مسؤولاً بالحكومة الأمريكية»: a body (a glued «بـ / لـ» or
		// none) and the state it is of
		const body = !aff ? T.orgs.match(toks, j, 3) : null;
		if (body) {
			const owner = gaz.find(
				(x) =>
					x.ti === j + body.len &&
					(x.via === 'adjective' || x.kind === 'state') &&
					!CUT.test(v.gap(j + body.len))
			);
			if (owner) {
				aff = owner.id;
				j = owner.tj;
				continue;
			}
		}
		// «قادة الجماعة», «مسؤولو الحركة»: the group the text spoke of
		const gp = !aff ? T.pronouns.match(toks, j, 2) : null;
		if (gp && (gp.values[0] === 'group' || gp.values[0].startsWith('organisation'))) {
			const t = pronounTarget(g, d, refsSoFar(), gp.values[0], toks[j]);
			if (t) {
				aff = t.affiliation ?? t.id;
				j += gp.len;
				// «الجماعة الأفغانية»: an adjective of the group says nothing more
				const adj = gaz.find((x) => x.ti === j && x.via === 'adjective');
				if (adj) j = adj.tj;
				continue;
			}
		}
		const link = T.descLinks.match(toks, j, 2);
		if (link && !aff) {
			const k = j + link.len;
			const gz2 = gaz.find((x) => x.ti === k || x.ti === k + 1);
			// "sources in Kabul", «شهود في بغداد»: where they are, not whom they speak for
			if (gz2 && gz2.kind === 'state' && gz2.via !== 'adjective' && T.locatedHeads.has(m.values[0])) {
				j = gz2.tj;
				break;
			}
			if (gz2 && gz2.kind !== 'outlet' && gz2.kind !== 'agency' && gz2.ti - k <= 1) {
				aff = gz2.affiliation ?? gz2.id;
				j = gz2.tj;
				continue;
			}
			const o = T.orgs.match(toks, k, 4);
			if (o) {
				j = k + o.len;
				// the state or body it is of, right after it or a word or two on («القنصلية العامة
				// للسعودية», «إدارة الرئيس الأمريكي»), with no punctuation between
				for (let q = j; q <= j + 2 && q < toks.length; q++) {
					if (q > j && CUT.test(v.gap(q))) break;
					const gz3 = gaz.find((x) => x.ti === q);
					if (!gz3) continue;
					if (gz3.kind === 'state' || gz3.kind === 'organisation' || gz3.via === 'adjective') {
						aff = gz3.id;
						j = gz3.tj;
						// «إدارة الرئيس الأمريكي جو بايدن»: the name after a role passed over is the role's
						if (q > k + o.len && T.roles.match(toks, k + o.len, 3))
							j = Math.max(j, nameRun(v, j, d.lang, gaz, 4));
					}
					break;
				}
				continue;
			}
			const pr = T.pronouns.match(toks, k, 2);
			if (pr) {
				const t = pronounTarget(g, d, refsSoFar(), pr.values[0], toks[k]);
				if (t) {
					aff = t.affiliation ?? t.id;
					j = k + pr.len;
					continue;
				}
			}
			// «مسؤول محلي في ولاية هلمند», "officials in Helmand province": where they are is whom
			// they serve (the state the place is in)
			const place = T.locatedHeads.has(m.values[0]) ? null : placeAt(v, k, d.lang);
			if (place) {
				aff = place.state;
				j = place.next;
				continue;
			}
			// «قيادي في حركة الجهاد الإسلامي»: a body in no list
			const nb = d.lang !== 'en' ? namedBody(v, d, k, gaz) : null;
			if (nb) {
				aff = nb.ref.id;
				j = nb.next;
				continue;
			}
			break;
		}
		// «مسئولان محلی ولایت هرات», «مسؤولو محافظة الأنبار»: a word for a place and a place of the
		// list right after the source (ezafe or construct, no preposition) say whose it is
		if (
			!aff &&
			!T.locatedHeads.has(m.values[0]) &&
			T.grammar.placehead?.match(toks, j, 1, true) &&
			!CUT.test(v.gap(j))
		) {
			const place = placeAt(v, j, d.lang);
			if (place) {
				aff = place.state;
				j = place.next;
				continue;
			}
		}
		// «مقام‌های اطلاعاتی آمریکا», «منابع امنیتی پاکستان»: a Persian adjective of what the source
		// does, then the state or body it is of (ezafe, no preposition)
		if (
			!aff &&
			d.lang !== 'ar' &&
			d.lang !== 'en' &&
			/[یي]$/.test(toks[j].w) &&
			!gaz.some((x) => x.ti === j) &&
			!CUT.test(v.gap(j + 1))
		) {
			const owner = gaz.find(
				(x) => x.ti === j + 1 && (x.kind === 'state' || x.kind === 'organisation') && x.via !== 'adjective'
			);
			if (owner) {
				aff = owner.id;
				j = owner.tj;
				continue;
			}
		}
		// a few words of what the source does («أمن ولاية بنجشير») before where they sit
		if (!aff && skipped < 3 && nameish(v, j, d.lang) && !gaz.some((x) => x.ti === j)) {
			let k = j;
			while (
				k < toks.length &&
				k - j < 3 - skipped &&
				nameish(v, k, d.lang) &&
				(k === j || !CUT.test(v.gap(k)))
			)
				k++;
			if (k < toks.length && T.descLinks.match(toks, k, 2) && !CUT.test(v.gap(k))) {
				skipped += k - j;
				j = k;
				continue;
			}
		}
		break;
	}
	// «مسؤول أمن ولاية بنجشير في طالبان عبد الحميد خراساني»: a descriptor followed by a name is that person
	if (!plural && !count) {
		const end = nameRun(v, j, d.lang, gaz, 4);
		const closes =
			end >= toks.length ||
			CUT.test(v.gap(end)) ||
			!!T.cues.match(toks, end, 3) ||
			!!T.grammar.complementizer?.match(toks, end, 2, true);
		if (end - j >= 2 && closes && !CUT.test(v.gap(j))) {
			const name = cleanName(v.raw(j, end));
			const e = register(d, {
				id: name,
				kind: 'person',
				names: [name],
				role: head,
				affiliation: aff,
				known: false,
				anonymous: false
			});
			return {
				ref: {
					start: v.at(toks[from].s),
					end: v.endAt(toks[end - 1].e),
					ti: from,
					tj: end,
					id: e.id,
					kind: 'person',
					anonymous: false,
					affiliation: aff,
					via: 'surface',
					role: head,
					weight: 3,
					prep: false,
					gluedPrep: glued
				},
				next: end
			};
		}
	}
	// «وأكدت السلطات» after the Uzbek foreign ministry spoke: bare authorities are those of the
	// state the document's last speaker is of
	if (plural && head === 'authorities' && !aff && !count && !ranks.length && d.lastSpeaker) {
		const state = g
			.lineage(d.lastSpeaker.affiliation ?? d.lastSpeaker.id)
			.find((x) => g.get(x)?.kind === 'state');
		if (state) aff = state;
	}
	// "the Russian authorities", «السلطات الإيرانية», «الجانب الإماراتي», "the Iranian side": a
	// state's authorities or side (`is=state`), with no rank, count or place of their own, are that
	// state speaking
	if (
		(plural ? head === 'authorities' : T.stateHeads.has(head)) &&
		aff &&
		!count &&
		!ranks.length &&
		g.get(aff)?.kind === 'state'
	)
		return {
			ref: {
				start: v.at(toks[from].s),
				end: v.endAt(toks[j - 1].e),
				ti: from,
				tj: j,
				id: aff,
				kind: 'state',
				anonymous: false,
				affiliation: aff,
				via: 'descriptor',
				role: null,
				weight: 2,
				prep: false,
				gluedPrep: glued
			},
			next: j
		};
	// "the top US diplomat added", "the Iranian official said": a definite singular source of a state,
	// right after a named person of that state spoke, is that person told again
	if (
		d.lang === 'en' &&
		!plural &&
		!count &&
		aff &&
		g.get(aff)?.kind === 'state' &&
		from > 0 &&
		toks[from - 1].w === 'the' &&
		d.lastSpeaker?.kind === 'person' &&
		!d.lastSpeaker.anonymous &&
		g.lineage(d.lastSpeaker.affiliation ?? d.lastSpeaker.id).includes(aff)
	) {
		const held = d.lastSpeaker;
		return {
			ref: {
				...held,
				start: v.at(toks[from - 1].s),
				end: v.endAt(toks[j - 1].e),
				ti: from - 1,
				tj: j,
				via: 'anaphor',
				prep: false,
				unsure: false,
				gluedPrep: glued
			},
			next: j
		};
	}
	if (count === 'one' && plural) head = head.replace(/ies$/, 'y').replace(/s$/, '');
	// "White House officials said … Officials said", «مسؤولون أميركيون … وقال مسؤولون»: a bare head
	// with no body of its own is of the body the last such source of the document was
	if (!aff && !count && !ranks.length) {
		const prev = d.lastByKind.get(`anonymous ${head}`);
		if (prev?.affiliation) aff = prev.affiliation;
	}
	// «بغداد - قال مسؤولون أمنيون», "BEIRUT (AP) — a judicial source said": an official, or a
	// security, military or judicial source, with no side of their own in a datelined report is of
	// the dateline's state
	if (!aff && d.dateline && (T.datelineSides.has(head) || ranks.some((r) => T.datelineSides.has(r))))
		aff = d.dateline;
	// («از طرف وزارت خارجه»: "side" alone, or of no state, is a preposition's noun, no one speaking)
	if (!plural && T.stateHeads.has(head)) return null;
	const words = count && count !== 'one' ? [count, 'anonymous'] : ['anonymous'];
	if (ranks.includes('former')) words.push('former');
	if (ranks.includes('senior')) words.push('senior');
	for (const r of ranks) if (!['former', 'senior'].includes(r)) words.push(r);
	if (aff) words.push(affLabel(g, aff));
	words.push(head);
	const id = words.join(' ');
	return {
		ref: {
			start: v.at(toks[from].s),
			end: v.endAt(toks[j - 1].e),
			ti: from,
			tj: j,
			id,
			kind: 'anonymous',
			anonymous: true,
			affiliation: aff,
			via: 'descriptor',
			role: null,
			weight: (aff ? 2 : 0) + ranks.length + (count ? 1 : 0),
			prep: false,
			gluedPrep: glued
		},
		next: j
	};
}

/**
 * Appositions: a name and the role that describes it, side by side — "Ned Price, the State
 * Department spokesman", «سيف علي، المتحدث باسم …», «سعید خطیب‌زاده سخنگوی وزارت امور خارجه».
 * The role joins the name's reference; a run of name words before a role becomes a person.
 */
/**
 * A name set off by commas right after a role or a descriptor is that person: «وقال المتحدث باسم
 * وزارة الدفاع الأمريكية "البنتاغون"، باتريك رايدر، إن …», «وكان مسؤول العلاقات الإعلامية في حزب
 * الله، محمد عفيف، نفى …», "The Pentagon's spokesman, Pat Ryder, said …". The name is two to four
 * words that are no words of the lexicon, and a comma, a speech verb or «إن»/"that" closes it (after a
 * comma, a colon too: «قال وزير الخارجية، محمد حنيف أتمر: …»). A
 * body named in quotes beside the role («"البنتاغون"») may stand between.
 */
function namedAfter(v: SentenceView, d: Discourse, refs: Ref[]): void {
	const T = tables();
	for (let q = 0; q < refs.length; q++) {
		const r = refs[q];
		if (r.via !== 'role' && r.via !== 'descriptor') continue;
		// «وكالة الأنباء السورية، سانا، إن»: an outlet told by what it is, then its name between commas
		if ((r.kind === 'outlet' || r.kind === 'agency') && r.anonymous && r.via === 'descriptor') {
			const j = r.tj;
			if (!/^\s*[،,]\s*$/.test(v.gap(j)) || refs[q + 1]?.ti === j) continue;
			const end = nameRun(v, j, d.lang, refs, 3);
			if (end <= j || end >= v.toks.length || !/^\s*[،,]\s*$/.test(v.gap(end))) continue;
			const name = cleanName(v.raw(j, end));
			const e = register(d, {
				id: name,
				kind: r.kind,
				names: [name],
				role: null,
				affiliation: r.affiliation,
				known: false,
				anonymous: false
			});
			refs.splice(q, 1, {
				...r,
				id: e.id,
				anonymous: false,
				via: 'surface',
				end: v.endAt(v.toks[end - 1].e),
				tj: end
			});
			continue;
		}
		if (r.kind !== 'person' && r.kind !== 'anonymous') continue;
		// a descriptor of one person ("a senior official"), not of many ("officials"): the heads are data
		if (r.via === 'descriptor' && ![...T.headNames].some((h) => r.id.endsWith(' ' + h))) continue;
		let j = r.tj;
		let skip = 0;
		const next = refs[q + 1];
		// «"البنتاغون"»: the body named in quotes beside the role
		if (next && next.ti === j && /^\s*["«“]\s*$/.test(v.gap(j)) && next.kind !== 'person') {
			j = next.tj;
			skip = 1;
		}
		const comma = /^\s*["»”]?\s*[،,]\s*$/.test(v.gap(j));
		// «رئيس الوزراء الباكستاني "شهباز شريف"»: the name in quotes right after the role
		const quoted = !comma && /^\s*["«“]\s*$/.test(v.gap(j));
		// with no comma: «عضو اللجنة الثقافية في طالبان محمد وثيق إن», «مسؤول في طالبان يدعى محمد
		// وثيق»: the body the post is in may stand between, and a word that names
		let body: Ref | undefined;
		if (!comma && !quoted) {
			if (/\S/.test(v.gap(j))) continue;
			const b = refs[q + 1 + skip];
			if (
				b &&
				b.ti === j + 1 &&
				b.kind !== 'person' &&
				T.grammar.inlink?.has(v.toks[j].w) &&
				!/\S/.test(v.gap(j + 1)) &&
				!/\S/.test(v.gap(b.tj))
			) {
				body = b;
				j = b.tj;
				skip++;
			}
			const namer = T.grammar.namer?.match(v.toks, j, 2) ?? T.titles.match(v.toks, j, 2);
			if (namer) j += namer.len;
		}
		let end = nameRun(v, j, d.lang, refs, 4);
		// (a quoted name ends at its closing quote)
		if (quoted) for (let k = j + 1; k < end; k++) if (/["»”]/.test(v.gap(k))) end = k;
		if (end - j < 2) continue;
		// («، يحيى سريع قد أعلن»: «قد» may stand before the verb)
		let verbAt = end;
		while (verbAt < v.toks.length && verbAt - end < 2 && T.grammar.svogap?.has(v.toks[verbAt].w)) verbAt++;
		const closes =
			(comma && end >= v.toks.length) ||
			/^\s*[،,]\s*$/.test(v.gap(end)) ||
			// («قال وزير الخارجية، محمد حنيف أتمر: …»: a colon opens what the person said)
			(comma && /^\s*:/.test(v.gap(end))) ||
			(quoted && /^\s*["»”]/.test(v.gap(end))) ||
			!!T.cues.match(v.toks, verbAt, 3) ||
			!!T.grammar.complementizer?.match(v.toks, end, 2, true) ||
			(!comma && !!T.claimWords.match(v.toks, end, 2));
		if (!closes) continue;
		const name = cleanName(v.raw(j, end));
		const holder = body && !r.affiliation ? { ...r, affiliation: body.id } : r;
		refs.splice(
			q,
			1 + skip,
			namedPerson(d, holder, name, r.role, { end: v.endAt(v.toks[end - 1].e), tj: end })
		);
	}
}

/**
 * A person named beside a role holds it (`appositions`): the person's entity takes the role and its
 * side, the office's entity (when the document made one for it) is that person from now on — later
 * mentions of the office find them — and the person's reference carries the role.
 */
function holdRole(g: Gazetteer, d: Discourse, person: Ref, r: Ref): void {
	const e = d.entities.get(person.id);
	if (r.id !== person.id && d.entities.get(r.id)?.role === r.role && !d.entities.get(r.id)?.known) {
		d.entities.delete(r.id);
		// every key the office was filed under (with its body too) now finds the person
		for (const [k, id] of d.byRole) if (id === r.id) d.byRole.set(k, person.id);
		// and every name it was filed under (a name the office was given is the person's)
		for (const [k, id] of d.byName) if (id === r.id) d.byName.set(k, person.id);
	}
	if (r.role) for (const k of roleKeys(r.role, r.affiliation, null)) d.byRole.set(k, person.id);
	if (e) {
		e.role ??= r.role;
		e.affiliation ??= r.affiliation;
		register(d, e);
	} else
		register(d, {
			id: person.id,
			kind: 'person',
			names: [person.id],
			role: r.role,
			affiliation: r.affiliation,
			known: !!g.get(person.id),
			anonymous: false
		});
	person.role = r.role;
	person.affiliation = person.affiliation ?? r.affiliation;
	person.unsure = false;
	person.weight = 3;
}

function appositions(g: Gazetteer, v: SentenceView, d: Discourse, refs: Ref[]): void {
	const T = tables();
	for (let q = 1; q < refs.length; q++) {
		// «عن مسؤول وصفته بأنه «قيادي رفيع في طالبان»»: what the outlet calls the source says who it is
		const a = refs[q - 1];
		const b = refs[q];
		if (!a.anonymous || !b.anonymous) continue;
		const d2 = T.describedAs.match(v.toks, a.tj, 4);
		if (d2 && a.tj + d2.len === b.ti) {
			refs.splice(q - 1, 2, { ...b, start: a.start, ti: a.ti, weight: Math.max(a.weight, b.weight) });
			q--;
		}
	}
	for (let q = 0; q < refs.length; q++) {
		const r = refs[q];
		// «معتصم بالله، أحد المسؤولين الحكوميين»: a name set beside an anonymous descriptor is a person of that side
		if (
			r.via === 'descriptor' &&
			r.anonymous &&
			r.kind === 'anonymous' &&
			/^[\s]*[،,]\s*$/.test(v.gap(r.ti)) &&
			r.ti >= 2
		) {
			const prev = refs[q - 1];
			if (prev && prev.tj === r.ti && prev.kind === 'person' && !prev.anonymous) {
				prev.affiliation ??= r.affiliation;
				prev.end = r.end;
				prev.tj = r.tj;
				refs.splice(q, 1);
				q--;
				continue;
			}
			let k = endedBySurname(v, d, r.ti, refs[q - 1]?.tj ?? 0) ?? r.ti;
			if (k === r.ti) while (k > (refs[q - 1]?.tj ?? 0) && r.ti - k < 3 && nameish(v, k - 1, d.lang)) k--;
			if (k < r.ti && (k === 0 || CUT.test(v.gap(k)) || T.cues.match(v.toks, k - 1, 3)) && r.ti - k >= 2) {
				const named = namedBefore(d, v, r, k, null);
				if (named) refs.splice(q, 1, named);
				continue;
			}
		}
		if (r.via !== 'role' && !(r.via === 'anaphor' && r.role)) continue;
		if (r.kind !== 'person') continue;
		const prev = refs[q - 1];
		const gap = prev ? v.text.slice(prev.end, r.start) : '';
		const close = /^\s*["»”']?\s*[،,]?\s*(the\s+|la\s+)?$/i.test(gap) && gap.length < 8;
		if (
			prev &&
			close &&
			prev.kind === 'person' &&
			!prev.anonymous &&
			(prev.via === 'surface' || prev.via === 'name')
		) {
			// the person gets the role; the role reference is that person
			holdRole(g, d, prev, r);
			prev.end = r.end;
			prev.tj = r.tj;
			refs.splice(q, 1);
			q--;
			continue;
		}
		// «المتحدث باسم حركة طالبان، ذبيح الله مجاهد، إن», «سخنگوی طالبان، ذبیح‌الله مجاهد، گفت»,
		// «المتحدث باسم الحركة "ذبيح الله مجاهد"»: a person named right after the role, set off by
		// commas or quotes, holds it
		// ("the Afghan ambassador to neighboring Tajikistan, Mohammad Zahir Aghbar,": the state the post
		// is in may stand between, after "to", "in" or "at")
		const posted = d.lang === 'en' && postedAt(v, r, refs[q + 1]) ? 1 : 0;
		const next = refs[q + 1 + posted];
		const before = posted ? refs[q + 1].end : r.end;
		if (
			next &&
			next.kind === 'person' &&
			!next.anonymous &&
			(next.via === 'surface' || next.via === 'name') &&
			/^\s*([،,]|["«“])\s*$/.test(v.text.slice(before, next.start)) &&
			(next.tj >= v.toks.length || /^\s*["»”،,:]/.test(v.gap(next.tj)))
		) {
			holdRole(g, d, next, r);
			next.start = r.start;
			next.ti = r.ti;
			refs.splice(q, 1 + posted);
			q--;
			continue;
		}
		// name words right before the role, not yet a reference
		const startTok = r.ti;
		let k = startTok;
		const sep = /[،,]\s*$/.test(v.gap(startTok));
		if (d.lang === 'en' && !sep) continue;
		// Arabic: «وقال ميخائيل بودولياك مستشار …» — a name of two words or more between a speech
		// verb and a role needs no comma
		const afterVerb = (q: number) => q > 0 && !!T.cues.match(v.toks, q - 1, 1);
		const floor = prev ? prev.tj : 0;
		// «آرپان رای، روزنامه‌نگار هندی،»: a surname that is also a word («رای» a vote) ends a name set
		// off by commas when a name word stands before it at the start of the clause
		const surnamed = sep ? endedBySurname(v, d, startTok, floor) : null;
		if (surnamed !== null) k = surnamed;
		else
			while (k > floor && startTok - k < 4 && nameish(v, k - 1, d.lang)) {
				if (k - 1 < startTok - 1 && CUT.test(v.gap(k))) break;
				k--;
			}
		// Persian writes the apposition without a comma; Arabic and English with one
		if (
			k < startTok &&
			(sep || d.lang === 'fa' || (startTok - k >= 2 && afterVerb(k))) &&
			(k === floor ||
				k === 0 ||
				CUT.test(v.gap(k)) ||
				T.grammar.complementizer?.match(v.toks, k - 1, 1, true) ||
				T.cues.match(v.toks, k - 1, 3) ||
				startTok - k >= 2)
		) {
			const title = T.titles.match(v.toks, k, 2);
			if (title && startTok - k > 1) k += title.len;
			const named = namedBefore(d, v, r, k, r.role);
			if (named) refs.splice(q, 1, named);
		}
	}
	// «نائب رئيس حزب العدالة والتنمية، المتحدث باسمه عمر جليك،», "the party's deputy head, its
	// spokesman Omer Celik,": an office with no name, a comma, and a named person right after it
	// (with a post of their own) are one person, who holds both
	for (let q = 0; q + 1 < refs.length; q++) {
		const r = refs[q];
		const next = refs[q + 1];
		if (r.via !== 'role' || r.kind !== 'person' || r.anonymous) continue;
		if (
			next.kind !== 'person' ||
			next.anonymous ||
			!next.role ||
			next.via === 'role' ||
			next.via === 'anaphor'
		)
			continue;
		if (!/^\s*[،,]\s*$/.test(v.text.slice(r.end, next.start))) continue;
		if (r.id !== next.id && d.entities.get(r.id)?.role === r.role && !d.entities.get(r.id)?.known) {
			d.entities.delete(r.id);
			for (const [k, id] of d.byRole) if (id === r.id) d.byRole.set(k, next.id);
		}
		next.affiliation ??= r.affiliation;
		next.start = r.start;
		next.ti = r.ti;
		refs.splice(q, 1);
		q--;
	}
}
