import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	MAX_SOURCE_CHARS,
	emptyNotebook,
	isNotebookId,
	normaliseNotebook,
	NotebookFormatError,
	parseNotebook,
	seedNotebook,
	serialiseNotebook,
	slugify,
	type Notebook
} from '../core/notebook';

/**
 * Notebooks as files in a data folder (`TAQVIM_DATA_DIR`, default `./notebooks`), one
 * `<id>.taqvim.json` each. Every write is atomic (temporary file, fsync, rename, fsync of the
 * folder), so after a crash the file is the old or the new version, never a mix. Writes to one
 * notebook are serialised in this process, and a save is accepted only when its base version is
 * the version on disk (optimistic concurrency): a stale tab gets a StoreError with status 409.
 */

export const EXT = '.taqvim.json';
/** Largest notebook file the server writes and opens, in bytes. */
export const MAX_NOTEBOOK_BYTES = 48 * 1024 * 1024;
/** Largest text of one source cell, in UTF-16 code units (the browser's reading limit). */
export const MAX_DOCUMENT_CHARS = MAX_SOURCE_CHARS;

/** An error with the HTTP status the API answers it with, and a message a person understands. */
export class StoreError extends Error {
	constructor(
		public status: number,
		message: string,
		public detail: Record<string, unknown> = {}
	) {
		super(message);
		this.name = 'StoreError';
	}
}

/** One row of the list page: a notebook, or a file that could not be read (with why). */
export interface NotebookEntry {
	id: string;
	file: string;
	title: string;
	version: number;
	cells: number;
	modified: string;
	error?: string;
}

/** The data folder: `TAQVIM_DATA_DIR` or ./notebooks (resolved against the working directory). */
export function dataDir(): string {
	return resolve(process.env.TAQVIM_DATA_DIR || 'notebooks');
}

/** The seeds folder: `TAQVIM_SEEDS_DIR` or ./seeds. */
export function seedsDir(): string {
	return resolve(process.env.TAQVIM_SEEDS_DIR || 'seeds');
}

function fileOf(id: string): string {
	if (!isNotebookId(id))
		throw new StoreError(
			400,
			`"${String(id).slice(0, 80)}" is not a valid notebook name: use lower-case letters, digits and "-".`
		);
	return join(dataDir(), id + EXT);
}

const locks = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier `withLock(id, …)` has finished (one writer per notebook). */
async function withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
	const prev = locks.get(id) ?? Promise.resolve();
	const run = prev.then(fn, fn);
	const tail = run.catch(() => undefined);
	locks.set(id, tail);
	try {
		return await run;
	} finally {
		if (locks.get(id) === tail) locks.delete(id);
	}
}

/**
 * Writes `text` to `path` atomically: a temporary file beside it is written and fsynced, then
 * renamed over `path`, then the folder is fsynced so the rename itself survives a power cut.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
	const dir = resolve(path, '..');
	await fs.mkdir(dir, { recursive: true });
	const tmp = join(dir, `.${path.split('/').pop()}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	const fh = await fs.open(tmp, 'wx', 0o644);
	try {
		await fh.writeFile(text, 'utf8');
		await fh.sync();
	} finally {
		await fh.close();
	}
	try {
		await fs.rename(tmp, path);
	} catch (e) {
		await fs.rm(tmp, { force: true });
		throw e;
	}
	try {
		const d = await fs.open(dir, 'r');
		try {
			await d.sync();
		} finally {
			await d.close();
		}
	} catch {
		/* some file systems cannot fsync a folder; the rename is still atomic */
	}
}

/**
 * The one message for a notebook over MAX_NOTEBOOK_BYTES, on read and on write alike: how large,
 * the limit, and what to do.
 */
