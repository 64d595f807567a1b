// Watches the article region for paragraphs that arrive after load (live pages, lazy sections,
// a site's script inserting text). Records are batched per callback; attribute changes are not
// observed; the extension's own markers are skipped. MutationObserver callbacks run before the
// next paint, so a repeat found here is hidden before the reader can see it.
import { collectParagraphBlocks } from '../extract/paragraph-blocks';
import { MARKER_ATTR } from './page-style';

/** More new blocks than this in one callback are handed over in later slices (keeps tasks short). */
const MAX_BLOCKS_PER_SLICE = 400;
/** Pages that mutate this many times in a second are churning; the observer backs off. */
const CHURN_CALLBACKS_PER_SECOND = 120;
const BACKOFF_MS = 2_000;

const LEAF_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'DT',
]);
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'IFRAME']);

export interface ParagraphObserver {
  disconnect(): void;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${MARKER_ATTR}]`);
}

/** The paragraph blocks a mutation brought in. */
function blocksOf(node: Node): Element[] {
  if (node.nodeType === 3) {
    // A text node filled into an existing paragraph: the paragraph itself is new to us.
    const parent = node.parentElement?.closest([...LEAF_TAGS].join(','));
    return parent ? [parent] : [];
  }
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  if (IGNORED_TAGS.has(el.tagName)) return [];
  if (LEAF_TAGS.has(el.tagName)) return [el];
  return collectParagraphBlocks(el).filter((b) => b !== el || LEAF_TAGS.has(b.tagName));
}

function blocksOfAll(nodes: Iterable<Node>): Element[] {
  const blocks = new Set<Element>();
  for (const node of nodes) {
    if (isOurs(node)) continue;
    for (const b of blocksOf(node)) blocks.add(b);
  }
  return [...blocks];
}

/**
 * Calls `onBlocks` with new paragraph blocks inside `region`, in document order, each once.
 * `known` holds blocks already seen (the initial extraction) and is updated. `earlier` are
 * nodes added before the observer started (while the article was being extracted).
 */
export function observeParagraphs(
  region: Element,
  known: WeakSet<Element>,
  onBlocks: (blocks: Element[]) => void,
  onError: (err: unknown) => void,
  earlier: readonly Node[] = [],
): ParagraphObserver {
  let windowStart = 0;
  let callbacksInWindow = 0;
  let pausedUntil = 0;
  let pending: Element[] = [];
  let sliceScheduled = false;
  const view = region.ownerDocument.defaultView ?? globalThis;

  const deliver = (blocks: Element[]): void => {
    const fresh = blocks.filter((b) => !known.has(b) && region.contains(b) && !isOurs(b));
    for (const b of fresh) known.add(b);
    if (fresh.length === 0) return;
    fresh.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    onBlocks(fresh);
  };

  const drain = (): void => {
    sliceScheduled = false;
    const slice = pending.slice(0, MAX_BLOCKS_PER_SLICE);
    pending = pending.slice(MAX_BLOCKS_PER_SLICE);
    try {
      deliver(slice);
    } catch (err) {
      onError(err);
    }
    if (pending.length > 0) schedule();
  };
  const schedule = (): void => {
    if (sliceScheduled) return;
    sliceScheduled = true;
    view.setTimeout(drain, 0);
  };

  const observer = new MutationObserver((records) => {
    try {
      const now = performance.now();
      if (now - windowStart > 1000) {
        windowStart = now;
        callbacksInWindow = 0;
      }
      callbacksInWindow++;
      const backingOff = now < pausedUntil || callbacksInWindow > CHURN_CALLBACKS_PER_SECOND;
      if (callbacksInWindow === CHURN_CALLBACKS_PER_SECOND + 1) pausedUntil = now + BACKOFF_MS;
      const list = blocksOfAll(records.flatMap((record) => [...record.addedNodes]));
      if (list.length === 0) return;
      if (backingOff || list.length > MAX_BLOCKS_PER_SLICE) {
        // Too much at once: handle now what fits (no flash for it), the rest in later slices.
        const now = backingOff ? [] : list.slice(0, MAX_BLOCKS_PER_SLICE);
        pending.push(...list.slice(now.length));
        deliver(now);
        if (backingOff) view.setTimeout(schedule, BACKOFF_MS);
        else schedule();
        return;
      }
      deliver(list);
    } catch (err) {
      onError(err);
    }
  });
  observer.observe(region, { childList: true, subtree: true, characterData: false });
  const arrivedEarlier = blocksOfAll(earlier.filter((node) => node.isConnected));
  pending.push(...arrivedEarlier.slice(MAX_BLOCKS_PER_SLICE));
  deliver(arrivedEarlier.slice(0, MAX_BLOCKS_PER_SLICE));
  if (pending.length > 0) schedule();
  return { disconnect: () => observer.disconnect() };
}
