// Whether a figure states what happened or what is expected, planned or supposed: "analysts were
// expecting revenue of $27.53 billion" does not disagree with "revenue rose to $27.2 billion", nor
// "the project will cost $2bn" with "it cost $2.5bn". Two figures compare only in the same mood.

import type { Token } from '../tokens';
import type { Span } from './clause';

export type Mood = 'stated' | 'expected' | 'supposed';

const EXPECTED = new Set(
  (
    'expect expects expected expecting expectation expectations forecast forecasts forecasting ' +
    'forecasted projected projects projection projections predict predicts predicted prediction ' +
    'anticipate anticipates anticipated target targets targeted targeting goal goals aim aims ' +
    'aiming plan plans planned planning guidance outlook will would could might'
  ).split(' '),
);
const SUPPOSED = new Set(['if', 'unless', 'hypothetical', 'hypothetically', 'suppose', 'imagine']);

export function moodIn(tokens: readonly Token[], span: Span, first: number, end: number): Mood {
  let mood: Mood = 'stated';
  for (let i = span.from; i < span.to; i += 1) {
    if (i >= first && i < end) continue;
    const lower = tokens[i]?.lower ?? '';
    if (SUPPOSED.has(lower)) return 'supposed';
    // "may" the modal, not "May" the month.
    if (EXPECTED.has(lower) || (tokens[i]?.text === 'may' && lower === 'may')) mood = 'expected';
  }
  return mood;
}
