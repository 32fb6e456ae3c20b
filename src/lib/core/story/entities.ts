/**
 * One actor across documents and scripts. Each document names the people, outlets and bodies it
 * speaks of as it writes them («إيمانويل ماكرون», «ماکرون», "Macron"); here they become one actor
 * of the story when they are one: the same name once folded, the same surname with no role or
 * body to tell them apart, the same name in another script (consonant skeletons), or a role with
 * no name («وزیر امور خارجه روسیه») that one named person of the story holds. The actor keeps the
 * id the earliest document gave it, so a later document never renames what an earlier one read.
 */
import type { Gazetteer } from '../gazetteer';
import type { DocEntity } from '../reading/items';
import { nameKey as foldedKey } from '../reading/mentions';
import {
	sameShortSkeleton,
	sameSkeleton,
	shortSkeletonKey,
	skeleton,
	skeletonKeys
} from '../reading/skeleton';
import type { Actor, ActorKind } from './model';

/** A story actor built from document entities. */
export interface StoryEntity {
	id: string;
	kind: ActorKind;
	names: string[];
	role: string | null;
	affiliation: string | null;
	anonymous: boolean;
}

const latin = (s: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(s);

/** What comparing names reads of one name, made once per spelling. */
interface NameParts {
	/** The name folded for comparison. */
	key: string;
	/** Its words, folded. */
	words: string[];
	/** Its first names (`firstNames`). */
	firsts: string[];
}

/**
 * The parts of a name (cached: every entity of a document is compared with the story's, each
 * name with each of the other's names, and the same names come back in document after document).
 * The arrays are shared: read them, never change them.
 */
function parts(s: string): NameParts {
	let p = partsOf.get(s);
	if (p === undefined) {
		const key = foldedKey(s);
		const ws = key.split(' ').filter(Boolean);
		// the first word of a name of two words or more, and, of three words or more, the words
		// before the surname written as one («نورولی محسود» / Noor Wali Mehsud)
		const firsts = ws.length >= 3 ? [ws[0], ws.slice(0, -1).join('')] : ws.length === 2 ? [ws[0]] : [];
		p = { key, words: ws, firsts };
		if (partsOf.size >= 50_000) partsOf.clear();
		partsOf.set(s, p);
	}
	return p;
}
const partsOf = new Map<string, NameParts>();

/** A name folded for comparison. */
const nameKey = (s: string): string => parts(s).key;

/** The folded words of a name (shared: never change them). */
const words = (s: string): readonly string[] => parts(s).words;

/**
 * Merge the entities of each document (in document order) into story entities. Returns the map
 * from a document's ids to story ids (`idOf(id, doc)`, `doc` its index; without it, an id of the
 * story after the merges of role-holders) and the story entities by id. A person read by the same
 * name in two documents with posts that tell them apart ("Foreign minister Khan", "Prime minister
 * Khan") is two actors: the later one's id gets the number of its document (`Khan@2`).
 */
export function mergeEntities(
	g: Gazetteer,
	perDoc: DocEntity[][]
): { idOf: (id: string, doc?: number) => string; entities: Map<string, StoryEntity> } {
	const entities = new Map<string, StoryEntity>();
	const rename = new Map<string, string>();
	const local = perDoc.map(() => new Map<string, string>());
	const find = (id: string): string => {
		let x = id;
		while (rename.has(x)) x = rename.get(x)!;
		return x;
	};
	const people: StoryEntity[] = [];
	const index = new SameIndex();
	// an actor the gazetteer knows is filed first (never in `entities`: the gazetteer makes its
	// actor), so that another spelling of the name in any article («Zabiullah Mujahid» for
	// Zabihullah Mujahid, "Russia's foreign ministry" read as "Russian foreign ministry") is that actor
	const knownFiled = new Set<string>();
	for (const list of perDoc)
		for (const e of list) {
			if (e.anonymous || knownFiled.has(e.id) || !(e.known || g.get(e.id))) continue;
			knownFiled.add(e.id);
			const entry = g.get(e.id);
			const names = [
				...new Set([...e.names, ...(entry ? [entry.names.en, entry.names.ar, entry.names.fa] : [])])
			];
			index.add({
				id: e.id,
				kind: e.kind,
				names: names.filter((n): n is string => !!n && n !== '-'),
				role: e.role,
				affiliation: e.affiliation,
				anonymous: false
			});
		}
	perDoc.forEach((list, k) => {
		for (const e of list) {
			if (e.known || g.get(e.id)) continue;
			const have = entities.get(find(local[k].get(e.id) ?? e.id));
			if (have && (local[k].has(e.id) || !apart(have, e))) {
				local[k].set(e.id, have.id);
				index.absorb(have, e);
				continue;
			}
			// a body read by what it is whose whole id the gazetteer names ("Russia's foreign ministry",
			// read as "Russian foreign ministry"): the gazetteer's actor
			if (e.kind !== 'person' && !e.anonymous) {
				const whole = g.find(e.id).find((m) => m.via === 'name' && m.start === 0 && m.end === e.id.length);
				const known = whole && g.get(whole.id);
				if (known && known.kind === e.kind) {
					local[k].set(e.id, whole.id);
					continue;
				}
			}
			// the first story entity, in the order they were made, that is `same` as e
			const match = e.anonymous ? undefined : index.candidates(e).find((x) => same(x, e));
			if (match) {
				local[k].set(e.id, match.id);
				index.absorb(match, e);
				continue;
			}
			const id = have ? `${e.id}@${k + 1}` : e.id;
			const se: StoryEntity = {
				id,
				kind: e.kind,
				names: [...e.names],
				role: e.role,
				affiliation: e.affiliation,
				anonymous: e.anonymous
			};
			index.add(se, entities.get(id));
			entities.set(id, se);
			local[k].set(e.id, id);
			if (e.kind === 'person') people.push(se);
		}
	});
	// a role with no name («وزیر امور خارجه روسیه») is the one named person of the story who holds it.
	// Who may hold a role is found by the role, in the order a scan of all entities meets them
	// (scanning them all for every role-holder was quadratic): below, only role-holders leave the
	// story and no role or affiliation changes, so the lists made here stay true
	const named = groupBy(
		[...entities.values()].filter((p) => !isRoleId(p)),
		(p) => p.role
	);
	const known = groupBy(knownHolders(g, perDoc), (e) => e.role);
	for (const r of [...entities.values()]) {
		if (r.kind !== 'person' || r.anonymous || !r.role || !r.affiliation) continue;
		if (!isRoleId(r)) continue;
		const holders = [
			...(named.get(r.role) ?? []).filter((p) => p !== r && sameSide(g, p.affiliation, r.affiliation)),
			...(known.get(r.role) ?? []).filter((e) => sameSide(g, e.affiliation, r.affiliation))
		];
		const ids = [...new Set(holders.map((h) => h.id))];
		if (ids.length === 1) {
			rename.set(r.id, ids[0]);
			entities.delete(r.id);
			const h = entities.get(ids[0]);
			if (h) for (const n of r.names) if (!h.names.includes(n)) h.names.push(n);
		}
	}
	return {
		idOf: (id: string, doc?: number) => find((doc === undefined ? undefined : local[doc].get(id)) ?? id),
		entities
	};
}

/** A role-holder's id is made of its role («Russian foreign minister»), not a name. */
export function isRoleId(e: { id: string; role?: string | null }): boolean {
	return !!e.role && e.id.toLowerCase().endsWith(e.role.toLowerCase());
}

/** Items grouped by a key (items without one are left out), each group in the items' order. */
function groupBy<T>(items: T[], key: (x: T) => string | null): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const x of items) {
		const k = key(x);
		if (!k) continue;
		const list = out.get(k);
		if (list) list.push(x);
		else out.set(k, [x]);
	}
	return out;
}

