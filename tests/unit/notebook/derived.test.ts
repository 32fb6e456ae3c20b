import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	applyCorrections,
	seedNotebook,
	sourceInput,
	type Correction,
	type SourceCell
} from '../../../src/lib/core/notebook';
import { deriveStory, gazetteer, readDocuments, type Story } from '../../../src/lib/core/story';

/**
 * Status and links are derived from the items; a correction changes the items, so what is derived
 * from them must follow (a dismissed denial no longer denies, a denial made a claim reports).
 */

type Doc = [lang: string, published: string, text: string];

const AR_REPORT =
	'قالت وكالة رويترز إن الرئيس الروسي فلاديمير بوتين التقى زعيم طالبان الملا أختر منصور في طاجيكستان.';
const EN_REPORT =
	'Reuters reported that Vladimir Putin met Taliban leader Mullah Akhtar Mansour in Tajikistan.';
const FA_REPORT =
	'روزنامه ساندی تایمز گزارش داد که ولادیمیر پوتین با ملا اختر منصور در تاجیکستان دیدار کرده است.';

const read = (docs: Doc[]): Story =>
	readDocuments(
		docs.map(([lang, published, text], i) => ({ path: `c-${i}`, text, meta: { lang, published } }))
	);

const textsOf = (docs: Doc[]) => new Map(docs.map(([, , text], i) => [`c-${i}`, text]));

/** A correction anchored on `needle` (in the first document holding it), about a statement. */
function at(docs: Doc[], needle: string) {
	const i = docs.findIndex(([, , t]) => t.includes(needle));
	const start = docs[i][2].indexOf(needle);
	return { doc: `c-${i}`, start, end: start + needle.length, text: needle, item: 'statement' as const };
}

/** Links in words: a statement by its act and speaker, an event as "event". */
function linksOf(story: Story): string[] {
	const name = (id: string) => {
		const s = story.statements.find((x) => x.id === id);
		return s ? `${s.act} ${s.speaker}` : story.events.some((e) => e.id === id) ? 'event' : `? ${id}`;
	};
	return story.links.map((l) => `${l.type} ${name(l.from)} → ${name(l.to)}`).sort();
}

const day = (d: string) => ({
	earliest: d,
	latest: d,
	precision: 'day' as const,
	calendar: 'gregorian' as const,
	edtf: d,
	text: d
});

interface Case {
	docs: Doc[];
	needle: string;
	/** The correction without id and anchor. */
	k:
		| { type: 'dismiss' }
		| { type: 'item-kind'; kind: 'claim' | 'denial' }
		| { type: 'mention-date'; value: ReturnType<typeof day> };
	status: [before: string, after: string];
	links: string[];
}

