import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { copyModels } from './build/copy-models.ts';
import { lazyEventListeners } from './build/lazy-event-listeners.ts';
import { vendorHtmlSinks } from './build/vendor-html-sinks.ts';

// One manifest source (manifest/manifest.json) for both browsers: keys prefixed {{chrome}}. or
// {{firefox}}. exist for one browser only. `vite build --mode chrome|firefox` writes dist/<mode>/.
// NEWSLENS_E2E=1 adds http://127.0.0.1 to the content-script matches, for the browser tests only
// (they serve pages from 127.0.0.1); it writes dist/e2e-<mode>/ so a shipped build never has it.
/** Port of the recorded-Wikipedia server in the browser tests (tests/e2e/support/wikipedia-server.ts). */
export const WIKIPEDIA_TEST_PORT = Number(process.env.NEWSLENS_WIKIPEDIA_PORT ?? 47123);
/**
 * Its host: another loopback address than the test pages' 127.0.0.1, so that turning lookups off
 * (which gives the Wikipedia permission back; Firefox lets an MV3 extension give back even a
 * host permission of its manifest) leaves the pages' permission alone.
 */
export const WIKIPEDIA_TEST_HOST = '127.0.0.2';

/** Copies the PNG icons from icons/ into the build (the manifest names them icons/icon-N.png). */
function copyIcons(): Plugin {
  return {
    name: 'newslens-copy-icons',
    generateBundle() {
      for (const file of readdirSync('icons').filter((f) => f.endsWith('.png'))) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/${file}`,
          source: readFileSync(`icons/${file}`),
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const e2e = process.env.NEWSLENS_E2E === '1';
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const sites = (
    JSON.parse(readFileSync('manifest/news-sites.json', 'utf8')) as { sites: string[] }
  ).sites;
  return {
    build: {
      outDir: `dist/${e2e ? 'e2e-' : ''}${browser}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox142'],
      sourcemap: false,
    },
    define: {
      __NEWSLENS_E2E__: JSON.stringify(e2e),
      // The page can read User Timing entries: the content script records them only for the
      // bench and the browser tests, which run the e2e builds (src/content/timing.ts).
      __NEWSLENS_TIMING__: JSON.stringify(e2e),
      // The browser tests answer Wikipedia lookups from a local server with recorded responses.
      __NEWSLENS_WIKIPEDIA_BASE__: JSON.stringify(
        e2e ? `http://${WIKIPEDIA_TEST_HOST}:${WIKIPEDIA_TEST_PORT}` : 'https://en.wikipedia.org',
      ),
    },
    plugins: [
      // No raw HTML sink in bundled Preact, Readability, linkedom: build/vendor-html-sinks.ts.
      vendorHtmlSinks(),
      // linkedom's listener tables made on first use: build/lazy-event-listeners.ts.
      lazyEventListeners(),
      copyIcons(),
      copyModels(),
      webExtension({
        browser,
        skipManifestValidation: true, // the validator fetches a schema from the internet; web-ext lint checks instead
        disableAutoLaunch: true,
        manifest: () => {
          const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8'));
          manifest.version = pkg.version;
          for (const script of manifest.content_scripts) {
            script.matches = e2e ? [...sites, 'http://127.0.0.1/*'] : sites;
          }
          // Granted at install in e2e builds only, so the lookup's permission request needs no prompt.
          if (e2e)
            manifest.host_permissions = ['http://127.0.0.1/*', `http://${WIKIPEDIA_TEST_HOST}/*`];
          return manifest;
        },
      }),
    ],
  };
});
