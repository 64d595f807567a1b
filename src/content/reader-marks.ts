// The reader's "Wrong?" marks on this page (shared/wrong-marks.ts: kept in storage.local under one
// key per page, never sent). Read at start and again with each popup request (the popup has just
// written one, or the options page undone one), and followed in storage, so that an undo in the
// options page reaches an open page at once.
import { isUnsourced, type Report, type ReportFigure } from '../core/report';
import browser from '../shared/browser';
import {
  figureMarkKey,
  loadPageMarks,
  markSet,
  marksKey,
  pageAddress,
  type MarkKind,
} from '../shared/wrong-marks';

export class ReaderMarks {
  /** The page as its marks are kept (its address without fragment or sharing parameters). */
  readonly address: string | null;
  /** The marks, as "kind:key". */
  private marks = new Set<string>();

  constructor(href: string) {
    this.address = pageAddress(href);
  }

  has(kind: MarkKind, key: string): boolean {
    return this.marks.has(`${kind}:${key}`);
  }

  /** The figures flagged "no source given" that the reader did not mark wrong. */
  flagged(report: Report | null): ReportFigure[] {
    return (report?.figures ?? []).filter(
      (f) => isUnsourced(f) && !this.has('figure', figureMarkKey(f)),
    );
  }

  /** Reads the marks; none when storage cannot be read. */
  async read(): Promise<void> {
    if (!this.address) return;
    const page = await loadPageMarks(browser.storage.local, this.address).catch(() => null);
    this.marks = markSet(page);
  }

  /** Reads the marks again; true when they changed. */
  async refresh(): Promise<boolean> {
    const before = [...this.marks].sort().join('\n');
    await this.read();
    return [...this.marks].sort().join('\n') !== before;
  }

  /** Calls `changed` when this page's marks change in storage; returns what stops it. */
  watch(changed: () => void): () => void {
    const key = this.address ? marksKey(this.address) : null;
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && key && key in changes) changed();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }
}
