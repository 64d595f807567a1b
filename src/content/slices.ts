// Work in the page runs in slices, yielding to the page between them, so that no task of ours
// holds its main thread long (docs/PERFORMANCE.md: long tasks).
import { markStep, timed } from './timing';

/** A slice of work yields to the page after this long (keeps every task short). */
export const SLICE_MS = 12;
/** Elements a walk visits between two checks of the clock. */
const ELEMENTS_PER_CHECK = 200;

/**
 * Lets the page run its own tasks (input, paint) before ours goes on. The `yield` mark tells the
 * bench that the work before and after it ran in separate tasks, however short the gap.
 */
export function yieldToPage(): Promise<void> {
  markStep('yield');
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs a stepwise job (`step` true when done) in slices of SLICE_MS, yielding between them. */
export async function inSteps(name: string, step: (elements: number) => boolean): Promise<void> {
  for (;;) {
    const done = timed(name, () => {
      const end = performance.now() + SLICE_MS;
      let finished = false;
      while (!finished && performance.now() < end) finished = step(ELEMENTS_PER_CHECK);
      return finished;
    });
    if (done) return;
    await yieldToPage();
  }
}

/** Runs `fn` over `items` in slices of SLICE_MS, yielding to the page between them. */
export async function inSlices<T>(
  name: string,
  items: readonly T[],
  fn: (item: T, index: number) => void,
): Promise<void> {
  let i = 0;
  if (items.length > 0) {
    await inSteps(name, () => {
      fn(items[i] as T, i);
      return ++i >= items.length;
    });
  }
}
