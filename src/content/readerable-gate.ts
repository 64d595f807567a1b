// The gate before any work: does this page look like an article? Readability's own check, with
// a bound. It scores `p`, `pre` and `article` elements until the page passes; on a page of short
// paragraphs that never passes it read all 50,000 of them in one task (1.4 s on the stress page).
// Real articles pass within their first few hundred; past GATE_MAX_NODES the rest are skipped.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

const GATE_MAX_NODES = 3_000;

/** Readability-readerable's default visibility test (not exported by the package). */
function isNodeVisible(node: Element): boolean {
  const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
  return (
    (!style || style.display !== 'none') &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') !== 'true' ||
      (typeof node.className === 'string' && node.className.includes('fallback-image')))
  );
}

export function looksLikeArticle(doc: Document): boolean {
  let seen = 0;
  return isProbablyReaderable(doc, {
    visibilityChecker: (node: Node) => ++seen <= GATE_MAX_NODES && isNodeVisible(node as Element),
  });
}
