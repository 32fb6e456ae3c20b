/**
 * `npm run bench`: speed and memory figures, each next to named peers measured in the same run.
 * Sections live in bench/<area>.bench.ts and export `bench<Area>(): Promise<string>` returning the
 * lines to print. A section that throws is reported and the others still run; the exit code is 1 if
 * any section failed. Results are also written to bench/results/latest.txt.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SECTIONS: [file: string, fn: string, title: string][] = [
	['dates.bench.ts', 'benchDates', 'Date tagger'],
	['timeline.bench.ts', 'benchTimeline', 'Timeline rendering'],
	['export.bench.ts', 'benchExport', 'Image export'],
	['reading.bench.ts', 'benchReading', 'Reading one large document'],
	['extract.bench.ts', 'benchExtract', 'Story extraction (extract CLI)'],
	['notebook.bench.ts', 'benchNotebook', 'Notebook page under load']
];

const only = process.argv.slice(2);
const out: string[] = [`Taqvim benchmark — ${new Date().toISOString()} — node ${process.version}`];
let failedAny = false;
for (const [file, fn, title] of SECTIONS) {
	if (only.length && !only.some((o) => file.startsWith(o))) continue;
	const path = join(here, file);
	out.push('', `## ${title}`);
	if (!existsSync(path)) {
		out.push('(section not present in this build)');
		continue;
	}
	try {
		const mod = (await import(path)) as Record<string, () => Promise<string>>;
		const text = await mod[fn]();
		out.push(text);
	} catch (err) {
		failedAny = true;
		out.push(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
	}
	console.error(`[bench] ${title} done`);
}
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.txt'), out.join('\n') + '\n');
console.log(out.join('\n'));
process.exitCode = failedAny ? 1 : 0;
