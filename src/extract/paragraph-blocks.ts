// Paragraph blocks: the leaf text blocks of an article body, in reading order.
// Shared by the CLI (linkedom) and the content script (live DOM), so it uses only
// DOM Level 2 features that both implement.

/** Tags that hold one paragraph of body text (or a subhead or list item). */
const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
]);

/** Containers whose text is page furniture, not body text (captions are repeated by design). */
const SKIPPED_TAGS = new Set([
  'FIGURE',
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'NAV',
  'ASIDE',
  'FORM',
]);

const WHITESPACE_RUN = /\s+/g;

/**
 * Class or id tokens of page furniture that Readability sometimes keeps inside the body:
 * photo captions and credits, related-links rails, recommendation widgets, newsletter boxes.
 * Real pages repeat these by design (a caption printed under each photo of a gallery, the
 * headline again in "related"), so they are neither body text nor repeats (corpus:
 * zyte-8cad00dc22 captions, zyte-5fbc7ccb50 related links).
 */
const FURNITURE_TOKEN =
  /(^|[-_])(caption|captions|credit|credits|related|recommended|recommendations|outbrain|taboola|newsletter|promo)([-_]|$)/i;
const CAMEL_HUMP = /([a-z])([A-Z])/g;
/** A furniture-named element holding more than this share of the body is the body itself. */
const MAX_FURNITURE_SHARE = 0.3;

/** The text of a block as a reader sees it: whitespace runs folded, trimmed. */
export function blockText(el: Element): string {
  return (el.textContent ?? '').replace(WHITESPACE_RUN, ' ').trim();
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase());
}

function looksLikeFurniture(el: Element): boolean {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(
    WHITESPACE_RUN,
  );
  // camelCase tokens ("relatedContent") are read as kebab-case ("related-content").
  return tokens.some((t) => t.length > 0 && FURNITURE_TOKEN.test(t.replace(CAMEL_HUMP, '$1-$2')));
}

/**
 * Leaf blocks under `root`: block elements with text and no block descendant with text.
 * A block with its own text beside child blocks (rare after Readability) is kept whole
 * only when none of its children carries text, so no text is counted twice.
 */
export function collectParagraphBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const rootChars = (root.textContent ?? '').length;
  // Returns true when `el` or a descendant was collected (so ancestors are not leaves).
  const visit = (el: Element): boolean => {
    if (isSkipped(el)) return false;
    if (
      el !== root &&
      looksLikeFurniture(el) &&
      (el.textContent ?? '').length < rootChars * MAX_FURNITURE_SHARE
    ) {
      return false;
    }
    let collectedBelow = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child)) collectedBelow = true;
    }
    if (collectedBelow) return true;
    if (el !== root && isBlock(el) && blockText(el).length > 0) {
      out.push(el);
      return true;
    }
    return false;
  };
  visit(root);
  if (out.length === 0 && blockText(root).length > 0) out.push(root);
  return out;
}
