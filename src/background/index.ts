// Background: wiring only. Runs extraction and the heavy analyses (figures, groups with the
// knowledge base) for content scripts, keeps the badge, migrates settings, registers the content script on the
// sites the reader added, and relays the keyboard command.
import { analyze } from '../core/analyze';
import { findRepeats } from '../core/repeats';
import { unsourcedFigures, type Report } from '../core/report';
import browser, { SETTINGS_KEY } from '../shared/browser';
import { listen } from '../shared/listen';
import { sendToTab } from '../shared/send';
import { normalizeSettings } from '../shared/settings';
import { setBadge } from './badge';
import { analysisModels } from './models';
import { extractPageHtml } from './extract-page';
import { extractedArticle, rememberExtracted } from './extracted-articles';
import { addPart, takeWhole } from './page-transfers';
import { removeSite, runOnSite, syncSites, type SiteApi } from './sites';

const siteApi: SiteApi = {
  scripting: browser.scripting as unknown as SiteApi['scripting'],
  permissions: browser.permissions,
  storage: browser.storage.sync,
  settingsKey: SETTINGS_KEY,
  // Firefox gives the manifest's script paths as full moz-extension:// URLs; scripting wants them relative.
  contentScript: (
    browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'src/content/index.js'
  ).replace(/^[a-z-]+:\/\/[^/]+\//, ''),
};

/** The report, once the sender's tab shows it on its badge (a badge failure loses no report). */
async function withBadge(tabId: number | null, hidden: number, report: Report): Promise<Report> {
  if (tabId !== null) {
    await setBadge(tabId, hidden, unsourcedFigures(report)).catch((err: unknown) =>
      console.debug('[newslens]', err),
    );
  }
  return report;
}

listen({
  'article:extract-part': ({ transfer, index, html }, { tabId }) =>
    addPart(tabId, transfer, index, html),
  'article:extract': ({ html, transfer, parts }, { tabId }) => {
    const whole = takeWhole(tabId, transfer, parts, html);
    if (whole === null) throw new Error('article:extract: a part of the page is missing');
    const found = extractPageHtml(whole);
    if (found) rememberExtracted(tabId, found.article);
    return found;
  },
  'article:analyze-extracted': async ({ keep, hidden }, { tabId }) => {
    const article = extractedArticle(tabId, keep);
    return article && withBadge(tabId, hidden, analyze(article, await analysisModels()));
  },
  'article:repeats': ({ title, paragraphs }) => findRepeats(paragraphs, title),
  'article:analyze': async ({ article, hidden }, { tabId }) =>
    withBadge(tabId, hidden, analyze(article, await analysisModels())),
  'badge:set': async ({ hidden, unsourced }, { tabId }) => {
    if (tabId !== null) await setBadge(tabId, hidden, unsourced);
  },
  'site:run': ({ host, tabId }) => runOnSite(siteApi, host, tabId),
  'site:remove': ({ host }) => removeSite(siteApi, host),
});

// Settings survive upgrades: bring whatever is stored to the current shape on install and update.
browser.runtime.onInstalled.addListener(async () => {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const { settings } = normalizeSettings(stored[SETTINGS_KEY]);
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
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
