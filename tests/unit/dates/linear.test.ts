import { describe, expect, it } from 'vitest';
import { findDates, mentionEnds } from '../../../src/lib/core/dates';
import { countDateWork, type DateWork } from '../../../src/lib/core/dates/work';
import { adversarialText as adversarial } from '../../fixtures/adversarial';
import { overTheBar, total } from '../../fixtures/work';

/**
 * The date finder is linear in the length of a text, checked by counting its work (characters
 * scanned for anchors, normalised and hashed into lexicon keys, tokens given look-ups, positions
 * tried, parser attempts, tokens looked at by parsers and refiners, values resolved: `dateWork`),
 * not by timing it: CPU-time ratios move with the load of the machine, and speed is measured by
 * `npm run bench`.
 */

/** Persian digits for a number ("17" → "۱۷"). */
const faDigits = (n: number | string) => String(n).replace(/\d/g, (x) => '۰۱۲۳۴۵۶۷۸۹'[Number(x)]);

/**
 * News prose about the seed story, dense with dates of every kind the finder reads (a weekday with
 * its date, numeric dates, ranges of days, "between" and "from" ranges, relative days, weeks and
 * years, early/late cues, a lunar Hijri date, seasons): paragraph `k` of each language, its day
 * numbers varied so that the text does not simply repeat. About fourteen mentions per paragraph.
 */
const prose: Record<'ar' | 'fa' | 'en', (k: number) => string> = {
	ar: (k) => {
		const d = 1 + (k % 28);
		return (
			`قال المتحدث باسم طالبان ذبيح الله مجاهد يوم الخميس ${d} ديسمبر 2015 إن الحركة لم تتلق أي دعم ` +
			`من روسيا، وأضاف أن اللقاء الذي جرى بين 3 و5 سبتمبر (أيلول) لم يحدث. وذكرت صحيفة صنداي تايمز ` +
			`في ${d}/12/2015 أن الرئيس الروسي التقى زعيم الحركة في أواخر العام الماضي، وقالت موسكو يوم ` +
			`الاثنين الماضي إن التعاون بدأ منذ عام 2014. ونفت الخارجية الروسية التقرير أمس، وقالت إن ` +
			`الاتصالات جرت من 10 إلى 14 نيسان وفي الفترة ما بين عامي 2015 و2016، قبل ثلاثة أيام من ${d} ` +
			`ربيع الأول 1437 هـ.\n`
		);
	},
	fa: (k) => {
		const d = faDigits(1 + (k % 28));
		const dd = faDigits(String(1 + (k % 28)).padStart(2, '0'));
		return (
			`ذبیح‌الله مجاهد سخنگوی طالبان روز پنجشنبه ${d} آذر ۱۳۹۴ گفت که این گروه از روسیه کمکی دریافت ` +
			`نکرده است و دیدار ۱۰ تا ۱۴ فروردین را رد کرد. به گزارش ایسنا در تاریخ ۱۳۹۴/۰۹/${dd} وزارت ` +
			`خارجه روسیه هفته گذشته اعلام کرد که تماس‌ها از سال ۱۳۹۳ آغاز شده و تا اواخر سال گذشته ادامه ` +
			`داشت. ساندی تایمز روز جمعه گزارش داد که پوتین در شهریور ماه امسال با رهبر طالبان دیدار کرده و ` +
			`این دیدار بین ۲۳ و ۲۴ دی انجام شد؛ مقام‌های پاکستانی دیروز آن را رد کردند.\n`
		);
	},
	en: (k) => {
		const d = 1 + (k % 28);
		return (
			`Taliban spokesman Zabihullah Mujahid said on Thursday, December ${d}, 2015 that the group had ` +
			`received no help from Russia and denied a meeting held between 3 and 5 September. The Sunday ` +
			`Times reported on ${d}/12/2015 that Putin met the Taliban leader in late 2014, and the Kremlin ` +
			`said last Monday that contacts began in the summer of 2015. Russia's foreign ministry denied ` +
			`the report yesterday, saying talks took place from 10 to 14 April and between 2015 and 2016, ` +
			`three days ago and again next month.\n`
		);
	}
};

/** Paragraphs of `paragraph` up to exactly `size` characters. */
function paragraphs(paragraph: (k: number) => string, size: number): string {
	const parts: string[] = [];
	let n = 0;
	for (let k = 0; n < size; k++) {
		const p = paragraph(k);
		parts.push(p);
		n += p.length;
	}
	return parts.join('').slice(0, size);
}

