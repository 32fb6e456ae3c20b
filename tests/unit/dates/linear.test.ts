import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { adversarialText as adversarial } from '../../fixtures/adversarial';

describe('linear time', () => {
	it('processes 1 MB of adversarial text in well under the time a quadratic scan would take', () => {
		findDates(adversarial(20_000), { lang: 'ar', ref: '2016-01-01' }); // warm up
		const t0 = performance.now();
		findDates(adversarial(1_000_000), { lang: 'ar', ref: '2016-01-01' });
		const ms = performance.now() - t0;
		// the bench asserts < 1 s on a quiet machine; here leave room for a loaded CI runner
		expect(ms).toBeLessThan(5000);
	});

	it('takes about twice as long on twice the text', () => {
		const a = adversarial(200_000);
		const b = adversarial(400_000);
		findDates(a, { lang: 'fa' });
		const t1 = performance.now();
		findDates(a, { lang: 'fa' });
		const ta = performance.now() - t1;
		const t2 = performance.now();
		findDates(b, { lang: 'fa' });
		const tb = performance.now() - t2;
		expect(tb / Math.max(ta, 1)).toBeLessThan(4);
	});

	it('copes with empty, binary-looking and huge single-token input', () => {
		expect(findDates('', {})).toEqual([]);
		expect(findDates('\u0000\u0001\uffff\ud800', {})).toEqual([]);
		expect(findDates('9'.repeat(200_000), { lang: 'en' })).toEqual([]);
	});
});
