/**
 * Local calendar implementations used until the shared registry is wired in: Gregorian by
 * arithmetic, Solar Hijri by jalaali-js, lunar Hijri Umm al-Qura by the platform's ICU calendar
 * (month starts found by a few formatter calls and cached).
 */
import * as jalaali from 'jalaali-js';
import type { CalendarId } from '../time/time-value';
import type { Ymd } from './calendar-adapter';

interface Impl {
	toDay(y: number, m: number, d: number): number;
	fromDay(day: number): Ymd;
	daysInMonth(y: number, m: number): number;
}

const GREG_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const SOLAR_NAMES = [
	'Farvardin',
	'Ordibehesht',
	'Khordad',
	'Tir',
	'Mordad',
	'Shahrivar',
	'Mehr',
	'Aban',
	'Azar',
	'Dey',
	'Bahman',
	'Esfand'
];
const HIJRI_NAMES = [
	'Muharram',
	'Safar',
	'Rabi al-Awwal',
	'Rabi al-Thani',
	'Jumada al-Ula',
	'Jumada al-Akhira',
	'Rajab',
	"Sha'ban",
	'Ramadan',
	'Shawwal',
	"Dhu al-Qa'da",
	'Dhu al-Hijja'
];

function checkInt(name: string, y: number, m: number, d: number): void {
	if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d))
		throw new RangeError(`${name} date ${y}-${m}-${d} is not made of whole numbers`);
	if (m < 1 || m > 12) throw new RangeError(`${name} has no month ${m} (months run 1–12)`);
}

function daysFromCivil(y: number, m: number, d: number): number {
	// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar
	y -= m <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): Ymd {
	z += 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp + (mp < 10 ? 3 : -9);
	return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

const gregorian: Impl = {
	daysInMonth(y, m) {
		checkInt('The Gregorian calendar', y, m, 1);
		if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
		return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
	},
	toDay(y, m, d) {
		const n = gregorian.daysInMonth(y, m);
		if (d < 1 || d > n)
			throw new RangeError(
				`${d} ${GREG_NAMES[m - 1]} ${y} does not exist: ${GREG_NAMES[m - 1]} ${y} has ${n} days`
			);
		return daysFromCivil(y, m, d);
	},
	fromDay: civilFromDays
};

const JD_EPOCH = 2440588; // Julian day number of 1970-01-01

const persian: Impl = {
	daysInMonth(y, m) {
		checkInt('The Solar Hijri calendar', y, m, 1);
		if (y < -61 || y > 3177)
			throw new RangeError(`Solar Hijri year ${y} is outside the supported range (-61–3177)`);
		return jalaali.jalaaliMonthLength(y, m);
	},
	toDay(y, m, d) {
		const n = persian.daysInMonth(y, m);
		if (d < 1 || d > n) {
			const why =
				m === 12 && d === 30
					? `${y} is not a leap year, so Esfand has 29 days`
					: `${SOLAR_NAMES[m - 1]} has ${n} days`;
			throw new RangeError(`${d} ${SOLAR_NAMES[m - 1]} ${y} does not exist: ${why}`);
		}
		return jalaali.j2d(y, m, d) - JD_EPOCH;
	},
	fromDay(day) {
		const j = jalaali.d2j(day + JD_EPOCH);
		return { y: j.jy, m: j.jm, d: j.jd };
	}
};

let fmt: Intl.DateTimeFormat | null = null;
const monthStarts = new Map<number, number>();

function hijriFromDay(day: number): Ymd {
	fmt ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric'
	});
	let y = 0;
	let m = 0;
	let d = 0;
	for (const p of fmt.formatToParts(new Date(day * 86400000))) {
		if ((p.type as string) === 'year' || (p.type as string) === 'relatedYear') y = Number(p.value);
		else if (p.type === 'month') m = Number(p.value);
		else if (p.type === 'day') d = Number(p.value);
	}
	return { y, m, d };
}

const HIJRI_EPOCH = -492148; // 1 Muharram 1 AH (civil) as a day number

function hijriMonthStart(y: number, m: number): number {
	const key = y * 12 + m;
	const hit = monthStarts.get(key);
	if (hit !== undefined) return hit;
	let n = HIJRI_EPOCH + Math.floor((y - 1) * 354.36708 + (m - 1) * 29.530588);
	for (let k = 0; k < 12; k++) {
		const c = hijriFromDay(n);
		const delta = (y - c.y) * 354 + (m - c.m) * 30 + (1 - c.d);
		if (delta === 0) break;
		n += Math.abs(delta) > 3 ? Math.round(delta * 0.98) : Math.sign(delta);
	}
	monthStarts.set(key, n);
	return n;
}

const islamic: Impl = {
	daysInMonth(y, m) {
		checkInt('The lunar Hijri calendar', y, m, 1);
		if (y < 1 || y > 1600)
			throw new RangeError(`lunar Hijri year ${y} is outside the supported range (1–1600)`);
		const next = m === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, m + 1);
		return next - hijriMonthStart(y, m);
	},
	toDay(y, m, d) {
		const n = islamic.daysInMonth(y, m);
		if (d < 1 || d > n)
			throw new RangeError(
				`${d} ${HIJRI_NAMES[m - 1]} ${y} AH does not exist: ${HIJRI_NAMES[m - 1]} ${y} has ${n} days (Umm al-Qura)`
			);
		return hijriMonthStart(y, m) + d - 1;
	},
	fromDay: hijriFromDay
};

/** The implementation for a calendar id; throws on an unknown id (never falls back to Gregorian). */
export function cal(id: CalendarId): Impl {
	if (id === 'gregorian') return gregorian;
	if (id === 'persian') return persian;
	if (id === 'islamic-umalqura') return islamic;
	throw new Error(`Unknown calendar "${String(id)}"`);
}
