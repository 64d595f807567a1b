// Where a bulk run's pages are analysed: worker threads (the built CLI), or the main thread when
// the CLI runs from its TypeScript source (tests), where no worker file exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorLine } from '../error-line';
import type { PageOutcome, PageTask } from './analyse-page';

/** Messages from a worker: an outcome, or a warning for stderr (the tagger could not load). */
export type FromWorker = { type: 'outcome'; outcome: PageOutcome } | { type: 'warn'; line: string };

export interface PagePool {
  analyse(task: PageTask): Promise<PageOutcome>;
  close(): Promise<void>;
}

/** Beside the chunk this module is bundled into (vite.cli.config.ts keeps dist/cli/ flat). */
export const WORKER_URL = new URL('./bulk-worker.js', import.meta.url);

interface Job {
  task: PageTask;
  done: (outcome: PageOutcome) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * Up to `size` workers, started as pages arrive (one page starts one worker). A worker that dies
 * (out of memory, a crash) fails the page it held, with the reason, and is replaced.
 */
export class WorkerPool implements PagePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly warn: (line: string) => void,
    private readonly url: URL = WORKER_URL,
  ) {}

  analyse(task: PageTask): Promise<PageOutcome> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job === null) this.give(slot, this.queue.shift() as Job);
    }
    while (this.queue.length > 0 && this.slots.size < this.size) {
      this.give(this.start(), this.queue.shift() as Job);
    }
  }

  private give(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.postMessage(job.task);
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.url), job: null };
    let failure = 'it stopped';
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'warn') return this.warn(message.line);
      const job = slot.job;
      slot.job = null;
      job?.done(message.outcome);
      this.dispatch();
    });
    slot.worker.on('error', (err) => {
      failure = err instanceof Error ? err.message : String(err);
    });
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      if (this.closing) return;
      const job = slot.job;
      if (job) {
        const reason = `the worker analysing this page stopped (${failure}, exit code ${code})`;
        job.done({ id: job.task.id, ok: false, error: errorLine(new Error(reason)) });
      }
      this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }
}

/** The same analysis on the main thread (loaded only here: the workers' main thread never needs it). */
export class MainThreadPool implements PagePool {
  constructor(private readonly warn: (line: string) => void) {}
  async analyse(task: PageTask): Promise<PageOutcome> {
    const { analysePage } = await import('./analyse-page');
    return analysePage(task, this.warn);
  }
  async close(): Promise<void> {}
}

export function pagePool(jobs: number, warn: (line: string) => void): PagePool {
  return existsSync(fileURLToPath(WORKER_URL))
    ? new WorkerPool(jobs, warn)
    : new MainThreadPool(warn);
}
