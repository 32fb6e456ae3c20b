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
import { describeRows } from './rows';

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

describeRows('"this" season is the one that holds the reference, else the nearest to it', {
	'said before the season it names, the coming one; after it, the one just past': [
		['en', '2024-05-15', 'this summer', ['this summer=2024-06-01/2024-08-31']],
		['en', '2022-10-01', 'this summer', ['this summer=2022-06-01/2022-08-31']],
		['en', '2022-10-01', 'this winter', ['this winter=2022-12-01/2023-02-28']],
		['en', '2024-05-15', 'this spring', ['this spring=2024-03-01/2024-05-31']],
		['ar', '2024-05-15', 'هذا الصيف', ['هذا الصيف=2024-06-01/2024-08-31']],
		['ar', '2024-05-15', 'الصيف الحالي', ['الصيف الحالي=2024-06-01/2024-08-31']],
		['fa', '2024-05-15', 'این تابستان', ['این تابستان=2024-06-21/2024-09-21']]
	],
	'"last" and "next" keep their direction': [
		['en', '2024-05-15', 'last summer', ['last summer=2023-06-01/2023-08-31']],
		['en', '2024-05-15', 'next winter', ['next winter=2024-12-01/2025-02-28']],
		['ar', '2024-05-15', 'الصيف الماضي', ['الصيف الماضي=2023-06-01/2023-08-31']]
	]
});
