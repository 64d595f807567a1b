// Training of the tagger's structured perceptron (Collins 2002), averaged with the usual
// timestamp trick so that the final weights are the mean over every update step. Sentences are
// visited in a seeded shuffled order each epoch: the same corpora give the same weights.

import { documentFacts } from '../../src/core/groups/tagger/features';
import { gazetteerFacts } from '../../src/core/groups/tagger/gazetteer';
import {
  emissions,
  featureHashes,
  LABEL_COUNT,
  LABELS,
  START_ROW,
  viterbi,
  type TaggerModel,
} from '../../src/core/groups/tagger/model';
import type { Document } from './corpora';

export interface Example {
  features: Uint32Array[];
  gold: Uint8Array;
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

export function examplesOf(docs: readonly Document[], buckets: number): Example[] {
  const out: Example[] = [];
  for (const doc of docs) {
    const facts = documentFacts(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const features = featureHashes(s.words, gazetteerFacts(s.words), facts, buckets);
      const gold = Uint8Array.from(s.labels, (l) => LABEL_INDEX.get(l) ?? 0);
      out.push({ features, gold });
    }
  }
  return out;
}

/** Mulberry32: a small seeded generator, so that the shuffles are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export function train(examples: readonly Example[], options: TrainOptions): TaggerModel {
  const { buckets } = options;
  const L = LABEL_COUNT;
  const weights = new Float32Array(buckets * L);
  const totals = new Float64Array(buckets * L);
  const transitions = new Float32Array((START_ROW + 1) * L);
  const transitionTotals = new Float64Array((START_ROW + 1) * L);
  const model: TaggerModel = { buckets, weights, transitions };
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  let step = 1;
  const bump = (cell: number, by: number): void => {
    weights[cell] = (weights[cell] ?? 0) + by;
    totals[cell] = (totals[cell] ?? 0) + by * step;
  };
  const bumpTransition = (cell: number, by: number): void => {
    transitions[cell] = (transitions[cell] ?? 0) + by;
    transitionTotals[cell] = (transitionTotals[cell] ?? 0) + by * step;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    let mistakes = 0;
    for (const index of order) {
      const ex = examples[index];
      if (!ex || ex.gold.length === 0) continue;
      const predicted = viterbi(emissions(model, ex.features), transitions, ex.gold.length);
      let wrong = false;
      for (let k = 0; k < ex.gold.length; k++) {
        const gold = ex.gold[k] ?? 0;
        const pred = predicted[k] ?? 0;
        const goldFrom = k === 0 ? START_ROW : (ex.gold[k - 1] ?? 0);
        const predFrom = k === 0 ? START_ROW : (predicted[k - 1] ?? 0);
        if (gold !== pred) {
          wrong = true;
          for (const f of ex.features[k] ?? []) {
            bump(f * L + gold, 1);
            bump(f * L + pred, -1);
          }
        }
        if (gold !== pred || goldFrom !== predFrom) {
          bumpTransition(goldFrom * L + gold, 1);
          bumpTransition(predFrom * L + pred, -1);
        }
      }
      if (wrong) mistakes += 1;
      step += 1;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  // Averaged weights: w − Σ(step·Δ)/step.
  const averaged = new Float32Array(weights.length);
  for (let c = 0; c < weights.length; c++) {
    averaged[c] = (weights[c] ?? 0) - (totals[c] ?? 0) / step;
  }
  const averagedTransitions = new Float32Array(transitions.length);
  for (let c = 0; c < transitions.length; c++) {
    averagedTransitions[c] = (transitions[c] ?? 0) - (transitionTotals[c] ?? 0) / step;
  }
  return { buckets, weights: averaged, transitions: averagedTransitions };
}
