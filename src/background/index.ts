// Background: wiring only. Answers the content scripts and the extension's pages (handlers.ts:
// extraction and the heavy analyses, the badge, the reader's sites), migrates settings,
// registers the content script on the sites the reader added, and relays the keyboard command.
import browser from '../shared/browser';
import { listen, thisExtension } from '../shared/listen';
import { backgroundRoutes } from '../shared/message-routes';
import { sendToTab } from '../shared/send';
import { updateSettings } from '../shared/settings-store';
import { setBadge } from './badge';
import { createBackground } from './handlers';
import { analysisModels } from './models';
import { syncSites, type SiteApi } from './sites';

const siteApi: SiteApi = {
  scripting: browser.scripting as unknown as SiteApi['scripting'],
  permissions: browser.permissions,
  tabs: browser.tabs,
  settings: browser.storage,
  // Firefox gives the manifest's script paths as full moz-extension:// URLs; scripting wants them relative.
  contentScript: (
    browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'src/content/index.js'
  ).replace(/^[a-z-]+:\/\/[^/]+\//, ''),
};

const background = createBackground({ setBadge, models: analysisModels, sites: siteApi });
listen(backgroundRoutes(background.handlers, thisExtension()));
browser.tabs.onRemoved.addListener((tabId) => background.forgetTab(tabId));

// Settings survive upgrades: bring whatever is stored to the current shape on install and update
// (which also moves the added sites of earlier versions from storage.sync to storage.local).
browser.runtime.onInstalled.addListener(async () => {
  await updateSettings(browser.storage, (settings) => settings);
  await syncSites(siteApi).catch((err: unknown) => console.debug('[newslens]', err));
});
browser.runtime.onStartup.addListener(() => {
  void syncSites(siteApi).catch((err: unknown) => console.debug('[newslens]', err));
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-hidden') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    const state = await sendToTab(tab.id, 'page:get-state', {});
    if (state.status !== 'ready' || state.repeats.length === 0) return;
    const anyHidden = state.repeats.some((r) => !r.visible);
    await sendToTab(tab.id, 'page:set-repeat-visible', { index: 'all', visible: anyHidden });
  } catch {
    // No Newslens on that tab: nothing to toggle.
  }
});
