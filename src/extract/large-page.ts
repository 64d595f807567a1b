// Extraction for very large pages, where Readability would block for seconds (it took 3.5 s
// in Chromium on a 50,000-paragraph page, and linkedom in the background is slower still):
// the blocks of the page's own <article> or <main> (else <body>), with no scoring. Linear in
// the page's size, and done in steps so the content script can spread it over several tasks.
import type { ExtractedArticle } from './extract-article';
import { pageTitles } from './page-titles';
import { blockText, walkParagraphBlocks, type BlockWalk } from './paragraph-blocks';

const HEADING = /^H[1-6]$/;

/** Corpus pages have at most ~1,600 elements; far above that, Readability is not run. */
export const MAX_READABILITY_ELEMENTS = 30_000;

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS;
}

export interface LargePageReading {
  /** Walk it to the end (`walk.step` until true), then `finish`. */
  walk: BlockWalk;
  finish(): ExtractedArticle | null;
}

export function readLargePage(doc: Document): LargePageReading | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const walk = walkParagraphBlocks(root);
  return {
    walk,
    finish() {
      if (walk.texts.length === 0) return null;
      const heading = doc.querySelector('h1');
      const headings: number[] = [];
      walk.blocks.forEach((block, i) => {
        if (HEADING.test(block.tagName.toUpperCase())) headings.push(i);
      });
      return {
        input: {
          title: (heading ? blockText(heading) : doc.title.trim()) || null,
          byline: null,
          siteName: null,
          lang: doc.documentElement?.getAttribute('lang') || null,
          paragraphs: [...walk.texts],
          ...pageTitles(doc),
          headings,
        },
        elements: [...walk.blocks],
      };
    },
  };
}

/** `readLargePage` in one go. */
export function extractLargePage(doc: Document): ExtractedArticle | null {
  const reading = readLargePage(doc);
  if (!reading) return null;
  reading.walk.step(Infinity);
  return reading.finish();
}
