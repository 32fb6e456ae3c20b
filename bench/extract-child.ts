/**
 * Runs `taqvim extract` in a process of its own for the extract bench (so that its peak memory is
 * its own): stdout is the story JSON (the bench points it at a file), and a last stderr line
 * `@@bench {"code","ms","maxRssKb"}` gives the exit code, the time and the peak resident memory.
 */
import { run } from '../src/cli/commands/extract';

const t0 = performance.now();
const code = await run(process.argv.slice(2));
const ms = performance.now() - t0;
process.stderr.write(`\n@@bench ${JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
