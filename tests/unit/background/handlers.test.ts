// The background's handlers with fake extension APIs: a tab that keeps asking for analyses is
// held to its share of the background (issue 23), others are served; a closed tab is forgotten.
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../../src/background/handlers';
import type { SiteApi } from '../../../src/background/sites';
import { WorkBudget } from '../../../src/background/work-budget';

const SENTENCE =
  'The army said on Tuesday that 30 soldiers had been killed in the attack on the base near the border. ';
const article = (paragraphs: number) => ({
  title: 'Attack on army posts',
  byline: null,
  siteName: null,
  lang: 'en',
  paragraphs: Array.from({ length: paragraphs }, (_, i) => `${i}: ${SENTENCE.repeat(3)}`),
});

function background(burstMs: number) {
  const badges: string[] = [];
  const bg = createBackground({
    setBadge: async (tabId, { hidden }) => void badges.push(`${tabId}:${hidden}`),
    models: async () => ({}),
    sites: {} as SiteApi,
    budget: new WorkBudget(() => performance.now(), burstMs),
  });
  return { ...bg, badges };
}

const tab = (tabId: number) => ({ tabId, document: `doc-${tabId}` });

describe('background handlers', () => {
  it('a tab that spent its share is refused; another tab is served', async () => {
    // A budget of 20 ms, and an analysis of some 100 ms: the second one is refused.
    const bg = background(20);
    const analyze = bg.handlers.fromContent['article:analyze'];
    const first = await analyze({ article: article(300), repeats: [] }, tab(1));
    expect(first.figures.length).toBeGreaterThan(0);
    await expect(analyze({ article: article(300), repeats: [] }, tab(1))).rejects.toThrow(
      /this tab had its share of the background/,
    );
    await expect(
      bg.handlers.fromContent['article:repeats']({ title: null, paragraphs: ['a'] }, tab(1)),
    ).rejects.toThrow(/its share/);
    expect((await analyze({ article: article(3), repeats: [] }, tab(2))).paragraphs).toHaveLength(
      3,
    );
    // An analysis sets no badge: the page sends its counts once it knows what the reader marked.
    expect(bg.badges).toEqual([]);
    await bg.handlers.fromContent['badge:set']({ hidden: 2, unsourced: 1 }, tab(2));
    expect(bg.badges).toEqual(['2:2']);
    // Closed and reopened: a new budget.
    bg.forgetTab(1);
    expect((await analyze({ article: article(3), repeats: [] }, tab(1))).paragraphs).toHaveLength(
      3,
    );
  });
});
