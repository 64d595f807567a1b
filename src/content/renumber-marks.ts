// The background finds the repeats among the paragraphs it extracted; the page keeps those it
// located. The marks are renumbered to the located paragraphs, and a mark whose paragraph or
// first copy was not found in the page is dropped: nothing is hidden on a guess.
import type { RepeatMark } from '../core/repeats';

/** `from[i]` is the extracted index of located paragraph `i` (locate-blocks.ts). */
export function renumberMarks(marks: readonly RepeatMark[], from: readonly number[]): RepeatMark[] {
  const at = new Map(from.map((source, i) => [source, i]));
  const renumbered: RepeatMark[] = [];
  for (const mark of marks) {
    const index = at.get(mark.index);
    const duplicateOf = mark.duplicateOf === null ? null : at.get(mark.duplicateOf);
    if (index !== undefined && duplicateOf !== undefined) {
      renumbered.push({ ...mark, index, duplicateOf });
    }
  }
  return renumbered;
}
