import { describe, expect, it } from 'vitest';
import { seedInputs } from '../../fixtures/seeds';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { buildStory, deriveStory, MAX_ANSWERED, type DocItems } from '../../../src/lib/core/story/build';
import { readEachDocument, type Input } from '../../../src/lib/core/story/read';
import type { SpeechAct, Story } from '../../../src/lib/core/story/model';
import { mulberry32 } from '../../../src/lib/core/timeline/synthetic';
import * as reference from './reference-build';

/**
 * The indexed story builder against the pairwise one (reference-build.ts, the same rules written
 * the plain way): the same story, byte for byte, on the seeds and on generated notebooks of many
 * articles in Arabic, Persian and English, the caps applied alike (a denial or confirmation tests
 * at most MAX_TESTED candidates and links to at most MAX_ANSWERED statements, the nearest).
 */

const g = gazetteer();

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Sentences of the seeds' prose (what real articles say, in all three languages). */
const seedSentences = seedInputs()
	.flatMap((s) => s.text.split(/(?<=[.!?؟])\s+|\n+/))
	.map((s) => s.trim())
	.filter((s) => s.length > 30 && s.length < 600);

/** Short sentences that claim, report, deny and confirm, naming actors on several sides. */
const templates: Record<string, string[]> = {
	ar: [
		'قال مسؤول روسي إن روسيا زودت حركة طالبان بمعلومات استخباراتية عن تنظيم داعش.',
		'نفت حركة طالبان أن تكون روسيا قد زودتها بالسلاح.',
		'نفى المتحدث باسم طالبان التقارير.',
		'نفى الكرملين تصريحات مسؤول أفغاني.',
		'أكدت وزارة الخارجية الروسية أن اللقاء جرى في طاجيكستان.',
		'ذكرت صحيفة صنداي تايمز أن بوتين التقى الملا أختر منصور في سبتمبر 2015.',
		'وقال ذبيح الله مجاهد المتحدث باسم طالبان يوم الأربعاء الماضي إن الحركة لم تلتق بمسؤولين روس.',
		'نفت باكستان تقارير عن دعم طالبان.',
		'قال زامير كابولوف إن مصالح روسيا وطالبان تتقاطع في الحرب على داعش.'
	],
	fa: [
		'ذبیح‌الله مجاهد سخنگوی طالبان روز جمعه گفت که روسیه با این گروه اطلاعات مبادله نکرده است.',
		'مقام‌های روسی این را رد کردند.',
		'ماریا زاخارووا سخنگوی وزارت خارجه روسیه گفت که روسیه با طالبان تماس دارد.',
		'خبرگزاری ایسنا به نقل از سی‌ان‌ان گزارش داد که پوتین با رهبر طالبان دیدار کرده است.',
		'طالبان این گزارش را تکذیب کرد.',
		'وزارت خارجه پاکستان تأیید کرد که این دیدار ماه گذشته انجام شد.'
	],
	en: [
		'Taliban officials said Russia shared intelligence with the group against ISIS.',
		'The Kremlin denied it.',
		'The Sunday Times reported that Vladimir Putin met Mullah Akhtar Mansour in Tajikistan last week.',
		'A Taliban spokesman denied the report.',
		'Russia confirmed that Vladimir Putin met Mullah Akhtar Mansour in September 2015.',
		'Maria Zakharova said Russia had contacts with the Taliban.',
		'Pakistan denied reports that it supported the Taliban.',
		'CNN reported, citing ISNA, that Russian officials met Taliban leaders on Wednesday.'
	]
};

const outlets = [null, 'ISNA', 'CNN', 'Asharq Al-Awsat', 'Tolo News'];

/**
 * The sentence with one to three of its words replaced by words of another: a near duplicate, as
 * two outlets word the same statement, whose words overlap by more or less than half.
 */
