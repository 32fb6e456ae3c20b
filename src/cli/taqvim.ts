/**
 * The `taqvim` command line: `npm run --silent taqvim -- <command> [args]`.
 * Each subcommand lives in ./commands/<name>.ts and exports `run(args): Promise<number>` (exit code)
 * and `summary` (one line for `help`). The contracts are in DESIGN.md §4.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Command {
	summary: string;
	usage?: string;
	run(args: string[]): Promise<number>;
}

const COMMANDS = ['dates', 'extract'] as const;
const here = dirname(fileURLToPath(import.meta.url));

async function load(name: string): Promise<Command | null> {
	const file = join(here, 'commands', `${name}.ts`);
	if (!existsSync(file)) return null;
	return (await import(file)) as Command;
}

async function help(): Promise<number> {
	const lines = ['usage: npm run --silent taqvim -- <command> [args]', '', 'commands:'];
	for (const name of COMMANDS) {
		const cmd = await load(name);
		lines.push(`  ${name.padEnd(9)} ${cmd ? cmd.summary : '(not available in this build)'}`);
		if (cmd?.usage) lines.push(...cmd.usage.split('\n').map((l) => `            ${l}`));
	}
	lines.push(`  ${'help'.padEnd(9)} this list`);
	process.stdout.write(lines.join('\n') + '\n');
	return 0;
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === 'help' || name === '--help' || name === '-h') return help();
	const cmd = (COMMANDS as readonly string[]).includes(name) ? await load(name) : null;
	if (!cmd) {
		process.stderr.write(`taqvim: unknown command "${name}". Try: npm run taqvim -- help\n`);
		return 2;
	}
	return cmd.run(args);
}

// `taqvim extract … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
	if (err.code === 'EPIPE') process.exit(0);
	throw err;
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		process.stderr.write(`taqvim: ${err instanceof Error ? err.message : String(err)}\n`);
		process.exitCode = 1;
	}
);
