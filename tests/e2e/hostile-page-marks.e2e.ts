// Issue 23, "markers the page can restyle or forge": what a page's own styles and scripts can do
// to the elements Newslens adds to it (the repeat markers, the underline's tooltip). The page's
// stylesheet hides, shrinks and moves them with !important rules, which beat any :host rule;
// its script looks for their shadow roots. The markers must stay in place and visible, their
// roots out of the page's reach, and their buttons must answer only a reader's real click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePage } from '../fixtures/bbc-like-page';
import { readSampleLines } from '../fixtures/shared-data';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { extensionOrigin, openOptions } from './support/extension-pages';
import { clickMarkerFromScript, readMarkers } from './support/markers';
import { startServer, type TestServer } from './support/server';

const HOSTILE_STYLES = `<style>
[data-newslens-marker], [data-newslens-marker] * {
  display: none !important; visibility: hidden !important; opacity: 0 !important;
  height: 0 !important; overflow: hidden !important; transform: scale(0) !important;
  position: absolute !important; left: -10000px !important; clip-path: inset(50%) !important;
}
</style>`;

/** What the page's script found: whether any of our roots was open to it. */
const PAGE_SCRIPT = `<script>
window.__openRoots = () =>
  [...document.querySelectorAll('[data-newslens-marker]')].filter((h) => h.shadowRoot !== null).length;
</script>`;

const hiddenCount = (page: TestPage): Promise<number> =>
  page.evaluate(() => document.querySelectorAll('[data-newslens-hidden]').length, null);

describe.each(BROWSERS)('a page against the marks of Newslens, in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  let page: TestPage;
  let ext: TestPage;

  beforeAll(async () => {
    server = await startServer({
      '/news/hostile-styles': samplePage(readSampleLines(), HOSTILE_STYLES + PAGE_SCRIPT),
    });
    driver = await launch(browserName);
    page = await driver.newPage(server.url('/news/hostile-styles'));
    await waitFor(
      page,
      () => performance.getEntriesByName('newslens:hidden-ready').length > 0,
      null,
      'the repeats hidden',
    );
    ext = await openOptions(driver, await extensionOrigin(driver, page));
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('the page’s !important styles neither hide, shrink nor move a marker', async () => {
    const markers = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-newslens-marker=""]')].map((m) => {
          const box = m.getBoundingClientRect();
          return {
            visible: m.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            height: box.height,
            left: box.left,
            beforeHidden: !!m.nextElementSibling?.hasAttribute('data-newslens-hidden'),
          };
        }),
      null,
    );
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) {
      expect(m).toMatchObject({ visible: true, beforeHidden: true });
      expect(m.height).toBeGreaterThan(10);
      expect(m.left).toBeGreaterThanOrEqual(0);
    }
  });

  it('the page’s scripts find no open root, and a scripted click() does nothing', async () => {
    expect(
      await page.evaluate(
        () => (window as unknown as { __openRoots(): number }).__openRoots(),
        null,
      ),
    ).toBe(0);
    const before = await hiddenCount(page);
    // click() on the button itself, from inside its root: no reader's click.
    await clickMarkerFromScript(ext, page, 0);
    expect(await hiddenCount(page)).toBe(before);
    // The reader's click does show them.
    await page.evaluate(() => {
      document.querySelector('[data-newslens-marker=""]')?.scrollIntoView({ block: 'center' });
    }, null);
    const [marker] = await readMarkers(ext, page);
    await page.clickAt(marker?.button.x ?? 0, marker?.button.y ?? 0);
    expect(await hiddenCount(page)).toBeLessThan(before);
  });

  it('a marker flashes when the popup points at a paragraph it hides', async () => {
    const popup = await driver.openPopup(page);
    await waitFor(
      popup,
      () => document.querySelectorAll('[data-testid="repeat-item"]').length > 0,
      null,
      'the repeats in the popup',
    );
    // The last repeat: its run is still hidden (the test before showed the first).
    await popup.evaluate(() => {
      const items = document.querySelectorAll<HTMLButtonElement>(
        '[data-testid="repeat-item"] .item-main',
      );
      items[items.length - 1]?.click();
    }, null);
    // Read while it flashes (2 s).
    const markers = await readMarkers(ext, page);
    await popup.close();
    expect(markers.at(-1)?.flashing).toBe(true);
  });

  it('the underline’s tooltip shows over the page’s styles', async () => {
    const popup = await driver.openPopup(page);
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="underline-toggle"]'),
      null,
      'toggle',
    );
    await popup.click('[data-testid="underline-toggle"]');
    await popup.close();
    const at = await waitFor(
      page,
      () => {
        const ranges = CSS.highlights.get('newslens-unsourced') as unknown as
          Set<Range> | undefined;
        const range = ranges ? [...ranges][0] : undefined;
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      },
      null,
      'an unsourced figure underlined',
    );
    await page.clickAt(at.x, at.y);
    const tooltip = await waitFor(
      page,
      () => {
        const tip = document.querySelector('[data-newslens-marker="tooltip"]');
        if (!tip) return null;
        const box = tip.getBoundingClientRect();
        return {
          visible: tip.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          width: box.width,
          openRoot: tip.shadowRoot !== null,
        };
      },
      null,
      'the tooltip',
    );
    expect(tooltip).toEqual({ visible: true, width: expect.any(Number), openRoot: false });
    expect(tooltip.width).toBeGreaterThan(50);
  });
});
