// The name tagger: finds the names of organisations (and of people, places and other things, which
// the group finder uses to refuse look-alikes) in an article's paragraphs, by the learned weights
// in tagger-weights.json. Training: scripts/train-groups/ (npm run train:groups); the choice of
// model and what it scores are in docs/GROUP-TAGGER.md.

import { documentFacts, type DocumentFacts } from './features';
import { gazetteerFacts } from './gazetteer';
import { bestPath, LABELS, maxMarginals, viterbi, wordEmissions, type TaggerModel } from './model';
import { tokenizeForTagger, type TaggerToken } from './tokenize';

export type NameType = 'ORG' | 'PER' | 'LOC' | 'MISC';

export interface TaggedName {
  type: NameType;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  /**
   * How much better the best reading is than the best one in which these words are not a name of
   * this type: the tagger's confidence, in score units (thresholds in ../thresholds.ts).
   */
  margin: number;
}

export interface NameTagger {
  /** The names in each paragraph, in order; `skip` paragraphs get an empty list. */
  tag(paragraphs: readonly string[], skip?: ReadonlySet<number>): TaggedName[][];
}

export { decodeWeights, type WeightsFile } from './weights-file';
export type { TaggerModel } from './model';

function emissionsOf(
  model: TaggerModel,
  words: readonly string[],
  doc: DocumentFacts,
): Float32Array {
  return wordEmissions(model, words, gazetteerFacts(words), doc);
}

/** Labels of one token sequence: the tagger's core, shared with the trainer's evaluation. */
export function labelTokens(
  model: TaggerModel,
  words: readonly string[],
  doc: DocumentFacts,
): string[] {
  const best = viterbi(emissionsOf(model, words, doc), model.transitions, words.length);
  return Array.from(best, (l) => LABELS[l] ?? 'O');
}

const LABELS_OF_TYPE = new Map<string, ReadonlySet<number>>(
  ['ORG', 'PER', 'LOC', 'MISC'].map((type) => [
    type,
    new Set(LABELS.flatMap((l, i) => (l.slice(2) === type ? [i] : []))),
  ]),
);

function spansOf(
  tokens: readonly TaggerToken[],
  labels: readonly string[],
  text: string,
  margin: (type: NameType, first: number, last: number) => number,
): TaggedName[] {
  const names: TaggedName[] = [];
  let open: { type: NameType; first: number } | null = null;
  const close = (last: number): void => {
    if (open === null) return;
    const start = tokens[open.first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    const m = margin(open.type, open.first, last);
    names.push({ type: open.type, start, end, text: text.slice(start, end), margin: m });
    open = null;
  };
  labels.forEach((label, i) => {
    if (label.startsWith('I-') && open !== null) return;
    close(i - 1);
    if (label !== 'O') open = { type: label.slice(2) as NameType, first: i };
  });
  close(labels.length - 1);
  return names;
}

export function createNameTagger(model: TaggerModel): NameTagger {
  return {
    tag(paragraphs, skip) {
      const tokenised = paragraphs.map((p, i) => (skip?.has(i) ? [] : tokenizeForTagger(p)));
      const doc = documentFacts(tokenised.map((tokens) => tokens.map((t) => t.text)));
      return tokenised.map((tokens, i) => {
        if (tokens.length === 0) return [];
        const emission = emissionsOf(
          model,
          tokens.map((t) => t.text),
          doc,
        );
        const best = bestPath(emission, model.transitions, tokens.length);
        const labels = Array.from(best.labels, (l) => LABELS[l] ?? 'O');
        // Max-marginals cost two more passes: computed only for a paragraph with an organisation.
        let marginals: Float64Array | null = null;
        // A name's margin: how much the best reading loses where it is cheapest to read one of
        // the name's words as anything but this type (a lower bound of the margin against any
        // reading without the name). Only organisation names are weighed.
        const margin = (type: NameType, from: number, to: number): number => {
          if (type !== 'ORG') return Infinity;
          marginals ??= maxMarginals(emission, model.transitions, tokens.length);
          const ofType = LABELS_OF_TYPE.get(type) ?? new Set<number>();
          let rival = -Infinity;
          for (let i = from; i <= to; i++) {
            for (let l = 0; l < LABELS.length; l++) {
              if (!ofType.has(l))
                rival = Math.max(rival, marginals[i * LABELS.length + l] ?? -Infinity);
            }
          }
          return best.score - rival;
        };
        return spansOf(tokens, labels, paragraphs[i] ?? '', margin);
      });
    },
  };
}
