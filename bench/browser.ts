// The in-browser part of `npm run bench`: real Chromium with the built extension
// (dist/e2e-chrome), pages served on 127.0.0.1. Everything is timed inside the page:
// - Newslens: the content script's User Timing measures `newslens:*` (src/content/timing.ts).
//   Content scripts run in an isolated world, but the performance timeline belongs to the
//   window, so the page world sees them (checked at the start of each run).
// - Readability: the library's own file evaluated in the page world, clone + parse, median of 5.
// - Long tasks: a PerformanceObserver registered by an init script before the page loads; a
//   long task is the extension's when it overlaps one of its measures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { bbcLikePage } from '../tests/fixtures/bbc-like-page';
import { readCorpusManifest, readCorpusPage, readSampleLines } from '../tests/fixtures/shared-data';
import { samplePage } from '../tests/fixtures/bbc-like-page';
import { launchChromium, type ChromiumSession } from '../tests/e2e/support/chromium';
import { CORPUS_CSP, startServer, type Route, type TestServer } from '../tests/e2e/support/server';
import { median } from './stats';
import { syntheticArticle } from './synthetic';

const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(
  require.resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

/** Evaluated in the page world: defines window.__benchReadability. */
const READABILITY_GLOBAL = `(() => { ${READABILITY_SOURCE}\n; window.__benchReadability = Readability; })()`;

const LONGTASK_INIT = `(() => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__benchLongTasksError = String(e); }
})();`;

export interface PageTiming {
  id: string;
  /** Sum of the newslens:* measures (ms). */
  newslens: number;
  measures: Record<string, number>;
  /** Median of 5 in-page clone + Readability parse (ms). */
  readability: number;
  ratio: number;
  article: boolean;
  paragraphs: number;
  longTasks: number;
  /** Long tasks overlapping a newslens measure, with their durations. */
  extensionLongTasks: number[];
  /** For each of those, the measures it overlapped ("serialize+send"), to say what to split. */
  longTaskSteps: string[];
  located: Located | null;
}

/** How the content script found the background's paragraphs in the page (its `located` mark). */
export interface Located {
  direct: number;
  byText: number;
  lost: number;
}

interface Collected {
  located: Located | null;
  measures: { name: string; start: number; duration: number }[];
  marks: string[];
  /** When the content script yielded to the page (its work after that is a new task). */
  yields: number[];
  longTasks: { start: number; duration: number }[];
  paragraphs: number;
}

function collect(): Collected {
  const w = window as unknown as { __benchLongTasks?: { start: number; duration: number }[] };
  const located = performance.getEntriesByName('newslens:located')[0] as
    (PerformanceEntry & { detail?: Located }) | undefined;
  return {
    located: located?.detail ?? null,
    measures: performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('newslens:'))
      .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
    marks: performance
      .getEntriesByType('mark')
      .filter((e) => e.name.startsWith('newslens:'))
      .map((e) => e.name),
    yields: performance.getEntriesByName('newslens:yield').map((e) => e.startTime),
    longTasks: [...(w.__benchLongTasks ?? [])],
    paragraphs: document.querySelectorAll('p').length,
  };
}

/**
 * Resolves in the page once the content script has finished (or said there is no article), or
 * after `timeoutMs`. One call that waits in the page, not polling: every poll is a CDP round
 * trip, which on a 2-core machine takes CPU from the very pipeline being timed.
 */
function whenFinished(timeoutMs: number): Promise<void> {
  const done = (): boolean =>
    performance
      .getEntriesByType('mark')
      .some((m) => m.name === 'newslens:report-ready' || m.name === 'newslens:no-article');
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new PerformanceObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
  });
}

/** Waits until the content script has finished its first pass (or decided there is no article). */
async function settle(page: Page, timeoutMs: number): Promise<Collected> {
  await page.evaluate(whenFinished, timeoutMs);
  const c = await page.evaluate(collect);
  if (c.marks.includes('newslens:no-article')) return c; // the gate or extraction said no
  if (!c.marks.includes('newslens:report-ready')) {
    throw new Error(`the content script did not finish on ${page.url()}`);
  }
  // The whole pipeline: hiding, then the analysis the background sends back (its sends and
  // the badge's are the page's work too). Let the observer be set up and any task that
  // follows finish, then read again.
  await page.waitForTimeout(100);
  return page.evaluate(collect);
}

async function readabilityBaseline(page: Page, runs: number): Promise<number> {
  if (runs === 0) return Number.NaN;
  await page.evaluate(READABILITY_GLOBAL);
  const times = await page.evaluate((n: number) => {
    const R = (
      window as unknown as { __benchReadability: new (d: Document) => { parse(): unknown } }
    ).__benchReadability;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      out.push(performance.now() - t0);
    }
    return out;
  }, runs);
  return median(times);
}

/**
 * Long tasks seen from the measures themselves: measures that follow each other with no gap
 * (< 1 ms) and no yield to the page between them ran in one task; a run spanning over 50 ms is
 * a long task of ours. Needed because Chromium's longtask observer does not report work that
 * runs from an extension-API callback (after `await storage.get` or a message's answer; checked
 * with a content script that busy-waits 70 ms in each kind of task). The yields matter: a
 * `setTimeout(0)` often fires within 1 ms, and without them two short tasks read as one long.
 */
