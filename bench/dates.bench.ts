/**
 * Date tagger benchmark: accuracy (value F1 on the dev set, scored as score-dates.js does) and speed
 * (characters per CPU second) for Taqvim's findDates, python3-dateparser's search_dates and
 * chrono-node, on the same inputs in one run; plus the 1 MB adversarial input.
 *
 * How speed is measured, the same way on every side: CPU time of the process doing the parsing
 * (Node: process.cpuUsage, user + system; Python: time.process_time in bench/dateparser-driver.py),
 * never wall time, which on a shared machine includes waiting for a core; process start-up, imports
 * and one warm-up pass excluded on both sides (dateparser loads its language data on first use, V8
 * compiles ours); then several repetitions, each of whole passes over the inputs until at least a
 * minimum of CPU time is spent, and the median repetition is reported (with the range). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findDates, mentionEnds } from '../src/lib/core/dates';
import { scoreDates, type GoldCase, type PredMention } from '../src/lib/core/dates/score';
import { adversarialText as adversarial } from '../tests/fixtures/adversarial';
import { tempeval3, TEMPEVAL3 } from '../tests/eval/timeml';

const here = dirname(fileURLToPath(import.meta.url));
const EVAL = join(here, '..', '..', 'shared', 'eval');
const DEV = join(EVAL, 'dates-dev.jsonl');
/** Our own sets, annotated blind to the tagger (tests/eval/README.md): generalisation figures. */
const OWN_SETS = ['dates-extra.jsonl', 'dates-blind2.jsonl'].map((f) => join(here, '..', 'tests', 'eval', f));
/** The Python side of the dateparser comparison: timed in-process like ours (see its header). */
const DRIVER = join(here, 'dateparser-driver.py');
const SEEDS = join(here, '..', 'seeds');

interface Input {
	id: string;
	text: string;
	lang?: string;
	ref?: string;
}

function readJsonl<T>(file: string): T[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as T);
}

/** Characters per CPU second of repetitions: their median, lowest and highest. */
interface Rate {
	median: number;
	min: number;
	max: number;
	reps: number;
}

function rateOf(perRep: number[]): Rate {
	const xs = [...perRep].sort((a, b) => a - b);
	const mid = xs.length >> 1;
	const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
	return { median, min: xs[0], max: xs[xs.length - 1], reps: xs.length };
}

/** CPU milliseconds (user + system) of this process since `c0`. */
function cpuMs(c0: NodeJS.CpuUsage): number {
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
}

/** One repetition: whole passes of `fn` over the inputs until `minMs` of CPU time; chars per CPU second. */
function cpuTrial(inputs: Input[], fn: (k: Input) => unknown, chars: number, minMs: number): number {
	let passes = 0;
	const c0 = process.cpuUsage();
	let ms = 0;
	do {
		for (const k of inputs) fn(k);
		passes++;
		ms = cpuMs(c0);
	} while (ms < minMs);
	return (chars * passes) / (ms / 1000);
}

/**
 * Chars per CPU second of `fn` over the inputs: one untimed warm-up repetition, then `reps`
 * repetitions of at least `minMs` CPU milliseconds each; the median and the range.
 */
function throughput(inputs: Input[], fn: (k: Input) => unknown, reps = 7, minMs = 300): Rate {
	const chars = inputs.reduce((n, k) => n + k.text.length, 0);
	cpuTrial(inputs, fn, chars, minMs);
	const out: number[] = [];
	for (let t = 0; t < reps; t++) out.push(cpuTrial(inputs, fn, chars, minMs));
	return rateOf(out);
}

/** Our mentions as `dates --jsonl` writes them (a range as its two ends, as the gold counts them). */
const ours = (k: Input) => mentionEnds(findDates(k.text, { lang: k.lang, ref: k.ref ?? null }));

/**
 * Chars per CPU second of two functions over the same inputs, measured in alternating repetitions
 * (after a warm-up of each), 9 each, medians: a burst of load elsewhere on the machine then meets
 * both, not one. CPU time of this process (user + system, all its threads, the garbage collector's
 * too), not wall time: time spent waiting for a core is neither's.
 */
