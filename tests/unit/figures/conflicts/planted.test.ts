// Planted disagreements (tests/fixtures/conflicts/): real corpus articles, rebuilt from
// ../shared at run time, each with one sentence added to a later paragraph. Measures the recall of
// the planted disagreements and the false alarms on the planted non-conflicts, on the tune part
// (the rules were tuned on it) and on the test part (looked at once, see the README there).

import { describe, expect, it } from 'vitest';
import {
  corpusBodies,
  POSITIVE,
  readPlants,
  scorePlant,
  type PlantResult,
} from '../../../fixtures/conflicts/plants';

const file = readPlants();
const bodies = corpusBodies();
const part = new Map<string, 'tune' | 'test'>([
  ...file.split.tune.map((id) => [id, 'tune'] as const),
  ...file.split.test.map((id) => [id, 'test'] as const),
]);
const results: PlantResult[] = file.plants.map((plant) =>
  scorePlant(plant, bodies.get(plant.article) ?? []),
);

interface Tally {
  planted: number;
  found: number;
  unplanted: number;
  falseAlarms: number;
}

function tally(which: 'tune' | 'test' | 'all'): Tally {
  const chosen = results.filter((r) => which === 'all' || part.get(r.plant.article) === which);
  const positives = chosen.filter((r) => POSITIVE.has(r.plant.variant));
  const negatives = chosen.filter((r) => !POSITIVE.has(r.plant.variant));
  return {
    planted: positives.length,
    found: positives.filter((r) => r.paired).length,
    unplanted: negatives.length,
    falseAlarms: negatives.filter((r) => r.involved).length,
  };
}

describe('planted disagreements', () => {
  it('has plants in both parts, from articles the split names', () => {
    for (const plant of file.plants) expect(part.has(plant.article), plant.article).toBe(true);
    expect(tally('tune').planted).toBeGreaterThan(100);
    expect(tally('test').planted).toBeGreaterThan(100);
  });

  it('reads every planted sentence as a figure', () => {
    const unread = results
      .filter((r) => !r.read)
      .map((r) => `${r.plant.article} ${r.plant.variant}`);
    expect(unread).toEqual([]);
  });

  // Measured: tune 166/171 = 0.971, test 124/128 = 0.969, all 290/299 = 0.970 (before whole
  // sentences decided a clause too short to tell: 165/171, 115/128, 280/299).
  it.each([
    ['tune', 0.96],
    ['test', 0.95],
    ['all', 0.96],
  ] as const)('finds the planted disagreements (%s part, recall ≥ %s)', (which, floor) => {
    const t = tally(which);
    expect(t.found / t.planted).toBeGreaterThanOrEqual(floor);
  });

  // Measured: tune 0 of 242, test 3 of 181 (a deals sentence listing several prices).
  it.each([
    ['tune', 0],
    ['test', 3],
  ] as const)(
    'raises few false alarms on the planted non-conflicts (%s part, at most %s)',
    (which, most) => {
      expect(tally(which).falseAlarms).toBeLessThanOrEqual(most);
    },
  );

  // Measured: 133 of 145 pairs found with a kind the recipe decides (different sources, updated).
  it('gives the kind the recipe decides', () => {
    const decided = results.filter((r) => r.paired && r.plant.kind !== undefined);
    const right = decided.filter((r) => r.kind === r.plant.kind).length;
    expect(decided.length).toBeGreaterThan(100);
    expect(right / decided.length).toBeGreaterThanOrEqual(0.88);
  });
});
