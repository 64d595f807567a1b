// Bounds on the pages the background and the CLI parse and give Readability. Their cost grows
// faster than the page along some shapes, and a hostile page (or a URL) picks its shape:
// past a bound the page is not read, with a one-line reason, instead of holding the background
// (which serves every tab) or the CLI for minutes. Times are Node 20 on this project's 2-core
// machine; docs/PERFORMANCE.md, "The background's worst case", has the measures.

/** Thrown for a page past one of the bounds; the message says which. */
export class PageBoundError extends Error {
  override readonly name = 'PageBoundError';
}

/**
 * linkedom's parser (htmlparser2 10) keeps its open elements in an array that it shifts at the
 * front, so each tag costs as much as the elements still open and unclosed tags take quadratic
 * time: 60,000 took 1.3 s, 80,000 took 3.5 s (upstream: fb55/htmlparser2#2481). The corpus's
 * largest page has 1,752 tags; 60,000 also covers the 30,000 elements the content script sends
 * at most, with what its <noscript> and <template> elements hold.
 */
export const MAX_PARSE_TAGS = 60_000;

/**
 * Readability's work grows with nesting depth times text: 29,000 nested elements took 22 s,
 * 4,000 levels with a paragraph each 12 s; at 128 levels the worst shapes measured stay within
 * a few seconds up to the background's 4 M characters. The corpus's deepest page nests 30
 * levels (Lighthouse flags pages over 32; Chromium's HTML parser nests at most 512).
 */
export const MAX_READABILITY_DEPTH = 128;

/** Throws when `html` holds more than `max` start tags (a '<' and a letter; an over-count is safe). */
export function assertTagCount(html: string, max = MAX_PARSE_TAGS): void {
  let tags = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1) | 0x20; // ASCII lower case
    if (next >= 97 && next <= 122 && ++tags > max) {
      throw new PageBoundError(`the page has more than ${max.toLocaleString('en')} tags`);
    }
  }
}

/** Throws when any element of `doc` lies more than `max` levels below the root. */
export function assertDepth(doc: Document, max = MAX_READABILITY_DEPTH): void {
  const depth = new Map<Element, number>();
  // Document order: every element comes after its parent.
  for (const el of doc.querySelectorAll('*')) {
    const d = (el.parentElement ? (depth.get(el.parentElement) ?? 0) : 0) + 1;
    if (d > max) throw new PageBoundError(`the page nests elements more than ${max} deep`);
    depth.set(el, d);
  }
}
