import { describe, expect, it } from 'vitest';
import { fold, LETTER, normalize, toOriginal, tokenize } from '../../../src/lib/core/text';

describe('normalize', () => {
	it.each([
		['۱۳۹۴/۱۰/۰۵', '1394/10/05'],
		['٢٠١٥-١٢-٢٦', '2015-12-26'],
		['۲۰۱۵ و ٢٠١٦ and 2017', '2015 و 2016 and 2017'],
		['یکشنبه', 'يكشنبه'],
		['کابل', 'كابل'],
		['أإآٱا', 'ااااا'],
		['مدرسة', 'مدرسه'],
		['هـــ', 'ه'],
		['رَبِيعٌ', 'ربيع'],
		['بیانیه‌ای', 'بيانيه اي'],
		['\u200fالخميس\u200e', 'الخميس'],
		['December', 'december']
	])('folds %s to %s', (input, want) => {
		expect(normalize(input).text).toBe(want);
	});

	it('keeps a map from every normalised character back to the original', () => {
		const original = '\u200fفي الـ ١٤ رَبيع‌الأوَّل';
		const n = normalize(original);
		expect(n.map.length).toBe(n.text.length + 1);
		for (let i = 0; i < n.text.length; i++) {
			const o = original[n.map[i]];
			expect(normalize(o).text).toBe(n.text[i]);
		}
		const at = n.text.indexOf('ربيع');
		const [s, e] = toOriginal(n, at, at + 4);
		expect(original.slice(s, e)).toBe('رَبيع');
	});

	it('folds lexicon entries exactly as it folds text, whether the half-space is kept or lost', () => {
		expect(fold('ربیع‌الاول')).toBe('ربيع الاول');
		expect(fold('دی‌ماه')).toBe(normalize('دی ماه').text);
	});
});

describe('normalize for reading (the half-space dropped)', () => {
	const JOINED = { zwnj: 'drop' } as const;

	it.each([
		['می‌گوید', 'ميگويد'],
		['میگوید', 'ميگويد'],
		['روس‌ها', 'روسها'],
		['۱۸ دی‌ماه', '18 ديماه'],
		['أعلنت «طالبان»', 'اعلنت "طالبان"']
	])('folds %s to %s', (input, want) => {
		expect(normalize(input, JOINED).text).toBe(want);
		expect(fold(input, JOINED)).toBe(want);
	});

	it('keeps the map exact when the half-space is dropped', () => {
		const original = 'گفته‌اند «بی‌اساس»';
		const n = normalize(original, JOINED);
		expect(n.map.length).toBe(n.text.length + 1);
		const at = n.text.indexOf('بياساس');
		const [s, e] = toOriginal(n, at, at + 'بياساس'.length);
		expect(original.slice(s, e)).toBe('بی‌اساس');
	});

	it('differs from the default only in the half-space', () => {
		const sample = 'قال\u200cالمتحدث، ۲۷ اسفند ١٤٠٣ – «طالبان» Said\u00a0ٱلرئيس\u0640 رَبيع';
		const dflt = normalize(sample).text;
		const joined = normalize(sample, JOINED).text;
		expect(joined).toBe(dflt.replace('قال المتحدث', 'قالالمتحدث'));
	});
});

describe('fold', () => {
	it.each([
		['  قال \t\n المتحدث  ', 'قال المتحدث'],
		['\u200fالخميس\u00a0\u2009 الماضي\u200e', 'الخميس الماضي'],
		['دی‌ماه', 'دي ماه'],
		['', '']
	])('folds %j to %j, white space collapsed and trimmed', (input, want) => {
		expect(fold(input)).toBe(want);
	});

	it('folds a megabyte line as normalize does, without running out of stack', () => {
		const line = 'نفت حركة طالبان تقارير عن تبادل المعلومات مع روسيا '.repeat(20_000);
		expect(fold(line)).toBe(normalize(line).text.trim());
	});
});

describe('LETTER', () => {
	it.each([
		['ب', true],
		['x', true],
		['7', true],
		['۷', true],
		[' ', false],
		['،', false],
		['"', false]
	])('says whether %j is a word character: %s', (ch, want) => {
		expect(LETTER.test(ch as string)).toBe(want);
	});
});

describe('tokenize', () => {
	it('splits digits, words and punctuation and marks spaces and newlines', () => {
		const t = tokenize(normalize('18 دی 1394\n2015م, Dec.').text);
		expect(t.map((x) => `${x.kind}:${x.text}`)).toEqual([
			'num:18',
			'word:دي',
			'num:1394',
			'nl:\n',
			'num:2015',
			'word:م',
			'punct:,',
			'word:dec',
			'punct:.'
		]);
		expect(t[1].space).toBe(true);
		expect(t[5].space).toBe(false);
	});

	it('never joins two scripts into one word', () => {
		expect(tokenize('سورياfebruary').map((x) => x.text)).toEqual(['سوريا', 'february']);
	});
});
