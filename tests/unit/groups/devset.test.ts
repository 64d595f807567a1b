// Measures the group finder, with the shipped name tagger, against the groups dev set
// (tests/fixtures/groups-devset): recall and precision of distinct organisations per article, and
// the share of recognised groups with background. The tune part only (the test part is scored once
// at the end of a piece of work); issue 15 asks that tune recall never drop by more than 0.02.

import { describe, expect, it } from 'vitest';
import { findGroups } from '../../../src/core/groups';
import { shippedNameTagger } from '../../fixtures/name-tagger';
import { readSplit, scoreDevset } from '../../fixtures/groups-devset/score';

/** Tune recall measured when this floor was set; the test allows 0.02 below it. */
const MEASURED_TUNE_RECALL = 0.711;

describe('groups dev set, tune part', () => {
  it('keeps recall, precision and background', () => {
    const tagger = shippedNameTagger();
    const s = scoreDevset(readSplit().tune, (p) => findGroups(p, { lang: 'en', tagger }));
    console.log(
      `groups dev set (tune): recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} background ${s.background.toFixed(3)} (${s.gold} organisations, ${s.predicted} reported)`,
    );
    expect(s.gold).toBeGreaterThan(100);
    expect(s.recall).toBeGreaterThanOrEqual(MEASURED_TUNE_RECALL - 0.02);
    // Measured 0.934 and 0.770 (with photo credits, the relatives of known groups and a country's
    // "the Fed" besides); 0.933 and 0.766 (Re-DocRED and UNER PUD in the tagger's data, margin 20,
    // on their own); 0.921 and 0.781 before (with list items, the US parties' shared aliases and
    // more 'In this article' lines; 0.911 and 0.755 with the company gazetteer alone; 0.901 and
    // 0.770 before).
    expect(s.precision).toBeGreaterThanOrEqual(0.88);
    expect(s.background).toBeGreaterThanOrEqual(0.75);
  }, 60_000);
});
