import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// The page's Content-Security-Policy (sent as a header): scripts only from the app itself (its
		// inline start-up script gets a nonce; never 'unsafe-inline'), no <style> elements but the
		// app's own files (a note's <style> could restyle the whole page), no remote images, fonts,
		// connections or form targets (notebooks arrive from other people: nothing in them may fetch
		// or send anything). Style *attributes* stay allowed: the app's own markup uses them, and
		// notes have theirs removed by the allow-list. See also src/hooks.server.ts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'media-src': ['none'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
