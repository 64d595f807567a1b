// Extraction for very large pages, where Readability would block the page for seconds (it
// took 3.5 s in Chromium on a 50,000-paragraph page): the blocks of the page's own <article>
// or <main> (else <body>), with no scoring. Linear in the page's size.
import type { ExtractedArticle } from './extract-article';
import { blockText, collectParagraphBlocks } from './paragraph-blocks';

/** Corpus pages have at most ~1,600 elements; far above that, Readability is not run. */
export const MAX_READABILITY_ELEMENTS = 30_000;

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS;
}

export function extractLargePage(doc: Document): ExtractedArticle | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const elements: Element[] = [];
  const paragraphs: string[] = [];
  for (const el of collectParagraphBlocks(root)) {
    const text = blockText(el);
    if (!text) continue;
    elements.push(el);
    paragraphs.push(text);
  }
  if (paragraphs.length === 0) return null;
  const heading = doc.querySelector('h1');
  return {
    input: {
      title: (heading ? blockText(heading) : doc.title.trim()) || null,
      byline: null,
      siteName: null,
      lang: doc.documentElement?.getAttribute('lang') || null,
      paragraphs,
    },
    elements,
  };
}
