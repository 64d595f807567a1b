// How much of the background one page may take. The background is one thread that serves every
// tab, and a page decides how often its text changes (a live page adds a paragraph a second if
// it likes), so its content script asks for an analysis again no sooner than its last one's
// duration allows; the background holds each tab to the same share (background/work-budget.ts).

/** A page's share of the background's time: four fifths stay for the other tabs. */
export const BACKGROUND_SHARE = 0.2;

/** The earliest the next analysis may be asked for, after one that took `ms` and ended at `end`. */
export function nextAnalysisAt(end: number, ms: number): number {
  return end + ms * (1 / BACKGROUND_SHARE - 1);
}
