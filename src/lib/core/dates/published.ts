/**
 * The publication date of a document, and how it was found: a label ("تاریخ انتشار", "نُشر في",
 * "Published"), the article's address (/1398/01/31/, /2015/12/26/, "february-9,-2022"), or a date
 * standing alone at the head of the page. A date labelled "updated" is never taken, and a header
 * date next to site furniture (logo, dark-mode switch, menu) is the site's clock on the day the page
 * was saved, not the article's: then, without other evidence, the answer is null with the reason.
 */
import { fold, normalize } from '../text';
import type { TimeValue } from '../time/time-value';
import { monthValue } from '../time/build';
import publicationWords from '../lexicon/publication';
import { findDates } from './find';
import { mentionValue, type TimeMention } from './mention';
import { normaliseLang, detectLang } from './lang';

/** What was found and how. `value` is null when the date cannot be known; `reason` says why. */
export interface PublicationDate {
	value: TimeValue | null;
	source: 'label' | 'header' | 'url' | 'inferred' | null;
	reason: string;
}

interface Words {
	published: string[];
	updated: string[];
	chrome: string[];
	lead: string[];
	byline: string[];
	time: string[];
	today: string[];
}

let words: Words | null = null;

function getWords(): Words {
	if (words) return words;
	const w: Words = { published: [], updated: [], chrome: [], lead: [], byline: [], time: [], today: [] };
	for (const line of publicationWords.split('\n')) {
		const at = line.indexOf(':');
		if (at < 0) continue;
		const kind = line.slice(0, at).trim() as keyof Words;
		if (!(kind in w)) continue;
		for (const s of line.slice(at + 1).split('|')) {
			const f = fold(s);
			if (f) w[kind].push(f);
		}
	}
	words = w;
	return w;
}

function has(line: string, list: string[]): string | null {
	const f = fold(line);
	for (const w of list) {
		if (w.length <= 4 && /^[a-z]+$/.test(w)) {
			// short Latin words ("home", "menu", "logo") must be whole words
			const re = new RegExp(`(^|[^a-z])${w}([^a-z]|$)`);
			if (re.test(f)) return w;
		} else if (f.includes(w)) return w;
	}
	return null;
}

/** How far into an article a full date told as today is looked for. */
const TOLD_TODAY_CHARS = 4000;

/**
 * A full date the article tells as today («عصر اليوم الأحد 23 حزيران/ يونيو 2024», «امروز یکشنبه
 * ۲۲ بهمن ۱۴۰۲», "today, Sunday, June 23, 2024"): the day it was written. The today word opens the
 * mention, or a mention of today (and its weekday) stands right before the full date; a weekday said
 * with it must be that date's.
 */
function toldToday(text: string, lang: string, w: Words): TimeMention | null {
	const snippet = text.slice(0, TOLD_TODAY_CHARS);
	const ms = findDates(snippet, { lang, ref: null });
	/** A mention opened by a today word (one word: «اليوم», «امروز», "today"). */
	const today = (m: TimeMention) => {
		const f = fold(m.text);
		return w.today.some((t) => f === t || f.startsWith(t + ' ') || f.startsWith(t + ','));
	};
	const full = (m: TimeMention) =>
		!!m.earliest && m.earliest === m.latest && !m.relative && m.precision === 'day' && !m.invalid;
	for (let k = 0; k < ms.length; k++) {
		const m = ms[k];
		if (!today(m)) continue;
		if (full(m)) return m;
		const n = ms[k + 1];
		if (!n || !full(n) || !/^[\s,،:\-–—()]*$/.test(snippet.slice(m.end, n.start))) continue;
		// a weekday said with today is the full date's («امروز سه‌شنبه» and a Sunday's date: no)
		const rest = m.text.replace(/^\S+/, '');
		const weekday = findDates(rest, { lang, ref: n.earliest! })[0];
		if (!weekday || weekday.earliest === n.earliest) return n;
	}
	return null;
}

/** The first absolute, day-precise, valid mention in a snippet. */
function firstDay(text: string, lang: string): TimeMention | null {
	for (const m of findDates(text, { lang, ref: null })) {
		if (m.earliest && m.latest && !m.relative && m.precision === 'day' && !m.invalid) return m;
	}
	return null;
}

function valueOf(m: TimeMention): TimeValue {
	return mentionValue(m)!;
}

