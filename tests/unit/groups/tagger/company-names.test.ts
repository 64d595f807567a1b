import { describe, expect, it } from 'vitest';
import { listedNamePositions } from '../../../../src/core/groups/tagger/company-names';
import { tokenizeForTagger } from '../../../../src/core/groups/tagger/tokenize';

const positions = (text: string): string =>
  listedNamePositions(tokenizeForTagger(text).map((t) => t.text))
    .map((p) => p || '-')
    .join(' ');

describe('the company gazetteer', () => {
  it('marks listed names by their place, the longest first', () => {
    expect(positions('Dell and The Guardian agreed')).toBe('S - B E -');
  });

  it('matches as written: capitals count, apostrophes of either kind', () => {
    expect(positions("Macy's and Macy’s")).toBe('B E - B E');
    expect(positions('dell')).toBe('-');
  });
});
