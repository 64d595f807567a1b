// Cost grows linearly: a 1 MB paragraph of adversarial text is handled in bounded time, and
// doubling the input does not much more than double the time.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';

const MEGABYTE = 1_000_000;

function timeOf(paragraph: string): number {
  const started = performance.now();
  findFigures([paragraph], { lang: 'en' });
  return performance.now() - started;
}

const repeatTo = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('figures performance', () => {
  it.each([
    [
      'a sentence full of figures and cues',
      'Officials said 30 soldiers, "over 80 militants" and $3bn were lost, he added. ',
    ],
    [
      'one endless sentence with no full stop',
      'the army said 12 of the 1,200 Col. Dembele men had 40km to go and ',
    ],
    ['a run of letters with no space', 'a'],
    ['digits glued with separators', '1,2.3-4:5/'],
    ['open quotes and brackets', '“(“( 5 ('],
    ['abbreviations that never end', 'Col. Gen. U.S. J. R. 5 No. '],
  ])('handles 1 MB of %s in linear time', (_name, unit) => {
    const small = timeOf(repeatTo(unit, MEGABYTE / 4));
    const large = timeOf(repeatTo(unit, MEGABYTE));
    // Four times the input: allow generous noise, but not quadratic (16x).
    expect(large).toBeLessThan(Math.max(small * 8, 200));
    // Absolute bound, far above what a linear pass costs here.
    expect(large).toBeLessThan(20_000);
  });
});
