import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';
import { testEntry } from './test-knowledge-base';

/** A US central bank and a UK paper known by everyday names only, and a listed UK body. */
const KB: KnowledgeBase = [
  testEntry({
    kind: 'government body',
    country: 'US',
    id: 'bank',
    name: 'Central Reserve Bank',
    contextAliases: ['the Reserve', 'Reserve'],
  }),
  testEntry({
    id: 'paper',
    name: 'The Sun (UK)',
    kind: 'media',
    country: 'GB',
    contextAliases: ['The Sun'],
  }),
  testEntry({
    kind: 'government body',
    id: 'office',
    name: 'Home Office',
    aliases: ['Home Office'],
    country: 'GB',
  }),
];

const names = (paragraphs: string[]): string[] =>
  findGroups(paragraphs, { lang: 'en', knowledgeBase: KB }).map((g) => g.name);

describe('a government body\'s "the X" where the article names its country', () => {
  it('names the body when the country is named, in any paragraph', () => {
    expect(
      names(['U.S. stocks fell on Friday.', "Traders said the Reserve's decision hurt."]),
    ).toEqual(['Central Reserve Bank']);
    expect(names(['American traders said the Reserve would act.'])).toEqual([
      'Central Reserve Bank',
    ]);
  });

  it('needs the country, the article with a capital, and a government body', () => {
    expect(names(["Traders said the Reserve's decision hurt."])).toEqual([]);
    expect(names(['In the United States, the reserve price was met.'])).toEqual([]);
    expect(names(['The Home Office said the Sun was hot in Britain.'])).toEqual(['Home Office']);
  });
});
