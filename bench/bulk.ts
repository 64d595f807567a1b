// The bulk part of `npm run bench` (issue 19): the corpus pages in one `--jsonl` run of the built
// CLI against one run per page (a shell loop's way), in the same bench run; and the start-up of a
// single-page run against `node -e 0`. Every process is spawned as a user would run it:
// `node bin/newslens.js analyze …` (dist/cli/, built by the bench unless --no-build).
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { ROOT } from '../tests/e2e/support/paths';
import { CORPUS_DIR, readCorpusManifest } from '../tests/fixtures/shared-data';
import { median, sum } from './stats';

/** Issue 19: one bulk run at least 10× faster than a run per page. */
export const BULK_RATIO_BUDGET = 10;
/** Issue 19: a single-page run at most 2× the time of `node -e 0`. */
export const STARTUP_RATIO_BUDGET = 2;
/** `node -e 0` runs timed for the start-up ratio's denominator (its median). */
const NODE_RUNS = 21;

export interface BulkResult {
  pages: number;
  /** Sum over the single-page runs. */
  singleMs: number;
  /** The bulk run: the mean of one before and one after the single-page runs. */
  bulkMs: number;
  /** The two bulk runs, before and after the single-page runs. */
  bulkRunsMs: [number, number];
  ratio: number;
  /** Median single-page run ÷ median `node -e 0`. */
  startupRatio: number;
  singleMedianMs: number;
  nodeMedianMs: number;
  /** Pages whose bulk line differs from what their single run printed (report or error). */
  mismatches: string[];
  failures: number;
}

interface Spawned {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawn(args: string[], input?: string): Spawned {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 1024 * 1024 * 1024,
  });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLI = 'bin/newslens.js';

export function runBulkBench(limit?: number): BulkResult {
  const files = readCorpusManifest()
    .slice(0, limit)
    .map((e) => `${CORPUS_DIR}${e.file}`);
  const bulk = (): Spawned =>
    spawn([CLI, 'analyze', '--from-file', '-', '--jsonl'], files.join('\n'));

  // The bulk run before and after the single-page runs: their mean evens out a change of load on
  // the machine during the minutes the single-page runs take.
  const before = bulk();
  const nodeTimes = Array.from({ length: NODE_RUNS }, () => spawn(['-e', '0']).ms);
  const singles = files.map((f) => spawn([CLI, 'analyze', f, '--json']));
  const after = bulk();

  const lines = after.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { source: string; report?: unknown; error?: string });
  const mismatches = files.filter((file, i) => {
    const line = lines[i];
    const single = singles[i] as Spawned;
    if (line?.source !== file) return true;
    return single.status === 0
      ? !isDeepStrictEqual(line.report, JSON.parse(single.stdout))
      : line.error !== single.stderr.trimEnd();
  });
  const singleMs = sum(singles.map((s) => s.ms));
  const bulkMs = (before.ms + after.ms) / 2;
  const singleMedianMs = median(singles.map((s) => s.ms));
  const nodeMedianMs = median(nodeTimes);
  return {
    pages: files.length,
    singleMs,
    bulkMs,
    bulkRunsMs: [before.ms, after.ms],
    ratio: singleMs / bulkMs,
    startupRatio: singleMedianMs / nodeMedianMs,
    singleMedianMs,
    nodeMedianMs,
    mismatches,
    failures: lines.filter((l) => l.error !== undefined).length,
  };
}
