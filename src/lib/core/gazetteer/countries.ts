/**
 * Every state as a gazetteer entry: names in English, Arabic and Persian from the
 * i18n-iso-countries package (a well-kept ISO 3166 name list), with the aliases, English
 * nationality adjectives and exceptions of lexicon/reading/nationalities.ts. Arabic and Persian
 * nationality adjectives are made by rule from the names (فرنسا → فرنسي، الفرنسية، الفرنسيين…;
 * ایران → ایرانی، ایرانی‌ها) where the name is one word; the data lists what the rule cannot make.
 */
import en from 'i18n-iso-countries/langs/en.json';
import ar from 'i18n-iso-countries/langs/ar.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import { fold } from '../text';
import { parseLexicon } from '../lexicon/lines';
import NATIONALITIES from '../lexicon/reading/nationalities';
import { READING_FOLD } from '../reading/lexicon';
import type { GazetteerEntry } from './index';

type Names = Record<string, string | string[]>;

const list = (v: string | string[] | undefined): string[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];

/**
 * The masculine Arabic nisba of a one-word country name, or null (فرنسا → فرنسي, روسيا → روسي,
 * العراق → عراقي, السعودية → سعودي).
 * @example arabicNisba('ألمانيا') === 'ألماني'
 */
export function arabicNisba(name: string): string | null {
	let w = name.trim();
	if (/\s/.test(w)) return null;
	if (w.startsWith('ال')) w = w.slice(2);
	if (w.endsWith('ة')) w = w.slice(0, -1);
	else if (w.endsWith('ا')) w = w.slice(0, -1);
	if (w.length < 3) return null;
	return w.endsWith('ي') ? w : w + 'ي';
}

/** Every form of a masculine Arabic nisba: feminine, with the article, plurals. */
export function arabicForms(m: string): string[] {
	const f = m + 'ة';
	return [m, f, 'ال' + m, 'ال' + f, m + 'ون', m + 'ين', 'ال' + m + 'ون', 'ال' + m + 'ين'];
}

/**
 * The Persian nationality adjective of a one-word country name, or null (ایران → ایرانی,
 * آمریکا → آمریکایی, روسیه → روسی). A name ending in another ه has no rule (فرانسه → فرانسوی is data).
 * @example persianNisba('ژاپن') === 'ژاپنی'
 */
export function persianNisba(name: string): string | null {
	const w = name.trim();
	if (/[\s\u200c]/.test(w) || w.length < 3) return null;
	if (w.endsWith('یه')) return w.slice(0, -1);
	if (w.endsWith('ه')) return null;
	if (w.endsWith('ا') || w.endsWith('و')) return w + 'یی';
	return w + 'ی';
}

/** A Persian adjective and its plurals as nouns (ایرانی‌ها، ایرانیان). */
function persianForms(m: string): string[] {
	return [m, m + '\u200cها', m + 'ان'];
}

let built: GazetteerEntry[] | null = null;

/**
 * The states, sorted by id. Ids are short English names ("Iran", "United States", "Syria").
 * @example countries().find((c) => c.id === 'France')?.adjectives.includes('الفرنسية') === true
 */
export function countries(): GazetteerEntry[] {
	if (built) return built;
	const lines = parseLexicon(NATIONALITIES);
	const by = (kind: string) => {
		const m = new Map<string, string[]>();
		for (const l of lines)
			if (l.kind === kind) m.set(l.args[0], [...(m.get(l.args[0]) ?? []), ...l.spellings.map((s) => s.s)]);
		return m;
	};
	const idOf = by('name');
	const aliases = by('alias');
	const demonyms = by('demonym');
	// spellings marked `!` match only as written; so do the package's all-caps abbreviations
	// (US, UK, UAE, U.S.), whose letters may be an everyday word ("let us")
	const exactSpellings = new Set(
		lines.filter((l) => l.kind === 'alias').flatMap((l) => l.spellings.filter((s) => s.exact).map((s) => s.s))
	);
	const isExact = (s: string) => exactSpellings.has(s) || /^(?:[A-Z]\.?){2,}$/.test(s);
	const skips = by('skip');
	const enNames = (en as { countries: Names }).countries;
	const arNames = (ar as { countries: Names }).countries;
	const faNames = (fa as { countries: Names }).countries;
	const out: GazetteerEntry[] = [];
	for (const code of Object.keys(enNames).sort()) {
		const skip = new Set((skips.get(code) ?? []).map((s) => fold(s, READING_FOLD)));
		const keep = (s: string) => isExact(s) || !skip.has(fold(s, READING_FOLD));
		const english = list(enNames[code]);
		const clean = english.filter((n) => !/[,(]/.test(n) && !/^[A-Z.]+$/.test(n));
		const id = idOf.get(code)?.[0] ?? [...clean].sort((a, b) => a.length - b.length)[0] ?? english[0];
		const arabic = list(arNames[code]);
		const persian = list(faNames[code]);
		const adjectives = new Set<string>();
		for (const d of demonyms.get(code) ?? []) {
			adjectives.add(d);
			if (/^[\u0600-\u06ff]+ي$/.test(d) && !/[پچژگکی]/.test(d))
				for (const f of arabicForms(d)) adjectives.add(f);
			else if (/^[\u0600-\u06ff]+ی$/.test(d)) for (const f of persianForms(d)) adjectives.add(f);
		}
		// a name the data skips (مالي "financial") gives no adjectives either
		for (const n of arabic) {
			const m = /[پچژگکی]/.test(n) || !keep(n) ? null : arabicNisba(n);
			if (m && keep(m)) for (const f of arabicForms(m)) adjectives.add(f);
		}
		for (const n of persian) {
			const m = keep(n) ? persianNisba(n) : null;
			if (m && keep(m)) for (const f of persianForms(m)) adjectives.add(f);
		}
		const allAliases = [
			...new Set([...english, ...arabic.slice(1), ...persian.slice(1), ...(aliases.get(code) ?? [])])
		].filter((a) => a !== id && keep(a));
		const exact = allAliases.filter(isExact);
		out.push({
			id,
			kind: 'state',
			parent: null,
			names: { en: id, ...(arabic[0] ? { ar: arabic[0] } : {}), ...(persian[0] ? { fa: persian[0] } : {}) },
			aliases: allAliases,
			adjectives: [...adjectives].filter(keep),
			notFollowedBy: [],
			...(exact.length ? { exact } : {})
		});
		// a name the data skips is never read as the state, not even as its main name
		const last = out[out.length - 1];
		if (last.names.ar && !keep(last.names.ar)) delete last.names.ar;
		if (last.names.fa && !keep(last.names.fa)) delete last.names.fa;
		if (!keep(last.names.en)) last.names = { ...last.names, en: '-' };
	}
	built = out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return built;
}
