/**
 * The one place reading imports date finding from, so that switching from the temporary shim to
 * engineer B's `src/lib/core/dates` is a one-line change.
 */
export { findDates, findPublicationDate } from './dates-shim';
