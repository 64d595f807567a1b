// Opt-in background from Wikipedia for groups the bundled knowledge base does not know.
// Only the group's name is sent, only after the reader asked (and granted the optional host
// permission), to Wikipedia's REST page-summary endpoint; answers are cached in storage.local,
// a bounded number for a bounded time, and the cache and the permission go when the reader
// turns lookups off (endLookups).

export interface WikipediaSummary {
  title: string;
  description: string | null;
  extract: string;
  url: string;
}

export type LookupResult =
  | { status: 'ok'; summary: WikipediaSummary }
  | { status: 'not-found' }
  | { status: 'no-permission' }
  | { status: 'failed'; reason: 'offline' | 'timeout' | 'error' };

/** A summary must come back in this long, or the popup says so. */
export const LOOKUP_TIMEOUT_MS = 5_000;
/**
 * The most of an answer read: a page summary is a few sentences and a few links (the recorded
 * one, 1.6 KB); anything far larger is not a summary, and is not read into memory.
 */
export const MAX_SUMMARY_BYTES = 64 * 1024;
/** Enough for every group a reader looks up in a long while; oldest entries go first. */
export const CACHE_MAX_ENTRIES = 200;
/**
 * A cached answer is used, and kept, for a week: the names looked up (with when) are a trace of
 * what the reader read, so they go after the days in which the same article or story comes
 * back; a group's summary rarely changes faster than that.
 */
export const CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const CACHE_KEY = 'wikipediaCache';

export function summaryUrl(base: string, name: string): string {
  const title = name.trim().replace(/\s+/g, '_');
  return `${base.replace(/\/$/, '')}/api/rest_v1/page/summary/${encodeURIComponent(title)}?redirect=true`;
}

/** The origin pattern to ask permission for. */
export function permissionOrigin(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A Wikipedia article's address: https, on wikipedia.org or one of its language sites. */
function isWikipediaPage(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' &&
      (u.hostname === 'wikipedia.org' || u.hostname.endsWith('.wikipedia.org'))
    );
  } catch {
    return false;
  }
}

/** Reads Wikipedia's page-summary JSON; null when it is not a usable summary. */
export function parseSummary(raw: unknown): WikipediaSummary | null {
  if (!isObject(raw) || typeof raw.title !== 'string' || typeof raw.extract !== 'string')
    return null;
  // Disambiguation pages describe a word, not the group.
  if (raw.type === 'disambiguation' || raw.extract.trim() === '') return null;
  const urls =
    isObject(raw.content_urls) && isObject(raw.content_urls.desktop)
      ? raw.content_urls.desktop
      : null;
  // The popup links to it: only a Wikipedia page, whatever the answer says.
  const page =
    urls && typeof urls.page === 'string' && isWikipediaPage(urls.page) ? urls.page : null;
  return {
    title: raw.title,
    description: typeof raw.description === 'string' ? raw.description : null,
    extract: raw.extract,
    url:
      page ?? `https://en.wikipedia.org/wiki/${encodeURIComponent(raw.title.replace(/ /g, '_'))}`,
  };
}

export interface LookupDeps {
  base: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

export async function fetchSummary(name: string, deps: LookupDeps): Promise<LookupResult> {
  try {
    const res = await deps.fetch(summaryUrl(deps.base, name), {
      signal: AbortSignal.timeout(deps.timeoutMs ?? LOOKUP_TIMEOUT_MS),
      headers: { accept: 'application/json' },
      credentials: 'omit',
    });
    if (res.status === 404) return { status: 'not-found' };
    if (!res.ok) return { status: 'failed', reason: 'error' };
    const body = await readBounded(res, MAX_SUMMARY_BYTES);
    if (body === null) return { status: 'failed', reason: 'error' };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { status: 'failed', reason: 'error' };
    }
    const summary = parseSummary(json);
    return summary ? { status: 'ok', summary } : { status: 'not-found' };
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { status: 'failed', reason: 'timeout' };
    return { status: 'failed', reason: 'offline' };
  }
}

/** The body as text, or null past `maxBytes` (read no further than that). */
async function readBounded(res: Response, maxBytes: number): Promise<string | null> {
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    await res.body?.cancel();
    return null;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface CacheEntry {
  at: number;
  result: LookupResult;
}

/**
 * A cache of lookups (found and not-found answers; failures are not cached), bounded in size
 * (the oldest go first) and in time (CACHE_MAX_AGE_MS).
 */
export class SummaryCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly maxEntries = CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  async get(name: string): Promise<LookupResult | null> {
    const entries = await this.read();
    return entries[name.toLowerCase()]?.result ?? null;
  }

  async put(name: string, result: LookupResult): Promise<void> {
    if (result.status !== 'ok' && result.status !== 'not-found') return;
    const entries = await this.read();
    entries[name.toLowerCase()] = { at: this.now(), result };
    const keys = Object.keys(entries).sort((a, b) => (entries[a]?.at ?? 0) - (entries[b]?.at ?? 0));
    for (const key of keys.slice(0, Math.max(0, keys.length - this.maxEntries)))
      delete entries[key];
    await this.store.set({ [CACHE_KEY]: entries });
  }

  /** Forgets every name looked up. */
  async clear(): Promise<void> {
    await this.store.remove(CACHE_KEY);
  }

  /** The entries still fresh (expired ones are left out, and go with the next write). */
  private async read(): Promise<Record<string, CacheEntry>> {
    const raw = (await this.store.get(CACHE_KEY))[CACHE_KEY];
    if (!isObject(raw)) return {};
    const oldest = this.now() - CACHE_MAX_AGE_MS;
    const fresh: Record<string, CacheEntry> = {};
    for (const [key, entry] of Object.entries(raw as Record<string, CacheEntry>)) {
      if (isObject(entry) && typeof entry.at === 'number' && entry.at >= oldest) fresh[key] = entry;
    }
    return fresh;
  }
}

/** What turning lookups off needs: the optional permission and the cache's storage. */
export interface LookupsOff {
  permissions: { remove(p: { origins: string[] }): Promise<boolean> };
  store: KeyValueStore;
}

/**
 * The reader turned lookups off (the option, or "Restore defaults"): every name looked up is
 * forgotten and Wikipedia's host permission given back. Each is tried even if the other fails.
 */
export async function endLookups(api: LookupsOff, base: string): Promise<void> {
  const cleared = new SummaryCache(api.store).clear();
  const removed = api.permissions.remove({ origins: [permissionOrigin(base)] }).catch(() => false);
  await Promise.all([cleared, removed]);
}
