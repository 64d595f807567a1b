// Each tab's share of the background's time (shared/analysis-pace.ts): a tab may spend a burst
// of work at once, refilled at BACKGROUND_SHARE of the time that passes; a request that finds
// its tab's budget spent is refused. Per tab, not per document, so a page cannot reset it by
// reloading itself. The content script paces itself below this, so it is never refused.
import { BACKGROUND_SHARE } from '../shared/analysis-pace';

/**
 * Work a tab may take at once. A request runs whenever the balance is above zero, so the
 * longest one within the bounds (an analysis of 12 M characters, about 26 s) still runs, and
 * the first pass over the bench's largest article (20,000 paragraphs: the repeats 5 s, then
 * the analysis 21.5 s) is never refused; a corpus page costs well under a second.
 */
export const BURST_MS = 20_000;

interface Account {
  /** Work left, in ms (negative after a job longer than what was left). */
  balance: number;
  /** When the balance was last brought up to date. */
  at: number;
}

export class WorkBudget {
  private readonly byTab = new Map<number, Account>();

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly burstMs = BURST_MS,
  ) {}

  /** Runs `job` for tab `tabId` and charges its time; throws, running nothing, when spent. */
  async run<T>(tabId: number, job: () => T | Promise<T>): Promise<T> {
    const account = this.account(tabId);
    if (account.balance <= 0) {
      const waitS = Math.ceil(-account.balance / BACKGROUND_SHARE / 1000);
      throw new Error(`this tab had its share of the background; it may ask again in ${waitS} s`);
    }
    const start = this.now();
    try {
      return await job();
    } finally {
      account.balance -= this.now() - start;
    }
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }

  private account(tabId: number): Account {
    const now = this.now();
    const account = this.byTab.get(tabId) ?? { balance: this.burstMs, at: now };
    account.balance = Math.min(
      this.burstMs,
      account.balance + (now - account.at) * BACKGROUND_SHARE,
    );
    account.at = now;
    this.byTab.set(tabId, account);
    return account;
  }
}
