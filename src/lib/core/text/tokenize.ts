/**
 * A tokenizer for date finding: digit runs, letter runs (Arabic script or Latin) and single
 * punctuation characters, over normalised text. Linear time; no regular expressions.
 */

export type TokenKind = 'num' | 'word' | 'punct' | 'nl';

/** One token. Offsets are in the normalised text; `[start, end)`. */
export interface Token {
	kind: TokenKind;
	/** The normalised characters. */
	text: string;
	start: number;
	end: number;
	/** True when whitespace (not a newline) separates it from the previous token. */
	space: boolean;
	/** Numeric value of a `num` token (digits only), else NaN. */
	value: number;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** Latin letters, Arabic-script letters (after folding) and the apostrophe-free word characters. */
function isLetter(c: number): boolean {
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		(c >= 0x0621 && c <= 0x064a) ||
		(c >= 0x066e && c <= 0x06d3) ||
		(c >= 0x06fa && c <= 0x06ff) ||
		(c >= 0xc0 && c <= 0x24f)
	);
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 13 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Split normalised text into tokens. Newlines become `nl` tokens (dates never cross them).
 * @example tokenize('18 دي 1394').map(t => t.kind) // ['num', 'word', 'num']
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let space = false;
	let i = 0;
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			space = true;
			i++;
			continue;
		}
		const start = i;
		let kind: TokenKind;
		if (isDigit(c)) {
			while (i < n && isDigit(text.charCodeAt(i))) i++;
			kind = 'num';
		} else if (isLetter(c)) {
			// a word never mixes scripts ("سورياfebruary" is two words)
			const latin = c < 0x600;
			while (i < n && isLetter(text.charCodeAt(i)) && text.charCodeAt(i) < 0x600 === latin) i++;
			kind = 'word';
		} else if (c === 10 || c === 0x2028 || c === 0x2029) {
			i++;
			kind = 'nl';
		} else {
			// keep a surrogate pair together
			i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
			kind = 'punct';
		}
		const t = text.slice(start, i);
		// a huge digit run is not a number we care about; avoid precision noise
		const value = kind === 'num' ? (t.length <= 9 ? Number(t) : Infinity) : NaN;
		tokens.push({ kind, text: t, start, end: i, space, value });
		space = false;
	}
	return tokens;
}
