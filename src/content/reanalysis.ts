// When the content script has the background analyse the article again, after later text: once
// the page has been quiet for a while, one analysis at a time, and no sooner after the last one
// than the page's share of the background allows (shared/analysis-pace.ts). A live page that
// adds a paragraph every second gets a fresh report every few seconds, not a background kept
// busy with its article.
import { nextAnalysisAt } from '../shared/analysis-pace';

/** Later paragraphs are analysed together once the page has been quiet this long. */
export const QUIET_MS = 800;

/** The clock and timers (fakes in the unit tests). */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const WINDOW_CLOCK: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export class Reanalysis {
  private timer = 0;
  private running = false;
  private again = false;
  private last: { end: number; ms: number } | null = null;

  constructor(
    private readonly analyse: () => Promise<void>,
    private readonly clock: Clock = WINDOW_CLOCK,
  ) {}

  /** Runs an analysis now (the first one), and times it; one at a time. */
  async run(): Promise<void> {
    // It covers whatever changed until now: a pending run would only repeat it.
    this.clock.clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const start = this.clock.now();
    try {
      await this.analyse();
    } finally {
      const end = this.clock.now();
      this.last = { end, ms: end - start };
      this.running = false;
      if (this.again) {
        this.again = false;
        this.request();
      }
    }
  }

  /** The article changed: analyse it again when the page is quiet and the pace allows. */
  request(): void {
    this.clock.clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return;
    }
    const now = this.clock.now();
    const paced = this.last ? nextAnalysisAt(this.last.end, this.last.ms) - now : 0;
    this.timer = this.clock.setTimeout(() => void this.run(), Math.max(QUIET_MS, paced));
  }

  stop(): void {
    this.clock.clearTimeout(this.timer);
    this.again = false;
  }
}
