// Sites the reader added with "Run on this site": the content script is registered for each
// (persistently), once the reader granted that site's optional host permission in the popup.
import { legacySitePattern, siteKey, sitePattern } from '../shared/settings';
import { loadSettings, updateSettings, type SettingsStorage } from '../shared/settings-store';

/** The slice of the extension API this needs (a fake one in tests/unit/background/sites.test.ts). */
export interface SiteApi {
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: {
      ids?: string[];
    }): Promise<{ id: string; matches?: string[] }[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  /** tabs.get: the tab's URL is there once the site's permission is granted. */
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  settings: SettingsStorage;
  /** The built content script, as the manifest names it (src/content/index.js). */
  contentScript: string;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

const ID_PREFIX = 'newslens-site:';
export const scriptId = (host: string): string => `${ID_PREFIX}${host}`;

async function ensureRegistered(api: SiteApi, host: string): Promise<void> {
  const id = scriptId(host);
  const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing?.matches?.length === 1 && existing.matches[0] === sitePattern(host)) return;
  // Registered by an earlier version for http too: registered again, for https only.
  if (existing) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.scripting.registerContentScripts([
    {
      id,
      matches: [sitePattern(host)],
      js: [api.contentScript],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** True when tab `tabId` shows an https page of `host` (gone, or elsewhere: false). */
async function tabIsOn(api: SiteApi, tabId: number, host: string): Promise<boolean> {
  const tab = await api.tabs.get(tabId).catch(() => null);
  if (!tab?.url) return false;
  try {
    const url = new URL(tab.url);
    return url.protocol === 'https:' && siteKey(url.hostname) === host;
  } catch {
    return false;
  }
}

/**
 * "Run on this site": with the site's permission granted, registers the content script for it,
 * adds it to the reader's sites (and out of the paused ones), and starts it in the tab.
 * Returns false when the permission is missing, or the tab is not on that site (it navigated
 * away meanwhile; or a message named another tab): nothing changes then.
 */
export async function runOnSite(
  api: SiteApi,
  rawHost: string,
  tabId: number | null,
): Promise<boolean> {
  const host = siteKey(rawHost);
  if (!(await api.permissions.contains({ origins: [sitePattern(host)] }))) return false;
  if (tabId !== null && !(await tabIsOn(api, tabId, host))) return false;
  await ensureRegistered(api, host);
  await updateSettings(api.settings, (s) => ({
    ...s,
    extraSites: s.extraSites.includes(host) ? s.extraSites : [...s.extraSites, host],
    pausedSites: s.pausedSites.filter((h) => h !== host),
  }));
  if (tabId !== null)
    await api.scripting.executeScript({ target: { tabId }, files: [api.contentScript] });
  return true;
}

/** Removes a site the reader added: its registration, its permission, its place in the list. */
export async function removeSite(api: SiteApi, rawHost: string): Promise<void> {
  const host = siteKey(rawHost);
  const id = scriptId(host);
  if ((await api.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0)
    await api.scripting.unregisterContentScripts({ ids: [id] });
  await updateSettings(api.settings, (s) => ({
    ...s,
    extraSites: s.extraSites.filter((h) => h !== host),
  }));
  await api.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  // What an earlier version asked for (http too), if the reader granted it then.
  await api.permissions.remove({ origins: [legacySitePattern(host)] }).catch(() => false);
}

/**
 * On install and browser start: every added site whose permission is still granted has its
 * script registered; registrations of ours for sites no longer in the list are dropped.
 */
export async function syncSites(api: SiteApi): Promise<void> {
  const { settings } = await loadSettings(api.settings);
  const ours = (await api.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(ID_PREFIX),
  );
  const stale = ours
    .filter((s) => !settings.extraSites.includes(s.id.slice(ID_PREFIX.length)))
    .map((s) => s.id);
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });
  for (const host of settings.extraSites) {
    if (await api.permissions.contains({ origins: [sitePattern(host)] }))
      await ensureRegistered(api, host);
  }
}
