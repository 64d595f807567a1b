// Decides who stands behind a figure. Rules, each in its own file, find reporting frames in a
// sentence ("according to X", "X said", "reportedly"); the frame governing the figure is the last
// one before it, else the first after it. Pronouns and "the group" resolve to a source named just
// before; a figure in a quotation takes the speaker named in the paragraph.

import type { FigureLanguage } from '../language';
import { anyLanguage } from '../lexicon';
import type { Token } from '../tokens';
import { ACCORDING_TO_TRIGGERS, accordingToFrames } from './according-to';
import { REPORTING_PARTICIPLES, byAgentFrames } from './by-agent';
import { fullestName, isPronoun, resolveAntecedent } from './antecedent';
import { IMPERSONAL_TRIGGERS, impersonalFrames } from './impersonal';
import { mentionsOf, type Mention } from './mentions';
import { quoteAt, isInsideQuote, nearestFramedSentence, quoteSpans } from './quote-speaker';
import { colonLeadSpeaker, sentenceAt } from './quote-lead';
import { commaLeadFrame } from './quote-comma-lead';
import { QUOTE_TAG_TRIGGERS, quoteTagFrames } from './quote-tag';
import { quoteSubject } from './quote-subject';
import { framesForQuotedFigure, isSpeechTag } from './quote-scope';
import { REPORTING_VERB_TRIGGERS, reportingVerbFrames } from './reporting-verb';
import type { Attribution, Frame, FrameRule } from './types';

export type { Attribution } from './types';

/** Each rule with the words it needs in a sentence: without one of them it finds no frame. */
const RULES: { rule: FrameRule; triggers: Record<FigureLanguage, ReadonlySet<string>> }[] = [
  { rule: accordingToFrames, triggers: ACCORDING_TO_TRIGGERS },
  { rule: reportingVerbFrames, triggers: REPORTING_VERB_TRIGGERS },
  { rule: byAgentFrames, triggers: REPORTING_PARTICIPLES },
  { rule: impersonalFrames, triggers: IMPERSONAL_TRIGGERS },
  { rule: quoteTagFrames, triggers: QUOTE_TAG_TRIGGERS },
];

/** Word → bit set of the rules it triggers, per language. */
const RULE_TRIGGERS: Record<FigureLanguage, ReadonlyMap<string, number>> = {
  en: ruleTriggers('en'),
  fr: ruleTriggers('fr'),
};

function ruleTriggers(lang: FigureLanguage): Map<string, number> {
  const bits = new Map<string, number>();
  RULES.forEach(({ triggers }, k) => {
    for (const word of triggers[lang]) bits.set(word, (bits.get(word) ?? 0) | (1 << k));
  });
  return bits;
}

/** Mentions kept for resolution; older ones are dropped so memory stays bounded. */
const MAX_MENTIONS = 400;

export interface AnalysedSentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
  tokens: Token[];
  frames: Frame[];
  mentions: Mention[];
}

export interface AnalysedParagraph {
  index: number;
  sentences: AnalysedSentence[];
  quotes: [number, number][];
  /** The speaker of a quotation this paragraph continues from the one before, if any. */
  inherited: Attribution | null;
  /** The author of the embedded post this paragraph is the text of (embedded-posts.ts), if any. */
  postAuthor: string | null;
}

/** What a paragraph leaves for the next one to continue. */
interface ParagraphVoice {
  index: number;
  /** Who speaks in it: its last frame with a source, or the speaker it continued. */
  speaker: Attribution | null;
  /** A quotation opened and not closed by the paragraph's end. */
  openQuote: boolean;
  /** The paragraph ends with a colon after a frame ("Smith said:"). */
  colonFrame: boolean;
  /** The paragraph quotes someone (a closed quotation). */
  quotes: boolean;
}

export interface AttributionMemory {
  mentions: Mention[];
  previous: ParagraphVoice | null;
}

export function createAttributionMemory(): AttributionMemory {
  return { mentions: [], previous: null };
}

