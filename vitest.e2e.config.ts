import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium (and Firefox for the smoke test)
// with the built extension; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
