// Bulk runs (issue 19) from the source: pages analysed on the main thread (the worker threads of
// the built CLI are tested in bulk-e2e.test.ts), outputs in input order, a bad page never stopping
// the run, lists from a file or standard input, directories searched, CSV, summary, the bar.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { PageOutcome, PageTask } from '../../../src/cli/bulk/analyse-page';
import { runBulk, WINDOW } from '../../../src/cli/bulk/bulk-run';
import type { PageFacts } from '../../../src/cli/bulk/page-facts';
import type { PagePool } from '../../../src/cli/bulk/page-pool';
import { readArgs, type BulkArgs } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/main';
import type { Report } from '../../../src/core/report';
import { CORPUS_DIR, SAMPLE_PATH, readCorpusManifest } from '../../fixtures/shared-data';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function io(stdin: string, tty = false) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s), isTTY: tty, columns: 60 },
      stdin: Readable.from([stdin]),
    },
  };
}

async function run(argv: string[], stdin = '', tty = false): Promise<Run> {
  const { out, io: streams } = io(stdin, tty);
  const code = await runCli(argv, streams);
  return { code, ...out };
}

/** A bulk run with a pool of the test's own. */
async function runWith(pool: PagePool, argv: string[]): Promise<Run> {
  const { out, io: streams } = io('');
  const code = await runBulk(readArgs(['analyze', ...argv]) as BulkArgs, streams, { pool });
  return { code, ...out };
}

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { source: string; report?: Report; error?: string });
const lastLine = (stderr: string) => stderr.trimEnd().split('\n').at(-1);

