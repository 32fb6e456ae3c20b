import { detectLang, findDates } from '$lib/core/dates';
import { mentionValue } from '$lib/core/dates/mention';
import { formatTimeValue } from '$lib/core/time';
import type { CalendarId, TimeValue } from '$lib/core/time/time-value';

/** What a typed date turned into: a value, or why there is none. */
export type ParsedDate = { ok: true; value: TimeValue } | { ok: false; error: string };

/**
 * Reads what an analyst typed in a date field — "۵ دی ۱۳۹۴", "14 ربيع الأول 1437", "2015-12-26",
 * "December 2015" — with the date finder, so the field accepts every calendar, digit set and
 * phrasing the texts use. The whole input must be one date; a date that does not exist is refused
 * with the finder's reason. Example: `parseDateInput('۵ دی ۱۳۹۴')` → ok, earliest '2015-12-26'.
 */
export function parseDateInput(input: string): ParsedDate {
	const text = input.trim();
	if (!text) return { ok: false, error: 'Type a date, e.g. ۵ دی ۱۳۹۴, 14 ربيع الأول 1437 or 2015-12-26.' };
	// a range ("10 to 14 April 2018") is one value here, as it was before the finder split it
	const mentions = findDates(text, { lang: detectLang(text) });
	const m =
		mentions.find((x) => x.invalid) ?? mentions.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
	if (!m) return { ok: false, error: `No date found in “${text}”.` };
	if (m.invalid) return { ok: false, error: m.invalid };
	const covered = text.slice(0, m.start) + text.slice(m.end);
	if (/[\p{L}\p{N}]/u.test(covered.replace(/\b(on|the|of|في|در|روز)\b/gu, '')))
		return { ok: false, error: `Only part of “${text}” is a date (“${m.text}”).` };
	const v = mentionValue(m);
	if (!v) return { ok: false, error: m.unresolved ?? `“${m.text}” is relative; type the date itself.` };
	return { ok: true, value: { ...v, text: m.text } };
}

const SHOWN: [CalendarId, 'en' | 'fa' | 'ar'][] = [
	['gregorian', 'en'],
	['persian', 'fa'],
	['islamic-umalqura', 'ar']
];

/** A date in all three calendars, each in its own locale: ['26 Dec 2015', '۵ دی ۱۳۹۴', '١٥ ربيع الأول ١٤٣٧ هـ']. */
export function inThreeCalendars(v: TimeValue): string[] {
	return SHOWN.map(([calendar, locale]) => {
		try {
			return formatTimeValue(v, { calendar, locale });
		} catch {
			return `${v.earliest}…${v.latest}`;
		}
	});
}
