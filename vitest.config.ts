import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // Vitest leaves one core free by default, which on a two-core machine
    // runs the files one at a time; both cores nearly halve the run.
    maxWorkers: 2,
    // Component tests type into large forms; on a loaded two-core machine 5 s is not always enough.
    testTimeout: 15_000,
  },
});
