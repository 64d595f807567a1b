// A small exact count of things is plain description: "two countries", "three categories", "the
// five companies". A count of people harmed, arrested or moved, or one hedged ("about", "at
// least"), is a claim someone made, so it is not described here.

import { anyLanguage } from '../lexicon';
import type { FigureInContext } from './types';

/** Counts up to this are description when nothing else makes them a claim. */
const SMALL_COUNT = 12;
const HARM_NOUNS = anyLanguage('harmCountNouns');
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/u;
const HEDGES = anyLanguage('countHedges');
const INVENTORY_NOUNS = anyLanguage('inventoryNouns');

/** Determiners that point back to people or things already named ("the two", "these three"). */
const BACK_POINTERS = new Set(['the', 'these', 'those']);
/** Words between such a determiner and its number ("the last two", "the other three"). */
const ORDER_WORDS = new Set(['last', 'first', 'other', 'next', 'remaining', 'final']);

/**
 * "when the two were on the ground", "the last two models": a small number after "the", "these" or
 * "those" with no counted noun of its own points back to what the article already counted.
 */
function pointsBack(figure: FigureInContext): boolean {
  if (figure.counted !== null && figure.counted !== '') return false;
  let at = figure.first - 1;
  while (at >= 0 && ORDER_WORDS.has(figure.tokens[at]?.lower ?? '')) at -= 1;
  return BACK_POINTERS.has(figure.tokens[at]?.lower ?? '');
}

export function isDescriptiveCount(figure: FigureInContext): boolean {
  if (figure.kind !== 'count' || figure.value === null) return false;
  if (Number.isInteger(figure.value) && figure.value <= SMALL_COUNT && pointsBack(figure)) {
    return true;
  }
  // The counted noun's head ("military barracks" → "barracks").
  const counted = (figure.counted ?? '').split(' ').at(-1) ?? '';
  if (INVENTORY_NOUNS.has(counted) && Number.isInteger(figure.value)) return true;
  if (figure.value > SMALL_COUNT || !Number.isInteger(figure.value)) return false;
  // A length of time is told by someone ("after three months of feeling tired").
  if (counted === '' || HARM_NOUNS.has(counted) || TIME_UNITS.test(counted)) return false;
  for (let i = figure.first; i < figure.end; i += 1) {
    if (HEDGES.has(figure.tokens[i]?.lower ?? '')) return false;
  }
  return true;
}
