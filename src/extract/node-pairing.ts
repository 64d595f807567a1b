// Pairs each node of a deep clone with its original, so that blocks found by
// Readability (which works on a clone and may rebuild elements) map back to the live page.

/** Walks both trees in lockstep; `cloneNode(true)` preserves structure, so order matches. */
export function pairCloneWithSource(source: Node, clone: Node): Map<Node, Node> {
  const pairs = new Map<Node, Node>();
  const stack: [Node, Node][] = [[source, clone]];
  while (stack.length > 0) {
    const [s, c] = stack.pop() as [Node, Node];
    pairs.set(c, s);
    // childNodes rather than firstChild/nextSibling: linkedom's document-level siblings differ.
    const sc = s.childNodes;
    const cc = c.childNodes;
    const n = Math.min(sc.length, cc.length);
    for (let i = 0; i < n; i++) stack.push([sc[i] as Node, cc[i] as Node]);
  }
  return pairs;
}
