// What a figure counts, as a key two figures must share to be compared: its quantity's dimension,
// whether it is a total or a change, the class of its counted noun, and its frame ("soldiers" +
// "killed"). "30 deaths" and "the death toll of 30" count people killed; a count with neither a
// noun nor a frame ("30 were") counts nothing this module can tell. Figures with no frame word
// share a key when nouns and dimension agree, and then need their context words to agree too.

import type { Token } from '../tokens';
import { clauseAround } from './clause';
import { findFrame, PEOPLE_FRAMES } from './frames';
import { listedClass, nounClass } from './nouns';
import type { Quantity } from './quantity';
import type { FigureReading } from './reading';
import type { FigureRole } from './roles';

export interface Counted {
  key: string;
  /** For the reader: "soldiers killed", "budget". */
  label: string;
  /** A frame word names what is counted; false when only the context words can tell. */
  framed: boolean;
}

/** Nouns that name their frame themselves ("30 deaths" are 30 people killed). */
const FRAME_NOUNS: ReadonlyMap<string, string> = new Map([
  ['death', 'killed'],
  ['casualty', 'casualties'],
  ['arrest', 'arrested'],
  ['injury', 'injured'],
  ['case', 'infected'],
  ['vote', 'voted'],
]);

const FRAME_LABELS: ReadonlyMap<string, string> = new Map([
  ['laid', 'laid off'],
  ['attended', 'attending'],
  ['sold', 'sold'],
  ['voted', 'votes'],
  ['unemployment', 'unemployment rate'],
  ['interest', 'interest rate'],
  ['deal', 'deal value'],
  ['valuation', 'valuation'],
]);

function countLabel(counted: string | null | undefined, noun: string, frame: string): string {
  const written = counted?.toLowerCase().split(' ').at(-1) ?? '';
  if (FRAME_NOUNS.has(noun)) return written || noun;
  const frameLabel = FRAME_LABELS.get(frame) ?? frame;
  return `${written || (noun === 'people' ? 'people' : noun)} ${frameLabel}`.trim();
}

/**
 * A listed noun that stands with the frame word at `at` rather than with the number: right before
 * it ("the number of soldiers killed") or after it ("the toll of civilians", "deaths of
 * soldiers"). Only listed nouns, so a stray word is never taken for what is counted.
 */
function nounWithFrame(tokens: readonly Token[], at: number): string | null {
  const before = tokens[at - 1]?.lower ?? '';
  if (listedClass(before) !== null) return before;
  const after = tokens[at + 2]?.lower ?? '';
  if (tokens[at + 1]?.lower === 'of' && listedClass(after) !== null) return after;
  return null;
}

export function whatIsCounted(
  reading: FigureReading,
  quantity: Quantity,
  role: FigureRole,
): Counted | null {
  const { tokens, match, figure } = reading;
  const span = clauseAround(tokens, match.first, match.end);
  const family = quantity.family;
  const found = family === null ? null : findFrame(tokens, span, match.first, match.end, family);
  let frame = found?.frame ?? null;
  const roleKey = role === 'change' ? 'change of ' : '';
  if (family !== 'count') {
    const label =
      FRAME_LABELS.get(frame ?? '') ??
      frame ??
      figure.counted ??
      (family === 'money' ? 'sum' : 'percentage');
    return {
      key: `${quantity.dimension}|${roleKey}|${frame ?? '~'}`,
      label: `${roleKey}${label}`,
      framed: frame !== null,
    };
  }
  let counted = figure.counted;
  // "the number of soldiers killed rose to 45": the noun stands with the frame, not the number.
  if ((counted === null || counted === undefined) && found !== null) {
    const implied = nounWithFrame(tokens, found.at);
    if (implied !== null) counted = implied;
  }
  let noun = nounClass(counted);
  const named = noun === null ? undefined : FRAME_NOUNS.get(noun);
  if (named !== undefined) frame = named;
  if ((noun === null || named !== undefined) && frame !== null && PEOPLE_FRAMES.has(frame))
    noun = 'people';
  if (noun === null && frame === null) return null;
  return {
    key: `${quantity.dimension}|${roleKey}|${noun ?? ''}|${frame ?? '~'}`,
    label: `${roleKey}${countLabel(counted, noun ?? '', frame ?? '')}`.trim(),
    framed: frame !== null,
  };
}
