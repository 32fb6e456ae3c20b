import { api } from '$lib/server/http';
import { EXT, readNotebook } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Exports the notebook file exactly as stored on disk, as a download. */
export const GET: RequestHandler = ({ params }) =>
	api(async () => {
		const { text } = await readNotebook(params.id);
		return new Response(text, {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="${params.id}${EXT}"`
			}
		});
	});
