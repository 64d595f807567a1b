// Each rule of the conflicts analysis on short articles: what counts as one thing (synonyms,
// inflections, units and scales, frames, time and place, mood, names), when values disagree
// (qualifiers, ranges, written precision, approximation), and the kind of a disagreement.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { findConflicts } from '../../../../src/core/figures/conflicts';
import { readSampleLines } from '../../../fixtures/shared-data';

const SAMPLE_LINES = readSampleLines();

function reportOf(paragraphs: string[], lang: string | null = 'en') {
  return analyze({ title: null, byline: null, siteName: null, lang, paragraphs });
}

/** The conflicts as [earlier figure text, later figure text, kind]. */
function conflictsOf(paragraphs: string[], lang: string | null = 'en'): string[][] {
  const report = reportOf(paragraphs, lang);
  return report.conflicts.map((c) => [
    report.figures[c.figures[0]]?.text ?? '?',
    report.figures[c.figures[1]]?.text ?? '?',
    c.kind,
  ]);
}

/** The two sentences, each in a paragraph of its own, with a neutral paragraph between. */
const pair = (first: string, second: string): string[] => [
  first,
  'Residents described a night of gunfire and fear.',
  second,
];

const disagree = (first: string, second: string) =>
  expect(conflictsOf(pair(first, second)), `${first} / ${second}`).toHaveLength(1);
const agree = (first: string, second: string) =>
  expect(conflictsOf(pair(first, second)), `${first} / ${second}`).toEqual([]);

describe('the same thing, named differently', () => {
  it.each([
    ['Gunmen killed 30 soldiers in the attack.', 'Gunmen killed 27 troops in the attack.'],
    ['Gunmen killed 30 soldiers in the attack.', '27 servicemen were killed in the attack.'],
    ['30 Malian soldiers died in the attack.', 'The attack left 27 soldiers dead.'],
    ['The attack killed 30 people.', 'The death toll from the attack stands at 27.'],
    ['There were 30 deaths in the attack.', 'The attack killed 27 people.'],
    ['There were 30 fatalities in the attack.', 'The attack left 27 dead.'],
    ['The attack wounded 30 people.', 'The attack injured 27 people.'],
    ['The attack wounded 30 people.', 'There were 27 injuries in the attack.'],
    ['Police arrested 30 protesters.', 'Police detained 27 demonstrators.'],
  ])('%s / %s', disagree);

  it('keeps different nouns and different outcomes apart', () => {
    agree('Gunmen killed 30 soldiers in the attack.', 'Gunmen killed 12 civilians in the attack.');
    agree('The attack killed 30 people.', 'The attack wounded 12 people.');
  });

  it('names what is counted', () => {
    const report = reportOf(pair('Gunmen killed 30 soldiers.', 'Gunmen killed 27 troops.'));
    expect(report.conflicts[0]?.counted).toBe('soldiers killed');
    const toll = reportOf(pair('The attack killed 30 people.', 'The death toll stands at 27.'));
    expect(toll.conflicts[0]?.counted).toBe('people killed');
    const budget = reportOf(pair('The budget is $2.1bn.', 'The budget is $1.9bn.'));
    expect(budget.conflicts[0]?.counted).toBe('budget');
  });
});

describe('a sentence printed again with another number', () => {
  // The figure's clause ends at the dash and holds one content word ("time"): too few to tell,
  // so the whole sentences decide. The later sentence closes a paragraph of its own words (a
  // paragraph printed again whole is a repeat, hidden before the figures are read).
  const first =
    'It was close to $2,000 at the time — a huge sum to spend on a plan that was still a sketch.';
  const later = (restated: string): string =>
    `The couple later moved the business to a larger workshop in the north of the city. ${restated}`;

  it('compares the whole sentences when the clause is too short to tell', () => {
    disagree(
      first,
      later(
        'It was close to $3,000 at the time — a huge sum to spend on a plan that was still a sketch.',
      ),
    );
  });

  it('keeps short clauses of different sentences apart', () => {
    agree(
      first,
      later('It was close to $3,000 at the time — the price of a used car in the town back then.'),
    );
  });
});

