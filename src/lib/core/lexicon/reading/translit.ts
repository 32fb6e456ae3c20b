/**
 * Letters to a consonant skeleton, so that one name written in Arabic, Persian and Latin letters
 * can be recognised as one (ماكرون / ماکرون / Macron → mkrn; لافروف / Lavrov → lfrf). Vowels and
 * the letters that stand for them (ا و ي ی ع ء ه ح, a e i o u y w h) have no class and are dropped.
 * Latin digraphs are listed before single letters and are read first.
 *
 *   skeleton CLASS: letters | digraphs …
 *   written CLASS: CLASS …   a sound Arabic letters lack, and the classes Arabic writes it with
 *                            (چودری / شودري / Chaudhry; گ as غ، ج or ك): the same skeleton
 */
export default `
skeleton b: ب | پ | b | p
skeleton t: ت | ط | t | tt
skeleton s: ث | س | ص | s | ss | th | ce | ci | cy
skeleton j: ج | j | dj | dzh
skeleton C: چ | ch | tch | tsch
skeleton x: خ | kh
skeleton d: د | d | dh
skeleton z: ذ | ز | ظ | ض | ژ | z | zh
skeleton r: ر | r | rr
skeleton S: ش | sh | sch
skeleton f: ف | f | ph | v | ff
skeleton k: ق | ك | ک | k | q | ck | c | x
skeleton g: غ | گ | g | gh
skeleton l: ل | l | ll
skeleton m: م | m | mm
skeleton n: ن | n | nn
written C: S | j
written g: j | k
`;
