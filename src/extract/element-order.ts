// Element order as a browser counts it: the index of each element in
// `document.body.getElementsByTagName('*')` of the live page (the body's descendants). The background parses the page's
// serialised HTML with linkedom, whose parser reads the content of some elements as markup
// where a browser keeps it as text (or out of the tree): their descendants are not counted,
// so the indexes found here point at the same elements in the live page.

/** Elements whose content a browser does not put in the document tree as elements. */
export const OPAQUE_CONTENT = new Set([
  'NOSCRIPT', // text while scripting is on (it is, where a content script runs)
  'TEMPLATE', // a separate DocumentFragment
  'IFRAME',
  'XMP',
  'NOEMBED',
  'NOFRAMES',
  'PLAINTEXT',
]);

/** Each descendant of `root` with its index in the browser's document order. */
export function elementOrder(root: Element): Map<Element, number> {
  const order = new Map<Element, number>();
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    stack.push(child);
  }
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    order.set(el, order.size);
    if (OPAQUE_CONTENT.has(el.tagName.toUpperCase())) continue;
    // Children pushed last-first, so they are visited in document order.
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return order;
}
