/**
 * `npm run eval`: how well the reader reads.
 *   1. Items read from the seeds against the hand-reviewed golden story (tests/golden/): precision
 *      and recall.
 *   2. The reading corpora of tests/eval/reading/ (FORMAT.md): real articles of other stories
 *      (dev, held-out) and articles written for evaluation, annotated before the reader ran on them:
 *      precision and recall per element kind — statements with the right speaker, act and time,
 *      events with their time, denial links — and the recall per language.
 * `--verbose` lists what was missed; `--set dev` scores one corpus only. The held-out sets are for
 * the figures that count: tune on `dev`, never read the misses of the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments, type InputMeta } from '../src/lib/core/story';
import { parseHtmlNode } from '../src/lib/core/reading/html-node';
import { loadGold, score } from '../tests/golden/match';
import { prf, scoreSet, type Tally } from '../tests/eval/reading/score';

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

const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;
const pct = (x: number) => x.toFixed(3);

if (!only || only === 'seeds') {
	const story = readDocuments(seedInputs(), { parseHtml: parseHtmlNode });
	const s = score(story, loadGold());
	console.log(
		`seeds (golden story): items predicted ${s.predicted}, golden ${s.golden}, matched ${s.matched}`
	);
	console.log(`  precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
	if (verbose) {
		for (const m of s.missed)
			console.log(
				`  missed   ${m.key} (${m.kind}${m.act ? ' ' + m.act : ''}, ${m.speaker?.join('/') ?? m.participants?.join(', ')})`
			);
		for (const p of s.spurious)
			console.log(
				`  spurious ${p.id} (${p.kind}${p.act ? ' ' + p.act : ''}, ${p.speaker ?? p.participants?.join(', ')}) ${p.evidence[0].doc}@${p.evidence[0].start}`
			);
	}
}

const line = (name: string, t: Tally) => {
	const x = prf(t);
	return `  ${name.padEnd(11)} precision ${pct(x.p)}  recall ${pct(x.r)}  (gold ${t.gold}, read ${t.predicted}, right ${t.right}; found whatever the time ${t.found})`;
};
for (const set of ['dev', 'heldout', 'written']) {
	if (only && only !== set) continue;
	const dir = join('tests/eval/reading', set);
	const s = scoreSet(dir);
	const right = s.statements.right + s.events.right + s.denials.right;
	const gold = s.statements.gold + s.events.gold + s.denials.gold;
	console.log(`${set}: ${s.stories} stories, ${s.documents} documents`);
	console.log(line('statements', s.statements));
	console.log(line('events', s.events));
	console.log(line('denial links', s.denials));
	const langs = Object.entries(s.byLang)
		.sort()
		.map(([l, b]) => `${l} ${pct(b.right / b.gold)} (${b.gold})`)
		.join(', ');
	console.log(`  all elements found right: ${pct(right / gold)} of ${gold}; by language: ${langs}`);
	if (verbose && set === 'dev') for (const m of s.misses) console.log('   ', m);
}
