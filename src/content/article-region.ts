// The live region an article sits in: the nearest common ancestor of its paragraphs, widened
// by one level so that a copy printed in a sibling container is inside it too.

function commonAncestor(a: Element, b: Element): Element | null {
  const ancestors = new Set<Element>();
  for (let el: Element | null = a; el; el = el.parentElement) ancestors.add(el);
  for (let el: Element | null = b; el; el = el.parentElement) if (ancestors.has(el)) return el;
  return null;
}

export function articleRegion(elements: readonly Element[], doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let lca: Element | null = elements[0] ?? null;
  for (const el of elements) {
    if (!lca) break;
    lca = commonAncestor(lca, el);
  }
  if (!lca || lca === body || lca === doc.documentElement) return body;
  return lca.parentElement && lca.parentElement !== doc.documentElement ? lca.parentElement : lca;
}
