import { describe, expect, it } from 'vitest';
import {
  bestPath,
  hashFeature,
  LABEL_COUNT,
  LABELS,
  maxMarginals,
  START_ROW,
  type TaggerModel,
} from '../../../../src/core/groups/tagger/model';
import { decodeWeights, encodeWeights } from '../../../../src/core/groups/tagger/weights-file';

const index = (label: string): number => LABELS.indexOf(label as (typeof LABELS)[number]);

describe('the tagger model', () => {
  it('never lets I-X follow anything but B-X or I-X, whatever the scores say', () => {
    const emission = new Float32Array(2 * LABEL_COUNT);
    // Token 0 strongly O, token 1 strongly I-ORG: the only legal best path reads B-ORG there.
    emission[index('O')] = 10;
    emission[LABEL_COUNT + index('I-ORG')] = 10;
    emission[LABEL_COUNT + index('B-ORG')] = 9;
    const transitions = new Float32Array((START_ROW + 1) * LABEL_COUNT);
    const path = bestPath(emission, transitions, 2);
    expect(Array.from(path.labels, (l) => LABELS[l])).toEqual(['O', 'B-ORG']);
    expect(path.score).toBe(19);
  });

  it('finds the best path that avoids forbidden labels, and scores it lower', () => {
    const emission = new Float32Array(LABEL_COUNT);
    emission[index('B-ORG')] = 5;
    emission[index('B-PER')] = 2;
    const transitions = new Float32Array((START_ROW + 1) * LABEL_COUNT);
    const free = bestPath(emission, transitions, 1);
    const barred = bestPath(emission, transitions, 1, {
      from: 0,
      to: 0,
      labels: new Set([index('B-ORG'), index('I-ORG')]),
    });
    expect(LABELS[free.labels[0] ?? 0]).toBe('B-ORG');
    expect(LABELS[barred.labels[0] ?? 0]).toBe('B-PER');
    expect(free.score - barred.score).toBe(3);
  });

  it('gives max-marginals equal to the best path with that label forced, token by token', () => {
    const n = 5;
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return (seed / 2147483647) * 4 - 2;
    };
    const emission = Float32Array.from({ length: n * LABEL_COUNT }, random);
    const transitions = Float32Array.from({ length: (START_ROW + 1) * LABEL_COUNT }, random);
    const marginals = maxMarginals(emission, transitions, n);
    const all = new Set(LABELS.map((_, i) => i));
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < LABEL_COUNT; l++) {
        const others = new Set([...all].filter((x) => x !== l));
        const forced = bestPath(emission, transitions, n, { from: i, to: i, labels: others });
        expect(marginals[i * LABEL_COUNT + l]).toBeCloseTo(forced.score, 4);
      }
    }
  });

  it('hashes features into the table', () => {
    const h = hashFeature('w=apple', 1024);
    expect(h).toBeGreaterThanOrEqual(0);
    expect(h).toBeLessThan(1024);
    expect(hashFeature('w=apple', 1024)).toBe(h);
    expect(hashFeature('w=apples', 1024)).not.toBe(h);
  });

  it('round-trips weights through the file format within the int8 step', () => {
    const buckets = 64;
    const weights = new Float32Array(buckets * LABEL_COUNT);
    weights[3] = 1.5;
    weights[200] = -0.75;
    weights[buckets * LABEL_COUNT - 1] = 0.25;
    const transitions = new Float32Array((START_ROW + 1) * LABEL_COUNT).fill(0.5);
    const model: TaggerModel = { buckets, weights, transitions };
    const file = encodeWeights(model, LABELS, { test: true });
    const back = decodeWeights(JSON.parse(JSON.stringify(file)) as typeof file);
    const step = 1.5 / 127;
    expect(back.weights[3]).toBeCloseTo(1.5, 5);
    expect(Math.abs((back.weights[200] ?? 0) + 0.75)).toBeLessThanOrEqual(step);
    expect(Math.abs((back.weights[buckets * LABEL_COUNT - 1] ?? 0) - 0.25)).toBeLessThanOrEqual(
      step,
    );
    expect(back.weights.filter((w) => w !== 0).length).toBe(3);
    expect(Array.from(back.transitions)).toEqual(Array.from(transitions));
  });

  it('refuses a file of another format', () => {
    const model: TaggerModel = {
      buckets: 2,
      weights: new Float32Array(2 * LABEL_COUNT),
      transitions: new Float32Array((START_ROW + 1) * LABEL_COUNT),
    };
    const file = { ...encodeWeights(model, LABELS, {}), format: 'other' };
    expect(() => decodeWeights(file as never)).toThrow(/format/);
  });
});

describe('emissions straight from the words', () => {
  it('give the numbers of emissions(featureHashes(…)) with the shipped weights', async () => {
    const { readFileSync } = await import('node:fs');
    const { documentFacts } = await import('../../../../src/core/groups/tagger/features');
    const { gazetteerFacts } = await import('../../../../src/core/groups/tagger/gazetteer');
    const { tokenizeForTagger } = await import('../../../../src/core/groups/tagger/tokenize');
    const model = await import('../../../../src/core/groups/tagger/model');
    const { readSampleLines } = await import('../../../fixtures/shared-data');
    const shipped = decodeWeights(
      JSON.parse(
        readFileSync(
          new URL('../../../../src/core/groups/tagger/tagger-weights.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    const paragraphs = readSampleLines().map((p) => tokenizeForTagger(p).map((t) => t.text));
    const doc = documentFacts(paragraphs);
    for (const words of paragraphs) {
      const facts = gazetteerFacts(words);
      expect(model.wordEmissions(shipped, words, facts, doc)).toEqual(
        model.emissions(shipped, model.featureHashes(words, facts, doc, shipped.buckets)),
      );
    }
  });
});
