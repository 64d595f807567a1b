// "Run on this site" against a fake extension API: the permission gates everything, the
// content script is registered persistently for that host and injected in the tab.
import { describe, expect, it } from 'vitest';
import {
  removeSite,
  runOnSite,
  scriptId,
  syncSites,
  type RegisteredScript,
  type SiteApi,
} from '../../../src/background/sites';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/shared/settings';

function fakeApi(
  granted: string[],
  stored: unknown = undefined,
  tabUrls: Record<number, string> = {},
) {
  const registered = new Map<string, RegisteredScript>();
  const injected: { tabId: number; files: string[] }[] = [];
  const origins = new Set(granted);
  let settings: unknown = stored;
  let added: unknown = undefined;
  const api: SiteApi = {
    scripting: {
      async registerContentScripts(scripts) {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate id ${s.id}`);
          registered.set(s.id, s);
        }
      },
      async unregisterContentScripts({ ids }) {
        for (const id of ids) registered.delete(id);
      },
      async getRegisteredContentScripts(filter) {
        return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
      },
      async executeScript({ target, files }) {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
    permissions: {
      contains: async ({ origins: o }) => o.every((x) => origins.has(x)),
      remove: async ({ origins: o }) => o.every((x) => origins.delete(x)),
    },
    tabs: {
      get: async (tabId) => {
        if (!(tabId in tabUrls)) throw new Error(`No tab with id: ${tabId}`);
        return { url: tabUrls[tabId] };
      },
    },
    settings: {
      sync: {
        get: async (key) => (settings === undefined ? {} : { [key]: settings }),
        set: async (items) => {
          settings = items.settings;
        },
      },
      local: {
        get: async (key) => (added === undefined ? {} : { [key]: added }),
        set: async (items) => {
          added = items.addedSites;
        },
      },
    },
    contentScript: 'src/content/index.js',
  };
  return {
    api,
    registered,
    injected,
    origins,
    settings: () =>
      normalizeSettings(
        added === undefined ? settings : { ...(settings as object), extraSites: added },
      ).settings,
  };
}

describe('runOnSite', () => {
  it('does nothing without the site permission', async () => {
    const f = fakeApi([]);
    expect(await runOnSite(f.api, 'example.org', 7)).toBe(false);
    expect(f.registered.size).toBe(0);
    expect(f.injected).toEqual([]);
  });

  it('registers the content script persistently, adds the site and injects it in the tab', async () => {
    const f = fakeApi(
      ['https://example.org/*'],
      { ...DEFAULT_SETTINGS, pausedSites: ['example.org'] },
      { 7: 'https://example.org/news/1' },
    );
    expect(await runOnSite(f.api, 'Example.org', 7)).toBe(true);
    // https only (issue 23): an added site never runs on its plain-http pages.
    expect(f.registered.get(scriptId('example.org'))).toEqual({
      id: scriptId('example.org'),
      matches: ['https://example.org/*'],
      js: ['src/content/index.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(f.injected).toEqual([{ tabId: 7, files: ['src/content/index.js'] }]);
    expect(f.settings().extraSites).toEqual(['example.org']);
    expect(f.settings().pausedSites).toEqual([]);
    // A second run does not register twice.
    expect(await runOnSite(f.api, 'example.org', null)).toBe(true);
    expect(f.registered.size).toBe(1);
    expect(f.settings().extraSites).toEqual(['example.org']);
  });

  it('starts nothing in a tab that is not on the site (issue 23)', async () => {
    const f = fakeApi(['https://example.org/*'], undefined, {
      7: 'https://elsewhere.example/',
      9: 'http://example.org/plain', // the site, but not over https
    });
    expect(await runOnSite(f.api, 'example.org', 7)).toBe(false);
    expect(await runOnSite(f.api, 'example.org', 8)).toBe(false); // no such tab
    expect(await runOnSite(f.api, 'example.org', 9)).toBe(false);
    expect(f.injected).toEqual([]);
    expect(f.registered.size).toBe(0);
    expect(f.settings().extraSites).toEqual([]);
  });
});

describe('removeSite and syncSites', () => {
  it('removing a site drops its registration, its permission and its entry', async () => {
    const f = fakeApi(['https://example.org/*']);
    await runOnSite(f.api, 'example.org', null);
    await removeSite(f.api, 'example.org');
    expect(f.registered.size).toBe(0);
    expect(f.origins.has('https://example.org/*')).toBe(false);
    expect(f.settings().extraSites).toEqual([]);
  });

  it('re-registers added sites that still have permission and drops stale registrations', async () => {
    const f = fakeApi(['https://a.example/*'], {
      ...DEFAULT_SETTINGS,
      extraSites: ['a.example', 'b.example'],
    });
    await f.api.scripting.registerContentScripts([
      {
        id: scriptId('gone.example'),
        matches: ['*://gone.example/*'],
        js: ['x.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    await syncSites(f.api);
    expect([...f.registered.keys()]).toEqual([scriptId('a.example')]);
  });

  it('moves a registration of an earlier version (http too) to https, and gives its permission back', async () => {
    const f = fakeApi(['*://legacy.example/*'], {
      ...DEFAULT_SETTINGS,
      extraSites: ['legacy.example'],
    });
    // permissions.contains answers for a pattern the granted one covers.
    f.api.permissions.contains = async ({ origins: o }) =>
      o.every((x) => f.origins.has(x) || f.origins.has(x.replace(/^https:/, '*:')));
    await f.api.scripting.registerContentScripts([
      {
        id: scriptId('legacy.example'),
        matches: ['*://legacy.example/*'],
        js: ['src/content/index.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    await syncSites(f.api);
    expect(f.registered.get(scriptId('legacy.example'))?.matches).toEqual([
      'https://legacy.example/*',
    ]);
    await removeSite(f.api, 'legacy.example');
    expect(f.origins.size).toBe(0);
  });
});
