// The background's answer to every message it accepts (BackgroundHandlers spells them out):
// extraction and the analyses for content scripts, the badge, and the reader's sites.
import { analyze, type AnalysisModels } from '../core/analyze';
import { findRepeats } from '../core/repeats';
import { unsourcedFigures, type Report } from '../core/report';
import type { BackgroundHandlers } from '../shared/message-routes';
import { extractPageHtml } from './extract-page';
import { extractedArticle, rememberExtracted } from './extracted-articles';
import { addPart, takeWhole } from './page-transfers';
import { removeSite, runOnSite, type SiteApi } from './sites';

/** The extension APIs the handlers use (fakes in the unit tests). */
export interface HandlerDeps {
  setBadge(tabId: number, hidden: number, unsourced: number): Promise<void>;
  /** The analyses' models, loaded once (models.ts). */
  models(): Promise<AnalysisModels>;
  sites: SiteApi;
}

export function createBackgroundHandlers(deps: HandlerDeps): BackgroundHandlers {
  /** The report, once the sender's tab shows it on its badge (a badge failure loses no report). */
  const withBadge = async (
    tabId: number | null,
    hidden: number,
    report: Report,
  ): Promise<Report> => {
    if (tabId !== null) {
      await deps
        .setBadge(tabId, hidden, unsourcedFigures(report))
        .catch((err: unknown) => console.debug('[newslens]', err));
    }
    return report;
  };
  return {
    fromContent: {
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
        return article && withBadge(tabId, hidden, analyze(article, await deps.models()));
      },
      'article:repeats': ({ title, paragraphs }) => findRepeats(paragraphs, title),
      'article:analyze': async ({ article, hidden }, { tabId }) =>
        withBadge(tabId, hidden, analyze(article, await deps.models())),
      'badge:set': async ({ hidden, unsourced }, { tabId }) => {
        if (tabId !== null) await deps.setBadge(tabId, hidden, unsourced);
      },
    },
    fromUi: {
      'site:run': ({ host, tabId }) => runOnSite(deps.sites, host, tabId),
      'site:remove': ({ host }) => removeSite(deps.sites, host),
    },
  };
}
