/**
 * `npm run eval`: precision and recall of items (statements + events) read from the seeds against
 * the hand-reviewed golden story in tests/golden/ (matching rules: tests/golden/match.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments, type InputMeta } from '../src/lib/core/story';
import { parseHtmlNode } from '../src/lib/core/reading/html-node';
import { loadGold, score } from '../tests/golden/match';

/** The seeds with their manifest metadata, as the CLI reads them. */
export function seedInputs(dir = 'seeds') {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		seeds: Record<string, InputMeta>;
	};
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({
			path: `${dir}/${f}`,
			text: readFileSync(join(dir, f), 'utf8'),
			meta: manifest.seeds[f] ?? {}
		}));
}

const story = readDocuments(seedInputs(), { parseHtml: parseHtmlNode });
const s = score(story, loadGold());
const pct = (x: number) => x.toFixed(3);
console.log(`items: predicted ${s.predicted}, golden ${s.golden}, matched ${s.matched}`);
console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
if (process.argv.includes('--verbose')) {
	for (const m of s.missed)
		console.log(
			`  missed   ${m.key} (${m.kind}${m.act ? ' ' + m.act : ''}, ${m.speaker?.join('/') ?? m.participants?.join(', ')})`
		);
	for (const p of s.spurious)
		console.log(
			`  spurious ${p.id} (${p.kind}${p.act ? ' ' + p.act : ''}, ${p.speaker ?? p.participants?.join(', ')}) ${p.evidence[0].doc}@${p.evidence[0].start}`
		);
}
