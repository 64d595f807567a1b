// Nodes a page adds while the background reads its serialised HTML: they are not in what was
// serialised, so they are handed to the paragraph observer once it starts, like later text.
import { MARKER_ATTR } from './page-style';

export interface AdditionRecorder {
  /** Stops recording and returns what was added, in order. */
  take(): Node[];
}

export function recordAdditions(target: Node): AdditionRecorder {
  const added: Node[] = [];
  const keep = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el?.closest(`[${MARKER_ATTR}]`)) added.push(node);
      }
    }
  };
  const observer = new MutationObserver(keep);
  observer.observe(target, { childList: true, subtree: true });
  return {
    take: () => {
      keep(observer.takeRecords());
      observer.disconnect();
      return added;
    },
  };
}