/**
 * `size` binary-looking UTF-16 code units: one block of 8,192 pseudo-random ones (any, lone
 * surrogates and NULs included; the same each run) repeated, so that four times the text holds
 * four times the few stray digits and letters that look like an anchor, not a random count of them.
 */
function binaryLooking(size: number): string {
	let x = 12345;
	const units: number[] = new Array(8192);
	for (let k = 0; k < units.length; k++) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		units[k] = x >>> 16;
	}
	return String.fromCharCode(...units)
		.repeat(Math.ceil(size / units.length))
		.slice(0, size);
}

/** Paragraphs of the three languages in turn. */
function mixed(size: number): string {
	return paragraphs((k) => prose[(['ar', 'fa', 'en'] as const)[k % 3]](k), size);
}

/** The work of finding the dates of `text` (and the mentions, a range as its two ends, for the reference steps). */
const work = (text: string, lang: string | undefined) =>
	countDateWork(() => mentionEnds(findDates(text, { lang, ref: '2015-12-25' })));

/** [what, text of a size, language (undefined: detected), small size, at least this many mentions at it]. */
const shapes: [string, (size: number) => string, string | undefined, number, number][] = [
	// the megabyte once timed here, counted at 250 kB and 1 MB, read as each language
	['adversarial text read as Arabic, 250 kB to 1 MB', adversarial, 'ar', 250_000, 1000],
	['adversarial text read as Persian, 250 kB to 1 MB', adversarial, 'fa', 250_000, 1000],
	['adversarial text read as English, 250 kB to 1 MB', adversarial, 'en', 250_000, 500],
	['adversarial text in a language detected from it', adversarial, undefined, 100_000, 100],
	['Arabic news prose dense with dates', (n) => paragraphs(prose.ar, n), 'ar', 100_000, 2500],
	['Persian news prose dense with dates', (n) => paragraphs(prose.fa, n), 'fa', 100_000, 2500],
	['English news prose dense with dates', (n) => paragraphs(prose.en, n), 'en', 100_000, 2500],
	['prose of all three languages, its language detected', mixed, undefined, 100_000, 2500],
	['binary-looking text', binaryLooking, undefined, 100_000, 0]
];

/**
 * Checks that finding the dates of `b` (about four times `a`) counts at most `BAR` times the work
 * of `a` on every counter and in total, that both were read whole, and that a step pairing every
 * mention with every other would have crossed the bar. Returns the two works.
 */
function scalesLinearly(
	label: string,
	a: string,
	b: string,
	lang: string | undefined,
	minMentions: number
): { small: DateWork; large: DateWork } {
	const small = work(a, lang);
	const large = work(b, lang);
	console.log(`${label}: ${a.length} chars ${JSON.stringify(small.work)}; ×4 ${JSON.stringify(large.work)}`);
	// the larger text was read: scanned whole, its dates found
	expect(small.work.scanChars).toBe(a.length);
	expect(large.work.scanChars).toBe(b.length);
	expect(b.length).toBeGreaterThan(3.9 * a.length);
	expect(small.result.length).toBeGreaterThanOrEqual(minMentions);
	expect(large.work.mentions).toBe(large.result.length);
	expect(large.work.mentions).toBeGreaterThanOrEqual(3.5 * small.work.mentions);
	expect(overTheBar(small.work, large.work)).toEqual([]);
	// …and a step that compared every mention with every other would have crossed the bar
	const pairs = (w: DateWork, n: number) => ({ ...w, mentionPairs: (n * (n - 1)) / 2 });
	expect(overTheBar(pairs(small.work, small.result.length), pairs(large.work, large.result.length))).toEqual(
		minMentions > 0 ? ['mentionPairs', 'total'] : []
	);
	return { small: small.work, large: large.work };
}

/** [what, a unit repeated to the size, language, small size]: runs of dates with no gap between anchors. */
const oneWindow: [string, string, string, number][] = [
	['Arabic numeric dates and month names', '31/12/2015 ١٢/١٢/٢٠١٥ يناير 2016 كانون الثاني ', 'ar', 2000],
	['Persian numeric dates and month names', '۱۳۹۴/۰۹/۱۷ ۲۵ اسفند ۱۳۹۴ دی ', 'fa', 2000],
	['English dates', 'December 17, 2015 17/12/2015 May 2016 ', 'en', 2000],
	['Arabic agency datelines in figures', 'دمشق - 12 - 3 (كونا) ', 'ar', 2200]
];

