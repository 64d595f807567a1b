// Figures of one article that count the same thing and disagree: "30 soldiers were killed" in the
// lead, "27 soldiers were killed" in the tenth paragraph. Entry point of the conflicts module.
//
// Decisions:
// - Two figures count the same thing when they have one quantity (quantity.ts: currency, percent,
//   unit, rate), are both totals or both changes (roles.ts: parts and additions never compare),
//   count one class of noun (nouns.ts: soldiers = troops = servicemen) in one frame (frames.ts:
//   killed = dead = death toll; what-counted.ts), and their time and place words (anchors.ts),
//   mood (mood.ts: what happened, or what is expected) and names (names.ts) allow one event. A
//   sum or a share with a frame, and any figure without one, also need their context words to
//   agree (context-words.ts, same-thing.ts).
// - They disagree when the values they allow do not meet (interval.ts: qualifiers, ranges, the
//   last written digit, a tolerance for approximate figures).
// - Figures of one sentence are never paired: a sentence that gives two values of one thing
//   compares them ("from 20% to 24%") or breaks one down, it does not contradict itself; the
//   first of two such figures is compared with the first of two elsewhere (pairs.ts).
// - Figures of record (market moves, scores, specifications, schedules, penalties) are left out;
//   plain description ("five cameras") is compared with claims only (comparable.ts).
// - Each figure is compared with the last MAX_COMPARED earlier figures of its key, newest first,
//   and pairs with the nearest one it disagrees with: at most one conflict per figure, linear
//   work (pairs.ts). The kind says why they may disagree (kind.ts, updates.ts).
// - English only: the frame and time words are English; other languages report none (a page
//   with no language is read as English, as the figures are).
// Every threshold is in thresholds.ts with the measurement behind it.

import type { ReportConflict, ReportFigure } from '../../report';
import { figureLanguage } from '../language';
import type { Comparable } from './comparable';
import { intervalsMeet } from './interval';
import { conflictKind } from './kind';
import { walkPairs } from './pairs';
import { whyApart } from './same-thing';
import { saysUpdated } from './updates';

export type { Apart } from './same-thing';

function conflictOf(earlier: Comparable, later: Comparable): ReportConflict {
  const { tokens, match } = later.reading;
  const updated = saysUpdated(tokens, match.first);
  return {
    figures: [earlier.reading.index, later.reading.index],
    counted: earlier.counted.label,
    kind: conflictKind(earlier.reading.figure, later.reading.figure, updated),
  };
}

/** Whether the conflicts analysis reads this language (English; a page without one is read so). */
export function readsLanguage(lang: string | null): boolean {
  return lang === null || lang.toLowerCase().startsWith('en');
}

export function findConflicts(
  figures: readonly ReportFigure[],
  lang: string | null,
): ReportConflict[] {
  // The frame, time and place words are English; an article in another language reports none.
  if (!readsLanguage(lang)) return [];
  const conflicts: ReportConflict[] = [];
  walkPairs(figures, figureLanguage(lang), (earlier, later) => {
    if (whyApart(earlier, later) !== null) return false;
    if (intervalsMeet(earlier.interval, later.interval)) return false;
    conflicts.push(conflictOf(earlier, later));
    return true;
  });
  return conflicts;
}
