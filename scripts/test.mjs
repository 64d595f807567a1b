// `npm test`: every check, in the order that fails fastest. The browser tests load the built
// extension into real Chromium and Firefox (see tests/e2e/ and ../shared/browser-testing.md).
import { runSteps } from './run-steps.mjs';

runSteps('npm test', [
  ['typecheck', 'npx tsc --noEmit'],
  ['lint', 'npx eslint . --max-warnings 0'],
  ['format', 'npx prettier --check .'],
  ['build', 'npm run build'],
  ['unit tests', 'npx vitest run'],
  ['web-ext lint (Firefox build)', 'npm run lint:firefox'],
  ['build for browser tests', 'npm run build:e2e'],
  ['browser tests (Chromium, Firefox)', 'npx vitest run --config vitest.e2e.config.ts'],
]);
