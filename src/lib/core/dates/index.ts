/** Dates in text: the public API of the date finder. */
export { findDates } from './find';
export { detectLang, normaliseLang } from './lang';
export { findPublicationDate, type PublicationDate } from './published';
export type { TimeMention, FindDatesOptions } from './mention';
export { mentionValue } from './mention';
export { mentionEnds } from './range';
