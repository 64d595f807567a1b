// Issues 16 and 18 in both real browsers: the badge counts what needs the reader's attention and
// says so, on a page with figures with no source and no repeats; the underline marks only the
// figures that need a source and name none; "Wrong?" on a figure, a group and a hidden paragraph
// is kept for the page, listed in the options with undo and export, and survives a reload.
import { readFileSync } from 'node:fs';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbcLikePage, samplePage } from '../fixtures/bbc-like-page';
import { readSampleLines } from '../fixtures/shared-data';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { extensionOrigin, openOptions, rawPage } from './support/extension-pages';
import { startServer, type TestServer } from './support/server';

const SAMPLE_PATH = '/news/articles/c0mali2024';
const MARKETS_PATH = '/news/business-markets';
/**
 * Figures of record (market, penalty), one side's claim, a vague source, two with none; and a
 * group the knowledge base does not know, described by the article.
 */
const MARKETS_PAGE = bbcLikePage({
  title: 'Stocks slip as oil jumps after refinery strike',
  paragraphs: [
    'The Dow fell 1.2% and the Nasdaq closed at 15,300.52 points on Friday, as oil prices rose after drone strikes on a refinery on the Gulf coast.',
    'At least 40 workers were injured in the strikes, and hundreds of residents were moved out of the area overnight as fires burned.',
    'The company said its output would fall by 300,000 barrels a day while the damaged units were repaired.',
    'Officials said the repairs could cost up to $2 billion, and 12 people were still missing on Saturday.',
    'A man arrested near the site faces up to 10 years in prison and a $250,000 fine.',
    'Stratfor, a geopolitical intelligence firm, said the strike had been planned for weeks.',
  ],
});

const reportReady = (page: TestPage): Promise<boolean> =>
  waitFor(
    page,
    () => performance.getEntriesByName('newslens:report-ready').length > 0,
    null,
    'the report',
  );
const hiddenCount = (page: TestPage): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('[data-newslens-hidden]').length, null);
const underlined = (page: TestPage): Promise<string[] | null> =>
  page.evaluate(() => {
    const h = CSS.highlights.get('newslens-unsourced') as unknown as Set<Range> | undefined;
    return h ? [...h].map((r) => r.toString()).sort() : null;
  }, null);

/** Presses "Wrong?" (or "Undo") on the first item of `selector` whose text has `text`. */
function press(
  popup: TestPage,
  selector: string,
  text: string,
  button = 'wrong',
): Promise<boolean> {
  return popup.evaluate(
    ({ selector, text, button }) => {
      const item = [...document.querySelectorAll(selector)].find((el) =>
        (el.textContent ?? '').includes(text),
      );
      const target = item?.querySelector<HTMLButtonElement>(`[data-testid="${button}"]`);
      target?.click();
      return !!target;
    },
    { selector, text, button },
  );
}

/** The popup's overview lines and the tag of the figure with `text`. */
function popupView(popup: TestPage, figure: string) {
  return popup.evaluate(
    (figure: string) => ({
      overview: [...document.querySelectorAll('[data-testid="overview"] li')].map((l) =>
        (l.textContent ?? '').trim(),
      ),
      tag:
        [...document.querySelectorAll('[data-testid="figure-item"]')]
          .find((i) => i.querySelector('mark')?.textContent === figure)
          ?.querySelector('[data-testid="figure-tag"]')?.textContent ?? null,
      cards: [...document.querySelectorAll('[data-testid="group-card"] .card-name')].map((c) =>
        (c.textContent ?? '').trim(),
      ),
      groupsMarked: (
        document.querySelector('[data-testid="groups-marked"]')?.textContent ?? ''
      ).trim(),
      repeatsMarked: (
        document.querySelector('[data-testid="repeats-marked"]')?.textContent ?? ''
      ).trim(),
    }),
    figure,
  );
}

async function openReadyPopup(driver: Driver, page: TestPage): Promise<TestPage> {
  const popup = await driver.openPopup(page);
  await waitFor(
    popup,
    () => document.querySelectorAll('[data-testid="figure-item"]').length > 0,
    null,
    'the popup report',
  );
  // Every item shown: long lists fold after a few.
  await popup.evaluate(() => {
    document
      .querySelectorAll<HTMLButtonElement>('[data-testid$="-show-all"][aria-expanded="false"]')
      .forEach((b) => b.click());
  }, null);
  return popup;
}

