// Issue 17: the report's paragraphs are the article body, without bylines, captions, credits,
// related links or sign-offs, and without losing the body. Measured on the corpus pages with a
// hand-made body (tests/fixtures/body-share.ts says how), through the CLI's extraction: the
// share of paragraphs that are body (precision) and the share of the body found (recall).
import { describe, expect, it } from 'vitest';
import { sourceToArticle } from '../../../src/cli/source-to-article';
import { bodyShare } from '../../fixtures/body-share';
import { readCorpusManifest, readCorpusPage } from '../../fixtures/shared-data';

/** Floors: the figures measured when the test was written, so that any loss fails. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.98;

describe('the article body of the report (corpus pages with a hand-made body)', () => {
  const pages = readCorpusManifest()
    .filter((entry) => entry.articleBody)
    .map((entry) => ({
      id: entry.id,
      body: entry.articleBody ?? '',
      paragraphs: sourceToArticle({
        name: entry.id,
        kind: 'html',
        text: readCorpusPage(entry),
        url: entry.url,
      }).paragraphs,
    }));
  const share = bodyShare(pages);

  it('covers the pages with a hand-made body', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  it('prints body precision and recall, each above its floor', () => {
    console.log(
      `[body-share] ${pages.length} pages: body precision ${share.precision.toFixed(3)} ` +
        `(${share.bodyParagraphs} of ${share.paragraphs} paragraphs), body recall ${share.recall.toFixed(3)} ` +
        `(characters of the hand-made body found)`,
    );
    expect(share.precision, share.clutter.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(share.recall, share.missed.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