/** Gazetteer people read with a role somewhere in the story, in document order. */
function knownHolders(g: Gazetteer, perDoc: DocEntity[][]): StoryEntity[] {
	const out: StoryEntity[] = [];
	for (const list of perDoc)
		for (const e of list)
			if ((e.known || g.get(e.id)) && e.role)
				out.push({
					id: e.id,
					kind: e.kind,
					names: e.names,
					role: e.role,
					affiliation: e.affiliation,
					anonymous: false
				});
	return out;
}

/** A person of a later document read by the same name, but with a post or a body that tells them apart. */
function apart(x: StoryEntity, e: DocEntity): boolean {
	if (x.kind !== 'person' || e.kind !== 'person' || x.anonymous || e.anonymous) return false;
	if (fullNamesAgree(x.names, e.names)) return false;
	return !!(
		(x.role && e.role && x.role !== e.role) ||
		(x.affiliation && e.affiliation && x.affiliation !== e.affiliation)
	);
}

function sameSide(g: Gazetteer, a: string | null, b: string | null): boolean {
	if (!a || !b) return false;
	return a === b || g.related(a, b);
}

function absorb(into: StoryEntity, e: DocEntity): void {
	for (const n of e.names) if (!into.names.includes(n)) into.names.push(n);
	into.role ??= e.role;
	into.affiliation ??= e.affiliation;
}

