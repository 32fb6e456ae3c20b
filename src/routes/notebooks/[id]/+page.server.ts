import { error } from '@sveltejs/kit';
import { readNotebook, StoreError } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The notebook as stored; an unreadable file is reported by name (and left untouched). */
export const load: PageServerLoad = async ({ params }) => {
	try {
		return { notebook: (await readNotebook(params.id)).notebook };
	} catch (e) {
		if (e instanceof StoreError) error(e.status, e.message);
		throw e;
	}
};
