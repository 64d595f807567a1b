// Groups repeats into blocks: runs of consecutive paragraphs that copy a consecutive earlier run
// (a page printing four paragraphs twice), so the UI can hide and explain them as one unit.

import type { RepeatMark } from './detector';

export interface RepeatBlock {
  /** First paragraph of the repeated run. */
  start: number;
  /** Paragraph after the last one of the run (exclusive). */
  end: number;
  /** First paragraph of the earlier run it copies. */
  sourceStart: number;
}

/** Runs of two or more consecutive repeats whose sources are consecutive too. */
export function findRepeatBlocks(marks: readonly RepeatMark[]): RepeatBlock[] {
  const blocks: RepeatBlock[] = [];
  let current: RepeatBlock | null = null;
  for (const { index, duplicateOf } of marks) {
    const continues =
      current !== null &&
      duplicateOf !== null &&
      index === current.end &&
      duplicateOf === current.sourceStart + (current.end - current.start);
    if (current !== null && continues) {
      current.end++;
      continue;
    }
    if (current !== null && current.end - current.start >= 2) blocks.push(current);
    current =
      duplicateOf === null ? null : { start: index, end: index + 1, sourceStart: duplicateOf };
  }
  if (current !== null && current.end - current.start >= 2) blocks.push(current);
  return blocks;
}
