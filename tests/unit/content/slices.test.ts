// Work in the page runs in slices of SLICE_MS and yields to the page between them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS, inSlices, inSteps } from '../../../src/content/slices';

let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
  vi.stubGlobal('performance', { now: () => clock });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('slices', () => {
  it('runs every item in order, a new task after each SLICE_MS of work', async () => {
    const yields = vi.spyOn(globalThis, 'setTimeout');
    const seen: number[] = [];
    /** Items by the number of yields to the page before them. */
    const tasks: number[][] = [];
    // Each item costs a third of a slice: three items per task.
    const done = inSlices('test', [10, 11, 12, 13, 14, 15, 16], (item, index) => {
      expect(item).toBe(index + 10);
      seen.push(item);
      (tasks[yields.mock.calls.length] ??= []).push(item);
      clock += SLICE_MS / 3 + 0.01;
    });
    await vi.runAllTimersAsync();
    await done;
    expect(seen).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(tasks).toEqual([[10, 11, 12], [13, 14, 15], [16]]);
  });

  it('does nothing for no items, and stops a stepwise job when it says it is done', async () => {
    const fn = vi.fn();
    await inSlices('test', [], fn);
    expect(fn).not.toHaveBeenCalled();
    let steps = 0;
    await inSteps('test', (elements) => {
      expect(elements).toBeGreaterThan(0);
      return ++steps === 5;
    });
    expect(steps).toBe(5);
  });
});
