// The built CLI (bin/newslens.js → dist/cli/, `npm run build:cli`) over many pages, on its worker
// threads: a directory with broken pages in it, and every bulk report equal to the report a
// single run prints for that page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, SAMPLE_PATH, readCorpusManifest } from '../../fixtures/shared-data';

interface Line {
  source: string;
  report?: unknown;
  error?: string;
}

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/newslens.js', 'analyze', ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonLines = (stdout: string): Line[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

/** What a single run gives for `path`: its report, or its one error line. */
function single(path: string): { report: unknown } | { error: string } {
  const r = cli([path, '--json']);
  return r.code === 0 ? { report: JSON.parse(r.stdout) } : { error: r.stderr.trimEnd() };
}

describe('bulk runs of the built CLI', () => {
  it(
    'a directory with broken pages: every page its line, in order; exit 2; CSV and summary',
    { timeout: 120_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'newslens-bulk-built-'));
      const corpusPage = `${CORPUS_DIR}${readCorpusManifest()[0]?.file}`;
      const put = (name: string, content: string | Buffer) => {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), content);
      };
      put('a-good.html', readFileSync(corpusPage));
      put('b-broken.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
      put('nested/c-good.txt', readFileSync(SAMPLE_PATH));
      put('nested/d-no-article.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
      put('notes.md', 'not a page');
      const csv = join(dir, 'out.csv');

      const r = cli([dir, '--jsonl', '--csv', csv, '--summary', '--jobs', '2']);
      expect(r.code).toBe(2);
      const pages = [
        'a-good.html',
        'b-broken.html',
        'nested/c-good.txt',
        'nested/d-no-article.html',
      ];
      const lines = jsonLines(r.stdout);
      expect(lines.map((l) => l.source)).toEqual(pages.map((p) => join(dir, p)));
      for (const line of lines) {
        const { source, ...outcome } = line;
        expect(outcome).toEqual(single(source));
      }
      expect(lines.map((l) => (l.error ? 'error' : 'report'))).toEqual([
        'report',
        'error',
        'report',
        'error',
      ]);
      const rows = readFileSync(csv, 'utf8').trimEnd().split('\n');
      expect(rows).toHaveLength(5);
      expect(rows[2]).toMatch(/"newslens: .*b-broken\.html looks binary/);
      // --summary goes to stderr beside --jsonl; the counts come last.
      expect(r.stderr).toMatch(/^pages {11}4\narticles found {2}2 \(2 failed\)\n/);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('newslens: 4 pages: 2 analysed, 2 failed');
    },
  );

  it('every bulk report equals the single-run report of its page (a sample of the corpus)', () => {
    const manifest = readCorpusManifest();
    // Every 13th page: 12 pages of every kind of site and size across the manifest.
    const sample = manifest.filter((_, i) => i % 13 === 0).map((e) => `${CORPUS_DIR}${e.file}`);
    expect(sample.length).toBeGreaterThanOrEqual(12);
    const r = cli(['--from-file', '-', '--jsonl'], sample.join('\n'));
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source)).toEqual(sample);
    for (const line of lines) {
      const { source, ...outcome } = line;
      expect(outcome, source).toEqual(single(source));
    }
    expect(r.code).toBe(lines.some((l) => l.error) ? 2 : 0);
  }, 300_000);

  it(
    'stops quietly when the reader of stdout goes away (| head)',
    { timeout: 120_000 },
    async () => {
      const pages = readCorpusManifest()
        .slice(0, 20)
        .map((e) => `${CORPUS_DIR}${e.file}`);
      const child = spawn(process.execPath, ['bin/newslens.js', 'analyze', ...pages, '--jsonl']);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    },
  );
});
