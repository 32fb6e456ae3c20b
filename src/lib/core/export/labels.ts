/** The export's words come from the timeline's one table (core/timeline/words.ts). */
export { word, kindGroupLabel } from '../timeline/words';
