// Lists of names (src/core/groups/list-items.ts): what a list is, and the group finder reading the
// other items of a list of known organisations as organisations. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase, type KnowledgeBaseEntry } from '../../../src/core/groups';
import { findNameLists } from '../../../src/core/groups/list-items';
import { tokenize } from '../../../src/core/groups/tokens';
import { shippedNameTagger } from '../../fixtures/name-tagger';

function listsIn(text: string): string[][] {
  const tokens = tokenize(text);
  return findNameLists(text, tokens).map((items) =>
    items.map((i) =>
      tokens
        .slice(i.first, i.last + 1)
        .map((t) => t.text)
        .join(' '),
    ),
  );
}

const entry = (id: string, name: string): KnowledgeBaseEntry => ({
  id,
  wikidata: null,
  name,
  aliases: [],
  kind: 'company',
  summary: `${name}, a company of the test.`,
  affiliations: [],
  wikipedia: `https://en.wikipedia.org/wiki/${id}`,
  country: null,
});

const KB: KnowledgeBase = [entry('zentro', 'Zentro Motors'), entry('halvik', 'Halvik Foods')];

const groupsIn = (text: string): string[] =>
  findGroups([text], { lang: 'en', knowledgeBase: KB, tagger: shippedNameTagger() }).map(
    (g) => g.name,
  );

describe('lists of names', () => {
  it('reads items separated by commas, possessives included, up to "and" or "or"', () => {
    expect(
      listsIn('Clients included Zentro Motors, Brell’s, Okafor Bank of Lagos and Quillon.'),
    ).toEqual([['Zentro Motors', 'Brell', 'Okafor Bank of Lagos', 'Quillon']]);
    expect(listsIn('It sells in Aldmark, Brevia, Cosland or Dunmere, and elsewhere.')).toEqual([
      ['Aldmark', 'Brevia', 'Cosland', 'Dunmere'],
    ]);
  });

  it('needs three items', () => {
    expect(listsIn('Zentro Motors and Halvik Foods signed the deal.')).toEqual([]);
  });
});

describe('the other items of a list of organisations', () => {
  it('are organisations when two items are known ones', () => {
    const found = groupsIn(
      'The agency’s clients include Zentro Motors, Brellwick, Halvik Foods and Quorranet.',
    );
    expect(found).toEqual(expect.arrayContaining(['Brellwick', 'Quorranet']));
  });

  it('are not read so with one known organisation, or beside a person', () => {
    expect(groupsIn('The panel heard from Zentro Motors, Brellwick and Quorranet.')).not.toContain(
      'Brellwick',
    );
    expect(
      groupsIn('The panel heard from Zentro Motors, Halvik Foods, Maria Lindqvist and Brellwick.'),
    ).not.toContain('Brellwick');
  });
});
