// A bulk run: every page of the inputs analysed on worker threads, the outputs written in input
// order as pages finish (--jsonl to stdout, --csv to a file), --summary at the end, a progress
// bar on stderr when it is a terminal, and the counts as the last line on stderr. A bad page
// never stops the run: it gets its error line. Exit 0 when every page was analysed, 2 otherwise.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { BulkArgs } from '../args';
import { errorLine } from '../error-line';
import { InputError } from '../input-error';
import type { CliIo } from '../main';
import { readSource } from '../read-source';
import type { PageOutcome, PageTask } from './analyse-page';
import { csvHeader, csvRow } from './csv';
import { HostLimiter } from './host-limiter';
import { InOrder } from './in-order';
import { expandInputs, type BulkInput } from './inputs';
import { pagePool, type PagePool } from './page-pool';
import { ProgressBar } from './progress-bar';
import { readList } from './read-list';
import { Summary } from './summary';

/**
 * Pages started past the first one not yet written. What waits behind a slow page (a URL may
 * take 15 s) is held in memory: a page's JSON line is 14 KB on average over the corpus (222 KB
 * at most), so some 4 MB as a rule.
 */
export const WINDOW = 256;

export interface BulkDeps {
  /** Where pages are analysed (tests give their own). */
  pool?: PagePool;
}

function openCsv(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`cannot write ${path} (${code})`);
  }
}

function jsonLine(source: string, outcome: PageOutcome): string {
  const head = `{"source":${JSON.stringify(source)},`;
  return outcome.ok
    ? `${head}"report":${outcome.report}}\n`
    : `${head}"error":${JSON.stringify(outcome.error)}}\n`;
}

const plural = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

export async function runBulk(args: BulkArgs, io: CliIo, deps: BulkDeps = {}): Promise<number> {
  const listed = args.fromFile === null ? [] : await readList(args.fromFile, io.stdin);
  const inputs = expandInputs([...args.targets, ...listed]);
  if (inputs.length === 0) throw new InputError(`the list ${args.fromFile} is empty`);
  const csv = args.csv === null ? null : openCsv(args.csv);
  const bar = io.stderr.isTTY === true ? new ProgressBar(io.stderr, inputs.length) : null;
  // Both on one terminal: the bar is erased before a line of output and drawn again after.
  const sharedTerminal = bar !== null && io.stdout.isTTY === true;
  const warned = new Set<string>();
  const warn = (line: string): void => {
    if (warned.has(line)) return;
    warned.add(line);
    bar?.clear();
    io.stderr.write(line);
  };
  const pool = deps.pool ?? pagePool(Math.min(args.jobs, inputs.length), warn);
  const summary = args.summary ? new Summary() : null;
  const limiter = new HostLimiter();
  let finished = 0;
  let failed = 0;
  let windowOpen: (() => void) | null = null;
  // Settled when every page is out, or when writing an output fails (a full disk): that ends the
  // run as an internal error. Pages are not kept in a list of promises: a list may be millions.
  let allDone: () => void = () => {};
  let writeFailed: (err: unknown) => void = () => {};
  const everyPage = new Promise<void>((resolve, reject) => {
    allDone = resolve;
    writeFailed = reject;
  });

  const output = new InOrder<PageOutcome>((outcome, index) => {
    const source = (inputs[index] as BulkInput).source;
    if (args.jsonl) {
      if (sharedTerminal) bar?.clear();
      io.stdout.write(jsonLine(source, outcome));
    }
    if (csv !== null) writeSync(csv, csvRow(source, outcome));
    summary?.add(outcome.ok ? outcome.facts : null);
    windowOpen?.();
    if (index === inputs.length - 1) allDone();
  });

  async function outcomeOf(id: number, input: BulkInput): Promise<PageOutcome> {
    try {
      if (input.kind === 'error') throw new InputError(input.error);
      let task: PageTask;
      if (input.kind === 'file') task = { id, path: input.source };
      else if (input.kind === 'stdin') task = { id, source: await readSource('-', io) };
      else
        task = { id, source: await limiter.run(input.source, () => readSource(input.source, io)) };
      return await pool.analyse(task);
    } catch (err) {
      return { id, ok: false, error: errorLine(err) };
    }
  }

  async function runPage(id: number, input: BulkInput): Promise<void> {
    const outcome = await outcomeOf(id, input);
    finished += 1;
    if (!outcome.ok) failed += 1;
    output.put(id, outcome);
    bar?.update(finished, failed);
  }

  try {
    if (csv !== null) writeSync(csv, csvHeader());
    bar?.update(0, 0);
    for (const [id, input] of inputs.entries()) {
      while (id - output.emitted >= WINDOW) await new Promise<void>((r) => (windowOpen = r));
      runPage(id, input).catch(writeFailed);
    }
    await everyPage;
  } finally {
    await pool.close();
    if (csv !== null) closeSync(csv);
    bar?.clear();
  }
  if (summary !== null) (args.jsonl ? io.stderr : io.stdout).write(summary.format());
  io.stderr.write(
    `newslens: ${plural(inputs.length, 'page')}: ${finished - failed} analysed, ${failed} failed\n`,
  );
  return failed > 0 ? 2 : 0;
}
