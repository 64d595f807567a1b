// Analyses after the first (issue 23: a chatty page): once the page is quiet, one at a time,
// and no sooner after the last than the page's share of the background allows.
import { describe, expect, it } from 'vitest';
import { QUIET_MS, Reanalysis, type Clock } from '../../../src/content/reanalysis';
import { BACKGROUND_SHARE } from '../../../src/shared/analysis-pace';

/** A clock that moves only when told, running the timers that come due. */
function fakeClock(): Clock & { advance(ms: number): Promise<void> } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!due || due[1].at > end) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = end;
    },
  };
}

/** An analysis that takes `ms` of the fake clock; records when each one started. */
function analysisTaking(clock: ReturnType<typeof fakeClock>, ms: number) {
  const starts: number[] = [];
  let running = 0;
  let overlapped = false;
  const analyse = async (): Promise<void> => {
    starts.push(clock.now());
    running++;
    overlapped ||= running > 1;
    await clock.advance(ms);
    running--;
  };
  return { analyse, starts, overlapped: () => overlapped };
}

describe('reanalysis', () => {
  it('waits for the page to be quiet, and sends one analysis for a burst of changes', async () => {
    const clock = fakeClock();
    const a = analysisTaking(clock, 10);
    const r = new Reanalysis(a.analyse, clock);
    await r.run();
    for (let i = 0; i < 5; i++) {
      r.request();
      await clock.advance(100);
    }
    await clock.advance(QUIET_MS);
    expect(a.starts).toEqual([0, 10 + 400 + QUIET_MS]);
  });

  it('a page that changes every 900 ms: the background spends at most its share on it', async () => {
    const clock = fakeClock();
    const ANALYSIS_MS = 1_000;
    const a = analysisTaking(clock, ANALYSIS_MS);
    const r = new Reanalysis(a.analyse, clock);
    await r.run();
    for (let t = 0; t < 60_000; t += 900) {
      r.request();
      await clock.advance(900);
    }
    const spent = a.starts.length * ANALYSIS_MS;
    expect(spent).toBeLessThanOrEqual(BACKGROUND_SHARE * clock.now() + ANALYSIS_MS);
    expect(a.starts.length).toBeGreaterThan(5); // still a fresh report now and then
    expect(a.overlapped()).toBe(false);
  });

  it('a change during an analysis waits for it, then for the pace', async () => {
    const clock = fakeClock();
    const a = analysisTaking(clock, 300);
    const r = new Reanalysis(a.analyse, clock);
    const first = r.run();
    r.request(); // while the first runs
    await first;
    await clock.advance(5_000);
    // Not at 300 + QUIET_MS: at the end of the first plus four times its length.
    expect(a.starts).toEqual([0, 300 + 4 * 300]);
    expect(a.overlapped()).toBe(false);
  });

  it('a change before the first analysis does not start a second one beside it', async () => {
    const clock = fakeClock();
    const a = analysisTaking(clock, 2_000);
    const r = new Reanalysis(a.analyse, clock);
    r.request(); // late text while the first pass still runs
    const first = r.run();
    await first;
    await clock.advance(20_000);
    expect(a.overlapped()).toBe(false);
    expect(a.starts).toEqual([0]);
  });
});
