// The underline of figures that no source stands behind, while the reader has it on (an opt-in
// setting): the report's unattributed figures, drawn by figure-underline.ts, built when first
// needed.
import type { Report } from '../core/report';
import { FigureUnderline } from './figure-underline';
import { ensurePageStyle } from './page-style';

export class UnsourcedUnderline {
  private drawn: FigureUnderline | null = null;

  constructor(private readonly doc: Document) {}

  /** Draws or clears the underline; `elements` are the report's paragraphs in the page. */
  apply(report: Report, elements: readonly Element[], on: boolean): void {
    if (!on) {
      this.drawn?.clear();
      return;
    }
    ensurePageStyle(this.doc);
    this.drawn ??= new FigureUnderline(this.doc);
    this.drawn.show(
      report.figures.filter((f) => !f.attributed),
      elements,
    );
  }

  clear(): void {
    this.drawn?.clear();
  }
}
