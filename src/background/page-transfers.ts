// The page's serialised HTML arrives in parts (see `article:extract-part`): kept here per tab
// until its last part comes with `article:extract`. One transfer per tab (a new one replaces
// it: the page was reloaded), a few tabs at most, and never more than the size bound.
import { MAX_PAGE_HTML_CHARS } from '../shared/messages';
import { PerTab } from './per-tab';

interface Transfer {
  id: string;
  parts: string[];
  chars: number;
}

const byTab = new PerTab<Transfer>(20);

/** Keeps part `index` of transfer `id`; false (and the transfer dropped) when it does not fit. */
export function addPart(tabId: number | null, id: string, index: number, html: string): boolean {
  if (tabId === null) return false;
  let transfer = byTab.get(tabId);
  if (index === 0 || transfer?.id !== id) {
    transfer = { id, parts: [], chars: 0 };
  }
  byTab.delete(tabId);
  if (index !== transfer.parts.length || transfer.chars + html.length > MAX_PAGE_HTML_CHARS) {
    return false;
  }
  transfer.parts.push(html);
  transfer.chars += html.length;
  byTab.set(tabId, transfer);
  return true;
}

/**
 * The whole HTML of transfer `id`, its `last` part (of `parts`) appended; null when a part is
 * missing (a part refused, or the background restarted in between): never a partial page.
 */
export function takeWhole(
  tabId: number | null,
  id: string,
  parts: number,
  last: string,
): string | null {
  if (parts === 1) return last;
  const transfer = byTab.get(tabId);
  if (transfer?.id === id) byTab.delete(tabId);
  if (transfer?.id !== id || transfer.parts.length !== parts - 1) return null;
  if (transfer.chars + last.length > MAX_PAGE_HTML_CHARS) return null;
  return transfer.parts.join('') + last;
}
