/**
 * Reading's lexicon, loaded once from the data files under lexicon/reading (one line format,
 * lexicon/lines.ts) into phrase tables. Adding a spelling, a role, a verb or an event word is a
 * change to the data only.
 */
import { parseLexicon, type LexLine, type Spelling } from '../lexicon/lines';
import SPEECH from '../lexicon/reading/speech';
import GRAMMAR from '../lexicon/reading/grammar';
import ROLES from '../lexicon/reading/roles';
import DESCRIPTORS from '../lexicon/reading/descriptors';
import OUTLETS from '../lexicon/reading/outlets';
import EVENTS from '../lexicon/reading/events';
import DENIALS from '../lexicon/reading/denials';
import PLACES from '../lexicon/reading/places';
import PUBLICATION from '../lexicon/publication';
import CARDINALS from '../lexicon/cardinals';
import WEEKDAYS from '../lexicon/weekdays';
import type { SpeechAct } from '../story/model';
import { PhraseTable, phraseKey } from './tokens';
import { fold } from '../text';
import { READING_FOLD } from './lexicon';

export type CueRole = 'verb' | 'verbo' | 'object' | 'source' | 'relay' | 'told' | 'noun' | 'manner' | 'none';

/** Grammar kinds whose words stay possible name words (all others are words of the lexicon). */
const UNNOTED = new Set(['future', 'placehead', 'publication', 'undertaking', 'describes', 'nounending']);
export interface Cue {
	act: SpeechAct | 'none';
	role: CueRole;
	/** Counts only when this folded word follows within six words. */
	/** The cue counts only when one of these words follows within sixteen words (`needs=W,W2`). */
	needs?: string[];
	/** …and none of these comes before it (`unless=W,W2`: «تبنى قرارا بشأن الهجوم» adopts a resolution). */
	unless?: string[];
	/** The cue counts only when one of these words comes within sixteen words before it (`after=W,W2`:
	 * «مسئولیت این حمله را بر عهده گرفت», the responsibility taken is named first). */
	after?: string[];
	/** Only in texts of this language. */
	lang?: string;
	/** A speech act only when a colon or a complementizer introduces what was said right after it («وی ادامه داد:»). */
	introduced?: boolean;
}

export interface RoleEntry {
	/** English role ("foreign minister"). */
	role: string;
	/** The body it implies ("foreign ministry"), or null. */
	org: string | null;
	/** Alone (no name, no body) it is no one: a common word too («صحفي», "expert"). */
	bareNo: boolean;
	/** Held for someone: a known person after it is whom it serves, not its holder. */
	ofPerson: boolean;
	/** Held by no side (a journalist, an analyst): the state named with it is where they are from, not whom they speak for. */
	noSide: boolean;
}

export interface EventType {
	type: string;
	head: string;
	pair: boolean;
	incident: boolean;
	weak: boolean;
	/** Kinds of one family told in one clause are one event. */
	family: string | null;
	/** What an event of this family does (a killing, an injury): told in its clause, part of it. */
	outcome: string | null;
	/** It says a planned event did not take place when planned (postponed, cancelled). */
	undoes: boolean;
	/** A word of this grammar kind right after it (an article between) makes it no event ("released a report"). */
	notBefore: string | null;
}

export interface EventWord {
	type: EventType;
	/** An everyday word too: an event only with a participant or a date of its own. */
	weak: boolean;
	/** Only in texts of this language («حمله» is an attack in Persian, «حملة» a campaign in Arabic). */
	lang?: string;
}