function reword(r: () => number, sentence: string): string {
	const words = sentence.split(' ');
	const other = pick(r, seedSentences).split(' ');
	const n = 1 + Math.floor(r() * 3);
	for (let k = 0; k < n; k++) words[1 + Math.floor(r() * (words.length - 1))] = pick(r, other);
	return words.join(' ');
}

/** A notebook of `n` articles: sentences drawn from the seeds and the templates, dated within a few months. */
function notebook(seed: number, n: number): Input[] {
	const r = mulberry32(seed);
	const inputs: Input[] = [];
	for (let i = 0; i < n; i++) {
		const lang = pick(r, ['ar', 'fa', 'en'] as const);
		const body: string[] = [];
		const len = 2 + Math.floor(r() * 10);
		for (let k = 0; k < len; k++) {
			const sentence = r() < 0.4 ? pick(r, seedSentences) : pick(r, templates[lang]);
			body.push(r() < 0.5 ? sentence : reword(r, sentence));
		}
		const day = 1 + Math.floor(r() * 120);
		const published =
			r() < 0.15 ? null : new Date(Date.UTC(2015, 8, day)).toISOString().slice(0, r() < 0.2 ? 7 : 10);
		inputs.push({
			path: `gen-${seed}-${i}.txt`,
			text: `${pick(r, templates[lang]).slice(0, 40)}\n\n${body.join(r() < 0.3 ? '\n\n' : ' ')}\n`,
			meta: { lang, outlet: pick(r, outlets), published }
		});
	}
	return inputs;
}

/** Statement → its place in the story's list. */
const places = (story: Story) => new Map(story.statements.map((s, i) => [s.id, i]));

/** The most statements one statement links to (denies, confirms) in `story`. */
function busiest(story: Story): number {
	const at = places(story);
	const count = new Map<string, number>();
	for (const l of story.links)
		if (l.type !== 'reports-on' && at.has(l.to)) count.set(l.from, (count.get(l.from) ?? 0) + 1);
	return Math.max(0, ...count.values());
}

/**
 * Both builders on the same items (each on its own copy, so neither can see the other's work),
 * both with the caps; and how many links the most answering statement has without them.
 */
function both(per: DocItems[], most = false): [string, string, number] {
	const a = JSON.stringify(buildStory(g, structuredClone(per)));
	const pairwise = reference.buildStory(g, structuredClone(per));
	const uncapped = most ? busiest(reference.buildStory(g, structuredClone(per), { capped: false })) : 0;
	return [a, JSON.stringify(pairwise), uncapped];
}

const acts: SpeechAct[] = ['claim', 'report', 'denial', 'confirmation'];

/** A story with its items shuffled about as an analyst's corrections would: acts, events, speakers, readings. */
function corrected(story: Story, seed: number): Story {
	const r = mulberry32(seed);
	const events = story.events.map((e) => ({ ...e, participants: e.participants.slice() }));
	const speakers = [...new Set(story.statements.map((s) => s.speaker))];
	const actors = g.actors(new Set(speakers)).map((a) => a.id);
	const statements = story.statements
		.filter(() => r() > 0.1)
		.map((s) => {
			const t = { ...s, reading: s.reading && { ...s.reading, answers: s.reading.answers.slice() } };
			if (r() < 0.2) t.act = pick(r, acts);
			if (r() < 0.2) t.about = events.length && r() < 0.7 ? pick(r, events).id : null;
			if (r() < 0.1 && speakers.length) t.speaker = pick(r, speakers);
			if (r() < 0.1 && t.reading && actors.length) t.reading.answers.push(pick(r, actors));
			if (r() < 0.05) delete t.reading;
			return t;
		});
	return { ...story, events, statements, links: [] };
}

