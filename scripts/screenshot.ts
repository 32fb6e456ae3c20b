/**
 * `npm run screenshot`: builds the app if needed, starts it on a fresh copy of the seed notebook,
 * and saves what a person sees at http://localhost/ to docs/screenshot.png (used by the README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT, startApp } from '../tests/e2e/harness';

if (!existsSync(join(ROOT, 'build/index.js')) || process.argv.includes('--build')) {
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', cwd: ROOT });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
const app = await startApp();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
	await page.goto(app.url + '/', { waitUntil: 'networkidle' });
	await page.waitForSelector('svg', { timeout: 20_000 });
	await page.evaluate(() => document.fonts.ready);
	mkdirSync(join(ROOT, 'docs'), { recursive: true });
	const file = join(ROOT, 'docs/screenshot.png');
	await page.screenshot({ path: file, fullPage: false });
	console.log(`saved ${file}`);
} finally {
	await browser.close();
	await app.stop();
}
