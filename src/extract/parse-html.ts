// The one way the CLI and the background parse a page's HTML: linkedom, within the tag bound
// (page-bounds.ts). Not for the content script, which has the browser's DOM.
import { parseHTML } from 'linkedom';
import { assertTagCount } from './page-bounds';

/** Throws PageBoundError for a page with more tags than its parser handles in good time. */
export function parseHtml(html: string): Document {
  assertTagCount(html);
  return parseHTML(html).document as unknown as Document;
}
