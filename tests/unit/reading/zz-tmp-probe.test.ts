import { it } from 'vitest';
import { seedProseLine } from '../../fixtures/seeds';
import { readEachDocument } from '../../../src/lib/core/story/read';
import { countReadingWork } from '../../../src/lib/core/reading/work';
const seedProse = seedProseLine();
const english = 'Taliban officials said Russia shared intelligence with the group against ISIS and the Kremlin denied it ';
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const doc = (body: string) => `عنوان تجريبي للخبر\n\n${body}\n`;
const para = seedProse.slice(0, 900);
const articles = (size: number) => { let out = ''; let k = 0; while (out.length < size) { out += `عنوان الخبر رقم ${k++} عن طالبان\n\nقال المتحدث في البيان رقم ${k} ${para}\n\n\n`; } return out; };
it('probe', () => {
  for (const [label, f] of [['prose', (n: number) => doc(repeat(seedProse, n))], ['english', (n: number) => doc(repeat(english, n))], ['articles', articles]] as const) {
    for (const n of [25_000, 100_000]) {
      const t0 = Date.now();
      const { result, work } = countReadingWork(() => readEachDocument([{ path: 'big.txt', text: f(n) }]));
      console.log(label, n, result.length, Date.now() - t0, 'ms', JSON.stringify(work));
    }
  }
}, 600000);
