/**
 * XML text escaping for the standalone SVG. Everything that came from a document (labels, titles,
 * actor names, filter descriptions) is untrusted: it is escaped, and characters XML 1.0 forbids
 * (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) are dropped, so a hostile
 * label can neither break out of an attribute nor make the file unparseable.
 */

// Control characters are exactly what this pattern is for.
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Bidi embeddings, overrides and isolates (LRE…RLO, LRI…PDI): a label could use them to reorder
// the text around it ("Trojan source"). Each exported text sets its own direction, so they go;
// the marks LRM/RLM/ALM and ZWNJ, which Persian and Arabic spelling needs, stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes text for use in XML character data or a double-quoted attribute value, dropping
 * characters XML forbids and bidi override/isolate controls.
 * Example: `escapeXml('a<b & "c"')` → `'a&lt;b &amp; &quot;c&quot;'`. Never throws.
 */
export function escapeXml(text: string): string {
	return String(text)
		.replace(FORBIDDEN, '')
		.replace(BIDI_CONTROLS, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * Escapes text for HTML (TimelineJS renders `text.headline`/`text.text` as HTML).
 * Example: `escapeHtml('<img onerror=x>')` → `'&lt;img onerror=x&gt;'`.
 */
export function escapeHtml(text: string): string {
	return String(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Rounds a coordinate to 2 decimals so the SVG is stable byte for byte and small. */
export function num(x: number): string {
	if (!Number.isFinite(x)) return '0';
	const r = Math.round(x * 100) / 100;
	return Object.is(r, -0) ? '0' : String(r);
}
