import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

const figures = (paragraphs: string[]) =>
  analyze({ title: null, byline: null, siteName: null, lang: 'en', paragraphs }).figures;

describe('claims by a party to the events', () => {
  it('marks a source that is a side: an armed group, an army spokesperson, a company about itself', () => {
    const found = figures([
      'The Rapid Support Forces said they killed 40 fighters.',
      'More than 80 militants were killed, according to army spokesperson Col. Ali Traore.',
      'The company said sales rose 12 percent.',
    ]);
    expect(found.map((f) => f.party)).toEqual([true, true, true]);
  });

  it('knows a company by the short name the article uses after its full one', () => {
    const found = figures([
      'Harwick Capital, a hedge fund, has built a stake in the chain.',
      'Harwick said it would pay $13 a share for the rest.',
    ]);
    expect(found.map((f) => [f.text, f.source, f.party])).toEqual([['$13', 'Harwick', true]]);
  });

  it('leaves independent sources and unnamed ones unmarked', () => {
    const found = figures([
      'The national statistics office said unemployment rose 2 percent.',
      'Doctors at the hospital counted 30 wounded, said Dr. Amina Diallo.',
      'Officials said 12 homes burned.',
    ]);
    expect(found.map((f) => f.party)).toEqual([false, false, undefined]);
  });
});
