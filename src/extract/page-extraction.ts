// Extraction for a page whose live DOM is elsewhere: the content script serialises the page,
// the background parses that HTML and runs Readability there (off the page's main thread),
// and answers with the article plus, for each paragraph, where its block sits in the live
// page (see element-order.ts) and how long that block's text is, so the content script can
// check it found the same element.
import type { ArticleInput } from '../core/report';
import { elementOrder } from './element-order';
import { extractArticle } from './extract-article';
import { MAX_READABILITY_ELEMENTS } from './large-page';
import { comparableText } from './comparable-text';

export interface BlockLocator {
  /** Index of the block among the live page's body elements (`body.getElementsByTagName('*')`). */
  index: number;
  /** Length of that element's `comparableText` (a block Readability rebuilt lies inside it). */
  chars: number;
}

export interface PageExtraction {
  article: ArticleInput;
  /** One per paragraph. */
  blocks: BlockLocator[];
}

/**
 * `doc` is the parsed serialisation of the live page; null when there is no article. The
 * content script reads pages over MAX_READABILITY_ELEMENTS itself; a larger one here throws.
 */
export function extractForPage(doc: Document): PageExtraction | null {
  const extracted = extractArticle(doc, {
    mapToSource: true,
    maxElements: MAX_READABILITY_ELEMENTS,
  });
  if (!extracted) return null;
  if (!doc.body) return null;
  const order = elementOrder(doc.body);
  const paragraphs: string[] = [];
  const blocks: BlockLocator[] = [];
  extracted.elements.forEach((el, i) => {
    const index = order.get(el);
    if (index === undefined) return; // inside content a browser keeps out of the tree
    paragraphs.push(extracted.input.paragraphs[i] as string);
    blocks.push({ index, chars: comparableText(el).length });
  });
  if (paragraphs.length === 0) return null;
  return { article: { ...extracted.input, paragraphs }, blocks };
}
