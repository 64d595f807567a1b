// The slim marker left where repeated text was hidden: "Repeated paragraph hidden · Show".
// A page host (page-host.ts): the page's CSS cannot restyle it nor ours leak out, its scripts
// cannot reach the button, and the button answers only the reader's own click or key press.
import { createPageHost } from './page-host';
import { MARKER_ATTR } from './page-style';

/** The host's layout, fixed inline (page-host.ts). */
const MARKER_LAYOUT = { display: 'block', margin: '0.4em 0' };

const MARKER_CSS = `
.bar { display: flex; gap: 0.5em; align-items: center; font: 13px/1.4 system-ui, sans-serif;
  color: #4b5563; border-left: 3px solid #f2b441; padding: 2px 8px; background: rgba(242,180,65,0.08); }
button { font: inherit; color: #1d3a5f; background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline; }
button:focus-visible { outline: 2px solid #1d3a5f; outline-offset: 2px; }
.bar.flash { outline: 3px solid #f2b441; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .bar { color: #d1d5db; } button { color: #9cc3ff; } }
`;

export interface RepeatMarker {
  element: HTMLElement;
  /** Re-labels the marker for a run of `count` paragraphs, shown or hidden. */
  update(count: number, edited: boolean, visible: boolean): void;
  /** Outlines the marker for `ms` (the popup pointed at a paragraph it hides). */
  flash(ms: number): void;
}

function label(count: number, edited: boolean, visible: boolean): string {
  const what = count === 1 ? 'Repeated paragraph' : `${count} repeated paragraphs`;
  if (visible) return `${what} shown again`;
  return `${what} hidden${edited ? ' (with changes)' : ''}`;
}

/** Builds a marker for a run of hidden paragraphs; `onToggle` gets the wanted visibility. */
export function createRepeatMarker(
  doc: Document,
  onToggle: (visible: boolean) => void,
): RepeatMarker {
  const style = doc.createElement('style');
  style.textContent = MARKER_CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'note');
  const text = doc.createElement('span');
  const button = doc.createElement('button');
  button.type = 'button';
  let visible = false;
  button.addEventListener('click', (event) => {
    // A page's script dispatching a click (or calling click()) is not the reader.
    if (event.isTrusted) onToggle(!visible);
  });
  bar.append(text, button);
  const host = createPageHost(doc, [MARKER_ATTR, ''], MARKER_LAYOUT, [style, bar]);
  let flashTimer = 0;
  return {
    element: host,
    update(count, edited, shown) {
      visible = shown;
      text.textContent = `${label(count, edited, visible)} ·`;
      button.textContent = visible ? 'Hide again' : 'Show';
      button.setAttribute('aria-expanded', String(visible));
    },
    flash(ms) {
      // The page's flash outline would not reach the host: its layout is fixed inline.
      bar.classList.add('flash');
      clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => bar.classList.remove('flash'), ms);
    },
  };
}
