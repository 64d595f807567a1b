import { describe, expect, it } from 'vitest';
import { PageTransfers } from '../../../src/background/page-transfers';
import { MAX_PAGE_HTML_CHARS } from '../../../src/shared/messages';

const doc = (tabId: number, document = `doc-${tabId}`) => ({ tabId, document });

describe('page transfers (the page HTML in parts)', () => {
  const t = new PageTransfers();

  it('joins the parts kept for a tab with the last one, once', () => {
    expect(t.addPart(doc(1), 'a', 0, '<html><body>')).toBe(true);
    expect(t.addPart(doc(1), 'a', 1, '<p>one</p>')).toBe(true);
    expect(t.takeWhole(doc(1), 'a', 3, '</body></html>')).toBe(
      '<html><body><p>one</p></body></html>',
    );
    // Taken: asking again finds nothing rather than a stale page.
    expect(t.takeWhole(doc(1), 'a', 3, '</body></html>')).toBeNull();
  });

  it('takes a one-part page as it is, with nothing kept', () => {
    expect(t.takeWhole(doc(2), 'b', 1, '<html></html>')).toBe('<html></html>');
  });

  it('never returns a partial page: a missing part, or another transfer, gives null', () => {
    expect(t.addPart(doc(3), 'c', 0, 'first')).toBe(true);
    expect(t.takeWhole(doc(3), 'c', 3, 'last')).toBeNull(); // part 1 never came
    expect(t.addPart(doc(3), 'd', 0, 'first')).toBe(true);
    expect(t.takeWhole(doc(3), 'e', 2, 'last')).toBeNull(); // not the transfer kept
  });

  it('refuses a part out of order and drops that transfer', () => {
    expect(t.addPart(doc(4), 'f', 0, 'zero')).toBe(true);
    expect(t.addPart(doc(4), 'f', 2, 'two')).toBe(false);
    expect(t.addPart(doc(4), 'f', 1, 'one')).toBe(false); // the transfer is gone
    expect(t.takeWhole(doc(4), 'f', 3, 'last')).toBeNull();
  });

  it('starts over when the page starts a new transfer (a reload), and keeps tabs apart', () => {
    expect(t.addPart(doc(5), 'g', 0, 'old ')).toBe(true);
    expect(t.addPart(doc(6), 'h', 0, 'other tab ')).toBe(true);
    expect(t.addPart(doc(5), 'i', 0, 'new ')).toBe(true);
    expect(t.takeWhole(doc(5), 'i', 2, 'page')).toBe('new page');
    expect(t.takeWhole(doc(6), 'h', 2, 'page')).toBe('other tab page');
  });

  it('keeps each document of a tab apart, and forgets them when the tab closes', () => {
    expect(t.addPart(doc(8, 'old'), 'j', 0, 'old ')).toBe(true);
    expect(t.takeWhole(doc(8, 'new'), 'j', 2, 'page')).toBeNull();
    expect(t.addPart(doc(8, 'new'), 'k', 0, 'new ')).toBe(true);
    t.forgetTab(8);
    expect(t.takeWhole(doc(8, 'new'), 'k', 2, 'page')).toBeNull();
  });

  it('refuses a transfer over the page size bound', () => {
    const big = 'x'.repeat(MAX_PAGE_HTML_CHARS / 2);
    expect(t.addPart(doc(7), 'l', 0, big)).toBe(true);
    expect(t.addPart(doc(7), 'l', 1, big)).toBe(true);
    expect(t.addPart(doc(7), 'l', 2, 'x')).toBe(false);
  });
});
