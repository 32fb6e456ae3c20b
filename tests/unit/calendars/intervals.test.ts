import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
	calendarInterval,
	calendarIntervals,
	calendarTicks,
	getCalendar,
	tickFormatter,
	type CalendarId,
	type IntervalUnit
} from '../../../src/lib/core/calendars';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const DAY = 86_400_000;
const CALENDARS: CalendarId[] = ['gregorian', 'persian', 'islamic-umalqura'];
const UNITS: IntervalUnit[] = ['year', 'month', 'week', 'day'];

describe('calendar intervals in d3 shape', () => {
	it('lets a d3 UTC scale tick on Solar Hijri month starts', () => {
		const scale = scaleUtc().domain([utc('2015-10-01'), utc('2016-04-01')]);
		expect(scale.ticks(calendarIntervals('persian').month).map(iso)).toEqual([
			'2015-10-23', // 1 Aban 1394
			'2015-11-22', // 1 Azar
			'2015-12-22', // 1 Dey
			'2016-01-21', // 1 Bahman
			'2016-02-20', // 1 Esfand
			'2016-03-20' // 1 Farvardin 1395
		]);
	});

	it('ticks on Umm al-Qura month starts', () => {
		const months = calendarIntervals('islamic-umalqura').month.range(utc('2016-05-01'), utc('2016-08-01'));
		expect(months.map(iso)).toEqual(['2016-05-08', '2016-06-06', '2016-07-06']);
	});

	it('nices a domain out to whole Solar Hijri years', () => {
		const scale = scaleUtc()
			.domain([utc('2015-06-01'), utc('2016-01-01')])
			.nice(calendarIntervals('persian').year);
		expect(scale.domain().map(iso)).toEqual(['2015-03-21', '2016-03-20']);
	});

	it.each([
		['persian', 'month', '2015-12-26T13:00:00Z', '2015-12-22', '2016-01-21'],
		['persian', 'year', '2015-12-26T13:00:00Z', '2015-03-21', '2016-03-20'],
		['persian', 'week', '2015-12-30T13:00:00Z', '2015-12-26', '2016-01-02'],
		['islamic-umalqura', 'month', '2016-06-20T00:00:00Z', '2016-06-06', '2016-07-06'],
		['islamic-umalqura', 'year', '2016-06-20T00:00:00Z', '2015-10-14', '2016-10-02'],
		['gregorian', 'week', '2015-12-26T00:00:00Z', '2015-12-21', '2015-12-28'],
		['gregorian', 'month', '2015-12-26T00:00:00Z', '2015-12-01', '2016-01-01'],
		['gregorian', 'day', '2015-12-26T23:59:59Z', '2015-12-26', '2015-12-27']
	] as const)('floors and ceils in %s %s: %s', (cal, unit, at, floor, ceil) => {
		const interval = calendarInterval(cal, unit);
		expect(iso(interval.floor(new Date(at)))).toBe(floor);
		expect(iso(interval.ceil(new Date(at)))).toBe(ceil);
	});

	it('offsets by months keeping the day, clamped to the month length', () => {
		const month = calendarIntervals('persian').month;
		// 31 Shahrivar 1394 + 1 month → 30 Mehr 1394 (Mehr has 30 days).
		expect(iso(month.offset(utc('2015-09-22'), 1))).toBe('2015-10-22');
		// 5 Dey 1394 − 12 months → 5 Dey 1393.
		expect(iso(month.offset(utc('2015-12-26'), -12))).toBe('2014-12-26');
		// 30 Esfand 1395 (leap) + 1 year → 29 Esfand 1396.
		expect(iso(calendarIntervals('persian').year.offset(utc('2017-03-20'), 1))).toBe('2018-03-20');
	});

	it('counts units between dates', () => {
		const p = calendarIntervals('persian');
		expect(p.month.count(utc('2015-03-21'), utc('2016-03-20'))).toBe(12);
		expect(p.year.count(utc('2015-03-21'), utc('2016-03-20'))).toBe(1);
		expect(p.day.count(utc('2015-03-21'), utc('2016-03-20'))).toBe(365);
		expect(calendarIntervals('islamic-umalqura').month.count(utc('2015-10-14'), utc('2016-10-02'))).toBe(12);
	});

	it('takes every third month as the quarters of the year', () => {
		const quarters = calendarIntervals('persian').month.every(3)!;
		const names = quarters
			.range(utc('2015-03-21'), utc('2016-03-20'))
			.map((d) => getCalendar('persian').fromDay(+d / DAY).month);
		expect(names).toEqual([1, 4, 7, 10]);
	});

	it('takes every tenth year on the decade', () => {
		const decades = calendarIntervals('persian').year.every(10)!;
		const years = decades
			.range(utc('1980-01-01'), utc('2020-01-01'))
			.map((d) => getCalendar('persian').fromDay(+d / DAY).year);
		expect(years).toEqual([1360, 1370, 1380, 1390]);
	});

	it.each(CALENDARS.flatMap((c) => UNITS.map((u) => [c, u] as const)))(
		'floors every sampled date in %s to a %s start at UTC midnight',
		(cal, unit) => {
			const interval = calendarInterval(cal, unit);
			const c = getCalendar(cal);
			const bad: string[] = [];
			for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2100, 0, 1); t += 37.3 * DAY + 3_600_000) {
				const d = new Date(t);
				const f = interval.floor(d);
				const next = interval.offset(f, 1);
				const date = c.fromDay(+f / DAY);
				const isStart =
					unit === 'year' ? date.month === 1 && date.day === 1 : unit === 'month' ? date.day === 1 : true;
				if (!(+f <= t && t < +next) || +f % DAY !== 0 || !isStart || +interval.floor(f) !== +f)
					bad.push(d.toISOString());
			}
			expect(bad).toEqual([]);
		}
	);
});

