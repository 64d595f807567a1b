// Issue 23, "the page can see the extension": the content script's `newslens:*` User Timing
// entries are readable by the page (the timeline belongs to the window), so the shipped builds
// record none. (The builds for the bench and the browser tests, NEWSLENS_E2E=1, keep them: the
// bench and the browser tests read the content script's work from them.) The shipped builds are
// made here, as `npm run build` makes them, so the test never reads a stale one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** What recording an entry takes in the bundle: the names' prefix and the calls. */
const TIMING = /newslens:|\.(mark|measure)\(/g;

function shippedContentScript(browser: 'chrome' | 'firefox'): string {
  const env = { ...process.env };
  delete env.NEWSLENS_E2E;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', browser],
    {
      cwd: ROOT,
      env,
      stdio: 'ignore',
    },
  );
  return readFileSync(join(ROOT, `dist/${browser}/src/content/index.js`), 'utf8');
}

describe('the shipped content script', () => {
  it.each(['chrome', 'firefox'] as const)(
    'records no User Timing entry (%s)',
    (browser) => {
      const script = shippedContentScript(browser);
      expect(script.length).toBeGreaterThan(10_000);
      expect(script.match(TIMING)).toBeNull();
    },
    60_000,
  );
});
