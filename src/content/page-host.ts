// The elements Newslens adds to a page (the repeat markers, the underline's tooltip) are hosts of
// a shadow root. What the page can do to them: restyle the host from its stylesheets, which beat
// `:host` rules, even `!important` ones; and, with an open root, reach in and press the button.
// So the root is closed, and the host's own layout is set in its style attribute, each property
// `!important` after `all: initial`: no rule of the page's stylesheets overrides that. Set through
// CSSOM, which a page's Content-Security-Policy does not block.

/** Sets `layout` on `host`, each property !important. */
export function setHostLayout(host: HTMLElement, layout: Record<string, string>): void {
  for (const [property, value] of Object.entries(layout)) {
    host.style.setProperty(property, value, 'important');
  }
}

/** A host element with `attribute` and a closed shadow root holding `children`. */
export function createPageHost(
  doc: Document,
  attribute: [name: string, value: string],
  layout: Record<string, string>,
  children: Node[],
): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(...attribute);
  setHostLayout(host, { all: 'initial', ...layout });
  // Closed: page scripts get null from host.shadowRoot and never reach the button.
  const root = host.attachShadow({ mode: 'closed' });
  root.append(...children);
  return host;
}
