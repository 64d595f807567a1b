// One value per document, for what the background keeps between one page's messages: keyed by
// the document that sent them (a reload or a navigation is a new document, which never sees the
// last one's state), dropped with every document of a tab when the tab closes, and bounded (the
// document set least recently is dropped first).
import type { TabSender } from '../shared/message-routes';

export class PerDocument<T> {
  private readonly byDocument = new Map<string, { tabId: number; value: T }>();

  constructor(private readonly maxDocuments: number) {}

  get(from: TabSender): T | undefined {
    return this.byDocument.get(key(from))?.value;
  }

  set(from: TabSender, value: T): void {
    const k = key(from);
    this.byDocument.delete(k);
    this.byDocument.set(k, { tabId: from.tabId, value });
    if (this.byDocument.size > this.maxDocuments)
      this.byDocument.delete(this.byDocument.keys().next().value as string);
  }

  delete(from: TabSender): void {
    this.byDocument.delete(key(from));
  }

  /** The tab closed: its documents' values go. */
  forgetTab(tabId: number): void {
    for (const [k, entry] of this.byDocument) if (entry.tabId === tabId) this.byDocument.delete(k);
  }
}

const key = (from: TabSender): string => `${from.tabId} ${from.document}`;