describe('the same noun, other referents', () => {
  it('does not set a count of people arrested against a count of people who attended', () => {
    expect(
      conflictsOf([
        'Police said 3 people were arrested after the clashes in the capital.',
        'The government has promised an inquiry into the violence.',
        'About 40 people attended a vigil for the victims.',
      ]),
    ).toEqual([]);
  });

  it.each([
    ['Police arrested 3 people.', 'Some 40 people gathered outside the court.'],
    ['Gunmen killed 30 soldiers.', 'The army has 27 soldiers at the base.'],
    ['The company cut 300 jobs.', 'The company hired 120 engineers.'],
    ['The bridge cost $2.1bn.', 'The company’s revenue was $1.9bn.'],
  ])('%s / %s', agree);

  it('does not compare a part with its whole, nor an addition with a total', () => {
    agree(
      'Gunmen killed 20 soldiers in the attack.',
      'The attack killed 30 people, including 12 soldiers.',
    );
    agree('The attack killed 30 people.', 'Of those killed in the attack, 12 were soldiers.');
    agree('The virus has infected 300 people.', 'There were 40 new cases of the virus.');
    agree('The virus has infected 300 people.', 'A further 40 people were infected by the virus.');
  });

  it('compares a change with changes only', () => {
    agree(
      'The party’s share of the national vote rose 3 percent.',
      'The party’s share of the national vote was 12 percent.',
    );
    disagree(
      'Revenue rose 3.5 percent in the quarter.',
      'Revenue rose 4.1 percent in the quarter.',
    );
  });
});

describe('units and scales', () => {
  it.each([
    ['The project has a budget of $2.1bn.', 'The project has a budget of 1.9 billion dollars.'],
    ['The project has a budget of $2.1 billion.', 'The project has a budget of $1,900 million.'],
    ['The project has a budget of £2m.', 'The project has a budget of £1.2 million.'],
    [
      'The convoy of trucks stretched 40km along the road.',
      'The convoy of trucks stretched 30 miles along the road.',
    ],
    ['Turnout in the election was 60%.', 'Turnout in the election was 52 percent.'],
  ])('%s / %s disagree', disagree);

  it.each([
    [
      'The convoy of trucks stretched 40km along the road.',
      'The convoy of trucks stretched 25 miles along the road.',
    ],
    ['The project has a budget of $2.1bn.', 'The project has a budget of $2,100 million.'],
    ['The project has a budget of $2.1bn.', 'The project has a budget of $2.14bn.'],
    // "£2m" is written to the million: £1.6m rounds to it.
    ['The project has a budget of £2m.', 'The project has a budget of £1.6 million.'],
  ])('%s / %s agree (one amount)', agree);

  it('keeps currencies, rates and totals apart', () => {
    agree('The project has a budget of $2.1bn.', 'The project has a budget of €1.9bn.');
    agree('The project costs $2bn a year.', 'The project costs $10bn.');
    agree('Turnout in the election was 60%.', 'Turnout in the election rose 5 percentage points.');
  });
});

