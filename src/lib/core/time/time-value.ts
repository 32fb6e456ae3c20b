/**
 * The one value every date in Taqvim is carried in.
 *
 * `earliest` and `latest` are ISO calendar days (YYYY-MM-DD) in the proleptic Gregorian calendar,
 * both inclusive; whatever calendar the source text used is kept in `calendar`, and `text` keeps the
 * original span. A TimeValue is plain data (JSON-safe) so that it can cross the CLI, the server and
 * the browser unchanged.
 */
import type { CalendarId } from '../calendars/types';

export type { CalendarId };

export type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century';

export interface TimeValue {
	/** First possible day, ISO YYYY-MM-DD (proleptic Gregorian), inclusive. */
	earliest: string;
	/** Last possible day, ISO YYYY-MM-DD (proleptic Gregorian), inclusive. */
	latest: string;
	precision: Precision;
	/** The calendar the source text used (not the display calendar). */
	calendar: CalendarId;
	/** EDTF / ISO 8601-2 serialisation, with `~` approximate and `?` uncertain. */
	edtf: string;
	/** The original span of text this value was read from ('' when it came from metadata). */
	text: string;
	/** True when the value was resolved against an anchor (yesterday, last week, سبتمبر الماضي…). */
	relative?: boolean;
	/** The day (ISO) a relative value was resolved against. */
	anchor?: string;
	/** Approximate (early/mid/late, "around"), drawn faded. */
	approximate?: boolean;
	/** Uncertain (a lunar day whose convention is unknown, a guessed century…). */
	uncertain?: boolean;
	/** Early / mid / late third of a month (days 1–10, 11–20, 21–end), for month precision. */
	part?: 'early' | 'mid' | 'late';
}
