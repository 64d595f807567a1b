// The content script's parts on linkedom: a page, and the few browser globals they use that
// Node lacks (installed from linkedom's window, undone with vi.unstubAllGlobals). Where linkedom
// differs from a browser, the page is patched: its Range has no setStart/setEnd, so a small text
// range stands in; it has no scrolling, so scrollIntoView records what was scrolled to; and its
// getElementsByTagName('*') finds nothing, which would send every locator of the first pass to
// the text fallback (the live page's document and body alone answer it here, so that the
// background's own parse stays as linkedom has it).
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

/** Enough of a DOM Range for text-range.ts and the highlights: boundaries and their text. */
export class TextRange {
  static readonly START_TO_START = 0;
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;

  setStart(node: Node, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }

  setEnd(node: Node, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }

  /** Start points only (all the content script compares). */
  compareBoundaryPoints(_how: number, other: TextRange): number {
    if (this.startContainer === other.startContainer) {
      return Math.sign(this.startOffset - other.startOffset);
    }
    const position = this.startContainer.compareDocumentPosition(other.startContainer);
    return position & 4 ? -1 : 1; // DOCUMENT_POSITION_FOLLOWING
  }

  getClientRects(): DOMRect[] {
    return [];
  }

  /** The text between the boundaries (within one text node, or across the nodes between). */
  toString(): string {
    const start = this.startContainer as Text;
    if (start === this.endContainer) return start.data.slice(this.startOffset, this.endOffset);
    const root = start.ownerDocument.body;
    const walker = start.ownerDocument.createTreeWalker(root, 4);
    let text = '';
    let inside = false;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n === start) {
        inside = true;
        text += n.data.slice(this.startOffset);
      } else if (n === this.endContainer) {
        return text + n.data.slice(0, this.endOffset);
      } else if (inside) text += n.data;
    }
    return text;
  }
}

export interface LinkedomPage {
  document: Document;
  window: Window & typeof globalThis;
  /** Elements scrollIntoView was called on, in order. */
  scrolledTo: Element[];
}

/** Parses `html` and installs the browser globals the content script reads. */
export function linkedomPage(html: string, url = 'https://news.example/story'): LinkedomPage {
  const { window, document } = parseHTML(html) as unknown as {
    window: Window & typeof globalThis;
    document: Document;
  };
  const scrolledTo: Element[] = [];
  const proto = (window as unknown as { Element: { prototype: Element } }).Element.prototype;
  proto.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
  document.createRange = () => new TextRange() as unknown as Range;
  for (const root of [document, document.body]) {
    const byTag = root.getElementsByTagName.bind(root);
    Object.defineProperty(root, 'getElementsByTagName', {
      value: (name: string) => (name === '*' ? root.querySelectorAll('*') : byTag(name)),
    });
  }
  Object.defineProperty(document, 'location', { value: new URL(url), configurable: true });
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  vi.stubGlobal('Node', window.Node);
  vi.stubGlobal('NodeFilter', { SHOW_TEXT: 4 });
  vi.stubGlobal('Range', TextRange);
  vi.stubGlobal('window', globalThis);
  return { document, window, scrolledTo };
}

/** CSS Custom Highlights as a browser has them: the ranges each name holds. */
export function installHighlights(): Map<string, TextRange[]> {
  const highlights = new Map<string, TextRange[]>();
  vi.stubGlobal('CSS', {
    highlights: {
      set: (name: string, highlight: { ranges: TextRange[] }) =>
        highlights.set(name, highlight.ranges),
      delete: (name: string) => highlights.delete(name),
    },
  });
  vi.stubGlobal(
    'Highlight',
    class {
      readonly ranges: TextRange[];
      constructor(...ranges: TextRange[]) {
        this.ranges = ranges;
      }
    },
  );
  return highlights;
}

/** Lets linkedom deliver its mutation records (a microtask) and any timers of 0 ms run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
