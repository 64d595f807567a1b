// How an alias several entries share is resolved by the article (shared-aliases.ts), on a small
// knowledge base of its own: context words, a name given in full, a definition in brackets, a tie,
// an outside meaning (issue 22).
import { describe, expect, it } from 'vitest';
import {
  findGroups,
  type GroupEntity,
  type KnowledgeBase,
  type KnowledgeBaseEntry,
  type SharedAlias,
} from '../../../src/core/groups';
import type { NameTagger, TaggedName } from '../../../src/core/groups/tagger';

function entry(id: string, name: string, sharedAliases: SharedAlias[]): KnowledgeBaseEntry {
  return {
    id,
    wikidata: null,
    name,
    aliases: [],
    sharedAliases,
    kind: 'armed group',
    summary: `${name}.`,
    affiliations: [],
    wikipedia: `https://en.wikipedia.org/wiki/${name.replace(/ /g, '_')}`,
    country: null,
  };
}

const KB: KnowledgeBase = [
  entry('militia', 'Rapid Support Forces', [
    { aliases: ['RSF'], context: ['paramilitary', 'Darfur', 'El Fasher'] },
  ]),
  entry('press', 'Reporters Without Borders', [
    { aliases: ['RSF'], context: ['journalists', 'press freedom'] },
  ]),
  entry('sahel', 'Alliance of Sahel States', [
    {
      aliases: ['AES'],
      context: ['Sahel', 'Mali'],
      otherMeanings: [{ meaning: 'Advanced Encryption Standard', context: ['encryption'] }],
    },
  ]),
  // The entry's own name is shared: only context decides, as for any shared alias.
  entry('shabaab', 'Al-Shabaab', [
    { aliases: ['Al-Shabaab', 'al-Shabab'], context: ['Somalia', 'Mogadishu'] },
  ]),
  entry('mozambique', 'Islamic State Mozambique Province', [
    { aliases: ['al-Shabaab', 'al-Shabab'], context: ['Cabo Delgado', 'Mozambique'] },
  ]),
];

const find = (paragraphs: string[]): GroupEntity[] =>
  findGroups(paragraphs, { lang: 'en', knowledgeBase: KB });
const ids = (paragraphs: string[]): (string | null | undefined)[] =>
  find(paragraphs).map((e) => e.id);

describe('a shared alias', () => {
  it('means the candidate whose context words the article uses', () => {
    expect(ids(['RSF fighters shelled El Fasher, the last army-held city in Darfur.'])).toEqual([
      'militia',
    ]);
    expect(ids(['RSF said 12 journalists were detained this year.'])).toEqual(['press']);
  });

  it('counts context anywhere in the article, and the alias in every paragraph', () => {
    const [militia] = find([
      'The paramilitary group said it had taken the town.',
      'RSF commanders denied it. RSF later withdrew.',
    ]);
    expect(militia?.id).toBe('militia');
    expect(militia?.mentions).toBe(2);
    expect(militia?.aliases).toEqual(['RSF']);
  });

  it('gives no card when the article has no deciding words, or as many for each side', () => {
    expect(find(['RSF said on Monday that it would publish its findings next week.'])).toEqual([]);
    expect(find(['RSF said journalists covering the paramilitary advance were at risk.'])).toEqual(
      [],
    );
  });

  it('means the candidate the article names in full, which outweighs one context word', () => {
    const entities = find([
      'Fighting between the army and the Rapid Support Forces spread on Friday.',
      'RSF spokesmen told journalists the claims were false.',
    ]);
    expect(entities.map((e) => e.id)).toEqual(['militia']);
    expect(entities[0]?.mentions).toBe(2);
  });

  it('means the candidate it is defined for in brackets, whatever the other words', () => {
    const entities = find([
      'Reporters Without Borders (RSF) said paramilitary fighters in Darfur had seized a radio station.',
    ]);
    expect(entities.map((e) => e.id)).toEqual(['press']);
    expect(entities[0]?.aliases).toEqual(['RSF']);
  });

  it('gives no card when the article points to a meaning outside the knowledge base', () => {
    expect(find(['The files were protected with AES encryption.'])).toEqual([]);
    expect(ids(['Mali and the other AES states met in the Sahel.'])).toEqual(['sahel']);
  });

  it('may be the name of an entry, and resolves as any other shared alias', () => {
    expect(ids(['Al-Shabaab fighters attacked a base near Mogadishu.'])).toEqual(['shabaab']);
    expect(ids(['al-Shabab insurgents raided villages in Cabo Delgado.'])).toEqual(['mozambique']);
    expect(find(['Al-Shabaab claimed the attack.'])).toEqual([]);
  });

  it('left undecided, is not named by the name tagger either', () => {
    // A tagger that reads the given words as organisation names wherever they occur.
    const taggerOf = (names: string[]): NameTagger => ({
      tag: (paragraphs) =>
        paragraphs.map((p) =>
          names.flatMap((name): TaggedName[] => {
            const start = p.indexOf(name);
            return start < 0
              ? []
              : [{ type: 'ORG', start, end: start + name.length, text: name, margin: 99 }];
          }),
        ),
    });
    const withTagger = (paragraphs: string[]): GroupEntity[] =>
      findGroups(paragraphs, { lang: 'en', knowledgeBase: KB, tagger: taggerOf(['RSF', 'AES']) });
    expect(withTagger(['AES officials declined to comment.'])).toEqual([]);
    expect(withTagger(['RSF said on Monday that it would publish its findings.'])).toEqual([]);
    expect(
      withTagger(['RSF fighters shelled El Fasher, in Darfur.']).map((e) => [e.id, e.name]),
    ).toEqual([['militia', 'Rapid Support Forces']]);
  });
});
