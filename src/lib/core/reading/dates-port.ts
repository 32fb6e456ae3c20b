/**
 * The one place reading imports date finding from (engineer B's `src/lib/core/dates`), so that
 * reading depends on one narrow surface: findDates and findPublicationDate.
 */
import { findDates as findEachDate, joinRanges, type FindDatesOptions, type TimeMention } from '../dates';

export { findPublicationDate } from '../dates';

/**
 * The dates of a text as reading uses them: like the date finder's, except that a range of days
 * ("من 10 إلى 14 نيسان", "۲۵ اسفند تا ۱۳ فروردین"), which the finder gives as one mention per
 * endpoint, is one mention spanning the range, so an event said to last from one day to another
 * is dated by the whole range (earliest of the first day, latest of the last).
 */
export function findDates(text: string, opts: FindDatesOptions = {}): TimeMention[] {
	return joinRanges(text, findEachDate(text, opts));
}