function alternating(inputs: Input[], f: (k: Input) => unknown, g: (k: Input) => unknown): [Rate, Rate] {
	const chars = inputs.reduce((n, k) => n + k.text.length, 0);
	cpuTrial(inputs, f, chars, 300);
	cpuTrial(inputs, g, chars, 300);
	const a: number[] = [];
	const b: number[] = [];
	for (let t = 0; t < 9; t++) {
		a.push(cpuTrial(inputs, f, chars, 300));
		b.push(cpuTrial(inputs, g, chars, 300));
	}
	return [rateOf(a), rateOf(b)];
}

/** The Arabic articles of the reading corpora (real news pages, tests/eval/reading). */
function arabicNews(): Input[] {
	const root = join(here, '..', 'tests', 'eval', 'reading');
	if (!existsSync(root)) return [];
	const out: Input[] = [];
	for (const set of readdirSync(root).sort()) {
		const dir = join(root, set);
		if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
		for (const f of readdirSync(dir).sort())
			if (/-ar-\d+\.txt$/.test(f))
				out.push({ id: `${set}/${f}`, lang: 'ar', text: readFileSync(join(dir, f), 'utf8') });
	}
	return out;
}

function iso(y: number, m: number, d: number): string {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** chrono-node: Arabic parser for Arabic text, English otherwise (it has no Persian). */
function chronoFind(k: Input): PredMention[] {
	const parser = k.lang === 'ar' ? chrono.ar : chrono.en;
	const ref = k.ref ? new Date(`${k.ref}T12:00:00`) : new Date(2016, 0, 1, 12);
	let results: chrono.ParsedResult[] = [];
	try {
		results = parser.parse(k.text, ref);
	} catch {
		results = [];
	}
	return results.map((r) => {
		const a = iso(r.start.get('year') ?? 0, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
		const b = r.end ? iso(r.end.get('year') ?? 0, r.end.get('month') ?? 1, r.end.get('day') ?? 1) : a;
		return { start: r.index, end: r.index + r.text.length, text: r.text, earliest: a, latest: b };
	});
}

interface PeerRun {
	ok: boolean;
	/** Chars per CPU second of its repetitions (median and range); wall time beside it, for the record. */
	rate: Rate;
	wallMedian: number;
	preds: Map<string, PredMention[]>;
	note: string;
}

const NO_RATE: Rate = { median: 0, min: 0, max: 0, reps: 0 };

/**
 * python3-dateparser on a JSONL file through bench/dateparser-driver.py: its predictions (the
 * warm-up pass) and its CPU time per repetition, imports and warm-up excluded, timed inside Python
 * as ours is inside Node.
 */
function dateparser(file: string, reps = 5, minCpuSecs = 1): PeerRun {
	const none: PeerRun = { ok: false, rate: NO_RATE, wallMedian: 0, preds: new Map(), note: '' };
	if (!existsSync('/usr/bin/python3') || !existsSync(DRIVER))
		return { ...none, note: 'python3 or bench/dateparser-driver.py not found' };
	const r = spawnSync('/usr/bin/python3', [DRIVER, file, String(reps), String(minCpuSecs)], {
		encoding: 'utf8',
		timeout: 1_800_000,
		maxBuffer: 64 << 20
	});
	if (r.status !== 0) {
		const why = (r.stderr || String(r.error ?? '')).trim().split('\n').pop() ?? '';
		return {
			...none,
			note: `python3-dateparser unavailable (${why || 'exit ' + r.status}); install: apt-get install -y python3-dateparser`
		};
	}
	const preds = new Map<string, PredMention[]>();
	for (const line of r.stdout.split('\n').filter((l) => l.trim())) {
		const o = JSON.parse(line) as { id: string; mentions: PredMention[] };
		preds.set(o.id, o.mentions);
	}
	const last = r.stderr.trim().split('\n').pop() ?? '';
	let t: { chars: number; passes: number[]; cpu: number[]; wall: number[] };
	try {
		t = JSON.parse(last) as typeof t;
	} catch {
		return { ...none, preds, note: 'no timing line' };
	}
	const cps = t.cpu.map((c, k) => (t.chars * t.passes[k]) / c);
	const wall = rateOf(t.wall.map((w, k) => (t.chars * t.passes[k]) / w));
	const rate = rateOf(cps);
	return {
		ok: true,
		rate,
		wallMedian: wall.median,
		preds,
		note: `${t.chars} chars, ${rate.reps} reps of ≥${minCpuSecs} s CPU (${t.passes.join('/')} passes), CPU ${fmt(rate.min)}–${fmt(rate.max)} ch/s, wall median ${fmt(wall.median)} ch/s`
	};
}

/** Writes inputs as JSONL for the Python driver. */
function jsonlFile(dir: string, name: string, inputs: Input[]): string {
	const file = join(dir, name);
	writeFileSync(
		file,
		inputs.map((k) => JSON.stringify({ id: k.id, text: k.text, lang: k.lang, ref: k.ref })).join('\n') + '\n'
	);
	return file;
}

/** The first documents of a set, whole, up to about `chars` characters: a sample the slow peer can read several times. */
function sample(inputs: Input[], chars: number): Input[] {
	const out: Input[] = [];
	let n = 0;
	for (const k of inputs) {
		if (n >= chars) break;
		out.push(k);
		n += k.text.length;
	}
	return out;
}

/** "ours ×R dateparser (a vs b ch/s)", the ratio of the medians. */
function vsDateparser(name: string, inputs: Input[], ourRate: Rate, dp: PeerRun): string {
	const chars = inputs.reduce((n, k) => n + k.text.length, 0);
	if (!dp.ok) return `${name}: python3-dateparser not measured (${dp.note})`;
	const x = ourRate.median / dp.rate.median;
	return `${name} (${inputs.length} texts, ${fmt(chars)} chars) vs python3-dateparser, CPU ch/s medians: taqvim ${fmt(ourRate.median)} (${fmt(ourRate.min)}–${fmt(ourRate.max)}), dateparser ${fmt(dp.rate.median)} [${dp.note}] → ×${x.toFixed(0)} (range ×${(ourRate.min / dp.rate.max).toFixed(0)}–×${(ourRate.max / dp.rate.min).toFixed(0)}); bar ×100 → ${x >= 100 ? 'met' : 'NOT met'}`;
}

const fmt = (n: number) =>
	n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
const f3 = (x: number) => x.toFixed(3);

/** The benchmark section: printable lines. */
export async function benchDates(): Promise<string> {
	const lines: string[] = [];
	const seedFiles = existsSync(SEEDS)
		? readdirSync(SEEDS)
				.filter((f) => f.endsWith('.txt'))
				.sort()
		: [];
	const seeds: Input[] = seedFiles.map((f) => {
		const text = readFileSync(join(SEEDS, f), 'utf8');
		const fa = /[پچژگ]/.test(text);
		return { id: f, text, lang: fa ? 'fa' : /[\u0600-\u06ff]/.test(text) ? 'ar' : 'en' };
	});
	const dev = existsSync(DEV) ? readJsonl<GoldCase>(DEV) : [];
	const seedChars = seeds.reduce((n, k) => n + k.text.length, 0);
	const devChars = dev.reduce((n, k) => n + k.text.length, 0);
	lines.push(
		`inputs: ${seeds.length} seeds (${seedChars} chars), dev set ${dev.length} cases (${devChars} chars)`,
		'speed: characters per CPU second of the parsing process (Node process.cpuUsage; Python time.process_time),',
		'start-up, imports and a warm-up pass excluded on every side; median of the repetitions (range in brackets)'
	);

	// Taqvim
	const oursSeeds = throughput(seeds, ours);
	const oursDev = throughput(dev, ours);
	const oursScore = scoreDates(dev, new Map(dev.map((k) => [k.id, ours(k)])));
	// chrono-node
	const chronoSeeds = throughput(seeds, chronoFind);
	const chronoDev = throughput(dev, chronoFind);
	const chronoScore = scoreDates(dev, new Map(dev.map((k) => [k.id, chronoFind(k)])));
	// python3-dateparser (same inputs, timed in its own process the same way)
	const tmp = mkdtempSync(join(tmpdir(), 'taqvim-bench-'));
	const dpSeeds = dateparser(jsonlFile(tmp, 'seeds.jsonl', seeds));
	const dpDev = dev.length
		? dateparser(DEV)
		: { ok: false, rate: NO_RATE, wallMedian: 0, preds: new Map(), note: 'no dev set' };
	const dpScore = dpDev.ok ? scoreDates(dev, dpDev.preds) : null;

	const row = (name: string, f1: string, p: string, r: string, s: number, d: number) =>
		`${name.padEnd(20)} ${f1.padStart(8)} ${p.padStart(6)} ${r.padStart(6)} ${(s ? fmt(s) : '—').padStart(11)} ${(d ? fmt(d) : '—').padStart(11)}`;
	lines.push(
		'',
		`${'tagger'.padEnd(20)} ${'value F1'.padStart(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'seeds ch/s'.padStart(11)} ${'dev ch/s'.padStart(11)}`
	);
	lines.push(
		row(
			'taqvim findDates',
			f3(oursScore.value.F1),
			f3(oursScore.value.P),
			f3(oursScore.value.R),
			oursSeeds.median,
			oursDev.median
		)
	);
	lines.push(
		dpScore
			? row(
					'python3-dateparser',
					f3(dpScore.value.F1),
					f3(dpScore.value.P),
					f3(dpScore.value.R),
					dpSeeds.ok ? dpSeeds.rate.median : 0,
					dpDev.rate.median
				)
			: `${'python3-dateparser'.padEnd(20)} not measured: ${dpDev.note || dpSeeds.note}`
	);
	lines.push(
		row(
			'chrono-node (ar/en)',
			f3(chronoScore.value.F1),
			f3(chronoScore.value.P),
			f3(chronoScore.value.R),
			chronoSeeds.median,
			chronoDev.median
		)
	);
	lines.push('');
	lines.push(vsDateparser('seeds', seeds, oursSeeds, dpSeeds));
	lines.push(vsDateparser('dev set', dev, oursDev, dpDev));
	lines.push(
		`throughput vs chrono-node (CPU medians): seeds ×${(oursSeeds.median / chronoSeeds.median).toFixed(1)}, dev ×${(oursDev.median / chronoDev.median).toFixed(1)}`
	);

	// Generalisation: value F1 on the sets annotated blind to the tagger, every tagger on the same cases.
	lines.push(
		'',
		`${'value F1 (P/R)'.padEnd(20)} ${OWN_SETS.map((f) => f.split('/').pop()!.padStart(24)).join(' ')}`
	);
	const own = OWN_SETS.filter((f) => existsSync(f)).map((f) => ({ file: f, cases: readJsonl<GoldCase>(f) }));
	const cell = (x: { F1: number; P: number; R: number } | null) =>
		(x ? `${f3(x.F1)} (${f3(x.P)}/${f3(x.R)})` : '—').padStart(24);
	const perSet = (
		name: string,
		score: (c: GoldCase[], file: string) => { F1: number; P: number; R: number } | null
	) => lines.push(`${name.padEnd(20)} ${own.map((o) => cell(score(o.cases, o.file))).join(' ')}`);
	perSet('taqvim findDates', (c) => scoreDates(c, new Map(c.map((k) => [k.id, ours(k)]))).value);
	perSet('python3-dateparser', (c, f) => {
		// accuracy only: one repetition of a short minimum
		const r = dateparser(f, 1, 0);
		return r.ok ? scoreDates(c, r.preds).value : null;
	});
	perSet('chrono-node (ar/en)', (c) => scoreDates(c, new Map(c.map((k) => [k.id, chronoFind(k)]))).value);

	// External suites: TempEval-3 (English news, not written here) and real Arabic news (the reading
	// corpora), speed next to chrono-node (trials alternating so that both meet the same load on a
	// shared machine) and next to python3-dateparser (on a sample of the same documents: dateparser
	// reads a few thousand characters a second, and each repetition reads the sample whole)
	lines.push('');
	const te3 = tempeval3();
	if (te3.platinum.length) {
		const oursPlat = scoreDates(te3.platinum, new Map(te3.platinum.map((k) => [k.id, ours(k)]))).value;
		const chronoPlat = scoreDates(
			te3.platinum,
			new Map(te3.platinum.map((k) => [k.id, chronoFind(k)]))
		).value;
		const oursTrain = scoreDates(te3.train, new Map(te3.train.map((k) => [k.id, ours(k)]))).value;
		lines.push(
			`TempEval-3 platinum (20 docs, external, not tuned on): value F1 ${f3(oursPlat.F1)} (P ${f3(oursPlat.P)} R ${f3(oursPlat.R)}), chrono-node ${f3(chronoPlat.F1)}; bar 0.87 → ${oursPlat.F1 >= 0.87 ? 'met' : 'NOT met'}; TempEval-3 train (developed on) ${f3(oursTrain.F1)}`
		);
		const [a, b] = alternating(te3.train, ours, chronoFind);
		lines.push(
			`English news throughput (TempEval-3 train text, ${fmt(te3.train.reduce((n, k) => n + k.text.length, 0))} chars): taqvim ${fmt(a.median)} ch/s (${fmt(a.min)}–${fmt(a.max)}), chrono-node ${fmt(b.median)} ch/s (${fmt(b.min)}–${fmt(b.max)}) → ×${(a.median / b.median).toFixed(2)}; bar ×2 → ${a.median / b.median >= 2 ? 'met' : 'NOT met'}`
		);
		const en = sample(te3.train, 30_000);
		lines.push(
			vsDateparser(
				'English news, TempEval-3 train sample',
				en,
				throughput(en, ours),
				dateparser(jsonlFile(tmp, 'en.jsonl', en))
			)
		);
	} else lines.push(`TempEval-3 not found in ${TEMPEVAL3} (see tests/eval/README.md): skipped`);
	const arabic = arabicNews();
	if (arabic.length) {
		const [a, b] = alternating(arabic, ours, chronoFind);
		lines.push(
			`Arabic news throughput (${arabic.length} real articles of tests/eval/reading, ${fmt(arabic.reduce((n, k) => n + k.text.length, 0))} chars): taqvim ${fmt(a.median)} ch/s (${fmt(a.min)}–${fmt(a.max)}), chrono-node (ar) ${fmt(b.median)} ch/s (${fmt(b.min)}–${fmt(b.max)}) → ×${(a.median / b.median).toFixed(2)}; bar ×2 → ${a.median / b.median >= 2 ? 'met' : 'NOT met'}`
		);
		// (from the held-out and written sets, which never grow, so that one session's figure is
		// comparable with another's; dev gains stories every session)
		const ar = sample(
			arabic.filter((k) => !k.id.startsWith('dev/')),
			30_000
		);
		lines.push(
			vsDateparser(
				'Arabic news, held-out and written reading-corpora sample',
				ar,
				throughput(ar, ours),
				dateparser(jsonlFile(tmp, 'ar.jsonl', ar))
			)
		);
	}

	// 1 MB adversarial input
	findDates(adversarial(20_000), { lang: 'ar', ref: '2016-01-01' });
	const big = adversarial(1_000_000);
	const timings: string[] = [];
	let worst = 0;
	for (const lang of ['ar', 'fa', 'en']) {
		const t0 = performance.now();
		findDates(big, { lang, ref: '2016-01-01' });
		const ms = performance.now() - t0;
		worst = Math.max(worst, ms);
		timings.push(`${lang} ${ms.toFixed(0)} ms`);
	}
	lines.push(
		`1 MB adversarial input (digit runs, month names, separators): ${timings.join(', ')} → ${worst < 1000 ? 'under 1 s' : 'OVER 1 s'}`
	);
	return lines.join('\n');
}
