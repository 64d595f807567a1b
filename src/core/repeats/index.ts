// Public API of repeat detection: which paragraphs of an article repeat earlier text or the title.

import type { ArticleInput } from '../report';
import { createRepeatDetector, type PageTitles, type RepeatMark } from './detector';

export {
  createRepeatDetector,
  type PageTitles,
  type RepeatDetector,
  type RepeatMark,
} from './detector';
export { findRepeatBlocks, type RepeatBlock } from './blocks';
export { normalizeForm, normalizeText } from './normalize';

/**
 * The repeats among `paragraphs` (in reading order), sorted by index. `page`: the titles the
 * page states; `headings`: the indexes of the paragraphs that are headings.
 */
export function findRepeats(
  paragraphs: readonly string[],
  page: PageTitles | string | null,
  headings: readonly number[] = [],
): RepeatMark[] {
  const detector = createRepeatDetector(page);
  const isHeading = new Set(headings);
  const marks: RepeatMark[] = [];
  paragraphs.forEach((paragraph, i) => {
    const found = detector.add(paragraph, isHeading.has(i));
    if (found) marks.push(found);
  });
  return marks;
}

/** The repeats of an article: the one pass over a page, carried from there into its report. */
export function articleRepeats(article: ArticleInput): RepeatMark[] {
  return findRepeats(article.paragraphs, article, article.headings);
}

/**
 * `marks` of an article renumbered to the paragraphs at `keep` (indexes into that article, in
 * order): a mark whose paragraph or first copy is not kept is dropped, so nothing points at a
 * paragraph that is not there (what the content script does with the paragraphs it found).
 */
export function keepRepeats(marks: readonly RepeatMark[], keep: readonly number[]): RepeatMark[] {
  const at = new Map(keep.map((source, i) => [source, i]));
  const kept: RepeatMark[] = [];
  for (const mark of marks) {
    const index = at.get(mark.index);
    const duplicateOf = mark.duplicateOf === null ? null : at.get(mark.duplicateOf);
    if (index !== undefined && duplicateOf !== undefined)
      kept.push({ ...mark, index, duplicateOf });
  }
  return kept;
}