describe('calendar ticks', () => {
	it.each([
		['persian', '2015-10-01', '2016-04-01', 6, 'month', 1],
		['persian', '2015-01-01', '2017-01-01', 8, 'month', 3],
		['persian', '2000-01-01', '2020-01-01', 10, 'year', 2],
		['islamic-umalqura', '2010-01-01', '2020-01-01', 10, 'year', 1],
		['gregorian', '2015-12-20', '2016-01-10', 10, 'day', 2],
		['gregorian', '2015-12-01', '2016-03-01', 12, 'week', 1],
		['gregorian', '1900-01-01', '2100-01-01', 8, 'year', 20]
	] as const)('picks a step for %s %s … %s, about %i ticks', (cal, a, b, n, unit, step) => {
		const t = calendarTicks(cal, utc(a), utc(b), n);
		expect([t.unit, t.step]).toEqual([unit, step]);
		expect(t.ticks.length).toBeGreaterThan(0);
		for (const d of t.ticks) expect(+d >= +utc(a) && +d <= +utc(b)).toBe(true);
	});

	it('labels Solar Hijri month ticks in Persian, with the year at Farvardin', () => {
		const t = calendarTicks('persian', utc('2015-10-01'), utc('2016-04-01'), 6, { locale: 'fa' });
		expect(t.ticks.map(t.format)).toEqual(['آبان', 'آذر', 'دی', 'بهمن', 'اسفند', '۱۳۹۵']);
	});

	it('labels Dari month ticks with Afghan names', () => {
		const t = calendarTicks('persian', utc('2015-12-01'), utc('2016-02-01'), 2, { locale: 'fa-AF' });
		expect(t.ticks.map(t.format)).toEqual(['جدی', 'دلو']);
	});

	it('labels lunar Hijri years in Arabic-Indic or Latin digits', () => {
		const a = calendarTicks('islamic-umalqura', utc('2014-01-01'), utc('2017-01-01'), 3, { locale: 'ar' });
		expect(a.ticks.map(a.format)).toEqual(['١٤٣٦', '١٤٣٧', '١٤٣٨']);
		const b = calendarTicks('islamic-umalqura', utc('2014-01-01'), utc('2017-01-01'), 3, {
			locale: 'ar',
			digits: 'latn'
		});
		expect(b.ticks.map(b.format)).toEqual(['1436', '1437', '1438']);
	});

	it('labels day ticks by day number and month starts by month name', () => {
		const f = tickFormatter('gregorian', 'day');
		expect([utc('2015-12-26'), utc('2016-01-01'), utc('2016-02-01')].map(f)).toEqual(['26', '2016', 'Feb']);
	});

	it('throws on an unknown calendar', () => {
		expect(() => calendarTicks('julian' as CalendarId, utc('2015-01-01'), utc('2016-01-01'))).toThrow(
			/Unknown calendar/
		);
	});
});
