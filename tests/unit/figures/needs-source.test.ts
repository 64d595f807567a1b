// Figures a reader needs no source for: each class of issue 16, on sentences written for the
// test, and on the corpus pages where such figures occur.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { paragraphsOf } from '../../fixtures/figures-devset/score';
import { readCorpusManifest } from '../../fixtures/shared-data';

const figure = (sentence: string, text: string) => {
  const found = findFigures([sentence], { lang: 'en' }).find((f) => f.text.includes(text));
  if (!found) throw new Error(`no figure "${text}" in: ${sentence}`);
  return found;
};

describe('figures that need no source', () => {
  it.each([
    ['The Dow fell 1.2% and the Nasdaq closed at 15,300.52 points on Friday.', '1.2%', 'market'],
    ['Shares of the retailer slipped 3% in early trading.', '3%', 'market'],
    ['He faces up to 10 years in prison and a $250,000 fine.', '10 years', 'penalty'],
    ['He faces up to 10 years in prison and a $250,000 fine.', '$250,000', 'penalty'],
    ['She was charged with six counts of fraud.', 'six counts', 'penalty'],
    ['Voters have a 90-day window to register.', '90-day', 'time'],
    ['The band has toured for the last seven years.', 'seven years', 'time'],
    ['The Browns are 4-7 this season and out of the playoffs.', '4-7', 'sport'],
    ['He scored 22 points in the game against Boston.', '22 points', 'sport'],
    ['The laptop has 32GB of RAM and a 2.6GHz processor.', '32GB', 'specification'],
    ['The adapter costs $49 at most stores.', '$49', 'specification'],
    ['The two countries signed the deal in Geneva.', 'two countries', 'description'],
    ['The chain owns 30 newspapers across the state.', '30 newspapers', 'description'],
    ['The fight began when the two were on the ground.', 'two', 'description'],
    ['The last three models were slower.', 'three', 'description'],
    ['The reviewer gave it 4.5 out of 5.', '4.5', 'description'],
    ['Score: 4 out of 5', '5', 'description'],
    ['The moon has a diameter of 3,200 miles (5,150 km).', '5,150 km', 'description'],
    ['The game runs at 60 frames per second.', '60 frames', 'specification'],
    [
      'The keys travel between 0.6 and 0.7 millimeters.',
      '0.6 and 0.7 millimeters',
      'specification',
    ],
    ['The bar charges Rs 299 for fifteen minutes of air.', 'Rs 299', 'specification'],
  ])('%s → "%s" is a %s figure', (sentence, text, record) => {
    const f = figure(sentence, text);
    expect(f.needsSource).toBe(false);
    expect(f.record).toBe(record);
  });

  it.each([
    ['At least 30 soldiers were killed in the attack.', '30 soldiers'],
    ['Three people died and 12 were injured.', 'Three people'],
    ['The rebels seized three military barracks.', 'three military barracks'],
    ['Life expectancy fell by 3.2 years, the study estimated.', '3.2 years'],
    ['Sales rose 3.5 percent to $27.2 billion.', '3.5 percent'],
    ['The deal is worth $5.9 million.', '$5.9 million'],
    ['About 300 players signed up.', 'About 300'],
    ['Two people were killed and three were injured.', 'three'],
    ['The missile flew 3,200 miles before it fell.', '3,200 miles'],
    ['Three out of 4 voters backed the plan, the poll found.', 'Three'],
  ])('%s → "%s" needs a source', (sentence, text) => {
    const f = figure(sentence, text);
    expect(f.needsSource).toBe(true);
    expect(f.record).toBeUndefined();
  });
});

/**
 * Corpus figures of the classes issue 16 names (market levels and moves, a statute's maximum
 * penalty, schedules, descriptive counts) and of sport results and product specifications, on
 * pages outside the figures dev set's test part. None may be flagged "no source given".
 */
const CORPUS_RECORDS: [page: string, paragraph: number, text: string][] = [
  ['zyte-d605bdef2c', 2, '0.2%'],
  ['zyte-65408257db', 0, '40,816.38'],
  ['zyte-6ebac05f63', 1, 'up to 10 years'],
  ['zyte-6ebac05f63', 1, '$250,000'],
  ['zyte-51d066b060', 29, 'nine state charges'],
  ['zyte-e1c7023ee2', 8, '21 day'],
  ['zyte-8e3efab59f', 3, '4-7'],
  ['zyte-65bf3048b5', 4, '32GB of RAM'],
  ['zyte-65bf3048b5', 4, '$3,299'],
  ['zyte-d1c57d7821', 1, 'All 14 companies'],
  ['zyte-c50845a715', 3, '14 firms'],
];

describe('corpus figures that need no source', () => {
  const bodies = new Map(readCorpusManifest().map((m) => [m.id, m.articleBody ?? '']));
  it.each(CORPUS_RECORDS)('%s ¶%i "%s" is not flagged', (page, paragraph, text) => {
    const paragraphs = paragraphsOf(bodies.get(page) ?? '');
    expect(paragraphs[paragraph], `${page} ¶${paragraph}`).toContain(text);
    const f = findFigures(paragraphs, { lang: 'en' }).find(
      (x) => x.paragraph === paragraph && (x.text.includes(text) || text.includes(x.text)),
    );
    expect(f, `${page} ¶${paragraph} "${text}" found`).toBeDefined();
    expect(f?.needsSource === true && !f.attributed).toBe(false);
  });
});
