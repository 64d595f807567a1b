// Shapes shared by the attribution rules.

import type { FigureLanguage } from '../language';
import type { Token } from '../tokens';

export interface SentenceContext {
  paragraph: number;
  sentence: string;
  tokens: Token[];
}

/** A reporting frame found in a sentence: who states what follows or precedes `at`. */
export interface Frame {
  /** The source as written (may be a pronoun until resolved), or null for impersonal cues. */
  source: string | null;
  /** The cue as written ("according to", "said", "a affirmé"). */
  cue: string;
  /** Token index of the cue, to decide which frame governs a figure. */
  at: number;
  vague: boolean;
  /** Token range of the source phrase, when there is one: a figure inside it is not governed. */
  sourceFirst?: number;
  sourceEnd?: number;
}

export interface Attribution {
  source: string | null;
  cue: string | null;
  vague: boolean;
}

export type FrameRule = (
  sentence: string,
  tokens: readonly Token[],
  lang: FigureLanguage,
) => Frame[];