const CASES: [string, Case][] = [
	[
		'dismissing the only denial (Arabic) leaves the event reported, with no denies link',
		{
			docs: [['ar', '2015-12-27', `${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى.`]],
			needle: 'ونفت حركة طالبان',
			k: { type: 'dismiss' },
			status: ['denied', 'reported'],
			links: ['reports-on report Reuters → event']
		}
	],
	[
		'dismissing the only denial (Persian) leaves the event reported, with no denies link',
		{
			docs: [['fa', '2015-12-27', `${FA_REPORT} طالبان دیدار پوتین و ملا اختر منصور را تکذیب کرد.`]],
			needle: 'طالبان دیدار پوتین',
			k: { type: 'dismiss' },
			status: ['denied', 'reported'],
			links: ['reports-on report The Sunday Times → event']
		}
	],
	[
		'dismissing the only denial (English, answering the report) leaves the event reported',
		{
			docs: [['en', '2015-12-27', `${EN_REPORT} The Taliban denied that the meeting took place.`]],
			needle: 'The Taliban denied',
			k: { type: 'dismiss' },
			status: ['denied', 'reported'],
			links: ['reports-on report Reuters → event']
		}
	],
	[
		'dismissing one of two denials (Arabic) leaves the event denied by the other',
		{
			docs: [
				[
					'ar',
					'2015-12-27',
					`${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى. كما نفى الكرملين أن يكون اللقاء قد جرى.`
				]
			],
			needle: 'كما نفى الكرملين',
			k: { type: 'dismiss' },
			status: ['denied', 'denied'],
			links: ['denies denial Taliban → report Reuters', 'reports-on report Reuters → event']
		}
	],
	[
		'dismissing one of two denials (English) leaves the event denied by the other',
		{
			docs: [
				[
					'en',
					'2015-12-27',
					`${EN_REPORT} The Taliban denied that the meeting took place. The Kremlin also denied the meeting.`
				]
			],
			needle: 'The Taliban denied',
			k: { type: 'dismiss' },
			status: ['denied', 'denied'],
			links: ['denies denial Kremlin → report Reuters', 'reports-on report Reuters → event']
		}
	],
	[
		'a denial turned into a claim (Arabic) reports on the event, which is then only reported',
		{
			docs: [['ar', '2015-12-27', `${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى.`]],
			needle: 'ونفت حركة طالبان',
			k: { type: 'item-kind', kind: 'claim' },
			status: ['denied', 'reported'],
			links: ['reports-on claim Taliban → event', 'reports-on report Reuters → event']
		}
	],
	[
		'a denial turned into a claim (English) no longer denies the report',
		{
			docs: [['en', '2015-12-27', `${EN_REPORT} The Taliban denied that the meeting took place.`]],
			needle: 'The Taliban denied',
			k: { type: 'item-kind', kind: 'claim' },
			status: ['denied', 'reported'],
			links: ['reports-on claim Taliban → event', 'reports-on report Reuters → event']
		}
	],
	[
		'a claim turned into a denial (Arabic) denies the event and the report',
		{
			docs: [['ar', '2015-12-27', `${AR_REPORT} وقالت حركة طالبان إن اللقاء قد جرى.`]],
			needle: 'وقالت حركة طالبان',
			k: { type: 'item-kind', kind: 'denial' },
			status: ['reported', 'denied'],
			links: ['denies denial Taliban → report Reuters', 'reports-on report Reuters → event']
		}
	],
	[
		'a confirmation turned into a denial (English) makes the event denied, not confirmed',
		{
			docs: [['en', '2015-12-27', `${EN_REPORT} The Kremlin confirmed that Putin met Mansour.`]],
			needle: 'The Kremlin confirmed',
			k: { type: 'item-kind', kind: 'denial' },
			status: ['confirmed', 'denied'],
			links: ['denies denial Kremlin → report Reuters', 'reports-on report Reuters → event']
		}
	],
	[
		'dismissing the confirmation (Persian) leaves the event reported',
		{
			docs: [['fa', '2015-12-27', `${FA_REPORT} کرملین دیدار پوتین و ملا اختر منصور را تأیید کرد.`]],
			needle: 'کرملین دیدار پوتین',
			k: { type: 'dismiss' },
			status: ['confirmed', 'reported'],
			links: ['reports-on report The Sunday Times → event']
		}
	],
	[
		'dismissing the confirmation (English) leaves the event reported, with no confirms link',
		{
			docs: [['en', '2015-12-27', `${EN_REPORT} The Kremlin confirmed that Putin met Mansour.`]],
			needle: 'The Kremlin confirmed',
			k: { type: 'dismiss' },
			status: ['confirmed', 'reported'],
			links: ['reports-on report Reuters → event']
		}
	],
	[
		'dismissing the confirmation of a disputed event (English) leaves it denied',
		{
			docs: [
				[
					'en',
					'2015-12-27',
					`${EN_REPORT} The Kremlin confirmed that Putin met Mansour. The Taliban denied that Putin met Mansour.`
				]
			],
			needle: 'The Kremlin confirmed',
			k: { type: 'dismiss' },
			status: ['disputed', 'denied'],
			links: ['denies denial Taliban → report Reuters', 'reports-on report Reuters → event']
		}
	],
	[
		'a denial dated by the analyst two days after a report (English, then Arabic) answers that report',
		{
			docs: [
				['en', '2015-09-10', EN_REPORT],
				[
					'ar',
					'2015-12-27',
					'ونفت حركة طالبان يوم 23 ديسمبر 2015 تصريحات وكالة رويترز عن لقاء بين بوتين والملا أختر منصور.'
				]
			],
			needle: '23 ديسمبر 2015',
			k: { type: 'mention-date', value: day('2015-09-12') },
			status: ['denied', 'denied'],
			links: ['denies denial Taliban → report Reuters', 'reports-on report Reuters → event']
		}
	]
];

