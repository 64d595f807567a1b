// A figure as the comparison sees it: what it counts, the values it allows, its time and place
// words, its mood, the names and words around it. Built once per figure; figures the comparison
// leaves out (figures of record, parts, additions, durations, bare numbers) get none.

import type { ReportFigure } from '../../report';
import { anchorsIn, type Anchors } from './anchors';
import type { FrameFamily } from './frames';
import { clauseAround, phraseAround, sceneSetting } from './clause';
import { contextWords } from './context-words';
import { intervalOf, type Interval } from './interval';
import { moodIn, type Mood } from './mood';
import { namesIn } from './names';
import { quantityOf } from './quantity';
import type { FigureReading } from './reading';
import { roleOf } from './roles';
import { MIN_FRAMED_OVERLAP, MIN_UNFRAMED_OVERLAP } from './thresholds';
import { whatIsCounted, type Counted } from './what-counted';

/** A figure as the comparison sees it. */
export interface Comparable {
  reading: FigureReading;
  counted: Counted;
  interval: Interval;
  anchors: Anchors;
  mood: Mood;
  names: ReadonlySet<string>;
  /** Context words of its comma-bounded phrase, of its whole clause, and of its sentence. */
  words: readonly ReadonlySet<string>[];
  /** Share of context words it must have in common with a figure of its key. */
  overlap: number;
  /** Its place among the figures of its key in its sentence ("0/1": alone). */
  place: string;
  /** A claim (needs a source), not plain description ("five cameras", "4 oz."). */
  claim: boolean;
}

/**
 * Figures of record (market moves, scores, specifications, schedules, penalties) are looked up,
 * not claimed, and their lists hold many numbers of one unit: they are never compared. Plain
 * description ("five cameras") is, with claims only (same-thing.ts).
 */
export function isCompared(figure: ReportFigure): boolean {
  return figure.record === undefined || figure.record === 'description';
}

/**
 * The source whose words are no subject of the figure: anyone's "according to", and whoever tells
 * a count of people or things. A company that "reported a profit of $2.1bn" speaks of its own sum:
 * its name stays among the figure's names.
 */
function teller(reading: FigureReading, family: FrameFamily | null): string | null {
  const { source, cue } = reading.figure;
  return family === 'count' || cue === 'according to' ? source : null;
}

export function comparable(reading: FigureReading): Comparable | null {
  const record = reading.figure.record;
  const quantity = quantityOf(reading);
  if (quantity === null) return null;
  const role = roleOf(reading);
  if (role === 'part') return null;
  const counted = whatIsCounted(reading, quantity, role);
  if (counted === null) return null;
  const interval = intervalOf(reading, quantity);
  if (interval === null) return null;
  const { tokens, match } = reading;
  const phrase = phraseAround(tokens, match.first, match.end);
  const clause = clauseAround(tokens, match.first, match.end);
  // Time and place words before the figure in its clause set its scene ("In December, the firm
  // bid $16.50"); after it, only those in its own phrase do ("killed 12 in Kayes, the army said
  // on Monday": Monday is when it was said).
  const scene = sceneSetting(tokens);
  const spans = [
    { from: clause.from, to: match.first },
    { from: match.end, to: phrase.to },
    ...(scene === null ? [] : [scene]),
  ];
  // A people count's frame ("killed", "arrested") says what is counted; a sum's or a share's
  // frame ("revenue", "cost") is shared by the many sums of a business story, so their words
  // must agree too; without a frame, only a near-verbatim restatement counts.
  const overlap = !counted.framed
    ? MIN_UNFRAMED_OVERLAP
    : quantity.family === 'count'
      ? 0
      : MIN_FRAMED_OVERLAP;
  return {
    reading,
    counted,
    interval,
    anchors: anchorsIn(tokens, spans, match.first, match.end),
    mood: moodIn(tokens, clause, match.first, match.end),
    names: namesIn(tokens, phrase, match.first, match.end, teller(reading, quantity.family)),
    words:
      overlap === 0
        ? []
        : [phrase, clause, { from: 0, to: tokens.length }].map((span) =>
            contextWords(tokens, span, match.first, match.end),
          ),
    overlap,
    place: '0/1',
    claim: record === undefined,
  };
}
