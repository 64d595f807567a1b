// The one way a page's HTML becomes an article, for the CLI (a file, a URL) and the background
// (the page a content script serialised, read there off the page's main thread): the same
// parser, bounds, Readability and paragraph blocks, so both give the same paragraphs for the
// same page. The background also needs, for each paragraph, where its block sits in the live
// page (see element-order.ts) and how long that block's text is, so the content script can check
// it found the same element; finding those costs a clone of the document, so only it asks.
import type { ArticleInput } from '../core/report';
import { dropOpaqueContent } from './browser-tree';
import { comparableText } from './comparable-text';
import { elementOrder } from './element-order';
import { extractArticle, type ArticleBlocks } from './extract-article';
import { extractLargePage, isLargePage } from './large-page';
import { parseHtml } from './parse-html';
import { withBody } from './with-body';

/** Below this much body text Readability has found a teaser or a menu, not an article. */
export const MIN_ARTICLE_CHARS = 200;

const DOCTYPE = /^\s*<!doctype/i;

export interface BlockLocator {
  /**
   * Index of the block among the live page's body elements (`body.getElementsByTagName('*')`),
   * or -1 where the paragraph has no element of its own in a browser's tree.
   */
  index: number;
  /** Length of that element's `comparableText` (a block Readability rebuilt lies inside it). */
  chars: number;
}

export interface PageExtraction {
  article: ArticleInput;
  /** One per paragraph with `locate`, else none. */
  blocks: BlockLocator[];
}

export interface PageExtractionOptions {
  /** Where each paragraph sits in the live page (the background, for the content script). */
  locate?: boolean;
}

/**
 * The article of a page's HTML, or null when there is none (or under MIN_ARTICLE_CHARS of it).
 * Throws PageBoundError for a page past the bounds of page-bounds.ts. Pages over
 * MAX_READABILITY_ELEMENTS are read without Readability, as the content script reads them
 * (large-page.ts).
 */
export function extractPage(
  html: string,
  options: PageExtractionOptions = {},
): PageExtraction | null {
  const wrapped = withBody(html);
  const doc = parseHtml(DOCTYPE.test(wrapped) ? wrapped : `<!DOCTYPE html>${wrapped}`);
  dropOpaqueContent(doc);
  const locate = options.locate === true;
  const extracted: ArticleBlocks | null = isLargePage(doc)
    ? extractLargePage(doc)
    : extractArticle(doc, { mapToSource: locate });
  if (!extracted) return null;
  const { input } = extracted;
  const chars = input.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) return null;
  return { article: input, blocks: locate ? locators(doc, extracted.elements) : [] };
}

function locators(doc: Document, elements: readonly (Element | null)[]): BlockLocator[] {
  const order = doc.body ? elementOrder(doc.body) : new Map<Element, number>();
  return elements.map((el) => {
    const index = el ? order.get(el) : undefined;
    return index === undefined || !el
      ? { index: -1, chars: 0 }
      : { index, chars: comparableText(el).length };
  });
}
