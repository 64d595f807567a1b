// Rule: inside a quotation, a reporting frame that is itself quoted ("I saw", "they say", "let's
// say") is the speaker talking, not who is quoted. Only the speech tag outside the marks ('…,"
// Smith said') names the quote's speaker, or a quoted report that names someone before the figure
// ('"Kerry said that 100,000 would come"'), which stands behind the figure itself.

import type { FigureLanguage } from '../language';
import { isPronoun } from './antecedent';
import { isInsideQuote } from './quote-speaker';
import type { Frame } from './types';
import type { Token } from '../tokens';

interface FramedSentence {
  start: number;
  tokens: Token[];
  frames: Frame[];
}

/** Offset of a frame's cue in its paragraph. */
function cueOffset(sentence: FramedSentence, frame: Frame): number {
  return sentence.start + (sentence.tokens[frame.at]?.start ?? 0);
}

/** The frame's cue stands outside every quotation of the paragraph: a speech tag. */
export function isSpeechTag(
  quotes: readonly [number, number][],
  sentence: FramedSentence,
  frame: Frame,
): boolean {
  return frame.source !== null && !isInsideQuote(quotes, cueOffset(sentence, frame));
}

/**
 * The frames of a sentence that may govern a quoted figure starting at token `first`: speech tags,
 * and quoted reports before the figure whose source is named (not "I", "we", "they", "you").
 */
export function framesForQuotedFigure(
  quotes: readonly [number, number][],
  sentence: FramedSentence,
  first: number,
  lang: FigureLanguage,
): Frame[] {
  return sentence.frames.filter(
    (frame) =>
      isSpeechTag(quotes, sentence, frame) ||
      (frame.at < first &&
        frame.source !== null &&
        !frame.vague &&
        !isPronoun(frame.source, lang) &&
        !startsLowerCase(frame.source)),
  );
}

/** "let's", "people": a quoted lower-case subject is talk, not a named source. */
function startsLowerCase(source: string): boolean {
  const first = source.charAt(0);
  return first === first.toLowerCase() && first !== first.toUpperCase();
}
