import { describe, expect, it } from 'vitest';
import { MAX_STEPS, emptyHistory, record, redo, undo } from '../../../src/lib/core/notebook/history';

describe('undo history', () => {
	it('undoes and redoes edits in order, carrying their labels', () => {
		let h = emptyHistory<string>();
		h = record(h, 'a', 'add cell', null, 0);
		h = record(h, 'ab', 'correction', null, 5000);
		const u1 = undo(h, 'abc')!;
		expect([u1.value, u1.label]).toEqual(['ab', 'correction']);
		const u2 = undo(u1.history, u1.value)!;
		expect([u2.value, u2.label]).toEqual(['a', 'add cell']);
		expect(undo(u2.history, u2.value)).toBeNull();
		const r1 = redo(u2.history, u2.value)!;
		expect([r1.value, r1.label]).toEqual(['ab', 'add cell']);
		const r2 = redo(r1.history, r1.value)!;
		expect(r2.value).toBe('abc');
		expect(redo(r2.history, r2.value)).toBeNull();
	});

	it.each([
		['same key within the window', 'text:c1', 'text:c1', 900, 1],
		['same key after the window', 'text:c1', 'text:c1', 1500, 2],
		['another cell', 'text:c1', 'text:c2', 100, 2],
		['no key (never coalesced)', null, null, 100, 2]
	])('coalesces typing: %s', (_, k1, k2, gap, steps) => {
		let h = emptyHistory<string>();
		h = record(h, 'x', 'edit text', k1, 1000);
		h = record(h, 'xy', 'edit text', k2, 1000 + gap);
		expect(h.past.length).toBe(steps);
		// Undo of a coalesced burst goes back to before the burst.
		expect(undo(h, 'xyz')!.value).toBe(steps === 1 ? 'x' : 'xy');
	});

	it('a new edit after an undo clears the redo list', () => {
		let h = emptyHistory<number>();
		h = record(h, 1, 'e', null, 0);
		const u = undo(h, 2)!;
		expect(u.history.future.length).toBe(1);
		const h2 = record(u.history, u.value, 'other', null, 10);
		expect(h2.future).toEqual([]);
		expect(redo(h2, 3)).toBeNull();
	});

	it(`keeps at most ${MAX_STEPS} steps, dropping the oldest`, () => {
		let h = emptyHistory<number>();
		for (let i = 0; i < MAX_STEPS + 50; i++) h = record(h, i, 'e', null, i * 10_000);
		expect(h.past.length).toBe(MAX_STEPS);
		expect(h.past[0].value).toBe(50);
	});
});
