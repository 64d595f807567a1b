// The background keeps the article it extracted per document, so the page need not send it back.
import { describe, expect, it } from 'vitest';
import { ExtractedArticles } from '../../../src/background/extracted-articles';

const article = (title: string) => ({
  title,
  byline: null,
  siteName: null,
  lang: 'en',
  paragraphs: ['first', 'second', 'third'],
});
const doc = (tabId: number, document = `doc-${tabId}`) => ({ tabId, document });

describe('extracted articles', () => {
  it('gives back the kept paragraphs of the document’s article, in the order asked', () => {
    const kept = new ExtractedArticles();
    kept.remember(doc(7), article('seven'), []);
    expect(kept.cut(doc(7), [0, 2])?.article.paragraphs).toEqual(['first', 'third']);
    expect(kept.cut(doc(7), [0, 2])?.article.title).toBe('seven');
  });

  it('renumbers the repeats to the kept paragraphs, dropping those whose paragraph or first copy is not kept', () => {
    const kept = new ExtractedArticles();
    const mark = (index: number, duplicateOf: number | null) => ({
      index,
      duplicateOf,
      repeat: {
        kind: duplicateOf === null ? ('headline' as const) : ('exact' as const),
        changes: [],
      },
    });
    const five = { ...article('five'), paragraphs: ['a', 'b', 'c', 'b', 'a'] };
    kept.remember(doc(5), five, [mark(3, 1), mark(4, 0), mark(2, null)]);
    // Paragraph 0 was not found in the page: its copy (4) is not a repeat of anything there.
    expect(kept.cut(doc(5), [1, 2, 3, 4])?.repeats).toEqual([mark(2, 0), mark(1, null)]);
  });

  it('renumbers the headings with the paragraphs', () => {
    const kept = new ExtractedArticles();
    kept.remember(doc(6), { ...article('six'), headings: [0, 2] }, []);
    expect(kept.cut(doc(6), [1, 2])?.article.headings).toEqual([1]);
  });

  it('answers null for another tab, another document of the tab, or an index it does not have', () => {
    const kept = new ExtractedArticles();
    kept.remember(doc(8), article('eight'), []);
    expect(kept.cut(doc(9), [0])).toBeNull();
    // The tab navigated (or reloaded): the new document never gets the last one's article.
    expect(kept.cut(doc(8, 'the next document'), [0])).toBeNull();
    expect(kept.cut(doc(8), [3])).toBeNull();
  });

  it('forgets every document of a tab when the tab closes', () => {
    const kept = new ExtractedArticles();
    kept.remember(doc(10, 'a'), article('a'), []);
    kept.remember(doc(10, 'b'), article('b'), []);
    kept.remember(doc(11), article('other tab'), []);
    kept.forgetTab(10);
    expect(kept.cut(doc(10, 'a'), [0])).toBeNull();
    expect(kept.cut(doc(10, 'b'), [0])).toBeNull();
    expect(kept.cut(doc(11), [0])?.article.title).toBe('other tab');
  });

  it('keeps at most 20 documents, dropping the oldest', () => {
    const kept = new ExtractedArticles();
    for (let tab = 100; tab < 125; tab++) kept.remember(doc(tab), article(String(tab)), []);
    expect(kept.cut(doc(100), [0])).toBeNull();
    expect(kept.cut(doc(124), [0])?.article.title).toBe('124');
    expect(kept.cut(doc(105), [0])?.article.title).toBe('105');
  });
});