const dir = mkdtempSync(join(tmpdir(), 'newslens-bulk-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const firstCorpusPage = `${CORPUS_DIR}${readCorpusManifest()[0]?.file}`;
const good = file('good.txt', readFileSync(SAMPLE_PATH));
const html = file('page.html', readFileSync(firstCorpusPage));
const missing = join(dir, 'missing.html');
const binary = file('binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
/** Figures of record (market, penalty) beside one that needs a source and names none. */
const mixed = file(
  'mixed.txt',
  [
    'Markets close higher',
    'The FTSE 100 index rose 1.2% to 7,512 points on Tuesday, its best day in a month.',
    'The attack killed 30 soldiers near the border town of Boni, in the north of the country.',
    'The company employs 4,000 people, according to its annual report published on Monday.',
    'The maximum sentence for the offence is 10 years in prison under the 2019 statute.',
  ].join('\n'),
);
const noArticle = file(
  'front.html',
  '<html><body><nav><a href="/">Home</a></nav><p>Hi.</p></body></html>',
);

const facts = (n: number): PageFacts => ({
  title: `page ${n}`,
  site: null,
  paragraphs: n,
  repeats: 0,
  figures: 0,
  needingSource: 0,
  unsourced: 0,
  groups: 0,
  groupsWithBackground: 0,
  named: [],
});

describe('bulk runs: outputs', () => {
  it('one JSON line per page in input order, each report the one a single run prints', async () => {
    const r = await run(['analyze', html, good, '--jsonl']);
    expect(r.code).toBe(0);
    const [first, second] = lines(r.stdout);
    expect(first?.source).toBe(html);
    expect(second?.source).toBe(good);
    for (const [path, line] of [
      [html, first],
      [good, second],
    ] as const) {
      const single = await run(['analyze', path, '--json']);
      expect(line?.report).toEqual(JSON.parse(single.stdout));
    }
    expect(r.stderr).toBe('newslens: 2 pages: 2 analysed, 0 failed\n');
  });

  it('errors mid-run: every page gets its line, the error the one a single run prints; exit 2', async () => {
    const paths = [good, missing, binary, html, noArticle, good];
    const r = await run(['analyze', ...paths, '--jsonl']);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((l) => l.source)).toEqual(paths);
    expect(out.map((l) => (l.report ? 'report' : 'error'))).toEqual([
      'report',
      'error',
      'error',
      'report',
      'error',
      'report',
    ]);
    for (const [i, path] of [missing, binary, noArticle].entries()) {
      const single = await run(['analyze', path]);
      expect(single.code).toBe(2);
      expect(out[[1, 2, 4][i] as number]?.error).toBe(single.stderr.trimEnd());
    }
    expect(lastLine(r.stderr)).toBe('newslens: 6 pages: 3 analysed, 3 failed');
  });

  it("an internal error on one page (the pool fails it) is that page's error; the run goes on", async () => {
    const pool: PagePool = {
      analyse: async (task) => {
        if (task.id === 1) throw new Error('boom');
        return { id: task.id, ok: true, report: `{"n":${task.id}}`, facts: facts(task.id) };
      },
      close: async () => {},
    };
    const r = await runWith(pool, ['a', 'b', 'c', '--jsonl']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      '{"source":"a","report":{"n":0}}\n' +
        '{"source":"b","error":"newslens: internal error: boom"}\n' +
        '{"source":"c","report":{"n":2}}\n',
    );
    expect(r.stderr).toBe('newslens: 3 pages: 2 analysed, 1 failed\n');
  });

  it('outputs stay in input order when pages finish in another order', async () => {
    const finished: number[] = [];
    const pool: PagePool = {
      analyse: (task: PageTask) =>
        new Promise<PageOutcome>((resolve) =>
          // The last page finishes first, the first last.
          setTimeout(
            () => {
              finished.push(task.id);
              resolve({ id: task.id, ok: true, report: `{"n":${task.id}}`, facts: facts(task.id) });
            },
            5 * (8 - task.id),
          ),
        ),
      close: async () => {},
    };
    const csv = join(dir, 'order.csv');
    const names = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const r = await runWith(pool, [...names, '--jsonl', '--csv', csv]);
    expect(finished).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(lines(r.stdout).map((l) => l.source)).toEqual(names);
    expect(
      readFileSync(csv, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((row) => row.split(',')[0]),
    ).toEqual(names.map((n) => `"${n}"`));
  });

  it(`starts at most ${WINDOW} pages past one that is still being read (memory stays bounded)`, async () => {
    let started = 0;
    let releaseFirst: () => void = () => {};
    const pool: PagePool = {
      analyse: (task) => {
        started += 1;
        const outcome: PageOutcome = { id: task.id, ok: true, report: '{}', facts: facts(0) };
        if (task.id !== 0) return Promise.resolve(outcome);
        return new Promise((resolve) => (releaseFirst = () => resolve(outcome)));
      },
      close: async () => {},
    };
    const names = Array.from({ length: WINDOW + 100 }, (_, i) => `p${i}`);
    const running = runWith(pool, [...names, '--jsonl']);
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(started).toBe(WINDOW);
    releaseFirst();
    const r = await running;
    expect(started).toBe(names.length);
    expect(lines(r.stdout)).toHaveLength(names.length);
  });
});

describe('bulk runs: inputs', () => {
  it('--from-file -: the list from standard input (CRLF, blank lines and spaces ignored)', async () => {
    const r = await run(
      ['analyze', '--from-file', '-', '--jsonl'],
      `${good}\r\n\r\n   ${missing}  \n`,
    );
    expect(lines(r.stdout).map((l) => [l.source, l.report ? 'report' : l.error])).toEqual([
      [good, 'report'],
      [missing, `newslens: no such file: ${missing}`],
    ]);
    expect(r.code).toBe(2);
  });

  it('--from-file LIST after the targets given on the command line', async () => {
    const list = file('list.txt', `${missing}\n${good}\n`);
    const r = await run(['analyze', html, '--from-file', list, '--jsonl']);
    expect(lines(r.stdout).map((l) => l.source)).toEqual([html, missing, good]);
  });

  it('a list that is missing or empty stops the run before it starts (exit 2, one line)', async () => {
    const nope = await run(['analyze', '--from-file', join(dir, 'nope.txt'), '--jsonl']);
    expect([nope.code, nope.stdout, nope.stderr]).toEqual([
      2,
      '',
      `newslens: no such list: ${join(dir, 'nope.txt')}\n`,
    ]);
    const empty = await run(['analyze', '--from-file', '-', '--jsonl'], '\n\n');
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([
      2,
      '',
      'newslens: the list - is empty\n',
    ]);
  });

  it('"-" is one page read from standard input, among others', async () => {
    const r = await run(['analyze', good, '-', '--jsonl'], readFileSync(SAMPLE_PATH, 'utf8'));
    const [fromFile, fromStdin] = lines(r.stdout);
    expect(fromStdin?.source).toBe('-');
    expect(fromStdin?.report).toEqual(fromFile?.report);
  });

  it('directories: their pages, recursively, in name order; other files left out', async () => {
    const root = join(dir, 'site');
    file('site/b.html', readFileSync(firstCorpusPage));
    file('site/a/z.txt', readFileSync(SAMPLE_PATH));
    file('site/a/notes.md', 'not a page');
    file('site/c.HTM', '<p>no article</p>');
    mkdirSync(join(root, 'empty'));
    const r = await run(['analyze', root, join(root, 'empty'), '--jsonl']);
    expect(lines(r.stdout).map((l) => l.source)).toEqual([
      join(root, 'a/z.txt'),
      join(root, 'b.html'),
      join(root, 'c.HTM'),
      join(root, 'empty'),
    ]);
    expect(lines(r.stdout).at(-1)?.error).toBe(
      `newslens: ${join(root, 'empty')} holds no .html, .htm or .txt file`,
    );
  });

  it('URLs: fetched at most two at a time per host, each with its report or its error', async () => {
    let active = 0;
    let most = 0;
    const article = readFileSync(SAMPLE_PATH, 'utf8');
    const server = createServer((req, res) => {
      active += 1;
      most = Math.max(most, active);
      setTimeout(() => {
        active -= 1;
        if (req.url === '/missing') res.writeHead(404).end('gone');
        else res.writeHead(200, { 'content-type': 'text/plain' }).end(article);
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const urls = ['/a', '/b', '/missing', '/c', '/d', '/e'].map((p) => base + p);
      const r = await run(['analyze', ...urls, '--jsonl']);
      const out = lines(r.stdout);
      expect(out.map((l) => l.source)).toEqual(urls);
      expect(out[2]?.error).toBe((await run(['analyze', `${base}/missing`])).stderr.trimEnd());
      expect(out.filter((l) => l.report)).toHaveLength(5);
      expect(most).toBe(2);
      expect(r.code).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('one directory without a bulk output says how to analyse it', async () => {
    const r = await run(['analyze', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `newslens: ${dir} is a directory; to analyse the pages in it, add --jsonl, --csv FILE or --summary\n`,
    );
  });
});

describe('bulk runs: CSV, summary, progress', () => {
  it('--csv: a header and one row per page with the counts of its report', async () => {
    const title = "=cmd|' /C calc'!A0";
    const formula = file('formula.txt', `${title}\n${readFileSync(SAMPLE_PATH, 'utf8')}`);
    const csv = join(dir, 'out.csv');
    const r = await run(['analyze', good, missing, formula, mixed, '--csv', csv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const rows = readFileSync(csv, 'utf8').split('\n');
    expect(rows[0]).toBe(
      '"source","title","site","paragraphs","hidden_repeats","figures",' +
        '"figures_needing_source_without_one","groups","groups_with_background","error"',
    );
    const report = JSON.parse((await run(['analyze', good, '--json'])).stdout) as Report;
    const withBackground = report.entities.filter((e) => e.summary !== null).length;
    const unsourced = report.figures.filter((f) => f.needsSource && !f.attributed).length;
    expect(rows[1]).toBe(
      `"${good}",,,${report.paragraphs.length},6,3,${unsourced},${report.entities.length},${withBackground},`,
    );
    expect(rows[2]).toBe(`"${missing}",,,,,,,,,"newslens: no such file: ${missing}"`);
    // A title a spreadsheet would run as a formula is kept as text.
    expect(rows[3]?.startsWith(`"${formula}","'=cmd|' /C calc'!A0",,`)).toBe(true);
    // Figures of record need no source: only `needsSource && !attributed` is counted (1, not 4).
    const mixedReport = JSON.parse((await run(['analyze', mixed, '--json'])).stdout) as Report;
    expect(mixedReport.figures.filter((f) => !f.attributed)).toHaveLength(4);
    expect(rows[4]).toMatch(new RegExp(`^"${mixed}","Markets close higher",,4,0,5,1,`));
    expect(rows).toHaveLength(6); // and the last newline
  });

  it('a CSV file that cannot be written stops the run before it starts', async () => {
    const r = await run(['analyze', good, '--csv', join(dir, 'no/such/dir/out.csv')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^newslens: cannot write .*out\.csv \(ENOENT\)\n$/);
  });

  it('an output that fails while written (a full disk) ends the run: one line, exit 1', async () => {
    const r = await run(['analyze', good, missing, '--csv', '/dev/full']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^newslens: internal error: ENOSPC[^\n]*\n$/);
  });

  it('stdout failing mid-run ends the run with that error, not an unhandled rejection', async () => {
    let written = 0;
    const pool: PagePool = {
      analyse: async (task) => ({ id: task.id, ok: true, report: '{}', facts: facts(0) }),
      close: async () => {},
    };
    const args = readArgs(['analyze', 'a', 'b', 'c', '--jsonl']) as BulkArgs;
    const failing = {
      stdout: {
        write: () => {
          if (++written === 2) throw new Error('EIO: the terminal went away');
          return true;
        },
      },
      stderr: { write: () => true },
      stdin: Readable.from(['']),
    };
    await expect(runBulk(args, failing, { pool })).rejects.toThrow('EIO: the terminal went away');
  });

  it('--summary: the table across pages, the groups named most often', async () => {
    const r = await run(['analyze', good, good, missing, '--summary']);
    const withRecord = await run(['analyze', mixed, '--summary']);
    expect(withRecord.stdout).toContain(
      'figures         5\nwith no source  50.0 % (1 of the 2 that need one)\n',
    );
    const report = JSON.parse((await run(['analyze', good, '--json'])).stdout) as Report;
    const needing = report.figures.filter((f) => f.needsSource).length;
    const unsourced = report.figures.filter((f) => f.needsSource && !f.attributed).length;
    const share = ((100 * unsourced) / needing).toFixed(1);
    expect(r.stdout).toMatch(/^pages {11}3\n/);
    expect(r.stdout).toContain('articles found  2 (1 failed)\n');
    expect(r.stdout).toContain('repeats hidden  12\n');
    expect(r.stdout).toContain(`figures         ${2 * report.figures.length}\n`);
    expect(r.stdout).toContain(
      `with no source  ${share} % (${2 * unsourced} of the ${2 * needing} that need one)\n`,
    );
    // Every group of the sample named on both pages, twice its mentions, most first.
    const top = [...report.entities]
      .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1))
      .slice(0, 10);
    const width = Math.max(...top.map((e) => e.name.length));
    expect(r.stdout).toContain(
      '\ngroups named most often\n' +
        top
          .map((e, i) => {
            const rank = String(i + 1).padStart(String(top.length).length);
            return `  ${rank}. ${e.name.padEnd(width)}  ${2 * e.mentions} mentions on 2 pages\n`;
          })
          .join(''),
    );
    expect(r.stderr).toBe('newslens: 3 pages: 2 analysed, 1 failed\n');
  });

  it('--summary with --jsonl goes to stderr, so that stdout stays JSON lines', async () => {
    const r = await run(['analyze', good, '--summary', '--jsonl']);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/^pages {11}1\n[^]*\nnewslens: 1 page: 1 analysed, 0 failed\n$/);
  });

  it('a progress bar on stderr only when it is a terminal, erased before the last line', async () => {
    const quiet = await run(['analyze', good, missing, '--jsonl']);
    expect(quiet.stderr).toBe('newslens: 2 pages: 1 analysed, 1 failed\n');
    const tty = await run(['analyze', good, missing, '--jsonl'], '', true);
    expect(tty.stdout).toBe(quiet.stdout);
    const draws = tty.stderr.split('\r\u001b[K');
    expect(draws.length).toBeGreaterThan(2);
    expect(draws).toContainEqual(
      expect.stringMatching(/^\[#{20}\] 2\/2 pages · [\d.]+ pages\/s · 1 failed$/),
    );
    for (const d of draws.slice(0, -1)) expect(d.length).toBeLessThan(60);
    expect(draws.at(-1)).toBe('newslens: 2 pages: 1 analysed, 1 failed\n');
  });
});
