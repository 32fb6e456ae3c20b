import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { chunks, focusRuns, paragraphs, type Paragraph } from '../../../src/lib/state/highlight';

const joined = (ps: Paragraph[]) => ps.map((p) => p.runs.map((r) => r.text).join('')).join('');

describe('a source drawn in chunks', () => {
	const line = '2016-03-05 '.repeat(27_000);
	const dates = findDates(line, { lang: 'en' });
	const paras = paragraphs(line, dates, []);
	const cs = chunks(paras);

	it('keeps every character and every date, in order, once', () => {
		expect(dates.length).toBeGreaterThan(26_000);
		expect(
			cs
				.flatMap((c) => c.paragraphs)
				.map((p) => p.runs.map((r) => r.text).join(''))
				.join('')
		).toBe(line);
		const marks = cs.flatMap((c) => c.paragraphs.flatMap((p) => p.runs)).filter((r) => r.kind === 'date');
		expect(marks.length).toBe(dates.length);
	});

	it('cuts a 297,000-character line into blocks of at most 3,000 characters, never inside a date', () => {
		expect(cs.length).toBeGreaterThanOrEqual(99);
		for (const c of cs) expect(c.end - c.start).toBeLessThanOrEqual(3000);
		for (const p of cs.flatMap((c) => c.paragraphs))
			for (const r of p.runs) if (r.kind === 'date') expect(r.text).toBe(r.mention.text);
		// each piece knows where it starts in the text
		for (const p of cs.flatMap((c) => c.paragraphs))
			expect(line.slice(p.start, p.start + p.runs.map((r) => r.text).join('').length)).toBe(
				p.runs.map((r) => r.text).join('')
			);
		expect(cs.flatMap((c) => c.paragraphs).filter((p) => !p.cont)).toHaveLength(1);
	});

	it('groups short paragraphs and keeps a line per paragraph', () => {
		const text = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} said on 5 March 2016 that…`).join(
			'\n'
		);
		const ps = paragraphs(text, findDates(text, { lang: 'en' }), []);
		const cs2 = chunks(ps);
		expect(cs2.length).toBeGreaterThan(1);
		expect(cs2.flatMap((c) => c.paragraphs)).toEqual(ps);
		expect(joined(ps)).toBe(text.replaceAll('\n', ''));
	});
});

describe('the sentence being shown', () => {
	const text = 'نفت حركة طالبان يوم 23 ديسمبر 2015 تقارير. وقال المتحدث إن التقارير لا أساس لها.';
	const dates = findDates(text, { lang: 'ar' });
	const start = text.indexOf('وقال');

	it('marks the runs inside the span, cutting plain text at its ends', () => {
		const [p] = paragraphs(text, dates, []);
		const runs = focusRuns(p, { start, end: text.length });
		const shown = runs
			.filter((r) => r.focus)
			.map((r) => r.text)
			.join('');
		expect(shown).toBe(text.slice(start));
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(focusRuns(p, { start: text.length + 5, end: text.length + 9 })).toBe(p.runs);
	});

	it('marks a date inside it as shown', () => {
		const [p] = paragraphs(text, dates, []);
		const runs = focusRuns(p, { start: 0, end: start });
		const date = runs.find((r) => r.kind === 'date')!;
		expect(date.focus).toBe(true);
		expect(
			runs
				.filter((r) => !r.focus)
				.map((r) => r.text)
				.join('')
		).toBe(text.slice(start));
	});
});
