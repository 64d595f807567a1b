// What a needs-source rule sees of a figure: its sentence's tokens, where the figure sits in
// them, and what the grammar read of it.

import type { FigureKind } from '../grammar';
import type { Token } from '../tokens';

export interface FigureInContext {
  tokens: readonly Token[];
  /** Token index of the figure's first token, and one past its last. */
  first: number;
  end: number;
  text: string;
  value: number | null;
  kind: FigureKind;
  counted: string | null;
}

/** Why a figure needs no source: the classes the popup and the CLI name for the reader. */
export type RecordKind = 'market' | 'penalty' | 'time' | 'sport' | 'specification' | 'description';

export type RecordRule = (figure: FigureInContext) => boolean;

/** The sentence's lower-case words, for rules that look for a context word. */
export function sentenceWords(figure: FigureInContext): Set<string> {
  return new Set(figure.tokens.map((t) => t.lower));
}

/** True when one of `words` stands within `window` tokens of the figure. */
export function near(figure: FigureInContext, words: ReadonlySet<string>, window: number): boolean {
  const from = Math.max(0, figure.first - window);
  const to = Math.min(figure.tokens.length, figure.end + window);
  for (let i = from; i < to; i += 1) if (words.has(figure.tokens[i]?.lower ?? '')) return true;
  return false;
}