function measuredLongTasks(measures: Collected['measures'], yields: number[]): number[] {
  const sorted = [...measures].sort((a, b) => a.start - b.start);
  const spans: number[] = [];
  let start = Number.NaN;
  let end = Number.NaN;
  const yieldedBetween = (from: number, to: number): boolean =>
    yields.some((t) => t >= from && t <= to);
  for (const m of sorted) {
    if (Number.isNaN(start) || m.start - end > 1 || yieldedBetween(end, m.start)) {
      if (end - start > 50) spans.push(end - start);
      start = m.start;
    }
    end = Math.max(Number.isNaN(end) ? 0 : end, m.start + m.duration);
  }
  if (end - start > 50) spans.push(end - start);
  return spans;
}

function overlaps(
  t: { start: number; duration: number },
  measures: Collected['measures'],
): boolean {
  return measures.some((m) => m.start < t.start + t.duration && t.start < m.start + m.duration);
}

async function timePage(
  session: ChromiumSession,
  url: string,
  id: string,
  baselineRuns: number,
): Promise<PageTiming> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const c = await settle(page, 120_000);
    const measures: Record<string, number> = {};
    for (const m of c.measures) {
      const key = m.name.slice('newslens:'.length);
      measures[key] = (measures[key] ?? 0) + m.duration;
    }
    const newslens = c.measures.reduce((n, m) => n + m.duration, 0);
    const readability = await readabilityBaseline(page, baselineRuns);
    const overlapping = c.longTasks.filter((t) => overlaps(t, c.measures));
    const observed = overlapping.map((t) => t.duration);
    const measured = measuredLongTasks(c.measures, c.yields);
    const ext = measured.length > observed.length ? measured : observed;
    const steps = (t: { start: number; duration: number }): string =>
      [
        ...new Set(
          c.measures
            .filter((m) => m.start < t.start + t.duration && t.start < m.start + m.duration)
            .map((m) => m.name.slice('newslens:'.length)),
        ),
      ].join('+');
    return {
      id,
      newslens,
      measures,
      readability,
      ratio: newslens / readability,
      article: c.marks.includes('newslens:hidden-ready'),
      paragraphs: c.paragraphs,
      longTasks: c.longTasks.length,
      extensionLongTasks: ext,
      longTaskSteps: ext === observed ? overlapping.map(steps) : ext.map(() => 'measures'),
      located: c.located,
    };
  } finally {
    await page.close();
  }
}

export async function withBrowser<T>(
  routes: Record<string, Route>,
  fn: (session: ChromiumSession, server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startServer(routes);
  const session = await launchChromium();
  try {
    await session.context.addInitScript({ content: LONGTASK_INIT });
    return await fn(session, server);
  } finally {
    await session.close();
    await server.close();
  }
}

/** Checks that the page world sees the content script's measures (the whole method rests on it). */
async function checkMeasuresVisible(session: ChromiumSession, url: string): Promise<void> {
  const page = await session.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const c = await settle(page, 30_000);
    if (!c.measures.some((m) => m.name === 'newslens:gate')) {
      throw new Error('the newslens:* measures are not visible from the page world');
    }
  } finally {
    await page.close();
  }
}

/**
 * A page loaded `loads` times, each a fresh page with a cold content script: the load with the
 * median total stands for the page, as the baseline is the median of 5 parses (measured in the
 * last load). A single load on this 2-core machine catches scheduler stalls of 5-25 ms (seen
 * in CPU profiles inside a trivial querySelectorAll), which the baseline's median hides. Long
 * tasks are counted over every load, not only the median one.
 */
async function timePageLoads(
  session: ChromiumSession,
  url: string,
  id: string,
  loads: number,
): Promise<PageTiming> {
  const runs: PageTiming[] = [];
  for (let i = 0; i < loads; i++) {
    runs.push(await timePage(session, url, id, i === loads - 1 ? 5 : 0));
  }
  const last = runs[runs.length - 1] as PageTiming;
  const mid = [...runs].sort((a, b) => a.newslens - b.newslens)[
    Math.floor(loads / 2)
  ] as PageTiming;
  return {
    ...mid,
    readability: last.readability,
    ratio: mid.newslens / last.readability,
    longTasks: runs.reduce((n, r) => n + r.longTasks, 0),
    extensionLongTasks: runs.flatMap((r) => r.extensionLongTasks),
    longTaskSteps: runs.flatMap((r) => r.longTaskSteps),
  };
}

