// At most a few fetches at a time per host, and a few more in all: a bulk run over one site's
// archive must not hit that site like a crawler, and every fetch in flight may hold a page of up
// to 15 MB (MAX_INPUT_BYTES).

/**
 * Two at a time per host: a browser opens up to six connections to a site to load one page with
 * all its parts; a batch that asks for one document after another should ask for less. Pages of
 * other hosts are fetched meanwhile.
 */
export const PER_HOST = 2;
/** In all: 16 sockets and at most 16 × 15 MB of pages in flight. */
export const IN_ALL = 16;

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private total = 0;
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(
    private readonly perHost = PER_HOST,
    private readonly inAll = IN_ALL,
  ) {}

  /** Runs `fetch` for `url` once its host and the total allow. */
  async run<T>(url: string, fetch: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await new Promise<void>((start) => {
      this.waiting.push({ host, start });
      this.next();
    });
    try {
      return await fetch();
    } finally {
      this.active.set(host, (this.active.get(host) ?? 1) - 1);
      this.total -= 1;
      this.next();
    }
  }

  /** Starts every waiting fetch that may start, oldest first. */
  private next(): void {
    for (let i = 0; i < this.waiting.length && this.total < this.inAll;) {
      const w = this.waiting[i] as { host: string; start: () => void };
      if ((this.active.get(w.host) ?? 0) >= this.perHost) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.active.set(w.host, (this.active.get(w.host) ?? 0) + 1);
      this.total += 1;
      w.start();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url; // the fetch says what is wrong with it
  }
}
