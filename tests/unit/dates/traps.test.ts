import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { armanSentences, NAME_KINDS } from '../../eval/arman';

/**
 * Persian sentences nobody here wrote, their names of people, organisations, places, facilities and
 * products annotated (ArmanPersoNERCorpus, ../shared/eval/arman-ner; tests/eval/README.md): a date
 * read inside such a name is a false mention (بهمن, آذر, رجب are names too; «جبهه دوم خرداد» is a
 * movement, «خیابان ۱۵ خرداد» a street). Developed on train_fold1; test_fold1 is measured. Skipped
 * where the corpus is absent.
 */
function inNames(file: string): string[] {
	const found: string[] = [];
	for (const s of armanSentences(file))
		for (const m of findDates(s.text, { lang: 'fa', ref: '2016-01-01' })) {
			const name = s.names.find((n) => NAME_KINDS.has(n.kind) && m.start < n.end && n.start < m.end);
			if (name) found.push(`${s.id} "${m.text}" in ${name.kind} "${name.text}"`);
		}
	return found;
}

const test = armanSentences('test_fold1.txt');

describe('Persian trap sentences (ArmanPersoNERCorpus)', () => {
	// the bar is 0 (issue 14): 2 of 423 mentions on the fold (not blind: it has been read before),
	// both judged right: «سده بیستم» is a real century inside a talk's title (a date with its
	// century stays a date in a name), and «روز گذشته» (yesterday) was swallowed by the annotated
	// «سازمان ملل روز». Was 7: «علیه / مخالف / منتسب به دوم خرداد» (stance words), «جهان امروز»
	// (block), «العرب الیوم» (Arabic «اليوم» only in Arabic text)
	it.skipIf(!test.length)('test fold: at most 2 dates read inside a name', () => {
		const found = inNames('test_fold1.txt');
		expect(found.length, found.join('\n')).toBeLessThanOrEqual(2);
	});
});
