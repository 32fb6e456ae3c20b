/**
 * `taqvim extract FILE...`: read articles (.txt, .html, .md) and print the story as JSON
 * (DESIGN.md §4). Metadata comes from `FILE.meta.json` beside a file, or from a `manifest.json`
 * in the file's folder (`{"seeds": {"<name>": {...}}}`), the file's own meta winning.
 * A bad file (missing, empty, binary, over 10 MB, an encoding that cannot be told, unreadable JSON
 * meta) is reported on stderr by name and skipped; the others are still read. A file in UTF-16,
 * Windows-1256 or Windows-1252 is read as such, and stderr says so. Exit code: 0, or 1 when any file was skipped,
 * 2 for a usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseHtmlNode } from '../../lib/core/reading/html-node';
import { gazetteer, type Input, type InputMeta } from '../../lib/core/story';
import { buildStory, type DocItems } from '../../lib/core/story/build';
import { readEachDocument, storyPeople } from '../../lib/core/story/read';
import { decodeText } from '../../lib/core/text/encoding';
import { readTextFile } from '../read-text';
import { writeStoryJson } from '../story-json';

export const summary = 'read articles and print who said what happened, when, as story JSON';
export const usage = 'extract FILE... (.txt .html .md; optional FILE.meta.json beside each)';

/** A JSON file's value (decoded like an article: a Windows-1256 meta file is read as such). */
function readJson(path: string): unknown {
	const got = decodeText(readFileSync(path));
	if (!got.ok) throw new Error(got.reason);
	try {
		return JSON.parse(got.text);
	} catch (e) {
		throw new Error(`not valid JSON (${(e as Error).message})`);
	}
}

function readMeta(path: string): { meta: InputMeta; error: string | null } {
	let meta: InputMeta = {};
	const manifest = join(dirname(path), 'manifest.json');
	try {
		if (existsSync(manifest)) {
			const m = readJson(manifest) as { seeds?: Record<string, InputMeta> };
			meta = { ...(m.seeds?.[basename(path)] ?? {}) };
		}
	} catch (e) {
		return { meta, error: `${manifest}: ${(e as Error).message}` };
	}
	const side = `${path}.meta.json`;
	if (existsSync(side)) {
		try {
			meta = { ...meta, ...(readJson(side) as InputMeta) };
		} catch (e) {
			return { meta, error: `${side}: ${(e as Error).message}` };
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
		const file = readTextFile(path);
		if (!file.ok) {
			process.stderr.write(`taqvim extract: ${path}: ${file.reason}\n`);
			failed++;
			continue;
		}
		if (file.note) process.stderr.write(`taqvim extract: ${path}: ${file.note}\n`);
		const { meta, error } = readMeta(path);
		if (error) {
			process.stderr.write(`taqvim extract: ${error}\n`);
			failed++;
			continue;
		}
		inputs.push({ path, text: file.text, html: /\.html?$/i.test(path), meta });
	}
	// Each file is read once, alone, so that one bad article is named and skipped, not fatal; the
	// story is then built from what every file gave (as readDocuments does, without reading twice).
	const g = gazetteer();
	const opts = { parseHtml: parseHtmlNode };
	const read: { input: Input; docs: DocItems[] }[] = [];
	for (const input of inputs) {
		try {
			read.push({ input, docs: readEachDocument([input], opts, g) });
		} catch (e) {
			process.stderr.write(`taqvim extract: ${input.path}: ${(e as Error).message}\n`);
			failed++;
		}
	}
	inputs.length = 0;
	// a person one file introduced is found by name alone in the others (as readDocuments does)
	const people = storyPeople(read.map((r) => r.docs));
	const perDoc = read.flatMap(({ input, docs }, k) => {
		if (!people[k].length) return docs;
		try {
			return readEachDocument([input], { ...opts, people: people[k] }, g);
		} catch {
			return docs;
		}
	});
	writeStoryJson(buildStory(g, perDoc), (chunk) => process.stdout.write(chunk));
	return failed ? 1 : 0;
}
