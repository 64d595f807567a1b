// Attribution rules, one block per rule: who stands behind a figure, and with which cue.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import type { ReportFigure } from '../../../src/core/report';

/** The last figure found (the one the test sentence is about). */
const first = (paragraphs: string[], lang = 'en'): ReportFigure => {
  const found = findFigures(paragraphs, { lang }).at(-1);
  if (found === undefined) throw new Error(`no figure in ${paragraphs.join(' ')}`);
  return found;
};

describe('according to', () => {
  it('reads a quoted title inside the source (the "Fair Roads" plan)', () => {
    const f = first([
      'The scheme would cost $4 billion, according to the "Fair Roads" plan she released.',
    ]);
    expect(f.source).toContain('"Fair Roads" plan');
  });

  it('names the source after "according to"', () => {
    expect(first(['According to the health ministry, 30 people died.'])).toMatchObject({
      attributed: true,
      source: 'health ministry',
      cue: 'according to',
    });
  });
  it('is vague for "according to reports", and says so', () => {
    expect(first(['According to local reports, 30 people died.'])).toMatchObject({
      attributed: true,
      vague: true,
      source: 'local reports',
    });
  });
});

describe('reporting verbs', () => {
  it('reads a subject that opens with an adjective ("a new survey shows", "the latest poll found")', () => {
    expect(first(['A new survey shows 62 percent support for the plan.'])).toMatchObject({
      source: 'new survey',
      cue: 'shows',
    });
    expect(first(['The latest poll found 41 percent backing.']).source).toBe('latest poll');
  });

  it('reads a name whose fields are listed with commas ("Ministry of Trade, Industry and Energy")', () => {
    expect(
      first([
        'Norland’s Ministry of Land, Transport and Maritime Affairs (MOLTMA) said 40 bridges need repair.',
      ]).source,
    ).toBe('Norland’s Ministry of Land, Transport and Maritime Affairs (MOLTMA)');
    // A list of people before the verb is not a name.
    expect(first(['Smith, Jones and Brown said 40 bridges need repair.']).source).not.toContain(
      'Smith, Jones',
    );
  });

  it('reads "the report" as the body a report was said to be by, never a unit ("3 GW")', () => {
    const f = first([
      'A recent report by the Northland Energy Council stated that capacity reached 8.69 GW. Acme Solar had 3.7 GW and Brightline had 3 GW. A further 17 makers, according to the report, had smaller plants.',
    ]);
    expect(f.source).toMatch(/^(?:the )?Northland Energy Council$/);
  });

  it('reads "X said" after the figure', () => {
    expect(first(['Some 30 people died, the Red Cross said.'])).toMatchObject({
      source: 'Red Cross',
      cue: 'said',
    });
  });
  it('reads an inverted "said X, role"', () => {
    const f = first(['"We lost 30 men," said Col. Ali Traore, the army spokesman.']);
    expect(f.source).toContain('Ali Traore');
    expect(f.source).toContain('army spokesman');
  });
  it('reads "X told reporters"', () => {
    expect(first(['Governor Jane Doe told reporters that 12 homes burned.'])).toMatchObject({
      source: 'Governor Jane Doe',
      cue: 'told',
    });
  });
  it('reads the subject of a claim verb and coordinated verbs', () => {
    const f = first([
      'The rebel group Ansar claimed responsibility and asserted that it killed 12 soldiers.',
    ]);
    expect(f.source).toContain('Ansar');
    expect(f.cue).toBe('asserted');
  });
  it('does not take a non-agent subject of "claimed"', () => {
    expect(first(['The attack claimed 30 lives.'])).toMatchObject({
      attributed: false,
      source: null,
    });
  });
  it('does not take an agentless passive', () => {
    expect(first(['A 2.1 GW project was announced.'])).toMatchObject({ attributed: false });
  });
  it('reads a report as a source', () => {
    expect(first(['A UN report found that 2 million people need aid.'])).toMatchObject({
      attributed: true,
      source: 'UN report',
      cue: 'found',
    });
    expect(first(["The ministry's figures show 400 cases."])).toMatchObject({ source: 'ministry' });
  });
  it('reads "put the toll at"', () => {
    expect(first(['Hospital officials in Gao put the death toll at 40.'])).toMatchObject({
      attributed: true,
      cue: 'put',
    });
  });
  it('reads a passive with its agent', () => {
    expect(first(['A 3 GW array was announced by President Moon Jae-in.']).source).toContain(
      'Moon Jae-in',
    );
  });
});

