// The one stylesheet Newslens adds to a page (only where it found an article).
// Hiding is an attribute plus this rule, so showing again is removing the attribute.

export const HIDDEN_ATTR = 'data-newslens-hidden';
/** On a repeat the reader showed again: a thin rule beside it says it is a copy. */
export const SHOWN_ATTR = 'data-newslens-shown';
/** The rule's colour, and the marker's: 3:1 against white at least (a visible cue, not decoration). */
export const SHOWN_RULE = '#d97706';
export const MARKER_ATTR = 'data-newslens-marker';
export const FLASH_ATTR = 'data-newslens-flash';
export const FLASH_HIGHLIGHT = 'newslens-flash';
export const MENTION_HIGHLIGHT = 'newslens-mention';
export const UNSOURCED_HIGHLIGHT = 'newslens-unsourced';
const STYLE_ID = 'newslens-style';

const CSS_TEXT = `
[${HIDDEN_ATTR}] { display: none !important; }
[${SHOWN_ATTR}] { border-inline-start: 3px solid ${SHOWN_RULE} !important; padding-inline-start: 0.6em !important; }
[${FLASH_ATTR}] { outline: 3px solid #f2b441 !important; outline-offset: 4px !important; border-radius: 2px; }
::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffe08a; color: #111; }
::highlight(${MENTION_HIGHLIGHT}) { background-color: #cfe3ff; color: #111; }
::highlight(${UNSOURCED_HIGHLIGHT}) { text-decoration: underline wavy #c2410c; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

export function ensurePageStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function removePageStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}
