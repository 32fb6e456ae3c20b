/**
 * Public API of reading and story building (browser-safe: no node modules).
 *
 *   readDocuments(inputs, opts?) → Story
 */
export { readDocuments, detectLang, metaDate, type Input, type InputMeta, type ReadOptions } from './read';
export { compatible, deriveStory, finer, origin } from './build';
export type * from './model';
export { gazetteer, Gazetteer, parseGazetteer } from '../gazetteer';
export { htmlToArticle, type ParseHtml } from '../reading/html';
