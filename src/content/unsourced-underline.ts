// The underline of the figures flagged "no source given", while the reader has it on (an opt-in
// setting): the caller picks them (those that need a source, name none, and were not marked
// wrong), figure-underline.ts draws them; built when first needed.
import type { ReportFigure } from '../core/report';
import { FigureUnderline } from './figure-underline';
import { ensurePageStyle } from './page-style';

export class UnsourcedUnderline {
  private drawn: FigureUnderline | null = null;

  constructor(private readonly doc: Document) {}

  /** Draws or clears the underline; `elements` are the report's paragraphs in the page. */
  apply(figures: readonly ReportFigure[], elements: readonly Element[], on: boolean): void {
    if (!on) {
      this.drawn?.clear();
      return;
    }
    ensurePageStyle(this.doc);
    this.drawn ??= new FigureUnderline(this.doc);
    this.drawn.show(figures, elements);
  }

  clear(): void {
    this.drawn?.clear();
  }
}
