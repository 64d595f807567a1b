// Issue 8, "never break the page": pages built to trip the content script up. An article in an
// iframe, an article in a shadow root, documents with no <body> (bare text, a frameset), an
// article of 50,000 paragraphs, and a page that mutates its DOM every 5 ms. In both browsers
// the page must stay responsive and nothing may be thrown.
//
// Responsiveness: each page's own script ticks a setInterval from DOMContentLoaded on and
// records the longest gap between ticks (`window.__tick`); the document's parsing is over by
// then, so the gaps are the work done after it: the content script's (it runs at
// document_idle), the page's own, rendering. The content script's own main-thread tasks are
// also read from its User Timing measures (`newslens:*`, src/content/timing.ts).
// The page is measured before any popup opens: a popup opened as a tab (Firefox) sends the
// page to the background, where timers are throttled to one a second.
//
// Errors: listeners on the raw playwright / puppeteer page objects (both expose
// `on('pageerror')` and `on('console')`), attached before navigation. Every uncaught page
// error counts (the test pages' own scripts are clean), and so does any console error or
// warning, and any console message mentioning newslens (the content script logs what it
// catches with console.debug('[newslens]', err)). Content-script console output reaches the
// page's console events in Chromium; Firefox's WebDriver BiDi may not forward it, so there
// the uncaught errors and the page's own state are what is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../fixtures/bbc-like-page';
import { BROWSERS, launch, waitFor, type Driver, type TestPage } from './support/driver';
import { startServer, type TestServer } from './support/server';

/** Longest main-thread gap allowed after DOMContentLoaded (two slow cores, two browsers). */
const MAX_GAP_MS = 1_000;
/** The 50,000-paragraph page: how long the work may take, and the longest gap allowed. */
const HUGE_BUDGET_MS = 30_000;
const HUGE_MAX_GAP_MS = 12_000;

const TICKER = `<script>
(() => {
  const t = { last: 0, maxGap: 0, ticks: 0, since: 0 };
  window.__tick = t;
  const start = () => {
    t.since = t.last = performance.now();
    setInterval(() => {
      const now = performance.now();
      t.maxGap = Math.max(t.maxGap, now - t.last);
      t.last = now;
      t.ticks += 1;
    }, 16);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
</script>`;

const PROSE = [
  'The army said on Tuesday that thirty soldiers had been killed in the attack on the base near the border, and that reinforcements had been sent from the capital overnight.',
  'Residents told reporters that the gunmen arrived on motorbikes before dawn, set fire to the market and the town hall, and left towards the hills a few hours later.',
  'The United Nations said more than 2,000 people had fled the area since the start of the month, most of them women and children, and that aid convoys could not reach them.',
  'According to army spokesperson Col. Souleymane Dembele, over 80 militants were killed in the counter-offensive, a figure that could not be independently verified.',
  'Analysts said the attacks showed that the armed groups could strike several targets at once, despite the presence of foreign troops in the region for a decade.',
];

