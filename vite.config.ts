import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// some tests read megabytes of text to check that reading stays linear: on a loaded 2-core
		// machine they take seconds, which is not a failure (speed bars live in `npm run bench`)
		testTimeout: 60_000
	}
});
