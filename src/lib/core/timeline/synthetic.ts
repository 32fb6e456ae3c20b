/**
 * Deterministic synthetic items for benchmarks and demos: the same seed gives the same items
 * everywhere (bench, dev page, tests), so figures are comparable across runs and engines.
 */
import type { EventStatus } from '../story/model';
import type { TimeValue } from '../time/time-value';
import { dayToIso, isoToDay } from './axis-calendar';
import type { ItemKind, TimelineItem, TimelineLink } from './item';

/** A small deterministic PRNG (mulberry32): numbers in [0, 1), the same for the same seed. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ACTORS = [
	'Taliban',
	'Russia',
	'Pakistan',
	'Islamic State',
	'United States',
	'Afghanistan',
	'Iran',
	'China',
	'Qatar',
	'NATO',
	'India',
	'Maria Zakharova'
];
const OUTLETS = [
	'ISNA',
	'Al Jazeera',
	'BBC Persian',
	'CNN',
	'Tolo News',
	'Reuters',
	'Sunday Times',
	'Mehr News'
];
const KINDS: ItemKind[] = [
	'event',
	'event',
	'claim',
	'report',
	'report',
	'denial',
	'confirmation',
	'document'
];
const STATUSES: EventStatus[] = ['reported', 'confirmed', 'denied', 'disputed'];
const LANGS = ['en', 'fa', 'ar'];

/**
 * `n` items spread over 2010-01-01…2020-12-31 (denser in clusters, like a news story), ~1 % undated,
 * ~10 % month-precision spans, ~5 % approximate; plus ~n/10 links (denials → events, reports → events).
 * @example syntheticItems(10_000, 42).items.length // 10000
 */
export function syntheticItems(n: number, seed = 42): { items: TimelineItem[]; links: TimelineLink[] } {
	const rnd = mulberry32(seed);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const d0 = isoToDay('2010-01-01');
	const span = isoToDay('2020-12-31') - d0;
	const clusters = Array.from({ length: 40 }, () => d0 + rnd() * span);
	const items: TimelineItem[] = [];
	const events: string[] = [];
	const links: TimelineLink[] = [];
	for (let i = 0; i < n; i++) {
		const kind = pick(KINDS);
		const id = `s${i}`;
		const clustered = rnd() < 0.6;
		const day = Math.floor(clustered ? pick(clusters) + (rnd() - 0.5) * 60 : d0 + rnd() * span);
		const r = rnd();
		let when: TimeValue | null = null;
		if (r >= 0.01) {
			const month = r < 0.11;
			const start = month ? day - (new Date(day * 86_400_000).getUTCDate() - 1) : day;
			const end = month ? start + 29 : day;
			when = {
				earliest: dayToIso(start),
				latest: dayToIso(end),
				precision: month ? 'month' : 'day',
				calendar: pick(['gregorian', 'persian', 'islamic-umalqura'] as const),
				edtf: month ? dayToIso(start).slice(0, 7) : dayToIso(start),
				text: '',
				approximate: r > 0.95
			};
		}
		const actor = pick(ACTORS);
		const outlet = pick(OUTLETS);
		const status: EventStatus | null = kind === 'document' ? null : pick(STATUSES);
		items.push({
			id,
			kind,
			label: `${actor} ${kind} ${i}`,
			text: `${actor} — synthetic ${kind} number ${i}, reported by ${outlet}.`,
			when,
			status,
			actors: [actor],
			outlets: [outlet],
			chain: [outlet],
			docs: [`doc${i % 500}`],
			lang: pick(LANGS),
			evidence: [{ doc: `doc${i % 500}`, start: 0, end: 10 }]
		});
		if (kind === 'event') events.push(id);
		else if ((kind === 'denial' || kind === 'report') && events.length && rnd() < 0.5) {
			links.push({
				type: kind === 'denial' ? 'denies' : 'reports-on',
				from: id,
				to: events[Math.floor(rnd() * events.length)]
			});
		}
	}
	return { items, links };
}