/** Two entities of different documents are one actor. */
function same(x: StoryEntity, e: DocEntity): boolean {
	if (x.kind !== e.kind || x.anonymous || e.anonymous) return false;
	if (x.id === e.id) return !apart(x, e);
	const xs = [...x.names, x.id].map(nameKey);
	// (an office's id is a name too: "Russian foreign ministry" for "Russia's foreign ministry")
	const es = [...e.names, ...(e.kind === 'person' ? [] : [e.id])].map(nameKey);
	if (xs.some((n) => n && es.includes(n))) return true;
	if (x.kind === 'person') {
		if (isRoleId(e) || isRoleId(x)) return false;
		const xl = x.names.map((n) => words(n).at(-1) ?? '');
		const el = e.names.map((n) => words(n).at(-1) ?? '');
		const surname =
			xl.some((w) => w.length >= 3 && el.includes(w)) ||
			// a name of parts written apart in one spelling and together in another («سعيد خطيب زادة» /
			// «سعید خطیب‌زاده»)
			x.names.some((a) => e.names.some((b) => joinedKey(a) !== null && joinedKey(a) === joinedKey(b))) ||
			// another script or spelling: the surnames' skeletons
			x.names.some((a) =>
				e.names.some((b) => crossScript(a, b) && sameSkeleton(words(a).at(-1) ?? '', words(b).at(-1) ?? ''))
			) ||
			// a surname of two letters' skeleton («سيمور هيرش» / Seymour Hersh), with first names of
			// three letters or more that agree
			x.names.some((a) => e.names.some((b) => crossScript(a, b) && shortNamesAgree(words(a), words(b)))) ||
			// the whole names' skeletons, when the surname's alone is too short to tell (Persian writes
			// v as و, which drops out: «کارولین لیویت» / Karoline Leavitt)
			x.names.some((a) => e.names.some((b) => crossScript(a, b) && fullSkeletonsAgree(a, b)));
		if (!surname) return false;
		// the same first name and surname are one person, whatever each article calls their post
		// (an adviser in one, a spokesman in another); the same surname alone, only with nothing
		// telling them apart
		if (fullNamesAgree(x.names, e.names)) return true;
		const conflict =
			(x.role && e.role && x.role !== e.role) ||
			(x.affiliation && e.affiliation && x.affiliation !== e.affiliation);
		return !conflict && firstNamesAgree(x.names, e.names);
	}
	// outlets and bodies: one name inside the other («تسنيم الدولية» / «تسنيم»), or another script
	return x.names.some((a) =>
		e.names.some((b) => {
			const ka = nameKey(a);
			const kb = nameKey(b);
			if (!ka || !kb) return false;
			if (
				(` ${ka} `.includes(` ${kb} `) || ` ${kb} `.includes(` ${ka} `)) &&
				Math.min(ka.length, kb.length) >= 4
			)
				return true;
			return crossScript(a, b) && sameSkeleton(a, b);
		})
	);
}

/**
 * A person's name of two words or more with its words written together, when it is long enough to
 * tell one person (eight letters or more): the same key for «سعيد خطيب زادة» and «سعید خطیب‌زاده»,
 * «عبد الغني نوري» and «عبدالغنی نوری».
 */
