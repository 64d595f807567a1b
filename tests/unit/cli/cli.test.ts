// The CLI: the report contract on the sample and the corpus, and one clear line with exit 2
// for every kind of bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { readSource } from '../../../src/cli/read-source';
import { InputError } from '../../../src/cli/input-error';
import { CORPUS_DIR, SAMPLE_PATH, readCorpusManifest } from '../../fixtures/shared-data';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([stdin]),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** One line on stderr, no stack trace, exit 2. */
function expectBadInput(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^newslens: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('report JSON', () => {
  it('follows the contract on the sample article', async () => {
    const r = await run(['analyze', SAMPLE_PATH, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['article', 'paragraphs', 'figures', 'entities']);
    expect(Object.keys(report.article)).toEqual(['title', 'byline', 'siteName', 'lang']);
    report.paragraphs.forEach(
      (p: { index: number; duplicateOf: number | null; text: string }, i: number) => {
        expect(p.index).toBe(i);
        expect(typeof p.text).toBe('string');
        if (p.duplicateOf !== null) expect(p.duplicateOf).toBeLessThan(i);
      },
    );
    const repeats = report.paragraphs.filter(
      (p: { duplicateOf: number | null }) => p.duplicateOf !== null,
    );
    expect(repeats).toHaveLength(6);
    for (const f of report.figures) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          'paragraph',
          'sentence',
          'text',
          'value',
          'attributed',
          'source',
          'cue',
        ]),
      );
    }
    for (const e of report.entities) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining(['name', 'aliases', 'kind', 'mentions', 'summary', 'url']),
      );
    }
  });

  it('prints a readable report without --json', async () => {
    const r = await run(['analyze', SAMPLE_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Repeated text: 6 paragraphs hidden/);
    expect(r.stdout).toMatch(/Figures: 3 figures · 2 with a source · 1 without/);
    expect(r.stdout).toMatch(/"30 soldiers".*NO SOURCE GIVEN/);
  });

  it('reads standard input with "-"', async () => {
    const r = await run(
      ['analyze', '-', '--json'],
      'First line of an article that is long enough.\nSecond line.',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).paragraphs).toHaveLength(2);
  });

  it('gives a report (exit 0) or a clear "no article" (exit 2) for every corpus page, never an internal error', async () => {
    const outcomes: string[] = [];
    for (const entry of readCorpusManifest()) {
      const r = await run(['analyze', `${CORPUS_DIR}${entry.file}`, '--json']);
      if (r.code === 0) {
        const report = JSON.parse(r.stdout);
        if (report.paragraphs.length === 0) outcomes.push(`${entry.id}: empty report`);
      } else if (r.code !== 2 || !/no article found/.test(r.stderr)) {
        outcomes.push(`${entry.id}: exit ${r.code} ${r.stderr.trim()}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});

describe('bad input', () => {
  it.each([
    ['a missing file', () => ['analyze', join(dir, 'nope.html')], /no such file/],
    ['a directory', () => ['analyze', dir], /is a directory/],
    ['an empty file', () => ['analyze', file('empty.html', '')], /is empty/],
    [
      'binary data',
      () => ['analyze', file('junk.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      /binary/,
    ],
    [
      'invalid UTF-8',
      () => ['analyze', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]))],
      /not valid UTF-8/,
    ],
    [
      'a page with no article',
      () => [
        'analyze',
        file('front.html', '<html><body><nav><a href="/">Home</a></nav><p>Hi.</p></body></html>'),
      ],
      /no article found/,
    ],
    ['no command', () => [], /no command/],
    ['an unknown command', () => ['summarise', 'x.html'], /unknown command/],
    ['an unknown option', () => ['analyze', SAMPLE_PATH, '--xml'], /unknown option/],
    ['two files', () => ['analyze', SAMPLE_PATH, SAMPLE_PATH], /exactly one/],
  ])('%s', async (_, argv, pattern) => {
    expectBadInput(await run(argv()), pattern);
  });

  it('an unreadable file', async () => {
    const path = file('secret.html', '<p>x</p>');
    chmodSync(path, 0o000);
    const r = await run(['analyze', path]);
    // root can read anything; the message is checked where permissions apply.
    if (process.getuid?.() === 0) expect([0, 2]).toContain(r.code);
    else expectBadInput(r, /permission denied/);
  });

  it('a page over the size limit, without reading it into memory', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    expectBadInput(await run(['analyze', big]), /50\.0 MB; pages over 15 MB are refused/);
  });
});

describe('URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/missing') res.writeHead(404).end('gone');
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (req.url === '/pdf')
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 5_000);
      else
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('A line of text that is long enough to read.\nAnother line.');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page', async () => {
    const r = await run(['analyze', `${base}/ok`, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).paragraphs).toHaveLength(2);
  });
  it('a 404', async () => expectBadInput(await run(['analyze', `${base}/missing`]), /HTTP 404/));
  it('a redirect loop', async () =>
    expectBadInput(await run(['analyze', `${base}/loop`]), /redirected more than 5 times/));
  it('a PDF', async () =>
    expectBadInput(await run(['analyze', `${base}/pdf`]), /application\/pdf, not an HTML page/));
  it('a server that does not answer in time', async () => {
    await expect(
      readSource(`${base}/slow`, { stdin: Readable.from([]), timeoutMs: 300 }),
    ).rejects.toThrow(new InputError(`${base}/slow did not answer within 0.3 s`));
  });
  it('nothing listening', async () =>
    expectBadInput(await run(['analyze', 'http://127.0.0.1:9/']), /could not fetch/));
});

describe('bin/newslens.js (the built CLI)', () => {
  it('runs the built CLI with the same exit codes', () => {
    const ok = spawnSync(process.execPath, ['bin/newslens.js', 'analyze', SAMPLE_PATH, '--json'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).paragraphs.length).toBeGreaterThan(10);
    const bad = spawnSync(process.execPath, ['bin/newslens.js', 'analyze', 'missing.html'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('newslens: no such file: missing.html\n');
  });
});
