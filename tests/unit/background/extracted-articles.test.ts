// The background keeps the article it extracted per tab, so the page need not send it back.
import { describe, expect, it } from 'vitest';
import { extractedArticle, rememberExtracted } from '../../../src/background/extracted-articles';

const article = (title: string) => ({
  title,
  byline: null,
  siteName: null,
  lang: 'en',
  paragraphs: ['first', 'second', 'third'],
});

describe('extracted articles', () => {
  it('gives back the kept paragraphs of the tab’s article, in the order asked', () => {
    rememberExtracted(7, article('seven'));
    expect(extractedArticle(7, [0, 2])?.paragraphs).toEqual(['first', 'third']);
    expect(extractedArticle(7, [0, 2])?.title).toBe('seven');
  });

  it('answers null for another tab, no tab, or an index it does not have', () => {
    rememberExtracted(8, article('eight'));
    expect(extractedArticle(9, [0])).toBeNull();
    expect(extractedArticle(null, [0])).toBeNull();
    expect(extractedArticle(8, [3])).toBeNull();
  });

  it('keeps at most 20 tabs, dropping the oldest', () => {
    for (let tab = 100; tab < 125; tab++) rememberExtracted(tab, article(String(tab)));
    expect(extractedArticle(100, [0])).toBeNull();
    expect(extractedArticle(124, [0])?.title).toBe('124');
    expect(extractedArticle(105, [0])?.title).toBe('105');
  });
});
