// The tree a browser builds from a page, where linkedom's differs: linkedom parses the content of
// <noscript>, <template>, <iframe> and the like as elements, where a browser keeps it as text or
// out of the document (element-order.ts). Dropped before extraction, so that the CLI and the
// background read the page a reader sees, and no paragraph comes from text that a browser does
// not show (the content script could never find its element).
import { OPAQUE_CONTENT } from './element-order';

const OPAQUE_SELECTOR = [...OPAQUE_CONTENT].map((tag) => tag.toLowerCase()).join(', ');

export function dropOpaqueContent(doc: Document): void {
  for (const el of doc.querySelectorAll(OPAQUE_SELECTOR)) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }
}
