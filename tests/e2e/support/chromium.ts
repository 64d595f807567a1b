// Real Chromium (Debian's) with the unpacked extension, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, E2E_CHROME_DIR, POPUP_PATH } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The tab id of `page`, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  openPopup(page: Page): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  badgeTitle(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** Optional extras for one launch (the defaults are unchanged without them). */
export interface ChromiumOptions {
  /** Extra command-line switches, e.g. `--lang=fr`. */
  args?: string[];
  /** Extra environment for the browser process, e.g. `{ LANGUAGE: 'fr' }`. */
  env?: Record<string, string>;
}

export async function launchChromium(
  extensionDir = E2E_CHROME_DIR,
  options: ChromiumOptions = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const session: ChromiumSession = {
    context,
    extensionId,
    worker,
    async tabIdOf(page) {
      await page.bringToFront();
      const url = page.url();
      return worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        const match =
          tabs.find((t) => t.url === u) ??
          (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
        return match?.id ?? -1;
      }, url);
    },
    async openPopup(page) {
      const tabId = await session.tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/${POPUP_PATH}?tab=${tabId}`);
      return popup;
    },
    badgeText(tabId) {
      return worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    badgeTitle(tabId) {
      return worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
