// The toolbar badge: the number the reader chose, and a tooltip that says what it counts.
import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle } from '../../../src/background/badge-text';
import { englishWords as w } from '../../../src/cli/english';

describe('badge', () => {
  it('counts figures with no source plus repeats hidden by default', () => {
    expect(badgeText('attention', { unsourced: 7, hidden: 0 })).toBe('7');
    expect(badgeText('attention', { unsourced: 1, hidden: 6 })).toBe('7');
    expect(badgeText('attention', { unsourced: 0, hidden: 0 })).toBe('');
  });

  it('counts what the reader chose', () => {
    const counts = { unsourced: 1, hidden: 6 };
    expect(badgeText('figures', counts)).toBe('1');
    expect(badgeText('repeats', counts)).toBe('6');
    expect(badgeText('off', counts)).toBe('');
    expect(badgeText('attention', { unsourced: 2_000, hidden: 0 })).toBe('999+');
  });

  it('the tooltip gives both counts and says what the number counts', () => {
    expect(badgeTitle(w, 'attention', { unsourced: 1, hidden: 6 })).toBe(
      'Newslens\n1 figure with no source · 6 repeated paragraphs hidden\nThe number counts figures with no source and repeated paragraphs hidden.',
    );
    expect(badgeTitle(w, 'figures', { unsourced: 0, hidden: 1 }).split('\n').slice(1)).toEqual([
      '0 figures with no source · 1 repeated paragraph hidden',
      'The number counts figures with no source.',
    ]);
  });
});
