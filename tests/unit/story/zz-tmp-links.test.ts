import { it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { buildStory } from '../../../src/lib/core/story/build';
import { readEachDocument } from '../../../src/lib/core/story/read';
const g = gazetteer();
const english = 'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it ';
it('x', () => {
  for (const size of [62_500, 250_000, 1_000_000]) {
    const text = `عنوان تجريبي للخبر\n\n${english.repeat(Math.ceil(size / english.length)).slice(0, size)}\n`;
    const per = readEachDocument([{ path: 'big.txt', text }], {}, g);
    const st = per[0].statements;
    const acts: Record<string, number> = {};
    for (const s of st) acts[s.act + ':' + s.speaker] = (acts[s.act + ':' + s.speaker] ?? 0) + 1;
    const t0 = Date.now();
    const story = buildStory(g, per);
    const types: Record<string, number> = {};
    for (const l of story.links) types[l.type] = (types[l.type] ?? 0) + 1;
    console.log(size, 'sentences?', 'stmts', st.length, 'events', per[0].events.length, JSON.stringify(acts), 'story stmts', story.statements.length, 'links', JSON.stringify(types), Date.now() - t0, 'ms');
    console.log(JSON.stringify(story.statements.slice(0, 3).map(s => ({...s, text: s.text.slice(0, 200)}))));
  }
}, 600000);