/** The line with its times of day left out: "٨:٥٨ صباحاً", "6:12 AM GMT+4:30", "ساعت ۱۴:۳۵". */
function withoutTimes(line: string, w: Words): string {
	const f = fold(line).replace(/\d{1,2}\s*[:.]\s*\d{2}(\s*[:.]\s*\d{2})?/g, ' ');
	return f
		.split(/[\s|•·،,]+/)
		.filter((word) => !w.time.includes(word.replace(/[.+\-\d:]+$/, '')))
		.join(' ');
}

/**
 * Where in `line` (an offset of the line as written) the first of the folded `labels` found in it
 * begins: null without one, -1 when the label was found only across the fold (not placed).
 */
function labelAt(line: string, labels: string[]): number | null {
	const label = has(line, labels);
	if (!label) return null;
	const norm = normalize(line);
	const at = norm.text.indexOf(label);
	return at < 0 ? -1 : norm.map[at];
}

/** The part of a line before its "updated" label (all of it without one), and the part after. */
function splitUpdated(line: string, w: Words): [string, string] {
	const cut = labelAt(line, w.updated);
	if (cut === null) return [line, ''];
	if (cut < 0) return ['', line];
	return [line.slice(0, cut), line.slice(cut)];
}

/**
 * The line up to a byline label that follows a date on it ("2021-11-14 00:00:00 - المصدر: العربية":
 * the source's or the writer's name is no more text on a date line); the whole line without one.
 */
function beforeByline(line: string, w: Words): string {
	const cut = labelAt(line, w.byline);
	if (cut === null || cut < 0) return line;
	return /[\d٠-٩۰-۹]/.test(line.slice(0, cut)) ? line.slice(0, cut) : line;
}

/**
 * A weekday followed by a colon opening the line ("الثلاثاء: 09 ديسمبر 2025", "امروز: …"): a site's
 * clock in its top bar, not an article's date.
 */
function clockLine(line: string, lang: string): boolean {
	const m = /^\s*([^\s:]+)\s*:/.exec(line);
	if (!m) return false;
	const first = findDates(m[1], { lang, ref: null });
	return first.length === 1 && first[0].text === m[1] && first[0].relative;
}

/**
 * An agency dateline opening a line: a place of one to three words, then the day, then the agency or
 * the story («طهران 12 أكتوبر 2024 (شينخوا) رفضت…», «بورتسودان 4 مارس 2024 - …», "KABUL, Dec. 23,
 * 2015 (Reuters) -"). The day, or null.
 */