describe('carry-over', () => {
  it('resolves "he said" to the person named just before', () => {
    const f = first([
      'Army spokesman Col. Ali Traore spoke on Monday.',
      'He said 80 militants were killed.',
    ]);
    expect(f).toMatchObject({ attributed: true, cue: 'said' });
    expect(f.source).toContain('Ali Traore');
  });
  it('resolves "the group said" to the group named before', () => {
    const f = first([
      'The Islamic State group posted a video.',
      'The group said it killed 20 soldiers.',
    ]);
    expect(f.source).toContain('Islamic State');
  });
  it('resolves "it added" to the organisation named before', () => {
    const f = first([
      'The Health Ministry released a statement.',
      'At least 40 people were hurt, it added.',
    ]);
    expect(f.source).toContain('Health Ministry');
  });
  it('widens a surname to the fullest name given earlier', () => {
    const f = first([
      'Army spokesperson Col. Souleymane Dembele spoke.',
      'More than 80 militants died, Dembele said.',
    ]);
    expect(f.source).toContain('Col. Souleymane Dembele');
  });
});

describe('quotes', () => {
  it('gives a quoted figure to the speaker named in the paragraph', () => {
    const f = first(['"We found 30 bodies. It was terrible," said Dr. Amina Diallo.']);
    expect(f.source).toContain('Amina Diallo');
  });
});

describe('vague sources', () => {
  // The unnamed speakers are shown as written, so the reader sees who is invoked.
  it.each([
    ['Officials said 30 people died.', 'Officials'],
    ['Witnesses said 30 people died.', 'Witnesses'],
    ['Local media reported that 30 people died.', 'Local media'],
    ['Some 30 people reportedly died.', 'reports'],
    ['The death toll rose to at least 120, officials said.', 'officials'],
    ['It is believed that 30 people died.', null],
  ])('%s', (sentence, source) => {
    expect(first([sentence])).toMatchObject({ attributed: true, vague: true, source });
  });
  it('keeps a named body as a named source', () => {
    expect(first(['US officials said 30 people died.'])).toMatchObject({
      attributed: true,
      source: 'US officials',
    });
  });
});

describe('unattributed', () => {
  it.each([
    ['You can not tell that 30 people came.'],
    ["You can't tell the 30 models apart."],
    ['We saw write speeds of 3,000 MB per second in our test.'],
    ['Runner Ben Patton added to his collection with 3 titles.'],
    ['The vaccine was announced with 90% efficacy.'],
  ])('%s', (sentence) => {
    expect(first([sentence])).toMatchObject({ attributed: false, source: null });
  });

  it('takes no share of those polled ("79 percent of voters said") for a source', () => {
    const found = findFigures(
      ['Some 60 percent backed the plan, while 79 percent of voters said taxes were too high.'],
      { lang: 'en' },
    );
    expect(found.map((f) => f.source)).toEqual([null, null]);
  });

  it('leaves a sentence with no frame unattributed even next to an attributed one', () => {
    const found = findFigures(
      ['The army said 80 militants died.', 'Another 30 soldiers were killed.'],
      { lang: 'en' },
    );
    expect(found.map((f) => f.attributed)).toEqual([true, false]);
  });
});

describe('French cues', () => {
  it('reads "selon X"', () => {
    expect(
      first(["Selon l'armée malienne, 80 terroristes ont été neutralisés."], 'fr'),
    ).toMatchObject({
      attributed: true,
      cue: 'selon',
    });
    expect(
      first(["Selon l'armée malienne, 80 terroristes ont été neutralisés."], 'fr').source,
    ).toContain('armée malienne');
  });
  it('reads "X a affirmé" and "a déclaré"', () => {
    expect(
      first(['Le porte-parole Souleymane Dembele a affirmé que 30 soldats ont été tués.'], 'fr'),
    ).toMatchObject({
      cue: 'a affirmé',
    });
    expect(first(['Le ministre a déclaré que trente soldats ont été tués.'], 'fr')).toMatchObject({
      cue: 'a déclaré',
      attributed: true,
    });
  });
  it('leaves a French sentence with no cue unattributed', () => {
    expect(first(['Trente soldats ont été tués.'], 'fr')).toMatchObject({ attributed: false });
  });
});

