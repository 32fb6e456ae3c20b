/**
 * Item labels that say who did what, in the language of the item's document: «طالبان: نفي لقاء
 * (أختر منصور، فلاديمير بوتين)», «طالبان: تکذیب اظهارات ضمیر کابلوف», "Zamir Kabulov on contacts and
 * information sharing (Taliban)" — never a sentence's first words («وقالت الصحيفة»). Built from the
 * story's fields only (speaker, act, the event a statement is about, what a denial denies, quoted
 * words, topic actors) and the words table (words.ts); actors are named by their name in that
 * language where the story has one.
 */
import type { Actor, Story, Statement, StoryEvent } from '../story/model';
import type { DisplayLocale } from './axis-calendar';
import type { LaneMode } from './view';
import { maybeWord, word } from './words';

/** What labelling reads of a story, indexed once. */
export interface LabelIndex {
	actors: Map<string, Actor>;
	events: Map<string, StoryEvent>;
	statements: Map<string, Statement>;
	/** A denial's targets (statement and event ids), in link order. */
	denies: Map<string, string[]>;
}

/** Indexes a story for labelling. */
export function labelIndex(story: Story): LabelIndex {
	const denies = new Map<string, string[]>();
	for (const l of story.links) {
		if (l.type !== 'denies') continue;
		const list = denies.get(l.from);
		if (list) list.push(l.to);
		else denies.set(l.from, [l.to]);
	}
	return {
		actors: new Map(story.actors.map((a) => [a.id, a])),
		events: new Map(story.events.map((e) => [e.id, e])),
		statements: new Map(story.statements.map((s) => [s.id, s])),
		denies
	};
}

/** The display locale of a document language ('ar', 'fa', 'fa-AF', 'en'…); English otherwise. */
export function labelLocale(lang: string): DisplayLocale {
	const l = lang.slice(0, 2).toLowerCase();
	return l === 'ar' || l === 'fa' ? l : 'en';
}

function fill(template: string, parts: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? '');
}

function list(names: readonly string[], locale: DisplayLocale): string {
	return names.join(`${word('list.comma', locale)} `);
}

/**
 * An actor's name in `locale`: its name in that language; for a descriptor without one ("anonymous
 * senior Russian official", "Kremlin spokesperson") the role in that language with whom it belongs
 * to («مسؤول (روسيا)»); else its English name or id.
 * @example actorName('Taliban', 'fa', index) // 'طالبان'
 */
export function actorName(id: string, locale: DisplayLocale, ix: Pick<LabelIndex, 'actors'>): string {
	const a = ix.actors.get(id);
	if (!a) return id;
	const own = locale === 'en' ? a.names.en : a.names[locale];
	if (own) return own;
	if (/[A-Za-z]/.test(a.names.en)) {
		const role = maybeWord(`role.${a.names.en.split(/\s+/).pop()!.toLowerCase()}`, locale);
		if (role) {
			const of = a.parent ? ix.actors.get(a.parent) : undefined;
			const ofName = of ? (of.names[locale === 'en' ? 'en' : locale] ?? '') : '';
			return ofName ? fill(word('tpl.role', locale), { role, of: ofName }) : role;
		}
	}
	return a.names.en || id;
}

function head(e: StoryEvent, locale: DisplayLocale): string | null {
	const h = e.reading?.head;
	if (!h) return null;
	return maybeWord(`head.${h}`, locale) ?? h;
}

/**
 * An event in `locale`: «لقاء: أختر منصور، فلاديمير بوتين (في طاجيكستان)»; its summary when the
 * reader gave it no head. `object` writes it as the object of a statement, without the place and
 * without the actors in `leaveOut` ("meeting (Akhtar Mansour, Vladimir Putin)").
 */
export function eventLabel(
	e: StoryEvent,
	locale: DisplayLocale,
	ix: Pick<LabelIndex, 'actors'>,
	object: { leaveOut: ReadonlySet<string> } | null = null
): string {
	const h = head(e, locale);
	if (!h) return e.summary;
	const who = list(
		e.participants.filter((p) => !object?.leaveOut.has(p)).map((p) => actorName(p, locale, ix)),
		locale
	);
	if (object) return who ? fill(word('tpl.object', locale), { head: h, who }) : h;
	const text = who ? fill(word('tpl.event', locale), { head: h, who }) : h;
	const where = e.place ? actorName(e.place, locale, ix) : '';
	return where && fits(where, locale) ? fill(word('tpl.place', locale), { what: text, where }) : text;
}

// Quotation marks in pairs, in order: «…», “…”, "…" (a straight quote closes at the next one).
const QUOTES = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
const QUOTE_CHARS = 40;

