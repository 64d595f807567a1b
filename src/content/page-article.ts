// The article as the page shows it: each paragraph's text and the element it came from, in
// reading order, and, until later text changes it, which of the paragraphs the background
// extracted they are, so that the analysis request can name them instead of sending their text.
import type { ArticleInput } from '../core/report';

export class PageArticle {
  private keep: number[] | null;

  constructor(
    readonly input: ArticleInput,
    /** The element of each paragraph of `input`, by index. */
    readonly elements: Element[],
    /** The background's index of each paragraph; null when the page read the article itself. */
    keep: number[] | null,
  ) {
    this.keep = keep;
  }

  /** The background's paragraphs that make the article, by its index; null once it changed. */
  get extractedKeep(): number[] | null {
    return this.keep;
  }

  /** Later text: one more paragraph at the end. */
  add(element: Element, text: string): void {
    this.input.paragraphs.push(text);
    this.elements.push(element);
    this.keep = null;
  }
}
