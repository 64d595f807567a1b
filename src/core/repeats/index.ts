// Public API of repeat detection: which paragraphs of an article repeat earlier text or the title.

import type { ArticleInput } from '../report';
import { createRepeatDetector, type RepeatMark } from './detector';

export { createRepeatDetector, type RepeatDetector, type RepeatMark } from './detector';
export { findRepeatBlocks, type RepeatBlock } from './blocks';
export { normalizeForm, normalizeText } from './normalize';

/** The repeats among `paragraphs` (in reading order), sorted by index. */
export function findRepeats(paragraphs: readonly string[], title: string | null): RepeatMark[] {
  const detector = createRepeatDetector(title);
  const marks: RepeatMark[] = [];
  for (const paragraph of paragraphs) {
    const found = detector.add(paragraph);
    if (found) marks.push(found);
  }
  return marks;
}

/** The repeats of an article: the one pass over a page, carried from there into its report. */
export function articleRepeats(article: ArticleInput): RepeatMark[] {
  return findRepeats(article.paragraphs, article.title);
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
