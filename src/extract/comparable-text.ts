// An element's text as both sides of off-thread extraction see it alike. A browser keeps the
// content of <noscript> as text (an <img> tag's markup counted as words) where linkedom parses
// it as elements, and the content script sends scripts and styles emptied; so the text that
// locates a block leaves out script, style, noscript and template content (Readability drops
// them from paragraphs too). zyte-65bf3048b5 lost 84 of 101 paragraphs to the difference.
import { blockText, foldWhitespace } from './paragraph-blocks';

const EXCLUDED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const EXCLUDED_SELECTOR = 'script, style, noscript, template';

function appendText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !EXCLUDED.has((child as Element).tagName.toUpperCase())) {
      appendText(child, out);
    }
  }
}

/** `blockText` without script, style, noscript and template content. */
export function comparableText(el: Element): string {
  if (!el.querySelector(EXCLUDED_SELECTOR)) return blockText(el);
  const parts: string[] = [];
  appendText(el, parts);
  return foldWhitespace(parts.join(''));
}
