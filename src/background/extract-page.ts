// Runs extraction for a content script, off the page's main thread: the page's serialised HTML
// goes through the CLI's extraction (src/extract/page-extraction.ts: linkedom, which needs no
// DOM, so it runs in Chrome's service worker and Firefox's background page alike), with a
// locator for each paragraph. The repeats are found here too, so the page only hides what is
// marked; the content script builds its own detector only when text arrives later (see
// src/content/late-text.ts).
import { articleRepeats } from '../core/repeats';
import { extractPage } from '../extract/page-extraction';
import type { ExtractedPage } from '../shared/messages';

/** Throws PageBoundError for a page past the bounds of src/extract/page-bounds.ts. */
export function extractPageHtml(html: string): ExtractedPage | null {
  const found = extractPage(html, { locate: true });
  if (!found) return null;
  return { ...found, repeats: articleRepeats(found.article) };
}
