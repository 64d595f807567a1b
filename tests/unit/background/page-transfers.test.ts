import { describe, expect, it } from 'vitest';
import { addPart, takeWhole } from '../../../src/background/page-transfers';
import { MAX_PAGE_HTML_CHARS } from '../../../src/shared/messages';

describe('page transfers (the page HTML in parts)', () => {
  it('joins the parts kept for a tab with the last one, once', () => {
    expect(addPart(1, 'a', 0, '<html><body>')).toBe(true);
    expect(addPart(1, 'a', 1, '<p>one</p>')).toBe(true);
    expect(takeWhole(1, 'a', 3, '</body></html>')).toBe('<html><body><p>one</p></body></html>');
    // Taken: asking again finds nothing rather than a stale page.
    expect(takeWhole(1, 'a', 3, '</body></html>')).toBeNull();
  });

  it('takes a one-part page as it is, with nothing kept', () => {
    expect(takeWhole(2, 'b', 1, '<html></html>')).toBe('<html></html>');
  });

  it('never returns a partial page: a missing part, or another transfer, gives null', () => {
    expect(addPart(3, 'c', 0, 'first')).toBe(true);
    expect(takeWhole(3, 'c', 3, 'last')).toBeNull(); // part 1 never came
    expect(addPart(3, 'd', 0, 'first')).toBe(true);
    expect(takeWhole(3, 'e', 2, 'last')).toBeNull(); // not the transfer kept
  });

  it('refuses a part out of order and drops that transfer', () => {
    expect(addPart(4, 'f', 0, 'zero')).toBe(true);
    expect(addPart(4, 'f', 2, 'two')).toBe(false);
    expect(addPart(4, 'f', 1, 'one')).toBe(false); // the transfer is gone
    expect(takeWhole(4, 'f', 3, 'last')).toBeNull();
  });

  it('starts over when the page starts a new transfer (a reload), and keeps tabs apart', () => {
    expect(addPart(5, 'g', 0, 'old ')).toBe(true);
    expect(addPart(6, 'h', 0, 'other tab ')).toBe(true);
    expect(addPart(5, 'i', 0, 'new ')).toBe(true);
    expect(takeWhole(5, 'i', 2, 'page')).toBe('new page');
    expect(takeWhole(6, 'h', 2, 'page')).toBe('other tab page');
  });

  it('keeps nothing for a sender without a tab', () => {
    expect(addPart(null, 'j', 0, 'x')).toBe(false);
    expect(takeWhole(null, 'j', 2, 'y')).toBeNull();
  });

  it('refuses a transfer over the page size bound', () => {
    const big = 'x'.repeat(MAX_PAGE_HTML_CHARS / 2);
    expect(addPart(7, 'k', 0, big)).toBe(true);
    expect(addPart(7, 'k', 1, big)).toBe(true);
    expect(addPart(7, 'k', 2, 'x')).toBe(false);
  });
});
