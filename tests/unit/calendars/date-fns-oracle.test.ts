import { addDays, differenceInCalendarDays, getDaysInMonth, isLeapYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { getCalendar } from '../../../src/lib/core/calendars';

// date-fns is an independent oracle for Gregorian day arithmetic: it counts days with local-time
// Dates, our calendar counts integers. Both must agree on every day of 1900–2100 whatever TZ is.
const gregorian = getCalendar('gregorian');
const EPOCH = new Date(1970, 0, 1);

describe('the Gregorian calendar agrees with date-fns', () => {
	it('gives the same day number for every day from 1900-01-01 to 2100-12-31', () => {
		const first = new Date(1900, 0, 1);
		const days = differenceInCalendarDays(new Date(2100, 11, 31), first) + 1;
		let mismatches = 0;
		for (let i = 0; i < days; i++) {
			const d = addDays(first, i);
			const ours = gregorian.toDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
			if (ours !== differenceInCalendarDays(d, EPOCH)) mismatches++;
		}
		expect(days).toBe(73414);
		expect(mismatches).toBe(0);
	});

	it('has the same month lengths and leap years for 1900–2100', () => {
		for (let y = 1900; y <= 2100; y++) {
			expect(gregorian.isLeapYear(y), `leap ${y}`).toBe(isLeapYear(new Date(y, 0, 1)));
			for (let m = 1; m <= 12; m++) {
				expect(gregorian.daysInMonth(y, m)).toBe(getDaysInMonth(new Date(y, m - 1, 1)));
			}
		}
	});
});
