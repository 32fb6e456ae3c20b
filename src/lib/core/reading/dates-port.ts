/**
 * The one place reading imports date finding from (engineer B's `src/lib/core/dates`), so that
 * reading depends on one narrow surface: findDates and findPublicationDate.
 */
export { findDates, findPublicationDate } from '../dates';
