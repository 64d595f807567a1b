// Real Firefox ESR (Debian's) with the extension installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. Extension pages are driven through their DOM.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { E2E_FIREFOX_DIR, FIREFOX_PATH, POPUP_PATH } from './paths';

export const GECKO_ID = 'newslens@newslens.example';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** Opens the popup in a tab, reporting on the most recently used other tab (`page`). */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** Optional extras for one launch (the defaults are unchanged without them). */
export interface FirefoxOptions {
  /** Extra preferences, e.g. `{ 'intl.locale.requested': 'fr' }`. */
  prefs?: Record<string, unknown>;
  /** Accept the self-signed certificate of a test's https server (support/tls.ts). */
  acceptInsecureCerts?: boolean;
}

export async function launchFirefox(
  extensionDir = E2E_FIREFOX_DIR,
  options: FirefoxOptions = {},
): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Content scripts need their host permissions granted without a prompt.
      'extensions.originControls.grantByDefault': true,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    uuid,
    async openPopup(page) {
      await page.bringToFront();
      const popup = await browser.newPage();
      // Firefox never reports the load of an extension page to WebDriver BiDi, so the navigation
      // is given a short bound and the tests then wait on the page's DOM instead.
      await popup
        .goto(`moz-extension://${uuid}/${POPUP_PATH}?tab=previous`, {
          waitUntil: 'domcontentloaded',
          timeout: 3_000,
        })
        .catch((err: Error) => {
          if (err.name !== 'TimeoutError') throw err;
        });
      return popup;
    },
    async close() {
      await browser.close();
    },
  };
}
