// Issue 23: the background's extraction within bounds. linkedom and Readability run there on
// HTML the page shaped; past a bound a page is refused at once instead of holding the
// background (which serves every tab) for many seconds.
import { describe, expect, it } from 'vitest';
import { extractPageHtml } from '../../../src/background/extract-page';
import {
  MAX_PARSE_TAGS,
  MAX_READABILITY_DEPTH,
  PageBoundError,
} from '../../../src/extract/page-bounds';
import { MAX_READABILITY_ELEMENTS } from '../../../src/extract/large-page';
import { MAX_PAGE_HTML_CHARS } from '../../../src/shared/messages';

const SENTENCE =
  'The army said on Tuesday that thirty soldiers had been killed in the attack on the base near the border, and that reinforcements had been sent. ';
const page = (body: string): string =>
  `<html><head><title>Attack on army posts</title></head><body>${body}</body></html>`;

/** Runs `fn`, returning what it threw (or null) and how long it took. */
function timed(fn: () => unknown): { error: unknown; ms: number } {
  const t0 = performance.now();
  try {
    fn();
    return { error: null, ms: performance.now() - t0 };
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  }
}

describe('the background reads pages within bounds', () => {
  it('a page nested 29,000 deep is refused at once (Readability took 22 s on it)', () => {
    const depth = 29_000;
    const html = page(
      `${'<div>'.repeat(depth)}<p>${SENTENCE.repeat(50)}</p>${'</div>'.repeat(depth)}`,
    );
    const { error, ms } = timed(() => extractPageHtml(html));
    expect(error).toBeInstanceOf(PageBoundError);
    expect((error as Error).message).toBe(
      `the page nests elements more than ${MAX_READABILITY_DEPTH} deep`,
    );
    // Parsing it takes about 0.4 s (see MAX_PARSE_TAGS); the bound is what matters, not the speed.
    expect(ms).toBeLessThan(5_000);
  });

  it(`more than ${MAX_PARSE_TAGS} tags: refused before linkedom parses them`, () => {
    const html = page('<b>'.repeat(MAX_PARSE_TAGS + 1));
    const { error, ms } = timed(() => extractPageHtml(html));
    expect(error).toBeInstanceOf(PageBoundError);
    expect((error as Error).message).toBe('the page has more than 60,000 tags');
    expect(ms).toBeLessThan(1_000);
  });

  it(`more than ${MAX_READABILITY_ELEMENTS} elements: read without Readability, as the page reads it`, () => {
    // The content script reads such pages itself (large-page.ts); the CLI and, should one come,
    // the background read them the same way: from their <article>, in one linear walk.
    const html = page(
      `<article>${`<p>${SENTENCE}</p>`.repeat(MAX_READABILITY_ELEMENTS)}</article>`,
    );
    const t0 = performance.now();
    const found = extractPageHtml(html);
    const ms = performance.now() - t0;
    expect(found?.article.paragraphs).toHaveLength(MAX_READABILITY_ELEMENTS);
    expect(ms).toBeLessThan(20_000);
  });

  it('the worst shape within the bounds is read in bounded time', () => {
    // As deep as allowed, a paragraph at every level, as much text as the background takes:
    // about 2 s measured; the bound here is loose, for a busy machine.
    const levels = MAX_READABILITY_DEPTH - 4;
    const perLevel = Math.floor((MAX_PAGE_HTML_CHARS - 200) / levels / SENTENCE.length) - 1;
    const html = page(
      `${`<div><p>${SENTENCE.repeat(perLevel)}</p>`.repeat(levels)}${'</div>'.repeat(levels)}`,
    );
    expect(html.length).toBeLessThanOrEqual(MAX_PAGE_HTML_CHARS);
    const { error, ms } = timed(() => extractPageHtml(html));
    expect(error).toBeNull();
    expect(ms).toBeLessThan(20_000);
  });
});
