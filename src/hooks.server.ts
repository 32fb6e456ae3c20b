import type { Handle, ServerInit } from '@sveltejs/kit';
import { cleanTemporaryFiles } from '$lib/server/store';

/**
 * Headers on every answer. Pages get their Content-Security-Policy from SvelteKit (svelte.config.js,
 * with a nonce for the start-up script); everything else the server answers — notebook JSON, a
 * notebook file download, errors — gets a policy that allows nothing, so that a notebook file opened
 * directly in the browser can run or load nothing either. No answer is sniffed as another type,
 * and no page of the app may be framed (clickjacking) or send its address to a linked site.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	try {
		if (!h.has('content-security-policy'))
			h.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
		h.set('x-content-type-options', 'nosniff');
		h.set('referrer-policy', 'no-referrer');
		h.set('x-frame-options', 'DENY');
	} catch {
		/* immutable headers (a fetched response passed through): left as they are */
	}
	return response;
};

/** When the server starts: temporary files left by a save that was killed are removed. */
export const init: ServerInit = async () => {
	const removed = await cleanTemporaryFiles();
	if (removed.length)
		console.log(`[taqvim] removed ${removed.length} temporary file(s) left by interrupted saves`);
};
