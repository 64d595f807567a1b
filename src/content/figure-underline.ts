// Underlines figures that no source stands behind (an opt-in setting), with a tooltip that
// says why. Underlines are CSS highlights and the tooltip is our own shadow-DOM element,
// so the site's nodes are never rewritten.
import type { ReportFigure } from '../core/report';
import { MARKER_ATTR, UNSOURCED_HIGHLIGHT } from './page-style';
import { setHighlight } from './highlights';
import { findTextRanges } from './text-range';

const TOOLTIP_TEXT = 'Newslens: no source is given for this figure in the article.';
const TOOLTIP_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
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
      if (this.tooltip) this.tooltip.style.display = 'none';
      return;
    }
    const tip = this.ensureTooltip();
    tip.style.display = 'block';
    tip.style.left = `${x + 12}px`;
    tip.style.top = `${y + 16}px`;
  }

  private ensureTooltip(): HTMLElement {
    if (this.tooltip) return this.tooltip;
    const host = this.doc.createElement('div');
    host.setAttribute(MARKER_ATTR, 'tooltip');
    host.setAttribute('role', 'tooltip');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const tip = this.doc.createElement('div');
    tip.className = 'tip';
    tip.textContent = TOOLTIP_TEXT;
    root.append(style, tip);
    this.doc.documentElement.appendChild(host);
    this.tooltip = host;
    return host;
  }
}
