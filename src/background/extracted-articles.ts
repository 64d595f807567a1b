// The article the background last extracted for each document, so that its analysis needs no
// second copy of the text from the page. Bounded: a few documents' articles.
import type { ArticleInput } from '../core/report';
import type { TabSender } from '../shared/message-routes';
import { PerDocument } from './per-document';

export class ExtractedArticles {
  private readonly byDocument = new PerDocument<ArticleInput>(20);

  remember(from: TabSender, article: ArticleInput): void {
    this.byDocument.set(from, article);
  }

  /** The document's extracted article cut to the paragraphs at `keep`, or null if there is none. */
  cut(from: TabSender, keep: readonly number[]): ArticleInput | null {
    const article = this.byDocument.get(from);
    if (!article || keep.some((i) => i >= article.paragraphs.length)) return null;
    return { ...article, paragraphs: keep.map((i) => article.paragraphs[i] as string) };
  }

  forgetTab(tabId: number): void {
    this.byDocument.forgetTab(tabId);
  }
}