describe('finding dates does work linear in the length of a text', () => {
	// Four times the text costs 4× the work when the finder is linear and 16× when a step is
	// quadratic; the bar, 4.5×, leaves a margin for where windows of text around anchors happen to
	// be cut and for what does not grow (the language detector's look at the first 20,000 characters).
	it.each(shapes)(
		'finds the dates of four times as much %s with at most 4.5 times the counted work',
		(label, text, lang, size, minMentions) => {
			scalesLinearly(label, text(size), text(4 * size), lang, minMentions);
		},
		120_000
	);

	// The scan cuts a text into windows of at most 4,096 tokens around its anchors, so a step
	// quadratic within one window would cost a bounded amount per window and grow with the number
	// of windows, linearly, on long texts. Texts that are one unbroken run of anchors, one window
	// at both sizes, would show it.
	it.each(oneWindow)(
		'finds the dates of four times as much %s, one window of the scan, with at most 4.5 times the counted work',
		(label, unit, lang, size) => {
			const text = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
			const { small, large } = scalesLinearly(label, text(size), text(4 * size), lang, 100);
			expect([small.windows, large.windows]).toEqual([1, 1]);
		}
	);

	it('would cross the bar if the finder ran over the whole text once per paragraph', () => {
		// A caller that finds each paragraph's dates by running the finder over the whole text (the
		// step the reading pipeline once had for a file of many articles) does quadratic work;
		// the counters see it, while one run over the text stays under the bar.
		const perParagraph = (text: string): DateWork =>
			countDateWork(() => {
				for (const _ of text.split('\n')) findDates(text, { lang: 'en', ref: '2015-12-25' });
			}).work;
		const once = (text: string): DateWork => work(text, 'en').work;
		const text = (n: number) => paragraphs(prose.en, n);
		expect(overTheBar(once(text(5_000)), once(text(20_000)))).toEqual([]);
		const over = overTheBar(perParagraph(text(5_000)), perParagraph(text(20_000)));
		expect(over).toContain('scanChars');
		expect(over).toContain('parserCalls');
		expect(over).toContain('total');
	}, 120_000);
});

/** Counters that step over tokens rather than characters: a single token keeps them to a handful. */
const tokenCounters: (keyof DateWork)[] = [
	'scanTokens',
	'anchors',
	'streamTokens',
	'lexiconProbes',
	'positions',
	'parserCalls',
	'cursorLooks',
	'lineSteps',
	'resolves',
	'mentions'
];

describe('text with no dates at all', () => {
	it('finds nothing in an empty text, and does nothing', () => {
		const { result, work: w } = countDateWork(() => findDates('', {}));
		expect(result).toEqual([]);
		expect(total(w)).toBe(0);
	});

	it('finds nothing in a few binary-looking code units', () => {
		const { result, work: w } = countDateWork(() => findDates('\u0000\u0001\uffff\ud800', {}));
		expect(result).toEqual([]);
		expect(w.scanChars).toBe(4);
		expect(w.mentions).toBe(0);
	});

	it.each([
		['200,000 Western digits', '9'.repeat(200_000), 'en'],
		['200,000 Persian digits', '۹'.repeat(200_000), 'fa'],
		['200,000 Arabic-Indic digits', '٢'.repeat(200_000), 'ar'],
		['an Arabic word of 200,000 letters', 'ب'.repeat(200_000), 'ar'],
		['a Latin word of 200,000 letters', 'May'.repeat(70_000), 'en'],
		['200,000 tatweels and zero-width non-joiners', 'ـ\u200c'.repeat(100_000), 'fa'],
		['200,000 digits read in a language detected from them', '1'.repeat(200_000), undefined]
	])(
		'finds nothing in %s (one huge token or run), reading each character a bounded number of times',
		(_, text, lang) => {
			const { result, work: w } = countDateWork(() => findDates(text, { lang, ref: '2015-12-25' }));
			expect(result).toEqual([]);
			// the scan, the window's normalising and the one lexicon key each read the token once (and
			// the language detector its first 20,000 characters)
			expect(w.scanChars).toBe(text.length);
			expect(total(w)).toBeLessThanOrEqual(4 * text.length);
			for (const k of tokenCounters) expect(w[k], k).toBeLessThanOrEqual(100);
		}
	);
});