function datelineDay(line: string, lang: string): TimeMention | null {
	const ms = findDates(line, { lang, ref: null });
	const m = ms[0];
	if (!m || m.start > 40 || !m.earliest || m.relative || m.precision !== 'day' || m.invalid) return null;
	const place = line
		.slice(0, m.start)
		.trim()
		.replace(/[,،\-–—:]+$/, '')
		.trim();
	if (!place || /[\d٠-٩۰-۹]/.test(place) || place.split(/\s+/).length > 3) return null;
	// then the agency or a dash («ــ» is tatweel drawn as one)
	if (!/^\s*[(\-–—/:.ـ]/.test(line.slice(m.end))) return null;
	return m;
}

/**
 * The day a line standing at the head of a page gives, when the line is nothing but dates: one date
 * («سه‌شنبه 7 آبان 1398», «الجمعة ٠٣ / مايو / ٢٠٢٤») or the same day in two calendars («الخميس 14
 * ربيع الأول 1437 هـ - 24 ديسمبر 2015 م»). Of two, the Gregorian (or Solar Hijri) one is taken: a
 * lunar Hijri day may be a day off by the convention of the country. Null when the line holds more
 * than dates and separators (a date inside a sentence is not a header date).
 */
function headerDay(line: string, lang: string, w: Words): TimeMention | null {
	const ms = findDates(line, { lang, ref: null });
	const days = ms.filter((m) => m.earliest && m.latest && !m.relative && m.precision === 'day' && !m.invalid);
	if (!days.length) return null;
	let rest = '';
	let at = 0;
	for (const m of ms) {
		rest += line.slice(at, m.start);
		at = m.end;
	}
	rest = withoutTimes(rest + line.slice(at), w).replace(/[\s\-–—|/•·,،:()*]+/g, '');
	if (rest.length > 12) return null;
	const rank = (m: TimeMention) => (m.calendar === 'islamic-umalqura' ? 1 : 0);
	return days.reduce((a, b) => (rank(b) < rank(a) ? b : a));
}

/** The longest line that may hold one part of a date written over several lines («یکشنبه / ۱۴ اردیبهشت / ۱۳۹۹»). */
const SPLIT_PART = 24;

/**
 * A date written over two to four short lines of the head, one part a line, its year alone on one
 * («یکشنبه», «۱۴ اردیبهشت», «۱۳۹۹», «۹:۰۷:۴۰»): the day the lines make together when they hold
 * nothing but it, or null. (A date whole on one line is `headerDay`'s, and joining it to the lines
 * around it would take a site's clock for a split date.)
 */
function splitDay(head: string[], i: number, lang: string, w: Words): TimeMention | null {
	const parts: string[] = [];
	let year = false;
	for (let k = i; k < head.length && parts.length < 4; k++) {
		const l = head[k].trim();
		if (!l) continue;
		if (l.length > SPLIT_PART) break;
		parts.push(l);
		if (/^[\d٠-٩۰-۹]{4}$/.test(l)) year = true;
		if (parts.length < 2 || !year) continue;
		const m = headerDay(parts.join(' '), lang, w);
		if (m) return m;
	}
	return null;
}

/** How many lines that are not blank a page's head holds (the story reader cuts its text as many). */
const HEAD_LINES = 80;

/** The lines of a page's head: up to its 80th line that is not blank. */
function headLines(text: string): string[] {
	const lines = text.split('\n');
	let filled = 0;
	let n = 0;
	while (n < lines.length && filled < HEAD_LINES) if (lines[n++].trim()) filled++;
	return lines.slice(0, n);
}

/** The site furniture word on one of the two lines either side of head line i («جستجو», "menu"), or null. */
function chromeNear(head: string[], i: number, w: Words): string | null {
	for (const l of [head[i - 2], head[i - 1], head[i + 1], head[i + 2]]) {
		const found = l === undefined ? null : has(l, w.chrome);
		if (found) return found;
	}
	return null;
}

/**
 * The day of the one line in `head` that holds a day and a time of day and nothing else («۱۲:۴۱ -
 * ۲۶ بهمن ۱۳۹۹», «۱۹:۴۲ | ۲۸ / ۰۳ /۱۴۰۴», "3 أغسطس 2024, 2:48:25 م") and stands clear of site
 * furniture; null when there is none, or when lines stamp different days (a list of headlines).
 */
function stampDay(head: string[], lang: string, w: Words): TimeMention | null {
	let found: TimeMention | null = null;
	for (let i = 0; i < head.length; i++) {
		const line = head[i];
		if (!/\d{1,2}\s*:\s*\d{2}/.test(fold(line))) continue;
		// (or one cell of a line of page facts: «کد خبر: 722990 | ۱۴۰۴/۰۴/۱۷ ۱۹:۲۴:۳۸ اعتمادآنلاین |»)
		const m =
			headerDay(line, lang, w) ??
			line
				.split(/\s[|•]\s?/)
				.filter((c) => /\d{1,2}\s*:\s*\d{2}/.test(fold(c)))
				.map((c) => headerDay(c, lang, w))
				.find((x) => x) ??
			stampedDay(line, lang, w);
		if (!m) continue;
		if (chromeNear(head, i, w) || has(line, w.updated)) continue;
		if (found && found.earliest !== m.earliest) return null;
		found ??= m;
	}
	return found;
}

/**
 * A full day told right before its time of day on a line of the head that also holds other things
 * (the site's name, a section, the address: «پایگاه خبری ایران خبر 28 تير 1398 ساعت 10:20 https://…»,
 * «جمعه، 3 شهریور 1402 ساعت 15:45…بين الملل»): a date-time stamp. Null when no day is stamped so
 * within the line's first `STAMP_START` characters and its first `STAMP_WORDS_BEFORE` words (later,
 * it is a sentence's date and time).
 */
function stampedDay(line: string, lang: string, w: Words): TimeMention | null {
	for (const m of findDates(line.slice(0, STAMP_START + 40), { lang, ref: null })) {
		if (m.start > STAMP_START) break;
		// after a site's name at most, not a sentence's words
		if (
			line
				.slice(0, m.start)
				.split(/\s+/)
				.filter((x) => /\p{L}/u.test(x)).length > STAMP_WORDS_BEFORE
		)
			continue;
		if (!m.earliest || m.relative || m.precision !== 'day' || m.invalid || !/[\d٠-٩۰-۹]{4}/.test(m.text))
			continue;
		const after = fold(line.slice(m.end, m.end + 24)).replace(/^[\s,،\-–—|]+/, '');
		const word = /^(\p{L}+)\s*/u.exec(after);
		const rest = word && w.time.includes(word[1]) ? after.slice(word[0].length) : after;
		if (/^\d{1,2}\s*:\s*\d{2}/.test(rest)) return m;
	}
	return null;
}

/** How far into a head line a date-time stamp may begin (after a site's name: «پایگاه خبری ایران خبر »). */
const STAMP_START = 60;

/** How many words a site's name before a date-time stamp may have. */
const STAMP_WORDS_BEFORE = 4;

/** A date in a URL path: numeric (/2015/12/26/, /1398/01/31/, /20151226) or in words (february-9,-2022). */
function fromUrl(url: string): TimeMention | null {
	let path = url;
	try {
		path = decodeURIComponent(new URL(url).pathname);
	} catch {
		try {
			path = decodeURIComponent(url);
		} catch {
			path = url;
		}
	}
	// bounded, anchored on separators: no backtracking blow-up
	const num = /(?:^|[/_-])(1[34]\d\d|19\d\d|20\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path);
	if (num) {
		const m = firstDay(
			`${num[1]}/${num[2].padStart(2, '0')}/${num[3].padStart(2, '0')}`,
			Number(num[1]) < 1500 ? 'fa' : 'en'
		);
		if (m) return m;
	}
	// "/20151226", and an id that opens with its day ("/202510148570": 14 October 2025, then a number)
	const compact = /(?:^|[/_-])(19\d\d|20\d\d)(\d\d)(\d\d)(?:\d{0,6})(?=$|[/_.?#-])/.exec(path);
	if (compact) {
		const m = firstDay(`${compact[1]}/${compact[2]}/${compact[3]}`, 'en');
		if (m) return m;
	}
	// a year and month with no day ("/2023/02/news/…", "/2024/10/un-special-rapporteur…"): the
	// month, a publication date known to the month (the reader then leaves a "yesterday" unresolved)
	const ym = /(?:^|[/_-])(1[34]\d\d|19\d\d|20\d\d)[/_-](\d{1,2})[/_-](?!\d)/.exec(path);
	if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) {
		const y = Number(ym[1]);
		const cal = y < 1500 ? 'persian' : 'gregorian';
		const v = monthValue(cal, y, Number(ym[2]), { text: `${ym[1]}/${ym[2]}` });
		return { start: 0, end: 0, ...v, relative: false };
	}
	// words: capitalise so that English month names are recognised
	const words = path
		.replace(/[-_/+]+/g, ' ')
		.replace(/([\u0600-\u06ff])([a-z])/gi, '$1 $2')
		.replace(/\b([a-z])/g, (c) => c.toUpperCase());
	return firstDay(words, 'en');
}

/**
 * The publication date of a document.
 * @param text the document's text (first lines matter most)
 * @param opts.lang 'ar' | 'fa' | 'en' (detected when absent); opts.url the article's address
 * @returns value (a TimeValue at day precision, or null), source and a reason a person can read.
 * @example findPublicationDate('تاریخ انتشار: ۱۷:۴۶ - ۰۵-۱۰-۱۳۹۴', {}).value?.earliest === '2015-12-26'
 */
export function findPublicationDate(
	text: string,
	opts: { lang?: string; url?: string | null } = {}
): PublicationDate {
	const lang = normaliseLang(opts.lang) ?? detectLang(text);
	const w = getWords();
	const head = headLines(text);
	// 1. a labelled publication date (the date on the label's line or the next one)
	for (let i = 0; i < head.length; i++) {
		const line = head[i];
		const label = has(line, w.published);
		if (!label) continue;
		// positions found on the normalised line, mapped back to the original through its offset map
		const norm = normalize(line);
		const at = norm.text.indexOf(label);
		const upd = has(line, w.updated);
		const updAt = upd ? norm.text.indexOf(upd) : -1;
		if (at < 0) continue;
		// "Published 24 Dec 2015, updated 26 Dec 2015": only what lies between the two labels
		const from = norm.map[Math.min(norm.text.length, at + label.length)];
		const to = upd && updAt > at ? norm.map[updAt] : line.length;
		const after = line.slice(from, Math.max(from, to));
		const m = firstDay(after, lang) ?? (!upd && i + 1 < head.length ? firstDay(head[i + 1], lang) : null);
		if (m) return { value: valueOf(m), source: 'label', reason: `labelled "${line.trim().slice(0, 80)}"` };
	}
	// 1b. a label that opens a line ("date 2023-04-11 Dmitry Peskov said…") or a cell of a line of
	// page facts («کد خبر: 37839 | صفحه ۱۱ | تاریخ: 27 آبان 1403»)
	for (const line of head.slice(0, 8).flatMap((l) => l.split(/\s[|•]\s/))) {
		const f = fold(line).trimStart();
		const lead = w.lead.find((l) => f.startsWith(l + ' ') || f.startsWith(l + ':'));
		if (!lead) continue;
		const m = firstDay(line, lang);
		if (m && m.start <= line.length - line.trimStart().length + lead.length + 3)
			return { value: valueOf(m), source: 'label', reason: `labelled "${line.trim().slice(0, 80)}"` };
	}
	// 2. the article's address (a month only waits for a date line at the head, step 3)
	const fromAddress = opts.url ? fromUrl(opts.url) : null;
	const byAddress = (m: TimeMention): PublicationDate => ({
		value: { ...valueOf(m), text: opts.url! },
		source: 'url',
		reason: `read from the address (${m.text})${m.precision === 'month' ? ', to the month' : ''}`
	});
	if (fromAddress && fromAddress.precision === 'day') return byAddress(fromAddress);
	// 3. a date standing alone at the head of the page
	// (a date after an "updated" label is an update date; "17 يناير 2026 | آخر تحديث: 14:10" keeps the
	// date before the label)
	const updated = new Set<string>();
	for (const line of head) {
		const m = firstDay(splitUpdated(line, w)[1], lang);
		if (m) updated.add(m.earliest!);
	}
	let seen = 0;
	let clock: TimeMention | null = null;
	let siteClock: PublicationDate | null = null;
	for (let i = 0; i < head.length && seen < 8; i++) {
		const whole = head[i];
		if (!whole.trim()) continue;
		seen++;
		const line = beforeByline(splitUpdated(whole, w)[0], w);
		if (!line.trim()) continue;
		const m = headerDay(line, lang, w) ?? datelineDay(line, lang) ?? splitDay(head, i, lang, w);
		if (!m) continue;
		if (clockLine(line, lang)) {
			// "الثلاثاء: 09 ديسمبر 2025": the site's clock; the article's date may follow
			clock ??= m;
			continue;
		}
		if (updated.has(m.earliest!))
			return {
				value: null,
				source: null,
				reason: `the date at the head (${m.text.trim()}) is the page's update date, not its publication date`
			};
		const chrome = chromeNear(head, i, w);
		if (chrome) {
			// the site's clock; the article's own date line may follow it («- ℃ 11 تركيا / - 22 ديسمبر
			// 2024 / title / - 3 أغسطس 2024, 2:48:25 م»)
			siteClock ??= {
				value: null,
				source: null,
				reason: `the date at the head (${m.text.trim()}) sits in the site header next to "${chrome}": it is the site's clock on the day the page was saved, not the article's date`
			};
			continue;
		}
		return {
			value: valueOf(m),
			source: 'header',
			reason: `the date standing alone at the head of the article (${m.text.trim()})`
		};
	}
	if (fromAddress) return byAddress(fromAddress);
	// 4. below a long site menu: the one line of the head that stamps a day with its time of day
	// («۱۲:۴۱ - ۲۶ بهمن ۱۳۹۹» right above the headline), when no other day is stamped so
	const stamp = stampDay(head, lang, w);
	if (stamp)
		return {
			value: valueOf(stamp),
			source: 'header',
			reason: `the one date stamped with a time of day at the head of the article (${stamp.text.trim()})`
		};
	// 5. a full date the article tells as today
	const told = toldToday(text, lang, w);
	if (told)
		return {
			value: valueOf(told),
			source: 'inferred',
			reason: `the article tells its day as today (${told.text.trim()})`
		};
	if (siteClock) return siteClock;
	if (clock)
		return {
			value: null,
			source: null,
			reason: `the date at the head (${clock.text.trim()}) is the site's clock ("weekday: date"), not the article's date`
		};
	return {
		value: null,
		source: null,
		reason: 'no publication label, no date in the address and no date at the head of the article'
	};
}