export interface ReadingTables {
	cues: PhraseTable<Cue>;
	/** The forms of each Persian light verb (`fa-light VERB` in speech data), by the verb as written there. */
	faLight: Map<string, PhraseTable<true>>;
	/** Persian preverbs with their act and the light verbs they take: a preverb whose light verb comes after «و» and another clause («را محکوم و … ابراز همدردی کرد»). */
	faPreverbs: PhraseTable<{ act: SpeechAct; lights: string[] }>;
	/** Claim-referring nouns after a denial or in a dismissal: English gloss. */
	claimWords: PhraseTable<string>;
	dismissals: PhraseTable<true>;
	occurred: PhraseTable<true>;
	noinfo: PhraseTable<true>;
	/** Nouns of taking part («تورط», "involvement"): after "no"/«أي» under a negation, a denial. */
	involvement: PhraseTable<true>;
	/** Nouns of rejecting («رفضها», «تکذیب», "its rejection of"): before a claim word, a denial. */
	rejections: PhraseTable<true>;
	/** The speaker and a negated past verb opening what was said ("it did not", «أنها لم»): a denial. */
	selfNegations: PhraseTable<true>;
	/** Verbs after such an opening that deny nothing ("it did not know", «إنها لم تتلق»). */
	selfNegationsNot: PhraseTable<true>;
	/** A claim referred back to without its owner («هذه الاتهامات», "this claim"). */
	claimAnaphors: PhraseTable<true>;
	roles: PhraseTable<RoleEntry>;
	orgs: PhraseTable<string>;
	/** Bodies that belong to a person (`of=person`: an office, a campaign): «مكتب نتنياهو», "the Trump campaign". */
	personalOrgs: Set<string>;
	/** By role, the more general roles its holder is told again by ("foreign minister" → "minister": «الوزير», "the minister"). */
	roleIs: Map<string, string[]>;
	orgHeads: PhraseTable<string>;
	/** What an outlet head says the outlet is («التلفزيون» → television), for one told only by where it is from. */
	outletWhat: PhraseTable<string>;
	/** `deputy` words (true) and `acting` words (false): before a role, whose the role is. */
	deputy: PhraseTable<boolean>;
	issued: PhraseTable<true>;
	intro: PhraseTable<true>;
	describedAs: PhraseTable<true>;
	linkers: PhraseTable<true>;
	titles: PhraseTable<true>;
	heads: PhraseTable<string>;
	/** The English glosses of the singular heads ("official", "source"): an anonymous source of one person. */
	headNames: Set<string>;
	/** Heads a place after says where they are, not whom they speak for (`place=where`: sources, witnesses). */
	locatedHeads: Set<string>;
	/** Heads, plurals and ranks of an unnamed speaker who, with no side of their own, is of the state a report's dateline names (`side=dateline`). */
	datelineSides: Set<string>;
	/** Heads that, with a state's adjective and nothing else, are that state speaking (`is=state`: authorities, the side). */
	stateHeads: Set<string>;
	plurals: PhraseTable<string>;
	ranks: PhraseTable<string>;
	counts: PhraseTable<string>;
	descLinks: PhraseTable<true>;
	indefinite: PhraseTable<true>;
	/** Places in no state's name (provinces, cities, districts) and the state each is in (`lexicon/reading/places.ts`). */
	places: PhraseTable<{ state: string; lang?: string; weak?: boolean }>;
	outletHeads: PhraseTable<'outlet' | 'agency'>;
	outletTails: PhraseTable<'outlet' | 'agency'>;
	media: PhraseTable<true>;
	mediaLinks: PhraseTable<true>;
	events: PhraseTable<EventWord>;
	eventTypes: Map<string, EventType>;
	/** Grammar words by kind (complementizer, preposition, …); pronouns by what they point to. */
	grammar: Record<string, PhraseTable<true>>;
	pronouns: PhraseTable<string>;
	/** Every folded single word some table knows: never part of a person's name. */
	known: (w: string) => boolean;
	/** The weekday (0 = Sunday) a date's words name («الأحد الماضي», "on Tuesday"), or null (the weekdays data). */
	weekdayIn: (text: string) => number | null;
	/** Folded labels that name a page's date when they open its line («date 2025-10-25 …», «تاریخ»). */
	pageLabels: Set<string>;
	/** The folded endings of a word that is no one-word name (grammar `nounending`: «ون», «ها»). */
	nounEndings: string[];
}

const words = (head: string) => head.replace(/_/g, ' ');

/**
 * Every line of a reading lexicon; a Persian spelling with a half-space is also read with a space
 * («بیانیه‌ای صادر کرد» / «بیانیه ای صادر کرد»: pages write both, and reading drops the half-space).
 */
function each(data: string, f: (l: LexLine) => void): void {
	for (const l of parseLexicon(data)) {
		const spaced = l.spellings
			.filter((x) => x.s.includes('\u200c'))
			.map((x) => ({ ...x, s: x.s.replace(/\u200c/g, ' ') }));
		f(spaced.length ? { ...l, spellings: [...l.spellings, ...spaced] } : l);
	}
}

