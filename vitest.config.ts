import { defineConfig } from 'vitest/config';

// Unit tests: pure core, extraction on linkedom, CLI. The browser suites live in vitest.e2e.config.ts.
export default defineConfig({
  // The content script's User Timing calls are no-ops, as in the shipped builds (timing.ts).
  define: { __NEWSLENS_TIMING__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
