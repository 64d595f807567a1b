// `npm run bench` (scripts/bench.mjs builds, bundles this file and calls run()).
// Prints tables, writes artifacts/bench.json and ends with one line:
// BENCH pages=N ratio_median=X ratio_p95=X scaling=X longtasks=N hide_frames=N cs_gzip_kb=X cli_ratio=X
// tag_ms_1k=X bg_gzip_kb=X bulk_ratio=X startup_ratio=X
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, ROOT } from '../tests/e2e/support/paths';
import { runBackgroundBench } from './background';
import { BULK_RATIO_BUDGET, runBulkBench, STARTUP_RATIO_BUDGET } from './bulk';
import { runCorpus, runHideFrames, runScaling } from './browser';
import { runModelsBench } from './models';
import { runCliBench, runRepeatsBench } from './node';
import { fmt, median, percentile, table } from './stats';

export interface RunOptions {
  /** Only the first N corpus pages (for quick checks; the BENCH line then says pages=N). */
  pages?: number;
  /** Loads per corpus page (the median load stands for the page). */
  loads?: number;
  /** Only these corpus pages (to look again at a few; the BENCH line then counts only them). */
  ids?: Set<string>;
  only?: Set<string>;
}

const log = (s = ''): void => void process.stdout.write(`${s}\n`);

function machine(): string {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '?';
  let chromium = '?';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // reported as '?'
  }
  return `nproc=${cpus().length}, CPU ${model}, ${chromium}, Node ${process.version}`;
}

