/** Text normalisation and tokenizing for matching, with offsets back to the original text. */
export { normalize, fold, toOriginal, type Normalized } from './normalize';
export { tokenize, type Token, type TokenKind } from './tokenize';
