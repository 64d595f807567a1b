// The detector's shingle index (typed in place of a Map of arrays for speed): it must keep the
// Map's behaviour, pairs in insertion order and capped per hash, however many hashes it holds.
import { describe, expect, it } from 'vitest';
import { SeenHashes, ShinglePostings } from '../../../src/core/repeats/postings';

function pairsOf(postings: ShinglePostings, hash: number): [number, number][] {
  const entry = postings.find(hash);
  const pairs: [number, number][] = [];
  for (let p = entry < 0 ? -1 : postings.first(entry); p >= 0; p = postings.next(p)) {
    pairs.push([postings.paragraphOf(p), postings.positionOf(p)]);
  }
  return pairs;
}

describe('ShinglePostings', () => {
  it('keeps pairs in insertion order, at most the cap per hash', () => {
    const postings = new ShinglePostings(3);
    for (let k = 0; k < 5; k++) postings.add(-7, k, 10 + k);
    postings.add(42, 9, 1);
    expect(pairsOf(postings, -7)).toEqual([
      [0, 10],
      [1, 11],
      [2, 12],
    ]);
    expect(postings.count(postings.find(-7))).toBe(3);
    expect(pairsOf(postings, 42)).toEqual([[9, 1]]);
    expect(postings.find(43)).toBe(-1);
  });

  it('finds every hash after growing, colliding hashes included', () => {
    const postings = new ShinglePostings(16);
    const hashes = Array.from({ length: 5000 }, (_, k) => Math.imul(k, 0x9e3779b1) | 0);
    hashes.forEach((hash, k) => postings.add(hash, k, k % 7));
    // Hashes that differ only in their high bits are told apart too.
    for (let k = 1; k < 50; k++) postings.add(k << 20, k, 0);
    hashes.forEach((hash, k) => expect(pairsOf(postings, hash)).toEqual([[k, k % 7]]));
    for (let k = 1; k < 50; k++) expect(pairsOf(postings, k << 20)).toEqual([[k, 0]]);
  });
});

describe('SeenHashes', () => {
  it('says true once per hash until reset', () => {
    const seen = new SeenHashes();
    seen.reset(3);
    expect([5, 6, 5, -1, 6].map((h) => seen.add(h))).toEqual([true, true, false, true, false]);
    seen.reset(1000);
    expect(seen.add(5)).toBe(true);
    seen.reset(2);
    expect(seen.add(5)).toBe(true);
    expect(seen.add(5)).toBe(false);
  });
});
