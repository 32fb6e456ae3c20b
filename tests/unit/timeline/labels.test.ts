import { describe, expect, it } from 'vitest';
import {
	actorName,
	eventLabel,
	labelIndex,
	labelLocale,
	laneLabeller,
	quoted,
	statementLabel,
	storyToItems
} from '$lib/core/timeline';
import { readDocuments } from '$lib/core/story';
import type { Statement, Story, StoryEvent } from '$lib/core/story/model';
import type { TimeValue } from '$lib/core/time/time-value';
import { seedInputs } from '../../fixtures/seeds';
import { tables } from '$lib/core/reading/tables';
import { maybeWord } from '$lib/core/timeline/words';

const dec: TimeValue = {
	earliest: '2015-12-01',
	latest: '2015-12-31',
	precision: 'month',
	calendar: 'gregorian',
	edtf: '2015-12',
	text: ''
};

const meeting: StoryEvent = {
	id: 'e1',
	participants: ['Akhtar Mansour', 'Vladimir Putin', 'Taliban'],
	when: dec,
	summary: 'meeting: Akhtar Mansour, Vladimir Putin, Taliban (in Tajikistan)',
	status: 'denied',
	evidence: [],
	place: 'Tajikistan',
	reading: { head: 'meeting' }
};

const said = (id: string, over: Partial<Statement>): Statement => ({
	id,
	act: 'claim',
	speaker: 'Taliban',
	saidAt: dec,
	about: null,
	chain: [],
	evidence: [],
	text: '',
	reading: { speakerKind: 'organisation', affiliation: null, topic: [], answers: [] },
	...over
});

const story: Story = {
	documents: [],
	actors: [
		{
			id: 'Taliban',
			kind: 'organisation',
			names: { en: 'Taliban', ar: 'طالبان', fa: 'طالبان' },
			aliases: []
		},
		{ id: 'Russia', kind: 'state', names: { en: 'Russia', ar: 'روسيا', fa: 'روسیه' }, aliases: [] },
		{
			id: 'Vladimir Putin',
			kind: 'person',
			names: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين', fa: 'ولادیمیر پوتین' },
			aliases: []
		},
		{
			id: 'Akhtar Mansour',
			kind: 'person',
			names: { en: 'Akhtar Mansour', ar: 'أختر منصور', fa: 'اختر منصور' },
			aliases: []
		},
		{
			id: 'Zamir Kabulov',
			kind: 'person',
			names: { en: 'Zamir Kabulov', ar: 'زامير كابولوف', fa: 'ضمیر کابلوف' },
			aliases: []
		},
		{
			id: 'Tajikistan',
			kind: 'state',
			names: { en: 'Tajikistan', ar: 'طاجيكستان', fa: 'تاجیکستان' },
			aliases: []
		},
		{
			id: 'anonymous senior Russian official',
			kind: 'anonymous',
			names: { en: 'anonymous senior Russian official' },
			aliases: [],
			parent: 'Russia'
		},
		{ id: 'anonymous diplomats', kind: 'anonymous', names: { en: 'anonymous diplomats' }, aliases: [] }
	],
	events: [meeting],
	statements: [
		said('s1', { act: 'denial', about: 'e1', text: 'وقالت الصحيفة إن طالبان نفت اللقاء.' }),
		said('s2', {
			speaker: 'anonymous senior Russian official',
			about: 'e1',
			text: 'وأضاف المسؤول أن اللقاء تم.'
		}),
		said('s3', {
			speaker: 'Zamir Kabulov',
			text: 'وقال كابولوف إن "مصالح طالبان تتطابق موضوعياً مع مصالحنا".'
		}),
		said('s4', { act: 'denial', text: 'ونفت طالبان ذلك.' }),
		said('s5', {
			speaker: 'Russia',
			text: 'وتشعر روسيا بالقلق.',
			reading: { speakerKind: 'state', affiliation: null, topic: ['Taliban', 'Russia'], answers: [] }
		}),
		said('s6', { speaker: 'anonymous diplomats', text: 'وقال دبلوماسيون «الدولة الإسلامية» خطر.' })
	],
	links: [{ type: 'denies', from: 's4', to: 's3' }]
};
const ix = labelIndex(story);
const st = (id: string) => story.statements.find((s) => s.id === id)!;

describe('statement labels say who did what, in the document’s language', () => {
	it.each([
		[
			'a denial of an event, the denier left out of its participants',
			's1',
			'en',
			'Taliban denies meeting (Akhtar Mansour, Vladimir Putin)'
		],
		['the same in Arabic', 's1', 'ar', 'طالبان: نفي لقاء (أختر منصور، فلاديمير بوتين)'],
		['the same in Persian', 's1', 'fa', 'طالبان: تکذیب دیدار (اختر منصور، ولادیمیر پوتین)'],
		[
			'an anonymous speaker by role and affiliation',
			's2',
			'ar',
			'مسؤول (روسيا): لقاء (أختر منصور، فلاديمير بوتين، طالبان)'
		],
		[
			'a quotation of three words or more',
			's3',
			'ar',
			'زامير كابولوف: «مصالح طالبان تتطابق موضوعياً مع مصالحنا»'
		],
		['a denial of a statement names whose', 's4', 'fa', 'طالبان: تکذیب اظهارات ضمیر کابلوف'],
		['a denial of a statement, in English', 's4', 'en', 'Taliban denies claims by Zamir Kabulov'],
		['the actors named, the speaker left out', 's5', 'ar', 'روسيا: تصريح (عن طالبان)'],
		[
			'a quoted name is not a quotation; an unknown role stays English',
			's6',
			'en',
			'anonymous diplomats says'
		]
	] as const)('%s', (_name, id, locale, expected) => {
		expect(statementLabel(st(id), locale, ix)).toBe(expected);
	});

	it('never begins with the first words of the sentence', () => {
		for (const s of story.statements)
			for (const locale of ['en', 'ar', 'fa'] as const) {
				const first = s.text.split(/\s+/).slice(0, 2).join(' ');
				expect(statementLabel(s, locale, ix).startsWith(first)).toBe(false);
			}
	});
});