describe('the speaker across sentences and paragraphs (issue 16)', () => {
  const figure = (paragraphs: string[], text: string): ReturnType<typeof first> => {
    const found = findFigures(paragraphs, { lang: 'en' }).find((f) => f.text.includes(text));
    if (!found) throw new Error(`no figure "${text}"`);
    return found;
  };

  it('keeps the speaker for a quote that runs on into the next sentence', () => {
    const f = figure(['"It was a long night," Mayor Ann Smith said. "We lost 40 homes."'], '40');
    expect(f.attributed).toBe(true);
    expect(f.source).toContain('Ann Smith');
  });

  it('gives a paragraph of quotation to the speaker of "X said:" just before', () => {
    const f = figure(
      [
        'Fire chief Tom Reyes described the scene. Reyes said:',
        '"We counted six trucks on the bridge."',
      ],
      'six trucks',
    );
    expect(f.source).toContain('Reyes');
  });

  it('continues a quotation left open at the end of a paragraph', () => {
    const f = figure(
      [
        '"The river rose fast," said Maria Lopez, who runs the shelter. "By midnight the water was everywhere.',
        '"We moved 200 people to the school."',
      ],
      '200 people',
    );
    expect(f.source).toContain('Maria Lopez');
  });

  it('resolves "he added" and "he told reporters" to the last person who spoke, not a name he cited', () => {
    const added = figure(
      [
        'Economy minister Paul Okafor spoke in Abuja.',
        'He cited a report by Chatham House. He added that 15 per cent of jobs were lost.',
      ],
      '15 per cent',
    );
    expect(added.source).toContain('Paul Okafor');
    const told = figure(
      ['Captain Sara Malik led the convoy.', '"We counted six trucks," she told reporters.'],
      'six trucks',
    );
    expect(told.source).toContain('Sara Malik');
  });

  it('takes the name after a role, not the noun phrase before "said"', () => {
    const f = figure(['Nine workers were among the injured, said fire chief Jane Doe.'], 'Nine');
    expect(f.source).toContain('Jane Doe');
    expect(f.source).not.toContain('injured');
  });

  it("gives a quote's figure to its speech tag, not to a report the speaker makes inside it", () => {
    const paragraphs = [
      'Ann Smith was asked about the race.',
      '"It changes every day," Smith said. "I read that Reed said he was at 41 percent. Out of 14 candidates, that is a lot. So they go to, let\'s say, the mayor for $5 million."',
    ];
    expect(figure(paragraphs, '14 candidates').source).toContain('Smith');
    expect(figure(paragraphs, '$5 million').source).toContain('Smith');
    // A quoted report that names its own source before the figure stands behind it.
    expect(figure(paragraphs, '41 percent').source).toBe('Reed');
  });

  it('gives a quotation opened after a colon to the name that opens the clause before it', () => {
    const excerpt = figure(
      ['Polls were close - Carla Benz: "Turnout rose. Some 120,000 voters came, a record."'],
      '120,000',
    );
    expect(excerpt.source).toBe('Carla Benz');
    expect(excerpt.cue).toBe(':');
    const more = figure(
      [
        'Carla Benz runs the polling firm.',
        'More from Benz: "The final week moved six points to the challenger."',
      ],
      'six points',
    );
    expect(more.source).toBe('Carla Benz');
    const apology = figure(
      [
        'Senator Omar Haddad spoke on Monday.',
        'Haddad has since apologized: "I should have used two accounts."',
      ],
      'two accounts',
    );
    expect(apology.source).toContain('Omar Haddad');
  });

  it('keeps a middle initial inside the name before a colon', () => {
    const f = figure(['TURNOUT SOARS - Ana M. Ruiz: "Some 121,000 people voted."'], '121,000');
    expect(f.source).toBe('Ana M. Ruiz');
  });

  it('gives a quotation opened after "X verb," to X, whatever the verb', () => {
    const continues = figure(
      ['Dana Kirsch wrote a column.', 'Kirsch continues, "Rents rose 12 percent in a year."'],
      '12 percent',
    );
    expect(continues.source).toContain('Dana Kirsch');
    expect(continues.cue).toBe('continues');
    const related = figure(
      ['Farmer Tom Ekberg was ill for a year.', 'As he related, "the course lasted 12 months."'],
      '12 months',
    );
    expect(related.source).toContain('Tom Ekberg');
    const unknown = figure(['Critics charge, "Rents rose 12 percent."'], '12 percent');
    expect(unknown.attributed).toBe(false);
  });

  it('takes no label before a colon for a speaker', () => {
    const label = figure(['Update: "The shelter took 12 more people overnight."'], '12');
    expect(label.attributed).toBe(false);
    const here = figure(['Here is what it cost: "We paid 40 dollars a night."'], '40 dollars');
    expect(here.attributed).toBe(false);
  });

  it('takes no quoted report whose subject is capitalised only because it opens the quote', () => {
    const paragraphs = [
      'Senator Ruth Ames spoke after the vote.',
      '"Let\'s say they are at 54 seats. It\'s easy for them to say they won 60," Ames said.',
    ];
    expect(figure(paragraphs, '54 seats').source).toContain('Ames');
    expect(figure(paragraphs, '60').source).toContain('Ames');
  });

  it("gives a quotation inside a sentence with no tag to the sentence's named subject", () => {
    const described = figure(
      [
        'Governor Paul Weld spoke in Boston.',
        'Weld describes the party as "a highway between the two parties."',
      ],
      'two parties',
    );
    expect(described.source).toContain('Paul Weld');
    expect(described.cue).toBe('quoted');
    const blamed = figure(
      ['On Monday, Gov. Pat Moreno blamed "some 40 activist judges" for the ruling.'],
      '40 activist',
    );
    expect(blamed.source).toBe('Gov. Pat Moreno');
  });

  it('takes no headline in capitals, no title and no unknown lone word for a subject', () => {
    const shouted = figure(['STATES SHIFT RIGHT as "20 states lean Republican."'], '20 states');
    expect(shouted.attributed).toBe(false);
    const lone = figure(['Nobody liked "a 40 percent rise."'], '40 percent');
    expect(lone.attributed).toBe(false);
  });

  it('reads the speech tag after a quotation whatever its verb', () => {
    const answers = figure(['"We saw 40 boats," Okoro answers.'], '40 boats');
    expect(answers.source).toBe('Okoro');
    expect(answers.cue).toBe('answers');
    const inverted = figure(['"Rent rose 9 percent," quipped Lena Marsh.'], '9 percent');
    expect(inverted.source).toBe('Lena Marsh');
    const statement = figure(['"Fees rose 3 percent," the statement read.'], '3 percent');
    expect(statement.source).toBe('statement');
    const listener = figure(['"Sales doubled to 60 units," Okoro added to reporters.'], '60 units');
    expect(listener.source).toBe('Okoro');
  });

  it('takes no tag from a quotation that opens after a comma, or from a copula', () => {
    const opening = figure(['He kept asking, "Where are the 30 trucks, then?"'], '30 trucks');
    expect(opening.source).not.toBe('Where');
    const copula = figure(
      ['Written "at a time of crisis," the charter is a short text of 12 articles.'],
      '12 articles',
    );
    expect(copula.attributed).toBe(false);
  });

  it('reads "X, who…, told Y" as X speaking to Y, not as an inverted "told Y"', () => {
    const f = figure(
      ['Rosa Lind, who ran the count, told Radio Kent, "We found 300 ballots."'],
      '300 ballots',
    );
    expect(f.source).toBe('Rosa Lind');
    const inverted = figure(['Nine workers were hurt, said fire chief Jane Doe.'], 'Nine');
    expect(inverted.source).toContain('Jane Doe');
  });

  it('takes "said the X" after a comma as inverted only when X ends the clause', () => {
    const f = figure(
      [
        'Ivo Marek, who ran the fund, said the Kremlin "plan may fail. After 40 million dollars in ads, it still trails."',
      ],
      '40 million',
    );
    expect(f.source).toBe('Ivo Marek');
    const tag = figure(['"We found 12 bodies," said Major Ivo Marek at the scene.'], '12 bodies');
    expect(tag.source).toBe('Major Ivo Marek');
  });

  it('steps over a participle aside between the name and the verb', () => {
    const f = figure(
      ['Judge Ada Rook, writing for the court, said the 29-day window was fair.'],
      '29-day',
    );
    expect(f.source).toMatch(/^Judge Ada Rook/u);
  });

  it('takes a lone first name opening a sentence with a "who" aside as the person "he" means', () => {
    const f = figure(
      [
        'Tommy — who blogs under his first name — retired early. He saved 40 percent of his pay, he wrote.',
      ],
      '40 percent',
    );
    expect(f.source).toBe('Tommy');
  });

  it('lets "she" reach an unnamed woman who spoke just before', () => {
    const f = figure(
      [
        'According to the woman, the ferry "left 40 minutes late."',
        'As she recalled, "we then waited 3 hours on the pier."',
      ],
      '3 hours',
    );
    expect(f.source).toBe('woman');
  });

  it('skips a relative clause between the name and the verb', () => {
    const f = figure(
      ['Jane Doe, who has two sons on the team, says about 300 players signed up.'],
      'about 300',
    );
    expect(f.source).toBe('Jane Doe');
  });
});

