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

/** Whitespace runs folded to one space, ends trimmed: how block texts are compared. */
export function foldWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** The text of a block as a reader sees it: whitespace runs folded, trimmed. */
export function blockText(el: Element): string {
  return foldWhitespace(el.textContent ?? '');
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

interface Frame {
  el: Element;
  next: Element | null;
  /** Whether a descendant was collected (then this element is not a leaf). */
  below: boolean;
}

/** A walk for paragraph blocks that can stop and resume (see `walkParagraphBlocks`). */
export interface BlockWalk {
  /** Visits up to `elements` more elements; true once the walk is complete. */
  step(elements: number): boolean;
  /** The blocks found (all of them once `step` returned true). */
  readonly blocks: Element[];
  /** The text of each block (`blockText`). */
  readonly texts: string[];
}

/**
 * Leaf blocks under `root`: block elements with text and no block descendant with text.
 * A block with its own text beside child blocks (rare after Readability) is kept whole
 * only when none of its children carries text, so no text is counted twice.
 * A depth-first walk with its own stack, run in steps, so the content script can spread a
 * very large page over several tasks.
 */
export function walkParagraphBlocks(root: Element): BlockWalk {
  const blocks: Element[] = [];
  const texts: string[] = [];
  const rootChars = (root.textContent ?? '').length;
  const enters = (el: Element): boolean =>
    !isSkipped(el) &&
    !(
      el !== root &&
      looksLikeFurniture(el) &&
      (el.textContent ?? '').length < rootChars * MAX_FURNITURE_SHARE
    );
  const stack: Frame[] = enters(root)
    ? [{ el: root, next: root.firstElementChild, below: false }]
    : [];
  let done = false;
  return {
    blocks,
    texts,
    step(elements) {
      for (let visited = 0; stack.length > 0 && visited < elements;) {
        const top = stack[stack.length - 1] as Frame;
        const child = top.next;
        if (child) {
          top.next = child.nextElementSibling;
          visited++;
          if (enters(child)) stack.push({ el: child, next: child.firstElementChild, below: false });
          continue;
        }
        stack.pop();
        let collected = top.below;
        if (!collected && top.el !== root && isBlock(top.el)) {
          const text = blockText(top.el);
          if (text.length > 0) {
            blocks.push(top.el);
            texts.push(text);
            collected = true;
          }
        }
        const parent = stack[stack.length - 1];
        if (collected && parent) parent.below = true;
      }
      if (stack.length > 0) return false;
      const rootText = !done && blocks.length === 0 ? blockText(root) : '';
      if (rootText.length > 0) {
        blocks.push(root);
        texts.push(rootText);
      }
      done = true;
      return true;
    },
  };
}

/** `walkParagraphBlocks` in one go. */
export function collectParagraphBlocks(root: Element): Element[] {
  const walk = walkParagraphBlocks(root);
  walk.step(Infinity);
  return walk.blocks;
}
