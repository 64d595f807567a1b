import { defineConfig } from 'vitest/config';

// Unit tests: pure core, extraction on linkedom, CLI. The browser suites live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
