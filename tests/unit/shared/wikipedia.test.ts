import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_KEY,
  MAX_SUMMARY_BYTES,
  CACHE_MAX_AGE_MS,
  SummaryCache,
  endLookups,
  fetchSummary,
  parseSummary,
  permissionOrigin,
  summaryUrl,
  type KeyValueStore,
} from '../../../src/shared/wikipedia';

const recorded = JSON.parse(
  readFileSync(
    new URL('../../fixtures/wikipedia/Liptako_Volunteer_Front.json', import.meta.url),
    'utf8',
  ),
) as unknown;

const respond = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('Wikipedia page summaries', () => {
  it('builds the REST URL and the permission origin', () => {
    expect(summaryUrl('https://en.wikipedia.org', 'Liptako Volunteer Front')).toBe(
      'https://en.wikipedia.org/api/rest_v1/page/summary/Liptako_Volunteer_Front?redirect=true',
    );
    expect(summaryUrl('https://en.wikipedia.org/', "Jama'at / X")).toContain("Jama'at_%2F_X");
    expect(permissionOrigin('https://en.wikipedia.org')).toBe('https://en.wikipedia.org/*');
  });

  it('reads a recorded summary and refuses disambiguation pages and junk', () => {
    expect(parseSummary(recorded)).toEqual({
      title: 'Liptako Volunteer Front',
      description: 'Fictional militia used in Newslens tests',
      extract: expect.stringMatching(/^The Liptako Volunteer Front is/),
      url: 'https://en.wikipedia.org/wiki/Liptako_Volunteer_Front',
    });
    expect(parseSummary({ ...(recorded as object), type: 'disambiguation' })).toBeNull();
    expect(parseSummary({ title: 1 })).toBeNull();
    expect(parseSummary('<html>')).toBeNull();
    // A non-https page link is not trusted; the canonical URL is built instead.
    const sneaky = {
      ...(recorded as object),
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
    };
    expect(parseSummary(sneaky)?.url).toBe('https://en.wikipedia.org/wiki/Liptako_Volunteer_Front');
  });

  it('links only to a Wikipedia page (issue 23)', () => {
    const linked = (page: string) =>
      parseSummary({ ...(recorded as object), content_urls: { desktop: { page } } })?.url;
    const canonical = 'https://en.wikipedia.org/wiki/Liptako_Volunteer_Front';
    expect(linked('https://fr.wikipedia.org/wiki/Front')).toBe(
      'https://fr.wikipedia.org/wiki/Front',
    );
    expect(linked('https://evil.example/wiki/Front')).toBe(canonical);
    expect(linked('https://en.wikipedia.org.evil.example/wiki/Front')).toBe(canonical);
    expect(linked('https://evilwikipedia.org/wiki/Front')).toBe(canonical);
    expect(linked('http://en.wikipedia.org/wiki/Front')).toBe(canonical);
  });

  it('reads no more than MAX_SUMMARY_BYTES of an answer (issue 23)', async () => {
    const base = 'https://en.wikipedia.org';
    const huge = { ...(recorded as object), extract: 'x'.repeat(MAX_SUMMARY_BYTES) };
    // Declared too large: not read.
    expect(await fetchSummary('X', { base, fetch: respond(200, huge) })).toEqual({
      status: 'failed',
      reason: 'error',
    });
    // Not declared: read until past the bound, then dropped.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const streaming = (async () => new Response(endless, { status: 200 })) as typeof fetch;
    expect(await fetchSummary('X', { base, fetch: streaming })).toEqual({
      status: 'failed',
      reason: 'error',
    });
    expect(pulled).toBeLessThan(10);
  });

  it('says plainly what happened', async () => {
    const base = 'https://en.wikipedia.org';
    expect((await fetchSummary('X', { base, fetch: respond(200, recorded) })).status).toBe('ok');
    expect(await fetchSummary('X', { base, fetch: respond(404, {}) })).toEqual({
      status: 'not-found',
    });
    expect(await fetchSummary('X', { base, fetch: respond(500, {}) })).toEqual({
      status: 'failed',
      reason: 'error',
    });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchSummary('X', { base, fetch: offline })).toEqual({
      status: 'failed',
      reason: 'offline',
    });
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof fetch;
    expect(await fetchSummary('X', { base, fetch: hanging, timeoutMs: 50 })).toEqual({
      status: 'failed',
      reason: 'timeout',
    });
  });

  it('caches answers with a bound on entries, oldest out first, and never caches failures', async () => {
    const data: Record<string, unknown> = {};
    const store: KeyValueStore = {
      get: async (key) => ({ [key]: data[key] }),
      set: async (items) => void Object.assign(data, items),
      remove: async (key) => void delete data[key],
    };
    const cache = new SummaryCache(store, 3);
    for (const name of ['a', 'b', 'c', 'd']) {
      await cache.put(name, { status: 'not-found' });
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(Object.keys(data[CACHE_KEY] as object).sort()).toEqual(['b', 'c', 'd']);
    expect(await cache.get('A')).toBeNull();
    expect(await cache.get('D')).toEqual({ status: 'not-found' });
    await cache.put('e', { status: 'failed', reason: 'offline' });
    expect(await cache.get('e')).toBeNull();
  });

  it('forgets an answer after a week, and drops it with the next write', async () => {
    const data: Record<string, unknown> = {};
    const store: KeyValueStore = {
      get: async (key) => ({ [key]: data[key] }),
      set: async (items) => void Object.assign(data, items),
      remove: async (key) => void delete data[key],
    };
    let now = 1_000_000;
    const cache = new SummaryCache(store, 200, () => now);
    await cache.put('Liptako Volunteer Front', { status: 'not-found' });
    now += CACHE_MAX_AGE_MS - 1;
    expect(await cache.get('Liptako Volunteer Front')).toEqual({ status: 'not-found' });
    now += 2;
    expect(await cache.get('Liptako Volunteer Front')).toBeNull();
    await cache.put('JNIM', { status: 'not-found' });
    expect(Object.keys(data[CACHE_KEY] as object)).toEqual(['jnim']);
  });
});

describe('turning lookups off (issue 23)', () => {
  it('forgets every name looked up and gives the permission back', async () => {
    const data: Record<string, unknown> = {
      [CACHE_KEY]: { jnim: { at: Date.now(), result: { status: 'not-found' } } },
      other: 1,
    };
    const origins = new Set(['https://en.wikipedia.org/*']);
    await endLookups(
      {
        permissions: { remove: async ({ origins: o }) => o.every((x) => origins.delete(x)) },
        store: {
          get: async (key) => ({ [key]: data[key] }),
          set: async (items) => void Object.assign(data, items),
          remove: async (key) => void delete data[key],
        },
      },
      'https://en.wikipedia.org',
    );
    expect(data).toEqual({ other: 1 });
    expect(origins.size).toBe(0);
  });

  it('clears the cache even when the permission cannot be removed', async () => {
    const data: Record<string, unknown> = { [CACHE_KEY]: {} };
    await endLookups(
      {
        permissions: { remove: async () => Promise.reject(new Error('required permission')) },
        store: {
          get: async (key) => ({ [key]: data[key] }),
          set: async () => undefined,
          remove: async (key) => void delete data[key],
        },
      },
      'https://en.wikipedia.org',
    );
    expect(data).toEqual({});
  });
});
