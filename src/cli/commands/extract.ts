/**
 * `taqvim extract FILE...`: read articles (.txt, .html, .md) and print the story as JSON
 * (DESIGN.md §4). Metadata comes from `FILE.meta.json` beside a file, or from a `manifest.json`
 * in the file's folder (`{"seeds": {"<name>": {...}}}`), the file's own meta winning.
 * A bad file (missing, empty, binary, over 10 MB, unreadable JSON meta) is reported on stderr by
 * name and skipped; the others are still read. Exit code: 0, or 1 when any file was skipped,
 * 2 for a usage error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseHtmlNode } from '../../lib/core/reading/html-node';
import { readDocuments, type Input, type InputMeta } from '../../lib/core/story';

export const summary = 'read articles and print who said what happened, when, as story JSON';
export const usage = 'extract FILE... (.txt .html .md; optional FILE.meta.json beside each)';

const MAX_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be read as an article, or null when it can. */
export function checkFile(path: string): string | null {
	if (!existsSync(path)) return 'no such file';
	const st = statSync(path);
	if (st.isDirectory()) return 'is a directory, not an article';
	if (st.size === 0) return 'is empty';
	if (st.size > MAX_BYTES) return `is ${(st.size / 1048576).toFixed(1)} MB; articles over 10 MB are refused`;
	const buf = readFileSync(path);
	if (buf.includes(0)) return 'looks binary (contains NUL bytes), not a text or HTML article';
	const text = buf.toString('utf8');
	const bad = (text.match(/\uFFFD/g) ?? []).length;
	if (bad > 0 && bad / text.length > 0.01) return 'is not UTF-8 text';
	if (!text.trim()) return 'holds only whitespace';
	return null;
}

function readMeta(path: string): { meta: InputMeta; error: string | null } {
	let meta: InputMeta = {};
	const manifest = join(dirname(path), 'manifest.json');
	try {
		if (existsSync(manifest)) {
			const m = JSON.parse(readFileSync(manifest, 'utf8')) as { seeds?: Record<string, InputMeta> };
			meta = { ...(m.seeds?.[basename(path)] ?? {}) };
		}
	} catch (e) {
		return { meta, error: `${manifest}: not valid JSON (${(e as Error).message})` };
	}
	const side = `${path}.meta.json`;
	if (existsSync(side)) {
		try {
			meta = { ...meta, ...(JSON.parse(readFileSync(side, 'utf8')) as InputMeta) };
		} catch (e) {
			return { meta, error: `${side}: not valid JSON (${(e as Error).message})` };
		}
	}
	return { meta, error: null };
}

/** Run the command; see the file comment for the contract. */
export async function run(args: string[]): Promise<number> {
	const files = args.filter((a) => !a.startsWith('--'));
	if (!files.length) {
		process.stderr.write(`usage: npm run --silent taqvim -- ${usage}\n`);
		return 2;
	}
	let failed = 0;
	const inputs: Input[] = [];
	for (const path of files) {
		const why = checkFile(path);
		if (why) {
			process.stderr.write(`taqvim extract: ${path}: ${why}\n`);
			failed++;
			continue;
		}
		const { meta, error } = readMeta(path);
		if (error) {
			process.stderr.write(`taqvim extract: ${error}\n`);
			failed++;
			continue;
		}
		inputs.push({ path, text: readFileSync(path, 'utf8'), html: /\.html?$/i.test(path), meta });
	}
	const good: Input[] = [];
	for (const input of inputs) {
		try {
			// read each alone first so that one bad article is named and skipped, not fatal
			readDocuments([input], { parseHtml: parseHtmlNode });
			good.push(input);
		} catch (e) {
			process.stderr.write(`taqvim extract: ${input.path}: ${(e as Error).message}\n`);
			failed++;
		}
	}
	const story = readDocuments(good, { parseHtml: parseHtmlNode });
	process.stdout.write(JSON.stringify(story, null, 2) + '\n');
	return failed ? 1 : 0;
}