function articlePage(title: string, paragraphs: string[], extraHead = '', extraBody = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${TICKER}${extraHead}</head>
<body><main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>${extraBody}</body></html>`;
}

/** Paragraphs on the huge page; NEWSLENS_STRESS_PARAGRAPHS changes it to find where it breaks. */
const HUGE = Number(process.env.NEWSLENS_STRESS_PARAGRAPHS ?? 50_000);

/** HUGE paragraphs (distinct words per paragraph), every tenth a copy of an earlier one. */
function hugePage(): string {
  const code = (n: number): string =>
    n.toString(20).replace(/./g, (d) => String.fromCharCode(98 + parseInt(d, 20)));
  const paragraphs: string[] = [];
  for (let i = 0; i < HUGE; i += 1) {
    if (i % 10 === 9) paragraphs.push(paragraphs[i - 5] as string);
    else {
      // 18 words of its own (not near-copies of each other) around a few common ones.
      const own = Array.from({ length: 18 }, (_, j) => `${code(i * 18 + j + 1)}${'aeiou'[j % 5]}`);
      paragraphs.push(`${own.slice(0, 9).join(' ')}, the army said, ${own.slice(9).join(' ')}.`);
    }
  }
  return articlePage('Fifty thousand paragraphs', paragraphs);
}

const CHURN = `<script>
window.addEventListener('DOMContentLoaded', () => {
  const article = document.querySelector('article');
  const ticker = document.createElement('p');
  ticker.id = 'ticker';
  article.appendChild(ticker);
  let n = 0;
  window.__churn = 0;
  setInterval(() => {
    n += 1;
    window.__churn = n;
    ticker.textContent = 'Live: update number ' + n + ' from the newsroom, more soon.';
    const p = document.createElement('p');
    p.className = 'churn';
    p.textContent = n % 3 === 0
      ? article.querySelector('p').textContent // a copy of the first paragraph
      : 'Update ' + n + ': reporters at the scene said the situation was changing by the minute.';
    article.appendChild(p);
    const old = article.querySelectorAll('p.churn');
    if (old.length > 20) old[0].remove();
    article.setAttribute('data-tick', String(n));
  }, 5);
});
</script>`;

const SHADOW = `<script>
window.addEventListener('DOMContentLoaded', () => {
  const host = document.getElementById('host');
  const root = host.attachShadow({ mode: 'open' });
  const article = document.createElement('article');
  for (const text of ${JSON.stringify([...PROSE, PROSE[0]])}) {
    const p = document.createElement('p');
    p.textContent = text;
    article.appendChild(p);
  }
  root.appendChild(article);
  window.__shadowReady = true;
});
</script>`;

const ROUTES: Record<string, string | { body: string; type: string }> = {
  '/favicon.ico': { body: '', type: 'image/x-icon' },
  '/stress/article': articlePage('Attack on army posts', [...PROSE, PROSE[0] as string]),
  '/stress/iframe': `<!DOCTYPE html><html lang="en"><head><title>Frame host</title>${TICKER}</head>
<body><p>Our story:</p><iframe src="/stress/article" width="800" height="600"></iframe></body></html>`,
  '/stress/shadow': `<!DOCTYPE html><html lang="en"><head><title>Shadow article</title>${TICKER}${SHADOW}</head>
<body><div id="host"></div></body></html>`,
  '/stress/text-only': `Just some text, no markup at all. ${PROSE.join(' ')}`,
  '/stress/frameset': `<!DOCTYPE html><html><head><title>Frames</title>${TICKER}</head>
<frameset cols="50%,50%"><frame src="/stress/article"><frame src="/stress/article"></frameset></html>`,
  '/stress/huge': hugePage(),
  '/stress/churn': articlePage('Live: attack on army posts', PROSE, CHURN),
};

interface RawPage {
  on(event: 'pageerror', fn: (err: Error) => void): unknown;
  on(event: 'console', fn: (msg: { type(): string; text(): string }) => void): unknown;
}

interface Observed {
  page: TestPage;
  problems: string[];
}

async function observe(driver: Driver, url: string): Promise<Observed> {
  const page = await driver.newPage('about:blank');
  const problems: string[] = [];
  const raw = (page as TestPage & { raw: RawPage }).raw;
  raw.on('pageerror', (err) => problems.push(`pageerror: ${String(err?.message ?? err)}`));
  raw.on('console', (msg) => {
    const type = msg.type();
    const text = msg.text();
    if (type === 'error' || type === 'warn' || type === 'warning' || /newslens/i.test(text))
      problems.push(`console.${type}: ${text}`);
  });
  await page.goto(url);
  return { page, problems };
}

interface Health {
  maxGap: number;
  ticks: number;
  elapsed: number;
  longestMeasure: number;
  longestName: string;
  measures: number;
  hidden: number;
}

const health = (page: TestPage): Promise<Health> =>
  page.evaluate(() => {
    const t = (
      window as unknown as {
        __tick?: { maxGap: number; ticks: number; since: number; last: number };
      }
    ).__tick ?? { maxGap: -1, ticks: 0, since: 0, last: 0 };
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('newslens:'));
    return {
      // Include the gap still open now (a long task in progress).
      maxGap: Math.round(Math.max(t.maxGap, performance.now() - t.last)),
      ticks: t.ticks,
      elapsed: Math.round(performance.now() - t.since),
      longestMeasure: Math.round(Math.max(0, ...measures.map((m) => m.duration))),
      longestName: [...measures].sort((a, b) => b.duration - a.duration)[0]?.name ?? '',
      measures: measures.length,
      hidden: document.querySelectorAll('[data-newslens-hidden]').length,
    };
  }, null);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * `page.evaluate` waits for the page's main thread: on a frozen page it never answers. This
 * bounds it, so a frozen page fails the test with a clear message instead of a test timeout.
 */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`page unresponsive: ${what} got no answer within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `fn` like waitFor, but each evaluation is bounded by what is left of `ms`. */
async function pollWithin<R>(page: TestPage, fn: () => R, ms: number, what: string): Promise<R> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    const value = await within(left, what, page.evaluate(fn, null));
    if (value) return value;
    await sleep(200);
  }
}

