// Real pages from ../shared/corpus/, served on 127.0.0.1 with their scripts off: the content
// script finds the article, the popup shows it, and nothing is hidden. A page with no article
// gets the honest empty state and no trace of Newslens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusManifest, readCorpusPage } from '../fixtures/shared-data';
import { BROWSERS, launch, waitFor, type Driver } from './support/driver';
import { CORPUS_CSP, startServer, type TestServer } from './support/server';

/** A spread of outlets and layouts; the whole corpus runs in the unit suite and the benchmark. */
const PAGES = [
  'readability-nytimes-4',
  'readability-lemonde-1',
  'readability-ars-1',
  'zyte-8634d1211c',
  'zyte-d48aeb9cf2',
];

const NOT_AN_ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Front page</title></head><body>
<nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sport</a></nav>
<ul><li><a href="/news/1">Markets rally as inflation cools</a></li><li><a href="/news/2">Storm closes schools</a></li></ul>
</body></html>`;

describe.each(BROWSERS)('corpus pages in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  const manifest = readCorpusManifest();

  beforeAll(async () => {
    const routes: Record<string, { body: string; headers: Record<string, string> }> = {};
    for (const id of PAGES) {
      const entry = manifest.find((e) => e.id === id);
      if (!entry)
        throw new Error(`corpus page ${id} is missing from ../shared/corpus/manifest.json`);
      routes[`/${id}`] = {
        body: readCorpusPage(entry),
        headers: { 'content-security-policy': CORPUS_CSP },
      };
    }
    routes['/front'] = { body: NOT_AN_ARTICLE, headers: {} };
    server = await startServer(routes);
    driver = await launch(browserName);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.each(PAGES)('%s: article found, shown in the popup, nothing hidden', async (id) => {
    const page = await driver.newPage(server.url(`/${id}`));
    const popup = await driver.openPopup(page);
    const view = await waitFor(
      popup,
      () => {
        const title = document.querySelector('[data-testid="article-title"]')?.textContent;
        const count = document.querySelector('[data-testid="paragraph-count"]')?.textContent;
        return title
          ? {
              title,
              paragraphs: Number(count),
              repeats: document.querySelectorAll('[data-testid="repeat-item"]').length,
            }
          : null;
      },
      null,
      `the popup report for ${id}`,
    );
    expect(view.paragraphs).toBeGreaterThan(3);
    expect(view.repeats).toBe(0);
    const hidden = await page.evaluate(
      () => document.querySelectorAll('[data-newslens-hidden]').length,
      null,
    );
    expect(hidden).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a page with no article: empty state in the popup, no trace in the page', async () => {
    const page = await driver.newPage(server.url('/front'));
    const popup = await driver.openPopup(page);
    const empty = await waitFor(
      popup,
      () => document.querySelector('[data-testid="empty-state"] h1')?.textContent ?? null,
      null,
      'the empty state',
    );
    expect(empty).toBe('No article found on this page');
    const trace = await page.evaluate(
      () =>
        document.querySelectorAll('#newslens-style, [data-newslens-hidden], [data-newslens-marker]')
          .length,
      null,
    );
    expect(trace).toBe(0);
    await popup.screenshot('popup-empty');
  });
});
