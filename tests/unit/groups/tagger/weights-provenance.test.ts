// The shipped weights were learned with today's features: the gazetteer lists they read (head
// words, countries) are those the trainer recorded. Editing head-words.ts or countries.ts calls
// for `npm run train:groups` (docs/GROUP-TAGGER.md); this test says so when it was forgotten.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerFingerprint } from '../../../../src/core/groups/tagger/gazetteer';
import type { WeightsFile } from '../../../../src/core/groups/tagger';

const file = JSON.parse(
  readFileSync(
    new URL('../../../../src/core/groups/tagger/tagger-weights.json', import.meta.url),
    'utf8',
  ),
) as WeightsFile;

describe('the shipped tagger weights', () => {
  it('were trained on the gazetteer lists the code has now', () => {
    expect(file.provenance.gazetteer).toBe(gazetteerFingerprint());
  });

  it('say what they were trained on, under which licences', () => {
    const corpora = file.provenance.trainedOn as {
      corpus: string;
      licence: string;
      commit: string;
    }[];
    expect(corpora.map((c) => c.corpus).sort()).toEqual(
      [
        'btc',
        'gum',
        're-docred',
        'sec-filings',
        'uner-ewt',
        'uner-pud',
        'wikigold',
        'wnut17',
      ].sort(),
    );
    for (const c of corpora) {
      // Re-DocRED: annotations MIT, texts (Wikipedia) CC BY-SA.
      expect(c.licence).toMatch(/^CC BY|^MIT annotations; texts CC BY/);
      expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
