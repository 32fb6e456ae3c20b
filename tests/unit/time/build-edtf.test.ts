import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../../../src/lib/core/calendars';
import {
	centuryValue,
	dayToIso,
	dayToUtcDate,
	dayValue,
	decadeValue,
	edtfFromDays,
	intervalValue,
	isoToDay,
	monthPartValue,
	monthValue,
	parseEdtf,
	seasonValue,
	utcDateToDay,
	weekValue,
	yearValue,
	type TimeValue
} from '../../../src/lib/core/time';

const span = (v: TimeValue) => [v.earliest, v.latest, v.precision, v.edtf];

describe('building TimeValues from calendar dates', () => {
	it.each([
		[
			'a Solar Hijri day',
			dayValue('persian', 1394, 10, 5),
			['2015-12-26', '2015-12-26', 'day', '2015-12-26']
		],
		[
			'a lunar Hijri day',
			dayValue('islamic-umalqura', 1437, 9, 1),
			['2016-06-06', '2016-06-06', 'day', '2016-06-06']
		],
		[
			'a Solar Hijri month',
			monthValue('persian', 1394, 10),
			['2015-12-22', '2016-01-20', 'month', '2015-12-22/2016-01-20']
		],
		['a Gregorian month', monthValue('gregorian', 2016, 2), ['2016-02-01', '2016-02-29', 'month', '2016-02']],
		[
			'a lunar Hijri month',
			monthValue('islamic-umalqura', 1437, 9),
			['2016-06-06', '2016-07-05', 'month', '2016-06-06/2016-07-05']
		],
		[
			'early in a month',
			monthPartValue('gregorian', 2015, 12, 'early'),
			['2015-12-01', '2015-12-10', 'month', '2015-12-01~/2015-12-10~']
		],
		[
			'the middle of a month',
			monthPartValue('gregorian', 2015, 12, 'mid'),
			['2015-12-11', '2015-12-20', 'month', '2015-12-11~/2015-12-20~']
		],
		[
			'late in a 29-day Esfand',
			monthPartValue('persian', 1394, 12, 'late'),
			['2016-03-11', '2016-03-19', 'month', '2016-03-11~/2016-03-19~']
		],
		[
			'late in a 30-day Esfand',
			monthPartValue('persian', 1395, 12, 'late'),
			['2017-03-11', '2017-03-20', 'month', '2017-03-11~/2017-03-20~']
		],
		[
			'a Solar Hijri year',
			yearValue('persian', 1394),
			['2015-03-21', '2016-03-19', 'year', '2015-03-21/2016-03-19']
		],
		['a Gregorian year', yearValue('gregorian', 2015), ['2015-01-01', '2015-12-31', 'year', '2015']],
		[
			'a lunar Hijri year',
			yearValue('islamic-umalqura', 1437),
			['2015-10-14', '2016-10-01', 'year', '2015-10-14/2016-10-01']
		],
		[
			'a Solar Hijri summer',
			seasonValue('persian', 1394, 'summer'),
			['2015-06-22', '2015-09-22', 'season', '2015-06-22/2015-09-22']
		],
		[
			'a Solar Hijri spring',
			seasonValue('persian', 1403, 'spring'),
			['2024-03-20', '2024-06-20', 'season', '2024-03-20/2024-06-20']
		],
		[
			'a meteorological spring',
			seasonValue('gregorian', 2015, 'spring'),
			['2015-03-01', '2015-05-31', 'season', '2015-03-01/2015-05-31']
		],
		[
			'a meteorological winter, the one that ends in the year',
			seasonValue('gregorian', 2016, 'winter'),
			['2015-12-01', '2016-02-29', 'season', '2015-12-01/2016-02-29']
		],
		['a Gregorian decade', decadeValue('gregorian', 1990), ['1990-01-01', '1999-12-31', 'decade', '199X']],
		[
			'a Solar Hijri decade',
			decadeValue('persian', 1370),
			['1991-03-21', '2001-03-20', 'decade', '1991-03-21/2001-03-20']
		],
		['a Gregorian century', centuryValue('gregorian', 20), ['1900-01-01', '1999-12-31', 'century', '19XX']],
		[
			'the first century',
			centuryValue('gregorian', 1),
			['0001-01-01', '0099-12-31', 'century', '0001-01-01/0099-12-31']
		],
		[
			'a Saturday-first week',
			weekValue('persian', 1394, 10, 9),
			['2015-12-26', '2016-01-01', 'week', '2015-12-26/2016-01-01']
		],
		[
			'a Monday-first week',
			weekValue('gregorian', 2015, 12, 26),
			['2015-12-21', '2015-12-27', 'week', '2015-12-21/2015-12-27']
		],
		[
			'a Sunday-first week',
			weekValue('gregorian', 2015, 12, 26, { weekStart: 0 }),
			['2015-12-20', '2015-12-26', 'week', '2015-12-20/2015-12-26']
		],
		[
			'an interval of months',
			intervalValue('persian', { year: 1394, month: 7 }, { year: 1394, month: 10 }),
			['2015-09-23', '2016-01-20', 'month', '2015-09-23/2016-01-20']
		],
		[
			'an interval from a day to a year',
			intervalValue('gregorian', { year: 2015, month: 12, day: 26 }, { year: 2016 }),
			['2015-12-26', '2016-12-31', 'year', '2015-12-26/2016-12-31']
		]
	])('builds %s', (_name, value, expected) => {
		expect(span(value)).toEqual(expected);
	});

	it('carries text, qualifiers and the anchor of a relative value', () => {
		const v = dayValue('gregorian', 2015, 12, 23, {
			text: 'الأربعاء',
			relative: true,
			anchor: '2015-12-26',
			uncertain: true
		});
		expect(v).toEqual({
			earliest: '2015-12-23',
			latest: '2015-12-23',
			precision: 'day',
			calendar: 'gregorian',
			edtf: '2015-12-23?',
			text: 'الأربعاء',
			relative: true,
			anchor: '2015-12-26',
			uncertain: true
		});
		expect(monthPartValue('persian', 1394, 10, 'late')).toMatchObject({ approximate: true, part: 'late' });
	});

	it.each([
		[() => dayValue('persian', 1394, 12, 30), '30 Esfand 1394 does not exist'],
		[() => monthValue('persian', 1394, 13), 'Month 13 does not exist'],
		[() => seasonValue('islamic-umalqura', 1437, 'summer'), 'The lunar Hijri calendar has no seasons'],
		[() => yearValue('gregorian', 10000), 'Year 10000 is outside']
	])('refuses impossible dates with a clear message (%#)', (build, message) => {
		expect(build).toThrow(InvalidDateError);
		expect(build).toThrow(message);
	});

	it('refuses a decade not starting at a multiple of ten and century 0', () => {
		expect(() => decadeValue('gregorian', 1995)).toThrow('A decade starts at a multiple of 10');
		expect(() => centuryValue('gregorian', 0)).toThrow('Century 0 does not exist');
	});
});

