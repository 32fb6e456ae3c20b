import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { deriveStory, PAGE_NEWS_DAYS } from '../../../src/lib/core/story/build';
import type {
	Link,
	SpeechAct,
	Statement,
	StatementReading,
	Story,
	StoryEvent
} from '../../../src/lib/core/story/model';
import type { TimeValue } from '../../../src/lib/core/time/time-value';
import * as reference from './reference-build';

/**
 * Which claims a denial is linked to (`linkStory`, through `deriveStory`), on stories written by
 * hand: each rule with an Arabic, a Persian and an English case, and the look-alikes that must not
 * link. Every story is also derived by the pairwise reference builder, which must agree.
 */

const g = gazetteer();

const day = (iso: string): TimeValue => ({
	earliest: iso,
	latest: iso,
	precision: 'day',
	calendar: 'gregorian',
	edtf: iso,
	text: iso
});

interface Said {
	act: SpeechAct;
	speaker: string;
	text: string;
	doc?: string;
	/** The sentence's place in its document: two statements with the same one share a sentence. */
	at?: number;
	saidAt?: string;
	about?: string;
	reading?: Partial<StatementReading>;
}

/** A story of `said` (ids s1…, in order) and `events`, derived by both builders. */
function story(said: Said[], events: Partial<StoryEvent>[] = []): Story {
	const statements: Statement[] = said.map((s, i) => ({
		id: `s${i + 1}`,
		act: s.act,
		speaker: s.speaker,
		saidAt: s.saidAt ? day(s.saidAt) : null,
		about: s.about ?? null,
		chain: [],
		evidence: [{ doc: s.doc ?? 'a', start: (s.at ?? i) * 100, end: (s.at ?? i) * 100 + 99 }],
		text: s.text,
		reading: { speakerKind: 'organisation', affiliation: null, topic: [], answers: [], ...s.reading }
	}));
	const input: Story = {
		documents: [],
		actors: [],
		events: events.map((e, i) => ({
			id: `e${i + 1}`,
			participants: [],
			when: null,
			summary: '',
			status: 'reported',
			evidence: [{ doc: 'a', start: 0, end: 1 }],
			reading: { head: 'attack' },
			...e
		})),
		statements,
		links: []
	};
	const built = deriveStory(g, structuredClone(input));
	expect(JSON.stringify(built)).toBe(JSON.stringify(reference.deriveStory(g, structuredClone(input))));
	return built;
}

/** The statements and events `from` denies. */
const denied = (s: Story, from: string) =>
	s.links.filter((l: Link) => l.type === 'denies' && l.from === from).map((l) => l.to);

describe('a denial answers the claim told in its own sentence', () => {
	it.each([
		[
			'English',
			'Pakistan claims the TTP operates from Afghan soil, a charge the Taliban-led government denies.'
		],
		['Arabic', 'تتهم باكستان أفغانستان بإيواء المسلحين، وهو ما تنفيه كابل.'],
		['Persian', 'پاکستان مدعی است که تی‌تی‌پی از خاک افغانستان فعالیت می‌کند؛ ادعایی که کابل رد می‌کند.']
	])(
		'%s: the claim and its denial in one sentence are linked, though the denial names no owner',
		(_, text) => {
			const s = story([
				{ act: 'claim', speaker: 'Pakistan', text, at: 0 },
				// the reader took the wrong owner: the claim's subject, not its speaker
				{
					act: 'denial',
					speaker: 'Afghanistan',
					text,
					at: 0,
					reading: { answers: ['Tehrik-i-Taliban Pakistan'] }
				}
			]);
			expect(denied(s, 's2')).toEqual(['s1']);
		}
	);

	it('but not a claim of its own side told in that sentence', () => {
		const text = 'Kabul denied the report, and the Afghan defence ministry said the border was calm.';
		const s = story([
			{ act: 'claim', speaker: 'Afghanistan', text, at: 0 },
			{ act: 'denial', speaker: 'Afghanistan', text, at: 0 }
		]);
		expect(denied(s, 's2')).toEqual([]);
	});

	it('nor a claim of another sentence that names neither the denier nor its owner', () => {
		const s = story([
			{ act: 'claim', speaker: 'Pakistan', text: 'قال وزير الداخلية الباكستاني إن الحدود مغلقة.', at: 0 },
			{
				act: 'denial',
				speaker: 'Afghanistan',
				text: 'ونفت كابل ذلك.',
				at: 1,
				reading: { answers: ['Tehrik-i-Taliban Pakistan'] }
			}
		]);
		expect(denied(s, 's2')).toEqual([]);
	});
});

describe('a denial naming the owner answers their claims that say nothing readable, in its own article', () => {
	const denial = (doc: string): Said => ({
		act: 'denial',
		speaker: 'Iran',
		doc,
		text: 'نفى وزير الخارجية الإيراني اتهامات الولايات المتحدة بوجود صلة بين طهران والمؤامرة.',
		reading: { answers: ['United States'], topic: ['Iran', 'United States'] }
	});
	// what the justice department said, cut short by the page: no actor read in it
	const claim = (doc: string): Said => ({
		act: 'claim',
		speaker: 'White House',
		doc,
		text: 'وأضافت الوزارة في بيان أن المتهم، ويدعى فره'
	});

	it('Arabic: the US body’s claim of the same article is linked', () => {
		expect(denied(story([claim('a'), denial('a')]), 's2')).toEqual(['s1']);
	});

	it('Persian and English: the same, whichever comes first in the article', () => {
		const s = story([
			{
				act: 'denial',
				speaker: 'Iran',
				doc: 'b',
				text: 'Iran rejected the US allegations as baseless.',
				reading: { answers: ['United States'] }
			},
			{ act: 'claim', speaker: 'White House', doc: 'b', text: 'وزارت دادگستری در بیانیه‌ای گفت که متهم' }
		]);
		expect(denied(s, 's1')).toEqual(['s2']);
	});

	it('but not such a claim in another article: nothing ties it to what was denied', () => {
		expect(denied(story([claim('a'), denial('b')]), 's2')).toEqual([]);
	});

	it('nor a claim of the owner’s side that speaks of something else', () => {
		const s = story([{ ...claim('a'), reading: { topic: ['Russia'] } }, denial('a')]);
		expect(denied(s, 's2')).toEqual([]);
	});
});

