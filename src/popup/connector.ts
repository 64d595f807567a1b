// The popup's connection to its tab: reads the page state and carries out the reader's actions.
// Views get (state, actions) and never talk to the browser themselves (see mock-state.ts).
import browser from '../shared/browser';
import type { PageState } from '../shared/messages';
import { sendToTab } from '../shared/send';
import {
  SummaryCache,
  fetchSummary,
  permissionOrigin,
  type LookupResult,
} from '../shared/wikipedia';

export interface PopupActions {
  setRepeatVisible(index: number | 'all', visible: boolean): Promise<void>;
  reveal(paragraph: number, text?: string): Promise<void>;
  setUnderline(on: boolean): Promise<void>;
  highlightMentions(names: string[]): Promise<void>;
  /** Asks for the optional Wikipedia permission (on first use), then looks the name up. */
  lookUpWikipedia(name: string): Promise<LookupResult>;
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

export function createActions(tabId: number, onState: (s: PageState) => void): PopupActions {
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
    lookUpWikipedia,
  };
}
