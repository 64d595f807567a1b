import { defineConfig } from 'vitest/config';

// Browser suites: real Chromium and Firefox with the built extension (npm run build:e2e).
// One file at a time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
