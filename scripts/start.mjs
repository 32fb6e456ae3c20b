#!/usr/bin/env node
// `npm start`: builds the app (when the build is missing or older than the sources) and serves it on
// the seed notebook. PORT (default 3000), HOST (default 127.0.0.1), BODY_SIZE_LIMIT (default 64M)
// and TAQVIM_DATA_DIR (default ./notebooks) are honoured.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (!built || newest('src') > built || newest('static') > built) {
	console.log('[taqvim] building…');
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
// adapter-node refuses request bodies over 512 KB by default; a notebook holding several long
// articles is larger than that (the app itself caps each source at 300,000 characters).
const env = {
	...process.env,
	PORT: port,
	HOST: host,
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '64M',
	TAQVIM_DATA_DIR: process.env.TAQVIM_DATA_DIR ?? 'notebooks'
};
console.log(`[taqvim] open http://localhost:${port}/ (notebooks in ${env.TAQVIM_DATA_DIR}/)`);
const child = spawn(process.execPath, ['build/index.js'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
