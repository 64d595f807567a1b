// The comparison stays linear: an article with thousands of figures of one key (the worst case
// for pairing) costs four times as much for four times the figures, not sixteen.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/figures';
import { findConflicts } from '../../../../src/core/figures/conflicts';

/** Figures of one key that all agree: each is compared with every earlier one it may be. */
function article(figures: number, value = (_: number) => 30): string[] {
  return Array.from(
    { length: figures },
    (_, i) => `Gunmen killed ${value(i)} soldiers in the attack, officials said.`,
  );
}

function timeOf(paragraphs: string[]): number {
  const figures = findFigures(paragraphs, { lang: 'en' });
  const started = performance.now();
  findConflicts(figures, 'en');
  return performance.now() - started;
}

describe('conflicts performance', () => {
  it('compares each figure with a bounded number of earlier ones', () => {
    timeOf(article(500));
    const small = timeOf(article(2_000));
    const large = timeOf(article(8_000));
    // Four times the figures: allow generous noise, but not quadratic (16x).
    expect(large).toBeLessThan(Math.max(small * 8, 300));
    expect(large).toBeLessThan(10_000);
  });

  it('reports at most one conflict per figure', () => {
    const paragraphs = article(400, (i) => 20 + (i % 40));
    const conflicts = findConflicts(findFigures(paragraphs, { lang: 'en' }), 'en');
    const later = conflicts.map((c) => c.figures[1]);
    expect(new Set(later).size).toBe(later.length);
    for (const c of conflicts) expect(c.figures[0]).toBeLessThan(c.figures[1]);
  });
});