describe('corrections move what is derived from the items', () => {
	it.each(CASES)('%s', (_name, c) => {
		const story = read(c.docs);
		const k = { id: 'k-1', at: at(c.docs, c.needle), ...c.k } as Correction;
		const texts = textsOf(c.docs);
		const after = applyCorrections(story, [k], texts);
		expect(story.events.map((e) => e.status)).toEqual([c.status[0]]);
		expect(after.events.map((e) => e.status)).toEqual([c.status[1]]);
		expect(linksOf(after)).toEqual(c.links);
		// the story corrected is as if read so: deriving it again changes nothing
		expect(deriveStory(gazetteer(), after)).toEqual(after);
		// idempotent: listed twice, or applied again on its own result, it is the same decision
		expect(applyCorrections(story, [k, { ...k, id: 'k-2' }], texts)).toEqual(after);
		expect(applyCorrections(after, [k], texts)).toEqual(after);
	});

	it.each([
		['dismissed', { type: 'dismiss' }],
		['made a claim', { type: 'item-kind', kind: 'claim' }]
	] as const)('leaves the story as read when the denial it was %s for is gone from the text', (_n, k) => {
		const before: Doc[] = [['ar', '2015-12-27', `${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى.`]];
		const now: Doc[] = [['ar', '2015-12-27', `${AR_REPORT} ونفى الكرملين أن يكون اللقاء قد جرى.`]];
		const story = read(now);
		const orphan = { id: 'k-1', at: at(before, 'ونفت حركة طالبان'), ...k } as Correction;
		const after = applyCorrections(story, [orphan], textsOf(now));
		expect(JSON.stringify(after)).toBe(JSON.stringify(story));
		expect(after.events[0].status).toBe('denied');
	});

	it('counts the reports of two outlets merged into one as one origin, and merging again adds nothing', () => {
		const docs: Doc[] = [
			['en', '2015-12-27', `${EN_REPORT} The Washington Post reported that Putin met Mansour.`]
		];
		const story = read(docs);
		const k: Correction = { id: 'k-1', type: 'merge-actors', from: 'The Washington Post', into: 'Reuters' };
		const after = applyCorrections(story, [k], textsOf(docs));
		expect(story.events.map((e) => e.corroboration)).toEqual([2]);
		expect(after.events.map((e) => e.corroboration)).toEqual([1]);
		expect(after.actors.find((a) => a.id === 'Reuters')?.aliases).toContain('The Washington Post');
		expect(applyCorrections(after, [k], textsOf(docs))).toEqual(after);
	});

	it('makes an event a claim: the report about it is then about nothing and links to nothing', () => {
		const docs: Doc[] = [['ar', '2015-12-27', `${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى.`]];
		const story = read(docs);
		const k: Correction = {
			id: 'k-1',
			type: 'item-kind',
			at: { ...at(docs, 'التقى زعيم طالبان'), item: 'event' },
			kind: 'claim'
		};
		const after = applyCorrections(story, [k], textsOf(docs));
		expect(after.events).toEqual([]);
		expect(after.statements.map((s) => [s.act, s.about])).toEqual([
			['report', null],
			['denial', null],
			['claim', null]
		]);
		expect(linksOf(after).filter((l) => l.includes('→ event'))).toEqual([]);
	});

	it.each([
		[
			'the analyst gives it other participants',
			{ type: 'actors', actors: ['Vladimir Putin', 'Taliban'] },
			'Vladimir Putin, Taliban'
		],
		[
			'one participant is merged into another actor',
			{ type: 'merge-actors', from: 'Akhtar Mansour', into: 'Taliban' },
			'Taliban, Vladimir Putin'
		]
	] as const)('names the participants of an event in its summary when %s', (_n, k, who) => {
		const docs: Doc[] = [['ar', '2015-12-27', AR_REPORT]];
		const story = read(docs);
		const anchor = { ...at(docs, 'التقى زعيم طالبان'), item: 'event' as const };
		const correction = (
			k.type === 'merge-actors' ? { id: 'k-1', ...k } : { id: 'k-1', at: anchor, ...k }
		) as Correction;
		const after = applyCorrections(story, [correction], textsOf(docs));
		expect(story.events[0].summary).toContain('Akhtar Mansour, Vladimir Putin');
		expect(after.events[0].summary).toBe(
			story.events[0].summary.replace('Akhtar Mansour, Vladimir Putin', who)
		);
	});

	it('gives a denial a new speaker and keeps the denial linked by what it said', () => {
		const docs: Doc[] = [['ar', '2015-12-27', `${AR_REPORT} ونفت حركة طالبان أن يكون اللقاء قد جرى.`]];
		const story = read(docs);
		const k: Correction = {
			id: 'k-1',
			type: 'speaker',
			at: at(docs, 'ونفت حركة طالبان'),
			speaker: 'Pakistan'
		};
		const after = applyCorrections(story, [k], textsOf(docs));
		expect(linksOf(after)).toEqual([
			'denies denial Pakistan → report Reuters',
			'reports-on report Reuters → event'
		]);
		expect(after.actors.map((a) => a.id)).toContain('Pakistan');
		expect(after.actors.map((a) => a.id)).not.toContain('Taliban');
	});
});

