/**
 * `taqvim dates --jsonl`: one JSON line in (`{"id","text","lang"?,"ref"?}`), one line out
 * (`{"id","mentions":[…]}`), as DESIGN.md §4 specifies. A bad line is reported on stderr with its
 * line number and an error line is written for it; the other lines go on.
 */
import { findDates } from '../../lib/core/dates';
import { textLines } from '../read-text';

export const summary = 'find every date mention in JSON-lines input (stdin → stdout)';
export const usage = `--jsonl   read {"id","text","lang"?,"ref"?} lines on stdin, write {"id","mentions":[…]} lines`;

/** Process one input line; returns the output line, or throws an Error naming the problem. */
export function processLine(line: string): string {
	let k: unknown;
	try {
		k = JSON.parse(line);
	} catch (e) {
		throw new Error(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
	}
	if (!k || typeof k !== 'object' || Array.isArray(k)) throw new Error('expected a JSON object');
	const o = k as Record<string, unknown>;
	if (typeof o.text !== 'string') throw new Error('"text" must be a string');
	if (o.text.includes('\uFFFD'))
		throw new Error(
			'"text" holds U+FFFD replacement characters, which stand for letters lost in decoding (the line was not UTF-8 and its encoding could not be told): send the text as UTF-8'
		);
	if (o.lang !== undefined && o.lang !== null && typeof o.lang !== 'string')
		throw new Error('"lang" must be a string');
	if (
		o.ref !== undefined &&
		o.ref !== null &&
		(typeof o.ref !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(o.ref))
	)
		throw new Error('"ref" must be a day YYYY-MM-DD');
	const mentions = findDates(o.text, {
		lang: (o.lang as string | undefined) ?? undefined,
		ref: (o.ref as string | undefined) ?? null
	});
	return JSON.stringify({ id: o.id ?? null, mentions });
}

/** Run the command; resolves to the exit code (0, or 1 when some line was bad, 2 on bad usage). */
export async function run(args: string[]): Promise<number> {
	if (!args.includes('--jsonl')) {
		process.stderr.write(
			`taqvim dates: expected --jsonl\nusage: npm run --silent taqvim -- dates ${usage}\n`
		);
		return 2;
	}
	// Lines are decoded one by one: a line in Windows-1256/1252 or UTF-16 is read as such, and said.
	const rl = textLines(process.stdin, (line, msg) =>
		process.stderr.write(`taqvim dates: line ${line}: ${msg}\n`)
	);
	let n = 0;
	let bad = 0;
	const chunks: string[] = [];
	for await (const line of rl) {
		n++;
		if (!line.trim()) continue;
		try {
			chunks.push(processLine(line));
		} catch (e) {
			bad++;
			let id: unknown = null;
			try {
				id = (JSON.parse(line) as { id?: unknown }).id ?? null;
			} catch {
				/* not JSON: no id to echo */
			}
			const msg = e instanceof Error ? e.message : String(e);
			process.stderr.write(`taqvim dates: line ${n}: ${msg}\n`);
			chunks.push(JSON.stringify({ id, mentions: [], error: `line ${n}: ${msg}` }));
		}
		if (chunks.length >= 256) {
			process.stdout.write(chunks.join('\n') + '\n');
			chunks.length = 0;
		}
	}
	if (chunks.length) process.stdout.write(chunks.join('\n') + '\n');
	return bad ? 1 : 0;
}
