// Text that arrives after load: a page script appends a copy of an earlier paragraph two
// seconds after load. It must be hidden before it is ever painted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLines } from '../fixtures/shared-data';
import { samplePage } from '../fixtures/bbc-like-page';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { startServer, type TestServer } from './support/server';

// The page's own script: after 2 s it appends a copy of the 8th paragraph, then checks in the
// next animation frame (which runs before that frame is painted) whether the copy is displayed.
const LATE_SCRIPT = `<script>
setTimeout(() => {
  const source = document.querySelectorAll('article p')[7];
  const block = document.createElement('div');
  block.setAttribute('data-component', 'text-block');
  const p = document.createElement('p');
  p.id = 'late-copy';
  p.textContent = source.textContent;
  block.appendChild(p);
  document.querySelector('article [data-component="tags"]').before(block);
  requestAnimationFrame(() => {
    window.__lateCopyDisplayedBeforePaint = getComputedStyle(p).display !== 'none';
  });
  // A new paragraph that repeats nothing must stay visible.
  const fresh = document.createElement('p');
  fresh.id = 'late-fresh';
  fresh.textContent = 'Update: the regional governor said on Tuesday that schools in the area would reopen next week under army protection.';
  block.after(fresh);
}, 2000);
</script>`;

describe.each(BROWSERS)('paragraph appended after load in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  let page: TestPage;
  const lines = readSampleLines();

  beforeAll(async () => {
    server = await startServer({ '/news/live/mali': samplePage(lines, LATE_SCRIPT) });
    driver = await launch(browserName);
    page = await driver.newPage(server.url('/news/live/mali'));
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('hides the late copy before it is painted and leaves new text alone', async () => {
    await waitFor(
      page,
      () =>
        typeof (window as unknown as { __lateCopyDisplayedBeforePaint?: boolean })
          .__lateCopyDisplayedBeforePaint === 'boolean',
      null,
      'the late copy to be checked',
    );
    const state = await page.evaluate(() => {
      const w = window as unknown as { __lateCopyDisplayedBeforePaint?: boolean };
      return {
        checked: w.__lateCopyDisplayedBeforePaint,
        lateHidden: !!document.getElementById('late-copy')?.closest('[data-newslens-hidden]'),
        freshHidden: !!document.getElementById('late-fresh')?.closest('[data-newslens-hidden]'),
      };
    }, null);
    expect(state.checked).toBe(false);
    expect(state.lateHidden).toBe(true);
    expect(state.freshHidden).toBe(false);
  });
});

// The page's own script changes the article while Newslens reads it: as soon as the content
// script has serialised the page (its `newslens:serialize` measure, which the page can see),
// it inserts a banner at the top of the article (every element after it moves one place, so
// the background's locators point one element off) and appends a copy of the 8th paragraph
// (not in what was serialised). Both happen before the background's answer comes back.
const DURING_SCRIPT = `<script>
new PerformanceObserver((list, observer) => {
  if (!list.getEntries().some((e) => e.name === 'newslens:serialize')) return;
  observer.disconnect();
  window.__changedAt = performance.now();
  const article = document.querySelector('article');
  const banner = document.createElement('div');
  const line = document.createElement('p');
  line.textContent = 'Live: follow the latest on the attacks in central Mali as the army and regional officials give new figures.';
  banner.appendChild(line);
  article.prepend(banner);
  const copy = document.createElement('p');
  copy.id = 'copy-during-read';
  copy.textContent = document.querySelectorAll('article p')[8].textContent;
  document.querySelector('article [data-component="tags"]').before(copy);
}).observe({ type: 'measure', buffered: true });
</script>`;

describe.each(BROWSERS)('the page changes while its article is read, in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  const lines = readSampleLines();

  beforeAll(async () => {
    server = await startServer({
      '/plain': samplePage(lines),
      '/changing': samplePage(lines, DURING_SCRIPT),
    });
    driver = await launch(browserName);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const hiddenTexts = async (page: TestPage): Promise<string[]> => {
    await waitFor(
      page,
      () => performance.getEntriesByName('newslens:hidden-ready').length > 0,
      null,
      'the first pass to end',
    );
    return page.evaluate(
      () =>
        [...document.querySelectorAll('[data-newslens-hidden]')].map((el) =>
          (el.textContent ?? '').trim(),
        ),
      null,
    );
  };

  it('finds the moved paragraphs by text and hides the copy added meanwhile', async () => {
    const plain = await hiddenTexts(await driver.newPage(server.url('/plain')));
    const page = await driver.newPage(server.url('/changing'));
    const changing = await hiddenTexts(page);
    const facts = await page.evaluate(() => {
      const located = performance.getEntriesByName('newslens:located')[0] as
        | (PerformanceEntry & { detail?: { direct: number; byText: number; lost: number } })
        | undefined;
      const copy = document.getElementById('copy-during-read');
      const source = [...document.querySelectorAll('article p')].find(
        (p) => p !== copy && p.textContent === copy?.textContent,
      );
      return {
        changedAt: (window as unknown as { __changedAt?: number }).__changedAt ?? null,
        locatedAt: located?.startTime ?? null,
        located: located?.detail ?? null,
        copyHidden: !!copy?.hasAttribute('data-newslens-hidden'),
        sourceHidden: source ? source.hasAttribute('data-newslens-hidden') : null,
      };
    }, null);
    // The change really happened between serialising and locating.
    expect(facts.changedAt).not.toBeNull();
    if (facts.locatedAt !== null) expect(facts.changedAt).toBeLessThan(facts.locatedAt);
    // Every repeat of the unchanged page is hidden here too, plus the copy added meanwhile.
    expect(changing).toEqual(expect.arrayContaining(plain));
    expect(changing.length).toBe(plain.length + 1);
    expect(facts.copyHidden).toBe(true);
    expect(facts.sourceHidden).toBe(false);
    if (facts.located) {
      expect(facts.located.lost).toBe(0);
      expect(facts.located.byText).toBeGreaterThan(0);
    }
  });
});
