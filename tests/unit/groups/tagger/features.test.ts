import { describe, expect, it } from 'vitest';
import { documentFacts, tokenFeatures } from '../../../../src/core/groups/tagger/features';
import { gazetteerFacts } from '../../../../src/core/groups/tagger/gazetteer';
import { featureHashes, hashFeature } from '../../../../src/core/groups/tagger/model';
import { tokenizeForTagger } from '../../../../src/core/groups/tagger/tokenize';

describe('tagger features', () => {
  const words = tokenizeForTagger(
    'The U.S. Africa Command said on Monday that JNIM, an al-Qaeda affiliate in Mali, attacked 3 bases. Reuters’s count differs.',
  ).map((t) => t.text);
  const doc = documentFacts([words]);

  it('hash without building strings exactly as the strings hash', () => {
    const strings = tokenFeatures(words, gazetteerFacts(words), doc);
    const hashes = featureHashes(words, gazetteerFacts(words), doc, 1 << 18);
    expect(hashes.map((h) => Array.from(h))).toEqual(
      strings.map((f) => f.map((s) => hashFeature(s, 1 << 18))),
    );
  });

  it('say where a word sits in a run of capitals and what the gazetteers know', () => {
    const features = tokenFeatures(words, gazetteerFacts(words), doc);
    const command = words.indexOf('Command');
    expect(features[command]).toEqual(expect.arrayContaining(['run=4E', 'head|Xx']));
    expect(features[words.indexOf('Mali')]).toEqual(expect.arrayContaining(['cty']));
  });
});