export async function runCorpus(
  limit?: number,
  loads = 5,
  ids?: ReadonlySet<string>,
): Promise<PageTiming[]> {
  const manifest = readCorpusManifest()
    .filter((entry) => !ids || ids.has(entry.id))
    .slice(0, limit);
  const routes: Record<string, Route> = {};
  for (const entry of manifest) {
    routes[`/${entry.id}`] = {
      body: readCorpusPage(entry),
      headers: { 'content-security-policy': CORPUS_CSP },
    };
  }
  routes['/sample'] = samplePage(readSampleLines());
  return withBrowser(routes, async (session, server) => {
    await checkMeasuresVisible(session, server.url('/sample'));
    const results: PageTiming[] = [];
    for (const entry of manifest) {
      const timing = await timePageLoads(session, server.url(`/${entry.id}`), entry.id, loads);
      results.push(timing);
      if (results.length % 20 === 0)
        process.stderr.write(`  corpus: ${results.length}/${manifest.length}\n`);
    }
    return results;
  });
}

export interface ScalingResult {
  size: number;
  runs: PageTiming[];
  /** Median pipeline ms per paragraph. */
  perParagraph: number;
  readabilityPerParagraph: number;
}

export async function runScaling(small = 200, large = 20_000): Promise<ScalingResult[]> {
  const routes: Record<string, Route> = {};
  for (const size of [small, large]) {
    const a = syntheticArticle(size);
    routes[`/synthetic-${size}`] = bbcLikePage({ title: a.title, paragraphs: a.paragraphs });
  }
  return withBrowser(routes, async (session, server) => {
    const out: ScalingResult[] = [];
    for (const [size, loads, baselineRuns] of [
      [small, 7, 5],
      [large, 1, 1],
    ] as const) {
      const runs: PageTiming[] = [];
      for (let i = 0; i < loads; i++) {
        runs.push(
          await timePage(
            session,
            server.url(`/synthetic-${size}`),
            `synthetic-${size}`,
            baselineRuns,
          ),
        );
      }
      out.push({
        size,
        runs,
        perParagraph: median(runs.map((r) => r.newslens)) / size,
        readabilityPerParagraph: median(runs.map((r) => r.readability)) / size,
      });
    }
    return out;
  });
}

// A page script (this page has no CSP) that, once the content script has finished its first
// pass, inserts 100 copies of earlier paragraphs: 40 one at a time, then bursts of 5, 10, 15
// and 30. Each copy is checked in the next requestAnimationFrame callback, which runs before
// that frame is painted: displayed there means painted visible at least once.
const HIDE_FRAMES_SCRIPT = `<script>
(() => {
  const state = { inserted: 0, checked: 0, shown: [], hiddenAtEnd: 0, done: false };
  window.__benchHide = state;
  const plan = [...Array(40).fill(1), 5, 10, 15, 30];
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  function insertBurst(n, sources, anchor) {
    const copies = [];
    for (let k = 0; k < n; k++) {
      const source = sources[(state.inserted * 7) % sources.length];
      const block = document.createElement('div');
      block.setAttribute('data-component', 'text-block');
      const p = document.createElement('p');
      p.className = 'bench-copy';
      p.textContent = source.textContent;
      block.appendChild(p);
      anchor.before(block);
      copies.push(p);
      state.inserted++;
    }
    requestAnimationFrame(() => {
      for (const p of copies) {
        state.checked++;
        if (visible(p)) state.shown.push(p.textContent.slice(0, 40));
      }
    });
  }
  function start() {
    const sources = [...document.querySelectorAll('article p')].filter((p) => p.textContent.length > 150 && visible(p));
    const anchor = document.querySelector('article [data-component="tags"]');
    let step = 0;
    const next = () => {
      if (step >= plan.length) {
        setTimeout(() => {
          state.hiddenAtEnd = document.querySelectorAll('p.bench-copy').length -
            [...document.querySelectorAll('p.bench-copy')].filter(visible).length;
          state.done = true;
        }, 300);
        return;
      }
      insertBurst(plan[step++], sources, anchor);
      setTimeout(next, 25);
    };
    next();
  }
  const wait = () =>
    performance.getEntriesByName('newslens:hidden-ready').length ? setTimeout(start, 200) : setTimeout(wait, 20);
  addEventListener('load', wait);
})();
</script>`;

export interface HideFramesResult {
  inserted: number;
  checked: number;
  shown: number;
  hiddenAtEnd: number;
  lateMeasureMax: number;
}

export async function runHideFrames(): Promise<HideFramesResult> {
  const routes: Record<string, Route> = {
    '/live': samplePage(readSampleLines(), HIDE_FRAMES_SCRIPT),
  };
  return withBrowser(routes, async (session, server) => {
    const page = await session.context.newPage();
    await page.goto(server.url('/live'), { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { __benchHide?: { done: boolean } }).__benchHide?.done === true,
      null,
      { timeout: 60_000 },
    );
    const r = await page.evaluate(() => {
      const s = (
        window as unknown as {
          __benchHide: { inserted: number; checked: number; shown: string[]; hiddenAtEnd: number };
        }
      ).__benchHide;
      const late = performance.getEntriesByName('newslens:late-paragraphs').map((e) => e.duration);
      return {
        inserted: s.inserted,
        checked: s.checked,
        shown: s.shown.length,
        hiddenAtEnd: s.hiddenAtEnd,
        lateMeasureMax: late.length ? Math.max(...late) : 0,
      };
    });
    await page.close();
    return r;
  });
}
