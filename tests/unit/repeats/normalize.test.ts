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

  it('unifies hyphens, unspaced en dashes and the minus sign', () => {
    expect(normalizeText('a\u2010b\u2013c\u2212e\u2012f')).toBe('a-b-c-e-f');
  });

  it('writes a dash between words one way however it was typed: "—", " – ", " - ", " -- "', () => {
    const expected = 'the army - not the rebels - took the town';
    for (const dash of ['\u2014', ' \u2014 ', ' \u2013 ', ' - ', ' -- ', '--', '  \u2014  ']) {
      const text = `The army${dash}not the rebels${dash}took the town.`;
      expect(normalizeText(text), JSON.stringify(dash)).toBe(expected);
      expect(normalizeText(text.replace(/ /g, '\u00a0')), `NBSP ${JSON.stringify(dash)}`).toBe(
        expected,
      );
      expect(normalizeText(`${text} \u2026`), `non-Latin-1 ${JSON.stringify(dash)}`).toBe(expected);
    }
    // A hyphen inside a word, or an unspaced en dash in a range, stays a hyphen.
    expect(normalizeText('al-Qaeda 2010\u20132012')).toBe('al-qaeda 2010-2012');
  });

  it('drops a final full stop however it is spaced, and the spaces around the text', () => {
    const expected = normalizeText('The army took the town.');
    expect(normalizeText('  The army took the town .  ')).toBe(expected);
    expect(normalizeText('The army took the town')).toBe(expected);
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

  it('stays linear on long runs of spaces before a dash, in each of its paths', () => {
    const spaces = ' '.repeat(200_000);
    const start = performance.now();
    for (const text of [`a${spaces}--b`, `\u00e9${spaces}x\u2014`, `\u0416${spaces}x--`]) {
      expect(normalizeText(`${text}${spaces}y`)).toMatch(/ y$/);
    }
    // Quadratic backtracking over 200,000 spaces would take minutes; linear takes milliseconds.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
