import { describe, expect, it } from 'vitest';
import { FIXTURE_STORY, explainItem, itemStatusText } from '$lib/core/timeline';
import { readDocuments } from '$lib/core/story';
import type { Story } from '$lib/core/story/model';
import { seedInputs } from '../../fixtures/seeds';

describe('explainItem on the seed story', () => {
	const seed = readDocuments(seedInputs());
	const asharq = seed.documents.find((d) => d.outlet === 'Asharq Al-Awsat')!;
	const denial = seed.statements.find(
		(s) => s.act === 'denial' && s.speaker === 'Taliban' && s.evidence.some((e) => e.doc === asharq.id)
	)!;
	const russianClaim = seed.statements.find(
		(s) =>
			s.act === 'claim' &&
			/Russian official/.test(s.speaker) &&
			seed.links.some((l) => l.type === 'denies' && l.from === denial.id && l.to === s.id)
	)!;

	it('says what the Taliban’s denial in Asharq Al-Awsat denies, naming the Russian official’s claim', () => {
		const x = explainItem(seed, denial.id)!;
		expect(x.summary).toMatch(/^Denies: /);
		expect(x.denies.map((r) => r.id)).toContain(russianClaim.id);
		expect(x.denies.find((r) => r.id === russianClaim.id)!.text).toMatch(
			/Russian official’s claim of Dec 2015$/
		);
	});

	it('says who denied the Russian official’s claim, when and in which outlet', () => {
		const x = explainItem(seed, russianClaim.id)!;
		expect(x.status).toBe('denied');
		// when (as the reader dates it) and where: "Denied by Taliban (25 Dec 2015, Asharq Al-Awsat)"
		expect(x.summary).toMatch(/^Denied by Taliban \((\d+ )?Dec 2015, Asharq Al-Awsat[,)]/);
		expect(x.deniedBy.map((r) => r.id)).toContain(denial.id);
	});

	it('gives the same line through itemStatusText, and nothing for a document', () => {
		expect(itemStatusText(seed, russianClaim.id)).toBe(explainItem(seed, russianClaim.id)!.summary);
		expect(itemStatusText(seed, asharq.id)).toBe('');
	});
});

describe('explainItem on hand-made stories', () => {
	it('writes the chain of attribution nearest first, with its origin', () => {
		const x = explainItem(FIXTURE_STORY, 's1')!;
		expect(x.chain).toEqual(['ISNA', 'CNN', 'Maria Zakharova']);
		expect(x.lines.find((l) => l.key === 'chain')!.text).toBe(
			'ISNA ← CNN ← Maria Zakharova (origin: Maria Zakharova)'
		);
	});

	it('counts echoes of one origin once among an event’s independent origins', () => {
		const x = explainItem(FIXTURE_STORY, 'e1')!;
		// s1 (Zakharova, relayed by ISNA ← CNN) and s2 (ISNA ← CNN): two origins, not three chains
		expect(x.origins.sort()).toEqual(['CNN', 'Maria Zakharova']);
		expect(x.lines.find((l) => l.key === 'origins')!.text).toMatch(/^2 independent/);
	});

	it('tells a denied event from one only reported', () => {
		expect(explainItem(FIXTURE_STORY, 'e1')!.summary).toMatch(/^Denied by Taliban \(27 Dec 2015/);
		expect(explainItem(FIXTURE_STORY, 'e3')!.summary).toMatch(
			/^Reported by 2 independent origins, not denied$/
		);
	});

	it('says a claim is denied when the event it reports is, naming the denier', () => {
		// s1 is denied directly (a link s3 → s1); s2 only through its event e1, which s3 denies
		const direct = explainItem(FIXTURE_STORY, 's1')!;
		expect(direct.deniedBy.map((r) => r.id)).toEqual(['s3']);
		expect(direct.eventDeniedBy).toEqual([]);
		const x = explainItem(FIXTURE_STORY, 's2')!;
		expect(x.status).toBe('denied');
		expect(x.deniedBy).toEqual([]);
		expect(x.eventDeniedBy.map((r) => r.id)).toEqual(['s3']);
		expect(x.summary).toMatch(/^Denied by Taliban \(27 Dec 2015/);
	});

	it('writes two statements of one speaker and date once, with their number', () => {
		const s = FIXTURE_STORY.statements[0];
		const story: Story = {
			...FIXTURE_STORY,
			statements: [
				{ ...s, id: 'a', about: null },
				{ ...s, id: 'b', about: null },
				{ ...s, id: 'd', act: 'denial', speaker: 'Taliban', about: null, chain: [] }
			],
			links: [
				{ type: 'denies', from: 'd', to: 'a' },
				{ type: 'denies', from: 'd', to: 'b' }
			]
		};
		expect(explainItem(story, 'd')!.summary).toBe('Denies: Maria Zakharova’s claim of 23 Dec 2015 ×2');
	});

	it('returns null for ids the story does not hold', () => {
		expect(explainItem(FIXTURE_STORY, 'nope')).toBeNull();
	});
});
