import { describe, expect, it } from 'vitest';
import {
	applyCorrections,
	correctMentions,
	findAnchor,
	orphanedCorrections
} from '../../../src/lib/core/notebook';
import { findDates } from '../../../src/lib/core/dates';
import { readDocuments } from '../../../src/lib/core/story';

const TEXT = 'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.';
const DAY = (d: string) => ({
	earliest: d,
	latest: d,
	precision: 'day' as const,
	calendar: 'gregorian' as const,
	edtf: d,
	text: d
});

describe('corrections keyed to a span', () => {
	it.each([
		['the same text', 'ab 5 Dey cd', { start: 3, end: 8 }],
		['text inserted before', 'xxxxab 5 Dey cd', { start: 7, end: 12 }],
		['the nearest of two', 'abcdefg 5 Dey … … … … 5 Dey', { start: 8, end: 13 }],
		['the span gone', 'ab 6 Dey cd', null]
	])('are found again after editing (%s)', (_name, text, want) => {
		expect(findAnchor(text, { doc: 'c-x', start: 3, end: 8, text: '5 Dey' })).toEqual(want);
	});

	it('set a mention’s value in the source view, and survive text inserted before it', () => {
		const m = findDates(TEXT, { lang: 'ar' });
		const i = m.findIndex((x) => x.text.includes('23 ديسمبر 2015'));
		const k = {
			id: 'k-1',
			type: 'mention-date' as const,
			at: { doc: 'c-a', start: m[i].start, end: m[i].end, text: m[i].text },
			value: DAY('2015-12-24')
		};
		expect(correctMentions('c-a', TEXT, m, [k])[i]).toMatchObject({
			earliest: '2015-12-24',
			correctedBy: 'k-1'
		});
		const edited = 'عاجل: ' + TEXT;
		const m2 = findDates(edited, { lang: 'ar' });
		expect(correctMentions('c-a', edited, m2, [k]).some((x) => x.correctedBy === 'k-1')).toBe(true);
		expect(orphanedCorrections([k], new Map([['c-a', edited]]))).toEqual([]);
		expect(orphanedCorrections([k], new Map([['c-a', 'نص آخر']]))).toEqual(['k-1']);
	});

	it('dismiss an item and change a statement’s kind and speaker on the recomputed story', () => {
		const story = readDocuments([{ path: 'c-a', text: TEXT, meta: { lang: 'ar', published: '2015-12-27' } }]);
		const s = story.statements[0];
		expect(s).toBeTruthy();
		const ev = s.evidence[0];
		const at = {
			doc: 'c-a',
			start: ev.start,
			end: ev.end,
			text: TEXT.slice(ev.start, ev.end),
			item: 'statement' as const
		};
		const texts = new Map([['c-a', TEXT]]);
		const kind = applyCorrections(story, [{ id: 'k-1', type: 'item-kind', at, kind: 'claim' }], texts);
		expect(kind.statements.find((x) => x.id === s.id)?.act).toBe('claim');
		const who = applyCorrections(
			story,
			[{ id: 'k-2', type: 'speaker', at, speaker: 'Zabihullah Mujahid' }],
			texts
		);
		expect(who.statements.find((x) => x.id === s.id)?.speaker).toBe('Zabihullah Mujahid');
		const gone = applyCorrections(story, [{ id: 'k-3', type: 'dismiss', at }], texts);
		expect(gone.statements.find((x) => x.id === s.id)).toBeUndefined();
		expect(gone.links.some((l) => l.from === s.id || l.to === s.id)).toBe(false);
		expect(story.statements.find((x) => x.id === s.id)).toBeTruthy(); // the input story is untouched
	});

	it('merge two actors everywhere', () => {
		const story = readDocuments([{ path: 'c-a', text: TEXT, meta: { lang: 'ar' } }]);
		const merged = applyCorrections(
			story,
			[{ id: 'k-1', type: 'merge-actors', from: 'Taliban', into: 'Russia' }],
			new Map()
		);
		const uses = JSON.stringify([merged.events, merged.statements]);
		expect(uses).not.toMatch(/"Taliban"/);
		expect(merged.actors.some((a) => a.id === 'Taliban')).toBe(false);
	});
});
