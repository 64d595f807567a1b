// The "as of" date of a group card (src/core/month-year.ts).
import { describe, expect, it } from 'vitest';
import { monthYear } from '../../src/core/month-year';

describe('monthYear', () => {
  it('gives the month and year in the reader’s language', () => {
    expect(monthYear('2026-12-07', 'en')).toBe('December 2026');
    expect(monthYear('2026-12-07', 'fr')).toBe('décembre 2026');
  });

  it('keeps the first and last day in their own month, whatever the time zone', () => {
    expect(monthYear('2026-01-01', 'en')).toBe('January 2026');
    expect(monthYear('2026-03-31', 'en-US')).toBe('March 2026');
  });

  it('returns a string that is not a date as it is', () => {
    expect(monthYear('soon', 'en')).toBe('soon');
  });
});
