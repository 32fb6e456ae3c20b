import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds, type TimeMention } from '../../../src/lib/core/dates';

/**
 * A long run of dates is read a window at a time (find.ts), and a window must never cut a date: a
 * chronology or a list of dates is exactly what people paste. Each text here is one sentence
 * repeated (or a cycle of sentences), and finding its dates in one call must give, byte for byte,
 * what finding them sentence by sentence gives, every offset shifted to the sentence's place (ranges
 * compared as their ends, `mentionEnds`).
 */

/** The mentions of each sentence found alone, shifted to where it sits in their concatenation. */
function sentenceBySentence(sentences: string[], lang: string, ref: string): TimeMention[] {
	const alone = new Map<string, TimeMention[]>();
	const out: TimeMention[] = [];
	let at = 0;
	for (const s of sentences) {
		let ms = alone.get(s);
		if (!ms) alone.set(s, (ms = mentionEnds(findDates(s, { lang, ref }))));
		for (const m of ms)
			out.push({
				...m,
				start: m.start + at,
				end: m.end + at,
				...(m.rangeTo !== undefined ? { rangeTo: m.rangeTo + at } : {}),
				...(m.rangeFrom !== undefined ? { rangeFrom: m.rangeFrom + at } : {})
			});
		at += s.length;
	}
	return out;
}

/** `sentences` repeated in turn until the text is at least `size` characters long. */
function cycle(sentences: string[], size: number): string[] {
	const out: string[] = [];
	for (let n = 0, k = 0; n < size; k++) {
		const s = sentences[k % sentences.length];
		out.push(s);
		n += s.length;
	}
	return out;
}

const REF = '2024-05-15';

const texts: [string, string, string[]][] = [
	// the two reports of issue 16, as written
	['en', 'a numeric date repeated 30,000 times', cycle(['2016-03-05 '], 30_000 * 11)],
	[
		'en',
		'a sentence repeated 20,000 times',
		cycle(['The talks began on 5 March 2016 in Geneva. '], 20_000 * 44)
	],
	[
		'en',
		'a 1 MB English chronology',
		cycle(
			[
				'On Thursday, December 24, 2015, the group denied it. ',
				'Talks ran from 10 to 14 April 2016, ',
				'between 3 and 5 March 2024 and ',
				'from 1980 to 1988; ',
				'24/12/2015 ',
				'the 1980-88 war, ',
				'March and April 2020. ',
				'5 and 6 January 2016 '
			],
			1_000_000
		)
	],
	[
		'ar',
		'a 1 MB Arabic chronology',
		cycle(
			[
				'وقال يوم الخميس 24 ديسمبر 2015 إن الحركة لم تتلق أي دعم. ',
				'من 10 إلى 14 نيسان ',
				'بين 3 و5 مارس 2024 ',
				'١٤ ربيع الأول ١٤٣٧ هـ الموافق 25 ديسمبر 2015م ',
				'دمشق - 12 - 3 (كونا) -- ',
				'مارس وأبريل 2020، ',
				'٢٤/١٢/٢٠١٥ '
			],
			1_000_000
		)
	],
	[
		'fa',
		'a 1 MB Persian chronology',
		cycle(
			[
				'روز پنجشنبه ۳ دی ۱۳۹۴ اعلام شد. ',
				'۱۳۹۴/۰۹/۱۲ ',
				'از ۱۳۹۰ تا ۱۳۹۵ ',
				'۲۵ اسفند تا ۱۳ فروردین ',
				'۲۳ و ۲۴ آذر ۱۴۰۲ ',
				'جنگ ۱۳۵۹-۱۳۶۷، '
			],
			1_000_000
		)
	]
];

describe('a long text of dates is read window by window without losing or shortening a date', () => {
	it.each(texts)(
		'[%s] %s: one call gives what sentence by sentence gives',
		(lang, _name, sentences) => {
			const whole = mentionEnds(findDates(sentences.join(''), { lang, ref: REF }));
			const expected = sentenceBySentence(sentences, lang, REF);
			expect(whole.length).toBe(expected.length);
			expect(JSON.stringify(whole) === JSON.stringify(expected)).toBe(true);
		},
		120_000
	);

	it('the two reports of issue 16 find every date whole', () => {
		const a = findDates('2016-03-05 '.repeat(30_000), { lang: 'en' });
		expect(a.length).toBe(30_000);
		expect(a.every((m, k) => m.start === 11 * k && m.earliest === '2016-03-05')).toBe(true);
		const b = findDates('The talks began on 5 March 2016 in Geneva. '.repeat(20_000), { lang: 'en' });
		expect(b.length).toBe(20_000);
		expect(b.every((m) => m.text === '5 March 2016' && m.earliest === '2016-03-05')).toBe(true);
	}, 120_000);
});