describe('embedded posts and story documents', () => {
  it('gives the figures of an embedded post to the name in its credit line', () => {
    const found = findFigures(
      [
        'Officials reacted on social media.',
        'Yes this is real and the state spent nearly half a million dollars on it',
        '— Dana Ellis (@danaellis) November 18, 2019',
      ],
      { lang: 'en' },
    );
    expect(found[0]).toMatchObject({ attributed: true, source: 'Dana Ellis' });
  });

  it('carries the opening source to figures reported from its release, up to the last mention', () => {
    const found = findFigures(
      [
        'A man pleaded guilty to fraud, the U.S. Attorney’s Office for the District of Vermont announced Monday.',
        'He took $2.4 million from 30 investors. His sentencing is set for May, according to the office release.',
        'Neighbours said 12 families had lost money.',
        'The town has 4,000 residents who voted in 2019.',
      ],
      { lang: 'en' },
    );
    const money = found.find((f) => f.text.includes('2.4 million'));
    expect(money).toMatchObject({ attributed: true, cue: 'release' });
    expect(money?.source).toContain('Attorney’s Office');
    const later = found.find((f) => f.text.includes('4,000'));
    expect(later?.attributed).toBe(false);
  });

  it('does not carry a source where the story names no document', () => {
    const found = findFigures(
      ['The ministry announced new rules on Monday.', 'About 40 firms will be affected.'],
      { lang: 'en' },
    );
    expect(found.at(-1)?.attributed).toBe(false);
  });
});

describe('each language reads its own cues', () => {
  // The French triggers held English words ("put", "claims", "announced by"): a French article
  // quoting a stray English phrase took it for a source. Each language's tables are its own now.
  it('an English cue in a French sentence names no source', () => {
    expect(first(['Le gouvernement put the toll at 30 morts.'], 'fr').attributed).toBe(false);
    expect(first(['Les claims that 30 soldats sont morts circulent.'], 'fr').attributed).toBe(
      false,
    );
    expect(first(['Un bilan de 30 morts announced by the army.'], 'fr').attributed).toBe(false);
  });
  it('the same cues in an English sentence, and French ones in French, do', () => {
    expect(first(['The government put the toll at 30 dead.'])).toMatchObject({
      source: 'government',
    });
    expect(first(['A toll of 30 dead was announced by the army.'])).toMatchObject({
      attributed: true,
      source: 'army',
    });
    expect(
      first(['Un bilan de 30 morts a été annoncé par le gouvernement.'], 'fr').attributed,
    ).toBe(true);
  });
  it('a French cue in an English sentence names no source', () => {
    expect(first(['The toll, annoncé par the army, was 30 dead.']).attributed).toBe(false);
  });
});