describe('qualifiers, ranges and approximation', () => {
  it.each([
    ['At least 30 people were killed in the attack.', '32 people were killed in the attack.'],
    [
      'Over 80 militants were killed in the fighting.',
      'Dozens of militants were killed in the fighting.',
    ],
    ['About 300 people were killed in the attack.', '310 people were killed in the attack.'],
    ['Nearly 300 people were killed in the attack.', '290 people were killed in the attack.'],
    ['Up to 30 people were killed in the attack.', '27 people were killed in the attack.'],
    ['Between 20 and 30 people were killed in the attack.', '27 people were killed in the attack.'],
    ['20-30 people were killed in the attack.', 'At least 25 people were killed in the attack.'],
    ['Hundreds of people were killed in the attack.', '300 people were killed in the attack.'],
    ['The attack killed 30 people.', 'The attack killed 30 people.'],
  ])('%s / %s agree', agree);

  it.each([
    ['30 people were killed in the attack.', '27 people were killed in the attack.'],
    ['30 people were killed in the attack.', '29 people were killed in the attack.'],
    ['At least 30 people were killed in the attack.', '25 people were killed in the attack.'],
    ['About 300 people were killed in the attack.', '200 people were killed in the attack.'],
    ['Nearly 300 people were killed in the attack.', '310 people were killed in the attack.'],
    ['Up to 30 people were killed in the attack.', '45 people were killed in the attack.'],
    ['Between 20 and 30 people were killed in the attack.', '35 people were killed in the attack.'],
    ['Dozens of people were killed in the attack.', 'Five people were killed in the attack.'],
    [
      'Hundreds of people were killed in the attack.',
      'Thousands of people were killed in the attack.',
    ],
  ])('%s / %s disagree', disagree);
});

describe('time and place words', () => {
  it.each([
    ["Last month's attack killed 12 soldiers.", 'Gunmen killed 30 soldiers.'],
    ['A year earlier, gunmen killed 12 soldiers.', 'Gunmen killed 30 soldiers.'],
    ['Gunmen killed 12 soldiers in 2019.', 'Gunmen killed 30 soldiers.'],
    ['Gunmen killed 12 soldiers in Kayes.', 'Gunmen killed 30 soldiers in Sandere.'],
    ['In Kayes, gunmen killed 12 soldiers.', 'Gunmen killed 30 soldiers.'],
    ['Gunmen killed 12 soldiers on Monday.', 'Gunmen killed 30 soldiers on Tuesday.'],
    ['Revenue was $2.1bn in the third quarter.', 'Revenue was $1.9bn in the second quarter.'],
  ])('%s / %s: other events', agree);

  it.each([
    ['Gunmen killed 30 soldiers in Kayes.', 'Gunmen killed 27 soldiers in Kayes.'],
    ['Gunmen killed 30 soldiers on Monday.', 'Gunmen killed 27 soldiers.'],
    [
      'Gunmen killed 30 soldiers in Kayes, the army said on Monday.',
      'Gunmen killed 27 soldiers in Kayes.',
    ],
  ])('%s / %s: one event', disagree);

  it('reads the time of a report as an update, not as another event', () => {
    expect(
      conflictsOf(
        pair(
          'Gunmen killed 30 soldiers on Monday.',
          'By Tuesday, the number of soldiers killed had risen to 45.',
        ),
      ),
    ).toEqual([['30 soldiers', '45', 'updated']]);
  });
});

describe('mood and names', () => {
  it('does not set an expectation or a plan against what happened', () => {
    agree(
      'The company said its revenue for the year was $27.2 billion.',
      'The company said its revenue for the year was expected to be $29.5 billion.',
    );
    agree(
      'The new bridge over the river will cost $2bn.',
      'The new bridge over the river cost $3.5bn.',
    );
  });

  it('compares expectations with expectations', () => {
    disagree(
      'The company said its revenue for the year was expected to be $27.2 billion.',
      'The company said its revenue for the year was expected to be $29.5 billion.',
    );
  });

  it('keeps figures about differently named things apart', () => {
    agree('Acme Corp reported a profit of $2.1bn.', 'Globex reported a profit of $1.2bn.');
    agree(
      'The Sportback 55 offers 265 kW of power for the road.',
      'The Sportback 50 offers 230 kW of power for the road.',
    );
    disagree('Acme Corp reported a profit of $2.1bn.', 'Acme Corp reported a profit of $1.2bn.');
  });
});

