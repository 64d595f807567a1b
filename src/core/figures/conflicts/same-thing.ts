// Whether two figures of one key count the same thing, or the first reason they do not. (Two
// figures of one sentence never get here: they hold different places, pairs.ts.)

import { sameEvent } from './anchors';
import type { Comparable } from './comparable';
import { contextOverlap } from './context-words';
import { namesAgree, sharesName } from './names';

export type Apart = 'both description' | 'mood' | 'time or place' | 'names' | 'context words';

/** Null when `a` and `b` count the same thing, else why not. */
export function whyApart(a: Comparable, b: Comparable): Apart | null {
  if (!a.claim && !b.claim) return 'both description';
  if (a.mood !== b.mood) return 'mood';
  if (!sameEvent(a.anchors, b.anchors)) return 'time or place';
  if (!namesAgree(a.names, b.names)) return 'names';
  if (a.overlap === 0) return null;
  // A sum's or a share's frame with a name both give is one subject: "Yovanovitch has a net
  // worth of $17 million", "the tweet claimed that Yovanovitch has a net worth of $17 million".
  if (a.counted.framed && sharesName(a.names, b.names)) return null;
  // Either the phrases or the clauses must agree: a restatement may keep only the figure's own
  // phrase ("Ambient lighting offers 30 colors"), or the clause around a short phrase.
  const phrases = contextOverlap(a.words[0] ?? new Set(), b.words[0] ?? new Set());
  const clauses = contextOverlap(a.words[1] ?? new Set(), b.words[1] ?? new Set());
  // Too few words to tell: a frame ("The budget is $2.1bn.") decides alone; else the whole
  // sentences must agree, as a sentence printed again with another number does ("It was close
  // to $2,000 at the time — an enormous amount …", whose clause ends at the dash).
  if (phrases === null && clauses === null) {
    if (a.counted.framed) return null;
    const sentences = contextOverlap(a.words[2] ?? new Set(), b.words[2] ?? new Set());
    return sentences !== null && sentences >= a.overlap ? null : 'context words';
  }
  return Math.max(phrases ?? 0, clauses ?? 0) >= a.overlap ? null : 'context words';
}
