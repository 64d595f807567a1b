// Reads a reported figure again where it stands: its sentence's tokens and the grammar's match
// for it (kind, number position, range bound). The report keeps only text and offsets, and the
// conflict rules need the words around the figure, so the figure's sentence is tokenized again
// (once per sentence, whatever the number of figures in it).

import { findFigureMatches, type FigureMatch } from '../grammar';
import type { FigureLanguage } from '../language';
import { tokenize, type Token } from '../tokens';
import type { ReportFigure } from '../../report';

export interface FigureReading {
  /** Index of the figure in the report's `figures`. */
  index: number;
  figure: ReportFigure;
  /** The figure's sentence, tokenized. */
  tokens: readonly Token[];
  match: FigureMatch;
  /** The same for every figure of one sentence of one paragraph. */
  sentence: string;
}

interface ReadSentence {
  tokens: Token[];
  /** The grammar's matches by the character offset of their first token. */
  matches: Map<number, FigureMatch>;
}

/**
 * Readings of the figures `keep` keeps, in report order; a figure the grammar no longer finds at
 * its offset (a sentence clipped around another figure) is left out.
 */
export function readFigures(
  figures: readonly ReportFigure[],
  lang: FigureLanguage,
  keep: (figure: ReportFigure) => boolean,
): FigureReading[] {
  const sentences = new Map<string, ReadSentence>();
  const readings: FigureReading[] = [];
  figures.forEach((figure, index) => {
    // Figures left out are not read: their sentences are not tokenized again.
    if (!keep(figure)) return;
    const key = `${figure.paragraph}\u0000${figure.sentence}`;
    let read = sentences.get(key);
    if (read === undefined) {
      const tokens = tokenize(figure.sentence);
      const matches = new Map<number, FigureMatch>();
      for (const m of findFigureMatches(tokens, lang)) matches.set(tokens[m.first]?.start ?? -1, m);
      read = { tokens, matches };
      sentences.set(key, read);
    }
    const match = read.matches.get(figure.start ?? -1);
    if (match !== undefined)
      readings.push({ index, figure, tokens: read.tokens, match, sentence: key });
  });
  return readings;
}
