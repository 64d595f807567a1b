// One small interface over playwright-core (Chromium) and puppeteer-core (Firefox), so each
// browser test is written once and run in both real browsers.
import { mkdirSync } from 'node:fs';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, type ChromiumOptions, type ChromiumSession } from './chromium';
import { launchFirefox, type FirefoxOptions, type FirefoxSession } from './firefox';
import { ARTIFACTS_DIR } from './paths';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with one JSON argument. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** A real mouse click at a point of the viewport (a trusted event, as a reader's). */
  clickAt(x: number, y: number): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** The viewport, in CSS pixels (a toolbar popup is at most 800 × 600). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  newPage(url: string): Promise<TestPage>;
  openPopup(page: TestPage): Promise<TestPage>;
  /** The toolbar badge of `page`'s tab (Chromium only; Firefox gives no test access to it). */
  badgeText(page: TestPage): Promise<string | null>;
  /** Its tooltip (Chromium only, as above). */
  badgeTitle(page: TestPage): Promise<string | null>;
  close(): Promise<void>;
}

const screenshotPath = (browser: BrowserName, name: string): string => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}${browser}-${name}.png`;
};

function wrapPlaywright(page: PwPage): TestPage & { raw: PwPage } {
  return {
    raw: page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async screenshot(name) {
      const path = screenshotPath('chromium', name);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): TestPage & { raw: PpPage } {
  return {
    raw: page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async screenshot(name) {
      const path = screenshotPath('firefox', name);
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
      return path;
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

async function chromiumDriver(options?: ChromiumOptions): Promise<Driver> {
  const session: ChromiumSession = await launchChromium(undefined, options);
  return {
    name: 'chromium',
    async newPage(url) {
      const page = wrapPlaywright(await session.context.newPage());
      await page.goto(url);
      return page;
    },
    async openPopup(page) {
      return wrapPlaywright(await session.openPopup((page as TestPage & { raw: PwPage }).raw));
    },
    async badgeText(page) {
      return session.badgeText(await session.tabIdOf((page as TestPage & { raw: PwPage }).raw));
    },
    async badgeTitle(page) {
      return session.badgeTitle(await session.tabIdOf((page as TestPage & { raw: PwPage }).raw));
    },
    close: () => session.close(),
  };
}

async function firefoxDriver(options?: FirefoxOptions): Promise<Driver> {
  const session: FirefoxSession = await launchFirefox(undefined, options);
  return {
    name: 'firefox',
    async newPage(url) {
      const page = wrapPuppeteer(await session.browser.newPage());
      await page.goto(url);
      return page;
    },
    async openPopup(page) {
      return wrapPuppeteer(await session.openPopup((page as TestPage & { raw: PpPage }).raw));
    },
    badgeText: async () => null,
    badgeTitle: async () => null,
    close: () => session.close(),
  };
}

/** Optional launch extras per browser (a locale, a preference); none by default. */
export interface LaunchOptions {
  chromium?: ChromiumOptions;
  firefox?: FirefoxOptions;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium' ? chromiumDriver(options.chromium) : firefoxDriver(options.firefox);
}

/** Polls `fn` in the page until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<A, R>(
  page: TestPage,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: R | undefined;
  while (Date.now() < deadline) {
    last = await page.evaluate(fn, arg);
    if (last) return last as NonNullable<R>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`,
  );
}

export const BROWSERS: BrowserName[] = (process.env.NEWSLENS_E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');
