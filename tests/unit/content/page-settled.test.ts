// When the content script's first pass starts: after the page's first paint and an idle period
// with no frame due, or after the bound. The browser's clock, paint timing and idle callbacks
// are stood in for here; the e2e suites run the real thing in Chromium and Firefox.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPageSettled } from '../../../src/content/page-settled';

interface IdleRequest {
  callback: (deadline: IdleDeadline) => void;
  timeout: number;
}

let paints: string[];
let paintObservers: (() => void)[];
let idleRequests: IdleRequest[];

/** Runs the oldest idle callback with `remaining` ms of idle time. */
function idle(remaining: number, didTimeout = false): void {
  const request = idleRequests.shift();
  if (!request) throw new Error('no idle callback was requested');
  request.callback({ didTimeout, timeRemaining: () => remaining });
}

function paint(): void {
  paints.push('first-paint');
  for (const notify of paintObservers.splice(0)) notify();
}

/** Whether the promise has settled, once pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  paints = [];
  paintObservers = [];
  idleRequests = [];
  vi.stubGlobal('performance', {
    now: () => Date.now(),
    getEntriesByType: (type: string) => (type === 'paint' ? paints : []),
  });
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(private readonly notify: () => void) {}
      observe(): void {
        paintObservers.push(this.notify);
      }
      disconnect(): void {
        paintObservers = paintObservers.filter((n) => n !== this.notify);
      }
    },
  );
  vi.stubGlobal(
    'requestIdleCallback',
    (callback: IdleRequest['callback'], options: { timeout: number }) =>
      idleRequests.push({ callback, timeout: options.timeout }),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenPageSettled', () => {
  it('waits for the first paint before it asks for an idle moment', async () => {
    const start = whenPageSettled(1_000);
    expect(idleRequests).toHaveLength(0);
    expect(await settled(start)).toBe(false);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(idleRequests).toHaveLength(1);
    idle(50);
    expect(await settled(start)).toBe(true);
  });

  it('lets short idle periods pass: a frame is still due then', async () => {
    paint();
    const start = whenPageSettled(1_000);
    await vi.advanceTimersByTimeAsync(0);
    idle(12);
    idle(3);
    expect(await settled(start)).toBe(false);
    expect(idleRequests).toHaveLength(1);
    idle(49);
    expect(await settled(start)).toBe(true);
  });

  it('starts anyway when the page never paints or never goes quiet, within the bound', async () => {
    const start = whenPageSettled(1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(idleRequests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    // The paint wait used the whole bound and left no observer behind; the idle request may
    // not wait any longer.
    expect(paintObservers).toHaveLength(0);
    expect(idleRequests[0]?.timeout).toBe(0);
    idle(0, true);
    expect(await settled(start)).toBe(true);
  });

  it('counts the bound from the start, across short idle periods', async () => {
    paint();
    const start = whenPageSettled(1_000);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(600);
    idle(5);
    expect(idleRequests[0]?.timeout).toBe(400);
    await vi.advanceTimersByTimeAsync(400);
    idle(5);
    expect(await settled(start)).toBe(true);
  });
});
