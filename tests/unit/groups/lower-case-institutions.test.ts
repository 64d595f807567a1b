import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';

const EMPTY: KnowledgeBase = [];
const found = (text: string): [string, string][] =>
  findGroups([text], { lang: 'en', knowledgeBase: EMPTY }).map((g) => [g.name, g.kind]);

describe('institutions named in the lower case', () => {
  it("finds them with a capitalised owner or the country's", () => {
    expect(
      found(
        'The Communist party met as the Hong Kong government and Hong Kong’s legislative council argued; the country’s defence ministry said nothing, and the Zambian foreign ministry agreed.',
      ),
    ).toEqual([
      ['Communist party', 'political party'],
      ['Hong Kong government', 'government'],
      ['Hong Kong’s legislative council', 'government body'],
      ['defence ministry', 'government body'],
      ['Zambian foreign ministry', 'government body'],
    ]);
  });

  it('leaves bare and generic ones alone', () => {
    expect(
      found(
        'The party met. A government spokesman spoke. The ministry denied it. The country’s party was split, and The army moved.',
      ),
    ).toEqual([]);
  });
});
