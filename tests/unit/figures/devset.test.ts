// Measures findFigures against the hand-labelled dev set (tests/fixtures/figures-devset): precision
// and recall of figure detection (same paragraph, overlapping text) and of the "unattributed"
// class on matched figures. Borderline labels are neither rewarded nor penalised for detection.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';

interface LabelledFigure {
  paragraph: number;
  text: string;
  attributed: boolean;
  vague?: boolean;
  occurrence?: number;
  borderline?: boolean;
}

interface LabelledArticle {
  article: string;
  figures: LabelledFigure[];
}

interface ManifestEntry {
  id: string;
  articleBody?: string;
}

const DEVSET = new URL('../../fixtures/figures-devset/', import.meta.url);
const MANIFEST = new URL('../../../../shared/corpus/manifest.json', import.meta.url);

function paragraphsOf(body: string): string[] {
  return body
    .trim()
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function spanOf(paragraph: string, text: string, occurrence: number): [number, number] | null {
  let at = -1;
  for (let k = 0; k < occurrence; k += 1) {
    at = paragraph.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + text.length];
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

interface Scores {
  detectionPrecision: number;
  detectionRecall: number;
  unattributedPrecision: number;
  unattributedRecall: number;
  vagueOrNamedAgreement: number;
  counts: Record<string, number>;
}

function score(): Scores {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as ManifestEntry[];
  const bodies = new Map(manifest.map((m) => [m.id, m.articleBody ?? '']));
  let truePositive = 0;
  let falsePositive = 0;
  let gold = 0;
  let goldFound = 0;
  let predUnattributed = 0;
  let goldUnattributed = 0;
  let bothUnattributed = 0;
  let attributedPairs = 0;
  let attributedAgree = 0;
  // The tune part only: the test part is scored once, at the end of a piece of work.
  const split = JSON.parse(readFileSync(new URL('split.json', DEVSET), 'utf8')) as {
    tune: string[];
  };
  const files = readdirSync(DEVSET).filter(
    (f) => f.endsWith('.json') && split.tune.includes(f.replace(/\.json$/, '')),
  );
  for (const file of files) {
    const labels = JSON.parse(readFileSync(new URL(file, DEVSET), 'utf8')) as LabelledArticle;
    const paragraphs = paragraphsOf(bodies.get(labels.article) ?? '');
    const found = findFigures(paragraphs, { lang: 'en' }).map((f) => {
      const paragraph = paragraphs[f.paragraph] ?? '';
      const sentenceAt = paragraph.indexOf(f.sentence);
      const start = sentenceAt + (f.start ?? 0);
      return { figure: f, span: [start, start + f.text.length] as [number, number] };
    });
    const golds = labels.figures.flatMap((g) => {
      const span = spanOf(paragraphs[g.paragraph] ?? '', g.text, g.occurrence ?? 1);
      return span === null ? [] : [{ label: g, span }];
    });
    for (const g of golds) {
      if (g.label.borderline !== true) gold += 1;
      const hit = found.some(
        (p) => p.figure.paragraph === g.label.paragraph && overlaps(p.span, g.span),
      );
      if (hit && g.label.borderline !== true) goldFound += 1;
    }
    for (const p of found) {
      const match = golds.find(
        (g) => g.label.paragraph === p.figure.paragraph && overlaps(p.span, g.span),
      );
      if (match === undefined) {
        falsePositive += 1;
        continue;
      }
      if (match.label.borderline !== true) truePositive += 1;
      const predictedNone = !p.figure.attributed;
      const labelledNone = !match.label.attributed;
      if (predictedNone) predUnattributed += 1;
      if (labelledNone) goldUnattributed += 1;
      if (predictedNone && labelledNone) bothUnattributed += 1;
      if (!predictedNone && !labelledNone) {
        attributedPairs += 1;
        if ((p.figure.vague === true) === (match.label.vague === true)) attributedAgree += 1;
      }
    }
  }
  return {
    detectionPrecision: ratio(truePositive, truePositive + falsePositive),
    detectionRecall: ratio(goldFound, gold),
    unattributedPrecision: ratio(bothUnattributed, predUnattributed),
    unattributedRecall: ratio(bothUnattributed, goldUnattributed),
    vagueOrNamedAgreement: ratio(attributedAgree, attributedPairs),
    counts: {
      truePositive,
      falsePositive,
      gold,
      goldFound,
      predUnattributed,
      goldUnattributed,
      bothUnattributed,
    },
  };
}

describe('figures dev set', () => {
  it('reaches the measured precision and recall floors', () => {
    const s = score();
    console.log('figures dev set:', JSON.stringify(s, null, 1));
    // Floors: the measured values on the tune part (42 articles: 0.90 / 0.92 / 0.90 / 0.98 /
    // 0.98) minus a small margin. On the first 27 alone they were 0.99 / 0.99: the 15 articles
    // added for attribution show what detection had not met before.
    expect(s.detectionPrecision).toBeGreaterThanOrEqual(0.88);
    expect(s.detectionRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.unattributedPrecision).toBeGreaterThanOrEqual(0.86);
    expect(s.unattributedRecall).toBeGreaterThanOrEqual(0.92);
    expect(s.vagueOrNamedAgreement).toBeGreaterThanOrEqual(0.9);
  });
});
