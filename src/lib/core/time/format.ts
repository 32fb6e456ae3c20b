/**
 * Formatting a TimeValue in any display calendar, locale and digit set, at every precision:
 * "۵ دی ۱۳۹۴", "14 ربيع الأول 1437 هـ", "26 Dec 2015", "Dey 1394", "تابستان ۱۳۹۴".
 *
 * The value's interval is re-read in the display calendar. When it is exactly one unit of that
 * calendar at the value's precision (a Solar Hijri month shown in Solar Hijri) it is named as such;
 * otherwise it is written as the honest range it covers in the display calendar (a Gregorian month
 * shown in Solar Hijri is "10 Azar – 10 Dey 1394", a Gregorian year "1393–1394"), never relabelled.
 */
import { getCalendar } from '../calendars/registry';
import { defaultLocale, monthName, type DisplayLocale, type MonthStyle } from '../calendars/month-names';
import type { Calendar, CalendarDate } from '../calendars/types';
import { defaultDigits, toDigits, type Digits } from '../calendars/digits';
import { dayToIso, isoToDay } from '../calendars/iso';
import data from './format-data';
import type { CalendarId, TimeValue } from './time-value';

export { defaultDigits, toDigits, type Digits };

export interface FormatOptions {
	/** Display calendar; defaults to the value's own calendar. */
	calendar?: CalendarId;
	/** en, ar, fa, or fa-AF (Afghan solar month names). Default en. */
	locale?: DisplayLocale;
	/** Default: latn for en, arab for ar, arabext for fa. */
	digits?: Digits;
	/** Month names: default short for English Gregorian ("Dec"), long otherwise. */
	monthStyle?: MonthStyle;
	/** Era marker: 'auto' (lunar Hijri only, the default), 'always' or 'never'. */
	era?: 'auto' | 'always' | 'never';
	/** Show "c." / "?" for approximate / uncertain values. Default true. */
	qualifiers?: boolean;
}

const words = new Map<string, string>();
for (const raw of data.split('\n')) {
	const line = raw.trim();
	if (!line) continue;
	const [key, locale, ...text] = line.split(' ');
	words.set(`${key} ${locale}`, text.join(' '));
}

function word(key: string, locale: DisplayLocale): string {
	const hit = words.get(`${key} ${locale}`) ?? words.get(`${key} ${locale.slice(0, 2)}`);
	if (hit === undefined) throw new RangeError(`No "${key}" for ${locale} in format-data.`);
	return hit;
}

interface Ctx {
	cal: Calendar;
	locale: DisplayLocale;
	style: MonthStyle;
	era: string;
}

/**
 * Formats a TimeValue for display. Throws InvalidDateError if its days fall outside the display
 * calendar's years, UnknownCalendarError for an unknown calendar id.
 * @example formatTimeValue(dayValue('gregorian', 2015, 12, 26), {calendar: 'persian', locale: 'fa'}) // '۵ دی ۱۳۹۴'
 */
export function formatTimeValue(value: TimeValue, options: FormatOptions = {}): string {
	const locale = options.locale ?? 'en';
	const calendarId = options.calendar ?? value.calendar;
	const cal = getCalendar(calendarId);
	const eraMode = options.era ?? 'auto';
	const showEra = eraMode === 'always' || (eraMode === 'auto' && calendarId === 'islamic-umalqura');
	const ctx: Ctx = {
		cal,
		locale,
		style: options.monthStyle ?? (locale === 'en' && calendarId === 'gregorian' ? 'short' : 'long'),
		era: showEra ? word(`era.${calendarId}`, locale) : ''
	};
	let text = body(value, ctx);
	if (options.qualifiers ?? true) {
		if (value.approximate && !partOf(value, ctx)) text = word('approximate', locale).replace('{}', text);
		if (value.uncertain) text = word('uncertain', locale).replace('{}', text);
	}
	return toDigits(text, options.digits ?? defaultDigits(locale));
}

/**
 * Formats one day number as a date of the display calendar ("5 Dey 1394").
 * @example formatDay(16795, {calendar: 'islamic-umalqura', locale: 'ar', digits: 'latn'}) // '15 ربيع الأول 1437 هـ'
 */
