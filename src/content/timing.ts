// User Timing marks and measures of the content script's work (`newslens:*`), which `npm run
// bench` and the browser tests read from inside the page (performance.getEntriesByType). The
// page can read them too: the performance timeline belongs to the window, not to the content
// script's world, and would tell every page that Newslens runs and what it does. So only the
// builds made for the bench and the browser tests record them (__NEWSLENS_TIMING__, set by
// vite.config.ts for NEWSLENS_E2E=1, the builds the bench runs); in the shipped builds these
// are no-ops and the bundler drops their bodies.

export const MEASURE_PREFIX = 'newslens:';

/** Runs `fn` and, in bench and test builds, records its duration as `newslens:<name>`. */
export function timed<T>(name: string, fn: () => T): T {
  if (!__NEWSLENS_TIMING__) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(`${MEASURE_PREFIX}${name}`, { start, end: performance.now() });
    } catch {
      // A page that replaced `performance` must not break us.
    }
  }
}

/** In bench and test builds, records the mark `newslens:<name>`, with `detail` if given. */
export function markStep(name: string, detail?: unknown): void {
  if (!__NEWSLENS_TIMING__) return;
  try {
    performance.mark(`${MEASURE_PREFIX}${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // A page that replaced `performance` must not break us.
  }
}
