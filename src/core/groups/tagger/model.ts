// The tagger's model: a linear-chain structured perceptron. Each token gets a score per label from
// the weights of its hashed features (features.ts); a first-order transition score joins
// neighbouring labels; Viterbi finds the best label sequence, and the BIO constraint (I-X only after
// B-X or I-X) is enforced in the search rather than learned.

/** BIO labels over the four CoNLL types: the other types teach the model what an ORG is not. */
import { emitFeatures, type DocumentFacts, type TokenFacts } from './features';

export const LABELS = [
  'O',
  'B-ORG',
  'I-ORG',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
/** Row of the transition table used before the first token. */
export const START_ROW = LABEL_COUNT;

export interface TaggerModel {
  /** Size of the hashed feature table, a power of two. */
  buckets: number;
  /** buckets × LABEL_COUNT emission weights. */
  weights: Float32Array;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: from label (or START_ROW) to label. */
  transitions: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, continued from `h`: hashing parts one after the other gives the
 * hash of their concatenation, so features are hashed without building their strings. */
function fnv(h: number, part: string): number {
  let x = h;
  for (let i = 0; i < part.length; i++) {
    x ^= part.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

/** FNV-1a over UTF-16 code units: fast, no allocation, well spread for short strings. */
export function hashFeature(feature: string, buckets: number): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) & (buckets - 1);
}

/**
 * Hands each token's feature buckets, as hashFeature(tokenFeatures(…)) gives them, to `bucket`
 * without building the strings, and calls `next` after each token's last one.
 */
function forEachFeatureBucket(
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
  buckets: number,
  bucket: (b: number) => void,
  next: () => void,
): void {
  const mask = buckets - 1;
  emitFeatures(words, facts, doc, {
    add(a, b, c, d, e) {
      let h = fnv(FNV_OFFSET, a);
      if (b) h = fnv(h, b);
      if (c) h = fnv(h, c);
      if (d) h = fnv(h, d);
      if (e) h = fnv(h, e);
      bucket((h >>> 0) & mask);
    },
    addSlice(tag, word, from, to) {
      let h = fnv(FNV_OFFSET, tag);
      for (let i = from; i < to; i++) {
        h ^= word.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
      bucket((h >>> 0) & mask);
    },
    next,
  });
}

/** The hashed features of every token, as hashFeature(tokenFeatures(…)) gives them (the trainer). */
export function featureHashes(
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
  buckets: number,
): Uint32Array[] {
  const out: Uint32Array[] = [];
  const current: number[] = [];
  forEachFeatureBucket(
    words,
    facts,
    doc,
    buckets,
    (b) => current.push(b),
    () => {
      out.push(Uint32Array.from(current));
      current.length = 0;
    },
  );
  return out;
}

/**
 * Emission scores straight from the words, tokens × labels: the same numbers as
 * emissions(model, featureHashes(…)), summed in the same order, without keeping a hash array per
 * token (the tagger's hot path: those arrays were a fifth of the CLI's time with the garbage they
 * made).
 */
export function wordEmissions(
  model: TaggerModel,
  words: readonly string[],
  facts: readonly TokenFacts[],
  doc: DocumentFacts,
): Float32Array {
  const { weights } = model;
  const scores = new Float32Array(words.length * LABEL_COUNT);
  let row = 0;
  forEachFeatureBucket(
    words,
    facts,
    doc,
    model.buckets,
    (bucket) => {
      const base = bucket * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) {
        scores[row + l] = (scores[row + l] ?? 0) + (weights[base + l] ?? 0);
      }
    },
    () => {
      row += LABEL_COUNT;
    },
  );
  return scores;
}

export function hashFeatures(features: readonly string[], buckets: number): Uint32Array {
  const out = new Uint32Array(features.length);
  for (let k = 0; k < features.length; k++) out[k] = hashFeature(features[k] ?? '', buckets);
  return out;
}

/** allowed[from * L + to]: I-X may follow only B-X or I-X; from = START_ROW before the first token. */
const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let from = 0; from <= LABEL_COUNT; from++) {
    for (let to = 0; to < LABEL_COUNT; to++) {
      const toLabel = LABELS[to] ?? 'O';
      let ok = true;
      if (toLabel.startsWith('I-')) {
        const fromLabel = from === START_ROW ? 'O' : (LABELS[from] ?? 'O');
        ok = fromLabel.slice(2) === toLabel.slice(2) && fromLabel !== 'O';
      }
      allowed[from * LABEL_COUNT + to] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** Emission scores, tokens × labels. */
export function emissions(model: TaggerModel, tokens: readonly Uint32Array[]): Float32Array {
  const scores = new Float32Array(tokens.length * LABEL_COUNT);
  const { weights } = model;
  tokens.forEach((features, i) => {
    const row = i * LABEL_COUNT;
    for (let k = 0; k < features.length; k++) {
      const base = (features[k] ?? 0) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) {
        scores[row + l] = (scores[row + l] ?? 0) + (weights[base + l] ?? 0);
      }
    }
  });
  return scores;
}

/** Labels a constrained search may not give token i ("not an organisation from here to there"). */
export interface Forbidden {
  from: number;
  to: number;
  labels: ReadonlySet<number>;
}

/** The best label index per token under the emission and transition scores. */
export function viterbi(
  emission: Float32Array,
  transitions: Float32Array,
  length: number,
): Uint8Array {
  return bestPath(emission, transitions, length).labels;
}

/** The best path and its score; with `forbidden`, the best path that avoids those labels there. */
export function bestPath(
  emission: Float32Array,
  transitions: Float32Array,
  length: number,
  forbidden?: Forbidden,
): { labels: Uint8Array; score: number } {
  const L = LABEL_COUNT;
  const best = new Uint8Array(length);
  if (length === 0) return { labels: best, score: 0 };
  const barred = (i: number, l: number): boolean =>
    forbidden !== undefined && i >= forbidden.from && i <= forbidden.to && forbidden.labels.has(l);
  const score = new Float64Array(length * L);
  const back = new Uint8Array(length * L);
  for (let to = 0; to < L; to++) {
    const t = START_ROW * L + to;
    score[to] =
      ALLOWED[t] && !barred(0, to) ? (emission[to] ?? 0) + (transitions[t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < L; to++) {
      let top = -Infinity;
      let arg = 0;
      for (let from = 0; from < L; from++) {
        const t = from * L + to;
        if (!ALLOWED[t]) continue;
        const s = (score[(i - 1) * L + from] ?? -Infinity) + (transitions[t] ?? 0);
        if (s > top) {
          top = s;
          arg = from;
        }
      }
      score[i * L + to] = barred(i, to) ? -Infinity : top + (emission[i * L + to] ?? 0);
      back[i * L + to] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) {
    if (
      (score[(length - 1) * L + l] ?? -Infinity) > (score[(length - 1) * L + last] ?? -Infinity)
    ) {
      last = l;
    }
  }
  const total = score[(length - 1) * L + last] ?? -Infinity;
  best[length - 1] = last;
  for (let i = length - 1; i > 0; i--) {
    last = back[i * L + last] ?? 0;
    best[i - 1] = last;
  }
  return { labels: best, score: total };
}

/**
 * Max-marginals: for every token and label, the score of the best path that gives the token that
 * label (forward best to it plus backward best from it). Linear in the length, so the tagger can
 * weigh every name it finds without a search per name.
 */
export function maxMarginals(
  emission: Float32Array,
  transitions: Float32Array,
  length: number,
): Float64Array {
  const L = LABEL_COUNT;
  const forward = new Float64Array(length * L);
  const backward = new Float64Array(length * L);
  for (let to = 0; to < L; to++) {
    const t = START_ROW * L + to;
    forward[to] = ALLOWED[t] ? (emission[to] ?? 0) + (transitions[t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let to = 0; to < L; to++) {
      let top = -Infinity;
      for (let from = 0; from < L; from++) {
        const t = from * L + to;
        if (!ALLOWED[t]) continue;
        const s = (forward[(i - 1) * L + from] ?? -Infinity) + (transitions[t] ?? 0);
        if (s > top) top = s;
      }
      forward[i * L + to] = top + (emission[i * L + to] ?? 0);
    }
  }
  for (let i = length - 2; i >= 0; i--) {
    for (let from = 0; from < L; from++) {
      let top = -Infinity;
      for (let to = 0; to < L; to++) {
        const t = from * L + to;
        if (!ALLOWED[t]) continue;
        const s =
          (transitions[t] ?? 0) +
          (emission[(i + 1) * L + to] ?? 0) +
          (backward[(i + 1) * L + to] ?? 0);
        if (s > top) top = s;
      }
      backward[i * L + from] = top;
    }
  }
  const out = new Float64Array(length * L);
  for (let c = 0; c < out.length; c++) out[c] = (forward[c] ?? 0) + (backward[c] ?? 0);
  return out;
}
