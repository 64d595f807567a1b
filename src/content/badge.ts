// The tab's badge. Only the page knows what the reader marked wrong and what is shown, so it
// sends its counts after each report and each change (later text, a repeat shown or hidden, a
// "Wrong?" mark, a new badge choice); the background shows what the reader chose to count
// (background/badge-text.ts).
import { sendToBackground } from '../shared/send';
import { timed } from './timing';

/**
 * `unsourced`: figures flagged "no source given" and not marked wrong; `hidden`: repeats hidden
 * now (not shown again, not marked wrong).
 */
export function sendBadge(unsourced: number, hidden: number): Promise<void> {
  return timed('send', () => sendToBackground('badge:set', { hidden, unsourced }));
}
