// Has the background analyse the article (figures and groups run there, with the knowledge
// base). Sending costs the page's main thread too (about 1 ms per 10 KB in Chromium), so an
// article that is still what the background extracted is named by its paragraphs' indexes, not
// sent back; later text changes that. With the text go the repeats the page hid, so the report
// marks exactly those. The page sets the badge itself once the report is in (badge.ts): only it
// knows the reader's marks.
import type { RepeatMark } from '../core/repeats';
import type { Report } from '../core/report';
import { sendToBackground } from '../shared/send';
import type { PageArticle } from './page-article';
import { timed } from './timing';

export async function requestReport(article: PageArticle, repeats: RepeatMark[]): Promise<Report> {
  const keep = article.extractedKeep;
  const input = article.input;
  const report =
    keep && (await timed('send', () => sendToBackground('article:analyze-extracted', { keep })));
  // Null: the background no longer has the article it extracted, so the text goes.
  return (
    report ??
    (await timed('send', () => sendToBackground('article:analyze', { article: input, repeats })))
  );
}
