import { describe, expect, it } from 'vitest';
import { findGroups, type GroupEntity, type KnowledgeBase } from '../../../src/core/groups';

const EMPTY: KnowledgeBase = [];
const find = (paragraphs: string[], lang: string | null = 'en'): GroupEntity[] =>
  findGroups(paragraphs, { lang, knowledgeBase: EMPTY });
const names = (paragraphs: string[]): string[] => find(paragraphs).map((e) => e.name);

describe('groups the knowledge base does not know', () => {
  it('finds names ending in an organisation word, dropping a leading "The"', () => {
    const entities = find([
      'The Rapid Support Forces said on Tuesday they had taken the airport, while the Sudanese Armed Forces denied it.',
      'A spokesman for the Democratic Unionist Party said the Kachin Independence Army had agreed to talks.',
    ]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Rapid Support Forces', 'organisation'],
      ['Sudanese Armed Forces', 'military'],
      ['Democratic Unionist Party', 'political party'],
      ['Kachin Independence Army', 'organisation'],
    ]);
    expect(entities.every((e) => e.summary === null && e.url === null && e.id === null)).toBe(true);
  });

  it('calls a council or commission a government body only with a public modifier', () => {
    const entities = find([
      'The Wellcome Commission published a report, and the Nigerian Electoral Commission replied.',
      'The Council on Foreign Affairs and the National Security Council disagreed.',
    ]);
    expect(entities.map((e) => [e.name, e.kind])).toEqual([
      ['Wellcome Commission', 'organisation'],
      ['Nigerian Electoral Commission', 'government body'],
      ['Council on Foreign Affairs', 'organisation'],
      ['National Security Council', 'government body'],
    ]);
  });

  it('finds names opening with an organisation word and "of"/"for"', () => {
    expect(
      names([
        'The Ministry of Defence and the Movement for Democratic Change issued statements.',
        'Officials at the Centre for Strategic Studies and the Army of the Republic of Niger disagreed.',
      ]),
    ).toEqual([
      'Ministry of Defence',
      'Movement for Democratic Change',
      'Centre for Strategic Studies',
      'Army of the Republic of Niger',
    ]);
  });

  it('merges an unknown long name with the acronym it defines and counts both', () => {
    const entities = find([
      'Fighters from the Front for the Liberation of the Enclave of Cabinda (FLEC) entered the town.',
      'The FLEC later said its men had withdrawn. FLEC officials gave no toll.',
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      name: 'Front for the Liberation of the Enclave of Cabinda',
      aliases: ['FLEC'],
      mentions: 4,
      paragraphs: [0, 1],
    });
  });

  it('reads French acronym definitions, whose words after the first are lower case', () => {
    const entities = find(
      [
        "Les rebelles de la Coordination des mouvements de l'Azawad (CMA) ont quitté Kidal.",
        'La CMA a démenti. Le Groupe de soutien aux victimes (GSV) aussi.',
      ],
      'fr',
    );
    expect(entities.map((e) => [e.name, e.aliases, e.mentions])).toEqual([
      ["Coordination des mouvements de l'Azawad", ['CMA'], 3],
      ['Groupe de soutien aux victimes', ['GSV'], 2],
    ]);
  });

  it('keeps the longest form as the name and counts shorter exact repeats', () => {
    const entities = find([
      'The National Electoral Commission published results on Sunday.',
      'Observers said the National Electoral Commission had been slow.',
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.mentions).toBe(2);
    expect(entities[0]?.kind).toBe('government body');
  });

  it('merges a shorter form into the one longer name that ends with it', () => {
    const one = find([
      'The House Intelligence Committee met. Later the Intelligence Committee voted.',
    ]);
    expect(one.map((e) => [e.name, e.aliases, e.mentions])).toEqual([
      ['House Intelligence Committee', ['Intelligence Committee'], 2],
    ]);
    const ambiguous = find([
      'The Senate Intelligence Committee and the House Intelligence Committee met.',
      'The Intelligence Committee chairman spoke.',
    ]);
    expect(ambiguous.map((e) => e.name)).toEqual([
      'Senate Intelligence Committee',
      'House Intelligence Committee',
      'Intelligence Committee',
    ]);
  });

  it('keeps "Securities and Exchange Commission" whole and ends a name before a title', () => {
    expect(
      names([
        'A filing with the U.S. Securities and Exchange Commission showed it, a Democratic Party official said.',
        'Labour Party Chairman Ian Byrne and Interior Ministry Spokesman Ali Said both declined.',
      ]),
    ).toEqual([
      'Securities and Exchange Commission',
      'Democratic Party',
      'Labour Party',
      'Interior Ministry',
    ]);
  });

  it('reads "People\'s Liberation Army" as one name', () => {
    expect(names(['Units of the People’s Liberation Army moved south.'])).toEqual([
      'People’s Liberation Army',
    ]);
  });
});

describe('no false positives on capitalised phrases that are not groups', () => {
  const notGroups = [
    'The attack happened on Monday, June 3, in Kayes, near the Senegal River.',
    'President Emmanuel Macron met Prime Minister Keir Starmer at the White House.',
    'The Group said nothing. The Army was quiet. Police arrived later.',
    'Army Chief of Staff Gen. Moussa Diallo spoke at the Independence Day parade.',
    'Residents of the West Bank and the Gaza Strip, and veterans of the Western Front, watched.',
    'She bought a pen at the Michoud Assembly Facility gift shop.',
    'The San Diego Union-Tribune and the New York Times reported it. The Soviet Union fell.',
    'Gross Domestic Product (GDP) grew, while Improvised Explosive Devices (IEDs) killed two.',
    'The Human Landing System (HLS) and the Kospi Index (KOSPI) were in the news.',
    'Some Forces remained. Many Group members left. Local Police were absent.',
    "The U.S. Attorney's Office for the Western District of New York filed charges.",
    'Teenagers posed online as a Tax Preparation Service and as a Delivery Company.',
    'In the Cross-Network study, Dr. Amina Touré of Bamako described the Cold War.',
    'Telematikinfrastruktur (TI) and Krankenhausinformationssystemen (KIS) are German words.',
  ];
  for (const sentence of notGroups) {
    it(sentence, () => {
      expect(names([sentence])).toEqual([]);
    });
  }

  it('ignores headline-case and all-caps lines', () => {
    expect(
      names([
        'Series Of Attacks Target Army Posts As Opposition Party Leaders Meet',
        'BREAKING: NATIONAL GUARD DEPLOYED AS PROTESTS GROW',
      ]),
    ).toEqual([]);
  });

  it('does not read capitalisation in languages it does not know', () => {
    expect(find(['Die Deutsche Bank und die Europäische Union.'], 'de')).toEqual([]);
    expect(names(['He joined the Democratic Party.'])).toEqual(['Democratic Party']);
    for (const lang of ['en-GB', 'en_US', 'fr-FR', null]) {
      expect(find(['He joined the Democratic Party.'], lang)).toHaveLength(1);
    }
  });
});
