// A small exact count of things is plain description: "two countries", "three categories", "the
// five companies". A count of people harmed, arrested or moved, or one hedged ("about", "at
// least"), is a claim someone made, so it is not described here.

import type { FigureInContext } from './types';

/** Counts up to this are description when nothing else makes them a claim. */
const SMALL_COUNT = 12;
/** Nouns whose counts are news claims: casualties, arrests, displacement, events of violence. */
const CLAIM_NOUNS = new Set(
  (
    'people persons dead deaths killed died injured wounded hurt victims casualties bodies soldiers ' +
    'troops militants fighters civilians children women men police officers protesters ' +
    'demonstrators migrants refugees prisoners hostages detainees arrests arrested suspects cases ' +
    'infections patients homes houses buildings villages attacks strikes raids bombs rockets ' +
    'missiles drones explosions fires jobs workers employees students residents families ' +
    'barracks bases posts positions camps checkpoints vehicles tanks aircraft planes ships towns ' +
    'villages districts'
  ).split(' '),
);
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/u;
const HEDGES = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'more',
  'least',
  'some',
  'up',
  'roughly',
  'approximately',
  'estimated',
  'than',
]);

/**
 * Counts of things a reader can check in a list, however many: outlets, companies, titles,
 * places ("a chain of 30 newspapers", "14 firms", "more than 60 titles").
 */
const INVENTORY_NOUNS = new Set(
  (
    'companies firms organizations organisations newspapers publications outlets stations channels stores shops branches ' +
    'restaurants markets cities countries states nations provinces regions titles games songs ' +
    'albums books episodes seasons films movies apps models products features categories engines ' +
    'members teams clubs candidates languages editions dates venues'
  ).split(' '),
);

export function isDescriptiveCount(figure: FigureInContext): boolean {
  if (figure.kind !== 'count' || figure.value === null) return false;
  // The counted noun's head ("military barracks" → "barracks").
  const counted = (figure.counted ?? '').split(' ').at(-1) ?? '';
  if (INVENTORY_NOUNS.has(counted) && Number.isInteger(figure.value)) return true;
  if (figure.value > SMALL_COUNT || !Number.isInteger(figure.value)) return false;
  // A length of time is told by someone ("after three months of feeling tired").
  if (counted === '' || CLAIM_NOUNS.has(counted) || TIME_UNITS.test(counted)) return false;
  for (let i = figure.first; i < figure.end; i += 1) {
    if (HEDGES.has(figure.tokens[i]?.lower ?? '')) return false;
  }
  return true;
}
