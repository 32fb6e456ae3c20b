import { json } from '@sveltejs/kit';
import { api, bodyText } from '$lib/server/http';
import { importNotebook } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Imports a notebook file (the request body is the file's text); answers the new notebook. */
export const POST: RequestHandler = ({ request, url }) =>
	api(async () => json(await importNotebook(await bodyText(request), url.searchParams.get('name') ?? ''), { status: 201 }));
