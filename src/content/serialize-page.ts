// The page as the background needs it to find the article: the <html> and <body> tags, the
// head's metadata (title, meta, base, JSON-LD: what Readability reads there) and the body.
// Scripts and styles go as empty elements: Readability drops them, and they are often most of
// a page (inline app state, CSS); keeping the element keeps the element count that locators
// rely on (they index the body's elements). Subtrees without code are serialised natively in
// one call; only the ancestors of code are walked here.
/* eslint-disable no-restricted-properties -- markup is read here to be sent as a string, never written */

const HEAD_KEPT = 'title, meta, base, script[type="application/ld+json"]';
const AMP = /&/g;
const QUOTE = /"/g;
const LT = /</g;
const GT = />/g;

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of el.attributes) {
    tag += ` ${attr.name}="${attr.value.replace(AMP, '&amp;').replace(QUOTE, '&quot;')}"`;
  }
  return `${tag}>`;
}

const CODE = 'script:not([type="application/ld+json"]), style';

function isDroppedCode(el: Element): boolean {
  const tag = el.localName;
  return tag === 'style' || (tag === 'script' && el.getAttribute('type') !== 'application/ld+json');
}

function escapeText(text: string): string {
  return text.replace(AMP, '&amp;').replace(LT, '&lt;').replace(GT, '&gt;');
}

/**
 * The elements that hold code below them, found from the code up in one native query: the
 * walk then costs the ancestors of code only (asking each child whether it held code was
 * quadratic in the depth).
 */
function codeAncestors(body: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const code of body.querySelectorAll(CODE)) {
    for (
      let el = code.parentElement;
      el && el !== body && !holders.has(el);
      el = el.parentElement
    ) {
      holders.add(el);
    }
  }
  return holders;
}

function appendChildren(parent: Element, holders: Set<Element>, parts: string[]): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isDroppedCode(el)) {
        parts.push(`<${el.localName}></${el.localName}>`);
      } else if (holders.has(el)) {
        parts.push(startTag(el));
        appendChildren(el, holders, parts);
        parts.push(`</${el.localName}>`);
      } else {
        parts.push(el.outerHTML);
      }
    } else if (node.nodeType === 3) {
      parts.push(escapeText((node as Text).data));
    }
  }
}

/** Null when the document has no body (the gate has already said no then). */
export function serializeForExtraction(doc: Document): string | null {
  const body = doc.body;
  if (!body || !doc.documentElement) return null;
  const parts = [startTag(doc.documentElement), '<head>'];
  for (const el of doc.head?.querySelectorAll(HEAD_KEPT) ?? []) parts.push(el.outerHTML);
  parts.push('</head>', startTag(body));
  appendChildren(body, codeAncestors(body), parts);
  parts.push('</body></html>');
  return parts.join('');
}
