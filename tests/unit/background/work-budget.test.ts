// Each tab's share of the background's time (issue 23): a burst, then a fifth of the time.
import { describe, expect, it } from 'vitest';
import { BURST_MS, WorkBudget } from '../../../src/background/work-budget';

describe('work budget', () => {
  it('lets a tab spend its burst, then refuses until the share refills it', async () => {
    let now = 0;
    const budget = new WorkBudget(() => now);
    const job = (ms: number) => () => {
      now += ms;
      return ms;
    };
    // A full budget runs a job whatever its length: the bounds on input bound it.
    expect(await budget.run(1, job(2 * BURST_MS))).toBe(2 * BURST_MS);
    // 20 s - 40 s, and a fifth of the 40 s back: 12 s owed, 60 s of waiting.
    await expect(budget.run(1, job(1))).rejects.toThrow(
      'this tab had its share of the background; it may ask again in 60 s',
    );
    // Another tab is not held back.
    expect(await budget.run(2, job(100))).toBe(100);
    now += 60_001;
    expect(await budget.run(1, job(1))).toBe(1);
  });

  it('holds a tab that keeps asking to a fifth of the time', async () => {
    let now = 0;
    const budget = new WorkBudget(() => now);
    let spent = 0;
    for (let i = 0; i < 1_000; i++) {
      await budget
        .run(1, () => {
          now += 1_000;
          spent += 1_000;
        })
        .catch(() => undefined);
      now += 100; // asks again at once
    }
    expect(spent).toBeLessThanOrEqual(BURST_MS + 1_000 + 0.2 * now);
  });

  it('forgets a closed tab', async () => {
    let now = 0;
    const budget = new WorkBudget(() => now);
    await budget.run(3, () => void (now += 1.5 * BURST_MS));
    await expect(budget.run(3, () => 0)).rejects.toThrow();
    budget.forgetTab(3);
    expect(await budget.run(3, () => 7)).toBe(7);
  });
});
