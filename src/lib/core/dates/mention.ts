import type { CalendarId, Precision, TimeValue } from '../time/time-value';

/**
 * One date expression found in a text. Offsets are UTF-16 code units into the ORIGINAL text
 * (not the normalised one), end exclusive.
 *
 * A mention is either resolved (it carries a TimeValue's fields), unresolved (a relative phrase
 * with no anchor: `unresolved` says why and `earliest`/`latest` are null), or invalid (a date that
 * does not exist, such as 30 Esfand 1394: `invalid` says why and the value is null). Nothing is
 * ever shifted to a neighbouring day. A range is one mention with its two `ends`.
 */
export interface TimeMention {
	start: number;
	end: number;
	text: string;
	calendar: CalendarId;
	earliest: string | null;
	latest: string | null;
	precision: Precision;
	edtf: string | null;
	relative: boolean;
	/** ISO day a relative mention was resolved against. */
	anchor?: string;
	approximate?: boolean;
	uncertain?: boolean;
	/**
	 * Days from the day the text told just before it ("the next day": 1, «اليوم السابق»: -1): it is
	 * valued from that day (its `anchor`); without one it is no mention.
	 */
	afterPrevious?: number;
	/**
	 * Only while the finder works (never in its output): the day of a month said as "the same month"
	 * («24 من الشهر ذاته»), valued from the month told just before it (`followDays` in find.ts).
	 */
	dayOfMonthBefore?: number;
	/**
	 * Only while the finder works (never in its output): a day and month said with no year, which a
	 * full date told before it in its sentence may give its year.
	 */
	yearless?: boolean;
	/**
	 * Only while the finder works: the parts of a day and month said with no year and no reference
	 * day to count from, which a date or year told before it in its sentence may give its year.
	 */
	yearlessParts?: unknown;
	/**
	 * Only while the finder works: a weekday said alone, in no past clause, which a day to come told
	 * before it with the same weekday may name (`sameWeekday` in find.ts).
	 */
	weekdayOnly?: boolean;
	/**
	 * Only while the finder works: a holiday said with no year and no "last"/"next", which a day told
	 * beside it in its sentence makes the name of that day's occasion (`occasions` in find.ts).
	 */
	occasion?: boolean;
	/** Why a relative mention could not be resolved (no publication date known…). */
	unresolved?: string;
	/** Why the date does not exist ("30 Esfand 1394: 1394 is not a leap year, Esfand has 29 days"). */
	invalid?: string;
	/**
	 * A range ("من 10 إلى 14 نيسان", "between 2015 and 2018"): its two ends, each a mention of its
	 * own; the mention itself spans both and is valued from the first day to the last.
	 */
	ends?: [TimeMention, TimeMention];
	/**
	 * Written only on the ends `mentionEnds` gives (the `dates --jsonl` form): this mention is the
	 * first end of a range ("10" in "من 10 إلى 14 نيسان"), and this is the start offset of the second.
	 */
	rangeTo?: number;
	/** The second end of a range (`mentionEnds`): the start offset of the first end. */
	rangeFrom?: number;
}

/** Options for finding dates in one text. */
export interface FindDatesOptions {
	/** 'ar' | 'fa' | 'en' (Dari is 'fa'); detected from the script when absent. */
	lang?: string;
	/** Reference day (ISO YYYY-MM-DD) that relative expressions resolve against; usually the publication date. */
	ref?: string | null;
	/**
	 * Only the dates wanted in [start, end) of the text: every mention lying there is found, the
	 * same as when the whole text is read (the text around is still scanned and read as context),
	 * while stretches of dates that do not reach into the span are not read (they may or may not
	 * come back). For a file of many articles of which only some resolve against `ref`.
	 */
	within?: { start: number; end: number };
}

/** A mention's value as a TimeValue, or null when unresolved or invalid. */
export function mentionValue(m: TimeMention): TimeValue | null {
	if (m.earliest === null || m.latest === null || m.edtf === null) return null;
	return {
		earliest: m.earliest,
		latest: m.latest,
		precision: m.precision,
		calendar: m.calendar,
		edtf: m.edtf,
		text: m.text,
		...(m.relative ? { relative: true } : {}),
		...(m.anchor ? { anchor: m.anchor } : {}),
		...(m.approximate ? { approximate: true } : {}),
		...(m.uncertain ? { uncertain: true } : {})
	};
}
