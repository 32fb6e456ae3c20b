#!/usr/bin/env node
// Makes sure Debian's Chromium is present for the end-to-end tests, the benchmark and screenshots.
// With --with-dateparser it also makes sure the benchmark's peer, Debian's python3-dateparser, is there.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, then `apt-get install -y chromium` when running as root
// with apt. Otherwise it fails with a message that says what to do — it never lets the browser tests
// be skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].filter(Boolean);

export function findChromium() {
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function aptInstall(pkgs) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env
	});
}

function hasDateparser() {
	try {
		execFileSync('/usr/bin/python3', ['-c', 'import dateparser'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function install() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (!isRoot || !hasApt) {
		throw new Error(
			'Chromium was not found at /usr/bin/chromium and cannot be installed automatically ' +
				`(${isRoot ? 'no apt-get' : 'not running as root'}). Install Debian's package: ` +
				'`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.'
		);
	}
	console.error('[taqvim] Chromium not found: installing Debian package "chromium" with apt-get…');
	aptInstall(['chromium', 'fonts-noto-core']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		if (!findChromium()) install();
		const found = findChromium();
		if (!found) throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
		console.error(`[taqvim] Chromium: ${found}`);
		if (process.argv.includes('--with-dateparser') && !hasDateparser()) {
			if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
				console.error('[taqvim] installing the benchmark peer python3-dateparser with apt-get…');
				aptInstall(['python3-dateparser']);
			} else console.error('[taqvim] python3-dateparser is missing: apt-get install -y python3-dateparser');
		}
	} catch (err) {
		console.error(`[taqvim] ${err instanceof Error ? err.message : err}`);
		process.exit(1);
	}
}