describe('the indexed story builder gives the story of the pairwise one, byte for byte', () => {
	it('on the five seeds, where no statement answers so many that the cap applies', () => {
		const [a, b, most] = both(readEachDocument(seedInputs()), true);
		expect(a).toBe(b);
		expect(JSON.parse(a).links.length).toBeGreaterThan(0);
		expect(most).toBeLessThanOrEqual(MAX_ANSWERED);
	});

	it.each([1, 2, 3, 4, 5, 6, 7, 8])(
		'on generated notebook %i of 60 articles in Arabic, Persian and English',
		(seed) => {
			const per = readEachDocument(notebook(seed, 60), {}, g);
			const [a, b] = both(per);
			expect(a).toBe(b);
		}
	);

	it('on generated notebooks that exercise every kind of link, merges across articles, every status and the cap', () => {
		let most = 0;
		const stories = [11, 12, 13].map((seed) => {
			const [a, b, m] = both(readEachDocument(notebook(seed, 80), {}, g), true);
			expect(a).toBe(b);
			most = Math.max(most, m);
			return JSON.parse(a) as Story;
		});
		// the pairwise builder linked some denial to more statements than the cap keeps
		expect(most).toBeGreaterThan(MAX_ANSWERED);
		const links = stories.flatMap((s) => s.links);
		const types = new Set(links.map((l) => l.type));
		expect([...types].sort()).toEqual(['confirms', 'denies', 'reports-on']);
		// denials of statements (not only of events), merged statements and events, statuses
		const statementIds = new Set(stories.flatMap((s) => s.statements.map((x) => x.id)));
		expect(links.some((l) => l.type === 'denies' && statementIds.has(l.to))).toBe(true);
		const merged = stories.flatMap((s) =>
			s.statements.filter((x) => new Set(x.evidence.map((e) => e.doc)).size > 1)
		);
		expect(merged.some((x) => x.about === null)).toBe(true); // by shared words
		expect(merged.some((x) => x.about !== null)).toBe(true); // by event
		expect(stories.some((s) => s.events.some((x) => new Set(x.evidence.map((e) => e.doc)).size > 1))).toBe(
			true
		);
		const statuses = new Set(stories.flatMap((s) => s.events.map((e) => e.status)));
		expect(statuses.has('denied') && statuses.has('reported')).toBe(true);
	});

	// one long article said over and over: every statement is a candidate partner of every other
	it.each([
		[
			'English without punctuation',
			'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it '
		],
		['Arabic claims and denials', 'قال مسؤول روسي إن طالبان تقاتل داعش. نفت حركة طالبان ذلك. '],
		[
			'Arabic dismissals of reports',
			'ذكرت صحيفة صنداي تايمز أن طالبان التقت بوتين. نفى المتحدث باسم طالبان التقارير. '
		],
		[
			'Persian without punctuation',
			'ذبیح‌الله مجاهد سخنگوی طالبان روز جمعه گفت که روسیه با این گروه اطلاعات مبادله نکرده است و مقام‌های روسی این را رد کردند '
		]
	])(
		'on one dense article of %s, and on three copies of it',
		(_label, unit) => {
			const text = `عنوان تجريبي للخبر\n\n${unit.repeat(Math.ceil(15_000 / unit.length))}\n`;
			const [a, b] = both(readEachDocument([{ path: 'dense.txt', text }], {}, g));
			expect(a).toBe(b);
			const copies = [1, 2, 3].map((k) => ({
				path: `dense-${k}.txt`,
				text,
				meta: { published: `2015-09-0${k}` }
			}));
			const [c, d] = both(readEachDocument(copies, {}, g));
			expect(c).toBe(d);
		},
		30_000
	);

	it.each([21, 22, 23, 24, 25, 26])('after corrections to generated notebook %i (deriveStory)', (seed) => {
		const story = buildStory(g, readEachDocument(notebook(seed, 50), {}, g));
		for (let k = 0; k < 4; k++) {
			const input = corrected(story, seed * 10 + k);
			const a = JSON.stringify(deriveStory(g, structuredClone(input)));
			const b = JSON.stringify(reference.deriveStory(g, structuredClone(input)));
			expect(a).toBe(b);
		}
	});
});
