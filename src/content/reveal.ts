// The popup points at a paragraph (a figure, a repeat): scroll to it and flash it for a moment,
// with the stretch of text meant highlighted. A hidden repeat is pointed at through its marker,
// which stays visible and flashes itself (the page's flash outline does not reach a page host).
import { setHighlight, supportsHighlights } from './highlights';
import type { RepeatMarker } from './repeat-marker';
import { FLASH_ATTR, FLASH_HIGHLIGHT, HIDDEN_ATTR, ensurePageStyle } from './page-style';
import { findTextRanges } from './text-range';

export const FLASH_MS = 2_000;

export class Reveal {
  private flashTimer = 0;

  constructor(private readonly doc: Document) {}

  /** `marker` is the one of the run that hides `element`, if any; `text` a stretch of it. */
  show(element: Element, marker: RepeatMarker | null, text: string | undefined): void {
    ensurePageStyle(this.doc);
    const hiddenNow = element.hasAttribute(HIDDEN_ATTR);
    const shownMarker = hiddenNow ? marker : null;
    shownMarker?.flash(FLASH_MS);
    const target =
      shownMarker?.element ?? (hiddenNow ? element.previousElementSibling : null) ?? element;
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    const ranges = text && !hiddenNow ? findTextRanges(element, text, 1) : [];
    this.doc.querySelectorAll(`[${FLASH_ATTR}]`).forEach((el) => el.removeAttribute(FLASH_ATTR));
    target.setAttribute(FLASH_ATTR, '');
    if (ranges.length > 0 && supportsHighlights()) setHighlight(FLASH_HIGHLIGHT, ranges);
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => {
      target.removeAttribute(FLASH_ATTR);
      setHighlight(FLASH_HIGHLIGHT, []);
    }, FLASH_MS);
  }
}