describe('a denial whose sentence names the claim’s side answers its claims that involve the denier', () => {
	const events = [{ participants: ['Qatar', 'United States'], reading: { head: 'call' } }];
	const claim: Said = {
		act: 'claim',
		speaker: 'White House',
		doc: 'fa',
		about: 'e1',
		text: 'لیویت گفت که ترامپ به فرستاده خود دستور داده است تا مقامات قطر را مطلع کند.',
		reading: { topic: ['United States'] }
	};

	it.each([
		[
			'English',
			"Qatar's foreign ministry refuted the White House claim that Doha was informed ahead of the strike."
		],
		[
			'Arabic',
			'قال المتحدث باسم الخارجية القطرية إن ما يتم تداوله من تصريحات أمريكية بشأن إبلاغ قطر عارٍ عن الصحة.'
		],
		['Persian', 'قطر ادعای کاخ سفید درباره اطلاع قبلی از حمله را رد کرد.']
	])('%s: the claim in another article and language is linked', (_, text) => {
		const s = story(
			[
				claim,
				{ act: 'denial', speaker: 'Qatar', doc: 'x', text, reading: { topic: ['Qatar', 'United States'] } }
			],
			events
		);
		expect(denied(s, 's2')).toEqual(['s1']);
	});

	it('but not a claim of that side about something the denier is no party to', () => {
		const s = story(
			[
				{ ...claim, about: 'e1' },
				{
					act: 'denial',
					speaker: 'Qatar',
					doc: 'x',
					text: 'نفت قطر تلقي أي إخطار أمريكي.',
					reading: { topic: ['Qatar', 'United States'] }
				}
			],
			[{ participants: ['Israel', 'United States'], reading: { head: 'call' } }]
		);
		expect(denied(s, 's2')).toEqual([]);
	});

	it('nor when only the denier’s own side is named', () => {
		const s = story(
			[
				claim,
				{ act: 'denial', speaker: 'Qatar', doc: 'x', text: 'Qatar denied it.', reading: { topic: ['Qatar'] } }
			],
			events
		);
		expect(denied(s, 's2')).toEqual([]);
	});
});

describe('a denial about an event denies that event when nothing it answers is about it', () => {
	const events = [
		{ participants: ['Iran', 'Russia'], reading: { head: 'sale' } },
		{ participants: ['Ukraine'], reading: { head: 'strike' } }
	];

	it.each([
		['Persian', 'ایران بارها ادعای فروش سلاح به روسیه برای استفاده در جنگ اوکراین را رد کرده است.'],
		['Arabic', 'ونفت إيران مرارا بيع أسلحة لروسيا.'],
		['English', 'Iran has repeatedly denied selling weapons to Russia.']
	])('%s: linked to the claims it answers and to its own event', (_, text) => {
		const s = story(
			[
				{
					act: 'claim',
					speaker: 'Ukraine',
					about: 'e2',
					text: 'Ukraine said drones Iran gave Russia struck Kyiv.',
					reading: { topic: ['Iran', 'Russia'] }
				},
				{ act: 'denial', speaker: 'Iran', about: 'e1', text }
			],
			events
		);
		expect(denied(s, 's2')).toEqual(['s1', 'e1']);
		expect(s.events[0].status).toBe('denied');
	});

	it('but a denial that answers a claim about its own event is not linked to the event besides', () => {
		const s = story(
			[
				{
					act: 'claim',
					speaker: 'Ukraine',
					about: 'e1',
					text: 'Kyiv says Tehran sold missiles to Moscow.',
					reading: { topic: ['Iran'] }
				},
				{ act: 'denial', speaker: 'Iran', about: 'e1', text: 'Tehran denied it.' }
			],
			events
		);
		expect(denied(s, 's2')).toEqual(['s1']);
	});
});

describe('a claim dated only by a later page was news that week', () => {
	const claim = (page: string): Said => ({
		act: 'claim',
		speaker: 'White House',
		doc: 'b',
		saidAt: page,
		text: 'گزارش مایکروسافت فاش کرد که هکرهای ایرانی به حساب یک مقام ارشد نفوذ کردند.',
		reading: { topic: ['Iran'], pageDated: true }
	});
	const denial: Said = {
		act: 'denial',
		speaker: 'Iran',
		doc: 'a',
		saidAt: '2024-08-12',
		text: 'Iran’s mission rejected the allegations as baseless.',
		reading: { ofClaims: true }
	};

	it(`answers a denial up to ${PAGE_NEWS_DAYS} days before its page`, () => {
		expect(denied(story([claim('2024-08-19'), denial]), 's2')).toEqual(['s1']);
	});

	it('but not a denial made long before the page', () => {
		expect(denied(story([claim('2024-09-30'), denial]), 's2')).toEqual([]);
	});

	it('a claim with a date of its own after the denial never answers it', () => {
		const own = { ...claim('2024-08-15'), reading: { topic: ['Iran'] } };
		expect(denied(story([own, denial]), 's2')).toEqual([]);
	});
});
