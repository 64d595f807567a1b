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