describe.each(BROWSERS)('badge, underline and "Wrong?" in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  let origin: string;

  beforeAll(async () => {
    server = await startServer({
      [SAMPLE_PATH]: samplePage(readSampleLines()),
      [MARKETS_PATH]: MARKETS_PAGE,
    });
    driver = await launch(browserName);
    const blank = await driver.newPage(server.url(MARKETS_PATH));
    origin = await extensionOrigin(driver, blank);
    await blank.close();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('figures with no source and no repeats: the badge counts them; the underline marks only them', async () => {
    const page = await driver.newPage(server.url(MARKETS_PATH));
    await reportReady(page);
    expect(await hiddenCount(page)).toBe(0);
    const popup = await openReadyPopup(driver, page);
    const figures = await popup.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="figure-item"]')].map((i) => [
          i.querySelector('mark')?.textContent ?? '',
          i.getAttribute('data-verdict'),
          (i.querySelector('[data-testid="figure-reason"]')?.textContent ?? '').trim(),
        ]),
      null,
    );
    const unsourced = figures.filter((f) => f[1] === 'unsourced').map((f) => f[0] as string);
    expect(unsourced.sort()).toEqual(['At least 40 workers', 'hundreds of residents']);
    // Figures of record are listed apart, each saying why it needs no source.
    expect(figures).toContainEqual(['1.2%', 'record', 'A market figure: a matter of record.']);
    expect(figures).toContainEqual([
      'up to 10 years',
      'record',
      'A legal penalty: a matter of record.',
    ]);
    expect(figures).toContainEqual([
      '300,000 barrels',
      'party',
      'Claimed by company, a side in these events, not an independent source.',
    ]);
    expect(figures).toContainEqual(['up to $2 billion', 'vague', 'Source: Officials, not named.']);

    // The article's own words on a group, and a plain line when that is all there is.
    const stratfor = await popup.evaluate(() => {
      const card = [...document.querySelectorAll('[data-testid="group-card"]')].find(
        (c) => c.querySelector('.card-name')?.textContent === 'Stratfor',
      );
      return [
        card?.querySelector('[data-testid="card-in-article"]')?.textContent,
        card?.querySelector('[data-testid="card-nothing-known"]')?.textContent,
      ];
    }, null);
    expect(stratfor).toEqual([
      'In this article: a geopolitical intelligence firm',
      'Newslens has no other background on it.',
    ]);

    const badge = await driver.badgeText(page);
    if (badge !== null) {
      expect(badge).toBe('2');
      expect(await driver.badgeTitle(page)).toMatch(
        /^Newslens\n2 figures with no source · 0 repeated paragraphs hidden\nThe number counts figures with no source and repeated paragraphs hidden\.$/,
      );
    }

    await popup.click('[data-testid="underline-toggle"]');
    await waitFor(page, () => CSS.highlights.has('newslens-unsourced'), null, 'the underline');
    expect(await underlined(page)).toEqual(unsourced.sort());
    await popup.click('[data-testid="underline-toggle"]');
    await waitFor(page, () => !CSS.highlights.has('newslens-unsourced'), null, 'no underline');
    await popup.close();

    // What the badge counts is the reader's choice, and an open page follows it at once.
    const options = await openOptions(driver, origin);
    await options.click('[data-testid="opt-badge-repeats"]');
    if (badge !== null) {
      const deadline = Date.now() + 10_000;
      while ((await driver.badgeText(page)) !== '' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await driver.badgeText(page)).toBe('');
      expect(await driver.badgeTitle(page)).toMatch(
        /The number counts repeated paragraphs hidden\.$/,
      );
    }
    await options.click('[data-testid="opt-badge-attention"]');
    await options.close();
    await page.close();
  });

  it('"Wrong?" on a figure, a group and a hidden paragraph round-trips through the options page and survives a reload', async () => {
    const page = await driver.newPage(server.url(SAMPLE_PATH));
    await reportReady(page);
    expect(await hiddenCount(page)).toBe(6);
    const popup = await openReadyPopup(driver, page);

    expect(await press(popup, '[data-testid="figure-item"]', '30 soldiers')).toBe(true);
    await waitFor(
      popup,
      () => document.querySelector('[data-verdict="marked"] mark')?.textContent === '30 soldiers',
      null,
      'the figure unflagged',
    );
    expect(await press(popup, '[data-testid="repeat-item"]', 'For more from Africa')).toBe(true);
    // The paragraph is shown again, plain: no rule beside it, its marker counting one fewer.
    await waitFor(
      page,
      () => document.querySelectorAll('[data-newslens-hidden]').length === 5,
      null,
      'shown',
    );
    const copy = await page.evaluate(() => {
      const copies = [...document.querySelectorAll('article p')].filter((p) =>
        (p.textContent ?? '').startsWith('For more from Africa'),
      );
      return copies.map((p) => [
        p.hasAttribute('data-newslens-hidden'),
        p.hasAttribute('data-newslens-shown'),
      ]);
    }, null);
    expect(copy).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(await press(popup, '[data-testid="group-card"]', 'United States Africa Command')).toBe(
      true,
    );
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="groups-marked"]'),
      null,
      'the group hidden',
    );
    const marked = await popupView(popup, '30 soldiers');
    expect(marked.tag).toBe('You marked this wrong');
    expect(marked.cards).not.toContain('United States Africa Command');
    expect(marked.groupsMarked).toMatch(/United States Africa Command/);
    expect(marked.repeatsMarked).toMatch(/For more from Africa/);
    expect(marked.overview).toEqual([
      '3 figures · 2 claimed by a side · 1 you marked wrong',
      '3 groups named · 1 you marked wrong',
      '5 repeated paragraphs hidden · 1 you marked wrong',
    ]);
    // The badge no longer counts what the reader unflagged.
    const badge = await driver.badgeText(page);
    if (badge !== null) expect(badge).toBe('5');
    await popup.close();

    // Listed in the options page, by page.
    const options = await openOptions(driver, origin);
    const listed = (): Promise<string[]> =>
      options.evaluate(
        () =>
          [...document.querySelectorAll('[data-testid="mark-label"]')].map((l) =>
            (l.textContent ?? '').trim(),
          ),
        null,
      );
    await waitFor(
      options,
      () => document.querySelectorAll('[data-testid="mark"]').length === 3,
      null,
      'three marks',
    );
    const labels = await listed();
    expect(labels[0]).toBe('30 soldiers');
    expect(labels[1]).toMatch(/^For more from Africa/);
    expect(labels[2]).toBe('United States Africa Command');

    // A reload keeps them: the paragraph is not hidden again, the figure stays unflagged.
    await page.goto(server.url(SAMPLE_PATH));
    await reportReady(page);
    expect(await hiddenCount(page)).toBe(5);
    const again = await openReadyPopup(driver, page);
    const reloaded = await popupView(again, '30 soldiers');
    expect(reloaded.tag).toBe('You marked this wrong');
    expect(reloaded.cards).not.toContain('United States Africa Command');
    await again.close();

    // Undo in the options page: the open page hides the paragraph again at once.
    expect(await press(options, '[data-testid="mark"]', 'For more from Africa', 'undo-mark')).toBe(
      true,
    );
    await waitFor(
      page,
      () => document.querySelectorAll('[data-newslens-hidden]').length === 6,
      null,
      'hidden again',
    );
    expect(await press(options, '[data-testid="mark"]', '30 soldiers', 'undo-mark')).toBe(true);
    await waitFor(
      options,
      () => document.querySelectorAll('[data-testid="mark"]').length === 1,
      null,
      'one mark left',
    );
    const undone = await openReadyPopup(driver, page);
    expect((await popupView(undone, '30 soldiers')).tag).toBe('No source given');
    await undone.close();
    if (badge !== null) expect(await driver.badgeText(page)).toBe('7');

    // "Export as JSON" saves what was marked (Chromium: the download is readable by the test).
    if (driver.name === 'chromium') {
      const [download] = await Promise.all([
        (rawPage(options) as PwPage).waitForEvent('download'),
        options.click('[data-testid="export-marks"]'),
      ]);
      const file = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
      expect(file.pages).toEqual([
        {
          url: server.url(SAMPLE_PATH),
          title: expect.stringContaining('Mali'),
          marks: [
            expect.objectContaining({ kind: 'group', label: 'United States Africa Command' }),
          ],
        },
      ]);
    }
    await options.click('[data-testid="delete-marks"]');
    await waitFor(
      options,
      () => !!document.querySelector('[data-testid="no-marks"]'),
      null,
      'none left',
    );
    await options.close();
    await page.close();
  });
});
