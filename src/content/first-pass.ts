// The first pass over a page: its article, where each paragraph is in the live page, and the
// repeats among them. Readability runs in the background on the page's serialised HTML (off the
// page's main thread; see docs/PERFORMANCE.md), which also finds the repeats; the answer is
// mapped back to the live blocks here. Pages too large for Readability are read in the page, in
// steps, without it, and only their paragraphs' text goes to the background for the repeats.
import { keepParagraphs } from '../core/keep-paragraphs';
import type { RepeatMark } from '../core/repeats';
import type { ExtractedArticle } from '../extract/extract-article';
import { isLargePage, readLargePage } from '../extract/large-page';
import { locateBlocks } from '../extract/locate-blocks';
import { MAX_PAGE_HTML_CHARS, isArticleText } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { renumberMarks } from './renumber-marks';
import { sendPageForExtraction } from './send-page';
import { serializeForExtraction } from './serialize-page';
import { inSteps, yieldToPage } from './slices';
import { markStep, timed } from './timing';

/** The article as first read, and its repeats (found in the background). */
export interface FirstPass extends ExtractedArticle {
  marks: RepeatMark[];
  /** The background's index of each paragraph; null when the page read the article itself. */
  keep: number[] | null;
}

/** Null when the page holds no article. */
export async function readFirstPass(doc: Document): Promise<FirstPass | null> {
  if (isLargePage(doc)) return readLarge(doc);
  const html = timed('serialize', () => serializeForExtraction(doc));
  if (html === null) return null;
  if (html.length > MAX_PAGE_HTML_CHARS) return readLarge(doc);
  // Serialising and sending each cost up to tens of ms on big pages: two tasks, not one long one.
  await yieldToPage();
  const found = await sendPageForExtraction(html);
  if (!found) return null;
  // The browser parses the answer in the task that delivers it; locating goes in its own.
  await yieldToPage();
  const { article, blocks, repeats } = found;
  if (blocks.length !== article.paragraphs.length) {
    throw new Error('article:extract answered without a locator per paragraph');
  }
  return timed('locate', () => {
    const located = locateBlocks(doc, article.paragraphs, blocks);
    // How the background's paragraphs were found in the page (read by the tests and the bench).
    const { byText, lost } = located;
    markStep('located', { direct: located.paragraphs.length - byText, byText, lost });
    if (located.paragraphs.length === 0) return null;
    return {
      input: keepParagraphs(article, located.from),
      elements: located.elements,
      marks: renumberMarks(repeats, located.from),
      keep: located.from,
    };
  });
}

/** A page too large for Readability, read here in steps. */
async function readLarge(doc: Document): Promise<FirstPass | null> {
  const reading = timed('extract-large', () => readLargePage(doc));
  if (!reading) return null;
  await inSteps('extract-large', (elements) => reading.walk.step(elements));
  const large = timed('extract-large', () => reading.finish());
  if (!large) return null;
  const { title, paragraphs, titles, headlines, headings } = large.input;
  // Text past the background's bound is not sent: no first-pass repeats then.
  const marks = isArticleText(title, paragraphs)
    ? await timed('send', () =>
        sendToBackground('article:repeats', { title, paragraphs, titles, headlines, headings }),
      )
    : [];
  return { ...large, marks, keep: null };
}
