// The popup's connection to its tab: reads the page state and carries out the reader's actions.
// Views get (state, actions) and never talk to the browser themselves, so any PageState renders.
import browser from '../shared/browser';
import type { PageState } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { DEFAULT_SETTINGS, sitePattern, type Settings } from '../shared/settings';
import { loadSettings as loadStored, updateSettings } from '../shared/settings-store';
import { siteOf, type SiteInfo } from './site';
import {
  SummaryCache,
  fetchSummary,
  permissionOrigin,
  type LookupResult,
} from '../shared/wikipedia';
import { loadPageMarks, setMark, type PageMarks, type WrongMark } from '../shared/wrong-marks';

/** The page a mark is kept for. */
export interface MarkedPage {
  address: string;
  title: string | null;
}

export interface PopupActions {
  setRepeatVisible(index: number | 'all', visible: boolean): Promise<void>;
  reveal(paragraph: number, text?: string): Promise<void>;
  setUnderline(on: boolean): Promise<void>;
  /** Highlights the mentions of `names` in the page; none clears the highlight. */
  highlightMentions(names: string[]): Promise<void>;
  /** "Wrong?" (`on`) or "Undo": kept in storage.local for the page, then the page applies it. */
  setWrong(page: MarkedPage, mark: Omit<WrongMark, 'at'>, on: boolean): Promise<void>;
  /** Asks for the optional Wikipedia permission (on first use), then looks the name up. */
  lookUpWikipedia(name: string): Promise<LookupResult>;
  openOptions(): Promise<void>;
  /** "Run on this site": asks for the site's permission, then has the background start Newslens. */
  runOnSite(): Promise<'started' | 'denied' | 'failed'>;
  /** Pauses (true) or resumes (false) Newslens on the tab's site. */
  setPaused(paused: boolean): Promise<void>;
}

/** The reader's settings; the defaults when storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  return loadStored(browser.storage).then(
    (r) => r.settings,
    () => ({ ...DEFAULT_SETTINGS }),
  );
}

/** What the reader marked wrong on the page; none when storage cannot be read. */
export async function loadMarks(address: string): Promise<PageMarks | null> {
  return loadPageMarks(browser.storage.local, address).catch(() => null);
}

/** The content-script matches of the manifest: the default news sites. */
export function defaultPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

/**
 * The tab's site. The URL is visible to the popup through activeTab (the reader opened the
 * popup on that tab) or the site's host permission; otherwise there is no site to show.
 */
export async function fetchSite(
  tabId: number | null,
  settings: Settings,
): Promise<SiteInfo | null> {
  if (tabId === null) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return siteOf(tab?.url, defaultPatterns(), settings);
}

export async function lookUpWikipedia(name: string): Promise<LookupResult> {
  const base = __NEWSLENS_WIKIPEDIA_BASE__;
  // First call in the click handler: browsers grant permission requests only during a user gesture.
  const granted = await browser.permissions
    .request({ origins: [permissionOrigin(base)] })
    .catch(() => false);
  if (!granted) return { status: 'no-permission' };
  const cache = new SummaryCache(browser.storage.local);
  const cached = await cache.get(name);
  if (cached) return cached;
  const result = await fetchSummary(name, { base, fetch: globalThis.fetch.bind(globalThis) });
  await cache.put(name, result);
  return result;
}

/**
 * Which tab to report on. As the toolbar popup: the active tab. Opened as a page of its own
 * (a detached popup, or the browser tests): `?tab=ID`, or `?tab=previous` for the tab used
 * just before this one.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  if (param === 'previous') {
    const self = await browser.tabs.getCurrent();
    const others = (await browser.tabs.query({})).filter(
      (t) => t.id !== undefined && t.id !== self?.id,
    );
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id ?? null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** A page where our content script is not running answers nothing: that is "no article". */
export async function fetchState(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { status: 'no-article' };
  try {
    return (await sendToTab(tabId, 'page:get-state', {})) ?? { status: 'no-article' };
  } catch {
    return { status: 'no-article' };
  }
}

export function createActions(
  tabId: number,
  onState: (s: PageState) => void,
  site: () => SiteInfo | null,
  onSettings: (s: Settings) => void,
  onMarks: (m: PageMarks | null) => void,
): PopupActions {
  return {
    async setRepeatVisible(index, visible) {
      onState(await sendToTab(tabId, 'page:set-repeat-visible', { index, visible }));
    },
    async reveal(paragraph, text) {
      await sendToTab(
        tabId,
        'page:reveal',
        text === undefined ? { paragraph } : { paragraph, text },
      );
    },
    async setUnderline(on) {
      onState(await sendToTab(tabId, 'page:set-underline', { on }));
    },
    async highlightMentions(names) {
      await sendToTab(tabId, 'page:highlight-mentions', { names });
    },
    async setWrong(page, mark, on) {
      onMarks(await setMark(browser.storage.local, page, mark, on));
      // The page reads its marks again when asked for its state: a paragraph comes back at once.
      onState(await sendToTab(tabId, 'page:get-state', {}));
    },
    lookUpWikipedia,
    async openOptions() {
      await browser.runtime.openOptionsPage();
      window.close();
    },
    async runOnSite() {
      const host = site()?.host;
      if (!host) return 'failed';
      // First call in the click handler: permission requests need the reader's gesture.
      const granted = await browser.permissions
        .request({ origins: [sitePattern(host)] })
        .catch(() => false);
      if (!granted) return 'denied';
      try {
        const started = await sendToBackground('site:run', { host, tabId });
        onSettings(await loadSettings());
        return started ? 'started' : 'denied';
      } catch {
        return 'failed';
      }
    },
    async setPaused(paused) {
      const host = site()?.host;
      if (!host) return;
      const next = await updateSettings(browser.storage, (s) => ({
        ...s,
        pausedSites: paused
          ? [...s.pausedSites.filter((h) => h !== host), host]
          : s.pausedSites.filter((h) => h !== host),
      }));
      onSettings(next);
      // Pausing shows the page as published at once: every hidden paragraph comes back.
      if (paused)
        await sendToTab(tabId, 'page:set-repeat-visible', { index: 'all', visible: true }).catch(
          () => null,
        );
    },
  };
}
