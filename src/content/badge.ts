// The tab's badge, when the page sets it: after later text, or when an analysis failed. The
// analysis requests carry the count of hidden repeats and the background sets the badge from it
// and the report, so the first pass sends no badge message of its own.
import { unsourcedFigures, type Report } from '../core/report';
import { sendToBackground } from '../shared/send';
import { timed } from './timing';

/** `hidden` repeats hidden in the page; the report, when there is one, gives the rest. */
export function sendBadge(report: Report | null, hidden: number): Promise<void> {
  const unsourced = report ? unsourcedFigures(report) : 0;
  return timed('send', () => sendToBackground('badge:set', { hidden, unsourced }));
}
