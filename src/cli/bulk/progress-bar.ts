// The progress bar of a bulk run, on stderr when stderr is a terminal (bulk-run.ts decides):
//   [#######-------------] 42/157 pages · 12.3 pages/s · 1 failed
// One line, redrawn in place, in characters one column wide in every terminal (block elements
// such as █ are two columns wide in East Asian terminals, and a wrapped line cannot be redrawn).
// Written here rather than taken from npm: cli-progress (the usual choice) brings string-width,
// strip-ansi, ansi-regex, emoji-regex and is-fullwidth-code-point to measure text we never print
// (the line is digits and our own words), and progress 2.0.3 (no dependencies) has had no release
// since 2018. See the README, "Many pages".

/**
 * At most ten redraws a second: smooth to the eye, and a run of 100 pages a second does not
 * flood a slow terminal (or an ssh link) with redraws nobody can read.
 */
const REDRAW_MS = 100;
const BAR_CELLS = 20;
/** Carriage return, then erase to the end of the line: the bar's line is written anew. */
const REWRITE = '\r\u001b[K';

export interface BarStream {
  write(s: string): unknown;
  columns?: number;
}

export class ProgressBar {
  private readonly started: number;
  private drawnAt = -Infinity;
  private shown = false;
  private done = 0;
  private failed = 0;

  constructor(
    private readonly stream: BarStream,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(done: number, failed: number): void {
    this.done = done;
    this.failed = failed;
    if (this.now() - this.drawnAt >= REDRAW_MS || done === this.total) this.draw();
  }

  /** Erases the bar (before other output on the same terminal); the next update draws it again. */
  clear(): void {
    if (this.shown) this.stream.write(REWRITE);
    this.shown = false;
    this.drawnAt = -Infinity;
  }

  line(): string {
    const filled = this.total === 0 ? BAR_CELLS : Math.round((BAR_CELLS * this.done) / this.total);
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? (this.done / seconds).toFixed(1) : '0.0';
    const text =
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_CELLS - filled)}] ${this.done}/${this.total} pages` +
      ` · ${rate} pages/s · ${this.failed} failed`;
    // Never wider than the terminal: a wrapped line could not be rewritten in place.
    const columns = this.stream.columns ?? 80;
    return text.length < columns ? text : text.slice(0, Math.max(0, columns - 1));
  }

  private draw(): void {
    this.stream.write(REWRITE + this.line());
    this.shown = true;
    this.drawnAt = this.now();
  }
}
