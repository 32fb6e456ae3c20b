/**
 * `extract` on long news (issue 16.8): 1 MB and 10 MB of real articles (tests/fixtures/news.ts,
 * about 440 and 4,200 documents in one file), each read by the CLI in a child process of its own.
 * Figures: output size and its ratio to the input, time, peak resident memory (the child's own
 * maxRSS). Bars: the output grows linearly with the input (10 MB gives at most 11× what 1 MB
 * gives) and the 10 MB run stays under 1 GB. Peer, same run: the size the same story took in the
 * previous format, where every document carried its file's whole text (computed from the output,
 * not printed: at 10 MB it was tens of gigabytes and the CLI died at 2.8 GB).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import { newsText } from '../tests/fixtures/news';

const MB = 1e6;
const mb = (b: number) => `${(b / MB).toFixed(1)} MB`;

interface Run {
	input: number;
	output: number;
	old: number;
	docs: number;
	statements: number;
	ms: number;
	rssKb: number;
}

function runExtract(dir: string, bytes: number): Run {
	const file = join(dir, `news-${bytes}.txt`);
	writeFileSync(file, newsText(bytes));
	const outPath = join(dir, `news-${bytes}.json`);
	const out = openSync(outPath, 'w');
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/extract-child.ts'), file], {
		cwd: ROOT,
		stdio: ['ignore', out, 'pipe'],
		encoding: 'utf8',
		maxBuffer: 64 * MB
	});
	closeSync(out);
	const line = /@@bench (\{.*\})/.exec(r.stderr ?? '');
	if (r.status !== 0 || !line) throw new Error(`extract failed (${r.status}): ${r.stderr}`);
	const { ms, maxRssKb } = JSON.parse(line[1]) as { ms: number; maxRssKb: number };
	const story = JSON.parse(readFileSync(outPath, 'utf8')) as {
		documents: { id: string; text?: string; textOf?: string }[];
		statements: unknown[];
	};
	const output = statSync(outPath).size;
	// The previous format: `"text": "<the whole file>",` on every document instead of `"textOf": "<id>",`.
	const textBytes = new Map(
		story.documents
			.filter((d) => d.text)
			.map((d) => [d.id, Buffer.byteLength(`"text": ${JSON.stringify(d.text)}`)])
	);
	let old = output;
	for (const d of story.documents)
		if (d.textOf)
			old += textBytes.get(d.textOf)! - Buffer.byteLength(`"textOf": ${JSON.stringify(d.textOf)}`);
	rmSync(outPath);
	return {
		input: statSync(file).size,
		output,
		old,
		docs: story.documents.length,
		statements: story.statements.length,
		ms,
		rssKb: maxRssKb
	};
}

/** Runs the benchmark and returns the lines to print. */
export async function benchExtract(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'taqvim-bench-extract-'));
	try {
		const runs = [runExtract(dir, 1 * MB), runExtract(dir, 10 * MB)];
		const lines = runs.map(
			(r) =>
				`extract ${mb(r.input).padStart(8)} in (${r.docs} documents, ${r.statements} statements): ` +
				`${mb(r.output)} out (${(r.output / r.input).toFixed(2)}× the input), ` +
				`${(r.ms / 1000).toFixed(1)} s, peak memory ${(r.rssKb / 1024).toFixed(0)} MB; ` +
				`previous format ${mb(r.old)} (${(r.old / r.input).toFixed(0)}× the input)`
		);
		const [small, large] = runs;
		const growth = large.output / small.output / (large.input / small.input);
		const linear = growth <= 1.1;
		const memory = large.rssKb < 1024 * 1024;
		lines.push(
			`output growth 1 MB → 10 MB: ${(large.output / small.output).toFixed(2)}× for ${(large.input / small.input).toFixed(2)}× the input ` +
				`(${linear ? 'linear: within the 1.1 bar' : 'OVER the 1.1 bar'}); ` +
				`10 MB peak memory ${(large.rssKb / 1024).toFixed(0)} MB (${memory ? 'under' : 'OVER'} the 1 GB bar)`
		);
		if (!linear || !memory) throw new Error(lines.join('\n'));
		return lines.join('\n');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
