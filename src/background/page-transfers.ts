// The page's serialised HTML arrives in parts (see `article:extract-part`): kept here per
// document until its last part comes with `article:extract`. One transfer per document (a new
// one replaces it), a few documents at most, and never more than the size bound.
import type { TabSender } from '../shared/message-routes';
import { MAX_PAGE_HTML_CHARS } from '../shared/messages';
import { PerDocument } from './per-document';

interface Transfer {
  id: string;
  parts: string[];
  chars: number;
}

export class PageTransfers {
  private readonly byDocument = new PerDocument<Transfer>(20);

  /** Keeps part `index` of transfer `id`; false (and the transfer dropped) when it does not fit. */
  addPart(from: TabSender, id: string, index: number, html: string): boolean {
    let transfer = this.byDocument.get(from);
    if (index === 0 || transfer?.id !== id) {
      transfer = { id, parts: [], chars: 0 };
    }
    this.byDocument.delete(from);
    if (index !== transfer.parts.length || transfer.chars + html.length > MAX_PAGE_HTML_CHARS) {
      return false;
    }
    transfer.parts.push(html);
    transfer.chars += html.length;
    this.byDocument.set(from, transfer);
    return true;
  }

  /**
   * The whole HTML of transfer `id`, its `last` part (of `parts`) appended; null when a part is
   * missing (a part refused, or the background restarted in between): never a partial page.
   */
  takeWhole(from: TabSender, id: string, parts: number, last: string): string | null {
    if (parts === 1) return last;
    const transfer = this.byDocument.get(from);
    if (transfer?.id === id) this.byDocument.delete(from);
    if (transfer?.id !== id || transfer.parts.length !== parts - 1) return null;
    if (transfer.chars + last.length > MAX_PAGE_HTML_CHARS) return null;
    return transfer.parts.join('') + last;
  }

  forgetTab(tabId: number): void {
    this.byDocument.forgetTab(tabId);
  }
}
