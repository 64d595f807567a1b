// `npm test`: every check, in the order that fails fastest. The browser tests load the built
// extension into real Chromium and Firefox (see tests/e2e/ and ../shared/browser-testing.md).
import { runSteps } from './run-steps.mjs';

runSteps('npm test', [
  ['typecheck', 'npx tsc --noEmit'],
  ['lint', 'npx eslint . --max-warnings 0'],
  ['format', 'npx prettier --check .'],
  ['build', 'npm run build'],
  ['unit tests', 'npx vitest run'],
  // --warnings-as-errors: any warning fails, e.g. a raw HTML sink in a bundled dependency
  // (build/vendor-html-sinks.ts rewrites the known ones; issue #8).
  ['web-ext lint (Firefox build, warnings fail)', 'npm run lint:firefox'],
  ['build for browser tests', 'npm run build:e2e'],
  ['browser tests (Chromium, Firefox)', 'npx vitest run --config vitest.e2e.config.ts'],
]);
