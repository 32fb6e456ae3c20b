#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first red step.
//   1. Chromium for the browser tests (found, or installed with apt-get; never silently skipped)
//   2. svelte-kit sync, prettier --check, eslint, svelte-check (type checking, warnings fail)
//   3. unit tests (vitest), then the calendar, time and date tests again under TZ=Asia/Tehran and TZ=UTC
//   4. a production build and the end-to-end tests in headless Chromium against the real server
// It closes with one line "N passed, N failed" counting test cases across all vitest runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function step(title, cmd, args, env = {}) {
	current = title;
	console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

function vitest(title, args, env = {}) {
	const out = join(results, `vitest-${title.replace(/\W+/g, '-')}.json`);
	const ok = step(
		title,
		'npx',
		['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`],
		env
	);
	try {
		const j = JSON.parse(readFileSync(out, 'utf8'));
		passed += j.numPassedTests;
		failed += j.numFailedTests;
		if (!ok && j.numFailedTests === 0) failed += 1; // a suite that failed to load
	} catch {
		if (!ok) failed += 1;
	}
	return ok;
}

let current = '';

function finish(ok) {
	if (!ok) console.log(`\nFAILED at step "${current}" (later steps did not run)`);
	console.log(`\n${passed} passed, ${failed} failed`);
	process.exit(ok && failed === 0 ? 0 : 1);
}

const steps = [
	() => step('chromium', process.execPath, ['scripts/ensure-chromium.mjs']),
	() => step('sync', 'npx', ['svelte-kit', 'sync']),
	() => step('format', 'npx', ['prettier', '--check', '.']),
	() => step('lint', 'npx', ['eslint', '.']),
	() => step('types', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']),
	() => vitest('unit', []),
	() =>
		vitest(
			'unit TZ=Asia/Tehran',
			['--passWithNoTests', 'tests/unit/calendars', 'tests/unit/time', 'tests/unit/dates'],
			{ TZ: 'Asia/Tehran' }
		),
	() =>
		vitest(
			'unit TZ=UTC',
			['--passWithNoTests', 'tests/unit/calendars', 'tests/unit/time', 'tests/unit/dates'],
			{ TZ: 'UTC' }
		),
	() => step('build', 'npx', ['vite', 'build']),
	() => vitest('e2e', ['--config', 'vitest.e2e.config.ts'])
];

for (const s of steps) if (!s()) finish(false);
finish(true);
