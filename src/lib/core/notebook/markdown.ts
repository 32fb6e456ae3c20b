import { Marked, type Tokens } from 'marked';

/**
 * What a note cell may contain once its Markdown is HTML. Notebooks arrive by import from other
 * people, so a note is untrusted: it may format text, make lists, tables, code and links with
 * safe schemes, and nothing else — no styles (a `<style>` restyles the whole page, a
 * `position:fixed` box covers it), no forms (a password field asks for a password), no images or
 * other remote resources (they are fetched as soon as the notebook opens: a tracking pixel).
 * The page sanitises with this allow-list (DOMPurify) and its Content-Security-Policy blocks what
 * would slip through anyway.
 */
export const NOTE_TAGS: readonly string[] = [
	// text
	'p',
	'br',
	'hr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'strong',
	'b',
	'em',
	'i',
	'u',
	's',
	'del',
	'ins',
	'mark',
	'sub',
	'sup',
	'small',
	'blockquote',
	'abbr',
	// lists
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	// links
	'a',
	// tables
	'table',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'th',
	'td',
	'caption',
	// code
	'code',
	'pre',
	'kbd',
	'samp'
];

/** Attributes kept on those tags: a link's address and title, table alignment, list start, direction. */
export const NOTE_ATTRIBUTES: readonly string[] = ['href', 'title', 'align', 'start', 'dir', 'lang'];

/** Link addresses a note may hold: web pages, mail, and places in the page. Anything else is dropped. */
export const NOTE_LINK = /^(?:(?:https?|mailto):|#)/i;

/** The DOMPurify settings for notes (allow-list only: every other tag and attribute is removed). */
export const NOTE_SANITIZE = {
	ALLOWED_TAGS: [...NOTE_TAGS],
	ALLOWED_ATTR: [...NOTE_ATTRIBUTES],
	ALLOWED_URI_REGEXP: NOTE_LINK,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false
};

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// One Markdown reader for notes: GitHub-flavoured, with the two constructs that would load or
// collect something turned into plain ones — an image becomes a link to it (fetched only if
// clicked), a task-list box becomes a glyph (no form field).
const marked = new Marked({
	gfm: true,
	async: false,
	renderer: {
		image({ href, title, text }: Tokens.Image) {
			const label = escape(text || 'image');
			if (!NOTE_LINK.test(href)) return label;
			return `<a href="${escape(href)}"${title ? ` title="${escape(title)}"` : ''}>🖼 ${label}</a>`;
		},
		checkbox({ checked }: Tokens.Checkbox) {
			return checked ? '☑ ' : '☐ ';
		}
	}
});

/**
 * A note's Markdown as HTML, not yet sanitised (raw HTML in the note passes through to the
 * sanitiser, which keeps only NOTE_TAGS / NOTE_ATTRIBUTES). Images are links, task boxes glyphs.
 * Example: `noteToHtml('**a**')` → '<p><strong>a</strong></p>\n'.
 */
export function noteToHtml(markdown: string): string {
	return marked.parse(markdown) as string;
}
