// Article extraction: Readability finds the body; we split it into paragraph blocks and,
// when asked, map each block back to the element of the source document it came from.
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/report';
import { bodyBlocks, cleanByline } from './clutter';
import { blockText, collectParagraphBlocks } from './paragraph-blocks';
import { pairCloneWithSource } from './node-pairing';
import { assertDepth } from './page-bounds';
import { pageTitles } from './page-titles';
import { textMatcher } from './text-matcher';

export interface ExtractedArticle {
  input: ArticleInput;
  /** For each paragraph, its element in the source document (only with `mapToSource`). */
  elements: Element[];
}

/** What `extractArticle` finds. */
export interface ArticleBlocks {
  input: ArticleInput;
  /**
   * With `mapToSource`, for each paragraph its element in the source document, or null where
   * none holds its text (a block Readability stitched together): the paragraph is kept, so
   * the paragraphs are the same with and without mapping. Empty without `mapToSource`.
   */
  elements: (Element | null)[];
}

export interface ExtractOptions {
  /**
   * Parse a clone and map blocks back to `doc` (the content script needs the live elements).
   * Without it, Readability runs on `doc` itself and changes it (fine for the CLI's own DOM).
   */
  mapToSource?: boolean;
}

const BLOCK_ANCESTOR_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
]);
const HEADING = /^H[1-6]$/;

const isHeading = (el: Element): boolean => HEADING.test(el.tagName.toUpperCase());

/** Nearest element that can stand for a paragraph in the source page. */
function blockAncestor(node: Node | undefined): Element | null {
  let el: Element | null = node
    ? node.nodeType === 1
      ? (node as Element)
      : node.parentElement
    : null;
  while (el) {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_ANCESTOR_TAGS.has(tag) || HEADING.test(tag)) return el;
    el = el.parentElement;
  }
  return null;
}

function textNodes(el: Element): Node[] {
  const out: Node[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').trim().length > 0) out.push(n);
  }
  return out;
}

/** The live element holding every text node of a block Readability rebuilt (div → p, merges). */
function liveHolder(block: Element, pairs: Map<Node, Node>): Element | null {
  const live = textNodes(block)
    .map((n) => pairs.get(n))
    .filter((n): n is Node => n !== undefined);
  let holder = live[0]?.parentElement ?? null;
  for (const node of live) {
    while (holder && !holder.contains(node)) holder = holder.parentElement;
  }
  return blockAncestor(holder ?? undefined);
}

/**
 * Returns null when Readability finds no article; throws PageBoundError for a page nested too
 * deep for Readability. Pages with more elements than Readability reads in good time go to
 * large-page.ts instead (page-extraction.ts).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleBlocks | null {
  // Issue 8 (fuzz): Readability throws on a document without a <body> (linkedom leaves it out
  // when the HTML omits the optional tags; a frameset page has none): no body, no article.
  if (!doc.documentElement || !doc.body) return null;
  assertDepth(doc);
  const work = options.mapToSource ? (doc.cloneNode(true) as Document) : doc;
  if (!work.body) return null;
  const pairs = options.mapToSource ? pairCloneWithSource(doc, work) : null;
  const lang = doc.documentElement?.getAttribute('lang') || null;
  // Before Readability: without a clone it changes the document (and takes the <h1> out).
  const { titles, headlines } = pageTitles(doc);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability(work, {
      serializer: (node: Node) => node,
      keepClasses: true, // paragraph-blocks.ts reads class names to keep captions and related links out
    }).parse();
  } catch {
    // Issue 8 (fuzz): Readability assumes the text sits inside <body> and throws when its best
    // candidate does not (a page script can append an article to <html>; linkedom leaves
    // body-less HTML that way). Never break on the page's shape: no article.
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const root = parsed.content as Element;
  const blocks = collectParagraphBlocks(root).filter((block) => blockText(block) !== '');
  const texts = blocks.map(blockText);
  // Bylines, captions, link lists and sign-offs stay in the page but are no paragraphs.
  const body = bodyBlocks(blocks, texts, root);
  const byText = pairs ? textMatcher(doc) : null;
  const paragraphs: string[] = [];
  const elements: (Element | null)[] = [];
  const headings: number[] = [];
  for (const [i, block] of blocks.entries()) {
    const text = texts[i] as string;
    if (!body[i]) continue;
    if (isHeading(block)) headings.push(paragraphs.length);
    if (pairs) {
      // Kept elements keep their identity in the clone; rebuilt ones (div → p) keep their text nodes.
      const direct = pairs.get(block) as Element | undefined;
      elements.push(direct ?? liveHolder(block, pairs) ?? byText?.(text) ?? null);
    }
    paragraphs.push(text);
  }
  if (paragraphs.length === 0) return null;
  return {
    input: {
      title: parsed.title?.trim() || null,
      byline: cleanByline(parsed.byline?.trim() || null),
      siteName: parsed.siteName?.trim() || null,
      lang: parsed.lang || lang,
      paragraphs,
      titles,
      headlines,
      headings,
    },
    elements,
  };
}
