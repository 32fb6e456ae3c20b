import { redirect } from '@sveltejs/kit';
import { ensureSeed } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** `/` opens the seed notebook, creating it from `seeds/` on first start. */
export const load: PageServerLoad = async () => {
	redirect(307, `/notebooks/${await ensureSeed()}`);
};