export function tooLargeMessage(what: string, bytes: number): string {
	const mb = (b: number) => `${(b / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
	return `${what} is ${mb(bytes)}, larger than Taqvim opens (${mb(MAX_NOTEBOOK_BYTES)}). Move some sources into another notebook, or delete some, to bring it under the limit.`;
}

/**
 * Writes notebook `nb` as the file of `id`, refusing (StoreError 413, nothing written) a file Taqvim
 * could not open again: the same limit applies on write as on read.
 */
async function writeNotebookFile(id: string, nb: Notebook): Promise<void> {
	const text = serialiseNotebook(nb);
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > MAX_NOTEBOOK_BYTES)
		throw new StoreError(413, tooLargeMessage(`The notebook “${nb.title}”`, bytes), {
			bytes,
			limit: MAX_NOTEBOOK_BYTES
		});
	await writeAtomic(fileOf(id), text);
}

async function readText(id: string): Promise<string> {
	const file = fileOf(id);
	try {
		const st = await fs.stat(file);
		if (st.size > MAX_NOTEBOOK_BYTES) throw new StoreError(413, tooLargeMessage(`${id}${EXT}`, st.size));
		return await fs.readFile(file, 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT')
			throw new StoreError(404, `There is no notebook called "${id}".`);
		throw e;
	}
}

function parseOrReport(id: string, text: string): Notebook {
	try {
		const nb = parseNotebook(text);
		if (nb.id !== id) return { ...nb, id };
		return nb;
	} catch (e) {
		if (e instanceof NotebookFormatError)
			throw new StoreError(
				422,
				`The notebook file ${id}${EXT} could not be read: ${e.message}. The file was left untouched.`,
				{ file: id + EXT }
			);
		throw e;
	}
}

/** The notebook `id` with the exact file text it was read from. Throws StoreError 400/404/422. */
export async function readNotebook(id: string): Promise<{ notebook: Notebook; text: string }> {
	const text = await readText(id);
	return { notebook: parseOrReport(id, text), text };
}

/** Every notebook in the data folder, by title; unreadable files are listed with their error. */
export async function listNotebooks(): Promise<NotebookEntry[]> {
	let names: string[] = [];
	try {
		names = await fs.readdir(dataDir());
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
	}
	const out: NotebookEntry[] = [];
	for (const name of names) {
		if (!name.endsWith(EXT) || name.startsWith('.')) continue;
		const id = name.slice(0, -EXT.length);
		if (!isNotebookId(id)) {
			// Not silently skipped: a file someone put there is listed, with why it cannot be opened.
			out.push({
				id,
				file: name,
				title: id,
				version: -1,
				cells: 0,
				modified: await mtime(join(dataDir(), name)),
				error: `${name} cannot be opened: "${id}" is not a valid notebook name (lower-case letters, digits and "-", not a device name such as con or nul). Rename the file to open it; it was left untouched.`
			});
			continue;
		}
		let modified = '';
		try {
			modified = (await fs.stat(join(dataDir(), name))).mtime.toISOString();
			const { notebook } = await readNotebook(id);
			out.push({
				id,
				file: name,
				title: notebook.title,
				version: notebook.version,
				cells: notebook.cells.length,
				modified
			});
		} catch (e) {
			out.push({ id, file: name, title: id, version: -1, cells: 0, modified, error: (e as Error).message });
		}
	}
	return out.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

async function mtime(path: string): Promise<string> {
	try {
		return (await fs.stat(path)).mtime.toISOString();
	} catch {
		return '';
	}
}

/** Temporary files of `writeAtomic`: `.<file>.<pid>.<12 hex>.tmp`. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
	}
}

/**
 * Removes the temporary files a save left when its process was killed before the rename (the
 * notebook file itself is whole either way). Only files of processes that no longer run are
 * removed, so a save in flight in another server on the same folder is left alone. Returns the
 * names removed. Run when the server starts.
 */
export async function cleanTemporaryFiles(): Promise<string[]> {
	let names: string[] = [];
	try {
		names = await fs.readdir(dataDir());
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const name of names) {
		const m = TEMP.exec(name);
		if (!m || alive(Number(m[1]))) continue;
		try {
			await fs.rm(join(dataDir(), name), { force: true });
			removed.push(name);
		} catch {
			/* left for the next start */
		}
	}
	return removed;
}

async function takenIds(): Promise<string[]> {
	try {
		return (await fs.readdir(dataDir())).filter((n) => n.endsWith(EXT)).map((n) => n.slice(0, -EXT.length));
	} catch {
		return [];
	}
}

function checkSizes(nb: Notebook): void {
	for (const c of nb.cells)
		if (c.kind === 'source' && c.text.length > MAX_DOCUMENT_CHARS)
			throw new StoreError(
				413,
				`The document "${c.title || c.id}" is ${c.text.length.toLocaleString('en')} characters long; Taqvim keeps sources up to ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters. Split it into several sources.`
			);
}

/** A notebook sent to be written, normalised and within the size limits (StoreError 400/413 if not). */
function checkSent(nb: unknown): Notebook {
	let checked: Notebook;
	try {
		checked = normaliseNotebook(nb);
	} catch (e) {
		if (e instanceof NotebookFormatError)
			throw new StoreError(400, `The notebook sent is not valid: ${e.message}.`);
		throw e;
	}
	checkSizes(checked);
	return checked;
}

/**
 * Creates a new notebook file from `init` (cells, corrections, actors; its id and version are
 * replaced) with an id made from the title. Returns the notebook as written (version 1).
 */
export async function createNotebook(title: string, init?: Partial<Notebook>): Promise<Notebook> {
	const clean = (title || 'Untitled notebook').slice(0, 200);
	const id = slugify(clean, await takenIds());
	return withLock(id, async () => {
		const nb: Notebook = { ...emptyNotebook(id, clean), ...init, id, title: clean, version: 1 };
		const checked = checkSent(nb);
		const file = fileOf(id);
		try {
			await fs.access(file);
			throw new StoreError(409, `A notebook called "${id}" already exists.`);
		} catch (e) {
			if (e instanceof StoreError) throw e;
		}
		await writeNotebookFile(id, checked);
		return checked;
	});
}

/**
 * Saves `nb` over the notebook `id` if `baseVersion` is the version on disk; the file gets version
 * baseVersion + 1. A stale base (another tab saved in between) is refused with StoreError 409 and
 * nothing is written. Returns the notebook as written.
 */
export async function saveNotebook(id: string, nb: unknown, baseVersion: number): Promise<Notebook> {
	const checked = checkSent(nb);
	return withLock(id, async () => {
		const current = (await readNotebook(id)).notebook;
		if (current.version !== baseVersion)
			throw new StoreError(
				409,
				`This notebook was saved elsewhere (another tab or window) since you opened it: yours is version ${baseVersion}, the saved one is version ${current.version}. Your changes were not saved.`,
				{ version: current.version }
			);
		const next: Notebook = { ...checked, id, version: baseVersion + 1 };
		await writeNotebookFile(id, next);
		return next;
	});
}

/** Changes a notebook's title (its id, and so its address, stays). */
export async function renameNotebook(id: string, title: string): Promise<Notebook> {
	return withLock(id, async () => {
		const { notebook } = await readNotebook(id);
		const next = { ...notebook, title: title.slice(0, 200), version: notebook.version + 1 };
		await writeNotebookFile(id, next);
		return next;
	});
}

/** A copy of notebook `id` under a new id, titled "<title> (copy)" unless `title` is given. */
export async function duplicateNotebook(id: string, title?: string): Promise<Notebook> {
	const { notebook } = await readNotebook(id);
	return createNotebook(title ?? `${notebook.title} (copy)`, notebook);
}

/** Deletes a notebook file. Throws StoreError 404 when there is none. */
export async function deleteNotebook(id: string): Promise<void> {
	const file = fileOf(id);
	await withLock(id, async () => {
		try {
			await fs.unlink(file);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT')
				throw new StoreError(404, `There is no notebook called "${id}".`);
			throw e;
		}
	});
}

/** Imports a notebook file's text as a new notebook (any schema this app reads). */
export async function importNotebook(text: string, filename = ''): Promise<Notebook> {
	let nb: Notebook;
	try {
		nb = parseNotebook(text);
	} catch (e) {
		if (e instanceof NotebookFormatError)
			throw new StoreError(400, `${filename || 'The file'} is not a Taqvim notebook: ${e.message}.`);
		throw e;
	}
	return createNotebook(nb.title, nb);
}

/** The seed notebook's id. */
export const SEED_ID = 'seed';

/**
 * Makes sure the seed notebook exists: on first start it is created from `seeds/*.txt` and
 * `seeds/manifest.json`. An existing file (even an unreadable one) is never replaced.
 */
export async function ensureSeed(): Promise<string> {
	const file = fileOf(SEED_ID);
	return withLock(SEED_ID, async () => {
		try {
			await fs.access(file);
			return SEED_ID;
		} catch {
			/* first start */
		}
		const dir = seedsDir();
		let names: string[] = [];
		try {
			names = (await fs.readdir(dir)).filter((n) => /\.(txt|md|html?)$/i.test(n));
		} catch {
			/* no seeds folder: an empty seed notebook with a timeline */
		}
		const files = await Promise.all(
			names.map(async (name) => ({ name, text: await fs.readFile(join(dir, name), 'utf8') }))
		);
		let manifest: unknown = null;
		try {
			manifest = JSON.parse(await fs.readFile(join(dir, 'manifest.json'), 'utf8'));
		} catch {
			/* no manifest yet: nothing is known about the seeds, and nothing is invented */
		}
		const nb = { ...seedNotebook(files, manifest, { id: SEED_ID }), version: 1 };
		await writeNotebookFile(SEED_ID, nb);
		return SEED_ID;
	});
}
