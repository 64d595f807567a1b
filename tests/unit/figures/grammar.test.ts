// The figure grammar: what is a figure, its text, value and counted noun; what is not a figure.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { findFigureMatches } from '../../../src/core/figures/grammar';
import { tokenize } from '../../../src/core/figures/tokens';

const figuresOf = (text: string, lang = 'en') => findFigures([text], { lang });
const textsOf = (text: string, lang = 'en') => figuresOf(text, lang).map((f) => f.text);
const one = (text: string, lang = 'en') => {
  const found = figuresOf(text, lang);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('figures that are found', () => {
  it.each([
    ['Rebels killed 30 soldiers on the road.', '30 soldiers', 30, 'soldiers'],
    ['They seized three military barracks.', 'three military barracks', 3, 'military barracks'],
    ['Police arrested a dozen protesters.', 'a dozen protesters', 12, 'protesters'],
    ['Hundreds of people fled the town.', 'Hundreds of people', 100, 'people'],
    ['Officers detained over 80 militants.', 'over 80 militants', 80, 'militants'],
    ['At least 12 people died.', 'At least 12 people', 12, 'people'],
    ['Nearly 2,500 homes lost power.', 'Nearly 2,500 homes', 2500, 'homes'],
    ['The town has twenty-five schools.', 'twenty-five schools', 25, 'schools'],
    ['It employs two hundred and fifty workers.', 'two hundred and fifty workers', 250, 'workers'],
  ])('%s', (sentence, text, value, counted) => {
    expect(one(sentence)).toMatchObject({ text, value, counted });
  });

  it.each([
    ['The city has 1.2 million residents.', '1.2 million residents', 1.2e6],
    ['The deal is worth $3bn.', '$3bn', 3e9],
    ['The club paid €40m for him.', '€40m', 4e7],
    ['Britain pledged £2.5 billion in aid.', '£2.5 billion', 2.5e9],
    ['Turnout fell 30%.', '30%', 30],
    ['Turnout fell by 30 per cent.', '30 per cent', 30],
    ['Turnout fell 30 percent.', '30 percent', 30],
    ['The convoy stretched 40km.', '40km', 40],
    ['They shipped 5,000 tonnes of grain.', '5,000 tonnes', 5000],
    ['He walked 3 miles home.', '3 miles', 3],
    ['Between 20 and 30 people gathered.', 'Between 20 and 30 people', 20],
    ['Some 20-30 people gathered.', 'Some 20-30 people', 20],
    ['The siege lasted three days.', 'three days', 3],
    ['It costs up to $5 a share.', 'up to $5', 5],
    ['Prices rose more than 2%.', 'more than 2%', 2],
    ['About a third of voters stayed home.', 'About a third', 1 / 3],
  ])('%s', (sentence, text, value) => {
    expect(one(sentence)).toMatchObject({ text, value });
  });

  it('values a range at its lower bound', () => {
    expect(one('Between 20 and 30 people gathered.')?.value).toBe(20);
    expect(one('The plants make 30-600 MW each.')?.value).toBe(30);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['The vote was held in 2023.'],
    ['The attack happened on March 5.'],
    ['The attack happened on 5 March.'],
    ['The meeting starts at 10:30.'],
    ['The meeting starts at 10am.'],
    ['It was the third significant assault within the last month.'],
    ['She finished 1st in the race.'],
    ['COVID-19 spread fast.'],
    ['The G7 and the G20 met.'],
    ['A Boeing 737 landed on Route 66.'],
    ['An F-16 flew over.'],
    ['The council passed Resolution 2719.'],
    ['Nato invoked Article 5.'],
    ['Call +44 20 7946 0000 now.'],
    ['He lives at 10 Downing Street.'],
    ['A man aged 45 was arrested.'],
    ['A 45-year-old man was arrested.'],
    ['Jean Dupont, 55, was arrested.'],
    ['It is one of the largest cities.'],
    ['One day, they left.'],
    ['No one knows why.'],
    ['They helped one another.'],
    ['The militants launched multiple attacks.'],
    ['She saved 401(k) money.'],
    ['Watch in 4k resolution.'],
  ])('%s', (sentence) => {
    expect(textsOf(sentence)).toEqual([]);
  });

  it('keeps "one" with a qualifier or a scale', () => {
    expect(textsOf('At least one person died.')).toEqual(['At least one person']);
    expect(textsOf('One million people marched.')).toEqual(['One million people']);
  });
});

describe('French grammar', () => {
  it.each([
    ['Les assaillants ont tué 30 soldats.', '30 soldats', 30, 'soldats'],
    ['Ils ont tué trente soldats.', 'trente soldats', 30, 'soldats'],
    ["L'armée a neutralisé plus de 80 terroristes.", 'plus de 80 terroristes', 80, 'terroristes'],
    ['Une centaine de civils ont fui.', 'Une centaine de civils', 100, 'civils'],
    ['Le projet coûte 2,5 millions d’euros.', '2,5 millions d’euros', 2.5e6, null],
    ['Le chômage atteint 7,5 %.', '7,5 %', 7.5, null],
    ['Quatre-vingt-dix personnes ont été blessées.', 'Quatre-vingt-dix personnes', 90, 'personnes'],
  ])('%s', (sentence, text, value, counted) => {
    const f = one(sentence, 'fr-FR');
    expect(f).toMatchObject({ text, value });
    if (counted !== null) expect(f?.counted).toBe(counted);
  });

  it('does not count dates', () => {
    expect(textsOf("L'attaque a eu lieu le 5 mars 2023.", 'fr')).toEqual([]);
  });
});

describe('what a match keeps for later rules', () => {
  const matchOf = (sentence: string) => {
    const tokens = tokenize(sentence);
    const [match] = findFigureMatches(tokens, 'en');
    return { tokens, match };
  };

  it.each([
    ['Between 20 and 30 people gathered.', 20, 30],
    ['Some 20-30 people gathered.', 20, 30],
    ['It cost 2-3bn dollars.', 2e9, 3e9],
    ['Over 80 militants were killed.', 80, null],
  ])('%s: value %s, upper bound %s', (sentence, value, high) => {
    expect(matchOf(sentence).match).toMatchObject({ value, high });
  });

  it('points at the number after the qualifier', () => {
    const { tokens, match } = matchOf('Officials said more than 80 militants died.');
    expect(tokens[match?.numberAt ?? -1]?.text).toBe('80');
    expect(tokens[match?.first ?? -1]?.text).toBe('more');
  });
});
