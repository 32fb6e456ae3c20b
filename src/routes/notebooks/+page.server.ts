import { ensureSeed, listNotebooks } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** Every notebook in the data folder (the seed one is created on first start). */
export const load: PageServerLoad = async () => {
	await ensureSeed();
	return { notebooks: await listNotebooks() };
};
