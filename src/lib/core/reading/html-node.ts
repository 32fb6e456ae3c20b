/**
 * The node-side DOM factory for `htmlToArticle` (CLI and server only; the browser passes
 * `(h) => new DOMParser().parseFromString(h, 'text/html')`). Kept out of browser bundles.
 */
import { parseHTML } from 'linkedom';
import type { ParseHtml } from './html';

/** Parse HTML with linkedom. Never throws on malformed HTML (it is forgiving). */
export const parseHtmlNode: ParseHtml = (html: string) => parseHTML(html).document as unknown as Document;
