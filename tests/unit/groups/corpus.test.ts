// Runs the group finder over the real articles of ../shared/corpus (the zyte-* pages' hand-made
// article text) and checks properties every result must have. The corpus text stays in ../shared.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createGroupFinder,
  DEFAULT_KNOWLEDGE_BASE,
  type GroupEntity,
} from '../../../src/core/groups';
import { COMMON_ACRONYMS } from '../../../src/core/groups/common-acronyms';

const MANIFEST = new URL('../../../../shared/corpus/manifest.json', import.meta.url);
/** Generous bound for the whole corpus (~135 articles, ~650 kB): the finder is linear. */
const CORPUS_BUDGET_MS = 3000;

interface Page {
  id: string;
  articleBody?: string;
}

const pages: Page[] = existsSync(fileURLToPath(MANIFEST))
  ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Page[]).filter(
      (p) => p.id.startsWith('zyte-') && typeof p.articleBody === 'string',
    )
  : [];

describe('the corpus', () => {
  it('is there to test (../shared/corpus/manifest.json with article bodies)', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  const finder = createGroupFinder(DEFAULT_KNOWLEDGE_BASE);
  const results: { id: string; entities: GroupEntity[] }[] = [];
  const started = performance.now();
  for (const page of pages) {
    const paragraphs = (page.articleBody ?? '').split(/\n+/).filter((p) => p.trim() !== '');
    results.push({ id: page.id, entities: finder.find(paragraphs, { lang: 'en' }) });
  }
  const elapsed = performance.now() - started;

  it(`is scanned within ${CORPUS_BUDGET_MS} ms`, () => {
    expect(elapsed).toBeLessThan(CORPUS_BUDGET_MS);
  });

  it('names every unknown group as a name: a capital first, no leading article, no bare acronym of a thing', () => {
    const bad = results.flatMap(({ id, entities }) =>
      entities
        .filter((e) => e.summary === null)
        .filter(
          (e) =>
            !/^[\p{Lu}\p{N}]/u.test(e.name) ||
            /^(?:the|a|an)\s/i.test(e.name) ||
            COMMON_ACRONYMS.has(e.name),
        )
        .map((e) => `${id}: ${e.name}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every knowledge-base group a summary and a link, and consistent counts', () => {
    for (const { entities } of results) {
      for (const e of entities) {
        expect(e.mentions).toBeGreaterThanOrEqual(e.paragraphs?.length ?? 1);
        expect(e.aliases).not.toContain(e.name);
        if (e.id) {
          expect(e.summary).toBeTruthy();
          expect(e.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
        }
      }
    }
  });

  it('finds a group in a good share of articles without flooding any', () => {
    const withGroups = results.filter((r) => r.entities.length > 0).length;
    // Most news articles name at least one organisation.
    expect(withGroups / results.length).toBeGreaterThan(0.4);
    // No article of this size names 60 distinct organisations; more would mean runaway matching.
    expect(Math.max(...results.map((r) => r.entities.length))).toBeLessThan(60);
  });
});
