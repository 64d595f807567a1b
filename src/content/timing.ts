// User Timing marks for the content script's main-thread work, so `npm run bench` can read,
// from inside the page, what Newslens cost it (performance.getEntriesByType('measure')).
// A measure is a few microseconds; it is always on.

export const MEASURE_PREFIX = 'newslens:';

/** Runs `fn` and records its duration as the measure `newslens:<name>`. */
export function timed<T>(name: string, fn: () => T): T {
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

/** Records the mark `newslens:<name>`, with `detail` if given (read by the bench and tests). */
export function markStep(name: string, detail?: unknown): void {
  try {
    performance.mark(`${MEASURE_PREFIX}${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // A page that replaced `performance` must not break us.
  }
}
