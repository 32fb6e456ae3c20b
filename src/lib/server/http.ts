import { json } from '@sveltejs/kit';
import { NotebookFormatError } from '../core/notebook';
import { MAX_NOTEBOOK_BYTES, StoreError } from './store';

/**
 * The largest request body read, in bytes. A notebook sent as compact JSON is about the size of its
 * (indented) file or smaller, so a body much over the file limit could never be saved: it is
 * refused before it is read. Between the file limit and this, the body is read and the store says
 * exactly how large the notebook would be (the same message as when a file is too large to open).
 */
export const MAX_BODY_BYTES = MAX_NOTEBOOK_BYTES + 8 * 1024 * 1024;

const mb = (b: number) => `${(b / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;

function tooLarge(bytes: number | null): StoreError {
	return new StoreError(
		413,
		`The request${bytes ? ` is ${mb(bytes)}, which` : ''} is larger than the server accepts (a notebook is at most ${mb(MAX_NOTEBOOK_BYTES)}). Move some sources into another notebook, or delete some.`
	);
}

/** True for the adapter's own "body too large" error (BODY_SIZE_LIMIT). */
function isTooLarge(e: unknown): boolean {
	return !!e && typeof e === 'object' && (e as { status?: unknown }).status === 413;
}

/**
 * Runs an API handler and turns a StoreError into a JSON answer `{error, ...detail}` with its
 * status, a notebook that is not valid into 400 with what is wrong, a body over the size limit into
 * 413; any other error becomes a 500 with a short message (the details go to the server log).
 */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof StoreError) return json({ error: e.message, ...e.detail }, { status: e.status });
		if (e instanceof NotebookFormatError)
			return json({ error: `The notebook is not valid: ${e.message}.` }, { status: 400 });
		if (isTooLarge(e)) return json({ error: tooLarge(null).message }, { status: 413 });
		console.error(e);
		return json({ error: `The server failed: ${(e as Error).message}` }, { status: 500 });
	}
}

/** Refuses (StoreError 413) a request whose declared length is over MAX_BODY_BYTES, before reading it. */
function checkLength(request: Request): void {
	const n = Number(request.headers.get('content-length'));
	if (Number.isFinite(n) && n > MAX_BODY_BYTES) throw tooLarge(n);
}

/** The request body as text; StoreError 413 when it is larger than the server reads. */
export async function bodyText(request: Request): Promise<string> {
	checkLength(request);
	try {
		const text = await request.text();
		if (text.length > MAX_BODY_BYTES) throw tooLarge(text.length);
		return text;
	} catch (e) {
		if (isTooLarge(e)) throw tooLarge(Number(request.headers.get('content-length')) || null);
		throw e;
	}
}

/** The request body as a JSON object, or a StoreError naming the problem (400; 413 when too large). */
export async function body(request: Request): Promise<Record<string, unknown>> {
	const text = await bodyText(request);
	try {
		const v = JSON.parse(text);
		if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
	} catch {
		throw new StoreError(400, 'The request body is not valid JSON.');
	}
	throw new StoreError(400, 'The request body must be a JSON object.');
}
