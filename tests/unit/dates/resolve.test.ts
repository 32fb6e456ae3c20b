import { describe, expect, it } from 'vitest';
import { findDates, mentionValue } from '../../../src/lib/core/dates';
import {
	centuryValue,
	dayValue,
	decadeValue,
	monthValue,
	seasonValue,
	yearValue
} from '../../../src/lib/core/time';
import type { TimeValue } from '../../../src/lib/core/time/time-value';

/**
 * The date finder builds its values as time/ builds every TimeValue (dates/resolve.ts `valueOf` goes
 * through time/build's `timeValueFromDays`), so a date read from a text and the same date built from
 * its calendar parts agree to the day and in their EDTF: one convention, one builder.
 */

const REF = '2019-07-15';

/** The fields a built value and a found one must share. */
const core = (v: TimeValue | null) =>
	v && { earliest: v.earliest, latest: v.latest, precision: v.precision, calendar: v.calendar, edtf: v.edtf };

const cases: [string, string, TimeValue][] = [
	['fa', '۱۸ دی ۱۳۹۴', dayValue('persian', 1394, 10, 18)],
	['en', '26 December 2015', dayValue('gregorian', 2015, 12, 26)],
	['fa', 'دی ۱۳۹۴', monthValue('persian', 1394, 10)],
	['ar', 'ديسمبر 2015', monthValue('gregorian', 2015, 12)],
	['fa', 'سال ۱۳۹۴', yearValue('persian', 1394)],
	['en', 'in 2015', yearValue('gregorian', 2015)],
	['fa', 'تابستان ۱۳۹۴', seasonValue('persian', 1394, 'summer')],
	['fa', 'زمستان ۱۳۹۸', seasonValue('persian', 1398, 'winter')],
	// "winter 2015" is the winter that ends in 2015, in the finder and in time/ alike
	['ar', 'شتاء 2015', seasonValue('gregorian', 2015, 'winter')],
	['en', 'the winter of 2015', seasonValue('gregorian', 2015, 'winter')],
	['en', 'the summer of 2015', seasonValue('gregorian', 2015, 'summer')],
	['en', 'the 1990s', decadeValue('gregorian', 1990)],
	['en', 'the 20th century', centuryValue('gregorian', 20)]
];

describe('the finder and time/ build the same value for the same date', () => {
	it.each(cases)('[%s] "%s"', (lang, text, built) => {
		const found = findDates(text, { lang, ref: REF });
		expect(found).toHaveLength(1);
		expect(core(mentionValue(found[0]))).toEqual(core(built));
	});

	it('writes ten whole years as "199X" only for a decade, not for a range of years', () => {
		const [range] = findDates('between 2010 and 2019', { lang: 'en', ref: REF });
		expect(range.edtf).toBe('2010-01-01/2019-12-31');
		expect(range.ends?.map((m) => m.edtf)).toEqual(['2010', '2019']);
		expect(findDates('the 2010s', { lang: 'en' })[0].edtf).toBe('201X');
	});
});