describe('event labels', () => {
	it.each([
		['en', 'meeting: Akhtar Mansour, Vladimir Putin, Taliban (in Tajikistan)'],
		['ar', 'لقاء: أختر منصور، فلاديمير بوتين، طالبان (في طاجيكستان)'],
		['fa', 'دیدار: اختر منصور، ولادیمیر پوتین، طالبان (در تاجیکستان)']
	] as const)('name the event and its participants in %s', (locale, expected) => {
		expect(eventLabel(meeting, locale, ix)).toBe(expected);
	});

	// every kind of event the reader tells has its word in each language, never an English one in an
	// Arabic or Persian label
	it.each([
		['strike', 'ar', 'ضربة: طالبان'],
		['strike', 'fa', 'حمله: طالبان'],
		['killing', 'ar', 'قتل: طالبان'],
		['arrest', 'fa', 'بازداشت: طالبان'],
		['phone call', 'ar', 'اتصال هاتفي: طالبان']
	] as const)('name a %s in %s', (head, locale, expected) => {
		const e = { ...meeting, participants: ['Taliban'], place: null, reading: { head } };
		expect(eventLabel(e, locale, ix)).toBe(expected);
	});

	it('leave out a place with no name in the label’s script rather than mix scripts', () => {
		expect(eventLabel({ ...meeting, place: 'Syria' }, 'ar', ix)).toBe(
			'لقاء: أختر منصور، فلاديمير بوتين، طالبان'
		);
	});

	it('keep the summary of an event the reader gave no head', () => {
		const { reading: _r, ...bare } = meeting;
		expect(eventLabel({ ...bare, summary: 'Putin meets Mansour' }, 'ar', ix)).toBe('Putin meets Mansour');
	});
});

describe('quoted', () => {
	it.each([
		['«تم فتح قنوات اتصال مع حركة طالبان»', 'تم فتح قنوات اتصال مع حركة طالبان'],
		['“we have channels of communication”', 'we have channels of communication'],
		// a quoted term of two words, then a real quotation: pairs are taken in order
		['نشر على "تويتر" أن "القائد أعلن تقديم البيعة"', 'القائد أعلن تقديم البيعة'],
		['تنظيم «الدولة الإسلامية» في أفغانستان', null],
		['no quotation at all', null]
	])('%s → %s', (text, expected) => {
		expect(quoted(text)).toBe(expected);
	});
});

describe('actor names', () => {
	it('fall back to the English name where the language has none', () => {
		expect(actorName('anonymous diplomats', 'fa', ix)).toBe('anonymous diplomats');
		expect(actorName('Zamir Kabulov', 'fa', ix)).toBe('ضمیر کابلوف');
		expect(actorName('unknown id', 'ar', ix)).toBe('unknown id');
	});
});

describe('the seed story', () => {
	const seed = readDocuments(seedInputs());
	const { items } = storyToItems(seed);

	it('labels every statement by its speaker first, never by a reporting verb («وقالت الصحيفة», «وأضافت»)', () => {
		const ix = labelIndex(seed);
		const verbs = /^(و?(قال|قالت|أضاف|أضافت|تابع|تابعت|نقل|نقلت|ذكر|ذكرت|أوضح|أوضحت)|به گزارش|گفت)(\s|$)/;
		const bad = seed.statements.filter((s) => {
			const item = items.find((i) => i.id === s.id)!;
			const who = actorName(s.speaker, labelLocale(item.lang), ix);
			return !item.label.startsWith(who) || verbs.test(item.label);
		});
		expect(bad.map((s) => `${s.speaker}: ${items.find((i) => i.id === s.id)!.label}`)).toEqual([]);
		// and the sentences do begin with such words, so the test can tell
		expect(seed.statements.filter((s) => verbs.test(s.text.trim())).length).toBeGreaterThan(5);
	});

	it('labels the Taliban’s denial in Asharq Al-Awsat in Arabic, naming the Taliban and the denial', () => {
		const doc = seed.documents.find((d) => d.outlet === 'Asharq Al-Awsat')!;
		const denial = seed.statements.find(
			(s) => s.act === 'denial' && s.speaker === 'Taliban' && s.evidence.some((e) => e.doc === doc.id)
		)!;
		const label = items.find((i) => i.id === denial.id)!.label;
		expect(label).toMatch(/^طالبان: نفي /);
	});

	it('names document lanes by their titles', () => {
		const name = laneLabeller(seed);
		for (const d of seed.documents) expect(name(d.id, 'document')).toBe(d.title.replace(/\s+/g, ' ').trim());
		expect(name('denial', 'kind')).toBe('Denials');
	});
});

describe('the words of event kinds', () => {
	// a kind of event added to the reader's lexicon without its word in each language fails here
	it('every head the event lexicon gives has its word in English, Arabic and Persian', () => {
		const missing = [...tables().eventTypes.values()]
			.map((t) => t.head)
			.filter((h) => (['en', 'ar', 'fa'] as const).some((l) => !maybeWord(`head.${h}`, l)));
		expect(missing).toEqual([]);
	});
});
