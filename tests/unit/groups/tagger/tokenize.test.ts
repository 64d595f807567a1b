import { describe, expect, it } from 'vitest';
import { tokenizeForTagger } from '../../../../src/core/groups/tagger/tokenize';

const texts = (s: string): string[] => tokenizeForTagger(s).map((t) => t.text);

describe('the tagger tokeniser', () => {
  it('splits words and punctuation the CoNLL way, keeping offsets', () => {
    const s = 'JNIM, al-Qaeda\u2019s affiliate, said 30 soldiers (U.S. officials) died.';
    const tokens = tokenizeForTagger(s);
    expect(tokens.map((t) => t.text)).toEqual([
      'JNIM',
      ',',
      'al-Qaeda',
      '’s',
      'affiliate',
      ',',
      'said',
      '30',
      'soldiers',
      '(',
      'U.S.',
      'officials',
      ')',
      'died',
      '.',
    ]);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps abbreviations with their full stop and splits negations', () => {
    expect(texts('Apple Inc. and Gen. Smith don\u2019t agree')).toEqual([
      'Apple',
      'Inc.',
      'and',
      'Gen.',
      'Smith',
      'do',
      'n’t',
      'agree',
    ]);
  });

  it('keeps numbers, handles and URLs whole', () => {
    expect(texts('$1,000.50 for @newslens at https://example.org/a?b=1 now')).toEqual([
      '$',
      '1,000.50',
      'for',
      '@newslens',
      'at',
      'https://example.org/a?b=1',
      'now',
    ]);
  });
});
