/** Text normalisation and tokenizing for matching, with offsets back to the original text. */
export { normalize, normalizeInto, fold, foldCode, toOriginal, type Normalized } from './normalize';
export { quickScan, type QuickScan } from './scan';
export { tokenize, scanTokens, tokensOf, hashRange, type Scan, type Token, type TokenKind } from './tokenize';
