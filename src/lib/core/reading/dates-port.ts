/**
 * The one place reading imports date finding from (engineer B's `src/lib/core/dates`), so that
 * reading depends on one narrow surface: findDates and findPublicationDate. The characters handed
 * to either are counted (`readingWork.dateFinderChars`): calling the finder once per sentence or
 * per article on the whole text would show there.
 */
import {
	findDates as findEachDate,
	findPublicationDate as findPublished,
	type FindDatesOptions,
	type PublicationDate,
	type TimeMention
} from '../dates';
import { readingWork } from './work';

/**
 * The dates of a text as reading uses them, the date finder's: a range of days ("من 10 إلى 14
 * نيسان", "۲۵ اسفند تا ۱۳ فروردین") is one mention spanning it, so an event said to last from one day
 * to another is dated by the whole range (earliest of the first day, latest of the last).
 */
export function findDates(text: string, opts: FindDatesOptions = {}): TimeMention[] {
	readingWork.dateFinderChars += text.length;
	return findEachDate(text, opts);
}

/**
 * The date finder's `findPublicationDate` (the publication date of a page from its head, its URL
 * and its language), with the text it is given counted in `readingWork.dateFinderChars`.
 */
export function findPublicationDate(
	text: string,
	opts: { lang?: string; url?: string | null } = {}
): PublicationDate {
	readingWork.dateFinderChars += text.length;
	return findPublished(text, opts);
}
