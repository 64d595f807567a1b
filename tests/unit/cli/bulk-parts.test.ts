// The parts of a bulk run: the worker pool (with a stub worker), the per-host fetch limit, the
// progress bar's line.
import { describe, expect, it } from 'vitest';
import type { PageOutcome } from '../../../src/cli/bulk/analyse-page';
import { HostLimiter } from '../../../src/cli/bulk/host-limiter';
import { WorkerPool } from '../../../src/cli/bulk/page-pool';
import { ProgressBar } from '../../../src/cli/bulk/progress-bar';

const STUB = new URL('../../fixtures/bulk/stub-worker.mjs', import.meta.url);

const threadOf = (o: PageOutcome): number =>
  o.ok ? (JSON.parse(o.report) as { thread: number }).thread : -1;

describe('worker pool', () => {
  it('spreads pages over at most N workers and answers each page', async () => {
    const pool = new WorkerPool(2, () => {}, STUB);
    try {
      const outcomes = await Promise.all(
        ['a', 'b', 'c', 'd', 'e'].map((path, id) => pool.analyse({ id, path })),
      );
      expect(outcomes.map((o) => [o.id, o.ok])).toEqual([0, 1, 2, 3, 4].map((id) => [id, true]));
      expect(new Set(outcomes.map(threadOf)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('starts no more workers than there are pages', async () => {
    const pool = new WorkerPool(8, () => {}, STUB);
    try {
      const outcomes = await Promise.all(['a', 'b'].map((path, id) => pool.analyse({ id, path })));
      expect(new Set(outcomes.map(threadOf)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only the page it held, and is replaced', async () => {
    const pool = new WorkerPool(1, () => {}, STUB);
    try {
      const outcomes = await Promise.all(
        ['a', 'exit', 'b', 'throw', 'c'].map((path, id) => pool.analyse({ id, path })),
      );
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual([
        'ok',
        'newslens: internal error: the worker analysing this page stopped (it stopped, exit code 7)',
        'ok',
        'newslens: internal error: the worker analysing this page stopped (thrown in the worker, exit code 1)',
        'ok',
      ]);
      // Three workers in turn: the first and the second died.
      expect(new Set(outcomes.filter((o) => o.ok).map(threadOf)).size).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it("passes a worker's warnings on", async () => {
    const warnings: string[] = [];
    const pool = new WorkerPool(1, (line) => warnings.push(line), STUB);
    try {
      await pool.analyse({ id: 0, path: 'warn' });
      expect(warnings).toEqual(['careful\n']);
    } finally {
      await pool.close();
    }
  });
});

describe('per-host limit', () => {
  it('one host at its limit waits while other hosts go ahead, within the limit in all', async () => {
    const limiter = new HostLimiter(1, 2);
    const started: string[] = [];
    const release = new Map<string, () => void>();
    const fetch = (url: string) =>
      limiter.run(url, () => {
        started.push(url);
        return new Promise<string>((resolve) => release.set(url, () => resolve(url)));
      });
    const tick = () => new Promise((r) => setImmediate(r));
    const urls = [
      'https://a.example/1',
      'https://A.example/2',
      'https://b.example/',
      'https://c.example/',
    ];
    const all = Promise.all(urls.map(fetch));
    await tick();
    // a.example/2 waits for its host (compared in the lower case), c.example for the total.
    expect(started).toEqual(['https://a.example/1', 'https://b.example/']);
    release.get('https://b.example/')?.();
    await tick();
    // The place goes to c.example: a.example/2 still waits for its host.
    expect(started).toEqual(['https://a.example/1', 'https://b.example/', 'https://c.example/']);
    release.get('https://a.example/1')?.();
    await tick();
    expect(started.at(-1)).toBe('https://A.example/2');
    release.get('https://A.example/2')?.();
    release.get('https://c.example/')?.();
    expect(await all).toEqual(urls);
  });

  it('a failed fetch gives its place back', async () => {
    const limiter = new HostLimiter(1, 1);
    await expect(
      limiter.run('https://a.example/', () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    expect(await limiter.run('https://a.example/', async () => 'next')).toBe('next');
  });
});

describe('progress bar', () => {
  it('done/total, pages per second and failures, never wider than the terminal', () => {
    let now = 0;
    let written = '';
    const stream = { write: (s: string) => (written += s), columns: 80 };
    const bar = new ProgressBar(stream, 157, () => now);
    now = 2000;
    bar.update(42, 1);
    expect(bar.line()).toBe('[#####---------------] 42/157 pages · 21.0 pages/s · 1 failed');
    expect(written).toBe(`\r\u001b[K${bar.line()}`);
    // Within 100 ms of the last draw: not drawn again.
    now = 2050;
    bar.update(43, 1);
    expect(written.split('\r').length).toBe(2);
    stream.columns = 30;
    expect(bar.line()).toHaveLength(29);
  });
});
