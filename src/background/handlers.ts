// The background's answer to every message it accepts (BackgroundHandlers spells them out):
// extraction and the analyses for content scripts, the badge (from the counts the page sends: it
// knows what the reader marked wrong and what is hidden now), and the reader's sites. What it
// keeps between one page's messages is per document, and goes when the tab closes.
import { analyze, type AnalysisModels } from '../core/analyze';
import { findRepeats } from '../core/repeats';
import type { BackgroundHandlers } from '../shared/message-routes';
import type { PageCounts } from './badge-text';
import { extractPageHtml } from './extract-page';
import { ExtractedArticles } from './extracted-articles';
import { PageTransfers } from './page-transfers';
import { removeSite, runOnSite, type SiteApi } from './sites';
import { WorkBudget } from './work-budget';

/** The extension APIs the handlers use (fakes in the unit tests). */
export interface HandlerDeps {
  setBadge(tabId: number, counts: PageCounts): Promise<void>;
  /** The analyses' models, loaded once (models.ts). */
  models(): Promise<AnalysisModels>;
  sites: SiteApi;
  /** Each tab's share of the background's time. */
  budget?: WorkBudget;
}

export interface Background {
  handlers: BackgroundHandlers;
  /** tabs.onRemoved: what was kept for the tab's documents goes. */
  forgetTab(tabId: number): void;
}

export function createBackground(deps: HandlerDeps): Background {
  const transfers = new PageTransfers();
  const extracted = new ExtractedArticles();
  const budget = deps.budget ?? new WorkBudget();
  const handlers: BackgroundHandlers = {
    fromContent: {
      'article:extract-part': ({ transfer, index, html }, from) =>
        transfers.addPart(from, transfer, index, html),
      'article:extract': ({ html, transfer, parts }, from) => {
        const whole = transfers.takeWhole(from, transfer, parts, html);
        if (whole === null) throw new Error('article:extract: a part of the page is missing');
        return budget.run(from.tabId, () => {
          const found = extractPageHtml(whole);
          if (found) extracted.remember(from, found.article, found.repeats);
          return found;
        });
      },
      'article:analyze-extracted': async ({ keep }, from) => {
        const cut = extracted.cut(from, keep);
        if (!cut) return null;
        const models = await deps.models();
        return budget.run(from.tabId, () => analyze(cut.article, models, cut.repeats));
      },
      'article:repeats': ({ paragraphs, headings, ...titles }, from) =>
        budget.run(from.tabId, () => findRepeats(paragraphs, titles, headings)),
      'article:analyze': async ({ article, repeats }, from) => {
        const models = await deps.models();
        return budget.run(from.tabId, () => analyze(article, models, repeats));
      },
      'badge:set': ({ hidden, unsourced }, from) =>
        deps.setBadge(from.tabId, { hidden, unsourced }),
    },
    fromUi: {
      'site:run': ({ host, tabId }) => runOnSite(deps.sites, host, tabId),
      'site:remove': ({ host }) => removeSite(deps.sites, host),
    },
  };
  return {
    handlers,
    forgetTab(tabId) {
      transfers.forgetTab(tabId);
      extracted.forgetTab(tabId);
      budget.forgetTab(tabId);
    },
  };
}