describe('figures in one sentence', () => {
  it('never pairs two figures of one sentence', () => {
    expect(conflictsOf(['Sales rose from 20% to 24% of the market.'])).toEqual([]);
    expect(
      conflictsOf(['Gunmen killed 30 soldiers in Kayes and 12 soldiers in Sandere on Monday.']),
    ).toEqual([]);
  });

  it('compares the first of two with the first of two', () => {
    disagree(
      'Capacity will go from 175 gigawatts to 450 gigawatts by 2022.',
      'Capacity will go from 201 gigawatts to 450 gigawatts by 2022.',
    );
    agree(
      'Capacity will go from 175 gigawatts to 450 gigawatts by 2022.',
      'Capacity will reach 175 gigawatts by 2022.',
    );
  });

  it('never compares two plain descriptions (a recipe, a box score)', () => {
    agree('Add 4 oz. cooked chicken to the noodles.', 'Add 8 oz. cooked chicken to the noodles.');
  });
});

describe('the kind of a disagreement', () => {
  it('different sources: both attributed, to different sources', () => {
    expect(
      conflictsOf(
        pair(
          'According to army spokesperson Col. Souleymane Dembele, 30 soldiers were killed in the attack.',
          'JNIM said 45 soldiers were killed in the attack.',
        ),
      ),
    ).toEqual([['30 soldiers', '45 soldiers', 'different sources']]);
  });

  it('updated: the later figure says the count changed', () => {
    for (const later of [
      'The number of soldiers killed in the attack has risen to 45.',
      'The number of soldiers killed in the attack rose to 45.',
      'Officials now say 45 soldiers were killed in the attack.',
      'The number of soldiers killed in the attack climbed to 45, the army said.',
    ]) {
      const found = conflictsOf(pair('30 soldiers were killed in the attack.', later));
      expect(
        found.map((c) => c[2]),
        later,
      ).toEqual(['updated']);
    }
  });

  it('unexplained: one in the reporter’s voice, or one source giving two numbers', () => {
    expect(
      conflictsOf(
        pair(
          '30 soldiers were killed in the attack.',
          'The army said 45 soldiers were killed in the attack.',
        ),
      ).map((c) => c[2]),
    ).toEqual(['unexplained']);
    expect(
      conflictsOf(
        pair(
          'The army said 30 soldiers were killed in the attack.',
          'Army officials said 45 soldiers were killed in the attack.',
        ),
      ).map((c) => c[2]),
    ).toEqual(['unexplained']);
  });

  it('points at the earlier figure first', () => {
    const report = reportOf(pair('Gunmen killed 30 soldiers.', 'Gunmen killed 27 soldiers.'));
    expect(report.conflicts).toEqual([
      { figures: [0, 1], counted: 'soldiers killed', kind: 'unexplained' },
    ]);
  });
});

describe('scope', () => {
  it('reads English and pages without a language, not other languages', () => {
    const paragraphs = pair('Gunmen killed 30 soldiers.', 'Gunmen killed 27 soldiers.');
    expect(conflictsOf(paragraphs, null)).toHaveLength(1);
    expect(conflictsOf(paragraphs, 'en-GB')).toHaveLength(1);
    expect(conflictsOf(paragraphs, 'fr')).toEqual([]);
    const figures = reportOf(paragraphs).figures;
    expect(findConflicts(figures, 'ru')).toEqual([]);
  });

  it('is the same report every time', () => {
    const paragraphs = [
      'Gunmen killed 30 soldiers in the attack, the army said.',
      'JNIM said 45 soldiers were killed in the attack.',
      'The death toll has since risen to 50, officials said.',
      'The attack left 48 soldiers dead.',
    ];
    const first = JSON.stringify(reportOf(paragraphs).conflicts);
    for (let k = 0; k < 3; k += 1)
      expect(JSON.stringify(reportOf(paragraphs).conflicts)).toBe(first);
  });

  it('finds nothing in the sample article', () => {
    // The sample's figures count different things ("over 80 militants", "three military
    // barracks", "30 soldiers" killed in earlier incidents).
    expect(reportOf(SAMPLE_LINES).conflicts).toEqual([]);
  });
});
