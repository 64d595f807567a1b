// Issue 17: the report's paragraphs are the article body. Readability keeps some page furniture
// inside its article; these rules take it out of the paragraphs (the page keeps it, untouched:
// the content script simply finds no paragraph there). Applied by extractArticle, so the CLI and
// the background agree.
import { isButtonRow, isDateline, isInBylineBox, isReadingTime } from './bylines';
import { isCredit, isFigureHolder, isImageCaption } from './captions';
import {
  isInLinkedList,
  isLabelledLink,
  isListLabel,
  isShoutedLink,
  trailingLinkRun,
} from './link-lists';
import { isAdLabel } from './ad-labels';

export { cleanByline } from './bylines';

export type ClutterKind = 'byline' | 'caption' | 'link-list' | 'ad-label';

/** What a block is, when it is clutter; null for body. */
export function clutterKind(el: Element, text: string, root: Element): ClutterKind | null {
  if (isDateline(el, text) || isButtonRow(text) || isInBylineBox(el, root) || isReadingTime(text))
    return 'byline';
  if (isCredit(text) || isFigureHolder(el) || isImageCaption(el, text, root)) return 'caption';
  if (
    isInLinkedList(el) ||
    isListLabel(text) ||
    isLabelledLink(el, text) ||
    isShoutedLink(el, text)
  )
    return 'link-list';
  if (isAdLabel(text)) return 'ad-label';
  return null;
}

/**
 * Which of `blocks` (with their texts, under the Readability output `root`) are article body:
 * one flag per block.
 */
export function bodyBlocks(
  blocks: readonly Element[],
  texts: readonly string[],
  root: Element,
): boolean[] {
  const keep = blocks.map((el, i) => clutterKind(el, texts[i] as string, root) === null);
  const kept = keep.flatMap((k, i) => (k ? [i] : []));
  for (const at of trailingLinkRun(
    kept.map((i) => blocks[i] as Element),
    kept.map((i) => texts[i] as string),
  )) {
    keep[kept[at] as number] = false;
  }
  // Never the whole article: a page of nothing but short dated lines is left as it was.
  return keep.some(Boolean) ? keep : blocks.map(() => true);
}
