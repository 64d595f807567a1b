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
        namesSomeone(sentence.tokens, frame)),
  );
}

const CAPITALISED = /^\p{Lu}/u;
const OPENING_MARKS = new Set(['"', '“', '«', '‘', "'"]);

/**
 * A quoted subject names someone when it starts with a capital where capitals are not automatic
 * (past the opening of the sentence or quotation: "Then Reed said"), or has two capitalised words
 * ("Hillary Clinton said"). "Let's say", "It's easy to say", "people say" are talk, not sources.
 */
function namesSomeone(tokens: readonly Token[], frame: Frame): boolean {
  const from = frame.sourceFirst;
  const to = frame.sourceEnd;
  if (from === undefined || to === undefined) return false;
  if (!CAPITALISED.test(tokens[from]?.text ?? '')) return false;
  let capitals = 0;
  for (let k = from; k < to; k += 1) if (CAPITALISED.test(tokens[k]?.text ?? '')) capitals += 1;
  const opens = from === 0 || OPENING_MARKS.has(tokens[from - 1]?.text ?? '');
  return !opens || capitals >= 2;
}
