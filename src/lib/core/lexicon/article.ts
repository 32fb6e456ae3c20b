/**
 * The Arabic article as the proclitics data gives it (reading/proclitics.ts: `article`, and
 * `proclitic prep+article`, how it is written after a glued «ل», its alef dropped): for the date
 * finder and the scanner, which compare words as written.
 */
import { parseLexicon } from './lines';
import PROCLITICS from './reading/proclitics';

const lines = parseLexicon(PROCLITICS);

/** «ال». */
export const ARTICLE = lines.find((l) => l.kind === 'article')!.spellings[0].s;

/** «لل»: «ل» glued to the article. */
export const ARTICLE_AFTER_LAM = lines.find((l) => l.kind === 'proclitic' && l.args[0] === 'prep+article')!
	.spellings[0].s;
