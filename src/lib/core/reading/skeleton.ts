/**
 * The consonant skeleton of a name, the same for one name written in Arabic, Persian and Latin
 * letters (ماكرون / ماکرون / Macron → mkrn). The letter classes are lexicon data
 * (lexicon/reading/translit.ts); vowels and the letters that write them have none and drop out.
 */
import { parseLexicon } from '../lexicon/lines';
import TRANSLIT from '../lexicon/reading/translit';
import { fold } from '../text';
import { READING_FOLD } from './lexicon';

const TABLE = (() => {
	const single = new Map<string, string>();
	const multi: [string, string][] = [];
	/** Pairs of classes one name may be written with ("C S": چ written ش). */
	const alike = new Set<string>();
	for (const l of parseLexicon(TRANSLIT)) {
		if (l.kind === 'written')
			for (const s of l.spellings) {
				alike.add(`${l.args[0]} ${s.s}`);
				alike.add(`${s.s} ${l.args[0]}`);
			}
		if (l.kind !== 'skeleton') continue;
		for (const s of l.spellings) {
			const f = fold(s.s, READING_FOLD);
			if (f.length === 1) single.set(f, l.args[0]);
			else multi.push([f, l.args[0]]);
		}
	}
	multi.sort((a, b) => b[0].length - a[0].length);
	return { single, multi, alike };
})();

/**
 * The skeleton of one word or name (words joined without spaces; doubled classes kept once).
 * @example skeleton('Lavrov') === skeleton('لافروف') // 'lfrf'
 */
export function skeleton(name: string): string {
	let out = skeletons.get(name);
	if (out === undefined) {
		out = skeletonOf(name);
		// names repeat across a story's mentions; the cache is bounded for long sessions
		if (skeletons.size >= 50_000) skeletons.clear();
		skeletons.set(name, out);
	}
	return out;
}

const skeletons = new Map<string, string>();

function skeletonOf(name: string): string {
	const s = fold(name, READING_FOLD).replace(/[^\p{L}]+/gu, '');
	let out = '';
	for (let i = 0; i < s.length;) {
		let cls: string | undefined;
		let len = 1;
		for (const [f, c] of TABLE.multi)
			if (s.startsWith(f, i)) {
				cls = c;
				len = f.length;
				break;
			}
		cls ??= TABLE.single.get(s[i]);
		if (cls && !out.endsWith(cls)) out += cls;
		i += len;
	}
	return out;
}

/** Two skeleton letters of one name: the same class, or a sound and the class Arabic writes it with. */
const alike = (x: string, y: string) => x === y || TABLE.alike.has(`${x} ${y}`);

/** Levenshtein distance of two short skeletons (`alike` letters cost nothing), stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (alike(a[i - 1], b[j - 1]) ? 0 : 1));
			best = Math.min(best, cur[j]);
		}
		if (best > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}

/**
 * The one letter standing for each group of skeleton letters that `alike` links, directly or
 * through another (C ~ S, C ~ j, g ~ j, g ~ k: one group), for `skeletonKeys`.
 */
const GROUP = (() => {
	const up = new Map<string, string>();
	const top = (x: string): string => {
		while (up.has(x)) x = up.get(x)!;
		return x;
	};
	for (const pair of TABLE.alike) {
		const [x, y] = pair.split(' ');
		// `distance` compares one letter with one letter: a longer class could never be alike
		if (x.length !== 1 || y.length !== 1) continue;
		const a = top(x);
		const b = top(y);
		if (a !== b) up.set(a < b ? b : a, a < b ? a : b);
	}
	return new Map([...up.keys()].map((x) => [x, top(x)]));
})();

/**
 * Keys of a name such that two names `sameSkeleton` accepts always share one: its skeleton with
 * alike letters made one (`GROUP`), whole and with each letter left out in turn. Two skeletons at
 * most one edit apart (alike letters costing nothing) are at most one plain edit apart once alike
 * letters are one, and then both give the same string with one letter left out (or the shorter
 * whole). None for a skeleton `sameSkeleton` never accepts (fewer than three letters). Lets a
 * caller find the few names that may match a name by look-up instead of comparing with every one;
 * a shared key is no match, `sameSkeleton` decides.
 * @example skeletonKeys('Macron').some((k) => skeletonKeys('ماكرون').includes(k)) === true
 */
export function skeletonKeys(name: string): string[] {
	const x = skeleton(name);
	if (x.length < 3) return [];
	let c = '';
	for (const ch of x) c += GROUP.get(ch) ?? ch;
	const out = [c];
	for (let i = 0; i < c.length; i++) out.push(c.slice(0, i) + c.slice(i + 1));
	return out;
}

/**
 * Whether two names written in different scripts can be one name: their skeletons are equal, or
 * one letter apart when one has four letters or more (Persian writes v as و, which drops out).
 * @example sameSkeleton('Macron', 'ماكرون') === true
 */
export function sameSkeleton(a: string, b: string): boolean {
	const x = skeleton(a);
	const y = skeleton(b);
	if (x.length < 3 || y.length < 3) return false;
	if (x === y) return true;
	return distance(x, y, 1) <= (Math.max(x.length, y.length) >= 4 ? 1 : 0);
}

/**
 * A surname of two skeleton letters («هيرش» / Hersh → rS, «بقائي» / Baghaei → bk / bg), which
 * `sameSkeleton` never accepts alone: its key (alike letters made one) for a look-up, or '' for
 * any other length.
 */
export function shortSkeletonKey(name: string): string {
	const x = skeleton(name);
	if (x.length !== 2) return '';
	let c = '';
	for (const ch of x) c += GROUP.get(ch) ?? ch;
	return c;
}

/**
 * Two surnames of two skeleton letters each that are one name (alike letters only: Baghaei /
 * «بقائي»); the caller must also have the first names agree (`sameSkeleton`), since two letters
 * alone match too much.
 */
export function sameShortSkeleton(a: string, b: string): boolean {
	const x = skeleton(a);
	const y = skeleton(b);
	return x.length === 2 && y.length === 2 && distance(x, y, 0) === 0;
}