export function formatDay(day: number, options: FormatOptions & { calendar: CalendarId }): string {
	const iso = dayToIso(day);
	const value: TimeValue = {
		earliest: iso,
		latest: iso,
		precision: 'day',
		calendar: options.calendar,
		edtf: iso,
		text: ''
	};
	return formatTimeValue(value, { ...options, qualifiers: false });
}

function body(value: TimeValue, ctx: Ctx): string {
	const first = isoToDay(value.earliest);
	const last = isoToDay(value.latest);
	const a = ctx.cal.fromDay(first);
	const b = ctx.cal.fromDay(last);
	const wholeMonth =
		a.day === 1 && b.year === a.year && b.month === a.month && b.day === ctx.cal.daysInMonth(b.year, b.month);
	const wholeYears =
		a.month === 1 && a.day === 1 && b.month === 12 && b.day === ctx.cal.daysInMonth(b.year, 12);
	switch (value.precision) {
		case 'day':
			return first === last ? dayText(a, ctx) : dayRange(a, b, ctx);
		case 'week':
			return dayRange(a, b, ctx);
		case 'month': {
			if (wholeMonth) return withEra(`${month(a, ctx)} ${a.year}`, ctx);
			const part = partOf(value, ctx);
			if (part)
				return withEra(word(`part.${part}`, ctx.locale).replace('{}', `${month(a, ctx)} ${a.year}`), ctx);
			return monthRange(a, b, ctx);
		}
		case 'season': {
			const season = seasonOf(a, b, ctx);
			if (season) return season;
			return monthRange(a, b, ctx);
		}
		case 'year':
			if (wholeYears && a.year === b.year) return withEra(String(a.year), ctx);
			return yearRange(a, b, ctx);
		case 'decade':
			if (wholeYears && a.year % 10 === 0 && b.year === a.year + 9)
				return withEra(word('decade', ctx.locale).replace('{y}', String(a.year)), ctx);
			return yearRange(a, b, ctx);
		case 'century':
			if (wholeYears && (a.year % 100 === 0 || a.year === 1) && b.year % 100 === 99)
				return withEra(
					word('century', ctx.locale).replace('{n}', ordinal(Math.floor(a.year / 100) + 1, ctx.locale)),
					ctx
				);
			return yearRange(a, b, ctx);
	}
}

function partOf(value: TimeValue, ctx: Ctx): 'early' | 'mid' | 'late' | null {
	if (value.precision !== 'month') return null;
	const a = ctx.cal.fromDay(isoToDay(value.earliest));
	const b = ctx.cal.fromDay(isoToDay(value.latest));
	if (a.year !== b.year || a.month !== b.month) return null;
	const len = ctx.cal.daysInMonth(a.year, a.month);
	const found =
		a.day === 1 && b.day === 10
			? 'early'
			: a.day === 11 && b.day === 20
				? 'mid'
				: a.day === 21 && b.day === len
					? 'late'
					: null;
	return found && (value.part === undefined || value.part === found) ? found : null;
}

function seasonOf(a: CalendarDate, b: CalendarDate, ctx: Ctx): string | null {
	const endsMonth = b.day === ctx.cal.daysInMonth(b.year, b.month);
	if (a.day !== 1 || !endsMonth) return null;
	const names = ['spring', 'summer', 'autumn', 'winter'];
	if (ctx.cal.id === 'persian' && a.year === b.year && a.month % 3 === 1 && b.month === a.month + 2)
		return withEra(`${word(`season.${names[(a.month - 1) / 3]}`, ctx.locale)} ${a.year}`, ctx);
	if (ctx.cal.id === 'gregorian') {
		if (a.month === 12 && b.month === 2 && b.year === a.year + 1)
			return withEra(`${word('season.winter', ctx.locale)} ${a.year}–${String(b.year).slice(-2)}`, ctx);
		if (a.year === b.year && a.month % 3 === 0 && a.month < 12 && b.month === a.month + 2)
			return withEra(`${word(`season.${names[a.month / 3 - 1]}`, ctx.locale)} ${a.year}`, ctx);
	}
	return null;
}

function month(d: CalendarDate, ctx: Ctx): string {
	return monthName(ctx.cal.id, d.month, ctx.locale, ctx.style);
}

