import { json } from '@sveltejs/kit';
import { api } from '$lib/server/http';
import { duplicateNotebook } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Copies the notebook under a new id; answers the copy. */
export const POST: RequestHandler = ({ params }) =>
	api(async () => json(await duplicateNotebook(params.id), { status: 201 }));
