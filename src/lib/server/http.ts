import { json } from '@sveltejs/kit';
import { StoreError } from './store';

/**
 * Runs an API handler and turns a StoreError into a JSON answer `{error, ...detail}` with its
 * status; any other error becomes a 500 with a short message (the details go to the server log).
 */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof StoreError) return json({ error: e.message, ...e.detail }, { status: e.status });
		console.error(e);
		return json({ error: `The server failed: ${(e as Error).message}` }, { status: 500 });
	}
}

/** The request body as JSON, or a StoreError 400 naming the problem. */
export async function body(request: Request): Promise<Record<string, unknown>> {
	try {
		const v = await request.json();
		if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
	} catch {
		/* fall through */
	}
	throw new StoreError(400, 'The request body must be a JSON object.');
}
