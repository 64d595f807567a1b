// Measures the figures analysis against the hand-labelled dev set (tests/fixtures/figures-devset):
// detection, the "no source" class, quoted figures and their speaker, source match, which figures
// need a source, and parties. The tune part only: the test part is scored once at the end of a
// piece of work (docs and closing notes give both). Floors are the tune figures minus a margin,
// so a change that loses ground fails here.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { markParties } from '../../../src/core/figures/party';
import { findGroups } from '../../../src/core/groups';
import { shippedNameTagger } from '../../fixtures/name-tagger';
import { readFiguresSplit, scoreFigures } from '../../fixtures/figures-devset/score';

describe('figures dev set, tune part', () => {
  it('reaches the measured floors', () => {
    const tagger = shippedNameTagger();
    const s = scoreFigures(readFiguresSplit().tune, (paragraphs) => {
      const figures = findFigures(paragraphs, { lang: 'en' });
      markParties(figures, findGroups(paragraphs, { lang: 'en', tagger }));
      return figures;
    });
    const { misses, counts, ...figures } = s;
    console.log('figures dev set (tune):', JSON.stringify(figures, null, 1));
    expect(counts.gold).toBeGreaterThan(300);
    // Measured (42 articles): 0.90 / 0.92 detection, 0.96 unattributed F1, quoted 0.94 / 0.94,
    // source 0.90, needsSource 0.78, party 0.90 / 0.63, 31 needless flags of 182. (Party precision
    // was 0.94 at recall 0.55 before a listed ministry's whole name was read: the labels call that
    // ministry a side for its plan and independent for national statistics.)
    expect(s.detectionPrecision).toBeGreaterThanOrEqual(0.88);
    expect(s.detectionRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.unattributedF1).toBeGreaterThanOrEqual(0.93);
    expect(s.quotedAttributed).toBeGreaterThanOrEqual(0.9);
    expect(s.quotedRightSpeaker).toBeGreaterThanOrEqual(0.9);
    expect(s.sourceMatch).toBeGreaterThanOrEqual(0.87);
    expect(s.needsSourceAgreement).toBeGreaterThanOrEqual(0.76);
    expect(s.partyPrecision).toBeGreaterThanOrEqual(0.88);
    expect(s.needlessFlags).toBeLessThanOrEqual(36);
    expect(misses.length).toBeGreaterThan(0);
  });
});
