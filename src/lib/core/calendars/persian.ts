/**
 * The Solar Hijri (Iranian, Persian) calendar through jalaali-js, years 1–3177 AP.
 *
 * jalaali-js uses Borkowski's 33-year "breaks" table, exact against the astronomical calendar Iran
 * uses over its stated range (-61 … 3177 AP); we start at year 1 because earlier years never occur in
 * news. It agrees with ICU's `persian` calendar on every day 1900–2100 and on every leap year
 * 1300–1500 (see tests/unit/calendars); measured with ICU 78.2, Nowruz agrees in every year
 * 1178–1502 AP (1799–2124 CE) and differs by a day in 99 years outside it, where ICU applies a
 * plain 33-year arithmetic rule and jalaali-js the astronomical breaks. Afghanistan uses the same
 * arithmetic with other month names.
 */
import { d2j, isLeapJalaaliYear, j2d, jalaaliMonthLength } from 'jalaali-js';
import { makeCalendar } from './base';

/** Julian day number of 1970-01-01, the zero of our day numbers. */
const JDN_1970 = 2440588;

/** The Solar Hijri calendar, years 1–3177 AP. */
export const persian = makeCalendar({
	id: 'persian',
	name: 'Solar Hijri',
	range: { min: 1, max: 3177 },
	eraSuffix: '',
	leapMonth: 12,
	isLeapYear: isLeapJalaaliYear,
	monthLength: jalaaliMonthLength,
	toDay: (y, m, d) => j2d(y, m, d) - JDN_1970,
	fromDay(day) {
		const j = d2j(day + JDN_1970);
		return [j.jy, j.jm, j.jd];
	}
});
