// When the first pass may start: once the page has painted and its main thread is quiet.
// Work done before the first paint competes with it (the paint's raster and compositing run on
// other threads, and a laptop has few cores), so it delays what the reader sees and runs slower
// itself: on the 30 corpus pages where we cost most against Readability, our steps took 14.5 ms
// at the median when started at the first idle moment (often before the paint), 10.1 ms when
// started after the paint and a quiet moment (docs/PERFORMANCE.md). A quiet moment is an idle
// period with no frame due: the browser grants up to 50 ms then, 16 ms or less while drawing.

/** An idle period at least this long means no frame is due. */
const QUIET_IDLE_MS = 40;

/** Resolves once the page has painted (first paint), or when `ms` have passed. */
function whenPainted(ms: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const timer = setTimeout(() => done(), ms);
    // Either way the wait ends, nothing of it is left on the page.
    const done = (): void => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    try {
      if (performance.getEntriesByType('paint').length > 0) return done();
      observer = new PerformanceObserver(done);
      observer.observe({ type: 'paint' });
    } catch {
      done(); // no paint timing in this browser: the idle wait alone
    }
  });
}

/** Resolves at the first idle period of QUIET_IDLE_MS or more, or at `until` (performance.now()). */
function whenQuiet(until: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const check = (deadline: IdleDeadline): void => {
      const left = until - performance.now();
      if (deadline.didTimeout || left <= 0 || deadline.timeRemaining() >= QUIET_IDLE_MS) resolve();
      else requestIdleCallback(check, { timeout: left });
    };
    requestIdleCallback(check, { timeout: Math.max(0, until - performance.now()) });
  });
}

/** Waits for the page's first paint, then a quiet moment; `maxMs` at most in all. */
export async function whenPageSettled(maxMs: number): Promise<void> {
  const until = performance.now() + maxMs;
  await whenPainted(maxMs);
  await whenQuiet(until);
}
