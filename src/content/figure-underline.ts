// Underlines the figures flagged "no source given" (an opt-in setting; the caller picks them:
// those that need a source, name none, and were not marked wrong), with a tooltip that says why.
// Underlines are CSS highlights and the tooltip is a page host of ours (page-host.ts), so the
// site's nodes are never rewritten and its styles cannot hide or move the tooltip.
import type { ReportFigure } from '../core/report';
import { t } from '../shared/i18n';
import { createPageHost, setHostLayout } from './page-host';
import { MARKER_ATTR, UNSOURCED_HIGHLIGHT } from './page-style';
import { setHighlight } from './highlights';
import { findTextRanges } from './text-range';

/** The tooltip host's layout, fixed inline (page-host.ts); shown and placed by the mouse. */
const TOOLTIP_LAYOUT = {
  position: 'fixed',
  'z-index': '2147483647',
  'pointer-events': 'none',
  display: 'none',
};
const TOOLTIP_CSS = `
.tip { font: 12px/1.4 system-ui, sans-serif; background: #1f2937; color: #f9fafb; padding: 4px 8px;
  border-radius: 4px; max-width: 260px; box-shadow: 0 2px 6px rgba(0,0,0,0.3); }
`;

export class FigureUnderline {
  private ranges: Range[] = [];
  private listeners: AbortController | null = null;
  private tooltip: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  show(figures: readonly ReportFigure[], elements: readonly Element[]): void {
    this.clear();
    for (const figure of figures) {
      const el = elements[figure.paragraph];
      if (el) this.ranges.push(...findTextRanges(el, figure.text, 1));
    }
    setHighlight(UNSOURCED_HIGHLIGHT, this.ranges);
    if (this.ranges.length === 0) return;
    this.listeners = new AbortController();
    let frame = 0;
    this.doc.addEventListener(
      'mousemove',
      (event) => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.hover(event.clientX, event.clientY));
      },
      { passive: true, signal: this.listeners.signal },
    );
  }

  clear(): void {
    this.listeners?.abort();
    this.listeners = null;
    this.ranges = [];
    setHighlight(UNSOURCED_HIGHLIGHT, []);
    this.tooltip?.remove();
    this.tooltip = null;
  }

  private hover(x: number, y: number): void {
    const hit = this.ranges.some((r) =>
      [...r.getClientRects()].some(
        (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom,
      ),
    );
    if (!hit) {
      if (this.tooltip) setHostLayout(this.tooltip, { display: 'none' });
      return;
    }
    setHostLayout(this.ensureTooltip(), {
      display: 'block',
      left: `${x + 12}px`,
      top: `${y + 16}px`,
    });
  }

  private ensureTooltip(): HTMLElement {
    if (this.tooltip) return this.tooltip;
    const style = this.doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const tip = this.doc.createElement('div');
    tip.className = 'tip';
    tip.textContent = t('underlineTip');
    const host = createPageHost(this.doc, [MARKER_ATTR, 'tooltip'], TOOLTIP_LAYOUT, [style, tip]);
    host.setAttribute('role', 'tooltip');
    this.doc.documentElement.appendChild(host);
    this.tooltip = host;
    return host;
  }
}
