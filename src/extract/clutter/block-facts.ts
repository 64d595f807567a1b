// What the clutter rules read off one block of the Readability output: its words, how much of
// its text sits in links, whether it reads as prose. DOM Level 2 only (linkedom and browsers).
import { foldWhitespace } from '../paragraph-blocks';

export const words = (text: string): string[] => text.split(' ').filter((w) => w.length > 0);

// The rules ask for the text length and link density of the same wrappers and lists once per
// block inside them; the Readability output is not changed while they run, so each is read once.
const lengths = new WeakMap<Element, number>();
const densities = new WeakMap<Element, number>();

/** Length of an element's text, whitespace runs folded (read once per element). */
export function textLength(el: Element): number {
  let length = lengths.get(el);
  if (length === undefined) {
    length = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    lengths.set(el, length);
  }
  return length;
}

/** Share of the block's characters (spaces aside) inside <a> elements (read once per element). */
export function linkDensity(el: Element): number {
  let density = densities.get(el);
  if (density === undefined) {
    density = readLinkDensity(el);
    densities.set(el, density);
  }
  return density;
}

function readLinkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    // A link inside a link (broken markup) is counted once, with its outer link.
    if (link.parentElement?.closest('a') && el.contains(link.parentElement.closest('a'))) continue;
    linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  }
  return Math.min(1, linked / total);
}

/** The text of the block outside its links, whitespace folded. */
export function textOutsideLinks(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'A') {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return foldWhitespace(parts.join(' '));
}

/** Ends as a sentence does (a full stop, a question, a quotation closed after one). */
export const endsSentence = (text: string): boolean => /[.!?…]["”’»)]*$/.test(text);
