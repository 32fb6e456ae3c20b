import { defineConfig } from 'vitest/config';

// End-to-end tests: they build nothing themselves (npm run test:e2e builds first), start the built
// server on a free port and drive Debian's Chromium through playwright-core.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
