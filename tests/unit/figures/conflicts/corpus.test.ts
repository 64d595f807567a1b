// No false alarms on clean real pages: the hand-made bodies of the zyte pages and the articles the
// extractor takes from the readability pages report no conflicts beyond the documented ones
// (none so far: the judged list is written by scripts/conflicts/clean-corpus.ts). Also
// re-measures the data behind thresholds.ts that the corpus gives.

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { readsLanguage } from '../../../../src/core/figures/conflicts';
import { comparable, isCompared } from '../../../../src/core/figures/conflicts/comparable';
import { contextOverlap } from '../../../../src/core/figures/conflicts/context-words';
import { intervalsMeet } from '../../../../src/core/figures/conflicts/interval';
import { walkPairs } from '../../../../src/core/figures/conflicts/pairs';
import { readFigures } from '../../../../src/core/figures/conflicts/reading';
import { whyApart } from '../../../../src/core/figures/conflicts/same-thing';
import {
  MAX_COMPARED,
  MIN_UNFRAMED_OVERLAP,
} from '../../../../src/core/figures/conflicts/thresholds';
import type { ArticleInput, Report } from '../../../../src/core/report';
import { extractArticle } from '../../../../src/extract';
import { paragraphsOf } from '../../../fixtures/figures-devset/score';
import { CORPUS_DIR, readCorpusManifest } from '../../../fixtures/shared-data';

/** Conflicts a judge found real on the clean pages, by article id (none so far). */
const KNOWN: Record<string, string[]> = {};

interface Page {
  id: string;
  input: ArticleInput;
  report: Report;
}

function pageInput(file: string): ArticleInput | null {
  const { document } = parseHTML(readFileSync(`${CORPUS_DIR}${file}`, 'utf8'));
  return extractArticle(document as unknown as Document)?.input ?? null;
}

const pages: Page[] = [];
for (const entry of readCorpusManifest()) {
  const extracted = pageInput(entry.file);
  const input: ArticleInput | null = entry.articleBody
    ? {
        title: null,
        byline: null,
        siteName: null,
        lang: extracted?.lang ?? null,
        paragraphs: paragraphsOf(entry.articleBody),
      }
    : extracted;
  if (input !== null) pages.push({ id: entry.id, input, report: analyze(input) });
}
const english = pages.filter((p) => readsLanguage(p.input.lang));

const describeConflict = (page: Page, index: number): string => {
  const c = page.report.conflicts[index];
  const [a, b] = (c?.figures ?? []).map((i) => page.report.figures[i]);
  return `${page.id}: "${a?.text}" (¶${a?.paragraph}) / "${b?.text}" (¶${b?.paragraph})`;
};

describe('clean corpus pages', () => {
  it('covers the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(150);
    expect(english.length).toBeGreaterThanOrEqual(100);
  });

  it('reports no conflicts beyond the documented ones', () => {
    const found = pages.flatMap((page) =>
      page.report.conflicts.map((_, i) => describeConflict(page, i)),
    );
    expect(found).toEqual(Object.entries(KNOWN).flatMap(([, list]) => list));
  });
});

describe('the corpus data behind the thresholds', () => {
  it('MIN_UNFRAMED_OVERLAP stays above every disagreeing corpus pair that reaches it', () => {
    let highest = 0;
    for (const page of english) {
      walkPairs(page.report.figures, 'en', (a, b) => {
        const why = whyApart(a, b);
        if ((why === null || why === 'context words') && !a.counted.framed) {
          if (!intervalsMeet(a.interval, b.interval)) {
            const overlaps = [0, 1].map((k) =>
              contextOverlap(a.words[k] ?? new Set(), b.words[k] ?? new Set()),
            );
            highest = Math.max(highest, ...overlaps.map((o) => o ?? 0));
          }
        }
        return false;
      });
    }
    // Measured 0.62.
    expect(highest).toBeLessThan(MIN_UNFRAMED_OVERLAP);
  });

  it('MAX_COMPARED is passed only by list pages', () => {
    const over: string[] = [];
    for (const page of english) {
      const sizes = new Map<string, number>();
      for (const reading of readFigures(page.report.figures, 'en', isCompared)) {
        const key = comparable(reading)?.counted.key;
        if (key !== undefined) sizes.set(key, (sizes.get(key) ?? 0) + 1);
      }
      for (const [key, n] of sizes) if (n > MAX_COMPARED) over.push(`${page.id} ${key}`);
    }
    // Measured: a deals page and a box score.
    expect(over.length).toBeLessThanOrEqual(2);
  });

  it('approximate figures are mostly written with one or two significant digits', () => {
    const hedged = english.flatMap((p) =>
      p.report.figures.filter((f) =>
        /^(?:about|around|roughly|approximately|some|an estimated|estimated|nearly|almost|close to) /iu.test(
          f.text,
        ),
      ),
    );
    const digits = hedged
      .map((f) => /\d[\d,]*(?:\.\d+)?/u.exec(f.text)?.[0])
      .filter((d): d is string => d !== undefined)
      .map((d) => d.replace(/[,.]/gu, '').replace(/0+$/u, '').length);
    // Measured: 42 of 48.
    expect(digits.length).toBeGreaterThan(30);
    expect(digits.filter((n) => n <= 2).length / digits.length).toBeGreaterThan(0.8);
  });
});
