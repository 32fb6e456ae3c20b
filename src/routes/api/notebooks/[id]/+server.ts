import { json } from '@sveltejs/kit';
import { api, body } from '$lib/server/http';
import { deleteNotebook, readNotebook, renameNotebook, saveNotebook, StoreError } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** The notebook, normalised. */
export const GET: RequestHandler = ({ params }) => api(async () => json((await readNotebook(params.id)).notebook));

/** Saves `{baseVersion, notebook}`; 409 when baseVersion is stale. Answers the saved notebook. */
export const PUT: RequestHandler = ({ params, request }) =>
	api(async () => {
		const b = await body(request);
		if (typeof b.baseVersion !== 'number') throw new StoreError(400, 'baseVersion is missing.');
		return json(await saveNotebook(params.id, b.notebook, b.baseVersion));
	});

/** Renames: `{title}`. */
export const PATCH: RequestHandler = ({ params, request }) =>
	api(async () => {
		const b = await body(request);
		if (typeof b.title !== 'string' || !b.title.trim()) throw new StoreError(400, 'A title is needed.');
		return json(await renameNotebook(params.id, b.title.trim()));
	});

export const DELETE: RequestHandler = ({ params }) =>
	api(async () => {
		await deleteNotebook(params.id);
		return new Response(null, { status: 204 });
	});
