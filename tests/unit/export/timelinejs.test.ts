import { describe, expect, it } from 'vitest';
import { itemsToTimelineJs, parseTimelineJs } from '../../../src/lib/core/export/timelinejs';
import type { TimelineItem } from '../../../src/lib/core/timeline/item';
import { seedItems } from '../../../src/routes/dev/export/seed-fixture';

const byId = (id: string) => seedItems.find((i) => i.id === id)!;

describe('TimelineJS3 export', () => {
	it('writes a day as year, month and day with the EDTF alongside', () => {
		const { file } = itemsToTimelineJs([byId('s-taliban-denial')]);
		expect(file.events[0]).toMatchObject({
			unique_id: 's-taliban-denial',
			start_date: { year: 2015, month: 12, day: 27 },
			group: 'Denials',
			edtf: '2015-12-27'
		});
		expect(file.events[0].end_date).toBeUndefined();
	});

	it('writes a month as year and month only', () => {
		const { file } = itemsToTimelineJs([byId('e-putin-mansour')]);
		expect(file.events[0].start_date).toMatchObject({ year: 2015, month: 9 });
		expect(file.events[0].start_date.day).toBeUndefined();
	});

	it('gives a span an end date', () => {
		const { file } = itemsToTimelineJs([byId('e-pakistan-intel')]);
		expect(file.events[0].end_date).toEqual({ year: 2016, month: 1 });
	});

	it.each([
		['persian', 'fa', '۶ دی ۱۳۹۴'],
		['islamic-umalqura', 'ar', '١٦ ربيع الأول ١٤٣٧ هـ'],
		['gregorian', 'en', '27 Dec 2015']
	] as const)(
		'writes display dates in the %s calendar, not relabelled Gregorian',
		(calendar, locale, expected) => {
			const { file } = itemsToTimelineJs([byId('s-taliban-denial')], { calendar, locale });
			expect(file.events[0].display_date).toBe(expected);
		}
	);

	it('leaves undated items out and counts them', () => {
		const { file, skipped } = itemsToTimelineJs(seedItems);
		expect(skipped).toBe(seedItems.filter((i) => !i.when).length);
		expect(file.events).toHaveLength(seedItems.length - skipped);
	});

	it('escapes HTML in headlines and text, which TimelineJS renders as HTML', () => {
		const evil: TimelineItem = {
			...byId('s-taliban-denial'),
			label: '<img src=x onerror=alert(1)>',
			text: '<script>x</script>'
		};
		const json = JSON.stringify(itemsToTimelineJs([evil]).file);
		expect(json).not.toContain('<img');
		expect(json).not.toContain('<script');
		expect(json).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});
});

describe('TimelineJS3 import', () => {
	it('reads back ids, labels and the same date spans', () => {
		const dated = seedItems.filter((i) => i.when);
		const back = parseTimelineJs(JSON.stringify(itemsToTimelineJs(dated).file));
		expect(back.map((i) => [i.id, i.label, i.when?.earliest, i.when?.latest, i.when?.edtf])).toEqual(
			dated.map((i) => [i.id, i.label, i.when!.earliest, i.when!.latest, i.when!.edtf])
		);
	});

	it.each([
		['a missing start date', { events: [{ text: { headline: 'x' } }] }, 'events[0].start_date'],
		['a month 13', { events: [{ start_date: { year: 2015, month: 13 } }] }, 'events[0].start_date.month'],
		[
			'a 30 February',
			{ events: [{ start_date: { year: 2015, month: 2, day: 30 } }] },
			'events[0].start_date.day'
		],
		[
			'a year that is not a number',
			{ events: [{ start_date: { year: 'soon' } }] },
			'events[0].start_date.year'
		]
	])('names the field of %s', (_name, data, column) => {
		expect(() => parseTimelineJs(JSON.stringify(data))).toThrow(column);
	});
});

describe('TimelineJS cards and sources', () => {
	const base = seedItems.find((i) => i.when)!;
	const card = (over: Partial<TimelineItem>) =>
		itemsToTimelineJs([{ ...base, ...over }], { locale: 'en' }).file.events[0].text.text;

	it('never writes two independent outlets as a chain', () => {
		const text = card({ outlets: ['Asharq Al-Awsat', 'Al-Ray Press'], chain: [] });
		expect(text).not.toContain('←');
		expect(text).toContain('Published in: Asharq Al-Awsat, Al-Ray Press');
	});

	it('writes a chain of attribution as one, and the outlets it passed through only there', () => {
		const text = card({ outlets: ['ISNA', 'CNN'], chain: ['ISNA', 'CNN', 'Maria Zakharova'] });
		expect(text).toContain('ISNA ← CNN ← Maria Zakharova');
		expect(text).not.toContain('Published in');
	});

	it('keeps an outlet that published the item beside the chain it relays', () => {
		const text = card({ outlets: ['Al-Ray Press', 'Interfax'], chain: ['Interfax', 'Zamir Kabulov'] });
		expect(text).toContain('Interfax ← Zamir Kabulov');
		expect(text).toContain('Published in: Al-Ray Press');
	});
});