function joinedKey(name: string): string | null {
	const ws = words(name);
	if (ws.length < 2) return null;
	const joined = ws.join('');
	return joined.length >= 8 ? joined : null;
}

/**
 * Two names of as many words (two or more) whose whole skeletons (six letters or more) are one
 * name: one letter apart across scripts, equal in one script (Karoline Leavitt / Caroline Levin
 * are two people).
 */
function fullSkeletonsAgree(a: string, b: string): boolean {
	const wa = words(a);
	const wb = words(b);
	if (wa.length < 2 || wb.length < 2 || wa.length !== wb.length) return false;
	if (skeleton(a).length < 6 || skeleton(b).length < 6) return false;
	return script(a) === script(b) ? skeleton(a) === skeleton(b) : sameSkeleton(a, b);
}

/** A name in Persian letters: one Arabic lacks or writes otherwise (پ چ ژ گ ک ی). */
const persian = (n: string) => /[پچژگکی]/.test(n);

/** Latin, Persian or Arabic letters. */
const script = (n: string) => (latin(n) ? 'latin' : persian(n) ? 'fa' : 'ar');

/**
 * The story entities `same` may accept for a document entity, found by look-up: a story is
 * thousands of entities and comparing each document entity with every one of them was quadratic
 * in the number of documents. Every entity is filed under keys such that `same` accepts an
 * entity only if the two share one (a superset: `same` still decides, in the order the entities
 * were made, so the first match is the one the scan over all of them found):
 * - its id, and each name folded (`nameKey`);
 * - a person: the last word of each name (the surname), and its skeleton keys (`skeletonKeys`:
 *   the same surname in another script), and the whole name's skeleton keys (`fullSkeletonsAgree`);
 * - any other kind: each run of words of each name, looked up with the whole of the other's name
 *   (one name inside the other, «تسنيم» / «تسنيم الدولية»), and each name's skeleton keys.
 * Anonymous entities are filed nowhere: `same` never accepts them.
 */
class SameIndex {
	private byKey = new Map<string, StoryEntity[]>();
	/** Each entity's place in the story's map of entities (the order a scan of it meets them). */
	private order = new Map<StoryEntity, number>();
	private next = 0;

	/** A new story entity; `replaced`: the one of the same id it takes the place of in the map. */
	add(x: StoryEntity, replaced?: StoryEntity): void {
		const at = replaced && this.order.get(replaced);
		if (replaced) this.order.delete(replaced);
		this.order.set(x, at ?? this.next++);
		if (x.anonymous) return;
		this.file(x, `i ${x.id}`);
		this.fileNames(x, x.names);
	}

	/** `absorb`, and the names x gains filed under x. */
	absorb(x: StoryEntity, e: DocEntity): void {
		const had = x.names.length;
		absorb(x, e);
		if (!x.anonymous && this.order.has(x) && x.names.length > had) this.fileNames(x, x.names.slice(had));
	}

	/** The entities filed under some key of e, in the order they were made. */
	candidates(e: DocEntity): StoryEntity[] {
		const found = new Set<StoryEntity>();
		const look = (key: string) => {
			for (const x of this.byKey.get(`${e.kind} ${key}`) ?? []) found.add(x);
		};
		look(`i ${e.id}`);
		for (const n of e.kind === 'person' ? e.names : [...e.names, e.id])
			for (const key of keysOf(e.kind, n, true)) look(key);
		// (an entity whose id a later one took is no longer in the story's map)
		return [...found]
			.filter((x) => this.order.has(x))
			.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
	}

	private fileNames(x: StoryEntity, names: string[]): void {
		for (const n of names) for (const key of keysOf(x.kind, n, false)) this.file(x, key);
	}

	private file(x: StoryEntity, key: string): void {
		const k = `${x.kind} ${key}`;
		let list = this.byKey.get(k);
		if (!list) this.byKey.set(k, (list = []));
		// the keys of one entity's names repeat (a surname, a run of words): filed once in a row
		// (a name gained later may file it again; `candidates` counts it once)
		if (list[list.length - 1] !== x) list.push(x);
	}
}

