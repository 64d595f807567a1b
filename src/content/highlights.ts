// Text highlights through the CSS Custom Highlight API: no node of the page is touched.
// Where the API is missing, callers fall back to outlining the paragraph.

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registry(): { highlights: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

export function supportsHighlights(): boolean {
  return registry() !== null;
}

/** Replaces the named highlight with `ranges` (none clears it). */
export function setHighlight(name: string, ranges: Range[]): void {
  const api = registry();
  if (!api) return;
  if (ranges.length === 0) api.highlights.delete(name);
  else api.highlights.set(name, new api.Highlight(...ranges));
}
