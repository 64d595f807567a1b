// Later text on linkedom: each new block is checked against every paragraph before it, in
// arrival order; blocks wait while the first pass runs; long articles build their detector in
// slices, and blocks that come meanwhile wait for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RepeatMark } from '../../../src/core/repeats';
import { LateText, SYNC_PRIME_MAX } from '../../../src/content/late-text';
import { PageArticle } from '../../../src/content/page-article';
import { linkedomPage } from './linkedom-page';

const WORDS =
  'council bridge river members decided harbour budget mayor district rents transport schools roads bids spring tax forecast shortfall growth residents'.split(
    ' ',
  );
/** A paragraph of its own for each `n`: words picked by a small generator seeded with `n`, so no
 * two paragraphs are near-copies of each other (the detector would hide those as edited). */
const sentence = (n: number): string => {
  let seed = (n + 1) * 2654435761;
  const words = Array.from({ length: 24 }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return WORDS[seed % WORDS.length];
  });
  return `Paragraph ${n}: ${words.join(' ')}.`;
};

function setup(count: number) {
  const texts = Array.from({ length: count }, (_, i) => sentence(i));
  const { document } = linkedomPage(
    `<html><body><article>${texts.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`,
  );
  const elements = [...document.querySelectorAll('p')];
  const article = new PageArticle(
    { title: 'The bridge', byline: null, siteName: null, lang: 'en', paragraphs: [...texts] },
    elements,
    texts.map((_, i) => i),
  );
  const hidden: { mark: RepeatMark; text: string }[] = [];
  let changes = 0;
  const late = new LateText(article, {
    hide: (mark, _element, text) => hidden.push({ mark, text }),
    changed: () => changes++,
    onError: (err) => {
      throw err;
    },
  });
  const block = (text: string): Element => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('article')?.appendChild(p);
    return p;
  };
  return { article, late, hidden, block, changes: () => changes };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('late text', () => {
  it('waits for the first pass, then adds blocks in arrival order and hides the repeats', () => {
    const { article, late, hidden, block, changes } = setup(5);
    late.add([block(sentence(1))]);
    late.add([block('A new paragraph that says something nobody said before on this page.')]);
    // The first pass has not finished: nothing checked yet.
    expect(hidden).toEqual([]);
    expect(article.input.paragraphs).toHaveLength(5);
    late.flush();
    expect(hidden.map((h) => [h.mark.index, h.mark.duplicateOf])).toEqual([[5, 1]]);
    expect(article.input.paragraphs).toHaveLength(7);
    expect(article.elements).toHaveLength(7);
    // Later text changed the article: its text is sent with the next analysis.
    expect(article.extractedKeep).toBeNull();
    expect(changes()).toBe(1);
    // After the first pass, blocks are checked as they come; an empty one is skipped.
    late.add([block(''), block(sentence(3))]);
    expect(hidden.map((h) => h.mark.index)).toEqual([5, 7]);
    expect(changes()).toBe(2);
  });

  it('builds the detector of a long article in slices; blocks wait for it in order', async () => {
    vi.useFakeTimers();
    const { article, late, hidden, block } = setup(SYNC_PRIME_MAX + 1);
    late.flush();
    const last = SYNC_PRIME_MAX;
    late.add([block(sentence(last))]);
    late.add([block(sentence(0))]);
    // The detector is still being built: the blocks wait.
    expect(article.input.paragraphs).toHaveLength(SYNC_PRIME_MAX + 1);
    await vi.runAllTimersAsync();
    expect(hidden.map((h) => [h.mark.index, h.mark.duplicateOf])).toEqual([
      [SYNC_PRIME_MAX + 1, last],
      [SYNC_PRIME_MAX + 2, 0],
    ]);
  });
});