/**
 * The keys of one name of an entity of `kind` (see SameIndex): `asked` for the name of the
 * document entity looked up, else for a name filed. They differ only for the runs of words of a
 * body's name: the story's names are filed under each of their runs (`r …`) and under the whole
 * (`n …`), and a document's name is looked up by its whole among the runs and by each of its runs
 * among the wholes, so that one name inside the other finds it both ways.
 */
function keysOf(kind: ActorKind, name: string, asked: boolean): string[] {
	const key = nameKey(name);
	if (!key) return [];
	const out = [`n ${key}`];
	const ws = key.split(' ');
	if (kind === 'person') {
		const last = words(name).at(-1) ?? '';
		if (last.length >= 3) out.push(`l ${last}`);
		for (const s of skeletonKeys(last)) out.push(`s ${s}`);
		const short = shortSkeletonKey(last);
		if (short) out.push(`t ${short}`);
		// the whole name's skeleton (`fullSkeletonsAgree`)
		if (words(name).length >= 2) for (const s of skeletonKeys(name)) out.push(`f ${s}`);
		// its words written together (`joinedNamesAgree`)
		const joined = joinedKey(name);
		if (joined) out.push(`j ${joined}`);
		return out;
	}
	if (asked) out.push(`r ${key}`);
	for (let i = 0; i < ws.length; i++)
		for (let j = i + 1; j <= ws.length; j++) {
			const run = ws.slice(i, j).join(' ');
			out.push(asked ? `n ${run}` : `r ${run}`);
		}
	for (const s of skeletonKeys(name)) out.push(`w ${s}`);
	return out;
}

/** Two spellings in different scripts, or in Arabic and Persian spellings that fold apart. */
function crossScript(a: string, b: string): boolean {
	return latin(a) !== latin(b) || nameKey(a) !== nameKey(b);
}

/** Two full names whose surnames have two skeleton letters each, alike, and whose first names agree. */
function shortNamesAgree(a: readonly string[], b: readonly string[]): boolean {
	if (a.length < 2 || b.length < 2) return false;
	return sameShortSkeleton(a[a.length - 1], b[b.length - 1]) && sameSkeleton(a[0], b[0]);
}

/**
 * The first word of every name of two words or more, and, of three words or more, the words
 * before the surname written as one («نورولی محسود» / Noor Wali Mehsud).
 */
const firstNames = (ns: string[]): string[] => ns.flatMap((n) => parts(n).firsts);

/** Both give a first name and the first names agree (Mikhaylo / Mykhailo / ميخائيل). */
function fullNamesAgree(a: string[], b: string[]): boolean {
	const fa = firstNames(a);
	const fb = firstNames(b);
	// a short first name has a short skeleton (Ahmed / احمد → md): equal is enough beside the surname
	const alike = (x: string, y: string) =>
		sameSkeleton(x, y) || (skeleton(x).length >= 2 && skeleton(x) === skeleton(y));
	return fa.some((x) => fb.includes(x)) || fa.some((x) => fb.some((y) => alike(x, y)));
}

/** Two full names with the same surname agree on the first name when both give one. */
function firstNamesAgree(a: string[], b: string[]): boolean {
	if (!firstNames(a).length || !firstNames(b).length) return true;
	return fullNamesAgree(a, b);
}

/** Story actor records for entities (names by script, every spelling as an alias). */
export function entityActor(e: StoryEntity, idOf: (id: string) => string): Actor {
	const en = e.names.find(latin);
	const ar = e.names.find((n) => /[\u0600-\u06ff]/.test(n) && !persian(n));
	const fa = e.names.find(persian) ?? e.names.find((n) => /[\u0600-\u06ff]/.test(n));
	return {
		id: e.id,
		kind: e.kind,
		names: { en: en ?? e.id, ...(ar ? { ar } : {}), ...(fa ? { fa } : {}) },
		aliases: e.names.filter((n) => n !== e.id),
		parent: e.affiliation ? idOf(e.affiliation) : null,
		...(e.role ? { role: e.role } : {})
	};
}
