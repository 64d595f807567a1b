// Whether a figure says the count changed since it was first given: "rose to 45", "has risen",
// "now 45", "the latest toll", "revised", "so far", "as of Tuesday". Read in the later figure's
// whole sentence ("By the latest count, …", "…, updated figures show"): it only names the kind
// of a disagreement already found, so a wide reading costs a wrong label at worst.

import type { Token } from '../tokens';

const UPDATE_WORDS = new Set([
  'now',
  'latest',
  'updated',
  'revised',
  'risen',
  'climbed',
  'mounted',
]);
/** "rose to 45", "climbed to", "increased to": a change verb with "to" right before the number. */
const CHANGE_TO = new Set(
  (
    'rose risen rise rises rising climbed climb climbs jumped jumps increased increase increases ' +
    'grew grown grow soared mounted reached fell fallen dropped declined revised'
  ).split(' '),
);
const TWO_WORD_CUES = new Set([
  'so far',
  'to date',
  'as of',
  'has since',
  'have since',
  'had since',
]);

/** Whether the sentence's words, or the words right before the figure at `first`, say the
 * count changed. */
export function saysUpdated(tokens: readonly Token[], first: number): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const lower = tokens[i]?.lower ?? '';
    if (UPDATE_WORDS.has(lower)) return true;
    if (TWO_WORD_CUES.has(`${lower} ${tokens[i + 1]?.lower ?? ''}`)) return true;
  }
  // "reached 45", "rose to 45".
  const before = tokens[first - 1]?.lower ?? '';
  if (before === 'reached') return true;
  return before === 'to' && CHANGE_TO.has(tokens[first - 2]?.lower ?? '');
}
