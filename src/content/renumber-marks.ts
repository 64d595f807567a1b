// The background finds the repeats among the paragraphs it extracted; the page keeps those it
// located. The marks are renumbered to the located paragraphs, and a mark whose paragraph or
// first copy was not found in the page is dropped: nothing is hidden on a guess. The background
// renumbers the repeats of its report the same way (core keepRepeats), so the two agree.
import { keepRepeats, type RepeatMark } from '../core/repeats';

/** `from[i]` is the extracted index of located paragraph `i` (locate-blocks.ts). */
export function renumberMarks(marks: readonly RepeatMark[], from: readonly number[]): RepeatMark[] {
  return keepRepeats(marks, from);
}
