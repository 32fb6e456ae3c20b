/**
 * Places and the state each is in (format: ../lines.ts): one line per place, every spelling of it.
 *
 *   place STATE: spelling | spelling | …
 *
 * STATE is the gazetteer id of the state. Spellings without the words for "province", "city"…
 */
export default `
place Afghanistan: Helmand | هلمند
place Afghanistan: Herat | هرات
place Pakistan: Balochistan | Baluchistan | بلوشستان | بلوچستان
`;
