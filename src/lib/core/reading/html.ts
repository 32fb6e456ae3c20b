/**
 * HTML articles: Mozilla Readability on a DOM the caller provides, so that the browser passes its
 * own `DOMParser` and the CLI passes linkedom (see `html-node.ts`). No DOM is imported here.
 */
import { Readability } from '@mozilla/readability';

/** Parses an HTML string into a DOM Document (browser: DOMParser; node: linkedom). */
export type ParseHtml = (html: string) => Document;

export interface HtmlArticle {
	/** Plain text: the title, a blank line, then one paragraph per line. Offsets point into this. */
	text: string;
	title: string;
	/** Values of <meta> publication tags, when present (article:published_time, date…). */
	publishedMeta: string | null;
	url: string | null;
	lang: string | null;
}

const PUBLISHED_META = [
	'article:published_time',
	'og:published_time',
	'datePublished',
	'pubdate',
	'date',
	'dc.date'
];

/**
 * Extract the article from an HTML page. Scripts and styles never reach the text. Throws an Error
 * naming the problem when Readability finds no article.
 * @example htmlToArticle('<html><body><article><p>…</p></article></body></html>', parse)
 */
export function htmlToArticle(html: string, parse: ParseHtml): HtmlArticle {
	const doc = parse(html);
	let publishedMeta: string | null = null;
	for (const m of Array.from(doc.querySelectorAll('meta'))) {
		const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '';
		if (PUBLISHED_META.includes(key) && m.getAttribute('content')) {
			publishedMeta = m.getAttribute('content');
			break;
		}
	}
	const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
	const lang = doc.documentElement?.getAttribute('lang') ?? null;
	const article = new Readability(doc).parse();
	if (!article || !article.textContent?.trim()) throw new Error('no article text found in the HTML');
	const paras = (article.content ? blocks(article.content, parse) : [])
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const body = paras.length ? paras.join('\n') : article.textContent.replace(/[ \t]+/g, ' ').trim();
	const title = (article.title ?? '').trim();
	return { text: title ? `${title}\n\n${body}\n` : `${body}\n`, title, publishedMeta, url: canonical, lang };
}

function blocks(html: string, parse: ParseHtml): string[] {
	const d = parse(`<html><body>${html}</body></html>`);
	const out: string[] = [];
	for (const el of Array.from(d.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption'))) {
		if (el.querySelector('p, li')) continue;
		out.push(el.textContent ?? '');
	}
	return out;
}
