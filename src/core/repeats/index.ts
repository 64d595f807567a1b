// Public API of repeat detection: which paragraphs of an article repeat earlier text or the title.

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
