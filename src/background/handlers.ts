// The background's answer to every message it accepts (BackgroundHandlers spells them out):
// extraction and the analyses for content scripts, the badge, and the reader's sites. What it
// keeps between one page's messages is per document, and goes when the tab closes.
import { analyze, type AnalysisModels } from '../core/analyze';
import { findRepeats } from '../core/repeats';
import { unsourcedFigures, type Report } from '../core/report';
import type { BackgroundHandlers } from '../shared/message-routes';
import { extractPageHtml } from './extract-page';
import { ExtractedArticles } from './extracted-articles';
import { PageTransfers } from './page-transfers';
import { removeSite, runOnSite, type SiteApi } from './sites';
import { WorkBudget } from './work-budget';

/** The extension APIs the handlers use (fakes in the unit tests). */
export interface HandlerDeps {
  setBadge(tabId: number, hidden: number, unsourced: number): Promise<void>;
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
  /** The report, once the sender's tab shows it on its badge (a badge failure loses no report). */
  const withBadge = async (tabId: number, hidden: number, report: Report): Promise<Report> => {
    await deps
      .setBadge(tabId, hidden, unsourcedFigures(report))
      .catch((err: unknown) => console.debug('[newslens]', err));
    return report;
  };
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
      'article:analyze-extracted': async ({ keep, hidden }, from) => {
        const cut = extracted.cut(from, keep);
        if (!cut) return null;
        const models = await deps.models();
        const report = await budget.run(from.tabId, () =>
          analyze(cut.article, models, cut.repeats),
        );
        return withBadge(from.tabId, hidden, report);
      },
      'article:repeats': ({ paragraphs, headings, ...titles }, from) =>
        budget.run(from.tabId, () => findRepeats(paragraphs, titles, headings)),
      'article:analyze': async ({ article, hidden, repeats }, from) => {
        const models = await deps.models();
        const report = await budget.run(from.tabId, () => analyze(article, models, repeats));
        return withBadge(from.tabId, hidden, report);
      },
      'badge:set': ({ hidden, unsourced }, from) => deps.setBadge(from.tabId, hidden, unsourced),
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
