// The article the background last extracted for each tab, so that its analysis needs no second
// copy of the text from the page. Bounded: a few tabs' articles, the oldest dropped first.
import type { ArticleInput } from '../core/report';
import { PerTab } from './per-tab';

const byTab = new PerTab<ArticleInput>(20);

export function rememberExtracted(tabId: number | null, article: ArticleInput): void {
  if (tabId !== null) byTab.set(tabId, article);
}

/** The tab's extracted article cut to the paragraphs at `keep`, or null if there is none. */
export function extractedArticle(
  tabId: number | null,
  keep: readonly number[],
): ArticleInput | null {
  const article = byTab.get(tabId);
  if (!article || keep.some((i) => i >= article.paragraphs.length)) return null;
  return { ...article, paragraphs: keep.map((i) => article.paragraphs[i] as string) };
}
