// Live blocks found by their text, for paragraphs whose element identity is not known.
import { blockText, collectParagraphBlocks, foldWhitespace } from './paragraph-blocks';

/**
 * Live blocks by their text, for blocks whose identity was lost: when its first attempt finds
 * too little text, Readability re-parses the page from cached HTML, so every node is new.
 * Matches are taken in document order, each live block at most once. Also the way to map
 * paragraphs extracted elsewhere (from serialised HTML, off the page's main thread) back to
 * the live page: see `matchBlocksByText`.
 */
export function textMatcher(doc: Document): (text: string) => Element | null {
  let index: Map<string, Element[]> | null = null;
  return (text) => {
    if (!index) {
      index = new Map();
      for (const el of collectParagraphBlocks(doc.body ?? doc.documentElement)) {
        const key = blockText(el); // already folded
        const list = index.get(key);
        if (list) list.push(el);
        else index.set(key, [el]);
      }
    }
    return index.get(foldWhitespace(text))?.shift() ?? null;
  };
}

/** The live block of `doc` for each paragraph text, in order (null where none matches). */
export function matchBlocksByText(doc: Document, texts: readonly string[]): (Element | null)[] {
  const match = textMatcher(doc);
  return texts.map((text) => match(text));
}
