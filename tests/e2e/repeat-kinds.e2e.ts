// Issue 17: the kinds of repeat the detector missed, hidden in real browsers. Corpus pages edited
// by the generator (tests/fixtures/repeat-pages/generate.ts: the headline printed again as the
// first paragraph, a paragraph printed again with other typography, a sentence printed again on
// its own) are served with their scripts off; the added paragraph must be hidden as its kind and
// nothing else hidden (the unit suite runs every generated page through the CLI's report).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repeatPages, type RepeatPage } from '../fixtures/repeat-pages/generate';
import { BROWSERS, launch, waitFor, type Driver } from './support/driver';
import { corpusPageRoutes, startServer, type TestServer } from './support/server';

/** Pages of each kind loaded in each browser: the first few the generator makes. */
const PER_KIND = 2;

const pages: RepeatPage[] = (['headline', 'typography', 'sentence'] as const).flatMap((kind) =>
  repeatPages(kind).slice(0, PER_KIND),
);

describe.each(BROWSERS)('repeats of each kind on generated pages in %s', (browserName) => {
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

  it.each(pages.map((p) => [p.id, p] as const))('%s', async (_, repeat) => {
    const page = await driver.newPage(server.url(`/${repeat.id}`));
    await waitFor(
      page,
      () =>
        performance.getEntriesByName('newslens:hidden-ready').length > 0 ||
        performance.getEntriesByName('newslens:no-article').length > 0,
      null,
      'the first pass over the article',
    );
    const seen = await page.evaluate(
      ({ added, source }) => {
        const shown = (el: Element): boolean =>
          getComputedStyle(el.closest('[data-newslens-hidden]') ?? el).display !== 'none';
        const copies = [...document.body.querySelectorAll('*')].filter(
          (el) => el.childElementCount === 0 && el.textContent === added,
        );
        const last = copies.at(-1);
        const fold = (t: string): string => t.replace(/\s+/g, ' ').trim();
        const first = source
          ? [...document.body.querySelectorAll('p')].find(
              (p) => fold(p.textContent ?? '') === source,
            )
          : null;
        return {
          found: performance.getEntriesByName('newslens:hidden-ready').length > 0,
          hiddenAs: last?.getAttribute('data-newslens-hidden') ?? null,
          shown: last ? shown(last) : null,
          firstShown: first ? shown(first) : null,
          hidden: [...document.querySelectorAll('[data-newslens-hidden]')].map((el) =>
            (el.textContent ?? '').slice(0, 100),
          ),
        };
      },
      { added: repeat.added, source: repeat.source },
    );
    expect(seen.found, 'an article').toBe(true);
    expect(seen.hiddenAs, repeat.edit).not.toBeNull();
    // A headline kept in the body as a heading makes its echo an exact copy (see the unit test).
    expect(
      repeat.kind === 'headline' ? ['headline', 'exact'] : [repeat.expected],
      repeat.edit,
    ).toContain(seen.hiddenAs);
    expect(seen.shown, 'the added paragraph is hidden').toBe(false);
    if (repeat.source !== null) expect(seen.firstShown, 'its first copy is shown').toBe(true);
    expect(seen.hidden, 'nothing else hidden').toHaveLength(1);
    await page.close();
  });
});
