/** Text normalisation and tokenizing for matching, with offsets back to the original text. */
export {
	normalize,
	normalizeInto,
	fold,
	foldCode,
	toOriginal,
	LETTER,
	type Normalized,
	type NormalizeOptions
} from './normalize';
export { quickScan, filterOf, mayHold, type QuickScan } from './scan';
export {
	tokenize,
	scanTokens,
	tokensOf,
	hashRange,
	CHAR,
	CHAR_CLASS,
	type Scan,
	type Token,
	type TokenKind
} from './tokenize';
export { windowTokens, type WindowTokens } from './window';