/**
 * The first quotation of at least three words in a sentence (a quoted name or a quoted term such
 * as «الدولة الإسلامية» is not what was said), cut to about 40 characters, or null.
 * @example quoted('وقال لوكالة انترفاكس إن "مصالح طالبان تتطابق موضوعياً مع مصالحنا".') // 'مصالح طالبان تتطابق موضوعياً مع مصالحنا'
 */
export function quoted(text: string): string | null {
	for (const m of text.matchAll(QUOTES)) {
		const q = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, ' ').trim();
		if (q.split(' ').length < 3) continue;
		if (q.length <= QUOTE_CHARS) return q;
		const cut = q.slice(0, QUOTE_CHARS);
		const sp = cut.lastIndexOf(' ');
		return (sp > QUOTE_CHARS * 0.6 ? cut.slice(0, sp) : cut) + '…';
	}
	return null;
}

/** True when a name can stand in a `locale` label: any name in English, no Latin letters in Arabic or Persian. */
function fits(name: string, locale: DisplayLocale): boolean {
	return locale === 'en' || !/[A-Za-z]/.test(name);
}

/**
 * A statement's label in `locale`. What it is about, in this order: the event it is about; for a
 * denial, whose statements it denies (or the event it denies); the words it quotes; the actors it
 * names; else only who and which act ("Taliban denies").
 * @example statementLabel(s8, 'ar', ix) // 'طالبان: نفي لقاء (أختر منصور، فلاديمير بوتين)'
 */
export function statementLabel(s: Statement, locale: DisplayLocale, ix: LabelIndex): string {
	const who = actorName(s.speaker, locale, ix);
	const side = new Set<string>([s.speaker]);
	const speaker = ix.actors.get(s.speaker);
	if (speaker?.parent) side.add(speaker.parent);
	if (s.reading?.affiliation) side.add(s.reading.affiliation);
	const withWhat = (what: string) => fill(word(`with.${s.act}`, locale), { who, what });
	const about = s.about ? ix.events.get(s.about) : undefined;
	if (about) return withWhat(eventLabel(about, locale, ix, { leaveOut: side }));
	if (s.act === 'denial') {
		const targets = ix.denies.get(s.id) ?? [];
		const ev = targets.map((t) => ix.events.get(t)).find((e) => !!e);
		if (ev) return withWhat(eventLabel(ev, locale, ix, { leaveOut: side }));
		const said = targets.map((t) => ix.statements.get(t)).filter((t): t is Statement => !!t);
		if (said.length) {
			const speakers = [...new Set(said.map((t) => t.speaker))];
			const names = speakers.slice(0, 2).map((p) => actorName(p, locale, ix));
			const more = speakers.length > 2 ? '…' : '';
			return withWhat(`${word(`said.${said[0].act}`, locale)} ${list(names, locale)}${more}`);
		}
	}
	const q = quoted(s.text);
	if (q) return fill(word('tpl.quote', locale), { who, what: q });
	const bare = fill(word(`bare.${s.act}`, locale), { who });
	const topic = (s.reading?.topic ?? [])
		.filter((t) => !side.has(t))
		.map((t) => actorName(t, locale, ix))
		.filter((n) => fits(n, locale));
	if (topic.length) return fill(word('tpl.topic', locale), { bare, what: list(topic.slice(0, 3), locale) });
	return bare;
}

const KINDS = new Set(['event', 'claim', 'report', 'denial', 'confirmation', 'document']);

/**
 * Lane names for a story's timeline in `locale`: a document lane shows the document's title (its
 * outlet and id when it has none), an actor or outlet lane the actor's name, a kind lane the kind's
 * plural ("Denials"). Keys the story does not know are shown as they are.
 * @example laneLabeller(story)('c-oo9ch3g684', 'document') // 'طالبان تنفي وجود أي تبادل معلومات مع موسكو…'
 */
export function laneLabeller(
	story: Pick<Story, 'documents' | 'actors'> | null,
	locale: DisplayLocale = 'en'
): (key: string, mode: LaneMode) => string {
	const docs = new Map((story?.documents ?? []).map((d) => [d.id, d]));
	const ix = { actors: new Map((story?.actors ?? []).map((a) => [a.id, a])) };
	return (key, mode) => {
		if (mode === 'kind') return KINDS.has(key) ? word(`group.${key}`, locale) : key;
		if (mode === 'document') {
			const d = docs.get(key);
			if (!d) return key;
			const title = d.title.replace(/\s+/g, ' ').trim();
			return title || `${d.outlet ? actorName(d.outlet, locale, ix) + ' · ' : ''}${d.id}`;
		}
		if (mode === 'actor' || mode === 'outlet') return actorName(key, locale, ix);
		return key;
	};
}