function withEra(text: string, ctx: Ctx): string {
	return ctx.era ? `${text} ${ctx.era}` : text;
}

function dayText(d: CalendarDate, ctx: Ctx): string {
	return withEra(`${d.day} ${month(d, ctx)} ${d.year}`, ctx);
}

function dayRange(a: CalendarDate, b: CalendarDate, ctx: Ctx): string {
	if (a.year === b.year && a.month === b.month)
		return withEra(`${a.day}–${b.day} ${month(a, ctx)} ${a.year}`, ctx);
	if (a.year === b.year)
		return withEra(`${a.day} ${month(a, ctx)} – ${b.day} ${month(b, ctx)} ${a.year}`, ctx);
	return withEra(`${a.day} ${month(a, ctx)} ${a.year} – ${b.day} ${month(b, ctx)} ${b.year}`, ctx);
}

function monthRange(a: CalendarDate, b: CalendarDate, ctx: Ctx): string {
	const endsMonth = b.day === ctx.cal.daysInMonth(b.year, b.month);
	if (a.day !== 1 || !endsMonth) return dayRange(a, b, ctx);
	if (a.year === b.year) return withEra(`${month(a, ctx)}–${month(b, ctx)} ${a.year}`, ctx);
	return withEra(`${month(a, ctx)} ${a.year} – ${month(b, ctx)} ${b.year}`, ctx);
}

function yearRange(a: CalendarDate, b: CalendarDate, ctx: Ctx): string {
	return withEra(a.year === b.year ? String(a.year) : `${a.year}–${b.year}`, ctx);
}

function ordinal(n: number, locale: DisplayLocale): string {
	if (locale !== 'en') return String(n);
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * A value formatted in all three calendars, for the timeline's hover card.
 * @example formatInAllCalendars(dayValue('gregorian', 2015, 12, 26), {locale: 'en'})
 * // {gregorian: '26 Dec 2015', persian: '5 Dey 1394', 'islamic-umalqura': '15 Rabiʻ al-Awwal 1437 AH'}
 */
export function formatInAllCalendars(
	value: TimeValue,
	options: Omit<FormatOptions, 'calendar'> = {}
): Record<CalendarId, string> {
	return {
		gregorian: formatTimeValue(value, { ...options, calendar: 'gregorian' }),
		persian: formatTimeValue(value, { ...options, calendar: 'persian' }),
		'islamic-umalqura': formatTimeValue(value, { ...options, calendar: 'islamic-umalqura' })
	};
}

// A word rather than "~": a leading neutral sign lands on the wrong side of an RTL date.
const CIRCA: Record<'en' | 'ar' | 'fa', string> = { en: 'c. ', fa: 'حدود ', ar: 'حوالي ' };

/**
 * A TimeValue as the timeline's tooltip, table and exports write it, in `calendar`: one day ("۱ دی
 * ۱۳۹۴"), or the range earliest – latest ("1 Dec 2015 – 31 Dec 2015"), prefixed with "c." / "حدود" /
 * "حوالي" when approximate; no era marker, short English month names. '' for null; the value's text
 * (or EDTF) when its days cannot be read.
 * @example formatWhen(tv, 'persian') // '۱ دی ۱۳۹۴'
 */
export function formatWhen(
	when: TimeValue | null,
	calendar: CalendarId,
	locale: 'en' | 'ar' | 'fa' = defaultLocale(calendar)
): string {
	if (!when) return '';
	const a = isoToDay(when.earliest);
	const b = isoToDay(when.latest);
	if (!Number.isFinite(a) || !Number.isFinite(b)) return when.text || when.edtf;
	const options = { calendar, locale, monthStyle: locale === 'en' ? 'short' : 'long', era: 'never' } as const;
	const s = a === b ? formatDay(a, options) : `${formatDay(a, options)} – ${formatDay(b, options)}`;
	return when.approximate ? `${CIRCA[locale]}${s}` : s;
}

/** Text direction of a string from its first strong character: 'rtl' for Arabic/Persian/Hebrew script. */
export function textDirection(s: string): 'rtl' | 'ltr' {
	const m = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/.exec(s);
	return m && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/.test(m[0]) ? 'rtl' : 'ltr';
}