describe.each(BROWSERS)('stress pages in %s', (browserName) => {
  let server: TestServer;
  let driver: Driver;
  const log: Record<string, unknown> = {};

  beforeAll(async () => {
    server = await startServer(ROUTES);
    driver = await launch(browserName);
  });
  afterAll(async () => {
    console.log(`[stress ${browserName}]`, JSON.stringify(log));
    await driver?.close();
    await server?.close();
  });

  it('an article in an iframe: the host page is left alone and stays responsive', async () => {
    const { page, problems } = await observe(driver, server.url('/stress/iframe'));
    await sleep(2_500);
    const h = await health(page);
    log.iframe = h;
    const framed = await page.evaluate(() => {
      const doc = document.querySelector('iframe')?.contentDocument;
      return doc ? doc.querySelectorAll('[data-newslens-hidden]').length : -1;
    }, null);
    log.iframeHiddenInFrame = framed;
    expect(h.maxGap).toBeLessThan(MAX_GAP_MS);
    expect(h.hidden).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an article in a shadow root: no error, page responsive, the popup answers', async () => {
    const { page, problems } = await observe(driver, server.url('/stress/shadow'));
    await waitFor(
      page,
      () => (window as { __shadowReady?: boolean }).__shadowReady,
      null,
      'shadow',
    );
    await sleep(2_000);
    const h = await health(page);
    log.shadow = h;
    expect(h.maxGap).toBeLessThan(MAX_GAP_MS);
    expect(problems).toEqual([]);
    const popup = await driver.openPopup(page);
    const state = await waitFor(
      popup,
      () =>
        document.querySelector('[data-testid="article-title"]')
          ? 'article'
          : document.querySelector('[data-testid="empty-state"]')
            ? 'empty'
            : '',
      null,
      'popup answer',
    );
    log.shadowPopup = state;
    await popup.close();
    await page.close();
  });

  it.each(['/stress/text-only', '/stress/frameset'])(
    'a document with no <body> (%s): nothing thrown, nothing added',
    async (path) => {
      const { page, problems } = await observe(driver, server.url(path));
      await sleep(2_000);
      const traces = await page.evaluate(
        () =>
          document.querySelectorAll(
            '[data-newslens-hidden], [data-newslens-marker], style[data-newslens]',
          ).length,
        null,
      );
      expect(traces).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('a DOM that changes every 5 ms: the page keeps ticking and churning', async () => {
    const { page, problems } = await observe(driver, server.url('/stress/churn'));
    await sleep(5_000);
    const h = await health(page);
    const churn = await page.evaluate(() => (window as { __churn?: number }).__churn ?? 0, null);
    log.churn = { ...h, churn };
    expect(h.maxGap).toBeLessThan(MAX_GAP_MS);
    // 5 s at one mutation per 5 ms is 1,000 at best; timers clamp to 4 ms+, slow machine.
    expect(churn).toBeGreaterThan(200);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(`${HUGE} paragraphs: repeats hidden, the page keeps ticking`, async () => {
    // Without the extension (the same page from http://localhost, which the e2e build does not
    // match) Chromium lays the page out in about 4.5 s after DOMContentLoaded, then ticks freely.
    const { page, problems } = await observe(driver, server.url('/stress/huge'));
    const started = Date.now();
    await pollWithin(
      page,
      () => document.querySelectorAll('[data-newslens-hidden]').length > 0,
      HUGE_BUDGET_MS,
      `hidden repeats on the ${HUGE}-paragraph page`,
    );
    log.hugeHiddenAfterMs = Date.now() - started;
    await sleep(2_000);
    const h = await within(HUGE_BUDGET_MS, 'health', health(page));
    log.huge = h;
    expect(h.hidden).toBeGreaterThan(0);
    // The first layout of 50,000 paragraphs is the browser's own gap (see above); the content
    // script's own tasks must stay short whatever the page's size.
    expect(h.maxGap).toBeLessThan(HUGE_MAX_GAP_MS);
    expect(h.longestMeasure).toBeLessThan(MAX_GAP_MS);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
