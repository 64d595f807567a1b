// Regressions for bugs the fuzz suite found.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';

const E308 = '1' + '0'.repeat(308);

describe('figures: a finite numeral times a scale word overflows', () => {
  // "1e308 written out" alone gives value 1e308; with "million" / "bn" / "mille" the product was
  // Infinity, which JSON.stringify writes as null, so the report did not round-trip. The figure
  // is still listed (it is asserted in the text) with value null.
  it.each([`${E308} million soldiers were killed.`, `$${E308}bn was spent.`, `${E308} mille `])(
    'value is finite or null: %#',
    (text) => {
      const figures = findFigures([text], { lang: null });
      for (const f of figures) expect(f.value === null || Number.isFinite(f.value)).toBe(true);
      expect(figures.length).toBeGreaterThan(0);
    },
  );
});
