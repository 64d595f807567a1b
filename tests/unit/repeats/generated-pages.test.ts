// Issue 17: the kinds of repeat the detector missed, on corpus pages edited by the generator
// (tests/fixtures/repeat-pages/generate.ts): the headline printed again as the first paragraph,
// a paragraph printed again with other typography, one sentence printed again on its own. The
// CLI's report marks the added paragraph as its kind, pointing at the paragraph it repeats (a
// headline echo at the headline, where the page keeps that in its body), and marks nothing that
// it does not mark on the page as published.
import { describe, expect, it } from 'vitest';
import { sourceToArticle } from '../../../src/cli/source-to-article';
import { analyze } from '../../../src/core/analyze';
import { normalizeText } from '../../../src/core/repeats';
import type { Report } from '../../../src/core/report';
import { repeatPages, type RepeatPage } from '../../fixtures/repeat-pages/generate';
import { readCorpusManifest, readCorpusPage } from '../../fixtures/shared-data';

const pages = repeatPages();
const manifest = readCorpusManifest();

function report(name: string, html: string): Report {
  return analyze(sourceToArticle({ name, kind: 'html', text: html, url: null }));
}

/** The repeats of a report, by text and kind, for comparing two versions of a page. */
const repeatsOf = (r: Report): string[] =>
  r.paragraphs.filter((p) => p.repeat).map((p) => `${p.repeat?.kind}: ${p.text}`);

describe('pages with a repeat of each kind, made from the corpus', () => {
  it('has pages of every kind', () => {
    for (const kind of ['headline', 'typography', 'sentence']) {
      expect(pages.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s', (_, page: RepeatPage) => {
    const edited = report(page.id, page.html);
    const added = normalizeText(page.added);
    // The added paragraph is the last one with its text (a typography copy has its first copy).
    const found = edited.paragraphs.filter((p) => normalizeText(p.text) === added).at(-1);
    expect(found, `${page.edit}: no paragraph "${page.added}"`).toBeDefined();
    const first = edited.paragraphs[found?.duplicateOf ?? -1];
    if (page.kind === 'headline' && first) {
      // The page keeps its headline in the body (as a heading): the echo is a copy of it.
      expect(found?.repeat?.kind, page.edit).toBe('exact');
      expect(normalizeText(first.text)).toBe(added);
    } else if (page.source === null) {
      expect(found?.repeat?.kind, page.edit).toBe(page.expected);
      expect(found?.duplicateOf).toBeNull();
    } else {
      expect(found?.repeat?.kind, page.edit).toBe(page.expected);
      const source = edited.paragraphs[found?.duplicateOf ?? -1]?.text ?? '';
      expect(normalizeText(source), page.edit).toBe(normalizeText(page.source));
    }
    const entry = manifest.find((e) => e.id === page.page);
    const published = report(page.page, readCorpusPage(entry as (typeof manifest)[number]));
    const others = repeatsOf(edited).filter((r) => r !== `${found?.repeat?.kind}: ${found?.text}`);
    expect(others, 'repeats besides the added paragraph').toEqual(repeatsOf(published));
  });
});