function build(): ReadingTables {
	const t: ReadingTables = {
		cues: new PhraseTable(),
		claimWords: new PhraseTable(),
		dismissals: new PhraseTable(),
		occurred: new PhraseTable(),
		noinfo: new PhraseTable(),
		involvement: new PhraseTable(),
		rejections: new PhraseTable(),
		selfNegations: new PhraseTable(),
		selfNegationsNot: new PhraseTable(),
		claimAnaphors: new PhraseTable(),
		roles: new PhraseTable(),
		orgs: new PhraseTable(),
		orgHeads: new PhraseTable(),
		outletWhat: new PhraseTable(),
		deputy: new PhraseTable(),
		issued: new PhraseTable(),
		intro: new PhraseTable(),
		describedAs: new PhraseTable(),
		linkers: new PhraseTable(),
		titles: new PhraseTable(),
		heads: new PhraseTable(),
		headNames: new Set(),
		plurals: new PhraseTable(),
		ranks: new PhraseTable(),
		counts: new PhraseTable(),
		descLinks: new PhraseTable(),
		indefinite: new PhraseTable(),
		places: new PhraseTable(),
		personalOrgs: new Set(),
		roleIs: new Map(),
		locatedHeads: new Set(),
		faLight: new Map(),
		faPreverbs: new PhraseTable(),
		datelineSides: new Set(),
		stateHeads: new Set(),
		outletHeads: new PhraseTable(),
		outletTails: new PhraseTable(),
		media: new PhraseTable(),
		mediaLinks: new PhraseTable(),
		events: new PhraseTable(),
		eventTypes: new Map(),
		grammar: {},
		pronouns: new PhraseTable(),
		known: () => false,
		weekdayIn: () => null,
		nounEndings: [],
		pageLabels: new Set(
			parseLexicon(PUBLICATION)
				.filter((l) => l.kind === 'lead')
				.flatMap((l) => l.spellings.map((x) => fold(x.s).replace(/:$/, '').trim()))
		)
	};
	const vocabulary = new Set<string>();
	const note = (s: string) => {
		for (const w of fold(s, READING_FOLD).split(/[^\p{L}\p{N}]+/u)) if (w) vocabulary.add(w);
	};
	// speech: plain lines, then Persian compound verbs (preverb × light-verb forms)
	const faActs = new Map<string, SpeechAct>();
	const faLight = new Map<string, string[]>();
	const faUses: [string, string[]][] = [];
	const parts = new Map<string, Spelling[]>();
	const joined: LexLine[] = [];
	each(SPEECH, (l) => {
		if (l.kind === 'speech') {
			const cue: Cue = {
				act: l.args[0] as Cue['act'],
				role: l.args[1] as CueRole,
				...(l.attrs.needs ? { needs: l.attrs.needs.split(',').map((w) => fold(w, READING_FOLD)) } : {}),
				...(l.attrs.unless ? { unless: l.attrs.unless.split(',').map((w) => fold(w, READING_FOLD)) } : {}),
				...(l.attrs.after ? { after: l.attrs.after.split(',').map((w) => fold(w, READING_FOLD)) } : {}),
				...(l.attrs.said === 'introduced' ? { introduced: true } : {})
			};
			for (const s of l.spellings) {
				t.cues.add(s.s, s.lang ? { ...cue, lang: s.lang } : cue);
				if (cue.role !== 'noun') note(s.s);
			}
		} else if (l.kind === 'fa-compound') {
			for (const s of l.spellings) faActs.set(s.s, l.args[0] as SpeechAct);
		} else if (l.kind === 'fa-light')
			faLight.set(
				l.args[0],
				l.spellings.map((s) => s.s)
			);
		else if (l.kind === 'fa-uses') faUses.push([l.args[0], l.spellings.map((s) => s.s)]);
		else if (l.kind === 'part') parts.set(l.args[0], l.spellings);
		else if (l.kind === 'joined') joined.push(l);
	});
	// cues made of one word or phrase of each named list, in order («بر اساس» + «گزارش»)
	for (const l of joined) {
		const cue: Cue = { act: l.args[0] as Cue['act'], role: l.args[1] as CueRole };
		for (const s of l.spellings) {
			const lists = s.s.split('+').map((name) => {
				const list = parts.get(name.trim());
				if (!list) throw new Error(`lexicon/reading/speech: line ${l.line}: no part list «${name.trim()}»`);
				return list;
			});
			let phrases: { s: string; lang?: string }[] = [{ s: '' }];
			for (const list of lists)
				phrases = phrases.flatMap((p) =>
					list
						.filter((x) => !p.lang || !x.lang || x.lang === p.lang)
						.map((x) => ({ s: p.s ? `${p.s} ${x.s}` : x.s, lang: p.lang ?? x.lang ?? s.lang }))
				);
			for (const p of phrases) {
				t.cues.add(p.s, p.lang ? { ...cue, lang: p.lang } : cue);
				note(p.s);
			}
		}
	}
	for (const [light, forms] of faLight) {
		const table = new PhraseTable<true>();
		for (const f of forms) table.add(f, true);
		t.faLight.set(light, table);
	}
	const lightsOf = new Map<string, string[]>();
	for (const [light, preverbs] of faUses)
		for (const p of preverbs) {
			const act = faActs.get(p);
			if (!act) throw new Error(`lexicon/reading/speech: preverb «${p}» has no fa-compound act`);
			const lights = lightsOf.get(p);
			if (lights) lights.push(light);
			else {
				lightsOf.set(p, [light]);
				t.faPreverbs.add(p, { act, lights: lightsOf.get(p)! });
			}
			// (its words are words of the lexicon, never name words: «عباس عراقچی پاسخ داد»)
			note(p);
			for (const f of faLight.get(light) ?? []) t.cues.add(`${p} ${f}`, { act, role: 'verb', lang: 'fa' });
		}
	each(GRAMMAR, (l) => {
		if (l.kind === 'pronoun') {
			for (const s of l.spellings) t.pronouns.add(s.s, l.args.join(' '));
			return;
		}
		if (l.kind === 'nounending') for (const s of l.spellings) t.nounEndings.push(phraseKey(s.s));
		const table = (t.grammar[l.kind] ??= new PhraseTable());
		for (const s of l.spellings) {
			table.add(s.s, true);
			// (a place word may open a body's or a place's name: «ولاية بنجشير» stays readable as one;
			// what is published may be a name too: «أسماء»)
			if (!UNNOTED.has(l.kind)) note(s.s);
		}
	});
	const holders: LexLine[] = [];
	const bodies: LexLine[] = [];
	each(ROLES, (l) => {
		if (l.kind === 'holder') holders.push(l);
		if (l.kind === 'org' && l.attrs.of !== 'person') bodies.push(l);
		if (l.kind === 'role' && l.attrs.is) t.roleIs.set(words(l.args[0]), l.attrs.is.split(',').map(words));
		for (const s of l.spellings) {
			if (l.kind === 'role')
				t.roles.add(s.s, {
					role: words(l.args[0]),
					org: l.attrs.org ? words(l.attrs.org) : null,
					bareNo: l.attrs.bare === 'no',
					ofPerson: l.attrs.of === 'person',
					noSide: l.attrs.side === 'no'
				});
			else if (l.kind === 'org') {
				t.orgs.add(s.s, words(l.args[0]));
				if (l.attrs.of === 'person') t.personalOrgs.add(words(l.args[0]));
			} else if (l.kind === 'orghead') t.orgHeads.add(s.s, l.args[0]);
			else if (l.kind === 'deputy') t.deputy.add(s.s, true);
			else if (l.kind === 'acting') t.deputy.add(s.s, false);
			else if (l.kind === 'issued') t.issued.add(s.s, true);
			else if (l.kind === 'intro') t.intro.add(s.s, true);
			else if (l.kind === 'describedas') t.describedAs.add(s.s, true);
			else if (l.kind === 'linker') t.linkers.add(s.s, true);
			else if (l.kind === 'title') t.titles.add(s.s, true);
			note(s.s);
		}
	});
	// the holders of bodies: «وزیر نفت» holds «وزارت نفت» (a minister), unless a role line has the spelling
	for (const h of holders) {
		const body = phraseKey(h.attrs.body ?? '');
		if (!body) throw new Error(`roles line ${h.line}: a holder needs body=WORD`);
		const role = words(h.args[0]);
		for (const o of bodies) {
			const org = words(o.args[0]);
			for (const sp of o.spellings) {
				const name = phraseKey(sp.s);
				const opens = name.startsWith(body + ' ');
				if (!opens && !name.endsWith(' ' + body)) continue;
				const rest = opens ? name.slice(body.length + 1) : name.slice(0, -body.length - 1);
				for (const hs of h.spellings) {
					const held = opens ? `${phraseKey(hs.s)} ${rest}` : `${rest} ${phraseKey(hs.s)}`;
					if (t.roles.has(held)) continue;
					const named = org.endsWith(' ministry') ? org.replace(/ministry$/, role) : `${org} ${role}`;
					// told again by the general role («الوزير», "the minister")
					t.roleIs.set(named, [role]);
					t.roles.add(held, {
						role: named,
						org,
						bareNo: false,
						ofPerson: false,
						noSide: false
					});
					note(held);
				}
			}
		}
	}
	each(DESCRIPTORS, (l) => {
		const tables: Record<string, PhraseTable<string> | PhraseTable<true>> = {
			head: t.heads,
			plural: t.plurals,
			rank: t.ranks,
			count: t.counts,
			link: t.descLinks,
			indefinite: t.indefinite
		};
		const table = tables[l.kind];
		if (!table) return;
		if (l.kind === 'head') t.headNames.add(words(l.args[0]));
		if ((l.kind === 'head' || l.kind === 'plural') && l.attrs.place === 'where')
			t.locatedHeads.add(words(l.args[0]));
		if (l.attrs.side === 'dateline') t.datelineSides.add(words(l.args[0]));
		if (l.attrs.is === 'state') t.stateHeads.add(words(l.args[0]));
		for (const s of l.spellings) {
			if (l.kind === 'link' || l.kind === 'indefinite') (table as PhraseTable<true>).add(s.s, true);
			else (table as PhraseTable<string>).add(s.s, words(l.args[0]));
			note(s.s);
		}
	});
	each(PLACES, (l) => {
		if (l.kind !== 'place')
			throw new Error(`lexicon/reading/places: line ${l.line}: unknown kind «${l.kind}»`);
		for (const s of l.spellings)
			t.places.add(s.s, {
				state: l.args.join(' '),
				...(s.lang ? { lang: s.lang } : {}),
				...(s.weak ? { weak: true } : {})
			});
	});
	each(OUTLETS, (l) => {
		for (const s of l.spellings) {
			if (l.kind === 'outlethead') {
				t.outletHeads.add(s.s, l.args[0] as 'outlet' | 'agency');
				t.outletWhat.add(s.s, l.args[1] ?? l.args[0]);
			} else if (l.kind === 'outlettail') t.outletTails.add(s.s, l.args[0] as 'outlet' | 'agency');
			else if (l.kind === 'media') t.media.add(s.s, true);
			else if (l.kind === 'medialink') t.mediaLinks.add(s.s, true);
			if (l.kind !== 'outlettail') note(s.s);
		}
	});
	each(EVENTS, (l) => {
		if (l.kind === 'eventtype') {
			const [type, head, ...flags] = l.args;
			t.eventTypes.set(type, {
				type,
				head: words(head),
				pair: flags.includes('pair'),
				incident: flags.includes('incident'),
				weak: flags.includes('weak'),
				family: l.attrs.family ?? null,
				outcome: l.attrs.outcome ?? null,
				undoes: flags.includes('undoes'),
				notBefore: l.attrs.not ?? null
			});
		}
	});
	each(EVENTS, (l) => {
		if (l.kind !== 'event') return;
		const type = t.eventTypes.get(l.args[0]);
		if (!type) throw new Error(`lexicon/reading/events: line ${l.line}: no eventtype ${l.args[0]}`);
		for (const s of l.spellings)
			t.events.add(s.s, { type, weak: s.weak, ...(s.lang ? { lang: s.lang } : {}) });
	});
	each(DENIALS, (l) => {
		for (const s of l.spellings) {
			if (l.kind === 'dismissal') t.dismissals.add(s.s, true);
			else if (l.kind === 'occurred') t.occurred.add(s.s, true);
			else if (l.kind === 'noinfo') t.noinfo.add(s.s, true);
			else if (l.kind === 'involvement') t.involvement.add(s.s, true);
			else if (l.kind === 'rejection') t.rejections.add(s.s, true);
			else if (l.kind === 'selfneg') t.selfNegations.add(s.s, true);
			else if (l.kind === 'selfnegnot') t.selfNegationsNot.add(s.s, true);
			else if (l.kind === 'anaphor') t.claimAnaphors.add(s.s, true);
			else if (l.kind === 'claimword') {
				t.claimWords.add(s.s, words(l.args[0]));
				note(s.s);
			}
		}
	});
	// English numbers and weekdays are words, never names ("Twelve were killed", "Tuesday's strike")
	for (const data of [CARDINALS, WEEKDAYS])
		for (const l of parseLexicon(data))
			for (const x of l.spellings) if (!x.weak && !x.lang && /^[a-z]+$/.test(x.s)) note(x.s);
	t.known = (w: string) => vocabulary.has(w);
	// weekday spellings as folded word sequences, the longest first («سه شنبه» before «شنبه»)
	const days: [string[], number][] = [];
	for (const l of parseLexicon(WEEKDAYS))
		for (const x of l.spellings)
			if (!x.weak) days.push([fold(x.s, READING_FOLD).split(/\s+/), Number(l.kind)]);
	days.sort((a, b) => b[0].length - a[0].length);
	t.weekdayIn = (text: string) => {
		const ws = fold(text, READING_FOLD)
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
		for (const [spelling, n] of days)
			for (let i = 0; i + spelling.length <= ws.length; i++)
				if (spelling.every((w, k) => ws[i + k] === w)) return n;
		return null;
	};
	return t;
}

let cached: ReadingTables | null = null;

/** The reading tables, built on first use and shared afterwards. */
export function tables(): ReadingTables {
	return (cached ??= build());
}
