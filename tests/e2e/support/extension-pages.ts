// Extension pages (options, popup) opened as tabs, in both browsers: their origin, navigation
// that copes with Firefox never reporting the load of a moz-extension:// page, and raw access.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { waitFor, type Driver, type TestPage } from './driver';

export const OPTIONS_PATH = 'src/options/options.html';

export function rawPage(page: TestPage): PwPage | PpPage {
  return (page as TestPage & { raw: PwPage | PpPage }).raw;
}

/** Navigates an existing tab to an extension page and waits for its DOM to have `ready`. */
export async function gotoExtensionPage(
  driver: Driver,
  page: TestPage,
  url: string,
  ready: string,
): Promise<void> {
  const raw = rawPage(page);
  if (driver.name === 'firefox') {
    await (raw as PpPage)
      .goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 })
      .catch((err: Error) => {
        if (err.name !== 'TimeoutError') throw err;
      });
  } else {
    await (raw as PwPage).goto(url, { waitUntil: 'load' });
  }
  await waitFor(page, (sel: string) => !!document.querySelector(sel), ready, `${url} ready`);
}

/** The extension's origin (chrome-extension://… or moz-extension://…), read from its popup. */
export async function extensionOrigin(driver: Driver, page: TestPage): Promise<string> {
  const popup = await driver.openPopup(page);
  await waitFor(popup, () => document.readyState === 'complete', null, 'popup loaded');
  const origin = await popup.evaluate(() => location.origin, null);
  await popup.close();
  return origin;
}

/** Opens the options page in a new tab. */
export async function openOptions(driver: Driver, origin: string): Promise<TestPage> {
  const page = await driver.newPage('about:blank');
  await gotoExtensionPage(
    driver,
    page,
    `${origin}/${OPTIONS_PATH}`,
    '[data-testid="opt-hide-repeats"]',
  );
  return page;
}

/** Reads a checkbox or radio's state in the page. */
export function isChecked(page: TestPage, testId: string): Promise<boolean> {
  return page.evaluate(
    (id: string) =>
      (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.checked ??
      false,
    testId,
  );
}
