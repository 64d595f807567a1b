// Background: wiring only. Runs the heavy analyses (figures, groups with the knowledge base)
// for content scripts, keeps the badge, migrates settings, and relays the keyboard command.
import { analyze } from '../core/analyze';
import browser, { SETTINGS_KEY } from '../shared/browser';
import { listen } from '../shared/listen';
import { sendToTab } from '../shared/send';
import { normalizeSettings } from '../shared/settings';
import { setBadge } from './badge';

listen({
  'article:analyze': ({ article }) => analyze(article),
  'badge:set': async ({ hidden, unsourced }, { tabId }) => {
    if (tabId !== null) await setBadge(tabId, hidden, unsourced);
  },
});

// Settings survive upgrades: bring whatever is stored to the current shape on install and update.
browser.runtime.onInstalled.addListener(async () => {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const { settings } = normalizeSettings(stored[SETTINGS_KEY]);
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
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
