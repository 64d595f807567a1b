// The finder must stay linear on hostile input: one huge paragraph full of capitalised words,
// hyphens, parentheses, apostrophes and near-miss names.

import { describe, expect, it } from 'vitest';
import { createGroupFinder } from '../../../src/core/groups';
import { TEST_KB } from './test-knowledge-base';

const finder = createGroupFinder(TEST_KB);
const PIECE =
  "The Al-Qaeda-linked Jama'at Nusrat al-Islam wal (JNIM) and U.S. Africa Command's Malian " +
  'army met the National Electoral Commission of the Army of the Republic (NECAR) - - ( ) ’s ';
/** A 1 MB paragraph must be scanned in well under this (ms); typical is a few hundred. */
const ONE_MEGABYTE_BUDGET_MS = 5000;
/** Four times the input may cost at most this many times the time (linear, with noise). */
const SCALING_LIMIT = 8;

function paragraphOf(length: number): string {
  return PIECE.repeat(Math.ceil(length / PIECE.length)).slice(0, length);
}

function timeOf(text: string): number {
  const started = performance.now();
  finder.find([text], { lang: 'en' });
  return performance.now() - started;
}

describe('performance', () => {
  it('scans a 1 MB paragraph in linear time', () => {
    timeOf(paragraphOf(10_000));
    const quarter = timeOf(paragraphOf(250_000));
    const full = timeOf(paragraphOf(1_000_000));
    expect(full).toBeLessThan(ONE_MEGABYTE_BUDGET_MS);
    expect(full / Math.max(quarter, 1)).toBeLessThan(SCALING_LIMIT);
  });

  it('survives pathological runs of one character', () => {
    for (const c of ['(', 'A', "'", '-', ' ', 'A.', 'Aa ']) {
      const started = performance.now();
      finder.find([c.repeat(200_000)], { lang: 'en' });
      expect(performance.now() - started).toBeLessThan(ONE_MEGABYTE_BUDGET_MS);
    }
  });
});