describe('ISO days and UTC dates', () => {
	it('maps day numbers to UTC midnights and back, whatever the local time zone', () => {
		expect(dayToUtcDate(16795).toISOString()).toBe('2015-12-26T00:00:00.000Z');
		expect(utcDateToDay(new Date('2015-12-26T23:59:59Z'))).toBe(16795);
		expect(utcDateToDay(new Date('2015-12-26T00:00:00+03:30'))).toBe(16794);
		expect(dayToIso(isoToDay('0001-01-01'))).toBe('0001-01-01');
	});
});

describe('EDTF', () => {
	it.each([
		['2015', ['2015-01-01', '2015-12-31', 'year', false, false]],
		['2015-12', ['2015-12-01', '2015-12-31', 'month', false, false]],
		['2015-12-26', ['2015-12-26', '2015-12-26', 'day', false, false]],
		['2015-12~', ['2015-12-01', '2015-12-31', 'month', true, false]],
		['2015-12-26?', ['2015-12-26', '2015-12-26', 'day', false, true]],
		['2015-12-26%', ['2015-12-26', '2015-12-26', 'day', true, true]],
		['2015-21', ['2015-03-01', '2015-05-31', 'season', false, false]],
		['2015-22', ['2015-06-01', '2015-08-31', 'season', false, false]],
		['2015-23', ['2015-09-01', '2015-11-30', 'season', false, false]],
		['2016-24', ['2015-12-01', '2016-02-29', 'season', false, false]],
		['199X', ['1990-01-01', '1999-12-31', 'decade', false, false]],
		['19XX', ['1900-01-01', '1999-12-31', 'century', false, false]],
		['2015-12-22/2016-01-20', ['2015-12-22', '2016-01-20', 'month', false, false]],
		['2015-12-01~/2015-12-10~', ['2015-12-01', '2015-12-10', 'month', true, false]],
		['2015-12-26/2016-01-01', ['2015-12-26', '2016-01-01', 'week', false, false]],
		['2015/2016', ['2015-01-01', '2016-12-31', 'decade', false, false]]
	])('parses %s', (text, [earliest, latest, precision, approximate, uncertain]) => {
		expect(parseEdtf(text)).toEqual({ earliest, latest, precision, approximate, uncertain });
	});

	it.each([
		['../2015', 'open or unknown end'],
		['2015/', 'open or unknown end'],
		['2015-02-30', '30 February 2015 does not exist'],
		['2015-13', 'Month 13 does not exist'],
		['-0500', 'is not an EDTF date we read'],
		['12015', 'is not an EDTF date we read'],
		['2016/2015', 'ends before it starts'],
		['2015-21-03', 'a season cannot have a day'],
		['', 'open or unknown end']
	])('refuses %s with a clear message', (text, message) => {
		expect(() => parseEdtf(text)).toThrow(message);
	});

	it('round-trips every value it writes, and the edtf package reads the same days', () => {
		const values = [
			dayValue('persian', 1394, 10, 5),
			monthValue('persian', 1394, 10),
			monthValue('gregorian', 2015, 12),
			monthPartValue('gregorian', 2015, 12, 'late'),
			yearValue('persian', 1394),
			yearValue('gregorian', 2015),
			seasonValue('persian', 1394, 'summer'),
			seasonValue('gregorian', 2016, 'winter'),
			decadeValue('gregorian', 1990),
			centuryValue('gregorian', 20),
			dayValue('islamic-umalqura', 1437, 9, 1, { approximate: true, uncertain: true })
		];
		for (const v of values) {
			const back = parseEdtf(v.edtf);
			expect([back.earliest, back.latest], v.edtf).toEqual([v.earliest, v.latest]);
			const theirs = edtf(v.edtf);
			const first = dayToIso(Math.floor(theirs.min / 86_400_000));
			const last = dayToIso(Math.floor(theirs.max / 86_400_000));
			expect([first, last], v.edtf).toEqual([v.earliest, v.latest]);
		}
	});

	it('writes compact forms only for whole Gregorian units', () => {
		expect(edtfFromDays(isoToDay('2015-12-01'), isoToDay('2015-12-31'))).toBe('2015-12');
		expect(edtfFromDays(isoToDay('2015-12-02'), isoToDay('2015-12-31'))).toBe('2015-12-02/2015-12-31');
		expect(edtfFromDays(isoToDay('2015-01-01'), isoToDay('2016-12-31'))).toBe('2015-01-01/2016-12-31');
		expect(edtfFromDays(isoToDay('2010-01-01'), isoToDay('2019-12-31'), { approximate: true })).toBe('201X~');
	});
});
