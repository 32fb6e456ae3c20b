import { json } from '@sveltejs/kit';
import { api, body } from '$lib/server/http';
import { createNotebook, listNotebooks } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** The list of notebooks (unreadable files included, with their error). */
export const GET: RequestHandler = () => api(async () => json(await listNotebooks()));

/** Creates a notebook: `{title, notebook?}` (cells etc. taken from `notebook` when given). */
export const POST: RequestHandler = ({ request }) =>
	api(async () => {
		const b = await body(request);
		const init = b.notebook && typeof b.notebook === 'object' ? b.notebook : undefined;
		const nb = await createNotebook(typeof b.title === 'string' ? b.title : '', init as never);
		return json(nb, { status: 201 });
	});