const OPENING_QUOTE = /^[\s]*["“«‘]/u;
const CLOSING_AT_END = /["”»’]\s*$/u;
const COLON_AT_END = /:\s*$/u;

/**
 * The speaker a paragraph that opens with a quotation continues: the one of the paragraph just
 * before when that one left its quotation open, ended "X said:", or quoted someone itself (news
 * runs one speaker's quotation over several paragraphs, each opened with a quote mark).
 */
function inheritedSpeaker(
  memory: AttributionMemory,
  index: number,
  text: string,
): Attribution | null {
  const previous = memory.previous;
  if (previous === null || previous.speaker === null || previous.index !== index - 1) return null;
  if (!OPENING_QUOTE.test(text)) return null;
  return previous.openQuote || previous.colonFrame || previous.quotes ? previous.speaker : null;
}

const byPosition = (a: Frame, b: Frame): number => a.at - b.at;

/**
 * Every rule's frames in one sentence, by token position (stable: rule order on a tie). One pass
 * over the tokens says which rules can find anything; most sentences need none or one of them.
 */
function framesOf(text: string, tokens: readonly Token[], lang: FigureLanguage): Frame[] {
  const triggers = RULE_TRIGGERS[lang];
  let wanted = 0;
  for (const token of tokens) wanted |= triggers.get(token.lower) ?? 0;
  const frames: Frame[] = [];
  if (wanted === 0) return frames;
  for (let k = 0; k < RULES.length; k += 1) {
    const rule = RULES[k]?.rule;
    if (rule === undefined || (wanted & (1 << k)) === 0) continue;
    for (const frame of rule(text, tokens, lang)) frames.push(frame);
  }
  return frames.length > 1 ? frames.sort(byPosition) : frames;
}

/** Runs every frame rule and collects mentions for one paragraph. */
export function analyseParagraph(
  index: number,
  text: string,
  sentences: readonly { text: string; start: number; tokens: Token[] }[],
  lang: FigureLanguage,
  memory: AttributionMemory,
  postAuthor: string | null = null,
): AnalysedParagraph {
  return {
    index,
    quotes: quoteSpans(text),
    inherited: inheritedSpeaker(memory, index, text),
    postAuthor,
    sentences: sentences.map((s) => ({
      text: s.text,
      start: s.start,
      tokens: s.tokens,
      frames: framesOf(s.text, s.tokens, lang),
      mentions: mentionsOf(s.text, s.tokens, index),
    })),
  };
}

/** Vague sources that are one person, whom a later "he" or "she" may mean (lexicon/). */
const ONE_UNNAMED_PERSON = anyLanguage('unnamedPersons');

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
}

/** Adds a sentence's names and sources to memory, after its figures are attributed. */
export function rememberSentence(
  memory: AttributionMemory,
  sentence: AnalysedSentence,
  paragraph: number,
  lang: FigureLanguage,
): void {
  const speakers: Mention[] = [];
  for (const frame of sentence.frames) {
    if (frame.source !== null && !frame.vague) {
      // Remembered as resolved: a later "he said" must reach the name, not this frame's "he".
      const known = [...memory.mentions, ...mentionsBefore(sentence.mentions, frame.at)];
      const resolved = resolveAntecedent(frame.source, paragraph, known, lang);
      const text = fullestName(resolved ?? frame.source, known);
      if (resolved === null && isPronoun(frame.source, lang)) continue;
      speakers.push({
        text,
        paragraph,
        end: frame.at,
        person: true,
        organisation: true,
        salient: true,
      });
    } else if (frame.source !== null && ONE_UNNAMED_PERSON.has(lastWord(frame.source))) {
      // "According to the man, …" then "As he related, …": "he" is that man, unnamed as he is.
      speakers.push({
        text: frame.source,
        paragraph,
        end: frame.at,
        person: true,
        organisation: false,
        salient: true,
      });
    }
  }
  for (const mention of sentence.mentions) memory.mentions.push(mention);
  for (const speaker of speakers) memory.mentions.push(speaker);
  if (memory.mentions.length > MAX_MENTIONS * 2)
    memory.mentions.splice(0, memory.mentions.length - MAX_MENTIONS);
}

/** Records what the paragraph leaves for the next one (see inheritedSpeaker). */
export function closeParagraph(
  memory: AttributionMemory,
  paragraph: AnalysedParagraph,
  text: string,
  lang: FigureLanguage,
): void {
  let speaker: Attribution | null = null;
  for (let s = paragraph.sentences.length - 1; s >= 0 && speaker === null; s -= 1) {
    const sentence = paragraph.sentences[s];
    const frame = sentence?.frames.filter((f) => f.source !== null).at(-1);
    if (sentence !== undefined && frame !== undefined) {
      speaker = finish(frame, paragraph.index, sentence, memory, lang);
    }
  }
  speaker ??= paragraph.inherited;
  const last = paragraph.quotes.at(-1);
  memory.previous = {
    index: paragraph.index,
    speaker,
    openQuote: last !== undefined && last[1] >= text.length && !CLOSING_AT_END.test(text),
    colonFrame: COLON_AT_END.test(text) && speaker !== null,
    quotes: paragraph.quotes.length > 0,
  };
}

/** Index of the first item whose `at` is >= `at` (items sorted by `at`). Binary search. */
function lowerBound<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && key(item) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

const frameAt = (frame: Frame): number => frame.at;

/** A frame whose source phrase contains the figure ("the other 28 people have showed") is no frame for it. */
function framesFigure(frame: Frame, first: number, end: number): boolean {
  const from = frame.sourceFirst;
  const to = frame.sourceEnd;
  if (frame.source !== null && SHARE_OF_PEOPLE.test(frame.source)) return false;
  return from === undefined || to === undefined || end <= from || first >= to;
}

/**
 * "79 percent of Democrats said", "37% of voters say": a share of those polled answering, not a
 * source; it stands behind no other figure of the sentence (the poll does).
 */
const SHARE_OF_PEOPLE =
  /^(?:about |nearly |almost |just |only |some |over |more than |less than )?\d[\d.,]*\s*(?:%|percent\b|per cent\b)/iu;

/** Frames looked at on each side of a figure; bounds the cost in a sentence full of cues. */
const NEARBY_FRAMES = 4;

/** The last frame before the figure, else the first one after it. */
function governingFrame(frames: readonly Frame[], first: number, end: number): Frame | null {
  const index = lowerBound(frames, frameAt, first);
  for (let k = index - 1; k >= 0 && index - k <= NEARBY_FRAMES; k -= 1) {
    const frame = frames[k];
    if (frame !== undefined && framesFigure(frame, first, end)) return frame;
  }
  const after = lowerBound(frames, frameAt, end);
  for (let k = after; k < frames.length && k - after < NEARBY_FRAMES; k += 1) {
    const frame = frames[k];
    if (frame !== undefined && framesFigure(frame, first, end)) return frame;
  }
  return null;
}

/** Mentions of the sentence that end before `at`: the last few only, to bound the cost. */
const SAME_SENTENCE_MENTIONS = 20;

function mentionsBefore(mentions: readonly Mention[], at: number): Mention[] {
  const index = lowerBound(mentions, (m) => m.end, at + 1);
  return mentions.slice(Math.max(0, index - SAME_SENTENCE_MENTIONS), index);
}

function finish(
  frame: Frame,
  paragraph: number,
  sentence: AnalysedSentence,
  memory: AttributionMemory,
  lang: FigureLanguage,
): Attribution {
  // Unnamed speakers ("officials") are shown as written: nothing to resolve or widen.
  if (frame.source === null || frame.vague) {
    return { source: frame.source, cue: frame.cue, vague: frame.vague };
  }
  // Speakers of this sentence's earlier frames count too ("Reed has said that he expects …").
  const speakers: Mention[] = [];
  const before = lowerBound(sentence.frames, frameAt, frame.at);
  for (let k = Math.max(0, before - NEARBY_FRAMES); k < before; k += 1) {
    const other = sentence.frames[k];
    if (other === undefined) continue;
    if (other.source !== null && !other.vague && !isPronoun(other.source, lang)) {
      speakers.push({
        text: other.source,
        paragraph,
        end: other.at,
        person: true,
        organisation: true,
        salient: true,
      });
    }
  }
  const earlier = [...mentionsBefore(sentence.mentions, frame.at), ...speakers].sort(
    (a, b) => a.end - b.end,
  );
  const known = earlier.length > 0 ? [...memory.mentions, ...earlier] : memory.mentions;
  const resolved = resolveAntecedent(frame.source, paragraph, known, lang);
  const source = resolved ?? frame.source;
  return { source: fullestName(source, known), cue: frame.cue, vague: frame.vague };
}

const AUTHOR_VOICE = anyLanguage('authorVoice');
const UNATTRIBUTED: Attribution = { source: null, cue: null, vague: false };
const ESTIMATED_LEAD = /^(?:an\s+)?estimated\b/i;
/** "an estimated 450 million" with no agent: a speaker is invoked but not named. */
const ESTIMATED: Attribution = { source: null, cue: 'estimated', vague: true };

/** Whether the article named `name` before (a fuller form of it is remembered). */
function namedBefore(memory: AttributionMemory): (name: string) => boolean {
  return (name) => fullestName(name, memory.mentions) !== name;
}

/**
 * The speaker of a quotation opened at paragraph offset `open` in `sentence` after a colon: a
 * speech tag before the colon ("in the words of the patient:"), else the name opening the clause
 * (quote-lead.ts); or after 'X verb,' (quote-comma-lead.ts).
 */
function leadSpeaker(
  paragraph: AnalysedParagraph,
  sentence: AnalysedSentence,
  open: number,
  memory: AttributionMemory,
  lang: FigureLanguage,
): Attribution | null {
  const known = namedBefore(memory);
  const name = colonLeadSpeaker(sentence, open, lang, known);
  if (name === null) {
    const frame = commaLeadFrame(sentence, open, lang, known);
    return frame === null ? null : finish(frame, paragraph.index, sentence, memory, lang);
  }
  const tag = sentence.frames.findLast(
    (f) =>
      isSpeechTag(paragraph.quotes, sentence, f) &&
      sentence.start + (sentence.tokens[f.at]?.start ?? 0) < open,
  );
  if (tag !== undefined) return finish(tag, paragraph.index, sentence, memory, lang);
  return { source: fullestName(name, memory.mentions), cue: ':', vague: false };
}

/**
 * Who speaks a quoted figure: a speech tag or a named quoted report in its sentence
 * (quote-scope.ts), else the name before a colon that opens the quote (quote-lead.ts), else the
 * speech tag of the nearest sentence that has one, else the speaker the paragraph continues, else
 * the named subject of the sentence the quote sits in (quote-subject.ts).
 */
function quoteSpeaker(
  paragraph: AnalysedParagraph,
  s: number,
  first: number,
  end: number,
  memory: AttributionMemory,
  lang: FigureLanguage,
): Attribution | null {
  const sentence = paragraph.sentences[s];
  if (sentence === undefined) return null;
  const own = governingFrame(
    framesForQuotedFigure(paragraph.quotes, sentence, first, lang),
    first,
    end,
  );
  if (own !== null) return finish(own, paragraph.index, sentence, memory, lang);
  const span = quoteAt(paragraph.quotes, sentence.start + (sentence.tokens[first]?.start ?? 0));
  // The sentence the quotation opens in: its lead, and as a last resort its subject, speak.
  const opening = span === null ? null : sentenceAt(paragraph.sentences, span[0]);
  if (span !== null && opening !== null) {
    const lead = leadSpeaker(paragraph, opening, span[0], memory, lang);
    if (lead !== null) return lead;
  }
  const tagOf = (k: number): Frame | undefined => {
    const other = paragraph.sentences[k];
    return other?.frames.find((f) => isSpeechTag(paragraph.quotes, other, f));
  };
  const other = nearestFramedSentence(s, (k) => tagOf(k) !== undefined);
  const speakerSentence = other === null ? undefined : paragraph.sentences[other];
  const tag = other === null ? undefined : tagOf(other);
  if (speakerSentence !== undefined && tag !== undefined)
    return finish(tag, paragraph.index, speakerSentence, memory, lang);
  if (paragraph.inherited !== null) return paragraph.inherited;
  const subject =
    opening === null || span === null ? null : quoteSubject(opening, span[0], namedBefore(memory));
  return subject === null
    ? null
    : { source: fullestName(subject, memory.mentions), cue: 'quoted', vague: false };
}

/** Attribution of the figure spanning tokens [first, end) of sentence `s` in paragraph `p`. */
export function attributeFigure(
  paragraph: AnalysedParagraph,
  s: number,
  first: number,
  end: number,
  figureText: string,
  memory: AttributionMemory,
  lang: FigureLanguage,
): Attribution {
  const sentence = paragraph.sentences[s];
  if (sentence === undefined) return UNATTRIBUTED;
  const frame = governingFrame(sentence.frames, first, end);
  const offset = sentence.start + (sentence.tokens[first]?.start ?? 0);
  const quoted = isInsideQuote(paragraph.quotes, offset);
  if (quoted) {
    const speaker = quoteSpeaker(paragraph, s, first, end, memory, lang);
    if (speaker !== null) return speaker;
  }
  // Outside a quote, "we saw" and "you can tell" are the writer and reader: no source.
  if (frame !== null && !quoted && AUTHOR_VOICE.has(frame.source?.toLowerCase() ?? '')) {
    return ESTIMATED_LEAD.test(figureText) ? ESTIMATED : UNATTRIBUTED;
  }
  if (frame !== null) return finish(frame, paragraph.index, sentence, memory, lang);
  if (paragraph.postAuthor !== null)
    return { source: paragraph.postAuthor, cue: 'posted', vague: false };
  if (ESTIMATED_LEAD.test(figureText)) return ESTIMATED;
  return UNATTRIBUTED;
}

export { isPronoun };