/** The seed notebook as the notebook page reads it: one input per source cell, keyed by cell id. */
function seedStory() {
	const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
	const files = readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.map((name) => ({ name, text: readFileSync(join('seeds', name), 'utf8') }));
	const nb = seedNotebook(files, manifest);
	const cells = nb.cells.filter((c): c is SourceCell => c.kind === 'source');
	const inputs = cells.map(sourceInput);
	return { nb, story: readDocuments(inputs), texts: new Map(cells.map((c) => [c.id, c.text])) };
}

describe('the seed notebook', () => {
	const { nb, story, texts } = seedStory();

	it('has a story with denied events to begin with', () => {
		expect(nb.corrections).toEqual([]);
		expect(story.events.some((e) => e.status === 'denied')).toBe(true);
		expect(story.links.some((l) => l.type === 'denies')).toBe(true);
	});

	it.each([
		['no corrections', []],
		[
			'only a correction whose span is gone',
			[
				{
					id: 'k-1',
					type: 'dismiss',
					at: { doc: [...texts.keys()][0], start: 0, end: 12, text: 'nowhere here' }
				}
			]
		],
		[
			'only a merge of an actor into itself',
			[{ id: 'k-1', type: 'merge-actors', from: 'Taliban', into: 'Taliban' }]
		]
	] as [string, Correction[]][])('is byte for byte the builder’s story with %s', (_n, ks) => {
		expect(JSON.stringify(applyCorrections(story, ks, texts))).toBe(JSON.stringify(story));
	});

	it('is a fixed point of the derivation: deriving the built story again changes nothing', () => {
		expect(JSON.stringify(deriveStory(gazetteer(), story))).toBe(JSON.stringify(story));
	});
});
