// Issue 21 in both real browsers: on corpus pages with a disagreement planted in them
// (tests/fixtures/conflicts/planted-pages.ts: a later sentence restates a figure with another
// number), the popup's overview says that figures disagree, inside its first 400 px; the figures
// section shows the pair side by side, each with who stands behind it; a click on either shows
// that figure in the page. The CLI's report of each page pairs the same two figures (the
// generator keeps only such pages), so this checks the popup against the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedPages, type PlantedPage } from '../fixtures/conflicts/planted-pages';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { corpusPageRoutes, startServer, type TestServer } from './support/server';

/** Pages per browser: the first plants of two kinds (a sentence restated, a clause restated). */
const PAGES = 2;
const pages: PlantedPage[] = plantedPages(PAGES);
const FLASH_ATTR = 'data-newslens-flash';

const reportReady = (page: TestPage): Promise<boolean> =>
  waitFor(
    page,
    () =>
      performance.getEntriesByName('newslens:report-ready').length > 0 ||
      performance.getEntriesByName('newslens:no-article').length > 0,
    null,
    'the report',
  );

describe.each(BROWSERS)('figures that disagree, in the popup, in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startServer(corpusPageRoutes(pages));
    driver = await launch(browserName);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('has planted pages to show', () => {
    expect(pages).toHaveLength(PAGES);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s', async (_, planted) => {
    const page = await driver.newPage(server.url(`/${planted.id}`));
    await reportReady(page);
    const popup = await driver.openPopup(page);
    await popup.setViewport(400, 600);
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="overview"]'),
      null,
      'popup report',
    );
    const view = await popup.evaluate(() => {
      const text = (sel: string, root: ParentNode = document) =>
        [...root.querySelectorAll(sel)].map((e) => (e.textContent ?? '').trim());
      const line = document.querySelector('[data-testid="overview-conflicts"]');
      const sides = [...document.querySelectorAll('[data-testid="conflict-side"]')];
      return {
        line: line?.textContent?.trim() ?? null,
        lineBottom: line ? line.getBoundingClientRect().bottom + window.scrollY : Infinity,
        pairs: [...document.querySelectorAll('[data-testid="conflict"]')].map((c) =>
          text('mark', c),
        ),
        sources: text('[data-testid="conflict-source"]'),
        // Side by side: the two of a pair on one row.
        sideBySide:
          sides.length >= 2 &&
          Math.abs(sides[0]!.getBoundingClientRect().top - sides[1]!.getBoundingClientRect().top) <
            2 &&
          sides[0]!.getBoundingClientRect().right <= sides[1]!.getBoundingClientRect().left,
      };
    }, null);
    expect(view.line).toMatch(/^(?:2 figures disagree|\d+ pairs of figures disagree)$/);
    expect(view.lineBottom).toBeLessThanOrEqual(400);
    expect(view.pairs).toContainEqual([planted.original, planted.planted]);
    expect(view.sources.length).toBe(2 * view.pairs.length);
    expect(view.sources.every((s) => s.length > 0)).toBe(true);
    expect(view.sideBySide).toBe(true);
    await popup.screenshot(`popup-conflicts-${planted.id}`);

    // A click on the planted side shows that figure in the page.
    const index = view.pairs.findIndex(
      (p) => p[0] === planted.original && p[1] === planted.planted,
    );
    await popup.click(
      `[data-testid="conflict"]:nth-child(${index + 1}) [data-testid="conflict-side"]:last-of-type`,
    );
    const flashed = await waitFor(
      page,
      (attr) => document.querySelector(`[${attr}]`)?.textContent ?? null,
      FLASH_ATTR,
      'the figure shown in the page',
    );
    expect(flashed).toContain(planted.sentence);
    await popup.close();
    await page.close();
  });
});