export async function run(options: RunOptions = {}): Promise<void> {
  const want = (part: string): boolean => !options.only || options.only.has(part);
  const started = Date.now();
  const results: Record<string, unknown> = { machine: machine() };
  log(`machine: ${results.machine}`);
  const bench: Record<string, string | number> = {
    pages: 0,
    ratio_median: Number.NaN,
    ratio_p95: Number.NaN,
    scaling: Number.NaN,
    longtasks: Number.NaN,
    hide_frames: Number.NaN,
    cs_gzip_kb: Number.NaN,
    cli_ratio: Number.NaN,
    tag_ms_1k: Number.NaN,
    bg_gzip_kb: Number.NaN,
    bulk_ratio: Number.NaN,
    startup_ratio: Number.NaN,
  };

  if (want('size')) {
    const kb = gzipSync(readFileSync(`${ROOT}dist/chrome/src/content/index.js`)).length / 1024;
    bench.cs_gzip_kb = fmt(kb, 1);
    log(`\ncontent script (dist/chrome/src/content/index.js), gzipped: ${fmt(kb, 1)} KB`);
  }

  if (want('corpus')) {
    log(
      `\n== corpus pages in Chromium (ms on the page main thread; the median of ${options.loads ?? 5} loads) ==`,
    );
    const pages = await runCorpus(options.pages, options.loads, options.ids);
    results.corpus = pages;
    const articles = pages.filter((p) => p.newslens > 0);
    const sorted = [...pages].sort((a, b) => b.ratio - a.ratio);
    log(
      table(
        [
          'page',
          'readability',
          'newslens',
          'ratio',
          'gate',
          'serialize',
          'send',
          'locate',
          'repeats',
          'observe',
          'longtasks(ext)',
        ],
        sorted.map((p) => [
          p.id,
          fmt(p.readability),
          fmt(p.newslens),
          fmt(p.ratio),
          fmt(p.measures.gate ?? 0),
          fmt(p.measures.serialize ?? 0),
          fmt(p.measures.send ?? 0),
          fmt(p.measures.locate ?? 0),
          fmt(p.measures.repeats ?? 0),
          fmt(p.measures.observe ?? 0),
          p.extensionLongTasks.map((d, i) => `${fmt(d, 0)}(${p.longTaskSteps[i] ?? ''})`).join(' '),
        ]),
      ),
    );
    const ratios = pages.map((p) => p.ratio);
    const longtasks = pages.reduce((n, p) => n + p.extensionLongTasks.length, 0);
    log(
      `\n${pages.length} pages (${pages.filter((p) => p.article).length} judged articles), ` +
        `${pages.reduce((n, p) => n + p.longTasks, 0)} long tasks in all, ${longtasks} overlapping Newslens work`,
    );
    log(
      table(
        ['', 'median', 'p95', 'max'],
        [
          [
            'readability ms',
            ...[50, 95, 100].map((q) =>
              fmt(
                percentile(
                  pages.map((p) => p.readability),
                  q,
                ),
              ),
            ),
          ],
          [
            'newslens ms',
            ...[50, 95, 100].map((q) =>
              fmt(
                percentile(
                  pages.map((p) => p.newslens),
                  q,
                ),
              ),
            ),
          ],
          ['ratio', ...[50, 95, 100].map((q) => fmt(percentile(ratios, q)))],
          ...['gate', 'serialize', 'send', 'locate', 'repeats', 'observe'].map((k) => [
            `  ${k} ms`,
            ...[50, 95, 100].map((q) =>
              fmt(
                percentile(
                  articles.map((p) => p.measures[k] ?? 0),
                  q,
                ),
              ),
            ),
          ]),
        ],
      ),
    );
    const located = pages.flatMap((p) => (p.located ? [p.located] : []));
    const sum = (k: keyof (typeof located)[number]): number =>
      located.reduce((n, l) => n + l[k], 0);
    log(
      `paragraphs the background extracted, found in the page: ${sum('direct')} by locator, ` +
        `${sum('byText')} by text, ${sum('lost')} not found (${located.length} pages; ` +
        `${located.filter((l) => l.lost > 0).length} with any not found)`,
    );
    results.located = { direct: sum('direct'), byText: sum('byText'), lost: sum('lost') };
    bench.pages = pages.length;
    bench.ratio_median = fmt(median(ratios));
    bench.ratio_p95 = fmt(percentile(ratios, 95));
    bench.longtasks = longtasks;
  }

  if (want('scaling')) {
    log('\n== scaling: synthetic articles from the sample text, in Chromium ==');
    const scaling = await runScaling();
    results.scaling = scaling;
    log(
      table(
        [
          'paragraphs',
          'loads',
          'newslens ms',
          'ms/paragraph',
          'readability ms',
          'readability ms/paragraph',
          'hidden',
        ],
        scaling.map((s) => [
          s.size,
          s.runs.length,
          fmt(median(s.runs.map((r) => r.newslens))),
          fmt(s.perParagraph, 4),
          fmt(median(s.runs.map((r) => r.readability))),
          fmt(s.readabilityPerParagraph, 4),
          '',
        ]),
      ),
    );
    const [small, large] = scaling;
    if (small && large) bench.scaling = fmt(large.perParagraph / small.perParagraph);
  }

  if (want('hide')) {
    log('\n== 100 repeated paragraphs inserted after load by a page script ==');
    const hide = await runHideFrames();
    results.hide = hide;
    log(
      `inserted ${hide.inserted}, checked before paint ${hide.checked}, painted visible ${hide.shown}, ` +
        `hidden at the end ${hide.hiddenAtEnd}, longest late-paragraphs measure ${fmt(hide.lateMeasureMax)} ms`,
    );
    bench.hide_frames = hide.shown + (hide.inserted - hide.checked);
  }

  if (want('cli')) {
    log('\n== CLI pipeline vs linkedom + Readability (Node, one warm process) ==');
    const cli = await runCliBench(options.pages);
    results.cli = cli;
    log(
      table(
        [
          'pages',
          'cli ms (sum)',
          'linkedom+readability ms (sum)',
          'ratio',
          'per-page ratio median',
          'cli exit≠0',
        ],
        [
          [
            cli.pages,
            fmt(cli.cliMs, 0),
            fmt(cli.baselineMs, 0),
            fmt(cli.ratio),
            fmt(cli.perPageRatioMedian),
            cli.failures,
          ],
        ],
      ),
    );
    bench.cli_ratio = fmt(cli.ratio);
  }

  if (want('repeats')) {
    log('\n== repeat detection (src/core/repeats, Node) ==');
    const rows = runRepeatsBench();
    results.repeats = rows;
    log(
      table(
        ['paragraphs', 'ms', 'µs/paragraph', 'operations/paragraph', 'repeats found', 'planted'],
        rows.map((r) => [
          r.paragraphs,
          fmt(r.ms),
          fmt(r.usPerParagraph, 1),
          fmt(r.operationsPerParagraph, 1),
          r.found,
          r.planted,
        ]),
      ),
    );
  }

  if (want('background')) {
    log(
      "\n== the background's worst case: the slowest shapes within its bounds, and refusals (Node) ==",
    );
    const rows = runBackgroundBench();
    results.background = rows;
    log(
      table(
        ['shape', 'characters', 'ms', 'outcome'],
        rows.map((r) => [r.shape, r.chars.toLocaleString('en'), fmt(r.ms, 0), r.outcome]),
      ),
    );
    const read = rows.filter((r) => r.outcome === 'read');
    log(`longest single request read: ${fmt(Math.max(...read.map((r) => r.ms)), 0)} ms`);
  }

  if (want('models')) {
    log(
      '\n== models: what the background loads, and the name tagger on 1,000-word articles (Node) ==',
    );
    const m = runModelsBench();
    results.models = m;
    log(
      table(
        [
          'background + weights gz KB',
          'weights gz KB',
          'decode ms',
          'articles',
          'tag ms median',
          'tag ms p95',
        ],
        [
          [
            fmt(m.backgroundGzipKb, 0),
            fmt(m.weightsGzipKb, 0),
            fmt(m.decodeMs, 0),
            m.articles,
            fmt(m.tagMsPer1000Words),
            fmt(m.tagMsPer1000WordsP95),
          ],
        ],
      ),
    );
    bench.tag_ms_1k = fmt(m.tagMsPer1000Words);
    bench.bg_gzip_kb = fmt(m.backgroundGzipKb, 0);
  }

  if (want('bulk')) {
    log('\n== bulk: the corpus in one --jsonl run of the built CLI vs a run per page (Node) ==');
    const b = runBulkBench(options.pages);
    results.bulk = b;
    log(
      table(
        [
          'pages',
          'single runs s (sum)',
          'bulk run s',
          'ratio',
          'single run ms (median)',
          'node -e 0 ms (median)',
          'start-up ratio',
          'bulk ≠ single',
          'failed',
        ],
        [
          [
            b.pages,
            fmt(b.singleMs / 1000, 1),
            fmt(b.bulkMs / 1000, 1),
            fmt(b.ratio, 1),
            fmt(b.singleMedianMs, 0),
            fmt(b.nodeMedianMs, 0),
            fmt(b.startupRatio),
            b.mismatches.length,
            b.failures,
          ],
        ],
      ),
    );
    const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');
    log(
      `budgets: bulk ≥ ${BULK_RATIO_BUDGET}× faster: ${verdict(b.ratio >= BULK_RATIO_BUDGET)}; ` +
        `single-page run ≤ ${STARTUP_RATIO_BUDGET}× node -e 0: ${verdict(b.startupRatio <= STARTUP_RATIO_BUDGET)}` +
        (b.mismatches.length
          ? `; bulk differs from single runs on ${b.mismatches.join(', ')}`
          : ''),
    );
    bench.bulk_ratio = fmt(b.ratio, 1);
    bench.startup_ratio = fmt(b.startupRatio);
  }

  mkdirSync(`${ROOT}artifacts`, { recursive: true });
  writeFileSync(`${ROOT}artifacts/bench.json`, JSON.stringify({ bench, ...results }, null, 2));
  log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; details in artifacts/bench.json)`);
  log(
    `BENCH pages=${bench.pages} ratio_median=${bench.ratio_median} ratio_p95=${bench.ratio_p95} ` +
      `scaling=${bench.scaling} longtasks=${bench.longtasks} hide_frames=${bench.hide_frames} ` +
      `cs_gzip_kb=${bench.cs_gzip_kb} cli_ratio=${bench.cli_ratio} tag_ms_1k=${bench.tag_ms_1k} ` +
      `bg_gzip_kb=${bench.bg_gzip_kb} bulk_ratio=${bench.bulk_ratio} startup_ratio=${bench.startup_ratio}`,
  );
}
