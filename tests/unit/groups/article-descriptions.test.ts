import { describe, expect, it } from 'vitest';
import { findArticleDescriptions } from '../../../src/core/groups/article-descriptions';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';

const EMPTY: KnowledgeBase = [];

describe('what an article says a group is', () => {
  it('reads appositives whose head is an organisation noun', () => {
    const found = findArticleDescriptions(
      'Stratfor, a geopolitical intelligence firm, said the attack was planned. Acme Widgets, a Dublin-based maker of valves that employs 40 people, closed.',
    );
    expect(found.map((d) => [d.name, d.description, d.kind])).toEqual([
      ['Stratfor', 'a geopolitical intelligence firm', 'company'],
      ['Acme Widgets', 'a Dublin-based maker', 'company'],
    ]);
  });

  it('reads a description before the name, and "which" clauses as descriptions only', () => {
    const found = findArticleDescriptions(
      'Subscribers left the streaming service Quibbo, and the e-commerce group Taobix, which runs two payment apps, grew.',
    );
    expect(found.map((d) => [d.name, d.description, d.kind])).toEqual([
      ['Quibbo', 'streaming service', 'company'],
      ['Taobix', 'e-commerce group', 'organisation'],
      ['Taobix', 'which runs two payment apps', null],
    ]);
  });

  it("reads a description a proper noun qualifies, and leaves a sentence's full stop out of the name", () => {
    const found = findArticleDescriptions(
      'He told Minecraft developer Quarrion. The Chinese tech giant Weilong said so, and U.S. carmaker Fordham Motors Inc. agreed. This grant will fund Evidence Beta.',
    );
    expect(found.map((d) => [d.name, d.description, d.kind])).toEqual([
      ['Quarrion', 'Minecraft developer', 'company'],
      ['Weilong', 'Chinese tech giant', 'company'],
      ['Fordham Motors Inc.', 'U.S. carmaker', 'company'],
      ['Evidence Beta', 'fund', 'company'],
    ]);
  });

  it('reads what a sentence says its subject is ("X is a … company")', () => {
    const found = findArticleDescriptions(
      'Founded in 2017, Quillo is a Seattle-based smart home company. Jane Roe is the head of sales. Vexa was a mobile payments startup that closed.',
    );
    expect(found.map((d) => [d.name, d.description, d.kind])).toEqual([
      ['Quillo', 'a Seattle-based smart home company', 'company'],
      ['Vexa', 'a mobile payments startup', 'company'],
    ]);
  });

  it('finds the name inside a run that opens with a title or a determiner', () => {
    const found = findArticleDescriptions(
      'Kim served as the CEO of Larkspur, a mobile payments company based in Oslo. The deal was backed by The Ardent Group, a private equity firm, and by the private lender The Harbour Trust last year.',
    );
    expect(found.map((d) => [d.name, d.description])).toEqual([
      ['Larkspur', 'a mobile payments company'],
      ['Ardent Group', 'a private equity firm'],
      ['Harbour Trust', 'private lender'],
    ]);
  });

  it('reads a name whose joining word takes an article', () => {
    const found = findArticleDescriptions(
      'said Ana Ruiz, a director at the Council for a Fair Energy Market, a research and advocacy organization.',
    );
    expect(found.map((d) => [d.name, d.description])).toEqual([
      ['Council for a Fair Energy Market', 'a research and advocacy organization'],
    ]);
  });

  it('leaves out people, titles and descriptions whose head is not an organisation noun', () => {
    expect(
      findArticleDescriptions(
        'Jane Doe, a company spokeswoman, said so. The party Chairman spoke on Monday, and the team Tuesday lost. Smith, the group’s leader, resigned.',
      ),
    ).toEqual([]);
  });

  it('lets the group finder list a described name and show the description', () => {
    const groups = findGroups(
      [
        'Officials cited Stratfor, a geopolitical intelligence firm, and Vexorin, which runs ferries.',
      ],
      { lang: 'en', knowledgeBase: EMPTY },
    );
    expect(groups.map((g) => [g.name, g.kind, g.inArticle])).toEqual([
      ['Stratfor', 'company', 'a geopolitical intelligence firm'],
    ]);
  });
});
