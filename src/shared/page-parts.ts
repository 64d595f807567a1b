// How the page's serialised HTML is cut for sending (`article:extract-part`, then
// `article:extract` with the last part): pure, so the cut is tested without a browser.
import { PAGE_PART_CHARS } from './messages';

/** The parts to send, in order: none longer than PAGE_PART_CHARS, no surrogate pair split. */
export function pageParts(html: string): string[] {
  const parts: string[] = [];
  let start = 0;
  do {
    let end = Math.min(start + PAGE_PART_CHARS, html.length);
    const code = html.charCodeAt(end);
    if (end < html.length && code >= 0xdc00 && code <= 0xdfff) end--;
    parts.push(html.slice(start, end));
    start = end;
  } while (start < html.length);
  return parts;
}
