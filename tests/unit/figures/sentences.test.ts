// Sentence splitting: abbreviations, titles and initials do not end a sentence.

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/figures';

const texts = (text: string, lang: string | null = 'en') =>
  splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after titles', () => {
    expect(
      texts('According to army spokesperson Col. Souleymane Dembele, the army won. Then it left.'),
    ).toEqual([
      'According to army spokesperson Col. Souleymane Dembele, the army won.',
      'Then it left.',
    ]);
  });

  it.each([
    'Gen.',
    'Lt.',
    'Maj.',
    'Capt.',
    'Sgt.',
    'Dr.',
    'Mr.',
    'Mrs.',
    'Ms.',
    'Prof.',
    'Sen.',
    'Rep.',
    'Gov.',
    'St.',
  ])('keeps "%s Name" together', (title) => {
    expect(texts(`The speaker was ${title} Smith of the unit. Others left.`)).toHaveLength(2);
  });

  it('keeps a quoted question or exclamation with the tag that follows it in lower case', () => {
    expect(
      texts('"Where are the 30 trucks?" asked Ana Ruiz. "Gone!" she said. Nobody knew.'),
    ).toEqual(['"Where are the 30 trucks?" asked Ana Ruiz.', '"Gone!" she said.', 'Nobody knew.']);
    expect(texts('"Is it over?" Nobody knew.')).toEqual(['"Is it over?"', 'Nobody knew.']);
  });

  it('keeps initials and "No." with a number together', () => {
    expect(texts('J. R. Jones wrote it. No. 10 said so.')).toEqual([
      'J. R. Jones wrote it.',
      'No. 10 said so.',
    ]);
  });

  it('keeps U.S. inside a name but ends a sentence after it when a new one starts', () => {
    expect(texts('The U.S. Africa Command spoke. It was brief.')).toEqual([
      'The U.S. Africa Command spoke.',
      'It was brief.',
    ]);
    expect(texts('Troops left the U.S. The army said so.')).toEqual([
      'Troops left the U.S.',
      'The army said so.',
    ]);
  });

  it('keeps e.g., i.e. and month abbreviations inside the sentence', () => {
    expect(
      texts('Some groups, e.g. JNIM, i.e. the largest, struck on Jan. 5 and Feb. 6. Then calm.'),
    ).toHaveLength(2);
  });

  it('ends a sentence after a quoted "no."', () => {
    expect(texts('He said "no." Then he left.')).toHaveLength(2);
  });

  it('gives offsets into the paragraph', () => {
    const text = '  First one.  Second Dr. Who here. ';
    for (const s of splitSentences(text, 'en'))
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits French text', () => {
    expect(texts("M. Dupont a parlé. L'armée a répondu.", 'fr')).toHaveLength(2);
  });
});
