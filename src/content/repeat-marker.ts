// The slim marker left where repeated text was hidden: "Printed twice — hidden · Show", and once
// shown "Printed twice — shown · Hide again", so a copy never passes for the article's own text;
// the headline's says it is the headline. In the browser's language (en, fr).
// A page host (page-host.ts): the page's CSS cannot restyle it nor ours leak out, its scripts
// cannot reach the button, and the button answers only the reader's own click or key press.
import { t, tn } from '../shared/i18n';
import { createPageHost, setHostLayout } from './page-host';
import { MARKER_ATTR, SHOWN_RULE } from './page-style';

/** The host's layout, fixed inline (page-host.ts). */
const MARKER_LAYOUT = { display: 'block', margin: '0.4em 0' };

const MARKER_CSS = `
.bar { display: flex; gap: 0.5em; align-items: center; font: 13px/1.4 system-ui, sans-serif;
  color: #4b5563; border-left: 3px solid ${SHOWN_RULE}; padding: 2px 8px; background: rgba(242,180,65,0.08); }
button { font: inherit; color: #1d3a5f; background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline; }
button:focus-visible { outline: 2px solid #1d3a5f; outline-offset: 2px; }
.bar.flash { outline: 3px solid #f2b441; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .bar { color: #d1d5db; } button { color: #9cc3ff; } }
`;

/** What a marker says of its run: how many paragraphs, of what kind, shown or hidden. */
export interface RunState {
  /** Paragraphs of the run still counted (the reader may have said some are no repeats). */
  count: number;
  edited: boolean;
  /** Every paragraph of the run is the headline printed again. */
  headline: boolean;
  visible: boolean;
}

export interface RepeatMarker {
  element: HTMLElement;
  /** Re-labels the marker for its run; a run with nothing left to mark hides the marker. */
  update(run: RunState): void;
  /** Outlines the marker for `ms` (the popup pointed at a paragraph it hides). */
  flash(ms: number): void;
}

function label({ count, edited, headline, visible }: RunState): string {
  if (headline) return t(visible ? 'markerHeadlineShown' : 'markerHeadline');
  if (visible) return tn(count, 'markerShownOne', 'markerShownOther');
  return edited
    ? tn(count, 'markerEditedOne', 'markerEditedOther')
    : tn(count, 'markerHiddenOne', 'markerHiddenOther');
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
    update(run) {
      visible = run.visible;
      setHostLayout(host, { display: run.count > 0 ? MARKER_LAYOUT.display : 'none' });
      text.textContent = `${label(run)} ·`;
      button.textContent = visible ? t('hideAgain') : t('show');
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
