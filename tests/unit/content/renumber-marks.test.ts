// Marks the background found are renumbered to the paragraphs the page located; a mark whose
// paragraph or first copy was not located is dropped (nothing hidden on a guess).
import { describe, expect, it } from 'vitest';
import type { RepeatMark } from '../../../src/core/repeats';
import { renumberMarks } from '../../../src/content/renumber-marks';

const mark = (index: number, duplicateOf: number | null): RepeatMark => ({
  index,
  duplicateOf,
  repeat: { kind: duplicateOf === null ? 'headline' : 'exact', changes: [] },
});

describe('renumberMarks', () => {
  it('maps extracted indexes to located ones and drops what was not located', () => {
    // Extracted paragraphs 0..5; the page located 0, 2, 3, 5 (1 and 4 lost).
    const from = [0, 2, 3, 5];
    const marks = [mark(2, 0), mark(3, 1), mark(4, 0), mark(5, 2), mark(0, null)];
    expect(renumberMarks(marks, from)).toEqual([mark(1, 0), mark(3, 1), mark(0, null)]);
  });

  it('keeps every mark when every paragraph was located', () => {
    const marks = [mark(1, 0), mark(2, null)];
    expect(renumberMarks(marks, [0, 1, 2])).toEqual(marks);
  });
});
