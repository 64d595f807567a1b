// Copies just outside the article's own container: Readability joins sibling containers with
// body-like content to the body, so a CMS that renders paragraphs again in a second wrapper
// still has them found (a wider scan of the region was measured: 13 false hides on the
// corpus, from the page's own headline, cookie notices and teasers, so it is not done).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRepeats } from '../../../src/core/repeats';
import { extractArticle } from '../../../src/extract';
import { bbcLikePage } from '../../fixtures/bbc-like-page';
import { readSampleLines } from '../../fixtures/shared-data';

describe('a copy printed in a sibling container', () => {
  it('is in the extracted body and found as a repeat of its first copy', () => {
    const unique = [...new Set(readSampleLines())];
    const copied = unique.slice(4, 7);
    const html = bbcLikePage({ title: unique[1] ?? '', paragraphs: unique.slice(2) }).replace(
      '</article>',
      `</article><div class="article-continued">${copied.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const doc = parseHTML(html).document as unknown as Document;
    const extracted = extractArticle(doc, { mapToSource: true });
    const paragraphs = extracted?.input.paragraphs ?? [];
    const marks = findRepeats(paragraphs, extracted?.input.title ?? null);
    expect(marks.map((m) => paragraphs[m.index])).toEqual(copied);
    for (const m of marks) {
      expect(m.duplicateOf).not.toBeNull();
      expect(paragraphs[m.duplicateOf as number]).toBe(paragraphs[m.index]);
      // The hidden element is the one inside the sibling wrapper, not the first copy.
      expect(extracted?.elements[m.index]?.parentElement?.className).toBe('article-continued');
    }
  });
});
