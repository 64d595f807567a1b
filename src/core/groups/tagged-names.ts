// Which of the learned tagger's organisation spans become names of the article's groups. The
// tagger reads context well but cannot know that "PC" is a thing or that "Apple AirPods" is a
// product; these checks keep such spans out, and let a tagged name that contains a name the rules
// cut short ("Center for Food" in "Center for Food and Allergy Research") replace it.

import { COMMON_ACRONYMS } from './common-acronyms';
import type { TaggedName } from './tagger';
import type { Token } from './tokens';

export interface TokenSpan {
  first: number;
  last: number;
}

/** The tokens a tagged name covers, or null when it covers none. */
export function tokenSpanOf(tokens: readonly Token[], name: TaggedName): TokenSpan | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.end <= name.start) continue;
    if (t.start >= name.end) break;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, last };
}

export interface TaggedNameContext {
  tokens: readonly Token[];
  /** Token i is part of a knowledge-base name. */
  known: (i: number) => boolean;
  /** Token i ends the name of a company the knowledge base knows ("Apple" in "Apple AirPods"). */
  endsCompanyName: (i: number) => boolean;
}

/** True when the span can stand as the name of an organisation. */
export function isOrganisationName(span: TokenSpan, context: TaggedNameContext): boolean {
  const { tokens } = context;
  const first = tokens[span.first];
  if (!first?.capitalised) return false;
  // "PC", "EVs": a common acronym alone names no group.
  if (span.first === span.last && COMMON_ACRONYMS.has(first.text)) return false;
  // "Apple AirPods", "Amazon Alexa": what a known company's name qualifies is its product.
  if (span.first > 0 && context.endsCompanyName(span.first - 1) && tokens[span.first]?.joined) {
    return false;
  }
  // "a Virginia Democrat", "the Ohio Republican": one member of a party, a person.
  if (span.last > span.first && PARTY_MEMBER_WORDS.has(tokens[span.last]?.fold ?? '')) return false;
  for (let i = span.first; i <= span.last; i++) if (context.known(i)) return false;
  return true;
}

/** Singular nouns for one member of a party: a name ending in one describes a person. */
const PARTY_MEMBER_WORDS = new Set(['democrat', 'republican']);

/**
 * Rule-found names and tagged names of one paragraph, merged: a tagged name that strictly contains
 * a rule name replaces it; otherwise the rule name wins and overlapping tagged names are dropped.
 */
export function mergeWithRuleNames<T extends TokenSpan, U extends TokenSpan>(
  ruleNames: readonly T[],
  tagged: readonly U[],
): { rules: T[]; tagged: U[] } {
  const keptRules = new Set<T>(ruleNames);
  const keptTagged: U[] = [];
  for (const t of tagged) {
    const overlapping = ruleNames.filter((r) => r.first <= t.last && t.first <= r.last);
    const contains = overlapping.every(
      (r) => t.first <= r.first && r.last <= t.last && (t.first < r.first || r.last < t.last),
    );
    if (overlapping.length > 0 && !contains) continue;
    for (const r of overlapping) keptRules.delete(r);
    keptTagged.push(t);
  }
  return { rules: ruleNames.filter((r) => keptRules.has(r)), tagged: keptTagged };
}
