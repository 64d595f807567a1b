import { describe, expect, it } from 'vitest';
import { normalizeForm, normalizeText } from '../../../src/core/repeats';

describe('normalizeText', () => {
  it('applies NFKC (full-width forms, ligatures, Arabic presentation forms)', () => {
    expect(normalizeText('ＡＢＣ１２３ ﬁnal')).toBe('abc123 final');
    expect(normalizeText('\uFEFB')).toBe('\u0644\u0627'); // lam-alef ligature -> lam + alef
  });

  it('collapses every kind of whitespace, including NBSP, thin and ideographic spaces', () => {
    expect(normalizeText('  a\u00A0b\u2009c\u3000d\t\ne\u202Ff  ')).toBe('a b c d e f');
  });

  it('drops zero-width characters, soft hyphens, bidi marks and tatweel', () => {
    expect(normalizeText('inter\u00ADnational\u200B news\uFEFF')).toBe('international news');
    expect(normalizeText('\u200Fשלום\u200E עולם')).toBe('שלום עולם');
    expect(normalizeText('جـــيش')).toBe('جيش');
  });

  it('unifies curly and straight quotes and apostrophes', () => {
    expect(normalizeText('“Yes,” she said, ‘it’s fine’ and «done» ok')).toBe(
      normalizeText('"Yes," she said, \'it\'s fine\' and "done" ok'),
    );
    expect(normalizeText('Jama\u2019at')).toBe("jama'at");
  });

  it('unifies all dashes and the minus sign', () => {
    const expected = 'a-b-c-d-e-f';
    expect(normalizeText('a\u2010b\u2013c\u2014d\u2212e\u2012f')).toBe(expected);
  });

  it('drops trailing punctuation, keeps inner punctuation', () => {
    expect(normalizeText('He left. Then he came back...')).toBe('he left. then he came back');
    expect(normalizeText('He said “yes.”')).toBe('he said "yes');
    expect(normalizeText('Really?!  ')).toBe('really');
    expect(normalizeText('政府发表声明。')).toBe('政府发表声明');
    expect(normalizeText('सेना ने हमला रोका।')).toBe('सेना ने हमला रोका');
  });

  it('folds case without locale rules in any cased script', () => {
    expect(normalizeText('ÉCOLE Москва ΑΘΗΝΑ')).toBe('école москва αθηνα');
  });

  it('leaves uncased scripts intact (Arabic, Hebrew, CJK, Devanagari)', () => {
    for (const text of ['قال الجيش', 'דובר הצבא', '军方发言人', 'सेना के प्रवक्ता']) {
      expect(normalizeText(text)).toBe(text);
    }
  });

  it('keeps case in normalizeForm', () => {
    expect(normalizeForm('The  “U.S.” Army.')).toBe('The "U.S." Army');
  });

  it('stays linear on long punctuation runs (no regex backtracking)', () => {
    const text = `${'!'.repeat(200_000)}x${'.'.repeat(200_000)}`;
    expect(normalizeText(text)).toBe(`${'!'.repeat(200_000)}x`);
  });
});
