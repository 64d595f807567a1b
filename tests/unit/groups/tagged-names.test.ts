import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';
import type { NameTagger, TaggedName } from '../../../src/core/groups/tagger';

const KB: KnowledgeBase = [
  {
    id: 'acme',
    wikidata: null,
    name: 'Acme Corporation',
    aliases: ['Acme'],
    kind: 'company',
    summary: 'A maker of everything.',
    affiliations: [],
    wikipedia: 'https://en.wikipedia.org/wiki/Acme_Corporation',
    country: null,
  },
];

/** A tagger that reads the given words as organisation names, wherever they occur. */
function taggerOf(names: string[]): NameTagger {
  return {
    tag: (paragraphs) =>
      paragraphs.map((p) =>
        names.flatMap((name): TaggedName[] => {
          const start = p.indexOf(name);
          return start < 0
            ? []
            : [{ type: 'ORG', start, end: start + name.length, text: name, margin: 99 }];
        }),
      ),
  };
}

const find = (text: string, names: string[]): string[] =>
  findGroups([text], { lang: 'en', knowledgeBase: KB, tagger: taggerOf(names) }).map((g) => g.name);

describe("the tagger's names", () => {
  it('become groups of the article', () => {
    expect(
      find('Shares of Vexorin rose after Dashlane said it would merge.', ['Vexorin', 'Dashlane']),
    ).toEqual(['Vexorin', 'Dashlane']);
  });

  it('never name a common acronym or the product of a known company', () => {
    expect(
      find('The new PC ships with Acme RoadRunner and a faster Acme.', ['PC', 'RoadRunner']),
    ).toEqual(['Acme Corporation']);
  });

  it('never name one member of a party ("a Virginia Democrat")', () => {
    expect(
      find('Sen. Mark Warner, a Virginia Democrat, and the Ohio Republican Party disagreed.', [
        'Virginia Democrat',
        'Ohio Republican Party',
      ]),
    ).toEqual(['Ohio Republican Party']);
  });

  it('replace a rule name they contain, and give way to one they only overlap', () => {
    expect(
      find('The Center for Food and Allergy Research said so.', [
        'Center for Food and Allergy Research',
      ]),
    ).toEqual(['Center for Food and Allergy Research']);
    expect(find('The Federal Trade Commission said staff met.', ['Commission said'])).toEqual([
      'Federal Trade Commission',
    ]);
  });

  it('never name a person the article names in full ("McDonald" after "Michael McDonald")', () => {
    const paragraphs = ['The band tours with singer Michael Vexley.', 'Vexley sang the encore.'];
    const at = (p: string, text: string, type: TaggedName['type']): TaggedName => {
      const start = p.indexOf(text);
      return { type, start, end: start + text.length, text, margin: 99 };
    };
    const tagger: NameTagger = {
      tag: ([first = '', second = '']) => [
        [at(first, 'Michael Vexley', 'PER')],
        [at(second, 'Vexley', 'ORG')],
      ],
    };
    expect(findGroups(paragraphs, { lang: 'en', knowledgeBase: KB, tagger })).toEqual([]);
  });

  it('are read only in English', () => {
    expect(
      findGroups(['Vexorin a dit non.'], {
        lang: 'fr',
        knowledgeBase: KB,
        tagger: taggerOf(['Vexorin']),
      }),
    ).toEqual([]);
  });
});
