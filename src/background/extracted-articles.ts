// The article the background last extracted for each document, and its repeats, so that its
// analysis needs no second copy of the text from the page and no second pass for repeats.
// Bounded: a few documents' articles.
import { keepParagraphs } from '../core/keep-paragraphs';
import type { ArticleInput } from '../core/report';
import { keepRepeats, type RepeatMark } from '../core/repeats';
import type { TabSender } from '../shared/message-routes';
import { PerDocument } from './per-document';

interface Extracted {
  article: ArticleInput;
  repeats: readonly RepeatMark[];
}

export class ExtractedArticles {
  private readonly byDocument = new PerDocument<Extracted>(20);

  remember(from: TabSender, article: ArticleInput, repeats: readonly RepeatMark[]): void {
    this.byDocument.set(from, { article, repeats });
  }

  /**
   * The document's extracted article cut to the paragraphs at `keep`, with its repeats
   * renumbered as the page renumbers the ones it hides; null if there is none.
   */
  cut(from: TabSender, keep: readonly number[]): Extracted | null {
    const found = this.byDocument.get(from);
    if (!found || keep.some((i) => i >= found.article.paragraphs.length)) return null;
    return {
      article: keepParagraphs(found.article, keep),
      repeats: keepRepeats(found.repeats, keep),
    };
  }

  forgetTab(tabId: number): void {
    this.byDocument.forgetTab(tabId);
  }
}
