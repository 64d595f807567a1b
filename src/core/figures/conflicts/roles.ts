// Figures that are not the total of what they count, so never compared as one: a part of a
// larger count ("including 12 children", "11 of the 30", "of whom 5", "Of those killed, 12 were
// soldiers"), a ratio ("1 in 5"), an addition ("30 more", "30 new cases"). A percentage "of the"
// population is not a part: that is its base. A change ("rose 3%", "up 12", "cut by $2bn") is
// compared only with other changes: "revenue rose 3.5%" says nothing against "revenue of $27bn".
// Verbs that give a total of people or jobs ("lost 30 soldiers", "cut 300 jobs") are no change.

import type { FigureReading } from './reading';

export type FigureRole = 'total' | 'change' | 'part';

const PART_BEFORE = new Set(['including', 'includes', 'included', 'among', 'incl']);
/** "of whom 5", "of them 3", "of which $2bn". */
const OF_BEFORE = new Set(['whom', 'them', 'which', 'these', 'those']);
/** After the figure: "11 of the 30", "3 of its 12", "two of them". */
const OF_AFTER = new Set([
  'the',
  'its',
  'their',
  'those',
  'them',
  'whom',
  'these',
  'all',
  'our',
  'his',
  'her',
  'which',
]);
const ADDED_AFTER = new Set(['more', 'additional', 'new', 'extra', 'further']);
const CHANGE_VERBS = new Set(
  (
    'rose rise rises rising risen fell fall falls falling fallen dropped drop drops dropping ' +
    'declined decline declines declining grew grow grows growing grown gained gain gains gaining ' +
    'jumped jump jumps climbed climb climbs slipped slip slid surged surge plunged plunge ' +
    'increased increase increases decreased decrease decreases soared sank tumbled up down'
  ).split(' '),
);
const CHANGE_NOUNS = new Set(
  'increase rise drop decline jump gain cut fall reduction hike boost loss surge plunge'.split(' '),
);
const DIGITS = /^\d+$/u;
/** The second number of a ratio is small ("1 in 5", "one in 100"); "in 2018" is a year. */
const RATIO_MAX = 1000;

/** What the figure is of its counted thing: the total, a change of it, or a part. */
export function roleOf(reading: FigureReading): FigureRole {
  const { tokens, match } = reading;
  const before = tokens[match.first - 1]?.lower ?? '';
  const twoBefore = tokens[match.first - 2]?.lower ?? '';
  const after = tokens[match.end]?.lower ?? '';
  const twoAfter = tokens[match.end + 1]?.lower ?? '';
  if (PART_BEFORE.has(before) || (twoBefore === 'of' && OF_BEFORE.has(before))) return 'part';
  // "Of those killed, 12 were soldiers": a sentence that opens with "Of …," breaks a count down.
  if (tokens[0]?.lower === 'of' && tokens.slice(1, match.first).some((t) => t.text === ','))
    return 'part';
  // "14 percent of the surface" is the share's base, not a larger count it is part of.
  const share = match.kind === 'percent' || match.kind === 'share';
  // "11 of the 30": a bare number; "16,000 processor cores of the supercomputer" is no part.
  const bare = reading.figure.counted === null || reading.figure.counted === undefined;
  if (!share && bare && after === 'of' && OF_AFTER.has(twoAfter)) return 'part';
  if (after === 'out' && twoAfter === 'of') return 'part';
  // "1 in 5", not "$9.1 billion in 2018".
  if (after === 'in' && DIGITS.test(twoAfter) && Number(twoAfter) < RATIO_MAX) return 'part';
  if (ADDED_AFTER.has(after) || ADDED_AFTER.has(tokens[match.numberAt + 1]?.lower ?? ''))
    return 'part';
  if (CHANGE_VERBS.has(before)) return 'change';
  if (before === 'by' && CHANGE_VERBS.has(twoBefore)) return 'change';
  if (CHANGE_NOUNS.has(after)) return 'change';
  return 'total';
}
